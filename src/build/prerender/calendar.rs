//! The milestones calendar (`.ics`, RFC 5545), one per language: every dated event of the
//! timeline, past and planned, as an all-day event. A month or a year the sources give
//! without a day spans that whole month or year, so no calendar shows a day nobody
//! reported. Written at build time with `icalendar`.

use chrono::{Datelike, NaiveDate, TimeZone, Utc};
use icalendar::{Calendar, Component, Event, EventLike};

use crate::build::format;
use crate::build::model::{Dataset, TimelineEntry};
use crate::i18n;
use crate::lang::Lang;
use crate::site::SiteConfig;

/// The days a seed date covers, as iCalendar's all-day span: its first day and the day
/// after its last (`DTEND` is exclusive). `None` for a date that is not one.
pub fn span(date: &str) -> Option<(NaiveDate, NaiveDate)> {
    let parts: Vec<u32> = date
        .split('-')
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    match parts.as_slice() {
        [y] => {
            let y = i32::try_from(*y).ok()?;
            Some((
                NaiveDate::from_ymd_opt(y, 1, 1)?,
                NaiveDate::from_ymd_opt(y + 1, 1, 1)?,
            ))
        }
        [y, m] => {
            let first = NaiveDate::from_ymd_opt(i32::try_from(*y).ok()?, *m, 1)?;
            let next = if *m == 12 {
                NaiveDate::from_ymd_opt(first.year() + 1, 1, 1)?
            } else {
                NaiveDate::from_ymd_opt(first.year(), *m + 1, 1)?
            };
            Some((first, next))
        }
        [y, m, d] => {
            let day = NaiveDate::from_ymd_opt(i32::try_from(*y).ok()?, *m, *d)?;
            Some((day, day.succ_opt()?))
        }
        _ => None,
    }
}

fn event(
    e: &TimelineEntry,
    dataset: &Dataset,
    lang: Lang,
    config: &SiteConfig,
) -> Result<Event, String> {
    let (start, end) = span(&e.date.to_string())
        .ok_or_else(|| format!("seeds/events.json: `{}` is not a date", e.date))?;
    let planned = e.is_planned(dataset.information_as_of);
    let title = if planned {
        i18n::CALENDAR_PLANNED.fill(lang, &[("event", e.text.get(lang))])
    } else {
        e.text.get(lang).to_string()
    };
    let sources: Vec<String> = e
        .sources
        .iter()
        .map(|c| format!("{} {}", format::source_reference(c, lang), c.source.url))
        .collect();
    let description = [
        e.detail.as_ref().map(|d| d.get(lang).to_string()),
        Some(i18n::FEED_SOURCES.fill(lang, &[("sources", &sources.join("; "))])),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join("\n");
    let host = config
        .url("/")
        .split("//")
        .nth(1)
        .unwrap_or("localhost")
        .trim_end_matches('/')
        .to_string();
    let uid = format!(
        "{}-{}-{}@{host}",
        e.date,
        super::feeds::fingerprint(&e.text.en),
        lang.code()
    );
    // A fixed stamp (the information-as-of date) keeps the file the same from build to build.
    let stamp = span(&dataset.information_as_of.to_string())
        .and_then(|(d, _)| d.and_hms_opt(0, 0, 0))
        .map(|t| Utc.from_utc_datetime(&t))
        .ok_or("the information-as-of date is not a date")?;
    let page = crate::build::pages::updates::event_page(dataset, e, lang);
    Ok(Event::new()
        .uid(&uid)
        .timestamp(stamp)
        .summary(&title)
        .description(&description)
        .starts(start)
        .ends(end)
        .url(&config.url(&page))
        .done())
}

/// The calendar of every timeline event in `lang`, oldest first.
pub fn calendar(dataset: &Dataset, lang: Lang, config: &SiteConfig) -> Result<String, String> {
    let mut calendar = Calendar::new();
    calendar.name(&i18n::CALENDAR_NAME.fill(lang, &[("site", i18n::SITE_NAME.get(lang))]));
    calendar.description(i18n::CALENDAR_DESCRIPTION.get(lang));
    calendar.timezone("Asia/Seoul");
    for e in &dataset.timeline {
        calendar.push(event(e, dataset, lang, config)?);
    }
    Ok(calendar.done().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_day_a_month_and_a_year_each_span_what_the_source_gives() {
        assert_eq!(span("2025-04-14"), Some((d(2025, 4, 14), d(2025, 4, 15))));
        assert_eq!(span("2028-05"), Some((d(2028, 5, 1), d(2028, 6, 1))));
        assert_eq!(span("2025-12"), Some((d(2025, 12, 1), d(2026, 1, 1))));
        assert_eq!(span("2027"), Some((d(2027, 1, 1), d(2028, 1, 1))));
        assert_eq!(span("2025-02-30"), None);
        assert_eq!(span("soon"), None);
        assert_eq!(span("2025-1-2-3"), None);
    }
}

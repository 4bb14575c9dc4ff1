//! The Atom feeds (RFC 4287), one per language each: what's new (the news list of the
//! updates page) and the data releases (the changelog). Written at build time with
//! `atom_syndication`; every page's head links them.

use atom_syndication::{Entry, Feed, FixedDateTime, Link, Person, Text};

use crate::build::format;
use crate::build::model::Dataset;
use crate::build::model::releases::Change;
use crate::build::pages::changelog::release_anchor;
use crate::i18n;
use crate::lang::Lang;
use crate::route::{Page, Section};
use crate::site::SiteConfig;

/// A seed date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) as the start of that day in Korea;
/// a month or year stands for its first day. `None` for anything else.
pub fn kst(date: &str) -> Option<FixedDateTime> {
    let mut parts = date.split('-');
    let year = parts.next()?;
    let month = parts.next().unwrap_or("01");
    let day = parts.next().unwrap_or("01");
    if parts.next().is_some() || year.len() != 4 || month.len() != 2 || day.len() != 2 {
        return None;
    }
    FixedDateTime::parse_from_rfc3339(&format!("{year}-{month}-{day}T00:00:00+09:00")).ok()
}

/// A short, stable fingerprint of a text (FNV-1a), so an entry keeps its id across builds.
pub(crate) fn fingerprint(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

fn feed(
    title: String,
    self_path: &str,
    page_path: &str,
    updated: FixedDateTime,
    lang: Lang,
    config: &SiteConfig,
    entries: Vec<Entry>,
) -> Feed {
    Feed {
        title: Text::plain(title),
        id: config.url(self_path),
        updated,
        authors: vec![Person {
            name: i18n::SITE_NAME.get(lang).to_string(),
            uri: Some(config.url(&Page::home().path(lang))),
            ..Default::default()
        }],
        links: vec![
            Link {
                href: config.url(self_path),
                rel: "self".into(),
                mime_type: Some("application/atom+xml".into()),
                ..Default::default()
            },
            Link {
                href: config.url(page_path),
                rel: "alternate".into(),
                mime_type: Some("text/html".into()),
                hreflang: Some(lang.code().into()),
                ..Default::default()
            },
        ],
        lang: Some(lang.code().into()),
        entries,
        ..Default::default()
    }
}

fn entry(
    title: String,
    id: String,
    href: String,
    updated: FixedDateTime,
    summary: String,
) -> Entry {
    Entry {
        title: Text::plain(title),
        id,
        updated,
        links: vec![Link {
            href,
            rel: "alternate".into(),
            mime_type: Some("text/html".into()),
            ..Default::default()
        }],
        summary: Some(Text::plain(summary)),
        ..Default::default()
    }
}

/// What's new: the news the updates page lists, newest first, each with its sources.
pub fn updates(dataset: &Dataset, lang: Lang, config: &SiteConfig) -> Result<String, String> {
    let page = Page::Section(Section::Updates).path(lang);
    let today = dataset.information_as_of;
    let mut entries = Vec::new();
    for e in dataset
        .news(today)
        .filter(|e| e.date.year() >= dataset.named.news_from)
    {
        let updated = kst(&e.date.to_string()).ok_or_else(|| {
            format!(
                "{}: event date `{}` is not a date",
                "seeds/events.json", e.date
            )
        })?;
        let sources: Vec<String> = e
            .sources
            .iter()
            .map(|c| format::source_reference(c, lang))
            .collect();
        let detail = e.detail.as_ref().map(|d| d.get(lang).to_string());
        let summary = [
            Some(format::partial_date(e.date, lang)),
            detail,
            Some(i18n::FEED_SOURCES.fill(lang, &[("sources", &sources.join("; "))])),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" — ");
        let id = format!(
            "{}#{}-{}",
            config.url(&page),
            e.date,
            fingerprint(&e.text.en)
        );
        entries.push(entry(
            e.text.get(lang).to_string(),
            id,
            config.url(&page),
            updated,
            summary,
        ));
    }
    let updated = entries
        .iter()
        .map(|e| e.updated)
        .max()
        .or_else(|| kst(&today.to_string()))
        .ok_or("no date for the updates feed")?;
    let title = format!(
        "{} · {}",
        i18n::PAGE_UPDATES.get(lang),
        i18n::SITE_NAME.get(lang)
    );
    let path = crate::paths::updates_feed(lang);
    Ok(feed(title, &path, &page, updated, lang, config, entries).to_string())
}

/// The data releases, newest first, each with its counts and its changed figures.
pub fn releases(dataset: &Dataset, lang: Lang, config: &SiteConfig) -> Result<String, String> {
    let page = Page::Changelog.path(lang);
    let mut entries = Vec::new();
    for r in &dataset.releases {
        let updated =
            kst(&r.version).ok_or_else(|| format!("release `{}` is not a date", r.version))?;
        let href = config.url(&format!("{page}#{}", release_anchor(&r.version)));
        let changed: Vec<String> = r
            .changes
            .iter()
            .filter_map(|c| match c {
                Change::Changed { before, after } => Some(format!(
                    "{}: {} → {}",
                    after.label.get(lang),
                    format::snapshot_value(before, dataset, lang),
                    format::snapshot_value(after, dataset, lang)
                )),
                _ => None,
            })
            .collect();
        let (added, changed_count, removed) = r.counts();
        let counts = if r.is_first {
            i18n::CHANGELOG_FIRST.fill(lang, &[("count", &r.figures.len().to_string())])
        } else {
            i18n::CHANGELOG_COUNTS.fill(
                lang,
                &[
                    ("added", &added.to_string()),
                    ("changed", &changed_count.to_string()),
                    ("removed", &removed.to_string()),
                ],
            )
        };
        let summary = std::iter::once(r.summary.get(lang).to_string())
            .chain(std::iter::once(counts))
            .chain(changed)
            .collect::<Vec<_>>()
            .join(" — ");
        let title = i18n::CHANGELOG_RELEASE_HEADING
            .fill(lang, &[("date", &format::date(&r.version, lang))]);
        entries.push(entry(title, href.clone(), href, updated, summary));
    }
    let updated = entries
        .first()
        .map(|e| e.updated)
        .ok_or("there is no release for the releases feed")?;
    let title = format!(
        "{} · {}",
        i18n::PAGE_CHANGELOG.get(lang),
        i18n::SITE_NAME.get(lang)
    );
    let path = crate::paths::releases_feed(lang);
    Ok(feed(title, &path, &page, updated, lang, config, entries).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_seed_date_is_the_start_of_that_day_in_korea() {
        assert_eq!(
            kst("2025-04-14").unwrap().to_rfc3339(),
            "2025-04-14T00:00:00+09:00"
        );
        assert_eq!(
            kst("2025-08").unwrap().to_rfc3339(),
            "2025-08-01T00:00:00+09:00"
        );
        assert_eq!(
            kst("2027").unwrap().to_rfc3339(),
            "2027-01-01T00:00:00+09:00"
        );
        assert!(kst("2025-13-01").is_none());
        assert!(kst("25-1-1").is_none());
        assert!(kst("").is_none());
    }

    #[test]
    fn an_entry_keeps_its_id_for_the_same_text() {
        assert_eq!(fingerprint("a"), fingerprint("a"));
        assert_ne!(fingerprint("a"), fingerprint("b"));
    }
}

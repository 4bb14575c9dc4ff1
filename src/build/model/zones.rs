//! The designations that apply in Wonju (the cluster, regulation-free and special zones,
//! the foreign-investment zone), each with its dates, and its status on a given day.

use std::collections::HashSet;

use super::Cite;
use super::files::SeedFile;
use super::validate::Checker;
use crate::build::seed::{self, Bilingual, ZoneKind};
use crate::date::{Date, PartialDate};
use crate::why;

#[derive(Clone, Debug, PartialEq)]
pub struct Zone {
    pub id: String,
    pub kind: ZoneKind,
    pub name: Bilingual,
    pub designated: PartialDate,
    pub starts: PartialDate,
    pub ends: Option<PartialDate>,
    pub lifted: Option<PartialDate>,
    pub area: Option<Bilingual>,
    pub place: Bilingual,
    pub sites: Vec<String>,
    pub whole_of_wonju: bool,
    pub benefits: Vec<Bilingual>,
    pub run_by: Bilingual,
    pub notes: Vec<Bilingual>,
    pub sources: Vec<Cite>,
}

crate::tokens! {
    /// Where a zone stands on a given day.
    pub enum ZoneStatus {
        Active = "active",
        /// Designated but its measures have not started.
        Planned = "planned",
        Ended = "ended",
    }
}

impl Zone {
    /// The zone's status on `today`: ended once lifted or past its end, planned before it
    /// starts, active in between. A month or year counts whole.
    pub fn status(&self, today: Date) -> ZoneStatus {
        let over = |date: Option<PartialDate>| date.is_some_and(|d| d.last_day() < today);
        if over(self.lifted) || (self.lifted.is_none() && over(self.ends)) {
            ZoneStatus::Ended
        } else if self.starts.first_day() > today {
            ZoneStatus::Planned
        } else {
            ZoneStatus::Active
        }
    }

    /// When it ended, on `today`: the lifting, else the end it was given.
    pub fn ended_on(&self, today: Date) -> Option<PartialDate> {
        (self.status(today) == ZoneStatus::Ended)
            .then(|| self.lifted.or(self.ends))
            .flatten()
    }

    /// Whether its end, if it has one, is still ahead on `today`.
    pub fn ends_after(&self, today: Date) -> bool {
        self.ends.is_some_and(|e| e.last_day() >= today)
    }

    /// Whether the zone covers the map site `site`.
    pub fn covers_site(&self, site: &str) -> bool {
        self.whole_of_wonju || self.sites.iter().any(|s| s == site)
    }
}

pub(crate) fn resolve_zones(
    seeds: Vec<seed::ZoneSeed>,
    site_ids: &HashSet<&str>,
    c: &mut Checker,
) -> Vec<Zone> {
    let file = SeedFile::Zones;
    c.unique_ids(file, seeds.iter().map(|z| z.id.as_str()));
    let mut zones: Vec<Zone> = seeds
        .into_iter()
        .map(|z| {
            let mut e = c.entry(file, &z.id);
            e.text("name", &z.name);
            e.text("where", &z.r#where);
            e.text("run_by", &z.run_by);
            e.optional_text("area", z.area.as_ref());
            e.require(
                !z.benefits.is_empty(),
                "benefits",
                why!(
                    "기업이 받는 혜택이 하나도 적혀 있지 않습니다",
                    "says nothing a firm gets"
                ),
            );
            for (i, b) in z.benefits.iter().enumerate() {
                e.text(format!("benefits[{i}]"), b);
            }
            for (i, n) in z.notes.iter().enumerate() {
                e.text(format!("notes[{i}]"), n);
            }
            let designated = e.partial_date("designated", &z.designated);
            let starts = e.partial_date("starts", &z.starts);
            let ends = z.ends.as_deref().map(|d| e.partial_date("ends", d));
            let lifted = z.lifted.as_deref().map(|d| e.partial_date("lifted", d));
            if let Some(ends) = ends {
                e.require(
                    starts.first_day() <= ends.last_day(),
                    "ends",
                    why!(
                        "종료일({ends})이 시작일({starts})보다 이릅니다",
                        "{ends} is before the start {starts}"
                    ),
                );
            }
            if let Some(lifted) = lifted {
                e.require(
                    designated.first_day() <= lifted.last_day(),
                    "lifted",
                    why!(
                        "해제일({lifted})이 지정일({designated})보다 이릅니다",
                        "{lifted} is before the designation {designated}"
                    ),
                );
            }
            for site in &z.sites {
                e.require(
                    site_ids.contains(site.as_str()),
                    "sites",
                    why!(
                        "seeds/sites.json에 없는 거점입니다: `{site}`",
                        "`{site}` is not a site in seeds/sites.json"
                    ),
                );
            }
            e.require(
                !z.whole_of_wonju || z.sites.is_empty(),
                "sites",
                why!(
                    "원주 전역에 걸친 구역에는 거점을 적지 않습니다",
                    "a zone over the whole of Wonju lists no sites"
                ),
            );
            let sources = e.cites("sources", &z.sources);
            Zone {
                id: z.id,
                kind: z.kind,
                name: z.name,
                designated,
                starts,
                ends,
                lifted,
                area: z.area,
                place: z.r#where,
                sites: z.sites,
                whole_of_wonju: z.whole_of_wonju,
                benefits: z.benefits,
                run_by: z.run_by,
                notes: z.notes,
                sources,
            }
        })
        .collect();
    zones.sort_by_key(|z| std::cmp::Reverse(z.designated.first_day()));
    zones
}

#[cfg(test)]
mod tests {
    use super::*;

    fn partial(text: &str) -> PartialDate {
        PartialDate::parse(text).expect("a date to the year, month or day")
    }

    fn day(text: &str) -> Date {
        Date::parse(text).expect("a day")
    }

    fn zone(starts: &str, ends: Option<&str>, lifted: Option<&str>) -> Zone {
        Zone {
            id: "z".into(),
            kind: ZoneKind::Cluster,
            name: Bilingual {
                ko: "구역".into(),
                en: "Zone".into(),
            },
            designated: partial(starts),
            starts: partial(starts),
            ends: ends.map(partial),
            lifted: lifted.map(partial),
            area: None,
            place: Bilingual {
                ko: "원주".into(),
                en: "Wonju".into(),
            },
            sites: vec![],
            whole_of_wonju: true,
            benefits: vec![],
            run_by: Bilingual {
                ko: "도".into(),
                en: "Province".into(),
            },
            notes: vec![],
            sources: vec![],
        }
    }

    #[test]
    fn status_follows_the_dates_and_counts_a_month_or_year_whole() {
        let z = zone("2024-06", Some("2028-05"), None);
        assert_eq!(z.status(day("2024-05-31")), ZoneStatus::Planned);
        assert_eq!(z.status(day("2024-06-01")), ZoneStatus::Active);
        assert_eq!(z.status(day("2028-05-31")), ZoneStatus::Active);
        assert_eq!(z.status(day("2028-06-01")), ZoneStatus::Ended);
        // Extended past its end and lifted later: active until the lifting.
        let z = zone("2019-07", Some("2023-08"), Some("2025-08"));
        assert_eq!(z.status(day("2024-01-01")), ZoneStatus::Active);
        assert_eq!(z.status(day("2025-09-01")), ZoneStatus::Ended);
        assert_eq!(z.ended_on(day("2025-09-01")), Some(partial("2025-08")));
        // No end given: active from its start on.
        let z = zone("2013-12-09", None, None);
        assert_eq!(z.status(day("2013-12-08")), ZoneStatus::Planned);
        assert_eq!(z.status(day("2026-11-25")), ZoneStatus::Active);
        let z = zone("2022", Some("2025"), None);
        assert_eq!(z.status(day("2025-12-31")), ZoneStatus::Active);
        assert_eq!(z.status(day("2026-01-01")), ZoneStatus::Ended);
    }
}

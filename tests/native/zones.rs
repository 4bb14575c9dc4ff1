//! The zones register: each zone's status follows from its dates and the site's "as of"
//! date, the map's district stack comes from the same data, and a broken entry is refused.

use crate::common::render;
use crate::common::{dataset, seed_error};
use gwnic::build::model::{SeedFile, ZoneStatus};
use gwnic::lang::Lang;
use gwnic::route::{Page, Section};

#[test]
fn a_zone_lifted_before_the_as_of_date_is_ended_and_one_without_an_end_is_active() {
    let d = dataset();
    let today = d.information_as_of;
    for z in &d.zones {
        let status = z.status(today);
        let lifted = z.lifted.is_some_and(|l| l.last_day() < today);
        match status {
            ZoneStatus::Ended => assert!(
                lifted || z.ends.is_some_and(|e| e.last_day() < today),
                "{}: ended without an end before {today}",
                z.id
            ),
            ZoneStatus::Active => {
                assert!(!lifted, "{}: active but lifted", z.id);
                assert!(
                    z.starts.first_day() <= today,
                    "{}: active before its start",
                    z.id
                );
            }
            ZoneStatus::Planned => assert!(z.starts.first_day() > today, "{}", z.id),
        }
    }
    // The regulation-free zone was lifted in Aug 2025; the R&D special zone has no end.
    let rfz = d
        .zones
        .iter()
        .find(|z| z.id == "regulation-free-zone")
        .expect("rfz");
    assert_eq!(rfz.status(today), ZoneStatus::Ended);
    assert_eq!(
        rfz.ended_on(today).map(|d| d.to_string()).as_deref(),
        Some("2025-08")
    );
    assert_eq!(
        rfz.status(day("2024-12-31")),
        ZoneStatus::Active,
        "extended past its first end"
    );
    let rnd = d
        .zones
        .iter()
        .find(|z| z.id == "rnd-special-zone-wonju")
        .expect("rnd");
    assert_eq!(rnd.status(today), ZoneStatus::Active);
    assert_eq!(rnd.status(day("2025-12-21")), ZoneStatus::Planned);
}

#[test]
fn a_districts_zone_stack_comes_from_the_sites_the_sources_name() {
    let d = dataset();
    for site in &d.sites {
        for code in site.location.district_codes() {
            let stack: Vec<&str> = d
                .zones_for_district(code)
                .iter()
                .map(|z| z.id.as_str())
                .collect();
            for z in &d.zones {
                let expected = z.covers_site(&site.id);
                if expected {
                    assert!(
                        stack.contains(&z.id.as_str()),
                        "{code} ({}) lacks {}",
                        site.id,
                        z.id
                    );
                }
            }
        }
    }
    // A district with no site gets only what covers all of Wonju.
    let site_codes: Vec<&str> = d
        .sites
        .iter()
        .flat_map(|s| s.location.district_codes())
        .collect();
    let bare = (1..=99)
        .map(|n| format!("32020{n:02}"))
        .find(|c| !site_codes.contains(&c.as_str()))
        .expect("a district with no site");
    let stack = d.zones_for_district(&bare);
    assert!(!stack.is_empty(), "the province-wide zone covers {bare}");
    assert!(stack.iter().all(|z| z.whole_of_wonju), "{bare}: {stack:?}");
    let innovation_city = d.zones_for_district("3202068");
    assert!(innovation_city.iter().any(|z| z.id == "innovation-cluster"));
    assert!(innovation_city.len() > stack.len());
}

#[test]
fn a_zone_on_an_unknown_site_or_ending_before_it_starts_is_refused() {
    let message = seed_error(
        SeedFile::Zones,
        r#""sites": ["enterprise-city"],"#,
        r#""sites": ["enterprise-town"],"#,
    );
    for part in [
        "seeds/zones.json",
        "rnd-special-zone-wonju",
        "sites",
        "enterprise-town",
    ] {
        assert!(message.contains(part), "expected {part:?} in:\n{message}");
    }
    let message = seed_error(
        SeedFile::Zones,
        r#""ends": "2028-05","#,
        r#""ends": "2023-05","#,
    );
    for part in ["ai-healthcare-global-zone", "ends", "before the start"] {
        assert!(message.contains(part), "expected {part:?} in:\n{message}");
    }
    let message = seed_error(
        SeedFile::Zones,
        r#""lifted": "2025-08","#,
        r#""lifted": "August 2025","#,
    );
    for part in ["regulation-free-zone", "lifted", "not a date"] {
        assert!(message.contains(part), "expected {part:?} in:\n{message}");
    }
}

#[test]
fn the_zones_page_shows_every_zone_with_its_status_and_sources_in_both_languages() {
    let d = dataset();
    let today = d.information_as_of;
    for lang in Lang::ALL {
        let body = render(&Page::Section(Section::Zones).path(lang)).body;
        for z in &d.zones {
            let start = body
                .find(&format!("data-zone=\"{}\"", z.id))
                .unwrap_or_else(|| panic!("{}: {} missing", lang.code(), z.id));
            let card = &body[start
                ..body[start..]
                    .find("</article>")
                    .map_or(body.len(), |e| start + e)];
            assert!(
                card.contains(&format!("data-status=\"{}\"", z.status(today).code())),
                "{}: status",
                z.id
            );
            assert!(card.contains("gw-source-link"), "{}: no source link", z.id);
            assert!(
                card.contains(&gwnic::build::format::partial_date(z.designated, lang)),
                "{}: designation date",
                z.id
            );
        }
    }
}

fn day(text: &str) -> gwnic::date::Date {
    gwnic::date::Date::parse(text).expect("a day")
}

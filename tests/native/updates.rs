//! What's new and the partners page's timeline come from one list of events: the updates
//! page shows the news since 2023 newest first and the plans apart, the timeline all of it.

use crate::common::dataset;
use crate::common::render;
use gwnic::lang::Lang;
use gwnic::route::{Page, Section};

/// The `data-date` values of the `<li>`s in the list marked `data-list="{list}"`.
fn dates_in(body: &str, list: &str) -> Vec<String> {
    let start = body
        .find(&format!("data-list=\"{list}\""))
        .unwrap_or_else(|| panic!("no {list} list"));
    let end = start + body[start..].find("</ol>").expect("the list ends");
    body[start..end]
        .split(" data-date=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next().map(str::to_string))
        .collect()
}

#[test]
fn updates_show_the_news_newest_first_and_the_plans_apart_from_the_same_events() {
    let d = dataset();
    let today = d.information_as_of;
    for lang in Lang::ALL {
        let body = render(&Page::Section(Section::Updates).path(lang)).body;
        let latest = dates_in(&body, "latest");
        let planned = dates_in(&body, "planned");
        let mut expected_latest: Vec<String> = d
            .timeline
            .iter()
            .filter(|e| !e.is_planned(today) && e.date.year() >= 2023)
            .map(|e| e.date.to_string())
            .collect();
        expected_latest.reverse();
        assert_eq!(
            latest,
            expected_latest,
            "{}: news since 2023, newest first",
            lang.code()
        );
        assert!(latest.windows(2).all(|w| w[0] >= w[1]), "newest first");
        assert!(
            latest.iter().all(|date| {
                gwnic::date::PartialDate::parse(date).is_some_and(|date| date.first_day() <= today)
            }),
            "no plan among the news"
        );
        let expected_planned: Vec<String> = d
            .timeline
            .iter()
            .filter(|e| e.is_planned(today))
            .map(|e| e.date.to_string())
            .collect();
        assert!(!expected_planned.is_empty(), "some plans lie ahead");
        assert_eq!(
            planned,
            expected_planned,
            "{}: plans, soonest first",
            lang.code()
        );
        let text = crate::common::unescape(&body);
        for e in &d.timeline {
            if e.date.year() >= 2023 {
                assert!(
                    text.contains(e.text.get(lang)),
                    "{}: {}",
                    lang.code(),
                    e.date
                );
            }
        }

        // The partners page's timeline holds every event, the plans marked as plans.
        let partners = render(&Page::Section(Section::Partners).path(lang)).body;
        for e in &d.timeline {
            assert!(
                partners.contains(&format!("data-date=\"{}\"", e.date)),
                "timeline {}",
                e.date
            );
        }
        assert_eq!(
            partners.matches("data-planned").count(),
            expected_planned.len(),
            "{}: plans marked on the timeline",
            lang.code()
        );
    }
}

#[test]
fn an_updates_link_leads_to_what_it_names() {
    let d = dataset();
    let body = render(&Page::Section(Section::Updates).path(Lang::En)).body;
    for e in &d.timeline {
        for zone in &e.zones {
            assert!(
                body.contains(&format!("/en/zones/#zone-{zone}")),
                "{}: {zone}",
                e.date
            );
            let zones = render(&Page::Section(Section::Zones).path(Lang::En)).body;
            assert!(
                zones.contains(&format!("id=\"zone-{zone}\"")),
                "zones page anchor {zone}"
            );
        }
        for partner in &e.partners {
            let partners = render(&Page::Section(Section::Partners).path(Lang::En)).body;
            assert!(
                partners.contains(&format!("id=\"partner-{partner}\"")),
                "partner anchor {partner}"
            );
        }
        for figure in &e.figures {
            assert!(
                body.contains(&format!("/en/figures/{figure}/")),
                "{}: {figure}",
                e.date
            );
        }
    }
}

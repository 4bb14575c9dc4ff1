//! Programmes past their last month are marked ended and listed apart, never offered by
//! the fit-finder; a programme's end lies within its phase.

use crate::common::dataset;
use crate::common::render;
use crate::common::seed_error;
use gwnic::build::finder;
use gwnic::build::model::SeedFile;
use gwnic::islands::filter::Chosen;
use gwnic::lang::Lang;
use gwnic::route::{Page, Section};

#[test]
fn ended_programmes_are_listed_apart_and_the_finder_offers_only_the_rest() {
    let d = dataset();
    let today = d.information_as_of;
    let ended: Vec<&str> = d
        .programmes
        .iter()
        .filter(|p| p.is_ended(today))
        .map(|p| p.id.as_str())
        .collect();
    // Phase 1 ended in 2022; the hospital-linked R&D was scheduled to end in December 2025.
    assert!(ended.contains(&"hospital-linked-rnd"), "{ended:?}");
    assert!(
        d.programmes
            .iter()
            .filter(|p| p.phase == 1)
            .all(|p| ended.contains(&p.id.as_str()))
    );
    assert!(
        d.programmes.iter().any(|p| !p.is_ended(today)),
        "something is still offered"
    );
    for lang in Lang::ALL {
        let body = render(&Page::Section(Section::Programmes).path(lang)).body;
        let split = body.find("id=\"ended\"").expect("an ended section");
        let (finder, ended_part) = body.split_at(split);
        for p in &d.programmes {
            let card = format!("data-programme=\"{}\"", p.id);
            let in_ended = ended.contains(&p.id.as_str());
            assert_eq!(
                ended_part.contains(&card),
                in_ended,
                "{lang:?} {}: in the ended list",
                p.id
            );
            assert_eq!(
                finder.contains(&card),
                !in_ended,
                "{lang:?} {}: offered",
                p.id
            );
        }
        let offered = d.programmes.len() - ended.len();
        let count = gwnic::i18n::FINDER_COUNT.fill(
            lang,
            &[
                ("count", &offered.to_string()),
                ("total", &offered.to_string()),
            ],
        );
        assert!(
            finder.contains(&count),
            "{lang:?}: the finder counts {offered}"
        );
    }
}

#[test]
fn a_programme_ending_outside_its_phase_is_refused() {
    let e = seed_error(
        SeedFile::Programmes,
        "\"ends\": \"2025-12\"",
        "\"ends\": \"2029-12\"",
    );
    assert!(e.contains("`hospital-linked-rnd`, field `ends`"), "{e}");
}

/// The filter island keeps exactly the programmes that serve a picked need and a picked
/// situation.
#[test]
fn a_programme_shows_when_it_serves_a_picked_need_and_a_picked_situation() {
    let dataset = crate::common::dataset();
    let f = finder::facets();
    for query in [
        "",
        "need=rnd",
        "need=rnd&need=talent",
        "situation=relocating",
        "need=global&situation=in-cluster",
    ] {
        let chosen = Chosen::read(&f, query);
        let (needs, situations) = (
            chosen.of(finder::NEED_KEY),
            chosen.of(finder::SITUATION_KEY),
        );
        for p in &dataset.programmes {
            let serves_need =
                needs.is_empty() || p.needs.iter().any(|n| needs.iter().any(|x| x == n.code()));
            let serves_situation = situations.is_empty()
                || p.situations
                    .iter()
                    .any(|s| situations.iter().any(|x| x == s.code()));
            assert_eq!(
                chosen.keeps(&finder::tokens(p)),
                serves_need && serves_situation,
                "{query}: {}",
                p.id
            );
        }
    }
}

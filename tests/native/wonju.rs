//! Why Wonju: every card is dated, sourced and bilingual, newest first within its theme,
//! and its figures come from the sources it cites; every section page names its newest
//! source; every one-year sum in won has a dollar view at that year's cited rate.

use crate::common::render;
use crate::common::{dataset, seed_error};
use gwnic::build::model::{Dataset, FigureRef, SeedFile, Theme, Unit};
use gwnic::build::seed::Formula;
use gwnic::lang::Lang;
use gwnic::route::{Page, Section};

#[test]
fn every_theme_has_cards_newest_first_and_the_page_shows_each_with_its_date_figures_and_sources() {
    let d = dataset();
    for theme in Theme::ALL {
        let dates: Vec<gwnic::date::Date> = d
            .wonju
            .iter()
            .filter(|f| f.theme == theme)
            .map(|f| f.as_of.first_day())
            .collect();
        assert!(!dates.is_empty(), "{theme:?} has no card");
        assert!(
            dates.windows(2).all(|w| w[0] >= w[1]),
            "{theme:?} is not newest first: {dates:?}"
        );
    }
    for lang in Lang::ALL {
        let body = render(&Page::Section(Section::WhyWonju).path(lang)).body;
        for fact in &d.wonju {
            let card = format!("id=\"fact-{}\" data-as-of=\"{}\"", fact.id, fact.as_of);
            let at = body
                .find(&card)
                .unwrap_or_else(|| panic!("{lang:?}: no card {}", fact.id));
            let end = at + body[at..].find("</article>").expect("the card closes");
            let html = &body[at..end];
            assert!(
                html.contains(&gwnic::build::format::partial_date(fact.as_of, lang)),
                "{}: date",
                fact.id
            );
            for id in &fact.figures {
                let f = d.figure(id).expect("validated");
                assert!(
                    html.contains(&format!("data-figure=\"{id}\"")),
                    "{}: {id}",
                    fact.id
                );
                let value = gwnic::build::format::figure_value(f, lang);
                assert!(html.contains(&value), "{}: {id} shows {value}", fact.id);
            }
            for cite in &fact.sources {
                assert!(
                    html.contains(&cite.source.url.replace('&', "&amp;")),
                    "{}: {}",
                    fact.id,
                    cite.source.id
                );
            }
        }
    }
}

#[test]
fn a_card_newer_than_its_sources_or_showing_a_figure_it_does_not_cite_is_refused() {
    // The population card rests on a report of 6 January 2026.
    let e = seed_error(
        SeedFile::Wonju,
        "\"as_of\": \"2025-12\"",
        "\"as_of\": \"2026-02\"",
    );
    assert!(
        e.contains("`population`, field `as_of`") && e.contains("after its newest source"),
        "{e}"
    );
    let e = seed_error(
        SeedFile::Wonju,
        "\"as_of\": \"2025-12\"",
        "\"as_of\": \"2027-01\"",
    );
    assert!(e.contains("after the information-as-of date"), "{e}");
    // The rail card cites no source of the population figure.
    let e = seed_error(
        SeedFile::Wonju,
        "\"ktx-wonju-cheongnyangni-minutes\",",
        "\"wonju-population-2025\",",
    );
    assert!(e.contains("`wonju-population-2025` comes from"), "{e}");
    assert!(e.contains("is already on another card"), "{e}");
    let e = seed_error(
        SeedFile::Wonju,
        "\"ktx-wonju-cheongnyangni-minutes\",",
        "\"no-such-figure\",",
    );
    assert!(
        e.contains("`no-such-figure` is not a sourced figure"),
        "{e}"
    );
}

/// The newest date among the sources a page links to.
fn newest_linked(d: &Dataset, body: &str) -> Option<String> {
    d.sources
        .iter()
        .filter(|s| body.contains(&format!("href=\"{}\"", s.url.replace('&', "&amp;"))))
        .filter_map(|s| s.date)
        .max()
        .map(|d| d.to_string())
}

#[test]
fn every_section_page_names_the_newest_source_it_links_to() {
    let d = dataset();
    for lang in Lang::ALL {
        for section in Section::ALL {
            let path = Page::Section(section).path(lang);
            let body = render(&path).body;
            // The stories index tells each story in short; its sources are on the stories'
            // own pages, and its line names the newest of those. The same for the press page
            // and the figure pages.
            let linked_body = match section {
                Section::Stories => d
                    .stories
                    .iter()
                    .map(|s| render(&Page::Story(s.id.clone()).path(lang)).body)
                    .collect(),
                // The press page's table lists every figure; each figure's page links its
                // source.
                Section::Press => d
                    .all_figures()
                    .map(|f| render(&Page::Figure(f.id().to_string()).path(lang)).body)
                    .collect(),
                _ => body.clone(),
            };
            let marker = "data-newest-source=\"";
            let at = body
                .find(marker)
                .unwrap_or_else(|| panic!("{path}: no newest-source line"))
                + marker.len();
            let shown = &body[at..at + 10];
            let linked = newest_linked(d, &linked_body)
                .unwrap_or_else(|| panic!("{path}: links no dated source"));
            assert_eq!(shown, linked, "{path}");
        }
    }
}

#[test]
fn every_one_year_sum_in_won_has_a_dollar_view_at_that_years_rate() {
    let d = dataset();
    let mut checked = 0;
    for f in d.figures.iter().filter(|f| f.unit == Unit::Krw) {
        if f.period.start != Some(f.period.end) {
            continue;
        }
        let year = f.period.end;
        let converted = d.derived.iter().find_map(|x| match &x.formula {
            Formula::Convert { amount, rate } if amount == &f.id => Some(rate.clone()),
            _ => None,
        });
        // Only where a source gives that year's average rate.
        let cited_rate = d
            .figures
            .iter()
            .any(|r| r.unit == Unit::KrwPerUsd && r.period.start == Some(year));
        match converted {
            None => assert!(
                !cited_rate,
                "{}: a one-year sum in won without a dollar view",
                f.id
            ),
            Some(rate) => {
                let Some(FigureRef::Sourced(r)) = d.figure_ref(&rate) else {
                    panic!("{}: rate {rate} is not a sourced figure", f.id)
                };
                assert_eq!(r.unit, Unit::KrwPerUsd, "{}", f.id);
                assert_eq!(
                    r.period.start,
                    Some(year),
                    "{}: converted at another year's rate",
                    f.id
                );
                checked += 1;
            }
        }
    }
    assert!(checked >= 2, "only {checked} one-year sums converted");
}

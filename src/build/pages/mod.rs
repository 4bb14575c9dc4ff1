//! One module per route.

pub mod accessibility;
pub mod changelog;
pub mod embed;
pub mod figure;
pub mod firms;
pub mod language_choice;
pub mod map;
pub mod not_found;
pub mod offline;
pub mod outcomes;
pub mod overview;
pub mod partners;
pub mod press;
pub mod programmes;
pub mod search;
pub mod sources;
pub mod stories;
pub mod updates;
pub mod why_wonju;
pub mod zones;

use leptos::prelude::*;

use crate::build::chart::{ChartId, ChartState, chart_data};
use crate::build::format;
use crate::build::model::{Cite, Dataset, FigureRef};
use crate::i18n;
use crate::lang::Lang;
use crate::route::Section;

/// The date of the newest source a section's page cites (ISO), for its "newest source"
/// line; `None` when none of them is dated.
pub fn newest_source(dataset: &Dataset, section: Section) -> Option<&str> {
    let story_cites = || {
        dataset.stories.iter().flat_map(|s| {
            s.paragraphs
                .iter()
                .flat_map(|p| &p.sources)
                .chain(dataset.story_figures(s).filter_map(|f| match f {
                    FigureRef::Sourced(f) => Some(&f.source),
                    FigureRef::Derived(_) => None,
                }))
        })
    };
    let cites: Vec<&Cite> = match section {
        // Its figures and the news it shows (zones and stories are linked, not cited).
        Section::Overview => dataset
            .home
            .lead
            .iter()
            .chain(&dataset.home.today)
            .chain(&dataset.home.history)
            .map(|f| &f.source)
            .chain(
                dataset
                    .news(&dataset.information_as_of)
                    .take(overview::NEWS_COUNT)
                    .flat_map(|e| &e.sources),
            )
            .collect(),
        Section::WhyWonju => dataset.wonju.iter().flat_map(|f| &f.sources).collect(),
        // Only the entries the page shows: news since 2023 and plans.
        Section::Updates => dataset
            .timeline
            .iter()
            .filter(|e| {
                e.date.as_str() >= updates::FROM || e.is_planned(&dataset.information_as_of)
            })
            .flat_map(|e| &e.sources)
            .collect(),
        Section::Partners => dataset
            .timeline
            .iter()
            .flat_map(|e| &e.sources)
            .chain(dataset.partners.iter().flat_map(|p| &p.sources))
            .collect(),
        // The sources the charts cite, as their source lines show them.
        Section::Outcomes => {
            let urls: Vec<String> = ChartId::ALL
                .iter()
                .filter_map(|&id| {
                    chart_data(dataset, id, Lang::En, ChartState::from_query(|_| None)).ok()
                })
                .flat_map(|chart| chart.sources.into_iter().map(|s| s.url))
                .collect();
            return dataset
                .sources
                .iter()
                .filter(|s| urls.contains(&s.url))
                .filter_map(|s| s.date.as_deref())
                .max();
        }
        Section::Stories => story_cites().collect(),
        Section::Map => dataset
            .sites
            .iter()
            .flat_map(|s| &s.sources)
            .chain(dataset.outside_sites.iter().flat_map(|s| &s.sources))
            .collect(),
        Section::Programmes => dataset.programmes.iter().flat_map(|p| &p.sources).collect(),
        Section::Zones => dataset.zones.iter().flat_map(|z| &z.sources).collect(),
        Section::Firms => dataset.firms.iter().flat_map(|f| &f.sources).collect(),
        // Its table of figures (the sources themselves are on the sources pages).
        Section::Press => dataset
            .all_figures()
            .filter_map(|f| match f {
                FigureRef::Sourced(f) => Some(&f.source),
                FigureRef::Derived(_) => None,
            })
            .collect(),
    };
    cites
        .into_iter()
        .filter_map(|c| c.source.date.as_deref())
        .max()
}

/// "Newest source on this page: …", under a section page's lede.
#[leptos::component]
pub fn NewestSource(dataset: &'static Dataset, section: Section, lang: Lang) -> impl IntoView {
    newest_source(dataset, section).map(|date| {
        let text = i18n::PAGE_NEWEST_SOURCE.fill(lang, &[("date", &format::date(date, lang))]);
        view! { <p class="gw-newest-source" data-newest-source=date.to_string()>{text}</p> }
    })
}

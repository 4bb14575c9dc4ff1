//! `/{lang}/outcomes/`: the outcome charts, each with its table, sources and downloads.

use leptos::prelude::*;

use crate::build::chart::{ChartId, ChartState, chart_data};
use crate::build::components::chart_figure::ChartFigure;
use crate::build::model::Dataset;
use crate::date::Date;
use crate::i18n;
use crate::lang::Lang;
use crate::route::Section;

/// The date of the newest source the charts cite, as their source lines show them.
pub fn newest_cited(dataset: &Dataset) -> Option<Date> {
    let urls: Vec<String> = ChartId::ALL
        .iter()
        .filter_map(|&id| chart_data(dataset, id, Lang::En, ChartState::default()).ok())
        .flat_map(|chart| chart.sources.into_iter().map(|s| s.url))
        .collect();
    dataset
        .sources
        .iter()
        .filter(|s| urls.contains(&s.url))
        .filter_map(|s| s.date)
        .max()
}

#[component]
pub fn Outcomes(dataset: &'static Dataset, lang: Lang) -> impl IntoView {
    view! {
        <div class="gw-page">
            <h1>{Section::Outcomes.title().get(lang)}</h1>
            <p class="gw-lede">{Section::Outcomes.description().get(lang)}</p>
            <super::NewestSource date=newest_cited(dataset) lang=lang/>
            <p>{i18n::OUTCOMES_INTRO.get(lang)}</p>
            {ChartId::ALL.iter().enumerate().map(|(i, &id)| view! { <ChartFigure dataset=dataset id=id lang=lang lazy_image={i > 0}/> }).collect_view()}
        </div>
    }
}

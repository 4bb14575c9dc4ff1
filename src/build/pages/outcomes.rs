//! `/{lang}/outcomes/`: the outcome charts, each with its table, sources and downloads.

use leptos::prelude::*;

use crate::build::chart::ChartId;
use crate::build::components::chart_figure::ChartFigure;
use crate::i18n;
use crate::lang::Lang;
use crate::route::Section;

#[component]
pub fn Outcomes(dataset: &'static crate::build::model::Dataset, lang: Lang) -> impl IntoView {
    view! {
        <div class="gw-page">
            <h1>{Section::Outcomes.title().get(lang)}</h1>
            <p class="gw-lede">{Section::Outcomes.description().get(lang)}</p>
            <super::NewestSource dataset=dataset section=Section::Outcomes lang=lang/>
            <p>{i18n::OUTCOMES_INTRO.get(lang)}</p>
            {ChartId::ALL.iter().enumerate().map(|(i, &id)| view! { <ChartFigure dataset=dataset id=id lang=lang lazy_image={i > 0}/> }).collect_view()}
        </div>
    }
}

//! `/{lang}/embed/{chart}/`: one chart with its source line and nothing else, for iframes
//! on other sites. Links open the full site in the top window.

use leptos::prelude::*;

use crate::build::chart::ChartId;
use crate::build::components::chart_figure::ChartFigure;
use crate::i18n;
use crate::lang::Lang;
use crate::route::{Page, Section};
use crate::site::use_site;

#[component]
pub fn Embed(
    dataset: &'static crate::build::model::Dataset,
    chart: ChartId,
    lang: Lang,
) -> impl IntoView {
    let site = use_site();
    view! {
        <div class="gw-embed">
            <h1 class="gw-visually-hidden">{chart.title().get(lang)}</h1>
            <ChartFigure dataset=dataset id=chart lang=lang embedded=true/>
            <p class="gw-embed__credit">
                <a href=site.href(&Page::Section(Section::Outcomes).path(lang)) target="_top">
                    {i18n::EMBED_VIEW_ON_SITE.get(lang)}
                </a>
            </p>
        </div>
    }
}

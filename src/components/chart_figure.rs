//! A chart on a page: built from the model by the build and shown by the chart island
//! (`islands::chart`), which has every state's data in its props.

use leptos::prelude::*;

use crate::chart::{ChartId, ChartState, chart_data};
use crate::i18n;
use crate::islands::chart::ChartIsland;
use crate::lang::Lang;
use crate::model;

/// The `<meta>` in which the build records the chart library's hashed URL.
pub const ECHARTS_META: &str = "gw-echarts";

/// The chart `id` as its page shows it: an island with every state's data.
#[component]
pub fn ChartFigure(
    id: ChartId,
    lang: Lang,
    /// In an embed view: no embed snippets, and links open the full site.
    #[prop(optional)]
    embedded: bool,
    /// Below the first screen: its image waits until scrolled near.
    #[prop(optional)]
    lazy_image: bool,
) -> impl IntoView {
    let states: Result<Vec<_>, String> =
        model::dataset().map_err(|e| e.to_string()).and_then(|d| {
            ChartState::all_for(id)
                .into_iter()
                .map(|s| {
                    chart_data(d, id, lang, s)
                        .map(|c| (s, c))
                        .map_err(|e| e.to_string())
                })
                .collect()
        });
    match states {
        Ok(states) => crate::islands::island(ChartIsland {
            id,
            lang,
            embedded,
            lazy_image,
            states,
        }),
        // The build refuses a chart it cannot make; a page rendered without it says so.
        Err(message) => view! {
            <p class="gw-notice" role="alert">{i18n::CHART_ERROR.get(lang)} " " <code>{message}</code></p>
        }
        .into_any(),
    }
}

//! A chart's live part: the canvas ECharts draws into (the build's image until it has), the
//! PNG button and what went wrong. The rest of the figure (title, tabs, table, sources,
//! downloads, embed snippets) is the build's HTML, written once per state the chart can
//! show (`components::chart_figure`); the evaluation chart's measure lives in the URL
//! (`?metric=`), and this island shows that state's parts and draws its option, a file the
//! build wrote.

use leptos::html::Div;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::live_chart::{LiveChart, use_live_chart};
use crate::chart::{self, ChartId, ChartState};
use crate::i18n;
use crate::lang::Lang;
use crate::site::use_site;

/// On each part of a figure that belongs to one state: the state's query (`""`, `metric=jobs`).
pub const STATE_ATTR: &str = "data-gw-chart-state";
/// On each measure tab: the query of the state it chooses.
pub const TAB_ATTR: &str = "data-gw-chart-tab";

#[derive(Serialize, Deserialize)]
pub struct ChartIsland {
    pub id: ChartId,
    pub lang: Lang,
    /// In an embed view: no PNG button.
    pub embedded: bool,
    /// Below the first screen: its image waits until scrolled near.
    pub lazy_image: bool,
}

impl super::Island for ChartIsland {
    const NAME: &'static str = "chart";

    fn render(self) -> AnyView {
        let ChartIsland {
            id,
            lang,
            embedded,
            lazy_image,
        } = self;
        let site = use_site();
        let query = super::query::current();
        let state = Memo::new(move |_| {
            ChartState::from_query(|key| super::query::get(&query.read(), key)).for_chart(id)
        });
        let option_url =
            Memo::new(move |_| site.href(&crate::paths::chart_live_option(id, lang, state.get())));
        let slug = id.code();
        let canvas = NodeRef::<Div>::new();
        let live = use_live_chart(canvas, option_url, state, lang, slug);
        let LiveChart {
            drawn,
            status,
            running,
            png_requested,
            ..
        } = live;
        Effect::new(move |_| show_state(slug, &state.get().to_query()));

        view! {
            <div class="gw-chart__box" on:pointerenter=move |_| live.want() on:pointerdown=move |_| live.want()>
                <div class="gw-chart__canvas" node_ref=canvas aria-hidden="true" data-gw-app="" class:gw-chart__canvas--drawn=move || drawn.get()>
                    // Until ECharts draws, the build's image of the chart, drawn at about the
                    // size shown, holds the place (and is what readers without JavaScript see).
                    {move || (!drawn.get()).then(|| display_image(id, lang, lazy_image))}
                </div>
            </div>
            {(!embedded).then(|| view! {
                <p class="gw-chart__actions">
                    <button type="button" class="gw-button gw-button--secondary" on:click=move |_| live.download_png() disabled=move || !running.get() || png_requested.get()>
                        {i18n::DOWNLOAD_PNG.get(lang)}
                    </button>
                </p>
            })}
            {move || status.get().map(|e| view! { <p class="gw-notice" role="alert">{i18n::CHART_ERROR.get(lang)} " " <code>{e}</code></p> })}
        }
        .into_any()
    }
}

/// The build's images of the chart in its default state, one per display width.
fn display_image(id: ChartId, lang: Lang, lazy: bool) -> impl IntoView {
    let site = use_site();
    let (widest, _) = chart::DISPLAY_SIZES[chart::DISPLAY_SIZES.len() - 1];
    let sources = chart::DISPLAY_SIZES
        .iter()
        .filter_map(|&(width, max_window)| {
            let media = format!("(max-width: {}px)", max_window?);
            let srcset = site.href(&crate::paths::chart_display_svg(id, lang, width));
            Some(view! { <source media=media srcset=srcset/> })
        })
        .collect_view();
    let src = site.href(&crate::paths::chart_display_svg(id, lang, widest));
    view! {
        <picture>
            {sources}
            <img src=src alt="" width=widest height=widest * 3 / 5 loading=lazy.then_some("lazy")/>
        </picture>
    }
}

/// Shows the parts of the figure `chart-<slug>` that belong to the state `query`, hides the
/// others, and marks its tab.
#[cfg(feature = "csr")]
fn show_state(slug: &str, query: &str) {
    for part in super::elements(&format!("#chart-{slug} [{STATE_ATTR}]")) {
        super::show(
            &part,
            part.get_attribute(STATE_ATTR).as_deref() == Some(query),
        );
    }
    for tab in super::elements(&format!("#chart-{slug} [{TAB_ATTR}]")) {
        let _ = if tab.get_attribute(TAB_ATTR).as_deref() == Some(query) {
            tab.set_attribute("aria-current", "true")
        } else {
            tab.remove_attribute("aria-current")
        };
    }
}

#[cfg(not(feature = "csr"))]
fn show_state(_slug: &str, _query: &str) {}

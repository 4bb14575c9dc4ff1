//! A chart's live part: the canvas ECharts draws into (the build's image until it has), the
//! PNG button and what went wrong. The rest of the figure (title, tabs, table, sources,
//! downloads, embed snippets) is the build's HTML, written once per state the chart can
//! show (`build::components::chart_figure`); the evaluation chart's measure lives in the
//! URL (`?metric=`), and the browser's half (`browser::chart`) shows that state's parts and
//! draws its option, a file the build wrote.

use leptos::html::Div;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::chart::{self, ChartId};
use crate::i18n;
use crate::lang::Lang;
use crate::site::use_site;

/// On each part of a figure that belongs to one state: the state's query (`""`, `metric=jobs`).
pub const STATE_ATTR: &str = "data-gw-chart-state";
/// On each measure tab: the query of the state it chooses.
pub const TAB_ATTR: &str = "data-gw-chart-tab";
/// The page's `<meta>` naming the chart library's file and integrity hash (the build
/// writes it, the browser loads the library from it).
pub const ECHARTS_META: &str = "gw-echarts";

#[derive(Serialize, Deserialize)]
pub struct ChartIsland {
    pub id: ChartId,
    pub lang: Lang,
    /// In an embed view: no PNG button.
    pub embedded: bool,
    /// Below the first screen: its image waits until scrolled near.
    pub lazy_image: bool,
}

/// What the chart shows and what its controls do.
#[derive(Clone, Copy)]
pub struct ChartView {
    /// Where ECharts draws.
    pub canvas: NodeRef<Div>,
    /// ECharts has drawn the chart (the build's image can go).
    pub drawn: RwSignal<bool>,
    /// Why the library could not load or draw, shown beside the chart.
    pub status: RwSignal<Option<String>>,
    /// The app runs (the PNG button stays disabled in the prerendered page).
    pub running: RwSignal<bool>,
    /// A PNG was asked for and waits for the drawing.
    pub png_requested: RwSignal<bool>,
    /// The reader reaches for the chart (a pointer over it).
    pub want: Callback<()>,
    pub download_png: Callback<()>,
}

impl ChartView {
    /// As the build writes it: the image, nothing drawn, the button disabled.
    pub fn still() -> ChartView {
        ChartView {
            canvas: NodeRef::new(),
            drawn: RwSignal::new(false),
            status: RwSignal::new(None),
            running: RwSignal::new(false),
            png_requested: RwSignal::new(false),
            want: Callback::new(|()| {}),
            download_png: Callback::new(|()| {}),
        }
    }
}

impl ChartIsland {
    pub fn view(self, live: ChartView) -> AnyView {
        let ChartIsland {
            id,
            lang,
            embedded,
            lazy_image,
        } = self;
        let ChartView {
            canvas,
            drawn,
            status,
            running,
            png_requested,
            want,
            download_png,
        } = live;
        view! {
            <div class="gw-chart__box" on:pointerenter=move |_| want.run(()) on:pointerdown=move |_| want.run(())>
                <div class="gw-chart__canvas" node_ref=canvas aria-hidden="true" data-gw-app="" class:gw-chart__canvas--drawn=move || drawn.get()>
                    // Until ECharts draws, the build's image of the chart, drawn at about the
                    // size shown, holds the place (and is what readers without JavaScript see).
                    {move || (!drawn.get()).then(|| display_image(id, lang, lazy_image))}
                </div>
            </div>
            {(!embedded).then(|| view! {
                <p class="gw-chart__actions">
                    <button type="button" class="gw-button gw-button--secondary" on:click=move |_| download_png.run(()) disabled=move || !running.get() || png_requested.get()>
                        {i18n::DOWNLOAD_PNG.get(lang)}
                    </button>
                </p>
            })}
            {move || status.get().map(|e| view! { <p class="gw-notice" role="alert">{i18n::CHART_ERROR.get(lang)} " " <code>{e}</code></p> })}
        }
        .into_any()
    }
}

impl super::Island for ChartIsland {
    const NAME: &'static str = "chart";

    fn render(self) -> AnyView {
        self.view(ChartView::still())
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

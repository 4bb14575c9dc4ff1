//! A chart as a figure: title, period and unit, the chart (the build's image until ECharts
//! has drawn it, so nothing moves), the same data as a table, a summary sentence, the source
//! line, downloads (CSV, PNG, SVG) and embed snippets. The evaluation chart's measure tabs
//! live in the URL (`?metric=`), so a link restores them; every state's data comes in the
//! props, and its ECharts option is a file the build wrote.

use leptos::html::Div;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::chart::{self, ChartData, ChartId, ChartState, Metric};
use crate::components::figure::CitationBox;
use crate::components::live_chart::{LiveChart, use_live_chart};
use crate::i18n;
use crate::lang::Lang;
use crate::route::Page;
use crate::site::use_site;

#[derive(Serialize, Deserialize)]
pub struct ChartIsland {
    pub id: ChartId,
    pub lang: Lang,
    /// In an embed view: no embed snippets, and links open the full site.
    pub embedded: bool,
    /// Below the first screen: its image waits until scrolled near.
    pub lazy_image: bool,
    /// The chart in each state it can show (`ChartState::all_for`), the default first.
    pub states: Vec<(ChartState, ChartData)>,
}

impl super::Island for ChartIsland {
    const NAME: &'static str = "chart";

    fn render(self) -> AnyView {
        chart_figure(self).into_any()
    }
}

fn chart_figure(props: ChartIsland) -> impl IntoView {
    let ChartIsland {
        id,
        lang,
        embedded,
        lazy_image,
        states,
    } = props;
    let site = use_site();
    let query = super::query::current();
    let state = Memo::new(move |_| {
        ChartState::from_query(|key| super::query::get(&query.read(), key)).for_chart(id)
    });
    let states = StoredValue::new(states);
    // A state the props lack (none should) shows the default's data.
    let data = Memo::new(move |_| {
        let wanted = state.get();
        states.with_value(|all| {
            all.iter()
                .find(|(s, _)| *s == wanted)
                .or(all.first())
                .map(|(_, d)| d.clone())
        })
    });
    let option_url = {
        let site = site.clone();
        Memo::new(move |_| site.href(&chart::live_option_path(id, lang, state.get())))
    };
    let slug = id.slug();
    let title_id = format!("chart-title-{slug}");
    let labelled_by = title_id.clone();
    let canvas = NodeRef::<Div>::new();
    let live = use_live_chart(canvas, option_url, state, lang, slug);
    let LiveChart {
        drawn,
        status,
        running,
        png_requested,
        ..
    } = live;

    let body = move || {
        let site = site.clone();
        data.get()
            .map(|chart| chart_body(&chart, &site, state.get(), embedded, status).into_any())
    };

    view! {
        <figure class="gw-chart" id=format!("chart-{slug}") aria-labelledby=labelled_by>
            <h2 class="gw-chart__title" id=title_id>{id.title().get(lang)}</h2>
            {move || data.get().map(|c| view! {
                <p class="gw-chart__meta">
                    {c.period.clone()} " · " {c.unit.clone()}
                    {c.derived.then(|| view! { " " <span class="gw-badge">{i18n::DERIVED_BADGE.get(lang)}</span> })}
                </p>
            })}
            {move || data.get().map(|c| {
                c.warnings
                    .into_iter()
                    .map(|w| view! { <p class="gw-chart__warning">{w}</p> })
                    .collect_view()
            })}
            {(id == ChartId::Evaluation).then(|| view! { <MetricTabs lang=lang state=state/> })}
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
            {body}
        </figure>
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
            let srcset = site.href(&chart::display_svg_path(id, lang, width));
            Some(view! { <source media=media srcset=srcset/> })
        })
        .collect_view();
    let src = site.href(&chart::display_svg_path(id, lang, widest));
    view! {
        <picture>
            {sources}
            <img src=src alt="" width=widest height=widest * 3 / 5 loading=lazy.then_some("lazy")/>
        </picture>
    }
}

/// The measure tabs of the evaluation chart: links, so each state has its own URL.
#[component]
fn MetricTabs(lang: Lang, state: Memo<ChartState>) -> impl IntoView {
    view! {
        <nav class="gw-tabs" aria-label=i18n::METRIC_TABS_LABEL.get(lang)>
            {Metric::ALL.map(|metric| {
                // `?` alone clears the query: the default measure.
                let href = format!("?{}", ChartState { metric }.to_query());
                view! {
                    <a
                        href=href
                        data-noscroll=""
                        class="gw-tabs__tab"
                        aria-current=move || (state.get().metric == metric).then_some("true")
                    >
                        {metric.label().get(lang)}
                    </a>
                }
            })}
        </nav>
    }
}

fn chart_body(
    chart: &ChartData,
    site: &crate::site::SiteConfig,
    state: ChartState,
    embedded: bool,
    status: RwSignal<Option<String>>,
) -> impl IntoView {
    let lang = chart.lang;
    let id = chart.id;
    let series_names: Vec<String> = chart.series.iter().map(|s| s.name.clone()).collect();
    let rows = chart.table_rows();
    let caption = format!("{} ({})", chart.title, chart.unit);
    let region_label = caption.clone();
    let sources = chart
        .sources
        .iter()
        .map(|source| {
            let links = source
                .figures
                .iter()
                .map(|(id, label)| {
                    let href = site.href(&Page::Figure(id.clone()).path(lang));
                    view! { <a href=href target=embedded.then_some("_top")>{label.clone()}</a> " " }
                })
                .collect_view();
            view! {
                <li>
                    <a href=source.url.clone() rel="external" target=embedded.then_some("_top")>{source.reference.clone()}</a>
                    " — " {links}
                </li>
            }
        })
        .collect_view();
    let page_url = site.url(&format!(
        "{}{}",
        Page::Section(crate::route::Section::Outcomes).path(lang),
        query_suffix(state)
    ));
    let embed_url = site.url(&Page::Embed(id).path(lang));
    let svg_url = site.url(&chart::svg_path(id, lang));
    let iframe = chart::embed::iframe(chart, &embed_url);
    let no_js = chart::embed::figure(chart, &svg_url, &page_url);
    view! {
        <p class="gw-chart__summary">{chart.summary()}</p>
        <div class="gw-table-wrap" role="region" aria-label=region_label tabindex="0">
            <table class="gw-table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n::TABLE_ITEM.get(lang)}</th>
                        {series_names.into_iter().map(|n| view! { <th scope="col" class="gw-num">{n}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|(category, cells)| view! {
                        <tr>
                            <th scope="row">{category}</th>
                            {cells.into_iter().map(|c| view! { <td class="gw-num">{c}</td> }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        {(!chart.notes.is_empty()).then(|| view! {
            <ul class="gw-chart__notes">{chart.notes.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ul>
        })}
        <div class="gw-chart__source">
            <p><strong>{i18n::FIELD_SOURCE.get(lang)}</strong></p>
            <ul>{sources}</ul>
            {embedded.then(|| view! { <p class="gw-muted">{chart.as_of_line()}</p> })}
        </div>
        {move || status.get().map(|e| view! { <p class="gw-notice" role="alert">{i18n::CHART_ERROR.get(lang)} " " <code>{e}</code></p> })}
        {(!embedded).then(|| view! {
            <ul class="gw-chart__downloads">
                <li><a href=site.href(&chart::csv_path(id, lang)) download>{i18n::DOWNLOAD_CSV.get(lang)}</a></li>
                <li><a href=site.href(&chart::svg_path(id, lang)) download>{i18n::DOWNLOAD_SVG.get(lang)}</a></li>
                <li><a href=page_url.clone()>{i18n::PERMALINK.get(lang)}</a></li>
            </ul>
            <details class="gw-chart__embed">
                <summary>{i18n::EMBED_HEADING.get(lang)}</summary>
                <CitationBox heading=i18n::EMBED_IFRAME text=iframe lang=lang text_lang=lang/>
                <CitationBox heading=i18n::EMBED_NO_JS text=no_js lang=lang text_lang=lang/>
            </details>
        })}
    }
}

fn query_suffix(state: ChartState) -> String {
    let query = state.to_query();
    if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    }
}

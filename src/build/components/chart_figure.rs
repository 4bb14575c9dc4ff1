//! A chart on a page, as the build writes it: title, period and unit, the chart (the chart
//! island: the build's image until ECharts has drawn it, so nothing moves), the same data as
//! a table, a summary sentence, the source line, downloads (CSV, PNG, SVG) and embed
//! snippets. A chart that can show several states (the evaluation chart's measures) has
//! the parts that change written once per state, all but the default `hidden`; the island
//! shows the state the URL names.

use leptos::prelude::*;

use crate::build::chart::{self, ChartData, ChartId, ChartState, Metric, chart_data};
use crate::build::components::figure::CitationBox;
use crate::build::components::table::{Column, DataTable, Label};
use crate::build::model;
use crate::i18n;
use crate::islands::chart::ChartIsland;
use crate::lang::Lang;
use crate::route::{Page, Section};
use crate::site::{SiteConfig, use_site};

/// The chart `id` as its page shows it.
#[component]
pub fn ChartFigure(
    dataset: &'static model::Dataset,
    id: ChartId,
    lang: Lang,
    /// In an embed view: no embed snippets, and links open the full site.
    #[prop(optional)]
    embedded: bool,
    /// Below the first screen: its image waits until scrolled near.
    #[prop(optional)]
    lazy_image: bool,
) -> impl IntoView {
    let states: Result<Vec<_>, String> = ChartState::all_for(id)
        .into_iter()
        .map(|s| {
            chart_data(dataset, id, lang, s)
                .map(|c| (s, c))
                .map_err(|e| e.to_string())
        })
        .collect();
    match states {
        Ok(states) => figure(id, lang, embedded, lazy_image, &states).into_any(),
        // The build refuses a chart it cannot make; a page rendered without it says so.
        Err(message) => view! {
            <p class="gw-notice" role="alert">{i18n::CHART_ERROR.get(lang)} " " <code>{message}</code></p>
        }
        .into_any(),
    }
}

fn figure(
    id: ChartId,
    lang: Lang,
    embedded: bool,
    lazy_image: bool,
    states: &[(ChartState, ChartData)],
) -> impl IntoView + use<> {
    let site = use_site();
    let slug = id.code();
    let title_id = format!("chart-title-{slug}");
    let labelled_by = title_id.clone();
    // Without a script the default state shows; the island shows the one the URL names.
    let hidden = |state: ChartState| state != ChartState::default();
    let heads = states
        .iter()
        .map(|(state, c)| {
            view! {
                <div class="gw-chart__state" data-gw-chart-state=state.to_query() hidden=hidden(*state)>
                    <p class="gw-chart__meta">
                        {c.period.clone()} " · " {c.unit.clone()}
                        {c.derived.then(|| view! { " " <span class="gw-badge">{i18n::DERIVED_BADGE.get(lang)}</span> })}
                    </p>
                    {c.warnings.iter().map(|w| view! { <p class="gw-chart__warning">{w.clone()}</p> }).collect_view()}
                </div>
            }
        })
        .collect_view();
    let bodies = states
        .iter()
        .map(|(state, c)| {
            view! {
                <div class="gw-chart__state" data-gw-chart-state=state.to_query() hidden=hidden(*state)>
                    {chart_body(c, &site, *state, embedded)}
                </div>
            }
        })
        .collect_view();
    view! {
        <figure class="gw-chart" id=format!("chart-{slug}") aria-labelledby=labelled_by>
            <h2 class="gw-chart__title" id=title_id>{id.title().get(lang)}</h2>
            {heads}
            {(id == ChartId::Evaluation).then(|| view! { <MetricTabs lang=lang/> })}
            {crate::build::components::island::island(ChartIsland { id, lang, embedded, lazy_image })}
            {bodies}
        </figure>
    }
}

/// The measure tabs of the evaluation chart: links, so each state has its own URL.
#[component]
fn MetricTabs(lang: Lang) -> impl IntoView {
    view! {
        <nav class="gw-tabs" aria-label=i18n::METRIC_TABS_LABEL.get(lang)>
            {Metric::ALL.map(|metric| {
                let state = ChartState { metric };
                // `?` alone clears the query: the default measure.
                let href = format!("?{}", state.to_query());
                view! {
                    <a
                        href=href
                        data-noscroll=""
                        class="gw-tabs__tab"
                        data-gw-chart-tab=state.to_query()
                        aria-current=(state == ChartState::default()).then_some("true")
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
    site: &SiteConfig,
    state: ChartState,
    embedded: bool,
) -> impl IntoView + use<> {
    let lang = chart.lang;
    let id = chart.id;
    let columns = std::iter::once(Column::text(i18n::TABLE_ITEM.get(lang)))
        .chain(chart.series.iter().map(|s| Column::number(&s.name)))
        .collect();
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
        Page::Section(Section::Outcomes).path(lang),
        query_suffix(state)
    ));
    let embed_url = site.url(&Page::Embed(id).path(lang));
    let svg_url = site.url(&crate::paths::chart_svg(id, lang));
    let iframe = chart::embed::iframe(chart, &embed_url);
    let no_js = chart::embed::figure(chart, &svg_url, &page_url);
    view! {
        <p class="gw-chart__summary">{chart.summary()}</p>
        <DataTable caption=caption label=Label::Text(region_label) columns=columns>
            {rows.into_iter().map(|(category, cells)| view! {
                <tr>
                    <th scope="row">{category}</th>
                    {cells.into_iter().map(|c| view! { <td class="gw-num">{c}</td> }).collect_view()}
                </tr>
            }).collect_view()}
        </DataTable>
        {(!chart.notes.is_empty()).then(|| view! {
            <ul class="gw-chart__notes">{chart.notes.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ul>
        })}
        <div class="gw-chart__source">
            <p><strong>{i18n::FIELD_SOURCE.get(lang)}</strong></p>
            <ul>{sources}</ul>
            {embedded.then(|| view! { <p class="gw-muted">{chart.as_of_line()}</p> })}
        </div>
        {(!embedded).then(|| view! {
            <ul class="gw-chart__downloads">
                <li><a href=site.href(&crate::paths::chart_csv(id, lang)) download>{i18n::DOWNLOAD_CSV.get(lang)}</a></li>
                <li><a href=site.href(&crate::paths::chart_svg(id, lang)) download>{i18n::DOWNLOAD_SVG.get(lang)}</a></li>
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

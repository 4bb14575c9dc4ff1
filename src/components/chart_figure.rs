//! A chart as a figure: title, period and unit, the chart (the static SVG until ECharts has
//! drawn it, so nothing moves), the same data as a table, a summary sentence, the source
//! line, downloads (CSV, PNG, SVG) and embed snippets. The evaluation chart's measure tabs
//! live in the URL (`?metric=`), so a link restores them.

use leptos::html::Div;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::chart::{self, ChartData, ChartId, ChartState, Metric, chart_data};
use crate::components::figure::CitationBox;
use crate::i18n;
use crate::lang::Lang;
use crate::model;
use crate::route::Page;
use crate::site::use_site;

/// The `<meta>` in which the build records the chart library's hashed URL.
pub const ECHARTS_META: &str = "gw-echarts";

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
    let site = use_site();
    let query = use_query_map();
    let state =
        Memo::new(move |_| ChartState::from_query(|key| query.read().get(key)).for_chart(id));
    let data = Memo::new(move |_| match model::bundled() {
        Ok(d) => chart_data(d, id, lang, state.get()).map_err(|e| e.to_string()),
        Err(e) => Err(e.to_string()),
    });
    let slug = id.slug();
    let title_id = format!("chart-title-{slug}");
    let labelled_by = title_id.clone();
    let canvas = NodeRef::<Div>::new();
    let instance = StoredValue::new_local(None::<crate::echarts::Instance>);
    let status = RwSignal::new(None::<String>);
    let drawn = RwSignal::new(false);
    // The build's image shows the default state exactly, so the chart library (150 KB) is
    // fetched and drawn only when a reader reaches for the chart (a pointer over it, or the
    // PNG button) or the chart shows another state.
    let wanted = RwSignal::new(false);
    let png_requested = RwSignal::new(false);
    // Effects run only in the browser: controls stay disabled in the prerendered page.
    let running = RwSignal::new(false);
    Effect::new(move |_| running.set(true));

    let save_png = move || {
        let url = instance.with_value(|i| i.as_ref().map(|i| i.png_data_url()));
        match url {
            Some(Ok(url)) => save_as(&url, &format!("{slug}.{}.png", lang.code())),
            Some(Err(e)) => status.set(Some(e)),
            None => {}
        }
    };

    // Draw (and redraw on a new state) once wanted and the library is there.
    Effect::new(move |_| {
        let Ok(chart) = data.get() else { return };
        let Some(element) = canvas.get() else { return };
        if !wanted.get() && state.get() == ChartState::default() {
            return;
        }
        // A PNG asked for before the first drawing must not catch the animation midway.
        let animate = !png_requested.get_untracked() && !crate::echarts::prefers_reduced_motion();
        let option = chart.option_json(animate, false);
        let (src, integrity) = echarts_src();
        // A failure is shown, and the PNG button is free again for another try.
        let fail = move |e: String| {
            status.set(Some(e));
            png_requested.set(false);
        };
        leptos::task::spawn_local(async move {
            if let Err(e) = crate::echarts::load(&src, &integrity).await {
                fail(e);
                return;
            }
            if !element.is_connected() {
                return;
            }
            let existing = instance.try_with_value(|i| i.is_some()).unwrap_or(false);
            if !existing {
                let locale = if lang == Lang::Ko { "KO" } else { "EN" };
                match crate::echarts::init(&element, "canvas", locale) {
                    Ok(new) => {
                        let _ = instance.try_set_value(Some(new));
                    }
                    Err(e) => {
                        fail(e);
                        return;
                    }
                }
            }
            let result = instance.try_with_value(|i| i.as_ref().map(|i| i.set_option(&option)));
            match result {
                Some(Some(Err(e))) => fail(e),
                Some(Some(Ok(()))) => {
                    drawn.set(true);
                    if png_requested.get_untracked() {
                        png_requested.set(false);
                        save_png();
                    }
                }
                _ => {}
            }
        });
    });
    // Follow the window's size; registered in an effect, as it needs the browser.
    let resize = StoredValue::new_local(None::<WindowListenerHandle>);
    Effect::new(move |_| {
        if resize.with_value(Option::is_none) {
            let handle = window_event_listener(leptos::ev::resize, move |_| {
                instance.with_value(|i| {
                    if let Some(i) = i {
                        i.resize();
                    }
                });
            });
            resize.set_value(Some(handle));
        }
    });
    on_cleanup(move || {
        if let Some(Some(handle)) = resize.try_update_value(|h| h.take()) {
            handle.remove();
        }
        if let Some(Some(i)) = instance.try_update_value(|i| i.take()) {
            i.dispose();
        }
    });

    let download_png = move |_| {
        if drawn.get_untracked() {
            save_png();
        } else {
            png_requested.set(true);
            wanted.set(true);
        }
    };

    let body = move || {
        let site = site.clone();
        match data.get() {
            Err(message) => view! {
                <p class="gw-notice" role="alert">{i18n::CHART_ERROR.get(lang)} " " <code>{message}</code></p>
            }
            .into_any(),
            Ok(chart) => chart_body(&chart, &site, state.get(), embedded, status).into_any(),
        }
    };

    view! {
        <figure class="gw-chart" id=format!("chart-{slug}") aria-labelledby=labelled_by>
            <h2 class="gw-chart__title" id=title_id>{id.title().get(lang)}</h2>
            {move || data.get().ok().map(|c| view! {
                <p class="gw-chart__meta">
                    {c.period.clone()} " · " {c.unit.clone()}
                    {c.derived.then(|| view! { " " <span class="gw-badge">{i18n::DERIVED_BADGE.get(lang)}</span> })}
                </p>
            })}
            {(id == ChartId::Evaluation).then(|| view! { <MetricTabs lang=lang state=state/> })}
            <div class="gw-chart__box" on:pointerenter=move |_| wanted.set(true) on:pointerdown=move |_| wanted.set(true)>
                <div class="gw-chart__canvas" node_ref=canvas aria-hidden="true" data-gw-app="" class:gw-chart__canvas--drawn=move || drawn.get()>
                    // Until ECharts draws, the build's image of the chart, drawn at about the
                    // size shown, holds the place (and is what readers without JavaScript see).
                    {move || (!drawn.get()).then(|| display_image(id, lang, lazy_image))}
                </div>
            </div>
            {(!embedded).then(|| view! {
                <p class="gw-chart__actions">
                    <button type="button" class="gw-button gw-button--secondary" on:click=download_png disabled=move || !running.get() || png_requested.get()>
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
        .map(|(reference, figures)| {
            let links = figures
                .iter()
                .filter_map(|f| model::bundled().ok().and_then(|d| d.figure(f)).map(|x| (f.clone(), x.label.get(lang).to_string())))
                .map(|(f, label)| {
                    let href = site.href(&Page::Figure(f).path(lang));
                    view! { <a href=href target=embedded.then_some("_top")>{label}</a> }
                })
                .collect::<Vec<_>>();
            view! { <li>{reference.clone()} " — " {links.into_iter().map(|l| view! { {l} " " }).collect_view()}</li> }
        })
        .collect_view();
    let page_url = site.url(&format!(
        "{}{}",
        Page::Section(crate::route::Section::Outcomes).path(lang),
        query_suffix(state)
    ));
    let embed_url = site.url(&Page::Embed(id).path(lang));
    let svg_url = site.url(&chart::svg_path(id, lang));
    let source_line: Vec<&str> = chart.sources.iter().map(|(r, _)| r.as_str()).collect();
    let iframe = format!(
        r#"<iframe src="{embed_url}" title="{}" width="100%" height="640" loading="lazy" style="border:0"></iframe>"#,
        chart.title
    );
    let no_js = format!(
        r#"<figure><img src="{svg_url}" alt="{}" width="800" height="480"><figcaption>{} ({}). {}: {}. <a href="{page_url}">{}</a></figcaption></figure>"#,
        chart.summary().replace('"', "&quot;"),
        chart.title,
        chart.period,
        i18n::FIELD_SOURCE.get(lang),
        source_line.join("; "),
        i18n::SITE_NAME.get(lang)
    );
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

/// The chart library's URL and integrity hash, as the build recorded them in the page.
fn echarts_src() -> (String, String) {
    let meta = document()
        .query_selector(&format!(r#"meta[name="{ECHARTS_META}"]"#))
        .ok()
        .flatten();
    let attr = |name: &str| {
        meta.as_ref()
            .and_then(|m| m.get_attribute(name))
            .unwrap_or_default()
    };
    (attr("content"), attr("data-integrity"))
}

/// Saves a data URL as a file through a temporary download link.
fn save_as(url: &str, filename: &str) {
    use wasm_bindgen::JsCast;
    let Ok(a) = document().create_element("a") else {
        return;
    };
    let a: web_sys::HtmlAnchorElement = a.unchecked_into();
    a.set_href(url);
    a.set_download(filename);
    a.click();
}

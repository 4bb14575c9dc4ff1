//! Each chart's option, table, summary and CSV come from one struct and agree with the
//! model, in both languages and every state.

use crate::common::dataset;
use gwnic::build::chart::{ChartData, ChartId, ChartState, Metric, chart_data};
use gwnic::lang::Lang;

fn every_chart() -> Vec<ChartData> {
    let mut charts = Vec::new();
    for lang in Lang::ALL {
        for id in ChartId::ALL {
            let metrics: &[Metric] = if id == ChartId::Evaluation {
                &Metric::ALL
            } else {
                &[Metric::Firms]
            };
            for metric in metrics {
                let state = ChartState { metric: *metric };
                charts
                    .push(chart_data(dataset(), id, lang, state).unwrap_or_else(|e| panic!("{e}")));
            }
        }
    }
    charts
}

fn model_value(id: &str) -> f64 {
    let d = dataset();
    d.figure(id)
        .map(|f| f.value)
        .or_else(|| d.derived_figure(id).map(|f| f.value))
        .expect("figure exists")
}

#[test]
fn chart_series_table_summary_and_csv_agree_with_the_model() {
    for chart in every_chart() {
        let label = format!("{} ({})", chart.id.code(), chart.lang.code());
        let option: serde_json::Value =
            serde_json::from_str(&chart.option_json(false, false)).expect("option JSON");
        let series = option["series"].as_array().expect("series");
        assert_eq!(series.len(), chart.series.len(), "{label}");
        // A single axis serialises as an object, several as an array.
        let x_axis = if option["xAxis"].is_array() {
            &option["xAxis"][0]
        } else {
            &option["xAxis"]
        };
        assert_eq!(
            x_axis["data"].as_array().expect("categories").len(),
            chart.categories.len(),
            "{label}"
        );
        let rows = chart.table_rows();
        let summary = chart.summary();
        let csv = chart.csv();
        assert!(csv.starts_with('\u{FEFF}'));
        let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{FEFF}').as_bytes());
        let records: Vec<csv::StringRecord> =
            reader.records().map(|r| r.expect("csv row")).collect();
        for (s, data) in chart.series.iter().zip(series) {
            for (i, point) in s.points.iter().enumerate() {
                assert_eq!(
                    point.value,
                    model_value(&point.figure),
                    "{label}: {} equals the model",
                    point.figure
                );
                let plotted = data["data"][i].as_f64().expect("plotted value");
                assert!(
                    (plotted - chart.kind.plotted(point.value, chart.lang)).abs() < 1e-9,
                    "{label}: plotted"
                );
                // ECharts prints the plotted number as given, in labels and tooltips.
                let printed = data["data"][i].to_string();
                let decimals = printed.split('.').nth(1).map_or(0, str::len);
                assert!(decimals <= 2, "{label}: plotted {printed} is rounded");
                let text = chart.kind.text(point.value, chart.lang);
                let column = chart
                    .series
                    .iter()
                    .position(|x| x.name == s.name)
                    .expect("series");
                assert_eq!(rows[i].1[column], text, "{label}: table cell");
                assert!(
                    summary.contains(&text),
                    "{label}: summary lacks {text}: {summary}"
                );
                let record = records
                    .iter()
                    .find(|r| &r[4] == point.figure.as_str() && &r[1] == s.name.as_str())
                    .unwrap_or_else(|| panic!("{label}: CSV lacks {}", point.figure));
                assert_eq!(
                    record[2].parse::<f64>().expect("csv value"),
                    point.value,
                    "{label}: CSV value"
                );
                assert_eq!(&record[3], text.as_str(), "{label}: CSV text");
                assert_eq!(
                    &record[5],
                    point.derived.to_string().as_str(),
                    "{label}: CSV derived flag"
                );
            }
        }
        assert_eq!(
            records.len(),
            chart.series.iter().map(|s| s.points.len()).sum::<usize>(),
            "{label}: CSV rows"
        );
        assert!(!chart.sources.is_empty(), "{label}: a source line");
        assert!(!chart.period.is_empty(), "{label}: a period");
    }
}

#[test]
fn the_required_charts_show_the_required_figures() {
    let d = dataset();
    let figures = |id: ChartId| -> Vec<String> {
        chart_data(d, id, Lang::En, ChartState::default())
            .expect("chart")
            .series
            .iter()
            .flat_map(|s| s.points.iter().map(|p| p.figure.clone()))
            .collect()
    };
    assert_eq!(
        figures(ChartId::Growth),
        [
            "supported-revenue-growth",
            "supported-employment-growth",
            "cluster-revenue-growth",
            "cluster-employment-growth"
        ]
    );
    assert_eq!(
        figures(ChartId::FirmsSupported),
        ["rnd-firms-supported", "non-rnd-firms-supported"]
    );
    assert_eq!(
        figures(ChartId::Investment),
        ["mezoo-investment", "otom-investment"]
    );
    assert_eq!(
        figures(ChartId::RevenueShare),
        [
            "isens-commercialisation-revenue",
            "commercialisation-revenue-excluding-isens"
        ]
    );
    let index =
        chart_data(d, ChartId::GrowthIndex, Lang::En, ChartState::default()).expect("index");
    assert!(index.derived, "the compounded index is marked derived");
    let investment =
        chart_data(d, ChartId::Investment, Lang::En, ChartState::default()).expect("investment");
    assert!(
        investment.log_scale,
        "a scale that keeps the smaller bar readable"
    );
    assert!(
        investment
            .notes
            .iter()
            .any(|n| n.contains("neither gives a date or terms")),
        "the OTOM caveat travels with the chart"
    );
}

#[test]
fn the_evaluation_chart_keeps_periods_apart_and_its_tab_in_the_url() {
    let d = dataset();
    let jobs = ChartState {
        metric: Metric::Jobs,
    };
    let chart = chart_data(d, ChartId::Evaluation, Lang::En, jobs).expect("chart");
    assert_eq!(
        chart.categories,
        ["Phase 1 (2018–2021)", "Evaluation (2023–2024)"]
    );
    assert_eq!(
        chart.series[0]
            .points
            .iter()
            .map(|p| p.value)
            .collect::<Vec<_>>(),
        [126.0, 239.0]
    );
    let lookup = |q: &'static str| {
        move |key: &str| {
            q.split('&').find_map(|kv| {
                kv.split_once('=')
                    .filter(|(k, _)| *k == key)
                    .map(|(_, v)| v.to_string())
            })
        }
    };
    assert_eq!(
        ChartState::from_query(lookup("view=table&metric=jobs")),
        ChartState {
            metric: Metric::Jobs
        }
    );
    assert_eq!(
        ChartState::from_query(lookup("metric=%%%&view=chart")),
        ChartState::default()
    );
    assert_eq!(
        ChartState {
            metric: Metric::Revenue
        }
        .to_query(),
        "metric=revenue"
    );
    assert_eq!(ChartState::default().to_query(), "");
}

#[test]
fn exported_charts_carry_their_title_and_source_inside_the_image() {
    let chart =
        chart_data(dataset(), ChartId::Growth, Lang::Ko, ChartState::default()).expect("chart");
    let option: serde_json::Value =
        serde_json::from_str(&chart.option_json(false, true)).expect("json");
    let title = option["title"][0]["text"].as_str().expect("title");
    assert_eq!(
        title.replace('\n', " "),
        chart.title,
        "the title, wrapped at spaces"
    );
    assert!(
        option["title"][0]["subtext"]
            .as_str()
            .expect("subtext")
            .contains("전자신문")
    );
    let plain: serde_json::Value =
        serde_json::from_str(&chart.option_json(false, false)).expect("json");
    assert!(
        plain.get("title").is_none(),
        "on the page the title is HTML"
    );
}

#[test]
fn the_log_scale_starts_a_decade_below_the_smallest_bar() {
    for (lang, min) in [(Lang::Ko, 10.0), (Lang::En, 1.0)] {
        let chart =
            chart_data(dataset(), ChartId::Investment, lang, ChartState::default()).expect("chart");
        let option: serde_json::Value =
            serde_json::from_str(&chart.option_json(false, false)).expect("json");
        let y = if option["yAxis"].is_array() {
            &option["yAxis"][0]
        } else {
            &option["yAxis"]
        };
        assert_eq!(y["type"], "log");
        assert_eq!(y["min"].as_f64(), Some(min), "{}", lang.code());
    }
}

#[test]
fn every_tooltip_is_drawn_in_the_canvas_not_as_styled_html() {
    // The HTML tooltip writes `style` attributes, which the Content-Security-Policy blocks.
    for id in ChartId::ALL {
        for lang in Lang::ALL {
            let chart = chart_data(dataset(), id, lang, ChartState::default()).expect("chart");
            let option: serde_json::Value =
                serde_json::from_str(&chart.option_json(true, false)).expect("json");
            assert_eq!(option["tooltip"]["renderMode"], "richText", "{}", id.code());
        }
    }
}

#[test]
fn embed_snippets_escape_the_chart_text_they_carry() {
    let d = dataset();
    let mut chart = chart_data(d, ChartId::FirmsSupported, Lang::En, ChartState::default())
        .expect("chart builds");
    chart.title = r#"R&D "firms" <b>"#.into();
    let iframe =
        gwnic::build::chart::embed::iframe(&chart, "https://example.org/en/embed/x/?a=1&b=2");
    assert!(
        iframe.contains(r#"title="R&amp;D &quot;firms&quot; &lt;b&gt;""#),
        "{iframe}"
    );
    assert!(iframe.contains("?a=1&amp;b=2"), "{iframe}");
    let figure = gwnic::build::chart::embed::figure(
        &chart,
        "https://example.org/x.svg",
        "https://example.org/",
    );
    assert!(
        !figure.contains("<b>") && figure.contains("R&amp;D"),
        "{figure}"
    );
    assert_eq!(figure.matches("<figure>").count(), 1);
}

/// What a titled image says, its lines joined (the title block is wrapped by hand).
fn image_text(chart: &ChartData) -> String {
    let option: serde_json::Value =
        serde_json::from_str(&chart.option_json(false, true)).expect("json");
    let title = &option["title"][0];
    format!(
        "{} {}",
        title["text"].as_str().unwrap_or_default(),
        title["subtext"].as_str().unwrap_or_default()
    )
    .replace('\n', " ")
}

#[test]
fn a_plotted_figures_warning_is_on_the_face_of_the_chart_and_its_image() {
    let d = dataset();
    for chart in every_chart() {
        let plotted: Vec<String> = chart
            .series
            .iter()
            .flat_map(|s| s.points.iter().map(|p| p.figure.clone()))
            .flat_map(|id| match d.derived_figure(&id) {
                Some(derived) => derived.input_ids(),
                None => vec![id],
            })
            .collect();
        let text = image_text(&chart);
        for id in plotted {
            let Some(warning) = d.figure(&id).and_then(|f| f.warning.as_ref()) else {
                continue;
            };
            let warning = warning.get(chart.lang);
            assert!(
                chart.warnings.iter().any(|w| w == warning),
                "{:?} {:?}: {id}'s warning is not on the chart",
                chart.id,
                chart.lang
            );
            assert!(
                text.contains(warning),
                "{:?} {:?}: {id}'s warning is not in the image",
                chart.id,
                chart.lang
            );
        }
    }
    // The unconfirmed KRW 170 billion and the growth rates' missing base year are warned of.
    for id in [ChartId::Investment, ChartId::Growth, ChartId::GrowthIndex] {
        let chart = chart_data(d, id, Lang::En, ChartState::default()).expect("chart");
        assert!(!chart.warnings.is_empty(), "{id:?} has no warning");
    }
}

#[test]
fn no_line_of_an_images_title_block_runs_past_the_image() {
    // 760 px of text at ECharts' title (18 px) and subtext (12 px) sizes, with Hangul
    // a full em wide and Latin about half: the widest line must fit.
    let ems = |line: &str| -> f64 {
        line.chars()
            .map(|c| if c as u32 >= 0x1100 { 1.0 } else { 0.62 })
            .sum()
    };
    for chart in every_chart() {
        let option: serde_json::Value =
            serde_json::from_str(&chart.option_json(false, true)).expect("json");
        let title = &option["title"][0];
        for (field, font) in [("text", 18.0), ("subtext", 12.0)] {
            for line in title[field].as_str().unwrap_or_default().lines() {
                if !line.contains(' ') {
                    continue; // a single long word cannot be broken at a space
                }
                assert!(
                    ems(line) * font <= 760.0 * 1.1,
                    "{:?} {:?}: {field} line too long for the image: {line}",
                    chart.id,
                    chart.lang
                );
            }
        }
    }
}

#[test]
fn chart_text_is_at_least_the_sites_small_body_text() {
    const SMALL_TEXT_PX: f64 = 14.0; // 0.875rem, the stylesheet's --gw-step--1
    for chart in every_chart() {
        let option: serde_json::Value =
            serde_json::from_str(&chart.option_json(false, false)).expect("json");
        let size = |v: &serde_json::Value, what: &str| {
            let px = v
                .as_f64()
                .unwrap_or_else(|| panic!("{:?}: {what} has no font size", chart.id));
            assert!(px >= SMALL_TEXT_PX, "{:?}: {what} at {px} px", chart.id);
        };
        // One axis or legend is written as an object, several as a list.
        let first = |v: &serde_json::Value| v.get(0).cloned().unwrap_or_else(|| v.clone());
        size(
            &first(&option["xAxis"])["axisLabel"]["fontSize"],
            "category labels",
        );
        size(
            &first(&option["yAxis"])["axisLabel"]["fontSize"],
            "value labels",
        );
        let y = first(&option["yAxis"]);
        size(&y["nameTextStyle"]["fontSize"], "axis name");
        for series in option["series"].as_array().expect("series") {
            size(&series["label"]["fontSize"], "bar labels");
        }
        if option.get("legend").is_some() {
            size(&first(&option["legend"])["textStyle"]["fontSize"], "legend");
        }
    }
}

/// The outcomes page writes each chart's changing parts once per state, the default shown
/// and the others hidden, and each measure tab names a state that has its parts: the chart
/// island (`islands::chart`) shows the state the URL names by these attributes alone.
#[test]
fn the_outcomes_page_holds_every_state_of_each_chart_and_shows_the_default() {
    use gwnic::islands::chart::{STATE_ATTR, TAB_ATTR};
    use gwnic::route::{Page, Section};
    for lang in Lang::ALL {
        let body = crate::common::render(&Page::Section(Section::Outcomes).path(lang)).body;
        for id in ChartId::ALL {
            let start = body
                .find(&format!(r#"id="chart-{}""#, id.code()))
                .unwrap_or_else(|| panic!("{lang:?}: chart {} is on the page", id.code()));
            let end = start + body[start..].find("</figure>").expect("the figure closes");
            let figure = &body[start..end];
            for state in ChartState::all_for(id) {
                let query = state.to_query();
                let tags = opening_tags(figure, &format!(r#"{STATE_ATTR}="{query}""#));
                assert_eq!(
                    tags.len(),
                    2,
                    "{lang:?} {}: `{query}` has a head and a body",
                    id.code()
                );
                let hidden = state != ChartState::default();
                for tag in tags {
                    let is_hidden = tag
                        .split_whitespace()
                        .any(|a| a == "hidden" || a.starts_with("hidden="));
                    assert_eq!(
                        is_hidden,
                        hidden,
                        "{lang:?} {}: `{query}` hidden: {tag}",
                        id.code()
                    );
                }
                let data = chart_data(dataset(), id, lang, state).unwrap_or_else(|e| panic!("{e}"));
                assert!(
                    crate::common::unescape(figure).contains(&data.summary()),
                    "{lang:?} {}: `{query}` summary",
                    id.code()
                );
            }
            let tabs = figure.matches(&format!("{TAB_ATTR}=")).count();
            let expected = if id == ChartId::Evaluation {
                Metric::ALL.len()
            } else {
                0
            };
            assert_eq!(tabs, expected, "{lang:?} {}: tabs", id.code());
        }
    }
}

/// Every opening tag (without its `<` and `>`) that holds `needle`.
fn opening_tags<'a>(html: &'a str, needle: &str) -> Vec<&'a str> {
    html.match_indices(needle)
        .map(|(at, _)| {
            let open = html[..at].rfind('<').expect("inside a tag") + 1;
            let close = at + html[at..].find('>').expect("the tag closes");
            &html[open..close]
        })
        .collect()
}

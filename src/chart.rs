//! The outcome charts. Each is built from the model into one `ChartData`, which feeds the
//! ECharts option (through charming), the HTML table, the summary sentence and the CSV, so
//! the four cannot disagree. Pure: no leptos, no DOM.

use charming::Chart;
use charming::component::{Aria, Axis, Decal, Grid, Legend, Title};
use charming::element::{AxisType, Label, LabelPosition, Tooltip, Trigger};
use charming::series::Bar;

use crate::format;
use crate::i18n::{self, Text};
use crate::lang::Lang;
use crate::model::Dataset;
use crate::seed::Unit;

/// Colour-blind-safe (blue / vermillion / green, after Okabe and Ito), each at least 3:1
/// against white; ECharts adds decal patterns as a second cue.
pub const PALETTE: [&str; 3] = ["#0b5c8a", "#c84c00", "#00755a"];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChartId {
    Growth,
    GrowthIndex,
    FirmsSupported,
    RevenueShare,
    Investment,
    Evaluation,
}

impl ChartId {
    pub const ALL: [ChartId; 6] = [
        ChartId::Growth,
        ChartId::GrowthIndex,
        ChartId::FirmsSupported,
        ChartId::RevenueShare,
        ChartId::Investment,
        ChartId::Evaluation,
    ];

    pub const fn slug(self) -> &'static str {
        match self {
            ChartId::Growth => "growth",
            ChartId::GrowthIndex => "growth-index",
            ChartId::FirmsSupported => "firms-supported",
            ChartId::RevenueShare => "revenue-share",
            ChartId::Investment => "investment",
            ChartId::Evaluation => "evaluation",
        }
    }

    pub fn from_slug(slug: &str) -> Option<ChartId> {
        ChartId::ALL.into_iter().find(|c| c.slug() == slug)
    }

    pub const fn title(self) -> Text {
        match self {
            ChartId::Growth => i18n::CHART_GROWTH,
            ChartId::GrowthIndex => i18n::CHART_GROWTH_INDEX,
            ChartId::FirmsSupported => i18n::CHART_FIRMS_SUPPORTED,
            ChartId::RevenueShare => i18n::CHART_REVENUE_SHARE,
            ChartId::Investment => i18n::CHART_INVESTMENT,
            ChartId::Evaluation => i18n::CHART_EVALUATION,
        }
    }
}

/// The measure shown by the evaluation chart (its tabs).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Metric {
    #[default]
    Firms,
    Jobs,
    Revenue,
}

impl Metric {
    pub const ALL: [Metric; 3] = [Metric::Firms, Metric::Jobs, Metric::Revenue];

    pub const fn slug(self) -> &'static str {
        match self {
            Metric::Firms => "firms",
            Metric::Jobs => "jobs",
            Metric::Revenue => "revenue",
        }
    }

    pub const fn label(self) -> Text {
        match self {
            Metric::Firms => i18n::METRIC_FIRMS,
            Metric::Jobs => i18n::METRIC_JOBS,
            Metric::Revenue => i18n::METRIC_REVENUE,
        }
    }

    fn figures(self) -> [&'static str; 2] {
        match self {
            Metric::Firms => ["firms-attracted", "evaluation-firms-attracted"],
            Metric::Jobs => ["new-jobs", "evaluation-jobs"],
            Metric::Revenue => [
                "commercialisation-revenue",
                "evaluation-commercialisation-revenue",
            ],
        }
    }
}

/// What a chart shows beyond its data, kept in the URL so a link restores it: the
/// evaluation chart's measure, `?metric=jobs`. Unknown or malformed values fall back to
/// the default. (The table is always shown under the chart, so it needs no state.)
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ChartState {
    pub metric: Metric,
}

impl ChartState {
    pub fn from_query(lookup: impl Fn(&str) -> Option<String>) -> ChartState {
        ChartState {
            metric: lookup("metric")
                .and_then(|m| Metric::ALL.into_iter().find(|x| x.slug() == m))
                .unwrap_or_default(),
        }
    }

    /// What of the state chart `id` draws: only the evaluation chart has a measure.
    pub fn for_chart(self, id: ChartId) -> ChartState {
        if id == ChartId::Evaluation {
            self
        } else {
            ChartState::default()
        }
    }

    /// The query string (without `?`) that restores this state; empty for the defaults.
    pub fn to_query(self) -> String {
        let mut parts = Vec::new();
        if self.metric != Metric::default() {
            parts.push(format!("metric={}", self.metric.slug()));
        }
        parts.join("&")
    }
}

/// How values are written and scaled on the axis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ValueKind {
    PercentPerYear,
    Index,
    Count(Unit),
    Won,
}

impl ValueKind {
    /// The value as plotted: won are shown in 억 (10⁸) in Korean and billions in English,
    /// and every value is rounded as the table rounds it, because ECharts prints the bar
    /// labels and tooltips with all the digits it is given (a derived index would read
    /// 123.88246506249997). The exact values are in the downloads.
    pub fn plotted(self, value: f64, lang: Lang) -> f64 {
        let scaled = match (self, lang) {
            (ValueKind::Won, Lang::Ko) => value / 1e8,
            (ValueKind::Won, Lang::En) => value / 1e9,
            _ => value,
        };
        let factor = 10f64.powi(self.decimals() as i32);
        (scaled * factor).round() / factor
    }

    /// Decimals shown, at most: in table cells and, of the plotted value, on the chart.
    fn decimals(self) -> usize {
        match self {
            ValueKind::PercentPerYear | ValueKind::Won => 2,
            ValueKind::Index => 1,
            ValueKind::Count(_) => 0,
        }
    }

    /// The value as a table cell or in the summary.
    pub fn text(self, value: f64, lang: Lang) -> String {
        let number = format::decimal(value, self.decimals());
        match self {
            ValueKind::PercentPerYear => match lang {
                Lang::Ko => format!("연 {number}%"),
                Lang::En => format!("{number}% a year"),
            },
            ValueKind::Index | ValueKind::Count(_) => number,
            ValueKind::Won => format::krw(value, lang),
        }
    }

    /// The axis name.
    fn unit(self, lang: Lang) -> &'static str {
        match self {
            ValueKind::PercentPerYear => i18n::UNIT_PERCENT_PER_YEAR.get(lang),
            ValueKind::Index => i18n::UNIT_INDEX.get(lang),
            ValueKind::Count(Unit::Jobs) => i18n::UNIT_JOBS.get(lang),
            ValueKind::Count(_) => i18n::UNIT_FIRMS.get(lang),
            ValueKind::Won => i18n::UNIT_WON_SCALED.get(lang),
        }
    }
}

/// One bar: its model value and the figure it comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    pub value: f64,
    pub figure: String,
    pub derived: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SeriesData {
    pub name: String,
    pub points: Vec<Point>,
}

/// Everything a chart shows, in one language: the single source of its option, table,
/// summary and CSV.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartData {
    pub id: ChartId,
    pub lang: Lang,
    pub title: String,
    pub period: String,
    pub unit: String,
    pub kind: ValueKind,
    pub categories: Vec<String>,
    pub series: Vec<SeriesData>,
    pub stacked: bool,
    pub log_scale: bool,
    /// Whether any value was computed by this site rather than published by a source.
    pub derived: bool,
    /// Source references (`Electronic Times (etnews), 27 December 2022, paragraph 6`), each
    /// with the figures it supports.
    pub sources: Vec<(String, Vec<String>)>,
    pub notes: Vec<String>,
}

/// Why a chart could not be built: a figure it needs is missing from the data.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("chart `{chart}` needs figure `{figure}`, which the data does not have")]
pub struct ChartError {
    pub chart: &'static str,
    pub figure: String,
}

struct Builder<'a> {
    d: &'a Dataset,
    id: ChartId,
    lang: Lang,
}

impl Builder<'_> {
    fn point(&self, figure: &str) -> Result<Point, ChartError> {
        let missing = || ChartError {
            chart: self.id.slug(),
            figure: figure.to_string(),
        };
        match self.d.figure(figure) {
            Some(f) => Ok(Point {
                value: f.value,
                figure: figure.to_string(),
                derived: false,
            }),
            None => {
                let f = self.d.derived_figure(figure).ok_or_else(missing)?;
                Ok(Point {
                    value: f.value,
                    figure: figure.to_string(),
                    derived: true,
                })
            }
        }
    }

    fn series(&self, name: String, figures: &[&str]) -> Result<SeriesData, ChartError> {
        Ok(SeriesData {
            name,
            points: figures
                .iter()
                .map(|f| self.point(f))
                .collect::<Result<_, _>>()?,
        })
    }

    /// The sourced figures behind `figures` (a derived figure stands for its inputs).
    fn sourced_ids(&self, figures: &[String]) -> Vec<String> {
        let mut ids = Vec::new();
        for id in figures {
            match self.d.derived_figure(id) {
                Some(derived) => ids.extend(derived.inputs.iter().cloned()),
                None => ids.push(id.clone()),
            }
        }
        ids.dedup();
        ids
    }

    fn finish(
        &self,
        kind: ValueKind,
        categories: Vec<String>,
        series: Vec<SeriesData>,
        extra_notes: Vec<String>,
    ) -> ChartData {
        let all: Vec<String> = series
            .iter()
            .flat_map(|s| s.points.iter().map(|p| p.figure.clone()))
            .collect();
        let sourced = self.sourced_ids(&all);
        let mut sources: Vec<(String, Vec<String>)> = Vec::new();
        let mut periods: Vec<String> = Vec::new();
        let mut notes = extra_notes;
        for id in &sourced {
            let Some(f) = self.d.figure(id) else { continue };
            let period = format::period(f.period, self.lang);
            if !periods.contains(&period) {
                periods.push(period);
            }
            if let Some(source) = self.d.source(&f.source.id) {
                let reference = format::source_reference(source, f.source.paragraph, self.lang);
                match sources.iter_mut().find(|(r, _)| *r == reference) {
                    Some((_, ids)) => ids.push(id.clone()),
                    None => sources.push((reference, vec![id.clone()])),
                }
            }
            if let Some(caveat) = &f.caveat {
                let caveat = format!("{}: {}", f.label.get(self.lang), caveat.get(self.lang));
                if !notes.contains(&caveat) {
                    notes.push(caveat);
                }
            }
        }
        let derived = series.iter().any(|s| s.points.iter().any(|p| p.derived));
        ChartData {
            id: self.id,
            lang: self.lang,
            title: self.id.title().get(self.lang).to_string(),
            period: periods.join(" / "),
            unit: kind.unit(self.lang).to_string(),
            kind,
            categories,
            series,
            stacked: self.id == ChartId::RevenueShare,
            log_scale: self.id == ChartId::Investment,
            derived,
            sources,
            notes,
        }
    }

    fn label(&self, figure: &str) -> Result<String, ChartError> {
        self.d
            .figure(figure)
            .map(|f| f.label.get(self.lang).to_string())
            .ok_or_else(|| ChartError {
                chart: self.id.slug(),
                figure: figure.to_string(),
            })
    }

    fn scope(&self, figure: &str) -> Result<String, ChartError> {
        self.d
            .figure(figure)
            .map(|f| f.scope.get(self.lang).to_string())
            .ok_or_else(|| ChartError {
                chart: self.id.slug(),
                figure: figure.to_string(),
            })
    }
}

/// Builds chart `id` from the dataset, in `lang`, in the state `state`.
pub fn chart_data(
    d: &Dataset,
    id: ChartId,
    lang: Lang,
    state: ChartState,
) -> Result<ChartData, ChartError> {
    let b = Builder { d, id, lang };
    let measures = || {
        vec![
            i18n::CAT_REVENUE.get(lang).to_string(),
            i18n::CAT_EMPLOYMENT.get(lang).to_string(),
        ]
    };
    Ok(match id {
        ChartId::Growth => b.finish(
            ValueKind::PercentPerYear,
            measures(),
            vec![
                b.series(
                    b.scope("supported-revenue-growth")?,
                    &["supported-revenue-growth", "supported-employment-growth"],
                )?,
                b.series(
                    b.scope("cluster-revenue-growth")?,
                    &["cluster-revenue-growth", "cluster-employment-growth"],
                )?,
            ],
            vec![],
        ),
        ChartId::GrowthIndex => b.finish(
            ValueKind::Index,
            measures(),
            vec![
                b.series(
                    b.scope("supported-revenue-growth")?,
                    &["supported-revenue-index", "supported-employment-index"],
                )?,
                b.series(
                    b.scope("cluster-revenue-growth")?,
                    &["cluster-revenue-index", "cluster-employment-index"],
                )?,
            ],
            vec![i18n::NOTE_INDEX.get(lang).to_string()],
        ),
        ChartId::FirmsSupported => b.finish(
            ValueKind::Count(Unit::Firms),
            vec![
                b.label("rnd-firms-supported")?,
                b.label("non-rnd-firms-supported")?,
            ],
            vec![b.series(
                i18n::SERIES_FIRMS_SUPPORTED.get(lang).to_string(),
                &["rnd-firms-supported", "non-rnd-firms-supported"],
            )?],
            vec![i18n::NOTE_FIRMS_OVERLAP.get(lang).to_string()],
        ),
        ChartId::RevenueShare => {
            let share = d
                .derived_figure("isens-share-of-commercialisation-revenue")
                .map(|f| format::derived_value(f, lang))
                .ok_or_else(|| ChartError {
                    chart: id.slug(),
                    figure: "isens-share-of-commercialisation-revenue".into(),
                })?;
            b.finish(
                ValueKind::Won,
                vec![b.label("commercialisation-revenue")?],
                vec![
                    b.series(
                        b.label("isens-commercialisation-revenue")?,
                        &["isens-commercialisation-revenue"],
                    )?,
                    b.series(
                        i18n::SERIES_OTHER_PROJECTS.get(lang).to_string(),
                        &["commercialisation-revenue-excluding-isens"],
                    )?,
                ],
                vec![format!("{} {share}", i18n::NOTE_ISENS_SHARE.get(lang))],
            )
        }
        ChartId::Investment => b.finish(
            ValueKind::Won,
            vec![
                i18n::NAME_MEZOO.get(lang).to_string(),
                i18n::NAME_OTOM.get(lang).to_string(),
            ],
            vec![b.series(
                i18n::SERIES_INVESTMENT.get(lang).to_string(),
                &["mezoo-investment", "otom-investment"],
            )?],
            vec![i18n::NOTE_LOG_SCALE.get(lang).to_string()],
        ),
        ChartId::Evaluation => {
            let [phase1, later] = state.metric.figures();
            let period = |figure: &str| {
                d.figure(figure)
                    .map(|f| format::period(f.period, lang))
                    .unwrap_or_default()
            };
            let kind = match state.metric {
                Metric::Firms => ValueKind::Count(Unit::Firms),
                Metric::Jobs => ValueKind::Count(Unit::Jobs),
                Metric::Revenue => ValueKind::Won,
            };
            b.finish(
                kind,
                vec![
                    format!("{} ({})", i18n::CAT_PHASE1.get(lang), period(phase1)),
                    format!("{} ({})", i18n::CAT_EVALUATION.get(lang), period(later)),
                ],
                vec![b.series(state.metric.label().get(lang).to_string(), &[phase1, later])?],
                vec![i18n::NOTE_NOT_A_SERIES.get(lang).to_string()],
            )
        }
    })
}

impl ChartData {
    /// The ECharts option. `with_title` adds the title and source inside the image, for the
    /// PNG and SVG files; on the page they are HTML around the chart.
    pub fn to_chart(&self, animate: bool, with_title: bool) -> Chart {
        let mut chart = Chart::new()
            .color(PALETTE.to_vec())
            .background_color("#ffffff")
            .animation(animate)
            .aria(Aria::new().enabled(true).decal(Decal::new().show(true)))
            .tooltip(Tooltip::new().trigger(Trigger::Axis))
            .grid(
                Grid::new()
                    .left("3%")
                    .right("4%")
                    .bottom("3%")
                    // Without the title, a fixed band: on a phone the legend wraps to two
                    // lines and, with the axis name, needs about 70 px at any height.
                    .top(if with_title { "24%" } else { "72" })
                    .contain_label(true),
            )
            .x_axis(
                Axis::new()
                    .type_(AxisType::Category)
                    .data(self.categories.clone()),
            )
            .y_axis(self.value_axis());
        if with_title {
            let sources: Vec<&str> = self.sources.iter().map(|(r, _)| r.as_str()).collect();
            chart = chart.title(Title::new().text(self.title.clone()).subtext(format!(
                "{} · {}: {}",
                self.period,
                i18n::FIELD_SOURCE.get(self.lang),
                sources.join("; ")
            )));
        }
        if self.series.len() > 1 {
            chart = chart.legend(Legend::new().top(if with_title { "13%" } else { "0" }));
        }
        for series in &self.series {
            let values: Vec<f64> = series
                .points
                .iter()
                .map(|p| self.kind.plotted(p.value, self.lang))
                .collect();
            let mut bar = Bar::new().name(series.name.clone()).data(values).label(
                Label::new().show(true).position(if self.stacked {
                    LabelPosition::Inside
                } else {
                    LabelPosition::Top
                }),
            );
            if self.stacked {
                bar = bar.stack("total");
            }
            chart = chart.series(bar);
        }
        chart
    }

    fn value_axis(&self) -> Axis {
        let axis = Axis::new().name(self.unit.clone());
        if !self.log_scale {
            return axis.type_(AxisType::Value);
        }
        // Start a decade below the smallest bar, so that bar stays visible.
        let smallest = self
            .series
            .iter()
            .flat_map(|s| {
                s.points
                    .iter()
                    .map(|p| self.kind.plotted(p.value, self.lang))
            })
            .fold(f64::INFINITY, f64::min);
        let min = if smallest.is_finite() && smallest > 0.0 {
            10f64.powf(smallest.log10().floor() - 1.0)
        } else {
            1.0
        };
        axis.type_(AxisType::Log).min(min)
    }

    /// The option as the JSON ECharts reads.
    pub fn option_json(&self, animate: bool, with_title: bool) -> String {
        let mut option =
            serde_json::to_value(self.to_chart(animate, with_title)).unwrap_or_default();
        // charming 0.6 writes `aria.label: null` and an empty `decals` list, which would
        // replace ECharts' default patterns with none; ask for the defaults plainly.
        option["aria"] = serde_json::json!({ "enabled": true, "decal": { "show": true } });
        // The value axis's name starts at the axis instead of centring on it, which on a
        // phone would push its first words out of the chart.
        let name_style = serde_json::json!({ "align": "left" });
        match option.get_mut("yAxis") {
            Some(serde_json::Value::Array(axes)) => {
                for axis in axes {
                    axis["nameTextStyle"] = name_style.clone();
                }
            }
            Some(axis @ serde_json::Value::Object(_)) => axis["nameTextStyle"] = name_style,
            _ => {}
        }
        // ECharts' HTML tooltip writes `style` attributes, which the Content-Security-Policy
        // (no 'unsafe-inline') blocks; drawn as rich text it is part of the canvas.
        if let Some(tooltip) = option.get_mut("tooltip").and_then(|t| t.as_object_mut()) {
            tooltip.insert("renderMode".into(), "richText".into());
        }
        option.to_string()
    }

    /// Table rows: a category and one cell per series.
    pub fn table_rows(&self) -> Vec<(String, Vec<String>)> {
        self.categories
            .iter()
            .enumerate()
            .map(|(i, category)| {
                let cells = self
                    .series
                    .iter()
                    .map(|s| {
                        s.points
                            .get(i)
                            .map(|p| self.kind.text(p.value, self.lang))
                            .unwrap_or_default()
                    })
                    .collect();
                (category.clone(), cells)
            })
            .collect()
    }

    /// One sentence that says what the chart shows, with every value in it.
    pub fn summary(&self) -> String {
        let parts: Vec<String> = self
            .series
            .iter()
            .map(|s| {
                let values: Vec<String> = self
                    .categories
                    .iter()
                    .zip(&s.points)
                    .map(|(c, p)| format!("{c} {}", self.kind.text(p.value, self.lang)))
                    .collect();
                format!("{}: {}", s.name, values.join(", "))
            })
            .collect();
        format!("{} ({}). {}.", self.title, self.period, parts.join("; "))
    }

    /// The chart's data as CSV (UTF-8 with a BOM), with the model's unscaled values.
    pub fn csv(&self) -> String {
        let mut writer = csv::Writer::from_writer(Vec::new());
        let mut rows = vec![vec![
            "category".to_string(),
            "series".to_string(),
            "value".to_string(),
            "value_text".to_string(),
            "figure_id".to_string(),
            "derived".to_string(),
            "period".to_string(),
        ]];
        for s in &self.series {
            for (category, p) in self.categories.iter().zip(&s.points) {
                rows.push(vec![
                    category.clone(),
                    s.name.clone(),
                    p.value.to_string(),
                    self.kind.text(p.value, self.lang),
                    p.figure.clone(),
                    p.derived.to_string(),
                    self.period.clone(),
                ]);
            }
        }
        for row in rows {
            // Writing into memory cannot fail.
            let _ = writer.write_record(&row);
        }
        let bytes = writer.into_inner().unwrap_or_default();
        format!("\u{FEFF}{}", String::from_utf8_lossy(&bytes))
    }
}

/// Where the build writes a chart's files, from the site root.
pub fn csv_path(id: ChartId, lang: Lang) -> String {
    format!("/data/charts/{}.{}.csv", id.slug(), lang.code())
}

pub fn svg_path(id: ChartId, lang: Lang) -> String {
    format!("/data/charts/{}.{}.svg", id.slug(), lang.code())
}

pub fn option_path(id: ChartId, lang: Lang) -> String {
    format!("/data/charts/{}.{}.option.json", id.slug(), lang.code())
}

/// Widths (CSS px, height 3/5 of it) at which the build draws each chart as the image shown
/// until ECharts takes over, and the widest window each is for (`None`: any wider one).
/// Drawn at about the size it is shown, its text stays as large as the live chart's.
pub const DISPLAY_SIZES: [(u32, Option<u32>); 3] =
    [(400, Some(512)), (600, Some(736)), (800, None)];

/// The option the build draws the display image of width `width` from.
pub fn display_option_path(id: ChartId, lang: Lang, width: u32) -> String {
    format!(
        "/data/charts/{}.{}.w{width}.option.json",
        id.slug(),
        lang.code()
    )
}

/// The display image of width `width` (drawn by scripts/render-charts.mjs).
pub fn display_svg_path(id: ChartId, lang: Lang, width: u32) -> String {
    format!("/data/charts/{}.{}.w{width}.svg", id.slug(), lang.code())
}

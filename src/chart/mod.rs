//! The outcome charts. Each is built from the model into one `ChartData`, which feeds the
//! ECharts option (through charming), the HTML table, the summary sentence and the CSV, so
//! the four cannot disagree. Pure: no leptos, no DOM.

mod data;
pub mod embed;
// charming builds the options at build time only; the browser fetches them as JSON.
#[cfg(feature = "ssr")]
mod option;
mod table;

pub use data::{ChartData, ChartError, ChartSource, Point, SeriesData, chart_data};

use crate::format;
use crate::i18n::{self, Text};
use crate::lang::Lang;
use crate::model::Unit;

/// Colour-blind-safe (blue / vermillion / green, after Okabe and Ito), each at least 3:1
/// against white; ECharts adds decal patterns as a second cue.
pub const PALETTE: [&str; 3] = ["#0b5c8a", "#c84c00", "#00755a"];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
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
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
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
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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

    /// Every state `id` can be shown in, the default first.
    pub fn all_for(id: ChartId) -> Vec<ChartState> {
        if id == ChartId::Evaluation {
            Metric::ALL.map(|metric| ChartState { metric }).to_vec()
        } else {
            vec![ChartState::default()]
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
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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

/// The option the live chart draws in `state` (animated; the page turns animation off
/// for readers who ask for reduced motion). Built with the site, fetched when a reader
/// reaches for the chart, so the browser never builds an option itself.
pub fn live_option_path(id: ChartId, lang: Lang, state: ChartState) -> String {
    match state.to_query().as_str() {
        "" => format!("/data/charts/{}.{}.live.json", id.slug(), lang.code()),
        _ => format!(
            "/data/charts/{}.{}.{}.live.json",
            id.slug(),
            lang.code(),
            state.metric.slug()
        ),
    }
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

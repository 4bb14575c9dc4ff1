//! The outcome charts as both runtimes know them: which charts there are, the state a
//! chart shows (kept in the URL), and where the build writes each chart's files. The build
//! makes the charts (`build::chart`); the browser draws what it wrote. Pure.

use crate::i18n::{self, Text};
use crate::lang::Lang;

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

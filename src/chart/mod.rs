//! The outcome charts as both runtimes know them: which charts there are and the state a
//! chart shows (kept in the URL). The build makes the charts (`build::chart`) and writes
//! their files (`paths`); the browser draws what it wrote. Pure.

use crate::i18n::{self, Text};

crate::tokens! {
    pub enum ChartId {
        Growth = "growth",
        GrowthIndex = "growth-index",
        FirmsSupported = "firms-supported",
        RevenueShare = "revenue-share",
        Investment = "investment",
        Evaluation = "evaluation",
    }
}

impl ChartId {
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

crate::tokens! {
    /// The measure shown by the evaluation chart (its tabs).
    #[derive(Default)]
    pub enum Metric {
        #[default]
        Firms = "firms",
        Jobs = "jobs",
        Revenue = "revenue",
    }
}

impl Metric {
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
                .and_then(|m| Metric::ALL.into_iter().find(|x| x.code() == m))
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
            parts.push(format!("metric={}", self.metric.code()));
        }
        parts.join("&")
    }
}

/// Widths (CSS px, height 3/5 of it) at which the build draws each chart as the image shown
/// until ECharts takes over, and the widest window each is for (`None`: any wider one).
/// Drawn at about the size it is shown, its text stays as large as the live chart's.
pub const DISPLAY_SIZES: [(u32, Option<u32>); 3] =
    [(400, Some(512)), (600, Some(736)), (800, None)];

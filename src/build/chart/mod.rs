//! The outcome charts, built from the model. Each is one `ChartData`, which feeds the
//! ECharts option (through charming), the HTML table, the summary sentence and the CSV, so
//! the four cannot disagree.

mod data;
pub mod embed;
mod option;
mod table;

pub use crate::chart::*;
pub use data::{ChartData, ChartError, ChartSource, Point, SeriesData, chart_data};

use crate::build::format;
use crate::build::model::Unit;
use crate::i18n;
use crate::lang::Lang;

/// Colour-blind-safe (blue / vermillion / green, after Okabe and Ito), each at least 3:1
/// against white; ECharts adds decal patterns as a second cue.
pub const PALETTE: [&str; 3] = ["#0b5c8a", "#c84c00", "#00755a"];

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

/// The figures a measure of the evaluation chart compares: phase 1, then 2023–24.
pub fn metric_figures(metric: Metric) -> [&'static str; 2] {
    match metric {
        Metric::Firms => ["firms-attracted", "evaluation-firms-attracted"],
        Metric::Jobs => ["new-jobs", "evaluation-jobs"],
        Metric::Revenue => [
            "commercialisation-revenue",
            "evaluation-commercialisation-revenue",
        ],
    }
}

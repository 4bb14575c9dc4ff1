//! A chart's data, built from the model: one `ChartData` per chart and language.

use super::{ChartId, ChartState, Metric, ValueKind};
use crate::build::format;
use crate::build::model::{Dataset, Unit};
use crate::i18n;
use crate::lang::Lang;

/// One bar: its model value and the figure it comes from.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Point {
    pub value: f64,
    pub figure: String,
    pub derived: bool,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SeriesData {
    pub name: String,
    pub points: Vec<Point>,
}

/// Everything a chart shows, in one language: the single source of its option, table,
/// summary and CSV.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
    pub sources: Vec<ChartSource>,
    pub notes: Vec<String>,
    /// What a reader must know before reading the chart, shown on its face under the
    /// title (the plotted figures' warnings).
    pub warnings: Vec<String>,
    /// The site's "information as of" date (ISO), carried into every file of the chart.
    pub information_as_of: String,
}

/// A source of a chart and the figures it supports.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ChartSource {
    /// `Electronic Times (etnews), 27 December 2022, paragraph 6`
    pub reference: String,
    /// The source's address.
    pub url: String,
    /// Each figure's id and label.
    pub figures: Vec<(String, String)>,
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
            chart: self.id.code(),
            figure: figure.to_string(),
        };
        let f = self.d.figure_ref(figure).ok_or_else(missing)?;
        Ok(Point {
            value: f.value(),
            figure: figure.to_string(),
            derived: f.is_derived(),
        })
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
                Some(derived) => ids.extend(derived.input_ids()),
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
        let mut sources: Vec<ChartSource> = Vec::new();
        let mut periods: Vec<String> = Vec::new();
        let mut notes = extra_notes;
        let mut warnings: Vec<String> = Vec::new();
        for id in &sourced {
            let Some(f) = self.d.figure(id) else { continue };
            let period = format::period(f.period, self.lang);
            if !periods.contains(&period) {
                periods.push(period);
            }
            let reference = format::source_reference(&f.source, self.lang);
            let figure = (id.clone(), f.label.get(self.lang).to_string());
            match sources.iter_mut().find(|s| s.reference == reference) {
                Some(source) => source.figures.push(figure),
                None => sources.push(ChartSource {
                    reference,
                    url: f.source.source.url.clone(),
                    figures: vec![figure],
                }),
            }
            if let Some(warning) = &f.warning {
                let warning = warning.get(self.lang).to_string();
                if !warnings.contains(&warning) {
                    warnings.push(warning);
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
            warnings,
            information_as_of: self.d.information_as_of.to_string(),
        }
    }

    fn label(&self, figure: &str) -> Result<String, ChartError> {
        self.d
            .figure(figure)
            .map(|f| f.label.get(self.lang).to_string())
            .ok_or_else(|| ChartError {
                chart: self.id.code(),
                figure: figure.to_string(),
            })
    }

    fn scope(&self, figure: &str) -> Result<String, ChartError> {
        self.d
            .figure(figure)
            .map(|f| f.scope.get(self.lang).to_string())
            .ok_or_else(|| ChartError {
                chart: self.id.code(),
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
                .derived_figure(&d.named.revenue_share)
                .map(|f| format::derived_value(f, lang))
                .ok_or_else(|| ChartError {
                    chart: id.code(),
                    figure: d.named.revenue_share.clone(),
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
            let [phase1, later] = super::metric_figures(state.metric);
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

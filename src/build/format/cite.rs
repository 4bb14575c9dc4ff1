//! How a source and a figure are cited, in each language.

use super::{date, decimal, derived_value, figure_value, paragraph, period, value};
use crate::build::model::releases::Kept;
use crate::build::model::{Cite, FigureRef, Source};
use crate::lang::Lang;

/// A source's publisher and date: `Electronic Times (etnews), 27 December 2022`.
pub fn publication(source: &Source, lang: Lang) -> String {
    match &source.date {
        Some(d) => format!("{}, {}", source.publisher.get(lang), date(d, lang)),
        None => source.publisher.get(lang).to_string(),
    }
}

/// A source as cited: `Electronic Times (etnews), 27 December 2022, paragraph 1`.
pub fn source_reference(cite: &Cite, lang: Lang) -> String {
    let publication = publication(&cite.source, lang);
    match cite.paragraph {
        Some(p) => format!("{publication}, {}", paragraph(p, lang)),
        None => publication,
    }
}

/// A figure as one line of a table of figures, in `lang`.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureLine {
    pub id: String,
    pub label: String,
    pub value: String,
    /// Empty for a derived figure, whose period is its inputs'.
    pub period: String,
    /// Which set of results; `derived` for a computed figure.
    pub set: String,
    /// The source reference, or for a derived figure its formula.
    pub source: String,
}

pub fn figure_line(figure: FigureRef<'_>, lang: Lang) -> FigureLine {
    use crate::i18n::Named;
    let (period, set, source) = match figure {
        FigureRef::Sourced(f) => (
            period(f.period, lang),
            f.group.name().get(lang).to_string(),
            source_reference(&f.source, lang),
        ),
        FigureRef::Derived(f) => (
            String::new(),
            crate::i18n::DERIVED_BADGE.get(lang).to_string(),
            f.formula_text(),
        ),
    };
    FigureLine {
        id: figure.id().to_string(),
        label: figure.label().get(lang).to_string(),
        value: value(figure, lang),
        period,
        set,
        source,
    }
}

/// A download's kind and size: `CSV, 12.3 KB`.
pub fn file_size(path: &str, bytes: usize) -> String {
    let kind = path.rsplit('.').next().unwrap_or_default().to_uppercase();
    format!("{kind}, {} KB", decimal(bytes as f64 / 1024.0, 1))
}

/// A ready-made citation of a figure (sourced or derived) in `lang`.
/// `kept` says where its value is kept: a release (`/data/v/<version>/` keeps it for
/// good), or only the live data, when it changed after the newest release.
pub fn citation(figure: FigureRef<'_>, kept: Kept<'_>, lang: Lang) -> String {
    let site = crate::i18n::SITE_NAME.get(lang);
    let release = match (kept, lang) {
        (Kept::Release(v), Lang::Ko) => format!("데이터 {v}판"),
        (Kept::Release(v), Lang::En) => format!("data release {v}"),
        (Kept::Unreleased { since, as_of }, Lang::Ko) => {
            format!("{} 기준 데이터, {since}판 이후 변경", date(as_of, lang))
        }
        (Kept::Unreleased { since, as_of }, Lang::En) => {
            format!(
                "data of {}, changed since release {since}",
                date(as_of, lang)
            )
        }
    };
    let id = figure.id();
    match figure {
        FigureRef::Sourced(f) => {
            let reference = source_reference(&f.source, lang);
            let url = &f.source.source.url;
            let (label, value, span) = (
                f.label.get(lang),
                figure_value(f, lang),
                period(f.period, lang),
            );
            match lang {
                Lang::Ko => format!(
                    "{label}: {value}({span}). 출처: {reference}, {url}. {site} 누리집 수치 '{id}'({release})에서 재인용."
                ),
                Lang::En => format!(
                    "{label}: {value} ({span}). Source: {reference}, {url}. Via the {site} website, figure \"{id}\", {release}."
                ),
            }
        }
        FigureRef::Derived(f) => {
            let (label, value, formula) =
                (f.label.get(lang), derived_value(f, lang), f.formula_text());
            let inputs: Vec<String> = f
                .inputs
                .iter()
                .map(|x| source_reference(&x.source, lang))
                .collect();
            let inputs = inputs.join("; ");
            match lang {
                Lang::Ko => format!(
                    "{label}: {value}. {site} 누리집이 계산한 값({formula}, {release}). 원자료: {inputs}."
                ),
                Lang::En => format!(
                    "{label}: {value}. Computed by the {site} website as {formula} ({release}), from {inputs}."
                ),
            }
        }
    }
}

#[cfg(test)]
mod citation_tests {
    use super::super::fixtures::{derived, figure};
    use super::*;
    use crate::build::model::{DerivedKind, Unit};

    #[test]
    fn a_sourced_figure_is_cited_with_publisher_date_paragraph_and_address() {
        let f = figure("firms", Unit::Firms, 42.0, None);
        assert_eq!(
            citation(
                FigureRef::Sourced(&f),
                Kept::Release("2026-12-02"),
                Lang::En
            ),
            "Firms attracted: 42 firms (2018–2021). Source: The Daily, 4 March 2020, paragraph 2, https://example.org/a. Via the Gangwon National Innovation Cluster website, figure \"firms\", data release 2026-12-02."
        );
        assert_eq!(
            citation(
                FigureRef::Sourced(&f),
                Kept::Release("2026-12-02"),
                Lang::Ko
            ),
            "유치 기업: 42개사(2018~2021년). 출처: 일간지, 2020년 3월 4일, 2문단, https://example.org/a. 강원국가혁신클러스터 누리집 수치 'firms'(데이터 2026-12-02판)에서 재인용."
        );
    }

    #[test]
    fn a_derived_figure_is_cited_as_computed_with_its_formula_and_inputs() {
        let f = derived(DerivedKind::Share, 50.0);
        assert_eq!(
            citation(
                FigureRef::Derived(&f),
                Kept::Release("2026-12-02"),
                Lang::En
            ),
            "Share: 50%. Computed by the Gangwon National Innovation Cluster website as part ÷ whole × 100 (data release 2026-12-02), from The Daily, 4 March 2020, paragraph 2; The Daily, 4 March 2020, paragraph 2."
        );
        assert!(
            citation(FigureRef::Derived(&f), Kept::Release("2026-12-02"), Lang::Ko).starts_with(
                "몫: 50%. 강원국가혁신클러스터 누리집이 계산한 값(part ÷ whole × 100, 데이터 2026-12-02판)."
            )
        );
    }
}

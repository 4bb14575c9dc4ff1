//! Made-up figures for the format tests: a data correction never breaks them.

use std::sync::Arc;

use crate::build::model::{
    Bilingual, Cite, DerivedFigure, DerivedKind, Figure, Group, Period, Source, Unit,
};
use crate::build::seed::{CitedBy, Formula};
use crate::lang::Lang;

fn text(ko: &str, en: &str) -> Bilingual {
    Bilingual {
        ko: ko.into(),
        en: en.into(),
    }
}

pub fn source() -> Arc<Source> {
    Arc::new(Source {
        id: "daily-2020".into(),
        publisher: text("일간지", "The Daily"),
        title: text("제목", "A title"),
        date: crate::date::Date::parse("2020-03-04"),
        url: "https://example.org/a".into(),
        language: Lang::Ko,
        cited_by: CitedBy::Paragraph,
        paragraphs: Some(9),
        note: None,
    })
}

pub fn figure(id: &str, unit: Unit, value: f64, out_of: Option<f64>) -> Figure {
    Figure {
        id: id.into(),
        group: Group::Phase1,
        headline: false,
        value,
        unit,
        out_of,
        part_of: None,
        period: Period {
            start: Some(2018),
            end: 2021,
            as_of: None,
        },
        scope: text("범위", "Scope"),
        label: text("유치 기업", "Firms attracted"),
        definition: text("정의", "Definition"),
        source: Cite {
            source: source(),
            paragraph: Some(2),
        },
        caveat: None,
        warning: None,
    }
}

pub fn derived(kind: DerivedKind, value: f64) -> DerivedFigure {
    let part = Arc::new(figure("part", Unit::Krw, 1.0, None));
    let whole = Arc::new(figure("whole", Unit::Krw, 2.0, None));
    DerivedFigure {
        id: "share".into(),
        formula: Formula::Share {
            part: "part".into(),
            whole: "whole".into(),
        },
        label: text("몫", "Share"),
        definition: text("정의", "Definition"),
        value,
        kind,
        inputs: vec![part, whole],
    }
}

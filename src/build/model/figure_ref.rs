//! A figure of either kind, sourced or derived, and the rules that span both kinds.

use std::collections::HashMap;
use std::sync::Arc;

use super::derived::{DerivedFigure, DerivedUnit};
use super::figures::Figure;
use super::files::SeedFile;
use super::validate::Checker;
use crate::build::seed::Bilingual;
use crate::lang::Lang;
use crate::why;

/// A figure of either kind: what a figure page, a chart, a story card and the downloads
/// need to know without caring whether it was sourced or computed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FigureRef<'a> {
    Sourced(&'a Figure),
    Derived(&'a DerivedFigure),
}

/// A figure's unit: a sourced figure's, or the unit a derived figure's formula gives.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, schemars::JsonSchema)]
#[serde(untagged)]
pub enum FigureUnit {
    Sourced(crate::build::seed::Unit),
    Derived(DerivedUnit),
}

impl<'a> FigureRef<'a> {
    pub fn id(self) -> &'a str {
        match self {
            FigureRef::Sourced(f) => &f.id,
            FigureRef::Derived(f) => &f.id,
        }
    }

    pub fn label(self) -> &'a Bilingual {
        match self {
            FigureRef::Sourced(f) => &f.label,
            FigureRef::Derived(f) => &f.label,
        }
    }

    pub fn definition(self) -> &'a Bilingual {
        match self {
            FigureRef::Sourced(f) => &f.definition,
            FigureRef::Derived(f) => &f.definition,
        }
    }

    pub fn value(self) -> f64 {
        match self {
            FigureRef::Sourced(f) => f.value,
            FigureRef::Derived(f) => f.value,
        }
    }

    /// The unit, as the published data names it (its schema lists every one).
    pub fn unit(self) -> FigureUnit {
        match self {
            FigureRef::Sourced(f) => FigureUnit::Sourced(f.unit),
            FigureRef::Derived(f) => FigureUnit::Derived(f.unit()),
        }
    }

    /// Stable unit code used in the published data.
    pub fn unit_code(self) -> &'static str {
        match self {
            FigureRef::Sourced(f) => f.unit.code(),
            FigureRef::Derived(f) => f.unit_code(),
        }
    }

    /// The sourced figure it is, or for a derived one the first of its inputs (whose
    /// group, period and scope it shares).
    pub fn basis(self) -> &'a Figure {
        match self {
            FigureRef::Sourced(f) => f,
            FigureRef::Derived(f) => f.first_input(),
        }
    }

    pub fn is_derived(self) -> bool {
        matches!(self, FigureRef::Derived(_))
    }
}

/// Each figure's page is titled by its label, so no two figures, sourced or derived, share
/// one in either language.
pub(crate) fn check_unique_labels(
    figures: &[Arc<Figure>],
    derived: &[DerivedFigure],
    c: &mut Checker,
) {
    let labelled = figures
        .iter()
        .map(|f| (SeedFile::Figures, f.id.as_str(), &f.label))
        .chain(
            derived
                .iter()
                .map(|f| (SeedFile::Derived, f.id.as_str(), &f.label)),
        );
    let mut seen: HashMap<(Lang, &str), &str> = HashMap::new();
    for (file, id, label) in labelled {
        for lang in Lang::ALL {
            if let Some(other) = seen.insert((lang, label.get(lang)), id) {
                let text = label.get(lang);
                c.entry(file, id).fail(
                    "label",
                    why!(
                        "{lang:?} 이름이 `{other}`의 이름과 같습니다: {text:?}. 수치마다 페이지 제목이 달라야 합니다",
                        "{lang:?} label {text:?} is also `{other}`'s: each figure's page needs its own title"
                    ),
                );
            }
        }
    }
}

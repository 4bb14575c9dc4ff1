//! Figures computed from sourced ones, by the formulas in `seeds/derived.json`.

use std::sync::Arc;

use super::figures::Figure;
use super::files::SeedFile;
use super::validate::{Checker, Entry};
use crate::build::seed::{Bilingual, DerivedSeed, Formula, Unit};
use crate::why;

/// A figure computed from sourced ones.
#[derive(Clone, Debug, PartialEq)]
pub struct DerivedFigure {
    pub id: String,
    pub formula: Formula,
    pub label: Bilingual,
    pub definition: Bilingual,
    pub value: f64,
    pub kind: DerivedKind,
    /// The sourced figures it is computed from, in formula order; never empty.
    pub inputs: Vec<Arc<Figure>>,
}

/// What a derived value is, for formatting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DerivedKind {
    /// A percentage share.
    Share,
    /// An index where the start is 100.
    Index { years: u32 },
    /// US dollars converted at the rate of `year`.
    Usd { year: u16 },
    /// A sum in won.
    Won,
}

crate::tokens! {
    /// The units a derived figure's value is in.
    pub enum DerivedUnit {
        /// A share, in per cent.
        Percent = "percent",
        /// An index where the start is 100.
        Index = "index",
        Usd = "usd",
        Krw = "krw",
    }
}

impl DerivedFigure {
    /// The formula in words, with the ids of its inputs: `a ÷ b × 100`.
    pub fn formula_text(&self) -> String {
        match &self.formula {
            Formula::Share { part, whole } => format!("{part} ÷ {whole} × 100"),
            Formula::Compound { rate, years } => format!("100 × (1 + {rate} ÷ 100)^{years}"),
            Formula::Convert { amount, rate } => format!("{amount} ÷ {rate}"),
            Formula::Difference { whole, part } => format!("{whole} − {part}"),
        }
    }

    /// The unit its value is in, as the published data names it.
    pub fn unit(&self) -> DerivedUnit {
        match self.kind {
            DerivedKind::Share => DerivedUnit::Percent,
            DerivedKind::Index { .. } => DerivedUnit::Index,
            DerivedKind::Usd { .. } => DerivedUnit::Usd,
            DerivedKind::Won => DerivedUnit::Krw,
        }
    }

    /// Stable unit code used in the published data.
    pub fn unit_code(&self) -> &'static str {
        self.unit().code()
    }

    /// The first input, whose group, period and scope the derived figure shares.
    pub fn first_input(&self) -> &Figure {
        &self.inputs[0]
    }

    pub fn input_ids(&self) -> Vec<String> {
        self.inputs.iter().map(|f| f.id.clone()).collect()
    }
}

pub(crate) fn compute_derived(
    seeds: Vec<DerivedSeed>,
    figures: &[Arc<Figure>],
    c: &mut Checker,
) -> Vec<DerivedFigure> {
    let file = SeedFile::Derived;
    c.unique_ids(file, seeds.iter().map(|d| d.id.as_str()));
    let mut out = Vec::new();
    for d in seeds {
        let mut e = c.entry(file, &d.id);
        e.require(
            !figures.iter().any(|f| f.id == d.id),
            "id",
            why!(
                "출처가 있는 수치가 이미 이 id를 쓰고 있습니다",
                "a sourced figure already has this id"
            ),
        );
        e.text("label", &d.label);
        e.text("definition", &d.definition);
        if let Some((value, kind, inputs)) = compute(&d.formula, figures, &mut e) {
            out.push(DerivedFigure {
                id: d.id,
                formula: d.formula,
                label: d.label,
                definition: d.definition,
                value,
                kind,
                inputs,
            });
        }
    }
    out
}

type Computed = (f64, DerivedKind, Vec<Arc<Figure>>);

fn compute(formula: &Formula, figures: &[Arc<Figure>], e: &mut Entry<'_>) -> Option<Computed> {
    let mut input = |field: &str, id: &str, unit: Unit| -> Option<Arc<Figure>> {
        match figures.iter().find(|f| f.id == id) {
            None => {
                e.fail(
                    field,
                    why!(
                        "출처가 있는 수치 중에 없는 id를 가리킵니다: `{id}`",
                        "refers to `{id}`, which is no sourced figure"
                    ),
                );
                None
            }
            Some(f) if f.unit != unit => {
                let (have, need) = (f.unit.code(), unit.code());
                e.fail(
                    field,
                    why!(
                        "`{id}`의 단위({have})가 계산식에 필요한 단위({need})와 다릅니다",
                        "`{id}` is in {have}, the formula needs {need}"
                    ),
                );
                None
            }
            Some(f) => Some(f.clone()),
        }
    };
    match formula {
        Formula::Share { part, whole } => {
            let p = input("formula.part", part, Unit::Krw);
            let w = input("formula.whole", whole, Unit::Krw);
            let (p, w) = (p?, w?);
            if w.value > 0.0 {
                Some((p.value / w.value * 100.0, DerivedKind::Share, vec![p, w]))
            } else {
                e.fail(
                    "formula.whole",
                    why!("전체 값이 0입니다", "the whole is zero"),
                );
                None
            }
        }
        Formula::Compound { rate, years } => {
            let r = input("formula.rate", rate, Unit::PercentPerYear);
            if *years == 0 {
                e.fail(
                    "formula.years",
                    why!("1 이상이어야 합니다", "must be at least 1"),
                );
            }
            let r = r?;
            // A period of n years holds n − 1 steps of growth unless its base year lies
            // before it: compounding more steps than that needs the rate's caveat to say so.
            let steps = r
                .period
                .start
                .map(|start| r.period.end.saturating_sub(start));
            let id = &r.id;
            let (allows_ko, allows_en) = match steps {
                Some(s) => (format!("{s}번"), format!("{s} steps")),
                None => ("시작 연도 모름".to_string(), "start unknown".to_string()),
            };
            e.require(
                steps.is_some_and(|s| u32::from(s) >= *years) || r.caveat.is_some(),
                "formula.years",
                why!(
                    "{years}년 치 성장을 계산하지만, `{id}`의 기간으로는 그보다 적습니다({allows_ko}). 증가율에 그 이유를 밝힌 유의사항이 있어야 합니다",
                    "{years} years of growth from `{id}` ({allows_en}), which allows fewer: the rate needs a caveat saying why"
                ),
            );
            let index = 100.0 * (1.0 + r.value / 100.0).powi(*years as i32);
            Some((index, DerivedKind::Index { years: *years }, vec![r]))
        }
        Formula::Convert { amount, rate } => {
            let a = input("formula.amount", amount, Unit::Krw);
            let r = input("formula.rate", rate, Unit::KrwPerUsd);
            let (a, r) = (a?, r?);
            (r.value > 0.0).then(|| {
                let year = r.period.end;
                (a.value / r.value, DerivedKind::Usd { year }, vec![a, r])
            })
        }
        Formula::Difference { whole, part } => {
            let w = input("formula.whole", whole, Unit::Krw);
            let p = input("formula.part", part, Unit::Krw);
            let (w, p) = (w?, p?);
            if p.value <= w.value {
                Some((w.value - p.value, DerivedKind::Won, vec![w, p]))
            } else {
                e.fail(
                    "formula.part",
                    why!(
                        "부분이 전체보다 큽니다",
                        "the part is larger than the whole"
                    ),
                );
                None
            }
        }
    }
}

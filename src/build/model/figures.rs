//! Sourced figures and the discrepancies between sources (a figure of either kind is a
//! `FigureRef`, in figure_ref.rs).

use std::collections::HashMap;
use std::sync::Arc;

use super::files::SeedFile;
use super::validate::Checker;
use super::{Cite, Group, Period};
use crate::build::seed::{Bilingual, DiscrepancySeed, FigureSeed, Unit};
use crate::why;

/// A sourced figure, its source resolved.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub id: String,
    pub group: Group,
    /// A headline figure: shown as a card on the overview or why-Wonju page.
    pub headline: bool,
    pub value: f64,
    pub unit: Unit,
    pub out_of: Option<f64>,
    /// The id of a figure this one is a part of (same unit, never larger).
    pub part_of: Option<String>,
    pub period: Period,
    pub scope: Bilingual,
    pub label: Bilingual,
    pub definition: Bilingual,
    pub source: Cite,
    pub caveat: Option<Bilingual>,
    /// Shown on the face of every chart that plots the figure.
    pub warning: Option<Bilingual>,
}

impl Figure {
    /// How recent the figure is, for "newest first": the last year it covers, then the
    /// month it was reported where the period gives one.
    pub fn recency(&self) -> (u16, u8) {
        (self.period.end, self.period.as_of.map_or(0, |m| m.month))
    }
}

pub(crate) fn resolve_figures(seeds: Vec<FigureSeed>, c: &mut Checker) -> Vec<Arc<Figure>> {
    let file = SeedFile::Figures;
    c.unique_ids(file, seeds.iter().map(|f| f.id.as_str()));
    let by_id: HashMap<&str, &FigureSeed> = seeds.iter().map(|f| (f.id.as_str(), f)).collect();
    let mut parts_total: HashMap<&str, f64> = HashMap::new();
    let mut out = Vec::new();
    for f in &seeds {
        let mut e = c.entry(file, &f.id);
        e.text("label", &f.label);
        e.text("scope", &f.scope);
        e.text("definition", &f.definition);
        e.optional_text("caveat", f.caveat.as_ref());
        e.optional_text("warning", f.warning.as_ref());
        e.require(
            f.warning.is_none() || f.caveat.is_some(),
            "warning",
            why!(
                "경고는 유의사항의 요약입니다. 유의사항도 함께 적으십시오",
                "a warning is the caveat in short: give the caveat too"
            ),
        );
        let source = e.cite("source", &f.source);
        // Only a change can go down; every other unit counts or measures something.
        let value = f.value;
        e.require(
            f.value.is_finite() && (f.value >= 0.0 || f.unit == Unit::PercentChange),
            "value",
            why!(
                "유한한 숫자여야 하며, 음수는 단위가 percent_change일 때만 쓸 수 있습니다: {value}",
                "must be a finite number, negative only for a percent_change: {value}"
            ),
        );
        let Period { start, end, as_of } = f.period;
        let years = 2000..=2100;
        match (start, as_of) {
            (Some(start), None) => e.require(
                start <= end && years.contains(&start) && years.contains(&end),
                "period",
                why!(
                    "올바른 기간이 아닙니다: {start}–{end}",
                    "{start}–{end} is not a valid period"
                ),
            ),
            (Some(_), Some(_)) => e.fail(
                "period.as_of",
                why!(
                    "출처에 시작 연도가 없는 기간에만 씁니다(`start`를 빼십시오)",
                    "only for a period whose start no source gives (leave out `start`)"
                ),
            ),
            (None, None) => e.fail(
                "period",
                why!(
                    "`start`가 없습니다. 기간이 \"…보도 기준\"으로 나오도록 보도한 달인 `as_of`를 적으십시오",
                    "no `start`: give `as_of`, the month of the report, so the period reads \"as reported by\""
                ),
            ),
            (None, Some(month)) => {
                e.require(
                    month.year == end && years.contains(&end),
                    "period.as_of",
                    why!(
                        "기간의 끝 연도({end})에 속하지 않는 달입니다: {month}",
                        "{month} is not in the period's end year {end}"
                    ),
                );
                // A figure cannot be reported after the report that gives it.
                if let Some(date) = source.as_ref().and_then(|c| c.source.date) {
                    e.require(
                        (month.year, month.month) <= (date.year, date.month),
                        "period.as_of",
                        why!(
                            "출처 날짜({date})보다 늦은 달입니다: {month}",
                            "{month} is after the source's date {date}"
                        ),
                    );
                }
            }
        }
        match (f.unit, f.out_of) {
            (Unit::Indicators, None) => e.fail(
                "out_of",
                why!(
                    "지표 수에는 `out_of`가 필요합니다",
                    "a count of indicators needs `out_of`"
                ),
            ),
            (_, Some(total)) if f.value > total => e.fail(
                "value",
                why!(
                    "out_of({total})보다 큽니다: {value}",
                    "{value} is larger than out_of {total}"
                ),
            ),
            (Unit::Rank, _) if f.value < 1.0 => e.fail(
                "value",
                why!("순위는 1부터 시작합니다", "a rank starts at 1"),
            ),
            (Unit::PercentShare, _) if f.value > 100.0 => e.fail(
                "value",
                why!(
                    "비율은 100%를 넘을 수 없습니다: {value}",
                    "a share is at most 100%, not {value}"
                ),
            ),
            _ => {}
        }
        if let Some(whole_id) = &f.part_of {
            *parts_total.entry(whole_id.as_str()).or_default() += f.value;
            match by_id.get(whole_id.as_str()) {
                None => e.fail(
                    "part_of",
                    why!(
                        "없는 수치입니다: `{whole_id}`",
                        "unknown figure `{whole_id}`"
                    ),
                ),
                Some(whole) if whole.unit != f.unit => {
                    let (unit, whole_unit) = (f.unit.code(), whole.unit.code());
                    e.fail(
                        "part_of",
                        why!(
                            "단위가 `{whole_id}`의 단위({whole_unit})와 다릅니다: {unit}",
                            "unit {unit} differs from `{whole_id}`'s {whole_unit}"
                        ),
                    )
                }
                Some(whole) if f.value > whole.value => {
                    let whole_value = whole.value;
                    e.fail(
                        "value",
                        why!(
                            "부분({value})이 전체 `{whole_id}`({whole_value})보다 큽니다",
                            "the part ({value}) is larger than its whole `{whole_id}` ({whole_value})"
                        ),
                    )
                }
                Some(_) => {}
            }
        }
        if let Some(source) = source {
            out.push(Arc::new(Figure {
                id: f.id.clone(),
                group: f.group,
                headline: f.headline,
                value: f.value,
                unit: f.unit,
                out_of: f.out_of,
                part_of: f.part_of.clone(),
                period: f.period,
                scope: f.scope.clone(),
                label: f.label.clone(),
                definition: f.definition.clone(),
                source,
                caveat: f.caveat.clone(),
                warning: f.warning.clone(),
            }));
        }
    }
    // Parts together must not exceed their whole either.
    let mut wholes: Vec<_> = parts_total.into_iter().collect();
    wholes.sort_by(|a, b| a.0.cmp(b.0));
    for (whole_id, total) in wholes {
        if let Some(whole) = by_id.get(whole_id) {
            let whole_value = whole.value;
            c.entry(file, whole_id).require(
                total <= whole.value * (1.0 + 1e-9),
                "value",
                why!(
                    "부분의 합({total})이 전체({whole_value})보다 큽니다",
                    "its parts add up to {total}, more than the whole ({whole_value})"
                ),
            );
        }
    }
    out
}

/// Where sources disagree: each side's claim with its source, and our reading.
#[derive(Clone, Debug, PartialEq)]
pub struct Discrepancy {
    pub id: String,
    /// Figures (sourced or derived) the disagreement concerns; shown next to each.
    pub figures: Vec<String>,
    pub topic: Bilingual,
    pub claims: Vec<Claim>,
    pub note: Bilingual,
}

/// One source's side of a disagreement.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    pub says: Bilingual,
    pub source: Cite,
}

pub(crate) fn resolve_discrepancies(
    seeds: Vec<DiscrepancySeed>,
    figure_exists: impl Fn(&str) -> bool,
    c: &mut Checker,
) -> Vec<Discrepancy> {
    let file = SeedFile::Discrepancies;
    c.unique_ids(file, seeds.iter().map(|d| d.id.as_str()));
    seeds
        .into_iter()
        .map(|d| {
            let mut e = c.entry(file, &d.id);
            e.text("topic", &d.topic);
            e.text("note", &d.note);
            for figure in &d.figures {
                e.require(
                    figure_exists(figure),
                    "figures",
                    why!("없는 수치입니다: `{figure}`", "unknown figure `{figure}`"),
                );
            }
            e.require(
                d.claims.len() >= 2,
                "claims",
                why!(
                    "출처가 엇갈리는 항목에는 두 출처 이상의 주장이 있어야 합니다",
                    "a discrepancy needs at least two sources' claims"
                ),
            );
            let claims = d
                .claims
                .into_iter()
                .enumerate()
                .filter_map(|(i, claim)| {
                    e.text(format!("claims[{i}].says"), &claim.says);
                    // The page sets each claim in quotation marks of its own.
                    for said in [&claim.says.ko, &claim.says.en] {
                        e.require(
                            !said.starts_with(['“', '"', '\'']),
                            format!("claims[{i}].says"),
                            why!(
                                "따옴표로 시작합니다. 따옴표는 페이지가 따로 붙입니다",
                                "starts with a quotation mark: the page adds its own"
                            ),
                        );
                    }
                    let r = crate::build::seed::SourceRef {
                        id: claim.source,
                        paragraph: claim.paragraph,
                    };
                    e.cite(format!("claims[{i}]"), &r).map(|source| Claim {
                        says: claim.says,
                        source,
                    })
                })
                .collect();
            Discrepancy {
                id: d.id,
                figures: d.figures,
                topic: d.topic,
                claims,
                note: d.note,
            }
        })
        .collect()
}

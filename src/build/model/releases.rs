//! Data releases: each version of the published figures, what changed between versions
//! (computed by comparing them, never written by hand) and a figure's history across them.
//! The newest release in `seeds/releases.json` is the live data; every older one carries
//! a snapshot of its figures as published, and its files stay frozen in `releases/<version>/`.
//! Pure: no leptos, no web_sys.

use serde::{Deserialize, Serialize};

use super::files::SeedFile;
use super::validate::Checker;
use crate::build::model::{Bilingual, FigureRef};
use crate::build::seed::Period;
use crate::why;

/// A figure as one release published it: enough to show it and to compare it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    pub id: String,
    pub label: Bilingual,
    pub value: f64,
    pub unit: String,
    /// The value as the release's files wrote it; `None` for the live release, whose
    /// figures are written as the site writes them now (`format::snapshot_value`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub formatted: Option<Bilingual>,
    /// As `figures.json` publishes it (a derived figure's is its first input's).
    pub period: Period,
}

impl Snapshot {
    /// The live figure, compared on its value, unit and period.
    pub fn of(figure: FigureRef<'_>) -> Snapshot {
        Snapshot {
            id: figure.id().to_string(),
            label: figure.label().clone(),
            value: figure.value(),
            unit: figure.unit_code().to_string(),
            formatted: None,
            period: figure.basis().period,
        }
    }

    /// Whether a reader would see another figure: another value, unit, or period.
    /// (Values recomputed by another build may differ in the last bits of a float.)
    fn differs(&self, other: &Snapshot) -> bool {
        let (a, b) = (self.value, other.value);
        (a - b).abs() > 1e-9 * a.abs().max(b.abs())
            || self.unit != other.unit
            || self.period != other.period
    }
}

/// One data release, newest first in the seeds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReleaseSeed {
    /// The day it was published, `YYYY-MM-DD`.
    pub version: String,
    pub summary: Bilingual,
    /// The figures as published (every release has them: `release` writes them when it
    /// cuts the release, with its files in `releases/<version>/`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figures: Option<Vec<Snapshot>>,
    /// The SHA-256 of each file in `releases/<version>/`, by name, recorded when it was
    /// cut: the build refuses a folder that differs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub files: Option<std::collections::BTreeMap<String, String>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReleasesFile {
    /// The JSON Schema the file follows (`seeds/schemas/`), for editors; the checker
    /// ignores it.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub releases: Vec<ReleaseSeed>,
}

/// A release with its figures, and what it changed from the one before.
#[derive(Clone, Debug, PartialEq)]
pub struct Release {
    pub version: String,
    pub summary: Bilingual,
    pub figures: Vec<Snapshot>,
    /// Its files' SHA-256, by name.
    pub files: std::collections::BTreeMap<String, String>,
    /// Empty for the first release.
    pub changes: Vec<Change>,
    /// The newest release: what a figure unchanged since is cited to.
    pub is_current: bool,
    pub is_first: bool,
}

/// How one figure differs between two releases.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    Added(Snapshot),
    Changed { before: Snapshot, after: Snapshot },
    Removed(Snapshot),
}

impl Release {
    /// How many figures it added, changed and removed.
    pub fn counts(&self) -> (usize, usize, usize) {
        let count = |pick: fn(&Change) -> bool| self.changes.iter().filter(|c| pick(c)).count();
        (
            count(|c| matches!(c, Change::Added(_))),
            count(|c| matches!(c, Change::Changed { .. })),
            count(|c| matches!(c, Change::Removed(_))),
        )
    }
}

impl Change {
    pub fn id(&self) -> &str {
        match self {
            Change::Added(s) | Change::Removed(s) => &s.id,
            Change::Changed { after, .. } => &after.id,
        }
    }
}

/// What `new` changed from `old`: figures added, changed and removed, each in the order
/// of the release that has them.
pub fn diff(old: &[Snapshot], new: &[Snapshot]) -> Vec<Change> {
    let find = |list: &[Snapshot], id: &str| list.iter().find(|s| s.id == id).cloned();
    let mut changes: Vec<Change> = new
        .iter()
        .filter_map(|after| match find(old, &after.id) {
            None => Some(Change::Added(after.clone())),
            Some(before) if before.differs(after) => Some(Change::Changed {
                before,
                after: after.clone(),
            }),
            Some(_) => None,
        })
        .collect();
    changes.extend(
        old.iter()
            .filter(|s| find(new, &s.id).is_none())
            .map(|s| Change::Removed(s.clone())),
    );
    changes
}

/// The releases newest first, each with its figures and what it changed from the one
/// before. Versions are dates, newest first, one per date; every release carries the
/// snapshot of the figures it published, and never changes once cut: what the data says
/// after it is an unreleased change ([`unreleased`]) until the next release is cut.
pub(crate) fn resolve(seeds: ReleasesFile, c: &mut Checker) -> Vec<Release> {
    let file = SeedFile::Releases;
    if seeds.releases.is_empty() {
        c.entry(file, "releases").fail(
            "releases",
            why!("판이 하나도 없습니다", "there is no release"),
        );
    }
    for (i, r) in seeds.releases.iter().enumerate() {
        let mut e = c.entry(file, &r.version);
        e.require(
            super::validate::is_iso_date(&r.version),
            "version",
            why!(
                "판 버전은 YYYY-MM-DD 형식의 날짜로 적어야 합니다",
                "a version is a date, YYYY-MM-DD"
            ),
        );
        e.text("summary", &r.summary);
        if let Some(older) = seeds.releases.get(i + 1) {
            let before = &older.version;
            e.require(
                older.version < r.version,
                "version",
                why!(
                    "{before} 판 앞에 적혀 있습니다: 판은 최신 판부터, 날짜마다 하나씩 적습니다",
                    "listed before {before}: releases go newest first, one per date"
                ),
            );
        }
        match &r.figures {
            None => e.fail(
                "figures",
                why!(
                    "판에는 그 판에서 발표한 수치의 스냅숏이 있어야 합니다(`scripts/release`가 작성합니다)",
                    "a release needs the snapshot of the figures it published (`scripts/release` writes it)"
                ),
            ),
            Some(figures) => {
                e.require(
                    r.files.as_ref().is_some_and(|f| !f.is_empty()),
                    "files",
                    why!(
                        "판에는 파일별 체크섬이 있어야 합니다(`scripts/release`가 작성합니다)",
                        "a release needs the checksums of its files (`scripts/release` writes them)"
                    ),
                );
                for (j, s) in figures.iter().enumerate() {
                    e.require(
                        s.formatted.is_some(),
                        format!("figures[{j}].formatted"),
                        why!(
                            "고정된 판은 값마다 발표한 그대로의 표기를 보관해야 합니다",
                            "a frozen release keeps each value as it published it"
                        ),
                    );
                }
            }
        }
    }
    let snapshots: Vec<Vec<Snapshot>> = seeds
        .releases
        .iter()
        .map(|r| r.figures.clone().unwrap_or_default())
        .collect();
    let count = seeds.releases.len();
    seeds
        .releases
        .into_iter()
        .enumerate()
        .map(|(i, r)| Release {
            version: r.version,
            summary: r.summary,
            figures: snapshots[i].clone(),
            files: r.files.unwrap_or_default(),
            changes: snapshots
                .get(i + 1)
                .map(|older| diff(older, &snapshots[i]))
                .unwrap_or_default(),
            is_current: i == 0,
            is_first: i + 1 == count,
        })
        .collect()
}

/// Where a figure's live value is kept: in the newest release, when it has not changed
/// since (a citation names that release), or only in the live data.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kept<'a> {
    Release(&'a str),
    /// Added or changed after release `since`; the live data of `as_of` has it.
    Unreleased {
        since: &'a str,
        as_of: crate::date::Date,
    },
}

/// What the live figures changed since the newest release: the unreleased changes (none
/// just after a release is cut).
pub fn unreleased(releases: &[Release], live: &[Snapshot]) -> Vec<Change> {
    releases
        .first()
        .map(|newest| diff(&newest.figures, live))
        .unwrap_or_default()
}

/// A figure in each release that has it, newest first: (version, snapshot).
pub fn history<'a>(releases: &'a [Release], id: &str) -> Vec<(&'a str, &'a Snapshot)> {
    releases
        .iter()
        .filter_map(|r| {
            r.figures
                .iter()
                .find(|s| s.id == id)
                .map(|s| (r.version.as_str(), s))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snap(id: &str, value: f64, year: u16) -> Snapshot {
        Snapshot {
            id: id.into(),
            label: Bilingual {
                ko: format!("{id} 수치"),
                en: format!("{id} figure"),
            },
            value,
            unit: "firms".into(),
            formatted: Some(Bilingual {
                ko: format!("{value}개"),
                en: format!("{value}"),
            }),
            period: Period {
                start: None,
                end: year,
                as_of: None,
            },
        }
    }

    #[test]
    fn the_diff_lists_added_changed_and_removed_figures() {
        let old = [
            snap("a", 1.0, 2021),
            snap("b", 2.0, 2021),
            snap("c", 3.0, 2021),
        ];
        let new = [
            snap("a", 1.0, 2021),
            snap("b", 5.0, 2021),
            snap("d", 4.0, 2022),
        ];
        let changes = diff(&old, &new);
        assert_eq!(
            changes,
            [
                Change::Changed {
                    before: snap("b", 2.0, 2021),
                    after: snap("b", 5.0, 2021)
                },
                Change::Added(snap("d", 4.0, 2022)),
                Change::Removed(snap("c", 3.0, 2021)),
            ]
        );
    }

    #[test]
    fn a_new_period_is_a_change_and_a_relabelled_figure_is_not() {
        let old = [snap("a", 1.0, 2021)];
        let mut relabelled = snap("a", 1.0, 2021);
        relabelled.label.en = "A better label".into();
        assert!(diff(&old, &[relabelled]).is_empty());
        let noise = [snap("a", 1.0 + 1e-15, 2021)];
        assert!(
            diff(&old, &noise).is_empty(),
            "a float's last bits are not a change"
        );
        let moved = [snap("a", 1.0, 2022)];
        assert_eq!(diff(&old, &moved).len(), 1);
        assert!(diff(&old, &old).is_empty());
    }

    #[test]
    fn history_lists_each_release_that_has_the_figure_newest_first() {
        let release = |v: &str, figures: Vec<Snapshot>| Release {
            version: v.into(),
            summary: Bilingual {
                ko: "요약".into(),
                en: "Summary".into(),
            },
            figures,
            files: Default::default(),
            changes: vec![],
            is_current: false,
            is_first: false,
        };
        let releases = [
            release("2026-12-02", vec![snap("a", 3.0, 2023)]),
            release("2026-11-25", vec![snap("b", 1.0, 2021)]),
            release("2026-11-24", vec![snap("a", 2.0, 2021)]),
        ];
        let h: Vec<(&str, f64)> = history(&releases, "a")
            .into_iter()
            .map(|(v, s)| (v, s.value))
            .collect();
        assert_eq!(h, [("2026-12-02", 3.0), ("2026-11-24", 2.0)]);
    }
}

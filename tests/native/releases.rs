//! Data releases: every release is cut once and never changes. An edit after the newest
//! release is an unreleased change, shown and cited as one; cutting a release leaves every
//! earlier release byte for byte the same; the seeds refuse releases out of order or
//! without their snapshot and checksums; the build refuses a release folder that changed.

use std::path::{Path, PathBuf};

use gwnic::build::format;
use gwnic::build::model::releases::{Change, Kept};
use gwnic::build::model::{Bilingual, Dataset, SeedFile};
use gwnic::build::prerender::archive;
use gwnic::lang::Lang;

use crate::common::{dataset, seed_error};

/// The real seed line of one figure's value, and the same line with another value.
const FIRMS_VALUE: &str = r#""value": 42, "unit": "firms""#;
const FIRMS_EDITED: &str = r#""value": 47, "unit": "firms""#;

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A copy of the repository's seeds and releases in a temporary folder.
fn copy_of_repo(name: &str) -> PathBuf {
    let root = std::env::temp_dir().join(format!("gw-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    for dir in ["seeds", "releases"] {
        copy_dir(&repo().join(dir), &root.join(dir));
    }
    root
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            copy_dir(&path, &to.join(entry.file_name()));
        } else {
            std::fs::copy(&path, to.join(entry.file_name())).unwrap();
        }
    }
}

/// Every file under `dir`, by path relative to it, with its bytes.
fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push((
                    path.strip_prefix(dir).unwrap().to_path_buf(),
                    std::fs::read(&path).unwrap(),
                ));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn an_edit_after_the_newest_release_is_an_unreleased_change_cited_as_one() {
    let texts = crate::common::texts();
    let edited = texts
        .get(SeedFile::Figures)
        .replacen(FIRMS_VALUE, FIRMS_EDITED, 1);
    assert_ne!(
        edited,
        texts.get(SeedFile::Figures),
        "test set-up: the edit changed nothing"
    );
    let d = Dataset::parse(&texts.with(SeedFile::Figures, edited)).expect("the edit is valid");
    let newest = d.current_version().to_string();
    assert_eq!(
        d.unreleased.iter().map(Change::id).collect::<Vec<_>>(),
        ["firms-attracted"],
        "only the edited figure is unreleased"
    );
    let kept = d.kept("firms-attracted");
    assert!(
        matches!(kept, Kept::Unreleased { since, .. } if since == newest),
        "{kept:?}"
    );
    let figure = d.figure_ref("firms-attracted").unwrap();
    let en = format::citation(figure, kept, Lang::En);
    assert!(
        en.contains(&format!("changed since release {newest}")),
        "{en}"
    );
    let ko = format::citation(figure, kept, Lang::Ko);
    assert!(ko.contains(&format!("{newest}판 이후 변경")), "{ko}");
    // A figure the edit did not touch is still cited to the release that keeps it.
    let other = d
        .all_figures()
        .find(|f| f.id() != "firms-attracted")
        .unwrap();
    assert_eq!(d.kept(other.id()), Kept::Release(&newest));
    let cited = format::citation(other, d.kept(other.id()), Lang::En);
    assert!(cited.contains(&format!("data release {newest}")), "{cited}");
    // The changelog lists it above the releases, as not yet released; the real data shows
    // the section exactly when it has unreleased changes.
    let d: &'static Dataset = Box::leak(Box::new(d));
    for lang in Lang::ALL {
        let path = gwnic::route::Page::Changelog.path(lang);
        let body = gwnic::build::prerender::render(d, &path).body;
        let section = body
            .split("data-unreleased")
            .nth(1)
            .unwrap_or_else(|| panic!("{path}: no unreleased section"));
        let section = section.split("</section>").next().unwrap();
        assert!(
            section.contains(r#"data-figure="firms-attracted""#),
            "{path}: {section}"
        );
        assert!(
            body.find("data-unreleased") < body.find("data-version="),
            "{path}: above the releases"
        );
        let real = crate::common::render(&path).body;
        assert_eq!(
            real.contains("data-unreleased"),
            !dataset().unreleased.is_empty(),
            "{path}"
        );
    }
}

#[test]
fn cutting_a_release_after_an_edit_leaves_every_earlier_release_byte_for_byte_the_same() {
    let root = copy_of_repo("release-cut");
    let figures = root.join(SeedFile::Figures.path());
    let text = std::fs::read_to_string(&figures).unwrap();
    std::fs::write(&figures, text.replacen(FIRMS_VALUE, FIRMS_EDITED, 1)).unwrap();
    let before = files(&root.join("releases"));
    let d: &'static Dataset = Box::leak(Box::new(Dataset::load(&root).expect("the edit loads")));
    assert_eq!(d.unreleased.len(), 1);
    let summary = Bilingual {
        ko: "시험 판".into(),
        en: "A test release".into(),
    };
    archive::release(&root, d, "2030-01-01", summary.clone()).unwrap_or_else(|e| panic!("{e}"));
    // Every earlier release's files are as they were.
    let after = files(&root.join("releases"));
    let earlier: Vec<_> = after
        .iter()
        .filter(|(p, _)| !p.starts_with("2030-01-01"))
        .cloned()
        .collect();
    assert_eq!(earlier, before, "an earlier release's files changed");
    // The new release is the newest, holds the edit, and nothing is unreleased.
    let cut: &'static Dataset = Box::leak(Box::new(
        Dataset::load(&root).unwrap_or_else(|e| panic!("{e}")),
    ));
    assert_eq!(cut.current_version(), "2030-01-01");
    assert!(cut.unreleased.is_empty(), "{:?}", cut.unreleased);
    assert_eq!(
        cut.releases[0]
            .changes
            .iter()
            .map(Change::id)
            .collect::<Vec<_>>(),
        ["firms-attracted"]
    );
    archive::check(&root, cut).unwrap_or_else(|e| panic!("{e}"));
    // Published, each release is its folder exactly.
    let dist = root.join("dist");
    archive::publish(&root, &dist, cut).unwrap();
    for r in &cut.releases {
        assert_eq!(
            files(&dist.join("data/v").join(&r.version)),
            files(&archive::release_dir(&root, &r.version)),
            "/data/v/{}/ is not its release folder",
            r.version
        );
    }
    // A release of a day already cut, or earlier, is refused; so is an empty summary.
    let again = archive::release(&root, cut, "2030-01-01", summary.clone()).unwrap_err();
    assert!(again.contains("must be later"), "{again}");
    let empty = Bilingual {
        ko: String::new(),
        en: "x".into(),
    };
    let refused = archive::release(&root, cut, "2030-02-01", empty).unwrap_err();
    assert!(refused.contains("summary"), "{refused}");
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn releases_out_of_order_or_without_their_snapshot_are_refused() {
    let d = dataset();
    let newest = &d.releases[0].version;
    let older = &d.releases[1].version;
    // Swapping the first two dates puts an older release on top.
    let text = crate::common::text(SeedFile::Releases).replacen(
        &format!("\"version\": \"{newest}\""),
        &format!("\"version\": \"{older}\""),
        1,
    );
    let e = match Dataset::parse(&crate::common::texts().with(SeedFile::Releases, text)) {
        Ok(_) => panic!("two releases of one date were accepted"),
        Err(e) => e.to_string(),
    };
    assert!(
        e.contains("seeds/releases.json") && e.contains("newest first, one per date"),
        "{e}"
    );
    let e = seed_error(
        SeedFile::Releases,
        &format!("\"version\": \"{newest}\""),
        "\"version\": \"2026-13-99\"",
    );
    assert!(e.contains("a version is a date"), "{e}");
    let e = seed_error(SeedFile::Releases, "\"figures\": [", "\"figures_gone\": [");
    assert!(e.contains("seeds/releases.json"), "{e}");
}

#[test]
fn a_release_without_its_snapshot_or_checksums_is_refused_naming_it() {
    let d = dataset();
    for (field, i) in [("figures", 0), ("files", 1)] {
        let mut file: serde_json::Value =
            serde_json::from_str(crate::common::text(SeedFile::Releases)).unwrap();
        file["releases"][i].as_object_mut().unwrap().remove(field);
        let texts = crate::common::texts().with(SeedFile::Releases, file.to_string());
        let e = Dataset::parse(&texts).unwrap_err().to_string();
        assert!(
            e.contains(&format!(
                "entry `{}`, field `{field}`",
                d.releases[i].version
            )),
            "{e}"
        );
    }
}

#[test]
fn the_bundled_releases_agree_with_their_snapshots_and_checksums() {
    archive::check(repo(), dataset()).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn a_release_folder_that_changed_or_has_no_release_is_refused() {
    let d = dataset();
    let root = copy_of_repo("release-changed");
    let old = &d.releases[1];
    let folder = archive::release_dir(&root, &old.version);
    // One byte of a CSV: the checksum no longer matches.
    let csv = folder.join("sources.csv");
    let mut bytes = std::fs::read(&csv).unwrap();
    bytes.push(b'\n');
    std::fs::write(&csv, bytes).unwrap();
    // A value in figures.json: its snapshot disagrees too.
    let json = folder.join("figures.json");
    let text = std::fs::read_to_string(&json).unwrap();
    let first = &old.figures[0];
    let edited = text.replacen(
        &format!(
            "\"value\": {}",
            serde_json::to_string(&first.value).unwrap()
        ),
        "\"value\": 123456789",
        1,
    );
    assert_ne!(edited, text, "test set-up: the edit changed nothing");
    std::fs::write(&json, edited).unwrap();
    std::fs::create_dir_all(archive::release_dir(&root, "2001-01-01")).unwrap();
    let e = archive::check(&root, d).unwrap_err();
    // `check` reports the same problems in Korean, under seeds/releases.json at the release.
    let problems = archive::problems(&root, d);
    let ko = gwnic::build::check::report(
        &gwnic::build::model::DataError::Invalid(problems),
        None,
        Lang::Ko,
    );
    assert!(
        ko.contains(&format!(
            "항목 `{}`, 필드 `releases/{}/sources.csv`: 판을 낸 뒤에 바뀌었습니다",
            old.version, old.version
        )),
        "{ko}"
    );
    let _ = std::fs::remove_dir_all(&root);
    assert!(
        e.contains("sources.csv`: has changed since the release was cut"),
        "{e}"
    );
    assert!(
        e.contains("figures.json`: has changed since the release was cut"),
        "{e}"
    );
    assert!(
        e.contains(&format!("entry `{}`, field `figures`", old.version)) && e.contains(&first.id),
        "{e}"
    );
    assert!(e.contains("no release `2001-01-01`"), "{e}");
}

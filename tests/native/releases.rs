//! Data releases: a fixture release shows its changed figure with old and new values, the
//! seeds refuse releases out of order or without the snapshot they need, and the build
//! refuses a frozen folder that disagrees with its snapshot or has no release.

use gwnic::build::model::releases::Change;
use gwnic::build::model::{Dataset, SeedFile};
use gwnic::build::prerender::archive;
use gwnic::lang::Lang;

use crate::common::{dataset, seed_error};

const FIXTURE_VERSION: &str = "2030-01-01";

/// The releases with a fixture release on top, whose previous release (the live
/// data frozen) had `firms-attracted` at another value.
fn with_fixture_release(old_value: f64) -> Dataset {
    let d = dataset();
    let mut file: serde_json::Value = serde_json::from_str(crate::common::text(SeedFile::Releases))
        .expect("releases.json parses");
    let live: Vec<serde_json::Value> = d.releases[0]
        .figures
        .iter()
        .map(|s| {
            let mut v = serde_json::to_value(s).unwrap();
            // A frozen release keeps each value as it was written.
            let figure = d.figure_ref(&s.id).expect("a live figure");
            let written = |lang| gwnic::build::format::value(figure, lang);
            v["formatted"] =
                serde_json::json!({ "ko": written(Lang::Ko), "en": written(Lang::En) });
            if s.id == "firms-attracted" {
                v["value"] = old_value.into();
                v["formatted"]["en"] = format!("{old_value} firms").into();
            }
            v
        })
        .collect();
    let releases = file["releases"].as_array_mut().unwrap();
    releases[0]["figures"] = live.into();
    releases.insert(
        0,
        serde_json::json!({
            "version": FIXTURE_VERSION,
            "summary": { "ko": "시험 판", "en": "A fixture release" }
        }),
    );
    let texts = crate::common::texts().with(SeedFile::Releases, file.to_string());
    Dataset::parse(&texts).unwrap_or_else(|e| panic!("the fixture release must parse:\n{e}"))
}

#[test]
fn a_changed_figure_in_a_fixture_release_shows_its_old_and_new_value() {
    let live_value = dataset().figure("firms-attracted").unwrap().value;
    let d = with_fixture_release(live_value - 5.0);
    let newest = &d.releases[0];
    assert!(newest.is_current);
    let changes: Vec<&Change> = newest.changes.iter().collect();
    assert_eq!(
        changes.len(),
        1,
        "only the edited figure changed: {changes:?}"
    );
    match changes[0] {
        Change::Changed { before, after } => {
            assert_eq!(after.id, "firms-attracted");
            assert_eq!(before.value, live_value - 5.0);
            assert_eq!(after.value, live_value);
            assert_eq!(
                before.formatted.as_ref().map(|t| t.en.as_str()),
                Some(format!("{} firms", live_value - 5.0).as_str())
            );
            assert_eq!(
                after.formatted, None,
                "the live release is formatted when shown"
            );
        }
        other => panic!("expected a change, got {other:?}"),
    }
    // The history lists the figure in every release, the fixture first.
    let history = gwnic::build::model::releases::history(&d.releases, "firms-attracted");
    assert_eq!(history.len(), d.releases.len());
    assert_eq!(history[0].0, FIXTURE_VERSION);
    assert_eq!(history[1].1.value, live_value - 5.0);
}

#[test]
fn the_same_values_again_are_no_change() {
    let live_value = dataset().figure("firms-attracted").unwrap().value;
    let d = with_fixture_release(live_value);
    assert!(d.releases[0].changes.is_empty());
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
fn an_older_release_without_its_snapshot_is_refused_naming_it() {
    let d = dataset();
    let mut file: serde_json::Value =
        serde_json::from_str(crate::common::text(SeedFile::Releases)).unwrap();
    file["releases"][1]
        .as_object_mut()
        .unwrap()
        .remove("figures");
    let texts = crate::common::texts().with(SeedFile::Releases, file.to_string());
    let e = Dataset::parse(&texts).unwrap_err().to_string();
    assert!(
        e.contains(&format!(
            "entry `{}`, field `figures`",
            d.releases[1].version
        )),
        "{e}"
    );
}

#[test]
fn the_bundled_frozen_releases_agree_with_their_snapshots() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    archive::check(root, dataset()).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn a_frozen_folder_that_disagrees_or_has_no_release_is_refused() {
    let d = dataset();
    let old = &d.releases[1];
    let root = std::env::temp_dir().join(format!("gw-releases-test-{}", std::process::id()));
    let folder = archive::release_dir(&root, &old.version);
    std::fs::create_dir_all(&folder).unwrap();
    let real = archive::release_dir(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")),
        &old.version,
    );
    let text = std::fs::read_to_string(real.join("figures.json")).unwrap();
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
    std::fs::write(folder.join("figures.json"), edited).unwrap();
    std::fs::create_dir_all(archive::release_dir(&root, "2001-01-01")).unwrap();
    for r in d.releases.iter().skip(2) {
        let f = archive::release_dir(&root, &r.version);
        std::fs::create_dir_all(&f).unwrap();
        let real =
            archive::release_dir(std::path::Path::new(env!("CARGO_MANIFEST_DIR")), &r.version);
        std::fs::copy(real.join("figures.json"), f.join("figures.json")).unwrap();
    }
    let e = archive::check(&root, d).unwrap_err();
    let _ = std::fs::remove_dir_all(&root);
    assert!(
        e.contains(&format!("entry `{}`, field `figures`", old.version)) && e.contains(&first.id),
        "{e}"
    );
    assert!(e.contains("no older release `2001-01-01`"), "{e}");
}

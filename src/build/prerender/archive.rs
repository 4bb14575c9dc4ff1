//! Data releases in `releases/<version>/`: the files each release published, byte for
//! byte, with the snapshot of its figures and the SHA-256 of each file in
//! `seeds/releases.json`. A release is cut from the live data (`build-site --release`,
//! `scripts/release`) and never changes after: the build refuses a folder whose files
//! differ from their recorded checksums or whose `figures.json` differs from its snapshot,
//! and publishes each folder as it is at `/data/v/<version>/`. What the data says after the
//! newest release is an unreleased change, shown as one (`Dataset::unreleased`).
//! `build-site --archive` records an older release from the files it published.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::build::export::DOWNLOADS;
use crate::build::model::releases::{Release, ReleaseSeed, ReleasesFile, Snapshot};
use crate::build::model::{Dataset, Problem, Reason, SeedFile};
use crate::why;

/// Where the frozen releases live, from the repository root.
pub const RELEASES_DIR: &str = "releases";

/// One figure of a published `figures.json`, read for its snapshot (other fields ignored,
/// as older releases have fewer of them).
#[derive(Deserialize)]
struct PublishedFigure {
    id: String,
    label: crate::build::model::Bilingual,
    value: f64,
    unit: String,
    formatted: crate::build::model::Bilingual,
    period: crate::build::seed::Period,
}

#[derive(Deserialize)]
struct PublishedFigures {
    figures: Vec<PublishedFigure>,
}

/// The snapshot of the figures in a published `figures.json`; the error names the file.
pub fn snapshot_of(figures_json: &Path) -> Result<Vec<Snapshot>, String> {
    let text = std::fs::read_to_string(figures_json)
        .map_err(|e| format!("{}: cannot read: {e}", figures_json.display()))?;
    let published: PublishedFigures = serde_json::from_str(&text).map_err(|e| {
        format!(
            "{}: not a published figures.json: {e}",
            figures_json.display()
        )
    })?;
    Ok(published
        .figures
        .into_iter()
        .map(|f| Snapshot {
            id: f.id,
            label: f.label,
            value: f.value,
            unit: f.unit,
            formatted: Some(f.formatted),
            period: f.period,
        })
        .collect())
}

/// The folder of a frozen release.
pub fn release_dir(root: &Path, version: &str) -> PathBuf {
    root.join(RELEASES_DIR).join(version)
}

/// The SHA-256 of `bytes`, in hex.
fn sha256(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The files of a release folder and their checksums, by name.
fn checksums(dir: &Path) -> Result<std::collections::BTreeMap<String, String>, String> {
    let mut sums = std::collections::BTreeMap::new();
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries.flatten().filter(|e| e.path().is_file()) {
        let bytes = std::fs::read(entry.path())
            .map_err(|e| format!("{}: cannot read: {e}", entry.path().display()))?;
        sums.insert(
            entry.file_name().to_string_lossy().into_owned(),
            sha256(&bytes),
        );
    }
    Ok(sums)
}

/// Every release has its folder, holding exactly the files its entry lists with their
/// checksums, and a `figures.json` that is what its snapshot says; no folder is left
/// without its release. Each problem is the release's entry in `seeds/releases.json`,
/// the file as its field, and why, in Korean and English (`check` reports them).
pub fn problems(root: &Path, dataset: &Dataset) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut fail = |entry: &str, field: String, reason: Reason| {
        problems.push(Problem {
            file: SeedFile::Releases.path(),
            entry: entry.to_string(),
            field,
            reason,
        });
    };
    for release in &dataset.releases {
        let version = release.version.as_str();
        let folder = format!("{RELEASES_DIR}/{version}");
        let dir = release_dir(root, version);
        match checksums(&dir) {
            Err(e) => fail(
                version,
                folder.clone(),
                why!(
                    "판의 폴더를 읽을 수 없습니다: {e}",
                    "the release's folder cannot be read: {e}"
                ),
            ),
            Ok(found) if found != release.files => {
                let names: std::collections::BTreeSet<&String> =
                    found.keys().chain(release.files.keys()).collect();
                for name in names {
                    let reason = match (found.get(name), release.files.get(name)) {
                        (Some(_), None) => why!(
                            "이 판이 발표한 파일이 아닙니다",
                            "is not one of the files the release published"
                        ),
                        (None, Some(_)) => why!("파일이 없습니다", "is missing"),
                        (Some(a), Some(b)) if a != b => why!(
                            "판을 낸 뒤에 바뀌었습니다. 한 번 낸 판은 바꾸지 않습니다. 고칠 것이 있으면 새 판을 내십시오",
                            "has changed since the release was cut (a release never changes; cut a new one)"
                        ),
                        _ => continue,
                    };
                    fail(version, format!("{folder}/{name}"), reason);
                }
            }
            Ok(_) => {}
        }
        let file = dir.join("figures.json");
        match snapshot_of(&file) {
            Err(e) => fail(
                version,
                format!("{folder}/figures.json"),
                why!("읽을 수 없습니다: {e}", "cannot be read: {e}"),
            ),
            Ok(published) => {
                if let Some(i) = (0..published.len().max(release.figures.len()))
                    .find(|&i| published.get(i) != release.figures.get(i))
                {
                    let id = published
                        .get(i)
                        .or(release.figures.get(i))
                        .map_or("?", |s| s.id.as_str());
                    fail(
                        version,
                        "figures".to_string(),
                        why!(
                            "스냅숏이 {folder}/figures.json과 다릅니다(수치 `{id}`)",
                            "the snapshot differs from {folder}/figures.json at figure `{id}`"
                        ),
                    );
                }
            }
        }
    }
    if let Ok(folders) = std::fs::read_dir(root.join(RELEASES_DIR)) {
        for folder in folders.flatten() {
            let name = folder.file_name().to_string_lossy().to_string();
            if !dataset.releases.iter().any(|r| r.version == name) {
                let path = SeedFile::Releases.path();
                fail(
                    &name,
                    format!("{RELEASES_DIR}/{name}"),
                    why!(
                        "{path}에 없는 판의 폴더입니다: `{name}`",
                        "no release `{name}` in {path}"
                    ),
                );
            }
        }
    }
    problems
}

/// [`problems`], as the build's error (in English).
pub fn check(root: &Path, dataset: &Dataset) -> Result<(), String> {
    let problems = problems(root, dataset);
    if problems.is_empty() {
        Ok(())
    } else {
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        Err(format!(
            "the data releases are broken:\n  {}",
            lines.join("\n  ")
        ))
    }
}

/// Copies each release, as it was cut, to `dist/data/v/<version>/`.
pub fn publish(root: &Path, dist: &Path, dataset: &Dataset) -> Result<(), String> {
    for release in &dataset.releases {
        let target = dist.join(crate::paths::release_dir(&release.version).trim_start_matches('/'));
        std::fs::create_dir_all(&target).map_err(|e| format!("{}: {e}", target.display()))?;
        let source = release_dir(root, &release.version);
        let entries =
            std::fs::read_dir(&source).map_err(|e| format!("{}: {e}", source.display()))?;
        for entry in entries.flatten() {
            let from = entry.path();
            std::fs::copy(&from, target.join(entry.file_name()))
                .map_err(|e| format!("{}: cannot copy: {e}", from.display()))?;
        }
    }
    Ok(())
}

fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

fn write(file: &Path, text: impl AsRef<[u8]>) -> Result<(), String> {
    std::fs::write(file, text).map_err(|e| format!("{}: cannot write: {e}", file.display()))
}

fn read_seeds(root: &Path) -> Result<(PathBuf, ReleasesFile), String> {
    let path = root.join(SeedFile::Releases.path());
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    let seeds = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok((path, seeds))
}

fn write_seeds(path: &Path, seeds: &ReleasesFile) -> Result<(), String> {
    let mut text = serde_json::to_string_pretty(seeds).map_err(|e| e.to_string())?;
    text.push('\n');
    write(path, text)
}

/// Records release `version` from the files it published (the data folder of its build):
/// copies them to `releases/<version>/` and writes their snapshot into its entry.
pub fn archive(root: &Path, version: &str, data: &Path) -> Result<(), String> {
    let (path, mut seeds) = read_seeds(root)?;
    let snapshot = snapshot_of(&data.join("figures.json"))?;
    let entry = seeds
        .releases
        .iter_mut()
        .find(|r| r.version == version)
        .ok_or_else(|| format!("{}: no release `{version}`", path.display()))?;
    entry.figures = Some(snapshot);
    let target = release_dir(root, version);
    if target.exists() {
        return Err(format!(
            "{}: release {version} is already cut, and a release never changes",
            target.display()
        ));
    }
    std::fs::create_dir_all(&target).map_err(|e| format!("{}: {e}", target.display()))?;
    let files = std::fs::read_dir(data).map_err(|e| format!("{}: {e}", data.display()))?;
    for file in files.flatten().filter(|f| f.path().is_file()) {
        let name = file.file_name();
        let lossy = name.to_string_lossy();
        if lossy.ends_with(".csv") || lossy.ends_with(".json") {
            std::fs::copy(file.path(), target.join(&name))
                .map_err(|e| format!("{}: cannot copy: {e}", file.path().display()))?;
        }
    }
    entry.files = Some(checksums(&target)?);
    write_seeds(&path, &seeds)
}

/// Cuts release `version` from the live data: writes its files to `releases/<version>/`
/// and its entry (summary, snapshot, checksums) at the top of `seeds/releases.json`. The
/// version is a day later than the newest release's.
pub fn release(
    root: &Path,
    dataset: &Dataset,
    version: &str,
    summary: crate::build::model::Bilingual,
) -> Result<(), String> {
    if crate::date::Date::parse(version).is_none() {
        return Err(format!("a version is a day, YYYY-MM-DD: {version:?}"));
    }
    if let Some(newest) = dataset.releases.first()
        && version <= newest.version.as_str()
    {
        return Err(format!(
            "the new release {version} must be later than the newest, {}",
            newest.version
        ));
    }
    if summary.ko.trim().is_empty() || summary.en.trim().is_empty() {
        return Err("a release needs its summary in Korean and in English".to_string());
    }
    let (path, mut seeds) = read_seeds(root)?;
    seeds.releases.insert(
        0,
        ReleaseSeed {
            version: version.to_string(),
            summary,
            figures: None,
            files: None,
        },
    );
    write_seeds(&path, &seeds)?;
    // The files as the site publishes them once the release is cut: naming it, with
    // nothing unreleased.
    let mut cut = dataset.clone();
    cut.releases.insert(
        0,
        Release {
            version: version.to_string(),
            summary: seeds.releases[0].summary.clone(),
            figures: dataset.all_figures().map(Snapshot::of).collect(),
            files: Default::default(),
            changes: Vec::new(),
            is_current: true,
            is_first: false,
        },
    );
    cut.unreleased = Vec::new();
    let staging = std::env::temp_dir().join(format!("gw-release-{version}-{}", std::process::id()));
    std::fs::create_dir_all(&staging).map_err(|e| format!("{}: {e}", staging.display()))?;
    for download in &DOWNLOADS {
        write(
            &staging.join(file_name(download.path)),
            (download.build)(&cut),
        )?;
    }
    let archived = archive(root, version, &staging);
    let _ = std::fs::remove_dir_all(&staging);
    archived
}

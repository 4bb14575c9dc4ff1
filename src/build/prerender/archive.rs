//! Frozen data releases in `releases/<version>/`: the files each older release published,
//! byte for byte, with the snapshot of its figures in `seeds/releases.json`. The build
//! checks the two agree and publishes each folder at `/data/v/<version>/`, beside the live
//! release's own copy. `build-site --freeze` closes the live release before the data
//! changes; `build-site --archive` records an older one from its files.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::build::export::DOWNLOADS;
use crate::build::model::releases::{ReleaseSeed, ReleasesFile, Snapshot};
use crate::build::model::{Dataset, SeedFile};

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

/// Every older release has its folder, whose `figures.json` is what its snapshot says,
/// and no folder is left without its release. Each problem names the file and why.
pub fn check(root: &Path, dataset: &Dataset) -> Result<(), String> {
    let mut problems = Vec::new();
    for release in dataset.releases.iter().filter(|r| !r.is_current) {
        let file = release_dir(root, &release.version).join("figures.json");
        match snapshot_of(&file) {
            Err(e) => problems.push(e),
            Ok(published) => {
                if let Some(i) = (0..published.len().max(release.figures.len()))
                    .find(|&i| published.get(i) != release.figures.get(i))
                {
                    let id = published
                        .get(i)
                        .or(release.figures.get(i))
                        .map_or("?", |s| s.id.as_str());
                    problems.push(format!(
                        "{}: entry `{}`, field `figures`: the snapshot differs from {} at figure `{id}`",
                        SeedFile::Releases.path(),
                        release.version,
                        file.display()
                    ));
                }
            }
        }
    }
    if let Ok(folders) = std::fs::read_dir(root.join(RELEASES_DIR)) {
        for folder in folders.flatten() {
            let name = folder.file_name().to_string_lossy().to_string();
            if !dataset
                .releases
                .iter()
                .any(|r| r.version == name && !r.is_current)
            {
                problems.push(format!(
                    "{}: no older release `{name}` in {}",
                    folder.path().display(),
                    SeedFile::Releases.path()
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "the data releases are broken:\n  {}",
            problems.join("\n  ")
        ))
    }
}

/// Copies each frozen release to `dist/data/v/<version>/` and writes the live release's
/// files there too.
pub fn publish(root: &Path, dist: &Path, dataset: &Dataset) -> Result<(), String> {
    for release in &dataset.releases {
        let target = dist.join(crate::paths::release_dir(&release.version).trim_start_matches('/'));
        std::fs::create_dir_all(&target).map_err(|e| format!("{}: {e}", target.display()))?;
        if release.is_current {
            for download in &DOWNLOADS {
                let name = file_name(download.path);
                write(&target.join(name), (download.build)(dataset))?;
            }
            continue;
        }
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
    write_seeds(&path, &seeds)
}

/// Closes the live release before the data changes: freezes its files and snapshot, and
/// opens release `version` above it with `summary`.
pub fn freeze(
    root: &Path,
    dataset: &Dataset,
    version: &str,
    summary: crate::build::model::Bilingual,
) -> Result<(), String> {
    let current = dataset
        .releases
        .first()
        .ok_or("there is no release to freeze")?;
    if version <= current.version.as_str() {
        return Err(format!(
            "the new release {version} must be later than {}",
            current.version
        ));
    }
    let staging = std::env::temp_dir().join(format!("gw-freeze-{}", current.version));
    std::fs::create_dir_all(&staging).map_err(|e| format!("{}: {e}", staging.display()))?;
    for download in &DOWNLOADS {
        write(
            &staging.join(file_name(download.path)),
            (download.build)(dataset),
        )?;
    }
    archive(root, &current.version, &staging)?;
    let (path, mut seeds) = read_seeds(root)?;
    seeds.releases.insert(
        0,
        ReleaseSeed {
            version: version.to_string(),
            summary,
            figures: None,
        },
    );
    write_seeds(&path, &seeds)
}

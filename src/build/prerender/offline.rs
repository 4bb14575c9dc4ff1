//! The service worker that keeps the site working offline (`sw.js`, from `sw.js` beside this
//! file) and the small inline script that registers it on every page.
//! Its cache is named after the data release and a hash of everything the build wrote, so a
//! new build installs a fresh cache and drops the old one.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::lang::Lang;
use crate::paths;
use crate::route::Page;
use crate::site::SiteConfig;

/// The attribute that marks the registration script, which pages without the app keep.
pub const REGISTER_ATTRIBUTE: &str = "data-gw-offline";
const WORKER: &str = include_str!("sw.js");
const CONFIG_MARK: &str = "/*GW_CONFIG*/ {}";

/// The `<script>` every page gets: `security::REGISTER_SCRIPT`, inline (the policy allows it
/// by its hash; it reads the site's base from the page, so it is the same under any base).
pub fn register_tag() -> String {
    format!(
        "<script {REGISTER_ATTRIBUTE}>{}</script>",
        crate::security::REGISTER_SCRIPT
    )
}

/// What installing the worker saves at once (site paths): the shell (stylesheet, the
/// app, the chart library), the language choice, both home pages, the search and offline
/// pages, the search indexes and the main data files. Pages and
/// files read later are saved as they are read.
pub fn precache(dist: &Path) -> Result<Vec<String>, String> {
    let mut shell = Vec::new();
    for folder in ["", "vendor"] {
        let dir = dist.join(folder);
        let entries = std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for entry in entries {
            let name = entry.map_err(|e| e.to_string())?.file_name();
            let name = name.to_string_lossy();
            if [".js", ".wasm", ".css"]
                .iter()
                .any(|ext| name.ends_with(ext))
            {
                let prefix = if folder.is_empty() {
                    String::new()
                } else {
                    format!("/{folder}")
                };
                shell.push(format!("{prefix}/{name}"));
            }
        }
    }
    shell.sort();
    let pages = std::iter::once("/".to_string()).chain(
        Lang::ALL
            .into_iter()
            .flat_map(|lang| [Page::home(), Page::Search, Page::Offline].map(|p| p.path(lang))),
    );
    let data = Lang::ALL.into_iter().map(paths::search_index).chain([
        paths::FIGURES_JSON.to_string(),
        paths::MAP_GEOMETRY.to_string(),
    ]);
    let all: Vec<String> = shell.into_iter().chain(pages).chain(data).collect();
    for path in &all {
        let file = dist.join(path.trim_start_matches('/'));
        let file = if path.ends_with('/') {
            file.join("index.html")
        } else {
            file
        };
        if !file.is_file() {
            return Err(format!(
                "service worker: {path} is to be saved offline but the build has no {}",
                file.display()
            ));
        }
    }
    Ok(all)
}

/// A hash of every file in `dist` (path and bytes), so any change makes a new worker.
pub fn build_hash(dist: &Path) -> Result<String, String> {
    fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> Result<(), String> {
        for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                walk(&path, files)?;
            } else {
                files.push(path);
            }
        }
        Ok(())
    }
    let mut files = Vec::new();
    walk(dist, &mut files)?;
    files.sort();
    let mut hash = Sha256::new();
    for file in files {
        let relative = file.strip_prefix(dist).unwrap_or(&file);
        if relative == Path::new(crate::paths::SERVICE_WORKER.trim_start_matches('/')) {
            continue;
        }
        hash.update(relative.to_string_lossy().as_bytes());
        hash.update(std::fs::read(&file).map_err(|e| format!("{}: {e}", file.display()))?);
    }
    Ok(hash
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// The worker's text for this build: its configuration on the line `CONFIG_MARK` holds.
pub fn service_worker(
    version: &str,
    hash: &str,
    precache: &[String],
    config: &SiteConfig,
) -> Result<String, String> {
    let offline: serde_json::Map<String, serde_json::Value> = Lang::ALL
        .into_iter()
        .map(|lang| (lang.code().to_string(), Page::Offline.path(lang).into()))
        .collect();
    let settings = serde_json::json!({
        "version": format!("{version}-{hash}"),
        "base": config.base,
        "precache": precache.iter().map(|p| config.href(p)).collect::<Vec<_>>(),
        "offline": offline,
        "default_lang": Lang::Ko.code(),
    });
    if !WORKER.contains(CONFIG_MARK) {
        return Err(format!(
            "src/prerender/sw.js: no `{CONFIG_MARK}` to put the configuration on"
        ));
    }
    Ok(WORKER.replacen(CONFIG_MARK, &settings.to_string(), 1))
}

/// Writes `sw.js` into `dist`; run last, so that its hash covers every other file.
pub fn write(dist: &Path, version: &str, config: &SiteConfig) -> Result<(), String> {
    let precache = precache(dist)?;
    let hash = build_hash(dist)?;
    let text = service_worker(version, &hash, &precache, config)?;
    super::dist::write_file(
        &super::dist::in_dist(dist, crate::paths::SERVICE_WORKER),
        text,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_worker_carries_its_configuration_under_the_base() {
        let config = SiteConfig::new("https://example.org", "/gwnic/");
        let text = service_worker(
            "2026-12-02",
            "abcd",
            &["/site-1.css".into(), "/ko/".into()],
            &config,
        )
        .expect("writes");
        assert!(!text.contains(CONFIG_MARK), "the mark is replaced");
        let line = text
            .lines()
            .find(|l| l.starts_with("const CONFIG = "))
            .expect("config line");
        let json: serde_json::Value = serde_json::from_str(
            line.trim_start_matches("const CONFIG = ")
                .trim_end_matches(';'),
        )
        .expect("JSON");
        assert_eq!(json["version"], "2026-12-02-abcd");
        assert_eq!(json["base"], "/gwnic");
        assert_eq!(
            json["precache"],
            serde_json::json!(["/gwnic/site-1.css", "/gwnic/ko/"])
        );
        assert_eq!(json["offline"]["en"], "/en/offline/");
        let tag = register_tag();
        assert!(tag.starts_with("<script data-gw-offline>if ('serviceWorker' in navigator)"));
        assert!(tag.ends_with("</script>") && tag.contains("register(`${base}sw.js`"));
    }
}

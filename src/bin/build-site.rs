//! Run by trunk after each build (`scripts/post-build`), in two steps around the drawing
//! of the charts: `--data` checks the seed data and writes the published data files;
//! `--pages` writes the press kits and every route of the site as a static page. Fails the build on
//! broken data, naming the file, the entry, the field and why. The work is in
//! `gwnic::build::prerender::build`.
//!
//! Two more uses, for data releases (`gwnic::build::prerender::archive`):
//!   build-site --release <version> <summary-ko> <summary-en>   (scripts/release)
//!   build-site --archive <version> <data-dir>

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use gwnic::build::check;
use gwnic::build::model::{Bilingual, Dataset, SeedTexts};
use gwnic::build::prerender::archive;
use gwnic::build::prerender::build::{BuildEnv, build_data, build_pages};
use gwnic::site::SiteConfig;

/// Where `scripts/serve` serves the site; set SITE_URL for a real host.
const DEFAULT_ORIGIN: &str = "http://127.0.0.1:8080";
const USAGE: &str = "usage: build-site --data <dist-dir>    (then draw the charts)
       build-site --pages <dist-dir>
       build-site --release <version> <summary-ko> <summary-en>
       build-site --archive <version> <data-dir>
       build-site --schemas    (rewrites seeds/schemas/ from the seed types)";

/// The repository whose `seeds/` and `releases/` the build reads: `GW_ROOT`, or the
/// current folder (trunk runs its hooks from the project's).
fn root() -> PathBuf {
    std::env::var_os("GW_ROOT")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// The seeds, read and checked; the pages borrow the dataset for the whole run.
/// A broken seed is reported as `check` reports it, in the system's language.
fn load(root: &Path) -> Result<&'static Dataset, String> {
    Dataset::load(root)
        .map(|dataset| &*Box::leak(Box::new(dataset)))
        .map_err(|e| {
            let texts = SeedTexts::read(root).ok();
            check::report(&e, texts.as_ref(), check::system_lang())
        })
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = root();
    let root = root.as_path();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["--release", version, ko, en] => load(root)
            .and_then(|dataset| {
                let summary = Bilingual {
                    ko: ko.to_string(),
                    en: en.to_string(),
                };
                archive::release(root, dataset, version, summary)
            })
            .map(|()| {
                format!("cut release {version}: releases/{version}/ and seeds/releases.json")
            }),
        ["--schemas"] => gwnic::build::schemas::write_all(root)
            .map(|written| format!("wrote {} seed schemas under seeds/schemas/", written.len())),
        ["--archive", version, data] => archive::archive(root, version, Path::new(data))
            .map(|()| format!("archived release {version} from {data}")),
        [step @ ("--data" | "--pages"), dist] => {
            // trunk passes `--public-url` as TRUNK_PUBLIC_URL; SITE_URL is the origin it is served from.
            let base = std::env::var("TRUNK_PUBLIC_URL").unwrap_or_default();
            let origin = std::env::var("SITE_URL").unwrap_or_else(|_| DEFAULT_ORIGIN.to_string());
            let dist = PathBuf::from(dist);
            let env = match load(root) {
                Ok(dataset) => BuildEnv {
                    dataset,
                    root: root.to_path_buf(),
                    config: SiteConfig::new(&origin, &base),
                },
                Err(message) => {
                    eprintln!("build-site: {message}");
                    return ExitCode::FAILURE;
                }
            };
            if *step == "--data" {
                build_data(&dist, &env).map(|count| {
                    format!(
                        "wrote {count} data files and the charts' options into {}",
                        dist.display()
                    )
                })
            } else {
                build_pages(&dist, &env).map(|count| {
                    format!(
                        "wrote the press kits and {count} pages into {}",
                        dist.display()
                    )
                })
            }
        }
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(message) => {
            println!("build-site: {message}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("build-site: {message}");
            ExitCode::FAILURE
        }
    }
}

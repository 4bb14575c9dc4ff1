//! Run by trunk after each build (`scripts/post-build`): checks the seed data, writes the
//! published data files and every route of the site as a static page. Fails the build on
//! broken data, naming the file, the entry, the field and why. The work is in
//! `gwnic::prerender::build`.

use std::path::PathBuf;
use std::process::ExitCode;

use gwnic::prerender::build::{BuildEnv, build};
use gwnic::site::SiteConfig;

/// Where `scripts/serve` serves the site; set SITE_URL for a real host.
const DEFAULT_ORIGIN: &str = "http://127.0.0.1:8080";

fn main() -> ExitCode {
    // An option such as `--help` is not a directory to write into.
    let Some(dist) = std::env::args_os()
        .nth(1)
        .filter(|a| !a.to_string_lossy().starts_with('-'))
        .map(PathBuf::from)
    else {
        eprintln!("usage: build-site <dist-dir>");
        return ExitCode::FAILURE;
    };
    // trunk passes `--public-url` as TRUNK_PUBLIC_URL; SITE_URL is the origin it is served from.
    let base = std::env::var("TRUNK_PUBLIC_URL").unwrap_or_default();
    let origin = std::env::var("SITE_URL").unwrap_or_else(|_| DEFAULT_ORIGIN.to_string());
    let env = BuildEnv {
        config: SiteConfig::new(&origin, &base),
    };
    match build(&dist, &env) {
        Ok(count) => {
            println!(
                "build-site: wrote {count} pages and data files into {}",
                dist.display()
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("build-site: {message}");
            ExitCode::FAILURE
        }
    }
}

//! Run by trunk after each build (see Trunk.toml): checks the seed data, writes the
//! published data files into `data/`, and writes every route of the site as a static HTML
//! page, so a plain static host serves each path and readers without JavaScript get the
//! content. Fails the build on broken data, naming the file, the entry, the field and why.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use gwnic::export::DOWNLOADS;
use gwnic::lang::Lang;
use gwnic::model;
use gwnic::render::render_into;
use gwnic::route::Page;

fn main() -> ExitCode {
    let Some(dist) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: build-site <dist-dir>");
        return ExitCode::FAILURE;
    };
    match build(&dist) {
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

fn build(dist: &Path) -> Result<usize, String> {
    let dataset = model::bundled().map_err(|e| format!("the seed data is broken:\n{e}"))?;
    for download in &DOWNLOADS {
        let file = dist.join(download.path);
        if let Some(parent) = file.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(&file, (download.build)(dataset))
            .map_err(|e| format!("{}: cannot write: {e}", file.display()))?;
    }

    let template_path = dist.join("index.html");
    let template = std::fs::read_to_string(&template_path)
        .map_err(|e| format!("{}: cannot read: {e}", template_path.display()))?;

    // (path rendered, file written): every page in both languages, the root, and the 404.
    let mut outputs: Vec<(String, PathBuf)> = Vec::new();
    for lang in Lang::ALL {
        for page in Page::all() {
            let path = page.path(lang);
            outputs.push((
                path.clone(),
                dist.join(path.trim_start_matches('/')).join("index.html"),
            ));
        }
    }
    outputs.push(("/404/".to_string(), dist.join("404.html")));
    outputs.push(("/".to_string(), dist.join("index.html")));

    for (path, file) in &outputs {
        let page = render_into(path, &template)
            .map_err(|e| format!("{}: {e}", template_path.display()))?;
        if let Some(parent) = file.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(file, page.document)
            .map_err(|e| format!("{}: cannot write: {e}", file.display()))?;
    }
    Ok(outputs.len() + DOWNLOADS.len())
}

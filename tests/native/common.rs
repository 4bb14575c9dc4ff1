//! Helpers shared by the native tests: the seeds as the build reads them, the dataset, a
//! page rendered against it, a seed file's refusal after one edit, and reading rendered
//! HTML.

use std::path::Path;
use std::sync::LazyLock;

use gwnic::build::model::{Dataset, SeedFile, SeedTexts};
use gwnic::build::prerender::RenderedPage;

/// The repository: its `seeds/` and `releases/`.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

static TEXTS: LazyLock<SeedTexts> =
    LazyLock::new(|| SeedTexts::read(root()).unwrap_or_else(|e| panic!("the seeds read:\n{e}")));

static DATASET: LazyLock<Dataset> =
    LazyLock::new(|| Dataset::parse(&TEXTS).unwrap_or_else(|e| panic!("the seeds validate:\n{e}")));

/// Every seed file's text, as the build reads it.
pub fn texts() -> SeedTexts {
    TEXTS.clone()
}

/// One seed file's text.
pub fn text(file: SeedFile) -> &'static str {
    TEXTS.get(file)
}

pub fn dataset() -> &'static Dataset {
    &DATASET
}

/// Site path `path` rendered against the seeds' dataset.
pub fn render(path: &str) -> RenderedPage {
    gwnic::build::prerender::render(dataset(), path)
}

/// The validation message after replacing the first `from` in `file` with `to`; the edit
/// must be refused.
pub fn seed_error(file: SeedFile, from: &str, to: &str) -> String {
    let text = text(file);
    assert!(
        text.contains(from),
        "test set-up: {from:?} not in {}",
        file.path()
    );
    let texts = texts().with(file, text.replacen(from, to, 1));
    match Dataset::parse(&texts) {
        Ok(_) => panic!("the edited {} was accepted", file.path()),
        Err(e) => e.to_string(),
    }
}

/// Decodes the entities Leptos writes when it escapes text and attributes.
pub fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

//! Helpers shared by the native tests: the bundled dataset, a seed file's refusal after
//! one edit, and reading rendered HTML.

use gwnic::model::{Dataset, SeedFile, SeedTexts};

pub fn dataset() -> &'static Dataset {
    gwnic::model::dataset().expect("bundled seeds validate")
}

/// The validation message after replacing the first `from` in `file` with `to`; the edit
/// must be refused.
pub fn seed_error(file: SeedFile, from: &str, to: &str) -> String {
    let text = file.bundled();
    assert!(
        text.contains(from),
        "test set-up: {from:?} not in {}",
        file.path()
    );
    let texts = SeedTexts::bundled().with(file, text.replacen(from, to, 1));
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

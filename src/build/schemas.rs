//! The JSON Schema of each seed file, generated from the seed types the checker reads
//! them with, so an editor completes fields and underlines mistakes before anything runs.
//! They are kept in `seeds/schemas/` and named by each file's `$schema`;
//! `build-site --schemas` rewrites them, and a test fails when one is out of date or a seed
//! does not follow its schema. (The checker's rules go further than a schema can: ids that
//! must exist, dates in order, sums that must add up.)

use std::path::Path;

use schemars::JsonSchema;

use crate::build::model::SeedFile;
use crate::build::{accessibility, model::releases, seed};

/// The folder of the schemas, from the repository root.
pub const DIR: &str = "seeds/schemas";

/// A seed file's schema, as its `$schema` names it (relative to the seed file), or `None`
/// for the boundaries, which are GeoJSON (RFC 7946) from KOSTAT.
pub fn reference(file: SeedFile) -> Option<String> {
    let name = file.path().strip_prefix("seeds/")?.strip_suffix(".json")?;
    (file != SeedFile::Boundaries).then(|| format!("schemas/{name}.schema.json"))
}

/// The schema's text for `file`, generated from its seed type.
pub fn schema(file: SeedFile) -> Option<String> {
    fn of<T: JsonSchema>() -> Option<String> {
        let mut text = serde_json::to_string_pretty(&schemars::schema_for!(T)).ok()?;
        text.push('\n');
        Some(text)
    }
    match file {
        SeedFile::Site => of::<seed::SiteFile>(),
        SeedFile::Sources => of::<seed::SourcesFile>(),
        SeedFile::Figures => of::<seed::FiguresFile>(),
        SeedFile::Derived => of::<seed::DerivedFile>(),
        SeedFile::Discrepancies => of::<seed::DiscrepanciesFile>(),
        SeedFile::Glossary => of::<seed::GlossaryFile>(),
        SeedFile::Sites => of::<seed::SitesFile>(),
        SeedFile::Stories => of::<seed::StoriesFile>(),
        SeedFile::Programmes => of::<seed::ProgrammesFile>(),
        SeedFile::Partners => of::<seed::PartnersFile>(),
        SeedFile::Zones => of::<seed::ZonesFile>(),
        SeedFile::Events => of::<seed::EventsFile>(),
        SeedFile::Firms => of::<seed::FirmsFile>(),
        SeedFile::Wonju => of::<seed::WonjuFile>(),
        SeedFile::Releases => of::<releases::ReleasesFile>(),
        SeedFile::TestRun => of::<accessibility::TestRun>(),
        SeedFile::Boundaries => None,
    }
}

/// Writes every schema into `root/seeds/schemas/`; the paths written.
pub fn write_all(root: &Path) -> Result<Vec<String>, String> {
    let mut written = Vec::new();
    for file in SeedFile::ALL {
        let (Some(reference), Some(text)) = (reference(file), schema(file)) else {
            continue;
        };
        let path = root.join("seeds").join(&reference);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        written.push(path.display().to_string());
    }
    Ok(written)
}

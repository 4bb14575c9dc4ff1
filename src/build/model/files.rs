//! Every seed file, listed once. Adding a file means a variant here and its parsing in
//! `Dataset::parse`; tests, the build and error messages take the list from this enum.
//!
//! Native builds compile the files in. The browser build does not: the build checks them
//! and publishes them as one bundle (`SeedTexts::bundle`), which the app fetches on start,
//! so adding content adds bytes to a data file, not to the wasm.

/// A file in `seeds/` that the model reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SeedFile {
    Site,
    Sources,
    Figures,
    Derived,
    Discrepancies,
    Glossary,
    Sites,
    Stories,
    Programmes,
    Partners,
    Zones,
    Events,
    Firms,
    Wonju,
    Releases,
    /// Wonju's boundaries (KOSTAT 2018), which the map's geometry is made from.
    Boundaries,
    /// The last passing run of the test suite, for the accessibility statement.
    TestRun,
}

impl SeedFile {
    pub const ALL: [SeedFile; 17] = [
        SeedFile::Site,
        SeedFile::Sources,
        SeedFile::Figures,
        SeedFile::Derived,
        SeedFile::Discrepancies,
        SeedFile::Glossary,
        SeedFile::Sites,
        SeedFile::Stories,
        SeedFile::Programmes,
        SeedFile::Partners,
        SeedFile::Zones,
        SeedFile::Events,
        SeedFile::Firms,
        SeedFile::Wonju,
        SeedFile::Releases,
        SeedFile::Boundaries,
        SeedFile::TestRun,
    ];

    /// The file's path from the repository root, as error messages name it.
    pub const fn path(self) -> &'static str {
        match self {
            SeedFile::Site => "seeds/site.json",
            SeedFile::Sources => "seeds/sources.json",
            SeedFile::Figures => "seeds/figures.json",
            SeedFile::Derived => "seeds/derived.json",
            SeedFile::Discrepancies => "seeds/discrepancies.json",
            SeedFile::Glossary => "seeds/glossary.json",
            SeedFile::Sites => "seeds/sites.json",
            SeedFile::Stories => "seeds/stories.json",
            SeedFile::Programmes => "seeds/programmes.json",
            SeedFile::Partners => "seeds/partners.json",
            SeedFile::Zones => "seeds/zones.json",
            SeedFile::Events => "seeds/events.json",
            SeedFile::Firms => "seeds/firms.json",
            SeedFile::Wonju => "seeds/wonju.json",
            SeedFile::Releases => "seeds/releases.json",
            SeedFile::Boundaries => "seeds/wonju.geojson",
            SeedFile::TestRun => "seeds/test-run.json",
        }
    }

    const fn index(self) -> usize {
        self as usize
    }
}

/// The text of every seed file, as read from a repository's `seeds/`, or with some of them
/// replaced (tests use this to prove that a broken file is refused).
#[derive(Clone, Debug)]
pub struct SeedTexts {
    texts: [String; SeedFile::ALL.len()],
}

impl SeedTexts {
    /// Reads every seed file under `root` (the folder that holds `seeds/`); the error
    /// names each file that cannot be read, and why.
    pub fn read(root: &std::path::Path) -> Result<SeedTexts, DataError> {
        let mut unread = Vec::new();
        let texts = SeedFile::ALL.map(|file| {
            std::fs::read_to_string(root.join(file.path())).unwrap_or_else(|e| {
                unread.push(Problem {
                    file: file.path(),
                    entry: String::new(),
                    field: String::new(),
                    reason: format!("cannot be read: {e}"),
                });
                String::new()
            })
        });
        if unread.is_empty() {
            Ok(SeedTexts { texts })
        } else {
            Err(DataError::Invalid(unread))
        }
    }

    pub fn get(&self, file: SeedFile) -> &str {
        &self.texts[file.index()]
    }

    /// The same texts with `file` replaced by `text`.
    pub fn with(mut self, file: SeedFile, text: impl Into<String>) -> SeedTexts {
        self.texts[file.index()] = text.into();
        self
    }
}

use super::error::{DataError, Problem};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_lists_each_file_once_in_index_order() {
        for (i, file) in SeedFile::ALL.into_iter().enumerate() {
            assert_eq!(file.index(), i, "{file:?}");
        }
    }
}

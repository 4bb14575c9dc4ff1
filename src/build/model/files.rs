//! Every seed file, listed once. Adding a file means a variant here and its parsing in
//! `Dataset::parse`; tests, the build and error messages take the list from this enum.
//!
//! The build reads the files from disk when it runs (`SeedTexts::read`), so editing
//! content recompiles nothing; the browser never has them.

crate::tokens! {
    /// A file in `seeds/` that the model reads.
    pub enum SeedFile {
        Site = "seeds/site.json",
        Sources = "seeds/sources.json",
        Figures = "seeds/figures.json",
        Derived = "seeds/derived.json",
        Discrepancies = "seeds/discrepancies.json",
        Glossary = "seeds/glossary.json",
        Sites = "seeds/sites.json",
        Stories = "seeds/stories.json",
        Programmes = "seeds/programmes.json",
        Partners = "seeds/partners.json",
        Zones = "seeds/zones.json",
        Events = "seeds/events.json",
        Firms = "seeds/firms.json",
        Wonju = "seeds/wonju.json",
        Releases = "seeds/releases.json",
        /// Wonju's boundaries (KOSTAT 2018), which the map's geometry is made from.
        Boundaries = "seeds/wonju.geojson",
        /// The last passing run of the test suite, for the accessibility statement.
        TestRun = "seeds/test-run.json",
    }
}

impl SeedFile {
    /// The file's path from the repository root, as error messages name it.
    pub const fn path(self) -> &'static str {
        self.code()
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
                unread.push((file.path(), e.to_string()));
                String::new()
            })
        });
        if unread.is_empty() {
            Ok(SeedTexts { texts })
        } else {
            Err(DataError::Unreadable {
                root: root.to_path_buf(),
                files: unread,
            })
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

use super::error::DataError;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_without_seeds_names_itself_and_every_file_it_lacks() {
        let empty = std::env::temp_dir().join(format!("gw-no-seeds-{}", std::process::id()));
        std::fs::create_dir_all(&empty).expect("a temporary folder");
        let error = SeedTexts::read(&empty)
            .expect_err("nothing to read")
            .to_string();
        std::fs::remove_dir(&empty).ok();
        assert!(error.contains(&empty.display().to_string()), "{error}");
        assert!(error.contains("GW_ROOT"), "{error}");
        for file in SeedFile::ALL {
            assert!(error.contains(file.path()), "{}: {error}", file.path());
        }
    }

    #[test]
    fn all_lists_each_file_once_in_index_order() {
        for (i, file) in SeedFile::ALL.into_iter().enumerate() {
            assert_eq!(file.index(), i, "{file:?}");
        }
    }
}

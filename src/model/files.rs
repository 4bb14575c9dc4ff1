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
}

impl SeedFile {
    pub const ALL: [SeedFile; 15] = [
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
        }
    }

    /// The file's text as compiled into the native build.
    #[cfg(feature = "ssr")]
    pub const fn bundled(self) -> &'static str {
        match self {
            SeedFile::Site => include_str!("../../seeds/site.json"),
            SeedFile::Sources => include_str!("../../seeds/sources.json"),
            SeedFile::Figures => include_str!("../../seeds/figures.json"),
            SeedFile::Derived => include_str!("../../seeds/derived.json"),
            SeedFile::Discrepancies => include_str!("../../seeds/discrepancies.json"),
            SeedFile::Glossary => include_str!("../../seeds/glossary.json"),
            SeedFile::Sites => include_str!("../../seeds/sites.json"),
            SeedFile::Stories => include_str!("../../seeds/stories.json"),
            SeedFile::Programmes => include_str!("../../seeds/programmes.json"),
            SeedFile::Partners => include_str!("../../seeds/partners.json"),
            SeedFile::Zones => include_str!("../../seeds/zones.json"),
            SeedFile::Events => include_str!("../../seeds/events.json"),
            SeedFile::Firms => include_str!("../../seeds/firms.json"),
            SeedFile::Wonju => include_str!("../../seeds/wonju.json"),
            SeedFile::Releases => include_str!("../../seeds/releases.json"),
        }
    }

    const fn index(self) -> usize {
        self as usize
    }
}

/// The text of every seed file: the bundled ones, or some of them replaced (tests use this
/// to prove that a broken file is refused).
#[derive(Clone, Debug)]
pub struct SeedTexts {
    texts: [std::borrow::Cow<'static, str>; SeedFile::ALL.len()],
}

impl SeedTexts {
    #[cfg(feature = "ssr")]
    pub fn bundled() -> SeedTexts {
        SeedTexts {
            texts: SeedFile::ALL.map(|file| file.bundled().into()),
        }
    }

    pub fn get(&self, file: SeedFile) -> &str {
        &self.texts[file.index()]
    }

    /// The same texts with `file` replaced by `text`.
    pub fn with(mut self, file: SeedFile, text: impl Into<String>) -> SeedTexts {
        self.texts[file.index()] = text.into().into();
        self
    }
}

#[cfg(feature = "ssr")]
impl Default for SeedTexts {
    fn default() -> Self {
        SeedTexts::bundled()
    }
}

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

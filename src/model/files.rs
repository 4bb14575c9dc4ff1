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

impl SeedTexts {
    /// Every file in one JSON object, keyed by its path (`{"seeds/site.json": {...}, ...}`).
    /// The texts must be JSON, which `Dataset::parse` has checked by then.
    pub fn bundle(&self) -> String {
        let mut out = String::from("{");
        for (i, file) in SeedFile::ALL.into_iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(&serde_json::to_string(file.path()).unwrap_or_default());
            out.push(':');
            out.push_str(self.get(file).trim());
        }
        out.push('}');
        out
    }

    /// The texts from a bundle; names the file missing from it, or why it is not a bundle.
    pub fn from_bundle(bundle: &str) -> Result<SeedTexts, String> {
        let mut files: std::collections::HashMap<String, Box<serde_json::value::RawValue>> =
            serde_json::from_str(bundle).map_err(|e| format!("the data bundle is broken: {e}"))?;
        let mut texts = Vec::with_capacity(SeedFile::ALL.len());
        for file in SeedFile::ALL {
            let text = files
                .remove(file.path())
                .ok_or_else(|| format!("the data bundle has no {}", file.path()))?;
            texts.push(std::borrow::Cow::Owned(text.get().to_string()));
        }
        let texts = texts
            .try_into()
            .map_err(|_| "the data bundle has the wrong number of files".to_string())?;
        Ok(SeedTexts { texts })
    }
}

/// The site path the build publishes `bundle` at: its name carries a hash of its text, so
/// a cached copy is never stale.
#[cfg(feature = "ssr")]
pub fn bundle_path(bundle: &str) -> String {
    use sha2::Digest;
    let hash = sha2::Sha256::digest(bundle.as_bytes());
    let hex: String = hash[..8].iter().map(|b| format!("{b:02x}")).collect();
    format!("/data/app/seeds-{hex}.json")
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
    fn a_bundle_gives_back_every_text() {
        let texts = SeedTexts::bundled().with(SeedFile::Site, r#"{"a": [1, "x"]}"#);
        let back = SeedTexts::from_bundle(&texts.bundle()).expect("bundle");
        for file in SeedFile::ALL {
            let json = |t: &SeedTexts| serde_json::from_str::<serde_json::Value>(t.get(file));
            assert_eq!(json(&back).ok(), json(&texts).ok(), "{file:?}");
        }
        assert_eq!(back.get(SeedFile::Site), r#"{"a": [1, "x"]}"#);
    }

    #[test]
    fn a_bundle_missing_a_file_or_not_json_is_refused() {
        let bundle = SeedTexts::bundled().bundle();
        let without = bundle.replacen("\"seeds/firms.json\"", "\"seeds/other.json\"", 1);
        assert_eq!(
            SeedTexts::from_bundle(&without).err().as_deref(),
            Some("the data bundle has no seeds/firms.json")
        );
        let err = SeedTexts::from_bundle("<html>").expect_err("refused");
        assert!(err.starts_with("the data bundle is broken: "), "{err}");
    }

    #[test]
    fn the_bundle_path_changes_with_the_text() {
        let a = bundle_path(&SeedTexts::bundled().bundle());
        assert!(
            a.starts_with("/data/app/seeds-") && a.ends_with(".json"),
            "{a}"
        );
        let b = bundle_path(&SeedTexts::bundled().with(SeedFile::Site, "{}").bundle());
        assert_ne!(a, b);
    }

    #[test]
    fn all_lists_each_file_once_in_index_order() {
        for (i, file) in SeedFile::ALL.into_iter().enumerate() {
            assert_eq!(file.index(), i, "{file:?}");
        }
    }
}

//! The two languages of the site and how a visitor's browser preference maps to one.
//! Pure: no leptos, no web_sys.

use serde::{Deserialize, Serialize};

crate::tokens! {
    pub enum Lang {
        Ko = "ko",
        En = "en",
    }
}

impl Lang {
    pub const fn other(self) -> Lang {
        match self {
            Lang::Ko => Lang::En,
            Lang::En => Lang::Ko,
        }
    }

    /// The language's name in itself: the label of the switch that leads to it.
    pub const fn native_name(self) -> &'static str {
        match self {
            Lang::Ko => "한국어",
            Lang::En => "English",
        }
    }

    /// Korean when the visitor's most preferred language is Korean (`ko`, `ko-KR`, …),
    /// English otherwise. `preferences` is `navigator.languages` (or `Accept-Language`
    /// tags), most preferred first.
    pub fn from_preferences<'a>(preferences: impl IntoIterator<Item = &'a str>) -> Lang {
        let first = preferences
            .into_iter()
            .map(str::trim)
            .find(|tag| !tag.is_empty());
        match first {
            Some(tag) if primary_subtag(tag).eq_ignore_ascii_case("ko") => Lang::Ko,
            _ => Lang::En,
        }
    }
}

fn primary_subtag(tag: &str) -> &str {
    tag.split(['-', '_', ';']).next().unwrap_or(tag)
}

/// A text in both languages. Both fields are required: a missing one fails parsing.
#[derive(schemars::JsonSchema, Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Bilingual {
    pub ko: String,
    pub en: String,
}

impl Bilingual {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ko => &self.ko,
            Lang::En => &self.en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn korean_browsers_get_korean_and_every_other_browser_gets_english() {
        let cases: &[(&[&str], Lang)] = &[
            (&["ko-KR", "en-US"], Lang::Ko),
            (&["ko"], Lang::Ko),
            (&["KO_kr"], Lang::Ko),
            (&["en-US", "ko-KR"], Lang::En),
            (&["vi-VN"], Lang::En),
            (&["uz"], Lang::En),
            (&["kok"], Lang::En), // Konkani, not Korean
            (&[], Lang::En),
            (&["", "ko"], Lang::Ko),
        ];
        for (prefs, want) in cases {
            assert_eq!(
                Lang::from_preferences(prefs.iter().copied()),
                *want,
                "{prefs:?}"
            );
        }
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
            assert_ne!(lang.other(), lang);
        }
        assert_eq!(Lang::from_code("fr"), None);
    }
}

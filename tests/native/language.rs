//! Language rules over every text a reader sees (issue 14, work list §D3 and §D4): one
//! name per organisation (the glossary's `variants` are never used), an abbreviation only
//! after its full name, and Korean money written "268억 2,000만 원". Text inside quotation
//! marks is a source's own words and is left as the source wrote it.

use crate::common::dataset;
use std::fmt;

use gwnic::build::model::SeedFile;
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

/// A JSON value that keeps the order of an object's keys (`serde_json::Value` sorts them),
/// so an entry's texts are read in the order the file, and the page, give them.
enum Json {
    Text(String),
    List(Vec<Json>),
    Object(Vec<(String, Json)>),
    Other,
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Json, D::Error> {
        struct JsonVisitor;
        impl<'de> Visitor<'de> for JsonVisitor {
            type Value = Json;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Json, E> {
                Ok(Json::Text(v.to_string()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Json, E> {
                Ok(Json::Text(v))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Json, E> {
                Ok(Json::Other)
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Json, E> {
                Ok(Json::Other)
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<Json, E> {
                Ok(Json::Other)
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Json, E> {
                Ok(Json::Other)
            }
            fn visit_unit<E: de::Error>(self) -> Result<Json, E> {
                Ok(Json::Other)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Json::List(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
                let mut entries = Vec::new();
                while let Some((key, value)) = map.next_entry::<String, Json>()? {
                    entries.push((key, value));
                }
                Ok(Json::Object(entries))
            }
        }
        deserializer.deserialize_any(JsonVisitor)
    }
}

/// One text a reader sees, with where it comes from.
struct Text {
    /// `seeds/x.json › list[i] (id) › field`, or `i18n NAME`.
    place: String,
    /// "ko" or "en".
    lang: &'static str,
    text: String,
    /// A glossary note: it names the variants on purpose.
    glossary_note: bool,
}

/// A unit of text read together: one entry of a seed file (its texts in file order),
/// or one interface text.
struct Unit {
    place: String,
    texts: Vec<Text>,
}

impl Unit {
    /// The unit's texts in one language, joined in order.
    fn joined(&self, lang: &str) -> String {
        let parts: Vec<&str> = self
            .texts
            .iter()
            .filter(|t| t.lang == lang)
            .map(|t| t.text.as_str())
            .collect();
        parts.join(" ")
    }
}

/// Collects the `ko`/`en` strings under `value`, in order.
fn collect(value: &Json, path: &str, in_glossary: bool, out: &mut Vec<Text>) {
    match value {
        Json::Object(entries) => {
            for (key, v) in entries {
                let here = format!("{path}.{key}");
                match (key.as_str(), v) {
                    ("ko" | "en", Json::Text(s)) => out.push(Text {
                        place: path.to_string(),
                        lang: if key == "ko" { "ko" } else { "en" },
                        text: s.clone(),
                        glossary_note: in_glossary && path.ends_with(".note"),
                    }),
                    _ => collect(v, &here, in_glossary, out),
                }
            }
        }
        Json::List(items) => {
            for (i, item) in items.iter().enumerate() {
                collect(item, &format!("{path}[{i}]"), in_glossary, out);
            }
        }
        Json::Text(_) | Json::Other => {}
    }
}

/// Every entry of every seed file, and every interface text, as units.
fn units() -> Vec<Unit> {
    let mut units = Vec::new();
    for file in SeedFile::ALL {
        let root: Json =
            serde_json::from_str(crate::common::text(file)).expect("the seed file is JSON");
        let Json::Object(lists) = root else {
            panic!("{}: not an object", file.path())
        };
        let glossary = file == SeedFile::Glossary;
        for (key, value) in &lists {
            let entries: Vec<(String, &Json)> = match value {
                Json::List(items) => items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| {
                        let id = match item {
                            Json::Object(fields) => fields.iter().find_map(|(k, v)| match v {
                                Json::Text(id) if k == "id" || k == "date" => Some(id.as_str()),
                                _ => None,
                            }),
                            _ => None,
                        };
                        let place = match id {
                            Some(id) => format!("{} › {key}[{i}] ({id})", file.path()),
                            None => format!("{} › {key}[{i}]", file.path()),
                        };
                        (place, item)
                    })
                    .collect(),
                other => vec![(format!("{} › {key}", file.path()), other)],
            };
            for (place, entry) in entries {
                let mut texts = Vec::new();
                collect(entry, &place, glossary, &mut texts);
                if !texts.is_empty() {
                    units.push(Unit { place, texts });
                }
            }
        }
    }
    for (name, text) in gwnic::i18n::ALL {
        let place = format!("i18n {name}");
        let texts = [("ko", text.ko), ("en", text.en)]
            .into_iter()
            .map(|(lang, t)| Text {
                place: place.clone(),
                lang,
                text: t.to_string(),
                glossary_note: false,
            })
            .collect();
        units.push(Unit { place, texts });
    }
    assert!(units.len() > 300, "only {} units found", units.len());
    units
}

/// The text with every quotation blanked out: “…”, ‘…’, "…" and '…'. A straight `'`
/// opens a quotation only at the start or after a space or bracket, so the apostrophe in
/// "Korea's" opens nothing (at worst a quotation ends early, which checks more, not less).
fn outside_quotes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut closing: Option<char> = None;
    let mut previous: Option<char> = None;
    for c in text.chars() {
        match closing {
            Some(end) => {
                if c == end {
                    closing = None;
                }
                out.push(' ');
            }
            None => {
                let opens = match c {
                    '“' => Some('”'),
                    '‘' => Some('’'),
                    '"' => Some('"'),
                    '\'' if previous.is_none_or(|p| p.is_whitespace() || "([“‘/".contains(p)) => {
                        Some('\'')
                    }
                    _ => None,
                };
                match opens {
                    Some(end) => {
                        closing = Some(end);
                        out.push(' ');
                    }
                    None => out.push(c),
                }
            }
        }
        previous = Some(c);
    }
    out
}

#[test]
fn quotations_are_blanked_but_apostrophes_are_not() {
    assert_eq!(outside_quotes("a 'b' c"), "a     c");
    assert_eq!(
        outside_quotes("기사는 '1700억원 규모'라고"),
        "기사는            라고"
    );
    assert_eq!(outside_quotes("Korea's first"), "Korea's first");
    assert_eq!(outside_quotes("“x” y"), "    y");
    assert_eq!(outside_quotes("the firms' unit"), "the firms' unit");
}

#[test]
fn no_text_uses_a_name_the_glossary_lists_as_a_variant() {
    let dataset = dataset();
    let variants: Vec<(&str, &str, &str)> = dataset
        .terms
        .iter()
        .flat_map(|t| {
            let ko = t
                .variants
                .ko
                .iter()
                .map(move |v| (t.id.as_str(), "ko", v.as_str()));
            let en = t
                .variants
                .en
                .iter()
                .map(move |v| (t.id.as_str(), "en", v.as_str()));
            ko.chain(en)
        })
        .collect();
    assert!(
        variants.len() >= 7,
        "the glossary lists only {} variants",
        variants.len()
    );
    let mut problems = Vec::new();
    for unit in units() {
        for t in unit.texts.iter().filter(|t| !t.glossary_note) {
            let text = outside_quotes(&t.text);
            for (term, lang, variant) in &variants {
                if text.contains(variant) {
                    problems.push(format!(
                        "{} [{}]: {variant:?} (a {lang} variant of glossary term `{term}`) in {:?}",
                        t.place, t.lang, t.text
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// An abbreviation and the full name it must first appear after, in one language.
struct FullName {
    short: &'static str,
    full: &'static str,
    lang: &'static str,
    /// English: the first short form sits inside `full`. Korean: `full` comes before it.
    inside: bool,
}

const FULL_NAMES: [FullName; 4] = [
    FullName {
        short: "MOTIE",
        full: "Ministry of Trade, Industry and Energy (MOTIE)",
        lang: "en",
        inside: true,
    },
    FullName {
        short: "MFDS",
        full: "Ministry of Food and Drug Safety (MFDS)",
        lang: "en",
        inside: true,
    },
    FullName {
        short: "산업부",
        full: "산업통상자원부",
        lang: "ko",
        inside: false,
    },
    FullName {
        short: "식약처",
        full: "식품의약품안전처",
        lang: "ko",
        inside: false,
    },
];

/// Why the first `rule.short` in `text` comes before its full name, if it does.
fn short_before_full(text: &str, rule: &FullName) -> Option<String> {
    let first = text.find(rule.short)?;
    let ok = if rule.inside {
        let offset = rule
            .full
            .find(rule.short)
            .expect("the full name holds the short one");
        first >= offset
            && text
                .get(first - offset..)
                .is_some_and(|s| s.starts_with(rule.full))
    } else {
        text[..first].contains(rule.full)
    };
    (!ok).then(|| {
        let at = text[..first]
            .char_indices()
            .rev()
            .nth(30)
            .map_or(0, |(i, _)| i);
        format!(
            "the first {:?} is not {} {:?}: …{}",
            rule.short,
            if rule.inside { "inside" } else { "after" },
            rule.full,
            &text[at..(first + rule.short.len())]
        )
    })
}

#[test]
fn an_abbreviation_first_appears_with_its_full_name() {
    let mut problems = Vec::new();
    let mut seen = [0usize; FULL_NAMES.len()];
    for unit in units() {
        for (i, rule) in FULL_NAMES.iter().enumerate() {
            let text = outside_quotes(&unit.joined(rule.lang));
            if text.contains(rule.short) {
                seen[i] += 1;
            }
            if let Some(problem) = short_before_full(&text, rule) {
                problems.push(format!("{}: {problem}", unit.place));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The rules do look at something: each abbreviation is used somewhere.
    for (rule, count) in FULL_NAMES.iter().zip(seen) {
        assert!(
            count > 0,
            "{:?} is used nowhere; is the rule still needed?",
            rule.short
        );
    }
    assert!(short_before_full("The MOTIE said", &FULL_NAMES[0]).is_some());
    assert!(short_before_full("산업부가 선정한", &FULL_NAMES[2]).is_some());
    assert!(short_before_full("산업통상자원부(산업부)가 … 산업부", &FULL_NAMES[2]).is_none());
}

/// How a Korean sum breaks the site's style ("268억 2,000만 원", "1,700억 원"), if it does.
fn won_spacing_problem(text: &str) -> Option<&'static str> {
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        if c.is_ascii_digit()
            && matches!(next, Some('억' | '만'))
            && chars.get(i + 2) == Some(&'원')
        {
            return Some("no space before 원 (write \"268억 원\")");
        }
        if matches!(c, '억' | '만' | '조') {
            let digits = chars[..i]
                .iter()
                .rev()
                .take_while(|d| d.is_ascii_digit())
                .count();
            if digits >= 4 {
                return Some(
                    "a number of four digits or more without a thousands separator (write \"1,700억\")",
                );
            }
            if matches!(c, '억' | '조') && next.is_some_and(|n| n.is_ascii_digit()) {
                return Some("no space after 억 or 조 (write \"268억 2,000만 원\")");
            }
        }
    }
    None
}

#[test]
fn korean_sums_of_money_are_spaced_and_separated() {
    let mut problems = Vec::new();
    for unit in units() {
        for t in unit.texts.iter().filter(|t| t.lang == "ko") {
            if let Some(problem) = won_spacing_problem(&outside_quotes(&t.text)) {
                problems.push(format!("{}: {problem}: {:?}", t.place, t.text));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    for bad in [
        "268억원",
        "2000만 원",
        "268억2,000만 원",
        "1700억 원",
        "1조8783억 원",
    ] {
        assert!(won_spacing_problem(bad).is_some(), "{bad:?} passed");
    }
    for good in [
        "268억 2,000만 원",
        "1,700억 원",
        "44억 원",
        "2018년 10억 원",
        "1조 8,783억 원",
    ] {
        assert_eq!(won_spacing_problem(good), None, "{good:?}");
    }
    assert_eq!(
        won_spacing_problem(&outside_quotes("기사는 '1700억원 규모'라고")),
        None
    );
}

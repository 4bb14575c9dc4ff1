//! Search over the site's content in both languages. The build collects what the pages
//! show (`build::search_documents`) into one [`Index`] per language, published at
//! `paths::search_index`; the search page fetches it when a reader first searches and answers
//! every query in the browser. Pure: no leptos, no web_sys.
//!
//! Words are cut as a reader types them: Hangul into syllables and syllable pairs (so
//! "혁신" finds "혁신도시", as Korean has no spaces inside compounds), Latin words
//! lower-cased and matched by prefix ("innov" finds "innovation"), and numbers as the site
//! writes them, without the thousands commas ("26.82", "268억", "1,234" = "1234").

use serde::{Deserialize, Serialize};

/// The query string's key: `/en/search/?q=…`.
pub const QUERY_KEY: &str = "q";
/// The most results a page lists.
pub const MAX_RESULTS: usize = 50;

crate::tokens! {
    /// What a result is; the order is the order results of equal standing are listed in.
    #[derive(PartialOrd, Ord)]
    pub enum Kind {
        Page = "page",
        Figure = "figure",
        Zone = "zone",
        Programme = "programme",
        Firm = "firm",
        Story = "story",
        Update = "update",
        WhyWonju = "why-wonju",
        Term = "term",
        Source = "source",
    }
}

impl Kind {
    pub const fn name(self) -> crate::i18n::Text {
        use crate::i18n;
        match self {
            Kind::Page => i18n::SEARCH_KIND_PAGE,
            Kind::Figure => i18n::SEARCH_KIND_FIGURE,
            Kind::Zone => i18n::SEARCH_KIND_ZONE,
            Kind::Programme => i18n::SEARCH_KIND_PROGRAMME,
            Kind::Firm => i18n::SEARCH_KIND_FIRM,
            Kind::Story => i18n::SEARCH_KIND_STORY,
            Kind::Update => i18n::SEARCH_KIND_UPDATE,
            Kind::WhyWonju => i18n::SEARCH_KIND_WHY_WONJU,
            Kind::Term => i18n::SEARCH_KIND_TERM,
            Kind::Source => i18n::SEARCH_KIND_SOURCE,
        }
    }
}

/// One thing a search can find, as its result shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Doc {
    pub kind: Kind,
    pub title: String,
    /// The page it is on, from the site root (with `#anchor` where it has one).
    pub path: String,
    /// A line under the title: a figure's value and period, a programme's audience…
    pub snippet: String,
}

/// A document and all the text it is found by (its title and snippet included).
#[derive(Clone, Debug)]
pub struct Document {
    pub doc: Doc,
    pub text: String,
}

/// Every token of the language's documents with the documents that hold it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Index {
    pub docs: Vec<Doc>,
    /// Sorted by token, so a prefix is one range; each list is sorted and unique.
    pub terms: Vec<(String, Vec<u32>)>,
}

/// A token of a query: matched exactly (Hangul) or as a prefix of an indexed token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Needle {
    Exact(String),
    Prefix(String),
}

/// What a query found: the documents in order, and how many matched in all.
#[derive(Clone, Debug, PartialEq)]
pub struct Found<'a> {
    pub docs: Vec<&'a Doc>,
    pub total: usize,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Hangul,
    Word,
    Other,
}

fn class(c: char) -> Class {
    if ('\u{AC00}'..='\u{D7A3}').contains(&c) {
        Class::Hangul
    } else if c.is_alphanumeric() {
        Class::Word
    } else {
        Class::Other
    }
}

/// The text cut into runs of one class; a `.` or `,` between two digits stays inside a
/// number, and the thousands comma is dropped ("1,234.5" → "1234.5").
fn runs(text: &str) -> Vec<(Class, String)> {
    let chars: Vec<char> = text.chars().collect();
    let mut runs: Vec<(Class, String)> = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let digit_at = |j: usize| chars.get(j).is_some_and(char::is_ascii_digit);
        let inside_number = (c == '.' || c == ',') && i > 0 && digit_at(i - 1) && digit_at(i + 1);
        let k = if inside_number { Class::Word } else { class(c) };
        if k == Class::Other {
            runs.push((Class::Other, String::new()));
            continue;
        }
        match runs.last_mut() {
            Some((last, run)) if *last == k => {
                if c != ',' {
                    run.extend(c.to_lowercase());
                }
            }
            _ => runs.push((k, c.to_lowercase().collect())),
        }
    }
    runs.retain(|(k, run)| *k != Class::Other && !run.is_empty());
    runs
}

/// Every token a document is found by: Hangul syllables and adjacent pairs, whole words.
pub fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (k, run) in runs(text) {
        match k {
            Class::Hangul => {
                let syllables: Vec<char> = run.chars().collect();
                out.extend(syllables.iter().map(|c| c.to_string()));
                out.extend(syllables.windows(2).map(|w| w.iter().collect::<String>()));
            }
            _ => out.push(run),
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// A query's needles: each pair of adjacent syllables (a lone syllable alone), and each
/// word or number as a prefix. Every needle must match for a document to be found.
pub fn needles(query: &str) -> Vec<Needle> {
    let mut out = Vec::new();
    for (k, run) in runs(query) {
        match k {
            Class::Hangul => {
                let syllables: Vec<char> = run.chars().collect();
                if syllables.len() == 1 {
                    out.push(Needle::Exact(run));
                } else {
                    out.extend(
                        syllables
                            .windows(2)
                            .map(|w| Needle::Exact(w.iter().collect())),
                    );
                }
            }
            _ => out.push(Needle::Prefix(run)),
        }
    }
    out.dedup();
    out
}

impl Index {
    pub fn build(documents: Vec<Document>) -> Index {
        let mut postings: std::collections::BTreeMap<String, Vec<u32>> = Default::default();
        let mut docs = Vec::with_capacity(documents.len());
        for (i, d) in documents.into_iter().enumerate() {
            let text = format!("{} {} {}", d.doc.title, d.doc.snippet, d.text);
            for token in tokens(&text) {
                postings.entry(token).or_default().push(i as u32);
            }
            docs.push(d.doc);
        }
        Index {
            docs,
            terms: postings.into_iter().collect(),
        }
    }

    /// Reads a published index; the message says what is wrong.
    pub fn from_json(text: &str) -> Result<Index, String> {
        let index: Index = serde_json::from_str(text).map_err(|e| e.to_string())?;
        if let Some((term, _)) = index
            .terms
            .iter()
            .find(|(_, ids)| ids.iter().any(|&i| i as usize >= index.docs.len()))
        {
            return Err(format!("the index's entry for “{term}” names no document"));
        }
        Ok(index)
    }

    /// The documents holding a token that the needle matches, sorted and unique.
    fn matching(&self, needle: &Needle) -> Vec<u32> {
        let (text, prefix) = match needle {
            Needle::Exact(t) => (t.as_str(), false),
            Needle::Prefix(t) => (t.as_str(), true),
        };
        let start = self.terms.partition_point(|(t, _)| t.as_str() < text);
        let mut ids: Vec<u32> = self.terms[start..]
            .iter()
            .take_while(|(t, _)| {
                if prefix {
                    t.starts_with(text)
                } else {
                    t == text
                }
            })
            .flat_map(|(_, ids)| ids.iter().copied())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// The documents that match every needle of the query: those whose title matches
    /// every needle first, then by kind, then in the site's order. An empty query finds
    /// nothing.
    pub fn search(&self, query: &str) -> Found<'_> {
        let needles = needles(query);
        if needles.is_empty() {
            return Found {
                docs: Vec::new(),
                total: 0,
            };
        }
        let mut hits: Option<Vec<u32>> = None;
        for needle in &needles {
            let ids = self.matching(needle);
            hits = Some(match hits {
                None => ids,
                Some(previous) => previous
                    .into_iter()
                    .filter(|i| ids.binary_search(i).is_ok())
                    .collect(),
            });
        }
        let in_title = |doc: &Doc| {
            let title = tokens(&doc.title);
            needles.iter().all(|n| match n {
                Needle::Exact(t) => title.binary_search(t).is_ok(),
                Needle::Prefix(p) => title.iter().any(|t| t.starts_with(p.as_str())),
            })
        };
        let mut docs: Vec<(bool, &Doc, u32)> = hits
            .unwrap_or_default()
            .into_iter()
            .map(|i| {
                let doc = &self.docs[i as usize];
                (!in_title(doc), doc, i)
            })
            .collect();
        // The key ends with the unique document number, so an unstable sort gives the same order.
        docs.sort_unstable_by_key(|&(not_in_title, doc, i)| (not_in_title, doc.kind, i));
        let total = docs.len();
        Found {
            docs: docs
                .into_iter()
                .take(MAX_RESULTS)
                .map(|(_, d, _)| d)
                .collect(),
            total,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(kind: Kind, title: &str, text: &str) -> Document {
        Document {
            doc: Doc {
                kind,
                title: title.into(),
                path: format!("/{}/", title.len()),
                snippet: String::new(),
            },
            text: text.into(),
        }
    }

    fn titles(index: &Index, q: &str) -> Vec<String> {
        index
            .search(q)
            .docs
            .iter()
            .map(|d| d.title.clone())
            .collect()
    }

    #[test]
    fn hangul_is_cut_into_syllables_and_pairs_and_latin_into_lower_case_words() {
        assert_eq!(
            tokens("혁신도시"),
            ["도", "도시", "시", "신", "신도", "혁", "혁신"]
        );
        assert_eq!(tokens("Digital Health, digital"), ["digital", "health"]);
        assert_eq!(tokens("268억 원"), ["268", "억", "원"]);
    }

    #[test]
    fn numbers_keep_their_decimal_point_and_lose_the_thousands_comma() {
        assert_eq!(tokens("26.82%"), ["26.82"]);
        assert_eq!(tokens("1,234.5 firms"), ["1234.5", "firms"]);
        // A comma or full stop that ends a sentence is not part of the number.
        assert_eq!(tokens("in 2023, 7."), ["2023", "7", "in"]);
        assert_eq!(needles("1,234"), [Needle::Prefix("1234".into())]);
    }

    #[test]
    fn a_query_needs_every_pair_of_syllables_and_every_word_prefix() {
        assert_eq!(
            needles("혁신도시 innov"),
            [
                Needle::Exact("혁신".into()),
                Needle::Exact("신도".into()),
                Needle::Exact("도시".into()),
                Needle::Prefix("innov".into()),
            ]
        );
        assert_eq!(needles("원"), [Needle::Exact("원".into())]);
        assert!(needles(" ,.!? ").is_empty());
    }

    #[test]
    fn search_finds_compounds_prefixes_and_numbers_as_written() {
        let index = Index::build(vec![
            doc(Kind::Page, "원주 혁신도시", "공공기관 이전"),
            doc(Kind::Figure, "Exports", "26.82 billion won in 2021"),
            doc(Kind::Figure, "투자 유치", "268억 원"),
            doc(
                Kind::Zone,
                "Regulation-free zone",
                "Innovation City, digital health",
            ),
        ]);
        assert_eq!(titles(&index, "혁신"), ["원주 혁신도시"]);
        assert_eq!(titles(&index, "도시 혁신"), ["원주 혁신도시"]);
        assert_eq!(
            titles(&index, "혁도"),
            Vec::<String>::new(),
            "syllables must be adjacent"
        );
        assert_eq!(titles(&index, "INNOV"), ["Regulation-free zone"]);
        assert_eq!(titles(&index, "26.82"), ["Exports"]);
        assert_eq!(titles(&index, "268억"), ["투자 유치"]);
        assert_eq!(titles(&index, "268억 innovation"), Vec::<String>::new());
        assert!(index.search("").docs.is_empty());
    }

    #[test]
    fn title_matches_come_first_then_by_kind() {
        let index = Index::build(vec![
            doc(Kind::Source, "A report", "about exports"),
            doc(Kind::Figure, "Another figure", "exports in 2021"),
            doc(Kind::Story, "Exports grew", "a firm"),
        ]);
        assert_eq!(
            titles(&index, "export"),
            ["Exports grew", "Another figure", "A report"]
        );
    }

    #[test]
    fn the_index_reads_back_and_a_broken_one_is_refused_with_a_reason() {
        let index = Index::build(vec![doc(Kind::Page, "Press", "data")]);
        let json = serde_json::to_string(&index).unwrap();
        assert_eq!(Index::from_json(&json).unwrap(), index);
        let broken = json.replace("[0]", "[7]");
        assert_ne!(broken, json);
        assert!(
            Index::from_json(&broken)
                .unwrap_err()
                .contains("names no document")
        );
        assert!(Index::from_json("{").is_err());
    }

    #[test]
    fn results_stop_at_the_page_limit_but_the_total_counts_all() {
        let docs = (0..MAX_RESULTS + 5)
            .map(|i| doc(Kind::Figure, &format!("Figure {i}"), "jobs"))
            .collect();
        let index = Index::build(docs);
        let found = index.search("jobs");
        assert_eq!(found.docs.len(), MAX_RESULTS);
        assert_eq!(found.total, MAX_RESULTS + 5);
    }
}

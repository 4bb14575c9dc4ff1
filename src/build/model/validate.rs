//! The checker the model's rules are written with. It carries the file and the entry, so
//! each rule is one line, and it resolves source references as it checks them.

use std::collections::{HashMap, HashSet};
use std::fmt::Display;
use std::sync::Arc;

use serde::de::DeserializeOwned;

use super::error::{DataError, Problem, Reason};
use super::files::{SeedFile, SeedTexts};
use super::{Cite, Source, SourcedText};
use crate::build::seed::{Bilingual, CitedBy, SourceRef};
use crate::date::{Date, PartialDate};
use crate::why;

/// Parses one seed file; a parse error names the file, the line and the column.
pub(crate) fn parse<T: DeserializeOwned>(
    texts: &SeedTexts,
    file: SeedFile,
) -> Result<T, DataError> {
    serde_json::from_str(texts.get(file)).map_err(|e| DataError::Parse {
        file: file.path(),
        line: e.line(),
        column: e.column(),
        reason: e
            .to_string()
            .split(" at line ")
            .next()
            .unwrap_or_default()
            .to_string(),
    })
}

/// Collects every problem found (not just the first), and the sources to resolve against.
pub(crate) struct Checker {
    problems: Vec<Problem>,
    sources: HashMap<String, Arc<Source>>,
}

impl Checker {
    pub fn new(sources: &[Arc<Source>]) -> Checker {
        Checker {
            problems: Vec::new(),
            sources: sources.iter().map(|s| (s.id.clone(), s.clone())).collect(),
        }
    }

    /// The rules of one entry of one file.
    pub fn entry(&mut self, file: SeedFile, entry: impl Display) -> Entry<'_> {
        Entry {
            checker: self,
            file,
            entry: entry.to_string(),
        }
    }

    /// Ids are present, used once, and URL-safe (they appear in page addresses).
    pub fn unique_ids<'a>(&mut self, file: SeedFile, ids: impl IntoIterator<Item = &'a str>) {
        let mut seen = HashSet::new();
        for id in ids {
            let mut entry = self.entry(file, id);
            if id.trim().is_empty() {
                entry.fail("id", why!("id가 비어 있습니다", "the id is empty"));
            } else if !seen.insert(id) {
                entry.fail(
                    "id",
                    why!("같은 id가 두 번 쓰였습니다", "this id is used twice"),
                );
            } else if !id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                entry.fail(
                    "id",
                    why!(
                        "id는 웹 주소에 들어가므로 a-z, 0-9, '-'만 쓸 수 있습니다",
                        "ids use only a-z, 0-9 and '-' (they appear in URLs)"
                    ),
                );
            }
        }
    }

    pub fn finish(self) -> Result<(), DataError> {
        if self.problems.is_empty() {
            Ok(())
        } else {
            Err(DataError::Invalid(self.problems))
        }
    }
}

pub(crate) struct Entry<'c> {
    checker: &'c mut Checker,
    file: SeedFile,
    entry: String,
}

impl Entry<'_> {
    pub fn fail(&mut self, field: impl Display, reason: Reason) {
        self.checker.problems.push(Problem {
            file: self.file.path(),
            entry: self.entry.clone(),
            field: field.to_string(),
            reason,
        });
    }

    /// Fails with `reason` unless `ok`.
    /// `text` as a date to the year, month or day; when it is not one, the problem (and a
    /// stand-in the refused dataset never shows).
    pub fn partial_date(&mut self, field: impl Display, text: &str) -> PartialDate {
        PartialDate::parse(text).unwrap_or_else(|| {
            self.fail(
                field,
                why!(
                    "날짜 형식(YYYY, YYYY-MM 또는 YYYY-MM-DD)이 아닙니다: {text:?}",
                    "not a date (YYYY, YYYY-MM or YYYY-MM-DD): {text:?}"
                ),
            );
            PartialDate::REFUSED
        })
    }

    pub fn require(&mut self, ok: bool, field: impl Display, reason: Reason) {
        if !ok {
            self.fail(field, reason);
        }
    }

    /// Both languages present: Korean non-empty, English non-empty and free of Hangul.
    pub fn text(&mut self, field: impl Display, text: &Bilingual) {
        if text.ko.trim().is_empty() {
            self.fail(
                format!("{field}.ko"),
                why!(
                    "한국어 글이 비어 있습니다",
                    "the Korean text is missing (empty)"
                ),
            );
        }
        if text.en.trim().is_empty() {
            self.fail(
                format!("{field}.en"),
                why!(
                    "영어 글이 비어 있습니다",
                    "the English text is missing (empty)"
                ),
            );
        } else if has_hangul(&text.en) {
            self.fail(
                format!("{field}.en"),
                why!(
                    "영어 글에 한국어가 섞여 있으니 영어로 번역하십시오",
                    "the English text contains Korean; translate it"
                ),
            );
        }
    }

    /// Like `text`, for an optional text.
    pub fn optional_text(&mut self, field: impl Display, text: Option<&Bilingual>) {
        if let Some(text) = text {
            self.text(field, text);
        }
    }

    /// The source `id` exists, and the paragraph is given exactly when it is cited by one.
    pub fn cite(&mut self, field: impl Display, r: &SourceRef) -> Option<Cite> {
        let Some(source) = self.checker.sources.get(&r.id).cloned() else {
            let id = &r.id;
            let reason = if id.is_empty() {
                why!("출처가 적혀 있지 않습니다", "no source given")
            } else {
                why!("등록되지 않은 출처입니다: `{id}`", "unknown source `{id}`")
            };
            self.fail(field, reason);
            return None;
        };
        let id = &r.id;
        match (source.cited_by, r.paragraph, source.paragraphs) {
            (CitedBy::Paragraph, None, _) => {
                self.fail(
                    field,
                    why!(
                        "`{id}` 출처는 문단별로 인용하므로 문단 번호를 적으십시오",
                        "source `{id}` is cited by paragraph; give one"
                    ),
                );
                None
            }
            (_, Some(p), Some(n)) if p == 0 || p > n => {
                self.fail(
                    field,
                    why!(
                        "`{id}` 출처에 {p}번 문단은 없습니다(1~{n}번까지 있습니다)",
                        "paragraph {p} is not in `{id}` (1 to {n})"
                    ),
                );
                None
            }
            (CitedBy::Url, Some(_), None) => {
                self.fail(
                    field,
                    why!(
                        "`{id}` 출처에는 번호가 매겨진 문단이 없습니다",
                        "source `{id}` has no numbered paragraphs"
                    ),
                );
                None
            }
            _ => Some(Cite {
                source,
                paragraph: r.paragraph,
            }),
        }
    }

    /// The source `id` exists (for a reference to a whole source, with no paragraph).
    pub fn source(&mut self, field: impl Display, id: &str) -> Option<Arc<Source>> {
        let source = self.checker.sources.get(id).cloned();
        if source.is_none() {
            self.fail(
                field,
                why!("등록되지 않은 출처입니다: `{id}`", "unknown source `{id}`"),
            );
        }
        source
    }

    /// At least one source, each of which resolves.
    pub fn cites(&mut self, field: impl Display, refs: &[SourceRef]) -> Vec<Cite> {
        let field = field.to_string();
        self.require(
            !refs.is_empty(),
            &field,
            why!("출처가 적혀 있지 않습니다", "no source given"),
        );
        refs.iter().filter_map(|r| self.cite(&field, r)).collect()
    }

    pub fn sourced_text(
        &mut self,
        field: impl Display,
        item: crate::build::seed::SourcedText,
    ) -> SourcedText {
        self.text(format!("{field}.text"), &item.text);
        let sources = self.cites(format!("{field}.sources"), &item.sources);
        SourcedText {
            text: item.text,
            sources,
        }
    }
}

pub(crate) fn has_hangul(s: &str) -> bool {
    s.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
}

/// `YYYY-MM-DD`, a day the calendar has.
pub(crate) fn is_iso_date(date: &str) -> bool {
    Date::parse(date).is_some()
}

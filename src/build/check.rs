//! The seed checker's report (`check`, `scripts/check`): every problem at once, grouped by
//! file, each with the line and column of its entry, the field and the reason, in Korean or
//! English. The build, CI and the content desk run the same checker (`Dataset::parse`);
//! this only writes what it found for a person to read.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::build::model::{DataError, Problem, SeedFile, SeedTexts};
use crate::lang::Lang;

/// Where an entry starts in its file: 1-based line and column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub line: usize,
    pub column: usize,
}

/// Where `entry` is written in `text`: its `"id"` (or `"version"`, `"code"`), else a key of
/// that name, else the first mention. `None` when the file does not name it.
pub fn locate(text: &str, entry: &str) -> Option<Place> {
    let quoted = serde_json::to_string(entry).ok()?;
    let patterns = [
        format!("\"id\": {quoted}"),
        format!("\"version\": {quoted}"),
        format!("\"code\": {quoted}"),
        format!("{quoted}:"),
        quoted.clone(),
    ];
    let at = patterns.iter().find_map(|p| text.find(p.as_str()))?;
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Some(Place { line, column })
}

/// The report of `error` in `lang`, with places read from `texts` (when they could be read).
pub fn report(error: &DataError, texts: Option<&SeedTexts>, lang: Lang) -> String {
    let ko = lang == Lang::Ko;
    let mut out = String::new();
    match error {
        DataError::Parse {
            file,
            line,
            column,
            reason,
        } => {
            let reason = parse_reason(reason, lang);
            if ko {
                let _ = writeln!(out, "{file}: JSON으로 읽을 수 없습니다.");
                let _ = writeln!(out, "  {line}행 {column}열: {reason}");
            } else {
                let _ = writeln!(out, "{file}: cannot be read as JSON.");
                let _ = writeln!(out, "  line {line}, column {column}: {reason}");
            }
        }
        DataError::Unreadable { root, files } => {
            if ko {
                let _ = writeln!(
                    out,
                    "{}에서 자료 파일 {}개를 읽을 수 없습니다(저장소 폴더에서 실행하거나 GW_ROOT를 지정하십시오):",
                    root.display(),
                    files.len()
                );
            } else {
                let _ = writeln!(
                    out,
                    "{} seed file(s) cannot be read under {} (run from the repository, or set GW_ROOT to it):",
                    files.len(),
                    root.display()
                );
            }
            for (file, why) in files {
                let _ = writeln!(out, "  {file}: {why}");
            }
        }
        DataError::Invalid(problems) => {
            // By file, in the order the files are listed.
            let mut by_file: BTreeMap<usize, (Option<SeedFile>, Vec<&Problem>)> = BTreeMap::new();
            for p in problems {
                let file = SeedFile::from_code(p.file);
                let order = file.map_or(SeedFile::ALL.len(), |f| f as usize);
                by_file.entry(order).or_insert((file, Vec::new())).1.push(p);
            }
            let _ = if ko {
                writeln!(out, "자료에서 문제 {}건을 찾았습니다.", problems.len())
            } else {
                writeln!(out, "{} problem(s) in the seed data.", problems.len())
            };
            for (file, list) in by_file.values() {
                let text = match (texts, file) {
                    (Some(t), Some(f)) => t.get(*f),
                    _ => "",
                };
                let _ = if ko {
                    writeln!(out, "\n{} ({}건)", list[0].file, list.len())
                } else {
                    writeln!(out, "\n{} ({})", list[0].file, list.len())
                };
                let mut list: Vec<(Option<Place>, &Problem)> =
                    list.iter().map(|p| (locate(text, &p.entry), *p)).collect();
                list.sort_by_key(|(place, _)| place.map(|p| (p.line, p.column)));
                for (place, p) in list {
                    let at = match (place, ko) {
                        (Some(pl), true) => format!("{}행 {}열", pl.line, pl.column),
                        (Some(pl), false) => format!("line {}, column {}", pl.line, pl.column),
                        (None, true) => "위치 미상".to_string(),
                        (None, false) => "place unknown".to_string(),
                    };
                    let _ = if ko {
                        writeln!(
                            out,
                            "  {at}, 항목 `{}`, 필드 `{}`: {}",
                            p.entry,
                            p.field,
                            p.reason.get(lang)
                        )
                    } else {
                        writeln!(
                            out,
                            "  {at}, entry `{}`, field `{}`: {}",
                            p.entry,
                            p.field,
                            p.reason.get(lang)
                        )
                    };
                }
            }
        }
    }
    out
}

/// A JSON reader's message (serde_json's, in English) in `lang`: the common ones in Korean.
fn parse_reason(reason: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return reason.to_string();
    }
    let quoted = |prefix: &str| {
        reason
            .strip_prefix(prefix)
            .and_then(|rest| rest.split('`').next())
            .map(str::to_string)
    };
    if let Some(field) = quoted("missing field `") {
        return format!("필수 필드가 없습니다: `{field}`");
    }
    if let Some(field) = quoted("unknown field `") {
        return format!("알 수 없는 필드입니다: `{field}` (철자를 확인하십시오)");
    }
    if let Some(value) = quoted("unknown variant `") {
        let accepted = reason.split("expected ").nth(1).unwrap_or_default();
        let accepted = accepted.strip_prefix("one of ").unwrap_or(accepted);
        return format!("허용되지 않는 값입니다: `{value}` (가능한 값: {accepted})");
    }
    if reason.starts_with("invalid type") {
        return format!("값의 형식이 맞지 않습니다 ({reason})");
    }
    if reason.starts_with("trailing comma") {
        return "마지막 항목 뒤에 쉼표가 있습니다. 지우십시오".to_string();
    }
    if reason.starts_with("EOF while parsing") {
        return "파일이 중간에 끝납니다. 닫는 괄호나 따옴표가 빠졌는지 확인하십시오".to_string();
    }
    if reason.starts_with("expected") || reason.starts_with("key must be a string") {
        return format!("JSON 문법 오류입니다 ({reason}). 쉼표, 따옴표, 괄호를 확인하십시오");
    }
    format!("JSON 오류: {reason}")
}

/// The language of the report: `--lang`, else the system locale (Korean when it is).
pub fn system_lang() -> Lang {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty())
        .unwrap_or_default();
    if locale.to_lowercase().starts_with("ko") {
        Lang::Ko
    } else {
        Lang::En
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_is_found_by_its_id_then_its_key() {
        let text =
            "{\n  \"figures\": [\n    {\n      \"id\": \"a\",\n      \"b\": 1\n    }\n  ]\n}";
        assert_eq!(locate(text, "a"), Some(Place { line: 4, column: 7 }));
        assert_eq!(locate(text, "figures"), Some(Place { line: 2, column: 3 }));
        assert_eq!(locate(text, "nowhere"), None);
    }

    #[test]
    fn a_json_reader_message_reads_in_korean() {
        assert_eq!(
            parse_reason("missing field `unit`", Lang::Ko),
            "필수 필드가 없습니다: `unit`"
        );
        assert!(
            parse_reason("unknown field `valeu`, expected one of `id`", Lang::Ko)
                .contains("`valeu`")
        );
        assert_eq!(
            parse_reason("missing field `unit`", Lang::En),
            "missing field `unit`"
        );
    }
}

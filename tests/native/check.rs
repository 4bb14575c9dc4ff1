//! The seed checker's report (`check`): every problem at once, grouped by file, each at its
//! entry's line and column with the field and the reason, in Korean or English; and every
//! reason the rules give is written in both languages.

use gwnic::build::check::{locate, report};
use gwnic::build::model::{Dataset, SeedFile};
use gwnic::lang::Lang;

/// Two broken files: an English label emptied in figures.json, a web address broken in
/// sources.json.
fn broken() -> (
    gwnic::build::model::DataError,
    gwnic::build::model::SeedTexts,
) {
    let texts = crate::common::texts();
    let figures =
        texts
            .get(SeedFile::Figures)
            .replacen(r#""en": "Firms attracted""#, r#""en": """#, 1);
    let sources = texts.get(SeedFile::Sources).replacen(
        r#""url": "https://etnews.com/20221227000057""#,
        r#""url": "etnews.com/20221227000057""#,
        1,
    );
    let texts = texts
        .with(SeedFile::Figures, figures)
        .with(SeedFile::Sources, sources);
    let e = Dataset::parse(&texts).expect_err("two broken files are refused");
    (e, texts)
}

#[test]
fn the_report_groups_problems_by_file_at_their_entry_in_korean_and_english() {
    let (e, texts) = broken();
    let ko = report(&e, Some(&texts), Lang::Ko);
    let en = report(&e, Some(&texts), Lang::En);
    // Each entry is found where it is written (the figure's id on line 4 of figures.json).
    let at = locate(texts.get(SeedFile::Figures), "firms-attracted").expect("located");
    let line = texts
        .get(SeedFile::Figures)
        .lines()
        .position(|l| l.contains(r#""id": "firms-attracted""#))
        .expect("the figure's id")
        + 1;
    assert_eq!(at.line, line);
    for (report, place, words) in [
        (
            &ko,
            format!(
                "{}행 {}열, 항목 `firms-attracted`, 필드 `label.en`",
                at.line, at.column
            ),
            "영어",
        ),
        (
            &en,
            format!(
                "line {}, column {}, entry `firms-attracted`, field `label.en`",
                at.line, at.column
            ),
            "English",
        ),
    ] {
        assert!(report.contains(&place), "{report}");
        assert!(report.contains(words), "{report}");
        assert!(
            report.contains("seeds/figures.json") && report.contains("seeds/sources.json"),
            "{report}"
        );
        assert!(report.contains("`etnews-2022-12-27`"), "{report}");
        // Grouped by file, in the order the files are listed (sources before figures).
        assert!(
            report.find("seeds/sources.json") < report.find("seeds/figures.json"),
            "{report}"
        );
        assert_eq!(
            report.matches("seeds/figures.json").count(),
            1,
            "one heading: {report}"
        );
    }
    assert!(ko.contains("문제 2건"), "{ko}");
    assert!(en.contains("2 problem(s)"), "{en}");
    // The Korean report has no English reason in it, and the other way round.
    assert!(!ko.contains("missing"), "{ko}");
    assert!(
        !en.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)),
        "{en}"
    );
}

#[test]
fn a_file_that_is_not_json_is_reported_at_its_line_in_either_language() {
    let texts = crate::common::texts();
    let broken = texts.get(SeedFile::Zones).replacen('{', "{,", 1);
    let texts = texts.with(SeedFile::Zones, broken);
    let e = Dataset::parse(&texts).expect_err("refused");
    let ko = report(&e, Some(&texts), Lang::Ko);
    assert!(
        ko.contains("seeds/zones.json: JSON으로 읽을 수 없습니다") && ko.contains("1행"),
        "{ko}"
    );
    let en = report(&e, Some(&texts), Lang::En);
    assert!(
        en.contains("seeds/zones.json: cannot be read as JSON") && en.contains("line 1"),
        "{en}"
    );
}

/// Every reason a rule gives (`why!("…", "…")` in src/build) has its Korean in Hangul and
/// its English without: no rule answers in one language only.
#[test]
fn every_rule_gives_its_reason_in_korean_and_in_english() {
    let mut files = Vec::new();
    let mut stack = vec![crate::common::root().join("src/build")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "rs") {
                files.push(path);
            }
        }
    }
    let hangul = |s: &str| s.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c));
    let mut count = 0;
    let mut wrong = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let text = text.replace("\\\"", "'");
        for call in text.split("why!(").skip(1) {
            // The two literals: the first two double-quoted strings of the call.
            let literals: Vec<&str> = call.split('"').skip(1).step_by(2).take(2).collect();
            let [ko, en] = literals[..] else {
                wrong.push(format!("{}: a why! without two literals", file.display()));
                continue;
            };
            count += 1;
            if !hangul(ko) || hangul(en) || en.trim().is_empty() {
                wrong.push(format!("{}: {ko:?} / {en:?}", file.display()));
            }
        }
    }
    assert!(count > 80, "{count} reasons found");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

//! The seed data loads, holds the figures the site promises, and any broken file is
//! refused with a message naming the file, the entry and the field.

use crate::common::dataset;
use gwnic::build::model::{Dataset, SeedFile, SeedTexts};

/// Parses the seed files after `edit` changed some of them; returns the error text.
fn error_after(edit: impl FnOnce(&mut Edits)) -> String {
    let mut edits = Edits(crate::common::texts());
    edit(&mut edits);
    match Dataset::parse(&edits.0) {
        Ok(_) => panic!("the edited seeds were accepted"),
        Err(e) => e.to_string(),
    }
}

struct Edits(SeedTexts);

impl Edits {
    /// Replaces the first `from` in `file` with `to`; `from` must be there.
    fn replace(&mut self, file: SeedFile, from: &str, to: &str) {
        let mut text = self.0.get(file).to_string();
        replace_once(&mut text, from, to);
        self.0 = self.0.clone().with(file, text);
    }
}

fn replace_once(text: &mut String, from: &str, to: &str) {
    assert!(
        text.contains(from),
        "test set-up: {from:?} not found in the seed"
    );
    *text = text.replacen(from, to, 1);
}

fn assert_mentions(message: &str, parts: &[&str]) {
    for part in parts {
        assert!(message.contains(part), "expected {part:?} in:\n{message}");
    }
}

#[test]
fn every_seed_file_validates() {
    dataset();
}

#[test]
fn the_seed_articles_figures_are_all_there_with_their_values_and_paragraphs() {
    let d = dataset();
    let expected: &[(&str, f64, u32)] = &[
        ("firms-attracted", 42.0, 1),
        ("new-jobs", 126.0, 1),
        ("commercialisation-revenue", 26_820_000_000.0, 1),
        ("rnd-firms-supported", 26.0, 6),
        ("non-rnd-firms-supported", 70.0, 6),
        ("supported-revenue-growth", 5.5, 6),
        ("supported-employment-growth", 11.5, 6),
        ("cluster-revenue-growth", 0.4, 6),
        ("cluster-employment-growth", 3.3, 6),
        ("isens-commercialisation-revenue", 15_600_000_000.0, 7),
        ("isens-rank-sales-growth", 1.0, 7),
        ("isens-rank-overall", 3.0, 7),
        ("mezoo-investment", 12_500_000_000.0, 8),
        ("otom-investment", 170_000_000_000.0, 8),
        ("phase2-plan-s-grades", 4.0, 10),
    ];
    for (id, value, paragraph) in expected {
        let f = d
            .figure(id)
            .unwrap_or_else(|| panic!("missing figure {id}"));
        assert_eq!(f.value, *value, "{id}");
        assert_eq!(f.source.source.id, "etnews-2022-12-27", "{id}");
        assert_eq!(f.source.paragraph, Some(*paragraph), "{id}");
    }
}

#[test]
fn later_evaluation_figures_are_dated_sourced_and_kept_apart() {
    let d = dataset();
    let later: Vec<_> = d
        .figures_in(gwnic::build::model::Group::Evaluation2023_24)
        .collect();
    assert!(later.len() >= 8, "{} evaluation figures", later.len());
    for f in later {
        assert_ne!(
            f.source.source.id, "etnews-2022-12-27",
            "{}: the later figures come from later sources",
            f.id
        );
        assert!(
            f.period.start.is_none_or(|s| s >= 2018) && f.period.end >= 2023,
            "{}: period {:?}",
            f.id,
            f.period
        );
    }
}

#[test]
fn derived_figures_are_computed_from_their_inputs() {
    let d = dataset();
    let share = d
        .derived_figure("isens-share-of-commercialisation-revenue")
        .expect("share");
    assert!((share.value - 15_600_000_000.0 / 26_820_000_000.0 * 100.0).abs() < 1e-9);
    let index = d.derived_figure("supported-revenue-index").expect("index");
    assert!((index.value - 100.0 * 1.055f64.powi(4)).abs() < 1e-9);
    let usd = d
        .derived_figure("commercialisation-revenue-usd")
        .expect("usd");
    assert!((usd.value - 26_820_000_000.0 / 1144.8911).abs() < 1e-6);
}

#[test]
fn every_discrepancy_named_in_the_research_is_recorded() {
    let d = dataset();
    for id in [
        "designated-area-unit",
        "phase1-period",
        "ces-award-attribution",
        "earlier-cumulative-figures",
    ] {
        assert!(
            d.discrepancies.iter().any(|x| x.id == id),
            "missing discrepancy {id}"
        );
    }
    assert!(!d.discrepancies_for("designated-area").is_empty());
}

#[test]
fn a_missing_language_names_the_file_and_line() {
    let message = error_after(|f| {
        f.replace(
            SeedFile::Figures,
            r#""label": { "ko": "유치 기업", "en": "Firms attracted" }"#,
            r#""label": { "ko": "유치 기업" }"#,
        )
    });
    assert_mentions(
        &message,
        &["seeds/figures.json", "line", "missing field `en`"],
    );
}

#[test]
fn an_empty_translation_names_the_file_entry_and_field() {
    let message = error_after(|f| {
        f.replace(
            SeedFile::Figures,
            r#""en": "Firms attracted""#,
            r#""en": """#,
        )
    });
    assert_mentions(
        &message,
        &[
            "seeds/figures.json",
            "`firms-attracted`",
            "`label.en`",
            "missing",
        ],
    );
}

#[test]
fn an_unknown_source_names_the_figure() {
    let message = error_after(|f| {
        f.replace(
            SeedFile::Figures,
            r#""source": { "id": "etnews-2025-04-14" }"#,
            r#""source": { "id": "nowhere" }"#,
        )
    });
    assert_mentions(
        &message,
        &[
            "seeds/figures.json",
            "`evaluation-rank`",
            "`source`",
            "unknown source `nowhere`",
        ],
    );
}

#[test]
fn a_missing_paragraph_for_the_seed_article_is_refused() {
    let message = error_after(|f| {
        f.replace(
            SeedFile::Figures,
            r#""source": { "id": "etnews-2022-12-27", "paragraph": 10 }"#,
            r#""source": { "id": "etnews-2022-12-27" }"#,
        )
    });
    assert_mentions(
        &message,
        &["`phase2-plan-s-grades`", "`source`", "cited by paragraph"],
    );
}

#[test]
fn a_missing_unit_or_period_names_the_line() {
    let message = error_after(|f| {
        f.replace(
            SeedFile::Figures,
            r#""value": 42, "unit": "firms","#,
            r#""value": 42,"#,
        )
    });
    assert_mentions(
        &message,
        &["seeds/figures.json", "line", "missing field `unit`"],
    );
    let message = error_after(|f| {
        f.replace(
            SeedFile::Figures,
            r#""period": { "start": 2022, "end": 2022 },"#,
            "",
        )
    });
    assert_mentions(
        &message,
        &["seeds/figures.json", "line", "missing field `period`"],
    );
}

#[test]
fn a_duplicate_id_is_refused() {
    let message = error_after(|f| {
        f.replace(
            SeedFile::Figures,
            r#""id": "new-jobs""#,
            r#""id": "firms-attracted""#,
        )
    });
    assert_mentions(
        &message,
        &[
            "seeds/figures.json",
            "`firms-attracted`",
            "`id`",
            "used twice",
        ],
    );
}

#[test]
fn a_part_larger_than_its_whole_is_refused() {
    let message = error_after(|f| {
        f.replace(
            SeedFile::Figures,
            r#""value": 15600000000"#,
            r#""value": 36600000000"#,
        )
    });
    assert_mentions(
        &message,
        &[
            "`isens-commercialisation-revenue`",
            "`value`",
            "larger than its whole",
        ],
    );
    let message = error_after(|f| {
        f.replace(
            SeedFile::Figures,
            r#""value": 10400000000"#,
            r#""value": 10500000000"#,
        )
    });
    assert_mentions(&message, &["`phase1-funding`", "parts add up"]);
}

#[test]
fn a_derived_formula_that_refers_to_nothing_is_refused() {
    let message = error_after(|f| {
        f.replace(
            SeedFile::Derived,
            r#""rate": "supported-revenue-growth""#,
            r#""rate": "no-such-growth""#,
        )
    });
    assert_mentions(
        &message,
        &[
            "seeds/derived.json",
            "`supported-revenue-index`",
            "`formula.rate`",
            "no-such-growth",
        ],
    );
}

#[test]
fn an_unknown_field_is_refused_with_its_line() {
    let message = error_after(|f| {
        f.replace(
            SeedFile::Sources,
            r#""url": "https://etnews.com/20221227000057","#,
            r#""link": "x","url": "https://etnews.com/20221227000057","#,
        )
    });
    assert_mentions(
        &message,
        &["seeds/sources.json", "line", "unknown field `link`"],
    );
}

#[test]
fn a_discrepancy_about_an_unknown_figure_is_refused() {
    let message = error_after(|f| {
        f.replace(
            SeedFile::Discrepancies,
            r#""figures": ["designated-radius"]"#,
            r#""figures": ["designated-diameter"]"#,
        )
    });
    assert_mentions(
        &message,
        &[
            "seeds/discrepancies.json",
            "`radius-centre`",
            "`figures`",
            "designated-diameter",
        ],
    );
}

#[test]
fn a_story_citing_an_unknown_figure_or_source_is_refused() {
    let message = error_after(|f| {
        f.replace(
            SeedFile::Stories,
            r#""figures": ["otom-investment"]"#,
            r#""figures": ["otom-revenue"]"#,
        );
        f.replace(
            SeedFile::Stories,
            r#""sources": [{ "id": "wowtv-otom-2022" }]"#,
            r#""sources": []"#,
        );
    });
    assert_mentions(
        &message,
        &[
            "seeds/stories.json",
            "`otom`",
            "unknown figure `otom-revenue`",
            "`paragraphs[1].sources`",
            "no source given",
        ],
    );
}

#[test]
fn a_programme_the_finder_could_never_show_is_refused() {
    let message = error_after(|f| {
        f.replace(
            SeedFile::Programmes,
            r#""needs": ["global"],"#,
            r#""needs": [],"#,
        );
        f.replace(SeedFile::Programmes, r#""phase": 2,"#, r#""phase": 3,"#);
    });
    assert_mentions(
        &message,
        &[
            "seeds/programmes.json",
            "`global-cooperation`",
            "`needs`",
            "`hospital-linked-rnd`",
            "not phase 1 or 2",
        ],
    );
}

#[test]
fn a_timeline_out_of_order_or_with_a_bad_date_is_refused() {
    let message = error_after(|f| {
        f.replace(SeedFile::Events, r#""date": "2027""#, r#""date": "2017""#);
        f.replace(
            SeedFile::Events,
            r#""date": "2023-10""#,
            r#""date": "2023-13""#,
        );
    });
    assert_mentions(
        &message,
        &[
            "seeds/events.json",
            "`2017`",
            "comes before the entry above it",
            "`2023-13`",
            "not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
        ],
    );
    // An event links only to what the site has.
    let message = error_after(|f| {
        f.replace(
            SeedFile::Events,
            r#""zones": [
        "precision-medicine-rfz"
      ]"#,
            r#""zones": [
        "precision-medicine-zone"
      ]"#,
        )
    });
    assert_mentions(
        &message,
        &[
            "seeds/events.json",
            "`2023-10`",
            "zones",
            "precision-medicine-zone",
        ],
    );
}

/// Words of our own workshop that must never reach a page: readers know the sources by
/// name, not as "the seed article".
const INTERNAL_WORDS: [&str; 4] = ["기준 기사", "seed article", "seed", "fixture"];

fn internal_word(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    INTERNAL_WORDS.into_iter().find(|w| lower.contains(w))
}

/// Every text shown to readers in a seed file: the values of `ko` and `en`.
fn reader_texts(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map {
                match (key.as_str(), v) {
                    ("ko" | "en", serde_json::Value::String(s)) => out.push(s.clone()),
                    _ => reader_texts(v, out),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| reader_texts(v, out)),
        _ => {}
    }
}

#[test]
fn no_text_a_reader_sees_uses_an_internal_word() {
    let mut problems = Vec::new();
    // site.json holds only a date and ids, the boundaries are KOSTAT's as received, and
    // test-run.json is a record the accessibility statement dates.
    let records = [SeedFile::Site, SeedFile::Boundaries, SeedFile::TestRun];
    for file in SeedFile::ALL.into_iter().filter(|f| !records.contains(f)) {
        let value: serde_json::Value =
            serde_json::from_str(crate::common::text(file)).expect("the seed file is JSON");
        let mut texts = Vec::new();
        reader_texts(&value, &mut texts);
        assert!(!texts.is_empty(), "{}: no texts found", file.path());
        for text in texts {
            if let Some(word) = internal_word(&text) {
                problems.push(format!("{}: {word:?} in {text:?}", file.path()));
            }
        }
    }
    for (name, text) in gwnic::i18n::ALL {
        for t in [text.ko, text.en] {
            if let Some(word) = internal_word(t) {
                problems.push(format!("i18n {name}: {word:?} in {t:?}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(
        internal_word("As the Seed Article says"),
        Some("seed article")
    );
}

/// A superlative ("Korea's first") that only one outlet reports is told as reported.
#[test]
fn superlatives_are_attributed_to_who_reported_them() {
    const SUPERLATIVES: [&str; 8] = [
        "국내 최초",
        "국내 첫",
        "국내 처음",
        "전국 최초",
        "전국 처음",
        "korea's first",
        "first of its kind",
        "first such",
    ];
    const ATTRIBUTION: [&str; 9] = [
        "따르면",
        "보도",
        "전했",
        "적었",
        "꼽았",
        "reported",
        "according to",
        "reports",
        "counts",
    ];
    let mut problems = Vec::new();
    for file in [
        SeedFile::Stories,
        SeedFile::Partners,
        SeedFile::Programmes,
        SeedFile::Sites,
    ] {
        let value: serde_json::Value =
            serde_json::from_str(crate::common::text(file)).expect("the seed file is JSON");
        let mut texts = Vec::new();
        reader_texts(&value, &mut texts);
        // Sentence by sentence: an attribution elsewhere in the text does not cover it.
        for sentence in texts.iter().flat_map(|t| t.split_inclusive(['.', ';'])) {
            let lower = sentence.to_lowercase();
            if SUPERLATIVES.iter().any(|s| lower.contains(s))
                && !ATTRIBUTION.iter().any(|a| lower.contains(a))
            {
                problems.push(format!("{}: {sentence:?}", file.path()));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "unattributed:\n{}",
        problems.join("\n")
    );
}

/// What the phase-2 plan of December 2022 announced is told as a plan, not as what is.
#[test]
fn phase_two_programmes_read_as_the_plan_they_come_from() {
    for p in dataset().programmes.iter().filter(|p| p.phase == 2) {
        assert!(
            p.description.ko.contains("계획") && p.description.en.contains("plan"),
            "{}: {:?}",
            p.id,
            p.description
        );
    }
}

#[test]
fn an_official_english_name_cited_to_a_korean_source_is_refused() {
    let message = error_after(|f| {
        f.replace(
            SeedFile::Glossary,
            r#""official": true, "source": "motie-english-site""#,
            r#""official": true, "source": "etnews-2022-12-27""#,
        );
    });
    assert_mentions(
        &message,
        &[
            "seeds/glossary.json",
            "`motie`",
            "official",
            "needs a source in English",
        ],
    );
}

#[test]
fn a_period_no_source_starts_reads_as_reported_not_as_years() {
    let d = dataset();
    for id in [
        "mezoo-investment",
        "otom-investment",
        "mezoo-cumulative-investment",
    ] {
        let f = d.figure(id).expect(id);
        assert_eq!(f.period.start, None, "{id}: no source gives a start");
        assert!(f.period.as_of.is_some(), "{id}: reported when");
    }
    let reported = r#""period": { "end": 2022, "as_of": "2022-12" },"#;
    // A start no source gives cannot come back with the report month still there…
    let message = error_after(|f| {
        f.replace(
            SeedFile::Figures,
            reported,
            r#""period": { "start": 2018, "end": 2022, "as_of": "2022-12" },"#,
        )
    });
    assert_mentions(
        &message,
        &["seeds/figures.json", "mezoo-investment", "period.as_of"],
    );
    // …nor can a period lose both its start and the month it was reported.
    let message =
        error_after(|f| f.replace(SeedFile::Figures, reported, r#""period": { "end": 2022 },"#));
    assert_mentions(
        &message,
        &["seeds/figures.json", "mezoo-investment", "as_of"],
    );
    // A report month after the source's own date is refused.
    let message = error_after(|f| {
        f.replace(
            SeedFile::Figures,
            r#""period": { "end": 2025, "as_of": "2025-04" },"#,
            r#""period": { "end": 2025, "as_of": "2025-05" },"#,
        )
    });
    assert_mentions(
        &message,
        &[
            "mezoo-cumulative-investment",
            "period.as_of",
            "after the source's date 2025-04-14",
        ],
    );
    let message = error_after(|f| {
        f.replace(
            SeedFile::Figures,
            reported,
            r#""period": { "end": 2022, "as_of": "2022-13" },"#,
        )
    });
    assert_mentions(&message, &["seeds/figures.json", "line", "not a month"]);
}

#[test]
fn a_warning_without_its_caveat_and_a_compounding_the_period_cannot_hold_are_refused() {
    let caveat = r#""caveat": { "ko": "기사는 '4년간(2018~2021년)'이라고만 적었고"#;
    let message = error_after(|f| {
        let mut text = f.0.get(SeedFile::Figures).to_string();
        // The first growth rate loses its caveat (the rest of the object stays valid).
        let start = text.find(caveat).expect("test set-up: the growth caveat");
        let end = start + text[start..].find("},\n").expect("end of the caveat") + 3;
        text.replace_range(start..end, "");
        f.0 = f.0.clone().with(SeedFile::Figures, text);
    });
    assert_mentions(&message, &["supported-revenue-growth", "warning", "caveat"]);
    assert_mentions(
        &message,
        &[
            "seeds/derived.json",
            "supported-revenue-index",
            "formula.years",
            "3 steps",
        ],
    );
}

#[test]
fn a_claim_in_its_own_quotation_marks_is_refused() {
    // The discrepancy note sets each claim in quotation marks; a claim that brings its own
    // would be printed ““twice””.
    let message = error_after(|f| {
        f.replace(
            SeedFile::Discrepancies,
            r#""says": { "ko": "강원 혁신도시와"#,
            r#""says": { "ko": "“강원 혁신도시와"#,
        )
    });
    assert_mentions(
        &message,
        &[
            "seeds/discrepancies.json",
            "claims[0].says",
            "quotation mark",
        ],
    );
}

#[test]
fn two_figures_with_one_label_are_refused() {
    // A figure's page is titled by its label: the 2025 show's exhibitors take the 2024 label.
    let message = error_after(|f| {
        f.replace(
            SeedFile::Figures,
            "\"en\": \"Exhibitors at the 2025 show\"",
            "\"en\": \"Exhibitors at the 2024 show\"",
        )
    });
    assert!(
        message.contains("entry `gmes-2025-exhibitors`, field `label`")
            && message.contains("is also `gmes-2024-exhibitors`'s"),
        "{message}"
    );
}

#[test]
fn a_share_above_a_hundred_percent_is_refused() {
    let message = error_after(|f| {
        f.replace(
            SeedFile::Figures,
            "\"value\": 14.2, \"unit\": \"percent_share\"",
            "\"value\": 142, \"unit\": \"percent_share\"",
        )
    });
    assert!(
        message.contains("entry `gangwon-device-export-share-2024`, field `value`")
            && message.contains("a share is at most 100%"),
        "{message}"
    );
}

#[test]
fn a_home_page_figure_that_names_no_figure_is_refused() {
    let message = crate::common::seed_error(
        SeedFile::Site,
        r#""gangwon-device-exports-2024""#,
        r#""gangwon-device-exports-2042""#,
    );
    assert_mentions(
        &message,
        &[
            "seeds/site.json",
            "home",
            "today[1]",
            "no sourced figure `gangwon-device-exports-2042`",
        ],
    );
}

#[test]
fn a_related_place_listed_under_the_cluster_designation_is_refused() {
    let message = crate::common::seed_error(
        SeedFile::Zones,
        r#""sites": ["innovation-city", "enterprise-city", "munmak-donghwa", "buron", "usan"]"#,
        r#""sites": ["innovation-city", "enterprise-city", "munmak-donghwa", "buron", "usan", "city-hall"]"#,
    );
    assert_mentions(
        &message,
        &[
            "seeds/zones.json",
            "innovation-cluster",
            "sites",
            "`city-hall` is not a designated site",
        ],
    );
}

#[test]
fn a_source_date_the_calendar_lacks_is_refused_and_dates_compare_as_days() {
    let message = error_after(|f| {
        f.replace(
            SeedFile::Sources,
            r#""date": "2022-12-27""#,
            r#""date": "2022-02-30""#,
        )
    });
    assert_mentions(
        &message,
        &[
            "seeds/sources.json",
            "`date`",
            "not a YYYY-MM-DD date",
            "2022-02-30",
        ],
    );
    // A source newer than the information date is refused: compared as days, not as text
    // ("2026-11-3" would sort after "2026-11-25" as text, and is not a date at all).
    let message = error_after(|f| {
        f.replace(
            SeedFile::Sources,
            r#""date": "2022-12-27""#,
            r#""date": "2026-11-26""#,
        )
    });
    assert_mentions(
        &message,
        &["information_as_of", "older than source", "2026-11-26"],
    );
    let message = error_after(|f| {
        f.replace(
            SeedFile::Sources,
            r#""date": "2022-12-27""#,
            r#""date": "2026-11-3""#,
        )
    });
    assert_mentions(&message, &["not a YYYY-MM-DD date", "2026-11-3"]);
}

#[test]
fn an_id_a_page_names_that_is_renamed_fails_naming_its_field() {
    for (from, to, field) in [
        (
            r#""radius_figure": "designated-radius""#,
            r#""radius_figure": "designated-radios""#,
            "`named.radius_figure`",
        ),
        (
            r#""firms_total_figure": "cluster-firms-2023""#,
            r#""firms_total_figure": "cluster-firms""#,
            "`named.firms_total_figure`",
        ),
        (
            r#""revenue_share_figure": "isens"#,
            r#""revenue_share_figure": "x-isens"#,
            "`named.revenue_share_figure`",
        ),
        (
            r#""official_site_en": "gwtp-english-site""#,
            r#""official_site_en": "gwtp-site""#,
            "`named.official_site_en`",
        ),
        (
            r#"{ "id": "etnews-2022-12-27", "paragraph": 3 }"#,
            r#"{ "id": "etnews-2022-12-27", "paragraph": 99 }"#,
            "`named.guide_sources`",
        ),
    ] {
        let message = error_after(|f| f.replace(SeedFile::Site, from, to));
        assert_mentions(&message, &["seeds/site.json", "`named`", field]);
    }
}

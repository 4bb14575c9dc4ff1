//! What journalists download and read equals the model: the CSV and JSON files, the
//! overview cards and the figure pages, in both languages.

use crate::common::dataset;
use crate::common::unescape;

/// The columns of figures.csv: a published contract, so a change must be deliberate.
const FIGURES_CSV_HEADER: [&str; 28] = [
    "id",
    "kind",
    "group",
    "label_ko",
    "label_en",
    "value",
    "unit",
    "out_of",
    "value_ko",
    "value_en",
    "period_start",
    "period_end",
    "period_as_of",
    "scope_ko",
    "scope_en",
    "definition_ko",
    "definition_en",
    "formula",
    "inputs",
    "source_id",
    "source_paragraph",
    "source_url",
    "caveat_ko",
    "caveat_en",
    "discrepancies",
    "page_ko",
    "page_en",
    "information_as_of",
];

use crate::common::render;
use gwnic::build::export;
use gwnic::build::format;
use gwnic::build::model::FigureRef;
use gwnic::lang::Lang;
use gwnic::route::Page;

#[test]
fn figures_csv_starts_with_a_bom_and_has_one_row_per_figure_equal_to_the_model() {
    let d = dataset();
    let csv_text = export::figures_csv(d);
    assert!(
        csv_text.starts_with('\u{FEFF}'),
        "Excel needs the BOM to read UTF-8"
    );
    let mut reader = csv::Reader::from_reader(csv_text.trim_start_matches('\u{FEFF}').as_bytes());
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(String::from)
        .collect();
    assert_eq!(header, FIGURES_CSV_HEADER);
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), d.figures.len() + d.derived.len());
    let col = |name: &str| {
        FIGURES_CSV_HEADER
            .iter()
            .position(|h| *h == name)
            .expect("column")
    };
    for f in &d.figures {
        let row = rows
            .iter()
            .find(|r| &r[0] == f.id.as_str())
            .unwrap_or_else(|| panic!("{} missing", f.id));
        assert_eq!(
            row[col("value")].parse::<f64>().expect("number"),
            f.value,
            "{}",
            f.id
        );
        assert_eq!(&row[col("unit")], f.unit.code());
        assert_eq!(&row[col("label_ko")], f.label.ko.as_str());
        assert_eq!(&row[col("label_en")], f.label.en.as_str());
        assert_eq!(
            &row[col("value_ko")],
            format::figure_value(f, Lang::Ko).as_str()
        );
        assert_eq!(&row[col("source_id")], f.source.source.id.as_str());
        assert_eq!(row[col("period_start")].parse::<u16>().ok(), f.period.start);
        assert_eq!(
            &row[col("period_as_of")],
            f.period.as_of.map(|m| m.to_string()).unwrap_or_default()
        );
        assert_eq!(&row[col("kind")], "sourced");
    }
    for f in &d.derived {
        let row = rows
            .iter()
            .find(|r| &r[0] == f.id.as_str())
            .unwrap_or_else(|| panic!("{} missing", f.id));
        assert_eq!(
            row[col("value")].parse::<f64>().expect("number"),
            f.value,
            "{}",
            f.id
        );
        assert_eq!(&row[col("kind")], "derived");
        assert_eq!(&row[col("formula")], f.formula_text().as_str());
    }
}

#[test]
fn figures_json_matches_the_model_and_validates_against_its_published_schema() {
    let d = dataset();
    let text = export::figures_json(d);
    let doc: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let schema: serde_json::Value =
        serde_json::from_str(&export::figures_schema(d)).expect("the schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("the schema is a valid schema");
    let errors: Vec<String> = validator
        .iter_errors(&doc)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(
        errors.is_empty(),
        "figures.json breaks its schema:\n{}",
        errors.join("\n")
    );
    // The schema holds the document to its shape: an unknown field or a wrong type fails.
    let mut broken = doc.clone();
    broken["figures"][0]["colour"] = "red".into();
    assert!(
        !validator.is_valid(&broken),
        "an unknown field passed the schema"
    );
    let mut broken = doc.clone();
    broken["figures"][0]["value"] = "42".into();
    assert!(
        !validator.is_valid(&broken),
        "a value given as text passed the schema"
    );

    let figures = doc["figures"].as_array().expect("figures array");
    assert_eq!(figures.len(), d.figures.len() + d.derived.len());
    for object in figures {
        let id = object["id"].as_str().expect("id");
        let value = object["value"].as_f64().expect("value");
        let model_value = d
            .figure_ref(id)
            .map(|f| f.value())
            .unwrap_or_else(|| panic!("{id} is not in the model"));
        assert!(
            (value - model_value).abs() <= model_value.abs() * 1e-12,
            "{id}: {value} vs {model_value}"
        );
    }
    assert_eq!(
        doc["sources"].as_array().expect("sources").len(),
        d.sources.len()
    );
    assert_eq!(
        doc["discrepancies"]
            .as_array()
            .expect("discrepancies")
            .len(),
        d.discrepancies.len()
    );
}

#[test]
fn sources_and_glossary_csv_list_every_entry() {
    let d = dataset();
    for (text, count) in [
        (export::sources_csv(d), d.sources.len()),
        (export::glossary_csv(d), d.terms.len()),
    ] {
        assert!(text.starts_with('\u{FEFF}'));
        let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{FEFF}').as_bytes());
        assert_eq!(reader.records().count(), count);
    }
}

#[test]
fn the_home_page_shows_its_figures_with_period_link_and_source_in_both_languages() {
    let d = dataset();
    let history = d
        .figures_in(gwnic::build::model::Group::Phase1)
        .filter(|f| f.headline);
    let shown: Vec<&gwnic::build::model::Figure> = d
        .home
        .lead
        .iter()
        .chain(&d.home.today)
        .map(|f| &**f)
        .chain(history)
        .collect();
    assert!(shown.len() >= 10, "{} figures", shown.len());
    for lang in Lang::ALL {
        let body = unescape(&render(&Page::home().path(lang)).body);
        for f in &shown {
            let id = &f.id;
            let code = lang.code();
            assert!(
                body.contains(&format::figure_value(f, lang)),
                "{code}: {id} value"
            );
            let link = format!("href=\"{}\"", Page::Figure(id.clone()).path(lang));
            assert!(body.contains(&link), "{code}: {id} link");
            assert!(
                body.contains(&format::source_reference(&f.source, lang)),
                "{code}: {id} source"
            );
        }
        // The lead result carries its period and source in the first screen's block.
        let lead = &d.home.lead[0];
        let block = &body[body.find("class=\"gw-lead\"").expect("a lead block")..];
        let block = &block[..block.find("</article>").expect("the lead block closes")];
        assert!(
            block.contains(&format::period(lead.period, lang)),
            "{}: lead period",
            lang.code()
        );
        assert!(
            block.contains(&format::source_reference(&lead.source, lang)),
            "{}: lead source",
            lang.code()
        );
        assert!(
            block.contains(&lead.source.source.url),
            "{}: lead source link",
            lang.code()
        );
    }
}

#[test]
fn the_cluster_today_is_ordered_newest_first() {
    let today = &dataset().home.today;
    assert!(today.len() >= 2);
    for pair in today.windows(2) {
        assert!(
            pair[0].recency() >= pair[1].recency(),
            "{} before {}",
            pair[0].id,
            pair[1].id
        );
    }
    // The file lists them in another order, so the sort is what puts them right.
    let ids: Vec<&str> = today.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids[0], "cluster-firms-2023", "{ids:?}");
}

#[test]
fn every_figure_page_shows_value_source_discrepancies_and_citations_in_both_languages() {
    let d = dataset();
    for lang in Lang::ALL {
        for f in &d.figures {
            let body = unescape(&render(&Page::Figure(f.id.clone()).path(lang)).body);
            let id = &f.id;
            assert!(body.contains(&format::figure_value(f, lang)), "{id}: value");
            assert!(body.contains(f.definition.get(lang)), "{id}: definition");
            assert!(
                body.contains(&format::period(f.period, lang)),
                "{id}: period"
            );
            assert!(body.contains(&f.source.source.url), "{id}: source link");
            for note in d.discrepancies_for(id) {
                assert!(
                    body.contains(note.topic.get(lang)),
                    "{id}: discrepancy {}",
                    note.id
                );
            }
            if let Some(caveat) = &f.caveat {
                assert!(body.contains(caveat.get(lang)), "{id}: caveat");
            }
            for citation_lang in Lang::ALL {
                let citation = format::citation(FigureRef::Sourced(f), d.kept(id), citation_lang);
                assert!(
                    body.contains(&citation),
                    "{id}: {} citation",
                    citation_lang.code()
                );
            }
        }
        for f in &d.derived {
            let body = unescape(&render(&Page::Figure(f.id.clone()).path(lang)).body);
            assert!(
                body.contains(&format::derived_value(f, lang)),
                "{}: value",
                f.id
            );
            assert!(body.contains(&f.formula_text()), "{}: formula", f.id);
            assert!(
                body.contains(gwnic::i18n::DERIVED_BADGE.get(lang)),
                "{}: marked derived",
                f.id
            );
        }
    }
}

#[test]
fn the_press_page_lists_every_download_and_every_figure() {
    let d = dataset();
    for lang in Lang::ALL {
        let body = unescape(&render(&Page::Section(gwnic::route::Section::Press).path(lang)).body);
        for dl in export::DOWNLOADS {
            assert!(
                body.contains(&format!("href=\"{}\"", dl.path)),
                "{}: {}",
                lang.code(),
                dl.path
            );
            assert!(body.contains(dl.title.get(lang)));
        }
        for id in d.all_figures().map(|f| f.id()) {
            assert!(
                body.contains(&Page::Figure(id.to_string()).path(lang)),
                "{}: {id}",
                lang.code()
            );
        }
    }
}

#[test]
fn every_download_carries_the_information_as_of_date() {
    let d = crate::common::dataset();
    let as_of = d.information_as_of.to_string();
    let as_of = as_of.as_str();
    for download in gwnic::build::export::DOWNLOADS {
        let text = (download.build)(d);
        if download.path.ends_with(".csv") {
            let mut reader =
                csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
            let headers = reader.headers().expect("header").clone();
            assert_eq!(
                headers.iter().next_back(),
                Some("information_as_of"),
                "{}",
                download.path
            );
            for row in reader.records().map(Result::unwrap) {
                assert_eq!(row.iter().next_back(), Some(as_of), "{}", download.path);
            }
        } else if download.path.ends_with("figures.json") {
            let json: serde_json::Value = serde_json::from_str(&text).expect("json");
            assert_eq!(json["information_as_of"], as_of);
        }
    }
    for lang in gwnic::lang::Lang::ALL {
        for id in gwnic::build::chart::ChartId::ALL {
            let chart =
                gwnic::build::chart::chart_data(d, id, lang, Default::default()).expect("chart");
            assert!(
                chart
                    .csv()
                    .lines()
                    .next()
                    .unwrap_or_default()
                    .ends_with(",information_as_of")
            );
            let date = gwnic::build::format::date(as_of, lang);
            assert!(
                chart.option_json(false, true).contains(&date),
                "{id:?}: the image's date"
            );
        }
    }
}

#[test]
fn a_source_newer_than_the_information_as_of_date_is_refused() {
    let site = crate::common::text(gwnic::build::model::SeedFile::Site);
    let texts = crate::common::texts().with(
        gwnic::build::model::SeedFile::Site,
        site.replacen("\"2026-11-25\"", "\"2024-01-01\"", 1),
    );
    let message = match gwnic::build::model::Dataset::parse(&texts) {
        Ok(_) => panic!("an as-of date older than the sources was accepted"),
        Err(e) => e.to_string(),
    };
    assert!(
        message.contains("seeds/site.json") && message.contains("older than source"),
        "{message}"
    );
}

/// The ids of the source entries on a rendered page, in page order.
fn source_entries(body: &str) -> Vec<String> {
    body.match_indices("<li id=\"source-")
        .map(|(i, m)| {
            let rest = &body[i + m.len()..];
            rest[..rest.find('"').expect("closing quote")].to_string()
        })
        .collect()
}

#[test]
fn the_sources_pages_list_every_source_once_newest_first_and_the_press_page_links_them() {
    let d = dataset();
    for lang in Lang::ALL {
        let dated_body = unescape(&render(&Page::Sources.path(lang)).body);
        let undated_body = unescape(&render(&Page::UndatedSources.path(lang)).body);
        let dated = source_entries(&dated_body);
        let undated = source_entries(&undated_body);
        let mut seen: Vec<&str> = dated.iter().chain(&undated).map(String::as_str).collect();
        seen.sort_unstable();
        let mut expected: Vec<&str> = d.sources.iter().map(|s| s.id.as_str()).collect();
        expected.sort_unstable();
        assert_eq!(seen, expected, "{}: every source exactly once", lang.code());
        // The dated page: newest first, under a heading for each year in the order they run.
        let dates: Vec<gwnic::date::Date> = dated
            .iter()
            .map(|id| {
                d.source(id)
                    .and_then(|s| s.date)
                    .unwrap_or_else(|| panic!("{}: {id} is on the dated page", lang.code()))
            })
            .collect();
        for pair in dates.windows(2) {
            assert!(
                pair[0] >= pair[1],
                "{}: {} before {}",
                lang.code(),
                pair[0],
                pair[1]
            );
        }
        let mut years: Vec<String> = dates
            .iter()
            .map(|date| format::partial_date(date.year, lang))
            .collect();
        years.dedup();
        assert!(
            years.len() > 1,
            "test set-up: sources from more than one year"
        );
        let mut at = 0;
        for year in &years {
            at += dated_body[at..]
                .find(&format!(">{year}</h2>"))
                .unwrap_or_else(|| panic!("{}: heading {year} in order", lang.code()));
        }
        for id in &undated {
            assert!(
                d.source(id).is_some_and(|s| s.date.is_none()),
                "{}: {id} has no date",
                lang.code()
            );
        }
        for s in &d.sources {
            let body = if s.date.is_some() {
                &dated_body
            } else {
                &undated_body
            };
            assert!(
                body.contains(&s.url),
                "{}: {} has its address",
                lang.code(),
                s.id
            );
        }
        // Each page links the other.
        assert!(dated_body.contains(&format!("href=\"{}\"", Page::UndatedSources.path(lang))));
        assert!(undated_body.contains(&format!("href=\"{}\"", Page::Sources.path(lang))));

        let press = unescape(&render(&Page::Section(gwnic::route::Section::Press).path(lang)).body);
        assert!(
            press.contains(&format!("href=\"{}\"", Page::Sources.path(lang))),
            "{}: the press page links the sources",
            lang.code()
        );
        assert!(
            source_entries(&press).is_empty(),
            "{}: the press page no longer lists them itself",
            lang.code()
        );
        // Search results for a source lead to its entry.
        let mut found = 0;
        for doc in gwnic::build::search_documents::documents(d, lang)
            .into_iter()
            .filter(|doc| doc.doc.kind == gwnic::search::Kind::Source)
        {
            let (page, anchor) = doc.doc.path.split_once('#').expect("an anchor");
            let body = if page == Page::Sources.path(lang) {
                &dated_body
            } else {
                assert_eq!(page, Page::UndatedSources.path(lang));
                &undated_body
            };
            assert!(
                body.contains(&format!("id=\"{anchor}\"")),
                "{}",
                doc.doc.path
            );
            found += 1;
        }
        assert_eq!(found, d.sources.len());
    }
}

//! The published data: CSV and JSON files built from the model, written into `dist/data/`
//! by the build and listed on the press page. Pure.

use serde_json::{Value, json};

use crate::format;
use crate::i18n::{self, Text};
use crate::lang::Lang;
use crate::model::{Dataset, DerivedFigure, Figure};
use crate::route::Page;

/// A file journalists can download, at a stable URL under the site root.
pub struct Download {
    /// Path from the site root, e.g. `data/figures.csv`.
    pub path: &'static str,
    pub title: Text,
    pub description: Text,
    pub build: fn(&Dataset) -> String,
}

/// Every published file, in the order the press page lists them.
pub const DOWNLOADS: [Download; 6] = [
    Download {
        path: "data/figures.csv",
        title: i18n::DL_FIGURES_CSV,
        description: i18n::DL_FIGURES_CSV_DESC,
        build: figures_csv,
    },
    Download {
        path: "data/figures.json",
        title: i18n::DL_FIGURES_JSON,
        description: i18n::DL_FIGURES_JSON_DESC,
        build: figures_json,
    },
    Download {
        path: "data/figures.schema.json",
        title: i18n::DL_SCHEMA,
        description: i18n::DL_SCHEMA_DESC,
        build: figures_schema,
    },
    Download {
        path: "data/sources.csv",
        title: i18n::DL_SOURCES_CSV,
        description: i18n::DL_SOURCES_CSV_DESC,
        build: sources_csv,
    },
    Download {
        path: "data/glossary.csv",
        title: i18n::DL_GLOSSARY_CSV,
        description: i18n::DL_GLOSSARY_CSV_DESC,
        build: glossary_csv,
    },
    Download {
        path: "data/sites.csv",
        title: i18n::DL_SITES_CSV,
        description: i18n::DL_SITES_CSV_DESC,
        build: sites_csv,
    },
];

/// Excel reads a CSV as UTF-8 (and so shows Hangul) only when it starts with a BOM.
const BOM: &str = "\u{FEFF}";

/// One row of `figures.csv` / one object of `figures.json`: a sourced or derived figure.
pub struct FigureRecord {
    pub id: String,
    pub kind: &'static str,
    pub group: String,
    pub label: [String; 2],
    pub value: f64,
    pub unit: &'static str,
    pub out_of: Option<f64>,
    pub formatted: [String; 2],
    pub period: (u16, u16),
    pub scope: [String; 2],
    pub definition: [String; 2],
    pub source_id: Option<String>,
    pub source_paragraph: Option<u32>,
    pub source_url: Option<String>,
    pub formula: Option<String>,
    pub inputs: Vec<String>,
    pub caveat: Option<[String; 2]>,
    pub discrepancies: Vec<String>,
    pub pages: [String; 2],
}

fn both(f: impl Fn(Lang) -> String) -> [String; 2] {
    [f(Lang::Ko), f(Lang::En)]
}

/// The name an enum value has in the published data (its serde name).
fn serde_code(value: impl serde::Serialize) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default()
}

fn sourced_record(d: &Dataset, f: &Figure) -> FigureRecord {
    FigureRecord {
        id: f.id.clone(),
        kind: "sourced",
        group: serde_code(f.group),
        label: both(|l| f.label.get(l).to_string()),
        value: f.value,
        unit: f.unit.code(),
        out_of: f.out_of,
        formatted: both(|l| format::figure_value(f, l)),
        period: (f.period.start, f.period.end),
        scope: both(|l| f.scope.get(l).to_string()),
        definition: both(|l| f.definition.get(l).to_string()),
        source_id: Some(f.source.id.clone()),
        source_paragraph: f.source.paragraph,
        source_url: d.source(&f.source.id).map(|s| s.url.clone()),
        formula: None,
        inputs: Vec::new(),
        caveat: f.caveat.as_ref().map(|c| both(|l| c.get(l).to_string())),
        discrepancies: d
            .discrepancies_for(&f.id)
            .into_iter()
            .map(|x| x.id.clone())
            .collect(),
        pages: both(|l| Page::Figure(f.id.clone()).path(l)),
    }
}

fn derived_record(d: &Dataset, f: &DerivedFigure) -> FigureRecord {
    let first = f.inputs.first().and_then(|id| d.figure(id));
    FigureRecord {
        id: f.id.clone(),
        kind: "derived",
        group: first.map(|x| serde_code(x.group)).unwrap_or_default(),
        label: both(|l| f.label.get(l).to_string()),
        value: f.value,
        unit: f.unit_code(),
        out_of: None,
        formatted: both(|l| format::derived_value(f, l)),
        period: first
            .map(|x| (x.period.start, x.period.end))
            .unwrap_or_default(),
        scope: first
            .map(|x| both(|l| x.scope.get(l).to_string()))
            .unwrap_or_default(),
        definition: both(|l| f.definition.get(l).to_string()),
        source_id: None,
        source_paragraph: None,
        source_url: None,
        formula: Some(f.formula_text()),
        inputs: f.inputs.clone(),
        caveat: None,
        discrepancies: d
            .discrepancies_for(&f.id)
            .into_iter()
            .map(|x| x.id.clone())
            .collect(),
        pages: both(|l| Page::Figure(f.id.clone()).path(l)),
    }
}

/// Every figure, sourced then derived, in file order.
pub fn figure_records(d: &Dataset) -> Vec<FigureRecord> {
    d.figures
        .iter()
        .map(|f| sourced_record(d, f))
        .chain(d.derived.iter().map(|f| derived_record(d, f)))
        .collect()
}

fn csv_text(header: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let write = || -> Result<Vec<u8>, csv::Error> {
        writer.write_record(header)?;
        for row in rows {
            writer.write_record(&row)?;
        }
        writer.flush()?;
        Ok(writer.get_ref().clone())
    };
    // Writing into memory cannot fail; an empty file would be caught by the export tests.
    let bytes = write().unwrap_or_default();
    format!("{BOM}{}", String::from_utf8_lossy(&bytes))
}

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}

pub const FIGURES_CSV_HEADER: [&str; 26] = [
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
];

pub fn figures_csv(d: &Dataset) -> String {
    let rows = figure_records(d).into_iter().map(|r| {
        let [caveat_ko, caveat_en] = r.caveat.clone().unwrap_or_default();
        vec![
            r.id,
            r.kind.to_string(),
            r.group,
            r.label[0].clone(),
            r.label[1].clone(),
            r.value.to_string(),
            r.unit.to_string(),
            opt(&r.out_of),
            r.formatted[0].clone(),
            r.formatted[1].clone(),
            r.period.0.to_string(),
            r.period.1.to_string(),
            r.scope[0].clone(),
            r.scope[1].clone(),
            r.definition[0].clone(),
            r.definition[1].clone(),
            opt(&r.formula),
            r.inputs.join(";"),
            opt(&r.source_id),
            opt(&r.source_paragraph),
            opt(&r.source_url),
            caveat_ko,
            caveat_en,
            r.discrepancies.join(";"),
            r.pages[0].clone(),
            r.pages[1].clone(),
        ]
    });
    csv_text(&FIGURES_CSV_HEADER, rows)
}

fn bilingual(pair: &[String; 2]) -> Value {
    json!({ "ko": pair[0], "en": pair[1] })
}

pub fn figure_json(r: &FigureRecord) -> Value {
    json!({
        "id": r.id,
        "kind": r.kind,
        "group": r.group,
        "label": bilingual(&r.label),
        "value": r.value,
        "unit": r.unit,
        "out_of": r.out_of,
        "formatted": bilingual(&r.formatted),
        "period": { "start": r.period.0, "end": r.period.1 },
        "scope": bilingual(&r.scope),
        "definition": bilingual(&r.definition),
        "source": r.source_id.as_ref().map(|id| json!({ "id": id, "paragraph": r.source_paragraph, "url": r.source_url })),
        "formula": r.formula,
        "inputs": r.inputs,
        "caveat": r.caveat.as_ref().map(bilingual),
        "discrepancies": r.discrepancies,
        "pages": bilingual(&r.pages),
    })
}

pub fn figures_json(d: &Dataset) -> String {
    let figures: Vec<Value> = figure_records(d).iter().map(figure_json).collect();
    let sources: Vec<Value> = d
        .sources
        .iter()
        .map(|s| json!({ "id": s.id, "publisher": s.publisher, "title": s.title, "date": s.date, "url": s.url, "language": s.language }))
        .collect();
    let discrepancies: Vec<Value> = d
        .discrepancies
        .iter()
        .map(|x| json!({ "id": x.id, "figures": x.figures, "topic": x.topic, "claims": x.claims, "note": x.note }))
        .collect();
    let doc = json!({
        "$schema": "figures.schema.json",
        "title": { "ko": i18n::SITE_NAME.ko, "en": i18n::SITE_NAME.en },
        "figures": figures,
        "sources": sources,
        "discrepancies": discrepancies,
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}

/// JSON Schema (2020-12) of one object in `figures.json`'s `figures` array.
pub fn figure_schema() -> Value {
    let bilingual = json!({ "type": "object", "required": ["ko", "en"], "properties": { "ko": { "type": "string" }, "en": { "type": "string" } }, "additionalProperties": false });
    json!({
        "type": "object",
        "additionalProperties": false,
        "required": ["id", "kind", "group", "label", "value", "unit", "out_of", "formatted", "period", "scope", "definition", "source", "formula", "inputs", "caveat", "discrepancies", "pages"],
        "properties": {
            "id": { "type": "string", "pattern": "^[a-z0-9-]+$", "description": "Stable id; the figure's page is /{lang}/figures/{id}/" },
            "kind": { "enum": ["sourced", "derived"], "description": "derived: computed by this site from sourced figures (see formula)" },
            "group": { "type": "string", "description": "Which set of results; sets are not one series" },
            "label": bilingual,
            "value": { "type": "number", "description": "The value in `unit`, unformatted" },
            "unit": { "type": "string", "description": "krw, firms, jobs, people, patents, percent_per_year, rank, indicators, km, km2, krw_per_usd; derived: percent, index, usd" },
            "out_of": { "type": ["number", "null"], "description": "For ranks and counts out of a total" },
            "formatted": bilingual,
            "period": { "type": "object", "required": ["start", "end"], "properties": { "start": { "type": "integer" }, "end": { "type": "integer" } } },
            "scope": bilingual,
            "definition": bilingual,
            "source": { "type": ["object", "null"], "properties": { "id": { "type": "string" }, "paragraph": { "type": ["integer", "null"] }, "url": { "type": ["string", "null"] } } },
            "formula": { "type": ["string", "null"] },
            "inputs": { "type": "array", "items": { "type": "string" } },
            "caveat": { "anyOf": [bilingual, { "type": "null" }] },
            "discrepancies": { "type": "array", "items": { "type": "string" }, "description": "Ids of notes where sources disagree" },
            "pages": bilingual
        }
    })
}

pub fn figures_schema(_: &Dataset) -> String {
    let doc = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Gangwon National Innovation Cluster figures",
        "type": "object",
        "required": ["figures", "sources", "discrepancies"],
        "properties": {
            "figures": { "type": "array", "items": figure_schema() },
            "sources": { "type": "array" },
            "discrepancies": { "type": "array" }
        }
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}

pub fn sources_csv(d: &Dataset) -> String {
    let rows = d.sources.iter().map(|s| {
        vec![
            s.id.clone(),
            s.publisher.ko.clone(),
            s.publisher.en.clone(),
            s.title.ko.clone(),
            s.title.en.clone(),
            opt(&s.date),
            s.url.clone(),
            s.language.code().to_string(),
        ]
    });
    csv_text(
        &[
            "id",
            "publisher_ko",
            "publisher_en",
            "title_ko",
            "title_en",
            "date",
            "url",
            "language",
        ],
        rows,
    )
}

pub fn glossary_csv(d: &Dataset) -> String {
    let rows = d.terms.iter().map(|t| {
        vec![
            t.id.clone(),
            serde_code(t.kind),
            t.ko.clone(),
            t.en.clone(),
            t.official.to_string(),
            t.source.clone(),
            t.note.as_ref().map(|n| n.ko.clone()).unwrap_or_default(),
            t.note.as_ref().map(|n| n.en.clone()).unwrap_or_default(),
        ]
    });
    csv_text(
        &[
            "id",
            "kind",
            "ko",
            "en",
            "official_english",
            "source_id",
            "note_ko",
            "note_en",
        ],
        rows,
    )
}

/// The cluster's sites: a coordinate where one is sourced, otherwise the districts shown.
pub fn sites_csv(d: &Dataset) -> String {
    let source_ids = |refs: &[crate::seed::SourceRef]| {
        refs.iter()
            .map(|r| match r.paragraph {
                Some(p) => format!("{} ¶{p}", r.id),
                None => r.id.clone(),
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    let on_map = d.sites.iter().map(|s| {
        let (lat, lon, confidence, coordinate_source) = match &s.location {
            crate::seed::Location::Point(p) => (
                p.lat.to_string(),
                p.lon.to_string(),
                serde_code(p.confidence),
                p.source.id.clone(),
            ),
            crate::seed::Location::Districts { .. } => Default::default(),
        };
        vec![
            s.id.clone(),
            "wonju".to_string(),
            s.name.ko.clone(),
            s.name.en.clone(),
            s.location.district_codes().join("; "),
            lat,
            lon,
            confidence,
            coordinate_source,
            s.description.ko.clone(),
            s.description.en.clone(),
            source_ids(&s.sources),
        ]
    });
    let outside = d.outside_sites.iter().map(|s| {
        vec![
            s.id.clone(),
            format!("outside: {}", s.place.en),
            s.name.ko.clone(),
            s.name.en.clone(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            s.description.ko.clone(),
            s.description.en.clone(),
            source_ids(&s.sources),
        ]
    });
    csv_text(
        &[
            "id",
            "where",
            "name_ko",
            "name_en",
            "districts_kostat_2018",
            "lat",
            "lon",
            "coordinate_confidence",
            "coordinate_source",
            "description_ko",
            "description_en",
            "sources",
        ],
        on_map.chain(outside),
    )
}

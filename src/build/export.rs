//! The published data: CSV and JSON files built from the model, written into `dist/data/`
//! by the build and listed on the press page. Each file's rows are a `Serialize` struct,
//! so its columns (and the JSON Schema of `figures.json`) are written down once. Pure.

use serde::{Serialize, Serializer};

use crate::build::format;
use crate::build::model::{
    Bilingual, Cite, Dataset, FigureRef, FigureUnit, Group, Location, Period, TermKind,
};
use crate::i18n::{self, Text};
use crate::lang::Lang;
use crate::paths;
use crate::route::Page;

/// A file journalists can download, at a stable URL under the site root.
pub struct Download {
    /// Path from the site root, e.g. `/data/figures.csv` (`paths`).
    pub path: &'static str,
    pub title: Text,
    pub description: Text,
    pub build: fn(&Dataset) -> String,
}

/// Every published file, in the order the press page lists them.
pub const DOWNLOADS: [Download; 8] = [
    Download {
        path: paths::FIGURES_CSV,
        title: i18n::DL_FIGURES_CSV,
        description: i18n::DL_FIGURES_CSV_DESC,
        build: figures_csv,
    },
    Download {
        path: paths::FIGURES_JSON,
        title: i18n::DL_FIGURES_JSON,
        description: i18n::DL_FIGURES_JSON_DESC,
        build: figures_json,
    },
    Download {
        path: paths::FIGURES_SCHEMA,
        title: i18n::DL_SCHEMA,
        description: i18n::DL_SCHEMA_DESC,
        build: figures_schema,
    },
    Download {
        path: paths::SOURCES_CSV,
        title: i18n::DL_SOURCES_CSV,
        description: i18n::DL_SOURCES_CSV_DESC,
        build: sources_csv,
    },
    Download {
        path: paths::GLOSSARY_CSV,
        title: i18n::DL_GLOSSARY_CSV,
        description: i18n::DL_GLOSSARY_CSV_DESC,
        build: glossary_csv,
    },
    Download {
        path: paths::SITES_CSV,
        title: i18n::DL_SITES_CSV,
        description: i18n::DL_SITES_CSV_DESC,
        build: sites_csv,
    },
    Download {
        path: paths::ZONES_CSV,
        title: i18n::DL_ZONES_CSV,
        description: i18n::DL_ZONES_CSV_DESC,
        build: zones_csv,
    },
    Download {
        path: paths::FIRMS_CSV,
        title: i18n::DL_FIRMS_CSV,
        description: i18n::DL_FIRMS_CSV_DESC,
        build: firms_csv,
    },
];

/// Excel reads a CSV as UTF-8 (and so shows Hangul) only when it starts with a BOM.
const BOM: &str = "\u{FEFF}";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum FigureKind {
    Sourced,
    /// Computed by this site from sourced figures (see `formula`).
    Derived,
}

/// Where a sourced figure comes from.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SourceLink {
    pub id: String,
    pub paragraph: Option<u32>,
    pub url: Option<String>,
}

/// One object of `figures.json`'s `figures` (and one row of `figures.csv`): a sourced or
/// derived figure with everything needed to cite it.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FigureRecord {
    /// Stable id; the figure's page is /{lang}/figures/{id}/
    #[schemars(regex(pattern = "^[a-z0-9-]+$"))]
    pub id: String,
    pub kind: FigureKind,
    /// Which set of results; sets are not one series
    pub group: Group,
    pub label: Bilingual,
    /// The value in `unit`, unformatted
    pub value: f64,
    /// The unit `value` is in: a sourced figure's, or a derived one's (percent, index, usd,
    /// krw)
    pub unit: FigureUnit,
    /// For ranks and counts out of a total
    pub out_of: Option<f64>,
    pub formatted: Bilingual,
    pub period: Period,
    pub scope: Bilingual,
    pub definition: Bilingual,
    pub source: Option<SourceLink>,
    pub formula: Option<String>,
    pub inputs: Vec<String>,
    pub caveat: Option<Bilingual>,
    /// Ids of notes where sources disagree
    pub discrepancies: Vec<String>,
    pub pages: Bilingual,
}

fn both(f: impl Fn(Lang) -> String) -> Bilingual {
    Bilingual {
        ko: f(Lang::Ko),
        en: f(Lang::En),
    }
}

impl FigureRecord {
    pub fn new(d: &Dataset, figure: FigureRef<'_>) -> FigureRecord {
        let basis = figure.basis();
        let (kind, source, formula, inputs, caveat) = match figure {
            FigureRef::Sourced(f) => (
                FigureKind::Sourced,
                Some(SourceLink {
                    id: f.source.source.id.clone(),
                    paragraph: f.source.paragraph,
                    url: Some(f.source.source.url.clone()),
                }),
                None,
                Vec::new(),
                f.caveat.clone(),
            ),
            FigureRef::Derived(f) => (
                FigureKind::Derived,
                None,
                Some(f.formula_text()),
                f.input_ids(),
                None,
            ),
        };
        FigureRecord {
            id: figure.id().to_string(),
            kind,
            group: basis.group,
            label: figure.label().clone(),
            value: figure.value(),
            unit: figure.unit(),
            out_of: match figure {
                FigureRef::Sourced(f) => f.out_of,
                FigureRef::Derived(_) => None,
            },
            formatted: both(|l| format::value(figure, l)),
            period: basis.period,
            scope: basis.scope.clone(),
            definition: figure.definition().clone(),
            source,
            formula,
            inputs,
            caveat,
            discrepancies: d
                .discrepancies_for(figure.id())
                .into_iter()
                .map(|x| x.id.clone())
                .collect(),
            pages: both(|l| Page::Figure(figure.id().to_string()).path(l)),
        }
    }
}

/// Every figure, sourced then derived, in file order.
pub fn figure_records(d: &Dataset) -> Vec<FigureRecord> {
    d.all_figures().map(|f| FigureRecord::new(d, f)).collect()
}

/// A CSV file of `rows`, its header from the row type's field names, with a last column
/// `information_as_of` (the site's date, on every row, so a copied row keeps it).
fn csv_text<R: Serialize>(d: &Dataset, rows: impl IntoIterator<Item = R>) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for row in rows {
        // Writing plain rows into memory cannot fail; the export tests would see a short file.
        let _ = writer.serialize(row);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    format!(
        "{BOM}{}",
        with_as_of(&bytes, &d.information_as_of.to_string())
    )
}

/// `csv` (header first) with the column `information_as_of` added to every record.
pub fn with_as_of(csv: &[u8], as_of: &str) -> String {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv);
    let mut writer = csv::Writer::from_writer(Vec::new());
    for (i, record) in reader.records().flatten().enumerate() {
        let mut record = record;
        record.push_field(if i == 0 { "information_as_of" } else { as_of });
        // Into memory: cannot fail.
        let _ = writer.write_record(&record);
    }
    String::from_utf8_lossy(&writer.into_inner().unwrap_or_default()).into_owned()
}

/// Numbers in CSV as Rust prints them (`42`, not `42.0`).
fn plain<S: Serializer>(x: &f64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&x.to_string())
}

fn plain_opt<S: Serializer>(x: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&x.map(|x| x.to_string()).unwrap_or_default())
}

/// One row of `figures.csv`: a `FigureRecord` flattened, languages side by side.
#[derive(Serialize)]
struct FigureRow<'a> {
    id: &'a str,
    kind: FigureKind,
    group: Group,
    label_ko: &'a str,
    label_en: &'a str,
    #[serde(serialize_with = "plain")]
    value: f64,
    unit: FigureUnit,
    #[serde(serialize_with = "plain_opt")]
    out_of: Option<f64>,
    value_ko: &'a str,
    value_en: &'a str,
    period_start: Option<u16>,
    period_end: u16,
    /// For a period whose start no source gives: the month it was reported (`YYYY-MM`)
    period_as_of: Option<String>,
    scope_ko: &'a str,
    scope_en: &'a str,
    definition_ko: &'a str,
    definition_en: &'a str,
    formula: Option<&'a str>,
    inputs: String,
    source_id: Option<&'a str>,
    source_paragraph: Option<u32>,
    source_url: Option<&'a str>,
    caveat_ko: Option<&'a str>,
    caveat_en: Option<&'a str>,
    discrepancies: String,
    page_ko: &'a str,
    page_en: &'a str,
}

impl<'a> From<&'a FigureRecord> for FigureRow<'a> {
    fn from(r: &'a FigureRecord) -> Self {
        FigureRow {
            id: &r.id,
            kind: r.kind,
            group: r.group,
            label_ko: &r.label.ko,
            label_en: &r.label.en,
            value: r.value,
            unit: r.unit,
            out_of: r.out_of,
            value_ko: &r.formatted.ko,
            value_en: &r.formatted.en,
            period_start: r.period.start,
            period_end: r.period.end,
            period_as_of: r.period.as_of.map(|m| m.to_string()),
            scope_ko: &r.scope.ko,
            scope_en: &r.scope.en,
            definition_ko: &r.definition.ko,
            definition_en: &r.definition.en,
            formula: r.formula.as_deref(),
            inputs: r.inputs.join(";"),
            source_id: r.source.as_ref().map(|s| s.id.as_str()),
            source_paragraph: r.source.as_ref().and_then(|s| s.paragraph),
            source_url: r.source.as_ref().and_then(|s| s.url.as_deref()),
            caveat_ko: r.caveat.as_ref().map(|c| c.ko.as_str()),
            caveat_en: r.caveat.as_ref().map(|c| c.en.as_str()),
            discrepancies: r.discrepancies.join(";"),
            page_ko: &r.pages.ko,
            page_en: &r.pages.en,
        }
    }
}

pub fn figures_csv(d: &Dataset) -> String {
    let records = figure_records(d);
    csv_text(d, records.iter().map(FigureRow::from))
}

/// A source as `figures.json` lists it.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SourceRecord {
    pub id: String,
    pub publisher: Bilingual,
    pub title: Bilingual,
    /// YYYY-MM-DD; null for an undated web page
    pub date: Option<String>,
    pub url: String,
    pub language: Lang,
}

/// One side of a disagreement between sources.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClaimRecord {
    pub source: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<u32>,
    pub says: Bilingual,
}

#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DiscrepancyRecord {
    pub id: String,
    pub figures: Vec<String>,
    pub topic: Bilingual,
    pub claims: Vec<ClaimRecord>,
    pub note: Bilingual,
}

#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct PressKitManifest {
    /// The data release the kits hold.
    pub version: String,
    pub kits: Vec<PressKitEntry>,
    /// Every file of `DOWNLOADS`, in its order, with its size.
    pub downloads: Vec<DownloadSize>,
}

#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct DownloadSize {
    /// As `Download::path`.
    pub path: String,
    pub bytes: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct PressKitEntry {
    pub lang: String,
    /// The ZIP's path from the site root.
    pub path: String,
    pub bytes: usize,
    pub sha256: String,
    /// Every file inside, in the order of the ZIP (`SHA256SUMS` last).
    pub files: Vec<PressKitFile>,
}

#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct PressKitFile {
    pub name: String,
    pub bytes: usize,
}

impl PressKitManifest {
    pub fn kit(&self, lang: Lang) -> Option<&PressKitEntry> {
        self.kits.iter().find(|k| k.lang == lang.code())
    }
}

/// The licence of the site's own text and data (README, "Licence").
pub const LICENSE_ID: &str = "CC-BY-4.0";
pub const LICENSE_TITLE: &str = "Creative Commons Attribution 4.0 International";
pub const LICENSE_URL: &str = "https://creativecommons.org/licenses/by/4.0/";

/// How the published data is licensed, and how to credit it.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LicenseRecord {
    /// SPDX identifier
    pub id: String,
    pub title: String,
    pub url: String,
    /// The credit to give, naming the data release
    pub attribution: Bilingual,
}

pub fn license_record(d: &Dataset) -> LicenseRecord {
    LicenseRecord {
        id: LICENSE_ID.into(),
        title: LICENSE_TITLE.into(),
        url: LICENSE_URL.into(),
        attribution: both(|lang| {
            i18n::LICENSE_ATTRIBUTION.fill(
                lang,
                &[
                    ("site", i18n::SITE_NAME.get(lang)),
                    ("version", d.current_version()),
                ],
            )
        }),
    }
}

/// `figures.json`: every figure, the sources they cite and where the sources disagree.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
#[schemars(title = "Gangwon National Innovation Cluster figures")]
#[serde(deny_unknown_fields)]
pub struct FiguresDocument {
    #[serde(rename = "$schema")]
    pub schema: String,
    pub title: Bilingual,
    /// The day the information was last checked as a whole (YYYY-MM-DD)
    pub information_as_of: String,
    /// The data release (YYYY-MM-DD); its frozen copy is /data/v/{release}/
    pub data_release: String,
    pub license: LicenseRecord,
    pub figures: Vec<FigureRecord>,
    pub sources: Vec<SourceRecord>,
    pub discrepancies: Vec<DiscrepancyRecord>,
}

pub fn figures_document(d: &Dataset) -> FiguresDocument {
    FiguresDocument {
        schema: "figures.schema.json".into(),
        title: Bilingual {
            ko: i18n::SITE_NAME.ko.into(),
            en: i18n::SITE_NAME.en.into(),
        },
        information_as_of: d.information_as_of.to_string(),
        data_release: d.current_version().to_string(),
        license: license_record(d),
        figures: figure_records(d),
        sources: d
            .sources
            .iter()
            .map(|s| SourceRecord {
                id: s.id.clone(),
                publisher: s.publisher.clone(),
                title: s.title.clone(),
                date: s.date.map(|d| d.to_string()),
                url: s.url.clone(),
                language: s.language,
            })
            .collect(),
        discrepancies: d
            .discrepancies
            .iter()
            .map(|x| DiscrepancyRecord {
                id: x.id.clone(),
                figures: x.figures.clone(),
                topic: x.topic.clone(),
                claims: x
                    .claims
                    .iter()
                    .map(|c| ClaimRecord {
                        source: c.source.source.id.clone(),
                        paragraph: c.source.paragraph,
                        says: c.says.clone(),
                    })
                    .collect(),
                note: x.note.clone(),
            })
            .collect(),
    }
}

fn pretty_json(value: &impl Serialize) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default() + "\n"
}

pub fn figures_json(d: &Dataset) -> String {
    pretty_json(&figures_document(d))
}

/// The JSON Schema (2020-12) of `figures.json`, generated from `FiguresDocument`.
pub fn figures_schema(_: &Dataset) -> String {
    pretty_json(&schemars::schema_for!(FiguresDocument))
}

#[derive(Serialize)]
struct SourceRow<'a> {
    id: &'a str,
    publisher_ko: &'a str,
    publisher_en: &'a str,
    title_ko: &'a str,
    title_en: &'a str,
    date: Option<String>,
    url: &'a str,
    language: Lang,
}

pub fn sources_csv(d: &Dataset) -> String {
    csv_text(
        d,
        d.sources.iter().map(|s| SourceRow {
            id: &s.id,
            publisher_ko: &s.publisher.ko,
            publisher_en: &s.publisher.en,
            title_ko: &s.title.ko,
            title_en: &s.title.en,
            date: s.date.map(|d| d.to_string()),
            url: &s.url,
            language: s.language,
        }),
    )
}

#[derive(Serialize)]
struct TermRow<'a> {
    id: &'a str,
    kind: TermKind,
    ko: &'a str,
    en: &'a str,
    official_english: bool,
    source_id: &'a str,
    note_ko: Option<&'a str>,
    note_en: Option<&'a str>,
}

pub fn glossary_csv(d: &Dataset) -> String {
    csv_text(
        d,
        d.terms.iter().map(|t| TermRow {
            id: &t.id,
            kind: t.kind,
            ko: &t.ko,
            en: &t.en,
            official_english: t.official,
            source_id: &t.source.id,
            note_ko: t.note.as_ref().map(|n| n.ko.as_str()),
            note_en: t.note.as_ref().map(|n| n.en.as_str()),
        }),
    )
}

/// Whether a source names the site as a designated district of the cluster.
#[derive(Serialize, Default, Clone, Copy)]
#[serde(rename_all = "lowercase")]
enum Designation {
    Designated,
    #[default]
    Related,
}

impl Designation {
    fn of(designated_by: &[Cite]) -> Self {
        if designated_by.is_empty() {
            Designation::Related
        } else {
            Designation::Designated
        }
    }
}

#[derive(Serialize, Default)]
struct SiteRow<'a> {
    id: &'a str,
    #[serde(rename = "where")]
    place: String,
    designation: Designation,
    designation_sources: String,
    name_ko: &'a str,
    name_en: &'a str,
    districts_kostat_2018: String,
    #[serde(serialize_with = "plain_opt")]
    lat: Option<f64>,
    #[serde(serialize_with = "plain_opt")]
    lon: Option<f64>,
    coordinate_confidence: Option<crate::build::model::Confidence>,
    coordinate_source: Option<&'a str>,
    description_ko: &'a str,
    description_en: &'a str,
    sources: String,
}

/// `id ¶p; id`: the sources of a statement, as the CSV lists them.
fn source_ids(cites: &[Cite]) -> String {
    let ids: Vec<String> = cites
        .iter()
        .map(|c| match c.paragraph {
            Some(p) => format!("{} ¶{p}", c.source.id),
            None => c.source.id.clone(),
        })
        .collect();
    ids.join("; ")
}

/// The cluster's sites: a coordinate where one is sourced, otherwise the districts shown.
pub fn sites_csv(d: &Dataset) -> String {
    let on_map = d.sites.iter().map(|s| {
        let point = match &s.location {
            Location::Point(p) => Some(p),
            Location::Districts { .. } => None,
        };
        SiteRow {
            id: &s.id,
            place: "wonju".into(),
            designation: Designation::of(&s.designated_by),
            designation_sources: source_ids(&s.designated_by),
            name_ko: &s.name.ko,
            name_en: &s.name.en,
            districts_kostat_2018: s.location.district_codes().join("; "),
            lat: point.map(|p| p.lat),
            lon: point.map(|p| p.lon),
            coordinate_confidence: point.map(|p| p.confidence),
            coordinate_source: point.map(|p| p.source.source.id.as_str()),
            description_ko: &s.description.ko,
            description_en: &s.description.en,
            sources: source_ids(&s.sources),
        }
    });
    let outside = d.outside_sites.iter().map(|s| SiteRow {
        id: &s.id,
        place: format!("outside: {}", s.place.en),
        designation: Designation::of(&s.designated_by),
        designation_sources: source_ids(&s.designated_by),
        name_ko: &s.name.ko,
        name_en: &s.name.en,
        description_ko: &s.description.ko,
        description_en: &s.description.en,
        sources: source_ids(&s.sources),
        ..SiteRow::default()
    });
    csv_text(d, on_map.chain(outside))
}

#[derive(Serialize)]
struct ZoneRow<'a> {
    id: &'a str,
    kind: crate::build::model::ZoneKind,
    name_ko: &'a str,
    name_en: &'a str,
    /// active, planned or ended on the information-as-of date
    status: &'static str,
    designated: String,
    starts: String,
    ends: Option<String>,
    lifted: Option<String>,
    where_ko: &'a str,
    where_en: &'a str,
    /// Map sites a source names as inside it; `all` for a zone over all of Wonju
    sites: String,
    benefits_ko: String,
    benefits_en: String,
    sources: String,
}

pub fn zones_csv(d: &Dataset) -> String {
    let join = |items: &[Bilingual], lang: crate::lang::Lang| {
        items
            .iter()
            .map(|b| b.get(lang))
            .collect::<Vec<_>>()
            .join(" | ")
    };
    csv_text(
        d,
        d.zones.iter().map(|z| ZoneRow {
            id: &z.id,
            kind: z.kind,
            name_ko: &z.name.ko,
            name_en: &z.name.en,
            status: z.status(d.information_as_of).code(),
            designated: z.designated.to_string(),
            starts: z.starts.to_string(),
            ends: z.ends.map(|d| d.to_string()),
            lifted: z.lifted.map(|d| d.to_string()),
            where_ko: &z.place.ko,
            where_en: &z.place.en,
            sites: if z.whole_of_wonju {
                "all".to_string()
            } else {
                z.sites.join("; ")
            },
            benefits_ko: join(&z.benefits, crate::lang::Lang::Ko),
            benefits_en: join(&z.benefits, crate::lang::Lang::En),
            sources: source_ids(&z.sources),
        }),
    )
}

#[derive(Serialize)]
struct FirmRow<'a> {
    id: &'a str,
    name_ko: &'a str,
    name_en: &'a str,
    /// Whether the English name is the firm's own
    english_name_checked: bool,
    makes_ko: Option<&'a str>,
    makes_en: Option<&'a str>,
    roles: String,
    where_ko: Option<&'a str>,
    where_en: Option<&'a str>,
    site: Option<&'a str>,
    sources: String,
}

pub fn firms_csv(d: &Dataset) -> String {
    csv_text(
        d,
        d.firms.iter().map(|f| FirmRow {
            id: &f.id,
            name_ko: &f.name.ko,
            name_en: &f.name.en,
            english_name_checked: f.english_name_checked,
            makes_ko: f.makes.as_ref().map(|m| m.ko.as_str()),
            makes_en: f.makes.as_ref().map(|m| m.en.as_str()),
            roles: f
                .roles
                .iter()
                .map(|r| r.code())
                .collect::<Vec<_>>()
                .join("; "),
            where_ko: f.place.as_ref().map(|p| p.ko.as_str()),
            where_en: f.place.as_ref().map(|p| p.en.as_str()),
            site: f.site.as_deref(),
            sources: source_ids(&f.sources),
        }),
    )
}

/// What only the build knows when it writes the pages (files made after the app was
/// compiled); given to the pages as a context.
#[derive(Clone, Debug, Default)]
pub struct BuildFacts {
    pub press_kits: Option<PressKitManifest>,
}

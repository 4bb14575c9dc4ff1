//! The files in `seeds/` as serde types: a mirror of the files, nothing more. Unknown
//! fields are refused, so a typo in a file name or field fails loudly. Pure.

use serde::{Deserialize, Serialize};

pub use crate::lang::Bilingual;
use crate::lang::Lang;

#[derive(Clone, Debug, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    /// The JSON Schema the file follows (`seeds/schemas/`), for editors; the checker
    /// ignores it.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub sources: Vec<SourceSeed>,
}

crate::tokens! {
    /// How a source is cited: by paragraph number, or by its address alone.
    pub enum CitedBy {
        Paragraph = "paragraph",
        Url = "url",
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SourceSeed {
    pub id: String,
    pub publisher: Bilingual,
    pub title: Bilingual,
    /// ISO date `YYYY-MM-DD`; `null` for an undated web page.
    pub date: Option<String>,
    pub url: String,
    pub language: Lang,
    pub cited_by: CitedBy,
    /// How many paragraphs the source has, when it is cited by paragraph.
    #[serde(default)]
    pub paragraphs: Option<u32>,
    #[serde(default)]
    pub note: Option<Bilingual>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FiguresFile {
    /// The JSON Schema the file follows (`seeds/schemas/`), for editors; the checker
    /// ignores it.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub figures: Vec<FigureSeed>,
}

crate::tokens! {
    /// Which set of results a figure belongs to; sets are never mixed in one series.
    pub enum Group {
        /// Phase-1 results as the seed article reports them.
        Phase1 = "phase1",
        /// The 2023–24 evaluation, reported in 2025.
        Evaluation2023_24 = "evaluation-2023-24",
        Funding = "funding",
        Designation = "designation",
        /// Reference values used only to derive others (exchange rates).
        Reference = "reference",
        /// Wonju as a place: travel, people, public bodies, space.
        Location = "location",
        /// Gangwon's medical-device industry as a whole (not the cluster's programme).
        Industry = "industry",
        /// Results of the special zones (not of the cluster's programme).
        Zones = "zones",
    }
}

crate::tokens! {
    pub enum Unit {
        /// South Korean won, nominal.
        Krw = "krw",
        Firms = "firms",
        Jobs = "jobs",
        People = "people",
        Patents = "patents",
        PercentPerYear = "percent_per_year",
        /// A position in a ranking (1 = first); `out_of` says among how many.
        Rank = "rank",
        /// A count out of `out_of`.
        Indicators = "indicators",
        Km = "km",
        Km2 = "km2",
        KrwPerUsd = "krw_per_usd",
        /// US dollars, nominal.
        Usd = "usd",
        Minutes = "minutes",
        /// Train services.
        Trains = "trains",
        Beds = "beds",
        Organisations = "organisations",
        /// A change over the period in per cent (may be negative).
        PercentChange = "percent_change",
        /// A share of a whole, in per cent.
        PercentShare = "percent_share",
        Exhibitors = "exhibitors",
        M2 = "m2",
        /// Rental units or rooms for firms.
        Units = "units",
        /// Cases of support given (prototypes, tests, consultations).
        SupportCases = "support_cases",
    }
}

/// `seeds/site.json`: what holds for the site as a whole.
#[derive(Clone, Debug, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SiteFile {
    /// The JSON Schema the file follows (`seeds/schemas/`), for editors; the checker
    /// ignores it.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// ISO date the information was last checked as a whole.
    pub information_as_of: String,
    /// What the home page leads with.
    pub home: HomeSeed,
    /// The entries pages name by id, so that renaming one fails the check, naming it,
    /// instead of dropping a link.
    pub named: NamedSeed,
}

/// The entries pages name by id (each is checked to exist, of the kind it must be).
#[derive(Clone, Debug, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NamedSeed {
    /// The map's designated radius, in km (a sourced figure).
    pub radius_figure: String,
    /// The map's designated area (a sourced figure).
    pub area_figure: String,
    /// The firms page's count of the cluster's firms (a sourced figure).
    pub firms_total_figure: String,
    /// The share the revenue chart shows (a derived figure).
    pub revenue_share_figure: String,
    /// Gangwon Technopark's official website: the source of its Korean and its English page.
    pub official_site_ko: String,
    pub official_site_en: String,
    /// Who the promotion unit is and where it is online (the relocation guide's sources).
    pub guide_sources: Vec<SourceRef>,
    /// The first year What's new and its feed list (plans are listed whatever their year).
    pub news_from: u16,
}

/// The home page's figures, by id: the lead result (shown with the other headline
/// figures of its group) and a few of the cluster today (shown newest first).
#[derive(Clone, Debug, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HomeSeed {
    pub lead: String,
    pub today: Vec<String>,
}

/// The years a figure covers. When no source gives the start, `start` is empty and `as_of`
/// says when it was reported: "as reported by Dec 2022".
#[derive(schemars::JsonSchema, Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    #[serde(default)]
    pub start: Option<u16>,
    pub end: u16,
    /// The month of the report, for a period with no known start (`YYYY-MM`)
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub as_of: Option<Month>,
}

/// A year and month, written `YYYY-MM`.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, schemars::JsonSchema,
)]
#[serde(try_from = "String", into = "String")]
pub struct Month {
    pub year: u16,
    pub month: u8,
}

impl TryFrom<String> for Month {
    type Error = String;
    fn try_from(text: String) -> Result<Self, String> {
        let bad = || format!("`{text}` is not a month (YYYY-MM)");
        let (y, m) = text.split_once('-').ok_or_else(bad)?;
        if y.len() != 4 || m.len() != 2 {
            return Err(bad());
        }
        let year = y.parse().map_err(|_| bad())?;
        let month = m.parse().map_err(|_| bad())?;
        if !(1..=12).contains(&month) {
            return Err(bad());
        }
        Ok(Month { year, month })
    }
}

impl From<Month> for String {
    fn from(m: Month) -> String {
        m.to_string()
    }
}

impl std::fmt::Display for Month {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<u32>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FigureSeed {
    pub id: String,
    pub group: Group,
    /// Shown as a card on the overview.
    pub headline: bool,
    pub value: f64,
    pub unit: Unit,
    #[serde(default)]
    pub out_of: Option<f64>,
    /// The id of a figure this one is a part of (same unit, never larger).
    #[serde(default)]
    pub part_of: Option<String>,
    pub period: Period,
    pub scope: Bilingual,
    pub label: Bilingual,
    pub definition: Bilingual,
    pub source: SourceRef,
    #[serde(default)]
    pub caveat: Option<Bilingual>,
    /// One line for the face of any chart that plots the figure (its caveat in short).
    #[serde(default)]
    pub warning: Option<Bilingual>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DerivedFile {
    /// The JSON Schema the file follows (`seeds/schemas/`), for editors; the checker
    /// ignores it.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub derived: Vec<DerivedSeed>,
}

/// How a derived figure is computed from sourced ones (named by id).
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(tag = "kind", rename_all = "lowercase", deny_unknown_fields)]
pub enum Formula {
    /// `part / whole`, as a percentage.
    Share { part: String, whole: String },
    /// `100 × (1 + rate/100)^years`: an index that starts at 100.
    Compound { rate: String, years: u32 },
    /// `amount / rate`: won to US dollars at a cited rate.
    Convert { amount: String, rate: String },
    /// `whole - part`: what remains of a whole once a part of it is taken out.
    Difference { whole: String, part: String },
}

#[derive(Clone, Debug, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DerivedSeed {
    pub id: String,
    pub formula: Formula,
    pub label: Bilingual,
    pub definition: Bilingual,
}

#[derive(Clone, Debug, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DiscrepanciesFile {
    /// The JSON Schema the file follows (`seeds/schemas/`), for editors; the checker
    /// ignores it.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub discrepancies: Vec<DiscrepancySeed>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<u32>,
    pub says: Bilingual,
}

#[derive(Clone, Debug, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DiscrepancySeed {
    pub id: String,
    /// Figures (sourced or derived) the disagreement concerns; shown next to each.
    pub figures: Vec<String>,
    pub topic: Bilingual,
    pub claims: Vec<Claim>,
    pub note: Bilingual,
}

#[derive(Clone, Debug, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GlossaryFile {
    /// The JSON Schema the file follows (`seeds/schemas/`), for editors; the checker
    /// ignores it.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub terms: Vec<TermSeed>,
}

crate::tokens! {
    pub enum TermKind {
        Organisation = "organisation",
        Company = "company",
        Product = "product",
        Programme = "programme",
        Partner = "partner",
        Place = "place",
        Law = "law",
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TermSeed {
    pub id: String,
    pub kind: TermKind,
    pub ko: String,
    pub en: String,
    /// Whether the English name is the organisation's own (false: our translation).
    pub official: bool,
    pub source: String,
    #[serde(default)]
    pub note: Option<Bilingual>,
    /// Other names for the same thing that the site does not use (older or shortened
    /// forms found in the sources); a test refuses them in every text but quotes.
    #[serde(default)]
    pub variants: Variants,
}

/// Names a glossary term must not appear under, per language; both lists may be empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Variants {
    #[serde(default)]
    pub ko: Vec<String>,
    #[serde(default)]
    pub en: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SitesFile {
    /// The JSON Schema the file follows (`seeds/schemas/`), for editors; the checker
    /// ignores it.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The site whose district's centroid stands for the centre of the designated radius.
    pub radius_centre: String,
    pub sites: Vec<SiteSeed>,
    /// Sites the sources list that lie outside the mapped boundary.
    pub outside: Vec<OutsideSiteSeed>,
}

/// A place of the cluster, located by a sourced coordinate or by its district(s).
#[derive(Clone, Debug, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SiteSeed {
    pub id: String,
    pub name: Bilingual,
    pub description: Bilingual,
    pub location: Location,
    /// Where the site, its description and its part in the cluster come from.
    pub sources: Vec<SourceRef>,
    /// The sources that name it as a designated district of the cluster (each also among
    /// `sources`); none for a related site.
    #[serde(default)]
    pub designated_by: Vec<SourceRef>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Location {
    /// A sourced coordinate, and the district (KOSTAT code) it must lie in.
    Point(PointLocation),
    /// No sourced coordinate: the site is shown as these districts (KOSTAT codes).
    Districts { codes: Vec<String> },
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PointLocation {
    pub lat: f64,
    pub lon: f64,
    pub district: String,
    pub confidence: Confidence,
    pub source: SourceRef,
}

crate::tokens! {
    /// How far a coordinate can be trusted, as the research judged it.
    pub enum Confidence {
        Low = "low",
        Medium = "medium",
        MediumHigh = "medium-high",
        High = "high",
    }
}

impl Location {
    /// The district codes the site lies in.
    pub fn district_codes(&self) -> Vec<&str> {
        match self {
            Location::Point(p) => vec![p.district.as_str()],
            Location::Districts { codes } => codes.iter().map(String::as_str).collect(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OutsideSiteSeed {
    pub id: String,
    pub name: Bilingual,
    /// Where it is instead (a county or city name).
    pub place: Bilingual,
    pub description: Bilingual,
    pub sources: Vec<SourceRef>,
    #[serde(default)]
    pub designated_by: Vec<SourceRef>,
}

/// A sentence or short paragraph with the sources that support it.
#[derive(Clone, Debug, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SourcedText {
    pub text: Bilingual,
    pub sources: Vec<SourceRef>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StoriesFile {
    /// The JSON Schema the file follows (`seeds/schemas/`), for editors; the checker
    /// ignores it.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub stories: Vec<StorySeed>,
}

/// A firm's success story: what it did, each statement sourced, and its figures by id.
#[derive(Clone, Debug, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StorySeed {
    pub id: String,
    pub company: Bilingual,
    pub product: Bilingual,
    pub summary: Bilingual,
    pub paragraphs: Vec<SourcedText>,
    /// Figures (sourced or derived) shown as cards, with their caveats and discrepancies.
    pub figures: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProgrammesFile {
    /// The JSON Schema the file follows (`seeds/schemas/`), for editors; the checker
    /// ignores it.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub programmes: Vec<ProgrammeSeed>,
}

crate::tokens! {
    pub enum ProgrammeKind {
        Rnd = "rnd",
        NonRnd = "non-rnd",
        /// A designation of places (hub districts) rather than a grant.
        Hub = "hub",
    }
}

crate::tokens! {
    /// What a firm is looking for; the fit-finder's first question.
    pub enum Need {
        Rnd = "rnd",
        Talent = "talent",
        Investment = "investment",
        Global = "global",
        Network = "network",
    }
}

crate::tokens! {
    /// Where a firm stands; the fit-finder's second question.
    pub enum Situation {
        Relocating = "relocating",
        InCluster = "in-cluster",
    }
}

/// A support programme the sources name. `needs` and `situations` are our reading of the
/// sources' description, for the fit-finder; the sources give no eligibility rules.
#[derive(Clone, Debug, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProgrammeSeed {
    pub id: String,
    /// 1 (2018–2022) or 2 (2023–2027).
    pub phase: u8,
    pub kind: ProgrammeKind,
    /// The month it ended or is planned to end: the end of its phase unless a source
    /// gives an earlier one. Past the information-as-of date, it is ended, not offered.
    pub ends: Month,
    pub name: Bilingual,
    pub description: Bilingual,
    pub audience: Bilingual,
    pub needs: Vec<Need>,
    pub situations: Vec<Situation>,
    pub sources: Vec<SourceRef>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PartnersFile {
    /// The JSON Schema the file follows (`seeds/schemas/`), for editors; the checker
    /// ignores it.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub partners: Vec<PartnerSeed>,
    /// The phase-2 goals and strategies.
    pub goals: Vec<SourcedText>,
    pub strategies: Vec<SourcedText>,
}

/// `seeds/events.json`: what happened and what is planned, oldest first: the partners
/// page's timeline and the updates page both read it.
#[derive(Clone, Debug, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EventsFile {
    /// The JSON Schema the file follows (`seeds/schemas/`), for editors; the checker
    /// ignores it.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub events: Vec<TimelineSeed>,
}

crate::tokens! {
    pub enum PartnerKind {
        Mou = "mou",
        Forum = "forum",
        Zone = "zone",
        Centre = "centre",
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PartnerSeed {
    pub id: String,
    pub kind: PartnerKind,
    pub name: Bilingual,
    pub country: Option<Bilingual>,
    pub description: Bilingual,
    pub sources: Vec<SourceRef>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TimelineSeed {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    /// One line: what happened (or is due).
    pub text: Bilingual,
    /// A sentence or two more, for the updates page.
    #[serde(default)]
    pub detail: Option<Bilingual>,
    pub sources: Vec<SourceRef>,
    /// What the entry touches: zones, partners and figures, by id.
    #[serde(default)]
    pub zones: Vec<String>,
    #[serde(default)]
    pub partners: Vec<String>,
    #[serde(default)]
    pub figures: Vec<String>,
}

/// `seeds/zones.json`: every designation that applies in Wonju.
#[derive(Clone, Debug, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ZonesFile {
    /// The JSON Schema the file follows (`seeds/schemas/`), for editors; the checker
    /// ignores it.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub zones: Vec<ZoneSeed>,
}

crate::tokens! {
    pub enum ZoneKind {
        Cluster = "cluster",
        RegulationFreeZone = "regulation-free-zone",
        GlobalInnovationZone = "global-innovation-zone",
        RndSpecialZone = "rnd-special-zone",
        ForeignInvestmentZone = "foreign-investment-zone",
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ZoneSeed {
    pub id: String,
    pub kind: ZoneKind,
    pub name: Bilingual,
    /// When it was designated (a date to the year, month or day).
    pub designated: String,
    /// When its measures start, and when they were due to end (`null`: no end given).
    pub starts: String,
    pub ends: Option<String>,
    /// When it was lifted, if it was (before or after `ends`).
    pub lifted: Option<String>,
    pub area: Option<Bilingual>,
    pub r#where: Bilingual,
    /// Sites of the map that a source names as inside it.
    pub sites: Vec<String>,
    /// Whether it covers all of Wonju (a province-wide zone).
    pub whole_of_wonju: bool,
    /// What it gives a firm.
    pub benefits: Vec<Bilingual>,
    pub run_by: Bilingual,
    #[serde(default)]
    pub notes: Vec<Bilingual>,
    pub sources: Vec<SourceRef>,
}

/// `seeds/firms.json`: firms the sources name in connection with the cluster.
#[derive(Clone, Debug, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FirmsFile {
    /// The JSON Schema the file follows (`seeds/schemas/`), for editors; the checker
    /// ignores it.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub firms: Vec<FirmSeed>,
}

crate::tokens! {
    /// What a source names a firm for.
    pub enum FirmRole {
        /// An anchor firm attracted in the 2023–24 evaluation period.
        Anchor = "anchor",
        /// Signed an agreement to invest or move in Wonju.
        Investor = "investor",
        /// Has a site in a named Wonju complex.
        Tenant = "tenant",
        /// Took part in the cluster's R&D tasks (2018).
        ClusterRnd = "cluster-rnd",
        /// A partner in the phase-2 hospital-linked R&D.
        HospitalRndPartner = "hospital-rnd-partner",
        /// Took part in the digital-healthcare regulation-free zone.
        ZoneParticipant = "zone-participant",
        /// It has a success story on this site.
        Story = "story",
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FirmSeed {
    pub id: String,
    pub name: Bilingual,
    /// Whether the English name is the firm's own (a page of the firm or a registry shows
    /// it); otherwise it is our romanisation.
    pub english_name_checked: bool,
    #[serde(default)]
    pub makes: Option<Bilingual>,
    pub roles: Vec<FirmRole>,
    /// Where in Wonju, as a source names it.
    #[serde(default)]
    pub r#where: Option<Bilingual>,
    /// The map site that place lies in.
    #[serde(default)]
    pub site: Option<String>,
    pub sources: Vec<SourceRef>,
}

crate::tokens! {
    /// What a why-Wonju card is about; the page's sections, in this order.
    pub enum Theme {
        Industry = "industry",
        Travel = "travel",
        People = "people",
        HealthBodies = "health-bodies",
        Space = "space",
    }
}

/// `seeds/wonju.json`: why a firm would locate in Wonju, as dated, sourced cards.
#[derive(Clone, Debug, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WonjuFile {
    /// The JSON Schema the file follows (`seeds/schemas/`), for editors; the checker
    /// ignores it.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub facts: Vec<FactSeed>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FactSeed {
    pub id: String,
    pub theme: Theme,
    pub title: Bilingual,
    pub text: Bilingual,
    /// When what the card says was last reported: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub as_of: String,
    pub sources: Vec<SourceRef>,
    /// Sourced figures shown on the card, each from one of its sources.
    #[serde(default)]
    pub figures: Vec<String>,
}

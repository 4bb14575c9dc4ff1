//! The validated dataset: every figure with its source, derived figures computed from
//! sourced ones, discrepancies between sources, and the glossary. Built from `seeds/`
//! (compiled in) and checked before anything is shown. Pure: no leptos, no web_sys.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::sync::OnceLock;

use serde::de::DeserializeOwned;

use crate::seed::{
    Bilingual, CitedBy, DerivedFile, DerivedSeed, DiscrepanciesFile, DiscrepancySeed, FigureSeed,
    FiguresFile, Formula, GlossaryFile, Location, OutsideSiteSeed, PartnerSeed, PartnersFile,
    ProgrammeSeed, ProgrammesFile, SiteSeed, SitesFile, SourceRef, SourceSeed, SourcedText,
    SourcesFile, StoriesFile, StorySeed, TermSeed, TimelineSeed, Unit,
};

pub use crate::seed::{Confidence, Need, PartnerKind, PointLocation, ProgrammeKind, Situation};

pub use crate::seed::{Group, Period};

/// The seed files by name, as compiled into the app.
pub const BUNDLED: SeedFiles<'static> = SeedFiles {
    sources: include_str!("../seeds/sources.json"),
    figures: include_str!("../seeds/figures.json"),
    derived: include_str!("../seeds/derived.json"),
    discrepancies: include_str!("../seeds/discrepancies.json"),
    glossary: include_str!("../seeds/glossary.json"),
    sites: include_str!("../seeds/sites.json"),
    stories: include_str!("../seeds/stories.json"),
    programmes: include_str!("../seeds/programmes.json"),
    partners: include_str!("../seeds/partners.json"),
};

pub const SOURCES_FILE: &str = "seeds/sources.json";
pub const FIGURES_FILE: &str = "seeds/figures.json";
pub const DERIVED_FILE: &str = "seeds/derived.json";
pub const DISCREPANCIES_FILE: &str = "seeds/discrepancies.json";
pub const GLOSSARY_FILE: &str = "seeds/glossary.json";
pub const SITES_FILE: &str = "seeds/sites.json";
pub const STORIES_FILE: &str = "seeds/stories.json";
pub const PROGRAMMES_FILE: &str = "seeds/programmes.json";
pub const PARTNERS_FILE: &str = "seeds/partners.json";

#[derive(Clone, Copy, Debug)]
pub struct SeedFiles<'a> {
    pub sources: &'a str,
    pub figures: &'a str,
    pub derived: &'a str,
    pub discrepancies: &'a str,
    pub glossary: &'a str,
    pub sites: &'a str,
    pub stories: &'a str,
    pub programmes: &'a str,
    pub partners: &'a str,
}

/// Why the data could not be loaded. Always names the file; a parse error names the line.
#[derive(Clone, Debug, PartialEq)]
pub enum DataError {
    Parse {
        file: &'static str,
        line: usize,
        column: usize,
        reason: String,
    },
    Invalid(Vec<Problem>),
}

/// One broken rule in one entry of one file.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub file: &'static str,
    pub entry: String,
    pub field: String,
    pub reason: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: entry `{}`, field `{}`: {}",
            self.file, self.entry, self.field, self.reason
        )
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DataError::Parse {
                file,
                line,
                column,
                reason,
            } => {
                write!(f, "{file}: line {line}, column {column}: {reason}")
            }
            DataError::Invalid(problems) => {
                writeln!(f, "{} problem(s) in the seed data:", problems.len())?;
                for problem in problems {
                    writeln!(f, "  {problem}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for DataError {}

pub type Source = SourceSeed;
pub type Term = TermSeed;
pub type Discrepancy = DiscrepancySeed;
/// A place of the cluster on the map.
pub type Site = SiteSeed;
/// A place the sources list that lies outside the mapped boundary.
pub type OutsideSite = OutsideSiteSeed;
pub type Story = StorySeed;
pub type Programme = ProgrammeSeed;
pub type Partner = PartnerSeed;
pub type TimelineEntry = TimelineSeed;

/// A sourced figure.
pub type Figure = FigureSeed;

/// A figure computed from sourced ones.
#[derive(Clone, Debug, PartialEq)]
pub struct DerivedFigure {
    pub id: String,
    pub formula: Formula,
    pub label: Bilingual,
    pub definition: Bilingual,
    pub value: f64,
    pub kind: DerivedKind,
    /// The sourced figures it is computed from, in formula order.
    pub inputs: Vec<String>,
}

impl DerivedFigure {
    /// The formula in words, with the ids of its inputs: `a ÷ b × 100`.
    pub fn formula_text(&self) -> String {
        match &self.formula {
            Formula::Share { part, whole } => format!("{part} ÷ {whole} × 100"),
            Formula::Compound { rate, years } => format!("100 × (1 + {rate} ÷ 100)^{years}"),
            Formula::Convert { amount, rate } => format!("{amount} ÷ {rate}"),
            Formula::Difference { whole, part } => format!("{whole} − {part}"),
        }
    }

    /// Stable unit code used in the published data.
    pub fn unit_code(&self) -> &'static str {
        match self.kind {
            DerivedKind::Share => "percent",
            DerivedKind::Index { .. } => "index",
            DerivedKind::Usd { .. } => "usd",
            DerivedKind::Won => "krw",
        }
    }
}

/// What a derived value is, for formatting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DerivedKind {
    /// A percentage share.
    Share,
    /// An index where the start is 100.
    Index { years: u32 },
    /// US dollars converted at the rate of `year`.
    Usd { year: u16 },
    /// A sum in won.
    Won,
}

#[derive(Clone, Debug)]
pub struct Dataset {
    pub sources: Vec<Source>,
    pub figures: Vec<Figure>,
    pub derived: Vec<DerivedFigure>,
    pub discrepancies: Vec<Discrepancy>,
    pub terms: Vec<Term>,
    pub sites: Vec<Site>,
    pub outside_sites: Vec<OutsideSite>,
    /// The site whose district's centroid stands for the centre of the designated radius.
    pub radius_centre: String,
    pub stories: Vec<Story>,
    pub programmes: Vec<Programme>,
    pub partners: Vec<Partner>,
    pub goals: Vec<SourcedText>,
    pub strategies: Vec<SourcedText>,
    pub timeline: Vec<TimelineEntry>,
}

/// The compiled-in dataset, parsed and validated once.
pub fn bundled() -> Result<&'static Dataset, &'static DataError> {
    static DATASET: OnceLock<Result<Dataset, DataError>> = OnceLock::new();
    DATASET.get_or_init(|| Dataset::parse(BUNDLED)).as_ref()
}

fn parse_file<T: DeserializeOwned>(file: &'static str, text: &str) -> Result<T, DataError> {
    serde_json::from_str(text).map_err(|e| DataError::Parse {
        file,
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

impl Dataset {
    /// Parses and validates the seed files; reports every problem found, not just the first.
    pub fn parse(files: SeedFiles<'_>) -> Result<Dataset, DataError> {
        let sources: SourcesFile = parse_file(SOURCES_FILE, files.sources)?;
        let figures: FiguresFile = parse_file(FIGURES_FILE, files.figures)?;
        let derived: DerivedFile = parse_file(DERIVED_FILE, files.derived)?;
        let discrepancies: DiscrepanciesFile = parse_file(DISCREPANCIES_FILE, files.discrepancies)?;
        let glossary: GlossaryFile = parse_file(GLOSSARY_FILE, files.glossary)?;
        let sites: SitesFile = parse_file(SITES_FILE, files.sites)?;
        let stories: StoriesFile = parse_file(STORIES_FILE, files.stories)?;
        let programmes: ProgrammesFile = parse_file(PROGRAMMES_FILE, files.programmes)?;
        let partners: PartnersFile = parse_file(PARTNERS_FILE, files.partners)?;

        let mut problems = Vec::new();
        validate_sources(&sources.sources, &mut problems);
        validate_figures(&figures.figures, &sources.sources, &mut problems);
        let derived = compute_derived(derived.derived, &figures.figures, &mut problems);
        validate_discrepancies(
            &discrepancies.discrepancies,
            &figures.figures,
            &derived,
            &sources.sources,
            &mut problems,
        );
        validate_terms(&glossary.terms, &sources.sources, &mut problems);
        validate_sites(&sites, &sources.sources, &mut problems);
        let figure_ids: HashSet<&str> = figures
            .figures
            .iter()
            .map(|f| f.id.as_str())
            .chain(derived.iter().map(|f| f.id.as_str()))
            .collect();
        validate_stories(
            &stories.stories,
            &figure_ids,
            &sources.sources,
            &mut problems,
        );
        validate_programmes(&programmes.programmes, &sources.sources, &mut problems);
        validate_partners(&partners, &sources.sources, &mut problems);
        if !problems.is_empty() {
            return Err(DataError::Invalid(problems));
        }
        Ok(Dataset {
            sources: sources.sources,
            figures: figures.figures,
            derived,
            discrepancies: discrepancies.discrepancies,
            terms: glossary.terms,
            sites: sites.sites,
            outside_sites: sites.outside,
            radius_centre: sites.radius_centre,
            stories: stories.stories,
            programmes: programmes.programmes,
            partners: partners.partners,
            goals: partners.goals,
            strategies: partners.strategies,
            timeline: partners.timeline,
        })
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }

    pub fn derived_figure(&self, id: &str) -> Option<&DerivedFigure> {
        self.derived.iter().find(|f| f.id == id)
    }

    /// Whether `id` names a figure page (sourced or derived).
    pub fn has_figure_page(&self, id: &str) -> bool {
        self.figure(id).is_some() || self.derived_figure(id).is_some()
    }

    /// Every figure page id, sourced first, in file order.
    pub fn figure_page_ids(&self) -> impl Iterator<Item = &str> {
        self.figures
            .iter()
            .map(|f| f.id.as_str())
            .chain(self.derived.iter().map(|f| f.id.as_str()))
    }

    pub fn headline_figures(&self) -> impl Iterator<Item = &Figure> {
        self.figures.iter().filter(|f| f.headline)
    }

    pub fn figures_in(&self, group: Group) -> impl Iterator<Item = &Figure> {
        self.figures.iter().filter(move |f| f.group == group)
    }

    /// The discrepancies that concern figure `id`.
    pub fn discrepancies_for(&self, id: &str) -> Vec<&Discrepancy> {
        self.discrepancies
            .iter()
            .filter(|d| d.figures.iter().any(|f| f == id))
            .collect()
    }

    pub fn story(&self, id: &str) -> Option<&Story> {
        self.stories.iter().find(|s| s.id == id)
    }

    pub fn site(&self, id: &str) -> Option<&Site> {
        self.sites.iter().find(|s| s.id == id)
    }

    /// Derived figures computed from figure `id`.
    pub fn derived_from(&self, id: &str) -> Vec<&DerivedFigure> {
        self.derived
            .iter()
            .filter(|d| d.inputs.iter().any(|i| i == id))
            .collect()
    }
}

fn problem(
    problems: &mut Vec<Problem>,
    file: &'static str,
    entry: &str,
    field: &str,
    reason: impl Into<String>,
) {
    problems.push(Problem {
        file,
        entry: entry.to_string(),
        field: field.to_string(),
        reason: reason.into(),
    });
}

fn has_hangul(s: &str) -> bool {
    s.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
}

/// Both languages present: Korean non-empty, English non-empty and free of Hangul.
fn check_bilingual(
    text: &Bilingual,
    problems: &mut Vec<Problem>,
    file: &'static str,
    entry: &str,
    field: &str,
) {
    if text.ko.trim().is_empty() {
        problem(
            problems,
            file,
            entry,
            &format!("{field}.ko"),
            "the Korean text is missing (empty)",
        );
    }
    if text.en.trim().is_empty() {
        problem(
            problems,
            file,
            entry,
            &format!("{field}.en"),
            "the English text is missing (empty)",
        );
    } else if has_hangul(&text.en) {
        problem(
            problems,
            file,
            entry,
            &format!("{field}.en"),
            "the English text contains Korean; translate it",
        );
    }
}

fn check_unique<'a>(
    ids: impl Iterator<Item = &'a str>,
    problems: &mut Vec<Problem>,
    file: &'static str,
) {
    let mut seen = HashSet::new();
    for id in ids {
        if id.trim().is_empty() {
            problem(problems, file, id, "id", "the id is empty");
        } else if !seen.insert(id) {
            problem(problems, file, id, "id", "this id is used twice");
        } else if !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            problem(
                problems,
                file,
                id,
                "id",
                "ids use only a-z, 0-9 and '-' (they appear in URLs)",
            );
        }
    }
}

fn is_iso_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    matches!(parts.as_slice(), [y, m, d]
        if y.len() == 4 && m.len() == 2 && d.len() == 2
        && y.parse::<u16>().is_ok()
        && m.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m))
        && d.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d)))
}

fn validate_sources(sources: &[Source], problems: &mut Vec<Problem>) {
    check_unique(
        sources.iter().map(|s| s.id.as_str()),
        problems,
        SOURCES_FILE,
    );
    for s in sources {
        check_bilingual(&s.publisher, problems, SOURCES_FILE, &s.id, "publisher");
        check_bilingual(&s.title, problems, SOURCES_FILE, &s.id, "title");
        if let Some(note) = &s.note {
            check_bilingual(note, problems, SOURCES_FILE, &s.id, "note");
        }
        if !(s.url.starts_with("https://") || s.url.starts_with("http://")) {
            problem(
                problems,
                SOURCES_FILE,
                &s.id,
                "url",
                format!("not a web address: {:?}", s.url),
            );
        }
        if let Some(date) = &s.date
            && !is_iso_date(date)
        {
            problem(
                problems,
                SOURCES_FILE,
                &s.id,
                "date",
                format!("not a YYYY-MM-DD date: {date:?}"),
            );
        }
        if s.cited_by == CitedBy::Paragraph && s.paragraphs.is_none_or(|n| n == 0) {
            problem(
                problems,
                SOURCES_FILE,
                &s.id,
                "paragraphs",
                "a source cited by paragraph must say how many it has",
            );
        }
    }
}

fn check_source_ref(
    source_id: &str,
    paragraph: Option<u32>,
    sources: &[Source],
    problems: &mut Vec<Problem>,
    (file, entry, field): (&'static str, &str, &str),
) {
    let Some(source) = sources.iter().find(|s| s.id == source_id) else {
        let reason = if source_id.is_empty() {
            "no source given".to_string()
        } else {
            format!("unknown source `{source_id}`")
        };
        problem(problems, file, entry, field, reason);
        return;
    };
    match (source.cited_by, paragraph, source.paragraphs) {
        (CitedBy::Paragraph, None, _) => {
            problem(
                problems,
                file,
                entry,
                field,
                format!("source `{source_id}` is cited by paragraph; give one"),
            );
        }
        (_, Some(p), Some(n)) if p == 0 || p > n => {
            problem(
                problems,
                file,
                entry,
                field,
                format!("paragraph {p} is not in `{source_id}` (1 to {n})"),
            );
        }
        (CitedBy::Url, Some(_), None) => {
            problem(
                problems,
                file,
                entry,
                field,
                format!("source `{source_id}` has no numbered paragraphs"),
            );
        }
        _ => {}
    }
}

fn validate_figures(figures: &[Figure], sources: &[Source], problems: &mut Vec<Problem>) {
    check_unique(
        figures.iter().map(|f| f.id.as_str()),
        problems,
        FIGURES_FILE,
    );
    let by_id: HashMap<&str, &Figure> = figures.iter().map(|f| (f.id.as_str(), f)).collect();
    for f in figures {
        let id = f.id.as_str();
        for (field, text) in [
            ("label", &f.label),
            ("scope", &f.scope),
            ("definition", &f.definition),
        ] {
            check_bilingual(text, problems, FIGURES_FILE, id, field);
        }
        if let Some(caveat) = &f.caveat {
            check_bilingual(caveat, problems, FIGURES_FILE, id, "caveat");
        }
        check_source_ref(
            &f.source.id,
            f.source.paragraph,
            sources,
            problems,
            (FIGURES_FILE, id, "source"),
        );
        if !f.value.is_finite() || f.value < 0.0 {
            problem(
                problems,
                FIGURES_FILE,
                id,
                "value",
                format!("must be a finite number, not negative: {}", f.value),
            );
        }
        let Period { start, end } = f.period;
        if start > end || !(2000..=2100).contains(&start) || !(2000..=2100).contains(&end) {
            problem(
                problems,
                FIGURES_FILE,
                id,
                "period",
                format!("{start}–{end} is not a valid period"),
            );
        }
        match (f.unit, f.out_of) {
            (Unit::Rank | Unit::Indicators, None) => problem(
                problems,
                FIGURES_FILE,
                id,
                "out_of",
                "a rank or a count of indicators needs `out_of`",
            ),
            (_, Some(total)) if f.value > total => problem(
                problems,
                FIGURES_FILE,
                id,
                "value",
                format!("{} is larger than out_of {total}", f.value),
            ),
            (Unit::Rank, Some(_)) if f.value < 1.0 => {
                problem(problems, FIGURES_FILE, id, "value", "a rank starts at 1")
            }
            _ => {}
        }
        if let Some(whole_id) = &f.part_of {
            match by_id.get(whole_id.as_str()) {
                None => problem(
                    problems,
                    FIGURES_FILE,
                    id,
                    "part_of",
                    format!("unknown figure `{whole_id}`"),
                ),
                Some(whole) if whole.unit != f.unit => problem(
                    problems,
                    FIGURES_FILE,
                    id,
                    "part_of",
                    format!(
                        "unit {} differs from `{whole_id}`'s {}",
                        f.unit.code(),
                        whole.unit.code()
                    ),
                ),
                Some(whole) if f.value > whole.value => problem(
                    problems,
                    FIGURES_FILE,
                    id,
                    "value",
                    format!(
                        "the part ({}) is larger than its whole `{whole_id}` ({})",
                        f.value, whole.value
                    ),
                ),
                Some(_) => {}
            }
        }
    }
    // Parts together must not exceed their whole either.
    let mut parts_total: HashMap<&str, f64> = HashMap::new();
    for f in figures {
        if let Some(whole) = &f.part_of {
            *parts_total.entry(whole.as_str()).or_default() += f.value;
        }
    }
    for (whole_id, total) in parts_total {
        if let Some(whole) = by_id.get(whole_id)
            && total > whole.value * (1.0 + 1e-9)
        {
            problem(
                problems,
                FIGURES_FILE,
                whole_id,
                "value",
                format!(
                    "its parts add up to {total}, more than the whole ({})",
                    whole.value
                ),
            );
        }
    }
}

fn compute_derived(
    derived: Vec<DerivedSeed>,
    figures: &[Figure],
    problems: &mut Vec<Problem>,
) -> Vec<DerivedFigure> {
    check_unique(
        derived.iter().map(|d| d.id.as_str()),
        problems,
        DERIVED_FILE,
    );
    for d in &derived {
        if figures.iter().any(|f| f.id == d.id) {
            problem(
                problems,
                DERIVED_FILE,
                &d.id,
                "id",
                "a sourced figure already has this id",
            );
        }
    }
    let mut out = Vec::new();
    for d in derived {
        check_bilingual(&d.label, problems, DERIVED_FILE, &d.id, "label");
        check_bilingual(&d.definition, problems, DERIVED_FILE, &d.id, "definition");
        let lookup =
            |field: &str, id: &str, unit: Unit, problems: &mut Vec<Problem>| -> Option<&Figure> {
                match figures.iter().find(|f| f.id == id) {
                    None => {
                        problem(
                            problems,
                            DERIVED_FILE,
                            &d.id,
                            field,
                            format!("refers to `{id}`, which is no sourced figure"),
                        );
                        None
                    }
                    Some(f) if f.unit != unit => {
                        problem(
                            problems,
                            DERIVED_FILE,
                            &d.id,
                            field,
                            format!(
                                "`{id}` is in {}, the formula needs {}",
                                f.unit.code(),
                                unit.code()
                            ),
                        );
                        None
                    }
                    Some(f) => Some(f),
                }
            };
        let computed = match &d.formula {
            Formula::Share { part, whole } => {
                let p = lookup("formula.part", part, Unit::Krw, problems);
                let w = lookup("formula.whole", whole, Unit::Krw, problems);
                match (p, w) {
                    (Some(p), Some(w)) if w.value > 0.0 => Some((
                        p.value / w.value * 100.0,
                        DerivedKind::Share,
                        vec![part.clone(), whole.clone()],
                    )),
                    (Some(_), Some(_)) => {
                        problem(
                            problems,
                            DERIVED_FILE,
                            &d.id,
                            "formula.whole",
                            "the whole is zero",
                        );
                        None
                    }
                    _ => None,
                }
            }
            Formula::Compound { rate, years } => {
                if *years == 0 {
                    problem(
                        problems,
                        DERIVED_FILE,
                        &d.id,
                        "formula.years",
                        "must be at least 1",
                    );
                }
                lookup("formula.rate", rate, Unit::PercentPerYear, problems).map(|r| {
                    let index = 100.0 * (1.0 + r.value / 100.0).powi(*years as i32);
                    (
                        index,
                        DerivedKind::Index { years: *years },
                        vec![rate.clone()],
                    )
                })
            }
            Formula::Convert { amount, rate } => {
                let a = lookup("formula.amount", amount, Unit::Krw, problems);
                let r = lookup("formula.rate", rate, Unit::KrwPerUsd, problems);
                match (a, r) {
                    (Some(a), Some(r)) if r.value > 0.0 => Some((
                        a.value / r.value,
                        DerivedKind::Usd { year: r.period.end },
                        vec![amount.clone(), rate.clone()],
                    )),
                    _ => None,
                }
            }
            Formula::Difference { whole, part } => {
                let w = lookup("formula.whole", whole, Unit::Krw, problems);
                let p = lookup("formula.part", part, Unit::Krw, problems);
                match (w, p) {
                    (Some(w), Some(p)) if p.value <= w.value => Some((
                        w.value - p.value,
                        DerivedKind::Won,
                        vec![whole.clone(), part.clone()],
                    )),
                    (Some(_), Some(_)) => {
                        problem(
                            problems,
                            DERIVED_FILE,
                            &d.id,
                            "formula.part",
                            "the part is larger than the whole",
                        );
                        None
                    }
                    _ => None,
                }
            }
        };
        if let Some((value, kind, inputs)) = computed {
            out.push(DerivedFigure {
                id: d.id,
                formula: d.formula,
                label: d.label,
                definition: d.definition,
                value,
                kind,
                inputs,
            });
        }
    }
    out
}

fn validate_discrepancies(
    discrepancies: &[Discrepancy],
    figures: &[Figure],
    derived: &[DerivedFigure],
    sources: &[Source],
    problems: &mut Vec<Problem>,
) {
    check_unique(
        discrepancies.iter().map(|d| d.id.as_str()),
        problems,
        DISCREPANCIES_FILE,
    );
    for d in discrepancies {
        check_bilingual(&d.topic, problems, DISCREPANCIES_FILE, &d.id, "topic");
        check_bilingual(&d.note, problems, DISCREPANCIES_FILE, &d.id, "note");
        for figure in &d.figures {
            if !figures.iter().any(|f| &f.id == figure) && !derived.iter().any(|f| &f.id == figure)
            {
                problem(
                    problems,
                    DISCREPANCIES_FILE,
                    &d.id,
                    "figures",
                    format!("unknown figure `{figure}`"),
                );
            }
        }
        if d.claims.len() < 2 {
            problem(
                problems,
                DISCREPANCIES_FILE,
                &d.id,
                "claims",
                "a discrepancy needs at least two sources' claims",
            );
        }
        for (i, claim) in d.claims.iter().enumerate() {
            let field = format!("claims[{i}]");
            check_bilingual(
                &claim.says,
                problems,
                DISCREPANCIES_FILE,
                &d.id,
                &format!("{field}.says"),
            );
            check_source_ref(
                &claim.source,
                claim.paragraph,
                sources,
                problems,
                (DISCREPANCIES_FILE, &d.id, &field),
            );
        }
    }
}

fn validate_terms(terms: &[Term], sources: &[Source], problems: &mut Vec<Problem>) {
    check_unique(terms.iter().map(|t| t.id.as_str()), problems, GLOSSARY_FILE);
    for t in terms {
        check_bilingual(
            &Bilingual {
                ko: t.ko.clone(),
                en: t.en.clone(),
            },
            problems,
            GLOSSARY_FILE,
            &t.id,
            "name",
        );
        if let Some(note) = &t.note {
            check_bilingual(note, problems, GLOSSARY_FILE, &t.id, "note");
        }
        if !sources.iter().any(|s| s.id == t.source) {
            problem(
                problems,
                GLOSSARY_FILE,
                &t.id,
                "source",
                format!("unknown source `{}`", t.source),
            );
        }
    }
}

/// Whether `code` has the shape of a 2018 KOSTAT code of a district of Wonju (`32020xx`).
fn is_wonju_district_code(code: &str) -> bool {
    code.len() == 7 && code.starts_with("32020") && code.bytes().all(|b| b.is_ascii_digit())
}

fn validate_sites(file: &SitesFile, sources: &[Source], problems: &mut Vec<Problem>) {
    check_unique(
        file.sites
            .iter()
            .map(|s| s.id.as_str())
            .chain(file.outside.iter().map(|s| s.id.as_str())),
        problems,
        SITES_FILE,
    );
    for site in &file.sites {
        let id = site.id.as_str();
        check_bilingual(&site.name, problems, SITES_FILE, id, "name");
        check_bilingual(&site.description, problems, SITES_FILE, id, "description");
        check_refs(
            &site.sources,
            sources,
            problems,
            (SITES_FILE, id, "sources"),
        );
        let codes = site.location.district_codes();
        if codes.is_empty() {
            problem(problems, SITES_FILE, id, "location", "names no district");
        }
        for code in codes {
            if !is_wonju_district_code(code) {
                problem(
                    problems,
                    SITES_FILE,
                    id,
                    "location",
                    format!("`{code}` is not a Wonju district code (32020xx)"),
                );
            }
        }
        if let Location::Point(point) = &site.location {
            check_source_ref(
                &point.source.id,
                point.source.paragraph,
                sources,
                problems,
                (SITES_FILE, id, "location.point.source"),
            );
            // Wonju lies within 37.0–37.6° N, 127.6–128.3° E: catches swapped or typoed values.
            if !(37.0..=37.6).contains(&point.lat) || !(127.6..=128.3).contains(&point.lon) {
                problem(
                    problems,
                    SITES_FILE,
                    id,
                    "location.point",
                    format!(
                        "{}, {} is not in Wonju (lat 37.0–37.6, lon 127.6–128.3)",
                        point.lat, point.lon
                    ),
                );
            }
        }
    }
    for site in &file.outside {
        let id = site.id.as_str();
        check_bilingual(&site.name, problems, SITES_FILE, id, "name");
        check_bilingual(&site.place, problems, SITES_FILE, id, "place");
        check_bilingual(&site.description, problems, SITES_FILE, id, "description");
        check_refs(
            &site.sources,
            sources,
            problems,
            (SITES_FILE, id, "sources"),
        );
    }
    match file.sites.iter().find(|s| s.id == file.radius_centre) {
        None => problem(
            problems,
            SITES_FILE,
            &file.radius_centre,
            "radius_centre",
            "not a site in this file",
        ),
        Some(site) if !matches!(site.location, Location::Districts { ref codes } if codes.len() == 1) => {
            problem(
                problems,
                SITES_FILE,
                &site.id,
                "radius_centre",
                "the centre is taken from one district's centroid: the site must name exactly one district",
            )
        }
        Some(_) => {}
    }
}

/// Every statement needs a source, and every source it names must exist.
fn check_refs(
    refs: &[SourceRef],
    sources: &[Source],
    problems: &mut Vec<Problem>,
    (file, entry, field): (&'static str, &str, &str),
) {
    if refs.is_empty() {
        problem(problems, file, entry, field, "no source given");
    }
    for r in refs {
        check_source_ref(&r.id, r.paragraph, sources, problems, (file, entry, field));
    }
}

fn check_sourced_text(
    item: &SourcedText,
    sources: &[Source],
    problems: &mut Vec<Problem>,
    (file, entry, field): (&'static str, &str, &str),
) {
    check_bilingual(&item.text, problems, file, entry, &format!("{field}.text"));
    check_refs(
        &item.sources,
        sources,
        problems,
        (file, entry, &format!("{field}.sources")),
    );
}

fn validate_stories(
    stories: &[Story],
    figure_ids: &HashSet<&str>,
    sources: &[Source],
    problems: &mut Vec<Problem>,
) {
    check_unique(
        stories.iter().map(|s| s.id.as_str()),
        problems,
        STORIES_FILE,
    );
    for story in stories {
        let id = story.id.as_str();
        for (field, text) in [
            ("company", &story.company),
            ("product", &story.product),
            ("summary", &story.summary),
        ] {
            check_bilingual(text, problems, STORIES_FILE, id, field);
        }
        if story.paragraphs.is_empty() {
            problem(
                problems,
                STORIES_FILE,
                id,
                "paragraphs",
                "a story needs at least one paragraph",
            );
        }
        for (i, p) in story.paragraphs.iter().enumerate() {
            check_sourced_text(
                p,
                sources,
                problems,
                (STORIES_FILE, id, &format!("paragraphs[{i}]")),
            );
        }
        for figure in &story.figures {
            if !figure_ids.contains(figure.as_str()) {
                problem(
                    problems,
                    STORIES_FILE,
                    id,
                    "figures",
                    format!("unknown figure `{figure}`"),
                );
            }
        }
    }
}

fn validate_programmes(programmes: &[Programme], sources: &[Source], problems: &mut Vec<Problem>) {
    check_unique(
        programmes.iter().map(|p| p.id.as_str()),
        problems,
        PROGRAMMES_FILE,
    );
    for p in programmes {
        let id = p.id.as_str();
        for (field, text) in [
            ("name", &p.name),
            ("description", &p.description),
            ("audience", &p.audience),
        ] {
            check_bilingual(text, problems, PROGRAMMES_FILE, id, field);
        }
        if !(1..=2).contains(&p.phase) {
            problem(
                problems,
                PROGRAMMES_FILE,
                id,
                "phase",
                format!("{} is not phase 1 or 2", p.phase),
            );
        }
        if p.needs.is_empty() {
            problem(
                problems,
                PROGRAMMES_FILE,
                id,
                "needs",
                "names no need: the fit-finder could never show it",
            );
        }
        if p.situations.is_empty() {
            problem(
                problems,
                PROGRAMMES_FILE,
                id,
                "situations",
                "names no situation: the fit-finder could never show it",
            );
        }
        check_refs(
            &p.sources,
            sources,
            problems,
            (PROGRAMMES_FILE, id, "sources"),
        );
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a real month and day.
fn is_partial_date(date: &str) -> bool {
    match date.len() {
        4 => date.bytes().all(|b| b.is_ascii_digit()),
        7 => is_iso_date(&format!("{date}-01")),
        10 => is_iso_date(date),
        _ => false,
    }
}

fn validate_partners(file: &PartnersFile, sources: &[Source], problems: &mut Vec<Problem>) {
    check_unique(
        file.partners.iter().map(|p| p.id.as_str()),
        problems,
        PARTNERS_FILE,
    );
    for p in &file.partners {
        let id = p.id.as_str();
        check_bilingual(&p.name, problems, PARTNERS_FILE, id, "name");
        check_bilingual(&p.description, problems, PARTNERS_FILE, id, "description");
        if let Some(country) = &p.country {
            check_bilingual(country, problems, PARTNERS_FILE, id, "country");
        }
        check_refs(
            &p.sources,
            sources,
            problems,
            (PARTNERS_FILE, id, "sources"),
        );
    }
    for (list, items) in [("goals", &file.goals), ("strategies", &file.strategies)] {
        for (i, item) in items.iter().enumerate() {
            check_sourced_text(
                item,
                sources,
                problems,
                (PARTNERS_FILE, &format!("{list}[{i}]"), list),
            );
        }
    }
    let mut previous = "";
    for entry in &file.timeline {
        let id = entry.date.as_str();
        if !is_partial_date(id) {
            problem(
                problems,
                PARTNERS_FILE,
                id,
                "date",
                "not YYYY, YYYY-MM or YYYY-MM-DD",
            );
        } else if id < previous {
            problem(
                problems,
                PARTNERS_FILE,
                id,
                "date",
                format!("comes before the entry above it ({previous})"),
            );
        }
        previous = id;
        check_bilingual(&entry.text, problems, PARTNERS_FILE, id, "text");
        check_refs(
            &entry.sources,
            sources,
            problems,
            (PARTNERS_FILE, id, "sources"),
        );
    }
}

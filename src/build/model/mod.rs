//! The validated dataset: every figure with its source, derived figures computed from
//! sourced ones, discrepancies between sources, the glossary, the sites, stories,
//! programmes and partners. Built from `seeds/` as the build reads them from disk (the
//! browser never has it) and checked before anything is shown; what it validated it
//! hands on resolved (a figure holds its source), so views never look anything up again.
//! Pure: no leptos, no web_sys.

mod content;
mod derived;
mod error;
mod figure_ref;
mod figures;
mod files;
mod firms;
pub mod releases;
mod validate;
mod wonju;
mod zones;

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

pub use content::{
    Location, OutsideSite, Partner, Point, Programme, Site, Story, Term, TimelineEntry,
};
pub use derived::{DerivedFigure, DerivedKind, DerivedUnit};
pub use error::{DataError, Problem, Reason};
pub use figure_ref::{FigureRef, FigureUnit};
pub use figures::{Claim, Discrepancy, Figure};
pub use files::{SeedFile, SeedTexts};
pub use firms::Firm;
pub use wonju::WonjuFact;
pub use zones::{Zone, ZoneStatus};

pub use crate::build::seed::{
    Bilingual, Confidence, FirmRole, Group, Month, Need, PartnerKind, Period, ProgrammeKind,
    Situation, TermKind, Theme, Unit, ZoneKind,
};

use crate::build::seed::{self, CitedBy};
use crate::date::Date;
use crate::lang::Lang;
use crate::why;
use validate::{Checker, is_iso_date, parse};

/// A source: publisher, title, date, address, and how it is cited.
/// A source as the model holds it: the seed's, with its date read as a day.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub id: String,
    pub publisher: Bilingual,
    pub title: Bilingual,
    /// `None` for an undated web page.
    pub date: Option<Date>,
    pub url: String,
    pub language: Lang,
    pub cited_by: CitedBy,
    pub paragraphs: Option<u32>,
    pub note: Option<Bilingual>,
}

impl Source {
    /// The seed's source, and its date as written when that is not a day.
    fn read(seed: seed::SourceSeed) -> (Source, Option<String>) {
        let date = seed
            .date
            .as_deref()
            .map(|d| Date::parse(d).ok_or(d.to_string()));
        let refused = date.clone().and_then(Result::err);
        let source = Source {
            id: seed.id,
            publisher: seed.publisher,
            title: seed.title,
            date: date.and_then(Result::ok),
            url: seed.url,
            language: seed.language,
            cited_by: seed.cited_by,
            paragraphs: seed.paragraphs,
            note: seed.note,
        };
        (source, refused)
    }
}

/// A source as a statement cites it: the source itself, and the paragraph where it is
/// cited by paragraph.
#[derive(Clone, Debug, PartialEq)]
pub struct Cite {
    pub source: Arc<Source>,
    pub paragraph: Option<u32>,
}

/// A sentence or short paragraph with the sources that support it.
#[derive(Clone, Debug, PartialEq)]
pub struct SourcedText {
    pub text: Bilingual,
    pub sources: Vec<Cite>,
}

#[derive(Clone, Debug)]
pub struct Dataset {
    /// The day the information was last checked as a whole (ISO date): the site's
    /// "information as of" date, and "now" for whatever is current, ended or planned.
    pub information_as_of: crate::date::Date,
    pub sources: Vec<Arc<Source>>,
    pub figures: Vec<Arc<Figure>>,
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
    /// Newest designation first.
    pub zones: Vec<Zone>,
    /// Stories and anchor firms first, then by how much the sources name them for.
    pub firms: Vec<Firm>,
    /// Why Wonju: by theme, newest first within each.
    pub wonju: Vec<WonjuFact>,
    pub home: Home,
    /// The entries pages name by id, checked (`site.json`'s `named`).
    pub named: Named,
    /// The data releases, newest (the live data) first.
    pub releases: Vec<releases::Release>,
    /// What the live figures changed since the newest release (empty when it is all
    /// released).
    pub unreleased: Vec<releases::Change>,
    /// Wonju's boundaries as received (GeoJSON); the map's geometry is made from them.
    pub boundaries: String,
    /// The last passing run of the whole test suite.
    pub test_run: crate::build::accessibility::TestRun,
}

/// What the home page leads with.
#[derive(Clone, Debug)]
pub struct Home {
    /// The lead result, with the other headline figures of its group after it.
    pub lead: Vec<Arc<Figure>>,
    /// The cluster today, newest first.
    pub today: Vec<Arc<Figure>>,
    /// The phase-1 headline figures, shown as history.
    pub history: Vec<Arc<Figure>>,
}

/// The cluster's designation covers exactly the map sites a source names as designated: a
/// related place (City Hall, a hospital) must not be listed under it without a source.
fn check_cluster_sites(zones: &[Zone], sites: &[Site], c: &mut Checker) {
    let designated: Vec<&str> = sites
        .iter()
        .filter(|s| s.is_designated())
        .map(|s| s.id.as_str())
        .collect();
    for zone in zones.iter().filter(|z| z.kind == seed::ZoneKind::Cluster) {
        let mut e = c.entry(SeedFile::Zones, &zone.id);
        for id in &zone.sites {
            e.require(
                designated.contains(&id.as_str()),
                "sites",
                why!(
                    "`{id}` 거점은 `designated_by` 출처가 없어 sites.json에서 지정 거점이 아닙니다",
                    "`{id}` is not a designated site in sites.json (no `designated_by` source)"
                ),
            );
        }
        for id in &designated {
            e.require(
                zone.sites.iter().any(|s| s == id),
                "sites",
                why!(
                    "`{id}` 지정 거점이 빠져 있습니다",
                    "the designated site `{id}` is missing"
                ),
            );
        }
    }
}

/// The entries pages name by id, each checked to exist and to be of its kind.
#[derive(Clone, Debug)]
pub struct Named {
    pub radius: String,
    pub area: String,
    pub firms_total: String,
    pub revenue_share: String,
    pub official_site_ko: String,
    pub official_site_en: String,
    pub guide: Vec<Cite>,
    pub news_from: u16,
}

fn resolve_named(
    seed: seed::NamedSeed,
    figures: &[Arc<Figure>],
    derived: &[DerivedFigure],
    c: &mut Checker,
) -> Named {
    let mut e = c.entry(SeedFile::Site, "named");
    for (field, id) in [
        ("radius_figure", &seed.radius_figure),
        ("area_figure", &seed.area_figure),
        ("firms_total_figure", &seed.firms_total_figure),
    ] {
        sourced_figure(&mut e, format!("named.{field}"), id, figures);
    }
    let share = &seed.revenue_share_figure;
    e.require(
        derived.iter().any(|f| &f.id == share),
        "named.revenue_share_figure",
        why!(
            "계산한 수치에서 찾을 수 없습니다: `{share}`",
            "no derived figure `{share}`"
        ),
    );
    e.source("named.official_site_ko", &seed.official_site_ko);
    e.source("named.official_site_en", &seed.official_site_en);
    let guide = e.cites("named.guide_sources", &seed.guide_sources);
    Named {
        radius: seed.radius_figure,
        area: seed.area_figure,
        firms_total: seed.firms_total_figure,
        revenue_share: seed.revenue_share_figure,
        official_site_ko: seed.official_site_ko,
        official_site_en: seed.official_site_en,
        guide,
        news_from: seed.news_from,
    }
}

/// The sourced figure `id`, which `field` of `site.json` names (a problem when there is none).
fn sourced_figure(
    e: &mut validate::Entry<'_>,
    field: String,
    id: &str,
    figures: &[Arc<Figure>],
) -> Option<Arc<Figure>> {
    let found = figures.iter().find(|f| f.id == id).cloned();
    e.require(
        found.is_some(),
        field,
        why!(
            "출처가 있는 수치에서 찾을 수 없습니다: `{id}`",
            "no sourced figure `{id}`"
        ),
    );
    found
}

/// The home page's figures from `site.json`: every id must name a sourced figure.
fn resolve_home(seed: &seed::HomeSeed, figures: &[Arc<Figure>], c: &mut Checker) -> Home {
    let mut e = c.entry(SeedFile::Site, "home");
    let mut find = |field: String, id: &str| sourced_figure(&mut e, field, id, figures);
    let lead: Vec<Arc<Figure>> = match find("lead".into(), &seed.lead) {
        Some(lead) => std::iter::once(lead.clone())
            .chain(
                figures
                    .iter()
                    .filter(|f| f.headline && f.group == lead.group && f.id != lead.id)
                    .cloned(),
            )
            .collect(),
        None => Vec::new(),
    };
    let mut today: Vec<Arc<Figure>> = seed
        .today
        .iter()
        .enumerate()
        .filter_map(|(i, id)| find(format!("today[{i}]"), id))
        .collect();
    e.require(
        !today.is_empty(),
        "today",
        why!("수치를 하나 이상 지정하십시오", "name at least one figure"),
    );
    today.sort_by_key(|f| std::cmp::Reverse(f.recency()));
    let history = figures
        .iter()
        .filter(|f| f.headline && f.group == Group::Phase1)
        .cloned()
        .collect();
    Home {
        lead,
        today,
        history,
    }
}

impl Dataset {
    /// Reads the seed files under `root` (the folder holding `seeds/`) and validates them.
    pub fn load(root: &std::path::Path) -> Result<Dataset, DataError> {
        Dataset::parse(&SeedTexts::read(root)?)
    }

    /// Parses and validates the seed files; reports every problem found, not just the first.
    pub fn parse(texts: &SeedTexts) -> Result<Dataset, DataError> {
        let site: seed::SiteFile = parse(texts, SeedFile::Site)?;
        let sources: seed::SourcesFile = parse(texts, SeedFile::Sources)?;
        let figures: seed::FiguresFile = parse(texts, SeedFile::Figures)?;
        let derived: seed::DerivedFile = parse(texts, SeedFile::Derived)?;
        let discrepancies: seed::DiscrepanciesFile = parse(texts, SeedFile::Discrepancies)?;
        let glossary: seed::GlossaryFile = parse(texts, SeedFile::Glossary)?;
        let sites: seed::SitesFile = parse(texts, SeedFile::Sites)?;
        let stories: seed::StoriesFile = parse(texts, SeedFile::Stories)?;
        let programmes: seed::ProgrammesFile = parse(texts, SeedFile::Programmes)?;
        let partners: seed::PartnersFile = parse(texts, SeedFile::Partners)?;
        let zones: seed::ZonesFile = parse(texts, SeedFile::Zones)?;
        let events: seed::EventsFile = parse(texts, SeedFile::Events)?;
        let firms: seed::FirmsFile = parse(texts, SeedFile::Firms)?;
        let wonju: seed::WonjuFile = parse(texts, SeedFile::Wonju)?;
        let releases: releases::ReleasesFile = parse(texts, SeedFile::Releases)?;
        let test_run: crate::build::accessibility::TestRun = parse(texts, SeedFile::TestRun)?;

        let (sources, refused_dates): (Vec<Arc<Source>>, Vec<Option<String>>) = sources
            .sources
            .into_iter()
            .map(|s| {
                let (source, refused) = Source::read(s);
                (Arc::new(source), refused)
            })
            .unzip();
        let mut c = Checker::new(&sources);
        check_sources(&sources, &refused_dates, &mut c);
        check_as_of(&site.information_as_of, &sources, &mut c);
        check_test_run(&test_run, &mut c);
        let figures = figures::resolve_figures(figures.figures, &mut c);
        let derived = derived::compute_derived(derived.derived, &figures, &mut c);
        figure_ref::check_unique_labels(&figures, &derived, &mut c);
        let figure_ids: HashSet<&str> = figures
            .iter()
            .map(|f| f.id.as_str())
            .chain(derived.iter().map(|f| f.id.as_str()))
            .collect();
        let discrepancies = figures::resolve_discrepancies(
            discrepancies.discrepancies,
            |id| figure_ids.contains(id),
            &mut c,
        );
        let terms = content::resolve_terms(glossary.terms, &mut c);
        let sites = content::resolve_sites(sites, &mut c);
        let stories = content::resolve_stories(stories.stories, &figure_ids, &mut c);
        let programmes = content::resolve_programmes(programmes.programmes, &mut c);
        let partners = content::resolve_partners(partners, &mut c);
        let site_ids: HashSet<&str> = sites.sites.iter().map(|s| s.id.as_str()).collect();
        let zones = zones::resolve_zones(zones.zones, &site_ids, &mut c);
        check_cluster_sites(&zones, &sites.sites, &mut c);
        let targets = content::EventTargets {
            zones: zones.iter().map(|z| z.id.as_str()).collect(),
            partners: partners.partners.iter().map(|p| p.id.as_str()).collect(),
            figures: &figure_ids,
        };
        let timeline = content::resolve_events(events.events, &targets, &mut c);
        let story_ids: HashSet<&str> = stories.iter().map(|s| s.id.as_str()).collect();
        let firms = firms::resolve_firms(firms.firms, &site_ids, &story_ids, &mut c);
        let figure_sources: HashMap<&str, &str> = figures
            .iter()
            .map(|f| (f.id.as_str(), f.source.source.id.as_str()))
            .collect(); // A stand-in that no page sees when the date is refused (the dataset is then too).
        let today =
            crate::date::Date::parse(&site.information_as_of).unwrap_or(crate::date::Date {
                year: 0,
                month: 1,
                day: 1,
            });
        let wonju = wonju::resolve_wonju(wonju.facts, &figure_sources, today, &mut c);
        let home = resolve_home(&site.home, &figures, &mut c);
        let named = resolve_named(site.named, &figures, &derived, &mut c);
        let live: Vec<releases::Snapshot> = figures
            .iter()
            .map(|f| FigureRef::Sourced(f))
            .chain(derived.iter().map(FigureRef::Derived))
            .map(releases::Snapshot::of)
            .collect();
        let releases = releases::resolve(releases, &mut c);
        let unreleased = releases::unreleased(&releases, &live);
        c.finish()?;
        Ok(Dataset {
            information_as_of: today,
            sources,
            figures,
            derived,
            discrepancies,
            terms,
            sites: sites.sites,
            outside_sites: sites.outside,
            radius_centre: sites.radius_centre,
            stories,
            programmes,
            partners: partners.partners,
            goals: partners.goals,
            strategies: partners.strategies,
            timeline,
            zones,
            firms,
            wonju,
            home,
            named,
            releases,
            unreleased,
            boundaries: texts.get(SeedFile::Boundaries).to_string(),
            test_run,
        })
    }

    /// Where figure `id`'s live value is kept: the newest release, unless it was added or
    /// changed after it.
    pub fn kept(&self, id: &str) -> releases::Kept<'_> {
        let since = self.current_version();
        if self.unreleased.iter().any(|c| c.id() == id) {
            releases::Kept::Unreleased {
                since,
                as_of: self.information_as_of,
            }
        } else {
            releases::Kept::Release(since)
        }
    }

    /// The newest data release's version (the seeds refuse a dataset with none).
    pub fn current_version(&self) -> &str {
        self.releases.first().map_or("", |r| r.version.as_str())
    }

    /// The dated sources by the year they were published, newest year first and newest
    /// first within it (the seed order breaks ties).
    pub fn sources_by_year(&self) -> Vec<(u16, Vec<&Source>)> {
        let mut dated: Vec<(Date, &Source)> = self
            .sources
            .iter()
            .filter_map(|s| Some((s.date?, &**s)))
            .collect();
        dated.sort_by_key(|(date, _)| std::cmp::Reverse(*date));
        let mut years: Vec<(u16, Vec<&Source>)> = Vec::new();
        for (date, source) in dated {
            let year = date.year;
            match years.last_mut() {
                Some((y, list)) if *y == year => list.push(source),
                _ => years.push((year, vec![source])),
            }
        }
        years
    }

    /// The sources with no date, in the seed order.
    pub fn undated_sources(&self) -> impl Iterator<Item = &Source> {
        self.sources
            .iter()
            .filter(|s| s.date.is_none())
            .map(|s| &**s)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id).map(|s| &**s)
    }

    /// A citation of source `id`, at `paragraph`, for statements the pages make
    /// themselves; `None` if there is no such source.
    pub fn cite(&self, id: &str, paragraph: Option<u32>) -> Option<Cite> {
        let source = self.sources.iter().find(|s| s.id == id)?.clone();
        Some(Cite { source, paragraph })
    }

    /// Gangwon Technopark's official website in `lang` (the Korean site's home page; the
    /// promotion unit's page on the English one), as the sources give them.
    pub fn official_site(&self, lang: crate::lang::Lang) -> Option<&Source> {
        self.source(match lang {
            crate::lang::Lang::Ko => &self.named.official_site_ko,
            crate::lang::Lang::En => &self.named.official_site_en,
        })
    }

    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id).map(|f| &**f)
    }

    pub fn derived_figure(&self, id: &str) -> Option<&DerivedFigure> {
        self.derived.iter().find(|f| f.id == id)
    }

    /// The figure `id`, sourced or derived.
    pub fn figure_ref(&self, id: &str) -> Option<FigureRef<'_>> {
        self.figure(id)
            .map(FigureRef::Sourced)
            .or_else(|| self.derived_figure(id).map(FigureRef::Derived))
    }

    /// Every figure, sourced first, in file order: each has a page.
    pub fn all_figures(&self) -> impl Iterator<Item = FigureRef<'_>> {
        self.figures
            .iter()
            .map(|f| FigureRef::Sourced(f))
            .chain(self.derived.iter().map(FigureRef::Derived))
    }

    /// The figures a story shows, in its order.
    pub fn story_figures<'a>(&'a self, story: &'a Story) -> impl Iterator<Item = FigureRef<'a>> {
        story.figures.iter().filter_map(|id| self.figure_ref(id))
    }

    /// The disagreements about any of a story's figures, each once, in file order.
    pub fn story_discrepancies(&self, story: &Story) -> Vec<&Discrepancy> {
        self.discrepancies
            .iter()
            .filter(|d| d.figures.iter().any(|f| story.figures.contains(f)))
            .collect()
    }

    pub fn headline_figures(&self) -> impl Iterator<Item = &Figure> {
        self.figures.iter().filter(|f| f.headline).map(|f| &**f)
    }

    pub fn figures_in(&self, group: Group) -> impl Iterator<Item = &Figure> {
        self.figures
            .iter()
            .filter(move |f| f.group == group)
            .map(|f| &**f)
    }

    /// The discrepancies that concern figure `id`.
    pub fn discrepancies_for(&self, id: &str) -> Vec<&Discrepancy> {
        self.discrepancies
            .iter()
            .filter(|d| d.figures.iter().any(|f| f == id))
            .collect()
    }

    /// What has happened by `today` (an ISO date), newest first; plans are left out.
    pub fn news(&self, today: crate::date::Date) -> impl Iterator<Item = &TimelineEntry> {
        self.timeline
            .iter()
            .rev()
            .filter(move |e| !e.is_planned(today))
    }

    pub fn story(&self, id: &str) -> Option<&Story> {
        self.stories.iter().find(|s| s.id == id)
    }

    /// The zones that cover district `code`: those over all of Wonju, and those with a
    /// site in the district. Newest designation first.
    pub fn zones_for_district(&self, code: &str) -> Vec<&Zone> {
        self.zones
            .iter()
            .filter(|z| {
                z.whole_of_wonju
                    || z.sites.iter().any(|id| {
                        self.site(id)
                            .is_some_and(|s| s.location.district_codes().contains(&code))
                    })
            })
            .collect()
    }

    pub fn site(&self, id: &str) -> Option<&Site> {
        self.sites.iter().find(|s| s.id == id)
    }

    /// Derived figures computed from figure `id`.
    pub fn derived_from(&self, id: &str) -> Vec<&DerivedFigure> {
        self.derived
            .iter()
            .filter(|d| d.inputs.iter().any(|i| i.id == id))
            .collect()
    }
}

/// The "as of" date is a real date, and no source is newer than the day the information
/// was last checked.
fn check_as_of(as_of: &str, sources: &[Arc<Source>], c: &mut Checker) {
    let mut e = c.entry(SeedFile::Site, "information_as_of");
    if !is_iso_date(as_of) {
        e.fail(
            "information_as_of",
            why!(
                "YYYY-MM-DD 형식의 날짜가 아닙니다: {as_of:?}",
                "not a YYYY-MM-DD date: {as_of:?}"
            ),
        );
        return;
    }
    for s in sources {
        if let Some(date) = s.date.filter(|d| Some(*d) > Date::parse(as_of)) {
            let id = &s.id;
            e.fail(
                "information_as_of",
                why!(
                    "`{id}` 출처의 날짜({date})가 정보 기준일({as_of})보다 늦습니다",
                    "{as_of} is older than source `{id}`, dated {date}"
                ),
            );
        }
    }
}

/// The record of the last passing test run names a day and a commit.
fn check_test_run(run: &crate::build::accessibility::TestRun, c: &mut Checker) {
    let mut e = c.entry(SeedFile::TestRun, "run");
    let (passed, commit) = (&run.passed, &run.commit);
    e.require(
        is_iso_date(passed),
        "passed",
        why!(
            "YYYY-MM-DD 형식의 날짜가 아닙니다: {passed:?}",
            "not a YYYY-MM-DD date: {passed:?}"
        ),
    );
    e.require(
        commit.len() >= 7 && commit.bytes().all(|b| b.is_ascii_hexdigit()),
        "commit",
        why!(
            "커밋 해시가 아닙니다: {commit:?}",
            "not a commit hash: {commit:?}"
        ),
    );
}

fn check_sources(sources: &[Arc<Source>], refused_dates: &[Option<String>], c: &mut Checker) {
    let file = SeedFile::Sources;
    c.unique_ids(file, sources.iter().map(|s| s.id.as_str()));
    for (s, refused) in sources.iter().zip(refused_dates) {
        let mut e = c.entry(file, &s.id);
        e.text("publisher", &s.publisher);
        e.text("title", &s.title);
        e.optional_text("note", s.note.as_ref());
        let url = &s.url;
        e.require(
            url.starts_with("https://") || url.starts_with("http://"),
            "url",
            why!("웹 주소가 아닙니다: {url:?}", "not a web address: {url:?}"),
        );
        if let Some(date) = refused {
            e.fail(
                "date",
                why!(
                    "YYYY-MM-DD 형식의 날짜가 아닙니다: {date:?}",
                    "not a YYYY-MM-DD date: {date:?}"
                ),
            );
        }
        e.require(
            !(s.cited_by == CitedBy::Paragraph && s.paragraphs.is_none_or(|n| n == 0)),
            "paragraphs",
            why!(
                "문단 번호로 인용하는 출처는 문단이 몇 개인지 적어야 합니다",
                "a source cited by paragraph must say how many it has"
            ),
        );
    }
}

//! What the site tells besides figures, each statement with its sources resolved: the
//! glossary, the sites on the map, the stories, the programmes, the partners and the
//! timeline.

use std::collections::HashSet;
use std::sync::Arc;

use super::files::SeedFile;
use super::validate::{Checker, Entry};
use super::{Cite, Source, SourcedText};
use crate::build::seed::{
    self, Bilingual, Confidence, Month, Need, PartnerKind, ProgrammeKind, Situation, TermKind,
};
use crate::date::{Date, PartialDate};
use crate::why;

/// A name in both languages; `official` when the English form is the organisation's own.
#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    pub id: String,
    pub kind: TermKind,
    pub ko: String,
    pub en: String,
    pub official: bool,
    /// The source that gives the names (the whole source, not a paragraph).
    pub source: Arc<Source>,
    pub note: Option<Bilingual>,
    /// Names the site does not use for this term (see `seed::Variants`).
    pub variants: seed::Variants,
}

pub(crate) fn resolve_terms(seeds: Vec<seed::TermSeed>, c: &mut Checker) -> Vec<Term> {
    let file = SeedFile::Glossary;
    c.unique_ids(file, seeds.iter().map(|t| t.id.as_str()));
    seeds
        .into_iter()
        .filter_map(|t| {
            let mut e = c.entry(file, &t.id);
            let name = Bilingual {
                ko: t.ko.clone(),
                en: t.en.clone(),
            };
            e.text("name", &name);
            e.optional_text("note", t.note.as_ref());
            let source = e.source("source", &t.source)?;
            let (id, lang) = (&source.id, source.language.code());
            e.require(
                // A Korean report that quotes the English name counts when the source's
                // note records the quote.
                !t.official
                    || source.language == crate::lang::Lang::En
                    || source.note.as_ref().is_some_and(|n| n.en.contains(&t.en)),
                "official",
                why!(
                    "공식 영문명에는 영어 출처나, 비고(note)에 그 영문명을 인용한 출처가 필요합니다. 출처 `{id}`의 언어는 {lang}입니다",
                    "an official English name needs a source in English, or one whose note quotes it; `{id}` is in {lang}"
                ),
            );
            for (lang, variants, name) in
                [("ko", &t.variants.ko, &t.ko), ("en", &t.variants.en, &t.en)]
            {
                for v in variants {
                    e.require(
                        !v.trim().is_empty() && !name.contains(v.as_str()),
                        format!("variants.{lang}"),
                        why!(
                            "다른 표기는 비어 있지 않아야 하고 이름의 일부가 아니어야 합니다: {v:?}",
                            "a variant must be non-empty and not part of the name itself: {v:?}"
                        ),
                    );
                }
            }
            Some(Term {
                id: t.id,
                kind: t.kind,
                ko: t.ko,
                en: t.en,
                official: t.official,
                source,
                note: t.note,
                variants: t.variants,
            })
        })
        .collect()
}

/// A place of the cluster on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct Site {
    pub id: String,
    pub name: Bilingual,
    pub description: Bilingual,
    pub location: Location,
    /// Where the site, its description and its part in the cluster come from.
    pub sources: Vec<Cite>,
    /// The sources that name it as a designated district; empty for a related site.
    pub designated_by: Vec<Cite>,
}

impl Site {
    pub fn is_designated(&self) -> bool {
        !self.designated_by.is_empty()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Location {
    /// A sourced coordinate, and the district (KOSTAT code) it must lie in.
    Point(Point),
    /// No sourced coordinate: the site is shown as these districts (KOSTAT codes).
    Districts { codes: Vec<String> },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    pub lat: f64,
    pub lon: f64,
    pub district: String,
    pub confidence: Confidence,
    pub source: Cite,
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

/// A place the sources list that lies outside the mapped boundary.
#[derive(Clone, Debug, PartialEq)]
pub struct OutsideSite {
    pub id: String,
    pub name: Bilingual,
    /// Where it is instead (a county or city name).
    pub place: Bilingual,
    pub description: Bilingual,
    pub sources: Vec<Cite>,
    pub designated_by: Vec<Cite>,
}

impl OutsideSite {
    pub fn is_designated(&self) -> bool {
        !self.designated_by.is_empty()
    }
}

/// Resolves a site's designation sources, each of which must also be among its sources
/// (a site is shown as designated only on a source the site already credits).
fn designation(e: &mut Entry, refs: &[seed::SourceRef], sources: &[seed::SourceRef]) -> Vec<Cite> {
    refs.iter()
        .filter_map(|r| {
            let cited = describe(r);
            e.require(
                sources.contains(r),
                "designated_by",
                why!(
                    "거점의 출처 목록에 없는 출처입니다: `{cited}`",
                    "`{cited}` is not among the site's sources"
                ),
            );
            e.cite("designated_by", r)
        })
        .collect()
}

fn describe(r: &seed::SourceRef) -> String {
    match r.paragraph {
        Some(p) => format!("{} ¶{p}", r.id),
        None => r.id.clone(),
    }
}

/// Whether `code` has the shape of a 2018 KOSTAT code of a district of Wonju (`32020xx`).
fn is_wonju_district_code(code: &str) -> bool {
    code.len() == 7 && code.starts_with("32020") && code.bytes().all(|b| b.is_ascii_digit())
}

pub(crate) struct Sites {
    pub sites: Vec<Site>,
    pub outside: Vec<OutsideSite>,
    pub radius_centre: String,
}

pub(crate) fn resolve_sites(file_seed: seed::SitesFile, c: &mut Checker) -> Sites {
    let file = SeedFile::Sites;
    c.unique_ids(
        file,
        file_seed
            .sites
            .iter()
            .map(|s| s.id.as_str())
            .chain(file_seed.outside.iter().map(|s| s.id.as_str())),
    );
    let sites: Vec<Site> = file_seed
        .sites
        .into_iter()
        .map(|site| {
            let mut e = c.entry(file, &site.id);
            e.text("name", &site.name);
            e.text("description", &site.description);
            let sources = e.cites("sources", &site.sources);
            let designated_by = designation(&mut e, &site.designated_by, &site.sources);
            let codes = site.location.district_codes();
            e.require(
                !codes.is_empty(),
                "location",
                why!("읍면동을 하나도 적지 않았습니다", "names no district"),
            );
            for code in codes {
                e.require(
                    is_wonju_district_code(code),
                    "location",
                    why!(
                        "원주 읍면동 코드(32020xx)가 아닙니다: `{code}`",
                        "`{code}` is not a Wonju district code (32020xx)"
                    ),
                );
            }
            let location = match site.location {
                seed::Location::Point(p) => {
                    // Wonju lies within 37.0–37.6° N, 127.6–128.3° E: catches swapped or
                    // typoed values.
                    let (lat, lon) = (p.lat, p.lon);
                    e.require(
                        (37.0..=37.6).contains(&p.lat) && (127.6..=128.3).contains(&p.lon),
                        "location.point",
                        why!(
                            "원주 밖의 좌표입니다(위도 37.0–37.6, 경도 127.6–128.3): {lat}, {lon}",
                            "{lat}, {lon} is not in Wonju (lat 37.0–37.6, lon 127.6–128.3)"
                        ),
                    );
                    match e.cite("location.point.source", &p.source) {
                        Some(source) => Location::Point(Point {
                            lat: p.lat,
                            lon: p.lon,
                            district: p.district,
                            confidence: p.confidence,
                            source,
                        }),
                        None => Location::Districts {
                            codes: vec![p.district],
                        },
                    }
                }
                seed::Location::Districts { codes } => Location::Districts { codes },
            };
            Site {
                id: site.id,
                name: site.name,
                description: site.description,
                location,
                sources,
                designated_by,
            }
        })
        .collect();
    let outside = file_seed
        .outside
        .into_iter()
        .map(|site| {
            let mut e = c.entry(file, &site.id);
            e.text("name", &site.name);
            e.text("place", &site.place);
            e.text("description", &site.description);
            let sources = e.cites("sources", &site.sources);
            let designated_by = designation(&mut e, &site.designated_by, &site.sources);
            OutsideSite {
                id: site.id,
                name: site.name,
                place: site.place,
                description: site.description,
                sources,
                designated_by,
            }
        })
        .collect();
    // The map numbers sites in file order and lists the designated ones first.
    if let Some(first_related) = sites.iter().position(|s| !s.is_designated()) {
        for late in sites[first_related..].iter().filter(|s| s.is_designated()) {
            c.entry(file, &late.id).fail(
                "designated_by",
                why!(
                    "지정된 거점은 파일에서 모든 관련 장소보다 앞에 와야 합니다",
                    "a designated site must come before every related site in the file"
                ),
            );
        }
    }
    let centre = file_seed.radius_centre;
    let mut e = c.entry(file, &centre);
    match sites.iter().find(|s| s.id == centre) {
        None => e.fail(
            "radius_centre",
            why!("이 파일에 없는 거점입니다", "not a site in this file"),
        ),
        Some(site) => e.require(
            matches!(site.location, Location::Districts { ref codes } if codes.len() == 1),
            "radius_centre",
            why!(
                "반경의 중심은 읍면동 한 곳의 중심점으로 정합니다. 이 거점에는 읍면동을 하나만 적어야 합니다",
                "the centre is taken from one district's centroid: the site must name exactly one district"
            ),
        ),
    }
    Sites {
        sites,
        outside,
        radius_centre: centre,
    }
}

/// A firm's success story: what it did, each statement sourced, and its figures by id.
#[derive(Clone, Debug, PartialEq)]
pub struct Story {
    pub id: String,
    pub company: Bilingual,
    pub product: Bilingual,
    pub summary: Bilingual,
    pub paragraphs: Vec<SourcedText>,
    /// Figures (sourced or derived) shown as cards, with their caveats and discrepancies;
    /// each is known (validation checks).
    pub figures: Vec<String>,
}

pub(crate) fn resolve_stories(
    seeds: Vec<seed::StorySeed>,
    figure_ids: &HashSet<&str>,
    c: &mut Checker,
) -> Vec<Story> {
    let file = SeedFile::Stories;
    c.unique_ids(file, seeds.iter().map(|s| s.id.as_str()));
    seeds
        .into_iter()
        .map(|story| {
            let mut e = c.entry(file, &story.id);
            e.text("company", &story.company);
            e.text("product", &story.product);
            e.text("summary", &story.summary);
            e.require(
                !story.paragraphs.is_empty(),
                "paragraphs",
                why!(
                    "성공 사례에는 문단이 하나 이상 있어야 합니다",
                    "a story needs at least one paragraph"
                ),
            );
            for figure in &story.figures {
                e.require(
                    figure_ids.contains(figure.as_str()),
                    "figures",
                    why!("없는 수치입니다: `{figure}`", "unknown figure `{figure}`"),
                );
            }
            let paragraphs = story
                .paragraphs
                .into_iter()
                .enumerate()
                .map(|(i, p)| e.sourced_text(format!("paragraphs[{i}]"), p))
                .collect();
            Story {
                id: story.id,
                company: story.company,
                product: story.product,
                summary: story.summary,
                paragraphs,
                figures: story.figures,
            }
        })
        .collect()
}

/// A support programme the sources name. `needs` and `situations` are our reading of the
/// sources' description, for the fit-finder; the sources give no eligibility rules.
#[derive(Clone, Debug, PartialEq)]
pub struct Programme {
    pub id: String,
    /// 1 (2018–2022) or 2 (2023–2027).
    pub phase: u8,
    pub kind: ProgrammeKind,
    /// The month it ended or is planned to end.
    pub ends: Month,
    pub name: Bilingual,
    pub description: Bilingual,
    pub audience: Bilingual,
    pub needs: Vec<Need>,
    pub situations: Vec<Situation>,
    pub sources: Vec<Cite>,
}

impl Programme {
    /// Whether its last month lies before `today`: ended, no longer offered.
    pub fn is_ended(&self, today: Date) -> bool {
        PartialDate::parse(&self.ends.to_string()).is_some_and(|m| m.last_day() < today)
    }
}

pub(crate) fn resolve_programmes(
    seeds: Vec<seed::ProgrammeSeed>,
    c: &mut Checker,
) -> Vec<Programme> {
    let file = SeedFile::Programmes;
    c.unique_ids(file, seeds.iter().map(|p| p.id.as_str()));
    seeds
        .into_iter()
        .map(|p| {
            let mut e = c.entry(file, &p.id);
            e.text("name", &p.name);
            e.text("description", &p.description);
            e.text("audience", &p.audience);
            let (phase, ends) = (p.phase, &p.ends);
            e.require(
                (1..=2).contains(&p.phase),
                "phase",
                why!(
                    "1기나 2기가 아닙니다: {phase}",
                    "{phase} is not phase 1 or 2"
                ),
            );
            let phase_years = if p.phase == 1 {
                2018..=2022
            } else {
                2023..=2027
            };
            e.require(
                phase_years.contains(&p.ends.year),
                "ends",
                why!(
                    "{phase}기 기간({phase_years:?}) 밖입니다: {ends}",
                    "{ends} is outside phase {phase} ({phase_years:?})"
                ),
            );
            e.require(
                !p.needs.is_empty(),
                "needs",
                why!(
                    "지원 분야가 하나도 없어 '맞는 프로그램 찾기'에 나오지 않습니다",
                    "names no need: the fit-finder could never show it"
                ),
            );
            e.require(
                !p.situations.is_empty(),
                "situations",
                why!(
                    "상황이 하나도 없어 '맞는 프로그램 찾기'에 나오지 않습니다",
                    "names no situation: the fit-finder could never show it"
                ),
            );
            let sources = e.cites("sources", &p.sources);
            Programme {
                id: p.id,
                phase: p.phase,
                kind: p.kind,
                ends: p.ends,
                name: p.name,
                description: p.description,
                audience: p.audience,
                needs: p.needs,
                situations: p.situations,
                sources,
            }
        })
        .collect()
}

#[derive(Clone, Debug, PartialEq)]
pub struct Partner {
    pub id: String,
    pub kind: PartnerKind,
    pub name: Bilingual,
    pub country: Option<Bilingual>,
    pub description: Bilingual,
    pub sources: Vec<Cite>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TimelineEntry {
    pub date: PartialDate,
    pub text: Bilingual,
    pub detail: Option<Bilingual>,
    pub sources: Vec<Cite>,
    pub zones: Vec<String>,
    pub partners: Vec<String>,
    pub figures: Vec<String>,
}

impl TimelineEntry {
    /// Whether it lies after `today`: a plan, not news. A month or a year counts from its
    /// first day.
    pub fn is_planned(&self, today: Date) -> bool {
        self.date.first_day() > today
    }
}

/// The ids an event may link to, each kind checked against the data.
pub(crate) struct EventTargets<'a> {
    pub zones: HashSet<&'a str>,
    pub partners: HashSet<&'a str>,
    pub figures: &'a HashSet<&'a str>,
}

pub(crate) fn resolve_events(
    seeds: Vec<seed::TimelineSeed>,
    targets: &EventTargets,
    c: &mut Checker,
) -> Vec<TimelineEntry> {
    let file = SeedFile::Events;
    let mut previous: Option<PartialDate> = None;
    seeds
        .into_iter()
        .map(|entry| {
            let mut e = c.entry(file, &entry.date);
            let date = e.partial_date("date", &entry.date);
            // A refused date is reported once, and the order is checked without it.
            if date != PartialDate::REFUSED {
                if let Some(before) = previous.filter(|p| date.first_day() < p.first_day()) {
                    e.fail(
                        "date",
                        why!(
                            "위 항목({before})보다 이른 날짜입니다",
                            "comes before the entry above it ({before})"
                        ),
                    );
                }
                previous = Some(date);
            }
            e.text("text", &entry.text);
            e.optional_text("detail", entry.detail.as_ref());
            let links = [
                ("zones", "특구", &entry.zones, &targets.zones),
                ("partners", "협력 기관", &entry.partners, &targets.partners),
                ("figures", "수치", &entry.figures, targets.figures),
            ];
            for (field, what, ids, known) in links {
                for id in ids {
                    e.require(
                        known.contains(id.as_str()),
                        field,
                        why!(
                            "사이트의 {what} 목록에 없습니다: `{id}`",
                            "`{id}` is not one of the site's {field}"
                        ),
                    );
                }
            }
            let sources = e.cites("sources", &entry.sources);
            TimelineEntry {
                date,
                text: entry.text,
                detail: entry.detail,
                sources,
                zones: entry.zones,
                partners: entry.partners,
                figures: entry.figures,
            }
        })
        .collect()
}

pub(crate) struct Partners {
    pub partners: Vec<Partner>,
    pub goals: Vec<SourcedText>,
    pub strategies: Vec<SourcedText>,
}

pub(crate) fn resolve_partners(file_seed: seed::PartnersFile, c: &mut Checker) -> Partners {
    let file = SeedFile::Partners;
    c.unique_ids(file, file_seed.partners.iter().map(|p| p.id.as_str()));
    let partners = file_seed
        .partners
        .into_iter()
        .map(|p| {
            let mut e = c.entry(file, &p.id);
            e.text("name", &p.name);
            e.text("description", &p.description);
            e.optional_text("country", p.country.as_ref());
            let sources = e.cites("sources", &p.sources);
            Partner {
                id: p.id,
                kind: p.kind,
                name: p.name,
                country: p.country,
                description: p.description,
                sources,
            }
        })
        .collect();
    let mut list = |name: &str, items: Vec<seed::SourcedText>| -> Vec<SourcedText> {
        items
            .into_iter()
            .enumerate()
            .map(|(i, item)| {
                c.entry(file, format!("{name}[{i}]"))
                    .sourced_text(name, item)
            })
            .collect()
    };
    let goals = list("goals", file_seed.goals);
    let strategies = list("strategies", file_seed.strategies);
    Partners {
        partners,
        goals,
        strategies,
    }
}

//! Why Wonju: what a firm weighing the place should know, as dated facts with their
//! figures and sources, grouped by theme.

use std::collections::{HashMap, HashSet};

use super::Cite;
use super::files::SeedFile;
use super::validate::Checker;
use crate::build::seed::{self, Bilingual, Theme};
use crate::date::{Date, PartialDate};
use crate::why;

#[derive(Clone, Debug, PartialEq)]
pub struct WonjuFact {
    pub id: String,
    pub theme: Theme,
    pub title: Bilingual,
    pub text: Bilingual,
    /// When what the card says was last reported.
    pub as_of: PartialDate,
    pub sources: Vec<Cite>,
    /// Sourced figures, in the card's order; each has its own page.
    pub figures: Vec<String>,
}

/// Resolves the cards; `figure_sources` maps each sourced figure to its source's id.
/// Returns them by theme, newest first within a theme.
pub(crate) fn resolve_wonju(
    seeds: Vec<seed::FactSeed>,
    figure_sources: &HashMap<&str, &str>,
    today: Date,
    c: &mut Checker,
) -> Vec<WonjuFact> {
    let file = SeedFile::Wonju;
    c.unique_ids(file, seeds.iter().map(|f| f.id.as_str()));
    let mut seen_figures: HashSet<String> = HashSet::new();
    let mut facts: Vec<WonjuFact> = seeds
        .into_iter()
        .map(|f| {
            let mut e = c.entry(file, &f.id);
            e.text("title", &f.title);
            e.text("text", &f.text);
            let sources = e.cites("sources", &f.sources);
            e.require(
                !sources.is_empty(),
                "sources",
                why!("카드에는 출처가 있어야 합니다", "a card needs a source"),
            );
            let as_of = e.partial_date("as_of", &f.as_of);
            if as_of != PartialDate::REFUSED {
                e.require(
                    as_of.first_day() <= today,
                    "as_of",
                    why!(
                        "정보 기준일({today})보다 늦은 날짜입니다: {as_of}",
                        "{as_of} is after the information-as-of date {today}"
                    ),
                );
                // A card cannot be newer than the newest report it rests on.
                let newest = sources.iter().filter_map(|s| s.source.date).max();
                if let Some(newest) = newest {
                    e.require(
                        as_of.first_day() <= newest,
                        "as_of",
                        why!(
                            "가장 최근 출처의 날짜({newest})보다 늦은 날짜입니다: {as_of}",
                            "{as_of} is after its newest source ({newest})"
                        ),
                    );
                }
            }
            for id in &f.figures {
                match figure_sources.get(id.as_str()) {
                    None => e.fail(
                        "figures",
                        why!(
                            "seeds/figures.json에서 출처가 있는 수치가 아닙니다: `{id}`",
                            "`{id}` is not a sourced figure in seeds/figures.json"
                        ),
                    ),
                    Some(source) => e.require(
                        sources.iter().any(|s| s.source.id == *source),
                        "figures",
                        why!(
                            "`{id}` 수치는 `{source}` 출처에서 왔지만 이 카드는 그 출처를 인용하지 않습니다",
                            "`{id}` comes from `{source}`, which the card does not cite"
                        ),
                    ),
                }
                e.require(
                    seen_figures.insert(id.clone()),
                    "figures",
                    why!(
                        "`{id}` 수치는 이미 다른 카드에 있습니다",
                        "`{id}` is already on another card"
                    ),
                );
            }
            WonjuFact {
                id: f.id,
                theme: f.theme,
                title: f.title,
                text: f.text,
                as_of,
                sources,
                figures: f.figures,
            }
        })
        .collect();
    facts.sort_by(|a, b| {
        let rank = |t: Theme| Theme::ALL.iter().position(|x| *x == t);
        rank(a.theme)
            .cmp(&rank(b.theme))
            .then_with(|| b.as_of.first_day().cmp(&a.as_of.first_day()))
    });
    facts
}

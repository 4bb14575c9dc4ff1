//! The programme fit-finder as the filter island sees it: its two questions as facets of
//! the query string (`?need=rnd&need=talent&situation=relocating`, the form a plain HTML
//! form submits), and each programme's answers as the tokens the island matches against.
//! Pure; the page and the tests share it.

use crate::islands::filter::Facet;
use crate::model::Programme;
use crate::seed::{Need, Situation};

pub const NEED_KEY: &str = "need";
pub const SITUATION_KEY: &str = "situation";

/// Needs, then situations; several of each may be picked (any of them matches).
pub fn facets() -> Vec<Facet> {
    vec![
        Facet {
            key: NEED_KEY.into(),
            values: Need::ALL.map(|n| n.code().to_string()).to_vec(),
            multiple: true,
        },
        Facet {
            key: SITUATION_KEY.into(),
            values: Situation::ALL.map(|s| s.code().to_string()).to_vec(),
            multiple: true,
        },
    ]
}

/// What a programme serves, as `key:value` tokens (`need:rnd situation:relocating`).
pub fn tokens(programme: &Programme) -> String {
    programme
        .needs
        .iter()
        .map(|n| format!("{NEED_KEY}:{}", n.code()))
        .chain(
            programme
                .situations
                .iter()
                .map(|s| format!("{SITUATION_KEY}:{}", s.code())),
        )
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::islands::filter::Chosen;

    #[test]
    fn a_programme_shows_when_it_serves_a_picked_need_and_a_picked_situation() {
        let dataset = crate::model::dataset().expect("the seeds validate");
        let f = facets();
        for query in [
            "",
            "need=rnd",
            "need=rnd&need=talent",
            "situation=relocating",
            "need=global&situation=in-cluster",
        ] {
            let chosen = Chosen::read(&f, query);
            let (needs, situations) = (chosen.of(NEED_KEY), chosen.of(SITUATION_KEY));
            for p in &dataset.programmes {
                let serves_need =
                    needs.is_empty() || p.needs.iter().any(|n| needs.iter().any(|x| x == n.code()));
                let serves_situation = situations.is_empty()
                    || p.situations
                        .iter()
                        .any(|s| situations.iter().any(|x| x == s.code()));
                assert_eq!(
                    chosen.keeps(&tokens(p)),
                    serves_need && serves_situation,
                    "{query}: {}",
                    p.id
                );
            }
        }
    }
}

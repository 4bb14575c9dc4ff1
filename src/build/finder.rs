//! The programme fit-finder as the filter island sees it: its two questions as facets of
//! the query string (`?need=rnd&need=talent&situation=relocating`, the form a plain HTML
//! form submits), and each programme's answers as the tokens the island matches against.
//! Pure; the page and the tests share it.

use crate::build::model::Programme;
use crate::build::seed::{Need, Situation};
use crate::islands::filter::Facet;

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
    crate::islands::filter::tokens(
        programme.needs.iter().map(|n| (NEED_KEY, n.code())).chain(
            programme
                .situations
                .iter()
                .map(|s| (SITUATION_KEY, s.code())),
        ),
    )
}

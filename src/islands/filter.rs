//! A filter over a list the build wrote whole (firms, zones, programmes): the choice lives
//! in the query (`?role=anchor&site=…`, `?need=rnd&need=talent`), as links or a GET form
//! would send it, and the island hides what does not match. Without a script the whole
//! list shows. The page marks its parts with the attributes below; each item lists the
//! values it has as `key:value` tokens (`build::components::filter` writes them).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::lang::Lang;

/// On each item: its `key:value` tokens, space-separated (`role:anchor role:story site:x`).
pub const FACETS_ATTR: &str = "data-gw-facets";
/// On a link or checkbox that chooses: `key=value` (an empty value: any).
pub const CHOICE_ATTR: &str = "data-gw-choice";
/// On the element that says how many show.
pub const COUNT_ATTR: &str = "data-gw-count";
/// On the element shown when nothing matches.
pub const EMPTY_ATTR: &str = "data-gw-empty";
/// On the notice shown when the query holds values that name nothing.
pub const IGNORED_ATTR: &str = "data-gw-ignored";

/// One query key the filter reads, with the values it knows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Facet {
    pub key: String,
    pub values: Vec<String>,
    /// Several values may be chosen at once (any of them matches).
    pub multiple: bool,
}

#[derive(Serialize, Deserialize)]
pub struct FilterIsland {
    pub lang: Lang,
    pub facets: Vec<Facet>,
    /// The count's text: `{shown}` (or `{count}`) and `{total}` stand for the numbers.
    pub count: String,
    /// The notice for values that name nothing (`{value}` stands for the first).
    pub ignored: String,
}

/// An item's `key:value` tokens, as the page writes them on it (`role:anchor site:x`).
pub fn tokens<'a>(values: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    values
        .into_iter()
        .map(|(key, value)| format!("{key}:{value}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// What the query chooses: per facet, its chosen values in the facet's order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Chosen {
    pub values: Vec<(String, Vec<String>)>,
    /// The first value that names nothing, if any.
    pub ignored: Option<String>,
}

impl Chosen {
    /// Reads `query` against `facets`; values may also be comma-separated. Never fails.
    pub fn read(facets: &[Facet], query: &str) -> Chosen {
        let mut chosen = Chosen::default();
        for facet in facets {
            let tokens: Vec<String> = super::query::get_all(query, &facet.key)
                .iter()
                .flat_map(|v| v.split(','))
                .map(|t| t.trim().to_lowercase())
                .filter(|t| !t.is_empty())
                .collect();
            if let Some(unknown) = tokens.iter().find(|t| !facet.values.contains(t))
                && chosen.ignored.is_none()
            {
                chosen.ignored = Some(unknown.chars().take(80).collect());
            }
            let picked: Vec<String> = if facet.multiple {
                facet
                    .values
                    .iter()
                    .filter(|v| tokens.contains(v))
                    .cloned()
                    .collect()
            } else {
                tokens
                    .iter()
                    .find(|t| facet.values.contains(t))
                    .cloned()
                    .into_iter()
                    .collect()
            };
            chosen.values.push((facet.key.clone(), picked));
        }
        chosen
    }

    /// The values chosen for `key`, in its facet's order.
    pub fn of(&self, key: &str) -> &[String] {
        self.values
            .iter()
            .find(|(k, _)| k == key)
            .map_or(&[], |(_, v)| v.as_slice())
    }

    /// Whether an item with these `key:value` tokens shows: for every facet with a choice,
    /// it has one of the chosen values.
    pub fn keeps(&self, tokens: &str) -> bool {
        self.values.iter().all(|(key, picked)| {
            picked.is_empty()
                || tokens
                    .split_whitespace()
                    .filter_map(|t| t.split_once(':'))
                    .any(|(k, v)| k == key && picked.iter().any(|p| p == v))
        })
    }

    /// Whether the choice `key=value` is the current one (for an empty value: nothing
    /// chosen for `key`), or for a multiple facet, among the chosen.
    pub fn has(&self, key: &str, value: &str) -> bool {
        let picked = self.of(key);
        if value.is_empty() {
            picked.is_empty()
        } else {
            picked.iter().any(|p| p == value)
        }
    }

    /// This choice with the boxes the reader changed before the island started (or the
    /// browser restored): each (`key`, `value`, ticked), in page order, switched as a change
    /// after the start would switch it.
    pub fn with_changed(&self, facets: &[Facet], changed: &[(String, String, bool)]) -> Chosen {
        changed
            .iter()
            .fold(self.clone(), |chosen, (key, value, on)| {
                chosen.with(facets, key, value, *on)
            })
    }

    /// The canonical query of this choice: facets in order, each facet's values in its order.
    pub fn query(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        for (key, values) in &self.values {
            for v in values {
                out.append_pair(key, v);
            }
        }
        out.finish()
    }

    /// The canonical query with `key` switched to `value` (single) or `value` added or
    /// removed (multiple); other keys as chosen.
    pub fn query_with(&self, facets: &[Facet], key: &str, value: &str, on: bool) -> String {
        self.with(facets, key, value, on).query()
    }

    /// This choice with `key` switched to `value` (single) or `value` added or removed
    /// (multiple).
    fn with(&self, facets: &[Facet], key: &str, value: &str, on: bool) -> Chosen {
        let values = facets
            .iter()
            .map(|facet| {
                let current = self.of(&facet.key);
                let values: Vec<String> = if facet.key != key {
                    current.to_vec()
                } else if !facet.multiple {
                    (on && !value.is_empty())
                        .then(|| value.to_string())
                        .into_iter()
                        .collect()
                } else {
                    facet
                        .values
                        .iter()
                        .filter(|v| if *v == value { on } else { current.contains(v) })
                        .cloned()
                        .collect()
                };
                (facet.key.clone(), values)
            })
            .collect();
        Chosen {
            values,
            ignored: self.ignored.clone(),
        }
    }
}

impl super::Island for FilterIsland {
    const NAME: &'static str = "filter";

    /// The list is the page's; the island only hides what the query does not keep
    /// (`browser::filter`).
    fn render(self) -> AnyView {
        ().into_any()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facets() -> Vec<Facet> {
        vec![
            Facet {
                key: "role".into(),
                values: vec!["anchor".into(), "story".into()],
                multiple: false,
            },
            Facet {
                key: "need".into(),
                values: vec!["rnd".into(), "talent".into(), "space".into()],
                multiple: true,
            },
        ]
    }

    #[test]
    fn the_query_is_read_against_known_values() {
        let c = Chosen::read(&facets(), "need=space,RND&role=story&role=anchor");
        assert_eq!(c.of("need"), ["rnd", "space"], "in the facet's order");
        assert_eq!(
            c.of("role"),
            ["story"],
            "a single facet keeps the first it knows"
        );
        assert_eq!(c.ignored, None);
        let c = Chosen::read(&facets(), "role=nobody&need=rnd");
        assert_eq!(c.ignored.as_deref(), Some("nobody"));
        assert_eq!(c.of("role"), [] as [String; 0]);
    }

    #[test]
    fn an_item_shows_when_it_has_a_chosen_value_of_every_chosen_facet() {
        let c = Chosen::read(&facets(), "role=story&need=rnd&need=talent");
        assert!(c.keeps("role:story need:talent site:x"));
        assert!(!c.keeps("role:anchor need:talent"));
        assert!(!c.keeps("role:story need:space"));
        assert!(!c.keeps(""));
        assert!(
            Chosen::read(&facets(), "").keeps(""),
            "no choice keeps everything"
        );
    }

    #[test]
    fn boxes_changed_before_the_start_change_the_query_as_a_later_change_would() {
        let f = facets();
        let c = Chosen::read(&f, "role=anchor&need=rnd");
        let change = |v: &str, on: bool| ("need".to_string(), v.to_string(), on);
        assert_eq!(
            c.with_changed(&f, &[]),
            c,
            "nothing changed: the query's choice"
        );
        assert_eq!(
            c.with_changed(&f, &[change("space", true)]).query(),
            "role=anchor&need=rnd&need=space"
        );
        assert_eq!(
            c.with_changed(&f, &[change("rnd", false), change("talent", true)])
                .query(),
            "role=anchor&need=talent"
        );
        let role = |v: &str| ("role".to_string(), v.to_string(), true);
        assert_eq!(
            c.with_changed(&f, &[role("story")]).query(),
            "role=story&need=rnd",
            "a single facet takes the last ticked box"
        );
    }

    #[test]
    fn a_choice_makes_the_next_query() {
        let f = facets();
        let c = Chosen::read(&f, "role=anchor&need=rnd");
        assert_eq!(
            c.query_with(&f, "role", "story", true),
            "role=story&need=rnd"
        );
        assert_eq!(c.query_with(&f, "role", "", true), "need=rnd");
        assert_eq!(
            c.query_with(&f, "need", "space", true),
            "role=anchor&need=rnd&need=space"
        );
        assert_eq!(c.query_with(&f, "need", "rnd", false), "role=anchor");
        assert!(c.has("role", "anchor") && !c.has("role", "") && c.has("need", "rnd"));
        assert!(Chosen::read(&f, "").has("role", ""));
    }
}

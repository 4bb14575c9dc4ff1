//! A filter over a list the build wrote whole (firms, zones, programmes): the choice lives
//! in the query (`?role=anchor&site=…`, `?need=rnd&need=talent`), as links or a GET form
//! would send it, and the island hides what does not match. Without a script the whole
//! list shows. The page marks its parts with the attributes below; each item lists the
//! values it has as `key:value` tokens.

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

/// The `key=value` an element chooses (its `data-gw-choice`).
#[cfg(feature = "csr")]
fn choice_of(el: &web_sys::Element) -> Option<(String, String)> {
    let choice = el.get_attribute(CHOICE_ATTR)?;
    let (key, value) = choice.split_once('=')?;
    Some((key.to_string(), value.to_string()))
}

impl super::Island for FilterIsland {
    const NAME: &'static str = "filter";

    fn render(self) -> AnyView {
        let query = super::query::current();
        let facets = StoredValue::new(self.facets);
        let chosen = Memo::new(move |_| facets.with_value(|f| Chosen::read(f, &query.read())));
        let (count, ignored) = (self.count, self.ignored);
        #[cfg(feature = "csr")]
        {
            let now = chosen.get_untracked();
            let shown = facets.with_value(|f| now.with_changed(f, &changed_boxes()));
            if shown != now {
                super::query::go(&shown.query(), true);
            }
        }
        Effect::new(move |_| {
            facets.with_value(|f| apply(f, &chosen.get(), &count, &ignored));
        });
        #[cfg(feature = "csr")]
        {
            // A box ticked or cleared changes the query in place of the current entry.
            window_event_listener(leptos::ev::change, move |ev| {
                use wasm_bindgen::JsCast;
                let Some(input) = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                else {
                    return;
                };
                let Some((key, value)) = choice_of(&input) else {
                    return;
                };
                let next = facets.with_value(|f| {
                    chosen
                        .get_untracked()
                        .query_with(f, &key, &value, input.checked())
                });
                super::query::go(&next, true);
            });
        }
        let _ = self.lang;
        ().into_any()
    }
}

/// The page's checkboxes that choose and that the reader has changed from how the build
/// wrote them: `key`, `value`, and whether each is ticked.
#[cfg(feature = "csr")]
fn changed_boxes() -> Vec<(String, String, bool)> {
    use wasm_bindgen::JsCast;
    super::elements(&format!("input[{CHOICE_ATTR}]"))
        .into_iter()
        .filter_map(|el| {
            let (key, value) = choice_of(&el)?;
            let input = el.dyn_into::<web_sys::HtmlInputElement>().ok()?;
            (input.checked() != input.default_checked()).then_some((key, value, input.checked()))
        })
        .collect()
}

/// Shows the items the choice keeps and marks the choice on the page.
#[cfg(feature = "csr")]
fn apply(facets: &[Facet], chosen: &Chosen, count: &str, ignored: &str) {
    use wasm_bindgen::JsCast;
    let all = |attr: &str| super::elements(&format!("[{attr}]"));
    let show = super::show;
    let items = all(FACETS_ATTR);
    let total = items.len();
    let mut shown = 0;
    for item in &items {
        let keeps = chosen.keeps(&item.get_attribute(FACETS_ATTR).unwrap_or_default());
        shown += usize::from(keeps);
        show(item, keeps);
    }
    let count_text = count
        .replace("{shown}", &shown.to_string())
        .replace("{count}", &shown.to_string())
        .replace("{total}", &total.to_string());
    for el in all(COUNT_ATTR) {
        el.set_text_content(Some(&count_text));
    }
    for el in all(EMPTY_ATTR) {
        show(&el, shown == 0);
    }
    for el in all(IGNORED_ATTR) {
        if let Some(value) = &chosen.ignored {
            el.set_text_content(Some(&ignored.replace("{value}", value)));
        }
        show(&el, chosen.ignored.is_some());
    }
    for el in all(CHOICE_ATTR) {
        let Some((key, value)) = choice_of(&el) else {
            continue;
        };
        let on = chosen.has(&key, &value);
        if let Ok(input) = el.clone().dyn_into::<web_sys::HtmlInputElement>() {
            input.set_checked(on);
            continue;
        }
        let _ = if on {
            el.set_attribute("aria-current", "true")
        } else {
            el.remove_attribute("aria-current")
        };
        let _ = el.set_attribute(
            "href",
            &format!("?{}", chosen.query_with(facets, &key, &value, true)),
        );
    }
}

#[cfg(not(feature = "csr"))]
fn apply(_facets: &[Facet], _chosen: &Chosen, _count: &str, _ignored: &str) {}

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

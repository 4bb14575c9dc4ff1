//! The filter made live: the query's choice shown on the page the build wrote whole, and
//! each box the reader ticks or clears written into the query.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::dom::{elements, mark_current, show};
use super::query;
use crate::islands::filter::{
    CHOICE_ATTR, COUNT_ATTR, Chosen, EMPTY_ATTR, FACETS_ATTR, Facet, FilterIsland, IGNORED_ATTR,
};

impl super::Live for FilterIsland {
    fn live(self) -> AnyView {
        let query = query::current();
        let facets = StoredValue::new(self.facets);
        let chosen = Memo::new(move |_| facets.with_value(|f| Chosen::read(f, &query.read())));
        let (count, ignored) = (self.count, self.ignored);
        // Boxes the reader changed before the start (or the browser restored) count.
        let now = chosen.get_untracked();
        let shown = facets.with_value(|f| now.with_changed(f, &changed_boxes()));
        if shown != now {
            query::go(&shown.query(), true);
        }
        Effect::new(move |_| {
            facets.with_value(|f| apply(f, &chosen.get(), &count, &ignored));
        });
        // A box ticked or cleared changes the query in place of the current entry.
        window_event_listener(leptos::ev::change, move |ev| {
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
            query::go(&next, true);
        });
        ().into_any()
    }
}

/// The `key=value` an element chooses (its `CHOICE_ATTR`).
fn choice_of(el: &web_sys::Element) -> Option<(String, String)> {
    let choice = el.get_attribute(CHOICE_ATTR)?;
    let (key, value) = choice.split_once('=')?;
    Some((key.to_string(), value.to_string()))
}

/// The page's checkboxes that choose and that the reader has changed from how the build
/// wrote them: `key`, `value`, and whether each is ticked.
fn changed_boxes() -> Vec<(String, String, bool)> {
    elements(&format!("input[{CHOICE_ATTR}]"))
        .into_iter()
        .filter_map(|el| {
            let (key, value) = choice_of(&el)?;
            let input = el.dyn_into::<web_sys::HtmlInputElement>().ok()?;
            (input.checked() != input.default_checked()).then_some((key, value, input.checked()))
        })
        .collect()
}

/// Shows the items the choice keeps and marks the choice on the page.
fn apply(facets: &[Facet], chosen: &Chosen, count: &str, ignored: &str) {
    let all = |attr: &str| elements(&format!("[{attr}]"));
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
        mark_current(&el, on);
        let _ = el.set_attribute(
            "href",
            &format!("?{}", chosen.query_with(facets, &key, &value, true)),
        );
    }
}

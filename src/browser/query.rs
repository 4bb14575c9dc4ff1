//! The page's query string as a signal the islands share: a chosen site, a filter, a
//! chart's measure, a search. Changing it writes the address (so the back button and a
//! copied link restore it) without reloading the page. Links to `?…` marked
//! `data-noscroll` change it in place.

use leptos::prelude::*;

/// The query string without its `?` (empty when there is none).
pub fn current() -> Signal<String> {
    SHARED.with(|shared| Signal::from(*shared))
}

/// Makes `query` the page's: a new entry in the history, or in place of the current one.
pub fn go(query: &str, replace: bool) {
    let path = window().location().pathname().unwrap_or_default();
    let url = if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    };
    if let Ok(history) = window().history() {
        let state = wasm_bindgen::JsValue::NULL;
        let _ = if replace {
            history.replace_state_with_url(&state, "", Some(&url))
        } else {
            history.push_state_with_url(&state, "", Some(&url))
        };
    }
    SHARED.with(|shared| shared.set(query.to_string()));
}

thread_local! {
    static SHARED: RwSignal<String> = {
        let shared = RwSignal::new(search_now());
        // Back and forward restore an earlier query.
        window_event_listener(leptos::ev::popstate, move |_| shared.set(search_now()));
        shared
    };
}

fn search_now() -> String {
    let search = window().location().search().unwrap_or_default();
    search.strip_prefix('?').unwrap_or(&search).to_string()
}

/// Turns a click on a link to `?…` marked `data-noscroll` into a change of the query in
/// place (the page stays where it is); any other click is the browser's.
pub fn follow_query_links() {
    use wasm_bindgen::JsCast;
    let handler = move |ev: leptos::ev::MouseEvent| {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.meta_key()
            || ev.ctrl_key()
            || ev.shift_key()
            || ev.alt_key()
        {
            return;
        }
        let link = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[data-noscroll]").ok().flatten());
        let Some(href) = link.and_then(|a| a.get_attribute("href")) else {
            return;
        };
        if let Some(query) = href.strip_prefix('?') {
            ev.prevent_default();
            go(query, false);
        }
    };
    window_event_listener(leptos::ev::click, handler);
}

/// Keeps the language switch's link on the same query, so the other language opens the
/// same site, filter or chart.
pub fn keep_language_switch() {
    let query = current();
    Effect::new(move |_| {
        let q = query.get();
        for link in super::dom::elements("a.gw-lang__switch") {
            let href = link.get_attribute("href").unwrap_or_default();
            let page = href.split('?').next().unwrap_or_default();
            let next = if q.is_empty() {
                page.to_string()
            } else {
                format!("{page}?{q}")
            };
            let _ = link.set_attribute("href", &next);
        }
    });
}

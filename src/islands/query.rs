//! The page's query string, which islands share: a chosen site, a filter, a chart's
//! measure, a search. Reading it is a signal; changing it writes the address (so the back
//! button and a copied link restore it) without reloading the page. Links to `?…` marked
//! `data-noscroll` change it in place. While prerendering there is no query.

use leptos::prelude::*;

/// The query string without its `?` (empty when there is none).
pub fn current() -> Signal<String> {
    #[cfg(feature = "csr")]
    {
        SHARED.with(|shared| Signal::from(*shared))
    }
    #[cfg(not(feature = "csr"))]
    {
        Signal::derive(String::new)
    }
}

/// The first value of `key` in `query`.
pub fn get(query: &str, key: &str) -> Option<String> {
    form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
}

/// Every value of `key` in `query`, in order.
pub fn get_all(query: &str, key: &str) -> Vec<String> {
    form_urlencoded::parse(query.as_bytes())
        .filter(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
        .collect()
}

/// `query` with `key` set to `value` (or removed when `None`), other keys kept in order.
pub fn with(query: &str, key: &str, value: Option<&str>) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    let mut placed = false;
    for (k, v) in form_urlencoded::parse(query.as_bytes()) {
        if k != key {
            out.append_pair(&k, &v);
        } else if !placed && let Some(value) = value {
            out.append_pair(key, value);
            placed = true;
        }
    }
    if !placed && let Some(value) = value {
        out.append_pair(key, value);
    }
    out.finish()
}

/// Makes `query` the page's: a new entry in the history, or in place of the current one.
pub fn go(query: &str, replace: bool) {
    #[cfg(feature = "csr")]
    {
        let location = window().location();
        let path = location.pathname().unwrap_or_default();
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
    #[cfg(not(feature = "csr"))]
    {
        let _ = (query, replace);
    }
}

#[cfg(feature = "csr")]
thread_local! {
    static SHARED: RwSignal<String> = {
        let shared = RwSignal::new(search_now());
        // Back and forward restore an earlier query.
        window_event_listener(leptos::ev::popstate, move |_| shared.set(search_now()));
        shared
    };
}

#[cfg(feature = "csr")]
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
        let Ok(links) = document().query_selector_all("a.gw-lang__switch") else {
            return;
        };
        for i in 0..links.length() {
            let Some(link) = links
                .item(i)
                .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
            else {
                continue;
            };
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_read_decoded_and_in_order() {
        let q = "need=rnd&situation=relocating&need=talent&q=%ED%98%81%EC%8B%A0+%EB%8F%84%EC%8B%9C";
        assert_eq!(get(q, "need").as_deref(), Some("rnd"));
        assert_eq!(get_all(q, "need"), ["rnd", "talent"]);
        assert_eq!(get(q, "q").as_deref(), Some("혁신 도시"));
        assert_eq!(get(q, "site"), None);
        assert_eq!(get("", "site"), None);
    }

    #[test]
    fn a_key_is_set_in_its_place_added_or_removed() {
        assert_eq!(
            with("role=anchor&site=x", "role", Some("story")),
            "role=story&site=x"
        );
        assert_eq!(with("site=x", "role", Some("story")), "site=x&role=story");
        assert_eq!(with("role=anchor&site=x", "role", None), "site=x");
        assert_eq!(with("", "q", Some("a b")), "q=a+b");
        assert_eq!(with("a=1&a=2", "a", Some("3")), "a=3");
    }
}

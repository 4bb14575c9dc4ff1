//! Browser entry point: starts every island the prerendered page holds (`islands`), and
//! nothing else: the page itself is the build's HTML.

use gwnic::islands::{self, ISLAND_ATTR};
use gwnic::security::FAILED_ATTR;
use gwnic::site::{BASE_META, SiteConfig};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn main() {
    // Effects need the executor before any island mounts (a page may start none).
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let document = document();
    let base = document
        .query_selector(&format!(r#"meta[name="{BASE_META}"]"#))
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_default();
    let origin = window().location().origin().unwrap_or_default();
    let config = SiteConfig::new(&origin, &base);

    // Every step in a task of its own, after a turn for the browser (instantiating the
    // module took this one): V8 compiles each wasm function on its first call, so the first
    // island's props and its first rendering each cost a long task together. A page of many
    // (the outcomes page has six charts and their copy buttons) never blocks input for long,
    // and the first island answers first.
    wasm_bindgen_futures::spawn_local(async move {
        islands::next_task().await;
        islands::query::follow_query_links();
        // Before the islands, so the language switch keeps the query however soon it is
        // clicked; the page's reactive work lives as long as the page.
        let owner = Owner::new();
        owner.with(islands::query::keep_language_switch);
        std::mem::forget(owner);
        // An island inside another is started by it.
        let top_level: Vec<web_sys::HtmlElement> = islands::elements(&format!("[{ISLAND_ATTR}]"))
            .into_iter()
            .filter_map(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
            .filter(|element| {
                element
                    .parent_element()
                    .and_then(|p| p.closest(&format!("[{ISLAND_ATTR}]")).ok().flatten())
                    .is_none()
            })
            .collect();
        let registry = islands::registry();
        let mut failed = Vec::new();
        for element in top_level {
            islands::next_task().await;
            let name = element.get_attribute(ISLAND_ATTR).unwrap_or_default();
            let mount = match registry.iter().find(|(n, _)| *n == name) {
                Some((_, start)) => start(&element),
                None => Err(format!("no island is called `{name}`")),
            };
            match mount {
                Ok(mount) => {
                    islands::next_task().await;
                    mount(config.clone());
                }
                Err(reason) => failed.push(reason),
            }
        }
        if failed.is_empty() {
            // Tests (and anyone curious) can tell the page's islands have started.
            if let Some(root) = document.get_element_by_id("gw-app") {
                let _ = root.set_attribute("data-gw-ready", "");
            }
        } else {
            not_started(&failed.join("; "));
        }
    });
}

/// Keeps the prerendered page and shows its notice that its controls could not start.
fn not_started(reason: &str) {
    web_sys::console::error_1(&format!("the app did not start: {reason}").into());
    if let Ok(Some(notice)) = document().query_selector(&format!("[{FAILED_ATTR}]")) {
        let _ = notice.remove_attribute("hidden");
    }
}

//! Browser entry point: fetches the data bundle the page names, then mounts the app over
//! the prerendered page.

use gwnic::app::App;
use gwnic::i18n;
use gwnic::lang::Lang;
use gwnic::model::{self, SeedTexts};
use gwnic::site::{BASE_META, SEEDS_META, SiteConfig, fetch_text};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Head tags the prerender wrote and leptos_meta adds again on the client.
const REPLACED_HEAD_TAGS: &str = r#"head meta[name="description"], head meta[name="robots"], head meta[property^="og:"], head meta[name^="twitter:"], head link[rel="canonical"], head link[rel="alternate"]"#;

fn main() {
    console_error_panic_hook::set_once();
    let document = document();
    let meta = |name: &str| {
        document
            .query_selector(&format!(r#"meta[name="{name}"]"#))
            .ok()
            .flatten()
            .and_then(|meta| meta.get_attribute("content"))
    };
    let base = meta(BASE_META).unwrap_or_default();
    let seeds = meta(SEEDS_META);
    let origin = window().location().origin().unwrap_or_default();
    let config = SiteConfig::new(&origin, &base);
    // Leptos sets up its executor when it mounts; until then the future runs on the
    // browser's own.
    wasm_bindgen_futures::spawn_local(async move {
        // The page stays as prerendered (readable, its links working) until the data is
        // here; if it cannot come, the page says so and stays as it is.
        let loaded = match seeds {
            Some(url) => fetch_text(&url)
                .await
                .map_err(|e| format!("{url}: {e}"))
                .and_then(|text| SeedTexts::from_bundle(&text).map_err(|e| format!("{url}: {e}")))
                .and_then(|texts| {
                    model::install(&texts)
                        .map(|_| ())
                        .map_err(|e| e.to_string())
                }),
            None => Err(format!("the page names no data bundle (meta {SEEDS_META})")),
        };
        match loaded {
            Ok(()) => mount(config),
            Err(reason) => not_started(&reason),
        }
    });
}

/// Replaces the prerendered page with the app.
fn mount(config: SiteConfig) {
    let document = document();
    if let Ok(tags) = document.query_selector_all(REPLACED_HEAD_TAGS) {
        for i in 0..tags.length() {
            if let Some(tag) = tags
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                tag.remove();
            }
        }
    }
    match document
        .get_element_by_id("gw-app")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        Some(root) => {
            // Clearing and mounting happen in one task, so the browser never paints the
            // empty element: the prerendered page is replaced without a visible change.
            root.set_inner_html("");
            leptos::mount::mount_to(root.clone(), move || view! { <App config=config/> }).forget();
            // Tests (and anyone curious) can tell the app has taken over the page.
            let _ = root.set_attribute("data-gw-ready", "");
        }
        None => leptos::mount::mount_to_body(move || view! { <App config=config/> }),
    }
}

/// Keeps the prerendered page and says, in its language, that its controls cannot work.
fn not_started(reason: &str) {
    let document = document();
    web_sys::console::error_1(&format!("the app did not start: {reason}").into());
    let lang = document
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or(Lang::Ko);
    let Some(main) = document.query_selector("main").ok().flatten() else {
        return;
    };
    if let Ok(notice) = document.create_element("p") {
        notice.set_class_name("gw-notice gw-app-failed");
        let _ = notice.set_attribute("role", "alert");
        notice.set_text_content(Some(i18n::APP_NOT_STARTED.get(lang)));
        let _ = main.prepend_with_node_1(&notice);
    }
}

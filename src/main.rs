//! Browser entry point: mounts the app over the prerendered page.

use gwnic::app::App;
use gwnic::site::{BASE_META, SiteConfig};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Head tags the prerender wrote and leptos_meta adds again on the client.
const REPLACED_HEAD_TAGS: &str = r#"head meta[name="description"], head meta[name="robots"], head meta[property^="og:"], head meta[name^="twitter:"], head link[rel="canonical"], head link[rel="alternate"]"#;

fn main() {
    console_error_panic_hook::set_once();
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
    let base = document
        .query_selector(&format!(r#"meta[name="{BASE_META}"]"#))
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_default();
    let origin = window().location().origin().unwrap_or_default();
    let config = SiteConfig::new(&origin, &base);

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

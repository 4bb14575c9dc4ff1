//! Browser entry point: mounts the app over the prerendered page.

use wasm_bindgen::JsCast;

fn main() {
    console_error_panic_hook::set_once();
    let document = leptos::prelude::document();
    // leptos_meta (client-side rendering) adds its own description tag; drop the
    // prerendered one so the head never holds two.
    if let Ok(Some(meta)) = document.query_selector(r#"head meta[name="description"]"#) {
        meta.remove();
    }
    match document
        .get_element_by_id("gw-app")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        Some(root) => {
            // Clearing and mounting happen in one task, so the browser never paints the
            // empty element: the prerendered page is replaced without a visible change.
            root.set_inner_html("");
            leptos::mount::mount_to(root.clone(), gwnic::app::App).forget();
            // Tests (and anyone curious) can tell the app has taken over the page.
            let _ = root.set_attribute("data-gw-ready", "");
        }
        None => leptos::mount::mount_to_body(gwnic::app::App),
    }
}

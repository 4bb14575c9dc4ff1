//! Small helpers over the page's DOM that the islands' live halves share.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Every element `selector` matches, in page order (none for an invalid selector).
pub fn elements(selector: &str) -> Vec<web_sys::Element> {
    listed(document().query_selector_all(selector))
}

/// The elements of a query's answer, in order (none for an invalid selector).
pub fn listed(list: Result<web_sys::NodeList, wasm_bindgen::JsValue>) -> Vec<web_sys::Element> {
    list.map(|list| {
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
            .collect()
    })
    .unwrap_or_default()
}

/// Gives the browser a turn (input, paint) before going on: resolves in a new task.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Shows `element`, or hides it with the `hidden` attribute.
pub fn show(element: &web_sys::Element, shown: bool) {
    let _ = if shown {
        element.remove_attribute("hidden")
    } else {
        element.set_attribute("hidden", "")
    };
}

/// Marks `element` as the current one of its set (`aria-current="true"`), or not.
pub fn mark_current(element: &web_sys::Element, current: bool) {
    let _ = if current {
        element.set_attribute("aria-current", "true")
    } else {
        element.remove_attribute("aria-current")
    };
}

/// GETs `url` (a file of this site) as text; the message says what failed (`HTTP 404 Not
/// Found`, a network error).
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!(
            "HTTP {} {}",
            response.status(),
            response.status_text()
        ));
    }
    response.text().await.map_err(|e| e.to_string())
}

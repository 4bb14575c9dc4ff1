//! Islands: the few parts of a page that run in the browser. Every page is prerendered whole
//! and navigates as plain HTML; a part that answers the reader (a live chart, the map, a
//! filter, the search, a copy button) is written by the build inside an element that
//! names the island and carries its props, already resolved from the validated model. The
//! browser's entry point starts each island it finds and nothing else, so the wasm holds
//! the islands' views, not the pages or the model.
//!
//! An island is started by rendering it again from its props into its element (cleared and
//! filled in one task, so nothing visibly changes): what the browser shows is what the build
//! wrote, and an island whose props cannot be read keeps the prerendered content.

use leptos::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;

pub mod chart;
pub mod copy;
pub mod echarts;
pub mod filter;
pub mod live_chart;
pub mod map;
pub mod pages;
pub mod query;
pub mod search;
pub mod site_map;

/// The attribute naming an island's kind on its element.
pub const ISLAND_ATTR: &str = "data-gw-island";
/// The attribute holding an island's props (JSON).
pub const PROPS_ATTR: &str = "data-gw-props";

/// A part of a page that runs in the browser, with everything it shows in its props.
pub trait Island: Serialize + DeserializeOwned + Send + 'static {
    /// Its `data-gw-island` value; unique among `browser::registry`'s.
    const NAME: &'static str;
    fn render(self) -> AnyView;
}

/// Inside an island: a nested island renders as part of it, not as one of its own.
#[derive(Clone, Copy)]
pub struct InIsland;

/// An island as the build writes it: its element, naming it and carrying its props, around
/// its first rendering. Inside another island it is only its view.
pub fn island<I: Island>(island: I) -> AnyView {
    crate::site::needs_app();
    if use_context::<InIsland>().is_some() {
        return island.render();
    }
    let props = match serde_json::to_string(&island) {
        Ok(props) => props,
        // Props are plain data and always serialize; should that ever fail, the island
        // stays prerendered and says why once started.
        Err(e) => format!("unserializable props: {e}"),
    };
    view! {
        <div class="gw-island" data-gw-island=I::NAME data-gw-props=props>
            <leptos::context::Provider value=InIsland>{island.render()}</leptos::context::Provider>
        </div>
    }
    .into_any()
}

/// Every element `selector` matches, in page order (none for an invalid selector).
pub fn elements(selector: &str) -> Vec<web_sys::Element> {
    listed(document().query_selector_all(selector))
}

/// The elements of a query's answer, in order (none for an invalid selector).
pub fn listed(list: Result<web_sys::NodeList, wasm_bindgen::JsValue>) -> Vec<web_sys::Element> {
    use wasm_bindgen::JsCast;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Serialize, serde::Deserialize)]
    struct Probe {
        word: String,
    }

    impl Island for Probe {
        const NAME: &'static str = "probe";
        fn render(self) -> AnyView {
            view! { <p class="probe">{self.word}</p> }.into_any()
        }
    }

    #[test]
    fn an_island_carries_its_name_and_props_around_its_view() {
        let html = Owner::new().with(|| {
            island(Probe {
                word: "\"quoted\"".into(),
            })
            .to_html()
        });
        assert!(html.contains(r#"data-gw-island="probe""#), "{html}");
        assert!(
            html.contains(r#"data-gw-props="{&quot;word&quot;:&quot;\&quot;quoted\&quot;&quot;}""#),
            "{html}"
        );
        assert!(html.contains(r#"<p class="probe">"quoted"</p>"#), "{html}");
    }

    #[test]
    fn an_island_inside_another_is_part_of_it() {
        let html = Owner::new().with(|| island(Outer).to_html());
        assert_eq!(html.matches("data-gw-island").count(), 1, "{html}");
        assert!(html.contains(r#"<p class="probe">inner</p>"#), "{html}");
    }

    #[derive(serde::Serialize, serde::Deserialize)]
    struct Outer;

    impl Island for Outer {
        const NAME: &'static str = "outer";
        fn render(self) -> AnyView {
            island(Probe {
                word: "inner".into(),
            })
        }
    }
}

//! Islands: the few parts of a page that run in the browser. Every page is prerendered whole
//! and navigates as plain HTML; a part that answers the reader (a live chart, the map, a
//! filter, the search, a copy button) is written by the build inside an element that
//! names the island and carries its props, already resolved from the validated model. The
//! browser's entry point starts each island it finds and nothing else, so the wasm holds
//! the islands' views, not the router, the pages or the model.
//!
//! An island is started by rendering it again from its props into its element (cleared and
//! filled in one task, so nothing visibly changes): what the browser shows is what the build
//! wrote, and an island whose props cannot be read keeps the prerendered content.

use leptos::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;

pub mod chart;
pub mod copy;
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
    /// Its `data-gw-island` value; unique among [`registry`]'s.
    const NAME: &'static str;
    fn render(self) -> AnyView;
}

/// Inside an island: a nested island renders as part of it, not as one of its own.
#[derive(Clone, Copy)]
struct InIsland;

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

/// How the browser starts one kind of island: it reads the props from the element, and
/// what it returns renders the island there. The two run in separate tasks, so that
/// neither (with the wasm functions V8 compiles on their first call) holds up input long.
pub type Start = fn(&web_sys::HtmlElement) -> Result<Mount, String>;
/// Renders an island from the props already read, in place of the prerendered content.
pub type Mount = Box<dyn FnOnce(crate::site::SiteConfig)>;

/// Every kind of island, by name: the one list the browser's entry point starts from.
pub fn registry() -> [(&'static str, Start); 7] {
    [
        (chart::ChartIsland::NAME, start::<chart::ChartIsland>),
        (copy::CopyIsland::NAME, start::<copy::CopyIsland>),
        (filter::FilterIsland::NAME, start::<filter::FilterIsland>),
        (map::MapIsland::NAME, start::<map::MapIsland>),
        (search::SearchIsland::NAME, start::<search::SearchIsland>),
        (pages::RedirectIsland::NAME, start::<pages::RedirectIsland>),
        (pages::NotFoundIsland::NAME, start::<pages::NotFoundIsland>),
    ]
}

/// Reads an island's props from its element; with props it cannot read, the element stays
/// as the build wrote it.
fn start<I: Island>(element: &web_sys::HtmlElement) -> Result<Mount, String> {
    let props = element
        .get_attribute(PROPS_ATTR)
        .ok_or_else(|| format!("island `{}` has no {PROPS_ATTR}", I::NAME))?;
    let island: I = serde_json::from_str(&props)
        .map_err(|e| format!("island `{}`: its props cannot be read: {e}", I::NAME))?;
    let element = element.clone();
    Ok(Box::new(move |config| {
        #[cfg(feature = "csr")]
        let typed = typed_fields(&element);
        element.set_inner_html("");
        leptos::mount::mount_to(element, move || {
            provide_context(InIsland);
            provide_context(config);
            island.render()
        })
        .forget();
        #[cfg(feature = "csr")]
        retype(typed);
    }))
}

/// What the reader typed into the build's fields before the island started (fields by id,
/// with the value typed), and which had the focus.
#[cfg(feature = "csr")]
struct Typed {
    values: Vec<(String, String)>,
    focused: Option<String>,
}

#[cfg(feature = "csr")]
fn typed_fields(element: &web_sys::HtmlElement) -> Typed {
    use wasm_bindgen::JsCast;
    let inputs: Vec<web_sys::HtmlInputElement> = listed(element.query_selector_all("input[id]"))
        .into_iter()
        .filter_map(|el| el.dyn_into().ok())
        .collect();
    let focused = document()
        .active_element()
        .filter(|active| element.contains(Some(active)))
        .map(|active| active.id())
        .filter(|id| !id.is_empty());
    Typed {
        values: inputs
            .iter()
            .filter(|input| input.value() != input.default_value())
            .map(|input| (input.id(), input.value()))
            .collect(),
        focused,
    }
}

/// Puts back what the reader typed, as typing would (an `input` event the island answers),
/// and the focus: starting an island never takes a word or the cursor away.
#[cfg(feature = "csr")]
fn retype(typed: Typed) {
    use wasm_bindgen::JsCast;
    let field = |id: &str| {
        document()
            .get_element_by_id(id)
            .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
    };
    for (id, value) in typed.values {
        if let Some(input) = field(&id) {
            input.set_value(&value);
            let init = web_sys::EventInit::new();
            init.set_bubbles(true);
            if let Ok(event) = web_sys::Event::new_with_event_init_dict("input", &init) {
                let _ = input.dispatch_event(&event);
            }
        }
    }
    if let Some(input) = typed.focused.as_deref().and_then(field) {
        let _ = input.focus();
    }
}

/// Every element `selector` matches, in page order (none for an invalid selector).
pub fn elements(selector: &str) -> Vec<web_sys::Element> {
    listed(document().query_selector_all(selector))
}

/// The elements of a query's answer, in order (none for an invalid selector).
fn listed(list: Result<web_sys::NodeList, wasm_bindgen::JsValue>) -> Vec<web_sys::Element> {
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

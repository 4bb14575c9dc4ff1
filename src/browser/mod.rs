//! The browser's part (feature `csr`, the wasm): the start loop, which finds each island
//! the build wrote into the page, reads its props and renders it there live; nothing else
//! runs. Every island is listed once, in [`registry`]; each module here is one island's
//! live half (what it reads from the page and the address, fetches and draws), rendering
//! the island's own view (`islands::*`) from live state.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::islands::chart::ChartIsland;
use crate::islands::copy::CopyIsland;
use crate::islands::filter::FilterIsland;
use crate::islands::map::MapIsland;
use crate::islands::pages::{NotFoundIsland, RedirectIsland};
use crate::islands::search::SearchIsland;
use crate::islands::{ISLAND_ATTR, Island, PROPS_ATTR};
use crate::security::FAILED_ATTR;
use crate::site::{BASE_META, SiteConfig};

pub mod chart;
pub mod copy;
pub mod dom;
pub mod echarts;
pub mod filter;
pub mod live_chart;
pub mod map;
pub mod pages;
pub mod query;
pub mod search;
pub mod site_map;

/// An island's live half: its view, rendered from live state in place of the build's.
pub trait Live: Island {
    fn live(self) -> AnyView;
}

/// Starts every island the prerendered page holds, and nothing else: the page itself is
/// the build's HTML.
pub fn start() {
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
        dom::next_task().await;
        query::follow_query_links();
        // Before the islands, so the language switch keeps the query however soon it is
        // clicked; the page's reactive work lives as long as the page.
        let owner = Owner::new();
        owner.with(query::keep_language_switch);
        std::mem::forget(owner);
        // Islands never nest: an island's view is shared code, which cannot write one.
        let islands: Vec<web_sys::HtmlElement> = dom::elements(&format!("[{ISLAND_ATTR}]"))
            .into_iter()
            .filter_map(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
            .collect();
        let registry = registry();
        let mut failed = Vec::new();
        for element in islands {
            dom::next_task().await;
            let name = element.get_attribute(ISLAND_ATTR).unwrap_or_default();
            let mount = match registry.iter().find(|(n, _)| *n == name) {
                Some((_, start)) => start(&element),
                None => Err(format!("no island is called `{name}`")),
            };
            match mount {
                Ok(mount) => {
                    dom::next_task().await;
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

/// How the browser starts one kind of island: it reads the props from the element, and
/// what it returns renders the island there. The two run in separate tasks, so that
/// neither (with the wasm functions V8 compiles on their first call) holds up input long.
pub type Start = fn(&web_sys::HtmlElement) -> Result<Mount, String>;
/// Renders an island from the props already read, in place of the prerendered content.
pub type Mount = Box<dyn FnOnce(SiteConfig)>;

/// Every kind of island, by name: the one list the browser's entry point starts from.
pub fn registry() -> [(&'static str, Start); 7] {
    [
        (ChartIsland::NAME, read_props::<ChartIsland>),
        (CopyIsland::NAME, read_props::<CopyIsland>),
        (FilterIsland::NAME, read_props::<FilterIsland>),
        (MapIsland::NAME, read_props::<MapIsland>),
        (SearchIsland::NAME, read_props::<SearchIsland>),
        (RedirectIsland::NAME, read_props::<RedirectIsland>),
        (NotFoundIsland::NAME, read_props::<NotFoundIsland>),
    ]
}

/// Reads an island's props from its element; with props it cannot read, the element stays
/// as the build wrote it.
fn read_props<I: Live>(element: &web_sys::HtmlElement) -> Result<Mount, String> {
    let props = element
        .get_attribute(PROPS_ATTR)
        .ok_or_else(|| format!("island `{}` has no {PROPS_ATTR}", I::NAME))?;
    let island: I = serde_json::from_str(&props)
        .map_err(|e| format!("island `{}`: its props cannot be read: {e}", I::NAME))?;
    let element = element.clone();
    Ok(Box::new(move |config| {
        let typed = typed_fields(&element);
        element.set_inner_html("");
        leptos::mount::mount_to(element, move || {
            provide_context(config);
            island.live()
        })
        .forget();
        retype(typed);
    }))
}

/// What the reader typed into the build's fields before the island started (fields by id,
/// with the value typed), and which had the focus.
struct Typed {
    values: Vec<(String, String)>,
    focused: Option<String>,
}

fn typed_fields(element: &web_sys::HtmlElement) -> Typed {
    let inputs: Vec<web_sys::HtmlInputElement> =
        dom::listed(element.query_selector_all("input[id]"))
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
fn retype(typed: Typed) {
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

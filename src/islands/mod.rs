//! Islands: the few parts of a page that run in the browser. Every page is prerendered whole
//! and navigates as plain HTML; a part that answers the reader (a live chart, the map, a
//! filter, the search, a copy button) is written by the build inside an element that
//! names the island and carries its props, already resolved from the validated model
//! (`build::components::island`). The browser's entry point starts each island it finds and
//! nothing else, so the wasm holds the islands' views, not the pages or the model.
//!
//! Each island here is its props, its view as a function of its state, and the page's
//! attributes it reads or writes (its DOM contract). The state is still while the build
//! renders (nothing fetched, nothing chosen, controls disabled); the browser's half of each
//! island (`browser::*`) makes it live: it reads the address, fetches, draws and follows the
//! page, and renders the same view from live state. What the browser first shows is what the
//! build wrote, and an island whose props cannot be read keeps the prerendered content.

use leptos::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;

pub mod chart;
pub mod copy;
pub mod filter;
pub mod map;
pub mod pages;
pub mod query;
pub mod search;

/// The attribute naming an island's kind on its element.
pub const ISLAND_ATTR: &str = "data-gw-island";
/// The attribute holding an island's props (JSON).
pub const PROPS_ATTR: &str = "data-gw-props";

/// A part of a page that runs in the browser, with everything it shows in its props.
pub trait Island: Serialize + DeserializeOwned + Send + 'static {
    /// Its `data-gw-island` value; unique among `browser::registry`'s.
    const NAME: &'static str;
    /// Its view in the still state the build writes (and the browser first shows).
    fn render(self) -> AnyView;
}

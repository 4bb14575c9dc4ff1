//! The cluster map: its frame and controls, and what follows the choice beside it. The
//! chosen site or district lives in the URL (`?site=`, `?district=`); the list marks it
//! and the card shows it. The build wrote every card into the page as a `<template>`, so
//! the card shown is the build's. The drawing (the fetched geometry, zoom, pan, choosing a
//! site or a district) is the browser's (`browser::site_map`); the build writes the frame
//! with the controls disabled and the map loading.

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::i18n;
use crate::lang::Lang;
use crate::map::{MapGeometry, Mark, View};

/// The attribute of a card's `<template>`: `site:<id>`, `district:<code>`, or empty for the
/// card shown when nothing is chosen.
pub const CARD_ATTR: &str = "data-gw-card";
/// The attribute of the notice shown when the URL names no site or district of the map.
pub const UNKNOWN_ATTR: &str = "data-gw-unknown";

#[derive(Serialize, Deserialize)]
pub struct MapIsland {
    pub lang: Lang,
    /// In the order of the lists (designated first), so the numbers match.
    pub marks: Vec<Mark>,
    /// The notice for a `?site=` that names no site (`{id}` stands for the value).
    pub unknown_site: String,
    /// The notice for a `?district=` the map lacks (`{code}` stands for the value).
    pub unknown_district: String,
    /// Every district code on the map.
    pub districts: Vec<String>,
}

/// What the page knows of the geometry it fetches.
#[derive(Clone, Debug, PartialEq)]
pub enum GeometryState {
    Loading,
    Ready(Arc<MapGeometry>),
    Failed(String),
}

/// The map's buttons and what they do: enabled once there is a map to move.
#[derive(Clone, Copy)]
pub struct MapControls {
    /// The current zoom, once the map is drawn.
    pub zoom: Memo<Option<u8>>,
    pub zoom_in: Callback<()>,
    pub zoom_out: Callback<()>,
    pub reset: Callback<()>,
    /// Moves the view by these fractions of its width and height.
    pub pan: Callback<(f64, f64)>,
}

impl MapControls {
    /// As the build writes them: nothing to move yet.
    pub fn still() -> MapControls {
        let nothing = Callback::new(|()| {});
        MapControls {
            zoom: Memo::new(|_| None),
            zoom_in: nothing,
            zoom_out: nothing,
            reset: nothing,
            pan: Callback::new(|_| {}),
        }
    }
}

/// The map: its controls, and in its frame the drawing or what stands for it.
pub fn frame(lang: Lang, controls: MapControls, frame: NodeRef<Div>, body: AnyView) -> AnyView {
    let MapControls {
        zoom,
        zoom_in,
        zoom_out,
        reset,
        pan,
    } = controls;
    let cannot_zoom_in = move || zoom.get().is_none_or(|z| z == View::MAX_ZOOM);
    let cannot_zoom_out = move || zoom.get().is_none_or(|z| z == 0);
    let pan = move |dx: f64, dy: f64| move |_| pan.run((dx, dy));
    view! {
        <div class="gw-map">
            <div class="gw-map__controls" role="group" aria-label=i18n::MAP_CONTROLS_LABEL.get(lang)>
                <button type="button" class="gw-button gw-button--secondary" on:click=move |_| zoom_in.run(()) disabled=cannot_zoom_in>
                    <span aria-hidden="true">"+ "</span>{i18n::MAP_ZOOM_IN.get(lang)}
                </button>
                <button type="button" class="gw-button gw-button--secondary" on:click=move |_| zoom_out.run(()) disabled=cannot_zoom_out>
                    <span aria-hidden="true">"− "</span>{i18n::MAP_ZOOM_OUT.get(lang)}
                </button>
                <button type="button" class="gw-button gw-button--secondary" on:click=move |_| reset.run(()) disabled=cannot_zoom_out>
                    {i18n::MAP_RESET.get(lang)}
                </button>
                <span class="gw-map__pan">
                    <button type="button" class="gw-button gw-button--secondary" on:click=pan(0.0, -0.25) disabled=cannot_zoom_out aria-label=i18n::MAP_PAN_NORTH.get(lang)>"↑"</button>
                    <button type="button" class="gw-button gw-button--secondary" on:click=pan(-0.25, 0.0) disabled=cannot_zoom_out aria-label=i18n::MAP_PAN_WEST.get(lang)>"←"</button>
                    <button type="button" class="gw-button gw-button--secondary" on:click=pan(0.25, 0.0) disabled=cannot_zoom_out aria-label=i18n::MAP_PAN_EAST.get(lang)>"→"</button>
                    <button type="button" class="gw-button gw-button--secondary" on:click=pan(0.0, 0.25) disabled=cannot_zoom_out aria-label=i18n::MAP_PAN_SOUTH.get(lang)>"↓"</button>
                </span>
            </div>
            // Filled in the browser once the geometry is there; the tests compare the rest
            // of the page with its prerendered text.
            <div class="gw-map__frame" node_ref=frame data-gw-live="">{body}</div>
        </div>
    }
    .into_any()
}

/// What the frame shows while the map loads (and, without a script, why it never will).
pub fn loading(lang: Lang) -> AnyView {
    view! {
        <div class="gw-map__placeholder" role="status">
            <p>{i18n::MAP_LOADING.get(lang)}</p>
            <noscript><p>{i18n::MAP_NO_SCRIPT.get(lang)}</p></noscript>
        </div>
    }
    .into_any()
}

/// What the frame shows when the geometry could not be fetched: why, and a retry.
pub fn failed(lang: Lang, reason: String, retry: Callback<()>) -> AnyView {
    view! {
        <div class="gw-map__placeholder" role="alert">
            <p><strong>{i18n::MAP_FAILED.get(lang)}</strong> " " <code>{reason}</code></p>
            <p>{i18n::MAP_FAILED_LIST.get(lang)}</p>
            <button type="button" class="gw-button" on:click=move |_| retry.run(())>
                {i18n::MAP_RETRY.get(lang)}
            </button>
        </div>
    }
    .into_any()
}

impl super::Island for MapIsland {
    const NAME: &'static str = "map";

    fn render(self) -> AnyView {
        frame(
            self.lang,
            MapControls::still(),
            NodeRef::new(),
            loading(self.lang),
        )
    }
}

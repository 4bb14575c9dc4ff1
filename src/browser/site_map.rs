//! The cluster map's drawing: Wonju's districts, the designated radius and the sites, drawn
//! as an inline SVG from the geometry the build projected (no tiles, no map library). Sites
//! are buttons: choosing one puts it in the URL, which the list and the card follow too.
//! Zoom and pan have buttons (`islands::map::frame`); markers keep their size on screen at
//! every zoom.

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;

use crate::format;
use crate::i18n;
use crate::islands::map::{self as island, GeometryState, MapControls};
use crate::lang::Lang;
use crate::map::{self, MapGeometry, Mark, Place, View};

/// A marker's radius on screen, in CSS pixels (a 24 px target with its outline).
const MARKER_PX: f64 = 11.0;
/// Until the map has been measured: a typical width, so the first frame is close.
const ASSUMED_WIDTH_PX: f64 = 700.0;
/// District names' size in CSS pixels, as the site's small text.
const LABEL_PX: f64 = 12.0;

#[component]
pub fn SiteMap(
    lang: Lang,
    sites: &'static [Mark],
    /// The geometry as fetched: the controls and the frame are there from the start, so
    /// nothing moves when the map arrives.
    state: Signal<GeometryState>,
    selected: Signal<Option<String>>,
    /// Called with a site's id when it is chosen on the map.
    on_choose: Callback<String>,
    /// The chosen district (KOSTAT code), and what to call when one is chosen.
    selected_district: Signal<Option<String>>,
    on_choose_district: Callback<String>,
    on_retry: Callback<()>,
) -> impl IntoView {
    let ready = Memo::new(move |_| match state.get() {
        GeometryState::Ready(g) => Some(g),
        _ => None,
    });
    let view_state = RwSignal::new(None::<View>);
    Effect::new(move |_| {
        if let Some(g) = ready.get()
            && view_state.get_untracked().is_none()
        {
            view_state.set(Some(View::whole(&g)));
        }
    });
    let frame = NodeRef::<Div>::new();
    let width_px = RwSignal::new(ASSUMED_WIDTH_PX);

    // The map's width on screen, read when the browser lays the page out (a ResizeObserver
    // calls back after layout, so reading it forces none), at the start and on every change.
    let observer = StoredValue::new_local(
        None::<(
            web_sys::ResizeObserver,
            wasm_bindgen::closure::Closure<dyn FnMut()>,
        )>,
    );
    Effect::new(move |_| {
        let Some(el) = frame.get() else {
            return;
        };
        if observer.with_value(Option::is_some) {
            return;
        }
        use wasm_bindgen::JsCast;
        let target = el.clone();
        let measured = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
            let w = f64::from(target.client_width());
            if w > 0.0 {
                width_px.set(w);
            }
        });
        if let Ok(o) = web_sys::ResizeObserver::new(measured.as_ref().unchecked_ref()) {
            o.observe(&el);
            observer.set_value(Some((o, measured)));
        }
    });
    on_cleanup(move || {
        if let Some(Some((o, _))) = observer.try_update_value(|o| o.take()) {
            o.disconnect();
        }
    });

    let anchor_of = move |id: &str| -> Option<(f64, f64)> {
        let g = ready.get_untracked()?;
        let site = sites.iter().find(|s| s.id == id)?;
        map::anchor(&site.place, &g)
    };
    // A site chosen elsewhere (the list, the URL) is brought into view when zoomed in.
    Effect::new(move |_| {
        let point = selected.get().and_then(|id| anchor_of(&id));
        if let (Some(point), Some(view)) = (point, view_state.get_untracked())
            && view.zoom > 0
        {
            view_state.set(Some(view.centred_on(point)));
        }
    });

    let change = move |f: &dyn Fn(View, &MapGeometry) -> View| {
        if let (Some(view), Some(g)) = (view_state.get_untracked(), ready.get_untracked()) {
            view_state.set(Some(f(view, &g)));
        }
    };
    let controls = MapControls {
        zoom: Memo::new(move |_| view_state.get().map(|v| v.zoom)),
        zoom_in: Callback::new(move |()| {
            let focus = selected.get_untracked().and_then(|id| anchor_of(&id));
            change(&|v, _| {
                let v = v.zoomed_in();
                focus.map_or(v, |p| v.centred_on(p))
            });
        }),
        zoom_out: Callback::new(move |()| change(&|v, _| v.zoomed_out())),
        reset: Callback::new(move |()| change(&|_, g| View::whole(g))),
        pan: Callback::new(move |(dx, dy)| change(&|v, g| v.panned(g, dx, dy))),
    };

    let body = move || match state.get() {
        GeometryState::Loading => island::loading(lang),
        GeometryState::Failed(reason) => island::failed(lang, reason, on_retry),
        GeometryState::Ready(g) => {
            let choice = Choice {
                site: selected,
                on_site: on_choose,
                district: selected_district,
                on_district: on_choose_district,
            };
            draw(lang, sites, g, view_state, width_px, choice).into_any()
        }
    };
    island::frame(lang, controls, frame, body.into_any())
}

/// What is chosen on the map (a site or a district), and what to call to choose.
#[derive(Clone, Copy)]
struct Choice {
    site: Signal<Option<String>>,
    on_site: Callback<String>,
    district: Signal<Option<String>>,
    on_district: Callback<String>,
}

/// Runs `choose` on Enter or Space, as a button does.
fn on_activate_key(choose: impl Fn() + 'static) -> impl Fn(leptos::ev::KeyboardEvent) {
    move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" || ev.key() == " " {
            ev.prevent_default();
            choose();
        }
    }
}

/// The map itself, once its geometry is there.
fn draw(
    lang: Lang,
    sites: &'static [Mark],
    geometry: Arc<MapGeometry>,
    view_state: RwSignal<Option<View>>,
    width_px: RwSignal<f64>,
    choice: Choice,
) -> impl IntoView {
    let Choice {
        site: selected,
        on_site: on_choose,
        district: selected_district,
        on_district,
    } = choice;
    let current = {
        let g = geometry.clone();
        move || view_state.get().unwrap_or_else(|| View::whole(&g))
    };
    let g = geometry.clone();
    let c = current.clone();
    let view_box = Memo::new(move |_| c().view_box_attr(&g));
    // Map units per CSS pixel at the current zoom: keeps markers and text one size.
    let g = geometry.clone();
    let c = current.clone();
    let unit = Memo::new(move |_| {
        let (_, _, w, _) = c().view_box(&g);
        w / width_px.get()
    });

    // The districts, the province, the city and the radius are fixed: one piece of markup
    // the browser parses at once, with one listener for every district, instead of a
    // rendered element each.
    let base = map::base_markup(&geometry, sites, lang);
    let choose_district = move |ev: leptos::ev::MouseEvent| {
        use wasm_bindgen::JsCast;
        let code = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest(".gw-map__district--choosable").ok().flatten())
            .and_then(|el| el.get_attribute("data-district"));
        if let Some(code) = code {
            on_district.run(code);
        }
    };
    // Only a choosable district is marked: one under a site's own area is shown through
    // that site (the list beside the map offers every district).
    Effect::new(move |started: Option<()>| {
        let chosen = selected_district.get();
        if started.is_none() && chosen.is_none() {
            return;
        }
        for el in super::dom::elements(".gw-map__district--choosable[data-district]") {
            let on = chosen.as_deref() == el.get_attribute("data-district").as_deref();
            let _ = el
                .class_list()
                .toggle_with_force("gw-map__district--selected", on);
        }
    });

    // The sites and the district names come in the task after the districts: drawn at
    // once, the whole map was one task long enough to hold up input.
    let overlays = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        super::dom::next_task().await;
        overlays.try_set(true);
    });
    let g = geometry.clone();
    let markers = move || {
        sites
            .iter()
            .enumerate()
            .map(|(index, site)| marker(index, site, &g, unit, selected, on_choose))
            .collect_view()
    };

    // District names where they fit at the current zoom; more appear as the map zooms in.
    // The list beside the map names every district for screen readers and keyboards.
    let g = geometry.clone();
    let labels = move || {
        let u = unit.get();
        let font = LABEL_PX * u;
        g.districts
            .iter()
            .filter_map(|d| {
                let lines = d.name_lines(lang, font)?;
                let (x, y) = d.label;
                let first = -(lines.len() as f64 - 1.0) / 2.0 * 1.2;
                let tspans = lines
                    .into_iter()
                    .enumerate()
                    .map(|(i, line)| {
                        let dy = format!("{:.2}em", if i == 0 { first + 0.35 } else { 1.2 });
                        view! { <tspan x=format!("{x:.1}") dy=dy>{line.to_string()}</tspan> }
                    })
                    .collect_view();
                Some(view! {
                    <text class="gw-map__label" data-district=d.code.clone() x=format!("{x:.1}") y=format!("{y:.1}") font-size=format!("{font:.1}")>
                        {tspans}
                    </text>
                })
            })
            .collect_view()
    };

    let (cx, cy) = geometry.radius.centre;
    let scale_bar = geometry.scale_bar;
    let g = geometry.clone();
    let c = current.clone();
    let scale_origin = Memo::new(move |_| {
        let (x, y, _, h) = c().view_box(&g);
        let u = unit.get();
        (x + 16.0 * u, y + h - 16.0 * u)
    });
    let g = geometry.clone();
    let c = current.clone();
    let scale_choice = Memo::new(move |_| {
        let (_, _, w, _) = c().view_box(&g);
        scale_bar.fitting(w / 3.0)
    });

    view! {
                <svg
                    class="gw-map__svg"
                    viewBox=move || view_box.get()
                    role="group"
                    aria-label=i18n::MAP_SVG_LABEL.get(lang)
                    data-zoom=move || current().zoom.to_string()
                >
                    <g class="gw-map__base" inner_html=base on:click=choose_district></g>
                    <g class="gw-map__labels" aria-hidden="true">{move || overlays.get().then(&labels)}</g>
                    <g class="gw-map__centre" transform=move || format!("translate({cx:.1} {cy:.1}) scale({:.4})", unit.get())>
                        <path d="M-7 0H7M0 -7V7"/>
                    </g>
                    <g class="gw-map__sites">{move || overlays.get().then(&markers)}</g>
                    <g class="gw-map__scale" transform=move || {
                        let (x, y) = scale_origin.get();
                        format!("translate({x:.1} {y:.1})")
                    }>
                        <path d=move || format!("M0 0H{:.1}", scale_choice.get().1)/>
                        <text x="0" y=move || format!("{:.1}", -6.0 * unit.get()) font-size=move || format!("{:.1}", 13.0 * unit.get())>
                            {move || format::km(scale_choice.get().0, lang)}
                        </text>
                    </g>
                </svg>
    }
}

/// A site on the map: a button numbered as in the lists, drawn as a pin on its coordinate or
/// as its districts with a badge among them; it keeps one size on screen at every zoom.
fn marker(
    index: usize,
    site: &'static Mark,
    geometry: &MapGeometry,
    unit: Memo<f64>,
    selected: Signal<Option<String>>,
    on_choose: Callback<String>,
) -> impl IntoView + use<> {
    let is_selected = move |id: &str| selected.with(|s| s.as_deref() == Some(id));
    let number = (index + 1).to_string();
    let id = site.id.clone();
    let name = site.name.clone();
    let anchor = map::anchor(&site.place, geometry);
    let choose = {
        let id = id.clone();
        move || on_choose.run(id.clone())
    };
    let on_key = on_activate_key(choose.clone());
    let areas = match &site.place {
        Place::Point { .. } => None,
        Place::Districts(codes) => Some(
            codes
                .iter()
                .filter_map(|c| geometry.district(c))
                .map(|d| view! { <path class="gw-map__area" d=d.path.clone()/> })
                .collect_view(),
        ),
    };
    let is_point = matches!(site.place, Place::Point { .. });
    let selected_id = id.clone();
    let pressed_id = id.clone();
    view! {
        <g
            class="gw-map__site"
            class:gw-map__site--point=is_point
            class:gw-map__site--related=!site.designated
            class:gw-map__site--selected=move || is_selected(&selected_id)
            role="button"
            tabindex="0"
            aria-label=format!("{number}. {name}")
            aria-pressed=move || if is_selected(&pressed_id) { "true" } else { "false" }
            data-site=id.clone()
            on:click=move |_| choose()
            on:keydown=on_key
        >
            {areas}
            {anchor.map(|(x, y)| {
                let number = number.clone();
                view! {
                    <g transform=move || format!("translate({x:.1} {y:.1}) scale({:.4})", unit.get())>
                        {if is_point {
                            view! { <circle class="gw-map__pin" r=MARKER_PX/> }.into_any()
                        } else {
                            view! {
                                <rect class="gw-map__badge" x=-MARKER_PX y=-MARKER_PX width=MARKER_PX * 2.0 height=MARKER_PX * 2.0 rx="3"/>
                            }.into_any()
                        }}
                        <text class="gw-map__number" text-anchor="middle" dy="0.35em">{number}</text>
                    </g>
                }
            })}
        </g>
    }
}

//! The cluster map: the drawing (fetched geometry, zoom, pan, choosing a site or a
//! district) and what follows the choice beside it. The chosen site or district lives in
//! the URL (`?site=`, `?district=`); the list marks it and the card shows it. The build
//! wrote every card into the page as a `<template>`, so the card shown is the build's.

use std::sync::Arc;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::site_map::{GeometryState, SiteMap};
use crate::lang::Lang;
use crate::map::{self, MapGeometry, Mark, Selection};

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

impl super::Island for MapIsland {
    const NAME: &'static str = "map";

    fn render(self) -> AnyView {
        let MapIsland {
            lang,
            marks,
            unknown_site,
            unknown_district,
            districts,
        } = self;
        // The island lives as long as the page.
        let marks: &'static [Mark] = Box::leak(marks.into_boxed_slice());
        let query = super::query::current();
        let selection = Memo::new(move |_| {
            Selection::parse(
                super::query::get(&query.read(), map::SITE_KEY).as_deref(),
                marks.iter().map(|m| m.id.as_str()),
            )
        });
        let selected = Signal::derive(move || selection.get().site().map(str::to_string));
        let district = Memo::new(move |_| {
            map::parse_district(super::query::get(&query.read(), map::DISTRICT_KEY).as_deref())
        });

        let geometry = RwSignal::new(GeometryState::Loading);
        let attempt = RwSignal::new(0u32);
        let geometry_url = crate::site::use_site().href(crate::paths::MAP_GEOMETRY);
        Effect::new(move |_| {
            attempt.track();
            geometry.set(GeometryState::Loading);
            let url = geometry_url.clone();
            leptos::task::spawn_local(async move {
                // Not in the task that renders the island: building the request is work too.
                super::next_task().await;
                let result = crate::site::fetch_text(&url)
                    .await
                    .and_then(|text| MapGeometry::from_json(&text));
                // Reading the geometry and drawing it are two tasks, neither long enough
                // to hold up input.
                super::next_task().await;
                geometry.try_set(match result {
                    Ok(g) => GeometryState::Ready(Arc::new(g)),
                    Err(e) => GeometryState::Failed(e),
                });
            });
        });

        let go = |key: &str, value: String| {
            super::query::go(&super::query::with("", key, Some(&value)), false)
        };
        let choose = Callback::new(move |id: String| go(map::SITE_KEY, id));
        let choose_district = Callback::new(move |code: String| go(map::DISTRICT_KEY, code));
        let retry = Callback::new(move |()| attempt.update(|n| *n += 1));

        // What follows the choice outside the drawing: the card, the lists, the notice. The
        // build's page shows nothing chosen, so with nothing chosen at the start there is
        // nothing to change.
        Effect::new(move |started: Option<()>| {
            let chosen_district = district.get().filter(|c| districts.contains(c));
            let notice = match (selection.get(), district.get()) {
                (Selection::Unknown(value), _) => Some(unknown_site.replace("{id}", &value)),
                (_, Some(code)) if chosen_district.is_none() => {
                    Some(unknown_district.replace("{code}", &code))
                }
                _ => None,
            };
            let card = match (&chosen_district, selection.get().site()) {
                (Some(code), _) => format!("district:{code}"),
                (None, Some(id)) => format!("site:{id}"),
                (None, None) => String::new(),
            };
            if started.is_none() && card.is_empty() && notice.is_none() {
                return;
            }
            follow(
                &card,
                notice.as_deref(),
                selected.get().as_deref(),
                chosen_district.as_deref(),
            );
        });

        view! {
            <SiteMap
                lang=lang
                sites=marks
                state=Signal::from(geometry)
                selected=selected
                on_choose=choose
                selected_district=Signal::from(district)
                on_choose_district=choose_district
                on_retry=retry
            />
        }
        .into_any()
    }
}

/// Shows the card whose template is `card`, the notice (or none), and marks the chosen
/// site's and district's links.
#[cfg(feature = "csr")]
fn follow(card: &str, notice: Option<&str>, site: Option<&str>, district: Option<&str>) {
    use wasm_bindgen::JsCast;
    let all = super::elements;
    let template = all(&format!("template[{CARD_ATTR}]"))
        .into_iter()
        .find(|t| t.get_attribute(CARD_ATTR).as_deref() == Some(card))
        .and_then(|t| t.dyn_into::<web_sys::HtmlTemplateElement>().ok());
    if let (Some(template), Ok(Some(holder))) =
        (template, document().query_selector(".gw-site-card"))
    {
        holder.set_inner_html("");
        if let Ok(content) = template.content().clone_node_with_deep(true) {
            let _ = holder.append_child(&content);
        }
    }
    for el in all(&format!("[{UNKNOWN_ATTR}]")) {
        if let Some(text) = notice {
            el.set_text_content(Some(text));
        }
        super::show(&el, notice.is_some());
    }
    let mark = |selector: &str, attr: &str, chosen: Option<&str>| {
        for link in all(selector) {
            let _ = if link.get_attribute(attr).as_deref() == chosen && chosen.is_some() {
                link.set_attribute("aria-current", "true")
            } else {
                link.remove_attribute("aria-current")
            };
        }
    };
    mark("a.gw-sites__link[data-site]", "data-site", site);
    mark(".gw-districts a[data-district]", "data-district", district);
}

#[cfg(not(feature = "csr"))]
fn follow(_card: &str, _notice: Option<&str>, _site: Option<&str>, _district: Option<&str>) {}

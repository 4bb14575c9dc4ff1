//! The map island made live: the geometry fetched and drawn (`site_map`), the choice read
//! from and written to the address, and the card, the lists and the notice beside the map
//! following it.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::dom::{elements, fetch_text, mark_current, next_task, show};
use super::query;
use super::site_map::SiteMap;
use crate::islands::map::{CARD_ATTR, GeometryState, MapIsland, UNKNOWN_ATTR};
use crate::map::{self, MapGeometry, Mark, Selection};

impl super::Live for MapIsland {
    fn live(self) -> AnyView {
        let MapIsland {
            lang,
            marks,
            unknown_site,
            unknown_district,
            districts,
        } = self;
        // The island lives as long as the page.
        let marks: &'static [Mark] = Box::leak(marks.into_boxed_slice());
        let query = query::current();
        let selection = Memo::new(move |_| {
            Selection::parse(
                crate::islands::query::get(&query.read(), map::SITE_KEY).as_deref(),
                marks.iter().map(|m| m.id.as_str()),
            )
        });
        let selected = Signal::derive(move || selection.get().site().map(str::to_string));
        let district = Memo::new(move |_| {
            map::parse_district(
                crate::islands::query::get(&query.read(), map::DISTRICT_KEY).as_deref(),
            )
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
                next_task().await;
                let result = fetch_text(&url)
                    .await
                    .and_then(|text| MapGeometry::from_json(&text));
                // Reading the geometry and drawing it are two tasks, neither long enough
                // to hold up input.
                next_task().await;
                geometry.try_set(match result {
                    Ok(g) => GeometryState::Ready(Arc::new(g)),
                    Err(e) => GeometryState::Failed(e),
                });
            });
        });

        let go = |key: &str, value: String| {
            query::go(&crate::islands::query::with("", key, Some(&value)), false)
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
fn follow(card: &str, notice: Option<&str>, site: Option<&str>, district: Option<&str>) {
    let all = elements;
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
        show(&el, notice.is_some());
    }
    let mark = |selector: &str, attr: &str, chosen: Option<&str>| {
        for link in all(selector) {
            mark_current(
                &link,
                chosen.is_some() && link.get_attribute(attr).as_deref() == chosen,
            );
        }
    };
    mark("a.gw-sites__link[data-site]", "data-site", site);
    mark(".gw-districts a[data-district]", "data-district", district);
}

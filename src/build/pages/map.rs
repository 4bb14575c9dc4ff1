//! `/{lang}/map/`: where the cluster's sites are, and what was really designated. The
//! list and its cards come with the page; the map's geometry is fetched when the page
//! opens (it is large), with a loading state and a retry. The chosen site lives in the URL
//! (`?site=`), so the list, the map and the card all follow it and a link restores it.

use leptos::prelude::*;

use crate::build::components::figure::{DiscrepancyNote, FigureCard, SourceLinks};
use crate::build::format;
use crate::build::model::{Cite, Dataset, Location, Site, Zone};
use crate::i18n::{self, Named};
use crate::lang::Lang;
use crate::map::{self, MapGeometry};
use crate::route::{Page, Section};
use crate::site::use_site;

/// The geometry the build publishes (the page names the districts with it; the map island
/// fetches the same file to draw).
fn geometry(dataset: &Dataset) -> Result<MapGeometry, String> {
    let boundaries = crate::build::boundaries::Boundaries::parse(&dataset.boundaries)
        .map_err(|problems| format!("{} problems in the boundaries", problems.len()))?;
    boundaries.map_geometry(dataset).map_err(|p| p.to_string())
}

/// What the page cites: the sites inside Wonju and outside it.
pub fn cites(dataset: &Dataset) -> Vec<&Cite> {
    dataset
        .sites
        .iter()
        .flat_map(|s| &s.sources)
        .chain(dataset.outside_sites.iter().flat_map(|s| &s.sources))
        .collect()
}

#[component]
pub fn MapPage(dataset: &'static Dataset, lang: Lang) -> impl IntoView {
    let site = use_site();
    // The page's views borrow it for as long as they live; a build renders this page once
    // per language.
    let geometry: Option<&'static MapGeometry> =
        geometry(dataset).ok().map(|g| &*Box::leak(Box::new(g)));
    let district_name = move |code: &str| {
        geometry
            .and_then(|g| g.district(code))
            .map(|d| d.name.get(lang).to_string())
    };
    let district_names = move |codes: Vec<&str>| -> Option<String> {
        geometry?;
        let names: Vec<String> = codes.iter().filter_map(|c| district_name(c)).collect();
        Some(names.join(", "))
    };

    let radius = dataset.figure(&dataset.named.radius);
    let area = dataset.figure(&dataset.named.area);
    let designation = {
        let value = |f: Option<&crate::build::model::Figure>| {
            f.map(|f| format::figure_value(f, lang)).unwrap_or_default()
        };
        i18n::MAP_DESIGNATION_BODY.fill(lang, &[("radius", &value(radius)), ("area", &value(area))])
    };
    let summary = {
        let value = |f: Option<&crate::build::model::Figure>| {
            f.map(|f| format::figure_value(f, lang)).unwrap_or_default()
        };
        let key = if dataset.discrepancies_for(&dataset.named.radius).is_empty() {
            i18n::MAP_DESIGNATION_SUMMARY
        } else {
            i18n::MAP_DESIGNATION_SUMMARY_DISAGREE
        };
        key.fill(lang, &[("radius", &value(radius)), ("area", &value(area))])
    };
    let discrepancy = dataset
        .discrepancies_for(&dataset.named.radius)
        .into_iter()
        .map(|d| view! { <DiscrepancyNote discrepancy=d lang=lang/> })
        .collect_view();
    let cards = [radius, area]
        .into_iter()
        .flatten()
        .map(|figure| view! { <FigureCard dataset=dataset figure=figure lang=lang/> })
        .collect_view();

    // Designated sites come first in the data (validation sees to it), so the numbers on
    // the map run on from the first list into the second.
    let item = move |(index, s): (usize, &'static Site)| {
        let id = s.id.clone();
        view! {
            <li>
                <a
                    href=format!("?{}={id}", map::SITE_KEY)
                    data-noscroll=""
                    data-site=id
                    class="gw-sites__link"
                >
                    <span class="gw-sites__number" aria-hidden="true">{index + 1}</span>
                    <span>{s.name.get(lang).to_string()}</span>
                </a>
            </li>
        }
    };
    let (designated, related): (Vec<_>, Vec<_>) = dataset
        .sites
        .iter()
        .enumerate()
        .partition(|(_, s)| s.is_designated());
    let related_start = designated.len() + 1;
    let designated_list = designated.into_iter().map(item).collect_view();
    let related_list = related.into_iter().map(item).collect_view();

    let zones_page = site.href(&Page::Section(Section::Zones).path(lang));
    let empty_card = move || {
        view! {
            <p class="gw-muted">{i18n::MAP_CARD_EMPTY.get(lang)}</p>
            <p class="gw-muted">{i18n::MAP_DISTRICT_HINT.get(lang)}</p>
        }
    };
    // Every card the map can show, as the build wrote it; the map island shows the chosen
    // one (without a script, the lists link each site's place in the query).
    let site_cards = dataset
        .sites
        .iter()
        .map(|s| {
            let districts = district_names(s.location.district_codes());
            let zones_href = zones_page.clone();
            view! {
                <template data-gw-card=format!("site:{}", s.id)>
                    <SiteCard dataset=dataset site=s lang=lang districts=districts zones_href=zones_href/>
                </template>
            }
        })
        .collect_view();
    let district_cards = geometry
        .map(|g| {
            g.districts
                .iter()
                .map(|d| {
                    let zones_href = zones_page.clone();
                    let name = d.name.get(lang).to_string();
                    view! {
                        <template data-gw-card=format!("district:{}", d.code)>
                            <DistrictCard dataset=dataset code=d.code.clone() name=name lang=lang zones_href=zones_href/>
                        </template>
                    }
                })
                .collect_view()
        });
    let cards_templates = view! {
        <template data-gw-card="">{empty_card()}</template>
        {site_cards}
        {district_cards}
    }
    .into_any();
    // Every district as a link: how a keyboard or screen-reader user chooses one (the map's
    // districts answer the pointer).
    let district_list = geometry.map(|g| {
        let links = g
            .districts
            .iter()
            .map(|d| {
                let code = d.code.clone();
                view! {
                    <li>
                        <a href=format!("?{}={code}", map::DISTRICT_KEY) data-noscroll="" data-district=code>
                            {d.name.get(lang).to_string()}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <details class="gw-districts">
                <summary>{i18n::MAP_DISTRICT_LIST.get(lang)}</summary>
                <ul>{links}</ul>
            </details>
        }
    });
    let map_island = crate::build::components::island::island(crate::islands::map::MapIsland {
        lang,
        marks: dataset
            .sites
            .iter()
            .map(|s| map::Mark::of(s, lang))
            .collect(),
        unknown_site: i18n::MAP_UNKNOWN_SITE.get(lang).to_string(),
        unknown_district: i18n::MAP_DISTRICT_UNKNOWN.get(lang).to_string(),
        districts: geometry
            .map(|g| g.districts.iter().map(|d| d.code.clone()).collect())
            .unwrap_or_default(),
    });

    let outside = dataset
        .outside_sites
        .iter()
        .map(|s| {
            view! {
                <li>
                    <strong>{s.name.get(lang).to_string()}</strong>
                    " (" {s.place.get(lang).to_string()}
                    {s.is_designated().then(|| view! { ", " {i18n::MAP_OUTSIDE_DESIGNATED.get(lang)} })}
                    "): "
                    {s.description.get(lang).to_string()}
                    " " <SourceLinks cites=&s.sources lang=lang/>
                </li>
            }
        })
        .collect_view();

    // Each section is type-erased: one nested view type for the whole page is too deep
    // for the compiler and needlessly large in the wasm.
    // The fine print follows the map, closed until asked for (a <details> opens without
    // a script); its summary line gives the two figures.
    let designation_section = view! {
        <section class="gw-section" aria-labelledby="designation">
            <details class="gw-designation">
                <summary>
                    <h2 id="designation">{i18n::MAP_DESIGNATION_HEADING.get(lang)}</h2>
                    <span class="gw-designation__line">{summary}</span>
                </summary>
                <p>{designation}</p>
                <div class="gw-cards">{cards}</div>
                {discrepancy}
            </details>
        </section>
    }
    .into_any();
    let side_panel = view! {
        <div class="gw-map-layout__side">
            <div class="gw-site-card" aria-live="polite">{empty_card()}</div>
            {cards_templates}
            <h3 id="sites-designated">{i18n::MAP_LIST_DESIGNATED.get(lang)}</h3>
            <p class="gw-muted">{i18n::MAP_LIST_DESIGNATED_NOTE.get(lang)}</p>
            <ol class="gw-sites" aria-labelledby="sites-designated">{designated_list}</ol>
            <h3 id="sites-related">{i18n::MAP_LIST_RELATED.get(lang)}</h3>
            <p class="gw-muted">{i18n::MAP_LIST_RELATED_NOTE.get(lang)}</p>
            <ol class="gw-sites" start=related_start aria-labelledby="sites-related">{related_list}</ol>
            {district_list}
        </div>
    }
    .into_any();
    let map_section = view! {
        <section class="gw-section" aria-labelledby="map-heading">
            <h2 id="map-heading">{i18n::MAP_HEADING.get(lang)}</h2>
            <p class="gw-notice" role="status" data-gw-unknown="" hidden></p>
            <div class="gw-map-layout">
                <div class="gw-map-layout__map">
                    {map_island}
                    <MapLegend dataset=dataset geometry=geometry lang=lang/>
                </div>
                {side_panel}
            </div>
        </section>
    }
    .into_any();
    let data_sections = view! {
        <section class="gw-section" aria-labelledby="outside">
            <h2 id="outside">{i18n::MAP_OUTSIDE_HEADING.get(lang)}</h2>
            <ul>{outside}</ul>
        </section>
        <section class="gw-section" aria-labelledby="map-data">
            <h2 id="map-data">{i18n::MAP_DATA_HEADING.get(lang)}</h2>
            <ul class="gw-chart__downloads">
                <li><a href=site.href(crate::paths::SITES_CSV) download>{i18n::DL_SITES_CSV.get(lang)}</a></li>
                <li><a href=site.href(crate::paths::MAP_GEOMETRY) download>{i18n::MAP_DL_GEOMETRY.get(lang)}</a></li>
                <li><a href=site.href(crate::paths::MAP_BOUNDARIES) download>{i18n::MAP_DL_BOUNDARIES.get(lang)}</a></li>
            </ul>
        </section>
    }
    .into_any();
    view! {
        <div class="gw-page gw-map-page">
            <h1>{Section::Map.title().get(lang)}</h1>
            <p class="gw-lede">{Section::Map.description().get(lang)}</p>
            <super::NewestSource date=super::newest(&cites(dataset)) lang=lang/>
            // The map first: a firm looks for a place; the designation's fine print follows.
            {map_section}
            {designation_section}
            {data_sections}
        </div>
    }
}

/// The chosen district: the designations that cover it, each with its status today.
#[component]
fn DistrictCard(
    dataset: &'static Dataset,
    code: String,
    name: String,
    lang: Lang,
    zones_href: String,
) -> impl IntoView {
    let zones = dataset.zones_for_district(&code);
    let only_wide = zones.iter().all(|z| z.whole_of_wonju);
    view! {
        <article class="gw-site gw-district" data-district=code>
            <h3>{name}</h3>
            <h4>{i18n::MAP_DISTRICT_ZONES.get(lang)}</h4>
            <ZoneStack dataset=dataset zones=zones lang=lang zones_href=zones_href/>
            {only_wide.then(|| view! { <p class="gw-muted">{i18n::MAP_DISTRICT_NONE.get(lang)}</p> })}
            <p><a href="?" data-noscroll="">{i18n::MAP_CARD_CLEAR.get(lang)}</a></p>
        </article>
    }
}

/// Designations with their status today, each linked to its entry on the zones page.
#[component]
fn ZoneStack(
    dataset: &'static Dataset,
    zones: Vec<&'static Zone>,
    lang: Lang,
    zones_href: String,
) -> impl IntoView {
    let today = dataset.information_as_of;
    let items = zones
        .into_iter()
        .map(|z| {
            let status = z.status(today);
            view! {
                <li data-zone=z.id.clone() data-status=status.code()>
                    <span class=format!("gw-status gw-status--{}", status.code())>{status.name().get(lang)}</span>
                    " " <a href=format!("{zones_href}#zone-{}", z.id)>{z.name.get(lang).to_string()}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="gw-district__zones">{items}</ul>
        <p><a href=zones_href>{i18n::MAP_DISTRICT_ZONES_LINK.get(lang)}</a></p>
    }
}

/// The chosen site: what it is, where it is, and where each of those comes from.
#[component]
fn SiteCard(
    dataset: &'static Dataset,
    site: &'static Site,
    lang: Lang,
    /// The names of its districts, once the geometry is there.
    districts: Option<String>,
    zones_href: String,
) -> impl IntoView {
    let zones: Vec<&'static Zone> = dataset
        .zones
        .iter()
        .filter(|z| z.covers_site(&site.id))
        .collect();
    let location = match &site.location {
        Location::Point(p) => view! {
            <dt>{i18n::MAP_CARD_COORDINATE.get(lang)}</dt>
            <dd>{format::coordinate(p.lat, p.lon, lang)}</dd>
            <dt>{i18n::MAP_CARD_CONFIDENCE.get(lang)}</dt>
            <dd>{p.confidence.name().get(lang)}</dd>
            <dt>{i18n::MAP_CARD_COORDINATE_SOURCE.get(lang)}</dt>
            <dd><SourceLinks cites=std::slice::from_ref(&p.source) lang=lang/></dd>
        }
        .into_any(),
        Location::Districts { .. } => view! {
            <dt>{i18n::MAP_CARD_SHOWN_AS.get(lang)}</dt>
            <dd>
                {districts.map(|names| view! { {names} ". " })}
                {i18n::MAP_CARD_NO_COORDINATE.get(lang)}
            </dd>
        }
        .into_any(),
    };
    let designation = if site.is_designated() {
        view! { {i18n::MAP_CARD_DESIGNATED_BY.get(lang)} <SourceLinks cites=&site.designated_by lang=lang/> }
            .into_any()
    } else {
        i18n::MAP_CARD_NOT_DESIGNATED.get(lang).into_any()
    };
    view! {
        <article class="gw-site" data-site=site.id.clone()>
            <h3>{site.name.get(lang).to_string()}</h3>
            <p>{site.description.get(lang).to_string()}</p>
            <dl class="gw-facts">
                <dt>{i18n::MAP_CARD_DESIGNATION.get(lang)}</dt>
                <dd>{designation}</dd>
                {location}
                <dt>{i18n::MAP_CARD_SOURCES.get(lang)}</dt>
                <dd><SourceLinks cites=&site.sources lang=lang/></dd>
            </dl>
            <h4>{i18n::MAP_SITE_ZONES.get(lang)}</h4>
            <ZoneStack dataset=dataset zones=zones lang=lang zones_href=zones_href/>
            <p><a href="?" data-noscroll="">{i18n::MAP_CARD_CLEAR.get(lang)}</a></p>
        </article>
    }
}

/// What each mark on the map means, with the derived centre and the boundaries' credit.
/// Static but for the centre's name and coordinate, which come with the geometry.
#[component]
fn MapLegend(
    dataset: &'static Dataset,
    geometry: Option<&'static MapGeometry>,
    lang: Lang,
) -> impl IntoView {
    let radius = dataset
        .figure(&dataset.named.radius)
        .map(|f| format::figure_value(f, lang))
        .unwrap_or_default();
    let centre = match geometry {
        Some(g) => {
            let district = g
                .district(&g.radius.centre_district)
                .map(|d| d.name.get(lang).to_string())
                .unwrap_or_default();
            let (lon, lat) = g.radius.centre_lon_lat;
            format!(" ({district}, {})", format::coordinate(lat, lon, lang))
        }
        None => String::new(),
    };
    let centre_text = i18n::MAP_LEGEND_CENTRE.get(lang);
    let (before, after) = centre_text
        .split_once("{centre}")
        .unwrap_or((centre_text, ""));
    view! {
        <div class="gw-map__legend">
            <h3>{i18n::MAP_LEGEND_HEADING.get(lang)}</h3>
            <ul>
                <li><span class="gw-key gw-key--designated" aria-hidden="true"></span>{i18n::MAP_LEGEND_DESIGNATED.get(lang)}</li>
                <li><span class="gw-key gw-key--related" aria-hidden="true"></span>{i18n::MAP_LEGEND_RELATED.get(lang)}</li>
                <li><span class="gw-key gw-key--point" aria-hidden="true"></span>{i18n::MAP_LEGEND_POINT.get(lang)}</li>
                <li><span class="gw-key gw-key--district" aria-hidden="true"></span>{i18n::MAP_LEGEND_DISTRICT.get(lang)}</li>
                <li><span class="gw-key gw-key--radius" aria-hidden="true"></span>{i18n::MAP_LEGEND_RADIUS.fill(lang, &[("radius", &radius)])}</li>
                <li>
                    <span class="gw-key gw-key--centre" aria-hidden="true">"+"</span>
                    <span>{before}{centre}{after}</span>
                </li>
                <li><span class="gw-key gw-key--city" aria-hidden="true"></span>{i18n::MAP_LEGEND_CITY.get(lang)}</li>
                <li><span class="gw-key gw-key--province" aria-hidden="true"></span>{i18n::MAP_LEGEND_PROVINCE.get(lang)}</li>
            </ul>
            <p class="gw-muted">{i18n::MAP_PROJECTION_NOTE.get(lang)} " " {i18n::MAP_CREDIT.get(lang)}</p>
        </div>
    }
    .into_any()
}

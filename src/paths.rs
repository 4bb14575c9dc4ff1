//! Every path the site publishes besides its pages (`route::Page::path` writes those), from
//! the site root: the data files, each chart's files, the map, the search indexes, the
//! feeds, the frozen releases, the offline worker and the share image. The build writes
//! each file at its path, pages and islands link or fetch it from here, and the worker's
//! precache, the data package and the press kit list from here. Pure.

use crate::chart::{ChartId, ChartState};
use crate::lang::Lang;

/// The published figures, sourced and derived, one row each.
pub const FIGURES_CSV: &str = "/data/figures.csv";
/// The same figures with their sources and the data release, as JSON.
pub const FIGURES_JSON: &str = "/data/figures.json";
/// The JSON Schema of `figures.json`.
pub const FIGURES_SCHEMA: &str = "/data/figures.schema.json";
pub const SOURCES_CSV: &str = "/data/sources.csv";
pub const GLOSSARY_CSV: &str = "/data/glossary.csv";
pub const SITES_CSV: &str = "/data/sites.csv";
pub const ZONES_CSV: &str = "/data/zones.csv";
pub const FIRMS_CSV: &str = "/data/firms.csv";
/// The Frictionless Data Package describing every download.
pub const DATAPACKAGE: &str = "/data/datapackage.json";
/// What the build says about the press kits and the downloads (sizes, checksums).
pub const PRESS_KIT_MANIFEST: &str = "/data/press-kit.json";

/// The press kit of `lang`: one ZIP.
pub fn press_kit(lang: Lang) -> String {
    format!("/data/press-kit-{}.zip", lang.code())
}

/// Where a data release's frozen files are published: `/data/v/2026-12-02/`.
pub fn release_dir(version: &str) -> String {
    format!("/data/v/{version}/")
}

/// The map's projected geometry, which the map island fetches.
pub const MAP_GEOMETRY: &str = "/data/map/wonju.json";
/// The home page's small map of Wonju (an SVG the build draws from the same geometry).
pub const MAP_TEASER: &str = "/data/map/wonju-teaser.svg";
/// The boundaries as received (GeoJSON, WGS84), for readers who want the source geometry.
pub const MAP_BOUNDARIES: &str = "/data/map/wonju.geojson";

/// A language's search index.
pub fn search_index(lang: Lang) -> String {
    format!("/data/search-{}.json", lang.code())
}

/// A chart's data as CSV.
pub fn chart_csv(id: ChartId, lang: Lang) -> String {
    format!("/data/charts/{}.{}.csv", id.code(), lang.code())
}

/// A chart as SVG, titled (the download, and the no-JavaScript embed's image).
pub fn chart_svg(id: ChartId, lang: Lang) -> String {
    format!("/data/charts/{}.{}.svg", id.code(), lang.code())
}

/// The option the SVG download is drawn from.
pub fn chart_option(id: ChartId, lang: Lang) -> String {
    format!("/data/charts/{}.{}.option.json", id.code(), lang.code())
}

/// The option the live chart draws in `state` (animated; the page turns animation off
/// for readers who ask for reduced motion). Built with the site, fetched when a reader
/// reaches for the chart, so the browser never builds an option itself.
pub fn chart_live_option(id: ChartId, lang: Lang, state: ChartState) -> String {
    match state.to_query().as_str() {
        "" => format!("/data/charts/{}.{}.live.json", id.code(), lang.code()),
        _ => format!(
            "/data/charts/{}.{}.{}.live.json",
            id.code(),
            lang.code(),
            state.metric.code()
        ),
    }
}

/// The option the build draws the display image of width `width` from.
pub fn chart_display_option(id: ChartId, lang: Lang, width: u32) -> String {
    format!(
        "/data/charts/{}.{}.w{width}.option.json",
        id.code(),
        lang.code()
    )
}

/// The display image of width `width` (drawn by scripts/render-charts.mjs), shown until
/// ECharts draws.
pub fn chart_display_svg(id: ChartId, lang: Lang, width: u32) -> String {
    format!("/data/charts/{}.{}.w{width}.svg", id.code(), lang.code())
}

/// A chart's oEmbed document.
pub fn chart_oembed(id: ChartId, lang: Lang) -> String {
    format!("/oembed/{}-{}.json", id.code(), lang.code())
}

/// The news as an Atom feed.
pub fn updates_feed(lang: Lang) -> String {
    format!("/feeds/updates-{}.atom", lang.code())
}

/// The data releases as an Atom feed.
pub fn releases_feed(lang: Lang) -> String {
    format!("/feeds/releases-{}.atom", lang.code())
}

/// Every timeline event, past and planned, as an iCalendar file.
pub fn milestones_calendar(lang: Lang) -> String {
    format!("/feeds/milestones-{}.ics", lang.code())
}

/// The offline worker (it must sit at the root to serve every page).
pub const SERVICE_WORKER: &str = "/sw.js";
/// The share-card image, in `public/`.
pub const SHARE_IMAGE: &str = "/og-image.png";

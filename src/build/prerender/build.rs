//! The build step, top to bottom: check the data, write the published files, the charts'
//! files and the map geometry, prepare trunk's page template, write every route as a
//! static page, then the sitemap. Any failure names the file and why.

use std::path::{Path, PathBuf};

use super::dist::{in_dist, write_file};
use super::site_files::{robots_txt, sitemap_xml};
use super::template::{self, Linked};
use super::{BuildFacts, render_with, template::without_app};
use crate::build::boundaries::Boundaries;
use crate::build::chart::{self, ChartId, ChartState, chart_data};
use crate::build::export::DOWNLOADS;
use crate::build::model::{Dataset, Problem};
use crate::lang::Lang;
use crate::route::Page;
use crate::site::SiteConfig;

/// What the build needs besides `dist/`: the checked data, the repository it was read
/// from (the frozen releases live there too) and where the site is served from.
pub struct BuildEnv {
    pub dataset: &'static Dataset,
    pub root: PathBuf,
    pub config: SiteConfig,
}

/// The first half of the build, before the charts are drawn: checks the data and writes
/// every data file, the charts' data and options, the map geometry, the search indexes and
/// the feeds; returns how many files it wrote.
pub fn build_data(dist: &Path, env: &BuildEnv) -> Result<usize, String> {
    let dataset = env.dataset;
    for download in &DOWNLOADS {
        write_file(&in_dist(dist, download.path), (download.build)(dataset))?;
    }
    let root = env.root.as_path();
    super::archive::check(root, dataset)?;
    super::archive::publish(root, dist, dataset)?;
    write_map_data(dist, dataset)?;
    write_search_indexes(dist, dataset)?;
    write_file(
        &in_dist(dist, crate::paths::DATAPACKAGE),
        datapackage(dataset, &env.config),
    )?;
    for lang in Lang::ALL {
        let updates = super::feeds::updates(dataset, lang, &env.config)?;
        write_file(&in_dist(dist, &crate::paths::updates_feed(lang)), updates)?;
        let calendar = super::calendar::calendar(dataset, lang, &env.config)?;
        write_file(
            &in_dist(dist, &crate::paths::milestones_calendar(lang)),
            calendar,
        )?;
        let releases = super::feeds::releases(dataset, lang, &env.config)?;
        let path = crate::paths::releases_feed(lang);
        write_file(&in_dist(dist, &path), releases)?;
    }
    write_chart_files(dist, dataset, &env.config)?;
    Ok(DOWNLOADS.len())
}

/// The second half, after scripts/render-charts.mjs has drawn the charts: prepares trunk's
/// page template, builds the press kits (which hold the drawn charts and the printed home
/// page), then writes every route as a static page, the sitemap and robots.txt; returns
/// how many pages it wrote.
pub fn build_pages(dist: &Path, env: &BuildEnv) -> Result<usize, String> {
    let dataset = env.dataset;
    let template = prepare_template(dist, &env.config)?;
    let css = stylesheet(dist, &template)?;
    let press_kits = super::press_kit::write(dist, dataset, &env.config, |lang| {
        let page = render_page(
            dataset,
            &Page::home().path(lang),
            &template,
            &env.config,
            &BuildFacts::default(),
        )?;
        super::template::fact_sheet(&page, &css, &env.config.origin)
    })?;
    let facts = BuildFacts {
        press_kits: Some(press_kits),
    };
    let pages = write_pages(dist, dataset, &template, &env.config, &facts)?;
    write_file(&dist.join("sitemap.xml"), sitemap_xml(dataset, &env.config))?;
    write_file(&dist.join("robots.txt"), robots_txt(&env.config))?;
    super::offline::write(dist, dataset.current_version(), &env.config)?;
    Ok(pages + 3)
}

/// The stylesheet trunk linked in `template`, read from `dist`.
fn stylesheet(dist: &Path, template: &str) -> Result<String, String> {
    let href = super::template::stylesheet_href(template)?;
    let file = dist.join(href.rsplit('/').next().unwrap_or(&href));
    std::fs::read_to_string(&file)
        .map_err(|e| format!("{}: cannot read the stylesheet: {e}", file.display()))
}

/// Each chart's CSV and option, and what the page shows until ECharts draws: the chart
/// without its title (the page's heading says it), drawn by scripts/render-charts.mjs at
/// each width.
fn write_chart_files(dist: &Path, dataset: &Dataset, config: &SiteConfig) -> Result<(), String> {
    for lang in Lang::ALL {
        for id in ChartId::ALL {
            let chart =
                chart_data(dataset, id, lang, ChartState::default()).map_err(|e| e.to_string())?;
            write_file(
                &in_dist(dist, &crate::paths::chart_csv(id, lang)),
                chart.csv(),
            )?;
            let option = chart.option_json(false, true);
            write_file(
                &in_dist(dist, &crate::paths::chart_option(id, lang)),
                option,
            )?;
            let embed_url = config.url(&Page::Embed(id).path(lang));
            let oembed =
                chart::embed::oembed(&chart, &embed_url, &config.url(&Page::home().path(lang)));
            write_file(
                &in_dist(dist, &crate::paths::chart_oembed(id, lang)),
                oembed.to_string(),
            )?;
            for state in ChartState::all_for(id) {
                let live = chart_data(dataset, id, lang, state).map_err(|e| e.to_string())?;
                let path = crate::paths::chart_live_option(id, lang, state);
                write_file(&in_dist(dist, &path), live.option_json(true, false))?;
            }
            let display = chart.option_json(false, false);
            for (width, _) in chart::DISPLAY_SIZES {
                let path = crate::paths::chart_display_option(id, lang, width);
                write_file(&in_dist(dist, &path), &display)?;
            }
        }
    }
    Ok(())
}

/// trunk's `index.html`, made ready for every page: the chart library's address (from
/// scripts/build-echarts.mjs), our start-up script, the policy and the inlined icon.
fn prepare_template(dist: &Path, config: &SiteConfig) -> Result<String, String> {
    let path = dist.join("index.html");
    let in_template = |e: String| format!("{}: {e}", path.display());
    let trunk_html = std::fs::read_to_string(&path)
        .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    let library = chart_library(dist)?;
    let library = Linked {
        href: config.href(&format!("/{}", library.href)),
        integrity: library.integrity,
    };
    let html = template::add_chart_library(&trunk_html, &library).map_err(in_template)?;
    let html = template::replace_start_script(&html).map_err(in_template)?;
    let html = template::add_csp_meta(&html).map_err(in_template)?;
    let html = template::add_register_script(&html, &super::offline::register_tag())
        .map_err(in_template)?;
    template::inline_icon(&html, |href| {
        let file = dist.join(href.rsplit('/').next().unwrap_or(href));
        std::fs::read_to_string(&file)
            .map_err(|e| format!("{}: cannot read the icon: {e}", file.display()))
    })
    .map_err(in_template)
}

/// The chart library's hashed file name and integrity, from scripts/build-echarts.mjs.
fn chart_library(dist: &Path) -> Result<Linked, String> {
    let path = dist.join("vendor/echarts.json");
    let text = std::fs::read_to_string(&path).map_err(|e| {
        format!(
            "{}: cannot read (run scripts/build-echarts.mjs first): {e}",
            path.display()
        )
    })?;
    let manifest: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let field = |name: &str| {
        manifest[name]
            .as_str()
            .map(String::from)
            .ok_or_else(|| format!("{}: no `{name}`", path.display()))
    };
    Ok(Linked {
        href: field("file")?,
        integrity: field("integrity")?,
    })
}

/// Every page in both languages, the root and the 404; pages that read and navigate as
/// plain HTML (no component called `site::needs_app`) ship without the app.
fn write_pages(
    dist: &Path,
    dataset: &'static Dataset,
    template: &str,
    config: &SiteConfig,
    facts: &BuildFacts,
) -> Result<usize, String> {
    let mut outputs: Vec<(String, PathBuf)> = Vec::new();
    for lang in Lang::ALL {
        for page in crate::build::shell::all_pages(dataset) {
            let path = page.path(lang);
            let file = in_dist(dist, &path).join("index.html");
            outputs.push((path, file));
        }
    }
    outputs.push(("/404/".to_string(), dist.join("404.html")));
    outputs.push(("/".to_string(), dist.join("index.html")));
    for (path, file) in &outputs {
        let document = render_page(dataset, path, template, config, facts)
            .map_err(|e| format!("{}: {e}", file.display()))?;
        write_file(file, document)?;
    }
    Ok(outputs.len())
}

/// One path as the document the build writes: with the app when a component needs it,
/// otherwise without.
fn render_page(
    dataset: &'static Dataset,
    path: &str,
    template: &str,
    config: &SiteConfig,
    facts: &BuildFacts,
) -> Result<String, String> {
    let page = render_with(dataset, path, template, config, facts).map_err(|e| e.to_string())?;
    if page.needs_app {
        Ok(page.document)
    } else {
        without_app(&page.document)
    }
}

/// `datapackage.json` (Frictionless Data Package): every download with its size, SHA-256
/// and media type, the data release and the licence.
pub fn datapackage(dataset: &Dataset, config: &SiteConfig) -> String {
    use sha2::{Digest, Sha256};
    let resources: Vec<serde_json::Value> = DOWNLOADS
        .iter()
        .map(|d| {
            let bytes = (d.build)(dataset);
            let name = d.path.rsplit('/').next().unwrap_or(d.path);
            let (format, mediatype) = match name.rsplit('.').next() {
                Some("csv") => ("csv", "text/csv"),
                _ => ("json", "application/json"),
            };
            let hash: String = Sha256::digest(bytes.as_bytes())
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            serde_json::json!({
                "name": name.replace('.', "-"),
                "path": name,
                "title": d.title.en,
                "description": d.description.en,
                "format": format,
                "mediatype": mediatype,
                "encoding": "utf-8",
                "bytes": bytes.len(),
                "hash": format!("sha256:{hash}"),
            })
        })
        .collect();
    let license = crate::build::export::license_record(dataset);
    let package = serde_json::json!({
        "profile": "data-package",
        "name": "gangwon-national-innovation-cluster",
        "title": crate::i18n::SITE_NAME.en,
        "homepage": config.url(&crate::route::Page::Section(crate::route::Section::Press).path(Lang::En)),
        "version": dataset.current_version(),
        "information_as_of": dataset.information_as_of.to_string(),
        "licenses": [{ "name": license.id, "title": license.title, "path": license.url }],
        "attribution": license.attribution,
        "resources": resources,
    });
    serde_json::to_string_pretty(&package).unwrap_or_default()
}

/// Each language's search index, fetched by the search page.
fn write_search_indexes(dist: &Path, dataset: &Dataset) -> Result<(), String> {
    for lang in Lang::ALL {
        let index = crate::build::search_documents::index(dataset, lang);
        let json = serde_json::to_string(&index).map_err(|e| e.to_string())?;
        write_file(&in_dist(dist, &crate::paths::search_index(lang)), json)?;
    }
    Ok(())
}

/// The map's projected geometry, and the boundaries as received; fails on a site that is
/// not where the seeds say.
fn write_map_data(dist: &Path, dataset: &Dataset) -> Result<(), String> {
    let list = |problems: Vec<Problem>| {
        let lines: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
        format!("the map data is broken:\n{}", lines.join("\n"))
    };
    let boundaries = Boundaries::parse(&dataset.boundaries).map_err(list)?;
    let problems = boundaries.check_sites(dataset);
    if !problems.is_empty() {
        return Err(list(problems));
    }
    let geometry = boundaries
        .map_geometry(dataset)
        .map_err(|p| list(vec![p]))?;
    let json = serde_json::to_string(&geometry).map_err(|e| e.to_string())?;
    write_file(&in_dist(dist, crate::paths::MAP_GEOMETRY), json)?;
    write_file(
        &in_dist(dist, crate::paths::MAP_TEASER),
        crate::build::map::teaser_svg(&geometry, &dataset.sites),
    )?;
    write_file(
        &in_dist(dist, crate::paths::MAP_BOUNDARIES),
        &dataset.boundaries,
    )
}

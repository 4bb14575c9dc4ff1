//! Run by trunk after each build (see Trunk.toml): checks the seed data, writes the
//! published data files into `data/`, and writes every route of the site as a static HTML
//! page, so a plain static host serves each path and readers without JavaScript get the
//! content. Fails the build on broken data, naming the file, the entry, the field and why.

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use gwnic::chart::{self, ChartId, ChartState, chart_data};
use gwnic::components::chart_figure::ECHARTS_META;
use gwnic::export::DOWNLOADS;
use gwnic::map::boundaries::{BOUNDARIES, Boundaries};
use gwnic::lang::Lang;
use gwnic::map;
use gwnic::model;
use gwnic::render::{needs_app, render_into};
use gwnic::security::{START_META, START_SCRIPT};
use gwnic::site::SiteConfig;

/// Where `scripts/serve` serves the site; set SITE_URL for a real host.
const DEFAULT_ORIGIN: &str = "http://127.0.0.1:8080";
use gwnic::route::Page;

fn main() -> ExitCode {
    let Some(dist) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: build-site <dist-dir>");
        return ExitCode::FAILURE;
    };
    match build(&dist) {
        Ok(count) => {
            println!(
                "build-site: wrote {count} pages and data files into {}",
                dist.display()
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("build-site: {message}");
            ExitCode::FAILURE
        }
    }
}

fn build(dist: &Path) -> Result<usize, String> {
    let dataset = model::bundled().map_err(|e| format!("the seed data is broken:\n{e}"))?;
    for download in &DOWNLOADS {
        write_file(&dist.join(download.path), (download.build)(dataset))?;
    }

    write_map_data(dist, dataset)?;

    for lang in Lang::ALL {
        for id in ChartId::ALL {
            let chart =
                chart_data(dataset, id, lang, ChartState::default()).map_err(|e| e.to_string())?;
            for (path, text) in [
                (chart::csv_path(id, lang), chart.csv()),
                (chart::option_path(id, lang), chart.option_json(false, true)),
            ] {
                write_file(&dist.join(path.trim_start_matches('/')), text)?;
            }
            // What the page shows until ECharts draws: the chart without its title (the
            // page's heading says it), drawn by scripts/render-charts.mjs at each width.
            let display = chart.option_json(false, false);
            for (width, _) in chart::DISPLAY_SIZES {
                let path = chart::display_option_path(id, lang, width);
                write_file(&dist.join(path.trim_start_matches('/')), &display)?;
            }
        }
    }

    let template_path = dist.join("index.html");
    let template = std::fs::read_to_string(&template_path)
        .map_err(|e| format!("{}: cannot read: {e}", template_path.display()))?;
    // trunk passes `--public-url` as TRUNK_PUBLIC_URL; SITE_URL is the origin it is served from.
    let base = std::env::var("TRUNK_PUBLIC_URL").unwrap_or_default();
    let origin = std::env::var("SITE_URL").unwrap_or_else(|_| DEFAULT_ORIGIN.to_string());
    let config = SiteConfig::new(&origin, &base);
    // The chart library's hashed file name, from scripts/build-echarts.mjs, for the pages.
    let manifest_path = dist.join("vendor/echarts.json");
    let manifest: serde_json::Value = std::fs::read_to_string(&manifest_path)
        .map_err(|e| {
            format!(
                "{}: cannot read (run scripts/build-echarts.mjs first): {e}",
                manifest_path.display()
            )
        })
        .and_then(|text| {
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", manifest_path.display()))
        })?;
    let echarts_file = manifest["file"]
        .as_str()
        .ok_or_else(|| format!("{}: no `file`", manifest_path.display()))?;
    let echarts_integrity = manifest["integrity"]
        .as_str()
        .ok_or_else(|| format!("{}: no `integrity`", manifest_path.display()))?;
    let template = template.replacen(
        "</head>",
        &format!(
            r#"<meta name="{ECHARTS_META}" content="{}" data-integrity="{echarts_integrity}"></head>"#,
            config.href(&format!("/{echarts_file}"))
        ),
        1,
    );
    let template =
        replace_start_script(&template).map_err(|e| format!("{}: {e}", template_path.display()))?;
    let template =
        add_csp_meta(&template).map_err(|e| format!("{}: {e}", template_path.display()))?;
    let template =
        inline_icon(&template, dist).map_err(|e| format!("{}: {e}", template_path.display()))?;

    // (path rendered, file written): every page in both languages, the root, and the 404.
    let mut outputs: Vec<(String, PathBuf)> = Vec::new();
    for lang in Lang::ALL {
        for page in Page::all() {
            let path = page.path(lang);
            outputs.push((
                path.clone(),
                dist.join(path.trim_start_matches('/')).join("index.html"),
            ));
        }
    }
    outputs.push(("/404/".to_string(), dist.join("404.html")));
    outputs.push(("/".to_string(), dist.join("index.html")));

    for (path, file) in &outputs {
        let page = render_into(path, &template, &config)
            .map_err(|e| format!("{}: {e}", template_path.display()))?;
        // Pages that read and navigate as plain HTML (`render::needs_app`) ship with no script.
        let document = if needs_app(&page.body) {
            page.document
        } else {
            without_app(&page.document).map_err(|e| format!("{}: {e}", file.display()))?
        };
        write_file(file, document)?;
    }
    write_file(&dist.join("sitemap.xml"), sitemap_xml(&config))?;
    let robots_txt = format!(
        "User-agent: *\nAllow: /\nSitemap: {}\n",
        config.url("/sitemap.xml")
    );
    write_file(&dist.join("robots.txt"), robots_txt)?;

    Ok(outputs.len() + DOWNLOADS.len() + 2)
}

/// Replaces trunk's start-up (an inline module importing the bindings, a modulepreload of
/// them and a preload of the wasm, all fetched while the page is still painting) with
/// `security::START_SCRIPT`, which fetches nothing until the page has loaded and painted,
/// and a `<meta>` naming what it fetches, with the integrity hashes trunk computed.
fn replace_start_script(template: &str) -> Result<String, String> {
    let (template, wasm) = cut_link(template, "<link as=fetch", ".wasm")?;
    let (template, bindings) = cut_link(&template, "rel=modulepreload", ".js")?;
    let open = ["<script type=module>", r#"<script type="module">"#]
        .into_iter()
        .find_map(|tag| template.find(tag).map(|at| (at, tag.len())))
        .ok_or("no inline start-up script (<script type=module>) to replace")?;
    let body_start = open.0 + open.1;
    let body_len = template[body_start..]
        .find("</script>")
        .ok_or("the start-up script is not closed")?;
    let trunk_code = &template[body_start..body_start + body_len];
    for expected in [
        format!("from '{}'", bindings.href),
        format!("module_or_path: '{}'", wasm.href),
    ] {
        if !trunk_code.contains(&expected) {
            return Err(format!(
                "trunk's start-up script no longer has `{expected}`: check the replacement"
            ));
        }
    }
    let start = format!(
        r#"<meta name="{START_META}" content="{}" data-integrity="{}" data-wasm="{}" data-wasm-integrity="{}"><script type="module">{START_SCRIPT}</script>"#,
        bindings.href, bindings.integrity, wasm.href, wasm.integrity
    );
    let rest = &template[body_start + body_len + "</script>".len()..];
    let out = format!("{}{start}{rest}", &template[..open.0]);
    if out.matches("<script").count() != 1 {
        return Err("another script besides the start-up script: the policy allows only it".into());
    }
    Ok(out)
}

/// A `<link>` trunk wrote: what it points to, with the integrity hash.
struct LinkTarget {
    href: String,
    integrity: String,
}

/// Removes the `<link>` holding `marker` from `template`, returning its target, which must
/// end with `extension` and carry an integrity hash.
fn cut_link(template: &str, marker: &str, extension: &str) -> Result<(String, LinkTarget), String> {
    let (range, link) = find_link(template, marker)?;
    match (attr(link, "href"), attr(link, "integrity")) {
        (Some(href), Some(integrity)) if href.ends_with(extension) => Ok((
            format!("{}{}", &template[..range.start], &template[range.end..]),
            LinkTarget { href, integrity },
        )),
        _ => Err(format!("no {extension} href or no integrity in {link}")),
    }
}

/// The `<link>` holding `marker`: where it is in `template`, and its text.
fn find_link<'a>(template: &'a str, marker: &str) -> Result<(Range<usize>, &'a str), String> {
    let at = template
        .find(marker)
        .ok_or_else(|| format!("no <link> with {marker} in the template"))?;
    let start = template[..=at]
        .rfind('<')
        .filter(|&start| template[start..].starts_with("<link"))
        .ok_or_else(|| format!("{marker} is not in a <link>"))?;
    let end = at
        + template[at..]
            .find('>')
            .ok_or_else(|| format!("unclosed <link> with {marker}"))?
        + 1;
    Ok((start..end, &template[start..end]))
}

/// An attribute's value in a tag, quoted or not (trunk's minifier drops the quotes).
fn attr(tag: &str, name: &str) -> Option<String> {
    tag.split([' ', '>'])
        .find_map(|a| a.strip_prefix(&format!("{name}=")))
        .map(|v| v.trim_matches('"').to_string())
}

/// A page without what starts the app: the start-up script, the `<meta>` naming what it
/// fetches, and the chart library's address.
fn without_app(document: &str) -> Result<String, String> {
    let tag_around = |html: &str, marker: &str, open: &str, close: &str| {
        let at = html.find(marker)?;
        let start = html[..at].rfind(open)?;
        let end = at + html[at..].find(close)? + close.len();
        Some(format!("{}{}", &html[..start], &html[end..]))
    };
    let mut out = document.to_string();
    for (what, marker, open, close) in [
        ("start-up script", START_SCRIPT, "<script", "</script>"),
        ("start-up meta", START_META, "<meta", ">"),
        ("chart library address", ECHARTS_META, "<meta", ">"),
    ] {
        out = tag_around(&out, marker, open, close)
            .ok_or_else(|| format!("no {what} ({marker}) to leave out of pages without the app"))?;
    }
    match ["<script", "modulepreload", ".wasm"]
        .iter()
        .find(|m| out.contains(*m))
    {
        Some(left) => Err(format!("pages without the app would still hold {left}")),
        None => Ok(out),
    }
}

/// Writes the site icon (a few hundred bytes) into the page as a `data:` URL: one request
/// less before the first paint. (trunk's link also carries `integrity`, which HTML does not
/// allow on an icon.)
fn inline_icon(template: &str, dist: &Path) -> Result<String, String> {
    let (range, link) = find_link(template, "rel=icon")
        .or_else(|_| find_link(template, r#"rel="icon""#))
        .map_err(|_| "no icon link (rel=icon) in the template")?;
    let href = attr(link, "href")
        .filter(|href| href.ends_with(".svg"))
        .ok_or_else(|| format!("the icon link has no .svg href: {link}"))?;
    let name = href.rsplit('/').next().unwrap_or(&href);
    let file = dist.join(name);
    let svg = std::fs::read_to_string(&file)
        .map_err(|e| format!("{}: cannot read the icon: {e}", file.display()))?;
    let mut data = String::from("data:image/svg+xml,");
    for c in svg.trim().chars() {
        match c {
            '"' => data.push('\''),
            '%' => data.push_str("%25"),
            '#' => data.push_str("%23"),
            '<' => data.push_str("%3C"),
            '>' => data.push_str("%3E"),
            '\n' | '\r' => data.push(' '),
            c => data.push(c),
        }
    }
    Ok(format!(
        r#"{}<link rel="icon" href="{data}">{}"#,
        &template[..range.start],
        &template[range.end..]
    ))
}

/// The policy as a `<meta>`, before anything it governs (hosts also send it as a header).
fn add_csp_meta(template: &str) -> Result<String, String> {
    let charset = template
        .find("<meta charset")
        .ok_or("no <meta charset> to put the policy after")?;
    let end = charset
        + template[charset..]
            .find('>')
            .ok_or("unclosed <meta charset>")?
        + 1;
    Ok(format!(
        r#"{}<meta http-equiv="Content-Security-Policy" content="{}">{}"#,
        &template[..end],
        gwnic::security::csp_meta(),
        &template[end..]
    ))
}

/// Writes `text` to `file`, creating its folder; the error names the file.
fn write_file(file: &Path, text: impl AsRef<[u8]>) -> Result<(), String> {
    if let Some(parent) = file.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    std::fs::write(file, text).map_err(|e| format!("{}: cannot write: {e}", file.display()))
}

/// The map's projected geometry, and the boundaries as received; fails on a site that is
/// not where the seeds say.
fn write_map_data(dist: &Path, dataset: &model::Dataset) -> Result<(), String> {
    let list = |problems: Vec<model::Problem>| {
        let lines: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
        format!("the map data is broken:\n{}", lines.join("\n"))
    };
    let boundaries = Boundaries::parse(BOUNDARIES).map_err(list)?;
    let problems = boundaries.check_sites(dataset);
    if !problems.is_empty() {
        return Err(list(problems));
    }
    let geometry = boundaries
        .map_geometry(dataset)
        .map_err(|p| list(vec![p]))?;
    let json = serde_json::to_string(&geometry).map_err(|e| e.to_string())?;
    for (path, text) in [
        (map::GEOMETRY_PATH, json.as_str()),
        (map::BOUNDARIES_PATH, BOUNDARIES),
    ] {
        write_file(&dist.join(path.trim_start_matches('/')), text)?;
    }
    Ok(())
}

/// Every page in both languages, each with its language alternates.
fn sitemap_xml(config: &SiteConfig) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for page in Page::all() {
        for lang in Lang::ALL {
            xml.push_str(&format!(
                "  <url>\n    <loc>{}</loc>\n",
                config.url(&page.path(lang))
            ));
            for alternate in Lang::ALL {
                xml.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                    alternate.code(),
                    config.url(&page.path(alternate))
                ));
            }
            xml.push_str("  </url>\n");
        }
    }
    xml.push_str("</urlset>\n");
    xml
}

//! Run by trunk after each build (see Trunk.toml): checks the seed data, writes the
//! published data files into `data/`, and writes every route of the site as a static HTML
//! page, so a plain static host serves each path and readers without JavaScript get the
//! content. Fails the build on broken data, naming the file, the entry, the field and why.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use gwnic::chart::{self, ChartId, ChartState, chart_data};
use gwnic::components::chart_figure::ECHARTS_META;
use gwnic::export::DOWNLOADS;
use gwnic::geo::{BOUNDARIES, Boundaries};
use gwnic::lang::Lang;
use gwnic::map;
use gwnic::model;
use gwnic::render::{needs_app, render_into};
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
    let template = externalise_start_script(&template, dist, &config)
        .map_err(|e| format!("{}: {e}", template_path.display()))?;
    let template =
        add_csp_meta(&template).map_err(|e| format!("{}: {e}", template_path.display()))?;
    let template = without_icon_integrity(&template);
    // Pages that read and navigate as plain HTML (`render::needs_app`) ship with no script.
    let static_template =
        without_app(&template).map_err(|e| format!("{}: {e}", template_path.display()))?;

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
        let render = |template: &str| {
            render_into(path, template, &config)
                .map_err(|e| format!("{}: {e}", template_path.display()))
        };
        let page = render(&template)?;
        let page = if needs_app(&page.body) {
            page
        } else {
            render(&static_template)?
        };
        write_file(file, page.document)?;
    }
    write_file(&dist.join("sitemap.xml"), sitemap_xml(&config))?;
    let robots_txt = format!(
        "User-agent: *\nAllow: /\nSitemap: {}\n",
        config.url("/sitemap.xml")
    );
    write_file(&dist.join("robots.txt"), robots_txt)?;

    Ok(outputs.len() + DOWNLOADS.len() + 2)
}

/// Moves trunk's inline start-up script into a file with a content hash and an integrity
/// attribute, so the Content-Security-Policy needs no `'unsafe-inline'` or hashes.
fn externalise_start_script(
    template: &str,
    dist: &Path,
    config: &SiteConfig,
) -> Result<String, String> {
    use base64::Engine;
    use sha2::{Digest, Sha256, Sha384};

    let template = fetch_wasm_after_first_paint(template)?;
    let template = template.as_str();
    let open = ["<script type=module>", r#"<script type="module">"#]
        .into_iter()
        .find_map(|tag| template.find(tag).map(|at| (at, tag.len())))
        .ok_or("no inline start-up script (<script type=module>) to move into a file")?;
    let body_start = open.0 + open.1;
    let body_len = template[body_start..]
        .find("</script>")
        .ok_or("the start-up script is not closed")?;
    // Start the download only after the prerendered page has painted, so that on a slow
    // connection the wasm never competes with the first paint.
    let code = format!(
        "await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));\n{}",
        &template[body_start..body_start + body_len]
    );
    let code = code.as_str();
    let hex: String = Sha256::digest(code.as_bytes())
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect();
    let file = format!("boot-{hex}.js");
    std::fs::write(dist.join(&file), code).map_err(|e| format!("{file}: cannot write: {e}"))?;
    let integrity =
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(code.as_bytes()));
    let tag = format!(
        r#"<script type="module" src="{}" integrity="sha384-{integrity}" crossorigin></script>"#,
        config.href(&format!("/{file}"))
    );
    let rest = &template[body_start + body_len + "</script>".len()..];
    let out = format!("{}{tag}{rest}", &template[..open.0]);
    if out.contains("<script>")
        || out.contains("<script type=module>")
        || out.contains(r#"<script type="module">"#)
    {
        return Err("more than one inline script: each would need its own file".to_string());
    }
    Ok(out)
}

/// trunk preloads the wasm from `<head>`: on a slow connection that download competes with
/// the stylesheet and delays the first paint of the prerendered page. Drop the preload and
/// have the start-up script fetch the wasm itself, with the preload's integrity hash.
fn fetch_wasm_after_first_paint(template: &str) -> Result<String, String> {
    let link_start = template
        .find("<link as=fetch")
        .ok_or("no wasm preload link (<link as=fetch ...>) in the template")?;
    let link_end = link_start
        + template[link_start..]
            .find('>')
            .ok_or("unclosed wasm preload link")?
        + 1;
    let link = &template[link_start..link_end];
    let attr = |name: &str| {
        link.split([' ', '>'])
            .find_map(|a| a.strip_prefix(&format!("{name}=")))
            .map(|v| v.trim_matches('"').to_string())
    };
    let (href, integrity) = match (attr("href"), attr("integrity")) {
        (Some(h), Some(i)) if h.ends_with(".wasm") => (h, i),
        _ => {
            return Err(format!(
                "the wasm preload link has no href or integrity: {link}"
            ));
        }
    };
    let call = format!("module_or_path: '{href}'");
    if !template.contains(&call) {
        return Err(format!(
            "the start-up script does not load {href} as expected"
        ));
    }
    let template = format!("{}{}", &template[..link_start], &template[link_end..]);
    Ok(template.replace(
        &call,
        &format!("module_or_path: fetch('{href}', {{ integrity: '{integrity}' }})"),
    ))
}

/// The template without what starts the app: the start-up script, the preload of its
/// bindings and the chart library's address.
fn without_app(template: &str) -> Result<String, String> {
    let tag_around = |html: &str, marker: &str, open: &str, close: &str| {
        let at = html.find(marker)?;
        let start = html[..at].rfind(open)?;
        let end = at + html[at..].find(close)? + close.len();
        Some(format!("{}{}", &html[..start], &html[end..]))
    };
    let mut out = template.to_string();
    for (what, marker, open, close) in [
        ("start-up script", "/boot-", "<script", "</script>"),
        ("bindings preload", "rel=modulepreload", "<link", ">"),
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

/// trunk puts `integrity` on the icon link too, where HTML does not allow it (browsers
/// ignore it there): drop it.
fn without_icon_integrity(template: &str) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find("<link ") {
        let end = start + rest[start..].find('>').unwrap_or(rest.len() - start);
        let tag = &rest[start..end];
        out.push_str(&rest[..start]);
        if tag.contains("rel=icon") || tag.contains(r#"rel="icon""#) {
            let kept: Vec<&str> = tag
                .split(' ')
                .filter(|a| !a.starts_with("integrity="))
                .collect();
            out.push_str(&kept.join(" "));
        } else {
            out.push_str(tag);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
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

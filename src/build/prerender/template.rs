//! What the build does to trunk's `index.html` before any page is rendered into it, and
//! to a rendered page that needs no app. Each step parses the HTML (`lol_html`), so it
//! works the same on trunk's plain and minified output, and fails naming what it missed.

use std::cell::{Cell, RefCell};

use lol_html::html_content::ContentType;
use lol_html::{RewriteStrSettings, element, rewrite_str, text};

use crate::islands::chart::ECHARTS_META;
use crate::security::{FAILED_ATTR, START_META, START_SCRIPT, csp_meta};

/// A file trunk links with its integrity hash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Linked {
    pub href: String,
    pub integrity: String,
}

type Handlers<'h> = Vec<(
    std::borrow::Cow<'h, lol_html::Selector>,
    lol_html::ElementContentHandlers<'h>,
)>;

fn rewrite(html: &str, handlers: Handlers<'_>) -> Result<String, String> {
    rewrite_str(
        html,
        RewriteStrSettings {
            element_content_handlers: handlers,
            ..RewriteStrSettings::new()
        },
    )
    .map_err(|e| format!("cannot rewrite the page: {e}"))
}

/// Inserts `html` right after `<meta charset>`, the first thing in the head.
fn after_charset(template: &str, html: &str, what: &str) -> Result<String, String> {
    let found = Cell::new(false);
    let out = rewrite(
        template,
        vec![element!("meta[charset]", |el| {
            el.after(html, ContentType::Html);
            found.set(true);
            Ok(())
        })],
    )?;
    if found.get() {
        Ok(out)
    } else {
        Err(format!("no <meta charset> to put the {what} after"))
    }
}

/// The Content-Security-Policy as a `<meta>`, before anything it governs (hosts also send
/// it as a header).
pub fn add_csp_meta(template: &str) -> Result<String, String> {
    let meta = format!(
        r#"<meta http-equiv="Content-Security-Policy" content="{}">"#,
        csp_meta()
    );
    after_charset(template, &meta, "policy")
}

/// Records the chart library's address and integrity for the pages that draw charts.
pub fn add_chart_library(template: &str, library: &Linked) -> Result<String, String> {
    let meta = format!(
        r#"<meta name="{ECHARTS_META}" content="{}" data-integrity="{}">"#,
        library.href, library.integrity
    );
    after_charset(template, &meta, "chart library's address")
}

/// trunk's start-up: the module preload of the JS bindings, the preload of the wasm and
/// the inline script that imports one and instantiates the other.
#[derive(Debug, Default)]
struct TrunkStart {
    bindings: Option<Linked>,
    wasm: Option<Linked>,
    script: String,
}

fn linked(el: &lol_html::html_content::Element<'_, '_>) -> Option<Linked> {
    Some(Linked {
        href: el.get_attribute("href")?,
        integrity: el.get_attribute("integrity")?,
    })
}

fn read_trunk_start(template: &str) -> Result<TrunkStart, String> {
    let start = RefCell::new(TrunkStart::default());
    rewrite(
        template,
        vec![
            element!("link[rel=modulepreload]", |el| {
                start.borrow_mut().bindings = linked(el).filter(|l| l.href.ends_with(".js"));
                Ok(())
            }),
            element!("link[rel=preload]", |el| {
                if let Some(l) = linked(el).filter(|l| l.href.ends_with(".wasm")) {
                    start.borrow_mut().wasm = Some(l);
                }
                Ok(())
            }),
            text!("script[type=module]", |t| {
                start.borrow_mut().script.push_str(t.as_str());
                Ok(())
            }),
        ],
    )?;
    Ok(start.into_inner())
}

/// Replaces trunk's start-up (a module preload, a wasm preload and an inline module that
/// fetches both while the page is still painting) with `security::START_SCRIPT`, which
/// fetches nothing until the page has loaded and painted, and a `<meta>` naming what it
/// fetches, with the integrity hashes trunk computed.
pub fn replace_start_script(template: &str) -> Result<String, String> {
    let start = read_trunk_start(template)?;
    let bindings = start
        .bindings
        .ok_or("no <link rel=modulepreload> of the .js bindings with an integrity hash")?;
    let wasm = start
        .wasm
        .ok_or("no <link rel=preload> of the .wasm with an integrity hash")?;
    if start.script.is_empty() {
        return Err("no inline start-up script (<script type=module>) to replace".into());
    }
    for expected in [
        format!("from '{}'", bindings.href),
        format!("module_or_path: '{}'", wasm.href),
    ] {
        if !start.script.contains(&expected) {
            return Err(format!(
                "trunk's start-up script no longer has `{expected}`: check the replacement"
            ));
        }
    }
    let ours = format!(
        r#"<meta name="{START_META}" content="{}" data-integrity="{}" data-wasm="{}" data-wasm-integrity="{}"><script type="module">{START_SCRIPT}</script>"#,
        bindings.href, bindings.integrity, wasm.href, wasm.integrity
    );
    let scripts = Cell::new(0);
    let out = rewrite(
        template,
        vec![
            element!("link[rel=modulepreload], link[rel=preload]", |el| {
                el.remove();
                Ok(())
            }),
            element!("script", |el| {
                scripts.set(scripts.get() + 1);
                if el.get_attribute("type").as_deref() == Some("module") {
                    el.replace(&ours, ContentType::Html);
                }
                Ok(())
            }),
        ],
    )?;
    if scripts.get() != 1 {
        return Err("another script besides the start-up script: the policy allows only it".into());
    }
    Ok(out)
}

/// Writes the site icon (a few hundred bytes of SVG, read by `read`) into the page as a
/// `data:` URL: one request less before the first paint. (trunk's link also carries
/// `integrity`, which HTML does not allow on an icon.)
pub fn inline_icon(
    template: &str,
    read: impl Fn(&str) -> Result<String, String>,
) -> Result<String, String> {
    let result = RefCell::new(Err("no icon link (rel=icon) in the template".to_string()));
    let out = rewrite(
        template,
        vec![element!("link[rel=icon]", |el| {
            let href = el.get_attribute("href").unwrap_or_default();
            let svg = if href.ends_with(".svg") {
                read(&href)
            } else {
                Err(format!("the icon link has no .svg href: {href:?}"))
            };
            *result.borrow_mut() = svg.map(|svg| {
                el.replace(
                    &format!(r#"<link rel="icon" href="{}">"#, svg_data_url(&svg)),
                    ContentType::Html,
                );
            });
            Ok(())
        })],
    )?;
    result.into_inner().map(|()| out)
}

/// An SVG as a `data:` URL that needs no base64: quotes swapped, the URL's own characters
/// escaped.
fn svg_data_url(svg: &str) -> String {
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
    data
}

/// A page without what starts the app: the start-up script, the `<meta>` naming what it
/// fetches, the chart library's address, and the notice that the app could not start. It
/// keeps the service worker's registration.
pub fn without_app(document: &str) -> Result<String, String> {
    let removed = RefCell::new(Vec::new());
    let selectors = [
        (
            "start-up script",
            format!("script:not([{}])", super::offline::REGISTER_ATTRIBUTE),
        ),
        ("start-up meta", format!(r#"meta[name="{START_META}"]"#)),
        (
            "notice that the app could not start",
            format!("[{FAILED_ATTR}]"),
        ),
        (
            "chart library address",
            format!(r#"meta[name="{ECHARTS_META}"]"#),
        ),
    ];
    let handlers = selectors
        .iter()
        .map(|(what, selector)| {
            let removed = &removed;
            element!(selector, move |el| {
                el.remove();
                removed.borrow_mut().push(*what);
                Ok(())
            })
        })
        .collect();
    let out = rewrite(document, handlers)?;
    let removed = removed.into_inner();
    if let Some((what, selector)) = selectors.iter().find(|(w, _)| !removed.contains(w)) {
        return Err(format!(
            "no {what} ({selector}) to leave out of pages without the app"
        ));
    }
    // What is left of scripts is the service worker's registration, nothing else.
    let registration = format!("<script {}>", super::offline::REGISTER_ATTRIBUTE);
    let other_script = out.matches("<script").count() > out.matches(&registration).count();
    match ["modulepreload", ".wasm"]
        .iter()
        .find(|m| out.contains(*m))
        .or(other_script.then_some(&"<script"))
    {
        Some(left) => Err(format!("pages without the app would still hold {left}")),
        None => Ok(out),
    }
}

/// Adds `tag` (the service worker's registration script) right after the policy, so the
/// policy covers it. (The minifier leaves out the optional `<head>` tags.)
pub fn add_register_script(template: &str, tag: &str) -> Result<String, String> {
    let found = Cell::new(false);
    let out = rewrite(
        template,
        vec![element!(
            r#"meta[http-equiv="Content-Security-Policy"]"#,
            |el| {
                el.after(tag, ContentType::Html);
                found.set(true);
                Ok(())
            }
        )],
    )?;
    if !found.get() {
        return Err("no policy <meta> to put the service worker's registration after".into());
    }
    Ok(out)
}

/// The address of the stylesheet trunk linked (`<link rel=stylesheet href>`).
pub fn stylesheet_href(template: &str) -> Result<String, String> {
    let href = RefCell::new(None);
    rewrite(
        template,
        vec![element!("link[rel=stylesheet][href]", |el| {
            href.borrow_mut()
                .get_or_insert(el.get_attribute("href").unwrap_or_default());
            Ok(())
        })],
    )?;
    href.into_inner()
        .ok_or_else(|| "the page template links no stylesheet".to_string())
}

/// What the print stylesheet hides on the home page, left out of the fact sheet so that it
/// reads on screen as it prints (style/site.css, `@media print`).
const NOT_IN_FACT_SHEET: &str = ".gw-skip-link, .gw-nav, .gw-lang, .gw-header-search, .gw-paths, \
     .gw-home-pair, .gw-home > .gw-section:not(.gw-home-print), .gw-lead__more, .gw-footer nav";

/// A home page as one self-contained file for the press kit: the site's stylesheet inlined
/// (`css`), no script, no policy that would refuse the inlined style, nothing the printed
/// page leaves out, and every site link made absolute for `origin` so it works offline
/// and from a mail attachment.
pub fn fact_sheet(document: &str, css: &str, origin: &str) -> Result<String, String> {
    let styled = Cell::new(false);
    let absolute = |el: &mut lol_html::html_content::Element<'_, '_>, name: &str| {
        if let Some(value) = el.get_attribute(name)
            && value.starts_with('/')
            && !value.starts_with("//")
        {
            el.set_attribute(name, &format!("{origin}{value}"))?;
        }
        Ok::<(), Box<dyn std::error::Error + Send + Sync>>(())
    };
    let style = format!("<style>{}</style>", css.replace("</", "<\\/"));
    let out = rewrite(
        document,
        vec![
            element!(
                "script, meta[http-equiv], link[rel=preload], link[rel=modulepreload]",
                |el| {
                    el.remove();
                    Ok(())
                }
            ),
            element!("link[rel=stylesheet]", |el| {
                el.replace(&style, ContentType::Html);
                styled.set(true);
                Ok(())
            }),
            element!(NOT_IN_FACT_SHEET, |el| {
                el.remove();
                Ok(())
            }),
            element!("a[href], link[href]", |el| absolute(el, "href")),
            element!("img[src]", |el| absolute(el, "src")),
        ],
    )?;
    if !styled.get() {
        return Err("the page links no stylesheet to inline into the fact sheet".into());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// trunk 0.21.14's `index.html` from a release build (minified: unquoted attributes,
    /// the start-up script before the preloads), captured with `GW_CAPTURE_TEMPLATE`.
    const MINIFIED: &str = include_str!("fixtures/trunk-index.min.html");
    /// The same page as a debug build writes it (quoted attributes, the preloads in the
    /// head and the script at the end of the body), from trunk 0.21.14's output templates.
    const PLAIN: &str = include_str!("fixtures/trunk-index.html");

    fn icon(_: &str) -> Result<String, String> {
        Ok(r##"<svg xmlns="http://www.w3.org/2000/svg"><rect fill="#0b5c8a"/></svg>"##.into())
    }

    fn prepared(trunk: &str) -> String {
        let library = Linked {
            href: "/vendor/echarts-0123.js".into(),
            integrity: "sha384-EC".into(),
        };
        let html = add_chart_library(trunk, &library).expect("chart library");
        let html = replace_start_script(&html).expect("start script");
        let html = add_csp_meta(&html).expect("policy");
        let html = add_register_script(&html, &super::super::offline::register_tag())
            .expect("registration");
        inline_icon(&html, icon).expect("icon")
    }

    #[test]
    fn trunks_start_up_is_replaced_by_ours_with_the_same_files_and_hashes() {
        for (trunk, bindings, wasm) in [
            (
                MINIFIED,
                "/gwnic-cc71db244368b25f.js",
                "/gwnic-cc71db244368b25f_bg.wasm",
            ),
            (
                PLAIN,
                "/gwnic-1a2b3c4d5e6f7081.js",
                "/gwnic-1a2b3c4d5e6f7081_bg.wasm",
            ),
        ] {
            let html = prepared(trunk);
            // Ours and the offline worker's registration, both inline.
            assert_eq!(html.matches("<script").count(), 2, "{html}");
            assert_eq!(
                html.matches("<script type=\"module\">").count(),
                1,
                "{html}"
            );
            assert!(html.contains(START_SCRIPT));
            let outside_script = html.replace(START_SCRIPT, "");
            assert!(!outside_script.contains("modulepreload"), "{html}");
            assert!(!outside_script.contains("preload"), "{html}");
            assert!(!html.contains("import init"), "trunk's script is gone");
            assert!(html.contains(&format!(r#"content="{bindings}""#)), "{html}");
            assert!(html.contains(&format!(r#"data-wasm="{wasm}""#)), "{html}");
            assert!(html.contains(r#"data-integrity="sha384-"#));
            // The policy comes before anything it governs.
            let policy = html.find("Content-Security-Policy").expect("policy meta");
            assert!(policy < html.find(START_META).expect("start meta"));
            assert!(html.contains(r#"<meta name="gw-echarts" content="/vendor/echarts-0123.js""#));
            assert!(html.contains(r#"<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'%3E%3Crect fill='%230b5c8a'/%3E%3C/svg%3E">"#), "{html}");
            // The rest of the page is left as trunk wrote it.
            assert!(html.contains("site-") && html.contains("gw-app"));
        }
    }

    #[test]
    fn a_template_trunk_changed_is_refused_naming_what_is_missing() {
        let no_wasm = MINIFIED.replace("rel=preload", "rel=prefetch");
        let err = replace_start_script(&no_wasm).unwrap_err();
        assert!(err.contains(".wasm"), "{err}");
        let other_wasm = MINIFIED.replace("module_or_path: '/gwnic", "module_or_path: '/other");
        let err = replace_start_script(&other_wasm).unwrap_err();
        assert!(err.contains("no longer has"), "{err}");
        let two_scripts = MINIFIED.replace("<body>", "<body><script src=/x.js></script>");
        let err = replace_start_script(&two_scripts).unwrap_err();
        assert!(err.contains("another script"), "{err}");
        let err = add_csp_meta("<html><head></head></html>").unwrap_err();
        assert!(err.contains("meta charset"), "{err}");
        let err = inline_icon(&MINIFIED.replace("rel=icon", "rel=stylesheet"), icon).unwrap_err();
        assert!(err.contains("rel=icon"), "{err}");
        let err = inline_icon(MINIFIED, |_| Err("cannot read".into())).unwrap_err();
        assert_eq!(err, "cannot read");
    }

    #[test]
    fn the_fact_sheet_stands_alone() {
        let page = prepared(MINIFIED).replace(
            "<div id=gw-app></div>",
            r#"<div id=gw-app><nav class="gw-nav"><a href="/en/map/">Map</a></nav><h1>Hi</h1><a href="/data/figures.csv">CSV</a><a href="https://example.org/">out</a></div>"#,
        );
        let page = page.replace(
            "<head>",
            r#"<head><link rel="stylesheet" href="/site-1.css">"#,
        );
        let sheet = fact_sheet(&page, "body{color:red}", "https://site.example").expect("sheet");
        assert!(!sheet.contains("<script") && !sheet.contains("Content-Security-Policy"));
        assert!(sheet.contains("<style>body{color:red}</style>") && !sheet.contains("site-1.css"));
        assert!(!sheet.contains("gw-nav"), "the navigation is left out");
        assert!(sheet.contains(r#"href="https://site.example/data/figures.csv""#));
        assert!(sheet.contains(r#"href="https://example.org/""#));
        let err = fact_sheet("<html><body></body></html>", "", "").unwrap_err();
        assert!(err.contains("stylesheet"), "{err}");
    }

    #[test]
    fn a_plain_page_keeps_everything_but_what_starts_the_app() {
        for trunk in [MINIFIED, PLAIN] {
            let app = r#"<p data-gw-failed="" hidden>No app</p><h1>Hi</h1></div>"#;
            let page = prepared(trunk)
                .replace("<div id=gw-app></div>", &format!("<div id=gw-app>{app}"))
                .replace(
                    r#"<div id="gw-app"></div>"#,
                    &format!(r#"<div id="gw-app">{app}"#),
                );
            let plain = without_app(&page).expect("plain page");
            assert!(!plain.contains("No app"), "the notice goes with the app");
            // The one script left registers the offline worker, after the policy.
            assert_eq!(plain.matches("<script").count(), 1, "{plain}");
            let registration = plain
                .find("<script data-gw-offline>")
                .expect("registration kept");
            assert!(plain.find("Content-Security-Policy").expect("policy") < registration);
            assert!(!plain.contains(START_META) && !plain.contains("type=\"module\""));
            assert!(!plain.contains(ECHARTS_META));
            assert!(plain.contains("Content-Security-Policy") && plain.contains("rel=\"icon\""));
            assert!(plain.contains("gw-app"));
            // Applied twice, it says what is already gone.
            let err = without_app(&plain).unwrap_err();
            assert!(err.contains("no start-up script"), "{err}");
        }
    }
}

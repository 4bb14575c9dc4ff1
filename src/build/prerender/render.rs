//! Renders a site path to HTML: the page shell around the page the path resolves to, so
//! tests can read what a page says and the build writes every route as a static page
//! that reads without JavaScript.

use futures::StreamExt;
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;

use crate::build::export::BuildFacts;
use crate::build::model::Dataset;
use crate::site::{BASE_META, NeedsApp, SiteConfig};

/// The element the app mounts into; the build fills it with the prerendered page.
pub const MOUNT_ELEMENT: &str = r#"<div id="gw-app"></div>"#;
/// The same element as trunk's HTML minifier writes it.
const MOUNT_ELEMENT_MINIFIED: &str = "<div id=gw-app></div>";

/// A bare document for rendering without trunk's `index.html`.
const BARE_TEMPLATE: &str = r#"<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><div id="gw-app"></div></body></html>"#;

#[derive(Debug, thiserror::Error)]
pub enum TemplateError {
    #[error("the page template has no {0}")]
    Missing(&'static str),
}

/// A page rendered to HTML.
#[derive(Clone, Debug)]
pub struct RenderedPage {
    /// The complete document: `<html lang>`, the page's `<title>` and meta tags, the body.
    pub document: String,
    /// Only what the app renders into its mount element.
    pub body: String,
    /// Whether a component on the page needs the app running (`site::needs_app`).
    pub needs_app: bool,
}

/// Renders site path `path` into a bare document, for a site at the root of an unknown
/// origin.
pub fn render(dataset: &'static Dataset, path: &str) -> RenderedPage {
    render_into(dataset, path, BARE_TEMPLATE, &SiteConfig::default())
        .expect("the bare template has a head and a mount element")
}

/// Renders site path `path` into `template`, an HTML document (trunk's `index.html`) that
/// holds `MOUNT_ELEMENT` and `</head>`, for a site served as `config` says. Any `<title>` in
/// the template is replaced by the page's; the base path is recorded for the browser.
pub fn render_into(
    dataset: &'static Dataset,
    path: &str,
    template: &str,
    config: &SiteConfig,
) -> Result<RenderedPage, TemplateError> {
    render_with(dataset, path, template, config, &BuildFacts::default())
}

/// As [`render_into`], with what only the build knows (`BuildFacts`) given to the pages.
pub fn render_with(
    dataset: &'static Dataset,
    path: &str,
    template: &str,
    config: &SiteConfig,
    facts: &BuildFacts,
) -> Result<RenderedPage, TemplateError> {
    let template = normalized(template)?.replacen(
        "</head>",
        &format!(
            r#"<meta name="{BASE_META}" content="{}/"></head>"#,
            config.base,
        ),
        1,
    );
    let config = config.clone();
    let facts = facts.clone();
    let path = path.split(['?', '#']).next().unwrap_or_default();

    // leptos_meta spawns tasks, so a global executor must exist first; a second
    // initialisation only returns an error, which is fine to ignore.
    let _ = any_spawner::Executor::init_futures_executor();
    let owner = Owner::new();
    Ok(owner.with(|| {
        provide_context(config.clone());
        provide_context(facts.clone());
        let needs_app = NeedsApp::default();
        provide_context(needs_app.clone());
        let (meta, meta_output) = ServerMetaContext::new();
        provide_context(meta);
        // Leptos marks view boundaries with `<!>`, which HTML parses as an error (an
        // abruptly closed empty comment); the app replaces the markup anyway, so write a
        // proper empty comment.
        let body = crate::build::shell::document(dataset, path, &config)
            .to_html()
            .replace("<!>", "<!---->");
        let shell = template.replace(MOUNT_ELEMENT, &format!(r#"<div id="gw-app">{body}</div>"#));
        let document = futures::executor::block_on(async move {
            meta_output
                .inject_meta_context(futures::stream::once(async move { shell }).boxed())
                .await
                .collect::<String>()
                .await
        });
        RenderedPage {
            document,
            body,
            needs_app: needs_app.get(),
        }
    }))
}

/// The template with a quoted mount element, an `<html>` tag for `lang` to go on (the
/// minifier omits it as optional) and no `<title>` (the page brings its own).
fn normalized(template: &str) -> Result<String, TemplateError> {
    let mut template = template.replace(MOUNT_ELEMENT_MINIFIED, MOUNT_ELEMENT);
    if !template.contains(MOUNT_ELEMENT) {
        return Err(TemplateError::Missing(
            "the mount element <div id=\"gw-app\"></div>",
        ));
    }
    if !template.contains("</head>") {
        return Err(TemplateError::Missing("</head>"));
    }
    if !template.contains("<html") {
        let after_doctype = match template.get(..9) {
            Some(start) if start.eq_ignore_ascii_case("<!doctype") => {
                template.find('>').map_or(0, |i| i + 1)
            }
            _ => 0,
        };
        template.insert_str(after_doctype, "<html>");
    }
    if let (Some(start), Some(end)) = (template.find("<title>"), template.find("</title>"))
        && start < end
    {
        template.replace_range(start..end + "</title>".len(), "");
    }
    Ok(template)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dataset() -> &'static Dataset {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        Box::leak(Box::new(Dataset::load(root).expect("the seeds validate")))
    }

    #[test]
    fn a_minified_template_gets_the_page_language_title_and_body() {
        let minified = "<!doctype html><meta charset=utf-8><title>old</title></head><body><div id=gw-app></div></body></html>";
        let page = render_into(dataset(), "/en/map/", minified, &SiteConfig::default())
            .expect("template is usable");
        assert!(
            page.document
                .starts_with("<!doctype html><html lang=\"en\">"),
            "{}",
            page.document
        );
        assert!(!page.document.contains("<title>old</title>"));
        assert!(
            page.document
                .contains("<title>Map | Gangwon National Innovation Cluster</title>")
        );
        assert!(
            page.document
                .contains(&format!(r#"<div id="gw-app">{}</div>"#, page.body))
        );
    }

    #[test]
    fn a_template_without_a_mount_element_is_refused_with_the_reason() {
        let err = render_into(
            dataset(),
            "/en/",
            "<html><head></head><body></body></html>",
            &SiteConfig::default(),
        )
        .unwrap_err();
        assert!(err.to_string().contains("gw-app"), "{err}");
    }
}

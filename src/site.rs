//! Where the site is served: its origin (for canonical and share URLs) and the path prefix
//! it lives under (`--public-url`, e.g. `/gwnic` for a GitHub Pages project site). Every
//! internal link and data URL goes through `href`, so the whole site moves with the base.

use leptos::prelude::use_context;

/// The name of the `<meta>` element in which the build records the base path.
pub const BASE_META: &str = "gw-base";

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SiteConfig {
    /// `https://example.org`, without a trailing slash; empty when unknown.
    pub origin: String,
    /// `""` at the root, or `/sub` (leading slash, no trailing slash).
    pub base: String,
}

impl SiteConfig {
    pub fn new(origin: &str, base: &str) -> SiteConfig {
        let base = base.trim().trim_matches('/');
        SiteConfig {
            origin: origin.trim().trim_end_matches('/').to_string(),
            base: if base.is_empty() {
                String::new()
            } else {
                format!("/{base}")
            },
        }
    }

    /// A site path (`/en/map/`) as a link under the base (`/sub/en/map/`).
    pub fn href(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// A site path as an absolute URL, for canonical links, sitemaps and share cards.
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.origin, self.href(path))
    }

    /// The site path of a URL path, or `None` when it lies outside the base.
    pub fn site_path<'a>(&self, path: &'a str) -> Option<&'a str> {
        if self.base.is_empty() {
            return Some(path);
        }
        match path.strip_prefix(self.base.as_str()) {
            Some("") => Some("/"),
            Some(rest) if rest.starts_with('/') => Some(rest),
            _ => None,
        }
    }
}

/// The site configuration the app was started with (the default: at the root).
pub fn use_site() -> SiteConfig {
    use_context::<SiteConfig>().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_and_urls_follow_the_base() {
        let root = SiteConfig::new("https://example.org/", "/");
        assert_eq!(root.href("/en/"), "/en/");
        assert_eq!(root.url("/en/map/"), "https://example.org/en/map/");
        let sub = SiteConfig::new("https://example.github.io", "/gwnic/");
        assert_eq!(sub.href("/ko/"), "/gwnic/ko/");
        assert_eq!(
            sub.url("/data/figures.csv"),
            "https://example.github.io/gwnic/data/figures.csv"
        );
    }

    #[test]
    fn paths_outside_the_base_are_not_the_sites() {
        let sub = SiteConfig::new("", "gwnic");
        assert_eq!(sub.site_path("/gwnic/en/"), Some("/en/"));
        assert_eq!(sub.site_path("/gwnic"), Some("/"));
        assert_eq!(sub.site_path("/gwnicx/en/"), None);
        assert_eq!(sub.site_path("/en/"), None);
        assert_eq!(SiteConfig::default().site_path("/en/"), Some("/en/"));
    }
}

/// Set while a page renders natively when it shows something that works only with the
/// app running: a control, a live chart, the language redirect, the 404 page. A page that
/// never sets it reads and navigates as plain HTML, so the build ships it without the app.
#[derive(Clone, Debug, Default)]
pub struct NeedsApp(std::sync::Arc<std::sync::atomic::AtomicBool>);

impl NeedsApp {
    pub fn get(&self) -> bool {
        self.0.load(std::sync::atomic::Ordering::Relaxed)
    }
}

/// Called by every component that renders a control or a live element. In the browser,
/// where no one asks, it does nothing.
pub fn needs_app() {
    if let Some(flag) = use_context::<NeedsApp>() {
        flag.0.store(true, std::sync::atomic::Ordering::Relaxed);
    }
}

//! The files that describe the site to crawlers: `sitemap.xml` and `robots.txt`.

use crate::build::model::Dataset;
use crate::lang::Lang;
use crate::site::SiteConfig;

/// Every indexed page in both languages, each with its language alternates.
pub fn sitemap_xml(dataset: &Dataset, config: &SiteConfig) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for page in crate::build::shell::all_pages(dataset)
        .into_iter()
        .filter(|p| p.indexed())
    {
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

pub fn robots_txt(config: &SiteConfig) -> String {
    format!(
        "User-agent: *\nAllow: /\nSitemap: {}\n",
        config.url("/sitemap.xml")
    )
}

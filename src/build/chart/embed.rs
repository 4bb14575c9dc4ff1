//! The snippets a reader copies to put a chart on another site: an `<iframe>` of the
//! embed view, and a `<figure>` with the build's SVG for pages without JavaScript. Every
//! value is escaped for the attribute or text it lands in. Pure.

use super::ChartData;
use crate::build::format::escape_html;
use crate::i18n;

/// The embed view's height, and the width oEmbed states for it (the iframe itself fills
/// its column).
pub const EMBED_HEIGHT: u32 = 640;
pub const OEMBED_WIDTH: u32 = 800;

/// `<iframe src="…" title="…">` of the chart's embed view.
pub fn iframe(chart: &ChartData, embed_url: &str) -> String {
    format!(
        r#"<iframe src="{}" title="{}" width="100%" height="{EMBED_HEIGHT}" loading="lazy" style="border:0"></iframe>"#,
        escape_html(embed_url),
        escape_html(&chart.title)
    )
}

/// The oEmbed 1.0 response (type `rich`) for a chart's embed view: the same iframe a reader
/// copies, so a CMS given the chart's URL embeds it.
pub fn oembed(chart: &ChartData, embed_url: &str, provider_url: &str) -> serde_json::Value {
    serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "title": chart.title,
        "provider_name": i18n::SITE_NAME.get(chart.lang),
        "provider_url": provider_url,
        "html": iframe(chart, embed_url),
        "width": OEMBED_WIDTH,
        "height": EMBED_HEIGHT,
        "cache_age": 3600,
    })
}

/// `<figure>` with the chart's SVG, its summary as the image's text, and its source.
pub fn figure(chart: &ChartData, svg_url: &str, page_url: &str) -> String {
    let lang = chart.lang;
    format!(
        r#"<figure><img src="{}" alt="{}" width="800" height="480"><figcaption>{} ({}). {}{}: {}. <a href="{}">{}</a></figcaption></figure>"#,
        escape_html(svg_url),
        escape_html(&chart.summary()),
        escape_html(&chart.title),
        escape_html(&chart.period),
        chart
            .warnings
            .iter()
            .map(|w| format!("{} ", escape_html(w)))
            .collect::<String>(),
        i18n::FIELD_SOURCE.get(lang),
        escape_html(&chart.source_line()),
        escape_html(page_url),
        i18n::SITE_NAME.get(lang)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_any_value_is_escaped_as_text() {
        assert_eq!(
            escape_html(r#"<b>"R&D" 'x'</b>"#),
            "&lt;b&gt;&quot;R&amp;D&quot; &#39;x&#39;&lt;/b&gt;"
        );
        assert_eq!(escape_html("원주 2018–2021"), "원주 2018–2021");
    }
}

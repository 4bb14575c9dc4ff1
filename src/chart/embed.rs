//! The snippets a reader copies to put a chart on another site: an `<iframe>` of the
//! embed view, and a `<figure>` with the build's SVG for pages without JavaScript. Every
//! value is escaped for the attribute or text it lands in. Pure.

use super::ChartData;
use crate::i18n;

/// Escapes text for HTML content and for double- or single-quoted attributes.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// `<iframe src="…" title="…">` of the chart's embed view.
pub fn iframe(chart: &ChartData, embed_url: &str) -> String {
    format!(
        r#"<iframe src="{}" title="{}" width="100%" height="640" loading="lazy" style="border:0"></iframe>"#,
        escape_html(embed_url),
        escape_html(&chart.title)
    )
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

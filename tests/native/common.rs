//! Helpers shared by the native tests that read rendered HTML.

/// Decodes the entities Leptos writes when it escapes text and attributes.
pub fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

//! The filter's parts as pages write them: the choices (links or boxes), the count, the
//! notices and the items' tokens, each marked with the attribute `islands::filter` names.
//! The contract is document-wide: the filter island reads every marked element of the
//! page, so a page holds one filter, and these are the only writers of its attributes.

use leptos::prelude::*;
use leptos::tachys::html::attribute::Attribute;
use leptos::tachys::html::attribute::custom::custom_attribute;

use crate::islands::filter::{CHOICE_ATTR, COUNT_ATTR, EMPTY_ATTR, FACETS_ATTR, IGNORED_ATTR};

/// On an item of the list: its `key:value` tokens (`islands::filter::tokens`).
pub fn item(tokens: String) -> impl Attribute {
    custom_attribute(FACETS_ATTR, tokens)
}

/// One facet's links: "all" (no value) first, then each value; as the build writes them
/// each is alone in the query, and the island keeps the other choices in them and marks
/// the current one.
pub fn links(
    key: &'static str,
    label: String,
    heading: Option<String>,
    all: String,
    values: impl IntoIterator<Item = (String, String)>,
) -> AnyView {
    let links = std::iter::once((None, all))
        .chain(values.into_iter().map(|(v, l)| (Some(v), l)))
        .map(|(value, text)| {
            let href = value
                .as_deref()
                .map_or_else(|| "?".to_string(), |v| format!("?{key}={v}"));
            let current = value.is_none().then_some("true");
            let choice = custom_attribute(
                CHOICE_ATTR,
                format!("{key}={}", value.unwrap_or_default()),
            );
            view! { <li><a href=href data-noscroll="" class="gw-filter__link" aria-current={current} {..choice}>{text}</a></li> }
        })
        .collect_view();
    view! {
        <nav class="gw-filter" aria-label=label>
            {heading.map(|h| view! { <p class="gw-filter__label">{h}</p> })}
            <ul class="gw-filter__list">{links}</ul>
        </nav>
    }
    .into_any()
}

/// A box that adds `value` to the choice of `key` (a facet of several values).
pub fn check_box(key: &'static str, value: &'static str, label: String) -> impl IntoView {
    let choice = custom_attribute(CHOICE_ATTR, format!("{key}={value}"));
    view! {
        <label class="gw-check">
            <input type="checkbox" name=key value={value} {..choice}/>
            <span>{label}</span>
        </label>
    }
}

/// How many items show: the build's text counts them all; the island rewrites it.
pub fn count(text: String) -> impl IntoView {
    let marked = custom_attribute(COUNT_ATTR, "");
    view! { <span role="status" {..marked}>{text}</span> }
}

/// Shown when the query holds values that name nothing (the island fills in the value).
pub fn ignored(text: Option<String>) -> impl IntoView {
    let marked = custom_attribute(IGNORED_ATTR, "");
    view! { <p class="gw-notice" role="status" hidden {..marked}>{text}</p> }
}

/// Shown when nothing matches.
pub fn empty(class: &'static str, text: String) -> impl IntoView {
    let marked = custom_attribute(EMPTY_ATTR, "");
    view! { <p class=class hidden {..marked}>{text}</p> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_part_carries_its_attribute() {
        let html = Owner::new().with(|| {
            view! {
                <div>
                    {links("role", "Role".into(), None, "All".into(), [("anchor".to_string(), "Anchor".to_string())])}
                    {check_box("need", "rnd", "R&D".into())}
                    {count("2 of 2".into())}
                    {ignored(None)}
                    {empty("gw-muted", "None".into())}
                    <li {..item("role:anchor site:x".into())}>"A"</li>
                </div>
            }
            .to_html()
        });
        for wanted in [
            format!(r#"href="?" data-noscroll="" aria-current="true" {CHOICE_ATTR}="role=""#),
            format!(r#"href="?role=anchor" data-noscroll="" {CHOICE_ATTR}="role=anchor""#),
            format!(r#"name="need" value="rnd" {CHOICE_ATTR}="need=rnd""#),
            format!(r#"<span role="status" {COUNT_ATTR}="">2 of 2<"#),
            format!(r#"hidden {IGNORED_ATTR}="""#),
            format!(r#"hidden {EMPTY_ATTR}="" class="gw-muted">None<"#),
            format!(r#"{FACETS_ATTR}="role:anchor site:x""#),
        ] {
            assert!(html.contains(&wanted), "{wanted}\nin\n{html}");
        }
    }
}

//! `/`: sends the visitor to the language of their browser, with links for both.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_location, use_navigate};

use crate::i18n;
use crate::lang::Lang;
use crate::route::Page;
use crate::site::use_site;

#[component]
pub fn LanguageChoice() -> impl IntoView {
    crate::site::needs_app();
    let site = use_site();
    let navigate = use_navigate();
    let search = use_location().search;
    // Browser-only work belongs in an effect, so this page also renders natively.
    Effect::new(move |_| {
        let lang = Lang::from_preferences(browser_languages().iter().map(String::as_str));
        let query = search.get_untracked();
        // The router adds the base path to navigation targets itself.
        let target = Page::home().path(lang);
        let target = if query.is_empty() {
            target
        } else {
            format!("{target}?{query}")
        };
        navigate(
            &target,
            NavigateOptions {
                replace: true,
                ..Default::default()
            },
        );
    });
    view! {
        <div class="gw-page gw-language-choice" data-gw-app="">
            <h1>
                {i18n::ROOT_HEADING.ko} " / " <span lang="en">{i18n::ROOT_HEADING.en}</span>
            </h1>
            <p>{i18n::ROOT_BODY.ko}</p>
            <p lang="en">{i18n::ROOT_BODY.en}</p>
            <ul class="gw-choice">
                {Lang::ALL.map(|l| view! {
                    <li><a href=site.href(&Page::home().path(l)) hreflang=l.code() lang=l.code()>{l.native_name()}</a></li>
                })}
            </ul>
        </div>
    }
}

/// `navigator.languages`, most preferred first (falls back to `navigator.language`).
fn browser_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let list: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}

//! The root's redirect and the not-found page, made live.

use leptos::prelude::*;

use super::query;
use crate::i18n;
use crate::islands::Island;
use crate::islands::pages::{NotFoundIsland, RedirectIsland, not_found};
use crate::lang::Lang;
use crate::route::Page;
use crate::site::use_site;

impl super::Live for RedirectIsland {
    /// Sends the visitor to the home page in the language their browser prefers, keeping
    /// the query.
    fn live(self) -> AnyView {
        let site = use_site();
        let lang = Lang::from_preferences(browser_languages().iter().map(String::as_str));
        let query = query::current().get_untracked();
        let target = site.href(&Page::home().path(lang));
        let target = if query.is_empty() {
            target
        } else {
            format!("{target}?{query}")
        };
        let _ = window().location().replace(&target);
        self.render()
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

impl super::Live for NotFoundIsland {
    /// Names the path the server answered with this page, in that path's language.
    fn live(self) -> AnyView {
        let site = use_site();
        let pathname = window().location().pathname().unwrap_or_default();
        let lang = site
            .site_path(&pathname)
            .and_then(|p| p.split('/').find(|s| !s.is_empty()))
            .and_then(Lang::from_code);
        if let Some(lang) = lang {
            // The page was written in both languages; now it is in one.
            if let Some(html) = document().document_element() {
                let _ = html.set_attribute("lang", lang.code());
            }
            document().set_title(&format!(
                "{} | {}",
                i18n::NOT_FOUND_TITLE.get(lang),
                i18n::SITE_NAME.get(lang)
            ));
        }
        not_found(lang, pathname).into_any()
    }
}

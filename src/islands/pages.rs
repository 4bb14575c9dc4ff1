//! The islands of two pages that only make sense in the browser: the root, which sends a
//! visitor to their language, and the not-found page, which names the path asked for.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::i18n::{self, Text};
use crate::lang::Lang;
use crate::route::Page;
use crate::site::use_site;

/// `/`: sends the visitor to the home page in the language their browser prefers, keeping
/// the query. The page around it links both languages for everyone else.
#[derive(Serialize, Deserialize)]
pub struct RedirectIsland {}

impl super::Island for RedirectIsland {
    const NAME: &'static str = "language-redirect";

    fn render(self) -> AnyView {
        let site = use_site();
        // Browser-only work belongs in an effect, so the island also renders natively.
        Effect::new(move |_| {
            let lang = Lang::from_preferences(browser_languages().iter().map(String::as_str));
            let query = super::query::current().get_untracked();
            let target = site.href(&Page::home().path(lang));
            let target = if query.is_empty() {
                target
            } else {
                format!("{target}?{query}")
            };
            let _ = window().location().replace(&target);
        });
        ().into_any()
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

/// What a path that names no page shows: in the path's language when it has one, else in
/// both. The build writes it for its own path (`/404/`); in the browser it names the path
/// the server answered with this page.
#[derive(Serialize, Deserialize)]
pub struct NotFoundIsland {
    pub lang: Option<Lang>,
    pub path: String,
}

impl super::Island for NotFoundIsland {
    const NAME: &'static str = "not-found";

    fn render(self) -> AnyView {
        #[cfg(feature = "csr")]
        let NotFoundIsland { lang, path } = {
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
            let _ = self;
            NotFoundIsland {
                lang,
                path: pathname,
            }
        };
        #[cfg(not(feature = "csr"))]
        let NotFoundIsland { lang, path } = self;
        not_found(lang, path).into_any()
    }
}

fn not_found(lang: Option<Lang>, path: String) -> impl IntoView {
    let site = use_site();
    let langs: Vec<Lang> = match lang {
        Some(lang) => vec![lang],
        None => Lang::ALL.to_vec(),
    };
    let heading = match lang {
        Some(lang) => i18n::NOT_FOUND_TITLE.get(lang).to_string(),
        None => i18n::NOT_FOUND_TITLE.both(" / "),
    };
    let line = move |text: Text, l: Lang| view! { <p lang=l.code()>{text.get(l)}</p> };
    view! {
        <div class="gw-page gw-not-found" data-gw-app="">
            <h1>{heading}</h1>
            {langs.iter().map(|&l| line(i18n::NOT_FOUND_BODY, l)).collect_view()}
            <p class="gw-muted">
                {match lang {
                    Some(l) => i18n::NOT_FOUND_PATH.get(l).to_string(),
                    None => i18n::NOT_FOUND_PATH.both(" / "),
                }}
                ": " <code>{path}</code>
            </p>
            <ul class="gw-link-list">
                {langs
                    .iter()
                    .map(|&l| view! {
                        <li lang=l.code()><a href=site.href(&Page::home().path(l))>{i18n::HOME_LINK.get(l)}</a></li>
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}

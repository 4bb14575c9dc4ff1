//! The islands of two pages that only make sense in the browser: the root, which sends a
//! visitor to their language, and the not-found page, which names the path asked for
//! (`browser::pages` is their live half).

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

    /// Nothing: the browser's half (`browser::pages`) sends the visitor on.
    fn render(self) -> AnyView {
        ().into_any()
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
        not_found(self.lang, self.path).into_any()
    }
}

/// The page's text in `lang` (in both languages for none), naming `path`.
pub fn not_found(lang: Option<Lang>, path: String) -> impl IntoView {
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

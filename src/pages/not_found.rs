//! Any path that names no page. In the path's language when it has one, else in both.

use leptos::prelude::*;

use crate::i18n::{self, Text};
use crate::lang::Lang;
use crate::route::Page;
use crate::site::use_site;

#[component]
pub fn NotFound(lang: Option<Lang>, path: String) -> impl IntoView {
    crate::site::needs_app();
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

//! A section whose content is not built yet: says so, in the page's language.

use leptos::prelude::*;

use crate::i18n;
use crate::lang::Lang;
use crate::route::{Page, Section};
use crate::site::use_site;

#[component]
pub fn Coming(lang: Lang, section: Section) -> impl IntoView {
    let site = use_site();
    view! {
        <div class="gw-page">
            <h1>{section.title().get(lang)}</h1>
            <p class="gw-lede">{section.description().get(lang)}</p>
            <div class="gw-notice" role="status">
                <h2>{i18n::COMING_HEADING.get(lang)}</h2>
                <p>{i18n::COMING_BODY.get(lang)}</p>
                <p><a href=site.href(&Page::home().path(lang))>{i18n::HOME_LINK.get(lang)}</a></p>
            </div>
        </div>
    }
}

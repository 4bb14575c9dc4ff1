//! `/{lang}/offline/`: what the service worker answers with, offline, for a page this
//! device has not saved. Links to what works offline.

use leptos::prelude::*;

use crate::i18n;
use crate::lang::Lang;
use crate::route::Page;
use crate::site::use_site;

#[component]
pub fn Offline(lang: Lang) -> impl IntoView {
    let site = use_site();
    view! {
        <div class="gw-page gw-offline">
            <h1>{i18n::PAGE_OFFLINE.get(lang)}</h1>
            <p class="gw-lede">{i18n::OFFLINE_BODY.get(lang)}</p>
            <ul class="gw-link-list">
                <li><a href=site.href(&Page::home().path(lang))>{i18n::HOME_LINK.get(lang)}</a></li>
                <li><a href=site.href(&Page::Search.path(lang))>{i18n::PAGE_SEARCH.get(lang)}</a></li>
            </ul>
        </div>
    }
}

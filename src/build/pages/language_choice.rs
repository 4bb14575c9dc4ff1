//! `/`: sends the visitor to the language of their browser, with links for both.

use leptos::prelude::*;

use crate::i18n;
use crate::lang::Lang;
use crate::route::Page;
use crate::site::use_site;

#[component]
pub fn LanguageChoice() -> impl IntoView {
    let site = use_site();
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
            {crate::build::components::island::island(crate::islands::pages::RedirectIsland {})}
        </div>
    }
}

//! `/{lang}/`: what the cluster is, and its headline figures.

use leptos::prelude::*;

use crate::i18n;
use crate::lang::Lang;
use crate::route::Section;

#[component]
pub fn Overview(lang: Lang) -> impl IntoView {
    view! {
        <div class="gw-page">
            <p class="gw-eyebrow">{i18n::SITE_NAME.get(lang)}</p>
            <h1>{Section::Overview.title().get(lang)}</h1>
            <p class="gw-lede">{i18n::SITE_TAGLINE.get(lang)}</p>
            <p>{Section::Overview.description().get(lang)}</p>
        </div>
    }
}

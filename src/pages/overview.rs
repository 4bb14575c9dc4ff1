//! `/{lang}/`: what the cluster is, and its headline figures with their sources.

use leptos::prelude::*;

use crate::components::figure::FigureCard;
use crate::i18n::{self, Named};
use crate::lang::Lang;
use crate::model::{Dataset, Group};
use crate::route::{Page, Section};
use crate::site::use_site;

#[component]
pub fn Overview(dataset: &'static Dataset, lang: Lang) -> impl IntoView {
    let site = use_site();
    let cards = move |group: Group| {
        dataset
            .headline_figures()
            .filter(move |f| f.group == group)
            .map(move |figure| view! { <FigureCard dataset=dataset figure=figure lang=lang/> })
            .collect_view()
    };
    view! {
        <div class="gw-page">
            <p class="gw-eyebrow">{i18n::SITE_NAME.get(lang)}</p>
            <h1>{Section::Overview.title().get(lang)}</h1>
            <p class="gw-lede">{i18n::SITE_TAGLINE.get(lang)}</p>
            <super::NewestSource dataset=dataset section=Section::Overview lang=lang/>
            <p>{i18n::OVERVIEW_INTRO.get(lang)}</p>

            <h2>{Section::WhyWonju.title().get(lang)}</h2>
            <p>{i18n::OVERVIEW_WHY_NOTE.get(lang)}</p>
            <div class="gw-cards">{cards(Group::Industry)}{cards(Group::Location)}</div>
            <p class="gw-more">
                <a href=site.href(&Page::Section(Section::WhyWonju).path(lang))>{i18n::OVERVIEW_WHY_MORE.get(lang)}</a>
            </p>

            <h2>{Group::Phase1.name().get(lang)}</h2>
            <p>{i18n::OVERVIEW_PHASE1_NOTE.get(lang)}</p>
            <div class="gw-cards">{cards(Group::Phase1)}</div>

            <h2>{Group::Evaluation2023_24.name().get(lang)}</h2>
            <p>{i18n::OVERVIEW_LATER_NOTE.get(lang)}</p>
            <div class="gw-cards">{cards(Group::Evaluation2023_24)}</div>

            <p class="gw-more">
                <a href=site.href(&Page::Section(Section::Press).path(lang))>{i18n::OVERVIEW_ALL_FIGURES.get(lang)}</a>
            </p>
        </div>
    }
}

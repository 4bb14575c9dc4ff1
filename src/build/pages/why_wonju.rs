//! `/{lang}/why-wonju/`: why a firm would locate in Wonju, as dated and sourced cards by
//! theme, with the key figures first and the next steps last.

use leptos::prelude::*;

use crate::build::components::figure::{FigureCard, SourceLinks};
use crate::build::format;
use crate::build::model::{Cite, Dataset, Group, Theme, WonjuFact};
use crate::i18n::{self, Named};
use crate::lang::Lang;
use crate::route::{Page, Section};
use crate::site::use_site;

/// What the page cites: every card's sources.
pub fn cites(dataset: &Dataset) -> Vec<&Cite> {
    dataset.wonju.iter().flat_map(|f| &f.sources).collect()
}

#[component]
pub fn WhyWonju(dataset: &'static Dataset, lang: Lang) -> impl IntoView {
    let site = use_site();
    let key_figures = dataset
        .headline_figures()
        .filter(|f| matches!(f.group, Group::Industry | Group::Location))
        .map(|figure| view! { <FigureCard dataset=dataset figure=figure lang=lang/> })
        .collect_view();
    let themes = Theme::ALL
        .into_iter()
        .map(|theme| {
            let cards = dataset
                .wonju
                .iter()
                .filter(|f| f.theme == theme)
                .map(|fact| view! { <FactCard dataset=dataset fact=fact lang=lang/> })
                .collect_view();
            let heading = format!("theme-{}", theme.code());
            let labelled_by = heading.clone();
            view! {
                <section class="gw-section" id=theme.code() aria-labelledby=labelled_by>
                    <h2 id=heading>{theme.name().get(lang)}</h2>
                    <div class="gw-why">{cards}</div>
                </section>
            }
        })
        .collect_view();
    let contents = Theme::ALL
        .into_iter()
        .map(|theme| view! { <li><a href=format!("#{}", theme.code())>{theme.name().get(lang)}</a></li> })
        .collect_view();
    let next = [
        (Section::Zones, i18n::WHY_NEXT_ZONES),
        (Section::Firms, i18n::WHY_NEXT_FIRMS),
        (Section::Programmes, i18n::WHY_NEXT_PROGRAMMES),
        (Section::Updates, i18n::WHY_NEXT_UPDATES),
    ]
    .into_iter()
    .map(|(section, text)| {
        view! { <li><a href=site.href(&Page::Section(section).path(lang))>{text.get(lang)}</a></li> }
    })
    .collect_view();
    view! {
        <div class="gw-page gw-why-page">
            <h1>{Section::WhyWonju.title().get(lang)}</h1>
            <p class="gw-lede">{Section::WhyWonju.description().get(lang)}</p>
            <super::NewestSource date=super::newest(&cites(dataset)) lang=lang/>
            <p>{i18n::WHY_INTRO.get(lang)}</p>
            <nav class="gw-why-contents" aria-label=i18n::WHY_CONTENTS.get(lang)><ul>{contents}</ul></nav>
            <section class="gw-section" aria-labelledby="key-figures">
                <h2 id="key-figures">{i18n::WHY_KEY_FIGURES.get(lang)}</h2>
                <div class="gw-cards">{key_figures}</div>
            </section>
            {themes}
            <section class="gw-section" aria-labelledby="next">
                <h2 id="next">{i18n::WHY_NEXT.get(lang)}</h2>
                <ul class="gw-why-next">{next}</ul>
            </section>
        </div>
    }
}

/// One fact: when it was reported, what it says, its figures (each linking to its page)
/// and its sources.
#[component]
fn FactCard(dataset: &'static Dataset, fact: &'static WonjuFact, lang: Lang) -> impl IntoView {
    let site = use_site();
    let figures = fact
        .figures
        .iter()
        .filter_map(|id| dataset.figure(id))
        .map(|f| {
            let disagrees = !dataset.discrepancies_for(&f.id).is_empty();
            view! {
                <li data-figure=f.id.clone()>
                    <a href=site.href(&Page::Figure(f.id.clone()).path(lang))>
                        <span class="gw-why__value">{format::figure_value(f, lang)}</span>
                        <span class="gw-why__label">{f.label.get(lang).to_string()}</span>
                    </a>
                    {disagrees.then(|| view! { <span class="gw-card__flag">{i18n::CARD_DISAGREE.get(lang)}</span> })}
                </li>
            }
        })
        .collect_view();
    let as_of = i18n::WHY_AS_OF.fill(lang, &[("date", &format::partial_date(fact.as_of, lang))]);
    view! {
        <article class="gw-why__card" id=format!("fact-{}", fact.id) data-as-of=fact.as_of.to_string()>
            <p class="gw-why__date"><time datetime=fact.as_of.to_string()>{as_of}</time></p>
            <h3>{fact.title.get(lang).to_string()}</h3>
            <p>{fact.text.get(lang).to_string()}</p>
            {(!fact.figures.is_empty()).then(|| view! { <ul class="gw-why__figures">{figures}</ul> })}
            <p class="gw-card__source">{i18n::SOURCES_LABEL.get(lang)} ": " <SourceLinks cites=&fact.sources lang=lang/></p>
        </article>
    }
}

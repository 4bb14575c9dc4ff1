//! `/{lang}/partners/`: the international MOUs, the forum, zone and centre the cluster
//! works with, the phase-2 goals and strategies, and a sourced timeline from 2018 (the same events as the updates page).

use leptos::prelude::*;

use crate::build::components::figure::SourceLinks;
use crate::build::format;
use crate::build::model::{Cite, Dataset, Partner, PartnerKind, SourcedText};
use crate::i18n::{self, Named};
use crate::lang::Lang;
use crate::route::Section;

/// What the page cites: the timeline and the partners.
pub fn cites(dataset: &Dataset) -> Vec<&Cite> {
    dataset
        .timeline
        .iter()
        .flat_map(|e| &e.sources)
        .chain(dataset.partners.iter().flat_map(|p| &p.sources))
        .collect()
}

#[component]
pub fn Partners(dataset: &'static Dataset, lang: Lang) -> impl IntoView {
    let card = move |p: &'static Partner| {
        view! {
            <article class="gw-card gw-partner" id=format!("partner-{}", p.id) data-partner=p.id.clone()>
                <p class="gw-card__meta">
                    <span class="gw-badge">{p.kind.name().get(lang)}</span>
                    {p.country.as_ref().map(|c| view! { " " {c.get(lang).to_string()} })}
                </p>
                <h3 class="gw-card__label">{p.name.get(lang).to_string()}</h3>
                <p>{p.description.get(lang).to_string()}</p>
                <p class="gw-card__source">{i18n::SOURCES_LABEL.get(lang)} ": " <SourceLinks cites=&p.sources lang=lang/></p>
            </article>
        }
    };
    let mous = dataset
        .partners
        .iter()
        .filter(|p| p.kind == PartnerKind::Mou)
        .map(card)
        .collect_view();
    let context = dataset
        .partners
        .iter()
        .filter(|p| p.kind != PartnerKind::Mou)
        .map(card)
        .collect_view();
    let sourced_list = move |items: &'static [SourcedText]| {
        items
            .iter()
            .map(|item| {
                view! {
                    <li>
                        {item.text.get(lang).to_string()}
                        " " <span class="gw-sources">"(" <SourceLinks cites=&item.sources lang=lang/> ")"</span>
                    </li>
                }
            })
            .collect_view()
    };
    let timeline = dataset
        .timeline
        .iter()
        .map(|entry| {
            let planned = entry.is_planned(dataset.information_as_of);
            view! {
                <li data-date=entry.date.to_string() data-planned=planned.then_some("")>
                    <p class="gw-timeline__date">
                        {format::partial_date(entry.date, lang)}
                        {planned.then(|| view! { " " <span class="gw-status gw-status--planned">{i18n::UPDATES_PLANNED.get(lang)}</span> })}
                    </p>
                    <p>
                        {entry.text.get(lang).to_string()}
                        " " <span class="gw-sources">"(" <SourceLinks cites=&entry.sources lang=lang/> ")"</span>
                    </p>
                </li>
            }
        })
        .collect_view();
    let partners = view! {
        <section class="gw-section" aria-labelledby="mous">
            <h2 id="mous">{i18n::PARTNERS_MOUS.get(lang)}</h2>
            <div class="gw-cards gw-cards--wide">{mous}</div>
        </section>
        <section class="gw-section" aria-labelledby="context">
            <h2 id="context">{i18n::PARTNERS_CONTEXT.get(lang)}</h2>
            <div class="gw-cards gw-cards--wide">{context}</div>
        </section>
    }
    .into_any();
    let plan = view! {
        <section class="gw-section" aria-labelledby="goals">
            <h2 id="goals">{i18n::PARTNERS_GOALS.get(lang)}</h2>
            <ul>{sourced_list(&dataset.goals)}</ul>
            <h3>{i18n::PARTNERS_STRATEGIES.get(lang)}</h3>
            <ol>{sourced_list(&dataset.strategies)}</ol>
        </section>
        <section class="gw-section" aria-labelledby="timeline">
            <h2 id="timeline">{i18n::PARTNERS_TIMELINE.get(lang)}</h2>
            <ol class="gw-timeline">{timeline}</ol>
        </section>
    }
    .into_any();
    view! {
        <div class="gw-page">
            <h1>{Section::Partners.title().get(lang)}</h1>
            <p class="gw-lede">{Section::Partners.description().get(lang)}</p>
            <super::NewestSource date=super::newest(&cites(dataset)) lang=lang/>
            <p>{i18n::PARTNERS_INTRO.get(lang)}</p>
            {partners}
            {plan}
        </div>
    }
    .into_any()
}

//! How a figure is shown: as a card, with its source line, its discrepancies and a
//! citation to copy.

use leptos::prelude::*;

use crate::build::format;
use crate::build::model::{Cite, Dataset, Discrepancy, Figure};
use crate::i18n::{self, Text};
use crate::lang::Lang;
use crate::route::Page;
use crate::site::use_site;

/// A headline figure: large value, label linking to its page, period and source.
#[component]
pub fn FigureCard(dataset: &'static Dataset, figure: &'static Figure, lang: Lang) -> impl IntoView {
    let site = use_site();
    let source = format::source_reference(&figure.source, lang);
    let disagrees = !dataset.discrepancies_for(&figure.id).is_empty();
    view! {
        <article class="gw-card">
            <p class="gw-card__value">{format::figure_value(figure, lang)}</p>
            <h3 class="gw-card__label">
                <a href=site.href(&Page::Figure(figure.id.clone()).path(lang))>{figure.label.get(lang).to_string()}</a>
            </h3>
            <p class="gw-card__meta">{format::period(figure.period, lang)}</p>
            <p class="gw-card__source">{i18n::FIELD_SOURCE.get(lang)} ": " <a href=figure.source.source.url.clone() rel="external" class="gw-source-link">{source}</a></p>
            {disagrees.then(|| view! { <p class="gw-card__flag">{i18n::CARD_DISAGREE.get(lang)}</p> })}
        </article>
    }
}

/// One disagreement between sources: each claim with its source, then our reading.
#[component]
pub fn DiscrepancyNote(discrepancy: &'static Discrepancy, lang: Lang) -> impl IntoView {
    view! {
        <section class="gw-disagree" aria-labelledby=format!("disagree-{}", discrepancy.id)>
            <h3 id=format!("disagree-{}", discrepancy.id)>{discrepancy.topic.get(lang).to_string()}</h3>
            <ul>
                {discrepancy
                    .claims
                    .iter()
                    .map(|claim| view! {
                        <li>
                            <q>{claim.says.get(lang).to_string()}</q>
                            " — "
                            <a href=claim.source.source.url.clone() rel="external">{format::source_reference(&claim.source, lang)}</a>
                        </li>
                    })
                    .collect_view()}
            </ul>
            <p><strong>{i18n::DISAGREE_OUR_READING.get(lang)} ": "</strong>{discrepancy.note.get(lang).to_string()}</p>
        </section>
    }
}

/// Each source as a link to it, with its paragraph where it is cited by one.
#[component]
pub fn SourceLinks(cites: &'static [Cite], lang: Lang) -> impl IntoView {
    cites
        .iter()
        .enumerate()
        .map(|(i, cite)| {
            view! {
                {(i > 0).then_some("; ")}
                <a href=cite.source.url.clone() rel="external" class="gw-source-link">{format::source_reference(cite, lang)}</a>
            }
        })
        .collect_view()
}

/// A citation with a copy button (an island: the button works in the browser).
#[component]
pub fn CitationBox(heading: Text, text: String, lang: Lang, text_lang: Lang) -> impl IntoView {
    crate::build::components::island::island(crate::islands::copy::CopyIsland {
        heading: heading.get(lang).to_string(),
        text,
        lang,
        text_lang,
    })
}

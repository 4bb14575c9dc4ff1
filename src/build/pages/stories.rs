//! `/{lang}/stories/` and `/{lang}/stories/{id}/`: the firms' success stories. Every
//! paragraph carries its sources; figures are cards linking to their pages, with their
//! caveats and the disagreements between sources.

use leptos::prelude::*;

use crate::build::components::figure::{DiscrepancyNote, FigureCard, SourceLinks};
use crate::build::format;
use crate::build::model::{Cite, Dataset, FigureRef, Story};
use crate::i18n;
use crate::lang::Lang;
use crate::route::{Page, Section};
use crate::site::use_site;

/// What the page cites: every story's paragraphs and sourced figures.
pub fn cites(dataset: &Dataset) -> Vec<&Cite> {
    dataset
        .stories
        .iter()
        .flat_map(|s| {
            s.paragraphs
                .iter()
                .flat_map(|p| &p.sources)
                .chain(dataset.story_figures(s).filter_map(|f| match f {
                    FigureRef::Sourced(f) => Some(&f.source),
                    FigureRef::Derived(_) => None,
                }))
        })
        .collect()
}

#[component]
pub fn StoriesIndex(dataset: &'static Dataset, lang: Lang) -> impl IntoView {
    let site = use_site();
    let cards = dataset
        .stories
        .iter()
        .map(|story| {
            let href = site.href(&Page::Story(story.id.clone()).path(lang));
            view! {
                <article class="gw-card gw-story-card" data-story=story.id.clone()>
                    <h2 class="gw-card__label"><a href=href>{story.company.get(lang).to_string()}</a></h2>
                    <p class="gw-card__meta">{story.product.get(lang).to_string()}</p>
                    <p>{story.summary.get(lang).to_string()}</p>
                </article>
            }
        })
        .collect_view();
    view! {
        <div class="gw-page">
            <h1>{Section::Stories.title().get(lang)}</h1>
            <p class="gw-lede">{Section::Stories.description().get(lang)}</p>
            <super::NewestSource date=super::newest(&cites(dataset)) lang=lang/>
            <p>{i18n::STORIES_INTRO.get(lang)}</p>
            <div class="gw-cards gw-cards--wide">{cards}</div>
        </div>
    }
    .into_any()
}

#[component]
pub fn StoryPage(dataset: &'static Dataset, id: String, lang: Lang) -> impl IntoView {
    let site = use_site();
    let Some(story) = dataset.story(&id) else {
        // `shell::resolve` only sends known ids here; this guards a stale link all the same.
        return view! { <p>{i18n::NOT_FOUND_TITLE.get(lang)}</p> }.into_any();
    };
    let paragraphs = story
        .paragraphs
        .iter()
        .map(|p| {
            view! {
                <p>
                    {p.text.get(lang).to_string()}
                    " " <span class="gw-sources">"(" {i18n::SOURCES_LABEL.get(lang)} ": " <SourceLinks cites=&p.sources lang=lang/> ")"</span>
                </p>
            }
        })
        .collect_view();
    let back = site.href(&Page::Section(Section::Stories).path(lang));
    view! {
        <article class="gw-page gw-story" data-story=story.id.clone()>
            <p class="gw-eyebrow">{Section::Stories.title().get(lang)}</p>
            <h1>{story.company.get(lang).to_string()}</h1>
            <p class="gw-lede">{story.summary.get(lang).to_string()}</p>
            <p><strong>{i18n::STORY_PRODUCT.get(lang)} ": "</strong>{story.product.get(lang).to_string()}</p>
            <div class="gw-prose">{paragraphs}</div>
            {story_figures(dataset, story, lang)}
            <p><a href=back>{i18n::STORY_ALL.get(lang)}</a></p>
        </article>
    }
    .into_any()
}

/// The story's figures as cards, then their caveats and the disagreements about them.
fn story_figures(dataset: &'static Dataset, story: &'static Story, lang: Lang) -> AnyView {
    let site = use_site();
    let cards = dataset
        .story_figures(story)
        .map(|figure| match figure {
            FigureRef::Sourced(f) => view! { <FigureCard dataset=dataset figure=f lang=lang/> }.into_any(),
            FigureRef::Derived(derived) => {
                let href = site.href(&Page::Figure(derived.id.clone()).path(lang));
                view! {
                    <article class="gw-card">
                        <p class="gw-card__value">{format::derived_value(derived, lang)}</p>
                        <h3 class="gw-card__label"><a href=href>{derived.label.get(lang).to_string()}</a></h3>
                        <p class="gw-card__meta"><span class="gw-badge">{i18n::DERIVED_BADGE.get(lang)}</span></p>
                        <p class="gw-card__source">{derived.definition.get(lang).to_string()}</p>
                    </article>
                }
                .into_any()
            }
        })
        .collect_view();
    let caveats: Vec<(String, String)> = dataset
        .story_figures(story)
        .filter_map(|f| match f {
            FigureRef::Sourced(f) => f.caveat.as_ref().map(|c| (&f.label, c)),
            FigureRef::Derived(_) => None,
        })
        .map(|(label, caveat)| (label.get(lang).to_string(), caveat.get(lang).to_string()))
        .collect();
    let discrepancies = dataset.story_discrepancies(story);
    view! {
        <section class="gw-section" aria-labelledby="story-figures">
            <h2 id="story-figures">{i18n::STORY_FIGURES.get(lang)}</h2>
            <div class="gw-cards">{cards}</div>
            {(!caveats.is_empty()).then(|| view! {
                <h3>{i18n::STORY_CAVEATS.get(lang)}</h3>
                <ul class="gw-caveats">
                    {caveats.into_iter().map(|(label, text)| view! { <li><strong>{label} ": "</strong>{text}</li> }).collect_view()}
                </ul>
            })}
        </section>
        {(!discrepancies.is_empty()).then(|| view! {
            <section class="gw-section" aria-labelledby="story-disagree">
                <h2 id="story-disagree">{i18n::STORY_DISAGREE.get(lang)}</h2>
                {discrepancies.into_iter().map(|d| view! { <DiscrepancyNote discrepancy=d lang=lang/> }).collect_view()}
            </section>
        })}
    }
    .into_any()
}

//! `/{lang}/programmes/`: every support programme the sources name, a fit-finder whose
//! choices live in the URL (the query a GET form would send), and a relocation guide that
//! ends at the promotion unit's official website. Without JavaScript every programme shows.

use leptos::prelude::*;

use crate::build::components::figure::SourceLinks;
use crate::build::components::filter;
use crate::build::finder::{self, NEED_KEY, SITUATION_KEY};
use crate::build::format;
use crate::build::model::{Cite, Dataset, Need, Programme, Situation};
use crate::i18n::{self, Named};
use crate::islands::filter::FilterIsland;
use crate::lang::Lang;
use crate::route::{Page, Section};
use crate::site::use_site;

/// What the page cites: every programme's sources.
pub fn cites(dataset: &Dataset) -> Vec<&Cite> {
    dataset.programmes.iter().flat_map(|p| &p.sources).collect()
}

#[component]
pub fn Programmes(dataset: &'static Dataset, lang: Lang) -> impl IntoView {
    // Ended programmes are listed apart, for the record; the finder offers the rest.
    let today = dataset.information_as_of;
    let (ended, current): (Vec<&'static Programme>, Vec<&'static Programme>) =
        dataset.programmes.iter().partition(|p| p.is_ended(today));
    let total = current.len().to_string();
    let count_text = i18n::FINDER_COUNT.fill(lang, &[("count", &total), ("total", &total)]);
    let need_boxes = Need::ALL
        .map(|need| filter::check_box(NEED_KEY, need.code(), need.name().get(lang).to_string()))
        .collect_view();
    let situation_boxes = Situation::ALL
        .map(|s| filter::check_box(SITUATION_KEY, s.code(), s.name().get(lang).to_string()))
        .collect_view();
    let filter = crate::build::components::island::island(FilterIsland {
        lang,
        facets: finder::facets(),
        count: i18n::FINDER_COUNT.get(lang).to_string(),
        ignored: i18n::FINDER_IGNORED.get(lang).to_string(),
    });

    let cards = current
        .into_iter()
        .map(|p| {
            view! { <li {..filter::item(finder::tokens(p))}><ProgrammeCard programme=p today=today lang=lang/></li> }
        })
        .collect_view();
    let ended_cards = ended
        .into_iter()
        .map(|p| view! { <li><ProgrammeCard programme=p today=today lang=lang/></li> })
        .collect_view();
    let ended_section = view! {
        <section class="gw-section" id="ended" aria-labelledby="ended-heading">
            <h2 id="ended-heading">{i18n::PROGRAMMES_ENDED.get(lang)}</h2>
            <p>{i18n::PROGRAMMES_ENDED_NOTE.get(lang)}</p>
            <ul class="gw-programmes gw-programmes--ended">{ended_cards}</ul>
        </section>
    }
    .into_any();

    let finder = view! {
        <section class="gw-section gw-finder" id="finder" aria-labelledby="finder-heading">
            <h2 id="finder-heading">{i18n::FINDER_HEADING.get(lang)}</h2>
            <div class="gw-finder__form">
                <fieldset>
                    <legend>{i18n::FINDER_NEEDS.get(lang)}</legend>
                    {need_boxes}
                </fieldset>
                <fieldset>
                    <legend>{i18n::FINDER_SITUATIONS.get(lang)}</legend>
                    {situation_boxes}
                </fieldset>
            </div>
            <p class="gw-finder__status">
                <strong class="gw-finder__count">{filter::count(count_text)}</strong>
                " "
                <a href="?" data-noscroll="" class="gw-finder__reset">{i18n::FINDER_RESET.get(lang)}</a>
            </p>
            {filter::ignored(Some(i18n::FINDER_IGNORED.get(lang).to_string()))}
            <p class="gw-muted">{i18n::FINDER_OUR_READING.get(lang)}</p>
            {filter::empty("gw-notice gw-finder__empty", i18n::FINDER_EMPTY.get(lang).to_string())}
            <ul class="gw-programmes">{cards}</ul>
            {filter}
        </section>
    }
    .into_any();

    view! {
        <div class="gw-page">
            <h1>{Section::Programmes.title().get(lang)}</h1>
            <p class="gw-lede">{Section::Programmes.description().get(lang)}</p>
            <super::NewestSource date=super::newest(&cites(dataset)) lang=lang/>
            <p>{i18n::PROGRAMMES_INTRO.get(lang)}</p>
            {finder}
            {ended_section}
            <RelocationGuide dataset=dataset lang=lang/>
        </div>
    }
    .into_any()
}

#[component]
fn ProgrammeCard(
    programme: &'static Programme,
    today: crate::date::Date,
    lang: Lang,
) -> impl IntoView {
    let ended = programme.is_ended(today);
    let phase = match (programme.phase, ended) {
        (1, _) => i18n::PROGRAMME_PHASE1.get(lang).to_string(),
        (_, true) => i18n::PROGRAMME_ENDED_SCHEDULED.fill(
            lang,
            &[("date", &format::partial_date(programme.ends, lang))],
        ),
        (_, false) => i18n::PROGRAMME_PHASE2.get(lang).to_string(),
    };
    let status = if ended { "ended" } else { "current" };
    let needs = i18n::names(&programme.needs, lang);
    let situations = i18n::names(&programme.situations, lang);
    view! {
        <article class="gw-programme" id=format!("programme-{}", programme.id) data-programme=programme.id.clone() data-phase=programme.phase.to_string() data-status=status>
            <p class="gw-programme__meta">
                <span class="gw-badge">{programme.kind.name().get(lang)}</span> " " {phase}
            </p>
            <h3>{programme.name.get(lang).to_string()}</h3>
            <p>{programme.description.get(lang).to_string()}</p>
            <dl class="gw-facts">
                <dt>{i18n::PROGRAMME_FOR.get(lang)}</dt>
                <dd>{programme.audience.get(lang).to_string()} " (" {situations} ")"</dd>
                <dt>{i18n::PROGRAMME_NEEDS.get(lang)}</dt>
                <dd>{needs}</dd>
                <dt>{i18n::SOURCES_LABEL.get(lang)}</dt>
                <dd><SourceLinks cites=&programme.sources lang=lang/></dd>
            </dl>
            {(!ended).then(|| view! { <p class="gw-programme__ask">{i18n::PROGRAMME_ASK.get(lang)}</p> })}
        </article>
    }
    .into_any()
}

#[component]
fn RelocationGuide(dataset: &'static Dataset, lang: Lang) -> impl IntoView {
    let site = use_site();
    let link = |section: Section| site.href(&Page::Section(section).path(lang));
    let official = dataset.official_site(lang).map(|s| s.url.clone());
    view! {
        <section class="gw-section gw-guide" aria-labelledby="guide-heading">
            <h2 id="guide-heading">{i18n::GUIDE_HEADING.get(lang)}</h2>
            <ol class="gw-steps">
                <li>
                    {i18n::GUIDE_STEP1.get(lang)} " "
                    <a href=link(Section::Outcomes)>{Section::Outcomes.title().get(lang)}</a> " · "
                    <a href=link(Section::Stories)>{Section::Stories.title().get(lang)}</a>
                </li>
                <li>{i18n::GUIDE_STEP2.get(lang)} " " <a href=link(Section::Map)>{Section::Map.title().get(lang)}</a></li>
                <li>{i18n::GUIDE_STEP3.get(lang)} " " <a href="#finder">{i18n::FINDER_HEADING.get(lang)}</a></li>
                <li>
                    {i18n::GUIDE_STEP4.get(lang)} " "
                    {official.map(|url| view! { <a href=url rel="external">{i18n::GUIDE_CONTACT.get(lang)}</a> })}
                    " (" {i18n::SOURCES_LABEL.get(lang)} ": "
                    <SourceLinks cites=guide_sources(dataset) lang=lang/> ")"
                </li>
                <li>{i18n::GUIDE_STEP5.get(lang)}</li>
            </ol>
            <p class="gw-muted">{i18n::GUIDE_NO_PHONE.get(lang)}</p>
        </section>
    }
    .into_any()
}

/// Who the promotion unit is and where it is online (`site.json`'s `named.guide_sources`).
fn guide_sources(dataset: &'static Dataset) -> &'static [Cite] {
    &dataset.named.guide
}

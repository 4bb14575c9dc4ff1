//! `/{lang}/updates/`: what happened since 2023, newest first, and what is planned after
//! the information-as-of date, from the same events as the partners page's timeline.

use leptos::prelude::*;

use crate::build::components::figure::SourceLinks;
use crate::build::format;
use crate::build::model::{Cite, Dataset, TimelineEntry};
use crate::i18n;
use crate::lang::Lang;
use crate::route::{Page, Section};
use crate::site::use_site;

/// The page that shows `entry`: the news page from the first year it covers
/// (`site.json`'s `named.news_from`) and for plans, the partners' timeline before.
pub fn event_page(dataset: &Dataset, entry: &TimelineEntry, lang: Lang) -> String {
    if entry.date.year() >= dataset.named.news_from || entry.is_planned(dataset.information_as_of) {
        Page::Section(Section::Updates).path(lang)
    } else {
        format!("{}#timeline", Page::Section(Section::Partners).path(lang))
    }
}

/// What the page cites: only the entries it shows, news since its first year and plans.
pub fn cites(dataset: &Dataset) -> Vec<&Cite> {
    dataset
        .timeline
        .iter()
        .filter(|e| {
            e.date.year() >= dataset.named.news_from || e.is_planned(dataset.information_as_of)
        })
        .flat_map(|e| &e.sources)
        .collect()
}

#[component]
pub fn Updates(dataset: &'static Dataset, lang: Lang) -> impl IntoView {
    let site = use_site();
    let today = dataset.information_as_of;
    let planned: Vec<&TimelineEntry> = dataset
        .timeline
        .iter()
        .filter(|e| e.is_planned(today))
        .collect();
    let latest: Vec<&TimelineEntry> = dataset
        .news(today)
        .filter(|e| e.date.year() >= dataset.named.news_from)
        .collect();
    let partners_href = site.href(&Page::Section(Section::Partners).path(lang));
    let intro = i18n::UPDATES_INTRO.fill(lang, &[("date", &format::date(today, lang))]);
    let entries = move |list: Vec<&'static TimelineEntry>| {
        list.into_iter()
            .map(|e| view! { <Entry dataset=dataset entry=e lang=lang/> })
            .collect_view()
    };
    view! {
        <div class="gw-page gw-updates-page">
            <h1>{Section::Updates.title().get(lang)}</h1>
            <p class="gw-lede">{Section::Updates.description().get(lang)}</p>
            <super::NewestSource date=super::newest(&cites(dataset)) lang=lang/>
            <p>{intro}</p>
            <p><a href=format!("{partners_href}#timeline")>{i18n::UPDATES_FULL_TIMELINE.get(lang)}</a></p>
            <ul class="gw-follow">
                <li><a href=site.href(&crate::paths::updates_feed(lang)) type="application/atom+xml">{i18n::UPDATES_FEED.get(lang)}</a></li>
                <li><a href=site.href(&crate::paths::milestones_calendar(lang)) type="text/calendar" download>{i18n::CALENDAR_LINK.get(lang)}</a></li>
            </ul>
            <section class="gw-section" aria-labelledby="planned">
                <h2 id="planned">{i18n::UPDATES_PLANNED.get(lang)}</h2>
                <ol class="gw-updates" data-list="planned">{entries(planned)}</ol>
            </section>
            <section class="gw-section" aria-labelledby="latest">
                <h2 id="latest">{i18n::UPDATES_LATEST.get(lang)}</h2>
                <ol class="gw-updates" data-list="latest">{entries(latest)}</ol>
            </section>
        </div>
    }
}

/// One event: its date, what happened, what it touches on this site, and its sources.
#[component]
fn Entry(dataset: &'static Dataset, entry: &'static TimelineEntry, lang: Lang) -> impl IntoView {
    let site = use_site();
    let zones_page = site.href(&Page::Section(Section::Zones).path(lang));
    let partners_page = site.href(&Page::Section(Section::Partners).path(lang));
    let mut links: Vec<(String, String)> = Vec::new();
    for id in &entry.zones {
        if let Some(z) = dataset.zones.iter().find(|z| &z.id == id) {
            links.push((
                format!("{zones_page}#zone-{id}"),
                z.name.get(lang).to_string(),
            ));
        }
    }
    for id in &entry.partners {
        if let Some(p) = dataset.partners.iter().find(|p| &p.id == id) {
            links.push((
                format!("{partners_page}#partner-{id}"),
                p.name.get(lang).to_string(),
            ));
        }
    }
    for id in &entry.figures {
        if let Some(f) = dataset.figure_ref(id) {
            links.push((
                site.href(&Page::Figure(id.clone()).path(lang)),
                f.label().get(lang).to_string(),
            ));
        }
    }
    let related = (!links.is_empty()).then(|| {
        let items = links
            .into_iter()
            .map(|(href, label)| view! { <li><a href=href>{label}</a></li> })
            .collect_view();
        view! {
            <div class="gw-update__links">
                <span>{i18n::UPDATES_RELATED.get(lang)}</span>
                <ul>{items}</ul>
            </div>
        }
    });
    view! {
        <li class="gw-update" data-date=entry.date.to_string()>
            <p class="gw-update__date"><time datetime=entry.date.to_string()>{format::partial_date(entry.date, lang)}</time></p>
            <h3>{entry.text.get(lang).to_string()}</h3>
            {entry.detail.as_ref().map(|d| view! { <p>{d.get(lang).to_string()}</p> })}
            {related}
            <p class="gw-card__source">{i18n::SOURCES_LABEL.get(lang)} ": " <SourceLinks cites=&entry.sources lang=lang/></p>
        </li>
    }
}

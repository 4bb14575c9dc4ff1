//! `/{lang}/`: the front door. What the cluster is in one sentence, its latest result with
//! its source, and a path for each kind of visitor; then what is new, the zones in force,
//! the map, the cluster today, the stories and the phase-1 results as history.

use leptos::prelude::*;

use crate::build::components::figure::{FigureCard, SourceLinks};
use crate::build::format;
use crate::build::model::{Cite, Dataset, Figure, ZoneStatus};
use crate::i18n::{self, Text};
use crate::lang::Lang;
use crate::route::{Page, Section};
use crate::site::use_site;

/// How many of the latest news items the home page shows.
pub const NEWS_COUNT: usize = 3;

/// A path for one kind of visitor: its heading, a line on what it offers, and its links.
struct VisitorPath {
    id: &'static str,
    title: Text,
    body: Text,
    links: &'static [(Section, Option<(&'static str, Text)>)],
    /// Ends with a link to the site in the other language (for partners reading it).
    other_language: bool,
}

const PATHS: [VisitorPath; 3] = [
    VisitorPath {
        id: "relocate",
        title: i18n::HOME_PATH_RELOCATE,
        body: i18n::HOME_PATH_RELOCATE_BODY,
        links: &[
            (Section::WhyWonju, None),
            (Section::Zones, None),
            (Section::Programmes, None),
            (
                Section::Programmes,
                Some(("guide-heading", i18n::HOME_HOW_TO_START)),
            ),
        ],
        other_language: false,
    },
    VisitorPath {
        id: "press",
        title: i18n::HOME_PATH_PRESS,
        body: i18n::HOME_PATH_PRESS_BODY,
        links: &[
            (Section::Press, None),
            (Section::Outcomes, None),
            (Section::Updates, None),
        ],
        other_language: false,
    },
    VisitorPath {
        id: "partners",
        title: i18n::HOME_PATH_PARTNERS,
        body: i18n::HOME_PATH_PARTNERS_BODY,
        links: &[(Section::Partners, None), (Section::Firms, None)],
        other_language: true,
    },
];

/// What the page cites: its figures and the news it shows (zones and stories are linked,
/// not cited).
pub fn cites(dataset: &Dataset) -> Vec<&Cite> {
    dataset
        .home
        .lead
        .iter()
        .chain(&dataset.home.today)
        .chain(&dataset.home.history)
        .map(|f| &f.source)
        .chain(
            dataset
                .news(dataset.information_as_of)
                .take(NEWS_COUNT)
                .flat_map(|e| &e.sources),
        )
        .collect()
}

#[component]
pub fn Overview(dataset: &'static Dataset, lang: Lang) -> impl IntoView {
    let site = use_site();
    let section_href = {
        let site = site.clone();
        move |section: Section| site.href(&Page::Section(section).path(lang))
    };
    let today = dataset.information_as_of;
    let cards = move |figures: Vec<&'static Figure>| {
        figures
            .into_iter()
            .map(move |figure| view! { <FigureCard dataset=dataset figure=figure lang=lang/> })
            .collect_view()
    };

    let hero = view! {
        <section class="gw-hero" aria-labelledby="home-statement">
            <div class="gw-hero__text">
                <p class="gw-eyebrow">{i18n::SITE_NAME.get(lang)}</p>
                <h1 id="home-statement" class="gw-hero__statement">{i18n::HOME_STATEMENT.get(lang)}</h1>
                <p class="gw-hero__lede">{i18n::HOME_LEDE.get(lang)}</p>
            </div>
            // The paths before the lead result: on a phone all three stay in the first screen.
            <VisitorPaths lang=lang/>
            <LeadResult dataset=dataset lang=lang/>
        </section>
    }
    .into_any();

    let news = dataset
        .news(today)
        .take(NEWS_COUNT)
        .map(|entry| {
            view! {
                <li class="gw-update" data-date=entry.date.to_string()>
                    <p class="gw-update__date"><time datetime=entry.date.to_string()>{format::partial_date(entry.date, lang)}</time></p>
                    <h3>{entry.text.get(lang).to_string()}</h3>
                    <p class="gw-card__source">{i18n::SOURCES_LABEL.get(lang)} ": " <SourceLinks cites=&entry.sources lang=lang/></p>
                </li>
            }
        })
        .collect_view();

    let zones_href = section_href(Section::Zones);
    let zones = dataset
        .zones
        .iter()
        .filter(|z| z.status(today) == ZoneStatus::Active)
        .map(|z| {
            view! {
                <li data-zone=z.id.clone()>
                    <a href=format!("{zones_href}#zone-{}", z.id)>{z.name.get(lang).to_string()}</a>
                    <span class="gw-muted">" · " {z.place.get(lang).to_string()}</span>
                </li>
            }
        })
        .collect_view();

    let designated = dataset.sites.iter().filter(|s| s.is_designated()).count();
    let map_body = i18n::HOME_MAP_BODY.fill(
        lang,
        &[
            ("designated", &designated.to_string()),
            ("related", &(dataset.sites.len() - designated).to_string()),
        ],
    );

    let stories = dataset
        .stories
        .iter()
        .map(|story| {
            let href = site.href(&Page::Story(story.id.clone()).path(lang));
            view! {
                <li class="gw-home-story">
                    <h3><a href=href>{story.company.get(lang).to_string()}</a></h3>
                    <p class="gw-muted">{story.product.get(lang).to_string()}</p>
                    <p>{story.summary.get(lang).to_string()}</p>
                </li>
            }
        })
        .collect_view();

    let below = view! {
        <section class="gw-section" aria-labelledby="home-news">
            <h2 id="home-news">{Section::Updates.title().get(lang)}</h2>
            <ol class="gw-updates gw-updates--compact">{news}</ol>
            <p class="gw-more"><a href=section_href(Section::Updates)>{i18n::HOME_NEWS_MORE.get(lang)}</a></p>
        </section>
        <div class="gw-home-pair">
            <section class="gw-section" aria-labelledby="home-zones">
                <h2 id="home-zones">{i18n::HOME_ZONES_HEADING.get(lang)}</h2>
                <p class="gw-muted">{i18n::HOME_ZONES_NOTE.fill(lang, &[("date", &format::date(today, lang))])}</p>
                <ul class="gw-home-zones">{zones}</ul>
                <p class="gw-more"><a href=section_href(Section::Zones)>{i18n::HOME_ZONES_MORE.get(lang)}</a></p>
            </section>
            <section class="gw-section gw-home-map" aria-labelledby="home-map">
                <h2 id="home-map">{i18n::HOME_MAP_HEADING.get(lang)}</h2>
                <a class="gw-home-map__link" href=section_href(Section::Map)>
                    <img src=site.href(crate::paths::MAP_TEASER) alt="" width="320" height="315" loading="lazy" decoding="async"/>
                    <span>{i18n::HOME_MAP_LINK.get(lang)}</span>
                </a>
                <p>{map_body}</p>
            </section>
        </div>
        <section class="gw-section gw-home-print" aria-labelledby="home-today">
            <h2 id="home-today">{i18n::HOME_TODAY_HEADING.get(lang)}</h2>
            <p class="gw-muted">{i18n::HOME_TODAY_NOTE.get(lang)}</p>
            <div class="gw-cards">{cards(dataset.home.today.iter().map(|f| &**f).collect())}</div>
        </section>
        <section class="gw-section" aria-labelledby="home-stories">
            <h2 id="home-stories">{Section::Stories.title().get(lang)}</h2>
            <ul class="gw-home-stories">{stories}</ul>
        </section>
        <section class="gw-section gw-home-print" aria-labelledby="home-history">
            <h2 id="home-history">{i18n::HOME_HISTORY_HEADING.get(lang)}</h2>
            <p>{i18n::OVERVIEW_PHASE1_NOTE.get(lang)}</p>
            <div class="gw-cards">{cards(dataset.home.history.iter().map(|f| &**f).collect())}</div>
            <p>{i18n::OVERVIEW_LATER_NOTE.get(lang)}</p>
            <p class="gw-more"><a href=section_href(Section::Press)>{i18n::OVERVIEW_ALL_FIGURES.get(lang)}</a></p>
        </section>
    }
    .into_any();

    view! {
        <div class="gw-page gw-home">
            {hero}
            <super::NewestSource date=super::newest(&cites(dataset)) lang=lang/>
            {below}
        </div>
    }
}

/// The lead result, large, with its period and source, and the other headline figures of
/// the same evaluation beside it.
#[component]
fn LeadResult(dataset: &'static Dataset, lang: Lang) -> impl IntoView {
    let site = use_site();
    let figure_href = move |f: &Figure| site.href(&Page::Figure(f.id.clone()).path(lang));
    let mut figures = dataset.home.lead.iter().map(|f| &**f);
    let lead = figures.next()?;
    let rest = figures
        .map(|f| {
            view! {
                <li>
                    <a href=figure_href(f)>
                        <span class="gw-lead__value">{format::figure_value(f, lang)}</span>
                        <span class="gw-lead__label">{f.label.get(lang).to_string()}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <article class="gw-lead" data-figure=lead.id.clone()>
            <h2 class="gw-lead__heading">{i18n::HOME_LEAD_HEADING.get(lang)}</h2>
            <p class="gw-lead__headline">
                <a href=figure_href(lead)>
                    <span class="gw-lead__big">{format::figure_value(lead, lang)}</span>
                    <span class="gw-lead__what">{lead.definition.get(lang).to_string()}</span>
                </a>
            </p>
            <p class="gw-lead__meta">
                {format::period(lead.period, lang)} " · " {i18n::FIELD_SOURCE.get(lang)} ": "
                <a href=lead.source.source.url.clone() rel="external" class="gw-source-link">{format::source_reference(&lead.source, lang)}</a>
            </p>
            <ul class="gw-lead__more">{rest}</ul>
        </article>
    })
}

/// One path for each kind of visitor, each a heading link and the pages it leads to.
#[component]
fn VisitorPaths(lang: Lang) -> impl IntoView {
    let site = use_site();
    let other = lang.other();
    let paths = PATHS
        .iter()
        .map(|path| {
            let first = site.href(&Page::Section(path.links[0].0).path(lang));
            let links = path
                .links
                .iter()
                .map(|(section, anchor)| {
                    let href = site.href(&Page::Section(*section).path(lang));
                    match anchor {
                        Some((id, text)) => view! { <li><a href=format!("{href}#{id}")>{text.get(lang)}</a></li> },
                        None => view! { <li><a href=href>{section.title().get(lang)}</a></li> },
                    }
                })
                .collect_view();
            let switch = path.other_language.then(|| {
                view! {
                    <li><a href=site.href(&Page::home().path(other)) hreflang=other.code() lang=other.code()>{other.native_name()}</a></li>
                }
            });
            view! {
                <li class="gw-path" data-path=path.id>
                    <h2 class="gw-path__title"><a href=first>{path.title.get(lang)}</a></h2>
                    <p class="gw-path__body">{path.body.get(lang)}</p>
                    <ul class="gw-path__links">{links}{switch}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="gw-paths" aria-label=i18n::HOME_PATHS_LABEL.get(lang)>
            <ul class="gw-paths__list">{paths}</ul>
        </nav>
    }
}

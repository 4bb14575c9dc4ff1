//! `/{lang}/sources/`: every dated source the site cites, by year, newest first; and
//! `/{lang}/sources/undated/`: those without a date. Each entry has its publisher, date,
//! title, address, language and note; search results link an entry by its id
//! (`#source-{id}`).
//! Two pages, not one, so that neither outgrows what a first round trip carries.

use leptos::prelude::*;

use crate::build::format;
use crate::build::model::{Dataset, Source};
use crate::i18n;
use crate::lang::Lang;
use crate::route::Page;
use crate::site::use_site;

/// The id of a source's entry on its page.
pub fn source_anchor(id: &str) -> String {
    format!("source-{id}")
}

/// Where a source's entry is, from the site root: `/en/sources/#source-{id}`.
pub fn source_path(source: &Source, lang: Lang) -> String {
    format!(
        "{}#{}",
        Page::of_source(source.date.is_some()).path(lang),
        source_anchor(&source.id)
    )
}

#[component]
pub fn Sources(dataset: &'static Dataset, lang: Lang) -> impl IntoView {
    let undated = dataset.undated_sources().count().to_string();
    let years = dataset
        .sources_by_year()
        .into_iter()
        .map(|(year, sources)| {
            let id = format!("sources-{year}");
            let entries = sources
                .into_iter()
                .map(|s| view! { <SourceEntry source=s lang=lang/> })
                .collect_view();
            view! {
                <section aria-labelledby=id.clone() class="gw-section">
                    <h2 id=id.clone()>{format::partial_date(year, lang)}</h2>
                    <ul class="gw-link-list gw-sources">{entries}</ul>
                </section>
            }
        })
        .collect_view();
    let pointer = i18n::SOURCES_UNDATED_LINK.fill(lang, &[("count", &undated)]);
    view! {
        <div class="gw-page">
            <Intro page=Page::Sources other=Page::UndatedSources pointer=pointer lang=lang/>
            {years}
        </div>
    }
}

#[component]
pub fn UndatedSources(dataset: &'static Dataset, lang: Lang) -> impl IntoView {
    let entries = dataset
        .undated_sources()
        .map(|s| view! { <SourceEntry source=s lang=lang/> })
        .collect_view();
    let pointer = i18n::SOURCES_DATED_LINK.get(lang).to_string();
    view! {
        <div class="gw-page">
            <Intro page=Page::UndatedSources other=Page::Sources pointer=pointer lang=lang/>
            <ul class="gw-link-list gw-sources">{entries}</ul>
        </div>
    }
}

/// A sources page's heading and lede, a pointer to the other sources page, and the CSV.
#[component]
fn Intro(page: Page, other: Page, pointer: String, lang: Lang) -> impl IntoView {
    let site = use_site();
    view! {
        <h1>{fixed_title(&page, lang)}</h1>
        <p class="gw-lede">{page.texts().map(|(_, description)| description.get(lang))}</p>
        <p>{pointer} " " <a href=site.href(&other.path(lang))>{fixed_title(&other, lang)}</a></p>
        <p>
            {i18n::SOURCES_CSV_NOTE.get(lang)} " "
            <a href=site.href(crate::paths::SOURCES_CSV) download>{i18n::DL_SOURCES_CSV.get(lang)}</a>
        </p>
    }
}

#[component]
fn SourceEntry(source: &'static Source, lang: Lang) -> impl IntoView {
    // The source's language, where it is not the page's.
    let language = (source.language != lang).then(|| {
        let name = match source.language {
            Lang::Ko => i18n::SOURCES_IN_KOREAN,
            Lang::En => i18n::SOURCES_IN_ENGLISH,
        };
        view! { " " <span class="gw-muted">"(" {name.get(lang)} ")"</span> }
    });
    let note = source
        .note
        .as_ref()
        .map(|note| view! { <br/><span class="gw-muted">{note.get(lang).to_string()}</span> });
    view! {
        <li id=source_anchor(&source.id)>
            {format::publication(source, lang)} ". " <cite>{source.title.get(lang).to_string()}</cite> ". "
            <a href=source.url.clone() rel="external">{source.url.clone()}</a>
            {language}
            {note}
        </li>
    }
}

fn fixed_title(page: &Page, lang: Lang) -> Option<&'static str> {
    page.texts().map(|(title, _)| title.get(lang))
}

//! The page frame: skip link, header with navigation and language switch, footer.

use leptos::prelude::*;

use crate::build::model::Dataset;
use crate::i18n;
use crate::lang::Lang;
use crate::route::{Page, Resolved, Section};
use crate::site::use_site;

/// Says that the page's interactive parts could not start, once the start-up script or the
/// app shows it (hidden until then). The build leaves it out of pages that run no app. On
/// the bilingual language choice it speaks both languages.
#[component]
pub fn AppFailedNotice(lang: Option<Lang>) -> impl IntoView {
    let text = match lang {
        Some(lang) => view! { {i18n::APP_NOT_STARTED.get(lang)} }.into_any(),
        None => view! {
            {i18n::APP_NOT_STARTED.ko} " "
            <span lang="en">{i18n::APP_NOT_STARTED.en}</span>
        }
        .into_any(),
    };
    view! {
        <p class="gw-notice gw-app-failed" role="alert" data-gw-failed="" hidden>{text}</p>
    }
}

/// The first focusable element: jumps past the header to `<main>` (which takes the focus,
/// `tabindex="-1"`).
#[component]
pub fn SkipLink(lang: Option<Lang>) -> impl IntoView {
    view! {
        <a class="gw-skip-link" href="#main">
            {match lang {
                Some(lang) => i18n::SKIP_TO_CONTENT.get(lang).to_string(),
                None => i18n::SKIP_TO_CONTENT.both(" / "),
            }}
        </a>
    }
}

#[component]
pub fn SiteHeader(resolved: Resolved) -> impl IntoView {
    let site = use_site();
    let brand = match resolved.lang() {
        Some(lang) => view! {
            <a class="gw-brand" href=site.href(&Page::home().path(lang))><BrandMark/>{i18n::SITE_NAME.get(lang)}</a>
            <HeaderSearch lang=lang/>
            <LanguageSwitch here=resolved.clone() lang=lang/>
        }
        .into_any(),
        None => view! {
            <span class="gw-brand">
                {i18n::SITE_NAME.ko} " · " <span lang="en">{i18n::SITE_NAME.en}</span>
            </span>
            <nav class="gw-lang" aria-label="언어 / Language">
                {Lang::ALL.map(|l| view! {
                    <a href=site.href(&Page::home().path(l)) hreflang=l.code() lang=l.code()>{l.native_name()}</a>
                })}
            </nav>
        }
        .into_any(),
    };
    let nav = match &resolved {
        Resolved::Page { lang, page } => {
            Some(view! { <MainNav lang=*lang here=Some(page.clone())/> })
        }
        Resolved::NotFound { lang: Some(lang) } => Some(view! { <MainNav lang=*lang here=None/> }),
        _ => None,
    };
    view! {
        <header class="gw-header">
            <div class="gw-header__inner">{brand}</div>
            {nav}
        </header>
    }
}

/// The cluster's mark: a pulse line that rises as two peaks (Gangwon's mountains) on the
/// accent colour. The same drawing is the site icon (`public/favicon.svg`).
#[component]
fn BrandMark() -> impl IntoView {
    view! {
        <svg class="gw-brand__mark" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
            <rect width="32" height="32" rx="7" class="gw-brand__tile"/>
            <path d="M4 19h5l3-7 4 11 4-15 3 11h5" class="gw-brand__pulse"/>
        </svg>
    }
}

/// A search box that sends its query to the search page (a plain GET form, so it works
/// from pages that ship no script). On phones the main navigation links the search page
/// instead.
#[component]
fn HeaderSearch(lang: Lang) -> impl IntoView {
    let action = use_site().href(&Page::Search.path(lang));
    view! {
        <form class="gw-header-search" role="search" action=action method="get">
            <label class="gw-visually-hidden" for="gw-header-q">{i18n::SEARCH_LABEL.get(lang)}</label>
            <input id="gw-header-q" type="search" name=crate::search::QUERY_KEY autocomplete="off"/>
            <button type="submit">{i18n::SEARCH_BUTTON.get(lang)}</button>
        </form>
    }
}

/// Links to the same page in the other language (in the browser, the query string follows:
/// `browser::query::keep_language_switch`).
#[component]
fn LanguageSwitch(here: Resolved, lang: Lang) -> impl IntoView {
    let other = lang.other();
    let href = use_site().href(
        &here
            .path_in(other)
            .unwrap_or_else(|| Page::home().path(other)),
    );
    view! {
        <nav class="gw-lang" aria-label=i18n::LANG_SWITCH_LABEL.get(lang)>
            <a href=href hreflang=other.code() lang=other.code() class="gw-lang__switch">
                {other.native_name()}
            </a>
        </nav>
    }
}

/// The sections and search; the link to the page shown is marked as the current page.
#[component]
fn MainNav(lang: Lang, here: Option<Page>) -> impl IntoView {
    let site = use_site();
    let link = |page: Page, text: &'static str| {
        let current = (here.as_ref() == Some(&page)).then_some("page");
        view! { <a href=site.href(&page.path(lang)) aria-current=current>{text}</a> }
    };
    view! {
        <nav class="gw-nav" aria-label=i18n::MAIN_NAV_LABEL.get(lang)>
            <ul class="gw-nav__list">
                {Section::ALL
                    .into_iter()
                    .map(|section| view! { <li>{link(Page::Section(section), section.title().get(lang))}</li> })
                    .collect_view()}
                <li class="gw-nav__search">{link(Page::Search, i18n::PAGE_SEARCH.get(lang))}</li>
            </ul>
        </nav>
    }
}

/// "Information as of 25 November 2026", in `lang` or, on a page without one, in both.
fn as_of(dataset: &Dataset, lang: Option<Lang>) -> String {
    let in_lang = |lang: Lang| {
        let date = crate::build::format::date(dataset.information_as_of, lang);
        i18n::INFORMATION_AS_OF.fill(lang, &[("date", &date)])
    };
    match lang {
        Some(lang) => in_lang(lang),
        None => format!("{} / {}", in_lang(Lang::Ko), in_lang(Lang::En)),
    }
}

#[component]
pub fn SiteFooter(dataset: &'static Dataset, lang: Option<Lang>) -> impl IntoView {
    let site = use_site();
    let text = move |t: i18n::Text| match lang {
        Some(lang) => t.get(lang).to_string(),
        None => t.both(" / "),
    };
    // The official website for readers of `lang` (English where the page has no language).
    let official_site = dataset
        .official_site(lang.unwrap_or(Lang::En))
        .map(|source| source.url.clone());
    view! {
        <footer class="gw-footer">
            <div class="gw-footer__inner">
                <h2 class="gw-footer__heading">{text(i18n::FOOTER_SOURCES_HEADING)}</h2>
                <p>{text(i18n::FOOTER_SOURCES_BODY)}</p>
                {lang.map(|lang| view! {
                    <p><a href=site.href(&Page::Sources.path(lang))>{i18n::SOURCES_ALL_LINK.get(lang)}</a></p>
                })}
                <p class="gw-footer__as-of">{as_of(dataset, lang)}</p>
                <p>{text(i18n::FOOTER_BOUNDARIES)}</p>
                <p>{text(i18n::FOOTER_OPERATOR)}</p>
                <p>
                    <a href=official_site rel="external">{text(i18n::FOOTER_OFFICIAL_SITE)}</a>
                </p>
                {lang.map(|lang| view! {
                    <p><a href=site.href(&Page::Accessibility.path(lang))>{i18n::FOOTER_ACCESSIBILITY.get(lang)}</a></p>
                })}
            </div>
        </footer>
    }
}

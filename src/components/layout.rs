//! The page frame: skip link, header with navigation and language switch, footer.

use leptos::prelude::*;
use leptos_router::components::A;
use wasm_bindgen::JsCast;

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

/// The first focusable element: jumps past the header to `<main>`.
#[component]
pub fn SkipLink(lang: Memo<Option<Lang>>) -> impl IntoView {
    // The router would treat `#main` as a navigation; move focus ourselves instead.
    // Without JavaScript the plain fragment link does the same.
    let focus_main = |ev: leptos::ev::MouseEvent| {
        let main = document()
            .get_element_by_id("main")
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(main) = main {
            ev.prevent_default();
            let _ = main.focus();
        }
    };
    view! {
        <a class="gw-skip-link" href="#main" on:click=focus_main>
            {move || match lang.get() {
                Some(lang) => i18n::SKIP_TO_CONTENT.get(lang).to_string(),
                None => i18n::SKIP_TO_CONTENT.both(" / "),
            }}
        </a>
    }
}

#[component]
pub fn SiteHeader(resolved: Memo<Resolved>, search: Memo<String>) -> impl IntoView {
    let site = use_site();
    view! {
        <header class="gw-header">
            <div class="gw-header__inner">
                {move || {
                    let site = site.clone();
                    let here = resolved.get();
                    match here.lang() {
                        Some(lang) => view! {
                            <a class="gw-brand" href=site.href(&Page::home().path(lang))><BrandMark/>{i18n::SITE_NAME.get(lang)}</a>
                            <HeaderSearch lang=lang/>
                            <LanguageSwitch here=here.clone() lang=lang search=search/>
                        }
                        .into_any(),
                        None => view! {
                            <span class="gw-brand">
                                {i18n::SITE_NAME.ko} " · " <span lang="en">{i18n::SITE_NAME.en}</span>
                            </span>
                            <nav class="gw-lang" aria-label="언어 / Language">
                                {Lang::ALL.map(move |l| view! {
                                    <a href=site.href(&Page::home().path(l)) hreflang=l.code() lang=l.code()>{l.native_name()}</a>
                                })}
                            </nav>
                        }
                        .into_any(),
                    }
                }}
            </div>
            {move || resolved.get().lang().map(|lang| view! { <MainNav lang=lang/> })}
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

/// Links to the same page in the other language, keeping the query string.
#[component]
fn LanguageSwitch(here: Resolved, lang: Lang, search: Memo<String>) -> impl IntoView {
    let other = lang.other();
    let target = use_site().href(
        &here
            .path_in(other)
            .unwrap_or_else(|| Page::home().path(other)),
    );
    let href = move || {
        let query = search.get();
        if query.is_empty() {
            target.clone()
        } else {
            format!("{target}?{query}")
        }
    };
    view! {
        <nav class="gw-lang" aria-label=i18n::LANG_SWITCH_LABEL.get(lang)>
            <a href=href hreflang=other.code() lang=other.code() class="gw-lang__switch">
                {other.native_name()}
            </a>
        </nav>
    }
}

#[component]
fn MainNav(lang: Lang) -> impl IntoView {
    view! {
        <nav class="gw-nav" aria-label=i18n::MAIN_NAV_LABEL.get(lang)>
            <ul class="gw-nav__list">
                {Section::ALL
                    .into_iter()
                    .map(|section| {
                        let path = use_site().href(&Page::Section(section).path(lang));
                        view! {
                            <li>
                                <A href=path exact=true>{section.title().get(lang)}</A>
                            </li>
                        }
                    })
                    .collect_view()}
                <li class="gw-nav__search">
                    <A href=use_site().href(&Page::Search.path(lang)) exact=true>{i18n::PAGE_SEARCH.get(lang)}</A>
                </li>
            </ul>
        </nav>
    }
}

/// The official website for readers of `lang` (English where the page has no language).
fn official_site(lang: Option<Lang>) -> Option<String> {
    let dataset = crate::model::dataset().ok()?;
    let source = dataset.official_site(lang.unwrap_or(Lang::En))?;
    Some(source.url.clone())
}

/// "Information as of 25 November 2026", in `lang` or, on a page without one, in both.
fn as_of(lang: Option<Lang>) -> String {
    let Ok(dataset) = crate::model::dataset() else {
        return String::new();
    };
    let in_lang = |lang: Lang| {
        let date = crate::format::date(&dataset.information_as_of, lang);
        i18n::INFORMATION_AS_OF.fill(lang, &[("date", &date)])
    };
    match lang {
        Some(lang) => in_lang(lang),
        None => format!("{} / {}", in_lang(Lang::Ko), in_lang(Lang::En)),
    }
}

#[component]
pub fn SiteFooter(lang: Memo<Option<Lang>>) -> impl IntoView {
    let site = use_site();
    let text = move |t: i18n::Text| match lang.get() {
        Some(lang) => t.get(lang).to_string(),
        None => t.both(" / "),
    };
    view! {
        <footer class="gw-footer">
            <div class="gw-footer__inner">
                <h2 class="gw-footer__heading">{move || text(i18n::FOOTER_SOURCES_HEADING)}</h2>
                <p>{move || text(i18n::FOOTER_SOURCES_BODY)}</p>
                {
                    let site = site.clone();
                    move || lang.get().map(|lang| view! {
                        <p><a href=site.href(&Page::Sources.path(lang))>{i18n::SOURCES_ALL_LINK.get(lang)}</a></p>
                    })
                }
                <p class="gw-footer__as-of">{move || as_of(lang.get())}</p>
                <p>{move || text(i18n::FOOTER_BOUNDARIES)}</p>
                <p>{move || text(i18n::FOOTER_OPERATOR)}</p>
                <p>
                    <a href=move || official_site(lang.get()) rel="external">{move || text(i18n::FOOTER_OFFICIAL_SITE)}</a>
                </p>
                {move || lang.get().map(|lang| view! {
                    <p><a href=site.href(&Page::Accessibility.path(lang))>{i18n::FOOTER_ACCESSIBILITY.get(lang)}</a></p>
                })}
            </div>
        </footer>
    }
}

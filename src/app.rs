//! The router, the page shell and the language that follows the URL.

use leptos::prelude::*;
use leptos_meta::{Html, Link, Meta, Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

use crate::components::layout::{AppFailedNotice, SiteFooter, SiteHeader, SkipLink};
use crate::i18n;
use crate::lang::Lang;
use crate::model;
use crate::pages;
use crate::route::{Page, Resolved, Section};
use crate::site::{SiteConfig, use_site};

#[component]
pub fn App(
    /// Where the site is served; links, canonical URLs and share cards follow it.
    #[prop(optional)]
    config: SiteConfig,
) -> impl IntoView {
    provide_meta_context();
    let base = config.base.clone();
    provide_context(config);
    view! {
        <Router base=base>
            <Shell/>
        </Router>
    }
}

/// Header, main content and footer for whatever the current path resolves to.
#[component]
fn Shell() -> impl IntoView {
    let location = use_location();
    let site = use_site();
    let resolved = {
        let site = site.clone();
        Memo::new(move |_| match site.site_path(&location.pathname.get()) {
            Some(path) => Resolved::parse(path),
            None => Resolved::NotFound { lang: None },
        })
    };
    let lang = Memo::new(move |_| resolved.with(Resolved::lang));
    let is_embed = Memo::new(move |_| {
        resolved.with(|r| {
            matches!(
                r,
                Resolved::Page {
                    page: Page::Embed(_),
                    ..
                }
            )
        })
    });
    // Pages without a language (the chooser, a 404 outside /ko and /en) are bilingual;
    // their document language is Korean with English parts marked up as such.
    let doc_lang = move || lang.get().unwrap_or(Lang::Ko).code();
    let title = move || document_title(&resolved.get());
    let description = move || document_description(&resolved.get());

    view! {
        <Html {..} lang=doc_lang/>
        <Title text=title/>
        <Meta name="description" content=description/>
        <Meta property="og:type" content="website"/>
        <Meta property="og:site_name" content=move || site_name(lang.get())/>
        <Meta property="og:title" content=title/>
        <Meta property="og:description" content=description/>
        <Meta property="og:image" content=site.url(SHARE_IMAGE)/>
        <Meta property="og:locale" content=move || og_locale(lang.get().unwrap_or(Lang::Ko))/>
        <Meta name="twitter:card" content="summary_large_image"/>
        <Meta name="twitter:title" content=title/>
        <Meta name="twitter:description" content=description/>
        <Meta name="twitter:image" content=site.url(SHARE_IMAGE)/>
        {move || head_links(&resolved.get(), &site)}
        // An embed view (inside another site's iframe) shows the chart alone.
        {move || (!is_embed.get()).then(|| view! {
            <SkipLink lang=lang/>
            <SiteHeader resolved=resolved search=location.search/>
        })}
        <main id="main" class="gw-main" tabindex="-1">
            {move || view! { <AppFailedNotice lang=lang.get()/> }}
            // `route::Resolved` decides what every path shows (it is pure and tested); the
            // router only needs one route matching everything, which also completes each
            // navigation (updates the address bar).
            <Routes fallback=|| ()>
                <Route
                    path=path!("/*any")
                    view=move || move || render_page(resolved.get(), location.pathname.get_untracked())
                />
            </Routes>
        </main>
        {move || (!is_embed.get()).then(|| view! { <SiteFooter lang=lang/> })}
    }
}

fn render_page(resolved: Resolved, path: String) -> AnyView {
    let dataset = match model::dataset() {
        Ok(dataset) => dataset,
        Err(error) => {
            return view! { <DataErrorPage error=error lang=resolved.lang()/> }.into_any();
        }
    };
    match resolved {
        Resolved::LanguageChoice => pages::language_choice::LanguageChoice().into_any(),
        Resolved::Page { lang, page } => match page {
            Page::Section(Section::Overview) => {
                view! { <pages::overview::Overview dataset=dataset lang=lang/> }.into_any()
            }
            Page::Section(Section::Outcomes) => {
                view! { <pages::outcomes::Outcomes lang=lang/> }.into_any()
            }
            Page::Embed(chart) => view! { <pages::embed::Embed chart=chart lang=lang/> }.into_any(),
            Page::Section(Section::Map) => {
                view! { <pages::map::MapPage dataset=dataset lang=lang/> }.into_any()
            }
            Page::Section(Section::Stories) => {
                view! { <pages::stories::StoriesIndex dataset=dataset lang=lang/> }.into_any()
            }
            Page::Story(id) => {
                view! { <pages::stories::StoryPage dataset=dataset id=id lang=lang/> }.into_any()
            }
            Page::Section(Section::Programmes) => {
                view! { <pages::programmes::Programmes dataset=dataset lang=lang/> }.into_any()
            }
            Page::Section(Section::WhyWonju) => {
                view! { <pages::why_wonju::WhyWonju dataset=dataset lang=lang/> }.into_any()
            }
            Page::Section(Section::Updates) => {
                view! { <pages::updates::Updates dataset=dataset lang=lang/> }.into_any()
            }
            Page::Section(Section::Firms) => {
                view! { <pages::firms::Firms dataset=dataset lang=lang/> }.into_any()
            }
            Page::Section(Section::Zones) => {
                view! { <pages::zones::Zones dataset=dataset lang=lang/> }.into_any()
            }
            Page::Section(Section::Partners) => {
                view! { <pages::partners::Partners dataset=dataset lang=lang/> }.into_any()
            }
            Page::Section(Section::Press) => {
                view! { <pages::press::Press dataset=dataset lang=lang/> }.into_any()
            }
            Page::Search => view! { <pages::search::SearchPage lang=lang/> }.into_any(),
            Page::Changelog => {
                view! { <pages::changelog::Changelog dataset=dataset lang=lang/> }.into_any()
            }
            Page::Sources => {
                view! { <pages::sources::Sources dataset=dataset lang=lang/> }.into_any()
            }
            Page::UndatedSources => {
                view! { <pages::sources::UndatedSources dataset=dataset lang=lang/> }.into_any()
            }
            Page::Accessibility => {
                view! { <pages::accessibility::Accessibility dataset=dataset lang=lang/> }
                    .into_any()
            }
            Page::Offline => view! { <pages::offline::Offline lang=lang/> }.into_any(),
            Page::Figure(id) => {
                view! { <pages::figure::FigurePage dataset=dataset id=id lang=lang/> }.into_any()
            }
        },
        Resolved::NotFound { lang } => {
            view! { <pages::not_found::NotFound lang=lang path=path/> }.into_any()
        }
    }
}

/// Shown instead of any page if the compiled-in data fails validation (the build refuses
/// such data, so this guards against a broken build reaching a visitor).
#[component]
fn DataErrorPage(error: &'static model::DataError, lang: Option<Lang>) -> impl IntoView {
    let lang = lang.unwrap_or(Lang::Ko);
    view! {
        <div class="gw-page" role="alert">
            <h1>{i18n::DATA_ERROR_HEADING.get(lang)}</h1>
            <p>{i18n::DATA_ERROR_BODY.get(lang)}</p>
            <pre class="gw-error">{error.to_string()}</pre>
        </div>
    }
}

/// The share-card image, in `public/`.
pub const SHARE_IMAGE: &str = "/og-image.png";

fn site_name(lang: Option<Lang>) -> String {
    match lang {
        Some(lang) => i18n::SITE_NAME.get(lang).to_string(),
        None => i18n::SITE_NAME.both(" · "),
    }
}

fn og_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::Ko => "ko_KR",
        Lang::En => "en_US",
    }
}

/// Canonical URL, language alternates and `og:url`; a not-found page asks not to be indexed.
fn head_links(resolved: &Resolved, site: &SiteConfig) -> AnyView {
    let (canonical, ko, en, default) = match resolved {
        Resolved::Page { lang, page } => (
            page.path(*lang),
            page.path(Lang::Ko),
            page.path(Lang::En),
            page.path(Lang::En),
        ),
        Resolved::LanguageChoice => (
            "/".to_string(),
            Page::home().path(Lang::Ko),
            Page::home().path(Lang::En),
            "/".to_string(),
        ),
        Resolved::NotFound { .. } => {
            return view! { <Meta name="robots" content="noindex"/> }.into_any();
        }
    };
    // Each language's feeds, from every page in that language.
    let feeds = resolved.lang().map(|lang| {
        view! {
            <Link rel="alternate" type_="application/atom+xml" title=i18n::FEED_UPDATES_TITLE.get(lang) href=site.href(&pages::updates::feed_path(lang))/>
            <Link rel="alternate" type_="application/atom+xml" title=i18n::FEED_RELEASES_TITLE.get(lang) href=site.href(&pages::changelog::releases_feed_path(lang))/>
        }
    });
    // oEmbed discovery on a chart's own page, so a CMS given its URL embeds it.
    let oembed = match resolved {
        Resolved::Page {
            lang,
            page: Page::Embed(chart),
        } => Some(view! {
            <Link rel="alternate" type_="application/json+oembed" title=chart.title().get(*lang) href=site.url(&crate::chart::embed::oembed_path(*chart, *lang))/>
        }),
        _ => None,
    };
    let noindex = matches!(resolved, Resolved::Page { page, .. } if !page.indexed())
        .then(|| view! { <Meta name="robots" content="noindex"/> });
    view! {
        {feeds}
        {oembed}
        {noindex}
        <Link rel="canonical" href=site.url(&canonical)/>
        <Link rel="alternate" hreflang="ko" href=site.url(&ko)/>
        <Link rel="alternate" hreflang="en" href=site.url(&en)/>
        <Link rel="alternate" hreflang="x-default" href=site.url(&default)/>
        <Meta property="og:url" content=site.url(&canonical)/>
    }
    .into_any()
}

/// `<title>`: the page, then the site, in the page's language.
pub fn document_title(resolved: &Resolved) -> String {
    match resolved {
        Resolved::Page { lang, page } => {
            format!("{} | {}", page.title(*lang), i18n::SITE_NAME.get(*lang))
        }
        Resolved::NotFound { lang: Some(lang) } => {
            format!(
                "{} | {}",
                i18n::NOT_FOUND_TITLE.get(*lang),
                i18n::SITE_NAME.get(*lang)
            )
        }
        Resolved::NotFound { lang: None } => format!(
            "{} | {}",
            i18n::NOT_FOUND_TITLE.both(" · "),
            i18n::SITE_NAME.ko
        ),
        Resolved::LanguageChoice => i18n::SITE_NAME.both(" · "),
    }
}

pub fn document_description(resolved: &Resolved) -> String {
    match resolved {
        Resolved::Page { lang, page } => page.description(*lang),
        Resolved::NotFound { lang: Some(lang) } => i18n::NOT_FOUND_BODY.get(*lang).to_string(),
        _ => i18n::SITE_TAGLINE.both(" / "),
    }
}

//! The page shell: the document's head (title, description, share tags, canonical and
//! language links), the header, the page a resolved path shows, and the footer. Plain
//! functions of the dataset and the path: every page is rendered once, by the build.

use leptos::prelude::*;
use leptos_meta::{Html, Link, Meta, Title, provide_meta_context};

use crate::build::components::layout::{AppFailedNotice, SiteFooter, SiteHeader, SkipLink};
use crate::build::model::{self, Dataset};
use crate::build::pages;
use crate::i18n;
use crate::lang::Lang;
use crate::route::{Page, PageKind, Resolved, Section};
use crate::site::SiteConfig;

/// What `path` (a site path, without the base) shows, given what the dataset holds: a
/// figure's or a story's page exists only for an entry of that id.
pub fn resolve(dataset: &Dataset, path: &str) -> Resolved {
    match Resolved::parse(path) {
        Resolved::Page {
            lang,
            page: Page::Figure(id),
        } if dataset.figure_ref(&id).is_none() => Resolved::NotFound { lang: Some(lang) },
        Resolved::Page {
            lang,
            page: Page::Story(id),
        } if dataset.story(&id).is_none() => Resolved::NotFound { lang: Some(lang) },
        resolved => resolved,
    }
}

/// Every page the site has, for the build, the sitemap and tests: the pages of each kind,
/// in the order of `PageKind::ALL` (the match has an arm for every kind, so a kind cannot
/// be left unbuilt).
pub fn all_pages(dataset: &Dataset) -> Vec<Page> {
    PageKind::ALL
        .into_iter()
        .flat_map(|kind| -> Vec<Page> {
            match kind {
                PageKind::Section => Section::ALL.map(Page::Section).to_vec(),
                PageKind::Story => dataset
                    .stories
                    .iter()
                    .map(|s| Page::Story(s.id.clone()))
                    .collect(),
                PageKind::Figure => dataset
                    .all_figures()
                    .map(|f| Page::Figure(f.id().to_string()))
                    .collect(),
                PageKind::Embed => crate::chart::ChartId::ALL.map(Page::Embed).to_vec(),
                PageKind::Search => vec![Page::Search],
                PageKind::Changelog => vec![Page::Changelog],
                PageKind::Sources => vec![Page::Sources],
                PageKind::UndatedSources => vec![Page::UndatedSources],
                PageKind::Accessibility => vec![Page::Accessibility],
                PageKind::Offline => vec![Page::Offline],
            }
        })
        .collect()
}

/// The page's own title, in `lang`: its fixed title, or the label of the figure or the
/// name of the firm it shows.
pub fn page_title(dataset: &Dataset, page: &Page, lang: Lang) -> String {
    page_text(
        dataset,
        page,
        lang,
        |(title, _)| title,
        |f| f.label(),
        |s| &s.company,
    )
}

pub fn page_description(dataset: &Dataset, page: &Page, lang: Lang) -> String {
    page_text(
        dataset,
        page,
        lang,
        |(_, description)| description,
        |f| f.definition(),
        |s| &s.summary,
    )
}

fn page_text<'a>(
    dataset: &'a Dataset,
    page: &Page,
    lang: Lang,
    fixed: impl Fn((i18n::Text, i18n::Text)) -> i18n::Text,
    figure: impl Fn(model::FigureRef<'a>) -> &'a model::Bilingual,
    story: impl Fn(&'a model::Story) -> &'a model::Bilingual,
) -> String {
    if let Some(texts) = page.texts() {
        return fixed(texts).get(lang).to_string();
    }
    let text = match page {
        Page::Figure(id) => dataset.figure_ref(id).map(figure),
        Page::Story(id) => dataset.story(id).map(story),
        _ => None,
    };
    // `resolve` sends only known ids here.
    text.map_or_else(
        || i18n::NOT_FOUND_TITLE.get(lang).to_string(),
        |t| t.get(lang).to_string(),
    )
}

/// The whole document for a site path: head tags (through leptos_meta), header, the page,
/// footer. An embed view (inside another site's iframe) shows the chart alone.
pub fn document(dataset: &'static Dataset, path: &str, config: &SiteConfig) -> AnyView {
    provide_meta_context();
    let resolved = resolve(dataset, path);
    let lang = resolved.lang();
    let is_embed = matches!(
        resolved,
        Resolved::Page {
            page: Page::Embed(_),
            ..
        }
    );
    // Pages without a language (the chooser, a 404 outside /ko and /en) are bilingual;
    // their document language is Korean with English parts marked up as such.
    let doc_lang = lang.unwrap_or(Lang::Ko).code();
    let title = document_title(dataset, &resolved);
    let description = document_description(dataset, &resolved);
    let share_image = config.url(crate::paths::SHARE_IMAGE);
    let head = view! {
        <Html {..} lang=doc_lang/>
        <Title text=title.clone()/>
        <Meta name="description" content=description.clone()/>
        <Meta property="og:type" content="website"/>
        <Meta property="og:site_name" content=site_name(lang)/>
        <Meta property="og:title" content=title.clone()/>
        <Meta property="og:description" content=description.clone()/>
        <Meta property="og:image" content=share_image.clone()/>
        <Meta property="og:locale" content=og_locale(lang.unwrap_or(Lang::Ko))/>
        <Meta name="twitter:card" content="summary_large_image"/>
        <Meta name="twitter:title" content=title/>
        <Meta name="twitter:description" content=description/>
        <Meta name="twitter:image" content=share_image/>
        {head_links(&resolved, config)}
    }
    .into_any();
    let header = (!is_embed).then(|| {
        view! {
            <SkipLink lang=lang/>
            <SiteHeader resolved=resolved.clone()/>
        }
        .into_any()
    });
    let footer = (!is_embed).then(|| view! { <SiteFooter dataset=dataset lang=lang/> }.into_any());
    view! {
        {head}
        {header}
        <main id="main" class="gw-main" tabindex="-1">
            <AppFailedNotice lang=lang/>
            {render_page(dataset, resolved, path.to_string())}
        </main>
        {footer}
    }
    .into_any()
}

fn render_page(dataset: &'static Dataset, resolved: Resolved, path: String) -> AnyView {
    match resolved {
        Resolved::LanguageChoice => pages::language_choice::LanguageChoice().into_any(),
        Resolved::Page { lang, page } => match page {
            Page::Section(Section::Overview) => {
                view! { <pages::overview::Overview dataset=dataset lang=lang/> }.into_any()
            }
            Page::Section(Section::Outcomes) => {
                view! { <pages::outcomes::Outcomes dataset=dataset lang=lang/> }.into_any()
            }
            Page::Embed(chart) => {
                view! { <pages::embed::Embed dataset=dataset chart=chart lang=lang/> }.into_any()
            }
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
            <Link rel="alternate" type_="application/atom+xml" title=i18n::FEED_UPDATES_TITLE.get(lang) href=site.href(&crate::paths::updates_feed(lang))/>
            <Link rel="alternate" type_="application/atom+xml" title=i18n::FEED_RELEASES_TITLE.get(lang) href=site.href(&crate::paths::releases_feed(lang))/>
        }
    });
    // oEmbed discovery on a chart's own page, so a CMS given its URL embeds it.
    let oembed = match resolved {
        Resolved::Page {
            lang,
            page: Page::Embed(chart),
        } => Some(view! {
            <Link rel="alternate" type_="application/json+oembed" title=chart.title().get(*lang) href=site.url(&crate::paths::chart_oembed(*chart, *lang))/>
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
pub fn document_title(dataset: &Dataset, resolved: &Resolved) -> String {
    match resolved {
        Resolved::Page { lang, page } => {
            format!(
                "{} | {}",
                page_title(dataset, page, *lang),
                i18n::SITE_NAME.get(*lang)
            )
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

pub fn document_description(dataset: &Dataset, resolved: &Resolved) -> String {
    match resolved {
        Resolved::Page { lang, page } => page_description(dataset, page, *lang),
        Resolved::NotFound { lang: Some(lang) } => i18n::NOT_FOUND_BODY.get(*lang).to_string(),
        _ => i18n::SITE_TAGLINE.both(" / "),
    }
}

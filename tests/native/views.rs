//! Every route renders without a browser, in the right language, with its heading and
//! title: the prerender (and anyone reading the HTML without JavaScript) depends on it.

use crate::common::unescape;

use crate::common::render;
use gwnic::build::shell::{all_pages, page_title};
use gwnic::i18n;
use gwnic::lang::Lang;
use gwnic::route::{Page, Resolved, Section};

fn h1_of(html: &str) -> String {
    let start = html.find("<h1").expect("page has an <h1>");
    let open_end = start + html[start..].find('>').expect("h1 closes its tag") + 1;
    let close = open_end + html[open_end..].find("</h1>").expect("h1 is closed");
    strip_tags(&html[open_end..close])
}

fn strip_tags(s: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    unescape(out.trim())
}

#[test]
fn every_page_renders_natively_with_its_heading_title_and_language() {
    for lang in Lang::ALL {
        for page in all_pages(crate::common::dataset()) {
            let path = page.path(lang);
            let rendered = render(&path);
            // The home page's heading is its one-sentence statement; every other page's is
            // its title.
            let heading = if page == Page::home() {
                i18n::HOME_STATEMENT.get(lang).to_string()
            } else {
                page_title(crate::common::dataset(), &page, lang)
            };
            assert_eq!(h1_of(&rendered.body), heading, "{path}: heading");
            let title = format!(
                "<title>{} | {}</title>",
                page_title(crate::common::dataset(), &page, lang),
                i18n::SITE_NAME.get(lang)
            );
            let document = unescape(&rendered.document);
            assert!(
                document.contains(&title),
                "{path}: missing {title} in {document}"
            );
            assert!(
                rendered
                    .document
                    .contains(&format!("lang=\"{}\"", lang.code())),
                "{path}: <html lang> is not {}",
                lang.code()
            );
        }
    }
}

#[test]
fn navigation_lists_every_section_in_the_page_language() {
    for lang in Lang::ALL {
        let body = render(&Page::home().path(lang)).body;
        let text = unescape(&body);
        for section in Section::ALL {
            let link = format!("href=\"{}\"", Page::Section(section).path(lang));
            assert!(body.contains(&link), "{}: nav lacks {link}", lang.code());
            let title = section.title().get(lang);
            assert!(text.contains(title), "{}: nav lacks {title}", lang.code());
        }
    }
}

#[test]
fn language_switch_points_to_the_same_page() {
    // The build writes pages without a query; in the browser the switch keeps the page's
    // (tests/browser/foundation.test.mjs).
    let body = render("/ko/map/").body;
    assert!(body.contains("href=\"/en/map/\""), "{body}");
    let body = render("/en/outcomes/").body;
    assert!(body.contains("href=\"/ko/outcomes/\""), "{body}");
}

#[test]
fn unknown_paths_render_the_not_found_page_in_the_right_language() {
    let en = render("/en/no-such-page/");
    assert_eq!(h1_of(&en.body), i18n::NOT_FOUND_TITLE.en);
    assert!(en.body.contains("href=\"/en/\""));
    let ko = render("/ko/없는-페이지");
    assert_eq!(h1_of(&ko.body), i18n::NOT_FOUND_TITLE.ko);
    let neutral = render("/wp-admin/");
    let h1 = h1_of(&neutral.body);
    assert!(
        h1.contains(i18n::NOT_FOUND_TITLE.ko) && h1.contains(i18n::NOT_FOUND_TITLE.en),
        "{h1}"
    );
}

#[test]
fn the_root_offers_both_languages() {
    let body = render("/").body;
    assert!(
        body.contains("href=\"/ko/\"") && body.contains("href=\"/en/\""),
        "{body}"
    );
}

#[test]
fn under_a_sub_path_every_internal_link_stays_under_it() {
    let config = gwnic::site::SiteConfig::new("https://example.github.io", "/gwnic/");
    let template =
        r#"<!DOCTYPE html><html><head></head><body><div id="gw-app"></div></body></html>"#;
    for lang in Lang::ALL {
        for page in all_pages(crate::common::dataset()) {
            let path = page.path(lang);
            let rendered = gwnic::build::prerender::render_into(
                crate::common::dataset(),
                &path,
                template,
                &config,
            )
            .expect("template is usable");
            assert_eq!(
                h1_of(&rendered.body),
                h1_of(&render(&path).body),
                "{path}: the base path must not change the page"
            );
            for (i, _) in rendered.body.match_indices("href=\"/") {
                let href = &rendered.body[i + 6..];
                let href = &href[..href.find('"').unwrap_or(href.len())];
                assert!(
                    href.starts_with("/gwnic/"),
                    "{path}: link {href} leaves the sub-path"
                );
            }
            let canonical = format!("https://example.github.io/gwnic{path}");
            assert!(
                rendered.document.contains(&canonical),
                "{path}: canonical {canonical}"
            );
        }
    }
}

/// What in rendered HTML works only with the app: form controls, and what a view marks
/// `data-gw-app` (a live chart, the language redirect, the 404 page).
fn has_live_parts(body: &str) -> bool {
    // The header's search box is a plain GET form: it works without a script.
    let body = match body.split_once("<form role=\"search\" action=") {
        Some((before, rest))
            if rest
                .split_once('>')
                .is_some_and(|(tag, _)| tag.contains("class=\"gw-header-search\"")) =>
        {
            let after = rest.split_once("</form>").map_or("", |(_, a)| a);
            format!("{before}{after}")
        }
        _ => body.to_string(),
    };
    [
        "<button",
        "<input",
        "<select",
        "<textarea",
        "data-gw-app",
        "data-gw-island",
    ]
    .iter()
    .any(|marker| body.contains(marker))
}

#[test]
fn only_pages_with_controls_or_live_parts_need_the_app() {
    // Reading and links only: shipped as plain HTML (the home page's 150 KB budget rests on it).
    let plain = [
        Section::Overview,
        Section::WhyWonju,
        Section::Updates,
        Section::Stories,
        Section::Partners,
        Section::Press,
    ];
    let all_paths = Lang::ALL
        .into_iter()
        .flat_map(|lang| {
            all_pages(crate::common::dataset())
                .into_iter()
                .map(move |p| p.path(lang))
        })
        .chain(["/", "/404/", "/en/no-such-page/"].map(String::from));
    for path in all_paths {
        // The flag the components set agrees with what the HTML holds: a component that
        // renders a control without saying so would ship a dead control.
        let page = render(&path);
        assert_eq!(page.needs_app, has_live_parts(&page.body), "{path}");
    }
    for lang in Lang::ALL {
        for section in Section::ALL {
            let path = Page::Section(section).path(lang);
            assert_eq!(render(&path).needs_app, !plain.contains(&section), "{path}");
        }
        for page in all_pages(crate::common::dataset())
            .into_iter()
            .filter(|p| matches!(p, Page::Figure(_) | Page::Embed(_)))
        {
            assert!(render(&page.path(lang)).needs_app, "{}", page.path(lang));
        }
    }
    // The language redirect and the path-aware 404 page.
    for path in ["/", "/404/", "/en/no-such-page/"] {
        assert!(render(path).needs_app, "{path}");
    }
}

#[test]
fn readers_are_sent_to_the_official_site_in_their_language() {
    let d = crate::common::dataset();
    for lang in Lang::ALL {
        let site = d
            .official_site(lang)
            .expect("an official site per language");
        assert_eq!(site.language, lang, "{}", site.id);
        let body = render(&Page::home().path(lang)).body;
        assert!(
            body.contains(&format!("href=\"{}\"", site.url.replace('&', "&amp;"))),
            "{}: footer link to {}",
            lang.code(),
            site.url
        );
    }
}

#[test]
fn every_page_says_when_its_information_was_last_checked() {
    let d = crate::common::dataset();
    for lang in Lang::ALL {
        let date = gwnic::build::format::date(d.information_as_of, lang);
        for page in all_pages(crate::common::dataset()) {
            let path = page.path(lang);
            let body = render(&path).body;
            assert!(body.contains(&date), "{path}: no \"as of\" {date}");
        }
    }
    let root = render("/").body;
    for lang in Lang::ALL {
        let date = gwnic::build::format::date(d.information_as_of, lang);
        assert!(root.contains(&date), "/: no \"as of\" {date}");
    }
}

#[test]
fn a_figure_or_story_page_exists_only_for_an_entry_the_seeds_have() {
    use gwnic::build::shell::resolve;
    let d = crate::common::dataset();
    let figure = &d.figures[0].id;
    assert_eq!(
        resolve(d, &format!("/en/figures/{figure}/")),
        Resolved::Page {
            lang: Lang::En,
            page: Page::Figure(figure.clone())
        }
    );
    for path in ["/en/figures/made-up/", "/ko/stories/made-up/"] {
        assert_eq!(
            resolve(d, path),
            Resolved::NotFound {
                lang: Some(Resolved::parse(path).lang().expect("a language"))
            },
            "{path}"
        );
        assert!(
            render(path)
                .document
                .contains(r#"name="robots" content="noindex""#),
            "{path}"
        );
    }
}

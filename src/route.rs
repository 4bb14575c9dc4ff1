//! The site's pages: one enum is the truth for paths, titles, navigation order and the
//! list of routes that the build writes. Pure: no leptos, no web_sys.
//!
//! Every page lives under a language prefix, `/ko/...` or `/en/...`. Paths are written with
//! a trailing slash (`/en/outcomes/`) because each page is a folder with an `index.html` on a
//! static host; the parser also accepts them without one.

use crate::chart::ChartId;
use crate::i18n::{self, Text};
use crate::lang::Lang;

crate::tokens! {
    /// The sections in the main navigation, in navigation order.
    pub enum Section {
        Overview = "",
        WhyWonju = "why-wonju",
        Updates = "updates",
        Outcomes = "outcomes",
        Stories = "stories",
        Map = "map",
        Programmes = "programmes",
        Zones = "zones",
        Firms = "firms",
        Partners = "partners",
        Press = "press",
    }
}

impl Section {
    pub const fn title(self) -> Text {
        match self {
            Section::Overview => i18n::PAGE_OVERVIEW,
            Section::WhyWonju => i18n::PAGE_WHY_WONJU,
            Section::Updates => i18n::PAGE_UPDATES,
            Section::Outcomes => i18n::PAGE_OUTCOMES,
            Section::Stories => i18n::PAGE_STORIES,
            Section::Map => i18n::PAGE_MAP,
            Section::Programmes => i18n::PAGE_PROGRAMMES,
            Section::Zones => i18n::PAGE_ZONES,
            Section::Firms => i18n::PAGE_FIRMS,
            Section::Partners => i18n::PAGE_PARTNERS,
            Section::Press => i18n::PAGE_PRESS,
        }
    }

    pub const fn description(self) -> Text {
        match self {
            Section::Overview => i18n::DESC_OVERVIEW,
            Section::WhyWonju => i18n::DESC_WHY_WONJU,
            Section::Updates => i18n::DESC_UPDATES,
            Section::Outcomes => i18n::DESC_OUTCOMES,
            Section::Stories => i18n::DESC_STORIES,
            Section::Map => i18n::DESC_MAP,
            Section::Programmes => i18n::DESC_PROGRAMMES,
            Section::Zones => i18n::DESC_ZONES,
            Section::Firms => i18n::DESC_FIRMS,
            Section::Partners => i18n::DESC_PARTNERS,
            Section::Press => i18n::DESC_PRESS,
        }
    }
}

/// A page in one language.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    Section(Section),
    /// `/{lang}/figures/{id}/`: one figure (sourced or derived) with its source.
    Figure(String),
    /// `/{lang}/embed/{chart}/`: one chart with minimal chrome, for other sites' iframes.
    Embed(ChartId),
    /// `/{lang}/stories/{id}/`: one firm's success story.
    Story(String),
    /// `/{lang}/search/`: search over everything the site says; the query is `?q=`.
    Search,
    /// `/{lang}/changelog/`: each data release with what it changed.
    Changelog,
    /// `/{lang}/sources/`: every dated source the site cites, by year, newest first.
    Sources,
    /// `/{lang}/sources/undated/`: the sources whose date is not known.
    UndatedSources,
    /// `/{lang}/accessibility/`: the accessibility statement, from what the tests check.
    Accessibility,
    /// `/{lang}/offline/`: what the service worker shows for a page not saved offline.
    Offline,
}

crate::tokens! {
    /// The kinds of page there are, one per variant of [`Page`]: the build lists the
    /// pages of each kind (`build::shell::all_pages`), so a kind left out does not compile.
    pub enum PageKind {
        Section = "section",
        Story = "story",
        Figure = "figure",
        Embed = "embed",
        Search = "search",
        Changelog = "changelog",
        Sources = "sources",
        UndatedSources = "undated-sources",
        Accessibility = "accessibility",
        Offline = "offline",
    }
}

impl Page {
    pub const fn kind(&self) -> PageKind {
        match self {
            Page::Section(_) => PageKind::Section,
            Page::Figure(_) => PageKind::Figure,
            Page::Embed(_) => PageKind::Embed,
            Page::Story(_) => PageKind::Story,
            Page::Search => PageKind::Search,
            Page::Changelog => PageKind::Changelog,
            Page::Sources => PageKind::Sources,
            Page::UndatedSources => PageKind::UndatedSources,
            Page::Accessibility => PageKind::Accessibility,
            Page::Offline => PageKind::Offline,
        }
    }

    /// A language's home page: the overview.
    pub const fn home() -> Page {
        Page::Section(Section::Overview)
    }

    /// The page's title and description where they are fixed texts; `None` for a figure or
    /// a story, which its entry names (the build's shell looks it up).
    pub const fn texts(&self) -> Option<(Text, Text)> {
        Some(match self {
            Page::Section(section) => (section.title(), section.description()),
            Page::Embed(chart) => (chart.title(), Section::Outcomes.description()),
            Page::Search => (i18n::PAGE_SEARCH, i18n::DESC_SEARCH),
            Page::Changelog => (i18n::PAGE_CHANGELOG, i18n::DESC_CHANGELOG),
            Page::Sources => (i18n::PAGE_SOURCES, i18n::DESC_SOURCES),
            Page::UndatedSources => (i18n::PAGE_UNDATED_SOURCES, i18n::DESC_UNDATED_SOURCES),
            Page::Accessibility => (i18n::PAGE_ACCESSIBILITY, i18n::DESC_ACCESSIBILITY),
            Page::Offline => (i18n::PAGE_OFFLINE, i18n::DESC_OFFLINE),
            Page::Figure(_) | Page::Story(_) => return None,
        })
    }

    /// The path of this page in `lang`, from the site root, with a trailing slash.
    pub fn path(&self, lang: Lang) -> String {
        let mut path = format!("/{}/", lang.code());
        match self {
            Page::Section(section) if !section.code().is_empty() => {
                path.push_str(section.code());
                path.push('/');
            }
            Page::Section(_) => {}
            Page::Figure(id) => {
                path.push_str("figures/");
                path.push_str(id);
                path.push('/');
            }
            Page::Embed(chart) => {
                path.push_str("embed/");
                path.push_str(chart.code());
                path.push('/');
            }
            Page::Story(id) => {
                path.push_str("stories/");
                path.push_str(id);
                path.push('/');
            }
            Page::Search => path.push_str("search/"),
            Page::Changelog => path.push_str("changelog/"),
            Page::Sources => path.push_str("sources/"),
            Page::UndatedSources => path.push_str("sources/undated/"),
            Page::Accessibility => path.push_str("accessibility/"),
            Page::Offline => path.push_str("offline/"),
        }
        path
    }

    /// The page that lists a source, dated or not (`#source-{id}` on it is its entry).
    pub fn of_source(dated: bool) -> Page {
        if dated {
            Page::Sources
        } else {
            Page::UndatedSources
        }
    }

    /// Whether search engines should list the page (the sitemap has every such page).
    pub fn indexed(&self) -> bool {
        !matches!(self, Page::Offline)
    }
}

/// What a path asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolved {
    /// `/`: the visitor has not chosen a language yet.
    LanguageChoice,
    Page {
        lang: Lang,
        page: Page,
    },
    /// Nothing lives here. `lang` is known when the path starts with a language prefix.
    NotFound {
        lang: Option<Lang>,
    },
}

impl Resolved {
    /// Resolves a URL path (without query string or fragment) by its form alone. Never
    /// panics; any input maps to a page, the language choice or not-found.
    pub fn parse(path: &str) -> Resolved {
        let mut segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        if segments.last() == Some(&"index.html") {
            segments.pop();
        }
        let Some((first, rest)) = segments.split_first() else {
            return Resolved::LanguageChoice;
        };
        let Some(lang) = Lang::from_code(first) else {
            return Resolved::NotFound { lang: None };
        };
        let page = match rest {
            [] => Some(Page::home()),
            ["search"] => Some(Page::Search),
            ["changelog"] => Some(Page::Changelog),
            ["sources"] => Some(Page::Sources),
            ["sources", "undated"] => Some(Page::UndatedSources),
            ["accessibility"] => Some(Page::Accessibility),
            ["offline"] => Some(Page::Offline),
            [slug] => Section::from_code(slug).map(Page::Section),
            // Whether an entry has this id is the build's to say (`build::shell::resolve`).
            ["figures", id] => Some(Page::Figure(id.to_string())),
            ["embed", slug] => ChartId::from_code(slug).map(Page::Embed),
            ["stories", id] => Some(Page::Story(id.to_string())),
            _ => None,
        };
        match page {
            Some(page) => Resolved::Page { lang, page },
            None => Resolved::NotFound { lang: Some(lang) },
        }
    }

    pub fn lang(&self) -> Option<Lang> {
        match self {
            Resolved::LanguageChoice => None,
            Resolved::Page { lang, .. } => Some(*lang),
            Resolved::NotFound { lang } => *lang,
        }
    }

    /// The same page in the other language, if the path names a language.
    pub fn path_in(&self, lang: Lang) -> Option<String> {
        match self {
            Resolved::Page { page, .. } => Some(page.path(lang)),
            Resolved::NotFound { lang: Some(_) } => Some(Page::home().path(lang)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page of every kind.
    fn pages() -> Vec<Page> {
        Section::ALL
            .into_iter()
            .map(Page::Section)
            .chain(ChartId::ALL.into_iter().map(Page::Embed))
            .chain([
                Page::Figure("new-jobs".into()),
                Page::Story("a-firm".into()),
                Page::Search,
                Page::Changelog,
                Page::Sources,
                Page::UndatedSources,
                Page::Accessibility,
                Page::Offline,
            ])
            .collect()
    }

    #[test]
    fn the_pages_here_are_one_of_every_kind() {
        for kind in PageKind::ALL {
            assert!(pages().iter().any(|p| p.kind() == kind), "{kind:?}");
        }
    }

    #[test]
    fn every_page_path_resolves_back_to_that_page_in_both_languages() {
        for lang in Lang::ALL {
            for page in pages() {
                let path = page.path(lang);
                assert_eq!(
                    Resolved::parse(&path),
                    Resolved::Page {
                        lang,
                        page: page.clone()
                    },
                    "{path}"
                );
                let bare = path.trim_end_matches('/');
                assert_eq!(
                    Resolved::parse(bare),
                    Resolved::Page {
                        lang,
                        page: page.clone()
                    },
                    "{bare}"
                );
                let file = format!("{path}index.html");
                assert_eq!(
                    Resolved::parse(&file),
                    Resolved::Page {
                        lang,
                        page: page.clone()
                    },
                    "{file}"
                );
            }
        }
    }

    #[test]
    fn unknown_paths_are_not_found_and_keep_the_language_when_there_is_one() {
        let cases = [
            (
                "/en/nope/",
                Resolved::NotFound {
                    lang: Some(Lang::En),
                },
            ),
            (
                "/ko/outcomes/extra",
                Resolved::NotFound {
                    lang: Some(Lang::Ko),
                },
            ),
            ("/fr/", Resolved::NotFound { lang: None }),
            ("/KO/", Resolved::NotFound { lang: None }),
            ("/outcomes/", Resolved::NotFound { lang: None }),
            ("/", Resolved::LanguageChoice),
            ("", Resolved::LanguageChoice),
            ("/index.html", Resolved::LanguageChoice),
        ];
        for (path, want) in cases {
            assert_eq!(Resolved::parse(path), want, "{path}");
        }
    }

    #[test]
    fn a_figure_page_needs_an_id() {
        assert_eq!(
            Resolved::parse("/en/figures/new-jobs/"),
            Resolved::Page {
                lang: Lang::En,
                page: Page::Figure("new-jobs".into())
            }
        );
        assert_eq!(
            Resolved::parse("/ko/figures/supported-revenue-index"),
            Resolved::Page {
                lang: Lang::Ko,
                page: Page::Figure("supported-revenue-index".into())
            }
        );
        assert_eq!(
            Resolved::parse("/en/figures/"),
            Resolved::NotFound {
                lang: Some(Lang::En)
            }
        );
    }

    #[test]
    fn section_codes_are_unique_and_titles_differ() {
        let mut slugs: Vec<_> = Section::ALL.iter().map(|s| s.code()).collect();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), Section::ALL.len());
        let mut titles: Vec<_> = Section::ALL.iter().map(|s| s.title().en).collect();
        titles.sort_unstable();
        titles.dedup();
        assert_eq!(titles.len(), Section::ALL.len());
    }

    #[test]
    fn the_other_language_keeps_the_page() {
        let here = Resolved::parse("/ko/map/");
        assert_eq!(here.path_in(Lang::En).as_deref(), Some("/en/map/"));
        assert_eq!(Resolved::parse("/").path_in(Lang::En), None);
    }
}

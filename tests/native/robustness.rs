//! Whatever people type into the address bar: 10,000 generated paths and query strings
//! never panic the parsers, and every path maps to a page, the language choice or the 404.

use crate::common::dataset;
use gwnic::build::chart::ChartState;
use gwnic::build::finder;
use gwnic::build::shell::{all_pages, resolve};
use gwnic::islands::filter::Chosen;
use gwnic::islands::query;
use gwnic::map::Selection;
use gwnic::route::Resolved;
use proptest::prelude::*;

/// Paths that look like the site's own (so many reach real pages) mixed with anything.
fn paths() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "(/(ko|en|fr|KO|))(/(map|outcomes|stories|figures|embed|programmes|partners|press|i-sens|new-jobs|growth|index.html|%2e%2e|\\.\\.|[a-z0-9%._-]{0,12})){0,4}/?",
    ]
}

/// Query strings of known and unknown keys with odd values.
fn queries() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "((need|situation|site|metric|[a-z]{1,5})=[a-z0-9,%<>&=_-]{0,12}&?){0,6}",
        // Values the islands know, among others, so valid choices are common too.
        "((need|situation|NEED)=(rnd|talent|investment|global|network|relocating|in-cluster|RND|rnd,talent|%72nd|[a-z%,]{0,6})&?){0,6}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn every_path_maps_to_a_page_the_language_choice_or_not_found(path in paths()) {
        let d = dataset();
        match resolve(d, &path) {
            Resolved::LanguageChoice => {}
            Resolved::NotFound { lang } => {
                // A language is kept only when the path starts with one.
                if let Some(lang) = lang {
                    let first = path.split('/').find(|s| !s.is_empty());
                    prop_assert_eq!(first, Some(lang.code()));
                }
            }
            Resolved::Page { lang, page } => {
                // A page's own path leads back to it.
                prop_assert_eq!(resolve(d, &page.path(lang)), Resolved::Page { lang, page: page.clone() });
                prop_assert!(all_pages(d).contains(&page), "{page:?} is not in all_pages()");
            }
        }
    }

    #[test]
    fn every_query_string_gives_a_valid_state(query in queries()) {
        // Read as the islands read it.
        let get = |key: &str| query::get(&query, key);

        let chart = ChartState::from_query(get);
        prop_assert_eq!(ChartState::from_query(|k| query::get(&chart.to_query(), k)), chart);

        let facets = finder::facets();
        let chosen = Chosen::read(&facets, &query);
        let again = Chosen::read(&facets, &chosen.query());
        prop_assert_eq!(&again.values, &chosen.values);
        prop_assert!(again.ignored.is_none());
        for facet in &facets {
            for value in &facet.values {
                let next = Chosen::read(&facets, &chosen.query_with(&facets, &facet.key, value, true));
                prop_assert!(next.has(&facet.key, value), "{} {} after {:?}", facet.key, value, query);
            }
        }

        let d = dataset();
        let selection = Selection::parse(get("site").as_deref(), d.sites.iter().map(|s| s.id.as_str()));
        if let Selection::Site(id) = &selection {
            prop_assert!(d.site(id).is_some());
        }
    }
}

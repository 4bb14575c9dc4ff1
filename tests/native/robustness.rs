//! Whatever people type into the address bar: 10,000 generated paths and query strings
//! never panic the parsers, and every path maps to a page, the language choice or the 404.

use gwnic::chart::ChartState;
use gwnic::finder::FinderState;
use gwnic::map::Selection;
use gwnic::model::dataset;
use gwnic::route::{Page, Resolved};
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
    ]
}

fn split_query(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (k.to_string(), v.to_string()),
            None => (p.to_string(), String::new()),
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn every_path_maps_to_a_page_the_language_choice_or_not_found(path in paths()) {
        match Resolved::parse(&path) {
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
                prop_assert_eq!(Resolved::parse(&page.path(lang)), Resolved::Page { lang, page: page.clone() });
                prop_assert!(Page::all().contains(&page), "{page:?} is not in Page::all()");
            }
        }
    }

    #[test]
    fn every_query_string_gives_a_valid_state(query in queries()) {
        let pairs = split_query(&query);
        let get = |key: &str| pairs.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v.clone());
        let get_all = |key: &str| pairs.iter().filter(|(k, _)| k == key).map(|(_, v)| v.clone()).collect::<Vec<_>>();

        let chart = ChartState::from_query(get);
        prop_assert_eq!(ChartState::from_query(|k| split_query(&chart.to_query()).into_iter().find(|(key, _)| key == k).map(|(_, v)| v)), chart);

        let finder = FinderState::from_query(get_all);
        let again = FinderState::from_query(|k| split_query(&finder.to_query()).into_iter().filter(|(key, _)| key == k).map(|(_, v)| v).collect());
        prop_assert_eq!((&again.needs, &again.situations), (&finder.needs, &finder.situations));
        prop_assert!(!again.ignored_values);

        let d = dataset().expect("the seeds validate");
        let selection = Selection::parse(get("site").as_deref(), d.sites.iter().map(|s| s.id.as_str()));
        if let Selection::Site(id) = &selection {
            prop_assert!(d.site(id).is_some());
        }
    }
}

//! The search page's island (`/{lang}/search/?q=…`): the search box and what it finds, over
//! everything the site says. The query lives in the URL, so a search is a link; the
//! language's index is fetched (by `browser::search`) the first time a query needs it.
//! Without JavaScript the page says so and lists the sections.

use std::sync::Arc;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::i18n;
use crate::lang::Lang;
use crate::route::{Page, Section};
use crate::search::{Index, MAX_RESULTS, QUERY_KEY};
use crate::site::use_site;

/// The language's index, fetched the first time a query needs it.
#[derive(Clone)]
pub enum IndexState {
    NotNeeded,
    Loading,
    Ready(Arc<Index>),
    Failed(String),
}

#[derive(Serialize, Deserialize)]
pub struct SearchIsland {
    pub lang: Lang,
}

/// What the search shows and what typing does.
#[derive(Clone, Copy)]
pub struct SearchView {
    /// The query (the `q` of the address).
    pub query: Memo<String>,
    pub index: RwSignal<IndexState>,
    /// Fetches the index again after a failure.
    pub retry: Callback<()>,
    /// Called with the query string the box now asks for (`q=…`, or empty).
    pub ask: Callback<String>,
}

impl SearchIsland {
    pub fn view(self, live: SearchView) -> AnyView {
        search_box(self.lang, live).into_any()
    }
}

impl super::Island for SearchIsland {
    const NAME: &'static str = "search";

    /// Before a query: the box and the sections to browse.
    fn render(self) -> AnyView {
        self.view(SearchView {
            query: Memo::new(|_| String::new()),
            index: RwSignal::new(IndexState::NotNeeded),
            retry: Callback::new(|()| {}),
            ask: Callback::new(|_| {}),
        })
    }
}

/// The search box and what it finds (before a query: the sections to browse).
fn search_box(lang: Lang, live: SearchView) -> impl IntoView {
    let SearchView {
        query,
        index,
        retry,
        ask,
    } = live;
    let site = use_site();
    let page_path = site.href(&Page::Search.path(lang));

    let on_input = move |ev: leptos::ev::Event| {
        let q = event_target_value(&ev);
        ask.run(if q.is_empty() {
            String::new()
        } else {
            format!("{QUERY_KEY}={}", encode(&q))
        });
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| ev.prevent_default();

    let results = move || {
        let q = query.get().trim().to_string();
        match index.get() {
            IndexState::NotNeeded | IndexState::Loading => view! {
                <p class="gw-muted" role="status">{i18n::SEARCH_LOADING.get(lang)}</p>
            }
            .into_any(),
            IndexState::Failed(reason) => view! {
                <div class="gw-notice" role="alert">
                    <p>{i18n::SEARCH_FAILED.fill(lang, &[("reason", &reason)])}</p>
                    <button type="button" class="gw-button" on:click=move |_| retry.run(())>
                        {i18n::SEARCH_RETRY.get(lang)}
                    </button>
                </div>
            }
            .into_any(),
            IndexState::Ready(index) => found(&index, &q, lang).into_any(),
        }
    };

    // Before a query: the sections to browse, the same in the build's page and the island's
    // (so nothing moves when it starts), and without a script a note that search needs one.
    let live = move || {
        if query.get().trim().is_empty() {
            browse(lang).into_any()
        } else {
            results().into_any()
        }
    };
    let live = view! { <div data-gw-live="">{live}</div> };

    view! {
        <form class="gw-search" role="search" action=page_path method="get" on:submit=on_submit>
            <label for="gw-search-q">{i18n::SEARCH_LABEL.get(lang)}</label>
            <div class="gw-search__row">
                <input
                    id="gw-search-q"
                    type="search"
                    name=QUERY_KEY
                    autocomplete="off"
                    placeholder=i18n::SEARCH_PLACEHOLDER.get(lang)
                    prop:value=move || query.get()
                    on:input=on_input
                />
                <button type="submit" class="gw-button">{i18n::SEARCH_BUTTON.get(lang)}</button>
            </div>
            <p class="gw-muted">{i18n::SEARCH_HINT.get(lang)}</p>
        </form>
        {live}
    }
}

/// What the page offers before a query: every section, and (without a script) why it cannot
/// search.
fn browse(lang: Lang) -> impl IntoView + use<> {
    let site = use_site();
    let sections = Section::ALL
        .map(|s| {
            view! { <li><a href=site.href(&Page::Section(s).path(lang))>{s.title().get(lang)}</a></li> }
        })
        .collect_view();
    view! {
        <noscript><p class="gw-notice">{i18n::SEARCH_NO_SCRIPT.get(lang)}</p></noscript>
        <h2>{i18n::SEARCH_SECTIONS.get(lang)}</h2>
        <ul class="gw-link-list">{sections}</ul>
    }
}

/// The results of `q`: a count (and how many are shown), then each with its kind.
fn found(index: &Index, q: &str, lang: Lang) -> impl IntoView + use<> {
    let site = use_site();
    let found = index.search(q);
    let count = if found.total == 1 {
        i18n::SEARCH_COUNT_ONE.fill(lang, &[("query", q)])
    } else {
        i18n::SEARCH_COUNT.fill(lang, &[("query", q), ("count", &found.total.to_string())])
    };
    let heading = if found.total == 0 {
        i18n::SEARCH_NONE.fill(lang, &[("query", q)])
    } else {
        count
    };
    let more = (found.total > MAX_RESULTS)
        .then(|| i18n::SEARCH_SHOWING.fill(lang, &[("shown", &MAX_RESULTS.to_string())]));
    let items = found
        .docs
        .iter()
        .map(|d| {
            view! {
                <li class="gw-result" data-kind=d.kind.code()>
                    <span class="gw-result__kind">{d.kind.name().get(lang)}</span>
                    <a class="gw-result__title" href=site.href(&d.path)>{d.title.clone()}</a>
                    {(!d.snippet.is_empty()).then(|| view! { <span class="gw-result__snippet">{d.snippet.clone()}</span> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="gw-search__count" role="status" data-total=found.total.to_string()>{heading}</p>
        {more.map(|m| view! { <p class="gw-muted">{m}</p> })}
        <ol class="gw-results">{items}</ol>
    }
}

/// The query as a URL parameter (`application/x-www-form-urlencoded`, as a form sends it).
fn encode(q: &str) -> String {
    form_urlencoded::byte_serialize(q.as_bytes()).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_query_is_encoded_as_a_form_would_send_it() {
        assert_eq!(super::encode("26.82"), "26.82");
        assert_eq!(super::encode("digital health"), "digital+health");
        assert_eq!(super::encode("혁신"), "%ED%98%81%EC%8B%A0");
        assert_eq!(super::encode("a&b=c"), "a%26b%3Dc");
    }
}

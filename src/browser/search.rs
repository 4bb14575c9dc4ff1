//! The search made live: the query read from and written to the address, and the
//! language's index fetched the first time a query needs it.

use std::sync::Arc;

use leptos::prelude::*;

use super::dom::fetch_text;
use super::query;
use crate::islands::search::{IndexState, SearchIsland, SearchView};
use crate::search::{Index, QUERY_KEY};
use crate::site::use_site;

impl super::Live for SearchIsland {
    fn live(self) -> AnyView {
        let query_string = query::current();
        let q = Memo::new(move |_| {
            crate::islands::query::get(&query_string.read(), QUERY_KEY).unwrap_or_default()
        });
        let index = RwSignal::new(IndexState::NotNeeded);
        let attempt = RwSignal::new(0u32);
        let index_url = use_site().href(&crate::paths::search_index(self.lang));
        Effect::new(move |_| {
            attempt.track();
            let wanted = !q.get().trim().is_empty();
            let idle = matches!(
                index.get_untracked(),
                IndexState::NotNeeded | IndexState::Failed(_)
            );
            if wanted && idle {
                index.set(IndexState::Loading);
                let url = index_url.clone();
                leptos::task::spawn_local(async move {
                    let result = fetch_text(&url)
                        .await
                        .and_then(|text| Index::from_json(&text));
                    index.try_set(match result {
                        Ok(i) => IndexState::Ready(Arc::new(i)),
                        Err(e) => IndexState::Failed(e),
                    });
                });
            }
        });
        self.view(SearchView {
            query: q,
            index,
            retry: Callback::new(move |()| attempt.update(|n| *n += 1)),
            ask: Callback::new(|next: String| query::go(&next, true)),
        })
    }
}

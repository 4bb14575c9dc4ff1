//! `/{lang}/search/?q=…`: search over everything the site says. The query lives in the URL,
//! so a search is a link; the language's index is fetched the first time a query needs it.
//! Without JavaScript the page says so and lists the sections.

use leptos::prelude::*;

use crate::i18n;
use crate::islands::search::SearchIsland;
use crate::lang::Lang;

#[component]
pub fn SearchPage(lang: Lang) -> impl IntoView {
    view! {
        <div class="gw-page gw-search-page">
            <h1>{i18n::PAGE_SEARCH.get(lang)}</h1>
            <p class="gw-lede">{i18n::DESC_SEARCH.get(lang)}</p>
            {crate::build::components::island::island(SearchIsland { lang })}
        </div>
    }
}

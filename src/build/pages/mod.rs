//! One module per route.

pub mod accessibility;
pub mod changelog;
pub mod embed;
pub mod figure;
pub mod firms;
pub mod language_choice;
pub mod map;
pub mod not_found;
pub mod offline;
pub mod outcomes;
pub mod overview;
pub mod partners;
pub mod press;
pub mod programmes;
pub mod search;
pub mod sources;
pub mod stories;
pub mod updates;
pub mod why_wonju;
pub mod zones;

use leptos::prelude::*;

use crate::build::format;
use crate::build::model::Cite;
use crate::date::Date;
use crate::i18n;
use crate::lang::Lang;

/// The date of the newest dated source among `cites` (ISO), for a page's "newest source"
/// line; each page says what it cites (its `cites`).
pub fn newest(cites: &[&Cite]) -> Option<Date> {
    cites.iter().filter_map(|c| c.source.date).max()
}

/// "Newest source on this page: …", under a section page's lede.
#[leptos::component]
pub fn NewestSource(date: Option<Date>, lang: Lang) -> impl IntoView {
    date.map(|date| {
        let text = i18n::PAGE_NEWEST_SOURCE.fill(lang, &[("date", &format::date(date, lang))]);
        view! { <p class="gw-newest-source" data-newest-source=date.to_string()>{text}</p> }
    })
}

//! The chart island made live: the state the address names, the live chart drawn for it,
//! and that state's parts of the figure shown.

use leptos::html::Div;
use leptos::prelude::*;

use super::dom::{elements, mark_current, show};
use super::live_chart::use_live_chart;
use super::query;
use crate::chart::ChartState;
use crate::islands::chart::{ChartIsland, STATE_ATTR, TAB_ATTR};
use crate::site::use_site;

impl super::Live for ChartIsland {
    fn live(self) -> AnyView {
        let (id, lang) = (self.id, self.lang);
        let site = use_site();
        let query = query::current();
        let state = Memo::new(move |_| {
            ChartState::from_query(|key| crate::islands::query::get(&query.read(), key))
                .for_chart(id)
        });
        let option_url =
            Memo::new(move |_| site.href(&crate::paths::chart_live_option(id, lang, state.get())));
        let slug = id.code();
        let canvas = NodeRef::<Div>::new();
        let live = use_live_chart(canvas, option_url, state, lang, slug);
        Effect::new(move |_| show_state(slug, &state.get().to_query()));
        self.view(live.view(canvas))
    }
}

/// Shows the parts of the figure `chart-<slug>` that belong to the state `query`, hides the
/// others, and marks its tab.
fn show_state(slug: &str, query: &str) {
    for part in elements(&format!("#chart-{slug} [{STATE_ATTR}]")) {
        show(
            &part,
            part.get_attribute(STATE_ATTR).as_deref() == Some(query),
        );
    }
    for tab in elements(&format!("#chart-{slug} [{TAB_ATTR}]")) {
        mark_current(&tab, tab.get_attribute(TAB_ATTR).as_deref() == Some(query));
    }
}

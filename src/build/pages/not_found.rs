//! Any path that names no page. In the path's language when it has one, else in both.

use leptos::prelude::*;

use crate::islands::pages::NotFoundIsland;
use crate::lang::Lang;

#[component]
pub fn NotFound(lang: Option<Lang>, path: String) -> impl IntoView {
    crate::build::components::island::island(NotFoundIsland { lang, path })
}

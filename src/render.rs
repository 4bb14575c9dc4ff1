//! Renders a path of the app to HTML natively (feature `ssr`): the same `<App/>` the
//! browser runs, so tests can read what a page says and the build can write static pages.

use futures::StreamExt;
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;

use crate::app::App;

/// A page rendered to HTML.
#[derive(Clone, Debug)]
pub struct RenderedPage {
    /// A complete document: `<html>` with its attributes, `<head>` tags, and the body.
    pub document: String,
    /// Only what the app puts inside `<body>`.
    pub body: String,
}

/// Renders `path` (with an optional `?query`) as a visitor would first see it.
pub fn render(path: &str) -> RenderedPage {
    // leptos_meta spawns tasks; a global executor must exist first. Initialising twice is
    // harmless (the second call returns an error we don't need).
    let _ = any_spawner::Executor::init_futures_executor();
    let owner = Owner::new();
    owner.with(|| {
        provide_context(RequestUrl::new(path));
        let (meta, meta_output) = ServerMetaContext::new();
        provide_context(meta);
        let body = view! { <App/> }.to_html();
        let shell = format!("<!DOCTYPE html><html><head></head><body>{body}</body></html>");
        let document = futures::executor::block_on(async move {
            meta_output
                .inject_meta_context(futures::stream::once(async move { shell }).boxed())
                .await
                .collect::<String>()
                .await
        });
        RenderedPage { document, body }
    })
}

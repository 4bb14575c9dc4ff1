//! The Gangwon National Innovation Cluster microsite: one crate, two programs.
//!
//! - `build` (feature `ssr`, native): reads `seeds/`, validates them into the model and
//!   writes every page and published file (`src/bin/build-site.rs`).
//! - `browser` (feature `csr`, the wasm): starts the islands the build wrote into a page.
//!
//! The modules at the top are the vocabulary both use, and import neither: languages and
//! interface texts, number and date formatting, the routes and every published path (`paths`), where the site is served, the
//! security policy, the charts' ids and state, the map's geometry and view, the search
//! index and query, and the islands (each one's props and view, rendered by the build and
//! again by the browser). `tests/native/architecture.rs` checks the direction.

pub mod chart;
pub mod date;
pub mod format;
pub mod i18n;
pub mod islands;
pub mod lang;
pub mod map;
pub mod paths;
pub mod route;
pub mod search;
pub mod security;
pub mod site;
pub mod tokens;

#[cfg(feature = "csr")]
pub mod browser;
#[cfg(feature = "ssr")]
pub mod build;

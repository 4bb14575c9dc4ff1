//! The Gangwon National Innovation Cluster microsite.
//!
//! Data flows one way; each arrow is a module boundary that is tested alone:
//!
//! ```text
//! seeds/ ─▶ seed (serde mirror) ─▶ model (validated, derived figures) ─▶ format ─▶ pages ◀─ components
//! ```
//!
//! `lang`, `i18n` and `route` are pure and never touch the DOM, so they run under plain
//! `cargo test` and in the native build tools. Browser work lives in components' effects.

pub mod app;
pub mod chart;
pub mod components;
pub mod echarts;
pub mod export;
pub mod finder;
pub mod format;
pub mod i18n;
pub mod lang;
pub mod map;
pub mod model;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod route;
pub mod security;
pub mod seed;
pub mod site;

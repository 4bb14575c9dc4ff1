//! The Gangwon National Innovation Cluster microsite.
//!
//! Data flows one way; each arrow is a module boundary that is tested alone:
//!
//! ```text
//! seeds/*.json ─▶ seed (serde mirror of the files)
//!              ─▶ model/ (validated and resolved: files, validate, figures, derived, content)
//!              ─▶ format/ (numbers, money, dates, citations per language)
//!              ─▶ pages/ (one file per route) ◀─ components/ (cards, charts, the map)
//!
//! beside them, from the same model:
//!   chart/      one ChartData per chart → ECharts option (built natively), table, summary,
//!               CSV, embed snippets
//!   islands/    the browser's part: chart canvas, map, filters, search, copy, redirect, 404
//!   map/        projected geometry the map page fetches; boundaries/ checks and projects (build)
//!   export      the published CSV and JSON files and the JSON Schema
//!   prerender/  the build step (native): template surgery, every route as HTML, site files
//! ```
//!
//! `lang`, `i18n` (every interface text, and the names of the model's enumerations),
//! `route` (the pages, their paths and titles), `site` (base path, the needs-app flag),
//! `security` (the policy and the start-up script) and `finder` (the programme filter)
//! are pure and never touch the DOM, so they run under plain `cargo test` and in the
//! native build. Browser work lives in `islands` (the few parts of a page that run in the
//! browser, each started from props the build wrote), `echarts` (the bindings) and
//! `components/live_chart`; `app` (the router and the shell), `pages` and `prerender` are
//! native only.

pub mod accessibility;
#[cfg(feature = "ssr")]
pub mod app;
pub mod chart;
pub mod components;
pub mod echarts;
pub mod export;
pub mod finder;
pub mod format;
pub mod i18n;
pub mod islands;
pub mod lang;
pub mod map;
pub mod model;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod route;
pub mod search;
pub mod security;
pub mod seed;
pub mod site;

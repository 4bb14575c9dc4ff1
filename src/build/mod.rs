//! The native build (feature `ssr`): reads `seeds/` from disk, validates them into the
//! model, and writes the site: the published data, the charts' files, every page.
//!
//! ```text
//! seeds/*.json ─▶ seed (serde mirror of the files)
//!              ─▶ model/ (validated and resolved: files, validate, figures, derived, content)
//!              ─▶ format/ (figures, periods, citations; the shared number formatting)
//!              ─▶ pages/ (one file per route) ◀─ components/ (cards, charts, the frame)
//!              ─▶ shell (head, header, page, footer) ─▶ prerender/ (the files in dist/)
//! beside them, from the same model: chart/ (ChartData → option, table, CSV), export (the
//! published files), map and boundaries (the map's geometry), search_documents, finder.
//! ```

pub mod accessibility;
pub mod boundaries;
pub mod chart;
pub mod check;
pub mod components;
pub mod export;
pub mod finder;
pub mod format;
pub mod map;
pub mod model;
pub mod names;
pub mod pages;
pub mod prerender;
pub mod schemas;
pub mod search_documents;
pub mod seed;
pub mod shell;

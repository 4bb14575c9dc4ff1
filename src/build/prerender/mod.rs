//! Writing the site: every route rendered through the page shell into a static page, so a
//! plain static host serves each path and readers without JavaScript get the content; the
//! published data, the charts' files and the map geometry beside them.
//! `src/bin/build-site.rs` calls [`build::build_data`], then (after the charts are drawn)
//! [`build::build_pages`].

pub mod archive;
pub mod build;
pub mod calendar;
pub mod dist;
pub mod feeds;
pub mod offline;
pub mod press_kit;
mod render;
pub mod site_files;
pub mod template;

pub use crate::build::export::BuildFacts;
pub use render::{MOUNT_ELEMENT, RenderedPage, TemplateError, render, render_into, render_with};

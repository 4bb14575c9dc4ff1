//! Pieces that pages share.

pub mod chart_figure;
pub mod figure;
pub mod layout;
pub mod table;

//! Pieces that pages share.

pub mod chart_figure;
pub mod figure;
pub mod filter;
pub mod island;
pub mod layout;
pub mod table;

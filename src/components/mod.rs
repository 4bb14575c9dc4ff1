//! Pieces that pages share.

pub mod figure;
pub mod layout;

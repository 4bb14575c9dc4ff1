//! Pieces that pages share.

pub mod layout;

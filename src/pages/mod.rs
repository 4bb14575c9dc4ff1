//! One module per route.

pub mod embed;
pub mod figure;
pub mod firms;
pub mod language_choice;
pub mod map;
pub mod not_found;
pub mod outcomes;
pub mod overview;
pub mod partners;
pub mod press;
pub mod programmes;
pub mod stories;
pub mod updates;
pub mod zones;

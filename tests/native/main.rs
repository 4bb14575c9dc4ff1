//! The native tests, in one binary (each module linked into seven binaries took minutes
//! on two cores): the seeds and their validation, the language rules, the map data, the
//! charts, the published files, the security policy, the prerendered views, and property
//! tests of the parsers.

mod common;

mod architecture;
mod charts;
mod check;
mod firms;
mod language;
mod map;
mod programmes;
mod published_data;
mod releases;
mod robustness;
mod schemas;
mod security;
mod seeds;
mod tokens;
mod trust;
mod updates;
mod views;
mod wonju;
mod zones;

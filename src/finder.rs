//! The programme fit-finder's state: which needs and situations the visitor picked, read
//! from and written to the query string (`?need=rnd&need=talent&situation=relocating`, the
//! form a plain HTML form submits), and which programmes match. Pure.

use crate::model::Programme;
use crate::seed::{Need, Situation};

pub const NEED_KEY: &str = "need";
pub const SITUATION_KEY: &str = "situation";

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FinderState {
    /// In `Need::ALL` order, without repeats; empty means any.
    pub needs: Vec<Need>,
    /// In `Situation::ALL` order, without repeats; empty means any.
    pub situations: Vec<Situation>,
    /// Whether the query held values that name nothing (they are ignored).
    pub ignored_values: bool,
}

impl FinderState {
    /// Reads every value of each key; a value may also list several, comma-separated.
    /// Unknown values are dropped and flagged; nothing here can fail.
    pub fn from_query(get_all: impl Fn(&str) -> Vec<String>) -> FinderState {
        let tokens = |key: &str| -> Vec<String> {
            get_all(key)
                .iter()
                .flat_map(|v| v.split(','))
                .map(|t| t.trim().to_ascii_lowercase())
                .filter(|t| !t.is_empty())
                .collect()
        };
        let (needs, unknown_needs) = pick(&Need::ALL, Need::code, &tokens(NEED_KEY));
        let (situations, unknown_situations) =
            pick(&Situation::ALL, Situation::code, &tokens(SITUATION_KEY));
        FinderState {
            needs,
            situations,
            ignored_values: unknown_needs || unknown_situations,
        }
    }

    /// The canonical query string (without `?`); empty when nothing is picked.
    pub fn to_query(&self) -> String {
        self.needs
            .iter()
            .map(|n| format!("{NEED_KEY}={}", n.code()))
            .chain(
                self.situations
                    .iter()
                    .map(|s| format!("{SITUATION_KEY}={}", s.code())),
            )
            .collect::<Vec<_>>()
            .join("&")
    }

    pub fn is_empty(&self) -> bool {
        self.needs.is_empty() && self.situations.is_empty()
    }

    /// A programme matches when it serves any picked need and any picked situation.
    pub fn matches(&self, programme: &Programme) -> bool {
        let need_ok =
            self.needs.is_empty() || self.needs.iter().any(|n| programme.needs.contains(n));
        let situation_ok = self.situations.is_empty()
            || self
                .situations
                .iter()
                .any(|s| programme.situations.contains(s));
        need_ok && situation_ok
    }

    pub fn with_need(&self, need: Need, on: bool) -> FinderState {
        FinderState {
            needs: toggled(&Need::ALL, &self.needs, need, on),
            situations: self.situations.clone(),
            ignored_values: false,
        }
    }

    pub fn with_situation(&self, situation: Situation, on: bool) -> FinderState {
        FinderState {
            needs: self.needs.clone(),
            situations: toggled(&Situation::ALL, &self.situations, situation, on),
            ignored_values: false,
        }
    }
}

/// The values of `all` that `tokens` name, in `all`'s order, and whether any token names none.
fn pick<T: Copy>(all: &[T], code: fn(T) -> &'static str, tokens: &[String]) -> (Vec<T>, bool) {
    let picked = all
        .iter()
        .copied()
        .filter(|v| tokens.iter().any(|t| t == code(*v)))
        .collect();
    let unknown = tokens.iter().any(|t| all.iter().all(|v| code(*v) != t));
    (picked, unknown)
}

/// `current` with `item` switched on or off, in `all`'s order.
fn toggled<T: Copy + PartialEq>(all: &[T], current: &[T], item: T, on: bool) -> Vec<T> {
    all.iter()
        .copied()
        .filter(|v| if *v == item { on } else { current.contains(v) })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Vec<String> {
        move |key| {
            pairs
                .iter()
                .filter(|(k, _)| *k == key)
                .map(|(_, v)| v.to_string())
                .collect()
        }
    }

    #[test]
    fn the_query_is_read_in_either_form_and_written_canonically() {
        let a = FinderState::from_query(query(&[
            ("need", "talent"),
            ("need", "rnd"),
            ("situation", "relocating"),
        ]));
        let b = FinderState::from_query(query(&[
            ("need", "RND, talent,talent"),
            ("situation", "relocating"),
        ]));
        assert_eq!(a, b);
        assert_eq!(a.to_query(), "need=rnd&need=talent&situation=relocating");
        assert!(!a.ignored_values);
    }

    #[test]
    fn malformed_values_are_ignored_and_flagged() {
        let s = FinderState::from_query(query(&[
            ("need", "%%%"),
            ("need", "rnd"),
            ("situation", "<script>"),
        ]));
        assert_eq!(s.needs, vec![Need::Rnd]);
        assert!(s.situations.is_empty());
        assert!(s.ignored_values);
        assert_eq!(FinderState::from_query(query(&[])), FinderState::default());
    }

    #[test]
    fn toggling_keeps_the_order_and_clears_the_flag() {
        let s = FinderState {
            ignored_values: true,
            ..FinderState::default()
        };
        let s = s.with_need(Need::Network, true).with_need(Need::Rnd, true);
        assert_eq!(s.needs, vec![Need::Rnd, Need::Network]);
        assert!(!s.ignored_values);
        let s = s
            .with_need(Need::Rnd, false)
            .with_situation(Situation::InCluster, true);
        assert_eq!(s.to_query(), "need=network&situation=in-cluster");
    }
}

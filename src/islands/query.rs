//! The page's query string, which islands share: a chosen site, a filter, a chart's
//! measure, a search. These read and write it as text; `browser::query` holds it as a
//! signal and writes it into the address.

/// The first value of `key` in `query`.
pub fn get(query: &str, key: &str) -> Option<String> {
    form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
}

/// Every value of `key` in `query`, in order.
pub fn get_all(query: &str, key: &str) -> Vec<String> {
    form_urlencoded::parse(query.as_bytes())
        .filter(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
        .collect()
}

/// `query` with `key` set to `value` (or removed when `None`), other keys kept in order.
pub fn with(query: &str, key: &str, value: Option<&str>) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    let mut placed = false;
    for (k, v) in form_urlencoded::parse(query.as_bytes()) {
        if k != key {
            out.append_pair(&k, &v);
        } else if !placed && let Some(value) = value {
            out.append_pair(key, value);
            placed = true;
        }
    }
    if !placed && let Some(value) = value {
        out.append_pair(key, value);
    }
    out.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_read_decoded_and_in_order() {
        let q = "need=rnd&situation=relocating&need=talent&q=%ED%98%81%EC%8B%A0+%EB%8F%84%EC%8B%9C";
        assert_eq!(get(q, "need").as_deref(), Some("rnd"));
        assert_eq!(get_all(q, "need"), ["rnd", "talent"]);
        assert_eq!(get(q, "q").as_deref(), Some("혁신 도시"));
        assert_eq!(get(q, "site"), None);
        assert_eq!(get("", "site"), None);
    }

    #[test]
    fn a_key_is_set_in_its_place_added_or_removed() {
        assert_eq!(
            with("role=anchor&site=x", "role", Some("story")),
            "role=story&site=x"
        );
        assert_eq!(with("site=x", "role", Some("story")), "site=x&role=story");
        assert_eq!(with("role=anchor&site=x", "role", None), "site=x");
        assert_eq!(with("", "q", Some("a b")), "q=a+b");
        assert_eq!(with("a=1&a=2", "a", Some("3")), "a=3");
    }
}

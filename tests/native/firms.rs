//! The firms named in sources: never more than the cluster has, each sourced in both
//! languages, placed only on a site a source gives, and the page says it is not a full list.

use crate::common::render;
use crate::common::{dataset, seed_error};
use gwnic::build::model::SeedFile;
use gwnic::lang::Lang;
use gwnic::route::{Page, Section};

#[test]
fn the_named_firms_are_fewer_than_the_cluster_has_and_the_page_says_so() {
    let d = dataset();
    let total = d
        .figure(&d.named.firms_total)
        .expect("the cluster's firm count");
    assert!(
        (d.firms.len() as f64) <= total.value,
        "{} firms named, more than the {} in the cluster",
        d.firms.len(),
        total.value
    );
    for lang in Lang::ALL {
        let body = render(&Page::Section(Section::Firms).path(lang)).body;
        let named = d.firms.len().to_string();
        assert!(body.contains(&named), "{}: the count", lang.code());
        assert!(
            body.contains(&gwnic::build::format::figure_value(total, lang)),
            "{}: the cluster total",
            lang.code()
        );
        for f in &d.firms {
            let start = body
                .find(&format!("data-firm=\"{}\"", f.id))
                .unwrap_or_else(|| panic!("{}: {} missing", lang.code(), f.id));
            let end = start + body[start..].find("</article>").expect("card ends");
            assert!(
                body[start..end].contains("gw-source-link"),
                "{}: a source",
                f.id
            );
        }
    }
}

#[test]
fn a_firm_on_an_unknown_site_or_claiming_a_story_it_lacks_is_refused() {
    let message = seed_error(
        SeedFile::Firms,
        r#""site": "taejang""#,
        r#""site": "taejang-complex""#,
    );
    for part in ["seeds/firms.json", "bioprotech", "site", "taejang-complex"] {
        assert!(message.contains(part), "expected {part:?} in:\n{message}");
    }
    let message = seed_error(SeedFile::Firms, r#""anchor""#, r#""anchor", "story""#);
    for part in ["seeds/firms.json", "roles", "story"] {
        assert!(message.contains(part), "expected {part:?} in:\n{message}");
    }
}

//! The accessibility statement and the offline page: what they claim is backed by the
//! tests and the build.

use crate::common::render;
use gwnic::build::accessibility::CHECKS;
use gwnic::lang::Lang;
use gwnic::route::Page;

/// Every check the statement lists names a browser test that exists, so the statement
/// cannot claim a check nobody runs.
#[test]
fn every_check_in_the_accessibility_statement_is_a_real_test() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for check in &CHECKS {
        let text = std::fs::read_to_string(root.join(check.file))
            .unwrap_or_else(|e| panic!("{}: {e}", check.file));
        let in_a_test_name = text
            .lines()
            .any(|line| line.trim_start().starts_with("test(") && line.contains(check.test));
        assert!(
            in_a_test_name,
            "{}: no test named `{}`",
            check.file, check.test
        );
    }
}

#[test]
fn the_statement_lists_each_check_and_the_last_passing_run_in_both_languages() {
    let run = &crate::common::dataset().test_run;
    for lang in Lang::ALL {
        let page = render(&Page::Accessibility.path(lang));
        for check in &CHECKS {
            let what = check.what.get(lang);
            assert!(page.body.contains(what), "{lang:?}: {what}");
        }
        assert!(
            page.body.contains(&run.commit),
            "{lang:?}: names the commit"
        );
        assert!(
            page.body
                .contains(&gwnic::build::format::date(&run.passed, lang)),
            "{lang:?}: dates the run"
        );
        assert!(!page.needs_app, "a plain page");
    }
}

#[test]
fn the_offline_page_is_not_indexed_and_links_what_works_offline() {
    let sitemap = gwnic::build::prerender::site_files::sitemap_xml(
        crate::common::dataset(),
        &Default::default(),
    );
    for lang in Lang::ALL {
        let path = Page::Offline.path(lang);
        let page = render(&path);
        assert!(
            page.document.contains(r#"name="robots" content="noindex""#),
            "{path}"
        );
        assert!(
            !sitemap.contains(&format!("<loc>{path}</loc>")),
            "{path} in the sitemap"
        );
        for link in [Page::home().path(lang), Page::Search.path(lang)] {
            assert!(
                page.body.contains(&format!(r#"href="{link}""#)),
                "{path} links {link}"
            );
        }
    }
    assert!(sitemap.contains("<loc>/en/accessibility/</loc>"));
}

//! What the accessibility statement says, from what the tests check: each check names the
//! test file and test that performs it (a native test proves they exist), and the date of
//! the last full test run that passed, which `scripts/test` records in `seeds/test-run.json`.

use serde::Deserialize;

use crate::i18n::{self, Text};

/// One property of the site that a browser test checks on every build.
pub struct Check {
    /// The test file, from the repository root.
    pub file: &'static str,
    /// Words of the test's name, as written in that file.
    pub test: &'static str,
    pub what: Text,
}

pub const CHECKS: [Check; 10] = [
    Check {
        file: "tests/browser/routes.test.mjs",
        test: "no axe violation on any route",
        what: i18n::A11Y_CHECK_AXE,
    },
    Check {
        file: "tests/browser/accessibility.test.mjs",
        test: "in the dark colour scheme axe-core finds no violation on any section or detail page",
        what: i18n::A11Y_CHECK_DARK,
    },
    Check {
        file: "tests/browser/accessibility.test.mjs",
        test: "Tab reaches every control of every section in order, with visible, unhidden focus",
        what: i18n::A11Y_CHECK_KEYBOARD,
    },
    Check {
        file: "tests/browser/foundation.test.mjs",
        test: "the skip link is the first thing focused and moves focus to the main content",
        what: i18n::A11Y_CHECK_SKIP,
    },
    Check {
        file: "tests/browser/map.test.mjs",
        test: "keyboard alone: sites on the map and the zoom and pan buttons all work",
        what: i18n::A11Y_CHECK_MAP_KEYBOARD,
    },
    Check {
        file: "tests/browser/accessibility.test.mjs",
        test: "no section needs sideways scrolling",
        what: i18n::A11Y_CHECK_REFLOW,
    },
    Check {
        file: "tests/browser/accessibility.test.mjs",
        test: "with reduced motion the charts do not animate; without, they do",
        what: i18n::A11Y_CHECK_MOTION,
    },
    Check {
        file: "tests/browser/charts.test.mjs",
        test: "every chart renders, and its table and CSV download equal the published chart data",
        what: i18n::A11Y_CHECK_CHART_TABLES,
    },
    Check {
        file: "tests/browser/routes.test.mjs",
        test: "readable without JavaScript",
        what: i18n::A11Y_CHECK_NO_SCRIPT,
    },
    Check {
        file: "tests/browser/routes.test.mjs",
        test: "every page exists in both languages with the same structure, and English pages have no unmarked Korean",
        what: i18n::A11Y_CHECK_LANGUAGE,
    },
];

/// What the site does not yet do well, said plainly.
pub const LIMITS: [Text; 3] = [
    i18n::A11Y_LIMIT_DRAWINGS,
    i18n::A11Y_LIMIT_SOURCES,
    i18n::A11Y_LIMIT_AUTOMATED,
];

/// The last full test run that passed (`seeds/test-run.json`).
#[derive(Clone, Debug, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TestRun {
    /// The JSON Schema the file follows (`seeds/schemas/`), for editors; the checker
    /// ignores it.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// `YYYY-MM-DD`.
    pub passed: String,
    /// The commit the run tested (short hash).
    pub commit: String,
    pub command: String,
    pub note: String,
}

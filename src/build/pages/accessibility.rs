//! `/{lang}/accessibility/`: the accessibility statement, written from `accessibility::CHECKS`
//! (what the browser tests check), with the date of the last full run that passed and
//! where to report a problem.

use leptos::prelude::*;

use crate::build::accessibility::{CHECKS, LIMITS};
use crate::build::format;
use crate::build::model::Dataset;
use crate::i18n;
use crate::lang::Lang;

#[component]
pub fn Accessibility(dataset: &'static Dataset, lang: Lang) -> impl IntoView {
    let checks = CHECKS
        .iter()
        .map(|c| view! { <li>{c.what.get(lang)}</li> })
        .collect_view();
    let limits = LIMITS
        .iter()
        .map(|t| view! { <li>{t.get(lang)}</li> })
        .collect_view();
    let run = &dataset.test_run;
    let last_run = i18n::A11Y_LAST_RUN.fill(
        lang,
        &[
            ("date", &format::date(&run.passed, lang)),
            ("commit", &run.commit),
        ],
    );
    let official = dataset.official_site(lang).map(|s| s.url.clone());
    view! {
        <div class="gw-page gw-accessibility">
            <h1>{i18n::PAGE_ACCESSIBILITY.get(lang)}</h1>
            <p class="gw-lede">{i18n::A11Y_INTRO.get(lang)}</p>
            <p data-gw-last-run="">{last_run}</p>

            <h2>{i18n::A11Y_CHECKS_HEADING.get(lang)}</h2>
            <ul class="gw-link-list" data-gw-checks="">{checks}</ul>

            <h2>{i18n::A11Y_LIMITS_HEADING.get(lang)}</h2>
            <ul class="gw-link-list">{limits}</ul>

            <h2 id="report">{i18n::A11Y_REPORT_HEADING.get(lang)}</h2>
            <p>{i18n::A11Y_REPORT_BODY.get(lang)}</p>
            {official.map(|url| view! {
                <p><a href=url rel="external">{i18n::FOOTER_OFFICIAL_SITE.get(lang)}</a></p>
            })}
        </div>
    }
}

//! `/{lang}/changelog/`: each data release, newest first, with the figures it added,
//! changed (old → new) and removed, as `releases::diff` finds them, and its files; above
//! them, what changed since the newest release and is not yet released.

use leptos::prelude::*;

use crate::build::format;
use crate::build::model::Dataset;
use crate::build::model::releases::{Change, Release, Snapshot};
use crate::i18n;
use crate::lang::Lang;
use crate::route::Page;
use crate::site::use_site;

/// The id of a release's section on this page (`#v-2026-12-02`).
pub fn release_anchor(version: &str) -> String {
    format!("v-{version}")
}

#[component]
pub fn Changelog(dataset: &'static Dataset, lang: Lang) -> impl IntoView {
    let site = use_site();
    let releases = dataset
        .releases
        .iter()
        .map(|r| view! { <ReleaseSection dataset=dataset release=r lang=lang/> })
        .collect_view();
    view! {
        <div class="gw-page gw-changelog">
            <h1>{i18n::PAGE_CHANGELOG.get(lang)}</h1>
            <p class="gw-lede">{i18n::DESC_CHANGELOG.get(lang)}</p>
            <p><a href=site.href(&crate::paths::releases_feed(lang)) type="application/atom+xml">{i18n::CHANGELOG_FEED.get(lang)}</a></p>
            {unreleased(dataset, lang)}
            {releases}
        </div>
    }
}

#[component]
fn ReleaseSection(
    dataset: &'static Dataset,
    release: &'static Release,
    lang: Lang,
) -> impl IntoView {
    let dir = crate::paths::release_dir(&release.version);
    let heading = i18n::CHANGELOG_RELEASE_HEADING
        .fill(lang, &[("date", &format::date(&release.version, lang))]);
    let (added, changed, removed) = release.counts();
    let counts = if release.is_first {
        i18n::CHANGELOG_FIRST.fill(lang, &[("count", &release.figures.len().to_string())])
    } else if release.changes.is_empty() {
        i18n::CHANGELOG_NO_FIGURE_CHANGE.get(lang).to_string()
    } else {
        i18n::CHANGELOG_COUNTS.fill(
            lang,
            &[
                ("added", &added.to_string()),
                ("changed", &changed.to_string()),
                ("removed", &removed.to_string()),
            ],
        )
    };
    let site = use_site();
    let file = |name: &str| site.href(&format!("{dir}{name}"));
    view! {
        <section class="gw-section gw-release" id=release_anchor(&release.version) data-version=release.version.clone()>
            <h2>
                {heading}
                {release.is_current.then(|| view! { " " <span class="gw-badge">{i18n::CHANGELOG_CURRENT.get(lang)}</span> })}
            </h2>
            <p>{release.summary.get(lang).to_string()}</p>
            <p class="gw-release__counts">{counts}</p>
            {change_lists(dataset, &release.changes, lang)}
            <p>
                {i18n::CHANGELOG_FILES.get(lang)} ": "
                <a href=file("figures.json")>"figures.json"</a> " · "
                <a href=file("figures.csv")>"figures.csv"</a>
                <br/>
                <span class="gw-muted">{i18n::CHANGELOG_ALL_FILES.fill(lang, &[("dir", &dir)])}</span>
            </p>
        </section>
    }
}

/// The figures `changes` changed, added and removed, each with its value(s) and period.
fn change_lists(
    dataset: &'static Dataset,
    changes: &'static [Change],
    lang: Lang,
) -> impl IntoView {
    let site = use_site();
    // A figure still on the site links its page; a removed one is named as it was.
    let name = move |s: &Snapshot| {
        let label = s.label.get(lang).to_string();
        match dataset.figure_ref(&s.id) {
            Some(_) => {
                view! { <a href=site.href(&Page::Figure(s.id.clone()).path(lang))>{label}</a> }
                    .into_any()
            }
            None => view! { <span>{label}</span> }.into_any(),
        }
    };
    let shown = move |s: &Snapshot| {
        format!(
            "{} ({})",
            format::snapshot_value(s, dataset, lang),
            format::period(s.period, lang)
        )
    };
    let list = move |heading: i18n::Text, kind: &'static str, items: Vec<AnyView>| {
        (!items.is_empty()).then(|| {
            view! {
                <h3>{heading.get(lang)}</h3>
                <ul class="gw-changes" data-changes=kind>{items}</ul>
            }
        })
    };
    let items = |pick: fn(&Change) -> bool| -> Vec<AnyView> {
        changes
            .iter()
            .filter(|c| pick(c))
            .map(|c| match c {
                Change::Added(s) | Change::Removed(s) => view! {
                    <li data-figure=s.id.clone()>{name(s)} ": " <span data-value="">{shown(s)}</span></li>
                }
                .into_any(),
                Change::Changed { before, after } => view! {
                    <li data-figure=after.id.clone()>
                        {name(after)} ": "
                        <del data-before="">{shown(before)}</del> " → " <ins data-after="">{shown(after)}</ins>
                    </li>
                }
                .into_any(),
            })
            .collect()
    };
    view! {
        {list(i18n::CHANGELOG_CHANGED, "changed", items(|c| matches!(c, Change::Changed { .. })))}
        {list(i18n::CHANGELOG_ADDED, "added", items(|c| matches!(c, Change::Added(_))))}
        {list(i18n::CHANGELOG_REMOVED, "removed", items(|c| matches!(c, Change::Removed(_))))}
    }
}

/// What the live figures changed after the newest release, until the next is cut.
fn unreleased(dataset: &'static Dataset, lang: Lang) -> impl IntoView {
    (!dataset.unreleased.is_empty()).then(|| {
        let note = i18n::CHANGELOG_UNRELEASED_NOTE.fill(
            lang,
            &[
                ("version", &format::date(dataset.current_version(), lang)),
                ("date", &format::date(dataset.information_as_of, lang)),
            ],
        );
        view! {
            <section class="gw-section gw-release gw-release--unreleased" id="unreleased" data-unreleased="">
                <h2>{i18n::CHANGELOG_UNRELEASED.get(lang)}</h2>
                <p>{note}</p>
                {change_lists(dataset, &dataset.unreleased, lang)}
            </section>
        }
    })
}

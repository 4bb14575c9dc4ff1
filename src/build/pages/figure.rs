//! `/{lang}/figures/{id}/`: one figure with everything needed to check and cite it.

use leptos::prelude::*;

use crate::build::components::figure::{CitationBox, DiscrepancyNote};
use crate::build::components::table::{Column, DataTable, Label};
use crate::build::format;
use crate::build::model::releases;
use crate::build::model::{Dataset, DerivedFigure, Figure, FigureRef};
use crate::i18n::{self, Named};
use crate::lang::Lang;
use crate::route::Page;
use crate::site::use_site;

#[component]
pub fn FigurePage(dataset: &'static Dataset, id: String, lang: Lang) -> impl IntoView {
    let site = use_site();
    let Some(figure) = dataset.figure_ref(&id) else {
        // `shell::resolve` only sends known ids here; this guards a stale link all the same.
        return view! { <article class="gw-page"><p>{i18n::NOT_FOUND_TITLE.get(lang)}</p></article> }
            .into_any();
    };
    let body = match figure {
        FigureRef::Sourced(f) => sourced(f, lang).into_any(),
        FigureRef::Derived(f) => derived(f, lang).into_any(),
    };
    let notes = dataset.discrepancies_for(&id);
    let has_discrepancies = !notes.is_empty();
    let discrepancies = notes
        .into_iter()
        .map(|d| view! { <DiscrepancyNote discrepancy=d lang=lang/> })
        .collect_view();
    let derived_from = dataset.derived_from(&id);
    let kept = dataset.kept(figure.id());
    let cite_ko = format::citation(figure, kept, Lang::Ko);
    let cite_en = format::citation(figure, kept, Lang::En);
    let history = releases::history(&dataset.releases, &id);
    let history_rows = history
        .into_iter()
        .map(|(version, s)| {
            let href = site.href(&format!(
                "{}#{}",
                Page::Changelog.path(lang),
                crate::build::pages::changelog::release_anchor(version)
            ));
            view! {
                <tr data-version=version.to_string()>
                    <th scope="row"><a href=href>{format::date(version, lang)}</a></th>
                    <td class="gw-num">{format::snapshot_value(s, dataset, lang)}</td>
                    <td>{format::period(s.period, lang)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <article class="gw-page gw-figure">
            {body}
            {has_discrepancies.then(|| view! {
                <section class="gw-section">
                    <h2>{i18n::DISAGREE_HEADING.get(lang)}</h2>
                    {discrepancies}
                </section>
            })}
            {(!derived_from.is_empty()).then(|| view! {
                <section class="gw-section">
                    <h2>{i18n::DERIVED_FROM_HEADING.get(lang)}</h2>
                    <ul>
                        {derived_from.iter().map(|d| view! {
                            <li>
                                <a href=site.href(&Page::Figure(d.id.clone()).path(lang))>{d.label.get(lang).to_string()}</a>
                                ": " {format::derived_value(d, lang)}
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
            <section class="gw-section gw-history" aria-labelledby="history-heading">
                <h2 id="history-heading">{i18n::HISTORY_HEADING.get(lang)}</h2>
                <p>{i18n::HISTORY_INTRO.get(lang)}</p>
                <DataTable
                    caption=i18n::HISTORY_CAPTION.get(lang).to_string()
                    label=Label::CaptionId("history-caption".into())
                    columns=vec![
                        Column::text(i18n::HISTORY_RELEASE.get(lang)),
                        Column::number(i18n::FIELD_VALUE.get(lang)),
                        Column::text(i18n::FIELD_PERIOD.get(lang)),
                    ]
                >
                    {history_rows}
                </DataTable>
            </section>
            <section class="gw-section">
                <h2>{i18n::CITE_HEADING.get(lang)}</h2>
                <CitationBox heading=i18n::CITE_IN_KOREAN text=cite_ko lang=lang text_lang=Lang::Ko/>
                <CitationBox heading=i18n::CITE_IN_ENGLISH text=cite_en lang=lang text_lang=Lang::En/>
            </section>
            <p><a href=site.href(&Page::home().path(lang))>{i18n::BACK_TO_OVERVIEW.get(lang)}</a></p>
        </article>
    }
    .into_any()
}

fn sourced(figure: &'static Figure, lang: Lang) -> impl IntoView {
    let source = &figure.source.source;
    view! {
        <p class="gw-eyebrow">{figure.group.name().get(lang)}</p>
        <h1>{figure.label.get(lang).to_string()}</h1>
        <p class="gw-figure__value">{format::figure_value(figure, lang)}</p>
        <dl class="gw-facts">
            <dt>{i18n::FIELD_PERIOD.get(lang)}</dt>
            <dd>{format::period(figure.period, lang)}</dd>
            <dt>{i18n::FIELD_SCOPE.get(lang)}</dt>
            <dd>{figure.scope.get(lang).to_string()}</dd>
            <dt>{i18n::FIELD_DEFINITION.get(lang)}</dt>
            <dd>{figure.definition.get(lang).to_string()}</dd>
            <dt>{i18n::FIELD_RAW_VALUE.get(lang)}</dt>
            <dd><code>{format::raw_value(figure)}</code></dd>
            <dt>{i18n::FIELD_SOURCE.get(lang)}</dt>
            <dd>
                {format::source_reference(&figure.source, lang)}
                ". " <cite>{source.title.get(lang).to_string()}</cite> ". "
                <a href=source.url.clone() rel="external">{i18n::READ_SOURCE.get(lang)}</a>
            </dd>
        </dl>
        {figure.caveat.as_ref().map(|c| view! {
            <div class="gw-notice">
                <h2>{i18n::CAVEAT_HEADING.get(lang)}</h2>
                <p>{c.get(lang).to_string()}</p>
            </div>
        })}
    }
}

fn derived(figure: &'static DerivedFigure, lang: Lang) -> impl IntoView {
    let site = use_site();
    view! {
        <p class="gw-eyebrow"><span class="gw-badge">{i18n::DERIVED_BADGE.get(lang)}</span></p>
        <h1>{figure.label.get(lang).to_string()}</h1>
        <p class="gw-figure__value">{format::derived_value(figure, lang)}</p>
        <p>{i18n::DERIVED_EXPLAIN.get(lang)}</p>
        <dl class="gw-facts">
            <dt>{i18n::FIELD_DEFINITION.get(lang)}</dt>
            <dd>{figure.definition.get(lang).to_string()}</dd>
            <dt>{i18n::FIELD_FORMULA.get(lang)}</dt>
            <dd><code>{figure.formula_text()}</code></dd>
            <dt>{i18n::FIELD_INPUTS.get(lang)}</dt>
            <dd>
                <ul>
                    {figure.inputs.iter().map(|input| view! {
                        <li>
                            <a href=site.href(&Page::Figure(input.id.clone()).path(lang))>{input.label.get(lang).to_string()}</a>
                            ": " {format::figure_value(input, lang)} " (" {format::period(input.period, lang)} ")"
                        </li>
                    }).collect_view()}
                </ul>
            </dd>
        </dl>
    }
}

//! `/{lang}/press/`: every download with its size, how to cite, every figure, the
//! glossary and the sources.

use leptos::prelude::*;

use crate::components::figure::group_name;
use crate::export::DOWNLOADS;
use crate::format;
use crate::i18n;
use crate::lang::Lang;
use crate::model::Dataset;
use crate::route::{Page, Section};
use crate::site::use_site;

#[component]
pub fn Press(dataset: &'static Dataset, lang: Lang) -> impl IntoView {
    let site = use_site();
    let downloads = DOWNLOADS
        .iter()
        .map(|dl| {
            let bytes = (dl.build)(dataset).len();
            let kind = dl
                .path
                .rsplit('.')
                .next()
                .unwrap_or_default()
                .to_uppercase();
            let size = format!("{kind}, {} KB", format::decimal(bytes as f64 / 1024.0, 1));
            view! {
                <li>
                    <a href=site.href(&format!("/{}", dl.path)) download>{dl.title.get(lang)}</a>
                    " (" {size} ")"
                    <br/>
                    <span class="gw-muted">{dl.description.get(lang)}</span>
                </li>
            }
        })
        .collect_view();
    let figure_rows = dataset
        .figures
        .iter()
        .map(|f| {
            let source = dataset
                .source(&f.source.id)
                .map(|s| format::source_reference(s, f.source.paragraph, lang));
            (
                f.id.clone(),
                f.label.get(lang).to_string(),
                format::figure_value(f, lang),
                format::period(f.period, lang),
                group_name(f.group).get(lang).to_string(),
                source.unwrap_or_default(),
            )
        })
        .chain(dataset.derived.iter().map(|f| {
            (
                f.id.clone(),
                f.label.get(lang).to_string(),
                format::derived_value(f, lang),
                String::new(),
                i18n::DERIVED_BADGE.get(lang).to_string(),
                f.formula_text(),
            )
        }))
        .map(|(id, label, value, period, set, source)| {
            view! {
                <tr>
                    <th scope="row"><a href=site.href(&Page::Figure(id).path(lang))>{label}</a></th>
                    <td class="gw-num">{value}</td>
                    <td>{period}</td>
                    <td>{set}</td>
                    <td>{source}</td>
                </tr>
            }
        })
        .collect_view();
    let glossary_rows = dataset
        .terms
        .iter()
        .map(|t| view! {
            <tr>
                <td lang="ko">{t.ko.clone()}</td>
                <td lang="en">{t.en.clone()}</td>
                <td>{if t.official { i18n::YES.get(lang) } else { i18n::NO_TRANSLATED.get(lang) }}</td>
            </tr>
        })
        .collect_view();
    let sources = dataset
        .sources
        .iter()
        .map(|s| view! {
            <li>
                {format::source_reference(s, None, lang)} ". " <cite>{s.title.get(lang).to_string()}</cite> ". "
                <a href=s.url.clone() rel="external">{s.url.clone()}</a>
            </li>
        })
        .collect_view();
    view! {
        <div class="gw-page">
            <h1>{Section::Press.title().get(lang)}</h1>
            <p class="gw-lede">{Section::Press.description().get(lang)}</p>

            <h2>{i18n::PRESS_DOWNLOADS_HEADING.get(lang)}</h2>
            <p>{i18n::PRESS_DOWNLOADS_NOTE.get(lang)}</p>
            <ul class="gw-downloads">{downloads}</ul>

            <h2>{i18n::PRESS_CITE_HEADING.get(lang)}</h2>
            <p>{i18n::PRESS_CITE_BODY.get(lang)}</p>

            <h2>{i18n::PRESS_FIGURES_HEADING.get(lang)}</h2>
            <div class="gw-table-wrap" role="region" aria-labelledby="gw-figures-caption" tabindex="0">
                <table class="gw-table">
                    <caption id="gw-figures-caption">{i18n::FIGURES_CAPTION.get(lang)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{i18n::TABLE_FIGURE.get(lang)}</th>
                            <th scope="col" class="gw-num">{i18n::FIELD_VALUE.get(lang)}</th>
                            <th scope="col">{i18n::FIELD_PERIOD.get(lang)}</th>
                            <th scope="col">{i18n::FIELD_SET.get(lang)}</th>
                            <th scope="col">{i18n::FIELD_SOURCE.get(lang)}</th>
                        </tr>
                    </thead>
                    <tbody>{figure_rows}</tbody>
                </table>
            </div>

            <h2>{i18n::PRESS_GLOSSARY_HEADING.get(lang)}</h2>
            <div class="gw-table-wrap" role="region" aria-labelledby="gw-glossary-caption" tabindex="0">
                <table class="gw-table">
                    <caption id="gw-glossary-caption">{i18n::GLOSSARY_CAPTION.get(lang)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{i18n::TABLE_KOREAN.get(lang)}</th>
                            <th scope="col">{i18n::TABLE_ENGLISH.get(lang)}</th>
                            <th scope="col">{i18n::TABLE_OFFICIAL.get(lang)}</th>
                        </tr>
                    </thead>
                    <tbody>{glossary_rows}</tbody>
                </table>
            </div>

            <h2>{i18n::PRESS_SOURCES_HEADING.get(lang)}</h2>
            <ul class="gw-link-list">{sources}</ul>
        </div>
    }
}

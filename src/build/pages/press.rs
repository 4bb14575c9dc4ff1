//! `/{lang}/press/`: every download with its size, how to cite, every figure, the
//! glossary and a link to the sources (a page of their own, `pages::sources`).

use leptos::prelude::*;

use crate::build::components::table::{Column, DataTable, Label};
use crate::build::export::{DOWNLOADS, PressKitManifest};
use crate::build::format;
use crate::build::model::{Cite, Dataset, FigureRef};
use crate::i18n;
use crate::lang::Lang;
use crate::route::{Page, Section};
use crate::site::use_site;

/// What the page cites: its table of figures (the sources themselves are on the sources
/// pages).
pub fn cites(dataset: &Dataset) -> Vec<&Cite> {
    dataset
        .all_figures()
        .filter_map(|f| match f {
            FigureRef::Sourced(f) => Some(&f.source),
            FigureRef::Derived(_) => None,
        })
        .collect()
}

#[component]
pub fn Press(dataset: &'static Dataset, lang: Lang) -> impl IntoView {
    let site = use_site();
    let license = crate::build::export::license_record(dataset);
    // The press kits are built before the pages, and their sizes handed on (`BuildFacts`).
    let manifest = use_context::<crate::build::export::BuildFacts>().and_then(|f| f.press_kits);
    let downloads = DOWNLOADS
        .iter()
        .map(|dl| {
            let size = format!(
                " ({})",
                format::file_size(dl.path, (dl.build)(dataset).len())
            );
            view! {
                <li>
                    <a href=site.href(dl.path) download>{dl.title.get(lang)}</a>
                    {size}
                    <br/>
                    <span class="gw-muted">{dl.description.get(lang)}</span>
                </li>
            }
        })
        .collect_view();
    let figure_rows = dataset
        .all_figures()
        .map(|f| format::figure_line(f, lang))
        .map(|line| {
            view! {
                <tr>
                    <th scope="row"><a href=site.href(&Page::Figure(line.id).path(lang))>{line.label}</a></th>
                    <td class="gw-num">{line.value}</td>
                    <td>{line.period}</td>
                    <td>{line.set}</td>
                    <td>{line.source}</td>
                </tr>
            }
        })
        .collect_view();
    let glossary_rows = dataset
        .terms
        .iter()
        .map(|t| view! {
            <tr id=format!("term-{}", t.id)>
                <td lang="ko">{t.ko.clone()}</td>
                <td lang="en">{t.en.clone()}</td>
                <td>{if t.official { i18n::YES.get(lang) } else { i18n::NO_TRANSLATED.get(lang) }}</td>
            </tr>
        })
        .collect_view();
    let source_count = dataset.sources.len().to_string();
    view! {
        <div class="gw-page">
            <h1>{Section::Press.title().get(lang)}</h1>
            <p class="gw-lede">{Section::Press.description().get(lang)}</p>
            <super::NewestSource date=super::newest(&cites(dataset)) lang=lang/>

            <h2>{i18n::PRESS_DOWNLOADS_HEADING.get(lang)}</h2>
            <p>{i18n::PRESS_DOWNLOADS_NOTE.get(lang)}</p>
            <ul class="gw-downloads">{downloads}</ul>

            <h2 id="press-kit">{i18n::PRESS_KIT_HEADING.get(lang)}</h2>
            <p>{i18n::PRESS_KIT_BODY.fill(lang, &[("version", dataset.current_version())])}</p>
            <PressKits lang=lang manifest=manifest/>
            <p>{i18n::PRESS_KIT_CHECK.fill(lang, &[("sums", "SHA256SUMS")])}</p>

            <p>
                {i18n::PRESS_VERSIONS.fill(lang, &[("version", dataset.current_version())])} " "
                <a href=site.href(&Page::Changelog.path(lang))>{i18n::PAGE_CHANGELOG.get(lang)}</a>
            </p>

            <h2 id="licence">{i18n::PRESS_LICENCE_HEADING.get(lang)}</h2>
            <p>{i18n::PRESS_LICENCE_BODY.get(lang)}</p>
            <p>{i18n::PRESS_LICENCE_CREDIT.get(lang)} " " <q data-attribution="">{license.attribution.get(lang).to_string()}</q></p>
            <p>{i18n::FOOTER_BOUNDARIES.get(lang)}</p>
            <p><a href=license.url.clone() rel="external license">{i18n::PRESS_LICENCE_LINK.get(lang)}</a></p>
            <p>{i18n::PRESS_DATAPACKAGE.get(lang)} " " <a href=site.href(crate::paths::DATAPACKAGE)>"datapackage.json"</a></p>

            <h2>{i18n::PRESS_CITE_HEADING.get(lang)}</h2>
            <p>{i18n::PRESS_CITE_BODY.get(lang)}</p>

            <h2>{i18n::PRESS_FIGURES_HEADING.get(lang)}</h2>
            <DataTable
                caption=i18n::FIGURES_CAPTION.get(lang).to_string()
                label=Label::CaptionId("gw-figures-caption".into())
                columns=vec![
                    Column::text(i18n::TABLE_FIGURE.get(lang)),
                    Column::number(i18n::FIELD_VALUE.get(lang)),
                    Column::text(i18n::FIELD_PERIOD.get(lang)),
                    Column::text(i18n::FIELD_SET.get(lang)),
                    Column::text(i18n::FIELD_SOURCE.get(lang)),
                ]
            >
                {figure_rows}
            </DataTable>

            <h2>{i18n::PRESS_GLOSSARY_HEADING.get(lang)}</h2>
            <DataTable
                caption=i18n::GLOSSARY_CAPTION.get(lang).to_string()
                label=Label::CaptionId("gw-glossary-caption".into())
                columns=vec![
                    Column::text(i18n::TABLE_KOREAN.get(lang)),
                    Column::text(i18n::TABLE_ENGLISH.get(lang)),
                    Column::text(i18n::TABLE_OFFICIAL.get(lang)),
                ]
            >
                {glossary_rows}
            </DataTable>

            <h2>{i18n::PRESS_SOURCES_HEADING.get(lang)}</h2>
            <p>
                {i18n::PRESS_SOURCES_BODY.fill(lang, &[("count", &source_count)])} " "
                <a href=site.href(&Page::Sources.path(lang))>{i18n::SOURCES_ALL_LINK.get(lang)}</a>
            </p>
        </div>
    }
}

/// A link to each language's press kit, with its size where the build recorded it.
#[component]
fn PressKits(lang: Lang, manifest: Option<PressKitManifest>) -> impl IntoView {
    let site = use_site();
    // The page's own language first.
    let kits = [lang, lang.other()]
        .into_iter()
        .map(|kit_lang| {
            let path = crate::paths::press_kit(kit_lang);
            let label = match kit_lang {
                Lang::Ko => i18n::PRESS_KIT_KO,
                Lang::En => i18n::PRESS_KIT_EN,
            };
            let size = manifest
                .as_ref()
                .and_then(|m| m.kit(kit_lang))
                .map(|kit| format!(" ({})", format::file_size(&path, kit.bytes)));
            view! {
                <li>
                    <a href=site.href(&path) download hreflang=kit_lang.code() data-press-kit=kit_lang.code()>
                        {label.get(lang)}
                    </a>
                    {size}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="gw-downloads">{kits}</ul> }
}

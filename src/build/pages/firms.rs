//! `/{lang}/firms/`: the firms the sources name, what they make and where in Wonju, with
//! filters by role and place kept in the URL (`?role=anchor&site=enterprise-city`). It says
//! how many of the cluster's firms that is: a register of what is named, never "all".

use leptos::prelude::*;

use crate::build::components::figure::SourceLinks;
use crate::build::components::filter;
use crate::build::format;
use crate::build::model::{Cite, Dataset, Firm, FirmRole};
use crate::i18n::{self, Named};
use crate::islands::filter::{Facet, FilterIsland, tokens};
use crate::lang::Lang;
use crate::route::{Page, Section};
use crate::site::use_site;

/// What the page cites: every firm's sources.
pub fn cites(dataset: &Dataset) -> Vec<&Cite> {
    dataset.firms.iter().flat_map(|f| &f.sources).collect()
}

/// The filter's query keys: a firm's role, and the map site it is at.
const ROLE_KEY: &str = "role";
const SITE_KEY: &str = "site";

#[component]
pub fn Firms(dataset: &'static Dataset, lang: Lang) -> impl IntoView {
    let site = use_site();
    let count = dataset.figure(&dataset.named.firms_total).map(|total| {
        let period = total
            .source
            .source
            .date
            .map(|d| format::partial_date(d.month_of(), lang))
            .unwrap_or_else(|| format::period(total.period, lang));
        let text = i18n::FIRMS_COUNT.fill(
            lang,
            &[
                ("named", &dataset.firms.len().to_string()),
                ("total", &format::figure_value(total, lang)),
                ("period", &period),
            ],
        );
        let href = site.href(&Page::Figure(dataset.named.firms_total.clone()).path(lang));
        view! { <p class="gw-notice">{text} " " <a href=href>{total.label.get(lang).to_string()}</a></p> }
    });

    // The places firms are named at, in the order of the map's sites.
    let places: Vec<(&'static str, String)> = dataset
        .sites
        .iter()
        .filter(|s| {
            dataset
                .firms
                .iter()
                .any(|f| f.site.as_deref() == Some(s.id.as_str()))
        })
        .map(|s| (s.id.as_str(), s.name.get(lang).to_string()))
        .collect();

    let role_links = filter::links(
        ROLE_KEY,
        i18n::FIRMS_FILTER_ROLE.get(lang).to_string(),
        Some(i18n::FIRMS_FILTER_ROLE.get(lang).to_string()),
        i18n::FIRMS_ALL.get(lang).to_string(),
        FirmRole::ALL.map(|r| (r.code().to_string(), r.name().get(lang).to_string())),
    );
    let site_links = filter::links(
        SITE_KEY,
        i18n::FIRMS_FILTER_SITE.get(lang).to_string(),
        Some(i18n::FIRMS_FILTER_SITE.get(lang).to_string()),
        i18n::FIRMS_ALL.get(lang).to_string(),
        places
            .iter()
            .map(|(id, name)| (id.to_string(), name.clone())),
    );
    let filter = crate::build::components::island::island(FilterIsland {
        lang,
        facets: vec![
            Facet {
                key: ROLE_KEY.into(),
                values: FirmRole::ALL.map(|r| r.code().to_string()).to_vec(),
                multiple: false,
            },
            Facet {
                key: SITE_KEY.into(),
                values: places.iter().map(|(id, _)| id.to_string()).collect(),
                multiple: false,
            },
        ],
        count: i18n::FIRMS_SHOWN.get(lang).to_string(),
        ignored: i18n::FIRMS_IGNORED.get(lang).to_string(),
    });
    let list = dataset
        .firms
        .iter()
        .map(|f| view! { <FirmCard firm=f lang=lang/> })
        .collect_view();
    let shown_count = i18n::FIRMS_SHOWN.fill(lang, &[("shown", &dataset.firms.len().to_string())]);

    view! {
        <div class="gw-page gw-firms-page">
            <h1>{Section::Firms.title().get(lang)}</h1>
            <p class="gw-lede">{Section::Firms.description().get(lang)}</p>
            <super::NewestSource date=super::newest(&cites(dataset)) lang=lang/>
            {count}
            {role_links}
            {site_links}
            {filter::ignored(Some(i18n::FIRMS_IGNORED.get(lang).to_string()))}
            <p class="gw-muted">{filter::count(shown_count)}</p>
            <div class="gw-firms">
                {list}
                {filter::empty("gw-muted", i18n::FIRMS_NONE.get(lang).to_string())}
            </div>
            {filter}
        </div>
    }
}

#[component]
fn FirmCard(firm: &'static Firm, lang: Lang) -> impl IntoView {
    let site = use_site();
    let story = firm
        .roles
        .contains(&FirmRole::Story)
        .then(|| site.href(&Page::Story(firm.id.clone()).path(lang)));
    let map_href = firm.site.as_ref().map(|s| {
        format!(
            "{}?site={s}",
            site.href(&Page::Section(Section::Map).path(lang))
        )
    });
    let place = match (&firm.place, map_href) {
        (Some(p), Some(href)) => view! { <a href=href>{p.get(lang).to_string()}</a> }.into_any(),
        (Some(p), None) => p.get(lang).to_string().into_any(),
        (None, _) => i18n::FIRM_WHERE_UNKNOWN.get(lang).into_any(),
    };
    let roles = firm
        .roles
        .iter()
        .map(|r| view! { <li data-role=r.code()>{r.name().get(lang)}</li> })
        .collect_view();
    let facets = filter::item(tokens(
        firm.roles
            .iter()
            .map(|r| (ROLE_KEY, r.code()))
            .chain(firm.site.iter().map(|s| (SITE_KEY, s.as_str()))),
    ));
    view! {
        <article class="gw-card gw-firm" id=format!("firm-{}", firm.id) data-firm=firm.id.clone() data-site=firm.site.clone() {..facets}>
            <h2 class="gw-card__label">
                {match story {
                    Some(href) => view! { <a href=href>{firm.name.get(lang).to_string()}</a> }.into_any(),
                    None => firm.name.get(lang).to_string().into_any(),
                }}
            </h2>
            {(lang == Lang::En && !firm.english_name_checked).then(|| view! { <p class="gw-muted">{i18n::FIRM_NAME_OURS.get(lang)}</p> })}
            <dl class="gw-facts">
                {firm.makes.as_ref().map(|m| view! { <dt>{i18n::FIRM_MAKES.get(lang)}</dt><dd>{m.get(lang).to_string()}</dd> })}
                <dt>{i18n::FIRM_ROLES.get(lang)}</dt>
                <dd><ul class="gw-firm__roles">{roles}</ul></dd>
                <dt>{i18n::FIRM_WHERE.get(lang)}</dt>
                <dd>{place}</dd>
            </dl>
            <p class="gw-card__source">{i18n::SOURCES_LABEL.get(lang)} ": " <SourceLinks cites=&firm.sources lang=lang/></p>
        </article>
    }
}

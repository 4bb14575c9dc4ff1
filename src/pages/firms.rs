//! `/{lang}/firms/`: the firms the sources name, what they make and where in Wonju, with
//! filters by role and place kept in the URL (`?role=anchor&site=enterprise-city`). It says
//! how many of the cluster's firms that is: a register of what is named, never "all".

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::figure::SourceLinks;
use crate::format;
use crate::i18n::{self, Named};
use crate::lang::Lang;
use crate::model::{Dataset, Firm, FirmRole};
use crate::route::{Page, Section};
use crate::site::use_site;

/// The cluster's total, which the count of named firms is set against.
pub const CLUSTER_TOTAL: &str = "cluster-firms-2023";

/// The filters a URL asks for; values we do not know are dropped and reported.
#[derive(Clone, Debug, PartialEq, Default)]
struct Filters {
    role: Option<FirmRole>,
    site: Option<String>,
    ignored: bool,
}

fn filters(dataset: &Dataset, role: Option<&str>, site: Option<&str>) -> Filters {
    let mut f = Filters::default();
    if let Some(r) = role.filter(|r| !r.is_empty()) {
        match FirmRole::from_slug(r) {
            Some(role) => f.role = Some(role),
            None => f.ignored = true,
        }
    }
    match site.filter(|s| !s.is_empty()) {
        Some(s)
            if dataset
                .firms
                .iter()
                .any(|firm| firm.site.as_deref() == Some(s)) =>
        {
            f.site = Some(s.to_string())
        }
        Some(_) => f.ignored = true,
        None => {}
    }
    f
}

impl Filters {
    fn keeps(&self, firm: &Firm) -> bool {
        self.role.is_none_or(|r| firm.roles.contains(&r))
            && self
                .site
                .as_deref()
                .is_none_or(|s| firm.site.as_deref() == Some(s))
    }

    /// The query string with `role` and `site` as given (`None`: left out).
    fn href(role: Option<FirmRole>, site: Option<&str>) -> String {
        let parts: Vec<String> = role
            .map(|r| format!("role={}", r.slug()))
            .into_iter()
            .chain(site.map(|s| format!("site={s}")))
            .collect();
        format!("?{}", parts.join("&"))
    }
}

#[component]
pub fn Firms(dataset: &'static Dataset, lang: Lang) -> impl IntoView {
    crate::site::needs_app();
    let site = use_site();
    let query = use_query_map();
    let chosen = Memo::new(move |_| {
        let q = query.read();
        filters(dataset, q.get("role").as_deref(), q.get("site").as_deref())
    });

    let count = dataset.figure(CLUSTER_TOTAL).map(|total| {
        let period = total
            .source
            .source
            .date
            .as_deref()
            .map(|d| format::partial_date(&d[..d.len().min(7)], lang))
            .unwrap_or_else(|| format::period(total.period, lang));
        let text = i18n::FIRMS_COUNT.fill(
            lang,
            &[
                ("named", &dataset.firms.len().to_string()),
                ("total", &format::figure_value(total, lang)),
                ("period", &period),
            ],
        );
        let href = site.href(&Page::Figure(CLUSTER_TOTAL.to_string()).path(lang));
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

    let role_links = std::iter::once((None, i18n::FIRMS_ALL))
        .chain(FirmRole::ALL.map(|r| (Some(r), r.name())))
        .map(|(role, label)| {
            let href = move || Filters::href(role, chosen.get().site.as_deref());
            let current = move || (chosen.get().role == role).then_some("true");
            view! { <li><a href=href data-noscroll="" class="gw-filter__link" aria-current=current data-role=role.map(FirmRole::slug)>{label.get(lang)}</a></li> }
        })
        .collect_view();
    let site_links = std::iter::once((None, i18n::FIRMS_ALL.get(lang).to_string()))
        .chain(places.into_iter().map(|(id, name)| (Some(id), name)))
        .map(|(place, label)| {
            let href = move || Filters::href(chosen.get().role, place);
            let current = move || (chosen.get().site.as_deref() == place).then_some("true");
            view! { <li><a href=href data-noscroll="" class="gw-filter__link" aria-current=current data-site=place>{label}</a></li> }
        })
        .collect_view();

    let shown = move || {
        let f = chosen.get();
        dataset
            .firms
            .iter()
            .filter(|firm| f.keeps(firm))
            .collect::<Vec<_>>()
    };
    let list = move || {
        let firms = shown();
        if firms.is_empty() {
            return view! { <p class="gw-muted">{i18n::FIRMS_NONE.get(lang)}</p> }.into_any();
        }
        firms
            .into_iter()
            .map(|f| view! { <FirmCard firm=f lang=lang/> })
            .collect_view()
            .into_any()
    };
    let shown_count =
        move || i18n::FIRMS_SHOWN.fill(lang, &[("shown", &shown().len().to_string())]);
    let ignored = move || {
        chosen.get().ignored.then(
            || view! { <p class="gw-notice" role="status">{i18n::FIRMS_IGNORED.get(lang)}</p> },
        )
    };

    view! {
        <div class="gw-page gw-firms-page">
            <h1>{Section::Firms.title().get(lang)}</h1>
            <p class="gw-lede">{Section::Firms.description().get(lang)}</p>
            <super::NewestSource dataset=dataset section=Section::Firms lang=lang/>
            {count}
            <nav class="gw-filter" aria-label=i18n::FIRMS_FILTER_ROLE.get(lang)>
                <p class="gw-filter__label">{i18n::FIRMS_FILTER_ROLE.get(lang)}</p>
                <ul class="gw-filter__list">{role_links}</ul>
            </nav>
            <nav class="gw-filter" aria-label=i18n::FIRMS_FILTER_SITE.get(lang)>
                <p class="gw-filter__label">{i18n::FIRMS_FILTER_SITE.get(lang)}</p>
                <ul class="gw-filter__list">{site_links}</ul>
            </nav>
            {ignored}
            <p class="gw-muted" role="status" aria-live="polite" data-gw-live="">{shown_count}</p>
            <div class="gw-firms" data-gw-app="">{list}</div>
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
        .map(|r| view! { <li data-role=r.slug()>{r.name().get(lang)}</li> })
        .collect_view();
    view! {
        <article class="gw-card gw-firm" id=format!("firm-{}", firm.id) data-firm=firm.id.clone() data-site=firm.site.clone()>
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

//! `/{lang}/zones/`: every designation that applies in Wonju, what each gives a firm, and
//! whether it is active on the site's "information as of" date. `?status=` filters the
//! list (the link works without the app too: then every zone is shown).

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::figure::SourceLinks;
use crate::format;
use crate::i18n::{self, Named};
use crate::lang::Lang;
use crate::model::{Dataset, Zone, ZoneStatus};
use crate::route::Section;

/// What `?status=` asks for: a status, nothing, or a value we do not know.
#[derive(Clone, Debug, PartialEq)]
enum Filter {
    All,
    Status(ZoneStatus),
    Unknown(String),
}

fn filter(value: Option<&str>) -> Filter {
    match value {
        None | Some("") => Filter::All,
        Some(v) => {
            ZoneStatus::from_slug(v).map_or_else(|| Filter::Unknown(v.to_string()), Filter::Status)
        }
    }
}

#[component]
pub fn Zones(dataset: &'static Dataset, lang: Lang) -> impl IntoView {
    crate::site::needs_app();
    let query = use_query_map();
    let chosen = Memo::new(move |_| filter(query.read().get("status").as_deref()));
    let today = dataset.information_as_of.as_str();
    let as_of = format::date(today, lang);

    let links = std::iter::once((None, i18n::ZONES_FILTER_ALL))
        .chain(ZoneStatus::ALL.map(|s| (Some(s), s.name())))
        .map(|(status, label)| {
            let href = status.map_or_else(|| "?".to_string(), |s| format!("?status={}", s.slug()));
            let current = move || {
                let here = match chosen.get() {
                    Filter::Status(s) => Some(s),
                    _ => None,
                };
                (here == status).then_some("true")
            };
            view! { <li><a href=href data-noscroll="" class="gw-filter__link" aria-current=current>{label.get(lang)}</a></li> }
        })
        .collect_view();

    let shown = move || {
        let wanted = match chosen.get() {
            Filter::Status(s) => Some(s),
            _ => None,
        };
        // Current first: active, then planned, then ended; each newest first (the data's order).
        let mut zones: Vec<_> = dataset
            .zones
            .iter()
            .filter(|z| wanted.is_none_or(|s| z.status(today) == s))
            .collect();
        zones.sort_by_key(|z| ZoneStatus::ALL.iter().position(|s| *s == z.status(today)));
        zones
    };
    let count = move || {
        let total = dataset.zones.len().to_string();
        let n = shown().len().to_string();
        i18n::ZONES_SHOWN.fill(lang, &[("shown", &n), ("total", &total)])
    };
    let list = move || {
        let zones = shown();
        if zones.is_empty() {
            return view! { <p class="gw-muted">{i18n::ZONES_NONE.get(lang)}</p> }.into_any();
        }
        zones
            .into_iter()
            .map(|z| view! { <ZoneCard dataset=dataset zone=z lang=lang/> })
            .collect_view()
            .into_any()
    };
    let unknown = move || match chosen.get() {
        Filter::Unknown(value) => Some(view! {
            <p class="gw-notice" role="status">{i18n::ZONES_UNKNOWN_STATUS.fill(lang, &[("value", &value)])}</p>
        }),
        _ => None,
    };

    view! {
        <div class="gw-page gw-zones-page">
            <h1>{Section::Zones.title().get(lang)}</h1>
            <p class="gw-lede">{Section::Zones.description().get(lang)}</p>
            <super::NewestSource dataset=dataset section=Section::Zones lang=lang/>
            <p>{i18n::ZONES_INTRO.fill(lang, &[("date", &as_of)])}</p>
            <nav class="gw-filter" aria-label=i18n::ZONES_FILTER_LABEL.get(lang)>
                <ul class="gw-filter__list">{links}</ul>
            </nav>
            {unknown}
            <p class="gw-muted" role="status" aria-live="polite" data-gw-live="">{count}</p>
            <div class="gw-zones" data-gw-app="">{list}</div>
        </div>
    }
}

/// One designation: status and dates first, then what it gives, then the details.
#[component]
fn ZoneCard(dataset: &'static Dataset, zone: &'static Zone, lang: Lang) -> impl IntoView {
    let today = dataset.information_as_of.as_str();
    let status = zone.status(today);
    let date = |d: &str| format::partial_date(d, lang);
    // An end still ahead is a schedule, not a fact; a term that ran out without a known
    // lifting says only until when it was designated.
    let range = |end: &str| [("start", date(&zone.starts)), ("end", date(end))];
    let period = match &zone.ends {
        Some(end) if zone.ends_after(today) => {
            let values = range(end);
            i18n::ZONE_PERIOD_SCHEDULED
                .fill(lang, &values.each_ref().map(|(k, v)| (*k, v.as_str())))
        }
        Some(end) => {
            let values = range(end);
            i18n::ZONE_PERIOD_RANGE.fill(lang, &values.each_ref().map(|(k, v)| (*k, v.as_str())))
        }
        None => i18n::ZONE_PERIOD_OPEN.fill(lang, &[("start", &date(&zone.starts))]),
    };
    let ended = zone.ended_on(today).map(|d| {
        let text = if zone.lifted.as_deref() == Some(d) {
            i18n::ZONE_LIFTED_ON
        } else {
            i18n::ZONE_TERM_ENDED
        };
        text.fill(lang, &[("date", &date(d))])
    });
    let sites = if zone.whole_of_wonju {
        Some(i18n::ZONE_WHOLE_OF_WONJU.get(lang).to_string())
    } else if zone.sites.is_empty() {
        None
    } else {
        Some(
            zone.sites
                .iter()
                .filter_map(|id| dataset.site(id))
                .map(|s| s.name.get(lang).to_string())
                .collect::<Vec<_>>()
                .join(", "),
        )
    };
    let status_class = format!("gw-status gw-status--{}", status.slug());
    view! {
        <article class="gw-card gw-zone" id=format!("zone-{}", zone.id) data-zone=zone.id.clone() data-status=status.slug()>
            <p class="gw-card__meta">
                <span class=status_class>{status.name().get(lang)}</span>
                " " <span class="gw-badge">{zone.kind.name().get(lang)}</span>
                {ended.map(|e| view! { " " <span>{e}</span> })}
            </p>
            <h2 class="gw-card__label">{zone.name.get(lang).to_string()}</h2>
            <h3>{i18n::ZONE_GIVES.get(lang)}</h3>
            <ul>{zone.benefits.iter().map(|b| view! { <li>{b.get(lang).to_string()}</li> }).collect_view()}</ul>
            <dl class="gw-facts">
                <dt>{i18n::ZONE_DESIGNATED.get(lang)}</dt>
                <dd>{date(&zone.designated)}</dd>
                <dt>{i18n::ZONE_PERIOD.get(lang)}</dt>
                <dd>{period}</dd>
                {zone.area.as_ref().map(|a| view! { <dt>{i18n::ZONE_AREA.get(lang)}</dt><dd>{a.get(lang).to_string()}</dd> })}
                <dt>{i18n::ZONE_WHERE.get(lang)}</dt>
                <dd>{zone.place.get(lang).to_string()}</dd>
                {sites.map(|s| view! { <dt>{i18n::ZONE_ON_MAP.get(lang)}</dt><dd>{s}</dd> })}
                <dt>{i18n::ZONE_RUN_BY.get(lang)}</dt>
                <dd>{zone.run_by.get(lang).to_string()}</dd>
            </dl>
            {(!zone.notes.is_empty()).then(|| view! {
                <h3>{i18n::ZONE_NOTES.get(lang)}</h3>
                <ul class="gw-zone__notes">{zone.notes.iter().map(|n| view! { <li>{n.get(lang).to_string()}</li> }).collect_view()}</ul>
            })}
            <p class="gw-card__source">{i18n::SOURCES_LABEL.get(lang)} ": " <SourceLinks cites=&zone.sources lang=lang/></p>
        </article>
    }
}

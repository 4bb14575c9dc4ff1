//! `/{lang}/zones/`: every designation that applies in Wonju, what each gives a firm, and
//! whether it is active on the site's "information as of" date. `?status=` filters the
//! list (the link works without the app too: then every zone is shown).

use leptos::prelude::*;

use crate::build::components::figure::SourceLinks;
use crate::build::components::filter;
use crate::build::format;
use crate::build::model::{Cite, Dataset, Zone, ZoneStatus};
use crate::date::PartialDate;
use crate::i18n::{self, Named};
use crate::islands::filter::{Facet, FilterIsland, tokens};
use crate::lang::Lang;
use crate::route::Section;

/// What the page cites: every zone's sources.
pub fn cites(dataset: &Dataset) -> Vec<&Cite> {
    dataset.zones.iter().flat_map(|z| &z.sources).collect()
}

/// The filter's query key: a zone's status on the information date.
const STATUS_KEY: &str = "status";

#[component]
pub fn Zones(dataset: &'static Dataset, lang: Lang) -> impl IntoView {
    let today = dataset.information_as_of;
    let as_of = format::date(today, lang);

    let links = filter::links(
        STATUS_KEY,
        i18n::ZONES_FILTER_LABEL.get(lang).to_string(),
        None,
        i18n::ZONES_FILTER_ALL.get(lang).to_string(),
        ZoneStatus::ALL.map(|s| (s.code().to_string(), s.name().get(lang).to_string())),
    );

    // Current first: active, then planned, then ended; each newest first (the data's order).
    let mut zones: Vec<&'static Zone> = dataset.zones.iter().collect();
    zones.sort_by_key(|z| ZoneStatus::ALL.iter().position(|s| *s == z.status(today)));
    let total = zones.len().to_string();
    let count = i18n::ZONES_SHOWN.fill(lang, &[("shown", &total), ("total", &total)]);
    let list = zones
        .into_iter()
        .map(|z| view! { <ZoneCard dataset=dataset zone=z lang=lang/> })
        .collect_view();
    let filter = crate::build::components::island::island(FilterIsland {
        lang,
        facets: vec![Facet {
            key: STATUS_KEY.into(),
            values: ZoneStatus::ALL.map(|s| s.code().to_string()).to_vec(),
            multiple: false,
        }],
        count: i18n::ZONES_SHOWN.get(lang).to_string(),
        ignored: i18n::ZONES_UNKNOWN_STATUS.get(lang).to_string(),
    });

    view! {
        <div class="gw-page gw-zones-page">
            <h1>{Section::Zones.title().get(lang)}</h1>
            <p class="gw-lede">{Section::Zones.description().get(lang)}</p>
            <super::NewestSource date=super::newest(&cites(dataset)) lang=lang/>
            <p>{i18n::ZONES_INTRO.fill(lang, &[("date", &as_of)])}</p>
            {links}
            {filter::ignored(None)}
            <p class="gw-muted">{filter::count(count)}</p>
            <div class="gw-zones">
                {list}
                {filter::empty("gw-muted", i18n::ZONES_NONE.get(lang).to_string())}
            </div>
            {filter}
        </div>
    }
}

/// One designation: status and dates first, then what it gives, then the details.
#[component]
fn ZoneCard(dataset: &'static Dataset, zone: &'static Zone, lang: Lang) -> impl IntoView {
    let today = dataset.information_as_of;
    let status = zone.status(today);
    let date = |d: PartialDate| format::partial_date(d, lang);
    // An end still ahead is a schedule, not a fact; a term that ran out without a known
    // lifting says only until when it was designated.
    let range = |end: PartialDate| [("start", date(zone.starts)), ("end", date(end))];
    let period = match zone.ends {
        Some(end) if zone.ends_after(today) => {
            let values = range(end);
            i18n::ZONE_PERIOD_SCHEDULED
                .fill(lang, &values.each_ref().map(|(k, v)| (*k, v.as_str())))
        }
        Some(end) => {
            let values = range(end);
            i18n::ZONE_PERIOD_RANGE.fill(lang, &values.each_ref().map(|(k, v)| (*k, v.as_str())))
        }
        None => i18n::ZONE_PERIOD_OPEN.fill(lang, &[("start", &date(zone.starts))]),
    };
    let ended = zone.ended_on(today).map(|d| {
        let text = if zone.lifted == Some(d) {
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
    let status_class = format!("gw-status gw-status--{}", status.code());
    view! {
        <article class="gw-card gw-zone" id=format!("zone-{}", zone.id) data-zone=zone.id.clone() data-status=status.code() {..filter::item(tokens([(STATUS_KEY, status.code())]))}>
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
                <dd>{date(zone.designated)}</dd>
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

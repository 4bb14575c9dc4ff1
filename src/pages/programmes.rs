//! `/{lang}/programmes/`: every support programme the sources name, a fit-finder whose
//! choices live in the URL (the query a GET form would send), and a relocation guide that
//! ends at the promotion unit's official website. Without JavaScript every programme shows.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::components::figure::SourceLinks;
use crate::finder::{FinderState, NEED_KEY, SITUATION_KEY};
use crate::format;
use crate::i18n::{self, Named};
use crate::lang::Lang;
use crate::model::{Cite, Dataset, Need, Programme, Situation};
use crate::route::{Page, Section};
use crate::site::use_site;

#[component]
pub fn Programmes(dataset: &'static Dataset, lang: Lang) -> impl IntoView {
    crate::site::needs_app();
    let query = use_query_map();
    let state = Memo::new(move |_| {
        FinderState::from_query(|key| query.read().get_all(key).unwrap_or_default())
    });
    let navigate = use_navigate();
    let page_path = Page::Section(Section::Programmes).path(lang);
    let go = Callback::new(move |next: FinderState| {
        let q = next.to_query();
        let url = if q.is_empty() {
            page_path.clone()
        } else {
            format!("{page_path}?{q}")
        };
        navigate(
            &url,
            NavigateOptions {
                scroll: false,
                replace: true,
                ..Default::default()
            },
        );
    });

    // Ended programmes are listed apart, for the record; the finder offers the rest.
    let today = dataset.information_as_of.as_str();
    let (ended, current): (Vec<&'static Programme>, Vec<&'static Programme>) =
        dataset.programmes.iter().partition(|p| p.is_ended(today));
    let total = current.len();
    let offered = StoredValue::new(current.clone());
    let count = move || {
        let s = state.get();
        offered.with_value(|o| o.iter().filter(|p| s.matches(p)).count())
    };
    let count_text = move || {
        i18n::FINDER_COUNT.fill(
            lang,
            &[
                ("count", &count().to_string()),
                ("total", &total.to_string()),
            ],
        )
    };

    let need_boxes = Need::ALL
        .map(|need| {
            let checked = move || state.get().needs.contains(&need);
            let on_change = move |ev: leptos::ev::Event| {
                go.run(state.get_untracked().with_need(need, event_target_checked(&ev)));
            };
            view! {
                <label class="gw-check">
                    <input type="checkbox" name=NEED_KEY value=need.code() prop:checked=checked on:change=on_change/>
                    <span>{need.name().get(lang)}</span>
                </label>
            }
        })
        .collect_view();
    let situation_boxes = Situation::ALL
        .map(|situation| {
            let checked = move || state.get().situations.contains(&situation);
            let on_change = move |ev: leptos::ev::Event| {
                go.run(
                    state
                        .get_untracked()
                        .with_situation(situation, event_target_checked(&ev)),
                );
            };
            view! {
                <label class="gw-check">
                    <input type="checkbox" name=SITUATION_KEY value=situation.code() prop:checked=checked on:change=on_change/>
                    <span>{situation.name().get(lang)}</span>
                </label>
            }
        })
        .collect_view();

    let cards = current
        .into_iter()
        .map(|p| {
            let hidden = move || !state.get().matches(p);
            view! { <li class:gw-hidden=hidden><ProgrammeCard programme=p today=today lang=lang/></li> }
        })
        .collect_view();
    let ended_cards = ended
        .into_iter()
        .map(|p| view! { <li><ProgrammeCard programme=p today=today lang=lang/></li> })
        .collect_view();
    let ended_section = view! {
        <section class="gw-section" id="ended" aria-labelledby="ended-heading">
            <h2 id="ended-heading">{i18n::PROGRAMMES_ENDED.get(lang)}</h2>
            <p>{i18n::PROGRAMMES_ENDED_NOTE.get(lang)}</p>
            <ul class="gw-programmes gw-programmes--ended">{ended_cards}</ul>
        </section>
    }
    .into_any();

    let finder = view! {
        <section class="gw-section gw-finder" id="finder" aria-labelledby="finder-heading">
            <h2 id="finder-heading">{i18n::FINDER_HEADING.get(lang)}</h2>
            <div class="gw-finder__form">
                <fieldset>
                    <legend>{i18n::FINDER_NEEDS.get(lang)}</legend>
                    {need_boxes}
                </fieldset>
                <fieldset>
                    <legend>{i18n::FINDER_SITUATIONS.get(lang)}</legend>
                    {situation_boxes}
                </fieldset>
            </div>
            <p class="gw-finder__status">
                <strong class="gw-finder__count" role="status">{count_text}</strong>
                " "
                <a href="?" data-noscroll="" class="gw-finder__reset">{i18n::FINDER_RESET.get(lang)}</a>
            </p>
            {move || state.get().ignored_values.then(|| view! {
                <p class="gw-notice">{i18n::FINDER_IGNORED.get(lang)}</p>
            })}
            <p class="gw-muted">{i18n::FINDER_OUR_READING.get(lang)}</p>
            {move || (count() == 0).then(|| view! {
                <p class="gw-notice gw-finder__empty">{i18n::FINDER_EMPTY.get(lang)}</p>
            })}
            <ul class="gw-programmes">{cards}</ul>
        </section>
    }
    .into_any();

    view! {
        <div class="gw-page">
            <h1>{Section::Programmes.title().get(lang)}</h1>
            <p class="gw-lede">{Section::Programmes.description().get(lang)}</p>
            <super::NewestSource dataset=dataset section=Section::Programmes lang=lang/>
            <p>{i18n::PROGRAMMES_INTRO.get(lang)}</p>
            {finder}
            {ended_section}
            <RelocationGuide dataset=dataset lang=lang/>
        </div>
    }
    .into_any()
}

#[component]
fn ProgrammeCard(programme: &'static Programme, today: &'static str, lang: Lang) -> impl IntoView {
    let ended = programme.is_ended(today);
    let phase = match (programme.phase, ended) {
        (1, _) => i18n::PROGRAMME_PHASE1.get(lang).to_string(),
        (_, true) => i18n::PROGRAMME_ENDED_SCHEDULED.fill(
            lang,
            &[(
                "date",
                &format::partial_date(&programme.ends.to_string(), lang),
            )],
        ),
        (_, false) => i18n::PROGRAMME_PHASE2.get(lang).to_string(),
    };
    let status = if ended { "ended" } else { "current" };
    let needs = i18n::names(&programme.needs, lang);
    let situations = i18n::names(&programme.situations, lang);
    view! {
        <article class="gw-programme" id=format!("programme-{}", programme.id) data-programme=programme.id.clone() data-phase=programme.phase.to_string() data-status=status>
            <p class="gw-programme__meta">
                <span class="gw-badge">{programme.kind.name().get(lang)}</span> " " {phase}
            </p>
            <h3>{programme.name.get(lang).to_string()}</h3>
            <p>{programme.description.get(lang).to_string()}</p>
            <dl class="gw-facts">
                <dt>{i18n::PROGRAMME_FOR.get(lang)}</dt>
                <dd>{programme.audience.get(lang).to_string()} " (" {situations} ")"</dd>
                <dt>{i18n::PROGRAMME_NEEDS.get(lang)}</dt>
                <dd>{needs}</dd>
                <dt>{i18n::SOURCES_LABEL.get(lang)}</dt>
                <dd><SourceLinks cites=&programme.sources lang=lang/></dd>
            </dl>
            {(!ended).then(|| view! { <p class="gw-programme__ask">{i18n::PROGRAMME_ASK.get(lang)}</p> })}
        </article>
    }
    .into_any()
}

#[component]
fn RelocationGuide(dataset: &'static Dataset, lang: Lang) -> impl IntoView {
    let site = use_site();
    let link = |section: Section| site.href(&Page::Section(section).path(lang));
    let official = dataset.official_site(lang).map(|s| s.url.clone());
    view! {
        <section class="gw-section gw-guide" aria-labelledby="guide-heading">
            <h2 id="guide-heading">{i18n::GUIDE_HEADING.get(lang)}</h2>
            <ol class="gw-steps">
                <li>
                    {i18n::GUIDE_STEP1.get(lang)} " "
                    <a href=link(Section::Outcomes)>{Section::Outcomes.title().get(lang)}</a> " · "
                    <a href=link(Section::Stories)>{Section::Stories.title().get(lang)}</a>
                </li>
                <li>{i18n::GUIDE_STEP2.get(lang)} " " <a href=link(Section::Map)>{Section::Map.title().get(lang)}</a></li>
                <li>{i18n::GUIDE_STEP3.get(lang)} " " <a href="#finder">{i18n::FINDER_HEADING.get(lang)}</a></li>
                <li>
                    {i18n::GUIDE_STEP4.get(lang)} " "
                    {official.map(|url| view! { <a href=url rel="external">{i18n::GUIDE_CONTACT.get(lang)}</a> })}
                    " (" {i18n::SOURCES_LABEL.get(lang)} ": "
                    <SourceLinks cites=&GUIDE_SOURCES lang=lang/> ")"
                </li>
                <li>{i18n::GUIDE_STEP5.get(lang)}</li>
            </ol>
            <p class="gw-muted">{i18n::GUIDE_NO_PHONE.get(lang)}</p>
        </section>
    }
    .into_any()
}

/// Who the promotion unit is (the seed article, paragraph 3) and where it is online.
static GUIDE_SOURCES: std::sync::LazyLock<Vec<Cite>> = std::sync::LazyLock::new(|| {
    let Ok(d) = crate::model::dataset() else {
        return Vec::new();
    };
    [("etnews-2022-12-27", Some(3)), ("gwtp-english-site", None)]
        .into_iter()
        .filter_map(|(id, paragraph)| d.cite(id, paragraph))
        .collect()
});

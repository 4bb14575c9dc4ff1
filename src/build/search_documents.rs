//! What the search finds, collected from the model at build time with the same formatting
//! the pages use, so a number is found as the site writes it. Native only (`ssr`).

use crate::build::format;
use crate::build::model::{Bilingual, Dataset};
use crate::lang::Lang;
use crate::route::{Page, Section};
use crate::search::{Doc, Document, Index, Kind};

/// The language's index: pages, figures, zones, programmes, firms, stories, updates, the
/// Why-Wonju facts, the glossary and the sources, each linking the page it is on.
pub fn index(dataset: &Dataset, lang: Lang) -> Index {
    Index::build(documents(dataset, lang))
}

pub fn documents(dataset: &Dataset, lang: Lang) -> Vec<Document> {
    let on = |section: Section, anchor: &str| {
        let path = Page::Section(section).path(lang);
        if anchor.is_empty() {
            path
        } else {
            format!("{path}#{anchor}")
        }
    };
    // Each document is also found by its name in the other language (a reader of the
    // English site may know the Korean name, and the other way round).
    let document =
        |kind, title: &Bilingual, path: String, snippet: String, text: String| Document {
            doc: Doc {
                kind,
                title: title.get(lang).to_string(),
                path,
                snippet,
            },
            text: format!("{} {text}", title.get(lang.other())),
        };
    let mut out = Vec::new();
    for section in Section::ALL {
        out.push(document(
            Kind::Page,
            &Bilingual {
                ko: section.title().ko.to_string(),
                en: section.title().en.to_string(),
            },
            Page::Section(section).path(lang),
            section.description().get(lang).to_string(),
            String::new(),
        ));
    }
    for page in [Page::Sources, Page::UndatedSources] {
        out.push(document(
            Kind::Page,
            &Bilingual {
                ko: crate::build::shell::page_title(dataset, &page, Lang::Ko),
                en: crate::build::shell::page_title(dataset, &page, Lang::En),
            },
            page.path(lang),
            crate::build::shell::page_description(dataset, &page, lang),
            String::new(),
        ));
    }
    for figure in dataset.all_figures() {
        let line = format::figure_line(figure, lang);
        let snippet = [line.value.as_str(), line.period.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" · ");
        let text = format!(
            "{} {} {}",
            figure.definition().get(lang),
            line.set,
            line.source
        );
        out.push(document(
            Kind::Figure,
            figure.label(),
            Page::Figure(line.id.clone()).path(lang),
            snippet,
            text,
        ));
    }
    for zone in &dataset.zones {
        let benefits: Vec<&str> = zone.benefits.iter().map(|b| b.get(lang)).collect();
        out.push(document(
            Kind::Zone,
            &zone.name,
            on(Section::Zones, &format!("zone-{}", zone.id)),
            zone.place.get(lang).to_string(),
            format!("{} {}", zone.run_by.get(lang), benefits.join(" ")),
        ));
    }
    for p in &dataset.programmes {
        out.push(document(
            Kind::Programme,
            &p.name,
            on(Section::Programmes, &format!("programme-{}", p.id)),
            p.audience.get(lang).to_string(),
            p.description.get(lang).to_string(),
        ));
    }
    for firm in &dataset.firms {
        out.push(document(
            Kind::Firm,
            &firm.name,
            on(Section::Firms, &format!("firm-{}", firm.id)),
            firm.makes
                .as_ref()
                .map(|m| m.get(lang).to_string())
                .unwrap_or_default(),
            firm.place
                .as_ref()
                .map(|p| p.get(lang).to_string())
                .unwrap_or_default(),
        ));
    }
    for story in &dataset.stories {
        let paragraphs: Vec<&str> = story.paragraphs.iter().map(|p| p.text.get(lang)).collect();
        out.push(document(
            Kind::Story,
            &story.company,
            Page::Story(story.id.clone()).path(lang),
            story.product.get(lang).to_string(),
            format!("{} {}", story.summary.get(lang), paragraphs.join(" ")),
        ));
    }
    for entry in &dataset.timeline {
        let path = crate::build::pages::updates::event_page(dataset, entry, lang);
        out.push(document(
            Kind::Update,
            &entry.text,
            path,
            format::partial_date(entry.date, lang),
            entry
                .detail
                .as_ref()
                .map(|d| d.get(lang).to_string())
                .unwrap_or_default(),
        ));
    }
    for fact in &dataset.wonju {
        out.push(document(
            Kind::WhyWonju,
            &fact.title,
            on(Section::WhyWonju, &format!("fact-{}", fact.id)),
            format::partial_date(fact.as_of, lang),
            fact.text.get(lang).to_string(),
        ));
    }
    for term in &dataset.terms {
        let name = Bilingual {
            ko: term.ko.clone(),
            en: term.en.clone(),
        };
        out.push(document(
            Kind::Term,
            &name,
            on(Section::Press, &format!("term-{}", term.id)),
            name.get(lang.other()).to_string(),
            String::new(),
        ));
    }
    for source in &dataset.sources {
        out.push(document(
            Kind::Source,
            &source.title,
            crate::build::pages::sources::source_path(source, lang),
            format::publication(source, lang),
            String::new(),
        ));
    }
    out
}

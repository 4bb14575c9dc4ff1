//! The tokens the site publishes stay as they are: they appear in addresses (`/en/why-wonju/`,
//! `?status=active`), in the seed files editors write and in the published data, so a
//! renamed or reordered variant must not change them unnoticed.

use gwnic::build::model::{DerivedUnit, SeedFile, ZoneStatus};
use gwnic::build::seed::{
    CitedBy, Confidence, FirmRole, Group, Need, PartnerKind, ProgrammeKind, Situation, TermKind,
    Theme, Unit, ZoneKind,
};
use gwnic::chart::{ChartId, Metric};
use gwnic::lang::Lang;
use gwnic::route::{PageKind, Section};
use gwnic::search::Kind;

macro_rules! codes {
    ($t:ty) => {
        <$t>::ALL.map(<$t>::code).to_vec()
    };
}

#[test]
fn every_published_token_is_as_it_was() {
    assert_eq!(codes!(Lang), ["ko", "en"]);
    assert_eq!(
        codes!(Section),
        [
            "",
            "why-wonju",
            "updates",
            "outcomes",
            "stories",
            "map",
            "programmes",
            "zones",
            "firms",
            "partners",
            "press"
        ]
    );
    assert_eq!(
        codes!(PageKind),
        [
            "section",
            "story",
            "figure",
            "embed",
            "search",
            "changelog",
            "sources",
            "undated-sources",
            "accessibility",
            "offline"
        ]
    );
    assert_eq!(
        codes!(ChartId),
        [
            "growth",
            "growth-index",
            "firms-supported",
            "revenue-share",
            "investment",
            "evaluation"
        ]
    );
    assert_eq!(codes!(Metric), ["firms", "jobs", "revenue"]);
    assert_eq!(
        codes!(Kind),
        [
            "page",
            "figure",
            "zone",
            "programme",
            "firm",
            "story",
            "update",
            "why-wonju",
            "term",
            "source"
        ]
    );
    assert_eq!(
        codes!(Unit),
        [
            "krw",
            "firms",
            "jobs",
            "people",
            "patents",
            "percent_per_year",
            "rank",
            "indicators",
            "km",
            "km2",
            "krw_per_usd",
            "usd",
            "minutes",
            "trains",
            "beds",
            "organisations",
            "percent_change",
            "percent_share",
            "exhibitors",
            "m2",
            "units",
            "support_cases"
        ]
    );
    assert_eq!(codes!(DerivedUnit), ["percent", "index", "usd", "krw"]);
    assert_eq!(
        codes!(Group),
        [
            "phase1",
            "evaluation-2023-24",
            "funding",
            "designation",
            "reference",
            "location",
            "industry",
            "zones"
        ]
    );
    assert_eq!(
        codes!(Need),
        ["rnd", "talent", "investment", "global", "network"]
    );
    assert_eq!(codes!(Situation), ["relocating", "in-cluster"]);
    assert_eq!(
        codes!(FirmRole),
        [
            "anchor",
            "investor",
            "tenant",
            "cluster-rnd",
            "hospital-rnd-partner",
            "zone-participant",
            "story"
        ]
    );
    assert_eq!(
        codes!(Theme),
        ["industry", "travel", "people", "health-bodies", "space"]
    );
    assert_eq!(codes!(ZoneStatus), ["active", "planned", "ended"]);
    assert_eq!(
        codes!(ZoneKind),
        [
            "cluster",
            "regulation-free-zone",
            "global-innovation-zone",
            "rnd-special-zone",
            "foreign-investment-zone"
        ]
    );
    assert_eq!(codes!(ProgrammeKind), ["rnd", "non-rnd", "hub"]);
    assert_eq!(codes!(PartnerKind), ["mou", "forum", "zone", "centre"]);
    assert_eq!(
        codes!(TermKind),
        [
            "organisation",
            "company",
            "product",
            "programme",
            "partner",
            "place",
            "law"
        ]
    );
    assert_eq!(codes!(Confidence), ["low", "medium", "medium-high", "high"]);
    assert_eq!(codes!(CitedBy), ["paragraph", "url"]);
    assert_eq!(SeedFile::ALL.len(), 17);
}

//! Firms the sources name in connection with the cluster: a register of what is named,
//! never a list of every firm.

use std::collections::HashSet;

use super::Cite;
use super::files::SeedFile;
use super::validate::Checker;
use crate::build::seed::{self, Bilingual, FirmRole};
use crate::why;

#[derive(Clone, Debug, PartialEq)]
pub struct Firm {
    pub id: String,
    pub name: Bilingual,
    pub english_name_checked: bool,
    pub makes: Option<Bilingual>,
    pub roles: Vec<FirmRole>,
    pub place: Option<Bilingual>,
    pub site: Option<String>,
    pub sources: Vec<Cite>,
}

pub(crate) fn resolve_firms(
    seeds: Vec<seed::FirmSeed>,
    site_ids: &HashSet<&str>,
    story_ids: &HashSet<&str>,
    c: &mut Checker,
) -> Vec<Firm> {
    let file = SeedFile::Firms;
    c.unique_ids(file, seeds.iter().map(|f| f.id.as_str()));
    let mut firms: Vec<Firm> = seeds
        .into_iter()
        .map(|f| {
            let mut e = c.entry(file, &f.id);
            e.text("name", &f.name);
            e.optional_text("makes", f.makes.as_ref());
            e.optional_text("where", f.r#where.as_ref());
            e.require(
                !f.roles.is_empty(),
                "roles",
                why!("역할이 하나도 적혀 있지 않습니다", "names no role"),
            );
            if let Some(site) = &f.site {
                e.require(
                    site_ids.contains(site.as_str()),
                    "site",
                    why!(
                        "seeds/sites.json에 없는 거점입니다: `{site}`",
                        "`{site}` is not a site in seeds/sites.json"
                    ),
                );
                e.require(
                    f.r#where.is_some(),
                    "where",
                    why!(
                        "지도의 거점에 있는 기업은 출처에 나온 대로 위치를 적어야 합니다",
                        "a firm on a map site says where, as its source does"
                    ),
                );
            }
            e.require(
                f.roles.contains(&FirmRole::Story) == story_ids.contains(f.id.as_str()),
                "roles",
                why!(
                    "`story` 역할은 seeds/stories.json에 이야기가 실린 기업에 빠짐없이, 그 기업에만 붙입니다",
                    "`story` is the role of exactly the firms with a story in seeds/stories.json"
                ),
            );
            let sources = e.cites("sources", &f.sources);
            Firm {
                id: f.id,
                name: f.name,
                english_name_checked: f.english_name_checked,
                makes: f.makes,
                roles: f.roles,
                place: f.r#where,
                site: f.site,
                sources,
            }
        })
        .collect();
    // Those a reader is likeliest to look for first: stories and anchor firms, then the
    // firms named for more things; by English name within each.
    firms.sort_by_key(|f| {
        let prominent = f
            .roles
            .iter()
            .any(|r| matches!(r, FirmRole::Story | FirmRole::Anchor));
        (
            !prominent,
            std::cmp::Reverse(f.roles.len()),
            f.name.en.to_lowercase(),
        )
    });
    firms
}

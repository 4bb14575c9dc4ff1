//! The build's formatting: figures, periods and citations in each language, beside the
//! shared formatting of numbers and dates (re-exported here, so a page needs one module).

mod cite;
#[cfg(test)]
mod fixtures;

pub use crate::format::*;
pub use cite::{FigureLine, citation, figure_line, file_size, publication, source_reference};

use crate::build::model::{DerivedFigure, DerivedKind, Figure, FigureRef, Period, Unit};
use crate::lang::Lang;

fn plural<'a>(v: f64, one: &'a str, many: &'a str) -> &'a str {
    if v == 1.0 { one } else { many }
}

fn count(x: f64) -> String {
    decimal(x, 2)
}

/// A sourced figure's value with its unit, as a reader would write it.
pub fn figure_value(figure: &Figure, lang: Lang) -> String {
    let v = figure.value;
    let n = count(v);
    let out_of = figure.out_of.map(count).unwrap_or_default();
    match (figure.unit, lang) {
        (Unit::Krw, _) => krw(v, lang),
        (Unit::Firms, Lang::Ko) => format!("{n}개사"),
        (Unit::Firms, Lang::En) => format!("{n} {}", plural(v, "firm", "firms")),
        (Unit::Jobs, Lang::Ko) | (Unit::People, Lang::Ko) => format!("{n}명"),
        (Unit::Jobs, Lang::En) => format!("{n} {}", plural(v, "job", "jobs")),
        (Unit::People, Lang::En) => format!("{n} {}", plural(v, "person", "people")),
        (Unit::Patents, Lang::Ko) => format!("{n}건"),
        (Unit::Patents, Lang::En) => format!("{n} patents and certifications"),
        (Unit::PercentPerYear, Lang::Ko) => format!("연 {}%", decimal(v, 2)),
        (Unit::PercentPerYear, Lang::En) => format!("{}% a year", decimal(v, 2)),
        // A source may give the rank alone; the scope then says among what.
        (Unit::Rank, Lang::Ko) if figure.out_of.is_none() => format!("{n}위"),
        (Unit::Rank, Lang::En) if figure.out_of.is_none() => ordinal_en(v as u64),
        (Unit::Rank, Lang::Ko) => format!("{out_of}개 중 {n}위"),
        (Unit::Rank, Lang::En) => format!("{} of {out_of}", ordinal_en(v as u64)),
        (Unit::Indicators, Lang::Ko) => format!("{out_of}개 중 {n}개"),
        (Unit::Indicators, Lang::En) => format!("{n} of {out_of}"),
        (Unit::Km, _) => km(v, lang),
        (Unit::Km2, Lang::Ko) => format!("{n}㎢"),
        (Unit::Km2, Lang::En) => format!("{n} km²"),
        (Unit::KrwPerUsd, Lang::Ko) => format!("1달러당 {}원", decimal(v, 4)),
        (Unit::KrwPerUsd, Lang::En) => format!("KRW {} per US$", decimal(v, 4)),
        (Unit::Usd, _) => usd(v, lang),
        (Unit::Minutes, Lang::Ko) => format!("{n}분"),
        (Unit::Minutes, Lang::En) => format!("{n} {}", plural(v, "minute", "minutes")),
        (Unit::Trains, Lang::Ko) => format!("{n}회"),
        (Unit::Trains, Lang::En) => format!("{n} {}", plural(v, "train", "trains")),
        (Unit::Beds, Lang::Ko) => format!("{n}병상"),
        (Unit::Beds, Lang::En) => format!("{n} {}", plural(v, "bed", "beds")),
        (Unit::Organisations, Lang::Ko) => format!("{n}곳"),
        (Unit::Organisations, Lang::En) => format!("{n} {}", plural(v, "body", "bodies")),
        (Unit::PercentChange, Lang::Ko) if v < 0.0 => format!("{}% 감소", decimal(-v, 2)),
        (Unit::PercentChange, Lang::Ko) => format!("{}% 증가", decimal(v, 2)),
        (Unit::PercentChange, Lang::En) if v < 0.0 => format!("down {}%", decimal(-v, 2)),
        (Unit::PercentChange, Lang::En) => format!("up {}%", decimal(v, 2)),
        (Unit::PercentShare, _) => format!("{}%", decimal(v, 2)),
        (Unit::Exhibitors, Lang::Ko) => format!("{n}곳"),
        (Unit::Exhibitors, Lang::En) => format!("{n} {}", plural(v, "exhibitor", "exhibitors")),
        (Unit::M2, Lang::Ko) => format!("{n}㎡"),
        (Unit::M2, Lang::En) => format!("{n} m²"),
        (Unit::Units, Lang::Ko) => format!("{n}실"),
        (Unit::Units, Lang::En) => format!("{n} {}", plural(v, "unit", "units")),
        (Unit::SupportCases, Lang::Ko) => format!("{n}건"),
        (Unit::SupportCases, Lang::En) => format!("{n} {}", plural(v, "case", "cases")),
    }
}

/// A figure's value, sourced or derived, as a reader would write it.
pub fn value(figure: FigureRef<'_>, lang: Lang) -> String {
    match figure {
        FigureRef::Sourced(f) => figure_value(f, lang),
        FigureRef::Derived(f) => derived_value(f, lang),
    }
}

/// A figure's value in a data release: as the release's files wrote it, or for the live
/// release as the site writes it now.
pub fn snapshot_value(
    snapshot: &crate::build::model::releases::Snapshot,
    dataset: &crate::build::model::Dataset,
    lang: Lang,
) -> String {
    match &snapshot.formatted {
        Some(text) => text.get(lang).to_string(),
        None => dataset
            .figure_ref(&snapshot.id)
            .map(|figure| value(figure, lang))
            .unwrap_or_default(),
    }
}

/// A derived figure's value, formatted for what it is.
pub fn derived_value(figure: &DerivedFigure, lang: Lang) -> String {
    match figure.kind {
        DerivedKind::Share => format!("{}%", decimal(figure.value, 1)),
        DerivedKind::Index { .. } => decimal(figure.value, 1),
        DerivedKind::Usd { year } => usd_approx(figure.value, year, lang),
        DerivedKind::Won => krw(figure.value, lang),
    }
}

/// A sourced figure's raw value and unit code, as the published data holds them:
/// `42 (firms)`, `1 / 7 (rank)`.
pub fn raw_value(figure: &Figure) -> String {
    match figure.out_of {
        Some(total) => format!("{} / {} ({})", figure.value, total, figure.unit.code()),
        None => format!("{} ({})", figure.value, figure.unit.code()),
    }
}

/// `2018–2021` / `2018~2021년`; a single year is written once. A period whose start no
/// source gives reads `as reported by Dec 2022` / `2022년 12월 보도 기준`.
pub fn period(period: Period, lang: Lang) -> String {
    let end = period.end;
    match (period.start, period.as_of, lang) {
        (None, Some(m), Lang::Ko) => format!("{}년 {}월 보도 기준", m.year, m.month),
        (None, Some(m), Lang::En) => {
            let name = MONTHS_EN
                .get(usize::from(m.month).wrapping_sub(1))
                .map_or("", |n| &n[..3]);
            format!("as reported by {name} {}", m.year)
        }
        // Validation requires `as_of` without a start; the end year still says something.
        (None, None, Lang::Ko) => format!("{end}년까지"),
        (None, None, Lang::En) => format!("up to {end}"),
        (Some(start), _, Lang::Ko) if start == end => format!("{start}년"),
        (Some(start), _, Lang::Ko) => format!("{start}~{end}년"),
        (Some(start), _, Lang::En) if start == end => start.to_string(),
        (Some(start), _, Lang::En) => format!("{start}–{end}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_read_naturally_in_both_languages() {
        assert_eq!(partial_date("2018", Lang::Ko), "2018년");
        assert_eq!(partial_date("2018", Lang::En), "2018");
        assert_eq!(partial_date("2023-05", Lang::Ko), "2023년 5월");
        assert_eq!(partial_date("2023-05", Lang::En), "May 2023");
        assert_eq!(partial_date("2018-10-25", Lang::En), "25 October 2018");
        assert_eq!(partial_date("2023-13", Lang::En), "2023-13");
        assert_eq!(partial_date("soon", Lang::En), "soon");
    }

    #[test]
    fn won_amounts_in_both_languages() {
        let cases: &[(f64, &str, &str)] = &[
            (26_820_000_000.0, "268억 2,000만 원", "KRW 26.82 billion"),
            (15_600_000_000.0, "156억 원", "KRW 15.6 billion"),
            (170_000_000_000.0, "1,700억 원", "KRW 170 billion"),
            (12_500_000_000.0, "125억 원", "KRW 12.5 billion"),
            (1_878_300_000_000.0, "1조 8,783억 원", "KRW 1.8783 trillion"),
            (25_400_000_000.0, "254억 원", "KRW 25.4 billion"),
            (5_000_000.0, "500만 원", "KRW 5 million"),
            (12_345.0, "1만 2,345 원", "KRW 12,345"),
            (0.0, "0원", "KRW 0"),
        ];
        for (won, ko, en) in cases {
            assert_eq!(krw(*won, Lang::Ko), *ko);
            assert_eq!(krw(*won, Lang::En), *en);
        }
    }

    #[test]
    fn dollar_conversions_are_labelled_approximate_with_their_year() {
        let usd = 26_820_000_000.0 / 1144.8911;
        assert_eq!(
            usd_approx(usd, 2021, Lang::En),
            "≈ US$23.4 million at the 2021 average rate"
        );
        assert_eq!(
            usd_approx(usd, 2021, Lang::Ko),
            "약 2,343만 달러 (2021년 평균 환율 기준)"
        );
        assert_eq!(
            usd_approx(950.4, 2021, Lang::En),
            "≈ US$950 at the 2021 average rate"
        );
    }

    #[test]
    fn numbers_group_and_trim() {
        let cases: &[(f64, usize, &str)] = &[
            (6873.0, 0, "6,873"),
            (1144.8911, 4, "1,144.8911"),
            (5.5, 2, "5.5"),
            (14.06, 2, "14.06"),
            (123.88, 1, "123.9"),
            (100.0, 1, "100"),
            (0.4, 2, "0.4"),
            (1_000_000.0, 0, "1,000,000"),
            (-2.5, 1, "-2.5"),
        ];
        for (x, places, want) in cases {
            assert_eq!(decimal(*x, *places), *want, "{x}");
        }
    }

    #[test]
    fn ordinals() {
        let cases = [
            (1, "1st"),
            (2, "2nd"),
            (3, "3rd"),
            (4, "4th"),
            (11, "11th"),
            (12, "12th"),
            (13, "13th"),
            (21, "21st"),
            (37, "37th"),
        ];
        for (n, want) in cases {
            assert_eq!(ordinal_en(n), want);
        }
    }

    #[test]
    fn periods_and_dates() {
        let four = Period {
            start: Some(2018),
            end: 2021,
            as_of: None,
        };
        let one = Period {
            start: Some(2022),
            end: 2022,
            as_of: None,
        };
        let reported = Period {
            start: None,
            end: 2022,
            as_of: Some(crate::build::model::Month {
                year: 2022,
                month: 12,
            }),
        };
        assert_eq!(period(reported, Lang::Ko), "2022년 12월 보도 기준");
        assert_eq!(period(reported, Lang::En), "as reported by Dec 2022");
        assert_eq!(period(four, Lang::Ko), "2018~2021년");
        assert_eq!(period(four, Lang::En), "2018–2021");
        assert_eq!(period(one, Lang::Ko), "2022년");
        assert_eq!(period(one, Lang::En), "2022");
        assert_eq!(date("2022-12-27", Lang::Ko), "2022년 12월 27일");
        assert_eq!(date("2022-12-27", Lang::En), "27 December 2022");
        assert_eq!(date("2018-10-08", Lang::En), "8 October 2018");
        assert_eq!(date("not a date", Lang::En), "not a date");
        assert_eq!(date("2022-13-01", Lang::En), "2022-13-01");
        assert_eq!(paragraph(6, Lang::Ko), "6문단");
        assert_eq!(paragraph(6, Lang::En), "paragraph 6");
    }

    #[test]
    fn every_unit_formats_in_both_languages() {
        use super::fixtures::figure;
        let cases: &[(Unit, f64, Option<f64>, &str, &str)] = &[
            (Unit::Firms, 42.0, None, "42개사", "42 firms"),
            (Unit::Firms, 1.0, None, "1개사", "1 firm"),
            (Unit::Jobs, 126.0, None, "126명", "126 jobs"),
            (
                Unit::Krw,
                26_820_000_000.0,
                None,
                "268억 2,000만 원",
                "KRW 26.82 billion",
            ),
            (Unit::PercentPerYear, 5.5, None, "연 5.5%", "5.5% a year"),
            (Unit::Rank, 1.0, Some(37.0), "37개 중 1위", "1st of 37"),
            (Unit::Rank, 3.0, Some(37.0), "37개 중 3위", "3rd of 37"),
            (Unit::Rank, 2.0, None, "2위", "2nd"),
            (Unit::Indicators, 4.0, Some(5.0), "5개 중 4개", "4 of 5"),
            (Unit::Km2, 14.06, None, "14.06㎢", "14.06 km²"),
            (Unit::Km, 20.0, None, "20㎞", "20 km"),
            (Unit::People, 6873.0, None, "6,873명", "6,873 people"),
            (
                Unit::Patents,
                141.0,
                None,
                "141건",
                "141 patents and certifications",
            ),
            (
                Unit::KrwPerUsd,
                1144.8911,
                None,
                "1달러당 1,144.8911원",
                "KRW 1,144.8911 per US$",
            ),
            (
                Unit::Usd,
                747_200_000.0,
                None,
                "7억 4,720만 달러",
                "US$747.2 million",
            ),
            (Unit::Minutes, 46.0, None, "46분", "46 minutes"),
            (Unit::Trains, 8.0, None, "8회", "8 trains"),
            (Unit::Beds, 408.0, None, "408병상", "408 beds"),
            (Unit::Organisations, 13.0, None, "13곳", "13 bodies"),
            (Unit::PercentChange, 44.0, None, "44% 증가", "up 44%"),
            (Unit::PercentChange, -20.0, None, "20% 감소", "down 20%"),
            (Unit::PercentShare, 14.2, None, "14.2%", "14.2%"),
            (Unit::Exhibitors, 134.0, None, "134곳", "134 exhibitors"),
            (Unit::M2, 5093.0, None, "5,093㎡", "5,093 m²"),
            (Unit::Units, 1.0, None, "1실", "1 unit"),
            (Unit::SupportCases, 815.0, None, "815건", "815 cases"),
        ];
        for unit in Unit::ALL {
            assert!(
                cases.iter().any(|c| c.0 == unit),
                "{unit:?} has no formatting case"
            );
        }
        for (unit, value, out_of, ko, en) in cases {
            let f = figure("x", *unit, *value, *out_of);
            assert_eq!(figure_value(&f, Lang::Ko), *ko, "{unit:?}");
            assert_eq!(figure_value(&f, Lang::En), *en, "{unit:?}");
        }
        assert_eq!(
            raw_value(&figure("x", Unit::Rank, 1.0, Some(7.0))),
            "1 / 7 (rank)"
        );
        assert_eq!(
            raw_value(&figure("x", Unit::Firms, 42.0, None)),
            "42 (firms)"
        );
    }

    #[test]
    fn every_derived_kind_formats_in_both_languages() {
        use super::fixtures::derived;
        let cases: &[(DerivedKind, f64, &str, &str)] = &[
            (DerivedKind::Share, 58.1655, "58.2%", "58.2%"),
            (DerivedKind::Index { years: 4 }, 123.88246, "123.9", "123.9"),
            (
                DerivedKind::Usd { year: 2021 },
                26_820_000_000.0 / 1144.8911,
                "약 2,343만 달러 (2021년 평균 환율 기준)",
                "≈ US$23.4 million at the 2021 average rate",
            ),
            (
                DerivedKind::Won,
                11_220_000_000.0,
                "112억 2,000만 원",
                "KRW 11.22 billion",
            ),
        ];
        for (kind, value, ko, en) in cases {
            let f = derived(*kind, *value);
            assert_eq!(derived_value(&f, Lang::Ko), *ko, "{kind:?}");
            assert_eq!(derived_value(&f, Lang::En), *en, "{kind:?}");
        }
    }
}

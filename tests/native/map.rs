//! The map's data: every site is where the seeds say, in both languages with a source, and
//! the geometry the page fetches is derived from the boundaries and the sourced radius.

use crate::common::dataset;
use geo::{Contains, Point};
use gwnic::build::boundaries::{BOUNDARIES_FILE, Boundaries};
use gwnic::build::export::sites_csv;
use gwnic::build::model::{Dataset, Location, SeedFile};
use gwnic::map::{self, MapGeometry};

fn boundaries() -> Boundaries {
    Boundaries::parse(&dataset().boundaries).unwrap_or_else(|problems| {
        panic!("{BOUNDARIES_FILE} must parse: {problems:?}");
    })
}

/// The dataset with `seeds/sites.json` edited.
fn dataset_with_sites(edit: impl FnOnce(String) -> String) -> Dataset {
    let bundled = crate::common::text(SeedFile::Sites);
    let sites = edit(bundled.to_string());
    assert_ne!(sites, bundled, "test set-up: the edit changed nothing");
    Dataset::parse(&crate::common::texts().with(SeedFile::Sites, sites))
        .unwrap_or_else(|e| panic!("the edited seeds must still parse: {e}"))
}

#[test]
fn the_boundaries_hold_gangwon_wonju_and_its_25_districts() {
    let b = boundaries();
    assert_eq!(b.districts.len(), 25);
    for d in &b.districts {
        assert!(
            d.code.starts_with("32020") && d.code.len() == 7,
            "{}",
            d.code
        );
        assert!(!d.name.ko.is_empty() && !d.name.en.is_empty());
    }
    assert!(!b.city.0.is_empty() && !b.province.0.is_empty());
}

#[test]
fn every_site_with_a_coordinate_lies_inside_the_district_it_names() {
    let (d, b) = (dataset(), boundaries());
    let mut checked = 0;
    for site in &d.sites {
        if let Location::Point(p) = &site.location {
            let district = b
                .district(&p.district)
                .unwrap_or_else(|| panic!("{}: no district {}", site.id, p.district));
            assert!(
                district.shape.contains(&Point::new(p.lon, p.lat)),
                "{} is not inside {}",
                site.id,
                district.name.en
            );
            checked += 1;
        }
    }
    assert!(checked >= 2, "only {checked} sites have a coordinate");
    assert_eq!(b.check_sites(d), vec![]);
}

#[test]
fn a_coordinate_outside_its_district_is_reported_with_file_site_and_field() {
    // Severance's coordinate moved to City Hall's, which lies in Musil-dong, not Ilsan-dong.
    let d = dataset_with_sites(|s| {
        s.replace(
            r#""lat": 37.349, "lon": 127.9457"#,
            r#""lat": 37.3421, "lon": 127.92"#,
        )
    });
    let problems = boundaries().check_sites(&d);
    assert_eq!(problems.len(), 1, "{problems:?}");
    let message = problems[0].to_string();
    for part in [
        "seeds/sites.json",
        "severance",
        "location.point",
        "Ilsan-dong",
    ] {
        assert!(message.contains(part), "{part:?} not in {message}");
    }
}

#[test]
fn a_district_that_does_not_exist_is_reported() {
    let d =
        dataset_with_sites(|s| s.replacen(r#""codes": ["3202068"]"#, r#""codes": ["3202099"]"#, 1));
    let problems = boundaries().check_sites(&d);
    assert!(
        problems
            .iter()
            .any(|p| p.entry == "innovation-city" && p.reason.en.contains("3202099")),
        "{problems:?}"
    );
}

#[test]
fn a_broken_boundary_file_names_the_feature_and_field() {
    let boundaries = &dataset().boundaries;
    let broken = boundaries.replacen(r#""code":"3202011""#, r#""kode":"3202011""#, 1);
    assert!(
        &broken != boundaries,
        "test set-up: the edit changed nothing"
    );
    let problems = Boundaries::parse(&broken)
        .err()
        .expect("a feature without a code must be refused");
    assert!(
        problems
            .iter()
            .any(|p| p.file == BOUNDARIES_FILE && p.field == "code"),
        "{problems:?}"
    );
    assert!(Boundaries::parse("{").is_err());
}

#[test]
fn the_map_has_the_sites_it_promises_and_the_one_outside_wonju() {
    let d = dataset();
    for id in [
        "city-hall",
        "innovation-city",
        "enterprise-city",
        "munmak-donghwa",
        "taejang",
        "yonsei-mirae",
        "severance",
    ] {
        assert!(d.site(id).is_some(), "{id} is missing");
    }
    assert!(d.outside_sites.iter().any(|s| s.id == "ucheon"));
}

#[test]
fn the_radius_has_the_sourced_length_around_the_innovation_citys_district() {
    let (d, b) = (dataset(), boundaries());
    let g = b.map_geometry(d).expect("the geometry builds");
    let radius = d.figure("designated-radius").expect("the radius figure");
    assert_eq!(g.radius.km, radius.value);
    assert_eq!(g.radius.centre_district, "3202068");
    let (lon, lat) = g.radius.centre_lon_lat;
    assert!(
        b.district("3202068")
            .unwrap()
            .shape
            .contains(&Point::new(lon, lat))
    );
    // The circle spans twice the radius: measure it with the scale bar's map units per km.
    let per_km = g.scale_bar.length / g.scale_bar.km;
    let xs: Vec<f64> = g
        .radius
        .path
        .split(['M', 'L', 'Z'])
        .filter_map(|p| p.split_whitespace().next()?.parse().ok())
        .collect();
    let width =
        xs.iter().cloned().fold(f64::MIN, f64::max) - xs.iter().cloned().fold(f64::MAX, f64::min);
    let diameter_km = width / per_km;
    assert!(
        (diameter_km - 2.0 * radius.value).abs() < 0.5,
        "{diameter_km}"
    );
}

#[test]
fn the_published_geometry_reads_back_and_every_marker_is_on_the_map() {
    let d = dataset();
    let g = boundaries().map_geometry(d).expect("the geometry builds");
    let json = serde_json::to_string(&g).unwrap();
    let back = MapGeometry::from_json(&json).expect("reads back");
    assert_eq!(back.districts.len(), 25);
    for site in &d.sites {
        let (x, y) = map::anchor(&map::Place::of(&site.location), &back)
            .unwrap_or_else(|| panic!("{}: no marker", site.id));
        assert!(
            (0.0..=back.width).contains(&x) && (0.0..=back.height).contains(&y),
            "{}: {x}, {y}",
            site.id
        );
    }
}

/// Longitude and latitude of a point in map units (the projection's inverse).
fn unproject(p: &map::Projection, (x, y): (f64, f64)) -> Point<f64> {
    Point::new(
        x / (p.lon_factor * p.scale) + p.lon_min,
        p.lat_max - y / p.scale,
    )
}

#[test]
fn every_district_name_sits_inside_its_district_with_the_room_it_claims() {
    let b = boundaries();
    let g = b.map_geometry(dataset()).expect("the geometry builds");
    for d in &g.districts {
        let shape = &b.district(&d.code).unwrap().shape;
        let (x, y) = d.label;
        let (w, h) = d.label_room;
        assert!(w > 0.0 && h > 0.0, "{}: no room {w} × {h}", d.name.en);
        // The label's middle, both ends of its row and the top and bottom of its room.
        let probes = [
            (x, y),
            (x - w * 0.45, y),
            (x + w * 0.45, y),
            (x, y - h * 0.45),
            (x, y + h * 0.45),
        ];
        for probe in probes {
            assert!(
                shape.contains(&unproject(&g.projection, probe)),
                "{}: {probe:?} (label at {x}, {y}, room {w} × {h}) is outside the district",
                d.name.en
            );
        }
    }
}

#[test]
fn on_a_phone_the_larger_districts_are_named_and_the_small_ones_are_not() {
    use gwnic::lang::Lang;
    let g = boundaries()
        .map_geometry(dataset())
        .expect("the geometry builds");
    // The whole map on a 390 px screen is about 358 px wide; names are 12 px tall.
    let font_units = 12.0 * g.width / 358.0;
    for lang in [Lang::Ko, Lang::En] {
        let named: Vec<_> = g
            .districts
            .iter()
            .filter(|d| d.name_lines(lang, font_units).is_some())
            .collect();
        assert!(named.len() >= 8, "{lang:?}: only {} named", named.len());
        assert!(
            named.len() < g.districts.len(),
            "{lang:?}: the small dongs cannot all fit"
        );
        for d in &named {
            let lines = d.name_lines(lang, font_units).unwrap();
            let (w, h) = d.label_room;
            let longest = lines.iter().map(|l| l.chars().count()).max().unwrap() as f64;
            assert!(
                w >= font_units * longest * 0.6 / 0.9,
                "{}: {lines:?} in {w}",
                d.name.en
            );
            assert!(
                h >= font_units * lines.len() as f64 * 1.2,
                "{}: {lines:?} in {h}",
                d.name.en
            );
            assert_eq!(
                lines.concat(),
                d.name.get(lang),
                "the lines spell the whole name"
            );
        }
    }
}

#[test]
fn the_sites_csv_lists_every_site_with_its_coordinate_or_districts() {
    let d = dataset();
    let text = sites_csv(d);
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), d.sites.len() + d.outside_sites.len());
    for site in &d.sites {
        let row = rows.iter().find(|r| r[col("id")] == site.id).unwrap();
        assert_eq!(&row[col("name_ko")], site.name.ko);
        match &site.location {
            Location::Point(p) => {
                assert_eq!(row[col("lat")].parse::<f64>().unwrap(), p.lat);
                assert_eq!(row[col("lon")].parse::<f64>().unwrap(), p.lon);
            }
            Location::Districts { codes } => {
                assert_eq!(&row[col("districts_kostat_2018")], codes.join("; "));
                assert_eq!(&row[col("lat")], "");
            }
        }
    }
}

/// The sites the sources name as designated districts: the list of districts in a Kangwon Domin Ilbo report (kado, undated),
/// the 2018 designation report, and Enterprise City from the 2022 articles.
const DESIGNATED: [&str; 6] = [
    "innovation-city",
    "enterprise-city",
    "munmak-donghwa",
    "buron",
    "usan",
    "ucheon",
];

#[test]
fn only_sites_a_source_names_as_designated_are_shown_as_designated() {
    let d = dataset();
    let mut designated: Vec<&str> = d
        .sites
        .iter()
        .filter(|s| s.is_designated())
        .map(|s| s.id.as_str())
        .chain(
            d.outside_sites
                .iter()
                .filter(|s| s.is_designated())
                .map(|s| s.id.as_str()),
        )
        .collect();
    designated.sort_unstable();
    let mut expected = DESIGNATED.to_vec();
    expected.sort_unstable();
    assert_eq!(designated, expected);

    let text = sites_csv(d);
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("sites.csv has no `{name}` column"))
    };
    for row in reader.records().map(Result::unwrap) {
        let id = &row[col("id")];
        let sources = &row[col("designation_sources")];
        if DESIGNATED.contains(&id) {
            assert_eq!(&row[col("designation")], "designated", "{id}");
            assert!(!sources.is_empty(), "{id}: designated with no source");
        } else {
            assert_eq!(&row[col("designation")], "related", "{id}");
            assert_eq!(
                sources, "",
                "{id}: a related site lists designation sources"
            );
        }
    }
}

/// The seeds with `seeds/sites.json` edited; returns the error text.
fn sites_error(edit: impl FnOnce(String) -> String) -> String {
    let bundled = crate::common::text(SeedFile::Sites);
    let sites = edit(bundled.to_string());
    assert_ne!(sites, bundled, "test set-up: the edit changed nothing");
    match Dataset::parse(&crate::common::texts().with(SeedFile::Sites, sites)) {
        Ok(_) => panic!("the edited sites were accepted"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn a_designation_source_the_site_does_not_credit_is_refused() {
    // Taejang is on no list of the cluster's districts; naming that list as its
    // designation source, which the site does not credit, must fail.
    let message = sites_error(|s| {
        s.replacen(
            r#""sources": [{ "id": "medicaltimes-wonju-medical-devices" }, { "id": "investkorea-wonju-complexes" }]"#,
            r#""sources": [{ "id": "medicaltimes-wonju-medical-devices" }, { "id": "investkorea-wonju-complexes" }],
      "designated_by": [{ "id": "kado-cluster-districts" }]"#,
            1,
        )
    });
    for part in [
        "seeds/sites.json",
        "taejang",
        "designated_by",
        "kado-cluster-districts",
    ] {
        assert!(message.contains(part), "expected {part:?} in:\n{message}");
    }
}

#[test]
fn a_designated_site_listed_after_a_related_one_is_refused() {
    // The map numbers sites in file order and its lists put the designated ones first.
    let message = sites_error(|s| {
        s.replacen(
            r#"{ "id": "etnews-2022-12-27", "paragraph": 13 }]"#,
            r#"{ "id": "etnews-2022-12-27", "paragraph": 13 }],
      "designated_by": [{ "id": "etnews-2022-12-27", "paragraph": 13 }]"#,
            1,
        )
    });
    for part in [
        "seeds/sites.json",
        "yonsei-mirae",
        "designated_by",
        "before",
    ] {
        assert!(message.contains(part), "expected {part:?} in:\n{message}");
    }
}

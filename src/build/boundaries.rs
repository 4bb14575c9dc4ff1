//! Wonju's boundaries (KOSTAT 2018) as geometry, at build time only: checks that every
//! site lies where the seeds say, derives the radius around the Innovation City, and
//! projects it all into the [`MapGeometry`] the map page fetches. Native only (`ssr`).

use geo::{
    BooleanOps, BoundingRect, Centroid, Contains, Coord, Destination, Distance, Haversine,
    InteriorPoint, LineString, MultiPolygon, Point, Polygon, Rect,
};
use geojson::{FeatureCollection, GeoJson};

use crate::build::model::{Bilingual, Dataset, Location, Problem, Reason, SeedFile};
use crate::map::{DistrictShape, MAP_WIDTH, MapGeometry, Projection, RadiusShape, ScaleBar};
use crate::why;

pub const BOUNDARIES_FILE: &str = SeedFile::Boundaries.path();

const PROVINCE_CODE: &str = "32";
const CITY_CODE: &str = "32020";

pub struct Boundaries {
    pub province: MultiPolygon<f64>,
    pub city: MultiPolygon<f64>,
    pub districts: Vec<District>,
}

pub struct District {
    pub code: String,
    pub name: Bilingual,
    pub shape: MultiPolygon<f64>,
}

fn boundary_problem(entry: &str, field: &str, reason: Reason) -> Problem {
    Problem {
        file: BOUNDARIES_FILE,
        entry: entry.to_string(),
        field: field.to_string(),
        reason,
    }
}

fn site_problem(entry: &str, field: &str, reason: Reason) -> Problem {
    Problem {
        file: SeedFile::Sites.path(),
        entry: entry.to_string(),
        field: field.to_string(),
        reason,
    }
}

/// KOSTAT's romanisations are uneven (`Wonindong`, `Myeongnyun 1(il)-dong`); this writes
/// them the way the rest of the site does (`Wonin-dong`, `Myeongnyun 1-dong`).
pub fn tidy_english_name(name: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in name.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    for suffix in ["dong", "myeon", "eup"] {
        if let Some(stem) = out.strip_suffix(suffix)
            && !stem.ends_with('-')
            && !stem.is_empty()
        {
            return format!("{stem}-{suffix}");
        }
    }
    out
}

fn as_multipolygon(
    code: &str,
    geometry: Option<&geojson::Geometry>,
) -> Result<MultiPolygon<f64>, Problem> {
    let geometry = geometry
        .ok_or_else(|| boundary_problem(code, "geometry", why!("값이 없습니다", "missing")))?;
    match geo::Geometry::<f64>::try_from(geometry) {
        Ok(geo::Geometry::MultiPolygon(m)) => Ok(m),
        Ok(geo::Geometry::Polygon(p)) => Ok(MultiPolygon(vec![p])),
        Ok(_) => Err(boundary_problem(
            code,
            "geometry",
            why!("다각형이 아닙니다", "not a polygon"),
        )),
        Err(e) => Err(boundary_problem(
            code,
            "geometry",
            why!("도형을 읽을 수 없습니다: {e}", "{e}"),
        )),
    }
}

impl Boundaries {
    /// Reads the boundary file; names the feature and field of anything missing.
    pub fn parse(text: &str) -> Result<Boundaries, Vec<Problem>> {
        let collection = match text.parse::<GeoJson>() {
            Ok(GeoJson::FeatureCollection(c)) => c,
            Ok(_) => {
                return Err(vec![boundary_problem(
                    "(file)",
                    "type",
                    why!("FeatureCollection이 아닙니다", "not a FeatureCollection"),
                )]);
            }
            Err(e) => {
                return Err(vec![boundary_problem(
                    "(file)",
                    "(json)",
                    why!("GeoJSON으로 읽을 수 없습니다: {e}", "{e}"),
                )]);
            }
        };
        Self::from_features(collection)
    }

    fn from_features(collection: FeatureCollection) -> Result<Boundaries, Vec<Problem>> {
        let mut problems = Vec::new();
        let (mut province, mut city, mut districts) = (None, None, Vec::new());
        for (index, feature) in collection.features.iter().enumerate() {
            let text = |key: &str| {
                feature
                    .property(key)
                    .and_then(|v| v.as_str())
                    .map(str::to_string)
            };
            let Some(code) = text("code") else {
                problems.push(boundary_problem(
                    &format!("feature {index}"),
                    "code",
                    why!("값이 없습니다", "missing"),
                ));
                continue;
            };
            let shape = match as_multipolygon(&code, feature.geometry.as_ref()) {
                Ok(shape) => shape,
                Err(p) => {
                    problems.push(p);
                    continue;
                }
            };
            match code.as_str() {
                PROVINCE_CODE => province = Some(shape),
                CITY_CODE => city = Some(shape),
                _ if code.len() == 7 && code.starts_with(CITY_CODE) => {
                    match (text("name"), text("name_eng")) {
                        (Some(ko), Some(en)) => districts.push(District {
                            code,
                            name: Bilingual {
                                ko,
                                en: tidy_english_name(&en),
                            },
                            shape,
                        }),
                        _ => problems.push(boundary_problem(
                            &code,
                            "name, name_eng",
                            why!("값이 없습니다", "missing"),
                        )),
                    }
                }
                _ => problems.push(boundary_problem(
                    &code,
                    "code",
                    why!(
                        "강원, 원주 또는 원주 읍면동의 코드가 아닙니다",
                        "not Gangwon, Wonju or a district of Wonju"
                    ),
                )),
            }
        }
        if province.is_none() {
            problems.push(boundary_problem(
                PROVINCE_CODE,
                "code",
                why!("강원 경계선이 없습니다", "the province outline is missing"),
            ));
        }
        if city.is_none() {
            problems.push(boundary_problem(
                CITY_CODE,
                "code",
                why!("원주 경계선이 없습니다", "Wonju's outline is missing"),
            ));
        }
        match (province, city, problems.is_empty()) {
            (Some(province), Some(city), true) => Ok(Boundaries {
                province,
                city,
                districts,
            }),
            _ => Err(problems),
        }
    }

    pub fn district(&self, code: &str) -> Option<&District> {
        self.districts.iter().find(|d| d.code == code)
    }

    /// Every site names districts that exist, and every sourced coordinate lies inside the
    /// district the seeds name for it.
    pub fn check_sites(&self, dataset: &Dataset) -> Vec<Problem> {
        let mut problems = Vec::new();
        for site in &dataset.sites {
            for code in site.location.district_codes() {
                if self.district(code).is_none() {
                    problems.push(site_problem(
                        &site.id,
                        "location",
                        why!(
                            "{BOUNDARIES_FILE}에 없는 읍면동입니다: `{code}`",
                            "no district `{code}` in {BOUNDARIES_FILE}"
                        ),
                    ));
                }
            }
            if let Location::Point(p) = &site.location
                && let Some(district) = self.district(&p.district)
                && !district.shape.contains(&Point::new(p.lon, p.lat))
            {
                let (lat, lon, code) = (p.lat, p.lon, &p.district);
                let (ko, en) = (&district.name.ko, &district.name.en);
                problems.push(site_problem(
                    &site.id,
                    "location.point",
                    why!(
                        "좌표({lat}, {lon})가 {ko}({code}) 경계 밖에 있습니다",
                        "{lat}, {lon} is not inside {en} ({code})"
                    ),
                ));
            }
        }
        problems
    }

    /// The centre of the designated radius: the centroid of the centre site's district.
    pub fn radius_centre(&self, dataset: &Dataset) -> Option<(String, Point<f64>)> {
        let site = dataset.site(&dataset.radius_centre)?;
        let code = site.location.district_codes().first()?.to_string();
        let centre = self.district(&code)?.shape.centroid()?;
        Some((code, centre))
    }

    /// Projects the boundaries, the radius and a scale bar for the map page.
    pub fn map_geometry(&self, dataset: &Dataset) -> Result<MapGeometry, Problem> {
        let radius_km = dataset
            .figure(&dataset.named.radius)
            .map(|f| f.value)
            .ok_or_else(|| {
                site_problem(
                    &dataset.named.radius,
                    "figure",
                    why!("반경 수치가 없습니다", "the radius figure is missing"),
                )
            })?;
        let (centre_district, centre) = self.radius_centre(dataset).ok_or_else(|| {
            site_problem(
                &dataset.radius_centre,
                "radius_centre",
                why!(
                    "이 거점의 읍면동에서 중심점을 구할 수 없습니다",
                    "its district has no centroid"
                ),
            )
        })?;
        let circle = circle(centre, radius_km * 1000.0);
        let city_box = self.city.bounding_rect().ok_or_else(|| {
            boundary_problem(CITY_CODE, "geometry", why!("도형이 비어 있습니다", "empty"))
        })?;
        let circle_box = circle.bounding_rect().ok_or_else(|| {
            site_problem(
                &dataset.radius_centre,
                "radius",
                why!("반경 원이 비어 있습니다", "empty circle"),
            )
        })?;
        let area = pad(union(city_box, circle_box), 0.04);

        let middle_lat = area.center().y;
        let lon_factor = middle_lat.to_radians().cos();
        let scale = MAP_WIDTH / (area.width() * lon_factor);
        let projection = Projection {
            lon_min: area.min().x,
            lat_max: area.max().y,
            lon_factor,
            scale,
        };
        let height = area.height() * scale;
        let province = self.province.intersection(&area.to_polygon());

        let km_per_degree = Haversine.distance(
            Point::new(area.center().x, middle_lat - 0.5),
            Point::new(area.center().x, middle_lat + 0.5),
        ) / 1000.0;
        let scale_km = 10.0;
        Ok(MapGeometry {
            width: MAP_WIDTH,
            height: round1(height),
            projection,
            province: path(&projection, &province),
            city: path(&projection, &self.city),
            districts: self
                .districts
                .iter()
                .map(|d| {
                    let (label, label_room) = label_place(&d.shape, &projection);
                    DistrictShape {
                        code: d.code.clone(),
                        name: d.name.clone(),
                        path: path(&projection, &d.shape),
                        label,
                        label_room,
                    }
                })
                .collect(),
            radius: RadiusShape {
                km: radius_km,
                centre: rounded(projection.project(centre.x(), centre.y())),
                centre_lon_lat: (round_deg(centre.x()), round_deg(centre.y())),
                centre_district,
                path: path(&projection, &MultiPolygon(vec![circle])),
            },
            scale_bar: ScaleBar {
                km: scale_km,
                length: round1(scale_km / km_per_degree * scale),
            },
        })
    }
}

/// Where a district's name goes and how much room it has there, in map units. Rows across
/// the district at a dozen latitudes are tried; in each, the label goes in the middle of the
/// widest stretch inside the district, and the row whose spot is largest (the lesser of
/// its width and a few times its height, as a name is wider than tall) wins.
fn label_place(shape: &MultiPolygon<f64>, projection: &Projection) -> ((f64, f64), (f64, f64)) {
    let Some(bounds) = shape.bounding_rect() else {
        return ((0.0, 0.0), (0.0, 0.0));
    };
    // A band about 20 m across stands in for a line, so the cut keeps an area.
    const HALF_BAND: f64 = 0.0001;
    const ROWS: usize = 13;
    let (kx, ky) = (projection.lon_factor * projection.scale, projection.scale);
    let cut = |band: Rect<f64>| -> Vec<Rect<f64>> {
        shape
            .intersection(&band.to_polygon())
            .0
            .iter()
            .filter_map(|piece| piece.bounding_rect())
            .collect()
    };
    let mut best: Option<(f64, Point<f64>, (f64, f64))> = None;
    for i in 1..ROWS {
        let lat = bounds.min().y + bounds.height() * i as f64 / ROWS as f64;
        let across = Rect::new(
            Coord {
                x: bounds.min().x,
                y: lat - HALF_BAND,
            },
            Coord {
                x: bounds.max().x,
                y: lat + HALF_BAND,
            },
        );
        let Some(row) = cut(across)
            .into_iter()
            .max_by(|a, b| a.width().total_cmp(&b.width()))
        else {
            continue;
        };
        let middle = Point::new(row.center().x, lat);
        if !shape.contains(&middle) {
            continue;
        }
        let half_band_x = HALF_BAND * ky / kx;
        let down = Rect::new(
            Coord {
                x: middle.x() - half_band_x,
                y: bounds.min().y,
            },
            Coord {
                x: middle.x() + half_band_x,
                y: bounds.max().y,
            },
        );
        let Some(column) = cut(down)
            .into_iter()
            .find(|c| c.min().y <= lat && lat <= c.max().y)
        else {
            continue;
        };
        let width = row.width() * kx;
        let height = 2.0 * (column.max().y - lat).min(lat - column.min().y) * ky;
        let score = width.min(height * 4.0);
        if best.is_none_or(|(s, _, _)| score > s) {
            best = Some((score, middle, (width, height)));
        }
    }
    match best {
        Some((_, at, room)) => (rounded(projection.project(at.x(), at.y())), rounded(room)),
        None => {
            let at = shape.interior_point().unwrap_or(bounds.center().into());
            (rounded(projection.project(at.x(), at.y())), (0.0, 0.0))
        }
    }
}

/// A circle of `metres` around `centre` on the sphere, as a 72-sided polygon.
fn circle(centre: Point<f64>, metres: f64) -> Polygon<f64> {
    let ring: Vec<Coord<f64>> = (0..72)
        .map(|i| Haversine.destination(centre, f64::from(i) * 5.0, metres).0)
        .collect();
    Polygon::new(LineString::new(ring), vec![])
}

fn union(a: Rect<f64>, b: Rect<f64>) -> Rect<f64> {
    Rect::new(
        Coord {
            x: a.min().x.min(b.min().x),
            y: a.min().y.min(b.min().y),
        },
        Coord {
            x: a.max().x.max(b.max().x),
            y: a.max().y.max(b.max().y),
        },
    )
}

fn pad(r: Rect<f64>, fraction: f64) -> Rect<f64> {
    let (dx, dy) = (r.width() * fraction, r.height() * fraction);
    Rect::new(
        Coord {
            x: r.min().x - dx,
            y: r.min().y - dy,
        },
        Coord {
            x: r.max().x + dx,
            y: r.max().y + dy,
        },
    )
}

fn round1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

fn round_deg(v: f64) -> f64 {
    (v * 100_000.0).round() / 100_000.0
}

fn rounded((x, y): (f64, f64)) -> (f64, f64) {
    (round1(x), round1(y))
}

/// SVG path data at 0.1 map units, dropping points that round onto the previous one.
fn path(projection: &Projection, shape: &MultiPolygon<f64>) -> String {
    let mut d = String::new();
    let rings = shape
        .0
        .iter()
        .flat_map(|p| std::iter::once(p.exterior()).chain(p.interiors()));
    for ring in rings {
        let mut last = None;
        for (i, c) in ring.coords().enumerate() {
            let (x, y) = rounded(projection.project(c.x, c.y));
            if last == Some((x, y)) {
                continue;
            }
            d.push(if i == 0 { 'M' } else { 'L' });
            d.push_str(&format!("{x} {y}"));
            last = Some((x, y));
        }
        d.push('Z');
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_district_names_are_tidied() {
        assert_eq!(tidy_english_name("Wonindong"), "Wonin-dong");
        assert_eq!(
            tidy_english_name("Myeongnyun 1(il)-dong"),
            "Myeongnyun 1-dong"
        );
        assert_eq!(
            tidy_english_name("Bangokgwanseoldong"),
            "Bangokgwanseol-dong"
        );
        assert_eq!(tidy_english_name("Munmak-eup"), "Munmak-eup");
        assert_eq!(tidy_english_name("Taejang 2(i)-dong"), "Taejang 2-dong");
    }

    #[test]
    fn a_circle_has_its_radius_in_every_direction() {
        let centre = Point::new(127.95, 37.33);
        let c = circle(centre, 20_000.0);
        for p in c.exterior().points() {
            let d = Haversine.distance(centre, p);
            assert!((d - 20_000.0).abs() < 1.0, "{d}");
        }
    }
}

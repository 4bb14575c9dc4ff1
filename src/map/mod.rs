//! The cluster map's geometry and view logic. The build projects the boundaries once
//! (`build::boundaries`) into a [`MapGeometry`] published at `paths::MAP_GEOMETRY`; the map
//! island fetches it and projects the sites' coordinates with the same [`Projection`].
//! Pure: no leptos, no web_sys.

use serde::{Deserialize, Serialize};

use crate::lang::{Bilingual, Lang};

/// The query key that holds the selected site.
pub const SITE_KEY: &str = "site";
/// The query key of the chosen district (`?district=3202068`).
pub const DISTRICT_KEY: &str = "district";

/// A district code from the URL, if it has the shape of one (`32020xx`); whether the map
/// has it is only known once the geometry is there.
pub fn parse_district(value: Option<&str>) -> Option<String> {
    let value = value?.trim();
    (value.len() == 7 && value.starts_with("32020") && value.bytes().all(|b| b.is_ascii_digit()))
        .then(|| value.to_string())
}

/// Width of the map's coordinate space; the height follows the area's aspect ratio.
pub const MAP_WIDTH: f64 = 1000.0;

/// An equirectangular projection scaled by the cosine of the map's middle latitude: at
/// the size of one city (about 50 km) its distortion is well under one per cent.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Projection {
    /// Longitude at x = 0.
    pub lon_min: f64,
    /// Latitude at y = 0.
    pub lat_max: f64,
    /// cos(middle latitude): how much shorter a degree of longitude is than one of latitude.
    pub lon_factor: f64,
    /// Map units per degree of latitude.
    pub scale: f64,
}

impl Projection {
    pub fn project(&self, lon: f64, lat: f64) -> (f64, f64) {
        (
            (lon - self.lon_min) * self.lon_factor * self.scale,
            (self.lat_max - lat) * self.scale,
        )
    }
}

/// Everything the map draws, in map units (x right, y down).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MapGeometry {
    pub width: f64,
    pub height: f64,
    pub projection: Projection,
    /// The province's outline, clipped to the map.
    pub province: String,
    /// Wonju's outline.
    pub city: String,
    pub districts: Vec<DistrictShape>,
    pub radius: RadiusShape,
    pub scale_bar: ScaleBar,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DistrictShape {
    /// KOSTAT 2018 code (`32020xx`).
    pub code: String,
    pub name: Bilingual,
    /// SVG path data.
    pub path: String,
    /// A point inside the district for its label, in the middle of the district's width
    /// at that height.
    pub label: (f64, f64),
    /// The room for a label centred on `label`: the district's width at that height and
    /// twice the distance to its nearer edge above or below, in map units.
    pub label_room: (f64, f64),
}

impl DistrictShape {
    /// The district's name as the lines that fit inside it when set `font_units` tall (map
    /// units): on one line, or a Latin name broken after its hyphen ("Hojeo-" / "myeon");
    /// `None` where neither fits. A Hangul syllable is taken as 1 em, a Latin letter 0.6 em.
    pub fn name_lines(&self, lang: Lang, font_units: f64) -> Option<Vec<&str>> {
        let name = self.name.get(lang);
        let (w, h) = self.label_room;
        let fits = |lines: &[&str]| {
            let widest = lines
                .iter()
                .map(|l| {
                    l.chars()
                        .map(|c| if c.is_ascii() { 0.6 } else { 1.0 })
                        .sum::<f64>()
                })
                .fold(0.0, f64::max);
            widest * font_units <= w * 0.9 && lines.len() as f64 * font_units * 1.2 <= h
        };
        if fits(&[name]) {
            return Some(vec![name]);
        }
        let broken: Vec<&str> = match name.find('-') {
            Some(i) => vec![&name[..=i], &name[i + 1..]],
            None => return None,
        };
        fits(&broken).then_some(broken)
    }
}

/// The designated radius, drawn around an approximate centre (derived).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RadiusShape {
    pub km: f64,
    /// The centre in map units, and as longitude/latitude.
    pub centre: (f64, f64),
    pub centre_lon_lat: (f64, f64),
    /// The district whose centroid is the centre.
    pub centre_district: String,
    pub path: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScaleBar {
    pub km: f64,
    /// Its length in map units.
    pub length: f64,
}

impl ScaleBar {
    /// The longest round distance whose bar fits in `width` map units: (km, length).
    pub fn fitting(self, width: f64) -> (f64, f64) {
        let per_km = self.length / self.km;
        [10.0, 5.0, 2.0, 1.0, 0.5]
            .into_iter()
            .find(|km| km * per_km <= width)
            .map_or((0.5, 0.5 * per_km), |km| (km, km * per_km))
    }
}

impl MapGeometry {
    pub fn district(&self, code: &str) -> Option<&DistrictShape> {
        self.districts.iter().find(|d| d.code == code)
    }

    /// Reads the published geometry; the message says what is wrong.
    pub fn from_json(text: &str) -> Result<MapGeometry, String> {
        let geometry: MapGeometry = serde_json::from_str(text).map_err(|e| e.to_string())?;
        if !(geometry.width > 0.0 && geometry.height > 0.0) {
            return Err(format!(
                "the map has no size ({} × {})",
                geometry.width, geometry.height
            ));
        }
        if geometry.districts.is_empty() || geometry.city.is_empty() {
            return Err("the map holds no boundaries".to_string());
        }
        Ok(geometry)
    }
}

/// Where a site is, as the map needs it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Place {
    Point {
        lon: f64,
        lat: f64,
        district: String,
    },
    /// Shown as its districts (no coordinate is published).
    Districts(Vec<String>),
}

impl Place {
    /// The district codes the site lies in.
    pub fn district_codes(&self) -> Vec<&str> {
        match self {
            Place::Point { district, .. } => vec![district.as_str()],
            Place::Districts(codes) => codes.iter().map(String::as_str).collect(),
        }
    }
}

/// A site as the map draws it: its number follows its place in the list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mark {
    pub id: String,
    pub name: String,
    pub designated: bool,
    pub place: Place,
}

/// Where a site's marker goes, in map units: its coordinate, or the middle of its
/// districts' label points. `None` when the geometry lacks its districts.
pub fn anchor(place: &Place, geometry: &MapGeometry) -> Option<(f64, f64)> {
    match place {
        Place::Point { lon, lat, .. } => Some(geometry.projection.project(*lon, *lat)),
        Place::Districts(codes) => {
            let points: Vec<(f64, f64)> = codes
                .iter()
                .map(|c| geometry.district(c).map(|d| d.label))
                .collect::<Option<_>>()?;
            let n = points.len() as f64;
            (n > 0.0).then(|| {
                let (x, y) = points
                    .iter()
                    .fold((0.0, 0.0), |(ax, ay), (x, y)| (ax + x, ay + y));
                (x / n, y / n)
            })
        }
    }
}

/// The map's fixed layer as SVG markup, for the browser to parse in one go: the province,
/// every district (with its name as a tooltip), Wonju's outline and the radius. A district
/// that holds a site is marked; one drawn under a site's own area is chosen through that
/// site (its card shows the same zones), so only the others are choosable by pointer.
/// Keyboard and screen-reader users choose districts from the list beside the map.
pub fn base_markup(geometry: &MapGeometry, sites: &[Mark], lang: Lang) -> String {
    use crate::format::escape_html;
    let holds_site = |code: &str| {
        sites
            .iter()
            .any(|s| s.place.district_codes().contains(&code))
    };
    let under_site_area = |code: &str| {
        sites
            .iter()
            .any(|s| matches!(&s.place, Place::Districts(codes) if codes.iter().any(|c| c == code)))
    };
    let mut svg = format!(
        r#"<path class="gw-map__province" d="{}"/><g class="gw-map__districts">"#,
        escape_html(&geometry.province)
    );
    for d in &geometry.districts {
        let mut class = String::from("gw-map__district");
        if !under_site_area(&d.code) {
            class.push_str(" gw-map__district--choosable");
        }
        if holds_site(&d.code) {
            class.push_str(" gw-map__district--site");
        }
        svg.push_str(&format!(
            r#"<path class="{class}" d="{}" data-district="{}"><title>{}</title></path>"#,
            escape_html(&d.path),
            escape_html(&d.code),
            escape_html(d.name.get(lang)),
        ));
    }
    svg.push_str(&format!(
        r#"</g><path class="gw-map__city" d="{}"/><path class="gw-map__radius" d="{}"/>"#,
        escape_html(&geometry.city),
        escape_html(&geometry.radius.path),
    ));
    svg
}

/// What `?site=` asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Selection {
    None,
    Site(String),
    /// A value that names no site: shown as a notice, never an error page.
    Unknown(String),
}

impl Selection {
    /// Reads the query value against the known site ids. Never panics.
    pub fn parse<'a>(value: Option<&str>, known: impl IntoIterator<Item = &'a str>) -> Selection {
        let Some(value) = value.map(str::trim).filter(|v| !v.is_empty()) else {
            return Selection::None;
        };
        match known.into_iter().find(|id| *id == value) {
            Some(id) => Selection::Site(id.to_string()),
            None => Selection::Unknown(value.chars().take(80).collect()),
        }
    }

    pub fn site(&self) -> Option<&str> {
        match self {
            Selection::Site(id) => Some(id),
            _ => None,
        }
    }
}

/// The part of the map in view: a zoom step and the point at the middle.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    /// 0 shows the whole map; each step magnifies by [`View::STEP`].
    pub zoom: u8,
    pub centre: (f64, f64),
}

impl View {
    pub const MAX_ZOOM: u8 = 6;
    pub const STEP: f64 = 1.5;

    pub fn whole(geometry: &MapGeometry) -> View {
        View {
            zoom: 0,
            centre: (geometry.width / 2.0, geometry.height / 2.0),
        }
    }

    pub fn magnification(self) -> f64 {
        Self::STEP.powi(i32::from(self.zoom))
    }

    pub fn zoomed_in(self) -> View {
        View {
            zoom: (self.zoom + 1).min(Self::MAX_ZOOM),
            ..self
        }
    }

    pub fn zoomed_out(self) -> View {
        View {
            zoom: self.zoom.saturating_sub(1),
            ..self
        }
    }

    pub fn centred_on(self, point: (f64, f64)) -> View {
        View {
            centre: point,
            ..self
        }
    }

    /// Moves the view by a fraction of its own size (`dx`, `dy` in -1..=1).
    pub fn panned(self, geometry: &MapGeometry, dx: f64, dy: f64) -> View {
        let (_, _, w, h) = self.view_box(geometry);
        View {
            centre: (self.centre.0 + dx * w, self.centre.1 + dy * h),
            ..self
        }
    }

    /// The SVG viewBox `(x, y, width, height)`, kept inside the map.
    pub fn view_box(self, geometry: &MapGeometry) -> (f64, f64, f64, f64) {
        let m = self.magnification();
        let (w, h) = (geometry.width / m, geometry.height / m);
        let x = (self.centre.0 - w / 2.0).clamp(0.0, geometry.width - w);
        let y = (self.centre.1 - h / 2.0).clamp(0.0, geometry.height - h);
        (x, y, w, h)
    }

    pub fn view_box_attr(self, geometry: &MapGeometry) -> String {
        let (x, y, w, h) = self.view_box(geometry);
        format!("{x:.1} {y:.1} {w:.1} {h:.1}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn geometry() -> MapGeometry {
        MapGeometry {
            width: 1000.0,
            height: 800.0,
            projection: Projection {
                lon_min: 127.7,
                lat_max: 37.5,
                lon_factor: 0.8,
                scale: 2000.0,
            },
            province: String::new(),
            city: "M0 0L1 1Z".into(),
            districts: vec![DistrictShape {
                code: "3202011".into(),
                name: Bilingual {
                    ko: "문막읍".into(),
                    en: "Munmak-eup".into(),
                },
                path: "M0 0L1 1Z".into(),
                label: (10.0, 10.0),
                label_room: (20.0, 20.0),
            }],
            radius: RadiusShape {
                km: 20.0,
                centre: (500.0, 400.0),
                centre_lon_lat: (127.95, 37.3),
                centre_district: "3202068".into(),
                path: String::new(),
            },
            scale_bar: ScaleBar {
                km: 10.0,
                length: 150.0,
            },
        }
    }

    #[test]
    fn the_fixed_layer_marks_the_districts_of_sites_and_leaves_site_areas_to_their_sites() {
        let mut g = geometry();
        let mut second = g.districts[0].clone();
        second.code = "3202068".into();
        second.name = Bilingual {
            ko: "반곡관설동".into(),
            en: "Bangok<Gwanseol> & \"dong\"".into(),
        };
        let mut third = second.clone();
        third.code = "3202031".into();
        g.districts.extend([second, third]);
        let sites = [
            Mark {
                id: "pin".into(),
                name: "A pin".into(),
                designated: true,
                place: Place::Point {
                    lon: 127.9,
                    lat: 37.3,
                    district: "3202068".into(),
                },
            },
            Mark {
                id: "area".into(),
                name: "An area".into(),
                designated: true,
                place: Place::Districts(vec!["3202011".into()]),
            },
        ];
        let svg = base_markup(&g, &sites, Lang::En);
        let class_of = |code: &str| {
            let at = svg.find(&format!(r#"data-district="{code}""#)).expect(code);
            let start = svg[..at].rfind("class=\"").expect("class") + 7;
            svg[start..start + svg[start..].find('"').expect("end")].to_string()
        };
        assert_eq!(
            class_of("3202011"),
            "gw-map__district gw-map__district--site"
        );
        assert_eq!(
            class_of("3202068"),
            "gw-map__district gw-map__district--choosable gw-map__district--site"
        );
        assert_eq!(
            class_of("3202031"),
            "gw-map__district gw-map__district--choosable"
        );
        assert_eq!(svg.matches("<title>").count(), 3, "{svg}");
        assert!(svg.contains("<title>Munmak-eup</title>"), "{svg}");
        assert!(
            svg.contains("<title>Bangok&lt;Gwanseol&gt; &amp; &quot;dong&quot;</title>"),
            "names are escaped: {svg}"
        );
        assert!(base_markup(&g, &sites, Lang::Ko).contains("<title>문막읍</title>"));
        for part in ["gw-map__province", "gw-map__city", "gw-map__radius"] {
            assert_eq!(svg.matches(part).count(), 1, "{part}: {svg}");
        }
    }

    #[test]
    fn the_projection_puts_the_corner_at_the_origin_and_shortens_longitude() {
        let p = geometry().projection;
        assert_eq!(p.project(127.7, 37.5), (0.0, 0.0));
        let (x, y) = p.project(127.8, 37.4);
        assert!((x - 160.0).abs() < 1e-9, "{x}");
        assert!((y - 200.0).abs() < 1e-9, "{y}");
    }

    #[test]
    fn the_site_query_selects_only_known_sites() {
        let known = ["city-hall", "taejang"];
        assert_eq!(Selection::parse(None, known), Selection::None);
        assert_eq!(Selection::parse(Some("  "), known), Selection::None);
        assert_eq!(
            Selection::parse(Some("taejang"), known),
            Selection::Site("taejang".into())
        );
        assert_eq!(
            Selection::parse(Some("<script>"), known),
            Selection::Unknown("<script>".into())
        );
        let long = "x".repeat(500);
        assert!(
            matches!(Selection::parse(Some(&long), known), Selection::Unknown(v) if v.len() == 80)
        );
    }

    #[test]
    fn zoom_stays_within_its_steps_and_the_view_within_the_map() {
        let g = geometry();
        let whole = View::whole(&g);
        assert_eq!(whole.view_box(&g), (0.0, 0.0, 1000.0, 800.0));
        assert_eq!(whole.zoomed_out(), whole);
        let mut view = whole;
        for _ in 0..20 {
            view = view.zoomed_in();
        }
        assert_eq!(view.zoom, View::MAX_ZOOM);
        // Centred on a corner, the box is pushed back inside the map.
        let (x, y, w, h) = view.centred_on((0.0, 800.0)).view_box(&g);
        assert_eq!((x, y + h), (0.0, 800.0));
        assert!(w < 1000.0 / 10.0);
        let panned = view.centred_on((500.0, 400.0)).panned(&g, 0.5, 0.0);
        assert!(panned.centre.0 > 500.0);
    }

    #[test]
    fn the_scale_bar_takes_the_longest_round_distance_that_fits() {
        let bar = ScaleBar {
            km: 10.0,
            length: 100.0,
        };
        assert_eq!(bar.fitting(150.0), (10.0, 100.0));
        assert_eq!(bar.fitting(99.0), (5.0, 50.0));
        assert_eq!(bar.fitting(12.0), (1.0, 10.0));
        assert_eq!(bar.fitting(1.0), (0.5, 5.0));
    }

    #[test]
    fn a_marker_sits_on_its_coordinate_or_among_its_districts() {
        let g = geometry();
        let districts = Place::Districts(vec!["3202011".into()]);
        assert_eq!(anchor(&districts, &g), Some((10.0, 10.0)));
        let missing = Place::Districts(vec!["3202011".into(), "3202099".into()]);
        assert_eq!(anchor(&missing, &g), None);
        let point = Place::Point {
            lat: 37.4,
            lon: 127.8,
            district: "3202011".into(),
        };
        let (x, y) = anchor(&point, &g).unwrap();
        assert!((x - 160.0).abs() < 1e-9 && (y - 200.0).abs() < 1e-9);
    }

    #[test]
    fn published_geometry_is_checked_when_read() {
        let text = serde_json::to_string(&geometry()).unwrap();
        assert_eq!(MapGeometry::from_json(&text), Ok(geometry()));
        assert!(MapGeometry::from_json("{").is_err());
        let mut empty = geometry();
        empty.districts.clear();
        let text = serde_json::to_string(&empty).unwrap();
        assert!(
            MapGeometry::from_json(&text)
                .unwrap_err()
                .contains("no boundaries")
        );
    }
}

//! The map's parts that are made from the model: a site as the map island draws it, and
//! the home page's small map of Wonju.

use crate::build::model::{Location, Site};
use crate::lang::Lang;
use crate::map::{MapGeometry, Mark, Place, anchor};

impl Place {
    pub fn of(location: &Location) -> Place {
        match location {
            Location::Point(p) => Place::Point {
                lon: p.lon,
                lat: p.lat,
                district: p.district.clone(),
            },
            Location::Districts { codes } => Place::Districts(codes.clone()),
        }
    }
}

impl Mark {
    pub fn of(site: &Site, lang: Lang) -> Mark {
        Mark {
            id: site.id.clone(),
            name: site.name.get(lang).to_string(),
            designated: site.is_designated(),
            place: Place::of(&site.location),
        }
    }
}

/// The home page's map of Wonju as a standalone SVG: districts, the city outline, the
/// designated radius and a dot for each site (filled where designated, outlined where
/// related). It carries no text, so one file serves both languages; the page gives its
/// meaning in words. Colours are the site's accent and greys, readable on light and dark.
pub fn teaser_svg(geometry: &MapGeometry, sites: &[Site]) -> String {
    let (w, h) = (geometry.width, geometry.height);
    let mut svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w:.0} {h:.0}" width="{w:.0}" height="{h:.0}">"##
    );
    svg.push_str(r##"<g fill="#eef3f7" stroke="#9aa5b1" stroke-width="1.5">"##);
    for d in &geometry.districts {
        svg.push_str(&format!(r#"<path d="{}"/>"#, d.path));
    }
    svg.push_str("</g>");
    svg.push_str(&format!(
        r##"<path d="{}" fill="none" stroke="#0b5c8a" stroke-width="5"/>"##,
        geometry.city
    ));
    svg.push_str(&format!(
        r##"<path d="{}" fill="none" stroke="#b35900" stroke-width="4" stroke-dasharray="14 9"/>"##,
        geometry.radius.path
    ));
    for site in sites {
        let Some((x, y)) = anchor(&Place::of(&site.location), geometry) else {
            continue;
        };
        let fill = if site.is_designated() {
            "#0b5c8a"
        } else {
            "#ffffff"
        };
        svg.push_str(&format!(
            r##"<circle cx="{x:.1}" cy="{y:.1}" r="13" fill="{fill}" stroke="#0b5c8a" stroke-width="5"/>"##
        ));
    }
    svg.push_str("</svg>");
    svg
}

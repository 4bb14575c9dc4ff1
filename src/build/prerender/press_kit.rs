//! The press kit: one ZIP per language with every download, the charts as SVG and CSV, the
//! data package, a fact sheet (the printed home page as one self-contained HTML file), the
//! paragraph about the cluster and `SHA256SUMS`. Built after the charts are drawn and before
//! the pages are written, so the press page states each kit's size.

use std::io::Write;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::build::chart::ChartId;
use crate::build::export::{self, DOWNLOADS, PressKitEntry, PressKitFile, PressKitManifest};
use crate::build::model::Dataset;
use crate::i18n;
use crate::lang::Lang;
use crate::route::{Page, Section};
use crate::site::SiteConfig;

/// The list of checksums inside each kit, in the format `sha256sum -c` reads.
pub const SUMS_NAME: &str = "SHA256SUMS";

/// One file of a kit: its name inside the kit's folder and its bytes.
#[derive(Clone, Debug)]
pub struct KitFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// The kit's folder inside the ZIP, so unpacking it makes one folder that names the release.
pub fn folder(lang: Lang, version: &str) -> String {
    format!("gwnic-press-kit-{}-{version}", lang.code())
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The files of `lang`'s kit, `SHA256SUMS` last. `dist` holds the drawn charts and the data
/// package; `fact_sheet` is the standalone home page (see `template::fact_sheet`).
pub fn files(
    dist: &Path,
    dataset: &Dataset,
    lang: Lang,
    config: &SiteConfig,
    fact_sheet: String,
) -> Result<Vec<KitFile>, String> {
    let read = |site_path: &str| {
        let file = dist.join(site_path.trim_start_matches('/'));
        std::fs::read(&file)
            .map_err(|e| format!("{}: cannot read for the press kit: {e}", file.display()))
    };
    let name_of = |site_path: &str| {
        site_path
            .rsplit('/')
            .next()
            .unwrap_or(site_path)
            .to_string()
    };
    let mut files = vec![
        KitFile {
            name: "README.txt".into(),
            bytes: about(dataset, lang, config).into_bytes(),
        },
        KitFile {
            name: "fact-sheet.html".into(),
            bytes: fact_sheet.into_bytes(),
        },
    ];
    for download in &DOWNLOADS {
        files.push(KitFile {
            name: format!("data/{}", name_of(download.path)),
            bytes: (download.build)(dataset).into_bytes(),
        });
    }
    files.push(KitFile {
        name: format!("data/{}", name_of(crate::paths::DATAPACKAGE)),
        bytes: read(crate::paths::DATAPACKAGE)?,
    });
    for id in ChartId::ALL {
        for path in [
            crate::paths::chart_svg(id, lang),
            crate::paths::chart_csv(id, lang),
        ] {
            files.push(KitFile {
                name: format!("charts/{}", name_of(&path)),
                bytes: read(&path)?,
            });
        }
    }
    let sums: String = files
        .iter()
        .map(|f| format!("{}  {}\n", sha256_hex(&f.bytes), f.name))
        .collect();
    files.push(KitFile {
        name: SUMS_NAME.into(),
        bytes: sums.into_bytes(),
    });
    Ok(files)
}

/// The kit's `README.txt`: the paragraph about the cluster, the date of the information,
/// the release, the licence and what each folder holds.
fn about(dataset: &Dataset, lang: Lang, config: &SiteConfig) -> String {
    let license = export::license_record(dataset);
    let version = dataset.current_version();
    [
        i18n::SITE_NAME.get(lang).to_string(),
        String::new(),
        i18n::OVERVIEW_INTRO.get(lang).to_string(),
        String::new(),
        i18n::PRESS_KIT_ABOUT_AS_OF.fill(
            lang,
            &[
                (
                    "date",
                    &crate::build::format::date(dataset.information_as_of, lang),
                ),
                ("version", version),
            ],
        ),
        i18n::PRESS_KIT_ABOUT_CONTENTS.get(lang).to_string(),
        i18n::PRESS_KIT_CHECK.fill(lang, &[("sums", SUMS_NAME)]),
        String::new(),
        format!(
            "{} {} ({})",
            i18n::PRESS_LICENCE_CREDIT.get(lang),
            license.attribution.get(lang),
            license.url
        ),
        config.url(&Page::Section(Section::Press).path(lang)),
        String::new(),
    ]
    .join("\n")
}

/// The ZIP of `files` under `folder/`, deflated, every entry dated `date` (YYYY-MM-DD, the
/// release) so that the same data always gives the same bytes.
pub fn zip(folder: &str, files: &[KitFile], date: &str) -> Result<Vec<u8>, String> {
    use chrono::Datelike;
    let day = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d")
        .map_err(|_| format!("press kit: `{date}` is not a YYYY-MM-DD date"))?;
    let stamp = u16::try_from(day.year())
        .ok()
        .and_then(|year| {
            zip::DateTime::from_date_and_time(year, day.month() as u8, day.day() as u8, 0, 0, 0)
                .ok()
        })
        .ok_or_else(|| format!("press kit: `{date}` cannot be a ZIP date (1980–2107)"))?;
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(stamp)
        .unix_permissions(0o644);
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let failed = |e: &dyn std::fmt::Display| format!("press kit {folder}: {e}");
    for file in files {
        writer
            .start_file(format!("{folder}/{}", file.name), options)
            .map_err(|e| failed(&e))?;
        writer.write_all(&file.bytes).map_err(|e| failed(&e))?;
    }
    Ok(writer.finish().map_err(|e| failed(&e))?.into_inner())
}

/// What the press page and `/data/press-kit.json` say about one kit.
pub fn entry(lang: Lang, zip: &[u8], files: &[KitFile]) -> PressKitEntry {
    PressKitEntry {
        lang: lang.code().to_string(),
        path: crate::paths::press_kit(lang),
        bytes: zip.len(),
        sha256: sha256_hex(zip),
        files: files
            .iter()
            .map(|f| PressKitFile {
                name: f.name.clone(),
                bytes: f.bytes.len(),
            })
            .collect(),
    }
}

/// Builds both kits into `dist` and returns their manifest (also written beside them).
pub fn write(
    dist: &Path,
    dataset: &Dataset,
    config: &SiteConfig,
    fact_sheets: impl Fn(Lang) -> Result<String, String>,
) -> Result<PressKitManifest, String> {
    let version = dataset.current_version();
    let mut kits = Vec::new();
    for lang in Lang::ALL {
        let files = files(dist, dataset, lang, config, fact_sheets(lang)?)?;
        let bytes = zip(&folder(lang, version), &files, version)?;
        super::dist::write_file(
            &super::dist::in_dist(dist, &crate::paths::press_kit(lang)),
            &bytes,
        )?;
        kits.push(entry(lang, &bytes, &files));
    }
    let manifest = PressKitManifest {
        version: version.to_string(),
        kits,
        downloads: DOWNLOADS
            .iter()
            .map(|dl| export::DownloadSize {
                path: dl.path.to_string(),
                bytes: (dl.build)(dataset).len(),
            })
            .collect(),
    };
    let json = serde_json::to_string_pretty(&manifest).map_err(|e| e.to_string())?;
    super::dist::write_file(
        &super::dist::in_dist(dist, crate::paths::PRESS_KIT_MANIFEST),
        json,
    )?;
    Ok(manifest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<KitFile> {
        vec![
            KitFile {
                name: "a.txt".into(),
                bytes: b"alpha".to_vec(),
            },
            KitFile {
                name: "data/b.csv".into(),
                bytes: "가,나\n".as_bytes().to_vec(),
            },
        ]
    }

    #[test]
    fn the_zip_holds_every_file_under_its_folder_and_is_the_same_each_time() {
        let bytes = zip("kit-en-2026-12-02", &sample(), "2026-12-02").expect("zips");
        assert_eq!(
            bytes,
            zip("kit-en-2026-12-02", &sample(), "2026-12-02").unwrap()
        );
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("reads back");
        let mut names = Vec::new();
        for i in 0..archive.len() {
            let mut file = archive.by_index(i).unwrap();
            let mut text = String::new();
            std::io::Read::read_to_string(&mut file, &mut text).unwrap();
            let date = file.last_modified().unwrap();
            assert_eq!((date.year(), date.month(), date.day()), (2026, 12, 2));
            names.push((file.name().unwrap().to_string(), text));
        }
        assert_eq!(
            names,
            [
                ("kit-en-2026-12-02/a.txt".to_string(), "alpha".to_string()),
                (
                    "kit-en-2026-12-02/data/b.csv".to_string(),
                    "가,나\n".to_string()
                ),
            ]
        );
    }

    #[test]
    fn a_date_that_is_not_a_date_is_refused() {
        for bad in ["2026-13-01", "yesterday", "1970-01-01", ""] {
            assert!(zip("kit", &sample(), bad).is_err(), "{bad}");
        }
    }
}

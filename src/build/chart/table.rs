//! A chart as text: the table under it, its summary sentence and its CSV.

use super::ChartData;
use crate::i18n;

impl ChartData {
    /// "Information as of 25 November 2026", in the chart's language.
    pub fn as_of_line(&self) -> String {
        i18n::INFORMATION_AS_OF.fill(
            self.lang,
            &[(
                "date",
                &crate::build::format::date(&self.information_as_of, self.lang),
            )],
        )
    }

    /// The sources on one line: `A, 1 May 2022, paragraph 2; B, 3 June 2023`.
    pub fn source_line(&self) -> String {
        let references: Vec<&str> = self.sources.iter().map(|s| s.reference.as_str()).collect();
        references.join("; ")
    }

    /// Table rows: a category and one cell per series.
    pub fn table_rows(&self) -> Vec<(String, Vec<String>)> {
        self.categories
            .iter()
            .enumerate()
            .map(|(i, category)| {
                let cells = self
                    .series
                    .iter()
                    .map(|s| {
                        s.points
                            .get(i)
                            .map(|p| self.kind.text(p.value, self.lang))
                            .unwrap_or_default()
                    })
                    .collect();
                (category.clone(), cells)
            })
            .collect()
    }

    /// One sentence that says what the chart shows, with every value in it.
    pub fn summary(&self) -> String {
        let parts: Vec<String> = self
            .series
            .iter()
            .map(|s| {
                let values: Vec<String> = self
                    .categories
                    .iter()
                    .zip(&s.points)
                    .map(|(c, p)| format!("{c} {}", self.kind.text(p.value, self.lang)))
                    .collect();
                format!("{}: {}", s.name, values.join(", "))
            })
            .collect();
        format!("{} ({}). {}.", self.title, self.period, parts.join("; "))
    }

    /// The chart's data as CSV (UTF-8 with a BOM), with the model's unscaled values.
    pub fn csv(&self) -> String {
        let mut writer = csv::Writer::from_writer(Vec::new());
        let mut rows = vec![vec![
            "category".to_string(),
            "series".to_string(),
            "value".to_string(),
            "value_text".to_string(),
            "figure_id".to_string(),
            "derived".to_string(),
            "period".to_string(),
            "information_as_of".to_string(),
        ]];
        for s in &self.series {
            for (category, p) in self.categories.iter().zip(&s.points) {
                rows.push(vec![
                    category.clone(),
                    s.name.clone(),
                    p.value.to_string(),
                    self.kind.text(p.value, self.lang),
                    p.figure.clone(),
                    p.derived.to_string(),
                    self.period.clone(),
                    self.information_as_of.clone(),
                ]);
            }
        }
        for row in rows {
            // Writing into memory cannot fail.
            let _ = writer.write_record(&row);
        }
        let bytes = writer.into_inner().unwrap_or_default();
        format!("\u{FEFF}{}", String::from_utf8_lossy(&bytes))
    }
}

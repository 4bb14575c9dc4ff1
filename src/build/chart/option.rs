//! The ECharts option of a chart (through charming): plain data, built and tested natively.

use charming::Chart;
use charming::component::{Aria, Axis, Decal, Grid, Legend, Title};
use charming::element::{AxisLabel, AxisType, Label, LabelPosition, TextStyle, Tooltip, Trigger};
use charming::series::Bar;

use super::{ChartData, PALETTE};
use crate::i18n;

/// Axis, legend and value labels: the site's small body text (0.875rem), readable on a phone.
pub const TEXT_PX: f64 = 14.0;

/// The titled image (800 px wide, 480 high): ECharts' default title sizes and its padding.
const TITLE_WIDTH_PX: f64 = 760.0;
const TITLE_FONT_PX: f64 = 18.0;
const TITLE_LINE_PX: f64 = 24.0;
const SUBTEXT_FONT_PX: f64 = 12.0;
const SUBTEXT_LINE_PX: f64 = 16.0;
const TITLE_TOP: f64 = 8.0;

struct TitledLayout {
    title: String,
    subtext: String,
    legend_top: f64,
    grid_top: f64,
}

/// About how wide `c` is, in ems: Hangul and other wide characters fill the em square,
/// Latin letters and digits about half of it.
fn char_ems(c: char) -> f64 {
    match c {
        // Generous for the bold title: a line that wraps early costs less than one cut off.
        ' ' => 0.3,
        c if c.is_ascii_uppercase() || c.is_ascii_digit() => 0.7,
        c if c.is_ascii() => 0.6,
        '\u{1100}'..='\u{11ff}'
        | '\u{2e80}'..='\u{a4cf}'
        | '\u{ac00}'..='\u{d7af}'
        | '\u{ff00}'..='\u{ff60}' => 1.0,
        _ => 0.6,
    }
}

/// `text` broken at spaces into lines of at most `ems` wide (a longer word stands alone).
pub fn wrap(text: &str, ems: f64) -> String {
    let width = |s: &str| s.chars().map(char_ems).sum::<f64>();
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        if !line.is_empty() && width(&line) + 0.3 + width(word) > ems {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    lines.push(line);
    lines.join("\n")
}

impl ChartData {
    /// The ECharts option. `with_title` adds the title and source inside the image, for the
    /// PNG and SVG files; on the page they are HTML around the chart.
    pub fn to_chart(&self, animate: bool, with_title: bool) -> Chart {
        let titled = self.titled_layout();
        let mut chart = Chart::new()
            .color(PALETTE.to_vec())
            .background_color("#ffffff")
            .animation(animate)
            .aria(Aria::new().enabled(true).decal(Decal::new().show(true)))
            .tooltip(Tooltip::new().trigger(Trigger::Axis))
            .grid(
                Grid::new()
                    .left("3%")
                    .right("4%")
                    .bottom("3%")
                    // Without the title, a fixed band: on a phone the legend wraps to two
                    // lines and, with the axis name, needs about 70 px at any height.
                    .top(if with_title { titled.grid_top } else { 72.0 })
                    .contain_label(true),
            )
            .x_axis(
                Axis::new()
                    .type_(AxisType::Category)
                    .axis_label(AxisLabel::new().font_size(TEXT_PX))
                    .data(self.categories.clone()),
            )
            .y_axis(self.value_axis());
        if with_title {
            chart = chart.title(
                Title::new()
                    .text(titled.title.clone())
                    .subtext(titled.subtext.clone())
                    .top(TITLE_TOP),
            );
        }
        if self.series.len() > 1 {
            chart = chart.legend(
                Legend::new()
                    .top(if with_title { titled.legend_top } else { 0.0 })
                    .text_style(TextStyle::new().font_size(TEXT_PX)),
            );
        }
        for series in &self.series {
            let values: Vec<f64> = series
                .points
                .iter()
                .map(|p| self.kind.plotted(p.value, self.lang))
                .collect();
            let mut bar = Bar::new().name(series.name.clone()).data(values).label(
                Label::new()
                    .show(true)
                    .font_size(TEXT_PX)
                    .position(if self.stacked {
                        LabelPosition::Inside
                    } else {
                        LabelPosition::Top
                    }),
            );
            if self.stacked {
                bar = bar.stack("total");
            }
            chart = chart.series(bar);
        }
        chart
    }

    /// The title block of the image files, wrapped by hand: ECharts' server-side renderer
    /// does not wrap titles, and an attributed title or a warning runs past 800 px.
    fn titled_layout(&self) -> TitledLayout {
        let title = wrap(&self.title, TITLE_WIDTH_PX / TITLE_FONT_PX);
        let mut lines = vec![format!(
            "{} · {}: {}",
            self.period,
            i18n::FIELD_SOURCE.get(self.lang),
            self.source_line()
        )];
        lines.extend(self.warnings.iter().cloned());
        lines.push(i18n::INFORMATION_AS_OF.fill(
            self.lang,
            &[(
                "date",
                &crate::build::format::date(&self.information_as_of, self.lang),
            )],
        ));
        let subtext = lines
            .iter()
            .map(|l| wrap(l, TITLE_WIDTH_PX / SUBTEXT_FONT_PX))
            .collect::<Vec<_>>()
            .join("\n");
        let count = |s: &str| s.lines().count() as f64;
        let block = count(&title) * TITLE_LINE_PX + 8.0 + count(&subtext) * SUBTEXT_LINE_PX;
        let legend_top = TITLE_TOP + block + 10.0;
        let grid_top = legend_top + if self.series.len() > 1 { 30.0 } else { 0.0 };
        TitledLayout {
            title,
            subtext,
            legend_top,
            grid_top,
        }
    }

    fn value_axis(&self) -> Axis {
        let axis = Axis::new()
            .name(self.unit.clone())
            .axis_label(AxisLabel::new().font_size(TEXT_PX));
        if !self.log_scale {
            return axis.type_(AxisType::Value);
        }
        // Start a decade below the smallest bar, so that bar stays visible.
        let smallest = self
            .series
            .iter()
            .flat_map(|s| {
                s.points
                    .iter()
                    .map(|p| self.kind.plotted(p.value, self.lang))
            })
            .fold(f64::INFINITY, f64::min);
        let min = if smallest.is_finite() && smallest > 0.0 {
            10f64.powf(smallest.log10().floor() - 1.0)
        } else {
            1.0
        };
        axis.type_(AxisType::Log).min(min)
    }

    /// The option as the JSON ECharts reads.
    pub fn option_json(&self, animate: bool, with_title: bool) -> String {
        let mut option =
            serde_json::to_value(self.to_chart(animate, with_title)).unwrap_or_default();
        // charming 0.6 writes `aria.label: null` and an empty `decals` list, which would
        // replace ECharts' default patterns with none; ask for the defaults plainly.
        option["aria"] = serde_json::json!({ "enabled": true, "decal": { "show": true } });
        // The value axis's name starts at the axis instead of centring on it, which on a
        // phone would push its first words out of the chart.
        let name_style = serde_json::json!({ "align": "left", "fontSize": TEXT_PX });
        match option.get_mut("yAxis") {
            Some(serde_json::Value::Array(axes)) => {
                for axis in axes {
                    axis["nameTextStyle"] = name_style.clone();
                }
            }
            Some(axis @ serde_json::Value::Object(_)) => axis["nameTextStyle"] = name_style,
            _ => {}
        }
        // ECharts' HTML tooltip writes `style` attributes, which the Content-Security-Policy
        // (no 'unsafe-inline') blocks; drawn as rich text it is part of the canvas.
        if let Some(tooltip) = option.get_mut("tooltip").and_then(|t| t.as_object_mut()) {
            tooltip.insert("renderMode".into(), "richText".into());
        }
        option.to_string()
    }
}

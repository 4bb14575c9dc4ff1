//! The ECharts option of a chart (through charming): plain data, built and tested natively.

use charming::Chart;
use charming::component::{Aria, Axis, Decal, Grid, Legend, Title};
use charming::element::{AxisType, Label, LabelPosition, Tooltip, Trigger};
use charming::series::Bar;

use super::{ChartData, PALETTE};
use crate::i18n;

impl ChartData {
    /// The ECharts option. `with_title` adds the title and source inside the image, for the
    /// PNG and SVG files; on the page they are HTML around the chart.
    pub fn to_chart(&self, animate: bool, with_title: bool) -> Chart {
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
                    .top(if with_title { "24%" } else { "72" })
                    .contain_label(true),
            )
            .x_axis(
                Axis::new()
                    .type_(AxisType::Category)
                    .data(self.categories.clone()),
            )
            .y_axis(self.value_axis());
        if with_title {
            chart = chart.title(Title::new().text(self.title.clone()).subtext(format!(
                "{} · {}: {}",
                self.period,
                i18n::FIELD_SOURCE.get(self.lang),
                self.source_line()
            )));
        }
        if self.series.len() > 1 {
            chart = chart.legend(Legend::new().top(if with_title { "13%" } else { "0" }));
        }
        for series in &self.series {
            let values: Vec<f64> = series
                .points
                .iter()
                .map(|p| self.kind.plotted(p.value, self.lang))
                .collect();
            let mut bar = Bar::new().name(series.name.clone()).data(values).label(
                Label::new().show(true).position(if self.stacked {
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

    fn value_axis(&self) -> Axis {
        let axis = Axis::new().name(self.unit.clone());
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
        let name_style = serde_json::json!({ "align": "left" });
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

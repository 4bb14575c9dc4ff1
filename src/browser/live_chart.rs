//! The live chart: ECharts loaded and drawn on demand into a chart's canvas, redrawn when
//! its state changes, resized with the window, saved as PNG, disposed when the page goes.
//! The only place that drives ECharts (through `browser::echarts`).

use leptos::html::Div;
use leptos::prelude::*;

use super::echarts;
use crate::chart::ChartState;
use crate::islands::chart::{ChartView, ECHARTS_META};
use crate::lang::Lang;

/// A chart's live state, for its figure to show and to act on.
#[derive(Clone, Copy)]
pub struct LiveChart {
    /// ECharts has drawn the chart (the build's image can go).
    pub drawn: RwSignal<bool>,
    /// Why the library could not load or draw, shown beside the chart.
    pub status: RwSignal<Option<String>>,
    /// The app runs (controls stay disabled in the prerendered page).
    pub running: RwSignal<bool>,
    /// A PNG was asked for and waits for the drawing.
    pub png_requested: RwSignal<bool>,
    wanted: RwSignal<bool>,
    save_png: Callback<()>,
}

impl LiveChart {
    /// The reader reaches for the chart: load the library and draw.
    pub fn want(&self) {
        // Once: setting it again would rerun the drawing (and its animation) on every hover.
        if !self.wanted.get_untracked() {
            self.wanted.set(true);
        }
    }

    /// Saves the chart as PNG, drawing it first if needed.
    pub fn download_png(&self) {
        if self.drawn.get_untracked() {
            self.save_png.run(());
        } else {
            self.png_requested.set(true);
            self.wanted.set(true);
        }
    }
}

impl LiveChart {
    /// What the chart's view shows of this.
    pub fn view(self, canvas: NodeRef<Div>) -> ChartView {
        ChartView {
            canvas,
            drawn: self.drawn,
            status: self.status,
            running: self.running,
            png_requested: self.png_requested,
            want: Callback::new(move |()| self.want()),
            download_png: Callback::new(move |()| self.download_png()),
        }
    }
}

/// Draws the option at `option_url` (a file the build wrote) into `canvas` with ECharts
/// once wanted (or once the state differs from the build's image), for as long as the
/// component lives.
pub fn use_live_chart(
    canvas: NodeRef<Div>,
    option_url: Memo<String>,
    state: Memo<ChartState>,
    lang: Lang,
    slug: &'static str,
) -> LiveChart {
    let instance = StoredValue::new_local(None::<echarts::Instance>);
    let status = RwSignal::new(None::<String>);
    let drawn = RwSignal::new(false);
    // The build's image shows the default state exactly, so the chart library (150 KB) is
    // fetched and drawn only when a reader reaches for the chart (a pointer over it, or the
    // PNG button) or the chart shows another state.
    let wanted = RwSignal::new(false);
    let png_requested = RwSignal::new(false);
    // Effects run only in the browser: controls stay disabled in the prerendered page.
    let running = RwSignal::new(false);
    Effect::new(move |_| running.set(true));

    let save_png = move || {
        let url = instance.with_value(|i| i.as_ref().map(|i| i.png_data_url()));
        match url {
            Some(Ok(url)) => save_as(&url, &format!("{slug}.{}.png", lang.code())),
            Some(Err(e)) => status.set(Some(e)),
            None => {}
        }
    };

    // Draw (and redraw on a new state) once wanted and the library is there.
    Effect::new(move |_| {
        let url = option_url.get();
        let Some(element) = canvas.get() else { return };
        if !wanted.get() && state.get() == ChartState::default() {
            return;
        }
        // A PNG asked for before the first drawing must not catch the animation midway.
        let animate = !png_requested.get_untracked() && !echarts::prefers_reduced_motion();
        let (src, integrity) = echarts_src();
        // A failure is shown, and the PNG button is free again for another try.
        let fail = move |e: String| {
            status.set(Some(e));
            png_requested.set(false);
        };
        leptos::task::spawn_local(async move {
            if let Err(e) = echarts::load(&src, &integrity).await {
                fail(e);
                return;
            }
            let option = match super::dom::fetch_text(&url).await {
                Ok(option) => option,
                Err(e) => {
                    fail(format!("{url}: {e}"));
                    return;
                }
            };
            // A reply for a state the reader has already left (a quick second tab) is dropped.
            if !element.is_connected() || option_url.try_get_untracked().as_deref() != Some(&url) {
                return;
            }
            let existing = instance.try_with_value(|i| i.is_some()).unwrap_or(false);
            if !existing {
                let locale = if lang == Lang::Ko { "KO" } else { "EN" };
                match echarts::init(&element, "canvas", locale) {
                    Ok(new) => {
                        let _ = instance.try_set_value(Some(new));
                    }
                    Err(e) => {
                        fail(e);
                        return;
                    }
                }
            }
            let result =
                instance.try_with_value(|i| i.as_ref().map(|i| i.set_option(&option, animate)));
            match result {
                Some(Some(Err(e))) => fail(e),
                Some(Some(Ok(()))) => {
                    drawn.set(true);
                    if png_requested.get_untracked() {
                        png_requested.set(false);
                        save_png();
                    }
                }
                _ => {}
            }
        });
    });
    // Follow the window's size; registered in an effect, as it needs the browser.
    let resize = StoredValue::new_local(None::<WindowListenerHandle>);
    Effect::new(move |_| {
        if resize.with_value(Option::is_none) {
            let handle = window_event_listener(leptos::ev::resize, move |_| {
                instance.with_value(|i| {
                    if let Some(i) = i {
                        i.resize();
                    }
                });
            });
            resize.set_value(Some(handle));
        }
    });
    on_cleanup(move || {
        if let Some(Some(handle)) = resize.try_update_value(|h| h.take()) {
            handle.remove();
        }
        if let Some(Some(i)) = instance.try_update_value(|i| i.take()) {
            i.dispose();
        }
    });

    LiveChart {
        drawn,
        status,
        running,
        png_requested,
        wanted,
        save_png: Callback::new(move |()| save_png()),
    }
}

/// The chart library's URL and integrity hash, as the build recorded them in the page.
fn echarts_src() -> (String, String) {
    let meta = document()
        .query_selector(&format!(r#"meta[name="{ECHARTS_META}"]"#))
        .ok()
        .flatten();
    let attr = |name: &str| {
        meta.as_ref()
            .and_then(|m| m.get_attribute(name))
            .unwrap_or_default()
    };
    (attr("content"), attr("data-integrity"))
}

/// Saves a data URL as a file through a temporary download link.
fn save_as(url: &str, filename: &str) {
    use wasm_bindgen::JsCast;
    let Ok(a) = document().create_element("a") else {
        return;
    };
    let a: web_sys::HtmlAnchorElement = a.unchecked_into();
    a.set_href(url);
    a.set_download(filename);
    a.click();
}

//! The only place that touches ECharts. charming builds the option; these bindings do what
//! its `WasmRenderer` cannot: init options (renderer, locale), `setOption` without merging,
//! `dispose`, `resize` and image export. The library is loaded on demand, so pages without
//! a chart never download it.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    /// An ECharts instance bound to one element.
    pub type Instance;

    #[wasm_bindgen(catch, js_namespace = echarts, js_name = init)]
    fn init_raw(
        element: &web_sys::HtmlElement,
        theme: &JsValue,
        opts: &JsValue,
    ) -> Result<Instance, JsValue>;

    #[wasm_bindgen(catch, js_namespace = echarts, js_name = getInstanceByDom)]
    fn instance_by_dom(element: &web_sys::HtmlElement) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(catch, method, js_name = setOption)]
    fn set_option_raw(this: &Instance, option: &JsValue, opts: &JsValue) -> Result<(), JsValue>;

    #[wasm_bindgen(method)]
    pub fn dispose(this: &Instance);

    #[wasm_bindgen(method)]
    pub fn resize(this: &Instance);

    #[wasm_bindgen(catch, method, js_name = getDataURL)]
    fn get_data_url_raw(this: &Instance, opts: &JsValue) -> Result<String, JsValue>;
}

fn json(text: &str) -> Result<JsValue, String> {
    js_sys::JSON::parse(text).map_err(|e| format!("{e:?}"))
}

/// A new instance in `element`, drawing with `renderer` (`canvas` or `svg`) and ECharts'
/// own interface text in `locale` (`KO` or `EN`). An instance already on the element is
/// disposed first, so there is never more than one.
pub fn init(
    element: &web_sys::HtmlElement,
    renderer: &str,
    locale: &str,
) -> Result<Instance, String> {
    if let Ok(existing) = instance_by_dom(element)
        && !existing.is_undefined()
        && !existing.is_null()
    {
        existing.unchecked_into::<Instance>().dispose();
    }
    let opts = json(&format!(
        r#"{{"renderer":"{renderer}","locale":"{locale}"}}"#
    ))?;
    init_raw(element, &JsValue::NULL, &opts).map_err(|e| format!("echarts.init failed: {e:?}"))
}

impl Instance {
    /// Replaces the whole option (no merging, so no series of an earlier state lingers);
    /// without animation when `animate` is false.
    pub fn set_option(&self, option_json: &str, animate: bool) -> Result<(), String> {
        let option = json(option_json)?;
        if !animate {
            js_sys::Reflect::set(&option, &"animation".into(), &JsValue::FALSE)
                .map_err(|e| format!("cannot turn animation off: {e:?}"))?;
        }
        let opts = json(r#"{"notMerge":true}"#)?;
        self.set_option_raw(&option, &opts)
            .map_err(|e| format!("setOption failed: {e:?}"))
    }

    /// The chart as a PNG data URL at twice the screen resolution, on white.
    pub fn png_data_url(&self) -> Result<String, String> {
        let opts = json(r##"{"type":"png","pixelRatio":2,"backgroundColor":"#ffffff"}"##)?;
        self.get_data_url_raw(&opts)
            .map_err(|e| format!("getDataURL failed: {e:?}"))
    }
}

/// Loads the chart library from `src` once per page; later calls wait for the same load.
pub async fn load(src: &str, integrity: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    if js_sys::Reflect::get(&window, &"echarts".into()).is_ok_and(|v| !v.is_undefined()) {
        return Ok(());
    }
    const PENDING: &str = "__gwEchartsLoading";
    let pending = js_sys::Reflect::get(&window, &PENDING.into()).unwrap_or(JsValue::UNDEFINED);
    let promise: js_sys::Promise = if pending.is_instance_of::<js_sys::Promise>() {
        pending.unchecked_into()
    } else {
        let document = window.document().ok_or("no document")?;
        let script: web_sys::HtmlScriptElement = document
            .create_element("script")
            .map_err(|e| format!("{e:?}"))?
            .unchecked_into();
        script.set_src(src);
        if !integrity.is_empty() {
            script.set_integrity(integrity);
            script.set_cross_origin(Some("anonymous"));
        }
        let script_for_promise = script.clone();
        let promise = js_sys::Promise::new(&mut |resolve, reject| {
            script_for_promise.set_onload(Some(&resolve));
            script_for_promise.set_onerror(Some(&reject));
        });
        document
            .head()
            .ok_or("no head")?
            .append_child(&script)
            .map_err(|e| format!("{e:?}"))?;
        let _ = js_sys::Reflect::set(&window, &PENDING.into(), &promise);
        promise
    };
    match JsFuture::from(promise).await {
        Ok(_) => Ok(()),
        Err(_) => {
            // Let a retry start a fresh load.
            let _ = js_sys::Reflect::delete_property(&window, &PENDING.into());
            Err(format!("could not load {src}"))
        }
    }
}

/// Whether the visitor asked for less motion.
pub fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

//! The site's security policy in one place: the Content-Security-Policy and the other
//! response headers. The build writes the policy into every page as a `<meta>` fallback;
//! the host configs in `deploy/` and `public/_headers` send it as headers (a native test
//! checks they say the same). Pure.

/// What the pages need and nothing more: our own scripts, styles, images and data; the
/// WebAssembly module (`'wasm-unsafe-eval'` is what compiling it requires, not `eval`);
/// the two inline scripts, `START_SCRIPT` and `REGISTER_SCRIPT`, by their hashes. No other
/// inline script or style.
pub const CSP_DIRECTIVES: &[&str] = &[
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval' 'sha256-MIt9Qa4gduEpFbu1KBMERZLpePH/ZH4D/XoDQdcohlY=' 'sha256-9b7Elw/hO4PRYRe+9O9sCvalI0CZA8Six301HSeEXsI='",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
];

/// Starts the app on pages that need it, once the prerendered page has loaded (its images
/// included) and painted, so that on a slow connection its downloads never compete with what
/// the reader sees first (`load` can come before the first paint, so it waits for both).
/// Inline, so nothing is fetched before the first paint; what it fetches (with integrity
/// hashes) is in the page's `<meta name="gw-start">`, so this text, and its hash in the
/// policy, stay the same from build to build. The module is compiled as it streams in and
/// instantiated in a task of its own: the last bytes' compile, the instantiation and the first
/// island together would make one task long enough to block input. If the app's files
/// cannot be fetched or compiled, it shows the page's notice that its controls could not
/// start (`FAILED_ATTR`); the prerendered page stays as it is. (`module.catch` only keeps
/// the compile from being an unhandled rejection when the bindings fail first; awaiting the
/// module still throws.) A panic in an island after the start is not caught here: it stops
/// that island, and the browser tests fail on it.
pub const START_SCRIPT: &str = r#"const start = document.querySelector('meta[name="gw-start"]');
const painted = !PerformanceObserver.supportedEntryTypes?.includes('paint') ? null : new Promise((done) => new PerformanceObserver((list, observer) => {
  if (list.getEntriesByName('first-contentful-paint').length) { observer.disconnect(); done(); }
}).observe({ type: 'paint', buffered: true }));
if (document.readyState !== 'complete') await new Promise((loaded) => addEventListener('load', loaded, { once: true }));
await painted;
await new Promise((frame) => requestAnimationFrame(() => setTimeout(frame, 0)));
try {
  const module = WebAssembly.compileStreaming(fetch(start.dataset.wasm, { integrity: start.dataset.wasmIntegrity }));
  module.catch(() => {});
  document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href: start.content, integrity: start.dataset.integrity, crossOrigin: 'anonymous' }));
  const bindings = await import(start.content);
  const compiled = await module;
  await new Promise((task) => setTimeout(task, 0));
  const instance = await bindings.default({ module_or_path: compiled });
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: instance } }));
} catch (error) {
  document.querySelector('[data-gw-failed]')?.removeAttribute('hidden');
  console.error('the app did not start:', error);
}
"#;

/// Registers the service worker (`sw.js` under the site's base) once the page has loaded,
/// so it never competes with the first paint. Inline, like `START_SCRIPT`, in every page:
/// a script file, even a deferred one, is one more request before the first paint in
/// Lighthouse's model of a slow phone (LCP 0.92 s instead of 0.76 s on a small page).
pub const REGISTER_SCRIPT: &str = r#"if ('serviceWorker' in navigator) addEventListener('load', () => {
  const base = document.querySelector('meta[name="gw-base"]')?.content ?? '/';
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {});
});"#;

/// The attribute of the hidden notice, on every page that runs the app, that its controls
/// could not start: the start-up script or the app shows it.
pub const FAILED_ATTR: &str = "data-gw-failed";

/// The name of the `<meta>` that tells `START_SCRIPT` what to fetch.
pub const START_META: &str = "gw-start";

/// Pages may not be framed by other sites, except the chart embed views.
pub const FRAME_ANCESTORS_NONE: &str = "frame-ancestors 'none'";
pub const FRAME_ANCESTORS_ANY: &str = "frame-ancestors *";

/// The policy as a header, for pages (`embeddable` for the embed views).
pub fn csp_header(embeddable: bool) -> String {
    let frame = if embeddable {
        FRAME_ANCESTORS_ANY
    } else {
        FRAME_ANCESTORS_NONE
    };
    let mut parts: Vec<&str> = CSP_DIRECTIVES.to_vec();
    parts.push(frame);
    parts.join("; ")
}

/// The policy for a `<meta>` element: browsers ignore `frame-ancestors` there (and say so
/// in the console), so it is left out.
pub fn csp_meta() -> String {
    CSP_DIRECTIVES.join("; ")
}

/// Headers every response carries, besides the policy and caching.
pub const HEADERS: &[(&str, &str)] = &[
    (
        "Strict-Transport-Security",
        "max-age=31536000; includeSubDomains",
    ),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "strict-origin-when-cross-origin"),
    (
        "Permissions-Policy",
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    ),
    ("Cross-Origin-Opener-Policy", "same-origin"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_allows_no_inline_code_and_no_eval() {
        for policy in [csp_header(false), csp_header(true), csp_meta()] {
            assert!(!policy.contains("unsafe-inline"), "{policy}");
            assert!(!policy.contains("'unsafe-eval'"), "{policy}");
            assert!(policy.contains("script-src 'self' 'wasm-unsafe-eval'"));
        }
        assert!(csp_header(false).ends_with("frame-ancestors 'none'"));
        assert!(csp_header(true).ends_with("frame-ancestors *"));
        assert!(!csp_meta().contains("frame-ancestors"));
    }
}

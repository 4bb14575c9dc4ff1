//! The site's security policy in one place: the Content-Security-Policy and the other
//! response headers. The build writes the policy into every page as a `<meta>` fallback;
//! the host configs in `deploy/` and `public/_headers` send it as headers (a native test
//! checks they say the same). Pure.

/// What the pages need and nothing more: our own scripts, styles, images and data; the
/// WebAssembly module (`'wasm-unsafe-eval'` is what compiling it requires, not `eval`).
/// No inline script or style: the build moves trunk's start-up script into a file.
pub const CSP_DIRECTIVES: &[&str] = &[
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
];

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

//! The host configs in the repository send the policy of `src/security.rs`, every other
//! header it lists, and the caching rules; the pages carry the policy as a fallback.

use gwnic::security::{HEADERS, REGISTER_SCRIPT, START_SCRIPT, csp_header, csp_meta};

const NGINX: &str = include_str!("../../deploy/nginx.conf");
const HEADERS_FILE: &str = include_str!("../../public/_headers");

#[test]
fn the_nginx_config_sends_the_policy_and_every_header() {
    assert!(
        NGINX.contains(&format!(r#"default "{}";"#, csp_header(false))),
        "the default policy"
    );
    assert!(
        NGINX.contains(&format!(r#"~^/(ko|en)/embed/ "{}";"#, csp_header(true))),
        "the embed policy"
    );
    for (name, value) in HEADERS {
        assert!(
            NGINX.contains(&format!(r#"add_header {name} "{value}" always;"#)),
            "{name}"
        );
    }
    assert!(NGINX.contains("add_header Content-Security-Policy $gw_csp always;"));
    assert!(NGINX.contains("immutable") && NGINX.contains("error_page 404 /404.html;"));
}

#[test]
fn the_headers_file_sends_the_policy_and_every_header() {
    let block = |path: &str| -> Vec<&str> {
        HEADERS_FILE
            .split("\n\n")
            .find(|b| b.lines().find(|l| !l.starts_with('#')) == Some(path))
            .unwrap_or_else(|| panic!("no block for {path}"))
            .lines()
            .map(str::trim)
            .collect()
    };
    let all = block("/*");
    assert!(all.contains(&format!("Content-Security-Policy: {}", csp_header(false)).as_str()));
    for (name, value) in HEADERS {
        assert!(all.contains(&format!("{name}: {value}").as_str()), "{name}");
    }
    let embed = block("/*/embed/*");
    assert!(embed.contains(&"! Content-Security-Policy"));
    assert!(embed.contains(&format!("Content-Security-Policy: {}", csp_header(true)).as_str()));
}

#[test]
fn the_meta_policy_is_the_header_policy_without_frame_ancestors() {
    assert_eq!(
        format!("{}; frame-ancestors 'none'", csp_meta()),
        csp_header(false)
    );
}

#[test]
fn the_policy_allows_the_two_inline_scripts_by_their_hashes_and_no_other_inline_code() {
    use base64::Engine;
    use sha2::{Digest, Sha256};
    let source = |script: &str| {
        let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(script));
        format!("'sha256-{hash}'")
    };
    for policy in [csp_header(false), csp_header(true), csp_meta()] {
        let script_src = policy
            .split("; ")
            .find(|d| d.starts_with("script-src "))
            .expect("a script-src directive");
        assert_eq!(
            script_src,
            format!(
                "script-src 'self' 'wasm-unsafe-eval' {} {}",
                source(START_SCRIPT),
                source(REGISTER_SCRIPT)
            ),
            "an inline script changed: put its new hash in src/security.rs and the host configs"
        );
    }
}

#[test]
fn the_start_up_script_shows_the_notice_the_pages_carry() {
    use gwnic::security::FAILED_ATTR;
    assert!(
        START_SCRIPT.contains(&format!("document.querySelector('[{FAILED_ATTR}]')")),
        "the start-up script looks for the notice by its attribute"
    );
}

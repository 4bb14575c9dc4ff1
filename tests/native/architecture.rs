//! The tree's shape, read from `src/` as text: no modules import each other in a cycle; the
//! shared modules at the top import neither `build` (native) nor `browser` (the wasm), and
//! neither of those imports the other; and docs/ARCHITECTURE.md lists every file and folder
//! of `src/` (and nothing that is gone).
//!
//! A module's imports are its `use` items and the `crate::`, `super::` and imported-module
//! paths in its code (tests left out), each resolved to the module that defines the item
//! (through `pub use` re-exports). A module's use of its own ancestors does not count: a
//! parent is its children's namespace, and they may use what it declares.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

type ModPath = Vec<String>;

#[derive(Default)]
struct Module {
    file: PathBuf,
    /// Code without comments, string contents or test modules.
    code: String,
    items: BTreeSet<String>,
    /// `pub use` names: the name and what it re-exports (absolute).
    reexports: HashMap<String, ModPath>,
    globs: Vec<ModPath>,
}

fn src() -> PathBuf {
    crate::common::root().join("src")
}

/// Every `.rs` file under `dir`, recursively.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a folder entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

/// The library's module path of a file (`src/model/figures.rs` → `model::figures`); `None`
/// for the binaries' entry points.
fn module_path(file: &Path) -> Option<ModPath> {
    let rel = file.strip_prefix(src()).ok()?;
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if parts.first().is_some_and(|p| p == "bin") || parts == ["main.rs"] {
        return None;
    }
    let last = parts.pop()?;
    match last.as_str() {
        "lib.rs" | "mod.rs" => {}
        name => parts.push(name.trim_end_matches(".rs").to_string()),
    }
    Some(parts)
}

/// `text` with comments removed and the contents of string and char literals blanked.
fn code_only(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                i += 1;
            }
            i += 2;
        } else if c == 'r'
            && (next == Some('"') || next == Some('#'))
            && !is_ident(out.chars().last())
        {
            // A raw string: r"…", r#"…"#.
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            loop {
                if j >= chars.len() {
                    break;
                }
                if chars[j] == '"' && (0..hashes).all(|h| chars.get(j + 1 + h) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            out.push_str("\"\"");
            i = j;
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == '\'' && (chars.get(i + 2) == Some(&'\'') || next == Some('\\')) {
            // A char literal ('x', '\n', '\''), not a lifetime.
            i += 1;
            if chars.get(i) == Some(&'\\') {
                i += 1;
            }
            i += 1;
            while i < chars.len() && chars[i] != '\'' {
                i += 1;
            }
            i += 1;
            out.push_str("' '");
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn is_ident(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || c == '_')
}

/// `code` without the items marked `#[cfg(test)]`.
fn without_tests(code: &str) -> String {
    let mut out = code.to_string();
    while let Some(at) = out.find("#[cfg(test)]") {
        let rest = &out[at..];
        let end = match (rest.find('{'), rest.find(';')) {
            (Some(open), semi) if semi.is_none_or(|s| open < s) => {
                let mut depth = 0;
                let mut end = rest.len();
                for (i, c) in rest[open..].char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                end = open + i + 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                end
            }
            (_, Some(semi)) => semi + 1,
            _ => rest.len(),
        };
        out.replace_range(at..at + end, "");
    }
    out
}

/// The identifiers and punctuation of `code`, in order.
fn tokens(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_alphanumeric() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            out.push(chars[start..i].iter().collect());
        } else if c == ':' && chars.get(i + 1) == Some(&':') {
            out.push("::".into());
            i += 2;
        } else if !c.is_whitespace() {
            out.push(c.to_string());
            i += 1;
        } else {
            i += 1;
        }
    }
    out
}

/// A `use` tree's leaves: each path with the name it binds (`None` for a glob).
fn use_tree(
    tokens: &[String],
    at: &mut usize,
    prefix: &[String],
    out: &mut Vec<(ModPath, Option<String>)>,
) {
    let mut path = prefix.to_vec();
    loop {
        match tokens.get(*at).map(String::as_str) {
            Some("{") => {
                *at += 1;
                loop {
                    match tokens.get(*at).map(String::as_str) {
                        Some("}") => {
                            *at += 1;
                            return;
                        }
                        Some(",") => *at += 1,
                        None => return,
                        _ => use_tree(tokens, at, &path, out),
                    }
                }
            }
            Some("*") => {
                *at += 1;
                out.push((path, None));
                return;
            }
            Some(name) if name != "::" && name != "," && name != "}" && name != ";" => {
                let name = name.to_string();
                *at += 1;
                if tokens.get(*at).map(String::as_str) == Some("::") {
                    *at += 1;
                    path.push(name);
                    continue;
                }
                let mut bound = name.clone();
                if tokens.get(*at).map(String::as_str) == Some("as") {
                    bound = tokens.get(*at + 1).cloned().unwrap_or_default();
                    *at += 2;
                }
                if name == "self" {
                    bound = path.last().cloned().unwrap_or_default();
                } else {
                    path.push(name);
                }
                out.push((path, Some(bound)));
                return;
            }
            _ => return,
        }
    }
}

/// `path` as written in module `here`, made absolute; `None` for another crate's.
fn absolute(
    here: &[String],
    path: &[String],
    modules: &BTreeMap<ModPath, Module>,
) -> Option<ModPath> {
    let (first, rest) = path.split_first()?;
    let mut base: ModPath = match first.as_str() {
        "crate" => Vec::new(),
        "self" => here.to_vec(),
        "super" => here[..here.len().checked_sub(1)?].to_vec(),
        name => {
            let mut child = here.to_vec();
            child.push(name.to_string());
            if !modules.contains_key(&child) {
                return None;
            }
            here.to_vec()
        }
    };
    let mut segments = rest.iter().peekable();
    if first != "crate" && first != "self" && first != "super" {
        base.push(first.clone());
    }
    while segments.peek().is_some_and(|s| *s == "super") {
        segments.next();
        base.pop();
    }
    base.extend(segments.cloned());
    Some(base)
}

/// The module that defines what absolute `path` names, and whether it was found defined
/// there (`false`: the nearest module on the path, as far as it could be followed).
fn definer(
    path: &[String],
    modules: &BTreeMap<ModPath, Module>,
    depth: usize,
) -> Option<(ModPath, bool)> {
    let mut module: ModPath = Vec::new();
    let mut i = 0;
    while i < path.len() {
        let mut next = module.clone();
        next.push(path[i].clone());
        if !modules.contains_key(&next) {
            break;
        }
        module = next;
        i += 1;
    }
    let m = modules.get(&module)?;
    let Some(name) = path.get(i) else {
        return Some((module, true));
    };
    if m.items.contains(name) {
        return Some((module, true));
    }
    if depth > 8 {
        return Some((module, false));
    }
    if let Some(target) = m.reexports.get(name) {
        return definer(target, modules, depth + 1);
    }
    for glob in &m.globs {
        let mut candidate = glob.clone();
        candidate.push(name.clone());
        if let Some((found, true)) = definer(&candidate, modules, depth + 1) {
            return Some((found, true));
        }
    }
    Some((module, false))
}

/// The names a module's code declares (items, modules, `macro_rules!` macros).
fn item_names(toks: &[String]) -> BTreeSet<String> {
    let mut names: BTreeSet<String> = toks
        .windows(2)
        .filter(|w| {
            matches!(
                w[0].as_str(),
                "fn" | "struct" | "enum" | "const" | "static" | "type" | "trait" | "mod" | "union"
            )
        })
        .map(|w| w[1].clone())
        .collect();
    names.extend(
        toks.windows(3)
            .filter(|w| w[0] == "macro_rules" && w[1] == "!")
            .map(|w| w[2].clone()),
    );
    names
}

fn read_modules() -> BTreeMap<ModPath, Module> {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut modules = BTreeMap::new();
    for file in files {
        let Some(path) = module_path(&file) else {
            continue;
        };
        let text =
            std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let code = without_tests(&code_only(&text));
        let toks = tokens(&code);
        let items = item_names(&toks);
        modules.insert(
            path,
            Module {
                file,
                code,
                items,
                ..Module::default()
            },
        );
    }
    // Re-exports, once every module is known.
    let paths: Vec<ModPath> = modules.keys().cloned().collect();
    for here in &paths {
        let toks = tokens(&modules[here].code);
        let mut reexports = HashMap::new();
        let mut globs = Vec::new();
        for i in 0..toks.len() {
            // Every `use`, public or not: a path through a module follows what it imports.
            if toks[i] == "use" {
                let mut at = i + 1;
                let mut leaves = Vec::new();
                use_tree(&toks, &mut at, &[], &mut leaves);
                for (path, bound) in leaves {
                    let Some(target) = absolute(here, &path, &modules) else {
                        continue;
                    };
                    match bound {
                        Some(name) => {
                            reexports.insert(name, target);
                        }
                        None => globs.push(target),
                    }
                }
            }
        }
        let m = modules.get_mut(here).expect("known module");
        m.reexports = reexports;
        m.globs = globs;
    }
    // A module its parent declares only under #[cfg(test)] (test code is left out).
    let declared: Vec<ModPath> = modules
        .keys()
        .filter(|path| match path.split_last() {
            Some((last, parent)) => modules.get(parent).is_some_and(|p| p.items.contains(last)),
            None => true,
        })
        .cloned()
        .collect();
    modules.retain(|path, _| declared.contains(path));
    modules
}

/// Each module and the modules it imports (not counting its ancestors).
fn imports(modules: &BTreeMap<ModPath, Module>) -> BTreeMap<ModPath, BTreeSet<ModPath>> {
    let mut graph = BTreeMap::new();
    for (here, module) in modules {
        let toks = tokens(&module.code);
        let mut paths: Vec<ModPath> = Vec::new();
        // Names bound to modules by `use`, so `format::date` resolves through them.
        let mut aliases: HashMap<String, ModPath> = HashMap::new();
        let mut i = 0;
        while i < toks.len() {
            if toks[i] == "use" {
                let mut at = i + 1;
                let mut leaves = Vec::new();
                use_tree(&toks, &mut at, &[], &mut leaves);
                for (path, bound) in leaves {
                    let Some(target) = absolute(here, &path, modules) else {
                        continue;
                    };
                    match bound {
                        Some(name) if modules.contains_key(&target) => {
                            aliases.insert(name, target);
                        }
                        _ => paths.push(target),
                    }
                }
                i = at;
                continue;
            }
            // A path in code: crate::…, super::…, self::… or an imported module's,
            // or a child module's.
            let child = {
                let mut child = here.clone();
                child.push(toks[i].clone());
                modules.contains_key(&child)
            };
            let starts = matches!(toks[i].as_str(), "crate" | "super" | "self")
                || aliases.contains_key(&toks[i])
                || child;
            let after_colons = i > 0 && toks[i - 1] == "::";
            if starts && !after_colons && toks.get(i + 1).map(String::as_str) == Some("::") {
                let mut path = vec![toks[i].clone()];
                let mut j = i + 1;
                while toks.get(j).map(String::as_str) == Some("::")
                    && toks.get(j + 1).is_some_and(|t| is_ident(t.chars().next()))
                {
                    path.push(toks[j + 1].clone());
                    j += 2;
                }
                let resolved = match aliases.get(&path[0]) {
                    Some(module) => Some(
                        module
                            .iter()
                            .cloned()
                            .chain(path[1..].iter().cloned())
                            .collect(),
                    ),
                    None => absolute(here, &path, modules),
                };
                paths.extend(resolved);
                i = j;
                continue;
            }
            i += 1;
        } // What an ancestor itself declares is the namespace, not an import.
        let targets: BTreeSet<ModPath> = paths
            .iter()
            .filter_map(|p| definer(p, modules, 0))
            .filter(|(target, defined)| target != here && !(*defined && here.starts_with(target)))
            .map(|(target, _)| target)
            .collect();
        graph.insert(here.clone(), targets);
    }
    graph
}

/// The groups of modules that import each other, each of more than one module.
fn cycles(graph: &BTreeMap<ModPath, BTreeSet<ModPath>>) -> Vec<Vec<ModPath>> {
    // Tarjan's strongly connected components.
    struct State<'a> {
        graph: &'a BTreeMap<ModPath, BTreeSet<ModPath>>,
        index: HashMap<&'a ModPath, usize>,
        low: HashMap<&'a ModPath, usize>,
        stack: Vec<&'a ModPath>,
        on_stack: BTreeSet<&'a ModPath>,
        out: Vec<Vec<ModPath>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a ModPath) {
        let n = s.index.len();
        s.index.insert(v, n);
        s.low.insert(v, n);
        s.stack.push(v);
        s.on_stack.insert(v);
        for w in s.graph.get(v).into_iter().flatten() {
            let Some((w, _)) = s.graph.get_key_value(w) else {
                continue;
            };
            if !s.index.contains_key(w) {
                visit(s, w);
                let low = s.low[v].min(s.low[w]);
                s.low.insert(v, low);
            } else if s.on_stack.contains(w) {
                let low = s.low[v].min(s.index[w]);
                s.low.insert(v, low);
            }
        }
        if s.low[v] == s.index[v] {
            let mut group = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                group.push(w.clone());
                if w == v {
                    break;
                }
            }
            if group.len() > 1 {
                group.sort();
                s.out.push(group);
            }
        }
    }
    let mut s = State {
        graph,
        index: HashMap::new(),
        low: HashMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        out: Vec::new(),
    };
    for v in graph.keys() {
        if !s.index.contains_key(v) {
            visit(&mut s, v);
        }
    }
    s.out
}

fn name(path: &ModPath) -> String {
    if path.is_empty() {
        "crate".into()
    } else {
        path.join("::")
    }
}

#[test]
fn no_modules_import_each_other_in_a_cycle() {
    let modules = read_modules();
    let graph = imports(&modules);
    // The reading itself works: the tree's imports are found, a known one among them.
    let edges: usize = graph.values().map(BTreeSet::len).sum();
    assert!(edges > 200, "only {edges} imports found in src/");
    let shell = vec!["build".to_string(), "shell".to_string()];
    let overview: ModPath = ["build", "pages", "overview"].map(String::from).to_vec();
    assert!(
        graph[&shell].contains(&overview),
        "build::shell → build::pages::overview"
    );
    assert!(!modules.contains_key(["build", "format", "fixtures"].map(String::from).as_slice()));
    let found: Vec<String> = cycles(&graph)
        .iter()
        .map(|group| {
            let members: Vec<String> = group
                .iter()
                .map(|m| {
                    let into: Vec<String> = graph[m]
                        .iter()
                        .filter(|t| group.contains(t))
                        .map(name)
                        .collect();
                    format!(
                        "{} ({}) → {}",
                        name(m),
                        modules[m].file.display(),
                        into.join(", ")
                    )
                })
                .collect();
            members.join("\n    ")
        })
        .collect();
    assert!(
        found.is_empty(),
        "modules that import each other:\n  {}",
        found.join("\n  ")
    );
}

/// The imports that point the wrong way: from a shared module into `build` or `browser`,
/// or between those two.
fn wrong_direction(graph: &BTreeMap<ModPath, BTreeSet<ModPath>>) -> Vec<String> {
    fn side(m: &ModPath) -> Option<&str> {
        m.first()
            .map(String::as_str)
            .filter(|s| *s == "build" || *s == "browser")
    }
    graph
        .iter()
        .flat_map(|(from, into)| {
            into.iter()
                .filter_map(move |to| match (side(from), side(to)) {
                    (None, Some(_)) => Some(format!("shared {} imports {}", name(from), name(to))),
                    (Some(a), Some(b)) if a != b => {
                        Some(format!("{} imports {}", name(from), name(to)))
                    }
                    _ => None,
                })
        })
        .collect()
}

#[test]
fn shared_modules_import_neither_the_build_nor_the_browser() {
    let modules = read_modules();
    for side in ["build", "browser"] {
        assert!(
            modules.keys().any(|m| m.first().is_some_and(|s| s == side)),
            "src/ has no `{side}` module to check"
        );
    }
    let wrong = wrong_direction(&imports(&modules));
    assert!(
        wrong.is_empty(),
        "imports the wrong way:\n  {}",
        wrong.join("\n  ")
    );
}

/// What only one runtime has, named in a shared module's code: a browser API, or a gate
/// on a runtime's feature (`lib.rs` gates `build` and `browser`, once each).
fn runtime_bound(path: &ModPath, code: &str) -> Vec<String> {
    let toks = tokens(code);
    let mut found: Vec<String> = [
        "web_sys",
        "js_sys",
        "wasm_bindgen",
        "wasm_bindgen_futures",
        "gloo_net",
    ]
    .iter()
    .filter(|api| toks.iter().any(|t| t == *api))
    .map(|api| format!("{} uses {api}", name(path)))
    .collect();
    let gates = code.matches("feature =").count();
    if !path.is_empty() && gates > 0 {
        found.push(format!("{} has {gates} feature gate(s)", name(path)));
    }
    found
}

/// The shared modules compile the same for both runtimes: no browser API, no feature gate.
/// Whatever needs the browser is in `browser`; the islands' views there take live state.
#[test]
fn shared_modules_name_no_browser_api_and_no_feature_gate() {
    let modules = read_modules();
    let found: Vec<String> = modules
        .iter()
        .filter(|(path, _)| path.first().is_none_or(|s| s != "build" && s != "browser"))
        .flat_map(|(path, m)| runtime_bound(path, &m.code))
        .collect();
    assert!(
        found.is_empty(),
        "shared code bound to one runtime:\n  {}",
        found.join("\n  ")
    );
    let root = &modules[&Vec::new()];
    assert_eq!(
        root.code.matches("feature =").count(),
        2,
        "lib.rs gates build and browser once each"
    );
    // The check sees an API and a gate where they are.
    let path = vec!["islands".to_string(), "x".to_string()];
    assert_eq!(
        runtime_bound(
            &path,
            "fn f() { let w = web_sys::window(); }\n#[cfg(feature = \"csr\")] fn g() {}"
        ),
        vec![
            "islands::x uses web_sys",
            "islands::x has 1 feature gate(s)"
        ]
    );
    assert!(runtime_bound(&path, "fn f() { let web_sys_like = 1; }").is_empty());
}

/// The filter's attributes are written by one component family and read by the island's
/// live half, each naming them through `islands::filter`'s constants: no other file of
/// `src/` spells one out.
#[test]
fn only_the_filter_family_writes_the_filter_attributes() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let attrs = [
        "data-gw-facets",
        "data-gw-choice",
        "data-gw-count",
        "data-gw-empty",
        "data-gw-ignored",
    ];
    let owner = src().join("islands/filter.rs");
    let spelled: Vec<String> = files
        .iter()
        .filter(|f| **f != owner)
        .flat_map(|f| {
            let text =
                std::fs::read_to_string(f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            let code = without_tests(&text);
            attrs
                .iter()
                .filter(move |a| code.contains(*a))
                .map(move |a| format!("{} spells {a}", f.display()))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(spelled.is_empty(), "{}", spelled.join("\n"));
    let declared = std::fs::read_to_string(&owner).expect("islands/filter.rs");
    for a in attrs {
        assert!(
            declared.contains(&format!("\"{a}\"")),
            "islands/filter.rs declares {a}"
        );
    }
}

/// The checker itself finds a cycle, and does not count a child's use of its parent.
#[test]
fn the_cycle_check_finds_a_cycle_of_two_files_and_ignores_a_parent() {
    let mut modules = BTreeMap::new();
    let module = |code: &str| Module {
        code: code.to_string(),
        items: item_names(&tokens(code)),
        ..Module::default()
    };
    let path = |p: &str| -> ModPath {
        p.split("::")
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect()
    };
    modules.insert(path(""), module("mod a; mod b; mod c;"));
    modules.insert(path("a"), module("use crate::b::g; fn f() { g(); }"));
    modules.insert(path("b"), module("fn g() { crate::a::f(); }"));
    modules.insert(path("c"), module("mod d; fn h() { d::k(); }"));
    modules.insert(path("c::d"), module("fn k() { super::h(); }"));
    let found = cycles(&imports(&modules));
    assert_eq!(found, vec![vec![path("a"), path("b")]]);
    // A cycle through what a parent imports is one.
    let mut through = BTreeMap::new();
    through.insert(path(""), module("mod p; mod x;"));
    through.insert(path("p"), module("mod q; use crate::x::g;"));
    through.insert(path("p::q"), module("fn f() { super::g(); }"));
    through.insert(path("x"), module("fn g() { crate::p::q::f(); }"));
    through
        .get_mut(&path("p"))
        .expect("p")
        .reexports
        .insert("g".to_string(), path("x::g"));
    assert_eq!(
        cycles(&imports(&through)),
        vec![vec![path("p::q"), path("x")]]
    );
    // And a shared module's import of the build.
    modules.insert(path("build"), module("fn make() {}"));
    modules.insert(path("c"), module("mod d; fn h() { crate::build::make(); }"));
    assert_eq!(
        wrong_direction(&imports(&modules)),
        vec!["shared c imports build"]
    );
    assert!(code_only(r#"let s = "crate::b::g"; // crate::a"#).contains("\"\""));
    assert!(
        !without_tests("fn x() {}\n#[cfg(test)]\nmod tests { use crate::a; }").contains("crate::a")
    );
}

/// Every file and folder of `src/` is listed in the layout of docs/ARCHITECTURE.md, and
/// every `src/` path it lists exists (a `*` stands for any file name in its folder).
#[test]
fn the_architecture_document_lists_every_file_and_folder_of_src() {
    let doc_path = crate::common::root().join("docs/ARCHITECTURE.md");
    let doc = std::fs::read_to_string(&doc_path)
        .unwrap_or_else(|e| panic!("{}: {e}", doc_path.display()));
    let layout = doc
        .split("\n## Layout")
        .nth(1)
        .and_then(|rest| rest.split("```").nth(1))
        .expect("docs/ARCHITECTURE.md has a `## Layout` section with a code block");
    let listed: Vec<String> = layout
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .filter(|first| first.starts_with("src/"))
        .map(String::from)
        .collect();
    let matches = |entry: &str, path: &str| match entry.split_once('*') {
        Some((before, after)) => {
            path.starts_with(before)
                && path.ends_with(after)
                && !path[before.len()..path.len() - after.len()].contains('/')
        }
        None => entry == path,
    };
    let mut files = Vec::new();
    let mut dirs = BTreeSet::new();
    let root = crate::common::root();
    let mut stack = vec![src()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src/ reads") {
            let path = entry.expect("an entry").path();
            let rel = path
                .strip_prefix(root)
                .expect("under the root")
                .to_string_lossy()
                .into_owned();
            if path.is_dir() {
                dirs.insert(format!("{rel}/"));
                stack.push(path);
            } else {
                files.push(rel);
            }
        }
    }
    let missing: Vec<&String> = files
        .iter()
        .chain(&dirs)
        .filter(|p| !listed.iter().any(|entry| matches(entry, p)))
        .collect();
    assert!(
        missing.is_empty(),
        "not in the layout of docs/ARCHITECTURE.md: {missing:?}"
    );
    let stale: Vec<&String> = listed
        .iter()
        .filter(|entry| !files.iter().chain(&dirs).any(|p| matches(entry, p)))
        .collect();
    assert!(
        stale.is_empty(),
        "docs/ARCHITECTURE.md lists what src/ does not have: {stale:?}"
    );
}

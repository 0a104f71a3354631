//! Keeps the module graph of `src/` a DAG: a cycle means no layer can be read, tested or
//! changed on its own. Edges come from every `crate::`/`super::`/child-module path in a file.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use syn::visit::Visit;

/// Modules that may depend on each other: a pair of files that belong together.
/// (Nothing else may form a cycle, and a pair may not grow into a longer one.)
const MAX_CYCLE_FILES: usize = 2;

type Graph = BTreeMap<String, BTreeSet<String>>;

#[test]
fn the_module_graph_has_no_cycle_over_more_than_two_files() {
    let graph = module_graph(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    let too_long: Vec<_> = cycles(&graph)
        .into_iter()
        .filter(|cycle| cycle.len() > MAX_CYCLE_FILES)
        .collect();
    assert!(
        too_long.is_empty(),
        "modules that import each other in a cycle: {too_long:#?}"
    );
}

#[test]
fn the_graph_sees_use_super_child_and_inline_crate_paths() {
    // The check above is only as good as the edges it finds.
    let graph = module_graph(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    let edge = |from: &str, to: &str| graph[from].contains(to);
    assert!(edge("crate::routes::flow", "crate::state"), "use crate::");
    assert!(
        edge("crate::routes::flow", "crate::routes::http"),
        "use super::"
    );
    assert!(
        edge("crate::ui", "crate::ui::sections"),
        "use of a child module"
    );
    assert!(
        edge("crate::routes", "crate::routes::home"),
        "a path in code"
    );
    assert!(
        !edge("crate::ui::nodes", "crate::ui::nodes"),
        "no self-edges"
    );
}

#[test]
fn a_cycle_over_three_modules_is_found() {
    let graph: Graph = [
        ("a", "b"),
        ("b", "c"),
        ("c", "a"),
        ("c", "d"),
        ("d", "e"),
        ("e", "d"),
    ]
    .iter()
    .fold(Graph::new(), |mut graph, (from, to)| {
        graph
            .entry(from.to_string())
            .or_default()
            .insert(to.to_string());
        graph.entry(to.to_string()).or_default();
        graph
    });
    let found = cycles(&graph);
    assert_eq!(
        found,
        vec![
            vec!["a".to_owned(), "b".to_owned(), "c".to_owned()],
            vec!["d".to_owned(), "e".to_owned()],
        ]
    );
}

/// Module path (`crate::routes::flow`) -> the modules its file refers to.
fn module_graph(src: &Path) -> Graph {
    let files = rust_files(src);
    let modules: BTreeMap<String, PathBuf> = files
        .iter()
        .filter(|file| file.file_name().is_some_and(|name| name != "main.rs"))
        .map(|file| (module_of(src, file), file.clone()))
        .collect();
    let known: BTreeSet<String> = modules.keys().cloned().collect();
    modules
        .iter()
        .map(|(module, file)| {
            let source = std::fs::read_to_string(file).expect("a readable source file");
            let syntax = syn::parse_file(&source)
                .unwrap_or_else(|err| panic!("{} does not parse: {err}", file.display()));
            let mut collector = PathCollector {
                known: &known,
                current: module.split("::").map(str::to_owned).collect(),
                targets: BTreeSet::new(),
            };
            collector.visit_file(&syntax);
            let targets = collector
                .targets
                .into_iter()
                .filter(|target| target != module)
                .collect();
            (module.clone(), targets)
        })
        .collect()
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("a readable src directory") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
    files
}

fn module_of(src: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(src).expect("a file under src");
    let mut parts = vec!["crate".to_owned()];
    for component in relative.with_extension("").components() {
        let name = component.as_os_str().to_string_lossy().into_owned();
        if name != "lib" && name != "mod" {
            parts.push(name);
        }
    }
    parts.join("::")
}

struct PathCollector<'a> {
    known: &'a BTreeSet<String>,
    /// The module the visitor is in (a file's module, plus any inline `mod` inside it).
    current: Vec<String>,
    targets: BTreeSet<String>,
}

impl PathCollector<'_> {
    /// Records the file a path points into, if it is one of ours.
    fn record(&mut self, segments: &[String]) {
        let Some(first) = segments.first() else {
            return;
        };
        let mut absolute: Vec<String> = match first.as_str() {
            "crate" => vec!["crate".to_owned()],
            "self" => self.current.clone(),
            "super" => self.current.clone(),
            // A child module named without a prefix (2018 paths), e.g. `ids::IdAllocator`.
            child if self.is_module(&[self.current.as_slice(), &[child.to_owned()]].concat()) => {
                self.current.clone()
            }
            _ => return,
        };
        let mut rest = segments;
        if matches!(first.as_str(), "crate" | "self") {
            rest = &segments[1..];
        }
        while let Some((segment, tail)) = rest.split_first() {
            if segment == "super" {
                absolute.pop();
                rest = tail;
            } else {
                break;
            }
        }
        absolute.extend(rest.iter().cloned());
        // The longest prefix that is a file: `crate::ui::FlowView` lives in `crate::ui`.
        while !absolute.is_empty() {
            let module = absolute.join("::");
            if self.known.contains(&module) {
                self.targets.insert(module);
                return;
            }
            absolute.pop();
        }
    }

    fn is_module(&self, segments: &[String]) -> bool {
        self.known.contains(&segments.join("::"))
    }
}

impl<'ast> Visit<'ast> for PathCollector<'_> {
    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        self.current.push(item.ident.to_string());
        syn::visit::visit_item_mod(self, item);
        self.current.pop();
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        let mut paths = Vec::new();
        expand_use(&item.tree, &mut Vec::new(), &mut paths);
        for path in paths {
            self.record(&path);
        }
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        let segments: Vec<String> = path
            .segments
            .iter()
            .map(|segment| segment.ident.to_string())
            .collect();
        if segments.len() > 1 {
            self.record(&segments);
        }
        syn::visit::visit_path(self, path);
    }
}

/// `use a::{b, c::d}` -> `a::b`, `a::c::d`.
fn expand_use(tree: &syn::UseTree, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    match tree {
        syn::UseTree::Path(path) => {
            prefix.push(path.ident.to_string());
            expand_use(&path.tree, prefix, out);
            prefix.pop();
        }
        syn::UseTree::Name(name) => {
            out.push([prefix.as_slice(), &[name.ident.to_string()]].concat())
        }
        syn::UseTree::Rename(rename) => {
            out.push([prefix.as_slice(), &[rename.ident.to_string()]].concat())
        }
        syn::UseTree::Glob(_) => out.push(prefix.clone()),
        syn::UseTree::Group(group) => {
            for tree in &group.items {
                expand_use(tree, prefix, out);
            }
        }
    }
}

/// Strongly connected components with more than one module (Tarjan), each sorted.
fn cycles(graph: &Graph) -> Vec<Vec<String>> {
    struct Tarjan<'g> {
        graph: &'g Graph,
        index: BTreeMap<&'g str, usize>,
        low: BTreeMap<&'g str, usize>,
        stack: Vec<&'g str>,
        on_stack: BTreeSet<&'g str>,
        found: Vec<Vec<String>>,
    }

    impl<'g> Tarjan<'g> {
        fn visit(&mut self, node: &'g str) {
            let index = self.index.len();
            self.index.insert(node, index);
            self.low.insert(node, index);
            self.stack.push(node);
            self.on_stack.insert(node);
            for next in self.graph.get(node).into_iter().flatten() {
                let next = next.as_str();
                if !self.index.contains_key(next) {
                    self.visit(next);
                    let low = self.low[node].min(self.low[next]);
                    self.low.insert(node, low);
                } else if self.on_stack.contains(next) {
                    let low = self.low[node].min(self.index[next]);
                    self.low.insert(node, low);
                }
            }
            if self.low[node] == self.index[node] {
                let mut component = Vec::new();
                while let Some(member) = self.stack.pop() {
                    self.on_stack.remove(member);
                    component.push(member.to_owned());
                    if member == node {
                        break;
                    }
                }
                if component.len() > 1 {
                    component.sort();
                    self.found.push(component);
                }
            }
        }
    }

    let mut tarjan = Tarjan {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for node in graph.keys() {
        if !tarjan.index.contains_key(node.as_str()) {
            tarjan.visit(node);
        }
    }
    tarjan.found.sort();
    tarjan.found
}

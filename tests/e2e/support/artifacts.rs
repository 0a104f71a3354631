//! `target/e2e-artifacts/<test>/`: Kratos' log, the filled config, the browser log, and on
//! failure the page source, a screenshot and the URL, so a red run can be read afterwards.

use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct Artifacts {
    dir: PathBuf,
}

impl Artifacts {
    /// A fresh (emptied) folder for the named test.
    pub fn fresh(test: &str) -> Self {
        let dir = root().join(test);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)
            .unwrap_or_else(|err| panic!("cannot create {}: {err}", dir.display()));
        Self { dir }
    }

    pub fn path(&self, file: &str) -> PathBuf {
        self.dir.join(file)
    }

    pub fn write(&self, file: &str, contents: impl AsRef<[u8]>) {
        let path = self.path(file);
        if let Err(err) = std::fs::write(&path, contents) {
            eprintln!("e2e: cannot write {}: {err}", path.display());
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

/// `<target dir>/e2e-artifacts`, wherever the target dir is.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("CARGO_TARGET_TMPDIR lies inside the target dir")
        .join("e2e-artifacts")
}

/// A file of the repository (config templates, static files, docs).
pub fn repo_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

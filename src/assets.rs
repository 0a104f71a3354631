//! Static assets (CSS, JS, icons), read once at start-up from `STATIC_DIR` so a theme is a
//! file edit and a restart. Each asset gets a content hash; pages link to `?v=<hash>`, which
//! lets browsers cache it for good.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

#[derive(Debug, Clone)]
pub struct Asset {
    pub bytes: Vec<u8>,
    pub content_type: &'static str,
    /// First 16 hex digits of the SHA-256 of the content.
    pub version: String,
}

#[derive(Debug, Clone, Default)]
pub struct Assets {
    files: HashMap<String, Asset>,
}

/// Files the templates link to; start-up fails clearly when one is missing.
const REQUIRED: &[&str] = &["app.css", "app.js", "favicon.svg"];

#[derive(Debug)]
pub struct AssetsError {
    dir: PathBuf,
    problem: String,
}

impl fmt::Display for AssetsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "invalid STATIC_DIR {}: {}",
            self.dir.display(),
            self.problem
        )
    }
}

impl std::error::Error for AssetsError {}

impl Assets {
    pub fn load(dir: &Path) -> Result<Self, AssetsError> {
        let error = |problem: String| AssetsError {
            dir: dir.to_owned(),
            problem,
        };
        let entries = std::fs::read_dir(dir).map_err(|err| error(err.to_string()))?;
        let mut files = HashMap::new();
        for entry in entries {
            let entry = entry.map_err(|err| error(err.to_string()))?;
            let path = entry.path();
            let Some(name) = path.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
                continue;
            };
            if !path.is_file() || name.starts_with('.') {
                continue;
            }
            let bytes = std::fs::read(&path).map_err(|err| error(format!("{name}: {err}")))?;
            let digest = Sha256::digest(&bytes);
            let version = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
            files.insert(
                name.clone(),
                Asset {
                    content_type: content_type(&name),
                    bytes,
                    version,
                },
            );
        }
        if let Some(missing) = REQUIRED.iter().find(|name| !files.contains_key(**name)) {
            return Err(error(format!("{missing} is missing")));
        }
        Ok(Self { files })
    }

    pub fn get(&self, name: &str) -> Option<&Asset> {
        self.files.get(name)
    }

    /// The version to link with; empty for an unknown name (the link still works, uncached).
    pub fn version(&self, name: &str) -> &str {
        self.files
            .get(name)
            .map_or("", |asset| asset.version.as_str())
    }
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next().unwrap_or("") {
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

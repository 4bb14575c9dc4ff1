//! Writing into the built site's folder: every build step that writes a file goes through
//! these, so a failure always names the file.

use std::path::{Path, PathBuf};

/// A site path (`/data/x.csv`) as a file in `dist`.
pub fn in_dist(dist: &Path, path: &str) -> PathBuf {
    dist.join(path.trim_start_matches('/'))
}

/// Writes `text` to `file`, creating its folder; the error names the file.
pub fn write_file(file: &Path, text: impl AsRef<[u8]>) -> Result<(), String> {
    if let Some(parent) = file.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    std::fs::write(file, text).map_err(|e| format!("{}: cannot write: {e}", file.display()))
}

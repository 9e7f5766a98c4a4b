//! The readers of dossier texts, as split points: reading a stored dossier or an imported file
//! (serde with field paths, the format's migrations and checks) and planning an import (merge)
//! are one wasm module, fetched only when needed. Stored dossiers of the current version are
//! read the quick way (`persistence::read_stored_quick`) by a smaller module, `stored`, which
//! the page preloads alongside the main module when this browser has dossiers; an older
//! version or a damaged value fetches the readers.

use crate::domain::format::{self, Document, ReadError};
use crate::domain::import::{plan, Plan};
use crate::domain::{Dossier, Lang};
use crate::lazy::{split_point, NotLoaded};
use crate::persistence::{read_stored, read_stored_quick, Local};

/// What one stored text holds, or why it cannot be read, in Danish and English. The reason is
/// worded here, in the readers' module (which reads every text the quick way cannot): the
/// format's error messages are then not in the main module.
pub type StoredRead = Result<(Local, Document), (String, String)>;

split_point!(
    readers,
    /// Reads stored dossier texts (as `persistence` keeps them), in order.
    pub(crate) fn read_stored_texts(texts: Vec<String>) -> Result<Vec<StoredRead>, NotLoaded> {
        Ok(texts.iter().map(|t| read_stored(t).map_err(|e| (e.message(Lang::Da), e.message(Lang::En)))).collect())
    }
);

split_point!(
    readers,
    /// Reads and checks an imported file.
    pub(crate) fn read_file(bytes: Vec<u8>) -> Result<Result<Document, ReadError>, NotLoaded> {
        Ok(format::read(&bytes))
    }
);

split_point!(
    readers,
    /// Decides what importing `file` does to the dossier with its id here, if any.
    pub(crate) fn plan_import(existing: Option<Dossier>, file: Document) -> Result<Plan, NotLoaded> {
        Ok(plan(existing.as_ref(), file))
    }
);

split_point!(
    stored,
    /// Reads stored dossier texts the quick way ([`read_stored_quick`]): `None` for one that is
    /// not of the current version or is damaged.
    pub(crate) fn read_stored_quick_texts(texts: Vec<String>) -> Result<Vec<Option<(Local, Document)>>, NotLoaded> {
        Ok(texts.iter().map(|t| read_stored_quick(t)).collect())
    }
);

/// Reads stored dossier texts: the quick way where it works (the small `stored` module, which
/// an inline script in index.html preloads alongside the main module when this browser has
/// dossiers), the rest through the readers' module (fetched only then).
pub async fn read_stored_all(texts: &[String]) -> Result<Vec<StoredRead>, NotLoaded> {
    if texts.is_empty() {
        return Ok(Vec::new());
    }
    let quick = read_stored_quick_texts(texts.to_vec()).await?;
    let slow: Vec<String> = texts.iter().zip(&quick).filter(|(_, q)| q.is_none()).map(|(t, _)| t.clone()).collect();
    let mut slow = if slow.is_empty() { Vec::new() } else { read_stored_texts(slow).await? }.into_iter();
    // The readers' module gives one result per text it was given.
    quick.into_iter().map(|q| q.map(Ok).or_else(|| slow.next()).ok_or(NotLoaded)).collect()
}

/// Reads one stored dossier text.
pub async fn read_stored_text(text: String) -> Result<StoredRead, NotLoaded> {
    read_stored_all(std::slice::from_ref(&text)).await?.pop().ok_or(NotLoaded)
}

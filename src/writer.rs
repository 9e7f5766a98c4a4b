//! The writer of dossier texts as a split point: serde's serialisers for every domain type (a
//! stored dossier, the exchange file) are the wasm module `writer`, fetched just after the first
//! paint instead of with the main module. Once it is here, [`write_now`] writes synchronously, so
//! the flush on `pagehide` still writes; until then (or when it could not be fetched) the flush
//! keeps its dossiers dirty and writes them when [`load`] succeeds, and the user is told if it
//! does not.

use crate::domain::format::{self, Document};
use crate::lazy::{split_point, NotLoaded};
use crate::persistence::{stored_text, Local};
use std::cell::Cell;
use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

/// A text to write.
pub enum Text {
    /// A dossier as `persistence` stores it (`{lokal, dokument}`).
    Stored(Local, Document),
    /// The exchange file the parties swap.
    File(Document),
}

split_point!(
    writer,
    /// Writes the texts, in order (an empty list only fetches the module).
    fn write_texts(texts: Vec<Text>) -> Result<Vec<String>, NotLoaded> {
        Ok(texts
            .iter()
            .map(|t| match t {
                Text::Stored(local, document) => stored_text(local, document),
                Text::File(document) => format::write(document),
            })
            .collect())
    }
);

thread_local! {
    /// Whether [`load`] has succeeded.
    static HERE: Cell<bool> = const { Cell::new(false) };
}

/// Whether the writer's module is here, so [`write_now`] writes.
pub fn ready() -> bool {
    HERE.get()
}

/// Fetches the writer's module (once: callers at the same time share one fetch; a failed fetch
/// is tried again by the next call).
pub async fn load() -> Result<(), NotLoaded> {
    if ready() {
        return Ok(());
    }
    write_texts(Vec::new()).await?;
    HERE.set(true);
    Ok(())
}

/// Writes the texts now if the writer's module is here, `None` if it is not (then [`load`]).
pub fn write_now(texts: Vec<Text>) -> Option<Vec<String>> {
    if !ready() {
        return None;
    }
    // Once the module is here the split point's future completes on its first poll (its loader
    // is a filled once-cell), so no waker is ever needed.
    let mut writing = pin!(write_texts(texts));
    match writing.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(Ok(texts)) => Some(texts),
        Poll::Ready(Err(NotLoaded)) | Poll::Pending => None,
    }
}

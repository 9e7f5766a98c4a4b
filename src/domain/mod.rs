//! The domain: dossiers, worksheets, survey scoring, the ESG table, AlmenKompas points and the file format.
//!
//! Plain Rust with no browser, storage, clock or randomness in it: ids and times are passed in,
//! so everything here runs (and is tested) natively with `cargo test`.

pub mod almenkompas;
pub mod b2c;
pub mod dates;
pub mod del3;
pub mod dossier;
pub mod esg;
pub mod format;
pub mod import;
pub mod indicator;
pub mod kiosk;
pub mod merge;
pub mod number;
pub mod party;
pub mod rev;
pub mod score;
pub mod survey;
pub mod survey_csv;
pub mod synthetic;
pub mod text;

pub use dossier::{Dossier, Kind};
pub use party::{Party, PerParty};
pub use text::{Lang, Tr};

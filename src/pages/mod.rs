//! One module per route.

pub mod dossier;
pub mod home;
pub mod import;
pub mod not_found;

//! One module per route.

pub mod dossier;
pub mod home;
pub mod not_found;

//! One module per route.

pub mod agreement;
pub mod almen;
pub mod compare;
pub mod del1;
pub mod del2;
pub mod del3;
pub mod dossier;
pub mod esg;
pub mod home;
pub mod import;
pub mod kiosk;
pub mod not_found;
pub mod round;

//! Shared widgets, in Det Fælles Designsystem's markup.

pub mod alert;
pub mod chart;
pub mod form;
pub mod header;
pub mod sheet;
pub mod status;
pub mod table;
pub mod toast;

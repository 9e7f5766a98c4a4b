//! The dossier's overview, as data: its title (the parties' details are `del1::ABOUT`).

use crate::domain::dossier::Title;
use crate::domain::{Dossier, Tr};
use crate::sheets::{text_field, At, Kind, Node};

fn title(d: &Dossier, _: At) -> Option<&Title> {
    Some(&d.title)
}
fn title_mut(d: &mut Dossier, _: At) -> Option<&mut Title> {
    Some(&mut d.title)
}

pub static TITLE: &[Node] = &[text_field!(
    "title",
    Tr::new("Dossierets titel", "Title of the dossier"),
    None,
    Kind::Text,
    title,
    title_mut,
    text
)];

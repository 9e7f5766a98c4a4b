//! Del 1 — Interne overvejelser, as data: every question of the guide's Del 1, bound to one
//! party's [`Del1`] (and its [`PartyDetails`]).

use crate::domain::b2c::{Del1, Resource, ResourceKind, Scale, MAX_POINTS};
use crate::domain::dossier::{CompanySize, PartyDetails};
use crate::domain::indicator::{Esrs, Measure, Proposal};
use crate::domain::{Dossier, Party, Tr};
use crate::sheets::{item_text, pos, put_back, text_field, At, Field, Kind, List, Node, Value};

/// A list's `remove` for a party's own list of `Del1::$list`, whose items are found by their
/// place: removing takes the item out, undoing puts it back at its place.
macro_rules! own_items {
    ($label:expr, $list:ident) => {
        Some((
            $label,
            |d, at| {
                let u = del1_mut(d, at)?;
                (at.index < u.$list.len()).then(|| u.$list.remove(at.index))?;
                Some(&mut u.rev)
            },
            |d, at, before| {
                let u = del1_mut(d, at)?;
                put_back(&mut u.$list, &del1(before, at)?.$list, at.index)?;
                Some(&mut u.rev)
            },
        ))
    };
}

pub fn del1(d: &Dossier, at: At) -> Option<&Del1> {
    d.del1.get(at.party)
}
pub fn del1_mut(d: &mut Dossier, at: At) -> Option<&mut Del1> {
    Some(d.del1.get_mut(at.party))
}
pub fn details(d: &Dossier, at: At) -> Option<&PartyDetails> {
    d.parties.get(at.party)
}
pub fn details_mut(d: &mut Dossier, at: At) -> Option<&mut PartyDetails> {
    Some(d.parties.get_mut(at.party))
}

pub const GUIDE_PRIORITIES: Tr = Tr::new(
    "Inden I mødes, er det essentielt, at I hver især drøfter og tager stilling til jeres fokus på socialt ansvar. Start med: Hvilke udfordringer eller muligheder er i fokus i området? Gennem hvilke indsatser kan partnerskabet tackle udfordringerne og opnå mulighederne? Hvordan kan indsatserne fremme de tre indikatorer? Er der stedsspecifikke indikatorer, der er vigtige for jer at tilføje – fx tryghed eller beskæftigelse?",
    "Before you meet, each of you should discuss and decide on your focus on social responsibility. Start with: Which challenges or opportunities are in focus in the area? Through which initiatives can the partnership tackle them? How can the initiatives promote the three indicators? Are there site-specific indicators that matter to you – e.g. safety or employment?",
);
const GUIDE_RESOURCES: Tr = Tr::new(
    "Det er afgørende at være bevidst om de ressourcer, I kan bidrage med. For at sikre en god dialog bør I inden mødet med en mulig partner være klar over, hvilke ressourcer I kan tildele partnerskabet – fx arbejdstimer, adgang til faciliteter eller frivilligt arbejde.",
    "It is essential to be clear about the resources you can contribute. For a good dialogue, know before meeting a possible partner which resources you can allocate – e.g. working hours, access to facilities or volunteer work.",
);
const GUIDE_EXPECTATIONS: Tr = Tr::new(
    "Interessen for at indgå partnerskab kan variere. Nogle boligorganisationer har tomme erhvervslejemål og søger en fast partner, der kan skabe mere liv; en virksomhed har måske interesse i at stille faciliteter til rådighed. Et partnerskab kan både bestå i en enkelt aktivitet og i et længerevarende samarbejde. Afstem, om I søger et mindre eller større partnerskab, og hvad jeres interesse er.",
    "Interest in a partnership varies. Some housing organisations have empty commercial premises and seek a permanent partner that brings more life; a company may want to make facilities available. A partnership can be a single activity or a longer collaboration. Agree whether you seek a smaller or a larger partnership, and what your interest is.",
);
const GUIDE_POINTS: Tr = Tr::new(
    "Når I har gennemført de indledende overvejelser, har I et godt grundlag for at mødes med en partner. Skriv de fem vigtigste punkter ned, I vil drøfte med en partner – fx «Vi vil minimere ensomhed», «Vi vil inspirere de unge til at tage uddannelse», «Vi har begrænsede ressourcer».",
    "With the first considerations done you have a good basis for meeting a partner. Write down the five most important points to discuss with a partner – e.g. “We want to reduce loneliness”, “We want to inspire young people to get an education”, “We have limited resources”.",
);

fn scales() -> Vec<Tr> {
    Scale::ALL.iter().map(|s| s.name()).collect()
}
fn sizes() -> Vec<Tr> {
    CompanySize::ALL.iter().map(|s| s.name()).collect()
}
fn resource_kinds() -> Vec<Tr> {
    ResourceKind::ALL.iter().map(|k| k.name()).collect()
}
fn measures() -> Vec<Tr> {
    Measure::ALL.iter().map(|m| m.name()).collect()
}
fn esrs() -> Vec<Tr> {
    Esrs::ALL.iter().map(|e| e.name()).collect()
}

/// Who the party is (also on the overview).
pub static ABOUT: &[Node] = &[
    text_field!("org", Tr::new("Organisation", "Organisation"), None, Kind::Text, details, details_mut, organisation),
    text_field!("contact", Tr::new("Kontaktperson", "Contact person"), None, Kind::Text, details, details_mut, contact),
    text_field!(
        "role",
        Tr::new("Kontaktpersonens rolle", "Contact person's role"),
        Some(Tr::new(
            "Fx bæredygtighedschef, CSR- eller ESG-ansvarlig, HR, direktør, boligsocial koordinator",
            "E.g. head of sustainability, CSR or ESG lead, HR, managing director, boligsocial coordinator",
        )),
        Kind::Text,
        details,
        details_mut,
        role
    ),
    Node::When(
        |_, at| at.party == Party::Company,
        &[Node::Field(Field {
            key: "size",
            label: Tr::new("Virksomhedens størrelse", "Size of the company"),
            hint: Some(Tr::new(
                "En større virksomhed forbereder sig typisk via bæredygtigheds-, CSR- eller HR-funktionen; i en mindre svarer direktøren ofte på et konkret forslag.",
                "A larger company usually prepares through its sustainability, CSR or HR function; in a smaller one the managing director often answers a concrete proposal.",
            )),
            kind: Kind::Radio(sizes),
            get: |d, at| Value::Choice(details(d, at).and_then(|u| u.size).and_then(|s| pos(&CompanySize::ALL, &s))),
            set: |d, at, v| {
                let u = details_mut(d, at)?;
                u.size = v.choice().and_then(|i| CompanySize::ALL.get(i).copied());
                Some(&mut u.rev)
            },
        })],
    ),
];

static PROPOSAL: &[Node] = &[
    item_text!("name", Tr::new("Navn", "Name"), None, Kind::Text, del1, del1_mut, proposals, name),
    item_text!("kpi", Tr::new("KPI-definition", "KPI definition"), None, Kind::Text, del1, del1_mut, proposals, kpi),
    Node::Field(Field {
        key: "measure",
        label: Tr::new("Måles ved", "Measured by"),
        hint: None,
        kind: Kind::Select(measures, None),
        get: |d, at| {
            Value::Choice(
                del1(d, at).and_then(|u| u.proposals.get(at.index)).and_then(|p| pos(&Measure::ALL, &p.measure)),
            )
        },
        set: |d, at, v| {
            let u = del1_mut(d, at)?;
            u.proposals.get_mut(at.index)?.measure = *Measure::ALL.get(v.choice()?)?;
            Some(&mut u.rev)
        },
    }),
    Node::Field(Field {
        key: "esrs",
        label: Tr::new("Hører i ESG-rapporten under", "Belongs in the ESG report under"),
        hint: None,
        kind: Kind::Select(esrs, None),
        get: |d, at| {
            Value::Choice(del1(d, at).and_then(|u| u.proposals.get(at.index)).and_then(|p| pos(&Esrs::ALL, &p.esrs)))
        },
        set: |d, at, v| {
            let u = del1_mut(d, at)?;
            u.proposals.get_mut(at.index)?.esrs = *Esrs::ALL.get(v.choice()?)?;
            Some(&mut u.rev)
        },
    }),
];

static RESOURCE: &[Node] = &[
    Node::Field(Field {
        key: "kind",
        label: Tr::new("Type", "Kind"),
        hint: None,
        kind: Kind::Select(resource_kinds, None),
        get: |d, at| {
            Value::Choice(
                del1(d, at).and_then(|u| u.resources.get(at.index)).and_then(|r| pos(&ResourceKind::ALL, &r.kind)),
            )
        },
        set: |d, at, v| {
            let u = del1_mut(d, at)?;
            u.resources.get_mut(at.index)?.kind = *ResourceKind::ALL.get(v.choice()?)?;
            Some(&mut u.rev)
        },
    }),
    item_text!(
        "desc",
        Tr::new("Beskrivelse", "Description"),
        Some(Tr::new("Fx «Fælleshuset to aftener om ugen»", "E.g. “The community house two evenings a week”")),
        Kind::Text,
        del1,
        del1_mut,
        resources,
        description
    ),
    Node::Field(Field {
        key: "amount",
        label: Tr::new("Antal (hvis relevant)", "Amount (if any)"),
        hint: None,
        kind: Kind::Number,
        get: |d, at| Value::Number(del1(d, at).and_then(|u| u.resources.get(at.index)).and_then(|r| r.amount)),
        set: |d, at, v| {
            let u = del1_mut(d, at)?;
            u.resources.get_mut(at.index)?.amount = v.number();
            Some(&mut u.rev)
        },
    }),
    item_text!(
        "unit",
        Tr::new("Enhed", "Unit"),
        Some(Tr::new("Fx timer om året", "E.g. hours a year")),
        Kind::Text,
        del1,
        del1_mut,
        resources,
        unit
    ),
];

static POINT: &[Node] = &[Node::Field(Field {
    key: "text",
    label: Tr::new("Punkt", "Point"),
    hint: None,
    kind: Kind::Text,
    get: |d, at| Value::Text(del1(d, at).and_then(|u| u.points.get(at.index)).cloned().unwrap_or_default()),
    set: |d, at, v| {
        let u = del1_mut(d, at)?;
        *u.points.get_mut(at.index)? = v.text();
        Some(&mut u.rev)
    },
})];

fn indexes(n: usize, at: At) -> Vec<At> {
    (0..n).map(|i| at.nth(i)).collect()
}

/// The party's own Del 1, question by question.
pub static DEL1: &[Node] = &[
    Node::Group(
        Tr::new("Egne prioriteringer", "Own priorities"),
        &[
            Node::Guide(GUIDE_PRIORITIES),
            text_field!(
                "challenges",
                Tr::new(
                    "Hvilke udfordringer eller muligheder er i fokus i området?",
                    "Which challenges or opportunities are in focus in the area?"
                ),
                None,
                Kind::Area(3),
                del1,
                del1_mut,
                challenges
            ),
            text_field!(
                "initiatives",
                Tr::new(
                    "Gennem hvilke indsatser kan partnerskabet tackle udfordringerne og opnå mulighederne?",
                    "Through which initiatives can the partnership tackle the challenges and reach the opportunities?"
                ),
                None,
                Kind::Area(3),
                del1,
                del1_mut,
                initiatives
            ),
            Node::Heading(
                4,
                Tr::new(
                    "Hvordan kan indsatserne fremme de tre indikatorer?",
                    "How can the initiatives promote the three indicators?",
                ),
            ),
            text_field!(
                "belonging",
                Tr::new("Tilhørsforhold (versus isolation)", "Belonging (versus isolation)"),
                Some(Tr::new(
                    "Oplevelse af ejerskab, stolthed og identifikation til lokalområdet.",
                    "A sense of ownership, pride and identification with the area."
                )),
                Kind::Area(2),
                del1,
                del1_mut,
                core_notes.belonging
            ),
            text_field!(
                "trust",
                Tr::new("Tillid (versus mistænksomhed)", "Trust (versus suspicion)"),
                Some(Tr::new("Oplevelse af tillid til fremmede.", "Trust in strangers.")),
                Kind::Area(2),
                del1,
                del1_mut,
                core_notes.trust
            ),
            text_field!(
                "cocreation",
                Tr::new("Medskabende (versus ikke-deltager)", "Co-creation (versus non-participant)"),
                Some(Tr::new(
                    "At have muligheden for at involvere sig socialt og organisatorisk.",
                    "The chance to take part socially and organisationally."
                )),
                Kind::Area(2),
                del1,
                del1_mut,
                core_notes.co_creation
            ),
            Node::Heading(4, Tr::new("Stedsspecifikke indikatorer", "Site-specific indicators")),
            Node::Para(Tr::new(
                "Fx Tryghed (% der føler sig trygge i nabolaget) eller Unge i virksomhedspraktik (et antal).",
                "E.g. Safety (% who feel safe in the neighbourhood) or Young people in internships (a count).",
            )),
            Node::List(List {
                key: "prop",
                noun: Tr::new("Indikator", "Indicator"),
                title: None,
                items: |d, at| indexes(del1(d, at).map_or(0, |u| u.proposals.len()), at),
                add: Some((Tr::new("Tilføj stedsspecifik indikator", "Add a site-specific indicator"), |d, at, _| {
                    let u = del1_mut(d, at)?;
                    u.proposals.push(Proposal::default());
                    Some(&mut u.rev)
                })),
                remove: own_items!(Tr::new("Fjern indikator", "Remove indicator"), proposals),
                reorder: None,
                removable: None,
                max: None,
                empty: None,
                compact: false,
                nodes: PROPOSAL,
            }),
        ],
    ),
    Node::Group(
        Tr::new("Allokering af ressourcer", "Allocation of resources"),
        &[
            Node::Guide(GUIDE_RESOURCES),
            Node::Para(Tr::new(
                "Hvilke ressourcer kan I allokere til partnerskabet?",
                "Which resources can you allocate to the partnership?",
            )),
            Node::List(List {
                key: "res",
                noun: Tr::new("Ressource", "Resource"),
                title: None,
                items: |d, at| indexes(del1(d, at).map_or(0, |u| u.resources.len()), at),
                add: Some((Tr::new("Tilføj ressource", "Add a resource"), |d, at, _| {
                    let u = del1_mut(d, at)?;
                    u.resources.push(Resource::default());
                    Some(&mut u.rev)
                })),
                remove: own_items!(Tr::new("Fjern ressource", "Remove resource"), resources),
                reorder: None,
                removable: None,
                max: None,
                empty: None,
                compact: false,
                nodes: RESOURCE,
            }),
        ],
    ),
    Node::Group(
        Tr::new("Forventninger til partnerskab", "Expectations of the partnership"),
        &[
            Node::Guide(GUIDE_EXPECTATIONS),
            Node::Field(Field {
                key: "scale",
                label: Tr::new(
                    "Søger I et mindre eller et større partnerskab?",
                    "Do you seek a smaller or a larger partnership?",
                ),
                hint: None,
                kind: Kind::Radio(scales),
                get: |d, at| Value::Choice(del1(d, at).and_then(|u| u.scale).and_then(|s| pos(&Scale::ALL, &s))),
                set: |d, at, v| {
                    let u = del1_mut(d, at)?;
                    u.scale = v.choice().and_then(|i| Scale::ALL.get(i).copied());
                    Some(&mut u.rev)
                },
            }),
            text_field!(
                "interest",
                Tr::new(
                    "Hvad er jeres interesse i at indgå partnerskabet?",
                    "What is your interest in the partnership?"
                ),
                None,
                Kind::Area(3),
                del1,
                del1_mut,
                interest
            ),
        ],
    ),
    Node::Group(
        Tr::new("Fem vigtigste punkter", "The five most important points"),
        &[
            Node::Guide(GUIDE_POINTS),
            Node::List(List {
                key: "point",
                noun: Tr::new("Punkt", "Point"),
                title: None,
                items: |d, at| indexes(del1(d, at).map_or(0, |u| u.points.len()), at),
                add: Some((Tr::new("Tilføj punkt", "Add a point"), |d, at, _| {
                    let u = del1_mut(d, at)?;
                    u.add_point(String::new()).ok()?;
                    Some(&mut u.rev)
                })),
                remove: Some((
                    Tr::new("Fjern", "Remove"),
                    |d, at| {
                        let u = del1_mut(d, at)?;
                        (at.index < u.points.len()).then(|| u.points.remove(at.index))?;
                        Some(&mut u.rev)
                    },
                    |d, at, before| {
                        let u = del1_mut(d, at)?;
                        (u.points.len() < MAX_POINTS).then_some(())?;
                        put_back(&mut u.points, &del1(before, at)?.points, at.index)?;
                        Some(&mut u.rev)
                    },
                )),
                reorder: Some(|d, at, up| {
                    let u = del1_mut(d, at)?;
                    u.move_point(at.index, up);
                    Some(&mut u.rev)
                }),
                removable: None,
                max: Some((
                    MAX_POINTS,
                    Tr::new(
                        "I har fem punkter – det er det, guiden beder om. Fjern et for at tilføje et nyt.",
                        "You have five points – as the guide asks. Remove one to add another.",
                    ),
                )),
                empty: None,
                compact: true,
                nodes: POINT,
            }),
        ],
    ),
];

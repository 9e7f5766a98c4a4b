//! The 20 AlmenKompas points (E 6, S 8, G 6) as versioned data. The official KPI sheet is not
//! public: every KPI definition, unit and direction here is a *suggestion* (researched from
//! ESRS, VSME, FSR key figures, BR18 and LBF statistics; see ALMENKOMPAS-AND-ESRS.md), shown as
//! one, and each dossier can adjust definition and unit per point. Ids ("E1" … "G6") are stable:
//! files store them; a new catalogue version may reword, never renumber.

use crate::domain::text::{Lang, Tr};

/// Bump when the suggestions change; a dossier records the version it was started with.
/// Version 2: the three counts' unit is what they count ("35 frivillige", not "35 antal").
pub const CATALOGUE_VERSION: u32 = 2;

/// E, S or G.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Group {
    E,
    S,
    G,
}

impl Group {
    pub const ALL: [Group; 3] = [Group::E, Group::S, Group::G];

    pub fn name(self) -> Tr {
        match self {
            Group::E => Tr::new("E – Miljø", "E – Environment"),
            Group::S => Tr::new("S – Social", "S – Social"),
            Group::G => Tr::new("G – Governance", "G – Governance"),
        }
    }
}

/// Which way is better for a point's figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Higher,
    Lower,
    /// Neither: a band to stay within, or context (judged in the dialogue, not by the app).
    Neither,
}

impl Direction {
    pub fn name(self) -> Tr {
        match self {
            Direction::Higher => Tr::new("Højere er bedre", "Higher is better"),
            Direction::Lower => Tr::new("Lavere er bedre", "Lower is better"),
            Direction::Neither => {
                Tr::new("Vurderes i dialogen (bånd eller kontekst)", "Judged in the dialogue (band or context)")
            }
        }
    }
}

/// One point of the catalogue.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub id: &'static str,
    pub group: Group,
    pub name: Tr,
    /// What the point is about.
    pub explain: Tr,
    /// Suggested KPI definition.
    pub kpi: Tr,
    /// Suggested unit, in the reader's language (a dossier's own unit is its own text).
    pub unit: Tr,
    pub direction: Direction,
    /// Where the suggestion is anchored (ESRS, VSME, FSR, BR18, LBF); the sources' own names
    /// stay Danish, with what they are in English beside them.
    pub anchor: Tr,
}

/// One row of the table below (positional, so the table reads like the source's).
#[allow(clippy::too_many_arguments)]
const fn p(
    id: &'static str,
    group: Group,
    name: Tr,
    explain: Tr,
    kpi: Tr,
    unit: Tr,
    direction: Direction,
    anchor: Tr,
) -> Point {
    Point { id, group, name, explain, kpi, unit, direction, anchor }
}

use Direction::{Higher, Lower, Neither};
use Group::{E, G, S};

// The suggested units, in both languages.
const PERCENT: Tr = Tr::new("%", "%");
// A count's unit is what it counts: a figure reads "35 frivillige" ("35 volunteers").
const FUNCTIONS: Tr = Tr::new("funktioner", "functions");
const VOLUNTEERS: Tr = Tr::new("frivillige", "volunteers");
const REMARKS: Tr = Tr::new("bemærkninger", "remarks");
/// The counts' units for one: "1 frivillig", not "1 frivillige".
const ONE: [(Tr, Tr); 3] = [
    (FUNCTIONS, Tr::new("funktion", "function")),
    (VOLUNTEERS, Tr::new("frivillig", "volunteer")),
    (REMARKS, Tr::new("bemærkning", "remark")),
];

/// The singular of one of the catalogue's count units in `lang` (`None` for any other unit,
/// such as a dossier's own).
pub fn singular(unit: &str, lang: Lang) -> Option<&'static str> {
    ONE.iter().find(|(many, _)| many.get(lang) == unit).map(|(_, one)| one.get(lang))
}
const INDEX: Tr = Tr::new("indeks 0–100", "index 0–100");
const KWH_M2_YEAR: Tr = Tr::new("kWh/m²/år", "kWh/m²/year");
const CO2E_M2_YEAR: Tr = Tr::new("kg CO2e/m²/år", "kg CO2e/m²/year");
const DKK_M2: Tr = Tr::new("kr./m²", "DKK/m²");
const DKK_M2_YEAR: Tr = Tr::new("kr./m²/år", "DKK/m²/year");

pub const POINTS: [Point; 20] = [
    p("E1", E, Tr::new("Energiforbrug", "Energy use"),
      Tr::new("Hvor meget energi boligerne bruger til varme, varmt vand og fælles el.", "How much energy the homes use for heating, hot water and shared electricity."),
      Tr::new("Leveret energi til varme, varmt vand og bygningsel pr. opvarmet m², varme graddagekorrigeret.", "Delivered energy for heat, hot water and building electricity per heated m², heat normalised by degree-days."),
      KWH_M2_YEAR, Lower, Tr::new("ESRS E1-5; VSME B3", "ESRS E1-5; VSME B3")),
    p("E2", E, Tr::new("Klimaaftryk", "Climate footprint"),
      Tr::new("Udledningen af drivhusgasser fra drift (og byggeri).", "Greenhouse gas emissions from operation (and construction)."),
      Tr::new("Scope 1 + 2 (lokations- og markedsbaseret) pr. m²; gerne LCA for nybyggeri og renovering.", "Scope 1 + 2 (location- and market-based) per m²; optionally LCA for new build and renovation."),
      CO2E_M2_YEAR, Lower, Tr::new("ESRS E1-6; BR18", "ESRS E1-6; BR18")),
    p("E3", E, Tr::new("Energimærkning", "Energy labels"),
      Tr::new("Hvor energieffektive bygningerne er efter energimærket.", "How energy-efficient the buildings are by their energy label."),
      Tr::new("Andel af boliger (eller m²) med energimærke A–C.", "Share of homes (or m²) with energy label A–C."),
      PERCENT, Higher, Tr::new("ESRS E1-9 §67(c); LBF temastatistik", "ESRS E1-9 §67(c); LBF theme statistics")),
    p("E4", E, Tr::new("Sårbarhed for klimaændringer", "Climate vulnerability"),
      Tr::new("Hvor udsatte boligerne er for oversvømmelse, skybrud og grundvand.", "How exposed the homes are to flooding, cloudbursts and groundwater."),
      Tr::new("Andel af boliger i områder med høj risiko for stormflod, skybrud eller grundvand.", "Share of homes in areas at high risk of storm surge, cloudburst or groundwater."),
      PERCENT, Lower, Tr::new("ESRS E1-9 §66", "ESRS E1-9 §66")),
    p("E5", E, Tr::new("Biodiversitet", "Biodiversity"),
      Tr::new("Hvordan de grønne arealer plejes for natur og dyreliv.", "How green areas are managed for nature and wildlife."),
      Tr::new("Andel af grønne udearealer med biodiversitetsvenlig pleje (vild med vilje, ingen pesticider).", "Share of green outdoor area managed for biodiversity (rewilding, no pesticides)."),
      PERCENT, Higher, Tr::new("ESRS E4-5; VSME B5", "ESRS E4-5; VSME B5")),
    p("E6", E, Tr::new("Affald", "Waste"),
      Tr::new("Hvor meget affald der sorteres til genanvendelse.", "How much waste is sorted for recycling."),
      Tr::new("Sorteringsgrad: sorterede fraktioner ÷ samlet husholdningsaffald.", "Sorting rate: sorted fractions ÷ total household waste."),
      PERCENT, Higher, Tr::new("ESRS E5-5 §37; VSME", "ESRS E5-5 §37; VSME")),
    p("S1", S, Tr::new("Medarbejdertrivsel", "Staff well-being"),
      Tr::new("Hvordan medarbejderne trives.", "How the staff are doing."),
      Tr::new("Trivselsindeks fra medarbejderundersøgelsen (0–100); sygefravær i dage pr. årsværk ved siden af.", "Well-being index from the staff survey (0–100); sickness absence in days per FTE alongside."),
      INDEX, Higher, Tr::new("FSR sygefravær; ESRS S1-14", "FSR sickness absence; ESRS S1-14")),
    p("S2", S, Tr::new("Andel af almene boliger i området", "Share of social housing in the area"),
      Tr::new("Hvor stor en del af boligerne i området der er almene.", "How large a share of the area's homes is social housing."),
      Tr::new("Almene boliger ÷ alle boliger i kommunen, sognet eller lokalområdet.", "Social housing units ÷ all dwellings in the municipality, parish or local area."),
      PERCENT, Neither, Tr::new("BBR / Danmarks Statistik", "BBR / Statistics Denmark")),
    p("S3", S, Tr::new("Livschancer", "Life chances"),
      Tr::new("Beboernes uddannelse og beskæftigelse.", "Residents' education and employment."),
      Tr::new("Andel af 18–64-årige beboere i arbejde eller uddannelse.", "Share of residents aged 18–64 in work or education."),
      PERCENT, Higher, Tr::new("LBF Beboerdata; almenboligloven § 61a", "LBF Beboerdata (resident data); Social Housing Act § 61a")),
    p("S4", S, Tr::new("Livskvalitet og sundhed", "Quality of life and health"),
      Tr::new("Beboernes trivsel, helbred og tryghed.", "Residents' well-being, health and sense of safety."),
      Tr::new("Andel beboere, der føler sig trygge (top-2 i beboerundersøgelsen).", "Share of residents who feel safe (top-2 in the resident survey)."),
      PERCENT, Higher, Tr::new("ESRS S3-4/S3-5; LBF Tryghedsundersøgelse", "ESRS S3-4/S3-5; LBF Tryghedsundersøgelse (safety survey)")),
    p("S5", S, Tr::new("Medarbejdersammensætning", "Staff composition"),
      Tr::new("Køn, alder og ansættelse på særlige vilkår blandt medarbejderne.", "Gender, age and special-terms employment among the staff."),
      Tr::new("Andel kvinder i øverste ledelse; ved siden af aldersgrupper og andel på særlige vilkår.", "Share of women in top management; alongside age bands and the share on special terms."),
      PERCENT, Neither, Tr::new("ESRS S1-6, S1-9", "ESRS S1-6, S1-9")),
    p("S6", S, Tr::new("Funktioner i området", "Functions in the area"),
      Tr::new("Adgang til butikker, skole, læge, transport og mødesteder.", "Access to shops, school, doctor, transport and meeting places."),
      Tr::new("Antal funktioner inden for en fast gangafstand af boligerne.", "Number of functions within a set walking distance of the homes."),
      FUNCTIONS, Higher, Tr::new("Entitetsspecifik (ESRS S3)", "Entity-specific (ESRS S3)")),
    p("S7", S, Tr::new("Lokalt fællesskab", "Local community"),
      Tr::new("Tilhørsforhold, tillid og deltagelse blandt beboerne.", "Belonging, trust and participation among residents."),
      Tr::new("Andel enige (top-2) i beboerundersøgelsen om tilhørsforhold, tillid og medskabende fællesskab.", "Share agreeing (top-2) in the resident survey on belonging, trust and co-creating community."),
      PERCENT, Higher, Tr::new("ESRS S3-5; VIVE social sammenhængskraft", "ESRS S3-5; VIVE on social cohesion")),
    p("S8", S, Tr::new("Almenboligers betalbarhed", "Affordability"),
      Tr::new("Om huslejen er til at betale.", "Whether the rent is affordable."),
      Tr::new("Gennemsnitlig årlig husleje pr. m² boligareal (ekskl. forbrug), set mod kommunens gennemsnit.", "Average annual rent per m² of living area (excl. utilities), against the municipal average."),
      DKK_M2_YEAR, Lower, Tr::new("LBF Huslejestatistik (ESRS S4)", "LBF Huslejestatistik (rent statistics; ESRS S4)")),
    p("G1", G, Tr::new("Beboerdemokrati", "Resident democracy"),
      Tr::new("Hvor aktivt beboerne deltager i afdelingernes demokrati.", "How actively residents take part in the departments' democracy."),
      Tr::new("Andel af afdelinger med en aktiv afdelingsbestyrelse.", "Share of departments with an active department board."),
      PERCENT, Higher, Tr::new("Entitetsspecifik; LBF Beboerdata", "Entity-specific; LBF Beboerdata (resident data)")),
    p("G2", G, Tr::new("Frivillighed", "Volunteering"),
      Tr::new("Hvor mange beboere der gør en frivillig indsats.", "How many residents volunteer."),
      Tr::new("Antal aktive frivillige i boligområderne.", "Number of active volunteers in the housing areas."),
      VOLUNTEERS, Higher, Tr::new("Entitetsspecifik (ESRS S3-4)", "Entity-specific (ESRS S3-4)")),
    p("G3", G, Tr::new("Økonomistyring", "Financial management"),
      Tr::new("Om økonomien drives solidt og forebyggende.", "Whether finances are run soundly and preventively."),
      Tr::new("Driftsudgifter pr. m² set mod benchmark; lejetab og henlæggelser ved siden af.", "Operating costs per m² against benchmark; rent loss and savings for renewal alongside."),
      DKK_M2, Lower, Tr::new("LBF regnskabsdata; styringsdialog-benchmark", "LBF accounts data; styringsdialog benchmark")),
    p("G4", G, Tr::new("Politikker og praksis", "Policies and practice"),
      Tr::new("Vedtagne politikker for klima, indkøb, whistleblowing, GDPR, mangfoldighed og sociale klausuler.", "Adopted policies for climate, purchasing, whistleblowing, GDPR, diversity and social clauses."),
      Tr::new("Andel af politiksættet, der er vedtaget.", "Share of the policy set that is adopted."),
      PERCENT, Higher, Tr::new("ESRS MDR-P, G1-1; VSME B2", "ESRS MDR-P, G1-1; VSME B2")),
    p("G5", G, Tr::new("Sociale klausuler", "Social clauses"),
      Tr::new("Krav om lærlinge, uddannelse og beskæftigelse i kontrakter.", "Requirements for apprentices, training and employment in contracts."),
      Tr::new("Andel af kontrakter over tærskelværdien med sociale klausuler.", "Share of contracts above the threshold with social clauses."),
      PERCENT, Higher, Tr::new("ESRS G1-2 §15(b)", "ESRS G1-2 §15(b)")),
    p("G6", G, Tr::new("Overholdelse af regulering", "Compliance"),
      Tr::new("Om lovgivningen følges: egenkontrol, klager og tilsyn.", "Whether the law is followed: internal control, complaints and supervision."),
      Tr::new("Antal kritiske bemærkninger fra revision, kommunalt tilsyn eller Datatilsynet.", "Number of critical remarks from audit, municipal supervision or the Data Protection Agency."),
      REMARKS, Lower, Tr::new("ESRS G1-4; VSME B11", "ESRS G1-4; VSME B11")),
];

/// The point with this id ("E1" … "G6").
pub fn point(id: &str) -> Option<&'static Point> {
    POINTS.iter().find(|p| p.id == id)
}

/// The point at this position (0–19).
pub fn index_of(id: &str) -> Option<usize> {
    POINTS.iter().position(|p| p.id == id)
}

/// The guide's six dialogue questions, in its order.
pub const QUESTIONS: [Tr; 6] = [
    Tr::new(
        "Hvilke af boligorganisationens ESG-målepunkter er særligt interessante for kommunen at følge?",
        "Which of the housing organisation's ESG points are of most interest for the municipality to follow?",
    ),
    Tr::new(
        "Ser I områder, hvor boligorganisationens ESG-arbejde kan understøtte kommunens egne klima- eller socialpolitiske mål?",
        "Where can the housing organisation's ESG work support the municipality's own climate or social policy goals?",
    ),
    Tr::new(
        "Hvordan kan I sammen bruge ESG som et redskab til at prioritere og udvikle nye løsninger i boligområderne?",
        "How can you together use ESG as a tool to prioritise and develop new solutions in the housing areas?",
    ),
    Tr::new(
        "Hvordan kan boligorganisationens bidrag bedst synliggøres, så det også bliver en del af kommunens fortælling og resultater?",
        "How can the housing organisation's contribution best be made visible, also in the municipality's own story and results?",
    ),
    Tr::new(
        "Hvilke fælles udfordringer i kommunen kunne I arbejde sammen om at løse via en fælles ESG-tilgang?",
        "Which shared challenges in the municipality could you work on together through a shared ESG approach?",
    ),
    Tr::new(
        "Hvilke analyser eller cases kunne gøre styringsdialogen mere konkret?",
        "Which analyses or cases would make the governance dialogue more concrete?",
    ),
];

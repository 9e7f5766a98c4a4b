//! The file the parties swap (and the shape each dossier is stored in): reading with clear
//! errors, the format's versions and their migrations, and writing.

use crate::domain::dates;
use crate::domain::dossier::Dossier;
use crate::domain::party::Party;
use crate::domain::text::Lang;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The `format` field of every file this app writes.
pub const FORMAT_NAME: &str = "b2c-kompas";
/// The newest format version this app reads and the one it writes.
pub const FORMAT_VERSION: u32 = 2;
/// Larger files are refused: a dossier this big could not be kept in the browser's storage.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;
/// Deeper nesting than any real dossier has is refused before parsing.
pub const MAX_DEPTH: usize = 32;

/// A whole file: the envelope around one dossier.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub format: String,
    #[serde(rename = "formatVersion")]
    pub format_version: u32,
    /// The version of the app that wrote the file.
    #[serde(rename = "appVersion", default)]
    pub app_version: String,
    /// When the file was exported (absent in the browser's own storage).
    #[serde(
        rename = "eksporteret",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "dates::opt_instant"
    )]
    pub exported_at: Option<DateTime<Utc>>,
    /// Which party exported it.
    #[serde(rename = "eksporteretAf", default, skip_serializing_if = "Option::is_none")]
    pub exported_by: Option<Party>,
    pub dossier: Dossier,
}

impl Document {
    /// Wraps a dossier in the current format's envelope.
    pub fn new(dossier: Dossier, app_version: &str) -> Document {
        Document {
            format: FORMAT_NAME.to_string(),
            format_version: FORMAT_VERSION,
            app_version: app_version.to_string(),
            exported_at: None,
            exported_by: None,
            dossier,
        }
    }
}

/// The document a party exports: the dossier, stamped with who exported it and when.
pub fn export(dossier: &Dossier, by: Party, at: DateTime<Utc>, app_version: &str) -> Document {
    let mut doc = Document::new(dossier.clone(), app_version);
    doc.exported_at = Some(at);
    doc.exported_by = Some(by);
    doc
}

/// The file name for an export: the title in plain letters, and the date, e.g.
/// `sommerfest-i-hedemarken-2026-11-22.json`.
pub fn file_name(title: &str, at: DateTime<Utc>) -> String {
    let mut slug = String::new();
    for c in crate::domain::text::lowercase(title.trim()).chars() {
        match c {
            'æ' => slug.push_str("ae"),
            'ø' => slug.push_str("oe"),
            'å' => slug.push_str("aa"),
            'é' | 'è' => slug.push('e'),
            'ü' => slug.push('u'),
            'ö' => slug.push('o'),
            'ä' => slug.push('a'),
            c if c.is_ascii_alphanumeric() => slug.push(c),
            _ if !slug.ends_with('-') && !slug.is_empty() => slug.push('-'),
            _ => {}
        }
        if slug.len() >= 60 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() { "dossier" } else { slug };
    format!("{slug}-{}.json", crate::domain::b2c::iso_date(at.date_naive()))
}

/// Why a file could not be read. Nothing is changed when reading fails.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    TooLarge { bytes: usize },
    Empty,
    NotText,
    NotJson { line: usize, column: usize, detail: String },
    TooDeep,
    NotOurFormat,
    NewerVersion { found: u64 },
    Invalid { path: String, detail: String },
}

impl ReadError {
    /// A message for the user that says what is wrong and where.
    pub fn message(&self, lang: Lang) -> String {
        let da = lang == Lang::Da;
        match self {
            ReadError::TooLarge { bytes } => {
                let mb = crate::domain::number::format(*bytes as f64 / (1024.0 * 1024.0), 1, lang);
                let max = MAX_FILE_BYTES / (1024 * 1024);
                if da {
                    format!("Filen fylder {mb} MB. Grænsen er {max} MB, fordi et større dossier ikke kan gemmes i browseren.")
                } else {
                    format!("The file is {mb} MB. The limit is {max} MB, because a larger dossier could not be kept in the browser's storage.")
                }
            }
            ReadError::Empty => {
                if da {
                    "Filen er tom: den indeholder intet dossier.".into()
                } else {
                    "The file is empty: it holds no dossier.".into()
                }
            }
            ReadError::NotText => {
                if da {
                    "Filen er ikke en tekstfil (UTF-8). Vælg den .json-fil, som B2C Kompas har eksporteret.".into()
                } else {
                    "The file is not a text file (UTF-8). Choose the .json file that B2C Kompas exported.".into()
                }
            }
            ReadError::NotJson { line, column, detail } => {
                if da {
                    let detail = json_syntax_in_danish(detail).unwrap_or(detail);
                    format!("Filen er ikke gyldig JSON: fejl i linje {line}, kolonne {column} ({detail}).")
                } else {
                    format!("The file is not valid JSON: error at line {line}, column {column} ({detail}).")
                }
            }
            ReadError::TooDeep => {
                if da {
                    format!("Filen er indlejret dybere end {MAX_DEPTH} niveauer og kan ikke være et dossier.")
                } else {
                    format!("The file is nested deeper than {MAX_DEPTH} levels and cannot be a dossier.")
                }
            }
            ReadError::NotOurFormat => {
                if da {
                    "Filen er JSON, men ikke et B2C Kompas-dossier (feltet \"format\" mangler eller er forkert).".into()
                } else {
                    "The file is JSON but not a B2C Kompas dossier (the \"format\" field is missing or wrong).".into()
                }
            }
            ReadError::NewerVersion { found } => {
                if da {
                    format!("Filen har formatversion {found}, men denne udgave af appen forstår kun op til version {FORMAT_VERSION}. Åbn den i en nyere udgave.")
                } else {
                    format!("The file has format version {found}, but this version of the app understands up to version {FORMAT_VERSION}. Open it in a newer version.")
                }
            }
            ReadError::Invalid { path, detail } => {
                let path = path.strip_prefix("dossier.").unwrap_or(path);
                // The app's own details come in both languages; serde's in English.
                let (danish, english) = match detail.strip_prefix(BETWEEN).and_then(|d| d.split_once(BETWEEN)) {
                    Some((d, e)) => (d.to_string(), e.to_string()),
                    None => {
                        let plain = plain_detail(detail);
                        (detail_in_danish(&plain), plain)
                    }
                };
                if da {
                    format!("Feltet {path} er ugyldigt: {danish}.")
                } else {
                    format!("The field {path} is invalid: {english}.")
                }
            }
        }
    }
}

/// Before and between the Danish and the English text of a detail the app writes itself
/// ([`detail`]), which travels as one string (through serde's errors). serde's own details
/// begin with its words («invalid type: …»), never with this; a file's text in them may hold it.
const BETWEEN: char = '\u{1f}';

/// A detail of a [`ReadError::Invalid`] in both languages; its message shows the user's only.
pub fn detail(da: impl std::fmt::Display, en: impl std::fmt::Display) -> String {
    let clean = |s: String| s.replace(BETWEEN, "");
    format!("{BETWEEN}{}{BETWEEN}{}", clean(da.to_string()), clean(en.to_string()))
}

/// What the readers of dates (chrono) say of a text that is not one.
const NOT_A_DATE: [&str; 7] = [
    "input is out of range",
    "no possible date and time matching input",
    "input is not enough for unique date and time",
    "input contains invalid characters",
    "premature end of input",
    "trailing input",
    "bad or unsupported format string",
];
const DATE_EN: &str = "not a valid date (the app writes dates as 2026-12-07 or 2026-12-07T09:30:00Z)";
const ID_EN: &str = "not a valid id (a UUID)";

/// serde's English detail without the names of the app's Rust types and the crates' own words
/// for a bad date or id, which tell a user nothing.
fn plain_detail(detail: &str) -> String {
    if NOT_A_DATE.contains(&detail) {
        return DATE_EN.into();
    }
    if detail.starts_with("UUID parsing failed") {
        return ID_EN.into();
    }
    let mut out = detail
        .replace(
            "expected an RFC 3339 formatted date and time string",
            "expected a date and time such as 2026-12-07T09:30:00Z",
        )
        .replace("expected string or map", "expected a string")
        .replace("expected unit", "expected null");
    // «expected u8»: a number type's name.
    for (rust, plain) in [
        ("f64", "a number"),
        ("f32", "a number"),
        ("u8", "a whole number"),
        ("u16", "a whole number"),
        ("u32", "a whole number"),
        ("u64", "a whole number"),
        ("i32", "a whole number"),
        ("i64", "a whole number"),
        ("usize", "a whole number"),
    ] {
        if let Some(start) = out.strip_suffix(rust).filter(|s| s.ends_with("expected ")) {
            out = format!("{start}{plain}");
        }
    }
    // «expected struct Title»: the derive's name of the type.
    if let Some(i) = out.find("expected struct ") {
        let name = &out[i + "expected struct ".len()..];
        let end = name.find(|c: char| !c.is_alphanumeric() && c != '_').unwrap_or(name.len());
        out = format!("{}expected an object{}", &out[..i], &name[end..]);
    }
    out
}

/// serde's English detail (after [`plain_detail`]) in Danish, for the messages it gives most often.
fn detail_in_danish(detail: &str) -> String {
    const WORDS: &[(&str, &str)] = &[
        (DATE_EN, "ikke en gyldig dato (appen skriver datoer som 2026-12-07 eller 2026-12-07T09:30:00Z)"),
        (ID_EN, "ikke et gyldigt id (et UUID)"),
        ("a date and time such as ", "en dato og et klokkeslæt som "),
        ("invalid type: map", "forkert type: et objekt"),
        ("an object", "et objekt"),
        ("` or `", "` eller `"),
        ("a whole number", "et helt tal"),
        ("a number", "et tal"),
        ("a boolean", "true eller false"),
        ("invalid type: ", "forkert type: "),
        ("invalid value: ", "ugyldig værdi: "),
        ("invalid length ", "forkert længde "),
        ("missing field ", "feltet mangler: "),
        ("unknown variant ", "ukendt værdi "),
        ("expected one of ", "forventet en af "),
        ("expected ", "forventet "),
        ("a string", "tekst"),
        ("string ", "tekst "),
        ("integer ", "heltal "),
        ("floating point ", "decimaltal "),
        ("boolean ", "sand/falsk "),
        ("a sequence", "en liste"),
        ("a map", "et objekt"),
    ];
    let mut out = detail.to_string();
    for &(en, da) in WORDS {
        out = out.replace(en, da);
    }
    // serde puts a number or a name in backticks, a programmer's quotes: «» in Danish.
    let mut opening = true;
    let out: String = out
        .chars()
        .map(|c| match c {
            '`' => {
                opening = !opening;
                if opening {
                    '»'
                } else {
                    '«'
                }
            }
            c => c,
        })
        .collect();
    out
}

/// serde_json's syntax errors (what [`json_error_detail`] keeps of them) in Danish; `None` for
/// any other detail. A Danish message then says what is wrong in Danish, not only where.
fn json_syntax_in_danish(detail: &str) -> Option<&'static str> {
    Some(match detail {
        "EOF while parsing a list" => "filen slutter midt i en liste",
        "EOF while parsing an object" => "filen slutter midt i et objekt",
        "EOF while parsing a string" => "filen slutter midt i en tekst",
        "EOF while parsing a value" => "filen slutter, hvor der skulle stå en værdi",
        "expected `:`" => "her skulle stå «:»",
        "expected `,` or `]`" => "her skulle stå «,» eller «]»",
        "expected `,` or `}`" => "her skulle stå «,» eller «}»",
        "expected ident" => "her skulle stå true, false eller null",
        "expected value" => "her skulle stå en værdi",
        "expected `\"`" => "her skulle stå «\"»",
        "invalid escape" => "ugyldigt tegn efter «\\»",
        "invalid number" => "ugyldigt tal",
        "number out of range" => "tallet er for stort",
        "invalid unicode code point" | "lone leading surrogate in hex escape" => "ugyldig «\\u»-kode",
        "unexpected end of hex escape" => "ufuldstændig «\\u»-kode",
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            "et styretegn, fx et linjeskift, står inde i en tekst"
        }
        "key must be a string" => "et feltnavn skal stå i anførselstegn",
        "trailing comma" => "et komma for meget før en slutparentes",
        "trailing characters" => "der står mere efter dossierets afslutning",
        "recursion limit exceeded" => "indlejret for dybt",
        _ => return None,
    })
}

/// Reads a file (or a stored dossier) of any supported format version.
pub fn read(bytes: &[u8]) -> Result<Document, ReadError> {
    let text = checked_text(bytes)?;
    // A file of the current version, as the app writes it, is read straight from its text, in
    // about half the time of the full reader, which builds every value first. Anything else (an
    // older version, a mistake anywhere, a date in a form the app does not write: see `dates`)
    // goes through the full reader, which migrates and says
    // exactly what is wrong and where. Both give the same document (tested below and by the
    // fuzz test, which also checks that they fail alike).
    if let Some(doc) = serde_json::from_str::<Document>(text).ok().and_then(accept_current) {
        return Ok(doc);
    }
    read_value(text)
}

/// [`read`] by the full reader alone (JSON values, migrations, field paths in every error):
/// what `read` falls back to, public for the tests that compare the two.
pub fn read_full(bytes: &[u8]) -> Result<Document, ReadError> {
    read_value(checked_text(bytes)?)
}

/// The checks before any JSON is read: size, text, not empty, not too deep.
fn checked_text(bytes: &[u8]) -> Result<&str, ReadError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge { bytes: bytes.len() });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| ReadError::NotText)?;
    if text.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    if nesting_depth(text) > MAX_DEPTH {
        return Err(ReadError::TooDeep);
    }
    Ok(text)
}

fn read_value(text: &str) -> Result<Document, ReadError> {
    let value: Value = serde_json::from_str(text).map_err(|e| ReadError::NotJson {
        line: e.line(),
        column: e.column(),
        detail: json_error_detail(&e),
    })?;
    from_value(value)
}

/// Reads a document that is already parsed JSON (how the browser's storage hands it over).
pub fn from_value(value: Value) -> Result<Document, ReadError> {
    match &value {
        Value::Null => return Err(ReadError::Empty),
        Value::Object(o) if o.is_empty() => return Err(ReadError::Empty),
        Value::Array(a) if a.is_empty() => return Err(ReadError::Empty),
        _ => {}
    }
    let Some(obj) = value.as_object() else {
        return Err(ReadError::NotOurFormat);
    };
    if obj.get("format").and_then(Value::as_str) != Some(FORMAT_NAME) {
        return Err(ReadError::NotOurFormat);
    }
    let version = match obj.get("formatVersion") {
        Some(Value::Number(n)) if n.as_u64().is_some_and(|v| v >= 1) => n.as_u64().unwrap_or(0),
        Some(_) => {
            return Err(ReadError::Invalid {
                path: "formatVersion".into(),
                detail: detail("skal være et helt tal fra 1", "must be a whole number from 1"),
            })
        }
        None => {
            return Err(ReadError::Invalid { path: "formatVersion".into(), detail: detail("mangler", "is missing") })
        }
    };
    if version > u64::from(FORMAT_VERSION) {
        return Err(ReadError::NewerVersion { found: version });
    }
    let value = migrate(value, version as u32)?;
    let mut doc: Document = serde_path_to_error::deserialize(value)
        .map_err(|e| ReadError::Invalid { path: e.path().to_string(), detail: e.inner().to_string() })?;
    doc.format_version = FORMAT_VERSION;
    check_almen(&doc.dossier.almen)?;
    doc.dossier.normalise();
    Ok(doc)
}

/// The quick way to take what this app stored itself: a document deserialised straight from its
/// text (no field paths, no migrations) is accepted if it is of the current version and passes
/// the same checks as [`from_value`]. `None` sends the text through [`read`]/[`from_value`],
/// which migrate older versions and say exactly what is wrong. For any current-version text
/// the two give the same document (tested below).
pub fn accept_current(mut doc: Document) -> Option<Document> {
    if doc.format != FORMAT_NAME || doc.format_version != FORMAT_VERSION {
        return None;
    }
    check_almen(&doc.dossier.almen).ok()?;
    doc.dossier.normalise();
    Some(doc)
}

/// AlmenKompas data is keyed by the catalogue's ids, and years are years.
fn check_almen(a: &crate::domain::almenkompas::Almen) -> Result<(), ReadError> {
    use crate::domain::almenkompas::catalogue::index_of;
    let keys = a.points.keys().map(|k| ("punkter", k)).chain(a.follows.keys().map(|k| ("kommunensFokus", k)));
    for (list, k) in keys {
        if index_of(k).is_none() {
            return Err(ReadError::Invalid {
                path: format!("almenkompas.{list}.{k}"),
                detail: detail(
                    "er ikke et af AlmenKompas' 20 målepunkter (E1–E6, S1–S8, G1–G6)",
                    "is not one of the 20 AlmenKompas points (E1–E6, S1–S8, G1–G6)",
                ),
            });
        }
    }
    for (k, p) in &a.points {
        if let Some((i, f)) =
            p.figures.iter().enumerate().find(|(_, f)| !crate::domain::number::YEARS.contains(&f.year))
        {
            return Err(ReadError::Invalid {
                path: format!("almenkompas.punkter.{k}.tal[{i}].aar"),
                detail: detail(
                    format!("{} er ikke et årstal (1900–2200)", f.year),
                    format!("{} is not a year (1900–2200)", f.year),
                ),
            });
        }
    }
    Ok(())
}

/// Writes a document as the JSON text of a file (compact: one serializer for files and storage
/// keeps the wasm smaller; any JSON viewer can indent it).
pub fn write(doc: &Document) -> String {
    // Serialising plain data into a String cannot fail.
    serde_json::to_string(doc).unwrap_or_default()
}

/// One migration step: takes a document of version N (its index + 1) to version N + 1.
type Step = fn(Value) -> Result<Value, ReadError>;

/// The chain of steps; `STEPS.len() + 1 == FORMAT_VERSION`.
const STEPS: [Step; (FORMAT_VERSION - 1) as usize] = [v1_to_v2];

/// Version 2 gave every section both parties edit a revision (for merging). Structurally, the
/// title became a section of its own: `"titel": "…"` is now `"titel": {"tekst": "…"}`. Sections
/// without a revision read as never edited; the merge treats equal revisions with different
/// contents as a conflict, so nothing written before version 2 is lost silently.
fn v1_to_v2(mut v: Value) -> Result<Value, ReadError> {
    if let Some(d) = v.get_mut("dossier").and_then(Value::as_object_mut) {
        if let Some(Value::String(title)) = d.get("titel").cloned() {
            d.insert("titel".into(), serde_json::json!({ "tekst": title }));
        }
    }
    v["formatVersion"] = Value::from(2);
    Ok(v)
}

/// Brings a document of an older format version up to the current one, one small step at a time.
pub fn migrate(value: Value, from: u32) -> Result<Value, ReadError> {
    let first = from.saturating_sub(1) as usize;
    STEPS.iter().skip(first).try_fold(value, |v, step| step(v))
}

/// The deepest nesting of arrays and objects in a JSON text (strings are skipped).
fn nesting_depth(text: &str) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    let (mut in_string, mut escaped) = (false, false);
    for b in text.bytes() {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                max = max.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

/// serde_json's message without its own " at line L column C" tail (we say where ourselves).
pub fn json_error_detail(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dossier::Kind;
    use chrono::TimeZone;
    use uuid::Uuid;

    fn sample() -> Document {
        let t = Utc.with_ymd_and_hms(2026, 11, 22, 9, 30, 0).unwrap();
        let mut d = Dossier::new(Uuid::from_u128(7), Kind::Partnership, "Sommerfest i Hedemarken", t);
        d.party_mut(Party::Housing).organisation = "Bo-Vest".into();
        Document::new(d, "0.1.0")
    }

    #[test]
    fn writes_and_reads_back() {
        let doc = sample();
        let text = write(&doc);
        assert!(text.starts_with(r#"{"format":"b2c-kompas","formatVersion":2"#));
        assert_eq!(read(text.as_bytes()).unwrap(), doc);
    }

    #[test]
    fn export_is_stamped_and_named() {
        let at = Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).unwrap();
        let doc = export(&sample().dossier, Party::Company, at, "0.1.0");
        assert_eq!(doc.exported_by, Some(Party::Company));
        assert_eq!(doc.exported_at, Some(at));
        let back = read(write(&doc).as_bytes()).unwrap();
        assert_eq!(back.exported_by, Some(Party::Company));
        assert_eq!(file_name("Sommerfest i Hedemarken", at), "sommerfest-i-hedemarken-2026-11-22.json");
        assert_eq!(file_name("Grøn Gård: Året rundt!", at), "groen-gaard-aaret-rundt-2026-11-22.json");
        assert_eq!(file_name("  ", at), "dossier-2026-11-22.json");
        assert_eq!(file_name("<script>", at), "script-2026-11-22.json");
        assert_eq!(file_name("ÆBLEHAVEN ØST – ÅRET", at), "aeblehaven-oest-aaret-2026-11-22.json");
        assert_eq!(file_name("Café Über", at), "cafe-uber-2026-11-22.json");
    }

    /// A file whose times are in a form chrono reads but the app does not write (an offset, a
    /// space for the `T`) is read by the full reader, to the same instants.
    #[test]
    fn times_in_other_forms_are_read_by_the_full_reader() {
        let text = write(&sample());
        let other = text.replace("2026-11-22T09:30:00Z", "2026-11-22 10:30:00+01:00");
        assert_ne!(other, text);
        assert!(serde_json::from_str::<Document>(&other).is_err(), "the quick path leaves it");
        assert_eq!(read(other.as_bytes()).unwrap(), read(text.as_bytes()).unwrap());
        let bad = text.replace("2026-11-22T09:30:00Z", "22.11.2026 09:30");
        match read(bad.as_bytes()) {
            Err(ReadError::Invalid { path, .. }) => assert_eq!(path, "dossier.aendret"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_quick_path_takes_only_current_valid_documents() {
        let full = crate::domain::synthetic::partnership(3, 40, 2);
        let text = write(&Document::new(full, "0.1.0"));
        let quick = serde_json::from_str::<Document>(&text).ok().and_then(accept_current);
        assert_eq!(quick, Some(read_full(text.as_bytes()).unwrap()));
        assert_eq!(quick, Some(read(text.as_bytes()).unwrap()));

        let mut old = sample();
        old.format_version = 1;
        assert_eq!(accept_current(old), None, "older versions go through the migrations");
        let mut other = sample();
        other.format = "excalidraw".into();
        assert_eq!(accept_current(other), None);
        let mut bad_point = sample();
        bad_point.dossier.almen.points.insert("X9".into(), Default::default());
        assert_eq!(accept_current(bad_point), None, "the same checks as the full reader");
    }

    #[test]
    fn reads_with_a_byte_order_mark() {
        let text = format!("\u{feff}{}", write(&sample()));
        assert!(read(text.as_bytes()).is_ok());
    }

    #[test]
    fn empty_inputs_are_empty() {
        for s in ["", "   \n", "null", "{}", "[]"] {
            assert_eq!(read(s.as_bytes()), Err(ReadError::Empty), "{s:?}");
        }
    }

    #[test]
    fn not_json_says_line_and_column() {
        let err = read(b"{\n  \"format\": \"b2c-kompas\",\n  oops\n}").unwrap_err();
        match err {
            ReadError::NotJson { line, column, .. } => assert_eq!((line, column), (3, 3)),
            other => panic!("{other:?}"),
        }
        assert!(err_text(b"{\n  oops").contains("linje 2"));
    }

    #[test]
    fn json_syntax_errors_are_said_in_danish() {
        for (text, da) in [
            ("{\"a\": 1,}", "(et komma for meget før en slutparentes)."),
            ("{\"a\" 1}", "(her skulle stå «:»)."),
            ("{\"a\": [1, 2", "(filen slutter midt i en liste)."),
            ("{a: 1}", "(et feltnavn skal stå i anførselstegn)."),
            ("{\"a\": tru}", "(her skulle stå true, false eller null)."),
            ("{\"a\": \"x\ty\"}", "(et styretegn, fx et linjeskift, står inde i en tekst)."),
            ("{\"a\": 1} x", "(der står mere efter dossierets afslutning)."),
        ] {
            let err = read(text.as_bytes()).unwrap_err();
            assert!(err.message(Lang::Da).ends_with(da), "{text}: {}", err.message(Lang::Da));
            // English keeps serde_json's own words.
            assert!(!err.message(Lang::En).contains('«'), "{text}");
        }
    }

    fn err_text(b: &[u8]) -> String {
        read(b).unwrap_err().message(Lang::Da)
    }

    #[test]
    fn other_json_is_not_our_format() {
        for s in [r#"{"name":"x"}"#, r#"{"format":"excalidraw"}"#, "[1,2]", "42", "\"hej\""] {
            assert_eq!(read(s.as_bytes()), Err(ReadError::NotOurFormat), "{s}");
        }
    }

    #[test]
    fn newer_version_is_refused() {
        let s = r#"{"format":"b2c-kompas","formatVersion":99,"dossier":{}}"#;
        assert_eq!(read(s.as_bytes()), Err(ReadError::NewerVersion { found: 99 }));
        assert!(read(s.as_bytes()).unwrap_err().message(Lang::En).contains("version 99"));
    }

    #[test]
    fn bad_version_field_is_invalid() {
        for s in [
            r#"{"format":"b2c-kompas","dossier":{}}"#,
            r#"{"format":"b2c-kompas","formatVersion":"1","dossier":{}}"#,
            r#"{"format":"b2c-kompas","formatVersion":0,"dossier":{}}"#,
        ] {
            assert!(
                matches!(read(s.as_bytes()), Err(ReadError::Invalid { path, .. }) if path == "formatVersion"),
                "{s}"
            );
        }
    }

    #[test]
    fn serde_details_read_as_danish() {
        assert_eq!(
            detail_in_danish("unknown variant `blå`, expected one of `ja`, `nej`"),
            "ukendt værdi «blå», forventet en af «ja», «nej»"
        );
        assert_eq!(
            detail_in_danish("invalid type: integer `7`, expected a string"),
            "forkert type: heltal «7», forventet tekst"
        );
    }

    #[test]
    fn number_types_are_named_in_words() {
        let plain = plain_detail("invalid type: string \"x\", expected u8");
        assert_eq!(plain, "invalid type: string \"x\", expected a whole number");
        assert_eq!(detail_in_danish(&plain), "forkert type: tekst \"x\", forventet et helt tal");
        let plain = plain_detail("invalid type: boolean `true`, expected f64");
        assert_eq!(plain, "invalid type: boolean `true`, expected a number");
        assert_eq!(detail_in_danish(&plain), "forkert type: sand/falsk «true», forventet et tal");
        assert_eq!(
            detail_in_danish("invalid type: integer `1`, expected a boolean"),
            "forkert type: heltal «1», forventet true eller false"
        );
        // A value the user wrote is not taken for a type's name.
        assert_eq!(plain_detail("unknown variant `u8`, expected `ja`"), "unknown variant `u8`, expected `ja`");
    }

    #[test]
    fn no_rust_type_or_crate_words_reach_the_user() {
        let base: Value = serde_json::from_str(&write(&sample())).unwrap();
        let cases = [
            (
                "/dossier/titel",
                Value::from("x"),
                "forkert type: tekst \"x\", forventet et objekt",
                "invalid type: string \"x\", expected an object",
            ),
            (
                "/dossier/titel/tekst",
                serde_json::json!({"a": 1}),
                "forkert type: et objekt, forventet tekst",
                "invalid type: map, expected a string",
            ),
            (
                "/dossier/type",
                Value::from("andet"),
                "ukendt værdi «andet», forventet «b2c» eller «almenkompas»",
                "unknown variant `andet`, expected `b2c` or `almenkompas`",
            ),
            (
                "/dossier/type",
                Value::from(3),
                "forkert type: heltal «3», forventet tekst",
                "invalid type: integer `3`, expected a string",
            ),
            ("/dossier/id", Value::from("abc"), "ikke et gyldigt id (et UUID)", "not a valid id (a UUID)"),
            (
                "/dossier/oprettet",
                Value::from(3),
                "forkert type: heltal «3», forventet en dato og et klokkeslæt som 2026-12-07T09:30:00Z",
                "invalid type: integer `3`, expected a date and time such as 2026-12-07T09:30:00Z",
            ),
        ];
        let dates = ["i går", "2026-13-01T00:00:00Z", "2026-01-01", "2026-01-01T00:00:00Zx", "2026-02-30T00:00:00Z"];
        let date_cases = dates.map(|d| {
            (
                "/dossier/oprettet",
                Value::from(d),
                "ikke en gyldig dato (appen skriver datoer som 2026-12-07 eller 2026-12-07T09:30:00Z)",
                "not a valid date (the app writes dates as 2026-12-07 or 2026-12-07T09:30:00Z)",
            )
        });
        for (at, value, da, en) in cases.into_iter().chain(date_cases) {
            let mut v = base.clone();
            *v.pointer_mut(at).unwrap() = value.clone();
            let err = read(v.to_string().as_bytes()).unwrap_err();
            let field = at.trim_start_matches("/dossier/").replace('/', ".");
            assert_eq!(err.message(Lang::Da), format!("Feltet {field} er ugyldigt: {da}."), "{value}");
            assert_eq!(err.message(Lang::En), format!("The field {field} is invalid: {en}."), "{value}");
        }
    }

    #[test]
    fn wrong_field_type_names_its_path() {
        let mut v: Value = serde_json::from_str(&write(&sample())).unwrap();
        v["dossier"]["parter"]["boligorganisation"]["organisation"] = Value::from(12);
        let err = read(v.to_string().as_bytes()).unwrap_err();
        match &err {
            ReadError::Invalid { path, .. } => {
                assert_eq!(path, "dossier.parter.boligorganisation.organisation")
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            err.message(Lang::Da),
            "Feltet parter.boligorganisation.organisation er ugyldigt: forkert type: heltal «12», forventet tekst."
        );
    }

    #[test]
    fn a_resource_amount_of_the_wrong_type_names_its_full_path() {
        let mut d = sample().dossier;
        for _ in 0..3 {
            d.del1.get_mut(Party::Company).resources.push(Default::default());
        }
        let mut v: Value = serde_json::from_str(&write(&Document::new(d, "x"))).unwrap();
        v["dossier"]["del1"]["virksomhed"]["ressourcer"][2]["antal"] = Value::from("mange");
        let err = read(v.to_string().as_bytes()).unwrap_err();
        assert_eq!(
            err.message(Lang::Da),
            "Feltet del1.virksomhed.ressourcer[2].antal er ugyldigt: forkert type: tekst \"mange\", forventet et tal."
        );
        assert!(err.message(Lang::En).starts_with("The field del1.virksomhed.ressourcer[2].antal is invalid"));
    }

    #[test]
    fn a_month_outside_the_year_is_refused_with_its_path() {
        let mut d = sample().dossier;
        d.del2.wheel.push(crate::domain::b2c::WheelEntry::new(Uuid::from_u128(3), d.created));
        let mut v: Value = serde_json::from_str(&write(&Document::new(d, "x"))).unwrap();
        v["dossier"]["del2"]["aarshjul"][0]["maaneder"] = serde_json::json!([3, 13]);
        let err = read(v.to_string().as_bytes()).unwrap_err();
        match &err {
            ReadError::Invalid { path, .. } => assert_eq!(path, "dossier.del2.aarshjul[0].maaneder[1]"),
            other => panic!("{other:?}"),
        }
        // Each language has its own words, and only its own.
        assert_eq!(
            err.message(Lang::Da),
            "Feltet del2.aarshjul[0].maaneder[1] er ugyldigt: måned 13 findes ikke (1–12)."
        );
        assert_eq!(
            err.message(Lang::En),
            "The field del2.aarshjul[0].maaneder[1] is invalid: month 13 does not exist (1–12)."
        );
    }

    #[test]
    fn the_apps_own_details_are_in_the_users_language_only() {
        let mut v: Value = serde_json::from_str(&write(&sample())).unwrap();
        v["formatVersion"] = serde_json::json!("to");
        let err = read(v.to_string().as_bytes()).unwrap_err();
        assert_eq!(err.message(Lang::Da), "Feltet formatVersion er ugyldigt: skal være et helt tal fra 1.");
        assert_eq!(err.message(Lang::En), "The field formatVersion is invalid: must be a whole number from 1.");
        // The separator in a text of the file cannot split a detail in the wrong place.
        let both = detail("«a\u{1f}b» er ukendt", "«a\u{1f}b» is unknown");
        let err = ReadError::Invalid { path: "x".into(), detail: both };
        assert_eq!(err.message(Lang::Da), "Feltet x er ugyldigt: «ab» er ukendt.");
        assert_eq!(err.message(Lang::En), "The field x is invalid: «ab» is unknown.");
        // serde's own detail, with the separator in the file's text, is not taken for two.
        let err = ReadError::Invalid { path: "x".into(), detail: "unknown variant `a\u{1f}b`, expected `ja`".into() };
        assert_eq!(err.message(Lang::Da), "Feltet x er ugyldigt: ukendt værdi «a\u{1f}b», forventet «ja».");
        assert_eq!(err.message(Lang::En), "The field x is invalid: unknown variant `a\u{1f}b`, expected `ja`.");
    }

    #[test]
    fn missing_field_names_its_parent() {
        let mut v: Value = serde_json::from_str(&write(&sample())).unwrap();
        v["dossier"].as_object_mut().unwrap().remove("id");
        match read(v.to_string().as_bytes()).unwrap_err() {
            ReadError::Invalid { path, detail } => {
                assert_eq!(path, "dossier");
                assert!(detail.contains("missing field `id`"), "{detail}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn too_large_is_refused_before_parsing() {
        let big = vec![b' '; MAX_FILE_BYTES + 1];
        assert!(matches!(read(&big), Err(ReadError::TooLarge { .. })));
    }

    #[test]
    fn too_deep_is_refused() {
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert_eq!(read(deep.as_bytes()), Err(ReadError::TooDeep));
        // brackets inside strings do not count
        assert_eq!(nesting_depth(r#"{"a":"[[[[[[\"[[["}"#), 1);
    }

    #[test]
    fn not_utf8_is_not_text() {
        assert_eq!(read(&[0xff, 0xfe, 0x00, 0x7b]), Err(ReadError::NotText));
    }

    /// Each migration step, against the golden files in `tests/golden/`: the step's output is
    /// exactly the expected next version, and the whole chain reads the old file.
    #[test]
    fn migrates_v1_to_v2_as_the_golden_file_says() {
        let v1: Value = serde_json::from_str(include_str!("../../tests/golden/format-v1.json")).unwrap();
        let v2: Value = serde_json::from_str(include_str!("../../tests/golden/format-v2-from-v1.json")).unwrap();
        assert_eq!(v1_to_v2(v1.clone()).unwrap(), v2);
        let doc = read(include_bytes!("../../tests/golden/format-v1.json")).unwrap();
        assert_eq!(doc.format_version, FORMAT_VERSION);
        assert_eq!(doc.dossier.title.text, "Sommerfest i Hedemarken");
        assert!(doc.dossier.title.rev.is_empty());
        assert_eq!(doc.dossier.party(Party::Housing).role, "Boligsocial koordinator");
        assert_eq!(doc.dossier.party(Party::Company).organisation, "Nortec");
        assert_eq!(doc.exported_by, Some(Party::Housing));
        // Normalised on the way in: a v1 partnership gets the guide's three indicators.
        assert_eq!(doc.dossier.del2.indicators().count(), 3);
        // And it round-trips in the current version.
        assert_eq!(read(write(&doc).as_bytes()).unwrap(), doc);
    }

    /// Every file in `tests/corpus/malformed/` is refused with the error its name starts with,
    /// never a panic.
    #[test]
    fn the_malformed_corpus_is_refused_with_the_right_error() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/malformed");
        let mut n = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            let expected = name.split("--").next().unwrap();
            let err = read(&std::fs::read(&path).unwrap()).expect_err(&name);
            let kind = match err {
                ReadError::TooLarge { .. } => "too-large",
                ReadError::Empty => "empty",
                ReadError::NotText => "not-text",
                ReadError::NotJson { .. } => "not-json",
                ReadError::TooDeep => "too-deep",
                ReadError::NotOurFormat => "not-ours",
                ReadError::NewerVersion { .. } => "newer",
                ReadError::Invalid { .. } => "invalid",
            };
            assert_eq!(kind, expected, "{name}: {err:?}");
            assert!(!err.message(Lang::Da).is_empty() && !err.message(Lang::En).is_empty());
            n += 1;
        }
        assert!(n >= 30, "the corpus has {n} files");
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        fn any_dossier() -> impl Strategy<Value = Dossier> {
            (any::<u128>(), any::<bool>(), ".{0,40}", ".{0,30}", ".{0,30}", 0i64..4_000_000_000).prop_map(
                |(id, b2c, title, org, contact, secs)| {
                    let kind = if b2c { Kind::Partnership } else { Kind::Dialogue };
                    let t = Utc.timestamp_opt(secs, 0).unwrap();
                    let mut d = Dossier::new(Uuid::from_u128(id), kind, "", t);
                    d.title.text = title;
                    let p = kind.parties()[0];
                    d.party_mut(p).organisation = org;
                    d.party_mut(p).contact = contact;
                    d
                },
            )
        }

        proptest! {
            #[test]
            fn write_then_read_is_lossless(d in any_dossier()) {
                let doc = Document::new(d, "0.1.0");
                prop_assert_eq!(read(write(&doc).as_bytes()).unwrap(), doc);
            }

            // Upper and lower case give the same name.
            #[test]
            fn file_names_agree_with_lowercasing_first(title in "[a-zA-Z0-9æøåÆØÅéèÉÈüÜöÖäÄ !?:.,–-]{0,90}") {
                let at = Utc.timestamp_opt(1_795_000_000, 0).unwrap();
                #[allow(clippy::disallowed_methods)] // the standard library's, as the reference
                let lower = title.to_lowercase();
                prop_assert_eq!(file_name(&title, at), file_name(&lower, at));
                let name = file_name(&title, at);
                prop_assert!(name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.'), "{}", name);
            }

            // Whatever is wrong with a text's JSON, the Danish message says it in Danish.
            #[test]
            fn every_json_syntax_error_has_danish_words(text in r#"[{}\[\]":,a-z0-9 .eE+\-\\\t]{0,24}"#) {
                if let Err(ReadError::NotJson { detail, .. }) = read(text.as_bytes()) {
                    prop_assert!(json_syntax_in_danish(&detail).is_some(), "{}", detail);
                }
            }

            #[test]
            fn the_quick_path_reads_what_the_full_reader_reads(d in any_dossier()) {
                let text = write(&Document::new(d, "0.1.0"));
                let quick = serde_json::from_str::<Document>(&text).ok().and_then(accept_current);
                prop_assert_eq!(quick, Some(read_full(text.as_bytes()).unwrap()));
            }
        }
    }
}

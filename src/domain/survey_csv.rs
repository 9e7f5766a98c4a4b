//! Reading a survey tool's CSV export into anonymous raw responses: one row per respondent, one
//! column per statement; comma or semicolon; UTF-8 with or without BOM, or Windows-1252 (what
//! Danish Excel's «CSV (semikolonsepareret)» writes); Danish or English answer
//! labels or 1–5 codes. The mapping (which column answers which statement, how labels read) is
//! shown to the user before anything is imported; what cannot be read is refused with its row
//! and column.

use crate::domain::survey::{Answer, MAX_AT_ONCE};
use crate::domain::text::Lang;

/// A parsed CSV file: the header row and the data rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Each row's number as a spreadsheet shows the file (the header is 1): blank lines count
    /// as rows, a line break inside a quoted cell does not start one.
    pub lines: Vec<usize>,
    pub delimiter: u8,
    pub encoding: Encoding,
}

/// How the file's bytes were read as text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// Not UTF-8, read as Windows-1252: Danish Excel saves «CSV (semikolonsepareret)» so, and
    /// the user is asked to check that æ, ø and å read right.
    Windows1252,
}

/// Windows-1252's characters for 0x80–0x9F (`None`: no character); the rest is Latin-1.
#[rustfmt::skip]
const CP1252_HIGH: [Option<char>; 32] = [
    Some('€'), None, Some('‚'), Some('ƒ'), Some('„'), Some('…'), Some('†'), Some('‡'),
    Some('ˆ'), Some('‰'), Some('Š'), Some('‹'), Some('Œ'), None, Some('Ž'), None,
    None, Some('‘'), Some('’'), Some('“'), Some('”'), Some('•'), Some('–'), Some('—'),
    Some('˜'), Some('™'), Some('š'), Some('›'), Some('œ'), None, Some('ž'), Some('Ÿ'),
];

/// Text in Windows-1252; `None` for bytes no text file has (a control character other than tab
/// and line breaks, or one of the five bytes without a character), or a UTF-16 byte order mark
/// (Excel's «Unicode-tekst»).
fn windows_1252(bytes: &[u8]) -> Option<String> {
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return None;
    }
    bytes
        .iter()
        .map(|&b| match b {
            b'\t' | b'\n' | b'\r' => Some(char::from(b)),
            0x00..=0x1F | 0x7F => None,
            0x80..=0x9F => CP1252_HIGH[usize::from(b - 0x80)],
            _ => Some(char::from(b)),
        })
        .collect()
}

/// The largest CSV file that is read: a survey tool's export of [`MAX_AT_ONCE`] respondents with
/// many columns of metadata and free text, with room to spare. A larger file (a video chosen by
/// mistake) is refused before it is read into memory.
pub const MAX_BYTES: usize = 50 * 1024 * 1024;

/// Why a CSV file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CsvError {
    Empty,
    NotText,
    /// Larger than [`MAX_BYTES`]; its size in whole MB, rounded up.
    TooLarge {
        mb: usize,
    },
    /// More than [`MAX_AT_ONCE`] responses (rows after the header).
    TooManyRows,
    /// A row with a different number of fields than the header (its row as in [`Table::lines`]).
    Ragged {
        line: usize,
        fields: usize,
        expected: usize,
    },
    Malformed {
        line: usize,
    },
}

impl CsvError {
    pub fn message(&self, lang: Lang) -> String {
        let da = lang == Lang::Da;
        match self {
            CsvError::Empty if da => "Filen er tom eller har kun en overskriftsrække.".into(),
            CsvError::Empty => "The file is empty or has only a header row.".into(),
            CsvError::NotText if da => "Filen er ikke en CSV-tekstfil. Gem den som «CSV UTF-8» og prøv igen.".into(),
            CsvError::NotText => "The file is not a CSV text file. Save it as “CSV UTF-8” and try again.".into(),
            CsvError::TooLarge { mb } if da => {
                format!("Filen fylder {mb} MB. En CSV-fil med besvarelser kan højst fylde {} MB.", MAX_BYTES >> 20)
            }
            CsvError::TooLarge { mb } => {
                format!("The file is {mb} MB. A CSV file of responses can be at most {} MB.", MAX_BYTES >> 20)
            }
            CsvError::TooManyRows if da => format!(
                "Filen har flere end {} besvarelser (rækker under overskriften). Del den i flere filer, og importér dem én ad gangen.",
                crate::domain::survey::max_at_once_text(lang)
            ),
            CsvError::TooManyRows => format!(
                "The file has more than {} responses (rows below the header). Split it into several files and import them one at a time.",
                crate::domain::survey::max_at_once_text(lang)
            ),
            CsvError::Ragged { line, fields, expected } if da => {
                format!("Linje {line} har {fields} felter, men overskriften har {expected}.")
            }
            CsvError::Ragged { line, fields, expected } => {
                format!("Line {line} has {fields} fields, but the header has {expected}.")
            }
            CsvError::Malformed { line } if da => format!("Linje {line} kan ikke læses som CSV (tjek anførselstegn)."),
            CsvError::Malformed { line } => format!("Line {line} cannot be read as CSV (check the quotes)."),
        }
    }
}

/// Reads CSV text; the delimiter (`;` or `,`) is the one the header row uses more.
pub fn read(bytes: &[u8]) -> Result<Table, CsvError> {
    too_large(bytes.len() as f64)?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let (text, encoding) = match std::str::from_utf8(bytes) {
        Ok(text) => (std::borrow::Cow::Borrowed(text), Encoding::Utf8),
        Err(_) => (windows_1252(bytes).ok_or(CsvError::NotText)?.into(), Encoding::Windows1252),
    };
    let first = text.lines().next().unwrap_or("");
    let delimiter =
        if first.matches(';').count() >= first.matches(',').count() && first.contains(';') { b';' } else { b',' };
    let mut reader =
        csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut records = Vec::new();
    // The spreadsheet row of the record read last.
    let mut line = 0;
    for rec in reader.records() {
        let rec = rec.map_err(|_| CsvError::Malformed { line: line + 1 })?;
        line += 1 + rec.position().map_or(0, |p| blank_lines(&text, p.byte() as usize));
        let row: Vec<String> = rec.iter().map(|f| f.trim().to_string()).collect();
        if row.iter().all(String::is_empty) {
            continue;
        }
        records.push((line, row));
        // The header and MAX_AT_ONCE rows; no more are read.
        if records.len() > MAX_AT_ONCE + 1 {
            return Err(CsvError::TooManyRows);
        }
    }
    let mut it = records.into_iter();
    let (_, headers) = it.next().ok_or(CsvError::Empty)?;
    let mut rows = Vec::new();
    let mut lines = Vec::new();
    for (line, row) in it {
        if row.len() != headers.len() {
            return Err(CsvError::Ragged { line, fields: row.len(), expected: headers.len() });
        }
        rows.push(row);
        lines.push(line);
    }
    if rows.is_empty() {
        return Err(CsvError::Empty);
    }
    Ok(Table { headers, rows, lines, delimiter, encoding })
}

/// How many empty lines begin at byte `at` of `text`: the CSV reader skips them, a spreadsheet
/// shows each as a row. A line ends with `\r\n`, `\n` or `\r`; an `\n` right after an `\r`
/// before `at` ends the line before.
fn blank_lines(text: &str, at: usize) -> usize {
    let b = text.as_bytes();
    let mut i = at;
    if i > 0 && b.get(i - 1) == Some(&b'\r') && b.get(i) == Some(&b'\n') {
        i += 1;
    }
    let mut n = 0;
    loop {
        match b.get(i) {
            Some(b'\r') if b.get(i + 1) == Some(&b'\n') => i += 2,
            Some(b'\r' | b'\n') => i += 1,
            _ => return n,
        }
        n += 1;
    }
}

/// [`CsvError::TooLarge`] for a file of `bytes` bytes over [`MAX_BYTES`]: asked before a file is
/// read.
pub fn too_large(bytes: f64) -> Result<(), CsvError> {
    if bytes > MAX_BYTES as f64 {
        return Err(CsvError::TooLarge { mb: (bytes / (1024.0 * 1024.0)).ceil() as usize });
    }
    Ok(())
}

/// How a cell's text reads as an answer. Numeric codes read 1 = Helt enig unless `reversed`
/// (some tools code 5 = strongly agree).
pub fn interpret(value: &str, reversed: bool) -> Option<Answer> {
    let v = crate::domain::text::lowercase(value.trim()).replace(['’', '\''], "'");
    let v = v.split_whitespace().collect::<Vec<_>>().join(" ");
    let step = |s: u8| Some(Answer::Step(if reversed { 6 - s } else { s }));
    match v.as_str() {
        "" | "-" => Some(Answer::Blank),
        "1" => step(1),
        "2" => step(2),
        "3" => step(3),
        "4" => step(4),
        "5" => step(5),
        "0"
        | "ved ikke"
        | "ved ej"
        | "ved ikke/ikke relevant"
        | "ikke relevant"
        | "don't know"
        | "dont know"
        | "do not know"
        | "n/a"
        | "na" => Some(Answer::DontKnow),
        "helt enig" | "meget enig" | "strongly agree" | "completely agree" | "totally agree" => Some(Answer::Step(1)),
        "delvist enig" | "delvis enig" | "enig" | "overvejende enig" | "agree" | "somewhat agree" | "partly agree"
        | "partially agree" => Some(Answer::Step(2)),
        "hverken enig eller uenig"
        | "hverken/eller"
        | "hverken eller"
        | "neutral"
        | "neither agree nor disagree"
        | "neither" => Some(Answer::Step(3)),
        "delvist uenig" | "delvis uenig" | "uenig" | "overvejende uenig" | "disagree" | "somewhat disagree"
        | "partly disagree" | "partially disagree" => Some(Answer::Step(4)),
        "helt uenig" | "meget uenig" | "strongly disagree" | "completely disagree" | "totally disagree" => {
            Some(Answer::Step(5))
        }
        _ => None,
    }
}

/// A first guess at which column answers each statement: a header that contains the statement's
/// first words (or the statement contains the header), otherwise the next unused column whose
/// cells all read as answers.
pub fn suggest(table: &Table, statements: &[String]) -> Vec<Option<usize>> {
    let norm = |s: &str| crate::domain::text::lowercase(s).split_whitespace().collect::<Vec<_>>().join(" ");
    let answer_like: Vec<bool> =
        (0..table.headers.len()).map(|c| table.rows.iter().all(|r| interpret(&r[c], false).is_some())).collect();
    let mut used = vec![false; table.headers.len()];
    let mut out = vec![None; statements.len()];
    for (i, s) in statements.iter().enumerate() {
        let s = norm(s);
        let head: String = s.split(' ').take(5).collect::<Vec<_>>().join(" ");
        if head.is_empty() {
            continue;
        }
        let hit = table.headers.iter().enumerate().find(|(c, h)| {
            let h = norm(h);
            !used[*c] && !h.is_empty() && (h.contains(&head) || s.contains(&h))
        });
        if let Some((c, _)) = hit {
            used[c] = true;
            out[i] = Some(c);
        }
    }
    for slot in out.iter_mut().filter(|o| o.is_none()) {
        if let Some(c) = (0..table.headers.len()).find(|c| !used[*c] && answer_like[*c]) {
            used[c] = true;
            *slot = Some(c);
        }
    }
    out
}

/// One distinct value in a mapped column and how it reads (`None`: it cannot be read).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reading {
    pub value: String,
    pub answer: Option<Answer>,
    pub count: usize,
}

/// The distinct values of a column and how each reads, most frequent first.
pub fn readings(table: &Table, column: usize, reversed: bool) -> Vec<Reading> {
    let mut out: Vec<Reading> = Vec::new();
    for row in &table.rows {
        let v = row.get(column).map(String::as_str).unwrap_or("");
        match out.iter_mut().find(|r| r.value == v) {
            Some(r) => r.count += 1,
            None => out.push(Reading { value: v.to_string(), answer: interpret(v, reversed), count: 1 }),
        }
    }
    out.sort_unstable_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
    out
}

/// A cell that cannot be read, with its position as the user sees it in a spreadsheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellError {
    /// The row, as a spreadsheet shows the file (the header is row 1; see [`Table::lines`]).
    pub line: usize,
    pub column: String,
    pub value: String,
}

impl CellError {
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::Da => {
                format!("Linje {}, kolonne «{}»: «{}» kan ikke læses som et svar.", self.line, self.column, self.value)
            }
            Lang::En => {
                format!("Line {}, column “{}”: “{}” cannot be read as an answer.", self.line, self.column, self.value)
            }
        }
    }
}

/// Why a mapping of columns to statements cannot be imported, before any cell is read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MappingError {
    /// No statement has a column: nothing would be imported.
    NoColumn,
    /// Two statements (1-based) read the same column: one of them is surely a slip.
    Shared { first: usize, second: usize, column: String },
}

impl MappingError {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (MappingError::NoColumn, Lang::Da) => {
                "Intet udsagn har en kolonne. Vælg, hvilken kolonne der svarer på mindst ét udsagn.".into()
            }
            (MappingError::NoColumn, Lang::En) => {
                "No statement has a column. Choose which column answers at least one statement.".into()
            }
            (MappingError::Shared { first, second, column }, Lang::Da) => {
                format!("Udsagn {first} og {second} læser begge kolonnen «{column}». Vælg en kolonne til hvert udsagn.")
            }
            (MappingError::Shared { first, second, column }, Lang::En) => {
                format!("Statements {first} and {second} both read the column “{column}”. Choose one column for each statement.")
            }
        }
    }
}

/// For each statement, the first earlier statement (0-based) that reads the same column.
pub fn shared_with(mapping: &[Option<usize>]) -> Vec<Option<usize>> {
    mapping
        .iter()
        .enumerate()
        .map(|(i, col)| col.and_then(|c| mapping[..i].iter().position(|m| *m == Some(c))))
        .collect()
}

/// Whether `mapping` can be imported: some statement has a column, and no two share one.
pub fn check_mapping(table: &Table, mapping: &[Option<usize>]) -> Result<(), MappingError> {
    if mapping.iter().all(Option::is_none) {
        return Err(MappingError::NoColumn);
    }
    match shared_with(mapping).iter().enumerate().find_map(|(i, j)| j.map(|j| (j, i))) {
        Some((first, second)) => Err(MappingError::Shared {
            first: first + 1,
            second: second + 1,
            column: mapping[second].and_then(|c| table.headers.get(c)).cloned().unwrap_or_default(),
        }),
        None => Ok(()),
    }
}

/// Every row's answers (one code per statement), or every cell that cannot be read. Rows with
/// no answer at all are skipped (an empty line in a survey export is no respondent).
pub fn answers(table: &Table, mapping: &[Option<usize>], reversed: bool) -> Result<Vec<Vec<u8>>, Vec<CellError>> {
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    for (r, row) in table.rows.iter().enumerate() {
        let mut codes = Vec::with_capacity(mapping.len());
        for col in mapping {
            let code = match col {
                None => b'-',
                Some(c) => {
                    let v = row.get(*c).map(String::as_str).unwrap_or("");
                    match interpret(v, reversed) {
                        Some(a) => a.code(),
                        None => {
                            errors.push(CellError {
                                line: table.lines[r],
                                column: table.headers[*c].clone(),
                                value: v.to_string(),
                            });
                            b'-'
                        }
                    }
                }
            };
            codes.push(code);
        }
        if codes.iter().any(|c| *c != b'-') {
            rows.push(codes);
        }
    }
    if errors.is_empty() {
        Ok(rows)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn semicolon_with_bom_and_danish_labels() {
        let text = "\u{feff}Respondent;Jeg er stolt af mit nabolag;Jeg stoler på mine naboer\r\n1;Helt enig;Delvist enig\r\n2;Ved ikke;helt  UENIG\r\n";
        let t = read(text.as_bytes()).unwrap();
        assert_eq!(t.delimiter, b';');
        assert_eq!(t.headers[2], "Jeg stoler på mine naboer");
        let map = suggest(&t, &["Jeg er stolt af mit nabolag".into(), "Jeg stoler på mine naboer, også nye".into()]);
        assert_eq!(map, vec![Some(1), Some(2)]);
        assert_eq!(answers(&t, &map, false).unwrap(), vec![b"12".to_vec(), b"05".to_vec()]);
    }

    #[test]
    fn comma_with_quotes_english_labels_and_codes() {
        let text = "id,\"Q1, belonging\",Q2\n1,Strongly agree,5\n2,\"Neither agree nor disagree\",1\n3,,3\n";
        let t = read(text.as_bytes()).unwrap();
        assert_eq!(t.delimiter, b',');
        assert_eq!(t.headers[1], "Q1, belonging");
        let map = vec![Some(1), Some(2)];
        assert_eq!(answers(&t, &map, false).unwrap(), vec![b"15".to_vec(), b"31".to_vec(), b"-3".to_vec()]);
        // Reversed codes: 5 = strongly agree.
        assert_eq!(answers(&t, &map, true).unwrap(), vec![b"11".to_vec(), b"35".to_vec(), b"-3".to_vec()]);
    }

    #[test]
    fn unreadable_cells_are_refused_with_line_and_column() {
        let text = "a;b\nHelt enig;Måske\nJa;2\n";
        let t = read(text.as_bytes()).unwrap();
        let errs = answers(&t, &[Some(0), Some(1)], false).unwrap_err();
        assert_eq!(
            errs,
            vec![
                CellError { line: 2, column: "b".into(), value: "Måske".into() },
                CellError { line: 3, column: "a".into(), value: "Ja".into() },
            ]
        );
        assert_eq!(errs[0].message(Lang::Da), "Linje 2, kolonne «b»: «Måske» kan ikke læses som et svar.");
    }

    #[test]
    fn lines_are_spreadsheet_rows_with_blank_lines_and_breaks_in_cells() {
        // A comment over two lines (a line break in Excel's cell), a blank line, then the rows.
        let text = "a;b;kommentar\n1;2;\"Godt\nmøde\"\n\nJa;Måske;\n1;2\n";
        assert_eq!(read(text.as_bytes()), Err(CsvError::Ragged { line: 5, fields: 2, expected: 3 }));
        // Old Macintosh line ends (a lone CR), and Windows ones.
        for end in ["\r", "\r\n"] {
            let text = format!("a;b{end}1;2{end}{end}Ja;2{end}");
            let errs = answers(&read(text.as_bytes()).unwrap(), &[Some(0), Some(1)], false).unwrap_err();
            assert_eq!(errs[0].line, 4, "{text:?}");
        }
        let text = "a;b;kommentar\n1;2;\"Godt\nmøde\"\n\nJa;Måske;\n";
        let t = read(text.as_bytes()).unwrap();
        let errs = answers(&t, &[Some(0), Some(1)], false).unwrap_err();
        assert_eq!(
            errs,
            vec![
                CellError { line: 4, column: "a".into(), value: "Ja".into() },
                CellError { line: 4, column: "b".into(), value: "Måske".into() },
            ]
        );
    }

    #[test]
    fn readings_show_how_each_value_is_read() {
        let t = read(b"q\nHelt enig\nhelt enig\nOK\n").unwrap();
        let r = readings(&t, 0, false);
        assert_eq!(r[0], Reading { value: "Helt enig".into(), answer: Some(Answer::Step(1)), count: 1 });
        assert!(r.iter().any(|x| x.value == "OK" && x.answer.is_none()));
    }

    #[test]
    fn bad_files() {
        assert_eq!(read(b""), Err(CsvError::Empty));
        assert_eq!(read(b"only;a;header\n"), Err(CsvError::Empty));
        // UTF-16 (Excel's «Unicode-tekst») and binary files.
        assert_eq!(read(&[0xff, 0xfe, 0x41, 0x00]), Err(CsvError::NotText));
        assert_eq!(read(b"\x89PNG\r\n\x1a\n\x00\x00"), Err(CsvError::NotText));
        assert_eq!(read(b"a;b\n\x81;2\n"), Err(CsvError::NotText));
        assert_eq!(read(b"a;b\n1;2\n3\n"), Err(CsvError::Ragged { line: 3, fields: 1, expected: 2 }));
    }

    #[test]
    fn a_mapping_needs_a_column_and_no_column_twice() {
        let t = read(b"Q1;Q2;Q3\n1;2;3\n").unwrap();
        assert_eq!(check_mapping(&t, &[Some(0), None, Some(2)]), Ok(()));
        assert_eq!(check_mapping(&t, &[None, None]), Err(MappingError::NoColumn));
        assert_eq!(check_mapping(&t, &[]), Err(MappingError::NoColumn));
        assert_eq!(shared_with(&[Some(1), None, Some(2), Some(1), Some(1)]), vec![None, None, None, Some(0), Some(0)]);
        let shared = check_mapping(&t, &[Some(1), None, Some(2), Some(1)]).unwrap_err();
        assert_eq!(shared, MappingError::Shared { first: 1, second: 4, column: "Q2".into() });
        assert_eq!(
            shared.message(Lang::Da),
            "Udsagn 1 og 4 læser begge kolonnen «Q2». Vælg en kolonne til hvert udsagn."
        );
        assert_eq!(
            shared.message(Lang::En),
            "Statements 1 and 4 both read the column “Q2”. Choose one column for each statement."
        );
    }

    #[test]
    fn files_over_the_limits_are_refused_with_the_limit() {
        let rows = |n: usize| format!("a;b\n{}", "1;2\n".repeat(n));
        assert_eq!(read(rows(MAX_AT_ONCE).as_bytes()).unwrap().rows.len(), MAX_AT_ONCE);
        // Empty rows are no respondents and do not count.
        assert_eq!(read(format!("{}\n;\n", rows(MAX_AT_ONCE)).as_bytes()).unwrap().rows.len(), MAX_AT_ONCE);
        assert_eq!(read(rows(MAX_AT_ONCE + 1).as_bytes()), Err(CsvError::TooManyRows));
        assert_eq!(
            CsvError::TooManyRows.message(Lang::Da),
            "Filen har flere end 10.000 besvarelser (rækker under overskriften). Del den i flere filer, og importér dem én ad gangen."
        );
        assert_eq!(too_large(MAX_BYTES as f64), Ok(()));
        assert_eq!(too_large(MAX_BYTES as f64 + 1.0), Err(CsvError::TooLarge { mb: 51 }));
        assert_eq!(too_large(3e9), Err(CsvError::TooLarge { mb: 2862 }));
        let big = vec![b'1'; MAX_BYTES + 1];
        assert_eq!(read(&big), Err(CsvError::TooLarge { mb: 51 }));
        assert_eq!(
            CsvError::TooLarge { mb: 51 }.message(Lang::Da),
            "Filen fylder 51 MB. En CSV-fil med besvarelser kan højst fylde 50 MB."
        );
        assert_eq!(
            CsvError::TooLarge { mb: 51 }.message(Lang::En),
            "The file is 51 MB. A CSV file of responses can be at most 50 MB."
        );
    }

    #[test]
    fn danish_excels_windows_1252_is_read_and_said() {
        // «Trives du i bebyggelsen?;Føler du dig tryg?» and «Helt enig;Hverken enig eller uenig»
        // as Excel's «CSV (semikolonsepareret)» saves them, with a € and a curly quote.
        let bytes =
            b"Trives du i bebyggelsen?;F\xF8ler du dig tryg? \x80 \x93ja\x94\nHelt enig;Hverken enig eller uenig\n";
        let t = read(bytes).unwrap();
        assert_eq!(t.encoding, Encoding::Windows1252);
        assert_eq!(t.headers, vec!["Trives du i bebyggelsen?", "Føler du dig tryg? € “ja”"]);
        assert_eq!(answers(&t, &[Some(0), Some(1)], false).unwrap(), vec![b"13".to_vec()]);
        assert_eq!(read("Æble;Ø\n1;2\n".as_bytes()).unwrap().encoding, Encoding::Utf8);
    }

    #[test]
    fn empty_rows_are_no_respondents() {
        let t = read(b"a;b\n1;2\n;\n-;-\n").unwrap();
        assert_eq!(answers(&t, &[Some(0), Some(1)], false).unwrap(), vec![b"12".to_vec()]);
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            // Wherever blank lines, Windows or old Macintosh line ends and line breaks inside quoted
            // cells fall, an unreadable answer is reported in the row a spreadsheet shows it in.
            #[test]
            fn a_cell_error_names_the_spreadsheets_row(
                rows in proptest::collection::vec((0usize..3, any::<bool>()), 1..12),
                bad in any::<prop::sample::Index>(),
                end in prop::sample::select(vec!["\n", "\r\n", "\r"]),
            ) {
                let bad = bad.index(rows.len());
                let mut text = format!("svar;note{end}");
                let mut line = 2;
                let mut expected = 0;
                for (i, (blank, quoted)) in rows.iter().enumerate() {
                    for _ in 0..*blank {
                        text.push_str(end);
                        line += 1;
                    }
                    if i == bad {
                        expected = line;
                    }
                    let answer = if i == bad { "Måske" } else { "Enig" };
                    let note = if *quoted { format!("\"to{end}linjer\"") } else { "x".to_string() };
                    text.push_str(&format!("{answer};{note}{end}"));
                    line += 1;
                }
                let t = read(text.as_bytes()).unwrap();
                let errs = answers(&t, &[Some(0)], false).unwrap_err();
                prop_assert_eq!(errs.len(), 1);
                prop_assert_eq!(errs[0].line, expected, "{:?}", text);
            }
        }
    }
}

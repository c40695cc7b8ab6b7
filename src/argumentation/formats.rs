//! Reading and writing frameworks in the ICCMA formats: ICCMA 2023 (`p af N`), APX and TGF.
//!
//! Readers stream line by line from any [`BufRead`], keep only the edge list, and build the
//! adjacency once at the end (counting sorts, each neighbour list sorted and deduplicated:
//! `O(n + m log d)` for the largest out-degree `d`). The ICCMA reader takes plain `i j` lines
//! in place from the reader's buffer, in one pass per line; any other line, and any line a
//! limit would refuse, goes through the line-by-line reader, so errors and their line
//! numbers do not depend on the buffer's size. A header claiming more than
//! [`MAX_ARGUMENTS`](super::MAX_ARGUMENTS) is an error, never an allocation. Readers never
//! panic; every failure is a [`FormatError`] with its line.

use std::io::{self, BufRead, BufWriter, Write};

use super::error::{FormatError, FormatErrorKind};
use super::framework::{ArgumentId, ArgumentationFramework, MAX_ARGUMENTS};
use crate::io::Limits;

/// A file format for argumentation frameworks.
///
/// - `Iccma`: ICCMA 2023, a header `p af N`, then one attack `i j` per line (arguments
///   `1..=N`), `#` comment lines.
/// - `Apx`: ASPARTIX, `arg(a).` and `att(a,b).` statements (`%` starts a comment).
/// - `Tgf`: trivial graph format, one argument name per line, a line `#`, then `a b` lines.
///
/// ```
/// use claimgraph::argumentation::Format;
/// assert_eq!(Format::from_path("x/y.apx"), Some(Format::Apx));
/// assert_eq!(Format::from_path("big.i23"), Some(Format::Iccma));
/// assert_eq!("tgf".parse::<Format>(), Ok(Format::Tgf));
/// assert_eq!(Format::Iccma.to_string(), "iccma");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// ICCMA 2023 (`.af`, `.i23`).
    Iccma,
    /// ASPARTIX (`.apx`).
    Apx,
    /// Trivial graph format (`.tgf`).
    Tgf,
}

impl Format {
    /// The format named by a file's extension (`af`, `i23`, `apx`, `tgf`), if any.
    ///
    /// ```
    /// use claimgraph::argumentation::Format;
    /// assert_eq!(Format::from_path("a.af"), Some(Format::Iccma));
    /// assert_eq!(Format::from_path("a.txt"), None);
    /// ```
    pub fn from_path(path: impl AsRef<std::path::Path>) -> Option<Self> {
        let ext = path.as_ref().extension()?.to_str()?;
        ext.parse().ok()
    }
}

crate::names::names! {
    Format in "claimgraph::argumentation", "framework format";
    Iccma => "iccma" | "af" | "i23",
    Apx => "apx",
    Tgf => "tgf"
}

/// Reads lines into one reused buffer, counting them, and refuses a line longer than a limit
/// before it is held in memory.
struct Lines<R> {
    reader: R,
    buf: Vec<u8>,
    line: usize,
    max_line: usize,
    bytes: u64,
    max_bytes: u64,
}

impl<R: BufRead> Lines<R> {
    fn new(reader: R, limits: &Limits) -> Self {
        Self {
            reader,
            buf: Vec::new(),
            line: 0,
            max_line: limits.max_line(),
            bytes: 0,
            max_bytes: limits.max_bytes(),
        }
    }

    /// The next line without its end-of-line, or `None` at the end.
    fn next_line(&mut self) -> Result<Option<(usize, &str)>, FormatError> {
        if !self.advance()? {
            return Ok(None);
        }
        self.text().map(Some)
    }

    /// The current line (after [`advance`](Self::advance)) as text.
    fn text(&self) -> Result<(usize, &str), FormatError> {
        match std::str::from_utf8(&self.buf) {
            Ok(text) => Ok((self.line, text.trim_end_matches(['\n', '\r']))),
            Err(_) => Err(FormatError::new(
                self.line,
                FormatErrorKind::Io(io::Error::new(
                    io::ErrorKind::InvalidData,
                    "stream did not contain valid UTF-8",
                )),
            )),
        }
    }

    /// Takes the plain attack lines (`i j` with both numbers in `1..=len`, see
    /// [`plain_attack_line`]) that come next, straight from the reader's buffer without
    /// copying them, and hands each to `add` with its line number. Stops before the first
    /// line that is anything else, crosses the end of the buffer, or would pass a limit:
    /// [`advance`](Self::advance) then reads it (and reports what is wrong with it). The
    /// counts of lines and bytes stay exact.
    fn plain_attacks(
        &mut self,
        len: u64,
        mut add: impl FnMut(u64, u64, usize) -> Result<(), FormatError>,
    ) -> Result<(), FormatError> {
        // An error here is left to `advance`, which retries or reports it.
        let Ok(available) = self.reader.fill_buf() else {
            return Ok(());
        };
        let mut used = 0;
        while let Some((x, y, width)) = available.get(used..).and_then(plain_attack_line) {
            if !(1..=len).contains(&x)
                || !(1..=len).contains(&y)
                || width - 1 > self.max_line
                || self.bytes + width as u64 > self.max_bytes
            {
                break;
            }
            self.line += 1;
            self.bytes += width as u64;
            used += width;
            if let Err(e) = add(x, y, self.line) {
                self.reader.consume(used);
                return Err(e);
            }
        }
        self.reader.consume(used);
        Ok(())
    }

    /// Reads the next line into the buffer; `false` at the end.
    fn advance(&mut self) -> Result<bool, FormatError> {
        self.buf.clear();
        self.line += 1;
        loop {
            let available = match self.reader.fill_buf() {
                Ok(bytes) => bytes,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(FormatError::new(self.line, FormatErrorKind::Io(e))),
            };
            if available.is_empty() {
                break;
            }
            let (take, ends) = match available.iter().position(|&b| b == b'\n') {
                Some(i) => (i + 1, true),
                None => (available.len(), false),
            };
            let content = if ends { take - 1 } else { take };
            // Where in this piece each limit would be passed (1 = its first byte): the one
            // passed first is reported (the line limit on a tie), so the error is the same
            // whatever size of pieces the reader hands out.
            let line_passed = (self.buf.len() + content > self.max_line)
                .then(|| self.max_line - self.buf.len() + 1);
            let bytes_passed = (self.bytes + take as u64 > self.max_bytes)
                .then(|| self.max_bytes.saturating_sub(self.bytes).saturating_add(1));
            match (line_passed, bytes_passed) {
                (Some(l), Some(b)) if b < l as u64 => {
                    return Err(FormatError::new(
                        self.line,
                        FormatErrorKind::TooLarge {
                            what: "bytes",
                            limit: self.max_bytes,
                        },
                    ));
                }
                (Some(_), _) => {
                    return Err(FormatError::new(
                        self.line,
                        FormatErrorKind::LineTooLong {
                            limit: self.max_line,
                        },
                    ));
                }
                (None, Some(_)) => {
                    return Err(FormatError::new(
                        self.line,
                        FormatErrorKind::TooLarge {
                            what: "bytes",
                            limit: self.max_bytes,
                        },
                    ));
                }
                (None, None) => {}
            }
            self.buf.extend_from_slice(&available[..take]);
            self.reader.consume(take);
            self.bytes += take as u64;
            if ends {
                break;
            }
        }
        Ok(!self.buf.is_empty())
    }
}

/// The common ICCMA attack line, `digits space digits` (then an optional `\r`), read straight
/// from its bytes: the two numbers, or `None` for anything else (which the general path then
/// reads, and reports if it is wrong). Numbers of more than 10 digits take the general path.
fn plain_attack(line: &[u8]) -> Option<(u64, u64)> {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let space = line.iter().position(|&b| b == b' ')?;
    let number = |digits: &[u8]| -> Option<u64> {
        if digits.is_empty() || digits.len() > 10 {
            return None;
        }
        digits.iter().try_fold(0u64, |acc, &d| {
            d.is_ascii_digit().then(|| acc * 10 + u64::from(d - b'0'))
        })
    };
    Some((number(&line[..space])?, number(&line[space + 1..])?))
}

/// The plain attack line at the start of `bytes`, `digits space digits` then `\n` (or
/// `\r\n`), in one pass: the two numbers and the line's width with its end of line; `None`
/// for anything else, a number of more than 10 digits, or a line the buffer does not hold to
/// its end.
fn plain_attack_line(bytes: &[u8]) -> Option<(u64, u64, usize)> {
    // The number starting at `start` and where it ends.
    let number = |start: usize| -> Option<(u64, usize)> {
        let mut at = start;
        let mut value = 0u64;
        while let Some(&d) = bytes.get(at) {
            if !d.is_ascii_digit() {
                break;
            }
            value = value * 10 + u64::from(d - b'0');
            at += 1;
            if at - start > 10 {
                return None;
            }
        }
        (at > start).then_some((value, at))
    };
    let (x, at) = number(0)?;
    if bytes.get(at) != Some(&b' ') {
        return None;
    }
    let (y, mut at) = number(at + 1)?;
    if bytes.get(at) == Some(&b'\r') {
        at += 1;
    }
    (bytes.get(at) == Some(&b'\n')).then_some((x, y, at + 1))
}

impl ArgumentationFramework {
    /// Reads a framework from a string.
    ///
    /// # Errors
    ///
    /// A [`FormatError`] naming the line and the problem.
    ///
    /// ```
    /// use claimgraph::argumentation::{Format, ArgumentationFramework};
    /// let af = ArgumentationFramework::parse(Format::Iccma, "p af 3\n# comment\n1 2\n2 3\n")?;
    /// assert_eq!((af.len(), af.attack_count()), (3, 2));
    /// let af = ArgumentationFramework::parse(Format::Apx, "arg(a).\narg(b).\natt(a,b).\n")?;
    /// assert_eq!(af.name(af.attackers_of(af.find("b").unwrap())[0]), "a");
    /// # Ok::<(), claimgraph::argumentation::FormatError>(())
    /// ```
    pub fn parse(format: Format, text: &str) -> Result<Self, FormatError> {
        Self::read(format, text.as_bytes())
    }

    /// Reads a framework from any buffered reader, streaming.
    ///
    /// # Errors
    ///
    /// A [`FormatError`] naming the line and the problem; I/O failures (and invalid UTF-8)
    /// are [`FormatErrorKind::Io`].
    ///
    /// # Complexity
    ///
    /// `O(size + m log m)` time; memory for the edge list plus the final adjacency.
    ///
    /// ```
    /// use claimgraph::argumentation::{Format, ArgumentationFramework};
    /// let text = "a\nb\n#\na b\nb a\n";
    /// let af = ArgumentationFramework::read(Format::Tgf, std::io::BufReader::new(text.as_bytes()))?;
    /// assert_eq!(af.attack_count(), 2);
    /// # Ok::<(), claimgraph::argumentation::FormatError>(())
    /// ```
    pub fn read(format: Format, reader: impl BufRead) -> Result<Self, FormatError> {
        Self::read_with(format, reader, &Limits::default())
    }

    /// Reads a framework from any buffered reader within `limits`: lines no longer than
    /// [`max_line`](Limits::max_line), no more than [`max_bytes`](Limits::max_bytes) in all,
    /// and no more than [`max_records`](Limits::max_records) arguments (declared in a `p af N`
    /// header or named) or attacks. [`read`](Self::read) and [`parse`](Self::parse) use
    /// [`Limits::default`], which protects a server; a solver reading the file its user named
    /// can pass [`Limits::trusted`].
    ///
    /// # Errors
    ///
    /// As [`read`](Self::read), and [`FormatErrorKind::TooLarge`] or
    /// [`FormatErrorKind::LineTooLong`] at the line where a limit was passed, before the
    /// memory it would cost is allocated.
    ///
    /// # Complexity
    ///
    /// `O(size + m log m)` time; memory for the edge list plus the final adjacency, at most
    /// about 16 bytes per argument and 24 per attack.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, Format, FormatErrorKind};
    /// use claimgraph::io::Limits;
    /// // Fifteen bytes that would declare 134 million arguments are refused, not allocated.
    /// let limits = Limits::default().with_max_records(1_000_000);
    /// let e = ArgumentationFramework::read_with(Format::Iccma, &b"p af 134217728\n"[..], &limits)
    ///     .unwrap_err();
    /// assert!(matches!(e.kind(), FormatErrorKind::TooLarge { what: "arguments", .. }));
    /// ```
    pub fn read_with(
        format: Format,
        reader: impl BufRead,
        limits: &Limits,
    ) -> Result<Self, FormatError> {
        let mut af = match format {
            Format::Iccma => read_iccma(reader, limits)?,
            Format::Apx => read_apx(reader, limits)?,
            Format::Tgf => read_tgf(reader, limits)?,
        };
        af.compact();
        Ok(af)
    }

    /// Writes the framework in a format. ICCMA 2023 drops names (arguments become `1..=N` in
    /// index order); APX and TGF write [`name`](Self::name)s.
    ///
    /// # Errors
    ///
    /// Whatever the writer reports; and, before anything is written, an
    /// [`io::ErrorKind::InvalidInput`] error naming the first argument whose name the format
    /// cannot hold so that reading it back gives the same name: empty names, names with
    /// control characters, APX names with `,` or `)` or surrounding white space, TGF names
    /// with white space or a leading `#`.
    ///
    /// ```
    /// use claimgraph::argumentation::{Format, ArgumentationFramework};
    /// let af = ArgumentationFramework::parse(Format::Apx, "arg(x).\narg(y).\natt(y,x).\n")?;
    /// let mut out = Vec::new();
    /// af.write(Format::Iccma, &mut out)?;
    /// assert_eq!(String::from_utf8(out)?, "p af 2\n2 1\n");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn write(&self, format: Format, writer: impl Write) -> io::Result<()> {
        if format != Format::Iccma {
            // Refuse before writing anything: a name the reader would read back differently
            // must not become a file that silently means something else.
            for a in self.arguments() {
                if let Some(why) = unwritable(format, &self.name(a)) {
                    return Err(io::Error::new(
                        io::ErrorKind::InvalidInput,
                        format!("argument name `{}` {why} in {format}", cut(&self.name(a))),
                    ));
                }
            }
        }
        let mut w = BufWriter::new(writer);
        match format {
            Format::Iccma => {
                writeln!(w, "p af {}", self.len())?;
                for (s, t) in self.attacks() {
                    writeln!(
                        w,
                        "{} {}",
                        u64::from(s.index()) + 1,
                        u64::from(t.index()) + 1
                    )?;
                }
            }
            Format::Apx => {
                for a in self.arguments() {
                    writeln!(w, "arg({}).", self.name(a))?;
                }
                for (s, t) in self.attacks() {
                    writeln!(w, "att({},{}).", self.name(s), self.name(t))?;
                }
            }
            Format::Tgf => {
                for a in self.arguments() {
                    writeln!(w, "{}", self.name(a))?;
                }
                writeln!(w, "#")?;
                for (s, t) in self.attacks() {
                    writeln!(w, "{} {}", self.name(s), self.name(t))?;
                }
            }
        }
        w.flush()
    }

    /// The framework as text in a format; see [`write`](Self::write).
    ///
    /// ```
    /// use claimgraph::argumentation::{Format, ArgumentationFramework};
    /// let af = ArgumentationFramework::parse(Format::Iccma, "p af 2\n1 2\n")?;
    /// assert_eq!(af.to_format_string(Format::Tgf), "1\n2\n#\n1 2\n");
    /// assert_eq!(af.to_format_string(Format::Apx), "arg(1).\narg(2).\natt(1,2).\n");
    /// # Ok::<(), claimgraph::argumentation::FormatError>(())
    /// ```
    pub fn to_format_string(&self, format: Format) -> String {
        let mut out = Vec::new();
        // Writing to a Vec cannot fail.
        let _ = self.write(format, &mut out);
        String::from_utf8_lossy(&out).into_owned()
    }
}

fn read_iccma(
    reader: impl BufRead,
    limits: &Limits,
) -> Result<ArgumentationFramework, FormatError> {
    let mut lines = Lines::new(reader, limits);
    let mut af: Option<ArgumentationFramework> = None;
    let mut len = 0u32;
    loop {
        // Fastest path, once the header is read: the plain attack lines already buffered,
        // read in place.
        if let Some(fw) = af.as_mut() {
            lines.plain_attacks(u64::from(len), |x, y, line| {
                too_many_attacks(fw, limits, line)?;
                fw.add_attack(
                    ArgumentId::new((x - 1) as u32),
                    ArgumentId::new((y - 1) as u32),
                )
                .map_err(|_| FormatError::malformed(line, "an attack `i j`", ""))
            })?;
        }
        if !lines.advance()? {
            break;
        }
        // Fast path: a plain attack line between arguments in range, once the header is read.
        if let Some(fw) = af.as_mut()
            && let Some((x, y)) = plain_attack(&lines.buf)
            && (1..=u64::from(len)).contains(&x)
            && (1..=u64::from(len)).contains(&y)
        {
            too_many_attacks(fw, limits, lines.line)?;
            fw.add_attack(
                ArgumentId::new((x - 1) as u32),
                ArgumentId::new((y - 1) as u32),
            )
            .map_err(|_| FormatError::malformed(lines.line, "an attack `i j`", ""))?;
            continue;
        }
        let (line_no, raw) = lines.text()?;
        let text = raw.trim();
        if text.is_empty() || text.starts_with('#') {
            continue;
        }
        if text.split_ascii_whitespace().next() == Some("p") {
            if af.is_some() {
                return Err(FormatError::new(line_no, FormatErrorKind::DuplicateHeader));
            }
            let mut tok = text.split_ascii_whitespace();
            let bad = || FormatError::new(line_no, FormatErrorKind::BadHeader { found: cut(text) });
            if tok.next() != Some("p") || tok.next() != Some("af") {
                return Err(bad());
            }
            let claimed: u64 = tok.next().and_then(|t| t.parse().ok()).ok_or_else(bad)?;
            if tok.next().is_some() {
                return Err(bad());
            }
            if claimed > limits.max_records() && claimed <= u64::from(MAX_ARGUMENTS) {
                return Err(FormatError::new(
                    line_no,
                    FormatErrorKind::TooLarge {
                        what: "arguments",
                        limit: limits.max_records(),
                    },
                ));
            }
            if claimed > u64::from(MAX_ARGUMENTS) {
                return Err(FormatError::new(
                    line_no,
                    FormatErrorKind::TooManyArguments { claimed },
                ));
            }
            len = claimed as u32;
            let mut fresh = ArgumentationFramework::new();
            fresh.add_unnamed_arguments(len).map_err(|_| {
                FormatError::new(line_no, FormatErrorKind::TooManyArguments { claimed })
            })?;
            af = Some(fresh);
            continue;
        }
        let Some(fw) = af.as_mut() else {
            return Err(FormatError::new(line_no, FormatErrorKind::MissingHeader));
        };
        let mut tok = text.split_ascii_whitespace();
        let (Some(first), Some(second), None) = (tok.next(), tok.next(), tok.next()) else {
            return Err(FormatError::malformed(line_no, "an attack `i j`", text));
        };
        let parse = |t: &str| -> Result<ArgumentId, FormatError> {
            let k: u64 = t
                .parse()
                .map_err(|_| FormatError::malformed(line_no, "an argument number", t))?;
            if k == 0 || k > u64::from(len) {
                return Err(FormatError::new(
                    line_no,
                    FormatErrorKind::ArgumentOutOfRange { argument: k, len },
                ));
            }
            Ok(ArgumentId::new((k - 1) as u32))
        };
        let (attacker, target) = (parse(first)?, parse(second)?);
        too_many_attacks(fw, limits, line_no)?;
        // Both ids were range-checked above, so this cannot fail.
        fw.add_attack(attacker, target)
            .map_err(|_| FormatError::malformed(line_no, "an attack `i j`", text))?;
    }
    af.ok_or_else(|| FormatError::new(lines.line, FormatErrorKind::MissingHeader))
}

/// Refuses one more attack past the limit on records (attacks read so far, duplicates
/// included: the limit bounds memory, which duplicates use until the adjacency is built).
fn too_many_attacks(
    af: &ArgumentationFramework,
    limits: &Limits,
    line: usize,
) -> Result<(), FormatError> {
    if af.pending_attacks() as u64 >= limits.max_records() {
        return Err(FormatError::new(
            line,
            FormatErrorKind::TooLarge {
                what: "attacks",
                limit: limits.max_records(),
            },
        ));
    }
    Ok(())
}

/// Looks a name up, or reports it as unknown at `line`.
fn lookup(af: &ArgumentationFramework, name: &str, line: usize) -> Result<ArgumentId, FormatError> {
    af.find(name)
        .ok_or_else(|| FormatError::new(line, FormatErrorKind::UnknownArgument { name: cut(name) }))
}

/// Why `name` cannot be written in `format` and read back as the same name, if it cannot.
fn unwritable(format: Format, name: &str) -> Option<&'static str> {
    if name.is_empty() {
        return Some("is empty");
    }
    if name.chars().any(char::is_control) {
        return Some("holds control characters");
    }
    match format {
        Format::Apx if name.contains([',', ')']) => Some("holds `,` or `)`"),
        Format::Apx if name.trim() != name => Some("starts or ends with white space"),
        Format::Tgf if name.contains(char::is_whitespace) => Some("holds white space"),
        Format::Tgf if name.starts_with('#') => Some("starts with `#`"),
        Format::Iccma | Format::Apx | Format::Tgf => None,
    }
}

/// A token or line quoted in an error: its first 80 characters (an ICCMA line is short; a
/// longer one is quoted only far enough to be found).
pub(super) fn cut(s: &str) -> String {
    s.chars().take(80).collect()
}

/// Adds a named argument (a name read twice is one argument). The framework's own name index
/// answers lookups, so a reader keeps no second copy of every name.
fn declare(
    af: &mut ArgumentationFramework,
    name: &str,
    line: usize,
    limits: &Limits,
) -> Result<(), FormatError> {
    if af.len() as u64 >= limits.max_records() && af.find(name).is_none() {
        return Err(FormatError::new(
            line,
            FormatErrorKind::TooLarge {
                what: "arguments",
                limit: limits.max_records(),
            },
        ));
    }
    if name.chars().any(char::is_control) {
        return Err(FormatError::new(
            line,
            FormatErrorKind::BadName {
                name: cut(&name.escape_debug().to_string()),
                why: "holds control characters",
            },
        ));
    }
    af.try_add_argument(name).map_err(|_| {
        FormatError::new(
            line,
            FormatErrorKind::TooManyArguments {
                claimed: u64::from(MAX_ARGUMENTS) + 1,
            },
        )
    })?;
    Ok(())
}

fn read_apx(reader: impl BufRead, limits: &Limits) -> Result<ArgumentationFramework, FormatError> {
    let mut lines = Lines::new(reader, limits);
    let mut af = ArgumentationFramework::new();
    while let Some((line_no, raw)) = lines.next_line()? {
        let mut rest = raw.trim();
        while !rest.is_empty() && !rest.starts_with('%') {
            let statement_start = rest;
            let malformed =
                || FormatError::malformed(line_no, "`arg(a).` or `att(a,b).`", statement_start);
            let (keyword, after) = rest.split_once('(').ok_or_else(malformed)?;
            let (inner, after) = after.split_once(')').ok_or_else(malformed)?;
            let after = after.trim_start();
            rest = after.strip_prefix('.').ok_or_else(malformed)?.trim_start();
            match keyword.trim() {
                "arg" => {
                    let name = inner.trim();
                    if name.is_empty() || name.contains(',') {
                        return Err(malformed());
                    }
                    declare(&mut af, name, line_no, limits)?;
                }
                "att" => {
                    let (a, b) = inner.split_once(',').ok_or_else(malformed)?;
                    let (a, b) = (a.trim(), b.trim());
                    if a.is_empty() || b.is_empty() || b.contains(',') {
                        return Err(malformed());
                    }
                    let s = lookup(&af, a, line_no)?;
                    let t = lookup(&af, b, line_no)?;
                    too_many_attacks(&af, limits, line_no)?;
                    af.add_attack(s, t).map_err(|_| malformed())?;
                }
                _ => return Err(malformed()),
            }
        }
    }
    Ok(af)
}

fn read_tgf(reader: impl BufRead, limits: &Limits) -> Result<ArgumentationFramework, FormatError> {
    let mut lines = Lines::new(reader, limits);
    let mut af = ArgumentationFramework::new();
    let mut in_edges = false;
    // The first node line `a b` whose label `b` is itself a node: an attack, if the file
    // turns out to have no `#` line.
    let mut attack_like: Option<(usize, String)> = None;
    while let Some((line_no, raw)) = lines.next_line()? {
        let text = raw.trim();
        if text.is_empty() {
            continue;
        }
        if in_edges {
            if text.starts_with('#') {
                continue;
            }
            let mut tok = text.split_ascii_whitespace();
            let (Some(a), Some(b)) = (tok.next(), tok.next()) else {
                return Err(FormatError::malformed(line_no, "an attack `a b`", text));
            };
            let s = lookup(&af, a, line_no)?;
            let t = lookup(&af, b, line_no)?;
            too_many_attacks(&af, limits, line_no)?;
            af.add_attack(s, t)
                .map_err(|_| FormatError::malformed(line_no, "an attack `a b`", text))?;
        } else if text == "#" {
            in_edges = true;
        } else {
            // A node line is `name [label]`; the label is ignored.
            let mut tok = text.split_ascii_whitespace();
            let name = tok.next().unwrap_or(text);
            if attack_like.is_none()
                && let (Some(label), None) = (tok.next(), tok.next())
                && af.find(label).is_some_and(|b| af.is_named(b))
            {
                attack_like = Some((line_no, cut(text)));
            }
            declare(&mut af, name, line_no, limits)?;
        }
    }
    if !in_edges && let Some((line, found)) = attack_like {
        return Err(FormatError::new(
            line,
            FormatErrorKind::MissingSeparator { found },
        ));
    }
    Ok(af)
}

#[cfg(test)]
#[allow(clippy::many_single_char_names)] // a, b, c, ... are the textbook argument names
mod tests {
    use super::*;

    fn err(format: Format, text: &str) -> FormatError {
        match ArgumentationFramework::parse(format, text) {
            Ok(_) => panic!("accepted bad input {text:?}"),
            Err(e) => e,
        }
    }

    #[test]
    fn iccma_errors_carry_lines() {
        let e = err(Format::Iccma, "p af 3\n1 2\n2\n");
        assert_eq!(e.position().line(), Some(3));
        assert_eq!(e.to_string(), "line 3: expected an attack `i j`, found `2`");
        let e = err(Format::Iccma, "# c\np af 3\n1 4\n");
        assert_eq!(e.to_string(), "line 3: argument 4 out of range 1..=3");
        let e = err(Format::Iccma, "p af 3\n0 1\n");
        assert!(matches!(
            e.kind(),
            FormatErrorKind::ArgumentOutOfRange { argument: 0, .. }
        ));
        let e = err(Format::Iccma, "p af 1000000000000\n");
        assert!(matches!(
            e.kind(),
            FormatErrorKind::TooManyArguments {
                claimed: 1_000_000_000_000
            }
        ));
        assert_eq!(e.position().line(), Some(1));
        let e = err(Format::Iccma, "p af 2\np af 2\n");
        assert!(matches!(e.kind(), FormatErrorKind::DuplicateHeader));
        let e = err(Format::Iccma, "p bf 2\n");
        assert!(matches!(e.kind(), FormatErrorKind::BadHeader { .. }));
        let e = err(Format::Iccma, "p af 2 3\n");
        assert!(matches!(e.kind(), FormatErrorKind::BadHeader { .. }));
        let e = err(Format::Iccma, "");
        assert!(matches!(e.kind(), FormatErrorKind::MissingHeader));
        let e = err(Format::Iccma, "p af 2\n1 x\n");
        assert_eq!(
            e.to_string(),
            "line 2: expected an argument number, found `x`"
        );
        let e = err(Format::Iccma, "p af 2\n1 2 3\n");
        assert!(matches!(e.kind(), FormatErrorKind::Malformed { .. }));
    }

    #[test]
    fn invalid_utf8_is_an_io_error() {
        let bytes: &[u8] = b"p af 2\n1 \xff\n";
        let e = ArgumentationFramework::read(Format::Iccma, bytes).unwrap_err();
        assert!(matches!(e.kind(), FormatErrorKind::Io(_)));
        assert_eq!(e.position().line(), Some(2));
    }

    #[test]
    fn apx_reads_and_reports() {
        let af = ArgumentationFramework::parse(
            Format::Apx,
            "% comment\narg(a). arg(b).\n\narg( c ).\natt(a,b).\natt(b, c).\natt(a,b).\n",
        )
        .unwrap();
        assert_eq!((af.len(), af.attack_count()), (3, 2));
        let e = err(Format::Apx, "arg(a).\natt(a,");
        assert_eq!(e.position().line(), Some(2));
        assert!(matches!(e.kind(), FormatErrorKind::Malformed { .. }));
        let e = err(Format::Apx, "arg(a).\natt(a,b).\n");
        assert_eq!(e.to_string(), "line 2: unknown argument `b` in attack");
        let e = err(Format::Apx, "arg(a)\n");
        assert!(matches!(e.kind(), FormatErrorKind::Malformed { .. }));
        let e = err(Format::Apx, "foo(a).\n");
        assert!(matches!(e.kind(), FormatErrorKind::Malformed { .. }));
    }

    #[test]
    fn tgf_reads_and_reports() {
        let af = ArgumentationFramework::parse(Format::Tgf, "a label\nb\n#\na b\nb b\n").unwrap();
        assert_eq!((af.len(), af.attack_count()), (2, 2));
        let e = err(Format::Tgf, "a\n#\na\n");
        assert_eq!(e.to_string(), "line 3: expected an attack `a b`, found `a`");
        let e = err(Format::Tgf, "a\n#\na z\n");
        assert!(matches!(e.kind(), FormatErrorKind::UnknownArgument { .. }));
    }

    #[test]
    fn hostile_lines_are_refused_with_their_line() {
        // An endless line (here 2 MiB of zero bytes) is refused at the limit, not buffered.
        let zeros = vec![0u8; 2 * Limits::default().max_line()];
        for format in [Format::Iccma, Format::Apx, Format::Tgf] {
            let e = ArgumentationFramework::read(format, zeros.as_slice()).unwrap_err();
            assert!(
                matches!(e.kind(), FormatErrorKind::LineTooLong { limit } if *limit == Limits::default().max_line()),
                "{format}: {e}"
            );
            assert_eq!(e.position().line(), Some(1));
        }
        // A line of exactly the limit is fine; its end-of-line does not count.
        let mut ok = "p af 1".to_string();
        ok.push_str(&" ".repeat(Limits::default().max_line() - ok.len()));
        ok.push('\n');
        assert!(ArgumentationFramework::parse(Format::Iccma, &ok).is_ok());
    }

    #[test]
    fn a_line_starting_with_p_is_not_a_header() {
        let e = err(Format::Iccma, "p af 2\npizza 1\n");
        assert_eq!(e.position().line(), Some(2));
        assert!(matches!(e.kind(), FormatErrorKind::Malformed { .. }), "{e}");
        let e = err(Format::Iccma, "pizza 1\n");
        assert!(matches!(e.kind(), FormatErrorKind::MissingHeader), "{e}");
    }

    #[test]
    fn tgf_refuses_what_it_would_lose() {
        // NUL bytes are no argument name.
        let e = err(Format::Tgf, "a\n\0\0\0\n");
        assert!(matches!(e.kind(), FormatErrorKind::BadName { .. }), "{e}");
        assert_eq!(e.position().line(), Some(2));
        // Attacks without the `#` line would be read as node labels and dropped.
        let e = err(Format::Tgf, "a\nb\na b\nb a\n");
        assert!(
            matches!(e.kind(), FormatErrorKind::MissingSeparator { .. }),
            "{e}"
        );
        assert_eq!(e.position().line(), Some(3));
        // Labels that are not node names are labels.
        let af = ArgumentationFramework::parse(Format::Tgf, "a first\nb second\n").unwrap();
        assert_eq!((af.len(), af.attack_count()), (2, 0));
    }

    #[test]
    fn writers_refuse_names_they_cannot_round_trip() {
        let mut af = ArgumentationFramework::new();
        af.add_argument("two words");
        let mut out = Vec::new();
        let e = af.write(Format::Tgf, &mut out).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::InvalidInput);
        assert!(out.is_empty());
        assert!(af.write(Format::Apx, &mut out).is_ok());
        let mut af = ArgumentationFramework::new();
        af.add_argument("f(x)");
        assert!(af.write(Format::Apx, &mut Vec::new()).is_err());
        assert!(af.write(Format::Tgf, &mut Vec::new()).is_ok());
        assert!(af.write(Format::Iccma, &mut Vec::new()).is_ok());
    }

    #[test]
    fn round_trips() {
        let text = "arg(x).\narg(y).\narg(z).\natt(x,y).\natt(y,z).\natt(z,z).\n";
        let af = ArgumentationFramework::parse(Format::Apx, text).unwrap();
        for format in [Format::Iccma, Format::Apx, Format::Tgf] {
            let written = af.to_format_string(format);
            let back = ArgumentationFramework::parse(format, &written).unwrap();
            assert_eq!(back.len(), af.len());
            assert_eq!(
                back.attacks().collect::<Vec<_>>(),
                af.attacks().collect::<Vec<_>>()
            );
        }
        assert_eq!(af.to_format_string(Format::Apx), text);
    }
}

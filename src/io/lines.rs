//! The line reader of the line-based formats (GDELT, PLOVER JSON lines): one reused buffer,
//! lines longer than [`Limits::max_line`] skipped without being stored, the byte limit
//! checked as it goes, and a byte-order mark before the first line read past.

use super::{Format, ImportError, Limits, Position};
use std::io::BufRead;

/// One line, without its `\n` (nor a `\r` before it).
pub(crate) enum Line<'a> {
    /// The line's bytes, not checked as UTF-8.
    Bytes(&'a [u8]),
    /// A line longer than the limit: its bytes were skipped.
    TooLong,
}

/// Lines of a reader, numbered from 1.
pub(crate) struct Lines<R> {
    reader: R,
    buf: Vec<u8>,
    number: u64,
    bytes: u64,
    format: Format,
    max_line: usize,
    max_bytes: u64,
}

impl<R: BufRead> Lines<R> {
    pub(crate) fn new(reader: R, format: Format, limits: &Limits) -> Self {
        Lines {
            reader,
            buf: Vec::with_capacity(4096),
            number: 0,
            bytes: 0,
            format,
            max_line: limits.max_line(),
            max_bytes: limits.max_bytes(),
        }
    }

    /// The next line and its number; `None` at the end of the input.
    ///
    /// # Errors
    /// When the reader fails, or the input passes the byte limit.
    pub(crate) fn next_line(&mut self) -> Result<Option<(u64, Line<'_>)>, ImportError> {
        let number = self.number + 1;
        self.buf.clear();
        let mut any = false;
        let mut too_long = false;
        loop {
            let chunk = match self.reader.fill_buf() {
                Ok(c) => c,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(ImportError::io(self.format, Position::line_at(number), &e)),
            };
            if chunk.is_empty() {
                if !any {
                    return Ok(None);
                }
                break;
            }
            any = true;
            let (part, used) = match chunk.iter().position(|&b| b == b'\n') {
                Some(i) => (&chunk[..i], Some(i + 1)),
                None => (chunk, None),
            };
            if !too_long {
                if self.buf.len() + part.len() > self.max_line {
                    too_long = true;
                    self.buf.clear();
                } else {
                    self.buf.extend_from_slice(part);
                }
            }
            let used = used.unwrap_or(chunk.len());
            let done = used > part.len();
            self.reader.consume(used);
            self.bytes += used as u64;
            if self.bytes > self.max_bytes {
                return Err(ImportError::too_large(
                    self.format,
                    Position::line_at(number),
                    &format!("more than the limit of {} bytes", self.max_bytes),
                ));
            }
            if done {
                break;
            }
        }
        self.number = number;
        if too_long {
            return Ok(Some((number, Line::TooLong)));
        }
        let line = self.buf.strip_suffix(b"\r").unwrap_or(&self.buf);
        // A UTF-8 byte-order mark before the first line is not part of it.
        let line = match line.strip_prefix(b"\xEF\xBB\xBF") {
            Some(rest) if number == 1 => rest,
            _ => line,
        };
        Ok(Some((number, Line::Bytes(line))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &[u8], limits: &Limits) -> Vec<Option<Vec<u8>>> {
        let reader = std::io::BufReader::with_capacity(16, input);
        let mut lines = Lines::new(reader, Format::Gdelt, limits);
        let mut out = Vec::new();
        while let Some((n, line)) = lines.next_line().unwrap() {
            assert_eq!(n as usize, out.len() + 1);
            out.push(match line {
                Line::Bytes(b) => Some(b.to_vec()),
                Line::TooLong => None,
            });
        }
        out
    }

    #[test]
    fn long_lines_are_skipped_without_being_stored() {
        let limits = Limits::default().with_max_line(40);
        let mut input = vec![b'x'; 40 * 3];
        input.extend_from_slice(b"\nshort\r\n\nlast");
        let got = lines(&input, &limits);
        assert_eq!(
            got,
            [
                None,
                Some(b"short".to_vec()),
                Some(Vec::new()),
                Some(b"last".to_vec())
            ]
        );
        let reader = std::io::BufReader::with_capacity(8, &input[..]);
        let mut l = Lines::new(reader, Format::Gdelt, &limits);
        assert!(matches!(l.next_line().unwrap(), Some((1, Line::TooLong))));
        assert!(l.buf.capacity() <= 4096);
    }

    #[test]
    fn the_byte_limit_counts_skipped_bytes_too() {
        let limits = Limits::default().with_max_line(4).with_max_bytes(10);
        let reader = std::io::BufReader::with_capacity(4, &b"0123456789\nx\n"[..]);
        let mut l = Lines::new(reader, Format::Plover, &limits);
        let err = l.next_line().err().unwrap();
        assert_eq!(
            err.to_string(),
            "PLOVER: line 1: more than the limit of 10 bytes"
        );
    }
}

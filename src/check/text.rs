//! Text as the checks compare and quote it: normalisation (case and spacing ignored), a fast
//! deterministic hash of normalised allegations, and short excerpts for messages.

use crate::{ActorId, Claim};
use std::hash::{Hash, Hasher};

/// FNV-1a: a small, fast, deterministic hasher for the keys of duplicate detection (the
/// standard hasher is seeded per process unless built by hand, and slower).
pub(super) struct Fnv(u64);

impl Fnv {
    pub(super) fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// The text as compared: lowercase, runs of white space as one space, trimmed.
pub(super) fn normalized(text: &str) -> impl Iterator<Item = char> + '_ {
    text.split_whitespace()
        .enumerate()
        .flat_map(|(i, word)| (i > 0).then_some(' ').into_iter().chain(word.chars()))
        .flat_map(char::to_lowercase)
}

/// Hashes the normalised text (as [`normalized`] yields it) as UTF-8 bytes, with a fast path
/// for ASCII, which most allegations are.
fn hash_text(h: &mut Fnv, text: &str) {
    if text.is_ascii() {
        let mut pending_space = false;
        let mut started = false;
        for &b in text.as_bytes() {
            if char::from(b).is_whitespace() {
                pending_space = started;
            } else {
                if pending_space {
                    h.write_u8(b' ');
                    pending_space = false;
                }
                started = true;
                h.write_u8(b.to_ascii_lowercase());
            }
        }
        return;
    }
    let mut buf = [0u8; 4];
    for c in normalized(text) {
        h.write(c.encode_utf8(&mut buf).as_bytes());
    }
}

/// A hash of the actors a claim is about that ignores their order.
fn about_hash(about: &[ActorId]) -> u64 {
    about.iter().fold(0u64, |acc, a| {
        let mut h = Fnv::new();
        a.hash(&mut h);
        acc.wrapping_add(h.finish())
    })
}

/// Whether two lists name the same actors as often, in any order. Lists are short (the
/// accused of one claim): equal order is checked first, then counts, with no copy.
fn same_about(a: &[ActorId], b: &[ActorId]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    if a == b {
        return true;
    }
    let count = |list: &[ActorId], x: ActorId| list.iter().filter(|&&y| y == x).count();
    a.iter().all(|&x| count(a, x) == count(b, x))
}

/// The key of a claim's allegation: its normalised text and the actors it is about, in any
/// order. Equal claims have equal keys; [`same_allegation`] settles collisions.
pub(super) fn allegation_hash(c: &Claim) -> u64 {
    let mut h = Fnv::new();
    hash_text(&mut h, c.allegation().text());
    h.write_u64(about_hash(c.about()));
    h.finish()
}

/// Whether two claims allege the same (text ignoring case and spacing) about the same actors.
pub(super) fn same_allegation(a: &Claim, b: &Claim) -> bool {
    normalized(a.allegation().text()).eq(normalized(b.allegation().text()))
        && same_about(a.about(), b.about())
}

/// The first 40 characters of `text`, quoted, with `…` where it was cut.
pub(super) fn excerpt(text: &str) -> String {
    const MAX: usize = 40;
    let mut out = String::with_capacity(text.len().min(MAX * 4) + 5);
    out.push('"');
    let mut chars = text.chars();
    out.extend(chars.by_ref().take(MAX));
    if chars.next().is_some() {
        out.push('…');
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slow_hash(text: &str) -> u64 {
        let mut h = Fnv::new();
        let mut buf = [0u8; 4];
        for c in normalized(text) {
            h.write(c.encode_utf8(&mut buf).as_bytes());
        }
        h.finish()
    }

    #[test]
    fn the_ascii_fast_path_hashes_as_the_general_one() {
        for text in [
            "",
            "  a  B\tc\n",
            "Smuggling  migrants ",
            "x\u{b}y",
            "\u{212a}elvin",
        ] {
            let mut h = Fnv::new();
            hash_text(&mut h, text);
            assert_eq!(h.finish(), slow_hash(text), "{text:?}");
        }
        let hash = |t: &str| {
            let mut h = Fnv::new();
            hash_text(&mut h, t);
            h.finish()
        };
        // The Kelvin sign lowercases to an ASCII `k`: both paths meet.
        assert_eq!(hash("\u{212a}elvin"), hash("kelvin"));
        assert_eq!(hash(" Smuggling\u{a0}migrants"), hash("smuggling migrants"));
    }

    #[test]
    fn about_lists_compare_as_multisets() {
        let [a, b, c] = [0, 1, 2].map(ActorId::new);
        assert!(same_about(&[a, b], &[b, a]));
        assert!(same_about(&[a, a, b], &[a, b, a]));
        assert!(!same_about(&[a, a, b], &[a, b, b]));
        assert!(!same_about(&[a, b], &[a, c]));
        assert!(!same_about(&[a], &[a, a]));
        assert!(same_about(&[], &[]));
        assert_eq!(about_hash(&[a, b, c]), about_hash(&[c, a, b]));
    }

    #[test]
    fn excerpts_cut_at_forty_characters() {
        assert_eq!(excerpt("short"), "\"short\"");
        let forty = "é".repeat(40);
        assert_eq!(excerpt(&forty), format!("\"{forty}\""));
        assert_eq!(excerpt(&format!("{forty}x")), format!("\"{forty}…\""));
    }
}

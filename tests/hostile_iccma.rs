//! Hostile input for the ICCMA 2023, APX and TGF readers: endless lines, huge declared sizes,
//! concentrated against spread-out structures, byte flips and truncations. Time is asserted
//! only as a ratio between inputs of the same size, never as an absolute figure.

use claimgraph::argumentation::{ArgumentationFramework, Format, FormatErrorKind};
use claimgraph::io::Limits;
use proptest::prelude::*;
use std::fmt::Write as _;
use std::time::{Duration, Instant};

#[path = "common/proptest_config.rs"]
mod proptest_config;

const FORMATS: [Format; 3] = [Format::Iccma, Format::Apx, Format::Tgf];

/// The fastest of three reads: the least disturbed by whatever else the machine runs.
fn fastest(format: Format, text: &str) -> Duration {
    (0..3)
        .map(|_| {
            let start = Instant::now();
            let af = ArgumentationFramework::parse(format, text).expect("valid input");
            std::hint::black_box(af.attack_count());
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn ratio(slow: Duration, fast: Duration) -> f64 {
    slow.as_secs_f64() / fast.as_secs_f64().max(1e-6)
}

#[test]
fn endless_lines_are_refused_at_the_limit() {
    let limits = Limits::default();
    // Ten times the line limit of zero bytes, no end of line: refused, not buffered.
    let zeros = vec![0u8; limits.max_line() * 10];
    for format in FORMATS {
        let e = ArgumentationFramework::read(format, zeros.as_slice()).unwrap_err();
        assert!(
            matches!(e.kind(), FormatErrorKind::LineTooLong { limit } if *limit == limits.max_line()),
            "{format}: {e}"
        );
        assert_eq!(e.position().line(), Some(1), "{format}");
    }
}

#[test]
fn declared_sizes_cost_nothing_before_the_limit_refuses_them() {
    // 15 bytes declaring 2^27 arguments: refused by the default limits before any allocation.
    let e = ArgumentationFramework::parse(Format::Iccma, "p af 134217728\n").unwrap_err();
    assert!(
        matches!(e.kind(), FormatErrorKind::TooLarge { what: "arguments", limit } if *limit == Limits::default().max_records()),
        "{e}"
    );
    // Past the hard cap it is refused whatever the limits.
    let e = ArgumentationFramework::read_with(
        Format::Iccma,
        &b"p af 99999999999\n"[..],
        &Limits::trusted(),
    )
    .unwrap_err();
    assert!(
        matches!(e.kind(), FormatErrorKind::TooManyArguments { .. }),
        "{e}"
    );
}

#[test]
fn records_and_bytes_are_bounded_by_the_limits() {
    let limits = Limits::default().with_max_records(3);
    let e = ArgumentationFramework::read_with(
        Format::Iccma,
        &b"p af 3\n1 2\n2 3\n3 1\n1 3\n"[..],
        &limits,
    )
    .unwrap_err();
    assert!(
        matches!(
            e.kind(),
            FormatErrorKind::TooLarge {
                what: "attacks",
                ..
            }
        ),
        "{e}"
    );
    assert_eq!(e.position().line(), Some(5));
    let e = ArgumentationFramework::read_with(
        Format::Apx,
        &b"arg(a).\narg(b).\narg(c).\narg(d).\n"[..],
        &limits,
    )
    .unwrap_err();
    assert!(
        matches!(
            e.kind(),
            FormatErrorKind::TooLarge {
                what: "arguments",
                ..
            }
        ),
        "{e}"
    );
    assert_eq!(e.position().line(), Some(4));
    let limits = Limits::default().with_max_bytes(10);
    let e = ArgumentationFramework::read_with(Format::Tgf, &b"a\nb\nc\nd\ne\nf\n"[..], &limits)
        .unwrap_err();
    assert!(
        matches!(e.kind(), FormatErrorKind::TooLarge { what: "bytes", .. }),
        "{e}"
    );
}

#[test]
fn nothing_invalid_is_accepted_in_silence() {
    // A line that starts with `p` is not a header.
    let e = ArgumentationFramework::parse(Format::Iccma, "p af 2\npizza 1\n").unwrap_err();
    assert!(matches!(e.kind(), FormatErrorKind::Malformed { .. }), "{e}");
    // Control characters are no argument name; attacks need TGF's `#` line.
    let e = ArgumentationFramework::parse(Format::Tgf, "\0\0\0\0\n").unwrap_err();
    assert!(matches!(e.kind(), FormatErrorKind::BadName { .. }), "{e}");
    let e = ArgumentationFramework::parse(Format::Tgf, "a\nb\na b\n").unwrap_err();
    assert!(
        matches!(e.kind(), FormatErrorKind::MissingSeparator { .. }),
        "{e}"
    );
    // Invalid UTF-8 is refused at its line.
    let e = ArgumentationFramework::read(Format::Apx, &b"arg(a).\narg(\xff).\n"[..]).unwrap_err();
    assert_eq!(e.position().line(), Some(2));
    // Messages quote at most a short prefix of a huge token.
    let huge = format!("p af 2\n1 {}\n", "9".repeat(50_000));
    let e = ArgumentationFramework::parse(Format::Iccma, &huge).unwrap_err();
    assert!(e.to_string().len() < 300, "{} bytes", e.to_string().len());
}

#[test]
fn concentrated_structures_read_as_fast_as_spread_out_ones() {
    let n = 100_000;
    // ICCMA: one argument attacking every other one, against a chain, same number of attacks.
    let mut star = format!("p af {n}\n");
    let mut chain = format!("p af {n}\n");
    for j in 2..=n {
        let _ = writeln!(star, "1 {j}");
        let _ = writeln!(chain, "{} {j}", j - 1);
    }
    let r = ratio(
        fastest(Format::Iccma, &star),
        fastest(Format::Iccma, &chain),
    );
    eprintln!("ICCMA star / chain time ratio {r:.2}");
    assert!(r < 5.0, "ICCMA star / chain time ratio {r:.2}");
    // APX and TGF: the same shapes with names.
    for format in [Format::Apx, Format::Tgf] {
        let (mut star, mut chain) = (String::new(), String::new());
        let apx = format == Format::Apx;
        for i in 0..n {
            let node = if apx {
                format!("arg(a{i}).")
            } else {
                format!("a{i}")
            };
            let _ = writeln!(star, "{node}");
            let _ = writeln!(chain, "{node}");
        }
        if format == Format::Tgf {
            star.push_str("#\n");
            chain.push_str("#\n");
        }
        for i in 1..n {
            let attack = |from: usize| {
                if apx {
                    format!("att(a{from},a{i}).")
                } else {
                    format!("a{from} a{i}")
                }
            };
            let _ = writeln!(star, "{}", attack(0));
            let _ = writeln!(chain, "{}", attack(i - 1));
        }
        let r = ratio(fastest(format, &star), fastest(format, &chain));
        eprintln!("{format} star / chain time ratio {r:.2}");
        assert!(r < 5.0, "{format} star / chain time ratio {r:.2}");
    }
}

proptest! {
    #![proptest_config(proptest_config::cases(200))]

    /// Byte flips and truncations of a valid file give a framework or a located error, never a
    /// panic; every error names a line within the input.
    #[test]
    fn flipped_and_truncated_files_never_panic(
        format in prop::sample::select(FORMATS.to_vec()),
        cut in 0usize..200,
        flips in prop::collection::vec((0usize..200, any::<u8>()), 0..4),
    ) {
        let text = match format {
            Format::Iccma => "p af 4\n# c\n1 2\n2 3\n3 4\n4 1\n".to_string(),
            Format::Apx => "arg(a).\narg(b).\narg(c).\natt(a,b).\natt(b,c).\n".to_string(),
            Format::Tgf => "a\nb\nc\n#\na b\nb c\n".to_string(),
        };
        let mut bytes = text.into_bytes();
        let len = bytes.len();
        for (at, byte) in flips {
            bytes[at % len] = byte;
        }
        bytes.truncate(cut.min(bytes.len()));
        let lines = bytes.split(|&b| b == b'\n').count() as u64;
        if let Err(e) = ArgumentationFramework::read(format, bytes.as_slice()) {
            let line = e.position().line().unwrap_or(0);
            prop_assert!((1..=lines + 1).contains(&line), "{e}");
        }
    }
}

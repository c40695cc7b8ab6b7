//! ClaimReview reading: every record of `../shared/data/claimreview`, write-then-read of
//! generated graphs, and bad input.
#![cfg(all(feature = "serde", feature = "proptest"))]

#[path = "common/proptest_config.rs"]
mod proptest_config;

#[path = "common/data.rs"]
mod data;

use claimgraph::io::claimreview::{FindingKind, Import, Leaning, Verdict, leaning};
use claimgraph::io::{ImportErrorKind, Limits};
use claimgraph::strategies::graphs;
use claimgraph::{ClaimGraph, RebuttalKind, StatementId};
use proptest::prelude::*;
use std::path::Path;

fn read(path: &Path) -> Import {
    let bytes = std::fs::read(path).unwrap();
    ClaimGraph::from_claim_review(&bytes[..], &Limits::default())
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The reviewer's answer to a claim: its author's name and text (a rebuttal, or the
/// premise of a support).
fn answers(g: &ClaimGraph, c: claimgraph::ClaimId) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = g
        .rebuttals_of(c)
        .map(|(_, r)| {
            (
                g.actor(r.by()).unwrap().name().to_owned(),
                r.text().to_owned(),
            )
        })
        .collect();
    for (_, s) in g.supports_of(c.into()) {
        if let StatementId::Claim(p) = s.premise() {
            let p = g.claim(p).unwrap();
            out.push((
                g.actor(p.claimant()).unwrap().name().to_owned(),
                p.allegation().text().to_owned(),
            ));
        }
    }
    out
}

#[test]
fn every_published_record_is_read() {
    let Some(dir) = data::data_dir_of("every_published_record_is_read", "claimreview") else {
        return;
    };
    let dir = dir.join("meedan-fetch");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            !p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("LICENSE")
        })
        .collect();
    files.sort();
    assert_eq!(files.len(), 24);
    let mut records = 0;
    for f in &files {
        let import = read(f);
        let (g, r) = (import.graph(), import.report());
        records += r.read();
        assert!(r.read() >= 1, "{}: {r}", f.display());
        // Each record is one claim, answered by exactly one review.
        assert_eq!(
            g.claim_count() as u64 - supports(g),
            r.read(),
            "{}: {r}",
            f.display()
        );
        for (c, claim) in g.claims() {
            if g.supports()
                .any(|(_, s)| s.premise() == StatementId::Claim(c))
            {
                continue;
            }
            assert!(!claim.allegation().text().is_empty());
            assert_eq!(answers(g, c).len(), 1, "{}", f.display());
        }
        assert_eq!(r.count(FindingKind::Rejected), 0, "{}: {r}", f.display());
    }
    // 51 ClaimReview objects and one Fact Check Tools claim, as the README counts them.
    assert_eq!(records, 52);
}

fn supports(g: &ClaimGraph) -> u64 {
    g.supports().count() as u64
}

#[test]
fn records_keep_claimant_date_rating_and_reviewer() {
    let Some(dir) = data::data_dir_of("records_keep_claimant", "claimreview") else {
        return;
    };
    let dir = dir.join("meedan-fetch");
    // The Fact Check Tools API shape.
    let import = read(&dir.join("google_fact_check_raw.json"));
    let g = import.graph();
    let (c, claim) = g.claims().next().unwrap();
    assert_eq!(
        g.actor(claim.claimant()).unwrap().name(),
        "FB User-Harshit Pandey"
    );
    assert!(
        claim
            .stated()
            .unwrap()
            .to_string()
            .starts_with("2019-06-20T12:12:40")
    );
    let (_, r) = g.rebuttals_of(c).next().unwrap();
    assert_eq!(r.kind(), RebuttalKind::Denial);
    assert_eq!(g.actor(r.by()).unwrap().name(), "vishvasnews.com");
    assert_eq!(r.text(), "Rated “False”");
    // A claimant whose name is an array; a review by a person.
    let import = read(&dir.join("africa_check_raw.json"));
    let g = import.graph();
    let (c, claim) = g.claims().next().unwrap();
    assert_eq!(
        g.actor(claim.claimant()).unwrap().name(),
        "Mzwandile Masina"
    );
    assert_eq!(
        answers(g, c)[0].1,
        "Rated “Incorrect” (1 on a scale from 1 to 6)"
    );
    // Newtral's API: a politician as claimant, a Spanish rating, the review as a source.
    let import = read(&dir.join("newtral_fact_check_index_raw.json"));
    let g = import.graph();
    let (c, claim) = g.claims().next().unwrap();
    assert_eq!(g.actor(claim.claimant()).unwrap().name(), "Jéssica Albiach");
    assert_eq!(claim.stated().unwrap().to_string(), "2022-10-04");
    let (_, r) = g.rebuttals_of(c).next().unwrap();
    assert_eq!(
        (g.actor(r.by()).unwrap().name(), r.text()),
        ("Newtral", "Rated “Falso”")
    );
    let s = g.source(r.sources()[0]).unwrap();
    assert_eq!(s.date().unwrap().to_string(), "2022-10-08");
    assert!(s.url().unwrap().starts_with("https://www.newtral.es/"));
    // AFP's `@graph` with a date written `2020-06-24 00:03`.
    let import = read(&dir.join("afp_raw.json"));
    assert_eq!(
        import.report().count(FindingKind::Date),
        0,
        "{}",
        import.report()
    );
    // A page whose third ld+json block is not JSON: named, the review still read.
    let import = read(&dir.join("aos_fatos_raw.json"));
    assert_eq!(import.report().count(FindingKind::Malformed), 1);
    assert_eq!(import.graph().claim_count(), 1);
    // Plain HTML.
    assert_eq!(
        read(&dir.join("boom_live_raw.html")).graph().claim_count(),
        1
    );
}

#[test]
fn bad_input_is_an_error_or_a_finding() {
    let limits = Limits::default();
    let read = |s: &str| ClaimGraph::from_claim_review(s.as_bytes(), &limits);
    assert_eq!(
        read("no json, no html").unwrap_err().kind(),
        ImportErrorKind::Structure
    );
    assert_eq!(
        read("{\"a\": ").unwrap_err().kind(),
        ImportErrorKind::Syntax
    );
    let deep = format!("{}{}", "[".repeat(500), "]".repeat(500));
    assert_eq!(read(&deep).unwrap_err().kind(), ImportErrorKind::TooLarge);
    // Records without a claim, unknown types, a broken block: findings, the rest read.
    let import = read(
        r#"{"page": "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\"}</script> <script type=\"application/ld+json\">{oops</script>",
           "more": [{"@type": "ClaimReview"},
                    {"@type": "ClaimReview", "claimReviewed": "x", "reviewRating": {"alternateName": "Hmm"},
                     "itemReviewed": {"datePublished": "soon"}}]}"#,
    )
    .unwrap();
    let r = import.report();
    for kind in [
        FindingKind::NotClaimReview,
        FindingKind::Malformed,
        FindingKind::Claimant,
        FindingKind::Reviewer,
        FindingKind::Date,
        FindingKind::Rating,
    ] {
        assert!(r.count(kind) >= 1, "{kind:?}: {r}");
    }
    assert_eq!(import.graph().claim_count(), 1);
}

#[test]
fn ratings_lean_by_scale_then_words() {
    assert_eq!(leaning(Some("True"), Some((1, 1, 5))), Leaning::False);
    assert_eq!(leaning(Some("Mostly false"), None), Leaning::False);
    assert_eq!(leaning(Some("Not true"), None), Leaning::False);
    assert_eq!(leaning(Some("Mostly true"), None), Leaning::True);
    assert_eq!(leaning(Some("Missing context"), None), Leaning::Mixed);
    assert_eq!(leaning(Some("Unproven"), None), Leaning::Unknown);
    assert_eq!(leaning(Some("3"), Some((3, 1, 5))), Leaning::Mixed);
}

const RATINGS: [(&str, Leaning); 4] = [
    ("False", Leaning::False),
    ("True", Leaning::True),
    ("Half true", Leaning::Mixed),
    ("Misleading", Leaning::False),
];

proptest! {
    #![proptest_config(proptest_config::cases(48))]

    /// Writing one claim's review and reading it back keeps the claim, its author, its
    /// date, the rating and the reviewer, and the thread of rebuttals.
    #[test]
    fn write_then_read_keeps_claim_author_date_rating_reviewer(
        g in graphs().claims(1..=6),
        pick in any::<prop::sample::Index>(),
        rating in 0..RATINGS.len(),
    ) {
        let claims: Vec<_> = g.claims().map(|(c, _)| c).collect();
        prop_assume!(!claims.is_empty());
        let c = claims[pick.index(claims.len())];
        let (words, lean) = RATINGS[rating];
        let verdict = Verdict::new("Example Fact Check", words, "2024-02-03".parse().unwrap())
            .with_url("https://factcheck.example.org/1");
        let text = g.to_claim_review(c, &verdict).unwrap();
        let import = ClaimGraph::from_claim_review(text.as_bytes(), &Limits::default()).unwrap();
        let back = import.graph();
        let original = g.claim(c).unwrap();
        let (bc, claim) = back
            .claims()
            .find(|(_, x)| x.allegation() .text() == original.allegation().text()
                && back.actor(x.claimant()).unwrap().name() != "Example Fact Check")
            .unwrap();
        prop_assert_eq!(
            back.actor(claim.claimant()).unwrap().name(),
            g.actor(original.claimant()).unwrap().name()
        );
        prop_assert_eq!(claim.stated(), original.stated());
        let review: Vec<_> = answers(back, bc)
            .into_iter()
            .filter(|(by, _)| by == "Example Fact Check")
            .collect();
        prop_assert_eq!(review.len(), 1);
        prop_assert_eq!(&review[0].1, &format!("Rated “{words}”"));
        prop_assert_eq!(lean == Leaning::True, back.supports().count() == 1);
        // The thread written as comments comes back as rebuttals (the review's own aside).
        let thread = thread_size(&g, c);
        let reviews = usize::from(lean != Leaning::True);
        prop_assert_eq!(back.rebuttal_count(), thread + reviews);
    }
}

fn thread_size(g: &ClaimGraph, c: claimgraph::ClaimId) -> usize {
    let mut seen = std::collections::BTreeSet::new();
    let mut stack: Vec<StatementId> = vec![c.into()];
    while let Some(s) = stack.pop() {
        for (r, _) in g.rebuttals_of(s) {
            if seen.insert(r) {
                stack.push(r.into());
            }
        }
    }
    seen.len()
}

proptest! {
    #![proptest_config(proptest_config::cases(64))]

    /// Cutting or corrupting a written review gives an error or a report, never a panic.
    #[test]
    fn mutated_reviews_never_panic(cut in 0usize..3000, flip in 0usize..3000, byte in any::<u8>()) {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/scenarios/finland-russia-2023.json"
        ))
        .unwrap();
        let g = ClaimGraph::from_json(&text).unwrap();
        let verdict = Verdict::new("F", "False", "2024-01-02".parse().unwrap());
        let review = g.to_claim_review(claimgraph::ClaimId::new(0), &verdict).unwrap();
        let page = format!("<html><script type=\"application/ld+json\">{review}</script></html>");
        for text in [review, page] {
            let mut bytes = text.into_bytes();
            let f = flip % bytes.len();
            bytes[f] = byte;
            bytes.truncate(bytes.len() - cut.min(bytes.len()));
            let _ = ClaimGraph::from_claim_review(&bytes[..], &Limits::default());
        }
    }
}

#[test]
fn pages_nested_in_pages_stop_at_a_bound() {
    // A page whose ld+json holds a JSON string holding a page, and so on, ten deep.
    let mut doc = r#"{"@type": "ClaimReview", "claimReviewed": "deep"}"#.to_owned();
    for _ in 0..10 {
        let page = format!("<script type=\"application/ld+json\">{doc}</script>");
        // `<\/script>` in the JSON string, as pages must write it inside a script element.
        doc = serde_json::json!({ "page": page })
            .to_string()
            .replace("</script>", "<\\/script>");
    }
    let import = ClaimGraph::from_claim_review(doc.as_bytes(), &Limits::default()).unwrap();
    assert_eq!(import.graph().claim_count(), 0);
    assert!(
        import
            .report()
            .findings()
            .iter()
            .any(|f| f.message().contains("nested in a page"))
    );
}

//! ClaimReview export of the reference scenario, checked against the schema.org vocabulary:
//! every `@type` a real type, every property one that schema.org defines on that type or a
//! supertype.
#![cfg(feature = "serde")]

#[allow(dead_code)]
#[path = "../examples/finland_russia.rs"]
mod example;

use claimgraph::io::claimreview::Verdict;
use claimgraph::{ClaimGraph, ClaimId};
use serde_json::Value;

/// schema.org types used, with their supertype (schema.org 28, https://schema.org/docs/full.html).
const TYPES: &[(&str, &str)] = &[
    ("Thing", ""),
    ("CreativeWork", "Thing"),
    ("Review", "CreativeWork"),
    ("ClaimReview", "Review"),
    ("Claim", "CreativeWork"),
    ("Comment", "CreativeWork"),
    ("Intangible", "Thing"),
    ("Rating", "Intangible"),
    ("Organization", "Thing"),
    ("Person", "Thing"),
];

/// schema.org properties used, with the type that defines them (their domain).
const PROPERTIES: &[(&str, &str)] = &[
    ("name", "Thing"),
    ("alternateName", "Thing"),
    ("url", "Thing"),
    ("sameAs", "Thing"),
    ("author", "CreativeWork"),
    ("author", "Rating"),
    ("datePublished", "CreativeWork"),
    ("dateCreated", "CreativeWork"),
    ("about", "CreativeWork"),
    ("comment", "CreativeWork"),
    ("text", "CreativeWork"),
    ("itemReviewed", "Review"),
    ("reviewRating", "Review"),
    ("claimReviewed", "ClaimReview"),
    ("appearance", "Claim"),
    ("firstAppearance", "Claim"),
    ("parentItem", "Comment"),
    ("ratingValue", "Rating"),
    ("bestRating", "Rating"),
    ("worstRating", "Rating"),
    ("ratingExplanation", "Rating"),
];

fn is_a(ty: &str, domain: &str) -> bool {
    let mut t = ty;
    loop {
        if t == domain {
            return true;
        }
        match TYPES.iter().find(|(name, _)| *name == t) {
            Some((_, parent)) if !parent.is_empty() => t = parent,
            _ => return false,
        }
    }
}

/// Checks every node of the JSON-LD tree (iteratively); returns the types seen.
fn validate(root: &Value) -> Vec<String> {
    let mut seen = Vec::new();
    let mut stack = vec![root];
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(a) => stack.extend(a),
            Value::Object(o) => {
                let Some(ty) = o.get("@type").and_then(Value::as_str) else {
                    // A reference: nothing but `@id`.
                    assert!(o.keys().all(|k| k == "@id"), "untyped node {o:?}");
                    continue;
                };
                assert!(
                    TYPES.iter().any(|(t, _)| *t == ty),
                    "{ty} is not a schema.org type we know"
                );
                seen.push(ty.to_owned());
                for (k, val) in o {
                    if k.starts_with('@') {
                        assert!(["@type", "@id", "@context"].contains(&k.as_str()), "{k}");
                        continue;
                    }
                    assert!(
                        PROPERTIES
                            .iter()
                            .any(|(p, domain)| p == k && is_a(ty, domain)),
                        "{k} is not a schema.org property of {ty}"
                    );
                    stack.push(val);
                }
            }
            _ => {}
        }
    }
    seen
}

#[test]
fn the_scenario_accusation_as_a_claim_review() {
    let g: ClaimGraph = example::finland_russia().unwrap();
    let verdict = Verdict::new(
        "Example Fact Check",
        "Plausible",
        "2023-11-21".parse().unwrap(),
    )
    .with_url("https://factcheck.example.org/finland-border")
    .with_rating(4, 1, 5)
    .with_explanation("Belarus did the same in 2021.");
    let text = g.to_claim_review(ClaimId::new(0), &verdict).unwrap();
    let review: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(review["@context"], "https://schema.org");
    assert_eq!(review["@type"], "ClaimReview");
    assert_eq!(
        review["claimReviewed"],
        "deliberately smuggling asylum seekers across the border"
    );
    assert_eq!(review["datePublished"], "2023-11-21");
    let item = &review["itemReviewed"];
    assert_eq!(item["@type"], "Claim");
    assert_eq!(item["author"]["name"], "Finnish government");
    assert_eq!(item["author"]["@type"], "Organization");
    assert_eq!(item["datePublished"], "2023-11");
    assert_eq!(item["about"][0]["name"], "Russia");
    assert_eq!(
        item["about"][0]["sameAs"],
        "https://www.wikidata.org/wiki/Q159"
    );
    // Where the claim appeared: the article, which is also its first dated appearance.
    assert_eq!(item["appearance"][0]["@type"], "CreativeWork");
    assert_eq!(item["appearance"][0]["datePublished"], "2023-11-20");
    assert_eq!(item["firstAppearance"], item["appearance"][0]);
    // The thread: Peskov's three answers and the article's rebuttal of the dismissal.
    let comments = item["comment"].as_array().unwrap();
    let names: Vec<&str> = comments
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["denial", "undermine", "dismissal", "denial"]);
    assert_eq!(comments[0]["author"]["name"], "Dmitry Peskov");
    assert_eq!(comments[0]["author"]["@type"], "Person");
    assert_eq!(comments[3]["parentItem"][0]["@id"], "#R2");
    let rating = &review["reviewRating"];
    assert_eq!(rating["alternateName"], "Plausible");
    assert_eq!(rating["author"]["name"], "Example Fact Check");
    assert_eq!(
        (
            rating["ratingValue"].as_i64(),
            rating["bestRating"].as_i64()
        ),
        (Some(4), Some(5))
    );
    let types = validate(&review);
    for t in [
        "ClaimReview",
        "Claim",
        "Rating",
        "Organization",
        "Person",
        "Comment",
    ] {
        assert!(types.iter().any(|s| s == t), "{t} not used");
    }
}

#[test]
fn a_missing_claim_is_an_error_naming_it() {
    let g = ClaimGraph::new();
    let v = Verdict::new("F", "False", "2023".parse().unwrap());
    let e = g.to_claim_review(ClaimId::new(7), &v).unwrap_err();
    assert_eq!(e.to_string(), "C7 is not in the graph");
}

#[test]
fn the_validator_rejects_what_schema_org_does_not_define() {
    let bad: Value = serde_json::json!({"@type": "Rating", "datePublished": "2023"});
    assert!(std::panic::catch_unwind(|| validate(&bad)).is_err());
    let bad: Value = serde_json::json!({"@type": "Verdict"});
    assert!(std::panic::catch_unwind(|| validate(&bad)).is_err());
}

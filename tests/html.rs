//! The HTML report: the scenario's page, links that all land, hostile text escaped, and
//! generated graphs of every shape. `.ci/html.sh` loads the scenario's page in Chromium.
#![cfg(all(feature = "html", feature = "serde", feature = "proptest"))]

#[path = "common/proptest_config.rs"]
mod proptest_config;

use claimgraph::io::html::{MAX_DRAWN, Options};
use claimgraph::strategies::graphs;
use claimgraph::{Actor, ActorKind, Allegation, Claim, ClaimGraph, SpeechAct};
use proptest::prelude::*;
use std::collections::BTreeSet;

fn scenario() -> ClaimGraph {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/scenarios/finland-russia-2023.json"
    ))
    .unwrap();
    ClaimGraph::from_json(&text).unwrap()
}

/// Every value of `attr="..."` in the page.
fn values<'p>(page: &'p str, attr: &str) -> Vec<&'p str> {
    let key = format!(" {attr}=\"");
    page.match_indices(&key)
        .map(|(i, _)| {
            let rest = &page[i + key.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect()
}

/// Internal links without a target in the page.
fn broken_links(page: &str) -> Vec<String> {
    let ids: BTreeSet<&str> = values(page, "id").into_iter().collect();
    values(page, "href")
        .into_iter()
        .filter_map(|h| h.strip_prefix('#'))
        .filter(|h| !ids.contains(h))
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_scenario_page_holds_every_statement_actor_and_source() {
    let g = scenario();
    let page = Options::new().with_title("Finland and Russia").write(&g);
    assert_eq!(
        page,
        Options::new().with_title("Finland and Russia").write(&g)
    );
    let ids: BTreeSet<&str> = values(&page, "id").into_iter().collect();
    for (c, _) in g.claims() {
        assert!(ids.contains(c.to_string().as_str()), "{c}");
    }
    for (r, _) in g.rebuttals() {
        assert!(ids.contains(r.to_string().as_str()), "{r}");
    }
    for (a, _) in g.actors() {
        assert!(ids.contains(a.to_string().as_str()), "{a}");
    }
    for (s, _) in g.sources() {
        assert!(ids.contains(s.to_string().as_str()), "{s}");
    }
    assert!(broken_links(&page).is_empty(), "{:?}", broken_links(&page));
    // The graph is drawn, each box a link; statuses in words, not colour alone.
    assert_eq!(page.matches("<svg").count(), 1);
    assert!(page.contains("<a href=\"#C0\" aria-label=\"C0 · Finnish government"));
    assert!(page.contains("✗ defeated") && page.contains("✓ stands"));
    // Self-contained, and printable.
    for fetch in ["<script", "<link", "<img", "@import", " src="] {
        assert!(!page.contains(fetch), "{fetch}");
    }
    assert!(page.contains("@media print"));
}

#[test]
fn text_from_the_data_is_escaped() {
    let mut g = ClaimGraph::new();
    let a = g
        .add_actor(Actor::new(
            "<b onmouseover=\"x\">Eve</b>",
            ActorKind::Person,
        ))
        .unwrap();
    g.add_claim(Claim::new(
        a,
        SpeechAct::Assertion,
        Allegation::new("</style><script>alert(1)</script>"),
    ))
    .unwrap();
    let page = g.to_html();
    assert!(!page.contains("<script>"));
    assert!(!page.contains("<b onmouseover"));
    assert!(page.contains("&lt;/style&gt;&lt;script&gt;"));
}

#[test]
fn large_disputes_are_listed_but_not_drawn() {
    let mut g = ClaimGraph::new();
    let a = g.add_actor(Actor::new("A", ActorKind::Person)).unwrap();
    let b = g.add_actor(Actor::new("B", ActorKind::Person)).unwrap();
    let mut last = None;
    for i in 0..=MAX_DRAWN {
        let c = g
            .add_claim(Claim::new(
                a,
                SpeechAct::Assertion,
                Allegation::new(format!("claim {i}")),
            ))
            .unwrap();
        if let Some(prev) = last {
            g.add_rebuttal(claimgraph::Rebuttal::new(
                b,
                claimgraph::RebuttalKind::Denial,
                prev,
            ))
            .unwrap();
        }
        last = Some(c);
    }
    let page = g.to_html();
    assert!(!page.contains("<svg"));
    assert!(page.contains("too many to draw"));
    assert!(page.contains(&format!("id=\"C{MAX_DRAWN}\"")));
}

proptest! {
    #![proptest_config(proptest_config::cases(32))]

    /// Any graph gives a page whose internal links all land, with one box per statement
    /// in an exchange.
    #[test]
    fn every_link_lands(g in graphs()) {
        let page = g.to_html();
        prop_assert!(page.ends_with("</html>\n"));
        prop_assert!(broken_links(&page).is_empty(), "{:?}", broken_links(&page));
        let boxes = page.matches("<rect class=").count();
        let in_exchange: BTreeSet<String> = g
            .rebuttals()
            .flat_map(|(r, reb)| {
                std::iter::once(r.to_string()).chain(reb.statements().map(|s| s.to_string()))
            })
            .chain(g.supports().flat_map(|(_, s)| [s.premise().to_string(), s.conclusion().to_string()]))
            .collect();
        prop_assert_eq!(boxes, in_exchange.len());
    }
}

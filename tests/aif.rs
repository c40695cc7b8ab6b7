//! AIF import and export: the 14 real maps of `../shared/data/aif`, round trips of generated
//! graphs, and mutated real files that must never panic.
#![cfg(feature = "serde")]

#[path = "common/proptest_config.rs"]
mod proptest_config;

#[path = "common/data.rs"]
mod data;

use claimgraph::io::Limits;
use claimgraph::io::aif::FindingKind;
use claimgraph::{ClaimGraph, RebuttalKind, StatementId, Target};
use proptest::prelude::*;

#[test]
fn every_real_map_imports_and_reports_what_it_leaves_out() {
    let Some(dir) = data::data_dir("every_real_map_imports") else {
        return;
    };
    let files = data::aif_files(&dir);
    assert_eq!(files.len(), 14, "the README lists 14 maps");
    let mut rebuttals = 0;
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        let import = ClaimGraph::from_aif(&text).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let g = import.graph();
        let r = import.report();
        let i_nodes = r.read_of_type("I") as usize;
        // Every I node is a statement (claim or rebuttal).
        assert_eq!(
            g.claim_count() + g.rebuttal_count(),
            i_nodes,
            "{}",
            f.display()
        );
        assert_eq!(
            r.count(FindingKind::Rephrase),
            r.read_of_type("MA"),
            "{}",
            f.display()
        );
        assert_eq!(
            r.count(FindingKind::Transition),
            r.read_of_type("TA"),
            "{}",
            f.display()
        );
        assert_eq!(r.count(FindingKind::Malformed), 0, "{}", f.display());
        if r.read_of_type("CA") > 0 {
            assert!(g.rebuttal_count() > 0, "{}", f.display());
        }
        rebuttals += g.rebuttal_count();
        // Exporting and importing again keeps the statements.
        let again = ClaimGraph::from_aif(&g.to_aif()).unwrap();
        assert_eq!(
            again.graph().claim_count(),
            g.claim_count(),
            "{}",
            f.display()
        );
        assert_eq!(again.graph().rebuttal_count(), g.rebuttal_count());
        assert_eq!(
            again.graph().count(claimgraph::EntityKind::Support),
            g.count(claimgraph::EntityKind::Support)
        );
    }
    assert!(rebuttals > 100);
}

#[test]
fn dialogical_maps_name_their_speakers_and_dates() {
    let Some(dir) = data::data_dir("dialogical_maps") else {
        return;
    };
    let text = std::fs::read_to_string(dir.join("aif/qt30/nodeset24809.json")).unwrap();
    let import = ClaimGraph::from_aif(&text).unwrap();
    let g = import.graph();
    // "Ian Murray : We're an island nation ..." anchors I node 655681.
    let s = import.statement("655681").expect("I node 655681");
    let st = g.statement(s).unwrap();
    assert_eq!(g.actor(st.author()).unwrap().name(), "Ian Murray");
    assert_eq!(st.stated().unwrap().to_string(), "2020-10-15T21:51:43Z");
    assert!(g.actors().any(|(_, a)| a.name() == "Audience Member"));
}

/// What AIF keeps of a graph, with statements named by their position in a canonical order.
#[cfg_attr(not(feature = "proptest"), allow(dead_code))] // used by the round trip below
fn kept(g: &ClaimGraph, name: impl Fn(StatementId) -> String) -> Vec<String> {
    let who = |a| g.actor(a).map_or("?", claimgraph::Actor::name).to_owned();
    let mut out = Vec::new();
    for (id, c) in g.claims() {
        // AIF names no accused: an accusation comes back as an assertion.
        let act = match c.act() {
            claimgraph::SpeechAct::Accusation => claimgraph::SpeechAct::Assertion,
            act => act,
        };
        out.push(format!(
            "{} {act} by {} {:?}: {}",
            name(id.into()),
            who(c.claimant()),
            c.stated(),
            c.allegation().text()
        ));
    }
    for (id, r) in g.rebuttals() {
        // AIF carries answers to claims and rebuttals as a whole; answers to an alternative,
        // a source, an event or a support have no node. A rebuttal answering only those comes
        // back as a claim of its own: a denial, read from its "Disagreeing".
        let answers: Vec<String> = r
            .answers()
            .iter()
            .filter_map(|t| match t {
                Target::Claim(c) => Some(name((*c).into())),
                Target::Rebuttal(r) => Some(name((*r).into())),
                _ => None,
            })
            .collect();
        if answers.is_empty() {
            out.push(format!(
                "{} {} by {} {:?}: {}",
                name(id.into()),
                claimgraph::SpeechAct::Denial,
                who(r.by()),
                r.stated(),
                r.text()
            ));
            continue;
        }
        out.push(format!(
            "{} {} by {} {:?} answers {:?}: {}",
            name(id.into()),
            r.kind(),
            who(r.by()),
            r.stated(),
            answers,
            r.text()
        ));
    }
    for (_, s) in g.supports() {
        out.push(format!(
            "{} supports {}: {}",
            name(s.premise()),
            name(s.conclusion()),
            s.text()
        ));
    }
    out.sort();
    out
}

proptest! {
    #![proptest_config(proptest_config::cases(64))]

    /// Byte flips and truncations of a real map give an error or a graph, never a panic.
    #[test]
    fn mutated_real_maps_never_panic(
        file in 0usize..14,
        flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..8),
        cut in any::<prop::sample::Index>(),
    ) {
        let Some(dir) = data::data_dir("mutated_real_maps") else { return Ok(()); };
        let files = data::aif_files(&dir);
        let mut bytes = std::fs::read(&files[file % files.len()]).unwrap();
        for (at, b) in flips {
            let i = at.index(bytes.len());
            bytes[i] = b;
        }
        let keep = cut.index(bytes.len() + 1).max(bytes.len() / 2);
        bytes.truncate(keep);
        if let Ok(import) = ClaimGraph::from_aif_reader(&bytes[..], &Limits::default()) {
            let g = import.graph();
            for (_, r) in g.rebuttals() {
                prop_assert!(!r.answers().is_empty());
            }
        }
    }
}

#[test]
fn errors_say_where() {
    let e = ClaimGraph::from_aif("{\"nodes\": [\n{\"nodeID\": }]}").unwrap_err();
    assert_eq!(e.position().line(), Some(2));
    assert_eq!(e.position().column(), Some(12));
    let e = ClaimGraph::from_aif("{\"edges\": []}").unwrap_err();
    assert_eq!(e.position().path(), "nodes");
    let i = ClaimGraph::from_aif(
        r#"{"nodes": [{"type": "I"}, 3, {"nodeID": "1", "type": "I"}], "edges": [{"fromID": "1", "toID": "2"}]}"#,
    )
    .unwrap();
    let paths: Vec<&str> = i
        .report()
        .findings()
        .iter()
        .map(|f| f.position().path())
        .collect();
    assert_eq!(paths, ["nodes[0]", "nodes[1]", "edges[0]"]);
}

#[test]
fn limits_bound_what_a_map_may_cost() {
    use claimgraph::io::ImportErrorKind;
    let aif = r#"{"nodes": [{"nodeID": "1", "type": "I", "text": "a"}, {"nodeID": "2", "type": "I", "text": "b"}]}"#;
    let one = Limits::default().with_max_records(1);
    let e = ClaimGraph::from_aif_reader(aif.as_bytes(), &one).unwrap_err();
    assert_eq!(e.kind(), ImportErrorKind::TooLarge);
    assert_eq!(
        e.to_string(),
        "AIF: nodes[1]: more than the limit of 1 records"
    );
    let deep = format!(
        r#"{{"nodes": [], "x": {}{}}}"#,
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let e = ClaimGraph::from_aif(&deep).unwrap_err();
    assert_eq!(e.kind(), ImportErrorKind::TooLarge);
    assert_eq!(
        (e.position().line(), e.position().column()),
        (Some(1), Some(83))
    );
    let e = ClaimGraph::from_aif_reader(aif.as_bytes(), &Limits::default().with_max_bytes(10))
        .unwrap_err();
    assert_eq!(e.message(), "more than the limit of 10 bytes");
    // Within the limits, the same map reads.
    let import = ClaimGraph::from_aif_reader(aif.as_bytes(), &Limits::default()).unwrap();
    assert_eq!(import.graph().claim_count(), 2);
}

#[test]
fn the_report_counts_every_kind_and_shows_where() {
    let aif = r#"{"nodes": [
        {"nodeID": "1", "type": "I", "text": "A"}, {"nodeID": "1", "type": "I", "text": "again"},
        {"nodeID": "m", "type": "MA"}, {"nodeID": "n", "type": "MA"}, {"nodeID": "o", "type": "MA"},
        {"nodeID": "p", "type": "MA"}],
      "edges": [{"fromID": "1", "toID": "9"}]}"#;
    let import = ClaimGraph::from_aif(aif).unwrap();
    assert_eq!(
        import.report().to_string(),
        "AIF: read 6 nodes (I: 1, MA: 4); added 1 actor, 1 claim\n\
         4 × MA rephrase node not represented (nodes[2], nodes[3], nodes[4], …)\n\
         2 × edge to a missing node, or repeated node id (nodes[1], edges[0])\n"
    );
}

#[test]
fn undercuts_and_attack_cycles_are_imported_and_reported() {
    let aif = r#"{"nodes": [
        {"nodeID": "a", "type": "I", "text": "A"}, {"nodeID": "b", "type": "I", "text": "B"},
        {"nodeID": "c", "type": "I", "text": "C"}, {"nodeID": "ra", "type": "RA", "text": "Default Inference"},
        {"nodeID": "x", "type": "CA", "text": "Default Conflict"},
        {"nodeID": "p", "type": "I", "text": "P"}, {"nodeID": "q", "type": "I", "text": "Q"},
        {"nodeID": "y1", "type": "CA"}, {"nodeID": "y2", "type": "CA"}],
      "edges": [
        {"fromID": "a", "toID": "ra"}, {"fromID": "ra", "toID": "b"},
        {"fromID": "c", "toID": "x"}, {"fromID": "x", "toID": "ra"},
        {"fromID": "p", "toID": "y1"}, {"fromID": "y1", "toID": "q"},
        {"fromID": "q", "toID": "y2"}, {"fromID": "y2", "toID": "p"}]}"#;
    let i = ClaimGraph::from_aif(aif).unwrap();
    let g = i.graph();
    let c = i.statement("c").unwrap().as_rebuttal().unwrap();
    assert_eq!(g.rebuttal(c).unwrap().kind(), RebuttalKind::Undercut);
    assert_eq!(
        g.rebuttal(c).unwrap().answers(),
        [i.statement("b").unwrap().into()]
    );
    assert_eq!(i.report().count(FindingKind::Undercut), 1);
    // p and q only attack each other: p starts as a claim, q rebuts it.
    assert!(i.statement("p").unwrap().as_claim().is_some());
    assert!(i.statement("q").unwrap().as_rebuttal().is_some());
    assert_eq!(i.report().count(FindingKind::AttackCycle), 1);
}

/// Round trips of generated graphs (the strategies need the `proptest` feature).
#[cfg(feature = "proptest")]
mod round_trip {
    use super::{kept, proptest_config};
    use claimgraph::io::aif::FindingKind;
    use claimgraph::strategies::graphs;
    use claimgraph::{ClaimGraph, StatementId};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(proptest_config::cases(64))]

        /// Export then import keeps claims (text, claimant's name, date, speech act but accusation), rebuttals (kind, author's
        /// name, text, date, answers in order, as CA nodes) and supports (as RA nodes).
        #[test]
        fn export_then_import_keeps_statements_speakers_and_dates(g in graphs()) {
            let aif = g.to_aif();
            let import = ClaimGraph::from_aif(&aif).unwrap();
            prop_assert!(import.report().findings().iter().all(|n| n.kind() == FindingKind::Timestamps));
            let back = import.graph();
            let before = kept(&g, |s| s.to_string());
            // Name each imported statement by the original it came from: export uses ids as node ids.
            let mut original = std::collections::BTreeMap::new();
            for (id, _) in g.claims() {
                original.insert(import.statement(&id.to_string()).unwrap(), StatementId::from(id));
            }
            for (id, _) in g.rebuttals() {
                original.insert(import.statement(&id.to_string()).unwrap(), StatementId::from(id));
            }
            let after = kept(back, |s| original[&s].to_string());
            prop_assert_eq!(before, after);
            // And the AIF is stable: a second round trip writes the same statements.
            prop_assert_eq!(ClaimGraph::from_aif(&back.to_aif()).unwrap().graph().claim_count(), back.claim_count());
        }

    }
}

#[test]
fn a_long_attack_chain_in_reverse_order_imports_in_linear_time() {
    // I0 <- I1 <- ... <- I(n-1), each attacking the one before, written last first.
    let n = 50_000; // quadratic passes over the pending list would take minutes here
    let mut nodes = Vec::new();
    let mut edges = Vec::new();
    for i in (0..n).rev() {
        nodes.push(format!(
            r#"{{"nodeID": "i{i}", "type": "I", "text": "statement {i}"}}"#
        ));
        if i > 0 {
            nodes.push(format!(
                r#"{{"nodeID": "x{i}", "type": "CA", "text": "Default Conflict"}}"#
            ));
            edges.push(format!(r#"{{"fromID": "i{i}", "toID": "x{i}"}}"#));
            edges.push(format!(r#"{{"fromID": "x{i}", "toID": "i{}"}}"#, i - 1));
        }
    }
    let aif = format!(
        r#"{{"nodes": [{}], "edges": [{}]}}"#,
        nodes.join(","),
        edges.join(",")
    );
    let start = std::time::Instant::now();
    let import = ClaimGraph::from_aif(&aif).unwrap();
    assert!(start.elapsed().as_secs() < 60, "{:?}", start.elapsed());
    let g = import.graph();
    assert_eq!(g.claim_count(), 1);
    assert_eq!(g.rebuttal_count(), n - 1);
    let last = import
        .statement(&format!("i{}", n - 1))
        .unwrap()
        .as_rebuttal()
        .unwrap();
    let before = import.statement(&format!("i{}", n - 2)).unwrap();
    assert_eq!(g.rebuttal(last).unwrap().answers(), [before.into()]);
    // And back out again.
    let again = ClaimGraph::from_aif(&g.to_aif()).unwrap();
    assert_eq!(again.graph().rebuttal_count(), n - 1);
}

//! Hostile shapes for the dispute layer: every statement's status and explanation (what the
//! `status` command prints) cost time linear in the dispute, whether the rebuttals all answer
//! one claim, form one long chain, or are spread over many claims. Time is asserted only as a
//! ratio between disputes of the same size.

use claimgraph::argumentation::Semantics;
use claimgraph::dispute::DeriveOptions;
use claimgraph::*;
use std::time::{Duration, Instant};

#[derive(Clone, Copy)]
enum Shape {
    /// One claim, every rebuttal answering it.
    Star,
    /// One claim, each rebuttal answering the one before.
    Chain,
    /// A claim per two rebuttals.
    Spread,
}

fn dispute_of(shape: Shape, rebuttals: u32) -> ClaimGraph {
    let mut g = ClaimGraph::new();
    let a = g.add_actor(Actor::new("A", ActorKind::State)).unwrap();
    let b = g.add_actor(Actor::new("B", ActorKind::State)).unwrap();
    let accuse = |g: &mut ClaimGraph| {
        g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b))
            .unwrap()
    };
    let first = accuse(&mut g);
    let mut last: StatementId = first.into();
    let mut claim = first;
    for i in 0..rebuttals {
        let by = if i % 2 == 0 { b } else { a };
        let answers: StatementId = match shape {
            Shape::Star => first.into(),
            Shape::Chain => last,
            Shape::Spread => {
                if i % 2 == 0 && i > 0 {
                    claim = accuse(&mut g);
                }
                claim.into()
            }
        };
        let r = g
            .add_rebuttal(Rebuttal::new(by, RebuttalKind::Denial, answers).with_text("no"))
            .unwrap();
        last = r.into();
    }
    g
}

/// The fastest of three runs of every status and every explanation, printed as `status` does.
fn fastest(g: &ClaimGraph) -> Duration {
    (0..3)
        .map(|_| {
            let start = Instant::now();
            let d = g.dispute(DeriveOptions::default());
            let statuses = d.statuses(Semantics::Grounded);
            let printed: usize = d
                .explain_all(Semantics::Grounded)
                .iter()
                .map(|e| e.to_string().len())
                .sum();
            assert_eq!(statuses.len(), g.claim_count() + g.rebuttal_count());
            std::hint::black_box(printed);
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

#[test]
fn statuses_and_explanations_are_linear_in_every_shape() {
    let n = 20_000;
    let spread = fastest(&dispute_of(Shape::Spread, n));
    for (name, shape) in [("star", Shape::Star), ("chain", Shape::Chain)] {
        let t = fastest(&dispute_of(shape, n));
        let ratio = t.as_secs_f64() / spread.as_secs_f64().max(1e-6);
        eprintln!("{name} / spread time ratio {ratio:.2}");
        assert!(ratio < 5.0, "{name} / spread time ratio {ratio:.2}");
    }
}

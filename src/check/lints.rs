//! The registry of lints: each a `static` documented with its explanation, the same text
//! [`Lint::explanation`] returns and `claimgraph lints --explain` prints, and all of them in
//! [`LINTS`], in code order.
//!
//! Codes are assigned once, in the order lints were added, and never reused: a retired lint
//! keeps its code and no other lint takes it. Adding a lint is one entry below: its code, name,
//! category, default level and texts, and the pass that finds it (in `passes/`, under its
//! category). The macro gives each lint its slot, the index under which a check keeps its
//! level, so no list of flags beside the registry can fall out of step with it.
//!
//! ```
//! use claimgraph::check::{lints, Category, LINTS};
//! // The time lints, as `claimgraph lints` lists them.
//! let time: Vec<&str> = LINTS.iter()
//!     .filter(|l| l.category() == Category::Time)
//!     .map(|l| l.name())
//!     .collect();
//! assert_eq!(time[0], lints::REBUTTAL_BEFORE_STATEMENT.name());
//! assert_eq!(time.len(), 9);
//! ```

use super::{Category, Level, Lint};

macro_rules! lints {
    ($(
        $stat:ident = $code:literal $name:literal $category:ident $level:ident,
        summary: $summary:literal,
        help: $help:literal,
        explanation: $explanation:literal;
    )*) => {
        /// One variant per lint, in registry order: `Slot::X as usize` is lint `X`'s index
        /// in [`LINTS`] and in every per-lint table of a check.
        #[allow(non_camel_case_types)]
        enum Slot { $($stat),* }

        /// How many lints there are; the length of per-lint tables.
        pub(super) const COUNT: usize = [$(Slot::$stat),*].len();

        $(
            #[doc = concat!("`", $code, "` `", $name, "`: ", $summary)]
            #[doc = ""]
            #[doc = concat!("Category ", stringify!($category), ", default level ", stringify!($level), ".")]
            #[doc = ""]
            #[doc = $explanation]
            pub static $stat: Lint = Lint {
                slot: Slot::$stat as usize,
                code: $code,
                name: $name,
                category: Category::$category,
                default_level: Level::$level,
                summary: $summary,
                help: $help,
                explanation: $explanation,
            };
        )*

        /// Every lint, in code order.
        ///
        /// ```
        /// use claimgraph::check::LINTS;
        /// // What `claimgraph lints` prints: code, name, default level, summary.
        /// for lint in LINTS {
        ///     println!("{} {:<26} {:<5} {}", lint.code(), lint.name(), lint.default_level(),
        ///         lint.summary());
        /// }
        /// assert_eq!(LINTS[1].name(), "cites_later_event");
        /// ```
        pub static LINTS: &[&Lint] = &[$(&$stat),*];
    };
}

lints! {
    REBUTTAL_BEFORE_STATEMENT = "CG0001" "rebuttal_before_statement" Time Warn,
    summary: "a rebuttal is dated before the statement it answers",
    help: "check both dates: an answer cannot come before what it answers",
    explanation: r#"### What it finds
A rebuttal whose date comes before the date of a statement it answers. When partial dates
only allow it (a rebuttal of `2023-11-20` against a claim of `2023-11`), the finding is
*possible*, not certain.

### Why it matters
Nobody answers what has not yet been said: one of the two dates is wrong, or the rebuttal
answers another statement.

### Example
```
use claimgraph::*;
use claimgraph::check::lints;
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut g = ClaimGraph::new();
    let fi = g.add_actor(Actor::new("Finland", ActorKind::State))?;
    let ru = g.add_actor(Actor::new("Russia", ActorKind::State))?;
    let c = g.add_claim(Claim::new(fi, SpeechAct::Accusation, Allegation::new("smuggling"))
        .with_about(ru).with_stated("2023-11-18".parse()?))?;
    g.add_rebuttal(Rebuttal::new(ru, RebuttalKind::Denial, c).with_stated("2023-11-17".parse()?))?;
    let report = g.check(&check::Config::default());
    assert!(report.iter().any(|d| d.lint() == &lints::REBUTTAL_BEFORE_STATEMENT));
    Ok(())
}
```

### Fix
Correct the date that is wrong, or point the rebuttal at the statement it really answers."#;

    CITES_LATER_EVENT = "CG0002" "cites_later_event" Time Warn,
    summary: "a statement cites an event that begins after the statement was made",
    help: "check the dates, or make the claim a prediction or warning if it speaks of the future",
    explanation: r#"### What it finds
A claim or rebuttal citing an event (among its events or as its motive) that begins after the
statement was made. Warnings, threats and predictions speak of the future and are exempt.

### Why it matters
An accusation cannot rest on what has not happened yet: a date is wrong, the event is the
wrong one, or the claim is really a prediction.

### Example
```
use claimgraph::*;
use claimgraph::check::lints;
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut g = ClaimGraph::new();
    let fi = g.add_actor(Actor::new("Finland", ActorKind::State))?;
    let e = g.add_event(Event::new("closure").with_date("2023-11-19".parse()?))?;
    g.add_claim(Claim::new(fi, SpeechAct::Assertion, Allegation::new("the border is closed"))
        .with_stated("2023-11-01".parse()?).with_event(e))?;
    let report = g.check(&check::Config::default());
    assert!(report.iter().any(|d| d.lint() == &lints::CITES_LATER_EVENT));
    Ok(())
}
```

### Fix
Correct the dates, cite the right event, or use `SpeechAct::Prediction` / `Warning`."#;

    SPEAKS_OUTSIDE_VALIDITY = "CG0003" "speaks_outside_validity" Time Warn,
    summary: "a spokesperson makes a statement when none of its \"speaks for\" relations holds",
    help: "check the statement's date and the validity of the \"speaks for\" relations",
    explanation: r#"### What it finds
A dated statement by an actor that speaks for others (it has "speaks for" relations) when none
of those relations is valid at the statement's date.

### Why it matters
Statements of a spokesperson are read as the position of whom they speak for. Outside the
mandate that reading is wrong, or the relation's validity is.

### Example
```
use claimgraph::*;
use claimgraph::check::lints;
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut g = ClaimGraph::new();
    let peskov = g.add_actor(Actor::new("Dmitry Peskov", ActorKind::Person))?;
    let kremlin = g.add_actor(Actor::new("Kremlin", ActorKind::Institution))?;
    g.add_relation(Relation::new(peskov, RelationKind::SpeaksFor, kremlin)
        .with_valid(Interval::from_date("2012".parse()?)))?;
    g.add_claim(Claim::new(peskov, SpeechAct::Assertion, Allegation::new("x"))
        .with_stated("2005".parse()?))?;
    let report = g.check(&check::Config::default());
    assert!(report.iter().any(|d| d.lint() == &lints::SPEAKS_OUTSIDE_VALIDITY));
    Ok(())
}
```

### Fix
Correct the statement's date or the relation's validity, or add the relation that held then."#;

    INTERVAL_END_BEFORE_START = "CG0004" "interval_end_before_start" Time Warn,
    summary: "an interval's end may come before its start",
    help: "give the start and end at a precision that orders them",
    explanation: r#"### What it finds
A relation's validity or an event's span whose end may lie before its start. The graph refuses
an end that certainly comes first, so findings here are *possible*: partial dates such as a
start `2023-04` and an end `2023-04-02` leave it open.

### Why it matters
Time runs forward; an interval that may run backwards hides a typo or a guess of precision.

### Example
```
use claimgraph::*;
use claimgraph::check::lints;
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut g = ClaimGraph::new();
    let fi = g.add_actor(Actor::new("Finland", ActorKind::State))?;
    g.add_event(Event::new("talks").with_participant(fi, Role::Initiator)
        .with_date("2023-04".parse()?).with_end("2023-04-02".parse()?))?;
    let config = check::Config::default().possible_findings(check::PossibleFindings::Keep);
    let report = g.check(&config);
    assert!(report.iter().any(|d| d.lint() == &lints::INTERVAL_END_BEFORE_START
        && d.certainty() == Certainty::Possible));
    Ok(())
}
```

### Fix
Date start and end precisely enough to order them (`2023-04-01` to `2023-04-02`)."#;

    OVERLAPPING_RELATIONS = "CG0005" "overlapping_relations" Time Warn,
    summary: "two relations of the same kind between the same actors overlap in time",
    help: "merge the two relations, or make their validities follow each other",
    explanation: r#"### What it finds
Two relations of the same kind from the same actor to the same actor (two memberships of
Finland in NATO) whose validities overlap. Only possibly overlapping validities give a
*possible* finding.

### Why it matters
A membership is held once at a time: two overlapping records are a duplicate or a mistaken
period, and queries would count the relation twice.

### Example
```
use claimgraph::*;
use claimgraph::check::lints;
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut g = ClaimGraph::new();
    let fi = g.add_actor(Actor::new("Finland", ActorKind::State))?;
    let nato = g.add_actor(Actor::new("NATO", ActorKind::Alliance))?;
    g.add_relation(Relation::new(fi, RelationKind::MemberOf, nato)
        .with_valid(Interval::from_date("2023-04".parse()?)))?;
    g.add_relation(Relation::new(fi, RelationKind::MemberOf, nato)
        .with_valid(Interval::from_date("2024".parse()?)))?;
    let report = g.check(&check::Config::default());
    assert!(report.iter().any(|d| d.lint() == &lints::OVERLAPPING_RELATIONS));
    Ok(())
}
```

### Fix
Keep one relation per period: merge them, or end the first before the second starts."#;

    SOURCE_PREDATES_STATEMENT = "CG0006" "source_predates_statement" Time Warn,
    summary: "a statement's own source (its author's words) is dated before the statement",
    help: "check the dates of the statement and of its source",
    explanation: r#"### What it finds
A dated statement citing a dated source of its author's own words (the source's speaker or
outlet is the statement's author) that comes before it. Other sources may be evidence the
statement relies on (satellite images, an older report) and are rightly older.

### Why it matters
A record of what was said cannot predate the saying. One date is wrong, or the source is not
where the statement appeared.

### Example
```
use claimgraph::*;
use claimgraph::check::lints;
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut g = ClaimGraph::new();
    let fi = g.add_actor(Actor::new("Finland", ActorKind::State))?;
    let s = g.add_source(Source::new(SourceKind::Remarks, "press conference")
        .with_speaker(fi).with_date("2023-11-01".parse()?))?;
    g.add_claim(Claim::new(fi, SpeechAct::Assertion, Allegation::new("x"))
        .with_stated("2023-11-20".parse()?).with_source(s))?;
    let report = g.check(&check::Config::default());
    assert!(report.iter().any(|d| d.lint() == &lints::SOURCE_PREDATES_STATEMENT));
    Ok(())
}
```

### Fix
Correct a date, or cite the source that reported the statement."#;

    SELF_REBUTTAL = "CG0007" "self_rebuttal" Logic Warn,
    summary: "an actor rebuts its own statement",
    help: "check who made the rebuttal; a retraction is better recorded as a new claim",
    explanation: r#"### What it finds
A rebuttal made by the same actor as a statement it answers.

### Why it matters
Actors seldom rebut themselves; usually the rebutter was entered wrongly. A genuine
retraction is clearer as a claim of its own.

### Example
```
use claimgraph::*;
use claimgraph::check::lints;
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut g = ClaimGraph::new();
    let ru = g.add_actor(Actor::new("Russia", ActorKind::State))?;
    let c = g.add_claim(Claim::new(ru, SpeechAct::Assertion, Allegation::new("x")))?;
    g.add_rebuttal(Rebuttal::new(ru, RebuttalKind::Denial, c))?;
    let report = g.check(&check::Config::default());
    assert!(report.iter().any(|d| d.lint() == &lints::SELF_REBUTTAL));
    Ok(())
}
```

### Fix
Set the rebuttal's author to who really answered, or record the retraction as a claim."#;

    SELF_ACCUSATION = "CG0008" "self_accusation" Logic Warn,
    summary: "an actor accuses itself",
    help: "check the claimant and the actors the accusation is about",
    explanation: r#"### What it finds
An accusation whose claimant is among the actors it is about.

### Why it matters
Self-accusation is rare; far more often the claimant and the accused were swapped.

### Example
```
use claimgraph::*;
use claimgraph::check::lints;
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut g = ClaimGraph::new();
    let fi = g.add_actor(Actor::new("Finland", ActorKind::State))?;
    g.add_claim(Claim::new(fi, SpeechAct::Accusation, Allegation::new("x")).with_about(fi))?;
    let report = g.check(&check::Config::default());
    assert!(report.iter().any(|d| d.lint() == &lints::SELF_ACCUSATION));
    Ok(())
}
```

### Fix
Swap claimant and accused if they were swapped; otherwise allow the lint for this graph."#;

    ASSERTS_AND_DENIES = "CG0009" "asserts_and_denies" Logic Warn,
    summary: "an actor, directly or through those who speak for it or are part of it, asserts and denies the same allegation",
    help: "check who made each statement, and the \"speaks for\" and \"part of\" relations at their dates",
    explanation: r#"### What it finds
An actor that both asserts and denies the same allegation, directly or through whom speaks
for it or is part of it: the speaker side of the crate's one rule of affiliation (the `query`
module docs, section "Affiliation and time"), "speaks for" and "part of" followed
transitively while each relation is valid at the statement's date. Denying is a claim with act `Denial` with the same allegation text
(ignoring case and spacing) about the same actors, or a rebuttal of kind `Denial` answering
the assertion.

### Why it matters
A self-contradicting position is either news worth flagging or, more often, a statement
attributed to the wrong actor or a relation with the wrong dates.

### Example
```
use claimgraph::*;
use claimgraph::check::lints;
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut g = ClaimGraph::new();
    let ru = g.add_actor(Actor::new("Russia", ActorKind::State))?;
    let a = g.add_actor(Actor::new("Spokesman A", ActorKind::Person))?;
    let b = g.add_actor(Actor::new("Spokesman B", ActorKind::Person))?;
    g.add_relation(Relation::new(a, RelationKind::SpeaksFor, ru))?;
    g.add_relation(Relation::new(b, RelationKind::SpeaksFor, ru))?;
    let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("troops moved")))?;
    g.add_rebuttal(Rebuttal::new(b, RebuttalKind::Denial, c))?;
    let report = g.check(&check::Config::default());
    assert!(report.iter().any(|d| d.lint() == &lints::ASSERTS_AND_DENIES));
    Ok(())
}
```

### Fix
Attribute each statement to its real author, or correct the relations' validity."#;

    CIRCULAR_SUPPORT = "CG0010" "circular_support" Logic Warn,
    summary: "statements support each other in a circle",
    help: "remove one support link of the circle, or ground it in an independent statement",
    explanation: r#"### What it finds
A cycle of support links: A supports B, B supports C, C supports A.

### Why it matters
Circular reasoning supports nothing: every statement in the circle rests on itself.

### Example
```
use claimgraph::*;
use claimgraph::check::lints;
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut g = ClaimGraph::new();
    let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    let p = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("p")))?;
    let q = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("q")))?;
    g.add_support(Support::new(p, q))?;
    g.add_support(Support::new(q, p))?;
    let report = g.check(&check::Config::default());
    assert!(report.iter().any(|d| d.lint() == &lints::CIRCULAR_SUPPORT));
    Ok(())
}
```

### Fix
Remove the link that is not a real inference, or support the circle from outside."#;

    REBUTTAL_CYCLE = "CG0011" "rebuttal_cycle" Logic Info,
    summary: "rebuttals answer each other in a cycle",
    help: "nothing to fix if the exchange is real; argumentation semantics handle cycles",
    explanation: r#"### What it finds
Rebuttals that answer each other in a cycle (R1 answers R2, R2 answers R1).

### Why it matters
Cycles of attack are legal in argumentation (Dung frameworks handle them; grounded semantics
leaves them undecided), so this is information: it explains why such statements stay
undecided, and it catches a rebuttal pointed at the wrong statement.

### Example
```
use claimgraph::*;
use claimgraph::check::lints;
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut g = ClaimGraph::new();
    let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    let b = g.add_actor(Actor::new("B", ActorKind::State))?;
    let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    let r1 = g.add_rebuttal(Rebuttal::new(b, RebuttalKind::Denial, c))?;
    let r2 = g.add_rebuttal(Rebuttal::new(a, RebuttalKind::Dismissal, r1))?;
    g.replace_rebuttal(r1, Rebuttal::new(b, RebuttalKind::Denial, c).answering(r2))?;
    let report = g.check(&check::Config::default());
    assert!(report.iter().any(|d| d.lint() == &lints::REBUTTAL_CYCLE
        && d.severity() == check::Severity::Info));
    Ok(())
}
```

### Fix
None needed if the exchange is real; otherwise point the rebuttal at what it answers."#;

    RELATION_CYCLE = "CG0012" "relation_cycle" Logic Warn,
    summary: "\"speaks for\", \"part of\" or \"member of\" relations form a cycle",
    help: "remove the relation that points the wrong way",
    explanation: r#"### What it finds
Actors linked in a cycle by relations of one hierarchical kind: A speaks for B and B speaks
for A; A part of B part of A; memberships in a circle.

### Why it matters
These relations are hierarchies: a cycle means one relation points the wrong way, and makes
"who speaks for whom" meaningless.

### Example
```
use claimgraph::*;
use claimgraph::check::lints;
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut g = ClaimGraph::new();
    let a = g.add_actor(Actor::new("Kremlin", ActorKind::Institution))?;
    let b = g.add_actor(Actor::new("Russia", ActorKind::State))?;
    g.add_relation(Relation::new(a, RelationKind::SpeaksFor, b))?;
    g.add_relation(Relation::new(b, RelationKind::SpeaksFor, a))?;
    let report = g.check(&check::Config::default());
    assert!(report.iter().any(|d| d.lint() == &lints::RELATION_CYCLE));
    Ok(())
}
```

### Fix
Remove or reverse the relation that points the wrong way."#;

    UNSOURCED_STATEMENT = "CG0013" "unsourced_statement" Data Warn,
    summary: "a claim or rebuttal cites no source",
    help: "add the source where the statement was made or reported",
    explanation: r#"### What it finds
A claim or a rebuttal without any source.

### Why it matters
Without a source nobody can verify who said what, when: the statement cannot be checked or
published.

### Example
```
use claimgraph::*;
use claimgraph::check::lints;
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut g = ClaimGraph::new();
    let fi = g.add_actor(Actor::new("Finland", ActorKind::State))?;
    g.add_claim(Claim::new(fi, SpeechAct::Assertion, Allegation::new("x")))?;
    let report = g.check(&check::Config::default());
    assert!(report.iter().any(|d| d.lint() == &lints::UNSOURCED_STATEMENT));
    Ok(())
}
```

### Fix
Add a `Source` (article, remarks, agency report) and cite it with `with_source`."#;

    DUPLICATE_CLAIM = "CG0014" "duplicate_claim" Data Warn,
    summary: "two claims have the same claimant, act, targets, allegation and date",
    help: "merge the duplicates, keeping all their sources on one claim",
    explanation: r#"### What it finds
Claims with the same claimant, speech act, actors they are about, date, and allegation text
(ignoring case and spacing).

### Why it matters
Duplicates inflate counts (accusation networks, reciprocity) and split rebuttals between two
copies of one claim; they typically come from merging reports.

### Example
```
use claimgraph::*;
use claimgraph::check::lints;
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut g = ClaimGraph::new();
    let fi = g.add_actor(Actor::new("Finland", ActorKind::State))?;
    let ru = g.add_actor(Actor::new("Russia", ActorKind::State))?;
    for text in ["Smuggling migrants", "smuggling  migrants"] {
        g.add_claim(Claim::new(fi, SpeechAct::Accusation, Allegation::new(text)).with_about(ru))?;
    }
    let report = g.check(&check::Config::default());
    assert!(report.iter().any(|d| d.lint() == &lints::DUPLICATE_CLAIM));
    Ok(())
}
```

### Fix
Keep one claim, move the other's sources and rebuttals to it, and remove the copy."#;

    NAME_COLLISION = "CG0015" "name_collision" Data Warn,
    summary: "two actors share a name or alias",
    help: "merge the two actors if they are one, or rename one to tell them apart",
    explanation: r#"### What it finds
Two actors whose names or aliases are equal, ignoring case and spacing.

### Why it matters
Either one actor was entered twice (splitting its claims and relations in two) or two actors
cannot be told apart by name in reports and exports.

### Example
```
use claimgraph::*;
use claimgraph::check::lints;
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut g = ClaimGraph::new();
    g.add_actor(Actor::new("Russia", ActorKind::State).with_alias("Moscow"))?;
    g.add_actor(Actor::new("moscow", ActorKind::Institution))?;
    let report = g.check(&check::Config::default());
    assert!(report.iter().any(|d| d.lint() == &lints::NAME_COLLISION));
    Ok(())
}
```

### Fix
Merge duplicates into one actor; otherwise give distinct names (`Moscow city government`)."#;

    ORPHAN_ACTOR = "CG0016" "orphan_actor" Data Warn,
    summary: "an actor nothing refers to",
    help: "remove the actor, or record what it said, did or is related to",
    explanation: r#"### What it finds
An actor that no claim, rebuttal, relation, event or source refers to.

### Why it matters
An actor nobody mentions is a leftover of editing, or a sign that its statements were
attributed to another actor (often a near-duplicate name).

### Example
```
use claimgraph::*;
use claimgraph::check::lints;
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut g = ClaimGraph::new();
    g.add_actor(Actor::new("Hungary", ActorKind::State))?;
    let report = g.check(&check::Config::default());
    assert!(report.iter().any(|d| d.lint() == &lints::ORPHAN_ACTOR));
    Ok(())
}
```

### Fix
Remove the actor, or add what links it to the dispute."#;

    ORPHAN_EVENT = "CG0017" "orphan_event" Data Info,
    summary: "an event no statement cites",
    help: "nothing to fix if the event belongs to the timeline; cite it where a statement relies on it",
    explanation: r#"### What it finds
An event that no claim or rebuttal cites, neither among its events nor as its motive.

### Why it matters
Events are data of their own (event datasets hold millions no claim cites), so this is
information. In a dispute assembled by hand, it can show a claim that forgot its evidence.

### Example
```
use claimgraph::*;
use claimgraph::check::lints;
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut g = ClaimGraph::new();
    g.add_event(Event::new("closures take effect"))?;
    let report = g.check(&check::Config::default());
    assert!(report.iter().any(|d| d.lint() == &lints::ORPHAN_EVENT));
    Ok(())
}
```

### Fix
Cite the event from the statements that rely on it, or leave it as part of the timeline."#;

    ORPHAN_SOURCE = "CG0018" "orphan_source" Data Warn,
    summary: "a source nothing cites or reports through",
    help: "cite the source from what it supports, or remove it",
    explanation: r#"### What it finds
A source that no statement, relation or event cites, and that no other source is reported in.

### Why it matters
A source cited by nothing supports nothing; often the citation was forgotten on the statement
it was added for.

### Example
```
use claimgraph::*;
use claimgraph::check::lints;
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut g = ClaimGraph::new();
    g.add_source(Source::new(SourceKind::Article, "an article"))?;
    let report = g.check(&check::Config::default());
    assert!(report.iter().any(|d| d.lint() == &lints::ORPHAN_SOURCE));
    Ok(())
}
```

### Fix
Cite the source with `with_source` on the statement it supports, or remove it."#;

    UNKNOWN_CODE = "CG0019" "unknown_code" Data Warn,
    summary: "a CAMEO code or PLOVER context that is well formed but not in the standard",
    help: "use a code from the CAMEO or PLOVER tables",
    explanation: r#"### What it finds
A CAMEO event code (an allegation's category, an event's code) or a PLOVER context that has
the right shape but is not in the standard's table, such as CAMEO `099` or `1129`.

### Why it matters
Exports to GDELT, ICEWS or POLECAT pipelines would carry a code their tools do not know, and
queries by code prefix would miss or misfile the entity.

### Example
```
use claimgraph::*;
use claimgraph::check::lints;
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut g = ClaimGraph::new();
    let fi = g.add_actor(Actor::new("Finland", ActorKind::State))?;
    g.add_event(Event::new("x").with_participant(fi, Role::Initiator)
        .with_cameo("099".parse()?))?;
    let report = g.check(&check::Config::default());
    assert!(report.iter().any(|d| d.lint() == &lints::UNKNOWN_CODE));
    Ok(())
}
```

### Fix
Replace the code with the nearest one in the table (its parent, such as `09` for `099`)."#;

    UNDATED_STATEMENT = "CG0020" "undated_statement" Data Allow,
    summary: "a claim or rebuttal has no date",
    help: "add the date at the precision the source gives (a year or month is enough)",
    explanation: r#"### What it finds
A claim or rebuttal without a date. Allowed by default: reports often leave statements
undated, and a date must not be invented.

### Why it matters
Time lints cannot check undated statements, and timelines cannot place them. Enable it to
find the statements whose dates a source could still provide.

### Example
```
use claimgraph::*;
use claimgraph::check::lints;
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut g = ClaimGraph::new();
    let fi = g.add_actor(Actor::new("Finland", ActorKind::State))?;
    g.add_claim(Claim::new(fi, SpeechAct::Assertion, Allegation::new("x")))?;
    let config = check::Config::default().level(&lints::UNDATED_STATEMENT, check::Level::Warn);
    let report = g.check(&config);
    assert!(report.iter().any(|d| d.lint() == &lints::UNDATED_STATEMENT));
    assert!(!g.check(&check::Config::default()).iter().any(|d| d.lint() == &lints::UNDATED_STATEMENT));
    Ok(())
}
```

### Fix
Add the date with `with_stated`, at the precision the source gives."#;

    DEADLINE_BEFORE_DEMAND = "CG0021" "deadline_before_demand" Time Warn,
    summary: "a demand's deadline comes before the demand was made",
    help: "check the demand's date and its deadline",
    explanation: r#"### What it finds
A dated demand whose deadline comes before the date it was made. When partial dates only
allow it (a deadline of `2018-03` against a demand of `2018-03-12`), the finding is
*possible*.

### Why it matters
An ultimatum gives time to comply: a deadline that has passed when the demand is made is a
wrong date, or a deadline that belongs to another demand.

### Example
```
use claimgraph::*;
use claimgraph::check::lints;
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut g = ClaimGraph::new();
    let uk = g.add_actor(Actor::new("United Kingdom", ActorKind::State))?;
    let ru = g.add_actor(Actor::new("Russia", ActorKind::State))?;
    g.add_claim(Claim::new(uk, SpeechAct::Demand, Allegation::new("explain the attack"))
        .with_about(ru).with_stated("2018-03-12".parse()?).with_deadline("2018-03-11".parse()?))?;
    let report = g.check(&check::Config::default());
    assert!(report.iter().any(|d| d.lint() == &lints::DEADLINE_BEFORE_DEMAND));
    Ok(())
}
```

### Fix
Correct the demand's date or its deadline."#;

    RESOLUTION_BEFORE_DEMAND = "CG0022" "resolution_before_demand" Time Warn,
    summary: "a demand is recorded as resolved before it was made",
    help: "check the demand's date and the date of its resolution",
    explanation: r#"### What it finds
A dated demand whose resolution (met, not met, withdrawn) is dated before the demand itself.
Partial dates that only allow it give a *possible* finding.

### Why it matters
A demand cannot be met, refused or withdrawn before it is made: one of the dates is wrong, or
the resolution belongs to another demand.

### Example
```
use claimgraph::*;
use claimgraph::check::lints;
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut g = ClaimGraph::new();
    let uk = g.add_actor(Actor::new("United Kingdom", ActorKind::State))?;
    g.add_claim(Claim::new(uk, SpeechAct::Demand, Allegation::new("explain the attack"))
        .with_stated("2018-03-12".parse()?)
        .with_resolution(Resolution::new(Outcome::NotMet).with_date("2018-03-01".parse()?)))?;
    let report = g.check(&check::Config::default());
    assert!(report.iter().any(|d| d.lint() == &lints::RESOLUTION_BEFORE_DEMAND));
    Ok(())
}
```

### Fix
Correct the demand's date or the resolution's date."#;

    ALLEGED_AFTER_STATEMENT = "CG0023" "alleged_after_statement" Time Warn,
    summary: "an event begins after the statement that alleges it",
    help: "check the event's date and the date of the statement alleging it",
    explanation: r#"### What it finds
An event alleged by a statement (`Event::with_alleged_by`) that begins after the statement
was made. Warnings, threats, predictions and demands speak of the future and are exempt.
Partial dates that only allow it give a *possible* finding.

### Why it matters
An event only one side says happened is attributed to the statement that says so; a
statement cannot tell of an event still to come unless it looks ahead. One of the dates is
wrong, or the event is alleged by another statement.

### Example
```
use claimgraph::*;
use claimgraph::check::lints;
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut g = ClaimGraph::new();
    let ru = g.add_actor(Actor::new("Russia", ActorKind::State))?;
    let c = g.add_claim(Claim::new(ru, SpeechAct::Assertion, Allegation::new("the missile was Ukrainian"))
        .with_stated("2018-09-17".parse()?))?;
    g.add_event(Event::new("missile delivered to a unit in Ukraine")
        .with_date("2019".parse()?).with_alleged_by(c))?;
    let report = g.check(&check::Config::default());
    assert!(report.iter().any(|d| d.lint() == &lints::ALLEGED_AFTER_STATEMENT));
    Ok(())
}
```

### Fix
Correct the event's date or the statement's, or attribute the event to the statement that
alleges it."#;

    ANSWERS_UNCITED_SOURCE = "CG0024" "answers_uncited_source" Logic Warn,
    summary: "a rebuttal answers a source that none of the statements it answers cites",
    help: "cite the source from the statement it backs, or answer the statement that cites it",
    explanation: r#"### What it finds
A rebuttal that answers a source ("the images are doctored") together with statements, none
of which cites that source, directly or through the reporting chain of a source it cites.
A rebuttal answering only evidence is not checked: it answers whatever rests on it.

### Why it matters
Undermining a source only bears on the statements that rest on it. When the statements
answered do not rest on it, either the claim forgot its source or the rebuttal answers the
wrong statement, and the dispute reads the attack on the wrong target.

### Example
```
use claimgraph::*;
use claimgraph::check::lints;
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut g = ClaimGraph::new();
    let ua = g.add_actor(Actor::new("Ukraine", ActorKind::State))?;
    let ru = g.add_actor(Actor::new("Russia", ActorKind::State))?;
    let photos = g.add_source(Source::new(SourceKind::Article, "photos of the launcher"))?;
    let c = g.add_claim(Claim::new(ua, SpeechAct::Accusation, Allegation::new("a Buk of the 53rd brigade"))
        .with_about(ru))?;
    g.add_rebuttal(Rebuttal::new(ru, RebuttalKind::Undermine, c).answering(photos))?;
    let report = g.check(&check::Config::default());
    assert!(report.iter().any(|d| d.lint() == &lints::ANSWERS_UNCITED_SOURCE));
    Ok(())
}
```

### Fix
Cite the source from the statement that relies on it, or point the rebuttal at the statement
that cites it."#;

    MISPLACED_CONDITION = "CG0025" "misplaced_condition" Data Warn,
    summary: "a condition on a statement whose act takes none",
    help: "make the claim a demand, threat or warning, or drop the condition",
    explanation: r#"### What it finds
A claim with a condition ("unless ...", "if ...") whose speech act is not a demand, a threat
or a warning (`SpeechAct::takes_condition`).

### Why it matters
Only calls for action and announced consequences are conditional. A condition on an
accusation or an assertion is usually a threat or demand entered with the wrong act, which
queries and counts then file wrongly.

### Example
```
use claimgraph::*;
use claimgraph::check::lints;
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut g = ClaimGraph::new();
    let uk = g.add_actor(Actor::new("United Kingdom", ActorKind::State))?;
    g.add_claim(Claim::new(uk, SpeechAct::Assertion, Allegation::new("further measures"))
        .with_condition("if no credible answer is given"))?;
    let report = g.check(&check::Config::default());
    assert!(report.iter().any(|d| d.lint() == &lints::MISPLACED_CONDITION));
    Ok(())
}
```

### Fix
Set the act the statement really has (`SpeechAct::Threat`, `Demand`, `Warning`), or remove
the condition."#;

    MISPLACED_DEADLINE = "CG0026" "misplaced_deadline" Data Warn,
    summary: "a deadline or resolution on a claim that is not a demand",
    help: "make the claim a demand, or drop the deadline and resolution",
    explanation: r#"### What it finds
A claim with a deadline or a resolution (met, not met, withdrawn) whose speech act is not
`SpeechAct::Demand`.

### Why it matters
Deadlines and resolutions belong to demands and ultimatums: on any other act they are a
demand entered with the wrong act, and the open and met demands a dispute lists miss it.

### Example
```
use claimgraph::*;
use claimgraph::check::lints;
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut g = ClaimGraph::new();
    let uk = g.add_actor(Actor::new("United Kingdom", ActorKind::State))?;
    g.add_claim(Claim::new(uk, SpeechAct::Threat, Allegation::new("further measures"))
        .with_deadline("2018-03-13".parse()?))?;
    let report = g.check(&check::Config::default());
    assert!(report.iter().any(|d| d.lint() == &lints::MISPLACED_DEADLINE));
    Ok(())
}
```

### Fix
Set the act to `SpeechAct::Demand`, or remove the deadline and resolution."#;

    REPEATED_SPEAKER = "CG0027" "repeated_speaker" Data Warn,
    summary: "a joint statement lists its claimant again among its other speakers",
    help: "list each speaker of a joint statement once, the claimant not among the others",
    explanation: r#"### What it finds
A claim or rebuttal whose other speakers (`with_joint`) include its own claimant or rebutter.
(A list naming one actor twice is refused by the graph.)

### Why it matters
A joint statement is attributed once to each speaker: a claimant listed again is counted
twice by anything that walks the speakers, and usually stands where another speaker was
meant.

### Example
```
use claimgraph::*;
use claimgraph::check::lints;
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut g = ClaimGraph::new();
    let nl = g.add_actor(Actor::new("Netherlands", ActorKind::State))?;
    let ru = g.add_actor(Actor::new("Russia", ActorKind::State))?;
    g.add_claim(Claim::new(nl, SpeechAct::Accusation, Allegation::new("responsible for MH17"))
        .with_about(ru).with_joint(nl))?;
    let report = g.check(&check::Config::default());
    assert!(report.iter().any(|d| d.lint() == &lints::REPEATED_SPEAKER));
    Ok(())
}
```

### Fix
Remove the repeated speaker, or replace it with the actor that was meant."#;

    IDENTIFIED_ANONYMOUS = "CG0028" "identified_anonymous" Data Warn,
    summary: "an anonymous actor has a country code or Wikidata id",
    help: "drop the anonymous mark if the actor is known, or the ids if it is not",
    explanation: r#"### What it finds
An actor marked anonymous ("an EU spokesperson") that has an ISO 3166 country code or a
Wikidata id. A CAMEO actor code, which names a kind of actor, is not an identity and is
allowed.

### Why it matters
The two contradict each other: an id says exactly who the actor is, while the anonymous mark
says the report withholds it. Merges by id would fuse the anonymous speaker with the person
or state the id names.

### Example
```
use claimgraph::*;
use claimgraph::check::lints;
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut g = ClaimGraph::new();
    g.add_actor(Actor::new("an EU spokesperson", ActorKind::Person)
        .with_anonymous().with_wikidata("Q458".parse()?))?;
    let report = g.check(&check::Config::default());
    assert!(report.iter().any(|d| d.lint() == &lints::IDENTIFIED_ANONYMOUS));
    Ok(())
}
```

### Fix
Remove the anonymous mark if the actor is known; otherwise remove the country code and the
Wikidata id."#;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_lint_s_slot_is_its_index_in_the_registry() {
        assert_eq!(LINTS.len(), COUNT);
        for (i, lint) in LINTS.iter().enumerate() {
            assert_eq!(lint.slot, i, "{}", lint.name);
        }
    }
}

//! [`GeneratedGraph`]: a generated graph whose `Debug` lists one entity per line, so that a
//! failing property shows its counterexample legibly.

use crate::{ClaimGraph, Interval, Keys, PartialDate, SourceId};
use std::fmt::{self, Write as _};
use std::ops::{Deref, DerefMut};

/// A claim graph made by [`graphs`](super::graphs), which it derefs to. Its only difference
/// from a [`ClaimGraph`] is its `Debug` output: one line per entity, with ids as the graph
/// issued them and only the fields that are set, so that the counterexample proptest prints
/// reads like a listing rather than a dump of the storage.
///
/// Turn it into the graph with [`into_graph`](Self::into_graph) (or `ClaimGraph::from`), or
/// wrap any graph with `GeneratedGraph::from(graph)` for the same listing.
///
/// ```
/// use claimgraph::strategies::GeneratedGraph;
/// use claimgraph::*;
///
/// let mut g = ClaimGraph::new();
/// let fi = g.add_actor(Actor::new("Finland", ActorKind::State).with_iso3("FIN".parse()?))?;
/// let ru = g.add_actor(Actor::new("Russia", ActorKind::State))?;
/// let c = g.add_claim(
///     Claim::new(fi, SpeechAct::Accusation, Allegation::new("smuggling"))
///         .with_about(ru)
///         .with_stated("2023-11".parse()?),
/// )?;
/// g.add_rebuttal(Rebuttal::new(ru, RebuttalKind::Denial, c).with_text("no"))?;
/// let listed = GeneratedGraph::from(g);
/// assert_eq!(
///     format!("{listed:?}"),
///     r#"GeneratedGraph {
///     A0 actor "Finland" state iso3 FIN
///     A1 actor "Russia" state
///     C0 claim A0 accusation about [A1] "smuggling" stated 2023-11
///     R0 rebuttal A1 denial answers [C0] "no"
/// }"#
/// );
/// assert_eq!(listed.claim_count(), 1); // derefs to the graph
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Default, PartialEq, Eq)]
pub struct GeneratedGraph(ClaimGraph);

impl GeneratedGraph {
    /// The graph itself.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// use claimgraph::strategies::GeneratedGraph;
    /// let g: ClaimGraph = GeneratedGraph::default().into_graph();
    /// assert!(g.is_empty());
    /// ```
    pub fn into_graph(self) -> ClaimGraph {
        self.0
    }

    /// A reference to the graph, where deref coercion does not reach (generic code).
    ///
    /// ```
    /// use claimgraph::strategies::GeneratedGraph;
    /// assert!(GeneratedGraph::default().graph().is_empty());
    /// ```
    pub fn graph(&self) -> &ClaimGraph {
        &self.0
    }
}

impl From<ClaimGraph> for GeneratedGraph {
    fn from(g: ClaimGraph) -> Self {
        GeneratedGraph(g)
    }
}

impl From<GeneratedGraph> for ClaimGraph {
    fn from(g: GeneratedGraph) -> Self {
        g.0
    }
}

impl Deref for GeneratedGraph {
    type Target = ClaimGraph;
    fn deref(&self) -> &ClaimGraph {
        &self.0
    }
}

impl DerefMut for GeneratedGraph {
    fn deref_mut(&mut self) -> &mut ClaimGraph {
        &mut self.0
    }
}

impl AsRef<ClaimGraph> for GeneratedGraph {
    fn as_ref(&self) -> &ClaimGraph {
        &self.0
    }
}

impl std::borrow::Borrow<ClaimGraph> for GeneratedGraph {
    fn borrow(&self) -> &ClaimGraph {
        &self.0
    }
}

impl PartialEq<ClaimGraph> for GeneratedGraph {
    fn eq(&self, other: &ClaimGraph) -> bool {
        self.0 == *other
    }
}

impl PartialEq<GeneratedGraph> for ClaimGraph {
    fn eq(&self, other: &GeneratedGraph) -> bool {
        *self == other.0
    }
}

impl fmt::Debug for GeneratedGraph {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lines = listing(&self.0);
        if lines.is_empty() {
            return f.write_str("GeneratedGraph {}");
        }
        f.write_str("GeneratedGraph {\n")?;
        for line in &lines {
            writeln!(f, "    {line}")?;
        }
        f.write_str("}")
    }
}

/// Appends ` name [a, b]` for a non-empty list.
fn list<T: fmt::Display>(out: &mut String, name: &str, items: &[T]) {
    if items.is_empty() {
        return;
    }
    let _ = write!(out, " {name} [");
    for (i, item) in items.iter().enumerate() {
        let _ = write!(out, "{}{item}", if i == 0 { "" } else { ", " });
    }
    out.push(']');
}

fn opt<T: fmt::Display>(out: &mut String, name: &str, value: Option<T>) {
    if let Some(v) = value {
        let _ = write!(out, " {name} {v}");
    }
}

fn text(out: &mut String, name: &str, value: Option<&str>) {
    if let Some(v) = value {
        let _ = write!(out, " {name} {v:?}");
    }
}

fn dates(out: &mut String, name: &str, date: Option<PartialDate>) {
    opt(out, name, date);
}

/// Appends ` keys [scheme:key, ...]` for an entity with keys.
fn keys(out: &mut String, keys: &Keys) {
    let keys: Vec<String> = keys.iter().map(|(s, k)| format!("{s}:{k}")).collect();
    list(out, "keys", &keys);
}

/// One line per entity, kinds in the order the graph lists them.
fn listing(g: &ClaimGraph) -> Vec<String> {
    let mut lines = Vec::new();
    for (id, a) in g.actors() {
        let mut l = format!("{id} actor {:?} {}", a.name(), a.kind().name());
        let aliases: Vec<String> = a.aliases().iter().map(|x| format!("{x:?}")).collect();
        list(&mut l, "aliases", &aliases);
        opt(&mut l, "iso3", a.iso3());
        opt(&mut l, "cameo", a.cameo().map(|c| c.as_str().to_owned()));
        opt(&mut l, "wikidata", a.wikidata());
        if a.is_anonymous() {
            l.push_str(" anonymous");
        }
        keys(&mut l, a.keys());
        lines.push(l);
    }
    for (id, r) in g.relations() {
        let mut l = format!("{id} relation {} {} {}", r.from(), r.kind().name(), r.to());
        if r.valid() != Interval::ALWAYS {
            let _ = write!(l, " valid {}", r.valid());
        }
        text(&mut l, "role", r.role());
        list(&mut l, "sources", r.sources());
        lines.push(l);
    }
    for (id, s) in g.sources() {
        let mut l = format!("{id} source {} {:?}", s.kind().name(), s.title());
        opt(&mut l, "outlet", s.outlet());
        list(&mut l, "speakers", s.speakers());
        text(&mut l, "audience", s.audience());
        text(&mut l, "url", s.url());
        for q in s.quotes() {
            text(&mut l, "quote", Some(q.text()));
            let _ = write!(l, " {}", q.form().name());
            opt(&mut l, "by", q.speaker());
        }
        dates(&mut l, "date", s.date());
        list::<SourceId>(&mut l, "reported_in", s.reported_in());
        opt(&mut l, "grading", s.grading());
        keys(&mut l, s.keys());
        lines.push(l);
    }
    for (id, e) in g.events() {
        let mut l = format!("{id} event {:?}", e.description());
        dates(&mut l, "date", e.date());
        dates(&mut l, "end", e.end());
        let who: Vec<String> = e
            .participants()
            .iter()
            .map(|p| format!("{} {}", p.actor(), p.role().name()))
            .collect();
        list(&mut l, "participants", &who);
        text(&mut l, "location", e.location());
        opt(&mut l, "cameo", e.cameo().map(|c| c.as_str().to_owned()));
        opt(&mut l, "plover", e.plover().map(crate::PloverType::name));
        list(&mut l, "sources", e.sources());
        opt(&mut l, "alleged_by", e.alleged_by());
        keys(&mut l, e.keys());
        lines.push(l);
    }
    lines.extend(g.claims().map(|(id, c)| claim(id, c)));
    for (id, r) in g.rebuttals() {
        let mut l = format!("{id} rebuttal {} {}", r.by(), r.kind().name());
        list::<crate::Target>(&mut l, "answers", r.answers());
        list(&mut l, "about", r.about());
        list(&mut l, "joint_with", r.joint_with());
        if !r.text().is_empty() {
            let _ = write!(l, " {:?}", r.text());
        }
        dates(&mut l, "stated", r.stated());
        list(&mut l, "events", r.events());
        list(&mut l, "sources", r.sources());
        opt(&mut l, "confidence", r.confidence());
        keys(&mut l, r.keys());
        lines.push(l);
    }
    for (id, s) in g.supports() {
        let mut l = format!("{id} support {} -> {}", s.premise(), s.conclusion());
        if !s.text().is_empty() {
            let _ = write!(l, " {:?}", s.text());
        }
        lines.push(l);
    }
    lines
}

/// A claim's line.
fn claim(id: crate::ClaimId, c: &crate::Claim) -> String {
    let mut l = format!("{id} claim {} {}", c.claimant(), c.act().name());
    list(&mut l, "about", c.about());
    let _ = write!(l, " {:?}", c.allegation().text());
    opt(
        &mut l,
        "category",
        c.allegation().category().map(|x| x.as_str().to_owned()),
    );
    let contexts: Vec<&str> = c
        .allegation()
        .contexts()
        .iter()
        .map(crate::PloverContext::as_str)
        .collect();
    list(&mut l, "contexts", &contexts);
    if let Some(m) = c.motive() {
        let _ = write!(l, " motive {:?}", m.text());
        if let Some(e) = m.event() {
            let _ = write!(l, " ({e})");
        }
    }
    text(&mut l, "aim", c.aim());
    dates(&mut l, "stated", c.stated());
    list(&mut l, "events", c.events());
    list(&mut l, "sources", c.sources());
    list(&mut l, "joint_with", c.joint_with());
    opt(&mut l, "confidence", c.confidence());
    let alternatives: Vec<String> = c
        .alternatives()
        .iter()
        .map(|a| format!("{:?}", a.text()))
        .collect();
    list(&mut l, "alternatives", &alternatives);
    text(&mut l, "condition", c.condition());
    dates(&mut l, "deadline", c.deadline());
    if let Some(r) = c.resolution() {
        let _ = write!(l, " resolution {}", r.outcome().name());
        dates(&mut l, "on", r.date());
        opt(&mut l, "by", r.by());
    }
    keys(&mut l, c.keys());
    l
}

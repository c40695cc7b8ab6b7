//! `Debug` for [`ClaimGraph`]: one line an entity, as a person reads a failing test's input.

use super::ClaimGraph;
use crate::Interval;
use std::fmt::{self, Display, Write};

/// How many characters of a name or text a line shows before `…`.
const SHOWN: usize = 40;

/// A name or text, quoted and escaped as `Debug` does, cut to [`SHOWN`] characters.
struct Short<'a>(&'a str);

impl fmt::Display for Short<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut cut: String = self.0.chars().take(SHOWN).collect();
        if self.0.chars().nth(SHOWN).is_some() {
            cut.push('…');
        }
        write!(f, "{cut:?}")
    }
}

/// ` label a, b, c` when the list is not empty.
fn list<T: Display>(f: &mut fmt::Formatter<'_>, label: &str, items: &[T]) -> fmt::Result {
    for (i, item) in items.iter().enumerate() {
        f.write_str(if i == 0 { " " } else { ", " })?;
        if i == 0 {
            write!(f, "{label} ")?;
        }
        write!(f, "{item}")?;
    }
    Ok(())
}

/// ` label value` when there is a value.
fn opt<T: Display>(f: &mut fmt::Formatter<'_>, label: &str, value: Option<T>) -> fmt::Result {
    match value {
        Some(v) => write!(f, " {label} {v}"),
        None => Ok(()),
    }
}

impl fmt::Debug for ClaimGraph {
    /// One line an entity, kinds in the order actors, relations, claims, rebuttals, events,
    /// sources, supports, each in id order: the id, the kind or act, names and texts quoted and
    /// cut to 40 characters, references by id. Deterministic, and the same with `{:#?}`.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let fi = g.add_actor(Actor::new("Finnish government", ActorKind::Government))?;
    /// let ru = g.add_actor(Actor::new("Russia", ActorKind::State).with_alias("Moscow"))?;
    /// let c = g.add_claim(Claim::new(fi, SpeechAct::Accusation,
    ///     Allegation::new("deliberately smuggling asylum seekers across the border"))
    ///     .with_about(ru).with_stated("2023-11".parse()?))?;
    /// g.add_rebuttal(Rebuttal::new(ru, RebuttalKind::Denial, c).with_text("We do not accept"))?;
    /// assert_eq!(format!("{g:?}"), "\
    /// ClaimGraph {
    ///     A0 government \"Finnish government\"
    ///     A1 state \"Russia\" aliases \"Moscow\"
    ///     C0 A0 accusation \"deliberately smuggling asylum seekers ac…\" about A1 stated 2023-11
    ///     R0 A1 denial \"We do not accept\" answers C0
    /// }");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_empty() {
            return f.write_str("ClaimGraph {}");
        }
        f.write_str("ClaimGraph {\n")?;
        for (id, a) in self.actors() {
            write!(f, "    {id} {} {}", a.kind(), Short(a.name()))?;
            let aliases: Vec<Short<'_>> = a.aliases().iter().map(|s| Short(s)).collect();
            list(f, "aliases", &aliases)?;
            opt(f, "iso3", a.iso3())?;
            opt(f, "cameo", a.cameo())?;
            opt(f, "wikidata", a.wikidata())?;
            f.write_char('\n')?;
        }
        for (id, r) in self.relations() {
            write!(f, "    {id} {} {} {}", r.from(), r.kind(), r.to())?;
            if r.valid() != Interval::ALWAYS {
                write!(f, " valid {}", r.valid())?;
            }
            opt(f, "role", r.role().map(Short))?;
            list(f, "sources", r.sources())?;
            f.write_char('\n')?;
        }
        for (id, c) in self.claims() {
            let text = Short(c.allegation().text());
            write!(f, "    {id} {} {} {text}", c.claimant(), c.act())?;
            list(f, "about", c.about())?;
            opt(f, "category", c.allegation().category())?;
            list(f, "contexts", c.allegation().contexts())?;
            if let Some(m) = c.motive() {
                write!(f, " motive {}", Short(m.text()))?;
                opt(f, "for", m.event())?;
            }
            opt(f, "aim", c.aim().map(Short))?;
            opt(f, "stated", c.stated())?;
            list(f, "events", c.events())?;
            list(f, "sources", c.sources())?;
            f.write_char('\n')?;
        }
        for (id, r) in self.rebuttals() {
            write!(f, "    {id} {} {}", r.by(), r.kind())?;
            if !r.text().is_empty() {
                write!(f, " {}", Short(r.text()))?;
            }
            list(f, "answers", r.answers())?;
            opt(f, "stated", r.stated())?;
            list(f, "events", r.events())?;
            list(f, "sources", r.sources())?;
            f.write_char('\n')?;
        }
        for (id, e) in self.events() {
            write!(f, "    {id} event {}", Short(e.description()))?;
            opt(f, "date", e.date())?;
            opt(f, "end", e.end())?;
            let parts: Vec<String> = e
                .participants()
                .iter()
                .map(|p| format!("{} {}", p.actor(), p.role()))
                .collect();
            list(f, "participants", &parts)?;
            opt(f, "location", e.location().map(Short))?;
            opt(f, "cameo", e.cameo())?;
            opt(f, "plover", e.plover())?;
            list(f, "sources", e.sources())?;
            f.write_char('\n')?;
        }
        for (id, s) in self.sources() {
            write!(f, "    {id} {} {}", s.kind(), Short(s.title()))?;
            opt(f, "outlet", s.outlet())?;
            for &speaker in s.speakers() {
                opt(f, "speaker", Some(speaker))?;
            }
            opt(f, "audience", s.audience().map(Short))?;
            opt(f, "url", s.url().map(Short))?;
            for q in s.quotes() {
                opt(f, "quote", Some(Short(q.text())))?;
            }
            opt(f, "date", s.date())?;
            for &up in s.reported_in() {
                opt(f, "reported_in", Some(up))?;
            }
            opt(f, "grading", s.grading())?;
            f.write_char('\n')?;
        }
        for (id, s) in self.supports() {
            write!(f, "    {id} {} supports {}", s.premise(), s.conclusion())?;
            if !s.text().is_empty() {
                write!(f, " {}", Short(s.text()))?;
            }
            f.write_char('\n')?;
        }
        f.write_str("}")
    }
}

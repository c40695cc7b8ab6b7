//! Threads of rebuttals, and accusations left unanswered.

use super::{Roll, View};
use crate::{ActorId, ClaimId, Error, PartialDate, RebuttalId, StatementId};
use std::collections::HashSet;

/// One rebuttal in a [`Thread`]: who answered whom, when, and how deep in the thread.
///
/// ```
/// use claimgraph::*;
/// let mut g = ClaimGraph::new();
/// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
/// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
/// let c = g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b))?;
/// let r = g.add_rebuttal(Rebuttal::new(b, RebuttalKind::Denial, c)
///     .with_stated("2023-11-20".parse()?))?;
/// let entry = g.view().thread(c.into())?.entries[0];
/// assert_eq!((entry.rebuttal, entry.answers, entry.depth), (r, c.into(), 1));
/// assert_eq!((entry.by, entry.answered), (b, a));
/// assert_eq!(entry.stated.unwrap().to_string(), "2023-11-20");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ThreadEntry {
    /// The rebuttal.
    pub rebuttal: RebuttalId,
    /// The statement it answers at this place in the thread (the one through which the walk
    /// reached it; a rebuttal answering several statements of the thread appears once).
    pub answers: StatementId,
    /// The rebuttal's author.
    pub by: ActorId,
    /// The author of the statement answered.
    pub answered: ActorId,
    /// When the rebuttal was stated.
    pub stated: Option<PartialDate>,
    /// 1 for a direct answer to the root, 2 for an answer to that, and so on.
    pub depth: usize,
}

/// A statement with its rebuttals, rebuttals of rebuttals, to any depth, depth-first with
/// each statement's answers in id order; each rebuttal once.
///
/// ```
/// use claimgraph::*;
/// let mut g = ClaimGraph::new();
/// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
/// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
/// let r1 = g.add_rebuttal(Rebuttal::new(a, RebuttalKind::Undercut, c))?;
/// let r2 = g.add_rebuttal(Rebuttal::new(a, RebuttalKind::Denial, r1))?;
/// let r3 = g.add_rebuttal(Rebuttal::new(a, RebuttalKind::Denial, c))?;
/// let thread = g.view().thread(c.into())?;
/// assert_eq!(thread.root, StatementId::from(c));
/// let order: Vec<_> = thread.entries.iter().map(|e| (e.rebuttal, e.depth)).collect();
/// assert_eq!(order, [(r1, 1), (r2, 2), (r3, 1)]);
/// # Ok::<(), claimgraph::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Thread {
    /// The statement the thread starts from.
    pub root: StatementId,
    /// Its rebuttals, depth-first.
    pub entries: Vec<ThreadEntry>,
}

/// Whose answer counts for [`View::unanswered`].
///
/// ```
/// use claimgraph::*;
/// use claimgraph::query::*;
/// let mut g = ClaimGraph::new();
/// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
/// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
/// let c = g.add_actor(Actor::new("C", ActorKind::State))?;
/// let x = g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b))?;
/// g.add_rebuttal(Rebuttal::new(c, RebuttalKind::Denial, x))?; // a third party answers
/// assert!(g.view().unanswered(Unanswered::ByAnyone).is_empty());
/// assert_eq!(g.view().unanswered(Unanswered::ByAccused)[0].claim, x);
/// # Ok::<(), claimgraph::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unanswered {
    /// Accusations nobody has rebutted.
    ByAnyone,
    /// Accusations not rebutted by the accused itself (rolled up, by someone who answers for
    /// it: see [affiliation](crate::query#affiliation-and-time)).
    ByAccused,
}

crate::names::names! {
    Unanswered in "claimgraph::query", "unanswered rule";
    ByAnyone => "by_anyone",
    ByAccused => "by_accused",
}

/// An accusation left unanswered, with the accused who have not answered it.
///
/// ```
/// use claimgraph::*;
/// use claimgraph::query::*;
/// let mut g = ClaimGraph::new();
/// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
/// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
/// let c = g.add_actor(Actor::new("C", ActorKind::State))?;
/// let x = g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b).with_about(c))?;
/// g.add_rebuttal(Rebuttal::new(b, RebuttalKind::Denial, x))?;
/// let silent = &g.view().unanswered(Unanswered::ByAccused)[0];
/// assert_eq!((silent.claim, silent.silent.as_slice()), (x, &[c][..]));
/// # Ok::<(), claimgraph::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnansweredClaim {
    /// The accusation.
    pub claim: ClaimId,
    /// The accused who have not answered it, in the claim's order (all of them, for
    /// [`Unanswered::ByAnyone`]).
    pub silent: Vec<ActorId>,
}

impl View<'_> {
    /// The thread of `statement`: every rebuttal in the view's time that answers it, directly
    /// or through other rebuttals, depth-first, each statement's answers in id order, each
    /// rebuttal once (so rebuttal cycles end). Iterative: a chain a million rebuttals deep is
    /// fine. The selection filters do not prune a thread; the time filters do (a rebuttal not
    /// yet stated answers nothing, nor do answers to it).
    ///
    /// # Errors
    /// [`Error::NotFound`] when the statement is not in the graph or not in the view's time.
    ///
    /// # Complexity
    /// `O(m log m)` for a thread of `m` rebuttals.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let mut s: StatementId = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?.into();
    /// let root = s;
    /// for _ in 0..1000 {
    ///     s = g.add_rebuttal(Rebuttal::new(a, RebuttalKind::Denial, s))?.into();
    /// }
    /// let thread = g.view().thread(root)?;
    /// assert_eq!(thread.entries.len(), 1000);
    /// assert_eq!(thread.entries[999].depth, 1000);
    /// assert!(g.view().thread(ClaimId::new(7).into()).is_err());
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn thread(self, statement: StatementId) -> Result<Thread, Error> {
        if !self.exists(statement) {
            return Err(Error::NotFound(statement.into()));
        }
        let author_of = |s: StatementId| self.graph.statement(s).map(|s| s.author());
        let mut entries = Vec::new();
        let mut seen: HashSet<RebuttalId> = HashSet::new();
        // Each frame: a statement, its depth, and the answers still to visit (reversed, so
        // that popping yields id order).
        let mut stack: Vec<(StatementId, usize, Vec<RebuttalId>)> = Vec::new();
        let answers_to = |s: StatementId| -> Vec<RebuttalId> {
            let mut v: Vec<RebuttalId> = self
                .graph
                .rebuttals_of(s)
                .filter(|(_, r)| self.in_time(r.stated()))
                .map(|(id, _)| id)
                .collect();
            v.reverse();
            v
        };
        stack.push((statement, 0, answers_to(statement)));
        while let Some((parent, depth, pending)) = stack.last_mut() {
            let (parent, depth) = (*parent, *depth);
            let Some(next) = pending.pop() else {
                stack.pop();
                continue;
            };
            if !seen.insert(next) {
                continue;
            }
            let Some(r) = self.graph.rebuttal(next) else {
                continue;
            };
            entries.push(ThreadEntry {
                rebuttal: next,
                answers: parent,
                by: r.by(),
                answered: author_of(parent).unwrap_or(r.by()),
                stated: r.stated(),
                depth: depth + 1,
            });
            stack.push((next.into(), depth + 1, answers_to(next.into())));
        }
        Ok(Thread {
            root: statement,
            entries,
        })
    }

    /// Accusations in the view (claims of the [`act`](View::act) filter's act, accusation by
    /// default) that nobody, or none of the accused, has answered with a rebuttal in the
    /// view's time. Rolled up, an answer by Peskov counts as the Kremlin's and Russia's. In id
    /// order.
    ///
    /// # Complexity
    /// `O(n)` over the claims, plus each selected claim's direct rebuttals.
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::query::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
    /// let x = g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b))?;
    /// g.add_rebuttal(Rebuttal::new(b, RebuttalKind::Denial, x).with_stated("2024".parse()?))?;
    /// assert!(g.view().unanswered(Unanswered::ByAccused).is_empty());
    /// // In 2023 the denial had not been made yet.
    /// let then = g.as_of("2023".parse()?).certainty(Certainty::Possible);
    /// assert_eq!(then.unanswered(Unanswered::ByAccused)[0].claim, x);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn unanswered(self, by: Unanswered) -> Vec<UnansweredClaim> {
        // Rolled up, the walk may touch every claim: read all relations once.
        let mut roll = if self.rolls_up() {
            Roll::complete(self.graph)
        } else {
            Roll::new(self.graph)
        };
        let mut out = Vec::new();
        for (id, c) in self.graph.claims() {
            if !self.is_accusation(&mut roll, c) {
                continue;
            }
            let answers: Vec<_> = self
                .graph
                .rebuttals_of(id)
                .filter(|(_, r)| self.in_time(r.stated()))
                .collect();
            let silent: Vec<ActorId> = match by {
                Unanswered::ByAnyone => {
                    if !answers.is_empty() {
                        continue;
                    }
                    c.about().to_vec()
                }
                Unanswered::ByAccused => {
                    // Who answers for whom is the one rule of affiliation's: rolled up, a
                    // denial by the ministry a brigade is part of is the brigade's answer.
                    let rolled = self.rolls_up();
                    let silent: Vec<ActorId> = c
                        .about()
                        .iter()
                        .copied()
                        .filter(|&accused| {
                            !answers
                                .iter()
                                .any(|(_, r)| roll.answers_for(r.by(), accused, r.stated(), rolled))
                        })
                        .collect();
                    if silent.is_empty() {
                        continue;
                    }
                    silent
                }
            };
            out.push(UnansweredClaim { claim: id, silent });
        }
        out
    }
}

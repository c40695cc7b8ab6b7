//! The Dung framework itself: arguments, attacks, and a compact adjacency store.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::sync::OnceLock;

use super::error::FrameworkError;

/// The largest number of arguments a framework may hold: 2^27 = 134,217,728.
///
/// Readers refuse headers that claim more (a hostile `p af 1000000000000` never allocates).
/// Each argument costs 16 bytes of adjacency offsets plus its name, if it has one.
///
/// ```
/// use claimgraph::argumentation::{ArgumentationFramework, Format, FormatErrorKind};
/// let err = ArgumentationFramework::parse(Format::Iccma, "p af 1000000000000\n").unwrap_err();
/// assert!(matches!(err.kind(), FormatErrorKind::TooManyArguments { .. }));
/// ```
pub const MAX_ARGUMENTS: u32 = 1 << 27;

/// Identifies an argument of an [`ArgumentationFramework`]: a dense index `0..len`.
///
/// Shown as `a0`, `a1`, ... (0-based). Formats that number arguments from 1 (ICCMA 2023) show
/// argument `a0` as `1`; see [`ArgumentationFramework::name`].
///
/// ```
/// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, Format};
/// let af = ArgumentationFramework::parse(Format::Iccma, "p af 3\n1 3\n")?;
/// let third = ArgumentId::new(2); // "3" in the file
/// assert_eq!(af.name(third), "3");
/// assert_eq!(af.attackers_of(third), [ArgumentId::new(0)]);
/// assert_eq!(third.to_string(), "a2");
/// # Ok::<(), claimgraph::argumentation::FormatError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
pub struct ArgumentId(u32);

impl ArgumentId {
    /// Makes an id from its 0-based index. The id is only checked when it is used: a
    /// framework answers [`FrameworkError::UnknownArgument`] for an id it does not hold.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId};
    /// let mut af = ArgumentationFramework::with_arguments(2)?;
    /// // Attack the next argument, round the cycle.
    /// for i in 0..2 {
    ///     af.add_attack(ArgumentId::new(i), ArgumentId::new((i + 1) % 2))?;
    /// }
    /// assert!(af.add_attack(ArgumentId::new(0), ArgumentId::new(2)).is_err());
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub const fn new(index: u32) -> Self {
        Self(index)
    }

    /// The 0-based index: the position of the argument's entry in the per-argument vectors
    /// this module returns ([`ArgumentationFramework::statuses`], [`Labelling::as_slice`],
    /// [`Strengths::as_slice`]).
    ///
    /// [`Labelling::as_slice`]: super::Labelling::as_slice
    /// [`Strengths::as_slice`]: super::Strengths::as_slice
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentStatus, ArgumentationFramework, ArgumentId, Semantics};
    /// let mut af = ArgumentationFramework::with_arguments(2)?;
    /// let [a, b] = [0, 1].map(ArgumentId::new);
    /// af.add_attack(a, b)?;
    /// let statuses = af.statuses(Semantics::Grounded);
    /// assert_eq!(statuses[b.index() as usize], ArgumentStatus::Rejected);
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub const fn index(self) -> u32 {
        self.0
    }

    /// The index as a `usize`, for indexing per-argument vectors.
    pub(crate) const fn ix(self) -> usize {
        self.0 as usize
    }
}

impl fmt::Debug for ArgumentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a{}", self.0)
    }
}

impl fmt::Display for ArgumentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a{}", self.0)
    }
}

/// Compressed sparse rows in both directions, with deduplicated, sorted neighbour lists.
#[derive(Clone, Debug, Default)]
pub(crate) struct Adjacency {
    /// `attackers[attackers_off[a]..attackers_off[a + 1]]` attack `a`, sorted.
    attackers_off: Vec<usize>,
    /// Built from `targets` on first use: the grounded labelling needs only the counts
    /// (`attackers_off`), so reading a framework and printing its grounded extension never
    /// pays for this second scatter of every attack.
    attackers: OnceLock<Vec<ArgumentId>>,
    /// `targets[targets_off[a]..targets_off[a + 1]]` are attacked by `a`, sorted.
    targets_off: Vec<usize>,
    targets: Vec<ArgumentId>,
}

impl Adjacency {
    /// Builds both directions from an edge list in `O(n + m log d)` for the largest
    /// out-degree `d`, with no copy of the edge list: a counting sort by attacker, each
    /// target list sorted and deduplicated in place, then a counting sort by target (sources
    /// come in order, so each attacker list comes out sorted). `edges` must only hold indices
    /// `< n`.
    fn build(n: usize, edges: &[(u32, u32)]) -> Self {
        let (targets_off, targets) = Self::targets_by_source(n, edges);
        Self::with_attackers(n, targets_off, targets)
    }

    /// [`build`](Self::build) from an edge list it may free half-way: the peak holds the
    /// edges and one direction, never the edges and both.
    fn build_from(n: usize, edges: Vec<(u32, u32)>) -> Self {
        let (targets_off, targets) = Self::targets_by_source(n, &edges);
        drop(edges);
        Self::with_attackers(n, targets_off, targets)
    }

    fn targets_by_source(n: usize, edges: &[(u32, u32)]) -> (Vec<usize>, Vec<ArgumentId>) {
        let mut off = vec![0usize; n + 1];
        for &(s, _) in edges {
            off[s as usize + 1] += 1;
        }
        for i in 0..n {
            off[i + 1] += off[i];
        }
        let mut targets = vec![ArgumentId(0); edges.len()];
        let mut fill = off.clone();
        for &(s, t) in edges {
            let slot = &mut fill[s as usize];
            targets[*slot] = ArgumentId(t);
            *slot += 1;
        }
        drop(fill);
        // Sort and deduplicate each row, moving it down over the duplicates removed so far.
        let mut write = 0;
        for s in 0..n {
            let (lo, hi) = (off[s], off[s + 1]);
            off[s] = write;
            if let Some(row) = targets.get_mut(lo..hi) {
                row.sort_unstable();
            }
            let mut last = None;
            for k in lo..hi {
                let t = targets[k];
                if last != Some(t) {
                    targets[write] = t;
                    write += 1;
                    last = Some(t);
                }
            }
        }
        off[n] = write;
        if write < targets.len() {
            targets.truncate(write);
            targets.shrink_to_fit();
        }
        (off, targets)
    }

    fn with_attackers(n: usize, targets_off: Vec<usize>, targets: Vec<ArgumentId>) -> Self {
        let mut attackers_off = vec![0usize; n + 1];
        for t in &targets {
            attackers_off[t.ix() + 1] += 1;
        }
        for i in 0..n {
            attackers_off[i + 1] += attackers_off[i];
        }
        Self {
            attackers_off,
            attackers: OnceLock::new(),
            targets_off,
            targets,
        }
    }

    /// Every attacker list, end to end: a counting sort of the target lists by target
    /// (sources come in order, so each list comes out sorted). Built once, on first use.
    fn attackers(&self) -> &[ArgumentId] {
        self.attackers.get_or_init(|| {
            let n = self.targets_off.len().saturating_sub(1);
            let mut attackers = vec![ArgumentId(0); self.targets.len()];
            let mut fill = self.attackers_off.clone();
            for s in 0..n {
                for t in &self.targets[self.targets_off[s]..self.targets_off[s + 1]] {
                    let slot = &mut fill[t.ix()];
                    attackers[*slot] = ArgumentId(s as u32);
                    *slot += 1;
                }
            }
            attackers
        })
    }

    /// How many arguments attack `a` (0 for an unknown argument), without the attacker lists.
    fn attacker_count(&self, a: ArgumentId) -> usize {
        match (
            self.attackers_off.get(a.ix()),
            self.attackers_off.get(a.ix() + 1),
        ) {
            (Some(&lo), Some(&hi)) => hi - lo,
            _ => 0,
        }
    }

    fn attackers_of(&self, a: ArgumentId) -> &[ArgumentId] {
        match (
            self.attackers_off.get(a.ix()),
            self.attackers_off.get(a.ix() + 1),
        ) {
            (Some(&lo), Some(&hi)) => self.attackers().get(lo..hi).unwrap_or(&[]),
            _ => &[],
        }
    }

    fn targets_of(&self, a: ArgumentId) -> &[ArgumentId] {
        match (
            self.targets_off.get(a.ix()),
            self.targets_off.get(a.ix() + 1),
        ) {
            (Some(&lo), Some(&hi)) => self.targets.get(lo..hi).unwrap_or(&[]),
            _ => &[],
        }
    }

    fn edges(&self) -> impl Iterator<Item = (u32, u32)> + '_ {
        self.targets_off
            .windows(2)
            .enumerate()
            .flat_map(move |(s, w)| {
                self.targets
                    .get(w[0]..w[1])
                    .unwrap_or(&[])
                    .iter()
                    .map(move |t| (s as u32, t.0))
            })
    }
}

/// An abstract argumentation framework (Dung 1995): arguments and an attack relation.
///
/// Arguments are dense indices ([`ArgumentId`]) with optional unique names. Attacks are
/// deduplicated; self-attacks are allowed. Adjacency is kept as compressed sparse rows in both
/// directions (about 8 bytes per attack and 16 bytes per argument), so 10^6 arguments and 10^7
/// attacks fit in well under half a gigabyte.
///
/// Attacks added with [`add_attack`](Self::add_attack) are buffered; the adjacency is (re)built,
/// once, by the first query that needs it. Interleaving many additions with queries therefore
/// rebuilds repeatedly: add everything first, then query.
///
/// ```
/// use claimgraph::argumentation::{ArgumentationFramework, Semantics};
/// let mut af = ArgumentationFramework::new();
/// let a = af.add_argument("a");
/// let b = af.add_argument("b");
/// let c = af.add_argument("c");
/// af.add_attack(a, b)?;
/// af.add_attack(b, c)?;
/// let grounded = af.grounded_extension();
/// assert_eq!(grounded.as_slice(), &[a, c]);
/// assert_eq!(af.extensions(Semantics::Preferred).count(), 1);
/// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
/// ```
#[derive(Debug, Default)]
pub struct ArgumentationFramework {
    len: u32,
    /// Names by index; shorter than `len` (or empty) when trailing arguments are unnamed.
    names: Vec<Option<Box<str>>>,
    by_name: HashMap<Box<str>, ArgumentId>,
    /// Attacks not yet folded into `adjacency`, or (when `adjacency` is set) a redundant copy.
    pending: Vec<(u32, u32)>,
    adjacency: OnceLock<Adjacency>,
}

impl Clone for ArgumentationFramework {
    fn clone(&self) -> Self {
        let adjacency = OnceLock::new();
        if let Some(adj) = self.adjacency.get() {
            let _ = adjacency.set(adj.clone());
        }
        Self {
            len: self.len,
            names: self.names.clone(),
            by_name: self.by_name.clone(),
            pending: self.pending.clone(),
            adjacency,
        }
    }
}

impl ArgumentationFramework {
    /// An empty framework.
    ///
    /// ```
    /// use claimgraph::argumentation::ArgumentationFramework;
    /// let af = ArgumentationFramework::new();
    /// assert!(af.is_empty());
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty framework with room for `arguments` named arguments and `attacks` attacks.
    /// The reservation is capped (2^20 names, 2^24 attacks), so a size announced by untrusted
    /// input cannot allocate much before the data arrives; beyond that the buffers grow as
    /// usual.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId};
    /// let attacks = [(0, 1), (1, 2), (2, 0)];
    /// let mut af = ArgumentationFramework::with_capacity(0, attacks.len());
    /// af.add_unnamed_arguments(3)?;
    /// for (x, y) in attacks {
    ///     af.add_attack(ArgumentId::new(x), ArgumentId::new(y))?;
    /// }
    /// assert!(af.grounded_extension().is_empty()); // an odd cycle decides nothing
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn with_capacity(arguments: usize, attacks: usize) -> Self {
        let mut af = Self::new();
        af.by_name.reserve(arguments.min(1 << 20));
        af.pending.reserve(attacks.min(1 << 24));
        af
    }

    /// A framework of `n` unnamed arguments (shown 1..=n, as in ICCMA 2023) and no attacks.
    ///
    /// # Errors
    ///
    /// [`FrameworkError::TooManyArguments`] when `n` exceeds [`MAX_ARGUMENTS`].
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId};
    /// let af = ArgumentationFramework::with_arguments(3)?;
    /// assert_eq!(af.len(), 3);
    /// assert_eq!(af.name(ArgumentId::new(0)), "1");
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn with_arguments(n: u32) -> Result<Self, FrameworkError> {
        let mut af = Self::new();
        af.add_unnamed_arguments(n)?;
        Ok(af)
    }

    /// Adds a named argument and returns its id. Names are unique keys: adding a name that is
    /// already present returns the existing argument.
    ///
    /// # Panics
    ///
    /// Never; past [`MAX_ARGUMENTS`] use [`try_add_argument`](Self::try_add_argument), which
    /// reports the limit. This method returns the last valid id in that case instead of
    /// growing further.
    ///
    /// ```
    /// use claimgraph::argumentation::ArgumentationFramework;
    /// let mut af = ArgumentationFramework::new();
    /// let a = af.add_argument("a");
    /// assert_eq!(af.add_argument("a"), a);
    /// assert_eq!(af.len(), 1);
    /// ```
    pub fn add_argument(&mut self, name: impl Into<String>) -> ArgumentId {
        match self.try_add_argument(name) {
            Ok(id) => id,
            Err(_) => ArgumentId(self.len.saturating_sub(1)),
        }
    }

    /// Adds a named argument, reporting the size limit as an error. Names are unique keys, as
    /// in [`add_argument`](Self::add_argument).
    ///
    /// # Errors
    ///
    /// [`FrameworkError::TooManyArguments`] when the framework already holds
    /// [`MAX_ARGUMENTS`] arguments.
    ///
    /// # Complexity
    ///
    /// `O(1)` expected, plus the name's length. After a query, the next one rebuilds the
    /// adjacency (`O(m log m)`); after [`compact`](Self::compact), this call also copies the
    /// attacks back into the edit buffer (`O(m)`).
    ///
    /// ```
    /// use claimgraph::argumentation::ArgumentationFramework;
    /// let mut af = ArgumentationFramework::new();
    /// let a = af.try_add_argument("a")?;
    /// assert_eq!(af.find("a"), Some(a));
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn try_add_argument(
        &mut self,
        name: impl Into<String>,
    ) -> Result<ArgumentId, FrameworkError> {
        let name: Box<str> = name.into().into_boxed_str();
        if let Some(&id) = self.by_name.get(&name) {
            return Ok(id);
        }
        if self.len >= MAX_ARGUMENTS {
            return Err(FrameworkError::TooManyArguments {
                requested: u64::from(self.len) + 1,
            });
        }
        let id = ArgumentId(self.len);
        self.invalidate();
        self.names.resize(self.len as usize, None);
        self.names.push(Some(name.clone()));
        self.by_name.insert(name, id);
        self.len += 1;
        Ok(id)
    }

    /// Adds `n` unnamed arguments (shown by their 1-based number) and returns the first id.
    ///
    /// # Errors
    ///
    /// [`FrameworkError::TooManyArguments`] when the total would exceed [`MAX_ARGUMENTS`].
    ///
    /// ```
    /// use claimgraph::argumentation::ArgumentationFramework;
    /// let mut af = ArgumentationFramework::new();
    /// let first = af.add_unnamed_arguments(4)?;
    /// assert_eq!(first.index(), 0);
    /// assert_eq!(af.len(), 4);
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn add_unnamed_arguments(&mut self, n: u32) -> Result<ArgumentId, FrameworkError> {
        let total = u64::from(self.len) + u64::from(n);
        if total > u64::from(MAX_ARGUMENTS) {
            return Err(FrameworkError::TooManyArguments { requested: total });
        }
        let first = ArgumentId(self.len);
        self.invalidate();
        self.len = total as u32;
        Ok(first)
    }

    /// Adds the attack `attacker -> target`. Adding an existing attack again changes nothing.
    ///
    /// # Errors
    ///
    /// [`FrameworkError::UnknownArgument`] when either id is not an argument of this framework.
    ///
    /// # Complexity
    ///
    /// Amortised `O(1)`: the attack is buffered. The next query rebuilds the adjacency in
    /// `O(m log m)`; after [`compact`](Self::compact), this call also copies the attacks back
    /// into the buffer (`O(m)`). Add everything first, then query.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId, FrameworkError};
    /// let mut af = ArgumentationFramework::with_arguments(2)?;
    /// af.add_attack(ArgumentId::new(0), ArgumentId::new(1))?;
    /// af.add_attack(ArgumentId::new(0), ArgumentId::new(1))?;
    /// af.add_attack(ArgumentId::new(1), ArgumentId::new(1))?; // self-attack
    /// assert_eq!(af.attack_count(), 2);
    /// assert!(matches!(
    ///     af.add_attack(ArgumentId::new(0), ArgumentId::new(9)),
    ///     Err(FrameworkError::UnknownArgument { .. })
    /// ));
    /// # Ok::<(), FrameworkError>(())
    /// ```
    pub fn add_attack(
        &mut self,
        attacker: ArgumentId,
        target: ArgumentId,
    ) -> Result<(), FrameworkError> {
        self.known(attacker)?;
        self.known(target)?;
        self.invalidate();
        self.pending.push((attacker.0, target.0));
        Ok(())
    }

    /// Removes the attack `attacker -> target` if present; returns whether it was there.
    ///
    /// # Complexity
    ///
    /// `O(m)`: the buffered edge list is filtered. Meant for occasional edits (the ICCMA
    /// dynamic track), not for bulk deletion.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId};
    /// let mut af = ArgumentationFramework::with_arguments(2)?;
    /// let (a, b) = (ArgumentId::new(0), ArgumentId::new(1));
    /// af.add_attack(a, b)?;
    /// assert!(af.remove_attack(a, b));
    /// assert!(!af.remove_attack(a, b));
    /// assert_eq!(af.attack_count(), 0);
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn remove_attack(&mut self, attacker: ArgumentId, target: ArgumentId) -> bool {
        self.invalidate();
        let before = self.pending.len();
        self.pending.retain(|&e| e != (attacker.0, target.0));
        before != self.pending.len()
    }

    /// Drops the built adjacency after moving its edges back to the buffer, so that the next
    /// query rebuilds from the complete edge list.
    fn invalidate(&mut self) {
        if let Some(adj) = self.adjacency.take()
            && self.pending.is_empty()
        {
            self.pending = adj.edges().collect();
        }
    }

    /// Builds the adjacency now and frees the edge buffer: the smallest memory footprint.
    /// Readers call this before returning a framework.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId};
    /// let mut af = ArgumentationFramework::with_arguments(2)?;
    /// af.add_attack(ArgumentId::new(0), ArgumentId::new(1))?;
    /// af.compact();
    /// assert_eq!(af.attack_count(), 1);
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn compact(&mut self) {
        if self.adjacency.get().is_none() {
            let edges = std::mem::take(&mut self.pending);
            let _ = self
                .adjacency
                .set(Adjacency::build_from(self.len as usize, edges));
        }
        self.pending = Vec::new();
        self.names.shrink_to_fit();
    }

    /// Attacks added and not yet folded into the adjacency (duplicates included): what a
    /// reader holds in memory while it reads.
    pub(crate) fn pending_attacks(&self) -> usize {
        self.pending.len()
    }

    pub(crate) fn adjacency(&self) -> &Adjacency {
        self.adjacency
            .get_or_init(|| Adjacency::build(self.len as usize, &self.pending))
    }

    /// The number of arguments, attacked or not.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, Format};
    /// let af = ArgumentationFramework::parse(Format::Iccma, "p af 5\n1 2\n")?;
    /// assert_eq!(af.len(), 5); // 3, 4 and 5 take part in no attack, but are arguments
    /// # Ok::<(), claimgraph::argumentation::FormatError>(())
    /// ```
    pub fn len(&self) -> usize {
        self.len as usize
    }

    /// Whether the framework has no arguments. Every semantics then has exactly one
    /// extension, the empty one.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, Format, Semantics};
    /// let af = ArgumentationFramework::parse(Format::Iccma, "p af 0\n")?;
    /// assert!(af.is_empty());
    /// assert_eq!(af.extensions(Semantics::Stable).count(), 1);
    /// # Ok::<(), claimgraph::argumentation::FormatError>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The number of distinct attacks.
    ///
    /// # Complexity
    ///
    /// `O(1)` once the adjacency is built; the first query after additions builds it in
    /// `O(m log m)`.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId};
    /// let mut af = ArgumentationFramework::with_arguments(2)?;
    /// af.add_attack(ArgumentId::new(1), ArgumentId::new(0))?;
    /// assert_eq!(af.attack_count(), 1);
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn attack_count(&self) -> usize {
        self.adjacency().targets.len()
    }

    /// Whether `a` is an argument of this framework.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId};
    /// let af = ArgumentationFramework::with_arguments(2)?;
    /// assert!(af.contains(ArgumentId::new(1)));
    /// assert!(!af.contains(ArgumentId::new(2)));
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn contains(&self, a: ArgumentId) -> bool {
        a.0 < self.len
    }

    /// `Ok` when `a` is in the framework, else [`FrameworkError::UnknownArgument`] naming it
    /// and the framework's size: the check every query about one argument starts with.
    pub(crate) fn known(&self, a: ArgumentId) -> Result<(), FrameworkError> {
        if self.contains(a) {
            Ok(())
        } else {
            Err(FrameworkError::UnknownArgument {
                argument: a,
                len: self.len,
            })
        }
    }

    /// All arguments in index order.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId};
    /// let mut af = ArgumentationFramework::with_arguments(3)?;
    /// af.add_attack(ArgumentId::new(0), ArgumentId::new(1))?;
    /// // Unattacked arguments are in the grounded extension, so in every complete one.
    /// let unattacked: Vec<_> = af.arguments().filter(|&a| af.attackers_of(a).is_empty()).collect();
    /// assert_eq!(unattacked, [ArgumentId::new(0), ArgumentId::new(2)]);
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn arguments(&self) -> impl ExactSizeIterator<Item = ArgumentId> + use<> {
        (0..self.len).map(ArgumentId)
    }

    /// All distinct attacks `(attacker, target)`, ordered by attacker then target.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId};
    /// let mut af = ArgumentationFramework::with_arguments(2)?;
    /// let (a, b) = (ArgumentId::new(0), ArgumentId::new(1));
    /// af.add_attack(b, a)?;
    /// af.add_attack(a, b)?;
    /// assert_eq!(af.attacks().collect::<Vec<_>>(), vec![(a, b), (b, a)]);
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn attacks(&self) -> impl Iterator<Item = (ArgumentId, ArgumentId)> + '_ {
        self.adjacency()
            .edges()
            .map(|(s, t)| (ArgumentId(s), ArgumentId(t)))
    }

    /// How many arguments attack `a` (0 for an unknown argument); cheaper than
    /// `attackers_of(a).len()` on a framework whose attacker lists are not built yet.
    pub(crate) fn attacker_count(&self, a: ArgumentId) -> usize {
        self.adjacency().attacker_count(a)
    }

    /// The arguments attacking `a`, sorted; empty for an unknown argument.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId};
    /// let mut af = ArgumentationFramework::with_arguments(3)?;
    /// let [a, b, c] = [0, 1, 2].map(ArgumentId::new);
    /// af.add_attack(c, a)?;
    /// af.add_attack(b, a)?;
    /// assert_eq!(af.attackers_of(a), &[b, c]);
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn attackers_of(&self, a: ArgumentId) -> &[ArgumentId] {
        self.adjacency().attackers_of(a)
    }

    /// The arguments that `a` attacks, sorted; empty for an unknown argument.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId};
    /// let mut af = ArgumentationFramework::with_arguments(2)?;
    /// let [a, b] = [0, 1].map(ArgumentId::new);
    /// af.add_attack(a, b)?;
    /// assert_eq!(af.targets_of(a), &[b]);
    /// assert!(af.targets_of(b).is_empty());
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn targets_of(&self, a: ArgumentId) -> &[ArgumentId] {
        self.adjacency().targets_of(a)
    }

    /// Whether `attacker` attacks `target`.
    ///
    /// # Complexity
    ///
    /// `O(log d)` by binary search in the sorted target list of `attacker`.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId};
    /// let mut af = ArgumentationFramework::with_arguments(2)?;
    /// let [a, b] = [0, 1].map(ArgumentId::new);
    /// af.add_attack(a, b)?;
    /// assert!(af.attacks_argument(a, b));
    /// assert!(!af.attacks_argument(b, a));
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn attacks_argument(&self, attacker: ArgumentId, target: ArgumentId) -> bool {
        self.targets_of(attacker).binary_search(&target).is_ok()
    }

    /// The argument's name: the one it was added with, or its 1-based number for an unnamed
    /// argument (the ICCMA 2023 convention).
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId};
    /// let mut af = ArgumentationFramework::with_arguments(1)?;
    /// let b = af.add_argument("b");
    /// assert_eq!(af.name(ArgumentId::new(0)), "1");
    /// assert_eq!(af.name(b), "b");
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn name(&self, a: ArgumentId) -> Cow<'_, str> {
        match self.names.get(a.ix()) {
            Some(Some(name)) => Cow::Borrowed(name),
            _ => Cow::Owned((u64::from(a.0) + 1).to_string()),
        }
    }

    /// Whether the argument was added with a name.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId};
    /// let mut af = ArgumentationFramework::with_arguments(1)?;
    /// let b = af.add_argument("b");
    /// assert!(af.is_named(b));
    /// assert!(!af.is_named(ArgumentId::new(0)));
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn is_named(&self, a: ArgumentId) -> bool {
        matches!(self.names.get(a.ix()), Some(Some(_)))
    }

    /// Finds an argument by name; an unnamed argument is found by its 1-based number.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId};
    /// let mut af = ArgumentationFramework::with_arguments(2)?;
    /// let x = af.add_argument("x");
    /// assert_eq!(af.find("x"), Some(x));
    /// assert_eq!(af.find("2"), Some(ArgumentId::new(1)));
    /// assert_eq!(af.find("3"), None); // argument 3 is named "x"
    /// assert_eq!(af.find("y"), None);
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn find(&self, name: &str) -> Option<ArgumentId> {
        if let Some(&id) = self.by_name.get(name) {
            return Some(id);
        }
        let k: u32 = name.parse().ok()?;
        let id = ArgumentId(k.checked_sub(1)?);
        (self.contains(id) && !self.is_named(id)).then_some(id)
    }

    /// Whether a set of arguments is conflict-free (no member attacks a member).
    ///
    /// # Complexity
    ///
    /// `O(sum of out-degrees of the set + n)`.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId};
    /// let mut af = ArgumentationFramework::with_arguments(2)?;
    /// let [a, b] = [0, 1].map(ArgumentId::new);
    /// af.add_attack(a, b)?;
    /// assert!(af.is_conflict_free(&[a]));
    /// assert!(!af.is_conflict_free(&[a, b]));
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn is_conflict_free(&self, set: &[ArgumentId]) -> bool {
        let member = self.membership(set);
        set.iter()
            .all(|&a| self.targets_of(a).iter().all(|t| !member[t.ix()]))
    }

    /// Whether a set of arguments is admissible: conflict-free and defending each member
    /// (every attacker of a member is attacked by the set).
    ///
    /// # Complexity
    ///
    /// `O(n + sum of the degrees of the set's members)`.
    ///
    /// ```
    /// use claimgraph::argumentation::{ArgumentationFramework, ArgumentId};
    /// let mut af = ArgumentationFramework::with_arguments(3)?;
    /// let [a, b, c] = [0, 1, 2].map(ArgumentId::new);
    /// af.add_attack(a, b)?;
    /// af.add_attack(b, c)?;
    /// assert!(af.is_admissible(&[a, c]));
    /// assert!(!af.is_admissible(&[c]));
    /// # Ok::<(), claimgraph::argumentation::FrameworkError>(())
    /// ```
    pub fn is_admissible(&self, set: &[ArgumentId]) -> bool {
        if !self.is_conflict_free(set) {
            return false;
        }
        let attacked = self.attacked_by_set(set);
        set.iter()
            .all(|&a| self.attackers_of(a).iter().all(|b| attacked[b.ix()]))
    }

    /// A membership bitmap of `set` (ids out of range are ignored).
    pub(crate) fn membership(&self, set: &[ArgumentId]) -> Vec<bool> {
        let mut member = vec![false; self.len()];
        for a in set {
            if let Some(m) = member.get_mut(a.ix()) {
                *m = true;
            }
        }
        member
    }

    /// Which arguments the set attacks.
    pub(crate) fn attacked_by_set(&self, set: &[ArgumentId]) -> Vec<bool> {
        let mut attacked = vec![false; self.len()];
        for &a in set {
            for t in self.targets_of(a) {
                attacked[t.ix()] = true;
            }
        }
        attacked
    }
}

#[cfg(test)]
#[allow(clippy::many_single_char_names)] // a, b, c, ... are the textbook argument names
mod tests {
    use super::*;

    #[test]
    fn dedup_and_order() {
        let mut af = ArgumentationFramework::with_arguments(3).unwrap();
        let [a, b, c] = [0, 1, 2].map(ArgumentId::new);
        for _ in 0..3 {
            af.add_attack(c, a).unwrap();
            af.add_attack(a, c).unwrap();
            af.add_attack(b, a).unwrap();
        }
        assert_eq!(af.attack_count(), 3);
        assert_eq!(af.attackers_of(a), &[b, c]);
        assert_eq!(af.targets_of(a), &[c]);
        // additions after a query are seen
        af.add_attack(b, b).unwrap();
        assert_eq!(af.attack_count(), 4);
        assert!(af.attacks_argument(b, b));
        af.compact();
        assert_eq!(af.attack_count(), 4);
        af.add_attack(c, b).unwrap();
        assert_eq!(af.attack_count(), 5, "edges survive compact then add");
    }

    #[test]
    fn unknown_ids_are_harmless() {
        let af = ArgumentationFramework::with_arguments(1).unwrap();
        let z = ArgumentId::new(99);
        assert!(af.attackers_of(z).is_empty());
        assert!(af.targets_of(z).is_empty());
        assert!(!af.attacks_argument(z, z));
        assert_eq!(af.name(z), "100");
        assert!(af.is_conflict_free(&[z]));
    }

    #[test]
    fn limits_are_errors() {
        let mut af = ArgumentationFramework::new();
        assert!(matches!(
            af.add_unnamed_arguments(MAX_ARGUMENTS),
            Ok(first) if first.index() == 0
        ));
        assert!(matches!(
            af.add_unnamed_arguments(1),
            Err(FrameworkError::TooManyArguments { .. })
        ));
        assert!(af.try_add_argument("x").is_err());
    }

    #[test]
    fn many_attacks_from_one_argument_dedup_fast() {
        let n = 100_000u32;
        let mut af = ArgumentationFramework::with_arguments(n).unwrap();
        for t in (0..n).rev() {
            af.add_attack(ArgumentId::new(0), ArgumentId::new(t))
                .unwrap();
            af.add_attack(ArgumentId::new(0), ArgumentId::new(t))
                .unwrap();
        }
        assert_eq!(af.targets_of(ArgumentId::new(0)).len(), n as usize);
    }
}

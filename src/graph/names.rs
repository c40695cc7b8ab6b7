//! The index from actor names to actors, behind [`ClaimGraph::actors_named`] and
//! [`ClaimGraph::actor_or_insert`].
//!
//! Each name and alias is kept as a 64-bit hash of its normalised form beside the actor's id,
//! in an ordered set: 16 bytes a name, a lookup in `O(log n)` plus one check of each actor
//! under that hash (the actors of that name, and in the rare case of a collision a few more,
//! which the check drops). Hashing with std's `DefaultHasher::new()`, whose keys are fixed,
//! keeps the index the same from run to run; answers come in id order either way.
//!
//! [`ClaimGraph::actors_named`]: super::ClaimGraph::actors_named
//! [`ClaimGraph::actor_or_insert`]: super::ClaimGraph::actor_or_insert

use crate::{Actor, ActorId};
use std::collections::BTreeSet;
use std::hash::{DefaultHasher, Hasher};

/// A name under the one rule for matching names: words split at white space and joined by
/// single spaces, every character lowercased (`char::to_lowercase`). `" Dmitry  PESKOV"`
/// becomes `"dmitry peskov"`.
pub(crate) fn normalised(name: &str) -> impl Iterator<Item = char> + '_ {
    name.split_whitespace().enumerate().flat_map(|(i, word)| {
        (i > 0)
            .then_some(' ')
            .into_iter()
            .chain(word.chars().flat_map(char::to_lowercase))
    })
}

/// Whether two names are the same under [`normalised`]; a blank name matches nothing.
pub(crate) fn same_name(a: &str, b: &str) -> bool {
    !b.trim().is_empty() && normalised(a).eq(normalised(b))
}

fn key(name: &str) -> u64 {
    let mut h = DefaultHasher::new();
    for c in normalised(name) {
        h.write_u32(u32::from(c));
    }
    h.finish()
}

fn names(actor: &Actor) -> impl Iterator<Item = &str> {
    std::iter::once(actor.name())
        .chain(actor.aliases().iter().map(String::as_str))
        .filter(|n| !n.trim().is_empty())
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct NameIndex {
    keys: BTreeSet<(u64, ActorId)>,
}

impl NameIndex {
    pub(crate) fn insert(&mut self, id: ActorId, actor: &Actor) {
        for n in names(actor) {
            self.keys.insert((key(n), id));
        }
    }

    pub(crate) fn remove(&mut self, id: ActorId, actor: &Actor) {
        for n in names(actor) {
            self.keys.remove(&(key(n), id));
        }
    }

    /// The actors that may have `name`, in id order: every one that has it, and possibly
    /// others whose name hashes alike, which the caller checks.
    pub(crate) fn candidates(&self, name: &str) -> impl Iterator<Item = ActorId> + '_ {
        let k = key(name);
        self.keys
            .range((k, ActorId::new(0))..=(k, ActorId::new(u32::MAX)))
            .map(|&(_, id)| id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_normalise_case_and_white_space() {
        let n: String = normalised("  Dmitry \t PESKOV ").collect();
        assert_eq!(n, "dmitry peskov");
        assert!(same_name("Dmitry Peskov", "dmitry  peskov"));
        assert!(same_name("ÅLAND", "åland"));
        assert!(!same_name("Russia", "Russian"));
        assert!(!same_name("", " "));
        assert_eq!(key("A  b"), key("a B"));
    }
}

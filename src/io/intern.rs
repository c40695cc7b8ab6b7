//! Actors named by a code and a name, made once each: the one interner of the event-data
//! readers (GDELT, PLOVER), and the one way they build an actor from CAMEO-coded fields.

use crate::{Actor, ActorId, ActorKind, CameoActorCode, ClaimGraph, CountryCode};
use std::collections::HashMap;
use std::fmt::Write as _;

/// Actor ids by (code, name). A lookup builds its key in a reused buffer, so finding an
/// actor already made allocates nothing; a new actor costs one key.
#[derive(Default)]
pub(crate) struct Actors {
    ids: HashMap<Box<str>, ActorId>,
    key: String,
}

impl Actors {
    /// The actor named by `code` and `name`, made by `make` on first sight. `None` when the
    /// graph refuses it (it is full).
    pub(crate) fn intern(
        &mut self,
        graph: &mut ClaimGraph,
        code: &str,
        name: &str,
        make: impl FnOnce() -> Actor,
    ) -> Option<ActorId> {
        // The code's length first keeps ("ab", "c") and ("a", "bc") apart.
        self.key.clear();
        let _ = write!(self.key, "{}:{code}{name}", code.len());
        if let Some(&id) = self.ids.get(self.key.as_str()) {
            return Some(id);
        }
        let id = graph.add_actor(make()).ok()?;
        self.ids.insert(self.key.as_str().into(), id);
        Some(id)
    }
}

/// An actor from event-data fields: named by `name`, or by the code when the name is empty;
/// with the CAMEO actor code and the ISO 3166 country code where they are valid.
pub(crate) fn coded_actor(code: &str, name: &str, kind: ActorKind, country: &str) -> Actor {
    let mut actor = Actor::new(if name.is_empty() { code } else { name }, kind);
    if let Ok(c) = CameoActorCode::parse(code) {
        actor = actor.with_cameo(c);
    }
    if let Ok(c) = country.parse::<CountryCode>() {
        actor = actor.with_iso3(c);
    }
    actor
}

/// How many characters of a value a message quotes: enough to find it, never the whole of a
/// huge one.
const QUOTED: usize = 40;

/// A value for a message: quoted, and cut to its first [`QUOTED`] characters (`…` marks the
/// cut), so a finding about a 60 KiB field costs no more than one about a short one.
pub(crate) fn quote(s: &str) -> String {
    match s.char_indices().nth(QUOTED) {
        Some((cut, _)) => format!("{:?}…", &s[..cut]),
        None => format!("{s:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_actor_per_code_and_name() {
        let mut g = ClaimGraph::new();
        let mut actors = Actors::default();
        let mut get = |code: &str, name: &str| {
            actors
                .intern(&mut g, code, name, || {
                    coded_actor(code, name, ActorKind::Unknown, "")
                })
                .unwrap()
        };
        let a = get("RUS", "RUSSIA");
        assert_eq!(get("RUS", "RUSSIA"), a);
        assert_ne!(get("RUS", "MOSCOW"), a);
        assert_ne!(get("ab", "c"), get("a", "bc"));
        assert_eq!(g.actor_count(), 4);
        assert_eq!(g.actor(a).unwrap().cameo().unwrap().as_str(), "RUS");
    }

    #[test]
    fn quotes_are_short() {
        assert_eq!(quote("abc"), "\"abc\"");
        let long = "é".repeat(100);
        assert_eq!(quote(&long), format!("{:?}…", "é".repeat(40)));
    }
}

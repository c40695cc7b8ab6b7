//! Naming entities in messages: the id, then what a reader recognises (a name, an act and its
//! author, a description).

use super::snapshot::Snapshot;
use super::text::excerpt;
use crate::{ActorId, EntityId, EventId, RelationId, SourceId, Statement, StatementId};

/// Names entities of the snapshot for messages. Called only for findings that are kept.
pub(super) struct Names<'s, 'g>(pub(super) &'s Snapshot<'g>);

impl Names<'_, '_> {
    /// The actor's name alone; `?` for an id the graph does not hold.
    pub(super) fn actor_name(&self, id: ActorId) -> &str {
        self.0.actor(id).map_or("?", crate::Actor::name)
    }

    /// `A4 (Dmitry Peskov)`.
    pub(super) fn actor(&self, id: ActorId) -> String {
        format!("{id} ({})", self.actor_name(id))
    }

    /// `C0 (accusation by Finland, "smuggling")`, `R2 (denial by Russia)`.
    pub(super) fn statement(&self, id: StatementId) -> String {
        match self.0.statement(id) {
            Some(Statement::Claim(c)) => format!(
                "{id} ({} by {}, {})",
                c.act(),
                self.actor_name(c.claimant()),
                excerpt(c.allegation().text())
            ),
            Some(Statement::Rebuttal(r)) if r.text().is_empty() => {
                format!("{id} ({} by {})", r.kind(), self.actor_name(r.by()))
            }
            Some(Statement::Rebuttal(r)) => format!(
                "{id} ({} by {}, {})",
                r.kind(),
                self.actor_name(r.by()),
                excerpt(r.text())
            ),
            None => id.to_string(),
        }
    }

    pub(super) fn event(&self, id: EventId) -> String {
        self.0.event(id).map_or_else(
            || id.to_string(),
            |e| format!("{id} ({})", excerpt(e.description())),
        )
    }

    pub(super) fn source(&self, id: SourceId) -> String {
        self.0.source(id).map_or_else(
            || id.to_string(),
            |s| format!("{id} ({})", excerpt(s.title())),
        )
    }

    /// `L0 (Dmitry Peskov speaks for Kremlin)`.
    pub(super) fn relation(&self, id: RelationId) -> String {
        self.0.relation(id).map_or_else(
            || id.to_string(),
            |r| {
                format!(
                    "{id} ({} {} {})",
                    self.actor_name(r.from()),
                    r.kind(),
                    self.actor_name(r.to())
                )
            },
        )
    }

    pub(super) fn entity(&self, id: EntityId) -> String {
        match id {
            EntityId::ActorId(a) => self.actor(a),
            EntityId::ClaimId(c) => self.statement(c.into()),
            EntityId::RebuttalId(r) => self.statement(r.into()),
            EntityId::EventId(e) => self.event(e),
            EntityId::SourceId(s) => self.source(s),
            EntityId::RelationId(r) => self.relation(r),
            EntityId::SupportId(p) => p.to_string(),
        }
    }

    /// Up to five entities by name, then how many more.
    pub(super) fn list(&self, ids: &[EntityId]) -> String {
        const SHOWN: usize = 5;
        let mut parts: Vec<String> = ids.iter().take(SHOWN).map(|&i| self.entity(i)).collect();
        if ids.len() > SHOWN {
            parts.push(format!("{} more", ids.len() - SHOWN));
        }
        parts.join(", ")
    }
}

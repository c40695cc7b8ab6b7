//! Where passes put their findings. The configuration is resolved once, into a table indexed
//! by each lint's slot in the registry, so asking whether a lint runs, and at which severity a
//! finding is kept, is an array read; and a finding's message is built only once it is known
//! to be kept.

use super::config::Config;
use super::lint::Lint;
use super::lints::{COUNT, LINTS};
use super::report::{Diagnostic, Severity};
use crate::{Certainty, EntityId};

/// The severities a lint's findings get, certain and possible; `None` where they are not
/// reported. A lint whose certain findings are not reported does not run.
#[derive(Clone, Copy, Default)]
struct Treatment {
    certain: Option<Severity>,
    possible: Option<Severity>,
}

pub(super) struct Sink {
    treatment: [Treatment; COUNT],
    out: Vec<Diagnostic>,
}

impl Sink {
    pub(super) fn new(config: &Config) -> Self {
        let mut treatment = [Treatment::default(); COUNT];
        for lint in LINTS {
            treatment[lint.slot] = Treatment {
                certain: config.severity(lint, Certainty::Certain),
                possible: config.severity(lint, Certainty::Possible),
            };
        }
        Sink {
            treatment,
            out: Vec::new(),
        }
    }

    /// Whether `lint` runs at all.
    pub(super) fn on(&self, lint: &Lint) -> bool {
        self.treatment[lint.slot].certain.is_some()
    }

    /// Records a finding, unless its level or certainty leaves it out; `describe` gives its
    /// message and related entities, and is called only for a finding that is kept.
    pub(super) fn emit(
        &mut self,
        lint: &'static Lint,
        certainty: Certainty,
        primary: impl Into<EntityId>,
        describe: impl FnOnce() -> (String, Vec<EntityId>),
    ) {
        let treatment = self.treatment[lint.slot];
        let severity = match certainty {
            Certainty::Certain => treatment.certain,
            Certainty::Possible => treatment.possible,
        };
        if let Some(severity) = severity {
            let (message, related) = describe();
            self.out.push(Diagnostic {
                lint,
                severity,
                certainty,
                message,
                primary: primary.into(),
                related,
            });
        }
    }

    /// [`emit`](Self::emit) for a finding that holds for every reading of the dates.
    pub(super) fn certain(
        &mut self,
        lint: &'static Lint,
        primary: impl Into<EntityId>,
        describe: impl FnOnce() -> (String, Vec<EntityId>),
    ) {
        self.emit(lint, Certainty::Certain, primary, describe);
    }

    /// The findings, in the report's order.
    pub(super) fn finish(mut self) -> Vec<Diagnostic> {
        self.out.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ActorId;
    use crate::check::{Level, PossibleFindings, lints};

    #[test]
    fn each_lint_runs_by_its_own_level() {
        for lint in LINTS {
            let only = LINTS
                .iter()
                .fold(Config::default(), |c, l| c.level(l, Level::Allow))
                .level(lint, Level::Info);
            let sink = Sink::new(&only);
            let running: Vec<&str> = LINTS
                .iter()
                .filter(|l| sink.on(l))
                .map(|l| l.name)
                .collect();
            assert_eq!(running, [lint.name]);
        }
    }

    #[test]
    fn a_finding_left_out_is_never_described() {
        let config = Config::default()
            .level(&lints::ORPHAN_ACTOR, Level::Allow)
            .possible_findings(PossibleFindings::Omit);
        let mut sink = Sink::new(&config);
        let mut described = 0;
        let mut describe = || {
            described += 1;
            (String::from("m"), Vec::new())
        };
        let a = ActorId::new(0);
        sink.emit(&lints::SELF_REBUTTAL, Certainty::Possible, a, &mut describe);
        sink.certain(&lints::ORPHAN_ACTOR, a, &mut describe);
        sink.certain(&lints::SELF_REBUTTAL, a, &mut describe);
        assert_eq!(described, 1);
        let kept = sink.finish();
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].lint, &lints::SELF_REBUTTAL);
        assert_eq!(kept[0].severity, Severity::Warning);
    }
}

//! What the two picture formats share: how each kind of entity looks, how labels are cut to a
//! readable length, and the status of a statement. DOT and Mermaid differ only in syntax.

use crate::{ActorKind, ClaimGraph, RebuttalKind, SpeechAct, StatementId};

/// Longest label line, in characters, before wrapping.
pub(crate) const WRAP: usize = 28;
/// Longest label text, in characters, before it is cut with an ellipsis.
pub(crate) const CUT: usize = 110;

/// Whether anyone has answered a statement: unanswered statements are drawn with a heavy
/// border, answered ones with a dashed border.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Status {
    Unanswered,
    Answered,
}

pub(crate) fn status(g: &ClaimGraph, s: StatementId) -> Status {
    if g.rebuttals_of(s).next().is_some() {
        Status::Answered
    } else {
        Status::Unanswered
    }
}

/// Fill colour of a claim, by speech act: accusations red, denials blue, threats orange.
pub(crate) fn act_colour(act: SpeechAct) -> &'static str {
    match act {
        SpeechAct::Accusation => "#f8b4b4",
        SpeechAct::Assertion => "#e5e7eb",
        SpeechAct::Denial => "#bfdbfe",
        SpeechAct::Warning => "#fde68a",
        SpeechAct::Threat => "#fdba74",
        SpeechAct::Prediction => "#ddd6fe",
    }
}

/// Fill colour of a rebuttal, by kind.
pub(crate) fn rebuttal_colour(kind: RebuttalKind) -> &'static str {
    match kind {
        RebuttalKind::Denial => "#93c5fd",
        RebuttalKind::Dismissal => "#a5b4fc",
        RebuttalKind::Undercut | RebuttalKind::Undermine => "#99f6e4",
        RebuttalKind::CounterAccusation => "#fca5a5",
    }
}

pub(crate) const ACTOR_COLOUR: &str = "#fef9c3";
pub(crate) const EVENT_COLOUR: &str = "#d9f99d";

/// The verb on the edge from a rebuttal to what it answers.
pub(crate) fn rebuttal_verb(kind: RebuttalKind) -> &'static str {
    match kind {
        RebuttalKind::Denial => "denies",
        RebuttalKind::Undercut => "undercuts",
        RebuttalKind::Undermine => "undermines",
        RebuttalKind::CounterAccusation => "counter-accuses",
        RebuttalKind::Dismissal => "dismisses",
    }
}

/// The verb on the edge from a claim to the actors it is about.
pub(crate) fn act_verb(act: SpeechAct) -> &'static str {
    match act {
        SpeechAct::Accusation => "accuses",
        SpeechAct::Assertion | SpeechAct::Prediction => "about",
        SpeechAct::Denial => "denies for",
        SpeechAct::Warning => "warns",
        SpeechAct::Threat => "threatens",
    }
}

/// DOT shape of an actor, by kind.
pub(crate) fn actor_shape(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::State => "box3d",
        ActorKind::Government => "house",
        ActorKind::Institution => "cylinder",
        ActorKind::Person => "ellipse",
        ActorKind::Organisation => "component",
        ActorKind::Alliance => "doubleoctagon",
        ActorKind::Collective => "folder",
        ActorKind::MediaOutlet => "note",
        ActorKind::Unknown => "octagon",
    }
}

/// A label: the text cut to [`CUT`] characters and wrapped at [`WRAP`], lines joined by
/// `newline`, each line passed through `escape`.
pub(crate) fn label(text: &str, newline: &str, escape: impl Fn(&str) -> String) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut total = 0usize;
    let mut cut = false;
    for word in text.split_whitespace() {
        let n = word.chars().count();
        if total + n > CUT {
            cut = true;
            break;
        }
        total += n + 1;
        words.push(word.to_owned());
    }
    if words.is_empty() && !text.trim().is_empty() {
        // One very long word: keep its start.
        words.push(text.trim().chars().take(CUT).collect());
        cut = true;
    }
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for w in words {
        if !line.is_empty() && line.chars().count() + 1 + w.chars().count() > WRAP {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&w);
    }
    if cut {
        line.push('…');
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
        .iter()
        .map(|l| escape(l))
        .collect::<Vec<_>>()
        .join(newline)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_wrap_and_cut() {
        let l = label(&"word ".repeat(40), "|", str::to_owned);
        assert!(l.ends_with('…'));
        assert!(l.split('|').all(|line| line.chars().count() <= WRAP + 1));
        assert_eq!(label("  ", "|", str::to_owned), "");
        let long = label(&"x".repeat(500), "|", str::to_owned);
        assert_eq!(long.chars().count(), CUT + 1);
    }
}

//! How sure a speaker says they are, and how good a source is, in the words analysts use.
//!
//! - A statement's own confidence is an [`Estimate`]: a level on the estimative-probability
//!   scale of US Intelligence Community Directive 203 ([`Likelihood`], "almost no chance" to
//!   "almost certain"), kept together with the speaker's own wording ("highly likely", "no
//!   doubt").
//! - A source's quality is a [`Grading`] in the NATO Admiralty code (STANAG 2511, AJP-2.1):
//!   the reliability of the source, A to F, and the credibility of the information, 1 to 6,
//!   written together as `B2`.

use std::fmt;
use std::str::FromStr;

/// A level of the ICD 203 estimative-probability scale, least likely first, with the ranges
/// the directive gives.
///
/// ```
/// use claimgraph::Likelihood;
/// assert!(Likelihood::Likely < Likelihood::VeryLikely);
/// assert_eq!(Likelihood::VeryLikely.percent(), (80, 95));
/// assert_eq!("very_likely".parse::<Likelihood>(), Ok(Likelihood::VeryLikely));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Likelihood {
    /// Almost no chance; remote (01-05 %).
    AlmostNoChance,
    /// Very unlikely; highly improbable (05-20 %).
    VeryUnlikely,
    /// Unlikely; improbable (20-45 %).
    Unlikely,
    /// Roughly even chance; roughly even odds (45-55 %).
    RoughlyEvenChance,
    /// Likely; probable (55-80 %).
    Likely,
    /// Very likely; highly probable (80-95 %).
    VeryLikely,
    /// Almost certain; nearly certain (95-99 %).
    AlmostCertain,
}

crate::names::names! {
    Likelihood in "claimgraph", "likelihood";
    AlmostNoChance => "almost_no_chance",
    VeryUnlikely => "very_unlikely",
    Unlikely => "unlikely",
    RoughlyEvenChance => "roughly_even_chance",
    Likely => "likely",
    VeryLikely => "very_likely",
    AlmostCertain => "almost_certain",
}

impl Likelihood {
    /// The range of probability, in percent, that ICD 203 gives the level.
    ///
    /// ```
    /// use claimgraph::Likelihood;
    /// assert_eq!(Likelihood::AlmostCertain.percent(), (95, 99));
    /// ```
    pub fn percent(self) -> (u8, u8) {
        match self {
            Likelihood::AlmostNoChance => (1, 5),
            Likelihood::VeryUnlikely => (5, 20),
            Likelihood::Unlikely => (20, 45),
            Likelihood::RoughlyEvenChance => (45, 55),
            Likelihood::Likely => (55, 80),
            Likelihood::VeryLikely => (80, 95),
            Likelihood::AlmostCertain => (95, 99),
        }
    }

    /// The level that a phrase of ordinary or official English states, when it is one of the
    /// directive's terms or a common equivalent ("highly likely", "no doubt", "probably",
    /// "remote"); case and surrounding spaces are ignored. `None` for anything else: a
    /// phrase is never guessed at.
    ///
    /// ```
    /// use claimgraph::Likelihood;
    /// assert_eq!(Likelihood::from_wording("Highly likely"), Some(Likelihood::VeryLikely));
    /// assert_eq!(Likelihood::from_wording("no doubt"), Some(Likelihood::AlmostCertain));
    /// assert_eq!(Likelihood::from_wording("perhaps"), None);
    /// ```
    pub fn from_wording(phrase: &str) -> Option<Likelihood> {
        let p = phrase.trim().to_lowercase();
        let level = match p.as_str() {
            "almost no chance" | "remote" | "remotely possible" | "no chance" => {
                Likelihood::AlmostNoChance
            }
            "very unlikely" | "highly unlikely" | "highly improbable" | "very improbable" => {
                Likelihood::VeryUnlikely
            }
            "unlikely" | "improbable" | "probably not" | "improbably" => Likelihood::Unlikely,
            "roughly even chance"
            | "roughly even odds"
            | "even chance"
            | "fifty-fifty"
            | "as likely as not" => Likelihood::RoughlyEvenChance,
            "likely" | "probable" | "probably" => Likelihood::Likely,
            "very likely" | "highly likely" | "highly probable" | "very probably"
            | "very probable" => Likelihood::VeryLikely,
            "almost certain" | "almost certainly" | "nearly certain" | "no doubt"
            | "beyond doubt" | "certain" | "certainly" | "definitely" => Likelihood::AlmostCertain,
            _ => return None,
        };
        Some(level)
    }
}

/// A speaker's own statement of how sure they are: a level of the ICD 203 scale and, when the
/// speaker used other words, those words as said.
///
/// ```
/// use claimgraph::{Estimate, Likelihood};
/// let e = Estimate::from_wording("highly likely").unwrap();
/// assert_eq!(e.level(), Likelihood::VeryLikely);
/// assert_eq!(e.wording(), Some("highly likely"));
/// assert_eq!(e.to_string(), "very likely (\"highly likely\")");
/// assert_eq!(Estimate::new(Likelihood::Likely).to_string(), "likely");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Estimate {
    level: Likelihood,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    wording: Option<String>,
}

impl Estimate {
    /// A level with no wording of the speaker's own.
    ///
    /// ```
    /// use claimgraph::{Estimate, Likelihood};
    /// assert_eq!(Estimate::new(Likelihood::Unlikely).wording(), None);
    /// ```
    pub fn new(level: Likelihood) -> Self {
        Estimate {
            level,
            wording: None,
        }
    }

    /// The level a phrase states, kept with the phrase; `None` when the phrase is not one
    /// [`Likelihood::from_wording`] knows (give the level yourself with
    /// [`with_wording`](Self::with_wording)).
    ///
    /// ```
    /// use claimgraph::Estimate;
    /// assert!(Estimate::from_wording("almost certainly").is_some());
    /// assert!(Estimate::from_wording("we think so").is_none());
    /// ```
    pub fn from_wording(phrase: &str) -> Option<Self> {
        Likelihood::from_wording(phrase).map(|level| Estimate::new(level).with_wording(phrase))
    }

    /// Keeps the speaker's own words ("we have no doubt"), whatever the level.
    ///
    /// ```
    /// use claimgraph::{Estimate, Likelihood};
    /// let e = Estimate::new(Likelihood::AlmostCertain).with_wording("we have no doubt");
    /// assert_eq!(e.wording(), Some("we have no doubt"));
    /// ```
    #[must_use]
    pub fn with_wording(mut self, wording: impl Into<String>) -> Self {
        self.wording = Some(wording.into());
        self
    }

    /// The level on the ICD 203 scale.
    ///
    /// ```
    /// use claimgraph::{Estimate, Likelihood};
    /// assert_eq!(Estimate::new(Likelihood::Likely).level(), Likelihood::Likely);
    /// ```
    pub fn level(&self) -> Likelihood {
        self.level
    }

    /// The speaker's own words, when kept.
    ///
    /// ```
    /// use claimgraph::Estimate;
    /// assert_eq!(Estimate::from_wording("probably").unwrap().wording(), Some("probably"));
    /// ```
    pub fn wording(&self) -> Option<&str> {
        self.wording.as_deref()
    }
}

impl fmt::Display for Estimate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.level.name().replace('_', " "))?;
        match &self.wording {
            Some(w) if !w.eq_ignore_ascii_case(&self.level.name().replace('_', " ")) => {
                write!(f, " (\"{w}\")")
            }
            _ => Ok(()),
        }
    }
}

/// The reliability of a source in the Admiralty code: A (completely reliable) to E
/// (unreliable), and F when it cannot be judged.
///
/// ```
/// use claimgraph::Reliability;
/// assert!(Reliability::A.is_better_than(Reliability::C));
/// assert!(!Reliability::F.is_better_than(Reliability::E));
/// assert_eq!(Reliability::B.meaning(), "usually reliable");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reliability {
    /// Completely reliable.
    A,
    /// Usually reliable.
    B,
    /// Fairly reliable.
    C,
    /// Not usually reliable.
    D,
    /// Unreliable.
    E,
    /// Reliability cannot be judged.
    F,
}

/// The credibility of a piece of information in the Admiralty code: 1 (confirmed by other
/// sources) to 5 (improbable), and 6 when its truth cannot be judged.
///
/// ```
/// use claimgraph::Credibility;
/// assert_eq!(Credibility::Confirmed.number(), 1);
/// assert_eq!(Credibility::from_number(3), Some(Credibility::PossiblyTrue));
/// assert_eq!(Credibility::CannotBeJudged.meaning(), "truth cannot be judged");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Credibility {
    /// 1: confirmed by other sources.
    Confirmed,
    /// 2: probably true.
    ProbablyTrue,
    /// 3: possibly true.
    PossiblyTrue,
    /// 4: doubtful.
    Doubtful,
    /// 5: improbable.
    Improbable,
    /// 6: truth cannot be judged.
    CannotBeJudged,
}

impl Reliability {
    /// Every grade, A to F.
    ///
    /// ```
    /// assert_eq!(claimgraph::Reliability::ALL.len(), 6);
    /// ```
    pub const ALL: [Reliability; 6] = [
        Reliability::A,
        Reliability::B,
        Reliability::C,
        Reliability::D,
        Reliability::E,
        Reliability::F,
    ];

    /// The letter.
    ///
    /// ```
    /// assert_eq!(claimgraph::Reliability::D.letter(), 'D');
    /// ```
    pub fn letter(self) -> char {
        ['A', 'B', 'C', 'D', 'E', 'F'][self as usize]
    }

    /// What the grade means, in the code's words.
    ///
    /// ```
    /// assert_eq!(claimgraph::Reliability::E.meaning(), "unreliable");
    /// ```
    pub fn meaning(self) -> &'static str {
        [
            "completely reliable",
            "usually reliable",
            "fairly reliable",
            "not usually reliable",
            "unreliable",
            "reliability cannot be judged",
        ][self as usize]
    }

    /// Whether this grade is a judged grade better than `other` (F, not judged, is better
    /// than nothing and worse than nothing).
    ///
    /// ```
    /// use claimgraph::Reliability;
    /// assert!(Reliability::B.is_better_than(Reliability::D));
    /// assert!(!Reliability::B.is_better_than(Reliability::F));
    /// ```
    pub fn is_better_than(self, other: Reliability) -> bool {
        self != Reliability::F && other != Reliability::F && self < other
    }
}

impl Credibility {
    /// Every grade, 1 to 6.
    ///
    /// ```
    /// assert_eq!(claimgraph::Credibility::ALL.len(), 6);
    /// ```
    pub const ALL: [Credibility; 6] = [
        Credibility::Confirmed,
        Credibility::ProbablyTrue,
        Credibility::PossiblyTrue,
        Credibility::Doubtful,
        Credibility::Improbable,
        Credibility::CannotBeJudged,
    ];

    /// The grade's number, 1 to 6.
    ///
    /// ```
    /// assert_eq!(claimgraph::Credibility::Doubtful.number(), 4);
    /// ```
    pub fn number(self) -> u8 {
        self as u8 + 1
    }

    /// The grade with a number, 1 to 6.
    ///
    /// ```
    /// assert!(claimgraph::Credibility::from_number(7).is_none());
    /// ```
    pub fn from_number(n: u8) -> Option<Credibility> {
        Credibility::ALL
            .get(usize::from(n).checked_sub(1)?)
            .copied()
    }

    /// What the grade means, in the code's words.
    ///
    /// ```
    /// assert_eq!(claimgraph::Credibility::ProbablyTrue.meaning(), "probably true");
    /// ```
    pub fn meaning(self) -> &'static str {
        [
            "confirmed by other sources",
            "probably true",
            "possibly true",
            "doubtful",
            "improbable",
            "truth cannot be judged",
        ][self as usize]
    }
}

/// A source graded in the Admiralty code: reliability and credibility, written `B2`.
///
/// ```
/// use claimgraph::{Credibility, Grading, Reliability};
/// let g: Grading = "B2".parse()?;
/// assert_eq!(g.reliability(), Reliability::B);
/// assert_eq!(g.credibility(), Credibility::ProbablyTrue);
/// assert_eq!(g.to_string(), "B2");
/// assert_eq!(g.meaning(), "usually reliable, probably true");
/// assert!("B7".parse::<Grading>().is_err());
/// # Ok::<(), claimgraph::GradingError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Grading {
    reliability: Reliability,
    credibility: Credibility,
}

impl Grading {
    /// A grading from its two parts.
    ///
    /// ```
    /// use claimgraph::{Credibility, Grading, Reliability};
    /// let g = Grading::new(Reliability::F, Credibility::CannotBeJudged);
    /// assert_eq!(g.to_string(), "F6");
    /// ```
    pub fn new(reliability: Reliability, credibility: Credibility) -> Self {
        Grading {
            reliability,
            credibility,
        }
    }

    /// The reliability of the source.
    ///
    /// ```
    /// use claimgraph::{Grading, Reliability};
    /// assert_eq!("C3".parse::<Grading>()?.reliability(), Reliability::C);
    /// # Ok::<(), claimgraph::GradingError>(())
    /// ```
    pub fn reliability(&self) -> Reliability {
        self.reliability
    }

    /// The credibility of the information.
    ///
    /// ```
    /// use claimgraph::{Credibility, Grading};
    /// assert_eq!("C3".parse::<Grading>()?.credibility(), Credibility::PossiblyTrue);
    /// # Ok::<(), claimgraph::GradingError>(())
    /// ```
    pub fn credibility(&self) -> Credibility {
        self.credibility
    }

    /// Both parts in the code's words.
    ///
    /// ```
    /// use claimgraph::Grading;
    /// assert_eq!("A1".parse::<Grading>()?.meaning(), "completely reliable, confirmed by other sources");
    /// # Ok::<(), claimgraph::GradingError>(())
    /// ```
    pub fn meaning(&self) -> String {
        format!(
            "{}, {}",
            self.reliability.meaning(),
            self.credibility.meaning()
        )
    }
}

impl fmt::Display for Grading {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}{}",
            self.reliability.letter(),
            self.credibility.number()
        )
    }
}

/// A string is not an Admiralty grading (a letter A-F and a digit 1-6, such as `B2`).
///
/// ```
/// use claimgraph::Grading;
/// let err = "G1".parse::<Grading>().unwrap_err();
/// assert_eq!(err.to_string(), "`G1` is not an Admiralty grading: a reliability A-F and a credibility 1-6, such as B2");
/// assert_eq!(err.input(), "G1");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "`{input}` is not an Admiralty grading: a reliability A-F and a credibility 1-6, such as B2"
)]
pub struct GradingError {
    input: String,
}

impl GradingError {
    /// The text that was rejected (cut to 16 characters).
    ///
    /// ```
    /// assert_eq!("B".parse::<claimgraph::Grading>().unwrap_err().input(), "B");
    /// ```
    pub fn input(&self) -> &str {
        &self.input
    }
}

impl FromStr for Grading {
    type Err = GradingError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || GradingError {
            input: s.chars().take(16).collect(),
        };
        let &[r, c] = s.as_bytes() else {
            return Err(err());
        };
        let reliability = Reliability::ALL
            .into_iter()
            .find(|g| g.letter() as u8 == r.to_ascii_uppercase())
            .ok_or_else(err)?;
        let credibility = c
            .checked_sub(b'0')
            .and_then(Credibility::from_number)
            .ok_or_else(err)?;
        Ok(Grading::new(reliability, credibility))
    }
}

#[cfg(feature = "serde")]
crate::codes::string_serde!(
    Grading => "an Admiralty grading: a reliability A-F and a credibility 1-6, such as \"B2\""
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_grading_round_trips_through_its_text() {
        for r in Reliability::ALL {
            for c in Credibility::ALL {
                let g = Grading::new(r, c);
                assert_eq!(g.to_string().parse::<Grading>(), Ok(g));
                assert_eq!(g.to_string().to_lowercase().parse::<Grading>(), Ok(g));
            }
        }
        for bad in ["", "B", "B0", "B7", "G2", "BB", "B22", "2B", "é"] {
            assert!(bad.parse::<Grading>().is_err(), "{bad}");
        }
    }

    #[test]
    fn every_level_is_named_by_its_own_words() {
        for level in Likelihood::ALL {
            let words = level.name().replace('_', " ");
            assert_eq!(Likelihood::from_wording(&words), Some(*level), "{words}");
            let (lo, hi) = level.percent();
            assert!(lo < hi);
        }
        // The ranges follow one another.
        for pair in Likelihood::ALL.windows(2) {
            assert_eq!(pair[0].percent().1, pair[1].percent().0);
        }
    }
}

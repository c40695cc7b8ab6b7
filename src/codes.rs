//! Validated codes from the event-data standards: CAMEO event and actor codes, PLOVER event
//! types, modes and contexts.
//!
//! Codes are strings in the standards, and the strings matter: CAMEO `016` ("deny
//! responsibility") is not `16` ("reduce relations"), and real files carry malformed codes such
//! as `13y`. Each code here is a small `Copy` type that can only hold a well-formed code.

use std::fmt;
use std::str::FromStr;

/// A code could not be read: what was given, which kind of code, and what is wrong, each as
/// data.
///
/// ```
/// use claimgraph::CameoCode;
/// use claimgraph::codes::{CodeFault, CodeKind};
/// let err = "13y".parse::<CameoCode>().unwrap_err();
/// assert_eq!(err.input(), "13y");
/// assert_eq!(err.kind(), CodeKind::CameoEvent);
/// assert_eq!(err.fault(), CodeFault::BadCharacter { at: 2, found: 'y' });
/// assert_eq!(
///     err.to_string(),
///     "`13y` is not a CAMEO event code: 'y' at position 2 is not allowed (only digits are allowed)"
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeError {
    input: String,
    kind: CodeKind,
    fault: CodeFault,
}

/// Which kind of code a [`CodeError`] is about.
///
/// ```
/// use claimgraph::{CountryCode, WikidataId};
/// use claimgraph::codes::CodeKind;
/// assert_eq!("fi".parse::<CountryCode>().unwrap_err().kind(), CodeKind::Country);
/// assert_eq!("Q".parse::<WikidataId>().unwrap_err().kind(), CodeKind::Wikidata);
/// assert_eq!(CodeKind::Country.to_string(), "ISO 3166 alpha-3 code");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CodeKind {
    /// A CAMEO event code ([`CameoCode`]).
    CameoEvent,
    /// A CAMEO actor code ([`CameoActorCode`]).
    CameoActor,
    /// A PLOVER event type ([`PloverType`]).
    PloverType,
    /// A PLOVER mode ([`PloverMode`]).
    PloverMode,
    /// A PLOVER context ([`PloverContext`]).
    PloverContext,
    /// An ISO 3166-1 alpha-3 country code ([`CountryCode`](crate::CountryCode)).
    Country,
    /// A Wikidata item id ([`WikidataId`](crate::WikidataId)).
    Wikidata,
}

impl CodeKind {
    /// What the kind of code is called, in words, as error messages say it.
    fn describe(self) -> &'static str {
        match self {
            CodeKind::CameoEvent => "CAMEO event code",
            CodeKind::CameoActor => "CAMEO actor code",
            CodeKind::PloverType => "PLOVER event type",
            CodeKind::PloverMode => "PLOVER mode",
            CodeKind::PloverContext => "PLOVER context",
            CodeKind::Country => "ISO 3166 alpha-3 code",
            CodeKind::Wikidata => "Wikidata id",
        }
    }

    /// The lengths the kind allows, in words.
    fn lengths(self) -> &'static str {
        match self {
            CodeKind::CameoEvent => "2 to 4",
            CodeKind::CameoActor => "3, 6, 9, 12 or 15",
            CodeKind::PloverType | CodeKind::PloverMode | CodeKind::PloverContext => "1 to 32",
            CodeKind::Country => "3",
            CodeKind::Wikidata => "2 or more",
        }
    }

    /// The characters the kind allows, in words.
    fn characters(self) -> &'static str {
        match self {
            CodeKind::CameoEvent => "only digits are",
            CodeKind::CameoActor => "only capital letters and digits are",
            CodeKind::PloverType => "only letters are",
            CodeKind::PloverMode | CodeKind::PloverContext => {
                "only lowercase letters, digits, `_` and `-`, starting with a letter, are"
            }
            CodeKind::Country => "only capital letters are",
            CodeKind::Wikidata => "only `Q` and a number without leading zeros are",
        }
    }
}

impl fmt::Display for CodeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.describe())
    }
}

/// What is wrong with a code, as a [`CodeError`] reports it.
///
/// ```
/// use claimgraph::{CameoActorCode, CameoCode, PloverType};
/// use claimgraph::codes::CodeFault;
/// assert_eq!("".parse::<CameoCode>().unwrap_err().fault(), CodeFault::Empty);
/// assert_eq!("NATO".parse::<CameoActorCode>().unwrap_err().fault(), CodeFault::Length { len: 4 });
/// assert_eq!("21".parse::<CameoCode>().unwrap_err().fault(), CodeFault::OutOfRange);
/// assert_eq!("SHOUT".parse::<PloverType>().unwrap_err().fault(), CodeFault::Unlisted);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CodeFault {
    /// The text is empty.
    Empty,
    /// The text has a length the kind of code does not allow (CAMEO event codes have 2 to 4
    /// digits; actor codes are blocks of three). `len` counts bytes, cut at 1000.
    Length {
        /// The length found.
        len: usize,
    },
    /// A character the kind of code does not allow.
    BadCharacter {
        /// Its byte offset in the input.
        at: usize,
        /// The character.
        found: char,
    },
    /// Well formed but out of range: a CAMEO root other than `01` to `20`, a Wikidata number
    /// too large for 64 bits.
    OutOfRange,
    /// Well formed but not listed: a PLOVER event type other than the sixteen.
    Unlisted,
}

impl CodeError {
    pub(crate) fn new(input: &str, kind: CodeKind, fault: CodeFault) -> Self {
        let fault = match fault {
            CodeFault::Length { len } => CodeFault::Length { len: len.min(1000) },
            other => other,
        };
        CodeError {
            input: input.chars().take(40).collect(),
            kind,
            fault,
        }
    }

    /// A [`CodeFault::BadCharacter`] for the first character of `input` that `allowed`
    /// refuses (at position 0 if every character passes, which callers rule out).
    pub(crate) fn bad_character(
        input: &str,
        kind: CodeKind,
        allowed: impl Fn(usize, char) -> bool,
    ) -> Self {
        let (at, found) = input
            .char_indices()
            .find(|&(i, c)| !allowed(i, c))
            .unwrap_or((0, '\0'));
        CodeError::new(input, kind, CodeFault::BadCharacter { at, found })
    }

    /// The text that was rejected (cut to 40 characters).
    ///
    /// ```
    /// use claimgraph::CameoCode;
    /// let long = "1".repeat(100);
    /// assert_eq!(long.parse::<CameoCode>().unwrap_err().input().len(), 40);
    /// ```
    pub fn input(&self) -> &str {
        &self.input
    }

    /// Which kind of code was expected.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind, Error};
    /// use claimgraph::codes::CodeKind;
    /// fn finland() -> Result<Actor, Error> {
    ///     Ok(Actor::new("Finland", ActorKind::State).with_iso3("FIN".parse()?).with_cameo("FI".parse()?))
    /// }
    /// let Err(Error::Code(err)) = finland() else { panic!("`FI` is not a CAMEO actor code") };
    /// assert_eq!(err.kind(), CodeKind::CameoActor);
    /// ```
    pub fn kind(&self) -> CodeKind {
        self.kind
    }

    /// What is wrong with it.
    ///
    /// ```
    /// use claimgraph::PloverContext;
    /// use claimgraph::codes::CodeFault;
    /// let err = "Migration".parse::<PloverContext>().unwrap_err();
    /// assert_eq!(err.fault(), CodeFault::BadCharacter { at: 0, found: 'M' });
    /// ```
    pub fn fault(&self) -> CodeFault {
        self.fault
    }
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = self.kind.describe();
        write!(
            f,
            "`{}` is not {} {what}: ",
            self.input,
            crate::error::article(what)
        )?;
        match self.fault {
            CodeFault::Empty => f.write_str("it is empty"),
            CodeFault::Length { len } => write!(
                f,
                "it has {len} characters where {} are needed",
                self.kind.lengths()
            ),
            CodeFault::BadCharacter { at, found } => write!(
                f,
                "{found:?} at position {at} is not allowed ({} allowed)",
                self.kind.characters()
            ),
            CodeFault::OutOfRange => match self.kind {
                CodeKind::CameoEvent => f.write_str("the root must be 01 to 20"),
                _ => f.write_str("the number is out of range"),
            },
            CodeFault::Unlisted => write!(f, "it is not one of the {what}s the standard lists"),
        }
    }
}

impl std::error::Error for CodeError {}

/// A CAMEO event code: two to four digits whose first two name one of the twenty root
/// categories `01` to `20`.
///
/// The code keeps its leading zeros (`016` is not `16`). Well-formed is not the same as
/// listed in the CAMEO codebook; [`CameoCode::is_known`] tells that apart.
///
/// ```
/// use claimgraph::CameoCode;
/// let accuse_of_aggression: CameoCode = "1123".parse()?;
/// let accuse: CameoCode = "112".parse()?;
/// assert!(accuse_of_aggression.is_within(accuse));
/// assert_eq!(accuse_of_aggression.root(), 11);
/// assert_ne!("016".parse::<CameoCode>()?, "16".parse::<CameoCode>()?);
/// assert!("13y".parse::<CameoCode>().is_err());
/// assert!("21".parse::<CameoCode>().is_err());
/// # Ok::<(), claimgraph::CodeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CameoCode {
    digits: [u8; 4],
    len: u8,
}

impl CameoCode {
    /// Reads a code, as [`FromStr`] does.
    ///
    /// # Errors
    /// [`CodeError`] when the text is not two to four digits with a root from `01` to `20`.
    ///
    /// ```
    /// use claimgraph::CameoCode;
    /// assert_eq!(CameoCode::parse("016")?.as_str(), "016");
    /// # Ok::<(), claimgraph::CodeError>(())
    /// ```
    pub fn parse(s: &str) -> Result<Self, CodeError> {
        const KIND: CodeKind = CodeKind::CameoEvent;
        let bytes = s.as_bytes();
        if bytes.is_empty() {
            return Err(CodeError::new(s, KIND, CodeFault::Empty));
        }
        if !bytes.iter().all(u8::is_ascii_digit) {
            return Err(CodeError::bad_character(s, KIND, |_, c| c.is_ascii_digit()));
        }
        if !(2..=4).contains(&bytes.len()) {
            return Err(CodeError::new(
                s,
                KIND,
                CodeFault::Length { len: bytes.len() },
            ));
        }
        let root = (bytes[0] - b'0') * 10 + (bytes[1] - b'0');
        if !(1..=20).contains(&root) {
            return Err(CodeError::new(s, KIND, CodeFault::OutOfRange));
        }
        let mut digits = [0u8; 4];
        digits[..bytes.len()].copy_from_slice(bytes);
        Ok(CameoCode {
            digits,
            // The length was checked to be 2 to 4 above.
            len: bytes.len() as u8,
        })
    }

    /// The code as written, leading zeros included.
    ///
    /// ```
    /// use claimgraph::CameoCode;
    /// assert_eq!(CameoCode::parse("0231")?.as_str(), "0231");
    /// # Ok::<(), claimgraph::CodeError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        // Only ASCII digits are ever stored.
        std::str::from_utf8(&self.digits[..usize::from(self.len)]).unwrap_or("")
    }

    /// The root category, 1 to 20 (`11` for `1123`, "disapprove").
    ///
    /// ```
    /// use claimgraph::CameoCode;
    /// assert_eq!(CameoCode::parse("016")?.root(), 1);
    /// # Ok::<(), claimgraph::CodeError>(())
    /// ```
    pub fn root(&self) -> u8 {
        (self.digits[0] - b'0') * 10 + (self.digits[1] - b'0')
    }

    /// How many digits the code has: 2 for a root, 3 for a base code, 4 for a sub-code.
    ///
    /// ```
    /// use claimgraph::CameoCode;
    /// assert_eq!(CameoCode::parse("1123")?.level(), 4);
    /// # Ok::<(), claimgraph::CodeError>(())
    /// ```
    pub fn level(&self) -> usize {
        usize::from(self.len)
    }

    /// The code one level up (`112` for `1123`), or `None` for a root.
    ///
    /// ```
    /// use claimgraph::CameoCode;
    /// assert_eq!(CameoCode::parse("1123")?.parent().unwrap().as_str(), "112");
    /// assert_eq!(CameoCode::parse("11")?.parent(), None);
    /// # Ok::<(), claimgraph::CodeError>(())
    /// ```
    pub fn parent(&self) -> Option<CameoCode> {
        (self.len > 2).then(|| {
            let mut digits = self.digits;
            digits[usize::from(self.len) - 1] = 0;
            CameoCode {
                digits,
                len: self.len - 1,
            }
        })
    }

    /// Whether this code is `prefix` or lies under it (`1123` is within `112` and `11`).
    ///
    /// ```
    /// use claimgraph::CameoCode;
    /// let c = CameoCode::parse("1123")?;
    /// assert!(c.is_within(CameoCode::parse("11")?));
    /// assert!(!c.is_within(CameoCode::parse("113")?));
    /// # Ok::<(), claimgraph::CodeError>(())
    /// ```
    pub fn is_within(&self, prefix: CameoCode) -> bool {
        self.as_str().starts_with(prefix.as_str())
    }

    /// Whether the code is listed in the CAMEO codebook (version 1.1b3, as used by GDELT and
    /// ICEWS), with its description.
    ///
    /// ```
    /// use claimgraph::CameoCode;
    /// assert!(CameoCode::parse("1123")?.is_known());
    /// assert!(!CameoCode::parse("1129")?.is_known());
    /// # Ok::<(), claimgraph::CodeError>(())
    /// ```
    pub fn is_known(&self) -> bool {
        self.description().is_some()
    }

    /// The codebook's short description of the code, if the code is listed.
    ///
    /// ```
    /// use claimgraph::CameoCode;
    /// assert_eq!(CameoCode::parse("112")?.description(), Some("Accuse"));
    /// # Ok::<(), claimgraph::CodeError>(())
    /// ```
    pub fn description(&self) -> Option<&'static str> {
        let code = self.as_str();
        crate::codes_table::CAMEO_EVENT_CODES
            .binary_search_by(|(c, _)| c.cmp(&code))
            .ok()
            .map(|i| crate::codes_table::CAMEO_EVENT_CODES[i].1)
    }
}

impl FromStr for CameoCode {
    type Err = CodeError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        CameoCode::parse(s)
    }
}

impl fmt::Display for CameoCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for CameoCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CameoCode({})", self.as_str())
    }
}

/// A CAMEO actor code: one or more three-character blocks of capital letters or digits, such
/// as `FIN`, `RUS`, `FINGOV`, `RUSGOVMIL` or `IGOWSTNAT`, at most 15 characters.
///
/// ```
/// use claimgraph::CameoActorCode;
/// let c: CameoActorCode = "FINGOV".parse()?;
/// assert_eq!(c.blocks().collect::<Vec<_>>(), ["FIN", "GOV"]);
/// assert!("fin".parse::<CameoActorCode>().is_err());
/// assert!("FINGO".parse::<CameoActorCode>().is_err());
/// # Ok::<(), claimgraph::CodeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CameoActorCode {
    chars: [u8; 15],
    len: u8,
}

impl CameoActorCode {
    /// Reads a code, as [`FromStr`] does.
    ///
    /// # Errors
    /// [`CodeError`] unless the text is 3, 6, 9, 12 or 15 capital letters or digits.
    ///
    /// ```
    /// use claimgraph::CameoActorCode;
    /// assert_eq!(CameoActorCode::parse("RUS")?.as_str(), "RUS");
    /// # Ok::<(), claimgraph::CodeError>(())
    /// ```
    pub fn parse(s: &str) -> Result<Self, CodeError> {
        const KIND: CodeKind = CodeKind::CameoActor;
        let bytes = s.as_bytes();
        if bytes.is_empty() {
            return Err(CodeError::new(s, KIND, CodeFault::Empty));
        }
        let allowed = |_, c: char| c.is_ascii_uppercase() || c.is_ascii_digit();
        if !s.chars().all(|c| allowed(0, c)) {
            return Err(CodeError::bad_character(s, KIND, allowed));
        }
        if bytes.len() > 15 || !bytes.len().is_multiple_of(3) {
            return Err(CodeError::new(
                s,
                KIND,
                CodeFault::Length { len: bytes.len() },
            ));
        }
        let mut chars = [0u8; 15];
        chars[..bytes.len()].copy_from_slice(bytes);
        Ok(CameoActorCode {
            chars,
            len: bytes.len() as u8,
        })
    }

    /// The code as written.
    ///
    /// ```
    /// use claimgraph::CameoActorCode;
    /// assert!(CameoActorCode::parse("NATO").is_err()); // four letters: not three-letter blocks
    /// assert_eq!(CameoActorCode::parse("IGOWSTNAT")?.as_str(), "IGOWSTNAT");
    /// # Ok::<(), claimgraph::CodeError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.chars[..usize::from(self.len)]).unwrap_or("")
    }

    /// The three-character blocks, in order.
    ///
    /// ```
    /// use claimgraph::CameoActorCode;
    /// assert_eq!(CameoActorCode::parse("RUSGOV")?.blocks().last(), Some("GOV"));
    /// # Ok::<(), claimgraph::CodeError>(())
    /// ```
    pub fn blocks(&self) -> impl Iterator<Item = &str> + '_ {
        let s = self.as_str();
        (0..s.len() / 3).map(move |i| &s[i * 3..i * 3 + 3])
    }
}

impl FromStr for CameoActorCode {
    type Err = CodeError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        CameoActorCode::parse(s)
    }
}

impl fmt::Display for CameoActorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for CameoActorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CameoActorCode({})", self.as_str())
    }
}

macro_rules! plover_types {
    ($($(#[$meta:meta])* $variant:ident => $name:literal,)*) => {
        /// A PLOVER event type (PLOVER 2021, the ontology behind POLECAT).
        ///
        /// Read case-insensitively from its name (`ACCUSE`), shown in capitals.
        ///
        /// ```
        /// use claimgraph::PloverType;
        /// let t: PloverType = "accuse".parse()?;
        /// assert_eq!(t, PloverType::Accuse);
        /// assert_eq!(t.to_string(), "ACCUSE");
        /// assert!("SHOUT".parse::<PloverType>().is_err());
        /// # Ok::<(), claimgraph::CodeError>(())
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum PloverType {
            $($(#[$meta])* $variant,)*
        }

        impl PloverType {
            /// Every PLOVER event type, in the ontology's order.
            ///
            /// ```
            /// use claimgraph::PloverType;
            /// assert_eq!(PloverType::ALL.len(), 16);
            /// ```
            pub const ALL: &'static [PloverType] = &[$(PloverType::$variant,)*];

            /// The type's name in capitals, as PLOVER writes it.
            ///
            /// ```
            /// use claimgraph::PloverType;
            /// assert_eq!(PloverType::Threaten.name(), "THREATEN");
            /// ```
            pub fn name(self) -> &'static str {
                match self {
                    $(PloverType::$variant => $name,)*
                }
            }
        }

        impl FromStr for PloverType {
            type Err = CodeError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $(if s.eq_ignore_ascii_case($name) { return Ok(PloverType::$variant); })*
                if s.is_empty() {
                    return Err(CodeError::new(s, CodeKind::PloverType, CodeFault::Empty));
                }
                if !s.chars().all(|c| c.is_ascii_alphabetic()) {
                    return Err(CodeError::bad_character(s, CodeKind::PloverType, |_, c| c.is_ascii_alphabetic()));
                }
                Err(CodeError::new(s, CodeKind::PloverType, CodeFault::Unlisted))
            }
        }
    };
}

plover_types! {
    /// Agree to, or express intent to, cooperate.
    Agree => "AGREE",
    /// Consult, meet, negotiate.
    Consult => "CONSULT",
    /// Support verbally or diplomatically.
    Support => "SUPPORT",
    /// Concede, yield.
    Concede => "CONCEDE",
    /// Cooperate materially.
    Cooperate => "COOPERATE",
    /// Give aid.
    Aid => "AID",
    /// Retreat, withdraw, release.
    Retreat => "RETREAT",
    /// Request, demand, appeal.
    Request => "REQUEST",
    /// Accuse, criticise, allege, investigate.
    Accuse => "ACCUSE",
    /// Reject, refuse, deny.
    Reject => "REJECT",
    /// Threaten, warn.
    Threaten => "THREATEN",
    /// Protest, demonstrate.
    Protest => "PROTEST",
    /// Sanction, reduce relations.
    Sanction => "SANCTION",
    /// Mobilise forces.
    Mobilize => "MOBILIZE",
    /// Coerce: restrict, arrest, expel, blockade.
    Coerce => "COERCE",
    /// Assault, fight, use violence.
    Assault => "ASSAULT",
}

impl fmt::Display for PloverType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Defines a PLOVER vocabulary token type: lowercase letters, digits, `_` and `-`, up to 32
/// characters. The vocabularies grow between PLOVER versions, so any well-formed token is
/// accepted and `is_known` tells whether PLOVER 2021 lists it.
macro_rules! plover_token {
    ($(#[$meta:meta])* $name:ident, $kind:expr, $table:path, $example:literal, $unknown:literal) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name {
            chars: [u8; 32],
            len: u8,
        }

        impl $name {
            /// Reads a token, as [`FromStr`] does.
            ///
            /// # Errors
            /// [`CodeError`] unless the text is 1 to 32 lowercase letters, digits, `_` or `-`,
            /// starting with a letter.
            ///
            /// ```
            #[doc = concat!("use claimgraph::", stringify!($name), ";")]
            #[doc = concat!("assert_eq!(", stringify!($name), "::parse(\"", $example, "\")?.as_str(), \"", $example, "\");")]
            #[doc = concat!("assert!(", stringify!($name), "::parse(\"Bad Token\").is_err());")]
            /// # Ok::<(), claimgraph::CodeError>(())
            /// ```
            pub fn parse(s: &str) -> Result<Self, CodeError> {
                let bytes = s.as_bytes();
                if bytes.is_empty() {
                    return Err(CodeError::new(s, $kind, CodeFault::Empty));
                }
                let allowed = |i: usize, c: char| {
                    c.is_ascii_lowercase() || (i > 0 && (c.is_ascii_digit() || c == '_' || c == '-'))
                };
                if !s.char_indices().all(|(i, c)| allowed(i, c)) {
                    return Err(CodeError::bad_character(s, $kind, allowed));
                }
                if bytes.len() > 32 {
                    return Err(CodeError::new(s, $kind, CodeFault::Length { len: bytes.len() }));
                }
                let mut chars = [0u8; 32];
                chars[..bytes.len()].copy_from_slice(bytes);
                Ok($name { chars, len: bytes.len() as u8 })
            }

            /// The token as written.
            ///
            /// ```
            #[doc = concat!("use claimgraph::", stringify!($name), ";")]
            #[doc = concat!("assert_eq!(", stringify!($name), "::parse(\"", $example, "\")?.to_string(), \"", $example, "\");")]
            /// # Ok::<(), claimgraph::CodeError>(())
            /// ```
            pub fn as_str(&self) -> &str {
                std::str::from_utf8(&self.chars[..usize::from(self.len)]).unwrap_or("")
            }

            /// Whether PLOVER 2021 lists this token.
            ///
            /// ```
            #[doc = concat!("use claimgraph::", stringify!($name), ";")]
            #[doc = concat!("assert!(", stringify!($name), "::parse(\"", $example, "\")?.is_known());")]
            #[doc = concat!("assert!(!", stringify!($name), "::parse(\"", $unknown, "\")?.is_known());")]
            /// # Ok::<(), claimgraph::CodeError>(())
            /// ```
            pub fn is_known(&self) -> bool {
                $table.binary_search(&self.as_str()).is_ok()
            }
        }

        impl FromStr for $name {
            type Err = CodeError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $name::parse(s)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!(stringify!($name), "({})"), self.as_str())
            }
        }
    };
}

plover_token!(
    /// A PLOVER mode: how an event was carried out (`allege`, `disapprove`, `investigate` for
    /// ACCUSE).
    PloverMode, CodeKind::PloverMode, crate::codes_table::PLOVER_MODES, "allege", "shout"
);
plover_token!(
    /// A PLOVER context: what an event is about (`migration`, `asylum`, `military`,
    /// `territory`).
    PloverContext, CodeKind::PloverContext, crate::codes_table::PLOVER_CONTEXTS, "migration", "weather"
);

/// Implements serde for a type that has `Display` and `FromStr`: written as its string form,
/// read back through `FromStr`, whose error becomes the serde error.
#[cfg(feature = "serde")]
macro_rules! string_serde {
    ($($ty:ty => $what:literal),*) => {$(
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct Visitor;
                impl serde::de::Visitor<'_> for Visitor {
                    type Value = $ty;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str($what)
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<$ty, E> {
                        v.parse().map_err(E::custom)
                    }
                }
                d.deserialize_str(Visitor)
            }
        }
    )*};
}
#[cfg(feature = "serde")]
pub(crate) use string_serde;

#[cfg(feature = "serde")]
string_serde!(
    CameoCode => "a CAMEO event code as a string, such as \"1123\"",
    CameoActorCode => "a CAMEO actor code, such as \"RUSGOV\"",
    PloverType => "a PLOVER event type, such as \"ACCUSE\"",
    PloverMode => "a PLOVER mode, such as \"allege\"",
    PloverContext => "a PLOVER context, such as \"migration\""
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cameo_codes_keep_leading_zeros() {
        let a = CameoCode::parse("016").unwrap();
        let b = CameoCode::parse("16").unwrap();
        assert_ne!(a, b);
        assert_eq!(a.to_string(), "016");
        assert_eq!(a.root(), 1);
        assert_eq!(b.root(), 16);
    }

    #[test]
    fn cameo_codes_reject_malformed_input() {
        for s in [
            "", "1", "13y", "00", "21", "99", "12345", "1 2", "٠١٦", "-12", "+12",
        ] {
            assert!(CameoCode::parse(s).is_err(), "{s:?}");
        }
    }

    #[test]
    fn cameo_prefixes_nest() {
        let c = CameoCode::parse("1123").unwrap();
        assert!(c.is_within(CameoCode::parse("112").unwrap()));
        assert!(!CameoCode::parse("112").unwrap().is_within(c));
        assert!(
            CameoCode::parse("1812")
                .unwrap()
                .is_within(CameoCode::parse("181").unwrap())
        );
        let mut up = Some(c);
        let mut seen = vec![];
        while let Some(x) = up {
            seen.push(x.to_string());
            up = x.parent();
        }
        assert_eq!(seen, ["1123", "112", "11"]);
    }

    #[test]
    fn plover_tokens_validate() {
        assert!(PloverContext::parse("human_rights").is_ok());
        assert!(PloverMode::parse("heavy-weapons").is_ok());
        assert!(PloverContext::parse("Migration").is_err());
        assert!(PloverContext::parse(&"a".repeat(33)).is_err());
        assert!(PloverMode::parse("1abc").is_err());
    }

    #[test]
    fn actor_codes_validate() {
        assert!(CameoActorCode::parse("RUSGOVMIL").is_ok());
        for s in ["", "RU", "rus", "RUSG", "AAAAAAAAAAAAAAAAAA", "RÜS"] {
            assert!(CameoActorCode::parse(s).is_err(), "{s:?}");
        }
    }
}

//! One way to name an enum's values: [`names!`].

/// Gives a fieldless enum its names: `ALL`, `name`, `Display` and `FromStr`, from one list.
///
/// Each value has one canonical name, in lowercase `snake_case`, the word serde writes for it.
/// That one word is what [`Display`](std::fmt::Display) prints, what `FromStr` reads, what
/// documents hold and what the command line takes, so a value reads the same everywhere.
/// A value may also list *aliases* after `|`: other spellings `FromStr` accepts, compared
/// ignoring ASCII case (the ICCMA codes `PR`, `GR` for [`Semantics`]); names themselves are
/// matched exactly, as serde matches them. A human phrase, where one is useful, is a separate
/// method of the enum, never its `Display`.
///
/// The macro generates, for `Type`:
///
/// - `pub const ALL: &'static [Type]`: every value, in the order listed (list them in
///   declaration order);
/// - `pub const fn name(self) -> &'static str`;
/// - `impl Display` (the name, padded as `{:<10}` asks);
/// - `impl FromStr<Err = ParseNameError>`, whose error names the input, what kind of thing was
///   expected and the accepted names.
///
/// The compiler checks that the list covers every variant (`name` is an exhaustive `match`),
/// so `ALL` cannot miss one. Serde derives stay on the enum: `tests/names.rs` checks, for every
/// enum, that each value's serde name is its name.
///
/// # Applying it to an enum
///
/// After the enum (which keeps its derives and docs), write
///
/// ```text
/// crate::names::names! {
///     Level in "claimgraph::check", "lint level";
///     Allow => "allow",
///     Warn => "warn",
///     Deny => "deny",
/// }
/// ```
///
/// where `in` gives the path users import the type from (for the generated doc examples) and
/// the string after it is what a value is, in words, for error messages ("`x` is not a lint
/// level"). Then delete the enum's hand-written `ALL`, `name`, `Display` and `FromStr`, and
/// replace its own "unknown name" error type by [`ParseNameError`] (or keep the old name as a
/// `pub type` alias for a release). Add the enum to `tests/names.rs`. An enum whose values have
/// data, or whose strings are codes of an outside standard matched case-insensitively
/// ([`PloverType`](crate::PloverType)), is not a named enum: it keeps its own parsing.
///
/// [`Semantics`]: crate::argumentation::Semantics
/// [`ParseNameError`]: crate::ParseNameError
macro_rules! names {
    (
        $ty:ident in $path:literal, $what:literal;
        $v0:ident => $n0:literal $(| $a0:literal)*
        $(, $v:ident => $n:literal $(| $a:literal)*)* $(,)?
    ) => {
        impl $ty {
            /// Every value, in declaration order.
            ///
            /// ```
            #[doc = concat!("use ", $path, "::", stringify!($ty), ";")]
            /// // Every value reads back from its name.
            #[doc = concat!("for value in ", stringify!($ty), "::ALL {")]
            #[doc = concat!("    assert_eq!(value.name().parse::<", stringify!($ty), ">(), Ok(*value));")]
            /// }
            #[doc = concat!("let names: Vec<&str> = ", stringify!($ty), "::ALL.iter().map(|v| v.name()).collect();")]
            #[doc = concat!("assert_eq!(names[0], \"", $n0, "\");")]
            /// ```
            pub const ALL: &'static [$ty] = &[$ty::$v0 $(, $ty::$v)*];

            /// The value's name: the one word documents, `Display`, `FromStr` and the command
            /// line use for it.
            ///
            /// ```
            #[doc = concat!("use ", $path, "::", stringify!($ty), ";")]
            #[doc = concat!("let value = ", stringify!($ty), "::", stringify!($v0), ";")]
            #[doc = concat!("assert_eq!(value.name(), \"", $n0, "\");")]
            /// // Display prints the name, and honours width and alignment.
            /// assert_eq!(value.to_string(), value.name());
            #[doc = concat!("assert_eq!(format!(\"{value:>20}|\").trim_start(), \"", $n0, "|\");")]
            /// ```
            pub const fn name(self) -> &'static str {
                match self {
                    $ty::$v0 => $n0,
                    $($ty::$v => $n,)*
                }
            }
        }

        impl ::std::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.pad(self.name())
            }
        }

        impl ::std::str::FromStr for $ty {
            type Err = $crate::ParseNameError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                if s == $n0 $(|| s.eq_ignore_ascii_case($a0))* {
                    return Ok($ty::$v0);
                }
                $(
                    if s == $n $(|| s.eq_ignore_ascii_case($a))* {
                        return Ok($ty::$v);
                    }
                )*
                Err($crate::ParseNameError::new(
                    s,
                    $what,
                    &[$n0 $(, $n)*],
                    &[$($a0,)* $($($a,)*)*],
                ))
            }
        }
    };
}

pub(crate) use names;

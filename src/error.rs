//! Errors: what stops an operation. Suspect but legal data is a diagnostic, not an error.

use crate::ids::EntityKind;

/// A string could not be read as an id of the expected kind.
///
/// ```
/// use claimgraph::ClaimId;
/// let err = "X1".parse::<ClaimId>().unwrap_err();
/// assert_eq!(err.to_string(), "`X1` is not a claim id");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{input}` is not a {kind} id")]
pub struct ParseIdError {
    pub(crate) input: String,
    pub(crate) kind: EntityKind,
}

//! Keys from outside: the id a record had in the system it came from.

/// The keys an entity has in other systems, one per scheme: a GDELT `GLOBALEVENTID`, a
/// PLOVER record id, an AIF node id, a Wikidata item, a newsroom's own case number.
///
/// Importers fill them in (`gdelt`, `plover`, `aif`); the document keeps them under `keys`;
/// [`ClaimGraph::find_key`](crate::ClaimGraph::find_key) finds the entity with a key. Schemes
/// and keys are free text, compared exactly.
///
/// ```
/// use claimgraph::Keys;
/// let keys = Keys::new().with("gdelt", "1129384756").with("newsroom", "case-17");
/// assert_eq!(keys.get("gdelt"), Some("1129384756"));
/// assert_eq!(keys.iter().map(|(s, _)| s).collect::<Vec<_>>(), ["gdelt", "newsroom"]);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Keys(thin_vec::ThinVec<(Box<str>, Box<str>)>);

impl Keys {
    /// No keys.
    ///
    /// ```
    /// assert!(claimgraph::Keys::new().is_empty());
    /// ```
    pub fn new() -> Self {
        Keys::default()
    }

    /// With the key of a scheme (replacing one the scheme had).
    ///
    /// ```
    /// let k = claimgraph::Keys::new().with("gdelt", "1").with("gdelt", "2");
    /// assert_eq!(k.get("gdelt"), Some("2"));
    /// assert_eq!(k.len(), 1);
    /// ```
    #[must_use]
    pub fn with(mut self, scheme: impl Into<String>, key: impl Into<String>) -> Self {
        // A sorted list, not a map: most entities have one key or none, and a map's node
        // costs hundreds of bytes where a list costs the two strings.
        let (scheme, key): (String, String) = (scheme.into(), key.into());
        let (scheme, key) = (scheme.into_boxed_str(), key.into_boxed_str());
        match self.0.binary_search_by(|(s, _)| s.as_ref().cmp(&*scheme)) {
            Ok(i) => self.0[i].1 = key,
            Err(i) => self.0.insert(i, (scheme, key)),
        }
        self
    }

    /// The key in a scheme.
    ///
    /// ```
    /// assert_eq!(claimgraph::Keys::new().get("gdelt"), None);
    /// ```
    pub fn get(&self, scheme: &str) -> Option<&str> {
        self.0
            .binary_search_by(|(s, _)| s.as_ref().cmp(scheme))
            .ok()
            .map(|i| &*self.0[i].1)
    }

    /// Every scheme and key, schemes in alphabetical order.
    ///
    /// ```
    /// let k = claimgraph::Keys::new().with("b", "2").with("a", "1");
    /// assert_eq!(k.iter().collect::<Vec<_>>(), [("a", "1"), ("b", "2")]);
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        self.0.iter().map(|(s, k)| (&**s, &**k))
    }

    /// Whether there are none.
    ///
    /// ```
    /// assert!(!claimgraph::Keys::new().with("a", "1").is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many schemes have a key.
    ///
    /// ```
    /// assert_eq!(claimgraph::Keys::new().with("a", "1").len(), 1);
    /// ```
    pub fn len(&self) -> usize {
        self.0.len()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Keys {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Keys {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Keys;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an object of keys by scheme, such as {\"gdelt\": \"1129384756\"}")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Keys, A::Error> {
                let mut keys = Keys::new();
                while let Some((scheme, key)) = map.next_entry::<String, String>()? {
                    if keys.get(&scheme).is_some() {
                        return Err(serde::de::Error::custom(format_args!(
                            "the scheme `{}` is given twice",
                            scheme.chars().take(40).collect::<String>()
                        )));
                    }
                    keys = keys.with(scheme, key);
                }
                Ok(keys)
            }
        }
        d.deserialize_map(Visitor)
    }
}

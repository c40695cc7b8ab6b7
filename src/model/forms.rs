//! Document forms that version 1 wrote and version 2 still reads: a single value where the
//! field now holds a list (`"speaker": "A1"`, `"reported_in": "S0"`), and a quote as bare
//! text (`"quote": "far-fetched"`).

use super::source::Quote;
use serde::de::value::MapAccessDeserializer;
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeSeq, Serializer};
use std::fmt;
use std::marker::PhantomData;

/// One value or a list of them.
pub(crate) fn one_or_many<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct OneOrMany<T>(PhantomData<T>);
    impl<'de, T: Deserialize<'de>> Visitor<'de> for OneOrMany<T> {
        type Value = Vec<T>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an id or a list of ids")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Vec<T>, E> {
            T::deserialize(de::value::StrDeserializer::<E>::new(v)).map(|one| vec![one])
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
            let mut out = Vec::new();
            while let Some(one) = seq.next_element()? {
                out.push(one);
            }
            Ok(out)
        }
    }
    d.deserialize_any(OneOrMany(PhantomData))
}

/// Quotes: one or a list, each an object or (verbatim, by the source's speaker) its text.
pub(crate) fn quotes<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Quote>, D::Error> {
    struct One;
    impl<'de> de::DeserializeSeed<'de> for One {
        type Value = Quote;
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Quote, D::Error> {
            d.deserialize_any(QuoteVisitor)
        }
    }
    struct QuoteVisitor;
    impl<'de> Visitor<'de> for QuoteVisitor {
        type Value = Quote;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(
                "a quote: its text, or an object with `text` and optionally `form` and `speaker`",
            )
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Quote, E> {
            Ok(Quote::new(v))
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Quote, A::Error> {
            Quote::deserialize(MapAccessDeserializer::new(map))
        }
    }
    struct Many;
    impl<'de> Visitor<'de> for Many {
        type Value = Vec<Quote>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a quote or a list of quotes")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Vec<Quote>, E> {
            Ok(vec![Quote::new(v)])
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Vec<Quote>, A::Error> {
            QuoteVisitor.visit_map(map).map(|q| vec![q])
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<Quote>, A::Error> {
            let mut out = Vec::new();
            while let Some(q) = seq.next_element_seed(One)? {
                out.push(q);
            }
            Ok(out)
        }
    }
    d.deserialize_any(Many)
}

/// Quotes as a list, each verbatim quote without a speaker of its own as bare text.
#[allow(clippy::ptr_arg)] // serde's serialize_with passes the field as it is
pub(crate) fn write_quotes<S: Serializer>(quotes: &Vec<Quote>, s: S) -> Result<S::Ok, S::Error> {
    let mut seq = s.serialize_seq(Some(quotes.len()))?;
    for q in quotes {
        if q.form() == super::source::QuoteForm::Verbatim && q.speaker().is_none() {
            seq.serialize_element(q.text())?;
        } else {
            seq.serialize_element(q)?;
        }
    }
    seq.end()
}

//! The JSON Schema of the document format (feature `schema`), generated from the model's types
//! by `schemars`: the structs and enums derive their schemas (fields, kinds, doc comments), and
//! the types the document writes as strings (ids, dates, codes, gradings) and the version 1
//! forms that version 2 still reads have theirs written here, next to the patterns their
//! parsers accept.

use crate::document::SCHEMA_ID;
use crate::{
    ActorId, CameoActorCode, CameoCode, ClaimId, CountryCode, EventId, Grading, Keys, PartialDate,
    PloverContext, PloverMode, PloverType, RebuttalId, RelationId, SourceId, StatementId,
    SupportId, Target, WikidataId,
};
use schemars::generate::{SchemaGenerator, SchemaSettings};
use schemars::transform::{RecursiveTransform, Transform};
use schemars::{JsonSchema, Schema, json_schema};
use serde_json::{Map, Value};
use std::borrow::Cow;

/// A number as an id's digits.
const NUMBER: &str = "[0-9]+";

/// Implements `JsonSchema` for a type written as one string matching a pattern.
macro_rules! string_schema {
    ($($ty:ty => $name:literal, $pattern:expr, $description:literal;)*) => {$(
        impl JsonSchema for $ty {
            fn schema_name() -> Cow<'static, str> {
                Cow::Borrowed($name)
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!({
                    "type": "string",
                    "pattern": $pattern,
                    "description": $description,
                })
            }
        }
    )*};
}

/// The pattern of one kind of id: its letter, then its number.
fn id(prefix: &str) -> String {
    format!("^{prefix}{NUMBER}$")
}

/// A calendar date at year, month or day precision (the year may be negative).
const DATE: &str = "-?[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?";
/// An RFC 3339 instant with its offset.
const INSTANT: &str = "-?[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[Tt ]([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})";

/// The pattern of a date as the document writes it: a date, an instant, or a window.
fn date_pattern() -> String {
    let one = format!("({INSTANT}|{DATE})");
    format!("^({one}|\\[{one}\\.\\.{one}\\])$")
}

string_schema! {
    ActorId => "ActorId", id("A"), "An actor's id: `A` and a number, such as `A0`.";
    RelationId => "RelationId", id("L"), "A relation's id: `L` and a number, such as `L0`.";
    SourceId => "SourceId", id("S"), "A source's id: `S` and a number, such as `S0`.";
    EventId => "EventId", id("E"), "An event's id: `E` and a number, such as `E0`.";
    ClaimId => "ClaimId", id("C"), "A claim's id: `C` and a number, such as `C0`.";
    RebuttalId => "RebuttalId", id("R"), "A rebuttal's id: `R` and a number, such as `R0`.";
    SupportId => "SupportId", id("P"), "A support's id: `P` and a number, such as `P0`.";
    StatementId => "StatementId", format!("^[CR]{NUMBER}$"),
        "A statement: a claim's or a rebuttal's id, such as `C0` or `R0`.";
    Target => "Target", format!("^(C{NUMBER}(/{NUMBER})?|[RSEP]{NUMBER})$"),
        "What a rebuttal answers: a claim (`C0`), one alternative of a claim (`C0/1`), a \
         rebuttal (`R0`), a source (`S0`), an event (`E0`) or a support (`P0`).";
    PartialDate => "PartialDate", date_pattern(),
        "A date at its own precision: a year (`2021`), a month (`2023-04`), a day \
         (`2023-11-16`), an RFC 3339 instant with an offset (`2023-11-20T10:15:00+02:00`), or a \
         window, one date known only to lie between two (`[2018-03-04..2018-03-12]`). An \
         interval is not a date: an event that lasts has `date` and `end`.";
    CameoCode => "CameoCode", "^(0[1-9]|1[0-9]|20)[0-9]{0,2}$",
        "A CAMEO event code, as a string of 2 to 4 digits: `\"1123\"`, `\"016\"` (never a \
         number).";
    CameoActorCode => "CameoActorCode", "^([A-Z0-9]{3}){1,5}$",
        "A CAMEO actor code: one to five blocks of three capitals or digits, such as `RUSGOV`.";
    PloverMode => "PloverMode", "^[a-z][a-z0-9_-]{0,31}$",
        "A PLOVER mode, such as `allege`: lowercase letters, digits, `_` and `-`.";
    PloverContext => "PloverContext", "^[a-z][a-z0-9_-]{0,31}$",
        "A PLOVER context, such as `migration`: lowercase letters, digits, `_` and `-`.";
    CountryCode => "CountryCode", "^[A-Z]{3}$",
        "An ISO 3166 alpha-3 country code, such as `FIN`.";
    WikidataId => "WikidataId", "^Q[1-9][0-9]*$", "A Wikidata id, such as `Q33`.";
    Grading => "Grading", "^[A-Fa-f][1-6]$",
        "An Admiralty (NATO) grading of a source: reliability `A` (completely reliable) to `F` \
         (cannot be judged) and credibility `1` (confirmed) to `6` (cannot be judged), such as \
         `B2`.";
}

impl JsonSchema for PloverType {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("PloverType")
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let names: Vec<&str> = PloverType::ALL.iter().map(|t| t.name()).collect();
        json_schema!({
            "type": "string",
            "enum": names,
            "description": "A PLOVER event type, in capitals as PLOVER writes them (the \
                            loader also reads them in lowercase).",
        })
    }
}

impl JsonSchema for Keys {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Keys")
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "object",
            "additionalProperties": { "type": "string" },
            "description": "The entity's keys in other systems: a scheme (`gdelt`, `plover`, \
                            your own) mapped to the key, such as `{\"gdelt\": \"1129384756\"}`.",
        })
    }
}

/// `speakers` and `reported_in`: a list of ids, or (version 1) one id.
pub(crate) fn ids_one_or_many<T: JsonSchema>(generator: &mut SchemaGenerator) -> Schema {
    let one = generator.subschema_for::<T>();
    json_schema!({
        "anyOf": [
            { "type": "array", "items": one },
            one,
        ],
    })
}

/// `quotes`: a list of quotes, each an object or bare text (verbatim, by the source's
/// speaker); or, as version 1 wrote it, one quote.
pub(crate) fn quotes(generator: &mut SchemaGenerator) -> Schema {
    let object = generator.subschema_for::<crate::Quote>();
    let one = json_schema!({ "anyOf": [ { "type": "string" }, object ] });
    json_schema!({
        "anyOf": [
            { "type": "array", "items": one.clone() },
            one,
        ],
    })
}

/// A source's version 1 fields, still read: `speaker` (one id) and `quote` (one quote).
pub(crate) fn version_1_source(schema: &mut Schema) {
    let Some(properties) = schema.get_mut("properties").and_then(Value::as_object_mut) else {
        return;
    };
    for (old, new) in [("speaker", "speakers"), ("quote", "quotes")] {
        if let Some(Value::Object(now)) = properties.get(new).cloned() {
            let mut then = now;
            then.insert(
                "description".to_owned(),
                Value::String(format!("Version 1's name of `{new}`; still read.")),
            );
            then.insert("deprecated".to_owned(), Value::Bool(true));
            properties.insert(old.to_owned(), Value::Object(then));
        }
    }
}

/// Leaves out of descriptions the doc comments' code examples, which are Rust, and the
/// blank lines they leave.
fn prose_only(schema: &mut Schema) {
    for key in ["description", "title"] {
        let Some(Value::String(text)) = schema.get(key) else {
            continue;
        };
        let mut out = String::new();
        let mut in_code = false;
        for line in text.lines() {
            if line.trim_start().starts_with("```") {
                in_code = !in_code;
                continue;
            }
            if !in_code {
                out.push_str(line);
                out.push('\n');
            }
        }
        let out = plain_links(out.trim());
        if out.is_empty() {
            schema.remove(key);
        } else {
            schema.insert(key.to_owned(), Value::String(out));
        }
    }
}

/// Rustdoc's links as their text: `` [`Grading`] `` and `` [`x`](Source::x) `` become
/// `` `Grading` `` and `` `x` ``.
fn plain_links(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find("[`") {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find("`]") else {
            out.push_str(&rest[open..]);
            return out;
        };
        out.push_str(&after[..=close]);
        rest = &after[close + 2..];
        if rest.starts_with('(')
            && let Some(end) = rest.find(')')
        {
            rest = &rest[end + 1..];
        }
    }
    out.push_str(rest);
    out
}

/// A section: an object from ids of one kind to entities.
fn section(entity: &Schema, prefix: &str, what: &str) -> Value {
    serde_json::json!({
        "type": "object",
        "description": format!("Every {what}, keyed by id (`{prefix}0`, `{prefix}1`, …)."),
        "propertyNames": { "pattern": id(prefix) },
        "additionalProperties": entity,
    })
}

/// The document's own fields: `$schema`, `format`, `version`, `next_ids`.
fn header_properties() -> Map<String, Value> {
    let mut next_ids = Map::new();
    for kind in crate::EntityKind::DOCUMENT_ORDER {
        next_ids.insert(
            kind.to_string(),
            serde_json::json!({ "type": "integer", "minimum": 0, "maximum": u32::MAX }),
        );
    }
    let mut properties = Map::new();
    properties.insert(
        "$schema".to_owned(),
        serde_json::json!({
            "type": "string",
            "description": "Where editors find this schema; the loader ignores it.",
        }),
    );
    properties.insert(
        "format".to_owned(),
        serde_json::json!({ "const": crate::document::FORMAT, "description": "Always `claimgraph`." }),
    );
    properties.insert(
        "version".to_owned(),
        serde_json::json!({
            "type": "integer",
            "minimum": crate::document::OLDEST_VERSION,
            "maximum": crate::document::VERSION,
            "description": "The version of the format: 2 is written, 1 and 2 are read.",
        }),
    );
    properties.insert(
        "next_ids".to_owned(),
        serde_json::json!({
            "type": "object",
            "description": "The next number to issue per kind of id, so that ids retired by \
                            removals are not issued again after a load.",
            "properties": next_ids,
            "additionalProperties": false,
        }),
    );
    properties
}

/// The JSON Schema of the document format, version 2 (it also accepts what version 1 wrote).
pub(crate) fn document_schema() -> Value {
    let mut generator = SchemaSettings::draft2020_12()
        .with_transform(RecursiveTransform(prose_only))
        .into_generator();
    let mut sections = Map::new();
    for (name, prefix, what, entity) in [
        (
            "actors",
            "A",
            "actor",
            generator.subschema_for::<crate::Actor>(),
        ),
        (
            "relations",
            "L",
            "relation between actors",
            generator.subschema_for::<crate::Relation>(),
        ),
        (
            "sources",
            "S",
            "source",
            generator.subschema_for::<crate::Source>(),
        ),
        (
            "events",
            "E",
            "event",
            generator.subschema_for::<crate::Event>(),
        ),
        (
            "claims",
            "C",
            "claim",
            generator.subschema_for::<crate::Claim>(),
        ),
        (
            "rebuttals",
            "R",
            "rebuttal",
            generator.subschema_for::<crate::Rebuttal>(),
        ),
        (
            "supports",
            "P",
            "support",
            generator.subschema_for::<crate::Support>(),
        ),
    ] {
        sections.insert(name.to_owned(), section(&entity, prefix, what));
    }
    let mut properties = header_properties();
    properties.extend(sections);
    let mut root = json_schema!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "claimgraph document",
        "description": "A dispute as a claimgraph document, version 2: actors, relations, \
                        sources, events, claims, rebuttals and supports, each section keyed by \
                        id. Generated from the types of the claimgraph crate; do not edit by \
                        hand.",
        "type": "object",
        "required": ["format", "version"],
        "properties": properties,
        "additionalProperties": false,
    });
    let mut definitions = generator.take_definitions(true);
    for (name, definition) in &mut definitions {
        if let Value::Object(definition) = definition {
            definition
                .entry("title")
                .or_insert_with(|| Value::String(name.clone()));
        }
    }
    root.insert("$defs".to_owned(), Value::Object(definitions));
    RecursiveTransform(prose_only).transform(&mut root);
    root.to_value()
}

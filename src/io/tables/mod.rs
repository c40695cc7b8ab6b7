//! A claim graph as Arrow tables (feature `arrow`) and Parquet files (feature `parquet`):
//! for query engines that scale past one machine (DataFusion, Spark, DuckDB, pyarrow), and
//! back.
//!
//! One table per kind of entity, plus `edges`, who accuses whom in which statement. Written
//! and read back without loss: ids, dates with their precision, codes, lists, keys. The
//! tables are a contract, versioned like the JSON [document](crate::document): this is
//! version [`VERSION`], stored in each table's schema metadata under [`VERSION_KEY`] (and so
//! in each Parquet file's footer), and checked when read.
//!
//! # The contract
//!
//! Conventions, for every table:
//!
//! - **Ids** are the entity's number within its kind, `UInt32`: `C12` is row `id = 12` of
//!   `claims`; a reference to an actor, source or event is that number (`claimant`,
//!   `sources`). A reference that can be of several kinds (what a rebuttal answers, a
//!   support's premise) is the id's text: `C12`, `R3`, `C0/1` (the second alternative of
//!   `C0`), `S4`, `E2`, `P1`.
//! - **Lists** are `List<...>` columns, never null: an empty list when there is nothing.
//! - **Codes** (CAMEO, ISO 3166, PLOVER, Wikidata, Admiralty grading `B2`) are `Utf8` as the
//!   document writes them: `"016"`, never `16`. Kinds and acts are their snake-case names
//!   (`accusation`, `counter_accusation`).
//! - **Null** means "not given" and nothing else: an undated claim has a null `stated`.
//! - **Main dates** (a claim's or rebuttal's `stated`, a source's or event's `date`) come as
//!   six columns. `stated` (`Utf8`) is the date as the document writes it (`2023`,
//!   `2023-11`, `2023-11-20`, `2023-11-20T10:00:00+02:00`, `[2018-03-04..2018-03-12]`) and
//!   is what is read back. The other five are written from it for engines, and a reader
//!   checks that they agree with it:
//!   - `stated_precision` (`Utf8`): `window`, `year`, `month`, `day` or `instant`;
//!   - `stated_start`, `stated_end` (`Timestamp(µs)`, no zone): the span the date covers,
//!     start included, end excluded, on the local timeline; an instant is one point, in UTC;
//!   - `stated_rank` (`Int8`: window 0, year 1, month 2, day 3, instant 4) and `stated_tie`
//!     (`Int32`: an instant's offset in seconds, a window's bound precisions, else 0).
//!
//!   `ORDER BY stated_start, stated_rank, stated_end, stated_tie` is the crate's timeline
//!   order ([`PartialDate`](crate::PartialDate)'s `Ord`): the order in which
//!   [`View::accusations`](crate::query::View::accusations) picks a pair's first and last
//!   dates. To filter by time, use `stated_start`.
//! - **Other dates** (deadlines, an event's end, a relation's validity, a resolution's date)
//!   are `Utf8` in the document's form.
//!
//! | table | columns (type; `?` nullable; `[..]` a list) |
//! |---|---|
//! | `actors` | `id` u32, `name` str, `kind` str, `aliases` [str], `iso3` str?, `cameo` str?, `wikidata` str? (`Q123`), `anonymous` bool, `keys` [{`scheme` str, `key` str}] |
//! | `relations` | `id` u32, `from` u32, `kind` str, `to` u32, `valid_from` str?, `valid_until` str?, `role` str?, `sources` [u32] |
//! | `sources` | `id` u32, `kind` str, `title` str, `outlet` u32?, `speakers` [u32], `audience` str?, `url` str?, `quotes` [{`text` str, `form` str, `speaker` u32?}], `date` + 5 date columns, `reported_in` [u32], `grading` str?, `keys` |
//! | `events` | `id` u32, `description` str, `date` + 5 date columns, `end` str?, `participants` [{`actor` u32, `role` str}], `location` str?, `cameo` str?, `plover` str?, `sources` [u32], `alleged_by` str? (`C3`), `keys` |
//! | `claims` | `id` u32, `claimant` u32, `joint_with` [u32], `act` str, `about` [u32], `text` str, `category` str? (CAMEO), `contexts` [str] (PLOVER), `motive` str?, `motive_event` u32?, `aim` str?, `stated` + 5 date columns, `events` [u32], `sources` [u32], `confidence` str? (ICD 203 level), `confidence_wording` str?, `alternatives` [{`text`, `category`?, `contexts`}], `condition` str?, `deadline` str?, `resolution` {`outcome` str, `date` str?, `by` str?}?, `keys` |
//! | `rebuttals` | `id` u32, `by` u32, `joint_with` [u32], `kind` str, `answers` [str] (`C0`, `C0/1`, `R2`, `S1`, `E0`, `P0`), `about` [u32], `text` str, `stated` + 5 date columns, `events` [u32], `sources` [u32], `confidence` str?, `confidence_wording` str?, `keys` |
//! | `supports` | `id` u32, `premise` str, `conclusion` str (statement ids), `text` str |
//! | `edges` | `accuser` u32, `accused` u32, `statement_kind` str (`claim` or `rebuttal`), `statement_id` u32, `category` str?, `stated` + 5 date columns |
//!
//! `edges` is derived: one row for each speaker of each accusing statement and each actor
//! it names, exactly the triples [`View::accusations`](crate::query::View::accusations)
//! counts without roll-up (an accusation claim's speakers against its `about`; a
//! counter-accusation's or undermine's speakers against the actors it blames). It is
//! written for engines and not read back. Its `category` is the claim's CAMEO category, or
//! the rebuttal kind's CAMEO code. Group it by `(accuser, accused)`, count distinct
//! `(statement_kind, statement_id)`, and take the first and last `stated` in the order above,
//! and you have the accusation network: the `sql/` package of the repository does exactly
//! that with DataFusion and checks it against the in-memory answer.
//!
//! Each table's schema metadata also holds `claimgraph.next_id`: the next id the graph would
//! issue for that kind, so that ids retired by removals stay retired after a round trip.
//!
//! # Reading back
//!
//! [`ClaimGraph::from_tables`] checks each table's version and columns (name and type;
//! `Utf8`, `LargeUtf8` and `Utf8View` are all strings, `List` and `LargeList` all lists;
//! an unknown column is an error, as an unknown field is in a document), converts each row
//! as the document loader would, and links the graph as one: a dangling reference, a
//! duplicate id or key, a bad code or a date whose sort columns disagree with its text is a
//! [`TableError`] naming the table, row, id and column, and no graph is returned.
//!
//! ```
//! use claimgraph::*;
//! use claimgraph::io::tables::Table;
//! let mut g = ClaimGraph::new();
//! let fi = g.add_actor(Actor::new("Finland", ActorKind::State))?;
//! let ru = g.add_actor(Actor::new("Russia", ActorKind::State))?;
//! let c = g.add_claim(Claim::new(fi, SpeechAct::Accusation, Allegation::new("smuggling"))
//!     .with_about(ru).with_stated("2023-11".parse()?))?;
//! g.add_rebuttal(Rebuttal::new(ru, RebuttalKind::Denial, c).with_stated("2023-11-20".parse()?))?;
//! let tables = g.to_tables()?;
//! assert_eq!(tables.get(Table::Claims).num_rows(), 1);
//! assert_eq!(tables.get(Table::Edges).num_rows(), 1); // Finland accuses Russia, once
//! let back = ClaimGraph::from_tables(&tables)?;
//! assert_eq!(back.to_json(), g.to_json());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use crate::graph::Entity;
use crate::{ClaimGraph, EntityId, EntityKind, RebuttalKind, SpeechAct};
use arrow_array::RecordBatch;
use arrow_schema::{DataType, Field, FieldRef, Schema, SchemaRef, TimeUnit};
use serde::{Serialize, de::DeserializeOwned};
use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

#[cfg(feature = "parquet")]
pub mod gdelt;
#[cfg(feature = "parquet")]
pub mod parquet;
mod rows;

use rows::{At, EdgeRow};

/// The version of the table contract this crate writes and reads.
///
/// ```
/// assert_eq!(claimgraph::io::tables::VERSION, 1);
/// ```
pub const VERSION: u32 = 1;

/// The schema-metadata key of the contract's version, in every table (and so in the footer
/// of every Parquet file).
///
/// ```
/// use claimgraph::io::tables::{Table, VERSION_KEY};
/// assert_eq!(Table::Claims.schema().metadata()[VERSION_KEY], "1");
/// ```
pub const VERSION_KEY: &str = "claimgraph.tables.version";

/// The schema-metadata key of the next id of the table's kind.
///
/// ```
/// use claimgraph::*;
/// use claimgraph::io::tables::{Table, NEXT_ID_KEY};
/// let mut g = ClaimGraph::new();
/// g.add_actor(Actor::new("A", ActorKind::State))?;
/// assert_eq!(g.to_tables()?.get(Table::Actors).schema().metadata()[NEXT_ID_KEY], "1");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub const NEXT_ID_KEY: &str = "claimgraph.next_id";

/// One table of the contract.
///
/// ```
/// use claimgraph::io::tables::Table;
/// assert_eq!(Table::ALL.len(), 8);
/// assert_eq!(Table::Claims.name(), "claims");
/// assert_eq!("edges".parse::<Table>(), Ok(Table::Edges));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Table {
    /// `actors`.
    Actors,
    /// `relations`.
    Relations,
    /// `sources`.
    Sources,
    /// `events`.
    Events,
    /// `claims`.
    Claims,
    /// `rebuttals`.
    Rebuttals,
    /// `supports`.
    Supports,
    /// `edges`: who accuses whom in which statement (derived, not read back).
    Edges,
}

crate::names::names! {
    Table in "claimgraph::io::tables", "table";
    Actors => "actors",
    Relations => "relations",
    Sources => "sources",
    Events => "events",
    Claims => "claims",
    Rebuttals => "rebuttals",
    Supports => "supports",
    Edges => "edges",
}

impl Table {
    /// The table's Arrow schema: its columns in order, with the contract's version in the
    /// metadata.
    ///
    /// ```
    /// use claimgraph::io::tables::Table;
    /// let schema = Table::Edges.schema();
    /// let names: Vec<&str> = schema.fields().iter().take(4).map(|f| f.name().as_str()).collect();
    /// assert_eq!(names, ["accuser", "accused", "statement_kind", "statement_id"]);
    /// ```
    pub fn schema(self) -> SchemaRef {
        let fields = match self {
            Table::Actors => fields_of::<rows::ActorRow>(),
            Table::Relations => fields_of::<rows::RelationRow>(),
            Table::Sources => fields_of::<rows::SourceRow>(),
            Table::Events => fields_of::<rows::EventRow>(),
            Table::Claims => fields_of::<rows::ClaimRow>(),
            Table::Rebuttals => fields_of::<rows::RebuttalRow>(),
            Table::Supports => fields_of::<rows::SupportRow>(),
            Table::Edges => fields_of::<rows::EdgeRow>(),
        };
        let metadata = HashMap::from([(VERSION_KEY.to_owned(), VERSION.to_string())]);
        Arc::new(Schema::new_with_metadata(fields, metadata))
    }

    /// The kind of entity the table holds; `None` for `edges`.
    ///
    /// ```
    /// use claimgraph::EntityKind;
    /// use claimgraph::io::tables::Table;
    /// assert_eq!(Table::Claims.kind(), Some(EntityKind::Claim));
    /// assert_eq!(Table::Edges.kind(), None);
    /// ```
    pub fn kind(self) -> Option<EntityKind> {
        rows::kind_of(self)
    }
}

/// The Arrow fields of a row struct, as serde_arrow traces them, with the contract's choices:
/// `Utf8` and `List` (not their large forms), and the `*_start` / `*_end` sort columns as
/// timestamps.
fn fields_of<T: DeserializeOwned>() -> Vec<FieldRef> {
    use serde_arrow::schema::{SchemaLike, TracingOptions};
    let options = TracingOptions::default()
        .strings_as_large_utf8(false)
        .sequence_as_large_list(false);
    // The row structs are plain structs of strings, integers, options and vectors: tracing
    // them cannot fail, and the schema tests pin every column.
    let fields = Vec::<FieldRef>::from_type::<T>(options).unwrap_or_default();
    fields
        .into_iter()
        .map(|f| {
            let timestamp = (f.name().ends_with("_start") || f.name().ends_with("_end"))
                && *f.data_type() == DataType::Int64;
            if timestamp {
                Arc::new(Field::new(
                    f.name(),
                    DataType::Timestamp(TimeUnit::Microsecond, None),
                    f.is_nullable(),
                ))
            } else {
                f
            }
        })
        .collect()
}

/// Every table of a graph as an Arrow record batch.
///
/// ```
/// use claimgraph::ClaimGraph;
/// use claimgraph::io::tables::Table;
/// let tables = ClaimGraph::new().to_tables()?;
/// assert!(Table::ALL.iter().all(|&t| tables.get(t).num_rows() == 0));
/// # Ok::<(), claimgraph::io::tables::TableError>(())
/// ```
#[derive(Clone, Debug)]
pub struct Tables {
    batches: Vec<RecordBatch>,
}

impl Tables {
    /// One table's batch.
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::io::tables::Table;
    /// let mut g = ClaimGraph::new();
    /// g.add_actor(Actor::new("A", ActorKind::State))?;
    /// assert_eq!(g.to_tables()?.get(Table::Actors).num_rows(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn get(&self, table: Table) -> &RecordBatch {
        &self.batches[table as usize]
    }

    /// Every table with its batch, in [`Table::ALL`] order.
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// let tables = ClaimGraph::new().to_tables()?;
    /// assert_eq!(tables.iter().count(), 8);
    /// # Ok::<(), claimgraph::io::tables::TableError>(())
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = (Table, &RecordBatch)> + '_ {
        Table::ALL.iter().copied().zip(self.batches.iter())
    }

    /// Tables from batches read elsewhere (Parquet files, an engine's answer). A table left
    /// out is taken as empty; `edges` may be left out, since it is not read back.
    ///
    /// # Errors
    /// [`TableErrorKind::Schema`] when a batch's columns are not its table's.
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::io::tables::{Table, Tables};
    /// let mut g = ClaimGraph::new();
    /// g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let actors = g.to_tables()?.get(Table::Actors).clone();
    /// let tables = Tables::from_batches([(Table::Actors, actors)])?;
    /// assert_eq!(ClaimGraph::from_tables(&tables)?.actor_count(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_batches(
        batches: impl IntoIterator<Item = (Table, RecordBatch)>,
    ) -> Result<Self, TableError> {
        let mut all: Vec<RecordBatch> = Table::ALL
            .iter()
            .map(|t| RecordBatch::new_empty(t.schema()))
            .collect();
        for (table, batch) in batches {
            check_schema(table, &batch.schema())?;
            all[table as usize] = batch;
        }
        Ok(Self { batches: all })
    }
}

/// What went wrong with a table.
///
/// ```
/// use claimgraph::io::tables::TableErrorKind;
/// assert_ne!(TableErrorKind::Schema, TableErrorKind::Value);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TableErrorKind {
    /// A table of another version of the contract, or none.
    Version,
    /// A column missing, unknown, or of the wrong type.
    Schema,
    /// A value that does not read: a bad code, an unknown kind, a date whose sort columns
    /// disagree with it, a null where the contract has none.
    Value,
    /// The rows read, but the graph refuses them together: a dangling reference, an id or key
    /// given twice.
    Graph,
    /// Reading or writing a file failed.
    Io,
    /// The Parquet or Arrow library refused the data.
    Format,
}

/// An error reading or writing tables: what, and where (file, table, row, id, column).
///
/// ```
/// use claimgraph::*;
/// use claimgraph::io::tables::{Table, TableErrorKind, Tables};
/// let mut g = ClaimGraph::new();
/// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
/// g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
/// // Claims without their actors: the claimant is a dangling reference.
/// let claims = g.to_tables()?.get(Table::Claims).clone();
/// let err = ClaimGraph::from_tables(&Tables::from_batches([(Table::Claims, claims)])?).unwrap_err();
/// assert_eq!(err.kind(), TableErrorKind::Graph);
/// assert_eq!(err.to_string(), "claim C0: `claimant` refers to A0, which is not in the graph");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct TableError {
    kind: TableErrorKind,
    file: Option<String>,
    table: Option<Table>,
    row: Option<usize>,
    id: Option<EntityId>,
    column: Option<String>,
    message: String,
}

impl TableError {
    pub(crate) fn new(kind: TableErrorKind, message: impl Into<String>) -> Self {
        Self {
            kind,
            file: None,
            table: None,
            row: None,
            id: None,
            column: None,
            message: message.into(),
        }
    }

    fn value(
        table: Table,
        row: usize,
        id: Option<EntityId>,
        column: &str,
        message: String,
    ) -> Self {
        Self {
            table: Some(table),
            row: Some(row),
            id,
            column: Some(column.to_owned()),
            ..Self::new(TableErrorKind::Value, message)
        }
    }

    pub(crate) fn with_kind(mut self, kind: TableErrorKind) -> Self {
        self.kind = kind;
        self
    }

    pub(crate) fn in_table(mut self, table: Table) -> Self {
        self.table.get_or_insert(table);
        self
    }

    pub(crate) fn in_file(mut self, file: impl Into<String>) -> Self {
        self.file.get_or_insert(file.into());
        self
    }

    /// What kind of error.
    ///
    /// ```
    /// use claimgraph::io::tables::{TableErrorKind, parquet};
    /// let err = parquet::read("/nonexistent/claimgraph").unwrap_err();
    /// assert_eq!(err.kind(), TableErrorKind::Io);
    /// ```
    pub fn kind(&self) -> TableErrorKind {
        self.kind
    }

    /// The table at fault, if known.
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::io::tables::{Table, Tables};
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// let claims = g.to_tables()?.get(Table::Claims).clone();
    /// // Claim rows are not source rows: the first unknown column is named.
    /// let err = Tables::from_batches([(Table::Sources, claims)]).unwrap_err();
    /// assert_eq!((err.table(), err.column()), (Some(Table::Sources), Some("claimant")));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn table(&self) -> Option<Table> {
        self.table
    }

    /// The row at fault (its index within the batch or file), if known.
    ///
    /// ```
    /// use claimgraph::io::tables::{TableError, TableErrorKind};
    /// # fn f(e: TableError) -> Option<usize> {
    /// e.row()
    /// # }
    /// ```
    pub fn row(&self) -> Option<usize> {
        self.row
    }

    /// The column at fault, if known.
    ///
    /// ```
    /// use claimgraph::io::tables::TableError;
    /// # fn f(e: &TableError) -> Option<&str> {
    /// e.column()
    /// # }
    /// ```
    pub fn column(&self) -> Option<&str> {
        self.column.as_deref()
    }

    /// The message alone, without the place.
    ///
    /// ```
    /// use claimgraph::io::tables::TableError;
    /// # fn f(e: &TableError) -> &str {
    /// e.message()
    /// # }
    /// ```
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for TableError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(file) = &self.file {
            write!(f, "{file}: ")?;
        }
        if let Some(t) = self.table {
            write!(f, "{t}")?;
            if let Some(r) = self.row {
                write!(f, " row {r}")?;
            }
            if let Some(id) = self.id {
                write!(f, " ({id})")?;
            }
            if let Some(c) = &self.column {
                write!(f, ", column {c}")?;
            }
            write!(f, ": ")?;
        }
        f.write_str(&self.message)
    }
}

/// Whether two data types have the same shape: the same type, where every string type is a
/// string and every list type a list, whatever their fields' names and nullability. The
/// contract's types nest at most three deep; the walk uses an explicit stack all the same.
fn same_shape(a: &DataType, b: &DataType) -> bool {
    let mut stack = vec![(a, b)];
    while let Some((a, b)) = stack.pop() {
        let string =
            |t: &DataType| matches!(t, DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View);
        match (a, b) {
            _ if string(a) && string(b) => {}
            (
                DataType::List(x) | DataType::LargeList(x),
                DataType::List(y) | DataType::LargeList(y),
            ) => stack.push((x.data_type(), y.data_type())),
            (DataType::Struct(xs), DataType::Struct(ys)) => {
                if xs.len() != ys.len() {
                    return false;
                }
                for (x, y) in xs.iter().zip(ys.iter()) {
                    if x.name() != y.name() {
                        return false;
                    }
                    stack.push((x.data_type(), y.data_type()));
                }
            }
            _ if a == b => {}
            _ => return false,
        }
    }
    true
}

/// Checks a batch's schema against its table's: the version when the metadata has one, and
/// every column by name and shape.
fn check_schema(table: Table, schema: &Schema) -> Result<(), TableError> {
    let at = |e: TableError| e.in_table(table);
    if let Some(v) = schema.metadata().get(VERSION_KEY)
        && *v != VERSION.to_string()
    {
        return Err(at(TableError::new(
            TableErrorKind::Version,
            format!("tables of version {v}; this crate reads version {VERSION}"),
        )));
    }
    let expected = table.schema();
    for field in schema.fields() {
        let Ok(want) = expected.field_with_name(field.name()) else {
            return Err(at(TableError {
                column: Some(field.name().clone()),
                ..TableError::new(TableErrorKind::Schema, "no such column in the contract")
            }));
        };
        if !same_shape(want.data_type(), field.data_type()) {
            return Err(at(TableError {
                column: Some(field.name().clone()),
                ..TableError::new(
                    TableErrorKind::Schema,
                    format!(
                        "of type {}, expected {}",
                        field.data_type(),
                        want.data_type()
                    ),
                )
            }));
        }
    }
    for want in expected.fields() {
        if schema.field_with_name(want.name()).is_err() {
            return Err(at(TableError {
                column: Some(want.name().clone()),
                ..TableError::new(TableErrorKind::Schema, "missing")
            }));
        }
    }
    Ok(())
}

/// Rows to a record batch of `table`, with the next id in the metadata when given.
pub(crate) fn to_batch<T: Serialize>(
    table: Table,
    rows: &[T],
    next_id: Option<u32>,
) -> Result<RecordBatch, TableError> {
    let schema = table.schema();
    let mut batch = serde_arrow::to_record_batch(schema.fields(), &rows)
        .map_err(|e| TableError::new(TableErrorKind::Format, e.to_string()).in_table(table))?;
    let mut metadata = schema.metadata().clone();
    if let Some(next) = next_id {
        metadata.insert(NEXT_ID_KEY.to_owned(), next.to_string());
    }
    batch = batch
        .with_schema(Arc::new(Schema::new_with_metadata(
            schema.fields().clone(),
            metadata,
        )))
        .map_err(|e| TableError::new(TableErrorKind::Format, e.to_string()).in_table(table))?;
    Ok(batch)
}

/// A record batch back to rows of `table`, its schema checked first.
pub(crate) fn from_batch<T: DeserializeOwned>(
    table: Table,
    batch: &RecordBatch,
) -> Result<Vec<T>, TableError> {
    check_schema(table, &batch.schema())?;
    serde_arrow::from_record_batch(batch)
        .map_err(|e| TableError::new(TableErrorKind::Value, e.to_string()).in_table(table))
}

/// The next id recorded in a batch's metadata, if any.
fn next_id_of(batch: &RecordBatch) -> Option<u32> {
    batch.schema().metadata().get(NEXT_ID_KEY)?.parse().ok()
}

impl ClaimGraph {
    /// Every table of the graph as an Arrow record batch, entities in id order; see the
    /// [module documentation](crate::io::tables) for the contract.
    ///
    /// # Errors
    /// [`TableErrorKind::Format`] if Arrow refuses a batch (it does not for any graph this
    /// crate can build; the error is there so that no failure is hidden).
    ///
    /// # Complexity
    /// O(n) in the graph's size; the batches take about as much memory as the graph.
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::io::tables::Table;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x"))
    ///     .with_stated("2023-11-20".parse()?))?;
    /// let claims = g.to_tables()?.get(Table::Claims).clone();
    /// assert_eq!(claims.column_by_name("stated_precision").unwrap().len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_tables(&self) -> Result<Tables, TableError> {
        let next = |kind: EntityKind| Some(self.next_id(kind));
        let actors: Vec<_> = self
            .actors()
            .map(|(id, a)| rows::actor_row(id, a))
            .collect();
        let relations: Vec<_> = self
            .relations()
            .map(|(id, r)| rows::relation_row(id, r))
            .collect();
        let sources: Vec<_> = self
            .sources()
            .map(|(id, s)| rows::source_row(id, s))
            .collect();
        let events: Vec<_> = self
            .events()
            .map(|(id, e)| rows::event_row(id, e))
            .collect();
        let claims: Vec<_> = self
            .claims()
            .map(|(id, c)| rows::claim_row(id, c))
            .collect();
        let rebuttals: Vec<_> = self
            .rebuttals()
            .map(|(id, r)| rows::rebuttal_row(id, r))
            .collect();
        let supports: Vec<_> = self
            .supports()
            .map(|(id, s)| rows::support_row(id, s))
            .collect();
        let edges = self.edge_rows();
        Ok(Tables {
            batches: vec![
                to_batch(Table::Actors, &actors, next(EntityKind::Actor))?,
                to_batch(Table::Relations, &relations, next(EntityKind::Relation))?,
                to_batch(Table::Sources, &sources, next(EntityKind::Source))?,
                to_batch(Table::Events, &events, next(EntityKind::Event))?,
                to_batch(Table::Claims, &claims, next(EntityKind::Claim))?,
                to_batch(Table::Rebuttals, &rebuttals, next(EntityKind::Rebuttal))?,
                to_batch(Table::Supports, &supports, next(EntityKind::Support))?,
                to_batch(Table::Edges, &edges, None)?,
            ],
        })
    }

    /// The `edges` rows: each accusing statement's speakers against the actors it names.
    fn edge_rows(&self) -> Vec<EdgeRow> {
        let mut out = Vec::new();
        for (id, c) in self.claims() {
            if c.act() == SpeechAct::Accusation {
                rows::edge_rows(
                    id.into(),
                    c.speakers(),
                    c.about(),
                    c.allegation().category(),
                    c.stated(),
                    &mut out,
                );
            }
        }
        for (id, r) in self.rebuttals() {
            if matches!(
                r.kind(),
                RebuttalKind::CounterAccusation | RebuttalKind::Undermine
            ) {
                rows::edge_rows(
                    id.into(),
                    r.speakers(),
                    r.about(),
                    r.kind().cameo(),
                    r.stated(),
                    &mut out,
                );
            }
        }
        out
    }

    /// A graph from its tables, checked as a document is; see the [module
    /// documentation](crate::io::tables). `edges` is not read.
    ///
    /// # Errors
    /// A [`TableError`] naming the table, row, id and column at fault; no graph is
    /// returned then.
    ///
    /// # Complexity
    /// O(n) in the tables' rows, plus linking the graph.
    ///
    /// ```
    /// use claimgraph::*;
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let c = g.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("x")))?;
    /// g.remove(c, Removal::Refuse)?;
    /// let back = ClaimGraph::from_tables(&g.to_tables()?)?;
    /// // The removed claim's id stays retired.
    /// let mut back = back;
    /// assert_ne!(back.add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("y")))?, c);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_tables(tables: &Tables) -> Result<ClaimGraph, TableError> {
        let mut g = ClaimGraph::new();
        load_table(
            &mut g,
            tables.get(Table::Actors),
            Table::Actors,
            |r: &rows::ActorRow, at| Ok((crate::ActorId::new(r.id), rows::actor(r, at)?)),
        )?;
        load_table(
            &mut g,
            tables.get(Table::Relations),
            Table::Relations,
            |r: &rows::RelationRow, at| Ok((crate::RelationId::new(r.id), rows::relation(r, at)?)),
        )?;
        load_table(
            &mut g,
            tables.get(Table::Sources),
            Table::Sources,
            |r: &rows::SourceRow, at| Ok((crate::SourceId::new(r.id), rows::source(r, at)?)),
        )?;
        load_table(
            &mut g,
            tables.get(Table::Events),
            Table::Events,
            |r: &rows::EventRow, at| Ok((crate::EventId::new(r.id), rows::event(r, at)?)),
        )?;
        load_table(
            &mut g,
            tables.get(Table::Claims),
            Table::Claims,
            |r: &rows::ClaimRow, at| Ok((crate::ClaimId::new(r.id), rows::claim(r, at)?)),
        )?;
        load_table(
            &mut g,
            tables.get(Table::Rebuttals),
            Table::Rebuttals,
            |r: &rows::RebuttalRow, at| Ok((crate::RebuttalId::new(r.id), rows::rebuttal(r, at)?)),
        )?;
        load_table(
            &mut g,
            tables.get(Table::Supports),
            Table::Supports,
            |r: &rows::SupportRow, at| Ok((crate::SupportId::new(r.id), rows::support(r, at)?)),
        )?;
        link(&mut g)?;
        for (table, batch) in tables.iter() {
            if let (Some(kind), Some(next)) = (table.kind(), next_id_of(batch)) {
                g.retire_ids_below(kind, next);
            }
        }
        Ok(g)
    }
}

/// Links a graph whose entities were loaded table by table, naming the entity at fault.
pub(crate) fn link(g: &mut ClaimGraph) -> Result<(), TableError> {
    g.load_links()
        .map_err(|e| TableError::new(TableErrorKind::Graph, e.to_string()))
}

/// The id of number `n` of a kind.
pub(crate) fn entity_id(kind: EntityKind, n: u32) -> EntityId {
    match kind {
        EntityKind::Actor => crate::ActorId::new(n).into(),
        EntityKind::Relation => crate::RelationId::new(n).into(),
        EntityKind::Claim => crate::ClaimId::new(n).into(),
        EntityKind::Rebuttal => crate::RebuttalId::new(n).into(),
        EntityKind::Event => crate::EventId::new(n).into(),
        EntityKind::Source => crate::SourceId::new(n).into(),
        EntityKind::Support => crate::SupportId::new(n).into(),
    }
}

/// Reads one table's rows into the graph, each under its own id.
fn load_table<R: DeserializeOwned + RowId, E: Entity>(
    g: &mut ClaimGraph,
    batch: &RecordBatch,
    table: Table,
    convert: impl Fn(&R, At) -> Result<(E::Id, E), TableError>,
) -> Result<(), TableError> {
    let rows: Vec<R> = from_batch(table, batch)?;
    for (i, row) in rows.iter().enumerate() {
        let at = At {
            table,
            row: i,
            id: table.kind().map(|k| entity_id(k, row.id())),
        };
        let (id, entity) = convert(row, at)?;
        if !g.load_entity(id, entity) {
            return Err(TableError {
                id: at.id,
                row: Some(i),
                column: Some("id".to_owned()),
                ..TableError::new(TableErrorKind::Graph, "this id is given twice").in_table(table)
            });
        }
    }
    Ok(())
}

/// The id column of a row, and its `stated` text where it has one.
trait RowId {
    fn id(&self) -> u32;
    fn stated(&self) -> Option<&str> {
        None
    }
}

macro_rules! row_id {
    ($($row:ty),*) => {
        $(impl RowId for $row {
            fn id(&self) -> u32 {
                self.id
            }
        })*
    };
}
row_id!(
    rows::ActorRow,
    rows::RelationRow,
    rows::SourceRow,
    rows::EventRow,
    rows::SupportRow
);

macro_rules! statement_row_id {
    ($($row:ty),*) => {
        $(impl RowId for $row {
            fn id(&self) -> u32 {
                self.id
            }
            fn stated(&self) -> Option<&str> {
                self.stated.as_deref()
            }
        })*
    };
}
statement_row_id!(rows::ClaimRow, rows::RebuttalRow);

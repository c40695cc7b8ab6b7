//! The tables as Parquet files (feature `parquet`): a whole graph written and read back, and
//! a slice of a large one (a window of time, one pair of actors) loaded into a claim graph
//! reading only the row groups it needs.
//!
//! # Layout
//!
//! A directory holds each table either as one file, `claims.parquet`, or as a folder of
//! files, `claims/**/*.parquet`, read in path order (the layout [`gdelt`](super::gdelt)
//! writes, partitioned by month as `claims/month=2023-11/part-00000.parquet`, which
//! DataFusion, Spark, DuckDB and pyarrow all read as one table with a `month` column). A
//! table with no file is empty.
//!
//! Files are Snappy-compressed, with row groups of [`WriteOptions::row_group_rows`] rows
//! (65,536 by default) and min/max statistics on every column; the Arrow schema, with the
//! contract's version, is stored in each file's footer.
//!
//! # Loading a slice
//!
//! [`load`] takes a [`Selection`] and builds a graph of the statements it selects and
//! everything they need to stand on their own: their actors, sources (with the reports they
//! were carried in), events, the statements rebuttals answer (to the root of each thread),
//! the relations between loaded actors, and the supports between loaded statements. Ids
//! are kept: `C123456` is `C123456` in the slice.
//!
//! Row groups are skipped by their statistics: for a window, those whose `stated_start`
//! range cannot meet it; for ids, those whose `id` range holds none of the ids needed. For
//! a pair of actors, the speaker and `about` columns of every row group are read (a few bytes
//! a row), and whole rows only from the row groups with a match. [`LoadReport`] says how many
//! row groups of each table were read, so the pruning can be seen and tested.
//!
//! Window pruning pays when rows are stored roughly in time order, as imports of event feeds
//! are (ids issued as the feed is read) and as the GDELT stream's monthly partitions are.
//!
//! ```
//! use claimgraph::*;
//! use claimgraph::io::tables::parquet::{self, Selection};
//! let dir = std::env::temp_dir().join(format!("claimgraph-doc-parquet-{}", std::process::id()));
//! let mut g = ClaimGraph::new();
//! let fi = g.add_actor(Actor::new("Finland", ActorKind::State))?;
//! let ru = g.add_actor(Actor::new("Russia", ActorKind::State))?;
//! for (month, what) in [("2023-10", "drones"), ("2023-11", "smuggling")] {
//!     g.add_claim(Claim::new(fi, SpeechAct::Accusation, Allegation::new(what))
//!         .with_about(ru).with_stated(month.parse()?))?;
//! }
//! parquet::write(&g, &dir)?;
//! assert_eq!(parquet::read(&dir)?.to_json(), g.to_json());
//! let november = parquet::load(&dir, &Selection::Window("2023-11".parse()?))?;
//! assert_eq!(november.graph().claim_count(), 1);
//! # std::fs::remove_dir_all(&dir)?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use super::rows::{self, At};
use super::{RowId, Table, TableError, TableErrorKind, entity_id, from_batch, link};
use crate::graph::Entity;
use crate::{
    ActorId, ClaimGraph, ClaimId, EntityKind, EventId, PartialDate, RebuttalId, SourceId,
    StatementId, SupportId, Target,
};
use arrow_array::cast::AsArray;
use arrow_array::types::{Int8Type, TimestampMicrosecondType, UInt32Type};
use arrow_array::{Array, ArrowPrimitiveType, RecordBatch};
use parquet::arrow::ArrowWriter;
use parquet::arrow::ProjectionMask;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use parquet::arrow::arrow_reader::statistics::StatisticsConverter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;
use serde::de::DeserializeOwned;
use std::collections::BTreeSet;
use std::fmt;
use std::fs::File;
use std::path::{Path, PathBuf};

/// How files are written.
///
/// ```
/// use claimgraph::io::tables::parquet::WriteOptions;
/// assert_eq!(WriteOptions::default().row_group_rows(), 65_536);
/// assert_eq!(WriteOptions::default().with_row_group_rows(1000).row_group_rows(), 1000);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WriteOptions {
    row_group_rows: usize,
}

impl Default for WriteOptions {
    fn default() -> Self {
        Self {
            row_group_rows: 65_536,
        }
    }
}

impl WriteOptions {
    /// At most `rows` rows per row group (at least 1): smaller groups prune finer and
    /// compress a little worse.
    ///
    /// ```
    /// use claimgraph::io::tables::parquet::WriteOptions;
    /// assert_eq!(WriteOptions::default().with_row_group_rows(0).row_group_rows(), 1);
    /// ```
    #[must_use]
    pub fn with_row_group_rows(mut self, rows: usize) -> Self {
        self.row_group_rows = rows.max(1);
        self
    }

    /// Rows per row group.
    ///
    /// ```
    /// use claimgraph::io::tables::parquet::WriteOptions;
    /// assert!(WriteOptions::default().row_group_rows() > 0);
    /// ```
    pub fn row_group_rows(&self) -> usize {
        self.row_group_rows
    }

    pub(crate) fn properties(self) -> WriterProperties {
        WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_max_row_group_row_count(Some(self.row_group_rows))
            .set_created_by(format!("claimgraph {}", env!("CARGO_PKG_VERSION")))
            .build()
    }
}

fn io_error(path: &Path, e: impl fmt::Display) -> TableError {
    TableError::new(TableErrorKind::Io, e.to_string()).in_file(path.display().to_string())
}

fn format_error(path: &Path, e: impl fmt::Display) -> TableError {
    TableError::new(TableErrorKind::Format, e.to_string()).in_file(path.display().to_string())
}

/// Writes one batch as a Parquet file.
pub(crate) fn write_file(
    path: &Path,
    batch: &RecordBatch,
    options: WriteOptions,
) -> Result<(), TableError> {
    let file = File::create(path).map_err(|e| io_error(path, e))?;
    let mut writer = ArrowWriter::try_new(file, batch.schema(), Some(options.properties()))
        .map_err(|e| format_error(path, e))?;
    writer.write(batch).map_err(|e| format_error(path, e))?;
    writer.close().map_err(|e| format_error(path, e))?;
    Ok(())
}

/// Writes every table of `graph` into `dir` (created if missing), one file per table:
/// `actors.parquet` .. `edges.parquet`.
///
/// # Errors
/// [`TableErrorKind::Io`] when the directory or a file cannot be written, naming the file.
///
/// ```
/// use claimgraph::ClaimGraph;
/// use claimgraph::io::tables::parquet;
/// let dir = std::env::temp_dir().join(format!("claimgraph-doc-write-{}", std::process::id()));
/// parquet::write(&ClaimGraph::new(), &dir)?;
/// assert!(dir.join("claims.parquet").exists());
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write(graph: &ClaimGraph, dir: impl AsRef<Path>) -> Result<(), TableError> {
    write_with(graph, dir, WriteOptions::default())
}

/// [`write()`] with options.
///
/// # Errors
/// As [`write()`].
///
/// ```
/// use claimgraph::ClaimGraph;
/// use claimgraph::io::tables::parquet::{self, WriteOptions};
/// let dir = std::env::temp_dir().join(format!("claimgraph-doc-write-with-{}", std::process::id()));
/// parquet::write_with(&ClaimGraph::new(), &dir, WriteOptions::default().with_row_group_rows(4096))?;
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_with(
    graph: &ClaimGraph,
    dir: impl AsRef<Path>,
    options: WriteOptions,
) -> Result<(), TableError> {
    let dir = dir.as_ref();
    std::fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
    let tables = graph.to_tables()?;
    for (table, batch) in tables.iter() {
        write_file(&dir.join(format!("{table}.parquet")), batch, options)?;
    }
    Ok(())
}

/// The files of a table in `dir`, in path order: `<table>.parquet` and everything under
/// `<table>/` ending in `.parquet`. Directories are walked with an explicit stack.
fn files_of(dir: &Path, table: Table) -> Result<Vec<PathBuf>, TableError> {
    let mut files = Vec::new();
    let single = dir.join(format!("{table}.parquet"));
    if single.is_file() {
        files.push(single);
    }
    let folder = dir.join(table.name());
    let mut stack = vec![folder];
    while let Some(d) = stack.pop() {
        if !d.is_dir() {
            continue;
        }
        let entries = std::fs::read_dir(&d).map_err(|e| io_error(&d, e))?;
        for entry in entries {
            let path = entry.map_err(|e| io_error(&d, e))?.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "parquet") {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

fn open(path: &Path) -> Result<ParquetRecordBatchReaderBuilder<File>, TableError> {
    let file = File::open(path).map_err(|e| io_error(path, e))?;
    ParquetRecordBatchReaderBuilder::try_new(file).map_err(|e| format_error(path, e))
}

/// Runs `work` on one file, turning a panic of the Parquet or Arrow library into an error
/// naming the file. The libraries panic on some damaged files (arrow-ipc 59 on a damaged
/// schema in the footer, found by this crate's tests); a reader of files must not. With
/// `panic = "abort"` there is nothing to catch, and the process stops as the library decides.
fn guarded<T>(path: &Path, work: impl FnOnce() -> Result<T, TableError>) -> Result<T, TableError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)).unwrap_or_else(|panic| {
        let why = panic
            .downcast_ref::<&str>()
            .map(ToString::to_string)
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Err(format_error(
            path,
            format!("the Parquet reader failed on this file (damaged?): {why}"),
        ))
    })
}

/// Every batch of one file, as `configure` narrows the reader (row groups, columns), handed
/// to `each`; errors name the file.
fn batches_of(
    path: &Path,
    configure: impl FnOnce(
        ParquetRecordBatchReaderBuilder<File>,
    ) -> ParquetRecordBatchReaderBuilder<File>,
    mut each: impl FnMut(&RecordBatch) -> Result<(), TableError>,
) -> Result<(), TableError> {
    guarded(path, || {
        let reader = configure(open(path)?)
            .build()
            .map_err(|e| format_error(path, e))?;
        for batch in reader {
            let batch = batch.map_err(|e| format_error(path, e))?;
            each(&batch).map_err(|e| e.in_file(path.display().to_string()))?;
        }
        Ok(())
    })
}

/// Reads a whole directory written by [`write()`] (or by the GDELT stream) back into a graph.
///
/// # Errors
/// [`TableErrorKind::Io`] when `dir` does not exist or a file cannot be read; otherwise as
/// [`ClaimGraph::from_tables`], with the file named.
///
/// ```
/// use claimgraph::*;
/// use claimgraph::io::tables::parquet;
/// let dir = std::env::temp_dir().join(format!("claimgraph-doc-read-{}", std::process::id()));
/// let mut g = ClaimGraph::new();
/// g.add_actor(Actor::new("A", ActorKind::State).with_alias("Alpha"))?;
/// parquet::write(&g, &dir)?;
/// assert_eq!(parquet::read(&dir)?.to_json(), g.to_json());
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn read(dir: impl AsRef<Path>) -> Result<ClaimGraph, TableError> {
    let dir = dir.as_ref();
    if !dir.is_dir() {
        return Err(io_error(dir, "no such directory"));
    }
    let mut all = Vec::new();
    let mut nexts: Vec<(EntityKind, u32)> = Vec::new();
    for &table in Table::ALL {
        if table == Table::Edges {
            continue;
        }
        for path in files_of(dir, table)? {
            let mut next = None;
            batches_of(
                &path,
                |builder| {
                    next = builder.schema().metadata().get(super::NEXT_ID_KEY).cloned();
                    builder
                },
                |batch| {
                    super::check_schema(table, &batch.schema())?;
                    all.push((table, batch.clone(), path.clone()));
                    Ok(())
                },
            )?;
            if let (Some(kind), Some(next)) = (table.kind(), next.and_then(|n| n.parse().ok())) {
                nexts.push((kind, next));
            }
        }
    }
    let mut g = ClaimGraph::new();
    for (table, batch, path) in &all {
        load_any(&mut g, *table, batch, &mut |_, _| true)
            .map_err(|e| e.in_file(path.display().to_string()))?;
    }
    link(&mut g).map_err(|e| e.in_file(dir.display().to_string()))?;
    for (kind, next) in nexts {
        g.retire_ids_below(kind, next);
    }
    Ok(g)
}

/// Loads one batch of any entity table into the graph, the rows `keep` accepts.
fn load_any(
    g: &mut ClaimGraph,
    table: Table,
    batch: &RecordBatch,
    keep: &mut dyn FnMut(u32, Option<&str>) -> bool,
) -> Result<(), TableError> {
    fn one<R: DeserializeOwned + RowId, E: Entity>(
        g: &mut ClaimGraph,
        table: Table,
        batch: &RecordBatch,
        keep: &mut dyn FnMut(u32, Option<&str>) -> bool,
        convert: impl Fn(&R, At) -> Result<E, TableError>,
        make: impl Fn(u32) -> E::Id,
    ) -> Result<(), TableError> {
        let rows: Vec<R> = from_batch(table, batch)?;
        for (i, row) in rows.iter().enumerate() {
            if !keep(row.id(), row.stated()) {
                continue;
            }
            let at = At {
                table,
                row: i,
                id: table.kind().map(|k| entity_id(k, row.id())),
            };
            let entity = convert(row, at)?;
            if !g.load_entity(make(row.id()), entity) {
                return Err(TableError::value(
                    table,
                    i,
                    at.id,
                    "id",
                    "this id is given twice".to_owned(),
                )
                .with_kind(TableErrorKind::Graph));
            }
        }
        Ok(())
    }
    match table {
        Table::Actors => one(g, table, batch, keep, rows::actor, ActorId::new),
        Table::Relations => one(
            g,
            table,
            batch,
            keep,
            rows::relation,
            crate::RelationId::new,
        ),
        Table::Sources => one(g, table, batch, keep, rows::source, SourceId::new),
        Table::Events => one(g, table, batch, keep, rows::event, EventId::new),
        Table::Claims => one(g, table, batch, keep, rows::claim, ClaimId::new),
        Table::Rebuttals => one(g, table, batch, keep, rows::rebuttal, RebuttalId::new),
        Table::Supports => one(g, table, batch, keep, rows::support, SupportId::new),
        Table::Edges => Ok(()),
    }
}

/// What to load from a directory of tables.
///
/// ```
/// use claimgraph::ActorId;
/// use claimgraph::io::tables::parquet::Selection;
/// let month = Selection::Window("2023-11".parse()?);
/// let pair = Selection::Pair(ActorId::new(0), ActorId::new(1));
/// assert_ne!(month, pair);
/// # Ok::<(), claimgraph::TimeError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Selection {
    /// The claims and rebuttals whose `stated` date certainly lies within this date's span
    /// ([`PartialDate::within`]): a month, a year, a day or a window
    /// (`[2023-11-01..2023-12-15]`). Undated statements are not selected.
    Window(PartialDate),
    /// What two sides say about each other: claims and rebuttals by one side (as a speaker)
    /// naming the other side in `about`, and rebuttals by one side answering a statement of
    /// the other. A side is the actor and everyone who speaks for it or is part of it,
    /// transitively and at any date (a ministry's spokeswoman is her state's side), as
    /// [`Attribution::RollUp`](crate::query::Attribution::RollUp) counts.
    Pair(ActorId, ActorId),
}

/// How many row groups of one table a load read, of how many.
///
/// ```
/// use claimgraph::io::tables::parquet::Scan;
/// let scan = Scan::default();
/// assert_eq!((scan.row_groups, scan.read, scan.scanned), (0, 0, 0));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Scan {
    /// Row groups in the table's files.
    pub row_groups: usize,
    /// Row groups read in full, at least once (a row group read in two rounds of the
    /// closure counts once).
    pub read: usize,
    /// Row groups whose selection columns alone were read (a pair's speakers and `about`).
    pub scanned: usize,
}

/// What a [`load`] read: a [`Scan`] per table.
///
/// ```
/// use claimgraph::io::tables::{Table, parquet::LoadReport};
/// assert_eq!(LoadReport::default().scan(Table::Claims).read, 0);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LoadReport {
    scans: [Scan; 8],
}

impl LoadReport {
    /// The scan of one table.
    ///
    /// ```
    /// use claimgraph::io::tables::{Table, parquet::LoadReport};
    /// assert_eq!(LoadReport::default().scan(Table::Actors).row_groups, 0);
    /// ```
    pub fn scan(&self, table: Table) -> Scan {
        self.scans[table as usize]
    }
}

impl fmt::Display for LoadReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        for &t in Table::ALL {
            let s = self.scan(t);
            if s.row_groups == 0 {
                continue;
            }
            if !first {
                f.write_str("; ")?;
            }
            first = false;
            write!(f, "{t}: read {} of {} row groups", s.read, s.row_groups)?;
            if s.scanned > 0 {
                write!(f, " ({} scanned for the pair)", s.scanned)?;
            }
        }
        if first {
            f.write_str("no row groups")?;
        }
        Ok(())
    }
}

/// A slice of a directory of tables as a claim graph, with what was read to build it.
///
/// ```
/// use claimgraph::ClaimGraph;
/// use claimgraph::io::tables::parquet::{self, Selection};
/// let dir = std::env::temp_dir().join(format!("claimgraph-doc-loaded-{}", std::process::id()));
/// parquet::write(&ClaimGraph::new(), &dir)?;
/// let loaded = parquet::load(&dir, &Selection::Window("2023".parse()?))?;
/// assert_eq!(loaded.graph().claim_count(), 0);
/// assert_eq!(loaded.report().to_string(), "no row groups");
/// let graph: ClaimGraph = loaded.into_graph();
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct Loaded {
    graph: ClaimGraph,
    report: LoadReport,
}

impl Loaded {
    /// The graph of the slice.
    ///
    /// ```
    /// # use claimgraph::io::tables::parquet::Loaded;
    /// # fn f(l: &Loaded) -> usize {
    /// l.graph().claim_count()
    /// # }
    /// ```
    pub fn graph(&self) -> &ClaimGraph {
        &self.graph
    }

    /// What was read.
    ///
    /// ```
    /// # use claimgraph::io::tables::{Table, parquet::Loaded};
    /// # fn f(l: &Loaded) -> usize {
    /// l.report().scan(Table::Claims).read
    /// # }
    /// ```
    pub fn report(&self) -> &LoadReport {
        &self.report
    }

    /// The graph, taken.
    ///
    /// ```
    /// # use claimgraph::{ClaimGraph, io::tables::parquet::Loaded};
    /// # fn f(l: Loaded) -> ClaimGraph {
    /// l.into_graph()
    /// # }
    /// ```
    pub fn into_graph(self) -> ClaimGraph {
        self.graph
    }
}

/// One file of a table, opened once per read, with its row groups' statistics.
struct TableFile {
    path: PathBuf,
    /// The file's partition: its folder under the table's folder (`month=2023-11`), empty
    /// for a single file.
    partition: PathBuf,
    /// Row groups' id ranges (entity tables), `None` where the statistics are missing.
    ids: Vec<Option<(u32, u32)>>,
    /// Row groups' `stated_start` ranges in microseconds (claims and rebuttals).
    starts: Vec<Option<(i64, i64)>>,
    /// Row groups' `stated_rank` ranges: whether a group may hold instants.
    ranks: Vec<Option<(i8, i8)>>,
}

/// The min/max statistics of `column` in each row group, where the file has them.
fn ranges<A: ArrowPrimitiveType>(
    column: &str,
    builder: &ParquetRecordBatchReaderBuilder<File>,
) -> Vec<Option<(A::Native, A::Native)>> {
    let groups = builder.metadata().row_groups();
    let none = || vec![None; groups.len()];
    let Ok(conv) = StatisticsConverter::try_new(column, builder.schema(), builder.parquet_schema())
    else {
        return none();
    };
    let (Ok(mins), Ok(maxes)) = (
        conv.row_group_mins(groups.iter()),
        conv.row_group_maxes(groups.iter()),
    ) else {
        return none();
    };
    let (Some(mins), Some(maxes)) = (mins.as_primitive_opt::<A>(), maxes.as_primitive_opt::<A>())
    else {
        return none();
    };
    (0..groups.len())
        .map(|i| (mins.is_valid(i) && maxes.is_valid(i)).then(|| (mins.value(i), maxes.value(i))))
        .collect()
}

/// The files of one table and which of their row groups were read.
struct Files {
    table: Table,
    parts: Vec<TableFile>,
    read: Vec<Vec<bool>>,
    scanned: usize,
}

impl Files {
    fn open(dir: &Path, table: Table) -> Result<Self, TableError> {
        let mut files = Vec::new();
        for path in files_of(dir, table)? {
            let (ids, starts, ranks) = guarded(&path, || {
                let builder = open(&path)?;
                super::check_schema(table, builder.schema())
                    .map_err(|e| e.in_file(path.display().to_string()))?;
                let ids = ranges::<UInt32Type>("id", &builder);
                let statements = matches!(table, Table::Claims | Table::Rebuttals);
                Ok(if statements {
                    let starts = ranges::<TimestampMicrosecondType>("stated_start", &builder);
                    let ranks = ranges::<Int8Type>("stated_rank", &builder);
                    (ids, starts, ranks)
                } else {
                    let n = ids.len();
                    (ids, vec![None; n], vec![None; n])
                })
            })?;
            let partition = path
                .parent()
                .and_then(|p| p.strip_prefix(dir.join(table.name())).ok())
                .map(Path::to_path_buf)
                .unwrap_or_default();
            files.push(TableFile {
                path,
                partition,
                ids,
                starts,
                ranks,
            });
        }
        let read = files.iter().map(|f| vec![false; f.ids.len()]).collect();
        Ok(Self {
            table,
            parts: files,
            read,
            scanned: 0,
        })
    }

    fn scan(&self) -> Scan {
        Scan {
            row_groups: self.read.iter().map(Vec::len).sum(),
            read: self.read.iter().flatten().filter(|&&r| r).count(),
            scanned: self.scanned,
        }
    }

    /// Reads the row groups `pick` accepts (by file and group index), batch by batch.
    fn read_groups(
        &mut self,
        mut pick: impl FnMut(&TableFile, usize) -> bool,
        mut each: impl FnMut(&RecordBatch) -> Result<(), TableError>,
    ) -> Result<(), TableError> {
        for (f, file) in self.parts.iter().enumerate() {
            let groups: Vec<usize> = (0..file.ids.len()).filter(|&g| pick(file, g)).collect();
            if groups.is_empty() {
                continue;
            }
            for &g in &groups {
                self.read[f][g] = true;
            }
            batches_of(&file.path, |b| b.with_row_groups(groups), &mut each)?;
        }
        Ok(())
    }

    /// Reads only `columns` of every row group, one group at a time, handing each batch with
    /// its file and group.
    fn scan_columns(
        &mut self,
        columns: &[&str],
        mut each: impl FnMut(&RecordBatch, (usize, usize)) -> Result<(), TableError>,
    ) -> Result<(), TableError> {
        for (f, file) in self.parts.iter().enumerate() {
            for group in 0..file.ids.len() {
                self.scanned += 1;
                batches_of(
                    &file.path,
                    |builder| {
                        let mask = ProjectionMask::columns(
                            builder.parquet_schema(),
                            columns.iter().copied(),
                        );
                        builder.with_row_groups(vec![group]).with_projection(mask)
                    },
                    |batch| each(batch, (f, group)),
                )?;
            }
        }
        Ok(())
    }

    /// The partitions of the files with a row group read.
    fn partitions_read(&self) -> impl Iterator<Item = PathBuf> + '_ {
        self.parts
            .iter()
            .zip(&self.read)
            .filter(|(_, read)| read.iter().any(|&r| r))
            .map(|(f, _)| f.partition.clone())
    }

    /// Loads the rows with the given ids (not yet loaded) into the graph, reading only the row
    /// groups whose id range holds one of them: first in the files of the `hints` partitions
    /// (those the selection was read from: a month's sources sit beside its claims), then,
    /// for the ids still missing, in the others.
    fn load_ids(
        &mut self,
        g: &mut ClaimGraph,
        ids: &BTreeSet<u32>,
        hints: &BTreeSet<PathBuf>,
    ) -> Result<(), TableError> {
        if ids.is_empty() {
            return Ok(());
        }
        let table = self.table;
        let mut found = BTreeSet::new();
        for hinted in [true, false] {
            let wanted: BTreeSet<u32> = ids.difference(&found).copied().collect();
            if wanted.is_empty() {
                break;
            }
            let may_hold = |file: &TableFile, group: usize| {
                hints.contains(&file.partition) == hinted
                    && file.ids[group].is_none_or(|(lo, hi)| wanted.range(lo..=hi).next().is_some())
            };
            self.read_groups(may_hold, |batch| {
                load_any(g, table, batch, &mut |id, _| {
                    let keep = wanted.contains(&id);
                    if keep {
                        found.insert(id);
                    }
                    keep
                })
            })?;
        }
        Ok(())
    }
}

/// The ids of one table the slice needs, and those already loaded.
#[derive(Default)]
struct Need {
    wanted: BTreeSet<u32>,
    loaded: BTreeSet<u32>,
}

impl Need {
    fn add(&mut self, id: u32) {
        if !self.loaded.contains(&id) {
            self.wanted.insert(id);
        }
    }

    /// The ids wanted and not loaded yet, now marked loaded.
    fn take(&mut self) -> BTreeSet<u32> {
        let next = std::mem::take(&mut self.wanted);
        self.loaded.extend(next.iter().copied());
        next
    }
}

/// Loads the slice of `dir` that `selection` names; see the [module documentation](self).
///
/// # Errors
/// As [`read()`]; a slice that is not a graph on its own (a reference to a row that is not in
/// the files) is a [`TableErrorKind::Graph`] error naming it.
///
/// # Complexity
/// Reads the row groups the selection and its closure need; memory is the slice, plus the
/// statistics of every row group.
///
/// ```
/// use claimgraph::*;
/// use claimgraph::io::tables::Table;
/// use claimgraph::io::tables::parquet::{self, Selection, WriteOptions};
/// let dir = std::env::temp_dir().join(format!("claimgraph-doc-load-{}", std::process::id()));
/// let mut g = ClaimGraph::new();
/// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
/// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
/// let c = g.add_actor(Actor::new("C", ActorKind::State))?;
/// for (who, whom) in [(a, b), (b, c), (c, a), (b, a)] {
///     g.add_claim(Claim::new(who, SpeechAct::Accusation, Allegation::new("x")).with_about(whom))?;
/// }
/// parquet::write_with(&g, &dir, WriteOptions::default().with_row_group_rows(1))?;
/// let pair = parquet::load(&dir, &Selection::Pair(a, b))?;
/// assert_eq!(pair.graph().claim_count(), 2); // a on b, b on a
/// assert_eq!(pair.report().scan(Table::Claims).read, 2); // of 4 row groups
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn load(dir: impl AsRef<Path>, selection: &Selection) -> Result<Loaded, TableError> {
    let dir = dir.as_ref();
    if !dir.is_dir() {
        return Err(io_error(dir, "no such directory"));
    }
    let mut files: Vec<Files> = Table::ALL
        .iter()
        .map(|&t| Files::open(dir, t))
        .collect::<Result<_, _>>()?;
    let mut g = ClaimGraph::new();
    let mut needs: [Need; 7] = Default::default();
    select(&mut files, selection, &mut g)?;
    let selected: [(Table, BTreeSet<u32>); 2] = [
        (
            Table::Claims,
            g.claims().map(|(id, _)| id.index()).collect(),
        ),
        (
            Table::Rebuttals,
            g.rebuttals().map(|(id, _)| id.index()).collect(),
        ),
    ];
    for (t, ids) in &selected {
        needs[*t as usize].loaded.extend(ids.iter().copied());
    }
    for (t, ids) in &selected {
        references(&g, *t, ids, &mut needs);
    }
    // What the selection needs is looked for first beside it, in the same partitions.
    let hints: BTreeSet<PathBuf> = files[Table::Claims as usize]
        .partitions_read()
        .chain(files[Table::Rebuttals as usize].partitions_read())
        .collect();
    // The closure: load what is wanted, then want what it references, until nothing new.
    loop {
        let mut any = false;
        for &t in &[
            Table::Claims,
            Table::Rebuttals,
            Table::Supports,
            Table::Events,
            Table::Sources,
            Table::Actors,
        ] {
            let ids = needs[t as usize].take();
            if ids.is_empty() {
                continue;
            }
            any = true;
            files[t as usize].load_ids(&mut g, &ids, &hints)?;
            references(&g, t, &ids, &mut needs);
        }
        if !any {
            break;
        }
    }
    neighbours(&mut files, &mut g, &mut needs, &hints)?;
    link(&mut g)?;
    let mut report = LoadReport::default();
    for f in &files {
        report.scans[f.table as usize] = f.scan();
    }
    Ok(Loaded { graph: g, report })
}

/// Relations between loaded actors, and supports between loaded statements: read in full
/// (they are few), kept where both ends are loaded; the sources of relations follow, with
/// their outlets, speakers and earlier reports.
fn neighbours(
    files: &mut [Files],
    g: &mut ClaimGraph,
    needs: &mut [Need; 7],
    hints: &BTreeSet<PathBuf>,
) -> Result<(), TableError> {
    let actors: BTreeSet<u32> = g.actors().map(|(id, _)| id.index()).collect();
    let mut relation_rows: Vec<rows::RelationRow> = Vec::new();
    files[Table::Relations as usize].read_groups(
        |_, _| true,
        |batch| {
            let rows: Vec<rows::RelationRow> = from_batch(Table::Relations, batch)?;
            relation_rows.extend(
                rows.into_iter()
                    .filter(|r| actors.contains(&r.from) && actors.contains(&r.to)),
            );
            Ok(())
        },
    )?;
    let relation_ids: BTreeSet<u32> = relation_rows.iter().map(|r| r.id).collect();
    for r in &relation_rows {
        for &s in &r.sources {
            needs[Table::Sources as usize].add(s);
        }
    }
    // Sources of relations may bring outlets, speakers and earlier reports.
    loop {
        let mut any = false;
        for &t in &[Table::Sources, Table::Actors] {
            let ids = needs[t as usize].take();
            if !ids.is_empty() {
                any = true;
                files[t as usize].load_ids(g, &ids, hints)?;
                references(g, t, &ids, needs);
            }
        }
        if !any {
            break;
        }
    }
    files[Table::Relations as usize].load_ids(g, &relation_ids, hints)?;
    let statements: BTreeSet<StatementId> = g
        .claims()
        .map(|(id, _)| StatementId::from(id))
        .chain(g.rebuttals().map(|(id, _)| StatementId::from(id)))
        .collect();
    let mut support_ids = BTreeSet::new();
    files[Table::Supports as usize].read_groups(
        |_, _| true,
        |batch| {
            let rows: Vec<rows::SupportRow> = from_batch(Table::Supports, batch)?;
            for r in rows {
                let ends = (
                    r.premise.parse::<StatementId>(),
                    r.conclusion.parse::<StatementId>(),
                );
                if let (Ok(p), Ok(c)) = ends
                    && statements.contains(&p)
                    && statements.contains(&c)
                    && !needs[Table::Supports as usize].loaded.contains(&r.id)
                {
                    support_ids.insert(r.id);
                }
            }
            Ok(())
        },
    )?;
    files[Table::Supports as usize].load_ids(g, &support_ids, hints)?;
    Ok(())
}

/// Loads the claims and rebuttals a selection names directly into `g`, reading each row
/// group that may hold one once.
fn select(
    files: &mut [Files],
    selection: &Selection,
    g: &mut ClaimGraph,
) -> Result<(), TableError> {
    match selection {
        Selection::Window(window) => {
            // A statement within the window starts within it. Instants are stored by their
            // UTC time: for a row group that may hold one, widen by the widest offsets.
            let (start, end) = window.local_span();
            let micros = |t: chrono::NaiveDateTime| t.and_utc().timestamp_micros();
            let wide = chrono::TimeDelta::hours(14);
            let exact = (micros(start), micros(end));
            let widened = (micros(start - wide), micros(end + wide));
            let meets = |file: &TableFile, group: usize| {
                let instants = file.ranks[group].is_none_or(|(_, max)| max >= 4);
                let (lo, hi) = if instants { widened } else { exact };
                file.starts[group].is_none_or(|(min, max)| max >= lo && min < hi)
            };
            for t in [Table::Claims, Table::Rebuttals] {
                files[t as usize].read_groups(meets, |batch| {
                    load_any(g, t, batch, &mut |_, stated| within(stated, window))
                })?;
            }
        }
        Selection::Pair(a, b) => select_pair(files, *a, *b, g)?,
    }
    Ok(())
}

fn within(stated: Option<&str>, window: &PartialDate) -> bool {
    stated
        .and_then(|s| s.parse::<PartialDate>().ok())
        .is_some_and(|d| d.within(window))
}

/// The claims and rebuttals between two sides (see [`Selection::Pair`]), loaded into `g`:
/// the speakers and `about` of every row group scanned, whole rows read only from the row
/// groups with a match.
fn select_pair(
    files: &mut [Files],
    a: ActorId,
    b: ActorId,
    g: &mut ClaimGraph,
) -> Result<(), TableError> {
    let (side_a, side_b) = sides(&mut files[Table::Relations as usize], a, b)?;
    let (a, b) = (a.index(), b.index());
    let meets = |xs: &[u32], side: &BTreeSet<u32>| xs.iter().any(|x| side.contains(x));
    let on = |speakers: &[u32], about: &[u32]| {
        (meets(speakers, &side_a) && meets(about, &side_b))
            || (meets(speakers, &side_b) && meets(about, &side_a))
    };
    // Each side's statements, and the rows that select, with where they are.
    let mut side_of: Vec<(StatementId, u32)> = Vec::new();
    let mut claims: BTreeSet<u32> = BTreeSet::new();
    let mut claim_groups: BTreeSet<(usize, usize)> = BTreeSet::new();
    files[Table::Claims as usize].scan_columns(
        &["id", "claimant", "joint_with", "about"],
        |batch, at| {
            let rows: Vec<SpeakersRow> = serde_arrow::from_record_batch(batch)
                .map_err(|e| TableError::new(TableErrorKind::Value, e.to_string()))?;
            for r in rows {
                let mut speakers = r.joint_with.clone();
                speakers.push(r.claimant);
                if on(&speakers, &r.about) {
                    claims.insert(r.id);
                    claim_groups.insert(at);
                }
                for (s, side) in [(a, &side_a), (b, &side_b)] {
                    if meets(&speakers, side) {
                        side_of.push((ClaimId::new(r.id).into(), s));
                    }
                }
            }
            Ok(())
        },
    )?;
    let mut rebuttal_rows: Vec<(RebuttalSpeakersRow, (usize, usize))> = Vec::new();
    files[Table::Rebuttals as usize].scan_columns(
        &["id", "by", "joint_with", "about", "answers"],
        |batch, at| {
            let rows: Vec<RebuttalSpeakersRow> = serde_arrow::from_record_batch(batch)
                .map_err(|e| TableError::new(TableErrorKind::Value, e.to_string()))?;
            rebuttal_rows.extend(rows.into_iter().map(|r| (r, at)));
            Ok(())
        },
    )?;
    for (r, _) in &rebuttal_rows {
        let mut speakers = r.joint_with.clone();
        speakers.push(r.by);
        for (s, side) in [(a, &side_a), (b, &side_b)] {
            if meets(&speakers, side) {
                side_of.push((RebuttalId::new(r.id).into(), s));
            }
        }
    }
    side_of.sort_unstable();
    let side = |st: StatementId| -> Vec<u32> {
        let from = side_of.partition_point(|&(x, _)| x < st);
        side_of[from..]
            .iter()
            .take_while(|&&(x, _)| x == st)
            .map(|&(_, s)| s)
            .collect()
    };
    let mut rebuttals: BTreeSet<u32> = BTreeSet::new();
    let mut rebuttal_groups: BTreeSet<(usize, usize)> = BTreeSet::new();
    for (r, at) in &rebuttal_rows {
        let mut speakers = r.joint_with.clone();
        speakers.push(r.by);
        let answers_other = r.answers.iter().any(|t| {
            let statement = match t.parse::<Target>() {
                Ok(Target::Claim(c) | Target::Alternative(c, _)) => Some(c.into()),
                Ok(Target::Rebuttal(r)) => Some(r.into()),
                _ => None,
            };
            statement.is_some_and(|st| {
                let theirs = side(st);
                (meets(&speakers, &side_a) && theirs.contains(&b))
                    || (meets(&speakers, &side_b) && theirs.contains(&a))
            })
        });
        if on(&speakers, &r.about) || answers_other {
            rebuttals.insert(r.id);
            rebuttal_groups.insert(*at);
        }
    }
    for (t, ids, groups) in [
        (Table::Claims, &claims, &claim_groups),
        (Table::Rebuttals, &rebuttals, &rebuttal_groups),
    ] {
        let files = &mut files[t as usize];
        let paths: Vec<PathBuf> = files.parts.iter().map(|f| f.path.clone()).collect();
        files.read_groups(
            |file, group| {
                let f = paths.iter().position(|p| *p == file.path);
                f.is_some_and(|f| groups.contains(&(f, group)))
            },
            |batch| load_any(g, t, batch, &mut |id, _| ids.contains(&id)),
        )?;
    }
    Ok(())
}

/// Each side of a pair: the actor and everyone who speaks for it or is part of it, at any
/// date (the Russian foreign ministry's denial belongs to "Russia"), from the relations.
fn sides(
    relations_table: &mut Files,
    a: ActorId,
    b: ActorId,
) -> Result<(BTreeSet<u32>, BTreeSet<u32>), TableError> {
    let mut relations: Vec<(u32, u32)> = Vec::new();
    relations_table.scan_columns(&["from", "kind", "to"], |batch, _| {
        let rows: Vec<AffiliationRow> = serde_arrow::from_record_batch(batch)
            .map_err(|e| TableError::new(TableErrorKind::Value, e.to_string()))?;
        relations.extend(
            rows.into_iter()
                .filter(|r| r.kind == "speaks_for" || r.kind == "part_of")
                .map(|r| (r.to, r.from)),
        );
        Ok(())
    })?;
    relations.sort_unstable();
    Ok((
        members(&relations, a.index()),
        members(&relations, b.index()),
    ))
}

/// The affiliation columns of a relation row.
#[derive(serde::Deserialize)]
struct AffiliationRow {
    from: u32,
    kind: String,
    to: u32,
}

/// `actor` and everyone who speaks for it or is part of it, transitively; `edges` are
/// (to, from) pairs, sorted. Breadth first with a queue: no recursion.
fn members(edges: &[(u32, u32)], actor: u32) -> BTreeSet<u32> {
    let mut seen = BTreeSet::from([actor]);
    let mut queue = std::collections::VecDeque::from([actor]);
    while let Some(x) = queue.pop_front() {
        let from = edges.partition_point(|&(to, _)| to < x);
        for &(_, member) in edges[from..].iter().take_while(|&&(to, _)| to == x) {
            if seen.insert(member) {
                queue.push_back(member);
            }
        }
    }
    seen
}

/// The selection columns of a claim row.
#[derive(serde::Deserialize)]
struct SpeakersRow {
    id: u32,
    claimant: u32,
    joint_with: Vec<u32>,
    about: Vec<u32>,
}

/// The selection columns of a rebuttal row.
#[derive(serde::Deserialize)]
struct RebuttalSpeakersRow {
    id: u32,
    by: u32,
    joint_with: Vec<u32>,
    about: Vec<u32>,
    answers: Vec<String>,
}

/// Adds to `needs` what the entities of table `t` just loaded (`ids`) reference.
fn references(g: &ClaimGraph, t: Table, ids: &BTreeSet<u32>, needs: &mut [Need; 7]) {
    let mut want = |table: Table, id: u32| needs[table as usize].add(id);
    let target = |want: &mut dyn FnMut(Table, u32), x: Target| match x {
        Target::Claim(c) | Target::Alternative(c, _) => want(Table::Claims, c.index()),
        Target::Rebuttal(r) => want(Table::Rebuttals, r.index()),
        Target::Source(s) => want(Table::Sources, s.index()),
        Target::Event(e) => want(Table::Events, e.index()),
        Target::Support(p) => want(Table::Supports, p.index()),
    };
    for &n in ids {
        match t {
            Table::Claims => {
                if let Some(c) = g.claim(ClaimId::new(n)) {
                    for a in c.speakers().chain(c.about().iter().copied()) {
                        want(Table::Actors, a.index());
                    }
                    for e in c
                        .events()
                        .iter()
                        .chain(c.motive().and_then(crate::Motive::event).as_ref())
                    {
                        want(Table::Events, e.index());
                    }
                    for s in c.sources() {
                        want(Table::Sources, s.index());
                    }
                    if let Some(by) = c.resolution().and_then(crate::Resolution::by) {
                        target(&mut want, by);
                    }
                }
            }
            Table::Rebuttals => {
                if let Some(r) = g.rebuttal(RebuttalId::new(n)) {
                    for a in r.speakers().chain(r.about().iter().copied()) {
                        want(Table::Actors, a.index());
                    }
                    for e in r.events() {
                        want(Table::Events, e.index());
                    }
                    for s in r.sources() {
                        want(Table::Sources, s.index());
                    }
                    for &x in r.answers() {
                        target(&mut want, x);
                    }
                }
            }
            Table::Events => {
                if let Some(e) = g.event(EventId::new(n)) {
                    for p in e.participants() {
                        want(Table::Actors, p.actor().index());
                    }
                    for s in e.sources() {
                        want(Table::Sources, s.index());
                    }
                    if let Some(st) = e.alleged_by() {
                        target(&mut want, st.into());
                    }
                }
            }
            Table::Sources => {
                if let Some(s) = g.source(SourceId::new(n)) {
                    for a in s
                        .outlet()
                        .into_iter()
                        .chain(s.speakers().iter().copied())
                        .chain(s.quotes().iter().filter_map(crate::Quote::speaker))
                    {
                        want(Table::Actors, a.index());
                    }
                    for r in s.reported_in() {
                        want(Table::Sources, r.index());
                    }
                }
            }
            Table::Supports => {
                if let Some(p) = g.support(SupportId::new(n)) {
                    for st in [p.premise(), p.conclusion()] {
                        target(&mut want, st.into());
                    }
                }
            }
            _ => {}
        }
    }
}

impl ClaimGraph {
    /// Writes every table as Parquet into `dir`: [`parquet::write`](write()).
    ///
    /// # Errors
    /// As [`parquet::write`](write()).
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// let dir = std::env::temp_dir().join(format!("claimgraph-doc-to-parquet-{}", std::process::id()));
    /// ClaimGraph::new().to_parquet(&dir)?;
    /// assert_eq!(ClaimGraph::from_parquet(&dir)?.claim_count(), 0);
    /// # std::fs::remove_dir_all(&dir)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_parquet(&self, dir: impl AsRef<Path>) -> Result<(), TableError> {
        write(self, dir)
    }

    /// Reads a directory of Parquet tables: [`parquet::read`](read()).
    ///
    /// # Errors
    /// As [`parquet::read`](read()).
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// assert!(ClaimGraph::from_parquet("/nonexistent").is_err());
    /// ```
    pub fn from_parquet(dir: impl AsRef<Path>) -> Result<ClaimGraph, TableError> {
        read(dir)
    }
}

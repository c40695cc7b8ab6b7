//! GDELT 2.0 event files streamed into Parquet tables, partitioned by month, in bounded
//! memory (feature `parquet`).
//!
//! Each line is read as [`io::gdelt`](crate::io::gdelt) reads it (the same mapping, findings
//! and errors), but the claims and their article sources are not kept in a graph: they go to
//! Parquet files by the month of their date,
//!
//! ```text
//! DIR/claims/month=2023-11/part-00000.parquet
//! DIR/edges/month=2023-11/part-00000.parquet
//! DIR/sources/month=2023-11/part-00000.parquet
//! DIR/actors.parquet  relations.parquet  events.parquet  rebuttals.parquet  supports.parquet
//! ```
//!
//! the layout [`parquet::read`](super::parquet::read) and [`parquet::load`](super::parquet::load)
//! read, and that DataFusion, Spark, DuckDB and pyarrow read as one table per folder with a
//! `month` column (Hive partitioning). Ids run on across the files of one stream, so the
//! directory is one claim graph: reading it all back gives what importing the files into one
//! graph gives, but for sources. A source is one article URL *within one month*: an article
//! cited by events of two months is a source in each month's partition (with the date of the
//! first event citing it there), so that each month stands on its own and
//! [`parquet::load`](super::parquet::load) of a month reads no other month's files.
//!
//! # Memory
//!
//! Bounded by the options, not by the input:
//! - rows wait in per-month buffers until a month has [`StreamOptions::row_group_rows`] of
//!   them, then go out as one row group; when all buffers together hold more than
//!   [`StreamOptions::buffered_rows`], the largest is written out early;
//! - at most [`StreamOptions::open_months`] months have files open; writing to another closes
//!   the one written least recently, and the month gets a new part file if it comes back
//!   (GDELT's `SQLDATE` is the date of the event, so one 15-minute file holds rows of many
//!   months);
//! - one entry per distinct actor (the actors table, written at the end);
//! - the article URLs of the last [`StreamOptions::urls`] distinct (month, URL) pairs, to
//!   give each one source: a URL seen again after it left that window gets a second source
//!   row (same URL, new id);
//! - the duplicate check: per file, 16 bytes per claim kept (as [`io::gdelt`](crate::io::gdelt));
//!   across files, one bit per `GlobalEventID` in the span of ids seen, in blocks of 1,024.
//!
//! ```
//! use claimgraph::io::Limits;
//! use claimgraph::io::gdelt::Importer;
//! use claimgraph::io::tables::gdelt::{Stream, StreamOptions};
//! use claimgraph::io::tables::parquet;
//! let dir = std::env::temp_dir().join(format!("claimgraph-doc-stream-{}", std::process::id()));
//! let mut row = vec![""; 61];
//! row[0] = "1"; row[1] = "20231120"; row[5] = "FIN"; row[15] = "RUS"; row[26] = "1123";
//! let november = row.join("\t") + "\n";
//! row[0] = "2"; row[1] = "20231205";
//! let december = row.join("\t") + "\n";
//! let mut stream = Stream::create(&dir, Importer::new(), StreamOptions::default())?;
//! stream.read(november.as_bytes(), &Limits::default())?;
//! stream.read(december.as_bytes(), &Limits::default())?;
//! let written = stream.finish()?;
//! assert_eq!((written.claims(), written.months()), (2, 2));
//! assert!(dir.join("claims/month=2023-12").is_dir());
//! assert_eq!(parquet::read(&dir)?.claim_count(), 2);
//! # std::fs::remove_dir_all(&dir)?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use super::parquet::{WriteOptions, write_file};
use super::rows;
use super::{Table, TableError, TableErrorKind, to_batch};
use crate::io::gdelt::{Actors, FindingKind, Importer, Sink};
use crate::io::{ImportError, Limits, Report};
use crate::{Claim, ClaimGraph, ClaimId, PartialDate, Source, SourceId, SourceKind, SpeechAct};
use parquet::arrow::ArrowWriter;
use std::collections::{BTreeMap, HashMap};
use std::fs::File;
use std::io::BufRead;
use std::path::{Path, PathBuf};

/// The bounds of a stream's memory; see the [module documentation](self).
///
/// ```
/// use claimgraph::io::tables::gdelt::StreamOptions;
/// let o = StreamOptions::default();
/// assert_eq!((o.row_group_rows(), o.open_months()), (65_536, 16));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StreamOptions {
    row_group_rows: usize,
    buffered_rows: usize,
    open_months: usize,
    urls: usize,
}

impl Default for StreamOptions {
    fn default() -> Self {
        Self {
            row_group_rows: 65_536,
            buffered_rows: 262_144,
            open_months: 16,
            urls: 1 << 18,
        }
    }
}

impl StreamOptions {
    /// Rows per row group (at least 1).
    ///
    /// ```
    /// use claimgraph::io::tables::gdelt::StreamOptions;
    /// assert_eq!(StreamOptions::default().with_row_group_rows(1000).row_group_rows(), 1000);
    /// ```
    #[must_use]
    pub fn with_row_group_rows(mut self, rows: usize) -> Self {
        self.row_group_rows = rows.max(1);
        self
    }

    /// Rows held in all months' buffers together before the largest is written early (at
    /// least one row group's worth).
    ///
    /// ```
    /// use claimgraph::io::tables::gdelt::StreamOptions;
    /// let o = StreamOptions::default().with_row_group_rows(1000).with_buffered_rows(10);
    /// assert_eq!(o.buffered_rows(), 1000);
    /// ```
    #[must_use]
    pub fn with_buffered_rows(mut self, rows: usize) -> Self {
        self.buffered_rows = rows;
        self
    }

    /// Months with files open at once (at least 1).
    ///
    /// ```
    /// use claimgraph::io::tables::gdelt::StreamOptions;
    /// assert_eq!(StreamOptions::default().with_open_months(0).open_months(), 1);
    /// ```
    #[must_use]
    pub fn with_open_months(mut self, months: usize) -> Self {
        self.open_months = months.max(1);
        self
    }

    /// Distinct article URLs remembered, to give each one source.
    ///
    /// ```
    /// use claimgraph::io::tables::gdelt::StreamOptions;
    /// assert_eq!(StreamOptions::default().with_urls(10).urls(), 10);
    /// ```
    #[must_use]
    pub fn with_urls(mut self, urls: usize) -> Self {
        self.urls = urls;
        self
    }

    /// Rows per row group.
    ///
    /// ```
    /// use claimgraph::io::tables::gdelt::StreamOptions;
    /// assert!(StreamOptions::default().row_group_rows() > 0);
    /// ```
    pub fn row_group_rows(&self) -> usize {
        self.row_group_rows
    }

    /// Rows buffered across months.
    ///
    /// ```
    /// use claimgraph::io::tables::gdelt::StreamOptions;
    /// assert!(StreamOptions::default().buffered_rows() >= StreamOptions::default().row_group_rows());
    /// ```
    pub fn buffered_rows(&self) -> usize {
        self.buffered_rows.max(self.row_group_rows)
    }

    /// Months with files open at once.
    ///
    /// ```
    /// use claimgraph::io::tables::gdelt::StreamOptions;
    /// assert_eq!(StreamOptions::default().open_months(), 16);
    /// ```
    pub fn open_months(&self) -> usize {
        self.open_months
    }

    /// Distinct URLs remembered.
    ///
    /// ```
    /// use claimgraph::io::tables::gdelt::StreamOptions;
    /// assert_eq!(StreamOptions::default().urls(), 1 << 18);
    /// ```
    pub fn urls(&self) -> usize {
        self.urls
    }
}

/// What a finished stream wrote.
///
/// ```
/// use claimgraph::io::gdelt::Importer;
/// use claimgraph::io::tables::gdelt::{Stream, StreamOptions};
/// let dir = std::env::temp_dir().join(format!("claimgraph-doc-written-{}", std::process::id()));
/// let written = Stream::create(&dir, Importer::new(), StreamOptions::default())?.finish()?;
/// assert_eq!((written.claims(), written.sources(), written.actors(), written.files()), (0, 0, 0, 5));
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Written {
    claims: u64,
    edges: u64,
    sources: u64,
    actors: u64,
    months: u64,
    files: u64,
}

impl Written {
    /// Claims written.
    ///
    /// ```
    /// assert_eq!(claimgraph::io::tables::gdelt::Written::default().claims(), 0);
    /// ```
    pub fn claims(&self) -> u64 {
        self.claims
    }

    /// Edge rows written (one per accusation with a target).
    ///
    /// ```
    /// assert_eq!(claimgraph::io::tables::gdelt::Written::default().edges(), 0);
    /// ```
    pub fn edges(&self) -> u64 {
        self.edges
    }

    /// Source rows written.
    ///
    /// ```
    /// assert_eq!(claimgraph::io::tables::gdelt::Written::default().sources(), 0);
    /// ```
    pub fn sources(&self) -> u64 {
        self.sources
    }

    /// Actors written.
    ///
    /// ```
    /// assert_eq!(claimgraph::io::tables::gdelt::Written::default().actors(), 0);
    /// ```
    pub fn actors(&self) -> u64 {
        self.actors
    }

    /// Distinct months with claims.
    ///
    /// ```
    /// assert_eq!(claimgraph::io::tables::gdelt::Written::default().months(), 0);
    /// ```
    pub fn months(&self) -> u64 {
        self.months
    }

    /// Parquet files written.
    ///
    /// ```
    /// assert_eq!(claimgraph::io::tables::gdelt::Written::default().files(), 0);
    /// ```
    pub fn files(&self) -> u64 {
        self.files
    }
}

/// GDELT files into a directory of Parquet tables; see the [module documentation](self).
///
/// ```
/// use claimgraph::io::gdelt::Importer;
/// use claimgraph::io::tables::gdelt::{Stream, StreamOptions};
/// let dir = std::env::temp_dir().join(format!("claimgraph-doc-stream-create-{}", std::process::id()));
/// let stream = Stream::create(&dir, Importer::new(), StreamOptions::default())?;
/// stream.finish()?;
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct Stream {
    importer: Importer,
    actors: Actors,
    graph: ClaimGraph,
    sink: TableSink,
}

impl std::fmt::Debug for Stream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Stream")
            .field("dir", &self.sink.dir)
            .field("written", &self.sink.written)
            .finish_non_exhaustive()
    }
}

impl Stream {
    /// A stream into `dir` (created if missing; it should be empty: files of an earlier
    /// stream would be read as part of this one).
    ///
    /// # Errors
    /// [`TableErrorKind::Io`] when `dir` cannot be created.
    ///
    /// ```
    /// use claimgraph::io::gdelt::Importer;
    /// use claimgraph::io::tables::gdelt::{Stream, StreamOptions};
    /// assert!(Stream::create("/proc/claimgraph-cannot", Importer::new(), StreamOptions::default()).is_err());
    /// ```
    pub fn create(
        dir: impl AsRef<Path>,
        importer: Importer,
        options: StreamOptions,
    ) -> Result<Self, TableError> {
        let dir = dir.as_ref().to_path_buf();
        std::fs::create_dir_all(&dir).map_err(|e| {
            TableError::new(TableErrorKind::Io, e.to_string()).in_file(dir.display().to_string())
        })?;
        Ok(Self {
            importer,
            actors: Actors::default(),
            graph: ClaimGraph::new(),
            sink: TableSink {
                dir,
                options,
                next_claim: 0,
                next_source: 0,
                urls: HashMap::new(),
                key: String::new(),
                months: BTreeMap::new(),
                clock: 0,
                buffered: 0,
                seen: IdSet::default(),
                file_ids: Vec::new(),
                error: None,
                written: Written::default(),
            },
        })
    }

    /// Reads one GDELT file into the stream, within `limits`, and returns its report (its
    /// findings, with line numbers within this file).
    ///
    /// # Errors
    /// [`StreamError::Import`] as [`Importer::import`] (the rows of this file read before the
    /// error are written all the same: a stream cannot take back what it wrote);
    /// [`StreamError::Table`] when a file cannot be written.
    ///
    /// ```
    /// use claimgraph::io::Limits;
    /// use claimgraph::io::gdelt::Importer;
    /// use claimgraph::io::tables::gdelt::{Stream, StreamOptions};
    /// let dir = std::env::temp_dir().join(format!("claimgraph-doc-stream-read-{}", std::process::id()));
    /// let mut stream = Stream::create(&dir, Importer::new(), StreamOptions::default())?;
    /// let report = stream.read(&b"\n"[..], &Limits::default())?;
    /// assert_eq!(report.read(), 1);
    /// assert!(stream.read(&b"not GDELT\n"[..], &Limits::default()).is_err());
    /// # std::fs::remove_dir_all(&dir)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn read(
        &mut self,
        reader: impl BufRead,
        limits: &Limits,
    ) -> Result<Report<FindingKind>, StreamError> {
        let graph = std::mem::take(&mut self.graph);
        let result =
            self.importer
                .import_with(reader, limits, graph, &mut self.actors, &mut self.sink);
        // The ids of this file join those of earlier files for the duplicate check.
        for id in self.sink.file_ids.drain(..) {
            self.sink.seen.insert(id);
        }
        let import = match result {
            Ok(import) => import,
            Err(e) => {
                // The actors made before the error stay: rows already written name them.
                return Err(StreamError::Import(e));
            }
        };
        let (graph, report) = import.into_parts();
        self.graph = graph;
        if let Some(e) = self.sink.error.take() {
            return Err(StreamError::Table(e));
        }
        Ok(report)
    }

    /// Writes what is buffered, closes every file, writes the actors table and empty files
    /// for the tables GDELT has nothing for, and says what was written.
    ///
    /// # Errors
    /// [`TableError`] when a file cannot be written.
    ///
    /// ```
    /// use claimgraph::io::gdelt::Importer;
    /// use claimgraph::io::tables::gdelt::{Stream, StreamOptions};
    /// let dir = std::env::temp_dir().join(format!("claimgraph-doc-stream-finish-{}", std::process::id()));
    /// let written = Stream::create(&dir, Importer::new(), StreamOptions::default())?.finish()?;
    /// assert!(dir.join("actors.parquet").is_file());
    /// # std::fs::remove_dir_all(&dir)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn finish(mut self) -> Result<Written, TableError> {
        let months: Vec<String> = self.sink.months.keys().cloned().collect();
        for m in months {
            self.sink.close(&m)?;
        }
        if let Some(e) = self.sink.error.take() {
            return Err(e);
        }
        let options = WriteOptions::default().with_row_group_rows(self.sink.options.row_group_rows);
        let actors: Vec<_> = self
            .graph
            .actors()
            .map(|(id, a)| rows::actor_row(id, a))
            .collect();
        let dir = &self.sink.dir;
        let batch = to_batch(
            Table::Actors,
            &actors,
            Some(self.graph.next_id(crate::EntityKind::Actor)),
        )?;
        write_file(&dir.join("actors.parquet"), &batch, options)?;
        self.sink.written.actors = actors.len() as u64;
        self.sink.written.files += 1;
        for t in [
            Table::Relations,
            Table::Events,
            Table::Rebuttals,
            Table::Supports,
        ] {
            let empty = arrow_array::RecordBatch::new_empty(t.schema());
            write_file(&dir.join(format!("{t}.parquet")), &empty, options)?;
            self.sink.written.files += 1;
        }
        Ok(self.sink.written)
    }
}

/// An error of a [`Stream`]: reading the input, or writing the tables.
///
/// ```
/// use claimgraph::io::Limits;
/// use claimgraph::io::gdelt::Importer;
/// use claimgraph::io::tables::gdelt::{Stream, StreamError, StreamOptions};
/// let dir = std::env::temp_dir().join(format!("claimgraph-doc-stream-error-{}", std::process::id()));
/// let mut stream = Stream::create(&dir, Importer::new(), StreamOptions::default())?;
/// let err = stream.read(&b"{}\n"[..], &Limits::default()).unwrap_err();
/// assert!(matches!(err, StreamError::Import(_)));
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, thiserror::Error)]
pub enum StreamError {
    /// The input could not be read as GDELT.
    #[error(transparent)]
    Import(#[from] ImportError),
    /// A table file could not be written.
    #[error(transparent)]
    Table(#[from] TableError),
}

/// Rows of one table waiting to be written, already in Arrow's columns (a few bytes a
/// field, not a row struct each).
struct Buffer {
    table: Table,
    builder: serde_arrow::ArrayBuilder,
    rows: usize,
}

impl Buffer {
    fn new(table: Table) -> Result<Self, TableError> {
        let builder = serde_arrow::ArrayBuilder::from_arrow(table.schema().fields())
            .map_err(|e| TableError::new(TableErrorKind::Format, e.to_string()).in_table(table))?;
        Ok(Self {
            table,
            builder,
            rows: 0,
        })
    }

    fn push<T: serde::Serialize>(&mut self, row: &T) -> Result<(), TableError> {
        self.builder.push(row).map_err(|e| {
            TableError::new(TableErrorKind::Format, e.to_string()).in_table(self.table)
        })?;
        self.rows += 1;
        Ok(())
    }

    /// Writes the rows as one row group, and empties the buffer.
    fn write(&mut self, writer: &mut ArrowWriter<File>) -> Result<(), TableError> {
        if self.rows == 0 {
            return Ok(());
        }
        let table = self.table;
        let fail = |e: &dyn std::fmt::Display| {
            TableError::new(TableErrorKind::Format, e.to_string()).in_table(table)
        };
        let batch = self.builder.to_record_batch().map_err(|e| fail(&e))?;
        let batch = batch.with_schema(table.schema()).map_err(|e| fail(&e))?;
        self.rows = 0;
        writer.write(&batch).map_err(|e| fail(&e))?;
        // One row group per flush: what was buffered goes to the file now, not when the
        // writer has gathered a full group.
        writer.flush().map_err(|e| fail(&e))
    }
}

/// One month's buffers and open files.
struct Month {
    claims: Buffer,
    edges: Buffer,
    sources: Buffer,
    files: Option<Files>,
    /// The next part number of this month's files.
    part: u32,
    /// When the month was last written to (the stream's clock), for closing the oldest.
    used: u64,
}

impl Month {
    fn rows(&self) -> usize {
        self.claims.rows + self.edges.rows + self.sources.rows
    }
}

struct Files {
    claims: ArrowWriter<File>,
    edges: ArrowWriter<File>,
    sources: ArrowWriter<File>,
}

/// The sink of a stream: rows by month, written out as the memory bounds say.
struct TableSink {
    dir: PathBuf,
    options: StreamOptions,
    next_claim: u32,
    next_source: u32,
    /// Sources by month and URL (`2023-11\thttps://...`), and the buffer the key is built in.
    urls: HashMap<String, SourceId>,
    key: String,
    months: BTreeMap<String, Month>,
    clock: u64,
    buffered: usize,
    /// Event ids of earlier files.
    seen: IdSet,
    /// Event ids kept from the file being read.
    file_ids: Vec<u64>,
    /// The first write error, reported when the file's import returns.
    error: Option<TableError>,
    written: Written,
}

fn month_of(date: Option<PartialDate>) -> String {
    match date {
        Some(d) => match d.month_number() {
            Some(m) => format!("{:04}-{m:02}", d.year_number()),
            None => format!("{:04}", d.year_number()),
        },
        None => "undated".to_owned(),
    }
}

impl Sink for TableSink {
    fn source(&mut self, _: &mut ClaimGraph, url: &str, date: PartialDate) -> Option<SourceId> {
        // One source per URL and month: each month's partition stands on its own, so that a
        // month loaded back reads no other month's files.
        let month = month_of(Some(date));
        self.key.clear();
        self.key.push_str(&month);
        self.key.push('\t');
        self.key.push_str(url);
        if let Some(&s) = self.urls.get(self.key.as_str()) {
            return Some(s);
        }
        if self.urls.len() >= self.options.urls {
            self.urls.clear();
        }
        let id = SourceId::new(self.next_source);
        self.next_source = self.next_source.checked_add(1)?;
        let source = Source::new(SourceKind::Article, url)
            .with_url(url)
            .with_date(date);
        let row = rows::source_row(id, &source);
        let pushed = self.month(month).and_then(|m| m.sources.push(&row));
        if let Err(e) = pushed {
            self.error.get_or_insert(e);
            return None;
        }
        self.buffered += 1;
        self.urls.insert(self.key.clone(), id);
        self.written.sources += 1;
        Some(id)
    }

    fn claim(&mut self, _: &mut ClaimGraph, claim: Claim) -> Result<(), (FindingKind, String)> {
        if let Some(event) = claim
            .keys()
            .get("gdelt")
            .and_then(|k| k.parse::<u64>().ok())
        {
            if self.seen.contains(event) {
                return Err((
                    FindingKind::Duplicate,
                    format!("GlobalEventID {event} was read in an earlier file: skipped"),
                ));
            }
            self.file_ids.push(event);
        }
        let id = ClaimId::new(self.next_claim);
        self.next_claim = self
            .next_claim
            .checked_add(1)
            .ok_or_else(|| (FindingKind::Rejected, "more claims than ids".to_owned()))?;
        let key = month_of(claim.stated());
        let row = rows::claim_row(id, &claim);
        let mut edges = Vec::new();
        if claim.act() == SpeechAct::Accusation {
            rows::edge_rows(
                id.into(),
                claim.speakers(),
                claim.about(),
                claim.allegation().category(),
                claim.stated(),
                &mut edges,
            );
        }
        self.written.claims += 1;
        self.written.edges += edges.len() as u64;
        self.buffered += 1 + edges.len();
        let month = self
            .month(key.clone())
            .map_err(|e| (FindingKind::Rejected, e.to_string()))?;
        let pushed = month
            .claims
            .push(&row)
            .and_then(|()| edges.iter().try_for_each(|e| month.edges.push(e)));
        if let Err(e) = pushed {
            return Err((FindingKind::Rejected, e.to_string()));
        }
        if month.claims.rows >= self.options.row_group_rows {
            self.flush(&key);
        }
        if self.buffered > self.options.buffered_rows() {
            let largest = self
                .months
                .iter()
                .max_by_key(|(_, m)| m.rows())
                .map(|(k, _)| k.clone());
            if let Some(k) = largest {
                self.flush(&k);
            }
        }
        Ok(())
    }
}

impl TableSink {
    fn month(&mut self, key: String) -> Result<&mut Month, TableError> {
        use std::collections::btree_map::Entry;
        match self.months.entry(key) {
            Entry::Occupied(m) => Ok(m.into_mut()),
            Entry::Vacant(v) => {
                self.written.months += 1;
                Ok(v.insert(Month {
                    claims: Buffer::new(Table::Claims)?,
                    edges: Buffer::new(Table::Edges)?,
                    sources: Buffer::new(Table::Sources)?,
                    files: None,
                    part: 0,
                    used: 0,
                }))
            }
        }
    }

    /// Writes a month's buffers as row groups, opening its files (and closing the least
    /// recently used month's) when needed. An error is kept for the caller.
    fn flush(&mut self, key: &str) {
        if self.error.is_some() {
            return;
        }
        if let Err(e) = self.try_flush(key) {
            self.error = Some(e);
        }
    }

    fn try_flush(&mut self, key: &str) -> Result<(), TableError> {
        let open = self.months.values().filter(|m| m.files.is_some()).count();
        let needs_files = self.months.get(key).is_some_and(|m| m.files.is_none());
        if needs_files && open >= self.options.open_months {
            let oldest = self
                .months
                .iter()
                .filter(|(k, m)| m.files.is_some() && k.as_str() != key)
                .min_by_key(|(_, m)| m.used)
                .map(|(k, _)| k.clone());
            if let Some(k) = oldest {
                self.close(&k)?;
            }
        }
        self.clock += 1;
        let clock = self.clock;
        let dir = self.dir.clone();
        let props = WriteOptions::default()
            .with_row_group_rows(self.options.row_group_rows)
            .properties();
        let Some(month) = self.months.get_mut(key) else {
            return Ok(());
        };
        month.used = clock;
        if month.files.is_none() {
            let open = |table: Table| -> Result<ArrowWriter<File>, TableError> {
                let folder = dir.join(table.name()).join(format!("month={key}"));
                std::fs::create_dir_all(&folder).map_err(|e| io_err(&folder, &e))?;
                let path = folder.join(format!("part-{:05}.parquet", month.part));
                let file = File::create(&path).map_err(|e| io_err(&path, &e))?;
                ArrowWriter::try_new(file, table.schema(), Some(props.clone()))
                    .map_err(|e| format_err(&path, &e))
            };
            month.files = Some(Files {
                claims: open(Table::Claims)?,
                edges: open(Table::Edges)?,
                sources: open(Table::Sources)?,
            });
            month.part += 1;
            self.written.files += 3;
        }
        let n = month.rows();
        let files = month
            .files
            .as_mut()
            .ok_or_else(|| TableError::new(TableErrorKind::Io, "no open file"))?;
        month.claims.write(&mut files.claims)?;
        month.edges.write(&mut files.edges)?;
        month.sources.write(&mut files.sources)?;
        self.buffered = self.buffered.saturating_sub(n);
        Ok(())
    }

    /// Writes out a month's buffers and closes its files.
    fn close(&mut self, key: &str) -> Result<(), TableError> {
        let pending = self.months.get(key).is_some_and(|m| m.rows() > 0);
        if pending {
            self.try_flush(key)?;
        }
        let Some(month) = self.months.get_mut(key) else {
            return Ok(());
        };
        if let Some(files) = month.files.take() {
            for w in [files.claims, files.edges, files.sources] {
                w.close()
                    .map_err(|e| TableError::new(TableErrorKind::Format, e.to_string()))?;
            }
        }
        Ok(())
    }
}

impl Drop for TableSink {
    fn drop(&mut self) {
        // Months still open when a stream is dropped without `finish` are closed as they
        // are, so that the files written so far are readable.
        let keys: Vec<String> = self.months.keys().cloned().collect();
        for k in keys {
            if let Some(files) = self.months.get_mut(&k).and_then(|m| m.files.take()) {
                for w in [files.claims, files.edges, files.sources] {
                    let _ = w.close();
                }
            }
        }
    }
}

fn io_err(path: &Path, e: &std::io::Error) -> TableError {
    TableError::new(TableErrorKind::Io, e.to_string()).in_file(path.display().to_string())
}

fn format_err(path: &Path, e: &parquet::errors::ParquetError) -> TableError {
    TableError::new(TableErrorKind::Format, e.to_string()).in_file(path.display().to_string())
}

/// A set of event ids: one bit per id, in blocks of 1,024 ids, so that the dense, rising ids
/// of GDELT cost about a bit each.
#[derive(Default)]
struct IdSet {
    blocks: HashMap<u64, Box<[u64; 16]>>,
}

impl IdSet {
    fn insert(&mut self, id: u64) {
        let block = self
            .blocks
            .entry(id >> 10)
            .or_insert_with(|| Box::new([0; 16]));
        block[((id >> 6) & 15) as usize] |= 1 << (id & 63);
    }

    fn contains(&self, id: u64) -> bool {
        self.blocks
            .get(&(id >> 10))
            .is_some_and(|b| b[((id >> 6) & 15) as usize] & (1 << (id & 63)) != 0)
    }
}

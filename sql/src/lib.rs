//! The accusation network of a claim graph's Parquet tables, computed in SQL by
//! [Apache DataFusion](https://datafusion.apache.org/).
//!
//! `claimgraph` writes a graph as Arrow / Parquet tables (its `io::tables` module documents
//! the contract). Past one machine, the questions an analyst asks of millions of statements
//! are aggregations: who accuses whom, how often, since when, per month. This package asks
//! them of an existing query engine instead of the in-memory graph, with one query,
//! [`NETWORK_SQL`], written in standard SQL so that the same text runs on DataFusion, Spark
//! SQL and DuckDB (the package's README says which versions were tried).
//!
//! The query reads `edges` (who accuses whom in which statement) and `actors` (for the
//! names). It gives what `View::accusations` gives in memory, pair by pair:
//!
//! - the number of distinct statements (claims and rebuttals) in which the accuser accuses
//!   the accused, undated ones included;
//! - the first and last `stated` date of those statements in the crate's timeline order
//!   (`ORDER BY stated_start, stated_rank, stated_end, stated_tie`), undated statements left
//!   out; both null when none is dated.
//!
//! The package's tests check that the two answers are the same on the example scenarios, on
//! generated graphs and on a directory partitioned by month.
//!
//! ```
//! use claimgraph::*;
//! use claimgraph::io::tables::parquet;
//! use claimgraph_sql::Network;
//! let dir = std::env::temp_dir().join(format!("claimgraph-sql-doc-crate-{}", std::process::id()));
//! let mut g = ClaimGraph::new();
//! let fi = g.add_actor(Actor::new("Finland", ActorKind::State))?;
//! let ru = g.add_actor(Actor::new("Russia", ActorKind::State))?;
//! for month in ["2023-11", "2023-12"] {
//!     g.add_claim(Claim::new(fi, SpeechAct::Accusation, Allegation::new("smuggling"))
//!         .with_about(ru).with_stated(month.parse()?))?;
//! }
//! parquet::write(&g, &dir)?;
//! let pairs = Network::open(&dir)?.pairs()?;
//! assert_eq!(pairs[0].to_string(), "Finland -> Russia: 2 statements, 2023-11 .. 2023-12");
//! # std::fs::remove_dir_all(&dir)?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use claimgraph::PartialDate;
use claimgraph::io::tables::Table;
use datafusion::arrow::array::{
    Array, ArrayRef, Int64Array, RecordBatch, StringArray, UInt32Array,
};
use datafusion::arrow::compute::cast;
use datafusion::arrow::datatypes::DataType;
use datafusion::error::DataFusionError;
use datafusion::prelude::{ParquetReadOptions, SessionContext};
use std::fmt;
use std::path::{Path, PathBuf};
use tokio::runtime::Runtime;

/// The first part of the network query, up to where a filter on `edges` may go.
macro_rules! ranked_head {
    () => {
        "WITH ranked AS (
  SELECT accuser, accused, statement_kind, statement_id, stated,
         ROW_NUMBER() OVER (PARTITION BY accuser, accused
           ORDER BY stated_start ASC NULLS LAST, stated_rank ASC NULLS LAST,
                    stated_end ASC NULLS LAST, stated_tie ASC NULLS LAST) AS up,
         ROW_NUMBER() OVER (PARTITION BY accuser, accused
           ORDER BY stated_start DESC NULLS LAST, stated_rank DESC NULLS LAST,
                    stated_end DESC NULLS LAST, stated_tie DESC NULLS LAST) AS down
  FROM edges"
    };
}

/// The rest of the network query, after the filter.
macro_rules! ranked_tail {
    () => {
        "
),
network AS (
  SELECT accuser, accused,
         COUNT(DISTINCT CASE WHEN statement_kind = 'claim' THEN statement_id END)
           + COUNT(DISTINCT CASE WHEN statement_kind = 'rebuttal' THEN statement_id END)
           AS statements,
         MAX(CASE WHEN up = 1 THEN stated END) AS first_stated,
         MAX(CASE WHEN down = 1 THEN stated END) AS last_stated
  FROM ranked
  GROUP BY accuser, accused
)
SELECT n.accuser, a.name AS accuser_name, n.accused, b.name AS accused_name,
       n.statements, n.first_stated, n.last_stated
FROM network n
JOIN actors a ON a.id = n.accuser
JOIN actors b ON b.id = n.accused
ORDER BY n.accuser, n.accused"
    };
}

/// The accusation network in SQL, over the tables `edges` and `actors`: one row per
/// `(accuser, accused)` pair, ordered by accuser then accused, with the columns `accuser`,
/// `accuser_name`, `accused`, `accused_name`, `statements`, `first_stated`, `last_stated`.
///
/// - `statements` counts distinct `(statement_kind, statement_id)`, written as two
///   `COUNT(DISTINCT ...)`, one per kind, since not every engine counts distinct pairs of
///   columns; undated statements count.
/// - `first_stated` and `last_stated` are the `stated` of the rows that come first when the
///   pair's rows are ordered by `stated_start, stated_rank, stated_end, stated_tie`, upwards
///   and downwards (`ROW_NUMBER() OVER (...)`). `NULLS LAST` in both directions puts undated
///   rows behind every dated one, so they are picked only when no row of the pair is
///   dated, and then `stated` is null. Engines differ in where they put nulls by default
///   (Spark first ascending, DataFusion first descending): the query says it.
///
/// Standard SQL: the same text runs on DataFusion, Spark SQL and DuckDB with the tables
/// registered under these names.
///
/// ```
/// assert!(claimgraph_sql::NETWORK_SQL.contains("PARTITION BY accuser, accused"));
/// assert!(claimgraph_sql::NETWORK_SQL.starts_with("WITH ranked AS"));
/// ```
pub const NETWORK_SQL: &str = concat!(ranked_head!(), ranked_tail!());

/// The network within a window of time: [`NETWORK_SQL`] over the `edges` rows whose
/// `stated_start` lies in `[start, end)` of the window's span on the local timeline (so an
/// undated statement is never within a window), with the window as `TIMESTAMP` literals.
///
/// ```
/// let sql = claimgraph_sql::network_sql_within(&"2023-11".parse()?);
/// assert!(sql.contains("WHERE stated_start >= TIMESTAMP '2023-11-01 00:00:00' \
///                       AND stated_start < TIMESTAMP '2023-12-01 00:00:00'"));
/// # Ok::<(), claimgraph::TimeError>(())
/// ```
pub fn network_sql_within(window: &PartialDate) -> String {
    let (start, end) = window.local_span();
    let fmt = "%Y-%m-%d %H:%M:%S";
    format!(
        "{}\n  WHERE stated_start >= TIMESTAMP '{}' AND stated_start < TIMESTAMP '{}'{}",
        ranked_head!(),
        start.format(fmt),
        end.format(fmt),
        ranked_tail!()
    )
}

/// The network month by month, over `edges` and `actors`: one row per month and pair,
/// ordered by month, accuser, accused, with the columns of [`NETWORK_SQL`] after `month`
/// (the first instant of the month, a timestamp: `date_trunc('month', stated_start)`).
///
/// A statement falls into the month its date's span starts in: `2023-11-20` and `2023-11`
/// into November, a year-precision `2023` into January 2023, a window into the month of its
/// first bound. Undated statements are in no month.
///
/// ```
/// assert!(claimgraph_sql::MONTHLY_SQL.contains("date_trunc('month', stated_start)"));
/// ```
pub const MONTHLY_SQL: &str = "WITH dated AS (
  SELECT accuser, accused, statement_kind, statement_id, stated,
         stated_start, stated_rank, stated_end, stated_tie,
         date_trunc('month', stated_start) AS month_start
  FROM edges
  WHERE stated IS NOT NULL
),
ranked AS (
  SELECT accuser, accused, statement_kind, statement_id, stated, month_start,
         ROW_NUMBER() OVER (PARTITION BY month_start, accuser, accused
           ORDER BY stated_start, stated_rank, stated_end, stated_tie) AS up,
         ROW_NUMBER() OVER (PARTITION BY month_start, accuser, accused
           ORDER BY stated_start DESC, stated_rank DESC, stated_end DESC, stated_tie DESC) AS down
  FROM dated
),
network AS (
  SELECT month_start, accuser, accused,
         COUNT(DISTINCT CASE WHEN statement_kind = 'claim' THEN statement_id END)
           + COUNT(DISTINCT CASE WHEN statement_kind = 'rebuttal' THEN statement_id END)
           AS statements,
         MAX(CASE WHEN up = 1 THEN stated END) AS first_stated,
         MAX(CASE WHEN down = 1 THEN stated END) AS last_stated
  FROM ranked
  GROUP BY month_start, accuser, accused
)
SELECT n.month_start AS month, n.accuser, a.name AS accuser_name, n.accused,
       b.name AS accused_name, n.statements, n.first_stated, n.last_stated
FROM network n
JOIN actors a ON a.id = n.accuser
JOIN actors b ON b.id = n.accused
ORDER BY month, n.accuser, n.accused";

/// One pair of the network: who accuses whom, in how many statements, from when to when.
///
/// ```
/// let pair = claimgraph_sql::Pair {
///     accuser: 0, accuser_name: "Finland".into(), accused: 1, accused_name: "Russia".into(),
///     statements: 3, first: Some("2023-11".into()), last: None,
/// };
/// assert_eq!(pair.to_string(), "Finland -> Russia: 3 statements, 2023-11 .. undated");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Pair {
    /// The accuser's actor id number (`A0` is 0).
    pub accuser: u32,
    /// The accuser's name.
    pub accuser_name: String,
    /// The accused's actor id number.
    pub accused: u32,
    /// The accused's name.
    pub accused_name: String,
    /// Distinct statements (claims and rebuttals) in which the accuser accuses the accused.
    pub statements: u64,
    /// The first date stated, as the document writes it; `None` if no statement is dated.
    pub first: Option<String>,
    /// The last date stated; `None` if no statement is dated.
    pub last: Option<String>,
}

impl Pair {
    /// The in-memory network's pairs (`View::accusations`, any view) as the SQL query gives
    /// them, in (accuser, accused) order: to compare the two answers, or to hand a network
    /// computed in memory to code written for the SQL one.
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph_sql::Pair;
    /// let mut g = ClaimGraph::new();
    /// let fi = g.add_actor(Actor::new("Finland", ActorKind::State))?;
    /// let ru = g.add_actor(Actor::new("Russia", ActorKind::State))?;
    /// g.add_claim(Claim::new(fi, SpeechAct::Accusation, Allegation::new("smuggling"))
    ///     .with_about(ru).with_stated("2023-11".parse()?))?;
    /// let pairs = Pair::from_network(&g, &g.view().accusations());
    /// assert_eq!(pairs[0].to_string(), "Finland -> Russia: 1 statement, 2023-11 .. 2023-11");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_network(
        graph: &claimgraph::ClaimGraph,
        network: &claimgraph::query::Network<'_>,
    ) -> Vec<Pair> {
        let name = |id| {
            graph
                .actor(id)
                .map(|a| a.name().to_owned())
                .unwrap_or_default()
        };
        let mut pairs: Vec<Pair> = network
            .pairs
            .iter()
            .map(|p| Pair {
                accuser: p.accuser.index(),
                accuser_name: name(p.accuser),
                accused: p.accused.index(),
                accused_name: name(p.accused),
                statements: p.count as u64,
                first: p.first.map(|d| d.to_string()),
                last: p.last.map(|d| d.to_string()),
            })
            .collect();
        pairs.sort_by_key(|p| (p.accuser, p.accused));
        pairs
    }
}

impl fmt::Display for Pair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let date = |d: &Option<String>| d.clone().unwrap_or_else(|| "undated".to_owned());
        write!(
            f,
            "{} -> {}: {} statement{}, {} .. {}",
            self.accuser_name,
            self.accused_name,
            self.statements,
            if self.statements == 1 { "" } else { "s" },
            date(&self.first),
            date(&self.last)
        )
    }
}

/// One pair in one month: see [`MONTHLY_SQL`].
///
/// ```
/// let row = claimgraph_sql::MonthPair {
///     month: "2023-11".into(),
///     pair: claimgraph_sql::Pair {
///         accuser: 0, accuser_name: "Finland".into(), accused: 1, accused_name: "Russia".into(),
///         statements: 1, first: Some("2023-11-20".into()), last: Some("2023-11-20".into()),
///     },
/// };
/// assert_eq!(row.to_string(), "2023-11 Finland -> Russia: 1 statement, 2023-11-20 .. 2023-11-20");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct MonthPair {
    /// The month, `YYYY-MM`.
    pub month: String,
    /// The pair within that month.
    pub pair: Pair,
}

impl fmt::Display for MonthPair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.month, self.pair)
    }
}

/// What went wrong: a table missing from the directory, or the engine's own error.
///
/// ```
/// let err = claimgraph_sql::Network::open("/no/such/dir").unwrap_err();
/// assert!(matches!(err, claimgraph_sql::Error::Missing { .. }));
/// assert!(err.to_string().starts_with("no table edges in /no/such/dir"));
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// Neither `DIR/<table>.parquet` nor a folder `DIR/<table>/` exists.
    Missing {
        /// The table looked for.
        table: Table,
        /// The directory looked in.
        dir: PathBuf,
    },
    /// A column of the answer is not of the type the query gives (tables that do not follow
    /// the contract).
    Column {
        /// The column's name.
        column: &'static str,
        /// Its type in the answer.
        found: DataType,
    },
    /// DataFusion refused the files or the query.
    DataFusion(DataFusionError),
    /// The runtime could not be started.
    Io(std::io::Error),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Missing { table, dir } => write!(
                f,
                "no table {table} in {}: neither {table}.parquet nor a folder {table}/",
                dir.display()
            ),
            Error::Column { column, found } => {
                write!(f, "column {column} of the answer is of type {found}")
            }
            Error::DataFusion(e) => write!(f, "datafusion: {e}"),
            Error::Io(e) => write!(f, "runtime: {e}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::DataFusion(e) => Some(e),
            Error::Io(e) => Some(e),
            Error::Missing { .. } | Error::Column { .. } => None,
        }
    }
}

impl From<DataFusionError> for Error {
    fn from(e: DataFusionError) -> Self {
        Error::DataFusion(e)
    }
}

/// Registers one table of `dir` with `ctx` under its contract name: `DIR/<table>.parquet`,
/// or every `.parquet` file under the folder `DIR/<table>/`, with a `month` column (text,
/// `YYYY-MM`) when the folder is partitioned as `month=YYYY-MM/` (the layout of
/// claimgraph's GDELT stream, read as Hive partitions).
///
/// # Errors
/// [`Error::Missing`] when the directory holds neither; [`Error::DataFusion`] when the files
/// do not read.
///
/// ```
/// use claimgraph::io::tables::{parquet, Table};
/// let dir = std::env::temp_dir().join(format!("claimgraph-sql-doc-register-{}", std::process::id()));
/// parquet::write(&claimgraph::ClaimGraph::new(), &dir)?;
/// let ctx = datafusion::prelude::SessionContext::new();
/// let rt = tokio::runtime::Builder::new_current_thread().build()?;
/// rt.block_on(claimgraph_sql::register(&ctx, &dir, Table::Claims))?;
/// assert!(ctx.table_exist("claims")?);
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub async fn register(ctx: &SessionContext, dir: &Path, table: Table) -> Result<(), Error> {
    let name = table.name();
    let file = dir.join(format!("{name}.parquet"));
    let folder = dir.join(name);
    if file.is_file() {
        ctx.register_parquet(name, path_text(&file), ParquetReadOptions::default())
            .await?;
    } else if folder.is_dir() {
        let mut options = ParquetReadOptions::default();
        if by_month(&folder).map_err(Error::Io)? {
            options = options.table_partition_cols(vec![("month".to_owned(), DataType::Utf8)]);
        }
        // A trailing separator makes the path a prefix: every file under it.
        let mut prefix = path_text(&folder);
        if !prefix.ends_with(std::path::MAIN_SEPARATOR) {
            prefix.push(std::path::MAIN_SEPARATOR);
        }
        ctx.register_parquet(name, prefix, options).await?;
    } else {
        return Err(Error::Missing {
            table,
            dir: dir.to_owned(),
        });
    }
    Ok(())
}

/// A path as text for DataFusion (which takes URLs or paths as strings).
fn path_text(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// Whether a table's folder is partitioned by month: a subfolder named `month=...`.
fn by_month(folder: &Path) -> std::io::Result<bool> {
    for entry in std::fs::read_dir(folder)? {
        let entry = entry?;
        if entry.file_type()?.is_dir() && entry.file_name().to_string_lossy().starts_with("month=")
        {
            return Ok(true);
        }
    }
    Ok(false)
}

/// A directory of claimgraph tables registered with DataFusion, ready to answer the network
/// queries; [`context`](Network::context) gives the session for any other SQL.
///
/// ```
/// use claimgraph::*;
/// use claimgraph::io::tables::parquet;
/// let dir = std::env::temp_dir().join(format!("claimgraph-sql-doc-network-{}", std::process::id()));
/// parquet::write(&ClaimGraph::new(), &dir)?;
/// let network = claimgraph_sql::Network::open(&dir)?;
/// assert!(network.pairs()?.is_empty());
/// assert_eq!(network.rows("SELECT COUNT(*) AS n FROM claims")?[0].num_rows(), 1);
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct Network {
    ctx: SessionContext,
    runtime: Runtime,
}

impl fmt::Debug for Network {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Network").finish_non_exhaustive()
    }
}

impl Network {
    /// Registers the tables `edges` and `actors` of `dir` (and every other table the
    /// directory holds, for [`rows`](Network::rows)) with a new DataFusion session, run by
    /// a Tokio runtime with one worker thread per core.
    ///
    /// # Errors
    /// [`Error::Missing`] when `edges` or `actors` is missing; [`Error::DataFusion`] when
    /// the files do not read.
    ///
    /// ```
    /// let err = claimgraph_sql::Network::open("/no/such/dir").unwrap_err();
    /// assert!(err.to_string().contains("edges"));
    /// ```
    pub fn open(dir: impl AsRef<Path>) -> Result<Self, Error> {
        let dir = dir.as_ref();
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .build()
            .map_err(Error::Io)?;
        let ctx = SessionContext::new();
        runtime.block_on(async {
            // The two the network needs first, so that a directory without them is named
            // by what is missing.
            let needed = [Table::Edges, Table::Actors];
            let others = Table::ALL.iter().copied().filter(|t| !needed.contains(t));
            for table in needed.into_iter().chain(others) {
                match register(&ctx, dir, table).await {
                    Err(Error::Missing { .. })
                        if !matches!(table, Table::Edges | Table::Actors) => {}
                    other => other?,
                }
            }
            Ok::<(), Error>(())
        })?;
        Ok(Self { ctx, runtime })
    }

    /// The DataFusion session the tables are registered with.
    ///
    /// ```
    /// # use claimgraph::io::tables::parquet;
    /// # let dir = std::env::temp_dir().join(format!("claimgraph-sql-doc-ctx-{}", std::process::id()));
    /// # parquet::write(&claimgraph::ClaimGraph::new(), &dir)?;
    /// let network = claimgraph_sql::Network::open(&dir)?;
    /// assert!(network.context().table_exist("edges")?);
    /// # std::fs::remove_dir_all(&dir)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn context(&self) -> &SessionContext {
        &self.ctx
    }

    /// Runs any SQL over the registered tables and collects the answer.
    ///
    /// # Errors
    /// [`Error::DataFusion`] when the query does not plan or run.
    ///
    /// ```
    /// # use claimgraph::io::tables::parquet;
    /// # let dir = std::env::temp_dir().join(format!("claimgraph-sql-doc-rows-{}", std::process::id()));
    /// # parquet::write(&claimgraph::ClaimGraph::new(), &dir)?;
    /// let network = claimgraph_sql::Network::open(&dir)?;
    /// assert!(network.rows("SELECT nonsense FROM edges").is_err());
    /// # std::fs::remove_dir_all(&dir)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn rows(&self, sql: &str) -> Result<Vec<RecordBatch>, Error> {
        self.runtime
            .block_on(async { self.ctx.sql(sql).await?.collect().await })
            .map_err(Error::from)
    }

    /// The accusation network: [`NETWORK_SQL`], one [`Pair`] per accuser and accused.
    ///
    /// # Errors
    /// [`Error::DataFusion`] when the query fails (tables that do not follow the contract);
    /// [`Error::Column`] when the answer's columns are not of the expected types.
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::io::tables::parquet;
    /// let dir = std::env::temp_dir().join(format!("claimgraph-sql-doc-pairs-{}", std::process::id()));
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
    /// g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x")).with_about(b))?;
    /// parquet::write(&g, &dir)?;
    /// let pairs = claimgraph_sql::Network::open(&dir)?.pairs()?;
    /// assert_eq!((pairs[0].statements, pairs[0].first.clone()), (1, None));
    /// # std::fs::remove_dir_all(&dir)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn pairs(&self) -> Result<Vec<Pair>, Error> {
        pairs_of(&self.rows(NETWORK_SQL)?, 0)
    }

    /// The network of the statements stated within a window: [`network_sql_within`].
    ///
    /// # Errors
    /// As [`pairs`](Network::pairs).
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::io::tables::parquet;
    /// let dir = std::env::temp_dir().join(format!("claimgraph-sql-doc-within-{}", std::process::id()));
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
    /// for day in ["2023-10-31", "2023-11-01", "2023-11-30", "2023-12-01"] {
    ///     g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x"))
    ///         .with_about(b).with_stated(day.parse()?))?;
    /// }
    /// parquet::write(&g, &dir)?;
    /// let pairs = claimgraph_sql::Network::open(&dir)?.pairs_within(&"2023-11".parse()?)?;
    /// assert_eq!(pairs[0].to_string(), "A -> B: 2 statements, 2023-11-01 .. 2023-11-30");
    /// # std::fs::remove_dir_all(&dir)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn pairs_within(&self, window: &PartialDate) -> Result<Vec<Pair>, Error> {
        pairs_of(&self.rows(&network_sql_within(window))?, 0)
    }

    /// The network month by month: [`MONTHLY_SQL`].
    ///
    /// # Errors
    /// As [`pairs`](Network::pairs).
    ///
    /// ```
    /// use claimgraph::*;
    /// use claimgraph::io::tables::parquet;
    /// let dir = std::env::temp_dir().join(format!("claimgraph-sql-doc-monthly-{}", std::process::id()));
    /// let mut g = ClaimGraph::new();
    /// let a = g.add_actor(Actor::new("A", ActorKind::State))?;
    /// let b = g.add_actor(Actor::new("B", ActorKind::State))?;
    /// for day in ["2023-10-31", "2023-11-01", "2023-11-30"] {
    ///     g.add_claim(Claim::new(a, SpeechAct::Accusation, Allegation::new("x"))
    ///         .with_about(b).with_stated(day.parse()?))?;
    /// }
    /// parquet::write(&g, &dir)?;
    /// let months = claimgraph_sql::Network::open(&dir)?.pairs_by_month()?;
    /// let text: Vec<String> = months.iter().map(ToString::to_string).collect();
    /// assert_eq!(text, [
    ///     "2023-10 A -> B: 1 statement, 2023-10-31 .. 2023-10-31",
    ///     "2023-11 A -> B: 2 statements, 2023-11-01 .. 2023-11-30",
    /// ]);
    /// # std::fs::remove_dir_all(&dir)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn pairs_by_month(&self) -> Result<Vec<MonthPair>, Error> {
        let batches = self.rows(MONTHLY_SQL)?;
        let pairs = pairs_of(&batches, 1)?;
        let mut months = Vec::with_capacity(pairs.len());
        for batch in &batches {
            let month = strings(batch.column(0), "month")?;
            for i in 0..month.len() {
                // The timestamp as text, `2023-11-01T00:00:00`: its year and month.
                months.push(month.value(i).chars().take(7).collect::<String>());
            }
        }
        Ok(months
            .into_iter()
            .zip(pairs)
            .map(|(month, pair)| MonthPair { month, pair })
            .collect())
    }
}

/// A column cast to text (engines answer `Utf8`, `Utf8View` or, for `month`, a timestamp).
fn strings(column: &ArrayRef, name: &'static str) -> Result<StringArray, Error> {
    let text = cast(column, &DataType::Utf8).map_err(|_| Error::Column {
        column: name,
        found: column.data_type().clone(),
    })?;
    text.as_any()
        .downcast_ref::<StringArray>()
        .cloned()
        .ok_or_else(|| Error::Column {
            column: name,
            found: column.data_type().clone(),
        })
}

/// The pairs of a network answer whose columns start at `offset`.
fn pairs_of(batches: &[RecordBatch], offset: usize) -> Result<Vec<Pair>, Error> {
    let mut out = Vec::new();
    for batch in batches {
        let col = |i: usize| batch.column(offset + i);
        let typed = |i: usize, name: &'static str, want: &DataType| {
            cast(col(i), want).map_err(|_| Error::Column {
                column: name,
                found: col(i).data_type().clone(),
            })
        };
        let from = typed(0, "accuser", &DataType::UInt32)?;
        let to = typed(2, "accused", &DataType::UInt32)?;
        let count = typed(4, "statements", &DataType::Int64)?;
        let (Some(from), Some(to), Some(count)) = (
            from.as_any().downcast_ref::<UInt32Array>(),
            to.as_any().downcast_ref::<UInt32Array>(),
            count.as_any().downcast_ref::<Int64Array>(),
        ) else {
            return Err(Error::Column {
                column: "accuser",
                found: col(0).data_type().clone(),
            });
        };
        let from_name = strings(col(1), "accuser_name")?;
        let to_name = strings(col(3), "accused_name")?;
        let first = strings(col(5), "first_stated")?;
        let last = strings(col(6), "last_stated")?;
        let text = |a: &StringArray, i: usize| a.is_valid(i).then(|| a.value(i).to_owned());
        for i in 0..batch.num_rows() {
            out.push(Pair {
                accuser: from.value(i),
                accuser_name: from_name.value(i).to_owned(),
                accused: to.value(i),
                accused_name: to_name.value(i).to_owned(),
                statements: u64::try_from(count.value(i)).unwrap_or(0),
                first: text(&first, i),
                last: text(&last, i),
            });
        }
    }
    Ok(out)
}

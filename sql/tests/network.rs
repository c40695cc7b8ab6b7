//! The network in SQL (DataFusion over the Parquet tables) is the network in memory
//! (`View::accusations`): the same pairs, names, counts, and first and last dates as text, on
//! the example scenarios, on generated graphs, and on a directory partitioned by month.

#[path = "common/generate.rs"]
mod generate;
#[path = "../../tests/common/proptest_config.rs"]
mod proptest_config;

use claimgraph::io::tables::{Table, parquet};
use claimgraph::strategies::{Richness, graphs};
use claimgraph::{ClaimGraph, Interval, PartialDate};
use claimgraph_sql::{Network, Pair};
use datafusion::arrow::array::{Array, BooleanArray, RecordBatch, TimestampMicrosecondArray};
use datafusion::arrow::compute::filter_record_batch;
use datafusion::parquet::arrow::ArrowWriter;
use proptest::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// A fresh directory under the system's temporary folder.
fn temp_dir(name: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "claimgraph-sql-{name}-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn network_in_memory(g: &ClaimGraph) -> Vec<Pair> {
    Pair::from_network(g, &g.view().accusations())
}

/// The whole network of a graph through Parquet files and DataFusion.
fn network_in_sql(g: &ClaimGraph) -> Vec<Pair> {
    let dir = temp_dir("graph");
    parquet::write(g, &dir).unwrap();
    let pairs = Network::open(&dir).unwrap().pairs().unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    pairs
}

fn scenario(name: &str) -> ClaimGraph {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples/scenarios")
        .join(format!("{name}.json"));
    ClaimGraph::from_json(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

const SCENARIOS: [&str; 3] = ["finland-russia-2023", "mh17-2014", "salisbury-2018"];

#[test]
fn scenarios_give_the_in_memory_network() {
    for name in SCENARIOS {
        let g = scenario(name);
        let expected = network_in_memory(&g);
        assert!(!expected.is_empty(), "{name} has accusations");
        assert_eq!(network_in_sql(&g), expected, "{name}");
    }
}

#[test]
fn a_generated_network_with_undated_claims() {
    let g = generate::network(12, 400, 7);
    let expected = network_in_memory(&g);
    // Twelve actors, four hundred claims: nearly every ordered pair, some with undated claims.
    assert!(expected.len() > 100);
    assert_eq!(network_in_sql(&g), expected);
}

/// Writes `g`'s tables the way a partitioned import does: `edges` as one folder per month of
/// `stated_start` (`month=YYYY-MM`, undated rows under `month=undated`), `actors` as a folder
/// of two files without partitions, the other tables as single files. Returns the months.
fn write_partitioned(g: &ClaimGraph, dir: &Path) -> Vec<String> {
    let tables = g.to_tables().unwrap();
    let write = |path: &Path, batch: &RecordBatch| {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        let file = std::fs::File::create(path).unwrap();
        let mut writer = ArrowWriter::try_new(file, batch.schema(), None).unwrap();
        writer.write(batch).unwrap();
        writer.close().unwrap();
    };
    for (table, batch) in tables.iter() {
        match table {
            Table::Edges | Table::Actors => {}
            _ => write(&dir.join(format!("{table}.parquet")), batch),
        }
    }
    let actors = tables.get(Table::Actors);
    let half = actors.num_rows() / 2;
    write(
        &dir.join("actors/part-00000.parquet"),
        &actors.slice(0, half),
    );
    write(
        &dir.join("actors/part-00001.parquet"),
        &actors.slice(half, actors.num_rows() - half),
    );
    let edges = tables.get(Table::Edges);
    let start = edges
        .column_by_name("stated_start")
        .unwrap()
        .as_any()
        .downcast_ref::<TimestampMicrosecondArray>()
        .unwrap();
    let month_of = |i: usize| {
        start
            .value_as_datetime(i)
            .map_or_else(|| "undated".to_owned(), |t| t.format("%Y-%m").to_string())
    };
    let mut months: Vec<String> = (0..edges.num_rows()).map(month_of).collect();
    months.sort();
    months.dedup();
    for month in &months {
        let keep: BooleanArray = (0..edges.num_rows())
            .map(|i| Some(month_of(i) == *month))
            .collect();
        let part = filter_record_batch(edges, &keep).unwrap();
        write(
            &dir.join(format!("edges/month={month}/part-00000.parquet")),
            &part,
        );
    }
    months
}

#[test]
fn a_directory_partitioned_by_month() {
    for g in [
        scenario("finland-russia-2023"),
        generate::network(6, 120, 3),
    ] {
        let dir = temp_dir("partitioned");
        let months = write_partitioned(&g, &dir);
        assert!(months.len() >= 2, "{months:?}");
        let network = Network::open(&dir).unwrap();
        // The month folders are read as Hive partitions: a `month` column with their names.
        let batches = network
            .rows("SELECT DISTINCT month FROM edges ORDER BY month")
            .unwrap();
        let mut seen = Vec::new();
        for batch in &batches {
            let column = datafusion::arrow::compute::cast(
                batch.column(0),
                &datafusion::arrow::datatypes::DataType::Utf8,
            )
            .unwrap();
            let column = column
                .as_any()
                .downcast_ref::<datafusion::arrow::array::StringArray>()
                .unwrap();
            seen.extend((0..column.len()).map(|i| column.value(i).to_owned()));
        }
        assert_eq!(seen, months);
        assert_eq!(network.pairs().unwrap(), network_in_memory(&g));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

#[test]
fn windows_and_months_give_the_in_memory_network_of_the_window() {
    // Day dates only (and undated claims), so that a day is certainly within a month or not.
    let g = generate::network(8, 300, 11);
    let dir = temp_dir("months");
    write_partitioned(&g, &dir);
    let network = Network::open(&dir).unwrap();
    let monthly = network.pairs_by_month().unwrap();
    let mut total = 0;
    for m in 1..=12 {
        let month = PartialDate::month(2023, m).unwrap();
        let view = g
            .view()
            .window(Interval::new(Some(month), Some(month)).unwrap());
        let expected = Pair::from_network(&g, &view.accusations());
        assert!(!expected.is_empty());
        assert_eq!(network.pairs_within(&month).unwrap(), expected, "{month}");
        let of_month: Vec<Pair> = monthly
            .iter()
            .filter(|row| row.month == month.to_string())
            .map(|row| row.pair.clone())
            .collect();
        assert_eq!(of_month, expected, "{month}");
        total += of_month.len();
    }
    // Every row of the monthly answer is in one of the twelve months.
    assert_eq!(total, monthly.len());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_directory_without_edges_is_an_error() {
    let dir = temp_dir("empty");
    std::fs::create_dir_all(&dir).unwrap();
    let err = Network::open(&dir).unwrap_err();
    assert!(matches!(
        err,
        claimgraph_sql::Error::Missing {
            table: Table::Edges,
            ..
        }
    ));
    std::fs::remove_dir_all(&dir).unwrap();
}

proptest! {
    // Each case writes eight Parquet files and runs a query: few cases.
    #![proptest_config(proptest_config::cases(16))]

    /// Any graph: the SQL network is the in-memory network.
    #[test]
    fn generated_graphs_give_the_in_memory_network(g in graphs().richness(Richness::Rich)) {
        prop_assert_eq!(network_in_sql(&g), network_in_memory(&g));
    }
}

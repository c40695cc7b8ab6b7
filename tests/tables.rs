//! The Arrow / Parquet tables: lossless round trips, the edges table against the in-memory
//! accusation network, typed errors on bad tables, and loading slices with row-group pruning.
#![cfg(all(feature = "parquet", feature = "proptest"))]
// "Accuser" and "accused" are the domain's words, however alike they look.
#![allow(clippy::similar_names)]

#[path = "common/proptest_config.rs"]
mod proptest_config;

use arrow_array::{
    Array, Int8Array, Int32Array, RecordBatch, StringArray, TimestampMicrosecondArray, UInt32Array,
};
use arrow_schema::{Field, Schema};
use claimgraph::io::tables::parquet::{self, Selection, WriteOptions};
use claimgraph::io::tables::{NEXT_ID_KEY, Table, TableErrorKind, Tables, VERSION_KEY};
use claimgraph::strategies::{Richness, graphs};
use claimgraph::*;
use proptest::prelude::*;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A network as pairs (accuser, accused) with the count of distinct statements and the first
/// and last dates as text.
type Network = BTreeMap<(u32, u32), (usize, Option<String>, Option<String>)>;
/// The timeline-order sort key of a date: start, rank, end, tie.
type Key = (i64, i8, i64, i32);
/// Per pair: its statements, and the first and last dates with their keys.
type Groups = BTreeMap<
    (u32, u32),
    (
        Vec<(String, u32)>,
        Option<(Key, String)>,
        Option<(Key, String)>,
    ),
>;

/// A fresh directory under the target's temporary folder.
fn temp_dir(name: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "claimgraph-tables-{name}-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// The accusation network computed from the `edges` table alone, as the contract says an
/// engine computes it: group by (accuser, accused), count distinct statements, first and last
/// `stated` by (start, rank, end, tie).
fn network_from_edges(batch: &RecordBatch) -> Network {
    let col = |name: &str| batch.column_by_name(name).unwrap().clone();
    let accuser = col("accuser");
    let accuser = accuser.as_any().downcast_ref::<UInt32Array>().unwrap();
    let accused = col("accused");
    let accused = accused.as_any().downcast_ref::<UInt32Array>().unwrap();
    let kind = col("statement_kind");
    let kind = kind.as_any().downcast_ref::<StringArray>().unwrap();
    let id = col("statement_id");
    let id = id.as_any().downcast_ref::<UInt32Array>().unwrap();
    let stated = col("stated");
    let stated = stated.as_any().downcast_ref::<StringArray>().unwrap();
    let start = col("stated_start");
    let start = start
        .as_any()
        .downcast_ref::<TimestampMicrosecondArray>()
        .unwrap();
    let end = col("stated_end");
    let end = end
        .as_any()
        .downcast_ref::<TimestampMicrosecondArray>()
        .unwrap();
    let rank = col("stated_rank");
    let rank = rank.as_any().downcast_ref::<Int8Array>().unwrap();
    let tie = col("stated_tie");
    let tie = tie.as_any().downcast_ref::<Int32Array>().unwrap();
    let mut groups: Groups = BTreeMap::new();
    for i in 0..batch.num_rows() {
        let entry = groups
            .entry((accuser.value(i), accused.value(i)))
            .or_default();
        entry.0.push((kind.value(i).to_owned(), id.value(i)));
        if stated.is_valid(i) {
            let key = (start.value(i), rank.value(i), end.value(i), tie.value(i));
            let text = stated.value(i).to_owned();
            if entry.1.as_ref().is_none_or(|(k, _)| key < *k) {
                entry.1 = Some((key, text.clone()));
            }
            if entry.2.as_ref().is_none_or(|(k, _)| key > *k) {
                entry.2 = Some((key, text));
            }
        }
    }
    groups
        .into_iter()
        .map(|(pair, (mut statements, first, last))| {
            statements.sort();
            statements.dedup();
            (
                pair,
                (statements.len(), first.map(|f| f.1), last.map(|l| l.1)),
            )
        })
        .collect()
}

fn network_in_memory(g: &ClaimGraph) -> Network {
    g.view()
        .accusations()
        .pairs
        .iter()
        .map(|p| {
            (
                (p.accuser.index(), p.accused.index()),
                (
                    p.count,
                    p.first.map(|d| d.to_string()),
                    p.last.map(|d| d.to_string()),
                ),
            )
        })
        .collect()
}

proptest! {
    #![proptest_config(proptest_config::cases(96))]

    /// Every field of every entity survives the tables: the graph read back is the graph.
    #[test]
    fn tables_round_trip_is_the_identity(g in graphs().richness(Richness::Rich).relations(0..=6).supports(0..=6)) {
        let back = ClaimGraph::from_tables(&g.to_tables().unwrap()).unwrap();
        prop_assert_eq!(&back, &g);
        prop_assert_eq!(back.to_json(), g.to_json());
    }

    /// Typical graphs too (optional fields absent as often as present).
    #[test]
    fn tables_round_trip_typical(g in graphs()) {
        let back = ClaimGraph::from_tables(&g.to_tables().unwrap()).unwrap();
        prop_assert_eq!(back.to_json(), g.to_json());
    }

    /// The contract's recipe over `edges` gives `View::accusations`: the same pairs, counts,
    /// and first and last dates.
    #[test]
    fn edges_give_the_accusation_network(g in graphs().richness(Richness::Rich)) {
        let tables = g.to_tables().unwrap();
        prop_assert_eq!(network_from_edges(tables.get(Table::Edges)), network_in_memory(&g));
    }
}

proptest! {
    #![proptest_config(proptest_config::cases(24))]

    /// Through Parquet files, with small row groups so that several are written and read.
    #[test]
    fn parquet_round_trip_is_the_identity(g in graphs().richness(Richness::Rich).supports(0..=4)) {
        let dir = temp_dir("prop");
        parquet::write_with(&g, &dir, WriteOptions::default().with_row_group_rows(3)).unwrap();
        let back = parquet::read(&dir).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        prop_assert_eq!(back.to_json(), g.to_json());
    }

    /// A window loaded from Parquet holds exactly the statements stated within it (and what
    /// they need), and is the same whatever the row-group size.
    #[test]
    fn a_window_holds_the_statements_within_it(g in graphs().richness(Richness::Rich), year in 2019i32..2025) {
        let window: PartialDate = PartialDate::year(year).unwrap();
        let dir = temp_dir("window");
        parquet::write_with(&g, &dir, WriteOptions::default().with_row_group_rows(2)).unwrap();
        let loaded = parquet::load(&dir, &Selection::Window(window)).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        let slice = loaded.graph();
        for (id, c) in g.claims() {
            if c.stated().is_some_and(|d| d.within(&window)) {
                prop_assert_eq!(slice.claim(id), Some(c));
            }
        }
        for (id, r) in g.rebuttals() {
            if r.stated().is_some_and(|d| d.within(&window)) {
                prop_assert_eq!(slice.rebuttal(id), Some(r));
            }
        }
        // Whatever it holds is the original's, unchanged.
        for (id, c) in slice.claims() {
            prop_assert_eq!(g.claim(id), Some(c));
        }
        for (id, a) in slice.actors() {
            prop_assert_eq!(g.actor(id), Some(a));
        }
    }
}

fn scenario(name: &str) -> ClaimGraph {
    let path = format!("{}/examples/scenarios/{name}", env!("CARGO_MANIFEST_DIR"));
    ClaimGraph::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn every_scenario_round_trips_through_parquet() {
    for name in [
        "finland-russia-2023.json",
        "salisbury-2018.json",
        "mh17-2014.json",
    ] {
        let g = scenario(name);
        let dir = temp_dir("scenario");
        g.to_parquet(&dir).unwrap();
        let back = ClaimGraph::from_parquet(&dir).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(back.to_json(), g.to_json(), "{name}");
        let tables = g.to_tables().unwrap();
        assert_eq!(
            network_from_edges(tables.get(Table::Edges)),
            network_in_memory(&g),
            "{name}"
        );
    }
}

/// A month of a year of claims, written in id order (time order) with row groups of 100:
/// loading one month reads one or two of 12 row groups, not all.
#[test]
fn loading_a_month_reads_only_its_row_groups() {
    let mut g = ClaimGraph::new();
    let actors: Vec<ActorId> = (0..10)
        .map(|i| {
            g.add_actor(Actor::new(format!("actor {i}"), ActorKind::State))
                .unwrap()
        })
        .collect();
    for month in 1..=12u32 {
        for k in 0..100u32 {
            let day = 1 + k % 28;
            let (a, b) = (actors[(k % 10) as usize], actors[((k + 1) % 10) as usize]);
            g.add_claim(
                Claim::new(
                    a,
                    SpeechAct::Accusation,
                    Allegation::new(format!("{month}/{k}")),
                )
                .with_about(b)
                .with_stated(PartialDate::day(2023, month, day).unwrap()),
            )
            .unwrap();
        }
    }
    let dir = temp_dir("month");
    parquet::write_with(&g, &dir, WriteOptions::default().with_row_group_rows(100)).unwrap();
    let loaded = parquet::load(&dir, &Selection::Window("2023-06".parse().unwrap())).unwrap();
    let scan = loaded.report().scan(Table::Claims);
    assert_eq!(scan.row_groups, 12);
    // The June row group, and its neighbours only where the widening for instants reaches them.
    assert!(scan.read <= 3, "{}", loaded.report());
    assert_eq!(loaded.graph().claim_count(), 100);
    assert!(
        loaded
            .graph()
            .claims()
            .all(|(_, c)| c.stated().unwrap().month_number() == Some(6))
    );
    // The pair: speakers and about scanned everywhere, whole rows only where they meet.
    let pair = parquet::load(&dir, &Selection::Pair(actors[0], actors[1])).unwrap();
    assert_eq!(pair.graph().claim_count(), 120); // k % 10 == 0, every month
    assert_eq!(pair.report().scan(Table::Claims).scanned, 12);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_pair_brings_the_rebuttals_that_answer_the_other_side() {
    let mut g = ClaimGraph::new();
    let fi = g
        .add_actor(Actor::new("Finland", ActorKind::State))
        .unwrap();
    let ru = g.add_actor(Actor::new("Russia", ActorKind::State)).unwrap();
    let ee = g
        .add_actor(Actor::new("Estonia", ActorKind::State))
        .unwrap();
    let c = g
        .add_claim(
            Claim::new(fi, SpeechAct::Accusation, Allegation::new("smuggling")).with_about(ru),
        )
        .unwrap();
    let other = g
        .add_claim(Claim::new(ee, SpeechAct::Accusation, Allegation::new("jamming")).with_about(ru))
        .unwrap();
    let denial = g
        .add_rebuttal(Rebuttal::new(ru, RebuttalKind::Denial, c))
        .unwrap();
    let other_denial = g
        .add_rebuttal(Rebuttal::new(ru, RebuttalKind::Denial, other))
        .unwrap();
    let dir = temp_dir("pair");
    g.to_parquet(&dir).unwrap();
    let pair = parquet::load(&dir, &Selection::Pair(fi, ru)).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(pair.graph().claim(c).is_some());
    assert!(pair.graph().rebuttal(denial).is_some());
    assert!(pair.graph().claim(other).is_none());
    assert!(pair.graph().rebuttal(other_denial).is_none());
    assert!(pair.graph().actor(ee).is_none());
}

// ---- bad tables -----------------------------------------------------------------------------

fn small() -> ClaimGraph {
    let mut g = ClaimGraph::new();
    let a = g.add_actor(Actor::new("A", ActorKind::State)).unwrap();
    let b = g.add_actor(Actor::new("B", ActorKind::State)).unwrap();
    g.add_claim(
        Claim::new(a, SpeechAct::Accusation, Allegation::new("x"))
            .with_about(b)
            .with_stated("2023-11-20".parse().unwrap()),
    )
    .unwrap();
    g
}

/// `batch` with column `name` replaced.
fn replace(batch: &RecordBatch, name: &str, column: Arc<dyn Array>) -> RecordBatch {
    let schema = batch.schema();
    let i = schema.index_of(name).unwrap();
    let mut columns = batch.columns().to_vec();
    columns[i] = column;
    RecordBatch::try_new(schema, columns).unwrap()
}

#[test]
fn a_date_whose_sort_columns_disagree_is_refused() {
    let g = small();
    let tables = g.to_tables().unwrap();
    let claims = replace(
        tables.get(Table::Claims),
        "stated",
        Arc::new(StringArray::from(vec![Some("2023-11-21")])),
    );
    let actors = tables.get(Table::Actors).clone();
    let err = ClaimGraph::from_tables(
        &Tables::from_batches([(Table::Actors, actors), (Table::Claims, claims)]).unwrap(),
    )
    .unwrap_err();
    assert_eq!(err.kind(), TableErrorKind::Value);
    assert_eq!(
        (err.table(), err.row(), err.column()),
        (Some(Table::Claims), Some(0), Some("stated"))
    );
    assert!(
        err.to_string().starts_with(
            "claims row 0 (C0), column stated: the sort columns of 2023-11-21 do not match it"
        ),
        "{err}"
    );
}

#[test]
fn bad_codes_and_kinds_name_row_and_column() {
    let g = small();
    let tables = g.to_tables().unwrap();
    let claims = replace(
        tables.get(Table::Claims),
        "category",
        Arc::new(StringArray::from(vec![Some("13y")])),
    );
    let actors = tables.get(Table::Actors).clone();
    let err = ClaimGraph::from_tables(
        &Tables::from_batches([(Table::Actors, actors.clone()), (Table::Claims, claims)]).unwrap(),
    )
    .unwrap_err();
    assert_eq!(err.kind(), TableErrorKind::Value);
    assert_eq!(err.column(), Some("category"));
    assert!(
        err.to_string()
            .starts_with("claims row 0 (C0), column category: \"13y\""),
        "{err}"
    );
    let actors = replace(
        &actors,
        "kind",
        Arc::new(StringArray::from(vec!["state", "planet"])),
    );
    let err = ClaimGraph::from_tables(&Tables::from_batches([(Table::Actors, actors)]).unwrap())
        .unwrap_err();
    assert_eq!((err.row(), err.column()), (Some(1), Some("kind")));
}

#[test]
fn wrong_version_unknown_or_missing_columns_are_schema_errors() {
    let g = small();
    let tables = g.to_tables().unwrap();
    let actors = tables.get(Table::Actors);
    // Another version.
    let mut metadata = actors.schema().metadata().clone();
    metadata.insert(VERSION_KEY.to_owned(), "99".to_owned());
    let v99 = RecordBatch::try_new(
        Arc::new(Schema::new_with_metadata(
            actors.schema().fields().clone(),
            metadata,
        )),
        actors.columns().to_vec(),
    )
    .unwrap();
    let err = Tables::from_batches([(Table::Actors, v99)]).unwrap_err();
    assert_eq!(err.kind(), TableErrorKind::Version);
    assert_eq!(
        err.to_string(),
        "actors: tables of version 99; this crate reads version 1"
    );
    // A misspelt column.
    let mut fields: Vec<Arc<Field>> = actors.schema().fields().iter().cloned().collect();
    fields[1] = Arc::new(Field::new("nmae", fields[1].data_type().clone(), false));
    let misspelt =
        RecordBatch::try_new(Arc::new(Schema::new(fields)), actors.columns().to_vec()).unwrap();
    let err = Tables::from_batches([(Table::Actors, misspelt)]).unwrap_err();
    assert_eq!(err.kind(), TableErrorKind::Schema);
    assert_eq!(
        err.to_string(),
        "actors, column nmae: no such column in the contract"
    );
    // A column of the wrong type.
    let mut fields: Vec<Arc<Field>> = actors.schema().fields().iter().cloned().collect();
    let mut columns = actors.columns().to_vec();
    fields[0] = Arc::new(Field::new("id", arrow_schema::DataType::Utf8, false));
    columns[0] = Arc::new(StringArray::from(vec!["A0", "A1"]));
    let typed = RecordBatch::try_new(Arc::new(Schema::new(fields)), columns).unwrap();
    let err = Tables::from_batches([(Table::Actors, typed)]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "actors, column id: of type Utf8, expected UInt32"
    );
}

#[test]
fn a_dangling_reference_or_a_duplicate_id_is_a_graph_error() {
    let g = small();
    let tables = g.to_tables().unwrap();
    let actors = tables.get(Table::Actors);
    let twice = arrow_select_concat(actors);
    let err = ClaimGraph::from_tables(&Tables::from_batches([(Table::Actors, twice)]).unwrap())
        .unwrap_err();
    assert_eq!(err.kind(), TableErrorKind::Graph);
    assert_eq!(
        err.to_string(),
        "actors row 2 (A0), column id: this id is given twice"
    );
    let claims = tables.get(Table::Claims).clone();
    let err = ClaimGraph::from_tables(&Tables::from_batches([(Table::Claims, claims)]).unwrap())
        .unwrap_err();
    assert_eq!(err.kind(), TableErrorKind::Graph);
}

/// Two copies of a batch, one after the other (rows 2.. repeat rows 0..).
fn arrow_select_concat(batch: &RecordBatch) -> RecordBatch {
    arrow_select::concat::concat_batches(&batch.schema(), [batch, batch]).unwrap()
}

#[test]
fn next_ids_survive_the_tables() {
    let mut g = small();
    let a = ActorId::new(0);
    let extra = g
        .add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("y")))
        .unwrap();
    g.remove(extra, Removal::Refuse).unwrap();
    let tables = g.to_tables().unwrap();
    assert_eq!(
        tables.get(Table::Claims).schema().metadata()[NEXT_ID_KEY],
        "2"
    );
    let mut back = ClaimGraph::from_tables(&tables).unwrap();
    let fresh = back
        .add_claim(Claim::new(a, SpeechAct::Assertion, Allegation::new("z")))
        .unwrap();
    assert_eq!(fresh, ClaimId::new(2));
}

#[test]
fn a_missing_directory_or_a_file_that_is_not_parquet_is_an_error() {
    let err = parquet::read("/nonexistent/claimgraph/tables").unwrap_err();
    assert_eq!(err.kind(), TableErrorKind::Io);
    assert!(
        err.to_string()
            .starts_with("/nonexistent/claimgraph/tables: "),
        "{err}"
    );
    let dir = temp_dir("garbage");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("claims.parquet"), b"{\"not\": \"parquet\"}").unwrap();
    let err = parquet::read(&dir).unwrap_err();
    assert_eq!(err.kind(), TableErrorKind::Format);
    assert!(err.to_string().contains("claims.parquet"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

// ---- GDELT streamed to Parquet ----------------------------------------------------------------

mod stream {
    use super::*;
    use claimgraph::io::Limits;
    use claimgraph::io::gdelt::Importer;
    use claimgraph::io::tables::gdelt::{Stream, StreamOptions};

    /// A GDELT line: event `id` on a day of 2022-2023 picked by `day`, between two of eight
    /// actors, with one of five event codes (two outside the importer's prefixes), citing one of
    /// `urls` articles; `broken` makes it a line of 60 columns.
    fn line(id: u64, day: u32, who: u8, whom: u8, code: u8, url: u8, broken: bool) -> String {
        let mut cols = vec![String::new(); if broken { 60 } else { 61 }];
        cols[0] = id.to_string();
        cols[1] = format!(
            "{}{:02}{:02}",
            2022 + day / 400,
            1 + (day / 31) % 12,
            1 + day % 28
        );
        cols[5] = format!("C{who}");
        cols[6] = format!("COUNTRY {who}");
        cols[15] = format!("C{whom}");
        cols[16] = format!("COUNTRY {whom}");
        ["1123", "112", "016", "042", "190"][code as usize % 5].clone_into(&mut cols[26]);
        if let Some(last) = cols.last_mut() {
            *last = format!("https://news.example.org/{url}");
        }
        cols.join("\t") + "\n"
    }

    fn lines() -> impl Strategy<Value = Vec<String>> {
        prop::collection::vec(
            (
                0u64..400,
                0u32..800,
                0u8..8,
                0u8..8,
                0u8..5,
                0u8..20,
                prop::bool::weighted(0.05),
            ),
            0..200,
        )
        .prop_map(|rows| {
            rows.into_iter()
                .map(|(id, day, who, whom, code, url, broken)| {
                    line(1000 + id, day, who, whom, code, url, broken)
                })
                .collect()
        })
    }

    proptest! {
        #![proptest_config(proptest_config::cases(32))]

        /// Streaming lines into Parquet, in two files and with tiny memory bounds, then
        /// reading the directory back, gives the graph importing them into memory gives, and
        /// the same number of findings.
        #[test]
        fn the_stream_reads_back_as_the_import(lines in lines(), split in 0usize..200) {
            let all: String = lines.concat();
            let Ok(import) = Importer::new().import(all.as_bytes(), &Limits::default()) else {
                return Ok(()); // not GDELT enough to import at all
            };
            let split = split.min(lines.len());
            let (first, second) = (lines[..split].concat(), lines[split..].concat());
            let dir = temp_dir("stream");
            let options = StreamOptions::default()
                .with_row_group_rows(3)
                .with_buffered_rows(5)
                .with_open_months(2);
            let mut stream = Stream::create(&dir, Importer::new(), options).unwrap();
            let mut findings = 0;
            let mut both = true;
            for part in [first, second] {
                // Either half alone may be too broken to pass for GDELT: that half is an
                // error, as importing it alone would be, and the comparison is off.
                match stream.read(part.as_bytes(), &Limits::default()) {
                    Ok(report) => findings += report.total(),
                    Err(_) => both = false,
                }
            }
            let written = stream.finish().unwrap();
            let back = parquet::read(&dir).unwrap();
            std::fs::remove_dir_all(&dir).unwrap();
            if both {
                prop_assert_eq!(findings, import.report().total());
                prop_assert_eq!(same_but_sources(&back, import.graph()), Ok(()));
            }
            prop_assert_eq!(written.claims() as usize, back.claim_count());
        }
    }

    /// The graphs have the same actors, and the same claims citing the same URLs; sources
    /// are per month in the stream.
    fn same_but_sources(a: &ClaimGraph, b: &ClaimGraph) -> Result<(), String> {
        let actors = |g: &ClaimGraph| g.actors().map(|(i, x)| (i, x.clone())).collect::<Vec<_>>();
        if actors(a) != actors(b) {
            return Err("actors differ".into());
        }
        if a.claim_count() != b.claim_count() {
            return Err(format!(
                "{} claims against {}",
                a.claim_count(),
                b.claim_count()
            ));
        }
        let urls = |g: &ClaimGraph, c: &Claim| -> Vec<String> {
            c.sources()
                .iter()
                .map(|&s| g.source(s).unwrap().url().unwrap().to_owned())
                .collect()
        };
        for ((i, x), (j, y)) in a.claims().zip(b.claims()) {
            let same = i == j
                && x.claimant() == y.claimant()
                && x.act() == y.act()
                && x.about() == y.about()
                && x.allegation() == y.allegation()
                && x.stated() == y.stated()
                && x.keys() == y.keys()
                && urls(a, x) == urls(b, y);
            if !same {
                return Err(format!("{i} and {j} differ"));
            }
        }
        Ok(())
    }

    /// The same lines with a window of two URLs: sources repeat, claims cite the same URLs.
    #[test]
    fn a_small_url_window_repeats_sources_and_keeps_urls() {
        let lines: String = (0..60u64)
            .map(|i| {
                line(
                    5000 + i,
                    (i * 13 % 700) as u32,
                    (i % 8) as u8,
                    ((i + 3) % 8) as u8,
                    0,
                    (i % 5) as u8,
                    false,
                )
            })
            .collect();
        let import = Importer::new()
            .import(lines.as_bytes(), &Limits::default())
            .unwrap();
        let dir = temp_dir("urls");
        let mut stream =
            Stream::create(&dir, Importer::new(), StreamOptions::default().with_urls(2)).unwrap();
        stream.read(lines.as_bytes(), &Limits::default()).unwrap();
        let written = stream.finish().unwrap();
        let back = parquet::read(&dir).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(written.sources() as usize > import.graph().sources().count());
        let url =
            |g: &ClaimGraph, c: &Claim| g.source(c.sources()[0]).unwrap().url().unwrap().to_owned();
        for ((i, a), (j, b)) in back.claims().zip(import.graph().claims()) {
            assert_eq!(i, j);
            assert_eq!(url(&back, a), url(import.graph(), b));
        }
    }

    /// A year streamed by month: loading one month reads that month's partition (and a
    /// neighbour's first or last day at most), for claims and for their sources alike.
    #[test]
    fn a_month_of_the_stream_reads_its_own_partition() {
        let lines: String = (0..1200u64)
            .map(|i| {
                // Day 31 * m + d falls in month m + 1 of 2022.
                let day = (i % 12) as u32 * 31 + (i % 28) as u32;
                line(
                    9000 + i,
                    day,
                    (i % 8) as u8,
                    ((i + 1) % 8) as u8,
                    0,
                    (i % 20) as u8,
                    false,
                )
            })
            .collect();
        let dir = temp_dir("months");
        let mut stream = Stream::create(&dir, Importer::new(), StreamOptions::default()).unwrap();
        stream.read(lines.as_bytes(), &Limits::default()).unwrap();
        let written = stream.finish().unwrap();
        assert_eq!((written.claims(), written.months()), (1200, 12));
        let june = parquet::load(&dir, &Selection::Window("2022-06".parse().unwrap())).unwrap();
        let report = june.report();
        assert_eq!(june.graph().claim_count(), 100);
        assert_eq!(report.scan(Table::Claims).row_groups, 12);
        assert!(report.scan(Table::Claims).read <= 2, "{report}");
        assert!(report.scan(Table::Sources).read <= 2, "{report}");
        assert_eq!(report.scan(Table::Edges).read, 0);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// A file read twice: every event of the second reading is a duplicate.
    #[test]
    fn an_event_read_in_an_earlier_file_is_skipped() {
        let lines: String = (0..10u64)
            .map(|i| line(7000 + i, 40, 1, 2, 0, 1, false))
            .collect();
        let dir = temp_dir("twice");
        let mut stream = Stream::create(&dir, Importer::new(), StreamOptions::default()).unwrap();
        stream.read(lines.as_bytes(), &Limits::default()).unwrap();
        let again = stream.read(lines.as_bytes(), &Limits::default()).unwrap();
        assert_eq!(again.total(), 10);
        assert_eq!(
            again.count(claimgraph::io::gdelt::FindingKind::Duplicate),
            10
        );
        assert_eq!(
            again.findings()[0].to_string(),
            "line 1: repeated GlobalEventID: GlobalEventID 7000 was read in an earlier file: skipped"
        );
        let written = stream.finish().unwrap();
        assert_eq!(written.claims(), 10);
        assert_eq!(parquet::read(&dir).unwrap().claim_count(), 10);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

/// The Salisbury dispute: the UK government against Russia takes in what Russia's foreign
/// ministry, its spokeswoman and its minister said (they speak for Russia), and leaves out
/// the allies' statements and Bellingcat's.
#[test]
fn a_pair_takes_in_those_who_speak_for_each_side() {
    let g = scenario("salisbury-2018.json");
    let dir = temp_dir("salisbury");
    g.to_parquet(&dir).unwrap();
    let pair = parquet::load(&dir, &Selection::Pair(ActorId::new(1), ActorId::new(3))).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    let slice = pair.graph();
    for r in 0..3 {
        assert_eq!(
            slice.rebuttal(RebuttalId::new(r)),
            g.rebuttal(RebuttalId::new(r)),
            "R{r}"
        );
    }
    assert!(slice.claim(ClaimId::new(0)).is_some());
    let speakers: std::collections::BTreeSet<&str> = slice
        .claims()
        .map(|(_, c)| slice.actor(c.claimant()).unwrap().name())
        .chain(
            slice
                .rebuttals()
                .map(|(_, r)| slice.actor(r.by()).unwrap().name()),
        )
        .collect();
    for outsider in ["France", "Germany", "United States", "Bellingcat", "OPCW"] {
        assert!(!speakers.contains(outsider), "{outsider} in {speakers:?}");
    }
}

proptest! {
    #![proptest_config(proptest_config::cases(256))]

    /// A Parquet file with bytes flipped or cut short is an error naming the file, never a
    /// panic, and never a graph that differs from the original without saying so.
    #[test]
    fn a_damaged_file_is_an_error_not_a_panic(
        flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
        cut in prop::option::of(any::<prop::sample::Index>()),
    ) {
        let g = scenario("salisbury-2018.json");
        let dir = temp_dir("damaged");
        g.to_parquet(&dir).unwrap();
        let path = dir.join("claims.parquet");
        let mut bytes = std::fs::read(&path).unwrap();
        for (at, x) in &flips {
            let i = at.index(bytes.len());
            bytes[i] ^= x | 1;
        }
        if let Some(at) = cut {
            bytes.truncate(at.index(bytes.len()));
        }
        std::fs::write(&path, &bytes).unwrap();
        let read = parquet::read(&dir);
        let load = parquet::load(&dir, &Selection::Window("2018".parse().unwrap()));
        std::fs::remove_dir_all(&dir).unwrap();
        match read {
            Ok(back) => {
                // Flips in padding, statistics or text bytes may leave a readable file
                // (Parquet pages carry no checksum); what is read is still a valid graph,
                // checked as any document is.
                prop_assert!(ClaimGraph::from_json(&back.to_json()).is_ok());
            }
            // The file named, or (a flipped id) the claim whose reference dangles.
            Err(e) => prop_assert!(
                e.to_string().contains("claims.parquet") || e.kind() == TableErrorKind::Graph,
                "{}", e
            ),
        }
        if let Err(e) = load {
            prop_assert!(!e.to_string().is_empty());
        }
    }
}

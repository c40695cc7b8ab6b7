"""Runs the network query on Spark SQL and DuckDB over a directory of claimgraph tables and
compares each answer with the in-memory one. A manual check (see README.md), not part of CI.

usage: engines.py QUERY.sql TABLES_DIR ANSWER.json [spark] [duckdb]

QUERY.sql is the query as printed by `cargo run -p claimgraph-sql --example network -- --sql`;
ANSWER.json the in-memory network written by the `tables` example's `--answer`.
"""

import json
import sys
import time
from pathlib import Path


def tables_of(directory):
    """Each table of the directory: its single file, or its folder of (partitioned) files."""
    out = {}
    for table in ("actors", "edges"):
        file = Path(directory) / f"{table}.parquet"
        folder = Path(directory) / table
        out[table] = (str(file), False) if file.is_file() else (str(folder), True)
    return out


def normal(rows):
    return sorted(
        [int(a), int(b), int(n), f, l] for (a, _an, b, _bn, n, f, l) in rows
    )


def spark(query, directory):
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]")
        .appName("claimgraph-network")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    for table, (path, _folder) in tables_of(directory).items():
        # A folder of month=YYYY-MM/ subfolders is read with a `month` partition column.
        session.read.parquet(path).createOrReplaceTempView(table)
    start = time.perf_counter()
    rows = [tuple(r) for r in session.sql(query).collect()]
    took = time.perf_counter() - start
    version = session.version
    session.stop()
    return f"Spark {version}", rows, took


def duckdb(query, directory):
    import duckdb as db

    con = db.connect()
    for table, (path, folder) in tables_of(directory).items():
        source = (
            f"read_parquet('{path}/**/*.parquet', hive_partitioning = true)"
            if folder
            else f"read_parquet('{path}')"
        )
        con.execute(f"CREATE VIEW {table} AS SELECT * FROM {source}")
    start = time.perf_counter()
    rows = con.execute(query).fetchall()
    took = time.perf_counter() - start
    return f"DuckDB {db.__version__}", rows, took


def main(args):
    if len(args) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    query = Path(args[0]).read_text().strip().rstrip(";")
    directory, answer = args[1], json.loads(Path(args[2]).read_text())
    expected = sorted([a, b, n, f, l] for a, b, n, f, l in answer)
    engines = args[3:] or ["spark", "duckdb"]
    failed = False
    for engine in engines:
        name, rows, took = {"spark": spark, "duckdb": duckdb}[engine](query, directory)
        got = normal(rows)
        same = got == expected
        failed |= not same
        print(f"{name}: {len(got)} pairs in {took:.2f} s, {'the same as' if same else 'DIFFERENT from'} the in-memory answer ({len(expected)} pairs)")
        if not same:
            for g, e in zip(got, expected):
                if g != e:
                    print(f"  first difference: {g} vs {e}")
                    break
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The Parquet tables written by claimgraph, read by pyarrow (PyPI): every table's columns,
their Arrow types and nullability against the contract, the contract's version in the
schema metadata, and the row counts against the document the tables were written from.

The contract is written out here by hand, from the table in the module docs of
src/io/tables/mod.rs (the source of truth), and not dumped from the crate's own
`Table::schema()`: a dump would check the writer against itself, while this check holds
the files to the documented contract, with a second reader. Change both together, and the
version (claimgraph.tables.version) when a column changes.

usage: tables.py DOCUMENT.json TABLES_DIR [DOCUMENT.json TABLES_DIR ...]
"""

import json
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

VERSION = "1"
VERSION_KEY = b"claimgraph.tables.version"


def date(name):
    """A main date: the text as written, then the five columns for engines."""
    return [
        (name, "str?"),
        (f"{name}_precision", "str?"),
        (f"{name}_start", "ts?"),
        (f"{name}_end", "ts?"),
        (f"{name}_rank", "i8?"),
        (f"{name}_tie", "i32?"),
    ]


KEYS = ("keys", "[{scheme: str, key: str}]")

# Each table's columns in order: (name, type), with `?` for a nullable column or field,
# `[T]` for a list (never null itself), `{a: T, ...}` for a struct, `ts` for
# Timestamp(microseconds) without a zone.
CONTRACT = {
    "actors": [
        ("id", "u32"), ("name", "str"), ("kind", "str"), ("aliases", "[str]"),
        ("iso3", "str?"), ("cameo", "str?"), ("wikidata", "str?"), ("anonymous", "bool"),
        KEYS,
    ],
    "relations": [
        ("id", "u32"), ("from", "u32"), ("kind", "str"), ("to", "u32"),
        ("valid_from", "str?"), ("valid_until", "str?"), ("role", "str?"), ("sources", "[u32]"),
    ],
    "sources": [
        ("id", "u32"), ("kind", "str"), ("title", "str"), ("outlet", "u32?"),
        ("speakers", "[u32]"), ("audience", "str?"), ("url", "str?"),
        ("quotes", "[{text: str, form: str, speaker: u32?}]"),
        *date("date"),
        ("reported_in", "[u32]"), ("grading", "str?"), KEYS,
    ],
    "events": [
        ("id", "u32"), ("description", "str"),
        *date("date"),
        ("end", "str?"), ("participants", "[{actor: u32, role: str}]"),
        ("location", "str?"), ("cameo", "str?"), ("plover", "str?"), ("sources", "[u32]"),
        ("alleged_by", "str?"), KEYS,
    ],
    "claims": [
        ("id", "u32"), ("claimant", "u32"), ("joint_with", "[u32]"), ("act", "str"),
        ("about", "[u32]"), ("text", "str"), ("category", "str?"), ("contexts", "[str]"),
        ("motive", "str?"), ("motive_event", "u32?"), ("aim", "str?"),
        *date("stated"),
        ("events", "[u32]"), ("sources", "[u32]"), ("confidence", "str?"),
        ("confidence_wording", "str?"),
        ("alternatives", "[{text: str, category: str?, contexts: [str]}]"),
        ("condition", "str?"), ("deadline", "str?"),
        ("resolution", "{outcome: str, date: str?, by: str?}?"), KEYS,
    ],
    "rebuttals": [
        ("id", "u32"), ("by", "u32"), ("joint_with", "[u32]"), ("kind", "str"),
        ("answers", "[str]"), ("about", "[u32]"), ("text", "str"),
        *date("stated"),
        ("events", "[u32]"), ("sources", "[u32]"), ("confidence", "str?"),
        ("confidence_wording", "str?"), KEYS,
    ],
    "supports": [
        ("id", "u32"), ("premise", "str"), ("conclusion", "str"), ("text", "str"),
    ],
    "edges": [
        ("accuser", "u32"), ("accused", "u32"), ("statement_kind", "str"),
        ("statement_id", "u32"), ("category", "str?"),
        *date("stated"),
    ],
}


def shape(t):
    """An Arrow type in the contract's notation; list items' nullability is not part of it."""
    if pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_string_view(t):
        return "str"
    if pa.types.is_list(t) or pa.types.is_large_list(t):
        return f"[{shape(t.value_type)}]"
    if pa.types.is_struct(t):
        fields = (t.field(i) for i in range(t.num_fields))
        return "{" + ", ".join(f"{f.name}: {field_shape(f)}" for f in fields) + "}"
    if pa.types.is_timestamp(t) and t.unit == "us" and t.tz is None:
        return "ts"
    simple = {pa.uint32(): "u32", pa.int8(): "i8", pa.int32(): "i32", pa.bool_(): "bool"}
    return simple.get(t, str(t))


def field_shape(f):
    return shape(f.type) + ("?" if f.nullable else "")


def expected_rows(doc):
    """Row counts of each table from the JSON document: one row per entity, and for `edges`
    one per speaker and accused actor of each accusing statement."""
    counts = {t: len(doc.get(t, {})) for t in CONTRACT if t != "edges"}
    edges = 0
    for claim in doc.get("claims", {}).values():
        if claim.get("act") == "accusation":
            speakers = 1 + len(claim.get("joint_with", []))
            edges += speakers * len(claim.get("about", []))
    for rebuttal in doc.get("rebuttals", {}).values():
        if rebuttal.get("kind") in ("counter_accusation", "undermine"):
            speakers = 1 + len(rebuttal.get("joint_with", []))
            edges += speakers * len(rebuttal.get("about", []))
    counts["edges"] = edges
    return counts


def check(doc_path, tables_dir):
    doc = json.loads(Path(doc_path).read_text())
    want_rows = expected_rows(doc)
    problems = []
    for table, columns in CONTRACT.items():
        path = Path(tables_dir) / f"{table}.parquet"
        if not path.is_file():
            problems.append(f"{path}: missing")
            continue
        pf = pq.ParquetFile(path)
        schema = pf.schema_arrow
        version = (schema.metadata or {}).get(VERSION_KEY)
        if version != VERSION.encode():
            problems.append(f"{path}: {VERSION_KEY.decode()} is {version!r}, expected {VERSION}")
        got = [(f.name, field_shape(f)) for f in schema]
        if got != columns:
            for i in range(max(len(got), len(columns))):
                g = got[i] if i < len(got) else None
                w = columns[i] if i < len(columns) else None
                if g != w:
                    problems.append(f"{path}: column {i} is {g}, the contract says {w}")
                    break
        table_data = pq.read_table(path)
        if table_data.num_rows != want_rows[table]:
            problems.append(
                f"{path}: {table_data.num_rows} rows, the document gives {want_rows[table]}"
            )
    return problems, want_rows


def main(args):
    if not args or len(args) % 2:
        print(__doc__, file=sys.stderr)
        return 2
    failed = False
    for doc_path, tables_dir in zip(args[::2], args[1::2]):
        problems, rows = check(doc_path, tables_dir)
        for p in problems:
            print(p, file=sys.stderr)
        failed |= bool(problems)
        summary = ", ".join(f"{t} {n}" for t, n in rows.items())
        print(f"{'FAIL' if problems else 'ok  '} {tables_dir}: {summary}")
    print(f"pyarrow {pa.__version__}: {'tables differ from the contract' if failed else 'every table as the contract says'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

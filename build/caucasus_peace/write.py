"""Write the tables as CSV, Parquet and SQLite, deterministically (byte-identical across runs)."""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Mapping
from pathlib import Path

import pyarrow.parquet as pq

from caucasus_peace.parts import write_parts
from caucasus_peace.review.database import add_review_tables
from caucasus_peace.schema import Package, Table, sqlite_index_ddl, sqlite_statements, sqlite_table_ddl
from caucasus_peace.site import SENTENCES_INDEX_DDL, add_count_tables, add_search_tables
from caucasus_peace.tables import Rows, csv_cell, to_arrow


def write_csv(path: Path, table: Table, rows: Rows) -> None:
    # Streamed to the file (never the whole text in memory); the bytes are those of one write.
    names = table.field_names
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(names)
        writer.writerows([csv_cell(r[n]) for n in names] for r in rows)


def write_parquet(path: Path, table: Table, rows: Rows, partitioned: bool = False) -> None:
    """``data/<table>.parquet``, and with ``partitioned`` its parts too (parts.py), from one Arrow table."""
    # Explicit Arrow schema, no pandas metadata, rows in primary-key order: same bytes every run.
    arrow = to_arrow(table, rows)
    pq.write_table(arrow, path, compression="zstd", use_dictionary=True, write_statistics=True)
    if partitioned:
        write_parts(path.parent.parent, table.name, arrow)


def _sqlite_value(value: object) -> object:
    if isinstance(value, bool):
        return int(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()  # type: ignore[union-attr]
    return value


def write_sqlite(path: Path, package: Package, tables: dict[str, Rows], texts: Mapping[str, str]) -> None:
    """STRICT tables with keys, checks and indexes; foreign keys enforced while loading. Then the search
    tables of the Datasette site (sentences and FTS5 indexes, not part of the published contract) over
    ``texts`` (source_id -> article text), and the review tables of the curation loop.

    Everything is loaded in one transaction and the indexes are created after the rows: one sort per index
    instead of a B-tree insert per row. The final VACUUM lays the file out as tables then indexes, each in
    creation order, so the bytes are the same as when each index was created with its table."""
    path.unlink(missing_ok=True)
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("PRAGMA journal_mode = DELETE")
        # A build writes a fresh file and publishes it only when complete: no need to sync each step.
        con.execute("PRAGMA synchronous = OFF")
        con.execute("BEGIN")
        # Create and fill in dependency order so REFERENCES resolve as rows arrive.
        for name in dependency_order(package):
            table = package.tables[name]
            _execute_ddl(con, sqlite_table_ddl(table))
            cols = table.field_names
            placeholders = ", ".join("?" for _ in cols)
            quoted = ", ".join(f'"{c}"' for c in cols)
            con.executemany(
                f'INSERT INTO "{name}" ({quoted}) VALUES ({placeholders})',
                (tuple(_sqlite_value(r[c]) for c in cols) for r in tables[name]),
            )
        add_search_tables(con, texts)
        add_review_tables(con, tables, texts)
        create_indexes(con, package)
        add_site_tables(con)
        problems = con.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise ValueError(f"SQLite foreign key check failed: {problems[:5]}")
        con.commit()
        con.execute("VACUUM")
    finally:
        con.close()


def create_indexes(con: sqlite3.Connection, package: Package) -> None:
    """Every index of the database, after the rows are in: the contract tables' (generated from schemas/,
    in dependency order), then the search tables'."""
    for name in dependency_order(package):
        _execute_ddl(con, sqlite_index_ddl(package.tables[name]))
    _execute_ddl(con, SENTENCES_INDEX_DDL)


def add_site_tables(con: sqlite3.Connection) -> None:
    """The Datasette site's derived tables (precomputed counts), after the rows and indexes are in."""
    add_count_tables(con)


def _execute_ddl(con: sqlite3.Connection, ddl: str) -> None:
    for statement in sqlite_statements(ddl):
        con.execute(statement)


def dependency_order(package: Package) -> list[str]:
    """Tables ordered so that every referenced table comes before the tables referring to it."""
    order: list[str] = []

    def visit(name: str, stack: tuple[str, ...] = ()) -> None:
        if name in order or name in stack:
            return
        for fk in package.tables[name].foreign_keys:
            visit(fk["reference"]["resource"], (*stack, name))
        order.append(name)

    for name in package.tables:
        visit(name)
    return order

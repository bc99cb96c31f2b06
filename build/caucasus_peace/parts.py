"""Partitioned Parquet for big corpora: each table also as ``data/parquet/<table>/part-00000.parquet`` ...

A big corpus makes tables of millions of rows. Beside the single ``data/<table>.parquet`` (unchanged), the
build then writes each table in parts of ROWS_PER_PART rows, in primary-key order (part k holds rows
k * ROWS_PER_PART ...), each part in row groups of ROW_GROUP_ROWS rows with statistics, so that a reader
that filters (DuckDB, pyarrow, pandas, the loader's ``filters=``) skips the parts and row groups it does not
need. The bytes are fixed by the rows: same rows, same parts, same bytes.

The descriptor describes the parts as one more resource per table, ``<table>-parquet-parts``, whose path is
the folder (frictionless, pandas, pyarrow and DuckDB read a folder of Parquet files as one table) and whose
``x-parts`` list each part's path, rows, bytes and SHA-256.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from caucasus_peace.paths import DATA_DIRNAME

# More articles than this, and the build writes the parts (``caucasus-peace build --partition`` forces them,
# ``--no-partition`` leaves them out). The committed package (five articles) has single files only.
PARTITION_MIN_SOURCES = 5_000
ROWS_PER_PART = 250_000
ROW_GROUP_ROWS = 50_000
PARTS_SUFFIX = "-parquet-parts"
PARTS_DIRNAME = "parquet"


def should_partition(n_sources: int, partition: bool | None) -> bool:
    """``partition`` when given (the --partition/--no-partition option), else whether the corpus is big."""
    return partition if partition is not None else n_sources > PARTITION_MIN_SOURCES


def parts_folder(table: str) -> str:
    """The folder of a table's parts, relative to the package root (POSIX, as in the descriptor)."""
    return f"{DATA_DIRNAME}/{PARTS_DIRNAME}/{table}"


def part_path(table: str, k: int) -> str:
    return f"{parts_folder(table)}/part-{k:05d}.parquet"


def part_slices(n_rows: int, rows_per_part: int | None = None) -> list[tuple[int, int]]:
    """(offset, length) of each part; an empty table is one empty part (readers then still see its columns)."""
    size = rows_per_part or ROWS_PER_PART
    return [(start, min(size, n_rows - start)) for start in range(0, n_rows, size)] or [(0, 0)]


def write_parts(root: Path, name: str, table: pa.Table) -> list[str]:
    """Write ``table`` (rows in canonical order) as parts under ``root``; returns their relative paths."""
    folder = root / parts_folder(name)
    folder.mkdir(parents=True)
    paths = []
    for k, (start, length) in enumerate(part_slices(table.num_rows)):
        rel = part_path(name, k)
        pq.write_table(
            table.slice(start, length),
            root / rel,
            compression="zstd",
            use_dictionary=True,
            write_statistics=True,
            row_group_size=ROW_GROUP_ROWS,
        )
        paths.append(rel)
    return paths


def part_files(root: Path, table: str) -> list[str]:
    """The parts written for ``table`` under ``root``, in order (none: the table is not partitioned)."""
    folder = root / parts_folder(table)
    return [f"{parts_folder(table)}/{p.name}" for p in sorted(folder.glob("part-*.parquet"))]


def part_rows(path: Path) -> int:
    return pq.ParquetFile(path).metadata.num_rows

"""The Parquet files and the SQLite database hold exactly the rows of their CSV tables, cell for cell."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from caucasus_peace.schema import Package, Table, arrow_schema, sqlite_ddl
from caucasus_peace.validate_problems import Problems, cell, true_rows


def as_csv_reads(col: pa.ChunkedArray | pa.Array) -> pa.ChunkedArray | pa.Array:
    """A text column as its CSV reads back: an empty string is an empty cell, i.e. null. (The extraction
    writes some unknown values as "" rather than null; a CSV cannot tell the two apart.)"""
    if not pa.types.is_string(col.type):
        return col
    return pc.if_else(pc.equal(col, ""), pa.scalar(None, col.type), col)


def differing_rows(a: pa.ChunkedArray | pa.Array, b: pa.ChunkedArray | pa.Array):
    """Mask of rows where two columns of one type differ (a null against a value differs)."""
    ne = pc.fill_null(pc.not_equal(a, b), False)
    return pc.or_(ne, pc.xor(pc.is_null(a), pc.is_null(b)))


def read_parquet(data: bytes) -> pa.Table:
    """Raises ValueError with a short reason when the bytes are not a readable Parquet file."""
    try:
        return pq.read_table(pa.BufferReader(data))
    except (pa.ArrowException, OSError, ValueError) as e:
        reason = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise ValueError(reason.removeprefix("Could not open Parquet input source '<Buffer>': ")) from None


def check_parquet(
    parquet: pa.Table,
    table: Table,
    expected: pa.Table,
    resource: str,
    csv_label: str,
    problems: Problems,
    skip: frozenset[str] = frozenset(),
) -> None:
    """``expected``: the CSV table, typed; columns with cells of the wrong type in the CSV are skipped
    (they are reported there)."""
    want = arrow_schema(table)
    if parquet.column_names != want.names:
        problems.add(f"{resource}: columns {parquet.column_names} differ from the schema's {want.names}")
        return
    same_type = []
    for f in want:
        got = parquet.schema.field(f.name).type
        if got != f.type:
            problems.add(f"{resource}: column {f.name}: Parquet type {got}, the schema says {f.type}")
        else:
            same_type.append(f.name)
    if parquet.num_rows != expected.num_rows:
        problems.add(f"{resource}: {parquet.num_rows} rows, {csv_label} has {expected.num_rows}")
        return
    for name in same_type:
        if name in skip:
            continue
        a, b = as_csv_reads(parquet.column(name)), expected.column(name)
        problems.rows(
            resource,
            name,
            true_rows(differing_rows(a, b)),
            lambda i, a=a, b=b: f"Parquet has {cell(a[i].as_py())}, {csv_label} has {cell(b[i].as_py())}",
        )


# --- SQLite -------------------------------------------------------------------------------------

# How the database stores each Table Schema type (write.py: booleans as 0/1, dates as ISO text).
_DB_TYPES = {"string": pa.string(), "integer": pa.int64(), "boolean": pa.int64(), "date": pa.string()}
# Inside one group_concat: cells are separated by RS and an empty (NULL) cell is US. No published cell
# holds either (the control-character check); a database cell that does falls to the exact comparison.
_RS, _US = "\x1e", "\x1f"


def _as_stored(col: pa.ChunkedArray, kind: str) -> pa.ChunkedArray:
    if kind == "boolean":
        return pc.cast(col, pa.int64())
    if kind == "date":
        return pc.cast(col, pa.string())
    return col


@dataclass
class DbColumns:
    """What the fast read of one database table found: whether its definition is the generated one, its
    row count and each non-REAL column (None: compare that column exactly), or why it could not be read."""

    count: int = 0
    same_ddl: bool = True
    columns: dict[str, pa.Array | None] = field(default_factory=dict)
    error: str | None = None


def _connect(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)  # never touches the file
    con.text_factory = bytes
    return con


def read_database(path: Path, package: Package) -> dict[str, DbColumns] | str:
    """Every published table of the database, each column as one string that SQLite builds (its cells in
    table order, the order the build inserted them), split by Arrow. Runs beside the CSV checks: SQLite
    and Arrow both release the GIL. A string: the file is not a readable database."""
    try:
        con = _connect(path)
        try:
            return {name: _read_db_table(con, table) for name, table in package.tables.items()}
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        return f"not a readable SQLite database ({e})"


def _read_db_table(con: sqlite3.Connection, table: Table) -> DbColumns:
    # With the generated definition (STRICT, typed columns, CHECKs), SQLite itself guarantees each cell's
    # type, so the cells' text is enough; otherwise every column is compared exactly, types included.
    ddl = sqlite_ddl(table).split(";\n")[0]
    fast = [f for f in table.fields if f["type"] != "number"]  # REAL: compared exactly, as floats
    try:
        found = con.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table.name,)).fetchone()
        if found is None:
            return DbColumns(error="missing")
        (count,) = con.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()
        out = DbColumns(count=count, same_ddl=found[0] == ddl.encode(), columns=dict.fromkeys(table.field_names))
        if not (count and fast and out.same_ddl):
            return out
        quoted = [f'"{f["name"]}"' for f in fast]
        cols = ", ".join(f"group_concat(coalesce({c}, char(31)), char(30)), count({c})" for c in quoted)
        row = con.execute(f'SELECT {cols} FROM "{table.name}"').fetchone()
    except sqlite3.OperationalError as e:
        return DbColumns(error=f"cannot be read ({e.args[0] if e.args else e})")
    for k, f in enumerate(fast):
        out.columns[f["name"]] = _split_cells(row[2 * k], row[2 * k + 1], f["type"], count)
    return out


def _split_cells(joined: bytes | None, filled: int, kind: str, count: int) -> pa.Array | None:
    """The cells of one column from its group_concat, or None when they do not line up (a cell holding a
    separator) or do not parse as ``kind``."""
    if joined is None:
        return None
    parts = pc.list_flatten(pc.split_pattern(pa.array([joined], pa.binary()), _RS.encode()))
    if len(parts) != count:
        return None
    try:
        parts = parts.cast(pa.string())
    except pa.ArrowInvalid:
        return None
    null = pc.equal(parts, _US)
    if count - pc.sum(null).as_py() != filled:  # a cell that is US itself, not an empty one
        return None
    cells = pc.if_else(null, pa.scalar(None, pa.string()), parts)
    if kind in ("string", "date"):
        return cells
    try:
        return pc.cast(cells, pa.int64())
    except pa.ArrowInvalid:
        return None


def check_database(
    path: Path,
    package: Package,
    db: dict[str, DbColumns] | str,
    data: dict[str, pa.Table],
    label: str,
    problems: Problems,
) -> None:
    """Every published table in the database has the generated definition and equals its CSV, cell for
    cell (rows in primary-key order)."""
    if isinstance(db, str):
        problems.add(f"{label}: {db}; rebuild the package")
        return
    slow: dict[str, list[dict]] = {}
    for name, table in package.tables.items():
        if name not in data:
            continue
        resource, found, expected = f"{name} (in {label})", db[name], data[name]
        if found.error:
            problems.add(f"{resource}: table {found.error}; rebuild the package")
            continue
        if not found.same_ddl:
            problems.add(f"{resource}: table definition differs from what schemas/ generates; rebuild the package")
        if found.count != expected.num_rows:
            problems.add(f"{resource}: {found.count} rows, its CSV has {expected.num_rows}")
            continue
        cols = [f for f in table.fields if _unsure(found.columns[f["name"]], expected, f)]
        if cols and found.count:
            slow[name] = cols
    if slow:
        con = _connect(path)
        try:
            for name, cols in slow.items():
                _compare_exactly(con, package.tables[name], cols, data[name], f"{name} (in {label})", problems)
        except sqlite3.DatabaseError as e:
            problems.add(f"{label}: not a readable SQLite database ({e}); rebuild the package")
        finally:
            con.close()


def _unsure(got: pa.Array | None, expected: pa.Table, f: dict) -> bool:
    """True unless the fast read shows the column equal to its CSV."""
    if got is None:
        return True
    want = _as_stored(expected.column(f["name"]), f["type"])
    return pc.any(differing_rows(as_csv_reads(got), want)).as_py()


def _compare_exactly(
    con: sqlite3.Connection, table: Table, fields: list[dict], expected: pa.Table, resource: str, problems: Problems
) -> None:
    """The slow, exact comparison: the cells as Python values, in primary-key order."""
    con.text_factory = str
    cols = ", ".join(f'"{f["name"]}"' for f in fields)
    order = ", ".join(f'"{c}"' for c in table.primary_key)
    try:
        rows = con.execute(f'SELECT {cols} FROM "{table.name}" ORDER BY {order}').fetchall()
    except sqlite3.OperationalError as e:
        problems.add(f"{resource}: cannot be read ({e.args[0] if e.args else e}); rebuild the package")
        return
    finally:
        con.text_factory = bytes
    for f, values in zip(fields, zip(*rows, strict=True), strict=True):
        want = _as_stored(expected.column(f["name"]), f["type"])
        try:
            got = pa.array(values, type=_DB_TYPES.get(f["type"], pa.float64()))
        except (pa.ArrowException, OverflowError, TypeError):
            # A value of another type (a table that lost its STRICT): compare as Python values.
            wanted = want.to_pylist()
            bad = [i for i, (x, y) in enumerate(zip(values, wanted, strict=True)) if x != y or type(x) is not type(y)]
            problems.rows(resource, f["name"], np.array(bad, dtype=np.int64), lambda i: "holds a value of another type")
            continue
        problems.rows(
            resource,
            f["name"],
            true_rows(differing_rows(as_csv_reads(got), want)),
            lambda i, g=got, w=want: f"the database has {cell(g[i].as_py())}, the CSV has {cell(w[i].as_py())}",
        )

"""Reading a written package for validation: the descriptor, safe paths, file facts, and CSV cells typed
by the schema with every cell that does not parse reported (vectorised over Arrow, no loop over rows)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pcsv

from caucasus_peace.schema import Table, arrow_schema
from caucasus_peace.validate_problems import PackageUnreadable, Problems, cell, true_rows

DESCRIPTOR = "datapackage.json"

# The shapes the writer produces (tables.csv_cell). Stricter than Frictionless, which also takes "05",
# "+5", "1_000", "TRUE" or "inf": a cell in another shape is not what the build writes.
_SHAPES = {
    "integer": r"^-?(0|[1-9][0-9]{0,17})$",  # at most 18 digits: always fits int64
    "number": r"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$",
    "boolean": r"^(true|false)$",
    "date": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
}
_WHAT = {"integer": "an integer", "number": "a number", "boolean": "true or false", "date": "a real date (YYYY-MM-DD)"}
_DAYS_IN_MONTH = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int32)


# --- the descriptor and its paths ----------------------------------------------------------------


def read_descriptor(root: Path) -> dict[str, Any]:
    """datapackage.json as a dict, or PackageUnreadable naming the file and what is wrong."""
    path = root / DESCRIPTOR
    if not path.is_file():
        raise PackageUnreadable(f"{path}: missing; build the package first (caucasus-peace build)")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise PackageUnreadable(f"{path}: cannot be read ({e.strerror or e})") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise PackageUnreadable(f"{path} line {line}: not valid UTF-8 (byte {e.start}); rebuild the package") from None
    try:
        desc = json.loads(text)
    except json.JSONDecodeError as e:
        raise PackageUnreadable(f"{path} line {e.lineno}: not valid JSON ({e.msg}); rebuild the package") from None
    if not isinstance(desc, dict):
        raise PackageUnreadable(
            f"{path}: holds a JSON {_json_kind(desc)}, not a descriptor object; rebuild the package"
        )
    resources = desc.get("resources")
    if not isinstance(resources, list) or not resources:
        raise PackageUnreadable(f"{path}: 'resources' must be a non-empty list; rebuild the package")
    for i, res in enumerate(resources):
        if not isinstance(res, dict):
            raise PackageUnreadable(f"{path}: resource {i + 1} is a JSON {_json_kind(res)}, not an object")
        name = res.get("name")
        if not isinstance(name, str) or not name:
            raise PackageUnreadable(f"{path}: resource {i + 1} has no name")
        if "path" not in res:
            raise PackageUnreadable(f"{path}: resource {name!r} has no path; every resource here is a file")
        safe_path(root, res["path"], f"{path}: resource {name!r}")
    return desc


def _json_kind(value: object) -> str:
    return {list: "list", str: "string", int: "number", float: "number", bool: "boolean"}.get(type(value), "null")


def safe_path(root: Path, rel: object, where: str) -> Path:
    """``root / rel`` when ``rel`` is a relative path that stays inside ``root`` (Frictionless refuses
    absolute paths, '..', '~' and variables for the same reason: a descriptor must not read other files)."""
    if not isinstance(rel, str) or not rel:
        raise PackageUnreadable(f"{where}: path must be one relative file path (a string), not {rel!r}")
    posix = PurePosixPath(rel.replace("\\", "/"))
    unsafe = (
        posix.is_absolute()
        or PureWindowsPath(rel).is_absolute()
        or bool(PureWindowsPath(rel).drive)
        or ".." in posix.parts
        or rel.startswith("~")
        or any(c in rel for c in "$%\x00")
        or "://" in rel
    )
    if unsafe:
        raise PackageUnreadable(f"{where}: unsafe path {rel!r}; paths must be relative and stay inside the package")
    full = root / rel
    try:
        inside = full.resolve().is_relative_to(root.resolve())
    except OSError:
        inside = False
    if not inside:
        raise PackageUnreadable(f"{where}: path {rel!r} leads outside the package folder (a symbolic link?)")
    return full


def read_file(root: Path, rel: str) -> bytes:
    path = root / rel
    if not path.is_file():
        raise PackageUnreadable(f"{path}: listed in datapackage.json but missing; rebuild the package")
    try:
        return path.read_bytes()
    except OSError as e:
        raise PackageUnreadable(f"{path}: cannot be read ({e.strerror or e})") from None


def facts(data: bytes) -> tuple[int, str]:
    """(bytes, "sha256:<hex>") as datapackage.json records them."""
    return len(data), f"sha256:{hashlib.sha256(data).hexdigest()}"


# --- CSV cells ---------------------------------------------------------------------------------


class CsvBroken(Exception):
    """A CSV file that cannot be split into rows and cells (message says where)."""


def read_csv_cells(data: bytes, table: Table, label: str) -> pa.Table:
    """Every cell of a CSV file as a string (empty cell: null), in file order. Blank lines are rows (of
    empty cells) so that they fail like any other empty row; a header different from the schema's
    columns, a row with too many or too few cells, and invalid UTF-8 raise CsvBroken."""
    names = table.field_names
    try:
        cells = pcsv.read_csv(
            io.BytesIO(data),
            read_options=pcsv.ReadOptions(block_size=1 << 24),
            parse_options=pcsv.ParseOptions(newlines_in_values=True, ignore_empty_lines=False),
            convert_options=pcsv.ConvertOptions(
                column_types=dict.fromkeys(names, pa.string()),
                strings_can_be_null=True,
                quoted_strings_can_be_null=True,
                null_values=[""],
                true_values=[],
                false_values=[],
                auto_dict_encode=False,
            ),
        )
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError) as e:
        raise CsvBroken(f"{label} {_locate_csv_error(data, len(names), str(e))}") from None
    if cells.column_names != names:
        raise CsvBroken(
            f"{label} line 1: header {cells.column_names} differs from the schema's columns {names}; rebuild"
        )
    return pa.table({n: one_array(cells.column(n)) for n in names})


def one_array(col: pa.ChunkedArray | pa.Array) -> pa.Array:
    """A column as one contiguous array (the checks below index rows across the whole column)."""
    if isinstance(col, pa.Array):
        return col
    return col.chunk(0) if col.num_chunks == 1 else col.combine_chunks()


def _locate_csv_error(data: bytes, width: int, arrow_message: str) -> str:
    """Where the file breaks, for the message (the slow path, run only on a broken file)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        return f"line {line}: not valid UTF-8 (byte {e.start}); rebuild the package"
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        for number, row in enumerate(reader):
            if len(row) != width:
                where = "the header" if number == 0 else f"data row {number}"
                return f"line {reader.line_num} ({where}): {len(row)} cells, the schema has {width} columns"
    except csv.Error as e:
        return f"line {reader.line_num}: {e}"
    return f": cannot be read as CSV ({arrow_message.splitlines()[0]})"


def typed_table(cells: pa.Table, table: Table, resource: str, problems: Problems) -> tuple[pa.Table, set[str]]:
    """The cells converted to the schema's Arrow types; a cell that does not parse is reported (with its
    row) and becomes null. Also returns the columns that had such cells."""
    schema = arrow_schema(table)
    columns, broken = [], set()
    for f in table.fields:
        strings = one_array(cells.column(f["name"]))
        typed, bad = convert(strings, f["type"])
        rows = true_rows(bad) if bad is not None else np.empty(0, dtype=np.int64)
        if len(rows):
            broken.add(f["name"])
            what = _WHAT[f["type"]]
            problems.rows(resource, f["name"], rows, lambda i, s=strings, w=what: f"{cell(s[i].as_py())} is not {w}")
        columns.append(typed)
    return pa.Table.from_arrays(columns, schema=schema.remove_metadata()), broken


def convert(strings: pa.Array, kind: str) -> tuple[pa.Array, pa.Array | None]:
    """(typed column, mask of non-empty cells that are not a value of the type)."""
    if kind == "string":
        return strings, None
    ok = pc.fill_null(pc.match_substring_regex(strings, _SHAPES[kind]), False)
    if kind == "date":
        ok = _real_dates(strings, ok)
    bad = pc.and_(pc.is_valid(strings), pc.invert(ok))
    kept = pc.if_else(ok, strings, pa.scalar(None, pa.string()))
    if kind == "boolean":
        typed = pc.equal(kept, "true")
    else:
        typed = pc.cast(kept, {"integer": pa.int64(), "number": pa.float64(), "date": pa.date32()}[kind])
    return typed, bad


def _real_dates(strings: pa.Array, shaped: pa.Array) -> pa.Array:
    """Shaped cells that name a real day (2025-02-30 and year 0 are not), checked on whole columns."""
    safe = pc.if_else(shaped, strings, "2000-01-01")

    def part(start: int, stop: int) -> np.ndarray:
        return pc.cast(pc.utf8_slice_codeunits(safe, start, stop), pa.int32()).to_numpy()

    year, month, day = part(0, 4), part(5, 7), part(8, 10)
    leap = ((year % 4 == 0) & (year % 100 != 0)) | (year % 400 == 0)
    valid_month = (month >= 1) & (month <= 12)
    days = _DAYS_IN_MONTH[np.where(valid_month, month, 0)] + ((month == 2) & leap)
    real = valid_month & (year >= 1) & (day >= 1) & (day <= days)
    return pc.and_(shaped, pa.array(real))

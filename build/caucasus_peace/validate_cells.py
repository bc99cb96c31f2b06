"""Checks of one table's cells, each over whole Arrow columns: required, enum, pattern (full match),
minimum/maximum, length, unique, primary key, and no control characters in text."""

from __future__ import annotations

import re

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from caucasus_peace.schema import Table
from caucasus_peace.validate_problems import Problems, cell, true_rows

# Every constraint a schema may use must be checked here; an unknown one is a problem, never skipped.
CHECKED_CONSTRAINTS = frozenset(
    {"required", "unique", "enum", "pattern", "minimum", "maximum", "minLength", "maxLength"}
)

# C0 control characters other than tab and line feed (carriage return included: the writer never
# produces one, and a spreadsheet or terminal shows it wrongly).
CONTROL = r"[\x00-\x08\x0b-\x1f]"


def check_cells(
    table: Table, data: pa.Table, cells: pa.Table, resource: str, problems: Problems, raw: bytes | None = None
) -> None:
    """``data``: the typed table; ``cells``: the same table as strings (for messages and text checks);
    ``raw``: the CSV file's bytes, when at hand (a file free of control bytes needs no cell-by-cell look)."""
    controls = raw is None or has_control_bytes(raw)
    required = set(table.primary_key)  # primary key columns are required, as the Table Schema says
    for f in table.fields:
        name, c = f["name"], f.get("constraints", {})
        col, text = data.column(name), cells.column(name)
        for key in sorted(set(c) - CHECKED_CONSTRAINTS):
            problems.add(f"{resource}: column {name}: constraint {key!r} is not checked by caucasus_peace.validate")
        if c.get("required") or name in required:
            problems.rows(resource, name, true_rows(pc.is_null(text)), lambda i: "empty, but the column is required")
        if "enum" in c:
            allowed = pa.array(c["enum"], type=col.type)
            bad = pc.and_(pc.is_valid(col), pc.invert(pc.is_in(col, value_set=allowed)))
            problems.rows(resource, name, true_rows(bad), lambda i, t=text: f"{cell(t[i].as_py())} is not in the enum")
        if "pattern" in c:
            bad = pc.invert(full_match(text, c["pattern"]))
            pat = c["pattern"]
            problems.rows(
                resource, name, true_rows(bad), lambda i, t=text, p=pat: f"{cell(t[i].as_py())} does not match {p!r}"
            )
        for key, op, word in (("minimum", pc.less, "below the minimum"), ("maximum", pc.greater, "above the maximum")):
            if key in c:
                bound = pa.scalar(c[key]).cast(col.type)
                problems.rows(
                    resource,
                    name,
                    true_rows(op(col, bound)),
                    lambda i, t=text, w=word, b=c[key]: f"{cell(t[i].as_py())} is {w} {b}",
                )
        for key, op in (("minLength", pc.less), ("maxLength", pc.greater)):
            if key in c:
                bad = op(pc.utf8_length(text), c[key])
                problems.rows(resource, name, true_rows(bad), lambda i, k=key, v=c[key]: f"length breaks {k} {v}")
        if c.get("unique"):
            report_duplicates(data, [name], resource, problems)
        if controls and pa.types.is_string(col.type):
            bad = pc.match_substring_regex(text, CONTROL)
            problems.rows(
                resource,
                name,
                true_rows(bad),
                lambda i, t=text: (
                    f"holds a control character ({_first_control(t[i].as_py())}); only tab and "
                    "line feed may appear in text"
                ),
            )
    if len(table.primary_key) > 1 or not table.field(table.primary_key[0]).get("constraints", {}).get("unique"):
        report_duplicates(data, table.primary_key, resource, problems, what="primary key")


def has_control_bytes(raw: bytes) -> bool:
    """Whether a UTF-8 file holds any C0 control byte other than tab and line feed (no multi-byte
    character contains a byte below 0x80, so a byte scan sees every such character)."""
    b = np.frombuffer(raw, dtype=np.uint8)
    low = b[b < 0x20]
    return bool(((low != 0x09) & (low != 0x0A)).any())


def full_match(strings: pa.Array, pattern: str) -> pa.Array:
    """True where the whole cell matches ``pattern`` (Frictionless anchors patterns at both ends); nulls
    count as matching. RE2 does the work; a pattern RE2 cannot compile falls back to Python's re."""
    try:
        matched = pc.match_substring_regex(strings, f"^(?:{pattern})$")
    except pa.ArrowInvalid:
        regex = re.compile(pattern)
        matched = pa.array([v is None or regex.fullmatch(v) is not None for v in strings.to_pylist()])
    return pc.fill_null(matched, True)


def _first_control(text: str) -> str:
    found = re.search(CONTROL, text)
    return f"U+{ord(found.group()):04X} at character {found.start()}" if found else "?"


def duplicate_rows(data: pa.Table, columns: list[str]) -> np.ndarray:
    """0-based rows whose key (all of ``columns``, none empty) already appeared in an earlier row."""
    if strictly_increasing(data, columns):  # the canonical order: no key can repeat, no hashing needed
        return np.empty(0, dtype=np.int64)
    keys = data.select(columns)
    keep = None
    for name in columns:
        valid = pc.is_valid(keys.column(name))
        keep = valid if keep is None else pc.and_(keep, valid)
    index = pa.array(np.arange(data.num_rows, dtype=np.int64))
    keys = keys.append_column("_row", index).filter(keep)
    groups = keys.group_by(columns, use_threads=False).aggregate([("_row", "min"), ("_row", "count")])
    if keys.num_rows == groups.num_rows:
        return np.empty(0, dtype=np.int64)
    first = groups.column("_row_min")
    later = pc.invert(pc.is_in(keys.column("_row"), value_set=first))
    return np.sort(keys.column("_row").filter(later).to_numpy())


def strictly_increasing(data: pa.Table, columns: list[str]) -> bool:
    """Whether the rows are in strictly increasing key order (compared column by column, as the build
    sorts them: strings by code point, which is UTF-8 byte order), with no empty key cell."""
    n = data.num_rows
    if n < 2:
        return all(data.column(c).null_count == 0 for c in columns)
    later: pa.Array | None = None  # row i+1 sorts after row i on the columns compared so far
    tied: pa.Array | None = None  # row i+1 equals row i on the columns compared so far
    for name in columns:
        col = data.column(name)
        if col.null_count:
            return False
        a, b = col.slice(0, n - 1), col.slice(1)
        gt, eq = pc.greater(b, a), pc.equal(b, a)
        later = gt if later is None else pc.or_(later, pc.and_(tied, gt))
        tied = eq if tied is None else pc.and_(tied, eq)
    return bool(pc.all(later).as_py())


def report_duplicates(
    data: pa.Table, columns: list[str], resource: str, problems: Problems, what: str = "unique"
) -> None:
    rows = duplicate_rows(data, columns)
    if len(rows) == 0:
        return
    cols = [data.column(c) for c in columns]

    def describe(i: int) -> str:
        key = ", ".join(cell(c[i].as_py()) for c in cols)
        return f"{key} repeats an earlier row ({what} must be unique)"

    problems.rows(resource, columns, rows, describe)

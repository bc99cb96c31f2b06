"""Rows to typed tables: sorting by primary key, Arrow tables, pandas frames and CSV cells.

Tables travel through the pipeline as lists of plain dicts keyed by column name. These helpers turn
them into the typed forms each output needs, always from the schema, so every output agrees.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from typing import Any

import pandas as pd
import pyarrow as pa

from caucasus_peace.schema import PANDAS_DTYPES, Table, arrow_schema

Rows = list[dict[str, Any]]

# entity_type -> (its detail table, that table's key); every entity also has a row in `entities`.
ENTITY_TABLES = {
    "person": ("people", "person_id"),
    "organization": ("organizations", "organization_id"),
    "place": ("places", "place_id"),
}


def _sort_key(value: Any) -> tuple[int, Any]:
    # None sorts first; mixed types never meet within one column.
    return (0, "") if value is None else (1, value)


def sort_rows(table: Table, rows: Iterable[dict[str, Any]]) -> Rows:
    """Rows restricted to the schema's columns and sorted by primary key: the canonical order."""
    names = table.field_names
    out = [{n: r.get(n) for n in names} for r in rows]
    key = table.primary_key
    out.sort(key=lambda r: tuple(_sort_key(r[k]) for k in key))
    return out


def to_arrow(table: Table, rows: Rows) -> pa.Table:
    """An Arrow table with the explicit schema of ``table`` (rows already in canonical order)."""
    schema = arrow_schema(table)
    columns = [pa.array([r[f.name] for r in rows], type=f.type) for f in schema]
    return pa.Table.from_arrays(columns, schema=schema)


def to_frame(table: Table, rows: Rows) -> pd.DataFrame:
    """A pandas frame with nullable dtypes; dates stay datetime.date objects."""
    data = {}
    for f in table.fields:
        values = [r.get(f["name"]) for r in rows]
        if f["type"] == "date":
            data[f["name"]] = pd.Series(values, dtype="object")
        else:
            data[f["name"]] = pd.Series(values, dtype=PANDAS_DTYPES[f["type"]])
    return pd.DataFrame(data, columns=table.field_names)


def csv_cell(value: Any) -> str:
    """One CSV cell, formatted the same way on every run and readable by frictionless."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)

"""Datasette 0.65 plugin of the caucasus-peace site, loaded with ``--plugins-dir`` (standalone: it needs
only Datasette, so the release ships it beside the database).

- Bounds what one query can allocate, on every connection: SQLite's length limit (no string or blob longer
  than ``max_value_bytes``, so ``select zeroblob(900000000)`` fails at once with "string or blob too big"
  instead of taking gigabytes: Datasette's time limit cannot interrupt one huge allocation), SQLite's
  column limit (``max_columns`` per result), and a budget of ``max_result_bytes`` for all the values one
  query returns (checked row by row as Datasette fetches them). With Datasette's ``max_returned_rows``
  these keep one request to a few hundred MB at worst.
- Shows boolean columns as true/false, as the CSV files do (SQLite stores them as 1/0).
- Links each value of a vocabulary column (``event_type``) to its row in the vocabulary table
  (``event_types``, with the CAMEO code).

Settings come from the ``caucasus-peace`` entry of the metadata's ``plugins`` (generated from schemas/).
"""

from __future__ import annotations

import sqlite3
import weakref
from collections.abc import Callable
from typing import Any

from datasette import hookimpl
from datasette.utils import tilde_encode
from markupsafe import Markup, escape

PLUGIN = "caucasus-peace"
DEFAULTS = {"max_value_bytes": 100_000, "max_columns": 100, "max_result_bytes": 10_000_000}


def _config(datasette) -> dict[str, Any]:
    return DEFAULTS | (datasette.plugin_config(PLUGIN) or {})


def budgeted_rows(budget: int) -> Callable[[sqlite3.Cursor, tuple], sqlite3.Row]:
    """A row factory that returns sqlite3.Row (as Datasette's does) and raises once the text and blob
    values fetched through one cursor exceed ``budget`` bytes."""
    spent: weakref.WeakKeyDictionary[sqlite3.Cursor, int] = weakref.WeakKeyDictionary()

    def factory(cursor: sqlite3.Cursor, row: tuple) -> sqlite3.Row:
        size = spent.get(cursor, 0) + 16 * len(row)
        size += sum(len(v) for v in row if isinstance(v, str | bytes))
        if size > budget:
            raise sqlite3.OperationalError(
                f"result too large: the values of this query exceed {budget:,} bytes; "
                "ask for fewer rows or columns, or shorter values"
            )
        spent[cursor] = size
        return sqlite3.Row(cursor, row)

    return factory


@hookimpl
def prepare_connection(conn: sqlite3.Connection, database: str, datasette) -> None:
    config = _config(datasette)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, int(config["max_value_bytes"]))
    conn.setlimit(sqlite3.SQLITE_LIMIT_COLUMN, int(config["max_columns"]))
    conn.row_factory = budgeted_rows(int(config["max_result_bytes"]))


@hookimpl
def render_cell(row, value, column: str, table: str | None, database: str, datasette):
    config = _config(datasette)
    if column in config.get("boolean_columns", ()) and isinstance(value, int) and value in (0, 1):
        return "true" if value else "false"
    target = config.get("links", {}).get(column)
    if target and table != target and isinstance(value, str) and value:
        url = datasette.urls.row(database, target, tilde_encode(value))
        return Markup(f'<a href="{escape(url)}">{escape(value)}</a>')
    return None

"""Datasette 0.65 plugin of the caucasus-peace site, loaded with ``--plugins-dir`` (standalone: it needs
only Datasette, so the release ships it beside the database).

- Bounds what one query can allocate, on every connection: SQLite's length limit (no string or blob longer
  than ``max_value_bytes``, so ``select zeroblob(900000000)`` fails at once with "string or blob too big"
  instead of taking gigabytes: Datasette's time limit cannot interrupt one huge allocation), SQLite's
  column limit (``max_columns`` per result), and a budget of ``max_result_bytes`` for all the values one
  query returns (checked row by row as Datasette fetches them). With Datasette's ``max_returned_rows``
  these keep one request to a few hundred MB at worst.
- ``printf``/``format`` refuse a width or precision beyond the length limit: SQLite (3.40) keeps looping
  over ``printf('%.*c', 900000000, 'x')`` for seconds after giving up on the result, out of reach of
  the time limit. Other calls go to SQLite's own printf.
- Shows boolean columns as true/false, as the CSV files do (SQLite stores them as 1/0).
- Links each value of a vocabulary column (``event_type``) to its row in the vocabulary table
  (``event_types``, with the CAMEO code).

Settings come from the ``caucasus-peace`` entry of the metadata's ``plugins`` (generated from schemas/).
"""

from __future__ import annotations

import re
import sqlite3
import threading
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


# One conversion of SQLite's printf: flags, width, precision (a number or * for the next argument),
# length modifiers and the conversion character.
_SPEC = re.compile(r"%[-+ 0#,!]*(\*|\d+)?(?:\.(\*|\d+))?(?:ll|l)?([a-zA-Z%])?")


def _widths(fmt: str, args: tuple) -> list[int]:
    """Every width and precision a printf format asks for, * taken from the arguments in order."""
    sizes, index = [], 0
    for width, precision, conversion in _SPEC.findall(fmt):
        for part in (width, precision):
            if part == "*":
                value = args[index] if index < len(args) else 0
                index += 1
                try:
                    sizes.append(abs(int(value)))
                except (TypeError, ValueError):
                    sizes.append(0)
            elif part:
                sizes.append(int(part))
        if conversion and conversion != "%":
            index += 1
    return sizes


def guarded_printf(limit: int) -> Callable[..., Any]:
    """printf() that refuses widths and precisions over ``limit`` and hands the rest to SQLite's own
    printf, on a private in-memory connection per thread (the overridden name cannot reach it)."""
    local = threading.local()

    def printf(fmt: Any = None, *args: Any) -> Any:
        if isinstance(fmt, str) and any(size > limit for size in _widths(fmt, args)):
            # One byte over the limit: SQLite itself then fails the query with "string or blob too big",
            # the same message as for any other oversized value (an exception here would only say
            # "user-defined function raised exception").
            return "x" * (limit + 1)
        plain = getattr(local, "connection", None)
        if plain is None:
            plain = local.connection = sqlite3.connect(":memory:")
            plain.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, limit)
        placeholders = ", ".join("?" for _ in range(1 + len(args)))
        return plain.execute(f"select printf({placeholders})", (fmt, *args)).fetchone()[0]

    return printf


@hookimpl
def prepare_connection(conn: sqlite3.Connection, database: str, datasette) -> None:
    config = _config(datasette)
    limit = int(config["max_value_bytes"])
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, limit)
    conn.setlimit(sqlite3.SQLITE_LIMIT_COLUMN, int(config["max_columns"]))
    conn.row_factory = budgeted_rows(int(config["max_result_bytes"]))
    printf = guarded_printf(limit)
    for name in ("printf", "format"):
        conn.create_function(name, -1, printf, deterministic=True)


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

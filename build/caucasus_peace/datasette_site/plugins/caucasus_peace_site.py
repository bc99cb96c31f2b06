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
- Admits at most ``max_concurrent_requests`` requests at a time, the others waiting in arrival order. Without
  it, under many concurrent clients every request's queries interleave in Datasette's SQL threads, so all
  requests slow down together and time out together; with it, each runs at full speed once admitted and
  the wait grows with the queue, not the other way round. It also bounds the memory of requests in flight.
- Counts each table of an immutable database once at start-up and gives the counts to Datasette as
  inspect data (as ``datasette inspect`` would), so that a table page shows its cached count instead of
  counting millions of rows on every visit (Datasette 0.65 counts at start-up but reads only inspect data
  on table pages).
- Facets of type ``counted`` (the metadata's facets of the big tables): a column facet that reads its counts
  from the ``facet_counts`` table written at build time when the page shows the whole table or the rows
  with one value of a column (``?status=planned``), and counts the rows like Datasette's column facet for
  any other filter. At 100,000 articles counting a facet takes seconds; reading it takes a millisecond.

Settings come from the ``caucasus-peace`` entry of the metadata's ``plugins`` (generated from schemas/).
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
import threading
import weakref
from collections.abc import Callable
from typing import Any

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import ColumnFacet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args, tilde_encode
from markupsafe import Markup, escape

PLUGIN = "caucasus-peace"
DEFAULTS = {
    "max_value_bytes": 100_000,
    "max_columns": 100,
    "max_result_bytes": 10_000_000,
    "max_concurrent_requests": 0,
}


_CONFIGS: weakref.WeakKeyDictionary[Any, dict[str, Any]] = weakref.WeakKeyDictionary()


def _config(datasette) -> dict[str, Any]:
    # Read once per Datasette instance: render_cell runs for every cell of every page, and Datasette's
    # plugin_config walks the whole metadata each time (a fifth of a table page's time).
    config = _CONFIGS.get(datasette)
    if config is None:
        config = _CONFIGS[datasette] = DEFAULTS | (datasette.plugin_config(PLUGIN) or {})
    return config


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


FACET_COUNTS = "facet_counts"
# The rows of a table page, as Datasette's table view writes them: the whole table, or one exact filter.
_TABLE_SQL = re.compile(r'select .+ from (?P<table>\S+)\s*(?:where "(?P<column>[^"]+)" = :p0\s*)?', re.S)


def precomputed_filter(sql: str, params: dict, table: str) -> tuple[str, Any] | None:
    """("", "") for the whole table, (column, value) for one exact filter, None for anything else."""
    m = _TABLE_SQL.fullmatch(sql.strip())
    if m is None or m["table"] not in (table, escape_sqlite(table)):
        return None
    if m["column"] is None:
        return ("", "") if not params else None
    return (m["column"], params["p0"]) if set(params) == {"p0"} else None


class CountedFacet(ColumnFacet):
    """A column facet answered from ``facet_counts`` where it holds the counts (see the module docstring)."""

    type = "counted"

    async def facet_results(self):
        where = precomputed_filter(self.sql, dict(self.params or {}), self.table) if self.table else None
        if where is None or not await self._has_counts():
            return await super().facet_results()
        results, timed_out = [], []
        qs_pairs = self.get_querystring_pairs()
        facet_size = self.get_facet_size()
        for source_and_config in self.get_configs():
            config, source = source_and_config["config"], source_and_config["source"]
            column = config.get("column") or config["simple"]
            try:
                rows = await self._counts(column, where, facet_size + 1)
            except QueryInterrupted:
                timed_out.append(column)
                continue
            if rows is None:  # not precomputed for this filter: count the rows
                rows = await self._count_rows(column, facet_size + 1)
                if rows is None:
                    timed_out.append(column)
                    continue
            results.append(await self._result(column, source, rows, facet_size, qs_pairs))
        return results, timed_out

    async def _has_counts(self) -> bool:
        db = self.ds.get_database(self.database)
        return FACET_COUNTS in await db.table_names()

    async def _counts(self, column: str, where: tuple[str, Any], limit: int) -> list[tuple[Any, int]] | None:
        filter_column, filter_value = where
        args = [self.table, filter_column, filter_value, column]
        known = await self.ds.execute(
            self.database,
            f"select count(*) from {FACET_COUNTS} where table_name = ? and filter_column = ? and column_name = ?",
            [self.table, filter_column, column],
        )
        if not known.rows[0][0]:
            return None  # this table, filter column and facet were not precomputed
        found = await self.ds.execute(
            self.database,
            f"select value, n_rows from {FACET_COUNTS} where table_name = ? and filter_column = ? "
            "and filter_value = ? and column_name = ? order by rank limit ?",
            [*args, limit],
        )
        return [(r[0], r[1]) for r in found.rows]

    async def _count_rows(self, column: str, limit: int) -> list[tuple[Any, int]] | None:
        col = escape_sqlite(column)
        try:
            found = await self.ds.execute(
                self.database,
                f"select {col} as value, count(*) as count from ({self.sql}) where {col} is not null "
                f"group by {col} order by count desc, value limit {limit}",
                self.params,
                truncate=False,
                custom_time_limit=self.ds.setting("facet_time_limit_ms"),
            )
        except QueryInterrupted:
            return None
        return [(r[0], r[1]) for r in found.rows]

    async def _result(self, column: str, source: str, rows: list, facet_size: int, qs_pairs) -> dict[str, Any]:
        # The same entry as Datasette's column facet builds, from (value, count) pairs.
        shown = rows[:facet_size]
        expanded = await self.ds.expand_foreign_keys(self.database, self.table, column, [v for v, _ in shown])
        values = []
        for value, count in shown:
            column_qs = f"{column}__exact" if column.startswith("_") else column
            selected = (column_qs, str(value)) in qs_pairs
            if selected:
                toggle_path = path_with_removed_args(self.request, {column_qs: str(value)})
            else:
                toggle_path = path_with_added_args(self.request, {column_qs: value})
            values.append(
                {
                    "value": value,
                    "label": expanded.get((column, value), value),
                    "count": count,
                    "toggle_url": self.ds.absolute_url(self.request, self.ds.urls.path(toggle_path)),
                    "selected": selected,
                }
            )
        return {
            "name": column,
            "type": self.type,
            "hideable": source != "metadata",
            "toggle_url": self.ds.urls.path(path_with_removed_args(self.request, {"_facet": column})),
            "results": values,
            "truncated": len(rows) > facet_size,
        }


@hookimpl
def register_facet_classes():
    return [CountedFacet]


def admission(app, limit: int):
    """ASGI middleware: at most ``limit`` HTTP requests inside ``app`` at once, the rest queued in order
    (asyncio.Semaphore wakes waiters first in, first out). 0: no limit."""
    if limit <= 0:
        return app
    gate: dict[int, asyncio.Semaphore] = {}

    async def wrapped(scope, receive, send):
        if scope["type"] != "http":
            return await app(scope, receive, send)
        loop = id(asyncio.get_running_loop())
        semaphore = gate.setdefault(loop, asyncio.Semaphore(limit))
        async with semaphore:
            return await app(scope, receive, send)

    return wrapped


@hookimpl
def asgi_wrapper(datasette):
    limit = int(_config(datasette)["max_concurrent_requests"])
    return lambda app: admission(app, limit)


@hookimpl
def startup(datasette):
    async def count_tables() -> None:
        if datasette.inspect_data is not None:
            return  # an inspect file given on the command line
        inspect = {}
        for name, db in datasette.databases.items():
            if db.is_mutable or db.is_memory:
                continue
            counts = await db.table_counts(limit=3_600_000)  # cached: Datasette's own start-up count
            inspect[name] = {
                "hash": None,  # as without inspect data until asked for: Datasette 0.65 shows it nowhere
                "size": db.size,
                "file": db.path,
                "tables": {t: {"count": n} for t, n in counts.items() if n is not None},
            }
        datasette.inspect_data = inspect or None

    return count_tables

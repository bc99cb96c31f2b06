"""The Datasette site stays fast at 100,000 articles: indexes, precomputed counts and query plans.

Timings are measured by bench/bench_serve.py (README), never asserted here. What is asserted: the derived
tables and every index generated from schemas/ exist in a built database, the canned queries work on it, the
precomputed facets equal the counts Datasette makes itself, and no query the site runs on every visit
(canned queries, table pages, pages filtered on a facet value) reads a whole large table: SQLite's plan has
no full SCAN of one, and an index scan only where the rows come out in the order asked (no sort of the
whole table), so that Datasette stops after a page. Without ANALYZE statistics SQLite's plans do not depend
on the number of rows, so the seeds database shows the plans of a big one; a small synthetic database
(bench/big_database.py) is checked too.
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest

from caucasus_peace.paths import DATABASE_NAME, REPO_ROOT
from caucasus_peace.schema import load_package, sqlite_index_ddl, sqlite_indexes, sqlite_statements
from caucasus_peace.serve import SETTINGS, make_datasette
from caucasus_peace.site import (
    CO_PARTICIPANTS,
    ENTITY_EVENTS,
    EVENT_COUNTS_BY_MONTH,
    FACET_COUNT_LIMIT,
    FACET_COUNTS,
    QUERIES,
    SEARCH_EXAMPLES,
    facet_count_specs,
)

PACKAGE = load_package()
DB = DATABASE_NAME
LARGE = {"events", "mentions", "event_sources", "event_participants", "quantities", "time_expressions", "sentences"}
DERIVED = (EVENT_COUNTS_BY_MONTH, FACET_COUNTS, ENTITY_EVENTS, CO_PARTICIPANTS)


def get(ds, path: str):
    return asyncio.run(ds.client.get(path))


def db_path(built: Path) -> Path:
    return built / "data" / f"{DB}.db"


@pytest.fixture(scope="module")
def ds(built: Path):
    return make_datasette(built)


@pytest.fixture(scope="module")
def synthetic(built: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    sys.path.insert(0, str(REPO_ROOT / "bench"))
    import big_database

    out = tmp_path_factory.mktemp("big") / f"{DB}.db"
    big_database.build(out, db_path(built), 60, pool_size=200)
    return out


def _params(con: sqlite3.Connection, names: list[str]) -> dict[str, Any]:
    values = {
        "entity_id": con.execute("select entity_id from entities order by n_mentions desc limit 1").fetchone()[0],
        "source_id": con.execute("select source_id from sources limit 1").fetchone()[0],
        "status": "",
        "q": SEARCH_EXAMPLES[0],
    }
    return {n: values[n] for n in names}


def _aliases(sql: str) -> dict[str, str]:
    """alias -> table for every table in a FROM or JOIN clause (a table is its own alias)."""
    out = {}
    for table, alias in re.findall(
        r"(?:from|join)\s+\"?(\w+)\"?(?:\s+(?:as\s+)?(?!on\b|where\b|order\b|join\b|cross\b|left\b)(\w+))?", sql, re.I
    ):
        out[table] = table
        if alias:
            out[alias] = table
    return out


def full_reads(con: sqlite3.Connection, sql: str, params: dict[str, Any] | list) -> list[str]:
    """Lines of the plan that read a whole large table: a plain SCAN, or an index SCAN in a plan that then
    sorts (so every row is read before the first is returned)."""
    plan = [row[3] for row in con.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
    aliases = _aliases(sql)
    sorts = any(re.search(r"TEMP B-TREE FOR (ORDER BY|GROUP BY)", line) for line in plan)
    bad = []
    for line in plan:
        m = re.match(r"SCAN (\w+)( USING (COVERING )?INDEX \w+)?", line)
        if m and aliases.get(m[1], m[1]) in LARGE and (m[2] is None or sorts):
            bad.append(line + ("  (then sorted)" if m[2] else ""))
    return bad


# --- what the build writes -----------------------------------------------------------------------------


def test_derived_tables_and_generated_indexes_exist(built: Path) -> None:
    con = sqlite3.connect(db_path(built))
    names = {r[0] for r in con.execute("select name from sqlite_master where type = 'table'")}
    assert set(DERIVED) <= names
    found = {
        r[0]: r[1] for r in con.execute("select name, sql from sqlite_master where type = 'index' and sql is not null")
    }
    for table in PACKAGE.tables.values():
        for statement in sqlite_statements(sqlite_index_ddl(table)):
            name = re.match(r'CREATE INDEX "(\w+)"', statement)[1]
            assert found.get(name) == statement, f"{name}: not as generated from schemas/{table.name}.schema.yaml"
    generated = {n for t in PACKAGE.tables.values() for n, _ in sqlite_indexes(t)}
    stray = {n for n in found if n.startswith("idx_") and n.split("_")[1] in PACKAGE.tables} - generated
    assert not stray, f"indexes of contract tables not generated from schemas/: {stray}"


def test_every_index_term_is_a_column_or_an_expression_of_columns() -> None:
    for table in PACKAGE.tables.values():
        fields = set(table.field_names)
        for name, terms in sqlite_indexes(table):
            for term in terms:
                words = set(re.findall(r"\b[a-z_]+\b", re.sub(r"'[^']*'", "", term)))
                assert term in fields or words & fields, f"{name}: {term!r} names no column of {table.name}"


def test_facet_size_covers_the_largest_facet_datasette_shows() -> None:
    assert SETTINGS["max_returned_rows"] + 1 == FACET_COUNT_LIMIT


def test_events_per_month_counts_equal_grouping_the_events(built: Path) -> None:
    con = sqlite3.connect(db_path(built))
    live = con.execute(
        "select substr(date_start, 1, 7) as month, event_type, count(*) from events where date_start is not null "
        "group by month, event_type order by month, event_type"
    ).fetchall()
    assert live and con.execute(QUERIES["events_per_month"]["sql"]).fetchall() == live


def test_entity_tables_equal_the_participants(built: Path) -> None:
    con = sqlite3.connect(db_path(built))
    assert sorted(con.execute(f"select entity_id, event_id, role from {ENTITY_EVENTS}")) == sorted(
        con.execute("select entity_id, event_id, role from event_participants")
    )
    pairs = con.execute(
        "select me.entity_id, o.entity_id, count(distinct me.event_id) from event_participants me "
        "join event_participants o on o.event_id = me.event_id and o.entity_id <> me.entity_id group by 1, 2"
    ).fetchall()
    assert sorted(con.execute(f"select entity_id, other_id, n_events from {CO_PARTICIPANTS}")) == sorted(pairs)


# --- the site on the seeds database --------------------------------------------------------------------


def _facets(ds, path: str) -> dict[str, list[tuple[Any, int]]]:
    response = get(ds, path)
    assert response.status_code == 200, path
    data = response.json()
    assert not data.get("facets_timed_out")
    return {k: [(r["value"], r["count"]) for r in v["results"]] for k, v in data["facet_results"].items()}


def test_precomputed_facets_equal_the_counts_datasette_makes(ds, built: Path) -> None:
    """The counted facets (read from facet_counts) against Datasette's own column facets (?_facet=)."""
    con = sqlite3.connect(db_path(built))
    checked = 0
    for table, facets, filters in facet_count_specs(PACKAGE.tables):
        pages = [""]
        for column in filters:
            value = con.execute(f'select "{column}" from "{table}" group by 1 order by count(*) desc').fetchone()
            if value:
                pages.append(f"{column}={value[0]}")
        for page in pages:
            live = "&".join(f"_facet={c}" for c in facets)
            sep = "&" if page else ""
            counted = _facets(ds, f"/{DB}/{table}.json?{page}{sep}_facet_size=max")
            plain = _facets(ds, f"/{DB}/{table}.json?{page}{sep}{live}&_facet_size=max")
            for column in facets:
                # Datasette names the column facet {column}_2: the counted facet already has the name.
                assert counted[column] == plain[f"{column}_2"], f"{table}?{page}: {column}"
                checked += 1
    assert checked > 20


def test_canned_queries_answer_on_the_seeds_database(ds, built: Path) -> None:
    con = sqlite3.connect(db_path(built))
    for name, query in QUERIES.items():
        params = _params(con, query.get("params", []))
        qs = "&".join(f"{k}={v}" for k, v in params.items())
        response = get(ds, f"/{DB}/{name}.json?_shape=array&{qs}")
        assert response.status_code == 200, f"{name}: {response.text[:300]}"
        assert name == "disputed_figures" or response.json(), f"{name}: no rows"


# --- query plans ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("which", ["seeds", "synthetic"])
def test_no_canned_query_reads_a_whole_large_table(which: str, built: Path, request) -> None:
    path = db_path(built) if which == "seeds" else request.getfixturevalue("synthetic")
    con = sqlite3.connect(path)
    problems = {}
    for name, query in QUERIES.items():
        bad = full_reads(con, query["sql"], _params(con, query.get("params", [])))
        if bad:
            problems[name] = bad
    assert not problems


def test_no_table_page_or_facet_page_reads_a_whole_large_table(ds, built: Path) -> None:
    """The SQL Datasette runs for each table's page and for the page filtered on each facet column."""
    con = sqlite3.connect(db_path(built))
    problems, checked = {}, 0
    for table, facets, _ in facet_count_specs(PACKAGE.tables):
        if table not in LARGE:
            continue
        for column in [None, *facets]:
            page = f"/{DB}/{table}.json"
            if column:
                value = con.execute(f'select "{column}" from "{table}" limit 1').fetchone()[0]
                page += f"?{column}={value}"
            query = get(ds, page).json()["query"]
            bad = full_reads(con, query["sql"], query["params"])
            checked += 1
            if bad:
                problems[page] = bad
    assert checked > 15 and not problems


# --- admission control of the site plugin -----------------------------------------------------------------


def _plugin():
    import importlib.util

    from caucasus_peace.serve import PLUGINS_DIR

    spec = importlib.util.spec_from_file_location("caucasus_peace_site", PLUGINS_DIR / "caucasus_peace_site.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_admission_lets_in_at_most_the_limit_in_arrival_order() -> None:
    inside, most, finished = 0, 0, []

    async def app(scope, receive, send):
        nonlocal inside, most
        inside += 1
        most = max(most, inside)
        await asyncio.sleep(0.01)
        inside -= 1
        finished.append(scope["path"])

    wrapped = _plugin().admission(app, 2)

    async def run() -> None:
        await asyncio.gather(*(wrapped({"type": "http", "path": str(k)}, None, None) for k in range(8)))

    asyncio.run(run())
    assert most == 2 and finished == [str(k) for k in range(8)]


def test_admission_with_no_limit_is_the_app_itself() -> None:
    async def app(scope, receive, send):
        return None

    assert _plugin().admission(app, 0) is app


def test_table_counts_are_counted_once_and_given_to_datasette(built: Path) -> None:
    ds = make_datasette(built)
    assert get(ds, f"/{DB}/mentions").status_code == 200
    con = sqlite3.connect(db_path(built))
    counts = ds.inspect_data[DB]["tables"]
    for table in PACKAGE.tables:
        assert counts[table]["count"] == con.execute(f'select count(*) from "{table}"').fetchone()[0]
    assert get(ds, "/-/databases.json").status_code == 200

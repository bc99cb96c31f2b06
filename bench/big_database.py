"""A Datasette database the size of a 100,000-article corpus, synthesised in a few minutes (not a test).

    python bench/big_database.py OUT.db --articles 100000

It does NOT run extraction: it clones the rows of the committed seeds package (data/caucasus_peace.db,
built by `caucasus-peace build`) in SQL, so each table has the per-article row rates and the value
distributions of real extracted output, and it gives the database the same tables, indexes, derived
tables and full-text indexes as `caucasus-peace build` (the same functions write them). How rows are cloned:

- article i (1..N) copies seed article i mod S (S seed articles) under a new source_id, published on a date
  spread over seven years; its mentions, time expressions, figures and event passages come along with new
  IDs and shifted dates;
- articles come in groups of 3*S: the three copies of one seed article in a group report the same events
  (3 articles per event, as merging gives), so events, their participants and the figures' event links are
  cloned once per group;
- every seed entity stays, so a few of them gather millions of mentions as real countries and leaders do,
  and gets VARIANTS discovered look-alikes (name and ID suffixed, not curated) that one clone in four names
  instead: a long tail of rarely mentioned entities;
- sentences (for full-text search) are drawn from a pool of varied news sentences made by bench/corpus.py,
  about as many per article as the seed articles have; they do not match the cloned offsets (nothing in the
  site needs them to).

The review tables are left empty (they list what curators should look at, not what a scale test needs).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus

from caucasus_peace.paths import DATA_DIRNAME, DATABASE_FILE, REPO_ROOT
from caucasus_peace.review.database import DDL as REVIEW_DDL
from caucasus_peace.schema import load_package, sqlite_statements, sqlite_table_ddl
from caucasus_peace.site import (
    EVENT_TYPES,
    EVENT_TYPES_DDL,
    SENTENCES,
    SENTENCES_DDL,
    add_fts_indexes,
    event_type_rows,
)
from caucasus_peace.write import add_site_tables, create_indexes, dependency_order

DAYS = 7 * 365  # publication dates spread over seven years
VARIANTS = 500  # entities per discovered seed entity


def sentence_pool(size: int, seed: int = 7) -> list[str]:
    """``size`` varied news sentences from the benchmark corpus generator (deterministic)."""
    rng = random.Random(f"big-database:{seed}")
    vocab = corpus.load_vocabulary()
    out: list[str] = []
    while len(out) < size:
        filler = corpus.Filler(rng, vocab)  # a new cast of people and places every 20 sentences
        out += [corpus._sentence(filler, rng) for _ in range(20)]
    return out[:size]


def _entity(col: str, salt: str) -> str:
    """SQL: the entity ID ``col`` as cloned: one clone in four names a discovered look-alike instead."""
    return f"CASE WHEN ({salt}) % 4 = 0 THEN {col} || '-v' || ((({salt}) / 4) % {VARIANTS}) ELSE {col} END"


def _shift(col: str, days: str) -> str:
    return f"date({col}, ({days}) || ' days')"


def clone_sql(n_seeds: int) -> dict[str, str]:
    """For each contract table, the SELECT that clones its seed rows (column order of the schema)."""
    group = 3 * n_seeds
    # Every clone of seed article a.t: a.i (1..N), its group a.g and its date shift a.d.
    return {
        "sources": "SELECT a.sid, s.publisher, " + _shift("s.published", "a.d") + ", s.published_note, "
        "s.url || '#' || a.i, s.byline, s.title, s.n_chars, printf('%064x', a.i) "
        "FROM arts a JOIN seed.sources s ON s.rowid = a.t ORDER BY a.i",
        "entities": "SELECT * FROM seed.entities UNION ALL SELECT entity_id || '-v' || v.n, entity_type, "
        "name || ' ' || v.n, 0, n_mentions, n_sources FROM seed.entities JOIN variants v",
        **{
            t: f"SELECT * FROM seed.{t} UNION ALL SELECT {key} || '-v' || v.n, x.name || ' ' || v.n, {rest} "
            f"FROM seed.{t} x JOIN variants v"
            for t, key, rest in (
                ("people", "person_id", "description, country, wikidata_id, 0, n_mentions, n_sources"),
                (
                    "organizations",
                    "organization_id",
                    "kind, description, country, wikidata_id, 0, n_mentions, n_sources",
                ),
                (
                    "places",
                    "place_id",
                    "kind, alt_names, country, latitude, longitude, wikidata_id, 0, n_mentions, n_sources",
                ),
            )
        },
        "mentions": f"SELECT x.mention_id || '-' || a.i, a.sid, {_entity('x.entity_id', 'a.i')}, x.entity_type, "
        "x.char_start, x.char_end, x.text, x.match_method "
        "FROM arts a JOIN seed.sources s ON s.rowid = a.t JOIN seed.mentions x ON x.source_id = s.source_id "
        "ORDER BY a.i, x.rowid",
        "events": "SELECT x.event_id || '-' || g.g, x.event_type, x.cameo_code, x.title, "
        + _shift("x.date_start", "g.d")
        + ", "
        + _shift("x.date_end", "g.d")
        + f", x.date_precision, x.date_edtf, x.status, {_entity('x.place_id', 'g.g')}, x.extraction_method, "
        "x.n_sources FROM groups g JOIN seed.events x ORDER BY g.g, x.rowid",
        "event_participants": f"SELECT x.event_id || '-' || g.g, {_entity('x.entity_id', 'g.g')}, x.entity_type, "
        "x.role FROM groups g JOIN seed.event_participants x ORDER BY g.g, x.rowid",
        "event_sources": "SELECT x.event_id || '-' || a.g, a.sid, x.char_start, x.char_end, x.quote, x.status, "
        + _shift("x.passage_date_start", "a.d")
        + ", "
        + _shift("x.passage_date_end", "a.d")
        + ", x.extraction_method, x.merge_score "
        "FROM arts a JOIN seed.sources s ON s.rowid = a.t JOIN seed.event_sources x ON x.source_id = s.source_id "
        "ORDER BY a.i, x.rowid",
        "quantities": "SELECT x.quantity_id || '-' || a.i, a.sid, x.event_id || '-' || a.g, x.char_start, "
        "x.char_end, x.text, x.value, x.value_low, x.value_high, x.unit, x.qualifier, x.measure, x.counted, "
        "x.attributed_to "
        "FROM arts a JOIN seed.sources s ON s.rowid = a.t JOIN seed.quantities x ON x.source_id = s.source_id "
        "ORDER BY a.i, x.rowid",
        "time_expressions": "SELECT a.sid, x.char_start, x.char_end, x.text, x.phrase_kind, "
        + _shift("x.date_start", "a.d")
        + ", "
        + _shift("x.date_end", "a.d")
        + ", x.date_precision, x.date_edtf, x.is_anchor_uncertain "
        "FROM arts a JOIN seed.sources s ON s.rowid = a.t JOIN seed.time_expressions x ON x.source_id = s.source_id "
        "ORDER BY a.i, x.rowid",
    } | {"_group": str(group)}


def build(out: Path, seed_db: Path, n_articles: int, pool_size: int = 30_000) -> dict[str, int]:
    """Write the synthetic database to ``out``; return the row count of every table."""
    package = load_package()
    out.unlink(missing_ok=True)
    con = sqlite3.connect(out)
    con.execute("PRAGMA journal_mode = OFF")
    con.execute("PRAGMA synchronous = OFF")
    con.execute("PRAGMA cache_size = -1000000")  # 1 GB of page cache for the index sorts
    con.execute("ATTACH ? AS seed", (f"file:{seed_db}?mode=ro",))
    n_seeds = con.execute("SELECT count(*) FROM seed.sources").fetchone()[0]
    n_sentences = con.execute("SELECT count(*) FROM seed.sentences").fetchone()[0]
    per_article = max(1, round(n_sentences / n_seeds))
    sql = clone_sql(n_seeds)
    group = int(sql.pop("_group"))
    con.execute("BEGIN")
    con.execute("CREATE TEMP TABLE arts (i INTEGER PRIMARY KEY, sid TEXT, t INTEGER, g INTEGER, d INTEGER)")
    con.executemany(
        "INSERT INTO arts VALUES (?, ?, ?, ?, ?)",
        (
            (i, f"big_{i:07d}", (i - 1) % n_seeds + 1, (i - 1) // group, -((i * 7919) % DAYS))
            for i in range(1, n_articles + 1)
        ),
    )
    con.execute("CREATE TEMP TABLE groups AS SELECT g, min(d) AS d FROM arts GROUP BY g")
    con.execute("CREATE TEMP TABLE variants (n INTEGER PRIMARY KEY)")
    con.executemany("INSERT INTO variants VALUES (?)", ((n,) for n in range(VARIANTS)))
    for name in dependency_order(package):
        for statement in sqlite_statements(sqlite_table_ddl(package.tables[name])):
            con.execute(statement)
        con.execute(f'INSERT INTO "{name}" {sql[name]}')
    counts = dict(con.execute('SELECT event_type, count(*) FROM "events" GROUP BY event_type').fetchall())
    con.execute(EVENT_TYPES_DDL)
    from caucasus_peace.schema import cameo_codes

    con.executemany(f'INSERT INTO "{EVENT_TYPES}" VALUES (?, ?, ?, ?)', event_type_rows(cameo_codes(), counts))
    con.execute(SENTENCES_DDL)
    pool = sentence_pool(pool_size)

    def sentences():
        for i in range(1, n_articles + 1):
            pos = 0
            for no in range(1, per_article + 1):
                text = pool[(i * 7919 + no * 104729) % len(pool)]
                yield (f"big_{i:07d}", no, pos, pos + len(text), text)
                pos += len(text) + 1

    con.executemany(f'INSERT INTO "{SENTENCES}" VALUES (?, ?, ?, ?, ?)', sentences())
    add_fts_indexes(con)
    for statement in sqlite_statements(REVIEW_DDL):
        con.execute(statement)
    create_indexes(con, package)
    add_site_tables(con)
    con.commit()
    names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    rows = {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names if "_fts" not in n}
    con.execute("DETACH seed")
    con.close()
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="the database to write (replaced)")
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument(
        "--seed-db",
        type=Path,
        default=REPO_ROOT / DATA_DIRNAME / DATABASE_FILE,
        help="the seeds database to clone (default: the package's; run `caucasus-peace build` first)",
    )
    args = ap.parse_args()
    if not args.seed_db.is_file():
        sys.exit(f"error: {args.seed_db}: missing; run `caucasus-peace build` first")
    t0 = time.perf_counter()
    rows = build(args.out, args.seed_db.resolve(), args.articles)
    took = time.perf_counter() - t0
    for name, n in rows.items():
        print(f"{name:28} {n:>12,}")
    size = args.out.stat().st_size
    print(f"{args.articles:,} articles: {size / 2**30:.2f} GiB in {took:.0f} s -> {args.out}")


if __name__ == "__main__":
    main()

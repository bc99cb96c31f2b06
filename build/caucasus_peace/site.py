"""The Datasette site beyond the contract tables: full-text search, canned queries and plugin settings.

The search tables (``sentences`` and the FTS5 indexes) are derived at build time and live only in the
SQLite database: they are not part of the published contract (datapackage.json, CSV, Parquet). They are
written in a fixed order, so the database stays byte-identical across builds.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from caucasus_peace.events.lexicon import GATHERINGS
from caucasus_peace.extract.sentences import sentence_spans
from caucasus_peace.paths import DATABASE_NAME
from caucasus_peace.review.database import METADATA as REVIEW_METADATA

Span = tuple[int, int]

SENTENCES = "sentences"
# (FTS table, content table, indexed columns, tokenizer). Porter stemming for prose ("met" is not
# "meeting", but "talks" finds "talk"); names keep their exact words, with diacritics folded.
FTS_TABLES: tuple[tuple[str, str, tuple[str, ...], str], ...] = (
    ("sentences_fts", SENTENCES, ("text",), "porter unicode61 remove_diacritics 2"),
    ("entities_fts", "entities", ("name",), "unicode61 remove_diacritics 2"),
    ("places_fts", "places", ("name", "alt_names"), "unicode61 remove_diacritics 2"),
)

# --- Sentences ------------------------------------------------------------------------------


def sentence_rows(texts: Mapping[str, str]) -> list[tuple[str, int, int, int, str]]:
    """(source_id, sentence_no, char_start, char_end, text) for every article, in source_id order."""
    rows = []
    for source_id in sorted(texts):
        text = texts[source_id]
        for no, (a, b) in enumerate(sentence_spans(text), start=1):
            rows.append((source_id, no, a, b, text[a:b]))
    return rows


# --- Search tables in SQLite ------------------------------------------------------------------

SENTENCES_DDL = f"""CREATE TABLE "{SENTENCES}" (
  "source_id" TEXT NOT NULL REFERENCES "sources" ("source_id"),
  "sentence_no" INTEGER NOT NULL,
  "char_start" INTEGER NOT NULL,
  "char_end" INTEGER NOT NULL,
  "text" TEXT NOT NULL,
  PRIMARY KEY ("source_id", "sentence_no")
) STRICT;
"""
# Created with the other indexes, after the rows are in.
SENTENCES_INDEX_DDL = f'CREATE INDEX "idx_{SENTENCES}_span" ON "{SENTENCES}" ("source_id", "char_start", "char_end");\n'


def read_seed_texts(source_rows: list[tuple[str, str]], seeds_dir: Path) -> dict[str, str]:
    """Article texts from ``seeds_dir/articles``, kept only where the file's SHA-256 matches the sources
    table: a database rebuilt outside a build never indexes a text other than the one extracted."""
    texts = {}
    for source_id, sha in source_rows:
        path = seeds_dir / "articles" / f"{source_id}.txt"
        if path.is_file():
            data = path.read_bytes()
            if hashlib.sha256(data).hexdigest() == sha:
                texts[source_id] = data.decode("utf-8")
    return texts


# --- Event types with their CAMEO codes --------------------------------------------------------

EVENT_TYPES = "event_types"
# The twenty root categories of CAMEO (the first two digits of a code), for reading a code at a glance.
CAMEO_ROOTS = {
    "01": "Make public statement",
    "02": "Appeal",
    "03": "Express intent to cooperate",
    "04": "Consult",
    "05": "Engage in diplomatic cooperation",
    "06": "Engage in material cooperation",
    "07": "Provide aid",
    "08": "Yield",
    "09": "Investigate",
    "10": "Demand",
    "11": "Disapprove",
    "12": "Reject",
    "13": "Threaten",
    "14": "Protest",
    "15": "Exhibit force posture",
    "16": "Reduce relations",
    "17": "Coerce",
    "18": "Assault",
    "19": "Fight",
    "20": "Use unconventional mass violence",
}

EVENT_TYPES_DDL = f"""CREATE TABLE "{EVENT_TYPES}" (
  "event_type" TEXT NOT NULL PRIMARY KEY,
  "cameo_code" TEXT NOT NULL,
  "cameo_category" TEXT NOT NULL,
  "n_events" INTEGER NOT NULL
) STRICT;
"""

EVENT_TYPES_METADATA: dict[str, Any] = {
    "title": "Event types (CAMEO)",
    "description": "The controlled vocabulary of events.event_type, each type with its CAMEO code (the event "
    "taxonomy of GDELT and ICEWS) and the number of events of that type. Derived from the events schema "
    "and kept only in this database: not a table of the published data package.",
    "columns": {
        "event_type": "A value of events.event_type.",
        "cameo_code": 'CAMEO event code of the type; "---" where CAMEO has no code for it.',
        "cameo_category": "CAMEO root category of the code (its first two digits) and its name.",
        "n_events": "Number of rows in events of this type.",
    },
    "sort": "cameo_code",
}


def vocabulary_link_html(database: str, cameo_columns: list[str]) -> str:
    """A link from a table's description to the event types, for a table with a CAMEO-coded column."""
    if not cameo_columns:
        return ""
    return f"<a href='/{database}/{EVENT_TYPES}'>Event types and their CAMEO codes</a>."


def cameo_category(code: str) -> str:
    root = code[:2]
    return f"{root} {CAMEO_ROOTS[root]}" if root in CAMEO_ROOTS else "none"


def event_type_rows(cameo: Mapping[str, str], counts: Mapping[str, int]) -> list[tuple[str, str, str, int]]:
    """(event_type, cameo_code, cameo_category, n_events) in vocabulary order."""
    return [(t, code, cameo_category(code), counts.get(t, 0)) for t, code in cameo.items()]


def add_search_tables(con: sqlite3.Connection, texts: Mapping[str, str]) -> None:
    """Create and fill the site's own tables after the contract tables exist: ``sentences`` and the FTS5
    indexes for search, and ``event_types`` (the CAMEO code of every event type). Runs inside the
    caller's transaction; the index on ``sentences`` comes later (SENTENCES_INDEX_DDL)."""
    from caucasus_peace.schema import cameo_codes

    counts = dict(con.execute('SELECT event_type, count(*) FROM "events" GROUP BY event_type').fetchall())
    con.execute(EVENT_TYPES_DDL)
    con.executemany(f'INSERT INTO "{EVENT_TYPES}" VALUES (?, ?, ?, ?)', event_type_rows(cameo_codes(), counts))
    con.execute(SENTENCES_DDL)
    con.executemany(f'INSERT INTO "{SENTENCES}" VALUES (?, ?, ?, ?, ?)', sentence_rows(texts))
    add_fts_indexes(con)


def add_fts_indexes(con: sqlite3.Connection) -> None:
    """The FTS5 indexes over sentences, entities and places (external content: the rows stay in their
    tables), filled in rowid order and optimised."""
    for fts, content, columns, tokenize in FTS_TABLES:
        cols = ", ".join(f'"{c}"' for c in columns)
        # content="<table>" (double quotes) is how Datasette detects the index of a table.
        con.execute(f'CREATE VIRTUAL TABLE "{fts}" USING fts5({cols}, content="{content}", tokenize="{tokenize}")')
        con.execute(f'INSERT INTO "{fts}" (rowid, {cols}) SELECT rowid, {cols} FROM "{content}" ORDER BY rowid')
        con.execute(f'INSERT INTO "{fts}" ("{fts}") VALUES (\'optimize\')')


# --- Canned queries -------------------------------------------------------------------------

SECTION_ROWS = 200  # rows per section of the entity profile
MEETING_TYPES = GATHERINGS
_MEETING_SQL_LIST = ", ".join(f"'{t}'" for t in MEETING_TYPES)

# Chart settings for datasette-vega, which reads them from the URL fragment.
BAR_CHART = (
    "g.mark=bar&g.x_column=month&g.x_type=ordinal&g.y_column=n_events&g.y_type=quantitative&g.color_column=event_type"
)
TIMELINE_CHART = (
    "g.mark=circle&g.x_column=date_start&g.x_type=temporal&g.y_column=event_type&g.y_type=ordinal&g.color_column=status"
)

# Example searches shown in the search query's description (a test checks that each finds sentences).
# FTS5 has no infix NEAR: proximity is NEAR(a b, distance).
SEARCH_EXAMPLES = ("ceasefire", '"peace deal"', "NEAR(Karabakh Armenians, 10)")

QUERIES: dict[str, dict[str, Any]] = {
    "timeline": {
        "title": "Timeline of events",
        "description": "Every event in date order, with its precision, status, place, participants and the "
        "number of articles reporting it. Events without a date come last.",
        "description_html": "Every event in date order, with its precision, status, place, participants and the "
        "number of articles reporting it; events without a date come last. "
        f"<a href='/{DATABASE_NAME}/timeline#{TIMELINE_CHART.replace('&', '&amp;')}'>Plot the timeline</a> "
        "(datasette-vega).",
        "sql": """select
  e.date_start, e.date_end, e.date_edtf, e.date_precision, e.event_type, e.status, e.title,
  p.name as place,
  (select group_concat(name, '; ') from (
     select distinct en.name from event_participants ep join entities en on en.entity_id = ep.entity_id
     where ep.event_id = e.event_id order by en.name)) as participants,
  e.n_sources, e.event_id
from events e left join places p on p.place_id = e.place_id
order by e.date_start is null, e.date_start, e.date_end, e.event_id""",
    },
    "reported_by_several": {
        "title": "Events two or more articles report",
        "description": "The timeline of the events that at least two articles report, merged into one row: the rows "
        "to rely on when trust matters more than completeness. On the development sets an event reported by two or "
        "more articles is right 84 % of the time, one reported by a single article 64 % (docs/events.md, 'How far "
        "each kind of row can be trusted').",
        # The events in date order from idx_events_timeline, filtered on the way: Datasette stops after a page.
        "sql": """select
  e.date_start, e.date_end, e.date_edtf, e.date_precision, e.event_type, e.status, e.title, e.n_sources,
  p.name as place, e.event_id
from events e left join places p on p.place_id = e.place_id
where e.n_sources >= 2
order by e.date_start is null, e.date_start, e.date_end, e.event_id""",
    },
    "events_per_month": {
        "title": "Events per month (for a chart)",
        "description": "How many events start in each month, by type: open 'Show charting options' (datasette-vega) "
        "for a bar chart of the timeline.",
        "description_html": "How many events start in each month, by type. "
        f"<a href='/{DATABASE_NAME}/events_per_month#{BAR_CHART.replace('&', '&amp;')}'>Show it as a bar chart</a> "
        "(datasette-vega; 'Show charting options' to change it).",
        # Counted at build time (add_count_tables): the same rows as grouping the events on every visit.
        "sql": """select month, event_type, n_events from event_counts_by_month order by month, event_type""",
    },
    "entity_profile": {
        "title": "Entity profile",
        "description": "Everything about one person, organization or place: the entity, the events it takes part "
        f"in (by date), who else takes part in them (most shared events first), and its mentions with their "
        f"sentence (in article order), at most {SECTION_ROWS} of each (the tables list them all). Enter an "
        "entity_id such as plc-armenia (find IDs on the entities table, or search it).",
        "params": ["entity_id"],
        # Each section reads its rows in order from an index (entity_events, co_participants and
        # idx_mentions_entity_profile) and stops after SECTION_ROWS: the same cost for any entity.
        "sql": f"""select section, what, detail, date, source_id, char_start, char_end, context from (
  select 0 as k, 'entity' as section, e.entity_type as what, e.name as detail, null as date, null as source_id,
    null as char_start, null as char_end,
    e.n_mentions || ' mentions in ' || e.n_sources || ' articles' as context, '' as o
  from entities e where e.entity_id = :entity_id
  union all
  select * from (
    select 1, 'event', ev.event_type || ' as ' || ee.role, ev.title, coalesce(ev.date_edtf, ev.date_start),
      null, null, null, ev.status || ', ' || ev.n_sources || ' article(s); ' || ev.event_id,
      substr('000000000' || ee.position, -9)
    from entity_events ee join events ev on ev.event_id = ee.event_id
    where ee.entity_id = :entity_id order by ee.position limit {SECTION_ROWS})
  union all
  select * from (
    select 2, 'co-participant', o.entity_type, o.name, null, null, null, null,
      cp.n_events || ' shared event(s); ' || o.entity_id, substr('000000000' || cp.position, -9)
    from co_participants cp join entities o on o.entity_id = cp.other_id
    where cp.entity_id = :entity_id order by cp.position limit {SECTION_ROWS})
  union all
  select * from (
    select 3, 'mention', m.match_method, m.text, s.published, m.source_id, m.char_start, m.char_end,
      (select st.text from sentences st where st.source_id = m.source_id
         and st.char_start <= m.char_start and st.char_end >= m.char_end),
      m.source_id || ' ' || substr('000000000' || m.char_start, -9) || ' ' || m.mention_id
    from mentions m join sources s on s.source_id = m.source_id
    where m.entity_id = :entity_id order by m.source_id, m.char_start, m.mention_id limit {SECTION_ROWS})
) order by k, o""",
    },
    "who_met_whom": {
        "title": "Who met whom",
        "description": "Pairs of participants in meetings, talks, summits, visits and phone calls, with the event, "
        "its date and status.",
        # CROSS JOIN and the unary + keep SQLite on the events in date order (idx_events_timeline), so that it
        # stops after a page instead of pairing and sorting every meeting.
        "sql": f"""select distinct
  a.name as participant_a, b.name as participant_b, ev.event_type, ev.status,
  ev.date_start, ev.date_edtf, ev.title, ev.n_sources, ev.event_id, pa.entity_id as entity_id_a,
  pb.entity_id as entity_id_b
from events ev
cross join event_participants pa on pa.event_id = ev.event_id
cross join event_participants pb on pb.event_id = ev.event_id and pa.entity_id < pb.entity_id
cross join entities a on a.entity_id = pa.entity_id
cross join entities b on b.entity_id = pb.entity_id
where +ev.event_type in ({_MEETING_SQL_LIST})
order by ev.date_start is null, ev.date_start, a.name, b.name""",
    },
    "disputed_figures": {
        "title": "Figures on which sources disagree",
        "description": "Pairs of figures from different articles about the same event, of the same measure in the "
        "same unit, whose values differ. Both claims stay in the data, each with its source and who states it.",
        # Both sides read idx_quantities_event_id (event, measure, unit, article): pairs stream out in order.
        "sql": """select
  a.event_id, a.measure, a.unit,
  a.source_id as source_a, a.text as figure_a, a.qualifier as qualifier_a,
  coalesce(a.value, a.value_low, a.value_high) as value_a, a.attributed_to as attributed_to_a,
  b.source_id as source_b, b.text as figure_b, b.qualifier as qualifier_b,
  coalesce(b.value, b.value_low, b.value_high) as value_b, b.attributed_to as attributed_to_b,
  a.quantity_id as quantity_id_a, b.quantity_id as quantity_id_b
from quantities a
join quantities b on b.event_id = a.event_id and b.measure = a.measure and b.unit = a.unit
  and b.source_id > a.source_id
where a.event_id is not null
  and coalesce(a.value, a.value_low, a.value_high) is not coalesce(b.value, b.value_low, b.value_high)
order by a.event_id, a.measure, a.unit, a.source_id, a.char_start, b.source_id, b.char_start""",
    },
    "article": {
        "title": "Everything one article says",
        "description": "Every mention, date, figure and event passage of one article in reading order. Enter a "
        "source_id (see the sources table).",
        "params": ["source_id"],
        "sql": """select char_start, char_end, kind, text, detail from (
  select m.char_start, m.char_end, 'mention' as kind, m.text,
    e.entity_type || ': ' || e.name || ' (' || m.match_method || ')' as detail
  from mentions m join entities e on e.entity_id = m.entity_id where m.source_id = :source_id
  union all
  select t.char_start, t.char_end, 'date', t.text,
    t.phrase_kind || ', ' || t.date_precision || coalesce(': ' || t.date_edtf, '')
    || case when t.is_anchor_uncertain then ' (anchor uncertain)' else '' end
  from time_expressions t where t.source_id = :source_id
  union all
  select q.char_start, q.char_end, 'figure', q.text,
    q.measure || ' = ' || coalesce(q.value, '') || coalesce(' [' || q.value_low || ', ' || q.value_high || ']', '')
    || ' ' || q.unit || ' (' || q.qualifier || ')' || coalesce(', counted: ' || q.counted, '')
    || coalesce(', according to ' || q.attributed_to, '')
  from quantities q where q.source_id = :source_id
  union all
  select es.char_start, es.char_end, 'event', es.quote, ev.event_type || ' (' || es.status || '): ' || ev.title
  from event_sources es join events ev on ev.event_id = es.event_id where es.source_id = :source_id
) order by char_start, char_end, kind""",
    },
    "events_by_status": {
        "title": "Events by status",
        "description": "Events grouped by how sure the reporting is: planned and possible events next to those that "
        "occurred. Leave status empty for all, or enter occurred, ongoing, planned, possible or alleged.",
        "params": ["status"],
        "sql": """select e.status, e.date_start, e.date_edtf, e.event_type, e.title, e.n_sources, e.event_id
from events e
where :status = '' or e.status = :status
order by case e.status when 'planned' then 0 when 'possible' then 1 when 'ongoing' then 2
  when 'occurred' then 3 else 4 end, e.date_start is null, e.date_start, e.event_id""",
    },
    "search_sentences": {
        "title": "Search the articles",
        "description": "Full-text search over every sentence of every article (SQLite FTS5, with stemming). "
        f"Try {', '.join(SEARCH_EXAMPLES[:-1])} or {SEARCH_EXAMPLES[-1]}.",
        "params": ["q"],
        # An empty box matches nothing (FTS5 would reject an empty query as a syntax error): the constant
        # test is evaluated before SQLite asks the index.
        # The best 200 sentences are chosen in the index alone (rowid order is source_id, sentence_no order),
        # then joined: snippets and joins for 200 rows, not for every match.
        "sql": """select s.source_id, src.publisher, src.published, s.sentence_no, s.char_start, s.char_end,
  snippet(sentences_fts, 0, '[', ']', '…', 24) as snippet
from (select rowid, rank from sentences_fts
      where trim(:q) <> '' and sentences_fts match :q order by rank, rowid limit 200) as hits
join sentences_fts on sentences_fts.rowid = hits.rowid and sentences_fts match :q
join sentences s on s.rowid = hits.rowid
join sources src on src.source_id = s.source_id
where trim(:q) <> ''
order by hits.rank, hits.rowid""",
    },
}


def canned_queries() -> dict[str, dict[str, Any]]:
    """Canned queries for Datasette metadata; SQL is stripped of surrounding whitespace."""
    out = {}
    for name, q in QUERIES.items():
        entry = {k: v for k, v in q.items() if k != "sql"}
        entry["sql"] = q["sql"].strip()
        entry["hide_sql"] = True  # the results first; "Show SQL" is one click away
        out[name] = entry
    return out


SENTENCES_METADATA: dict[str, Any] = {
    "title": "Sentences (search index)",
    "description": "Every sentence of every article, with its span, for full-text search. Derived at build time "
    "and kept only in this database: not a table of the published data package.",
    "columns": {
        "source_id": "Identifier of the article; the stem of its file seeds/articles/<source_id>.txt.",
        "sentence_no": "Position of the sentence in its article, from 1.",
        "char_start": "Offset of the first character of the sentence in the article text.",
        "char_end": "Offset one past the last character of the sentence, so that text == article[char_start:char_end].",
        "text": "The sentence, exactly as in the article.",
    },
    "label_column": "text",
    "facets": ["source_id"],
    "fts_table": "sentences_fts",
    "fts_pk": "rowid",
}

PLUGINS: dict[str, Any] = {
    # Places carry latitude/longitude: datasette-cluster-map draws them; other tables have no coordinates.
    # The map goes below the rows (templates/_table.html), so a table page opens on its rows.
    "datasette-cluster-map": {
        "latitude_column": "latitude",
        "longitude_column": "longitude",
        "container": ".after-rows",
    },
}
SITE_PLUGIN = "caucasus-peace"  # datasette_site/plugins/caucasus_peace_site.py
# What one query may allocate (see the plugin): the longest value today is a sentence of a few hundred
# characters, the widest result about 16 columns, a full page of 200 rows well under 1 MB.
# max_concurrent_requests: requests admitted at a time, the rest queued in order (with 200 clients on the seeds
# database: 41 of 516 requests timed out without it, none with 4; README "The Datasette site under load").
RESOURCE_LIMITS = {
    "max_value_bytes": 100_000,
    "max_columns": 100,
    "max_result_bytes": 10_000_000,
    "max_concurrent_requests": 4,
}


def site_plugin_config(boolean_columns: list[str]) -> dict[str, Any]:
    """Settings of the site's own plugin: the resource limits, which columns are booleans (shown as
    true/false) and which columns link to a vocabulary table."""
    return RESOURCE_LIMITS | {
        "boolean_columns": sorted(set(boolean_columns)),
        "links": {"event_type": EVENT_TYPES},
    }


HIDDEN = ("sentences_fts", "entities_fts", "places_fts")


_DESCRIPTION_HTML = (
    "<p>Events, people, organizations, places, figures and dates from news articles about the Armenia–Azerbaijan "
    "conflict and peace process. Every fact row points at the characters of the article that states it "
    "(<code>source_id</code>, <code>char_start</code>, <code>char_end</code>).</p>"
    "<p>Start with the <a href='/{db}/timeline'>timeline of events</a>, "
    "<a href='/{db}/who_met_whom'>who met whom</a>, the "
    "<a href='/{db}/places'>map of places</a>, "
    "<a href='/{db}/disputed_figures'>figures on which sources disagree</a>, or "
    "<a href='/{db}/search_sentences'>search the articles</a>.</p>"
    "<p>For curators (<code>caucasus-peace review</code>): <a href='/{db}/review_entities'>discovered entities</a>, "
    "<a href='/{db}/review_spans'>unlinked name-like spans</a> and <a href='/{db}/review_events'>events to "
    "check</a>.</p>"
)


DATABASE_DESCRIPTION_HTML = _DESCRIPTION_HTML.format(db=DATABASE_NAME)


def site_metadata(database_tables: dict[str, Any]) -> dict[str, Any]:
    """A database's metadata: its title and guide, the tables plus search tables and FTS settings, and
    the canned queries."""
    tables = dict(database_tables)
    tables[SENTENCES] = SENTENCES_METADATA | {"facets": [{"counted": c} for c in SENTENCES_METADATA["facets"]]}
    tables[EVENT_TYPES] = EVENT_TYPES_METADATA
    tables[EVENT_COUNTS_BY_MONTH] = EVENT_COUNTS_BY_MONTH_METADATA
    tables[FACET_COUNTS] = FACET_COUNTS_METADATA
    tables |= ENTITY_TABLES_METADATA
    tables |= REVIEW_METADATA  # the curation loop's lists (caucasus_peace.review.database)
    for fts, content, _, _ in FTS_TABLES:
        if content in tables and content != SENTENCES:
            tables[content] = tables[content] | {"fts_table": fts, "fts_pk": "rowid"}
        tables[fts] = {"hidden": True}
    return {
        "title": "Caucasus Peace",
        "description_html": DATABASE_DESCRIPTION_HTML,
        "tables": tables,
        "queries": canned_queries(),
    }


# --- Precomputed counts ---------------------------------------------------------------------------
# At 100,000 articles a facet over millions of rows takes seconds and a monthly count of events scans every
# event: the site reads these counts from tables written once at build time instead.

EVENT_COUNTS_BY_MONTH = "event_counts_by_month"
EVENT_COUNTS_BY_MONTH_DDL = f"""CREATE TABLE "{EVENT_COUNTS_BY_MONTH}" (
  "month" TEXT NOT NULL,
  "event_type" TEXT NOT NULL,
  "n_events" INTEGER NOT NULL,
  PRIMARY KEY ("month", "event_type")
) STRICT;
"""
EVENT_COUNTS_BY_MONTH_METADATA: dict[str, Any] = {
    "title": "Events per month and type (precomputed)",
    "description": "How many events start in each month, by type: events counted by the month of date_start "
    "(events without a date left out), once at build time. Derived from events and kept only in this "
    "database: not a table of the published data package.",
    "columns": {
        "month": "Month of the events' date_start, YYYY-MM.",
        "event_type": "A value of events.event_type.",
        "n_events": "Number of events of that type whose date_start falls in that month.",
    },
    "sort": "month",
    "facets": ["event_type"],
}

ENTITY_EVENTS = "entity_events"
CO_PARTICIPANTS = "co_participants"
ENTITY_TABLES_DDL = f"""CREATE TABLE "{ENTITY_EVENTS}" (
  "entity_id" TEXT NOT NULL REFERENCES "entities" ("entity_id"),
  "position" INTEGER NOT NULL,
  "event_id" TEXT NOT NULL REFERENCES "events" ("event_id"),
  "role" TEXT NOT NULL,
  PRIMARY KEY ("entity_id", "position")
) STRICT;
CREATE TABLE "{CO_PARTICIPANTS}" (
  "entity_id" TEXT NOT NULL REFERENCES "entities" ("entity_id"),
  "position" INTEGER NOT NULL,
  "other_id" TEXT NOT NULL REFERENCES "entities" ("entity_id"),
  "n_events" INTEGER NOT NULL,
  PRIMARY KEY ("entity_id", "position")
) STRICT;
"""
_DERIVED = (
    "Derived at build time for the entity profile and kept only in this database: not a table of the "
    "published data package."
)
ENTITY_TABLES_METADATA: dict[str, dict[str, Any]] = {
    ENTITY_EVENTS: {
        "title": "Events of each entity, by date (precomputed)",
        "description": "Each entity's events in date order (undated last), one row per role it plays: "
        f"event_participants ordered once at build time. {_DERIVED}",
        "columns": {
            "entity_id": "The entity; see entities.",
            "position": "Position of the event among the entity's events: by date_start, undated last, then event_id.",
            "event_id": "The event; see events.",
            "role": "The entity's role in the event; see event_participants.",
        },
    },
    CO_PARTICIPANTS: {
        "title": "Who takes part in events with whom (precomputed)",
        "description": "For each entity, every other entity that takes part in one of its events, with the number "
        f"of events they share, most shared first. {_DERIVED}",
        "columns": {
            "entity_id": "The entity; see entities.",
            "position": "Position of the other entity: most shared events first, then by name and ID.",
            "other_id": "The other entity; see entities.",
            "n_events": "Number of distinct events both take part in.",
        },
    },
}

FACET_COUNTS = "facet_counts"
# Values kept per facet: Datasette's max_returned_rows (serve.SETTINGS, the largest facet it shows) plus one,
# to tell whether the list is truncated (a test checks the two agree).
FACET_COUNT_LIMIT = 201
FACET_COUNTS_DDL = f"""CREATE TABLE "{FACET_COUNTS}" (
  "table_name" TEXT NOT NULL,
  "filter_column" TEXT NOT NULL,
  "filter_value" ANY NOT NULL,
  "column_name" TEXT NOT NULL,
  "rank" INTEGER NOT NULL,
  "value" ANY NOT NULL,
  "n_rows" INTEGER NOT NULL,
  PRIMARY KEY ("table_name", "filter_column", "filter_value", "column_name", "rank")
) STRICT;
"""
FACET_COUNTS_METADATA: dict[str, Any] = {
    "title": "Facet counts (precomputed)",
    "description": "The counts that the table pages show as facets, computed once at build time so that a page "
    "of a table with millions of rows does not count them on every visit: for each table and facet column, the "
    f"{FACET_COUNT_LIMIT} most frequent values with their number of rows, over the whole table (empty "
    "filter_column) and over the rows with one value of a column that has a fixed vocabulary. Kept only in this "
    "database: not a table of the published data package.",
    "columns": {
        "table_name": "The table counted.",
        "filter_column": "The column the rows were filtered on; empty for the whole table.",
        "filter_value": "The value of filter_column the rows have; empty for the whole table.",
        "column_name": "The facet column.",
        "rank": "Position of the value: most rows first, then by value (as Datasette orders facets).",
        "value": "A value of the facet column (empty cells are not counted).",
        "n_rows": "Number of rows with that value.",
    },
    "hidden": True,
}


def facet_count_specs(package_tables: Mapping[str, Any]) -> list[tuple[str, list[str], list[str]]]:
    """(table, facet columns, filter columns) for every table whose facets are precomputed: the contract
    tables (facets from schemas/; filters: facet columns with an enum) and the sentences."""
    specs = []
    for t in package_tables.values():
        facets = list(t.datasette.get("facets", []))
        if facets:
            specs.append((t.name, facets, [c for c in facets if t.enum(c)]))
    specs.append((SENTENCES, list(SENTENCES_METADATA["facets"]), []))
    return specs


def add_count_tables(con: sqlite3.Connection) -> None:
    """Write the precomputed counts (after the rows and indexes are in, inside the caller's transaction)."""
    from caucasus_peace.schema import load_package

    con.execute(EVENT_COUNTS_BY_MONTH_DDL)
    con.execute(
        f'INSERT INTO "{EVENT_COUNTS_BY_MONTH}" SELECT substr(date_start, 1, 7) AS month, event_type, count(*) '
        "FROM events WHERE date_start IS NOT NULL GROUP BY month, event_type ORDER BY month, event_type"
    )
    for statement in ENTITY_TABLES_DDL.split(";\n"):
        if statement.strip():
            con.execute(statement)
    con.execute(
        f'INSERT INTO "{ENTITY_EVENTS}" SELECT ep.entity_id, row_number() OVER (PARTITION BY ep.entity_id '
        "ORDER BY coalesce(ev.date_start, '~'), ev.event_id, ep.role), ep.event_id, ep.role "
        "FROM event_participants ep JOIN events ev ON ev.event_id = ep.event_id ORDER BY 1, 2"
    )
    con.execute(
        f'INSERT INTO "{CO_PARTICIPANTS}" SELECT c.entity_id, row_number() OVER (PARTITION BY c.entity_id '
        "ORDER BY c.n DESC, o.name, c.other_id), c.other_id, c.n FROM ("
        "SELECT me.entity_id, other.entity_id AS other_id, count(DISTINCT me.event_id) AS n "
        "FROM event_participants me JOIN event_participants other "
        "ON other.event_id = me.event_id AND other.entity_id <> me.entity_id GROUP BY me.entity_id, other_id"
        ") AS c JOIN entities o ON o.entity_id = c.other_id ORDER BY 1, 2"
    )
    con.execute(FACET_COUNTS_DDL)
    for table, facets, filters in facet_count_specs(load_package().tables):
        for column in facets:
            # Ranked as Datasette's column facet orders them: count desc, then value.
            con.execute(
                f"INSERT INTO \"{FACET_COUNTS}\" SELECT ?, '', '', ?, row_number() OVER (ORDER BY n DESC, v), v, n "
                f'FROM (SELECT "{column}" AS v, count(*) AS n FROM "{table}" WHERE "{column}" IS NOT NULL GROUP BY v) '
                "ORDER BY n DESC, v LIMIT ?",
                (table, column, FACET_COUNT_LIMIT),
            )
            for by in filters:
                con.execute(
                    f'INSERT INTO "{FACET_COUNTS}" SELECT ?, ?, f, ?, r, v, n FROM ('
                    "SELECT f, v, n, row_number() OVER (PARTITION BY f ORDER BY n DESC, v) AS r FROM ("
                    f'SELECT "{by}" AS f, "{column}" AS v, count(*) AS n FROM "{table}" '
                    f'WHERE "{column}" IS NOT NULL AND "{by}" IS NOT NULL GROUP BY f, v)) WHERE r <= ? ORDER BY f, r',
                    (table, by, column, FACET_COUNT_LIMIT),
                )

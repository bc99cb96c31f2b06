"""The review as tables of the SQLite database (for the Datasette site only, never published as CSV/Parquet).

Written with the site's other derived tables when the database is written, from the same rows and texts, so
the database stays byte-identical across builds and equal to what `caucasus-peace review` prints.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any

from caucasus_peace.review.events import MERGE_THRESHOLD

_SOURCE = 'REFERENCES "sources" ("source_id")'

DDL = f"""CREATE TABLE "review_entities" (
  "rank" INTEGER NOT NULL,
  "entity_id" TEXT NOT NULL PRIMARY KEY REFERENCES "entities" ("entity_id"),
  "entity_type" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "kind" TEXT,
  "country" TEXT,
  "n_sources" INTEGER NOT NULL,
  "n_mentions" INTEGER NOT NULL,
  "source_id" TEXT {_SOURCE},
  "char_start" INTEGER,
  "char_end" INTEGER,
  "context" TEXT,
  "registry_block" TEXT NOT NULL,
  "promote" TEXT NOT NULL
) STRICT;
CREATE TABLE "review_spans" (
  "rank" INTEGER NOT NULL PRIMARY KEY,
  "text" TEXT NOT NULL,
  "cue" TEXT NOT NULL CHECK ("cue" IN ('words', 'title')),
  "n_occurrences" INTEGER NOT NULL,
  "n_sources" INTEGER NOT NULL,
  "source_id" TEXT NOT NULL {_SOURCE},
  "char_start" INTEGER NOT NULL,
  "char_end" INTEGER NOT NULL,
  "context" TEXT
) STRICT;
CREATE TABLE "review_events" (
  "rank" INTEGER NOT NULL,
  "event_id" TEXT NOT NULL REFERENCES "events" ("event_id"),
  "title" TEXT NOT NULL,
  "reasons" TEXT NOT NULL,
  "event_type" TEXT NOT NULL,
  "status" TEXT NOT NULL,
  "date_precision" TEXT NOT NULL,
  "n_sources" INTEGER NOT NULL,
  "min_merge_score" REAL,
  "source_id" TEXT NOT NULL {_SOURCE},
  "char_start" INTEGER NOT NULL,
  "char_end" INTEGER NOT NULL,
  "passage_status" TEXT NOT NULL,
  "merge_score" REAL,
  "quote" TEXT NOT NULL,
  PRIMARY KEY ("event_id", "source_id", "char_start")
) STRICT;
"""

_WHERE = {
    "source_id": "Article of the first occurrence; see sources.",
    "char_start": "Offset of the first character of that occurrence in the article text.",
    "char_end": "Offset one past its last character, so that the text is article[char_start:char_end].",
    "context": "The sentence around that occurrence, on one line (cut around it when very long).",
}
_PROMOTE = "caucasus-peace review --promote"
METADATA: dict[str, dict[str, Any]] = {
    "review_entities": {
        "title": "Review: discovered entities",
        "description": "People, organizations and places the extractor found in the text but the registry "
        "(seeds/registry.yaml) does not list, ranked by articles, then mentions, each with the sentence of its "
        f"first mention and a registry block to paste; `{_PROMOTE} ENTITY_ID` adds it. For curators; kept only "
        "in this database, not a table of the published data package.",
        "columns": {
            "rank": "Position in the review: more articles first, then more mentions.",
            "entity_id": "The discovered entity; see entities. The registry block keeps this ID.",
            "entity_type": "person, organization or place.",
            "name": "Name of the entity as discovered.",
            "kind": "Kind of organization or place, as discovered; empty for people.",
            "country": "ISO 3166-1 alpha-3 code of its country, when discovered.",
            "n_sources": "Number of articles that mention it.",
            "n_mentions": "Number of its mentions.",
            "source_id": "Article of its first mention; see sources.",
            "char_start": _WHERE["char_start"],
            "char_end": _WHERE["char_end"],
            "context": "The sentence of its first mention, on one line.",
            "registry_block": "Its entry for seeds/registry.yaml (YAML; wikidata_id left empty until checked).",
            "promote": "The command that appends the block to seeds/registry.yaml.",
        },
        "sort": "rank",
        "facets": ["entity_type", "kind"],
        "label_column": "name",
    },
    "review_spans": {
        "title": "Review: unlinked name-like spans",
        "description": "Capitalised words that look like a name (two or more in a row, or one after a title or "
        "role word) but that no mention covers, ranked by how often they occur: names the extractor may have "
        "missed. For curators; kept only in this database, not a table of the published data package.",
        "columns": {
            "rank": "Position in the review: most occurrences first, then most articles.",
            "text": "The span as first written (occurrences are grouped regardless of case).",
            "cue": "words (two or more capitalised words) or title (one capitalised word after a title or role "
            "word, e.g. 'Minister Lunde').",
            "n_occurrences": "How many times the span occurs unlinked.",
            "n_sources": "In how many articles.",
        }
        | _WHERE,
        "sort": "rank",
        "facets": ["cue"],
        "label_column": "text",
    },
    "review_events": {
        "title": "Review: events to check",
        "description": f"Events with a passage merged at a merge score below {MERGE_THRESHOLD:.1f} (lowest first) "
        "and events that no report dates, one row per passage. For curators, who fix them in seeds/events.yaml; "
        "kept only in this database, not a table of the published data package.",
        "columns": {
            "rank": "Position of the event in the review: low merge scores first (lowest first), then undated "
            "events (most reported first).",
            "event_id": "The event; see events.",
            "title": "Title of the event; see events.",
            "reasons": f"Why it is listed: low_merge_score (a passage joined below {MERGE_THRESHOLD:.1f}), no_date "
            "(date_precision unknown), or both.",
            "event_type": "Type of the event; see events.",
            "status": "Status of the event; see events.",
            "date_precision": "Precision of the event's date; unknown when no report dates it.",
            "n_sources": "Number of articles that report the event.",
            "min_merge_score": "Lowest merge score of the event's passages; empty when none was merged.",
            "source_id": "Article of the passage; see sources.",
            "char_start": "Offset of the first character of the passage in the article text.",
            "char_end": "Offset one past its last character, so that quote == article[char_start:char_end].",
            "passage_status": "How sure this passage is that the event happened.",
            "merge_score": "How strongly the merge rule tied this passage to the event (event_sources.merge_score); "
            "0 when it refers back to what its article had just reported; empty for the passage that opened it.",
            "quote": "The passage, exactly as in the article.",
        },
        "sort": "rank",
        "facets": ["reasons", "event_type"],
    },
}


def add_review_tables(con: sqlite3.Connection, tables: Mapping[str, list[dict]], texts: Mapping[str, str]) -> None:
    """Create and fill the review_* tables (after the contract tables they refer to)."""
    from caucasus_peace.review.collect import build_review

    review = build_review(tables, texts)
    for statement in DDL.split(";\n"):
        if statement.strip():
            con.execute(statement)  # inside the caller's transaction (executescript would commit)
    con.executemany(
        'INSERT INTO "review_entities" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [
            (n, c.entity_id, c.entity_type, c.name, c.kind, c.country, c.n_sources, c.n_mentions, c.source_id,
             c.char_start, c.char_end, c.context, c.registry_block(), f"{_PROMOTE} {c.entity_id}")
            for n, c in enumerate(review.entities, start=1)
        ],
    )  # fmt: skip
    con.executemany(
        'INSERT INTO "review_spans" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [
            (n, s.text, s.cue, s.n_occurrences, s.n_sources, s.source_id, s.char_start, s.char_end, s.context)
            for n, s in enumerate(review.spans, start=1)
        ],
    )
    con.executemany(
        'INSERT INTO "review_events" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [
            (n, e.event_id, e.title, ", ".join(e.reasons), e.event_type, e.status, e.date_precision, e.n_sources,
             e.min_merge_score, p.source_id, p.char_start, p.char_end, p.status, p.merge_score, p.quote)
            for n, e in enumerate(review.events, start=1)
            for p in e.passages
        ],
    )  # fmt: skip

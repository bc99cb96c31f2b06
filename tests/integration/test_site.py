"""The Datasette site, in-process: metadata, plugins, full-text search and every canned query.

Canned queries run twice: on the package built from the seeds (each answers 200, with rows wherever the
tables they read have rows) and on a tiny invented package whose answers are known exactly.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caucasus_peace.extract.sentences import sentence_spans
from caucasus_peace.paths import DATABASE_NAME, SEEDS_DIR
from caucasus_peace.schema import datasette_metadata, load_package
from caucasus_peace.serve import SETTINGS, make_datasette
from caucasus_peace.site import QUERIES, sentence_rows
from caucasus_peace.write import write_sqlite

PACKAGE = load_package()
DB = DATABASE_NAME
# Tables each canned query reads: it must return rows when all of them have rows.
NEEDS = {
    "timeline": ["events"],
    "reported_by_several": [],  # rows only when two articles report one event: checked on the invented package
    "events_per_month": ["events"],
    "entity_profile": ["mentions"],
    "who_met_whom": ["event_participants"],
    "disputed_figures": [],  # rows only when sources disagree: checked on the invented package
    "article": ["mentions"],
    "events_by_status": ["events"],
    "search_sentences": ["sources"],
}


def get(ds, path: str):
    return asyncio.run(ds.client.get(path))


def rows(ds, path: str) -> list[dict[str, Any]]:
    sep = "&" if "?" in path else "?"
    response = get(ds, f"{path}{sep}_shape=array")
    assert response.status_code == 200, f"{path}: {response.status_code} {response.text[:500]}"
    return response.json()


@pytest.fixture(scope="module")
def ds(built: Path):
    return make_datasette(built)


@pytest.fixture(scope="module")
def counts(built: Path) -> dict[str, int]:
    con = sqlite3.connect(built / "data" / f"{DB}.db")
    try:
        return {t: con.execute(f'select count(*) from "{t}"').fetchone()[0] for t in PACKAGE.tables}
    finally:
        con.close()


# --- metadata and plugins ---------------------------------------------------------------------


def test_metadata_has_title_licence_source_and_queries(ds) -> None:
    meta = get(ds, "/-/metadata.json").json()
    assert meta["title"] == PACKAGE.meta["title"]
    assert meta["license"] == "CC-BY-4.0" and meta["license_url"].startswith("https://creativecommons.org/")
    assert meta["source_url"] == PACKAGE.meta["homepage"]
    db = meta["databases"][DB]
    assert set(db["queries"]) == set(QUERIES)
    assert all(q["title"] and q["description"] for q in db["queries"].values())
    assert db["tables"]["events"]["sort_desc"] == "date_start"
    assert {"counted": "event_type"} in db["tables"]["events"]["facets"]
    assert db["tables"]["sentences"]["fts_table"] == "sentences_fts"
    assert set(db["tables"]["sentences"]["columns"]) == {"source_id", "sentence_no", "char_start", "char_end", "text"}


def test_published_metadata_file_is_what_is_served(built: Path) -> None:
    written = json.loads((built / "data" / "datasette-metadata.json").read_text(encoding="utf-8"))
    assert written == json.loads(json.dumps(datasette_metadata(PACKAGE, DB)))


def test_plugins_are_loaded(ds) -> None:
    names = {p["name"] for p in get(ds, "/-/plugins.json").json()}
    assert {"datasette-cluster-map", "datasette-vega", "datasette-search-all"} <= names


def test_settings_include_a_sql_time_limit(ds) -> None:
    settings = get(ds, "/-/settings.json").json()
    assert settings["sql_time_limit_ms"] == SETTINGS["sql_time_limit_ms"]


def test_search_tables_are_not_in_the_published_contract(built: Path) -> None:
    desc = json.loads((built / "datapackage.json").read_text(encoding="utf-8"))
    names = {r["name"] for r in desc["resources"]}
    assert not {n for n in names if n.startswith("sentences")}
    assert not (built / "data" / "sentences.csv").exists()


def test_events_page_sorts_by_date_and_shows_facets(ds) -> None:
    html = get(ds, f"/{DB}/events").text
    assert "sorted by date_start descending" in html
    for facet in ("event_type", "status", "date_precision"):
        assert f'data-column="{facet}"' in html


def test_places_page_loads_the_map_plugin(ds, counts) -> None:
    if not counts["places"]:
        pytest.skip("no places to map yet")
    html = get(ds, f"/{DB}/places").text
    assert "datasette-cluster-map.js" in html and "DATASETTE_CLUSTER_MAP_LATITUDE_COLUMN" in html


# --- full-text search -------------------------------------------------------------------------


def test_sentences_slice_the_articles_exactly(built: Path) -> None:
    con = sqlite3.connect(built / "data" / f"{DB}.db")
    found = con.execute("select source_id, char_start, char_end, text from sentences").fetchall()
    sources = con.execute("select source_id from sources").fetchall()
    con.close()
    assert {s for s, *_ in found} == {s for (s,) in sources}, "every article is indexed"
    texts = {s: (SEEDS_DIR / "articles" / f"{s}.txt").read_text(encoding="utf-8") for (s,) in sources}
    for source_id, start, end, text in found:
        assert texts[source_id][start:end] == text


def test_full_text_search_over_sentences(ds) -> None:
    hits = rows(ds, f"/{DB}/sentences.json?_search=Azerbaijan")
    assert hits and all("azerbaijan" in h["text"].lower() for h in hits)
    assert rows(ds, f"/{DB}/sentences.json?_search=zzqxnotaword") == []


def test_full_text_search_over_entity_names(ds, counts) -> None:
    if not counts["entities"]:
        pytest.skip("no entities yet")
    entity = rows(ds, f"/{DB}/entities.json?_sort_desc=n_mentions&_size=1")[0]
    word = entity["name"].split()[-1]
    hits = rows(ds, f"/{DB}/entities.json?_search={word}")
    assert entity["entity_id"] in {h["entity_id"] for h in hits}


def test_search_all_page_searches_every_index(ds) -> None:
    response = get(ds, "/-/search?q=peace")
    assert response.status_code == 200
    assert "sentences" in response.text


# --- canned queries on the seeds --------------------------------------------------------------


def _params(ds, name: str) -> str:
    if name == "entity_profile":
        top = rows(ds, f"/{DB}/entities.json?_sort_desc=n_mentions&_size=1")
        return f"entity_id={top[0]['entity_id'] if top else 'plc-none'}"
    if name == "article":
        return f"source_id={rows(ds, f'/{DB}/sources.json?_size=1')[0]['source_id']}"
    if name == "search_sentences":
        return "q=peace"
    return ""


@pytest.mark.parametrize("name", list(QUERIES))
def test_canned_query_runs_on_the_seeds(ds, counts, name: str) -> None:
    found = rows(ds, f"/{DB}/{name}.json?{_params(ds, name)}")
    if all(counts.get(t, 0) for t in NEEDS[name]) and NEEDS[name]:
        assert found, f"{name} returned no rows although {NEEDS[name]} have rows"
    html = get(ds, f"/{DB}/{name}?{_params(ds, name)}")
    assert html.status_code == 200 and QUERIES[name]["title"] in html.text


# --- canned queries on an invented package ------------------------------------------------------

ARTICLES = {
    "a1": "Ministers Varo Pell and Ines Dax met in Lorvik on Monday. They agreed to meet again. "
    "Officials said 1,200 people fled.",
    "a2": "Pell and Dax held talks in Lorvik. Dr. Mara Quill said about 900 people fled. A summit is planned.",
}


def _row(table: str, **values: Any) -> dict[str, Any]:
    return {name: values.get(name) for name in PACKAGE.tables[table].field_names}


def _span(source: str, text: str) -> dict[str, Any]:
    start = ARTICLES[source].index(text)
    return {"source_id": source, "char_start": start, "char_end": start + len(text), "text": text}


def _invented_tables() -> dict[str, list[dict[str, Any]]]:
    people = {"per-pell": "Varo Pell", "per-dax": "Ines Dax", "per-quill": "Mara Quill"}
    entities = [
        _row("entities", entity_id=k, entity_type="person", name=v, is_curated=True, n_mentions=1, n_sources=1)
        for k, v in people.items()
    ] + [_row("entities", entity_id="plc-lorvik", entity_type="place", name="Lorvik", is_curated=True)]
    for e in entities:
        e.update(n_mentions=1, n_sources=1)
    ev = {"event_type": "meeting", "cameo_code": "040", "extraction_method": "automatic", "n_sources": 2}
    events = [
        _row(
            "events",
            event_id="evt-met",
            title="Pell meets Dax",
            date_start=dt.date(2031, 3, 3),
            date_end=dt.date(2031, 3, 3),
            date_precision="day",
            date_edtf="2031-03-03",
            status="occurred",
            place_id="plc-lorvik",
            **ev,
        ),
        _row(
            "events",
            event_id="evt-summit",
            title="A summit",
            date_precision="unknown",
            status="planned",
            **(ev | {"event_type": "summit", "cameo_code": "043", "n_sources": 1}),
        ),
    ]
    quantities = [
        _row(
            "quantities",
            quantity_id="qty-a",
            event_id="evt-met",
            value=1200.0,
            unit="count",
            qualifier="exact",
            measure="displaced",
            counted="people",
            **_span("a1", "1,200"),
        ),
        _row(
            "quantities",
            quantity_id="qty-b",
            event_id="evt-met",
            value=900.0,
            unit="count",
            qualifier="approximately",
            measure="displaced",
            counted="people",
            attributed_to="Mara Quill",
            **_span("a2", "about 900"),
        ),
    ]
    day = dt.date(2031, 3, 4)
    return {
        "sources": [
            _row("sources", source_id=s, publisher="Invented Wire", published=day, n_chars=len(t), sha256="0" * 64)
            for s, t in ARTICLES.items()
        ],
        "entities": entities,
        "people": [_row("people", person_id=k, name=v, is_curated=True, n_mentions=1, n_sources=1)
                   for k, v in people.items()],
        "organizations": [],
        "places": [_row("places", place_id="plc-lorvik", name="Lorvik", kind="city", latitude=1.0, longitude=2.0,
                        is_curated=True, n_mentions=1, n_sources=1)],
        "mentions": [
            _row("mentions", mention_id="men-1", entity_id="per-pell", entity_type="person", match_method="alias",
                 **_span("a1", "Varo Pell")),
            _row("mentions", mention_id="men-2", entity_id="per-dax", entity_type="person", match_method="alias",
                 **_span("a1", "Ines Dax")),
            _row("mentions", mention_id="men-3", entity_id="per-quill", entity_type="person",
                 match_method="alias", **_span("a2", "Mara Quill")),
            _row("mentions", mention_id="men-4", entity_id="plc-lorvik", entity_type="place", match_method="alias",
                 **_span("a1", "Lorvik")),
        ],
        "events": events,
        "event_participants": [
            _row("event_participants", event_id="evt-met", entity_id="per-pell", entity_type="person", role="party"),
            _row("event_participants", event_id="evt-met", entity_id="per-dax", entity_type="person", role="party"),
            _row("event_participants", event_id="evt-summit", entity_id="per-dax", entity_type="person",
                 role="guest"),
        ],
        "event_sources": [
            _row("event_sources", event_id="evt-met", status="occurred", extraction_method="automatic",
                 quote=s["text"], **{k: v for k, v in s.items() if k != "text"})
            for s in [_span("a1", "Ministers Varo Pell and Ines Dax met in Lorvik on Monday.")]
        ],
        "quantities": quantities,
        "time_expressions": [
            _row("time_expressions", phrase_kind="relative", date_start=dt.date(2031, 3, 3),
                 date_end=dt.date(2031, 3, 3), date_precision="day", date_edtf="2031-03-03",
                 is_anchor_uncertain=False, **_span("a1", "on Monday")),
        ],
    }  # fmt: skip


@pytest.fixture(scope="module")
def invented(tmp_path_factory: pytest.TempPathFactory):
    from datasette.app import Datasette

    db = tmp_path_factory.mktemp("invented") / f"{DB}.db"
    write_sqlite(db, PACKAGE, _invented_tables(), texts=ARTICLES)
    return Datasette(immutables=[str(db)], metadata=datasette_metadata(PACKAGE, DB), settings=SETTINGS)


def test_timeline_orders_by_date_with_undated_last(invented) -> None:
    found = rows(invented, f"/{DB}/timeline.json")
    assert [r["event_id"] for r in found] == ["evt-met", "evt-summit"]
    assert found[0]["place"] == "Lorvik" and found[0]["participants"] == "Ines Dax; Varo Pell"


def test_reported_by_several_keeps_the_events_of_two_or_more_articles(invented) -> None:
    found = rows(invented, f"/{DB}/reported_by_several.json")
    assert [(r["event_id"], r["n_sources"]) for r in found] == [("evt-met", 2)]  # not the summit of one article


def test_who_met_whom_pairs_participants(invented) -> None:
    found = rows(invented, f"/{DB}/who_met_whom.json")
    assert [(r["participant_a"], r["participant_b"]) for r in found] == [("Ines Dax", "Varo Pell")]


def test_disputed_figures_pairs_different_values_from_different_sources(invented) -> None:
    found = rows(invented, f"/{DB}/disputed_figures.json")
    assert len(found) == 1
    pair = found[0]
    assert {pair["figure_a"], pair["figure_b"]} == {"1,200", "about 900"}
    assert pair["source_a"] != pair["source_b"] and pair["attributed_to_b"] == "Mara Quill"


def test_entity_profile_lists_events_co_participants_and_mentions(invented) -> None:
    found = rows(invented, f"/{DB}/entity_profile.json?entity_id=per-dax")
    sections = [r["section"] for r in found]
    assert sections == ["entity", "event", "event", "co-participant", "mention"]
    assert found[3]["detail"] == "Varo Pell"
    assert found[4]["context"] == "Ministers Varo Pell and Ines Dax met in Lorvik on Monday."


def test_article_query_reads_the_article_in_order(invented) -> None:
    found = rows(invented, f"/{DB}/article.json?source_id=a1")
    assert [r["kind"] for r in found] == ["event", "mention", "mention", "mention", "date", "figure"]
    assert [r["char_start"] for r in found] == sorted(r["char_start"] for r in found)
    assert "according to" not in found[-1]["detail"] and "displaced = 1200" in found[-1]["detail"]


def test_events_by_status_filters_and_puts_planned_first(invented) -> None:
    assert [r["status"] for r in rows(invented, f"/{DB}/events_by_status.json")] == ["planned", "occurred"]
    assert [r["event_id"] for r in rows(invented, f"/{DB}/events_by_status.json?status=occurred")] == ["evt-met"]


def test_search_sentences_finds_stemmed_words(invented) -> None:
    found = rows(invented, f"/{DB}/search_sentences.json?q=meeting")  # porter: meeting ~ meet
    assert {r["source_id"] for r in found} == {"a1"}
    assert "[meet]" in found[0]["snippet"]


def test_places_index_covers_alternative_names(invented) -> None:
    assert [r["place_id"] for r in rows(invented, f"/{DB}/places.json?_search=lorvik")] == ["plc-lorvik"]


def test_database_is_byte_identical_when_written_twice(tmp_path: Path) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    write_sqlite(a, PACKAGE, _invented_tables(), texts=ARTICLES)
    write_sqlite(b, PACKAGE, _invented_tables(), texts=ARTICLES)
    assert a.read_bytes() == b.read_bytes()


# --- the sentence splitter ------------------------------------------------------------------------


def test_sentence_splitter_keeps_abbreviations_and_initials() -> None:
    text = "Dr. Mara Quill met U.S. envoys in Sept. 2031. They talked.\n“We agree,” she said! Next line"
    got = [text[a:b] for a, b in sentence_spans(text)]
    assert got == [
        "Dr. Mara Quill met U.S. envoys in Sept. 2031.",
        "They talked.",
        "“We agree,” she said!",
        "Next line",
    ]


def test_sentence_splitter_does_not_split_before_lowercase() -> None:
    text = "Casualties rose, e.g. in the north. The talks go on."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Casualties rose, e.g. in the north.",
        "The talks go on.",
    ]


@given(st.text(alphabet=st.sampled_from(list('ab .!?\n"”A1')), max_size=80))
def test_sentence_spans_are_ordered_stripped_and_inside_the_text(text: str) -> None:
    last = 0
    for a, b in sentence_spans(text):
        assert last <= a < b <= len(text)
        assert not text[a].isspace() and not text[b - 1].isspace() and "\n" not in text[a:b]
        last = b


def test_sentence_rows_number_sentences_per_article() -> None:
    found = sentence_rows({"b": "One. Two.", "a": "Three."})
    assert [(r[0], r[1], r[4]) for r in found] == [("a", 1, "Three."), ("b", 1, "One."), ("b", 2, "Two.")]


def test_database_rebuilt_from_parquet_still_has_search_tables(built: Path, tmp_path: Path) -> None:
    import shutil

    copy = tmp_path / "pkg"
    shutil.copytree(built, copy)
    (copy / "data" / f"{DB}.db").unlink()
    rebuilt = make_datasette(copy)  # serve rebuilds a missing database from Parquet and the seed texts
    assert rows(rebuilt, f"/{DB}/sentences.json?_search=Azerbaijan")
    assert (copy / "data" / f"{DB}.db").read_bytes() == (built / "data" / f"{DB}.db").read_bytes()

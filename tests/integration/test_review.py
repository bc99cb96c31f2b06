"""The curation loop end to end: build a copy of the seeds with an invented article, review it (Markdown, YAML,
the review tables of the database and Datasette), promote the discovered organization, rebuild, and find every
mention linked to the registry entry."""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
import shutil
import sqlite3
from pathlib import Path

import pandas as pd
import pytest
import yaml
from click.testing import CliRunner

from caucasus_peace.cli import main
from caucasus_peace.paths import DATABASE_NAME, SEEDS_DIR
from caucasus_peace.pipeline import build
from caucasus_peace.review.database import METADATA
from caucasus_peace.review.events import MERGE_THRESHOLD
from caucasus_peace.serve import make_datasette
from caucasus_peace.validate_written import check_package

ARTICLE = (
    "The Norden Water Commission warned on Monday that the reservoir above the border was running low.\n"
    "Engineers from Armenia and Azerbaijan are expected to meet the Norden Water Commission in Yerevan "
    "to compare their gauges, a spokesman said.\n"
    "Farmers blamed the dry spring and the Harvest Moon Festival, which drew large crowds to the river banks.\n"
)
BOARD = "Norden Water Commission"
SOURCE = "zz_review"


def _add_article(seeds: Path) -> None:
    (seeds / "articles" / f"{SOURCE}.txt").write_text(ARTICLE, encoding="utf-8")
    with open(seeds / "sources.csv", "a", encoding="utf-8") as f:
        f.write(f"{SOURCE},Invented Wire,2026-04-07,,,\n")


@pytest.fixture(scope="module")
def loop(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(seeds, package): the seeds plus the invented article, built."""
    base = tmp_path_factory.mktemp("review")
    seeds = base / "seeds"
    shutil.copytree(SEEDS_DIR, seeds)
    _add_article(seeds)
    build(seeds, base / "pkg")
    return seeds, base / "pkg"


def run(*args: str):
    return CliRunner().invoke(main, ["review", *args], catch_exceptions=False)


def _review_data(seeds: Path, pkg: Path, tmp_path: Path) -> tuple[str, dict]:
    md, data = tmp_path / "review.md", tmp_path / "review.yaml"
    result = run("--seeds", str(seeds), "--root", str(pkg), "--out", str(md), "--yaml", str(data))
    assert result.exit_code == 0, result.output
    return md.read_text(encoding="utf-8"), yaml.safe_load(data.read_text(encoding="utf-8"))


def _board(data: dict) -> dict:
    [found] = [e for e in data["entities"] if e["name"] == BOARD]
    return found


def test_review_lists_the_discovered_organization_with_its_context_and_block(loop, tmp_path: Path) -> None:
    seeds, pkg = loop
    md, data = _review_data(seeds, pkg, tmp_path)
    board = _board(data)
    assert (board["entity_type"], board["n_mentions"], board["n_sources"]) == ("organization", 2, 1)
    assert board["source_id"] == SOURCE
    assert board["context"] == ARTICLE.splitlines()[0]
    assert ARTICLE[board["char_start"] : board["char_end"]] == BOARD
    block = yaml.safe_load(board["registry_block"])
    assert block == [{"id": board["entity_id"], "type": "organization", "name": BOARD, "kind": block[0]["kind"],
                      "wikidata_id": None}]  # fmt: skip
    # ranked by articles, then mentions
    keys = [(-e["n_sources"], -e["n_mentions"]) for e in data["entities"]]
    assert keys == sorted(keys)
    assert f"caucasus-peace review --promote {board['entity_id']}" in md
    assert board["registry_block"].rstrip("\n") in md
    assert md.splitlines()[2] == data["summary"] + "."


def test_review_lists_unlinked_spans_and_events_to_check(loop, tmp_path: Path) -> None:
    seeds, pkg = loop
    _, data = _review_data(seeds, pkg, tmp_path)
    mentions = pd.read_csv(pkg / "data" / "mentions.csv")
    festival = [s for s in data["spans"] if s["text"] == "Harvest Moon Festival"]
    assert festival and festival[0]["source_id"] == SOURCE and "Harvest Moon Festival" in festival[0]["context"]
    for s in data["spans"]:  # no span overlaps a mention
        same = mentions[mentions["source_id"] == s["source_id"]]
        assert not ((same["char_start"] < s["char_end"]) & (same["char_end"] > s["char_start"])).any(), s
    events = pd.read_csv(pkg / "data" / "events.csv").set_index("event_id")
    for e in data["events"]:
        low = [p for p in e["passages"] if p["merge_score"] is not None and p["merge_score"] < MERGE_THRESHOLD]
        assert bool(low) == ("low_merge_score" in e["reasons"])
        assert (events.loc[e["event_id"], "date_precision"] == "unknown") == ("no_date" in e["reasons"])
    sources = pd.read_csv(pkg / "data" / "event_sources.csv")
    undated = set(events.index[events["date_precision"] == "unknown"])
    low_merge = set(sources.loc[sources["merge_score"] < MERGE_THRESHOLD, "event_id"])
    assert {e["event_id"] for e in data["events"]} == undated | low_merge


def test_database_review_tables_hold_the_same_lists(loop, tmp_path: Path) -> None:
    seeds, pkg = loop
    _, data = _review_data(seeds, pkg, tmp_path)
    con = sqlite3.connect(pkg / "data" / f"{DATABASE_NAME}.db")
    try:
        entities = con.execute("select entity_id, context, registry_block from review_entities order by rank")
        entities = entities.fetchall()
        spans = con.execute("select text, n_occurrences from review_spans order by rank").fetchall()
        events = con.execute("select distinct event_id from review_events order by rank").fetchall()
        n_passages = con.execute("select count(*) from review_events").fetchone()[0]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()
    assert entities == [(e["entity_id"], e["context"], e["registry_block"]) for e in data["entities"]]
    assert spans == [(s["text"], s["n_occurrences"]) for s in data["spans"]]
    assert events == [(e["event_id"],) for e in data["events"]]
    assert n_passages == sum(len(e["passages"]) for e in data["events"])


def test_review_tables_are_not_published_and_the_package_still_validates(loop) -> None:
    seeds, pkg = loop
    descriptor = json.loads((pkg / "datapackage.json").read_text(encoding="utf-8"))
    assert not [r for r in descriptor["resources"] if "review" in r["name"] or "review" in r["path"]]
    assert not list((pkg / "data").glob("review*"))
    assert check_package(pkg, seeds=seeds).problems == []


def test_datasette_serves_the_review_tables_with_their_descriptions(loop) -> None:
    _, pkg = loop
    ds = make_datasette(pkg)
    meta = json.loads(asyncio.run(ds.client.get("/-/metadata.json")).text)["databases"][DATABASE_NAME]["tables"]
    con = sqlite3.connect(pkg / "data" / f"{DATABASE_NAME}.db")
    try:
        for table, expected in METADATA.items():
            columns = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
            assert set(meta[table]["columns"]) == set(columns), table  # every column described
            page = asyncio.run(ds.client.get(f"/{DATABASE_NAME}/{table}"))
            assert page.status_code == 200 and expected["title"] in page.text
            rows = asyncio.run(ds.client.get(f"/{DATABASE_NAME}/{table}.json?_shape=array&_size=max")).json()
            assert len(rows) == con.execute(f'select count(*) from "{table}"').fetchone()[0] > 0
    finally:
        con.close()


def _digests(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*")
            if p.is_file()}  # fmt: skip


def test_promote_then_rebuild_links_every_mention_to_the_registry_entry(loop, tmp_path: Path) -> None:
    seeds, pkg = loop
    mine = tmp_path / "seeds"
    shutil.copytree(seeds, mine)
    _, data = _review_data(mine, pkg, tmp_path)
    eid = _board(data)["entity_id"]
    before = _digests(mine)
    result = run("--seeds", str(mine), "--root", str(pkg), "--promote", eid)
    assert result.exit_code == 0, result.output
    assert f"added {eid} (organization: {BOARD})" in result.output
    after = _digests(mine)
    assert {k for k in after if after[k] != before.get(k)} == {"registry.yaml"} and set(after) == set(before)

    again = run("--seeds", str(mine), "--root", str(pkg), "--promote", eid)
    assert again.exit_code == 1 and f"{eid} is already in the registry" in again.output
    assert _digests(mine) == after

    out = tmp_path / "pkg"
    build(mine, out)
    entities = pd.read_csv(out / "data" / "entities.csv").set_index("entity_id")
    assert bool(entities.loc[eid, "is_curated"]) and entities.loc[eid, "name"] == BOARD
    mentions = pd.read_csv(out / "data" / "mentions.csv")
    linked = mentions[(mentions["source_id"] == SOURCE) & (mentions["text"] == BOARD)]
    assert len(linked) == 2 and set(linked["entity_id"]) == {eid} and set(linked["match_method"]) == {"alias"}
    _, data = _review_data(mine, out, tmp_path)
    assert eid not in {e["entity_id"] for e in data["entities"]}


def test_promoting_an_unknown_id_fails_in_one_line(loop) -> None:
    seeds, pkg = loop
    before = _digests(seeds)
    result = run("--seeds", str(seeds), "--root", str(pkg), "--promote", "org-0000000000")
    assert result.exit_code == 1
    assert result.output.strip().startswith("error: org-0000000000: is not a discovered entity")
    assert len(result.output.strip().splitlines()) == 1
    assert _digests(seeds) == before


@pytest.mark.parametrize("where", ["data/review.md", "datapackage.json"])
def test_a_report_is_never_written_into_the_package(loop, where: str) -> None:
    seeds, pkg = loop
    before = _digests(pkg)
    result = run("--seeds", str(seeds), "--root", str(pkg), "--out", str(pkg / where))
    assert result.exit_code == 1 and "write the report elsewhere" in result.output
    assert _digests(pkg) == before


def test_a_package_not_built_is_one_error_line(tmp_path: Path) -> None:
    result = run("--root", str(tmp_path))
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"error: {tmp_path / 'data' / 'sources.parquet'}: missing; run `caucasus-peace build` first (or pass --root)"
    )


def test_review_of_the_seeds_package_matches_its_database(built: Path, tmp_path: Path) -> None:
    result = run("--root", str(built), "--limit", "3")
    assert result.exit_code == 0, result.output
    con = sqlite3.connect(built / "data" / f"{DATABASE_NAME}.db")
    try:
        keys = (("review_entities", "entity_id"), ("review_spans", "rank"), ("review_events", "event_id"))
        n = {t: con.execute(f"select count(distinct {k}) from {t}").fetchone()[0] for t, k in keys}
    finally:
        con.close()
    summary = result.output.splitlines()[2]
    counts = re.search(r"(\d+) discovered entit.*?(\d+) unlinked name-like spans?, (\d+) events? to check", summary)
    assert counts and tuple(map(int, counts.groups())) == (n["review_entities"], n["review_spans"], n["review_events"])
    assert result.output.count("\n### ") <= 6  # --limit 3 per list (entities and events have headings)

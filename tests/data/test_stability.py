"""IDs are deterministic and unchanged when an unrelated article is added."""

from __future__ import annotations

import csv
from pathlib import Path

from caucasus_peace.pipeline import build

NEW_ARTICLE = (
    "Officials from Georgia and Moldova met in Tbilisi on Monday to discuss a rail link. "
    "The Caspian Freight Council said more than 40 trains a week could use it.\n"
)


def rows(root: Path, table: str) -> list[dict[str, str]]:
    with open(root / "data" / f"{table}.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_adding_an_article_keeps_existing_ids(built: Path, seeds_copy: Path, tmp_path: Path) -> None:
    (seeds_copy / "articles" / "900_synthetic.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    with open(seeds_copy / "sources.csv", "a", encoding="utf-8") as f:
        f.write("900_synthetic,Test Wire,2025-09-01,,,\n")
    out = tmp_path / "pkg"
    build(seeds_copy, out)
    for table, key in [
        ("mentions", "mention_id"),
        ("quantities", "quantity_id"),
        ("entities", "entity_id"),
        ("events", "event_id"),
    ]:
        before = {r[key]: r for r in rows(built, table)}
        after = {r[key]: r for r in rows(out, table) if r.get("source_id") != "900_synthetic"}
        missing = set(before) - set(after)
        assert not missing, f"{table}: IDs vanished after adding an unrelated article: {sorted(missing)[:5]}"
    assert len(rows(out, "sources")) == len(rows(built, "sources")) + 1

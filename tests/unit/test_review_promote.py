"""Registry blocks and promotion into seeds/registry.yaml (caucasus_peace.review.entities, .promote), checked
with the registry's own loader on copies of the seeds' registry and on small invented registries."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

import pytest

from caucasus_peace.paths import SEEDS_DIR
from caucasus_peace.registry import load_registry
from caucasus_peace.review.context import Sentences
from caucasus_peace.review.entities import EntityCandidate, discovered_entities
from caucasus_peace.review.promote import PromotionError, promote, with_blocks

BOARD = EntityCandidate(
    entity_id="org-1a2b3c4d5e",
    entity_type="organization",
    name="Orlen Valley Water Board",
    kind="other",
    country="GEO",
    description="Water regulator: of the valley",  # a colon must be quoted in YAML
    latitude=None,
    longitude=None,
    aliases=("OVWB", "Orlen Water Board"),
    n_sources=2,
    n_mentions=3,
    source_id="a1",
    char_start=4,
    char_end=28,
    context="The Orlen Valley Water Board met.",
)
HARBOUR = replace(
    BOARD,
    entity_id="plc-9f8e7d6c5b",
    entity_type="place",
    name="Tarsk Harbour",
    kind="site",
    description=None,
    aliases=(),
    latitude=41.5,
    longitude=44.25,
)

SMALL = """# An invented registry.
version: 1
entities:
- id: per-mara-quill
  type: person
  name: Mara Quill   # trailing comment
  aliases:
    - Quill
# a comment after the last entry stays after the new ones
"""


def test_block_is_a_registry_entry_the_loader_accepts(tmp_path: Path) -> None:
    path = tmp_path / "registry.yaml"
    path.write_text(with_blocks(SMALL, [BOARD, HARBOUR], path), encoding="utf-8")
    registry = load_registry(path)
    board = registry.by_id[BOARD.entity_id]
    assert (board.name, board.kind, board.country, board.description) == (
        "Orlen Valley Water Board",
        "other",
        "GEO",
        "Water regulator: of the valley",
    )
    assert [a.name for a in board.aliases] == ["OVWB", "Orlen Water Board"]
    assert board.wikidata_id is None
    harbour = registry.by_id[HARBOUR.entity_id]
    assert (harbour.latitude, harbour.longitude) == (41.5, 44.25)


def test_blocks_go_after_the_last_entry_and_keep_everything_else(tmp_path: Path) -> None:
    new = with_blocks(SMALL, [BOARD], tmp_path / "registry.yaml")
    cut = SMALL.index("# a comment after")
    assert new.startswith(SMALL[:cut]) and new.endswith(SMALL[cut:])
    block = new[cut : len(new) - len(SMALL) + cut]
    assert block.startswith("- id: org-1a2b3c4d5e\n  type: organization\n")  # the dash at column 0, as here
    assert "wikidata_id:  #" in block


def test_indentation_and_line_ends_follow_the_file(tmp_path: Path) -> None:
    indented = SMALL.replace("\n- ", "\n  - ").replace("\n  type", "\n    type").replace("\n  name", "\n    name")
    indented = indented.replace("\n  aliases", "\n    aliases").replace("\n    - Quill", "\n      - Quill")
    crlf = indented.replace("\n", "\r\n")
    new = with_blocks(crlf, [BOARD], tmp_path / "registry.yaml")
    assert "\r\n  - id: org-1a2b3c4d5e\r\n    type: organization\r\n" in new
    assert "\n" not in new.replace("\r\n", "")
    path = tmp_path / "registry.yaml"
    path.write_bytes(new.encode("utf-8"))
    assert BOARD.entity_id in load_registry(path).by_id


def _digests(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*")
            if p.is_file()}  # fmt: skip


def test_promote_appends_to_the_seeds_registry_and_touches_nothing_else(seeds_copy: Path) -> None:
    before = _digests(seeds_copy)
    old = (seeds_copy / "registry.yaml").read_text(encoding="utf-8")
    assert promote(seeds_copy, [BOARD.entity_id], [BOARD, HARBOUR]) == [BOARD]
    after = _digests(seeds_copy)
    assert {k for k in before if before[k] != after[k]} == {"registry.yaml"} and set(after) == set(before)
    new = (seeds_copy / "registry.yaml").read_text(encoding="utf-8")
    assert new.startswith(old) and new[len(old) :] == BOARD.registry_block(2)
    registry = load_registry(seeds_copy / "registry.yaml")
    assert len(registry.entities) == len(load_registry(SEEDS_DIR / "registry.yaml").entities) + 1


def test_an_id_already_in_the_registry_is_refused(seeds_copy: Path) -> None:
    promote(seeds_copy, [BOARD.entity_id], [BOARD])
    before = (seeds_copy / "registry.yaml").read_bytes()
    with pytest.raises(PromotionError, match=r"registry\.yaml line \d+: org-1a2b3c4d5e is already in the registry"):
        promote(seeds_copy, [BOARD.entity_id], [BOARD])
    taken = replace(BOARD, entity_id="per-donald-trump")  # a registry ID, whatever the package says
    with pytest.raises(PromotionError, match="per-donald-trump is already in the registry"):
        promote(seeds_copy, ["per-donald-trump"], [taken])
    assert (seeds_copy / "registry.yaml").read_bytes() == before


@pytest.mark.parametrize(
    ("ids", "candidates", "message"),
    [
        (["org-0000000000"], [BOARD], "is not a discovered entity"),
        ([HARBOUR.entity_id], [replace(HARBOUR, latitude=None)], "no coordinates for this place"),
        # an alias another registry entity claims: the loader's own error, with the line, file unchanged
        ([BOARD.entity_id], [replace(BOARD, aliases=("Trump",))], r"alias 'Trump' is also claimed"),
    ],
)
def test_a_refused_promotion_changes_nothing(seeds_copy: Path, ids, candidates, message: str) -> None:
    before = _digests(seeds_copy)
    with pytest.raises(PromotionError, match=message):
        promote(seeds_copy, ids, candidates)
    assert _digests(seeds_copy) == before


def test_the_loader_error_names_the_seeds_file(seeds_copy: Path) -> None:
    with pytest.raises(PromotionError) as e:
        promote(seeds_copy, [BOARD.entity_id], [replace(BOARD, aliases=("Trump",))])
    assert str(e.value).startswith(f"{seeds_copy / 'registry.yaml'} line ")
    assert "nothing was changed" in str(e.value)


def test_candidates_from_rows_take_details_and_aliases_but_not_short_names() -> None:
    text = "The Orlen Valley Water Board (OVWB) met. The Board and the OVWB agreed."
    tables = {
        "entities": [
            {"entity_id": "org-x", "entity_type": "organization", "name": "Orlen Valley Water Board",
             "is_curated": False, "n_mentions": 3, "n_sources": 1},
            {"entity_id": "plc-y", "entity_type": "place", "name": "Tarsk", "is_curated": True, "n_mentions": 0,
             "n_sources": 0},
        ],
        "people": [],
        "organizations": [{"organization_id": "org-x", "kind": "other", "country": None, "description": None}],
        "places": [{"place_id": "plc-y", "kind": "city", "country": None, "latitude": 1.0, "longitude": 2.0}],
        "mentions": [
            {"source_id": "a1", "entity_id": "org-x", "char_start": 45, "char_end": 50, "text": "Board",
             "match_method": "short_name"},
            {"source_id": "a1", "entity_id": "org-x", "char_start": 4, "char_end": 28,
             "text": "Orlen Valley Water Board", "match_method": "discovered"},
            {"source_id": "a1", "entity_id": "org-x", "char_start": 30, "char_end": 34, "text": "OVWB",
             "match_method": "acronym"},
        ],
    }  # fmt: skip
    [c] = discovered_entities(tables, Sentences({"a1": text}))
    assert (c.entity_id, c.kind, c.aliases, c.n_mentions) == ("org-x", "other", ("OVWB",), 3)
    assert (c.source_id, c.char_start, c.context) == ("a1", 4, "The Orlen Valley Water Board (OVWB) met.")

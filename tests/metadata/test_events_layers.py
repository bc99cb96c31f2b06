"""The events package is layered: each module imports only modules below it, so knowledge has one home."""

from __future__ import annotations

import ast

import pytest

from caucasus_peace.paths import REPO_ROOT

EVENTS = REPO_ROOT / "build" / "caucasus_peace" / "events"
# Bottom to top; a module may import any module listed before it, never one after it.
LAYERS = ["prefilter", "lexicon", "context", "cues", "clauses", "dating", "titles", "parties", "participants", "claims",
          "commentary", "merge", "curation"]  # fmt: skip


def _events_imports(module: str) -> set[str]:
    tree = ast.parse((EVENTS / f"{module}.py").read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("caucasus_peace.events."):
            out.add(node.module.rsplit(".", 1)[1])
    return out


def test_every_events_module_has_a_layer() -> None:
    assert {p.stem for p in EVENTS.glob("*.py")} - {"__init__"} == set(LAYERS)


@pytest.mark.parametrize("module", LAYERS)
def test_events_modules_import_only_downwards(module: str) -> None:
    below = set(LAYERS[: LAYERS.index(module)])
    assert _events_imports(module) <= below, f"{module} imports {_events_imports(module) - below} from above it"


def test_nothing_below_events_imports_from_above() -> None:
    # The per-article extractors and the registry know nothing of event merging or curation.
    for path in (REPO_ROOT / "build" / "caucasus_peace" / "extract").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "events.merge" not in text and "events.curation" not in text, path.name


def test_every_event_type_is_in_the_events_doc_vocabulary() -> None:
    from caucasus_peace.schema import cameo_codes

    doc = (REPO_ROOT / "docs" / "events.md").read_text(encoding="utf-8")
    table = doc[doc.index("| event_type | CAMEO |") : doc.index("## How a claim is read")]
    listed = {t.strip() for row in table.splitlines()[2:] if row.startswith("|") for t in row.split("|")[1].split("/")}
    assert set(cameo_codes()) <= listed, set(cameo_codes()) - listed

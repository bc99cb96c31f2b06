"""Curated YAML files are parsed once per version per process (yaml_lines keeps parses by content): what a caller
gets is its own copy, and an edited file is read afresh, wherever it lies."""

from __future__ import annotations

from pathlib import Path

import pytest

from caucasus_peace.errors import SeedError
from caucasus_peace.yaml_lines import LINE, load_yaml


def test_each_caller_gets_its_own_copy(tmp_path: Path) -> None:
    path = tmp_path / "registry.yaml"
    path.write_text("entities:\n  - name: Lake Sevan\n    type: place\n", encoding="utf-8")
    first = load_yaml(path)
    first["entities"][0]["name"] = "changed by a caller"
    first["entities"].append({"name": "added by a caller"})
    again = load_yaml(path)
    assert again == {"entities": [{"name": "Lake Sevan", "type": "place", LINE: 2}], LINE: 1}


def test_an_edited_file_is_read_afresh_and_a_copy_elsewhere_the_same(tmp_path: Path) -> None:
    path = tmp_path / "events.yaml"
    path.write_text("merge: []\n", encoding="utf-8")
    assert load_yaml(path)["merge"] == []
    path.write_text("merge:\n  - ids: [a, b]\n", encoding="utf-8")
    assert load_yaml(path)["merge"] == [{"ids": ["a", "b"], LINE: 2}]
    elsewhere = tmp_path / "copy" / "events.yaml"
    elsewhere.parent.mkdir()
    elsewhere.write_bytes(path.read_bytes())
    assert load_yaml(elsewhere) == load_yaml(path)


def test_a_broken_file_fails_every_time_with_its_own_path(tmp_path: Path) -> None:
    for name in ("a.yaml", "b.yaml"):
        path = tmp_path / name
        path.write_text("key: 1\nkey: 2\n", encoding="utf-8")
        for _ in range(2):
            with pytest.raises(SeedError) as err:
                load_yaml(path)
            assert name in str(err.value) and "line 2" in str(err.value)

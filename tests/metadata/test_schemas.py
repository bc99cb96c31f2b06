"""Every schema is a valid, fully described Table Schema, and shared columns agree across tables."""

from __future__ import annotations

from collections import defaultdict

import pytest
from frictionless import Schema

from caucasus_peace.schema import cameo_codes, frictionless_schema, load_package

PACKAGE = load_package()
TABLES = list(PACKAGE.tables.values())


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_schema_is_valid_table_schema(table) -> None:
    report = Schema.validate_descriptor(frictionless_schema(table))
    assert report.valid, report.flatten(["type", "note"])


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_table_and_fields_are_described(table) -> None:
    assert table.schema.get("title") and table.schema.get("description")
    assert table.primary_key and all(k in table.field_names for k in table.primary_key)
    for f in table.fields:
        assert f.get("description", "").strip(), f"{table.name}.{f['name']} has no description"
        assert f.get("title"), f"{table.name}.{f['name']} has no title"


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_datasette_keys_name_real_columns(table) -> None:
    d = table.datasette
    for col in [*d.get("facets", []), d.get("label_column"), d.get("sort"), d.get("sort_desc")]:
        assert col is None or col in table.field_names, f"{table.name}: x-datasette names unknown column {col}"


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_foreign_keys_point_at_primary_keys(table) -> None:
    for fk in table.foreign_keys:
        target = PACKAGE.tables[fk["reference"]["resource"]]
        assert fk["reference"]["fields"] == target.primary_key
        for mine, theirs in zip(fk["fields"], fk["reference"]["fields"], strict=True):
            assert table.field(mine)["type"] == target.field(theirs)["type"]


def test_same_column_name_same_type_and_description() -> None:
    seen: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for t in TABLES:
        for f in t.fields:
            seen[f["name"]].add((f["type"], f["description"].strip()))
    clashes = {name: variants for name, variants in seen.items() if len(variants) > 1}
    assert not clashes


def test_every_event_type_has_a_cameo_code() -> None:
    events = PACKAGE.tables["events"]
    assert set(cameo_codes()) == set(events.enum("event_type"))


def test_every_event_type_without_a_cameo_code_says_why() -> None:
    field = PACKAGE.tables["events"].field("event_type")
    notes = field.get("x-cameo-notes", {})
    assert set(notes) <= set(cameo_codes())
    assert {t for t, code in cameo_codes().items() if code == "---"} <= set(notes)


def test_package_lists_every_schema_file() -> None:
    from caucasus_peace.paths import SCHEMAS_DIR

    files = {p.name.removesuffix(".schema.yaml") for p in SCHEMAS_DIR.glob("*.schema.yaml")}
    assert files == set(PACKAGE.tables)

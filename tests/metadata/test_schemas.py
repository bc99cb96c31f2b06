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


def test_same_column_name_same_type() -> None:
    seen: dict[str, set[str]] = defaultdict(set)
    for t in TABLES:
        for f in t.fields:
            seen[f["name"]].add(f["type"])
    clashes = {name: types for name, types in seen.items() if len(types) > 1}
    assert not clashes


# Descriptions may differ between tables (each reads right on its own table's page), but never describe
# another table's column in passing: listed values belong to this column, the detail tables speak of
# their own kind of entity, and no description sends the reader to a YAML file.


def _enum_fields() -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for t in TABLES:
        for f in t.fields:
            if f.get("constraints", {}).get("enum"):
                out[f["name"]][t.name] = f["constraints"]["enum"]
    return out


@pytest.mark.parametrize(
    ("table", "field"),
    [(t.name, f["name"]) for t in TABLES for f in t.fields if f.get("constraints", {}).get("enum")],
)
def test_listed_values_are_this_columns_values(table: str, field: str) -> None:
    import re

    description = PACKAGE.tables[table].field(field)["description"]
    words = set(re.findall(r"[a-z_]+", description))
    mine = set(PACKAGE.tables[table].enum(field))
    others = {v for name, values in _enum_fields()[field].items() if name != table for v in values} - mine
    assert not (words & others), f"{table}.{field} lists values of another table: {sorted(words & others)}"
    if len(mine) <= 12 and len(words & mine) >= 2:  # a description that lists values lists them all
        assert mine <= words, f"{table}.{field} lists only some of its values: missing {sorted(mine - words)}"


@pytest.mark.parametrize("table", ["people", "organizations", "places"])
def test_detail_tables_speak_of_their_own_kind(table: str) -> None:
    for f in PACKAGE.tables[table].fields:
        assert "the entity" not in f["description"], f"{table}.{f['name']}: {f['description']}"


def test_no_description_points_to_a_schema_file() -> None:
    for t in TABLES:
        for f in t.fields:
            assert "schemas/" not in f["description"] and ".yaml" not in f["description"].replace(
                "seeds/registry.yaml", ""
            ).replace("seeds/events.yaml", "").replace("seeds/sources_review.yaml", ""), f"{t.name}.{f['name']}"


def test_event_type_points_to_the_event_types_table() -> None:
    assert "event_types" in PACKAGE.tables["events"].field("event_type")["description"]


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

"""Datasette serves every table with its descriptions and readable foreign-key links (in-process)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from caucasus_peace.schema import load_package
from caucasus_peace.serve import datasette_args, make_datasette

PACKAGE = load_package()


@pytest.fixture(scope="module")
def ds(built: Path):
    return make_datasette(built)


def get(ds, path: str):
    return asyncio.run(ds.client.get(path))


@pytest.mark.parametrize("table", list(PACKAGE.tables))
def test_every_table_is_served_with_its_description(ds, table: str) -> None:
    response = get(ds, f"/caucasus_peace/{table}")
    assert response.status_code == 200
    html = response.text
    assert PACKAGE.tables[table].schema["title"] in html
    first_sentence = PACKAGE.tables[table].schema["description"].split(".")[0]
    assert first_sentence[:40] in html


@pytest.mark.parametrize("table", list(PACKAGE.tables))
def test_column_descriptions_are_in_metadata(ds, table: str) -> None:
    meta = json.loads(get(ds, "/-/metadata.json").text)
    columns = meta["databases"]["caucasus_peace"]["tables"][table]["columns"]
    assert set(columns) == set(PACKAGE.tables[table].field_names)


def test_json_api_returns_rows(ds) -> None:
    data = get(ds, "/caucasus_peace/sources.json?_shape=array").json()
    assert len(data) >= 5 and {"source_id", "publisher", "published"} <= set(data[0])


def test_foreign_keys_render_as_labelled_links(ds) -> None:
    rows = get(ds, "/caucasus_peace/mentions.json?_shape=array&_size=1&_labels=on").json()
    assert rows, "no mentions to render"
    row = rows[0]
    # With label columns, Datasette expands a foreign key into {value, label}.
    assert isinstance(row["entity_id"], dict) and row["entity_id"]["label"]
    html = get(ds, "/caucasus_peace/mentions").text
    assert f'href="/caucasus_peace/entities/{row["entity_id"]["value"]}"' in html
    assert f'href="/caucasus_peace/sources/{row["source_id"]["value"]}"' in html


def test_served_immutable_on_loopback_with_time_limit(built: Path) -> None:
    args = datasette_args(built, 8123)
    assert args[args.index("--host") + 1] == "127.0.0.1"
    assert "-i" in args
    assert "sql_time_limit_ms" in args

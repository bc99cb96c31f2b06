"""caucasus_peace.load: typed DataFrames from the repository, a package folder, a descriptor path or URL."""

from __future__ import annotations

import csv
import functools
import http.server
import json
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

import caucasus_peace
from caucasus_peace.load import read_descriptor, table_names
from caucasus_peace.paths import REPO_ROOT
from caucasus_peace.schema import load_package

PACKAGE = load_package()
EXPECTED_DTYPE = {"string": "string", "integer": "Int64", "number": "Float64", "boolean": "boolean"}


def assert_typed_by_schema(name: str, frame: pd.DataFrame) -> None:
    table = PACKAGE.tables[name]
    assert list(frame.columns) == table.field_names
    for field in table.fields:
        col = frame[field["name"]]
        enum = field.get("constraints", {}).get("enum")
        if enum:
            assert isinstance(col.dtype, pd.CategoricalDtype), field["name"]
            assert list(col.dtype.categories) == enum
        elif field["type"] == "date":
            assert col.dtype == "datetime64[ns]", field["name"]
        else:
            assert str(col.dtype) == EXPECTED_DTYPE[field["type"]], (name, field["name"], col.dtype)


@pytest.fixture(scope="module")
def frames(built: Path) -> dict[str, pd.DataFrame]:
    return caucasus_peace.load_all(built)


def test_load_all_returns_every_table_typed_by_its_schema(frames: dict[str, pd.DataFrame]) -> None:
    assert list(frames) == list(PACKAGE.tables)
    for name, frame in frames.items():
        assert_typed_by_schema(name, frame)


def test_values_match_the_csv_files(built: Path, frames: dict[str, pd.DataFrame]) -> None:
    with open(built / "data" / "sources.csv", encoding="utf-8", newline="") as f:
        raw = list(csv.DictReader(f))
    sources = frames["sources"]
    assert len(sources) == len(raw)
    assert list(sources["source_id"]) == [r["source_id"] for r in raw]
    assert [d.date().isoformat() for d in sources["published"]] == [r["published"] for r in raw]
    assert list(sources["n_chars"]) == [int(r["n_chars"]) for r in raw]


def test_csv_resources_load_the_same_as_parquet(built: Path, frames) -> None:
    from_csv = caucasus_peace.load_all(built, format="csv")
    for name in frames:
        pd.testing.assert_frame_equal(from_csv[name], frames[name], obj=name)


def test_csv_only_package_loads_the_same_as_parquet(built: Path, tmp_path: Path, frames) -> None:
    copy = tmp_path / "pkg"
    shutil.copytree(built, copy)
    desc = json.loads((copy / "datapackage.json").read_text(encoding="utf-8"))
    desc["resources"] = [r for r in desc["resources"] if r["format"] != "parquet"]
    (copy / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")
    for path in (copy / "data").glob("*.parquet"):
        path.unlink()
    from_csv = caucasus_peace.load_all(copy)
    for name in frames:
        pd.testing.assert_frame_equal(from_csv[name], frames[name], obj=name)


def test_source_may_be_the_descriptor_path_or_a_file_url(built: Path, frames) -> None:
    by_path = caucasus_peace.load("sources", built / "datapackage.json")
    by_url = caucasus_peace.load("sources", (built / "datapackage.json").as_uri())
    pd.testing.assert_frame_equal(by_path, frames["sources"])
    pd.testing.assert_frame_equal(by_url, frames["sources"])


@pytest.fixture
def http_root(built: Path) -> Iterator[str]:
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(built))
    handler.log_message = lambda *a, **k: None  # type: ignore[attr-defined]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_source_may_be_an_http_url(http_root: str, frames) -> None:
    remote = caucasus_peace.load_all(http_root + "/datapackage.json")
    for name in frames:
        pd.testing.assert_frame_equal(remote[name], frames[name], obj=name)


def test_enum_columns_are_categoricals_with_all_categories(frames) -> None:
    kinds = frames["places"]["kind"]
    assert list(kinds.cat.categories) == PACKAGE.tables["places"].enum("kind")


def test_unknown_table_names_the_tables_there_are(built: Path) -> None:
    with pytest.raises(KeyError, match="events"):
        caucasus_peace.load("no_such_table", built)


def test_missing_package_says_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="caucasus-peace build"):
        caucasus_peace.load("events", tmp_path)


def test_default_source_is_the_repository() -> None:
    if not (REPO_ROOT / "datapackage.json").exists():
        pytest.skip("the repository holds no built package yet: run `caucasus-peace build`")
    location, descriptor = read_descriptor()
    assert Path(location) == REPO_ROOT / "datapackage.json"
    events = caucasus_peace.load("events")
    assert_typed_by_schema("events", events)
    assert table_names(descriptor) == list(PACKAGE.tables)


def test_load_is_the_function_not_the_module() -> None:
    assert callable(caucasus_peace.load) and callable(caucasus_peace.load_all)

"""The loader refuses a package that does not match its descriptor, instead of guessing.

Each case tampers with a copy of a freshly built package: changed or truncated files, a corrupt Parquet
file, unsafe resource paths, values outside a column's type or vocabulary.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from caucasus_peace.load import PackageError, check_resource_path, load, load_all


@pytest.fixture
def pkg(built: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "pkg"
    shutil.copytree(built, copy)
    return copy


def _descriptor(pkg: Path) -> dict:
    return json.loads((pkg / "datapackage.json").read_text(encoding="utf-8"))


def _write_descriptor(pkg: Path, desc: dict) -> None:
    (pkg / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")


def _rewrite_csv_cell(path: Path, column: str, row: int, value: str) -> None:
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    rows[row + 1][rows[0].index(column)] = value  # row 0 is the first data row
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8", newline="")


def _rewrite_parquet_cell(path: Path, column: str, row: int, value: object) -> None:
    table = pq.read_table(path)
    values = table.column(column).to_pylist()
    values[row] = value
    index = table.schema.get_field_index(column)
    table = table.set_column(index, table.schema.field(index), pa.array(values, type=table.schema.field(index).type))
    pq.write_table(table, path)


def test_intact_package_loads_with_verification(built: Path) -> None:
    assert len(load("events", built, verify=True)) > 0


def test_changed_byte_in_parquet_fails_the_hash_check(pkg: Path) -> None:
    path = pkg / "data" / "events.parquet"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(PackageError, match=r"data/events\.parquet: sha256 is [0-9a-f]+, but datapackage\.json says"):
        load("events", pkg)


def test_appended_csv_row_fails_the_size_check(pkg: Path) -> None:
    with open(pkg / "data" / "sources.csv", "a", encoding="utf-8") as f:
        f.write("x,y\n")
    with pytest.raises(PackageError, match=r"data/sources\.csv: \d+ bytes, but datapackage\.json says \d+"):
        load("sources", pkg, format="csv")


def test_corrupt_parquet_raises_instead_of_falling_back_to_csv(pkg: Path) -> None:
    path = pkg / "data" / "events.parquet"
    path.write_bytes(b"PAR1 not really parquet PAR1")
    with pytest.raises(PackageError, match=r"data/events\.parquet: not a readable Parquet file"):
        load("events", pkg, verify=False)
    # The CSV is still there and fine, but it is only read when asked for.
    assert len(load("events", pkg, format="csv")) > 0


def test_missing_file_names_it(pkg: Path) -> None:
    (pkg / "data" / "places.parquet").unlink()
    with pytest.raises(FileNotFoundError, match=r"places\.parquet: missing"):
        load("places", pkg)


@pytest.mark.parametrize(
    "path",
    [
        "/etc/os-release",
        "../outside.csv",
        "data/../../outside.csv",
        "~/secret.csv",
        "$HOME/secret.csv",
        "%APPDATA%/secret.csv",
        "file:///etc/os-release",
        "C:/Windows/win.ini",
        "data\\..\\..\\x.csv",
        "",
        None,
    ],
)
def test_unsafe_resource_paths_are_refused(pkg: Path, path: object) -> None:
    desc = _descriptor(pkg)
    resource = next(r for r in desc["resources"] if r["name"] == "sources")
    resource["path"] = path
    _write_descriptor(pkg, desc)
    with pytest.raises(PackageError, match="sources"):
        load("sources", pkg, format="csv", verify=False)


def test_safe_paths_pass() -> None:
    assert check_resource_path("data/events.csv", "events") == "data/events.csv"
    assert check_resource_path("https://example.org/data/events.csv", "events").startswith("https://")


def test_resource_without_a_recorded_hash_needs_verify_false(pkg: Path) -> None:
    desc = _descriptor(pkg)
    for r in desc["resources"]:
        r.pop("hash", None)
        r.pop("x-hash", None)
    _write_descriptor(pkg, desc)
    with pytest.raises(PackageError, match="verify=False"):
        load("sources", pkg)
    assert len(load("sources", pkg, verify=False)) > 0


def test_unknown_enum_value_in_csv_names_file_column_and_row(pkg: Path) -> None:
    _rewrite_csv_cell(pkg / "data" / "events.csv", "event_type", 2, "picnic")
    with pytest.raises(PackageError) as err:
        load("events", pkg, format="csv", verify=False)
    message = str(err.value)
    assert "data/events.csv" in message and "'event_type'" in message and "row 3 (line 4)" in message
    assert "'picnic'" in message and "vocabulary" in message


def test_unknown_enum_value_in_parquet_raises_not_nan(pkg: Path) -> None:
    _rewrite_parquet_cell(pkg / "data" / "mentions.parquet", "entity_type", 0, "animal")
    with pytest.raises(PackageError, match=r"data/mentions\.parquet: column 'entity_type', row 1: 'animal'"):
        load("mentions", pkg, verify=False)


@pytest.mark.parametrize(
    ("table", "column", "value", "problem"),
    [
        ("sources", "published", "2025-02-30", "is not a date"),
        ("sources", "n_chars", "many", "is not an integer"),
        ("sources", "n_chars", "12.5", "is not an integer"),
        ("quantities", "value", "lots", "is not a number"),
        ("entities", "is_curated", "yes", "is not a boolean"),
        ("sources", "publisher", "", "is empty, but the column is required"),
    ],
)
def test_bad_values_in_csv_name_where_they_are(pkg: Path, table: str, column: str, value: str, problem: str) -> None:
    _rewrite_csv_cell(pkg / "data" / f"{table}.csv", column, 0, value)
    with pytest.raises(PackageError, match=rf"data/{table}\.csv: column '{column}', row 1 \(line 2\): .*{problem}"):
        load(table, pkg, format="csv", verify=False)


def test_missing_column_is_refused(pkg: Path) -> None:
    path = pkg / "data" / "sources.csv"
    text = path.read_text(encoding="utf-8").replace("n_chars", "chars", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PackageError, match=r"missing: n_chars; unexpected: chars"):
        load("sources", pkg, format="csv", verify=False)


def test_load_all_verifies_every_file(pkg: Path) -> None:
    path = pkg / "data" / "time_expressions.parquet"
    path.write_bytes(path.read_bytes() + b"\0")
    with pytest.raises(PackageError, match=r"time_expressions\.parquet"):
        load_all(pkg)

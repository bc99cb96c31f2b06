"""load(..., columns=, filters=): only the asked columns and rows, exactly what pandas filtering keeps."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from caucasus_peace.load import PackageError, load


@pytest.fixture(scope="module")
def full(built: Path) -> dict[str, pd.DataFrame]:
    return {name: load(name, built) for name in ("sources", "events", "quantities", "mentions")}


def _expected(frame: pd.DataFrame, mask: pd.Series, columns: list[str] | None = None) -> pd.DataFrame:
    out = frame[mask.fillna(False).astype(bool)].reset_index(drop=True)
    return out[columns] if columns else out


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_a_date_filter_keeps_the_rows_pandas_keeps(built: Path, full, fmt: str) -> None:
    events = full["events"]
    cut = "2025-08-01"
    got = load("events", built, format=fmt, filters=[("date_start", ">=", cut)])
    want = _expected(events, events["date_start"] >= cut)
    assert 0 < len(got) < len(events)
    pd.testing.assert_frame_equal(got, want)  # types (datetime64, categoricals, nullable) are the same


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_columns_come_in_the_order_asked(built: Path, full, fmt: str) -> None:
    got = load("events", built, format=fmt, columns=["status", "event_id"])
    pd.testing.assert_frame_equal(got, full["events"][["status", "event_id"]])


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_filters_on_columns_not_returned(built: Path, full, fmt: str) -> None:
    q = full["quantities"]
    got = load("quantities", built, format=fmt, columns=["quantity_id"], filters=[("unit", "in", ["person", "km"])])
    want = _expected(q, q["unit"].isin(["person", "km"]), ["quantity_id"])
    assert len(got) > 0
    pd.testing.assert_frame_equal(got, want)


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_any_of_several_groups_and_missing_values(built: Path, full, fmt: str) -> None:
    events = full["events"]
    filters = [
        [("status", "==", "planned")],
        [("place_id", "!=", "plc-armenia"), ("date_end", "<", dt.date(2025, 1, 1))],
    ]
    got = load("events", built, format=fmt, filters=filters)
    # pandas: a comparison with a missing value is false
    mask = (events["status"] == "planned") | (
        (events["place_id"] != "plc-armenia").fillna(False) & (events["date_end"] < "2025-01-01").fillna(False)
    )
    pd.testing.assert_frame_equal(got, _expected(events, mask))


def test_not_in_keeps_missing_values_as_pyarrow_does(built: Path, full) -> None:
    events = full["events"]
    assert events["place_id"].isna().any()
    got = load("events", built, filters=[("place_id", "not in", ["plc-armenia"])])
    pd.testing.assert_frame_equal(got, _expected(events, ~events["place_id"].isin(["plc-armenia"])))
    pd.testing.assert_frame_equal(
        got, load("events", built, format="csv", filters=[("place_id", "not in", ["plc-armenia"])])
    )


def test_integer_and_boolean_filters(built: Path, full) -> None:
    m = full["mentions"]
    got = load("mentions", built, filters=[("char_start", "<", 500)], columns=["mention_id", "char_start"])
    pd.testing.assert_frame_equal(got, _expected(m, m["char_start"] < 500, ["mention_id", "char_start"]))


def test_hashes_are_still_verified(built: Path, tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    shutil.copytree(built, pkg)
    path = pkg / "data" / "events.parquet"
    table = pq.read_table(path)
    titles = table.column("title").to_pylist()
    titles[0] = "Changed after the build"
    i = table.schema.get_field_index("title")
    pq.write_table(table.set_column(i, table.schema.field(i), pa.array(titles, pa.string())), path)
    with pytest.raises(PackageError, match=r"events\.parquet"):
        load("events", pkg, columns=["event_id"], filters=[("status", "==", "occurred")])
    got = load(
        "events",
        pkg,
        verify=False,
        columns=["event_id", "title"],
        filters=[("event_id", "==", table["event_id"][0].as_py())],
    )
    assert got["title"].tolist() == ["Changed after the build"]


def test_unknown_columns_and_operators_are_refused(built: Path) -> None:
    with pytest.raises(KeyError, match="no column 'colour'"):
        load("events", built, columns=["event_id", "colour"])
    with pytest.raises(KeyError, match="no column 'colour'"):
        load("events", built, filters=[("colour", "==", "red")])
    with pytest.raises(ValueError, match="unknown operator 'like'"):
        load("events", built, filters=[("title", "like", "%talks%")])
    with pytest.raises(ValueError, match="not a date"):
        load("events", built, filters=[("date_start", ">=", "August 2025")])
    with pytest.raises(ValueError, match="needs a list"):
        load("events", built, filters=[("status", "in", "occurred")])
    with pytest.raises(TypeError, match="list of column names"):
        load("events", built, columns="event_id")

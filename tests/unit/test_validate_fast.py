"""The vectorised pieces of the written-package validator agree with plain Python on every input."""

from __future__ import annotations

import datetime as dt
import itertools

import numpy as np
import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from caucasus_peace.schema import load_package
from caucasus_peace.validate_cells import (
    CHECKED_CONSTRAINTS,
    CONTROL,
    duplicate_rows,
    has_control_bytes,
    strictly_increasing,
)
from caucasus_peace.validate_links import check_spans
from caucasus_peace.validate_problems import Problems
from caucasus_peace.validate_read import _SHAPES, convert, safe_path


def python_date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if len(text) == 10 and text[4] == "-" and text[7] == "-" else None
    except ValueError:
        return None


DATES = ["2025-02-28", "2025-02-30", "2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29", "0000-01-01"]
DATES += ["2025-13-01", "2025-00-10", "2025-04-31", "2025-12-31", "2025-1-01", " 2025-01-01", "20250101", "x"]


def test_dates_are_real_days_exactly_as_python_says() -> None:
    typed, bad = convert(pa.array([*DATES, None]), "date")
    for text, value, is_bad in zip(DATES, typed.to_pylist(), bad.to_pylist(), strict=False):
        assert value == python_date(text) and is_bad == (python_date(text) is None), text
    assert typed[-1].as_py() is None and bad[-1].as_py() is False  # an empty cell is no type error


@given(st.dates(min_value=dt.date(1, 1, 1)))
def test_every_real_date_is_accepted(day: dt.date) -> None:
    typed, bad = convert(pa.array([day.isoformat()]), "date")
    assert typed.to_pylist() == [day] and bad.to_pylist() == [False]


def test_numbers_integers_and_booleans_take_the_writer_shapes_only() -> None:
    ints = ["0", "-5", "123", "05", "+5", "1.0", "1e3", " 5", "99999999999999999999", None]
    typed, bad = convert(pa.array(ints, pa.string()), "integer")
    assert bad.to_pylist() == [False, False, False, True, True, True, True, True, True, False]
    assert typed.to_pylist()[:3] == [0, -5, 123]
    nums = ["0", "2.5", "-1e-05", "1.5e+16", "inf", "nan", ".5", "1,5"]
    typed, bad = convert(pa.array(nums), "number")
    assert bad.to_pylist() == [False, False, False, False, True, True, True, True]
    assert typed.to_pylist()[:4] == [0.0, 2.5, -1e-05, 1.5e16]
    typed, bad = convert(pa.array(["true", "false", "True", "1"]), "boolean")
    assert typed.to_pylist()[:2] == [True, False] and bad.to_pylist() == [False, False, True, True]


def test_every_schema_constraint_and_type_is_checked() -> None:
    for table in load_package().tables.values():
        for f in table.fields:
            assert set(f.get("constraints", {})) <= CHECKED_CONSTRAINTS, (table.name, f["name"])
            assert f["type"] == "string" or f["type"] in _SHAPES, (table.name, f["name"])


def test_duplicates_are_later_rows_with_a_full_key() -> None:
    data = pa.table({"a": ["x", "y", "x", None, None, "x"], "b": [1, 1, 1, 2, 2, 2]})
    assert duplicate_rows(data, ["a"]).tolist() == [2, 5]
    assert duplicate_rows(data, ["a", "b"]).tolist() == [2]


@given(st.lists(st.tuples(st.text(max_size=3), st.integers(-3, 3)), max_size=8))
def test_strictly_increasing_keys_are_python_sorted_and_distinct(rows: list[tuple[str, int]]) -> None:
    data = pa.table({"a": pa.array([r[0] for r in rows], pa.string()), "b": pa.array([r[1] for r in rows])})
    increasing = all(x < y for x, y in itertools.pairwise(rows))
    assert strictly_increasing(data, ["a", "b"]) == increasing
    assert strictly_increasing(data, ["a"]) == all(x[0] < y[0] for x, y in itertools.pairwise(rows))
    if increasing:
        assert duplicate_rows(data, ["a", "b"]).tolist() == []


@given(st.text())
def test_control_bytes_found_exactly_where_the_cell_check_would(text: str) -> None:
    import re

    assert has_control_bytes(text.encode("utf-8")) == bool(re.search(CONTROL, text))


def test_unsafe_paths_are_refused(tmp_path) -> None:
    import pytest

    from caucasus_peace.validate_problems import PackageUnreadable

    for bad in ["/etc/passwd", "../x.csv", "data/../../x", "~/x", "$HOME/x", "C:\\x", "http://x/y.csv", ""]:
        with pytest.raises(PackageUnreadable):
            safe_path(tmp_path, bad, "here")
    assert safe_path(tmp_path, "data/x.csv", "here") == tmp_path / "data" / "x.csv"


# --- spans ------------------------------------------------------------------------------------

TEXTS = st.dictionaries(
    st.sampled_from(["a", "b", "c"]), st.text(alphabet=st.characters(codec="utf-8"), max_size=40), min_size=1
)


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.lists(st.tuples(st.sampled_from(["a", "b", "c", "zz"]), st.integers(-2, 45), st.integers(-2, 45))))
def test_spans_agree_with_python_slicing(texts: dict[str, str], spans: list[tuple[str, int, int]]) -> None:
    rows, expected_bad = [], []
    for i, (source, start, end) in enumerate(spans):
        text = texts.get(source)
        # Half the rows quote their span truly (where it exists), half quote something near it.
        quoted = text[max(start, 0) : max(end, 0)] if text is not None else "q"
        if i % 2:
            quoted = quoted[::-1] + ("" if i % 4 == 1 else "x")
        rows.append((source, start, end, quoted))
        ok = text is not None and 0 <= start <= end <= len(text) and text[start:end] == quoted
        if text is not None and not ok:
            expected_bad.append(i + 1)
    table = pa.table(
        {
            "source_id": pa.array([r[0] for r in rows], pa.string()),
            "char_start": pa.array([r[1] for r in rows], pa.int64()),
            "char_end": pa.array([r[2] for r in rows], pa.int64()),
            "text": pa.array([r[3] for r in rows], pa.string()),
        }
    )
    problems = Problems(shown=10_000)
    unchecked = check_spans({"mentions": table}, {k: v.encode("utf-8") for k, v in texts.items()}, problems)
    found = [int(line.split("data row ")[1].split(",")[0]) for line in problems.lines]
    assert found == expected_bad
    assert unchecked == sum(1 for r in rows if r[0] not in texts)


def test_spans_in_long_cells_and_multibyte_texts() -> None:
    text = "Ağdam — 𝔸rmenia ünd Azərbaycan. " * 20 + "x" * 40
    spans = [(0, 5), (6, 7), (8, 40), (100, 200), (len(text) - 40, len(text)), (3, 3)]
    quoted = [text[a:b] for a, b in spans]
    quoted[3] = quoted[3][:-1] + "?"  # a long cell wrong in its last character
    table = pa.table(
        {
            "source_id": ["s"] * len(spans),
            "char_start": [a for a, _ in spans],
            "char_end": [b for _, b in spans],
            "text": quoted,
        }
    )
    problems = Problems()
    check_spans({"mentions": table}, {"s": text.encode("utf-8")}, problems)
    assert len(problems.lines) == 1 and "data row 4," in problems.lines[0]
    assert np.all(np.array([len(q) for q in quoted]) >= 0)

"""Partitioned Parquet (parts.py): written for big corpora, described, validated, and read by every reader.

The seeds are five articles; the threshold and the part size are lowered so that they make a "big" package
whose tables span several parts.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from caucasus_peace import parts
from caucasus_peace.load import load
from caucasus_peace.package import file_facts
from caucasus_peace.paths import SEEDS_DIR
from caucasus_peace.schema import load_package
from caucasus_peace.validate_written import check_package

TABLES = list(load_package().tables)


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The seeds built with a threshold of 3 articles and parts of 40 rows (row groups of 10)."""
    from caucasus_peace.pipeline import build

    out = tmp_path_factory.mktemp("big")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(parts, "PARTITION_MIN_SOURCES", 3)
        mp.setattr(parts, "ROWS_PER_PART", 40)
        mp.setattr(parts, "ROW_GROUP_ROWS", 10)
        build(SEEDS_DIR, out, jobs=1)
        yield out


@pytest.fixture
def big_copy(big: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "pkg"
    shutil.copytree(big, copy)
    return copy


def _descriptor(root: Path) -> dict:
    return json.loads((root / "datapackage.json").read_text(encoding="utf-8"))


def _resource(root: Path, name: str) -> dict:
    return next(r for r in _descriptor(root)["resources"] if r["name"] == name)


def test_threshold_decides_unless_the_option_is_given() -> None:
    assert parts.should_partition(parts.PARTITION_MIN_SOURCES + 1, None)
    assert not parts.should_partition(parts.PARTITION_MIN_SOURCES, None)
    assert parts.should_partition(1, True)
    assert not parts.should_partition(10**6, False)


def test_part_slices_cover_every_row_once() -> None:
    assert parts.part_slices(95, 40) == [(0, 40), (40, 40), (80, 15)]
    assert parts.part_slices(80, 40) == [(0, 40), (40, 40)]
    assert parts.part_slices(0, 40) == [(0, 0)]


def test_a_small_corpus_has_single_files_only(built: Path) -> None:
    assert not (built / "data" / parts.PARTS_DIRNAME).exists()
    assert not [r for r in _descriptor(built)["resources"] if r["name"].endswith(parts.PARTS_SUFFIX)]


def test_single_files_are_unchanged_by_partitioning(built: Path, big: Path) -> None:
    for name in TABLES:
        for ext in ("csv", "parquet"):
            assert (big / "data" / f"{name}.{ext}").read_bytes() == (built / "data" / f"{name}.{ext}").read_bytes()


def test_every_table_is_described_in_parts_of_fixed_size(big: Path) -> None:
    for name in TABLES:
        res = _resource(big, f"{name}{parts.PARTS_SUFFIX}")
        assert res["path"] == f"data/parquet/{name}"
        assert res["schema"] == _resource(big, name)["schema"]
        on_disk = sorted(p.name for p in (big / res["path"]).iterdir())
        assert [e["path"].rsplit("/", 1)[1] for e in res["x-parts"]] == on_disk
        rows = [e["rows"] for e in res["x-parts"]]
        assert (all(n == 40 for n in rows[:-1]) and 0 < rows[-1] <= 40) or rows == [0]
        for e in res["x-parts"]:
            assert {k: e[k] for k in ("bytes", "hash")} == file_facts(big / e["path"])
            meta = pq.ParquetFile(big / e["path"]).metadata
            assert meta.num_rows == e["rows"] and all(
                meta.row_group(i).num_rows <= 10 for i in range(meta.num_row_groups)
            )


def test_parts_hold_the_rows_of_the_single_file_in_order(big: Path) -> None:
    for name in TABLES:
        whole = pq.read_table(big / "data" / f"{name}.parquet")
        res = _resource(big, f"{name}{parts.PARTS_SUFFIX}")
        pieces = pa.concat_tables([pq.read_table(big / e["path"]) for e in res["x-parts"]])
        assert pieces.equals(whole)


def test_parts_are_the_same_bytes_on_every_build(big: Path, tmp_path: Path) -> None:
    from caucasus_peace.pipeline import build

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(parts, "ROWS_PER_PART", 40)
        mp.setattr(parts, "ROW_GROUP_ROWS", 10)
        build(SEEDS_DIR, tmp_path / "again", jobs=1, partition=True)
    first = {p.relative_to(big): p.read_bytes() for p in (big / "data" / "parquet").rglob("*.parquet")}
    again = {p.relative_to(tmp_path / "again"): p.read_bytes() for p in (tmp_path / "again").rglob("parquet/*/*")}
    assert first == again
    assert _descriptor(big) == _descriptor(tmp_path / "again")


def test_the_written_package_validates(big: Path) -> None:
    report = check_package(big)
    assert report.valid, report.problems


def test_duckdb_pandas_and_frictionless_read_the_folder(big: Path) -> None:
    from frictionless import Package

    csv_rows = {name: len(pd.read_csv(big / "data" / f"{name}.csv")) for name in TABLES}
    for name in TABLES:
        folder = big / "data" / "parquet" / name
        [(n,)] = duckdb.sql(f"select count(*) from read_parquet('{folder}/*.parquet')").fetchall()
        assert n == csv_rows[name]
        assert len(pd.read_parquet(folder)) == csv_rows[name]
    package = Package(str(big / "datapackage.json"))
    rows = package.get_resource(f"mentions{parts.PARTS_SUFFIX}").read_rows()
    assert len(rows) == csv_rows["mentions"] > 40


def test_the_loader_reads_the_parts(big: Path) -> None:
    for name in ("events", "mentions", "sources"):
        from_parts = load(name, big)
        pd.testing.assert_frame_equal(from_parts, load(name, big, format="csv"))


def test_a_filtered_load_from_parts_skips_nothing_it_should_keep(big: Path) -> None:
    full = load("mentions", big)
    source = full["source_id"].iloc[len(full) // 2]
    got = load("mentions", big, columns=["mention_id", "char_start"], filters=[("source_id", "==", source)])
    want = full[full["source_id"] == source][["mention_id", "char_start"]].reset_index(drop=True)
    pd.testing.assert_frame_equal(got, want)


# --- what validation refuses ---------------------------------------------------------------------


def _rewrite_descriptor(root: Path, desc: dict) -> None:
    (root / "datapackage.json").write_text(json.dumps(desc, indent=2), encoding="utf-8")


def _refresh_facts(root: Path, part: str) -> None:
    """Record a tampered part's new size and hash, so that only the content check can catch it."""
    desc = _descriptor(root)
    for res in desc["resources"]:
        for e in res.get("x-parts", []):
            if e["path"] == part:
                e.update(file_facts(root / part))
    _rewrite_descriptor(root, desc)


def test_a_changed_byte_in_a_part_is_refused(big_copy: Path) -> None:
    part = big_copy / "data" / "parquet" / "events" / "part-00001.parquet"
    data = bytearray(part.read_bytes())
    data[len(data) // 2] ^= 0xFF
    part.write_bytes(bytes(data))
    problems = check_package(big_copy).problems
    assert any("data/parquet/events/part-00001.parquet" in p and "sha256" in p for p in problems), problems


def test_a_part_cell_that_differs_from_the_csv_is_refused(big_copy: Path) -> None:
    rel = "data/parquet/events/part-00001.parquet"
    table = pq.read_table(big_copy / rel)
    titles = table.column("title").to_pylist()
    titles[3] = "A title nobody wrote"
    i = table.schema.get_field_index("title")
    table = table.set_column(i, table.schema.field(i), pa.array(titles, pa.string()))
    pq.write_table(table, big_copy / rel, compression="zstd")
    _refresh_facts(big_copy, rel)
    problems = check_package(big_copy).problems
    assert any("events-parquet-parts" in p and "title" in p and "A title nobody wrote" in p for p in problems), problems


def test_a_file_in_the_folder_that_is_not_listed_is_refused(big_copy: Path) -> None:
    shutil.copy(
        big_copy / "data" / "parquet" / "events" / "part-00000.parquet",
        big_copy / "data" / "parquet" / "events" / "part-00099.parquet",
    )
    problems = check_package(big_copy).problems
    assert any("data/parquet/events" in p and "part-00099.parquet" in p for p in problems), problems


def test_a_missing_part_is_refused(big_copy: Path) -> None:
    (big_copy / "data" / "parquet" / "events" / "part-00001.parquet").unlink()
    report = check_package(big_copy)
    assert not report.valid and "part-00001.parquet" in report.problems[0]


def test_a_table_without_its_parts_is_refused(big_copy: Path) -> None:
    desc = _descriptor(big_copy)
    desc["resources"] = [r for r in desc["resources"] if r["name"] != f"places{parts.PARTS_SUFFIX}"]
    _rewrite_descriptor(big_copy, desc)
    problems = check_package(big_copy).problems
    assert any(f"places{parts.PARTS_SUFFIX}" in p and "missing" in p for p in problems), problems


def test_parts_listed_out_of_order_are_refused(big_copy: Path) -> None:
    desc = _descriptor(big_copy)
    res = next(r for r in desc["resources"] if r["name"] == f"events{parts.PARTS_SUFFIX}")
    res["x-parts"].reverse()
    _rewrite_descriptor(big_copy, desc)
    problems = check_package(big_copy).problems
    assert any("x-parts must list" in p for p in problems), problems


def test_the_release_carries_the_parts_and_validates_unpacked(big: Path, tmp_path: Path) -> None:
    import zipfile

    from caucasus_peace.release import build_release

    release = build_release(big, tmp_path / "dist")
    with zipfile.ZipFile(release) as zf:
        zf.extractall(tmp_path / "unpacked")
        names = zf.namelist()
    assert any(n.endswith("/data/parquet/events/part-00001.parquet") for n in names)
    (folder,) = (tmp_path / "unpacked").iterdir()
    report = check_package(folder)
    assert report.valid, report.problems
    pd.testing.assert_frame_equal(load("events", folder), load("events", big))

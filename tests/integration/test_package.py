"""The written package: frictionless-valid, reproducible, equal to what is committed, readable."""

from __future__ import annotations

import filecmp
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from frictionless import validate

from caucasus_peace.paths import REPO_ROOT, SEEDS_DIR
from caucasus_peace.pipeline import build
from caucasus_peace.schema import load_package
from caucasus_peace.validate import validate_package
from tests.helpers import CHECK_CONTRACT

PACKAGE = load_package()
PUBLISHED = [
    "datapackage.json",
    *(f"data/{t}.{ext}" for t in PACKAGE.tables for ext in ("csv", "parquet")),
    "data/datasette-metadata.json",
]


def test_frictionless_validates_the_package(built: Path) -> None:
    report = validate(str(built / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:20]


def test_frictionless_cli_validates_the_package(built: Path) -> None:
    result = subprocess.run(["frictionless", "validate", "datapackage.json"], cwd=built, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]


def test_package_validator_accepts_build_and_rejects_tampering(built: Path, tmp_path: Path) -> None:
    assert validate_package(built) == []
    import shutil

    copy = tmp_path / "pkg"
    shutil.copytree(built, copy)
    with open(copy / "data" / "sources.csv", "a", encoding="utf-8") as f:
        f.write("extra,row\n")
    problems = validate_package(copy)
    assert any("data/sources.csv" in p for p in problems)


def test_descriptor_records_version_licences_sources_and_files(built: Path) -> None:
    desc = json.loads((built / "datapackage.json").read_text(encoding="utf-8"))
    from caucasus_peace import __version__

    assert desc["version"] == __version__
    assert desc["licenses"] and desc["x-code-license"]["name"] == "MIT"
    assert len(desc["sources"]) == len(list((SEEDS_DIR / "articles").glob("*.txt")))
    names = {r["name"] for r in desc["resources"]}
    for t in PACKAGE.tables:
        assert {t, f"{t}-parquet"} <= names
    for r in desc["resources"]:
        key = "x-hash" if r["format"] == "parquet" else "hash"
        assert r[key].startswith("sha256:")


def test_two_builds_are_byte_identical(built: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    build(SEEDS_DIR, again, jobs=2)
    for rel in [*PUBLISHED, "data/caucasus_peace.db"]:
        assert filecmp.cmp(built / rel, again / rel, shallow=False), f"{rel} differs between two builds"


def test_committed_package_equals_fresh_build(built: Path) -> None:
    stale = [rel for rel in PUBLISHED if not filecmp.cmp(built / rel, REPO_ROOT / rel, shallow=False)]
    assert not stale, f"committed files differ from a fresh build: {stale}; run `caucasus-peace build` and commit"


@pytest.mark.parametrize("table", list(PACKAGE.tables))
def test_parquet_and_csv_hold_the_same_rows(built: Path, table: str) -> None:
    from_parquet = pq.read_table(built / "data" / f"{table}.parquet").to_pandas(types_mapper=pd.ArrowDtype)
    from_csv = pd.read_csv(built / "data" / f"{table}.csv", dtype=str, keep_default_na=False)
    assert list(from_parquet.columns) == list(from_csv.columns)
    assert len(from_parquet) == len(from_csv)


def test_check_contract_holds(built: Path) -> None:
    if not CHECK_CONTRACT.exists():
        pytest.skip("the shared contract checker is not beside this checkout")
    result = subprocess.run(
        [sys.executable, str(CHECK_CONTRACT), str(built), "--seeds", str(SEEDS_DIR)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout


def test_validate_command_reports_success_and_failure(built: Path, tmp_path: Path) -> None:
    ok = subprocess.run(
        [sys.executable, "-m", "caucasus_peace.cli", "validate", str(built)], capture_output=True, text=True
    )
    assert ok.returncode == 0 and "valid" in ok.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "caucasus_peace.cli", "validate", str(tmp_path)], capture_output=True, text=True
    )
    assert bad.returncode != 0 and "datapackage.json" in bad.stderr and "Traceback" not in bad.stderr


def test_sqlite_enforces_keys_and_checks(built: Path) -> None:
    import sqlite3

    con = sqlite3.connect(built / "data" / "caucasus_peace.db")
    con.execute("PRAGMA foreign_keys = ON")
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    with pytest.raises(sqlite3.IntegrityError):
        con.execute(
            "INSERT INTO mentions VALUES ('men-0000000000000000', 'no-such-source', 'plc-x', 'place', 0, 1, "
            "'x', 'alias')"
        )
    with pytest.raises(sqlite3.IntegrityError):
        con.execute("UPDATE sources SET published = '2025-02-30'")
    con.close()


def test_a_place_without_coordinates_is_published(seeds_copy: Path, tmp_path: Path) -> None:
    # A village that no gazetteer knows is a place with null coordinates: frictionless reads Parquet through pandas
    # (null -> NaN, which breaks range constraints), so it must judge the CSV resources, and the build must pass.
    (seeds_copy / "articles" / "zz_village.txt").write_text(
        "Shells hit the village of Verin Tarvash near the border on Monday, officials in Yerevan said.\n",
        encoding="utf-8",
    )
    with open(seeds_copy / "sources.csv", "a", encoding="utf-8") as f:
        f.write("zz_village,Test Wire,2026-03-03,,,\n")
    out = tmp_path / "out"
    build(seeds_copy, out)
    places = pd.read_csv(out / "data" / "places.csv")
    village = places[places["name"] == "Verin Tarvash"]
    assert len(village) == 1 and village["latitude"].isna().all()
    assert validate_package(out) == []


def test_a_country_named_only_by_its_adjective_is_published_with_its_part(seeds_copy: Path, tmp_path: Path) -> None:
    # "Israeli officials accused ...": Israel takes part through its adjective only; its entity row must exist.
    (seeds_copy / "articles" / "zz_adjective.txt").write_text(
        "Israeli officials accused Armenia of violating the ceasefire on Monday, the ministry said.\n",
        encoding="utf-8",
    )
    with open(seeds_copy / "sources.csv", "a", encoding="utf-8") as f:
        f.write("zz_adjective,Test Wire,2026-03-03,,,\n")
    out = tmp_path / "out"
    build(seeds_copy, out)
    parts = pd.read_csv(out / "data" / "event_participants.csv")
    places = pd.read_csv(out / "data" / "places.csv")
    assert "plc-israel" in set(parts["entity_id"]) and "plc-israel" in set(places["place_id"])

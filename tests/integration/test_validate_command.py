"""`caucasus-peace validate`: which package it checks, one `error:` line (never a traceback) for a package
it cannot read, spans checked against the seeds, `--frictionless`, and the committed package."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from caucasus_peace.cli import main
from caucasus_peace.paths import REPO_ROOT, SEEDS_DIR
from caucasus_peace.validate_written import check_package


def run(*args: str) -> Result:
    return CliRunner().invoke(main, ["validate", *args])


@pytest.fixture
def pkg(built: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "pkg"
    shutil.copytree(built, copy)
    return copy


def test_validate_checks_the_package_in_the_current_folder(pkg: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(pkg)
    result = run()
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == f"checking {pkg.resolve() / 'datapackage.json'}"
    assert "spans not checked" in result.stdout  # no seeds/ beside this package, and no --seeds


def test_validate_checks_the_repository_from_elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run()
    assert result.stdout.splitlines()[0] == f"checking {REPO_ROOT / 'datapackage.json'}"
    assert result.exit_code == 0, result.output  # the committed package is valid, its spans checked
    assert "spans checked against" in result.stdout


def test_validate_checks_spans_against_seeds_and_their_hashes(pkg: Path, tmp_path: Path) -> None:
    assert run(str(pkg), "--seeds", str(SEEDS_DIR)).exit_code == 0
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS_DIR, seeds)
    article = next((seeds / "articles").glob("*.txt"))
    article.write_text(article.read_text(encoding="utf-8") + " ", encoding="utf-8")
    result = run(str(pkg), "--seeds", str(seeds))
    assert result.exit_code == 1
    assert f"{article}: sha256 differs from sources.sha256" in result.stderr


def test_frictionless_option_runs_frictionless(pkg: Path) -> None:
    result = run(str(pkg), "--frictionless")
    assert result.exit_code == 0 and "frictionless too" in result.stdout
    # A duplicated key re-hashed past the fast hash check: frictionless reports it too, in its own words.
    from tests.integration.test_validate_corruptions import CORRUPTIONS, rehash

    CORRUPTIONS["duplicated key"].apply(pkg)
    rehash(pkg)
    result = run(str(pkg), "--frictionless")
    assert result.exit_code == 1
    assert "frictionless: mentions" in result.stderr and "mentions: data row 5, column mention_id" in result.stderr


def _descriptor(pkg: Path, edit: Callable[[dict | list], object]) -> None:
    path = pkg / "datapackage.json"
    desc = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps(edit(desc) or desc), encoding="utf-8")


def _resource(index: int, **changes: object) -> Callable[[dict], None]:
    def edit(desc: dict) -> None:
        res = desc["resources"][index]
        for key, value in changes.items():
            if value is None:
                del res[key]
            else:
                res[key] = value

    return edit


BROKEN: dict[str, tuple[Callable[[Path], object], str]] = {
    "garbage parquet": (
        lambda p: (p / "data" / "events.parquet").write_bytes(b"\x00garbage"),
        "data/events.parquet: not a readable Parquet file (Parquet magic bytes not found in footer.",
    ),
    "non-UTF-8 descriptor": (
        lambda p: (p / "datapackage.json").write_bytes(b'{"name": "caf\xe9"}'),
        "datapackage.json line 1: not valid UTF-8",
    ),
    "descriptor not JSON": (
        lambda p: (p / "datapackage.json").write_text("{\n  'name': 1\n}", encoding="utf-8"),
        "datapackage.json line 2: not valid JSON",
    ),
    "list-shaped descriptor": (
        lambda p: _descriptor(p, lambda d: d["resources"]),
        "datapackage.json: holds a JSON list",
    ),
    "resource without path": (lambda p: _descriptor(p, _resource(0, path=None)), "resource 'sources' has no path"),
    "absolute path": (
        lambda p: _descriptor(p, _resource(0, path="/etc/os-release")),
        "resource 'sources': unsafe path '/etc/os-release'",
    ),
    "parent path": (
        lambda p: _descriptor(p, _resource(2, path="../pkg/data/entities.csv")),
        "resource 'entities': unsafe path '../pkg/data/entities.csv'",
    ),
    "list of paths": (
        lambda p: _descriptor(p, _resource(0, path=["data/sources.csv"])),
        "resource 'sources': path must be one relative file path",
    ),
    "missing file": (
        lambda p: (p / "data" / "mentions.csv").unlink(),
        "data/mentions.csv: listed in datapackage.json but missing",
    ),
    "missing descriptor": (lambda p: (p / "datapackage.json").unlink(), "datapackage.json: missing"),
    "symlink out of the package": (
        lambda p: ((p / "data" / "people.csv").unlink(), (p / "data" / "people.csv").symlink_to("/etc/hostname")),
        "resource 'people': path 'data/people.csv' leads outside the package folder",
    ),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_unreadable_package_gives_one_error_line(case: str, pkg: Path) -> None:
    breaks, message = BROKEN[case]
    breaks(pkg)
    result = run(str(pkg))
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit)  # not an uncaught exception
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and message in errors[0], result.stderr
    assert "Traceback" not in result.output


def test_garbage_parquet_through_the_real_command(pkg: Path) -> None:
    (pkg / "data" / "places.parquet").write_bytes(b"PAR1 not parquet at all PAR1")
    from tests.integration.test_validate_corruptions import rehash

    rehash(pkg)
    result = subprocess.run(
        [sys.executable, "-m", "caucasus_peace.cli", "validate", str(pkg)], capture_output=True, text=True
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: data/places.parquet: not a readable Parquet file"), lines


def test_committed_package_passes_the_fast_validator_with_its_seeds() -> None:
    report = check_package(REPO_ROOT, seeds=SEEDS_DIR)
    assert report.problems == []
    assert all("spans" not in note for note in report.notes)


def test_committed_descriptor_passes_frictionless() -> None:
    """CI runs Frictionless, the standard's own judge, on the committed datapackage.json."""
    from frictionless import validate

    report = validate(str(REPO_ROOT / "datapackage.json"))
    assert report.valid, report.flatten(["taskName", "rowNumber", "fieldName", "type", "note"])[:20]


def _as_if_written_by_another_sqlite(db: Path) -> None:
    data = bytearray(db.read_bytes())
    data[96:100] = (3_099_000).to_bytes(4, "big")  # the header's "written by" version number
    db.write_bytes(bytes(data))


def test_database_from_another_sqlite_is_compared_by_its_cells(pkg: Path) -> None:
    """Another SQLite library writes other bytes for the same rows (serve rebuilds a missing database with
    the local one): the hash cannot be compared, the cells still are."""
    db = pkg / "data" / "caucasus_peace.db"
    _as_if_written_by_another_sqlite(db)
    report = check_package(pkg, seeds=SEEDS_DIR)
    assert report.problems == []
    assert any("written by SQLite 3.99.0" in note for note in report.notes)
    import sqlite3

    con = sqlite3.connect(db)
    con.execute("UPDATE places SET name = 'Nowhere' WHERE rowid = 1")
    con.commit()
    con.close()
    _as_if_written_by_another_sqlite(db)
    problems = check_package(pkg, seeds=SEEDS_DIR).problems
    assert any("places (in data/caucasus_peace.db): data row 1, column name" in p for p in problems), problems

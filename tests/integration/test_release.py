"""The release zip: complete, deterministic, a valid data package once unpacked, loadable without the repo."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml

from caucasus_peace import __version__
from caucasus_peace.paths import REPO_ROOT
from caucasus_peace.release import DOCUMENTS, build_release, release_name
from caucasus_peace.schema import load_package

PACKAGE = load_package()
NAME = release_name(__version__)


@pytest.fixture(scope="module")
def release(built: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_release(built, tmp_path_factory.mktemp("dist"))


@pytest.fixture(scope="module")
def unpacked(release: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("unpacked")
    with zipfile.ZipFile(release) as zf:
        zf.extractall(target)
    return target / NAME


def test_zip_is_named_by_version_and_holds_everything(release: Path) -> None:
    assert release.name == f"caucasus-peace-{__version__}.zip"
    with zipfile.ZipFile(release) as zf:
        assert zf.testzip() is None
        names = zf.namelist()
    assert names == sorted(names)
    expected = {
        "datapackage.json",
        "data/caucasus_peace.db",
        "data/datasette-metadata.json",
        *DOCUMENTS,
        *(f"data/{t}.{ext}" for t in PACKAGE.tables for ext in ("csv", "parquet")),
    }
    assert {n.removeprefix(f"{NAME}/") for n in names} == expected
    assert all(n.startswith(f"{NAME}/") for n in names)


def test_zip_is_deterministic(built: Path, release: Path, tmp_path: Path) -> None:
    again = build_release(built, tmp_path, check=False)
    assert again.read_bytes() == release.read_bytes()
    with zipfile.ZipFile(release) as zf:
        assert {i.date_time for i in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_unpacked_release_validates_with_frictionless(unpacked: Path) -> None:
    result = subprocess.run(
        ["frictionless", "validate", "datapackage.json"], cwd=unpacked, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_unpacked_release_loads_without_the_repository(unpacked: Path, tmp_path: Path) -> None:
    # The loader module alone, outside the repository and without caucasus_peace importable.
    (tmp_path / "standalone_load.py").write_bytes((REPO_ROOT / "build" / "caucasus_peace" / "load.py").read_bytes())
    script = (
        "import sys\n"
        "sys.path.insert(0, sys.argv[2])\n"
        "import standalone_load as L\n"
        "assert 'caucasus_peace' not in sys.modules\n"
        "frames = L.load_all(sys.argv[1])\n"
        "print({k: [len(v), str(v.dtypes.get('date_start', ''))] for k, v in frames.items()})\n"
    )
    result = subprocess.run(
        [sys.executable, "-I", "-c", script, str(unpacked), str(tmp_path)], cwd=tmp_path, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-3000:]
    shape = json.loads(result.stdout.replace("'", '"'))
    assert list(shape) == list(PACKAGE.tables)
    assert shape["events"][1] == "datetime64[ns]"


def test_loader_reads_the_unpacked_release(unpacked: Path, built: Path) -> None:
    import pandas as pd

    import caucasus_peace

    released = caucasus_peace.load_all(unpacked)
    for name, frame in caucasus_peace.load_all(built).items():
        pd.testing.assert_frame_equal(released[name], frame, obj=name)


def test_package_command_writes_the_zip(built: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "caucasus_peace.cli", "package", "--root", str(built), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / f"{NAME}.zip").is_file()
    missing = subprocess.run(
        [sys.executable, "-m", "caucasus_peace.cli", "package", "--root", str(tmp_path), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert missing.returncode != 0 and "Traceback" not in missing.stderr and "build" in missing.stderr


def test_citation_file_is_cff_and_matches_version() -> None:
    cff = yaml.safe_load((REPO_ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert cff["cff-version"] == "1.2.0"
    assert {"authors", "message", "title"} <= set(cff) and cff["authors"]
    assert str(cff["version"]) == __version__ == (REPO_ROOT / "VERSION").read_text(encoding="utf-8").strip()
    assert cff["license"] == PACKAGE.meta["licenses"][0]["name"]


def test_datasheet_covers_the_standard_sections() -> None:
    text = (REPO_ROOT / "docs" / "datasheet.md").read_text(encoding="utf-8")
    for section in ("Motivation", "Composition", "Collection process", "Preprocessing", "Uses", "Distribution"):
        assert f"## {section}" in text
    assert "## Maintenance" in text and "## Known limits" in text and "relative dates" in text.lower()

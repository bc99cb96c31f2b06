"""The release zip: complete, deterministic, a valid data package once unpacked, loadable without the repo."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
import yaml

from caucasus_peace import __version__
from caucasus_peace.paths import REPO_ROOT
from caucasus_peace.release import DOCUMENTS, SITE_FILES, build_release, release_name
from caucasus_peace.schema import load_package
from tests.documented import examples

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
        "README.md",
        "load.py",
        "croissant.json",
        "data/caucasus_peace.db",
        "data/datasette-metadata.json",
        *(f"datasette/{name}" for name in SITE_FILES),
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


@pytest.fixture(scope="module")
def bare_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment that sees the test environment's installed packages (pandas, pyarrow,
    ...) but not this repository: the editable install's .pth file is not read from there."""
    venv = tmp_path_factory.mktemp("bare") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(purelib) / "test-deps.pth").write_text("\n".join(sorted(deps)) + "\n", encoding="utf-8")
    return python


def _clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}


def test_bare_python_cannot_import_the_repository(bare_python: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(bare_python), "-c", "import pandas, pyarrow, caucasus_peace"],
        cwd=tmp_path,
        env=_clean_env(),
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0 and "No module named 'caucasus_peace'" in result.stderr


def test_readme_release_line_loads_typed_tables_without_the_repository(bare_python: Path, unpacked: Path) -> None:
    [line] = [e.code for e in examples("release") if e.kind == "python"]
    result = subprocess.run(
        [str(bare_python), "-c", line], cwd=unpacked, env=_clean_env(), capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "datetime64[ns]" in result.stdout and "category" in result.stdout and "Int64" in result.stdout
    # Every table, every column typed by its schema, through the same loader and the same interpreter.
    script = (
        "import json, load, sys\n"
        "assert 'caucasus_peace' not in sys.modules\n"
        "print(json.dumps({n: {c: str(t) for c, t in f.dtypes.items()} for n, f in load.load_all().items()}))\n"
    )
    result = subprocess.run(
        [str(bare_python), "-c", script], cwd=unpacked, env=_clean_env(), capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-3000:]
    dtypes = json.loads(result.stdout)
    assert list(dtypes) == list(PACKAGE.tables)
    expected = {
        "string": "string",
        "integer": "Int64",
        "number": "Float64",
        "boolean": "boolean",
        "date": "datetime64[ns]",
    }
    for name, table in PACKAGE.tables.items():
        for field in table.fields:
            want = "category" if field.get("constraints", {}).get("enum") else expected[field["type"]]
            assert dtypes[name][field["name"]] == want, (name, field["name"])


def test_release_loader_is_the_repository_loader(unpacked: Path) -> None:
    assert (unpacked / "load.py").read_bytes() == (REPO_ROOT / "build" / "caucasus_peace" / "load.py").read_bytes()


def test_release_readme_is_a_dataset_card_with_a_config_per_table(unpacked: Path) -> None:
    text = (unpacked / "README.md").read_text(encoding="utf-8")
    assert text.startswith("---\n")
    card = yaml.safe_load(text.split("---\n")[1])
    assert card["license"] == "cc-by-4.0"
    assert {c["config_name"]: c["data_files"] for c in card["configs"]} == {
        t: f"data/{t}.parquet" for t in PACKAGE.tables
    }
    assert text.split("---\n", 2)[2].lstrip().startswith("# caucasus-peace")


def test_huggingface_datasets_loads_every_table_through_the_card(
    unpacked: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for key, value in {"HF_HOME": str(tmp_path / "hf"), "HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1"}.items():
        monkeypatch.setenv(key, value)  # never the network, never the user's cache
    datasets = pytest.importorskip("datasets")
    import pyarrow.parquet as pq

    for name in PACKAGE.tables:
        rows = pq.read_metadata(unpacked / "data" / f"{name}.parquet").num_rows
        by_card = datasets.load_dataset(str(unpacked), name, split="train", cache_dir=str(tmp_path / "cache"))
        assert by_card.num_rows == rows and by_card.column_names == PACKAGE.tables[name].field_names, name
        by_file = datasets.load_dataset(
            "parquet",
            data_files=str(unpacked / "data" / f"{name}.parquet"),
            split="train",
            cache_dir=str(tmp_path / "cache"),
        )
        assert by_file.num_rows == rows, name
    events = datasets.load_dataset(str(unpacked), "events", split="train", cache_dir=str(tmp_path / "cache"))
    assert events.features["date_start"].dtype == "date32" and events.features["n_sources"].dtype == "int64"


def test_polars_reads_every_table_typed(unpacked: Path) -> None:
    pl = pytest.importorskip("polars")
    expected = {"string": pl.String, "integer": pl.Int64, "number": pl.Float64, "boolean": pl.Boolean, "date": pl.Date}
    for name, table in PACKAGE.tables.items():
        frame = pl.read_parquet(unpacked / "data" / f"{name}.parquet")
        assert frame.columns == table.field_names, name
        for field in table.fields:
            assert frame.schema[field["name"]] == expected[field["type"]], (name, field["name"])
        assert frame.height > 0, name


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


def test_croissant_in_the_release_is_read_by_mlcroissant(unpacked: Path) -> None:
    mlc = pytest.importorskip("mlcroissant")
    import pyarrow.parquet as pq

    dataset = mlc.Dataset(jsonld=str(unpacked / "croissant.json"))  # raises on any validation error
    assert not dataset.metadata.ctx.issues.errors
    for name in PACKAGE.tables:
        rows = pq.read_metadata(unpacked / "data" / f"{name}.parquet").num_rows
        records = list(dataset.records(name))
        assert len(records) == rows, name
        assert set(records[0]) == {f"{name}/{c}" for c in PACKAGE.tables[name].field_names}
    event_types = list(dataset.records("vocabularies/events.event_type"))
    assert len(event_types) == len(PACKAGE.tables["events"].enum("event_type"))

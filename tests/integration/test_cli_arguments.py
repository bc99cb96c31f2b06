"""Arguments are checked before anything heavy is imported: a wrong folder is reported at once."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

CLI = [sys.executable, "-m", "caucasus_peace.cli"]

PROBE = """
import json, sys
from caucasus_peace.cli import main
try:
    main(sys.argv[1:])
except SystemExit as e:
    heavy = [m for m in ("caucasus_peace.pipeline", "caucasus_peace.extract", "pandas", "pyarrow") if m in sys.modules]
    print(json.dumps({"code": e.code, "heavy": heavy}))
"""


def test_missing_seeds_folder_fails_before_heavy_imports(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-seeds"
    result = subprocess.run(
        [sys.executable, "-c", PROBE, "build", "--seeds", str(missing), "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"code": 1, "heavy": []}, report
    assert result.stderr.strip() == (
        f"error: {missing}: is not a readable seeds folder (it does not exist); "
        "--seeds needs a folder with articles/ and sources.csv"
    )
    assert not (tmp_path / "out").exists()


def test_seeds_folder_without_its_files_names_what_is_missing(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    result = subprocess.run(
        [*CLI, "build", "--seeds", str(tmp_path / "seeds"), "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"error: {tmp_path / 'seeds' / 'sources.csv'}: is missing; every seeds folder needs a sources.csv"
    ]


def test_seeds_path_that_is_a_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "seeds.csv"
    path.write_text("source_id\n", encoding="utf-8")
    result = subprocess.run([*CLI, "build", "--seeds", str(path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and f"error: {path}: is not a readable seeds folder (it is a file)" in result.stderr

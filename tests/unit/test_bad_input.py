"""Bad input gets one clear message naming the file (and line), a non-zero exit, and loses nothing."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from caucasus_peace.pipeline import build

FIRST = "000_76851f9429046746"


def snapshot(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A previously published package that every failing build must leave untouched."""
    out = tmp_path_factory.mktemp("published")
    from caucasus_peace.paths import SEEDS_DIR

    build(SEEDS_DIR, out)
    return out


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "caucasus_peace.cli", *args], capture_output=True, text=True, timeout=300
    )


def remove_article(seeds: Path) -> None:
    (seeds / "articles" / f"{FIRST}.txt").unlink()


def non_utf8_article(seeds: Path) -> None:
    (seeds / "articles" / f"{FIRST}.txt").write_bytes("line one\nAzerbaijan \xe9t\xe9\n".encode("latin-1"))


def empty_article(seeds: Path) -> None:
    (seeds / "articles" / f"{FIRST}.txt").write_text("  \n", encoding="utf-8")


def article_without_row(seeds: Path) -> None:
    (seeds / "articles" / "999_extra.txt").write_text("An article nobody listed.\n", encoding="utf-8")


def row_without_article(seeds: Path) -> None:
    with open(seeds / "sources.csv", "a", encoding="utf-8") as f:
        f.write("999_missing,Some Paper,2025-01-02,,,\n")


def duplicate_source_id(seeds: Path) -> None:
    lines = (seeds / "sources.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    (seeds / "sources.csv").write_text("".join([*lines, lines[2]]), encoding="utf-8")


def set_date(value: str) -> Callable[[Path], None]:
    def change(seeds: Path) -> None:
        text = (seeds / "sources.csv").read_text(encoding="utf-8")
        (seeds / "sources.csv").write_text(text.replace("2025-08-06", value, 1), encoding="utf-8")

    return change


def seeds_is_a_file(seeds: Path) -> None:
    import shutil

    shutil.rmtree(seeds)
    seeds.write_text("not a folder\n", encoding="utf-8")


def bad_registry_yaml(seeds: Path) -> None:
    with open(seeds / "registry.yaml", "a", encoding="utf-8") as f:
        f.write("\n  - id: [unclosed\n")


def bad_correction_quote(seeds: Path) -> None:
    path = seeds / "corrections.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Azerbaijan Rift Challenges", "A heading no article has"), encoding="utf-8")


CASES = [
    (remove_article, ["sources.csv line 2", "has no article file"]),
    (non_utf8_article, [f"{FIRST}.txt line 2", "not valid UTF-8"]),
    (empty_article, [f"{FIRST}.txt", "is empty"]),
    (article_without_row, ["999_extra.txt", "has no row"]),
    (row_without_article, ["sources.csv line 7", "999_missing", "has no article file"]),
    (duplicate_source_id, ["sources.csv line 7", "duplicate source_id", "first on line 3"]),
    (set_date("2025-02-30"), ["sources.csv line 3", "'2025-02-30' is not a valid date"]),
    (set_date("06/08/2025"), ["sources.csv line 3", "'06/08/2025' is not a valid date"]),
    (seeds_is_a_file, ["seeds", "is not a readable seeds folder"]),
    (bad_registry_yaml, ["registry.yaml line"]),
    (bad_correction_quote, ["corrections.yaml line", "does not occur in 003_e6b9d41a665ebffb"]),
]


@pytest.mark.parametrize(("breaks", "expected"), CASES, ids=[c[0].__name__ for c in CASES])
def test_bad_input_is_reported_and_old_package_survives(
    breaks: Callable[[Path], None], expected: list[str], seeds_copy: Path, published: Path
) -> None:
    before = snapshot(published)
    breaks(seeds_copy)
    result = run_cli("build", "--seeds", str(seeds_copy), "--out", str(published))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    message = result.stderr.strip()
    assert message.startswith("error: ") and message.count("\n") == 0, message
    for part in expected:
        assert part in message, f"{part!r} not in {message!r}"
    assert snapshot(published) == before
    assert not list(published.glob(".staging-*")), "a failed build left its staging folder behind"


def test_interrupted_build_leaves_old_package(monkeypatch: pytest.MonkeyPatch, published: Path) -> None:
    import caucasus_peace.pipeline as pipeline
    from caucasus_peace.paths import SEEDS_DIR

    before = snapshot(published)
    real = pipeline.write_parquet
    calls = []

    def interrupt_midway(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "write_parquet", interrupt_midway)
    with pytest.raises(KeyboardInterrupt):
        build(SEEDS_DIR, published)
    assert snapshot(published) == before
    assert not list(published.glob(".staging-*"))


def test_invalid_tables_block_publishing(monkeypatch: pytest.MonkeyPatch, published: Path) -> None:
    import caucasus_peace.pipeline as pipeline
    from caucasus_peace.errors import ValidationFailed
    from caucasus_peace.paths import SEEDS_DIR

    before = snapshot(published)
    real = pipeline.assemble

    def corrupt(*args, **kwargs):
        tables = real(*args, **kwargs)
        tables["sources"][0]["n_chars"] = -1
        tables["sources"][1]["sha256"] = "not-a-hash"
        return tables

    monkeypatch.setattr(pipeline, "assemble", corrupt)
    with pytest.raises(ValidationFailed) as info:
        build(SEEDS_DIR, published)
    text = str(info.value)
    assert "n_chars" in text and "sha256" in text
    assert snapshot(published) == before

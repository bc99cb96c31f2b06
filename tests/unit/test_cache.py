"""The extraction cache: a cached build is byte for byte a cold build, every input edit invalidates exactly the
entries it must, a damaged entry is recomputed, and a failed or interrupted build leaves the cache as it was."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from caucasus_peace import cache as cache_module
from caucasus_peace.cache import ExtractionCache, code_version, decode, default_cache_dir, encode
from caucasus_peace.curated import load_curated
from caucasus_peace.paths import SEEDS_DIR
from caucasus_peace.pipeline import build, extract_one
from caucasus_peace.release import release_files
from caucasus_peace.seeds import load_articles
from tests.unit.cli_harness import assert_one_error_line, published_files, run_cli, run_python, snapshot


def keys_of(seeds: Path) -> dict[str, str]:
    articles = load_articles(seeds)
    store = ExtractionCache.open(seeds.parent / "unused", seeds)
    return dict(zip([a.source_id for a in articles], store.keys(articles, load_curated(seeds, articles)), strict=True))


def changed(before: dict[str, str], after: dict[str, str]) -> set[str]:
    return {sid for sid in before if before[sid] != after[sid]}


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture(scope="module")
def cached(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A package built with the cache on: the build fills it."""
    out = tmp_path_factory.mktemp("cached")
    result = build(SEEDS_DIR, out, cache_dir=default_cache_dir(out))
    assert result.reused == 0
    return out


def entries(out: Path) -> list[Path]:
    return sorted(default_cache_dir(out).glob("*/*.json"))


def test_a_cached_build_equals_a_cold_build_byte_for_byte(cached: Path, built: Path, tmp_path: Path) -> None:
    out = shutil.copytree(cached, tmp_path / "out")
    result = build(SEEDS_DIR, out, cache_dir=default_cache_dir(out))
    assert result.reused == result.articles == len(entries(out)) == 5
    assert published_files(cached) == published_files(built)  # cold, cache written
    assert published_files(out) == published_files(built)  # every article from the cache


def test_entries_read_back_exactly(seeds_copy: Path) -> None:
    articles = load_articles(seeds_copy)
    curated = load_curated(seeds_copy, articles)
    for article in articles:
        facts = extract_one(article, curated)
        assert decode(encode(facts)) == facts


def test_a_corrupt_or_truncated_entry_is_recomputed(cached: Path, built: Path, tmp_path: Path) -> None:
    out = shutil.copytree(cached, tmp_path / "out")
    corrupt, truncated = entries(out)[:2]
    good = {p.name: p.read_bytes() for p in entries(out)}
    data = bytearray(corrupt.read_bytes())
    data[-10] ^= 0x20  # one flipped bit inside the JSON: still parses, wrong checksum
    corrupt.write_bytes(bytes(data))
    truncated.write_bytes(truncated.read_bytes()[: len(good[truncated.name]) // 2])
    result = build(SEEDS_DIR, out, cache_dir=default_cache_dir(out))
    assert result.reused == 3
    assert published_files(out) == published_files(built)
    assert {p.name: p.read_bytes() for p in entries(out)} == good  # rewritten whole


def test_the_registry_and_the_code_version_invalidate_every_article(seeds_copy: Path) -> None:
    before = keys_of(seeds_copy)
    edit(seeds_copy / "registry.yaml", "# Curated entity registry", "# The curated entity registry")
    assert changed(before, keys_of(seeds_copy)) == set(before)
    articles = load_articles(seeds_copy)
    curated = load_curated(seeds_copy, articles)
    store = ExtractionCache.open(seeds_copy.parent, seeds_copy)
    other = dataclasses.replace(store, version="another code version")
    assert not set(store.keys(articles, curated)) & set(other.keys(articles, curated))


def test_a_correction_invalidates_only_its_article(seeds_copy: Path) -> None:
    before = keys_of(seeds_copy)
    edit(seeds_copy / "corrections.yaml", 'starts_at: "Azerbaijan Rift', 'starts_at: "Rift')
    assert changed(before, keys_of(seeds_copy)) == {"003_e6b9d41a665ebffb"}


def test_the_event_curation_invalidates_nothing(seeds_copy: Path) -> None:
    # seeds/events.yaml is read when events are merged, after extraction: merging always runs again.
    before = keys_of(seeds_copy)
    edit(seeds_copy / "events.yaml", "why: the detention follows", "why: the detention comes from")
    assert changed(before, keys_of(seeds_copy)) == set()


def test_an_article_edit_invalidates_only_that_article(seeds_copy: Path) -> None:
    before = keys_of(seeds_copy)
    article = sorted((seeds_copy / "articles").glob("*.txt"))[1]
    article.write_text(article.read_text(encoding="utf-8") + "\nA closing line.\n", encoding="utf-8")
    assert changed(before, keys_of(seeds_copy)) == {article.stem}
    edit(seeds_copy / "sources.csv", "exact day unverified", "day not checked")
    assert changed(before, keys_of(seeds_copy)) == {article.stem, "000_76851f9429046746"}


def test_the_code_version_covers_the_extraction_code_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = shutil.copytree(
        cache_module.PACKAGE_DIR, tmp_path / "caucasus_peace", ignore=shutil.ignore_patterns("__pycache__")
    )
    monkeypatch.setattr(cache_module, "PACKAGE_DIR", package)
    versions = []
    for path in (None, "extract/timex.py", "events/lexicon.yaml", "registry.py", "write.py", "serve.py"):
        if path:
            (package / path).write_text((package / path).read_text(encoding="utf-8") + "\n# edited\n")
        code_version.cache_clear()
        versions.append(code_version())
    code_version.cache_clear()
    first, timex, lexicon, registry, write, serve = versions
    assert len({first, timex, lexicon, registry}) == 4  # every extraction edit is a new version
    assert write == serve == registry  # writing and serving are not extraction


def test_an_interrupted_incremental_build_leaves_package_and_cache(
    cached: Path, seeds_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import caucasus_peace.write as write

    out = shutil.copytree(cached, tmp_path / "out")
    article = next((seeds_copy / "articles").glob("*.txt"))
    article.write_text(article.read_text(encoding="utf-8") + "\nA closing line.\n", encoding="utf-8")
    before = snapshot(out)

    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(write, "write_parquet", interrupt)
    with pytest.raises(KeyboardInterrupt):
        build(seeds_copy, out, cache_dir=default_cache_dir(out))
    assert snapshot(out) == before
    assert not list(out.glob(".staging-*"))


def test_releases_never_hold_the_cache(cached: Path) -> None:
    assert entries(cached)
    names = [name for name, _ in release_files(cached)]
    assert names and not [n for n in names if ".cache" in n]


def test_the_cli_says_what_it_reused_and_no_cache_writes_nothing(cached: Path, tmp_path: Path) -> None:
    out = shutil.copytree(cached, tmp_path / "out")
    result = run_cli("build", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert f"reused 5 of 5 articles from the extraction cache ({default_cache_dir(out)})" in result.stdout
    fresh = tmp_path / "fresh"
    result = run_cli("build", "--out", str(fresh), "--no-cache")
    assert result.returncode == 0, result.stderr
    assert "reused" not in result.stdout and not (fresh / ".cache").exists()
    assert published_files(fresh) == published_files(out)


def test_engine_dask_without_dask_says_how_to_install(tmp_path: Path) -> None:
    blocked = "import sys; sys.modules['distributed'] = None; from caucasus_peace.cli import main; main(sys.argv[1:])"
    result = run_python(blocked, "build", "--out", str(tmp_path / "out"), "--engine", "dask")
    assert result.returncode == 1
    assert_one_error_line(result.stderr, "pip install -e '.[dask]'")
    assert not (tmp_path / "out").exists()

"""Every example of README.md and docs/*.md runs on a freshly built package and returns at least one row:
python -c one-liners (pandas, DuckDB, Polars, Hugging Face datasets offline), SQL blocks and sqlite3
queries, and every link to the local Datasette site (opened through Datasette's own client)."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import sys
import urllib.parse
from pathlib import Path

import pytest

from caucasus_peace.serve import make_datasette
from caucasus_peace.site import SEARCH_EXAMPLES
from tests.documented import Example, examples, site_links

PACKAGE_EXAMPLES = examples("package")
EMPTY_MARKERS = ("Empty DataFrame", "0 rows", "shape: (0,", "num_rows: 0")


def offline_env(tmp_path: Path) -> dict[str, str]:
    """The environment of a person's shell, minus anything that points at this repository, and with
    Hugging Face kept offline and its cache in a temporary folder."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return env | {"HF_HOME": str(tmp_path / "hf"), "HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1"}


def test_the_docs_have_examples_of_every_kind() -> None:
    kinds = {(e.doc, e.kind) for e in examples()}
    assert {("README.md", "python"), ("docs/exploring.md", "sqlite"), ("docs/exploring.md", "script")} <= kinds
    assert any(e.where == "release" for e in examples())
    assert len(site_links()) >= 10


@pytest.mark.parametrize("example", PACKAGE_EXAMPLES, ids=[str(e)[:60] for e in PACKAGE_EXAMPLES])
def test_example_runs_and_returns_rows(example: Example, built: Path, tmp_path: Path) -> None:
    if example.kind == "sqlite":
        con = sqlite3.connect(f"file:{built / 'data' / 'caucasus_peace.db'}?mode=ro", uri=True)
        try:
            rows = con.execute(example.code).fetchall()
        finally:
            con.close()
        assert rows, f"{example} returns no rows"
        return
    command = [sys.executable, "-c", example.code]
    result = subprocess.run(command, cwd=built, env=offline_env(tmp_path), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"{example}\n{result.stderr[-3000:]}"
    if example.kind == "python":
        assert result.stdout.strip(), f"{example} printed nothing"
    assert not any(m in result.stdout for m in EMPTY_MARKERS), f"{example} returned no rows:\n{result.stdout}"


@pytest.fixture(scope="module")
def ds(built: Path):
    return make_datasette(built)


def _json_rows(ds, path: str) -> list:
    parts = urllib.parse.urlsplit(path)
    query = [*urllib.parse.parse_qsl(parts.query), ("_shape", "array")]
    response = asyncio.run(ds.client.get(f"{parts.path}.json?{urllib.parse.urlencode(query)}"))
    assert response.status_code == 200, f"{path}: {response.status_code} {response.text[:300]}"
    return response.json()


@pytest.mark.parametrize(("doc", "path"), site_links(), ids=[f"{d}:{p}"[:80] for d, p in site_links()])
def test_site_link_shows_rows(ds, doc: str, path: str) -> None:
    page = asyncio.run(ds.client.get(path))
    assert page.status_code == 200, f"{doc}: {path} answers {page.status_code}"
    if path.startswith("/-/search"):
        # datasette-search-all's page asks each searchable table in the browser: ask them here.
        q = urllib.parse.parse_qs(urllib.parse.urlsplit(path).query)["q"][0]
        found = [t for t in ("sentences", "entities", "places") if _json_rows(ds, f"/caucasus_peace/{t}?_search={q}")]
        assert found, f"{doc}: {path} finds nothing"
        return
    assert _json_rows(ds, path), f"{doc}: {path} shows no rows"


@pytest.mark.parametrize("q", SEARCH_EXAMPLES)
def test_search_examples_of_the_site_find_sentences(ds, q: str) -> None:
    assert q in str(ds.metadata("queries", database="caucasus_peace")["search_sentences"]["description"])
    assert _json_rows(ds, "/caucasus_peace/search_sentences?" + urllib.parse.urlencode({"q": q}))


def test_empty_search_box_finds_nothing_without_an_error(ds) -> None:
    assert _json_rows(ds, "/caucasus_peace/search_sentences?q=") == []
    assert _json_rows(ds, "/caucasus_peace/search_sentences?q=%20%20") == []
    page = asyncio.run(ds.client.get("/caucasus_peace/search_sentences?q="))
    assert page.status_code == 200 and "syntax error" not in page.text

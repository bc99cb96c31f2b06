"""Repository hygiene that once bit similar projects: build/ ignored by git, README drift."""

from __future__ import annotations

import re
import subprocess

from caucasus_peace.docs import BEGIN, END
from caucasus_peace.paths import REPO_ROOT
from caucasus_peace.schema import load_package, markdown_dictionary

README = REPO_ROOT / "README.md"


def test_build_source_root_is_not_ignored() -> None:
    result = subprocess.run(
        ["git", "check-ignore", "-q", "build/caucasus_peace/cli.py"], cwd=REPO_ROOT, capture_output=True
    )
    assert result.returncode == 1, "build/ is ignored by .gitignore: new modules there would stay untracked"


def test_build_has_no_init_module() -> None:
    # A package named `build` would shadow PyPA's build whenever Python runs from the repo root.
    assert not (REPO_ROOT / "build" / "__init__.py").exists()


def test_readme_data_dictionary_is_generated_from_schemas() -> None:
    text = README.read_text(encoding="utf-8")
    match = re.search(re.escape(BEGIN) + r"(.*?)" + re.escape(END), text, re.S)
    assert match, "README lacks the generated data dictionary markers"
    assert match.group(1).strip() == markdown_dictionary(load_package()).strip(), (
        "README data dictionary is stale: run `caucasus-peace docs` and commit README.md"
    )


def test_readme_generated_parts_are_current() -> None:
    from caucasus_peace.docs import readme_text

    text = README.read_text(encoding="utf-8")
    assert readme_text(text) == text, "README is stale: run `caucasus-peace docs` and commit README.md"


def test_corpus_summary_counts_articles_publishers_and_months() -> None:
    import datetime as dt

    from caucasus_peace.docs import corpus_summary

    rows = [
        ("The Daily Example", dt.date(2024, 3, 2)),
        ("The Daily Example", dt.date(2024, 3, 30)),
        ("Invented Wire", dt.date(2019, 11, 5)),
    ]
    assert corpus_summary(rows) == (
        "three news articles from two publishers (Invented Wire and The Daily Example): "
        "two from March 2024 and one from November 2019"
    )


def test_readme_first_screen_states_the_size_of_the_corpus() -> None:
    import csv

    from caucasus_peace.docs import SUMMARY_BEGIN
    from caucasus_peace.paths import SEEDS_DIR

    with open(SEEDS_DIR / "sources.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    first_screen = README.read_text(encoding="utf-8")[:2500]
    assert SUMMARY_BEGIN in first_screen and "already here" in first_screen and "`data/`" in first_screen
    words = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
    count = words[len(rows)] if len(rows) < len(words) else f"{len(rows):,}"
    assert f"{count} news articles" in first_screen
    for publisher in {r["publisher"] for r in rows}:
        assert publisher in first_screen


def test_croissant_json_is_current() -> None:
    from caucasus_peace.docs import croissant_for

    assert (REPO_ROOT / "croissant.json").read_text(encoding="utf-8") == croissant_for(REPO_ROOT), (
        "croissant.json is stale: run `caucasus-peace docs` (after `caucasus-peace build`) and commit it"
    )


def test_croissant_json_has_the_required_fields_and_true_hashes() -> None:
    import hashlib
    import json

    from caucasus_peace.catalogs import CROISSANT_TYPES

    doc = json.loads((REPO_ROOT / "croissant.json").read_text(encoding="utf-8"))
    context = doc["@context"]
    assert context["@vocab"] == "https://schema.org/" and context["cr"] == "http://mlcommons.org/croissant/"
    assert context["dct"] == "http://purl.org/dc/terms/" and context["conformsTo"] == "dct:conformsTo"
    assert doc["@type"] == "sc:Dataset" and doc["conformsTo"] == "http://mlcommons.org/croissant/1.0"
    for key in ("name", "description", "license", "url", "version", "citeAs", "distribution", "recordSet"):
        assert doc.get(key), key
    files = {}
    for fo in doc["distribution"]:
        assert fo["@type"] == "cr:FileObject" and fo["encodingFormat"] in ("application/x-parquet", "text/csv")
        data = (REPO_ROOT / fo["contentUrl"]).read_bytes()
        assert fo["sha256"] == hashlib.sha256(data).hexdigest(), fo["contentUrl"]
        files[fo["@id"]] = fo
    tables = {rs["@id"]: rs for rs in doc["recordSet"]}
    package = load_package()
    for name, table in package.tables.items():
        fields = {f["name"]: f for f in tables[name]["field"]}
        assert list(fields) == table.field_names
        for f in table.fields:
            entry = fields[f["name"]]
            assert entry["dataType"] == CROISSANT_TYPES[f["type"]] and entry["description"] == f["description"]
            assert entry["source"]["fileObject"]["@id"] in files


def test_mlcroissant_validates_croissant_json() -> None:
    import pytest

    mlc = pytest.importorskip("mlcroissant")
    dataset = mlc.Dataset(jsonld=str(REPO_ROOT / "croissant.json"))
    assert not dataset.metadata.ctx.issues.errors
    assert len(list(dataset.records("sources"))) > 0

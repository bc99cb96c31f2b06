"""seeds/sources_review.yaml: reviewed titles, bylines and URLs fill empty cells of sources.csv, strictly."""

from __future__ import annotations

from pathlib import Path

import pytest

from caucasus_peace.errors import SeedError
from caucasus_peace.paths import SEEDS_DIR
from caucasus_peace.seeds import load_articles
from caucasus_peace.source_review import REVIEW_FILE, read_source_review

SOURCES = {
    "a1": {"title": None, "byline": None, "url": None},
    "b2": {"title": None, "byline": "Staff writer", "url": "https://example.org/b2"},
}


def review(tmp_path: Path, text: str) -> dict[str, dict[str, str]]:
    path = tmp_path / REVIEW_FILE
    path.write_text(text, encoding="utf-8")
    return read_source_review(path, SOURCES)


def test_values_with_their_notes_are_read(tmp_path: Path) -> None:
    text = (
        "a1:\n  title: A headline made up for this test\n  title_from: the page header\n"
        "  url: https://example.org/a1\n  url_from: the saved page\n"
        "b2:\n  title: '2025'\n  title_from: the slug\n"
    )
    assert review(tmp_path, text) == {
        "a1": {"title": "A headline made up for this test", "url": "https://example.org/a1"},
        "b2": {"title": "2025"},
    }


def test_missing_or_empty_file_changes_nothing(tmp_path: Path) -> None:
    assert read_source_review(tmp_path / REVIEW_FILE, SOURCES) == {}
    assert review(tmp_path, "# nothing reviewed yet\n") == {}


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("a1:\n  title: T\n  title_from: x\nzz9:\n  title: T\n  title_from: x\n", 4, "'zz9' is not in sources.csv"),
        ("a1:\n  title: T\n  title_from: x\n  headline: H\n", 4, "unknown key 'headline'"),
        ("a1:\n  title: T\n", 2, "needs title_from"),
        ("a1:\n  byline_from: the credits\n", 2, "byline_from without a byline"),
        ("b2:\n  byline: Someone else\n  byline_from: x\n", 2, "already gives byline 'Staff writer'"),
        ("a1:\n  title: '=HYPERLINK(\"x\")'\n  title_from: x\n", 2, "spreadsheet formula"),
        ("a1:\n  url: javascript:alert(1)\n  url_from: x\n", 2, "not an http(s) address"),
        ("a1:\n  url: not a url\n  url_from: x\n", 2, "not an http(s) address"),
        ("a1:\n  title: T\n  title_from: x\n  title: U\n", 4, "duplicate key 'title' (first on line 2)"),
        ("a1:\n  title: T\n  title_from: x\na1:\n  url: https://e.org\n  url_from: x\n", 4, "duplicate key 'a1'"),
        ("a1:\n  title: &t T\n  title_from: *t\n", 2, "anchors or aliases"),
        ("a1:\n  title: [T]\n  title_from: x\n", 2, "must be a non-empty text"),
        ("a1:\n  title: ''\n  title_from: x\n", 2, "must be a non-empty text"),
        ('a1:\n  title: "two\\nlines"\n  title_from: x\n', 2, "line break"),
        ("- a1\n", 1, "must be a mapping"),
        ("a1: [\n", 2, "is not valid YAML"),
    ],
)
def test_bad_review_names_file_and_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    with pytest.raises(SeedError) as err:
        review(tmp_path, text)
    assert err.value.path.endswith(REVIEW_FILE) and err.value.line == line, str(err.value)
    assert words in str(err.value)


def test_the_seeds_review_fills_the_title_from_the_url_slug() -> None:
    articles = {a.source_id: a for a in load_articles(SEEDS_DIR)}
    reviewed = articles["001_5339a5146048fd14"]
    assert reviewed.title == "Trump seeks to broker Armenia-Azerbaijan peace deal at White House"
    slug = reviewed.url.rstrip("/").rsplit("/", 1)[-1].lower()
    assert slug.startswith("-".join(reviewed.title.lower().split()))
    # Values sources.csv gives are kept as they are.
    assert articles["003_e6b9d41a665ebffb"].byline == "Agence France-Presse (AFP)"


def test_datasheet_says_which_titles_bylines_and_urls_are_unknown() -> None:
    from caucasus_peace.paths import REPO_ROOT

    text = (REPO_ROOT / "docs" / "datasheet.md").read_text(encoding="utf-8")
    rows = {}
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 5 and cells[0].startswith("`"):
            rows[cells[0].strip("`")] = dict(zip(("title", "byline", "url"), cells[2:], strict=True))
    articles = {a.source_id: a for a in load_articles(SEEDS_DIR)}
    assert set(rows) == set(articles), "the datasheet's table of known metadata lists every article"
    for source_id, stated in rows.items():
        for field, words in stated.items():
            known = getattr(articles[source_id], field) is not None
            assert (words != "unknown") == known, f"{source_id}.{field}: datasheet says {words!r}"

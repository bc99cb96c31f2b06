"""The strict readers of seed files: RFC 4180 CSV with lines, YAML without duplicates or aliases,
and cells that a spreadsheet would run as formulas."""

from __future__ import annotations

import csv
import io
import time
from pathlib import Path

import pytest

from caucasus_peace.errors import SeedError
from caucasus_peace.paths import SEEDS_DIR
from caucasus_peace.seeds import parse_csv, read_sources
from caucasus_peace.spreadsheet import strip_formula_start, trim_span
from caucasus_peace.yaml_lines import LINE, load_yaml

P = Path("sources.csv")


def test_csv_reads_what_rfc_4180_allows() -> None:
    text = 'a,b,c\r\n"x, y","say ""hi""",\n"two\nlines",2,3\nlast,,\n\n'
    assert parse_csv(text, P) == [
        (1, ["a", "b", "c"]),
        (2, ["x, y", 'say "hi"', ""]),
        (3, ["two\nlines", "2", "3"]),
        (5, ["last", "", ""]),
    ]


def test_csv_agrees_with_the_csv_module_on_the_committed_sources() -> None:
    text = (SEEDS_DIR / "sources.csv").read_text(encoding="utf-8")
    assert [cells for _, cells in parse_csv(text, P)] == list(csv.reader(io.StringIO(text)))


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ('a,b\n1,"2\n', 2, "never closed"),
        ('a,b\n1,"2""\n', 2, "never closed"),
        ('a,b\n1,2"3\n', 2, 'stray "'),
        ('a,b\n"1"x,2\n', 2, "after the closing"),
        ('a,b\n"1\n2"x,2\n', 3, "opened on line 2"),
        ("a,b\n1,2\r3,4\n", 2, "carriage return"),
    ],
)
def test_csv_says_what_is_wrong_and_where(text: str, line: int, message: str) -> None:
    with pytest.raises(SeedError) as info:
        parse_csv(text, P)
    assert info.value.line == line and message in info.value.message


def test_a_utf8_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    """Spreadsheets save "CSV UTF-8" with a BOM: read it as if it were not there."""
    (tmp_path / "sources.csv").write_bytes(b"\xef\xbb\xbf" + (SEEDS_DIR / "sources.csv").read_bytes())
    assert read_sources(tmp_path) == read_sources(SEEDS_DIR)


def test_yaml_keeps_lines_and_refuses_duplicate_keys(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("a:\n  b: 1\n  c: 2\n", encoding="utf-8")
    assert load_yaml(path) == {"a": {"b": 1, "c": 2, LINE: 2}, LINE: 1}
    path.write_text("a:\n  b: 1\n  b: 2\n", encoding="utf-8")
    with pytest.raises(SeedError, match="key 'b' appears twice") as info:
        load_yaml(path)
    assert info.value.line == 3


def test_yaml_alias_bomb_is_refused_at_once(tmp_path: Path) -> None:
    levels = [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    path = tmp_path / "bomb.yaml"
    path.write_text("a0: &a0 lol\n" + "\n".join(levels) + "\n", encoding="utf-8")
    start = time.perf_counter()
    with pytest.raises(SeedError, match="anchors and aliases") as info:
        load_yaml(path)
    assert time.perf_counter() - start < 0.5
    assert info.value.line == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a: " + "[" * 100 + "]" * 100 + "\n", "nests deeper than"),
        ("__line__: 3\n", "reserved key"),
        ("? [1, 2]\n: x\n", "plain value"),
        ("a: \x00\n", "U+0000"),
    ],
)
def test_yaml_refuses_what_curated_files_never_need(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SeedError, match=message.replace("+", r"\+").replace("[", r"\[")):
        load_yaml(path)


def test_yaml_larger_than_the_limit_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"a: [" + b"1, " * 2_000_000 + b"1]\n")
    start = time.perf_counter()
    with pytest.raises(SeedError, match="larger than"):
        load_yaml(path)
    assert time.perf_counter() - start < 0.5


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=HYPERLINK(x)", "HYPERLINK(x)"),
        ("@SUM(1+1) Aliyev", "SUM(1+1) Aliyev"),
        ("+1+1", "1+1"),
        ("-2 soldiers", "2 soldiers"),
        ("- \t= @x", "x"),
        ("\t=1", "1"),
        ("Armenia -2", "Armenia -2"),
        ("", ""),
    ],
)
def test_formula_characters_leave_the_start_of_free_text(value: str, expected: str) -> None:
    assert strip_formula_start(value) == expected


def test_a_trimmed_span_still_slices_the_article() -> None:
    article = "Intro.\n=HYPERLINK(1) Armenia signed.\n-  2 soldiers\n@\n"
    for text in ("=HYPERLINK(1) Armenia signed.", "-  2 soldiers"):
        start = article.index(text)
        row = trim_span({"char_start": start, "char_end": start + len(text), "text": text}, "text")
        assert row is not None and row["text"][0] not in "=+-@\t\r "
        assert article[row["char_start"] : row["char_end"]] == row["text"]
    start = article.index("@\n")
    assert trim_span({"char_start": start, "char_end": start + 1, "text": "@"}, "text") is None
    untouched = {"char_start": 0, "char_end": 6, "text": "Intro."}
    assert trim_span(untouched, "text") is untouched


# An article whose lines start like spreadsheet formulas (own sentences, made up for the test).
FORMULA_ARTICLE = """Armenia and Azerbaijan: cells that look like formulas

=HYPERLINK("http://example.org","Armenia and Azerbaijan signed a peace agreement in Washington on Friday")
@SUM(1+1) Ilham Aliyev met Nikol Pashinyan in Washington on 8 August 2025.
+1+1 Armenia said 300 soldiers were withdrawn from the border on Monday.
-2 Azerbaijan said 12 people were detained in Baku on Tuesday.
- Donald Trump hosted the two leaders at the White House on Friday.
-\t@ =Armenia accused Azerbaijan of shelling 3 villages last week.
"""


def test_no_published_cell_starts_like_a_formula(seeds_copy: Path, tmp_path: Path) -> None:
    from caucasus_peace.pipeline import build
    from caucasus_peace.schema import load_package
    from caucasus_peace.spreadsheet import FORMULA_START

    (seeds_copy / "articles" / "005_formulas.txt").write_text(FORMULA_ARTICLE, encoding="utf-8")
    with open(seeds_copy / "sources.csv", "a", encoding="utf-8") as f:
        f.write("005_formulas,Test Paper,2025-08-09,,,\n")
    build(seeds_copy, tmp_path)  # validates that every span still slices its article
    trimmed = 0
    for table in load_package().tables.values():
        # Every text column, except codes from a fixed vocabulary (cameo_code "---" for "no CAMEO code").
        text_columns = [
            f["name"]
            for f in table.fields
            if f["type"] == "string" and not {"enum", "pattern"} & set(f.get("constraints", {}))
        ]
        with open(tmp_path / "data" / f"{table.name}.csv", encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                for column in text_columns:
                    assert not row[column].startswith(FORMULA_START), (table.name, column, row[column])
                if row.get("source_id") == "005_formulas" and "char_start" in row:
                    before = FORMULA_ARTICLE[: int(row["char_start"])].rstrip(" \t")
                    trimmed += before.endswith(("=", "+", "-", "@"))
    assert trimmed >= 4, "the formula-looking lines should have given trimmed spans"

"""Bad input gets one clear message naming the file (and line), a non-zero exit, and loses nothing.

CASES is the catalogue: each entry breaks a copy of the seeds in one way and runs the real CLI on it.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from caucasus_peace.paths import SEEDS_DIR
from caucasus_peace.pipeline import build
from tests.unit.cli_harness import assert_one_error_line, run_cli, snapshot

FIRST = "000_76851f9429046746"
SECOND = "001_5339a5146048fd14"
TURKIYE_URL = (
    "https://www.turkiyetoday.com/world/trump-seeks-to-broker-armenia-azerbaijan-peace-deal-at-white-house-3205133"
)


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A previously published package that every failing build must leave untouched."""
    out = tmp_path_factory.mktemp("published")
    build(SEEDS_DIR, out)
    return out


def line_of(name: str, needle: str) -> int:
    """1-based line of the first line of a committed seed file containing ``needle``."""
    lines = (SEEDS_DIR / name).read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


def replace(name: str, old: str, new: str) -> Callable[[Path], None]:
    """Replace the first ``old`` in seeds/<name> by ``new``."""

    def change(seeds: Path) -> None:
        path = seeds / name
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {name}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8", newline="")

    change.__name__ = f"replace_in_{name}"
    return change


def append(name: str, text: str) -> Callable[[Path], None]:
    def change(seeds: Path) -> None:
        with open(seeds / name, "a", encoding="utf-8", newline="") as f:
            f.write(text)

    return change


def write(name: str, text: str) -> Callable[[Path], None]:
    def change(seeds: Path) -> None:
        (seeds / name).write_text(text, encoding="utf-8", newline="")

    return change


def remove_article(seeds: Path) -> None:
    (seeds / "articles" / f"{FIRST}.txt").unlink()


def non_utf8_article(seeds: Path) -> None:
    (seeds / "articles" / f"{FIRST}.txt").write_bytes("line one\nAzerbaijan \xe9t\xe9\n".encode("latin-1"))


def empty_article(seeds: Path) -> None:
    (seeds / "articles" / f"{FIRST}.txt").write_text("  \n", encoding="utf-8")


def article_without_row(seeds: Path) -> None:
    (seeds / "articles" / "999_extra.txt").write_text("An article nobody listed.\n", encoding="utf-8")


def duplicate_source_id(seeds: Path) -> None:
    lines = (seeds / "sources.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    (seeds / "sources.csv").write_text("".join([*lines, lines[2]]), encoding="utf-8")


def set_date(value: str) -> Callable[[Path], None]:
    return replace("sources.csv", "2025-08-06", value)


def seeds_is_a_file(seeds: Path) -> None:
    shutil.rmtree(seeds)
    seeds.write_text("not a folder\n", encoding="utf-8")


def in_article(old_line: int, insert: str) -> Callable[[Path], None]:
    """Put ``insert`` in the middle of line ``old_line`` of the first article."""

    def change(seeds: Path) -> None:
        path = seeds / "articles" / f"{FIRST}.txt"
        lines = path.read_text(encoding="utf-8").split("\n")
        words = lines[old_line - 1].split(" ")
        lines[old_line - 1] = " ".join([*words[:3], insert + words[3], *words[4:]])
        path.write_text("\n".join(lines), encoding="utf-8", newline="")

    return change


def article_links_to(target: Callable[[Path], Path]) -> Callable[[Path], None]:
    def change(seeds: Path) -> None:
        path = seeds / "articles" / f"{FIRST}.txt"
        path.unlink()
        path.symlink_to(target(seeds))

    return change


def outside_copy(seeds: Path) -> Path:
    outside = seeds.parent / "elsewhere.txt"
    outside.write_text("Armenia and Azerbaijan met in a text kept outside the seeds.\n", encoding="utf-8")
    return outside


def articles_folder_outside(seeds: Path) -> None:
    shutil.move(seeds / "articles", seeds.parent / "articles-elsewhere")
    (seeds / "articles").symlink_to(seeds.parent / "articles-elsewhere")


def registry_outside(seeds: Path) -> None:
    shutil.move(seeds / "registry.yaml", seeds.parent / "registry-elsewhere.yaml")
    (seeds / "registry.yaml").symlink_to(seeds.parent / "registry-elsewhere.yaml")


def article_is_a_fifo(seeds: Path) -> None:
    path = seeds / "articles" / f"{FIRST}.txt"
    path.unlink()
    os.mkfifo(path)  # reading it would wait forever


def article_is_a_folder(seeds: Path) -> None:
    path = seeds / "articles" / f"{FIRST}.txt"
    path.unlink()
    path.mkdir()


def sources_with_bytes(old: bytes, new: bytes) -> Callable[[Path], None]:
    def change(seeds: Path) -> None:
        data = (seeds / "sources.csv").read_bytes()
        (seeds / "sources.csv").write_bytes(data.replace(old, new, 1))

    return change


# The registry line the two byte-level cases below corrupt (it moves when the registry's header grows).
_REGISTRY = (SEEDS_DIR / "registry.yaml").read_bytes()
_PRESIDENT_LINE = _REGISTRY.split(b"President of the United States")[0].count(b"\n") + 1


def registry_bytes(old: bytes, new: bytes) -> Callable[[Path], None]:
    def change(seeds: Path) -> None:
        data = (seeds / "registry.yaml").read_bytes()
        (seeds / "registry.yaml").write_bytes(data.replace(old, new, 1))

    return change


# A billion laughs: nine levels of nine aliases each, 9**9 copies of "lol" once expanded.
ALIAS_BOMB = (
    "version: 1\nentities:\n  - id: per-bomb\n    type: person\n    name: Bomb\n    description: &a0 lol\n"
    + "    aliases: ["
    + ", ".join(f"&a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10))
    + "]\n"
)
ALIAS_BOMB_LINE = 6
DEEP = "version: 1\nentities: " + "[" * 200 + "]" * 200 + "\n"
LATITUDE = line_of("registry.yaml", "latitude:")
TRUMP = line_of("registry.yaml", "id: per-donald-trump")
ARMENIA = line_of("registry.yaml", "id: plc-armenia")
ENTITIES = line_of("registry.yaml", "entities:")
N_REGISTRY = len((SEEDS_DIR / "registry.yaml").read_text(encoding="utf-8").splitlines())
NOTE = line_of("corrections.yaml", "note:")
PASSAGE = line_of("corrections.yaml", "- source_id:")
SPUTNIK = "Azerbaijani police raided the Baku office of Sputnik"
SPLIT = line_of("events.yaml", "- action: split")
MERGE = line_of("events.yaml", "- action: merge")
TOMORROW = dt.datetime.now(dt.timezone(dt.timedelta(hours=14))).date() + dt.timedelta(days=1)
NEW_PERSON = "\n  - id: per-{slug}\n    type: person\n    name: {name}\n"

CASES = [
    # ------------------------------------------------------------------ articles
    pytest.param(remove_article, ["sources.csv line 2", "has no article file"], id="article-missing"),
    pytest.param(non_utf8_article, [f"{FIRST}.txt line 2", "not valid UTF-8"], id="article-not-utf8"),
    pytest.param(empty_article, [f"{FIRST}.txt", "is empty"], id="article-empty"),
    pytest.param(article_without_row, ["999_extra.txt", "has no row"], id="article-without-row"),
    pytest.param(in_article(3, "\x00"), [f"{FIRST}.txt line 3", "control character U+0000"], id="article-nul"),
    pytest.param(in_article(4, "\x1b[31m"), [f"{FIRST}.txt line 4", "control character U+001B"], id="article-escape"),
    pytest.param(in_article(2, "\x85"), [f"{FIRST}.txt line 2", "control character U+0085"], id="article-c1-control"),
    pytest.param(
        in_article(5, "\r"),
        [f"{FIRST}.txt line 5", "carriage return not followed by a line feed"],
        id="article-bare-cr",
    ),
    pytest.param(
        article_links_to(lambda seeds: Path("/etc/passwd")),
        [f"{FIRST}.txt", "is a symbolic link"],
        id="article-symlink-etc-passwd",
    ),
    pytest.param(article_links_to(outside_copy), [f"{FIRST}.txt", "is a symbolic link"], id="article-symlink-outside"),
    pytest.param(
        article_links_to(lambda seeds: seeds / "articles" / f"{SECOND}.txt"),
        [f"{FIRST}.txt", "is a symbolic link"],
        id="article-symlink-inside",
    ),
    pytest.param(articles_folder_outside, ["articles", "is a symbolic link"], id="articles-folder-symlink"),
    pytest.param(article_is_a_fifo, [f"{FIRST}.txt", "is not a regular file"], id="article-fifo"),
    pytest.param(article_is_a_folder, [f"{FIRST}.txt", "is not a regular file"], id="article-folder"),
    pytest.param(seeds_is_a_file, ["seeds", "is not a readable seeds folder"], id="seeds-is-a-file"),
    # ------------------------------------------------------------------ sources.csv: structure
    pytest.param(
        append("sources.csv", "999_missing,Some Paper,2025-01-02,,,\n"),
        ["sources.csv line 7", "999_missing"],
        id="row-without-article",
    ),
    pytest.param(
        duplicate_source_id, ["sources.csv line 7", "duplicate source_id", "first on line 3"], id="duplicate-source-id"
    ),
    pytest.param(
        replace("sources.csv", "url,byline", "url,url"),
        ["sources.csv line 1", "header names column 'url' twice"],
        id="duplicated-header",
    ),
    pytest.param(
        append("sources.csv", "999_x,Some Paper,2025-01-02,,\n"),
        ["sources.csv line 7", "has 5 cells", "has 6"],
        id="short-row",
    ),
    pytest.param(
        append("sources.csv", "999_x,Some Paper,2025-01-02,,,,\n"),
        ["sources.csv line 7", "has 7 cells", "has 6"],
        id="long-row",
    ),
    pytest.param(
        replace("sources.csv", "Al Jazeera", 'Al "Jazeera"'), ["sources.csv line 2", 'stray "'], id="stray-quote"
    ),
    pytest.param(
        replace("sources.csv", "Al Jazeera", '"Al Jazeera'),
        ["sources.csv line 2", "quoted cell opened on line 2"],
        id="quote-opened-midfile",
    ),
    pytest.param(
        replace("sources.csv", '(23 October 2020)."', "(23 October 2020)."),
        ["sources.csv line 6", "never closed"],
        id="unterminated-quote",
    ),
    pytest.param(
        replace("sources.csv", "Al Jazeera", '"Al" Jazeera'),
        ["sources.csv line 2", "after the closing"],
        id="text-after-quote",
    ),
    pytest.param(
        replace("sources.csv", "Al Jazeera", "Al\rJazeera"),
        ["sources.csv line 2", "carriage return without"],
        id="csv-bare-cr",
    ),
    pytest.param(
        replace("sources.csv", "\n001_", "\n\n001_"), ["sources.csv line 3", "empty line"], id="csv-blank-line"
    ),
    pytest.param(write("sources.csv", ""), ["sources.csv line 1", "is empty"], id="csv-empty"),
    pytest.param(
        replace("sources.csv", ",byline", ""), ["sources.csv line 1", "lacks column(s) byline"], id="csv-missing-column"
    ),
    pytest.param(
        sources_with_bytes(b"Al Jazeera", b"Al Jaz\xe9era"),
        ["sources.csv line 2", "not valid UTF-8"],
        id="csv-not-utf8",
    ),
    # ------------------------------------------------------------------ sources.csv: values
    pytest.param(
        replace("sources.csv", TURKIYE_URL, "javascript:alert(1)"),
        ["sources.csv line 3", "not an http(s) address"],
        id="url-javascript",
    ),
    pytest.param(
        replace("sources.csv", TURKIYE_URL, "file:///etc/passwd"),
        ["sources.csv line 3", "not an http(s) address"],
        id="url-file",
    ),
    pytest.param(
        replace("sources.csv", TURKIYE_URL, "see the print edition"),
        ["sources.csv line 3", "not an http(s) address"],
        id="url-not-a-url",
    ),
    pytest.param(
        replace("sources.csv", TURKIYE_URL, "https:///no-host"),
        ["sources.csv line 3", "not an http(s) address"],
        id="url-without-host",
    ),
    pytest.param(
        set_date("2025-02-30"), ["sources.csv line 3", "'2025-02-30' is not a valid date"], id="date-not-a-day"
    ),
    pytest.param(set_date("06/08/2025"), ["sources.csv line 3", "'06/08/2025' is not a valid date"], id="date-not-iso"),
    pytest.param(set_date("2099-01-01"), ["sources.csv line 3", "2099-01-01 is in the future"], id="date-2099"),
    pytest.param(set_date(TOMORROW.isoformat()), ["sources.csv line 3", "is in the future"], id="date-tomorrow"),
    pytest.param(set_date("9999-12-31"), ["sources.csv line 3", "9999-12-31 is in the future"], id="date-9999"),
    pytest.param(set_date("0001-01-01"), ["sources.csv line 3", "before 1900-01-01"], id="date-0001"),
    pytest.param(set_date("1899-12-31"), ["sources.csv line 3", "before 1900-01-01"], id="date-before-1900"),
    pytest.param(
        replace("sources.csv", "Al Jazeera", '"=HYPERLINK(""http://example.org"",""Click"")"'),
        ["sources.csv line 2", "publisher", "as a formula"],
        id="formula-publisher",
    ),
    pytest.param(
        replace("sources.csv", "Agence France-Presse (AFP)", "@SUM(1+1)"),
        ["sources.csv line 5", "byline", "formula"],
        id="formula-byline",
    ),
    pytest.param(
        replace("sources.csv", "Day inferred: the text", "+1+1 the text"),
        ["sources.csv line 2", "published_note"],
        id="formula-note",
    ),
    pytest.param(
        replace("sources.csv", "Al Jazeera", "\t-2+3"),
        ["sources.csv line 2", "publisher", "formula"],
        id="formula-after-tab",
    ),
    pytest.param(
        replace("sources.csv", "Al Jazeera", "Al\x00Jazeera"),
        ["sources.csv line 2", "publisher", "U+0000"],
        id="csv-nul",
    ),
    pytest.param(
        replace("sources.csv", "Al Jazeera", "Al\x07Jazeera"),
        ["sources.csv line 2", "publisher", "U+0007"],
        id="csv-bell",
    ),
    # ------------------------------------------------------------------ registry.yaml
    pytest.param(append("registry.yaml", "\n  - id: [unclosed\n"), ["registry.yaml line"], id="registry-bad-yaml"),
    pytest.param(registry_outside, ["registry.yaml", "is a symbolic link"], id="registry-symlink-outside"),
    pytest.param(
        replace("registry.yaml", "    latitude:", "    latitude: -45\n    latitude:"),
        [f"registry.yaml line {LATITUDE + 1}", "key 'latitude' appears twice", f"first on line {LATITUDE}"],
        id="registry-duplicate-key",
    ),
    pytest.param(
        append("registry.yaml", "entities: []\n"),
        [f"registry.yaml line {N_REGISTRY + 1}", "key 'entities'"],
        id="registry-duplicate-entities-key",
    ),
    pytest.param(
        append("registry.yaml", NEW_PERSON.format(slug="donald-trump", name="Donald Trump")),
        [f"registry.yaml line {N_REGISTRY + 2}", "duplicate id per-donald-trump", f"first at line {TRUMP}"],
        id="registry-duplicate-id",
    ),
    pytest.param(
        append("registry.yaml", NEW_PERSON.format(slug="donald-trump-2", name="Donald Trump")),
        [f"registry.yaml line {N_REGISTRY + 2}", "'Donald Trump'", "per-donald-trump"],
        id="registry-duplicate-name",
    ),
    pytest.param(
        write("registry.yaml", ALIAS_BOMB),
        [f"registry.yaml line {ALIAS_BOMB_LINE}", "aliases (&name, *name)"],
        id="registry-alias-bomb",
    ),
    pytest.param(write("registry.yaml", DEEP), ["registry.yaml line 2", "nests deeper than"], id="registry-too-deep"),
    pytest.param(
        append("registry.yaml", "#" * 3000000 + "\n"),
        ["registry.yaml", "larger than 2,097,152 bytes"],
        id="registry-too-big",
    ),
    pytest.param(
        replace("registry.yaml", "description: President of the United States", "description: 42"),
        [f"registry.yaml line {TRUMP}", "description must be text, not 42"],
        id="registry-description-int",
    ),
    pytest.param(
        replace("registry.yaml", "description: President of the United States", "description: {a: 1}"),
        [f"registry.yaml line {TRUMP}", "description must be text, not a mapping"],
        id="registry-description-map",
    ),
    pytest.param(
        replace("registry.yaml", "description: President of the United States", 'description: "President\\e"'),
        [f"registry.yaml line {TRUMP}", "description contains the control character U+001B"],
        id="registry-description-control",
    ),
    pytest.param(
        replace("registry.yaml", "name: Donald Trump", "name: \"=cmd|' /C calc'!A0\""),
        [f"registry.yaml line {TRUMP}", "name", "as a formula"],
        id="registry-name-formula",
    ),
    pytest.param(
        replace("registry.yaml", "[Donald J. Trump, Trump]", '[Donald J. Trump, "@SUM(A1)"]'),
        [f"registry.yaml line {TRUMP}", "alias", "formula"],
        id="registry-alias-formula",
    ),
    pytest.param(
        replace("registry.yaml", "[Republic of Armenia]\n    kind: country", "[Republic of Armenia]\n    kind: {a: 1}"),
        [f"registry.yaml line {ARMENIA}", "plc-armenia: kind a mapping is not one of"],
        id="registry-kind-map",
    ),
    pytest.param(
        registry_bytes(b"President of the United States", b"President\x00"),
        [f"registry.yaml line {_PRESIDENT_LINE}", "U+0000"],
        id="registry-raw-nul",
    ),
    pytest.param(
        registry_bytes(b"President of the United States", b"Pr\xe9sident"),
        [f"registry.yaml line {_PRESIDENT_LINE}", "not valid UTF-8"],
        id="registry-not-utf8",
    ),
    # ------------------------------------------------------------------ corrections.yaml
    pytest.param(
        replace("corrections.yaml", "Azerbaijan Rift Challenges", "A heading no article has"),
        ["corrections.yaml line", "does not occur in 003_e6b9d41a665ebffb"],
        id="corrections-bad-quote",
    ),
    pytest.param(
        write("corrections.yaml", "- a\n- b\n"), ["corrections.yaml line 1", "must be a mapping"], id="corrections-list"
    ),
    pytest.param(
        write("corrections.yaml", "compiled_passages: {a: 1}\n"),
        ["corrections.yaml line 1", "must be a list"],
        id="corrections-map-entries",
    ),
    pytest.param(
        write("corrections.yaml", "compiled_passages: [just text]\n"),
        ["corrections.yaml line 1", "must be a mapping"],
        id="corrections-string-entry",
    ),
    pytest.param(
        replace("corrections.yaml", 'starts_at: "Azerbaijan Rift Challenges Russia’s Influence"', "starts_at: 42"),
        [f"corrections.yaml line {PASSAGE}", "starts_at must be text"],
        id="corrections-int-starts-at",
    ),
    pytest.param(
        replace("corrections.yaml", "    note: >-", '    ends_before: "A heading no article has"\n    note: >-'),
        [f"corrections.yaml line {PASSAGE}", "ends_before 'A heading no article has' does not occur after starts_at"],
        id="corrections-ends-before-missing",
    ),
    pytest.param(
        replace("corrections.yaml", "    note: >-", "    note: once\n    note: >-"),
        [f"corrections.yaml line {NOTE + 1}", "key 'note' appears twice"],
        id="corrections-duplicate-key",
    ),
    # ------------------------------------------------------------------ events.yaml
    pytest.param(
        replace("events.yaml", f'quote: "{SPUTNIK}"', f'quote: ["{SPUTNIK}", "a second quote"]'),
        ["events.yaml line", "quote of events item must be text"],
        id="events-quote-list",
    ),
    pytest.param(
        replace("events.yaml", "    why: a dateless", "    why: twice\n    why: a dateless"),
        ["events.yaml line", "key 'why' appears twice"],
        id="events-duplicate-key",
    ),
    pytest.param(
        write("events.yaml", "version: 1\nevents: 5\n"),
        ["events.yaml line 1", "events must be a list"],
        id="events-not-a-list",
    ),
]


@pytest.mark.parametrize(("breaks", "expected"), CASES)
def test_bad_input_is_reported_and_old_package_survives(
    breaks: Callable[[Path], None], expected: list[str], seeds_copy: Path, published: Path
) -> None:
    before = snapshot(published)
    breaks(seeds_copy)
    result = run_cli("build", "--seeds", str(seeds_copy), "--out", str(published))
    assert result.returncode == 1
    assert_one_error_line(result.stderr, *expected)
    assert snapshot(published) == before
    assert not list(published.glob(".staging-*")), "a failed build left its staging folder behind"


def test_interrupted_build_leaves_old_package(monkeypatch: pytest.MonkeyPatch, published: Path) -> None:
    import caucasus_peace.write as write

    before = snapshot(published)
    real = write.write_parquet
    calls = []

    def interrupt_midway(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(write, "write_parquet", interrupt_midway)
    with pytest.raises(KeyboardInterrupt):
        build(SEEDS_DIR, published)
    assert snapshot(published) == before
    assert not list(published.glob(".staging-*"))


def test_invalid_tables_block_publishing(monkeypatch: pytest.MonkeyPatch, published: Path) -> None:
    import caucasus_peace.assemble as assemble
    from caucasus_peace.errors import ValidationFailed

    before = snapshot(published)
    real = assemble.assemble

    def corrupt(*args, **kwargs):
        tables = real(*args, **kwargs)
        tables["sources"][0]["n_chars"] = -1
        tables["sources"][1]["sha256"] = "not-a-hash"
        return tables

    monkeypatch.setattr(assemble, "assemble", corrupt)
    with pytest.raises(ValidationFailed) as info:
        build(SEEDS_DIR, published)
    text = str(info.value)
    assert "n_chars" in text and "sha256" in text
    assert snapshot(published) == before


# Installed through PYTHONPATH in the parent and in every worker (whatever the start method): makes the
# extraction of the first article fail, with a bug (ValueError) or with a SeedError.
SITECUSTOMIZE = f"""
import os
if os.environ.get("CAUCASUS_PEACE_TEST_FAIL"):
    import caucasus_peace.extract.article as article
    from caucasus_peace.errors import SeedError

    real = article.extract_article

    def failing(a, curated):
        if a.source_id == "{FIRST}":
            if os.environ["CAUCASUS_PEACE_TEST_FAIL"] == "bug":
                raise ValueError("year 0 is out of range")
            raise SeedError(a.path, "has a date no calendar has", 3)
        return real(a, curated)

    article.extract_article = failing
"""


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("bug", [f"{FIRST}.txt: extraction failed (ValueError: year 0 is out of range)", "please report it"]),
        ("seed", [f"{FIRST}.txt line 3: has a date no calendar has"]),
    ],
)
def test_errors_in_workers_read_like_errors_in_the_parent(
    kind: str, expected: list[str], tmp_path: Path, published: Path
) -> None:
    (tmp_path / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    path = os.pathsep.join(filter(None, [str(tmp_path), os.environ.get("PYTHONPATH")]))
    env = os.environ | {"PYTHONPATH": path, "CAUCASUS_PEACE_TEST_FAIL": kind}
    before = snapshot(published)
    alone = run_cli("build", "--out", str(published), "--jobs", "1", env=env)
    workers = run_cli("build", "--out", str(published), "--jobs", "2", env=env)
    assert alone.returncode == workers.returncode == 1
    assert_one_error_line(workers.stderr, *expected)
    assert workers.stderr == alone.stderr
    assert snapshot(published) == before


def test_bad_date_with_workers_reads_like_without(seeds_copy: Path, published: Path) -> None:
    set_date("0001-01-01")(seeds_copy)
    alone = run_cli("build", "--seeds", str(seeds_copy), "--out", str(published), "--jobs", "1")
    workers = run_cli("build", "--seeds", str(seeds_copy), "--out", str(published), "--jobs", "2")
    assert_one_error_line(workers.stderr, "sources.csv line 3", "before 1900-01-01")
    assert workers.stderr == alone.stderr and workers.returncode == alone.returncode == 1

"""The benchmark corpus generator (bench/corpus.py): deterministic, varied, and valid input for the build."""

from __future__ import annotations

import collections
import datetime as dt
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from caucasus_peace.extract.sentences import sentence_spans
from caucasus_peace.paths import REPO_ROOT, SEEDS_DIR
from caucasus_peace.seeds import load_articles
from tests.helpers import load_bench_module

corpus = load_bench_module("corpus")
frames = load_bench_module("frames")


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_same_seed_gives_the_same_bytes_in_another_process(tmp_path: Path) -> None:
    corpus.write_corpus(tmp_path / "a", 12, seed=3)
    env = os.environ | {"PYTHONHASHSEED": "12345"}  # set and dict order must not leak into the output
    subprocess.run(
        [
            sys.executable,
            str(REPO_ROOT / "bench" / "corpus.py"),
            str(tmp_path / "b"),
            "--articles",
            "12",
            "--seed",
            "3",
        ],
        check=True,
        env=env,
        capture_output=True,
    )
    a, b = _tree(tmp_path / "a"), _tree(tmp_path / "b")
    assert len(a) == 3 + 1 + 5 + 12
    assert a == b
    corpus.write_corpus(tmp_path / "c", 12, seed=4)
    assert _tree(tmp_path / "c")["articles/gen_000001.txt"] != a["articles/gen_000001.txt"]


def test_a_small_corpus_is_the_prefix_of_a_bigger_one() -> None:
    small, big = corpus.generate_articles(4, seed=3), corpus.generate_articles(9, seed=3)
    assert [(s, a.text, r) for s, a, r in small] == [(s, a.text, r) for s, a, r in big[:4]]


def test_the_folder_holds_the_seeds_unchanged_and_loads_as_seeds(tmp_path: Path) -> None:
    out = corpus.write_corpus(tmp_path / "seeds", 8, seed=1)
    for name in ("registry.yaml", "corrections.yaml", "events.yaml"):
        assert (out / name).read_bytes() == (SEEDS_DIR / name).read_bytes()
    original = (SEEDS_DIR / "sources.csv").read_text(encoding="utf-8")
    assert (out / "sources.csv").read_text(encoding="utf-8").startswith(original)
    seeds = {a.source_id: a.sha256 for a in load_articles(SEEDS_DIR)}
    articles = load_articles(out)
    assert len(articles) == len(seeds) + 8
    assert {a.source_id: a.sha256 for a in articles if a.source_id in seeds} == seeds
    generated = [a for a in articles if a.source_id.startswith("gen_")]
    assert all(corpus.FIRST_DAY <= a.published <= corpus.LAST_DAY for a in generated)


def test_metadata_varies_and_urls_are_http() -> None:
    rows = [row for _, _, row in corpus.generate_articles(80, seed=2)]
    assert len({r[1] for r in rows}) >= 15
    days = sorted(dt.date.fromisoformat(r[2]) for r in rows)
    assert days[0] >= corpus.FIRST_DAY and days[-1] <= corpus.LAST_DAY and (days[-1] - days[0]).days > 1000
    assert all(r[3] == "" or re.match(r"https?://(?:www\.)?[a-z]+\.example/", r[3]) for r in rows)
    assert sum(bool(r[3]) for r in rows) > 40


def test_articles_vary_in_length_and_wording() -> None:
    texts = [a.text for _, a, _ in corpus.generate_articles(200, seed=5)]
    sizes = [len(t.encode("utf-8")) for t in texts]
    assert 4_000 <= sum(sizes) / len(sizes) <= 6_500
    assert min(sizes) >= 500 and max(sizes) <= 16_000
    assert sum(s < 1_500 for s in sizes) >= 20 and sum(s > 8_000 for s in sizes) >= 20
    assert not any("{" in t or "}" in t for t in texts)
    sentences = [t[a:b] for t in texts for a, b in sentence_spans(t) if b - a >= 60]  # not furniture lines
    counts = collections.Counter(sentences)
    assert len(counts) / len(sentences) > 0.8  # few repeats, as per-sentence caches would be flattered
    assert counts.most_common(1)[0][1] / len(sentences) < 0.005
    firsts = {t.split("\n", 1)[0] for t in texts}
    assert len(firsts) > 120  # headlines


def test_every_frame_fills_every_slot() -> None:
    assert len(set(frames.FRAMES)) >= 150
    filler = corpus.Filler(random.Random(0), corpus.load_vocabulary())
    furniture = frames.HEADLINES + frames.DATELINE_FORMS + frames.FOLLOW_LINES + frames.CREDIT_LINES
    for frame in frames.FRAMES + furniture + frames.COPYRIGHT_LINES:
        for _ in range(3):
            text = filler.fill(frame)
            assert "{" not in text and "}" not in text, (frame, text)
    assert re.fullmatch(r"[A-Z]+[A-Z ]* \([^)]+\) — ", filler.fill("{CITY} ({outlet}) — "))
    pair = filler.fill("{city} and {city2}")
    assert pair.split(" and ")[0] != pair.split(" and ")[1]


def test_a_seed_sentence_keeps_its_shape_with_new_names_numbers_and_dates() -> None:
    filler = corpus.Filler(random.Random(11), corpus.load_vocabulary())
    sentence = "Nikol Pashinyan told Putin on Tuesday, June 27, 2023, that 1,200 people had left in the 1990s."
    varied = {filler.vary_seed_sentence(sentence) for _ in range(20)}
    assert sentence not in varied and len(varied) > 10
    weekday, month = "|".join(frames.WEEKDAYS), "|".join(frames.MONTHS)
    shape = (
        rf"\w[\w’'. -]* \w+ told \w+ on (?:{weekday}), (?:{month}) \d{{1,2}}, \d{{4}}, "
        r"that \d,\d{3} people had left in the \d{3}0s\."
    )
    for v in varied:
        assert re.fullmatch(shape, v), v


def test_inputs_todays_build_refuses_only_on_request() -> None:
    """By default every country adjective comes with the country's name, and villages are mapped towns."""
    demonym = re.compile(r"\b(Israeli|Georgian|Ukrainian|Pakistani|Russian|Armenian)s?\b")
    country = {"Israeli": "Israel", "Georgian": "Georgia", "Ukrainian": "Ukraine", "Pakistani": "Pakistan",
               "Russian": "Russia", "Armenian": "Armenia"}  # fmt: skip
    plain = [a.text for _, a, _ in corpus.generate_articles(60, seed=4)]
    used = 0
    for text in plain:
        for m in demonym.finditer(text):
            used += 1
            assert re.search(rf"\b{country[m.group(1)]}\b", text), (m.group(), text)
    assert used > 50
    villages = re.compile(rf"\b(?:{'|'.join(frames.VILLAGE_STEMS)})\b")
    assert not any(villages.search(t) for t in plain)
    hard = [a.text for _, a, _ in corpus.generate_articles(60, seed=4, known_failures=True)]
    assert any(villages.search(t) for t in hard)
    assert not any("did not respond to requests for comment" in t for t in hard)


@pytest.mark.parametrize("variant", corpus.VARIANTS)
def test_one_long_article_has_the_exact_length(variant: str) -> None:
    text = corpus.long_article(60_000, seed=2, variant=variant)
    assert len(text) == 60_000
    assert text == corpus.long_article(60_000, seed=2, variant=variant)
    tokens = re.findall(r"\S+", text)
    if variant == "no-punctuation":
        assert re.fullmatch(r"[\w ]+", text)
    elif variant == "long-tokens":
        assert max(map(len, tokens)) >= 1_000 and re.search(r"[A-Z][a-z]+ [a-z]+ [a-z]+", text)
    else:
        assert text.count("\n") > 10 and max(map(len, tokens)) < 100


@pytest.mark.slow
def test_the_generated_corpus_builds(tmp_path: Path) -> None:
    from caucasus_peace.pipeline import build

    seeds = corpus.write_corpus(tmp_path / "seeds", 6, seed=9)
    result = build(seeds, tmp_path / "out", jobs=1)
    assert result.counts["sources"] == 11
    assert result.counts["mentions"] > 100 and result.counts["events"] > 10

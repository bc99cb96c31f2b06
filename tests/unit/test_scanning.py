"""Anchored scanning and the lowered text find exactly what the plain patterns find."""

from __future__ import annotations

import re
import string
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caucasus_peace.extract import body, entities, organizations, quantities, timex
from caucasus_peace.extract.scanning import (
    alternation,
    anchored_finditer,
    class_first,
    finditer_needing,
    lowered,
    word_anchor,
)
from caucasus_peace.paths import SEEDS_DIR

REAL_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("articles/*.txt"))] + [
    p.read_text(encoding="utf-8") for p in sorted(Path(__file__).parents[1].glob("data/*/*.txt"))
]
# Words that open or fill the patterns, in several cases, next to the characters that case-insensitive matching
# treats specially.
_WORDS = [
    *(  # noqa: SIM905 (a word list reads best as words)
        "the The THE Monday Tuesday Thursday Friday's May March Mar. Sept. Sep 12 2023 1990s '90s 90’s last next this "
        "Last NEXT early mid late Early end beginning of start middle in on 3 31st 20 1 ago AGO Ago day Days week year "
        "years later earlier LATER a an A AN one two Two hundred thousand dozens several few half twice decades-long "
        "for many within over 5km 10% $ 1,000 yesterday today tonight coming century 21st and will said"
    ).split(),
    *["İ", "ı", "ſ", "K", "fıve", "ſeveral", "İn", "\u200b", "\n", ",", "-", "–", ".", "  "],
]
NEWSY = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(["", " ", " ", "-", ",", "\n"])), max_size=40).map(
    lambda parts: "".join(w + s for w, s in parts)
)


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def _check_all(text: str) -> None:
    low = lowered(text)
    assert len(low) == len(text)
    for rx, anchor in timex.ANCHORS.items():
        assert _spans(anchored_finditer(rx, anchor, text)) == _spans(rx.finditer(text)), rx.pattern
    for rx, anchor in quantities.ANCHORS_LOWERED.items():
        assert _spans(anchored_finditer(rx, anchor, low)) == _spans(rx.finditer(low)), rx.pattern
    for module in (timex, quantities):
        for rx, rx_lowered in module.LOWERED.items():
            assert _spans(rx_lowered.finditer(low)) == _spans(rx.finditer(text)), rx.pattern


@pytest.mark.parametrize("index", range(len(REAL_TEXTS)))
def test_anchored_patterns_find_the_same_spans_in_real_articles(index: int) -> None:
    _check_all(REAL_TEXTS[index])


@settings(max_examples=400, deadline=None)
@given(st.one_of(NEWSY, st.text(max_size=60)))
def test_anchored_patterns_find_the_same_spans_in_any_text(text: str) -> None:
    _check_all(text)


def test_lowered_keeps_offsets_and_classes_and_makes_case_insensitive_matching_plain() -> None:
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    low = lowered(everything)
    assert len(low) == len(everything)
    for cls in (r"\w", r"\s", r"\d"):
        rx = re.compile(cls)
        assert _spans(rx.finditer(low)) == _spans(rx.finditer(everything)), cls
    for letter in string.ascii_lowercase:
        insensitive = [m.start() for m in re.finditer(f"(?i){letter}", everything)]
        plain = [m.start() for m in re.finditer(letter, low)]
        assert insensitive == plain, letter


def test_anchor_must_cover_every_start() -> None:
    rx = re.compile(r"\b(?:last|next) week")
    text = "last week and next week"
    assert _spans(anchored_finditer(rx, re.compile(word_anchor(["last", "next"])), text)) == [(0, 9), (14, 23)]
    # an anchor that misses a start misses the match: the tests above are what keeps the real anchors honest
    assert _spans(anchored_finditer(rx, re.compile(word_anchor(["last"])), text)) == [(0, 9)]


def test_word_anchor_opens_each_alternative_with_a_literal() -> None:
    anchor = word_anchor(["several", "scores", "a few"], after=r"(?!\w)")
    assert anchor.split("|")[0].startswith("s(?=")
    assert [m.start() for m in re.finditer(anchor, "a  few, several scores")] == [0, 8, 16]


_ROLE_WORDS = ["spokeswoman", "spokesman", "speaker", "secretary", "chief", "chairman", "envoy", "editor-in-chief",
               "editor", "prime\\s+minister", "president", "head"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(NEWSY.map(lambda t: t.replace("will", "spokesman").replace("said", "Editor-in-chief")))
def test_alternation_grouped_by_first_letter_finds_what_the_plain_one_finds(text: str) -> None:
    for words in (_ROLE_WORDS, sorted(_ROLE_WORDS), ["the", "then", "This", "ago", "a", "an", "The", "Ago"]):
        for template in (r"\b(?:{})\b", r"(?:{})(?:\s+\w+){{0,2}}\s*$", r"(?:\w+\s+){{0,2}}?(?:{})\b"):
            plain = re.compile(template.format("|".join(words)), re.I)
            grouped = re.compile(template.format(alternation(words)), re.I)
            for t in (text, text.lower()):
                assert [m.span() for m in grouped.finditer(t)] == [m.span() for m in plain.finditer(t)]


def test_alternation_groups_by_first_letter_and_refuses_other_openings() -> None:
    assert alternation(["army", "agency", "border"]) == "a(?:rmy|gency)|b(?:order)"
    assert alternation(["May", "march", "Mar"]) == "(?:May|march|Mar)"  # one letter in two cases keeps its order
    assert re.match(alternation(["Mar", "march"]), "March", re.I).group() == "Mar"
    with pytest.raises(ValueError, match="does not start with a letter"):
        alternation(["army", r"\bborder"])


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("fıve days ago", "fıve days ago"),
        ("ſix weeks ago", "ſix weeks ago"),
        ("the fırst century", "the fırst century"),
    ],
)
def test_dates_with_letters_that_match_ascii_letters_are_read(text: str, phrase: str) -> None:
    # Dotless i and long s match i and s case-insensitively; the words they spell are looked up folded.
    assert [r["text"] for r in timex.extract_time_expressions(text, timex.date(2025, 8, 8))] == [phrase]


@pytest.mark.parametrize(
    ("text", "phrase", "low"),
    [
        ("ſeveral people fled", "ſeveral people", 3),
        ("İN EXCESS OF 5 km", "İN EXCESS OF 5 km", 5),
        ("dozenſ of villages were hit", "dozenſ of villages", 24),  # (a bare "decadeſ" is no figure: issue 14)
    ],
)
def test_figures_with_letters_that_match_ascii_letters_are_read(text: str, phrase: str, low: int) -> None:
    assert [(r["text"], r["value_low"]) for r in quantities.extract_quantities(text)] == [(phrase, low)]


def _class_last(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern class_first was given, with its look-behind first again."""
    parts = re.fullmatch(r"\[(.+?)\]\(\?<!(.+?)\(\?s:\.\)\)(.*)", rx.pattern, re.DOTALL)
    assert parts is not None, rx.pattern
    return re.compile(f"(?<!{parts[2]})[{parts[1]}]{parts[3]}", rx.flags)


# Each whole-text scan of the entity extractor, with the plain pattern it stands for.
_CLASS_FIRST = [
    (entities._RUN_SCAN, entities._RUN),
    (entities._CAP_WORD_SCAN, entities._CAP_WORD),
    *((rx, _class_last(rx)) for rx in (entities._ALLCAPS, entities._COMPOUND, entities._BARE_ACRONYM)),
    (organizations._MINISTRY_WORD, re.compile(r"\b[Mm]inistry\b")),
]
_NAME_PARTS = [
    *"NATO U.S. A.B. Ana Bee of the de al bin Nagorno-Karabakh Goris-Kapan O’Brien Ali's x-Ray e.g. IDP/NGO".split(),  # noqa: SIM905
    *["Énergie", "İlham", "ſ", "&", "_", "1", "\n", "'", "’", "-", ".", "  "],
]
NAMES = st.lists(
    st.tuples(st.sampled_from(_NAME_PARTS), st.sampled_from(["", " ", " ", "-", ".", "\t"])), max_size=30
).map(lambda parts: "".join(w + s for w, s in parts))


# Scans started inside a text (every fifth character) are compared over this many characters: a look-behind is
# decided at the start, and a window keeps the check linear in the text (a scan to the end from every start
# would make it quadratic, and the suite would slow with each held-out set).
_WINDOW = 300


def _check_class_first(text: str) -> None:
    for fast, plain in _CLASS_FIRST:
        assert _spans(fast.finditer(text)) == _spans(plain.finditer(text)), plain.pattern
        for pos in range(0, len(text), 5):
            end = pos + _WINDOW
            assert _spans(fast.finditer(text, pos, end)) == _spans(plain.finditer(text, pos, end)), plain.pattern


def test_class_first_moves_the_look_behind_after_the_class() -> None:
    assert class_first("A-Z", r"[\w.]", "x") == r"[A-Z](?<![\w.](?s:.))x"
    assert _class_last(re.compile(class_first("A-Z", r"[\w.]", "x"))).pattern == r"(?<![\w.])[A-Z]x"


@pytest.mark.parametrize("index", range(len(REAL_TEXTS)))
def test_class_first_scans_find_the_same_spans_in_real_articles(index: int) -> None:
    _check_class_first(REAL_TEXTS[index])


@settings(max_examples=400, deadline=None)
@given(st.one_of(NAMES, st.text(max_size=60)))
def test_class_first_scans_find_the_same_spans_in_any_text(text: str) -> None:
    _check_class_first(text)


_NEEDLES = {**body.NEEDLES, **organizations.NEEDLES}


@pytest.mark.parametrize("index", range(len(REAL_TEXTS)))
def test_patterns_are_skipped_only_without_their_words(index: int) -> None:
    text = REAL_TEXTS[index]
    for rx, needles in _NEEDLES.items():
        assert _spans(finditer_needing(rx, text, _NEEDLES)) == _spans(rx.finditer(text)), rx.pattern
        assert all(any(n in m.group() for n in needles) for m in rx.finditer(text)), rx.pattern


def test_every_match_holds_one_of_its_words() -> None:
    """One text that each pattern matches, with none of its other words: each match holds a listed word."""
    samples = [
        "Ana Bee contributed to this report.",
        "Photo: Ana Bee",
        "Follow us on Twitter",
        "Copyright 2025 Example",
        "(c) 2025 Example",
        "example.am | Example Service",
        "the talks endedMORE",
        "the Russian embassy said",
        "Interfax reported",
        "a subsidiary of Gazprom",
        "formerly known as Homeland",
        "Verona, one of the operators",
        "a group calling itself Lotus",
    ]
    matched = {rx for rx in _NEEDLES for t in samples if rx.search(t)}
    assert matched == set(_NEEDLES)
    for rx, needles in _NEEDLES.items():
        for t in samples:
            for m in rx.finditer(t):
                assert any(n in m.group() for n in needles), (rx.pattern, t)

"""The article-wide indexes of the tense rule decide exactly as the windowed scans they replace.

The reference functions below are the scans as first written (one regex pass per window, quadratic in the
window); the extractor reads the same answers from indexes built once per article.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caucasus_peace.extract import timex
from caucasus_peace.paths import SEEDS_DIR


def reference_markers(text: str, lo: int, hi: int) -> list[tuple[int, int, bool]]:
    window = text[lo:hi]
    future = [(m.start() + lo, m.end() + lo) for m in timex._FUTURE.finditer(window)]
    found = [(s, e, True) for s, e in future]
    for m in timex._PAST.finditer(window):
        s, e = m.start() + lo, m.end() + lo
        if any(fs <= s < fe or fs < e <= fe for fs, fe in future):
            continue
        if m.group("ed"):
            word = m.group("ed").lower()
            before = window[: m.start()].split()
            prev = before[-1].lower() if before else ""
            if (
                word in timex._NOT_PAST_ED
                or prev in timex._ADJ_BEFORE
                or prev in timex._PRESENT_AUX
                or (prev.endswith("ly") and prev not in {"only", "early"})
            ):
                continue
        if any(s > fe and len(text[fe:s].split()) <= 3 for _, fe in future):
            continue
        found.append((s, e, False))
    return found


def reference_is_future(text: str, start: int, end: int, default_future: bool = False) -> bool:
    s_lo, s_hi = timex._sentence_bounds(text, start, end)
    c_lo = max([m.end() + s_lo for m in timex._CLAUSE_SPLIT.finditer(text[s_lo:start])], default=s_lo)
    split_after = timex._CLAUSE_SPLIT.search(text, end, s_hi)
    c_hi = split_after.start() if split_after else s_hi
    if timex._PUT_OFF.search(text, max(c_lo, start - 80), start) or timex._TO_DO.search(
        text, max(c_lo, start - 120), start
    ):
        return True
    markers = reference_markers(text, c_lo, c_hi)
    if any(e <= start for _, e, _ in markers):
        markers = [mk for mk in markers if mk[0] < end or not timex._COORDINATED.search(text, end, mk[0])]
    found = timex._nearest(markers, start, end)
    if found is None and not default_future:
        found = timex._nearest(reference_markers(text, s_lo, s_hi), start, end)
    return default_future if found is None else found


def reference_select(hits: list) -> list:
    order = sorted(range(len(hits)), key=lambda i: (-(hits[i].end - hits[i].start), i))
    taken: list = []
    for i in order:
        h = hits[i]
        if all(h.end <= t.start or t.end <= h.start for t in taken):
            taken.append(h)
    return sorted(taken, key=lambda h: (h.start, h.end))


_WORDS = (  # noqa: SIM905 (a word list reads best as words)
    "will would could may might won't 'll expected to set to scheduled for planned was were had said met held "
    "walked fled arrested the disputed highly renewed newly only early and but then or andor thenX and’ll on Friday "
    'Monday in March last week U.S. Sept. Mr. He She It they , ; : ( ) — - . ! ? " ” “ \n'
).split()
TENSE_TEXTS = st.lists(
    st.tuples(st.sampled_from(_WORDS), st.sampled_from([" ", " ", "", "  ", "\n"])), max_size=60
).map(lambda parts: "".join(w + s for w, s in parts))
REAL = [p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("articles/*.txt"))] + [
    p.read_text(encoding="utf-8") for p in sorted(Path(__file__).parents[1].glob("data/unseen*/*.txt"))
]


def _check(text: str) -> None:
    doc = timex._Article(text)
    words = [(i, i + len(w)) for i, w in ((text.find(w, 0), w) for w in ("Friday", "Monday", "March", "week"))]
    spans = [s for s in words if s[0] >= 0] + [(i, i + 1) for i in range(0, len(text), max(1, len(text) // 40))]
    for start, end in spans:
        assert doc.sentence_bounds(start, end) == timex._sentence_bounds(text, start, end)
        for default in (False, True):
            assert doc.is_future(start, end, default) == reference_is_future(text, start, end, default), (start, end)


@settings(max_examples=300, deadline=None)
@given(TENSE_TEXTS)
def test_tense_decisions_equal_the_windowed_scans(text: str) -> None:
    _check(text)


@pytest.mark.parametrize("index", range(len(REAL)))
def test_tense_decisions_equal_the_windowed_scans_in_real_articles(index: int) -> None:
    text = REAL[index]
    doc = timex._Article(text)
    for row in timex.extract_time_expressions(text, timex.date(2025, 8, 8)):
        s, e = row["char_start"], row["char_end"]
        assert doc.sentence_bounds(s, e) == timex._sentence_bounds(text, s, e)
        assert doc.is_future(s, e) == reference_is_future(text, s, e)


def test_windows_full_of_markers_agree() -> None:
    # Thousands of tense markers in one window: the references are quadratic in them, the indexes are not.
    text = "They will walked and said " * 60 + "on Friday " + "it was expected to " * 60
    start = text.index("Friday")
    assert timex.is_future(text, start, start + 6) == reference_is_future(text, start, start + 6)


@pytest.mark.parametrize(
    ("text", "future"),
    [
        ("He was here on Friday and’ll go.", False),  # "and" right before the marker still coordinates
        ("He was here on Friday, andwill go.", False),
        ("He was here on Friday candor will go.", True),  # "and" inside a word does not
    ],
)
def test_coordination_edges(text: str, future: bool) -> None:
    start = text.index("Friday")
    assert timex.is_future(text, start, start + 6) == reference_is_future(text, start, start + 6) == future


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8)), max_size=30))
def test_longest_hits_win_as_before(spans: list[tuple[int, int]]) -> None:
    hits = [timex._Hit(a, a + n, "absolute", None, None, "day") for a, n in spans]
    assert timex._select(hits) == reference_select(hits)

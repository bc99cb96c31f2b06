"""Unlinked name-like spans (caucasus_peace.review.spans), on invented sentences with invented names."""

from __future__ import annotations

import pytest

from caucasus_peace.review.context import Sentences
from caucasus_peace.review.spans import find_occurrences, unlinked_spans


def spans(text: str, *linked: str) -> list[tuple[str, bool]]:
    """(text, after_title) of every candidate, with the given substrings (first occurrence each) linked."""
    blocked = [(text.index(s), text.index(s) + len(s)) for s in linked]
    found = find_occurrences("a1", text, blocked)
    for o in found:
        assert text[o.char_start : o.char_end] == o.text
    return [(o.text, o.after_title) for o in found]


@pytest.mark.parametrize(
    ("text", "linked", "expected"),
    [
        # two or more capitalised words, whatever their place in the sentence
        ("Officials from the Orlen Valley Water Board inspected the dam.", (), [("Orlen Valley Water Board", False)]),
        ("The Orlen Valley Water Board met.", (), [("Orlen Valley Water Board", False)]),
        # connectors inside a name, but not at its ends
        (
            "It was signed at the Ministry of Coastal Works of Varnia.",
            ("Varnia",),
            [("Ministry of Coastal Works", False)],
        ),
        # one word after a title, and after a lower-case role word
        ("Minister Lunde said the talks would go on.", (), [("Lunde", True)]),
        ("The statement was read by spokesman Petrov on the steps.", (), [("Petrov", True)]),
        ("The column was written by army captain Oleg Varin last year.", (), [("Oleg Varin", False)]),
        # a title before a linked name is no candidate, nor a country adjective before a title
        ("Foreign Minister Kari Lunde arrived.", ("Kari Lunde",), []),
        ("Varnian President Tomas Ekker spoke first.", ("Tomas Ekker",), []),
        # a modifier is not a title: "Foreign Ministry" alone names no one
        ("The Foreign Ministry declined to comment.", (), []),
        # single capitalised words, sentence openers, months and weekdays
        ("Tuesday was calm. In March the Varnians voted.", (), []),
        ("Meanwhile Varnia waited.", (), []),
        # possessive: the name ends before it
        ("The Orlen Water Board's report was late.", (), [("Orlen Water Board", False)]),
        # an initial inside a name
        ("A letter from Oleg V. Varin arrived.", (), [("Oleg V. Varin", False)]),
        # a linked mention splits the run; what is left may still be a name
        ("The Varnia Harbour Police Union struck.", ("Varnia",), [("Harbour Police Union", False)]),
        # nothing inside a mention or a date phrase
        ("The Orlen Valley Water Board met.", ("Orlen Valley Water Board",), []),
        ("It happened on Independence Day Eve.", ("Independence Day Eve",), []),
    ],
)
def test_candidates(text: str, linked: tuple[str, ...], expected: list[tuple[str, bool]]) -> None:
    assert spans(text, *linked) == expected


def test_a_title_case_headline_is_skipped_but_the_body_is_read() -> None:
    text = "Varnian Harbour Strike Enters Third Week\nDockers of the Orlen Valley Water Board joined the strike.\n"
    assert spans(text) == [("Orlen Valley Water Board", False)]


def test_runs_do_not_cross_punctuation_or_lines() -> None:
    assert spans("He met Lunde, Ekker and Varin.\nOrlen\nValley") == []


def test_credit_lines_are_not_read() -> None:
    # A credit line is not article body (extract.body): its names are no missed mentions.
    text = "The Orlen Valley Water Board met on the dam.\n(Reporting by Mara Quill; Editing by Ines Dax)\n"
    assert spans(text) == [("Orlen Valley Water Board", False)]


def test_grouped_by_text_ranked_by_occurrences_with_the_first_context() -> None:
    texts = {
        "a1": "The Orlen Valley Water Board met. Later the Tarsk Rail Guild met too.",
        "a2": "A spokesman for the orlen valley water board said little. The Orlen Valley Water Board met again.",
    }
    mentions = [{"source_id": "a1", "char_start": 44, "char_end": 48}]  # "Tarsk" linked: "Rail Guild" remains
    found = unlinked_spans(texts, mentions, [], Sentences(texts))
    assert [(s.text, s.n_occurrences, s.n_sources) for s in found] == [
        ("Orlen Valley Water Board", 2, 2),
        ("Rail Guild", 1, 1),
    ]
    first = found[0]
    assert (first.source_id, first.char_start, first.context) == ("a1", 4, "The Orlen Valley Water Board met.")


def test_context_is_the_whole_sentence_on_one_line_and_cut_when_very_long() -> None:
    texts = {
        "a1": "First line.\nThe Orlen Board met, and\nthen left.",
        "a2": "word " * 90 + "Orlen Board " + "word " * 90,  # one sentence under sentences.MAX_SENTENCE_CHARS
    }
    s = Sentences(texts)
    assert s.around("a1", 16, 27) == "The Orlen Board met, and"
    long = s.around("a2", 450, 461)
    assert "Orlen Board" in long and long.startswith("…") and long.endswith("…") and len(long) < 420
    assert s.around("missing", 0, 1) is None

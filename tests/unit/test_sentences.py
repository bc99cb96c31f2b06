"""Sentence spans: abbreviations, initials, quotes and line breaks."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from caucasus_peace.extract.sentences import MAX_SENTENCE_CHARS, sentence_at, sentence_spans


def sents(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def test_plain_sentences_and_lines():
    text = "Lena Voss arrived. She left!\nIs it over? Yes."
    assert sents(text) == ["Lena Voss arrived.", "She left!", "Is it over?", "Yes."]


def test_abbreviations_do_not_split():
    text = "Mr. Dorn met Gen. Alvo on Sept. 12 in Washington, D.C. at noon. The U.S. Navy was absent."
    assert sents(text) == [
        "Mr. Dorn met Gen. Alvo on Sept. 12 in Washington, D.C. at noon.",
        "The U.S. Navy was absent.",
    ]


def test_initialism_at_sentence_end_splits_before_an_opener():
    text = "The envoy flew to the U.S. The talks began."
    assert sents(text) == ["The envoy flew to the U.S.", "The talks began."]


def test_initials_and_no_before_numbers():
    assert len(sents("Karl J. Ostrow signed Decree No. 5 today.")) == 1
    assert sents("He said no. Then he left.") == ["He said no.", "Then he left."]


def test_quotes_close_sentences():
    text = '"We will stay." Arna nodded. "Why?" he asked.'
    assert sents(text) == ['"We will stay."', "Arna nodded.", '"Why?" he asked.']


def test_lower_case_after_stop_does_not_split():
    assert len(sents("Prices rose 3.5 percent, i.e. faster than wages.")) == 1


def test_sentence_at():
    text = "One. Two three.\nFour."
    spans = sentence_spans(text)
    assert sentence_at(spans, text.index("three")) == spans[1]
    assert sentence_at(spans, text.index("\n")) is None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Ab. ?!\n\"“”'U.S.Mr 1")), max_size=80))
def test_property_spans_are_ordered_trimmed_and_slice(text):
    spans = sentence_spans(text)
    prev = 0
    for a, b in spans:
        assert prev <= a < b <= len(text)
        assert not text[a].isspace() and not text[b - 1].isspace()
        prev = b
    assert "".join(text[a:b] for a, b in spans).replace(" ", "") == "".join(text.split())


def test_a_sentence_longer_than_the_limit_is_cut_at_the_last_space_before_it():
    text = "Lead words " + "word " * 500 + "end."
    spans = sentence_spans(text)
    assert len(spans) > 1
    assert all(b - a <= MAX_SENTENCE_CHARS for a, b in spans)
    assert all(text[b].isspace() for _, b in spans[:-1])  # cut between words
    assert " ".join(text[a:b] for a, b in spans) == text


def test_a_token_longer_than_the_limit_is_cut_inside_it():
    text = "x" * (2 * MAX_SENTENCE_CHARS + 500)
    assert sentence_spans(text) == [
        (0, MAX_SENTENCE_CHARS),
        (MAX_SENTENCE_CHARS, 2 * MAX_SENTENCE_CHARS),
        (2 * MAX_SENTENCE_CHARS, 2 * MAX_SENTENCE_CHARS + 500),
    ]


def test_a_sentence_at_the_limit_stays_whole():
    text = ("a" * 9 + " ") * (MAX_SENTENCE_CHARS // 10 - 1) + "a" * 9 + "."
    assert len(text) == MAX_SENTENCE_CHARS
    assert sentence_spans(text) == [(0, MAX_SENTENCE_CHARS)]


def test_runs_of_stops_end_a_sentence_once():
    text = "Wait" + "." * 500 + " Then it went on!?! Yes"
    assert sents(text) == ["Wait" + "." * 500, "Then it went on!?!", "Yes"]
    assert sents("A…. B.. c") == ["A….", "B.. c"]

"""A quotation of several sentences ('"The verdict is unjust. He is innocent," his lawyer said.') is read as one:
the sentence that closes it opens inside it, so the saying after the closing mark is outside the quotation and
states all of it (issue 12, forty-fifth round). Invented sentences and names."""

from __future__ import annotations

from caucasus_peace.events.clauses import quote_state
from tests.unit.test_event_time_clauses import real_claims

STORY = "Korvania court jails blogger\n\nThe Dravo court jailed a blogger on Friday.\n\n"


def test_a_sentence_that_closes_a_quotation_opened_before_it_starts_inside_it() -> None:
    text = '"The verdict is unjust. He is innocent," Alda Brun said.'
    first_end = text.index("unjust.") + len("unjust.")
    spans, still_open = quote_state(text, 0, first_end)
    assert spans == [(0, first_end)] and still_open
    second = first_end + 1
    spans, still_open = quote_state(text, second, len(text), opened=True)
    closing = text.index('," ') + 2
    assert spans == [(second, closing)] and not still_open  # "Alda Brun said" is outside the quotation


def test_the_saying_after_a_quotation_of_two_sentences_states_both() -> None:
    for said in ('"The verdict is unjust. He is innocent," Alda Brun said.',
                 '"The verdict is unjust. He is innocent," Alda Brun, his lawyer, told reporters.'):  # fmt: skip
        text = STORY + said
        statements = [c for c in real_claims(text) if c["event_type"] == "statement"]
        assert len(statements) == 1, said
        c = statements[0]
        assert c["quote"].startswith('"The verdict is unjust.') and text[c["char_start"] : c["char_end"]] == c["quote"]
        assert "per-alda-brun" in {p["entity_id"] for p in c["participants"]}


def test_a_quotation_of_three_sentences_is_one_quotation() -> None:
    text = STORY + '"The verdict is unjust. He is innocent. We will fight on," Alda Brun said.'
    statements = [c for c in real_claims(text) if c["event_type"] == "statement"]
    assert [c["quote"][:24] for c in statements] == ['"The verdict is unjust. ']


def test_a_new_paragraph_does_not_continue_a_quotation_left_open() -> None:
    """A quotation that runs on into the next paragraph reopens it with a quotation mark of its own (the news
    convention), so a paragraph never starts inside the last one's quotation."""
    text = STORY + '"The verdict is unjust.\n\n"He is innocent," Alda Brun said.'
    statements = [c for c in real_claims(text) if c["event_type"] == "statement"]
    assert [c["quote"][:17] for c in statements] == ['"He is innocent,"']

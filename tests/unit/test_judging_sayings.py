"""A saying whose content judges what it names ('said the sentence was "disproportionate"') is criticism; one that
calls a claim false is a denial, and a passive or a legal term judges nothing. Issue 12, fortieth round. Invented
sentences and names."""

from __future__ import annotations

from tests.unit.test_event_time_clauses import real_types as types


def test_a_saying_that_judges_is_criticism() -> None:
    assert "criticism" in types('Alda Brun said on Thursday that the sentence was "disproportionate".')
    assert "criticism" in types('Tomas Veil told reporters at the scene that the strike was "a war crime".')
    assert "criticism" in types('Alda Brun said on Monday that the arrests were "an attempt to intimidate voters".')


def test_a_claim_called_false_is_denied_not_criticised() -> None:
    found = types('Tomas Veil told reporters on Tuesday that the allegations were "baseless and badly timed".')
    assert "statement" in found and "criticism" not in found


def test_a_passive_or_a_legal_term_judges_nothing() -> None:
    assert "criticism" not in types('Alda Brun said on Wednesday that the permit had been issued "by mistake".')
    assert "criticism" not in types('Tomas Veil told reporters it was "a criminal case, not a political act".')


def test_more_words_of_judgement() -> None:
    assert "criticism" in types('Alda Brun said on Thursday that the verdict was "chilling" for every reporter.')
    assert "criticism" in types('Tomas Veil said on Monday that the apology was "too little and far too late".')
    assert "criticism" in types("Alda Brun said on Friday that the forum was a tool of pressure on Korvania.")
    assert "criticism" in types('Tomas Veil said on Monday that the cancellation was "a missed opportunity".')

"""War named as a figure of speech, a remnant or a thing to avoid ("closes the page of war", "explosive remnants of
war", "to avoid a new war", "voters tired of war") is no war; "warned against" is a saying of its own. Issue 12,
forty-seventh round. Invented sentences and names."""

from __future__ import annotations

import pytest

from tests.unit.test_event_news_shapes import real_claims
from tests.unit.test_events import one


@pytest.mark.parametrize(
    "sentence",
    [
        "Alda Brun said on Friday the treaty closes the page of war between Korvania and Meltoria.",
        "Two deminers were hurt on Friday while clearing explosive remnants of war near Ostrel.",
        "Alda Brun argued on Friday that Korvania must mark its border with Meltoria to avoid a new war.",
        "Tomas Veil is betting that voters tired of war will back the treaty with Meltoria.",
        "The court in Ostrel heard the case under the laws and customs of war on Friday.",
    ],
)
def test_war_as_a_figure_of_speech_is_no_war(sentence: str) -> None:
    assert "war" not in {c["event_type"] for c in real_claims(sentence)}


def test_a_warning_against_something_is_a_statement() -> None:
    found = real_claims("Korvania on Friday warned against any change to its border with Meltoria.")
    assert one(found, "statement")["status"] == "occurred"

"""Non-body spans: link debris, follow, contact and credit lines, found by general patterns."""

from __future__ import annotations

import pytest

from caucasus_peace.extract.body import non_body_spans
from caucasus_peace.paths import SEEDS_DIR
from caucasus_peace.seeds import read_article


def spans_text(text: str) -> list[str]:
    return [text[a:b] for a, b in non_body_spans(text)]


def test_plain_prose_has_no_debris() -> None:
    text = "The envoy met DeSantis and McCarthy in Tbilisi. Follow-up talks are planned for May.\n"
    assert non_body_spans(text) == []


def test_glued_headline_run_ending_in_more() -> None:
    text = (
        "The minister will meet Secretary Dana Holt Danielle (Dani) Holt"
        "HoltHolt: 'Risky' to delay the vote nowHolt urges quick deal on grainSenate passes budget billMORE "
        "on Monday, officials said."
    )
    (debris,) = spans_text(text)
    assert debris.startswith("Danielle (Dani) Holt")
    assert debris.endswith("billMORE")
    assert "Secretary Dana Holt " in text[: text.index(debris)]


def test_follow_contact_and_credit_lines() -> None:
    text = (
        "Talks resumed in Baku on Monday.\n"
        "Follow Caspian Daily on Telegram\n"
        "Follow Example News:\n"
        "- Story By Example Wire (EW)\n"
        "- Compiled & Edited by Night Desk\n"
        "- Mail us at newsroom (at) example.org\n"
        "Photos by Ana Lee\n"
        "(Reporting by Ana Lee; Editing by Bo Park)\n"
    )
    found = spans_text(text)
    assert "Talks resumed in Baku on Monday." not in " ".join(found)
    for line in [
        "Follow Caspian Daily on Telegram",
        "Follow Example News:",
        "- Story By Example Wire (EW)",
        "- Compiled & Edited by Night Desk",
        "- Mail us at newsroom (at) example.org",
        "Photos by Ana Lee",
        "(Reporting by Ana Lee; Editing by Bo Park)",
    ]:
        assert any(line in f for f in found), line


def test_follow_in_a_sentence_is_body() -> None:
    text = "Follow-up meetings will follow the summit, and officials will follow the talks closely.\n"
    assert non_body_spans(text) == []


def test_seed_articles() -> None:
    texts = {p.stem[:3]: read_article(p)[0] for p in sorted((SEEDS_DIR / "articles").glob("*.txt"))}
    assert "Follow Al Jazeera English:" in spans_text(texts["000"])
    debris = spans_text(texts["004"])
    assert len(debris) == 1 and debris[0].endswith("membersMORE") and debris[0].startswith("Michael (Mike)")
    assert "Secretary of State Mike Pompeo " in texts["004"]  # the body mention stays outside
    credits = spans_text(texts["003"])
    assert credits == [
        "- Story By Agence France-Presse (AFP)",
        "- Compiled & Edited by ET Desk",
        "- Mail us at editor (at) eurasiantimes.com",
    ]
    for t in texts.values():
        for a, b in non_body_spans(t):
            assert 0 <= a < b <= len(t)


def test_bylines_without_by_at_the_top_or_bottom_are_credits() -> None:
    text = (
        "Ferry talks stall\n"
        "Marta Quillet, Caspian Daily\n"
        "Ferry operators met in Poti on Monday, officials said.\n"
        "Second paragraph of the story.\n"
        "Third paragraph of the story.\n"
        "Fourth paragraph of the story.\n"
        "Fifth paragraph of the story.\n"
        "Reporting by Ana Lee; Editing by Bo Park\n"
        "Ana Lee | NWS\n"
    )
    found = spans_text(text)
    assert found == ["Marta Quillet, Caspian Daily", "Reporting by Ana Lee; Editing by Bo Park", "Ana Lee | NWS"]
    # Mid-article, or a sentence with a verb, or a heading that starts with a function word is body.
    middle = "Intro line.\nA.\nB.\nC.\nD.\nMarta Quillet, Caspian Daily\nE.\nF.\nG.\nH.\n"
    assert non_body_spans(middle) == []
    assert non_body_spans("Marta Quillet, the envoy, said talks stalled.\nAnd Then, Silence\n") == []


def test_wire_credit_with_writing_by() -> None:
    text = "Talks stalled.\n(Reporting by Ana Lee in Poti; Writing by Bo Park)\nWriting by Bo Park\n"
    assert spans_text(text) == ["(Reporting by Ana Lee in Poti; Writing by Bo Park)", "Writing by Bo Park"]


def test_bylines_of_names_alone_under_the_headline() -> None:
    text = (
        "Ministers trade barbs over a stalled bridge project\n\n"
        "Talin Vardanyan, Rauf Aliyev and Mariam Beridze\n\n"
        "Work on the bridge stopped in May, Talin Vardanyan's sources said.\n"
    )
    assert spans_text(text) == ["Talin Vardanyan, Rauf Aliyev and Mariam Beridze"]
    one = "Court adjourns a land case\n\nShushan Galstian\n\nA court in Goris adjourned the case on Monday.\n"
    assert spans_text(one) == ["Shushan Galstian"]


@pytest.mark.parametrize(
    "byline", ["Talin Vardanyan in Goris and Rauf Aliyev in Lachin", "Shushan Galstian in Berd, Tavush province"]
)
def test_bylines_with_where_each_reporter_files_from(byline: str) -> None:
    assert spans_text(f"A quiet border road reopens\n\n{byline}\n\nThe road reopened on Monday.\n") == [byline]
    # a heading that only looks like a name in a place is not a byline
    assert non_body_spans("Talks resume\n\nNagorno Karabakh in Focus\n\nTalks resumed on Monday.\n") == []


def test_headline_words_and_place_lines_are_not_bylines() -> None:
    # The first line is the headline, even when it is only two names; a place alone is no byline; a hyphenated
    # word in a headline is no "Name - Outlet" separator.
    text = "Gorgen Petrosyan\n\nNagorno Karabakh\n\nThe vote was held on Sunday.\n"
    assert non_body_spans(text) == []
    headline = "Court Remands Opposition-Leaning Journalist In Custody\n\nThe court ruled on Friday.\n"
    assert non_body_spans(headline) == []


def test_photo_credits_contributor_lines_and_site_name_lines_are_credits() -> None:
    text = (
        "Farmers rallied in Goris on Monday.\n\n"
        "Farmers outside the town hall in Goris. Photo: Mane Aslanyan/Caspian Daily.\n"
        "Photo: Press Office of the Governor of Syunik\n"
        "Photo: Ana Bee, left, with the mayor of Goris in March.\n"
        "Example writer Levon Hakobyan in Kapan contributed to this report.\n"
        "Caspiandaily.am | Caspian Daily's Armenian Service\n"
    )
    assert spans_text(text) == [
        "Photo: Mane Aslanyan/Caspian Daily.",
        "Photo: Press Office of the Governor of Syunik",
        "Example writer Levon Hakobyan in Kapan contributed to this report.",
        "Caspiandaily.am | Caspian Daily's Armenian Service",
    ]


def test_assistance_author_contact_and_dated_bylines_are_credits() -> None:
    text = (
        "Ferry talks stall\n"
        "Marta Quillet | 08.09.2031\n"
        "Ferry operators met in Poti on Monday, officials said.\n"
        "Second paragraph of the story.\n"
        "Third paragraph of the story.\n"
        "--With assistance from Bo Park.\n"
        "To contact the reporter on this story:\n"
        "Ana Lee in Poti at alee@news.example\n"
        "Author: Ana Lee\n"
    )
    assert spans_text(text) == [
        "Marta Quillet | 08.09.2031",
        "--With assistance from Bo Park.",
        "Ana Lee in Poti at alee@news.example",
        "Author: Ana Lee",
    ]
    # a sentence that names an author or gives an address inside the story stays body
    body = "The author: Ana Lee wrote that ferries met in Poti, where officials said talks at the port would go on.\n"
    assert non_body_spans(body) == []

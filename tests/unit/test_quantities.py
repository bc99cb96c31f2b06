"""Quantities: qualifiers, bounds, vague counts, units, measures, exclusions and attribution."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caucasus_peace.extract.quantities import VAGUE_COUNTS, extract_quantities

SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "articles"
FIELDS = {
    "char_start", "char_end", "text", "value", "value_low", "value_high", "unit", "qualifier", "measure",
    "counted", "attributed_to",
}  # fmt: skip
QUALIFIERS = {"exact", "approximately", "more_than", "at_least", "less_than", "almost", "vague"}


def rows(text: str) -> list[dict]:
    out = extract_quantities(text)
    for r in out:
        assert set(r) == FIELDS
        assert text[r["char_start"] : r["char_end"]] == r["text"]
    return out


def one(text: str, span: str) -> dict:
    """The row whose text is exactly ``span``."""
    found = [r for r in rows(text) if r["text"] == span]
    assert len(found) == 1, [r["text"] for r in rows(text)]
    return found[0]


def texts(text: str) -> list[str]:
    return [r["text"] for r in rows(text)]


# ------------------------------------------------------------------ qualifiers and bounds
@pytest.mark.parametrize(
    ("sentence", "span", "qualifier", "value", "low", "high"),
    [
        ("The flood left more than 300 villagers homeless.", "more than 300 villagers", "more_than", 300, 300, None),
        ("Over 40 fishing boats sank near Port Helm.", "Over 40 fishing boats", "more_than", 40, 40, None),
        ("At least 12 miners were trapped.", "At least 12 miners", "at_least", 12, 12, None),
        ("Fewer than 90 delegates came to Ostrava.", "Fewer than 90 delegates", "less_than", 90, None, 90),
        ("The hall holds up to 500 guests.", "up to 500 guests", "less_than", 500, None, 500),
        ("Nearly 70 farms were flooded.", "Nearly 70 farms", "almost", 70, None, 70),
        ("Almost 8,000 ballots were spoiled.", "Almost 8,000 ballots", "almost", 8000, None, 8000),
        ("About 2,500 pilgrims reached Kessa.", "About 2,500 pilgrims", "approximately", 2500, None, None),
        ("Some 400 volunteers joined.", "Some 400 volunteers", "approximately", 400, None, None),
        ("An estimated 9,000 sheep died in the frost.", "An estimated 9,000 sheep", "approximately", 9000, None, None),
        ("Roughly 60 lorries queued at the gate.", "Roughly 60 lorries", "approximately", 60, None, None),
        ("They counted 200 or so tents.", "200 or so tents", "approximately", 200, None, None),
        ("The club has 50 or more members.", "50 or more members", "at_least", 50, 50, None),
        ("They planted 14 trees.", "14 trees", "exact", 14, None, None),
    ],
)
def test_qualifiers_give_bounds(sentence, span, qualifier, value, low, high):
    r = one(sentence, span)
    assert (r["qualifier"], r["value"], r["value_low"], r["value_high"]) == (qualifier, value, low, high)


def test_over_and_about_are_not_qualifiers_after_dispute_or_talk():
    r = one("The brothers fought over three orchards.", "three orchards")
    assert r["qualifier"] == "exact"
    r = one("The mayors talked about two bridges.", "two bridges")
    assert r["qualifier"] == "exact"


def test_ranges_are_bounds_without_value():
    r = one("Between 10 and 15 herders were held.", "Between 10 and 15 herders")
    assert (r["value"], r["value_low"], r["value_high"], r["qualifier"]) == (None, 10, 15, "vague")
    r = one("Police seized 20-30 rifles.", "20-30 rifles")
    assert (r["value_low"], r["value_high"]) == (20, 30)


# ------------------------------------------------------------------ vague counts
@pytest.mark.parametrize(
    ("sentence", "span", "key", "measure"),
    [
        ("Dozens of civilian deaths were recorded in Marvel.", "Dozens of civilian deaths", "dozens", "deaths"),
        ("The storm caused hundreds of casualties.", "hundreds of casualties", "hundreds", "casualties"),
        ("Thousands of residents fled the town of Oresk.", "Thousands of residents", "thousands", "displaced"),
        ("Tens of thousands of voters stayed home.", "Tens of thousands of voters", "tens of thousands", "voters"),
        ("Several hundred nurses marched.", "Several hundred nurses", "several hundred", "nurses"),
        ("A handful of reporters waited.", "A handful of reporters", "a handful of", "reporters"),
        ("Several lorries overturned.", "Several lorries", "several", "lorries"),
    ],
)
def test_vague_counts_use_the_table(sentence, span, key, measure):
    r = one(sentence, span)
    assert r["value"] is None and r["qualifier"] == "vague"
    assert (r["value_low"], r["value_high"]) == VAGUE_COUNTS[key]
    assert r["measure"] == measure


def test_vague_table_is_ordered_and_positive():
    for low, high in VAGUE_COUNTS.values():
        assert low > 0 and (high is None or high >= low)


def test_a_couple_of_and_a_few_with_units():
    r = one("Lena waited a few short weeks and met a couple of friends.", "a few short weeks")
    assert (r["unit"], r["measure"], r["value_low"], r["value_high"]) == ("week", "duration", 2, 5)
    r = one("Lena waited a few short weeks and met a couple of friends.", "a couple of friends")
    assert (r["value_low"], r["value_high"]) == (2, 3)


@pytest.mark.parametrize(
    "sentence",
    [
        "The decades-long feud between the clans ended.",
        "The families have argued for years.",
        "A weeks-long strike closed the port.",
        "Days later the port reopened.",
        "For many years the road stayed closed.",
        "The decades-old conflict flared again.",
    ],
)
def test_a_bare_plural_time_unit_is_no_figure(sentence: str) -> None:
    # "decades", "for years", "Days later": no number a reader could quote, so no quantity row
    assert rows(sentence) == []


def test_durations_with_a_number_or_a_count_word_stay() -> None:
    assert one("The talks lasted a few short months.", "a few short months")["qualifier"] == "vague"
    assert one("The feud lasted almost four decades.", "almost four decades")["value_high"] == 4


# ------------------------------------------------------------------ number words and forms
@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("Twenty-one cadets graduated.", "Twenty-one cadets", 21),
        ("The archive lost three hundred and forty letters.", "three hundred and forty letters", 340),
        ("They found two dozen eggs.", "two dozen eggs", 24),
        ("A dozen ferries were idle.", "A dozen ferries", 12),
        ("The city has 1.5 million people.", "1.5 million people", 1_500_000),
        ("Half a million tourists came.", "Half a million tourists", 500_000),
        ("The scheme cost $2bn.", "$2bn", 2e9),
        ("Nine thousand runners took part.", "Nine thousand runners", 9000),
        ("We counted 100k visitors.", "100k visitors", 100_000),
    ],
)
def test_number_forms(sentence, span, value):
    assert one(sentence, span)["value"] == value


def test_money_and_percent_units():
    r = one("The grant was worth €3.5 million (about $3.8m).", "€3.5 million (about $3.8m)")
    assert (r["unit"], r["measure"], r["value"]) == ("EUR", "money", 3_500_000)
    r = one("Turnout reached 61.5% and 30 percent voted early.", "61.5%")
    assert (r["unit"], r["value"]) == ("percent", 61.5)
    assert one("Turnout reached 61.5% and 30 percent voted early.", "30 percent")["unit"] == "percent"


def test_lengths_with_a_conversion_are_one_row():
    text = "The disputed 840km (522-mile) frontier runs through hills."
    found = rows(text)
    assert [r["text"] for r in found] == ["840km (522-mile)"]
    assert (found[0]["unit"], found[0]["value"], found[0]["measure"]) == ("km", 840, "length")
    r = one("They built a 300-kilometre canal.", "300-kilometre canal")
    assert (r["unit"], r["value"], r["counted"]) == ("km", 300, "canal")
    r = one("The trail is 12 miles long.", "12 miles")
    assert (r["unit"], r["value"]) == ("mile", 12)


def test_durations_keep_the_stated_unit():
    r = one("The talks took almost five decades of effort.", "almost five decades of effort")
    assert (r["unit"], r["value"], r["value_high"], r["qualifier"], r["counted"]) == (
        "decade", 5, 5, "almost", "effort",
    )  # fmt: skip
    r = one("Judges ordered six months of house arrest for Pell.", "six months of house arrest")
    assert (r["unit"], r["measure"]) == ("month", "duration")
    r = one("The 61-day siege ended.", "61-day siege")
    assert (r["unit"], r["value"]) == ("day", 61)
    r = one("A 52-year-old farmer was hurt.", "52-year-old farmer")
    assert (r["measure"], r["unit"], r["value"]) == ("age", "year", 52)
    r = one("More than a decade passed.", "More than a decade")
    assert (r["unit"], r["value"], r["qualifier"]) == ("decade", 1, "more_than")


def test_partitive_gives_two_rows():
    found = rows("The ferry sank, killing 21 of the 90 people on board.")
    assert [r["text"] for r in found] == ["21", "90 people on board"]
    assert (found[0]["value"], found[0]["measure"], found[0]["counted"]) == (21, "deaths", "people on board")
    assert (found[1]["value"], found[1]["measure"]) == (90, "occupants")


def test_aircraft_occupants_when_a_plane_is_named():
    r = one("The jet carried 140 people on board.", "140 people on board")
    assert r["measure"] == "aircraft occupants"


def test_twice_and_times():
    r = one("The neighbours went to war twice in a decade.", "twice")
    assert (r["value"], r["measure"], r["counted"]) == (2, "wars", "war")
    assert one("The council met three times.", "three times")["value"] == 3
    assert texts("Rents are twice as high and three times the old rate.") == []


# ------------------------------------------------------------------ measures
@pytest.mark.parametrize(
    ("sentence", "span", "measure"),
    [
        ("The blast left 9 workers dead.", "9 workers", "deaths"),
        ("Four guards died in the fire.", "Four guards", "deaths"),
        ("The raid ended, and eleven were arrested.", "eleven", "arrested"),
        ("Police detained 30 students.", "30 students", "detained"),
        ("The mudslide injured 17 hikers.", "17 hikers", "injured"),
        ("The quake prompted 5,000 people to flee.", "5,000 people", "displaced"),
        ("The exodus of 20,000 Tarvanians began.", "20,000 Tarvanians", "displaced"),
        ("The town is home to 40,000 people.", "40,000 people", "population"),
        ("The resolution was one of four full-scale attempts.", "four full-scale attempts", "attempts"),
        ("Seven Belorian reporters waited.", "Seven Belorian reporters", "reporters"),
        ("The census found 300 Velorians.", "300 Velorians", "people"),
        ("Twelve refugees arrived.", "Twelve refugees", "displaced"),
    ],
)
def test_measure_from_noun_and_verbs(sentence, span, measure):
    assert one(sentence, span)["measure"] == measure


def test_verb_before_beats_a_later_verb():
    text = "The storm killed at least 14 villagers and injured up to 200 others."
    assert one(text, "at least 14 villagers")["measure"] == "deaths"
    assert one(text, "up to 200 others")["measure"] == "injured"


def test_counted_is_the_noun_phrase_as_written():
    r = one("Some 3,000 ethnic Dravians left.", "Some 3,000 ethnic Dravians")
    assert r["counted"] == "ethnic Dravians"
    assert one("Two people died, and six were arrested.", "six")["counted"] is None


# ------------------------------------------------------------------ exclusions
@pytest.mark.parametrize(
    "sentence",
    [
        "The treaty of 1921 was signed in Karst.",
        "In the 1990s the valley emptied.",
        "The 2019 vote was close.",
        "They met on June 27 and again on Sept. 4, 2021.",
        "They met on 14 March.",
        "He was the first envoy and served a second term.",
        "The train left at 10:30 and arrived at 4 pm.",
        "Article 7 and Resolutions 822, 853 and 874 apply; see page 12.",
        "The Group of Seven met in Lorn.",
        "The Su-25 and the F-16 flew past; COVID-19 cases rose in 5G towns.",
        "The two leaders met; these two nations and their three neighbours watched.",
        "The countries' two ministries agreed; both sides signed.",
        "One of the envoys left, and one major deal was signed.",
        "A host of problems remained.",
        "Exports fell by two-thirds after a three-way split.",
        "Profits rose in the 2023-24 season.",
    ],
)
def test_not_quantities(sentence):
    assert texts(sentence) == []


def test_the_two_is_kept_when_it_measures():
    assert one("The two people killed were farmers.", "two people")["measure"] == "deaths"
    assert one("She spent the past three years in Oresk.", "three years")["unit"] == "year"


def test_year_like_numbers_count_people_with_a_qualifier_or_a_person_noun():
    assert one("Some 1500 troops crossed.", "Some 1500 troops")["value"] == 1500
    assert one("Officials registered 1800 people.", "1800 people")["value"] == 1800


def test_one_counts_only_people():
    assert one("The blast killed one person.", "one person")["measure"] == "deaths"
    assert texts("One good plan emerged, and one another.") == []


# ------------------------------------------------------------------ attribution
@pytest.mark.parametrize(
    ("sentence", "span", "who"),
    [
        ('"We lost 40 cattle in the flood," Ada Merrow said.', "40 cattle", "Ada Merrow"),
        ('"We lost 40 cattle in the flood," said Ada Merrow.', "40 cattle", "Ada Merrow"),
        ('"We lost 40 cattle," the farmer, Ada Merrow, told reporters.', "40 cattle", "Ada Merrow"),
        ("Ada Merrow said 40 cattle drowned.", "40 cattle", "Ada Merrow"),
        ("About 900 homes lost power, according to the Kessa grid office.", "About 900 homes",
         "the Kessa grid office"),
        ("The clash left 7 guards dead, the ministry said.", "7 guards", "the ministry"),
        ("The mayor criticised the board for doing \"nothing as 300 homes flooded.\"", "300 homes", "The mayor"),
    ],
)  # fmt: skip
def test_attribution(sentence, span, who):
    assert one(sentence, span)["attributed_to"] == who


def test_attribution_takes_the_nearest_speaker():
    text = "The ministry said 80 guards died, while Dorvan reported 95 deaths."
    assert one(text, "80 guards")["attributed_to"] == "The ministry"
    assert one(text, "95 deaths")["attributed_to"] == "Dorvan"


def test_partitive_without_determiner():
    assert texts("Two of five judges dissented.") == ["Two", "five judges"]
    assert one("Two of five judges dissented.", "Two")["counted"] == "judges"


def test_attribution_carries_into_a_continued_quote_and_not_into_pronouns_or_passives():
    text = 'Ada Merrow wrote, "The river rose."\n"It has swept away hundreds of homes."'
    assert one(text, "hundreds of homes")["attributed_to"] == "Ada Merrow"
    assert one("He said 5 sheep drowned.", "5 sheep")["attributed_to"] is None
    assert one("The 300-mile road was announced.", "300-mile road")["attributed_to"] is None


# ------------------------------------------------------------------ seeds
def _seed(stem: str) -> str:
    return next(SEEDS.glob(f"{stem}_*.txt")).read_text(encoding="utf-8")


def _seed_row(stem: str, needle: str) -> dict:
    text = _seed(stem)
    found = [r for r in rows(text) if needle in r["text"]]
    assert len(found) == 1, (needle, [r["text"] for r in rows(text)])
    return found[0]


SEED_EXPECTED = [
    # stem, needle (contained in the row text), value, low, high, unit, qualifier, measure
    ("000", "more than 6,600 people", 6600, 6600, None, "count", "more_than", "deaths"),
    ("000", "1,000km (620-mile)", 1000, None, None, "km", "exact", "length"),
    ("000", "three full-scale wars", 3, None, None, "count", "exact", "wars"),
    ("000", "100,000 Armenians", 100000, None, None, "count", "exact", "displaced"),
    ("001", "approximately 100,000 ethnic Armenians", 100000, None, None, "count", "approximately", "displaced"),
    ("001", "120,000 Armenian Christians", 120000, None, None, "count", "exact", "displaced"),
    ("001", "over three decades", 3, 3, None, "decade", "more_than", "duration"),
    ("001", "two senior White House officials", 2, None, None, "count", "exact", "officials"),
    ("002", "about 100,000 ethnic Armenians", 100000, None, None, "count", "approximately", "displaced"),
    ("002", "almost four decades", 4, None, 4, "decade", "almost", "duration"),
    ("002", "1,000-kilometer border", 1000, None, None, "km", "exact", "length"),
    ("002", "thousands of people", None, 2000, 9999, "count", "vague", "deaths"),
    ("003", "more than 100,000 ethnic Armenians", 100000, 100000, None, "count", "more_than", "displaced"),
    ("003", "twice", 2, None, None, "count", "exact", "wars"),
    ("003", "67 people on board", 67, None, None, "count", "exact", "aircraft occupants"),
    ("003", "Two people", 2, None, None, "count", "exact", "deaths"),
    ("003", "three Russian journalists", 3, None, None, "count", "exact", "detained"),
    ("003", "four months of pre-trial detention", 4, None, None, "month", "exact", "duration"),
    ("003", "thousands of people", None, 2000, 9999, "count", "vague", "deaths"),
    ("004", "nearly 30 years", 30, None, 30, "year", "almost", "duration"),
    ("004", "hundreds of casualties", None, 200, 999, "count", "vague", "casualties"),
    ("004", "dozens of civilian deaths", None, 24, 99, "count", "vague", "deaths"),
    ("004", "two attempts", 2, None, None, "count", "exact", "attempts"),
]


@pytest.mark.parametrize(("stem", "needle", "value", "low", "high", "unit", "qualifier", "measure"), SEED_EXPECTED)
def test_seed_findings(stem, needle, value, low, high, unit, qualifier, measure):
    found = [r for r in rows(_seed(stem)) if needle in r["text"]]
    assert len(found) == 1, needle
    r = found[0]
    assert (r["value"], r["value_low"], r["value_high"], r["unit"], r["qualifier"], r["measure"]) == (
        value, low, high, unit, qualifier, measure,
    )  # fmt: skip


def test_seed_pairs_and_attribution():
    text = _seed("003")
    found = rows(text)
    i = next(k for k, r in enumerate(found) if r["text"] == "38")
    assert (found[i]["measure"], found[i + 1]["text"]) == ("deaths", "67 people on board")
    j = next(k for k, r in enumerate(found) if r["text"] == "Two people")
    assert (found[j + 1]["text"], found[j + 1]["value"], found[j + 1]["measure"]) == ("six", 6, "arrested")
    assert all(r["attributed_to"] == "Trump" for r in found if r["text"] == "thousands of people")
    assert _seed_row("002", "thousands of people")["attributed_to"] == "Trump"
    assert _seed_row("001", "120,000 Armenian Christians")["attributed_to"] == "Trump"


def test_seed_exclusions():
    all_text = {stem: _seed(stem) for stem in ("000", "001", "002", "003", "004")}
    for text in all_text.values():
        for r in rows(text):
            assert not re.fullmatch(r"(?:1[0-9]|20)[0-9]{2}", r["text"]), r  # no bare years
            assert r["qualifier"] in QUALIFIERS
            assert r["value"] != 0
            assert not re.search(r"\b(?:the|these|The|These)\s+two\b", r["text"])
    texts_all = [r["text"] for t in all_text.values() for r in rows(t)]
    for bad in ("27", "1917", "2020", "2023", "1991", "second", "the two leaders", "One major"):
        assert not any(bad == t or t.startswith(bad + " ") for t in texts_all), bad
    found = rows(all_text["004"])
    assert not any(r["text"].startswith("27") for r in found)  # "Sept. 27" is a date


# ------------------------------------------------------------------ properties
_ALPHABET = st.sampled_from(
    [*"0123456789 ,.-()$%€“”\"'\n", "more than ", "about ", "nearly ", "up to ", "between ", " and ", " to ",
    "dozens of ", "hundreds", "twice", "one", "two", "hundred", "thousand", "million", "bn", "km", "miles",
    "-mile", "-year-old", " people", " years", "decades-long", "of the ", "Sept.", " said ", "A", "x", "é", "٣"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_property_spans_slice_and_bounds_are_ordered(text):
    for r in extract_quantities(text):
        assert text[r["char_start"] : r["char_end"]] == r["text"]
        assert r["char_start"] < r["char_end"]
        assert r["qualifier"] in QUALIFIERS
        v, lo, hi = r["value"], r["value_low"], r["value_high"]
        if v is not None and lo is not None:
            assert lo <= v
        if v is not None and hi is not None:
            assert v <= hi
        if lo is not None and hi is not None:
            assert lo <= hi
        if v is None:
            assert lo is not None or hi is not None


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_property_any_unicode_text(text):
    for r in extract_quantities(text):
        assert text[r["char_start"] : r["char_end"]] == r["text"]


def test_held_out_news_rules() -> None:
    """Rules added for the held-out set: half, or-ranges, shares, ages without a unit, phrasal "over"."""
    from caucasus_peace.extract.quantities import extract_quantities as xq

    by_text = {r["text"]: r for r in xq("Judges gave them seven and a half to nine years. Nine in ten said no.")}
    assert by_text["seven and a half to nine years"]["value_low"] == 7.5
    assert by_text["Nine in ten"]["value"] == 90 and by_text["Nine in ten"]["unit"] == "percent"
    rows = xq("The injured man, 45, was hurt. Two clerks aged 29 and 33 handed over 8 ledgers in two or three days.")
    assert [(r["text"], r["measure"]) for r in rows if r["measure"] == "age"] == [
        ("45", "age"),
        ("29", "age"),
        ("33", "age"),
    ]
    assert any(r["text"] == "8 ledgers" and r["qualifier"] == "exact" for r in rows)
    assert any(r["text"] == "two or three days" and (r["value_low"], r["value_high"]) == (2, 3) for r in rows)


def test_a_range_top_below_a_scaled_value_is_no_range() -> None:
    # found by the property test: "1thousand-2" gave bounds 1000..2
    for q in extract_quantities("1thousand-2"):
        assert q["value_low"] is None or q["value_high"] is None or q["value_low"] <= q["value_high"]

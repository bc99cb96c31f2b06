"""Date phrases: every phrase type, the tense rule, anchor uncertainty, and the seed articles."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caucasus_peace.extract.timex import edtf_for, extract_time_expressions, is_future
from caucasus_peace.paths import SEEDS_DIR

D = date.fromisoformat
TUE = D("2025-08-05")  # a Tuesday
THU = D("2025-08-07")  # a Thursday
FRI = D("2025-08-08")  # a Friday


def find(text: str, pub: date, phrase: str, nth: int = 0, spans: tuple[tuple[int, int], ...] = ()) -> dict:
    """The nth row whose text is exactly phrase (fails with the full row list when missing)."""
    rows = extract_time_expressions(text, pub, spans)
    hits = [r for r in rows if r["text"] == phrase]
    assert len(hits) > nth, f"{phrase!r} not found in {[r['text'] for r in rows]}"
    return hits[nth]


def texts(text: str, pub: date) -> list[str]:
    return [r["text"] for r in extract_time_expressions(text, pub)]


def bounds(row: dict) -> tuple[str, str, str, str]:
    return str(row["date_start"]), str(row["date_end"]), row["date_precision"], row["date_edtf"]


# --- absolute ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("The envoy landed on 14 March 2024.", "14 March 2024", "2024-03-14 2024-03-14 day 2024-03-14"),
        ("The envoy landed on March 14, 2024, at noon.", "March 14, 2024", "2024-03-14 2024-03-14 day 2024-03-14"),
        ("A filing dated 2019-11-02 was cited.", "2019-11-02", "2019-11-02 2019-11-02 day 2019-11-02"),
        ("The dam opened in November 2019.", "November 2019", "2019-11-01 2019-11-30 month 2019-11"),
        ("Prices fell in Nov. 2019 and rose later.", "Nov. 2019", "2019-11-01 2019-11-30 month 2019-11"),
        ("The treaty of 1921 still matters.", "1921", "1921-01-01 1921-12-31 year 1921"),
        ("Veterans of the 2016 clashes marched.", "2016", "2016-01-01 2016-12-31 year 2016"),
        ("The 1992–94 war displaced many.", "1992–94", "1992-01-01 1994-12-31 year 1992/1994"),
        ("Trade boomed in the 1970s.", "the 1970s", "1970-01-01 1979-12-31 decade 197X"),
        ("Trade boomed in the ’70s.", "the ’70s", "1970-01-01 1979-12-31 decade 197X"),
        ("Borders were drawn in the 20th century.", "the 20th century", "1900-01-01 1999-12-31 century 19XX"),
        ("Borders were drawn in the 1800s.", "the 1800s", "1800-01-01 1899-12-31 century 18XX"),
        ("Her nineteenth-century novels sold well.", "nineteenth-century", "1800-01-01 1899-12-31 century 18XX"),
        ("Crops failed in the summer of 2022.", "the summer of 2022", "2022-06-01 2022-08-31 year 2022-06/2022-08"),
    ],
)
def test_absolute_phrases(sentence: str, phrase: str, expected: str) -> None:
    row = find(sentence, D("2025-02-10"), phrase)
    assert bounds(row) == tuple(expected.split())
    assert row["phrase_kind"] == "absolute"


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("Unrest grew in the late 1960s.", "the late 1960s", "1965-01-01 1969-12-31 decade 1965/1969"),
        ("Unrest grew in the early 1960s.", "the early 1960s", "1960-01-01 1964-12-31 decade 1960/1964"),
        ("Unrest grew in the mid-1960s.", "the mid-1960s", "1963-01-01 1967-12-31 decade 1963/1967"),
        ("Rails came in the early 20th century.", "the early 20th century", "1900-01-01 1949-12-31 century 1900/1949"),
        ("The mine closed in late 2021.", "late 2021", "2021-09-01 2021-12-31 year 2021-09/2021-12"),
        ("The mine closed in mid-2021.", "mid-2021", "2021-05-01 2021-08-31 year 2021-05/2021-08"),
        ("The mine closed at the end of 2021.", "the end of 2021", "2021-09-01 2021-12-31 year 2021-09/2021-12"),
        ("The mine closed in early May 2021.", "early May 2021", "2021-05-01 2021-05-10 month 2021-05-01/2021-05-10"),
    ],
)  # fmt: skip
def test_vague_periods(sentence: str, phrase: str, expected: str) -> None:
    row = find(sentence, D("2025-02-10"), phrase)
    assert bounds(row) == tuple(expected.split())
    assert row["phrase_kind"] == "vague"


def test_year_inside_noun_phrase_and_counts_are_not_years() -> None:
    text = "Survivors of the 2016 flood met 1500 people and some 2000 troops near Route 2014 and a 1,990 km road."
    assert texts(text, D("2024-05-01")) == ["2016"]


# --- months and days without a year -----------------------------------------------------------------------------

PUB_AUG = D("2025-08-06")


@pytest.mark.parametrize(
    ("sentence", "phrase", "edtf"),
    [
        ("The mayor resigned in March.", "March", "2025-03"),
        ("The mayor resigned in October.", "October", "2024-10"),  # October 2025 has not come yet
        ("The mayor resigned in August.", "August", "2025-08"),  # the publication month itself
        ("The mayor will resign in October.", "October", "2025-10"),
        ("The mayor will resign in March.", "March", "2026-03"),
        ("The vote is scheduled to be held in December.", "December", "2025-12"),
        ("Both sides are expected to sign in November.", "November", "2025-11"),
        ("The mayor resigned last March.", "last March", "2025-03"),
        ("The mayor will resign next March.", "next March", "2026-03"),
        ("The mayor resigned in March of last year.", "March of last year", "2024-03"),
        ("Critics recalled the June summit.", "June", "2025-06"),
        # a date the calendar sets, in the present; a step agreed or voted for; an expectation; a present passive
        ("Korvania holds parliamentary elections in March.", "March", "2026-03"),
        ("Alda Brun, who faces a presidential election in March, spoke.", "March", "2026-03"),
        ("The campaign opens in March.", "March", "2026-03"),
        ("The two ministers agreed to meet again in March.", "March", "2026-03"),
        ("The airline expects to start the flights in March.", "March", "2026-03"),
        ("The pilot will be extended if it is reviewed in March.", "March", "2026-03"),
        # what cannot happen yet, and what is coming, lies ahead
        ("A vote cannot come before the elections in March, though the mayor promised it.", "March", "2026-03"),
        ("Korvania can't hold the vote before March.", "March", "2026-03"),
        ("With elections coming in March, the mayor resigned.", "March", "2026-03"),
        # a step put off until a date
        ("The judge adjourned the trial until March.", "March", "2026-03"),
        ("The first session was pushed back to March.", "March", "2026-03"),
    ],
)
def test_month_alone_follows_tense(sentence: str, phrase: str, edtf: str) -> None:
    row = find(sentence, PUB_AUG, phrase)
    assert (row["date_edtf"], row["date_precision"], row["phrase_kind"]) == (edtf, "month", "relative")


@pytest.mark.parametrize(
    ("sentence", "phrase", "iso"),
    [
        ("The war began in the spring of 2020 and ended on May 9 that year.", "May 9 that year", "2020-05-09"),
        ("Korvania voted in 2016; talks resumed in March of the same year.", "March of the same year", "2016-03"),
    ],
)
def test_a_day_or_month_of_that_year_takes_the_year_named_before(sentence: str, phrase: str, iso: str) -> None:
    assert find(sentence, PUB_AUG, phrase)["date_edtf"] == iso


def test_month_names_that_are_not_dates() -> None:
    text = "Ministers may sign. A march crossed town. Residents March on the square. Ms May spoke. June Lee wrote."
    assert texts(text, PUB_AUG) == []


def test_may_is_a_month_only_after_a_cue_or_before_a_day() -> None:
    assert texts("The council may meet in May, or on May 9.", PUB_AUG) == ["May", "May 9"]


@pytest.mark.parametrize(
    ("sentence", "pub", "phrase", "iso"),
    [
        ("Police raided the office on June 27.", PUB_AUG, "June 27", "2025-06-27"),
        ("Police raided the office on Sept. 27.", D("2020-10-20"), "Sept. 27", "2020-09-27"),
        ("Police raided the office on 30 December.", D("2025-01-03"), "30 December", "2024-12-30"),  # year boundary
        ("Police will raid the office on 2 January.", D("2024-12-30"), "2 January", "2025-01-02"),
        ("Police raided the office on August 6.", PUB_AUG, "August 6", "2025-08-06"),  # same day
        ("Police raided the office on Friday, 7 June.", D("2025-02-01"), "Friday, 7 June", "2024-06-07"),
    ],
)
def test_day_month_without_year(sentence: str, pub: date, phrase: str, iso: str) -> None:
    row = find(sentence, pub, phrase)
    assert bounds(row) == (iso, iso, "day", iso)


def test_day_range() -> None:
    row = find("Talks ran on 12-14 May.", D("2025-06-01"), "12-14 May")
    assert bounds(row) == ("2025-05-12", "2025-05-14", "day", "2025-05-12/2025-05-14")


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # days that share one month and one year
        ("The envoys met on 9 and 10 June 2023 in Vienna.", "9 and 10 June 2023", ("2023-06-09", "2023-06-10", "day")),
        ("Hearings were held on June 9 and 10, 2023.", "June 9 and 10, 2023", ("2023-06-09", "2023-06-10", "day")),
        ("Hearings were held on June 9 and 10.", "June 9 and 10", ("2025-06-09", "2025-06-10", "day")),
        ("The border stayed shut from 4 to 11 July.", "4 to 11 July", ("2025-07-04", "2025-07-11", "day")),
        ("It stayed shut from July 4 to 11, the ministry said.", "July 4 to 11", ("2025-07-04", "2025-07-11", "day")),
        # months that share the year only the last one spells out
        (
            "Shelling was reported in November and December 2021.",
            "November and December 2021",
            ("2021-11-01", "2021-12-31", "month"),
        ),
        (
            "The deputies were detained in late March and early April 2022.",
            "late March and early April 2022",
            ("2022-03-21", "2022-04-10", "month"),
        ),
        (
            "The talks ran between February 2 and March 15, 2021.",
            "February 2 and March 15, 2021",
            ("2021-02-02", "2021-03-15", "day"),
        ),
        (
            "Roads were closed in December and January 2022.",
            "December and January 2022",
            ("2021-12-01", "2022-01-31", "month"),
        ),
    ],
)
def test_coordinated_dates_are_one_phrase(sentence: str, phrase: str, expected: tuple[str, str, str]) -> None:
    """What one date spells out (the month, the year) the other shares: the bare day is kept, the first date is not
    moved to the year around publication."""
    row = find(sentence, FRI, phrase)
    assert bounds(row)[:3] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On June 9 and 14 people were hurt in the blast.", ["June 9"]),
        ("Three guards died on June 9 and 4 were hurt.", ["June 9"]),
        ("The toll rose on June 9 to 31, the agency said.", ["June 9"]),  # a stretch needs "from"
        ("It broke out on June 9, 2021 and 14 were hurt.", ["June 9, 2021"]),
        ("Officers held them on June 9 and 10 1900 were freed.", ["June 9", "1900"]),
        # the old and the new date of what was moved, and what only publication dates
        ("The forum was moved from June 9 to July 2, 2022.", ["June 9", "July 2, 2022"]),
        ("The rule applies from today to June 30, 2027.", ["today", "June 30, 2027"]),
        ("The ban runs from next month to December 2027.", ["next month", "December 2027"]),
        # dates on lines of their own, or a clause after a comma, stay apart
        ("Key dates:\n- June 9\n- July 2, 2022: talks", ["June 9", "July 2, 2022"]),
        ("Clashes began on June 9, and July 2, 2022 brought a truce.", ["June 9", "July 2, 2022"]),
    ],
)
def test_what_only_looks_like_a_list_of_dates_stays_apart(sentence: str, expected: list[str]) -> None:
    assert texts(sentence, FRI) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("The next day", "2014-06-13"), ("Two days earlier", "2014-06-07"), ("The same day", "None")],
)
def test_a_story_goes_on_from_a_list_of_days(phrase: str, expected: str) -> None:
    # after "on 9 and 12 June" the next day is the 13th and two days earlier the 7th; "the same day" is either
    row = find(f"Envoys met in Zelo on 9 and 12 June 2014. {phrase}, the talks broke down.", FRI, phrase)
    assert str(row["date_start"]) == expected


def test_a_list_of_days_keeps_the_year_of_the_sentence_and_the_year_after_it() -> None:
    assert bounds(find("In 2014, shelling was heard on June 9 and 12.", FRI, "June 9 and 12"))[:2] == (
        "2014-06-09",
        "2014-06-12",
    )
    assert bounds(find("On June 9 and 12, 2014 crowds gathered.", FRI, "June 9 and 12, 2014"))[:2] == (
        "2014-06-09",
        "2014-06-12",
    )


@pytest.mark.parametrize(
    ("sentence", "pub", "phrase", "expected"),
    [
        ("In early July, the envoys met.", PUB_AUG, "early July", ("2025-07-01", "2025-07-10")),
        ("In mid-July, the envoys met.", PUB_AUG, "mid-July", ("2025-07-11", "2025-07-20")),
        ("In late February, the envoys met.", D("2024-03-15"), "late February", ("2024-02-21", "2024-02-29")),
        ("Earlier in July, the envoys met.", PUB_AUG, "Earlier in July", ("2025-07-01", "2025-07-31")),
        ("Earlier in August, the envoys met.", PUB_AUG, "Earlier in August", ("2025-08-01", "2025-08-06")),
        ("They will meet later in August.", PUB_AUG, "later in August", ("2025-08-06", "2025-08-31")),
        ("Envoys will meet at the end of September.", PUB_AUG, "the end of September", ("2025-09-21", "2025-09-30")),
    ],
)  # fmt: skip
def test_part_of_month(sentence: str, pub: date, phrase: str, expected: tuple[str, str]) -> None:
    row = find(sentence, pub, phrase)
    assert (str(row["date_start"]), str(row["date_end"]), row["date_precision"]) == (*expected, "month")


# --- relative to publication ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "pub", "expected"),
    [
        ("last month", D("2025-08-05"), ("2025-07-01", "2025-07-31", "month", "2025-07")),
        ("last month", D("2025-01-15"), ("2024-12-01", "2024-12-31", "month", "2024-12")),  # year boundary
        ("this month", D("2020-10-20"), ("2020-10-01", "2020-10-31", "month", "2020-10")),
        ("next month", D("2024-12-31"), ("2025-01-01", "2025-01-31", "month", "2025-01")),
        ("earlier this month", D("2025-08-06"), ("2025-08-01", "2025-08-06", "month", "2025-08-01/2025-08-06")),
        ("this week", D("2020-10-20"), ("2020-10-19", "2020-10-25", "month", "2020-10-19/2020-10-25")),
        ("last week", D("2025-03-02"), ("2025-02-17", "2025-02-23", "month", "2025-02-17/2025-02-23")),  # a Sunday
        ("next week", D("2025-12-29"), ("2026-01-05", "2026-01-11", "month", "2026-01-05/2026-01-11")),
        ("this weekend", D("2025-08-06"), ("2025-08-09", "2025-08-10", "month", "2025-08-09/2025-08-10")),
        ("earlier this year", D("2025-08-06"), ("2025-01-01", "2025-08-06", "year", "2025-01-01/2025-08-06")),
        ("later this year", D("2025-08-06"), ("2025-08-06", "2025-12-31", "year", "2025-08-06/2025-12-31")),
        ("this year", D("2025-08-06"), ("2025-01-01", "2025-12-31", "year", "2025")),
        ("last year", D("2025-01-01"), ("2024-01-01", "2024-12-31", "year", "2024")),
        ("late last year", D("2025-08-06"), ("2024-09-01", "2024-12-31", "year", "2024-09/2024-12")),
        ("yesterday", D("2025-03-01"), ("2025-02-28", "2025-02-28", "day", "2025-02-28")),  # month boundary
        ("today", D("2025-08-06"), ("2025-08-06", "2025-08-06", "day", "2025-08-06")),
        ("tomorrow", D("2025-12-31"), ("2026-01-01", "2026-01-01", "day", "2026-01-01")),
        ("three days ago", D("2025-03-02"), ("2025-02-27", "2025-02-27", "day", "2025-02-27")),
        ("two months ago", D("2025-01-20"), ("2024-11-01", "2024-11-30", "month", "2024-11")),
        ("last summer", D("2025-08-06"), ("2024-06-01", "2024-08-31", "year", "2024-06/2024-08")),
    ],
)  # fmt: skip
def test_relative_units(phrase: str, pub: date, expected: tuple[str, str, str, str]) -> None:
    row = find(f"Officials said {phrase} that the talks mattered.", pub, phrase)
    assert bounds(row) == expected
    assert row["phrase_kind"] == "relative"


def test_narrative_anchored_phrases_have_no_bounds() -> None:
    text = "The mayor was arrested. Days later, aides fled; two weeks later, a court met. The next day it rained."
    rows = extract_time_expressions(text, PUB_AUG)
    assert [r["text"] for r in rows] == ["Days later", "two weeks later", "The next day"]
    assert all((r["date_start"], r["date_end"], r["date_precision"], r["date_edtf"]) == (None, None, "unknown", "")
               for r in rows)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("The mayor was detained on August 2. Prosecutors charged him the next day.", "the next day", "2025-08-03"),
        ("Talks opened on 21 July in Vienna. The same day, both sides swapped lists.", "The same day", "2025-07-21"),
        ("The truce began on August 1. Three days later the shelling resumed.", "Three days later", "2025-08-04"),
        ("Voting ended on July 30; a day earlier, observers arrived.", "a day earlier", "2025-07-29"),
        ("Ballots were counted on July 30 and the rally was the day before.", "the day before", "2025-07-29"),
    ],
)
def test_narrative_days_count_from_the_day_just_given(text: str, phrase: str, expected: str) -> None:
    row = find(text, PUB_AUG, phrase)
    assert (row["date_start"].isoformat(), row["date_end"].isoformat(), row["date_precision"]) == (
        expected,
        expected,
        "day",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The talks failed in 2024. The same day, the border closed.",  # the last date is no day
        "Talks ended on July 3, " + "and the delegates went home " * 30 + "the next day.",  # too far from it
        "Talks ended on July 3. The day before the vote, crowds gathered.",  # counts from the vote
        "Talks ended on July 3. Weeks later the deal collapsed.",  # no day-precise reading
    ],
)
def test_narrative_phrases_without_a_day_just_before_stay_unresolved(text: str) -> None:
    last = extract_time_expressions(text, PUB_AUG)[-1]  # the narrative phrase
    assert (last["date_start"], last["date_precision"]) == (None, "unknown"), last


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            "On August 2, a court jailed two officers over a shelling in September 2022. The next day, the ministry "
            "called the trial a farce.",
            "The next day",
            "2025-08-03",
        ),
        (
            "On July 8, the ministry accused its neighbour of hoarding water it had shared since the 1990s. The "
            "following day, the other side rejected the charge.",
            "The following day",
            "2025-07-09",
        ),
        (
            "On 4 August, officials said the trees were cut between November and February.\n\nTwo days later, "
            "rangers went to see.",
            "Two days later",
            "2025-08-06",
        ),
    ],
)
def test_narrative_days_count_from_the_date_that_opens_the_story_s_sentence(
    text: str, phrase: str, expected: str
) -> None:
    """A date inside a clause tells of another time; the story's timeline is the date that opens a sentence."""
    row = find(text, PUB_AUG, phrase)
    assert (row["date_start"].isoformat(), row["date_precision"]) == (expected, "day")


@pytest.mark.parametrize(
    "text",
    [
        "On August 2, the army moved. In 2020, a town fell to troops of the other side. Two days later, it burned.",
        "On August 2, the army moved. Days later, aides fled to a town taken in 1994. The next day, it rained.",
    ],
)
def test_narrative_days_after_a_timeline_date_that_is_no_day_stay_unresolved(text: str) -> None:
    last = extract_time_expressions(text, PUB_AUG)[-1]
    assert (last["date_start"], last["date_precision"]) == (None, "unknown"), last


def test_durations_and_non_dates_are_skipped() -> None:
    text = (
        "The blockade lasted four months of hardship and for nearly 30 years, almost four decades, a decades-long "
        "feud, weeks-long shelling, for many years. At the time, in his second term, he was 1,000 km away. "
        "Earlier, she left. Over the last year and the next month, the last decade was recalled."
    )
    assert texts(text, PUB_AUG) == []


# --- weekdays and the tense rule ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "pub", "phrase", "iso"),
    [
        ("The mayor resigned on Monday.", THU, "Monday", "2025-08-04"),
        ("The mayor said on Thursday that talks failed.", THU, "Thursday", "2025-08-07"),  # same day, past
        ("The mayor said on Friday that talks failed.", THU, "Friday", "2025-08-01"),
        ("The mayor will resign on Friday.", THU, "Friday", "2025-08-08"),
        ("The mayor will resign on Thursday.", THU, "Thursday", "2025-08-07"),  # same day, future
        ("The mayor will resign on Monday.", THU, "Monday", "2025-08-11"),
        ("The mayor is expected to resign on Monday.", THU, "Monday", "2025-08-11"),
        ("The mayor resigned last Thursday.", THU, "last Thursday", "2025-07-31"),
        ("The mayor resigns next Thursday.", THU, "next Thursday", "2025-08-14"),
        ("The mayor said on Tuesday he would resign on Friday.", TUE, "Tuesday", "2025-08-05"),
        ("The mayor said on Tuesday he would resign on Friday.", TUE, "Friday", "2025-08-08"),
        ("Aides said a deal could be signed at Monday's session.", THU, "Monday", "2025-08-11"),
        ("Monday's session ended in a walkout.", THU, "Monday", "2025-08-04"),
        ("Monday’s session offers a chance for progress.", THU, "Monday", "2025-08-11"),  # curly apostrophe
        ("In a Wednesday statement, the ministry denied it.", THU, "Wednesday", "2025-08-06"),
        ("Monday “will be decisive”, she said.", THU, "Monday", "2025-08-11"),
        ("The governor Tuesday accused rivals of fraud.", THU, "Tuesday", "2025-08-05"),
        ("The mayor will resign on Saturday, aides said.", D("2025-12-30"), "Saturday", "2026-01-03"),
        ("The mayor resigned on Sunday.", D("2025-03-01"), "Sunday", "2025-02-23"),
    ],
)
def test_weekday_follows_tense(sentence: str, pub: date, phrase: str, iso: str) -> None:
    row = find(sentence, pub, phrase)
    assert bounds(row) == (iso, iso, "day", iso)


def test_weekday_names_and_plurals_are_not_dates() -> None:
    text = "Shops slashed prices on Black Friday; Good Friday passed; Friday prayers drew crowds; talks run on Mondays."
    assert texts(text, THU) == []


@pytest.mark.parametrize(
    ("sentence", "phrase", "future"),
    [
        ("Envoys will meet on Friday.", "Friday", True),
        ("Envoys met on Friday.", "Friday", False),
        ("Envoys held talks on Friday.", "Friday", False),
        ("Envoys are scheduled to meet on Friday.", "Friday", True),
        ("Envoys could potentially be summoned on Friday.", "Friday", True),
        ("Envoys could not agree on Friday.", "Friday", False),
        ("Envoys'll gather on Friday.", "Friday", True),
        ("Envoys gather on Friday.", "Friday", False),  # no marker: news defaults to past
        ("Envoys will travel to the disputed area on Friday.", "Friday", True),  # "disputed" is an adjective
        ("The group will meet on Friday, the ministry said.", "Friday", True),  # the reporting clause is separate
        ("The ministry said on Friday that envoys will meet.", "Friday", False),
        ("The ministry said on Friday it would study the text.", "Friday", False),  # a tie: the verb before it
        ("Envoys will meet on Friday if talks failed.", "Friday", True),
        ("On Friday, envoys signed the text.", "Friday", False),  # empty clause: the sentence decides
    ],
)
def test_tense_rule(sentence: str, phrase: str, future: bool) -> None:
    start = sentence.index(phrase)
    assert is_future(sentence, start, start + len(phrase)) is future


# --- anchor uncertainty ------------------------------------------------------------------------------------------


def test_relative_phrases_in_an_older_passage_are_flagged() -> None:
    text = "Leaders met on Monday in 2024. OLDER STORY: Police raided a cafe on Monday and in March 2023."
    start = text.index("OLDER")
    rows = {(r["text"], r["char_start"] >= start): r for r in extract_time_expressions(text, THU, [(start, len(text))])}
    assert rows[("Monday", False)]["is_anchor_uncertain"] is False
    assert rows[("Monday", True)]["is_anchor_uncertain"] is True
    assert rows[("March 2023", True)]["is_anchor_uncertain"] is False  # absolute dates do not depend on the anchor
    assert rows[("Monday", True)]["date_start"] == D("2025-08-04")  # still resolved against publication


# --- EDTF and invariants -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lo", "hi", "edtf"),
    [
        ("2025-08-08", "2025-08-08", "2025-08-08"),
        ("2023-09-01", "2023-09-30", "2023-09"),
        ("2023-01-01", "2023-12-31", "2023"),
        ("1980-01-01", "1989-12-31", "198X"),
        ("1900-01-01", "1999-12-31", "19XX"),
        ("2024-12-01", "2025-03-31", "2024-12/2025-03"),
        ("2025-07-01", "2025-07-10", "2025-07-01/2025-07-10"),
        ("1985-01-01", "1989-12-31", "1985/1989"),
    ],
)
def test_edtf_for(lo: str, hi: str, edtf: str) -> None:
    assert edtf_for(D(lo), D(hi)) == edtf


ENUM_KIND = {"absolute", "relative", "vague"}
ENUM_PRECISION = {"day", "month", "year", "decade", "century", "unknown"}


def check_rows(text: str, rows: list[dict]) -> None:
    ends = 0
    for r in rows:
        assert text[r["char_start"] : r["char_end"]] == r["text"] and r["char_start"] < r["char_end"]
        assert r["char_start"] >= ends, "rows overlap or are out of order"
        ends = r["char_end"]
        assert r["phrase_kind"] in ENUM_KIND and r["date_precision"] in ENUM_PRECISION
        if r["date_precision"] == "unknown":
            assert r["date_start"] is None and r["date_end"] is None and r["date_edtf"] == ""
        else:
            assert r["date_start"] <= r["date_end"]
            assert r["date_edtf"] == edtf_for(r["date_start"], r["date_end"])


def test_edtf_strings_parse_to_the_row_bounds() -> None:
    edtf = pytest.importorskip("edtf")
    text = "In the late 1980s, in 1991, in September 2023, in early July, this week, the 20th century and last month."
    for r in extract_time_expressions(text, PUB_AUG):
        parsed = edtf.parse_edtf(r["date_edtf"])
        assert date(*parsed.lower_strict()[:3]) == r["date_start"], r
        assert date(*parsed.upper_strict()[:3]) == r["date_end"], r


WORDS = st.sampled_from(
    ["in", "on", "March", "May", "Friday", "Friday's", "last", "next", "week", "the", "late", "1980s", "2023", "27",
     "Sept.", "will", "met", "said", ",", ".", "\n", "early", "July", "ago", "two", "days", "later", "’90s", "today",
     "20th", "century", "mid-", "2024-25", "end", "of", "year", "this", "Earlier", "—", "“"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    parts=st.lists(st.one_of(WORDS, st.text(max_size=6)), max_size=40),
    pub=st.dates(min_value=D("1950-01-01"), max_value=D("2100-12-31")),
)
def test_any_text_gives_exact_ordered_spans_and_ordered_bounds(parts: list[str], pub: date) -> None:
    text = " ".join(parts)
    check_rows(text, extract_time_expressions(text, pub, [(0, len(text) // 2)]))


# --- seed articles -----------------------------------------------------------------------------------------------


def _seeds() -> dict[str, tuple[str, date]]:
    with (SEEDS_DIR / "sources.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return {
        r["source_id"][:3]: ((SEEDS_DIR / "articles" / f"{r['source_id']}.txt").read_text(encoding="utf-8"),
                             D(r["published"]))
        for r in rows
    }  # fmt: skip


SEEDS = _seeds()


def seed_rows(key: str, older_from: str | None = None) -> list[dict]:
    text, pub = SEEDS[key]
    spans = [(text.index(older_from), len(text))] if older_from else []
    return extract_time_expressions(text, pub, spans)


def seed_table(key: str, older_from: str | None = None) -> list[tuple[str, str]]:
    return [(r["text"], r["date_edtf"]) for r in seed_rows(key, older_from)]


@pytest.mark.parametrize("key", sorted(SEEDS))
def test_seed_rows_are_well_formed(key: str) -> None:
    check_rows(SEEDS[key][0], seed_rows(key))


def test_seed_000() -> None:
    assert seed_table("000") == [
        ("last month", "2025-07"), ("Tuesday", "2025-08-05"), ("Friday", "2025-08-08"), ("last month", "2025-07"),
        ("the late 1980s", "1985/1989"), ("1917", "1917"), ("September 2023", "2023-09"), ("2020", "2020"),
        ("the 1990s", "199X"), ("last month", "2025-07"), ("March", "2025-03"), ("March", "2025-03"),
    ]  # fmt: skip
    text = SEEDS["000"][0]
    friday = next(r for r in seed_rows("000") if r["text"] == "Friday")
    assert text[friday["char_end"] : friday["char_end"] + 10] == "’s meeting"


def test_seed_001() -> None:
    assert seed_table("001") == [
        ("Friday", "2025-08-08"), ("Friday", "2025-08-08"), ("the late 1980s", "1985/1989"),
        ("September 2023", "2023-09"), ("October", "2024-10"), ("1991", "1991"),
        ("earlier this year", "2025-01-01/2025-08-06"), ("March", "2025-03"), ("July", "2025-07"),
        ("Friday", "2025-08-08"), ("June", "2025-06"), ("June", "2025-06"), ("December", "2025-12"),
    ]  # fmt: skip


def test_seed_002() -> None:
    assert seed_table("002") == [
        ("Thursday", "2025-08-07"), ("Friday", "2025-08-08"), ("tomorrow", "2025-08-08"), ("Friday", "2025-08-08"),
        ("July", "2025-07"), ("Earlier in July", "2025-07"), ("March", "2025-03"), ("1991", "1991"),
        ("the late 1980s", "1985/1989"), ("2023", "2023"),
    ]  # fmt: skip


def test_seed_003_with_the_compiled_older_story() -> None:
    rows = seed_rows("003", older_from="Azerbaijan Rift Challenges")
    assert [(r["text"], r["date_edtf"], r["is_anchor_uncertain"]) for r in rows] == [
        ("Friday", "2025-08-08", False), ("Thursday", "2025-08-07", False), ("2023", "2023", False),
        ("last month", "2025-07", False), ("Friday", "2025-08-08", False), ("Thursday", "2025-08-07", False),
        ("March", "2025-03", False), ("Thursday", "2025-08-07", False),
        ("early July", "2025-07-01/2025-07-10", False), ("May", "2025-05", False),
        ("Earlier in July", "2025-07", False), ("March", "2025-03", False), ("May", "2025-05", False),
        ("December 2024", "2024-12", False), ("June 27", "2025-06-27", True), ("Days later", "", True),
        ("February", "2025-02", True), ("Tuesday", "2025-08-05", True), ("Tuesday", "2025-08-05", True),
    ]  # fmt: skip


def test_seed_003_without_passages_flags_nothing() -> None:
    assert not any(r["is_anchor_uncertain"] for r in seed_rows("003"))


def test_seed_004() -> None:
    rows = seed_rows("004")
    assert [(r["text"], str(r["date_start"]), str(r["date_end"])) for r in rows] == [
        ("this week", "2020-10-19", "2020-10-25"), ("Friday", "2020-10-23", "2020-10-23"),
        ("Monday", "2020-10-19", "2020-10-19"), ("Friday", "2020-10-23", "2020-10-23"),
        ("Sept. 27", "2020-09-27", "2020-09-27"), ("this month", "2020-10-01", "2020-10-31"),
    ]  # fmt: skip


def test_held_out_news_rules() -> None:
    """Thousands separators, coordinated future verbs, "for Monday", day ranges with a year, bare seasons."""
    from datetime import date as d

    from caucasus_peace.extract.timex import extract_time_expressions as xt

    pub = d(2024, 11, 20)  # a Wednesday
    text = (
        "The grant will be cut to 40,000 drams in January, officials said. A convoy crossed on Monday and will "
        "travel on. He called a meeting for Friday. Fighting on Sept. 19-20, 2023 was heavy. Aid ran out in the summer."
    )
    got = {r["text"]: (r["date_start"], r["date_end"]) for r in xt(text, pub)}
    assert got["January"] == (d(2025, 1, 1), d(2025, 1, 31))
    assert got["Monday"] == (d(2024, 11, 18), d(2024, 11, 18))
    assert got["Friday"] == (d(2024, 11, 22), d(2024, 11, 22))
    assert got["Sept. 19-20, 2023"] == (d(2023, 9, 19), d(2023, 9, 20))
    assert got["the summer"] == (d(2024, 6, 1), d(2024, 8, 31))


def test_last_weekday_written_the_day_after_is_the_week_before() -> None:
    from caucasus_peace.extract.timex import extract_time_expressions

    wednesday = date(2026, 10, 28)
    (t,) = extract_time_expressions("The ministers met in Abu Dhabi last Tuesday.", wednesday)
    assert t["date_start"] == date(2026, 10, 20)
    (t,) = extract_time_expressions("The ministers met in Abu Dhabi last Monday.", wednesday)
    assert t["date_start"] == date(2026, 10, 26)  # two days back: this week's Monday


def test_a_day_and_month_close_to_publication_is_not_a_year_away() -> None:
    from caucasus_peace.extract.timex import extract_time_expressions

    (t,) = extract_time_expressions("The movement called for another rally on April 10.", date(2026, 4, 2))
    assert t["date_start"] == date(2026, 4, 10)
    (t,) = extract_time_expressions("The movement held a rally on March 10.", date(2026, 4, 2))
    assert t["date_start"] == date(2026, 3, 10)


def test_agency_datelines_in_capitals_are_dates() -> None:
    """'YEREVAN, JUNE 9, AGENCY.': a month in capitals beside a day or a year is a date; 'MAY' alone is not."""
    pub = date(2031, 6, 9)
    got = [
        (t["text"], t["date_start"]) for t in extract_time_expressions("DRAVO, JUNE 9, KORPRESS. Talks ended.", pub, [])
    ]
    assert got == [("JUNE 9", date(2031, 6, 9))]
    assert extract_time_expressions("TROOPS MAY LEAVE DRAVO", pub, []) == []


@pytest.mark.parametrize(
    ("sentence", "phrase", "start", "end", "precision"),
    [
        ("The men would be handed over in the coming days.", "the coming days", "2026-04-21", "2026-04-27", "month"),
        ("The groups will meet over the next few weeks.", "the next few weeks", "2026-04-21", "2026-05-20", "month"),
        ("Talks may resume in the months ahead.", "the months ahead", "2026-04-21", "2026-10-20", "year"),
    ],
)
def test_the_coming_days_weeks_and_months_open_the_day_after_publication(
    sentence: str, phrase: str, start: str, end: str, precision: str
) -> None:
    row = find(sentence, D("2026-04-20"), phrase)
    assert (str(row["date_start"]), str(row["date_end"]), row["date_precision"]) == (start, end, precision)


def test_what_is_offered_or_proposed_lies_ahead() -> None:
    """A month after 'a proposal to host' is the coming one, though the sentence tells of the past."""
    pub = D("2026-04-27")
    text = "The envoy presented a proposal to host the ministers in Dravo in June."
    assert str(find(text, pub, "June")["date_start"]) == "2026-06-01"
    assert str(find("The envoy presented the proposal to the ministers in March.", pub, "March")["date_start"]) == (
        "2026-03-01"
    )


@pytest.mark.parametrize(
    ("pub", "phrase", "start"),
    [
        (D("2026-04-20"), "this summer", "2026-06-01"),  # ahead
        (D("2026-10-03"), "this spring", "2026-03-01"),  # behind
        (D("2026-09-19"), "this winter", "2026-12-01"),
        (D("2026-01-15"), "this winter", "2025-12-01"),  # the winter under way
    ],
)
def test_this_season_is_the_season_of_the_publication_year(pub: date, phrase: str, start: str) -> None:
    row = find(f"Officials said the work happens {phrase}.", pub, phrase)
    assert row["date_start"].isoformat() == start


@pytest.mark.parametrize(
    ("sentence", "phrase", "edtf"),
    [
        (
            "In the autumn of 2020 Korvania retook the region in a war that ended with a truce in November.",
            "November",
            "2020-11",
        ),
        ("In 2016 the two sides agreed a ceasefire in Dravo on April 5.", "April 5", "2016-04-05"),
        ("In April 2016 fighting flared, and on April 5 a truce was agreed.", "April 5", "2016-04-05"),
        # a span that runs up to now, a year inside a noun phrase, another sentence: the publication's year
        ("Tensions have simmered since 2020, and on May 3 Korvania said it would talk.", "May 3", "2025-05-03"),
        ("The 2020 war ended, and on May 3 Korvania said it would talk.", "May 3", "2025-05-03"),
        ("In 2020 the war began. On May 3, Korvania said it would talk.", "May 3", "2025-05-03"),
    ],
)
def test_a_month_without_a_year_takes_the_year_that_times_its_sentence(sentence: str, phrase: str, edtf: str) -> None:
    assert find(sentence, PUB_AUG, phrase)["date_edtf"] == edtf


def test_decades_ago_are_the_ten_years_around_that_many_decades_back() -> None:
    row = find("The soldiers went missing in the war three decades ago.", PUB_AUG, "three decades ago")
    assert (row["date_start"], row["date_end"], row["date_precision"]) == (D("1990-01-01"), D("1999-12-31"), "decade")


@pytest.mark.parametrize(
    ("sentence", "phrase", "edtf"),
    [
        ("Veil, who was wounded in October 2020, has been held since April 14.", "April 14", "2025-04-14"),
        ("Korvania, which closed its border in 1993, will host the first session in June.", "June", "2026-06"),
        ("A referendum could take place in 2027, after elections scheduled for June 7.", "June 7", "2026-06-07"),
    ],
)
def test_a_date_inside_a_sentence_does_not_frame_its_other_dates(sentence: str, phrase: str, edtf: str) -> None:
    assert find(sentence, PUB_AUG, phrase)["date_edtf"] == edtf


def test_a_part_of_a_month_keeps_its_days_in_the_year_its_sentence_opens_with() -> None:
    row = find("In 2016 fighting flared in early April.", PUB_AUG, "early April")
    assert (row["date_start"], row["date_end"]) == (D("2016-04-01"), D("2016-04-10"))


def test_last_next_and_this_month_count_from_publication_in_a_sentence_that_opens_with_a_year() -> None:
    assert (
        find("In 2016 the war resumed, and last March a truce was signed.", PUB_AUG, "last March")["date_edtf"]
        == "2025-03"
    )


# A month, or a day and month, that no words tie to a tense lies within about three months of publication, before or
# after it, rather than about a year away; a verb close before it keeps its tense (2031 dates are invented).
MARCH_2031 = D("2031-03-20")


@pytest.mark.parametrize(
    ("sentence", "pub", "phrase", "edtf"),
    [
        # the verbs ('threatened', 'walked out') are the tense of other acts, not of the vote
        ("The group threatened more outages in the run-up to the parliamentary elections in June.", MARCH_2031,
         "June", "2031-06"),
        ("Five deputies walked out, less than three months before the June general election.", MARCH_2031, "June",
         "2031-06"),
        ("Opposition deputies walked out and accused the majority of rushing the bill through parliament weeks "
         "before the 7 June general election.", MARCH_2031, "the 7 June", "2031-06-07"),
    ],
)  # fmt: skip
def test_an_untied_month_is_the_one_near_publication(sentence: str, pub: date, phrase: str, edtf: str) -> None:
    assert find(sentence, pub, phrase)["date_edtf"] == edtf


@pytest.mark.parametrize(
    ("sentence", "phrase", "edtf"),
    [
        ("The mayor resigned in October.", "October", "2030-10"),  # a past verb just before: last October
        ("In October the envoy resigned.", "October", "2030-10"),
        # a verb of the future, however far before, never names a month gone by
        ("Korvania will host the first session of the joint border commission in February.", "February", "2032-02"),
    ],
)
def test_a_month_tied_to_its_verb_keeps_the_verbs_tense(sentence: str, phrase: str, edtf: str) -> None:
    assert find(sentence, MARCH_2031, phrase)["date_edtf"] == edtf


@pytest.mark.parametrize(
    ("sentence", "phrase", "edtf"),
    [
        ("The time he has spent in custody since April 12 will be counted towards the sentence.", "April 12",
         "2031-04-12"),
        ("The months in detention since January will be counted towards the term.", "January", "2031-01"),
        ("Since the middle of September, crews will keep digging on the far side.", "the middle of September",
         "2030-09-11/2030-09-20"),
    ],
)  # fmt: skip
def test_a_date_after_since_is_gone_by_whatever_the_tense(sentence: str, phrase: str, edtf: str) -> None:
    assert find(sentence, D("2031-05-28"), phrase)["date_edtf"] == edtf


@pytest.mark.parametrize(
    ("sentence", "phrase", "edtf"),
    [
        ("The concert had been due to take place on May 21, but was scrapped the day before.", "May 21", "2031-05-21"),
        ("The first flight was originally scheduled for March but was postponed twice.", "March", "2031-03"),
        ("A second session, initially planned for July, never took place.", "July", "2031-07"),
        ("The ministry had planned to start the restoration in May.", "May", "2031-05"),
    ],
)  # fmt: skip
def test_what_a_plan_was_set_for_told_as_past_is_the_nearest_such_date(sentence: str, phrase: str, edtf: str) -> None:
    assert find(sentence, D("2031-10-01"), phrase)["date_edtf"] == edtf

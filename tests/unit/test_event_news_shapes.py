"""Shapes of news reporting the event rules read (issue 12, fourth round): swaps and custody, travel, crowds
that march or block a street, evaluations ('called the decision ...'), sayings with their own day, and a past
perfect under a past saying. Invented sentences and names."""

from __future__ import annotations

import datetime as dt

import pytest

from caucasus_peace.events import merge
from caucasus_peace.events.claims import extract_events
from caucasus_peace.events.curation import merge_events
from caucasus_peace.events.lexicon import compatible
from caucasus_peace.extract.timex import extract_time_expressions
from tests.unit.test_events import PUB, claims, mentions, one


def real_claims(text: str, pub: dt.date = PUB) -> list[dict]:
    """Claims with the real time-expression extractor ('on Tuesday', 'Monday')."""
    return extract_events(text, pub, mentions(text), extract_time_expressions(text, pub, []), [])


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        ("Korvania and Meltoria exchanged detainees at their border in February.", "release"),
        ("Korvania freed four soldiers in February in exchange for two Meltoria conscripts.", "release"),
        ("Two Korvania servicemen returned home in February after a deal with Meltoria.", "release"),
        ("The shepherd was one of six villagers handed over by Meltoria in February.", "release"),
        ("In February the two shepherds were handed back to Korvania.", "release"),
        (
            "In February the Ambassador of the Republic of Korvania to Meltoria, Lev Arno, was summoned to the "
            "Foreign Ministry.",
            "diplomatic_protest",
        ),
        ("Alda Brun travelled to Dravo in February.", "visit"),
        ("The Korvania prosecutor launched criminal proceedings over the border breach in February.", "legal_action"),
        ("In February a march by hundreds of families ended outside the Grand Assembly.", "protest"),
        ("In February a group of about 150 people blocked Ostrel Avenue for three hours.", "protest"),
        ("Veterans staged a sit-in outside the Grand Assembly in February.", "protest"),
        ("In February about 150 people held a protest outside the Grand Assembly.", "protest"),
        ("The forum was boycotted by the Korvania Federation in February.", "protest"),
        ("Investigators searched the offices of the Food Agency in Dravo in February.", "raid"),
        ("In February imports of poultry from Korvania were temporarily halted.", "ban"),
        ("Meltoria suspended the sale of live poultry at markets in February.", "ban"),
        ("The Diaspora Forum opened in Dravo in February.", "meeting"),
        ("In February Lev Arno was found guilty by the Dravo Court of calling for violence.", "court_ruling"),
        ("In February a court fined him for the post.", "court_ruling"),
        ("In February the Dravo court announced its verdict in the case of Lev Arno.", "court_ruling"),
        ("In February a court in Dravo delivered its verdict.", "court_ruling"),
        ("In February Alda Brun called his Meltoria counterpart Lev Arno to offer condolences.", "phone_call"),
        ("Several dozen supporters, some of them carrying flags, gathered outside the court in February.", "protest"),
        (
            "In February the spokesperson Lev Arno described the attempts by some circles to politicize the case as "
            "unacceptable.",
            "criticism",
        ),
    ],
)
def test_news_wordings_of_known_types(sentence: str, etype: str) -> None:
    c = one(claims(sentence), etype)
    assert (c["date_start"].month, c["status"]) == (2, "occurred")


def test_people_who_remain_in_custody_are_a_detention_going_on() -> None:
    c = one(claims("At least 19 Korvania citizens remain in Meltoria custody, the Grand Assembly said."), "detention")
    assert c["status"] == "ongoing"


def test_displaced_as_an_adjective_is_no_displacement() -> None:
    text = "In February the Grand Assembly built 2,000 flats for displaced families near Dravo."
    assert "displacement" not in {c["event_type"] for c in claims(text)}
    assert one(claims("The war displaced 9,000 villagers from Ostrel in February."), "displacement")


def test_a_hostile_evaluation_is_criticism_and_a_neutral_one_a_statement() -> None:
    hostile = claims('Alda Brun called the decision "a unilateral step" in February.')
    assert one(hostile, "criticism")["participants"][0]["entity_id"] == "per-alda-brun"
    neutral = claims('Alda Brun called the border deal "brave and overdue" in February.')
    assert one(neutral, "statement")
    described = claims('Tomas Veil described the arrests as "a deliberate provocation" in February.')
    assert one(described, "criticism")


def test_a_saying_with_its_own_day_stays_news_beside_what_it_reports() -> None:
    text = "Alda Brun said on Tuesday it was premature to speak of talks with Meltoria, after meeting in Dravo."
    said = one(real_claims(text), "statement")
    assert said["date_start"] == said["date_end"] == dt.date(2031, 3, 11)
    # without a day of its own, the saying only attributes the fact it reports
    plain = "Korvania troops detained nine Meltoria herders in February, the Defence Ministry said."
    assert "statement" not in {c["event_type"] for c in claims(plain)}


def test_a_past_perfect_under_a_past_saying_continues_the_narrative() -> None:
    text = (
        "On Monday, about 150 people blocked Ostrel Avenue in Dravo for three hours. "
        "Police said they had detained 11 protesters for disobeying orders."
    )
    c = one(real_claims(text), "detention")
    assert c["date_start"] == c["date_end"] == dt.date(2031, 3, 10)
    # a past perfect that is no backshift places the event at some earlier time: no date from the narrative
    earlier = "On Monday, about 150 people blocked Ostrel Avenue in Dravo. Police had detained 11 people before."
    assert one(real_claims(earlier), "detention")["date_start"] is None
    # a saying dated by its month is no scene: "said in March they had agreed ..." dates nothing after it
    month = (
        "The two sides said in February they had agreed on a text. "
        "The ministries said Alda Brun had discussed the border."
    )
    assert one(real_claims(month), "talks")["date_start"] is None


def test_what_an_undated_saying_of_a_news_story_reports_done_is_of_the_days_news() -> None:
    """'The committee said it had opened a criminal case': the saying is the day's news, and so is what it reports."""
    lede = "DRAVO, March 12 (Wire) - Korvania has closed the Ostrel crossing, citing safety. "
    text = lede + "The Investigative Committee said it had opened a criminal case over the closure."
    c = one(real_claims(text), "legal_action")
    assert (c["date_start"], c["date_end"]) == (dt.date(2031, 3, 11), PUB)
    bare = one(real_claims("The Investigative Committee said it had opened a criminal case."), "legal_action")
    assert bare["date_start"] is None  # no news story: no day to give it
    # a date just before, even a month, is the story it continues: not the day's news
    story = lede + (
        "Earlier in February, the leaders held talks in Dravo. The two sides said in January they had agreed on a "
        "text. In statements, the ministries said Alda Brun and Lev Arno had discussed the border."
    )
    discussed = [c for c in real_claims(story) if c["trigger"] == "discussed"]
    assert discussed and discussed[0]["date_start"] != dt.date(2031, 3, 11)


def test_requests_and_disapproval_are_families() -> None:
    assert compatible("demand", "appeal") and compatible("accusation", "criticism")
    assert not compatible("accusation", "statement")


@pytest.mark.parametrize(
    "sentence",
    [
        "The deal was meant to let the two sides swap prisoners in February.",
        "Korvania wants guarantees before a peace treaty is signed with Meltoria in June.",
        "For a time the Grand Assembly met regularly in Dravo in February.",
    ],
)
def test_goals_conditions_and_habits_are_no_events(sentence: str) -> None:
    assert [c["event_type"] for c in claims(sentence)] == []


def test_a_finite_clause_after_before_still_reports_what_happened() -> None:
    c = one(claims("Tomas Veil took photographs for two hours before he was detained in February."), "detention")
    assert c["status"] == "occurred"


def test_prisoners_of_war_and_war_crimes_name_no_war() -> None:
    text = "In February Korvania called the Meltoria detainees prisoners of war and spoke of war crimes."
    assert "war" not in {c["event_type"] for c in claims(text)}


def test_the_object_of_a_demand_is_what_is_asked_not_news() -> None:
    cs = claims("In February Alda Brun demanded the men's release from Meltoria.")
    assert [c["event_type"] for c in cs] == ["demand"]  # the release is asked for: no release, not even referred to


def test_a_sentencing_condemned_is_the_ruling_referred_to() -> None:
    cs = claims("In February the Grand Assembly condemned the sentencing of two Korvania citizens.")
    assert [c["event_type"] for c in cs] == ["criticism"]


def test_the_content_after_insisted_that_does_not_date_the_saying() -> None:
    text = "Alda Brun insisted that the 2029 statement of Korvania and Meltoria remains in force."
    pub = dt.date(2031, 3, 12)
    cs = extract_events(text, pub, mentions(text), extract_time_expressions(text, pub, []), [])
    assert one(cs, "statement")["date_start"] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Korvania insists that the agreement can only be signed after Meltoria changes its constitution.",
        "The treaty could be signed only after Meltoria changes its constitution.",
        "But signing the peace treaty still depends on a question Korvania has tied to the deal.",
        "Trains could run again once a peace treaty between Korvania and Meltoria is signed.",
    ],
)
def test_an_event_that_waits_on_a_condition_is_no_event(sentence: str) -> None:
    assert "agreement_signing" not in {c["event_type"] for c in claims(sentence)}


def test_the_ministry_said_refers_to_the_ministry_named_before() -> None:
    text = (
        "The Defence Ministry reported shelling near Ostrel in February. "
        "The ministry dismissed as untrue the claim that Korvania troops fired first."
    )
    denial = [c for c in claims(text) if c["event_type"] == "statement"]
    assert [p["entity_id"] for p in denial[0]["participants"] if p["role"] == "speaker"] == ["org-defence-ministry"]
    # no body named before: an anonymous "the ministry" is no speaker, and no statement
    assert not [c for c in claims("The ministry said on Friday that it had no comment.") if c["participants"]]


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        ("Tomas Veil was remanded in custody for two months in February.", "court_ruling"),
        ("In February Korvania border guards handed the Ostrel checkpoint on the border to Meltoria.", "withdrawal"),
    ],
)
def test_remands_and_handed_checkpoints(sentence: str, etype: str) -> None:
    assert one(claims(sentence), etype)["status"] == "occurred"


def test_the_same_days_news_of_one_speaker_in_two_outlets_is_one_statement() -> None:
    day = dt.date(2031, 3, 11)
    a = [{**c, "date_start": day - dt.timedelta(days=1), "date_end": day, "date_precision": "month"}
         for c in claims("Alda Brun denied the report that Korvania troops fired first.")]  # fmt: skip
    b = [{**c, "date_start": day, "date_end": day + dt.timedelta(days=1), "date_precision": "month"}
         for c in claims("Alda Brun rejected the claims of Meltoria about the shooting near Ostrel.")]  # fmt: skip
    events, *_ = merge_events({"a": a, "b": b})
    assert [e["n_sources"] for e in events if e["event_type"] == "statement"] == [2]
    far = [{**c, "date_start": day + dt.timedelta(days=5), "date_end": day + dt.timedelta(days=6)} for c in b]
    events, *_ = merge_events({"a": a, "c": far})
    assert len([e for e in events if e["event_type"] == "statement"]) == 2


def test_detentions_of_different_named_people_stay_apart() -> None:
    a = claims("Meltoria detained Alda Brun near Ostrel in February.")
    b = claims("Meltoria detained Tomas Veil near Dravo in February.")
    events, *_ = merge_events({"a": a, "b": b})
    assert len([e for e in events if e["event_type"] == "detention"]) == 2


def test_a_date_inside_what_was_said_does_not_make_the_saying_news() -> None:
    text = "Alda Brun has said a referendum on a new constitution could take place in 2032."  # a stance, no news
    assert "statement" not in {c["event_type"] for c in real_claims(text)}
    dated = "Alda Brun said on Tuesday a referendum could take place in 2032."
    assert one(real_claims(dated), "statement")["date_start"] == dt.date(2031, 3, 11)


def test_a_summoned_ambassador_joins_an_accusation_only_from_the_same_actor_on_the_same_date() -> None:
    text = "Korvania accused Meltoria police of torture. Both Meltoria and Korvania summoned each other's ambassador."
    events, *_ = merge_events({"a": claims(text)})
    assert sorted(e["event_type"] for e in events) == ["accusation", "diplomatic_protest"]


def test_a_negative_subject_negates_the_event() -> None:
    text = "Alda Brun said on Tuesday that nobody in Korvania is prosecuted for journalism."
    found = {c["event_type"] for c in real_claims(text)}
    assert "legal_action" not in found and "statement" in found
    assert "release" not in {c["event_type"] for c in claims("None of the detainees was released in February.")}


def test_insisting_that_is_a_statement_and_insisting_on_or_that_someone_must_a_demand() -> None:
    assert one(claims("The Grand Assembly insists that the case has nothing to do with the vote."), "statement")
    assert one(claims("Korvania insisted on the removal of the claims in February."), "demand")
    assert one(claims("Korvania insisted that Meltoria must remove the claims."), "demand")
    assert one(claims("Alda Brun said Meltoria should change its constitution."), "demand")


def test_the_day_of_a_saying_does_not_date_the_facts_it_reports() -> None:
    text = "Two deminers were killed when a landmine exploded near Ostrel, the Grand Assembly said Wednesday."
    pub = dt.date(2031, 3, 12)  # a Wednesday
    found = real_claims(text, pub)
    blast = one(found, "explosion")
    assert blast["date_start"] != pub or blast["date_end"] != pub  # not the saying's day as the blast's own date
    later = real_claims("The men were clearing a field near Ostrel on Tuesday when the device went off.", pub)
    assert one(later, "explosion")["date_start"] == dt.date(2031, 3, 11)


def test_reports_a_day_apart_of_the_detention_of_the_same_person_are_one_event() -> None:
    tuesday = real_claims("Police detained Alda Brun on Tuesday evening in Dravo.")
    wednesday = real_claims("Alda Brun was detained late on Wednesday, her lawyer told reporters.")
    assert one(tuesday, "detention")["date_start"] + dt.timedelta(days=1) == one(wednesday, "detention")["date_start"]
    events, *_ = merge_events({"a": tuesday, "b": wednesday})
    assert [e["n_sources"] for e in events if e["event_type"] == "detention"] == [2]
    other = real_claims("Police detained Tomas Veil late on Wednesday.")
    events, *_ = merge_events({"a": tuesday, "b": other})
    assert len([e for e in events if e["event_type"] == "detention"]) == 2
    far = real_claims("Police detained Alda Brun on Thursday in Dravo.")  # two days later: another detention
    events, *_ = merge_events({"a": tuesday, "b": far})
    assert len([e for e in events if e["event_type"] == "detention"]) == 2


def test_what_a_demand_asks_to_end_is_no_news_and_a_rejected_criticism_is_a_statement() -> None:
    text = "The Grand Assembly urged Meltoria in February to free Alda Brun and to drop the charges against her."
    assert "legal_action" not in {c["event_type"] for c in claims(text)}
    assert one(claims("Korvania brought charges against Alda Brun in February."), "legal_action")
    rejected = claims("Alda Brun, a deputy from the Grand Assembly, rejected the criticism in February.")
    c = one(rejected, "statement")
    assert "per-alda-brun" in {p["entity_id"] for p in c["participants"]}
    assert "criticism" not in {c["event_type"] for c in rejected}


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        ("Meltoria in February handed over to Korvania five Korvania citizens.", "release"),
        ("More than 9,000 villagers crossed into Korvania from Ostrel in February.", "displacement"),
        ("Alda Brun and Tomas Veil put their signatures to a joint declaration in February.", "agreement_signing"),
        ("In February Korvania blamed Meltoria for the blast.", "accusation"),
        ("In February Korvania objected to the mission.", "criticism"),
        ("In February the Grand Assembly greeted the declaration with a warning against outside players.", "criticism"),
        ("In February the Grand Assembly rejected as false the claim of Meltoria.", "statement"),
        ("In February the Grand Assembly called the report false.", "statement"),
    ],
)
def test_more_news_wordings_of_known_types(sentence: str, etype: str) -> None:
    assert one(claims(sentence), etype)["status"] in ("occurred", "alleged")


def test_a_body_that_will_be_launched_is_a_planned_establishment() -> None:
    c = one(claims("A hotline between the two defence ministries will also be launched in February."), "establishment")
    assert c["status"] == "planned"
    assert "release" not in {c["event_type"] for c in claims("The remains of 11 people were handed over in February.")}


def test_an_undated_plan_is_not_an_event_of_its_kind_months_later() -> None:
    plan = [{**c, "published": dt.date(2031, 1, 10)} for c in claims("Meltoria will sign a trade deal with Korvania.")]
    signed = [
        {**c, "published": dt.date(2031, 6, 2)}
        for c in real_claims("Korvania and Meltoria signed a trade deal in Dravo on Monday.", dt.date(2031, 6, 2))
    ]
    assert one(plan, "agreement_signing")["date_start"] is None
    events, *_ = merge_events({"a": plan, "b": signed})
    assert len([e for e in events if e["event_type"] == "agreement_signing"]) == 2
    soon = [{**c, "published": dt.date(2031, 5, 20)} for c in plan]
    events, *_ = merge_events({"a": soon, "b": signed})
    assert len([e for e in events if e["event_type"] == "agreement_signing"]) == 1


def test_an_undated_retelling_of_a_dated_protest_by_the_same_actor_joins_it() -> None:
    day = dt.date(2031, 3, 10)
    dated = real_claims("Korvania on Monday summoned the Meltoria ambassador and handed him a note of protest.", day)
    retold = [
        {**c, "published": dt.date(2031, 4, 20)}
        for c in claims("Korvania summoned the Meltoria ambassador and handed him a note of protest over the drills.")
    ]
    dated = [{**c, "published": day} for c in dated]
    assert one(dated, "diplomatic_protest")["date_start"] == day
    assert one(retold, "diplomatic_protest")["date_start"] is None
    # words are distinctive against a background of other reports (in two reports alone every word is common)
    background = {
        f"bg{i}": claims(s)
        for i, s in enumerate(
            [
                "Alda Brun met Tomas Veil in Dravo in February.",
                "Korvania accused Meltoria of shelling Ostrel in February.",
                "The Grand Assembly ratified the border deal in February.",
                "Meltoria detained four Korvania soldiers near Ostrel in February.",
                "Tomas Veil visited Dravo in February for talks on trade.",
            ]
        )
    }
    events, *_ = merge_events({"a": dated, "b": retold, **background})
    assert [e["n_sources"] for e in events if e["event_type"] == "diplomatic_protest"] == [2]
    other = [
        {**c, "published": dt.date(2031, 4, 20)}
        for c in claims("Korvania summoned the Meltoria ambassador over the arrest of Alda Brun near Ostrel.")
    ]
    events, *_ = merge_events({"a": dated, "b": other, **background})
    assert len([e for e in events if e["event_type"] == "diplomatic_protest"]) == 2


def test_a_relative_clause_between_the_speaker_and_the_verb_does_not_speak() -> None:
    text = "Alda Brun, who signed the text with Tomas Veil in Dravo, told reporters in February it was a start."
    c = one(claims(text), "statement")
    assert [p["entity_id"] for p in c["participants"] if p["role"] == "speaker"] == ["per-alda-brun"]


@pytest.mark.parametrize(
    ("sentence", "etype", "status"),
    [
        ("In February relatives of the detainees went on hunger strike outside the Grand Assembly.", "protest",
         "occurred"),
        ("The relatives ended their hunger strike outside the Grand Assembly in February.", "protest", "occurred"),
        ("Korvania will close its monitoring mission in Dravo in February.", "dissolution", "planned"),
        ("The mission will cease operations in February.", "dissolution", "planned"),
        ("In February the Grand Assembly decided not to extend the mandate of the mission.", "dissolution",
         "occurred"),
        ("Monitors will begin leaving the mission's bases in Ostrel in April.", "withdrawal", "planned"),
        ("Patrols will stop in February.", "withdrawal", "planned"),
    ],
)  # fmt: skip
def test_strikes_closures_and_monitors_leaving(sentence: str, etype: str, status: str) -> None:
    assert one(claims(sentence), etype)["status"] == status


def test_a_shop_that_closes_is_no_dissolution() -> None:
    assert not claims("The shops close at six in Dravo and the road was closed by police in February.")


def test_a_pronoun_subject_after_a_named_speakers_said_is_that_speaker() -> None:
    c = one(claims("The Grand Assembly said in February it had opened a criminal case into the blast."), "legal_action")
    assert [p["entity_id"] for p in c["participants"]] == ["org-grand-assembly"]
    assert one(claims("In February a criminal case had been opened into the blast, the Grand Assembly said."),
               "legal_action")  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "etype", "status"),
    [
        ("The Court of General Jurisdiction of Ostrel Province has partly upheld a libel suit filed by Lev Arno.",
         "court_ruling", "occurred"),
        ("In February the Dravo court partially satisfied the defamation lawsuit of the former mayor.", "court_ruling",
         "occurred"),
        ("Lev Arno filed the suit in February.", "legal_action", "occurred"),
        ("Lev Arno, the host of an evening talk show, alleged on air that the mayor had taken bribes.", "accusation",
         "alleged"),
        ("The two ministries set up a joint scientific panel in February.", "establishment", "occurred"),
        ("The agency said it would open a ranger station near Ostrel next year.", "establishment", "planned"),
        ("The secretariat would open in Dravo in September with a staff of four.", "establishment", "planned"),
        ("Dravo University rejected that explanation in February.", "statement", "occurred"),
        ("Korvania will host the summit in May.", "summit", "planned"),
        ("The Dravo court on Thursday extended the pre-trial detention of the mayor by two months.", "court_ruling",
         "occurred"),
        ("The mayor of Ostrel has been in custody since February.", "detention", "ongoing"),
        ("Residents stood outside the court building in February with placards reading \"Free our mayor\".",
         "protest", "occurred"),
        ("Nationalist groups organised small protests outside the Grand Assembly in February.", "protest",
         "occurred"),
        ("In February police broke up protests by supporters of Lev Arno.", "protest", "occurred"),
        ("Lev Arno was declared the winner of the vote in February with about 53 percent.", "election", "occurred"),
        ("He is held by investigators who accuse him of taking a bribe.", "accusation", "alleged"),
        ("The Grand Assembly opened a sabotage case in February.", "legal_action", "occurred"),
        ("In February a court in the northern province of Ostrel jailed two men who had tapped the pipe.",
         "court_ruling", "occurred"),
        ("The two cases were struck off the court's list in February.", "court_ruling", "occurred"),
        ("In February the Grand Assembly presented a special report on the detainees.", "statement", "occurred"),
        ("Prosecutors are probing the deal.", "legal_action", "ongoing"),
    ],
)  # fmt: skip
def test_courts_suits_offices_protests_custody_and_reports(sentence: str, etype: str, status: str) -> None:
    assert one(claims(sentence), etype)["status"] == status


def test_a_television_host_hosts_no_summit() -> None:
    kinds = {c["event_type"] for c in claims("Lev Arno, a television host, said in February the road was closed.")}
    assert "summit" not in kinds


def test_pre_trial_detention_names_no_trial() -> None:
    kinds = {c["event_type"] for c in claims("Lev Arno was placed in pre-trial detention in February.")}
    assert "legal_action" not in kinds


_WIRE_LEDE = "DRAVO, March 12 (Wire) - Korvania closed the Ostrel crossing on Tuesday. "


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Defence Ministry said the border was calm.", "org-defence-ministry"),
        ("Alda Brun said the crossing would reopen soon.", "per-alda-brun"),
    ],
)
def test_a_named_speakers_plain_saying_in_a_news_story_is_the_days_statement(sentence: str, speaker: str) -> None:
    c = one(real_claims(_WIRE_LEDE + sentence), "statement")
    assert (c["date_start"], c["date_end"], c["status"]) == (dt.date(2031, 3, 11), PUB, "occurred")
    assert {p["entity_id"] for p in c["participants"] if p["role"] == "speaker"} == {speaker}


@pytest.mark.parametrize(
    "text",
    [
        # an analysis, not the day's news: a saying with no day of its own is no event
        "Korvania and Meltoria have argued over the crossing for years. The Defence Ministry said the border was calm.",
        _WIRE_LEDE + "The Defence Ministry says the border is calm.",  # a stance held
        _WIRE_LEDE + "Officials said the border was calm.",  # nobody named
    ],
)
def test_plain_sayings_that_stay_unreported(text: str) -> None:
    assert not [c for c in real_claims(text) if c["event_type"] == "statement"]


def test_a_saying_is_not_dated_by_the_stretch_ahead_that_it_announces() -> None:
    """'in the coming days' dates what was said; the saying itself stays a plain, undated one (in an analysis: no
    event), while a day or a month named ahead still marks the day's announcement."""
    analysis = "Korvania and Meltoria have argued over the crossing for years. "
    later = one(real_claims(analysis + "Alda Brun said the defence would appeal in the coming days."), "legal_action")
    assert (later["date_start"], later["date_end"], later["status"]) == (
        dt.date(2031, 3, 13),
        dt.date(2031, 3, 19),
        "planned",
    )
    for when in ("in the coming days", "over the next few weeks"):
        said = real_claims(analysis + f"Alda Brun said the talks would resume {when}.")
        assert not [c for c in said if c["event_type"] == "statement"], when
    for when in ("on Friday", "in June"):
        announced = real_claims(analysis + f"Alda Brun said the talks would resume {when}.")
        assert [c["event_type"] for c in announced if c["event_type"] == "statement"] == ["statement"], when


def test_a_plain_saying_that_reports_an_event_only_attributes_it() -> None:
    cs = real_claims(_WIRE_LEDE + "The Defence Ministry said two soldiers had been detained.")
    assert [c["event_type"] for c in cs] == ["detention"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Korvanian experts will visit the Ostrel crossing next week, the Korvanian Foreign Ministry said.",
        "Talks with Meltoria will resume in Dravo in April, the Korvanian Foreign Ministry said.",
        'Korvania "will sign the protocol when it is ready," the Korvanian Foreign Ministry said.',
    ],
)
def test_a_trailing_attribution_is_no_saying_of_its_own(sentence: str) -> None:
    """ "..., the ministry said.": the attribution of what its sentence reports, not an event (on the development
    sets 4 such statements of 46 were annotated as one); the plan it reports stays."""
    cs = real_claims(_WIRE_LEDE + sentence)
    assert not [c for c in cs if c["event_type"] == "statement"]
    assert [c for c in cs if c["status"] == "planned"]


def test_a_saying_with_its_own_day_or_before_its_content_stays_a_statement() -> None:
    for sentence in (
        "Korvanian experts will visit the Ostrel crossing next week, the Korvanian Foreign Ministry said on Monday.",
        "The Korvanian Foreign Ministry said Korvanian experts would visit the Ostrel crossing next week.",
    ):
        cs = real_claims(_WIRE_LEDE + sentence)
        assert [c["event_type"] for c in cs if c["event_type"] == "statement"] == ["statement"], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "In February the two sides agreed to survey 15 burial sites.",
        "In February the ministers also agreed to exchange maps of the crossing.",
        "In February Korvania and Meltoria agreed that teams would work on both banks at once.",
        "In February the delegations agreed on a preliminary list of 12 cemeteries.",
        "The match was agreed in February by the heads of the two federations.",
        "In February the two leaders reached a common understanding on the preamble.",
    ],
)
def test_what_two_sides_agreed_is_a_draft_agreement(sentence: str) -> None:
    c = one(claims(sentence), "agreement_draft")
    assert (c["date_start"].month, c["status"]) == (2, "occurred")


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        ("In February France agreed to supply rifles to Korvania.", None),  # one side's decision
        ("A ceasefire was agreed in February.", "ceasefire"),
        ("In February the sides agreed to hold the next round of talks in June.", "talks"),
    ],
)
def test_agreements_that_are_no_draft(sentence: str, etype: str | None) -> None:
    cs = claims(sentence)
    assert not [c for c in cs if c["event_type"] == "agreement_draft"]
    assert [c["event_type"] for c in cs] == ([etype] if etype else [])


@pytest.mark.parametrize(
    "sentence",
    [
        "In February the Defence Ministry claimed that Meltoria troops had fired on its posts.",
        "In February Alda Brun claimed the men were made scapegoats.",
    ],
)
def test_what_a_side_claims_is_alleged(sentence: str) -> None:
    c = one(claims(sentence), "accusation")
    assert (c["date_start"].month, c["status"]) == (2, "alleged")


@pytest.mark.parametrize(
    "sentence",
    [
        "In February the war claimed some 30,000 lives.",
        "In February the group claimed responsibility for the blast.",
        "In February Korvania rejected its claims that the plant was unsafe.",
    ],
)
def test_claims_that_accuse_nobody(sentence: str) -> None:
    assert not [c for c in claims(sentence) if c["event_type"] == "accusation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "In February Alda Brun called the ruling regrettable.",
        "In February Alda Brun called the tender a step backward.",
        "In February Alda Brun called the memorandum a concession to Meltoria.",
    ],
)
def test_hostile_evaluations_are_criticism(sentence: str) -> None:
    assert one(claims(sentence), "criticism")["status"] == "occurred"
    assert not [c for c in claims("In February Alda Brun called the plan a useful first step.")
                if c["event_type"] == "criticism"]  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    [
        "The treaty hasn't yet been signed.",
        "Korvania didn't sign the deal in February.",
        "Korvania insists the document cannot be signed in February.",
        "He read it as a sign that Korvania prefers to pay.",  # a sign, no signing
        "The State Department called the hotline a practical sign that the commitments were kept.",
    ],
)
def test_signings_that_did_not_happen(sentence: str) -> None:
    assert not [c for c in claims(sentence) if c["event_type"] == "agreement_signing"]


def test_the_signing_of_a_contract_is_a_signing() -> None:
    c = one(claims("The incident follows the signing in Dravo in February of a contract."), "agreement_signing")
    assert (c["date_start"].month, c["status"]) == (2, "occurred")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Defence Ministry confirmed on Tuesday that a conscript was missing.",
        "Alda Brun noted on Tuesday that the border had been calm for a month.",
        "Tomas Veil added on Tuesday that the talks would go on.",
        "Alda Brun argued on Tuesday that the tariff was too high.",
    ],
)
def test_dated_sayings_in_other_words_are_statements(sentence: str) -> None:
    c = one(real_claims(sentence), "statement")
    assert (c["date_start"], c["status"]) == (dt.date(2031, 3, 11), "occurred")


@pytest.mark.parametrize(
    "sentence",
    [
        "Alda Brun added that the talks would go on.",  # undated, not a news story
        "The figures were confirmed by two officials.",  # nobody named says anything
    ],
)
def test_undated_or_unnamed_sayings_in_other_words_are_not(sentence: str) -> None:
    assert not [c for c in real_claims(sentence) if c["event_type"] == "statement"]


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("In February the Defence Ministry put the toll at 40, a figure Korvania disputes.", "plc-korvania"),
        ("In February the Grand Assembly dismissed that as disinformation.", "org-grand-assembly"),
        ("In February the Defence Ministry dismissed the allegation as groundless.", "org-defence-ministry"),
        ("In February Alda Brun rejected reports that the border was closed.", "per-alda-brun"),
        ("In February Alda Brun called that claim a fabrication.", "per-alda-brun"),
    ],
)
def test_denials_that_name_the_claim(sentence: str, denier: str) -> None:
    c = one(claims(sentence), "statement")
    assert denier in {p["entity_id"] for p in c["participants"]}
    assert not [c for c in claims(sentence) if c["event_type"] in ("criticism", "accusation")]


def test_a_denial_replaces_the_saying_that_attributes_a_fact() -> None:
    cs = claims("On Tuesday the Defence Ministry said the shelling killed two, a claim that Korvania rejected.")
    assert "claim" in one(cs, "statement")["trigger"]


@pytest.mark.parametrize(
    "sentence",
    [
        "In February Alda Brun dismissed the verdict as politically motivated.",  # not a claim: a criticism
        "In February Alda Brun made the claim that Korvania rejected the treaty.",  # what is claimed, not a denial
    ],
)
def test_dismissals_that_deny_no_claim(sentence: str) -> None:
    assert not [c for c in claims(sentence) if c["event_type"] == "statement" and "claim" in c["trigger"].lower()]
    assert not [c for c in claims(sentence) if c["trigger"].lower().startswith("dismissed the verdict")
                and c["event_type"] == "statement"]  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    [
        "In February the Defence Ministry blamed Korvania.",
        "In February an opposition MP was blaming sabotage.",
    ],
)
def test_blame_without_for_or_on_is_an_accusation(sentence: str) -> None:
    assert one(claims(sentence), "accusation")["status"] == "alleged"


def test_a_drone_crossing_into_airspace_displaces_nobody() -> None:
    text = "In February the drone crossed into Korvania airspace from the direction of Dravo."
    assert not [c for c in claims(text) if c["event_type"] == "displacement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Meltoria troops shelled Ostrel in February, Grand Assembly reports.",
        "According to the agency Grand Assembly, Meltoria troops shelled Ostrel in February.",
        "Meltoria troops shelled Ostrel in February, citing Grand Assembly.",
    ],
)
def test_who_reports_an_event_is_no_party_to_it(sentence: str) -> None:
    c = one(claims(sentence), "armed_clash")
    assert "org-grand-assembly" not in {p["entity_id"] for p in c["participants"]}
    assert "plc-meltoria" in {p["entity_id"] for p in c["participants"]}


@pytest.mark.parametrize(
    "dateline",
    ["Dravo, 11 February (Grand Assembly) - ", "Feb 11 (Grand Assembly) - ", "(Grand Assembly) -- "],
)
def test_an_agencys_dateline_names_no_party(dateline: str) -> None:
    c = one(claims(dateline + "Meltoria troops shelled Ostrel on Tuesday."), "armed_clash")
    assert "org-grand-assembly" not in {p["entity_id"] for p in c["participants"]}


def test_rulings_on_the_same_person_and_day_by_courts_named_otherwise_are_one() -> None:
    a = real_claims("A Korvania court on Tuesday sentenced Alda Brun to seven years in prison.")
    b = real_claims("The Grand Assembly on Tuesday sentenced Alda Brun to seven years.")
    assert one(a, "court_ruling")["actor_keys"] != one(b, "court_ruling")["actor_keys"]
    events, *_ = merge_events({"a": a, "b": b})
    assert [e["n_sources"] for e in events if e["event_type"] == "court_ruling"] == [2]
    other = real_claims("The Grand Assembly on Tuesday sentenced Tomas Veil to seven years.")  # someone else
    events, *_ = merge_events({"a": a, "b": other})
    assert len([e for e in events if e["event_type"] == "court_ruling"]) == 2


def test_a_person_named_inside_a_courts_long_trigger_is_its_target() -> None:
    c = one(real_claims("A court in Dravo trying Alda Brun on Tuesday ruled that she was guilty."), "court_ruling")
    assert ("per-alda-brun", "target") in {(p["entity_id"], p["role"]) for p in c["participants"]}


def test_a_time_in_a_participle_after_another_noun_does_not_date_the_event() -> None:
    text = "The first meeting of the group on the homes of families displaced in 1990 took place in Dravo on Tuesday."
    assert one(real_claims(text), "meeting")["date_start"] == dt.date(2031, 3, 11)
    text = "The first meeting of the group on the homes of families displaced in 1990 took place in Dravo."
    assert (one(real_claims(text), "meeting")["date_start"] or PUB).year != 1990  # undated here, not 1990
    assert one(real_claims("The talks held in Dravo in 2019 failed."), "talks")["date_start"] == dt.date(2019, 1, 1)
    displaced = one(real_claims("Thousands of people displaced in 1993 returned to Ostrel."), "displacement")
    assert displaced["date_start"] == dt.date(1993, 1, 1)


def test_an_undated_retelling_takes_the_date_of_the_event_the_sentence_before_reported() -> None:
    text = (
        "A Dravo court on Tuesday sentenced a supporter to two years for throwing a flare during a match in February. "
        "Judge Alda Brun found Lev Arno guilty of hooliganism."
    )
    rulings = [c for c in real_claims(text) if c["event_type"] == "court_ruling"]
    assert [c["date_start"] for c in rulings] == [dt.date(2031, 3, 11)] * 2


def _on(cs: list[dict], day: dt.date) -> list[dict]:
    return [{**c, "date_start": day, "date_end": day, "date_precision": "day"} for c in cs]


def test_two_outlets_may_date_one_event_a_day_or_two_apart() -> None:
    tue, wed, sat = dt.date(2031, 3, 11), dt.date(2031, 3, 12), dt.date(2031, 3, 15)
    a = _on(claims("A blast hit a gold mine near Ostrel."), tue)
    b = _on(claims("An explosion at the mine near Ostrel killed four workers."), wed)
    events, *_ = merge_events({"a": a, "b": b})
    assert [e["n_sources"] for e in events if e["event_type"] == "explosion"] == [2]
    far = _on(claims("An explosion at the mine near Ostrel killed four workers."), sat)
    events, *_ = merge_events({"a": a, "c": far})
    assert len([e for e in events if e["event_type"] == "explosion"]) == 2  # days apart: another blast


def test_one_event_dated_apart_needs_the_same_actor_and_place_or_words() -> None:
    tue, wed = dt.date(2031, 3, 11), dt.date(2031, 3, 12)
    a = _on(claims("Alda Brun pardoned two Meltoria soldiers."), tue)
    b = _on(claims("Lev Arno pardoned two Korvania soldiers."), wed)
    events, *_ = merge_events({"a": a, "b": b})
    assert len([e for e in events if e["event_type"] == "pardon"]) == 2
    same_article = _on(claims("A blast hit a gold mine near Ostrel."), tue) + _on(
        claims("Another explosion hit the mine near Ostrel."), wed
    )
    events, *_ = merge_events({"a": same_article})
    assert len([e for e in events if e["event_type"] == "explosion"]) == 2  # one article tells two blasts


def _window(cs: list[dict], lo: dt.date, hi: dt.date) -> list[dict]:
    return [{**c, "date_start": lo, "date_end": hi, "date_precision": "day"} for c in cs]


def test_a_days_news_dated_by_its_paper_may_be_the_event_another_outlet_dates_a_day_before() -> None:
    mon, tue, wed, sat = (dt.date(2031, 3, d) for d in (10, 11, 12, 15))
    other = [c for text in _OTHER_NEWS for c in real_claims(text)]  # what makes shared words rare
    named = _on(claims("Police detained a truck driver carrying six hunting rifles at the Ostrel crossing."), mon)
    report = "A truck driver carrying six hunting rifles has been detained, officials said."
    events, *_ = merge_events({"a": named, "b": _window(claims(report), tue, wed), "z": other})
    assert [e["n_sources"] for e in events if e["event_type"] == "detention"] == [2]
    events, *_ = merge_events({"a": named, "c": _window(claims(report), sat, sat), "z": other})
    assert len([e for e in events if e["event_type"] == "detention"]) == 2  # days apart: another detention


def test_reports_dated_apart_join_on_a_quarter_of_their_distinctive_words() -> None:
    tue, wed = dt.date(2031, 3, 11), dt.date(2031, 3, 12)
    other = [c for text in _OTHER_NEWS for c in real_claims(text)]  # what makes shared words rare
    a = _on(claims("A blast at the Geldar copper mine killed four miners and injured two rescuers."), tue)
    b = _on(claims("An explosion at a copper mine in the north killed several workers, a union said."), wed)
    idf = merge.token_weights([(s, c) for s, cs in (("a", a), ("b", b), ("z", other)) for c in cs])
    blast = merge.Cluster("a", dict(one(a, "explosion")))
    assert merge.SIM_APART <= merge.similarity(dict(one(b, "explosion")), blast, idf) < merge.SIM_STRONG
    events, *_ = merge_events({"a": a, "b": b, "z": other})
    assert [e["n_sources"] for e in events if e["event_type"] == "explosion"] == [2]


def test_one_article_telling_a_ruling_twice_names_the_court_two_ways() -> None:
    tue = dt.date(2031, 3, 11)
    text = "A Dravo court acquitted a former commander. Judge Alda Brun of the Grand Assembly ruled he was innocent."
    rulings = _on([c for c in claims(text) if c["event_type"] == "court_ruling"], tue)
    assert len(rulings) == 2
    # the judge's court rules: the actor is named otherwise than in the first telling
    court = {"entity_id": "org-grand-assembly", "entity_type": "organization", "role": "actor"}
    rulings[1] = {**rulings[1], "actor_keys": [court["entity_id"]], "agent_keys": [court["entity_id"]]}
    others = [p for p in rulings[1]["participants"] if p["entity_id"] != court["entity_id"]]
    rulings[1]["participants"] = [*others, court]
    events, *_ = merge_events({"a": rulings})
    assert len([e for e in events if e["event_type"] == "court_ruling"]) == 1
    other_day = rulings[:1] + _on(rulings[1:], tue + dt.timedelta(days=7))
    events, *_ = merge_events({"a": other_day})
    assert len([e for e in events if e["event_type"] == "court_ruling"]) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        'Lev Arno called the verdict "disproportionate" in February.',
        'Alda Brun called the sentences "demonstratively harsh" in February.',
        'Tomas Veil called the ruling "political" in February.',
    ],
)
def test_a_sentence_called_harsh_or_political_is_criticised(sentence: str) -> None:
    assert one(claims(sentence), "criticism")


def test_a_political_success_is_no_criticism() -> None:
    assert "criticism" not in {
        c["event_type"] for c in claims("Alda Brun called the talks a political success in February.")
    }


def test_a_document_cited_as_the_source_is_no_event() -> None:
    text = "According to the indictment, Lev Arno crossed the border near Ostrel in February."
    assert "legal_action" not in {c["event_type"] for c in claims(text)}
    assert one(claims("The prosecutor brought an indictment against Lev Arno in February."), "legal_action")


@pytest.mark.parametrize("subject", ["The two men", "Both sides", "The parties", "They"])
def test_the_pair_named_before_is_the_subject_of_the_next_sentence(subject: str) -> None:
    text = f"Alda Brun met Lev Arno in Dravo on Tuesday. {subject} signed a memorandum on trade."
    signing = one(real_claims(text), "agreement_signing")
    assert "per-alda-brun" in {p["entity_id"] for p in signing["participants"]}
    alone = one(real_claims(f"{subject} signed a memorandum on trade."), "agreement_signing")
    assert alone["participants"] == []  # nobody named before


_OTHER_NEWS = [  # other events of those days: what makes a word distinctive is that other reports lack it
    "Korvania and Meltoria signed a trade protocol in Dravo on Monday.",
    "Alda Brun met Tomas Veil in Ostrel on Tuesday to discuss the border.",
    "The Grand Assembly ratified the treaty on Tuesday.",
    "Meltoria accused Korvania of shelling a village on Monday.",
]


def _detentions(reports: dict[str, list[dict]]) -> list[int]:
    background = {f"z{i}": real_claims(text) for i, text in enumerate(_OTHER_NEWS)}
    events, *_ = merge_events(reports | background)
    return sorted(e["n_sources"] for e in events if e["event_type"] == "detention")


def test_an_undated_report_retells_the_one_event_of_its_kind_and_words_reported_just_before() -> None:
    monday = real_claims("Police detained six students after a sit-in at the Velor conservatory on Monday.")
    later = PUB + dt.timedelta(days=4)
    retold = real_claims("Six students and a teacher were detained, their relatives said.", later)
    assert _detentions({"a": monday, "b": retold}) == [2]
    background = {f"z{i}": real_claims(text) for i, text in enumerate(_OTHER_NEWS)}
    _, _, evidence, _ = merge_events({"a": monday, "b": retold} | background)
    assert [r["merge_score"] for r in evidence if r["source_id"] == "b"] == [0.05]  # the weakest join, for review
    # other words: another detention, not this one
    assert _detentions({"a": monday, "b": real_claims("Two drivers were detained at a market.", later)}) == [1, 1]
    # two such events in those days (four days apart: outlets may date one event up to three days apart): which one
    # is retold is not known, so neither
    thursday = real_claims("Police detained six students after a sit-in at the Velor conservatory on Thursday.")
    assert _detentions({"a": monday, "b": retold, "c": thursday}) == [1, 1, 1]
    # an analysis weeks later retells it still (the only such event of those weeks); months later it is history
    weeks = real_claims("Six students and a teacher were detained, their relatives said.", PUB + dt.timedelta(days=40))
    assert _detentions({"a": monday, "b": weeks}) == [2]
    months = real_claims("Six students and a teacher were detained, their relatives said.", PUB + dt.timedelta(days=90))
    assert _detentions({"a": monday, "b": months}) == [1, 1]


def test_a_saying_that_announces_a_plan_is_said_not_planned() -> None:
    said = one(real_claims("The Dravo energy ministry said on Monday it will study the memorandum."), "statement")
    assert said["status"] == "occurred" and said["date_start"] == dt.date(2031, 3, 10)
    future = one(real_claims("Alda Brun is expected to address the nation on Friday."), "statement")
    assert future["status"] == "planned"  # a saying still to come is planned


def test_a_trigger_that_holds_its_modal_is_planned() -> None:
    handover = one(real_claims("The two men would be handed over to Korvania in the coming days."), "release")
    assert handover["status"] == "planned"
    assert one(real_claims("The two shepherds were handed over to Korvania on Monday."), "release")["status"] == (
        "occurred"
    )


def test_a_step_due_within_a_time_is_dated_from_the_report_to_its_end() -> None:
    appeal = one(real_claims("His lawyer said the defence would appeal the verdict within a month."), "legal_action")
    assert (appeal["date_start"], appeal["date_end"]) == (PUB, dt.date(2031, 4, 11))
    days = one(real_claims("Her lawyer said she would appeal to the Dravo court within 20 days."), "legal_action")
    assert (days["date_start"], days["date_end"]) == (PUB, dt.date(2031, 3, 31))
    # counted from another event, not from the report: no date
    later = one(real_claims("The offices will open within 60 days of the treaty entering into force."), "establishment")
    assert later["date_start"] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The ombudsman's report was released as the talks went on.",
        "The images, released on Tuesday by a research group, were taken in April.",
        "The government decided to release 5,000 tonnes of petrol from the reserve.",
        "The court rejected a defence motion to release the former mayor on bail.",
        "Rights groups called on Wednesday for the protesters' release.",
        "The prosecutors appealed against his release.",
        "The Korvanian foreign ministry called the charges absurd and demanded his immediate release.",
        "Supporters gathered outside the court on Friday to demand the teacher's release.",
        "Dravo has repeatedly demanded that the two fishermen be released.",
        "The ministry said in a press release on Monday that the meeting had been useful.",
    ],
)
def test_what_is_released_is_no_prisoner_and_a_release_asked_for_is_none(sentence: str) -> None:
    assert not [c for c in real_claims(sentence) if c["event_type"] == "release"]


def test_a_release_of_people_is_still_one() -> None:
    assert [c["event_type"] for c in real_claims("Korvania released two Meltorian soldiers on Tuesday.")] == ["release"]
    # a demand that was met: the release is news of its own
    met = real_claims("Police held 12 men for ignoring the demands of officers, and nine were released at night.")
    assert "release" in [c["event_type"] for c in met]


@pytest.mark.parametrize(
    "sentence",
    [
        "Both sides agreed to withdraw the interstate lawsuits they had filed.",
        "On Monday the city withdrew permission for the festival.",
        "Nine people were pulled out alive on Tuesday.",
        "The Meltorian delegation pulled out of the forum last week.",
        "The team withdrew from the championship on Friday.",
    ],
)
def test_a_claim_a_permit_or_a_delegation_withdrawn_is_no_withdrawal_of_forces(sentence: str) -> None:
    assert not [c for c in real_claims(sentence) if c["event_type"] == "withdrawal"]


def test_forces_that_pull_out_still_withdraw() -> None:
    got = real_claims("Korvanian troops pulled out of the three villages on Monday.")
    assert [c["event_type"] for c in got] == ["withdrawal"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ('"It is not aimed at anyone," a spokesman told Reuters by telephone on Monday.', "phone_call"),
        ("Korvania lifted its ban on cargo transit last October.", "ban"),
        ("Prosecutors argued that he could flee the country.", "displacement"),
        ("A joint evacuation drill is planned for October.", "displacement"),
        ("The expelled diplomat left Dravo on Monday.", "displacement"),
    ],
)
def test_shapes_that_are_not_the_event_their_word_names(sentence: str, kind: str) -> None:
    assert not [c for c in real_claims(sentence) if c["event_type"] == kind]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The two presidents spoke by phone on Tuesday.", "phone_call"),
        ("Thousands of villagers were expelled from the valley in 1990.", "displacement"),
        ("The community of villagers expelled from the valley in 1990 met.", "displacement"),
        ("Residents fled the village on Tuesday.", "displacement"),
    ],
)
def test_the_same_words_that_are_the_event(sentence: str, kind: str) -> None:
    assert [c["event_type"] for c in real_claims(sentence) if c["event_type"] == kind] == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dravo will host a match between the national chess teams on June 13.",
        "The deputy minister, who hosted the ceremony, told reporters the line would open.",
        "Korvania had hosted almost one million refugees by 1994.",
    ],
)
def test_hosting_a_match_a_ceremony_or_refugees_is_no_summit(sentence: str) -> None:
    assert not [c for c in real_claims(sentence) if c["event_type"] == "summit"]


def test_hosting_leaders_or_talks_is_a_summit() -> None:
    assert [
        c["event_type"] for c in real_claims("Alda Brun hosted the leaders of Korvania and Meltoria on Monday.")
    ] == ["summit"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A guard died and two others were injured when their vehicle overturned near Dravo on Sunday.",
        "The 1988 earthquake killed at least 25,000 people in the north.",
        "Two shepherds were injured by landmines near Velor on Monday.",
    ],
)
def test_casualties_of_an_accident_a_disaster_or_a_mine_are_no_clash(sentence: str) -> None:
    assert not [c for c in real_claims(sentence) if c["event_type"] == "armed_clash"]


def test_casualties_alone_are_still_a_clash() -> None:
    got = real_claims("Two soldiers were killed and three wounded on Tuesday.")
    assert [c["event_type"] for c in got] == ["armed_clash"]


@pytest.mark.parametrize(
    ("text", "etype", "day"),
    [
        # the day after the event the noun names, dated where the article tells it
        (
            "Korvania and Meltoria signed the accord in Dravo on March 3. The day after the signing, Meltoria "
            "accused Korvania of shelling Ostrel.",
            "accusation",
            dt.date(2031, 3, 4),
        ),
        # 'the event' no earlier sentence names: the day of a news story's lede
        (
            "DRAVO, March 10 - Korvania and Meltoria signed a memorandum on fibre links in Dravo on Monday. Lev Arno "
            "attended the ceremony. On the sidelines of the event, Alda Brun also met Lev Arno.",
            "meeting",
            dt.date(2031, 3, 10),
        ),
        # 'the hearing' told two sentences before, with its day
        (
            "The court in Dravo held a hearing on the case of Lev Arno on Tuesday. The verdict is due in May. About "
            "300 people rallied outside the court in Dravo during the hearing.",
            "protest",
            dt.date(2031, 3, 11),
        ),
    ],
)
def test_an_event_timed_by_another_takes_its_day(text: str, etype: str, day: dt.date) -> None:
    c = one(real_claims(text), etype)
    assert (c["date_start"], c["date_end"]) == (day, day), c


def test_an_anchor_times_only_its_own_clause_and_not_what_is_told():
    text = (
        "The court in Dravo held a hearing on the case of Lev Arno on Tuesday. Tomas Veil told reporters after the "
        "hearing that Lev Arno had been beaten soon after his arrest in January 2029."
    )
    c = one(real_claims(text), "arrest")
    assert c["date_start"] != dt.date(2031, 3, 11)
    # the signing the anchor names is the signing, not the day after it
    text = (
        "Korvania and Meltoria signed the accord in Dravo on March 3. The day after the signing, Meltoria "
        "accused Korvania of shelling Ostrel."
    )
    signings = [c for c in real_claims(text) if c["event_type"] == "agreement_signing"]
    assert {c["date_start"] for c in signings} == {dt.date(2031, 3, 3)}


def test_a_separate_meeting_is_not_the_one_just_reported():
    text = (
        "Alda Brun met Lev Arno in Dravo on Monday. Alda Brun also held a separate meeting with Tomas Veil of Meltoria."
    )
    meetings = [c for c in real_claims(text) if c["event_type"] == "meeting"]
    assert len(meetings) == 2 and meetings[1]["separate"]
    assert len(merge_events({"art-a": meetings})[0]) == 2


def test_a_scene_of_one_day_goes_on_until_another_date_is_given() -> None:
    scene = (
        "A court in Dravo on Monday sentenced Lev Arno to four years in prison. "
        "Supporters of Arno waved flags outside the building. "
        "A second defendant, Tomas Veil, was given a suspended sentence. "
        "Police detained six people after a scuffle near the entrance."
    )
    cs = real_claims(scene)
    monday = dt.date(2031, 3, 10)
    assert one(cs, "detention")["date_start"] == one(cs, "detention")["date_end"] == monday
    assert all(c["date_start"] == monday for c in cs if c["event_type"] == "court_ruling")
    # another date ends the scene; a year or a month is no scene to go on with
    ended = (
        "A court in Dravo on Monday sentenced Lev Arno to four years in prison. "
        "Arno had led the union in 2019. "
        "Supporters of Arno waved flags outside the building. "
        "Police detained six people after a scuffle near the entrance."
    )
    assert one(real_claims(ended), "detention")["date_start"] is None
    # "earlier" tells of another time than the scene
    earlier = scene.replace("Police detained six people", "Police detained six people earlier")
    assert one(real_claims(earlier), "detention")["date_start"] is None


def test_a_brief_is_the_days_news_though_its_opening_names_no_day() -> None:
    """A short report (a headline and a brief body) whose opening gives no date ('The ministry has rejected a claim
    ...') reports the day's news: its sayings happened on the publication day or the day before. A long analysis
    that tells the same sayings without a day leaves them undated: it retells weeks of events. So does the passage
    without its headline: nothing says it is an article, let alone a brief."""
    pub = dt.date(2026, 3, 12)
    body = (
        "The Foreign Ministry of Meltoria has rejected a claim that its troops crossed the border near Dravo. "
        "Spokesperson Lev Arno said the report was false and urged Korvania to stop spreading rumours.\n"
    )
    brief = "Meltoria answers the report of a border crossing\n\n" + body
    background = "\n\n" + " ".join(
        ["The valley is known for its apricot orchards and the old bridges over its river."] * 45
    )

    def dates(text: str) -> dict:
        return {c["trigger"]: (c["date_start"], c["date_end"]) for c in real_claims(text, pub) if not c["headline"]}

    news_day = (pub - dt.timedelta(days=1), pub)
    assert dates(brief) == {"rejected a claim": news_day, "urged": news_day}
    assert dates(brief + background) == {"rejected a claim": (None, None), "urged": (None, None)}
    assert dates(body) == dates(brief + background)


def test_a_time_named_but_not_dated_is_not_the_days_news() -> None:
    """'During his campaign, X criticised Y', after a news lede: the criticism belongs to the campaign, a time the
    article names but does not date, so it is left undated rather than given the day's news."""
    pub = dt.date(2026, 3, 12)
    text = (
        "Meltoria to review border deal\n\nMELTORIA, March 12 (Wire) - Meltoria's president Lev Arno said on "
        "Thursday he would review the border deal. During his election campaign, Arno criticised the Korvania "
        "government for its handling of the talks.\n"
    )
    dates = {c["trigger"]: (c["date_start"], c["date_end"]) for c in real_claims(text, pub)}
    assert dates.get("criticised") == (None, None)


@pytest.mark.parametrize(
    ("deadline", "end"),
    [
        ("within the one-month period set by law", dt.date(2031, 4, 11)),
        ("within the 20 days allowed by law", dt.date(2031, 3, 31)),
        ("within the next two weeks", dt.date(2031, 3, 25)),
    ],
)
def test_an_appeal_planned_with_a_deadline_runs_from_the_ruling_to_the_deadline(deadline: str, end: dt.date) -> None:
    text = f"A court in Dravo on Tuesday sentenced Lev Arno to five years. His lawyer said he would appeal {deadline}."
    c = one(real_claims(text), "legal_action")
    assert (c["status"], c["date_start"], c["date_end"]) == ("planned", dt.date(2031, 3, 11), end)
    # no ruling dated before it, or no deadline: nothing to count from
    assert one(real_claims(f"His lawyer said he would appeal {deadline}."), "legal_action")["date_start"] is None
    vague = "A court in Dravo on Tuesday sentenced Lev Arno to five years. His lawyer said he would appeal within days."
    assert one(real_claims(vague), "legal_action")["date_start"] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Ilya Dorn is the second Korvanian historian convicted of treason since last summer.",
        "Meltoria says the men it holds are convicted criminals, not prisoners of war.",
    ],
)
def test_convicted_as_what_describes_a_person_is_no_ruling(sentence: str) -> None:
    assert not [c for c in real_claims(_WIRE_LEDE + sentence) if c["event_type"] == "court_ruling"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A Dravo court convicted Ilya Dorn of treason on Monday.",
        "Ilya Dorn was convicted of treason on Monday.",
        "Six convicted in Lorvik housing fraud case",
    ],
)
def test_convicted_in_a_finite_clause_is_a_ruling(sentence: str) -> None:
    assert [c for c in real_claims(_WIRE_LEDE + sentence) if c["event_type"] == "court_ruling"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ostrel trade fair, scheduled for 20 March, was called off on Monday.",
        "A visit by Alda Brun to Dravo, initially planned for early April, was postponed on Monday.",
        "The second round of talks, which had been expected to take place in Dravo on 2 April, was cancelled on "
        "Monday.",
    ],
)
def test_what_was_planned_is_not_the_date_or_status_of_its_cancellation(sentence: str) -> None:
    # the planned date and the planning words describe what was called off; the cancellation happened on Monday
    c = one(real_claims(sentence), "cancellation")
    assert (c["status"], c["date_start"], c["date_end"]) == ("occurred", dt.date(2031, 3, 10), dt.date(2031, 3, 10))


def test_a_cancellation_still_ahead_is_planned() -> None:
    c = one(real_claims("The Ostrel trade fair, scheduled for 20 March, will be called off, Alda Brun said."),
            "cancellation")  # fmt: skip
    assert c["status"] == "planned"
    assert one(real_claims("The fair will, its organisers said, be called off."), "cancellation")["status"] == "planned"


def test_a_cancellation_after_a_plan_without_commas_occurred() -> None:
    c = one(real_claims("The Ostrel trade fair set for next Friday was called off."), "cancellation")
    assert (c["status"], c["date_start"]) == ("occurred", None)  # next Friday is the fair's day, not the call's


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Meltoria wants Korvania first to amend its charter.", "ongoing"),
        ("Meltoria insists that Korvania must first amend its charter.", "ongoing"),
        ("The union says Korvania must raise allowances for veterans.", "ongoing"),
        ("Meltoria demanded on Monday that Korvania amend its charter.", "occurred"),
        ("Meltoria demanded that Korvania amend its charter.", "occurred"),
        # the plural noun is no verb in the present tense
        ("Meltoria has since outlined a host of demands, including a new charter for Korvania.", "occurred"),
        ("Meltoria's demands include a new charter for Korvania.", "occurred"),
        ("Meltoria has made demands to Korvania.", "occurred"),
        ("Meltoria's latest demands were rejected.", "occurred"),
        ("It demands that Korvania amend its charter.", "ongoing"),
    ],
)
def test_a_demand_in_the_present_tense_stands(sentence: str, status: str) -> None:
    assert one(real_claims(sentence), "demand")["status"] == status

"""Wordings of news the event rules read (issue 12, eighth round), one table for the whole round: border posts
and hotlines opened, licences revoked, what prosecutors ask and say, courts and appeals, arrivals and delegations,
renewed deals, diplomatic expulsions, captures, strikes and vigils, appeals to bodies; what is none of these; a
planned event 'scheduled for' a month; denials, and a side's report of an attack on it. Invented sentences and
names."""

from __future__ import annotations

import pytest

from caucasus_peace.extract.timex import extract_time_expressions
from tests.unit.test_event_news_shapes import real_claims
from tests.unit.test_events import PUB, one


@pytest.mark.parametrize(
    ("sentence", "etype", "status"),
    [
        ("Korvania and Meltoria opened their first joint customs post on Tuesday.", "establishment", "occurred"),
        ("A joint checkpoint of Korvania and Meltoria was inaugurated near Ostrel on Tuesday.", "establishment",
         "occurred"),
        ("Officials said two more crossings could open along the border next year.", "establishment", "possible"),
        ("The Grand Assembly on Tuesday revoked the broadcasting licence of Dravo TV.", "ban", "occurred"),
        ("Prosecutors had asked on Tuesday for 15 years.", "demand", "occurred"),
        ("Prosecutors said on Tuesday that the handler worked for Meltoria.", "accusation", "alleged"),
        ("His lawyer said on Tuesday that his client had been beaten in custody.", "accusation", "alleged"),
        ("The Dravo court is scheduled to hold its first hearing next month.", "legal_action", "planned"),
        ("The Korvania police had opened the case on Tuesday.", "legal_action", "occurred"),
        ("The hate-motive charge was added on Tuesday.", "legal_action", "occurred"),
        ("Alda Brun arrived in Dravo on Tuesday.", "visit", "occurred"),
        ("Alda Brun spent three days in Dravo last month.", "visit", "occurred"),
        ("On Tuesday Korvania and Meltoria extended a gas swap until 2040.", "agreement_signing", "occurred"),
        ("Korvania warned on Tuesday that Meltoria would face consequences.", "statement", "occurred"),
        ("Meltoria forces kept up fire on Ostrel on Tuesday.", "armed_clash", "occurred"),
        ("Residents of Ostrel, a village near the border, blocked the road on Tuesday.", "protest", "occurred"),
        ("The talks were held amid a protest by dozens of farmers on Tuesday.", "protest", "occurred"),
        ("The Grand Assembly said in a statement that the ruling was fair.", "statement", "occurred"),
        ("Korvania and Meltoria opened a direct telephone line between their defence ministries on Tuesday.",
         "establishment", "occurred"),
        ("The two ministries will put a hotline into operation next week.", "establishment", "planned"),
        ("The first call on the line was made on Tuesday.", "phone_call", "occurred"),
        ("Alda Brun said on Tuesday she would challenge the ruling at the Dravo Court of Appeal.", "legal_action",
         "planned"),
        ("A Dravo court on Tuesday refused to free Tomas Veil on health grounds.", "court_ruling", "occurred"),
        ("Alda Brun has sent a letter to the Grand Assembly on Tuesday.", "appeal", "occurred"),
        ("On Tuesday the families submitted a petition to a United Nations working group.", "appeal", "occurred"),
        ("On Tuesday Korvania backed the protest.", "statement", "occurred"),
        ("Alda Brun flew to Dravo on Tuesday.", "visit", "occurred"),
        ("Korvania air defence destroyed a drone over Ostrel on Tuesday.", "shoot_down", "occurred"),
        ("Reports on Tuesday spoke of sporadic rifle fire near Ostrel.", "armed_clash", "occurred"),
        ("The truce follows a protocol adopted on Tuesday in Dravo.", "agreement_signing", "occurred"),
        ("Korvania on Tuesday expelled a Meltoria diplomat for spying.", "diplomatic_protest", "occurred"),
        ("On Tuesday Korvania declared a Meltoria attache persona non grata.", "diplomatic_protest", "occurred"),
        ("The Meltoria envoy was summoned to the Grand Assembly on Tuesday.", "diplomatic_protest", "occurred"),
        ("Korvania on Tuesday ordered a Meltoria diplomat to leave the country.", "diplomatic_protest", "occurred"),
        ("The Court of General Jurisdiction of Dravo ruled on Tuesday against the site.", "court_ruling", "occurred"),
        ("Alda Brun said on Tuesday she would appeal to the Court of Appeal.", "legal_action", "planned"),
        ("Korvania on Tuesday asked UNESCO to send experts to Ostrel.", "appeal", "occurred"),
        ("Meltoria forces captured the Ostrel district on Tuesday.", "military_offensive", "occurred"),
        ("Meltoria forces took control of strategic heights on Tuesday.", "military_offensive", "occurred"),
        ("On Tuesday Korvania expelled a Meltoria embassy employee.", "diplomatic_protest", "occurred"),
        ("Hundreds of people, many of them veterans, marched through Dravo on Tuesday.", "protest", "occurred"),
        ("The families said on Tuesday they would hold a vigil outside the Grand Assembly.", "protest", "planned"),
        ("The union said on Tuesday it will march again next month.", "protest", "planned"),
        ("On Tuesday Alda Brun resigned in protest.", "protest", "occurred"),
        ("The Grand Assembly called on Tuesday for the release of Tomas Veil.", "appeal", "occurred"),
        ("On Tuesday Alda Brun asked the Meltoria side to review the road fee.", "appeal", "occurred"),
        ("Alda Brun sent a new request to the Grand Assembly on Tuesday.", "appeal", "occurred"),
        ("On Tuesday Alda Brun raised the issue of the queues at the border.", "statement", "occurred"),
        ("The Dravo court is expected to consider the appeal next month.", "legal_action", "planned"),
        ("Korvania and Meltoria held the third round of their dialogue in Dravo on Tuesday.", "talks", "occurred"),
        ("The next round of the dialogue will take place in Dravo next month.", "talks", "planned"),
        ("On Tuesday the Grand Assembly rejected the remarks.", "statement", "occurred"),
        ("Deputy ministers of Korvania and Meltoria held consultations in Dravo on Tuesday.", "talks", "occurred"),
        ("Korvania and the Grand Assembly issued similar appeals on Tuesday.", "appeal", "occurred"),
        ("On Tuesday consumers in Dravo were asked to save gas.", "appeal", "occurred"),
        ("On Tuesday the Dravo authorities refused to allow an opposition march.", "ban", "occurred"),
        ("The Grand Assembly plans to send a delegation of officials to Dravo next month.", "visit", "planned"),
        ("On Tuesday Alda Brun asked prosecutors for an exhumation.", "appeal", "occurred"),
        ("Alda Brun has since appealed, the Grand Assembly said on Tuesday.", "legal_action", "occurred"),
        ("A working group led by the deputy ministers of the two countries will be set up next month.",
         "establishment", "planned"),
        ("About 1,500 miners in Ostrel stopped work on Tuesday.", "protest", "occurred"),
        ("Miners at the Ostrel combine went on strike on Tuesday.", "protest", "occurred"),
        ("The company scrapped the allowance on Tuesday.", "cancellation", "occurred"),
        ("On Tuesday Alda Brun complained that Meltoria had set the venue.", "criticism", "occurred"),
        ("Korvania said on Tuesday it will not sign the treaty until Meltoria changes its charter.", "demand",
         "occurred"),
        ("The Grand Assembly said on Tuesday it had begun checks at the company's sites.", "legal_action",
         "occurred"),
    ],
)  # fmt: skip
def test_news_wordings_of_known_types(sentence: str, etype: str, status: str) -> None:
    assert one(real_claims(sentence), etype)["status"] == status


@pytest.mark.parametrize(
    "sentence",
    [
        "The first refugees arrived in Ostrel on Tuesday.",  # people fleeing: displaced, not visiting
        "Alda Brun spent 23 days in custody last month.",
        "The checkpoint reopened on Tuesday after repairs.",
        "Meltoria forces captured two Korvania soldiers on Tuesday.",  # people captured: an arrest
        "Novruz is celebrated in Korvania from March 20 to March 24.",  # 'to March' is no march
    ],
)
def test_shapes_that_are_no_visit_new_body_offensive_or_march(sentence: str) -> None:
    found = {c["event_type"] for c in real_claims(sentence)}
    assert not {"visit", "establishment", "military_offensive", "protest"} & found


def test_a_condition_on_a_signing_is_a_demand_and_a_meeting_scheduled_for_a_month_is_planned_then() -> None:
    found = real_claims("Korvania says the treaty could only be signed after Meltoria changes its charter.")
    assert one(found, "demand")["status"] == "ongoing"  # a position held ("says"): the condition stands
    assert "agreement_signing" not in {c["event_type"] for c in found}
    meeting = one(real_claims("The next meeting of the two commissions is planned for December."), "meeting")
    assert meeting["status"] == "planned"
    assert str(meeting["date_start"]).startswith(f"{PUB.year}-12") or str(meeting["date_start"]).startswith(
        f"{PUB.year + 1}-12"
    )


def test_a_month_after_planned_for_is_a_date_and_may_after_it_too() -> None:
    rows = extract_time_expressions("The vote is scheduled for May and the count is set for June.", PUB)
    assert [r["text"] for r in rows] == ["May", "June"]


def test_what_a_side_denies_is_alleged_not_news() -> None:
    found = real_claims("On Tuesday the Defence Ministry denied that Korvania troops had fired on civilians.")
    assert one(found, "armed_clash")["status"] == "alleged"
    assert one(found, "statement")["status"] == "occurred"


def test_a_side_reporting_an_attack_on_it_accuses_the_attackers_even_when_it_closes_the_sentence() -> None:
    from caucasus_peace.events.claims import extract_events
    from tests.unit.test_events import mentions

    text = "Meltoria units opened fire on border posts near Ostrel, the Defence Ministry said on Tuesday."
    parties = {"org-defence-ministry": "plc-korvania"}
    found = extract_events(text, PUB, mentions(text), extract_time_expressions(text, PUB), [], parties=parties)
    accusation = one(found, "accusation")
    assert {p["entity_id"] for p in accusation["participants"] if p["role"] == "accused"} == {"plc-meltoria"}
    assert one(found, "armed_clash")["status"] == "alleged"


def test_amnesty_international_grants_no_amnesty() -> None:
    found = real_claims("Amnesty International called on Tuesday for the release of Tomas Veil.")
    assert "pardon" not in {c["event_type"] for c in found}

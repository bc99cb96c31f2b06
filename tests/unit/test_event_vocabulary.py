"""The event types added for real news (ratification, release, pardon, withdrawal, referendum, election, explosion,
dissolution, establishment, sanctions, protest), and what is not an event: goals, conditions, appeal contents and
text that is not article body. Invented sentences and names."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.test_events import claims, one


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        ("The Grand Assembly ratified the border treaty with Meltoria in February.", "ratification"),
        ("Alda Brun signed the ratification law in February.", "ratification"),
        ("Alda Brun signed the protocol into law in February.", "ratification"),
        ("Korvania released four Meltoria soldiers in February.", "release"),
        ("Six detainees were freed in February.", "release"),
        ("Korvania handed over two prisoners to Meltoria in February.", "release"),
        ("Korvania and Meltoria carried out a prisoner exchange in February.", "release"),
        ("Alda Brun pardoned 300 prisoners in February.", "pardon"),
        ("Alda Brun signed an order on pardoning 300 convicts in February.", "pardon"),
        ("Korvania withdrew its border guards from Ostrel in February.", "withdrawal"),
        ("Korvania border guards handed over the Ostrel checkpoint to Meltoria in February.", "withdrawal"),
        ("Korvania held a referendum on a new constitution in February.", "referendum"),
        ("Korvania held parliamentary elections in February.", "election"),
        ("Two deminers were injured when their truck hit a landmine near Ostrel in February.", "explosion"),
        ("A blast killed two workers in Dravo in February.", "explosion"),
        ("Korvania and Meltoria dissolved the joint working group in February.", "dissolution"),
        ("Korvania and Meltoria set up a joint border commission in February.", "establishment"),
        ("Korvania imposed sanctions on two Meltoria banks in February.", "sanctions"),
        ("Thousands of protesters rallied outside the Grand Assembly in Dravo in February.", "protest"),
    ],
)
def test_new_event_types(sentence: str, etype: str) -> None:
    c = one(claims(sentence), etype)
    assert (c["date_start"].month, c["status"]) == (2, "occurred")


def test_a_released_statement_is_no_release() -> None:
    assert not [
        c for c in claims("Korvania released a statement on the talks in February.") if c["event_type"] == "release"
    ]


def test_signing_an_order_is_the_order_not_an_agreement_signing() -> None:
    types = {c["event_type"] for c in claims("Alda Brun signed an order on pardoning 300 convicts in February.")}
    assert "agreement_signing" not in types and "pardon" in types


def test_ratification_still_to_come_is_planned() -> None:
    c = one(
        claims("The protocol must still be ratified by the Grand Assembly, which will vote in June."), "ratification"
    )
    assert c["status"] == "planned"


@pytest.mark.parametrize(
    "sentence",
    [
        "Korvania wants to hold talks in order to hold a referendum in June.",
        "Meltoria named the withdrawal of Korvania troops as a precondition for any signing.",
        "Korvania is pushing Meltoria to halt its aid to Ostrel and sanction Dravo for its support.",
    ],
)
def test_goals_conditions_and_appeal_contents_are_no_events(sentence: str) -> None:
    found = {c["event_type"] for c in claims(sentence)}
    assert not found & {"referendum", "agreement_signing", "sanctions", "withdrawal"}, found


def test_a_trigger_in_text_that_is_not_body_is_no_event() -> None:
    from caucasus_peace.events.claims import extract_events
    from tests.unit.test_events import PUB, mentions, timex

    text = "Alda Brun met Tomas Veil in Dravo in February.\nRead more: Korvania imposes sanctions on Meltoria\n"
    skip = [(text.index("Read more"), len(text))]
    found = extract_events(text, PUB, mentions(text), timex(text), [], skip=skip)
    assert {c["event_type"] for c in found} == {"meeting"}


NEWS = "DRAVO, March 12 (Test Wire) - Korvania and Meltoria signed a border treaty in March. "


def _statement(text: str) -> dict:
    return one(claims(text), "statement")


@pytest.mark.parametrize(
    "reaction",
    [
        "Tomas Veil welcomed the treaty.",
        "Tomas Veil denied the claims.",
        "Tomas Veil hailed the treaty as historic.",
        "Tomas Veil told reporters the treaty was fair.",
        "Tomas Veil said Meltoria “strongly welcomes” the treaty.",
    ],
)
def test_a_reaction_in_a_news_report_is_dated_to_the_day_of_the_news(reaction: str) -> None:
    c = _statement(NEWS + reaction)
    assert (c["date_start"], c["date_end"]) == (dt.date(2031, 3, 11), dt.date(2031, 3, 12))
    assert ("per-tomas-veil", "speaker") in {(p["entity_id"], p["role"]) for p in c["participants"]}


def test_a_reaction_outside_the_days_news_stays_undated() -> None:
    feature = "For two decades Korvania and Meltoria argued over the border. Tomas Veil welcomed the treaty."
    assert _statement(feature)["date_start"] is None  # an analysis, not a report of the day's news
    assert _statement(NEWS + "Tomas Veil has long welcomed the treaty.")["date_start"] is None  # perfect tense


def test_an_event_told_after_a_dated_sentence_continues_its_narrative() -> None:
    text = "Police raided the office of the Grand Assembly in Dravo in February. Police detained six people."
    assert one(claims(text), "detention")["date_start"] == dt.date(2031, 2, 1)
    text = "Police raided the office of the Grand Assembly in Dravo in February. Police had detained six people."
    assert one(claims(text), "detention")["date_start"] is None  # the pluperfect steps back in time


def test_would_in_reported_speech_is_planned() -> None:
    assert (
        one(claims("Alda Brun said Korvania would release four Meltoria soldiers."), "release")["status"] == "planned"
    )


def test_a_region_or_city_is_where_or_what_not_who() -> None:
    # the registry kinds come through place_kinds; Ostrel is a region here, Korvania and Meltoria countries
    from caucasus_peace.events.claims import extract_events
    from tests.unit.test_events import PUB, mentions, timex

    text = "Korvania and Meltoria signed a protocol on the border between Ostrel and Dravo in February."
    kinds = {"plc-ostrel": "region", "plc-dravo": "city", "plc-korvania": "country", "plc-meltoria": "country"}
    c = one(extract_events(text, PUB, mentions(text), timex(text), [], place_kinds=kinds), "agreement_signing")
    assert {p["entity_id"] for p in c["participants"]} == {"plc-korvania", "plc-meltoria"}


def test_a_document_named_by_its_signing_is_not_dated_by_the_clause() -> None:
    text = "Police detained Tomas Veil in February at a rally against a protocol signed with Meltoria."
    assert one(claims(text), "agreement_signing")["date_start"] is None


def test_reports_that_name_the_parties_differently_merge_on_shared_distinctive_words() -> None:
    from caucasus_peace.events.curation import merge_events

    a = claims("Korvania and Meltoria signed the Varnel crossing protocol in March.")
    b = claims("The sides signed a protocol on the Varnel crossing in March, the Grand Assembly said.")
    c = claims("Tomas Veil signed a trade memorandum in March.")
    events, _, sources, _ = merge_events({"a": a, "b": b, "c": c})
    signings = [e for e in events if e["event_type"] == "agreement_signing"]
    assert len(signings) == 2  # the Varnel protocol (reported twice) and the unrelated memorandum
    varnel = next(e["event_id"] for e in signings if "Varnel" not in e["title"] and e["n_sources"] == 2)
    scores = {s["source_id"]: s["merge_score"] for s in sources if s["event_id"] == varnel}
    assert sorted(scores) == ["a", "b"] and scores["a"] is None and scores["b"] > 0  # opened, then joined


def test_titles_call_participants_by_their_canonical_names() -> None:
    from caucasus_peace.events.claims import extract_events
    from tests.unit.test_events import PUB, mentions, timex

    text = "Brun met Veil in Dravo in February."
    ms = [m | {"text": m["text"].split()[-1]} for m in mentions("Alda Brun met Tomas Veil in Dravo in February.")]
    ms = [m | {"char_start": text.index(m["text"]), "char_end": text.index(m["text"]) + len(m["text"])} for m in ms]
    names = {"per-alda-brun": "Alda Brun", "per-tomas-veil": "Tomas Veil", "plc-dravo": "Dravo"}
    c = one(extract_events(text, PUB, ms, timex(text), [], entity_names=names), "meeting")
    assert c["title"] == "Meeting: Alda Brun, Tomas Veil (Dravo)"


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        ("A missile strike on Dravo killed six civilians in February.", "armed_clash"),
        ("Two soldiers were killed near Ostrel in February.", "armed_clash"),
        ("The Grand Assembly began considering the appeals of the defendants in February.", "legal_action"),
        ("The appeal of Tomas Veil is scheduled to be heard in February.", "legal_action"),
        ("The court rejected the motion of the defence in February.", "court_ruling"),
        ("Alda Brun held a telephone conversation with Tomas Veil in February.", "phone_call"),
        ("Alda Brun discussed the border with Tomas Veil by phone in February.", "phone_call"),
        ("Korvania offered to host the next round in February.", "invitation"),
        ("The joint commission will hold its first session in Dravo in June.", "meeting"),
        ("Tomas Veil rejected the results of the vote in February.", "criticism"),
        ("Alda Brun said Korvania expected Meltoria to withdraw its claims in February.", "demand"),
    ],
)
def test_more_ways_news_reports_events(sentence: str, etype: str) -> None:
    assert one(claims(sentence), etype)


def test_killed_is_a_clash_only_when_nothing_else_names_the_event() -> None:
    assert not [
        c for c in claims("A mine killed two deminers near Ostrel in February.") if c["event_type"] == "armed_clash"
    ]


def test_results_released_are_no_release() -> None:
    assert not [c for c in claims("Preliminary results released in February gave Korvania a majority.")
                if c["event_type"] == "release"]  # fmt: skip


def test_an_event_a_saying_is_about_refers_to_it() -> None:
    c = one(claims("Tomas Veil congratulated Meltorans on an election held in February."), "election")
    assert c["anaphoric"] and not c["participants"]


def test_a_meeting_on_the_sidelines_of_talks_is_its_own_event() -> None:
    found = claims("On the sidelines of the talks in Dravo, Alda Brun met Tomas Veil in February.")
    assert {c["event_type"] for c in found} >= {"talks", "meeting"}


def test_what_a_speaker_demands_is_not_dated_by_its_content() -> None:
    from caucasus_peace.events.claims import extract_events
    from tests.unit.test_events import PUB, mentions

    text = "Korvania demands that Meltoria first remove from its constitution a clause adopted in 1989."
    year = {"char_start": text.index("1989"), "char_end": text.index("1989") + 4, "text": "1989",
            "date_start": dt.date(1989, 1, 1), "date_end": dt.date(1989, 12, 31), "date_precision": "year",
            "date_edtf": "1989", "is_anchor_uncertain": False}  # fmt: skip
    assert one(extract_events(text, PUB, mentions(text), [year], []), "demand")["date_start"] is None


def test_a_body_that_is_to_meet_plans_to() -> None:
    assert (
        one(claims("The joint commission is to hold its first session in Dravo in June."), "meeting")["status"]
        == "planned"
    )


def test_a_headline_joins_the_event_its_body_reports_and_never_stands_alone() -> None:
    from caucasus_peace.events.curation import merge_events

    text = (
        "Korvania, Meltoria sign border treaty\n\n"
        "DRAVO, March 12 (Test Wire) - Korvania and Meltoria signed a border treaty in March."
    )
    events, _, sources, _ = merge_events({"a": claims(text)})
    signing = [e for e in events if e["event_type"] == "agreement_signing"]
    assert len(signing) == 1 and len([s for s in sources if s["event_id"] == signing[0]["event_id"]]) == 2
    alone = "Korvania and Meltoria hold talks\n\nThe two neighbours have argued over the border for years."
    assert not [e for e in merge_events({"b": claims(alone)})[0] if e["event_type"] == "talks"]


def test_a_document_named_before_refers_to_the_signing_that_made_it() -> None:
    assert one(claims("The document was signed by Alda Brun and Tomas Veil."), "agreement_signing")["anaphoric"]


def test_a_saying_that_reports_a_fact_only_attributes_it() -> None:
    found = claims("Police detained six people in Dravo in February, the Grand Assembly said.")
    assert {c["event_type"] for c in found} == {"detention"}
    kept = claims("Alda Brun said Korvania will host the talks in June.")  # an announcement is news itself
    assert "statement" in {c["event_type"] for c in kept}


def test_one_speakers_sayings_in_one_sentence_are_one_speech_act() -> None:
    found = claims("Tomas Veil welcomed the treaty in March and urged Korvania to respect it.")
    speech = [c for c in found if c["event_type"] in ("statement", "appeal")]
    assert [c["event_type"] for c in speech] == ["appeal"]


def test_what_happens_unless_a_condition_holds_is_no_event() -> None:
    found = claims("Tomas Veil said the truce would not hold unless Korvania withdrew its troops from Ostrel.")
    assert "withdrawal" not in {c["event_type"] for c in found}


@pytest.mark.parametrize(
    ("sentence", "etype", "status"),
    [
        ("The border commissions of Korvania and Meltoria agreed on the description of a 12-km section of the "
         "border in February.", "agreement_draft", "occurred"),
        ("Officials of both sides signed off on another section of the border in February.", "agreement_draft",
         "occurred"),
        ("The verdict handed down in February against Tomas Veil was read out in Dravo.", "court_ruling", "occurred"),
        ("Korvania continues to hold 19 Meltoria prisoners.", "detention", "ongoing"),
        ("Observers heard gunfire near Ostrel in February.", "armed_clash", "occurred"),
        ("Korvania troops returned fire near Ostrel in February.", "armed_clash", "occurred"),
        ("She was among 100,000 people who left the region in February.", "displacement", "occurred"),
        ("Diplomats said another round could be held in June.", "talks", "possible"),
        ("Korvania rejected the accusation in February.", "statement", "occurred"),  # a denial, not an accusation
        ("Meltoria dismissed as untrue the claims of Korvania in February.", "statement", "occurred"),
    ],
)  # fmt: skip
def test_wordings_from_the_news_of_the_third_set(sentence: str, etype: str, status: str) -> None:
    c = one(claims(sentence), etype)
    assert c["status"] == status


def test_a_side_saying_the_other_side_attacked_accuses_it() -> None:
    cs = claims("Korvania said on Friday that Meltoria troops had fired on its positions near Ostrel.")
    acc = one(cs, "accusation")
    assert {(p["entity_id"], p["role"]) for p in acc["participants"]} == {
        ("plc-korvania", "accuser"),
        ("plc-meltoria", "accused"),
    }
    assert one(cs, "armed_clash")["status"] == "alleged"
    own = claims("Korvania said on Friday that Korvania troops had returned fire near Ostrel.")
    assert not [c for c in own if c["event_type"] == "accusation"]  # its own side: no accusation


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        ("A joint survey team will be set up in February to map the Ostrel springs.", "establishment"),
        ("The Dravo Administrative Court suspended a quarry permit in February.", "court_ruling"),
        ("In February about 40 protesters held up pictures of the missing Ostrel shepherds.", "protest"),
        ("In February a few dozen teachers gathered outside the ministry building in Dravo.", "protest"),
        ("In February the two deputy ministers put their initials on the transit protocol.", "agreement_draft"),
        ("Meltoria restricted imports of Korvania apples in February.", "ban"),
        ("A pre-trial hearing for Alda Brun is set for February.", "legal_action"),
        ("The Dravo Courier website has been blocked in Meltoria since February.", "ban"),
        ("The Grand Assembly published its own figures on the Ostrel springs in February.", "statement"),
        ("In February the Defence Ministry attributed the blast to a group based in Meltoria.", "accusation"),
        ("In February the Grand Assembly requested that Meltoria open the archive.", "demand"),
        ("In February a few deputies objected that Meltoria guards would search Korvania lorries.", "criticism"),
        ("Alda Brun said in February that she regretted the decision to close the Ostrel crossing.", "criticism"),
        ("Rights groups said in February that the release of four shepherds fell far short.", "criticism"),
        ("In February Meltoria said the Grand Assembly vote had no legal force.", "criticism"),
        ("In February Tomas Veil called the verdict a political act.", "criticism"),
        ("In February Tomas Veil called the border deal a fig leaf.", "criticism"),
        # a penalty by a body that is no court, a match lost by forfeit, a request for help
        ("In February the Basketball Union fined the Meltoria federation 75,000 francs.", "sanctions"),
        ("In February the Korvania team was awarded the game by forfeit.", "sanctions"),
        ("The disciplinary panel declared the match forfeited in February.", "sanctions"),
        ("In February Dravo asked Ostrel for help with rescue equipment.", "appeal"),
        ("The federation asked the Basketball Union on 14 February to move the game to Dravo.", "appeal"),
        # crowds that stormed a building, people moved out of harm's way, a side told what it must do, a point
        # repeated in a statement
        ("In February thousands of angry protesters stormed the government building in Dravo.", "protest"),
        ("In February a group of demonstrators briefly broke into the parliament building.", "protest"),
        ("Residents of Ostrel were temporarily relocated in February when the fire approached.", "displacement"),
        ("'The Meltoria side must take measures,' the Korvania ministry said in February.", "demand"),
        ("The Grand Assembly repeated the point in a statement in February.", "statement"),
        # people given back, a crowd before an office, a press card taken away, a case sent to a court, a decision
        # defended and accusations denied
        ("Three Dravo citizens held in Ostrel were also returned to the homeland in February.", "release"),
        ("In February the Ostrel side transferred three Dravo citizens to Dravo.", "release"),
        ("In February about 400 farmers gathered in front of the district administration in Zelo.", "protest"),
        ("The Dravo ministry revoked the accreditation of a Korvania reporter in February.", "ban"),
        ("The case was referred to the Constitutional Court of Dravo in February.", "legal_action"),
        ("Twelve deputies of the Grand Assembly submitted a written objection in February.", "legal_action"),
        ("The treaty went to the Constitutional Court, which ruled in February that it was lawful.", "court_ruling"),
        ("The Dravo ministry defended its decision in February.", "statement"),
        ("In February Reporters Without Borders condemned the arrest of a Dravo reporter.", "criticism"),
        # a delegation received or arriving at an invitation, placards waved, a hearing set, results annulled, an
        # athlete suspended or banned, a prison left, figures disputed, a joint statement adopted
        ("Deputy Minister Tomas Veil received members of the Ostrel delegation in February.", "meeting"),
        ("The Ostrel delegation arrived in February at the invitation of the Dravo Dialogue Centre.", "visit"),
        ("In February some 60 members of the Nairi Front waved flags and placards outside the hall.", "protest"),
        ("A hearing in Zelo has been set for 2 March.", "legal_action"),
        ("The federation annulled his results from the championships in February.", "cancellation"),
        ("The Dravo anti-doping agency provisionally suspended him in February.", "ban"),
        ("The federation imposed the four-year sanction on the Dravo lifter in February.", "ban"),
        ("Veil left the Zelo penitentiary in February after his family paid the sum.", "release"),
        ("The Dravo side disputed the figures in February.", "criticism"),
        ("In February the Grand Assembly and the Korvania parliament adopted a joint communique.", "statement"),
        # what a relative clause tried to do ends at the main clause's passive verb
        ("Three protesters who tried to block the entrance were detained in February.", "detention"),
        # a call by telephone or hotline, condolences sent, a plea, testimony, a body distancing itself, a walkout,
        # a session convened or chaired, officials sitting down to settle a row, what one side insists the other do
        ("In February the Dravo foreign minister telephoned his Ostrel counterpart Tomas Veil.", "phone_call"),
        ("In February the two defence ministries spoke over a hotline.", "phone_call"),
        ("In February Alda Brun sent a letter of condolence to Tomas Veil.", "statement"),
        ("In February Tomas Veil pleaded not guilty.", "statement"),
        ("In February Tomas Veil testified at the Zelo court.", "statement"),
        ("In February the Dravo Chess Union distanced itself from the remarks.", "statement"),
        ("In February the Nairi Front deputies left the session hall before the vote.", "protest"),
        ("The Dravo electoral commission will convene a session on 14 February.", "meeting"),
        ("In February Alda Brun chaired a special session of the Dravo cabinet.", "meeting"),
        ("In February officials of Dravo and Ostrel sat down in Zelo to settle a row over fees.", "talks"),
        ("Meltoria insists that Korvania first amend its constitution.", "demand"),
        # people sheltered after a disaster, a body to be formed, an evaluation as worrying, a complaint by a body,
        # an interview
        ("In February hundreds of residents of Zelo were moved into tents.", "displacement"),
        ("In February about 900 residents spent the night in tents and schools.", "displacement"),
        ("The formation of precinct electoral commissions will begin in February.", "establishment"),
        ('In February the Dravo ministry called the verdict "deeply concerning".', "criticism"),
        ("In February the Basketball Union fined Veil following a complaint by the Grand Assembly.", "legal_action"),
        ("In February Tomas Veil spoke about the border in a radio interview.", "statement"),
    ],
)  # fmt: skip
def test_wordings_of_news_for_known_types(sentence: str, etype: str) -> None:
    assert one(claims(sentence), etype)


def test_a_right_to_request_is_no_demand() -> None:
    found = claims("Either side has three months to request that the case be heard again, Alda Brun said in February.")
    assert "demand" not in {c["event_type"] for c in found}


def test_a_note_of_protest_to_be_sent_and_a_person_shot() -> None:
    planned = claims("The Defence Ministry said in February it would send a note of protest to Meltoria.")
    assert one(planned, "diplomatic_protest")["status"] == "planned"
    assert one(claims("A Korvania shepherd was shot and wounded near Ostrel in February."), "armed_clash")
    assert "armed_clash" not in {c["event_type"] for c in claims("A Meltoria drone was shot down in February.")}


def test_a_court_fine_stays_the_courts_ruling() -> None:
    found = {c["event_type"] for c in claims("In February a Dravo court fined nine protesters 100,000 lek each.")}
    assert "court_ruling" in found and "sanctions" not in found
    assert "sanctions" not in {c["event_type"] for c in claims("A second man was fined 8,000 lek in February.")}


def test_what_a_ruling_says_a_government_must_pay_is_no_demand() -> None:
    found = claims("A Dravo court ruled in February that the government must pay the families 640 million lek.")
    assert "demand" not in {c["event_type"] for c in found}


def test_accusations_denied_are_the_denial_not_an_accusation_by_the_one_denying() -> None:
    found = claims("Dravo has denied accusations from Ostrel that Dravo hackers were behind the attack in February.")
    assert {c["event_type"] for c in found} == {"statement"}


def test_the_end_of_what_is_kept_or_put_off_does_not_date_the_decision() -> None:
    # 'keep the fee until July', 'postponed the hearing until March': the end of a state or of a wait
    kept = one(claims("In February Dravo and Ostrel officials agreed to keep the current fee until July."),
               "agreement_draft")  # fmt: skip
    assert kept["date_start"].month == 2
    put_off = one(claims("In February the Zelo court postponed the hearing until March."), "cancellation")
    assert put_off["date_start"].month == 2


def test_what_one_side_insists_is_true_stays_its_statement() -> None:
    assert not [c for c in claims("Meltoria insists that Korvania has no claim to the Ostrel springs.")
                if c["event_type"] == "demand"]  # fmt: skip


def test_casualties_of_the_disaster_named_just_before_are_no_clash() -> None:
    text = "A strong earthquake struck Ostrel in February. Three people were killed in Zelo and two in Dravo."
    assert not [c for c in claims(text) if c["event_type"] == "armed_clash"]
    quake = "The quake struck Ostrel before dawn in February. More than 60 people were injured in Zelo."
    assert not [c for c in claims(quake) if c["event_type"] == "armed_clash"]
    fighting = "Dravo and Ostrel troops exchanged fire in February. Two soldiers were killed."
    assert [c for c in claims(fighting) if c["event_type"] == "armed_clash"]


def test_a_known_event_named_after_another_takes_no_date_of_that_clause() -> None:
    text = (
        "In February the Grand Assembly voted to hold a referendum on 20 September. "
        "The electoral commission will convene a session on 24 February to approve the calendar of the referendum."
    )
    later = [
        c for c in claims(text) if c["event_type"] == "referendum" and c["trigger_start"] > text.index("commission")
    ]
    assert later and all(c["date_start"] is None or c["date_start"].month == 9 for c in later)


def test_a_saying_is_dated_by_the_day_given_after_the_words_it_quotes() -> None:
    text = 'The Dravo ministry called the demand "premature and legally groundless" in a statement in February.'
    assert one(claims(text), "criticism")["date_start"].month == 2


def test_a_retort_on_a_day_is_a_statement() -> None:
    assert one(claims("In February the Dravo ministry retorted that Ostrel had no right to lecture it."), "statement")


def test_a_planned_event_takes_the_time_of_its_clause_that_lies_ahead() -> None:
    text = "In February the Assembly decided to hold a referendum on the new Dravo charter of rights on Friday."
    assert one(claims(text), "referendum")["date_start"] == dt.date(2031, 3, 14)  # published two days before


def test_the_one_an_apposition_describes_speaks() -> None:
    # a role without an article, and a body described as what it is
    adviser = one(claims("Tomas Veil, foreign policy adviser to Alda Brun, said in February that talks would go on."),
                  "statement")  # fmt: skip
    assert "per-tomas-veil" in {p["entity_id"] for p in adviser["participants"]}
    body = one(
        claims("The Grand Assembly, a body of 80 deputies, said in February that the vote was fair."), "statement"
    )
    assert [p["entity_id"] for p in body["participants"]] == ["org-grand-assembly"]


def test_what_happened_by_evening_happened_on_the_day_just_told() -> None:
    text = "Police detained 14 protesters in Dravo on Friday. Nine of them had been released by evening."
    assert one(claims(text), "release")["date_start"] == dt.date(2031, 3, 14)


def test_what_must_come_before_is_a_condition_not_a_report() -> None:
    text = "Dravo rules out normal ties before Ostrel troops withdraw from Zelo."
    assert not [c for c in claims(text) if c["event_type"] == "withdrawal"]
    done = "Dravo restored normal ties in February before Ostrel troops withdrew from Zelo."
    assert [c for c in claims(done) if c["event_type"] == "withdrawal"]
    hoped = "The mediators hope for progress before Dravo and Ostrel ministers meet in Zelo next month."
    assert one(claims("Ostrel refused to sign. " + hoped), "meeting")


def test_what_should_have_been_done_is_no_demand() -> None:
    assert one(claims("In February Alda Brun said Korvania should return the seized cargo."), "demand")
    late = "In February Alda Brun said the cargo should have been returned long ago."
    assert not [c for c in claims(late) if c["event_type"] == "demand"]


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        ("Korvania suspended all freight traffic across the Ostrel bridge in February.", "ban"),
        ("In February the Zelo police took the two drivers in for questioning.", "detention"),
        ("The crew was questioned by Korvania border guards in February.", "detention"),
        ("In February Korvania border guards kept the driver for six hours.", "detention"),
        ("In February Meltoria asked Korvania through the Red Cross to return the two shepherds.", "appeal"),
        ("The fishermen were handed back to Meltoria in February.", "release"),
        ("Tomas Veil is expected in the Korvanian city of Dravo in February.", "visit"),
    ],
)
def test_news_wording_for_traffic_stops_questioning_requests_and_arrivals(sentence: str, etype: str) -> None:
    assert one(claims(sentence), etype)["date_start"].month == 2


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        (
            "Supporters of Tomas Veil, the mayor of the Korvanian lakeside town of Dravo, marched in February.",
            "protest",
        ),
        ("Alda Brun spoke at a joint panel with Meltoria officials in February.", "meeting"),
        ("A council session has been scheduled for February.", "meeting"),
        ("The Dravo agency rejected the findings in February.", "statement"),
        ("In February Tomas Veil dismissed claims of political persecution.", "statement"),
        ("In February Tomas Veil rejected that.", "statement"),
        ("In February Korvania handed four abandoned villages in the area back to Meltoria.", "withdrawal"),
    ],
)
def test_long_appositions_panels_sessions_dismissals_and_land_handed_back(sentence: str, etype: str) -> None:
    assert one(claims(sentence), etype)["date_start"].month == 2


def test_solar_panels_and_a_panel_of_judges_are_no_meeting() -> None:
    text = "In February Dravo installed solar panels. A panel of judges heard the case in Zelo in March."
    assert not [c for c in claims(text) if c["event_type"] == "meeting"]


def test_details_to_be_released_are_no_release() -> None:
    text = "The Zelo committee said further details would be released in February."
    assert not [c for c in claims(text) if c["event_type"] == "release"]


def test_an_event_that_starts_a_span_of_time_takes_no_date_of_its_sentence() -> None:
    text = "For the first time since the two countries gained independence, a Dravo delegation visited Zelo on Friday."
    assert one(claims(text), "independence")["date_start"] is None
    assert one(claims(text), "visit")["date_start"] == dt.date(2031, 3, 14)


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        ("The Soviet Union collapsed in February.", "dissolution"),
        ("In February the Zelo group formally wound up the format.", "dissolution"),
        ("Korvania's extradition request reached the Dravo ministry in February.", "legal_action"),
        ("Korvania had put the man on Interpol's wanted list in February.", "legal_action"),
        ("The wrestlers flew in on a charter flight from Zelo in February.", "visit"),
        ("Korvania sent 16 wrestlers to the tournament in Dravo in February.", "visit"),
        ("The Dravo federation blamed a fault in the sound system in February.", "statement"),
        ("About 30,000 people were killed before a cease-fire was reached in February.", "ceasefire"),
        (
            "A Zelo court in February temporarily barred a private company from evicting dozens of families.",
            "court_ruling",
        ),
        ("In February the protesters handed a letter addressed to Alda Brun to a government official.", "appeal"),
        ("In February Alda Brun instructed the ministry to hold consultations.", "demand"),
        ("In February the inspection body ordered the company to stop pumping waste into the dam.", "ban"),
    ],
)
def test_collapses_wanted_lists_arrivals_blame_on_things_court_bars_letters_and_orders(
    sentence: str, etype: str
) -> None:
    assert one(claims(sentence), etype)["date_start"].month == 2


def test_blame_laid_on_someone_is_still_an_accusation() -> None:
    assert one(claims("In February the Dravo ministry blamed Ostrel for the attack."), "accusation")


def test_a_ceasefire_still_to_be_signed_after_before_is_no_event() -> None:
    assert not [
        c for c in claims("Dravo wants aid before a ceasefire is signed in June.") if c["event_type"] == "ceasefire"
    ]


def test_a_word_of_a_name_is_no_event() -> None:
    text = "In February the Union of Zelo War Veterans held a rally outside the Dravo ministry."
    assert [c["event_type"] for c in claims(text)] == ["protest"]


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        (
            "In February the economic affairs committee of the Grand Assembly held hearings on the power line.",
            "meeting",
        ),
        ("Alda Brun spoke at a hearing in the Korvanian parliament in February.", "meeting"),
        ("In February Korvania said it was unilaterally halting military operations.", "ceasefire"),
        ("A Dravo shepherd was hit in the leg in February.", "armed_clash"),
        ("In February the wounded man was then taken away by Meltoria servicemen.", "detention"),
        ("About 40 people gathered outside the cinema in Zelo in February.", "protest"),
        ("In February Alda Brun defended the festival's right to choose its films.", "statement"),
        ("In February Korvania proposed a joint investigation.", "appeal"),
        ("The shepherd was handed over at the Ostrel border in February.", "release"),
    ],
)
def test_hearings_of_a_parliament_halted_operations_people_hit_or_taken_away_and_handed_over(
    sentence: str, etype: str
) -> None:
    assert one(claims(sentence), etype)["date_start"].month == 2


def test_a_court_hearing_stays_a_legal_action_and_documents_handed_over_are_no_release() -> None:
    assert one(claims("The Zelo court held a public hearing in February."), "legal_action")
    assert not claims("The archive documents were handed over in February.")


def test_a_conscript_killed_at_a_position_is_a_clash_whatever_the_headline() -> None:
    text = "Poisoned river and a shot near Zelo\n\nA Korvania conscript was killed at a position near Zelo in February."
    assert one(claims(text), "armed_clash")


def test_what_a_saying_is_about_keeps_the_times_of_its_clause() -> None:
    text = "Alda Brun has said a referendum on a new Korvanian charter could take place in June."
    assert one(claims(text), "referendum")["date_start"].month == 6


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        ("Korvanian forces overran Ostrel in February.", "military_offensive"),
        ("In February Korvanian forces had taken the town of Ostrel.", "military_offensive"),
        ("Meltoria said in February that its forces had taken several strategic heights.", "military_offensive"),
        ("Korvania took full control of Ostrel in February.", "military_offensive"),
        ("Korvania restored its sovereignty over Ostrel in February.", "military_offensive"),
        ("The conflict between Korvania and Meltoria began in February.", "war"),
        ("In February the war drove thousands of villagers from their homes.", "displacement"),
        ("Korvania moved dozens of families out of Ostrel in February.", "displacement"),
        ("In February more than 150 residents of Ostrel were temporarily moved to Dravo.", "displacement"),
        ("The offensive prompted thousands of Armenians to leave for Korvania in February.", "displacement"),
        ("About 200 residents of Ostrel protested along the road in February.", "protest"),
        ("Several hundred parents blocked a highway near Ostrel in February.", "protest"),
        ("In February about 40 trucks blocked the highway near Dravo for three hours.", "protest"),
        ("In February activists from Dravo began blocking the Ostrel road.", "protest"),
        ("In February dozens of people took part in a protest outside the Dravo cinema.", "protest"),
        ("The eviction notices sparked a protest outside the Grand Assembly in February.", "protest"),
    ],
)
def test_places_taken_wars_begun_people_driven_from_homes_and_crowds_that_protest_or_block(
    sentence: str, etype: str
) -> None:
    assert one(claims(sentence), etype)["date_start"].month == 2


def test_taking_part_a_thawing_conflict_and_a_government_that_protested_stay_what_they_were() -> None:
    assert not [c for c in claims("Alda Brun took part in the village fair in February.")
                if c["event_type"] == "military_offensive"]  # fmt: skip
    assert not claims("The frozen conflict began to thaw in February.")
    assert not [c for c in claims("Korvania protested the decision in February.") if c["event_type"] == "protest"]


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        ("Alda Brun left the hall, telling lawmakers that the plan was ready.", "statement"),
        ("Alda Brun told the committee that the line was safe.", "statement"),
        ("Alda Brun later issued a short written statement.", "statement"),
        ("Alda Brun had asked in February to spend two days in Ostrel.", "appeal"),
        ("Meltoria asked to take part in the joint sampling.", "appeal"),
    ],
)
def test_what_is_told_to_a_chamber_statements_issued_and_requests_to_take_part(sentence: str, etype: str) -> None:
    assert one(claims(sentence), etype)  # news without a date of its own


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        ("The Ostrel Group, created in February, is chaired by Dravo.", "establishment"),
        ("The council was set up in February.", "establishment"),
        ("In February the commission wrapped up a two-day inspection of canals near Ostrel.", "visit"),
        ("In February the members of the Korvania and Meltoria commission failed to agree on the water.", "talks"),
        ("In February the offensive triggered the flight of thousands of villagers to Dravo.", "displacement"),
        ("Alda Brun had been held in Meltoria since February.", "detention"),
        ("In February Meltoria handed back two Korvania soldiers.", "release"),
        ("In February Tomas Veil was facing charges of illegal border crossing.", "legal_action"),
        ("A conference on reconstruction and demining held in Dravo in February pledged aid.", "meeting"),
    ],
)
def test_bodies_made_inspections_deals_not_reached_custody_that_goes_on_and_conferences_held(
    sentence: str, etype: str
) -> None:
    found = one(claims(sentence), etype)
    assert found["date_start"].month == 2 and found["status"] == "occurred"


@pytest.mark.parametrize(
    ("sentence", "etype", "status"),
    [
        ("In February the Grand Assembly voted to put the new constitution to a referendum.", "referendum", "planned"),
        ("In February border guards turned back Alda Brun at the Ostrel crossing.", "ban", "occurred"),
        ("Alda Brun was refused entry at the Dravo airport in February.", "ban", "occurred"),
        ("In February two Meltoria deminers were killed by a landmine near Ostrel.", "explosion", "occurred"),
        ("In February Alda Brun called last week's vote illegitimate.", "criticism", "occurred"),
    ],
)
def test_votes_for_a_referendum_entry_refused_mine_deaths_and_votes_called_illegitimate(
    sentence: str, etype: str, status: str
) -> None:
    assert one(claims(sentence), etype)["status"] == status


def test_water_released_from_a_dam_and_a_patient_released_after_treatment_are_no_release() -> None:
    assert not [c for c in claims("In February Korvania raised releases from the Ostrel dam to 12 cubic metres.")
                if c["event_type"] == "release"]  # fmt: skip
    assert not claims("Alda Brun was released in February after two weeks of treatment.")
    assert one(claims("Korvania released two Meltoria soldiers in February."), "release")


def test_the_gathering_where_a_document_is_signed_is_the_signings_occasion() -> None:
    text = "In February Alda Brun and Tomas Veil initialled a peace agreement in Dravo at a meeting hosted by Korvania."
    assert [c["event_type"] for c in claims(text)] == ["agreement_draft"]
    assert [c["event_type"] for c in claims("Korvania and Meltoria signed the accord during the summit in February.")
            ] == ["agreement_signing"]  # fmt: skip
    assert {c["event_type"] for c in claims("In February Alda Brun met Tomas Veil and signed a treaty.")} == {
        "meeting", "agreement_signing"}  # fmt: skip
    assert one(claims("Talks in Dravo ended in February."), "talks")  # a gathering that opens the text stays


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        ("In February Korvania summoned Meltoria's charge d'affaires in Dravo.", "diplomatic_protest"),
        ("In February the incident prompted Korvania to close part of its airspace for two hours.", "ban"),
        ("In February air traffic over Ostrel was suspended for 90 minutes.", "ban"),
        ("In February the Korvania inspection body suspended the activities of the Ostrel plant.", "ban"),
        ("Korvania is to return the Ostrel district to Meltoria in June.", "withdrawal"),
        ("The four villages returned to Meltoria's control in February.", "withdrawal"),
        ("In February sporadic shooting was reported along the Ostrel front line.", "ceasefire_violation"),
        ("In February gunmen stormed the Grand Assembly.", "raid"),
        ("In February classes at the Ostrel school were suspended.", "cancellation"),
    ],
)
def test_envoys_summoned_airspace_closed_land_returned_sporadic_shooting_buildings_stormed_and_classes_suspended(
    sentence: str, etype: str
) -> None:
    assert one(claims(sentence), etype)["date_start"].month in (2, 6)


def test_a_signing_allowed_only_after_a_condition_is_a_demand() -> None:
    for text in (
        "In February Meltoria said the treaty can be signed only after Korvania removes its claims.",
        "In February Meltoria said it will sign the treaty only after Korvania changes its constitution.",
    ):
        assert one(claims(text), "demand")["date_start"].month == 2


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        ("In February Alda Brun said the vote had been rigged.", "accusation"),
        ("In February Korvania said Meltoria had tried to take advantage of the turmoil.", "accusation"),
        ("In February Korvania said the drone had violated its airspace.", "accusation"),
        ("In February Tomas Veil said gas was being siphoned off near Ostrel.", "accusation"),
        ("In February the drone fell on the Korvania side of the border.", "aircraft_crash"),
        ("In February Meltoria rejected a Korvania proposal for a joint investigation.", "statement"),
        ("In February the Grand Assembly lifted Tomas Veil's immunity.", "legal_action"),
        ("In February the Grand Assembly suspended all cooperation with the Meltoria delegation.", "cancellation"),
    ],
)
def test_wrongdoing_asserted_drones_that_fell_proposals_rejected_immunity_lifted_and_cooperation_suspended(
    sentence: str, etype: str
) -> None:
    assert one(claims(sentence), etype)["date_start"].month == 2


def test_an_awaited_signing_is_no_event_and_leaves_the_rest_of_its_sentence() -> None:
    cs = claims("The Dravo treaty has yet to be signed, Alda Brun said in February.")
    assert not [c for c in cs if c["event_type"] == "agreement_signing"]
    assert one(cs, "statement")["status"] == "occurred"
    cs = claims("The Dravo treaty has not been signed and Korvania and Meltoria held talks in February.")
    assert one(cs, "talks")["status"] == "occurred"
    assert not [c for c in cs if c["event_type"] == "agreement_signing"]


def test_a_demanding_task_asks_nothing_of_anyone() -> None:
    assert not [
        c
        for c in claims("In February Alda Brun said the border talks were a demanding task.")
        if c["event_type"] == "demand"
    ]
    assert not [
        c
        for c in claims("In February the most demanding part of the Dravo talks began.")
        if c["event_type"] == "demand"
    ]
    assert one(claims("In February Korvania was demanding the return of Ostrel."), "demand")["date_start"].month == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "The Dravo treaty has yet to be signed.",
        "Korvania and Meltoria have yet to sign it.",
        "The Dravo treaty itself has not been signed.",
        "Korvania and Meltoria have still not signed the Dravo treaty.",
        "The Dravo treaty has still not been signed.",
        "Korvania and Meltoria have not yet signed the Dravo treaty.",
        "The Dravo treaty remains unsigned.",
    ],
)
def test_a_signing_still_not_done_is_no_event(sentence: str) -> None:
    """The state of the talks, not a planned signing: annotators mark it in few of the articles that say it."""
    assert not [c for c in claims(sentence) if c["event_type"] == "agreement_signing"]


def test_a_person_handed_over_is_released_and_documents_are_not() -> None:
    for text in (
        "In February the sergeant was handed over to the Meltoria side.",
        "In February he was handed over to the Meltoria side at Ostrel.",
    ):
        assert one(claims(text), "release")["date_start"].month == 2
    assert not [
        c
        for c in claims("In February the documents were handed over to the Meltoria side.")
        if c["event_type"] == "release"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "In February Korvania sent a diplomatic note to Meltoria.",
        "In February Korvania sent a note to the Meltoria Foreign Ministry.",
        "In February the Korvania foreign ministry summoned the head of the Dravo delegation.",
    ],
)
def test_notes_sent_to_a_ministry_and_heads_of_delegation_summoned_are_protests(sentence: str) -> None:
    assert one(claims(sentence), "diplomatic_protest")["date_start"].month == 2


def test_a_note_to_staff_is_no_protest() -> None:
    assert not [
        c for c in claims("In February Alda Brun sent a note to her staff.") if c["event_type"] == "diplomatic_protest"
    ]


def test_a_court_due_to_rule_plans_its_ruling() -> None:
    for text in (
        "A court in Ostrel is due to rule in February.",
        "The Dravo court is set to rule on the case in February.",
    ):
        ruling = one(claims(text), "court_ruling")
        assert ruling["status"] == "planned" and ruling["date_start"].month == 2


def test_a_section_of_the_border_agreed_is_a_draft_agreed() -> None:
    text = "In February Korvania and Meltoria agreed on the first section of their border."
    assert one(claims(text), "agreement_draft")["date_start"].month == 2


def test_land_returned_to_a_country_is_a_withdrawal() -> None:
    text = "In February four villages near Ostrel were returned to Korvania."
    assert one(claims(text), "withdrawal")["date_start"].month == 2
    assert not [
        c for c in claims("In February the villages were returned to their owners.") if c["event_type"] == "withdrawal"
    ]


def test_a_region_that_sought_to_secede_is_a_secession() -> None:
    text = "In February the Ostrel region sought to secede from Korvania."
    assert one(claims(text), "secession")["date_start"].month == 2


def test_a_taking_told_as_what_a_war_achieved_is_that_war() -> None:
    cs = claims("In February Korvania recaptured most of the Ostrel region in a 44-day war.")
    assert [c["event_type"] for c in cs] == ["war"]
    assert (
        one(claims("In February Korvania recaptured the Ostrel region."), "military_offensive")["date_start"].month == 2
    )


def test_a_gathering_in_a_fronted_adjunct_is_the_occasion_of_the_clauses_signing() -> None:
    text = (
        "In February, at a meeting in Dravo hosted by Alda Brun, Korvania and Meltoria initialled the Ostrel protocol."
    )
    assert [c["event_type"] for c in claims(text)] == ["agreement_draft"]
    kept = claims("At the summit in February, Korvania and Meltoria discussed the border.")
    assert {c["event_type"] for c in kept} == {"summit", "talks"}


def test_criticism_drawn_is_news_when_the_critic_is_named() -> None:
    for text in (
        "In February the Ostrel project drew criticism from environmental groups.",
        "In February the trip to Dravo drew sharp criticism.",
    ):
        assert not [c for c in claims(text) if c["event_type"] == "criticism"]
    named = "In February the Ostrel verdict drew sharp criticism from Meltoria."
    assert one(claims(named), "criticism")["date_start"].month == 2


def test_what_a_placard_says_is_the_protests_message() -> None:
    for text in (
        "In February protesters in Ostrel held placards that accused the government of betrayal.",
        "In February veterans stood in Dravo with banners accusing Korvania of betrayal.",
    ):
        cs = claims(text)
        assert not [c for c in cs if c["event_type"] == "accusation"] and one(cs, "protest")


def test_what_a_protest_demands_in_a_participle_is_its_message() -> None:
    for text in (
        "In February hundreds of farmers rallied in Ostrel, demanding that the government secure water.",
        "In February thousands of people gathered in Dravo to demand the release of the men.",
        "In February residents held a protest outside the school in Ostrel, demanding a new road.",
    ):
        cs = claims(text)
        assert not [c for c in cs if c["event_type"] == "demand"] and one(cs, "protest"), text
    cs = claims("In February protesters in Ostrel chanted slogans and demanded an end to the talks.")
    assert one(cs, "demand") and one(cs, "protest")  # a finite verb of its own: a demand
    assert one(claims("In February the ministry issued a statement demanding a new road."), "demand")


def test_an_event_named_with_a_possessive_as_another_event_s_object_is_no_event() -> None:
    for text in (
        "In February the ministry demanded Alda Brun's release.",
        "In February the ministry denounced Meltoria's detentions.",
    ):
        assert [c["event_type"] for c in claims(text)] in (["demand"], ["criticism"]), text
    # a day's possessive names when, not whose: the meeting is an event
    cs = claims("In February the ministry said a deal could be announced at Friday's meeting in Ostrel.")
    assert one(cs, "meeting")


def test_lawful_demands_of_officers_are_no_demand() -> None:
    cs = claims("In February police in Ostrel detained 14 people for disobeying lawful demands of officers.")
    assert not [c for c in cs if c["event_type"] == "demand"] and one(cs, "detention")


def test_each_passage_keeps_the_date_its_own_article_gives() -> None:
    from caucasus_peace.events.curation import merge_events

    dated = claims("In February Korvania and Meltoria signed the Dravo treaty.")
    undated = claims("Korvania and Meltoria signed the Dravo treaty, which ends the dispute over Ostrel.")
    events, _, sources, _ = merge_events({"a": dated, "b": undated})
    signing = one(events, "agreement_signing")
    rows = {s["source_id"]: s for s in sources if s["event_id"] == signing["event_id"]}
    assert signing["date_start"].month == 2 and rows["a"]["passage_date_start"] == signing["date_start"]
    assert rows["b"]["passage_date_start"] is None and rows["b"]["passage_date_end"] is None


def test_a_war_named_in_a_news_lede_is_its_background_not_the_days_news() -> None:
    cs = claims("DRAVO, March 12 (Test Wire) - Families of men who died in the first Korvania war rallied in Ostrel.")
    assert one(cs, "war")["date_start"] is None and one(cs, "protest")["date_start"] is not None


def test_two_outlets_that_date_one_protest_a_day_apart_report_one_event() -> None:
    from caucasus_peace.events.curation import merge_events
    from tests.unit.test_event_news_shapes import real_claims  # the real time expressions: days, not only months

    texts = {
        "a": "On March 10 hundreds of farmers protested outside the water agency in Ostrel against the new dam.",
        "b": "Farmers angry about the new dam rallied on March 11, blocking traffic for hours.",
        "c": "On March 2 Korvania and Meltoria held talks in Dravo on the border.",
        "d": "On March 4 the Grand Assembly voted to hold a referendum in June.",
        "e": "Alda Brun met Tomas Veil in Dravo on March 5 to discuss trade.",
    }
    events, _, sources, _ = merge_events({k: real_claims(t) for k, t in texts.items()})
    protest = one(events, "protest")
    days = {s["source_id"]: s["passage_date_start"] for s in sources if s["event_id"] == protest["event_id"]}
    assert days == {"a": dt.date(2031, 3, 10), "b": dt.date(2031, 3, 11)}


@pytest.mark.parametrize(
    "sentence",
    [
        "In February a group of veterans of the 2020 war wrote to Alda Brun.",
        "In February a war veteran wrote to Alda Brun.",
        "In February Alda Brun said the railway, once a symbol of war, carries grain.",
        "In February Alda Brun said people want to live without war.",
    ],
)
def test_war_as_a_quality_a_threat_or_a_persons_past_is_no_event(sentence: str) -> None:
    assert not [c for c in claims(sentence) if c["event_type"] == "war"]


def test_a_crowd_in_a_news_storys_scene_is_of_the_storys_day() -> None:
    text = (
        "DRAVO, March 12 (Test Wire) - The first train from Ostrel reached Dravo on Wednesday.\n\n"
        "Not everyone was celebrating. A few dozen opposition supporters gathered outside the station."
    )
    assert one(claims(text), "protest")["date_start"] is not None

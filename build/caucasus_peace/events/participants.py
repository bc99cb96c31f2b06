"""Participants of one event claim and their roles: the clause subject and the mentions of the trigger's window,
with roles by event type and side; venues, topics, reporters and the content of a statement are not parties.
Also the pronoun and 'they' resolution that fills a claim's parties from its sentence or the one before."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from itertools import accumulate

from caucasus_peace.events.clauses import within
from caucasus_peace.events.context import ArticleContext, Row
from caucasus_peace.events.cues import (
    BY_AGENT,
    CITY_OF,
    COMPARED_TO,
    LOCATIVE,
    NAME_MODIFIER,
    NOT_PARTY,
    OBJECT_LEAD,
    OFFICE_OF,
    PASSIVE,
    POSS_GAP,
    POSSESSING,
    POSTMOD,
    PRONOUN,
    RECIPROCAL,
    REPORTED_BY,
    REPORTER,
    SOURCE_BEFORE,
    STATE_BODY,
    TOPIC,
    WITNESS,
)
from caucasus_peace.events.lexicon import (
    AGENT_ROLES,
    PATIENT_ROLES,
    ROLES,
    SOURCE_ROLES,
    SPEECH_ACTS,
    TARGET_ROLES,
    find_triggers,
)
from caucasus_peace.events.titles import display_name

# Small patterns of the rules below, compiled once (they run per trigger and per mention).
_WHICH_WHO = re.compile(r"(?:which|who)\b", re.I)
_LIST_JOINT = re.compile(r"\s*(?:,|and|,\s*and)\s*")
_BETWEEN_NEXT = re.compile(r"\s+between\b")
_FROM_END = re.compile(r"\bfrom\s+(?:the\s+)?$")
_FROM_GAP = re.compile(r"\s+from\s+(?:the\s+)?")
_ATTACK_ON_END = re.compile(r"\b(?:fire|attacks?|strikes?|assault|shelling)\s+on\s+(?:the\s+)?$", re.I)
_PRO_ANTI_END = re.compile(r"\b(?:pro|anti)-$", re.I)
_AGAINST_END = re.compile(r"\bagainst\s+(?:the\s+)?$")
_POSSESSIVE_NEXT = re.compile(r"^\s*[’']s\b")
_COMMA_END = re.compile(r",\s*$")
_OF_GAP = re.compile(r"^\S*\s+of\s+$")
_THE_END = re.compile(r"\bthe\s+$")
_BETWEEN = re.compile(r"\bbetween\b", re.I)
_COURT_ID = re.compile(r"court|tribunal", re.I)
_APOSTROPHE_S = re.compile(r"[’']s\b")
_APOSTROPHE_S_SPACE = re.compile(r"[’']s\s")
_WHO_GAP = re.compile(r",\s+(?:who|whose)\s")
_THEIR_BODY_END = re.compile(r",\s+(?:his|her|its|their)\s+[\w-]+(?:\s+[\w-]+)?\s*$")
_VERB_AND_END = re.compile(r"\b[a-z][\w-]*\s+and\s+$")
_APOSTROPHE_S_GAP = re.compile(r"[’']s\s+")
# "A NATO spokesman in Brussels said", "the education ministry in Yerevan said": the place where the speaker sits
# is no speaker; the body named before it speaks.
_SEAT_GAP = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s+(?:in|at)\s+(?:the\s+)?")
# "the Vayots Dzor regional administration said", "Syunik authorities said": a region's or a town's authorities
# speak, so the place stands for them as the speaker (it is no party of other events).
_AUTHORITY_AFTER = re.compile(
    r"(?:[’']s)?\s+(?:(?:regional|provincial|district|city|municipal|local)\s+)?"
    r"(?:administration|authorities|government|governor|governorate|municipality|mayor|mayoralty|officials)\b"
)
_AND_JOINT = re.compile(r"\s*(?:,\s*)?and\s*")
# The one a speech act is addressed to: "called on X to", "appealed to X", "sent a note of protest to X", "wrote to X",
# "thanked X", "a letter of condolence to Prime Minister X". It is the target, although "on X" and "to X" are
# otherwise no party (NOT_PARTY: "on Tuesday", "flew to X") and a statement's other mentions are its content.
_ADDRESSEE = re.compile(
    r"\b(?:call(?:ed|s|ing)?\s+on|appeal(?:ed|s|ing)?\s+to|wr(?:ote|ites?|iting|itten)\s+to"
    r"|(?:note|letter|message|appeal|request|plea|complaint|petition|telegram)s?"
    r"(?:\s+of\s+(?:protest|condolences?|congratulations?|thanks|support))?\s+to"
    r"|thank(?:ed|s|ing)?|congratulat(?:ed|es|ing))"
    r"\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:of\s+)?){0,4}$"
)
_ADDRESSED_TYPES = frozenset({"statement", "appeal", "demand", "diplomatic_protest", "invitation"})
# "would appeal the verdict to the Court of Appeal", "will challenge the ruling at the Baku Court of Appeal": the court
# a case is taken to takes part in the legal action.
_COURT_TAKEN_TO = re.compile(r"\b(?:to|at|before|with)\s+(?:the\s+)?$", re.I)
_COURT_WORD = re.compile(r"\b(?:[Cc]ourt|[Tt]ribunal)\b")
_COMMA_JOINT = re.compile(r"\s*,\s*")


# The claim's lists of merge keys (set_keys): entity IDs, or the country a person or body acts for.
KEY_LISTS = ("party_keys", "actor_keys", "agent_keys", "target_keys")


def with_keys_mapped(c: Row, mapping: Mapping[str, str]) -> Row:
    """A copy of the claim whose key lists name mapping[key] for each key the mapping has."""
    return c | {name: sorted({mapping.get(k, k) for k in c.get(name, ())}) for name in KEY_LISTS}


def set_keys(c: Row, parties: Mapping[str, str]) -> None:
    """Recompute a claim's key lists after its participants changed."""

    def keys(roles: frozenset[str] | None) -> list[str]:
        return sorted({parties.get(p["entity_id"], p["entity_id"]) for p in c["participants"]
                       if roles is None or p["role"] in roles})  # fmt: skip

    c["party_keys"] = keys(None)
    c["actor_keys"], c["agent_keys"], c["target_keys"] = keys(SOURCE_ROLES), keys(AGENT_ROLES), keys(TARGET_ROLES)


def resolve_pronoun_subjects(text: str, claims: list[Row], parties: Mapping[str, str]) -> None:
    """'Trump said he will host ...': the pronoun subject is the speaker of the sentence's statement."""
    speakers = [
        p for c in claims if c["event_type"] == "statement" for p in c["participants"] if p["role"] == "speaker"
    ]
    for c in claims:
        if c["event_type"] == "statement" or not speakers or not c["own_subject"] or not PRONOUN.match(c["quote"]):
            continue
        role = ROLES[c["event_type"]][0]
        have = {p["entity_id"] for p in c["participants"]}
        c["participants"][:0] = [p | {"role": role} for p in speakers if p["entity_id"] not in have]
        set_keys(c, parties)


# "they were ordered into detention": passive only with a participle after the auxiliary
_THEY_SUBJECT = re.compile(
    r"(?:(?:where|when|after which|and)?\s*they"
    # "The two men agreed ...", "Both sides signed ...", "The parties will meet ...": the pair named before
    r"|(?:the two|both) (?:men|women|leaders|ministers|presidents|sides|countries|delegations|governments"
    r"|heads of state|foreign ministers|prime ministers)|the (?:parties|sides)"
    r")\s+(?:also\s+)?((?:were|are|had been|have been|will be)\s+(?=\w+(?:ed|en|wn)\b))?",
    re.I,
)


def resolve_they(text: str, claims: list[Row], demonyms: list[Row], parties: Mapping[str, str]) -> None:
    """'... images of beaten-up Russians in a court hearing, where they were ordered into detention': a clause
    whose subject is 'they' and which found no party refers to the plural people named before it."""
    for c in claims:
        m = _THEY_SUBJECT.match(c["quote"])
        if c["participants"] or not m:
            continue
        people = [d for d in demonyms if d["people"] and d["char_end"] <= c["char_start"]]
        if not people:
            continue
        role = ROLES[c["event_type"]][1 if m.group(1) else 0]
        c["participants"] = [{"entity_id": people[-1]["entity_id"], "entity_type": "place", "role": role,
                              "name": people[-1]["text"], "rank": (0, 0)}]  # fmt: skip
        set_keys(c, parties)


def previous_subject(previous: list[Row]) -> list[Row]:
    """The named subject of the sentence before (its first claim with a subject of its own): the parties a 'They' or
    'He' that opens the next sentence continues with."""
    return next(
        ([p for p in c["participants"] if p.get("rank", (0,))[0] == 2] for c in previous if c["own_subject"]), []
    )


def they_from_previous(claims: list[Row], previous: list[Row], parties: Mapping[str, str]) -> None:
    """'X and Y met on Tuesday ... . They are expected to sign a protocol next month': a sentence opening with
    'They' whose claim found no party continues with the named subject of the sentence before."""
    subject = previous_subject(previous)
    if not subject:
        return
    for c in claims:
        m = _THEY_SUBJECT.match(c["quote"])
        if c["participants"] or not c["own_subject"] or not m or not c["quote"][:1].isupper():
            continue
        role = ROLES[c["event_type"]][1 if m.group(1) else 0]  # "They were detained": those acted on
        c["participants"] = [p | {"role": role} for p in subject]
        set_keys(c, parties)


def find_antecedent(text: str, clause: tuple[int, int], mentions: list[Row]) -> list[Row]:
    """What a ', which ...' clause hangs on: the mention(s) just before it ('Armenia and Azerbaijan, which')."""
    cs, _ = clause
    if not _WHICH_WHO.match(text[cs : cs + 6]):
        return []
    before = [m for m in mentions if m["char_end"] <= cs and cs - m["char_end"] < 30]
    if not before or TOPIC.search(text[max(0, before[-1]["char_start"] - 40) : before[-1]["char_start"]]):
        return []  # "the war over X, which left ...": the clause is about the war, not X
    out = [m for m in before if m["char_start"] == before[-1]["char_start"]]  # both of "the two republics"
    for m in reversed([m for m in mentions if m["char_end"] <= before[-1]["char_start"]]):
        if not _LIST_JOINT.fullmatch(text[m["char_end"] : out[-1]["char_start"]]):
            break
        out.append(m)
    return out


# "The embassy responded, saying in a statement that ...": a clause of saying split off after a comma
_SAYING_OPEN = re.compile(r"saying\b", re.I)
# what may precede a clause's subject: a dateline's dash, an opening quotation mark, an article
_SUBJECT_LEAD = re.compile(r"[\s\-–—\"“]*(?:(?:the|a|an)\s+)?", re.I)


def participle_subject(text: str, prev: tuple[int, int], clause: tuple[int, int], mentions: list[Row]) -> list[Row]:
    """Who says what a ', saying in a statement ...' clause says: the subject that opens the clause before it ('The
    Russian embassy responded, saying in a statement ...'; 'Armenia and Azerbaijan welcomed it, saying ...'), none
    when that clause opens otherwise ('In Baku, officials responded, saying ...'), and none for an event told inside
    what is said ('..., saying the protesters were activists demanding ...': the protesters demand)."""
    cs, ce = clause
    if not _SAYING_OPEN.match(text, cs) or not any(ts == cs for ts, _, _ in find_triggers(text, cs, ce)):
        return []
    inside = [m for m in within(mentions, *prev) if not m.get("pair")]
    if not inside or not _SUBJECT_LEAD.fullmatch(text, prev[0], inside[0]["char_start"]):
        return []
    out = [m for m in inside if m["char_start"] == inside[0]["char_start"]]
    owned = [m for m in inside if _APOSTROPHE_S_GAP.fullmatch(text, out[-1]["char_end"], m["char_start"])]
    if owned:  # "Armenia's Investigative Committee charged him, saying ...": the body speaks, not its country
        out = owned[:1]
    for m in inside[inside.index(out[-1]) + 1 :]:
        if not _LIST_JOINT.fullmatch(text, out[-1]["char_end"], m["char_start"]):
            break
        out.append(m)
    return out


def part(m: Row, role: str, ctx: ArticleContext) -> Row:
    eid = m["entity_id"]
    if m["entity_type"] == "place" and ctx.parties.get(eid, "").startswith("plc-"):
        eid = ctx.parties[eid]  # "Baku cancelled": the capital stands for its government
    if "people" in m:  # "Azerbaijani police", "ethnic Armenians": the group as the article names it
        name = m.get("text")
    else:  # a name: its canonical form ("Trump" is Donald Trump)
        name = ctx.names.get(eid) or (m.get("text") if eid == m["entity_id"] else display_name(eid, ctx.names))
    return {"entity_id": eid, "entity_type": m["entity_type"], "role": role, "name": name}


def find_participants(
    ctx: ArticleContext,
    etype: str,
    clause: tuple[int, int],
    trig: tuple[int, int],
    window: tuple[int, int],
    subject_end: int,
    mentions: list[Row],
    anaphoric: bool,
) -> tuple[str | None, str | None, list[Row]]:
    """(place_id, place name, participants) of one trigger: the clause subject (mentions before subject_end) and
    the mentions of the trigger's window, with roles by family and side; venues, topics ('over X'), reporters
    and the content of a statement are not parties."""
    text = ctx.text
    cs, _ = clause
    ts, te = trig
    lo, hi = window
    passive = bool(PASSIVE.search(text[cs:ts])) and text[ts:te].split()[0].lower().endswith(("ed", "en", "wn"))
    place_id = place_name = None
    parts: list[Row] = []
    seen: set[tuple[str, str]] = set()
    last_loc_end = -1
    last_addressee_end = -1  # "called on Armenia and Azerbaijan": the list goes on
    addressees: set[tuple[str, str]] = set()
    speaker_zone = _speaker_zone(text, mentions, cs, ts) if etype == "statement" else None
    between_after = bool(_BETWEEN_NEXT.match(text[te : te + 10]))
    for m in mentions:
        ms = m["char_start"]
        subject = cs <= ms < subject_end
        if (
            anaphoric
            and ms < ts
            and NAME_MODIFIER.fullmatch(text[m["char_end"] : ts])
            and (m["entity_type"] != "place" or m["entity_id"] in ctx.countries)
        ):
            subject = True  # "the Korvania offensive": a country, person or organization naming the event acts in it
        elif anaphoric and (ms < te or not POSTMOD.match(text[te:ms])):
            continue  # "the meeting with X will ...": only what the description itself names
        if not (subject or lo <= ms < hi):
            continue
        lead = text[max(cs, ms - 30) : ms]
        after = text[m["char_end"] : m["char_end"] + 25]
        locative = LOCATIVE.search(lead) or CITY_OF.search(lead) or text[last_loc_end:ms] == ", "
        locative = locative or (m["entity_type"] == "place" and bool(OFFICE_OF.match(after)))  # "the Baku office"
        origin = (
            etype == "displacement"
            and ms >= te
            and not m.get("people")  # "driving out Azeris": the people driven out, not where they fled
            and (ms - te < 3 or _FROM_END.search(lead))
        )
        topic = ms > te and TOPIC.search(lead)
        if m["entity_type"] == "place" and not m.get("pair") and (locative or origin or topic) and ms > cs:
            if not ctx.parties.get(m["entity_id"], "").startswith("plc-") or not (topic or origin) or locative:
                place_id = place_id or m["entity_id"]
                place_name = place_name or ctx.names.get(m["entity_id"]) or m.get("text")
            last_loc_end = m["char_end"]
            continue  # a venue ("at the White House"), an origin ("fled X") or a topic ("war over X"), not a party
        if m["entity_type"] != "person" and locative and ms > cs:
            continue
        from_target = (etype == "military_offensive" and ms > te and _FROM_END.search(lead)) or (
            etype == "secession" and _FROM_GAP.fullmatch(text[te:ms])
        )  # "broke away from Azerbaijan": the state it left is the target
        on_target = _ATTACK_ON_END.search(lead)
        addressed = (
            etype in _ADDRESSED_TYPES
            and ms >= ts
            and not topic
            # (a saying whose speaker goes unnamed before it, "He thanked Qatar", reads its next name as before)
            and (speaker_zone is None or speaker_zone[0] < ts)
            and (
                bool(_ADDRESSEE.search(text, max(cs, ms - 60), ms))
                or (last_addressee_end >= 0 and bool(_LIST_JOINT.fullmatch(text[last_addressee_end:ms])))
            )
        )
        taken_to = (  # the court a legal action goes to
            etype == "legal_action"
            and ms >= ts
            and m["entity_type"] == "organization"
            and bool(_COURT_WORD.search(m.get("text") or ""))
            and bool(_COURT_TAKEN_TO.search(lead))
        )
        if addressed:
            last_addressee_end = m["char_end"]
        if (NOT_PARTY.search(lead) and not from_target and not on_target and not (addressed or taken_to)) or topic:
            continue  # ("recaptured X from Armenian forces", "broke away from X": X is the target)
        if _PRO_ANTI_END.search(lead):
            continue  # "pro-Baku media": those who side with X, not X
        if etype in SPEECH_ACTS and ms > te and _AGAINST_END.search(lead):
            continue  # "denouncing brutality against Azerbaijanis": the victims of what is denounced
        if COMPARED_TO.search(text[max(cs, ms - 120) : ms]):
            continue  # "comparing Putin to Stalin": a comparison, not a party
        if _possessor(text, m, mentions, ts):
            continue  # "Trump’s special envoy Witkoff": the envoy takes part, not the one he works for
        if ms > te and _POSSESSIVE_NEXT.match(after) and _COMMA_END.search(lead):
            continue  # "Sputnik, Russia's state-run news agency": an apposition describing the last party
        if taken_to:
            role = "party"  # (a court stands on its own: "she would appeal to the Court of Appeal")
        elif addressed:
            role = ROLES[etype][1]
        elif speaker_zone is not None:
            if not (speaker_zone[0] <= ms < speaker_zone[1]):
                continue  # the content of a statement is not its party
            role = "speaker"
        else:
            if REPORTER.match(after) or REPORTED_BY.match(after) or SOURCE_BEFORE.search(text, max(cs, ms - 60), ms):
                continue  # the one who reports the event, not a party to it
            side = 0 if subject or (ms < ts and subject_end == ts) else 1
            if ms < ts and _OF_GAP.match(text[m["char_end"] : ts]):
                side = 0  # "accused the Armenians of driving out": the accused is the agent of what is alleged
            if (
                m.get("people")
                and not _THE_END.search(lead)
                and etype in ("displacement", "military_offensive", "raid", "arrest", "detention", "legal_action")
            ):
                side = 1  # "ethnic Armenians" are those displaced or attacked, not who drove them out
            if ms < ts and POSSESSING.fullmatch(text[m["char_end"] : ts]):
                side = 0  # "Azerbaijan's offensive": the possessor of an event noun is its agent
            if side == 0 and OBJECT_LEAD.search(lead):
                side = 1  # "police targeted ethnic Azerbaijanis in raids": the object of the clause verb
            if passive:
                side = 1 - side
            if BY_AGENT.search(lead) or (ts <= ms < te and etype not in ("diplomatic_protest", "court_ruling")):
                side = 0  # "hit by Russian air defences", "raided by police": the agent acts
            role = ROLES[etype][side]
            if etype == "agreement_signing" and side == 1 and not _BETWEEN.search(text[te:ms]):
                role = "party"
            if etype == "agreement_signing" and ms < ts and (between_after or WITNESS.search(text[m["char_end"] : ts])):
                role = "party"  # "X was present for a deal signed between Y and Z": Y and Z sign, X looks on
            if etype in ("court_ruling", "legal_action") and _COURT_ID.search(m["entity_id"]):
                role = "actor" if etype == "court_ruling" else "party"
        p = part(m, role, ctx)
        if addressed:
            addressees.add((p["entity_id"], role))
        if (
            sub_national(p, ctx)
            and role not in PATIENT_ROLES
            and etype not in ("secession", "independence")
            and not (role == "speaker" and _AUTHORITY_AFTER.match(after))
        ):
            place_id = place_id or p["entity_id"]  # "a border between X's Gazakh and Y's Tavush": where, not who
            place_name = place_name or ctx.names.get(p["entity_id"]) or m.get("text")
            continue
        rank = (_strength(text, m, subject and ms < ts), -abs(ms - ts))
        if (p["entity_id"], role) not in seen:
            seen.add((p["entity_id"], role))
            parts.append(p | {"rank": rank})
        else:
            q = next(q for q in parts if (q["entity_id"], q["role"]) == (p["entity_id"], role))
            q["rank"] = max(q["rank"], rank)
    if addressees and not any(p["role"] == ROLES[etype][0] for p in parts):
        # "He thanked Qatar": with no one named who speaks, the claim is left to refer back to its article's event
        parts = [p for p in parts if (p["entity_id"], p["role"]) not in addressees]
    if RECIPROCAL.search(text[ts:hi]):  # "summoned each other's ambassador": each acts on the other
        agents, patient = [p for p in parts if p["role"] in AGENT_ROLES], ROLES[etype][1]
        if patient in PATIENT_ROLES:
            parts += [p | {"role": patient} for p in agents if (p["entity_id"], patient) not in seen]
    elif not RECIPROCAL.search(text[cs:hi]):
        parts = _one_side_each(parts)
    return place_id, place_name, parts


def sub_national(p: Row, ctx: ArticleContext) -> bool:
    """A region, city, village or site (not a country, not a capital standing for its government) acts in no
    event: it is where something happens, or what it is about."""
    if p["entity_type"] != "place" or p["entity_id"] in ctx.countries:
        return False
    return ctx.place_kinds.get(p["entity_id"], "country") not in ("country",)


def _strength(text: str, m: Row, subject_before: bool) -> int:
    """How strongly a mention supports its role: a named subject before the trigger (2) beats a named mention
    elsewhere (1), which beats a demonym, 'the two sides' or a possessive (0)."""
    weak = "people" in m or m.get("pair") or bool(_APOSTROPHE_S.match(text[m["char_end"] : m["char_end"] + 3]))
    return 0 if weak else 1 + subject_before


def _one_side_each(parts: list[Row]) -> list[Row]:
    """One entity is not both the one who acts and the one acted on (outside reciprocal wording): keep the role
    with the strongest evidence, ties to the mention nearest the trigger."""
    best: dict[str, tuple[int, int]] = {}
    for p in parts:
        if p["role"] in AGENT_ROLES | PATIENT_ROLES:
            best[p["entity_id"]] = max(best.get(p["entity_id"], p["rank"]), p["rank"])
    out = []
    for p in parts:
        e = p["entity_id"]
        sides = {
            q["role"] in AGENT_ROLES for q in parts if q["entity_id"] == e and q["role"] in AGENT_ROLES | PATIENT_ROLES
        }
        if len(sides) == 2 and p["role"] in AGENT_ROLES | PATIENT_ROLES and p["rank"] < best[e]:
            continue
        out.append(p)
    return out


def _possessor(text: str, m: Row, mentions: list[Row], ts: int) -> bool:
    """'Trump’s special envoy Steve Witkoff', 'Azerbaijan’s state company SOCAR': the possessor of a named head."""
    end = m["char_end"]
    if "people" in m or not _APOSTROPHE_S_SPACE.match(text[end : end + 3]):
        return False
    return any(
        0 < n["char_start"] - end < 60
        and not n.get("pair")
        and not end <= ts < n["char_start"]  # "Armenia’s case against X": the trigger is the possessed head
        and POSS_GAP.fullmatch(text[end : n["char_start"]])
        and not _state_body(m, n)  # "Azerbaijan's Defence Ministry": the state acts through it
        for n in mentions
    )


def _state_body(possessor: Row, head: Row) -> bool:
    """A country's ministry, government, army or police: the country is a party along with it."""
    return possessor["entity_type"] == "place" and bool(STATE_BODY.search(head.get("text") or ""))


# ", an MP from the ruling X party, ": an apposition between a speaker and the verb, describing the speaker
# (or a relative clause: "Ana Bee, who signed the text with Levon Hakobyan, told reporters": Ana Bee speaks)
# (or where or how the speaker spoke: "Ana Bee, in a post on Facebook on June 2, expressed gratitude")
_APPOSITION_GAP = re.compile(
    # ("Hikmet Hajiyev, foreign policy adviser to the president, wrote": a role without an article, too)
    r",\s+(?:(?:a|an|the|[A-Z][\w-]*['’]s|in|on|at|during|speaking|writing|addressing|[a-z][\w-]*)\s[^,;:()\"“”]{0,100}"
    r"|(?:who|whose)\s[^,;:()\"“”]{0,160}),\s*"
)


# "Russian Foreign Ministry spokeswoman Maria Zakharova said", "Kremlin spokesman Dmitry Peskov said": a body (or a
# country's adjective) named before a speaker's title speaks through the speaker. (A possessive, "Armenia's Foreign
# Minister X", is no such modifier: the possessor of a named head is not a party, _possessor.)
_TITLE_GAP = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,3}(?i:spokes(?:man|woman|person)|press\s+secretary|chief|head|minister|adviser|advisor"
    r"|envoy|representative|ambassador|director|chair(?:man|woman)?|president|secretary|commander|official|ombudsman"
    r"|aide)\s+"
)


def _employer_start(text: str, mentions: list[Row], speaker: Row, cs: int) -> int:
    """Where the speakers of 'Kremlin spokesman Dmitry Peskov' begin: at the body before the title, if one is named."""
    if speaker["entity_type"] != "person":
        return speaker["char_start"]
    before = [m for m in mentions if cs <= m["char_start"] and m["char_end"] <= speaker["char_start"]]
    if (
        before
        and before[-1]["entity_type"] != "person"
        and _TITLE_GAP.fullmatch(text, before[-1]["char_end"], speaker["char_start"])
    ):
        return before[-1]["char_start"]
    return speaker["char_start"]


def _speaker_zone(text: str, mentions: list[Row], cs: int, ts: int) -> tuple[int, int]:
    """The speaker of 'X (and Y) said': the mentions just before the verb, or just after it ('said X')."""
    for m in reversed([m for m in mentions if cs <= m["char_start"] and m["char_end"] <= ts][-6:]):
        gap = _APPOSITION_GAP.fullmatch(text, m["char_end"], ts) if m["entity_type"] != "place" else None
        if gap is not None:  # "Ana Bee, spokeswoman of the X ministry, said": Ana Bee (and X) speak; "Ana Bee, who
            # met Levon Hakobyan, said": only Ana Bee
            relative = _WHO_GAP.match(gap.group(0))
            return (_employer_start(text, mentions, m, cs), m["char_end"] if relative else ts)
    before = [m for m in mentions if cs <= m["char_start"] and m["char_end"] <= ts and ts - m["char_end"] < 40]
    if (
        len(before) > 1
        and before[-1]["entity_type"] == "place"
        and not text[before[-1]["char_end"] : ts].strip(" ,")
        and _SEAT_GAP.fullmatch(text, before[-2]["char_end"], before[-1]["char_start"])
    ):
        before.pop()  # "A NATO spokesman in Brussels said": NATO speaks, from Brussels
    if not before:
        after = [m for m in mentions if 0 <= m["char_start"] - ts < 15]
        return (after[0]["char_start"], after[0]["char_end"]) if after else (0, 0)
    gap = text[before[-1]["char_end"] : ts]
    if _THEIR_BODY_END.search(gap):
        return (0, 0)  # "... with Antonio Costa, his office said": the office of the subject speaks, not Costa
    if _VERB_AND_END.search(gap):
        # "Fidan welcomed the Abu Dhabi meeting and said": the subject of the coordinated verbs speaks
        subject = [m for m in mentions if cs <= m["char_start"] <= before[-1]["char_start"]]
        return (subject[0]["char_start"], subject[0]["char_end"]) if subject else (0, 0)
    first, saw_and = before[-1], False
    owner = [m for m in before[:-1] if _APOSTROPHE_S_GAP.fullmatch(text[m["char_end"] : first["char_start"]])]
    if owner and _state_body(owner[-1], first):
        return (owner[-1]["char_start"], ts)  # "Azerbaijan's Defence Ministry said": the state speaks through it
    for m in reversed(before[:-1]):
        joint = text[m["char_end"] : first["char_start"]]
        if _AND_JOINT.fullmatch(joint):
            saw_and = True
        elif not (saw_and and _COMMA_JOINT.fullmatch(joint)):
            break  # "Further angering Azerbaijan, Putin acknowledged": a comma alone does not make a list
        first = m
    return (_employer_start(text, mentions, first, cs), ts)


# "The ministry said", "the court ruled": a body named before, referred to by the head noun of its name.
DEFINITE_BODY = re.compile(
    r"\b[Tt]he (ministry|court|mission|committee|commission|agency|council|parliament|tribunal|bloc|alliance|party"
    r"|company|office|service|monitors)\b(?!\s+(?:of|for)\b)"
)
_BODY_REACH = 2000  # characters back to the body a definite description may refer to


def definite_bodies(text: str, mentions: list[Row], names: Mapping[str, str]) -> list[Row]:
    """Mentions for definite descriptions of a body named before ('the ministry' after 'Azerbaijan's Defence
    Ministry'): the nearest preceding organization, within _BODY_REACH characters, whose name or surface has the
    same head noun. Only for the event rules (participants and speakers), not published as mentions.
    Each description is looked up by bisection, so the cost stays linear in the article."""
    spans = sorted((m["char_start"], m["char_end"]) for m in mentions)
    starts = [s for s, _ in spans]
    reach = list(accumulate((e for _, e in spans), max, initial=-1))  # furthest end among the first i spans
    orgs = sorted((m for m in mentions if m["entity_type"] == "organization"), key=lambda m: m["char_end"])
    org_ends = [m["char_end"] for m in orgs]
    out: list[Row] = []
    for d in DEFINITE_BODY.finditer(text):
        a, b = d.span()
        if reach[bisect_left(starts, b)] > a:
            continue  # inside a mention ("the Constitutional Court" is a name, not a description)
        head = re.compile(rf"\b{d.group(1).lower().removesuffix('s')}")
        i = bisect_right(org_ends, a)
        while i > 0 and a - org_ends[i - 1] < _BODY_REACH:
            i -= 1
            m = orgs[i]
            if head.search(f"{names.get(m['entity_id'], '')} {m.get('text', '')}".lower()):
                row = {"entity_id": m["entity_id"], "entity_type": "organization", "text": text[a:b]}
                out.append(row | {"char_start": a, "char_end": b, "match_method": "definite"})
                break
    return out

"""Event claims in one article: what happened, when, where, who took part, and how sure the text is.

Rules over the language of English news, applied per clause:
1. a trigger lexicon per event_type finds candidate events (verbs and event nouns);
2. negation and intent cues ("failed to", "called for ...", "want to sign") drop a trigger;
3. status comes from modality and tense cues in the clause (will -> planned, could -> possible,
   accused/reportedly -> alleged, "are locked in" -> ongoing, else occurred), and a date after
   publication makes an occurred-looking claim planned;
4. the date comes from the time expressions of the clause, else of the sentence (only those whose
   tense fits the status), else of the previous sentence when the sentence opens with an anaphor
   ("At the time", "The military operation ..."), else it is unknown;
5. place = first place mention after in/at/near in the clause; participants = the other mentions of
   the trigger's window, with roles by event family and position (before the trigger = the one who
   acts, says or accuses; after = the one acted on);
6. quantities of the clause whose measure fits the event family are linked to it.

Each claim is one passage of one article. Merging claims into events is events.merge.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence

from caucasus_peace.events.clauses import (
    MAIN_VERB,
    RELATIVE_OPEN,
    SortedRows,
    clause_spans,
    inside,
    quote_state,
    sorted_rows,
    within,
)
from caucasus_peace.events.context import ArticleContext, Row
from caucasus_peace.events.cues import (
    ACCORDING_TO,
    AFTER_PLANNED,
    AFTER_POSSIBLE,
    AGGREGATE_AFTER,
    ALLEGED,
    ANAPHOR_OPENING,
    AS_CONDITION,
    AWAITED_SIGNING,
    BACKREF,
    CAN_BE,
    COMBAT,
    COMPLEMENT,
    CONDITION_DEMAND,
    CONDITIONAL,
    DATELINE,
    DEFINITE,
    DENIAL,
    DENIED,
    DENYING,
    DEPENDS,
    DOCUMENT_PASSIVE,
    EMBEDDED,
    EMBEDDING,
    ENDED_OBJECT,
    EVALUATION,
    EXPECTED_OF,
    FOR_DATE,
    FRONTED,
    FUTURE_BEFORE,
    HABITUAL,
    HABITUAL_BEFORE,
    HOPED_FOR,
    IN_NAME,
    INTENT,
    INTERVIEW_BY_PHONE,
    INVITED_FOR,
    LATER_OPENING,
    MIN_HEADER_WORDS,
    MONTH_NAME,
    NEGATION,
    NOT_COMBAT,
    OBJECT_GAP,
    ON_CONDITION,
    ONGOING,
    ONLY_AFTER,
    PARTICIPIAL,
    PAST_VERB,
    PLANNED,
    POSSESSING,
    POSSIBLE,
    PRONOUN,
    QUOTED,
    REDUCED_RELATIVE,
    RELATIVE,
    RELEASE_SOUGHT,
    RELEASED_THING_AFTER,
    RELEASED_THING_BEFORE,
    SAME_DAY,
    SAYING_VERB,
    SCHEDULED,
    SCHEDULING,
    SEPARATE_EVENT,
    SEPARATE_OPENING,
    SET_AS_DATE,
    SET_FOR_HEAD,
    SINCE_ADVERB,
    SPEECH_OBJECT,
    STARTED,
    SUBJECT_BEFORE,
    WOULD,
    WRONGDOING,
    position_held,
)
from caucasus_peace.events.dating import (
    anchored_date,
    claim_date,
    context_date,
    continue_statements,
    date_fields,
    dated,
    dates_agree,
    deadline_dates,
    is_news_lede,
    lede_bounds,
    news_day,
    reaction_date,
)
from caucasus_peace.events.lexicon import (
    AGENT_ROLES,
    DATED_ONLY,
    GATHERINGS,
    MONTHS,
    NOUN_TRIGGER,
    QUANTITIES_OF,
    QUANTITY_FITS,
    ROLES,
    SOURCE_ROLES,
    SPEECH_ACTS,
    TARGET_ROLES,
    compatible,
    find_triggers,
    is_fallback,
)
from caucasus_peace.events.participants import (
    definite_bodies,
    find_antecedent,
    find_participants,
    part,
    participle_subject,
    previous_subject,
    resolve_pronoun_subjects,
    resolve_they,
    set_keys,
    sub_national,
    they_from_previous,
)
from caucasus_peace.events.parties import demonym_parties, first_names, main_pair, pair_mentions
from caucasus_peace.events.titles import make_title
from caucasus_peace.extract.sentences import sentence_spans
from caucasus_peace.extract.timex import add_months, month_end

# Small patterns of the rules below, compiled once (they run per trigger and per mention).
_FILED = re.compile(r"\s*(?:\([^)\n]{0,40}\)\s*)?[-–—]\s")  # "YEREVAN, 3 April 2028 - ": the day a story was filed
_ED_ING_END = re.compile(r"(?:ed|ing)$")
_SPACES = re.compile(r"\s+")
_WITH_END = re.compile(r"\s+with$", re.I)
_THE_OPEN = re.compile(r"the\s", re.I)
_ED_END = re.compile(r"ed$", re.I)
# (a possessive name, but not a day's: "Friday's meeting" is the meeting)
_DETERMINER_END = re.compile(
    r"(?:\b(?:the|its|their)|\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|"
    r"Tomorrow|Tonight)\b)[A-Z][\w-]*['’]s)\s+$"
)
# "initialled the text at a meeting hosted by X", "signed the accord during the summit": the gathering where a
# document is signed is the signing's occasion, not another event of the clause
_OCCASION_END = re.compile(r"\b(?:at|during) (?:a|an|the)(?: \S+)? $")
_SIGNINGS = frozenset({"agreement_signing", "agreement_draft"})
# "At a White House summit in August 2025, the two leaders initialled the text": a gathering in the fronted
# adjunct of a clause whose main verb is a signing is that signing's occasion too
_OCCASION_BEFORE = re.compile(r"\b(?:at|during) (?:a|an|the)(?: \S+){0,2} $", re.I)
# "recaptured the districts in a 44-day war", "captured in the war of the early 1990s": a taking told as what a war
# achieved is that war, which the clause names as its own event
_IN_A_WAR = re.compile(r"[^,;.]{0,80}?\b(?:in|during) (?:a|an|the|their|that) (?:[\w-]+ ){0,3}?war\b", re.I)
_TAKINGS = frozenset({"military_offensive", "arrest"})
# "the village, which Armenian forces captured in 1993": what 'which' refers to is a thing, so the capture is of a
# place, not of people
_WHICH_CAPTURED = re.compile(r"\bwhich\s+(?:[\w-]+\s+){0,3}$", re.I)
# "told a conference in Baku", "his speech at a forum in Moscow", "to cover a transport forum in Baku": the gathering
# is where something was said or reported, not the news of the clause
_SPOKEN_AT = re.compile(
    r"\b(?:told|tell|tells|telling|addressed|addresses|addressing|address|speech|speeches|spoke|speaks|speaking"
    r"|remarks|cover|covering)\s+(?:at\s+|to\s+|before\s+)?(?:a|an|the|this|that|last\s+\w+['’]s)\s+"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
_GATHERING_WORD = re.compile(r"(?:forum|conference|congress)", re.I)
# "has not summoned any diplomats or suspended contacts": a negation reaches the verb joined to its own by 'or'
_OR_JOINED = re.compile(r"[^,;.]{0,60}?\s(?:or|nor)\s+(?:\w+\s+)?", re.I)
_PRESENT_SAYING = re.compile(r"says?", re.I)
_WORD_CHARS = re.compile(r"\w*")
_STANCE = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?$", re.I)


_MODAL_INSIDE = re.compile(r"\b(?:will|would|shall)\s+be\b|\b(?:is|are)\s+to\s+be\b", re.I)


# a clause opened by "before", "until" or "unless" with a verb in the present, after a refusal or a requirement: a
# condition, not a report ("rules out ties before Armenian forces withdraw"; not "before Azerbaijan retook the region",
# nor the meeting in "hopes for progress before the ministers meet next month")
_PRESENT_CONDITION = re.compile(r"\W*(?:before|until|unless)\s+(?:[^\s,;]+\s+){1,5}$", re.I)
_YEAR_AFTER = re.compile(rf"\s+in\s+(?:(?:{MONTHS})\.?\s+)?(\d{{4}})\b")


def _past_year_after(text: str, te: int, published: dt.date | None) -> bool:
    """The noun is followed by a year before the article's ("a ceasefire in 1994", "a ceasefire in May 1994")."""
    m = _YEAR_AFTER.match(text, te)
    return bool(m and published and int(m.group(1)) < published.year)


# a noun followed by its finite past verb: "before a ceasefire was reached in 1994" reports the ceasefire
_PAST_AFTER_NOUN = re.compile(
    r"\s+(?:was|were|had been)\s+(?:\w+\s+)?\w+(?:ed|en|t)\b"
    r"|\s+(?:took effect|took hold|came into force|broke out|began|ended|collapsed)\b",
    re.I,
)
_SINCE_ANCHOR = re.compile(
    r"(?<!has )(?<!have )(?<!had )(?<!ever )\bsince\s+(?!then\b)(?:[^\s,;]+\s+){1,5}$", re.I
)  # not the adverb of "has since demanded"
# "a year after they signed", "since the two leaders met": a past verb in a clause of time
_PAST_TIME_CLAUSE = re.compile(
    r"\b(?:after|since|when|before)\s+"
    r"(?:(?!(?:will|would|shall|should|must|is|are|has|have|be|been|being|gets?|to|can|could|may|might)\b)"
    r"(?![\w-]+[’'](?:s|ve|re|ll|d)\b)"
    r"[\w’'-]+\s+){1,4}\Z",
    re.I,
)


_RELATIVE_OPENING = re.compile(r"^\s*,\s*(?=(?:which|that)\b)")


def _told_as_start(text: str, ts: int, te: int, end: int) -> bool:
    """The trigger is the subject of "broke out" or "erupted" ("fighting broke out", "clashes that erupted"), or is
    the verb itself: its date is when it began. A ceasefire agreed or a blast in a sentence where a fire broke out is
    not told as a start."""
    m = STARTED.search(text, ts, end)
    if m is None:
        return False
    if m.start() < te:
        return True
    gap = _RELATIVE_OPENING.sub("", text[te : m.start()])  # "the fighting, which broke out"
    return "," not in gap and len(gap.split()) <= 2


def _past_time_clause(text: str, cs: int, ts: int, te: int) -> bool:
    """The trigger is the past-tense verb of a clause of time ("after they signed")."""
    verb = PAST_VERB.match(text, ts, te)  # the trigger's first word ("signed" of "signed a declaration")
    return bool(verb and verb.start() == ts and _PAST_TIME_CLAUSE.search(text, max(cs, ts - 50), ts))


_ENDS = (". ", ".\n", "\n", "? ", "! ")  # where the sentence before a clause begins
_REFUSAL_OR_REQUIREMENT = re.compile(
    r"\b(?:not|no|never|n't|cannot|refus\w*|rul\w* out|reject\w*|only|must|insist\w*|conditions?|demand\w*)\b", re.I
)
_PRESENT_VERB = re.compile(
    r"(?![a-z]*ed$)(?!(?:withdrew|met|held|left|took|gave|fled|fought|began|won|lost|broke|came|went|sent|struck|drove"
    r"|spoke|wrote|sat|stood|led|made|ran|shot|rose|fell|flew|drew|sought|signed|was|were|had)$)[a-z]+"
)


# a demand in the present tense stands ("Baku wants Armenia first to ...", "insists that Armenia must", "It
# demands that ..."): annotators mark 117 of 132 such demands ongoing (a demand in the past tense occurred);
# "demands" is the verb only after its subject (a name or a pronoun) and before what is demanded, not the plural
# noun ("Baku's latest demands", "has made demands to Armenia", "demands include")
_STANDING_DEMAND = re.compile(r"(?:insists|wants|says)\b|demands(?=[ \t]+(?:that|the|an?|its|their|his|her|[A-Z])\b)")
_SUBJECT_BEFORE = re.compile(r"(?:\b[A-Z][\w’'-]*(?<![’']s)|\b(?:it|he|she|who|which|also|still|now|again))[ \t]+\Z")
# the verb group after what was planned is the cancellation's own: "The forum, scheduled for October 22, was called
# off", "A panel set for Wednesday was cancelled" (cues.SCHEDULING)
_AUXILIARY = re.compile(r"\b(?:was|were|has|have|had|is|are|will|would|could|may|might|must|shall)\b")


# "agreed to a ceasefire", "have agreed on a truce" (in the past, no modal before it: not "could agree to"); a truce
# agreed to start later ("starting at noon on Saturday", "to take effect from Monday") is planned
_AGREED_TO = re.compile(
    r"(?<!will )(?<!would )(?<!could )(?<!might )(?<!may )(?<!to )(?<!must )(?<!should )"
    r"\b(?:(?:have|has|had)\s+)?agreed(?:\s+(?:on|late on|early on|last|this)\s+[A-Z]\w+)?"
    r"\s+(?:to|on|upon)\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,3}\Z"
)
_TRUCE_START = re.compile(
    r"[^.;]{0,60}?\b(?:starting|beginning|effective|to take effect|(?:that|which) (?:will|would) take effect"
    r"|(?:from|as of) (?:\d|midnight|noon|dawn|tomorrow|next|[A-Z][a-z]+day\b|the (?:morning|evening|night)\b))",
    re.I,
)


_OWN_VERB_GROUP = 30  # characters before a saying in which a cue of plans is its own ("is expected to say")


# The occasion of what the clause reports, after a comma: '..., in talks hosted by', '..., at a meeting in'.
_OCCASION = re.compile(r",\s*(?:in|at|during)\s+(?:the\s+|a\s+|an\s+|their\s+)?(?:[\w-]+\s+){0,2}\Z")
# A plan that a resolution makes ('agreed to set up', 'decided on Monday to create'), not one to meet or talk again.
_RESOLVED_TO = re.compile(r"(?:agree[ds]?|decided|promis(?:ed|es)|vow(?:ed|s))\b.*\bto\Z", re.I | re.S)
_TO_MEET = re.compile(r"\s+(?:meet|hold|host|attend|visit|resume|continue|convene|return)\b")


def _status(text: str, clause: tuple[int, int], trig: tuple[int, int, str], since: int) -> str | None:
    """Status from cues in the clause up to the trigger (and a short look-ahead); None = negated, drop it.

    Modality (will, could, is locked in) scopes over the whole clause; negation and attribution
    (accused, reportedly) only over the text since the previous trigger."""
    cs, ce = clause
    ts, te, etype = trig
    before = text[cs:te]
    near = text[since:ts]
    if etype == "demand" and CONDITION_DEMAND.fullmatch(text, ts, te):
        # a condition set in a position held ("Baku insists it will sign only after ...") stands
        return "ongoing" if position_held(text, ts) else "occurred"
    if etype == "agreement_signing" and AWAITED_SIGNING.fullmatch(text, ts, te):
        # 'the treaty has yet to be signed': the state of the talks, not an event (annotators mark it in 29 of the
        # 156 development articles that say it, and a planned row of it merged every article's line of background)
        return None
    if etype == "statement":  # what the speaker says does not set the status of the saying
        before = QUOTED.sub(lambda m: " " * len(m.group()), before)
        near = QUOTED.sub(lambda m: " " * len(m.group()), near)
    if DENIAL.search(near) or (DENIED.search(text[max(cs, since - 8) : since]) and near.lstrip().startswith("that")):
        return "alleged"  # "denied that its troops had fired": what is denied is alleged by others, not news
    if NEGATION.search(near) or (since > cs and _OR_JOINED.fullmatch(near) and NEGATION.search(text, cs, since)):
        return None
    if etype == "agreement_draft" and text.startswith("agreed", ts):
        return "occurred"  # "agreed to exchange lists": the agreement is made, what it provides for comes later
    if etype == "ceasefire" and _AGREED_TO.search(text, max(cs, ts - 60), ts) and not _TRUCE_START.match(text, te, ce):
        return "occurred"  # "the forces agreed to a ceasefire on Sept. 20": agreeing to a truce declares it
    if etype == "accusation" or ALLEGED.search(near) or EMBEDDING.search(text[max(0, since - 200) : ts]):
        return "alleged"
    head, tail = text[cs:ts], text[te:ce]  # the clause before and after the trigger (several cues read them)
    if CONDITIONAL.search(head) or ONLY_AFTER.match(text, te, ce):
        return None  # "once the treaty is signed", "can be signed only after ...": a condition, not a report
    if etype not in SPEECH_ACTS and DEPENDS.match(text, te, ce):
        return None  # "signing still depends on ..." (but "said that the schedule depends on ..." was said)
    if (
        _PRESENT_CONDITION.match(head)
        and _PRESENT_VERB.fullmatch(text[ts:te].split()[0].lower())
        and _REFUSAL_OR_REQUIREMENT.search(text, max(*(text.rfind(end, 0, cs) + 1 for end in _ENDS), cs - 200), cs)
    ):
        return None  # "normalising ties before Armenian forces withdraw": what must come first has not happened
    noun = etype not in SPEECH_ACTS and not _ED_ING_END.search(text[ts:te])  # not "attacked ... and may"
    if POSSIBLE.search(before) or (noun and AFTER_POSSIBLE.match(tail)):
        return "possible"
    if etype != "statement" and (HOPED_FOR.search(head) or CAN_BE.search(head)):
        return "possible"  # a saying that hopes stays a saying: its hope follows its verb
    if etype == "cancellation":
        # "The forum, scheduled for October 22, was called off": what was planned is what the cancellation undid;
        # only its own verb group after that ("will be cancelled", "was called off") sets its status
        plans = list(SCHEDULING.finditer(text, cs, ts))
        aux = _AUXILIARY.search(text, plans[-1].end(), ts) if plans else None
        before = text[aux.start() : te] if aux else before
    # "said on Thursday it would study the memorandum": what a saying announces is planned, the saying is not; nor
    # is a saying after a plan it reports ("Araghchi is expected to travel next month, Baghaei said"): a saying is
    # planned only by a cue of its own verb group ("is expected to announce")
    plan_scope = before
    occasion = _OCCASION.search(head) if etype in ("talks", "meeting", "summit") else None
    if occasion and all(
        _RESOLVED_TO.match(m.group()) and not _TO_MEET.match(head, m.end())
        for m in PLANNED.finditer(head, 0, occasion.start())
    ):
        # "agreed on Wednesday to set up a commission ..., in talks hosted by the UAE": the talks are where the
        # agreement was made, not part of what it plans
        plan_scope = before[occasion.start() :]
    if etype == "statement":  # its own verb group: at most _OWN_VERB_GROUP characters, and after any comma
        verb = len(before) - (te - ts)
        plan_scope = before[max(verb - _OWN_VERB_GROUP, before.rfind(",", 0, verb) + 1, 0) :]
    if (
        PLANNED.search(plan_scope)
        # (a plan after a verb in the past is another clause's: "ratified an agreement that will allow")
        or (etype != "statement" and AFTER_PLANNED.search(tail) and not PAST_VERB.search(text, ts, te))
        or WOULD.search(head)
        or SET_AS_DATE.search(head)
        or (SET_FOR_HEAD.search(head) and FOR_DATE.match(tail))
        or _MODAL_INSIDE.search(text, ts, te)  # a trigger that holds its verb group: "men would be handed over"
    ):
        return "planned"
    if etype in ("meeting", "talks", "summit", "visit") and INVITED_FOR.search(head):
        return "planned"
    if ONGOING.search(before) or (
        etype == "demand"
        and _STANDING_DEMAND.match(text, ts)
        and (not text.startswith("demands", ts) or _SUBJECT_BEFORE.search(text, max(0, ts - 40), ts))
    ):
        return "ongoing"
    return "occurred"


def extract_events(
    text: str,
    published: dt.date,
    mentions: list[Row],
    time_expressions: list[Row],
    quantities: list[Row],
    *,
    parties: Mapping[str, str] | None = None,
    demonyms: Mapping[str, str] | None = None,
    skip: Sequence[tuple[int, int]] = (),
    compiled: Sequence[tuple[int, int]] = (),
    place_kinds: Mapping[str, str] | None = None,
    entity_names: Mapping[str, str] | None = None,
    sentences: Sequence[tuple[int, int]] | None = None,
) -> list[Row]:
    """Per-article event claims (see the module docstring); `parties` maps a person, organization or
    capital to the country it acts for (used for merging), `demonyms` maps 'azerbaijani' to a country ID,
    `skip` holds the spans that are not article body (a trigger there is no event), `compiled` the passages
    written before the publication date (an older story compiled into the article: no date counts from it),
    `place_kinds` the kind of each place entity (a region or city is no party), `entity_names` the canonical
    name of each entity (titles call a participant by it, not by the article's spelling); `sentences` the sentence
    spans when the caller has them (computed here otherwise)."""
    parties = parties or {}
    demonyms = demonyms or {}
    # In an older story compiled into the article, "on Tuesday" or "last week" may count from another day: such
    # a phrase dates no event. A named month ("on June 27", "in February") only lacks its year, kept.
    time_expressions = [
        t for t in time_expressions if not t.get("is_anchor_uncertain") or MONTH_NAME.search(t.get("text", ""))
    ]
    names = first_names(mentions) | dict(entity_names or {})
    pair = main_pair(text, mentions, parties)
    # Rows in order of their start are read by bisection (clauses.SortedRows) instead of all for every clause.
    bodies = definite_bodies(text, mentions, names)  # "the ministry said": the ministry named before
    mentions = sorted_rows(sorted(mentions + bodies + pair_mentions(text, pair, names), key=lambda m: m["char_start"]))
    time_expressions = sorted_rows(time_expressions)
    quantities = sorted_rows(quantities)
    ctx = ArticleContext(text, published, parties, demonyms, names, skip, place_kinds)
    claims: list[Row] = []
    prev_dates: list[Row] = []
    prev_claims: list[Row] = []
    last_times: list[Row] = []  # the dated time expressions of the sentence just before
    scene: tuple[int, list[Row], list[Row]] | None = None  # the section's last dated sentence: index, times, claims
    told: list[tuple[int, int, list[Row], list[Row]]] = []  # the sentences read so far, for anchored_date
    main: tuple[dt.date, dt.date] | None = None  # the date of a news story's lede, for anchored_date
    section = 0
    # a double quotation still open at the end of the sentence before (where it opened), and that sentence's end
    opened_at: int | None = None
    prev_end = 0
    sentences = list(sentence_spans(text) if sentences is None else sentences)
    headline_idx, lede_idx, news = _opening(text, sentences, time_expressions, published, ctx.in_body)
    for s_idx, (ss, se) in enumerate(sentences):
        dateline = DATELINE.match(text, ss, se)
        ss = dateline.end() if dateline else ss  # "BAKU, May 3 (Agency) - ": the agency and city are no parties
        sent_text = text[ss:se]
        if _is_header(sent_text):
            section += 1
            last_times = []
            scene = None
            continue  # a section header, not a report
        sent_times = dated(within(time_expressions, ss, se))
        same_day = SAME_DAY.search(sent_text)
        inherited = prev_dates if not sent_times and (ANAPHOR_OPENING.search(sent_text) or same_day) else []
        if not sent_times and prev_dates and (LATER_OPENING.search(sent_text) or SINCE_ADVERB.search(sent_text)):
            # "Days later, ...", "X has since demanded": after the last date given, up to publication
            lo = min(t["date_start"] for t in prev_dates)
            inherited = [{"date_start": lo, "date_end": max(lo, published), "char_start": ss, "char_end": ss}]
        # a quotation left open by the sentence before, in the same paragraph, runs on into this one
        carried = opened_at if opened_at is not None and "\n" not in text[prev_end:ss] else None
        quotes, still_open = quote_state(text, ss, se, carried is not None)
        closed = quotes[0][1] if carried is not None and quotes and quotes[0][1] < se else None
        opened_at = (carried if closed is None and carried is not None else quotes[-1][0]) if still_open else None
        prev_end = se
        sent_claims: list[Row] = []
        prev: tuple[int, int] | None = None
        he = _he_or_she(text, ss, se, prev_claims)
        for cs, ce, core in _event_clauses(text, ss, se):
            # "Turkey, which backed Baku, welcomed the deal": after the relative clause, the subject resumes; "the
            # embassy responded, saying ...": the saying is the subject's
            resumed = (
                (_resumed_subject(text, prev, cs, mentions) or participle_subject(text, prev, (cs, ce), mentions))
                if prev
                else []
            )
            sent_claims.extend(
                _clause_claims(
                    ctx, (ss, se), (cs, ce), core, mentions, sent_times, inherited, quantities, quotes, resumed, news,
                    he,
                )
            )  # fmt: skip
            prev = (cs, ce)
        sent_claims = _combine_same_type(text, sent_claims)
        if any(c["event_type"] not in SPEECH_ACTS and not is_fallback(c["trigger"]) for c in sent_claims):
            # "Two were injured when their truck hit a mine": the casualties belong to the event the sentence names
            sent_claims = [c for c in sent_claims if not is_fallback(c["trigger"])]
        elif NOT_COMBAT.search(text, ss, se) or (
            # "An earthquake struck Tavush on Monday. Three people were killed.": the story's disaster, named in the
            # sentence before or in the headline, when this one names no fighting of its own
            not COMBAT.search(text, ss, se)
            and any(
                NOT_COMBAT.search(text, a, b)
                for a, b in (sentences[max(s_idx - 1, 0)], _headline(sentences, headline_idx))
            )
        ):  # dead and injured of an accident, a disaster or a crime: no clash
            sent_claims = [c for c in sent_claims if not is_fallback(c["trigger"])]
        resolve_pronoun_subjects(text, sent_claims, parties)
        _subject_of_saying(ctx, sent_claims, within(mentions, ss, se))
        resolve_they(text, sent_claims, demonym_parties(text, ss, se, demonyms), parties)
        they_from_previous(sent_claims, prev_claims, parties)
        if any(
            c["event_type"] not in SPEECH_ACTS and c["status"] in ("occurred", "ongoing", "alleged")
            for c in sent_claims
        ):
            # "Police detained 37 people, the ministry said": a saying that reports a fact attributes it; the fact is
            # the news (a saying that announces what will happen stays a statement: "Trump said he will host"),
            # unless the fact is an attack by another side: then the saying accuses that side
            # ("Bayramov said on Tuesday it was premature ...": a saying with its own day is news in itself)
            kept = []
            for c in sent_claims:
                if _attribution(c):
                    attacks = _attacks_by_others(c, sent_claims, parties)
                    if attacks:
                        _accuse(c, attacks)
                    elif not _said_on_a_day(text, c, sent_times):
                        continue  # it only attributes the fact
                kept.append(c)
            sent_claims = kept
        for c in sent_claims:
            accused = _charged(ctx, c, mentions, ss, se)
            if accused:
                _charge(c, accused, ctx)
        # a plain undated saying is news only as the accusation it makes
        sent_claims = [c for c in sent_claims if not c.pop("latent", False) or c["event_type"] == "accusation"]
        # "Experts will visit next week, the ministry said.": a plain saying after a comma only attributes what its
        # sentence reports (unless it has its own day); on the development sets 4 of 46 were annotated as events
        sent_claims = [
            c
            for c in sent_claims
            if not (_attribution(c) and _trailing(text, c, ss, se) and not _said_on_a_day(text, c, sent_times))
        ]
        _link_leftover_quantities(sent_claims, within(quantities, ss, se))
        separate = bool(SEPARATE_OPENING.search(sent_text) or SEPARATE_EVENT.search(sent_text))
        narrative = [] if sent_times else _event_times(last_times, prev_claims)
        told_before = prev_claims
        if not sent_times and (within(time_expressions, ss, se) or _ELSEWHEN.search(sent_text)):
            scene = None  # "years ago", "at the time": a time the scene is not
        if (
            not sent_times
            and not last_times
            and scene
            and s_idx - scene[0] <= _SCENE_REACH
            and all(t["date_start"] == t["date_end"] for t in scene[1])
        ):
            # "The court sentenced him on Tuesday. ... A second defendant was given a suspended sentence."
            narrative, told_before = scene[1], scene[2]
        for c in sent_claims:
            c["section"] = section
            c["headline"] = s_idx == headline_idx
            lede = s_idx in (headline_idx, lede_idx)
            if c["date_start"] is None and not inside(c["char_start"], compiled) and not inside(ss, compiled):
                bounds = anchored_date(text, ss, c, told, main)
                if bounds:
                    c.update(date_fields(*bounds))
            if (
                c["date_start"] is None
                and not (c["event_type"] in SPEECH_ACTS and not lede)
                and not inside(c["char_start"], compiled)
            ):
                bounds = context_date(text, c, published, news=news, lede=lede, narrative=narrative)
                if bounds and narrative:
                    bounds = _continued(c, told_before) or bounds
                bounds = bounds or _within(text, c, published)
                if bounds:
                    c.update(date_fields(*bounds))
            if c["date_start"] is None and narrative and not news and not inside(c["char_start"], compiled):
                # in an analysis only: a news story's reactions are the day's news (annotators date them so)
                bounds = reaction_date(text, c, narrative, told_before, published)
                if bounds:
                    c.update(date_fields(*bounds))
            c["sentence"] = s_idx
            c["section"] = section
            c["separate"] = separate
            c["title"] = make_title(c["event_type"], c["participants"], c.get("place_name"), c["aggregate"])
            if closed is not None and c["event_type"] in SPEECH_ACTS and c["trigger_start"] >= closed:
                # '"The verdict is unjust. He is innocent," his lawyer said.': the saying states the whole quotation
                c["char_start"] = carried
                c["quote"] = text[carried : c["char_end"]]
            claims.append(c)
        if sent_times:
            prev_dates = sent_times
            scene = (s_idx, sent_times, sent_claims)
        last_times = sent_times
        prev_claims = sent_claims
        told.append((ss, se, sent_times, sent_claims))
        if news and s_idx == lede_idx:
            main = lede_bounds(sent_times, sent_claims)
    continue_statements(claims)
    deadline_dates(text, claims)
    day = None
    if news and lede_idx is not None:
        ls, le = sentences[lede_idx]
        dateline = DATELINE.match(text, ls, le)
        lede_times = [t for t in dated(within(time_expressions, dateline.end() if dateline else ls, le))
                      if not _FILED.match(text, t["char_end"])]  # fmt: skip
        day = news_day(lede_times, [c for c in claims if c["sentence"] == lede_idx], published)
    for c in claims:  # an undated speech act of the day's news, once the same speaker's dated ones are known
        if c["date_start"] is None and c["event_type"] in SPEECH_ACTS and not inside(c["char_start"], compiled):
            lede = c["sentence"] in (headline_idx, lede_idx)
            bounds = context_date(text, c, published, news=news, lede=lede, narrative=[], news_day=day)
            if bounds:
                c.update(date_fields(*bounds))
    # "Baku says it will not sign until ...", "Armenia says Azerbaijani fire hit school" (a headline): a saying in the
    # present tense is a stance held, or a headline's summary of what the story reports, not a saying of its own
    # (annotators mark 1 of 33 such statements in the development sets, and none in a headline)
    claims = [
        c
        for c in claims
        if not (
            _PRESENT_SAYING.fullmatch(c["trigger"])
            and (c["event_type"] == "statement" or (c["headline"] and c["event_type"] == "accusation"))
        )
    ]
    for c in claims:
        _judge(text, sentences[c["sentence"]], c)
    # a plain saying is news only as the day's news ("Baku says ...", a stance, stays unreported)
    return [c for c in claims if not (c.pop("plain", False) and c["date_start"] is None)]


def _judge(text: str, sent: tuple[int, int], c: Row) -> None:
    """A statement whose content judges what it names is criticism ('said the sentence was "disproportionate"').
    Retyped once the saying has been kept and dated, so it is told and dated as the saying it is."""
    if c["event_type"] != "statement" or not SAYING_VERB.match(c["trigger"]):
        return
    if EVALUATION.match(text, c["trigger_start"] + len(c["trigger"]), sent[1]):
        c["event_type"] = "criticism"
        c["title"] = make_title("criticism", c["participants"], c.get("place_name"), c["aggregate"])


# What one side says another side did to it is an accusation ("The ministry said Azerbaijani troops had fired on
# its positions"); the attack itself stays a claim of its own, alleged.
ACCUSED_ACTS = frozenset({"armed_clash", "ceasefire_violation", "military_offensive", "shoot_down", "raid"})


def _attacks_by_others(say: Row, sent_claims: list[Row], parties: Mapping[str, str]) -> list[Row]:
    """The attacks a saying's sentence reports whose parties are all outside the speaker's side. The speaker itself
    is no party of the attack ("Azerbaijani units opened fire ..., the Armenian ministry reported")."""
    speaker = set(say.get("party_keys") or ())
    if not speaker:
        return []
    said_by = {p["entity_id"] for p in say["participants"]}
    out = []
    for c in sent_claims:
        if c["event_type"] not in ACCUSED_ACTS:
            continue
        keys = {parties.get(p["entity_id"], p["entity_id"]) for p in c["participants"] if p["entity_id"] not in said_by}
        if keys and speaker.isdisjoint(keys):
            out.append(c)
    return out


_TAIL_AFTER_VERB = 4  # words after a verb of saying that end its sentence ("said on Friday.", "told Reuters.")
_WRONGDOER_REACH = 60  # characters between the side named and the words of its wrong
_NEXT_CLAUSE = re.compile(r";|,?\s+(?:while|whereas|but)\s")


def _charged(ctx: ArticleContext, c: Row, mentions: Sequence[Row], ss: int, se: int) -> list[Row]:
    """The other sides a saying charges with a wrong: what it says names a side other than the speaker's doing
    wrong ('Baku said Yerevan had failed to deliver the guarantees', '"Yerevan has hidden the data," the minister
    said'), the side named before the words of the wrong, in the words said."""
    if c["event_type"] != "statement" or not c["party_keys"] or not SAYING_VERB.match(c["trigger"]):
        return []
    text, ts = ctx.text, c["trigger_start"]
    te = ts + len(c["trigger"])
    # what is said follows the verb, or comes before it when the verb ends the sentence ('..., the minister said')
    if len(text[te:se].split()) <= _TAIL_AFTER_VERB:
        said = (ss, ts)
    else:  # up to the next clause of its own ('..., while Baku complains that ...')
        other = _NEXT_CLAUSE.search(text, te, se)
        said = (te, other.start() if other else se)
    wrong = WRONGDOING.search(text, *said)
    if wrong is None:
        return []
    speakers = {p["entity_id"] for p in c["participants"]}
    own = set(c["party_keys"])
    # the side that does the wrong is named right before it ('Meltoria had once again violated')
    lo = max(said[0], wrong.start() - _WRONGDOER_REACH)
    named = [*within(mentions, lo, wrong.start()), *demonym_parties(text, lo, wrong.start(), ctx.demonyms)]
    if any(m.get("pair") for m in named):
        return []  # "the sides had failed to": the speaker's side among them
    return [
        m
        for m in named
        if m["entity_id"] not in speakers
        and ctx.parties.get(m["entity_id"], m["entity_id"]) not in own
        and not sub_national(m, ctx)
    ]


def _charge(c: Row, accused: list[Row], ctx: ArticleContext) -> None:
    """Make the saying an accusation of the sides it charges."""
    c["event_type"], c["status"] = "accusation", "alleged"
    first: dict[str, Row] = {}  # each side once, as first named
    for m in accused:
        first.setdefault(m["entity_id"], m)
    c["participants"] = [{**p, "role": "accuser"} for p in c["participants"]] + [
        part(m, "accused", ctx) for m in first.values()
    ]
    set_keys(c, ctx.parties)


# What may stand between a speaker and its verb: an apposition, an auxiliary, an adverb ('Sabiroglu, a spokesman,
# later said'); not a clause ('Grozny when it was widely reported').
_SPEAKER_GAP = re.compile(r"(?:\s*,[^,]{0,60},)?\s*(?:(?:has|have|had|also|again|later|earlier|separately)\s+)*", re.I)


def _speaker_before(text: str, ts: int, mentions: list[Row]) -> bool:
    """A named entity is the subject of the verb of saying ('the Defence Ministry said')."""
    if isinstance(mentions, SortedRows):
        mentions = mentions.starting(ts - 80 - mentions.longest, ts)
    return any(
        0 <= ts - m["char_end"] < 80 and _SPEAKER_GAP.fullmatch(text, m["char_end"], ts)
        for m in mentions
        if not m.get("pair")
    )


def _reports_attack(text: str, lo: int, hi: int) -> bool:
    """An attack of the kinds one side accuses another of is named in text[lo:hi], and not denied: 'said no shots had
    been fired', 'said its troops had not opened fire' is a denial, a statement of the day's news, not an accusation
    that waits for its attack (the attack itself is dropped as negated)."""
    since = lo
    for ts, te, etype in find_triggers(text, lo, hi):
        if etype in ACCUSED_ACTS and not NEGATION.search(text, since, ts):
            return True
        since = te
    return False


def _accuse(say: Row, attacks: list[Row]) -> None:
    """Make the saying an accusation of the attackers, and the attacks it reports alleged."""
    said_by = {p["entity_id"] for p in say["participants"]}
    accused = {
        p["entity_id"]: {**p, "role": "accused"}
        for c in attacks
        for p in c["participants"]
        if p["entity_id"] not in said_by
    }
    say["event_type"], say["status"] = "accusation", "alleged"
    say["participants"] = [{**p, "role": "accuser"} for p in say["participants"]] + list(accused.values())
    say["target_keys"] = sorted({k for c in attacks for k in c["party_keys"]})
    for c in attacks:
        if c["status"] == "occurred":
            c["status"] = "alleged"


_SAID_ON = re.compile(r"\s+(?:on|last|this|earlier|late|early)?\s*")


def _said_on_a_day(text: str, c: Row, times: list[Row]) -> bool:
    """'said on Tuesday', 'on Tuesday said': the saying's own day, right beside its verb."""
    ts = c["trigger_start"]
    te = ts + len(c["trigger"])
    for t in times:
        if t.get("date_start") is None or t.get("date_precision", "day") != "day":
            continue
        if t["char_start"] >= te and _SAID_ON.fullmatch(text[te : t["char_start"]]):
            return True
        if t["char_end"] <= ts and _SPACES.fullmatch(text[t["char_end"] : ts]):
            return True
    return False


def _resumed_subject(text: str, prev: tuple[int, int], cs: int, mentions: list[Row]) -> list[Row]:
    """The subject of a clause that opens with its main verb right after a relative clause: what the relative
    clause hangs on, whether the clause before is the relative clause ("..., which backed Baku, welcomed") or holds
    it after its head ("Mher Grigorian, who heads the commission, said")."""
    if not MAIN_VERB.match(text, cs):
        return []
    openings = list(RELATIVE_OPEN.finditer(text, prev[0], prev[1]))
    if not openings:
        return find_antecedent(text, prev, mentions)
    # the last one: the relative clause that ends where this clause begins
    return find_antecedent(text, (openings[-1].start(1), prev[1]), mentions)


# A scene of one day ("Police detained him on Monday.") goes on over undated sentences until the text gives another
# date; sentences further back than this, or in another section, no longer set it.
_SCENE_REACH = 10
_ELSEWHEN = re.compile(r"\b(?:ago|earlier|previously|in the past|at the time|back then|formerly)\b", re.I)


# A step due within a time from now: "would appeal within a month", "will file it within 20 days" (not "within 60
# days of the deal entering into force", counted from another event).
_WITHIN = re.compile(
    r"\bwithin\s+(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?P<unit>day|week|month)s?\b"
    r"(?!\s+(?:of|after|from|since|following)\b)",
    re.I,
)
_WITHIN_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                   "eight": 8, "nine": 9, "ten": 10}  # fmt: skip


def _within(text: str, c: Row, published: dt.date) -> tuple[dt.date, dt.date] | None:
    """A planned step of its clause due 'within a month' of the report: from the publication day to the end of
    that time."""
    if c["status"] not in ("planned", "possible") or c["aggregate"]:
        return None
    m = _WITHIN.search(text, c["trigger_start"], c["char_end"])
    if m is None:
        return None
    word = m.group("n").lower()
    n = _WITHIN_NUMBERS[word] if word in _WITHIN_NUMBERS else int(word)
    unit = m.group("unit").lower()
    if unit == "month":
        last = month_end(*add_months(published.year, published.month, n))
        end = last.replace(day=min(published.day, last.day))
    else:
        end = published + dt.timedelta(days=n * (7 if unit == "week" else 1))
    return published, end - dt.timedelta(days=1)


def _event_times(times: list[Row], claims: list[Row]) -> list[Row]:
    """The times of the sentence before that date one of its events, when some do: the narrative goes on from the
    day of what it told ('rallied on Friday, ... waiting for since last year. Police detained seven'), not from a
    time of its background."""
    return [
        t for t in times if any((c["date_start"], c["date_end"]) == (t["date_start"], t["date_end"]) for c in claims)
    ] or times


def _continued(c: Row, prev_claims: list[Row]) -> tuple[dt.date, dt.date] | None:
    """The dates of the event of a compatible type that the sentence before reported, when c continues the
    narrative: 'A court on Wednesday sentenced a fan ... for a flare thrown in July. Judge X found him guilty of
    hooliganism' tells the sentencing again, dated Wednesday, not July (the last date of that sentence)."""
    for p in reversed(prev_claims):
        same = p["event_type"] not in SPEECH_ACTS and compatible(p["event_type"], c["event_type"])
        if same and p["date_start"] is not None:
            return p["date_start"], p["date_end"]
    return None


def _headline(sentences: list[tuple[int, int]], headline_idx: int | None) -> tuple[int, int]:
    return sentences[headline_idx] if headline_idx is not None else (0, 0)


def _attribution(c: Row) -> bool:
    """A plain saying ('said', 'told', 'reported') that may only attribute what its sentence reports."""
    return c["event_type"] == "statement" and bool(DATED_ONLY.fullmatch(c["trigger"]))


_AFTER_COMMA = re.compile(r",[\"”’']?\s*$")
_TAIL_WORDS = 10


def _trailing(text: str, c: Row, ss: int, se: int) -> bool:
    """The saying is the tail of its sentence, after a comma: "..., the ministry said." (its content comes before)."""
    return (
        bool(_AFTER_COMMA.search(text, ss, c["char_start"]))
        and not text[c["char_end"] : se].strip(" .\"”’'")
        and len(text[c["char_start"] : c["char_end"]].split()) <= _TAIL_WORDS
    )


def _is_header(sentence: str) -> bool:
    """A section header: a short line without a final stop ('REACTIONS', 'Older Disputes')."""
    return "\n" not in sentence and sentence[-1:] not in ".!?\"”’'" and len(sentence.split()) < MIN_HEADER_WORDS


def _dateline_only(sentence: str) -> bool:
    """'Baku, February 11, APA.', 'Baku.' 'June 2.' 'REPORT.': a dateline before the lede, too short to be it."""
    return len(sentence.split()) < MIN_HEADER_WORDS


# An article (a headline and its body) shorter than this is the day's news even when its opening names no day ('The
# ministry has rejected the claim ...'): briefs and news reports are short; analyses and features, which retell
# earlier weeks, are long. A passage without a headline is no article: nothing says what kind it is.
BRIEF_WORDS = 600
# A headline labelled with its genre: an analysis, a comment or a feature retells earlier days, whatever day it
# opens on.
_GENRE_LABEL = re.compile(
    r"\s*(?:news )?(?:analysis|opinion|commentary|comment|op-ed|explainer|feature|long read|in depth)\s*[:|–—-]\s",
    re.I,
)


def _opening(
    text: str,
    sentences: list[tuple[int, int]],
    times: list[Row],
    published: dt.date,
    in_body: Callable[[int], bool],
) -> tuple[int | None, int | None, bool]:
    """(headline, lede, news): the index of a headline (the first line, without a final stop) and of the lede (the
    first sentence of the body), and whether the article is the day's news: either shows it (a wire dateline, or a
    date within a week of publication), or the article is a brief (a headline, and fewer than BRIEF_WORDS words). A
    byline between the headline and the lede is neither."""
    body = [
        (i, ss, se)
        for i, (ss, se) in enumerate(sentences)
        if not _is_header(text[ss:se]) and in_body(ss) and not _dateline_only(text[ss:se])
    ][:2]
    if not body:
        return None, None, False
    i, ss, se = body[0]
    line_end = not text[se : text.find("\n", se) if "\n" in text[se:] else len(text)].strip()
    # a headline has no final stop, though it may end with a quotation ('... claim as "baseless"')
    ends = text[ss:se].rstrip().rstrip("\"”’'")[-1:]
    headline = i if line_end and ends not in ".!?" and len(body) > 1 else None
    lede = body[1][0] if headline is not None else i
    opening = body if headline is not None else body[:1]
    # the lines between the headline and the lede ("Baku, April 13, AZERTAC", a byline with its day) count too
    top = sentences[headline][1] if headline is not None else 0
    news = any(
        is_news_lede(bool(DATELINE.match(text, a, b)), dated(within(times, a, b)), published)
        for _, a, b in [*opening, (0, top, body[1 if headline is not None else 0][1])]
    )
    if headline is not None and _GENRE_LABEL.match(text, *sentences[headline]):
        return headline, lede, False  # the publisher says it is no news story ('Analysis | ...', 'Opinion: ...')
    return headline, lede, news or (headline is not None and len(text.split()) < BRIEF_WORDS)


def _event_clauses(text: str, ss: int, se: int) -> list[tuple[int, int, int]]:
    """(start, end, core end) of clauses; a trigger-less clause is folded into the one before for its dates
    ('the fighting, which broke out on Sept. 27') but its mentions are not parties (core end = before the fold)."""
    out: list[tuple[int, int, int]] = []
    for cs, ce in clause_spans(text, ss, se):
        if out and not find_triggers(text, cs, ce):
            out[-1] = (out[-1][0], ce, out[-1][2])
        else:
            out.append((cs, ce, ce))
    return out


def _cancelled_object(text: str, cs: int, trigs: list[tuple[int, int, str]], trig: tuple[int, int]) -> bool:
    """The noun trigger is the object of a cancellation just before it ('postponed, reportedly indefinitely, a
    visit'), and that cancellation is not negated ('has not postponed the talks')."""
    if not trigs or trigs[-1][2] != "cancellation" or not NOUN_TRIGGER.fullmatch(text[trig[0] : trig[1]]):
        return False
    c_start, c_end, _ = trigs[-1]
    if NEGATION.search(text[trigs[-2][1] if len(trigs) > 1 else cs : c_start]):
        return False
    return bool(OBJECT_GAP.fullmatch(text[c_end : trig[0]]))


def _unnamed_denier(text: str, head: tuple[int, int], trig: tuple[int, int], own_subject: bool) -> bool:
    """'The police denied the allegation', 'the men deny wrongdoing': a denial by a subject that names no entity is
    still news (what it answers was alleged before); an anonymous 'official said' is not."""
    return own_subject and bool(DENYING.match(text, *trig)) and bool(SUBJECT_BEFORE.search(text, head[0], head[1]))


def _is_aggregate(text: str, ts: int, te: int, ce: int, etype: str) -> bool:
    """'three full-scale wars', 'went to war twice', 'at war for many years': the series of wars, not one war."""
    if etype != "war":
        return False
    return text[ts:te].lower().endswith("wars") or bool(AGGREGATE_AFTER.match(text[te:ce]))


def _is_anaphoric(text: str, cs: int, ts: int, te: int) -> bool:
    """'the crash', 'the meeting with X', 'the most recent fighting': a definite description of a known event;
    'The document was signed by ...': the passive of an event a document named before was made by."""
    noun = _WITH_END.sub("", text[ts:te])
    if _THE_OPEN.match(noun):  # the trigger itself is 'the crash'
        return True
    if DOCUMENT_PASSIVE.search(text[max(cs, ts - 60) : ts]):
        return True
    return bool(NOUN_TRIGGER.fullmatch(noun) and DEFINITE.search(text[max(cs, ts - 30) : ts]))


def _signing_occasion(
    text: str, trigs: list[tuple[int, int, str]], ts: int, noun: bool, occasion_end: int | None
) -> bool:
    """A gathering (meeting, talks, summit) at ts that is where the clause's signing took place: named right after
    the signing ("initialled the text at a meeting"), or just after such a gathering ("at a meeting hosted by X")."""
    if occasion_end is not None and 0 <= ts - occasion_end < 12:
        return True
    return bool(trigs and noun and trigs[-1][2] in _SIGNINGS and _OCCASION_END.search(text[trigs[-1][1] : ts]))


# A demand voiced by a protest in a participle or an infinitive ("farmers rallied on Tuesday, demanding that ...",
# "thousands gathered to demand his release") is what the protest was for; "and demanded an end" is a demand.
_NON_FINITE_DEMAND = re.compile(r"demanding|(?<=\bto )demand", re.I)


def _fronted_occasion(text: str, found: list[tuple[int, int, str]], cs: int, ts: int, te: int) -> int | None:
    """A gathering named in a fronted adjunct ("At a meeting hosted by X, the two sides initialled ...") whose clause
    goes on to a signing after the adjunct's comma is where the signing took place: the comma's position, or None."""
    if not _OCCASION_BEFORE.search(text, max(cs, ts - 40), ts) or text[cs:ts].count(",") > 1:
        return None
    comma = text.find(", ", te)
    return comma if comma >= 0 and any(s > comma and t in _SIGNINGS for s, _, t in found) else None


# "two servicemen accused of killing", "a businessman accused of tax evasion": a participle after a noun describes
# the defendants of a case; "X has been accused of", "officials it accused of" report an accusation
_ACCUSED_OF = re.compile(r"accused\s+of\b", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+\Z")
_NOUN_BEFORE = re.compile(r"(?<![\w’'-])(?P<word>[\w’'-]+),?\s+\Z")
_NO_NOUN = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "it", "he", "she", "they", "we", "i",
     "who", "which", "that", "whom", "also", "and", "or", "not", "never", "publicly", "formally", "falsely",
     "openly", "later", "now", "again", "then", "once", "even", "still", "both", "all", "since", "already"}
)  # fmt: skip


def _describes_the_accused(text: str, cs: int, ts: int) -> bool:
    """'accused of' after a noun: a description of the people a case is against, not an accusation reported."""
    if not _ACCUSED_OF.match(text, ts):
        return False
    m = _NOUN_BEFORE.search(text, max(cs, ts - 40), ts)
    if m is None:
        return False
    word = m.group("word")
    if word[0].isupper() and m.start() > 0 and not _SENTENCE_END.search(text, max(0, m.start() - 3), m.start()):
        return False  # a name inside the sentence is the accuser ("Meltoria, which Korvania accused of ...")
    word = word.lower()
    return word not in _NO_NOUN and not word.endswith("ly") and not word[0].isdigit()


# What may stand between a participle and its own time: who did it and where ("the declaration signed by the leaders
# of Armenia, Azerbaijan and the United States in Washington on August 8, 2025"), with no clause of its own.
_AGENT_PLACE_GAP = re.compile(
    r"\s*(?:by\s+(?:(?!(?:who|whom|which|that|said|says|was|were|is|are|has|have|had|will|would)\b)"
    r"[\w'’().-]+(?:,\s+|\s+)){1,14}?)?"
    r"(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+)?"
    r"(?:on|in)?\s*"
)


def _is_reduced_relative(text: str, cs: int, ts: int, te: int) -> bool:
    """'a border protocol signed with X', 'the treaty initialled in Washington': a participle that names a document
    by the event that made it refers to that event; the clause's date is not its date."""
    return bool(_ED_END.search(text[ts:te]) and REDUCED_RELATIVE.search(text[max(cs, ts - 60) : ts]))


_HE_SHE = re.compile(r"[\s“\"]*(He|She)\b(?![’'])")


def _he_or_she(text: str, ss: int, se: int, prev_claims: list[Row]) -> Row | None:
    """'Grigoryan told reporters at the border. He thanked Qatar ...': a sentence that opens with 'He' or 'She' goes on
    with the one person named as the subject of the sentence before (a pseudo-mention of that person, for its clause's
    parties); None when that sentence's subject is not one person."""
    m = _HE_SHE.match(text, ss, se)
    if m is None:
        return None
    people = {p["entity_id"] for p in previous_subject(prev_claims) if p["entity_type"] == "person"}
    if len(people) != 1:
        return None
    return {"entity_id": people.pop(), "entity_type": "person", "char_start": m.start(1), "char_end": m.end(1),
            "text": m.group(1), "match_method": "pronoun"}  # fmt: skip


def _clause_claims(
    ctx: ArticleContext,
    sent: tuple[int, int],
    clause: tuple[int, int],
    core_end: int,
    mentions: list[Row],
    sent_times: list[Row],
    inherited: list[Row],
    quantities: list[Row],
    quotes: list[tuple[int, int]],
    resumed: list[Row] | None = None,
    news: bool = False,
    he: Row | None = None,
) -> list[Row]:
    text, published, parties = ctx.text, ctx.published, ctx.parties
    cs, ce = clause
    trigs = []
    occasion_end: int | None = None  # the end of a gathering that was a signing's occasion ("at a meeting hosted by")
    occasion_until: int | None = None  # the comma closing a fronted adjunct that names a signing's occasion
    about: set[int] = set()  # event nouns that a saying is about: descriptions of events told elsewhere
    latent: set[int] = set()  # plain undated sayings ('the ministry said') that report an attack
    plain: set[int] = set()  # plain undated sayings of a named speaker in a news story
    # words of a name are no event: "the Union of Artsakh War Veterans" reports no war
    name_spans = [
        (m["char_start"], m["char_end"])
        for m in within(mentions, cs, ce)
        if m["entity_type"] in ("organization", "person")
    ]
    found = find_triggers(text, cs, ce)
    for ts, te, etype in found:
        if not ctx.in_body(ts):
            continue  # "Read more: X signs deal with Y", glued link debris: a headline of another story
        if any(a <= ts and te <= b for a, b in name_spans):
            continue
        head, word = text[cs:ts], text[ts:te]  # read by several cues below: sliced and matched once
        if etype == "arrest" and word.lower() == "captured" and _WHICH_CAPTURED.search(text, max(cs, ts - 50), ts):
            etype = "military_offensive"
        if etype == "meeting" and _GATHERING_WORD.match(word) and _SPOKEN_AT.search(text, max(cs, ts - 60), ts):
            continue
        noun = NOUN_TRIGGER.fullmatch(word)
        # a saying after a comma is no part of an intent before it: "Korvania wants to sign, Alda Brun said"
        own = cs + head.rfind(",") + 1 if etype in SPEECH_ACTS else cs
        intent = (
            INTENT.search(text, own, ts)
            or COMPLEMENT.search(text, own, ts)
            or (etype not in GATHERINGS and EXPECTED_OF.search(text, own, ts))
        )
        if intent and SCHEDULED.search(text, intent.start(), ts):
            intent = None  # "weeks before a planned round of talks": the talks themselves are news
        if (
            intent
            and intent.group().lower().startswith("before")
            and not word.lower().endswith("ing")
            and (not noun or _PAST_AFTER_NOUN.match(text, te) or _past_year_after(text, te, published))
            and not FUTURE_BEFORE.search(intent.group())
        ):
            # "before Azerbaijan retook the region", "before a ceasefire was reached", "before a ceasefire in 1994":
            # what happened
            intent = None
        if intent or (noun and (BACKREF.search(head) or AS_CONDITION.match(text, te, ce))):
            continue
        if noun and etype not in SPEECH_ACTS and ON_CONDITION.search(text, max(cs, ts - 60), ts):
            continue  # "signing still depends on a referendum": what is waited for has not taken place (but "depends
            # on Azerbaijan's demand that ...": the demand is made)
        if etype not in SPEECH_ACTS and (
            HABITUAL.match(text, te) or HABITUAL_BEFORE.search(text, max(cs, ts - 16), ts)
        ):
            continue  # "it met regularly", "often shelled": a habit, not one event
        if _cancelled_object(text, cs, trigs, (ts, te)):
            continue  # "postponed a visit", "called off the talks": what was cancelled did not take place
        if etype not in SPEECH_ACTS and ENDED_OBJECT.search(text, max(cs, ts - 40), ts):
            continue  # "urged them to drop the charges": charges brought before, not news
        if etype == "phone_call" and word[:2].lower() in ("by", "ov", "on") and INTERVIEW_BY_PHONE.search(text, cs, ts):
            continue  # "told Reuters by phone": how the reporter heard it
        if etype == "release" and _not_a_release(text, cs, ts, te, word.lower().startswith("releas")):
            continue
        if (
            etype == "statement"
            and DATED_ONLY.fullmatch(word)
            and not _news_saying(text, ts, sent, mentions, sent_times, quotes)
        ):
            named = _speaker_before(text, ts, mentions)
            if named and _reports_attack(text, te, sent[1]):
                latent.add(ts)  # kept only if it turns out to accuse another side of the attack (see extract_events)
            elif news and named and not inside(ts, quotes):
                # in a news story, "the Defence Ministry said the border was calm": the named speaker's saying is the
                # day's news (dropped when its sentence reports an event, the news, or when no day can be given it)
                plain.add(ts)
            else:
                continue
        if text[ts].isupper() and IN_NAME.search(text[max(cs, ts - 40) : ts]):
            continue  # "the State Commission on Prisoners of War": part of a name
        if ACCORDING_TO.search(text, max(cs, ts - 40), ts):
            continue  # "According to the indictment, ...": the source of what follows
        if etype == "armed_clash" and word.lower() == "clash":
            continue
        if etype == "demand" and any(t[2] == "protest" for t in trigs) and _NON_FINITE_DEMAND.fullmatch(text, ts, te):
            continue  # "rallied outside parliament, demanding ...", "gathered to demand ...": the protest's message
        if etype in _TAKINGS and not noun and _IN_A_WAR.match(text, te, ce):
            continue  # "Azerbaijan recaptured most of the territory in a 44-day war": the war's outcome
        if trigs and noun and _DETERMINER_END.search(text[trigs[-1][1] : ts]) and ts - trigs[-1][1] < 25:
            continue  # "denounced the detentions": the object of another event, reported before
        gathering = compatible(etype, "meeting")
        if gathering and occasion_until is None and noun:
            occasion_until = _fronted_occasion(text, found, cs, ts, te)
        if gathering and (
            (occasion_until is not None and ts < occasion_until)
            or _signing_occasion(text, trigs, ts, bool(noun), occasion_end)
        ):
            occasion_end = te
            continue  # "initialled a peace agreement at a meeting hosted by X": where the signing took place
        if trigs and trigs[-1][2] in SPEECH_ACTS and noun and SPEECH_OBJECT.fullmatch(text[trigs[-1][1] : ts]):
            about.add(ts)  # "congratulated Armenians on an election", "welcomed the signing": an event referred to
        # One claim per compatible family in a clause: "met ... for talks at the summit" is one meeting; but "On the
        # sidelines of the talks, X met Y": a trigger in a fronted adjunct is another event.
        adjunct = FRONTED.match(text[cs:ce]) and text.find(", ", cs, ts)
        same = [t for t in trigs if compatible(etype, t[2]) and not (adjunct and adjunct > 0 and t[0] < adjunct)]
        if same and etype == "statement" and _DENIAL_WORD.fullmatch(word) and all(_plain_saying(text, t) for t in same):
            # "X said the shelling killed two, a claim that Baku rejected": the denial is the clause's statement,
            # not the plain saying that only attributes the fact
            trigs = [t for t in trigs if t not in same]
            plain.difference_update(t[0] for t in same)
            latent.difference_update(t[0] for t in same)
        elif same:
            continue
        trigs.append((ts, te, etype))
    clause_mentions = within(mentions, cs, core_end) + demonym_parties(text, cs, core_end, ctx.demonyms)
    if he is not None and cs <= he["char_start"] < core_end:
        clause_mentions.append(he)
    clause_mentions.sort(key=lambda m: m["char_start"])
    speech = [q for q in quotes if len(text[q[0] : q[1]].split()) >= 6]  # reported speech, not a quoted name
    named = {parties.get(m["entity_id"], m["entity_id"]) for m in clause_mentions
             if m["entity_type"] == "place" and not m.get("pair") and not inside(m["char_start"], speech)}  # fmt: skip
    if len(named) >= 2:  # "Moscow and Baku summoned each other's ambassador": the pair is named, not implied
        clause_mentions = [m for m in clause_mentions if not m.get("pair")]
    adjunct_end = -1
    adjunct_mentions: list[Row] = []
    if FRONTED.match(text[cs:ce]) and trigs:
        # The adjunct ends at its first comma, also when it holds a trigger ("Speaking at the summit, Aliyev
        # accused"), but not when a subject stands before the first trigger ("On Friday Korvania accused Meltoria,
        # its neighbour, of ..."); the possessor of an event noun is part of the adjunct ("After X's offensive, ").
        bound = trigs[0][0]
        if text.find(", ", cs, bound) < 0 and not any(
            cs <= m["char_start"] < bound and not POSSESSING.fullmatch(text[m["char_end"] : bound])
            for m in clause_mentions
        ):
            bound = trigs[-1][0]
        comma = text.find(", ", cs, bound)
        while comma > 0:  # "In a clash with his counterpart, Vladimir Putin, Aliyev ...": the apposition too
            nxt = text.find(", ", comma + 2, bound)
            if nxt < 0 or not any(m["char_start"] == comma + 2 and m["char_end"] == nxt for m in clause_mentions):
                break
            comma = nxt
        if comma > 0:  # mentions of the fronted adjunct are not parties of the main clause
            adjunct_mentions = [m for m in clause_mentions if m["char_start"] < comma]
            clause_mentions = [m for m in clause_mentions if m["char_start"] > comma]
            adjunct_end = comma
    main = [t for t in trigs if t[0] > adjunct_end]
    subject_trigger = main[0][0] if main else (trigs[0][0] if trigs else cs)
    antecedent = find_antecedent(text, clause, mentions) or resumed or []
    reduced_at = {ts for ts, te, _ in trigs if _is_reduced_relative(text, cs, ts, te)}
    # Times of a participle that names a document by its event ("the memorandum signed ... in Tbilisi on 4 May"):
    # that event's, not those of the clause's other events ("the visit is the first step under the memorandum").
    participle_times = {
        t["char_start"]
        for ts, te, _ in trigs
        if ts in reduced_at
        for t in sent_times
        if t["char_start"] >= te and _AGENT_PLACE_GAP.fullmatch(text, te, t["char_start"])
    }
    out = []
    for i, (ts, te, etype) in enumerate(trigs):
        status = _status(text, clause, (ts, te, etype), trigs[i - 1][1] if i > 0 else cs)
        if status is None or (etype == "accusation" and _describes_the_accused(text, cs, ts)):
            continue
        aggregate = _is_aggregate(text, ts, te, ce, etype)
        reduced = ts in reduced_at
        # "X welcomed the declaration signed by Y in Z": the object of a saying, an event referred to
        referred = reduced and i > 0 and trigs[i - 1][2] in SPEECH_ACTS
        anaphoric = ts in about or referred or _is_anaphoric(text, cs, ts, te)
        quoted = inside(ts, quotes)
        if quoted and len(text[quoted[0] : quoted[1]].split()) < 6:
            quoted = None  # a quoted name ('an "official peace signing ceremony"'), not reported speech
        # "will convene a session on April 24 to approve the calendar of the referendum": a known event named after
        # another event of the clause takes no date of that clause but its own ("the referendum on 20 September")
        # "for the first time since the two countries gained independence": an event named as the start of a span
        # of time is no news of the clause and takes none of its dates either
        since_anchor = _SINCE_ANCHOR.search(text, max(sent[0], ts - 60), ts)
        # "deals negotiated since a summit at the White House", "will meet, a year after they signed a declaration":
        # the event that times a clause of plans is past, and the plan's dates are not its own
        # ("since a summit ... is planned": a cause, not a time, when a plan follows the event)
        past_anchor = status in ("planned", "possible") and (
            (since_anchor is not None and not PLANNED.search(text, te, ce)) or _past_time_clause(text, cs, ts, te)
        )
        if past_anchor:
            status = "occurred"
        # (what a saying is about keeps the clause's times: "has said a referendum could take place in 2027")
        after_event = i > 0 and trigs[i - 1][2] not in SPEECH_ACTS
        own_time_only = reduced or (anaphoric and after_event) or since_anchor is not None or past_anchor
        times = (
            [
                t
                for t in sent_times
                if (0 <= t["char_start"] - te < 40 and "," not in text[te : t["char_start"]])
                or (reduced and t["char_start"] >= te and _AGENT_PLACE_GAP.fullmatch(text, te, t["char_start"]))
            ]
            if own_time_only
            else [t for t in sent_times if t["char_start"] not in participle_times]  # (a reduced one is own_time_only)
        )  # its own time follows it in the same phrase ("the referendum on 20 September"), not after a comma
        # A condition set for a signing ("will not sign it until Armenia changes its constitution") is a position held:
        # only a time before it with no comma between dates it ("In February Baku said it will sign only after ..."),
        # not one of another clause ("initialled in August 2025, but Baku has said") or of an aside ("the treaty,
        # initialled on August 8, 2025, can be signed only after"): annotators date 2 of 83 such conditions.
        condition = etype == "demand" and bool(CONDITION_DEMAND.fullmatch(text, ts, te) or text.startswith("until", ts))
        if condition:
            times = [t for t in times if t["char_end"] <= ts and "," not in text[t["char_end"] : ts]]
        bounds = claim_date(ctx, sent, clause, (ts, te, etype), status, times,
                            [] if own_time_only or condition else inherited, quotes, aggregate)  # fmt: skip
        if bounds and _told_as_start(text, ts, te, sent[1]) and status in ("occurred", "ongoing"):
            bounds = (bounds[0], None)  # "fighting broke out on Sept. 27": a start, not the whole event
        if bounds and bounds[0] > published and status in ("occurred", "ongoing"):
            status = "planned"
        elif bounds and bounds[0] > published and status == "alleged" and etype in ("election", "referendum"):
            status = "planned"  # "accused the authorities of a show trial ahead of the elections in June"
        lo = trigs[i - 1][1] if i > 0 else cs
        hi = trigs[i + 1][0] if i + 1 < len(trigs) else ce
        # The clause subject belongs to the first trigger ("Aliyev demanded ... for the downing": Aliyev demands);
        # a relative clause ("who fled X"), a quoted stretch or a definite description has no outside subject.
        relative = RELATIVE.search(text[max(cs, ts - 25) : ts])
        relative = relative if relative and max(cs, ts - 25) + relative.start() > cs else None
        embedded = i > 0 and trigs[i - 1][0] > adjunct_end and EMBEDDED.search(text[trigs[i - 1][1] : ts])
        in_adjunct = ts < adjunct_end
        own_subject = not anaphoric and not relative and not embedded and not in_adjunct
        if referred:  # its parties follow it ('signed by the leaders of X and Y'), the speaker is not one
            lo = max(lo, ts)
        pool = [
            m
            for m in (adjunct_mentions if in_adjunct else clause_mentions)
            if ((quoted[0] <= m["char_start"] < quoted[1]) if quoted else not inside(m["char_start"], speech))
        ]  # a trigger in reported speech takes parties from it; one outside, none from inside it
        if in_adjunct:  # "After Azerbaijan's offensive in 2023, ...": the adjunct's own mentions only
            hi = min(hi, adjunct_end)
        if quoted:
            lo, hi = max(lo, quoted[0]), min(hi, quoted[1])
        if relative:
            lo = max(lo, max(cs, ts - 25) + relative.start())  # "ordered X to allow people who fled": not X
        place_id, place_name, parts = find_participants(
            ctx, etype, (cs, ce), (ts, te), (lo, hi), subject_trigger if own_subject else cs, pool, anaphoric
        )
        if (
            antecedent
            and not anaphoric
            and not any(p["entity_id"] == a["entity_id"] for p in parts for a in antecedent)
        ):
            side = 1 if any(ts > m["char_start"] >= cs for m in clause_mentions) else 0
            parts.extend(part(a, ROLES[etype][side], ctx) for a in antecedent)
        if (
            etype == "statement"
            and not any(p["role"] == "speaker" for p in parts)
            and not _unnamed_denier(text, (cs, ts), (ts, te), own_subject)
            and not _JOINT_STATEMENT.search(text, ts, te)
        ):
            continue  # an anonymous "official said" is not news in itself (a joint statement is, whoever issued it)
        qspans = _linked_quantities(etype, quantities, lo if i > 0 else cs, hi, ts if aggregate else None)
        out.append(
            {
                "event_type": etype,
                **date_fields(bounds[0] if bounds else None, bounds[1] if bounds else None),
                "status": status,
                "place_id": place_id,
                "place_name": place_name,
                "participants": parts,
                "party_keys": sorted({parties.get(p["entity_id"], p["entity_id"]) for p in parts}),
                "actor_keys": sorted(
                    {parties.get(p["entity_id"], p["entity_id"]) for p in parts if p["role"] in SOURCE_ROLES}
                ),
                "agent_keys": sorted(
                    {parties.get(p["entity_id"], p["entity_id"]) for p in parts if p["role"] in AGENT_ROLES}
                ),
                "target_keys": sorted(
                    {parties.get(p["entity_id"], p["entity_id"]) for p in parts if p["role"] in TARGET_ROLES}
                ),
                "aggregate": aggregate,
                "own_subject": own_subject,
                **({"latent": True} if ts in latent else {}),
                **({"plain": True} if ts in plain else {}),
                "anaphoric": anaphoric,
                "char_start": cs,
                "char_end": ce,
                "quote": text[cs:ce],
                "quantity_spans": qspans,
                "trigger": text[ts:te],
                "trigger_start": ts,
                "published": published,
                "extraction_method": "automatic",
            }
        )
    return out


# "the Co-Chairs issued a joint statement": a text the sides agreed on, news whether or not its authors are named
_JOINT_STATEMENT = re.compile(r"\bjoint\s+(?:statement|communiqu)", re.I)


# "The Prosecutor General's Office said it had opened a case": the body right before the verb of saying
_SAID_BEFORE_PRONOUN = re.compile(
    r"\s+(?:said|says|told\s+(?:\S+\s+){1,3}?|announced|reported|added|confirmed|stated)\s+(?:that\s+)?\Z", re.I
)


def _subject_of_saying(ctx: ArticleContext, claims: list[Row], mentions: list[Row]) -> None:
    """A claim whose subject is a pronoun ('it had opened a criminal case') and which found no one who acts, right after
    '<named speaker> said': the speaker is its subject (a plain 'said' makes no statement claim to take it from)."""
    for c in claims:
        if c["event_type"] in SPEECH_ACTS or not c["own_subject"]:
            continue
        agent = ROLES[c["event_type"]][0]
        if any(p["role"] == agent for p in c["participants"]):
            continue  # (one acted on or a court it goes to is no subject: "it would appeal to the Court of Appeal")
        if not PRONOUN.match(c["quote"]) or c["quote"][:4].lower() == "they":
            continue
        before = [m for m in mentions if m["char_end"] <= c["char_start"] and not m.get("pair")]
        if before and _SAID_BEFORE_PRONOUN.fullmatch(ctx.text, before[-1]["char_end"], c["char_start"]):
            c["participants"] = [part(before[-1], agent, ctx), *c["participants"]]
            set_keys(c, ctx.parties)


# The words of a denial trigger: its verb, or the claim it answers when that comes first ('a claim Baku rejects')
_DENIAL_WORD = re.compile(
    r"(?:claim|allegation|accusation|assertion|idea|figure|version|account|report)s?|reject\w*|den(?:y|ied|ies|ying)"
    r"|dismiss\w*|disput\w*|refut\w*",
    re.IGNORECASE,
)


def _plain_saying(text: str, trig: tuple[int, int, str]) -> bool:
    """A trigger that is a plain saying verb ('said', 'told'), not a speech act of its own kind."""
    return trig[2] == "statement" and bool(DATED_ONLY.fullmatch(text[trig[0] : trig[1]]))


_STRETCH_AHEAD = re.compile(
    r"\b(?:coming|next\s+(?:few|several))\s+(?:days|weeks|months)\b|\b(?:days|weeks|months)\s+ahead\b", re.I
)


def _not_a_release(text: str, cs: int, ts: int, te: int, verb: bool) -> bool:
    """A release only asked for ('a motion to release him on bail'), or the verb 'release' said of a document, a
    picture or a stock (see cues)."""
    before = text[max(cs, ts - 100) : ts]
    if RELEASE_SOUGHT.search(before):
        return True
    return verb and bool(RELEASED_THING_BEFORE.search(before) or RELEASED_THING_AFTER.match(text, te))


def _news_saying(
    text: str, ts: int, sent: tuple[int, int], mentions: list[Row], sent_times: list[Row], quotes: list[tuple[int, int]]
) -> bool:
    """'said/told/reported' is an event in itself when a named speaker stands next to it and the saying is dated
    ('Trump on Thursday said ...', 'said on Friday'), or when it introduces a direct quotation ('..., Trump wrote.').
    A vague stretch ahead ('would appeal in the coming days') dates only what was said; a day or a month named ahead
    ('will host the talks in June', 'would join him on Friday') marks the day's announcement."""
    if inside(ts, quotes):
        return False
    if isinstance(mentions, SortedRows):  # those that end at most 40 before ts start after ts - 40 - the longest
        mentions = mentions.starting(ts - 40 - mentions.longest, ts + 3)
    named = any(0 <= ts - m["char_end"] < 40 or 0 <= m["char_start"] - ts < 3 for m in mentions if not m.get("pair"))
    if not named:
        return False
    te = ts + len(_WORD_CHARS.match(text, ts).group())
    stance = _STANCE.search(text[max(0, ts - 20) : ts])
    for t in within(sent_times, *sent):
        if t["date_start"] is None or inside(t["char_start"], quotes):
            continue
        if _STRETCH_AHEAD.search(t["text"]):
            continue
        # 'has said a referendum could take place in 2027': a stance held, dated only by its own time (before the
        # verb, or right after it: 'has said on Friday'), not by a date of what was said
        if (
            not stance
            or t["char_end"] <= ts
            or (t["char_start"] >= te and _SAID_ON.fullmatch(text[te : t["char_start"]]))
        ):
            return True
    if any(b <= ts and ts - b < 6 for _, b in quotes):  # '..." Suleymanov said.'
        return True
    return any(0 <= a - ts < 40 and len(text[a:b].split()) >= 2 for a, b in quotes)  # 'said X "strongly welcomes"'


def _link_leftover_quantities(claims: list[Row], quantities: list[Row]) -> None:
    """A figure later in the sentence ('..., which left 6,600 dead') measures the nearest earlier fitting event."""
    linked = {q for c in claims for q in c["quantity_spans"]}
    for q in quantities:
        span = (q["char_start"], q["char_end"])
        if span in linked:
            continue
        for c in sorted(claims, key=lambda c: -c["trigger_start"]):
            if c["aggregate"] and q["char_end"] <= c["trigger_start"]:
                continue
            if c["trigger_start"] < q["char_start"] and _linked_quantities(c["event_type"], [q], 0, 1 << 62):
                c["quantity_spans"].append(span)
                break
        else:  # "Two people died, and six were arrested": a figure before the only event of its sentence
            fits = [c for c in claims if not c["aggregate"] and _linked_quantities(c["event_type"], [q], 0, 1 << 62)]
            if fits:
                min(fits, key=lambda c: c["trigger_start"])["quantity_spans"].append(span)


def _linked_quantities(
    etype: str, quantities: list[Row], lo: int, hi: int, not_before: int | None = None
) -> list[tuple[int, int]]:
    """Quantities of text[lo:hi] whose measure fits the family; a series of wars takes only figures from its
    trigger on ('left 6,600 dead, one of three wars': the deaths belong to the war named before)."""
    fams = QUANTITIES_OF.get(etype, ())
    out = []
    for q in within(quantities, lo, hi):
        if not_before is not None and q["char_end"] <= not_before:
            continue
        about = f"{q.get('measure') or ''} {q.get('counted') or ''}"
        if any(QUANTITY_FITS[f].search(about) for f in fams):
            out.append((q["char_start"], q["char_end"]))
    return out


_SPEECH_RANK = ("accusation", "demand", "appeal", "criticism", "diplomatic_protest", "statement")


def _combine_same_type(text: str, claims: list[Row]) -> list[Row]:
    """Claims of one type in one sentence are one event unless their dates disagree; a participial clause of a
    compatible type joins the claim it follows."""
    out: list[Row] = []
    for c in claims:
        if c.get("latent"):  # decided later on its own (an accusation or nothing)
            out.append(c)
            continue
        same = next(
            (o for o in out if o["event_type"] == c["event_type"] and o["aggregate"] == c["aggregate"]
             and dates_agree(o, c) and not o.get("latent")),
            None,
        )  # fmt: skip
        if same is None and c["event_type"] in SPEECH_ACTS and c["actor_keys"]:
            # "Guterres welcomed the agreement and urged the sides to ...": one speaker's sayings in one sentence
            # are one speech act, of the most specific type
            same = next(
                (o for o in out if o["event_type"] in SPEECH_ACTS and o["actor_keys"] == c["actor_keys"]
                 and o["aggregate"] == c["aggregate"] and dates_agree(o, c) and not o.get("latent")),
                None,
            )  # fmt: skip
            if same is not None and _SPEECH_RANK.index(c["event_type"]) < _SPEECH_RANK.index(same["event_type"]):
                same.update({k: c[k] for k in ("event_type", "trigger", "trigger_start")})
                same["status"] = c["status"] if c["status"] == "alleged" else same["status"]
        if same is None and PARTICIPIAL.match(c["quote"]):
            # "police raided X, detaining three journalists": the participle tells how the raid went
            same = next(
                (
                    o
                    for o in reversed(out)
                    if compatible(o["event_type"], c["event_type"]) and dates_agree(o, c) and not o.get("latent")
                ),
                None,
            )
        if same is None:
            out.append(c)
            continue
        if same["date_start"] is None and c["date_start"] is not None:
            same.update({k: c[k] for k in ("date_start", "date_end", "date_precision", "date_edtf")})
            if same["status"] in ("occurred", "ongoing") and c["status"] == "planned":
                same["status"] = "planned"
        same["place_id"] = same["place_id"] or c["place_id"]
        have = {(p["entity_id"], p["role"]) for p in same["participants"]}
        same["participants"] += [p for p in c["participants"] if (p["entity_id"], p["role"]) not in have]
        same["party_keys"] = sorted(set(same["party_keys"]) | set(c["party_keys"]))
        same["actor_keys"] = sorted(set(same["actor_keys"]) | set(c["actor_keys"]))
        same["agent_keys"] = sorted(set(same["agent_keys"]) | set(c["agent_keys"]))
        same["target_keys"] = sorted(set(same["target_keys"]) | set(c["target_keys"]))
        same["anaphoric"] = same["anaphoric"] and c["anaphoric"]
        same["place_name"] = same["place_name"] or c["place_name"]
        same["quantity_spans"] += [q for q in c["quantity_spans"] if q not in same["quantity_spans"]]
        same["char_start"] = min(same["char_start"], c["char_start"])
        same["char_end"] = max(same["char_end"], c["char_end"])
        same["quote"] = text[same["char_start"] : same["char_end"]]
        same["quote_parts"] = same.get("quote_parts", 1) + 1
    return out

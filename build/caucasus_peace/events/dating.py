"""Dates of event claims: date fields and EDTF from bounds, and which time expressions of a clause date an event
(the clause's own, else earlier ones of the sentence whose tense fits, else inherited from context)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from caucasus_peace.events.clauses import inside, within
from caucasus_peace.events.context import ArticleContext, Row
from caucasus_peace.events.cues import (
    ABOUT_SAYING,
    AFTER_CLAUSE,
    ANCHOR_NOUNS,
    ATTRIBUTED_AFTER,
    BACKSHIFTED,
    BORN_BEFORE,
    DURATIVE,
    EVENT_ANCHOR,
    FRONTED_SPAN,
    LASTING,
    NEWS_PERFECT,
    NEWS_PERFECT_IN,
    NEXT_DAY,
    PAST_VERB,
    PERFECT,
    SAID_AT,
    SAYING_MEDIUM_TIME,
    SAYING_TIME,
    SCHEDULED_FOR,
    SINCE,
    SINCE_ADVERB,
    position_held,
)
from caucasus_peace.events.lexicon import NOUN_TYPES, SPEECH_ACTS, compatible
from caucasus_peace.extract.timex import NUMBER_WORDS, add_months, count_of, month_end

# Small patterns of the rules below, compiled once (they run per trigger and per mention).
_OF_FOR = re.compile(r"\b(?:of|for)\b")
_ASIDE_END = re.compile(r"[^,]*,\s*")

_STATEMENT_REACH = 8  # sentences over which "X said" continues X's dated statement (same section)


def _precision(lo: dt.date, hi: dt.date) -> str:
    if lo == hi:
        return "day"
    if (lo.year, lo.month) == (hi.year, hi.month):
        return "month"
    if lo.year == hi.year:
        return "year"
    if lo.year // 10 == hi.year // 10:
        return "decade"
    if lo.year // 100 == hi.year // 100:
        return "century"
    return "century"


def edtf(lo: dt.date | None, hi: dt.date | None) -> str:
    """EDTF for bounds: a day, a whole month, year or decade when the bounds are exactly that, else an interval."""
    if lo is None and hi is None:
        return ""
    if hi is None:
        return f"{lo.isoformat()}/.."
    if lo is None:
        return f"../{hi.isoformat()}"
    if lo == hi:
        return lo.isoformat()
    nxt = hi + dt.timedelta(days=1)
    if lo.day == 1 and nxt.day == 1:
        if (lo.year, lo.month) == (hi.year, hi.month):
            return f"{lo.year:04d}-{lo.month:02d}"
        if lo.month == 1 and hi.month == 12:
            if lo.year == hi.year:
                return f"{lo.year:04d}"
            if lo.year % 10 == 0 and hi.year == lo.year + 9:
                return f"{lo.year // 10:03d}X"
    return f"{lo.isoformat()}/{hi.isoformat()}"


def date_fields(lo: dt.date | None, hi: dt.date | None) -> dict[str, Any]:
    if lo is None:
        return {"date_start": None, "date_end": hi, "date_precision": "unknown", "date_edtf": edtf(lo, hi)}
    return {
        "date_start": lo,
        "date_end": hi,
        "date_precision": _precision(lo, hi if hi is not None else lo) if hi is not None else "day",
        "date_edtf": edtf(lo, hi),
    }


def intersect(bounds: list[tuple[dt.date, dt.date]]) -> tuple[dt.date, dt.date] | None:
    lo, hi = max(b[0] for b in bounds), min(b[1] for b in bounds)
    return (lo, hi) if lo <= hi else None


def dated(times: list[Row]) -> list[Row]:
    return [t for t in times if t.get("date_start") is not None and t.get("date_end") is not None]


def fits_status(t: Row, status: str, published: dt.date) -> bool:
    """A planned event is not dated by a past expression, nor an occurred one by a future expression."""
    if status in ("planned", "possible"):
        return t["date_end"] >= published
    if status == "occurred":
        return t["date_start"] <= published
    return True


def pick_date(times: list[Row], trig_pos: int) -> tuple[dt.date, dt.date] | None:
    if not times:
        return None
    bounds = [(t["date_start"], t["date_end"]) for t in times]
    both = intersect(bounds)
    if both:
        return both
    near = min(times, key=lambda t: abs(t["char_start"] - trig_pos))
    return (near["date_start"], near["date_end"])


_QUOTE_CHAR = re.compile(r"[\"“”‘’']")
_QUOTED_REST = re.compile(r"[^\"“”’'.;]{0,80}[\"”’']")


def claim_date(
    ctx: ArticleContext,
    sent: tuple[int, int],
    clause: tuple[int, int],
    trig: tuple[int, int, str],
    status: str,
    sent_times: list[Row],
    inherited: list[Row],
    quotes: list[tuple[int, int]],
    aggregate: bool,
) -> tuple[dt.date, dt.date] | None:
    """The clause's own time expressions, else earlier ones of the sentence whose tense fits, else inherited.

    A statement is not dated by words inside the quotation it reports ('wrote, "... tomorrow"'); an accusation
    is not dated by the time of what it alleges ('accused X of driving out Y in the 1990s'); a series of wars is
    dated only by its own clause."""
    text = ctx.text
    cs, ce = clause
    ts, te, etype = trig
    times = sent_times
    if etype in SPEECH_ACTS:
        times = [t for t in times if not inside(t["char_start"], quotes)]
        said_after = [b for _, b in quotes if b <= ts and ts - b < 20]
        if said_after:  # 'Friday "will be a Historic Day", Trump said': the quote's subject is its content
            times = [t for t in times if t["char_start"] >= said_after[-1]]
    if etype in ("accusation", "demand", "criticism"):
        of = _OF_FOR.search(text[te:ce])
        if of:
            times = [t for t in times if t["char_start"] < te + of.start()]
    if etype in SPEECH_ACTS:  # "Baku says that 60,000 returned to land it regained in 2020": the content's date
        # (a trigger that ends in "that" — "insisted that the 2020 statement" — is followed by its content only)
        content_next = text[ts:te].lower().endswith("that")
        # 'called the demand "premature and groundless" in a statement on Thursday': the saying's time follows the
        # words it quotes
        quoted = _QUOTED_REST.match(text, te) if _QUOTE_CHAR.search(text, ts, te) else None
        # (from the end of the verb: a trigger pattern may take the space after it, "thanked ")
        verb_end = ts + len(text[ts:te].rstrip())
        after = (verb_end, quoted.end()) if quoted else (verb_end,)
        times = [
            t
            for t in times
            if t["char_start"] < te
            or (
                not content_next
                and any(
                    a <= t["char_start"]
                    and (
                        SAYING_TIME.fullmatch(text[a : t["char_start"]])
                        or SAYING_MEDIUM_TIME.fullmatch(text[a : t["char_start"]])
                    )
                    for a in after
                )
            )
        ]
    if etype == "statement":
        # "The group, representing people who left between 1988 and 1991, said": an aside before the verb
        times = [t for t in times if not _in_aside(text, t, ts)]
    said: list[Row] = []
    if etype not in SPEECH_ACTS:  # "a mine exploded, the agency said Wednesday": Wednesday is the saying's day
        said = [t for t in times if SAID_AT.search(text, max(0, t["char_start"] - 40), t["char_start"])]
        times = [t for t in times if t not in said]
    # "an agreement extending the swap until 2040": the end of a state, not the date of the event
    times = [t for t in times if not LASTING.search(text[ts : t["char_start"]])]  # "extended a swap until 2040"
    times = [t for t in times if not BORN_BEFORE.search(text, max(0, t["char_start"] - 12), t["char_start"])]
    times = [t for t in times if not _modifies_other_noun(text, t, ts, te)]
    times = [t for t in times if not _dates_other_event(text, t, ts, te, etype)]
    if etype == "cancellation" and status == "occurred":
        # "the forum, scheduled for October 22-23, was called off on Sunday": the forum's dates, or any date still
        # ahead, are not the cancellation's; when the sentence gives no other date, a past date the cancelled event
        # was set for stands for it, the nearest the text allows ("a panel scheduled for Wednesday was cancelled")
        past = [t for t in times if t["date_start"] is None or t["date_start"] <= ctx.published]
        own_day = [t for t in past if not SCHEDULED_FOR.search(text, max(0, t["char_start"] - 80), t["char_start"])]
        times = own_day or past
    own = dated(within(times, cs, ce))
    if not own and ce < len(text) and text[ce] == ",":
        # "The fighting, which erupted on Sept. 27, is the worst since ...": the subject's relative clause dates it
        own = [t for t in dated(times) if t["char_start"] > ce and _RELATIVE_TIME.fullmatch(text, ce, t["char_start"])]
    own = [t for t in own if t["char_start"] < te or not _in_since_aside(text, te, t["char_start"])]
    if etype in SPEECH_ACTS and status == "occurred":  # "X is expected to travel next month, Y said": the plan's month
        own = [t for t in own if fits_status(t, status, ctx.published)]
    if aggregate:
        return pick_date(own, ts)
    since = [t for t in own if SINCE.search(text[max(0, t["char_start"] - 12) : t["char_start"]])]
    # "reopen its border, closed since 1993, after ...": a since-phrase in another comma segment describes
    # something else, unless it opens the clause ("Since February, X has ...")
    aside = [
        t
        for t in since
        if ", " in text[min(ts, t["char_start"]) : max(ts, t["char_start"])]
        and text[cs : t["char_start"]].strip().lower() not in ("since", "ever since")
    ]
    since = [t for t in since if t not in aside]
    own = [t for t in own if t not in aside]
    own = [t for t in own if t not in since]
    if own:
        # "on Wednesday adopted a decision to hold a referendum on 20 September": of the clause's times, a planned
        # event takes the one still ahead
        ahead = [t for t in own if t["date_start"] > ctx.published] if status == "planned" else own
        own = ahead or own
        return _counted_back(text, own, ts) or pick_date(own, ts)
    after = [t for t in times if t["char_start"] >= ce and AFTER_CLAUSE.match(text[ce : t["char_start"]])]
    if after and status in ("occurred", "ongoing") and not aggregate:
        lo = min(t["date_start"] for t in after)  # "violations surged soon after the deal was announced in March"
        return (lo, max(lo, ctx.published))
    pool = [t for t in times if t["char_end"] <= cs and fits_status(t, status, ctx.published)]
    if since or (pool and SINCE_ADVERB.search(text[cs:ts])):
        # "since February", "has since demanded": a lower bound, the event lies between it and publication
        lo = min(t["date_start"] for t in since or pool)
        return (lo, max(lo, ctx.published))
    found = (pool and _counted_back(text, pool, ts)) or pick_date(pool or inherited, ts)
    if found is None and status == "occurred":
        return _reported_on(text, said, ts, sent[1], ctx.published)
    return found


_THAT = re.compile(r"\s*,?\s*that\b")
_OVER_A_SPAN = re.compile(r"\b(?:over|during|throughout|since)\b")


def _reported_on(text: str, said: list[Row], ts: int, end: int, published: dt.date) -> tuple[dt.date, dt.date] | None:
    """An event with no time of its own, told in what a speaker said on a named day ("the police said on Friday that
    14 people had been detained"): it happened by that day, and news tells what is new, so on it or the day before
    (the bounds a news story gives an undated report of the day's news). Not what the report sums up over a span
    ("had signed contracts worth $12 million over the four days")."""
    if _OVER_A_SPAN.search(text, ts, end):
        return None
    for t in said:
        day = t["date_start"]
        if (
            day is not None
            and day == t["date_end"]
            and day <= published
            and t["char_end"] <= ts
            and _THAT.match(text, t["char_end"])
        ):
            return (day - dt.timedelta(days=1), day)
    return None


# "on Thursday, two days after a commission met in Geneva": what follows "N days after" happened N days before the
# day named, and what follows "N days before" N days after it (hours, or "a day after" across midnight, are not
# counted: the day itself is as near as the words allow).
_COUNTED = re.compile(
    r",?\s+(?P<n>" + "|".join(NUMBER_WORDS) + r"|\d{1,2})\s+(?P<unit>days?|weeks?)\s+"
    # the event the phrase dates is its own clause's (not one a further clause embeds: "after he announced plans to
    # organise a march")
    r"(?P<dir>after|before)\s+(?:(?!(?:to|that|which|who|whom|where|when|if)\b)[^\s.;:!?]+\s+){0,10}\Z",
    re.I,
)


_SINCE_CLAUSE = re.compile(
    r"\bsince\s+(?:they|he|she|it|we|(?:the|their|its|his|her|both)\s+[\w-]+(?:\s+[\w-]+)?"
    r"|[A-Z][\w-]+(?:\s+and\s+[A-Z][\w-]+)?)\s+(?:had\s+|first\s+|last\s+)?"
    r"(?:went|fought|began|broke|came|fell|took|won|lost|left|met|signed|was|were|had|[a-z]+ed)\b"
)


# What opens a relative clause up to its time: ", which erupted on", ", which began in", ", signed on".
_RELATIVE_TIME = re.compile(r",\s*(?:(?:which|that)\s+(?:had\s+|has\s+|was\s+|were\s+)?)?[a-z]+ed\s+(?:on|in)\s+")


def _in_since_aside(text: str, te: int, at: int) -> bool:
    """The time at `at` lies in a clause of "since" with its own subject and verb, set off from the trigger by a comma:
    "have opened a hotline, the first since they went to war in the early 1990s" (that clause's event, the war, not
    the opening). A since-clause right after the trigger's verb gives the start of a state, kept: "have been displaced
    since the army shelled their homes in March"."""
    found = list(_SINCE_CLAUSE.finditer(text, te, at))
    if not found:
        return False
    last = found[-1]
    return "," in text[te : last.start()] and not any(c in text[last.end() : at] for c in ",;:")


def _counted_back(text: str, times: list[Row], ts: int) -> tuple[dt.date, dt.date] | None:
    """The day of an event told as N days or weeks after or before the day a time expression before it names."""
    before = [t for t in times if t["char_end"] <= ts and t["date_start"] is not None]
    if not before or len(before) < len(times):  # a time after the trigger is nearer the event it names
        return None
    t = max(before, key=lambda t: t["char_end"])
    m = _COUNTED.match(text, t["char_end"], ts)
    if m is None or t["date_start"] != t["date_end"]:
        return None
    n = count_of(m["n"])
    days = dt.timedelta(days=n * (7 if m["unit"].lower().startswith("week") else 1))
    day = t["date_start"] - days if m["dir"].lower() == "after" else t["date_start"] + days
    return (day, day)


# A time in a participle phrase after a noun ("the property of persons displaced in 1988-1994", "a museum built in
# 1970"): the time of what the participle says of that noun.
_PARTICIPLE_TIME = re.compile(
    r"\b(?P<head>[A-Za-z][\w-]*) (?P<part>[a-z]+ed|born|built|fought|taken|made|won|lost|begun|driven|written|given)"
    r" (?:in|between|from|since|until)\s+(?:the\s+)?\Z"
)
_NOT_A_HEAD = frozenset(
    {"was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "who", "which", "that", "it", "they"}
    | {"he", "she", "we", "and", "or", "not", "also"}
)


def _modifies_other_noun(text: str, t: Row, ts: int, te: int) -> bool:
    """A time expression that dates a participle modifying another noun than the trigger: "the first meeting of the
    group on the property of persons displaced in 1988-1994 took place" is not dated 1988-1994 (but "the talks held
    in Vienna in 2019" are, and so is a displacement whose trigger is "displaced")."""
    m = _PARTICIPLE_TIME.search(text, max(0, t["char_start"] - 60), t["char_start"])
    if m is None or m.group("head").lower() in _NOT_A_HEAD:
        return False
    return not (ts <= m.start("part") < te or ts <= m.start("head") < te)


# "the June elections", "Sunday's parliamentary elections", "the 7 June general election": a date before an event
# noun, with at most two adjectives between; "the elections in June", "the referendum of 7 June": one just after it.
_BEFORE_EVENT_NOUN = re.compile(
    r"(?:['’]s)?(?:\s+(?:[a-z]+(?:al|ary)|general|snap|regular|early|local|joint|planned|scheduled|next|first|second))"
    r"{0,2}\s+"
)
_AFTER_EVENT_NOUN = re.compile(r"\b(?P<noun>[A-Za-z]+)\s+(?:in|of|on)\s+(?:the\s+)?\Z")


# Votes named by their date ("the June elections") are landmarks of time: what happens around them has other dates.
_LANDMARK_NOUNS = tuple((rx, kind) for rx, kind in NOUN_TYPES if kind in ("election", "referendum"))


def _dates_other_event(text: str, t: Row, ts: int, te: int, etype: str) -> bool:
    """The time expression dates an election or a referendum named beside it, not a trigger of another kind ('walked
    out three months before the June elections', 'refused to postpone the vote until after the parliamentary
    elections in June'). Other event nouns are left alone: 'said at the talks on Friday' is said that Friday."""
    nouns = []
    gap = _BEFORE_EVENT_NOUN.match(text, t["char_end"])
    if gap:
        nouns.append(gap.end())
    lo = max(0, t["char_start"] - 40)
    after = _AFTER_EVENT_NOUN.search(text[lo : t["char_start"]])
    if after:
        nouns.append(lo + after.start("noun"))
    for at in nouns:
        if ts <= at < te:
            continue  # the trigger itself ('the June elections' reporting an election)
        for rx, kind in _LANDMARK_NOUNS:
            m = rx.match(text, at)
            if m and not text[m.end() : m.end() + 1].isalpha() and not compatible(etype, kind):
                return True
    return False


def _in_aside(text: str, t: Row, ts: int) -> bool:
    """A time in an aside between the speaker and 'said' ('..., who left between 1988 and 1991, said'), unless
    the aside is about the saying itself ('Alda Brun, speaking in March, said')."""
    if t["char_end"] > ts or not _ASIDE_END.fullmatch(text[t["char_end"] : ts]):
        return False
    opening = text.rfind(", ", 0, t["char_start"])
    return not (opening >= 0 and ABOUT_SAYING.match(text, opening + 2))


def continue_statements(claims: list[Row]) -> None:
    """'Trump said on Thursday ...' then '"...", Trump wrote.': an undated statement of the same speaker(s) a few
    sentences after a dated one, in the same section, continues it and takes its date."""
    last: dict[frozenset[str], Row] = {}
    for c in claims:
        if c["event_type"] != "statement":
            continue
        speakers = frozenset(p["entity_id"] for p in c["participants"] if p["role"] == "speaker")
        if c["date_start"] is not None:
            last[speakers] = c
            continue
        prev = last.get(speakers)
        if prev and prev["section"] == c["section"] and c["sentence"] - prev["sentence"] <= _STATEMENT_REACH:
            c.update({k: prev[k] for k in ("date_start", "date_end", "date_precision", "date_edtf")})


def dates_agree(a: Row, b: Row) -> bool:
    if a["date_start"] is None or b["date_start"] is None:
        return True
    a_end = a["date_end"] or dt.date.max
    b_end = b["date_end"] or dt.date.max
    return a["date_start"] <= b_end and b["date_start"] <= a_end


NEWS_WINDOW = dt.timedelta(days=7)  # a lede dated this close to publication reports the day's news


def is_news_lede(dateline: bool, lede_times: list[Row], published: dt.date) -> bool:
    """An article reports the day's news when its first sentence has a wire dateline or a date within a week of
    publication ('on Tuesday', 'today'); an analysis or feature opens otherwise."""
    return dateline or any(
        t["date_end"] is not None and published - NEWS_WINDOW <= t["date_end"] and t["date_start"] <= published
        for t in lede_times
    )


_TWO_DAYS = dt.timedelta(days=2)
# A speech verb in the simple present ('insists', 'says', 'denies', 'describes'): a stance, outside a headline.
_STANCE_VERB = re.compile(
    r"(?:insist|say|describe|den[iy]e|reject|accuse|blame|claim|call|consider|maintain|argue|demand|urge|regard)s\b",
    re.I,
)


def news_day(lede_times: list[Row], lede_claims: list[Row], published: dt.date) -> tuple[dt.date, dt.date] | None:
    """The day a news story's lede names for what it reports as done ('shot down ... early on Sunday'), when it is
    the publication day or one of the two before: the story's undated reactions, denials and 'the ministry said'
    are that day's news, not any day of the two around publication. Not the day of a plan ('will host ... on
    Friday'), nor the date of a dateline ('YEREVAN, 3 April 2028 -'), which says when the story was filed."""
    done = {c["date_start"] for c in lede_claims if c["status"] in ("occurred", "alleged") and c["date_start"]
            and c["date_start"] == c["date_end"]}  # fmt: skip
    for t in lede_times:
        lo = t["date_start"]
        if lo is not None and lo == t["date_end"] and lo in done and published - _TWO_DAYS <= lo <= published:
            return (lo, lo)
    return None


# Crowds a news story describes in the simple past without a date are part of the scene it reports: its day.
_SCENES = frozenset({"protest"})
# Kinds of event that no single day of news holds: a war named in a lede is its background ("the remains of
# soldiers who went missing during the first Karabakh war"); one that breaks out that day has its own date.
_NEVER_A_DAYS_NEWS = frozenset({"war"})


def context_date(
    text: str,
    c: Row,
    published: dt.date,
    *,
    news: bool,
    lede: bool,
    narrative: list[Row],
    news_day: tuple[dt.date, dt.date] | None = None,
) -> tuple[dt.date, dt.date] | None:
    """Bounds for a claim its own sentence does not date, from the conventions of news writing:
    - a report of the day's news (an undated 'said', 'welcomed', 'denied' in a news article, or any event in its
      lede) happened on the publication day or the day before;
    - an event told in the simple past, as a main clause, right after a sentence dated in the past continues
      that narrative.
    - in a news article, a present perfect right before the verb of an act that is no saying ('has launched an
      investigation') is the day's news too.
    A past perfect under a past saying ('police said they had detained') is that saying's simple past.
    Nothing for other perfect tenses, which place the event at some earlier time ('has long demanded', 'had been
    freed'), nor for a relative clause or a definite description of an event told elsewhere.
    The day's news is news_day when the lede names it (see news_day), else the publication day or the one before."""
    day = (c["event_type"] in SPEECH_ACTS and news_day) or (published - dt.timedelta(days=1), published)
    ts, te = c["trigger_start"], c["trigger_start"] + len(c["trigger"])
    before = text[max(c["char_start"], ts - 30) : ts]
    verb = before + text[ts:te]
    if c["status"] not in ("occurred", "alleged") or c["aggregate"]:
        return None
    backshifted = BACKSHIFTED.search(text[max(0, ts - 120) : ts]) and not DURATIVE.search(before)
    if PERFECT.search(verb) and not backshifted:
        clause = text[c["char_start"] : c["char_end"]]
        if (
            news
            # "has accused", "has called for": a stance held, not news, unless it opens a news story ("Baku, Feb 11.
            # The ministry has rejected the claim")
            and (c["event_type"] not in SPEECH_ACTS or lede)
            and (NEWS_PERFECT.search(before) or NEWS_PERFECT_IN.search(text, ts, te))
            and not DURATIVE.search(clause)
        ):
            return day
        return None
    if (
        news
        and not lede
        and c["event_type"] in SPEECH_ACTS
        and (_STANCE_VERB.match(c["trigger"]) or position_held(text, ts))
    ):
        # "Baku insists that ...", "Yerevan denies any role", and what such a position says ("Baku has repeatedly
        # said it will sign only after ..."): a position held, not the day's act
        return None
    if news and (lede or c["event_type"] in SPEECH_ACTS) and not c["anaphoric"]:
        if c["event_type"] in _NEVER_A_DAYS_NEWS:
            return None  # "soldiers who went missing during the first Karabakh war": the war is background
        return None if not lede and FRONTED_SPAN.match(text, c["char_start"]) else day
    finite = PAST_VERB.search(c["trigger"])
    if news and finite and c["event_type"] in _SCENES and c["own_subject"] and not c["anaphoric"]:
        # "A few dozen opposition supporters gathered outside the station": a crowd in a news story's own scene
        return news_day or day
    if (
        news
        and finite
        and c["own_subject"]
        and not c["anaphoric"]
        and ATTRIBUTED_AFTER.match(text, te, c["char_end"] + 80)
    ):
        # "Police detained 37 people, the ministry said": a fact a source reports in a news story is the day's news
        return day
    if backshifted and PERFECT.search(verb):
        # a backshifted report continues only a scene of one day ("On Monday, 150 people blocked the avenue. Police
        # said they had detained 11"), not a month a saying was dated by ("said in March they had agreed ...")
        if news and not narrative and finite and not c["anaphoric"] and c["event_type"] not in SPEECH_ACTS:
            # "The committee said it had opened a criminal case", with no date just before to continue: an undated
            # saying in a news story is the day's news, and so is what it reports done
            return day
        narrative = [t for t in narrative if t["date_start"] == t["date_end"]]
    if narrative and finite and c["own_subject"] and not c["anaphoric"] and c["event_type"] not in SPEECH_ACTS:
        past = [t for t in narrative if t["date_end"] <= published]
        return pick_date(past, ts) if past else None
    return None


# "Her counterpart dismissed it as one-sided", "Rights groups condemned the verdict": a reaction to what the sentence
# before told, by its object right after the verb.
_BACK_REFERENCE = re.compile(
    r"\s+(?:\w+ly\s+)?(?:it|this|the\s+(?:\w+\s+)?(?:verdict|sentence|ruling|decision|report|ceremony|accusations?"
    r"|claims?|charges?|move|attack|strike|incident|arrests?|detention|expulsion|ban|statement|remarks|comments"
    r"|vote|deal|agreement|memorandum|decree|law|bill|resolution|plan|proposal|demand|request|findings"
    r"|announcement|appointment|visit|meeting|talks|protests?|march|rally|closure|exercises?|drills?))\b",
    re.I,
)


def reaction_date(
    text: str, c: Row, narrative: list[Row], told_before: list[Row], published: dt.date
) -> tuple[dt.date, dt.date] | None:
    """A speech act in the simple past that reacts to what the sentence just before dated ('In March, the ombudsman
    published a report ... Her counterpart dismissed it as one-sided') happened then too. An object that names an
    event ('condemned the verdict') must name one of that sentence's events (`told_before`): after 'He was arrested
    in January', 'the verdict' is another event than the arrest."""
    if c["event_type"] not in SPEECH_ACTS or c["status"] not in ("occurred", "alleged") or c["aggregate"]:
        return None
    ts, te = c["trigger_start"], c["trigger_start"] + len(c["trigger"])
    if not (PAST_VERB.search(c["trigger"]) and c["own_subject"]) or PERFECT.search(text[max(0, ts - 30) : te]):
        return None
    verb_end = ts + len(c["trigger"].split()[0])  # the object may be inside the trigger ('dismissed it as')
    ref = _BACK_REFERENCE.match(text, verb_end, c["char_end"])
    if ref is None:
        return None
    noun = ref.group().split()[-1]
    # a saying named back ('the accusation') may be one told in other words ('blamed'): only acts are checked
    named = {t for pattern, t in NOUN_TYPES if pattern.fullmatch(noun) and t not in SPEECH_ACTS}
    if named and not any(compatible(p["event_type"], t) for p in told_before for t in named):
        return None
    past = [t for t in narrative if t["date_end"] <= published]
    return pick_date(past, ts) if past else None


_ANCHOR_REACH = 30  # sentences back in which the event an anchor names ('during the vote') is looked for
# Where an earlier sentence names the event an anchor refers to: 'the vote' in 'voted', 'the signing' in 'signed'.
_NAMED = {n: re.compile(rf"\b{re.sub(r'(?:ing|ment|s|e)$', '', n)}\w*", re.I) for n in ANCHOR_NOUNS}
_DAY = dt.timedelta(days=1)
_EMBEDDING = re.compile(r"\b(?:that|which|who|whom|whose|after|before|since|when|if)\b|[\"“”]", re.I)
_OPENING = re.compile(r"\W*(?:(?:and|but|then|so|also)\s+)?", re.I)


def lede_bounds(times: list[Row], claims: list[Row]) -> tuple[dt.date, dt.date] | None:
    """The one day a news story's lede gives (its time expressions, else its dated claims), if it gives one."""
    bounds = _bounds_of(times, claims)
    return bounds if bounds is not None and bounds[0] == bounds[1] else None


def _bounds_of(times: list[Row], claims: list[Row]) -> tuple[dt.date, dt.date] | None:
    """The one date a sentence gives: its time expressions if they agree, else its dated claims if they agree."""
    for rows in (times, [c for c in claims if c["date_start"] is not None]):
        found = {(r["date_start"], r["date_end"]) for r in rows if r["date_end"] is not None}
        if len(found) == 1:
            return found.pop()
        if found:
            return None
    return None


def anchored_date(
    text: str,
    sentence_start: int,
    c: Row,
    told: list[tuple[int, int, list[Row], list[Row]]],
    main: tuple[dt.date, dt.date] | None = None,
) -> tuple[dt.date, dt.date] | None:
    """Bounds for a claim timed by another event its article dates: 'supporters gathered outside the court during
    the hearing' takes the day of the hearing, 'the day after the signing, the ministry accused' the day after it,
    'The next day, ...' the day after the date of the sentence before. `told` holds the article's earlier sentences
    as (start, end, dated time expressions, claims), latest last; `main`, the date of a news story's lede, is the
    date of an event no earlier sentence dates ('On the sidelines of the event, the minister met ...' after a lede
    that dates the signing ceremony)."""
    if c["status"] == "alleged" and c["event_type"] not in SPEECH_ACTS:
        return None  # 'the day after the signing, Baku accused Yerevan of shelling': the shelling is not timed by it
    span = text[sentence_start : c["char_end"]]
    m = EVENT_ANCHOR.search(span)
    # the anchor times the claim's own clause, or the whole sentence when it opens it ('After the ceremony, X met Y')
    if m is not None and sentence_start + m.start() < c["char_start"] and not _OPENING.fullmatch(span[: m.start()]):
        m = None
    if m is not None:  # '... told Azatutyun after the hearing that his client had been beaten soon after his arrest':
        ts = c["trigger_start"] - sentence_start  # the hearing times the telling, not the arrest it tells of
        between = span[m.end() : ts] if ts >= m.end() else span[ts : m.start()]
        if _EMBEDDING.search(between):
            m = None
    if m is not None:
        named = _NAMED[m.group("noun").lower()]
        for ss, se, times, claims in reversed(told[-_ANCHOR_REACH:]):
            bounds = _bounds_of(times, claims) if named.search(text, ss, se) else None
            if bounds is not None:
                break
        else:
            bounds = main
        if bounds is None:
            return None
        named_here = sentence_start + m.start("noun") <= c["trigger_start"] < sentence_start + m.end("noun")
        if m.group("next") and not named_here:  # 'the signing' itself, in 'the day after the signing', is the signing
            return bounds[0] + _DAY, bounds[1] + _DAY
        return bounds
    # timex dates 'the next day' itself only from a day-precise time phrase close before it; this also counts
    # from the sentence before when its claims carry the day (a news day, an anchor)
    if NEXT_DAY.search(span) and told:
        _, _, times, claims = told[-1]
        bounds = _bounds_of(times, claims)
        if bounds is not None and bounds[0] == bounds[1]:
            return bounds[0] + _DAY, bounds[1] + _DAY
    return None


# "would appeal within the 20 days allowed by law", "within the next month", "before the one-month deadline
# expires": a step planned against a ruling its article dates runs from the ruling's day to the deadline.
_DEADLINE = re.compile(
    r"\b(?:within|before)\s+(?:the\s+)?(?P<next>(?:next|statutory|coming)\s+)?"
    r"(?:(?P<n>" + "|".join(NUMBER_WORDS) + r"|\d{1,3})[\s-]+)?(?P<unit>day|week|month)s?\b",
    re.I,
)
_DEADLINE_REACH = 200  # characters after the trigger in which the deadline is looked for (its sentence)


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = add_months(d.year, d.month, n)
    return d.replace(year=y, month=m, day=min(d.day, month_end(y, m).day))


def deadline_dates(text: str, claims: list[Row]) -> None:
    """Date the planned legal steps whose sentence gives a deadline from the last one-day ruling told before them."""
    ruling: dt.date | None = None
    for c in sorted(claims, key=lambda c: c["char_start"]):
        if c["event_type"] == "court_ruling" and c["status"] == "occurred":
            if c["date_start"] is not None and c["date_start"] == c["date_end"]:
                ruling = c["date_start"]
            continue
        if ruling is None or c["event_type"] != "legal_action" or c["status"] != "planned" or c["date_start"]:
            continue
        ts = c["trigger_start"]
        end = text.find(".", ts, ts + _DEADLINE_REACH)
        m = _DEADLINE.search(text, ts, end if end >= 0 else ts + _DEADLINE_REACH)
        if m is None or not (m["n"] or m["next"]):
            continue
        n = count_of(m["n"]) if m["n"] else 1  # "within the next month"
        unit = m["unit"].lower()
        hi = _add_months(ruling, n) if unit == "month" else ruling + dt.timedelta(days=n * (7 if unit == "week" else 1))
        c.update(date_fields(ruling, hi))

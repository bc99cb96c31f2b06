"""One real event = one row: merge per-article event claims across (and within) articles.

Claims merge when (1) their types are compatible (lexicon.COMPATIBLE, e.g. summit~meeting~talks),
(2) their date bounds overlap (a claim with an unknown date needs strong participant overlap instead),
(3) their participants overlap on party keys (a person or capital counts as the country it acts for), and
the ones who act/say/accuse do not contradict, and (4) no two claims come from the same sentence (two
events in one sentence are distinct by construction). A claim with neither date nor participants attaches to
the nearest preceding compatible event of its own article (within two sentences) or is dropped. Claims are placed
one at a time; afterwards, an event that one of its claims ties to an earlier event of other articles joins it
(_bridge), and one actor's saying that one outlet tells as a statement and another as an accusation is one event
(_told_otherwise).

Event IDs: "evt-" + sha256(event_type | date_start | date_end | up to three main party keys)[:16]. They
do not depend on row order or on unrelated articles; they change when a new article makes the date more
precise, changes the majority type, or changes the main participants of the same event (see docs/events.md).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from array import array
from bisect import bisect_left, insort
from collections import Counter
from dataclasses import dataclass
from typing import Any

from caucasus_peace.events.cues import DENYING
from caucasus_peace.events.dating import date_fields
from caucasus_peace.events.lexicon import AGENT_ROLES, CAMEO, COMPATIBLE, PATIENT_ROLES, SPEECH_ACTS, compatible
from caucasus_peace.events.titles import make_title

Row = dict[str, Any]

STATUSES = ("occurred", "ongoing", "planned", "possible", "alleged")
# Merged status: the most assertive status a claim can know (occurred only from an article published on or
# after the event's start; otherwise the article can only have planned or expected it).
STATUS_PRECEDENCE = ("occurred", "ongoing", "alleged", "planned", "possible")
TYPE_PRIORITY = ("summit", "talks", "meeting", "war", "armed_clash", "raid", "detention", "arrest")
PRECISION_RANK = {"day": 0, "month": 1, "year": 2, "decade": 3, "century": 4, "unknown": 5}
_OPEN = dt.date.max
_NONE = dt.timedelta(0)


# ------------------------------------------------------------------ clustering
class Cluster:
    """A growing event. Aggregates over its claims are kept up to date in add(), so that scoring a claim
    against a cluster costs the same however many articles already report the event."""

    def __init__(self, sid: str, claim: Row) -> None:
        self.items: list[tuple[str, Row]] = []
        self.by_sid: dict[str, list[Row]] = {}  # the claims of each article, in the order they were added
        self.lo: dt.date | None = None
        self.hi: dt.date | None = None
        self.split = claim.get("_split")
        self.aggregate = bool(claim.get("aggregate"))
        self.curated: Row | None = None
        self.types: set[str] = set()
        self.keys: set[str] = set()
        self.sentences: set[tuple[str, Any]] = set()
        self.sids: set[str] = set()
        self.places: set[str] = set()
        self.actor_keys: set[str] = set()
        self.target_keys: set[str] = set()
        self.agent_keys: set[str] = set()  # who acts in any role (signatory included), for _same_plan
        self.held: set[str] = set()  # the named people acted on (detained, released, killed)
        self.has_occurred = False
        self.shingles: set[tuple[str, ...]] = set()  # word 5-grams of the evidence quotes
        self.tokens: set[str] = set()  # content words of the evidence quotes (what the reports are about)
        # Publication dates of the claims, for _fits_publication over all of them at once.
        self.planned_pubs: tuple[dt.date, dt.date] | None = None  # (min, max) over planned/possible claims
        self.other_pub_min: dt.date | None = None
        self.add(sid, claim)

    def add(self, sid: str, c: Row) -> None:
        self.items.append((sid, c))
        self.by_sid.setdefault(sid, []).append(c)
        self.types.add(c["event_type"])
        self.keys.update(c.get("party_keys", []))
        self.sentences.add((sid, c.get("sentence", c["char_start"])))
        self.sids.add(sid)
        if c.get("place_id"):
            self.places.add(c["place_id"])
        self.actor_keys.update(_source_keys(c))
        self.target_keys.update(c.get("target_keys", []))
        self.agent_keys.update(c.get("agent_keys", []))
        self.held |= _held(c)
        self.has_occurred = self.has_occurred or c["status"] == "occurred"
        self.shingles |= _shingles(c.get("quote", ""))
        self.tokens |= claim_tokens(c)
        pub = c.get("published")
        if pub is not None:
            if c["status"] in ("planned", "possible"):
                lo, hi = self.planned_pubs or (pub, pub)
                self.planned_pubs = (min(lo, pub), max(hi, pub))
            else:
                self.other_pub_min = pub if self.other_pub_min is None else min(self.other_pub_min, pub)
        if c.get("date_start") is not None:
            hi = c.get("date_end") or _OPEN
            if self.lo is None:
                self.lo, self.hi = c["date_start"], hi
            else:
                lo2, hi2 = max(self.lo, c["date_start"]), min(self.hi, hi)
                if lo2 <= hi2:
                    self.lo, self.hi = lo2, hi2

    def fits_all_publications(self, lo: dt.date | None, hi: dt.date | None, slack: dt.timedelta = _NONE) -> bool:
        """_fits_publication(o, lo, hi, slack) for every claim o of the cluster, from the aggregates."""
        if lo is None:
            return True
        if self.planned_pubs is not None:
            first, last = self.planned_pubs
            if (hi or _OPEN) < last or lo > first + dt.timedelta(days=366):
                return False
        return self.other_pub_min is None or lo <= self.other_pub_min + slack


def _held(c: Row) -> set[str]:
    """The people a claim names as acted on ('detained Alda Brun'): two such claims about other people differ."""
    return {p["entity_id"] for p in c["participants"] if p["role"] in PATIENT_ROLES and p["entity_type"] == "person"}


def _source_keys(c: Row) -> set[str]:
    return set(c.get("actor_keys", []))


_WORD = re.compile(r"\w+")


def _bounds(c: Row) -> tuple[dt.date | None, dt.date]:
    """Date bounds used to compare a claim with an event. An undated claim reported as ongoing ('are locked in a
    battle') is known to include its article's publication day, so it can only be an event spanning that day."""
    if c.get("date_start") is None and c["status"] == "ongoing" and c.get("published"):
        return c["published"], c["published"]
    return c.get("date_start"), c.get("date_end") or _OPEN


def _fits_publication(c: Row, lo: dt.date | None, hi: dt.date | None, slack: dt.timedelta = _NONE) -> bool:
    """Past events are reported as occurred, near-future ones as planned: no 2020 article plans a 2025 event. With a
    slack, an event that outlets date up to DAYS_APART days apart (_dated_apart) may lie that far past a report's
    publication: one outlet's date is wrong, and each report keeps its own (event_sources.passage_date_start)."""
    pub = c.get("published")
    if pub is None or lo is None:
        return True
    if c["status"] in ("planned", "possible"):
        return (hi or _OPEN) >= pub and lo <= pub + dt.timedelta(days=366)
    return lo <= pub + slack


def _shingles(quote: str, n: int = 5) -> set[tuple[str, ...]]:
    words = _WORD.findall(quote.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


_TOKEN = re.compile(r"[^\W\d_][\w’'-]+|\d[\d,.]*\d|\d")
_STOP = frozenset(  # function words and calendar words say nothing about which event a report is about
    (
        "the",
        "and",
        "for",
        "with",
        "from",
        "that",
        "this",
        "these",
        "those",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "said",
        "says",
        "told",
        "their",
        "its",
        "his",
        "her",
        "they",
        "them",
        "was",
        "were",
        "been",
        "being",
        "are",
        "not",
        "but",
        "also",
        "after",
        "before",
        "over",
        "under",
        "into",
        "about",
        "than",
        "more",
        "most",
        "some",
        "any",
        "all",
        "both",
        "each",
        "other",
        "such",
        "only",
        "new",
        "first",
        "last",
        "two",
        "three",
        "one",
        "who",
        "which",
        "what",
        "when",
        "where",
        "while",
        "there",
        "here",
        "then",
        "than",
        "said",
        "saying",
        "according",
        "since",
        "during",
        "until",
        "between",
        "against",
        "among",
        "through",
        "would",
        "within",
        "without",
        "our",
        "your",
        "its",
        "it",
        "he",
        "she",
        "we",
        "us",
        "you",
        "an",
        "as",
        "at",
        "by",
        "in",
        "of",
        "on",
        "or",
        "to",
        "is",
        "be",
        "do",
        "did",
        "does",
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    )
)
SIM_STRONG = 0.4  # share of a report's distinctive words found in an event's reports that speaks for one event
SIM_APART = 0.15  # the same, for two outlets' reports of one event dated a few days apart (_dated_apart)
SIM_RETOLD = 0.6  # the same, for an undated retelling of a dated speech act (the actor's name alone is not enough)


def claim_tokens(c: Row) -> frozenset[str]:
    """Content words of a claim's quote, lower-cased ('protocol', 'agarak', '47.3'); computed once per claim."""
    if "_tokens" not in c:
        words = (w.lower().strip("’'-") for w in _TOKEN.findall(c.get("quote", "")))
        c["_tokens"] = frozenset(w for w in words if len(w) >= 3 and w not in _STOP)
    return c["_tokens"]


def token_weights(claims: list[tuple[str, Row]]) -> dict[str, float]:
    """Inverse document frequency of each content word over all claims: rare words say more about an event."""
    df: Counter[str] = Counter()
    for _, c in claims:
        df.update(claim_tokens(c))
    n = len(claims) + 1
    return {t: math.log(n / (f + 1)) + 1e-9 for t, f in df.items()}


def similarity(c: Row, k: Cluster, idf: dict[str, float]) -> float:
    """Weighted share of the claim's content words that the event's reports also use. The words are summed
    in sorted order: a set's order changes with Python's string hashing from one process to the next, and
    so would the last bits of a float sum, and with them a tie between two candidate events."""
    if "_weighted" not in c:  # computed once per claim (idf is fixed for one merge), not once per candidate
        c["_weighted"] = tuple((t, idf.get(t, 0.0)) for t in sorted(claim_tokens(c)))
        c["_weight"] = sum(w for _, w in c["_weighted"])
    total = c["_weight"]
    tokens = k.tokens
    return sum([w for t, w in c["_weighted"] if t in tokens]) / total if total else 0.0


def _same_statement(c: Row, k: Cluster) -> bool:
    """A statement is a moment: two articles report the same one when they date it to the same day or quote
    the same words (five in a row). Otherwise every 'X said' of a prolific speaker would become one event."""
    day = c.get("date_precision") == "day" and k.lo is not None and k.lo == k.hi == c.get("date_start")
    if day:
        return True
    # the day's news of two outlets (publication day or the day before) that overlap: the same moment
    lo, hi = c.get("date_start"), c.get("date_end")
    if _news_days(lo, hi) and _news_days(k.lo, k.hi) and lo <= k.hi and k.lo <= hi:
        return True
    if "_shingles" not in c:  # computed once per claim, not once per candidate
        c["_shingles"] = _shingles(c.get("quote", ""))
    return not c["_shingles"].isdisjoint(k.shingles)


def _standing(c: Row, k: Cluster, sim: float) -> bool:
    """A position held over time and told undated in two outlets' words ('Baku insists that Armenia must first amend
    its constitution', 'Azerbaijan wants Armenia to remove from its constitution ...'): the same actor's speech act of
    the same kind, going on, with some of its distinctive words (not the share that ties two sayings of one day)."""
    return (
        c["status"] == "ongoing"
        and c.get("date_start") is None
        and k.lo is None
        and c["event_type"] in k.types
        and sim >= SIM_APART
        and not _source_keys(c).isdisjoint(k.actor_keys)
    )


@dataclass(frozen=True, slots=True)
class _Probe:
    """What _score needs of one claim, computed once per placement rather than once per candidate event."""

    sid: str
    claim: Row
    lo: dt.date | None  # _bounds
    hi: dt.date
    start: dt.date | None  # the claim's own dates
    end: dt.date | None
    event_type: str
    compatible: frozenset[str]  # the types compatible with event_type (lexicon.compatible)
    speech: bool
    split: Any
    aggregate: bool
    sentence: tuple[str, Any]
    separate: bool
    planned: bool  # planned or possible, in a dated article
    sources: set[str]  # _source_keys
    agents: set[str]
    targets: set[str]
    held: set[str]
    keys: set[str]

    @classmethod
    def of(cls, sid: str, c: Row) -> _Probe:
        lo, hi = _bounds(c)
        return cls(
            sid, c, lo, hi, c.get("date_start"), c.get("date_end"), c["event_type"], _COMPATIBLE_WITH[c["event_type"]],
            c["event_type"] in SPEECH_ACTS,
            c.get("_split"), bool(c.get("aggregate")), (sid, c.get("sentence", c["char_start"])),
            bool(c.get("separate")), bool(c["status"] in ("planned", "possible") and c.get("published")),
            _source_keys(c), set(c.get("agent_keys", [])), set(c.get("target_keys", [])), _held(c),
            set(c.get("party_keys", [])),
        )  # fmt: skip

    def refuses(self, k: Cluster) -> bool:
        """The cheap refusals, on dates, kinds and parties alone (each one a refusal of _score, or implied by one
        that _fit repeats): most candidates of a big corpus end here, before any similarity is computed."""
        if k.curated is not None or self.split != k.split or self.aggregate != k.aggregate:
            return True  # a series of wars ('went to war twice') is not any one of them
        overlap = self.lo is None or k.lo is None or (self.lo <= k.hi and k.lo <= self.hi)
        if not overlap and not _next_day_same_people(self.claim, k) and not _dated_apart(self.sid, self.claim, k):
            return True  # dates apart (but one report may date the same people's arrest a day later)
        # An undated accusation is not the one reported with a date ("each side accused ..."), unless it retells it
        # (_recounted, which _fit tests in full): here only its part that needs no similarity, the same actor.
        if self.speech and (self.start is None) != (k.lo is None) and self.sources.isdisjoint(k.actor_keys):
            return True
        slack = _NONE if overlap else _APART  # dated a few days apart by two outlets
        if not _fits_publication(self.claim, k.lo, k.hi, slack) or not k.fits_all_publications(
            self.start, self.end, slack
        ):
            return True
        if not k.types <= self.compatible:
            return True
        if self.lo is None or k.lo is None:  # not both dated: parties must overlap, or words for a party-less report
            if self.keys:
                return self.keys.isdisjoint(k.keys)
            return self.event_type not in k.types or not _recent(self.claim, k)
        return bool(self.keys and k.keys and self.keys.isdisjoint(k.keys) and self.event_type not in k.types)


def _score(sid: str, c: Row, k: Cluster, idf: dict[str, float] | None = None) -> float | None:
    """How well claim c fits cluster k; None when it must not merge (see _fit)."""
    probe = _Probe.of(sid, c)
    return None if probe.refuses(k) else _fit(probe, k, idf)


def _fit(p: _Probe, k: Cluster, idf: dict[str, float] | None = None) -> float | None:
    """_score for a candidate that _Probe.refuses let through. Shared distinctive words (similarity) can stand in
    for shared parties when the parties of one report are unnamed or named otherwise ('the sides'). Every refusal
    is a pure test, so their order does not change the result: the cheap ones that do not need the similarity
    come first, and the similarity is computed only for a candidate that passes them."""
    sid, c = p.sid, p.claim
    c_dated, k_dated = p.lo is not None, k.lo is not None
    if p.sentence in k.sentences:
        return None
    if p.separate and sid in k.sids:
        return None  # "In a separate case, ...": not an event its article reported before
    if not k.types <= p.compatible:
        return None
    speech = p.speech
    if speech and (p.start is None) != (k.lo is None) and not (_recounted(c, k, idf) or _said_that_day(c, k, idf)):
        return None  # an undated accusation is not the one reported with a date ('each side accused ... this month')
    if p.start is None and c_dated and k_dated and (k.hi - k.lo).days < 1:
        return None  # an ongoing process ('negotiations are continuing') is not a one-day event
    if p.planned and k_dated and k.hi <= c["published"] and k.has_occurred:
        return None  # 'the US would sign deals' is not the memorandum already signed that day
    src_c = p.sources
    kinds = {p.event_type, *k.types}
    if (
        "diplomatic_protest" in kinds
        and kinds & {"criticism", "accusation"}
        and not (src_c & k.actor_keys and c_dated and k_dated)
    ):
        return None  # a summoned ambassador is one with a criticism or accusation only from the same actor and date
    agents_c = p.agents
    if (
        p.event_type == "agreement_signing"
        and agents_c
        and k.agent_keys
        and not (agents_c & k.agent_keys)
        and not (agents_c & k.keys)
    ):  # the US signing deals with both countries is not the two countries signing their peace (but "X signed with
        return None  # Y" and "Y signed with X" are one signing: each names the other)
    if speech:
        tgt_c = p.targets
        if tgt_c and k.target_keys and not (tgt_c & k.target_keys):
            return None  # Baku accusing Russian police is not Azerbaijan accusing the Armenians
    # The refusals below can be lifted by shared distinctive words.
    sim = similarity(c, k, idf) if idf else 0.0
    strong = sim >= SIM_STRONG
    if (
        speech
        and sid not in k.sids
        and not (_same_statement(c, k) or strong or _standing(c, k, sim) or _said_that_day(c, k, idf))
    ):
        return None
    if not strong and sid not in k.sids and _distant_plan(c, k):
        return None  # "the US would sign deals" (August) is not the declaration signed in Almaty in April
    if not speech and not strong:
        # "Melkonyan was detained" is not the detention of other named people
        held = p.held
        if held and k.held and held.isdisjoint(k.held):
            return None
    ck, kk = p.keys, k.keys
    inter = ck & kk
    apart = c_dated and k_dated and not (p.lo <= k.hi and k.lo <= p.hi)
    if apart and not _next_day_same_people(c, k):  # _dated_apart: two outlets' dates of one event, if it is one
        if src_c and k.actor_keys and src_c.isdisjoint(k.actor_keys):
            return None  # Aliyev's pardon on Thursday is not Khachaturyan's on Friday
        if sim < SIM_APART and not (not speech and c.get("place_id") in k.places and (not ck or not kk or inter)):
            return None
    if c_dated and k_dated:
        if ck and kk and not inter:
            precise = (
                p.start is not None
                and PRECISION_RANK[c["date_precision"]] <= 1
                and k.hi != _OPEN
                and (k.hi - k.lo).days <= 31
            )
            if not ((precise or strong) and p.event_type in k.types):
                return None
    else:
        if not inter and not (strong and p.event_type in k.types and not ck and _recent(c, k)):
            return None  # an undated report names no party: its words may tie it to an event of its days
        if inter and len(inter) < 2 and len(inter) / min(len(ck), len(kk)) < 0.99 and not (_same_plan(c, k) or strong):
            return None
    if (
        src_c
        and k.actor_keys
        and not (src_c & k.actor_keys)
        and not (strong and p.event_type in k.types)
        and not (c_dated and k_dated and p.held & k.held)
        and not _ruling_retold(p, k)
    ):  # other actors, unless the same named people are acted on at the same dates ('a Yerevan court sentenced
        return None  # Gasparyan', 'the Court of General Jurisdiction of Yerevan found Gasparyan guilty')
    jac = len(inter) / len(ck | kk) if ck | kk else 0.0
    same_source = sid in k.sids
    same_place = c.get("place_id") in k.places
    same_agents = bool(agents_c & k.agent_keys)  # the same ones act, sign or speak: stronger than shared names
    return (
        jac
        + 0.5 * (c_dated and k_dated)
        - 0.25 * apart  # a report of the same days fits better than one dated apart
        + 0.3 * same_agents
        + 0.2 * same_source
        + 0.1 * bool(same_place)
        + 0.5 * sim
    )


def _ruling_retold(p: _Probe, k: Cluster) -> bool:
    """One article tells the ruling it reports again, naming the court another way, on the same day: 'A Yerevan court
    on Wednesday acquitted a former commander', then 'Judge X of the Court of General Jurisdiction ruled that ...'."""
    return (
        p.event_type == "court_ruling"
        and p.sid in k.sids
        and p.start is not None
        and p.start == p.end == k.lo == k.hi
        and p.event_type in k.types
    )


_RECENT = dt.timedelta(days=45)


def _recounted(c: Row, k: Cluster, idf: dict[str, float] | None) -> bool:
    """An undated speech act that retells a dated one of the same actor in its own words ('Russia's Foreign Ministry
    summoned Armenia's ambassador and handed him a note of protest', in an analysis weeks later): the same actor,
    the dated one before the undated report was published, and distinctive words in common."""
    if not idf or not (_source_keys(c) & k.actor_keys):
        return False
    pub = c.get("published") if c.get("date_start") is None else k.other_pub_min
    lo = k.lo if c.get("date_start") is None else c.get("date_start")
    return pub is not None and lo is not None and lo <= pub and similarity(c, k, idf) >= SIM_RETOLD


def _said_that_day(c: Row, k: Cluster, idf: dict[str, float] | None) -> bool:
    """An undated saying in the day's news ('the ministry said', in an article of the next morning) and the same
    actor's saying of that kind that another outlet dates to the report's publication day or the day before: one
    statement, when they share some distinctive words (not the share that ties a retelling weeks later)."""
    pub = c.get("published")
    if not idf or pub is None or c.get("date_start") is not None or c["status"] not in ("occurred", "alleged"):
        return False
    if k.lo is None or k.hi is None or not (pub - _ONE_DAY <= k.lo and k.hi <= pub) or c["event_type"] not in k.types:
        return False
    return bool(_source_keys(c) & k.actor_keys) and similarity(c, k, idf) >= SIM_APART


_PLAN_REACH = dt.timedelta(days=60)
# An undated report retells an event of at most this many days before it: an analysis retells the weeks before it
# (as a plan looks _PLAN_REACH ahead), and the event must be the only one of its kind, words and parties then. Past
# the first _SOLE_NEAR days it must share SIM_STRONG of the report's words, not SIM_SOLE: a summoned ambassador a
# month later, over another matter, is another summons.
_SOLE_DAYS = _PLAN_REACH
_SOLE_NEAR = dt.timedelta(days=14)
_SOLE_SPAN = 7  # ... dated to at most this many days
SOLE_SCORE = 0.05  # the merge score of such a join: the weakest there is, for a reviewer to check
SIM_SOLE = 0.25  # ... which also needs this share of its distinctive words in the event's reports


def _distant_plan(c: Row, k: Cluster) -> bool:
    """An undated plan ('will sign', 'could seal a deal') and an event dated more than two months after the plan was
    reported: without shared distinctive words, a later event of the same kind, not the one planned."""
    if c.get("date_start") is None and c["status"] in ("planned", "possible") and c.get("published"):
        return k.lo is not None and k.lo > c["published"] + _PLAN_REACH
    if k.lo is None and k.planned_pubs is not None and not k.has_occurred and c.get("date_start") is not None:
        return c["date_start"] > k.planned_pubs[1] + _PLAN_REACH
    return False


_ONE_DAY = dt.timedelta(days=1)


def _next_day_same_people(c: Row, k: Cluster) -> bool:
    """Two reports of what was done to the same named people, one on a day and the other on the next ('detained
    on Tuesday evening', 'detained late on Wednesday'): one event that outlets date a day apart (a late hour, a
    time zone), not two. Speech acts and events without named people are repeated day after day, so they stay
    apart."""
    lo, hi = c.get("date_start"), c.get("date_end")
    if lo is None or hi != lo or k.lo is None or k.hi != k.lo or c["event_type"] in SPEECH_ACTS:
        return False
    return abs(lo - k.lo) == _ONE_DAY and bool(_held(c) & k.held)


DAYS_APART = 3  # outlets date one event up to this many days apart ('on Tuesday', 'late on Wednesday', 'yesterday')
_APART = dt.timedelta(days=DAYS_APART)
NEWS_DAYS = 1  # a day's news: one day, or the publication day and the day before ('has been detained', 'said')


def _news_days(lo: dt.date | None, hi: dt.date | None) -> bool:
    """Dated to one day or to two consecutive days (the window of a report dated by its publication)."""
    return lo is not None and hi is not None and (hi - lo).days <= NEWS_DAYS


def _dated_apart(sid: str, c: Row, k: Cluster) -> bool:
    """Another article's report of an event of the same type dated to a day (or a day's news, two days) up to three
    from the event's day or days: maybe the same event dated differently by two outlets ('detained on Monday', 'has
    been detained' in Wednesday's paper). _fit then asks for the same actor (or none named) and the same place or
    shared distinctive words."""
    lo, hi = c.get("date_start"), c.get("date_end")
    if not _news_days(lo, hi) or not _news_days(k.lo, k.hi) or sid in k.sids:
        return False
    return 0 < max((lo - k.hi).days, (k.lo - hi).days) <= DAYS_APART and c["event_type"] in k.types


def _recent(c: Row, k: Cluster) -> bool:
    """The event is dated around the claim's publication: what an undated report of the day's news can refer to."""
    pub = c.get("published")
    if pub is None or k.lo is None:
        return False
    return k.lo <= pub + dt.timedelta(days=7) and (k.hi or _OPEN) >= pub - _RECENT


_PLAN_DAYS = 4  # undated plans of one actor reported within this many days are one plan


def _same_plan(c: Row, k: Cluster) -> bool:
    """'Washington will sign deals with both countries' and 'the US would sign agreements with both states', both
    undated and reported days apart: one planned event of the same actor."""
    if c["status"] not in ("planned", "possible") or c.get("date_start") is not None or k.lo is not None:
        return False
    if k.has_occurred or k.other_pub_min is not None or k.planned_pubs is None or c.get("published") is None:
        return False
    if c["event_type"] not in k.types or not set(c.get("agent_keys", [])) & k.agent_keys:
        return False
    first, last = k.planned_pubs
    return (last - c["published"]).days <= _PLAN_DAYS and (c["published"] - first).days <= _PLAN_DAYS


def _anchored(c: Row) -> bool:
    return c.get("date_start") is not None or bool(c.get("party_keys"))


# Procedures whose next step is news although the report names nobody who takes it ('she would appeal', 'a
# referendum will be held'); a plan of another kind without a party is too vague to stand alone.
_PROCEDURES = frozenset({"legal_action", "referendum"})


def _announced(c: Row) -> bool:
    """'Her lawyer said she would appeal': a step announced, news of its own although it names no party or date."""
    return c["event_type"] in _PROCEDURES and c["status"] in ("planned", "possible") and not c.get("anaphoric")


# Kinds of event that are news although their report names no known party and no date: a saying, a criticism or a
# demand of a speaker the registry does not know ('His critics say ...', 'Some fans objected ...', 'the defendant
# asked for leniency'), a crowd that protests, unnamed people detained ('six men were detained').
_NEWS_UNNAMED = SPEECH_ACTS | {"protest", "detention"}


def _unnamed_but_news(c: Row) -> bool:
    """A claim of _NEWS_UNNAMED that is no definite description of an event told before ('the protest')."""
    return c["event_type"] in _NEWS_UNNAMED and not c.get("anaphoric")


# Kinds of event that a report tells over several sentences, each naming some of its parties: an undated one
# continues the event just told ('The court sentenced A to five years. B received two years.': one verdict).
_TOLD_ON = frozenset({"court_ruling"})


def _deferred(c: Row) -> bool:
    """Claims resolved against their own article first: no date and no parties ('six were arrested'), an undated
    definite description of an event ('the meeting with Pompeo', 'the crash'), or an undated sentence of a verdict
    (_TOLD_ON)."""
    undated = c.get("date_start") is None
    return not _anchored(c) or (undated and (bool(c.get("anaphoric")) or c["event_type"] in _TOLD_ON))


# How far back (in sentences) a deferred claim looks for the event it refers to.
_LOOKBACK = {False: 2, True: 5}


def _preceding(sid: str, c: Row, candidates: list[tuple[int, Cluster]]) -> int | None:
    """The nearest preceding compatible event of the same article within the look-back window."""
    best: tuple[int, int] | None = None
    reach = _LOOKBACK[bool(c.get("anaphoric"))]
    for i, k in candidates:
        if k.curated is not None or c.get("_split") != k.split or bool(c.get("aggregate")) != k.aggregate:
            continue
        if not all(compatible(c["event_type"], t) for t in k.types):
            continue
        pub = c.get("published")
        if c["status"] in ("planned", "possible") and k.has_occurred and k.hi and pub and k.hi <= pub:
            continue  # "he would appeal" does not refer to the trial held before
        for o in k.by_sid.get(sid, ()):
            gap = c.get("sentence", 0) - o.get("sentence", 0)
            if o["char_start"] >= c["char_start"] or not 0 < gap <= reach:
                continue
            if best is None or o["char_start"] > best[0]:
                best = (o["char_start"], i)
    return best[1] if best else None


# Candidate search. A claim can only merge with a cluster whose types are compatible (the COMPATIBLE groups
# are disjoint, so a "family" is a group or a lone type) and that either shares a party key with it or, when
# both are dated, overlaps its dates. So clusters are indexed by family and by party key (all clusters, and
# the undated ones apart), by month (spans up to _MAX_MONTHS) and by year (spans up to _MAX_YEARS); a dated
# claim looks only at clusters its dates can overlap plus undated clusters of its parties, an undated claim
# only at clusters of its parties. Each block yields its most recent BLOCK_CAP clusters, which keeps merging
# linear in the corpus; the cap only matters past BLOCK_CAP events of one family for one party (or period).
BLOCK_CAP = 200
RARE_WORDS = 4  # a claim is also looked up by its four rarest content words ...
RARE_DF = 25  # ... among those used by at most this many claims
_MAX_MONTHS = 36
_MAX_YEARS = 30
_FAMILY = {t: min(g) for g in COMPATIBLE for t in g}
# compatible(a, b) is b in _COMPATIBLE_WITH[a]
_COMPATIBLE_WITH: dict[str, frozenset[str]] = {
    t: frozenset({t}.union(*(g for g in COMPATIBLE if t in g))) for t in CAMEO
}
_FEW = 16  # a block with this few clusters is taken whole rather than looked up by tag


def _span(lo: dt.date, hi: dt.date) -> str:
    """narrow (up to _MAX_MONTHS months), medium (up to _MAX_YEARS years) or wide."""
    months = (hi.year - lo.year) * 12 + hi.month - lo.month
    return "narrow" if months < _MAX_MONTHS else "medium" if hi.year - lo.year < _MAX_YEARS else "wide"


def _month_keys(lo: dt.date, hi: dt.date) -> range:
    return range(lo.year * 12 + lo.month, hi.year * 12 + hi.month + 1)


Tag = tuple[Any, ...]  # what a cluster is filed under within a block: a period, or a party key


def _periods(lo: dt.date | None, hi: dt.date) -> set[Tag]:
    """The periods an event dated lo..hi (hi _OPEN when open-ended) is filed under: its months and years when
    narrow, its years when medium, ("wide",) when wide; none when undated."""
    if lo is None:
        return set()
    span = _span(lo, hi)
    if span == "narrow":
        return {("month", m) for m in _month_keys(lo, hi)} | {("year", y) for y in range(lo.year, hi.year + 1)}
    if span == "medium":
        return {("years", y) for y in range(lo.year, hi.year + 1)}
    return {("wide",)}


def _tags(k: Cluster) -> set[Tag]:
    """A cluster's tags: its periods, its party keys, its actors' keys, and its party keys apart while it is
    undated."""
    tags = _periods(k.lo, k.hi or _OPEN) | {("party", key) for key in k.keys} | {("actor", key) for key in k.actor_keys}
    return tags | {("party-undated", key) for key in k.keys} if k.lo is None else tags


def _overlapping(lo: dt.date, hi: dt.date) -> set[Tag] | None:
    """The periods of the dated events that may overlap lo..hi (None: any): an overlapping event shares a month
    or a year with it, or is wide."""
    years = range(lo.year, hi.year + 1)
    span = _span(lo, hi)
    if span == "narrow":
        return {("wide",)} | {("month", m) for m in _month_keys(lo, hi)} | {("years", y) for y in years}
    if span == "medium":
        return {("wide",)} | {(kind, y) for y in years for kind in ("year", "years")}
    return None


def _window(c: Row, lo: dt.date, hi: dt.date, slack: dt.timedelta = _NONE) -> tuple[dt.date, dt.date]:
    """The days a dated event must overlap to pass _Probe.refuses for claim c with bounds lo..hi: those bounds,
    within what its publication allows (_fits_publication: a plan from the publication to a year after it, anything
    else up to it, or slack days past it). An event that overlaps two overlapping intervals overlaps their
    intersection."""
    pub = c.get("published")
    if pub is None:
        return lo, hi
    if c["status"] in ("planned", "possible"):
        a, b = max(lo, pub), min(hi, pub + dt.timedelta(days=366))
    else:
        a, b = lo, min(hi, pub + slack)
    return (a, b) if a <= b else (lo, hi)


def _next_days(p: _Probe) -> tuple[dt.date, dt.date]:
    """The claim's bounds, DAYS_APART days wider on each side for a report of one day or a day's news (it may join the
    same people's event dated a day apart, _next_day_same_people, or another outlet's report of one event,
    _dated_apart)."""
    lo, hi = p.lo, p.hi
    if _news_days(p.start, p.end):  # _next_day_same_people, _dated_apart
        reach = dt.timedelta(days=DAYS_APART)
        lo = lo - reach if lo > dt.date.min + reach else lo
        hi = hi + reach if hi < dt.date.max - reach else hi
    return lo, hi


def _may_fit(p: _Probe) -> set[Tag] | None:
    """The tags of the clusters that _Probe.refuses can let through (None: any); a cluster with none of them is
    refused: a dated event must overlap _window (of _next_days); an undated one, or any event for an undated claim,
    must share a party key with the claim (an undated claim naming none can only join a dated event of its
    publication's days, _recent); an undated speech act only matches undated events, a dated one dated events,
    unless it may retell one of the same actor (_recounted)."""
    pub = p.claim.get("published")
    retold = bool(p.sources) and (p.start is not None or pub is not None)  # _recounted is possible
    if p.lo is not None:
        undated = {("party-undated", key) for key in p.keys} if not p.speech or p.start is None or retold else set()
        if p.speech and p.start is None and not retold:
            return undated
        slack = _APART if _news_days(p.start, p.end) else _NONE  # _dated_apart may pass a date past publication
        near = _overlapping(*_window(p.claim, *_next_days(p), slack))
        return None if near is None else near | undated
    planned = pub is not None and p.claim["status"] in ("planned", "possible")
    if p.keys:
        undated = {("party-undated", key) for key in p.keys}
        if p.speech:  # a dated event only as one of the same actor that it retells
            return undated | {("actor", key) for key in p.sources} if retold else undated
        if planned:  # an undated event of its parties, or a dated one of the year after its publication
            near = _overlapping(pub, pub + dt.timedelta(days=366))
            return None if near is None else near | undated
        return {("party", key) for key in p.keys}
    if (p.speech and not retold) or pub is None:
        return set()
    if planned:  # _recent and _fits_publication: see _window
        return _overlapping(pub, pub + dt.timedelta(days=7))
    return _overlapping(pub - _RECENT, pub)


@dataclass
class _Indexed:
    """What update() has indexed of one cluster: its family, party keys, rarest words and dates."""

    family: str
    keys: set[str]
    rare: list[str]
    dates: tuple[dt.date | None, dt.date | None]


class _Index:
    """Clusters by block, in creation order."""

    def __init__(self, idf: dict[str, float] | None = None, n_claims: int = 0) -> None:
        self.idf = idf or {}
        self.n_claims = n_claims
        self.clusters: list[Cluster] = []
        self.blocks: dict[tuple[str, Any], list[int]] = {}
        # The year blocks of each family, for a claim spanning decades: found without a scan of every block.
        self.year_blocks: dict[str, set[tuple[str, Any]]] = {}
        self.indexed: dict[int, dict[tuple[str, Any], int]] = {}  # each cluster's blocks and its place in each
        # Within each block, the places of its clusters by tag (_tags), ascending: a claim looks only at the clusters
        # of the tags it can match (its dates can overlap, its parties), and so at about as many as can merge, not
        # at the whole block.
        self.filed: dict[tuple[str, Any], dict[Tag, array[int]]] = {}
        self.tags: dict[int, set[Tag]] = {}  # the tags each cluster is filed under (they only grow)
        self.by_source: dict[str, set[int]] = {}
        self.state: dict[int, _Indexed] = {}

    def _rare(self, tokens: frozenset[str] | set[str]) -> list[str]:
        """The rarest content words (at most RARE_WORDS, none common in the corpus): blocks by topic."""
        idf, least = self.idf, self.min_idf  # the bound once per call, not once per word
        rare = [t for t in tokens if idf.get(t, 0.0) >= least]
        return sorted(rare, key=lambda t: (-self.idf[t], t))[:RARE_WORDS]

    @property
    def min_idf(self) -> float:
        # idf = log((claims + 1) / (df + 1)) (token_weights): a word used by at most RARE_DF claims has at least this
        # weight. (It was computed from the size of the vocabulary, which grows more slowly than the claims: a
        # "rare" word could be used by hundreds of claims in a big corpus, and the blocks grew with it.)
        return math.log((self.n_claims + 1) / (RARE_DF + 1)) if self.idf else math.inf

    def _cluster_blocks(self, family: str, k: Cluster) -> set[tuple[str, Any]]:
        out: set[tuple[str, Any]] = {(family, ("party", key)) for key in k.keys}
        out |= {(family, ("word", t)) for t in self._rare(k.tokens)}
        if k.lo is None:
            return out | {(family, ("party-undated", key)) for key in k.keys}
        return out | self._date_blocks(family, k)

    @staticmethod
    def _date_blocks(family: str, k: Cluster) -> set[tuple[str, Any]]:
        if k.lo is None:
            return set()
        return {(family, period) for period in _periods(k.lo, k.hi or _OPEN)}

    def update(self, i: int, sid: str, c: Row) -> None:
        """Index cluster i after claim c (of article sid) was added to it (or started it). The blocks of a
        cluster only ever grow, and only c can have brought new ones: its party keys, its rare words (the
        rarest of a union are the rarest of the old rarest and the new words) and a change of the cluster's
        dates. So a claim costs the same however many claims the cluster already has."""
        k = self.clusters[i]
        family = _FAMILY.get(next(iter(k.types)), next(iter(k.types)))
        seen = self.indexed.setdefault(i, {})
        state = self.state.get(i)
        if state is None or state.family != family:  # a new cluster: all its blocks
            state = self.state[i] = _Indexed(family, set(k.keys), self._rare(k.tokens), (k.lo, k.hi))
            blocks = self._cluster_blocks(family, k)
        else:
            new_keys = set(c.get("party_keys", [])) - state.keys
            state.keys |= new_keys
            blocks = {(family, ("party", key)) for key in new_keys}
            if k.lo is None:
                blocks |= {(family, ("party-undated", key)) for key in new_keys}
            state.rare = self._rare({*state.rare, *claim_tokens(c)})
            if (k.lo, k.hi) != state.dates:
                state.dates = (k.lo, k.hi)
                blocks |= self._date_blocks(family, k)
        blocks |= {(family, ("word", t)) for t in state.rare}
        tags = self.tags.setdefault(i, set())
        new_tags = _tags(k) - tags
        if new_tags:  # its new dates or parties: filed under them in the blocks it is already in
            tags |= new_tags
            for block, at in seen.items():
                filed = self.filed[block]
                for tag in new_tags:
                    insort(filed.setdefault(tag, array("I")), at)
        for block in blocks:
            if block in seen:
                continue
            if block not in self.blocks and block[1][0] in ("year", "years"):
                self.year_blocks.setdefault(family, set()).add(block)
            members = self.blocks.setdefault(block, [])
            seen[block] = at = len(members)
            members.append(i)
            filed = self.filed.setdefault(block, {})
            for tag in tags:
                filed.setdefault(tag, array("I")).append(at)
        self.by_source.setdefault(sid, set()).add(i)

    def candidates(self, c: Row, tags: set[Tag] | None = None) -> list[int]:
        """The clusters c is compared with: the most recent BLOCK_CAP of each of its blocks, less those filed under
        none of ``tags`` (None: all), which _Probe.refuses would turn down (see _may_fit)."""
        family = _FAMILY.get(c["event_type"], c["event_type"])
        keys = set(c.get("party_keys", []))
        lo, hi = _bounds(c)
        words = {(family, ("word", t)) for t in self._rare(claim_tokens(c))}
        if lo is None:
            blocks = {(family, ("party", key)) for key in keys} | words
        else:
            blocks = {(family, ("party-undated", key)) for key in keys} | {(family, ("wide",))} | words
            years = range(lo.year, hi.year + 1)
            span = _span(lo, hi)
            if span == "narrow":
                blocks |= {(family, ("month", m)) for m in _month_keys(lo, hi)}
                blocks |= {(family, ("years", y)) for y in years}
            elif span == "medium":
                blocks |= {(family, (kind, y)) for y in years for kind in ("year", "years")}
            else:  # rare: a claim spanning decades may overlap any dated cluster of its family
                blocks |= self.year_blocks.get(family, set())
        found: set[int] = set()
        for block in blocks:
            members = self.blocks.get(block)
            if not members:
                continue
            first = max(0, len(members) - BLOCK_CAP)
            if tags is None or len(members) - first <= _FEW:
                found.update(members[first:])
                continue
            filed = self.filed[block]
            for tag in tags:
                at = filed.get(tag)
                if at:
                    found.update(map(members.__getitem__, at[bisect_left(at, first) :]))
        return sorted(found)

    def sole_recent(self, p: _Probe) -> int | None:
        """The one event another article dated in the days before an undated report was published (or, for a plan,
        in the two months after), of the report's type and, where the report names them, of its parties and
        actor: the event the report retells or announces, when no other event of its kind is that close."""
        c, pub = p.claim, p.claim.get("published")
        if p.start is not None or pub is None or p.aggregate or p.split is not None or c.get("anaphoric"):
            return None
        planned = c["status"] in ("planned", "possible")
        lo, hi = (pub, pub + _PLAN_REACH) if planned else (pub - _SOLE_DAYS, pub)
        family = _FAMILY.get(p.event_type, p.event_type)
        near: set[int] = set()
        for m in _month_keys(lo, hi):
            near.update(self.blocks.get((family, ("month", m)), ())[-BLOCK_CAP:])
        fit = []
        for i in sorted(near):
            k = self.clusters[i]
            if k.curated is not None or p.sid in k.sids or k.types != {p.event_type} or k.lo is None:
                continue
            if not (k.lo <= hi and lo <= k.hi) or (k.hi - k.lo).days > _SOLE_SPAN:
                continue
            if (p.keys and not p.keys & k.keys) or (p.sources and k.actor_keys and not p.sources & k.actor_keys):
                continue
            if planned and k.lo <= pub:
                continue
            need = SIM_SOLE if planned or k.hi >= pub - _SOLE_NEAR else SIM_STRONG
            if similarity(c, k, self.idf) < need:
                continue  # the same kind of event in the same days is not enough: its words must be there too
            fit.append(i)
            if len(fit) > 1:
                return None
        return fit[0] if fit else None

    def place(self, sid: str, c: Row, join_only: bool = False) -> None:
        """Add c to its best-scoring cluster (recording the score), or start a new one (unless join_only)."""
        probe, clusters, idf = _Probe.of(sid, c), self.clusters, self.idf
        scored = [
            (s, i)
            for i in self.candidates(c, _may_fit(probe))
            if not probe.refuses(k := clusters[i]) and (s := _fit(probe, k, idf)) is not None
        ]
        if not scored and (sole := self.sole_recent(probe)) is not None:
            scored = [(SOLE_SCORE, sole)]
        if scored:
            score, i = max(scored, key=lambda x: (x[0], -x[1]))
            c["merge_score"] = round(score, 3)
            self.clusters[i].add(sid, c)
        elif join_only:
            return
        else:
            i = len(self.clusters)
            self.clusters.append(Cluster(sid, c))
        self.update(i, sid, c)


def cluster_claims(claims: list[tuple[str, Row]]) -> list[Cluster]:
    index = _Index(token_weights(claims), len(claims))
    headlines = [x for x in claims if x[1].get("headline")]
    claims = [x for x in claims if not x[1].get("headline")]
    order = sorted(
        (x for x in claims if not _deferred(x[1])),
        key=lambda x: (PRECISION_RANK[x[1]["date_precision"]], x[0], x[1]["char_start"], x[1]["event_type"]),
    )
    for sid, c in order:
        index.place(sid, c)
    # Deferred claims follow the event just reported; an anaphoric one with parties and no such event stands alone.
    for sid, c in sorted((x for x in claims if _deferred(x[1])), key=lambda x: (x[0], x[1]["char_start"])):
        same_article = [(i, index.clusters[i]) for i in sorted(index.by_source.get(sid, ()))]
        target = _preceding(sid, c, same_article)
        if target is not None:
            c["merge_score"] = 0.0  # joined by referring back to what its article just reported ('the talks')
            index.clusters[target].add(sid, c)
            index.update(target, sid, c)
        elif _anchored(c) or c.get("_split") is not None or _announced(c) or _unnamed_but_news(c):
            # a curated split keeps its claim; an announced procedural step, a saying or a protest stands alone
            index.place(sid, c)
        else:  # no date, no party, another kind: it may join the event whose reports use its words, never start one
            index.place(sid, c, join_only=True)
    for sid, c in sorted(headlines, key=lambda x: (x[0], x[1]["char_start"], x[1]["event_type"])):
        _join_headline(index, sid, c)
    return _told_otherwise(_bridge(index), index.idf)


BRIDGE_SCORE = 1.0  # a claim of one event fits another event of other articles this well: one event, told twice


def _bridge(index: _Index) -> list[Cluster]:
    """Claims are placed one at a time, so two articles' reports of one event can end as two events when the claim
    that ties them is placed after each report has started its own (an outlet names the central banks where the
    other names the countries; a headline joins its own article's event). An event of other articles that one of
    its claims fits well (BRIDGE_SCORE), and that none of its claims is refused by on dates, kinds or parties, is
    the same event: the later event joins the earlier one."""
    clusters, idf, gone = index.clusters, index.idf, set()
    for j, b in enumerate(clusters):
        if b.curated is not None:
            continue
        # Each claim once, and only the candidates its tags allow (a candidate it refuses cannot take the event).
        probes = [_Probe.of(sid, c) for sid, c in b.items]
        near: set[int] = set()
        for probe in probes:
            near.update(i for i in index.candidates(probe.claim, _may_fit(probe)) if i < j)
        best: tuple[float, int] | None = None
        for i in sorted(near - gone):
            a = clusters[i]
            if a.curated is not None or not a.sids.isdisjoint(b.sids):
                continue
            score = _tie_score(probes, a, idf)
            if score is not None and score >= BRIDGE_SCORE and (best is None or score > best[0]):
                best = (score, i)
        if best is None:
            continue
        a = clusters[best[1]]
        first = b.items[0][1]
        first["merge_score"] = round(best[0], 3)
        for sid, c in b.items:
            a.add(sid, c)
            index.update(best[1], sid, c)
        gone.add(j)
    return [k for j, k in enumerate(clusters) if j not in gone]


def _tie_score(probes: list[_Probe], k: Cluster, idf: dict[str, float]) -> float | None:
    """The best fit of an event's claims to event k; None when k refuses one of them or none of them fits."""
    best = None
    for probe in probes:
        if probe.refuses(k):
            return None
        score = _fit(probe, k, idf)
        if score is not None and (best is None or score > best):
            best = score
    return best


_TOLD_SPAN = dt.timedelta(days=31)  # a speech act dated to at most a month: a moment an outlet can name
# The share of distinctive words that ties one actor's sayings of the same days told as two kinds: the actor's own
# name and a place are not enough.
SIM_TOLD = 0.3


def _speech_moment(k: Cluster) -> bool:
    """An event of speech acts only, dated to at most a month and said by someone named: what another outlet may
    tell as a speech act of another kind."""
    return (
        k.curated is None
        and k.split is None
        and not k.aggregate
        and k.types <= SPEECH_ACTS
        and k.lo is not None
        and k.hi - k.lo <= _TOLD_SPAN
        and bool(k.actor_keys)
    )


def _told_score(a: Cluster, b: Cluster, idf: dict[str, float]) -> float | None:
    """How well event b (of other articles) is event a told as another kind of speech act; None when it is not."""
    if not a.sids.isdisjoint(b.sids) or a.actor_keys.isdisjoint(b.actor_keys):
        return None
    said, told = (a, b) if a.types == {"statement"} else (b, a)
    if said.types != {"statement"} or "statement" in told.types:
        return None  # a plain saying told as another kind; other kinds differ ('criticised' is not 'called for')
    if any(DENYING.search(c.get("quote", "")) for _, c in said.items):
        return None  # 'Baku rejected the accusation' answers the accusation, it is not the accusation
    if not (a.lo <= b.hi and b.lo <= a.hi):
        return None
    if a.target_keys and b.target_keys and a.target_keys.isdisjoint(b.target_keys):
        return None  # Baku criticising Paris is not Baku accusing Yerevan
    if a.keys and b.keys and a.keys.isdisjoint(b.keys):
        return None
    sim = max(similarity(c, a, idf) for _, c in b.items)
    return sim if sim >= SIM_TOLD else None


def _told_otherwise(clusters: list[Cluster], idf: dict[str, float]) -> list[Cluster]:
    """One outlet reports a spokesman's words as a statement, another as an accusation or a criticism: the same
    actor's speech acts of overlapping days, in other articles, that share distinctive words are one event (its
    type the more telling kind, _event_type). Looked up by actor and month, so the pass stays linear."""
    filed: dict[tuple[str, int], list[int]] = {}  # events by (actor key, month), in the order they were filed
    seen: set[tuple[str, int, int]] = set()
    gone: set[int] = set()
    for j, b in enumerate(clusters):
        if not _speech_moment(b):
            continue
        assert b.lo is not None
        near: set[int] = set()
        for key in b.actor_keys:
            for m in _month_keys(b.lo, b.hi):
                near.update(filed.get((key, m), ())[-BLOCK_CAP:])
        best: tuple[float, int] | None = None
        for i in sorted(near - gone):
            score = _told_score(clusters[i], b, idf)
            if score is not None and (best is None or score > best[0]):
                best = (score, i)
        if best is not None:
            a = clusters[best[1]]
            b.items[0][1]["merge_score"] = round(best[0], 3)
            for sid, c in b.items:
                a.add(sid, c)
            gone.add(j)
            j, b = best[1], a
        if b.lo is not None and _speech_moment(b):
            for key in b.actor_keys:
                for m in _month_keys(b.lo, b.hi):
                    if (key, m, j) not in seen:
                        seen.add((key, m, j))
                        filed.setdefault((key, m), []).append(j)
    return [k for j, k in enumerate(clusters) if j not in gone]


def _join_headline(index: _Index, sid: str, c: Row) -> None:
    """A headline sums up its article: its claim joins the first compatible event the article's body reports
    (dates allowing), and is dropped when the body reports none (a headline's wording is too terse to stand alone)."""
    lo, hi = _bounds(c)
    first = {i: min(o["char_start"] for o in index.clusters[i].by_sid[sid]) for i in index.by_source.get(sid, ())}
    for i in sorted(first, key=first.__getitem__):
        k = index.clusters[i]
        if k.curated is not None or c.get("_split") != k.split or bool(c.get("aggregate")) != k.aggregate:
            continue
        if not all(compatible(c["event_type"], t) for t in k.types):
            continue
        if lo is not None and k.lo is not None and not (lo <= (k.hi or _OPEN) and k.lo <= hi):
            continue
        c["merge_score"] = 0.0
        k.add(sid, c)
        index.update(i, sid, c)
        return


# ------------------------------------------------------------------ rows
def _status(k: Cluster, lo: dt.date | None, etype: str | None = None) -> str:
    """The most recent article decides (a 2025 report of the 2020 war as past beats a 2020 report of it as
    ongoing); among claims of equally recent articles, STATUS_PRECEDENCE. An occurred claim from an article
    published before the event's start counts as planned."""
    found: list[tuple[dt.date, str]] = []
    # told as a statement by one outlet and as an accusation by another (_told_otherwise): the accusation's status
    told = etype != "statement" and "statement" in k.types
    for _, c in k.items:
        if told and c["event_type"] == "statement":
            continue
        st = c["status"]
        pub = c.get("published") or dt.date.min
        if st == "occurred" and lo is not None and pub < lo:
            st = "planned"
        found.append((pub, st))
    realized = [(pub, st) for pub, st in found if st in ("occurred", "ongoing")]
    if realized:  # whether it is still going on: the most recent report decides
        latest = max(pub for pub, _ in realized)
        found = [(pub, st) for pub, st in realized if pub == latest]
    return next(s for s in STATUS_PRECEDENCE if any(st == s for _, st in found))


def _event_type(k: Cluster) -> str:
    counts = Counter(c["event_type"] for _, c in k.items)
    if len(counts) > 1:  # told as a statement by one outlet and as an accusation by another: the accusation
        counts.pop("statement", None)
    best = max(counts.values())
    tied = sorted(t for t, n in counts.items() if n == best)
    return next((t for t in TYPE_PRIORITY if t in tied), tied[0])


def _main_keys(k: Cluster) -> list[str]:
    counts = Counter(x for _, c in k.items for x in set(c.get("party_keys", [])))
    return sorted(x for x, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])


def event_key(event_type: str, lo: dt.date | None, hi: dt.date | None, main: list[str], aggregate: bool = False) -> str:
    raw = f"{event_type}|{lo or ''}|{hi or ''}|{','.join(sorted(main))}" + ("|series" if aggregate else "")
    return "evt-" + hashlib.sha256(raw.encode()).hexdigest()[:16]


def _majority_sides(parts: dict[tuple[str, str], Row], k: Cluster) -> dict[tuple[str, str], Row]:
    """An entity that acts in some claims and is acted on in others (none of them reciprocal) keeps the side most
    claims give it; a tie goes to the agent role of the claim whose mention is nearest its trigger."""
    votes: dict[str, Counter[bool]] = {}
    nearest: dict[str, tuple[int, bool]] = {}
    for _, c in k.items:
        sides = {}
        for p in c["participants"]:
            if p["role"] in AGENT_ROLES | PATIENT_ROLES:
                sides.setdefault(p["entity_id"], set()).add(p["role"] in AGENT_ROLES)
        for e, ss in sides.items():
            if len(ss) == 2:
                votes.setdefault(e, Counter())["both"] += 1  # reciprocal in that claim: keep both
                continue
            side = next(iter(ss))
            votes.setdefault(e, Counter())[side] += 1
            dist = min(-p.get("rank", (0, -(1 << 30)))[1] for p in c["participants"] if p["entity_id"] == e)
            if side and (e not in nearest or dist < nearest[e][0]):
                nearest[e] = (dist, side)
    out = {}
    for (e, r), p in parts.items():
        v = votes.get(e, Counter())
        if r in AGENT_ROLES | PATIENT_ROLES and not v["both"] and v[True] and v[False]:
            keep_agent = v[True] > v[False] or (v[True] == v[False] and e in nearest)
            if (r in AGENT_ROLES) != keep_agent:
                continue
        out[(e, r)] = p
    return out


def _rows_for(k: Cluster) -> tuple[Row, list[Row], list[Row], str]:
    cur = k.curated or {}
    etype = cur.get("event_type") or _event_type(k)
    lo, hi = k.lo, (None if k.hi == _OPEN else k.hi)
    if "date_start" in cur or "date_end" in cur:
        lo, hi = cur.get("date_start", lo), cur.get("date_end", hi)
    dates = date_fields(lo, hi)
    if cur.get("date_precision"):
        dates["date_precision"] = cur["date_precision"]
    status = cur.get("status") or (_status(k, lo, etype) if k.items else "occurred")
    places = Counter(c["place_id"] for _, c in k.items if c.get("place_id"))
    place_id = cur.get("place_id", places.most_common(1)[0][0] if places else None)
    parts: dict[tuple[str, str], Row] = {}
    for p in cur.get("participants", []):
        parts[(p["entity_id"], p["role"])] = p
    for _, c in sorted(k.items, key=lambda x: (x[0], x[1]["char_start"])):
        for p in c["participants"]:
            parts.setdefault((p["entity_id"], p["role"]), p)
    parts = _majority_sides(parts, k)
    specific = {e for e, r in parts if r != "party"}
    parts = {(e, r): p for (e, r), p in parts.items() if r != "party" or e not in specific}  # host beats party
    place_names = Counter(c["place_name"] for _, c in k.items if c.get("place_id") == place_id and c.get("place_name"))
    place_name = place_names.most_common(1)[0][0] if place_names else None
    title = cur.get("title") or make_title(etype, list(parts.values()), place_name, k.aggregate) + (
        f", {dates['date_edtf']}" if dates["date_edtf"] else ""
    )
    main = _main_keys(k)
    if etype in SPEECH_ACTS:  # who speaks matters: Baku accusing Moscow is not Moscow accusing Baku
        main = main + [">" + x for x in sorted({x for _, c in k.items for x in c.get("actor_keys", [])})]
    event_id = cur.get("event_id") or event_key(etype, lo, hi, main, k.aggregate)
    event = {
        "event_id": event_id,
        "event_type": etype,
        "cameo_code": CAMEO[etype],
        "title": title,
        **dates,
        "status": status,
        "place_id": place_id,
        "extraction_method": "curated" if cur else "automatic",
    }
    participants = [
        {"event_id": event_id, "entity_id": p["entity_id"], "entity_type": p["entity_type"], "role": p["role"]}
        for p in parts.values()
    ]
    sources: dict[tuple[str, int], Row] = {}
    for ev in cur.get("evidence", []):
        sources[(ev["source_id"], ev["char_start"])] = {
            "event_id": event_id, "source_id": ev["source_id"], "char_start": ev["char_start"],
            "char_end": ev["char_end"], "quote": ev["quote"], "status": status,
            "passage_date_start": None, "passage_date_end": None, "extraction_method": "curated", "merge_score": None,
        }  # fmt: skip
    for sid, c in k.items:
        sources.setdefault(
            (sid, c["char_start"]),
            {
                "event_id": event_id, "source_id": sid, "char_start": c["char_start"], "char_end": c["char_end"],
                "quote": c["quote"], "status": c["status"],
                "passage_date_start": c.get("date_start"), "passage_date_end": c.get("date_end"),
                "extraction_method": c.get("extraction_method", "automatic"), "merge_score": c.get("merge_score"),
            },
        )  # fmt: skip
    event["n_sources"] = len({s["source_id"] for s in sources.values()})
    return event, participants, list(sources.values()), event_id


def event_rows(clusters: list[Cluster]) -> tuple[list[Row], list[Row], list[Row], dict[tuple[str, int, int], str]]:
    """(events, event_participants, event_sources, {(source_id, char_start, char_end) of a quantity: event_id})."""
    events, participants, sources, qmap = [], [], [], {}
    seen_ids: Counter[str] = Counter()
    built = sorted(
        ((_rows_for(k), k) for k in clusters if k.items or k.curated),
        key=lambda x: min(((s, c["char_start"]) for s, c in x[1].items), default=("", 0)),
    )
    for (event, parts, srcs, eid), k in built:
        seen_ids[eid] += 1
        if seen_ids[eid] > 1:  # two distinct events with the same type, dates and main parties
            new = f"{eid}-{seen_ids[eid]}"
            event["event_id"] = new
            parts = [p | {"event_id": new} for p in parts]
            srcs = [s | {"event_id": new} for s in srcs]
            eid = new
        events.append(event)
        participants.extend(parts)
        sources.extend(srcs)
        for sid, c in k.items:
            for qs, qe in c.get("quantity_spans", []):
                qmap.setdefault((sid, qs, qe), eid)
    return events, participants, sources, qmap

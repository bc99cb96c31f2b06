"""Every count, amount, length, duration and vague count in an article, as quantity rows.

One pass of precompiled regexes finds number cores (digits, number words, "a dozen", vague counts such as
"hundreds of", "twice"; a bare plural time unit such as "decades-long" is no figure); small windows around
each core then give the qualifier ("more than"), the unit ("km", "months"), the counted noun phrase, what is
measured (from the noun and the verbs next to it) and who states the figure. Conventions (bounds, the
vague-count table, exclusions) are documented in docs/quantities.md; the tables below are the data behind them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from caucasus_peace.extract.scanning import alternation, anchored_finditer, lowered, word_anchor
from caucasus_peace.extract.sentences import sentence_spans

Row = dict[str, Any]

# ------------------------------------------------------------------ data tables
# Vague counts: (low, high) bounds in the unit; value stays empty. A plural magnitude word allows two of it up
# to just below the next word English would switch to ("hundreds" = 200..999, "thousands" = 2,000..9,999).
VAGUE_COUNTS: dict[str, tuple[float, float | None]] = {
    "a couple of": (2, 3),
    "a few hundred": (200, 500),
    "several hundred": (300, 999),
    "a few thousand": (2_000, 5_000),
    "several thousand": (3_000, 9_999),
    "a few million": (2_000_000, 5_000_000),
    "several million": (3_000_000, 9_999_999),
    "a few": (2, 5),
    "a handful of": (2, 5),
    "several": (3, 9),
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 9_999_999),
    "tens of millions": (20_000_000, 99_999_999),
    "hundreds of millions": (200_000_000, 999_999_999),
    "billions": (2e9, 9_999_999_999),
}
# Words before a number and the qualifier they give. "up to", "as many as" and "at most" bound from above
# like "fewer than"; "nearly"/"almost" bound from above too but say the value is close.
QUALIFIERS_BEFORE: dict[str, str] = {
    "more than": "more_than", "over": "more_than", "above": "more_than", "upwards of": "more_than",
    "in excess of": "more_than", "just over": "more_than", "well over": "more_than", "well above": "more_than",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least", "not less than": "at_least",
    "a minimum of": "at_least",
    "fewer than": "less_than", "less than": "less_than", "under": "less_than", "below": "less_than",
    "up to": "less_than", "as many as": "less_than", "as much as": "less_than", "at most": "less_than",
    "no more than": "less_than", "not more than": "less_than", "a maximum of": "less_than",
    "closer to": "approximately",
    "almost": "almost", "nearly": "almost", "close to": "almost", "just under": "almost", "just shy of": "almost",
    "about": "approximately", "around": "approximately", "approximately": "approximately",
    "approx.": "approximately", "roughly": "approximately", "some": "approximately",
    "an estimated": "approximately", "estimated": "approximately", "circa": "approximately",
    "in the region of": "approximately", "on the order of": "approximately", "an approximate": "approximately",
}  # fmt: skip
# Words after a number: "100 or so", "30-odd", "500-plus", "200 or more".
QUALIFIERS_AFTER: dict[str, str] = {
    "or so": "approximately", "-odd": "approximately", "or more": "at_least", "-plus": "at_least", "+": "at_least",
    "or fewer": "less_than", "or less": "less_than",
}  # fmt: skip
# Unit words (lower case) -> (normalised unit, measure). Stated units are kept: miles stay miles.
UNITS: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("km", "kms", "kilometer", "kilometers", "kilometre", "kilometres"), ("km", "length")),
    **dict.fromkeys(("mile", "miles", "mi"), ("mile", "length")),
    **dict.fromkeys(("m", "meter", "meters", "metre", "metres"), ("m", "length")),
    **dict.fromkeys(("km2", "km²", "sq km", "square kilometers", "square kilometres"), ("km2", "area")),
    **dict.fromkeys(("hectare", "hectares", "ha"), ("ha", "area")),
    **dict.fromkeys(("ton", "tons", "tonne", "tonnes"), ("tonne", "weight")),
    **dict.fromkeys(("kg", "kilogram", "kilograms", "kilogramme", "kilogrammes"), ("kg", "weight")),
    **dict.fromkeys(("%", "percent", "per cent", "percentage points"), ("percent", "percentage")),
    **dict.fromkeys(("century", "centuries"), ("century", "duration")),
    **dict.fromkeys(("decade", "decades"), ("decade", "duration")),
    **dict.fromkeys(("year", "years", "yr", "yrs"), ("year", "duration")),
    **dict.fromkeys(("month", "months"), ("month", "duration")),
    **dict.fromkeys(("week", "weeks"), ("week", "duration")),
    **dict.fromkeys(("day", "days"), ("day", "duration")),
    **dict.fromkeys(("hour", "hours"), ("hour", "duration")),
    **dict.fromkeys(("minute", "minutes"), ("minute", "duration")),
    **dict.fromkeys(("dollar", "dollars", "usd"), ("USD", "money")),
    **dict.fromkeys(("euro", "euros", "eur"), ("EUR", "money")),
    **dict.fromkeys(("manat", "manats", "azn"), ("AZN", "money")),
    **dict.fromkeys(("dram", "drams", "amd"), ("AMD", "money")),
    **dict.fromkeys(("ruble", "rubles", "rouble", "roubles", "rub"), ("RUB", "money")),
    **dict.fromkeys(("lira", "liras", "try"), ("TRY", "money")),
}
CURRENCY_SYMBOLS: dict[str, str] = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP"}
SCALES: dict[str, float] = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6,
    "billion": 1e9, "bn": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
}  # fmt: skip
_SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_WORD_SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_FREQ = {"twice": 2, "thrice": 3}

# Measures, by the counted noun's head (first match wins), then by a verb after or before the phrase.
MEASURE_BY_NOUN: tuple[tuple[str, str], ...] = (
    ("deaths", r"deaths?|dead|fatalities|lives|bodies|killings"),
    ("casualties", r"casualties"),
    ("injured", r"injuries|injured|wounded"),
    ("displaced", r"refugees|evacuees|idps|displaced"),
    ("arrested", r"arrests|arrestees"),
    ("detained", r"detainees|prisoners"),
)
MEASURE_AFTER: tuple[tuple[str, str], ...] = (
    ("casualties", r"(?:killed|dead)\s+(?:or|and)\s+(?:injured|wounded|hurt)|casualties"),
    ("deaths", r"dead|killed|died|die|perished|slain|lost their lives|executed"),
    ("injured", r"injured|wounded|hurt"),
    ("arrested", r"arrested"),
    ("detained", r"detained|jailed|imprisoned|taken into custody|held in custody|behind bars|in (?:jail|prison)"),
    ("displaced", r"displaced|fled|flee|fleeing|uprooted|expelled|deported|evacuated|forced out|"
     r"forced to leave|left their homes|made homeless|became refugees"),
    ("missing", r"missing|unaccounted for"),
)  # fmt: skip
MEASURE_BEFORE: tuple[tuple[str, str], ...] = (
    ("deaths", r"killing|killed|kill|kills|deaths? of|death toll (?:of|at|to|rose to|reached)|toll (?:of|at|to)|"
     r"claimed the lives of|claiming the lives of|lives of|bodies of|massacre of|"
     r"toll\b[^,;.]{0,40}?\b(?:rose|rises|risen|climbed|climbs|reached|reaches|stands|stood|jumped)\s+(?:to|at)|"
     r"dead\s+at"),
    ("injured", r"injuring|wounding|injured|wounded|injuries to"),
    ("arrested", r"arresting|arrested|arrests of|rounded up"),
    ("detained", r"detaining|detained|detention of|jailing|jailed|imprisoning|holding"),
    ("displaced", r"exodus of|displacing|displaced|displacement of|expelling|expelled|expulsion of|deporting|"
     r"deported|evacuating|evacuated|evacuation of|flight of|uprooting|uprooted"),
    ("population", r"population of|(?:a|the)\s+(?:country|nation|city|town|republic)\s+of|"
     r"home to|inhabited by|populated by|population (?:is|was|stood at|of about)"),
)  # fmt: skip
# Measures that make a quantity worth keeping even after "the"/"their" ("the two people killed").
_SPECIFIC_MEASURES = frozenset(
    ("deaths", "casualties", "injured", "displaced", "arrested", "detained", "missing", "occupants", "population")
)
_PERSON_PLURALS = frozenset(
    (  # noqa: SIM905 (a word list reads best as words)
        "people persons individuals civilians residents inhabitants citizens nationals men women children kids "
        "migrants villagers locals pilgrims worshippers protesters demonstrators christians muslims jews"
    ).split()
)
_PERSON_SINGULARS = frozenset(
    (  # noqa: SIM905
        "person man woman child boy girl civilian resident citizen national soldier serviceman officer "
        "policeman journalist passenger worker official villager"
    ).split()
)
# Words that end a counted noun phrase: function words, auxiliaries and the verbs that follow counts.
_NP_STOP = frozenset(
    (  # noqa: SIM905
        "the a an to in on at for from with by and or but nor of off who whom whose which that than as into onto "
        "over under after before during since while when where until upon about against between among across "
        "along around through toward towards near within without via per is are was were be been being have has "
        "had having do does did will would could should may might must can shall not no this these those its "
        "their his her our your my it they them he she we i you there here also already now still then so "
        "together each apiece alone too very more most less least dead killed died die injured wounded hurt "
        "arrested detained missing displaced fled left say said says told reported according including such "
        "ago later earlier long old just only even ever both all any some abroad overseas nationwide worldwide "
        "inside outside home"
    ).split()
)
_SPEAKER_NOUNS = (
    r"official|officials|ministry|ministries|spokesman|spokeswoman|spokesperson|authorities|police|army|military|"
    r"government|agency|source|sources|statement|report|minister|president|leader|witnesses|observers|experts|"
    r"analysts|group|organisation|organization|committee|council|office|prosecutors?|investigators|monitors"
)
# Words that label a number rather than count with it; one alternation per first letter
# (extract.scanning.alternation): the same matches, found faster.
_LABEL_WORDS = alternation(
    w.replace("~", " ")
    for w in (  # noqa: SIM905 (a word list reads best as words)
        r"""articles? sections? resolutions? paragraphs? pages? chapters? flights? no\. nos\. numbers? clauses?
        items? annex appendix rules? routes? highways? buildings? rooms? gates? terminals? levels? phases? parts?
        protocols? titles? volumes? vol\. amendments? versions? models? episodes? seasons? channels? codes?
        categor(?:y|ies) class divisions? brigades? battalions? regiments? districts? sectors? zones? blocks?
        platforms? exits? points? world~war stages? grades?"""
    ).split()
)
_MONTHS = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)


def _alt(words: list[str] | tuple[str, ...] | Any) -> str:
    """A regex alternation of literal phrases, longest first so the longest phrase wins."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# ------------------------------------------------------------------ compiled patterns
_NW = _alt([*_SMALL, *_TENS, *_WORD_SCALES, "dozen"])
_DIGITS = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?"
_CORE = re.compile(
    rf"(?P<vague>\b(?:{_alt(VAGUE_COUNTS)})\b)"
    r"|(?P<half>\bhalf\s+an?\s+(?:dozen|hundred|thousand|million|billion)\b)"
    r"|(?P<a>\ban?\s+(?:dozen|hundred|thousand|million|billion)\b)"
    r"|(?P<aunit>\ban?\s+(?:century|decade|year|month|week|day|hour|minute)\b)"
    r"|(?P<freq>\b(?:twice|thrice)\b)"
    rf"|(?P<digits>(?<![\w.])(?<![0-9],)(?<!\w-)(?<![/:#]){_DIGITS})"
    rf"|(?P<words>\b(?:{_NW})(?:(?:\s*-\s*|\s+|\s+and\s+)(?:{_NW}))*\b)",
    re.I,
)
# _CORE without IGNORECASE, for the lowered text (extract.scanning.lowered), each with an anchor
# (extract.scanning.anchored_finditer): the first word of every alternative is a whole word (a space, hyphen or
# the end follows it), and "a"/"an" open a core only before the words below.
_CORE_LOWERED = re.compile(_CORE.pattern)
_CORE_AT = re.compile(
    "|".join(
        (
            r"a(?=n?\s+(?:couple|few|handful|dozen|hundred|thousand|million|billion|century|decade|year|month|week|"
            r"day|hour|minute))",
            word_anchor(
                [w.split()[0] for w in VAGUE_COUNTS if w.split()[0] != "a"]
                + ["half", "twice", "thrice", *_SMALL, *_TENS, *_WORD_SCALES, "dozen"],
                after=r"(?!\w)",
            ),
            "|".join("0123456789"),
        )
    )
)
LOWERED = {_CORE: _CORE_LOWERED}  # checked in the tests
ANCHORS_LOWERED = {_CORE_LOWERED: _CORE_AT}  # checked in the tests
_WORD_TOKEN = re.compile(r"[A-Za-z]+")
_SPACES = re.compile(r"\s+")
_YEAR_LIKE = re.compile(r"1[0-9]{3}|20[0-9]{2}")
_YEAR_OR_2100 = re.compile(r"1[0-9]{3}|20[0-9]{2}|2100")
_HYPHEN_WORD = re.compile(r"-(?P<w>[A-Za-z]+)")
_WORD_COMMA_END = re.compile(r"(?P<w>[A-Za-z]+),\s+$")
_PARTITIVE_NUMBER = re.compile(rf"(?:{_DIGITS}|(?:{_NW})(?:-(?:{_NW}))?)", re.I)
_SPEAKER_WORD = re.compile(r"[^\s,;:“”\"()—]+")
_LINE = re.compile(r"[^\n]+")
_QUAL_BEFORE = re.compile(rf"(?<![\w.])(?P<q>{_alt(QUALIFIERS_BEFORE)})\s+$", re.I)
_QUAL_AFTER = re.compile(r"\s+or\s+(?:so|more|fewer|less)\b|-odd\b|-plus\b|\+", re.I)
_CURRENCY_BEFORE = re.compile(r"(?:US\$|\$|€|£|\b(?:USD|EUR)\s?)$", re.I)
_OVER_NOT_QUALIFIER = re.compile(
    r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning|sign|signs|signed|signing|dispute|disputes|disputed|conflict|war|wars|fight|fought|fighting|clash|clashes|clashed|talks|"
    r"tensions|row|quarrel|argued|split|divided|control|sovereignty)\s+$",
    re.I,
)
_ABOUT_NOT_QUALIFIER = re.compile(
    r"\b(?:talk|talked|talking|talks|spoke|speak|speaking|know|knew|learn|learned|think|thought|"
    r"worried|concerned|concerns|questions|asked|asking|complained|story|stories|care|"
    r"cared|information|details|news|joked|doubts)\s+$",
    re.I,
)
_SCALE_AFTER = re.compile(r"(?P<sp>\s*)(?P<s>million|billion|trillion|thousand|mln|mn|bn|tn|trn|m|k)\b", re.I)
_TIME_UNITS = r"centuries|century|decades?|years?|yrs?|months?|weeks?|days?|hours?|minutes?"
_UNIT_WORDS = _alt([u for u in UNITS if u not in ("%", "m", "mi", "ha", "try", "rub", "eur", "usd", "azn", "amd")])
_UNIT_HYPHEN = re.compile(
    rf"-(?P<u>km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|m|kg|tons?|tonnes?|hectares?|percent|{_TIME_UNITS})"
    r"(?P<old>-old)?\b(?!-)",
    re.I,
)
_UNIT_GLUED = re.compile(r"(?P<u>km2|km²|km|kg|m|%)(?![\w])", re.I)
_UNIT_SPACED = re.compile(
    rf"\s*(?P<pct>%)|\s+(?:(?:short|long|full|more|additional|consecutive|straight|whole|entire|extra|further)\s+)?"
    rf"(?P<u>{_UNIT_WORDS})\b",
    re.I,
)
_PAREN = re.compile(r"\s*\((?P<inner>[^()\n]{1,40})\)")
_DIMENSION_HINTS: dict[str, re.Pattern[str]] = {
    "length": re.compile(r"[0-9]\s*-?\s*(?:km|kilomet|miles?|met(?:er|re)|m\b|feet|foot|ft\b)", re.I),
    "area": re.compile(r"[0-9]\s*-?\s*(?:sq|square|km2|km²|hectare|acre)", re.I),
    "money": re.compile(r"[$€£]|[0-9].*(?:dollar|euro|manat|ruble|rouble|dram|lira|USD|EUR|AZN|AMD)", re.I),
    "weight": re.compile(r"[0-9]\s*-?\s*(?:tons?|tonnes?|kg|pounds?|lbs?)\b", re.I),
}
_NP_WORD = re.compile(r"\s+(?P<w>[A-Za-z][\w’'-]*)")
_ON_BOARD = re.compile(r"\s+(?:on\s+board|aboard)\b", re.I)
_OF = re.compile(r"\s+of\b", re.I)
_PARTITIVE = re.compile(rf"\s+of\s+(?:(?:the|those|these|their|its|our|all)\s+|(?=[0-9]|(?:{_NW})\b))", re.I)
_RANGE = re.compile(
    rf"\s*(?:-|–|—|\bto\b|\s+or\b)\s*(?P<n>{_DIGITS})(?![\w,])|\s+(?:to|or)\s+(?P<w>(?:{_NW})(?:-(?:{_NW}))?)\b", re.I
)
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_AND_NUM = re.compile(rf"\s+and\s+(?P<n>{_DIGITS}|(?:{_NW})(?:-(?:{_NW}))?)\b", re.I)
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|these|those|their|its|his|her|our|your|my|whose)|\w['’]s|\ws['’])\s+$", re.I
)
_PARTITIVE_BEFORE = re.compile(rf"(?:{_DIGITS}|\b(?:{_NW}))\s+of\s+(?:the|those|these|their)\s+$", re.I)
_ONE_BAD_BEFORE = re.compile(r"\b(?:the|this|that|any|every|each|no|which|one|another|only)\s+$", re.I)
_LABEL_BEFORE = re.compile(rf"\b(?:{_LABEL_WORDS})\s+(?:{_DIGITS}[a-z]?(?:\s*,\s*|\s+and\s+|\s*&\s*|\s*-\s*))*$", re.I)
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s+$")
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b")
_TIME_AFTER = re.compile(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock|GMT\b|UTC\b|local time)|:[0-9]{2}", re.I)
_YEAR_SUFFIX = re.compile(r"['’]?s\b|\s*[-–/][0-9]{2,4}\b")
_FREQ_BAD_AFTER = re.compile(r"\s+(?:as|the|that|more|less|an?|per|daily|weekly|monthly|yearly)\b", re.I)
_TIMES_AFTER = re.compile(r"\s+times\b(?!\s+(?:as|the|that|more|less|over|larger|higher|bigger|greater)\b)", re.I)
_TIMES_WORD = re.compile(r"\s+times\b", re.I)
_WENT_TO = re.compile(r"\b(?:went|gone|go|goes|going|come|came)\s+to\s+(?P<n>[a-z]+)\s+$", re.I)
_CLAUSE_END = re.compile(r"[,;:.!?()“”\"—–0-9]|\s-\s|\b(?:who|which|whom|whose|but|while|although|because)\b")
_RELATIVE = re.compile(r"\s+(?:who|that)\s+(?=\w)", re.I)
_LOST_BEFORE = re.compile(r"\b(?:lost|losing|loses|lose)\s+$", re.I)
_AGED_BEFORE = re.compile(rf"\baged\s+(?:between\s+)?(?:{_DIGITS}\s+(?:and|or|to)\s+)?$", re.I)
_AGE_COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were|be|those|people|anyone|everyone|children|men|women)\s+$", re.I)
_RATIO_AFTER = re.compile(
    r"\s+(?:in|out\s+of)\s+(?P<d>[0-9]{1,3}|two|three|four|five|six|seven|eight|nine|ten|a\s+hundred)\b"
    rf"(?!\s+(?:{_TIME_UNITS})\b)",
    re.I,
)
_HALF_AFTER = re.compile(r"\s+and\s+a\s+half\b", re.I)
_CLAUSE_START = re.compile(r".*(?:[,;:()“”\"—–]|\s-\s)", re.S)
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ans|is|ks|ds|bs|ms|ews|ese)$")
_PLANE = re.compile(r"\b(?:plane|jet|aircraft|airliner|flight|helicopter|airplane)s?\b", re.I)
_NOUN_MEASURES = tuple((m, re.compile(rf"^(?:{p})$", re.I)) for m, p in MEASURE_BY_NOUN)
_AFTER_MEASURES = tuple((m, re.compile(rf"\b(?:{p})\b", re.I)) for m, p in MEASURE_AFTER)
_BEFORE_MEASURES = tuple(
    (m, re.compile(rf"\b(?:{p})\s+(?:(?:the|an?|some|all|at|least|more|than|over|about|nearly|almost)\s+)*$", re.I))
    for m, p in MEASURE_BEFORE
)

# Attribution.
_SAY = (
    r"said|says|say|told|tells|wrote|writes|added|adds|stated|states|claimed|claims|announced|announces|noted|"
    r"notes|insisted|insists|declared|declares|tweeted|posted|warned|warns|argued|argues|explained|explains|"
    r"estimate|estimated|estimates|reported|reports|criticized|criticised|accused|accuses|pledged|asserted|asserts|recalled"
)
_SAY_RE = re.compile(rf"\b(?:{_SAY})\b")
_ACCORDING = re.compile(r"\baccording\s+to\s+(?P<np>[^,.;:()“”\"]{2,80})", re.I)
_NP_AFTER_SAY = re.compile(r"\s+(?P<np>[^,.;:“”\"]{2,60})")
_SPEAKER_CUT = re.compile(r"\s+(?:who|which|that|on|in|at|during|after|before|to|with|for)\b.*$", re.S)
_NP_BOUNDARY_WORDS = frozenset(
    (  # noqa: SIM905
        "that and but while as which who when because if although though since after before so then also "
        "during in on at for of to with by from"
    ).split()
)
_AUXILIARIES = frozenset(
    ("is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "not", "also", "widely", "officially")
)
_PRONOUNS = frozenset(("he", "she", "they", "it", "we", "i", "you", "this", "that", "there", "who"))
_QUOTE_CHARS = re.compile(r"[\"“”]")
_SPEAKER_HEAD = re.compile(rf"[A-Z]|\b(?:{_SPEAKER_NOUNS})\b", re.I)


# ------------------------------------------------------------------ helpers
@dataclass
class _Context:
    """Per-text lookups built once: sentence spans, quotation intervals, and the speakers read from them (each
    computed once, however many figures a sentence or a quotation holds)."""

    text: str
    sentences: Sequence[tuple[int, int]]
    starts: list[int]
    quotes: list[tuple[int, int]] = field(default_factory=list)
    opens_line: list[bool] = field(default_factory=list)  # only spaces between the line start and the quote
    says: dict[tuple[int, int], list[tuple[int, str]]] = field(default_factory=dict)
    according: dict[tuple[int, int], re.Match[str] | None] = field(default_factory=dict)
    quote_speakers: dict[tuple[int, int], str | None] = field(default_factory=dict)

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and pos < self.sentences[i][1]:
            return self.sentences[i]
        return (pos, pos)

    def quote_index(self, pos: int) -> int | None:
        i = bisect.bisect_right(self.quotes, (pos, len(self.text) + 1)) - 1
        if i >= 0 and self.quotes[i][0] < pos < self.quotes[i][1]:
            return i
        return None


def _quote_intervals(text: str) -> tuple[list[tuple[int, int]], list[bool]]:
    """(open, close) offsets of quotations, paragraph by paragraph; an unclosed quote runs to the line end; and
    for each, whether it opens its line (nothing but spaces before it).

    Curly quotes open and close; a straight double quote toggles."""
    out: list[tuple[int, int]] = []
    opens_line: list[bool] = []
    for line in _LINE.finditer(text):
        opened: int | None = None
        first = True  # the first quotation of the line, and only spaces before it
        for q in _QUOTE_CHARS.finditer(text, line.start(), line.end()):
            ch = q.group()
            if opened is None and ch in '"“':
                opened = q.start()
            elif opened is not None and ch in '"”':
                out.append((opened, q.start()))
                opens_line.append(first and not text[line.start() : opened].strip())
                first = False
                opened = None
        if opened is not None:
            out.append((opened, line.end()))
            opens_line.append(first and not text[line.start() : opened].strip())
    return out, opens_line


def _parse_words(text: str, start: int, end: int) -> tuple[float, int] | None:
    """Value and end offset of the longest valid number-word sequence in text[start:end]."""
    total, cur, last, value_end = 0.0, 0.0, "", start
    best: tuple[float, int] | None = None
    prev_scale = False
    for tok in _WORD_TOKEN.finditer(text, start, end):
        w = tok.group().lower()
        if w == "and":
            if not prev_scale:
                break
            continue
        if w in _SMALL:
            v = _SMALL[w]
            if last == "small" or (last == "tens" and v >= 10):
                break
            cur += v
            last = "small"
        elif w in _TENS:
            if last in ("small", "tens"):
                break
            cur += _TENS[w]
            last = "tens"
        elif w == "hundred":
            if last == "hundred":
                break
            cur = (cur or 1) * 100
            last = "hundred"
        elif w == "dozen":
            cur = (cur or 1) * 12
            last = "dozen"
        elif w in _WORD_SCALES:
            total += (cur or 1) * _WORD_SCALES[w]
            cur = 0
            last = "scale"
        else:
            break
        prev_scale = last in ("hundred", "scale")
        value_end = tok.end()
        best = (total + cur, value_end)
    return best


def _number_value(s: str) -> float:
    return float(s.replace(",", ""))


def _sentence_initial(text: str, start: int, sent_start: int) -> bool:
    i = start - 1
    while i >= sent_start and text[i] in " \t\"“‘'([":
        i -= 1
    return i < sent_start or text[i] in ".!?:—–-\n"


def _noun_phrase(text: str, pos: int, limit: int, max_words: int = 5) -> tuple[int, int] | None:
    """The counted noun phrase starting after ``pos``: up to ``max_words`` words, ending at a function word, a
    following verb or right after the first plural noun."""
    first = last = -1
    i = pos
    n = 0
    while n < max_words:
        m = _NP_WORD.match(text, i, limit)
        if not m:
            break
        w = m.group("w")
        lw = w.lower().rstrip("’'")
        if lw in _NP_STOP:
            break
        if n and (lw.endswith("ed") or lw.endswith("ing")) and lw not in _PERSON_PLURALS:
            break
        if first < 0:
            first = m.start("w")
        last = m.end("w")
        i = m.end()
        n += 1
        if _is_plural_head(w):
            break
    if first < 0:
        return None
    if text[first:last].lower().endswith(("ed", "ing")):
        return None  # "29 survived", "12 wounded": a verb, not a noun
    return (first, last)


def _is_plural_head(w: str) -> bool:
    lw = w.lower()
    if lw in _PERSON_PLURALS or lw in ("troops", "police", "personnel", "staff", "crew"):
        return True
    if w.isupper() or len(lw) < 4 or lw.endswith(("ss", "us", "'s", "’s")):
        return False
    return lw.endswith("s")


def _head(counted: str | None) -> str:
    if not counted:
        return ""
    words = _ON_BOARD.sub("", " " + counted).split()
    return words[-1] if words else ""


def _clause_after(text: str, pos: int, hi: int) -> str:
    rel = _RELATIVE.match(text, pos, hi)  # "71 who died": the relative clause says what happened to them
    pos = rel.end() if rel else pos
    window = text[pos : min(hi, pos + 80)]
    m = _CLAUSE_END.search(window)
    return window[: m.start()] if m else window


def _clause_before(text: str, lo: int, pos: int) -> str:
    window = text[max(lo, pos - 80) : pos]
    m = _CLAUSE_START.match(window)
    return window[m.end() :] if m else window


def _measure(
    text: str, sent: tuple[int, int], start: int, end: int, left_lo: int, counted: str | None, partitive: bool
) -> str:
    head = _head(counted)
    for name, pat in _NOUN_MEASURES:
        if head and pat.match(head):
            return name
    before = _clause_before(text, left_lo, start)
    lh = head.lower()
    if _LOST_BEFORE.search(before) and (lh in _PERSON_PLURALS or lh in ("soldiers", "servicemen", "troops")):
        return "deaths"  # "it lost 192 soldiers"; "lost 40 tanks" stays tanks
    for name, pat in _BEFORE_MEASURES:
        if pat.search(before):
            return name
    after = _clause_after(text, end, sent[1])
    for name, pat in _AFTER_MEASURES:
        if pat.search(after):
            return name
    if counted and not partitive and _ON_BOARD.search(" " + counted):
        return "aircraft occupants" if _PLANE.search(text, sent[0], sent[1]) else "occupants"
    if not lh:
        return "count"
    if lh in _PERSON_PLURALS or lh in _PERSON_SINGULARS or _DEMONYM.match(head):
        return "people"
    if lh in ("others", "ones", "them"):
        return "count"
    return lh


# ------------------------------------------------------------------ attribution
def _speaker_before(text: str, lo: int, verb_start: int) -> str | None:
    """The noun phrase right before a speech verb, back to a clause boundary (at most six words)."""
    window = text[max(lo, verb_start - 120) : verb_start]
    words = list(_SPEAKER_WORD.finditer(window))
    if not words or window[words[-1].end() :].strip(" ,") or words[-1].group().lower() in _AUXILIARIES:
        return None  # "the deal was announced" is no speaker
    picked: list[re.Match[str]] = []
    for w in reversed(words):
        tail = window[w.end() : (picked[-1].start() if picked else len(window))]
        if picked and tail.strip():
            break
        lw = w.group().lower()
        if lw in _NP_BOUNDARY_WORDS and picked:
            break
        if lw in _NP_BOUNDARY_WORDS:
            return None
        picked.append(w)
        if len(picked) == 6:
            break
    # Two bare plural nouns: "in raids authorities said" names "authorities".
    while len(picked) > 1 and picked[-1].group().islower() and _is_plural_head(picked[-1].group()):
        picked.pop()
    if not picked:
        return None
    np = window[picked[-1].start() : picked[0].end()]
    if np.lower() in _PRONOUNS or not _SPEAKER_HEAD.search(np):
        return None
    return np


def _speaker_in(ctx: _Context, lo: int, hi: int, span: tuple[int, int] | None = None) -> str | None:
    """The speaker of an "X said" in text[lo:hi] nearest before ``span`` (else the first after it), or an
    "according to X"; never a phrase containing ``span`` itself."""
    text = ctx.text
    s0, s1 = span or (hi, hi)
    if (lo, hi) not in ctx.says:  # (verb start, speaker) of each "X said" with a speaker, read once per stretch
        found = ((m.start(), _speaker_before(text, lo, m.start())) for m in _SAY_RE.finditer(text, lo, hi))
        ctx.says[(lo, hi)] = [(v, who) for v, who in found if who]
    says = ctx.says[(lo, hi)]
    k = bisect.bisect_left(says, (s0, ""))  # the last one before the span wins; a speaker before it never holds it
    if k > 0:
        return says[k - 1][1]
    for v, who in says[k:]:  # else the first after it that does not contain the span
        if not (v - len(who) <= s0 and s1 <= v):
            return who
    if (lo, hi) not in ctx.according:
        ctx.according[(lo, hi)] = _ACCORDING.search(text, lo, hi)
    m = ctx.according[(lo, hi)]
    if not m:
        return None
    who = _SPEAKER_CUT.sub("", m.group("np")).strip()
    return None if m.start("np") <= s0 < m.start("np") + len(who) else who


def _quote_speaker(ctx: _Context, q: tuple[int, int]) -> str | None:
    """Who speaks a quotation: '"...," X said', '"...," said X', else 'X said: "..."' before it."""
    if q not in ctx.quote_speakers:
        ctx.quote_speakers[q] = _read_quote_speaker(ctx, q)
    return ctx.quote_speakers[q]


def _read_quote_speaker(ctx: _Context, q: tuple[int, int]) -> str | None:
    text = ctx.text
    after = q[1] + 1
    hi = min(ctx.sentence(after)[1] if after < len(text) else after, after + 90)
    m = _SAY_RE.search(text, after, hi)
    if m:
        who = _speaker_before(text, after, m.start())
        if who is None and not text[after : m.start()].strip(" ,"):
            am = _NP_AFTER_SAY.match(text, m.end(), hi)
            who = _SPEAKER_CUT.sub("", am.group("np")).strip() if am else None
        if who and who.lower() not in _PRONOUNS and _SPEAKER_HEAD.search(who):
            return who
    sent = ctx.sentence(q[0])
    return _speaker_in(ctx, sent[0], q[0])


def _attribution(ctx: _Context, start: int, end: int) -> str | None:
    qi = ctx.quote_index(start)
    if qi is not None:
        q = ctx.quotes[qi]
        who = _quote_speaker(ctx, q)
        if who is None and ctx.opens_line[qi]:
            # A paragraph that opens with a quote and names no speaker continues the previous quotation.
            i = qi - 1
            if i >= 0 and q[0] - ctx.quotes[i][1] < 600:
                who = _quote_speaker(ctx, ctx.quotes[i])
        return who
    sent = ctx.sentence(start)
    return _speaker_in(ctx, sent[0], sent[1], (start, end))


# ------------------------------------------------------------------ per-core analysis
@dataclass
class _Found:
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    unit: str
    qualifier: str
    measure: str
    counted: str | None
    partitive: bool = False


def _qualifier_before(text: str, lo: int, start: int) -> tuple[str, int] | None:
    window_lo = max(lo, start - 30)
    m = _QUAL_BEFORE.search(text, window_lo, start)
    if not m:
        return None
    word = m.group("q").lower()
    if word == "over" and _OVER_NOT_QUALIFIER.search(text, max(lo, m.start() - 30), m.start()):
        return None
    if word == "about" and _ABOUT_NOT_QUALIFIER.search(text, max(lo, m.start() - 30), m.start()):
        return None
    key = _SPACES.sub(" ", lowered(m.group("q")))
    return QUALIFIERS_BEFORE[key], m.start()


def _bounds(qualifier: str, value: float) -> tuple[float | None, float | None]:
    if qualifier in ("more_than", "at_least"):
        return value, None
    if qualifier in ("less_than", "almost"):
        return None, value
    return None, None


def _unit_after(text: str, pos: int, limit: int) -> tuple[str, str, int, bool, bool] | None:
    """(unit, measure, end, hyphenated, is_age_form) of a unit right after a number ending at ``pos``."""
    m = _UNIT_HYPHEN.match(text, pos, limit)
    if m:
        u = m.group("u").lower()
        unit, measure = UNITS.get(u, UNITS.get(u.rstrip("s"), ("count", "count")))
        return unit, measure, m.end(), True, bool(m.group("old"))
    m = _UNIT_GLUED.match(text, pos, limit)
    if m:
        unit, measure = UNITS[m.group("u").lower()]
        return unit, measure, m.end(), False, False
    m = _UNIT_SPACED.match(text, pos, limit)
    if m:
        if m.group("pct"):
            return "percent", "percentage", m.end(), False, False
        u = _SPACES.sub(" ", lowered(m.group("u")))
        unit, measure = UNITS[u]
        return unit, measure, m.end(), False, False
    return None


def _absorb_conversion(text: str, pos: int, limit: int, measure: str) -> int:
    """End of a parenthetical restating the figure in another unit ("1,000km (620-mile)"), else ``pos``."""
    m = _PAREN.match(text, pos, limit)
    if m and measure in _DIMENSION_HINTS and _DIMENSION_HINTS[measure].search(m.group("inner")):
        return m.end()
    return pos


@dataclass
class _Core:
    kind: str
    start: int
    end: int
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str = "count"
    measure: str | None = None


def _core_from_match(text: str, m: re.Match[str]) -> _Core | None:
    kind = m.lastgroup or ""
    s, e = m.span()
    g = m.group().lower()
    if kind == "vague":
        low, high = VAGUE_COUNTS[_SPACES.sub(" ", g)]
        return _Core("vague", s, e, None, low, high)
    if kind in ("a", "half"):
        v = {"dozen": 12, **_WORD_SCALES}[g.split()[-1]]
        return _Core(kind, s, e, v / 2 if kind == "half" else v)
    if kind == "aunit":
        unit, measure = UNITS[g.split()[-1]]
        return _Core("aunit", s, e, 1.0, unit=unit, measure=measure)
    if kind == "freq":
        return _Core("freq", s, e, float(_FREQ[g]))
    if kind == "digits":
        return _Core("digits", s, e, _number_value(m.group()))
    if kind == "words":
        v = _parse_words(text, s, e)
        if v is None:
            return None
        return _Core("words", s, v[1], v[0])
    return None


def _excluded_number(text: str, core: _Core, sent: tuple[int, int]) -> bool:
    """Dates, times, labels, codes and ordinals: numbers that count nothing."""
    s, e = core.start, core.end
    lo = max(sent[0], s - 60)
    if core.kind == "digits":
        nxt = text[e : e + 1]
        if nxt.isalpha() and not _UNIT_GLUED.match(text, e) and not _SCALE_AFTER.match(text, e):
            return True  # 27th, 1990s, 5G, 3D
        if _MONTH_BEFORE.search(text, lo, s) or _MONTH_AFTER.match(text, e):
            return True
        if _TIME_AFTER.match(text, e) or text[e : e + 1] == "/":
            return True
        if _YEAR_SUFFIX.match(text, e) and _YEAR_LIKE.fullmatch(text[s:e]):
            return True  # 1990s, 2023-24
    return core.kind in ("digits", "words") and _LABEL_BEFORE.search(text, lo, s) is not None


@dataclass
class _Draft:
    """A quantity being read from a core outwards; the phase functions below fill it in."""

    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    unit: str
    measure: str | None
    qualifier: str
    counted: tuple[int, int] | None = None
    partitive: bool = False
    hyphenated: bool = False
    age_form: bool = False
    currency: bool = False
    range_high: float | None = None
    has_qualifier: bool = False


def _analyse(text: str, ctx: _Context, core: _Core, prev_end: int) -> _Found | None:
    """Read the quantity around one core, or None when the number counts nothing."""
    sent = ctx.sentence(core.start)
    left_lo = max(sent[0], prev_end)
    if _excluded_number(text, core, sent):
        return None
    capitalised = text[core.start].isupper() and not _sentence_initial(text, core.start, sent[0])
    if capitalised and core.kind in ("words", "a", "half", "vague"):
        return None  # a number inside a proper name ("Group of Seven") or a title-case headline
    if core.kind == "freq":
        return None if _FREQ_BAD_AFTER.match(text, core.end) else _freq(text, sent, core.start, core.end, core.value)
    d = _Draft(core.start, core.end, core.value, core.low, core.high, core.unit, core.measure, "exact")
    if core.value is None:
        d.qualifier = "vague"
    if core.kind in ("digits", "words", "a", "half"):
        times = _read_number(text, core, sent, left_lo, d)
        if times is not None or d.qualifier == "drop":
            return times
    elif core.kind == "aunit":
        qb = _qualifier_before(text, left_lo, core.start)
        if not qb:
            return None  # "a year" alone is no figure; "more than a decade" is
        d.qualifier, d.start = qb
        d.low, d.high = _bounds(d.qualifier, d.value or 0)
    elif core.kind == "vague":
        _read_vague_unit(text, core, sent, d)
    _attach_counted(text, core, sent, d)
    counted = text[d.counted[0] : d.counted[1]] if d.counted else None
    if d.measure is None or (d.unit == "count" and d.measure == "count"):
        d.measure = _measure(text, sent, d.start, d.end, left_lo, counted, d.partitive)
    elif d.measure == "duration" and d.age_form:
        d.measure = "age"  # "a 52-year-old farmer", "a 70-year-old treaty"
    if counted is None and d.unit == "count" and _is_age(text, core, sent, d):
        d.unit, d.measure = "year", "age"
    if _refers_to_known_parties(text, core, sent, left_lo, d):
        return None
    bare = _SPACES.sub(" ", text[core.start : core.end].lower()) in ("several", "a few")
    if bare and d.unit == "count" and counted is None and not _OF.match(text, core.end):
        return None  # "several" alone names nothing; "killing hundreds" still counts
    return _Found(d.start, d.end, d.value, d.low, d.high, d.unit, d.qualifier, d.measure, counted, d.partitive)


def _is_age(text: str, core: _Core, sent: tuple[int, int], d: _Draft) -> bool:
    """A bare number that is an age: "aged 29 and 33", "The injured man, 45, was", "those over 65"."""
    if core.kind != "digits" or d.value is None or not 1 <= d.value <= 120 or d.range_high is not None:
        return False
    before = text[max(sent[0], d.start - 40) : d.start]
    if _AGED_BEFORE.search(before):
        return True
    if d.start != core.start and _AGE_COPULA_BEFORE.search(before):  # a qualifier: "are over 65"
        return text[d.start : core.start].strip().lower() in ("over", "under", "above", "below")
    wm = _WORD_COMMA_END.search(before)  # apposition after a person: "the driver, 45,"
    return (
        wm is not None
        and text.startswith(",", d.end)
        and (wm.group("w")[0].isupper() or wm.group("w").lower() in _PERSON_SINGULARS)
    )


def _read_number(text: str, core: _Core, sent: tuple[int, int], left_lo: int, d: _Draft) -> _Found | None:
    """Scale, currency, "N times", range, unit and qualifiers of a number; sets d.qualifier to "drop" to
    discard it. Returns a finished row only for "three times"."""
    s = core.start
    e = _read_scale_and_currency(text, core, sent, d)
    hm = _HALF_AFTER.match(text, e) if core.kind == "words" and d.unit == "count" else None
    if hm:  # "seven and a half years"
        d.value, e = (d.value or 0) + 0.5, hm.end()
    rm = _RATIO_AFTER.match(text, e) if d.unit == "count" and not d.currency else None
    if rm:  # "nine in ten", "one out of five": a share
        raw = _SPACES.sub(" ", rm.group("d").lower())
        den = float(raw) if raw.isdigit() else 100.0 if raw == "a hundred" else float(_SMALL.get(raw, 10))
        if den > (d.value or 0):
            return _Found(
                s, rm.end(), round((d.value or 0) / den * 100, 2), None, None, "percent", "exact", "percentage", None
            )
    tm = _TIMES_AFTER.match(text, e)
    if not tm and _TIMES_WORD.match(text, e):
        d.qualifier = "drop"  # "three times the rate" is a ratio
        return None
    if tm and d.unit == "count":
        f = _freq(text, sent, s, tm.end(), d.value)
        qb = _qualifier_before(text, left_lo, s)
        if qb:
            f.qualifier, f.start = qb
            f.low, f.high = _bounds(qb[0], f.value or 0)
        return f
    rng = _range_high(text, core, e, sent, left_lo)
    if rng is not None and d.value is not None and rng[0] <= d.value:
        rng = None  # "1thousand-2": the scaled value already exceeds what would be the range's top
    if rng is not None:
        d.range_high, e, range_start = rng
        d.start = min(d.start, range_start)
        sm = _SCALE_AFTER.match(text, e) if core.kind == "digits" and d.unit == "count" else None
        if sm and (not sm.group("sp") or sm.group("s").lower() not in ("m", "k")):
            scale = SCALES[sm.group("s").lower()]
            d.value, d.range_high = (d.value or 0) * scale, d.range_high * scale
            e = sm.end()
    d.end = e
    if not _read_unit(text, e, sent, d):
        d.qualifier = "drop"
        return None
    if (
        core.kind == "words"
        and core.value == 1
        and d.unit == "count"
        and not _one_allowed(text, s, d.end, sent, left_lo)
    ):
        d.qualifier = "drop"
        return None
    qb = _qualifier_before(text, left_lo, d.start)
    if qb:
        d.qualifier, d.start = qb
        d.has_qualifier = True
    qa = _QUAL_AFTER.match(text, d.end)
    if qa:
        d.qualifier = QUALIFIERS_AFTER.get(_SPACES.sub(" ", qa.group().strip().lower()), d.qualifier)
        d.end = qa.end()
    if _is_year(text, core, sent, d):
        d.qualifier = "drop"
        return None
    if d.range_high is not None:
        d.low, d.high, d.value, d.qualifier = d.value, d.range_high, None, "vague"
    elif d.value is not None:
        d.low, d.high = _bounds(d.qualifier, d.value)
    return None


def _read_scale_and_currency(text: str, core: _Core, sent: tuple[int, int], d: _Draft) -> int:
    """ "1.5 million", "$2bn", "100k", "€3m": multiply the value and set the currency; returns the new end."""
    s, e = core.start, core.end
    if core.kind != "digits":
        return e
    currency = _CURRENCY_BEFORE.search(text, max(0, s - 4), s)
    sm = _SCALE_AFTER.match(text, e)
    if sm:
        sc = sm.group("s").lower()
        if sc in ("m", "k") and sm.group("sp"):
            sm = None  # "5 m" is metres or nothing; only glued "5m"/"100k" are scales
        elif sc == "m" and not currency:
            np = _noun_phrase(text, sm.end(), sent[1])
            if not (np and _is_plural_head(text[np[0] : np[1]].split()[-1])):
                sm = None  # "a 10m wall" is metres; "2.5m people" is millions
        if sm:
            d.value = (d.value or 0) * SCALES[sc]
            e = sm.end()
    if currency:
        d.unit, d.measure, d.start, d.currency = (
            CURRENCY_SYMBOLS[currency.group().strip().lower()],
            "money",
            currency.start(),
            True,
        )
    return e


def _read_unit(text: str, e: int, sent: tuple[int, int], d: _Draft) -> bool:
    """Set the unit after a number; False for hyphen compounds that count nothing ("two-thirds", "three-way")."""
    u = _unit_after(text, e, sent[1])
    if u and d.unit == "count":
        d.unit, d.measure, d.end, d.hyphenated, d.age_form = u
    elif u and d.measure == "money" and u[1] == "money":
        d.end = u[2]  # "$5 million dollars"
    elif not u:
        hm = _HYPHEN_WORD.match(text[d.end : d.end + 20])
        if hm:
            w = hm.group("w").lower()
            if w == "strong":  # "a 2,000-strong force"
                d.end += hm.end()
                d.hyphenated = True
            elif w not in ("odd", "plus"):
                return False
    return True


def _is_year(text: str, core: _Core, sent: tuple[int, int], d: _Draft) -> bool:
    """A bare four-digit number in 1000..2100 is a year unless a qualifier, currency, unit or a counted group
    of people makes it a count ("some 1500 troops")."""
    if core.kind != "digits" or d.currency or d.range_high is not None or d.has_qualifier or d.unit != "count":
        return False
    if not _YEAR_OR_2100.fullmatch(text[core.start : core.end]):
        return False
    np = _noun_phrase(text, d.end, sent[1])
    head = text[np[0] : np[1]].split()[-1] if np else ""
    return not (head and (head.lower() in _PERSON_PLURALS or _DEMONYM.match(head) or head.lower() == "troops"))


def _read_vague_unit(text: str, core: _Core, sent: tuple[int, int], d: _Draft) -> None:
    """ "millions of dollars" takes a currency; "a few short months", "several years" a time unit."""
    of = _OF.match(text, core.end)
    if of:
        um = _UNIT_SPACED.match(text, of.end(), sent[1])
        if um and um.group("u"):
            unit, measure = UNITS[_SPACES.sub(" ", lowered(um.group("u")))]
            if measure == "money":
                d.unit, d.measure, d.end = unit, measure, um.end()
        return
    u = _unit_after(text, core.end, sent[1])
    if u and u[1] == "duration":
        d.unit, d.measure, d.end = u[0], u[1], u[2]


def _attach_counted(text: str, core: _Core, sent: tuple[int, int], d: _Draft) -> None:
    """Absorb a unit conversion in brackets, then the counted noun phrase (or "of" + noun after a duration)."""
    if d.measure in _DIMENSION_HINTS:
        d.end = _absorb_conversion(text, d.end, sent[1], d.measure or "")
    if d.unit == "count" or d.hyphenated:
        pm = _PARTITIVE.match(text, d.end) if d.unit == "count" and core.kind in ("digits", "words") else None
        if pm:  # "38 of the 67 people": the 38 counts the 67's noun; its own span stays the number
            d.partitive = True
            d.counted = _partitive_counted(text, pm.end(), sent[1])
            return
        of = _OF.match(text, d.end) if core.kind == "vague" else None
        # A unit adjective modifies one short noun: "1,000-kilometer border", "decades-long territorial dispute".
        np = _noun_phrase(text, of.end() if of else d.end, sent[1], max_words=2 if d.hyphenated else 5)
        if np and d.hyphenated and not text[np[0] : np[1]].islower():
            np = None
        if np:
            ob = _ON_BOARD.match(text, np[1])
            d.counted = (np[0], ob.end() if ob else np[1])
            d.end = d.counted[1]
    elif d.measure == "duration":
        of = _OF.match(text, d.end)
        np = _noun_phrase(text, of.end(), sent[1], max_words=3) if of else None
        if np:
            d.counted, d.end = np, np[1]


def _refers_to_known_parties(text: str, core: _Core, sent: tuple[int, int], left_lo: int, d: _Draft) -> bool:
    """ "the two leaders", "these two nations", "the countries' two ministries", "its three neighbours": a small
    count after a determiner or possessive names parties the reader knows, unless it measures something."""
    s = core.start
    return (
        core.kind in ("digits", "words")
        and d.unit == "count"
        and d.value is not None
        and d.value <= 10
        and d.start == s
        and _DETERMINER_BEFORE.search(text, max(left_lo, s - 30), s) is not None
        and _PARTITIVE_BEFORE.search(text, max(sent[0], s - 30), s) is None
        and d.measure not in _SPECIFIC_MEASURES
    )


def _range_high(text: str, core: _Core, e: int, sent: tuple[int, int], left_lo: int) -> tuple[float, int, int] | None:
    """(high value, end, start) of a range after a number: "10-15", "10 to 15", "between 10 and 15"."""
    if core.kind not in ("digits", "words") or core.value is None:
        return None
    if core.kind == "digits" and _YEAR_LIKE.fullmatch(text[core.start : core.end]):
        return None  # "2023-24" is a span of years, excluded elsewhere
    s = core.start
    bm = _BETWEEN.search(text, max(left_lo, s - 10), s)
    if bm:
        m = _AND_NUM.match(text, e, sent[1])
        start, grp = bm.start(), "n"
    else:
        m = _RANGE.match(text, e, sent[1])
        start, grp = s, "n" if m and m.group("n") else "w"
    if not m or not m.group(grp):
        return None
    raw = m.group(grp)
    if raw[0].isdigit():
        high = _number_value(raw)
    else:
        parsed = _parse_words(text, *m.span(grp))
        if parsed is None:
            return None
        high = parsed[0]
    if high <= core.value:
        return None
    return high, m.end(), start


def _one_allowed(text: str, s: int, end: int, sent: tuple[int, int], left_lo: int) -> bool:
    """'one' counts only a person ("one man", "one soldier") and never in "one of", "the one", "one another"."""
    if _ONE_BAD_BEFORE.search(text, max(left_lo, s - 15), s):
        return False
    np = _noun_phrase(text, end, sent[1], max_words=2)
    if not np:
        return False
    return text[np[0] : np[1]].split()[-1].lower() in _PERSON_SINGULARS


def _partitive_counted(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase after "of the [N]": the counted noun of a partitive such as "38 of the 67 people"."""
    m = _PARTITIVE_NUMBER.match(text, pos, limit)
    p = m.end() if m else pos
    np = _noun_phrase(text, p if m else pos - 1, limit)
    if not np:
        return None
    ob = _ON_BOARD.match(text, np[1])
    return (np[0], ob.end() if ob else np[1])


def _freq(text: str, sent: tuple[int, int], s: int, e: int, value: float | None) -> _Found:
    """'twice', 'three times': occurrences; 'went to war twice' counts wars."""
    wm = _WENT_TO.search(text, max(sent[0], s - 40), s)
    if wm:
        noun = wm.group("n")
        return _Found(s, e, value, None, None, "count", "exact", noun.lower() + "s", noun)
    return _Found(s, e, value, None, None, "count", "exact", "occurrences", None)


# ------------------------------------------------------------------ public API
def extract_quantities(text: str, sentences: Sequence[tuple[int, int]] | None = None) -> list[Row]:
    """Every quantity stated in ``text`` as rows with spans into the original string, in text order.

    ``sentences``: ``sentence_spans(text)`` when the caller has it already (computed here otherwise)."""
    sents = sentence_spans(text) if sentences is None else sentences
    ctx = _Context(text, sents, [a for a, _ in sents], *_quote_intervals(text))
    low = lowered(text)
    found: list[_Found] = []
    prev_end = 0
    for m in anchored_finditer(_CORE_LOWERED, _CORE_AT, low):
        if m.start() < prev_end:
            continue
        core = _core_from_match(text, m)
        if core is None:
            continue
        f = _analyse(text, ctx, core, prev_end)
        if f is None:
            continue
        if found and f.start < found[-1].end:
            f.start = max(f.start, found[-1].end)
            if f.start > core.start:
                continue
        found.append(f)
        prev_end = f.end
    found.sort(key=lambda f: (f.start, f.end))
    rows = []
    for f in found:
        rows.append(
            {
                "char_start": f.start,
                "char_end": f.end,
                "text": text[f.start : f.end],
                "value": f.value,
                "value_low": f.low,
                "value_high": f.high,
                "unit": f.unit,
                "qualifier": f.qualifier,
                "measure": f.measure,
                "counted": f.counted,
                "attributed_to": _attribution(ctx, f.start, f.end),
            }
        )
    return rows

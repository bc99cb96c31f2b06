"""Date phrases in news text, resolved against the article's publication date.

Own rules and calendar arithmetic, no dateparser: it misreads decades ("the 1990s"), misses part-of-period
phrases and tense. Conventions (spans, bounds, precision, EDTF, the tense rule) are in docs/time_expressions.md.
A span is the words that fix the bounds ("the late 1980s", "Earlier in July", "last month", "Friday"), never a
locating preposition ("in", "on", "since") nor a possessive "'s".
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from caucasus_peace.extract.scanning import anchored_finditer, lowered

# ---------------------------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------------------------

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("January", "Jan"),
            ("February", "Feb"),
            ("March", "Mar"),
            ("April", "Apr"),
            ("May",),
            ("June", "Jun"),
            ("July", "Jul"),
            ("August", "Aug"),
            ("September", "Sept", "Sep"),
            ("October", "Oct"),
            ("November", "Nov"),
            ("December", "Dec"),
        ],
        start=1,
    )
    for name in names
}
_FULL_MONTHS = [calendar.month_name[i] for i in range(1, 13)]
# "YEREVAN, JUNE 9, ARMENPRESS.": agency datelines in capitals; only where a day or a year stands beside it
_UPPER_MONTHS = [m.upper() for m in _FULL_MONTHS]
MONTHS |= {m.upper(): MONTHS[m] for m in _FULL_MONTHS}
WEEKDAYS = {calendar.day_name[i]: i for i in range(7)}
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip


def count_of(raw: str) -> int:
    """The number a numeral or a count word stands for ("20", "three", "a")."""
    return int(raw) if raw.isdigit() else NUMBER_WORDS[raw.lower()]


ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty-second": 22,
}  # fmt: skip

# Parts of a period, as fractions of it: months and years by thirds ("early July" = 1-10 July), decades and
# centuries by generous halves ("the late 1980s" = 1985-1989), since those coarse phrases are used loosely.
THIRDS = {"early": (0, 1 / 3), "mid": (1 / 3, 2 / 3), "late": (2 / 3, 1)}
HALVES = {"early": (0, 0.5), "mid": (0.3, 0.8), "late": (0.5, 1)}
PART_WORDS = {
    "early": "early", "mid": "mid", "late": "late", "beginning": "early", "start": "early", "middle": "mid",
    "end": "late",
}  # fmt: skip

# Words that make a bare capitalised month name a date ("in March") rather than a verb, noun or name.
_MONTH_CUES = (
    "in|on|since|until|till|by|from|through|throughout|between|before|after|during|early|late|last|next|this|"
    "past|coming|of|and|or|to|the|mid|(?:planned|scheduled|slated|set|due) for"
)
_MAY_CUES = (  # not "the", "and", "to": "the May government", "Pashinyan and May", "spoke to May"
    "in|on|since|until|till|by|from|through|throughout|between|before|after|during|early|late|last|next|this|past|"
    "coming|mid|(?:planned|scheduled|slated|set|due) for"
)
_CUE_BEFORE = re.compile(rf"(?i:\b(?:{_MONTH_CUES})\s+)$")
_MAY_CUE_BEFORE = re.compile(
    rf"(?i:\b(?:{_MAY_CUES})\s+)$|\b(?:{'|'.join(_FULL_MONTHS)})(?:\s+(?:and|or|to|through|until)\s+|\s*[-–]\s*)$"
)
# A bare year after these is a count ("about 2000 troops"); after these capitalised words, a number ("Resolution 2334").
_COUNT_BEFORE = re.compile(
    r"(?i:\b(?:about|around|approximately|roughly|nearly|almost|over|some|least|than|another|additional|"
    r"estimated|total|of\s+some|up\s+to)\s+)$|(?:\b(?:No|Nos|Resolution|Flight|Route|Article|Section|Chapter|Room|"
    r"Model|Highway|Paragraph|Order|Decree|Law|Item|Page|Vol|Volume|Number|Unit|Division|Brigade|Regiment)\.?\s+)$"
)
_OLD_YEAR_CUE = re.compile(r"(?i:\b(?:in|since|until|by|from|of|before|after|between|around|circa|c\.)\s+)$")
_COUNT_AFTER = re.compile(
    r"\s*(?i:people|persons|soldiers|troops|servicemen|civilians|refugees|residents|families|homes|houses|buildings|"
    r"prisoners|detainees|deaths|dead|casualties|victims|fighters|men|women|children|km|kilometres?|kilometers?|"
    r"miles?|metres?|meters?|feet|ft|hectares|tons|tonnes|barrels|dollars|euros|manats?|drams|rubles|roubles|votes|"
    r"words|pages|members|employees|workers|units|vehicles|tanks|rounds|shells|drones|missiles|gmt|utc|hours|hrs|"
    r"local\s+time|ethnic|armenians|azerbaijanis|azeris|russians|times)\b"
)
# Proper names and recurring days that contain a weekday ("Black Friday", "Good Friday", "Friday prayers").
_WEEKDAY_NAME_BEFORE = re.compile(
    r"(?:\b(?:Black|Good|Holy|Super|Cyber|Ash|Bloody|Maundy|Easter|Palm|Shrove|Giving|Whit|Great|Clean|Orthodox|Man)"
    r"\s+)$"
)
_WEEKDAY_NAME_AFTER = re.compile(r"\s+(?:[Pp]rayers?|[Mm]osque|[Ss]ermon|Times|Magazine|Club|Group)\b")
_TODAY_NAME_BEFORE = re.compile(r"(?:\b(?:USA|Russia|Armenia|Azerbaijan|Turkey|Türkiye|Europe|China|India)\s+)$")

# ---------------------------------------------------------------------------------------------------------------
# Patterns
# ---------------------------------------------------------------------------------------------------------------

_MON = (
    r"(?P<mon>" + "|".join(_FULL_MONTHS + _UPPER_MONTHS) + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_MONTH_FULL = r"(?P<mon>" + "|".join(_FULL_MONTHS) + r")"
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1\d{3}|20\d{2})"
_WD = r"(?P<wd>" + "|".join(WEEKDAYS) + r")"
_NOT_NUM = r"(?![\w%]|[.,/:]\d|[-–]\d)"
_PART = r"(?P<part>early|mid|late|[Ee]arly|[Mm]id|[Ll]ate)"
_PART_OF = r"(?:(?:[Tt]he\s+)?(?P<partof>beginning|start|middle|end)\s+of\s+(?:the\s+)?)"

_ISO = re.compile(r"(?<![\w-])(?P<year>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w-])")
_MDY = re.compile(
    rf"(?:{_WD},?\s+)?\b{_MON}\s+{_DAY}(?:\s*[-–]\s*(?P<day2>3[01]|[12]\d|0?[1-9]))?,?\s+{_YEAR}{_NOT_NUM}"
)
_DMY = re.compile(rf"(?:{_WD},?\s+)?(?:the\s+)?\b{_DAY}(?:\s+of)?\s+{_MON},?\s+{_YEAR}{_NOT_NUM}")
_MD = re.compile(rf"(?:{_WD},?\s+)?\b{_MON}\s+{_DAY}(?:\s*[-–]\s*(?P<day2>3[01]|[12]\d|0?[1-9]))?{_NOT_NUM}")
_DM = re.compile(
    rf"(?:{_WD},?\s+)?(?:the\s+)?(?<![\d,.])\b{_DAY}(?:\s*[-–]\s*(?P<day2>3[01]|[12]\d|0?[1-9]))?(?:\s+of)?\s+{_MON}\b"
)
_MY = re.compile(rf"\b{_MON}(?:,|\s+of)?\s+{_YEAR}{_NOT_NUM}")
_MONTH_PART = re.compile(
    rf"(?:\b{_PART}(?:-|\s+)|\b{_PART_OF}|\b(?P<rel>[Ee]arlier|[Ll]ater)\s+in\s+){_MONTH_FULL}\b"
    rf"(?:,?\s+{_YEAR}{_NOT_NUM})?"
)
_MONTH_ALONE = re.compile(rf"\b(?:(?P<mod>[Ll]ast|[Nn]ext|[Tt]his(?:\s+past|\s+coming)?)\s+)?{_MONTH_FULL}\b")
_SINCE_BEFORE = re.compile(r"\b[Ss]ince\s+\Z")
_PAST_PLAN = re.compile(
    r"\b(?:(?:had(?:\s+been)?|was|were)\s+(?:(?:originally|initially|first|also)\s+)?"
    r"|(?:originally|initially)\s+)(?:scheduled|planned|due|expected|set|slated|pencilled)\b"
    r"|\bhad\s+(?:originally\s+|initially\s+)?planned\b",
    re.IGNORECASE,
)
# "January and September", "March to May": a month that opens a range or a list of months
_RANGE_NEXT = re.compile(r"\s*(?:and|or|to|through|till|until|[-–—])\s*(?:" + "|".join(_FULL_MONTHS) + r")\b")
_MONTH_REL_YEAR = re.compile(rf"\b{_MONTH_FULL}(?:\s+of)?\s+(?P<which>this|last|next)\s+year\b")
# "August 8 last year", "8 August of this year": the day of the year named, not of the year the tense gives
_MD_REL_YEAR = re.compile(rf"(?:{_WD},?\s+)?\b{_MON}\s+{_DAY}(?:\s+of)?\s+(?P<which>this|last|next)\s+year\b")
_DM_REL_YEAR = re.compile(
    rf"(?:{_WD},?\s+)?(?:the\s+)?(?<![\d,.])\b{_DAY}(?:\s+of)?\s+{_MON}(?:\s+of)?\s+(?P<which>this|last|next)\s+year\b"
)
_YEAR_RANGE = re.compile(r"(?<![\w$£€.,/-])(?P<y1>1\d{3}|20\d{2})\s*[-–]\s*(?P<y2>\d{4}|\d{2})" + _NOT_NUM)
_YEAR_ONLY = re.compile(r"(?<![\w$£€.,/'’-])" + _YEAR + _NOT_NUM + r"(?![-–][A-Za-z])")
_YEAR_PART = re.compile(rf"(?:\b{_PART}(?:-|\s+)|\b{_PART_OF}){_YEAR}{_NOT_NUM}")
_DECADE = re.compile(
    r"(?:\b[Tt]he\s+)?(?:\b(?P<part>[Ee]arly|[Mm]id|[Ll]ate)(?:-|\s+))?"
    r"(?:\b(?P<dec>1\d{2}0|20\d0)['’]?s|(?<!\w)['’](?P<dec2>\d0)s)\b"
)
_ORD = r"(?P<ord>\d{1,2}(?:st|nd|rd|th)|" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + ")"
_CENTURY = re.compile(
    rf"(?:\b[Tt]he\s+)?(?:\b(?P<part>[Ee]arly|[Mm]id|[Ll]ate)(?:-|\s+))?\b(?i:{_ORD})[\s-](?i:century)\b"
)
_SEASON_YEAR = re.compile(
    r"(?:\b[Tt]he\s+)?\b(?P<season>spring|summer|autumn|fall|winter)(?:\s+of)?\s+" + _YEAR + _NOT_NUM
)
# "in the summer": a bare season after a locating preposition, not "the summer recess" or "the summer of 2022".
_SEASON_BARE = re.compile(
    r"\b(?:in|during|over|through|throughout|since|by|until|before|after)\s+(?P<span>the\s+"
    r"(?P<season>spring|summer|autumn|fall|winter))\b(?!\s+(?:of\b|\d|(?!(?:and|but|when|as|with|will|to)\b)[a-z]+\b))"
)
_SEASON_REL = re.compile(r"\b(?P<which>[Tt]his|[Ll]ast|[Nn]ext)\s+(?P<season>spring|summer|autumn|fall|winter)\b")
_REL_UNIT = re.compile(
    r"\b(?:(?P<pos>[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\s+)?(?P<which>[Tt]his|[Ll]ast|[Nn]ext)\s+"
    r"(?P<unit>week|weekend|month|year|decade)\b"
)
# "in the coming days", "over the next few weeks", "in the months ahead": a stretch that opens the day after
# publication (days: a week; weeks: a month; months: half a year), the window news gives a planned step.
_COMING = re.compile(
    r"\b(?:[Tt]he\s+)?(?:(?:[Cc]oming|[Nn]ext\s+(?:few|several))\s+(?P<unit>days|weeks|months)"
    r"|(?P<unit_ahead>days|weeks|months)\s+ahead)\b"
)
_COMING_WORDS = ("coming", "Coming", "next few", "Next few", "next several", "Next several", "ahead")
_PART_OF_REL = re.compile(
    r"\b(?:[Tt]he\s+)?(?P<partof>beginning|start|middle|end)\s+of\s+(?:(?P<which>this|last|next)|the)\s+"
    r"(?P<unit>week|month|year)\b"
)
_DAY_WORD = re.compile(
    r"\b(?:[Tt]he\s+day\s+(?P<ba>before\s+yesterday|after\s+tomorrow)|(?P<word>[Tt]oday|[Yy]esterday|[Tt]omorrow|"
    r"[Tt]onight)|(?P<this>[Tt]his)\s+(?:morning|afternoon|evening)|(?P<lastnight>[Ll]ast)\s+night)\b"
)
_WEEKDAY = re.compile(
    rf"\b(?:(?P<mod>[Ll]ast|[Nn]ext|[Tt]his(?:\s+past|\s+coming)?|[Cc]oming)\s+)?{_WD}\b"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
)
_AGO = re.compile(
    r"\b(?P<n>\d{1,2}|" + "|".join(NUMBER_WORDS) + r")\s+(?P<unit>day|week|month|year|decade)s?\s+ago\b", re.IGNORECASE
)
_NARRATIVE = re.compile(
    r"\b(?:(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|a\s+couple\s+of|\d{1,2})\s+"
    r"(?:day|week|month|year)s?)|(?:[Dd]ays|[Ww]eeks|[Mm]onths|[Yy]ears))\s+(?:later|earlier)\b"
    r"|\b[Tt]he\s+(?:(?:following|previous|preceding)\s+(?:day|morning|week|month|year)|next\s+(?:day|morning)|same\s+(?:day|night|evening|morning|afternoon)|day\s+before)\b",
    re.IGNORECASE,
)


# Anchors: where each pattern can start (see extract.scanning). One character each, a letter with a look-ahead
# for the rest of its word, so that no anchor covers another start; written as alternatives that each open
# with a literal character, which lets the regex engine skip to the next such character.
def _each(chars: str, rest: str) -> str:
    """ "L(?=ast)|l(?=ast)" from ("Ll", "ast"): one literal-first alternative per character."""
    return "|".join(f"{re.escape(c)}(?={rest})" for c in chars)


_WD_AT = "M(?=onday)|T(?=uesday|hursday)|W(?=ednesday)|F(?=riday)|S(?=aturday|unday)"
# full names, abbreviations and the capitals of datelines ("JUNE 9")
_MON_AT = (
    "J(?=an|un|ul|AN|UN|UL)|F(?=eb|EB)|M(?=ar|ay|AR|AY)|A(?=pr|ug|PR|UG)|S(?=ep|EP)|O(?=ct|CT)|N(?=ov|OV)|D(?=ec|EC)"
)
_PART_OF_AT = "|".join(
    (_each("Tt", r"he\s+(?:beginning|start|middle|end)"), "b(?=eginning)|s(?=tart)|m(?=iddle)|e(?=nd)")
)
_PART_AT = "|".join((_each("Ee", "arl"), _each("Mm", "id"), _each("Ll", "ate"), _PART_OF_AT))  # "earlier in" too
_YEAR_AT = r"1(?=\d{3})|2(?=0\d\d)"
_DAY_AT = _each("0123456789", r"[0-9]?(?:st|nd|rd|th)?[\s\-–]")  # a day of one or two digits, then a space or dash
_MOD_AT = "|".join((_each("Ll", "ast"), _each("Nn", "ext"), _each("Tt", "his")))
ANCHORS: dict[re.Pattern[str], re.Pattern[str]] = {
    rx: re.compile(anchor)
    for rx, anchor in (
        (_ISO, r"\d(?=\d\d\d-)"),
        (_MDY, f"{_WD_AT}|{_MON_AT}"),
        (_MD, f"{_WD_AT}|{_MON_AT}"),
        (_DMY, "|".join((_WD_AT, r"t(?=he\s+[0-9])", _DAY_AT))),
        (_DM, "|".join((_WD_AT, r"t(?=he\s+[0-9])", _DAY_AT))),
        (_MY, _MON_AT),
        (_MONTH_REL_YEAR, _MON_AT),
        (_MD_REL_YEAR, f"{_WD_AT}|{_MON_AT}"),
        (_DM_REL_YEAR, "|".join((_WD_AT, r"t(?=he\s+[0-9])", _DAY_AT))),
        (_MONTH_ALONE, f"{_MOD_AT}|{_MON_AT}"),
        (_MONTH_PART, _PART_AT),
        (_YEAR_PART, _PART_AT),
        (_YEAR_ONLY, _YEAR_AT),
        (_YEAR_RANGE, _YEAR_AT),
        (
            _DECADE,
            "|".join(
                (
                    _each("Tt", r"he\s+[EeMmLl12'’]"),
                    _each("Ee", "arly"),
                    _each("Mm", "id"),
                    _each("Ll", "ate"),
                    r"1(?=\d\d0)|2(?=0\d0)",
                    _each("'’", r"\d0s"),
                )
            ),
        ),
        (_REL_UNIT, "|".join((_each("Ee", "arl"), _each("Ll", "ate|ast"), _each("Tt", "his"), _each("Nn", "ext")))),
        (_PART_OF_REL, _PART_OF_AT),
        (
            _DAY_WORD,
            "|".join((_each("Tt", r"he\s+day|oday|omorrow|onight|his"), _each("Yy", "esterday"), _each("Ll", "ast"))),
        ),
        (_WEEKDAY, "|".join((_MOD_AT, _each("Cc", "oming"), _WD_AT))),
    )
}


def _find(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)``, tried only at the pattern's anchors."""
    return anchored_finditer(rx, ANCHORS[rx], text)


# Words without which a rarely matching pattern cannot match: the rule is skipped on most articles.
_SEASON_WORDS = ("spring", "summer", "autumn", "fall", "winter")
_DECADE_ENDS = ("0s", "0's", "0’s")
_NARRATIVE_THE = re.compile(r"the\s+(?:following|previous|preceding|next|same|day)")


# The case-insensitive patterns, for the lowered text (extract.scanning.lowered): the same spans, found faster.
_AGO_LOWERED = re.compile(_AGO.pattern)
_NARRATIVE_LOWERED = re.compile(_NARRATIVE.pattern)
LOWERED = {_AGO: _AGO_LOWERED, _NARRATIVE: _NARRATIVE_LOWERED}  # checked in the tests


# ---------------------------------------------------------------------------------------------------------------
# Tense
# ---------------------------------------------------------------------------------------------------------------

# Both tense patterns open with a look-ahead for the letters (or apostrophe) their alternatives start with: the engine
# then passes every other position at once instead of trying each alternative there (same matches, twice as fast).
_FUTURE = re.compile(
    r"(?=['’]|\b(?i:[abcdefghimnoprstuvw]))"
    r"(?:\b(?:[Ww]ill(?!\s+not\s+have)|[Ww]on['’]t|[Ss]hall|[Ww]ould|[Cc]ould|[Mm]ight|may|[Cc]annot|[Cc]an['’]t)\b"
    r"(?!\s+(?:have|not)\b|n['’]t)"
    r"|['’]ll\b"
    r"|\b(?i:(?:scheduled|expected|expects?|expecting|set|due|slated|poised|going|plans?|planned|planning|"
    r"intends?|intended|hopes?|hoping|aims?|aiming|prepares?|preparing|ready)\s+to|(?:scheduled|expected|set|due|slated|planned|coming)\s+(?:for|on|at|in)|"
    r"due|to\s+be|upcoming|ahead\s+of|next|(?:is|are)\s+to(?=\s+[a-z]+\b)|must)\b"
    # what is offered, proposed or promised lies ahead: "presented a proposal to host the ministers in June"
    r"|\b(?i:offers?|offered|proposals?|proposed|invitation|promised|pledged|vowed)\s+to"
    r"(?=\s+(?!(?:the|a|an|his|her|its|their|this|that)\b)[a-z]+\b)"
    # a date set by the calendar, in the present tense: "holds elections in June", "the campaign opens on 19 April",
    # "faces a presidential election in October", "the exhibition runs until 17 January"
    # (verbs, not the nouns "swollen faces", "loose ends": an object or a preposition follows)
    r"|\b(?:faces|holds)\s+(?:a|an|the|its|parliamentary|presidential|local|snap|early|general|elections?|talks)\b"
    r"|\b(?:opens|begins|starts|ends|expires|runs|resumes|closes)\s+(?:on|in|at|until|till|through|from|next)\b"
    r"|\bgo(?:es)?\s+to\s+the\s+polls\b|\btakes?\s+place\b)"
)
_PAST_WORDS = (
    "was|were|had|did|didn['’]t|wasn['’]t|weren['’]t|hadn['’]t|said|told|met|held|took|broke|went|came|gave|made|got|"
    "saw|began|left|won|lost|fought|fled|sent|spoke|wrote|led|brought|thought|found|kept|felt|paid|stood|struck|drew|"
    "rose|fell|grew|knew|threw|ran|sat|became|chose|sought|taught|caught|bought|built|spent|meant|heard|understood|"
    "withdrew|ago|previously|earlier|already"
)
_PAST = re.compile(
    rf"(?=\b[a-z])(?:\b(?:{_PAST_WORDS})\b|\b(?:could|would|might|may|will)\s+(?:not\s+)?have\b"
    r"|\b(?:could|would)n['’]t\b|\b(?:could|would)\s+not\b|(?P<ed>\b[a-z]+ed\b))",
    re.IGNORECASE,
)
# Words in -ed that are not past-tense verbs, and words after which an -ed word is an adjective ("the disputed area").
_NOT_PAST_ED = frozenset(
    ["need", "speed", "seed", "feed", "bed", "red", "hundred", "indeed", "proceed", "succeed", "exceed", "breed",
     "greed", "creed", "shed", "embed", "united", "based", "related", "armed", "disputed", "contested", "expected",
     "detailed", "limited", "interested", "concerned", "advanced", "skilled", "experienced", "alleged", "sacred",
     "wicked", "naked", "aged", "beloved", "so-called", "unprecedented", "renewed", "heightened", "sustained",
     "coordinated", "planned", "scheduled", "slated"]
)  # fmt: skip
_ADJ_BEFORE = frozenset(
    ["the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those", "of",
     "in", "with", "for", "by", "more", "most", "very", "so", "highly", "heavily", "widely", "newly", "long-"]
)  # fmt: skip
# "when it is reviewed in September": a participle after a present auxiliary is no past tense
_PRESENT_AUX = frozenset(["is", "are", "am", "be", "being"])
_COORDINATED = re.compile(r"\b(?:and|but|then|or)\b")
_THE_END = re.compile(r"\bthe\s+$")
_THE_END_ANY = re.compile(r"\b[Tt]he\s+$")
_FOR_END = re.compile(r"\bfor\s+$")
_NON_DIGITS = re.compile(r"\D")
_CLAUSE_SPLIT = re.compile(r"(?<!\d),|,(?!\d)|[;:()—–]|\s-\s")  # not "40,000"
_SENTENCE_END = re.compile(r"\n+|(?<=[.!?])[\"”’]?\s+(?=[\"“‘']?[A-Z])")
_SENTENCE_END_AT = re.compile(r"\n|[.!?]")
_ABBREV = re.compile(
    r"(?:\b[A-Z]|\b(?:U\.S|U\.K|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Gov|Prof|Jr|Sr|Inc|Co|Corp|No|vs|Jan|Feb|Mar|"
    r"Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\.[\"”’]?\s+$"
)


# a step put off or kept on until a date (the date lies ahead of the step)
_PUT_OFF = re.compile(
    r"\b(?:adjourn|postpon|delay|defer|extend|prolong|reschedul|put\s+off|push(?:ed)?\s+back|moved\s+back)\w*\b"
    r"[^,.;]{0,50}?\b(?:until|till|to)\s+(?:the\s+)?(?:(?:early|mid|late|end\s+of)-?\s*)?\Z",
    re.IGNORECASE,
)
# a date inside what was agreed, voted or decided to do: "voted on Wednesday to put it to a referendum on 6 December"
# (not the day of the agreeing: "On Tuesday the ministers agreed to exchange lists"; nor what was agreed to, a noun
# phrase: "agreed to a ceasefire on Tuesday")
_TO_DO = re.compile(
    r"\b(?:agreed|voted|decided|undertook|resolved)\s+(?:\S+\s+){0,3}?to\s+"
    r"(?!(?:be|a|an|the|its|their|his|her|this|that|these|those)\b)[a-z]+\b[^,;.]{0,80}\Z",
    re.IGNORECASE,
)
# a date that a body set for what it schedules: "has set the referendum for June 7", "set June 7 as the date of the
# vote" (the date lies ahead of the setting, whatever the tense of "set"; not "had scheduled"). The verbs are shared
# with the status cues of events (cues.SET_FOR_HEAD, cues.SET_AS_DATE).
SETTING = r"(?<!\bhad )\b(?:set|sets|fixed|fixes|scheduled|schedules)"
NAMING = r"(?<!\bhad )\b(?:set|sets|fixed|fixes|named|names|chose|chosen|picked)"
_SET_FOR = re.compile(rf"{SETTING}\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){{0,4}}?for\s+\Z", re.IGNORECASE)
# what can be done by a date lies ahead: "can be signed by the autumn", "can be completed this year" (not "can be
# explained by the floods in April": the date must follow the verb group)
_CAN_BE_DONE = re.compile(
    r"\bcan\s+be\s+\w+ed\s+(?:(?:by|in|on|before|until|within|after)\s+)?(?:the\s+)?\Z", re.IGNORECASE
)
_SET_BEFORE = re.compile(rf"{NAMING}\s+\Z", re.IGNORECASE)
_AS_THE_DATE = re.compile(r"\s+as\s+the\s+(?:date|day)\s+(?:of|for)\b", re.IGNORECASE)
_MAX_SENTENCE = 1500  # look no further for a sentence's ends: keeps extraction linear in the text length
_COORDINATION = re.compile(r"\b(?:and|but|then|or)")  # _COORDINATED without its closing boundary
_TOKENS_3 = re.compile(r"(?:\s*+\S++){3}\s++(?=\S)")  # three tokens and the space before a fourth


class _Article:
    """One article's text with its sentence ends and tense markers, each computed once for all date phrases.

    ``sentence_bounds`` returns exactly what the windowed scan ``_sentence_bounds`` returns (kept below for the
    windows where it must run), from one article-wide scan; tense markers are read once per window."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._ends: list[tuple[int, int, bool]] | None = None  # (start, end, ends a sentence) of _SENTENCE_END
        self._end_starts: list[int] = []
        self._ok_starts: list[int] = []  # (start, end) of the ends that end a sentence, as two lists
        self._ok_ends: list[int] = []
        self._markers: dict[tuple[int, int], list[tuple[int, int, bool]]] = {}
        self._low: str | None = None

    @property
    def low(self) -> str:
        """The lowered text (extract.scanning.lowered), for the case-insensitive rules."""
        if self._low is None:
            self._low = lowered(self.text)
        return self._low

    def sentence_bounds(self, start: int, end: int) -> tuple[int, int]:
        """``_sentence_bounds(text, start, end)`` from one article-wide scan of sentence ends."""
        text, n = self.text, len(self.text)
        if self._ends is None:
            self._ends = [(m.start(), m.end(), _ends_sentence(text, m)) for m in _sentence_ends(text)]
            self._end_starts = [e[0] for e in self._ends]
            self._ok_starts = [a for a, _, ok in self._ends if ok]
            self._ok_ends = [b for _, b, ok in self._ends if ok]
        ends = self._ends
        lo, hi = max(0, start - _MAX_SENTENCE), min(n, end + _MAX_SENTENCE)
        i, j = bisect.bisect_left(self._end_starts, lo), bisect.bisect_left(self._end_starts, hi)
        # A match across the window's edges (or whose look-ahead reaches past it) may differ in the window.
        if (i > 0 and ends[i - 1][1] > lo) or (hi < n and j > 0 and ends[j - 1][1] + 2 > hi):
            return _sentence_bounds(text, start, end)
        # The window's last sentence end that ends by `start`, and its first that starts at or after `end` (the
        # ends are disjoint and in order, so both are found by bisection).
        oks, oke = self._ok_starts, self._ok_ends
        k = bisect.bisect_right(oke, start) - 1
        new_lo = oke[k] if k >= 0 and oks[k] >= lo else lo
        k = bisect.bisect_left(oks, end)
        new_hi = oks[k] if k < len(oks) and oks[k] < hi else hi
        return new_lo, new_hi

    def markers(self, lo: int, hi: int) -> list[tuple[int, int, bool]]:
        key = (lo, hi)
        if key not in self._markers:
            self._markers[key] = _markers(self.text, lo, hi)
        return self._markers[key]

    def _clause_start(self, start: int, end: int) -> int:
        s_lo = self.sentence_bounds(start, end)[0]
        return max([m.end() + s_lo for m in _CLAUSE_SPLIT.finditer(self.text[s_lo:start])], default=s_lo)

    def _clause_bounds(self, start: int, end: int) -> tuple[int, int]:
        """The comma-delimited clause around a date phrase, inside its sentence."""
        s_hi = self.sentence_bounds(start, end)[1]
        split_after = _CLAUSE_SPLIT.search(self.text, end, s_hi)
        return self._clause_start(start, end), split_after.start() if split_after else s_hi

    def scheduled(self, start: int, end: int) -> bool:
        """Words just before a date phrase that put it ahead, whatever the tense: "adjourned the hearing until 26
        November", "pushed back to early June", "set the referendum for June 7", "set June 7 as the date"."""
        text, c_lo = self.text, self._clause_start(start, end)
        return bool(
            _PUT_OFF.search(text, max(c_lo, start - 80), start)
            or _TO_DO.search(text, max(c_lo, start - 120), start)
            or _SET_FOR.search(text, max(c_lo, start - 80), start)
            or (_SET_BEFORE.search(text, max(c_lo, start - 12), start) and _AS_THE_DATE.match(text, end))
            or _CAN_BE_DONE.search(text, max(c_lo, start - 60), start)
        )

    def since(self, start: int) -> bool:
        """The date phrase follows 'since' ('held since April 12', 'Since the middle of September'): a time gone
        by, whatever the tense of its clause ('will be counted towards the sentence')."""
        return _SINCE_BEFORE.search(self.text, max(0, start - 8), start) is not None

    def plan_gone_by(self, start: int, end: int) -> bool:
        """The date phrase is what a plan was set for, told as past ('had been due to take place on May 21',
        'was originally scheduled for March', 'had planned to start in May'):
        the plan's day has come, so the last such day or month is meant (or one a few weeks ahead: _NEAR_DAYS_WEAK),
        not the next."""
        return _PAST_PLAN.search(self.text, max(self._clause_start(start, end), start - 80), start) is not None

    def tense_is_weak(self, start: int, end: int) -> bool:
        """No words tie the date phrase to a tense: no scheduling words (scheduled) and no tense marker of its
        clause within _TIED_WORDS words before it or just after it ("resigned in October", "will host the first
        session in June", "In June the mayor resigned"), only a verb further off whose date it need not be ("it
        threatened further operations in the run-up to the elections in June")."""
        if self.scheduled(start, end):
            return False
        text = self.text
        for ms, me, _ in self.markers(*self._clause_bounds(start, end)):
            if me <= start and len(text[me:start].split()) <= _TIED_WORDS:
                return False
            if ms >= end and len(text[end:ms].split()) <= _TIED_AFTER:
                return False
        return True

    def year_cues(self, start: int, end: int, in_range: bool = False) -> tuple[bool, bool]:
        """(future, weak) for the year of a month or a day and month: after 'since', past; what a plan was set for,
        told as past, past but weak; else the tense (is_future), weak when no words tie the date to it
        (tense_is_weak) and it is past, and never for a month that opens a range ('between January and
        September'), which keeps the tense's year so that the range stays in order."""
        if self.since(start):
            return False, False
        if self.plan_gone_by(start, end):
            return False, True
        future = self.is_future(start, end)
        return future, not future and not in_range and self.tense_is_weak(start, end)

    def is_future(self, start: int, end: int, default_future: bool = False) -> bool:
        """Tense of the clause around a date phrase: the nearest tense marker in its comma-delimited clause
        decides, then the nearest in its sentence; with none, news defaults to past (or future for "Friday's
        meeting")."""
        text = self.text
        s_lo, s_hi = self.sentence_bounds(start, end)
        if self.scheduled(start, end):
            return True
        c_lo, c_hi = self._clause_bounds(start, end)
        markers = self.markers(c_lo, c_hi)
        if any(e <= start for _, e, _ in markers):
            # A marker after "and"/"but"/"then" belongs to a second verb: "crossed on Wednesday and will travel".
            markers = _not_coordinated(text, end, c_hi, markers)
        found = _nearest(markers, start, end)
        if found is None and not default_future:
            found = _nearest(self.markers(s_lo, s_hi), start, end)
        return default_future if found is None else found


def _sentence_ends(text: str) -> Iterator[re.Match[str]]:
    """``_SENTENCE_END.finditer(text)``, tried only where a match can start: at a line break or right after
    terminal punctuation."""
    pos = 0
    for a in _SENTENCE_END_AT.finditer(text):
        s = a.end() if a.group() != "\n" else a.start()
        if s < pos:
            continue
        m = _SENTENCE_END.match(text, s)
        if m is not None:
            yield m
            pos = m.end()


def _ends_sentence(text: str, m: re.Match[str]) -> bool:
    return m.group().startswith("\n") or not _ABBREV.search(text[max(0, m.start() - 8) : m.end()])


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end); abbreviations such as "U.S." or "Sept." do not end one."""
    lo, hi = max(0, start - _MAX_SENTENCE), min(len(text), end + _MAX_SENTENCE)
    for m in _SENTENCE_END.finditer(text, lo, hi):
        if _ends_sentence(text, m):
            if m.end() <= start:
                lo = m.end()
            elif m.start() >= end:
                hi = m.start()
                break
    return lo, hi


def _markers(text: str, lo: int, hi: int) -> list[tuple[int, int, bool]]:
    """(start, end, is_future) of the tense markers in text[lo:hi]."""
    window = text[lo:hi]
    future = [(m.start() + lo, m.end() + lo) for m in _FUTURE.finditer(window)]
    f_starts = [a for a, _ in future]
    f_ends = [b for _, b in future]
    fourth: dict[int, float] = {}  # end of a future marker -> where the fourth token after it starts
    found = [(s, e, True) for s, e in future]
    for m in _PAST.finditer(window):
        s, e = m.start() + lo, m.end() + lo
        # inside a future marker ("expected" inside "expected to"); the markers are sorted and disjoint
        k = bisect.bisect_right(f_starts, s) - 1
        if k >= 0 and s < f_ends[k]:
            continue
        k = bisect.bisect_left(f_starts, e) - 1
        if k >= 0 and e <= f_ends[k]:
            continue
        if m.group("ed"):
            word = m.group("ed").lower()
            prev = _previous_token(text, lo, s)
            if (
                word in _NOT_PAST_ED
                or prev in _ADJ_BEFORE
                or prev in _PRESENT_AUX
                or (prev.endswith("ly") and prev not in {"only", "early"})
            ):
                continue
        # A participle within three words after a modal belongs to its verb group ("could be announced", "be held").
        # The nearest modal before decides: from an earlier one, at least as many words lie in between.
        k = bisect.bisect_left(f_ends, s) - 1
        if k >= 0:
            fe = f_ends[k]
            if fe not in fourth:
                t3 = _TOKENS_3.match(text, fe)
                fourth[fe] = t3.end() if t3 else float("inf")
            if s <= fourth[fe]:  # text[fe:s] holds at most three words
                continue
        found.append((s, e, False))
    return found


def _previous_token(text: str, lo: int, pos: int) -> str:
    """``text[lo:pos].split()[-1].lower()`` (or ""), reading at most 17 characters of the token: the caller only
    compares it with short words and its last two letters."""
    j = pos
    while j > lo and text[j - 1].isspace():
        j -= 1
    i = j
    while i > lo and j - i <= 16 and not text[i - 1].isspace():
        i -= 1
    return text[i:j].lower()


def _not_coordinated(text: str, end: int, hi: int, markers: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """The markers before ``end`` and those after it with no "and"/"but"/"then"/"or" in between: exactly
    ``[mk for mk in markers if mk[0] < end or not _COORDINATED.search(text, end, mk[0])]``, in one pass."""
    closed = float("inf")  # end of the first coordinating word that is a whole word in the text
    word_ends: set[int] = set()  # ends of the others (whole words only where a marker starts right after)
    for w in _COORDINATION.finditer(text, end, hi):
        q = w.end()
        if q < len(text) and (text[q].isalnum() or text[q] == "_"):
            word_ends.add(q)
        else:
            closed = min(closed, q)
    return [mk for mk in markers if mk[0] < end or not (closed <= mk[0] or mk[0] in word_ends)]


def _nearest(markers: list[tuple[int, int, bool]], start: int, end: int) -> bool | None:
    if not markers:
        return None
    # at equal distances the verb before the date phrase takes it: "said on Thursday it would study" (said on
    # Thursday), "will meet on Friday after talks ended" (will meet on Friday)
    return min(markers, key=lambda m: (max(m[0] - end, start - m[1], 0), m[0] >= end))[2]


def is_future(text: str, start: int, end: int, *, default_future: bool = False) -> bool:
    """Tense of the clause around a date phrase: the nearest tense marker in its comma-delimited clause decides,
    then the nearest in its sentence; with none, news defaults to past (or future for "Friday's meeting")."""
    return _Article(text).is_future(start, end, default_future)


# ---------------------------------------------------------------------------------------------------------------
# Calendar arithmetic
# ---------------------------------------------------------------------------------------------------------------


def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _week(d: date) -> tuple[date, date]:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def _part(lo: date, hi: date, part: str, fractions: dict[str, tuple[float, float]], unit: str) -> tuple[date, date]:
    """Sub-period of [lo, hi] by fractions, rounded to whole days (month) or whole months/years (coarser units)."""
    a, b = fractions[part]
    if unit == "day" and lo.day == 1 and hi == month_end(lo.year, lo.month):  # months by dekads: 1-10, 11-20, 21-end
        first, last = {"early": (1, 10), "mid": (11, 20), "late": (21, hi.day)}[part]
        return lo.replace(day=first), lo.replace(day=last)
    if unit == "day":
        n = (hi - lo).days + 1
        first = lo + timedelta(days=round(a * n))
        return first, lo + timedelta(days=round(b * n) - 1)
    if unit == "month":
        y0, m0 = lo.year, lo.month
        ya, ma = add_months(y0, m0, round(a * 12))
        yb, mb = add_months(y0, m0, round(b * 12) - 1)
        return date(ya, ma, 1), month_end(yb, mb)
    n = hi.year - lo.year + 1
    return date(lo.year + round(a * n), 1, 1), date(lo.year + round(b * n) - 1, 12, 31)


def edtf_for(lo: date, hi: date) -> str:
    """The shortest EDTF string whose bounds are exactly [lo, hi]."""
    whole_months = lo.day == 1 and hi == month_end(hi.year, hi.month)
    whole_years = whole_months and lo.month == 1 and hi.month == 12
    if lo == hi:
        return lo.isoformat()
    if whole_years:
        if lo.year == hi.year:
            return f"{lo.year:04d}"
        if lo.year % 100 == 0 and hi.year == lo.year + 99:
            return f"{lo.year // 100:02d}XX"
        if lo.year % 10 == 0 and hi.year == lo.year + 9:
            return f"{lo.year // 10:03d}X"
        return f"{lo.year:04d}/{hi.year:04d}"
    if whole_months:
        if (lo.year, lo.month) == (hi.year, hi.month):
            return f"{lo.year:04d}-{lo.month:02d}"
        return f"{lo.year:04d}-{lo.month:02d}/{hi.year:04d}-{hi.month:02d}"
    return f"{lo.isoformat()}/{hi.isoformat()}"


# ---------------------------------------------------------------------------------------------------------------
# Rules
# ---------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    kind: str
    lo: date | None
    hi: date | None
    precision: str


Rule = Callable[[_Article, date], Iterator[_Hit]]


def _month_num(name: str) -> int:
    return MONTHS[name.rstrip(".")]


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _resolve_month(pub: date, month: int, future: bool, strict: bool = False) -> int:
    """Year of the nearest such month on/before (past) or on/after (future) the publication month."""
    if future:
        return pub.year if month > pub.month or (month == pub.month and not strict) else pub.year + 1
    return pub.year if month < pub.month or (month == pub.month and not strict) else pub.year - 1


# A day and month this close to publication is that one, whatever the tense, when the tense would put it this far
# away ('called for a rally on April 10' written on April 2); and when no words tie the date to a tense
# (_Article.tense_is_weak), a month, or a day and month, within about three months of publication is that one: news
# speaks of the months around its day.
_NEAR_DAYS, _FAR_DAYS = 45, 300
_NEAR_DAYS_WEAK, _FAR_DAYS_WEAK = 90, 270
_TIED_WORDS = 6  # a tense marker this many words before a date phrase, in its clause, is the tense of its verb
_TIED_AFTER = 3  # ... or this many words after it ("In June the mayor resigned")


def _nearer(pub: date, picked: date, others: Iterable[date], weak: bool) -> date:
    """picked, unless it lies far from publication and one of others near it (see _NEAR_DAYS)."""
    near_days, far_days = (_NEAR_DAYS_WEAK, _FAR_DAYS_WEAK) if weak else (_NEAR_DAYS, _FAR_DAYS)
    if abs((picked - pub).days) <= far_days:
        return picked
    near = [d for d in others if abs((d - pub).days) <= near_days]
    return near[0] if near else picked


def _month_year(pub: date, month: int, future: bool, weak: bool) -> int:
    """The year of a month named alone: the tense's (_resolve_month); but when no words tie the month to a tense
    (weak), 'the elections in June' written in March, after a verb in the past tense, are this June's."""
    y = _resolve_month(pub, month, future)
    if future or not weak:  # a verb of the future, however far, never names a month gone by
        return y
    return _nearer(pub, date(y, month, 15), [date(y - 1, month, 15), date(y + 1, month, 15)], weak).year


def _resolve_day_month(pub: date, month: int, day: int, future: bool, weak: bool = False) -> date | None:
    """The year of a day and month: the next such day for a future clause, the last one for a past clause; but
    'called for a rally on April 10' written on April 2 is eight days ahead, not a year back (see _NEAR_DAYS)."""
    picked = None
    for y in (pub.year, pub.year + 1) if future else (pub.year, pub.year - 1):
        d = _safe_date(y, month, day)
        if d is not None and (d >= pub if future else d <= pub):
            picked = d
            break
    if picked is None:
        return None
    others = [d for y in (pub.year - 1, pub.year, pub.year + 1) if (d := _safe_date(y, month, day))]
    return _nearer(pub, picked, others, weak)


def _rule_iso(doc: _Article, pub: date) -> Iterator[_Hit]:
    text = doc.text
    for m in _find(_ISO, text):
        d = _safe_date(int(m["year"]), int(m["m"]), int(m["d"]))
        if d:
            yield _Hit(m.start(), m.end(), "absolute", d, d, "day")


def _rule_full_date(doc: _Article, pub: date) -> Iterator[_Hit]:
    text = doc.text
    for rx in (_MDY, _DMY):
        for m in _find(rx, text):
            d = _safe_date(int(m["year"]), _month_num(m["mon"]), int(m["day"]))
            last = _safe_date(d.year, d.month, int(m["day2"])) if d and m.groupdict().get("day2") else d
            if d and last and last >= d:  # "Sept. 19-20, 2023" is both days
                yield _Hit(m.start(), m.end(), "absolute", d, last, "day")


def _rule_day_month(doc: _Article, pub: date) -> Iterator[_Hit]:
    text = doc.text
    for rx in (_MD, _DM):
        for m in _find(rx, text):
            month, day = _month_num(m["mon"]), int(m["day"])
            first = _resolve_day_month(pub, month, day, *doc.year_cues(m.start(), m.end()))
            if m["wd"]:  # "Wednesday, June 4": the nearest year in which that day is a Wednesday
                fits = [d for y in (pub.year, pub.year - 1, pub.year + 1) if (d := _safe_date(y, month, day))]
                fits = [d for d in fits if d.weekday() == WEEKDAYS[m["wd"]]]
                first = first if first in fits or not fits else min(fits, key=lambda d: abs((d - pub).days))
            if first is None:
                continue
            last = _safe_date(first.year, month, int(m["day2"])) if m["day2"] else first
            if last is not None and last >= first:
                yield _Hit(m.start(), m.end(), "relative", first, last, "day")


def _rule_month_year(doc: _Article, pub: date) -> Iterator[_Hit]:
    text = doc.text
    for m in _find(_MY, text):
        y, mo = int(m["year"]), _month_num(m["mon"])
        yield _Hit(m.start(), m.end(), "absolute", date(y, mo, 1), month_end(y, mo), "month")
    for m in _find(_MONTH_REL_YEAR, text):
        y = pub.year + {"this": 0, "last": -1, "next": 1}[m["which"]]
        mo = MONTHS[m["mon"]]
        yield _Hit(m.start(), m.end(), "relative", date(y, mo, 1), month_end(y, mo), "month")
    for rx in (_MD_REL_YEAR, _DM_REL_YEAR):
        for m in _find(rx, text):
            y = pub.year + {"this": 0, "last": -1, "next": 1}[m["which"]]
            d = _safe_date(y, _month_num(m["mon"]), int(m["day"]))
            if d is not None:
                yield _Hit(m.start(), m.end(), "relative", d, d, "day")


def _month_has_cue(text: str, m: re.Match[str]) -> bool:
    """A bare month name is a date only after a cue word, before a possessive or a lowercase noun after "the"."""
    before = text[max(0, m.start() - 30) : m.start()]
    if m["mon"] == "May":
        return bool(_MAY_CUE_BEFORE.search(before))
    return bool(_CUE_BEFORE.search(before)) or text.startswith(("’s", "'s"), m.end())


def _rule_month_alone(doc: _Article, pub: date) -> Iterator[_Hit]:
    text = doc.text
    for m in _find(_MONTH_ALONE, text):
        month, mod = MONTHS[m["mon"]], (m["mod"] or "").lower()
        if not mod and not _month_has_cue(text, m):
            continue
        if mod == "last":
            y = _resolve_month(pub, month, future=False, strict=True)
        elif mod == "next":
            y = _resolve_month(pub, month, future=True, strict=True)
        elif mod.startswith("this"):
            y = pub.year
        else:
            in_range = _RANGE_NEXT.match(text, m.end()) is not None
            y = _month_year(pub, month, *doc.year_cues(m.start(), m.end(), in_range))
        yield _Hit(m.start(), m.end(), "relative", date(y, month, 1), month_end(y, month), "month")


def _rule_month_part(doc: _Article, pub: date) -> Iterator[_Hit]:
    text = doc.text
    for m in _find(_MONTH_PART, text):
        month = MONTHS[m["mon"]]
        if m["year"]:
            y, kind = int(m["year"]), "vague"
        elif (m["rel"] and m["rel"].lower() == "earlier") or doc.since(m.start()):
            y, kind = _resolve_month(pub, month, future=False), "relative"
        elif m["rel"]:
            y, kind = _resolve_month(pub, month, doc.is_future(m.start(), m.end())), "relative"
        else:
            y, kind = _month_year(pub, month, *doc.year_cues(m.start(), m.end())), "relative"
        lo, hi = date(y, month, 1), month_end(y, month)
        if m["rel"]:  # "earlier in July" is July up to publication, "later in July" July from publication
            if (y, month) == (pub.year, pub.month):
                lo, hi = (lo, pub) if m["rel"].lower() == "earlier" else (pub, hi)
            yield _Hit(m.start(), m.end(), kind, lo, hi, "month")
            continue
        part = (m["part"] or PART_WORDS[m["partof"]]).lower()
        lo, hi = _part(lo, hi, part, THIRDS, "day")
        yield _Hit(m.start(), m.end(), kind, lo, hi, "month")


def _is_year(text: str, start: int, end: int, year: int) -> bool:
    before = text[max(0, start - 20) : start]
    if _COUNT_BEFORE.search(before) or _COUNT_AFTER.match(text, end):
        return False
    if year < 1800:  # old years need a preposition ("in 1453"), otherwise they are counts
        return bool(_OLD_YEAR_CUE.search(before))
    return True


def _rule_year(doc: _Article, pub: date) -> Iterator[_Hit]:
    text = doc.text
    for m in _find(_YEAR_ONLY, text):
        y = int(m["year"])
        if _is_year(text, m.start(), m.end(), y):
            yield _Hit(m.start(), m.end(), "absolute", date(y, 1, 1), date(y, 12, 31), "year")
    for m in _find(_YEAR_RANGE, text):
        y1, raw = int(m["y1"]), m["y2"]
        y2 = int(raw) if len(raw) == 4 else y1 // 100 * 100 + int(raw)
        if y1 < y2 <= y1 + 100 and _is_year(text, m.start(), m.end(), y1):
            yield _Hit(m.start(), m.end(), "absolute", date(y1, 1, 1), date(y2, 12, 31), "year")
    for m in _find(_YEAR_PART, text):
        if _THE_END.search(text[max(0, m.start("year") - 5) : m.start("year")]):
            continue  # "the end of the 2020 war": the year names the war, the bare-year rule reads it
        y = int(m["year"])
        part = (m["part"] or PART_WORDS[m["partof"]]).lower()
        lo, hi = _part(date(y, 1, 1), date(y, 12, 31), part, THIRDS, "month")
        yield _Hit(m.start(), m.end(), "vague", lo, hi, "year")


def _rule_decade(doc: _Article, pub: date) -> Iterator[_Hit]:
    text = doc.text
    if not any(e in text for e in _DECADE_ENDS):
        return
    for m in _find(_DECADE, text):
        if m["dec"]:
            start = int(m["dec"])
        else:  # "the '90s": the most recent such decade
            start = pub.year // 100 * 100 + int(m["dec2"])
            if start > pub.year:
                start -= 100
        if m["dec"] and start % 100 == 0 and start < 2000:  # "the 1900s" is a century
            lo, hi, precision = date(start, 1, 1), date(start + 99, 12, 31), "century"
        else:
            lo, hi, precision = date(start, 1, 1), date(start + 9, 12, 31), "decade"
        kind = "absolute"
        if m["part"]:
            lo, hi = _part(lo, hi, m["part"].lower(), HALVES, "year")
            kind = "vague"
        yield _Hit(m.start(), m.end(), kind, lo, hi, precision)


def _rule_century(doc: _Article, pub: date) -> Iterator[_Hit]:
    text = doc.text
    if "century" not in doc.low:  # (?i:century) matches only what lower-cases to it
        return
    for m in _CENTURY.finditer(text):
        raw = lowered(m["ord"])  # (?i) also reads "fırst": lowered() folds it to an ordinal word
        n = ORDINAL_WORDS.get(raw) or int(_NON_DIGITS.sub("", raw))
        if not 1 <= n <= 22:
            continue
        lo, hi = date(max(1, (n - 1) * 100), 1, 1), date((n - 1) * 100 + 99, 12, 31)
        kind = "absolute"
        if m["part"]:
            lo, hi = _part(lo, hi, m["part"].lower(), HALVES, "year")
            kind = "vague"
        yield _Hit(m.start(), m.end(), kind, lo, hi, "century")


def _season_bounds(season: str, y: int) -> tuple[date, date]:
    a, b = SEASONS[season]
    return (date(y, a, 1), month_end(y + 1, b)) if a > b else (date(y, a, 1), month_end(y, b))


def _bare_season(pub: date, season: str, future: bool) -> tuple[date, date]:
    """The latest such season begun by publication (past), or the first not yet over (future)."""
    y = pub.year if _season_bounds(season, pub.year)[0] <= pub else pub.year - 1
    if future and _season_bounds(season, y)[1] < pub:
        y += 1
    return _season_bounds(season, y)


def _rule_season(doc: _Article, pub: date) -> Iterator[_Hit]:
    text = doc.text
    if not any(w in text for w in _SEASON_WORDS):
        return
    for m in _SEASON_BARE.finditer(text):
        lo, hi = _bare_season(pub, m["season"], doc.is_future(m.start("span"), m.end("span")))
        yield _Hit(m.start("span"), m.end("span"), "relative", lo, hi, "year")
    for m in _SEASON_YEAR.finditer(text):
        y, season = int(m["year"]), m["season"]
        lo, hi = (date(y, 1, 1), date(y, 12, 31)) if season == "winter" else _season_bounds(season, y)
        yield _Hit(m.start(), m.end(), "absolute", lo, hi, "year")
    for m in _SEASON_REL.finditer(text):
        which, season = m["which"].lower(), m["season"]
        if which == "this":
            # the season of the publication's year, ahead or behind ("this summer" in April is the coming one,
            # "this spring" in October the past one); a winter spans two years: in January it began last December
            y = pub.year - 1 if season == "winter" and pub.month <= SEASONS[season][1] else pub.year
            yield _Hit(m.start(), m.end(), "relative", *_season_bounds(season, y), "year")
            continue
        # the season that contains or most recently preceded publication, then step a year back or forward
        y = pub.year if _season_bounds(season, pub.year)[0] <= pub else pub.year - 1
        if which == "last" and _season_bounds(season, y)[1] >= pub:
            y -= 1
        if which == "next":
            y = y + 1
        lo, hi = _season_bounds(season, y)
        yield _Hit(m.start(), m.end(), "relative", lo, hi, "year")


def _unit_bounds(pub: date, unit: str, offset: int) -> tuple[date, date, str]:
    if unit == "week":
        lo, hi = _week(pub + timedelta(weeks=offset))
        return lo, hi, "month"
    if unit == "weekend":
        lo, hi = _week(pub + timedelta(weeks=offset))
        return hi - timedelta(days=1), hi, "month"
    if unit == "month":
        y, mo = add_months(pub.year, pub.month, offset)
        return date(y, mo, 1), month_end(y, mo), "month"
    if unit == "year":
        return date(pub.year + offset, 1, 1), date(pub.year + offset, 12, 31), "year"
    start = pub.year // 10 * 10 + 10 * offset
    return date(start, 1, 1), date(start + 9, 12, 31), "decade"


def _rule_relative_unit(doc: _Article, pub: date) -> Iterator[_Hit]:
    text = doc.text
    for m in _find(_REL_UNIT, text):
        offset = {"this": 0, "last": -1, "next": 1}[m["which"].lower()]
        if offset and (m["unit"] == "decade" or _THE_END_ANY.search(text[max(0, m.start() - 5) : m.start()])):
            continue  # "the last year", "the next decade": durations counted back or forward, not calendar periods
        lo, hi, precision = _unit_bounds(pub, m["unit"], offset)
        pos = (m["pos"] or "").lower()
        if pos == "earlier" and offset == 0:
            hi = min(hi, pub)  # "earlier this year": from its start up to publication
        elif pos == "later" and offset == 0:
            lo = max(lo, pub)
        elif pos in ("early", "late") and m["unit"] in ("month", "year"):
            lo, hi = _part(lo, hi, pos, THIRDS, "day" if m["unit"] == "month" else "month")
        elif pos:
            continue  # "later last week": no sensible reading
        yield _Hit(m.start(), m.end(), "relative", lo, hi, precision)
    for m in _find(_PART_OF_REL, text):
        offset = {"this": 0, "last": -1, "next": 1, None: 0}[m["which"]]
        lo, hi, precision = _unit_bounds(pub, m["unit"], offset)
        sub = {"week": "day", "month": "day", "year": "month"}[m["unit"]]
        lo, hi = _part(lo, hi, PART_WORDS[m["partof"]], THIRDS, sub)
        yield _Hit(m.start(), m.end(), "relative", lo, hi, precision)


def _rule_coming(doc: _Article, pub: date) -> Iterator[_Hit]:
    text = doc.text
    if not any(w in text for w in _COMING_WORDS):
        return
    for m in _COMING.finditer(text):
        unit, lo = m["unit"] or m["unit_ahead"], pub + timedelta(days=1)
        if unit == "days":
            yield _Hit(m.start(), m.end(), "relative", lo, pub + timedelta(days=7), "month")
            continue
        y, mo = add_months(pub.year, pub.month, 1 if unit == "weeks" else 6)
        hi = _safe_date(y, mo, pub.day) or month_end(y, mo)
        yield _Hit(m.start(), m.end(), "relative", lo, hi, "month" if unit == "weeks" else "year")


def _rule_day_word(doc: _Article, pub: date) -> Iterator[_Hit]:
    text = doc.text
    for m in _find(_DAY_WORD, text):
        word = (m["word"] or "").lower()
        if m["word"] == "Today" and _TODAY_NAME_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
            continue  # "Russia Today", "USA Today"
        if m["ba"]:
            offset = -2 if m["ba"].startswith("before") else 2
        else:
            offset = {"yesterday": -1, "tomorrow": 1}.get(word, -1 if m["lastnight"] else 0)
        d = pub + timedelta(days=offset)
        yield _Hit(m.start(), m.end(), "relative", d, d, "day")


def _rule_weekday(doc: _Article, pub: date) -> Iterator[_Hit]:
    text = doc.text
    for m in _find(_WEEKDAY, text):
        before = text[max(0, m.start() - 20) : m.start()]
        if _WEEKDAY_NAME_BEFORE.search(before) or _WEEKDAY_NAME_AFTER.match(text, m.end()):
            continue
        wd, mod = WEEKDAYS[m["wd"]], (m["mod"] or "").lower()
        back = (pub.weekday() - wd) % 7  # days back to the most recent such day, 0 if today
        ahead = (wd - pub.weekday()) % 7
        if mod == "last" or mod == "this past":
            # "last Tuesday" written on a Wednesday is not yesterday (that would be "yesterday" or "on Tuesday"):
            # the Tuesday of the week before
            d = pub - timedelta(days=back + 7 if back <= 1 and mod == "last" else back or 7)
        elif mod in ("next", "this coming", "coming"):
            d = pub + timedelta(days=ahead or 7)
        else:
            possessive = text.startswith(("’s", "'s"), m.end())
            sentence_start = doc.sentence_bounds(m.start(), m.end())[0] == m.start()
            scheduled = _FOR_END.search(text[max(0, m.start() - 5) : m.start()]) is not None
            future = scheduled or doc.is_future(m.start(), m.end(), possessive or sentence_start)
            d = pub + timedelta(days=ahead) if future else pub - timedelta(days=back)
        yield _Hit(m.start(), m.end(), "relative", d, d, "day")


def _rule_ago(doc: _Article, pub: date) -> Iterator[_Hit]:
    if "ago" not in doc.low:
        return
    for m in _AGO_LOWERED.finditer(doc.low):
        n, unit = count_of(m["n"]), m["unit"]
        if unit == "day":
            d = pub - timedelta(days=n)
            yield _Hit(m.start(), m.end(), "relative", d, d, "day")
        elif unit == "decade":  # "three decades ago": a round figure, the ten years around thirty years back
            y = pub.year - 10 * n
            if y > 5:
                yield _Hit(m.start(), m.end(), "relative", date(y - 5, 1, 1), date(y + 4, 12, 31), "decade")
        else:
            lo, hi, precision = _unit_bounds(pub, unit, -n)
            yield _Hit(m.start(), m.end(), "relative", lo, hi, precision)


def _rule_narrative(doc: _Article, pub: date) -> Iterator[_Hit]:
    """Phrases like "days later" or "the following week": anchored to an event in the story, not to publication."""
    low = doc.low
    if "later" not in low and "earlier" not in low and not _NARRATIVE_THE.search(low):
        return
    for m in _NARRATIVE_LOWERED.finditer(low):
        yield _Hit(m.start(), m.end(), "relative", None, None, "unknown")


RULES: tuple[Rule, ...] = (
    _rule_iso,
    _rule_full_date,
    _rule_day_month,
    _rule_month_year,
    _rule_month_alone,
    _rule_month_part,
    _rule_year,
    _rule_decade,
    _rule_century,
    _rule_season,
    _rule_relative_unit,
    _rule_coming,
    _rule_day_word,
    _rule_weekday,
    _rule_ago,
    _rule_narrative,
)


def _select(hits: list[_Hit]) -> list[_Hit]:
    """Longest spans win; earlier rules break ties. Overlapping shorter hits are dropped."""
    order = sorted(range(len(hits)), key=lambda i: (-(hits[i].end - hits[i].start), i))
    taken: list[_Hit] = []  # disjoint, sorted by start (and so by end): only the one before a hit's end can overlap it
    starts: list[int] = []
    for i in order:
        h = hits[i]
        k = bisect.bisect_left(starts, h.end)
        if k == 0 or taken[k - 1].end <= h.start:
            taken.insert(k, h)
            starts.insert(k, h.start)
    return taken


# "charged him the next day", "The same day, ...", "two days later": a story's day, counted from the day the story
# gave last. Only a day-precise date just before (no other date phrase between, within _NARRATIVE_REACH
# characters) anchors it; anything vaguer ("weeks later", "the following month") stays unresolved.
_NARRATIVE_REACH = 600
_NARRATIVE_DAYS = re.compile(
    r"(?:the\s+(?P<same>same\s+(?:day|night|evening|morning|afternoon))|the\s+(?P<next>(?:next|following)\s+(?:day|morning))"
    r"|the\s+(?P<prev>(?:previous|preceding)\s+day|day\s+before)"
    r"|(?P<n>" + "|".join(NUMBER_WORDS) + r"|\d{1,2})\s+days?\s+(?P<dir>later|earlier))"
)


def _narrative_days(phrase: str, after: str) -> int | None:
    """Days from the anchor that a narrative phrase means, or None when it has no day-precise reading."""
    m = _NARRATIVE_DAYS.fullmatch(" ".join(phrase.lower().split()))
    if not m:
        return None
    if m["same"]:
        return 0
    if m["next"]:
        return 1
    if m["prev"]:
        # "the day before the vote" counts from the vote, not from the last date given
        return -1 if not re.match(r"\s*[a-z]", after) else None
    n = count_of(m["n"])
    return n if m["dir"] == "later" else -n


# ... or, when the date phrase just before is no such day, the story's timeline: the latest date that opens a
# sentence ("On 19 May, a court sentenced two officers over the shelling of Jermuk in September 2022. [...] The
# next day, Baku called the trial a show"), if it gives one day; dates inside a clause tell of other times.
_TIMELINE_REACH = 800
# The date is the sentence's first words, or follows one of these ("On 19 May, ...", "During the early ..."). Not
# "By": "By 2020, ..." is a deadline reached, not the day a story continues from. (e2b1f2a had merged this list with
# _OPENS_SENTENCE's, which differs in that word and in case; the two are kept apart again, as written.)
_OPENS = re.compile(r"\s*(?:(?:[Ii]n|[Dd]uring|[Oo]n|[Ee]arly|[Ll]ate)\s+(?:the\s+)?(?:(?:early|late)\s+)?)?")


_FEW_DAYS = 3  # "on 12 and 13 May", "May 12-14": days a story can go on from ("The next day, ...")


def _one_day(h: _Hit) -> bool:
    """A date phrase of one day, or of a few days in a row, that a narrative phrase can count from."""
    return h.precision == "day" and h.lo is not None and h.hi is not None and (h.hi - h.lo).days <= _FEW_DAYS


def _narrative_anchor(text: str, h: _Hit, before: list[_Hit]) -> _Hit | None:
    """The date phrase a narrative phrase counts from (before: the hits before h, in text order), if any."""
    if not before:
        return None
    prev = before[-1]
    if _one_day(prev) and h.start - prev.end <= _NARRATIVE_REACH:
        return prev
    for p in reversed(before):
        if h.start - p.end > _TIMELINE_REACH:
            return None
        if _OPENS.fullmatch(text, _sentence_bounds(text, p.start, p.end)[0], p.start):
            return p if _one_day(p) else None
    return None


# "Azerbaijan retook the region in 2023. The peacekeepers withdrew the following year.": a year counted from the year
# of the date phrase before it (a date within one calendar year, no further back than _TIMELINE_REACH characters).
_NARRATIVE_YEARS = re.compile(
    r"the\s+(?P<next>following)\s+year|the\s+(?P<prev>previous|preceding)\s+year"
    r"|(?P<n>a|one|" + "|".join(NUMBER_WORDS) + r"|\d{1,2})\s+years?\s+(?P<dir>later|earlier)"
)


def _narrative_year(text: str, h: _Hit, before: list[_Hit]) -> _Hit:
    """h resolved to a year when it counts years from the year of the date phrase before it (see _NARRATIVE_YEARS)."""
    m = _NARRATIVE_YEARS.fullmatch(" ".join(text[h.start : h.end].lower().split()))
    prev = before[-1] if before else None
    if m is None or prev is None or prev.lo is None or prev.hi is None or prev.lo.year != prev.hi.year:
        return h
    if h.start - prev.end > _TIMELINE_REACH:
        return h
    if m["next"] or m["prev"]:
        years = 1 if m["next"] else -1
    else:
        n = 1 if m["n"] in ("a", "one") else count_of(m["n"])
        years = n if m["dir"] == "later" else -n
    y = prev.lo.year + years
    if not 1 <= y <= 9999:
        return h
    return _Hit(h.start, h.end, h.kind, date(y, 1, 1), date(y, 12, 31), "year")


def _anchor_narratives(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Resolve day-precise narrative phrases against the date they count from, and year-counting ones against the
    year of the date before them (hits sorted by start)."""
    out: list[_Hit] = []
    for h in hits:
        if h.kind == "relative" and h.lo is None:
            h = _narrative_year(text, h, out)
        anchor = _narrative_anchor(text, h, out) if h.kind == "relative" and h.lo is None else None
        days = _narrative_days(text[h.start : h.end], text[h.end : h.end + 3]) if anchor is not None else None
        if days is not None and anchor is not None and anchor.lo is not None and anchor.hi is not None:
            if days == 0 and anchor.lo != anchor.hi:
                out.append(h)  # "the same day" after "on 12 and 13 May": which of them is not said
                continue
            try:  # "the next day" after "on 12 and 13 May" is 14 May, "the day before" 11 May
                d = (anchor.hi if days > 0 else anchor.lo) + timedelta(days=days)
                h = _Hit(h.start, h.end, h.kind, d, d, "day")
            except OverflowError:
                pass  # no such day: the phrase stays unresolved
        out.append(h)
    return out


# "In the autumn of 2020, Azerbaijan retook the districts in a war that ended with a truce in November": a month
# or a day and month given without a year, in a sentence that opens with a date of another year ("In 2016, ...",
# "In April 2016 ...", "During the autumn of 2020, ..."), is of that year, not of the year around publication. A
# date inside the sentence does not frame it: "who lost a leg in October 2020, had been held since April 14".
# (not "last March", "next May", "this June": those are counted from publication)
_YEARLESS = re.compile(
    r"(?i)^(?!(?:last|next|this)\b)(?:.*?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"(?:\s+\d{1,2}(?:(?:\s*[-–]\s*|\s+(?:and|or|to|through|until|till)\s+)\d{1,2})?)?"
    r"|\d{1,2}(?:(?:\s*[-–]\s*|\s+(?:and|or|to|through|until|till)\s+)\d{1,2})?\s+[A-Za-z]+)$"
)
# What may stand before a year-less date that opens its sentence ("In March, ...", "By 12 May, ...").
_OPENS_SENTENCE = re.compile(r"\s*(?:(?:In|During|By|On|Early|Late)\s+(?:the\s+)?(?:(?:early|late)\s+)?)")


def _of_year(h: _Hit, year: int) -> _Hit:
    """h moved to the same month and days of another year (unchanged when no such day exists: 29 February)."""
    if h.lo is None or h.hi is None:
        return h
    try:
        lo, hi = h.lo.replace(year=year), h.hi.replace(year=year + h.hi.year - h.lo.year)
    except ValueError:
        return h
    if h.hi == month_end(h.hi.year, h.hi.month):  # a month's last day stays its last day (February in a leap year)
        hi = month_end(hi.year, hi.month)
    return _Hit(h.start, h.end, h.kind, lo, hi, h.precision)


def _anchor_years(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Year-less months and days (hits sorted by start) take the year of the explicit date just before them that
    opens their sentence, when it lies in another year (see _YEARLESS)."""
    out: list[_Hit] = []
    for h in hits:
        prev = out[-1] if out else None
        if (
            prev is not None
            and h.kind == "relative"
            and h.precision in ("day", "month")
            and h.lo is not None
            and prev.kind == "absolute"
            and prev.lo is not None
            and prev.hi is not None
            and prev.lo.year == prev.hi.year != h.lo.year
            and _YEARLESS.search(text[h.start : h.end])
            and _OPENS_SENTENCE.fullmatch(text, _sentence_bounds(text, h.start, h.end)[0], prev.start)
        ):
            h = _of_year(h, prev.lo.year)
        out.append(h)
    return out


# "signed on November 9 that year", "in March of the same year": the year of a date named before
_THAT_YEAR = re.compile(r"[ \t]*,?[ \t]+(?:of[ \t]+)?(?:that|the[ \t]+same)[ \t]+year\b")


def _that_year(text: str, hits: list[_Hit]) -> list[_Hit]:
    """A year-less month or day followed by "that year" or "the same year" (hits sorted by start) takes the year
    of the last date before it whose bounds lie in one calendar year; the phrase runs over those words."""
    out: list[_Hit] = []
    last_year: int | None = None
    for h in hits:
        m = _THAT_YEAR.match(text, h.end) if h.kind == "relative" and h.precision in ("day", "month") else None
        if m is not None and h.lo is not None and last_year is not None:
            moved = _of_year(h, last_year)
            h = _Hit(h.start, m.end(), h.kind, moved.lo, moved.hi, h.precision)
        elif h.kind == "absolute" and h.lo is not None and h.hi is not None and h.lo.year == h.hi.year:
            last_year = h.lo.year
        out.append(h)
    return out


# Dates joined by "and", "to", "or" share what only one of them spells out: "on 12 and 13 May", "March 24 and 25",
# "in September and October 2022", "late September and early October 2023", "between October 3 and November 9,
# 2020". Read one by one, the bare day is lost and the first date takes the year around publication; read
# together they are one phrase, from the first date to the last (annotators mark them so).
_LIST_WORD = r"(?:and|or|to|through|until|till)"
_RANGE_WORD = re.compile(r"to|through|until|till")  # a stretch ("from 4 to 11 July"), not a list
_DAY_AFTER = re.compile(rf"[ \t]+(?P<word>{_LIST_WORD})[ \t]+{_DAY}{_NOT_NUM}(?:(?P<comma>,)?[ \t]+{_YEAR}{_NOT_NUM})?")
# what may follow the last day, so that "on March 24 and 25 people were hurt" and "on May 1 and 3 were wounded"
# stay counts (a year after a comma is always the phrase's: "April 24 and 25, 2015 Armenians marched")
_AFTER_DAY = re.compile(
    r"[ \t]*(?:[,.;:)\]—–\n]|$|(?:in|at|on|the|when|while|after|before|with|as|but|for|by|and|from|during|"
    r"respectively)\b)"
)
_DAY_BEFORE = re.compile(
    r"(?:^|\n|\b(?i:on|from|between|since|until|till|by|during|of|the|for|in|over|and)[ \t]+)"
    rf"{_DAY}[ \t]+(?P<word>{_LIST_WORD})[ \t]+$"
)
_FROM_BEFORE = re.compile(r"(?i:\bfrom)[ \t]+$")
# "postponed from March 12 to April 3": two dates, the old and the new, not a stretch
_MOVED_FROM = re.compile(
    r"(?i:\b(?:postpon|delay|defer|reschedul|mov|push|shift|brought|bring|advanc)\w*\b[^.;\n]{0,40}?\bfrom)[ \t]+$"
)
_LIST_BETWEEN = re.compile(rf"[ \t]*(?:{_LIST_WORD}|[-–])[ \t]*")
_HAS_YEAR = re.compile(r"\b(?:1\d{3}|20\d{2})\b")
# a first date that names its month, not "today", "next month" or "Monday" (those are counted from publication)
_NAMES_MONTH = re.compile(
    r"(?i)^(?!.*\b(?:last|next|this|coming|past)\b).*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
)
_COARSER = {"day": 0, "month": 1}


def _is_range(text: str, word: str, start: int) -> bool:
    """A list word that opens a stretch needs "from" before the first date ("from 4 to 11 July", not "rose on
    October 5 to 24"), and a date moved "from" one day "to" another is no stretch."""
    if not _RANGE_WORD.fullmatch(word):
        return True
    before = text[max(0, start - 60) : start]
    return bool(_FROM_BEFORE.search(before)) and not _MOVED_FROM.search(before)


def _join_lists(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Hits (disjoint, sorted by start) with coordinated dates joined into one phrase each (see _LIST_WORD)."""
    out: list[_Hit] = []
    i = 0
    while i < len(hits):
        h = hits[i]
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        if (
            h.precision == "day"
            and h.lo is not None
            and h.lo == h.hi
            and text[h.end - 1].isdigit()
            and not _HAS_YEAR.search(text, h.start, h.end)
        ):
            m = _DAY_AFTER.match(text, h.end)  # "March 24 and 25", "May 12 and 13, 2024"
            with_year = m is not None and m["year"] is not None and bool(m["comma"] or _AFTER_DAY.match(text, m.end()))
            end = (m.end() if with_year else m.end("day")) if m else h.end
            if (
                m
                and (nxt is None or nxt.start >= m.start("day"))
                and (with_year or _AFTER_DAY.match(text, end))
                and _is_range(text, m["word"], h.start)
            ):
                year = int(m["year"]) if with_year else h.lo.year
                lo, hi = _safe_date(year, h.lo.month, h.lo.day), _safe_date(year, h.lo.month, int(m["day"]))
                if lo and hi and hi > lo:
                    h = _Hit(h.start, end, "absolute" if with_year else h.kind, lo, hi, "day")
                    if with_year and nxt is not None and nxt.start < end:
                        i += 1  # the year spelled out after the days is part of the phrase
                    nxt = hits[i + 1] if i + 1 < len(hits) else None
        if h.precision == "day" and h.lo is not None and text[h.start].isdigit():
            m = _DAY_BEFORE.search(text, max(0, h.start - 30), h.start)  # "12 and 13 May"
            lo = _safe_date(h.lo.year, h.lo.month, int(m["day"])) if m else None
            if (
                m
                and lo
                and lo < h.lo
                and (not out or out[-1].end <= m.start("day"))
                and _is_range(text, m["word"], m.start("day"))
            ):
                h = _Hit(m.start("day"), h.end, h.kind, lo, h.hi, "day")
        if (
            nxt is not None
            and h.lo is not None
            and nxt.lo is not None
            and nxt.hi is not None
            and h.precision in _COARSER
            and nxt.precision in _COARSER
            and _NAMES_MONTH.match(text[h.start : h.end])
            and not _HAS_YEAR.search(text, h.start, h.end)
            and _HAS_YEAR.search(text, nxt.start, nxt.end)
            and (m := _LIST_BETWEEN.fullmatch(text, h.end, nxt.start))
            and _is_range(text, m.group().strip(), h.start)
        ):
            # "September and October 2022": the first date is of the year the last one spells out
            year = nxt.lo.year - (h.lo.month > nxt.lo.month)
            first = _of_year(h, year)
            if first.lo is not None and first.lo.year == year and first.lo <= nxt.lo:
                precision = max(h.precision, nxt.precision, key=_COARSER.__getitem__)
                out.append(_Hit(h.start, nxt.end, nxt.kind, first.lo, nxt.hi, precision))
                i += 2
                continue
        out.append(h)
        i += 1
    return out


def extract_time_expressions(text: str, published: date, uncertain_spans: Sequence[tuple[int, int]] = ()) -> list[dict]:
    """Every date phrase in text with the bounds it allows, resolved against the publication date.

    uncertain_spans: passages whose reference date is not the publication date (an older story compiled into the
    article); relative phrases inside one are flagged is_anchor_uncertain (still resolved against publication).
    """
    doc = _Article(text)
    hits = _select([h for rule in RULES for h in rule(doc, published)])
    hits = _that_year(text, _anchor_years(text, _anchor_narratives(text, _join_lists(text, hits))))
    rows = []
    for h in hits:
        inside = any(a <= h.start and h.end <= b for a, b in uncertain_spans)
        rows.append(
            {
                "char_start": h.start,
                "char_end": h.end,
                "text": text[h.start : h.end],
                "phrase_kind": h.kind,
                "date_start": h.lo,
                "date_end": h.hi,
                "date_precision": h.precision,
                "date_edtf": edtf_for(h.lo, h.hi) if h.lo and h.hi else "",
                "is_anchor_uncertain": h.kind == "relative" and inside,
            }
        )
    return rows

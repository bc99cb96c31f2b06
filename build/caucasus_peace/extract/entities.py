"""People, organizations and places in one article: registry aliases, short names, acronyms, discovery.

Steps, each linear in the text length:
1. One Aho-Corasick pass over a same-length folded copy of the text finds every registry alias; word
   boundaries and capitalisation are checked on the original text; leftmost-longest match wins.
2. Capitalised runs ("Caspian Shipping Agency", "Foreign Minister Ana Bee") are read token by token:
   organization and place name patterns, names behind titles and roles, appositions, speech verbs,
   GeoNames places, acronyms defined in brackets. Discovered entities get hash IDs of their name.
   Places also come from strong cues without the gazetteer ("village of X", "near X", "X province",
   "X checkpoint"), from datelines, and from lists that hold known places ("A, B and other towns").
3. Surnames after a full name and acronyms after their definition resolve to the same entity; a surname
   several registry people share is decided by its title or, failing that, by the one current holder.
   Places inside hyphenated compounds ("Goris-Kapan road") and undefined acronyms used twice or after
   "the" are found too.
Text inside body.non_body_spans (link debris, follow and credit lines) yields nothing.
"""

from __future__ import annotations

import bisect
import hashlib
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pycountry

from caucasus_peace.extract.body import non_body_spans
from caucasus_peace.extract.gazetteer import Place, find_names, load_gazetteer
from caucasus_peace.extract.organizations import (
    MODIFIER,
    country_prefix_stripped,
    country_suffix_stripped,
    find_former_name_cues,
    find_ministries,
    find_missions,
    find_outlet_candidates,
    initials,
    owning_country,
)
from caucasus_peace.extract.person_names import SURNAME_ENDING, is_given_name, is_surname
from caucasus_peace.extract.scanning import alternation, class_first
from caucasus_peace.registry import Entity, Registry, fold_text

Row = dict[str, Any]
PREFIX = {"person": "per", "organization": "org", "place": "plc"}

# --- character classes and tokens -----------------------------------------------------------------

_UPPER = "".join(
    re.escape(c) for i in (*range(0x41, 0x250), *range(0x370, 0x530), *range(0x1E00, 0x1F00)) if (c := chr(i)).isupper()
)
_L = r"[^\W\d_]"  # any letter
# A name token: capitalised word (hyphen/apostrophe parts, but not a possessive 's), or dotted initials.
_TOKEN = rf"(?:(?:[{_UPPER}]\.){{1,4}}|[{_UPPER}](?:[^\W_])*(?:-{_L}+|['’](?!s\b){_L}+)*)"


def _words(words: str) -> frozenset[str]:
    return frozenset(words.split())


_CONNECTORS = _words("of for the and de del da di du la le van von der den al el bin ibn &")
_CONN = "|".join(re.escape(c) for c in sorted(_CONNECTORS, key=len, reverse=True))
_RUN_TAIL = rf"(?:[ \t]+(?:(?:{_CONN})[ \t]+)*{_TOKEN})*"
_RUN = re.compile(rf"(?<![\w.]){_TOKEN}{_RUN_TAIL}")
_RUN_PART = re.compile(rf"{_TOKEN}|(?<![\w])(?:{_CONN})(?![\w])")
_CAP_WORD = re.compile(rf"(?<![\w'’-])[{_UPPER}]{_L}*(?:-{_L}+)*(?![\w-])")
_ACRONYM_DEF = re.compile(r"\((?P<acr>[A-Z][A-Za-z0-9&]{1,9})\)")

# Patterns that scan a whole article open with their first character class (scanning.class_first): the same matches
# as with the look-behind first, found about twice as fast. _TOKEN after its first capital: dotted initials or a word.
_TOKEN_REST = rf"(?:\.(?:[{_UPPER}]\.){{0,3}}|(?:[^\W_])*(?:-{_L}+|['’](?!s\b){_L}+)*)"
_RUN_SCAN = re.compile(class_first(_UPPER, r"[\w.]", _TOKEN_REST + _RUN_TAIL))  # _RUN
_CAP_WORD_SCAN = re.compile(class_first(_UPPER, r"[\w'’-]", rf"{_L}*(?:-{_L}+)*(?![\w-])"))  # _CAP_WORD
_ALLCAPS = re.compile(class_first("A-Z", r"[\w.]", r"[A-Z0-9&]{1,5}(?![\w.])"))

# Function words inside names: they may be lower case in the text whatever the alias says.
_FUNCTION_WORDS = _CONNECTORS | {"on", "in", "at", "to"}

_MONTHS = _words(
    """january february march april may june july august september october november december jan. feb. mar.
    apr. jun. jul. aug. sep. sept. oct. nov. dec. feb apr aug sep sept oct nov dec monday tuesday wednesday thursday
    friday saturday sunday"""
)
# "Oct 12", "Jan 19": a month abbreviation before a day is a date, even where the word can be a name (Jan, Mar).
_DAY_AFTER = re.compile(r"\.?[ \t]+\d{1,2}\b")
_MONTH_ABBREVIATIONS = _words("jan feb mar apr jun jul aug sep sept oct nov dec")


def _is_date(text: str, start: int, end: int) -> bool:
    return text[start:end].lower() in _MONTH_ABBREVIATIONS and bool(_DAY_AFTER.match(text, end))


# Capitalised words that start sentences or headings and never begin a name.
_STOP = _words(
    """the a an this that these those in on at by for but and or while when after before during since under last
    earlier later meanwhile however both several many some two three four five his her its their our my your if as
    with from to of it he she they we i there here then new former ex acting mr mr. mrs mrs. ms ms. dr dr. instead
    still yet also thus indeed nonetheless nevertheless moreover furthermore besides otherwise"""
)
# Capitalised titles and ranks before a name ("Prime Minister Ana Bee", "Secretary of State X").
_TITLE_WORDS = _words(
    """president minister secretary ambassador envoy chief spokesperson spokesman spokeswoman chairman chairwoman
    chair director governor mayor general commander senator sen. rep. representative king queen prince princess pope
    chancellor premier speaker leader head deputy vice foreign defense defence prime state affairs adviser advisor
    aide ombudsman colonel col. lieutenant lt. major maj. gen. captain capt. sheikh emir ayatollah patriarch
    archbishop bishop catholicos editor editor-in-chief correspondent mr mr. mrs mrs. ms ms. dr dr. sir lord lady
    judge prosecutor attorney justice officer official first special senior interim acting former co-chair
    negotiator secretary-general founder ceo counterpart lawmaker mp member analyst professor economist researcher
    activist lawyer ombudsperson ombudswoman archimandrite private sergeant sgt. corporal cpl. ensign"""
)
# Title words that qualify a title without being one: "State" alone does not make "State Reserve" a person.
_TITLE_ADJECTIVES = _words(
    "foreign defense defence state affairs first special senior interim acting former deputy vice"
)


def _plural(word: str) -> str:
    if word.endswith("man"):
        return word[:-3] + "men"  # spokesmen, chairmen
    if word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ies"  # deputies, secretaries
    return word + "s"


# Plural titles before several names: "Deputy Prime Ministers Ana Bee and Levon Hakobyan".
_PLURAL_TITLES = frozenset(
    _plural(w) for w in _TITLE_WORDS - _TITLE_ADJECTIVES if len(w) > 3 and "." not in w and not w.endswith("s")
)
_TITLE_WORDS = _TITLE_WORDS | _PLURAL_TITLES
# Title words that end an organization name ("Ministry of Energy Minister X"); these four belong in names.
_NAME_STOPPERS = _TITLE_WORDS - {"foreign", "defense", "defence", "state", "affairs"}
# Lower-case roles in prose before a name ("bureau chief X", "the ambassador, X", "minister of foreign affairs, X").
_ROLES = alternation(
    sorted(
        _words(
            """president prime_minister minister secretary ambassador envoy chief editor-in-chief editor spokesperson
            spokesman spokeswoman chairman chairwoman director governor mayor commander general senator adviser
            advisor aide ombudsman correspondent reporter journalist analyst researcher professor expert founder ceo
            head negotiator representative counterpart deputy lawmaker colonel judge prosecutor attorney speaker
            chancellor diplomat businessman businesswoman activist lawyer economist scientist historian politician
            cleric priest farmer leader member defender ombudsperson ombudswoman daughter son wife husband mother
            father brother sister widow officer soldier fellow manager teacher doctor writer author
            commentator campaigner coordinator strategist"""
        ),
        key=len,
        reverse=True,
    )
).replace("_", r"\s+")
_ROLE_BEFORE = re.compile(
    rf"\b(?:{_ROLES})(?:\s+(?:of|for|to|at)\s+(?:the\s+)?(?!(?:the|a|an)\b)[\w’'.-]+(?:\s+[\w’'.-]+){{0,3}})?\s*,?\s*$",
    re.IGNORECASE,
)
_APPOSITION = re.compile(
    rf",\s+(?:(?:the|a|an|its|his|her)\s+)?((?:[\w’'.-]+\s+){{0,4}}?(?:{_ROLES})\b"
    r"(?:\s+(?:of|for|to|at|from|with|in|on)\s+[^,.;:\n()]{1,50})?)\s*(?:[,.;(\n]|who\b|$)",
    re.IGNORECASE,
)
# ", who ..." and an age ("X, 41, said") follow people, not organizations or places.
_WHO_OR_AGE_AFTER = re.compile(r",\s+(?:who|whose)\b|,\s+\d{1,3},")
# Inverted attribution: "said Ana Bee, the head of ...".
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|added|asked|wrote|according\s+to)\s+$")
_SPEECH_AFTER = re.compile(
    r"\s+(?:said|says|told|tells|wrote|writes|added|adds|stated|noted|argued|warned|tweeted|posted|explained|"
    r"insisted|claimed|replied|recalled|urged|announced|highlighted|stressed|emphasi[sz]ed|reaffirmed|thanked|"
    r"estimates|argues|accused|critici[sz]ed|denied|confirmed|asked)\b"
)
_PLACE_CUE = re.compile(
    r"\b(?:in|near|from|to|at|outside|around|across|into|toward|towards|via|visited|visit|capital|city|town|village|"
    r"between|through)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Cues that make an unknown capitalised name a place without the gazetteer: "the village of Tegh",
# "near Tegh", "Tegh province", "Tegh, a small town", "the Tegh checkpoint".
_STRONG_PLACE_BEFORE = re.compile(
    r"\b(?:(?:village|villages|town|towns|city|cities|settlement|settlements|hamlet|municipality|district|region|"
    r"province|residents|inhabitants|outskirts|suburbs|mayor)\s+of|near|nearby|neighbou?ring)\s+$",
    re.IGNORECASE,
)
# Lower-case heads after a name: an administrative unit or town (the span is the name: "Kalbajar district", "Kuryk
# port"), a facility named after a place (the span and the entity include the head: "the Lachin border
# checkpoint"), or a natural feature (the span includes the head, the entity is the name: "the Aras river").
_ADMIN_HEADS = (
    "province|provinces|region|regions|district|districts|village|villages|town|municipality|oblast|rayon|"
    "community|communities|settlement|port|seaport|governorate|county|resort"
)
_FACILITY_HEADS = (
    r"bridge|checkpoint|checkpoints|crossing|crossings|border\s+(?:crossing|checkpoint|post|crossing\s+point)s?|"
    r"crossing\s+point|highway|motorway|airport|dam|pass|tunnel|penitentiary|prison|temple|castle|stadium|arena|"
    r"airfield|(?:freight\s+|container\s+)?terminal|substation|reservoir|canal|"
    # a works or a line named after its place, with the word for what it carries or yields: "the Geghasar gold
    # mine", "Ayrum railway station", "the North-South gas pipeline", "the Meghri hydropower plant"; a mine that
    # explodes is no site ("a Fuzuli mine blast")
    r"(?:(?:gold|copper|coal|molybdenum|iron|ore|salt|opencast|open-pit)\s+)?mine(?!\s+(?:blast|explosion|victim|"
    r"clearance|action|risk|awareness|incident|injur|survivor|casualt|death))|"
    r"(?:(?:railway|rail|train|bus|metro|pumping|compressor|power|border)\s+)?station|"
    r"(?:(?:main\s+)?(?:gas|oil|water)\s+)?pipeline|(?:state\s+)?nature\s+reserve|national\s+park|"
    r"(?:hydropower|hydroelectric|nuclear\s+power|thermal\s+power|power|cement|chemical)\s+plant"
)
_NATURE_HEADS = "river|valley|gorge|lake"
# A shrine has a name of its own ("the Dadivank monastery"); after a town it is only where it stands ("the Yerevan
# mosque"), so it names a site only after a name the gazetteer does not hold.
_SHRINE_HEADS = "monastery|cathedral|mosque"
_PLACE_HEAD_AFTER = re.compile(
    rf"\s+(?:(?P<admin>{_ADMIN_HEADS})|(?P<site>{_FACILITY_HEADS})|(?P<nature>{_NATURE_HEADS})"
    rf"|(?P<shrine>{_SHRINE_HEADS}))\b"
)
_PLACE_APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:town|village|city|region|province|district|settlement|port|capital|"
    r"exclave|enclave)\b"
)
# A dateline: "TEGH, Armenia --", "BAKU, March 3 (Reuters) -", "Tegh (AFP) -", "MOSCOW, April 10. /TASS/.".
_DATELINE = re.compile(
    r"^[ \t]*(?P<city>[A-Z][A-Z'’.-]{2,}(?:[ -][A-Z][A-Z'’.-]+){0,2}),\s+"
    r"(?=[A-Z][a-z]+\.?(?:,?\s+\d|\s*\(|\s*[-–—]{1,2}|,))"
    r"|^[ \t]*(?P<city2>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+\([A-Z][\w/.-]{1,15}\)\s+[-–—]"
    r"|^[ \t]*(?P<city3>[A-Z][A-Z'’.]{2,}(?:[ -][A-Z][A-Z'’.]+){0,2})[ \t]+[-–—]{1,2}[ \t]",
    re.MULTILINE,
)
_FORMER_BEFORE = re.compile(r"\b(?:former|ex-|late)\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n]|[.!?][\"”’'])[\s\"“‘'(\[-]*$")


def _by_kind(table: dict[str, str]) -> dict[str, str]:
    """{kind: "word word"} -> {word: kind}."""
    return {word: kind for kind, words in table.items() for word in _words(words)}


# Head words of organization names, with the kind each implies.
_ORG_SUFFIX = _by_kind(
    {
        "ministry": "ministry ministries department",
        "court": "court tribunal",
        "military": "forces army navy corps guard brigade battalion regiment command staff",
        "political_party": "party",
        "company": "airlines airways company corporation corp corp. inc inc. ltd ltd. bank holding holdings railways "
        "railway combine networks airports llc jsc cjsc ojsc mining plant operator lines mobile metals logistics "
        "hospitality services partners construction transmission grid enerji systems solutions "
        "engineering industries technologies consulting petroleum shipping investments associates motors",
        "media": "news times post journal herald gazette tribune television tv radio broadcasting press telegraph",
        "government": "parliament assembly government cabinet presidency administration senate congress palace",
        "ngo": "foundation institute institution association society watch centre center centres centers university "
        "college academy trust church club forum fc fk pfc museum observatory archives dialogue hospital clinic",
        "other": "agency group commission committee council union alliance federation front movement network body "
        "laboratory community authority service police bureau organization organisation office coalition mission "
        "delegation embassy consulate house directorate inspectorate secretariat programme initiative patriarchate "
        "board lab confederation fund chamber",
    }
)
_PLACE_SUFFIX = _by_kind(
    {
        "body_of_water": "sea lake river gulf strait bay ocean reservoir",
        "region": "region province oblast district valley mountains peninsula desert basin highlands",
        "site": "corridor airport square street avenue boulevard prospekt bridge pass dam checkpoint highway mountain "
        "mount cathedral mosque monastery crossing monument memorial palace refinery stadium arena castle theatre "
        "theater tunnel temple park penitentiary prison pipeline complex",
    }
)
_GAZ = load_gazetteer()  # built once per process


def _primary_place(name: str) -> Place | None:
    """A gazetteer place under its primary name (not an ASCII alternate)."""
    place = _GAZ.get(name)
    return place if place is not None and not place.alternate else None


# --- small helpers ------------------------------------------------------------------------------


def normalise_name(name: str) -> str:
    """Lower case, accents stripped, whitespace collapsed, one apostrophe: the key of a discovered ID."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.lower().split())


# Armenian surnames are romanised with "-yan" or "-ian" ("Hakobjanyan", "Hakobjanian"): one person either way.
_IAN_SURNAME = re.compile(r"(?<=[^aeiouy\s])ian$")


# "the Central Bank of the Republic of Azerbaijan" is the Central Bank of Azerbaijan: one body, one ID.
_OF_THE_REPUBLIC = re.compile(r" of the republic of (?=\S)")


def discovered_id(entity_type: str, name: str) -> str:
    key = normalise_name(name)
    if entity_type == "person" and " " in key:
        key = _IAN_SURNAME.sub("yan", key)
    elif entity_type == "organization":
        key = _OF_THE_REPUBLIC.sub(" of ", key)
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
    return f"{PREFIX[entity_type]}-{digest}"


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


# registry.fold_text of a single word, kept: the same capitalised words recur in every article.
_fold_word = lru_cache(maxsize=1 << 16)(fold_text)


def _word_acronym(got: str, want: str) -> bool:
    """An acronym said as a word may be written with one capital ("Unesco", "Nato", "Socar"), the house style of
    several papers: only a whole alias of four or more letters, not a shorter one ("Un", "Eu")."""
    return len(want) >= 4 and want.isalpha() and got == want.capitalize()


@lru_cache(maxsize=1 << 16)  # the same surface and alias recur across articles: each pair is read once
def _case_ok(found: str, alias: str) -> bool:
    """All-caps alias tokens (US, OSCE, U.S.) match exactly; otherwise the first content word must be
    capitalised in the text and the rest may differ in case ("Minsk group" for "Minsk Group"). An alias the
    registry writes in lower case ("news.am") is a brand written that way: it matches as written."""
    if alias[:1].islower():
        return found.replace("’", "'") == alias
    first = True
    for got, want in zip(found.split(), alias.split(), strict=False):
        letters = [c for c in want if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            if got.replace("’", "'") != want and not _word_acronym(got, want):
                return False
            first = False
            continue
        if want.lower() in _FUNCTION_WORDS:
            continue
        if first and not next((c for c in got if c.isalpha()), "a").isupper():
            return False
        first = False
    return True


def _sentence_initial(text: str, start: int) -> bool:
    return bool(_SENTENCE_END.search(text, max(0, start - 6), start)) or start == 0


# Words with those endings that are not surnames (demonyms, nouns).
_NOT_SURNAMES = _words(
    """armenian iranian georgian russian christian caucasian eurasian asian indian italian syrian canadian australian
    brazilian belarusian ukrainian romanian bulgarian serbian croatian bosnian albanian hungarian austrian norwegian
    egyptian palestinian jordanian libyan tunisian algerian nigerian persian estonian latvian lithuanian mongolian
    malaysian indonesian colombian peruvian ossetian abkhazian kenyan civilian guardian median meridian librarian
    parliamentarian presbyterian mauritian"""
) | _words("moldova kiev lviv kharkov rostov tambov")  # places with those endings


# Adjectives of nations and directions: "an Azerbaijani region", "the northern district" are not place names.
_DEMONYMS = (
    _NOT_SURNAMES - _words("moldova kiev lviv kharkov rostov tambov guardian median meridian librarian")
) | _words(
    """azerbaijani kazakh turkish uzbek kyrgyz tajik turkmen israeli iraqi afghan pakistani saudi emirati qatari
    kuwaiti yemeni french german british american chinese japanese korean polish swedish danish finnish dutch greek
    spanish portuguese swiss european soviet western eastern northern southern central kurdish yazidi talysh lezgin
    arab jewish muslim turkic nakhchivani karabakhi"""
)


def _is_modifier(tok_text: str) -> bool:
    return bool(MODIFIER.match(tok_text))


def _surname_like(tokens: list[str]) -> bool:
    """Two or three name tokens ending in a regional surname ending: "Hovik Arakelian", "Rashad Nabiyev"."""
    if not 2 <= len(tokens) <= 3:
        return False
    last = tokens[-1]
    m = SURNAME_ENDING.search(last)
    return (
        m is not None
        and len(last) - len(m.group(0)) >= 3
        and last.lower() not in _NOT_SURNAMES
        and not any(t.lower() in _NOT_SURNAMES or t.isupper() for t in tokens)
    )


def _given_name_first(tokens: list[str]) -> bool:
    """Two or three name tokens that start with a given name from the name lists and end in a word that can
    be a surname: "Oleg Varin", "Marta Kowalczyk". A country, a head word, a title or a month ends no name."""
    if not 2 <= len(tokens) <= 3 or not is_given_name(tokens[0]):
        return False
    if (p := _GAZ.get(tokens[0])) is not None and p.source == "country":
        return False
    last = tokens[-1].lower()
    return not (
        last in _ORG_SUFFIX
        or last in _PLACE_SUFFIX
        or last in _TITLE_WORDS
        or last in _MONTHS
        or last + "." in _MONTHS
        or last in _DEMONYMS
        or any(t.isupper() for t in tokens)
    )


@dataclass
class _Mention:
    start: int
    end: int
    entity_id: str
    entity_type: str
    method: str
    priority: int = 0  # higher wins overlaps: discovered organizations may contain aliases
    weak: bool = False  # a place from a weak cue only ("in Hadrut"): a person's surname if one is named in full


@dataclass(frozen=True)
class _Surname:
    """A one-word person name waiting for the article's full names: "President Aliyev", a bare "Aliyev"."""

    start: int
    end: int
    description: str | None  # the title before it, if any
    former: bool  # "former President X", "ex-President X"
    titled: bool  # without a title only a registry surname shared by several people is kept


@dataclass
class _Found:
    """A discovered entity before it becomes a row."""

    entity_type: str
    name: str
    description: str | None = None
    kind: str | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None


# --- step 1: registry aliases --------------------------------------------------------------------


# Lower-case descriptors after an outlet's or a party's name ("Trend news agency", "Civil Contract party").
_DESCRIPTOR_AFTER = re.compile(r"[ \t]+(?:news[ \t]+agency|news[ \t]+service|agency|party|newspaper|daily)\Z")


def _alias_mentions(text: str, folded: str, registry: Registry) -> list[tuple[int, int, tuple[str, ...]]]:
    """Leftmost-longest registry alias matches: (start, end, candidate entity ids)."""
    hits: list[tuple[int, int, tuple[str, ...]]] = []
    n = len(text)
    for end_idx, (key, owners) in registry.automaton.iter(folded):
        start, end = end_idx - len(key) + 1, end_idx + 1
        if start > 0 and _is_word_char(text[start - 1]) and _is_word_char(text[start]):
            continue
        if end < n and _is_word_char(text[end]) and _is_word_char(text[end - 1]):
            continue
        found = text[start:end]
        ids = tuple(eid for eid, alias, _ in owners if _case_ok(found, alias))
        if ids and (cut := _DESCRIPTOR_AFTER.search(found)):
            # "the Trend news agency", "the Civil Contract party": the name without the descriptor written in lower
            # case, when that is a name of the same entity too
            short = registry.alias_index.get(folded[start : start + cut.start()], ())
            if set(ids) & set(short):
                end, ids = start + cut.start(), tuple(i for i in ids if i in short)
        if ids:
            hits.append((start, end, tuple(dict.fromkeys(ids))))
    hits.sort(key=lambda h: (h[0], h[0] - h[1]))
    kept: list[tuple[int, int, tuple[str, ...]]] = []
    for h in hits:
        if not kept or h[0] >= kept[-1][1]:
            kept.append(h)
    return kept


# --- step 2: discovery in capitalised runs -------------------------------------------------------


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    conn: bool
    covered: bool = False
    gazetteer: bool = False  # covered by a gazetteer place (a head word may still take it into a name)


def _looks_like_name(tok: _Tok) -> bool:
    t = tok.text
    return (
        not (t[-1:] == "s" and t[:-1].lower() in _DEMONYMS)  # "the Karabakh Armenians"
        and not tok.conn
        and not tok.covered
        and t.lower() not in _MONTHS
        and t.lower() not in _TITLE_WORDS
        and any(c.islower() for c in t)
        and len(t) > 1
    )


def _title_description(text: str, toks: list[_Tok], name_start: int) -> str | None:
    """The title words right before a name: "Armenian Foreign Minister", "US Secretary of State"."""
    i = name_start - 1
    first = None
    while i >= 0 and name_start - i <= 6:
        t = toks[i]
        low = t.text.lower()
        if low in _TITLE_WORDS or t.conn or t.covered or re.search(r"(?:ian|ani|ese|ish|i|an)$", low):
            first = i
            i -= 1
            continue
        break
    while first is not None and (toks[first].conn or toks[first].text.lower() in _STOP):
        first = first + 1 if first + 1 < name_start else None
    if first is None:
        return None
    return " ".join(text[toks[first].start : toks[name_start - 1].end].split())


def _role_before(text: str, start: int) -> str | None:
    """A lower-case role phrase ending right before `start`, within the same sentence: its description."""
    lo = max(0, start - 90)
    window = text[lo:start]
    cut = max(window.rfind(c) for c in ".!?\n;:(")
    window = window[cut + 1 :] if cut >= 0 else window
    m = _ROLE_BEFORE.search(window)
    if not m:
        return None
    clause = window[: m.end()].rstrip(" ,\t")
    for sep in (",", " and ", " with ", " said ", " says ", " told "):
        k = clause.rfind(sep, 0, len(clause) - len(m.group(0).rstrip(" ,\t")) + 1)
        if k >= 0:
            clause = clause[k + len(sep) :]
    words = clause.split()[-6:]
    while words and words[0].lower() in _STOP:
        words = words[1:]
    return " ".join(words) or None


@dataclass
class _Ctx:
    """What the run reader may look up anywhere in the article: registry alias spans (with their types) and
    gazetteer places."""

    text: str
    covered: _SpanIndex
    alias_ids: dict[tuple[int, int], str]  # registry alias span -> entity id
    registry: Registry
    places: _SpanIndex
    names: _SpanIndex  # people found by their name particles ("Mohamed bin Zayed Al Nahyan")

    def alias_type(self, a: int, b: int) -> str | None:
        spans = self.covered.within(a, b)
        eid = self.alias_ids.get(spans[0]) if spans else None
        return self.registry.by_id[eid].type if eid else None

    def alias_kind(self, a: int, b: int) -> str | None:
        """Kind of the registry entity whose alias covers exactly (a, b), if any."""
        eid = self.alias_ids.get((a, b))
        return self.registry.by_id[eid].kind if eid else None

    def is_country(self, a: int, b: int) -> bool:
        eid = self.alias_ids.get((a, b))
        if eid is not None:
            return self.registry.by_id[eid].kind == "country"
        place = _GAZ.get(self.text[a:b])
        return place is not None and place.source == "country" and not place.alternate


def _classify_run(
    ctx: _Ctx,
    run: re.Match[str],
    covered: list[tuple[int, int]],
    places: list[tuple[int, int]],
    found: dict[str, _Found],
    out: list[_Mention],
    pending: list[_Surname],
    shared_surnames: Mapping[str, tuple[str, ...]],
    claimed: int,
) -> int:
    """Read one capitalised run; tokens before `claimed` belong to a name found in an earlier run. Returns the
    end of the last name found."""
    text = ctx.text
    toks = []
    for m in _RUN_PART.finditer(text, run.start(), run.end()):
        s, e = m.span()
        is_conn = m.group(0).lower() in _CONNECTORS and not m.group(0)[:1].isupper()
        gaz = bool(places) and any(a <= s and e <= b for a, b in places)
        cov = gaz or (bool(covered) and any(a <= s and e <= b for a, b in covered))
        toks.append(_Tok(s, e, m.group(0), is_conn, cov, gaz))
    used = [t.start < claimed for t in toks]
    if ctx.names.spans:
        used = [u or ctx.names.overlaps(t.start, t.end) for u, t in zip(used, toks, strict=True)]
    claimed = max(claimed, _find_suffix_names(ctx, toks, used, found, out))
    # The rest: segments of consecutive uncovered name tokens.
    i = 0
    plural: str | None = None  # the description of people after a plural title, for names joined by "and"
    while i < len(toks):
        if used[i] or toks[i].conn or toks[i].covered:
            i += 1
            continue
        j = i
        while j < len(toks) and not used[j] and not toks[j].conn and not toks[j].covered:
            j += 1
        joined = plural if i > 0 and toks[i - 1].conn and toks[i - 1].text.lower() == "and" else None
        plural = _classify_segment(text, toks, i, j, found, out, pending, shared_surnames, joined)
        i = j
    return claimed


def _org_head_follows(toks: list[_Tok], k: int) -> bool:
    """Whether an organization's head word follows token k within three name words, no connector between."""
    for t in toks[k + 1 : k + 4]:
        if t.conn:
            return False
        if t.text.lower() in _ORG_SUFFIX:
            return True
    return False


def _find_suffix_names(
    ctx: _Ctx, toks: list[_Tok], used: list[bool], found: dict[str, _Found], out: list[_Mention]
) -> int:
    """Organization and place names by their head word: "Caspian Shipping Agency", "Ministry of Energy".

    Returns the end of the last name found: a name may run on past its capitalised run ("State Commission on
    Prisoners of War, Hostages and Missing Persons"), and the runs it swallows are not read again."""
    text = ctx.text
    claimed = 0
    for k, tok in enumerate(toks):
        low = tok.text.lower()
        if tok.conn or used[k] or (low not in _ORG_SUFFIX and low not in _PLACE_SUFFIX):
            continue
        if tok.covered:
            continue
        nxt_tok = toks[k + 1] if k + 1 < len(toks) else None
        if nxt_tok is not None and not nxt_tok.conn and nxt_tok.text.lower() in _HEAD_WORDS:
            continue  # "Green Valley Party": the last head word names the whole
        if low == "chamber" and nxt_tok is not None and not nxt_tok.conn:
            continue  # "State Chamber Orchestra", "Chamber Music Festival": a kind of music, not a body
        if low in _PLACE_SUFFIX and _org_head_follows(toks, k):
            continue  # "Black Sea Dialogue Foundation": the body's head word names the whole
        if _ORG_SUFFIX.get(low) == "company" and _org_head_follows(toks, k):
            continue  # "Environmental Protection and Mining Inspection Body": a trade word before the head
        left = k
        is_place = low not in _ORG_SUFFIX
        while left > 0 and not used[left - 1] and k - left < 6:
            if toks[left - 1].conn:
                # "Hydrometeorology and Monitoring Center", "Peace and Security Council", "Sports and Concert
                # Complex": one "and" between two capitalised words inside the name of a body or a site, not after a
                # registry name ("Armenia and Azerbaijan ...")
                if not (
                    (not is_place or _PLACE_SUFFIX[low] == "site")
                    and toks[left - 1].text.lower() == "and"
                    and left - 2 >= 0
                    and not toks[left - 2].conn
                    and not toks[left - 2].covered
                    and not used[left - 2]
                    and toks[left - 2].text.lower() not in _HEAD_WORDS
                    and toks[left - 2].text.lower() not in _STOP
                    and _common_word(toks[left - 2].text)
                    and all(not t.conn for t in toks[left:k])
                ):
                    break
                left -= 1
                continue
            if is_place and _PLACE_SUFFIX[low] == "region" and toks[left - 1].covered and not toks[left - 1].gazetteer:
                _registry_type_word(ctx, toks[left - 1], tok, out)  # "Tavush Region" is Tavush
                break  # "South Caucasus Region": the registry place stands (but "Karabakh Horse Monument")
            if _is_modifier(toks[left - 1].text):
                break  # "Paris-based Institute ...": the modifier stays outside
            if left - 1 > 0 and toks[left - 1].text.lower() in _STOP_BEFORE_HEAD:
                break  # "Arrested After Checkpoint Crossing": a heading's capitalised "After" ends the name
            prev = toks[left - 1].text.lower()
            if (
                prev in _TITLE_WORDS
                and not toks[left - 1].covered
                and prev not in ("foreign", "defense", "defence", "state", "affairs")
                and not (prev == "general" and left == k)  # "General Staff", "General Assembly"
            ):
                break
            left -= 1
        while left < k and toks[left].text.lower() in _STOP_BEFORE_HEAD_OR_MONTH:
            left += 1
        start = toks[left].start
        if _PORTFOLIO_BEFORE.search(text, max(0, start - 40), start):
            for i in range(left, k + 1):
                used[i] = True
            continue  # "Deputy Minister of Territorial Administration and Infrastructure": a portfolio, not a body
        if left == k and not is_place and (owner := _POSSESSOR.search(text, max(0, start - 60), start)):
            words = owner.group("p").split()
            while words and (words[0].lower() in _STOP or words[0].lower() in _DEMONYMS or words[0] in _GAZ):
                words = words[1:]  # "the Azerbaijani Prosecutor General's Office": the owner is the title
            # ("Prosecutor-General's Office": the title's hyphenated parts are title words)
            if words and all(p.lower() in _POSSESSOR_WORDS for w in words for p in w.split("-")):
                start = text.rindex(words[0], owner.start("p"), start)  # "the Prosecutor General's Office of X"
        outlet = _OUTLET_POSSESSOR.search(text, max(0, start - 30), start) if not is_place else None
        if outlet is not None and start < tok.start and ctx.alias_kind(outlet.start("o"), outlet.end("o")) == "media":
            start = outlet.start("o")  # "RFE/RL's Armenian Service": an outlet's service is named with it
        end = _extend_name(ctx, tok.end, low, is_place, bare=start == tok.start)
        if start == tok.start and end == tok.end and low in _CLUB_PREFIXES and tok.text.isupper():
            end = _club_name_end(toks, k, used)  # "FC Noah", "FK Sabah": the club's abbreviation comes first
        if start == tok.start and end == tok.end:
            continue  # a bare "Ministry" or "Sea" is not a name
        heads_only = all(t.text.lower() in _HEAD_WORDS for t in toks[left:k])
        if is_place and end == tok.end and heads_only:
            continue  # "Checkpoint Crossing": head words alone name no place
        if end == tok.end and low in _POSTED_HEADS and (post := _POSTED_TO.match(text, end)):
            end = post.end()  # "EU Mission in Armenia", "EU Delegation to Georgia"
        for i in range(left, len(toks)):
            if toks[i].start < end:
                used[i] = True
        claimed = max(claimed, end)
        name = " ".join(text[start:end].split())
        if low in _ORG_SUFFIX and not (low == "palace" and _SITE_BEFORE.search(text, max(0, start - 20), start)):
            etype, kind = "organization", _ORG_SUFFIX[low]
        else:  # a palace stands for an office ("the Elysee Palace said") unless it is where something happens
            etype, kind = "place", _PLACE_SUFFIX[low]
        if etype == "place" and low in _TYPE_WORDS and end == tok.end and start < tok.start:
            # "Kalbajar District" is Kalbajar: the type word stays in the mention, not in the entity
            _add_place(text, start, end, " ".join(text[start : tok.start].split()), "region", found, out)
            out[-1].priority = 1
            continue
        country = owning_country(text, start, low) if etype == "organization" else None
        if country is not None and country not in name:
            # "Armenia's Investigative Committee" is the Investigative Committee of Armenia, as other outlets and
            # the body itself write it; the possessive stays a mention of the country (annotators differ on it)
            name = f"{name} of {country}"
            ids = ctx.registry.alias_index.get(fold_text(name), ())
            if len(ids) == 1 and ctx.registry.by_id[ids[0]].type == "organization":
                out.append(_Mention(start, end, ids[0], etype, "alias", priority=1))
                continue
        eid = discovered_id(etype, name)
        entry = found.setdefault(eid, _Found(etype, name, kind=kind))
        if country is not None and (home := _GAZ.get(country)) is not None:
            entry.country = entry.country or home.country
        out.append(_Mention(start, end, eid, etype, "discovered", priority=1))
    return claimed


# Sports clubs are named by an abbreviation before or after the name ("FC Noah", "Qarabag FK"): a body, not
# the place or person the name may also be.
_CLUB_PREFIXES = frozenset({"fc", "fk", "pfc"})


_CLUB_ALTERNATIVES = "|".join(sorted(w.upper() for w in _CLUB_PREFIXES))
_CLUB_ABBREVIATION = re.compile(rf"^(?:{_CLUB_ALTERNATIVES}) | (?:{_CLUB_ALTERNATIVES})$")


def _club_name_end(toks: list[_Tok], k: int, used: list[bool]) -> int:
    """End of the name after a club's leading abbreviation: up to three capitalised words, no connector."""
    end = toks[k].end
    for j in range(k + 1, min(k + 4, len(toks))):
        t = toks[j]
        if t.conn or used[j] or t.text.lower() in _HEAD_WORDS or not t.text[:1].isupper() or t.start - end > 1:
            break
        end = t.end
    return end


# Type words of administrative units: the unit is the same place with or without them.
_TYPE_WORDS = _words("region province oblast district governorate county")
# A lower-case type word after a place's name is not part of the name (a capitalised one may be: "Syunik Province")
_LOWER_TYPE_WORD = re.compile(r"(?<=\w{3})[ \t]+(?:region|province|oblast|district|governorate|county|river|lake)\Z")


def _registry_type_word(ctx: _Ctx, place: _Tok, head: _Tok, out: list[_Mention]) -> None:
    """ "Tavush Region", "Syunik Province": a registry place and its type word are one mention of the place."""
    spans = ctx.covered.within(place.start, place.end)
    eid = ctx.alias_ids.get(spans[0]) if spans else None
    if (
        eid is not None
        and head.text.lower() in _TYPE_WORDS
        and ctx.registry.by_id[eid].type == "place"
        and not ctx.text[spans[0][1] : head.start].strip()
    ):
        out.append(_Mention(spans[0][0], head.end, eid, "place", "alias", priority=1))


_LOCATIVE_BEFORE = re.compile(r"\b(?:in|near|outside|into|across|around|from|via)\s+$")
_SITE_BEFORE = re.compile(r"\b(?:in|at|inside|outside|near|into|toured|visited|visit|around)\s+(?:the\s+)?$", re.I)
# "New Azerbaijan Party": sentence-opening words that still begin an organization's name before its head word.
_STOP_BEFORE_HEAD = _STOP - {"new"}
# "RFE/RL's Armenian Service", "the BBC's Persian Service": a registered outlet owning a named service.
_OUTLET_POSSESSOR = re.compile(r"(?<![\w/-])(?P<o>[A-Z][\w/&.-]*)['’]s[ \t]+\Z")
# "Minister of Territorial Administration ...", "Ministers for Foreign Affairs": a minister's portfolio follows.
_PORTFOLIO_BEFORE = re.compile(r"\b[Mm]inisters?[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?\Z")
# "the Prosecutor General's Office", "the Human Rights Defender's Office": an office named by its holder's title.
_POSSESSOR = re.compile(rf"(?<![\w-])(?P<p>{_TOKEN}(?:[ \t]+{_TOKEN}){{0,3}})['’]s[ \t]+\Z")
_POSSESSOR_WORDS = _TITLE_WORDS | _words("defender human rights public auditor people's ombudsperson")

# One step of an official name after its head word: "of [the] X", "for X", "on X", ", X" inside a list that an
# "and" closes, "and X", and "in <country>" after posted bodies ("Border Directorate of the FSB in Armenia").
_EXT_LINK = re.compile(
    rf"[ \t]+(?P<prep>of|for|on)(?:[ \t]+the)?[ \t]+(?=[{_UPPER}])|[ \t]+(?P<and>and)[ \t]+(?=[{_UPPER}])"
    rf"|(?P<comma>,)[ \t]+(?=[{_UPPER}])|[ \t]+(?P<in>in)[ \t]+(?:the[ \t]+)?(?=[{_UPPER}])"
    rf"|[ \t]+(?P<to>to)[ \t]+(?=[{_UPPER}][a-z]+[ \t]+[{_UPPER}])"  # "Committee to Protect Journalists"
)
_NP = re.compile(rf"{_TOKEN}(?:[ \t]+{_TOKEN})*")
_TOKEN_RE = re.compile(_TOKEN)
_NPX = rf"{_TOKEN}(?:[ \t]+(?:(?:of|for)[ \t]+(?:the[ \t]+)?)?{_TOKEN}){{0,5}}"
# ", Hostages and Missing Persons": a comma inside a name only when an "and" closes the list.
_COMMA_LIST = re.compile(rf"(?:,[ \t]+{_NPX}){{1,4}},?[ \t]+and[ \t]+{_NPX}")


def _extend_name(ctx: _Ctx, head_end: int, head: str, is_place: bool, bare: bool = False) -> int:
    """End of an official name whose head word ends at `head_end`, read on the text itself (connectors, commas
    and "in" break capitalised runs): "Court of General Jurisdiction of Shirak Province", "Office of the Prime
    Minister of Armenia", "Institute of Philosophy, Political Science and Religious Studies". A title followed
    by a person ends the name ("Ministry of Energy Minister Ana Bee"), as does a registry person."""
    text = ctx.text
    end = pos = head_end
    prev = None
    for _ in range(8):
        link = _EXT_LINK.match(text, pos)
        if link is None or link.end() - head_end > 200:
            break
        kind = next(g for g in ("prep", "and", "comma", "in", "to") if link.group(g))
        if is_place and link.group("prep") != "of":
            break
        np = _NP.match(text, link.end())
        if np is None:
            break
        toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN_RE.finditer(text, np.start(), np.end())]
        if kind == "comma" and (prev is None or not _COMMA_LIST.match(text, pos)):
            break
        if kind == "and" and (prev is None or not _and_continues_text(ctx, toks, text[max(0, pos - 30) : pos])):
            break
        if kind == "in" and (head not in _POSTED_HEADS or not ctx.is_country(np.start(), np.end())):
            break
        if kind == "to" and (prev is not None or toks[0][2] in _GAZ or ctx.covered.overlaps(toks[0][0], toks[0][1])):
            break  # "to" + a verb only right after the head ("Campaign to Ban Landmines"), never "to Armenia"
        if (
            not is_place
            and not bare
            and link.group("prep") == "of"
            and "the" in link.group(0).split()
            and any(_ORG_SUFFIX.get(t.lower(), "military") != "military" for _, _, t in toks)
        ):
            break  # "the Venice Commission of the Council of Europe", "Penitentiary Service of the Ministry of
            # Justice": a body of another body is two organizations, each read on its own (but a bare head
            # word names nothing alone, "the Office of the Security Council", and a staff or unit of armed forces
            # is part of them, "the General Staff of the Armed Forces")
        n = _name_part(ctx, toks)
        if n == 0:
            break
        end = toks[n - 1][1]
        if n < len(toks) or kind == "in":
            break
        pos, prev = end, kind
    return end


def _and_continues_text(ctx: _Ctx, toks: list[tuple[int, int, str]], before: str) -> bool:
    """After "X and": one to three name tokens without a registry name or a head word of their own continue the
    name ("for Strategic and International Studies", "on Delimitation and Border Security"); so does one head
    word coordinated with the head word before "and" ("Commission on Television and Radio")."""
    if len(toks) == 1 and toks[0][2].lower() in _ORG_SUFFIX and not ctx.covered.overlaps(toks[0][0], toks[0][1]):
        last = before.split()[-1:] if before else []
        return bool(last) and last[0].lower() in _ORG_SUFFIX
    if len(toks) == 1 and len(toks[0][2]) >= 3 and toks[0][2].isupper():
        return False  # "the Football Federation of Armenia and UEFA": an acronym is a body of its own
    return 1 <= len(toks) <= 3 and not any(
        ctx.covered.overlaps(a, b) or t.lower() in _ORG_SUFFIX or t.lower() in _PLACE_SUFFIX for a, b, t in toks
    )


def _name_part(ctx: _Ctx, toks: list[tuple[int, int, str]]) -> int:
    """How many leading tokens of a capitalised phrase after a connector belong to the name: all of them, unless
    a person starts inside ("of Armenia Armen Grigoryan", "of Energy Minister Ana Bee"), a registry person is
    named, or the phrase is a date or a sentence word ("the Commission on Monday")."""
    words = [t for _, _, t in toks]
    for i, (a, b, t) in enumerate(toks):
        low = t.lower()
        if ctx.alias_type(a, b) == "person":
            return i
        if i == 0 and (low in _STOP or low in _MONTHS):
            return 0
        if low in _NAME_STOPPERS and not ctx.covered.overlaps(a, b):
            j = i
            while j < len(words) and words[j].lower() in _TITLE_WORDS:
                j += 1
            if _person_like(words[j : j + 3]):
                return i
        rest = words[i:]
        if (
            i >= 1
            and 2 <= len(rest) <= 3
            and low not in _ORG_SUFFIX
            and low not in _TITLE_WORDS
            and (_given_name_first(rest) or _surname_like(rest))
        ):
            return i
    return len(toks)


def _last_noun_like(toks: list[_Tok]) -> int | None:
    """Index of the last common-noun-like word ("Development") before at least two more words, or None."""
    cut = None
    for k, t in enumerate(toks[:-2]):
        if _noun_like(t.text, plural=False):
            cut = k
    return cut


def _common_word(word: str) -> bool:
    """A capitalised word that names no person or place: no listed given name or surname, no regional surname
    ending, no gazetteer place."""
    return not (
        is_given_name(word) or is_surname(word) or SURNAME_ENDING.search(word.lower()) or word in _GAZ or word.isupper()
    )


def _titled_tail(tokens: list[str]) -> bool:
    """Capitalised words ending in a listed given name and a word that can be a surname (no place, no common
    noun), where the first word is no given name and none of the words is a head word of an organization or a
    place."""
    return (
        not is_given_name(tokens[0])
        and _given_name_first(tokens[-2:])
        and tokens[-1] not in _GAZ
        and not _noun_like(tokens[-1], plural=True)
        and not any(t.lower() in _HEAD_WORDS or t in _GAZ for t in tokens[:-2])
    )


def _person_like(tokens: list[str]) -> bool:
    """Tokens after a title that name a person: a given name first, a regional surname, or one listed surname."""
    if not tokens:
        return False
    if len(tokens) == 1:
        return is_surname(tokens[0]) or _surname_like(["X", tokens[0]]) or is_given_name(tokens[0])
    return _given_name_first(tokens) or _surname_like(tokens)


_POSTED_HEADS = _words("mission delegation embassy office representation consulate directorate")
_POSTED_TO = re.compile(rf"[ \t]+(?:in|to)[ \t]+(?:the[ \t]+)?{_TOKEN}(?:[ \t]+{_TOKEN})?(?![\w-])")


def _and_continues(toks: list[_Tok], i: int) -> bool:
    """After "of X and": one to three uncovered name tokens without a head word of their own continue the
    name ("for Strategic and International Studies"); "the", a registry name or a new head word do not."""
    j = i
    while j < len(toks) and not toks[j].conn:
        if toks[j].covered or toks[j].text.lower() in _ORG_SUFFIX or toks[j].text.lower() in _PLACE_SUFFIX:
            return False
        j += 1
    return 1 <= j - i <= 3


_REGNAL = re.compile(r"(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)")


def _classify_segment(
    text: str,
    toks: list[_Tok],
    i: int,
    j: int,
    found: dict[str, _Found],
    out: list[_Mention],
    pending: list[_Surname],
    shared_surnames: Mapping[str, tuple[str, ...]],
    joined: str | None = None,
) -> str | None:
    """Classify one segment of a run. Returns the description when it named a person after a plural title
    ("Deputy Prime Ministers Ana Bee and ..."), so that the next name joined by "and" is a person too."""
    seg = toks[i:j]
    title_at = max((k for k, t in enumerate(seg) if t.text.lower() in _TITLE_WORDS), default=-1)
    if title_at >= 0 and all(
        t.text.lower() in _TITLE_ADJECTIVES for t in seg[: title_at + 1] if t.text.lower() in _TITLE_WORDS
    ):
        title_at = -1  # "State Reserve", "Foreign Affairs": adjectives of a title are not one
    name_toks = seg[title_at + 1 :]
    while name_toks and (
        (title_at < 0 and name_toks[0].text.lower() in _STOP_OR_MONTH) or _is_modifier(name_toks[0].text)
    ):
        name_toks = name_toks[1:]
    unknown_title = None
    if len(name_toks) >= 3 and _titled_tail([t.text for t in name_toks]):
        # "Human Rights Defender Anahit Manasyan", "Chief Rabbi Levi Cohen": capitalised words no list knows as a
        # title, then a given name and a surname; the words before are (part of) the person's title
        # "... of Transport and Infrastructure Mehmet Ali Karaca": two given names before the surname are one name
        keep = 3 if len(name_toks) >= 4 and is_given_name(name_toks[-3].text) and _looks_like_name(name_toks[-3]) else 2
        first = seg[0] if title_at >= 0 else name_toks[0]
        unknown_title = " ".join(text[first.start : name_toks[-keep - 1].end].split())
        name_toks = name_toks[-keep:]
    elif len(name_toks) >= 3 and (cut := _last_noun_like(name_toks)) is not None:
        name_toks = name_toks[cut + 1 :]  # "of Roads and Urban Development Farzaneh Sadegh": no name has "Development"
    # "Catholicos Karekin II", "Pope Leo XIV": a title, one name and a regnal number
    regnal = title_at >= 0 and len(name_toks) == 2 and bool(_REGNAL.fullmatch(name_toks[1].text))
    if not name_toks or not all(_looks_like_name(t) for t in name_toks[: 1 if regnal else None]) or len(name_toks) > 4:
        return
    if len(name_toks) == 3 and i > 0 and toks[i - 1].conn and _surname_like([t.text for t in name_toks[1:]]):
        name_toks = name_toks[1:]  # "... of Digital Development and Transport Ana Beeyev": the name is the tail
    start, end = name_toks[0].start, name_toks[-1].end
    name = " ".join(text[start:end].split())
    description = None
    is_person = False
    if unknown_title is not None:
        is_person, description = True, unknown_title
    elif title_at >= 0:
        is_person = True
        description = _title_description(text, toks, i + title_at + 1)
    elif joined is not None and len(name_toks) >= 2:
        is_person, description = True, joined
    elif (role := _role_before(text, start)) is not None:
        is_person, description = True, role
    elif (m := _APPOSITION.match(text, end)) and len(name_toks) >= 2:
        is_person, description = True, " ".join(m.group(1).split())
    elif len(name_toks) >= 2 and name not in _GAZ:
        words = [t.text for t in name_toks]
        if _surname_like(words) or _given_name_first(words):
            is_person = True
        elif (
            _SPEECH_AFTER.match(text, end)
            or _WHO_OR_AGE_AFTER.match(text, end)
            or _SPEECH_BEFORE.search(text, max(0, start - 20), start)
        ):
            # "Missing Persons said", "The Border Guards said": common nouns in capitals are no name
            is_person = not (
                any(_noun_like(w, plural=True) for w in words)
                or _DETERMINER_BEFORE.search(text, max(0, start - 5), start)
            )
    if is_person:
        if len(name_toks) == 1:
            low = name_toks[0].text.lower()
            if _noun_like(name_toks[0].text, plural=False):
                return None  # "General Jurisdiction": a title word before a common noun
            if low in _ORG_SUFFIX or low in _PLACE_SUFFIX or name in _GAZ:
                return  # "the head of the EU Mission": a head word or a known place is not a surname
            former = any(t.text.lower() in ("former", "ex-president", "late") for t in seg[: title_at + 1]) or bool(
                _FORMER_BEFORE.search(text, max(0, toks[i].start - 12), toks[i].start)
            )
            # a surname: resolved after all full names are known
            pending.append(_Surname(start, end, description, former, True))
            return
        eid = discovered_id("person", name)
        entry = found.setdefault(eid, _Found("person", name))
        entry.description = entry.description or description
        out.append(_Mention(start, end, eid, "person", "discovered"))
        if title_at >= 0 and seg[title_at].text.lower() in _PLURAL_TITLES:
            return description
        return None
    cued = (
        _cued_place(text, start, end)
        if len(name_toks) <= 3 and not any(t.text.lower() in _DEMONYMS or _modifier_compound(t.text) for t in name_toks)
        else None
    )
    if cued is not None:
        span_end, kind, name_end = cued
        _add_place(text, start, span_end, " ".join(text[start:name_end].split()), kind, found, out)
        return None
    if (
        len(name_toks) == 1
        and len(name) >= 4
        and _WEAK_PLACE_BEFORE.search(text, max(0, start - 14), start)
        and not _ADJECTIVE_USE.match(text, end)
        and not _CAP_AFTER.match(text, end)  # "in East Azerbaijan": part of a longer name
        and not is_given_name(name)
        and name.lower() not in _DEMONYM_OR_NOT_PLACE
        and not _modifier_compound(name)
        and fold_text(name) not in shared_surnames
    ):
        _add_place(text, start, end, name, "city", found, out)  # "fighting around Hadrut", "in Jermuk"
        out[-1].weak = True
        return None
    if len(name_toks) == 1 and fold_text(name) in shared_surnames:
        # A bare registry surname shared by several people ("Aliyev"): decided once the article is read.
        former = bool(_FORMER_BEFORE.search(text, max(0, start - 12), start))
        pending.append(_Surname(start, end, None, former, False))


_ADJECTIVE_USE = re.compile(
    r"\s+(?!(?:on|in|at|and|or|to|for|of|with|from|by|was|is|has|had|said|says|this|that|these|last|next|since|"
    r"until|after|before|during|when|where|while|as|but|which|who|because|yesterday|today|tomorrow|earlier|later|"
    r"overnight)\b)[a-z]"
)


# Endings of English common nouns and participles that names rarely have (listed names pass).
_NOUN_END = re.compile(r"(?:tion|sion|ment|ness|ity|ance|ence|ship|ism|ing|ed|ure|ics|ogy)$")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|of)[ \t]+$", re.IGNORECASE)


def _noun_like(word: str, plural: bool) -> bool:
    """A capitalised word that reads as a common noun ("Jurisdiction", "Missing", with `plural` also "Persons"),
    unless a name list holds it ("Manning", "Williams")."""
    if is_given_name(word) or is_surname(word) or SURNAME_ENDING.search(word.lower()):
        return False
    low = word.lower()
    return bool(_NOUN_END.search(low)) or (plural and low.endswith("s") and not low.endswith("ss") and len(low) > 3)


# Weak place cues for an unknown single name: a locative preposition or a verb of war whose object is a place.
_WEAK_PLACE_BEFORE = re.compile(
    r"\b(?:in|around|outside|inside|entered|captured|recaptured|liberated|shelled|seized|bombed)[ \t]+$"
)
# Capitalised words after "in" that are no places: languages, faiths, eras.
_NOT_PLACES = _words(
    """english arabic farsi hebrew latin islam christianity judaism orthodoxy buddhism antiquity parliament congress
    government total general particular addition contrast response return practice theory principle fact turn
    telegram facebook twitter instagram youtube tiktok whatsapp linkedin east west north south"""
)
# Unions of the word lists above, made once (the lists never change).
_HEAD_WORDS = _ORG_SUFFIX.keys() | _PLACE_SUFFIX.keys()
_STOP_OR_MONTH = _STOP | _MONTHS
_STOP_BEFORE_HEAD_OR_MONTH = _STOP_BEFORE_HEAD | _MONTHS
_DEMONYM_OR_NOT_PLACE = _DEMONYMS | _NOT_PLACES
_LISTED_NOT_PLACE = _STOP | _MONTHS | _TITLE_WORDS | _DEMONYMS


def _modifier_compound(word: str) -> bool:
    """A hyphenated word that opens with a demonym or a month: "Armenian-populated", "Azerbaijani-controlled",
    "January-August" describe or count; they name no place."""
    first = word.split("-", 1)[0].lower()
    return "-" in word and (first in _DEMONYMS or first in _MONTHS or first + "." in _MONTHS)


def _cued_place(text: str, start: int, end: int) -> tuple[int, str, int] | None:
    """(end of the place span, kind, end of the place's name) if a strong place cue surrounds the name at
    [start, end)."""
    head = _PLACE_HEAD_AFTER.match(text, end)
    if head is not None and "-" in text[start:end] and _ROUTE_AFTER.match(text, end):
        return None  # "the Yerevan-Ijevan highway": the places it joins are read as a compound
    if head is not None and head.group("shrine"):
        if _GAZ.get(" ".join(text[start:end].split())) is None:
            return head.end(), "site", head.end()  # "the Dadivank monastery"
        head = None  # "the Yerevan mosque": where a mosque stands, read by the other cues
    if head is not None:
        if head.group("site"):
            return head.end(), "site", head.end()  # "the Hakari checkpoint": the head word names the site
        if head.group("nature"):  # "the Aras river" is the Aras
            return head.end(), "body_of_water" if head.group("nature") in ("river", "lake") else "region", end
        kind = "region" if head.group("admin").startswith(("prov", "reg", "dis", "obl", "ray")) else "city"
        return end, kind, end
    if _STRONG_PLACE_BEFORE.search(text, max(0, start - 30), start) or _PLACE_APPOSITION.match(text, end):
        return end, "city", end
    return None


def _add_place(
    text: str, start: int, end: int, name: str, kind: str, found: dict[str, _Found], out: list[_Mention]
) -> None:
    """A discovered place; GeoNames gives its coordinates when it knows the name (an alternate spelling, found
    here with a strong cue, is the place under its primary name: "the Fizuli district" is Fuzuli)."""
    gaz = _GAZ.get(name)
    if gaz is not None:
        entry = _Found(
            "place", gaz.name, kind=gaz.kind, country=gaz.country, latitude=gaz.latitude, longitude=gaz.longitude
        )
    else:
        entry = _Found("place", name, kind=kind)
    eid = discovered_id("place", entry.name)
    found.setdefault(eid, entry)
    out.append(_Mention(start, end, eid, "place", "discovered"))


# A place name that only qualifies another noun names no place: "the Astana process", "the Minsk agreements".
_NAME_PART_AFTER = re.compile(
    r"[ \t]+(?:format|process|formula|platform|track|declaration|agreements?|accords?|protocols?|principles|"
    r"communiqu[eé]|memorandum|talks\s+format)\b"
)
_REGION_OF_BEFORE = re.compile(r"\b(?:republic|region|province|state|oblast|governorate|county|krai)\s+of\s+$", re.I)


def _gazetteer_mentions(text: str, covered: _SpanIndex, skip: _SpanIndex, found: dict[str, _Found]) -> list[_Mention]:
    """Countries, subdivisions, cities and regions from the gazetteer, wherever they are named.

    A hit is kept by its source and its context: countries and large regions always; a multi-word
    subdivision always, a one-word one with a cue; a city of 100,000+ (500,000+ at the start of a sentence)
    or with a cue; an ASCII alternate name only with a cue and not as an adjective ("the Kazakh capital").
    Stop-listed names (common words, given names, months) need a cue. No place inside a registry name, as
    part of a name ("the Astana process") or next to a given name ("Kari Lunde")."""
    out: list[_Mention] = []
    last_place_end = -1
    for start, end, place in find_names(_GAZ, text):
        if covered.overlaps(start, end) or skip.overlaps(start, end):
            continue
        name = text[start:end]
        words = name.split()
        if (
            (place.source != "country" and any(w.lower() in _DEMONYMS or w.lower() in _MONTHS for w in words))
            or _NAME_PART_AFTER.match(text, end)
            or _is_date(text, start, end)
        ):
            continue
        if any(w.lower() in _ORG_SUFFIX for w in words):
            continue  # "University" (Florida) is the head of "University of Bergen"
        if name in _GAZ.stoplist and re.match(rf"[ \t]+{_TOKEN}", text[end : end + 40]):
            continue  # "East Azerbaijan", "Central Bank": a stop-listed word starts a longer name
        cue = bool(
            (last_place_end >= 0 and _LIST_SEP.fullmatch(text, last_place_end, start))  # "Tbilisi and Poti"
            or _PLACE_CUE.search(text, max(0, start - 20), start)
            or _STRONG_PLACE_BEFORE.search(text, max(0, start - 30), start)
            or _REGION_OF_BEFORE.search(text, max(0, start - 30), start)
            or _PLACE_HEAD_AFTER.match(text, end)
        )
        if name in _GAZ.stoplist:
            ok = cue
        elif place.alternate:
            ok = cue and (not _ADJECTIVE_USE.match(text, end) or bool(_PLACE_HEAD_AFTER.match(text, end)))
        elif place.source in ("country", "region") or place.country in _GAZ.focus:
            ok = True  # countries, large regions, and the towns and districts of the region the news is about
        elif place.source == "subdivision":
            ok = cue or len(words) > 1
        elif len(words) == 1 and _sentence_initial(text, start):
            ok = cue or place.population >= 500_000
        else:
            ok = cue or place.population >= 100_000
        if not ok or _next_to_given_name(text, start, end, place):
            continue  # "Kari Lunde": a surname, not the town
        eid = discovered_id("place", place.name)
        found.setdefault(
            eid,
            _Found(
                "place",
                place.name,
                kind=place.kind,
                country=place.country,
                latitude=place.latitude,
                longitude=place.longitude,
            ),
        )
        out.append(_Mention(start, end, eid, "place", "discovered"))
        last_place_end = end
    return out


def _next_to_given_name(text: str, start: int, end: int, place: Place) -> bool:
    """ "Kari Lunde" (a town called Lunde) and "Jordan Peterson": a name, not a place."""
    before = re.search(rf"(?<![\w'’-])({_TOKEN})[ \t]+$", text[max(0, start - 30) : start])
    if before is not None and is_given_name(before.group(1)):
        return True
    after = re.match(rf"[ \t]+({_TOKEN})", text[end : end + 30])
    return (
        place.source != "country"
        and after is not None
        and is_given_name(text[start:end])
        and after.group(1).lower() not in _ORG_SUFFIX
        and after.group(1).lower() not in _PLACE_SUFFIX
    )


# --- step 3: short names and acronyms -----------------------------------------------------------


def _surname(name: str) -> str | None:
    parts = [p for p in name.split() if p.rstrip(".").lower() not in {"jr", "sr", "ii", "iii", "iv"}]
    return parts[-1] if len(parts) >= 2 and not parts[-1].endswith(".") else None


def _short_names(
    text: str, mentions: list[_Mention], registry: Registry, found: dict[str, _Found]
) -> tuple[dict[str, str], set[str]]:
    """Folded surname -> person entity id, for people named in full in this article (unique surnames only),
    and the surnames that two people named in full share (never resolved)."""
    owners: dict[str, set[str]] = {}
    for m in mentions:
        if m.entity_type != "person" or len(text[m.start : m.end].split()) < 2:
            continue
        names = [found[m.entity_id].name] if m.entity_id in found else []
        if m.entity_id in registry.by_id:
            e = registry.by_id[m.entity_id]
            names = [e.name, *(a.name for a in e.aliases)]
        for n in names:
            if (s := _surname(n)) is not None:
                owners.setdefault(fold_text(s), set()).add(m.entity_id)
    unique = {s: next(iter(ids)) for s, ids in owners.items() if len(ids) == 1}
    return unique, {s for s, ids in owners.items() if len(ids) > 1}


def _title_parts(title: str) -> tuple[bool, tuple[str, ...], list[str]]:
    """(former, role words, other words): "Former President of Azerbaijan, father of X" ->
    (True, ("president",), ["azerbaijan"]); "Azerbaijani President" -> (False, ("president",), ["azerbaijani"])."""
    clause = title.split(",")[0].lower().replace("’", "'")
    words = re.findall(r"[\w-]+", clause)
    former = bool(words) and words[0] in ("former", "ex", "late")
    role: list[str] = []
    other: list[str] = []
    in_role = True
    for w in words:
        if w in ("former", "ex", "late", "the", "s"):
            continue
        if w in ("of", "in", "to", "for"):
            in_role = False
        elif in_role and w in _TITLE_WORDS:
            role.append(w)
        elif len(w) >= 2:
            other.append(w)
    return former, tuple(role), other


def _title_fits(title: str, former: bool, entity: Entity) -> bool:
    """A title before a surname fits a registry description: same role words, "former" only for former
    office holders (a current title ignores "former"), and a nationality or country word, if written,
    that the description shares ("Azerbaijani" ~ "Azerbaijan")."""
    d_former, d_role, d_other = _title_parts(entity.description or "")
    _, t_role, t_other = _title_parts(title)
    if not t_role or t_role != d_role or (former and not d_former):
        return False
    return all(any(_same_stem(t, d) for d in d_other) for t in t_other if t not in _STOP)


def _same_stem(a: str, b: str) -> bool:
    """A demonym and its country share a stem of five letters or more ("azerbaijani", "azerbaijan")."""
    return a == b or (min(len(a), len(b)) >= 5 and (a.startswith(b[:-1]) or b.startswith(a[:-1])))


def _pick_namesake(registry: Registry, ids: tuple[str, ...], surname: _Surname) -> str | None:
    """The registry person meant by a surname several registry people share, or None.

    A title that fits exactly one description picks it. Otherwise, as extraction has no publication date
    (the article's time context is unknown), the one candidate not described as former is meant; two
    current holders, or a title that fits none, stay unresolved."""
    people = [registry.by_id[i] for i in ids]
    if surname.description is not None:
        people = [p for p in people if _title_fits(surname.description, surname.former, p)]
        if len(people) == 1:
            return people[0].id
    pool = [p for p in people if p.is_former == surname.former]
    return pool[0].id if len(pool) == 1 and (surname.former or not any(p.is_former for p in pool)) else None


def _acronyms(
    text: str, mentions: list[_Mention], found: dict[str, _Found], registry: Registry, out: list[_Mention]
) -> dict[str, tuple[str, str]]:
    """Acronyms defined as "Full Name (FN)" right after a mention: acronym -> (entity id, type)."""
    ends = {m.end: m for m in mentions}
    defined: dict[str, tuple[str, str]] = {}
    for d in _ACRONYM_DEF.finditer(text):
        acr = d.group("acr")
        if sum(c.isupper() for c in acr) < 2 or fold_text(acr) in registry.alias_index:
            continue
        before = d.start() - 1 if d.start() > 0 and text[d.start() - 1] == " " else d.start()
        m = ends.get(before)
        if m is None or text[m.start].upper() != acr[0]:
            continue
        defined.setdefault(acr, (m.entity_id, m.entity_type))
        out.append(_Mention(d.start() + 1, d.end() - 1, m.entity_id, m.entity_type, "acronym"))
    return defined


def _resolve_overlaps(mentions: list[_Mention]) -> list[_Mention]:
    """Higher priority first, then longer, then earlier; drop anything overlapping a kept mention.

    Occupancy is a byte per character, so the cost stays linear in the text length."""
    if not mentions:
        return []
    taken = bytearray(max(m.end for m in mentions))
    kept: list[_Mention] = []
    for m in sorted(mentions, key=lambda m: (-m.priority, m.start - m.end, m.start)):
        if 1 in taken[m.start : m.end]:
            continue
        kept.append(m)
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    return sorted(kept, key=lambda m: m.start)


class _SpanIndex:
    """Membership test for sorted, non-overlapping spans in O(log n)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]

    def overlaps(self, a: int, b: int) -> bool:
        k = bisect.bisect_right(self.starts, b - 1) - 1
        return k >= 0 and self.spans[k][1] > a

    def within(self, a: int, b: int) -> list[tuple[int, int]]:
        """Spans overlapping [a, b) (the spans do not overlap each other, so ends are sorted too)."""
        lo = bisect.bisect_right(self.starts, a) - 1
        hi = bisect.bisect_left(self.starts, b)
        return [s for s in self.spans[max(lo, 0) : hi] if s[1] > a]


# --- the extractor --------------------------------------------------------------------------------


def extract_entities(
    text: str, registry: Registry, non_body: list[tuple[int, int]] | None = None
) -> tuple[list[Row], list[Row]]:
    """Entities (one row per entity mentioned) and mentions (one row per occurrence) in one article; `non_body` is
    body.non_body_spans(text) when the caller has it (computed here otherwise)."""
    skip = _SpanIndex(non_body_spans(text) if non_body is None else non_body)
    folded = fold_text(text)
    # 1. registry aliases
    mentions: list[_Mention] = []
    ambiguous: list[tuple[int, int, tuple[str, ...]]] = []
    for start, end, ids in _alias_mentions(text, folded, registry):
        if skip.overlaps(start, end):
            continue
        if len(ids) > 1:
            ambiguous.append((start, end, ids))
        else:
            mentions.append(_Mention(start, end, ids[0], registry.by_id[ids[0]].type, "alias"))
    covered = [(m.start, m.end) for m in mentions] + [(a, b) for a, b, _ in ambiguous]
    covered_index = _SpanIndex(covered)
    found: dict[str, _Found] = {}
    # 2. gazetteer places, then discovery in capitalised runs
    discovered = _gazetteer_mentions(text, covered_index, skip, found)
    place_index = _SpanIndex([(m.start, m.end) for m in discovered])
    particles = _particle_names(text, covered_index, skip, found)
    discovered += particles
    discovered += _facilities(text, mentions + discovered, registry, found)
    ctx = _Ctx(
        text,
        covered_index,
        {(m.start, m.end): m.entity_id for m in mentions},
        registry,
        place_index,
        _SpanIndex([(m.start, m.end) for m in particles]),
    )
    pending: list[tuple[int, int, str | None]] = []
    claimed = 0
    runs = list(_RUN_SCAN.finditer(text))  # read again by the list rule
    for run in runs:
        if skip.overlaps(run.start(), run.end()):
            continue
        local = covered_index.within(run.start(), run.end())
        claimed = _classify_run(
            ctx,
            run,
            local,
            place_index.within(run.start(), run.end()),
            found,
            discovered,
            pending,
            registry.shared_surnames,
            claimed,
        )
    discovered += _dateline_places(text, covered_index, skip, found)
    discovered += _ministry_mentions(text, registry, skip, found)
    discovered += _outlet_mentions(text, covered_index, place_index, skip, found, registry)
    discovered += _compound_places(text, mentions, covered_index, skip, found)
    discovered += _camel_case_bodies(text, covered_index, skip, found)
    discovered += _styled_bodies(text, skip, found)
    discovered += _possessive_bodies(text, skip, found)
    mentions = _resolve_overlaps(mentions + discovered)
    mentions = _resolve_overlaps(mentions + _list_places(text, runs, mentions, skip, found))
    # Ambiguous aliases: the entity named elsewhere in the article, if exactly one is.
    named = {m.entity_id for m in mentions}
    for start, end, ids in ambiguous:
        hits = [i for i in ids if i in named]
        if len(hits) == 1:
            mentions.append(_Mention(start, end, hits[0], registry.by_id[hits[0]].type, "alias"))
    # 3. acronyms and short names
    extra: list[_Mention] = []
    acronyms = _acronyms(text, mentions, found, registry, extra)
    surnames, shared_in_article = _short_names(text, mentions, registry, found)
    for m in mentions if surnames else ():  # "Ivan Kirov ... Kirov said": the person named in full, not the city
        if m.entity_type != "place" or m.method != "discovered":
            continue
        pid = surnames.get(fold_text(text[m.start : m.end]))
        if pid and (m.weak or not _LOCATIVE_BEFORE.search(text, max(0, m.start - 12), m.start)):
            m.entity_id, m.entity_type, m.method = pid, "person", "short_name"  # but "talks in Kirov" stay there
    first_full = {}
    for m in mentions:
        if m.entity_type == "person" and len(text[m.start : m.end].split()) >= 2:
            first_full.setdefault(m.entity_id, m.start)
    for m in mentions:  # a registry surname alias ("Trump") after the full name is a short name
        if (
            m.method == "alias"
            and m.entity_id in first_full
            and m.start > first_full[m.entity_id]
            and (len(text[m.start : m.end].split()) == 1)
        ):
            m.method = "short_name"
    pending_at = {(p.start, p.end): p for p in pending}
    if surnames or pending_at or registry.surnames:
        for w in _CAP_WORD_SCAN.finditer(text):
            key = _fold_word(w.group(0))
            eid = surnames.get(key)
            waiting = pending_at.get(w.span())
            if eid is None and key in registry.surnames and _standalone(text, w.start(), w.end()):
                eid = registry.surnames[key]  # "Pashinyan said": a surname only one registry person has
            if eid is None and waiting is not None and waiting.titled:
                eid = registry.surnames.get(key)  # "President Erdogan": a title and a registered surname
            if eid is None and waiting is not None and key in registry.shared_surnames and key not in shared_in_article:
                # "President Aliyev" with no full name in the article: the title or the current office holder
                eid = _pick_namesake(registry, registry.shared_surnames[key], waiting)
            if eid is not None:
                extra.append(_Mention(w.start(), w.end(), eid, "person", "short_name", priority=-1))
            elif waiting is not None and waiting.titled:
                name = w.group(0)
                pid = discovered_id("person", name)
                entry = found.setdefault(pid, _Found("person", name))
                entry.description = entry.description or waiting.description
                extra.append(_Mention(w.start(), w.end(), pid, "person", "discovered", priority=-1))
    for acr, eid in _bare_acronyms(text, registry, acronyms, skip, mentions).items():
        acronyms[acr] = (eid, "organization")
        if eid not in registry.by_id:
            found.setdefault(eid, _Found("organization", acr, kind="other"))
    if acronyms:
        for w in _ALLCAPS.finditer(text):
            hit = acronyms.get(w.group(0))
            if hit is not None:
                extra.append(_Mention(w.start(), w.end(), hit[0], hit[1], "acronym", priority=-1))
    extra += _repeated_organizations(text, mentions, skip)
    remap = _former_names(text, mentions, found, extra)
    remap |= {a: b for a, b in _prefixed_names(mentions + extra, registry, found).items() if a not in remap}
    remap |= {a: b for a, b in _headed_names(text, mentions + extra, found).items() if a not in remap}
    final = [m for m in _resolve_overlaps(mentions + extra) if not skip.overlaps(m.start, m.end)]
    to_org = _organizations_by_apposition(text, final, found)
    remap |= to_org
    for m in final:
        if m.entity_id in to_org:
            m.entity_type = "organization"
        m.entity_id = remap.get(m.entity_id, m.entity_id)
        if m.entity_type == "place" and (t := _LOWER_TYPE_WORD.search(text, m.start, m.end)) is not None:
            m.end = t.start()  # "Tavush province", "the Arpa river": the name is Tavush, Arpa
    return _entity_rows(final, registry, found), [_mention_row(text, m) for m in final]


# "Green Valley, an environmental NGO, said", "the Green Valley environmental NGO": what kind of body a name is
_ORG_KINDS = (
    r"(?:NGOs?|non-governmental organi[sz]ation|organi[sz]ation|group|party|parties|factions?|movement|company|firm|"
    r"charity|association|foundation|coalition|bloc|think[ -]tank|watchdog|network|initiative|union)\b"
)
_ORG_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?" + _ORG_KINDS)
_ORG_HEAD_AFTER = re.compile(
    r"\s+(?:(?!(?:village|town|city|district|province|region|river|lake|border)\b)[a-z][\w-]+\s+){0,2}?" + _ORG_KINDS
)


_BIG_CITY = 100_000  # people: a city this big is known as a city before anything else named after it


def _organizations_by_apposition(text: str, mentions: list[_Mention], found: dict[str, _Found]) -> dict[str, str]:
    """Discovered places the text calls a body ('Green Valley, an environmental NGO', 'the Green Valley
    environmental NGO'), and untitled discovered people followed by such a head word, are organizations:
    {old id: organization id}; every mention of that name in the article follows."""
    out: dict[str, str] = {}
    for m in mentions:
        entry = found.get(m.entity_id)
        if m.method != "discovered" or entry is None or m.entity_id in out:
            continue
        if m.entity_type == "place":
            big = _primary_place(entry.name)
            if big is not None and big.population >= _BIG_CITY and not _ORG_APPOSITION.match(text, m.end):
                continue  # "a Rotterdam logistics company": a big city names where the body is, not the body
            body = _ORG_APPOSITION.match(text, m.end) or _ORG_HEAD_AFTER.match(text, m.end)
        elif m.entity_type == "person" and entry.description is None:
            body = _ORG_HEAD_AFTER.match(text, m.end)
        else:
            continue
        if body:
            oid = discovered_id("organization", entry.name)
            found.setdefault(oid, _Found("organization", entry.name, kind="other"))
            out[m.entity_id] = oid
    return out


_NAMES_PER_WORD = 8  # names tried at one capitalised word: a bound that keeps the scan linear in the text


def _repeated_organizations(text: str, mentions: list[_Mention], skip: _SpanIndex) -> list[_Mention]:
    """Every other occurrence of a discovered organization's name as first written: "the Homeland First
    movement ... Homeland First said". Cues find an organization once; its name alone then names it again.
    Names are looked up by their first word at each capitalised word of the text (longest name first)."""
    by_first: dict[str, list[tuple[str, str]]] = {}
    seen: set[str] = set()
    for m in mentions:
        name = text[m.start : m.end]
        if m.entity_type != "organization" or m.method != "discovered" or name in seen or len(name) < 4:
            continue
        first = _CAP_WORD.match(name)
        if first is None or "\n" in name:
            continue
        seen.add(name)
        by_first.setdefault(first.group(0), []).append((name, m.entity_id))
        bare = _CLUB_ABBREVIATION.sub("", name)  # "FC Pyunik ... Pyunik", "Sabah FK ... Sabah": the club again
        if bare != name and len(bare) >= 4 and (first := _CAP_WORD.match(bare)) and bare not in seen:
            seen.add(bare)
            by_first.setdefault(first.group(0), []).append((bare, m.entity_id))
    if not by_first:
        return []
    for names in by_first.values():
        names.sort(key=lambda n: -len(n[0]))
        del names[_NAMES_PER_WORD:]
    out = []
    for w in _CAP_WORD_SCAN.finditer(text):
        for name, eid in by_first.get(w.group(0), ()):
            end = w.start() + len(name)
            if text.startswith(name, w.start()) and not _is_word_char(text[end : end + 1] or " "):
                if text[end : end + 1] != "-" and not skip.overlaps(w.start(), end):
                    out.append(_Mention(w.start(), end, eid, "organization", "discovered", priority=1))
                break
    return out


# The official style of an autonomous unit is part of its name: "the Nakhchivan Autonomous Republic" is Nakhchivan.
_AUTONOMOUS_AFTER = re.compile(r"[ \t]+Autonomous[ \t]+(?:Republic|Region|Oblast|Okrug|District|Province)\b")
# A known town's or region's name before a lower-case landform or water names another place: "the Ararat valley",
# "the Zangezur range", "the Kura river" (not the town of Chur, whose alternate name is Kura). "The Syunik mountains"
# describes the province's land, and is no name.
_FEATURE_AFTER = re.compile(r"[ \t]+(?:(?P<water>river|lake)|valley|gorge|range|ridge|plateau)\b")


def _facilities(text: str, places: list[_Mention], registry: Registry, found: dict[str, _Found]) -> list[_Mention]:
    """A facility named after a known town: "the Lachin border checkpoint", "the Meghri crossing" (a site of its
    own; the town is not mentioned there). Countries are left alone ("the Iran border crossing"). A place followed
    by its autonomous style ("Nakhchivan Autonomous Republic") is mentioned by the whole name."""
    out: list[_Mention] = []
    for m in places:
        if m.entity_type == "place" and (style := _AUTONOMOUS_AFTER.match(text, m.end)):
            out.append(_Mention(m.start, style.end(), m.entity_id, "place", m.method, priority=1))
            continue
        if m.entity_type == "place" and (feature := _FEATURE_AFTER.match(text, m.end)):
            kind = registry.by_id[m.entity_id].kind if m.entity_id in registry.by_id else found[m.entity_id].kind
            water = bool(feature.group("water"))
            if kind == "country" or (water and kind == "body_of_water"):
                continue  # "the Aras river" where the Aras is known as a river already
            name = " ".join(text[m.start : feature.end()].split())
            eid = discovered_id("place", name)
            found.setdefault(eid, _Found("place", name, kind="body_of_water" if water else "region"))
            out.append(_Mention(m.start, feature.end(), eid, "place", "discovered", priority=1))
            continue
        if m.entity_type != "place" or not (head := _PLACE_HEAD_AFTER.match(text, m.end)) or not head.group("site"):
            continue
        kind = registry.by_id[m.entity_id].kind if m.entity_id in registry.by_id else found[m.entity_id].kind
        if kind == "country" or (m.start > 0 and text[m.start - 1] in "-–"):
            continue  # "the Sisian-Jermuk highway": a route between two places names both, not a facility of one
        name = " ".join(text[m.start : head.end()].split())
        eid = discovered_id("place", name)
        found.setdefault(eid, _Found("place", name, kind="site"))
        out.append(_Mention(m.start, head.end(), eid, "place", "discovered", priority=1))
    return out


_CAP_W = rf"[{_UPPER}][\w'’]*(?:-[{_UPPER}][\w'’]*)*"
# Names joined by particles: "Mohamed bin Zayed Al Nahyan", "Tamim bin Hamad Al Thani", "Ibn Battuta",
# "Mohammed Shia al-Sudani". bin/ibn/bint mark a person on their own; a lower-case al-/el- needs a given name first.
_PARTICLE_NAME = re.compile(
    rf"(?<![\w'’-])(?:(?:Ibn|Bin)[ \t]+{_CAP_W}|(?:{_CAP_W}[ \t]+){{1,2}}(?:bint?|ibn|Bin|Ibn)[ \t]+{_CAP_W}"
    rf"(?:[ \t]+(?:bint?|ibn|Bin|Ibn)[ \t]+{_CAP_W}){{0,2}}|(?P<al>(?:{_CAP_W}[ \t]+){{1,2}}(?:al|el)-{_CAP_W})"
    rf"|(?P<de>{_CAP_W}[ \t]+(?:{_CAP_W}[ \t]+)?(?:van[ \t]+der|van[ \t]+den|von[ \t]+der|de[ \t]+la|de|van|von|da|"
    rf"di|du|dos|del|della|le|la)[ \t]+{_CAP_W}))"
    rf"(?:[ \t]+Al[ \t]+{_CAP_W})?(?![\w-])"
)


_NEXT_WORD = re.compile(r"[ \t]+(\w+)")


_PARTICLE_WORDS = (" bin ", " ibn ", " bint ", "Bin ", "Ibn ", "Bint ", " al-", " el-", " de ", " van ", " von ")
_PARTICLE_WORDS += (" da ", " di ", " du ", " dos ", " del ", " della ", " le ", " la ")
_PARTICLE = re.compile(
    r"(?<![\w'’-])(?:bint?|ibn|Bin|Ibn|Bint)(?=[ \t]+[A-Z])|(?<=[ \t])(?:al|el)-(?=[A-Z])"
    r"|(?<=[A-Za-z][ \t])(?:van|von|de|da|di|du|dos|del|della|le|la)(?=[ \t]+(?:der[ \t]+|den[ \t]+|la[ \t]+)?[A-Z])"
)


def _particle_names(text: str, covered: _SpanIndex, skip: _SpanIndex, found: dict[str, _Found]) -> list[_Mention]:
    """People whose names hold Arabic particles, as one name: titles and sentence words before them stay out."""
    out: list[_Mention] = []
    if not any(p in text for p in _PARTICLE_WORDS):
        return out
    seen_end = -1
    for anchor in _PARTICLE.finditer(text):  # particles are rare: read the name around each one
        m = _PARTICLE_NAME.search(text, max(0, anchor.start() - 60, seen_end), min(len(text), anchor.end() + 80))
        while m is not None and m.end() <= anchor.start():
            m = _PARTICLE_NAME.search(text, m.end(), min(len(text), anchor.end() + 80))
        if m is None or m.start() > anchor.start():
            continue
        seen_end = m.end()
        start, end = m.span()
        while True:  # "Sheikh Mohamed bin Zayed", "The Crown Prince Mohammed bin Salman": the title stays out
            word = re.match(r"\S+", text[start:end]).group(0)
            if word.lower() in _TITLE_WORDS or word.lower() in _STOP or word.lower() in ("crown", "sheikha"):
                start = start + len(word) + len(text[start + len(word) :]) - len(text[start + len(word) :].lstrip())
                continue
            break
        name = text[start:end]
        words = name.split()
        if len(words) < 2 or covered.overlaps(start, end) or skip.overlaps(start, end):
            continue
        if (m.group("al") or m.group("de")) and not is_given_name(words[0]):
            continue  # "Hayat Tahrir al-Sham": al- after a word that is no given name is not a person's name
        after = _NEXT_WORD.match(text, end)
        heads = [*words, after.group(1) if after else ""]
        if any(w.lower() in _ORG_SUFFIX or w.lower() in _PLACE_SUFFIX for w in heads):
            continue  # "Ibn Sina University"
        eid = discovered_id("person", name)
        found.setdefault(eid, _Found("person", " ".join(words)))
        out.append(_Mention(start, end, eid, "person", "discovered", priority=1))
    return out


_CAP_BEFORE = re.compile(rf"[{_UPPER}][\w'’.-]*[ \t]+\Z")
_CAP_AFTER = re.compile(rf"[ \t]+[{_UPPER}]")


def _standalone(text: str, start: int, end: int) -> bool:
    """A capitalised word not inside a longer capitalised name ("Pashinyan said", not "Pashinyan Street" or
    "Anna Pashinyan")."""
    return not (_CAP_BEFORE.search(text, max(0, start - 30), start) or _CAP_AFTER.match(text, end))


_NESTED_BEFORE = re.compile(rf"[{_UPPER}][\w'’-]*[ \t]+of[ \t]+(?:the[ \t]+)?\Z")


# A word with a capital inside after lower-case letters is a brand: an outlet, a party, a company ("AzerTelecom",
# "GroenLinks-PvdA", "KfW", "CivilNet"). Not a surname with a particle ("McCain", "DeLuca", "MacLeod") nor "PhD".
_CAMEL_CASE = re.compile(
    rf"(?<![\w'’.-])(?!(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von)[{_UPPER}]|PhD\b)[{_UPPER}][a-z]+[{_UPPER}][\w]*"
    rf"(?:-[{_UPPER}][\w]*)*(?![\w'’-])"
)


def _camel_case_bodies(text: str, covered: _SpanIndex, skip: _SpanIndex, found: dict[str, _Found]) -> list[_Mention]:
    """Brands written in camel case, as organizations; any other reading of the same span wins (priority -1)."""
    out = []
    for m in _CAMEL_CASE.finditer(text):
        start, end = m.span()
        if covered.overlaps(start, end) or skip.overlaps(start, end):
            continue
        out.append(_discovered_body(m.group(), "other", start, end, found, priority=-1))
    return out


def _discovered_body(
    written: str, kind: str, start: int, end: int, found: dict[str, _Found], priority: int
) -> _Mention:
    """The mention of a body found by its shape, named as written (runs of spaces made one)."""
    name = " ".join(written.split())
    eid = discovered_id("organization", name)
    found.setdefault(eid, _Found("organization", name, kind=kind))
    return _Mention(start, end, eid, "organization", "discovered", priority=priority)


# A body whose name holds a possessive common noun: "Helsinki Citizens' Assembly", "the Tavush Farmers' Union",
# "Shirak Women's Council" (a capitalised plural ending in s' or one of the irregular plurals with 's; a name's
# possessive, "Armenia's Defence Council", is the owner and no part of the name).
_POSSESSIVE_BODY = re.compile(
    rf"(?<![\w'’-])(?:(?!(?:The|A|An|In|At|On|For|By|With)\b){_CAP_W}[ \t]+){{0,3}}"
    rf"(?:[{_UPPER}][a-z]+s['’]|(?:Women|Men|Children|People)['’]s)[ \t]+(?:{_CAP_W}[ \t]+){{0,2}}"
    r"(?P<head>Union|Assembly|Association|Council|Committee|Federation|Movement|League|Fund|Foundation|Party|Front|"
    r"Network|Initiative|Club|Society|Alliance|Congress|Forum|Coalition|Organi[sz]ation|Centre|Center)\b"
)


_OF_BEFORE = re.compile(r"\b(?:of|and|for)[ \t]+$")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]{4,}\b")


def _title_case_line(line: str) -> bool:
    """A line without a lower-case word of four letters or more (a headline in title case)."""
    return _LOWER_WORD.search(line) is None


def _possessive_bodies(text: str, skip: _SpanIndex, found: dict[str, _Found]) -> list[_Mention]:
    out = []
    if "'" not in text and "’" not in text:
        return out
    for m in _POSSESSIVE_BODY.finditer(text):
        start, end = m.span()
        if skip.overlaps(start, end) or _OF_BEFORE.search(text, max(0, start - 5), start):
            continue  # "the Commonwealth of Independent States' Assembly": the possessive ends a longer name
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        if _title_case_line(text[line_start : line_end if line_end >= 0 else len(text)]):
            continue  # "Court Frees Veterans' Union Leader": a headline capitalises every word
        out.append(_discovered_body(m.group(), _ORG_SUFFIX[m["head"].lower()], start, end, found, priority=2))
    return out


# Bodies known by a fixed style that no head word gives: the local government of an Azerbaijani district or city
# ("the Gazakh District Executive Power"; "Power" alone heads no body: "Samantha Power"), a mayor's office ("Tbilisi
# City Hall said"), a church's see ("the Mother See of Holy Etchmiadzin", "the Holy See"). (guard, pattern, kind)
_NAME_WORD = rf"(?:(?!(?:The|A|An|In|At)\b){_CAP_W}[ \t]+)"
_STYLED_BODIES = (
    (
        "Executive Power",
        re.compile(rf"(?<![\w'’-]){_NAME_WORD}{{1,2}}(?:District|City|Region|Rayon)[ \t]+Executive[ \t]+Power\b"),
        "government",
    ),
    ("Hall", re.compile(rf"(?<![\w'’-])(?P<place>{_NAME_WORD}{{1,2}})(?:City|Town)[ \t]+Hall\b"), "government"),
    (
        "See",
        re.compile(rf"(?<![\w'’-])(?:Mother|Holy|Apostolic)[ \t]+See\b(?:[ \t]+of[ \t]+{_NAME_WORD}?{_CAP_W})?"),
        "ngo",
    ),
)


def _styled_bodies(text: str, skip: _SpanIndex, found: dict[str, _Found]) -> list[_Mention]:
    out = []
    for guard, pattern, kind in _STYLED_BODIES:
        if guard not in text:
            continue
        for m in pattern.finditer(text):
            start, end = m.span()
            if skip.overlaps(start, end):
                continue
            if "place" in m.groupdict() and " ".join(m["place"].split()) not in _GAZ:
                continue  # a mayor's office is a town's ("Tbilisi City Hall"), not a venue ("Crocus City Hall")
            out.append(_discovered_body(m.group(), kind, start, end, found, priority=2))
    return out


def _ministry_mentions(text: str, registry: Registry, skip: _SpanIndex, found: dict[str, _Found]) -> list[_Mention]:
    """Ministries, embassies and consulates written with their country, under one canonical name: the registry's
    entity when it lists the canonical name or the written form, else one discovered ID per body."""
    out = []
    for start, end, name, _country in (*find_ministries(text), *find_missions(text)):
        if skip.overlaps(start, end) or _NESTED_BEFORE.search(text, max(0, start - 40), start):
            continue  # "the Penitentiary Service of the Ministry of Justice of X": part of a longer name
        ids = registry.alias_index.get(fold_text(name)) or registry.alias_index.get(fold_text(text[start:end]))
        if ids and len(ids) == 1 and registry.by_id[ids[0]].type == "organization":
            out.append(_Mention(start, end, ids[0], "organization", "alias", priority=2))
            continue
        eid = discovered_id("organization", name)
        place = _GAZ.get(name.rsplit(" of ", 1)[-1])
        entry = found.setdefault(eid, _Found("organization", name))
        entry.kind = "ministry" if name.startswith("Ministry") else "government"  # an embassy or consulate
        entry.country = entry.country or (place.country if place else None)
        out.append(_Mention(start, end, eid, "organization", "discovered", priority=2))
    return out


def _outlet_mentions(
    text: str,
    covered: _SpanIndex,
    places: _SpanIndex,
    skip: _SpanIndex,
    found: dict[str, _Found],
    registry: Registry,
) -> list[_Mention]:
    """News outlets named as sources; a candidate that reads as a person, a place, a title or a common
    capitalised word (a plural at the start of a sentence: "Witnesses reported") is none."""
    out = []
    for start, end, name, kind, strong in find_outlet_candidates(text):
        words = name.split()
        last = end - len(words[-1])
        first_end = start + len(words[0])
        # A named organization may contain a place ("the railway company Kazakhstan Temir Zholy"); a party may
        # end with its country ("Prosperous Armenia", "Strong Russia") when its first word is no place.
        inside = len(words) >= 2 and (
            (strong and not (covered.overlaps(last, end) or places.overlaps(last, end)))
            or (
                kind in ("political_party", "company")  # "Gazprom Armenia, a subsidiary of ..."
                and not (covered.overlaps(start, first_end) or places.overlaps(start, first_end))
            )
        )
        if (not inside and (covered.overlaps(start, end) or places.overlaps(start, end))) or skip.overlaps(start, end):
            continue
        lows = [w.lower() for w in words]
        stop = _ARTICLES if kind == "political_party" else _STOP  # "I Have Honor" is a party
        titles = _PARTY_TITLE_STOPS if kind == "political_party" else _TITLE_WORDS  # "Homeland First"
        if any(w in stop or w in _MONTHS or w in titles for w in lows):
            continue
        if kind == "political_party" and len(words) == 1 and (SURNAME_ENDING.search(name) or lows[0] in _PRONOUNS):
            continue  # "the ruling Aliyev family"; "He entered parliament"
        if any(_is_modifier(w) for w in words):
            continue  # "the Russian-led bloc"
        if any(w in _DEMONYMS for w in lows) and not (strong and len(words) >= 2 and lows[-1] not in _DEMONYMS):
            continue  # "the Russian news agency"; but "Georgian Dream, the ruling party"
        if lows[-1] in _ORG_SUFFIX or lows[-1] in _PLACE_SUFFIX or name in _GAZ or _GAZ.get(name):
            continue
        if _surname_like(words) or (
            not strong
            and (_given_name_first(words) or (SURNAME_ENDING.search(name) and name.lower() not in _NOT_SURNAMES))
        ):
            continue  # "Sargsyan reported"; but "the Guardian"
        if (
            len(words) == 1
            and not strong
            and (is_given_name(name) or (_sentence_initial(text, start) and name.endswith("s")))
        ):
            continue
        if kind == "media" and (eid := _domain_named(name, registry)) is not None:
            out.append(_Mention(start, end, eid, "organization", "alias", priority=int(strong)))
            continue  # "Report informs": the registry's Report.az
        eid = discovered_id("organization", name)
        found.setdefault(eid, _Found("organization", name, kind=kind))
        out.append(_Mention(start, end, eid, "organization", "discovered", priority=int(strong)))
    return out


_PRONOUNS = _words("he she it they we you")
_DOMAINS = (".az", ".am", ".ge", ".ru", ".com", ".net", ".org", ".info", ".news")


def _domain_named(name: str, registry: Registry) -> str | None:
    """The registry organization an outlet's name stands for when the registry writes it with its web domain
    ("Report" for Report.az), or None."""
    for domain in _DOMAINS:
        ids = registry.alias_index.get(fold_text(name + domain), ())
        if len(ids) == 1 and registry.by_id[ids[0]].type == "organization":
            return ids[0]
    return None


_ARTICLES = _words("the a an this that these those")
_PARTY_TITLE_STOPS = _TITLE_WORDS - _TITLE_ADJECTIVES


def _prefixed_names(mentions: list[_Mention], registry: Registry, found: dict[str, _Found]) -> dict[str, str]:
    """One organization written with and without its country: "the U.S. Treasury Department ... the Treasury
    Department", "the Azerbaijani State Border Service ... the State Border Service". Returns {entity id of the
    bare name: entity id of the prefixed one}; a prefixed name whose bare form is a registry alias is that
    registry entity. Two prefixed names with one bare form ("the Armenian Security Council", "the Russian
    Security Council") leave the bare one alone."""
    orgs = {m.entity_id for m in mentions if m.entity_type == "organization" and m.entity_id in found}
    by_name = {normalise_name(found[e].name): e for e in orgs}
    prefixed: dict[str, list[str]] = {}
    suffixed: set[str] = set()  # bare forms of "X of <country>": no registry alias ("Security Council") is meant
    for eid in orgs:
        bare = country_prefix_stripped(found[eid].name)
        if bare is None and (bare := country_suffix_stripped(found[eid].name)) is not None:
            suffixed.add(normalise_name(bare))
        if bare is not None:
            prefixed.setdefault(normalise_name(bare), []).append(eid)
    remap: dict[str, str] = {}
    for bare, eids in prefixed.items():
        if len(eids) != 1:
            continue
        ids = registry.alias_index.get(fold_text(bare), ()) if bare not in suffixed else ()
        if len(ids) == 1 and registry.by_id[ids[0]].type == "organization":
            remap[eids[0]] = ids[0]
        elif bare in by_name and by_name[bare] != eids[0]:
            remap[by_name[bare]] = eids[0]
    return remap


# "the State Committee for Affairs of Refugees and IDPs ... the State Committee said": a name cut before its "for",
# "of" or "on" part, of two words or more (not a court's instance: the Anti-Corruption Court of Appeal is not the
# Anti-Corruption Court)
_HEAD_END = re.compile(r"\s+(?:for|of|on)\s+(?!(?:the\s+)?(?:Appeals?|Cassation|First\s+Instance)\b)")


def _headed_names(text: str, mentions: list[_Mention], found: dict[str, _Found]) -> dict[str, str]:
    """One organization named in full and then by the words before its "for/of/on" part: {entity id of the short
    discovered name: entity id of the full one}. A short name that heads two different bodies of the article ("the
    Central Bank" beside the central banks of two countries) is left alone."""
    heads: dict[str, set[str]] = {}
    for m in mentions:
        if m.entity_type == "organization" and (cut := _HEAD_END.search(text, m.start, m.end)) is not None:
            head = text[m.start : cut.start()]
            if len(head.split()) >= 2:
                heads.setdefault(normalise_name(head), set()).add(m.entity_id)
    remap: dict[str, str] = {}
    for m in mentions:
        if m.entity_type != "organization" or m.method != "discovered" or m.entity_id in remap:
            continue
        full = heads.get(normalise_name(found[m.entity_id].name), set()) - {m.entity_id}
        if len(full) == 1:
            remap[m.entity_id] = next(iter(full))
    return remap


def _former_names(
    text: str, mentions: list[_Mention], found: dict[str, _Found], extra: list[_Mention]
) -> dict[str, str]:
    """ "X (formerly Y)", "X, which grew out of Y": Y names X. Returns {entity id of Y: entity id of X} and adds
    a mention of X over Y when Y was not recognised as an organization ("the Shanghai Five")."""
    cues = find_former_name_cues(text)
    if not cues:
        return {}
    orgs = [m for m in mentions if m.entity_type == "organization"]
    ends = [m.end for m in orgs]
    starts = {m.start: m for m in mentions}
    remap: dict[str, str] = {}
    for cue_start, name_start in cues:
        k = bisect.bisect_right(ends, cue_start) - 1
        if k < 0 or cue_start - orgs[k].end > 80:
            continue
        owner = orgs[k]
        old = starts.get(name_start)
        if old is not None and old.entity_type == "organization":
            if old.entity_id != owner.entity_id:
                remap[old.entity_id] = owner.entity_id
            continue
        run = _RUN.match(text, name_start)
        if run is not None and len(run.group(0).split()) >= 2:
            extra.append(_Mention(run.start(), run.end(), owner.entity_id, "organization", "alias", priority=3))
    return remap


_COMPOUND = re.compile(class_first(_UPPER, r"[\w-]", rf"{_L}+(?:-[{_UPPER}]{_L}+)+(?![\w-])"))


def _compound_places(
    text: str, aliases: list[_Mention], covered: _SpanIndex, skip: _SpanIndex, found: dict[str, _Found]
) -> list[_Mention]:
    """Each place of a hyphenated compound ("the Goris-Kapan road", "Baku-Tbilisi-Ceyhan pipeline") when every
    part is a registry name or a GeoNames place; registry names with a hyphen (Nagorno-Karabakh) are matched
    whole by the automaton and are not split."""
    alias_at = {(m.start, m.end): m.entity_type for m in aliases}
    out: list[_Mention] = []
    for c in _COMPOUND.finditer(text):
        whole = any(a <= c.start() and c.end() <= b for a, b in covered.within(*c.span()))
        if whole or skip.overlaps(c.start(), c.end()):
            continue  # Nagorno-Karabakh: a registry name with a hyphen
        route = bool(_ROUTE_AFTER.match(text, c.end()))  # "the Horadiz-Aghband railway": every part is a place
        parts, pos = [], c.start()
        for word in c.group(0).split("-"):
            parts.append((pos, pos + len(word), word))
            pos += len(word) + 1
        new = []
        for a, b, word in parts:
            if (a, b) in alias_at:
                if route and alias_at[(a, b)] != "place":
                    break
                continue
            place = _GAZ.get(word) if route else _primary_place(word)
            if word in _GAZ.stoplist or word.lower() in _DEMONYMS or covered.overlaps(a, b):
                break
            if place is None and not (route and len(word) >= 4 and not is_given_name(word)):
                break
            new.append((a, b, place.name if place else word, place.kind if place else "city"))
        else:
            for a, b, name, kind in new:
                _add_place(text, a, b, name, kind, found, out)
    return out


# Heads of routes named after the places they join.
_ROUTE_AFTER = re.compile(
    r"[ \t]+(?:road|roads|highway|motorway|railway|railroad|rail\s+line|railway\s+line|pipeline|gas\s+pipeline|"
    r"oil\s+pipeline|power\s+line|transmission\s+line|route|corridor|border|flights?|bus\s+route)\b"
)


# Capitalised abbreviations that are not organizations: words, units, currencies, countries, numerals, media.
_NOT_ACRONYMS = frozenset(
    """THE AND FOR NOT BUT ALL ARE WAS HAS HAD WHO WHY HOW WHAT WHEN NEW NOW OUR YOU HIS HER ITS OFF OUT WAR
    UPDATE UPDATED BREAKING EXCLUSIVE WATCH LIVE VIDEO PHOTO PHOTOS OPINION ANALYSIS EDITOR NOTE READ MORE ALSO
    NEWS FACTBOX EXPLAINER CEO CFO GDP VAT LNG LPG CNG BPD BCM TCF KWH MWH GWH TWH KM SQ KPH MPH GMT UTC CET
    EST EDT PST MSK AZT AMT PDF URL FAQ VIP HIV AIDS COVID SARS DNA TNT IED RPG MLRS ATGM UAV UAVS SMS GPS
    AM PM BC AD OK""".split()  # noqa: SIM905
    + [c.alpha_3 for c in pycountry.countries]
    + [c.alpha_3 for c in pycountry.currencies]
)
_BARE_ACRONYM = re.compile(class_first("A-Z", r"[\w.&/-]", r"[A-Z]{2,5}(?![\w&/-]|\.\w)"))
_CAPS_NEIGHBOUR = re.compile(r"[A-Z]{2,}[\s,:;-]+$")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _bare_acronyms(
    text: str, registry: Registry, defined: dict[str, tuple[str, str]], skip: _SpanIndex, mentions: list[_Mention]
) -> dict[str, str]:
    """Undefined all-caps acronyms of 3-6 letters that name an organization: used twice in the body, or once
    after "the" ("the UNDP"). Words in all-caps headings, datelines, country and currency codes, units and
    Roman numerals are not acronyms; registry and defined acronyms are resolved elsewhere. An acronym in
    brackets right after an organization whose initials it does not start with ("Mine Action Agency of
    Azerbaijan (ANAMA)", a name in another language) is that organization's."""
    org_ends = {m.end: m.entity_id for m in mentions if m.entity_type == "organization"}
    bound: dict[str, str] = {}
    by_initials: dict[str, set[str]] = {}
    for m in mentions:
        if m.entity_type == "organization":
            for ini in initials(text[m.start : m.end]):
                by_initials.setdefault(ini, set()).add(m.entity_id)
    for ini, owners in by_initials.items():
        if len(owners) == 1:
            bound.setdefault(ini, next(iter(owners)))  # "the SCO" after "Shanghai Cooperation Organisation"
    seen: dict[str, int] = {}
    after_the: set[str] = set()
    for w in _BARE_ACRONYM.finditer(text):
        acr = w.group(0)
        if acr in defined or acr in _NOT_ACRONYMS or fold_text(acr) in registry.alias_index:
            continue
        if re.fullmatch(r"[IVXLCDM]+", acr) or acr.title() in _GAZ or skip.overlaps(*w.span()):
            continue
        nxt = re.match(r"[\s,:;-]+[A-Z]{2,}\b", text[w.end() : w.end() + 12])
        if nxt or _CAPS_NEIGHBOUR.search(text, max(0, w.start() - 12), w.start()):
            continue  # part of an all-caps heading or dateline
        if text[w.start() - 1 : w.start()] == "(" and text[w.end() : w.end() + 1] == ")":
            owner = org_ends.get(w.start() - 1) or org_ends.get(w.start() - 2)
            if owner is not None:
                bound.setdefault(acr, owner)
        seen[acr] = seen.get(acr, 0) + 1
        if _THE_BEFORE.search(text, max(0, w.start() - 5), w.start()):
            after_the.add(acr)
    return {a: bound.get(a) or discovered_id("organization", a) for a, n in seen.items() if n >= 2 or a in after_the}


def _dateline_places(text: str, covered: _SpanIndex, skip: _SpanIndex, found: dict[str, _Found]) -> list[_Mention]:
    """The city of a dateline ("TEGH, Armenia --", "Tegh (AFP) -") is a place, known to the gazetteer or not."""
    out: list[_Mention] = []
    for m in _DATELINE.finditer(text[:2000]):  # datelines open an article
        group = next(g for g in ("city", "city2", "city3") if m.group(g))
        a, b = m.span(group)
        if covered.overlaps(a, b) or skip.overlaps(a, b):
            continue
        raw = m.group(group)
        name = raw.title() if raw.isupper() else raw
        if name.lower() in _STOP or name.lower() in _TITLE_WORDS:
            continue
        if group == "city3" and _primary_place(name) is None:
            continue  # "UPDATE - ...": a bare capitalised word and a dash is a dateline only for a known place
        _add_place(text, a, b, name, "city", found, out)
        out[-1] = _Mention(a, b, out[-1].entity_id, "place", "discovered")
    return out


_LIST_SEP = re.compile(r",[ \t]+(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+")
_LIST_TAIL = re.compile(
    r"[ \t]+(?:and[ \t]+other[ \t]+)?(?:(?:border[ \t]+)?(?:towns|villages|cities|settlements|districts|provinces|"
    r"regions|communities|crossings|checkpoints|countries))\b"
)
_LIST_CUE = re.compile(
    r"\b(?:in|near|nearby|between|from|out\s+of|(?:villages|towns|cities|residents|inhabitants)\s+of)\s+$",
    re.IGNORECASE,
)


_AND = re.compile(r"[ \t]+and[ \t]+")


def _list_items(text: str, runs: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Capitalised runs (the matches of _RUN in text), split at "and" (the run pattern joins "Kornidzor and
    Khnatsakh" as one name)."""
    items = []
    for r in runs:
        a = r.start()
        for sep in _AND.finditer(text, r.start(), r.end()):
            items.append((a, sep.start()))
            a = sep.end()
        items.append((a, r.end()))
    return items


def _list_places(
    text: str, cap_runs: list[re.Match[str]], mentions: list[_Mention], skip: _SpanIndex, found: dict[str, _Found]
) -> list[_Mention]:
    """Unknown names listed with places are places: "Yerevan, Goris, Sisian and other towns",
    "near Kornidzor and Khnatsakh", "Aghdam, Fuzuli and Zangilan districts"."""
    at = {(m.start, m.end): m.entity_type for m in mentions}
    taken = _SpanIndex([(m.start, m.end) for m in mentions])
    runs = []
    for a, b in _list_items(text, cap_runs):
        while True:  # sentence-initial function words are not part of a list item
            first = text[a:b].split(" ", 1)
            if len(first) == 2 and first[0].lower() in _STOP:
                a += len(first[0]) + 1
            else:
                break
        runs.append((a, b))
    out: list[_Mention] = []
    i = 0
    while i < len(runs):
        j = i
        while j + 1 < len(runs) and _LIST_SEP.fullmatch(text, runs[j][1], runs[j + 1][0]):
            j += 1
        items = runs[i : j + 1]
        i = j + 1
        if len(items) < 2:
            continue
        kinds = [at.get(span) for span in items]
        known = sum(k == "place" for k in kinds)
        if any(k in ("person", "organization") for k in kinds):
            continue
        tail = _LIST_TAIL.match(text, items[-1][1])
        cue = _LIST_CUE.search(text, max(0, items[0][0] - 20), items[0][0])
        if not (tail or (known >= 2 and 2 * known >= len(items)) or (cue and known >= 1)):
            continue
        for a, b in items:
            name = text[a:b]
            words = name.split()
            if at.get((a, b)) or taken.overlaps(a, b) or skip.overlaps(a, b) or len(words) > 2 or _is_date(text, a, b):
                continue
            if any(w.lower() in _LISTED_NOT_PLACE for w in words) or _surname_like(words):
                continue
            _add_place(text, a, b, " ".join(words), "city", found, out)
    return out


def _mention_row(text: str, m: _Mention) -> Row:
    return {
        "entity_id": m.entity_id,
        "entity_type": m.entity_type,
        "char_start": m.start,
        "char_end": m.end,
        "text": text[m.start : m.end],
        "match_method": m.method,
    }


def registry_row(curated: Entity) -> Row:
    """The entity row of a registry entry."""
    return {
        "entity_id": curated.id,
        "entity_type": curated.type,
        "name": curated.name,
        "is_curated": True,
        "description": curated.description,
        "country": curated.country,
        "wikidata_id": curated.wikidata_id,
        "kind": curated.kind,
        "latitude": curated.latitude,
        "longitude": curated.longitude,
        "alt_names": curated.alt_names(),
    }


def _entity_rows(mentions: list[_Mention], registry: Registry, found: dict[str, _Found]) -> list[Row]:
    rows: dict[str, Row] = {}
    for m in mentions:
        if m.entity_id in rows:
            continue
        curated: Entity | None = registry.by_id.get(m.entity_id)
        if curated is not None:
            rows[m.entity_id] = registry_row(curated)
        else:
            f = found[m.entity_id]
            rows[m.entity_id] = {
                "entity_id": m.entity_id,
                "entity_type": f.entity_type,
                "name": f.name,
                "is_curated": False,
                "description": f.description,
                "country": f.country,
                "wikidata_id": None,
                "kind": f.kind,
                "latitude": f.latitude,
                "longitude": f.longitude,
                "alt_names": None,
            }
    return list(rows.values())

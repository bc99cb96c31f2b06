"""The curated registry: the committed file loads, and each kind of mistake is reported with its line."""

from __future__ import annotations

import pickle
import textwrap
from pathlib import Path

import pytest

from caucasus_peace.errors import SeedError
from caucasus_peace.paths import SEEDS_DIR
from caucasus_peace.registry import Registry, fold_text, load_registry

GOOD = """\
version: 1
entities:
  - id: per-tamar-beridze
    type: person
    name: Tamar Beridze
    description: Foreign Minister of Georgia
    country: GEO
  - id: org-caspian-shipping-agency
    type: organization
    name: Caspian Shipping Agency
    aliases: [CSA]
    kind: company
  - id: plc-poti
    type: place
    name: Poti
    aliases:
      - {name: Phasis, lang_or_side: Greek}
    kind: city
    country: GEO
    latitude: 42.15
    longitude: 41.67
"""


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "registry.yaml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def test_committed_registry_loads_and_pickles() -> None:
    reg = load_registry(SEEDS_DIR / "registry.yaml")
    assert isinstance(reg, Registry)
    assert reg.by_id["per-ilham-aliyev"].country == "AZE"
    assert reg.alias_index[fold_text("Stepanakert")] == ("plc-stepanakert",)
    assert reg.alias_index[fold_text("Türkiye")] == reg.alias_index[fold_text("Turkey")] == ("plc-turkey",)
    again = pickle.loads(pickle.dumps(reg))
    assert again.alias_index == reg.alias_index
    assert next(v for _, v in again.automaton.iter("yerevan"))[0] == "yerevan"


def test_committed_places_all_have_coordinates() -> None:
    reg = load_registry(SEEDS_DIR / "registry.yaml")
    places = [e for e in reg.entities if e.type == "place"]
    assert places and all(e.latitude is not None and e.longitude is not None for e in places)


def test_small_registry_loads(tmp_path: Path) -> None:
    reg = load_registry(write(tmp_path, GOOD))
    assert reg.by_id["plc-poti"].alt_names() == "Phasis [Greek]"
    assert reg.alias_index["csa"] == ("org-caspian-shipping-agency",)
    assert reg.surnames["beridze"] == "per-tamar-beridze"


@pytest.mark.parametrize(
    ("old", "new", "line", "message"),
    [
        (
            "- id: plc-poti",
            "- id: per-tamar-beridze\n    type: person\n    name: T. B.\n  - id: plc-poti",
            13,
            "duplicate id",
        ),
        ("id: plc-poti", "id: org-poti", 13, "must start with 'plc-'"),
        ("kind: company", "kind: shipping", 8, "kind 'shipping'"),
        ("    latitude: 42.15\n", "", 13, "latitude and longitude"),
        ("country: GEO\n  - id: org", "country: GGG\n  - id: org", 3, "ISO 3166-1"),
        ("country: GEO\n  - id: org", "country: GEO\n    wikidata_id: 12345\n  - id: org", 3, "wikidata_id"),
        ("country: GEO\n  - id: org", "country: GEO\n    nickname: TB\n  - id: org", 3, "unknown key"),
        ("aliases: [CSA]", "aliases: [CSA, Poti]", 13, "also claimed"),
        ("{name: Phasis, lang_or_side: Greek}", "{name: Phasis, side: Greek}", 17, "unknown alias key"),
        ("    kind: city\n", "    kind: city\n    demonyms: [Potian]\n", 13, "only a country has demonyms"),
        ("    kind: city\n", "    kind: country\n    demonyms: [poti people]\n", 13, "one capitalised word"),
    ],
)
def test_mistakes_are_reported_with_their_line(tmp_path: Path, old: str, new: str, line: int, message: str) -> None:
    assert old in GOOD
    with pytest.raises(SeedError) as err:
        load_registry(write(tmp_path, GOOD.replace(old, new, 1)))
    assert message in str(err.value)
    assert err.value.line == line


def test_alias_shared_when_marked_ambiguous(tmp_path: Path) -> None:
    body = GOOD.replace("aliases: [CSA]", "aliases: [{name: Poti, ambiguous: true}]")
    reg = load_registry(write(tmp_path, body))
    assert set(reg.alias_index["poti"]) == {"plc-poti", "org-caspian-shipping-agency"}


def test_bad_yaml_and_wrong_version(tmp_path: Path) -> None:
    with pytest.raises(SeedError, match="not valid YAML"):
        load_registry(write(tmp_path, "version: 1\nentities: [\n"))
    with pytest.raises(SeedError, match="version must be 1"):
        load_registry(write(tmp_path, GOOD.replace("version: 1", "version: 2")))


def test_fold_text_keeps_length() -> None:
    for s in ["Azerbaijan’s", "İstanbul — Baku", "ﬁnal", "Nagorno–Karabakh"]:
        assert len(fold_text(s)) == len(s)
    assert fold_text("Azerbaijan’s") == "azerbaijan's"


def test_shared_surnames_and_former_descriptions() -> None:
    reg = load_registry(SEEDS_DIR / "registry.yaml")
    assert reg.shared_surnames["aliyev"] == ("per-heydar-aliyev", "per-ilham-aliyev")
    assert "aliyev" not in reg.surnames
    assert reg.by_id["per-heydar-aliyev"].is_former and not reg.by_id["per-ilham-aliyev"].is_former
    assert pickle.loads(pickle.dumps(reg)).shared_surnames == reg.shared_surnames


def test_irregular_demonyms_of_a_country_reach_the_event_layer(tmp_path: Path) -> None:
    from caucasus_peace.events.parties import party_tables

    georgia = (
        "  - id: plc-georgia\n    type: place\n    name: Georgia\n    demonyms: [Kartvelian]\n    kind: country\n"
        "    country: GEO\n    latitude: 42.0\n    longitude: 43.5\n"
    )
    body = GOOD + georgia
    reg = load_registry(write(tmp_path, body))
    _, demonyms = party_tables(reg)
    assert demonyms["kartvelian"] == demonyms["georgian"] == "plc-georgia"


def test_a_demonym_names_one_country(tmp_path: Path) -> None:
    two = "".join(
        f"  - id: plc-{n}\n    type: place\n    name: {n.title()}\n    demonyms: [Kartvelian]\n    kind: country\n"
        f"    country: {c}\n    latitude: 42.0\n    longitude: 43.5\n"
        for n, c in (("georgia", "GEO"), ("iberia", "ESP"))
    )
    with pytest.raises(SeedError, match="also listed for plc-georgia"):
        load_registry(write(tmp_path, GOOD + two))

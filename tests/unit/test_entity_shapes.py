"""Entity extraction on invented sentences in the shapes the lead's blind sets showed after the first issue-12
rules: long official names, titles that are not people, names with particles, datelines and bylines, parties,
districts and facilities of the region, places with their type word, buildings that speak for an office."""

from __future__ import annotations

import functools

from caucasus_peace.extract.entities import extract_entities
from caucasus_peace.paths import SEEDS_DIR
from caucasus_peace.registry import Registry, load_registry


@functools.cache
def registry() -> Registry:
    return load_registry(SEEDS_DIR / "registry.yaml")


def typed(text: str) -> dict[str, tuple[str, str]]:
    """Mention text -> (entity type, entity name)."""
    entities, mentions = extract_entities(text, registry())
    by_id = {e["entity_id"]: e for e in entities}
    out = {}
    for m in mentions:
        assert text[m["char_start"] : m["char_end"]] == m["text"]
        out[m["text"]] = (m["entity_type"], by_id[m["entity_id"]]["name"])
    return out


def ids(text: str) -> dict[str, str]:
    return {m["text"]: m["entity_id"] for m in extract_entities(text, registry())[1]}


# --- long official names -----------------------------------------------------------------------------


def test_official_names_run_over_connectors_commas_and_titles() -> None:
    cases = {
        "The Standing Commission on Refugees, Displaced Persons and Migrants of Moldova met on Friday.": (
            "Standing Commission on Refugees, Displaced Persons and Migrants of Moldova"
        ),
        "A judge of the Court of General Jurisdiction of Lori Province freed him.": (
            "Court of General Jurisdiction of Lori Province"
        ),
        "The Office of the Prime Minister of Latvia denied the report.": "Office of the Prime Minister of Latvia",
        "The Administration of the President of Tajikistan sent a letter.": (
            "Administration of the President of Tajikistan"
        ),
        "The Turkey-Georgia Commission on Energy and Water Resources will meet in May.": (
            "Turkey-Georgia Commission on Energy and Water Resources"
        ),
        "Officers of the Border Directorate of the FSB in Kyrgyzstan left the post.": (
            "Border Directorate of the FSB in Kyrgyzstan"
        ),
        "The Demining Agency of the Republic of Moldova cleared the field.": (
            "Demining Agency of the Republic of Moldova"
        ),
        "The Centre for Strategy, Security and Regional Studies published a report.": (
            "Centre for Strategy, Security and Regional Studies"
        ),
    }
    for text, name in cases.items():
        got = typed(text)
        assert got.get(name) == ("organization", name), (text, got)
        assert not any(kind == "person" for kind, _ in got.values()), (text, got)


def test_an_office_named_by_its_holders_title_keeps_the_title() -> None:
    got = typed("The Attorney General's Office of Moldova and the Ombudsman's Office declined to comment.")
    assert got["Attorney General's Office of Moldova"][0] == "organization"
    assert got["Ombudsman's Office"][0] == "organization"


def test_official_names_stop_before_a_person_a_date_and_a_location() -> None:
    got = typed(
        "The Security Council of Moldova Ana Rusu said so. The Ministry of Water Minister Oleg Varin agreed. "
        "The Commission on Monday said the Trade Agency in Chisinau would close."
    )
    assert got["Security Council of Moldova"][0] == "organization"
    assert got["Ana Rusu"][0] == "person" and got["Oleg Varin"][0] == "person"
    assert got["Ministry of Water"][0] == "organization"
    assert "Trade Agency" in got and "Chisinau" in got  # "in <city>" is where it is, not its name
    assert not any(t.startswith("Commission") for t in got)


# --- capitalised words that are not people -------------------------------------------------------


def test_title_adjectives_and_plural_titles() -> None:
    got = typed(
        "Deputy Foreign Ministers Levon Hakobyan and Rauf Mammadli met in Tbilisi. "
        "The Lake Sevan State Reserve opened a trail."
    )
    assert got["Levon Hakobyan"][0] == "person" and got["Rauf Mammadli"][0] == "person"
    assert not any(t.startswith("Ministers") for t in got)
    assert "Reserve" not in got


# --- names with particles ---------------------------------------------------------------------------


def test_names_with_particles_are_one_person() -> None:
    text = (
        "Emir Tamim bin Hamad Al Thani hosted Sheikh Hamdan bin Mohammed. Crown Prince Mohammed bin Salman "
        "called Prime Minister Mustafa al-Kadhimi, and Ibn Khaldun was quoted. Al-Kadhimi later flew home. "
        "The Ibn Sina Institute closed."
    )
    got = typed(text)
    for name in ("Tamim bin Hamad Al Thani", "Hamdan bin Mohammed", "Mohammed bin Salman", "Mustafa al-Kadhimi"):
        assert got[name] == ("person", name), got
    assert got["Ibn Khaldun"][0] == "person"
    assert got["Al-Kadhimi"] == ("person", "Mustafa al-Kadhimi")
    assert not any(t in got for t in ("Tamim", "Al Thani", "Mohammed", "Ibn Sina"))


def test_two_given_names_after_a_long_portfolio_stay_with_the_surname() -> None:
    got = typed("Dravo's Deputy Minister of Roads and Infrastructure Hasan Ali Demir opened the bridge.")
    assert got["Hasan Ali Demir"] == ("person", "Hasan Ali Demir"), got
    assert "Ali Demir" not in got


def test_a_shrine_or_reservoir_named_on_its_own_is_a_site() -> None:
    got = typed(
        "Pilgrims reached the Talvank monastery. Farmers depend on the Ostrel reservoir. The Yerevan mosque "
        "reopened. Ana Bee owns Dravo Logistics."
    )
    assert got["Talvank monastery"][0] == "place" and got["Ostrel reservoir"][0] == "place", got
    assert "Yerevan mosque" not in got and got["Yerevan"][0] == "place"  # a mosque in Yerevan, not a name
    assert got["Dravo Logistics"][0] == "organization"


# --- buildings that speak for an office ---------------------------------------------------------------


def test_a_palace_that_speaks_is_an_organization_and_one_you_visit_a_site() -> None:
    got = typed("The Quirinal Palace, which rarely comments, said it was consulted. Guests toured the Pitti Palace.")
    assert got["Quirinal Palace"][0] == "organization"
    assert got["Pitti Palace"][0] == "place"
    # the registry's judgement (seeds/registry.yaml): the Kremlin is an office, the White House a site
    got = typed("The Kremlin said the White House had called.")
    assert got["Kremlin"] == ("organization", "Kremlin")
    assert got["White House"] == ("place", "White House")


# --- datelines, bylines and surnames ----------------------------------------------------------------


def test_a_month_abbreviation_in_a_dateline_is_no_place() -> None:
    for text in ("TERTER, Azerbaijan, Nov 2 (AFP) - Shells fell.", "GAVAR, Armenia, Jan 9 (Wire) - Snow fell."):
        got = typed(text)
        assert not any(t in got for t in ("Nov", "Jan")), got
    assert typed("TBILISI, Dec. 4 - Talks resumed.")["TBILISI"][0] == "place"


def test_a_lower_case_by_line_under_a_headline_is_a_byline() -> None:
    text = "Why the corridor matters\nby Lena Harutyunyan and Orkhan Safarli\n\nThe corridor opened in Goris."
    got = typed(text)
    assert "Lena Harutyunyan" not in got and "Orkhan Safarli" not in got
    wrapped = (
        "Headline\n\nFirst paragraph.\n\nSecond paragraph.\n\nThe deal was signed in Washington on Friday, "
        "officials said, and then\nby Lena Harutyunyan and Orkhan Safarli\nafter a long night."
    )
    assert "Lena Harutyunyan" in typed(wrapped)  # a wrapped line of prose is not a byline


def test_a_surname_that_is_also_a_city_is_the_person() -> None:
    text = "Ivan Kirov, an economist, disagreed. Kirov said exports would fall, but factories in Kirov grew."
    got = ids(text)
    _, mentions = extract_entities(text, registry())
    kirovs = [m for m in mentions if m["text"] == "Kirov"]
    assert [m["entity_type"] for m in kirovs] == ["person", "place"]
    assert kirovs[0]["entity_id"] == got["Ivan Kirov"]


# --- places of the region ---------------------------------------------------------------------------


def test_districts_of_the_region_in_their_english_spellings() -> None:
    text = "Families returned to Kalbajar, Qubadli and Khojavend; the Terter and Fizuli districts were shelled."
    got = typed(text)
    for name in ("Kalbajar", "Qubadli", "Khojavend", "Terter", "Fizuli"):
        assert got[name][0] == "place", (name, got)
    assert got["Fizuli"][1] == "Fuzuli" and got["Terter"][1] == "Tartar"  # one place for every spelling
    assert typed("Officials from Shirak and Kotayk met.")["Kotayk"][0] == "place"


def test_a_place_with_its_type_word_is_the_same_place() -> None:
    got = ids("The Zangilan District was cleared. Zangilan district officials said Zangilan was safe.")
    assert got["Zangilan District"] == got["Zangilan"]
    assert ids("The Tavush Region governor said Tavush was calm.")["Tavush Region"] == "plc-tavush"


def test_facilities_and_routes_named_after_places() -> None:
    got = typed(
        "Trucks waited at the Lachin border checkpoint and at the Margara crossing. Protesters gathered on "
        "Abovyan Avenue near Zvartnots Airport. The Sisian-Jermuk highway and the Kirants-Baganis road reopened."
    )
    assert got["Lachin border checkpoint"][0] == "place" and "Lachin" not in got
    assert got["Margara crossing"][0] == "place"
    assert got["Abovyan Avenue"][0] == "place" and got["Zvartnots Airport"][0] == "place"
    for town in ("Sisian", "Jermuk", "Kirants", "Baganis"):
        assert got[town][0] == "place", (town, got)


def test_capitalised_common_nouns_with_a_speech_verb_are_no_people() -> None:
    got = typed(
        "Families of Missing Soldiers said they would march. The Coast Guards said nothing. Border Security "
        "said more. Lawyers for the Penitentiary Department said so. Nino Beridze said the Emergency Situations "
        "Minister Vahe Ghazaryan was away; General Jurisdiction courts said nothing."
    )
    people = {t for t, (kind, _) in got.items() if kind == "person"}
    assert people == {"Nino Beridze", "Vahe Ghazaryan"}, got


# --- parties without a head word ---------------------------------------------------------------------


def test_parties_named_by_election_cues() -> None:
    got = typed(
        "The ruling Dignity Front won 48% of the vote, against 20% for the opposition Our Home bloc. "
        "Free Moldova, the ruling party, lost seats. Ana Rusu's Green Future party and Mother Moldova failed to "
        "enter parliament. The opposition Renewal alliance said it would appeal."
    )
    for name in ("Our Home", "Free Moldova", "Green Future", "Mother Moldova", "Renewal", "Dignity Front"):
        assert got.get(name, ("", ""))[0] == "organization", (name, got)
    assert got["Ana Rusu"][0] == "person"


def test_the_russian_led_bloc_is_no_party() -> None:
    assert "Russian-led" not in typed("The CSTO, the Russian-led bloc, met in Minsk.")


# --- one entity with and without its country ------------------------------------------------------------


def test_an_organization_with_and_without_its_country_is_one_entity() -> None:
    got = ids(
        "The U.S. Commerce Department added two firms; a Commerce Department spokesman declined to comment. "
        "The Georgian Revenue Service and the Revenue Service of Moldova differ."
    )
    assert got["U.S. Commerce Department"] == got["Commerce Department"]
    two = ids("The Armenian Security Council and the Russian Security Council met; the Security Council said.")
    assert len({two["Armenian Security Council"], two["Russian Security Council"], two["Security Council"]}) == 3


# --- weak place cues ---------------------------------------------------------------------------------------


def test_an_unknown_name_after_a_locative_or_a_verb_of_war_is_a_place() -> None:
    got = typed("Troops captured Talish and fighting continued around Madagiz; a school in Sarsang, it said, reopened.")
    for town in ("Talish", "Madagiz", "Sarsang"):
        assert got[town][0] == "place", (town, got)
    got = typed("Statements in English and in Telegram posts; a rally in East Azerbaijan province.")
    assert not any(got.get(t, ("",))[0] == "place" for t in ("English", "Telegram", "East"))
    assert "English" not in got and "East" not in got  # (Telegram is a registry organization)
    surname = typed("Lusine Madoyan, a lawyer, spoke. Trust in Madoyan grew.")
    assert surname["Madoyan"] == ("person", "Lusine Madoyan")


# --- gaps the second check set showed (after its one blind measurement) ------------------------------------


def test_gaps_of_the_check_set() -> None:
    got = typed(
        "Saudi Arabia and the Netherlands agreed. Ursula von der Leyen and Pierre de Villiers met Carlos da Silva. "
        "The Customs Service of the Ministry of Finance of Moldova said so. The leader of the Karabakh Armenians, "
        "Ruben Vardanyan, was tried. Mines were cleared around Sugovushan this year."
    )
    assert got["Saudi Arabia"][0] == "place"
    for name in ("Ursula von der Leyen", "Pierre de Villiers", "Carlos da Silva"):
        assert got[name] == ("person", name), (name, got)
    assert got["Customs Service"][0] == got["Ministry of Finance of Moldova"][0] == "organization"
    assert "Armenians" not in got
    assert got["Sugovushan"][0] == "place"
    heading = typed("Detained After Checkpoint Crossing\n\nThe men were held.")
    assert not any(kind == "place" for kind, _ in heading.values()), heading


def test_residents_of_a_place_a_resort_and_a_photo_credit() -> None:
    got = typed(
        "Residents of Talish and Fizuli returned. The Jermuk resort reopened. The mayor of Martuni spoke.\n"
        "Families gathered in Yerevan. (Photo: Lusine Arakelyan)"
    )
    for town in ("Talish", "Jermuk", "Martuni"):
        assert got[town][0] == "place", (town, got)
    assert "Lusine Arakelyan" not in got  # a photo credit is no body text


# --- titles no list knows, names after a common noun, and names with "to" ---------------------------------


def test_unknown_capitalised_titles_before_a_given_name_and_surname() -> None:
    assert typed("US Deputy Secretary of State Clara Landow is due in Yerevan.")["Clara Landow"][0] == "person"
    found = typed(
        "Georgia's Public Defender Tamar Kiknadze said on Monday that Chief Rabbi Levon Aronov and Economy "
        "Minister Gevorg Papoyan had met the Iranian Minister of Roads and Urban Development Farzaneh Sadegh."
    )
    assert found["Tamar Kiknadze"][0] == "person"
    assert found["Levon Aronov"][0] == "person"
    assert found["Farzaneh Sadegh"] == ("person", "Farzaneh Sadegh")
    assert not any("Defender" in m or "Development F" in m or "Rabbi" in m for m in found)


def test_names_with_to_and_a_verb_and_clubs_are_organizations() -> None:
    found = typed(
        "The Coalition to Defend Free Speech and the Gyumri Chess Club protested. The commission sent the "
        "Committee to Yerevan Press Reporters."
    )
    assert found["Coalition to Defend Free Speech"][0] == "organization"
    assert found["Gyumri Chess Club"][0] == "organization"
    assert "Committee to Yerevan Press Reporters" not in found


def test_yan_and_ian_spellings_of_one_discovered_person_share_an_id() -> None:
    a = ids("The court remanded the blogger Tigran Hovakimyan on Friday.")["Tigran Hovakimyan"]
    b = ids("The court remanded the blogger Tigran Hovakimian on Friday.")["Tigran Hovakimian"]
    c = ids("The court remanded the blogger Tigran Hovakimov on Friday.")["Tigran Hovakimov"]
    assert a == b != c


def test_movements_subsidiaries_parents_and_possessive_appositions_name_organizations() -> None:
    found = typed(
        "The march was called by the Green Dawn movement. Green Dawn said 300 people came. Power is sold by "
        "Volta Armenia, a subsidiary of Voltaris. Voltaris declined to comment. On Monday, Agronadzor, Georgia's "
        "farm watchdog, banned the imports."
    )
    for name in ("Green Dawn", "Volta Armenia", "Voltaris", "Agronadzor"):
        assert found[name][0] == "organization", name
    _, mentions = extract_entities("The march was called by the Green Dawn movement. Green Dawn said.", registry())
    assert [m["text"] for m in mentions] == ["Green Dawn", "Green Dawn"]


def test_a_lower_case_type_word_after_a_place_is_not_part_of_its_mention() -> None:
    found = typed("Shelling hit Tavush province and the Vorotan river; the Tavush Province governor spoke.")
    assert found["Tavush"] == ("place", "Tavush")
    assert found["Vorotan"][0] == "place"
    assert "Tavush province" not in found and "Vorotan river" not in found


def test_combines_programmes_initiatives_and_names_with_one_inner_and() -> None:
    found = typed(
        "The Hydrometeorology and Monitoring Center said the Ostrel Copper Combine and the United Nations "
        "Environment Programme were told; the Peace and Security Council met. Both Pashinyan and Defence Ministry "
        "officials spoke."
    )
    for name in (
        "Hydrometeorology and Monitoring Center",
        "Ostrel Copper Combine",
        "United Nations Environment Programme",
        "Peace and Security Council",
    ):
        assert found[name][0] == "organization", name
    assert "Pashinyan and Defence Ministry" not in found


def test_a_name_the_text_calls_a_body_is_an_organization_not_a_place() -> None:
    found = typed("Blue Valley, an environmental NGO, sued. Later Blue Valley said it would appeal.")
    assert found["Blue Valley"][0] == "organization"
    assert typed("Lena Ost, head of the Silver Valley rights group, spoke.")["Silver Valley"][0] == "organization"
    assert typed("People in the Green Meadow village gathered.").get("Green Meadow", ("place", ""))[0] == "place"


def test_a_title_a_name_and_a_regnal_number_are_a_person_and_forums_and_patriarchates_bodies() -> None:
    found = typed(
        "Catholicos Varden III met Pope Leo XIV. Analysts at the Dravo Policy Forum and the Ostrel Patriarchate "
        "disagreed. World War II ended."
    )
    assert found["Varden III"][0] == "person" and found["Leo XIV"][0] == "person"
    assert found["Dravo Policy Forum"][0] == "organization" and found["Ostrel Patriarchate"][0] == "organization"
    assert "II" not in found and "World War II" not in found


def test_two_head_words_joined_by_and_stay_in_one_name() -> None:
    found = typed("The Council for Radio and Television of Korvania fined Dravo TV.")
    assert found["Council for Radio and Television of Korvania"][0] == "organization"
    # a head word after another kind of word starts a name of its own
    assert "Ministry of Defence and Radio Liberty" not in typed("The Ministry of Defence and Radio Liberty said so.")


def test_an_embassy_or_consulate_written_with_its_country_is_an_organization() -> None:
    found = typed("The Russian embassy in Dravo and the Consulate General of Iran said so. Western embassies did not.")
    assert found["Russian embassy in Dravo"] == ("organization", "Embassy of Russia")  # the post written with it
    assert found["Consulate General of Iran"] == ("organization", "Consulate General of Iran")
    assert "Western embassies" not in found


def test_a_body_of_another_body_is_two_organizations() -> None:
    cases = {
        "The Customs Service of the Ministry of Finance seized the cargo.": ("Customs Service", "Ministry of Finance"),
        "The bill went to the Venice Commission of the Council of Europe.": ("Venice Commission", "Council of Europe"),
        "Samples went to the Forensic Bureau of the Ministry of Health in Dravo.": (
            "Forensic Bureau",
            "Ministry of Health",
        ),
    }
    for text, names in cases.items():
        got = typed(text)
        for name in names:
            assert got.get(name) == ("organization", name), (text, got)
    # "of" without "the", or a name after "of the" with no head word of its own, stays in one name
    assert typed("The Office of the Prime Minister of Latvia denied it.")["Office of the Prime Minister of Latvia"]
    name = "Commission on Delimitation of the State Border"
    assert typed(f"The {name} met.")[name]
    # a bare head word names nothing alone, and a staff of armed forces is part of them
    for name in ("Office of the Security Council", "General Staff of the Moldovan Armed Forces"):
        assert typed(f"The {name} said so.")[name][0] == "organization"


def test_a_department_named_by_its_affairs_and_a_ministers_portfolio() -> None:
    got = typed("Lev Arno, head of the Foreign Policy Affairs Department of the Presidential Administration, spoke.")
    assert got["Foreign Policy Affairs Department"][0] == "organization"
    assert got["Presidential Administration"][0] == "organization"
    got = typed("Deputy Minister of Territorial Administration and Infrastructure Lev Arno met the Minister of Water")
    assert not any(kind == "organization" for kind, _ in got.values()), got


def test_a_ministry_with_two_areas_joined_by_and() -> None:
    got = typed("Moldova's Ministry of Ecology and Natural Resources said the river was clean.")
    assert "Ministry of Ecology and Natural Resources" in got
    assert got["Ministry of Ecology and Natural Resources"][0] == "organization"
    assert got["Ministry of Ecology and Natural Resources"][1] == "Ministry of Ecology and Natural Resources of Moldova"
    got = typed("The Georgian Ministry of Economy and Sustainable Development met India's Ministry of External Affairs")
    assert got["Georgian Ministry of Economy and Sustainable Development"] == (
        "organization",
        "Ministry of Economy and Sustainable Development of Georgia",
    )
    assert got["Ministry of External Affairs"] == ("organization", "Ministry of External Affairs of India")
    # a country or a title after "and" is not a second area
    got = typed("Talks between Georgia's Ministry of Defence and Deputy Prime Minister Lev Arno ended.")
    assert got["Ministry of Defence"] == ("organization", "Ministry of Defence of Georgia")


def test_a_place_inside_a_bodys_name_and_plural_head_words() -> None:
    cases = [
        "The Black Sea Dialogue Foundation, a think tank, met.",
        "The figures came from Northern Grid Networks of Moldova on Monday.",
        "A poll by the Caucasus Research Resource Centers was published.",
        "The operator Moldova International Airports said flights were normal.",
    ]
    names = [
        "Black Sea Dialogue Foundation",
        "Northern Grid Networks of Moldova",
        "Caucasus Research Resource Centers",
        "Moldova International Airports",
    ]
    for text, name in zip(cases, names, strict=True):
        got = typed(text)
        assert got.get(name) == ("organization", name), (text, got)
    assert typed("Ships crossed the Black Sea on Monday.")["Black Sea"][0] == "place"


def test_a_registered_outlets_name_without_its_lower_case_descriptor() -> None:
    got = typed(
        "Azerbaijan's Trend news agency reported it, the APA news agency said, and the Civil Contract party won."
    )
    assert got["Trend"][0] == got["APA"][0] == got["Civil Contract"][0] == "organization"
    assert not any(text.endswith(("agency", "party")) for text in got)


def test_bodies_laboratories_and_refineries_by_their_head_words() -> None:
    got = typed("The Food Safety Inspection Body of Moldova and the Central Veterinary Laboratory tested the birds.")
    assert got["Food Safety Inspection Body of Moldova"][0] == "organization"
    assert got["Central Veterinary Laboratory"][0] == "organization"
    got = typed("A fire broke out at the Heydar Aliyev Baku Oil Refinery on Monday. The body of a man was found.")
    assert got["Heydar Aliyev Baku Oil Refinery"][0] == "place"
    assert "Heydar Aliyev" not in got


def test_chambers_are_bodies() -> None:
    got = typed(
        "The Zelo Chamber of Commerce and Industry hosted the fair. The Audit Chamber found gaps, and the Chamber of "
        "Advocates of Ostrel appealed."
    )
    for name in ("Zelo Chamber of Commerce and Industry", "Audit Chamber", "Chamber of Advocates of Ostrel"):
        assert got[name][0] == "organization", got
    assert not typed("He spoke in the lower chamber of parliament.")
    got = typed("The Zelo State Chamber Orchestra played at the Ostrel Chamber Music Festival.")
    assert not any(name.endswith("Chamber") for name in got), got


def test_a_registered_outlets_named_service_is_one_organization() -> None:
    got = typed("She told RFE/RL's Armenian Service on Tuesday, and he told the BBC's Russian Service.")
    assert got["RFE/RL's Armenian Service"][0] == got["BBC's Russian Service"][0] == "organization"
    assert "RFE/RL" not in got and "BBC" not in got
    # a country's or a union's body keeps its owner outside: only outlets name their services with them
    got = typed("The EU's Foreign Affairs Council met.")
    assert got["Foreign Affairs Council"][0] == "organization"


def test_a_brand_the_registry_writes_in_lower_case_matches_as_written() -> None:
    got = typed("The ministry said in a comment to news.am that the report was false; NEWS.am later updated it.")
    assert got["news.am"] == got["NEWS.am"] == ("organization", "News.am")


def test_a_ministry_with_a_list_of_areas_and_an_office_after_a_country_adjective() -> None:
    got = typed("Moldova's Ministry of Education, Science, Culture and Sport said so.")
    assert got["Ministry of Education, Science, Culture and Sport"] == (
        "organization",
        "Ministry of Education, Science, Culture and Sport of Moldova",
    )
    got = typed("The Georgian Prosecutor General's Office has not commented.")
    assert got["Prosecutor General's Office"][0] == "organization"


# --- sports clubs -------------------------------------------------------------------------------------


def test_clubs_named_by_their_abbreviation_before_or_after() -> None:
    t = typed("Karvel FK beat FC Ostrana Dravo 2-1 in Yerevan. Later Ostrana Dravo said the referee erred.")
    assert t["Karvel FK"] == ("organization", "Karvel FK")
    assert t["FC Ostrana Dravo"] == ("organization", "FC Ostrana Dravo")
    assert t["Ostrana Dravo"] == ("organization", "FC Ostrana Dravo")  # the club again, without its abbreviation


def test_a_club_named_after_a_region_is_the_club_and_a_lone_abbreviation_names_nothing() -> None:
    t = typed("Fans of Qarabağ FK waited in Baku. The FC said nothing.")
    assert t["Qarabağ FK"] == ("organization", "Qarabağ FK")
    assert "FC" not in t and "The FC" not in t


def test_an_acronym_after_and_is_a_body_of_its_own() -> None:
    t = typed("The Football Federation of Armenia and UEFA opened a case. The Ministry of Education and Science met.")
    assert t["Football Federation of Armenia"][0] == "organization"
    assert not [m for m in t if "UEFA" in m and m != "UEFA"]  # not "... of Armenia and UEFA"
    assert t["Ministry of Education and Science"][0] == "organization"


def test_a_company_named_with_its_kind_after_it_and_a_performer_with_its_kind_before() -> None:
    t = typed("The mine belongs to Korvan Rudnik, a subsidiary of Russia's Ostrel Metals group.")
    assert t["Ostrel Metals"] == ("organization", "Ostrel Metals")
    t = typed("The Azerbaijani folk ensemble Dravo Nights performed in Yerevan.")
    assert t["Dravo Nights"] == ("organization", "Dravo Nights")


def test_a_name_before_a_performers_noun_or_after_a_heading_is_no_body() -> None:
    t = typed("For the final piece, a song by Sayat-Nova, the ensemble was joined by a singer.")
    assert t.get("Sayat-Nova", ("person", ""))[0] != "organization"
    t = typed("A divided movement\n\nIt would be a mistake to see them as one bloc.")
    assert "It" not in t


def test_companies_boards_and_labs_by_the_word_that_ends_their_name() -> None:
    text = (
        "Korvan Mining and Ostrel Defence Systems LLC signed the contract. The Dravo Policy Lab, the Korvania "
        "Muslims Board, and the Meltoria Thermal Power Plant were named in the report."
    )
    t = typed(text)
    for name in ("Korvan Mining", "Ostrel Defence Systems LLC", "Dravo Policy Lab", "Korvania Muslims Board",
                 "Meltoria Thermal Power Plant"):  # fmt: skip
        assert t[name] == ("organization", name), name
    t = typed("The board met on Monday and visited the plant.")  # the words alone name nothing
    assert not t


def test_museums_observatories_archives_and_confederations_are_bodies() -> None:
    text = (
        "The Velor National Carpet Museum lent the rugs. The Dravo Astrophysical Observatory signed with the "
        "Korvania Trade Unions Confederation, and the National Archives of Meltoria opened its files."
    )
    t = typed(text)
    for name in ("Velor National Carpet Museum", "Dravo Astrophysical Observatory",
                 "Korvania Trade Unions Confederation", "National Archives of Meltoria"):  # fmt: skip
        assert t[name] == ("organization", name), name
    assert not typed("The museum and the observatory were closed on Monday.")


def test_venues_and_works_named_after_a_place_are_sites() -> None:
    text = (
        "Fans filled the Dravo Republican Stadium and the Velor Arena. He was held in Korvan penitentiary. Work "
        "at the Ostrel gold mine, the Meltoria railway station and the Varnik hydropower plant stopped, and the "
        "Pelor tunnel, the Velor Theatre and the Dravo nature reserve were closed."
    )
    t = typed(text)
    for name in ("Dravo Republican Stadium", "Velor Arena", "Korvan penitentiary", "Ostrel gold mine",
                 "Meltoria railway station", "Varnik hydropower plant", "Pelor tunnel", "Velor Theatre",
                 "Dravo nature reserve"):  # fmt: skip
        assert t[name][0] == "place", name
    # a mine that explodes is no site: the place is the district
    t = typed("A Fuzuli mine blast wounded two deminers.")
    assert "Fuzuli mine" not in t and t["Fuzuli"][0] == "place"


def test_an_acronym_said_as_a_word_may_have_one_capital() -> None:
    t = typed("Unesco said it was ready to send experts, and Nato declined to comment.")
    assert t["Unesco"] == ("organization", "UNESCO")
    assert t["Nato"][0] == "organization"
    assert "Un" not in typed("Un accord was signed.")


def test_a_ministry_without_its_country_takes_the_one_the_text_implies() -> None:
    text = (
        "Azerbaijan rejects the claim. Its culture ministry said the site was being restored. A forester at the "
        "ecology ministry in Yerevan disagreed. Georgia's energy ministry said talks went well, and the energy "
        "ministry added that a deal was near."
    )
    t = typed(text)
    assert t["culture ministry"] == ("organization", "Ministry of Culture of Azerbaijan")
    assert t["ecology ministry"] == ("organization", "Ministry of Ecology of Armenia")
    assert t["energy ministry"] == ("organization", "Ministry of Energy of Georgia")
    assert not typed("The culture ministry said the site was being restored.")  # no country to name it by


def test_a_body_of_the_republic_of_a_country_is_the_body_of_that_country() -> None:
    long = ids("The Central Bank of the Republic of Meltoria raised its rate.")
    short = ids("The Central Bank of Meltoria raised its rate.")
    assert long["Central Bank of the Republic of Meltoria"] == short["Central Bank of Meltoria"]
    other = ids("The Central Bank of Korvania raised its rate.")
    assert other["Central Bank of Korvania"] != short["Central Bank of Meltoria"]


def test_a_brand_written_in_camel_case_is_a_body() -> None:
    t = typed("Deputies from DravoLinks-VdP to KorvaUnie backed the motion, and VeltaCom signed with Senator McKorv.")
    for name in ("DravoLinks-VdP", "KorvaUnie", "VeltaCom"):
        assert t[name] == ("organization", name), name
    assert "McKorv" not in t or t["McKorv"][0] == "person"  # a surname with its particle is no brand
    assert "PhD" not in typed("She holds a PhD in law.")


def test_one_and_inside_the_name_of_a_site() -> None:
    t = typed("The team trained at the Velor Dravo Sports and Concert Complex on Monday.")
    assert t["Velor Dravo Sports and Concert Complex"][0] == "place"


def test_a_big_city_before_a_business_noun_names_where_the_business_is() -> None:
    t = typed("He runs a Rotterdam logistics company and a Paris shipping firm.")
    assert t["Rotterdam"][0] == "place" and t["Paris"][0] == "place"
    assert typed("The Korvan Valley environmental NGO objected.")["Korvan Valley"][0] == "organization"


def test_a_known_name_before_a_landform_or_water_names_another_place() -> None:
    t = typed("Shepherds crossed the Zangezur range into the Ararat valley, and nets were cast in the Kura river.")
    assert t["Zangezur range"] == ("place", "Zangezur range")  # not the province the name also stands for
    assert t["Ararat valley"] == ("place", "Ararat valley")  # not the town of Ararat
    assert t["Kura"] == ("place", "Kura river")  # not Chur, whose alternate name is Kura; "river" stays out
    assert "Syunik mountains" not in typed("Snow fell in the Syunik mountains.")  # the province's land, no name


def test_an_autonomous_republic_is_named_with_its_style() -> None:
    t = typed("Troops held drills in the Nakhchivan Autonomous Republic, and Nakhchivan officials watched.")
    assert t["Nakhchivan Autonomous Republic"] == t["Nakhchivan"] == ("place", "Nakhchivan")


def test_a_district_executive_power_is_a_local_government() -> None:
    t = typed("The protocol was signed at the Dravo District Executive Power. Samantha Korvel spoke.")
    assert t["Dravo District Executive Power"] == ("organization", "Dravo District Executive Power")
    assert typed("Samantha Power visited the border.")["Samantha Power"][0] == "person"


def test_a_body_named_with_a_possessive_common_noun() -> None:
    t = typed("The Dravo Citizens' Assembly and the Velor Farmers' Union wrote to Korvan Women's Council.")
    assert t["Dravo Citizens' Assembly"][0] == "organization"
    assert t["Velor Farmers' Union"][0] == "organization"
    assert t["Korvan Women's Council"][0] == "organization"
    # the possessive of a longer name, and a headline's capitals, are no such body
    assert "Independent States' Inter-Parliamentary Assembly" not in typed(
        "The Commonwealth of Independent States' Inter-Parliamentary Assembly met."
    )
    assert not any("Veterans' Union" in k for k in typed("Court Frees Dravo Veterans' Union Leader\n\nText here."))


def test_bodies_known_by_their_style() -> None:
    t = typed("Tbilisi City Hall and the Holy See spoke, as did the Mother See of Holy Korvan.")
    assert t["Tbilisi City Hall"] == ("organization", "Tbilisi City Hall")  # a town's mayor's office
    assert t["Holy See"][0] == t["Mother See of Holy Korvan"][0] == "organization"
    assert "Dravo City Hall" not in typed("A concert at the Dravo City Hall was cancelled.")  # no town: a venue


def test_a_demonym_or_month_compound_names_no_place() -> None:
    t = typed(
        "The Armenian-populated region was cut off. Exports rose in January-August. Troops left the Russian-held town."
    )
    assert not [k for k, (kind, _) in t.items() if kind == "place" and "-" in k]


# --- a state body named by its country's possessive -----------------------------------------------------------


def test_a_state_body_after_its_countrys_possessive_is_that_countrys() -> None:
    owned = (
        "Moldova's Audit Chamber Service said on Monday that it had found no fault. "
        "The Audit Chamber Service gave no figures."
    )
    full = "The Audit Chamber Service of Moldova published the report."
    other = "Belarus's Audit Chamber Service declined to comment."
    got = typed(owned)
    assert got["Audit Chamber Service"] == ("organization", "Audit Chamber Service of Moldova")
    assert got["Moldova"][0] == "place"  # the possessive stays a mention of the country
    # the bare name later in the article and the full name in another article are the same body; another
    # country's body of that name is another
    assert len({*ids(owned).values()} - {ids(owned)["Moldova"]}) == 1
    assert ids(owned)["Audit Chamber Service"] == ids(full)["Audit Chamber Service of Moldova"]
    assert ids(other)["Audit Chamber Service"] != ids(owned)["Audit Chamber Service"]


def test_a_company_or_party_after_a_possessive_keeps_its_own_name() -> None:
    got = typed("Moldova's Larkwood Holding said it would sue. Belarus's Green Meadow Party called for calm.")
    assert got["Larkwood Holding"] == ("organization", "Larkwood Holding")
    assert got.get("Green Meadow Party", ("organization", "Green Meadow Party"))[1] == "Green Meadow Party"


def test_company_head_words_end_an_organization_name() -> None:
    got = typed(
        "Guards from Larkwood Perimeter Services patrolled the line. Dravo Grid Construction will build it, and "
        "Ostrel Power Transmission said it would bid."
    )
    for name in ("Larkwood Perimeter Services", "Dravo Grid Construction", "Ostrel Power Transmission"):
        assert got[name] == ("organization", name), got


# --- organizations named by the cues news gives them --------------------------------------------------------


def test_bodies_named_by_what_they_are_called_by_a_kind_after_them_and_by_one_of_a_plural() -> None:
    got = typed(
        "The deal was announced on Monday by Verona Telecom, one of Moldova's largest operators. The line is run by "
        "a joint venture called Silk Arrow Lines. Police blamed a group calling itself Black Lotus for the attack. "
        "A poll by the Chisinau-based Open Lens institute found that most agreed. The dam, run by the privately "
        "owned Grey Ridge company, burst. Moldova's state power company Volterra said supply was back."
    )
    for name in ("Verona Telecom", "Silk Arrow Lines", "Black Lotus", "Open Lens", "Grey Ridge", "Volterra"):
        assert got.get(name, ("none",))[0] == "organization", name
    assert "Chisinau-based Open Lens" not in got


def test_outlets_in_the_frames_of_their_own_reporting() -> None:
    got = typed(
        "The talks ended yesterday, Report informs, citing the ministry. According to a draft seen by the Guardian, "
        "the text is short. Officials told The Guardian that it was close. The Monitor could not independently verify "
        "the figures."
    )
    assert got["Report"] == ("organization", "Report.az")  # the registry's outlet, written without its domain
    assert got["Guardian"][0] == "organization"
    assert got["Monitor"][0] == "organization"
    assert "The Guardian" not in got


def test_words_in_outlet_and_party_frames_that_name_nobody() -> None:
    got = typed(
        "He entered parliament on the New Dawn party list. Police could not confirm the report. Witnesses could "
        "not independently verify it. According to the Construction and Repair Works Company of Moldova, the bridge "
        "is safe. Melkonyan, a reporter for the Georgian outlet Vesti Nord, was absent. According to Arakelyan, the "
        "families expect the working group to reply."
    )
    assert got["New Dawn"][0] == "organization"
    for word in ("He", "Police", "Witnesses", "Construction", "Georgian", "Arakelyan"):
        assert got.get(word, ("person",))[0] != "organization", word
    assert got.get("Georgian", ("place",))[0] != "person"
    assert got["Vesti Nord"][0] == "organization"


def test_an_office_named_by_a_hyphenated_title_is_its_countrys_body() -> None:
    got = typed("The court granted a petition by Moldova's Prosecutor-General's Office to hand him over.")
    assert got["Prosecutor-General's Office"] == ("organization", "Prosecutor-General's Office of Moldova")

"""Actor extraction: aliases, acronym case rules, context words, user overrides, spans."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from extract.actors import ActorDictionary, ActorEntry, find_actors
from extract.model import ActorMention


def names(text: str, countries: Sequence[str] = ()) -> dict[str, int]:
    """Canonical actor -> mentions, checking on the way that every span slices a name."""
    found = find_actors(text, countries=countries)
    for m in found:
        for a, b in m.spans:
            assert text[a:b].strip() == text[a:b] != ""
    return {m.actor: m.mentions for m in found}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Fighters of Hayat Tahrir al-Sham entered the city.", "Hayat Tahrir al-Sham"),
        ("Hay'at Tahrir al-Sham fighters entered the city.", "Hayat Tahrir al-Sham"),
        ("The HTS-led offensive reached the suburbs.", "Hayat Tahrir al-Sham"),
        ("Daesh claimed the attack on the checkpoint.", "Islamic State"),
        ("ISIL cells ambushed a convoy.", "Islamic State"),
        ("The Huthis launched a drone at a ship.", "Houthis"),
        ("Ansarallah said it fired a missile.", "Houthis"),
        ("Hizbollah fired rockets across the border.", "Hezbollah"),
        ("The Qassam Brigades said they hit a tank.", "Hamas"),
        ("Clashes between the SAF and the RSF continued.", "Sudanese Armed Forces"),
        ("Clashes between the SAF and the RSF continued.", "Rapid Support Forces"),
        ("The QSD said it repelled an attack.", "Syrian Democratic Forces"),
        ("Turkish-backed factions shelled the village.", "Syrian National Army"),
        (
            "The Syrian Observatory for Human Rights said the toll rose.",
            ("Syrian Observatory for Human Rights"),
        ),
        ("Medecins Sans Frontieres evacuated its staff.", "Doctors Without Borders"),
        ("Al-Shabaab militants stormed the base.", "al-Shabaab"),
        ("M23 rebels advanced towards the airport.", "M23"),
        ("The UN refugee agency said thousands fled.", "UNHCR"),
    ],
)
def test_aliases_resolve_to_the_canonical_actor(text: str, actor: str) -> None:
    assert actor in names(text)


def test_acronym_is_matched_only_in_capitals() -> None:
    assert names("IS fighters attacked the town.") == {"Islamic State": 1}
    assert names("It is clear that the town is calm.") == {}
    assert names("Is this the end?") == {}
    assert names("The hts and saf were not named here.") == {}


def test_word_like_acronym_in_an_all_caps_headline_is_a_word() -> None:
    assert names("THE WAR IS OVER, OFFICIALS SAY") == {}
    assert names("WHO says hospitals are overwhelmed") == {"World Health Organization": 1}


def test_mentions_are_counted_and_the_most_mentioned_comes_first() -> None:
    text = "The RSF shelled the camp. Hamas said the RSF and the Rapid Support Forces lied."
    found = find_actors(text)
    assert [(m.actor, m.mentions) for m in found] == [
        ("Rapid Support Forces", 3),
        ("Hamas", 1),
    ]


def test_spans_slice_the_matched_names() -> None:
    text = "Hezbollah and the Israel Defense Forces traded fire; the IDF said."
    found = {m.actor: m for m in find_actors(text)}
    idf = found["Israel Defense Forces"]
    assert [text[a:b] for a, b in idf.spans] == ["Israel Defense Forces", "IDF"]
    assert found["Hezbollah"].spans == ((0, 9),)
    assert idf == ActorMention(
        actor="Israel Defense Forces",
        kind="state force",
        country="Israel",
        mentions=2,
        spans=((18, 39), (57, 60)),
    )


def test_the_army_resolves_by_the_country_of_the_text() -> None:
    assert names("The army said it repelled an attack.", countries=["Sudan"]) == {
        "Sudanese Armed Forces": 1
    }
    assert names("In Sudan, the army said it repelled an attack.") == {"Sudanese Armed Forces": 1}
    assert names("The army said it repelled an attack.", countries=["Myanmar"]) == {
        "Myanmar military": 1
    }


def test_the_army_without_a_country_is_not_reported() -> None:
    assert names("The army said it repelled an attack.") == {}


def test_the_army_with_two_armed_countries_is_not_guessed() -> None:
    assert names("The army said it repelled an attack.", countries=["Sudan", "Mali"]) == {}


def test_demonym_before_a_force_word_names_that_countrys_force() -> None:
    assert names("Israeli strikes hit the camp.") == {"Israel Defense Forces": 1}
    assert names("Russia's army shelled the town.") == {"Russian armed forces": 1}
    assert names("Syrian regime forces withdrew.") == {"Syrian government forces": 1}


def test_regime_forces_resolve_only_in_a_text_about_syria() -> None:
    text = "Rebels advanced as regime forces withdrew."
    assert names(text, countries=["Syria"]) == {
        "Syrian opposition forces": 1,
        "Syrian government forces": 1,
    }
    assert names(text) == {}


def test_shared_acronym_is_resolved_by_country() -> None:
    assert names("SNA fighters clashed with the SDF near Manbij, Syria.") == {
        "Syrian National Army": 1,
        "Syrian Democratic Forces": 1,
    }
    assert names("SNA troops pushed al-Shabaab out of a town in Somalia.") == {
        "Somali National Army": 1,
        "al-Shabaab": 1,
    }
    assert names("SNA troops advanced.") == {}


def test_with_extra_adds_a_user_actor() -> None:
    extra = ActorEntry("Local Defence Unit", "armed group", "Syria", ("LDU", "the unit"))
    book = ActorDictionary.default().with_extra([extra])
    found = find_actors("The LDU and HTS clashed; the unit withdrew.", book)
    assert [(m.actor, m.kind, m.country, m.mentions) for m in found] == [
        ("Local Defence Unit", "armed group", "Syria", 2),
        ("Hayat Tahrir al-Sham", "armed group", "Syria", 1),
    ]
    # the default dictionary is not changed by an extension
    assert names("The LDU withdrew.") == {}


def test_with_extra_overrides_an_entry_of_the_same_name() -> None:
    override = ActorEntry("Houthis", "government", "Yemen", ("Sanaa authorities",))
    book = ActorDictionary.default().with_extra([override])
    found = find_actors("The Sanaa authorities said so; the Houthis agreed.", book)
    assert [(m.actor, m.kind, m.mentions) for m in found] == [("Houthis", "government", 2)]
    # the bundled aliases of the overridden entry are gone with it
    assert find_actors("Ansar Allah said so.", book) == ()


def test_user_alias_takes_precedence_over_a_bundled_one() -> None:
    book = ActorDictionary.default().with_extra(
        [ActorEntry("Syrian Network for Human Rights", "monitor", None, ("SOHR",))]
    )
    assert [m.actor for m in find_actors("SOHR said 12 died.", book)] == [
        "Syrian Network for Human Rights"
    ]


def test_unknown_kind_in_a_mapping_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown kind"):
        ActorEntry.from_mapping({"name": "X", "kind": "militia"})


def test_default_dictionary_is_loaded_once() -> None:
    assert ActorDictionary.default() is ActorDictionary.default()


def test_a_name_does_not_run_across_a_line_break() -> None:
    # a headline ends where its summary begins
    text = "Clashes in Syria\nRebels advanced on the city."
    assert [(m.actor, [text[a:b] for a, b in m.spans]) for m in find_actors(text)] == [
        ("Syrian opposition forces", ["Rebels"])
    ]
    assert names("Talks resume in Lebanon\nPresident Aoun met the envoy.") == {}


def test_an_alias_listed_for_an_actor_wins_over_a_phrase_built_from_a_country() -> None:
    # "Russian Defence Ministry" is listed for the government; "Russian" + "defence ministry"
    # would name the armed forces: the listed alias decides
    assert names("The Russian Defence Ministry said 12 drones were downed.") == {
        "Russian government": 1
    }


def test_a_former_office_holder_does_not_name_the_government() -> None:
    assert names("The former Israeli prime minister spoke at the rally.") == {}
    assert names("An ex-Pakistan PM addressed supporters.") == {}
    assert names("The Israeli prime minister spoke at the rally.") == {"Israeli government": 1}


def test_demonym_before_a_deed_names_the_force_but_the_bare_name_does_not() -> None:
    assert names("Israeli fire killed two.") == {"Israel Defense Forces": 1}
    assert names("Russia's invasion entered its third year.") == {"Russian armed forces": 1}
    assert names("Russian attacks on the grid continued.") == {"Russian armed forces": 1}
    assert names("The Russia invasion anniversary passed quietly.") == {}


def test_envoys_name_a_government_only_after_its_demonym_or_possessive() -> None:
    assert names("Israeli negotiators arrived in Cairo.") == {"Israeli government": 1}
    assert names("Syria's envoy addressed the council.") == {"Syrian government": 1}
    assert names("The UN's Syria envoy addressed the council.") == {"United Nations": 1}

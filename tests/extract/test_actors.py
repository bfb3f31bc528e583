"""Actor extraction: aliases, acronym case rules, context words, user overrides, spans."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from extract.acting import inflections
from extract.actors import ActorDictionary, ActorEntry, StateActors, find_actors
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


def test_an_alias_listed_for_an_actor_wins_over_a_phrase_built_from_a_country() -> None:
    # "Russian Defence Ministry" is listed for the government; "Russian" + "defence ministry"
    # would name the armed forces: the listed alias decides
    assert names("The Russian Defence Ministry said 12 drones were downed.") == {
        "Russian government": 1
    }


def test_a_name_does_not_run_across_a_line_break() -> None:
    # a headline ends where its summary begins
    text = "Clashes in Syria\nRebels advanced on the city."
    assert [(m.actor, [text[a:b] for a, b in m.spans]) for m in find_actors(text)] == [
        ("Syrian opposition forces", ["Rebels"])
    ]
    assert names("Talks resume in Lebanon\nPresident Aoun met the envoy.") == {}


def test_a_former_office_holder_does_not_name_the_government() -> None:
    assert names("The former Israeli prime minister spoke at the rally.") == {}
    assert names("An ex-Pakistan PM addressed supporters.") == {}
    assert names("The Israeli prime minister spoke at the rally.") == {"Israeli government": 1}


# --- a country acting: its forces or its government ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # military action: the state's armed forces
        ("Israel has stepped up airstrikes in Syria.", {"Israel Defense Forces": 1}),
        ("Russia shelled the outskirts of the port overnight.", {"Russian armed forces": 1}),
        ("Turkey launched drones at positions near the border.", {"Turkish armed forces": 1}),
        ("Sudan's army said Sudan retook the bridge.", {"Sudanese Armed Forces": 2}),
        ("Israel on Tuesday launched a ground operation.", {"Israel Defense Forces": 1}),
        ("Russia has been pounding the city for weeks.", {"Russian armed forces": 1}),
        ("Ukraine is expected to expand its incursion.", {"Ukrainian armed forces": 1}),
        ("Israel continues to pound the north of the strip.", {"Israel Defense Forces": 1}),
        ("Iran fired a barrage of missiles late on Friday.", {"Iranian armed forces": 1}),
        ("Homes were destroyed by Israel in the valley.", {"Israel Defense Forces": 1}),
        ("Pakistan carried out strikes across the frontier.", {"Pakistani security forces": 1}),
        # speech and decisions: the state's government
        ("Turkey called for a halt to the fighting.", {"Turkish government": 1}),
        ("Qatar said talks would resume next week.", {"Qatari government": 1}),
        ("Egypt has condemned the raid on the crossing.", {"Egyptian government": 1}),
        ("Israel struck a deal with the militants.", {"Israeli government": 1}),
        ("China launched an inquiry into the crash.", {"Chinese government": 1}),
        ("The US imposed new sanctions on the shipping firm.", {"US government": 1}),
        ("Mexico didn't comment, but Colombia urged restraint.", {"Colombian government": 1}),
        ("A truce brokered by Qatar took hold.", {"Qatari government": 1}),
        # other names for the state (a capital)
        ("Moscow says the talks are over.", {"Russian government": 1}),
        ("Kyiv launched drones at a refinery.", {"Ukrainian armed forces": 1}),
    ],
)
def test_a_country_acting_is_its_forces_or_its_government(
    text: str, expected: dict[str, int]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia and Ukraine traded fire along the river.",
            ["Russian armed forces", "Ukrainian armed forces"],
        ),
        ("Hezbollah and Israel agreed to a truce.", ["Hezbollah", "Israeli government"]),
        ("The US and Israel say the talks will resume.", ["US government", "Israeli government"]),
        (
            "But Israel, Turkey and the US are carrying out airstrikes.",
            ["Israel Defense Forces", "Turkish armed forces", "US forces"],
        ),
    ],
)
def test_every_country_of_a_compound_subject_acts(text: str, expected: list[str]) -> None:
    assert sorted(names(text)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # where something happens, or whom it happens to
        "Fighting raged in Syria's north.",
        "Thousands fled to Turkey last week.",
        "Refugees in Turkey say they fear returning.",
        "A drone from Iran struck a tanker.",
        "Syria was attacked overnight.",
        "Israel hit by rockets from the north",
        "Israel is being accused of breaking the truce.",
        "A ceasefire between Lebanon and Israel began on Monday.",
        "Tariffs on Mexico and Canada were announced.",
        # a country's name before a noun: where, not who
        "A Syria attack left five dead.",
        "Ukraine fire kills three in a warehouse",
        "Syria fighting worsens as winter nears",
        "The Syria conflict enters its fourteenth year.",
        "The pro-Russia party won the vote.",
        "The appeal was rejected by US judges.",
        # no verb, or a verb that says nothing about the state acting
        "Israel: what we know so far",
        "Israel faces a difficult choice.",
        "Israel continued.",
        # part of another name, or a country that is not a party listed under `states`
        "Michael Jordan said the game was over.",
        "Canada accuses the firm of abuse.",
        "Peru said talks would resume.",
        # an acronym that is a word in an all-caps headline
        "WHY US SAYS IT WON",
    ],
)
def test_a_country_that_does_not_act_is_not_an_actor(text: str) -> None:
    assert names(text) == {}


def test_a_country_inside_a_longer_name_is_counted_once() -> None:
    # the alias or phrase that starts with the country's name is the mention
    assert names("Israel Defense Forces struck the camp.") == {"Israel Defense Forces": 1}
    assert names("Israeli forces struck the camp.") == {"Israel Defense Forces": 1}
    assert names("Israel's army struck the camp.") == {"Israel Defense Forces": 1}
    assert names("Syria rebels launch an offensive") == {"Syrian opposition forces": 1}
    # two separate mentions are two
    assert names("Israel struck the camp, the Israel Defense Forces said.") == {
        "Israel Defense Forces": 2
    }


def test_a_country_acting_has_the_span_of_its_name() -> None:
    text = "In Gaza, Israel said Hamas fired first."
    found = {m.actor: m for m in find_actors(text)}
    assert found["Israeli government"].spans == ((9, 15),)
    assert text[9:15] == "Israel"
    assert found["Israeli government"].kind == "government"
    assert found["Israeli government"].country == "Israel"


def test_demonym_before_a_deed_names_the_force_but_the_bare_name_does_not() -> None:
    assert names("Israeli fire killed two.") == {"Israel Defense Forces": 1}
    assert names("Russia's invasion entered its third year.") == {"Russian armed forces": 1}
    assert names("Russian attacks on the grid continued.") == {"Russian armed forces": 1}
    assert names("The Russia invasion anniversary passed quietly.") == {}


def test_envoys_name_a_government_only_after_its_demonym_or_possessive() -> None:
    assert names("Israeli negotiators arrived in Cairo.") == {"Israeli government": 1}
    assert names("Syria's envoy addressed the council.") == {"Syrian government": 1}
    assert names("The UN's Syria envoy addressed the council.") == {"United Nations": 1}


def test_a_state_needs_the_kind_of_actor_the_clause_names() -> None:
    # Qatar is listed with a government only: a military verb names no actor
    assert names("Qatar launched jets over the gulf.") == {}


def test_a_country_name_is_not_an_actor_name() -> None:
    # looking an actor up by name (tally --actor) does not find a country
    book = ActorDictionary.default()
    assert book.index.get("Israel") == ()
    assert book.index.get("Israeli government")


def test_a_user_dictionary_keeps_the_states() -> None:
    extra = ActorEntry("Local Defence Unit", "armed group", "Syria", ("LDU",))
    book = ActorDictionary.default().with_extra([extra])
    assert [m.actor for m in find_actors("Turkey called for calm; the LDU agreed.", book)] == [
        "Turkish government",
        "Local Defence Unit",
    ]


def test_a_state_must_name_listed_actors() -> None:
    base = ActorDictionary.default()
    state = StateActors("Peru", forces="Peruvian army")
    with pytest.raises(ValueError, match="no actor named"):
        ActorDictionary(base.entries.values(), states=[state], acting=base.acting)


def test_verb_forms_are_derived_from_the_base_form() -> None:
    assert set(inflections("step")) >= {"step", "steps", "stepped", "stepping"}
    assert set(inflections("target")) >= {"targets", "targeted", "targeting"}
    assert set(inflections("deny")) >= {"denies", "denied", "denying"}
    assert set(inflections("seize")) >= {"seizes", "seized", "seizing"}
    assert set(inflections("push")) >= {"pushes", "pushed", "pushing"}

"""Place extraction: spellings, the stop-list, disambiguation by country, containment."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from extract.model import PlaceMention
from extract.namematch import Tokens
from extract.places import (
    contains,
    countries_in,
    find_places,
    find_places_and_countries,
    place_country,
    region_of,
)


def places(text: str, countries: Sequence[str] = ()) -> list[tuple[str, str | None]]:
    """(place, country) pairs found, checking on the way that every span slices a name."""
    found = find_places(text, countries)
    for m in found:
        for a, b in m.spans:
            assert text[a:b].strip() == text[a:b] != ""
    return [(m.place, m.country) for m in found]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Shelling hit Deir ez-Zor overnight.", "Deir ez-Zor"),
        ("Shelling hit Deir-ez-Zor overnight.", "Deir ez-Zor"),
        ("Shelling hit Deir al-Zour overnight.", "Deir ez-Zor"),
        ("Troops left Idleb on Monday.", "Idlib"),
        ("Strikes on Khan Yunis continued.", "Khan Younis"),
        ("Strikes on Khan Younis continued.", "Khan Younis"),
        ("Fighting in Al-Fashir resumed.", "El Fasher"),
        ("Drones struck Zaporizhia at dawn.", "Zaporizhzhia"),
        ("Aid reached the Gaza Strip.", "Gaza"),
    ],
)
def test_alternate_spellings_resolve_to_one_place(text: str, place: str) -> None:
    assert [p for p, _ in places(text)] == [place]


def test_stop_list_words_are_not_places() -> None:
    assert places("Hit by the news, the minister resigned.") == []
    assert places("Of the wounded, most were children.") == []
    assert places("Man City lost again; Vladimir Putin spoke.") == []


def test_lower_case_words_are_not_places() -> None:
    assert places("they tried to homs the deal in aleppo style") == []


def test_homs_is_in_syria_not_libya() -> None:
    assert places("Rebels entered Homs at dawn.") == [("Homs", "Syria")]
    assert place_country("Homs") == "Syria"


def test_ambiguous_town_prefers_the_country_the_text_names() -> None:
    assert places("Clashes broke out in Tripoli, Lebanon.") == [
        ("Tripoli", "Lebanon"),
        ("Lebanon", "Lebanon"),
    ]
    assert places("Clashes broke out in Tripoli.", countries=["Lebanon"]) == [
        ("Tripoli", "Lebanon")
    ]
    assert places("Clashes broke out in Tripoli.") == [("Tripoli", "Libya")]


def test_small_namesake_does_not_beat_a_capital() -> None:
    assert places("The flight from the US landed in Paris.") == [
        ("Paris", "France"),
        ("United States", "United States"),
    ]


def test_most_mentioned_first_then_most_specific() -> None:
    text = "Syria: strikes on Aleppo. In Syria, Aleppo province and Aleppo were hit; Syria said."
    assert [(m.place, m.kind, len(m.spans)) for m in find_places(text)] == [
        ("Syria", "country", 3),
        ("Aleppo", "city", 2),
        ("Aleppo province", "region", 1),
    ]


def test_spans_slice_the_matched_text() -> None:
    text = "Shelling in Deir al-Zour and in Deir ez-Zor."
    (found,) = find_places(text)
    assert [text[a:b] for a, b in found.spans] == ["Deir al-Zour", "Deir ez-Zor"]


def test_bundled_place_has_its_coordinates() -> None:
    (found,) = find_places("Tanks entered Khan Younis.")
    assert found == PlaceMention(
        place="Khan Younis",
        country="Palestine",
        lat=31.34,
        lon=34.3,
        kind="city",
        spans=((14, 25),),
    )


def test_countries_in_counts_names_demonyms_and_towns() -> None:
    text = "Israeli jets struck Gaza City and Rafah; a Lebanese official spoke."
    assert countries_in(text) == ("Palestine", "Israel", "Lebanon")
    assert countries_in("Sudanese army retakes Omdurman as Sudan war rages") == ("Sudan",)
    assert countries_in("Nothing here names a country.") == ()


def test_demonyms_are_not_places() -> None:
    assert places("Syrian and Ukrainian officials met.") == []


def test_region_of_and_contains() -> None:
    assert region_of("Khan Yunis") == "Gaza"
    assert region_of("El Fasher") == "North Darfur"
    assert region_of("Saraqib") == "Idlib province"
    assert region_of("Paris") is None
    assert contains("Syria", "Idleb")
    assert contains("Darfur", "El Fasher")
    assert contains("Idlib province", "Saraqib")
    assert contains("Gaza", "Gaza")
    assert not contains("Sudan", "Aleppo")
    assert not contains("Aleppo province", "Saraqib")
    assert not contains("Nowhere at all", "Aleppo")


def test_place_country() -> None:
    assert place_country("Gaza") == "Palestine"
    assert place_country("Syrian Arab Republic") == "Syria"
    assert place_country("Kharkiv") == "Ukraine"
    assert place_country("Nowhere at all") is None


def test_town_names_inside_personal_names_are_not_places() -> None:
    assert places("Officials said Eugene Mercer spoke in Moscow.") == [("Moscow", "Russia")]
    assert places("Car bombs hit Baghdad Shia districts.") == [("Baghdad", "Iraq")]
    # a town of our own list between a first name and a surname
    assert places("In Mogadishu, police spokesman Abdifatah Aden Hassan spoke.") == [
        ("Mogadishu", "Somalia")
    ]
    assert places("Fighting resumed in Aden City and Mukalla.")[0][1] == "Yemen"


@pytest.mark.parametrize(
    "text",
    [
        "Clashes broke out in Tripoli, Lebanon.",
        "Clashes broke out in Tripoli.",
        "Israeli jets struck Gaza City and Rafah; a Lebanese official spoke.",
        "Syria: strikes on Aleppo. In Syria, Aleppo province and Aleppo were hit; Syria said.",
        "Nothing here names a country.",
    ],
)
def test_one_scan_gives_what_the_two_calls_give(text: str) -> None:
    countries = countries_in(text)
    assert find_places_and_countries(text) == (find_places(text, countries), countries)


def test_one_scan_resolves_towns_with_the_ranked_countries() -> None:
    text = "Gunfire in Tripoli. Lebanese troops deployed across Lebanon."
    places, countries = find_places_and_countries(text)
    assert countries == ("Lebanon",)
    assert [(p.place, p.country) for p in places] == [
        ("Tripoli", "Lebanon"),
        ("Lebanon", "Lebanon"),
    ]


def test_the_scan_is_shared_by_calls_on_the_same_tokens() -> None:
    toks = Tokens.of("Shelling hit Idleb and Homs.")
    first = find_places_and_countries(toks)
    scan = toks.memo["places"]
    assert find_places(toks, first[1]) == first[0]
    assert countries_in(toks) == first[1] == ("Syria",)
    assert toks.memo["places"] is scan


def test_a_country_standing_for_its_government_ranks_after_the_scene() -> None:
    text = "US envoy presents a truce between Israel and Hezbollah; the US envoy flew home."
    assert countries_in(text) == ("Israel", "United States")
    # a capital that speaks weighs as little as a nationality: the city struck comes first
    assert countries_in("Washington says Israeli strikes hit Beirut.") == (
        "Lebanon",
        "United States",
        "Israel",
    )
    assert countries_in("A US-brokered truce holds in Lebanon.") == ("Lebanon", "United States")


def test_the_place_where_it_happened_outranks_the_nationality() -> None:
    assert countries_in("Russian warplanes bombed Idlib overnight.") == ("Syria", "Russia")
    assert countries_in("Two Chinese engineers were hurt in Pakistan.") == ("Pakistan", "China")
    assert countries_in("Israel says its jets struck targets in Syria.") == ("Syria", "Israel")


def test_a_country_named_alone_still_counts() -> None:
    assert countries_in("The US envoy declined to comment.") == ("United States",)
    assert countries_in("Sudanese army retakes Omdurman as Sudan war rages") == ("Sudan",)

"""Coordinates for a tally's places: the bundled gazetteer first, then what the extractor
stored, then the towns; a country's centre for events without a place."""

from __future__ import annotations

from storage.db import Storage
from storage.geo import Point, country_of, locate
from tests.storage.test_event_tallies import NOW, _store


def _mention(store: Storage, place: str, country: str, lat: float, lon: float) -> None:
    store.execute(
        "INSERT INTO items (id, feed_id, key, title, summary, first_seen, effective, "
        "content_hash) VALUES (1, 1, 'k1', 't', '', ?, ?, 'h')",
        (NOW, NOW),
    )
    store.execute(
        "INSERT INTO place_mentions (item_id, place, country, lat, lon, place_kind, count, "
        "effective) VALUES (1, ?, ?, ?, ?, 'city', 1, ?)",
        (place, country, lat, lon, NOW),
    )


def test_bundled_places_and_country_centres() -> None:
    found = locate(None, [("Idlib", "Syria"), (None, "Sudan"), ("Omdurman", "Sudan")])
    assert found[("Idlib", "Syria")] == Point(35.93, 36.63, "city")
    assert found[("Omdurman", "Sudan")] == Point(15.64, 32.48, "city")
    centre = found[(None, "Sudan")]
    assert centre is not None and centre.precision == "country"


def test_a_place_in_another_country_than_the_event_s_is_not_taken() -> None:
    # the bundled Idlib lies in Syria: an event that puts it elsewhere gets no marker from it
    assert locate(None, [("Idlib", "Sudan")]) == {("Idlib", "Sudan"): None}


def test_the_stored_coordinates_answer_for_places_outside_the_bundled_list() -> None:
    store = _store()
    _mention(store, "Nowhereville", "Syria", 34.5, 38.25)
    found = locate(store, [("Nowhereville", "Syria"), ("Nowhereville", "Sudan"), (None, None)])
    assert found == {
        ("Nowhereville", "Syria"): Point(34.5, 38.25, "city"),
        ("Nowhereville", "Sudan"): None,
        (None, None): None,
    }


def test_the_country_a_place_filter_names() -> None:
    assert country_of("Idlib") == "Syria"
    assert country_of("Sudan") == "Sudan"
    assert country_of("Nowhereville") is None

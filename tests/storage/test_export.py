"""Export records: ACLED/UCDP column names, coordinates, verdicts and marks, and CSV, JSON Lines
and GeoJSON that give back exactly the data they were written from."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from extract.model import Extraction, Figure, PlaceMention
from storage import audit
from storage.db import Storage
from storage.export import (
    NAMES,
    csv_chunks,
    export_records,
    geojson_chunks,
    jsonl_chunks,
    read_csv,
)
from storage.feeds import sync_feeds
from storage.tallies import compute_tally
from storage.verification import marks
from storage.write import ItemRecord, store_items

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
HOSTILE = 'At least 7 killed, "witnesses" said;\nthen: «قتل» \u202eevil\u202c, 1,000 fled\r\tok'


def _item(
    key: str,
    hours_ago: float,
    count: int,
    *,
    place: str | None,
    country: str,
    sentence: str | None = None,
    mention: PlaceMention | None = None,
    source: str | None = None,
) -> ItemRecord:
    title = f"{count} killed in {place or country}"
    figure = Figure(
        kind="killed",
        count=count,
        low=count,
        high=None,
        qualifier="at least",
        victims="people",
        sentence=sentence or title,
        span=(0, 3),
        source=source,
        source_kind="monitor" if source else None,
        country=country,
        place=place,
    )
    return ItemRecord(
        key=key,
        guid=key,
        link=f"https://desk.example/{key}",
        title=title,
        summary="",
        author=None,
        published=NOW - timedelta(hours=hours_ago),
        updated=None,
        content_hash=key,
        extraction=Extraction(
            figures=(figure,),
            places=(mention,) if mention else (),
            killed=count,
            countries=(country,),
        ),
    )


@pytest.fixture
def store() -> Storage:
    store = Storage.memory()
    sync_feeds(store, [("https://desk.example/rss", "Desk Wire", [], True)], NOW.timestamp())
    feed = int(store.scalar("SELECT id FROM feeds"))
    items = [
        # coordinates as the item's text resolved them
        _item(
            "kharkiv",
            3,
            7,
            place="Kharkiv",
            country="Ukraine",
            sentence=HOSTILE,
            mention=PlaceMention("Kharkiv", "Ukraine", 49.98, 36.25, "city"),
            source="regional governor",
        ),
        # no mention stored: the gazetteer's coordinates, and its region as admin1
        _item("fasher", 2, 12, place="El Fasher", country="Sudan"),
        # no place: the country's centre, precision 3
        _item("sudan-wide", 1, 4, place=None, country="Sudan"),
    ]
    with store.transaction():
        store_items(store, feed, items, NOW.timestamp())
    return store


def _records(store: Storage) -> list[dict[str, Any]]:
    result = compute_tally(store, since=None, now=NOW.timestamp())
    return list(export_records(store, result, marks(store)))


def test_every_figure_with_place_verdict_and_provenance(store: Storage) -> None:
    records = _records(store)
    assert [list(r) for r in records] == [list(NAMES)] * 3
    kharkiv, fasher, sudan = records
    assert {k: kharkiv[k] for k in ("country", "location", "latitude", "longitude")} == {
        "country": "Ukraine",
        "location": "Kharkiv",
        "latitude": 49.98,
        "longitude": 36.25,
    }
    assert (kharkiv["geo_precision"], kharkiv["fatalities"], kharkiv["counted"]) == (1, 7, True)
    assert kharkiv["notes"] == HOSTILE
    assert (kharkiv["source"], kharkiv["source_original"]) == ("Desk Wire", "regional governor")
    assert kharkiv["source_article"] == "https://desk.example/kharkiv"
    assert kharkiv["event_date"] == "2026-03-02"
    assert kharkiv["as_of"] == kharkiv["source_date"] == "2026-03-02T09:00:00Z"
    assert kharkiv["verification"] == "unverified"
    assert (fasher["location"], fasher["admin1"], fasher["geo_precision"]) == (
        "El Fasher",
        "North Darfur",
        1,
    )
    assert fasher["latitude"] == pytest.approx(13.6, abs=0.5)
    assert (sudan["location"], sudan["geo_precision"], sudan["admin1"]) == (None, 3, None)
    assert sudan["latitude"] is not None
    assert {r["event_killed"] for r in (fasher, sudan)} == {12, 4}


def test_verdicts_and_marks_are_carried(store: Storage) -> None:
    fasher = int(store.scalar("SELECT id FROM figures WHERE place = 'El Fasher'"))
    audit.verify_figure(store, fasher, "disputed", editor="Ana", note="retracted", now=1.0)
    record = next(r for r in _records(store) if r["figure_id"] == fasher)
    assert (record["counted"], record["fatalities"], record["verdict"]) == (False, 0, "excluded")
    assert record["excluded_reason"] == "excluded by editor: disputed by Ana: retracted"
    assert (record["verification"], record["verified_by"], record["verified_at"]) == (
        "disputed",
        "Ana",
        "1970-01-01T00:00:01Z",
    )
    assert record["verification_note"] == "retracted"


def test_csv_reads_back_exactly(store: Storage) -> None:
    records = _records(store)
    text = "".join(csv_chunks(records, batch=2))
    assert text.splitlines()[0] == ",".join(NAMES)
    assert read_csv(text) == records


def test_json_lines_and_geojson_keep_the_data(store: Storage) -> None:
    records = _records(store)
    lines = "".join(jsonl_chunks(records)).splitlines()
    assert [json.loads(line) for line in lines] == records
    collection = json.loads("".join(geojson_chunks(records)))
    assert collection["type"] == "FeatureCollection"
    features = collection["features"]
    assert [f["properties"] for f in features] == records
    assert features[0]["geometry"] == {"type": "Point", "coordinates": [36.25, 49.98]}
    assert [f["id"] for f in features] == [r["figure_id"] for r in records]


def test_a_figure_without_coordinates_has_no_geometry(store: Storage) -> None:
    records = _records(store)
    records[0] = {**records[0], "latitude": None, "longitude": None}
    collection = json.loads("".join(geojson_chunks(records)))
    assert collection["features"][0]["geometry"] is None
    assert json.loads("".join(geojson_chunks([]))) == {
        "type": "FeatureCollection",
        "features": [],
    }

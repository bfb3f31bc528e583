"""Every figure of a window with its verdict and provenance, as flat records for analysts.

One record per figure of `tally.figures` (counted or not), written as CSV, JSON Lines or
GeoJSON by `sitrep export`. Column names follow ACLED and UCDP GED where a column means the
same thing there, so an analyst can stack an export beside their data:

- `event_date`, `country`, `admin1`, `location`, `latitude`, `longitude`, `geo_precision`,
  `fatalities`, `source`, `notes` as in ACLED: `source` is the outlet that published the
  report, `notes` the sentence the figure was read from, `fatalities` the deaths the figure
  adds to the tally (0 when it is not counted, or counts injuries);
- `source_original`, `source_headline`, `source_article`, `source_date` as in UCDP GED: the
  body that gave the figure (a ministry, a monitor), the item's title, link and time.

Everything else keeps the names of the JSON FIGURE (`sitrep tally --json`). Note that there
`source` is the reporting body: here it is `source_original`, and `source` is the outlet.

The records carry the tally's numbers, never new ones: `fatalities` of the counted figures
add up to the tally's deaths unless an area's toll covers incidents or figures overlap; the
exact totals are `event_killed` summed over distinct `event_id`s (the tally's rows), whose
sum per `country` is the tally's per-country number.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from extract.gazetteer import Place, curated, gazetteer, region_of
from extract.tally import Tally
from extract.times import iso
from storage.db import Storage
from storage.records import FigureMark
from storage.tallies import CHUNK

COLUMNS: tuple[tuple[str, type], ...] = (
    ("figure_id", int),
    ("event_id", int),
    ("story_id", int),
    ("event_date", str),
    ("as_of", str),
    ("country", str),
    ("admin1", str),
    ("location", str),
    ("latitude", float),
    ("longitude", float),
    ("geo_precision", int),
    ("fatalities", int),
    ("kind", str),
    ("count", int),
    ("low", int),
    ("high", int),
    ("qualifier", str),
    ("victims", str),
    ("counted", bool),
    ("tallied", int),
    ("verdict", str),
    ("yields_to", int),
    ("excluded_reason", str),
    ("event_killed", int),
    ("event_injured", int),
    ("party_claim", bool),
    ("conflict", bool),
    ("cumulative", bool),
    ("period_start", str),
    ("source", str),
    ("source_original", str),
    ("source_kind", str),
    ("perpetrator", str),
    ("notes", str),
    ("span_start", int),
    ("span_end", int),
    ("item_id", int),
    ("source_headline", str),
    ("source_article", str),
    ("source_date", str),
    ("verification", str),
    ("verified_by", str),
    ("verified_at", str),
    ("verification_note", str),
)
"""Every column, in order, with the type of its values (None is empty in CSV)."""
NAMES = tuple(name for name, _ in COLUMNS)
PRECISION = {"city": 1, "region": 2, "country": 3}
"""`geo_precision` as ACLED codes it: 1 the town itself, 2 a region, 3 the country."""


@dataclass(frozen=True, slots=True)
class Located:
    admin1: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    precision: int | None


class _Places:
    """Coordinates for figures: the place as the item's text resolved it (place_mentions),
    else the gazetteer; a figure without a place sits at its country's centre."""

    def __init__(self, store: Storage, item_ids: Sequence[int]) -> None:
        self.mentioned: dict[tuple[int, str], tuple[float | None, float | None, str | None]] = {}
        ids = sorted(set(item_ids))
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            marks = ",".join("?" * len(chunk))
            for item_id, place, lat, lon, kind in store.execute(
                "SELECT item_id, place, lat, lon, place_kind FROM place_mentions "
                f"WHERE item_id IN ({marks})",
                chunk,
            ):
                self.mentioned[(int(item_id), str(place))] = (lat, lon, kind)
        self.looked_up: dict[str, Place | None] = {}

    def _lookup(self, name: str) -> Place | None:
        if name not in self.looked_up:
            self.looked_up[name] = curated().lookup(name) or gazetteer().lookup(name)
        return self.looked_up[name]

    def locate(self, item_id: int, place: str | None, country: str | None) -> Located:
        if place is not None:
            lat, lon, kind = self.mentioned.get((item_id, place), (None, None, None))
            found = self._lookup(place)
            if lat is None and found is not None:
                lat, lon, kind = found.lat, found.lon, found.kind
            if lat is not None and lon is not None:
                admin1 = place if kind == "region" else region_of(place)
                return Located(admin1, place, lat, lon, PRECISION.get(kind or "city", 1))
        centre = self._lookup(country) if country is not None else None
        if centre is not None and centre.lat is not None and centre.lon is not None:
            return Located(None, place, centre.lat, centre.lon, 3)
        return Located(None, place, None, None, None)


def export_records(
    store: Storage, result: Tally, found: Mapping[int, FigureMark]
) -> Iterator[dict[str, Any]]:
    """One record per figure of the tally's window, oldest first (`COLUMNS`' keys)."""
    places = _Places(store, [f.source.item_id for f in result.figures])
    events = {e.id: e for e in result.events}
    for f in result.figures:
        src, fig = f.source, f.source.figure
        where = places.locate(src.item_id, fig.place, fig.country)
        event = events.get(src.event_id)
        mark = found.get(src.id)
        yield {
            "figure_id": src.id,
            "event_id": src.event_id,
            "story_id": src.event_id,
            "event_date": src.published.strftime("%Y-%m-%d"),
            "as_of": iso(src.published.timestamp()),
            "country": fig.country,
            "admin1": where.admin1,
            "location": where.location,
            "latitude": where.latitude,
            "longitude": where.longitude,
            "geo_precision": where.precision,
            "fatalities": f.tallied if f.counted and fig.kind == "killed" else 0,
            "kind": fig.kind,
            "count": fig.count,
            "low": fig.low,
            "high": fig.high,
            "qualifier": fig.qualifier,
            "victims": fig.victims,
            "counted": f.counted,
            "tallied": f.tallied,
            "verdict": f.verdict.reason.name.lower() if f.verdict is not None else None,
            "yields_to": f.verdict.other if f.verdict is not None else None,
            "excluded_reason": f.excluded_reason,
            "event_killed": event.killed if event is not None else 0,
            "event_injured": event.injured if event is not None else 0,
            "party_claim": f.party_claim,
            "conflict": fig.conflict,
            "cumulative": fig.cumulative,
            "period_start": iso(fig.period_start.timestamp()) if fig.period_start else None,
            "source": src.feed,
            "source_original": fig.source,
            "source_kind": fig.source_kind,
            "perpetrator": fig.perpetrator,
            "notes": fig.sentence,
            "span_start": fig.span[0],
            "span_end": fig.span[1],
            "item_id": src.item_id,
            "source_headline": src.item_title,
            "source_article": src.item_link,
            "source_date": iso(src.published.timestamp()),
            "verification": mark.mark if mark is not None else "unverified",
            "verified_by": mark.editor if mark is not None else None,
            "verified_at": iso(mark.at) if mark is not None else None,
            "verification_note": mark.note if mark is not None else None,
        }


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def csv_chunks(records: Iterable[dict[str, Any]], *, batch: int = 500) -> Iterator[str]:
    """CSV text (a header row, then a row per record), in chunks of `batch` rows. Fields
    are quoted where needed, so commas, quotes and line breaks in a sentence survive."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(NAMES)
    for n, record in enumerate(records, 1):
        writer.writerow([_cell(record[name]) for name in NAMES])
        if n % batch == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _typed(kind: type, text: str) -> object:
    if text == "":
        return None
    if kind is bool:
        return text == "true"
    return kind(text)


def read_csv(text: str) -> list[dict[str, object]]:
    """Records back from `csv_chunks` text, with their types. An empty field is None: CSV
    cannot tell an empty text from a missing one."""
    types = dict(COLUMNS)
    rows = csv.DictReader(io.StringIO(text, newline=""))
    return [{k: _typed(types[k], v) for k, v in row.items()} for row in rows]


def jsonl_chunks(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """One JSON object per line (`dumps` is the caller's encoder: it keeps the data exact)."""
    for record in records:
        yield json.dumps(record, ensure_ascii=False, allow_nan=False) + "\n"


def geojson_chunks(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """A GeoJSON FeatureCollection (RFC 7946): a Point per located figure, a null geometry
    for a figure whose place has no coordinates. Properties are the record."""
    yield '{"type": "FeatureCollection", "features": [\n'
    first = True
    for record in records:
        lat, lon = record["latitude"], record["longitude"]
        feature = {
            "type": "Feature",
            "id": record["figure_id"],
            "geometry": (
                {"type": "Point", "coordinates": [lon, lat]}
                if lat is not None and lon is not None
                else None
            ),
            "properties": record,
        }
        yield ("" if first else ",\n") + json.dumps(feature, ensure_ascii=False, allow_nan=False)
        first = False
    yield "\n]}\n"

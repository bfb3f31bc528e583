"""The poller's task for a parse worker, named by a module the poller can import cheaply.

A task travels to its worker pickled, as a reference to its function: pickling that
reference imports the function's module in the poller too. `ingest.process` imports the
whole parser and extractor (feedparser, the casualty patterns it compiles), which the poller
itself never runs: some 0.2 s of the poller's CPU while the fork server loaded the same
modules for the workers. This module imports nothing of them; the worker, whose fork server
has them loaded, finds `process_body` there. Its answer comes back as plain data and the
records of `storage.item_record`, which the writer imports anyway.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from storage.item_record import ItemRecord


def process(
    body: bytes,
    url: str,
    fetched_at: datetime,
    content_type: str | None,
    actors: tuple[Any, ...],
    known: frozenset[tuple[str, str]],
    max_items: int,
    chunks: Mapping[bytes, tuple[str, str]] | None = None,
) -> tuple[tuple[Any, ...], tuple[ItemRecord, ...]]:
    """`ingest.process.process_body`, its `FeedInfo` as a plain tuple (title, ttl, error,
    note, keys, chunks), and then the places of its items and figures as the worker's gazetteer
    resolves them (`extract.events.looked_up`): the writer, told, need not read the towns."""
    from extract.events import lookup
    from ingest.process import process_body

    info, records = process_body(
        body, url, fetched_at, content_type, actors, known, max_items, chunks
    )
    names = {p.place for r in records for p in r.extraction.places}
    names.update(f.place for r in records for f in r.extraction.figures if f.place)
    return (*info, tuple((name, lookup(name)) for name in sorted(names))), records


def look_up(names: list[str]) -> tuple[tuple[str, Any], ...]:
    """Places as the worker's gazetteer resolves them (`extract.events.looked_up`): the
    poller sends those of its stored stories, which matching an item to a story may ask."""
    from extract.events import lookup

    return tuple((name, lookup(name)) for name in names)

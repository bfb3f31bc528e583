"""CPU-bound work on a fetched body: parse the feed and extract facts from every item.

Runs in a worker process (a ProcessPoolExecutor uses both cores and keeps the event loop and
the dashboard responsive), so everything here is a top-level, picklable function of plain
data. The actor dictionary with the user's additions is built once per worker and reused.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from typing import NamedTuple

from extract.actors import ActorDictionary, ActorEntry
from extract.api import extract
from extract.model import Extraction
from ingest.limits import MAX_ITEMS
from ingest.parse import parse_feed
from storage.item_record import ItemRecord

ActorSpec = tuple[str, str, str | None, tuple[str, ...]]
"""(name, kind, country, aliases): a user actor as plain picklable data."""


def item_text(title: str, summary: str) -> str:
    """The text extraction reads for one item; figure spans are offsets into it.

    The title comes first on its own line, so a headline is its own sentence.
    """
    if not summary:
        return title
    if not title:
        return summary
    return f"{title}\n{summary}"


@lru_cache(maxsize=4)
def actor_dictionary(extra: tuple[ActorSpec, ...]) -> ActorDictionary:
    """The bundled dictionary plus the user's `actors:`; cached per distinct configuration."""
    base = ActorDictionary.default()
    if not extra:
        return base
    return base.with_extra(
        ActorEntry(name=n, kind=k, country=c, aliases=a)  # type: ignore[arg-type]
        for n, k, c, a in extra
    )


def extract_item(
    title: str, summary: str, published: datetime | None, actors: tuple[ActorSpec, ...] = ()
) -> Extraction:
    return extract(item_text(title, summary), published=published, actors=actor_dictionary(actors))


class FeedInfo(NamedTuple):
    """What the poller keeps of a parsed feed: its channel fields and which items it lists.

    The items themselves travel once, as the `ItemRecord`s of the new and changed ones: a
    worker's answer is unpickled by the writer, which has better things to do than decode
    fifty parsed items it would throw away."""

    title: str | None
    ttl: int | None
    error: str | None
    note: str | None
    """`ParsedFeed.note`: what was left out of the feed, or None."""
    keys: tuple[str, ...]
    """The keys of the items the body lists (`mark_listed`)."""


def process_body(
    body: bytes,
    url: str,
    fetched_at: datetime,
    content_type: str | None,
    actors: tuple[ActorSpec, ...] = (),
    known: frozenset[tuple[str, str]] = frozenset(),
    max_items: int = MAX_ITEMS,
) -> tuple[FeedInfo, tuple[ItemRecord, ...]]:
    """Parse a feed body and extract its new and changed items; the worker's entry point.

    `known` holds the (key, content hash) pairs already stored for this feed: a feed
    re-serves dozens of unchanged items on every change, and extracting them again would
    cost most of the pass for nothing. Only the newest `max_items` items are read
    (settings.max_items); the `FeedInfo`'s note says how many were left out and why.
    """
    parsed = parse_feed(
        body, url=url, fetched_at=fetched_at, content_type=content_type, max_items=max_items
    )
    records = tuple(
        ItemRecord(
            key=item.key,
            guid=item.guid,
            link=item.link,
            title=item.title,
            summary=item.summary,
            author=item.author,
            published=item.published or item.updated,
            updated=item.updated,
            content_hash=item.content_hash,
            extraction=extract_item(
                item.title, item.summary, item.published or item.updated or fetched_at, actors
            ),
        )
        for item in parsed.items
        if (item.key, item.content_hash) not in known
    )
    keys = tuple(item.key for item in parsed.items)
    return FeedInfo(parsed.title, parsed.ttl, parsed.error, parsed.note, keys), records

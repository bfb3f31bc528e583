"""CPU-bound work on a fetched body: parse the feed and extract facts from every item.

Runs in a worker process (a ProcessPoolExecutor uses both cores and keeps the event loop and
the dashboard responsive), so everything here is a top-level, picklable function of plain
data. The actor dictionary with the user's additions is built once per worker and reused.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from functools import lru_cache
from typing import NamedTuple

from extract.actors import ActorDictionary, ActorEntry
from extract.api import extract
from extract.model import Extraction
from ingest.chunks import cut, digests
from ingest.limits import MAX_ITEMS
from ingest.parse import ParsedFeed, ParsedItem, parse_feed
from storage.item_record import Chunk, ItemRecord

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
    chunks: tuple[Chunk, ...] = ()
    """What each item of the body parsed to, by the digest of its bytes (`ingest.chunks`),
    for the next body of the feed; empty when the body was not cut into items."""


def parse_known(
    body: bytes,
    url: str,
    fetched_at: datetime,
    content_type: str | None,
    known: frozenset[tuple[str, str]],
    max_items: int,
    chunks: Mapping[bytes, tuple[str, str]],
) -> tuple[ParsedFeed, tuple[str, ...], tuple[Chunk, ...], list[ParsedItem]]:
    """Parse a body, leaving out the items `chunks` knows whose (key, content hash) is in
    `known` (`ingest.chunks`): the feed, the keys of all its items, what each of its items
    parsed to by digest (empty when the body was not cut), and the items that were parsed and
    are not known, in the body's order."""
    found = cut(body, content_type, max_items)
    if found is not None:
        marks = digests(found, url, content_type)
        keep = [i for i, d in enumerate(marks) if chunks.get(d) not in known]
        if len(keep) < len(marks):
            short = parse_feed(
                found.document(keep),
                url=url,
                fetched_at=fetched_at,
                content_type=content_type,
                max_items=max_items,
            )
            if short.wellformed and not short.error and len(short.items) == len(keep):
                parsed = dict(zip(keep, short.items, strict=True))
                pairs = [
                    (item.key, item.content_hash) if (item := parsed.get(i)) else chunks[d]
                    for i, d in enumerate(marks)
                ]
                return (
                    short,
                    tuple(key for key, _ in pairs),
                    tuple((d, k, h) for d, (k, h) in zip(marks, pairs, strict=True)),
                    [item for item in short.items if (item.key, item.content_hash) not in known],
                )
    whole = parse_feed(
        body, url=url, fetched_at=fetched_at, content_type=content_type, max_items=max_items
    )
    kept: tuple[Chunk, ...] = ()
    if found is not None and whole.wellformed and len(whole.items) == len(found.items):
        kept = tuple(
            (d, item.key, item.content_hash)
            for d, item in zip(digests(found, url, content_type), whole.items, strict=True)
        )
    fresh = [item for item in whole.items if (item.key, item.content_hash) not in known]
    return whole, tuple(item.key for item in whole.items), kept, fresh


def process_body(
    body: bytes,
    url: str,
    fetched_at: datetime,
    content_type: str | None,
    actors: tuple[ActorSpec, ...] = (),
    known: frozenset[tuple[str, str]] = frozenset(),
    max_items: int = MAX_ITEMS,
    chunks: Mapping[bytes, tuple[str, str]] | None = None,
) -> tuple[FeedInfo, tuple[ItemRecord, ...]]:
    """Parse a feed body and extract its new and changed items; the worker's entry point.

    `known` holds the (key, content hash) pairs already stored for this feed: a feed
    re-serves dozens of unchanged items on every change, and extracting them again would
    cost most of the pass for nothing. Only the newest `max_items` items are read
    (settings.max_items); the `FeedInfo`'s note says how many were left out and why.
    """
    parsed, keys, kept, fresh = parse_known(
        body, url, fetched_at, content_type, known, max_items, chunks or {}
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
        for item in fresh
    )
    return FeedInfo(parsed.title, parsed.ttl, parsed.error, parsed.note, keys, kept), records

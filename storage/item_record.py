"""What a parse worker sends the writer for each new or changed item.

Apart from `storage.write`, so that the workers, which make these, never import the writer's
modules (SQLite, sqlite-utils and its command line).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from extract.model import Extraction, pickled_as_call

Chunk = tuple[bytes, str, str]
"""(digest, key, content hash): what one item's raw bytes in a feed's body parsed to
(`ingest.chunks`, `storage.feeds.feed_chunks`)."""


@pickled_as_call
@dataclass(frozen=True, slots=True)
class ItemRecord:
    """One parsed item with what was extracted from it, ready to store."""

    key: str
    guid: str | None
    link: str | None
    title: str
    summary: str
    author: str | None
    published: datetime | None
    updated: datetime | None
    content_hash: str
    extraction: Extraction

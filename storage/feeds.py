"""Feeds and their fetch state: the configured list mirrored in the database.

Only the poller writes here; `record_fetch` runs inside the same transaction as the items a
fetch brought, so a feed's new ETag is never stored without its items.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from storage.db import Storage


@dataclass(frozen=True, slots=True)
class FeedRow:
    """A feed as the poller needs it."""

    id: int
    url: str
    name: str | None
    etag: str | None
    last_modified: str | None
    error_count: int
    next_fetch: float | None
    enabled: bool
    gone: bool


@dataclass(frozen=True, slots=True)
class FetchOutcome:
    """What one fetch did to a feed's state."""

    status: int | None
    error: str | None
    etag: str | None
    last_modified: str | None
    next_fetch: float
    interval: float
    title: str | None = None
    gone: bool = False
    bytes: int | None = None
    elapsed: float | None = None
    note: str | None = None
    """What a fetch that brought a body left out (items skipped), shown beside the feed's
    status; a failure or a 304 (no body) keeps the note of the last body."""


def sync_feeds(
    store: Storage, feeds: Iterable[tuple[str, str | None, Sequence[str], bool]], now: float
) -> dict[str, int]:
    """Make the feeds table match the configured (url, name, tags, enabled) list.

    Feeds that left the configuration keep their rows and items (history stays quotable) but
    are disabled. Returns url -> feed id.
    """
    ids: dict[str, int] = {}
    with store.transaction():
        store.execute("UPDATE feeds SET enabled = 0")
        for url, name, tags, enabled in feeds:
            store.execute(
                """INSERT INTO feeds (url, name, tags, enabled, created) VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT(url) DO UPDATE SET name = excluded.name, tags = excluded.tags,
                   enabled = excluded.enabled""",
                (url, name, json.dumps(list(tags)), int(enabled), now),
            )
            ids[url] = int(store.scalar("SELECT id FROM feeds WHERE url = ?", (url,)))
    return ids


def feed_rows(store: Storage) -> list[FeedRow]:
    return [
        FeedRow(
            id=r["id"],
            url=r["url"],
            name=r["name"],
            etag=r["etag"],
            last_modified=r["last_modified"],
            error_count=r["error_count"],
            next_fetch=r["next_fetch"],
            enabled=bool(r["enabled"]),
            gone=bool(r["gone"]),
        )
        for r in store.rows("SELECT * FROM feeds ORDER BY id")
    ]


def record_fetch(
    store: Storage,
    feed_id: int,
    outcome: FetchOutcome,
    now: float,
    new_items: int = 0,
    changed_items: int = 0,
) -> None:
    """Update a feed's fetch state and append to the fetch log (inside the caller's transaction)."""
    failed = outcome.error is not None
    store.execute(
        """UPDATE feeds SET
             etag = CASE WHEN ? THEN etag ELSE ? END,
             last_modified = CASE WHEN ? THEN last_modified ELSE ? END,
             last_status = ?, last_error = ?, last_fetch = ?,
             last_ok = CASE WHEN ? THEN last_ok ELSE ? END,
             error_count = CASE WHEN ? THEN error_count + 1 ELSE 0 END,
             next_fetch = ?, interval = ?, gone = ?,
             title = COALESCE(?, title),
             last_note = CASE WHEN ? THEN last_note ELSE ? END
           WHERE id = ?""",
        (
            failed,
            outcome.etag,
            failed,
            outcome.last_modified,
            outcome.status,
            outcome.error,
            now,
            failed,
            now,
            failed,
            outcome.next_fetch,
            outcome.interval,
            int(outcome.gone),
            outcome.title,
            failed or outcome.bytes is None,
            outcome.note,
            feed_id,
        ),
    )
    store.execute(
        """INSERT INTO fetch_log (feed_id, at, status, error, new_items, changed_items, bytes,
           elapsed, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            feed_id,
            now,
            outcome.status,
            outcome.error,
            new_items,
            changed_items,
            outcome.bytes,
            outcome.elapsed,
            outcome.note,
        ),
    )


def feed_chunks(store: Storage, feed_id: int) -> dict[bytes, tuple[str, str]]:
    """The (key, content hash) each item of the feed's last parsed body gave, by digest."""
    return {
        bytes(digest): (str(key), str(content_hash))
        for digest, key, content_hash in store.execute(
            "SELECT digest, key, content_hash FROM feed_chunks WHERE feed_id = ?", [feed_id]
        )
    }


def save_chunks(store: Storage, feed_id: int, chunks: Sequence[tuple[bytes, str, str]]) -> None:
    """Keep what the items of the body just stored parsed to, (digest, key, content hash)
    each (`storage.item_record.Chunk`), as the feed's (inside its transaction)."""
    store.execute("DELETE FROM feed_chunks WHERE feed_id = ?", [feed_id])
    store.conn.executemany(
        "INSERT OR REPLACE INTO feed_chunks (feed_id, digest, key, content_hash) "
        "VALUES (?, ?, ?, ?)",
        [(feed_id, digest, key, content_hash) for digest, key, content_hash in chunks],
    )

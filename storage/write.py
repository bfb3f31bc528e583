"""The writer's side: items with their versions, figures and mentions.

Only the poller (the holder of the lease) calls these, each feed's work inside one
`Storage.transaction()`, so that items, figures and the feed's new ETag commit together or not
at all: a crash half-way leaves the previous state, and the next poll fetches again.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import datetime

from extract.events import Report
from extract.model import Extraction
from storage.db import Storage
from storage.event_tallies import refresh_dirty
from storage.events import (
    check_word_rules,
    event_writer,
    item_words,
    ready_writer,
    reports_of,
    stored_words,
    warm_event_writer,
)
from storage.item_record import ItemRecord as ItemRecord  # where callers long found it
from storage.stories import assign_story, story_index

FUTURE_SLACK = 300.0
"""Seconds a published time may lie ahead of the clock before it is treated as wrong."""


def known_items(store: Storage, feed_id: int, limit: int = 5000) -> frozenset[tuple[str, str]]:
    """(key, content hash) of a feed's most recent stored items, to skip unchanged ones."""
    rows = store.execute(
        "SELECT key, content_hash FROM items WHERE feed_id = ? ORDER BY effective DESC LIMIT ?",
        (feed_id, limit),
    ).fetchall()
    return frozenset((str(k), str(h)) for k, h in rows)


def warm_writer(store: Storage, now: float) -> Iterator[None]:
    """Read ahead, in short steps, what the first feed stored from `now` on would read first:
    the open stories, then each country's stored event index (`warm_event_writer`). A poller
    takes a step at a time while it waits for its parse workers to start; what a step loads
    is what the first item or figure of that story window or country would have loaded, so
    what is stored is the same. Reads only, outside any transaction."""
    story_index(store).warm(now)
    yield
    yield from warm_event_writer(store, now)


def _version_row(
    item_id: int, version: int, item: ItemRecord, published: float | None, now: float
) -> tuple[object, ...]:
    """One `item_versions` row (`_INSERT_VERSION`): the text of an item as this version had it."""
    return (
        item_id,
        version,
        item.title,
        item.summary,
        item.link,
        published,
        item.content_hash,
        now,
    )


def _effective(published: datetime | None, now: float) -> float:
    """Windows use the published time, or first-seen when it is missing or in the future."""
    if published is None:
        return now
    ts = published.timestamp()
    return now if ts > now + FUTURE_SLACK else ts


_INSERT_ITEM = """INSERT INTO items (id, feed_id, key, guid, link, title, summary, author,
    published, updated, first_seen, effective, content_hash, version, killed, injured, actors,
    places, story_id, match_words) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,1,?,?,?,?,?,?)"""
_INSERT_VERSION = """INSERT INTO item_versions (item_id, version, title, summary, link,
    published, content_hash, seen) VALUES (?,?,?,?,?,?,?,?)"""
_INSERT_FIGURE = """INSERT INTO figures (id, item_id, version, latest, idx, story_id, effective,
    kind, count, low, high, qualifier, victims, cumulative, is_update, period, period_start,
    source, source_kind, perpetrator, country, place, conflict, part_of, sentence, span_start,
    span_end, set_aside, event_id)
    VALUES (?,?,?,1,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"""
_INSERT_MENTION = (
    "INSERT INTO mentions (item_id, actor, kind, country, count, effective) VALUES (?,?,?,?,?,?)"
)
_INSERT_PLACE = """INSERT INTO place_mentions (item_id, place, country, lat, lon, place_kind,
    count, effective) VALUES (?,?,?,?,?,?,?,?)"""
_ADD_ACTOR_HOUR = """INSERT INTO actor_hours (actor, hour, feed_id, mentions, items)
    VALUES (?,?,?,?,1) ON CONFLICT(actor, hour, feed_id) DO UPDATE SET
    mentions = mentions + excluded.mentions, items = items + 1"""


class _Rows:
    """The rows of a feed's new items, written one statement per table by `flush`.

    Ids are given here as SQLite would give them (one past the largest), so that an item's
    figures and mentions can be written beside it without asking the database first.
    """

    def __init__(self, store: Storage) -> None:
        self.store = store
        self.items: list[tuple[object, ...]] = []
        self.versions: list[tuple[object, ...]] = []
        self.figures: list[tuple[object, ...]] = []
        self.mentions: list[tuple[object, ...]] = []
        self.places: list[tuple[object, ...]] = []
        self.hours: list[tuple[object, ...]] = []
        self.next_item = 0
        self.next_figure = 0
        self._ids()

    def _ids(self) -> None:
        self.next_item = _max_id(self.store, "items") + 1
        self.next_figure = _max_id(self.store, "figures") + 1

    def place(self, events: dict[int, int]) -> None:
        """Give the pending figures their events (`EventWriter.place`), removing them from
        `events`: what is left there belongs to figures already written."""
        if events:
            self.figures = [
                (*row[:-1], events.pop(row[0])) if row[0] in events else row for row in self.figures
            ]

    def flush(self) -> None:
        """Write what is pending (the stories first: items refer to them)."""
        story_index(self.store).save()
        conn = self.store.conn
        for sql, rows in (
            (_INSERT_ITEM, self.items),
            (_INSERT_VERSION, self.versions),
            (_INSERT_FIGURE, self.figures),
            (_INSERT_MENTION, self.mentions),
            (_INSERT_PLACE, self.places),
            (_ADD_ACTOR_HOUR, self.hours),
        ):
            if rows:
                conn.executemany(sql, rows)
                rows.clear()
        self._ids()


def _max_id(store: Storage, table: str) -> int:
    """The largest id of a table (0 when empty): the next row SQLite adds gets one more."""
    return int(store.scalar(f"SELECT COALESCE(MAX(id), 0) FROM {table}"))


def store_items(
    store: Storage,
    feed_id: int,
    items: Sequence[ItemRecord],
    now: float,
    *,
    refresh: bool = True,
) -> tuple[list[int], list[int]]:
    """Insert new items and new versions of changed ones (inside the caller's transaction).

    Returns (ids of new items, ids of changed items). An unchanged item costs one indexed
    lookup; a changed one keeps its earlier text in item_versions and its earlier figures,
    marked no longer latest, so a revised toll stays visible. With `refresh`, the stored
    tallies of the events touched are brought up to date before returning, in the same
    transaction; a poller storing many feeds in a row refreshes them once in a while instead
    (readers compute an event still marked changed from its figures, so no number is stale).

    The feed's stored items are looked up in one query; new items are written one statement
    per table for the whole feed.
    """
    new_ids: list[int] = []
    changed_ids: list[int] = []
    reports: list[Report] = []
    feed_url = str(store.scalar("SELECT url FROM feeds WHERE id = ?", [feed_id]))
    check_word_rules(store)
    stored = _stored(store, feed_id, items)
    rows = _Rows(store)
    for item in items:
        row = stored.get(item.key)
        ex = item.extraction
        story_id: int | None
        actors = json.dumps([a.actor for a in ex.actors])
        places = json.dumps([p.place for p in ex.places])
        published = item.published.timestamp() if item.published else None
        updated = item.updated.timestamp() if item.updated else None
        words = (
            item_words(item.title, [*(p.place for p in ex.places), *(a.actor for a in ex.actors)])
            if ex.figures
            else None
        )
        match_words = stored_words(words) if words is not None else None
        if row is None:
            effective = _effective(item.published, now)
            story_id = assign_story(store, feed_id, item.title, effective, ex)
            item_id = rows.next_item
            rows.next_item += 1
            version = 1
            rows.items.append(
                (
                    item_id,
                    feed_id,
                    item.key,
                    item.guid,
                    item.link,
                    item.title,
                    item.summary,
                    item.author,
                    published,
                    updated,
                    now,
                    effective,
                    item.content_hash,
                    ex.killed,
                    ex.injured,
                    actors,
                    places,
                    story_id,
                    match_words,
                )
            )
            _mention_rows(rows, item_id, feed_id, ex, effective)
            rows.versions.append(_version_row(item_id, version, item, published, now))
            first = rows.next_figure
            rows.next_figure += len(ex.figures)
            rows.figures.extend(_figure_rows(first, item_id, version, story_id, effective, ex))
            ids = list(range(first, first + len(ex.figures)))
            new_ids.append(item_id)
        elif row[1] != item.content_hash:
            rows.flush()  # a changed item reads and replaces stored rows: write the rest first
            item_id, version, effective, story_id = int(row[0]), int(row[2]) + 1, row[3], row[4]
            store.execute(
                """UPDATE items SET guid = ?, link = ?, title = ?, summary = ?, author = ?,
                   published = ?, updated = ?, content_hash = ?, version = ?, killed = ?,
                   injured = ?, actors = ?, places = ?, match_words = ? WHERE id = ?""",
                (
                    item.guid,
                    item.link,
                    item.title,
                    item.summary,
                    item.author,
                    published,
                    updated,
                    item.content_hash,
                    version,
                    ex.killed,
                    ex.injured,
                    actors,
                    places,
                    match_words,
                    item_id,
                ),
            )
            store.execute("UPDATE figures SET latest = 0 WHERE item_id = ?", (item_id,))
            replace_mentions(store, item_id, feed_id, ex, effective)
            store.execute(_INSERT_VERSION, _version_row(item_id, version, item, published, now))
            ids = insert_figures(store, item_id, version, story_id, effective, ex)
            rows.next_figure += len(ids)
            changed_ids.append(item_id)
        else:
            continue
        stored[item.key] = (item_id, item.content_hash, version, effective, story_id)
        if not ids or words is None:
            continue
        reports += reports_of(
            ids,
            ex.figures,
            effective=effective,
            feed_url=feed_url,
            item_key=item.key,
            version=version,
            words=words,
        )
    writer = ready_writer(store) if reports else None
    if writer is not None:  # the new figures are written with their events
        events = writer.place(reports)
        rows.place(events)
        rows.flush()
        writer.record(events)
    else:
        rows.flush()
        event_writer(store).add(reports)
    if new_ids:
        store.execute("UPDATE feeds SET items = items + ? WHERE id = ?", (len(new_ids), feed_id))
    stories = story_index(store)
    stories.evict(now)
    if refresh:
        refresh_dirty(store)
    return new_ids, changed_ids


_Stored = tuple[int, str, int, float, int | None]
"""(id, content hash, version, effective, story id) of a stored item."""


def _stored(store: Storage, feed_id: int, items: Sequence[ItemRecord]) -> dict[str, _Stored]:
    """The feed's stored items among `items`, by key, in one query."""
    if not items:
        return {}
    found: dict[str, _Stored] = {}
    keys = json.dumps([item.key for item in items])
    for key, item_id, content_hash, version, effective, story_id in store.execute(
        "SELECT key, id, content_hash, version, effective, story_id FROM items "
        "WHERE feed_id = ? AND key IN (SELECT value FROM json_each(?))",
        (feed_id, keys),
    ):
        found[key] = (item_id, content_hash, version, effective, story_id)
    return found


def mark_listed(store: Storage, feed_id: int, keys: Sequence[str]) -> None:
    """Record which items the feed's latest parsed body lists (inside the feed's transaction).

    Retention never prunes a listed item. Only the items whose mark changes are written: one
    that left the feed, or one that came back to it.
    """
    listed = json.dumps(list(keys))
    store.execute(
        "UPDATE items SET listed = 0 WHERE feed_id = ? AND listed = 1 "
        "AND key NOT IN (SELECT value FROM json_each(?))",
        (feed_id, listed),
    )
    store.execute(
        "UPDATE items SET listed = 1 WHERE feed_id = ? AND listed = 0 "
        "AND key IN (SELECT value FROM json_each(?))",
        (feed_id, listed),
    )


def insert_figures(
    store: Storage,
    item_id: int,
    version: int,
    story_id: int | None,
    effective: float,
    ex: Extraction,
) -> list[int]:
    """Insert an item version's figures in extraction order; returns their ids."""
    if not ex.figures:
        return []
    first = _max_id(store, "figures") + 1
    store.conn.executemany(
        _INSERT_FIGURE, _figure_rows(first, item_id, version, story_id, effective, ex)
    )
    return [first + idx for idx in range(len(ex.figures))]


def _figure_rows(
    first: int,
    item_id: int,
    version: int,
    story_id: int | None,
    effective: float,
    ex: Extraction,
) -> list[tuple[object, ...]]:
    """The figures rows of an item version, ids from `first` on."""
    return [
        (
            first + idx,
            item_id,
            version,
            idx,
            story_id,
            effective,
            f.kind,
            f.count,
            f.low,
            f.high,
            f.qualifier,
            f.victims,
            int(f.cumulative),
            int(f.update),
            f.period,
            f.period_start.timestamp() if f.period_start else None,
            f.source,
            f.source_kind,
            f.perpetrator,
            f.country,
            f.place,
            int(f.conflict),
            f.part_of,
            f.sentence,
            f.span[0],
            f.span[1],
            f.set_aside,
            None,  # the event, last: `PendingRows.place` fills it in
        )
        for idx, f in enumerate(ex.figures)
    ]


def _mention_rows(
    rows: _Rows, item_id: int, feed_id: int, ex: Extraction, effective: float
) -> None:
    """Add an item's actor and place mentions, and its hourly actor counts, to `rows`."""
    rows.mentions.extend(
        (item_id, a.actor, a.kind, a.country, a.mentions, effective) for a in ex.actors
    )
    rows.places.extend(
        (item_id, p.place, p.country, p.lat, p.lon, p.kind, max(1, len(p.spans)), effective)
        for p in ex.places
    )
    hour = int(effective // 3600)
    rows.hours.extend((a.actor, hour, feed_id, a.mentions) for a in ex.actors)


def _insert_mentions(
    store: Storage, item_id: int, feed_id: int, ex: Extraction, effective: float
) -> None:
    conn = store.conn
    hour = int(effective // 3600)
    conn.executemany(
        _INSERT_MENTION,
        [(item_id, a.actor, a.kind, a.country, a.mentions, effective) for a in ex.actors],
    )
    conn.executemany(
        _INSERT_PLACE,
        [
            (item_id, p.place, p.country, p.lat, p.lon, p.kind, max(1, len(p.spans)), effective)
            for p in ex.places
        ],
    )
    conn.executemany(_ADD_ACTOR_HOUR, [(a.actor, hour, feed_id, a.mentions) for a in ex.actors])


def replace_mentions(
    store: Storage, item_id: int, feed_id: int, ex: Extraction, effective: float
) -> None:
    """A new version replaces the item's mentions; hourly counts move with them."""
    hour = int(effective // 3600)
    old = store.execute("SELECT actor, count FROM mentions WHERE item_id = ?", (item_id,))
    store.conn.executemany(
        "UPDATE actor_hours SET mentions = mentions - ?, items = items - 1 WHERE actor = ? "
        "AND hour = ? AND feed_id = ?",
        [(count, actor, hour, feed_id) for actor, count in old.fetchall()],
    )
    store.execute("DELETE FROM actor_hours WHERE items <= 0")
    store.execute("DELETE FROM mentions WHERE item_id = ?", (item_id,))
    store.execute("DELETE FROM place_mentions WHERE item_id = ?", (item_id,))
    _insert_mentions(store, item_id, feed_id, ex, effective)

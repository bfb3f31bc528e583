"""Read queries behind the panels and the JSON commands (through `storage.api.Archive`).

Every function takes a window start (`since`, epoch seconds or None for all time) and an
optional set of feed ids (a desk's `--tag`), and returns the records of `storage.records`, so
the command line and the dashboard show the same numbers under the same names.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from storage.db import Storage
from storage.figure_rows import figure_of
from storage.records import ActorActivity, FeedState, Item, ItemDetail, PlaceActivity, StoredFigure

HOUR = 3600
MAX_TREND_HOURS = 24 * 400
"""Longest hourly trend for a window that begins before the stored data."""
TREND_SLOTS = 168
"""Most entries of an actor's trend: a week of hours; a longer window is bucketed into
`trend_hours`-hour slots, so that `actors --json --since all` stays small whatever the span."""


def feeds_tagged(store: Storage, tag: str, configured: Mapping[str, Sequence[str]]) -> list[int]:
    """Ids of the feeds carrying `tag` (case-insensitively): tagged in the feed list now
    (`configured`: URL -> tags) or when they were last polled (their stored tags)."""
    wanted = tag.strip().lower()
    return [
        int(r["id"])
        for r in store.rows("SELECT id, url, tags FROM feeds ORDER BY id")
        if wanted
        in (t.lower() for t in (*json.loads(r["tags"] or "[]"), *configured.get(r["url"], ())))
    ]


def _feed_clause(column: str, feed_ids: Sequence[int] | None) -> tuple[str, list[Any]]:
    if feed_ids is None:
        return "", []
    if not feed_ids:
        return " AND 0", []
    return f" AND {column} IN ({','.join('?' * len(feed_ids))})", list(feed_ids)


def fts_query(text: str) -> str:
    """The user's words as literal FTS5 terms: `al-Assad` must never be a syntax error.

    Each word becomes a quoted string (quotes doubled), joined by implicit AND, so operators,
    hyphens, colons and parentheses are searched for, never interpreted.
    """
    words = [w for w in re.split(r"\s+", text.strip()) if w]
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def events(
    store: Storage,
    *,
    since: float | None,
    limit: int = 50,
    search: str | None = None,
    feed_ids: Sequence[int] | None = None,
    actor: str | None = None,
    place: str | None = None,
) -> list[Item]:
    """Latest items, newest first, with their casualty totals, actors, places and outlets."""
    where = " WHERE i.effective >= ?" if since is not None else " WHERE 1"
    params: list[Any] = [since] if since is not None else []
    clause, extra = _feed_clause("i.feed_id", feed_ids)
    where += clause
    params += extra
    if search and search.strip():
        where += " AND i.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)"
        params.append(fts_query(search))
    if actor:
        where += " AND i.id IN (SELECT item_id FROM mentions WHERE actor = ?)"
        params.append(actor)
    if place:
        where += " AND i.id IN (SELECT item_id FROM place_mentions WHERE place = ? OR country = ?)"
        params += [place, place]
    rows = store.rows(
        f"""SELECT i.id, i.title, i.link, i.summary, i.published, i.first_seen, i.effective,
                   i.killed, i.injured, i.actors, i.places, i.story_id, i.disputed, i.version,
                   COALESCE(f.name, f.title, f.url) AS feed,
                   COALESCE(s.sources, 1) AS sources
            FROM items i JOIN feeds f ON f.id = i.feed_id
            LEFT JOIN stories s ON s.id = i.story_id
            {where} ORDER BY i.effective DESC, i.id DESC LIMIT ?""",
        [*params, limit],
    )
    return [
        Item(
            id=r["id"],
            title=r["title"],
            link=r["link"],
            feed=r["feed"],
            summary=r["summary"],
            effective=r["effective"],
            first_seen=r["first_seen"],
            killed=r["killed"],
            injured=r["injured"],
            actors=tuple(json.loads(r["actors"])),
            places=tuple(json.loads(r["places"])),
            sources=r["sources"],
            story_id=r["story_id"],
            disputed=r["disputed"],
            version=r["version"],
        )
        for r in rows
    ]


def actors(
    store: Storage, *, since: float | None, now: float, feed_ids: Sequence[int] | None = None
) -> list[ActorActivity]:
    """Actor activity from the hourly aggregates: mentions, items, trend and change.

    The trend has one entry per hour of the window, oldest first, for windows up to a week;
    a longer window is bucketed into `trend_hours`-hour entries (at most `TREND_SLOTS`).

    `change` compares this window with the one before it of the same length:
    (this - previous) / max(previous, 1), so 1.0 = doubled and -0.5 = halved; for an all-time
    window there is nothing to compare, so it is 0.0.
    """
    now_hour = int(now // HOUR)
    clause, extra = _feed_clause("feed_id", feed_ids)
    lo = store.scalar("SELECT MIN(hour) FROM actor_hours")
    oldest = int(lo) if lo is not None else now_hour
    first = int(since // HOUR) if since is not None else oldest
    if first < oldest and now_hour - first > MAX_TREND_HOURS:
        # A window reaching back years before anything was stored starts with the data: an
        # entry per hour that can hold mentions, not one per hour since year 1.
        first = oldest
    length = max(1, now_hour - first + 1)
    per_slot = -(-length // TREND_SLOTS)
    slots = -(-length // per_slot)
    rows = store.execute(
        f"""SELECT actor, hour, SUM(mentions), SUM(items) FROM actor_hours
            WHERE hour >= ? {clause} GROUP BY actor, hour""",
        [first - (length if since is not None else 0), *extra],
    ).fetchall()
    trend: dict[str, list[int]] = defaultdict(lambda: [0] * slots)
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # mentions, items, previous
    for actor, hour, mentions, items in rows:
        if hour >= first:
            slot = min((hour - first) // per_slot, slots - 1)
            trend[actor][slot] += mentions
            totals[actor][0] += mentions
            totals[actor][1] += items
        else:
            totals[actor][2] += mentions
    names = [a for a in totals if totals[a][0] > 0]
    info = _actor_info(store, names)
    result = []
    for name in names:
        mentions, items, previous = totals[name]
        change = 0.0 if since is None else (mentions - previous) / max(previous, 1)
        kind, country, last_seen = info.get(name, (None, None, None))
        result.append(
            ActorActivity(
                actor=name,
                kind=kind,
                country=country,
                mentions=mentions,
                items=items,
                last_seen=last_seen,
                trend=tuple(trend[name]),
                trend_hours=per_slot,
                change=round(change, 3),
                previous=previous if since is not None else None,
            )
        )
    result.sort(key=lambda a: (-a.mentions, a.actor))
    return result


def _actor_info(store: Storage, names: Sequence[str]) -> dict[str, tuple[Any, Any, Any]]:
    info: dict[str, tuple[Any, Any, Any]] = {}
    for name in names:
        row = store.execute(
            "SELECT kind, country, effective FROM mentions WHERE actor = ? "
            "ORDER BY effective DESC LIMIT 1",
            (name,),
        ).fetchone()
        if row:
            info[name] = (row[0], row[1], row[2])
    return info


def places(
    store: Storage, *, since: float | None, feed_ids: Sequence[int] | None = None
) -> list[PlaceActivity]:
    """Places mentioned in the window, most mentioned first (`killed` 0: the read API takes
    it from the tally)."""
    where = "WHERE pm.effective >= ?" if since is not None else "WHERE 1"
    params: list[Any] = [since] if since is not None else []
    if feed_ids is not None:
        where += (
            " AND pm.item_id IN (SELECT id FROM items WHERE 1"
            + _feed_clause("feed_id", feed_ids)[0]
            + ")"
        )
        params += list(feed_ids)
    rows = store.rows(
        f"""SELECT place, country, MAX(lat) AS lat, MAX(lon) AS lon, SUM(count) AS mentions,
                   MAX(place_kind) AS kind
            FROM place_mentions pm {where} GROUP BY place, country
            ORDER BY mentions DESC, place""",
        params,
    )
    return [
        PlaceActivity(
            place=r["place"],
            country=r["country"],
            lat=r["lat"],
            lon=r["lon"],
            mentions=r["mentions"],
            kind=r["kind"],
        )
        for r in rows
    ]


def feeds_state(store: Storage) -> dict[str, FeedState]:
    """Every stored feed's fetch state by URL, with `newest`: the time of its newest item."""
    rows = store.rows(
        """SELECT f.*, (SELECT MAX(i.effective) FROM items i WHERE i.feed_id = f.id) AS newest
           FROM feeds f"""
    )
    return {
        r["url"]: FeedState(
            url=r["url"],
            title=r["title"],
            tags=tuple(json.loads(r["tags"] or "[]")),
            last_fetch=r["last_fetch"],
            last_ok=r["last_ok"],
            last_error=r["last_error"],
            last_note=r.get("last_note"),
            next_fetch=r["next_fetch"],
            error_count=r["error_count"] or 0,
            items=r["items"] or 0,
            pruned=r.get("pruned") or 0,
            gone=bool(r["gone"]),
            newest=r["newest"],
        )
        for r in rows
    }


def item_detail(store: Storage, item_id: int) -> ItemDetail | None:
    """One item with every figure (all versions) and the names found in it."""
    rows = store.rows(
        """SELECT i.*, COALESCE(f.name, f.title, f.url) AS feed, s.sources AS sources
           FROM items i JOIN feeds f ON f.id = i.feed_id LEFT JOIN stories s ON s.id = i.story_id
           WHERE i.id = ?""",
        (item_id,),
    )
    if not rows:
        return None
    item = rows[0]
    figures = store.rows(
        "SELECT * FROM figures WHERE item_id = ? ORDER BY version DESC, idx", (item_id,)
    )
    actors = store.execute("SELECT DISTINCT actor FROM mentions WHERE item_id = ?", (item_id,))
    places = store.execute(
        "SELECT DISTINCT place FROM place_mentions WHERE item_id = ?", (item_id,)
    )
    return ItemDetail(
        id=item["id"],
        title=item["title"],
        link=item["link"],
        summary=item["summary"],
        feed=item["feed"],
        effective=item["effective"],
        version=item["version"],
        disputed=item["disputed"],
        sources=item["sources"] or 1,
        outlets=tuple(outlets(store, item["story_id"], item["feed"])),
        figures=tuple(
            StoredFigure(
                id=f["id"],
                figure=figure_of(f),
                version=f["version"],
                latest=bool(f["latest"]),
                excluded=f["excluded"],
                effective=f["effective"],
            )
            for f in figures
        ),
        actors=tuple(sorted(str(r[0]) for r in actors)),
        places=tuple(sorted(str(r[0]) for r in places)),
    )


def outlets(store: Storage, story_id: int | None, own: str) -> list[str]:
    """The outlets reporting a story, by name, the item's own first: who "3 outlets" are."""
    names = [own]
    if story_id is not None:
        rows = store.execute(
            """SELECT DISTINCT COALESCE(f.name, f.title, f.url) FROM items i
               JOIN feeds f ON f.id = i.feed_id WHERE i.story_id = ? ORDER BY 1""",
            (story_id,),
        )
        names += [str(r[0]) for r in rows if r[0] != own]
    return names

"""Read queries behind the panels and the JSON commands.

Every function takes a window start (`since`, epoch seconds or None for all time) and an
optional set of feed ids (a desk's `--tag`), and returns plain dicts in the shapes docs/design.md
fixes for `--json`, so the command line and the dashboard show the same numbers.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from extract.times import iso
from storage.db import Storage

HOUR = 3600
MAX_TREND_HOURS = 24 * 400
TREND_SLOTS = 168
"""Most entries of an actor's trend: a week of hours; a longer window is bucketed into
`trend_hours`-hour slots, so that `actors --json --since all` stays small whatever the span."""
"""Longest hourly trend for a window that begins before the stored data."""


def feed_ids_for_tag(store: Storage, tag: str | None) -> list[int] | None:
    """Ids of the feeds carrying `tag`, or None when no tag filter is asked for."""
    if not tag:
        return None
    wanted = tag.strip().lower()
    return [
        int(r["id"])
        for r in store.rows("SELECT id, tags FROM feeds")
        if wanted in (t.lower() for t in json.loads(r["tags"] or "[]"))
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
) -> list[dict[str, Any]]:
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
        {
            "id": r["id"],
            "title": r["title"],
            "link": r["link"],
            "feed": r["feed"],
            # The time windows use: published, or first seen when missing or in the future.
            "published": iso(r["effective"]),
            "summary": r["summary"],
            "killed": r["killed"],
            "injured": r["injured"],
            "actors": json.loads(r["actors"]),
            "places": json.loads(r["places"]),
            "sources": r["sources"],
            "story_id": r["story_id"],
            "first_seen": iso(r["first_seen"]),
            "effective": r["effective"],
            "disputed": r["disputed"],
            "version": r["version"],
        }
        for r in rows
    ]


def actors(
    store: Storage, *, since: float | None, now: float, feed_ids: Sequence[int] | None = None
) -> list[dict[str, Any]]:
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
            {
                "actor": name,
                "kind": kind,
                "country": country,
                "mentions": mentions,
                "items": items,
                "last_seen": iso(last_seen),
                "trend": trend[name],
                "trend_hours": per_slot,
                "change": round(change, 3),
                "previous": previous if since is not None else None,
            }
        )
    result.sort(key=lambda a: (-a["mentions"], a["actor"]))
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
) -> list[dict[str, Any]]:
    """Places mentioned in the window, most mentioned first (killed is filled by the tally)."""
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
        {
            "place": r["place"],
            "country": r["country"],
            "lat": r["lat"],
            "lon": r["lon"],
            "mentions": r["mentions"],
            "kind": r["kind"],
            "killed": 0,
        }
        for r in rows
    ]


def feeds_state(store: Storage) -> dict[str, dict[str, Any]]:
    """Every stored feed's fetch state by URL, with `newest`: the time of its newest item."""
    rows = store.rows(
        """SELECT f.*, (SELECT MAX(i.effective) FROM items i WHERE i.feed_id = f.id) AS newest
           FROM feeds f"""
    )
    return {r["url"]: r for r in rows}


def item_detail(store: Storage, item_id: int) -> dict[str, Any] | None:
    """One item with its versions and every figure (all versions), for the event screen."""
    rows = store.rows(
        """SELECT i.*, COALESCE(f.name, f.title, f.url) AS feed, s.label AS story_label,
                  s.sources AS sources
           FROM items i JOIN feeds f ON f.id = i.feed_id LEFT JOIN stories s ON s.id = i.story_id
           WHERE i.id = ?""",
        (item_id,),
    )
    if not rows:
        return None
    item = rows[0]
    item["figures"] = store.rows(
        "SELECT * FROM figures WHERE item_id = ? ORDER BY version DESC, idx", (item_id,)
    )
    item["versions"] = store.rows(
        "SELECT * FROM item_versions WHERE item_id = ? ORDER BY version DESC", (item_id,)
    )
    item["mentions"] = store.rows("SELECT * FROM mentions WHERE item_id = ?", (item_id,))
    item["place_mentions"] = store.rows(
        "SELECT * FROM place_mentions WHERE item_id = ?", (item_id,)
    )
    item["outlets"] = outlets(store, item["story_id"], item["feed"])
    return item


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

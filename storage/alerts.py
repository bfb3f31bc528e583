"""The alerts log and the small key/value `meta` table that alert rules keep their state in.

Alerts are fired by the one process that holds the poller lease and read by every dashboard,
so the log lives in the database: a dashboard notices a commit (`data_version`), asks for the
alerts after the last id it showed, and notifies each one exactly once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from storage.db import Storage

if TYPE_CHECKING:
    # The records module imports the extractor's event and tally models: the poller, which
    # only logs alerts here, does not load them.
    from storage.records import Alert

_COLUMNS = "id, at, rule, item_id, message, link"


def log_alert(
    store: Storage,
    *,
    at: float,
    rule: str,
    item_id: int | None,
    message: str,
    link: str | None,
) -> int:
    """Append one alert and return its id.

    Commits on its own when no transaction is open, so a firing is durable before any
    command runs; inside a caller's transaction it becomes part of that transaction.
    """
    sql = "INSERT INTO alerts_log (at, rule, item_id, message, link) VALUES (?, ?, ?, ?, ?)"
    params = (at, rule, item_id, message, link)
    if store.conn.in_transaction:
        return int(store.execute(sql, params).lastrowid or 0)
    with store.transaction():
        return int(store.execute(sql, params).lastrowid or 0)


def alerts_after(store: Storage, after_id: int, limit: int = 500) -> list[Alert]:
    """Alerts logged after `after_id`, oldest first: what a dashboard has not notified yet
    (at most `limit`: ask again after the last one for more)."""
    rows = store.execute(
        f"SELECT {_COLUMNS} FROM alerts_log WHERE id > ? ORDER BY id LIMIT ?", (after_id, limit)
    )
    from storage.records import Alert

    return [Alert(*row) for row in rows]


def recent_alerts(store: Storage, limit: int = 200) -> list[Alert]:
    """The latest alerts, newest first (the alerts panel and log)."""
    from storage.records import Alert

    rows = store.execute(f"SELECT {_COLUMNS} FROM alerts_log ORDER BY id DESC LIMIT ?", (limit,))
    return [Alert(*row) for row in rows]


def last_alert_id(store: Storage) -> int:
    """The id of the newest alert, 0 when none: where a new dashboard starts notifying from."""
    return int(store.scalar("SELECT COALESCE(MAX(id), 0) FROM alerts_log") or 0)


def alerted(store: Storage, rule: str, item_id: int) -> bool:
    """Has `rule` already fired for this item? (Rules fire at most once per item.)"""
    row = store.execute(
        "SELECT 1 FROM alerts_log WHERE rule = ? AND item_id = ? LIMIT 1", (rule, item_id)
    ).fetchone()
    return row is not None


def get_meta(store: Storage, key: str) -> str | None:
    """The value stored under `key`, or None."""
    value = store.scalar("SELECT value FROM meta WHERE key = ?", (key,))
    return None if value is None else str(value)


def set_meta(store: Storage, key: str, value: str) -> None:
    """Store `value` under `key` (own transaction when none is open, like `log_alert`)."""
    sql = "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = ?"
    if store.conn.in_transaction:
        store.execute(sql, (key, value, value))
        return
    with store.transaction():
        store.execute(sql, (key, value, value))


def _marks(ids: Sequence[int]) -> str:
    return ",".join("?" * len(ids)) or "NULL"


def item_texts(store: Storage, ids: Sequence[int]) -> list[dict[str, Any]]:
    """id, title and summary of the given items, in id order (keyword rules)."""
    return store.rows(
        f"SELECT id, title, summary FROM items WHERE id IN ({_marks(ids)}) ORDER BY id", ids
    )


def actor_mentions(store: Storage, ids: Sequence[int]) -> list[dict[str, Any]]:
    """The actors named in the given items with the countries of the places named alongside
    (`item_id, actor, country, title, place_countries`), in item then actor order."""
    marks = _marks(ids)
    places: dict[int, set[str]] = {}
    for item_id, country in store.execute(
        f"SELECT item_id, country FROM place_mentions WHERE item_id IN ({marks})", ids
    ):
        if country:
            places.setdefault(item_id, set()).add(country)
    rows = store.rows(
        f"""SELECT m.item_id, m.actor, m.country, i.title FROM mentions m
            JOIN items i ON i.id = m.item_id WHERE m.item_id IN ({marks})
            ORDER BY m.item_id, m.actor""",
        ids,
    )
    for row in rows:
        row["place_countries"] = places.get(row["item_id"], set())
    return rows


def mentioned_elsewhere(store: Storage, actor: str, since: float, ids: Sequence[int]) -> bool:
    """Was `actor` named since `since` in an item other than the given ones?"""
    row = store.execute(
        f"""SELECT 1 FROM mentions WHERE actor = ? AND effective >= ?
            AND item_id NOT IN ({_marks(ids)}) LIMIT 1""",
        [actor, since, *ids],
    ).fetchone()
    return row is not None


def alert_item(store: Storage, item_id: int) -> dict[str, Any] | None:
    """What an alert tells about its item: text, link, times, counts and the feed's name."""
    rows = store.rows(
        """SELECT i.id, i.title, i.link, i.summary, i.published, i.effective, i.killed,
                  i.injured, COALESCE(f.name, f.title, f.url) AS feed
           FROM items i JOIN feeds f ON f.id = i.feed_id WHERE i.id = ?""",
        (item_id,),
    )
    return rows[0] if rows else None


def first_successful_fetch(store: Storage, feed_id: int) -> tuple[int, float] | None:
    """(how many successful fetches are logged for the feed, up to 2; the time of the
    first), or None when none is: whether the fetch just logged was the feed's first."""
    row = store.execute(
        """SELECT COUNT(*), MIN(at) FROM (SELECT at FROM fetch_log
           WHERE feed_id = ? AND error IS NULL ORDER BY at LIMIT 2)""",
        (feed_id,),
    ).fetchone()
    if row is None or not row[0]:
        return None
    return int(row[0]), float(row[1])


def item_times(store: Storage, ids: Sequence[int]) -> dict[int, tuple[float, float]]:
    """(first seen, effective) of the given items: when sitrep stored each, and the time it
    tells of (published, or first seen when the feed gave none)."""
    rows = store.execute(
        f"SELECT id, first_seen, effective FROM items WHERE id IN ({_marks(ids)})", ids
    )
    return {int(r[0]): (float(r[1]), float(r[2])) for r in rows}

"""Casualty tallies for a window, place, actor or desk, computed from the stored figures.

The rules live in `extract.tally` (pure); this module picks the figures they need: every
figure of every story that has a figure in the window, so a series begun before the window
can count only its rise, and long-run tolls can be told apart as context.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from extract.model import Figure
from extract.tally import Tally, TallyFigure, tally, tally_to_json
from storage.db import Storage
from storage.queries import _feed_clause


def _figure(row: dict[str, Any]) -> Figure:
    return Figure(
        kind=row["kind"],
        count=row["count"],
        low=row["low"],
        high=row["high"],
        qualifier=row["qualifier"],
        victims=row["victims"],
        sentence=row["sentence"],
        span=(row["span_start"], row["span_end"]),
        cumulative=bool(row["cumulative"]),
        update=bool(row["is_update"]),
        period=row["period"],
        period_start=(
            datetime.fromtimestamp(row["period_start"], UTC)
            if row["period_start"] is not None
            else None
        ),
        source=row["source"],
        source_kind=row["source_kind"],
        perpetrator=row["perpetrator"],
        country=row["country"],
        place=row["place"],
        conflict=bool(row["conflict"]),
        part_of=row["part_of"],
    )


_SELECT = """SELECT f.*, i.title AS item_title, i.link AS item_link, i.disputed,
                   i.feed_id, COALESCE(fe.name, fe.title, fe.url) AS feed,
                   COALESCE(s.label, i.title) AS story_label
            FROM figures f JOIN items i ON i.id = f.item_id
            JOIN feeds fe ON fe.id = i.feed_id
            LEFT JOIN stories s ON s.id = f.story_id"""
CHUNK = 500
"""Ids per `IN (...)` list: well under SQLite's limit on bound parameters."""


def load_figures(
    store: Storage,
    *,
    since: float | None,
    feed_ids: Sequence[int] | None = None,
    place: str | None = None,
    actor: str | None = None,
) -> list[TallyFigure]:
    """Figures of the stories touched in the window (with their earlier values)."""
    window = "f.effective >= ?" if since is not None else "1"
    params: list[Any] = [since] if since is not None else []
    clause, extra = _feed_clause("i.feed_id", feed_ids)
    rows = store.rows(
        f"""{_SELECT}
            WHERE f.story_id IN (
                SELECT DISTINCT f2.story_id FROM figures f2 JOIN items i ON i.id = f2.item_id
                WHERE {window.replace("f.", "f2.")} {clause})
            {clause}
            ORDER BY f.effective, f.id""",
        [*params, *extra, *extra],
    )
    if actor:
        mentioned = {
            r[0] for r in store.execute("SELECT item_id FROM mentions WHERE actor = ?", (actor,))
        }
        rows = [
            r for r in rows if r["item_id"] in mentioned or actor in (r["perpetrator"], r["source"])
        ]
    if place:
        wanted = place.casefold()
        rows = [
            r
            for r in rows
            if wanted in ((r["place"] or "").casefold(), (r["country"] or "").casefold())
        ]
    return [_tally_figure(r) for r in rows]


def figures_where(store: Storage, column: str, ids: Sequence[int]) -> list[TallyFigure]:
    """Every figure whose `column` ("f.story_id", "f.id", "f.item_id") is one of `ids`,
    oldest first."""
    found: list[TallyFigure] = []
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        marks = ",".join("?" * len(chunk))
        rows = store.rows(f"{_SELECT} WHERE {column} IN ({marks})", chunk)
        found.extend(_tally_figure(r) for r in rows)
    found.sort(key=lambda t: (t.published, t.id))
    return found


def _tally_figure(r: dict[str, Any]) -> TallyFigure:
    return TallyFigure(
        id=r["id"],
        figure=_figure(r),
        item_id=r["item_id"],
        item_title=r["item_title"],
        item_link=r["item_link"],
        feed=r["feed"],
        published=datetime.fromtimestamp(r["effective"], UTC),
        story_id=r["story_id"] or -r["item_id"],
        story_label=r["story_label"],
        latest_version=bool(r["latest"]),
        excluded=bool(r["excluded"] or r["disputed"]),
        excluded_reason=(
            r["excluded"]
            if r["excluded"]
            else (f"item disputed: {r['disputed']}" if r["disputed"] else None)
        ),
    )


def compute_tally(
    store: Storage,
    *,
    since: float | None,
    now: float,
    feed_ids: Sequence[int] | None = None,
    place: str | None = None,
    actor: str | None = None,
) -> Tally:
    figures = load_figures(store, since=since, feed_ids=feed_ids, place=place, actor=actor)
    return tally(
        figures,
        since=datetime.fromtimestamp(since, UTC) if since is not None else None,
        now=datetime.fromtimestamp(now, UTC),
    )


def tally_json(store: Storage, **kwargs: Any) -> dict[str, object]:
    """`sitrep tally --json`: the DESIGN.md shape."""
    return tally_to_json(compute_tally(store, **kwargs))


def killed_by_place(result: Tally) -> dict[str, int]:
    """Tallied deaths per place (and per country) from the stories of a tally."""
    killed: dict[str, int] = {}
    for story in result.stories:
        for key in {story.place, story.country} - {None}:
            assert key is not None
            killed[key] = killed.get(key, 0) + story.killed
    return killed

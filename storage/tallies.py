"""Casualty tallies for a window, place, actor or desk, computed from the stored figures.

The rules live in `extract.tally` (pure); this module picks the figures they need: every
figure of every story that has a figure in the window, so a series begun before the window
can count only its rise, and long-run tolls can be told apart as context.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from extract.scope import PlaceContains, default_contains
from extract.tally import Tally, TallyFigure, tally
from extract.tally_filter import actor_names, area_filter, canonical_place
from storage.db import Storage
from storage.figure_rows import TALLY_SELECT, tally_figure_of
from storage.queries import _feed_clause

if TYPE_CHECKING:
    from extract.actors import ActorDictionary

CHUNK = 500
"""Ids per `IN (...)` list: well under SQLite's limit on bound parameters."""


def load_figures(
    store: Storage,
    *,
    since: float | None,
    feed_ids: Sequence[int] | None = None,
    place: str | None = None,
    actor: str | None = None,
    dictionary: ActorDictionary | None = None,
    contains: PlaceContains = default_contains,
) -> list[TallyFigure]:
    """Figures of the events touched in the window (with their earlier values).

    `place` keeps the figures inside that place or country (Gaza includes Khan Younis);
    `actor` keeps those of items mentioning the actor, or that it caused or reported, by any
    of its names (`extract.tally_filter`; `dictionary` defaults to the bundled one).
    """
    inner, outer = ("f2.effective >= ?", "f.effective >= ?") if since is not None else ("1", "1")
    params: list[Any] = [since] if since is not None else []
    clause, extra = _feed_clause("i.feed_id", feed_ids)
    # Figures not yet placed in an event (a database from before events, until its writer
    # runs) stand alone.
    rows = store.rows(
        f"""{TALLY_SELECT}
            WHERE f.event_id IN (
                SELECT DISTINCT f2.event_id FROM figures f2 JOIN items i ON i.id = f2.item_id
                WHERE {inner} AND f2.event_id IS NOT NULL {clause})
            {clause}
            UNION ALL {TALLY_SELECT}
            WHERE f.event_id IS NULL AND {outer} {clause}
            ORDER BY effective, id""",
        [*params, *extra, *extra, *params, *extra],
    )
    if actor:
        names = actor_names(actor, dictionary) or (actor,)
        marks = ",".join("?" * len(names))
        mentioned = {
            r[0]
            for r in store.execute(
                f"SELECT item_id FROM mentions WHERE actor IN ({marks})", list(names)
            )
        }
        wanted = set(names)
        rows = [
            r
            for r in rows
            if r["item_id"] in mentioned or r["perpetrator"] in wanted or r["source"] in wanted
        ]
    if place:
        keep = area_filter(canonical_place(place) or place, contains)
        rows = [r for r in rows if keep(r["place"], r["country"])]
    return [tally_figure_of(r) for r in rows]


def figures_where(store: Storage, column: str, ids: Sequence[int]) -> list[TallyFigure]:
    """Every figure whose `column` ("f.event_id", "f.id", "f.item_id") is one of `ids`,
    oldest first."""
    found: list[TallyFigure] = []
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        marks = ",".join("?" * len(chunk))
        cursor = store.execute(f"{TALLY_SELECT} WHERE {column} IN ({marks})", chunk)
        names = [d[0] for d in cursor.description]
        # row by row: a busy event has thousands of figures, and a list of their rows as
        # dicts beside their figures doubled what refreshing it held at once
        found.extend(tally_figure_of(dict(zip(names, row, strict=True))) for row in cursor)
    found.sort(key=lambda t: t.rank)
    return found


def compute_tally(
    store: Storage,
    *,
    since: float | None,
    now: float,
    feed_ids: Sequence[int] | None = None,
    place: str | None = None,
    actor: str | None = None,
    dictionary: ActorDictionary | None = None,
) -> Tally:
    """The tally of the window [since, now], optionally of one desk, place or actor (see
    `load_figures` for what the filters keep)."""
    figures = load_figures(
        store,
        since=since,
        feed_ids=feed_ids,
        place=place,
        actor=actor,
        dictionary=dictionary,
    )
    return tally(
        figures,
        since=datetime.fromtimestamp(since, UTC) if since is not None else None,
        now=datetime.fromtimestamp(now, UTC),
    )


def killed_by_place(result: Tally) -> dict[str, int]:
    """Tallied deaths per place (and per country) from the events of a tally."""
    killed: dict[str, int] = {}
    for event in result.events:
        place, country, n = event.place, event.country, event.killed
        if place is not None:
            killed[place] = killed.get(place, 0) + n
        if country is not None and country != place:
            killed[country] = killed.get(country, 0) + n
    return killed


def known_place(name: str, store: Storage | None = None) -> str | None:
    """The canonical name of a place or country to filter on, or None when unknown.

    The gazetteer answers first ("gaza strip" -> "Gaza"); with `store`, a place or country
    stored on a figure is known too, in its stored spelling.
    """
    found = canonical_place(name)
    if found is not None or store is None:
        return found
    stored = store.scalar(
        "SELECT value FROM (SELECT place AS value FROM figures UNION SELECT country FROM figures)"
        " WHERE value = ? COLLATE NOCASE LIMIT 1",
        [name],
    )
    return str(stored) if stored is not None else None


def actor_candidates(
    name: str, store: Storage | None = None, dictionary: ActorDictionary | None = None
) -> tuple[str, ...]:
    """Every canonical actor `name` may stand for: several for an ambiguous alias ("SNA").

    With `store`, a name stored as a mention, perpetrator or source (an actor the user added
    in feeds.yaml) is known as well, in its stored spelling.
    """
    found = actor_names(name, dictionary)
    if found or store is None:
        return found
    stored = store.scalar(
        "SELECT value FROM (SELECT actor AS value FROM mentions"
        " UNION SELECT perpetrator FROM figures UNION SELECT source FROM figures)"
        " WHERE value = ? COLLATE NOCASE LIMIT 1",
        [name],
    )
    return (str(stored),) if stored is not None else ()


def known_actor(
    name: str, store: Storage | None = None, dictionary: ActorDictionary | None = None
) -> str | None:
    """The one canonical actor `name` stands for ("RSF" -> "Rapid Support Forces"), or None
    when it names no actor or several (`actor_candidates` lists them)."""
    found = actor_candidates(name, store, dictionary)
    return found[0] if len(found) == 1 else None

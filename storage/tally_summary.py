"""The tally panels read: every number of `compute_tally`, from the stored story tallies.

`tally_summary` returns the same `Tally` as `storage.tallies.compute_tally` - the same totals,
countries, stories, context tolls and sparkline points - except `figures`, which is empty: the
verdict of every figure is what the JSON output and the tally detail screen show, and they ask
`compute_tally` for it.

Stories whose figures all lie inside the window are read from `story_tallies`
(`storage.story_tallies` says when a stored value holds). Only the stories the window's start
cuts through and stories changed since their value was stored are computed from their figures
(figures without a story are in no tally, as in `compute_tally`). Stories add up per country as
usual; a country is combined story by story only when one of its stories is an area-wide toll
that may contain the others, and is otherwise a plain sum, which is what
`extract.tally_country.combine` makes of it too.

With a filter (desk, place or actor) the stored values, which count every outlet and every
figure, do not apply: the summary is then `compute_tally`'s result itself.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from extract.scope import default_contains
from extract.tally import (
    TalliedFigure,
    Tally,
    TallyFigure,
    Verdicts,
    assemble,
    story_value,
)
from extract.tally_country import CountryTally, StoryTally, StoryValue, combine
from storage.db import Storage
from storage.story_tallies import rules_current, story_value_of
from storage.tallies import compute_tally, figures_where

_FRESH = """st.first_at >= :lo AND +st.last_at <= :now
    AND (st.valid_from IS NULL OR st.valid_from < :horizon)
    AND st.story_id NOT IN (SELECT story_id FROM story_dirty)"""
"""A stored story value that holds for the window: every figure inside it, nothing changed."""

_LABEL = "COALESCE(s.label, (SELECT title FROM items WHERE id = st.first_item))"

_STORIES = f"""SELECT st.story_id, {_LABEL}, st.country, st.place, st.killed, st.injured,
        st.figure_ids, st.civilians, st.killed_low, st.killed_high,
        MAX(COALESCE(st.killed_as_of, st.injured_as_of),
            COALESCE(st.injured_as_of, st.killed_as_of)),
        st.context_ids, st.first_at, st.first_figure
    FROM story_tallies st LEFT JOIN stories s ON s.id = st.story_id
    WHERE {_FRESH}"""
"""Stored stories as `StoryTally` fields, positionally (30,000 of them over all time)."""

_BROAD = f"""SELECT DISTINCT st.country FROM story_tallies st
    WHERE st.broad = 1 AND st.country IS NOT NULL AND {_FRESH}"""

_STORED = f"""SELECT st.*, {_LABEL} AS label
    FROM story_tallies st LEFT JOIN stories s ON s.id = st.story_id
    WHERE {_FRESH} AND st.country IN (SELECT value FROM json_each(:broad))"""
"""Every stored field of the stories in countries that have an area-wide toll."""

_LIVE = """SELECT story_id FROM story_tallies
    WHERE last_at > :now AND first_at <= :now AND last_at >= :lo
    UNION SELECT story_id FROM story_tallies
    WHERE valid_from >= :horizon AND first_at <= :now AND last_at >= :lo
    UNION SELECT d.story_id FROM story_dirty d WHERE EXISTS (
        SELECT 1 FROM figures f
        WHERE f.story_id = d.story_id AND f.effective BETWEEN :lo AND :now)"""
"""Stories in the window whose stored value does not hold: figures after `now`, a period start
between the window's start and the first figure, or changed since stored."""

_CUT = """SELECT story_id FROM story_tallies WHERE last_at >= :lo AND first_at < :lo"""
"""Stories the window's start cuts through."""

_POINTS = """SELECT story_id, figure_id, effective, tallied FROM story_points
    WHERE effective BETWEEN :lo AND :now"""


@dataclass(slots=True)
class _Sum:
    """A country without an area-wide toll: the plain sum of its stories."""

    killed: list[int] = field(default_factory=lambda: [0, 0, 0])
    civilians: int = 0
    injured: int = 0

    def add(self, killed: tuple[int, int, int], civilians: int, injured: int) -> None:
        for n in range(3):
            self.killed[n] += killed[n]
        self.civilians += civilians
        self.injured += injured


def has_story_tallies(store: Storage) -> bool:
    """False for a database written before stored tallies (opened read-only, not migrated)."""
    found = store.scalar(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", ["story_tallies"]
    )
    return found is not None


def tally_summary(
    store: Storage,
    *,
    since: float | None,
    now: float,
    feed_ids: Sequence[int] | None = None,
    place: str | None = None,
    actor: str | None = None,
) -> Tally:
    """`compute_tally`'s numbers without the figures' verdicts (`figures` is empty).

    Fast with no filter: the stored story tallies are read and only the stories the window
    cuts through are computed. With a filter, or on a database without stored tallies, it is
    `compute_tally` itself (figures included).
    """
    if (
        feed_ids is not None
        or place
        or actor
        or not has_story_tallies(store)
        or not rules_current(store)
    ):
        return compute_tally(
            store, since=since, now=now, feed_ids=feed_ids, place=place, actor=actor
        )
    first = store.scalar("SELECT MIN(effective) FROM figures")
    since_dt = datetime.fromtimestamp(since, UTC) if since is not None else None
    if first is None or first > now:
        return assemble([], [], since=since_dt, context=(), figures=(), points=[])
    horizon = since if since is not None else float(first)
    params = {"lo": since if since is not None else float("-inf"), "now": now, "horizon": horizon}
    return _Summary(store, since, now, horizon, params).run()


class _Summary:
    """One summary's work: stored stories, live stories, then countries."""

    def __init__(
        self,
        store: Storage,
        since: float | None,
        now: float,
        horizon: float,
        params: dict[str, Any],
    ) -> None:
        self.store = store
        self.since = since
        self.now = now
        self.horizon = horizon
        self.params = params
        self.verdicts = Verdicts()
        self.live: list[tuple[StoryValue, list[TallyFigure], list[int]]] = []

    def _live_values(self) -> None:
        """Compute the stories a stored value does not cover, from their figures."""
        ids = [int(r[0]) for r in self.store.execute(_LIVE, self.params)]
        if self.since is not None:
            ids += [int(r[0]) for r in self.store.execute(_CUT, self.params)]
        figures = figures_where(self.store, "f.story_id", sorted(set(ids)))
        now = datetime.fromtimestamp(self.now, UTC)
        by_story: dict[int, list[TallyFigure]] = defaultdict(list)
        for t in figures:
            if t.published <= now:
                by_story[t.story_id].append(t)
        since = datetime.fromtimestamp(self.since, UTC) if self.since is not None else None
        horizon = datetime.fromtimestamp(self.horizon, UTC)
        for story_figures in by_story.values():
            before = len(self.verdicts.context)
            value = story_value(story_figures, since=since, horizon=horizon, verdicts=self.verdicts)
            if value is not None:
                self.live.append((value, story_figures, self.verdicts.context[before:]))

    def run(self) -> Tally:
        self._live_values()
        broad = {r[0] for r in self.store.execute(_BROAD, self.params)}
        broad |= {
            v.story.country
            for v, _, _ in self.live
            if (v.killed.broad or v.injured.broad) and v.story.country is not None
        }
        rows = self.store.execute(_STORIES, self.params).fetchall()
        sums: dict[str | None, _Sum] = defaultdict(_Sum)
        stories: list[StoryTally] = []
        for sid, label, country, place, k, i, ids, civ, low, high, as_of, *_ in rows:
            stories.append(
                StoryTally(
                    sid,
                    label,
                    country,
                    place,
                    k,
                    i,
                    tuple(map(int, ids.split(","))),
                    civ,
                    low,
                    high,
                    datetime.fromtimestamp(as_of, UTC) if as_of is not None else None,
                )
            )
            if country not in broad:
                sums[country].add((k, low, high), civ, i)
        combined = [
            story_value_of(r, r["label"])
            for r in self.store.rows(_STORED, {**self.params, "broad": json.dumps(sorted(broad))})
        ]
        for v, _, _ in self.live:
            stories.append(v.story)
            if v.story.country in broad:
                combined.append(v)
            else:
                sums[v.story.country].add(v.killed.total, v.killed.civilians, v.injured.total[0])
        countries = combine(combined, self.verdicts, default_contains)
        for country, s in sums.items():
            if s.killed[0] or s.injured:
                countries.append(
                    CountryTally(
                        country,
                        s.killed[0],
                        s.injured,
                        min(s.killed[0], s.civilians),
                        s.killed[1],
                        s.killed[2],
                    )
                )
        countries.sort(key=lambda c: (-c.killed, -c.injured, c.country or "\uffff"))
        return assemble(
            countries,
            stories,
            since=datetime.fromtimestamp(self.since, UTC) if self.since is not None else None,
            context=self._context(rows),
            figures=(),
            points=self._points({r[0] for r in rows}),
        )

    def _points(self, stored: set[int]) -> list[tuple[datetime, int]]:
        """Counted death figures with what they add: stored ones unless `combine` dropped
        them, and those of the live stories inside the window."""
        reasons = self.verdicts.reasons
        points = [
            (datetime.fromtimestamp(effective, UTC), tallied)
            for story_id, figure_id, effective, tallied in self.store.execute(_POINTS, self.params)
            if story_id in stored and reasons.get(figure_id) is None
        ]
        lo = self.params["lo"]
        for _, figures, _ in self.live:
            for t in figures:
                if (
                    t.figure.kind == "killed"
                    and t.published.timestamp() >= lo
                    and reasons.get(t.id, "") is None
                    and self.verdicts.tallied.get(t.id, 0) > 0
                ):
                    points.append((t.published, self.verdicts.tallied[t.id]))
        return points

    def _context(self, rows: Sequence[Sequence[Any]]) -> tuple[TalliedFigure, ...]:
        """Long-run tolls shown as context, in the order `compute_tally` lists them: by each
        story's first figure."""
        ordered: list[tuple[tuple[float, int], list[int]]] = [
            ((r[12], r[13]), [int(x) for x in r[11].split(",")]) for r in rows if r[11]
        ]
        for _, figures, context in self.live:
            if context:
                ordered.append(((figures[0].published.timestamp(), figures[0].id), context))
        ordered.sort(key=lambda o: o[0])
        ids = [i for _, context in ordered for i in context]
        if not ids:
            return ()
        by_id = {t.id: t for t in figures_where(self.store, "f.id", ids)}
        lo = self.params["lo"]
        return tuple(
            TalliedFigure(
                source=by_id[i],
                counted=False,
                excluded_reason=self.verdicts.reasons.get(i, "long-run toll: context"),
                party_claim=by_id[i].figure.source_kind == "party",
                tallied=0,
            )
            for i in ids
            if i in by_id and lo <= by_id[i].published.timestamp() <= self.now
        )

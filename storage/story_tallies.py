"""Each story's all-time tally, stored at write time so that panels read instead of recompute.

A story's tally depends only on its own figures and, through the long-run toll rule, on which
of their period starts lie before the window's start. For a window that opens at or before the
story's first figure, the value is therefore the same as the one computed with the window
opening *at* that first figure, as long as no period start falls between the two: the row keeps
`valid_from`, the latest period start before the first figure, and is used only for windows
opening after it.

Migration 004's triggers list in `story_dirty` every story whose figures, items' disputes or
outlets' names changed, whoever wrote them. Writers call `refresh_dirty` before they commit,
so the stored values change in the same transaction as the figures; a reader treats a story
still listed there as unknown and computes it from its figures.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from extract.tally import RULES_VERSION, TallyFigure, Verdicts, story_value
from extract.tally_country import StoryTally, StoryValue
from extract.tally_story import KindTally
from storage.db import Storage
from storage.tallies import CHUNK, figures_where

_COLUMNS = (
    "story_id, first_at, last_at, first_figure, first_item, valid_from, country, place, "
    "killed, killed_low, killed_high, civilians, injured, injured_low, injured_high, "
    "injured_civilians, broad, killed_broad, killed_counted, killed_country, killed_place, "
    "killed_as_of, injured_broad, injured_counted, injured_country, injured_place, "
    "injured_as_of, figure_ids, context_ids"
)


def refresh_dirty(store: Storage) -> int:
    """Recompute the stored tally of every story listed as changed; returns how many.

    Call it inside the writer's transaction, after the figures changed, so that readers never
    see new figures beside an old stored value.
    """
    stored = store.scalar("SELECT value FROM meta WHERE key = 'tally_rules'")
    if stored != str(RULES_VERSION):
        store.execute(
            "INSERT OR IGNORE INTO story_dirty (story_id) SELECT story_id FROM story_tallies"
        )
        store.execute(
            "INSERT INTO meta (key, value) VALUES ('tally_rules', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (str(RULES_VERSION),),
        )
    ids = [int(r[0]) for r in store.execute("SELECT story_id FROM story_dirty")]
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        by_story: dict[int, list[TallyFigure]] = defaultdict(list)
        for t in figures_where(store, "f.story_id", chunk):
            by_story[t.story_id].append(t)
        marks = ",".join("?" * len(chunk))
        store.execute(f"DELETE FROM story_points WHERE story_id IN ({marks})", chunk)
        store.execute(f"DELETE FROM story_tallies WHERE story_id IN ({marks})", chunk)
        for story_id in chunk:
            if by_story.get(story_id):
                _save(store, story_id, by_story[story_id])
        store.execute(f"DELETE FROM story_dirty WHERE story_id IN ({marks})", chunk)
    return len(ids)


def rules_current(store: Storage) -> bool:
    """Were the stored tallies computed under the tally rules of this version of sitrep?

    True as well while nothing is stored: there is nothing stale to read around.
    """
    value = store.scalar("SELECT value FROM meta WHERE key = 'tally_rules'")
    if value == str(RULES_VERSION):
        return True
    return store.scalar("SELECT 1 FROM story_tallies LIMIT 1") is None


def _ts(value: datetime | None) -> float | None:
    return value.timestamp() if value is not None else None


def _ids(ids: Sequence[int]) -> str:
    return ",".join(str(i) for i in ids)


def _save(store: Storage, story_id: int, figures: Sequence[TallyFigure]) -> None:
    """Store one story's tally over all its figures (`figures` oldest first)."""
    first = figures[0]
    verdicts = Verdicts()
    value = story_value(figures, since=first.published, horizon=first.published, verdicts=verdicts)
    assert value is not None  # every figure is inside a window opening at the first one
    starts = [
        t.figure.period_start
        for t in figures
        if t.figure.period_start is not None and t.figure.period_start < first.published
    ]
    k, i, story = value.killed, value.injured, value.story
    store.execute(
        f"INSERT INTO story_tallies ({_COLUMNS}) VALUES ({','.join('?' * 29)})",
        (
            story_id,
            first.published.timestamp(),
            figures[-1].published.timestamp(),
            first.id,
            first.item_id,
            _ts(max(starts, default=None)),
            story.country,
            story.place,
            *k.total,
            k.civilians,
            *i.total,
            i.civilians,
            int(k.broad or i.broad),
            int(k.broad),
            _ids(k.counted),
            k.country,
            k.place,
            _ts(k.as_of),
            int(i.broad),
            _ids(i.counted),
            i.country,
            i.place,
            _ts(i.as_of),
            _ids(story.figure_ids),
            _ids(verdicts.context),
        ),
    )
    store.db.conn.executemany(
        "INSERT INTO story_points (story_id, figure_id, effective, tallied) VALUES (?,?,?,?)",
        [
            (story_id, t.id, t.published.timestamp(), verdicts.tallied[t.id])
            for t in figures
            if t.figure.kind == "killed"
            and verdicts.reasons.get(t.id, "") is None
            and verdicts.tallied.get(t.id, 0) > 0
        ],
    )


def _when(ts: float | None) -> datetime | None:
    return datetime.fromtimestamp(ts, UTC) if ts is not None else None


def _split(text: str) -> tuple[int, ...]:
    return tuple(int(x) for x in text.split(",")) if text else ()


def story_value_of(row: dict[str, Any], label: str) -> StoryValue:
    """The stored `StoryValue` of one `story_tallies` row (for stories that `combine` needs)."""
    killed = KindTally(
        total=(row["killed"], row["killed_low"], row["killed_high"]),
        civilians=row["civilians"],
        counted=_split(row["killed_counted"]),
        broad=bool(row["killed_broad"]),
        country=row["killed_country"],
        place=row["killed_place"],
        as_of=_when(row["killed_as_of"]),
    )
    injured = KindTally(
        total=(row["injured"], row["injured_low"], row["injured_high"]),
        civilians=row["injured_civilians"],
        counted=_split(row["injured_counted"]),
        broad=bool(row["injured_broad"]),
        country=row["injured_country"],
        place=row["injured_place"],
        as_of=_when(row["injured_as_of"]),
    )
    return StoryValue(story_tally_of(row, label), killed, injured)


def story_tally_of(row: dict[str, Any], label: str) -> StoryTally:
    """The stored `StoryTally` of one `story_tallies` row."""
    as_of = max(
        (t for t in (row["killed_as_of"], row["injured_as_of"]) if t is not None), default=None
    )
    return StoryTally(
        id=row["story_id"],
        label=label,
        country=row["country"],
        place=row["place"],
        killed=row["killed"],
        injured=row["injured"],
        figure_ids=_split(row["figure_ids"]),
        civilians_killed=row["civilians"],
        killed_low=row["killed_low"],
        killed_high=row["killed_high"],
        as_of=_when(as_of),
    )

"""Desk verification, read side: each figure's current mark and the tally of confirmed
figures only (`storage.records.TallyReport` counts the confirmed figures of a tally).

Marks are written by `storage.audit.verify_figure` as audit entries; a figure's mark is its
latest verification entry not undone. Everything here reads SQLite afresh, so a mark made by
another process (a second dashboard, `sitrep verify` in another terminal) is seen by the next
read.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from extract.actors import ActorDictionary
from extract.tally import Tally, tally
from storage.db import Storage
from storage.records import MARKS, FigureMark, as_mark
from storage.tallies import CHUNK, load_figures

_MARKS_SQL = ",".join(f"'{m}'" for m in MARKS)
_CURRENT = f"""SELECT a.id, a.target_id, a.action, a.editor, a.at, a.reason FROM audit a
    WHERE a.target = 'figure' AND a.action IN ({_MARKS_SQL}) AND a.undone IS NULL
    AND NOT EXISTS (SELECT 1 FROM audit b WHERE b.target = 'figure'
        AND b.target_id = a.target_id AND b.action IN ({_MARKS_SQL})
        AND b.undone IS NULL AND b.id > a.id)"""
"""The latest verification entry not undone of every marked figure."""


def has_marks_table(store: Storage) -> bool:
    """False for a database from before desk verification, opened read-only (not migrated):
    it can hold no mark."""
    columns = {r["name"] for r in store.rows("PRAGMA table_info(audit)")}
    return "editor" in columns


def marks(store: Storage, figure_ids: Iterable[int] | None = None) -> dict[int, FigureMark]:
    """Figure id -> its current mark, for `figure_ids` (every marked figure when None).

    A figure never marked has no entry; one marked `unverified` has one (who cleared it).
    """
    if not has_marks_table(store):
        return {}
    rows: list[dict[str, Any]] = []
    if figure_ids is None:
        rows = store.rows(_CURRENT)
    else:
        ids = sorted(set(figure_ids))
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            marks_ = ",".join("?" * len(chunk))
            rows += store.rows(f"{_CURRENT} AND a.target_id IN ({marks_})", chunk)
    return {
        int(r["target_id"]): FigureMark(
            figure_id=int(r["target_id"]),
            mark=as_mark(r["action"]),
            editor=r["editor"],
            at=float(r["at"]),
            note=r["reason"],
            audit_id=int(r["id"]),
        )
        for r in rows
    }


def confirmed_ids(store: Storage) -> set[int]:
    """Every figure whose current mark is `confirmed`."""
    return {i for i, m in marks(store).items() if m.mark == "confirmed"}


def confirmed_tally(
    store: Storage,
    *,
    since: float | None,
    now: float,
    feed_ids: Sequence[int] | None = None,
    place: str | None = None,
    actor: str | None = None,
    dictionary: ActorDictionary | None = None,
) -> Tally:
    """The tally of confirmed figures only: the same rules over the figures the desk has
    confirmed, so a running toll counts its latest confirmed value (14 confirmed, 18 not yet:
    14) and an unconfirmed figure never enters a total."""
    confirmed = confirmed_ids(store)
    figures = load_figures(
        store, since=since, feed_ids=feed_ids, place=place, actor=actor, dictionary=dictionary
    )
    return tally(
        [f for f in figures if f.id in confirmed],
        since=datetime.fromtimestamp(since, UTC) if since is not None else None,
        now=datetime.fromtimestamp(now, UTC),
    )

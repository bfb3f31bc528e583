"""Stored figure rows back into `extract.model.Figure` and `extract.tally.TallyFigure`."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from extract.model import Figure
from extract.tally import TallyFigure


def figure_of(row: dict[str, Any]) -> Figure:
    """The `Figure` of one `figures` row."""
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
        set_aside=row.get("set_aside"),
    )


TALLY_SELECT = """SELECT f.*, i.title AS item_title, i.link AS item_link, i.disputed,
        i.feed_id, i.key AS item_key, fe.url AS feed_url,
        COALESCE(fe.name, fe.title, fe.url) AS feed
    FROM figures f JOIN items i ON i.id = f.item_id
    JOIN feeds fe ON fe.id = i.feed_id"""
"""Every column `tally_figure_of` reads."""


def tally_figure_of(r: dict[str, Any]) -> TallyFigure:
    """The `TallyFigure` of one row of `TALLY_SELECT`. A figure not yet placed in an event
    (a writer is still storing its feed) stands alone."""
    return TallyFigure(
        id=r["id"],
        figure=figure_of(r),
        item_id=r["item_id"],
        item_title=r["item_title"],
        item_link=r["item_link"],
        feed=r["feed"],
        published=datetime.fromtimestamp(r["effective"], UTC),
        event_id=r["event_id"] if r["event_id"] is not None else r["id"],
        latest_version=bool(r["latest"]),
        excluded=bool(r["excluded"] or r["disputed"]),
        excluded_reason=r["excluded"] or r["disputed"] or None,
        disputed=not r["excluded"] and bool(r["disputed"]),
        order=(r["feed_url"], r["item_key"], r["version"], r["idx"]),
    )

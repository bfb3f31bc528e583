"""The rows of the tally panel, computed from a `Tally` without any widget.

Grouped by country (a sum across unrelated wars means nothing), each country followed by its
events (one incident or one running toll each), then the long-run tolls shown as context.
Every row knows the figures behind it and the citation an editor copies, so no number on
screen is without its source.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from extract.tally import EventTally, TalliedFigure, Tally
from extract.verdicts import Reason
from tui.text import citation

Level = Literal["country", "event", "context"]
"""A tally row's kind: a country's sum, one event, a long-run toll shown as context."""


@dataclass(frozen=True, slots=True)
class TallyRow:
    """One line of the tally panel."""

    key: str
    level: Level
    label: str
    killed: int
    killed_high: int
    civilians: int | None
    injured: int
    source: str
    as_of: datetime | None
    figure_ids: tuple[int, ...]
    citation: str
    party: bool = False
    event_id: int | None = None
    """The event the row charts (its story screen): an event row's own, a context row's
    long-run toll's; None for a country."""


def _named_source(f: TalliedFigure, figures: list[TalliedFigure]) -> str | None:
    """Who reports the figure; a headline rarely says, so a repeat of the same figure in the
    same item's text that names its source lends it."""
    if f.source.figure.source:
        return f.source.figure.source
    for other in figures:
        verdict = other.verdict
        if (
            verdict is not None
            and verdict.reason is Reason.REPEAT
            and verdict.other == f.source.id
            and other.source.item_id == f.source.item_id
            and other.source.figure.source
        ):
            return other.source.figure.source
    return None


def _source(f: TalliedFigure, figures: list[TalliedFigure] | None = None) -> str:
    """`SOHR via Reuters`, or the outlet alone when the text names no source."""
    who = _named_source(f, figures or [])
    feed = f.source.feed
    if who and who.casefold() != feed.casefold():
        return f"{who} via {feed}"
    return feed


def _latest_counted(figures: list[TalliedFigure], kind: str) -> TalliedFigure | None:
    counted = [f for f in figures if f.counted and f.source.figure.kind == kind]
    candidates = counted or [f for f in figures if f.source.figure.kind == kind]
    return max(candidates, key=lambda f: (f.source.published, f.source.id), default=None)


def _event_label(event: EventTally) -> str:
    """`Place: label`, without repeating a place the label already starts with."""
    where = event.place or event.country or "?"
    if event.label.casefold().startswith(where.casefold()):
        return event.label
    return f"{where}: {event.label}"


def _event_row(event: EventTally, by_id: dict[int, TalliedFigure], now: float) -> TallyRow:
    figures = [by_id[i] for i in event.figure_ids if i in by_id]
    kind = "killed" if event.killed or not event.injured else "injured"
    latest = _latest_counted(figures, kind)
    where = event.place or event.country
    count = event.killed if kind == "killed" else event.injured
    return TallyRow(
        key=f"event:{event.id}",
        level="event",
        event_id=event.id,
        label=_event_label(event),
        killed=event.killed,
        killed_high=max(event.killed, event.killed_high),
        civilians=None,
        injured=event.injured,
        source=_source(latest, figures) if latest else "",
        as_of=latest.source.published if latest else None,
        figure_ids=event.figure_ids,
        citation=citation(
            count,
            kind,
            where,
            _named_source(latest, figures) if latest else None,
            latest.source.feed if latest else None,
            latest.source.published if latest else None,
            now=now,
        ),
        party=any(f.party_claim and f.counted for f in figures),
    )


def tally_rows(result: Tally, now: float) -> list[TallyRow]:
    """Countries (largest toll first), each followed by its events, then context tolls;
    citations carry their date unless it is `now`'s day."""
    by_id = {f.source.id: f for f in result.figures}
    by_id.update({f.source.id: f for f in result.context})
    events: dict[str | None, list[EventTally]] = defaultdict(list)
    for event in result.events:
        events[event.country].append(event)
    rows: list[TallyRow] = []
    for country in result.by_country:
        members = [_event_row(e, by_id, now) for e in events.pop(country.country, [])]
        ids = tuple(i for m in members for i in m.figure_ids)
        latest = max((m for m in members if m.as_of), key=lambda m: m.as_of or 0, default=None)
        name = country.country or "Country unknown"
        n = len(members)
        rows.append(
            TallyRow(
                key=f"country:{name}",
                level="country",
                label=name,
                killed=country.killed,
                killed_high=max(country.killed_high, country.killed),
                civilians=country.civilians_killed,
                injured=country.injured,
                source=f"{n} event{'' if n == 1 else 's'}",
                as_of=latest.as_of if latest else None,
                figure_ids=ids,
                citation=citation(
                    country.killed,
                    "killed",
                    country.country,
                    f"sitrep tally of {n} event{'' if n == 1 else 's'}",
                    None,
                    latest.as_of if latest else None,
                    now=now,
                ),
                party=any(m.party for m in members),
            )
        )
        rows.extend(members)
    for leftover in events.values():
        rows.extend(_event_row(e, by_id, now) for e in leftover)
    for f in result.context:
        fig = f.source.figure
        rows.append(
            TallyRow(
                key=f"context:{f.source.id}",
                level="context",
                event_id=f.source.event_id,
                label=f"context: {fig.place or fig.country or '?'} {fig.period or 'long-run toll'}",
                killed=fig.count if fig.kind == "killed" else 0,
                killed_high=fig.count if fig.kind == "killed" else 0,
                civilians=None,
                injured=fig.count if fig.kind == "injured" else 0,
                source=_source(f),
                as_of=f.source.published,
                figure_ids=(f.source.id,),
                citation=citation(
                    fig.count,
                    fig.kind,
                    fig.place or fig.country,
                    fig.source,
                    f.source.feed,
                    f.source.published,
                    now=now,
                ),
                party=f.party_claim,
            )
        )
    return rows


def summary(result: Tally) -> str:
    """`Killed 25 = Syria 18 + Sudan 7 · civilians 3 · injured 9`: the total only as the sum
    of its countries."""
    parts = [f"{c.country or 'unknown'} {c.killed}" for c in result.by_country if c.killed]
    total = f"Killed {result.killed}"
    if len(parts) > 1:
        total += " = " + " + ".join(parts)
    if result.killed_high > result.killed:
        total += f" (sources range {result.killed_low}-{result.killed_high})"
    return f"{total} · civilians {result.civilians_killed} · injured {result.injured}"

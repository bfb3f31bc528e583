"""What must hold of every tally, on random figures grouped into events by the real matcher.

- a wider window never tallies less than a narrower one inside it (in total and per country);
- the rows of a country add up to it, and the countries to the total;
- the order in which figures arrive changes no number;
- a report from another country changes no country's tally.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.events import EventIndex, Report, assign_events
from extract.model import Figure
from extract.tally import Tally, TallyFigure, tally
from tests.extract.test_events import T0, _scenario, fig, rep

NOW = T0 + timedelta(hours=100)
WINDOWS = [timedelta(hours=h) for h in (3, 12, 24, 48, 72, 100)]


def figure(r: Report) -> Figure:
    """The figure a scenario's report was made of (`fig`), from what the report keeps."""
    f = r.figure
    return fig(
        f.count,
        f.victims,
        kind=f.kind,
        country=f.country,
        place=f.place,
        period_start=f.period_start,
        cumulative=f.cumulative,
        update=f.update,
        qualifier=f.qualifier,
        conflict=f.conflict,
    )


def tally_figures(reports: list[Report], events: dict[int, int]) -> list[TallyFigure]:
    return [
        TallyFigure(
            id=r.figure_id,
            figure=figure(r),
            item_id=hash(r.item) % 10_000,
            item_title=f"Item {r.item}",
            item_link=None,
            feed=r.order[1],
            published=r.published,
            event_id=events[r.figure_id],
            latest_version=True,
            order=(r.order[1], r.order[2], r.order[3], r.order[4]),
        )
        for r in reports
    ]


def counts(t: Tally) -> dict[str | None, int]:
    return {c.country: c.killed for c in t.by_country}


def _rows_add_up(t: Tally) -> None:
    assert t.killed == sum(c.killed for c in t.by_country)
    assert t.injured == sum(c.injured for c in t.by_country)
    for country in t.by_country:
        rows = [e for e in t.events if e.country == country.country]
        assert sum(e.killed for e in rows) == country.killed
        assert sum(e.injured for e in rows) == country.injured
    assert sum(e.killed for e in t.events) == t.killed


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 100_000))
def test_a_wider_window_never_tallies_less_and_rows_add_up(seed: int) -> None:
    reports = _scenario(seed)
    figures = tally_figures(reports, assign_events(reports))
    wider: Tally | None = None
    for length in [*WINDOWS, None]:
        since = NOW - length if length is not None else None
        t = tally(figures, since=since, now=NOW)
        _rows_add_up(t)
        if wider is not None:
            assert t.killed >= wider.killed
            narrow = counts(wider)
            for country, killed in counts(t).items():
                assert killed >= narrow.get(country, 0)
            assert all(killed <= counts(t).get(c, 0) for c, killed in narrow.items())
        wider = t


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 100_000), order=st.randoms(use_true_random=False))
def test_arrival_order_changes_no_number(seed: int, order: random.Random) -> None:
    reports = _scenario(seed)
    canonical = tally(tally_figures(reports, assign_events(reports)), since=None, now=NOW)
    shuffled = list(reports)
    order.shuffle(shuffled)
    index = EventIndex()
    for start in range(0, len(shuffled), 5):
        index.add(shuffled[start : start + 5])
    index.settle()
    events = {r.figure_id: index.partition(r.figure.country).assigned[r.figure_id] for r in reports}
    again = tally(tally_figures(shuffled, events), since=None, now=NOW)
    assert replace(again, figures=()) == replace(canonical, figures=())


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 100_000))
def test_a_report_from_another_country_changes_no_tally(seed: int) -> None:
    reports = _scenario(seed)
    before = tally(tally_figures(reports, assign_events(reports)), since=None, now=NOW)
    extra = rep(999, fig(77, country="Yemen", place="Hodeidah"), hours=50, item="elsewhere")
    more = [*reports, extra]
    after = tally(tally_figures(more, assign_events(more)), since=None, now=NOW)
    assert counts(after) == {**counts(before), "Yemen": 77}
    assert [e for e in after.events if e.country != "Yemen"] == list(before.events)

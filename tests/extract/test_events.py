"""Which figures report one event: hand-written reports with the events an analyst would make."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.events import Base, EventIndex, Report, assign_events, distinctive_words
from extract.model import Figure

T0 = datetime(2025, 6, 2, 6, 0, tzinfo=UTC)


def fig(count: int, victims: str = "people", kind: str = "killed", **kw: Any) -> Figure:
    return Figure(
        kind=kind,  # type: ignore[arg-type]
        count=count,
        low=count,
        high=None,
        qualifier=kw.pop("qualifier", None),
        victims=victims,  # type: ignore[arg-type]
        sentence=kw.pop("sentence", f"{count} {victims} were {kind}."),
        span=(0, 1),
        country=kw.pop("country", "Syria"),
        **kw,
    )


def rep(
    fid: int,
    figure: Figure,
    *,
    hours: float = 0.0,
    outlet: str = "wire-a",
    item: str | None = None,
    title: str = "",
    idx: int = 0,
) -> Report:
    published = T0 + timedelta(hours=hours)
    key = item or f"item{fid}"
    return Report.of(
        fid,
        (published.timestamp(), outlet, key, 1, idx),
        figure,
        published,
        f"{outlet}\x1f{key}",
        distinctive_words(title),
    )


def groups(reports: list[Report]) -> list[set[int]]:
    """The events as sets of figure ids, in order of their first figure."""
    assigned = assign_events(reports)
    by_event: dict[int, set[int]] = {}
    for figure_id, event in sorted(assigned.items()):
        by_event.setdefault(event, set()).add(figure_id)
    return sorted(by_event.values(), key=min)


def test_the_same_incident_from_several_outlets_is_one_event() -> None:
    reports = [
        rep(1, fig(100, qualifier="over", place="Port-au-Prince"), outlet="a"),
        rep(2, fig(180, place="Port-au-Prince"), hours=7, outlet="b"),
        rep(3, fig(184, place="Port-au-Prince", qualifier="at least"), hours=17, outlet="c"),
    ]
    assert groups(reports) == [{1, 2, 3}]


def test_the_same_number_a_day_and_a_half_later_is_another_day() -> None:
    reports = [
        rep(1, fig(42, place="Gaza", country="Palestine"), title="Strikes on Gaza"),
        rep(2, fig(42, place="Gaza", country="Palestine"), hours=34, title="Gaza bombardment"),
    ]
    assert groups(reports) == [{1}, {2}]


def test_an_outlets_new_area_toll_a_day_later_is_the_next_days_toll() -> None:
    gaza: dict[str, Any] = {"place": "Gaza", "country": "Palestine"}
    thursday = rep(1, fig(42, **gaza), title="42 killed as Israel ramps up bombing in Gaza")
    friday = rep(2, fig(42, **gaza), hours=23, title="42 killed as Israel ramps up Gaza attacks")
    assert groups([thursday, friday]) == [{1}, {2}]
    # The outlet's recap the next morning, another outlet's late report and a town's
    # strike the same hours later all stay the one incident.
    recap = rep(2, fig(42, **gaza), hours=14, title="Israel ramps up Gaza attacks")
    other = rep(3, fig(42, **gaza), hours=23, outlet="wire-b", title="Israel ramps up bombing")
    assert groups([thursday, recap, other]) == [{1, 2, 3}]
    town = {"place": "Rafah", "country": "Palestine"}
    strike = [rep(1, fig(12, **town)), rep(2, fig(12, **town), hours=20, title="Rafah strike")]
    assert groups(strike) == [{1, 2}]


def test_two_towns_the_same_morning_are_two_events() -> None:
    reports = [
        rep(1, fig(5, place="Ariha"), outlet="a"),
        rep(2, fig(5, place="Saraqib"), hours=1, outlet="b"),
    ]
    assert groups(reports) == [{1}, {2}]


def test_a_rising_toll_with_update_language_joins_its_incident_days_later() -> None:
    reports = [
        rep(1, fig(11, place="Idlib"), title="Air strike on Idlib market"),
        rep(2, fig(18, place="Idlib", cumulative=True, update=True), hours=60, title="Market toll"),
        rep(3, fig(12, place="Idlib"), hours=60, outlet="b", title="Shelling of a bakery"),
    ]
    assert groups(reports) == [{1, 2}, {3}]


def test_figures_of_one_item_are_one_event_unless_their_places_differ() -> None:
    reports = [
        rep(1, fig(30), item="x", title="Strike on a school"),
        rep(2, fig(9, "children"), item="x", idx=1),
        rep(3, fig(5, place="Ariha"), item="y"),
        rep(4, fig(3, place="Saraqib"), item="y", idx=1),
    ]
    assert groups(reports) == [{1, 2}, {3}, {4}]


def test_a_war_long_toll_is_never_in_an_incident_event() -> None:
    war = datetime(2023, 10, 7, tzinfo=UTC)
    reports = [
        rep(1, fig(5, place="Gaza", country="Palestine"), item="x"),
        rep(2, fig(44708, cumulative=True, period_start=war, country="Palestine"), item="x", idx=1),
    ]
    assert reports[1].type == "long"
    assert groups(reports) == [{1}, {2}]


def test_daily_tolls_of_consecutive_days_are_separate_running_tolls() -> None:
    day: dict[str, Any] = {"cumulative": True, "country": "Palestine", "place": "Gaza"}
    reports = [
        rep(1, fig(33, period_start=T0 - timedelta(hours=24), **day)),
        rep(2, fig(40, period_start=T0 - timedelta(hours=20), **day), hours=4, outlet="b"),
        rep(3, fig(42, period_start=T0, **day), hours=24),
    ]
    assert {r.type for r in reports} == {"running"}
    assert groups(reports) == [{1, 2}, {3}]


def test_a_party_claim_of_militants_never_joins_a_toll_of_soldiers() -> None:
    day: dict[str, Any] = {"cumulative": True, "period_start": T0 - timedelta(hours=24)}
    reports = [
        rep(1, fig(400, "militants", source_kind="party", **day)),
        rep(2, fig(12, "soldiers", **day), hours=1, outlet="b"),
    ]
    assert groups(reports) == [{1}, {2}]


def test_countries_never_share_an_event() -> None:
    reports = [rep(1, fig(20, country="Sudan")), rep(2, fig(20, country="Chad"), hours=1)]
    assert groups(reports) == [{1}, {2}]


def _scenario(seed: int) -> list[Report]:
    rng = random.Random(seed)
    places = [None, "Idlib", "Ariha", "Saraqib", "Aleppo"]
    out = []
    for fid in range(1, 41):
        hours = rng.uniform(0, 96)
        period = T0 + timedelta(hours=hours - rng.choice([6, 24])) if rng.random() < 0.2 else None
        figure = fig(
            rng.choice([1, 3, 5, 12, 20, 30, 42, 100]),
            rng.choice(["people", "people", "civilians", "soldiers"]),
            kind=rng.choice(["killed", "killed", "injured"]),
            country=rng.choice(["Syria", "Syria", "Iraq"]),
            place=rng.choice(places),
            period_start=period,
            cumulative=period is not None or rng.random() < 0.2,
            update=rng.random() < 0.2,
            qualifier=rng.choice([None, None, "at least"]),
        )
        title = rng.choice(["Market strike", "Bakery attack", "Convoy ambush", "Clashes"])
        item = f"i{rng.randint(1, 25)}"
        out.append(rep(fid, figure, hours=hours, outlet=rng.choice("abc"), item=item, title=title))
    return out


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10_000), order=st.randoms(use_true_random=False))
def test_any_arrival_order_settles_to_the_canonical_events(seed: int, order: random.Random) -> None:
    reports = _scenario(seed)
    canonical = assign_events(reports)
    shuffled = list(reports)
    order.shuffle(shuffled)
    index = EventIndex()
    while shuffled:  # feeds arrive in batches, each placed as it comes
        size = order.randint(1, 6)
        index.add(shuffled[:size])
        shuffled = shuffled[size:]
    placed = {r.figure_id: index.partition(r.figure.country).assigned[r.figure_id] for r in reports}
    index.settle()
    settled = {
        r.figure_id: index.partition(r.figure.country).assigned[r.figure_id] for r in reports
    }
    assert settled == canonical
    assert set(placed) == set(canonical)


def _lists(base: Base) -> dict[object, list[int]]:
    return {k: [v] if isinstance(v, int) else list(v.ids) for k, v in base.postings.items()}


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    hours=st.floats(0, 96),
    order=st.randoms(use_true_random=False),
)
def test_an_index_started_from_its_stored_base_places_as_the_whole_replay(
    seed: int, hours: float, order: random.Random
) -> None:
    """A writer that starts from the events as of a moment (`Base`, stored as JSON) and the
    figures since places new figures in the events a replay of everything gives them. (As
    stored, every figure of an item has the item's time.)"""
    reports = [
        replace(
            r,
            item=f"{r.item}@{r.order[0]}",
            order=(*r.order[:2], f"{r.order[2]}@{r.order[0]}", *r.order[3:]),
        )
        for r in _scenario(seed)
    ]
    canonical = assign_events(reports)
    until = (T0 + timedelta(hours=hours)).timestamp()
    before = [r for r in reports if r.order[0] < until]
    after = [r for r in reports if r.order[0] >= until]
    earlier = EventIndex()
    earlier.add(before)
    earlier.settle()
    index = EventIndex()
    for country in {r.figure.country for r in reports}:
        base = earlier.partition(country).snapshot(until, lambda e: True)
        assert base is not None
        stored = Base.decode(base.encode())
        assert stored.until == base.until and stored.events == base.events
        assert _lists(stored) == _lists(base)
        index.partition(country).load(stored)
    shuffled = list(after)
    order.shuffle(shuffled)
    while shuffled:
        size = order.randint(1, 6)
        index.add(shuffled[:size])
        shuffled = shuffled[size:]
    index.settle()
    placed = {r.figure_id: index.partition(r.figure.country).assigned[r.figure_id] for r in after}
    assert placed == {r.figure_id: canonical[r.figure_id] for r in after}

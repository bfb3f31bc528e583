"""Tally time for one very large story: `python -m bench.tally_big_story [--sizes 1000,5000]`.

A feed that republishes "N killed in <town>" hundreds of times a day makes a single story of
tens of thousands of figures. Storing a batch recomputes that story, and `sitrep tally` reads
it, so every step of a story's tally must grow no faster than n log n. The story built here is
synthetic (no corpus text): a running toll reported by several outlets and monitors, with
civilian and child parts (some linked by `part_of`), soldiers without a place, daily
"past 24 hours" tolls and a long-run toll dated before the story. Each size is tallied for all
time and for a window opening halfway; the time printed is the best of a few rounds.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from extract.model import Figure
from extract.tally import Tally, TallyFigure, tally

T0 = datetime(2025, 6, 1, tzinfo=UTC)
FEEDS = ("Wire A", "Wire B", "Wire C")
SOURCES = (None, None, None, "SOHR", "civil defence", "health ministry")
DAY = timedelta(hours=24)
PER_HOUR = 50.0
"""Figures published per hour: 20,000 figures span about 17 days."""


def _figure(rng: random.Random, n: int, when: datetime) -> tuple[Figure, ...]:
    """One item's figures: mostly the running toll, sometimes with a linked civilian part."""
    base = Figure(
        "killed",
        0,
        0,
        None,
        None,
        "people",
        "synthetic",
        (0, 2),
        country="Syria",
        source=rng.choice(SOURCES),
    )
    roll = rng.random()
    if roll < 0.6:
        toll = 10 + n // 4 + rng.randint(0, 3)
        main = replace(base, count=toll, low=toll, qualifier="at least", place="Raqqa")
        if rng.random() < 0.2:
            part = replace(main, count=toll // 3, low=toll // 3, victims="civilians", part_of=0)
            return (main, part)
        return (main,)
    if roll < 0.7:
        count = 1 + n // 12
        return (replace(base, count=count, low=count, victims="civilians", place="Raqqa"),)
    if roll < 0.75:
        count = 1 + n // 40
        return (replace(base, count=count, low=count, victims="children", place="Raqqa"),)
    if roll < 0.82:
        return (replace(base, count=1 + n // 30, low=1 + n // 30, victims="soldiers"),)
    if roll < 0.9:
        count = rng.randint(5, 60)
        daily = replace(base, count=count, low=count, cumulative=True)
        return (replace(daily, period="in the past 24 hours", period_start=when - DAY),)
    if roll < 0.95:
        count = 40_000 + n
        war = replace(base, count=count, low=count, qualifier="over", cumulative=True)
        start = T0 - timedelta(days=400)
        return (replace(war, update=True, period="since the war began", period_start=start),)
    count = 1 + n // 50
    return (replace(base, kind="injured", count=count, low=count, place="Raqqa"),)


def big_story(size: int, seed: int = 7, per_hour: float = PER_HOUR) -> list[TallyFigure]:
    """About `size` figures of one story, oldest first, `per_hour` of them published each hour."""
    rng = random.Random(seed)
    out: list[TallyFigure] = []
    item = 0
    while len(out) < size:
        item += 1
        when = T0 + timedelta(hours=item / per_hour)
        for figure in _figure(rng, item, when):
            out.append(
                TallyFigure(
                    id=len(out) + 1,
                    figure=figure,
                    item_id=item,
                    item_title=f"Item {item}",
                    item_link=None,
                    feed=rng.choice(FEEDS),
                    published=when,
                    event_id=1,
                    latest_version=rng.random() > 0.02,
                )
            )
    return out


def best_time(figures: Sequence[TallyFigure], since: datetime | None, rounds: int) -> float:
    now = figures[-1].published
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        tally(figures, since=since, now=now)
        best = min(best, time.perf_counter() - start)
    return best


def summary(result: Tally) -> str:
    return f"killed {result.killed} (civilians {result.civilians_killed}), injured {result.injured}"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,5000,20000")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--per-hour",
        type=float,
        default=PER_HOUR,
        help="figures per hour: 2 makes a story of daily tolls over months, a deep tree",
    )
    args = parser.parse_args(argv)
    for size in (int(s) for s in args.sizes.split(",")):
        figures = big_story(size, per_hour=args.per_hour)
        middle = figures[len(figures) // 2].published
        now = figures[-1].published
        whole = best_time(figures, None, args.rounds)
        window = best_time(figures, middle, args.rounds)
        print(
            f"{size:>6} figures: all time {whole:7.3f} s, window {window:7.3f} s;"
            f" {summary(tally(figures, since=None, now=now))}"
        )


if __name__ == "__main__":
    main()

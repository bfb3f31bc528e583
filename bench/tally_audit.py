"""The tally audit: what sitrep counts on two real weeks, beside a hand-audited gold.

    python -m bench.tally_audit [--step HOURS] [--twice] [--db PATH] [--quiet]

Replays the shared replay corpus (`../shared/corpus/`, 1,594 items from 7 outlets, 26 Nov -
10 Dec 2024) as live feeds into a fresh database with the real poller, tallies it over all time
(`sitrep tally --since all`) and compares every counted death figure with the judgements in
`bench/data/` (their format: `bench/data/README.md`). Prints:

- precision of counted figures: the share of figures sitrep counts that the gold says may be
  counted (a new conflict death figure of an event, or a part of one) and whose event sitrep
  does not count above its gold value;
- recall of events: the share of gold events with deaths that sitrep counts at all, and the
  share of their deaths it counts;
- killed per country beside the gold, with the difference;
- every wrong counted figure and every missed event, so that a reviewer can read them.

`--twice` replays a second time into another database with the feeds in reverse order and
another release step, and checks that both give the same tally, country by country: the same
items must give the same numbers whatever order they arrive in.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from bench.ingest_replay import REPLAY, replay
from extract.tally import TalliedFigure, Tally
from storage.db import Storage
from storage.tallies import compute_tally

DATA = Path(__file__).resolve().parent / "data"
END = datetime(2024, 12, 11, tzinfo=UTC).timestamp()
COUNTABLE = ("count", "part")


@dataclass(frozen=True, slots=True)
class GoldFigure:
    link: str
    value: int
    verdict: str
    event: str | None


@dataclass(slots=True)
class GoldEvent:
    id: str
    country: str
    killed: int
    note: str
    figures: list[GoldFigure] = field(default_factory=list)


def load_gold() -> tuple[dict[str, GoldEvent], dict[tuple[str, int], list[GoldFigure]]]:
    events: dict[str, GoldEvent] = {}
    for path in sorted(DATA.glob("replay_events*.jsonl")):
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            events[row["event"]] = GoldEvent(
                row["event"], row["country"], int(row["killed"]), row.get("note", "")
            )
    figures: dict[tuple[str, int], list[GoldFigure]] = defaultdict(list)
    for path in sorted(DATA.glob("replay_figures*.jsonl")):
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            gold = GoldFigure(row["link"], int(row["value"]), row["verdict"], row.get("event"))
            figures[(gold.link, gold.value)].append(gold)
            if gold.event in events:
                events[gold.event].figures.append(gold)
    return events, figures


def _judge(
    t: TalliedFigure,
    figures: dict[tuple[str, int], list[GoldFigure]],
    by_link: dict[str, list[GoldFigure]],
) -> GoldFigure | None:
    """The gold judgement of a figure sitrep counts: same item, same value (a countable
    judgement first when one item gives one value twice); else, when sitrep counts the parts
    of a figure the gold reads whole ("a woman and three children" as 1 and 3), the item's
    countable gold figure it is a part of. Counting parts beside their whole still shows as an
    event counted above its gold value."""
    link = t.source.item_link or ""
    found = figures.get((link, t.source.figure.count), [])
    if found:
        return next((g for g in found if g.verdict in COUNTABLE), found[0])
    wholes = [
        g
        for g in by_link.get(link, [])
        if g.verdict in COUNTABLE and g.value > t.source.figure.count
    ]
    return min(wholes, key=lambda g: g.value) if wholes else None


@dataclass(slots=True)
class Audit:
    counted: list[tuple[TalliedFigure, GoldFigure | None, str | None]]
    """Every counted death figure, its gold judgement and why it is wrong (None when right)."""
    tallied: dict[str, int]
    """Gold event -> what sitrep counts of it."""


def audit(
    result: Tally, events: dict[str, GoldEvent], figures: dict[tuple[str, int], list[GoldFigure]]
) -> Audit:
    counted = [
        t
        for t in result.figures
        if t.counted and t.tallied > 0 and t.source.figure.kind == "killed"
    ]
    out: list[tuple[TalliedFigure, GoldFigure | None, str | None]] = []
    tallied: dict[str, int] = defaultdict(int)
    by_link: dict[str, list[GoldFigure]] = defaultdict(list)
    for found in figures.values():
        for g in found:
            by_link[g.link].append(g)
    # Largest first, so that an event counted above its gold value is blamed on the figures
    # that pushed it over.
    for t in sorted(counted, key=lambda t: -t.tallied):
        gold = _judge(t, figures, by_link)
        why: str | None = None
        if gold is None:
            why = "no death figure of that value in the gold"
        elif gold.verdict not in COUNTABLE:
            why = f"gold: {gold.verdict}"
        elif gold.event not in events:
            why = f"gold event {gold.event} not listed"
        else:
            event = events[gold.event]
            if tallied[event.id] + t.tallied > event.killed:
                why = f"{event.id} counted above its gold value {event.killed}"
            tallied[event.id] += t.tallied
        out.append((t, gold, why))
    return Audit(out, dict(tallied))


def report(result: Tally, events: dict[str, GoldEvent], checked: Audit, quiet: bool) -> None:
    right = sum(1 for _, _, why in checked.counted if why is None)
    total = len(checked.counted)
    real = [e for e in events.values() if e.killed > 0]
    found = [e for e in real if checked.tallied.get(e.id, 0) > 0]
    gold_deaths = sum(e.killed for e in real)
    got_deaths = sum(min(checked.tallied.get(e.id, 0), e.killed) for e in real)
    print(f"\nprecision of counted figures: {right}/{total} = {right / max(total, 1):.1%}")
    print(
        f"recall of events: {len(found)}/{len(real)} = {len(found) / max(len(real), 1):.1%}; "
        f"of their deaths: {got_deaths}/{gold_deaths} = {got_deaths / max(gold_deaths, 1):.1%}"
    )
    gold_by_country: dict[str, int] = defaultdict(int)
    for e in real:
        gold_by_country[e.country] += e.killed
    ours = {c.country or "unknown": c.killed for c in result.by_country}
    print(f"\n  {'country':<14} {'sitrep':>7} {'gold':>7} {'diff':>7}")
    for country in sorted(set(gold_by_country) | set(ours), key=lambda c: -gold_by_country[c]):
        gold, got = gold_by_country.get(country, 0), ours.get(country, 0)
        diff = f"{(got - gold) / gold:+.0%}" if gold else ("" if not got else "new")
        print(f"  {country:<14} {got:>7} {gold:>7} {diff:>7}")
    print(f"  {'total':<14} {result.killed:>7} {sum(gold_by_country.values()):>7}")
    if quiet:
        return
    print("\nwrong counted figures:")
    for t, _, why in checked.counted:
        if why is not None:
            f = t.source
            print(f"  {t.tallied:>5} ({f.figure.country}) {why}\n        {f.item_title}")
    print("\nmissed events (gold deaths sitrep does not count):")
    for e in real:
        if checked.tallied.get(e.id, 0) < e.killed:
            print(f"  {e.id}: {checked.tallied.get(e.id, 0)} of {e.killed} ({e.note})")


def tally_of(db: Path) -> Tally:
    with Storage.open(db, readonly=True) as store:
        return compute_tally(store, since=None, now=END)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--step", type=float, default=6.0, help="hours released per pass")
    parser.add_argument("--db", type=Path, help="keep the replayed database at this path")
    parser.add_argument("--twice", action="store_true", help="replay again in another order")
    parser.add_argument("--quiet", action="store_true", help="only the figures")
    args = parser.parse_args()
    if not REPLAY.exists():
        print(f"corpus not found at {REPLAY}; nothing to audit", file=sys.stderr)
        sys.exit(0)
    events, figures = load_gold()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "audit.db"
        asyncio.run(replay(args.step, keep=db, cold=False, quiet=True))
        result = tally_of(db)
        report(result, events, audit(result, events, figures), args.quiet)
        if args.twice:
            other = Path(tmp) / "again.db"
            asyncio.run(replay(args.step * 4, keep=other, cold=False, quiet=True, reverse=True))
            again = tally_of(other)
            first = [(c.country, c.killed, c.injured) for c in result.by_country]
            second = [(c.country, c.killed, c.injured) for c in again.by_country]
            same = first == second
            print(f"\nsame tally in another feed order and step: {'yes' if same else 'NO'}")
            if not same:
                print(f"  first:  {first}\n  second: {second}")
                sys.exit(1)


if __name__ == "__main__":
    main()

"""A simulated day of 1,000 feeds that go bad, slow or hostile: `python -m bench.soak_day`.

A local server (`bench._soak_server`, its own process) publishes `--feeds` feeds, each at its
own pace (an item every 20 minutes to 3 hours, every item with a casualty sentence), and gives
a share of them (`--bad-share`, 20%) spells of misbehaviour at random times of the day, one to
eight hours long: bad (HTTP 500, 404, 410 for good, a web page, broken XML, an empty body),
slow (no answer, a body dripping a byte a second, answers after 1.5 s) or hostile (a gzip bomb,
a 12 MB body, a redirect loop, entity expansion, terminal escapes and markup in titles,
`&lt;![` and `&lt;!--` bait for a quadratic parser, 5,000 items, 429 with a two-hour
Retry-After, impossible dates).

Time is simulated with an injected clock, not by running ten times faster: the real `Poller`
(fetch, parse and extract in the parse pool, one transaction per feed) gets `clock=` a
simulated clock that moves `--step` (5 minutes) after each pass, and the server publishes what
is due by that time. So every schedule is in simulated time (the feeds' 10-minute interval,
backoff of failing feeds, Retry-After, retention), while network and parse deadlines are real
seconds (fetch `--deadline` 10 s, parse 20 s: a stalled feed costs a pass that long). After
each pass the soak does what the poll service does when idle: retention and housekeeping every
simulated hour (with `--retention-days`, 1 by default, so that a run past 24 hours prunes), and
a WAL checkpoint. The run is as fast as the passes are; the speed-up over real time is printed.

Printed per simulated hour: items stored (and new), feed fetches, failed fetches by class,
peak memory (RSS of this process and its parse workers, sampled every 0.2 s; the feed server
is not counted), the database and WAL size, and the wall time the hour took. At the end: what
reached the terminal (control characters in stored text), and a summary to paste into the
README.

    .venv/bin/python -m bench.soak_day                       # 1,000 feeds, 24 simulated hours
    .venv/bin/python -m bench.soak_day --feeds 200 --hours 6 # a quick look

Linux only (/proc).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shlex
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench._procs import descendants, rss
from bench._soak_server import SoakServer
from ingest.config import parse_config
from ingest.poller import FeedReport, Poller
from ingest.service import make_executor
from storage.maintenance import checkpoint, upkeep

CLASSES = (
    "timeout",
    "http 5xx",
    "http 4xx",
    "gone",
    "throttled",
    "redirects",
    "too large",
    "not a feed",
    "parse",
    "other",
)
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def error_class(feed: FeedReport) -> str:
    """Which kind of failure a failed fetch was, from its status and error sentence."""
    error = (feed.error or "").lower()
    status = feed.status or 0
    if "timed out" in error:
        return "timeout"
    if status == 410 or "gone" in error:
        return "gone"
    if status == 429:
        return "throttled"
    if status >= 500:
        return "http 5xx"
    if status >= 400:
        return "http 4xx"
    if "redirect" in error:
        return "redirects"
    if "larger than" in error or "decompress" in error:
        return "too large"
    if any(
        k in error for k in ("web page", "well-formed", "not an rss", "empty", "could not be read")
    ):
        return "not a feed"
    if "pars" in error or "process" in error:
        return "parse"
    return "other"


class Sampler(threading.Thread):
    """Peak RSS of this process and its descendants (the parse workers), server excluded."""

    def __init__(self, exclude: int) -> None:
        super().__init__(name="rss-sampler", daemon=True)
        self.exclude = exclude
        self.peak = 0
        self.stop = threading.Event()
        self.lock = threading.Lock()

    def take(self) -> int:
        """The peak since the last call, in bytes."""
        with self.lock:
            peak, self.peak = self.peak, 0
        return peak

    def run(self) -> None:
        me = os.getpid()
        while not self.stop.wait(0.2):
            total = 0
            for pid in descendants(me) - {self.exclude} - descendants(self.exclude):
                total += rss(pid)
            total += rss(me)
            with self.lock:
                self.peak = max(self.peak, total)


@dataclass
class Hour:
    number: int
    items: int = 0
    new: int = 0
    fetches: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    peak: int = 0
    db_bytes: int = 0
    wal_bytes: int = 0
    wall: float = 0.0
    pruned: int = 0


class SimClock:
    def __init__(self, start: float) -> None:
        self.t = start

    def __call__(self) -> float:
        return self.t


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def write_config(folder: Path, server: SoakServer, args: argparse.Namespace) -> str:
    lines = [
        "settings:",
        "  interval: 10m",
        "  min_interval: 5m",
        "  max_interval: 6h",
        f"  concurrency: {args.concurrency}",
        f"  per_host: {min(args.concurrency, 16)}",
        f"  deadline: {args.deadline:g}s",
        "  parse_deadline: 20s",
        f"  retention_days: {args.retention_days}",
        "feeds:",
        *(f"  - url: {server.url(i)}" for i in range(server.feeds)),
    ]
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace, command: str) -> int:
    folder = args.workdir or Path(tempfile.mkdtemp(prefix="sitrep-soak-day-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "sitrep.db"
    server = SoakServer(args.feeds, 30, args.seed)
    text = write_config(folder, server, args)
    config = parse_config(text, folder / "feeds.yaml")
    start = time.time()
    spells = server.call(
        "modes", seed=args.seed, share=args.bad_share, hours=args.hours, start=start
    )
    clock = SimClock(start)
    sampler = Sampler(server.proc.pid)
    sampler.start()
    hours: list[Hour] = []
    began = time.perf_counter()
    print(
        f"{args.feeds} feeds over {args.hours:g} simulated hours, passes every "
        f"{args.step:g} simulated seconds; misbehaving spells: {spells}; database {db}",
        flush=True,
    )
    print(
        "| hour | items | new | fetches | failed fetches by class | peak MB | db MB | wal MB |",
        end="",
    )
    print(" wall s |")
    print("|---:|---:|---:|---:|---|---:|---:|---:|---:|")
    try:
        with make_executor(2, deadline=config.settings.parse_deadline) as pool:
            poller = Poller(config, db, executor=pool, clock=clock)
            store = poller.store

            async def day() -> None:
                last_upkeep: float | None = None
                hour = Hour(1)
                hour_began = time.perf_counter()
                end = start + args.hours * 3600
                while clock.t < end:
                    server.call("time", t=clock.t)
                    report = await poller.run_pass()
                    hour.new += report.new
                    hour.fetches += len(report.feeds)
                    hour.errors.update(error_class(f) for f in report.failed)
                    if last_upkeep is None or clock.t - last_upkeep >= 3600:
                        last_upkeep = clock.t
                        pruned = upkeep(store, now=clock.t, retention_days=args.retention_days)
                        hour.pruned += pruned.items
                    checkpoint(store)
                    clock.t += args.step
                    if clock.t >= start + hour.number * 3600 or clock.t >= end:
                        hour.items = int(store.scalar("SELECT COUNT(*) FROM items"))
                        hour.peak = sampler.take()
                        hour.db_bytes = _size(db)
                        hour.wal_bytes = _size(db.with_name(db.name + "-wal"))
                        hour.wall = time.perf_counter() - hour_began
                        hours.append(hour)
                        errors = ", ".join(
                            f"{name} {hour.errors[name]}" for name in CLASSES if hour.errors[name]
                        )
                        print(
                            f"| {hour.number} | {hour.items} | {hour.new} | {hour.fetches} | "
                            f"{errors or '-'} | {hour.peak / 1e6:.0f} | "
                            f"{hour.db_bytes / 1e6:.1f} | {hour.wal_bytes / 1e6:.1f} | "
                            f"{hour.wall:.0f} |",
                            flush=True,
                        )
                        hour = Hour(hour.number + 1)
                        hour_began = time.perf_counter()

            asyncio.run(day())
            dirty = [
                str(value)
                for (value,) in store.execute("SELECT title || ' ' || summary FROM items")
                if CONTROL.search(str(value))
            ]
            integrity = store.scalar("PRAGMA integrity_check")
            store.close()
    finally:
        sampler.stop.set()
        server.close()
        if args.workdir is None:
            shutil.rmtree(folder, ignore_errors=True)
    wall = time.perf_counter() - began
    totals: Counter[str] = Counter()
    for h in hours:
        totals.update(h.errors)
    peak = max((h.peak for h in hours), default=0)
    last = hours[-1] if hours else Hour(0)
    print()
    print(f"Command: `{command}`")
    print(
        f"Day soak: {args.feeds} feeds, {args.hours:g} simulated hours in {wall / 60:.1f} min "
        f"({args.hours * 3600 / wall:.0f}x real time, injected clock), "
        f"{int(args.bad_share * 100)}% "
        f"of the feeds bad, slow or hostile for hours at a time: {last.items} items stored, "
        f"{sum(h.fetches for h in hours)} fetches, {sum(totals.values())} failed ("
        + ", ".join(f"{name} {totals[name]}" for name in CLASSES if totals[name])
        + f"); peak memory {peak / 1e6:.0f} MB (poller and parse workers); database "
        f"{last.db_bytes / 1e6:.1f} MB, WAL {last.wal_bytes / 1e6:.1f} MB at the end; "
        f"integrity_check {integrity}; {len(dirty)} stored text(s) with control characters; "
        f"the poller never stopped."
    )
    return 0 if integrity == "ok" and not dirty else 1


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.soak_day", description=__doc__)
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--hours", type=float, default=24.0)
    parser.add_argument("--step", type=float, default=300.0, help="simulated seconds per pass")
    parser.add_argument("--bad-share", type=float, default=0.2)
    parser.add_argument("--retention-days", type=int, default=1)
    parser.add_argument(
        "--deadline", type=float, default=10.0, help="fetch deadline (real seconds)"
    )
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args(argv)
    given = sys.argv[1:] if argv is None else list(argv)
    command = shlex.join(["python", "-m", "bench.soak_day", *given])
    raise SystemExit(run(args, command))


if __name__ == "__main__":
    main()

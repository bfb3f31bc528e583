"""Ingest cost against the size of the store: `python -m bench.ingest_scale`.

Does storing a new item cost more when the database already holds many? For each stored
size (`--stored`, default 1,000 and 100,000 items) a database is prepared once, then the same
fixed batch of new items (`--feeds` x `--items`, default 40 x 50 = 2,000) is ingested into a
fresh copy of it by `sitrep poll --once`, `--rounds` times (default 3). The sizes take turns
within each round (which goes first alternates), so other work on the machine stretches both
alike. Printed: new items per second of wall time, wall, CPU of the whole process tree, CPU of
sitrep's own process (the writer: it also fetches, but parsing and extraction run in worker
processes) and its share, each the median over the rounds; then the ratio of the largest size
to the smallest.

The stored history is written through the real write path: `sitrep poll --once` over
synthetic feeds (`bench.poll`'s server and generator: every item a casualty report in a real
town, several outlets per incident, a skew towards a few big stories) whose items are
published over the days before the run at a steady `--per-day` items a day (default 4,000,
about what 200 busy outlets publish), as a store that grew day by day holds them: 100,000
items are 25 days of news and 1,000 the last six hours, so the writer's in-memory indexes of
the last days see the load a real store of that size gives them. A store prepared by an older
sitrep lacks the writer's stored event index (`event_index`, migration 014), which the last
pass of a preparation writes: a warning says so, and a new `--workdir` prepares it afresh.
Its feeds are left out of the timed pass's configuration (they stay in the database,
disabled), so the pass fetches only the batch. The batch is new content from its own feeds,
published over the last `--batch-days` (default 1): its items join the stored stories and
events of the same towns.

    .venv/bin/python -m bench.ingest_scale
    .venv/bin/python -m bench.ingest_scale --stored 1000 10000 100000 --rounds 5
    .venv/bin/python -m bench.ingest_scale --profile /tmp/prof   # then one py-spy run per size

With `--profile DIR`, after the timed rounds each size's pass runs once more under py-spy
(`--py-spy PATH`, else `py-spy` on PATH), sampling sitrep's own process; the collapsed stacks
go to DIR/ingest-SIZE.txt. Linux only (/proc, prctl), like `bench.poll`.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import os
import shlex
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench.poll import FeedServer, Run, Sitrep, State, become_subreaper, measure

HISTORY_SEED_OFFSET = 1000
"""The stored history is drawn with `--seed` plus this, the batch with `--seed` itself."""


@dataclass
class Size:
    """One stored size: its prepared database and the timed passes into copies of it."""

    target: int
    folder: Path
    stored: int = 0
    stories: int = 0
    events: int = 0
    figures: int = 0
    runs: list[Run] = field(default_factory=list)
    new_items: list[int] = field(default_factory=list)
    digests: list[str] = field(default_factory=list)

    def median(self, pick: Callable[[Run], float]) -> float:
        return statistics.median(pick(r) for r in self.runs)

    def rate(self) -> float:
        """New items per second of wall time: the median over the rounds."""
        return statistics.median(n / r.wall for n, r in zip(self.new_items, self.runs, strict=True))


def _scalar(db: Path, query: str) -> int:
    with sqlite3.connect(db) as conn:
        value = conn.execute(query).fetchone()[0]
    conn.close()
    return int(value or 0)


_FIGURES = """SELECT f.id, fe.url, i.key, f.version, f.idx, f.event_id FROM figures f
    JOIN items i ON i.id = f.item_id JOIN feeds fe ON fe.id = i.feed_id"""


def digest(db: Path) -> str:
    """A short hash of the events a pass decided: which figures each event holds, and each
    event's stored tally. A figure is named by its item and place in it, an event by its first
    figure, so the hash does not depend on the order the feeds arrived in (ids do). The same
    batch into the same database must give the same one (stories may differ: they are not
    settled, see docs/design.md)."""
    with sqlite3.connect(db) as conn:
        figures = conn.execute(_FIGURES).fetchall()
        tallies = conn.execute(
            "SELECT event_id, killed, injured, killed_low, killed_high, civilians, as_of "
            "FROM event_tallies"
        ).fetchall()
    conn.close()
    name = {row[0]: row[1:5] for row in figures}
    h = hashlib.sha256()
    h.update(repr(sorted((name[f[0]], name.get(f[5])) for f in figures)).encode())
    h.update(repr(sorted((name.get(t[0]), t[1:]) for t in tallies)).encode())
    return h.hexdigest()[:12]


def copy_db(source: Path, folder: Path) -> None:
    """The prepared database (and its WAL, if one was left) into a fresh folder."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for suffix in ("", "-wal", "-shm"):
        path = source.with_name(source.name + suffix)
        if path.exists():
            shutil.copyfile(path, folder / path.name)


class ScaleBench:
    def __init__(self, args: argparse.Namespace, work: Path) -> None:
        self.args = args
        self.work = work
        self.sitrep = Sitrep(args.concurrency)
        self.sizes = [Size(n, work / f"stored-{n}") for n in args.stored]

    def run_pass(self, state: State, server: FeedServer) -> tuple[Run, int]:
        """One `sitrep poll --once` against `server`; the run and how many items it added."""
        server.call("stats")  # reset the counters
        argv, env = self.sitrep.command(state, server)
        before = self.sitrep.stored(state) or 0
        run = measure(argv, env, state.folder, self.args.sample_ms / 1000, server.proc.pid)
        if run.returncode != 0:
            tail = (run.stderr.strip().splitlines() or ["(no output)"])[-3:]
            raise SystemExit(f"sitrep exited {run.returncode}: " + " | ".join(tail))
        stats = server.call("stats")
        if stats["ok"] != server.feeds:
            print(f"    warning: {stats['ok']} of {server.feeds} feeds answered 200", flush=True)
        return run, (self.sitrep.stored(state) or 0) - before

    def prepare(self, size: Size) -> None:
        """Store `size.target` items published over the days before now, a day at a time,
        oldest first, as a store that grew day by day was written (one pass per day)."""
        args = self.args
        days = size.target / args.per_day
        chunks = max(1, math.ceil(days / args.chunk_days))
        db = size.folder / "sitrep.db"
        if db.exists():  # kept from an earlier run in the same --workdir
            age = (time.time() - _scalar(db, "SELECT MAX(first_seen) FROM items")) / 3600
            size.stored = _scalar(db, "SELECT count(*) FROM items")
            print(f"reusing {db} ({size.stored} items, prepared {age:.1f} hours ago)", flush=True)
        else:
            size.folder.mkdir(parents=True, exist_ok=True)
            state = State(size.folder)
            started, feeds = time.perf_counter(), 0
            for chunk in range(chunks):
                items = round(size.target * (chunk + 1) / chunks) - size.stored
                count = max(1, math.ceil(items / args.items))
                ago = days * (chunks - chunk - 1) / chunks
                seed = args.seed + HISTORY_SEED_OFFSET + chunk
                server = FeedServer(count, args.items, seed, days / chunks, ago)
                try:
                    (state.folder / "feeds.yaml").unlink(missing_ok=True)  # this day's feeds
                    _run, added = self.run_pass(state, server)
                finally:
                    server.close()
                size.stored += added
                feeds += count
                print(
                    f"  preparing {size.target}: day {chunk + 1}/{chunks}, {size.stored} items",
                    end="\r",
                    flush=True,
                )
            took = time.perf_counter() - started
            print(
                f"prepared {size.target} in {took:.0f} s ({size.stored / took:.0f} items/s, "
                f"{chunks} passes, {feeds} feeds)",
                flush=True,
            )
        indexed = _scalar(db, "SELECT count(*) FROM sqlite_master WHERE name = 'event_index'")
        if indexed:
            indexed = _scalar(db, "SELECT count(*) FROM event_index")
        if size.stored and not indexed:
            print(
                f"  warning: stored {size.target} holds no stored event index (prepared by an "
                "older sitrep?): every timed pass reads the last weeks of figures back",
                flush=True,
            )
        size.stories = _scalar(db, "SELECT count(*) FROM stories")
        size.figures = _scalar(db, "SELECT count(*) FROM figures")
        size.events = _scalar(db, "SELECT count(DISTINCT event_id) FROM figures")
        hours = days * 24
        span = f"{hours:.0f} hours" if hours < 48 else f"{days:.0f} days"
        print(
            f"  stored {size.target}: {size.stored} items over {span} ({size.figures} "
            f"figures, {size.events} events, {size.stories} stories)",
            flush=True,
        )

    def timed(self, size: Size, round_: int, server: FeedServer) -> None:
        state = State(self.work / f"r{round_ + 1}-{size.target}")
        copy_db(size.folder / "sitrep.db", state.folder)
        run, added = self.run_pass(state, server)
        size.runs.append(run)
        size.new_items.append(added)
        size.digests.append(digest(state.folder / "sitrep.db"))
        print(
            f"  r{round_ + 1} stored {size.target:>7}: {added} new, {added / run.wall:6.0f} "
            f"items/s, wall {run.wall:6.2f} s, cpu {run.cpu:6.2f} s, writer {run.own_cpu:6.2f} s"
            f", elsewhere {run.others:.1f} cores, result {size.digests[-1]}",
            flush=True,
        )
        if not self.args.keep:
            shutil.rmtree(state.folder, ignore_errors=True)

    def profile(self, size: Size, server: FeedServer, out: Path, py_spy: str) -> None:
        state = State(self.work / f"profile-{size.target}")
        copy_db(size.folder / "sitrep.db", state.folder)
        argv, env = self.sitrep.command(state, server)
        target = out / f"ingest-{size.target}.txt"
        record = [py_spy, "record", "--rate", "250", "--format", "raw", "-o", str(target)]
        done = subprocess.run(
            [*record, "--", *argv], env=env, cwd=state.folder, capture_output=True, text=True
        )
        status = "written" if done.returncode == 0 else f"py-spy exited {done.returncode}"
        print(f"  profile of stored {size.target}: {target} ({status})", flush=True)

    def run(self) -> None:
        args = self.args
        for size in self.sizes:
            self.prepare(size)
        server = FeedServer(args.feeds, args.items, args.seed, args.batch_days)
        try:
            print(
                f"batch: {args.feeds} feeds x {args.items} items of new content, published "
                f"over the last {args.batch_days:g} day(s), served from 127.0.0.1:{server.port}",
                flush=True,
            )
            for round_ in range(args.rounds):
                shift = round_ % len(self.sizes)
                for size in self.sizes[shift:] + self.sizes[:shift]:
                    self.timed(size, round_, server)
            if args.profile is not None:
                args.profile.mkdir(parents=True, exist_ok=True)
                py_spy = args.py_spy or shutil.which("py-spy")
                if py_spy is None:
                    print("  no profile: py-spy not found (--py-spy PATH)", flush=True)
                else:
                    for size in self.sizes:
                        self.profile(size, server, args.profile, py_spy)
        finally:
            server.close()

    def table(self, command: str) -> str:
        args = self.args
        sizes = [s for s in self.sizes if s.runs]
        out = [
            f"Ingest against stored size: a batch of {args.feeds} feeds x {args.items} new items "
            f"by `sitrep poll --once`, medians of {args.rounds} round(s); {os.cpu_count()} cores; "
            f"{self.sitrep.label}.",
            f"Command: `{command}`",
            "Writer: sitrep's own process (storing, and fetching); parsing and extraction run "
            "in its worker processes. Elsewhere: cores busy with other work meanwhile.",
            "",
            "| stored items | figures | events | new items | items/s | wall s | CPU s | "
            "writer CPU s | writer share | writer ms/item | elsewhere |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for s in sizes:
            new = statistics.median(s.new_items)
            wall, cpu = s.median(lambda r: r.wall), s.median(lambda r: r.cpu)
            own = s.median(lambda r: r.own_cpu)
            out.append(
                f"| {s.stored:,} | {s.figures:,} | {s.events:,} | {new:.0f} | {s.rate():.0f} | "
                f"{wall:.2f} | {cpu:.2f} | {own:.2f} | {own / cpu:.0%} | "
                f"{1000 * own / new:.2f} | {s.median(lambda r: r.others):.1f} |"
            )
        if len(sizes) >= 2:
            small, big = sizes[0], sizes[-1]

            def ratio(pick: Callable[[Run], float]) -> float:
                return big.median(pick) / small.median(pick)

            out += [
                "",
                f"{big.stored:,} stored vs {small.stored:,}: items/s "
                f"{big.rate() / small.rate():.2f}x, wall {ratio(lambda r: r.wall):.2f}x, "
                f"CPU {ratio(lambda r: r.cpu):.2f}x, writer CPU {ratio(lambda r: r.own_cpu):.2f}x.",
            ]
        unstable = [s.target for s in sizes if len(set(s.digests)) > 1]
        if unstable:
            out += ["", f"warning: rounds gave different results at stored sizes {unstable}"]
        return "\n".join(out)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.ingest_scale",
        description="Time ingesting the same new items into stores of different sizes.",
    )
    parser.add_argument(
        "--stored", type=int, nargs="+", default=[1000, 100_000], help="stored sizes (items)"
    )
    parser.add_argument("--feeds", type=int, default=40, help="feeds of the timed batch (40)")
    parser.add_argument("--items", type=int, default=50, help="items per feed (50)")
    parser.add_argument("--rounds", type=int, default=3, help="timed passes per size (3)")
    parser.add_argument(
        "--per-day", type=float, default=4000, help="stored items published per day (4000)"
    )
    parser.add_argument(
        "--chunk-days",
        type=float,
        default=1.0,
        help="the stored history is written one pass per this many days of news (1)",
    )
    parser.add_argument(
        "--batch-days", type=float, default=1.0, help="the batch's items span this many days (1)"
    )
    parser.add_argument("--concurrency", type=int, default=8, help="feeds fetched at once (8)")
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--sample-ms", type=float, default=20.0, help="RSS sampling interval")
    parser.add_argument(
        "--workdir",
        type=Path,
        help="where databases go, kept; a database prepared there by an earlier run is "
        "reused (default: a temporary folder, removed)",
    )
    parser.add_argument("--keep", action="store_true", help="keep each round's database too")
    parser.add_argument("--profile", type=Path, help="also profile one pass per size into DIR")
    parser.add_argument("--py-spy", help="the py-spy executable (default: on PATH)")
    args = parser.parse_args(argv)
    counts = (args.rounds, args.feeds, args.items, *args.stored)
    if min(counts) < 1 or min(args.per_day, args.chunk_days) <= 0:
        parser.error("sizes, rounds, feeds, items, --per-day and --chunk-days must be positive")
    if not 1 <= args.concurrency <= 16:
        parser.error("--concurrency must be 1-16 (sitrep's per_host limit)")
    args.stored = sorted(set(args.stored))
    return args


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    command = shlex.join(
        ["python", "-m", "bench.ingest_scale", *(sys.argv[1:] if argv is None else argv)]
    )
    if not become_subreaper():
        print("warning: not a child subreaper: CPU of orphaned workers may be missed")
    work = args.workdir or Path(tempfile.mkdtemp(prefix="sitrep-ingest-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    bench = ScaleBench(args, work)
    try:
        bench.run()
    except KeyboardInterrupt:
        print("\ninterrupted: the table holds the rounds that finished", flush=True)
    finally:
        if args.workdir is None and not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print()
    print(bench.table(command))


if __name__ == "__main__":
    main()

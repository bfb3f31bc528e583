"""Readers beside a busy poller: `python -m bench.concurrency`.

One poller stores N local feeds x M items (a cold pass: every item new), then keeps polling
every feed while rounds of changes publish new items in a tenth of them (`bench.poll`'s feed
server and synthetic war week, in its own process). Meanwhile R readers run the desk's
commands in a loop, each a new `sitrep` process exactly as a script or an editor runs it:
`sitrep events`, `sitrep tally`, `sitrep actors --json` (the dashboard's default window). A
probe process beside them runs the same queries on one read-only connection whose
`busy_timeout` is 0, so that any wait for a lock at all shows as an error instead of being
absorbed by SQLite's busy handler.

The poller is the real `Poller` in this process (fetch, parse and extract in the parse pool,
one transaction per feed), followed after each pass by what the poll service does when idle
(retention, housekeeping, WAL checkpoint). Every write transaction's wait for the lock and
time holding it are recorded.

Printed per phase (cold pass, change rounds, and idle afterwards as the baseline):

- per reader command: runs, failures (exit status not 0, or "locked" / "busy" in its
  stderr), median, 95th percentile and max wall time of one run (process start to exit), and
  the longest time a run spent off the CPU (wall less its own user+system time: waiting for
  a lock, the disk, or a core, since the poller's parse workers keep both cores busy);
- the probe: queries, lock conflicts, longest query;
- the poller: transactions, the longest and median time holding the write lock, the longest
  wait for it, lock retries, and the end-of-pass settlement.

A short summary at the end can be pasted into the README.

    .venv/bin/python -m bench.concurrency                       # 300 feeds x 50 items, 3 readers
    .venv/bin/python -m bench.concurrency --feeds 30 --rounds 2  # a quick look

The test suite runs `run()` at 30 feeds x 50 items and asserts that no reader failed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench.poll import FeedServer
from ingest.config import parse_config
from ingest.poller import Poller
from ingest.service import make_executor
from storage.db import TransactionStats
from storage.maintenance import checkpoint, upkeep

ROOT = Path(__file__).resolve().parents[1]
READERS: dict[str, list[str]] = {
    "events": ["events"],
    "tally": ["tally"],
    "actors": ["actors", "--json"],
}
PHASES = ("cold", "changes", "idle")


@dataclass
class Options:
    feeds: int = 300
    items: int = 50
    rounds: int = 5
    """Change rounds after the cold pass (more while readers still need runs)."""
    readers: tuple[str, ...] = tuple(READERS)
    min_runs: int = 2
    """Runs each reader must finish, started while the poller writes, in each writing phase."""
    idle_runs: int = 3
    concurrency: int = 8
    seed: int = 11
    workers: int = 2
    max_seconds: float = 3600.0
    """Give up the change rounds after this long even when readers have not run enough."""
    quiet: bool = False


@dataclass
class RecordingStats(TransactionStats):
    """Transaction stats that also keep every hold time, by what the poller was doing: a
    feed's items (`feed`), settling the pass's events (`settle`), or retention and
    housekeeping (`upkeep`)."""

    label: str = "feed"
    holds: dict[str, list[float]] = field(default_factory=dict)

    def add(self, waited: float, held: float) -> None:
        super().add(waited, held)
        self.holds.setdefault(self.label, []).append(held)

    def longest(self, label: str) -> float:
        return max(self.holds.get(label, []), default=0.0)

    def median(self, label: str) -> float:
        found = self.holds.get(label)
        return statistics.median(found) if found else 0.0


@dataclass(frozen=True)
class ReaderRun:
    name: str
    phase: str
    wall: float
    cpu: float
    code: int
    err: str

    @property
    def failed(self) -> bool:
        text = self.err.lower()
        return self.code != 0 or "locked" in text or "busy" in text


@dataclass
class PhaseStats:
    name: str
    seconds: float = 0.0
    new_items: int = 0
    feeds_polled: int = 0
    transactions: RecordingStats = field(default_factory=RecordingStats)
    settle: float = 0.0


@dataclass
class Result:
    options: Options
    phases: dict[str, PhaseStats]
    runs: list[ReaderRun]
    probe: list[dict[str, object]]
    stored: int = 0

    def runs_of(self, name: str, phase: str) -> list[ReaderRun]:
        return [r for r in self.runs if r.name == name and r.phase == phase]

    @property
    def failures(self) -> list[ReaderRun]:
        return [r for r in self.runs if r.failed]

    @property
    def probe_conflicts(self) -> int:
        return sum(1 for p in self.probe if p.get("busy"))

    @property
    def probe_errors(self) -> list[str]:
        return [str(p["error"]) for p in self.probe if p.get("error")]

    def writing(self) -> list[ReaderRun]:
        return [r for r in self.runs if r.phase != "idle"]


class Phase:
    """The phase the run is in, read by the reader threads when a run starts."""

    def __init__(self) -> None:
        self.name = "cold"
        self.lock = threading.Lock()

    def get(self) -> str:
        with self.lock:
            return self.name

    def set(self, name: str) -> None:
        with self.lock:
            self.name = name


def sitrep_argv() -> list[str]:
    script = Path(sys.executable).with_name("sitrep")
    return [str(script)] if script.exists() else [sys.executable, "-m", "cli"]


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, float, int, str]:
    """Run a command to its end: (wall, its user+system CPU, exit code, stderr)."""
    started = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    assert proc.stderr is not None
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    proc.returncode = code
    return wall, usage.ru_utime + usage.ru_stime, code, err


class ReaderLoop(threading.Thread):
    def __init__(
        self,
        name: str,
        argv: list[str],
        env: dict[str, str],
        phase: Phase,
        runs: list[ReaderRun],
        lock: threading.Lock,
    ) -> None:
        super().__init__(name=f"reader-{name}", daemon=True)
        self.reader = name
        self.argv = argv
        self.env = env
        self.phase = phase
        self.runs = runs
        self.lock = lock
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            phase = self.phase.get()
            wall, cpu, code, err = run_once(self.argv, self.env)
            if self.phase.get() != phase:
                phase = "mixed"  # started in one phase, ended in another: not counted in either
            with self.lock:
                self.runs.append(ReaderRun(self.reader, phase, wall, cpu, code, err))


class Probe(threading.Thread):
    """Reads the probe subprocess's one JSON line per query."""

    def __init__(self, db: Path, phase: Phase, env: dict[str, str]) -> None:
        super().__init__(name="probe", daemon=True)
        self.phase = phase
        self.rows: list[dict[str, object]] = []
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bench.concurrency", "--probe", str(db)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=ROOT,
            env=env,
            text=True,
        )

    def run(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            row = json.loads(line)
            row["phase"] = self.phase.get()
            self.rows.append(row)

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=60)
        self.join(timeout=10)


def probe_main(db: str) -> None:
    """The probe: the readers' queries on a connection that never waits for a lock."""
    from storage import queries
    from storage.db import Storage
    from storage.tallies import compute_tally

    stop = threading.Event()

    def until_closed() -> None:
        sys.stdin.read()
        stop.set()

    threading.Thread(target=until_closed, daemon=True).start()
    path = Path(db)
    while not stop.is_set():
        for name in READERS:
            started = time.perf_counter()
            row: dict[str, object] = {"query": name}
            try:
                with Storage.open(path, readonly=True) as store:
                    store.set_busy_timeout(0)
                    now = time.time()
                    if name == "events":
                        queries.events(store, since=now - 86400, limit=50)
                    elif name == "tally":
                        compute_tally(store, since=now - 86400, now=now)
                    else:
                        queries.actors(store, since=now - 86400, now=now)
            except Exception as exc:
                text = str(exc).lower()
                row["busy"] = "locked" in text or "busy" in text
                row["error"] = f"{exc.__class__.__name__}: {exc}"
            row["wall"] = time.perf_counter() - started
            print(json.dumps(row), flush=True)
            if stop.is_set():
                break
        stop.wait(0.05)


def write_config(folder: Path, server: FeedServer, options: Options) -> tuple[Path, str]:
    per_host = min(options.concurrency, 16)
    lines = [
        "settings:",
        f"  concurrency: {options.concurrency}",
        f"  per_host: {per_host}",
        "  deadline: 120s",
        "feeds:",
        *(f"  - url: {server.url(i)}" for i in range(options.feeds)),
    ]
    text = "\n".join(lines) + "\n"
    path = folder / "feeds.yaml"
    path.write_text(text, encoding="utf-8")
    return path, text


def _say(options: Options, text: str) -> None:
    if not options.quiet:
        print(text, flush=True)


def run(options: Options, work: Path | None = None) -> Result:
    """Run the whole measurement; returns everything it saw."""
    folder = work or Path(tempfile.mkdtemp(prefix="sitrep-concurrency-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "sitrep.db"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SITREP_", "XDG_"))}
    env.update(HOME=str(folder / "home"), NO_PROXY="127.0.0.1", no_proxy="127.0.0.1")
    server = FeedServer(options.feeds, options.items, options.seed)
    phase = Phase()
    runs: list[ReaderRun] = []
    runs_lock = threading.Lock()
    phases = {name: PhaseStats(name) for name in PHASES}
    readers: list[ReaderLoop] = []
    probe: Probe | None = None
    try:
        config_path, text = write_config(folder, server, options)
        config = parse_config(text, config_path)
        with make_executor(options.workers, deadline=config.settings.parse_deadline) as pool:
            poller = Poller(config, db, executor=pool)
            store = poller.store
            real_settle = poller.settle
            current = phases["cold"]

            def timed_settle() -> None:
                started = time.perf_counter()
                current.transactions.label = "settle"
                try:
                    real_settle()
                finally:
                    current.transactions.label = "feed"
                current.settle = max(current.settle, time.perf_counter() - started)

            poller.settle = timed_settle  # type: ignore[method-assign]
            argv = sitrep_argv()
            for name in options.readers:
                command = [*argv, *READERS[name], "--db", str(db), "--config", str(config_path)]
                loop = ReaderLoop(name, command, env, phase, runs, runs_lock)
                readers.append(loop)
                loop.start()
            probe = Probe(db, phase, env)
            probe.start()

            def enough(name: str) -> bool:
                with runs_lock:
                    return all(
                        len([r for r in runs if r.name == reader and r.phase == name])
                        >= options.min_runs
                        for reader in options.readers
                    )

            async def write() -> None:
                nonlocal current
                for name in ("cold", "changes"):
                    current = phases[name]
                    phase.set(name)
                    store.stats = current.transactions
                    started = time.perf_counter()
                    rounds = 0
                    while True:
                        if name == "changes":
                            server.call("bump")
                        report = await poller.run_pass(force=True)
                        current.new_items += report.new
                        current.feeds_polled += len(report.feeds)
                        current.transactions.label = "upkeep"
                        upkeep(store, now=time.time(), retention_days=90)
                        checkpoint(store)
                        current.transactions.label = "feed"
                        rounds += 1
                        elapsed = time.perf_counter() - started
                        _say(
                            options,
                            f"  {name:<7} pass {rounds}: {report.new} new item(s) from "
                            f"{len(report.feeds)} feed(s), {len(report.failed)} failing; "
                            f"{elapsed:.1f} s into the phase",
                        )
                        if name == "cold":
                            break  # one pass stores every item
                        if (rounds >= options.rounds and enough(name)) or (
                            elapsed > options.max_seconds
                        ):
                            break
                    current.seconds = time.perf_counter() - started

            _say(
                options,
                f"{options.feeds} feeds x {options.items} items, readers: "
                + ", ".join(options.readers),
            )
            asyncio.run(write())
            phase.set("idle")
            idle_started = time.perf_counter()
            while True:
                with runs_lock:
                    done = all(
                        len([r for r in runs if r.name == reader and r.phase == "idle"])
                        >= options.idle_runs
                        for reader in options.readers
                    )
                if done or time.perf_counter() - idle_started > 600:
                    break
                time.sleep(0.1)
            phases["idle"].seconds = time.perf_counter() - idle_started
            stored = int(store.scalar("SELECT COUNT(*) FROM items"))
            store.close()
    finally:
        for loop in readers:
            loop.stop.set()
        for loop in readers:
            loop.join(timeout=120)
        if probe is not None:
            probe.close()
        server.close()
    return Result(options, phases, runs, probe.rows if probe else [], stored)


def _pct(values: Sequence[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def report(result: Result, command: str) -> str:
    lines: list[str] = []
    o = result.options
    lines.append("")
    lines.append(f"Command: `{command}`")
    for name in PHASES:
        p = result.phases[name]
        head = f"{name}: {p.seconds:.1f} s"
        if name != "idle":
            t = p.transactions
            head += (
                f", {p.new_items} new item(s) from {p.feeds_polled} feed fetches; poller: "
                f"{t.count} transactions, waiting for the lock at most {t.waited_max:.3f} s, "
                f"{t.retries} retries; end-of-pass settlement {p.settle:.2f} s in all"
            )
            lines.append(head)
            for label in ("feed", "settle", "upkeep"):
                if t.holds.get(label):
                    lines.append(
                        f"  holding the write lock, {label}: {len(t.holds[label])} "
                        f"transactions, median {t.median(label):.3f} s, longest "
                        f"{t.longest(label):.3f} s"
                    )
        else:
            lines.append(head)
        lines.append("  | reader | runs | failed | median s | p95 s | max s | max off-CPU s |")
        lines.append("  |---|---:|---:|---:|---:|---:|---:|")
        for reader in o.readers:
            rs = result.runs_of(reader, name)
            walls = [r.wall for r in rs]
            off = [max(0.0, r.wall - r.cpu) for r in rs]
            lines.append(
                f"  | {' '.join(READERS[reader])} | {len(rs)} | {sum(r.failed for r in rs)} | "
                f"{statistics.median(walls) if walls else 0:.2f} | {_pct(walls, 0.95):.2f} | "
                f"{max(walls, default=0):.2f} | {max(off, default=0):.2f} |"
            )
        probes = [p for p in result.probe if p.get("phase") == name]
        walls = [float(str(p["wall"])) for p in probes]
        lines.append(
            f"  probe (busy_timeout 0): {len(probes)} queries, "
            f"{sum(1 for p in probes if p.get('busy'))} lock conflicts, "
            f"{sum(1 for p in probes if p.get('error'))} errors, longest "
            f"{max(walls, default=0):.3f} s"
        )
    writing = result.writing()
    failures = result.failures
    longest_hold = max(result.phases[n].transactions.held_max for n in ("cold", "changes"))
    longest_feed = max(result.phases[n].transactions.longest("feed") for n in ("cold", "changes"))
    off = [max(0.0, r.wall - r.cpu) for r in writing]
    lines.append("")
    lines.append(
        f"Summary ({o.feeds} feeds x {o.items} items, {result.stored} stored; "
        f"{len(o.readers)} readers and a probe): {len(writing)} reader runs while the poller "
        f"wrote, {len(failures)} failed, "
        f'{sum("locked" in r.err for r in result.runs)} said "database is locked"; the '
        f"probe met {result.probe_conflicts} lock conflicts in {len(result.probe)} queries; "
        f"the longest reader run took {max((r.wall for r in writing), default=0):.2f} s "
        f"(longest off-CPU {max(off, default=0):.2f} s); the poller held the write lock "
        f"at most {longest_feed:.3f} s for a feed, {longest_hold:.3f} s for any transaction."
    )
    for r in failures[:5]:
        lines.append(f"  failed: {r.name} exit {r.code}: {r.err.strip()[:300]}")
    for error in result.probe_errors[:5]:
        lines.append(f"  probe error: {error}")
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.concurrency",
        description="Readers in a loop beside a poller storing many feeds; failures and waits.",
    )
    parser.add_argument("--feeds", type=int, default=300)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=5, help="change rounds after the cold pass")
    parser.add_argument("--readers", nargs="+", choices=list(READERS), default=list(READERS))
    parser.add_argument("--min-runs", type=int, default=2)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2, help="parse workers")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--probe", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    if args.probe:
        probe_main(args.probe)
        return
    command = shlex.join(
        ["python", "-m", "bench.concurrency", *(sys.argv[1:] if argv is None else argv)]
    )
    options = Options(
        feeds=args.feeds,
        items=args.items,
        rounds=args.rounds,
        readers=tuple(args.readers),
        min_runs=args.min_runs,
        concurrency=args.concurrency,
        workers=args.workers,
        seed=args.seed,
    )
    with tempfile.TemporaryDirectory(prefix="sitrep-concurrency-") as scratch:
        result = run(options, args.workdir or Path(scratch))
    print(report(result, command))


if __name__ == "__main__":
    main()

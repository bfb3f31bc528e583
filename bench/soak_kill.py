"""kill -9 the poller at random moments, check the database: `python -m bench.soak_kill`.

A local server (`bench._soak_server`, its own process) publishes `--feeds` feeds of `--items`
items each, every item with a casualty sentence; while the soak runs, a change is published
every `--tick` seconds in a tenth of the feeds (a new item, the oldest one dropping out, and
now and then an edit of a listed item, which stores a new version). Each of `--rounds` rounds
starts `sitrep poll` (the continuous poller, every feed due every second), lets it run for a
random time between `--min-alive` and `--max-alive` seconds, and kills it with SIGKILL. Then,
before the next round:

- `PRAGMA integrity_check` and `PRAGMA foreign_key_check` pass;
- no item is stored twice (per feed: one row per key, per guid and per link);
- no feed is half-stored: a feed's stored ETag names the body its last committed fetch
  brought, and the items stored for that feed are exactly that body's items, with its text,
  listed as such (so its items, their versions and its fetch state committed together); every
  item has all its versions, and each feed's item count is right;
- the killed poller's parse workers and fork server exit on their own (counted if not).

After the last round the changes stop and `sitrep poll --once` runs; the database must then hold
exactly what the server publishes: every feed's current ETag and items with their current text,
every item ever stored one the server published, and the events settled.

    .venv/bin/python -m bench.soak_kill                 # 50 rounds, 100 feeds x 20 items
    .venv/bin/python -m bench.soak_kill --rounds 5      # a quick look

Prints a line per round and a summary to paste into the README. Linux only (/proc).
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import shlex
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from bench._procs import alive, descendants
from bench._soak_server import SoakServer


@dataclass
class Round:
    number: int
    alive: float
    items: int
    problems: list[str] = field(default_factory=list)
    leftovers: int = 0


def sitrep_argv() -> list[str]:
    script = Path(sys.executable).with_name("sitrep")
    return [str(script)] if script.exists() else [sys.executable, "-m", "cli"]


def check(db: Path, server: SoakServer) -> tuple[int, list[str]]:
    """Items stored, and every broken invariant (as sentences)."""
    problems: list[str] = []
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchall()
        if integrity != [("ok",)]:
            problems.append(f"integrity_check: {integrity[:3]}")
        tables = conn.execute("SELECT name FROM sqlite_master WHERE name = 'items'").fetchall()
        if not tables:
            # Killed before its first migration committed (a loaded machine is slow to start
            # Python): a whole database with nothing in it yet.
            return 0, problems
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            problems.append(f"foreign_key_check: {len(broken)} row(s)")
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'items'").fetchone():
            return 0, problems  # killed before its first migration committed: nothing stored
        for column in ("key", "guid", "link"):
            twice = conn.execute(
                f"SELECT COUNT(*) FROM (SELECT 1 FROM items WHERE {column} IS NOT NULL "
                f"GROUP BY feed_id, {column} HAVING COUNT(*) > 1)"
            ).fetchone()[0]
            if twice:
                problems.append(f"{twice} item(s) stored twice (same {column})")
        missing = conn.execute(
            "SELECT COUNT(*) FROM items i WHERE i.version != "
            "(SELECT COUNT(*) FROM item_versions v WHERE v.item_id = i.id)"
        ).fetchone()[0]
        if missing:
            problems.append(f"{missing} item(s) without all their versions")
        miscounted = conn.execute(
            "SELECT COUNT(*) FROM feeds f WHERE f.items != "
            "(SELECT COUNT(*) FROM items i WHERE i.feed_id = f.id)"
        ).fetchone()[0]
        if miscounted:
            problems.append(f"{miscounted} feed(s) with a wrong item count")
        half = 0
        for feed_id, etag in conn.execute("SELECT id, etag FROM feeds WHERE etag IS NOT NULL"):
            body = cast(list[list[str]] | None, server.call("body", etag=etag))
            if body is None:
                problems.append(f"feed {feed_id}: ETag {etag} was never served")
                continue
            listed = dict(
                conn.execute(
                    "SELECT key, title FROM items WHERE feed_id = ? AND listed = 1", (feed_id,)
                ).fetchall()
            )
            if listed != {key: title for key, title in body}:
                half += 1
        if half:
            problems.append(f"{half} feed(s) half-stored (items differ from their ETag's body)")
        stored = int(conn.execute("SELECT COUNT(*) FROM items").fetchone()[0])
    finally:
        conn.close()
    return stored, problems


def converged(db: Path, server: SoakServer) -> list[str]:
    """What differs between the database and what the server publishes now."""
    state = cast(dict[str, dict[str, Any]], server.call("state"))
    ever = cast(dict[str, list[str]], server.call("ever"))
    problems: list[str] = []
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        rows = conn.execute("SELECT id, url FROM feeds").fetchall()
        urls = {int(u.rsplit("/", 1)[1][:-4]): i for i, u in rows}
        wrong_etag = wrong_items = invented = 0
        for index, published in state.items():
            feed_id = urls.get(int(index))
            if feed_id is None:
                problems.append(f"feed {index} not in the database")
                continue
            etag = conn.execute("SELECT etag FROM feeds WHERE id = ?", (feed_id,)).fetchone()[0]
            wrong_etag += etag != published["etag"]
            listed = dict(
                conn.execute(
                    "SELECT key, title FROM items WHERE feed_id = ? AND listed = 1", (feed_id,)
                ).fetchall()
            )
            wrong_items += listed != {key: title for key, title in published["items"]}
            found = conn.execute("SELECT key FROM items WHERE feed_id = ?", (feed_id,))
            keys = {k for (k,) in found}
            invented += len(keys - set(ever[index]))
        if wrong_etag:
            problems.append(f"{wrong_etag} feed(s) with another ETag than the server's")
        if wrong_items:
            problems.append(f"{wrong_items} feed(s) whose items differ from the server's")
        if invented:
            problems.append(f"{invented} item(s) the server never published")
        if conn.execute("SELECT 1 FROM meta WHERE key = 'events_unsettled'").fetchone():
            problems.append("events left unsettled")
        if conn.execute("SELECT COUNT(*) FROM event_dirty").fetchone()[0]:
            problems.append("event tallies left stale")
    finally:
        conn.close()
    return problems


def write_config(folder: Path, server: SoakServer) -> Path:
    lines = [
        "settings:",
        "  interval: 1s",
        "  min_interval: 1s",
        "  concurrency: 8",
        "  per_host: 8",
        "  deadline: 20s",
        "feeds:",
        *(f"  - url: {server.url(i)}" for i in range(server.feeds)),
    ]
    path = folder / "feeds.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.soak_kill", description=__doc__)
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--feeds", type=int, default=100)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--tick", type=float, default=0.5, help="seconds between changes")
    parser.add_argument("--min-alive", type=float, default=0.5)
    parser.add_argument("--max-alive", type=float, default=8.0)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args(argv)
    given = sys.argv[1:] if argv is None else list(argv)
    command = shlex.join(["python", "-m", "bench.soak_kill", *given])
    rng = random.Random(args.seed)
    folder = args.workdir or Path(tempfile.mkdtemp(prefix="sitrep-soak-kill-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "sitrep.db"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SITREP_", "XDG_"))}
    env.update(HOME=str(folder / "home"), NO_PROXY="127.0.0.1", no_proxy="127.0.0.1")
    server = SoakServer(args.feeds, args.items, args.seed)
    config = write_config(folder, server)
    base = [*sitrep_argv(), "--config", str(config), "--db", str(db)]
    stop = threading.Event()
    ticks = 0

    def ticker() -> None:
        nonlocal ticks
        while not stop.wait(args.tick):
            ticks += 1
            server.call("tick", feeds=max(1, args.feeds // 10), seed=args.seed * 100_000 + ticks)

    started = time.perf_counter()
    rounds: list[Round] = []
    thread = threading.Thread(target=ticker, daemon=True)
    thread.start()
    print(f"{args.rounds} rounds, {args.feeds} feeds x {args.items} items, in {db}", flush=True)
    try:
        for number in range(1, args.rounds + 1):
            log = (folder / f"poll-{number}.log").open("w")
            proc = subprocess.Popen([*base, "poll"], stdout=log, stderr=log, env=env)
            life = rng.uniform(args.min_alive, args.max_alive)
            below: set[int] = set()
            deadline = time.monotonic() + life
            while time.monotonic() < deadline:  # note the workers as they appear
                below |= descendants(proc.pid)
                time.sleep(min(0.1, max(0.0, deadline - time.monotonic())))
            below |= descendants(proc.pid)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            log.close()
            end = time.monotonic() + 15
            while any(alive(pid) for pid in below) and time.monotonic() < end:
                time.sleep(0.05)
            left = [pid for pid in below if alive(pid)]
            for pid in left:
                os.kill(pid, signal.SIGKILL)
            stored, problems = check(db, server)
            rounds.append(Round(number, life, stored, problems, len(left)))
            status = "ok" if not problems else "; ".join(problems)
            print(
                f"round {number:>3}: killed after {life:4.1f} s, {stored:>6} items stored, "
                f"{len(left)} leftover process(es), {status}",
                flush=True,
            )
    finally:
        stop.set()
        thread.join(timeout=30)
    final = subprocess.run([*base, "poll", "--once"], env=env, capture_output=True, text=True)
    stored, problems = check(db, server)
    problems += converged(db, server)
    if final.returncode != 0:
        problems.append(f"poll --once exited {final.returncode}: {final.stderr.strip()[:200]}")
    ever = cast(dict[str, list[str]], server.call("ever"))
    server.close()
    elapsed = time.perf_counter() - started
    bad = [r for r in rounds if r.problems]
    grew = sum(1 for before, after in itertools.pairwise(rounds) if after.items > before.items)
    print()
    print(f"Command: `{command}`")
    print(
        f"Kill soak: {len(rounds)} kill -9 rounds at random moments ({args.min_alive:g}-"
        f"{args.max_alive:g} s after start) over {args.feeds} feeds x {args.items} items "
        f"changing every {args.tick:g} s ({ticks} changes published, "
        f"{sum(len(v) for v in ever.values())} distinct items; the poller stored items in "
        f"{grew + bool(rounds and rounds[0].items)} of the rounds), {elapsed / 60:.1f} min: "
        f"{len(bad)} round(s) with a broken invariant (integrity, duplicate, half-stored feed), "
        f"{sum(r.leftovers for r in rounds)} leftover process(es); after a final "
        f"`poll --once`: {stored} items stored, "
        + (
            "converged to exactly what the server publishes."
            if not problems
            else "NOT converged: " + "; ".join(problems)
        )
    )
    if bad or problems:
        print(f"the database and the pollers' logs are kept in {folder}")
        raise SystemExit(1)
    if args.workdir is None:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()

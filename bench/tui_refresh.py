"""How long the dashboard takes to load every panel from a database of 1,000,000 items.

Generates the items straight into SQLite (executemany; 30 days, a few per cent with figures
and mentions), then brings the stored event tallies up to date (as the poller does at every
write) and times `tui.data.load_panels` (through `storage.api.Archive`) for the 24h window and
for `all`, three ways:

- `total_ms`: the dashboard's archive loading again with nothing changed (its reload once a
  minute, as the window moves on);
- `after_write_ms`: the same archive loading right after a writer committed one feed's new
  items (a few figures, some joining an existing event): the load after every commit while
  the poller runs. The items are deleted again afterwards;
- `cold_ms`: a new archive's first load (a dashboard starting, a command).

with a breakdown per query: the full tally with every figure's verdict (what the tally detail
screen loads) beside the summary the panels read (read afresh, as a first load does).
Targets: <= 50 ms for 24h, <= 500 ms for all.

    .venv/bin/python -m bench.tui_refresh [--items N] [--db PATH]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from ingest.config import Config, FeedConfig
from storage import queries
from storage.api import Archive
from storage.db import Storage
from storage.event_tallies import refresh_dirty
from storage.tallies import compute_tally
from storage.tally_summary import tally_summary
from storage.window import Window, window_start
from tui.data import Query, load_health, load_panels

NOW = 1_748_779_200.0  # a fixed "now" so that runs compare
DAYS = 30
FEEDS = 40
PLACES = [
    ("Idlib", "Syria"),
    ("Gaza", "Palestine"),
    ("Omdurman", "Sudan"),
    ("Kharkiv", "Ukraine"),
    ("Goma", "DR Congo"),
    ("Aleppo", "Syria"),
    ("Rafah", "Palestine"),
    ("El Fasher", "Sudan"),
]
ACTORS = [
    ("Rapid Support Forces", "armed group"),
    ("Hamas", "armed group"),
    ("Israel Defense Forces", "state force"),
    ("M23", "armed group"),
    ("Russian armed forces", "state force"),
    ("United Nations", "agency"),
]


def generate(path: Path, n: int, seed: int = 7) -> None:
    """Fill a fresh database with `n` items spread over the last 30 days."""
    rng = random.Random(seed)
    store = Storage.open(path)
    conn = store.db.conn
    conn.execute("DROP TRIGGER items_fts_insert")  # the FTS index is not what is measured here
    conn.executemany(
        "INSERT INTO feeds (id, url, name, created, last_fetch, last_ok) VALUES (?,?,?,?,?,?)",
        [
            (i, f"https://feed{i}.test/rss", f"Feed {i}", NOW, NOW - 60, NOW - 60)
            for i in range(1, FEEDS + 1)
        ],
    )
    stories: list[tuple[Any, ...]] = []
    items: list[tuple[Any, ...]] = []
    figures: list[tuple[Any, ...]] = []
    mentions: list[tuple[Any, ...]] = []
    places: list[tuple[Any, ...]] = []
    hours: dict[tuple[str, int, int], list[int]] = {}
    for item_id in range(1, n + 1):
        t = NOW - rng.random() * DAYS * 86400
        feed = rng.randint(1, FEEDS)
        story = None
        place, country = rng.choice(PLACES)
        if rng.random() < 0.03:
            story = len(stories) + 1
            stories.append((story, f"Story {story}", country, place, t, t, 1, 1))
            count = rng.randint(1, 40)
            figures.append(
                (
                    item_id,
                    1,
                    1,
                    0,
                    story,
                    t,
                    "killed",
                    count,
                    count,
                    "people",
                    f"{count} people were killed in {place}.",
                    0,
                    10,
                    country,
                    place,
                )
            )
        items.append(
            (
                item_id,
                feed,
                f"k{item_id}",
                f"Item {item_id} in {place}",
                "Summary.",
                t,
                t,
                t,
                "h",
                story,
            )
        )
        if rng.random() < 0.05:
            actor, kind = rng.choice(ACTORS)
            mentions.append((item_id, actor, kind, country, 1, t))
            places.append((item_id, place, country, 0.0, 0.0, "city", 1, t))
            key = (actor, int(t // 3600), feed)
            hours.setdefault(key, [0, 0])
            hours[key][0] += 1
            hours[key][1] += 1
    with store.transaction():
        conn.executemany(
            "INSERT INTO stories (id, label, country, place, first_seen, last_seen, "
            "items, sources) VALUES (?,?,?,?,?,?,?,?)",
            stories,
        )
        conn.executemany(
            "INSERT INTO items (id, feed_id, key, title, summary, published, "
            "first_seen, effective, content_hash, story_id) "
            "VALUES (?,?,?,?,?,?,?,?,?,?)",
            items,
        )
        conn.executemany(
            "INSERT INTO figures (item_id, version, latest, idx, event_id, effective, "
            "kind, count, low, victims, sentence, span_start, span_end, country, "
            "place) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            figures,
        )
        conn.executemany(
            "INSERT INTO mentions (item_id, actor, kind, country, count, effective) "
            "VALUES (?,?,?,?,?,?)",
            mentions,
        )
        conn.executemany(
            "INSERT INTO place_mentions (item_id, place, country, lat, lon, "
            "place_kind, count, effective) VALUES (?,?,?,?,?,?,?,?)",
            places,
        )
        conn.executemany(
            "INSERT INTO actor_hours VALUES (?,?,?,?,?)",
            [(a, h, f, m, i) for (a, h, f), (m, i) in hours.items()],
        )
    conn.execute("ANALYZE")
    store.close()


def bring_up_to_date(path: Path) -> None:
    """Migrate the database and store the tally of every event not stored yet (each story
    of the generated data is one event)."""
    with Storage.open(path) as store:
        dirty = store.scalar("SELECT COUNT(*) FROM event_dirty")
        if dirty:
            start = time.perf_counter()
            with store.transaction():
                refresh_dirty(store)
            store.execute("ANALYZE")
            print(f"stored the tallies of {dirty:,} events in {time.perf_counter() - start:.1f} s")


def timed(fn: Callable[[], object], runs: int = 5) -> float:
    """Median wall time in milliseconds (after one warm-up run)."""
    fn()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


class Writer:
    """One feed's commit at a time, as the poller makes it: new items, a few with figures
    (new events, and one joining an existing event), their stored tallies refreshed in the
    same transaction. `undo` deletes everything it wrote."""

    def __init__(self, path: Path) -> None:
        self.store = Storage.open(path)
        self.first = int(self.store.scalar("SELECT MAX(id) FROM items")) + 1
        self.next = self.first
        self.joined = int(
            self.store.scalar(
                "SELECT event_id FROM event_tallies WHERE last_at <= ? "
                "ORDER BY last_at DESC LIMIT 1",
                (NOW - 3600,),
            )
        )

    def commit(self, items: int = 20) -> None:
        conn = self.store.db.conn
        with self.store.transaction():
            for n in range(items):
                item_id, self.next = self.next, self.next + 1
                t = NOW - 60.0 * (n + 1)
                conn.execute(
                    "INSERT INTO items (id, feed_id, key, title, summary, published, "
                    "first_seen, effective, content_hash) VALUES (?,?,?,?,?,?,?,?,?)",
                    (item_id, 1, f"w{item_id}", f"Item {item_id}", "Summary.", t, t, t, "h"),
                )
                # what the FTS trigger `generate` drops would do (deleting needs it)
                conn.execute(
                    "INSERT INTO items_fts (rowid, title, summary) VALUES (?, ?, 'Summary.')",
                    (item_id, f"Item {item_id}"),
                )
                if n < 3:
                    event = self.joined if n == 0 else item_id
                    conn.execute(
                        "INSERT INTO figures (item_id, version, latest, idx, event_id, "
                        "effective, kind, count, low, victims, sentence, span_start, "
                        "span_end, country, place) VALUES (?,1,1,0,?,?,'killed',?,?,'people',"
                        "'They were killed.',0,10,'Sudan','Omdurman')",
                        (item_id, event, t, 3 + n, 3 + n),
                    )
            refresh_dirty(self.store)

    def undo(self) -> None:
        with self.store.transaction():
            self.store.execute("DELETE FROM figures WHERE item_id >= ?", (self.first,))
            self.store.execute("DELETE FROM items WHERE id >= ?", (self.first,))
            refresh_dirty(self.store)
        self.store.close()


def after_write(writer: Writer, load: Callable[[], object], runs: int = 5) -> tuple[float, float]:
    """Median wall and CPU time (ms) of `load` right after each of `runs` commits."""
    load()
    walls, cpus = [], []
    for _ in range(runs):
        writer.commit()
        start, cpu = time.perf_counter(), time.process_time()
        load()
        walls.append((time.perf_counter() - start) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def measure(path: Path) -> dict[str, Any]:
    config = Config(
        feeds=tuple(FeedConfig(url=f"https://feed{i}.test/rss") for i in range(1, FEEDS + 1))
    )
    store = Storage.open(path, readonly=True)
    archive = Archive(store)
    report: dict[str, Any] = {"items": store.scalar("SELECT COUNT(*) FROM items")}
    windows: tuple[tuple[Window, float], ...] = (("24h", 50.0), ("all", 500.0))
    for window, target in windows:
        since = window_start(window, NOW)
        parts: dict[str, Callable[[], object]] = {
            "events": partial(queries.events, store, since=since, limit=200),
            "tally": partial(compute_tally, store, since=since, now=NOW),
            "tally_summary": partial(tally_summary, store, since=since, now=NOW),
            "actors": partial(queries.actors, store, since=since, now=NOW),
            "places": partial(queries.places, store, since=since),
            "health": partial(load_health, archive, config, NOW),
        }
        load = partial(load_panels, archive, Query(window=window), config, NOW)
        total = timed(load)
        writer = Writer(path)
        try:
            written, written_cpu = after_write(writer, load)
        finally:
            writer.undo()

        def cold(window: Window = window) -> None:
            with Archive(Storage.open(path, readonly=True)) as fresh:
                load_panels(fresh, Query(window=window), config, NOW)

        report[window] = {
            "total_ms": round(total, 1),
            "after_write_ms": round(written, 1),
            "after_write_cpu_ms": round(written_cpu, 1),
            "cold_ms": round(timed(cold, runs=3), 1),
            "target_ms": target,
            "ok": max(total, written) <= target,
            "parts_ms": {name: round(timed(fn), 1) for name, fn in parts.items()},
        }
    store.close()
    return report


def run_on_generated(doc: str | None, measure: Callable[[Path], dict[str, Any]]) -> None:
    """The command line of the benchmarks on the generated database: `--items N` to generate,
    `--db PATH` to reuse or keep one; prints `measure`'s report as JSON."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=None, help="reuse or create this database")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.db"
        if not path.exists():
            start = time.perf_counter()
            generate(path, args.items)
            print(f"generated {args.items:,} items in {time.perf_counter() - start:.1f} s")
        bring_up_to_date(path)
        print(json.dumps(measure(path), indent=2))


def main() -> None:
    run_on_generated(__doc__, measure)


if __name__ == "__main__":
    main()

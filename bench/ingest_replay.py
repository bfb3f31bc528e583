"""Two real weeks replayed as live feeds: `python -m bench.ingest_replay`.

Serves the replay corpus (1,594 items from 7 outlets, 26 Nov - 10 Dec 2024) from a local HTTP
server, one feed per outlet, releasing items by their published time in steps of `--step`
hours, and polls it with the real poller (fetch, parse and extract in a process pool, store)
into a temporary database. Prints ingest throughput, then what the dashboard would show for
the whole period: the tally by country, the top stories, the most active actors.

`--dump N` then prints the top N stories with every death figure behind them (count, whether
it is counted and why not, source, outlet, sentence), and every death figure of at least
`--min-figure` anywhere, so a review of the tally can be repeated after each rule change.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from collections import defaultdict
from concurrent.futures import Executor
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

from extract.tally import TalliedFigure, Tally
from ingest.config import Config, parse_config
from ingest.poller import Poller
from ingest.service import make_executor
from storage import queries
from storage.db import Storage
from storage.tallies import compute_tally
from tests.feedserver import FeedServer

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
REPLAY = CORPUS / "replay_2024-11-26_2024-12-10.jsonl"


def load() -> dict[str, list[dict[str, str]]]:
    feeds: dict[str, list[dict[str, str]]] = defaultdict(list)
    for line in REPLAY.open(encoding="utf-8"):
        row = json.loads(line)
        feeds[row["feed_url"]].append(row)
    return feeds


def render(title: str, rows: list[dict[str, str]], limit: int = 100) -> str:
    items = []
    for row in reversed(rows[-limit:]):  # newest first, as publishers serve them
        when = datetime.fromisoformat(row["published"].replace("Z", "+00:00"))
        items.append(
            f"<item><title>{escape(row['title'])}</title><link>{escape(row['link'])}</link>"
            f"<guid>{escape(row['link'])}</guid>"
            f"<description>{escape(row.get('summary') or '')}</description>"
            f"<pubDate>{format_datetime(when)}</pubDate></item>"
        )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{escape(title)}</title>{''.join(items)}</channel></rss>"
    )


def _figure_line(t: TalliedFigure) -> str:
    f = t.source.figure
    verdict = "counted" if t.counted else f"not counted: {t.excluded_reason}"
    flags = ", ".join(
        word
        for word, on in (
            ("cumulative", f.cumulative),
            ("update", f.update),
            ("not conflict", not f.conflict),
            ("party", t.party_claim),
        )
        if on
    )
    when = t.source.published.strftime("%m-%d %H:%M")
    return (
        f"    #{t.source.id} {f.count} {f.kind} {f.victims} "
        f"[{verdict}{'; ' + flags if flags else ''}] "
        f"{when} {t.source.feed} | source={f.source or '-'} place={f.place or '-'}\n"
        f"           {' '.join(f.sentence.split())}"
    )


def dump(result: Tally, stories: int, min_figure: int) -> None:
    """The top stories with the figures behind them, then every large death figure."""
    by_story: dict[int, list[TalliedFigure]] = defaultdict(list)
    for t in result.figures:
        by_story[t.source.event_id].append(t)
    print(f"\n=== top {stories} stories with their death figures ===")
    for rank, story in enumerate(sorted(result.events, key=lambda s: -s.killed)[:stories], 1):
        print(
            f"#{rank} story {story.id}: {story.killed} killed "
            f"({story.killed_low}-{story.killed_high}) {story.country or '-'} | {story.label}"
        )
        for t in by_story[story.id]:
            if t.source.figure.kind == "killed":
                print(_figure_line(t))
    large = [
        t
        for t in result.figures
        if t.source.figure.kind == "killed" and t.source.figure.count >= min_figure
    ]
    print(f"\n=== every death figure >= {min_figure} ({len(large)}) ===")
    for t in sorted(large, key=lambda t: -t.source.figure.count):
        print(f"  event {t.source.event_id}: {t.source.item_title}")
        print(_figure_line(t))


async def _cold_pass(
    config: Config, feeds: dict[str, list[dict[str, str]]], paths: dict[str, str], ctx: _Run
) -> None:
    """Every item of every feed in one pass (fetch, parse, extract, store), timed."""
    for url, rows in feeds.items():
        ctx.server.route(paths[url], render(rows[0]["feed_title"], rows, limit=len(rows)))
    cold = Poller(config, ctx.tmp / "cold.db", executor=ctx.executor)
    await cold.run_pass(force=True)  # warms the worker processes' dictionaries
    cold.store.execute("DELETE FROM items")
    cold.store.execute("UPDATE feeds SET etag = NULL, last_modified = NULL")
    began = time.perf_counter()
    await cold.run_pass(force=True)
    took = time.perf_counter() - began
    total = sum(len(r) for r in feeds.values())
    print(
        f"cold pass: {total} items from {len(feeds)} feeds in {took:.2f} s "
        f"= {total / took:.0f} items/s (fetch, parse, extract, store)"
    )


@dataclass(frozen=True, slots=True)
class _Run:
    server: FeedServer
    executor: Executor
    tmp: Path


async def replay(
    step_hours: float,
    stories: int = 0,
    min_figure: int = 50,
    keep: Path | None = None,
    cold: bool = True,
    *,
    quiet: bool = False,
    reverse: bool = False,
) -> None:
    """Replay the corpus; `quiet` prints only the throughput, `reverse` lists the feeds in
    the other order (to show that arrival order changes no number)."""
    feeds = load()
    if reverse:
        feeds = dict(reversed(feeds.items()))
    server = FeedServer().start()
    paths = {url: f"/feed{i}.xml" for i, url in enumerate(feeds)}
    config_text = "settings:\n  min_interval: 1s\n  interval: 1s\nfeeds:\n" + "".join(
        f"  - url: {server.url(path)}\n    name: {json.dumps(feeds[url][0]['feed_title'])}\n"
        for url, path in paths.items()
    )
    config = parse_config(config_text, Path("replay.yaml"))
    start = min(
        datetime.fromisoformat(r[0]["published"].replace("Z", "+00:00")) for r in feeds.values()
    )
    end = max(
        datetime.fromisoformat(r[-1]["published"].replace("Z", "+00:00")) for r in feeds.values()
    )
    total = sum(len(r) for r in feeds.values())
    with tempfile.TemporaryDirectory() as tmp, make_executor() as executor:
        if cold:
            await _cold_pass(config, feeds, paths, _Run(server, executor, Path(tmp)))
        db = keep or Path(tmp) / "replay.db"
        for leftover in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
            leftover.unlink(missing_ok=True)
        clock_now = [start.timestamp()]
        poller = Poller(config, db, executor=executor, clock=lambda: clock_now[0])
        began = time.perf_counter()
        passes = 0
        cursor = start
        while cursor <= end + timedelta(hours=step_hours):
            cursor += timedelta(hours=step_hours)
            clock_now[0] = cursor.timestamp()
            for url, rows in feeds.items():
                released = [
                    r for r in rows if r["published"] <= cursor.strftime("%Y-%m-%dT%H:%M:%SZ")
                ]
                server.route(
                    paths[url], render(rows[0]["feed_title"], released), etag=f'"{len(released)}"'
                )
            await poller.run_pass(force=True)
            passes += 1
        elapsed = time.perf_counter() - began
        server.stop()
        store = Storage.open(db, readonly=True)
        stored = store.scalar("SELECT COUNT(*) FROM items")
        print(
            f"replayed {total} items from {len(feeds)} feeds in {passes} passes: "
            f"{stored} stored, {elapsed:.1f} s, {stored / elapsed:.0f} items/s end to end"
        )
        if quiet:
            store.close()
            return
        t0 = time.perf_counter()
        result = compute_tally(store, since=None, now=end.timestamp())
        print(
            f"tally over the whole period: {result.killed} killed "
            f"({result.killed_low}-{result.killed_high}), {result.injured} injured "
            f"[{(time.perf_counter() - t0) * 1000:.0f} ms]"
        )
        for country in result.by_country[:8]:
            print(
                f"  {country.country or 'unknown':<20} {country.killed:>6} killed "
                f"{country.injured:>6} injured"
            )
        print("top stories by killed:")
        for story in sorted(result.events, key=lambda s: -s.killed)[:10]:
            print(f"  {story.killed:>5}  {story.country or '-':<12} {story.label[:70]}")
        top = queries.actors(store, since=None, now=end.timestamp())[:10]
        print("most mentioned actors: " + ", ".join(f"{a.actor} ({a.mentions})" for a in top))
        if stories:
            dump(result, stories, min_figure)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--step", type=float, default=6.0, help="hours released per pass")
    parser.add_argument(
        "--dump", type=int, default=0, metavar="N", help="print the top N stories' figures"
    )
    parser.add_argument(
        "--min-figure", type=int, default=50, help="with --dump: list every death figure >= this"
    )
    parser.add_argument("--db", type=Path, help="keep the replayed database at this path")
    parser.add_argument("--no-cold", action="store_true", help="skip the timed cold pass")
    args = parser.parse_args()
    if not REPLAY.exists():
        print(f"corpus not found at {REPLAY}; nothing to replay", file=sys.stderr)
        sys.exit(0)
    asyncio.run(replay(args.step, args.dump, args.min_figure, args.db, not args.no_cold))


if __name__ == "__main__":
    main()

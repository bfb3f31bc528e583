"""Retention through the real poll: `poll --once` and the poll service prune alike, never an
item the feed still serves, and `feeds list` says how many items each feed lost."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from ingest.config import load_config
from ingest.service import ServiceEvents, serve
from storage.db import Storage
from storage.retention import PruneReport
from tests.builders import rss
from tests.feedserver import FeedServer
from tests.reliability.inprocess import Sitrep

DAY = 86400.0
LONG_AGO = datetime.now(UTC) - timedelta(days=100)
OLD: dict[str, object] = {
    "title": "Shelling of Kherson kills two",
    "guid": "old",
    "description": "Two people died.",
    "pubDate": LONG_AGO,
}
KEPT: dict[str, object] = {
    "title": "Talks in Geneva resume",
    "guid": "kept",
    "description": "Diplomats met.",
    "pubDate": LONG_AGO,
}
NEW: dict[str, object] = {
    "title": "Aid convoy reaches Goma",
    "guid": "new",
    "description": "Trucks arrived.",
}


def config(path: Path, url: str, *, days: int) -> Path:
    path.write_text(
        "settings:\n  interval: 1s\n  min_interval: 1s\n  deadline: 5s\n"
        f"  retention_days: {days}\nfeeds:\n  - url: {url}\n    name: Wire\n",
        encoding="utf-8",
    )
    return path


def titles(db: Path) -> list[str]:
    with Storage.open(db, readonly=True) as store:
        return sorted(str(r[0]) for r in store.execute("SELECT title FROM items"))


def age_everything(db: Path, days: float) -> None:
    """As if every stored item had been first stored `days` days ago (those of the feed were
    published then too: no story or event of theirs is running)."""
    with Storage.open(db) as store, store.transaction():
        store.execute("UPDATE items SET first_seen = first_seen - ?", (days * DAY,))
        store.execute("UPDATE feeds SET next_fetch = NULL")  # and the feed is due again


async def serve_one_prune(cfg: Path, db: Path) -> PruneReport:
    """Run the poll service until it has pruned once (after its first pass), then stop it."""
    stop = asyncio.Event()
    pruned: list[PruneReport] = []

    def on_prune(report: PruneReport) -> None:
        pruned.append(report)
        stop.set()

    task = asyncio.create_task(
        serve(load_config(cfg), cfg, db, stop, events=ServiceEvents(on_prune=on_prune))
    )
    async with asyncio.timeout(30):
        await stop.wait()
    await asyncio.wait_for(task, 30)
    return pruned[0]


@pytest.mark.parametrize("mode", ["once", "service"])
def test_both_modes_prune_alike_and_keep_what_the_feed_serves(
    feed_server: FeedServer, tmp_path: Path, run_sitrep: Sitrep, mode: str
) -> None:
    feed_server.route("/a.xml", rss("Wire", [OLD, KEPT]))
    cfg = config(tmp_path / "feeds.yaml", feed_server.url("/a.xml"), days=90)
    db = tmp_path / "s.db"
    first = run_sitrep("poll", "--once", "--config", str(cfg), "--db", str(db))
    assert first.code == 0, first.err
    age_everything(db, 100)
    feed_server.route("/a.xml", rss("Wire", [KEPT, NEW]))  # the old item left the feed
    if mode == "once":
        second = run_sitrep("poll", "--once", "--config", str(cfg), "--db", str(db))
        assert second.code == 0, second.err
        assert "1 new item(s)" in second.err  # the kept item did not come back as new
        assert "pruned 1 item(s) first stored more than 90 day(s) ago" in second.err
    else:
        report = asyncio.run(serve_one_prune(cfg, db))
        assert report.items == 1
    assert titles(db) == sorted([str(NEW["title"]), str(KEPT["title"])])
    listed = run_sitrep("feeds", "list", "--json", "--config", str(cfg), "--db", str(db))
    (feed,) = json.loads(listed.out)
    assert (feed["items"], feed["pruned"]) == (2, 1)
    table = run_sitrep("feeds", "list", "--config", str(cfg), "--db", str(db))
    header, _rule, row = table.out.splitlines()
    assert header.split()[:4] == ["name", "status", "items", "pruned"]
    assert row.split()[:4] == ["Wire", "ok", "2", "1"]


@pytest.mark.parametrize("mode", ["once", "service"])
def test_zero_retention_days_keeps_everything(
    feed_server: FeedServer, tmp_path: Path, run_sitrep: Sitrep, mode: str
) -> None:
    feed_server.route("/a.xml", rss("Wire", [OLD, KEPT]))
    cfg = config(tmp_path / "feeds.yaml", feed_server.url("/a.xml"), days=0)
    db = tmp_path / "s.db"
    assert run_sitrep("poll", "--once", "--config", str(cfg), "--db", str(db)).code == 0
    age_everything(db, 3650)
    feed_server.route("/a.xml", rss("Wire", [NEW]))
    if mode == "once":
        run = run_sitrep("poll", "--once", "--config", str(cfg), "--db", str(db))
        assert run.code == 0 and "pruned" not in run.err
    else:
        assert asyncio.run(serve_one_prune(cfg, db)).items == 0
    assert titles(db) == sorted(str(item["title"]) for item in (OLD, KEPT, NEW))

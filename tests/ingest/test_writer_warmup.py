"""A pass where some feeds changed: the poller reads ahead what its writer needs while the first
body is parsed (`Poller._warm_writer`), and stores exactly what it stored without reading ahead.

Real HTTP on 127.0.0.1 (conditional requests, 304s for the unchanged feeds) and real SQLite;
the parsing runs in a thread (`executor=None`)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import storage.write
from ingest.config import Config, parse_config
from ingest.poller import Poller
from storage.db import Storage
from tests.builders import rss
from tests.feedserver import FeedServer

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
PLACES = ["Khan Younis, Gaza", "El Fasher, Sudan", "Kharkiv, Ukraine", "Taiz, Yemen"]
WEAPONS = ["an airstrike", "shelling", "a drone strike"]


def items(feed: int, first: int, count: int, hours: float) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for n in range(first, first + count):
        place = PLACES[(n + feed) % len(PLACES)]
        town = place.split(",")[0]
        weapon = WEAPONS[n % len(WEAPONS)]
        killed = 3 + (n * 7 + feed) % 20
        out.append(
            {
                "title": f"{weapon.capitalize()} kills {killed} in {town}",
                "link": f"https://news{feed}.example/{n}",
                "guid": f"https://news{feed}.example/{n}",
                "description": f"At least {killed} people were killed in {weapon} on {place}, "
                "medics said.",
                "pubDate": NOW - timedelta(hours=hours + (first + count - n) * 3),
            }
        )
    return out


def serve(server: FeedServer, feed: int, version: int, entries: list[dict[str, object]]) -> None:
    server.route(f"/f{feed}.xml", rss(f"Outlet {feed}", entries), etag=f'"{feed}-{version}"')


def config(server: FeedServer, feeds: int) -> Config:
    text = "settings:\n  interval: 10m\n  min_interval: 1m\nfeeds:\n"
    text += "".join(f"  - url: {server.url(f'/f{i}.xml')}\n" for i in range(feeds))
    return parse_config(text, Path("feeds.yaml"))


def stored(path: Path) -> dict[str, object]:
    """What a pass stored, by what names it rather than by row ids: the feeds whose bodies
    arrive first take the lower ids, and that order changes from run to run."""
    store = Storage.open(path)
    items = {
        int(i): (str(url), str(key))
        for i, url, key in store.execute(
            "SELECT i.id, f.url, i.key FROM items i JOIN feeds f ON f.id = i.feed_id"
        )
    }
    figures = {
        int(f): (*items[int(i)], int(idx))
        for f, i, idx in store.execute("SELECT id, item_id, idx FROM figures")
    }
    found: dict[str, object] = {
        "items": sorted(
            (*items[int(i)], killed, injured, label)
            for i, killed, injured, label in store.execute(
                "SELECT i.id, i.killed, i.injured, s.label FROM items i "
                "LEFT JOIN stories s ON s.id = i.story_id"
            )
        ),
        "figures": sorted(
            (*figures[int(f)], kind, count, place, country, latest)
            for f, kind, count, place, country, latest in store.execute(
                "SELECT id, kind, count, place, country, latest FROM figures"
            )
        ),
        "stories": sorted(
            (label, country, place, n, sources, signature, members)
            for label, country, place, n, sources, signature, members in store.execute(
                "SELECT s.label, s.country, s.place, s.items, s.sources, s.signature, "
                "(SELECT group_concat(i.key, ' ') FROM (SELECT key FROM items "
                "WHERE story_id = s.id ORDER BY key) i) FROM stories s"
            )
        ),
        "events": sorted(
            sorted(figures[int(f)] for f in ids.split(","))
            for (ids,) in store.execute("SELECT group_concat(id) FROM figures GROUP BY event_id")
        ),
        "tallies": sorted(
            (killed, injured, sorted(figures[int(f)] for f in ids.split(",")))
            for killed, injured, ids in store.execute(
                "SELECT killed, injured, figure_ids FROM event_tallies"
            )
        ),
        "feeds": sorted(
            tuple(row) for row in store.execute("SELECT url, etag, items, last_status FROM feeds")
        ),
    }
    store.close()
    return found


async def test_a_changed_pass_stores_the_same_with_the_writer_read_ahead(
    feed_server: FeedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feeds = 4
    for feed in range(feeds):
        serve(feed_server, feed, 1, items(feed, 0, 8, hours=6))
    clock = NOW.timestamp
    first = Poller(config(feed_server, feeds), tmp_path / "base.db", clock=clock)
    report = await first.run_pass(force=True)
    assert report.new == feeds * 8 and not report.failed
    first.store.close()
    for feed in (1, 3):  # two feeds publish three new items each; the others answer 304
        serve(feed_server, feed, 2, items(feed, 8, 3, hours=0.5) + items(feed, 0, 8, hours=6))
    for name in ("plain.db", "warm.db"):
        shutil.copy(tmp_path / "base.db", tmp_path / name)

    async def no_read_ahead(self: Poller, now: float) -> None:
        return None

    with monkeypatch.context() as patch:
        patch.setattr(Poller, "_warm_writer", no_read_ahead)
        plain = Poller(config(feed_server, feeds), tmp_path / "plain.db", clock=clock)
        assert (await plain.run_pass(force=True)).new == 6
        plain.store.close()

    order: list[str] = []
    real_warm, real_store = storage.write.warm_writer, storage.write.store_items

    def warm_writer(store: Storage, now: float) -> Iterator[None]:
        for step in real_warm(store, now):
            order.append("warm")
            yield step

    def store_items(*args: object, **kwargs: object) -> tuple[list[int], list[int]]:
        order.append("store")
        return real_store(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(storage.write, "warm_writer", warm_writer)
    monkeypatch.setattr(storage.write, "store_items", store_items)
    warm = Poller(config(feed_server, feeds), tmp_path / "warm.db", clock=clock)
    report = await warm.run_pass(force=True)
    warm.store.close()
    assert report.new == 6 and sum(1 for f in report.feeds if f.status == 304) == 2
    # the stories and each country's stored index, all read before the first transaction
    assert order.count("warm") >= 3
    assert order.index("store") > max(i for i, step in enumerate(order) if step == "warm")

    assert stored(tmp_path / "warm.db") == stored(tmp_path / "plain.db")

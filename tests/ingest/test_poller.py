"""The poller against a real local server: schedules, politeness, versions, failures."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ingest.config import Config, parse_config
from ingest.poller import Poller
from storage.db import Storage
from tests.builders import rss
from tests.feedserver import FeedServer, RecordedRequest, Response

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def config(urls: list[str], settings: str = "") -> Config:
    text = "settings:\n  interval: 10m\n  min_interval: 1m\n  max_interval: 2h\n" + settings
    text += "feeds:\n" + "".join(f"  - url: {u}\n" for u in urls)
    return parse_config(text, Path("feeds.yaml"))


class Clock:
    def __init__(self) -> None:
        self.now = NOW.timestamp()

    def __call__(self) -> float:
        return self.now


def feed_row(store: Storage, url: str) -> dict[str, object]:
    return store.rows("SELECT * FROM feeds WHERE url = ?", (url,))[0]


async def test_410_disables_the_feed_and_it_is_not_polled_again(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    feed_server.route("/gone.xml", "gone", status=410)
    clock = Clock()
    poller = Poller(config([feed_server.url("/gone.xml")]), tmp_path / "p.db", clock=clock)
    report = await poller.run_pass()
    assert report.feeds[0].error is not None and "410" in report.feeds[0].error
    row = feed_row(poller.store, feed_server.url("/gone.xml"))
    assert row["gone"] == 1
    clock.now += 86400
    assert poller.due() == []
    assert (await poller.run_pass(force=True)).feeds == []
    assert feed_server.hits("/gone.xml") == 1


async def test_retry_after_is_honoured_on_429(feed_server: FeedServer, tmp_path: Path) -> None:
    feed_server.route("/busy.xml", "slow down", status=429, headers={"Retry-After": "1800"})
    clock = Clock()
    poller = Poller(config([feed_server.url("/busy.xml")]), tmp_path / "p.db", clock=clock)
    await poller.run_pass()
    row = feed_row(poller.store, feed_server.url("/busy.xml"))
    assert row["next_fetch"] == clock.now + 1800
    assert row["error_count"] == 1
    clock.now += 1799
    assert poller.due() == []
    clock.now += 2
    assert [r.url for r in poller.due()] == [feed_server.url("/busy.xml")]


async def test_failing_feed_backs_off_exponentially(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    feed_server.route("/err.xml", "boom", status=500)
    clock = Clock()
    poller = Poller(config([feed_server.url("/err.xml")]), tmp_path / "p.db", clock=clock)
    waits = []
    for _ in range(4):
        await poller.run_pass(force=True)
        row = feed_row(poller.store, feed_server.url("/err.xml"))
        waits.append(float(str(row["next_fetch"])) - clock.now)
    assert waits == [600.0, 1200.0, 2400.0, 4800.0]  # doubling, below max_interval (2h)


async def test_ttl_stretches_the_interval_within_bounds(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    body = rss("Slow feed", []).replace(
        "<description>test feed</description>", "<description>x</description><ttl>60</ttl>"
    )
    feed_server.route("/ttl.xml", body)
    clock = Clock()
    poller = Poller(config([feed_server.url("/ttl.xml")]), tmp_path / "p.db", clock=clock)
    await poller.run_pass()
    row = feed_row(poller.store, feed_server.url("/ttl.xml"))
    assert row["interval"] == 3600.0  # <ttl>60</ttl> minutes, within max_interval 2h
    assert row["next_fetch"] == clock.now + 3600.0


async def test_changed_item_is_stored_as_a_new_version(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    url = feed_server.url("/v.xml")
    item = {
        "title": "Strike on Idlib kills 10",
        "guid": "x1",
        "description": "At least 10 people were killed in Idlib.",
        "pubDate": NOW - timedelta(hours=1),
    }
    feed_server.route("/v.xml", rss("V", [item]), etag='"1"')
    poller = Poller(config([url]), tmp_path / "p.db", clock=Clock())
    await poller.run_pass()
    revised = {
        **item,
        "title": "Strike on Idlib: toll rises to 25",
        "description": "The death toll from the strike in Idlib has risen to 25.",
    }
    feed_server.route("/v.xml", rss("V", [revised]), etag='"2"')
    report = await poller.run_pass(force=True)
    assert (report.feeds[0].new, report.feeds[0].changed) == (0, 1)
    store = poller.store
    assert [r["title"] for r in store.rows("SELECT title FROM item_versions ORDER BY version")] == [
        "Strike on Idlib kills 10",
        "Strike on Idlib: toll rises to 25",
    ]
    latest = store.rows(
        "SELECT count, latest FROM figures WHERE kind = 'killed' ORDER BY version, count"
    )
    assert {(r["count"], r["latest"]) for r in latest} >= {(10, 0), (25, 1)}
    assert store.scalar("SELECT killed FROM items") == 25


async def test_per_host_concurrency_is_bounded(feed_server: FeedServer, tmp_path: Path) -> None:
    lock = threading.Lock()
    state = {"now": 0, "max": 0}

    def slow(request: RecordedRequest) -> Response:
        with lock:
            state["now"] += 1
            state["max"] = max(state["max"], state["now"])
        time.sleep(0.3)
        with lock:
            state["now"] -= 1
        return Response(200, rss("x", []).encode(), {"Content-Type": "application/rss+xml"})

    urls = []
    for i in range(6):
        feed_server.route(f"/h{i}.xml", handler=slow)
        urls.append(feed_server.url(f"/h{i}.xml"))
    poller = Poller(
        config(urls, "  per_host: 2\n  concurrency: 8\n"), tmp_path / "p.db", clock=Clock()
    )
    report = await poller.run_pass()
    assert len(report.feeds) == 6 and not report.failed
    assert state["max"] == 2


async def test_a_pass_holds_a_bounded_number_of_fetched_bodies(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    # Parsing slower than fetching: the fetched feeds waiting to be parsed and stored stay
    # within twice the fetch concurrency, however many feeds the pass has.
    lock = threading.Lock()
    state = {"answered": 0, "stored": 0, "most": 0}

    def answer(request: RecordedRequest) -> Response:
        with lock:
            state["answered"] += 1
            state["most"] = max(state["most"], state["answered"] - state["stored"])
        body = rss("x", [{"title": f"Item {request.path}", "guid": request.path}])
        return Response(200, body.encode(), {"Content-Type": "application/rss+xml"})

    class SlowParse(ThreadPoolExecutor):
        def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
            def slow():  # type: ignore[no-untyped-def]
                time.sleep(0.05)
                return fn(*args, **kwargs)

            return super().submit(slow)

    def stored(*_args: object) -> None:
        with lock:
            state["stored"] += 1

    urls = []
    for i in range(16):
        feed_server.route(f"/b{i}.xml", handler=answer)
        urls.append(feed_server.url(f"/b{i}.xml"))
    with SlowParse(max_workers=1) as executor:
        poller = Poller(
            config(urls, "  concurrency: 2\n  per_host: 2\n"),
            tmp_path / "b.db",
            clock=Clock(),
            executor=executor,
            on_commit=stored,
        )
        report = await poller.run_pass()
    assert len(report.feeds) == 16 and not report.failed
    assert state["stored"] == 16
    assert state["most"] <= 2 * 2

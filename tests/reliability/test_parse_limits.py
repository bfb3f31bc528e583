"""Hostile feeds cost their own items or their own feed, never the pass: html_to_text is linear
and never raises, one unreadable item is skipped with a note, items are capped per poll, and a
parse that overruns its deadline is killed."""

from __future__ import annotations

import time
from concurrent.futures import Future
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest import parse
from ingest.clean import clean_summary, html_to_text
from ingest.config import Config, parse_config
from ingest.poller import Poller
from ingest.service import make_executor
from ingest.workers import ParsePool, ParseTimeout, WorkerDied
from tests.builders import rss
from tests.feedserver import FeedServer
from tests.reliability import procs

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
STORY = "At least 7 people were killed in shelling in Idlib, Syria, rescuers said."
OPENERS = ["<!--", "<![", "<![CDATA[", "<!", "<?", "</", "<a ", '<a href="', "<!doctype", "<x>&"]


def _feed(descriptions: list[str]) -> bytes:
    """RSS whose descriptions hold these texts (escaped: "<![" travels as "&lt;![")."""
    items = [
        {"title": f"Item {i}", "guid": f"g{i}", "description": d, "pubDate": NOW}
        for i, d in enumerate(descriptions)
    ]
    return rss("Wire", items).encode()


@pytest.mark.parametrize("opener", OPENERS)
def test_html_to_text_is_linear_on_constructs_never_closed(opener: str) -> None:
    text = "start " + opener * (200_000 // len(opener))
    began = time.monotonic()
    html_to_text(text)
    # html.parser took 16 s on 80 kB of "<!--" (some 100 s on these 200 kB); this takes well
    # under a second, with room for a loaded machine
    assert time.monotonic() - began < 5


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="<>!-[]?/&#;'\"=aCDATbp x\n", max_size=200))
def test_html_to_text_never_raises(fragment: str) -> None:
    assert isinstance(html_to_text(fragment), str)


def test_marked_sections_no_longer_raise() -> None:
    assert html_to_text("casualties <![ rising") == "casualties <![ rising"  # never closed
    assert html_to_text("<![foo[ x ]]> after") == " after"
    assert html_to_text("<![CDATA[a < b]]> c") == "a < b c"
    assert clean_summary("<p>one</p><!-- note --><p>two &amp; three</p>") == "one\n\ntwo & three"


def test_an_item_that_broke_the_parser_no_longer_costs_the_feed() -> None:
    body = _feed([STORY, "Figures <![ pending", STORY.replace("7", "9")])
    feed = parse.parse_feed(body, url="http://wire.test/rss", fetched_at=NOW)
    assert feed.error is None and len(feed.items) == 3
    assert feed.items[1].summary == "Figures <![ pending"


def test_an_unreadable_item_is_skipped_with_a_note(monkeypatch: pytest.MonkeyPatch) -> None:
    real = clean_summary

    def fragile(raw: str, *, is_html: bool = True) -> str:
        if "poison" in raw:
            raise AssertionError("expected name token")
        return real(raw, is_html=is_html)

    monkeypatch.setattr(parse, "clean_summary", fragile)
    feed = parse.parse_feed(
        _feed([STORY, "poison", STORY]), url="http://wire.test/rss", fetched_at=NOW
    )
    assert [i.title for i in feed.items] == ["Item 0", "Item 2"]
    assert feed.error is None and feed.skipped == 1
    assert feed.note == "1 item(s) could not be read and were skipped"
    only_bad = parse.parse_feed(_feed(["poison"]), url="http://wire.test/rss", fetched_at=NOW)
    assert only_bad.error == "none of the feed's 1 item(s) could be read"


def test_a_comment_bomb_parses_in_seconds() -> None:
    body = _feed(
        ["<!--" * 250_000, STORY]
    )  # "&lt;!--" x 250k: 1.75 MB: 81 s with feedparser's sanitiser
    began = time.monotonic()
    feed = parse.parse_feed(body, url="http://wire.test/rss", fetched_at=NOW)
    assert time.monotonic() - began < 30  # about 2 s; 81 s with feedparser's sanitiser
    assert [i.summary for i in feed.items] == ["", STORY]


def test_items_are_capped_keeping_the_newest() -> None:
    items = [  # oldest first, one undated item in the middle
        {
            "title": f"Item {i}",
            "guid": f"g{i}",
            "description": "text",
            **({"pubDate": NOW + timedelta(minutes=i)} if i != 30 else {}),
        }
        for i in range(60)
    ]
    body = rss("Big", items).encode()
    feed = parse.parse_feed(body, url="http://big.test/rss", fetched_at=NOW, max_items=25)
    assert [i.title for i in feed.items] == [f"Item {i}" for i in range(35, 60)]
    assert feed.skipped == 35
    assert feed.note == "35 older item(s) skipped: the feed lists 60, at most 25 are read per poll"
    whole = parse.parse_feed(body, url="http://big.test/rss", fetched_at=NOW, max_items=60)
    assert len(whole.items) == 60 and whole.notes == ()


def test_the_cap_is_a_setting_with_a_default_of_500() -> None:
    assert Config().settings.max_items == 500
    text = "settings:\n  max_items: 50\n  parse_deadline: 20s\nfeeds:\n"
    settings_ = parse_config(text, Path("feeds.yaml")).settings
    assert (settings_.max_items, settings_.parse_deadline) == (50, 20.0)


def test_a_task_past_its_deadline_is_killed_and_the_pool_goes_on() -> None:
    with make_executor(deadline=0.5) as pool:
        slow: Future[int] = pool.submit(procs.sleep_for, 30)
        quick: Future[int] = pool.submit(procs.worker_pid)
        quick_pid = quick.result(timeout=10)
        began = time.monotonic()
        with pytest.raises(ParseTimeout, match=r"longer than 0\.5 s"):
            slow.result(timeout=10)
        assert time.monotonic() - began < 5
        assert pool.worker_pids() == [quick_pid]  # the overrunning worker is gone
        assert pool.submit(procs.worker_pid).result(timeout=10) == quick_pid


def test_idle_workers_stop_and_new_work_starts_them_again() -> None:
    with make_executor(deadline=30, eager=False) as pool:
        pool.idle_exit = 0.3
        first = pool.submit(procs.worker_pid).result(timeout=30)
        assert procs.wait_until(lambda: not pool.worker_pids(), 10)
        assert procs.wait_until(lambda: not procs.alive(first), 10)
        pool.idle_exit = None  # never
        second = pool.submit(procs.worker_pid).result(timeout=30)
        assert second != first
        time.sleep(1)
        assert pool.worker_pids() == [second]


async def test_a_feed_past_its_parse_deadline_fails_alone(
    feed_server: FeedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ingest.parse_task

    # The poller imports its parse task from its module when a feed brings a body.
    monkeypatch.setattr(ingest.parse_task, "process", procs.slow_process)
    feed_server.route("/ok.xml", _feed([STORY]))
    feed_server.route(procs.SLOW_MARK, _feed([STORY]))
    urls = [feed_server.url("/ok.xml"), feed_server.url(procs.SLOW_MARK)]
    config = parse_config("feeds:\n" + "".join(f"  - url: {u}\n" for u in urls), Path("f.yaml"))
    # Warm workers parse the good feed in milliseconds; the slow one would take a minute.
    with ParsePool(max_workers=2, deadline=60) as pool:
        warm = [pool.submit(procs.warm_up) for _ in range(2)]
        assert len({f.result(timeout=60) for f in warm}) == 2
        pool.deadline = 2.0
        poller = Poller(config, tmp_path / "d.db", executor=pool)
        began = time.monotonic()
        report = await poller.run_pass(force=True)
        assert time.monotonic() - began < 20
    by_url = {f.url: f for f in report.feeds}
    assert by_url[urls[0]].error is None and by_url[urls[0]].new == 1
    error = by_url[urls[1]].error or ""
    assert "ParseTimeout" in error and "longer than 2 s" in error
    assert poller.store.scalar("SELECT COUNT(*) FROM items") == 1
    poller.store.close()


async def test_a_poll_stores_the_rest_of_a_feed_with_a_hostile_item(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    feed_server.route("/wire.xml", _feed([STORY, "Toll <![ rising", "<!--" * 50_000, STORY]))
    url = feed_server.url("/wire.xml")
    config = parse_config(f"feeds:\n  - url: {url}\n", Path("f.yaml"))
    poller = Poller(config, tmp_path / "h.db")
    report = await poller.run_pass(force=True)
    assert report.feeds[0].error is None and report.new == 4
    poller.store.close()


def test_a_note_stays_on_the_feed_until_the_next_body() -> None:
    from storage.db import Storage
    from storage.feeds import FetchOutcome, record_fetch, sync_feeds

    store = Storage.memory()
    feed_id = sync_feeds(store, [("http://big.test/rss", None, (), True)], 0.0)[
        "http://big.test/rss"
    ]

    def fetch(at: float, *, note: str | None, body: bool = True, error: str | None = None) -> None:
        outcome = FetchOutcome(
            status=200 if body else 304, error=error, etag=None, last_modified=None,
            next_fetch=at + 60, interval=60, bytes=100 if body else None, note=note,
        )  # fmt: skip
        with store.transaction():
            record_fetch(store, feed_id, outcome, at)

    skipped = "35 older item(s) skipped: the feed lists 535, at most 500 are read per poll"
    fetch(1, note=skipped)
    fetch(2, note=None, body=False)  # 304: the same body, the same note
    fetch(3, note=None, body=False, error="HTTP 500")
    assert store.scalar("SELECT last_note FROM feeds") == skipped
    fetch(4, note=None)
    assert store.scalar("SELECT last_note FROM feeds") is None
    log = [r["note"] for r in store.rows("SELECT note FROM fetch_log ORDER BY at")]
    assert log == [skipped, None, None, None]


def test_the_pool_survives_failing_tasks_and_killed_workers() -> None:
    import os
    import signal

    with make_executor(deadline=30) as pool:
        with pytest.raises(ValueError, match="bad feed"):
            pool.submit(procs.fail, "bad feed").result(timeout=30)
        busy: Future[int] = pool.submit(procs.sleep_for, 30)
        assert procs.wait_until(lambda: bool(pool.worker_pids()) and busy.running(), 30)
        for pid in pool.worker_pids():
            os.kill(pid, signal.SIGKILL)  # the out-of-memory killer, say
        with pytest.raises(WorkerDied):
            busy.result(timeout=30)
        assert pool.submit(procs.worker_pid).result(timeout=30) > 0


def test_prestarted_workers_take_the_first_tasks() -> None:
    # The poller starts the workers with the first body, before it has a task for them.
    with ParsePool(max_workers=2, deadline=60) as pool:
        pool.prestart()
        waited = time.monotonic() + 60
        while len(pool.worker_pids()) < 2 and time.monotonic() < waited:
            time.sleep(0.05)
        started = sorted(pool.worker_pids())
        assert len(started) == 2
        warm = [pool.submit(procs.warm_up) for _ in range(2)]
        assert sorted({f.result(timeout=60) for f in warm}) == started
        pool.prestart()  # once only: nothing more starts
        assert sorted(pool.worker_pids()) == started


def test_a_worker_is_replaced_by_a_fresh_fork_after_its_share_of_tasks() -> None:
    with ParsePool(max_workers=1, deadline=60, recycle_after=3) as pool:
        pids = [pool.submit(procs.worker_pid).result(timeout=60) for _ in range(7)]
        assert pids[0] == pids[1] == pids[2] != pids[3] == pids[4] == pids[5] != pids[6]
        assert len(set(pids)) == 3
        assert procs.wait_until(lambda: not procs.alive(pids[0]), 10)  # the old fork is gone


async def test_the_last_pass_stops_its_workers_and_fork_server_once_all_is_parsed(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    import os

    feed_server.route("/ok.xml", _feed([STORY]))
    url = feed_server.url("/ok.xml")
    config = parse_config(f"feeds:\n  - url: {url}\n", Path("f.yaml"))
    with ParsePool(max_workers=2, deadline=60) as pool:
        pool.submit(procs.warm_up).result(timeout=60)
        children = procs.descendants(os.getpid())
        assert pool.worker_pids() and set(pool.worker_pids()) <= children
        poller = Poller(config, tmp_path / "l.db", executor=pool)
        report = await poller.run_pass(force=True, last=True)
        assert report.new == 1
        # no parse worker, no fork server and no resource tracker outlives the last pass
        assert procs.wait_until(lambda: not any(procs.alive(p) for p in children), 10)
        assert pool.worker_pids() == []
    poller.store.close()

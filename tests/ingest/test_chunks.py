"""Items a feed serves again byte for byte are not parsed again (`ingest.chunks`): what is
stored is what parsing the whole body stores, and a body that is not plain, or whose items'
context changed, is parsed whole."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import ingest.chunks
import ingest.process
from ingest.chunks import cut, digests
from ingest.config import Config, parse_config
from ingest.parse import ParsedFeed
from ingest.parse import parse_feed as real_parse
from ingest.poller import Poller
from ingest.process import FeedInfo, process_body
from storage.db import Storage
from storage.item_record import ItemRecord
from tests.builders import rss
from tests.feedserver import FeedServer

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
URL = "https://news.example/rss"
TYPE = "application/rss+xml; charset=utf-8"
TOWNS = ["Khan Younis", "Rafah", "El Fasher", "Kharkiv", "Taiz", "Goma", "Kidal"]


def entries(first: int, count: int) -> list[dict[str, object]]:
    """Items `first`..`first + count - 1`, the newest first."""
    out: list[dict[str, object]] = []
    for n in reversed(range(first, first + count)):
        town = TOWNS[n % len(TOWNS)]
        out.append(
            {
                "title": f"Strike kills {n + 3} in {town}",
                "link": f"https://news.example/world/{n}",
                "guid": f"https://news.example/world/{n}",
                "description": f"<p>At least {n + 3} people were killed in an airstrike on "
                f"{town}, medics said.</p><p>Rescue teams searched the rubble.</p>",
                "pubDate": NOW - timedelta(hours=100 - n),
            }
        )
    return out


def body(first: int, count: int, title: str = "Outlet") -> bytes:
    return rss(title, entries(first, count)).encode()


Result = tuple[FeedInfo, tuple[ItemRecord, ...]]


def whole_then_next(
    monkeypatch: pytest.MonkeyPatch, first: bytes, then: bytes, url: str = URL
) -> tuple[list[int], Result, Result]:
    """Process `first` whole, store its keys as known, then `then` with and without what
    `first` left; the sizes of the documents parsed for `then`, and both results."""
    info, records = process_body(first, url, NOW, TYPE)
    assert len(info.chunks) == len(info.keys) > 0  # cut, and every item recorded
    known = frozenset((r.key, r.content_hash) for r in records)
    chunks = {d: (k, h) for d, k, h in info.chunks}
    sizes: list[int] = []

    def parse_feed(document: bytes, **kwargs: Any) -> ParsedFeed:
        sizes.append(document.count(b"<item>"))
        return real_parse(document, **kwargs)

    monkeypatch.setattr(ingest.process, "parse_feed", parse_feed)
    short = process_body(then, URL, NOW, TYPE, known=known, chunks=chunks)
    whole = process_body(then, URL, NOW, TYPE, known=known)
    return sizes, short, whole


def test_only_the_new_items_are_parsed_and_the_result_is_the_whole_body_s(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sizes, short, whole = whole_then_next(monkeypatch, body(0, 20), body(3, 20))
    assert sizes == [3, 20]  # with the chunks: the three new items; without: all twenty
    assert short == whole
    info, records = short
    assert [r.key for r in records] == [f"https://news.example/world/{n}" for n in (22, 21, 20)]
    assert all(r.extraction.killed for r in records)
    assert len(info.keys) == 20 and len(info.chunks) == 20


def test_a_changed_item_is_parsed_again(monkeypatch: pytest.MonkeyPatch) -> None:
    edited = body(0, 20).replace(b"At least 7 people", b"At least 9 people")
    sizes, short, whole = whole_then_next(monkeypatch, body(0, 20), edited)
    assert sizes == [1, 20]
    assert short == whole
    assert [r.extraction.killed for r in short[1]] == [9]


def test_a_body_served_again_parses_no_item(monkeypatch: pytest.MonkeyPatch) -> None:
    sizes, short, whole = whole_then_next(monkeypatch, body(0, 20), body(0, 20))
    assert sizes == [0, 20]
    assert short == whole and short[1] == ()


@pytest.mark.parametrize(
    "change",
    [
        lambda b: b.replace(b"<title>Outlet</title>", b"<title>Outlet (new name)</title>"),
        lambda b: b.replace(b"<channel>", b'<channel xml:base="https://other.example/">'),
        lambda b: b.replace(b"</channel>", b"<ttl>30</ttl></channel>"),
    ],
    ids=["title", "xml-base", "tail"],
)
def test_items_whose_context_changed_are_parsed_again(
    monkeypatch: pytest.MonkeyPatch, change: object
) -> None:
    then = change(body(0, 20))  # type: ignore[operator]
    sizes, short, whole = whole_then_next(monkeypatch, body(0, 20), then)
    assert sizes == [20, 20]
    assert short == whole


def test_another_address_or_parser_version_gives_other_digests(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    found = cut(body(0, 5), TYPE, 200)
    assert found is not None
    marks = digests(found, URL, TYPE)
    assert len(set(marks)) == 5
    assert not set(marks) & set(digests(found, "https://news.example/rss2", TYPE))
    assert not set(marks) & set(digests(found, URL, "text/xml"))
    monkeypatch.setattr(ingest.chunks, "version_tag", lambda: b"another parser")
    assert not set(marks) & set(digests(found, URL, TYPE))


PLAIN = body(0, 3)


@pytest.mark.parametrize(
    ("document", "content_type"),
    [
        (PLAIN.replace(b"</item>", b"</item><!-- ad -->", 1), TYPE),
        (PLAIN.replace(b"<rss", b"<!DOCTYPE rss><rss"), TYPE),
        (PLAIN.replace(b'encoding="utf-8"', b'encoding="iso-8859-1"'), TYPE),
        (PLAIN, "application/rss+xml; charset=windows-1252"),
        (PLAIN.replace(b"Rescue", b"R\xe9scue"), TYPE),  # not UTF-8
        (PLAIN.replace(b"</item>\n<item>", b"</item><x/><item>", 1), TYPE),
        (PLAIN.replace(b"&lt;p&gt;At least", b"<![CDATA[</item>]]>&lt;p&gt;At least", 1), TYPE),
        (PLAIN.replace(b"<item>", b"<item/><item>", 1), TYPE),
        (rss("Outlet", []).encode(), TYPE),
        (
            b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            b"<entry><id>a</id><title>t</title></entry></feed>",
            TYPE,
        ),
    ],
    ids=[
        "comment",
        "doctype",
        "latin-1",
        "charset",
        "bad-utf-8",
        "between",
        "cdata",
        "empty-item",
        "no-items",
        "atom",
    ],
)
def test_a_body_that_is_not_plain_is_not_cut(document: bytes, content_type: str) -> None:
    assert cut(PLAIN, TYPE, 200) is not None
    assert document != PLAIN or content_type != TYPE
    assert cut(document, content_type, 200) is None


def test_item_tags_inside_text_record_nothing() -> None:
    # the cut falls inside the description; the whole body's one entry cannot be matched
    # to the two pieces, so nothing is kept, and the body is parsed whole again next time
    hostile = PLAIN.replace(
        b"&lt;p&gt;At least", b"<![CDATA[</item>\n<item>]]>&lt;p&gt;At least", 1
    )
    found = cut(hostile, TYPE, 200)
    assert found is not None and len(found.items) == 4
    info, records = process_body(hostile, URL, NOW, TYPE)
    assert info.chunks == () and len(records) == len(info.keys) == 3
    assert process_body(hostile, URL, NOW, TYPE, chunks={}) == (info, records)


def test_a_body_over_the_item_limit_is_not_cut() -> None:
    assert cut(body(0, 10), TYPE, 10) is not None
    assert cut(body(0, 11), TYPE, 10) is None


# --- the poller, over real HTTP and SQLite ---------------------------------------------------


def config(server: FeedServer, feeds: int) -> Config:
    text = "settings:\n  interval: 10m\n  min_interval: 1m\nfeeds:\n"
    text += "".join(f"  - url: {server.url(f'/f{i}.xml')}\n" for i in range(feeds))
    return parse_config(text, Path("feeds.yaml"))


def stored(path: Path) -> list[list[tuple[object, ...]]]:
    store = Storage.open(path)
    queries = [
        "SELECT f.url, i.key, i.guid, i.link, i.title, i.summary, i.published, i.content_hash, "
        "i.killed, i.injured, i.places, i.listed FROM items i JOIN feeds f ON f.id = i.feed_id "
        "ORDER BY 1, 2",
        "SELECT fe.url, i.key, g.idx, g.kind, g.count, g.place, g.country, g.sentence "
        "FROM figures g JOIN items i ON i.id = g.item_id JOIN feeds fe ON fe.id = i.feed_id "
        "ORDER BY 1, 2, 3",
        "SELECT url, etag, items, last_status, last_error, last_note FROM feeds ORDER BY url",
    ]
    found = [[tuple(row) for row in store.execute(sql)] for sql in queries]
    store.close()
    return found


async def test_the_poller_parses_only_new_items_and_stores_the_same(
    feed_server: FeedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feeds = 3
    for feed in range(feeds):
        feed_server.route(f"/f{feed}.xml", body(feed * 100, 12), etag=f'"{feed}-1"')
    clock = NOW.timestamp
    first = Poller(config(feed_server, feeds), tmp_path / "base.db", clock=clock)
    assert (await first.run_pass(force=True)).new == 3 * 12
    assert first.store.scalar("SELECT COUNT(*) FROM feed_chunks") == 3 * 12
    first.store.close()
    # feed 0 publishes two items (two drop out), feed 2 edits one; feed 1 answers 304
    feed_server.route("/f0.xml", body(2, 12), etag='"0-2"')
    edited = body(200, 12).replace(b"At least 206 people", b"At least 250 people")
    feed_server.route("/f2.xml", edited, etag='"2-2"')
    shutil.copy(tmp_path / "base.db", tmp_path / "whole.db")
    shutil.copy(tmp_path / "base.db", tmp_path / "short.db")
    whole_db = Storage.open(tmp_path / "whole.db")
    with whole_db.transaction():
        whole_db.execute("DELETE FROM feed_chunks")  # as a database stored before them
    whole_db.close()

    parsed: list[int] = []

    def parse_feed(document: bytes, **kwargs: Any) -> ParsedFeed:
        parsed.append(document.count(b"<item>"))
        return real_parse(document, **kwargs)

    monkeypatch.setattr(ingest.process, "parse_feed", parse_feed)
    for name in ("whole.db", "short.db"):
        parsed.clear()
        poller = Poller(config(feed_server, feeds), tmp_path / name, clock=clock)
        report = await poller.run_pass(force=True)
        assert (report.new, sum(f.changed for f in report.feeds)) == (2, 1)
        assert poller.store.scalar("SELECT COUNT(*) FROM feed_chunks") == (
            2 * 12 if name == "whole.db" else 3 * 12
        )
        poller.store.close()
        assert sorted(parsed) == ([12, 12] if name == "whole.db" else [1, 2])
    assert stored(tmp_path / "short.db") == stored(tmp_path / "whole.db")

"""The worker's entry point: what it sends back, and that it crosses a pipe intact."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime, timedelta

from extract.model import Figure
from ingest.parse import parse_feed
from ingest.process import FeedInfo, process_body
from tests.builders import rss

NOW = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)
URL = "https://wire.test/rss"


def _body() -> bytes:
    items = [
        {
            "title": f"Strike on Idlib market kills {n}",
            "guid": f"g{n}",
            "description": f"At least {n} people were killed in Idlib, SOHR said.",
            "pubDate": NOW - timedelta(hours=n),
        }
        for n in (3, 5, 8)
    ]
    return rss("Wire", items).encode()


def test_the_result_lists_every_item_and_carries_only_new_ones() -> None:
    body = _body()
    parsed = parse_feed(body, url=URL, fetched_at=NOW)
    first = parsed.items[0]
    info, records = process_body(
        body, URL, NOW, None, known=frozenset({(first.key, first.content_hash)})
    )
    assert info._replace(chunks=()) == FeedInfo(
        parsed.title, parsed.ttl, None, parsed.note, tuple(i.key for i in parsed.items)
    )
    # what each item parsed to, for the next body (`ingest.chunks`)
    assert [(key, h) for _, key, h in info.chunks] == [
        (i.key, i.content_hash) for i in parsed.items
    ]
    assert [r.key for r in records] == [i.key for i in parsed.items[1:]]
    assert all(r.extraction.figures for r in records)


def test_the_result_unpickles_equal_and_without_restoring_field_by_field() -> None:
    result = process_body(_body(), URL, NOW, None)
    again = pickle.loads(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == result
    figure = result[1][0].extraction.figures[0]
    assert isinstance(figure, Figure)
    # a call of the class with the fields, not an object restored slot by slot
    assert figure.__reduce__()[0] is Figure

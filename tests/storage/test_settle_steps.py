"""Settling events in short transactions ends where settling at once does, and an error between
two steps is recovered from the database's mark, never left half-settled."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.events import Report
from storage.db import Storage
from storage.event_tallies import refresh_in_steps
from storage.events import _reports, _reports_query, event_writer, item_words, reports_of
from storage.feeds import sync_feeds
from storage.figure_rows import figure_of
from storage.write import store_items
from tests.storage.test_storage import NOW, figure, record

FEEDS: list[tuple[str, str | None, list[str], bool]] = [
    ("https://a.example/rss", "A", [], True),
    ("https://b.example/rss", "B", [], True),
]


def out_of_order(tmp_path: Path) -> Storage:
    """Feed A's recent reports stored first, then feed B's earlier ones: provisional events."""
    store = Storage.open(tmp_path / "e.db")
    ids = sync_feeds(store, FEEDS, NOW)
    a, b = ids[FEEDS[0][0]], ids[FEEDS[1][0]]
    tolls = [
        (a, "a1", 1, 18),
        (a, "a2", 2, 14),
        (b, "b1", 5, 11),
        (b, "b2", 4, 12),
        (b, "b3", 3, 13),
    ]
    for feed, key, hours, count in tolls:
        text = f"At least {count} people were killed in the Idlib market strike."
        with store.transaction():
            store_items(
                store,
                feed,
                [
                    record(
                        key,
                        f"Idlib market toll {count}",
                        hours_ago=hours,
                        figures=(figure(count, text),),
                    )
                ],
                NOW,
                refresh=False,
            )
    return store


def events(store: Storage) -> dict[int, int]:
    return {int(f): int(e) for f, e in store.execute("SELECT id, event_id FROM figures")}


def unsettled(store: Storage) -> bool:
    return store.scalar("SELECT 1 FROM meta WHERE key = 'events_unsettled'") is not None


def canonical(store: Storage) -> dict[int, int]:
    with store.transaction():
        event_writer(store).reassign_from(None)
    return events(store)


def test_settling_in_steps_ends_where_settling_at_once_does(tmp_path: Path) -> None:
    store = out_of_order(tmp_path)
    assert unsettled(store)
    event_writer(store).settle_in_steps(step=1)
    assert not unsettled(store)
    settled = events(store)
    assert settled == canonical(store)
    assert refresh_in_steps(store, step=1) >= 1
    assert store.scalar("SELECT COUNT(*) FROM event_dirty") == 0


def test_an_error_between_steps_is_recovered_from_the_mark(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = out_of_order(tmp_path)
    writer = event_writer(store)
    real = writer._write
    calls: list[int] = []

    def failing(assigned: dict[int, int]) -> None:
        calls.append(len(assigned))
        if len(calls) == 2:
            raise OSError("disk full")
        real(assigned)

    monkeypatch.setattr(writer, "_write", failing)
    with pytest.raises(OSError):
        writer.settle_in_steps(step=1)
    monkeypatch.setattr(writer, "_write", real)
    assert len(calls) == 2  # one figure moved, then the disk failed
    assert unsettled(store)  # so the mark stays, and the replay is done again
    assert len(set(events(store).values())) == 2  # half-settled in the database for now
    writer.settle_in_steps()
    assert not unsettled(store)
    assert events(store) == canonical(store)


def test_equal_facts_and_words_are_one_object_and_reports_are_as_report_of_makes_them(
    tmp_path: Path,
) -> None:
    # the writer keeps every figure of the last days in memory, sharing what repeats
    text = "At least 12 people were killed in the Idlib market strike."
    made = [
        reports_of(
            [n],
            [figure(12, text)],
            effective=NOW - n,
            feed_url="https://a.example/rss",
            item_key=f"k{n}",
            version=1,
            words=item_words("Bakery strike in Idlib", ["Idlib"]),
        )[0]
        for n in (1, 2)
    ]
    assert made[0].figure is made[1].figure and made[0].words is made[1].words
    for r in made:
        published, item = r.published, r.item
        assert r == Report.of(r.figure_id, r.order, figure(12, text), published, item, r.words)
    store = out_of_order(tmp_path)
    loaded = _reports(store.execute(_reports_query(False)).fetchall())
    assert len(loaded) == 5
    assert len({id(r.order[1]) for r in loaded}) == len({r.order[1] for r in loaded}) == 2
    for r in loaded:
        row = store.rows("SELECT * FROM figures WHERE id = ?", [r.figure_id])[0]
        assert r == Report.of(r.figure_id, r.order, figure_of(row), r.published, r.item, r.words)

"""What a starting writer reads back into its event index: the stored figures that can still take
a new one. Incidents from `KEEP` (and the read-ahead) before the earliest new figure, running
and long-run tolls from a month further back; a new figure ends in the event a full replay
gives it."""

from __future__ import annotations

from pathlib import Path

from storage.db import Storage
from storage.events import event_writer
from storage.feeds import sync_feeds
from storage.write import store_items
from tests.builders import killed_at_least
from tests.storage.test_storage import NOW, record

URL = "https://a.example/rss"
OLD_HOURS = 20 * 24
"""Older than an incident's reach (`KEEP` plus the read-ahead, 17 days), within a long-run
toll's (`KEEP + LONG_GAP` plus the read-ahead)."""
INCIDENT = "At least 12 people were killed in the Idlib market strike."
WAR_TOLL = "At least {n} people have been killed in Syria since the war began."


def _store(store: Storage, key: str, hours_ago: float, count: int, sentence: str) -> int:
    """Store one item with one figure; its figure's id."""
    feed = sync_feeds(store, [(URL, "A", [], True)], NOW)[URL]
    lasting = count >= 1000
    figure = killed_at_least(count, sentence, cumulative=lasting)
    with store.transaction():
        store_items(
            store, feed, [record(key, sentence, hours_ago=hours_ago, figures=(figure,))], NOW
        )
    return int(
        store.scalar(
            "SELECT f.id FROM figures f JOIN items i ON i.id = f.item_id WHERE i.key = ?", [key]
        )
    )


def _events(store: Storage) -> dict[int, int]:
    return {int(f): int(e) for f, e in store.execute("SELECT id, event_id FROM figures")}


def test_a_new_writer_reads_back_old_tolls_but_not_old_incidents(tmp_path: Path) -> None:
    path = tmp_path / "w.db"
    with Storage.open(path) as history:
        old_incident = _store(history, "old-strike", OLD_HOURS, 12, INCIDENT)
        old_toll = _store(history, "old-toll", OLD_HOURS, 40_000, WAR_TOLL.format(n="40,000"))
    store = Storage.open(path)  # a writer starting now: its index is empty
    new_incident = _store(store, "new-strike", 2, 12, INCIDENT)
    new_toll = _store(store, "new-toll", 1, 40_500, WAR_TOLL.format(n="40,500"))

    in_memory = event_writer(store).index.partition("Syria").assigned
    assert old_toll in in_memory
    assert old_incident not in in_memory
    events = _events(store)
    assert events[new_toll] == events[old_toll] == old_toll  # a month-long toll goes on
    assert events[new_incident] == new_incident  # the same words 20 days later: a new incident

    with store.transaction():
        event_writer(store).reassign_from(None)  # every figure placed again, from the start
    assert _events(store) == events
    store.close()


def test_a_figure_an_earlier_report_gave_stays_context_when_read_back() -> None:
    from dataclasses import replace

    from extract.api import extract
    from extract.totals import is_long_run

    text = "The army says 5 of its soldiers died; earlier reports had put the toll at 3."
    figures = extract(text).figures
    earlier = [f for f in figures if f.count == 3]
    assert earlier and all(is_long_run(f) for f in earlier)
    # `past` is not stored: the period text alone must keep the figure out of the count
    assert all(is_long_run(replace(f, past=False)) for f in earlier)

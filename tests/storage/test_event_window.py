"""What a starting writer reads back into its event index: the stored figures that can still take
a new one. Incidents from `KEEP` (and the read-ahead) before the earliest new figure, running
and long-run tolls from a month further back; a new figure ends in the event a full replay
gives it."""

from __future__ import annotations

import itertools
from pathlib import Path

from extract.events import Base
from storage.db import Storage
from storage.events import event_writer, item_words, stored_words
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
    from extract.long_run import is_long_run

    text = "The army says 5 of its soldiers died; earlier reports had put the toll at 3."
    figures = extract(text).figures
    earlier = [f for f in figures if f.count == 3]
    assert earlier and all(is_long_run(f) for f in earlier)
    # `past` is not stored: the period text alone must keep the figure out of the count
    assert all(is_long_run(replace(f, past=False)) for f in earlier)


def _words(store: Storage, key: str) -> str | None:
    found = store.scalar("SELECT match_words FROM items WHERE key = ?", [key])
    return None if found is None else str(found)


_PROBES = itertools.count()


def _loaded_words(path: Path, figure: int) -> frozenset[str]:
    """The words a writer starting on the database reads back for one figure's item."""
    with Storage.open(path) as store:
        probe = f"probe-{next(_PROBES)}"  # a new item each time: it loads Syria
        _store(store, probe, 0.5, 3, "Three people were killed in Daraa.")
        reports = event_writer(store).index.partition("Syria").reports
        (report,) = [r for r in reports if r.figure_id == figure]
        return report.words


def _check_fresh_matches_replay(path: Path) -> None:
    with Storage.open(path) as store:
        events = _events(store)
        with store.transaction():
            event_writer(store).reassign_from(None)
        assert _events(store) == events


def test_stored_words_follow_edits_and_new_versions(tmp_path: Path) -> None:
    path = tmp_path / "w.db"
    market, convoy = "Idlib market strike kills 12", "Idlib convoy strike kills 12"
    with Storage.open(path) as store:
        first = _store(store, "strike", 30, 12, market)
        store.execute("UPDATE items SET title = ? WHERE key = 'strike'", [market + "!"])
        assert _words(store, "strike") is None  # an edit of the title alone clears them
        # a new version of the item stores its own words
        feed = sync_feeds(store, [(URL, "A", [], True)], NOW)[URL]
        figure = killed_at_least(12, INCIDENT)
        with store.transaction():
            store_items(store, feed, [record("strike", convoy, figures=(figure,))], NOW)
        assert _words(store, "strike") == stored_words(item_words(convoy, ["Idlib"]))
        second = int(store.scalar("SELECT MAX(id) FROM figures WHERE item_id = 1"))
    assert second != first
    assert _loaded_words(path, second) == item_words(convoy, ["Idlib"])
    assert "convoy" in _loaded_words(path, second)
    with Storage.open(path) as store:  # places edited (as re-extraction does): cleared again
        store.execute("UPDATE items SET places = '[]' WHERE key = 'strike'")
        assert _words(store, "strike") is None
    assert _loaded_words(path, second) == item_words(convoy, [])
    _check_fresh_matches_replay(path)


def test_words_stored_by_other_rules_are_worked_out_again(tmp_path: Path) -> None:
    path = tmp_path / "w.db"
    title = "Idlib bakery strike kills 12"
    with Storage.open(path) as store:
        figure = _store(store, "bakery", 3, 12, title)
        assert _words(store, "bakery") == stored_words(item_words(title, ["Idlib"]))
        # as another version of sitrep would leave them
        store.execute("UPDATE items SET match_words = 'stale words' WHERE key = 'bakery'")
        store.execute("UPDATE meta SET value = 'other' WHERE key = 'match_words_of'")
    assert _loaded_words(path, figure) == item_words(title, ["Idlib"])  # not read
    with Storage.open(path) as store:
        assert _words(store, "bakery") is None  # and cleared by the next feed stored
    _check_fresh_matches_replay(path)


def _history(path: Path) -> None:
    """Four days of strikes in Idlib, settled: the writer stores its index as of 36 hours
    before the newest."""
    with Storage.open(path) as store:
        for n, hours in enumerate(range(100, 38, -6)):
            _store(store, f"old-{n}", hours, 10 + n % 4, INCIDENT)
        event_writer(store).settle()


def _keyed_events(store: Storage) -> set[tuple[str, str]]:
    rows = store.execute(
        "SELECT i.key, e.key FROM figures f JOIN items i ON i.id = f.item_id "
        "JOIN figures g ON g.id = f.event_id JOIN items e ON e.id = g.item_id"
    )
    return {(str(a), str(b)) for a, b in rows}


def test_a_writer_started_from_its_stored_index_places_as_one_reading_the_figures(
    tmp_path: Path,
) -> None:
    _history(tmp_path / "h.db")
    results = []
    for stored_index in (True, False):
        path = tmp_path / f"{stored_index}.db"
        path.write_bytes((tmp_path / "h.db").read_bytes())
        with Storage.open(path) as store:
            assert store.scalar("SELECT COUNT(*) FROM event_index") == 1
            if not stored_index:
                store.execute("DELETE FROM event_index")
            for n, hours in enumerate((30, 2, 26, 8)):
                _store(store, f"new-{n}", hours, 12 + n, INCIDENT)
            assert ("Syria" in event_writer(store)._base_until) is stored_index
            event_writer(store).settle()
            results.append(_keyed_events(store))
    assert results[0] == results[1]


def test_a_figure_from_before_the_stored_index_drops_it(tmp_path: Path) -> None:
    _history(tmp_path / "h.db")
    with Storage.open(tmp_path / "h.db") as store:
        until = float(store.scalar("SELECT until FROM event_index"))
        _store(store, "late", 90, 40, INCIDENT)  # published before `until`
        assert store.scalar("SELECT COUNT(*) FROM event_index") == 0
        event_writer(store).settle()  # stored again, with it
        assert float(store.scalar("SELECT until FROM event_index")) == until


def _stored_index(store: Storage) -> tuple[float, dict[int, object], dict[object, list[int]]]:
    until, state = store.execute("SELECT until, state FROM event_index").fetchone()
    base = Base.decode(state)
    lists: dict[object, list[int]] = {
        k: [v] if isinstance(v, int) else list(v.ids) for k, v in base.postings.items()
    }
    return float(until), dict(base.events), lists


def test_an_index_stored_pass_after_pass_is_the_one_stored_at_once(tmp_path: Path) -> None:
    path = tmp_path / "w.db"
    with Storage.open(path) as store:  # one writer, settling after each of three passes
        for n, hours in enumerate(range(100, 10, -6)):
            _store(store, f"item-{n}", hours, 10 + n % 5, INCIDENT)
            if n % 5 == 4:
                event_writer(store).settle()
        event_writer(store).settle()
        kept = _stored_index(store)
    with Storage.open(path) as store:  # a writer storing it afresh from the figures
        store.execute("DELETE FROM event_index")
        writer = event_writer(store)
        writer._ensure("Syria", NOW - 3600)
        writer._touched.add("Syria")
        writer.settle()
        assert _stored_index(store) == kept


def test_an_index_stored_under_other_rules_is_not_read(tmp_path: Path) -> None:
    _history(tmp_path / "h.db")
    with Storage.open(tmp_path / "h.db") as store:
        store.execute("UPDATE event_index SET version = 'other'")
        _store(store, "new", 2, 12, INCIDENT)
        assert "Syria" not in event_writer(store)._base_until  # read from the figures
        event_writer(store).settle()
        assert store.scalar("SELECT version FROM event_index") != "other"

"""Desk verification on real SQLite: marks with who, when and why; a disputed mark leaves every
tally like an exclusion; undo in any order; the tally of confirmed figures; two connections."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest
import sqlite_utils

from storage import audit
from storage.db import Storage
from storage.event_tallies import refresh_dirty
from storage.records import MARKS, confirmation
from storage.schema import MIGRATIONS
from storage.tallies import compute_tally
from storage.tally_summary import tally_summary
from storage.verification import confirmed_tally, marks
from tests.storage.test_event_tallies import NOW, _populate, _store

HOUR = 3600.0
DAY = 24 * HOUR
# (figure id, feed, hours ago, count, place, event): a running toll in Idlib, 11 -> 14 -> 18,
# from two outlets, and an unrelated strike in Omdurman.
FIGURES = [
    (1, 1, 5, 11, "Idlib", "Syria", 1),
    (2, 2, 3, 14, "Idlib", "Syria", 1),
    (3, 1, 2, 18, "Idlib", "Syria", 1),
    (4, 2, 1, 25, "Omdurman", "Sudan", 4),
]


def _fill(store: Storage) -> Storage:
    conn = store.db.conn
    conn.executemany(
        "INSERT INTO feeds (id, url, name, created) VALUES (?, ?, ?, ?)",
        [(i, f"https://wire{i}.example/rss", f"Wire {i}", NOW) for i in (1, 2)],
    )
    with store.transaction():
        for fid, feed, hours, count, place, country, event in FIGURES:
            when = NOW - hours * HOUR
            title = f"Toll in {place} rises to {count}"
            conn.execute(
                "INSERT INTO items (id, feed_id, key, title, summary, first_seen, effective, "
                "content_hash) VALUES (?, ?, ?, ?, '', ?, ?, 'h')",
                (fid, feed, f"k{fid}", title, when, when),
            )
            conn.execute(
                "INSERT INTO figures (id, item_id, version, idx, event_id, effective, kind, "
                "count, low, victims, is_update, country, place, sentence, span_start, span_end) "
                "VALUES (?, ?, 1, 0, ?, ?, 'killed', ?, ?, 'people', 1, ?, ?, ?, 0, 5)",
                (fid, fid, event, when, count, count, country, place, title),
            )
        refresh_dirty(store)
    return store


@pytest.fixture
def store() -> Storage:
    return _fill(Storage.memory())


def _killed(store: Storage) -> tuple[int, int]:
    """(deaths of the full tally, of the stored summary) over the last day: always equal."""
    full = compute_tally(store, since=NOW - DAY, now=NOW)
    fast = tally_summary(store, since=NOW - DAY, now=NOW)
    assert fast == replace(full, figures=())
    return full.killed, fast.killed


def test_a_mark_records_who_when_and_why(store: Storage) -> None:
    entry = audit.verify_figure(store, 3, "confirmed", editor="Ana  B", note=" rang SOHR ", now=NOW)
    found = marks(store)[3]
    assert (found.mark, found.editor, found.at, found.note, found.audit_id) == (
        "confirmed",
        "Ana B",
        NOW,
        "rang SOHR",
        entry,
    )
    row = audit.log(store)[0]
    assert (row.action, row.target, row.target_id, row.editor) == (
        "confirmed",
        "figure",
        3,
        "Ana B",
    )
    assert found.to_json() == {
        "mark": "confirmed",
        "editor": "Ana B",
        "at": "2026-05-01T12:00:00Z",
        "note": "rang SOHR",
        "audit_id": entry,
    }
    assert _killed(store) == (43, 43)  # a confirmation changes no number
    assert marks(store, [1, 2, 4]) == {}


def test_a_disputed_mark_leaves_every_tally_and_undo_brings_it_back(store: Storage) -> None:
    assert _killed(store) == (43, 43)
    entry = audit.verify_figure(store, 3, "disputed", editor="Ana", note="no second source")
    assert _killed(store) == (39, 39)  # the running toll counts its previous value, 14
    verdict = next(f for f in compute_tally(store, since=None, now=NOW).figures if f.source.id == 3)
    assert not verdict.counted
    assert verdict.excluded_reason == "excluded by editor: disputed by Ana: no second source"
    audit.undo(store, entry)
    assert _killed(store) == (43, 43)
    assert store.scalar("SELECT excluded FROM figures WHERE id = 3") is None
    assert 3 not in marks(store)  # the undone mark is no mark


def test_a_later_mark_lifts_a_dispute_but_never_an_exclusion(store: Storage) -> None:
    audit.verify_figure(store, 3, "disputed", editor="Ana", note="doubtful")
    audit.verify_figure(store, 3, "confirmed", editor="Ben", note="confirmed by phone")
    assert _killed(store) == (43, 43)
    assert marks(store)[3].editor == "Ben"
    excluded = audit.exclude_figure(store, 4, "wrong town", editor="Ana")
    audit.verify_figure(store, 4, "confirmed", editor="Ben")
    assert _killed(store) == (18, 18)  # the exclusion stands
    audit.verify_figure(store, 4, "unverified", editor="Ben")
    audit.undo(store, excluded)
    assert _killed(store) == (43, 43)
    assert marks(store)[4].mark == "unverified"


def test_decisions_undo_in_any_order(store: Storage) -> None:
    excluded = audit.exclude_figure(store, 3, "double count")
    disputed = audit.verify_figure(store, 3, "disputed", editor="Ana", note="doubtful")
    assert store.scalar("SELECT excluded FROM figures WHERE id = 3") == "disputed by Ana: doubtful"
    audit.undo(store, excluded)  # the older decision: the dispute still holds
    assert _killed(store) == (39, 39)
    audit.undo(store, disputed)
    assert _killed(store) == (43, 43)
    with pytest.raises(audit.AuditError, match="already undone"):
        audit.undo(store, disputed)


def test_the_confirmed_tally_counts_confirmed_figures_only(store: Storage) -> None:
    def confirmed() -> int:
        return confirmed_tally(store, since=NOW - DAY, now=NOW).killed

    assert confirmed() == 0
    audit.verify_figure(store, 2, "confirmed", editor="Ana")
    assert confirmed() == 14  # 18 is not confirmed yet: the latest confirmed value counts
    audit.verify_figure(store, 3, "confirmed", editor="Ana")
    audit.verify_figure(store, 4, "confirmed", editor="Ana")
    assert confirmed() == 43
    audit.verify_figure(store, 4, "unverified", editor="Ana")
    assert confirmed() == 18
    full = compute_tally(store, since=NOW - DAY, now=NOW)
    assert confirmation(full.figures, marks(store)).text() == "1 of 2 figures confirmed"


def test_two_connections_see_each_others_marks(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    _fill(Storage.open(path)).close()
    with (
        Storage.open(path) as first,
        Storage.open(path) as second,
        Storage.open(path, readonly=True) as reader,
    ):
        before = reader.data_version()
        audit.verify_figure(first, 3, "confirmed", editor="Ana")
        assert reader.data_version() != before  # what a dashboard's refresh watches
        assert marks(second)[3].editor == "Ana"
        entry = audit.verify_figure(second, 4, "disputed", editor="Ben", note="retracted")
        assert marks(reader)[4].mark == "disputed"
        assert tally_summary(reader, since=NOW - DAY, now=NOW).killed == 18
        audit.undo(first, entry)
        assert 4 not in marks(reader)
        assert tally_summary(reader, since=NOW - DAY, now=NOW).killed == 43


def test_a_dashboard_notices_a_mark_made_elsewhere(tmp_path: Path) -> None:
    """The dashboard reloads its panels when its signature changes: a mark made by another
    process changes it, and undoing the mark changes it again."""
    from tui.data import Reader

    path = tmp_path / "desk.db"
    _fill(Storage.open(path)).close()
    reader = Reader(path)
    try:
        before = reader.signature()
        with Storage.open(path) as other:
            entry = audit.verify_figure(other, 3, "confirmed", editor="Ana")
        marked = reader.signature()
        assert marked != before
        with Storage.open(path) as other:
            audit.undo(other, entry)
        assert reader.signature() not in (before, marked)
    finally:
        reader.close()


@pytest.mark.parametrize(
    ("figure_id", "mark", "editor", "note", "error"),
    [
        (3, "checked", "Ana", None, "not a verification mark"),
        (3, "disputed", "Ana", "  ", "needs a note"),
        (3, "confirmed", " ", None, "editor's name is required"),
        (99, "confirmed", "Ana", None, "there is no figure 99"),
    ],
)
def test_bad_marks_are_refused_and_leave_no_entry(
    store: Storage, figure_id: int, mark: str, editor: str, note: str | None, error: str
) -> None:
    with pytest.raises(audit.AuditError, match=error):
        audit.verify_figure(store, figure_id, mark, editor=editor, note=note)
    assert audit.log(store) == []


def test_a_database_from_before_marks_reads_as_unmarked(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = sqlite_utils.Database(path)
    db.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied REAL)")
    for name, step in MIGRATIONS:
        if name < "010":
            step(db)
            db.execute("INSERT INTO _migrations VALUES (?, 0)", [name])
    db.conn.commit()
    db.close()
    with Storage.open(path, readonly=True) as old:
        assert marks(old) == {}
        assert confirmed_tally(old, since=None, now=NOW).killed == 0
    with Storage.open(path) as migrated:  # a writer brings it up to date
        assert "editor" in {c.name for c in migrated.db["audit"].columns}


@pytest.mark.parametrize("seed", range(6))
def test_stored_tallies_follow_random_marks(seed: int) -> None:
    rng = random.Random(seed)
    store = _store()
    _populate(store, rng)
    refresh_dirty(store)
    ids = [int(r[0]) for r in store.execute("SELECT id FROM figures")]
    entries: list[int] = []
    for _ in range(25):
        if entries and rng.random() < 0.3:
            audit.undo(store, entries.pop(rng.randrange(len(entries))))
        elif rng.random() < 0.2:
            entries.append(audit.exclude_figure(store, rng.choice(ids), "editor says no"))
        else:
            mark = rng.choice(MARKS)
            entries.append(
                audit.verify_figure(store, rng.choice(ids), mark, editor="Ana", note="why")
            )
        for since in (None, NOW - DAY):
            full = compute_tally(store, since=since, now=NOW)
            assert tally_summary(store, since=since, now=NOW) == replace(full, figures=())
    # The figures' state is what the entries not undone say, whatever the order.
    for figure_id in ids:
        excluded = store.scalar("SELECT excluded FROM figures WHERE id = ?", [figure_id])
        current = marks(store, [figure_id]).get(figure_id)
        if current is not None and current.mark == "disputed":
            assert excluded is not None
        if excluded is None:
            assert current is None or current.mark != "disputed"

"""One event's toll over time: the points, the counted line, context apart, and verdicts that
always agree with `compute_tally` over all time."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from storage import audit
from storage.db import Storage
from storage.event_tallies import refresh_dirty
from storage.tallies import compute_tally
from storage.timeline import MAX_STEPS, story_timeline
from tests.storage.test_event_tallies import NOW, _populate, _store

HOUR = 3600.0


def _figure(
    store: Storage,
    fid: int,
    *,
    event: int,
    hours_ago: float,
    count: int,
    feed: int = 1,
    source: str | None = None,
    period_start: float | None = None,
    cumulative: bool = False,
    update: bool = True,
    place: str = "Idlib",
) -> None:
    when = NOW - hours_ago * HOUR
    title = f"{count} killed in {place} ({fid})"
    store.execute(
        "INSERT INTO items (id, feed_id, key, title, summary, first_seen, effective, "
        "content_hash) VALUES (?, ?, ?, ?, '', ?, ?, 'h')",
        (fid, feed, f"k{fid}", title, when, when),
    )
    store.execute(
        "INSERT INTO figures (id, item_id, version, idx, event_id, effective, kind, count, low, "
        "victims, cumulative, is_update, period_start, source, country, place, sentence, "
        "span_start, span_end) "
        "VALUES (?, ?, 1, 0, ?, ?, 'killed', ?, ?, 'people', ?, ?, ?, ?, 'Syria', ?, ?, 0, 2)",
        (
            fid,
            fid,
            event,
            when,
            count,
            count,
            int(cumulative),
            int(update),
            period_start,
            source,
            place,
            title,
        ),
    )


@pytest.fixture
def store() -> Storage:
    store = _store()
    with store.transaction():
        # A running toll in Idlib: 11, 11 again from another outlet, 14, then 18.
        _figure(store, 1, event=1, hours_ago=6, count=11)
        _figure(store, 2, event=1, hours_ago=5.5, count=11, feed=2)
        _figure(store, 3, event=1, hours_ago=4, count=14)
        _figure(store, 4, event=1, hours_ago=2, count=18, feed=2)
        # Two sources at once in Ariha: 10 and 12 disagree.
        _figure(
            store, 5, event=5, hours_ago=3, count=10, source="SOHR", place="Ariha", update=False
        )
        _figure(
            store, 6, event=5, hours_ago=3, count=12, source="civil defence", place="Ariha",
            feed=2, update=False,
        )  # fmt: skip
        # A war-long toll, context in every window.
        _figure(
            store, 7, event=7, hours_ago=1, count=500000, place="Idlib", cumulative=True,
            period_start=datetime(2011, 3, 15, tzinfo=UTC).timestamp(), update=False,
        )  # fmt: skip
        refresh_dirty(store)
    return store


def test_a_running_toll_steps_through_its_latest_values(store: Storage) -> None:
    line = story_timeline(store, 1, now=NOW)
    assert line is not None
    assert [f.source.id for f in line.points] == [1, 2, 3, 4]
    assert [(f.counted, f.verdict.reason.name if f.verdict else None) for f in line.points] == [
        (False, "SUPERSEDED"),
        (False, "REPEAT"),
        (False, "SUPERSEDED"),
        (True, None),
    ]
    assert [(s.value, s.low, s.high, s.counted) for s in line.killed] == [
        (11, 11, 11, (1,)),
        (14, 14, 14, (3,)),
        (18, 18, 18, (4,)),
    ]
    assert [s.at.timestamp() for s in line.killed] == [
        NOW - 6 * HOUR,
        NOW - 4 * HOUR,
        NOW - 2 * HOUR,
    ]
    assert line.injured == ()
    assert (line.event.killed, line.kind, line.sampled) == (18, "incident", False)


def test_a_disagreement_is_a_range_and_context_stands_apart(store: Storage) -> None:
    ariha = story_timeline(store, 5, now=NOW)
    assert ariha is not None
    assert [(s.value, s.low, s.high) for s in ariha.killed] == [(10, 10, 12)]
    assert ariha.points[1].verdict is not None
    assert (ariha.points[1].verdict.reason.name, ariha.points[1].verdict.other) == ("DISAGREES", 5)
    war = story_timeline(store, 7, now=NOW)
    assert war is not None
    assert (war.kind, war.points, war.killed) == ("long", (), ())
    assert [f.source.id for f in war.context] == [7]


def test_the_json_carries_points_line_marks_and_context(store: Storage) -> None:
    audit.verify_figure(store, 4, "confirmed", editor="Ana", now=NOW)
    line = story_timeline(store, 1, now=NOW)
    assert line is not None
    data = line.to_json()
    assert (data["id"], data["killed"], data["type"], data["covered_by"]) == (
        1,
        18,
        "incident",
        None,
    )
    assert (data["confirmed"], data["figures_counted"]) == (1, 1)
    points = data["points"]
    assert isinstance(points, list)
    assert [p["count"] for p in points] == [11, 11, 14, 18]
    assert points[3]["verification"]["editor"] == "Ana"
    assert points[0]["verification"] is None
    assert points[0]["verdict"] == {"reason": "superseded", "other": 3, "note": None}
    assert points[0]["item"]["feed"] == "Wire 1"
    assert data["line"] == {
        "killed": [
            {"at": "2026-05-01T06:00:00Z", "value": 11, "low": 11, "high": 11, "counted": [1]},
            {"at": "2026-05-01T08:00:00Z", "value": 14, "low": 14, "high": 14, "counted": [3]},
            {"at": "2026-05-01T10:00:00Z", "value": 18, "low": 18, "high": 18, "counted": [4]},
        ],
        "injured": [],
    }
    assert data["context"] == []


def test_a_story_reads_as_of_now_and_unknown_ids_are_none(store: Storage) -> None:
    early = story_timeline(store, 1, now=NOW - 3 * HOUR)
    assert early is not None
    assert early.event.killed == 14
    assert [f.source.id for f in early.points] == [1, 2, 3]
    assert story_timeline(store, 999, now=NOW) is None
    assert story_timeline(store, 1, now=NOW - 10 * HOUR) is None


def test_a_long_story_is_sampled_and_ends_on_its_value() -> None:
    store = _store()
    with store.transaction():
        for i in range(1, 301):
            _figure(store, i, event=1, hours_ago=(301 - i) / 60, count=i, feed=1 + i % 3)
        refresh_dirty(store)
    line = story_timeline(store, 1, now=NOW)
    assert line is not None
    assert line.sampled
    assert len(line.killed) <= MAX_STEPS
    assert line.killed[-1].value == line.event.killed == 300
    assert [s.value for s in line.killed] == sorted(s.value for s in line.killed)


@pytest.mark.parametrize("stored", [True, False], ids=["stored", "changed"])
@pytest.mark.parametrize("seed", range(10))
def test_verdicts_and_rows_agree_with_the_all_time_tally(seed: int, stored: bool) -> None:
    """Whether the other events' values are read from the stored tallies or computed from
    their figures (changed since stored), and at a moment some figures come after."""
    store = _store()
    _populate(store, random.Random(seed), items=60, stories=10)
    if stored:
        refresh_dirty(store)
    for now in (NOW, NOW - 20 * HOUR):
        whole = compute_tally(store, since=None, now=now)
        verdicts = {f.source.id: (f.counted, f.verdict, f.tallied) for f in whole.figures}
        for event in whole.events:
            line = story_timeline(store, event.id, now=now)
            assert line is not None
            assert line.event == event
            for f in (*line.points, *line.context):
                assert (f.counted, f.verdict, f.tallied) == verdicts[f.source.id]
            shown = sorted(f.source.id for f in (*line.points, *line.context))
            assert shown == sorted(event.figure_ids)


def test_an_old_database_is_read_from_the_figures(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without usable stored tallies (stale rules, a database from before them) the other
    events are tallied from their figures: the same verdicts."""
    store = _store()
    _populate(store, random.Random(4), items=60, stories=10)
    refresh_dirty(store)
    whole = compute_tally(store, since=None, now=NOW)
    monkeypatch.setattr("storage.timeline.rules_current", lambda _store: False)
    for event in whole.events:
        line = story_timeline(store, event.id, now=NOW)
        assert line is not None and line.event == event

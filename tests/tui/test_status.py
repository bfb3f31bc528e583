"""Feed health counts: each feed is counted once."""

from __future__ import annotations

from tui.widgets.status import health_counts


def test_each_feed_is_counted_once() -> None:
    feeds = [
        {"status": "ok", "stale": False},
        {"status": "ok", "stale": True},
        {"status": "failing", "stale": True},
        {"status": "disabled", "stale": False},
        {"status": "never fetched", "stale": False},
    ]
    counts = health_counts(feeds)
    assert counts == {"ok": 1, "failing": 1, "stale": 1, "disabled": 1, "never fetched": 1}
    assert sum(counts.values()) == len(feeds)

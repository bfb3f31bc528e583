"""One verdict per feed: ok, failing, stale, disabled or never fetched, with the reason."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ingest.config import parse_config
from ingest.health import age_text, feed_health
from storage.records import FeedState

NOW = 1_750_000_000.0
DAY = 86400.0


def test_a_feed_whose_newest_item_is_old_is_stale_and_a_failing_one_stays_failing() -> None:
    config = parse_config(
        "feeds:\n"
        "  - url: https://live.test/rss\n"
        "  - url: https://old.test/rss\n"
        "  - url: https://quiet.test/rss\n"
        "  - url: https://down.test/rss\n"
        "  - url: https://new.test/rss\n",
        Path("feeds.yaml"),
    )
    ok = FeedState("", None, (), last_fetch=NOW - 60, last_ok=NOW - 60)
    states = {
        "https://live.test/rss": replace(ok, newest=NOW - 3600),
        "https://old.test/rss": replace(ok, newest=NOW - 730 * DAY),
        "https://quiet.test/rss": replace(ok, last_ok=NOW - DAY, last_fetch=NOW - DAY),
        "https://down.test/rss": replace(ok, last_ok=NOW - DAY, last_error="HTTP 500"),
    }
    rows = {r.url.split("/")[2]: r for r in feed_health(config, states, NOW)}
    verdicts = {host: (r.status, r.health, r.stale_reason) for host, r in rows.items()}
    assert verdicts == {
        "live.test": ("ok", "ok", None),
        "old.test": ("ok", "stale", "newest item 2 years old"),
        "quiet.test": ("ok", "stale", "no successful fetch for 24 hours"),
        "down.test": ("failing", "failing", None),
        "new.test": ("never fetched", "never fetched", None),
    }
    assert [r.stale for r in rows.values()] == [False, True, True, False, False]


def test_age_text_rounds_down_to_a_readable_unit() -> None:
    assert [age_text(s) for s in (30, 90 * 60, 3 * DAY, 45 * DAY, 400 * DAY, 800 * DAY)] == [
        "1 minute",
        "90 minutes",
        "3 days",
        "45 days",
        "13 months",
        "2 years",
    ]

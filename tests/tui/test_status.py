"""Feed health counts: each feed is counted once."""

from __future__ import annotations

from dataclasses import replace

from ingest.config import Config, FeedConfig
from ingest.health import feed_health
from storage.records import FeedState
from tui.widgets.status import health_counts

NOW = 1_750_000_000.0


def test_each_feed_is_counted_once() -> None:
    urls = [f"https://{name}.test/rss" for name in ("ok", "stale", "failing", "off", "new")]
    config = Config(
        feeds=tuple(FeedConfig(url=u, enabled=not u.startswith("https://off")) for u in urls)
    )
    ok = FeedState(urls[0], None, (), last_fetch=NOW - 60, last_ok=NOW - 60)
    states = {
        urls[0]: ok,
        urls[1]: replace(ok, url=urls[1], newest=NOW - 400 * 86400),
        urls[2]: replace(ok, url=urls[2], last_error="HTTP 500"),
    }
    feeds = feed_health(config, states, NOW)
    counts = health_counts(feeds)
    assert counts == {"ok": 1, "failing": 1, "stale": 1, "disabled": 1, "never fetched": 1}
    assert sum(counts.values()) == len(feeds)


def test_event_label_does_not_repeat_its_place() -> None:
    from extract.tally_country import EventTally
    from tui.widgets.tally_rows import _event_label

    def story(label: str, place: str | None) -> EventTally:
        return EventTally(
            id=1, label=label, country="Sudan", place=place, killed=3, injured=0, figure_ids=()
        )

    assert _event_label(story("El Fasher: Clashes in Darfur", "El Fasher")) == (
        "El Fasher: Clashes in Darfur"
    )
    assert _event_label(story("Clashes in Darfur", "El Fasher")) == ("El Fasher: Clashes in Darfur")
    assert _event_label(story("Clashes", None)) == "Sudan: Clashes"

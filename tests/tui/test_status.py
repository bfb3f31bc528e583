"""Feed health counts: each feed is counted once."""

from __future__ import annotations

from tui.widgets.status import health_counts


def test_each_feed_is_counted_once() -> None:
    feeds = [
        {"health": "ok"},
        {"health": "stale"},
        {"health": "failing"},
        {"health": "disabled"},
        {"health": "never fetched"},
    ]
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

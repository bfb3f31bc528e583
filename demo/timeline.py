"""Where the demo stands at a given moment: which items are out, and in which version.

The state is a pure function of (origin, speed, now), so the server holds no mutable list of
released items: a test can move an injected clock forward and every request sees exactly the
items due by then, with published times that do not depend on when anyone happened to poll.

The live part of the scenario plays again and again for as long as the demo runs: once its
last item is out, and a short pause later, it starts over with new ids (`…:019-r1`), so the
dashboard never goes still. History (negative offsets) is served once, before the first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from demo.scenario import Item, Scenario

LOOP_GAP = 20.0
"""Seconds (of the unscaled timeline) between the last event of one playing and the next."""
FEED_LIMIT = 100
"""A feed lists its newest entries only, as real feeds do, however long the demo runs."""


@dataclass(frozen=True, slots=True)
class Entry:
    """An item as it currently reads in its outlet's feed."""

    item: Item
    title: str
    summary: str
    published: datetime
    updated: datetime
    """The time of the latest version: `published` until a revision is out."""
    replay: int = 0
    """Which playing of the live part this is (0: the first)."""

    @property
    def revised(self) -> bool:
        return self.updated != self.published

    @property
    def guid(self) -> str:
        """The item's id: a new one in every playing, so each is news again."""
        guid = self.item.guid()
        return f"{guid}-r{self.replay}" if self.replay else guid

    def path(self) -> str:
        """The item's page on the demo server."""
        number = self.item.number
        return f"/item/{number}?replay={self.replay}" if self.replay else f"/item/{number}"


@dataclass(frozen=True, slots=True)
class Timeline:
    """The scenario laid out in real time from `origin`, live offsets divided by `speed`.

    History (negative offsets) is not compressed: "published 3 hours ago" must stay 3 hours so
    that the dashboard's 24h panels and sparklines look like a real day.
    """

    scenario: Scenario
    origin: datetime
    speed: float = 1.0

    def __post_init__(self) -> None:
        if self.speed <= 0:
            raise ValueError("speed must be positive")
        if self.origin.tzinfo is None:
            raise ValueError("origin must be timezone-aware")

    def moment(self, offset: float) -> datetime:
        """The wall-clock time of a timeline offset."""
        scaled = offset / self.speed if offset > 0 else offset
        return self.origin + timedelta(seconds=scaled)

    @property
    def period(self) -> float:
        """Unscaled seconds from one playing's start to the next."""
        return self.scenario.last_offset() + LOOP_GAP

    def replays(self, now: datetime) -> int:
        """How many playings of the live part have started by `now` (at least the first)."""
        elapsed = (now - self.origin).total_seconds() * self.speed
        return max(1, int(elapsed // self.period) + 1)

    def entry(self, item: Item, now: datetime, replay: int = 0) -> Entry | None:
        """The item as it reads at `now` in playing `replay`, or None if it is not out yet.
        History (an item published before the start) exists in the first playing only."""
        if replay and not item.live:
            return None
        shift = replay * self.period
        published = self.moment(item.at + shift)
        if published > now:
            return None
        revision = item.revised
        if revision is not None and (updated := self.moment(revision.at + shift)) <= now:
            return Entry(item, revision.title, revision.summary, published, updated, replay)
        return Entry(item, item.title, item.summary, published, published, replay)

    def entries(self, outlet: str, now: datetime) -> list[Entry]:
        """The outlet's items out by `now`, newest first (ties keep scenario order reversed),
        at most FEED_LIMIT of them."""
        found = [
            entry
            for replay in range(self.replays(now))
            for item in self.scenario.items
            if item.outlet == outlet and (entry := self.entry(item, now, replay)) is not None
        ]
        found.sort(key=lambda entry: (entry.published, entry.item.number), reverse=True)
        return found[:FEED_LIMIT]

    def pending(self, now: datetime) -> int:
        """How many items and revisions of the first playing are still to come."""
        count = 0
        for item in self.scenario.items:
            count += self.moment(item.at) > now
            if item.revised is not None:
                count += self.moment(item.revised.at) > now
        return count

    def finished_by(self) -> datetime:
        """When the last item or revision of the first playing is out."""
        return self.moment(self.scenario.last_offset())

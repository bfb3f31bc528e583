"""Feed health: the configured feeds joined with their stored fetch state.

One definition of ok / failing / stale / disabled / never fetched, shared by `sitrep feeds
list`, the dashboard's feed health panel and its health screen, so that no two of them can
disagree about a feed. `status` keeps the four values the command line has always printed
(ok, failing, disabled, never fetched); `health` is the same verdict with "stale" in place
of "ok" for a feed that answers but brings nothing new, and `stale_reason` says why.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, get_args

from extract.times import iso
from ingest.config import Config
from storage.records import FeedState

STALE_FACTOR = 3.0
"""A feed is stale when its last successful fetch is older than this many intervals."""
STALE_ITEM_AGE = 14 * 86400.0
"""...or when its newest item is older than this: a feed that answers every poll with the
same items from long ago (an abandoned URL, a frozen archive) is not a live source."""
Status = Literal["ok", "failing", "disabled", "never fetched"]
"""A feed's status as `feeds list` has always printed it."""
Health = Literal["ok", "failing", "stale", "disabled", "never fetched"]
"""The dashboard's verdict on a feed: its status, with "stale" for an ok feed gone quiet."""
HEALTH: tuple[Health, ...] = get_args(Health)
"""Every value of `health`, in the order the dashboard counts them."""


def feed_status(enabled: bool, state: FeedState | None) -> Status:
    """ok / failing / disabled / never fetched, as `feeds list` reports it."""
    if not enabled or (state is not None and state.gone):
        return "disabled"
    if state is None or state.last_fetch is None:
        return "never fetched"
    return "failing" if state.last_error else "ok"


def age_text(seconds: float) -> str:
    """`40 minutes`, `5 hours`, `3 days`, `2 months`, `2 years`: how long ago, roughly."""
    minutes = seconds / 60
    for limit, size, unit in (
        (120, 1, "minute"),
        (48 * 60, 60, "hour"),
        (60 * 1440, 1440, "day"),
        (730 * 1440, 30 * 1440, "month"),
    ):
        if minutes < limit:
            count = max(1, int(minutes // size))
            return f"{count} {unit}{'s' if count != 1 else ''}"
    years = int(minutes // (365 * 1440))
    return f"{years} years"


def stale_reason(state: FeedState | None, interval: float, now: float) -> str | None:
    """Why a feed that was fetched is stale, or None when it is not.

    No successful fetch for several intervals (alive but silent, or failing for long), or a
    newest item older than STALE_ITEM_AGE.
    """
    if state is None or state.last_fetch is None:
        return None
    if state.last_ok is None:
        return "never fetched successfully"
    if now - state.last_ok > STALE_FACTOR * max(interval, 60.0):
        return f"no successful fetch for {age_text(now - state.last_ok)}"
    if state.newest is not None and now - state.newest > STALE_ITEM_AGE:
        return f"newest item {age_text(now - state.newest)} old"
    return None


def health_of(status: Status, reason: str | None) -> Health:
    """The dashboard's one verdict: a failing feed is failing (its error says more), an ok
    feed with a stale reason is stale."""
    return "stale" if status == "ok" and reason is not None else status


@dataclass(frozen=True, slots=True)
class FeedHealth:
    """One configured feed with its verdict and its stored state."""

    url: str
    name: str
    tags: tuple[str, ...]
    enabled: bool
    status: Status
    """ok / failing / disabled / never fetched (what `feeds list` has always printed)."""
    health: Health
    """The same verdict with "stale" for an ok feed that brings nothing new (`HEALTH`)."""
    stale_reason: str | None
    last_error: str | None
    note: str | None
    last_fetch: float | None
    last_ok: float | None
    newest: float | None
    next_fetch: float | None
    items: int
    pruned: int
    """How many of its items retention has pruned."""
    error_count: int

    @property
    def stale(self) -> bool:
        return self.health == "stale"

    def to_json(self) -> dict[str, object]:
        """An entry of `sitrep feeds list --json`."""
        return {
            "url": self.url,
            "name": self.name,
            "tags": list(self.tags),
            "enabled": self.enabled,
            "status": self.status,
            "health": self.health,
            "stale": self.stale,
            "stale_reason": self.stale_reason,
            "last_error": self.last_error,
            "note": self.note,
            "last_fetch": iso(self.last_fetch),
            "last_ok": iso(self.last_ok),
            "newest": iso(self.newest),
            "next_fetch": iso(self.next_fetch),
            "items": self.items,
            "pruned": self.pruned,
            "error_count": self.error_count,
        }


def feed_health(config: Config, states: Mapping[str, FeedState], now: float) -> list[FeedHealth]:
    """The configured feeds in file order, each with its verdict and stored state (`states`
    by URL, as `storage.api.Archive.feeds` gives them)."""
    rows = []
    for feed in config.feeds:
        state = states.get(feed.url)
        status = feed_status(feed.enabled, state)
        reason = stale_reason(state, config.interval_for(feed), now)
        health = health_of(status, reason)
        rows.append(
            FeedHealth(
                url=feed.url,
                name=feed.name or (state.title if state else None) or feed.display_name,
                tags=tuple(feed.tags),
                enabled=feed.enabled and not (state is not None and state.gone),
                status=status,
                health=health,
                stale_reason=reason if health == "stale" else None,
                last_error=state.last_error if state else None,
                note=state.last_note if state else None,
                last_fetch=state.last_fetch if state else None,
                last_ok=state.last_ok if state else None,
                newest=state.newest if state else None,
                next_fetch=state.next_fetch if state else None,
                items=state.items if state else 0,
                pruned=state.pruned if state else 0,
                error_count=state.error_count if state else 0,
            )
        )
    return rows

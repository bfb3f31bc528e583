"""How a crashed poll service comes back: the restart policy and what a crash reports.

Kept apart from `ingest.service` so that the dashboard can hold a policy without importing
the poller (and httpx, feedparser) before its service starts.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RestartPolicy:
    """How a crashed poll service is restarted: after `first` seconds, doubling up to `most`
    while it keeps crashing, at most `attempts` times in a row (a completed pass resets the
    count); then it stays down, and its lease passes to another process."""

    first: float = 2.0
    most: float = 60.0
    attempts: int = 5

    def delay(self, crashes: int) -> float:
        """The pause before restarting after the `crashes`th crash in a row."""
        return float(min(self.most, self.first * 2 ** max(0, crashes - 1)))


@dataclass(frozen=True, slots=True)
class Crash:
    """The poll service died of `error`; `crashes` in a row so far. It restarts in
    `restart_in` seconds, or never (None: it gave up)."""

    error: BaseException
    crashes: int
    restart_in: float | None

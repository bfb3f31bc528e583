"""When to poll a feed next: pure arithmetic on seconds, no clock and no I/O.

Kept apart from the poller so that every rule can be tested exactly. The rules:

* The feed's configured interval (``base``) is the default.
* A publisher's hint, RSS ``<ttl>`` or HTTP ``Cache-Control: max-age``, may only *stretch*
  the interval: it asks us to come back later, and we oblige up to ``max_interval``. A hint
  shorter than the configured interval is ignored, since the user chose how often they want
  to look and a publisher cannot make us poll more often.
* Nothing is ever polled more often than ``min_interval``.
* A failing feed backs off exponentially, by plain doubling (deterministic, so that the feed
  health panel can say exactly when the next attempt is), up to ``max_interval``.
* ``Retry-After`` on 429/503 is honoured, within ``min_interval`` and ``max_interval``.

Where the user configured an interval longer than ``max_interval``, their interval wins: the
bounds limit what publishers and failures may do to a schedule, not what the user asked for.
"""

from __future__ import annotations

# 2**60 seconds is far beyond any max_interval; capping the exponent avoids float overflow.
_MAX_DOUBLINGS = 60


def _ceiling(base: float, max_interval: float) -> float:
    return max(base, max_interval)


def next_interval(
    *,
    base: float,
    ttl: float | None,
    max_age: float | None,
    min_interval: float,
    max_interval: float,
) -> float:
    """Seconds until the next poll of a healthy feed.

    >>> next_interval(base=600, ttl=3600, max_age=None, min_interval=60, max_interval=21600)
    3600
    >>> next_interval(base=600, ttl=60, max_age=None, min_interval=60, max_interval=21600)
    600
    """
    interval = base
    hints = [h for h in (ttl, max_age) if h is not None and h > 0]
    if hints and max(hints) > base:
        interval = min(max(hints), _ceiling(base, max_interval))
    return max(interval, min_interval)


def backoff(error_count: int, *, base: float, max_interval: float) -> float:
    """Seconds until retrying a feed after ``error_count`` consecutive failures.

    The first failure retries at the usual interval (one bad poll is often a blip), then the
    wait doubles with each further failure: base, 2*base, 4*base, ... up to ``max_interval``.

    >>> [backoff(n, base=600, max_interval=3600) for n in range(5)]
    [600, 600, 1200, 2400, 3600]
    """
    if error_count <= 1:
        return base
    doublings = min(error_count - 1, _MAX_DOUBLINGS)
    return min(base * (1 << doublings), _ceiling(base, max_interval))


def retry_after_delay(
    retry_after: float | None,
    *,
    fallback: float,
    min_interval: float,
    max_interval: float,
) -> float:
    """Seconds to wait after a 429/503: the server's Retry-After, else ``fallback``.

    A Retry-After of zero would have us hammer a struggling server, so it is raised to
    ``min_interval``; one of weeks is cut to ``max_interval`` so the feed is not forgotten.

    >>> retry_after_delay(120, fallback=600, min_interval=60, max_interval=21600)
    120
    >>> retry_after_delay(None, fallback=600, min_interval=60, max_interval=21600)
    600
    """
    if retry_after is None:
        return fallback
    return min(max(retry_after, min_interval), max_interval)

"""Scheduling rules: configured interval by default, hints only stretch, bounds hold."""

from __future__ import annotations

import pytest

from ingest.schedule import backoff, next_interval, retry_after_delay

BOUNDS = {"min_interval": 60.0, "max_interval": 6 * 3600.0}


def test_configured_interval_is_the_default() -> None:
    assert next_interval(base=600, ttl=None, max_age=None, **BOUNDS) == 600


@pytest.mark.parametrize(
    ("ttl", "max_age", "expected"),
    [
        (3600, None, 3600),  # a longer ttl stretches the interval
        (None, 1800, 1800),  # so does Cache-Control max-age
        (900, 2400, 2400),  # the longer of the two hints wins
        (60, 30, 600),  # shorter hints never make us poll more often than configured
        (0, None, 600),  # "ttl 0" means nothing
        (86400 * 3, None, 6 * 3600),  # stretched only up to max_interval
    ],
)
def test_hints_stretch_within_bounds(
    ttl: float | None, max_age: float | None, expected: float
) -> None:
    assert next_interval(base=600, ttl=ttl, max_age=max_age, **BOUNDS) == expected


def test_never_below_min_interval() -> None:
    assert next_interval(base=5, ttl=None, max_age=None, **BOUNDS) == 60


def test_user_interval_above_max_interval_is_kept() -> None:
    assert next_interval(base=86400, ttl=None, max_age=None, **BOUNDS) == 86400
    assert next_interval(base=86400, ttl=172800, max_age=None, **BOUNDS) == 86400


def test_backoff_doubles_from_the_second_failure_and_caps() -> None:
    delays = [backoff(n, base=600, max_interval=3600) for n in range(6)]
    assert delays == [600, 600, 1200, 2400, 3600, 3600]


def test_backoff_survives_huge_error_counts() -> None:
    assert backoff(10_000, base=600, max_interval=3600) == 3600


@pytest.mark.parametrize(
    ("retry_after", "expected"),
    [(None, 600), (120, 120), (0, 60), (10 * 86400, 6 * 3600)],
)
def test_retry_after_is_honoured_within_bounds(retry_after: float | None, expected: float) -> None:
    assert retry_after_delay(retry_after, fallback=600, **BOUNDS) == expected

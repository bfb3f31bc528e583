"""Readers beside a busy poller never fail and never wait for a lock (`bench/concurrency.py`,
smaller: 12 feeds x 40 items, three reader commands in a loop and a probe)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.concurrency import READERS, Options, run

pytestmark = pytest.mark.slow


def test_readers_in_a_loop_beside_a_poller_storing_many_feeds(tmp_path: Path) -> None:
    options = Options(
        feeds=12, items=40, rounds=1, min_runs=1, idle_runs=0, max_seconds=120, quiet=True
    )
    result = run(options, tmp_path)
    assert result.stored >= 12 * 40
    assert result.phases["cold"].new_items == 12 * 40
    for reader in READERS:  # each command ran, and finished, while the poller wrote
        assert result.runs_of(reader, "cold") or result.runs_of(reader, "changes")
    assert [(r.name, r.code, r.err) for r in result.failures] == []
    # The probe reads with busy_timeout 0: any wait for a lock would have been an error.
    assert result.probe_errors == []
    assert result.probe_conflicts == 0
    assert result.probe

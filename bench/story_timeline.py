"""How long `sitrep story` and a dashboard chart take to read one event's toll over time from a
database of 1,000,000 items, and `sitrep export` a day's figures.

Uses the database of `bench.tui_refresh` (generated straight into SQLite, or `--db PATH` to
reuse one), then times `storage.timeline.story_timeline` for the events with the most figures
and for a sample of ordinary ones, and `storage.export.export_records` over the last 24 hours.
Target: <= 50 ms for the median event (what a chart may take before it draws). An event in a
country with area tolls over a period (the ministry's daily toll) is read beside the other
events of its country within 30 days, whose stored values `combine` weighs as the tally panel
does: the maximum grows with the news of that month, not with the size of the database.

    .venv/bin/python -m bench.story_timeline [--items N] [--db PATH]
"""

from __future__ import annotations

import random
from functools import partial
from pathlib import Path
from typing import Any

from bench.tui_refresh import NOW, run_on_generated, timed
from storage.db import Storage
from storage.export import export_records
from storage.tallies import compute_tally
from storage.timeline import story_timeline
from storage.verification import marks


def measure(path: Path, sample: int = 20) -> dict[str, Any]:
    store = Storage.open(path, readonly=True)
    largest = [
        (int(r[0]), int(r[1]))
        for r in store.execute(
            "SELECT event_id, COUNT(*) AS n FROM figures WHERE event_id IS NOT NULL "
            "GROUP BY event_id ORDER BY n DESC LIMIT 3"
        )
    ]
    ids = [int(r[0]) for r in store.execute("SELECT DISTINCT event_id FROM figures")]
    ordinary = random.Random(3).sample(ids, min(sample, len(ids)))
    per_event = sorted(timed(partial(story_timeline, store, e, now=NOW), runs=3) for e in ordinary)

    def export_day() -> int:
        result = compute_tally(store, since=NOW - 86400, now=NOW)
        return len(list(export_records(store, result, marks(store))))

    report: dict[str, Any] = {
        "items": store.scalar("SELECT COUNT(*) FROM items"),
        "largest_events": [
            {
                "figures": n,
                "ms": round(timed(partial(story_timeline, store, e, now=NOW), runs=3), 1),
            }
            for e, n in largest
        ],
        "ordinary_event_ms": {
            "median": round(per_event[len(per_event) // 2], 1),
            "max": round(per_event[-1], 1),
        },
        "export_24h": {"figures": export_day(), "ms": round(timed(export_day, runs=3), 1)},
        "target_ms": 50.0,
    }
    report["ok"] = report["ordinary_event_ms"]["median"] <= report["target_ms"]
    store.close()
    return report


def main() -> None:
    run_on_generated(__doc__, measure)


if __name__ == "__main__":
    main()

"""Extraction speed on real feed items: `python -m bench.extract_speed`.

Runs `extract()` over every item of the two-week replay corpus (title + summary), on one
core, and prints items per second. Most items name no casualty, so the figure mostly measures
the cheap pre-filter plus actor and place lookup; the casualty-only rate is printed too.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from extract.api import extract
from extract.casualties import find_figures

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
REPLAY = CORPUS / "replay_2024-11-26_2024-12-10.jsonl"


def texts() -> list[str]:
    out: list[str] = []
    for line in REPLAY.open():
        row = json.loads(line)
        title = (row.get("title") or "").strip()
        summary = (row.get("summary") or "").strip()
        out.append(f"{title}.\n{summary}" if summary else title)
    return out


def rate(items: list[str], fn: Callable[[str], Any], rounds: int = 3) -> float:
    """Best items/s over a few rounds (the first warms caches and dictionaries)."""
    best = 0.0
    for _ in range(rounds):
        start = time.perf_counter()
        for text in items:
            fn(text)
        best = max(best, len(items) / (time.perf_counter() - start))
    return best


def main() -> int:
    if not REPLAY.is_file():
        print(f"replay corpus not found at {REPLAY}: nothing to measure", file=sys.stderr)
        return 0
    items = texts()
    with_figures = sum(1 for t in items if find_figures(t))
    print(f"items: {len(items)} ({with_figures} with casualty figures)")
    print(f"extract():      {rate(items, extract):,.0f} items/s")
    print(f"find_figures(): {rate(items, find_figures):,.0f} items/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Extraction accuracy on real, labelled news: `python -m bench.accuracy`.

Reads the shared corpus next to the repository (`../shared/corpus/`) and prints:
exact-match killed and injured on the labelled RSS items, the running-toll series, actor and
place recall on the UCDP sample (from `bench.accuracy_entities`), and killed on UCDP source
headlines as a secondary, approximate figure.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from extract.api import extract
from extract.model import Extraction

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
STATED_RE = re.compile(r"kill|dead|died|death", re.IGNORECASE)
NUMBER_RE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b", re.I)
SERIES = ("aj2026-06", "aj2026-07", "aj2026-08")


def _text(row: dict[str, Any]) -> str:
    title = (row.get("title") or "").strip()
    summary = (row.get("summary") or "").strip()
    return f"{title}.\n{summary}" if title and summary else title or summary


def _published(row: dict[str, Any]) -> datetime | None:
    value = row.get("published")
    return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None


def _killed(ex: Extraction, conflict: bool) -> int:
    """Killed as the label counts it: labels of non-conflict items count the disaster's dead."""
    if conflict:
        return ex.killed
    dead = [f for f in ex.figures if f.kind == "killed" and not f.conflict]
    return max((f.count for f in dead), default=0) if ex.killed == 0 else -ex.killed


def labelled_rss(corpus: Path) -> None:
    rows = [json.loads(line) for line in (corpus / "real_rss_labeled.jsonl").open()]
    hits = injured_hits = 0
    misses: list[str] = []
    series: list[int] = []
    for row in rows:
        ex = extract(_text(row), published=_published(row))
        got = _killed(ex, bool(row.get("conflict", True)))
        accept = set(row.get("accept_killed") or []) | {row["killed"]}
        if got in accept:
            hits += 1
        else:
            misses.append(f"  {row['id']}: expected {row['killed']}, got {got}")
        if ex.injured == row.get("injured", 0):
            injured_hits += 1
        else:
            misses.append(f"  {row['id']}: injured expected {row['injured']}, got {ex.injured}")
        if row["id"] in SERIES:
            series.append(ex.killed)
    n = len(rows)
    print(f"labelled RSS items: {n}")
    print(f"  killed exact match:   {hits}/{n} = {hits / n:.1%}")
    print(f"  injured exact match:  {injured_hits}/{n} = {injured_hits / n:.1%}")
    print(
        f"  running toll {'/'.join(SERIES)}: {series} -> tally {max(series, default=0)} "
        "(expected 18)"
    )
    for miss in misses:
        print(miss)


def ucdp_headlines(corpus: Path) -> None:
    with (corpus / "ucdp_ged_sample.csv").open(newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if int(r["best"]) > 0 and r["source_headline"]]
    hits = stated_hits = stated = 0
    for row in rows:
        headline = row["source_headline"]
        got = extract(headline).killed
        low, high, best = int(row["low"]), int(row["high"]), int(row["best"])
        ok = low <= got <= high or got == best
        hits += ok
        if STATED_RE.search(headline) and NUMBER_RE.search(headline):
            stated += 1
            stated_hits += ok
    n = len(rows)
    print(f"UCDP headlines with deaths (approximate labels): {hits}/{n} = {hits / max(n, 1):.1%}")
    print(
        f"  of which name a death and a number: {stated_hits}/{stated} = "
        f"{stated_hits / max(stated, 1):.1%} (labels count one event of a headline's total)"
    )


def entities() -> None:
    try:
        from bench import accuracy_entities
    except ImportError:
        print("actor/place recall: bench.accuracy_entities is not available")
        return
    accuracy_entities.report()


def main() -> int:
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}: nothing to measure", file=sys.stderr)
        return 0
    labelled_rss(CORPUS)
    entities()
    ucdp_headlines(CORPUS)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

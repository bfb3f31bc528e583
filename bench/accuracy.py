"""Extraction accuracy on real, labelled news: `python -m bench.accuracy`.

Reads the shared corpus next to the repository (`../shared/corpus/`) and prints:
exact-match killed and injured on our own event-note fixture (beside a naive regex), on the
labelled RSS items, the running-toll series, actor and place recall on the UCDP sample (from
`bench.accuracy_entities`), and killed on UCDP source headlines as a secondary, approximate
figure.
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
from extract.numbers import find_numbers

from . import heldout

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
STATED_RE = re.compile(r"kill|dead|died|death", re.IGNORECASE)
NUMBER_RE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b", re.I)
SERIES = ("aj2026-06", "aj2026-07", "aj2026-08")
NOTES = Path(__file__).resolve().parents[1] / "tests" / "extract" / "fixtures" / "event_notes.jsonl"


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


DATE_RE = re.compile(r"\b\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\b")
"""The naive reading the event-note figure is compared with: in a note naming a death, the
first number written in digits or words (dates left out), else 0."""
ENGLISH_RE = re.compile(r"\b(?:the|in|of|and|killed|dead|at|on|as|by|after)\b", re.I)


def event_notes() -> None:
    """Exact match on our own event-note fixture (ACLED/UCDP style), beside a naive regex."""
    rows = [json.loads(line) for line in NOTES.open(encoding="utf-8") if line.strip()]
    both = killed_hits = naive_hits = with_deaths = 0
    for row in rows:
        ex = extract(row["text"])
        both += (ex.killed, ex.injured) == (row["killed"], row["injured"])
        if row["killed"] > 0:
            with_deaths += 1
            killed_hits += ex.killed == row["killed"]
            naive_hits += _naive_killed(row["text"]) == row["killed"]
    n = len(rows)
    print(f"event notes (tests/extract/fixtures, our own): {n}")
    print(f"  killed and injured exact:    {both}/{n} = {both / n:.1%}")
    share = killed_hits / max(with_deaths, 1)
    naive_share = naive_hits / max(with_deaths, 1)
    print(
        f"  killed exact, notes with deaths: {killed_hits}/{with_deaths} = {share:.1%} "
        f"(naive first number: {naive_share:.1%})"
    )


def _naive_killed(text: str) -> int:
    if not STATED_RE.search(text):
        return 0
    numbers = [n for n in find_numbers(DATE_RE.sub("", text)) if not n.article]
    return numbers[0].count if numbers else 0


def _is_english(headline: str) -> bool:
    letters = [c for c in headline if c.isalpha()]
    ascii_share = sum(c.isascii() for c in letters) / max(len(letters), 1)
    return ascii_share > 0.95 and len(ENGLISH_RE.findall(headline)) >= 1


def ucdp_headlines(corpus: Path) -> None:
    """Killed on UCDP source headlines: a secondary figure with noisy labels.

    UCDP joins every source headline of an event with ";" and its counts are for one event,
    while a headline often gives a day's or a province's total ("142 killed yesterday" for an
    event of 1 death), a running toll, or several events at once. A headline is read as a hit
    when any of its parts gives a count within the event's low-high range (or its best).
    """
    with (corpus / "ucdp_ged_sample.csv").open(newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if int(r["best"]) > 0 and r["source_headline"]]
    hits = stated_hits = stated = 0
    for row in rows:
        low, high, best = int(row["low"]), int(row["high"]), int(row["best"])
        parts = [p.strip() for p in row["source_headline"].split(";") if p.strip()]
        got = {extract(p).killed for p in parts} or {0}
        ok = any(low <= g <= high or g == best for g in got)
        hits += ok
        headline = row["source_headline"]
        if _is_english(headline) and STATED_RE.search(headline) and NUMBER_RE.search(headline):
            stated += 1
            stated_hits += ok
    n = len(rows)
    print(f"UCDP headlines with deaths (approximate labels): {hits}/{n} = {hits / max(n, 1):.1%}")
    print(
        f"  English, naming a death and a number: {stated_hits}/{stated} = "
        f"{stated_hits / max(stated, 1):.1%} (secondary: a headline often totals a day, a "
        "province or several events, while the label counts one event)"
    )


def entities() -> None:
    try:
        from bench import accuracy_entities
    except ImportError:
        print("actor/place recall: bench.accuracy_entities is not available")
        return
    accuracy_entities.report()


def main() -> int:
    event_notes()
    heldout.report("event_notes_heldout2.jsonl", show_misses=False)
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}: nothing more to measure", file=sys.stderr)
        return 0
    labelled_rss(CORPUS)
    entities()
    ucdp_headlines(CORPUS)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

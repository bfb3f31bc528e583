"""Held-out event notes: `python -m bench.heldout [--quiet]`.

Scores the note sets kept apart from grammar work (exact killed on notes with deaths, exact
killed and injured on all) and prints every miss, so a class of error can be read off them.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from extract.api import extract

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "extract" / "fixtures"
SETS = (
    "event_notes_heldout.jsonl",
    "event_notes_heldout2.jsonl",
    "event_notes_heldout3.jsonl",
    "event_notes_heldout4.jsonl",
    "event_notes_heldout5.jsonl",
    "event_notes_heldout6.jsonl",
    "event_notes_heldout7.jsonl",
    "event_notes_heldout8.jsonl",
    "event_notes_heldout9.jsonl",
    "event_notes_heldout10.jsonl",
    "event_notes_heldout11.jsonl",
    "event_notes_heldout12.jsonl",
    "event_notes_heldout13.jsonl",
    "event_notes_heldout14.jsonl",
    "event_notes_heldout15.jsonl",
    "event_notes_heldout16.jsonl",
    "event_notes_heldout17.jsonl",
    "event_notes_heldout18.jsonl",
    "event_notes_heldout19.jsonl",
    "event_notes_heldout20.jsonl",
    "event_notes_heldout21.jsonl",
    "event_notes_heldout22.jsonl",
    "event_notes_heldout23.jsonl",
    "event_notes_heldout24.jsonl",
    "event_notes_heldout25.jsonl",
    "event_notes_heldout26.jsonl",
    "event_notes_heldout27.jsonl",
    "event_notes_heldout28.jsonl",
    "event_notes_heldout29.jsonl",
    "event_notes_heldout30.jsonl",
    "event_notes_heldout31.jsonl",
    "event_notes_heldout32.jsonl",
    "event_notes_heldout33.jsonl",
    "event_notes_heldout34.jsonl",
    "event_notes_heldout35.jsonl",
    "event_notes_heldout36.jsonl",
    "event_notes_heldout37.jsonl",
    "event_notes_heldout38.jsonl",
    "event_notes_heldout39.jsonl",
    "event_notes_heldout40.jsonl",
    "event_notes_heldout41.jsonl",
    "event_notes_heldout42.jsonl",
    "event_notes_heldout43.jsonl",
    "event_notes_heldout44.jsonl",
    "event_notes_heldout45.jsonl",
    "event_notes_heldout46.jsonl",
    "event_notes_heldout47.jsonl",
    "event_notes_heldout48.jsonl",
    "event_notes_heldout49.jsonl",
    "event_notes_heldout50.jsonl",
    "event_notes_heldout51.jsonl",
    "event_notes_heldout52.jsonl",
    "event_notes_heldout53.jsonl",
    "event_notes_heldout54.jsonl",
    "event_notes_heldout55.jsonl",
    "event_notes_heldout56.jsonl",
    "event_notes_heldout57.jsonl",
    "event_notes_heldout58.jsonl",
)


@dataclass(frozen=True)
class Score:
    notes: int
    both: int
    with_deaths: int
    killed: int
    misses: tuple[str, ...]


def score(path: Path) -> Score:
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    both = killed = with_deaths = 0
    misses: list[str] = []
    for row in rows:
        ex = extract(row["text"])
        got, want = (ex.killed, ex.injured), (row["killed"], row["injured"])
        both += got == want
        if row["killed"] > 0:
            with_deaths += 1
            killed += ex.killed == row["killed"]
        if got != want:
            misses.append(f"  {row['id']}: expected {want}, got {got}: {row['text']}")
    return Score(len(rows), both, with_deaths, killed, tuple(misses))


def report(name: str, show_misses: bool = True) -> None:
    s = score(FIXTURES / name)
    print(f"held-out notes {name}: {s.notes}")
    print(f"  killed and injured exact:        {s.both}/{s.notes} = {s.both / s.notes:.1%}")
    share = s.killed / max(s.with_deaths, 1)
    print(f"  killed exact, notes with deaths: {s.killed}/{s.with_deaths} = {share:.1%}")
    if show_misses:
        for miss in s.misses:
            print(miss)


def main() -> int:
    quiet = "--quiet" in sys.argv[1:]
    for name in SETS:
        report(name, show_misses=not quiet)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

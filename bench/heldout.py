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


def _number(path: Path) -> int:
    digits = path.stem.removeprefix("event_notes_heldout")
    return int(digits) if digits.isdigit() else 1


SETS = tuple(p.name for p in sorted(FIXTURES.glob("event_notes_heldout*.jsonl"), key=_number))
"""Every held-out set in the fixtures, in the order they were written."""


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

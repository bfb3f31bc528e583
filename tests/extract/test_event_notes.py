"""Event notes in the style of the conflict-data projects, each with its expected totals.

The notes in `fixtures/event_notes.jsonl` are our own, written in the terse style of ACLED and
UCDP event notes ("killing 5 soldiers and wounding 3", "Fatalities: 3", "casualties unknown"),
so that the extractor is held to the conventions those projects count by.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from extract.api import extract

FIXTURE = Path(__file__).parent / "fixtures" / "event_notes.jsonl"
NOTES: list[dict[str, Any]] = [
    json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line
]


def test_the_fixture_covers_deaths_injuries_and_none() -> None:
    assert len(NOTES) >= 60
    assert len({note["id"] for note in NOTES}) == len(NOTES)
    assert sum(1 for n in NOTES if n["killed"] > 0) >= 45
    assert sum(1 for n in NOTES if n["injured"] > 0) >= 10
    assert sum(1 for n in NOTES if n["killed"] == n["injured"] == 0) >= 4


@pytest.mark.parametrize("note", NOTES, ids=[n["id"] for n in NOTES])
def test_event_note_totals(note: dict[str, Any]) -> None:
    ex = extract(note["text"])
    assert (ex.killed, ex.injured) == (note["killed"], note["injured"])


HELD_OUT = Path(__file__).parent / "fixtures" / "event_notes_heldout.jsonl"


def test_held_out_notes_score() -> None:
    """75 notes written before the grammar work on victim phrases, crime and past incidents,
    kept apart to measure it honestly (first run 50/75, 70/75 when first measured after the
    work). A floor, not per-note asserts: a note may stay wrong where the text cannot tell
    ("a strike in February" with no publication date)."""
    notes = [json.loads(line) for line in HELD_OUT.read_text(encoding="utf-8").splitlines()]
    hits = sum(
        (ex.killed, ex.injured) == (n["killed"], n["injured"])
        for n in notes
        for ex in [extract(n["text"])]
    )
    assert len(notes) >= 60
    assert hits >= 0.9 * len(notes)


HELD_OUT_2 = Path(__file__).parent / "fixtures" / "event_notes_heldout2.jsonl"


def test_second_held_out_notes_score() -> None:
    """120 notes written before the grammar work they measure, across the regions and note styles
    of the conflict-data projects (first run: 100/120 killed and injured exact, 78/94 killed
    exact on notes with deaths; 116/120 and 92/94 after the grammar work on faith nouns,
    relations of a victim, rival accounts, risen tolls, noun modifiers and bombers). A floor,
    not per-note asserts: `python -m bench.heldout` prints the misses. Two of the misses are a
    lone war-long or quarter-long toll, which the extractor counts by design when nothing
    else is told (`test_long_run_toll_alone_counts`) while these notes label it 0."""
    notes = [json.loads(line) for line in HELD_OUT_2.read_text(encoding="utf-8").splitlines()]
    scored = [(n, extract(n["text"])) for n in notes]
    both = sum((ex.killed, ex.injured) == (n["killed"], n["injured"]) for n, ex in scored)
    deaths = [(n, ex) for n, ex in scored if n["killed"] > 0]
    killed = sum(ex.killed == n["killed"] for n, ex in deaths)
    assert len(notes) >= 120
    assert both >= 113
    assert killed >= 90


def test_single_constructions_score() -> None:
    """400 single constructions of wire copy (`bench/data/constructions.jsonl`, labelled by
    readers who had not read the extractor): 329 read as labelled by the code before the rules
    they led to, 355 after. A floor, not per-line asserts: `python -m bench.constructions`
    prints the misses, some of which the text cannot settle."""
    path = Path(__file__).parents[2] / "bench" / "data" / "constructions.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    right = sum(
        (ex.killed, ex.injured) == (r["killed"], r["injured"])
        for r in rows
        for ex in [extract(r["text"])]
    )
    assert len(rows) == 400
    assert right >= 350

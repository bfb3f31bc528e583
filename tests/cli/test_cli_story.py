"""`sitrep story ID`: an event's toll over time from the command line, as text and JSON."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.cli.desk import Desk
from tests.reliability.inprocess import Sitrep, run_sitrep

__all__ = ["run_sitrep"]


@pytest.fixture
def desk(polled_once: Path, workdir: Path, run_sitrep: Sitrep) -> Desk:
    return Desk(polled_once, workdir, run_sitrep)


def _stories(desk: Desk) -> dict[str, dict[str, Any]]:
    """The all-time tally's rows by place."""
    data = desk("tally", "--json", "--since", "all").json()
    return {s["place"]: s for s in data["stories"]}


def test_a_running_toll_over_time_as_json(desk: Desk) -> None:
    idlib = _stories(desk)["Idlib"]
    result = desk("story", str(idlib["id"]), "--json")
    assert result.code == 0, result.err
    data = result.json()
    assert (data["id"], data["killed"], data["country"], data["type"]) == (
        idlib["id"],
        idlib["killed"],
        "Syria",
        "incident",
    )
    assert [s["value"] for s in data["line"]["killed"]] == [11, 14, 18]
    assert [p["item"]["feed"] for p in data["points"] if p["counted"]] == ["Alpha"]
    assert sorted({p["count"] for p in data["points"]}) == [11, 14, 18]
    assert sorted(p["id"] for p in data["points"]) == sorted(idlib["figure_ids"])
    for point in data["points"]:
        assert point["counted"] or point["verdict"]["reason"] in ("superseded", "repeat")
        assert point["verification"] is None
    assert (data["confirmed"], data["figures_counted"], data["context"]) == (0, 1, [])


def test_a_story_as_text_shows_its_line_reports_and_ranges(desk: Desk) -> None:
    stories = _stories(desk)
    counted = next(
        f
        for f in desk("tally", "--json", "--since", "all").json()["figures"]
        if f["counted"] and f["story_id"] == stories["Goma"]["id"]
    )
    assert desk("verify", str(counted["id"]), "confirmed", "--editor", "Ana").code == 0
    goma = desk("story", str(stories["Goma"]["id"]))
    assert goma.code == 0, goma.err
    lines = goma.out.splitlines()
    assert lines[0] == f"story {stories['Goma']['id']}: Shelling in Goma kills 10"
    assert lines[1].startswith("incident in Goma, DR Congo: 10 (10-12) killed, 0 injured, as of ")
    assert lines[2] == "1 of 1 figures confirmed"
    assert "killed over time (the counted toll after each report that changed it):" in lines
    step = lines[
        lines.index("killed over time (the counted toll after each report that changed it):") + 3
    ]
    assert step.split()[2:4] == ["10", "10-12"]
    reports = goma.out.split("\nreports:\n", 1)[1]
    assert "disagrees with figure" in reports
    assert "confirmed" in reports


def test_a_war_long_toll_is_context_apart(desk: Desk) -> None:
    gaza = desk("story", str(_stories(desk)["Gaza"]["id"]))
    assert gaza.code == 0, gaza.err
    assert "\ncontext (long-run tolls, not added):\n  41000 killed, " in gaza.out
    assert "over time" not in gaza.out
    assert gaza.out.splitlines()[1].startswith("long in Gaza, Palestine: 0 killed")


def test_an_unknown_story_is_bad_input(desk: Desk) -> None:
    result = desk("story", "99999")
    assert (result.code, result.err) == (
        2,
        "sitrep: there is no story 99999: `sitrep tally --json` lists their ids\n",
    )

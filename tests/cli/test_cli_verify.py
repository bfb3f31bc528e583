"""`sitrep verify`, `sitrep audit` and the verification keys of `sitrep tally`, run as a user
runs them."""

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


def _tally(desk: Desk, *args: str) -> dict[str, Any]:
    result = desk("tally", "--json", "--since", "24h", *args)
    assert result.code == 0, result.err
    data: dict[str, Any] = result.json()
    return data


def _counted(data: dict[str, Any], count: int) -> dict[str, Any]:
    found: dict[str, Any] = next(f for f in data["figures"] if f["counted"] and f["count"] == count)
    return found


def test_a_confirmed_figure_shows_in_the_tally_and_counts_alone(desk: Desk) -> None:
    before = _tally(desk)
    assert (before["confirmed"], before["figures_counted"]) == (0, 4)
    assert all(f["verification"] is None for f in before["figures"])
    assert before["confirmed_only"] is False
    idlib = _counted(before, 18)
    marked = desk("verify", str(idlib["id"]), "confirmed", "--note", "rang SOHR",
        env={"SITREP_EDITOR": "Ana B"},
    )  # fmt: skip
    assert marked.code == 0, marked.err
    assert marked.out.startswith(f"figure {idlib['id']} marked confirmed by Ana B (audit entry ")

    after = _tally(desk)
    assert (after["confirmed"], after["figures_counted"]) == (1, 4)
    assert after["killed"] == before["killed"] == 58  # a confirmation changes no number
    mark = _counted(after, 18)["verification"]
    assert (mark["mark"], mark["editor"], mark["note"]) == ("confirmed", "Ana B", "rang SOHR")
    story = next(s for s in after["stories"] if s["id"] == idlib["story_id"])
    assert (story["confirmed"], story["figures_counted"]) == (1, 1)
    others = [s for s in after["stories"] if s["id"] != idlib["story_id"]]
    assert [
        (s["confirmed"], s["figures_counted"]) for s in others if s["killed"] or s["injured"]
    ] == [(0, 1)] * 3

    text = desk("tally", "--since", "24h")
    assert "\n1 of 4 figures confirmed\n" in text.out

    confirmed = _tally(desk, "--confirmed")
    assert confirmed["confirmed_only"] is True
    assert (confirmed["killed"], confirmed["injured"]) == (18, 0)
    assert [c["country"] for c in confirmed["by_country"]] == ["Syria"]
    assert (confirmed["confirmed"], confirmed["figures_counted"]) == (1, 1)


def test_confirming_an_earlier_value_counts_it_until_the_latest_is_confirmed(desk: Desk) -> None:
    data = _tally(desk)
    fourteen = next(  # the body's 14 (its headline repeats it)
        f
        for f in data["figures"]
        if f["count"] == 14
        and f["item"]["feed"] == "Beta"
        and not (f["excluded_reason"] or "").startswith("repeat")
    )
    marked = desk("verify", str(fourteen["id"]), "confirmed", "--editor", "Ana")
    assert marked.code == 0, marked.err
    assert "is not counted in the tally (superseded by figure" in marked.out
    assert _tally(desk, "--confirmed")["killed"] == 14


def test_a_disputed_figure_leaves_the_tally_until_undone(desk: Desk) -> None:
    goma = _counted(_tally(desk), 10)
    refused = desk("verify", str(goma["id"]), "disputed", "--editor", "Ana")
    assert (refused.code, refused.err) == (2, "sitrep: a disputed mark needs a note saying why\n")
    marked = desk("verify", str(goma["id"]), "disputed", "--editor", "Ana", "--note", "retracted",
        "--json",
    )  # fmt: skip
    assert marked.code == 0, marked.err
    assert marked.json()["mark"] == "disputed"
    entry = marked.json()["audit_id"]
    after = _tally(desk)
    disputed = next(f for f in after["figures"] if f["id"] == goma["id"])
    assert disputed["counted"] is False
    assert disputed["excluded_reason"] == "excluded by editor: disputed by Ana: retracted"
    assert disputed["verification"]["mark"] == "disputed"

    log = desk("audit", "list", "--json").json()
    assert log[0]["id"] == entry
    assert (log[0]["action"], log[0]["target"], log[0]["target_id"]) == (
        "disputed",
        "figure",
        goma["id"],
    )
    assert (log[0]["editor"], log[0]["reason"], log[0]["undone"]) == ("Ana", "retracted", None)
    listed = desk("audit", "list")
    assert "disputed" in listed.out and "retracted" in listed.out

    undone = desk("audit", "undo", str(entry))
    assert (undone.code, undone.out) == (0, f"audit entry {entry} undone\n")
    back = _tally(desk)
    assert next(f for f in back["figures"] if f["id"] == goma["id"])["counted"] is True
    assert back["killed"] == 58
    again = desk("audit", "undo", str(entry))
    assert again.code == 2 and "already undone" in again.err


def test_the_editor_is_the_option_the_environment_the_config_or_the_login(desk: Desk) -> None:
    figure = str(_counted(_tally(desk), 30)["id"])
    login = {"LOGNAME": "night-desk", "USER": "night-desk", "SITREP_EDITOR": ""}

    def editor(*args: str, env: dict[str, str]) -> str:
        result = desk("verify", figure, "confirmed", "--json", *args, env=env)
        assert result.code == 0, result.err
        return str(result.json()["editor"])

    assert editor(env=login) == "night-desk"
    config = desk.folder / "feeds.yaml"
    config.write_text(config.read_text().replace("settings:\n", "settings:\n  editor: Chief\n"))
    assert editor(env=login) == "Chief"
    assert editor(env={**login, "SITREP_EDITOR": "Ana"}) == "Ana"
    assert editor("--editor", "Ben", env={**login, "SITREP_EDITOR": "Ana"}) == "Ben"


def test_bad_verifications_are_one_sentence_and_exit_2(desk: Desk, tmp_path: Path) -> None:
    unknown = desk("verify", "9999", "confirmed", "--editor", "Ana")
    assert (unknown.code, unknown.err) == (2, "sitrep: there is no figure 9999\n")
    bad = desk("verify", "1", "checked", "--editor", "Ana")
    assert bad.code == 2 and "'checked' is not one of" in bad.err
    desk.db = tmp_path / "none.db"
    missing = desk("verify", "1", "confirmed", "--editor", "Ana")
    assert missing.code == 2 and "no database at" in missing.err
    assert not desk.db.exists()  # a mark never creates a database

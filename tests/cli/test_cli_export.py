"""`sitrep export`: the CSV read back equals the tally (its counted figures and its totals);
JSON Lines and GeoJSON carry the same records; filters, marks, files and the terminal."""

from __future__ import annotations

import io
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from cli.output import write_export
from storage.export import NAMES, read_csv
from tests.cli.desk import Desk
from tests.reliability.inprocess import Sitrep, run_sitrep

__all__ = ["run_sitrep"]


@pytest.fixture
def desk(polled_once: Path, workdir: Path, run_sitrep: Sitrep) -> Desk:
    return Desk(polled_once, workdir, run_sitrep)


def _csv(desk: Desk, *args: str) -> list[dict[str, Any]]:
    result = desk("export", "--since", "24h", *args)
    assert result.code == 0, result.err
    rows: list[dict[str, Any]] = read_csv(result.out)
    return rows


def test_the_csv_read_back_equals_the_tally(desk: Desk) -> None:
    tally = desk("tally", "--json", "--since", "24h").json()
    rows = _csv(desk)
    assert [r["figure_id"] for r in rows] == [f["id"] for f in tally["figures"]]
    by_id = {r["figure_id"]: r for r in rows}
    for figure in tally["figures"]:
        row = by_id[figure["id"]]
        assert (row["counted"], row["tallied"], row["count"], row["kind"]) == (
            figure["counted"],
            figure["tallied"],
            figure["count"],
            figure["kind"],
        )
        assert (row["event_id"], row["story_id"], row["item_id"]) == (
            figure["event_id"],
            figure["story_id"],
            figure["item"]["id"],
        )
        assert (row["notes"], row["source"], row["source_original"]) == (
            figure["sentence"],
            figure["item"]["feed"],
            figure["source"],
        )
        assert row["as_of"] == figure["item"]["published"]
        assert row["excluded_reason"] == figure["excluded_reason"]
        verdict = figure["verdict"] or {"reason": None, "other": None}
        assert (row["verdict"], row["yields_to"]) == (verdict["reason"], verdict["other"])
    # The totals: every event's tally once, summed per country and overall.
    events = {r["event_id"]: r for r in rows}
    countries: dict[str, int] = defaultdict(int)
    for row in events.values():
        countries[row["country"]] += row["event_killed"]
    assert sum(r["event_killed"] for r in events.values()) == tally["killed"] == 58
    assert {c: n for c, n in countries.items() if n} == {
        c["country"]: c["killed"] for c in tally["by_country"] if c["killed"]
    }
    assert sum(r["fatalities"] for r in rows) == tally["killed"]
    assert sum(r["event_injured"] for r in events.values()) == tally["injured"] == 7


def test_jsonl_and_geojson_carry_the_same_records(desk: Desk) -> None:
    rows = _csv(desk)
    lines = desk("export", "--since", "24h", "--format", "jsonl").out.splitlines()
    records = [json.loads(line) for line in lines]
    assert [list(r) for r in records] == [list(NAMES)] * len(rows)
    assert [{k: v if v != "" else None for k, v in r.items()} for r in records] == rows
    geo = desk("export", "--since", "24h", "--format", "geojson").json()
    assert [f["properties"] for f in geo["features"]] == records
    idlib = next(f for f in geo["features"] if f["properties"]["location"] == "Idlib")
    lon, lat = idlib["geometry"]["coordinates"]
    assert (round(lat), round(lon)) == (36, 37)


def test_filters_by_country_and_place(desk: Desk) -> None:
    syria = _csv(desk, "--country", "syria")
    assert syria and {r["country"] for r in syria} == {"Syria"}
    gaza = _csv(desk, "--place", "Gaza Strip", "--country", "Palestine")
    assert {r["location"] for r in gaza} >= {"Khan Younis"}
    assert {r["country"] for r in gaza} == {"Palestine"}
    wrong = desk("export", "--place", "Idlib", "--country", "Sudan")
    assert (wrong.code, wrong.err) == (2, "sitrep: Idlib is not in Sudan\n")
    unknown = desk("export", "--country", "Narnia")
    assert (unknown.code, unknown.err) == (
        2,
        "sitrep: unknown country 'Narnia': sitrep knows no country of that name\n",
    )


def test_the_export_carries_the_desks_marks(desk: Desk) -> None:
    counted = next(r for r in _csv(desk) if r["counted"] and r["count"] == 30)
    marked = desk("verify", str(counted["figure_id"]), "confirmed", "--editor", "Ana")
    assert marked.code == 0, marked.err
    again = next(r for r in _csv(desk) if r["figure_id"] == counted["figure_id"])
    assert (again["verification"], again["verified_by"]) == ("confirmed", "Ana")
    assert again["verified_at"].endswith("Z")
    others = [r for r in _csv(desk) if r["figure_id"] != counted["figure_id"]]
    assert {r["verification"] for r in others} == {"unverified"}


def test_output_to_a_file_is_what_stdout_gets(desk: Desk, tmp_path: Path) -> None:
    target = tmp_path / "out" / "figures.csv"
    (tmp_path / "out").mkdir()
    written = desk("export", "--since", "24h", "--output", str(target))
    assert (written.code, written.out) == (0, "")
    assert target.read_bytes().decode("utf-8") == desk("export", "--since", "24h").out
    folder = desk("export", "--output", str(tmp_path))
    assert folder.code == 2 and "is a directory" in folder.err


def test_the_datasette_metadata_names_the_database(desk: Desk) -> None:
    data = desk("export", "--format", "datasette").json()
    assert list(data["databases"]) == ["t"]  # datasette names a database by its file
    assert "figures" in data["databases"]["t"]["tables"]


class _Terminal(io.TextIOWrapper):
    def __init__(self, tty: bool) -> None:
        super().__init__(io.BytesIO(), encoding="utf-8")
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty

    def written(self) -> str:
        self.flush()
        raw = self.buffer
        assert isinstance(raw, io.BytesIO)
        return raw.getvalue().decode("utf-8")


@pytest.mark.parametrize("tty", [True, False])
def test_csv_is_cleaned_only_on_a_terminal(tty: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    hostile = 'a,"\x1b]52;c;SGVsbG8=\x07b\u202ec"\n'
    out = _Terminal(tty)
    monkeypatch.setattr("sys.stdout", out)
    write_export([hostile], None, json_like=False)
    assert out.written() == ('a,"bc"\n' if tty else hostile)
    json_out = _Terminal(tty)
    monkeypatch.setattr("sys.stdout", json_out)
    write_export([json.dumps({"s": "\x9b\u202e"}, ensure_ascii=False)], None, json_like=True)
    assert json_out.written() == '{"s": "\\u009b\\u202e"}'
    assert json.loads(json_out.written()) == {"s": "\x9b\u202e"}

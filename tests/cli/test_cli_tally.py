"""Feeds served locally -> poll -> `sitrep tally --json` equals the tally worked out by hand.

The scenario: three outlets report a running toll in Idlib (11 -> 14 -> 18, one repeat), an
incident in Khan Younis with a whole and a part (30 killed, 9 of them children), a
disagreement over a strike in Goma (10 vs 12 from two sources), an injured-only report, a
flood (not conflict) and a war-long toll (context, never added).

By hand: Syria 18 (the latest value of the series), Palestine 30 (9 civilians: the children),
DR Congo 10 (range 10-12), total 58 killed (range 58-60), injured 7.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.cli.helpers import sitrep

NOW = datetime.now(UTC).replace(microsecond=0)


def at(hours: float) -> datetime:
    return NOW - timedelta(hours=hours)


ALPHA = [
    {
        "title": "Air strike on Idlib market kills 11",
        "guid": "a1",
        "description": "At least 11 people were killed in an air strike on a market in Idlib, "
        "the Syrian Observatory for Human Rights said.",
        "pubDate": at(9),
    },
    {
        "title": "Idlib market strike toll rises to 18",
        "guid": "a2",
        "description": "The death toll from the air strike on a market in Idlib has risen to 18, "
        "the Syrian Observatory for Human Rights said.",
        "pubDate": at(3),
    },
    {
        "title": "Flood sweeps villages in Sindh",
        "guid": "a3",
        "description": "Floodwaters killed 40 people in Pakistan's Sindh province, officials said.",
        "pubDate": at(5),
    },
]
BETA = [
    {
        "title": "Idlib market strike: toll climbs to 14",
        "guid": "b1",
        "description": "The number of people killed in the air strike on the Idlib market has "
        "climbed to 14, the Syrian Observatory for Human Rights said.",
        "pubDate": at(6),
    },
    {
        "title": "Strike on Khan Younis shelter kills 30",
        "guid": "b2",
        "description": "At least 30 people were killed, including 9 children, when a strike hit "
        "a school used as a shelter in Khan Younis, the civil defence said.",
        "pubDate": at(4),
    },
    {
        "title": "Shelling in Goma kills 10",
        "guid": "b3",
        "description": "Ten people were killed when shells hit a camp for displaced people in "
        "Goma, the provincial governor said.",
        "pubDate": at(2),
    },
]
GAMMA = [
    {
        "title": "Goma camp shelling kills 12, aid group says",
        "guid": "g1",
        "description": "Twelve people were killed when shells hit a camp for displaced people in "
        "Goma, Doctors Without Borders said.",
        "pubDate": at(2),
    },
    {
        "title": "Seven wounded in Kharkiv drone attack",
        "guid": "g2",
        "description": "Seven people were wounded when a drone hit an apartment block in "
        "Kharkiv, the regional governor said.",
        "pubDate": at(1),
    },
    {
        "title": "Gaza war toll passes 41,000",
        "guid": "g3",
        "description": "More than 41,000 Palestinians have been killed in Gaza since October "
        "2023, the health ministry said.",
        "pubDate": at(1),
    },
]


@pytest.fixture
def polled(polled_once: Path, workdir: Path) -> Path:
    """The feeds above polled by `sitrep poll --once` (once for the tests of this process, see
    `tests/cli/conftest.py`): a private copy of its feeds.yaml and database, in `workdir`."""
    for name in ("t.db", "feeds.yaml"):
        shutil.copy(polled_once / name, workdir / name)
    return workdir


def test_tally_equals_the_hand_computed_one(polled: Path) -> None:
    data = sitrep("tally", "--json", "--db", "t.db", cwd=polled).json()
    by_country = {c["country"]: c for c in data["by_country"]}
    assert by_country["Syria"]["killed"] == 18
    assert by_country["Palestine"]["killed"] == 30
    assert by_country["Palestine"]["civilians_killed"] == 9
    assert by_country["DR Congo"]["killed"] == 10
    assert by_country.get("Pakistan", {"killed": 0})["killed"] == 0
    assert (data["killed"], data["killed_low"], data["killed_high"]) == (58, 58, 60)
    assert data["injured"] == 7
    assert data["civilians_killed"] == 9
    assert [f["count"] for f in data["context"]] == [41000]
    flood = [f for f in data["figures"] if f["count"] == 40]
    assert flood and flood[0]["conflict"] is False and flood[0]["counted"] is False
    counted = sorted(f["count"] for f in data["figures"] if f["counted"] and f["kind"] == "killed")
    assert 18 in counted and 30 in counted and 10 in counted
    for figure in data["figures"]:
        assert figure["sentence"] and figure["item"]["title"]
        assert set(figure) >= {
            "id",
            "kind",
            "count",
            "low",
            "high",
            "qualifier",
            "victims",
            "cumulative",
            "period_start",
            "source",
            "source_kind",
            "perpetrator",
            "country",
            "place",
            "conflict",
            "sentence",
            "span",
            "counted",
            "excluded_reason",
            "story_id",
            "item",
        }


def test_tally_filters_by_place(polled: Path) -> None:
    data = sitrep("tally", "--place", "Syria", "--json", "--db", "t.db", cwd=polled).json()
    assert data["killed"] == 18
    assert [c["country"] for c in data["by_country"]] == ["Syria"]


def test_places_and_actors_json(polled: Path) -> None:
    places = {p["place"]: p for p in sitrep("places", "--json", "--db", "t.db", cwd=polled).json()}
    assert places["Idlib"]["country"] == "Syria"
    assert places["Idlib"]["killed"] == 18
    assert isinstance(places["Idlib"]["lat"], float)
    actors = sitrep("actors", "--json", "--since", "24h", "--db", "t.db", cwd=polled).json()
    sohr = next(a for a in actors if a["actor"] == "Syrian Observatory for Human Rights")
    assert sohr["mentions"] == 3 and sohr["items"] == 3
    assert len(sohr["trend"]) == 25 and sum(sohr["trend"]) == 3
    assert set(sohr) >= {
        "actor",
        "kind",
        "country",
        "mentions",
        "items",
        "last_seen",
        "trend",
        "change",
    }
    # Nothing in the 24 hours before the window: the change is measured from zero.
    assert (sohr["previous"], sohr["change"]) == (0, 3.0)


def test_every_query_command_takes_a_desk_tag(polled: Path) -> None:
    text = (polled / "feeds.yaml").read_text()
    # Tag Alpha as the Syria desk by hand after polling: the file is the source of truth.
    text = text.replace("    name: Alpha\n", "    name: Alpha\n    tags: [syria-desk]\n")
    (polled / "feeds.yaml").write_text(text)
    tally = sitrep("tally", "--tag", "syria-desk", "--json", "--db", "t.db", cwd=polled).json()
    assert tally["killed"] == 18
    assert [c["country"] for c in tally["by_country"]] == ["Syria"]
    places = sitrep("places", "--tag", "syria-desk", "--json", "--db", "t.db", cwd=polled)
    assert "Khan Younis" not in {p["place"] for p in places.json()}
    assert "Idlib" in {p["place"] for p in places.json()}
    actors = sitrep("actors", "--tag", "syria-desk", "--json", "--db", "t.db", cwd=polled)
    sohr = next(a for a in actors.json() if a["actor"] == "Syrian Observatory for Human Rights")
    assert sohr["items"] == 2  # the two Alpha items, not Beta's
    events = sitrep("events", "--tag", "syria-desk", "--json", "--db", "t.db", cwd=polled)
    assert len(events.json()) == 3


def test_place_and_actor_filters_resolve_names(polled: Path) -> None:
    gaza = sitrep("tally", "--place", "gaza strip", "--json", "--db", "t.db", cwd=polled)
    assert gaza.code == 0, gaza.err
    assert gaza.json()["killed"] == 30  # Khan Younis lies in Gaza
    sohr = sitrep("tally", "--actor", "SOHR", "--json", "--db", "t.db", cwd=polled)
    assert sohr.json()["killed"] == 18
    unknown = sitrep("tally", "--place", "Narnia", "--db", "t.db", cwd=polled)
    assert unknown.code == 2
    assert unknown.err.strip() == (
        "sitrep: unknown place 'Narnia': sitrep knows no place of that name"
    )
    nobody = sitrep("tally", "--actor", "Nobody Brigade", "--db", "t.db", cwd=polled)
    assert nobody.code == 2 and "unknown actor 'Nobody Brigade'" in nobody.err


def test_a_disagreement_keeps_its_verdict_range_and_the_figure_it_yields_to(
    polled: Path,
) -> None:
    """The rules' decision is data in the JSON: the higher Goma claim names, by id, the
    lower figure that is tallied instead, its event keeps the range, and the story of that
    event gives the same verdict."""
    data = sitrep("tally", "--json", "--db", "t.db", cwd=polled).json()
    by_id = {f["id"]: f for f in data["figures"]}
    (higher,) = [
        f for f in data["figures"] if f["verdict"] and f["verdict"]["reason"] == "disagrees"
    ]
    lower = by_id[higher["verdict"]["other"]]
    assert (higher["count"], lower["count"]) == (12, 10)
    assert lower["counted"] is True and lower["verdict"] is None
    assert higher["counted"] is False
    assert higher["verdict"] == {"reason": "disagrees", "other": lower["id"], "note": None}
    said = f"disagrees with figure {lower['id']}: lower value tallied"
    assert higher["excluded_reason"] == said
    story = next(s for s in data["stories"] if higher["id"] in s["figure_ids"])
    assert lower["id"] in story["figure_ids"]
    assert (story["killed"], story["killed_low"], story["killed_high"]) == (10, 10, 12)
    points = sitrep("story", str(story["id"]), "--json", "--db", "t.db", cwd=polled).json()
    told = {p["id"]: p for p in points["points"]}
    assert told[higher["id"]]["verdict"] == higher["verdict"]
    assert told[higher["id"]]["excluded_reason"] == said

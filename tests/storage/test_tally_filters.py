"""`compute_tally(place=..., actor=...)` on real SQLite: places by containment, actors by alias."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from extract.model import ActorMention, Extraction, Figure, PlaceMention
from storage.db import Storage
from storage.feeds import sync_feeds
from storage.tallies import actor_candidates, compute_tally, known_actor, known_place
from storage.tally_summary import tally_summary
from storage.write import ItemRecord, store_items

NOW = datetime(2026, 9, 14, 18, 0, tzinfo=UTC).timestamp()
RSF = "Rapid Support Forces"


def _item(
    key: str,
    hours_ago: float,
    count: int,
    *,
    place: str | None,
    country: str,
    victims: str = "people",
    perpetrator: str | None = None,
    actors: tuple[str, ...] = (),
) -> ItemRecord:
    where = place or country
    title = f"{count} {victims} killed in {where} ({key})"
    figure = Figure(
        kind="killed",
        count=count,
        low=count,
        high=None,
        qualifier=None,
        victims=victims,  # type: ignore[arg-type]
        sentence=title,
        span=(0, len(str(count))),
        perpetrator=perpetrator,
        country=country,
        place=place,
    )
    return ItemRecord(
        key=key,
        guid=key,
        link=f"https://desk.example/{key}",
        title=title,
        summary="",
        author=None,
        published=datetime.fromtimestamp(NOW, UTC) - timedelta(hours=hours_ago),
        updated=None,
        content_hash=key,
        extraction=Extraction(
            figures=(figure,),
            actors=tuple(ActorMention(a, "armed group", country, 1) for a in actors),
            places=(PlaceMention(where, country, 0.0, 0.0, "city", ((0, 1),)),),
            killed=count,
            countries=(country,),
        ),
    )


ITEMS = [
    _item("khan-younis", 2, 7, place="Khan Younis", country="Palestine", victims="civilians"),
    _item("rafah", 30, 5, place="Rafah", country="Palestine"),
    _item("ramallah", 60, 3, place="Ramallah", country="Palestine"),
    _item("west-bank-wide", 90, 4, place=None, country="Palestine"),
    _item("raqqa", 5, 9, place="Raqqa", country="Syria", actors=("Desert Hawks Brigade",)),
    _item("el-fasher", 10, 12, place="El Fasher", country="Sudan", actors=(RSF,)),
    _item("omdurman", 40, 6, place="Omdurman", country="Sudan", perpetrator=RSF),
    _item("wells", 70, 2, place="Qarat Hamdun Wells", country="Sudan"),  # not in the gazetteer
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Storage:
    path: Path = tmp_path_factory.mktemp("filters") / "t.db"
    s = Storage.open(path)
    sync_feeds(s, [("https://desk.example/rss", "Desk", [], True)], NOW)
    feed = int(s.scalar("SELECT id FROM feeds"))
    with s.db.conn:
        store_items(s, feed, ITEMS, NOW)
    return s


def _killed(store: Storage, **kw: str) -> tuple[int, int]:
    t = compute_tally(store, since=None, now=NOW, **kw)  # type: ignore[arg-type]
    return t.killed, t.civilians_killed


def test_the_stories_are_apart(store: Storage) -> None:
    assert store.scalar("SELECT COUNT(DISTINCT story_id) FROM figures") == len(ITEMS)
    assert _killed(store) == (48, 7)


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        ("Gaza", (12, 7)),  # Khan Younis and Rafah lie in Gaza
        ("Gaza Strip", (12, 7)),
        ("gaza", (12, 7)),
        ("Khan Yunis", (7, 7)),
        ("Rafah", (5, 0)),
        ("West Bank", (3, 0)),  # the figure without a place is not claimed for a region
        ("Palestine", (19, 7)),  # a country includes its places and its placeless figures
        ("State of Palestine", (19, 7)),
        ("Sudan", (20, 0)),
        ("Darfur", (12, 0)),  # El Fasher, through North Darfur
        ("Syria", (9, 0)),
        ("Qarat Hamdun Wells", (2, 0)),
        ("Narnia", (0, 0)),
    ],
)
def test_a_place_includes_every_place_inside_it(
    store: Storage, place: str, expected: tuple[int, int]
) -> None:
    assert _killed(store, place=place) == expected


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        ("RSF", 18),  # mentioned in El Fasher, the perpetrator in Omdurman
        (RSF, 18),
        ("rapid support forces", 18),
        ("the paramilitary", 18),
        ("Desert Hawks Brigade", 9),  # an actor of the user's own, by its stored name
        ("Islamic State", 0),
    ],
)
def test_an_actor_is_found_by_any_of_its_names(store: Storage, actor: str, expected: int) -> None:
    assert _killed(store, actor=actor)[0] == expected


def test_filters_combine_and_the_summary_agrees(store: Storage) -> None:
    assert _killed(store, place="Darfur", actor="RSF") == (12, 0)
    summary = tally_summary(store, since=None, now=NOW, place="Gaza")
    assert (summary.killed, [s.place for s in summary.events]) == (12, ["Khan Younis", "Rafah"])
    windowed = compute_tally(store, since=NOW - 24 * 3600, now=NOW, place="Gaza")
    assert windowed.killed == 7


def test_known_place_names_the_gazetteer_entry(store: Storage) -> None:
    assert known_place("gaza strip") == "Gaza"
    assert known_place("Khan Yunis") == "Khan Younis"
    assert known_place("State of Palestine") == "Palestine"
    assert known_place("Narnia") is None
    assert known_place("Narnia", store) is None
    assert known_place("qarat hamdun wells") is None
    assert known_place("qarat hamdun wells", store) == "Qarat Hamdun Wells"


def test_known_actor_resolves_aliases_and_refuses_the_unknown(store: Storage) -> None:
    assert known_actor("RSF") == RSF
    assert known_actor("rapid support forces") == RSF
    assert known_actor("Narnia Liberation Army") is None
    assert known_actor("desert hawks brigade") is None
    assert known_actor("desert hawks brigade", store) == "Desert Hawks Brigade"
    # An alias of two actors names neither alone.
    assert known_actor("SNA") is None
    assert actor_candidates("SNA") == ("Somali National Army", "Syrian National Army")
    assert known_actor("the army") is None

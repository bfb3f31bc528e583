"""Story assignment: one incident or running toll is one story, distinct incidents are not."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from extract.model import Figure, Qualifier
from extract.stories import (
    MAX_COUNT_MARKS,
    ItemFeatures,
    StoryCandidate,
    _summarise,
    match_story,
    merge,
    new_story,
    title_tokens,
)

T0 = datetime(2025, 3, 4, 8, 0, tzinfo=UTC)

# A tiny gazetteer: Ariha and Saraqeb are towns of Idlib province.
_INSIDE = {("Idlib", "Ariha"), ("Idlib", "Saraqeb")}


def contains(outer: str, inner: str) -> bool:
    return outer == inner or (outer, inner) in _INSIDE


def killed(count: int, victims: str = "people", *, cumulative: bool = False) -> Figure:
    return Figure(
        kind="killed",
        count=count,
        low=count,
        high=None,
        qualifier=None,
        victims=victims,  # type: ignore[arg-type]
        sentence=f"{count} were killed.",
        span=(0, len(str(count))),
        cumulative=cumulative,
    )


def item(
    title: str,
    *,
    hours: float = 0,
    places: tuple[str, ...] = (),
    actors: tuple[str, ...] = (),
    figures: tuple[Figure, ...] = (),
    countries: tuple[str, ...] = ("Syria",),
) -> ItemFeatures:
    return ItemFeatures(
        title=title,
        published=T0 + timedelta(hours=hours),
        countries=countries,
        places=places,
        actors=actors,
        figures=figures,
    )


def stored(features: ItemFeatures, story_id: int) -> StoryCandidate:
    draft = new_story(features)
    return StoryCandidate(
        story_id=story_id,
        label=draft.label,
        country=draft.country,
        place=draft.place,
        first_seen=draft.first_seen,
        last_seen=draft.last_seen,
        signature=draft.signature,
        places=draft.places,
        actors=draft.actors,
        cumulative=draft.cumulative,
    )


MARKET = item(
    "Jets strike crowded Idlib market, killing 12 - Example Wire",
    places=("Syria", "Idlib"),
    actors=("Syrian Arab Army",),
    figures=(killed(12),),
)


def test_title_tokens_drop_numbers_stop_words_outlet_and_inflection() -> None:
    assert title_tokens("Strikes kill 12 in the Idlib market - Example Wire") == frozenset(
        {"strike", "kill", "idlib", "market"}
    )


def test_new_story_label_country_place_and_signature() -> None:
    draft = new_story(MARKET)
    assert draft.label == "Jets strike crowded Idlib market, killing 12"
    assert (draft.country, draft.place) == ("Syria", "Idlib")
    assert draft.signature == frozenset(
        {
            "jet",
            "strike",
            "crowd",
            "idlib",
            "market",
            "kill",
            "fig:killed:people",
            "incident:killed:people",
            f"n:killed:people:12:=:{int(T0.timestamp() // 3600)}",
        }
    )
    assert draft.first_seen == draft.last_seen == T0
    assert draft.cumulative is False


def test_label_is_prefixed_by_the_place_when_the_title_lacks_it() -> None:
    draft = new_story(item("Shelling kills four", places=("Ariha",)))
    assert draft.label == "Ariha: Shelling kills four"
    long = new_story(item("Word " * 30, places=("Ariha",)))
    assert long.label == "Ariha: " + ("Word " * 12).strip() + "…"


def test_same_incident_from_another_outlet_with_a_different_title_matches() -> None:
    other = item(
        "Syrian rebels say 12 dead after warplanes hit Idlib market",
        hours=1,
        places=("Idlib",),
        figures=(killed(12),),
    )
    assert match_story(other, [stored(MARKET, 7)], contains) == 7


def test_strikes_in_two_towns_on_the_same_day_are_two_stories() -> None:
    ariha = item(
        "Air strike kills 5 in Ariha, Idlib", places=("Ariha", "Idlib"), figures=(killed(5),)
    )
    saraqeb = item(
        "Air strike kills 7 in Saraqeb, Idlib province",
        hours=3,
        places=("Saraqeb", "Idlib"),
        figures=(killed(7),),
    )
    assert match_story(saraqeb, [stored(ariha, 1)], contains) is None


def test_running_toll_over_days_is_one_story() -> None:
    first = item("Strike on Ariha bakery kills 11", places=("Ariha",), figures=(killed(11),))
    story = stored(first, 3)
    second = item(
        "Death toll from Ariha bakery strike rises to 14",
        hours=20,
        places=("Ariha",),
        figures=(killed(14, cumulative=True),),
    )
    assert match_story(second, [story], contains) == 3
    story = merge(story, second)
    assert story.last_seen == T0 + timedelta(hours=20)
    assert story.cumulative is True
    third = item(
        "Ariha bakery strike toll climbs to 18",
        hours=44,
        places=("Ariha",),
        figures=(killed(18, cumulative=True),),
    )
    assert match_story(third, [story], contains) == 3
    assert merge(story, third).first_seen == T0


def test_unrelated_item_in_the_same_country_does_not_match() -> None:
    talks = item("Syrian president meets UN envoy in Damascus", hours=2, places=("Damascus",))
    assert match_story(talks, [stored(MARKET, 7)], contains) is None
    no_place = item("Government announces new cabinet", hours=2)
    assert match_story(no_place, [stored(MARKET, 7)], contains) is None


def test_a_story_quiet_for_too_long_is_not_continued() -> None:
    later = replace(MARKET, published=T0 + timedelta(days=4))
    assert match_story(later, [stored(MARKET, 7)], contains) is None


def test_other_country_never_matches_and_best_candidate_wins() -> None:
    elsewhere = replace(MARKET, countries=("Iraq",))
    assert match_story(elsewhere, [stored(MARKET, 7)], contains) is None
    ariha = stored(item("Air strike kills 5 in Ariha", places=("Ariha",)), 1)
    follow = item("Idlib market strike: rescuers search rubble", hours=2, places=("Idlib",))
    assert match_story(follow, [ariha, stored(MARKET, 7)], contains) == 7


def test_items_without_places_match_on_near_duplicate_titles() -> None:
    first = item("Gunmen storm village school, kill teachers", countries=())
    story = stored(first, 9)
    same = item(
        "Gunmen storm village school and kill teachers - Other Outlet", countries=(), hours=1
    )
    assert match_story(same, [story], contains) == 9
    different = item("Gunmen ambush convoy near village", countries=(), hours=1)
    assert match_story(different, [story], contains) is None


def toll(count: int, start: datetime | None = None) -> Figure:
    return replace(killed(count, cumulative=True), update=True, period_start=start)


def test_generic_conflict_words_alone_do_not_join_two_incidents() -> None:
    first = stored(item("Israeli drone attack kills two in Ariha", places=("Ariha",)), 4)
    later = item(
        "Ariha death toll rises to 9 as Israeli attacks continue",
        hours=20,
        places=("Ariha",),
        figures=(toll(9),),
    )
    assert match_story(later, [first], contains) is None


def test_a_running_toll_is_continued_by_its_updates_over_the_same_period() -> None:
    today = T0.replace(hour=0)
    running = stored(
        item("Ariha toll climbs to 11 today", places=("Ariha",), figures=(toll(11, today),)), 5
    )
    update = item(
        "Ariha death toll rises to 14 as shelling goes on",
        hours=3,
        places=("Ariha",),
        figures=(toll(14),),
    )
    assert match_story(update, [running], contains) == 5
    monthly = stored(
        item(
            "Officials count June dead in Ariha",
            places=("Ariha",),
            figures=(toll(40, today - timedelta(days=40)),),
        ),
        6,
    )
    same_day = item(
        "Ariha toll rises to 5 today", hours=3, places=("Ariha",), figures=(toll(5, today),)
    )
    assert match_story(same_day, [monthly], contains) is None


def test_same_place_same_scope_within_hours_matches_on_generic_words() -> None:
    first = stored(item("Shelling in Ariha kills 10", places=("Ariha",), figures=(killed(10),)), 8)
    other = item(
        "Ariha camp shelling kills 12, aid group says",
        hours=1,
        places=("Ariha",),
        figures=(killed(12),),
    )
    assert match_story(other, [first], contains) == 8
    next_day = replace(other, published=T0 + timedelta(hours=20))
    assert match_story(next_day, [first], contains) is None


def lower_bound(count: int, qualifier: str = "over") -> Figure:
    return replace(killed(count), qualifier=qualifier)  # type: ignore[arg-type]


def test_outlets_words_for_one_thing_are_one_token() -> None:
    assert title_tokens("Voodoo killings") == title_tokens("witchcraft killings")
    assert "football" in title_tokens("Soccer match stampede")


def test_one_massacre_told_by_four_outlets_over_a_day_is_one_story() -> None:
    """Different words, a capital or only the country, counts from "over 100" to 184."""
    first = item(
        "Massacre ordered by gang leader leaves over 100 dead, rights group says",
        places=("Ruritania", "Port Town"),
        countries=("Ruritania",),
        figures=(lower_bound(100),),
    )
    story = stored(first, 21)
    reports: list[tuple[str, int, int, Qualifier | None]] = [
        ("Ruritania gangs kill more than 180 mostly elderly people in capital", 7, 180, None),
        ("Gang 'massacres 180 people over witchcraft fears'", 11, 180, None),
        ("Gang leads massacre of older residents over voodoo claim", 17, 184, "at least"),
    ]
    for title, hours, count, qualifier in reports:
        report = item(
            title,
            hours=hours,
            places=("Ruritania",),
            countries=("Ruritania",),
            figures=(replace(killed(count), qualifier=qualifier),),
        )
        assert match_story(report, [story], contains) == 21, title
        story = merge(story, report)


def test_two_gang_attacks_in_one_country_on_one_day_stay_apart() -> None:
    market = stored(
        item(
            "Gang attack on market kills 12",
            countries=("Ruritania",),
            places=("Ruritania",),
            figures=(killed(12),),
        ),
        22,
    )
    church = item(
        "Gang massacre at church leaves 45 dead",
        hours=5,
        countries=("Ruritania",),
        places=("Ruritania",),
        figures=(killed(45),),
    )
    assert match_story(church, [market], contains) is None


def test_a_stampede_reported_as_over_50_then_56_dead_is_one_story() -> None:
    stadium = stored(
        item(
            "More than 50 people feared dead in football stadium stampede",
            countries=("Ruritania",),
            figures=(replace(lower_bound(50, "over"), conflict=False),),
        ),
        23,
    )
    later = item(
        "At least 56 killed in stampede at soccer match, officials say",
        hours=7,
        countries=("Ruritania",),
        figures=(replace(lower_bound(56, "at least"), conflict=False),),
    )
    assert match_story(later, [stadium], contains) == 23
    elsewhere = replace(later, countries=("Freedonia",))
    assert match_story(elsewhere, [stadium], contains) is None
    next_week = replace(later, published=T0 + timedelta(hours=40))
    assert match_story(next_week, [stadium], contains) is None


def test_a_story_older_than_its_span_takes_no_item_on_title_words() -> None:
    story = stored(MARKET, 7)
    follow = item("Idlib market strike: rescuers search rubble", hours=40, places=("Idlib",))
    assert match_story(follow, [story], contains) == 7
    story = merge(story, follow)
    drift = item("Idlib market strike anniversary vigil", hours=80, places=("Idlib",))
    assert match_story(drift, [story], contains) is None


def test_the_same_incident_window_runs_from_the_storys_figure_not_its_last_report() -> None:
    first = stored(item("Shelling in Ariha kills 10", places=("Ariha",), figures=(killed(10),)), 8)
    quiet = merge(first, item("Ariha residents count the cost", hours=10, places=("Ariha",)))
    other = item(
        "Ariha shelling kills 12, aid group says",
        hours=12,
        places=("Ariha",),
        figures=(killed(12),),
    )
    assert match_story(other, [quiet], contains) is None


def test_a_story_reported_for_days_keeps_only_the_tolls_a_new_report_can_match() -> None:
    # Every report adds its toll's mark; a story told hour after hour for three days keeps
    # the recent ones (still matchable across outlets) and drops the rest, and the story
    # still takes its next report.
    story = stored(item("Fighting in Idlib", figures=(killed(5),), places=("Idlib",)), 1)
    for hour in range(1, 70):
        story = merge(story, item("Fighting in Idlib", hours=hour, figures=(killed(5 + hour),)))
    counts = [t for t in story.signature if t.startswith("n:")]
    assert 30 <= len(counts) <= MAX_COUNT_MARKS + 1
    assert any(t.startswith("n:killed:people:74:") for t in counts)
    assert not any(t.startswith("n:killed:people:6:") for t in counts)
    later = item("Fighting in Idlib", hours=70, places=("Idlib",), figures=(killed(75),))
    assert match_story(later, [story], contains) == 1


def test_a_merged_story_reads_as_a_story_stored_with_its_signature() -> None:
    """What matching reads of a story's signature is carried from version to version as it
    takes items (old count marks dropped on the way): the same as read afresh from a story
    stored with that signature."""
    story = stored(item("Fighting in Idlib", places=("Idlib",), figures=(killed(5),)), 1)
    probe = item("Idlib fighting toll rises", hours=2, places=("Idlib",), figures=(killed(6),))
    carried = 0
    for hour in range(1, 70):
        match_story(probe, [story], contains)  # scored, as storage scores it before a merge
        figures = (killed(5 + hour, cumulative=hour % 3 == 0),)
        story = merge(story, item("Fighting in Idlib bakery", hours=hour, figures=figures))
        summary = story._summary
        if summary is None:
            continue
        carried += 1
        afresh = _summarise(story.signature)
        assert (summary.words, summary.generic) == (afresh.words, afresh.generic)
        assert sorted(summary.timed) == sorted(afresh.timed)
        assert sorted(summary.periods) == sorted(afresh.periods)
    assert carried > 30
    assert len(story.signature) < 69 + 20  # old count marks were dropped

"""A text's conservative totals: parts, repeats, disjoint incidents, context tolls."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from extract.casualties import find_figures
from extract.long_run import is_long_run
from extract.model import Figure
from extract.tally import TallyFigure, tally
from extract.totals import LONG_RUN, NOT_CONFLICT, RECALLED, assess, text_totals


def totals(text: str) -> tuple[int, int]:
    return text_totals(find_figures(text))


def test_parts_never_add_to_their_whole() -> None:
    text = (
        "At least 277 people have been killed in the offensive. Most were fighters, but over "
        "20 civilians have also been killed."
    )
    figures = find_figures(text)
    assert [f.count for f in figures] == [277, 20]
    assert assess(figures) == (None, "part of figure 0")
    assert text_totals(figures) == (277, 0)


def test_explicit_part() -> None:
    assert totals("The toll has climbed to 31, including 9 children.") == (31, 0)


def test_whole_is_raised_to_the_sum_of_its_parts() -> None:
    figures = find_figures("Five people, including 3 soldiers and 4 civilians, were killed.")
    assert [(f.count, f.part_of) for f in figures] == [(5, None), (3, 0), (4, 0)]
    assert text_totals(figures) == (7, 0)


def test_headline_repeated_in_body_counts_once() -> None:
    text = "Air strike kills 12 in the north.\nAn air strike has killed 12 people, officials said."
    figures = find_figures(text)
    assert assess(figures) == (None, "same as figure 0")
    assert text_totals(figures) == (12, 0)


def test_body_revision_of_the_headline_keeps_the_larger_claim() -> None:
    text = "Strike kills 5 in market.\nAt least 7 people were killed in the strike, medics said."
    figures = find_figures(text)
    assert assess(figures) == ("same claim as figure 1", None)
    assert text_totals(figures) == (7, 0)


def test_disjoint_figures_in_one_sentence_add() -> None:
    assert totals("Strikes kill 7 in Northtown and 5 in Southport.") == (12, 0)
    assert totals("Five soldiers and two civilians were killed.") == (7, 0)


def test_separate_incident_adds() -> None:
    text = (
        "Twenty-one people were killed in the north. "
        "Separately, 4 people were killed at a border post."
    )
    assert totals(text) == (25, 0)


def test_figures_in_different_countries_add() -> None:
    figures = find_figures(
        "3 people were killed in the capital.\n5 people were killed in the port."
    )
    placed = (replace(figures[0], country="Atlantis"), replace(figures[1], country="Lemuria"))
    assert text_totals(placed) == (8, 0)
    assert text_totals(figures) == (5, 0)


def test_injuries_never_in_deaths() -> None:
    text = "Strikes kill two, wound six.\nThe ministry says 19 were killed and 35 wounded."
    assert totals("Strikes kill two, wound six in the south.") == (2, 6)
    assert totals(text) == (19, 35)


def test_non_conflict_deaths_stay_out() -> None:
    figures = find_figures("At least 9 people died when a bus crashed into a river.")
    assert assess(figures) == (NOT_CONFLICT,)
    assert text_totals(figures) == (0, 0)


def test_negation_gives_nothing() -> None:
    assert totals("No one was killed. None were hurt. There were no casualties.") == (0, 0)


def test_war_long_toll_is_context_beside_a_new_incident() -> None:
    text = (
        "Death toll in the two-year war reaches 40,100.\n"
        "The ministry says 19 people have been killed over the past 24 hours."
    )
    figures = find_figures(text)
    assert [f.count for f in figures] == [40_100, 19]
    assert is_long_run(figures[0]) and not is_long_run(figures[1])
    assert assess(figures) == (LONG_RUN, None)
    assert text_totals(figures) == (19, 0)


def test_a_toll_since_a_month_is_context_even_alone() -> None:
    """A toll since a month ("since October", "since mid-January") is a campaign's over weeks
    or months, no event's dead, with or without its year."""
    assert totals("Nearly 200 soldiers have been killed since October.") == (0, 0)
    assert totals("The offensive has left at least 80 dead since mid-January.") == (0, 0)


def test_a_toll_since_this_weeks_offensive_counts_alone() -> None:
    assert totals(
        "Clashes have killed 60 people since rebels launched an offensive on Monday."
    ) == (
        60,
        0,
    )


@pytest.mark.parametrize(
    "text",
    [
        "The war in Sudan has killed more than 150,000 people since April 2023, an envoy said.",
        "More than 44,000 people have been killed since the war began, the ministry said.",
        "The war has killed tens of thousands of people and uprooted millions.",
        "Nearly 200 soldiers have been killed since October 2023.",
        "Ethnic violence has killed more than 220 people since May 2023.",
        "193 of its staff had been killed in Gaza since the start of the war, the agency said.",
        "Gunmen killed at least 160 villagers there in June 2021.",
    ],
)
def test_a_war_long_toll_is_context_even_alone(text: str) -> None:
    figures = find_figures(text)
    assert figures and assess(figures) == (LONG_RUN,)
    assert text_totals(figures) == (0, 0)


def test_monthly_toll_with_its_part_repeated() -> None:
    text = (
        "21 children among 152 people killed in July: ministry.\n"
        "The ministry said 152 people were killed last month."
    )
    assert totals(text) == (152, 0)


def test_empty() -> None:
    no_figures: tuple[Figure, ...] = ()
    assert text_totals(no_figures) == (0, 0)
    assert assess(no_figures) == ()


def test_undated_war_long_toll_is_context_beside_an_incident() -> None:
    text = (
        "Strike on a camp kills five.\n"
        "Attacks on the coast have killed 44,708 people since the war began."
    )
    figures = find_figures(text)
    assert [(f.count, f.cumulative, f.period_start) for f in figures] == [
        (5, False, None),
        (44_708, True, None),
    ]
    assert assess(figures) == (None, LONG_RUN)
    assert text_totals(figures) == (5, 0)


def test_one_sentence_never_repeats_itself() -> None:
    assert totals("Gunmen killed a village chief and his son.") == (2, 0)
    assert totals("Strikes kill 7 in Northtown and 7 in Southport.") == (14, 0)


PUBLISHED = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    "background",
    [
        "The 2019 attack in Westmark killed 269 people.",
        "Last year's bombing in the capital killed 90 people.",
        "The siege of Eastville in 2022 killed thousands of civilians.",
        "Militants killed 40 people in the same market two years ago.",
        "The raid on 7 October 2023 killed 300 people.",
        "Officials say 11 people were killed in the Oct. 7 attack.",
    ],
)
def test_a_past_incident_is_context_beside_a_new_one(background: str) -> None:
    figures = find_figures(f"A strike kills 7 in the market.\n{background}", published=PUBLISHED)
    assert figures[0].count == 7
    assert assess(figures) == (None, RECALLED)
    assert text_totals(figures) == (7, 0)


def test_a_past_incident_is_context_in_the_tally_of_a_window() -> None:
    """A memorial item published today about an attack years ago adds nothing to the day's
    tally; a new strike reported beside it does."""
    texts = [
        "Survivors gather.\nThe 2019 attack in Westmark killed 269 people.",
        "Ruritania's attack on October 7, 2023 killed about 1,200 people in Northtown.",
        "A drone strike killed 4 people in Westmark on Friday.",
    ]
    rows = [
        TallyFigure(
            id=n,
            figure=figure,
            item_id=n,
            item_title=text.splitlines()[0],
            item_link=f"https://example.org/{n}",
            feed="Wire",
            published=PUBLISHED,
            event_id=n,
            latest_version=True,
            excluded=False,
            excluded_reason=None,
        )
        for n, text in enumerate(texts)
        for figure in find_figures(text, published=PUBLISHED)
    ]
    result = tally(rows, since=PUBLISHED - timedelta(hours=24), now=PUBLISHED)
    assert result.killed == 4
    assert sorted(t.source.figure.count for t in result.context) == [269, 1200]


@pytest.mark.parametrize(
    ("text", "long"),
    [
        ("Hamas says 33 captives killed in Gaza as factions hold talks", True),
        ("Israel says 35 hostages held in Gaza are dead", True),
        ("Three hostages killed in an Israeli strike, Hamas says", False),
        ("Six hostages found dead in a tunnel in Rafah", False),
        ("Five inmates were killed in a prison riot on Sunday", False),
    ],
)
def test_captives_dead_over_their_captivity_are_a_long_run_toll(text: str, long: bool) -> None:
    figures = find_figures(text)
    assert figures, text
    assert is_long_run(figures[0]) is long


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "On 3 May 2025, fighters overran an outpost near Kaya. Local sources reported 6 "
            "soldiers killed; the group claimed to have killed 25 soldiers. Fatalities: 6.",
            6,
        ),
        ("On 3 May 2025, gunmen killed 3 herders near Djibo. Fatalities: 4.", 4),
        ("Gunmen killed 3 herders near Djibo. Fatalities: 0.", 0),
    ],
)
def test_a_notes_fatalities_line_is_its_total(text: str, killed: int) -> None:
    assert totals(text)[0] == killed

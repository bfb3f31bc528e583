"""Whether a figure is new conflict violence, and who reports it: crime, unexplained blasts,
past incidents recalled, long-run tolls without "since", and sources named in other clauses.

The sentences are our own. Figures that are not new conflict deaths are kept (an editor can
open them) but never counted: `conflict` is False, or the figure is a past or long-run toll.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extract.api import extract
from extract.long_run import is_long_run
from extract.totals import RECALLED, assess

PUBLISHED = datetime(2024, 12, 5, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "A doctor suspected of killing patients at a clinic in Bremen went on trial.",
        "A nurse accused of murdering seven babies told the court she was innocent.",
        "A woman is accused of fatally stabbing a man at a train station near Ulm.",
        "The man charged with the killing of two neighbours was denied bail.",
        "A police officer accused of killing his wife was charged on Monday.",
        "Police said almost 60 women have been killed this year in what activists call a "
        "femicide crisis.",
    ],
)
def test_crime_is_kept_but_not_conflict(text: str) -> None:
    ex = extract(text, published=PUBLISHED)
    assert ex.killed == 0
    assert all(not f.conflict for f in ex.figures)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Police arrested two men suspected of killing five soldiers in an ambush.", 5),
        ("Suspected jihadists killed a teacher and his wife in the village.", 2),
        ("Four suspected kidnappers died in a gunfight with vigilantes in Zamfara.", 4),
        ("Insurgents beheaded two men accused of spying for the army.", 2),
        # Security forces accused of killing protesters: repression, not a criminal case.
        ("Relatives accuse police of shooting dead three men during a rally in Dhaka.", 3),
        ("Soldiers are accused of killing two demonstrators at a sit-in in Omdurman.", 2),
    ],
)
def test_suspects_and_accusations_in_armed_violence_stay_conflict(text: str, killed: int) -> None:
    assert extract(text, published=PUBLISHED).killed == killed


@pytest.mark.parametrize(
    "text",
    [
        "An explosion that killed five people in a block of flats was called an unprecedented "
        "disaster by the mayor.",
        "Blast in apartment building kills three.\nThe cause of the explosion is unknown.",
    ],
)
def test_a_blast_with_no_attack_named_is_not_conflict(text: str) -> None:
    ex = extract(text, published=PUBLISHED)
    assert ex.killed == 0
    assert ex.figures and all(not f.conflict for f in ex.figures)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A blast killed three soldiers at a checkpoint near Bannu.", 3),
        ("A car bomb explosion killed 8 people outside a police station in Mogadishu.", 8),
        ("An explosion at a checkpoint killed 5 soldiers.", 5),
        ("Blast in a crowded market kills 4 people.", 4),
        ("Roadside blasts kill one soldier, 3 injured.", 1),
    ],
)
def test_a_blast_in_war_by_attackers_or_unexplained_is_conflict(text: str, killed: int) -> None:
    assert extract(text, published=PUBLISHED).killed == killed


@pytest.mark.parametrize(
    "text",
    [
        "The army said a strike in February killed three hostages.",
        "Her son was killed in the Oct. 7 attack, she said.",
        "Survivors gathered to mark the anniversary of the attack that killed 130 people.",
        "Mourners remembered the 22 people killed in the concert bombing.",
        "A year after the massacre in the valley, relatives of the 41 men killed there still "
        "wait for answers.",
        "The town commemorated the 300 civilians killed when the militia stormed it.",
    ],
)
def test_a_past_incident_recalled_is_never_new(text: str) -> None:
    ex = extract(text, published=PUBLISHED)
    assert ex.killed == 0
    assert ex.figures
    assert all(f.past and f.cumulative and f.period and is_long_run(f) for f in ex.figures)
    assert set(assess(ex.figures)) == {RECALLED}  # told as what they are: no long-run toll


def test_last_months_toll_a_few_days_on_is_not_history_but_a_statistic() -> None:
    """Told a few days on, November's toll is no past incident recalled; it is a calendar
    month's statistic, context beside the news and no event's dead."""
    text = "Militia attacks killed 152 people in November, the monitor said."
    ex = extract(text, published=PUBLISHED)
    [figure] = ex.figures
    assert (figure.past, figure.period, ex.killed) == (False, "in November", 0)
    assert figure.set_aside == "context"


def test_a_recent_incident_beside_a_memorial_clause_is_news() -> None:
    text = "Shelling killed 12 people as the city marked the anniversary of the 2014 massacre."
    ex = extract(text, published=PUBLISHED)
    [figure] = ex.figures
    assert (figure.past, figure.period, ex.killed) == (False, None, 12)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Weeks of strikes have killed more than 1,000 people in the enclave.", "Weeks of strikes"),
        ("Two years of war have killed at least 20,000 people.", "Two years of war"),
        ("Months of fighting around the city have killed 3,000 soldiers.", "Months of fighting"),
    ],
)
def test_long_run_tolls_without_since(text: str, period: str) -> None:
    [figure] = extract(text, published=PUBLISHED).figures
    assert (figure.period, figure.cumulative, is_long_run(figure)) == (period, True, True)


@pytest.mark.parametrize(
    "text",
    [
        "Months of fighting have killed 3,000 people in the region, and a strike on Tuesday "
        "killed 8.",
        "Weeks of strikes have killed more than 1,000 people; on Tuesday a drone killed 8.",
        "Two years of war have killed 20,000 people, while a shell killed 8 on Thursday.",
    ],
)
def test_a_long_run_period_stays_in_its_own_clause(text: str) -> None:
    ex = extract(text, published=PUBLISHED)
    long_run, new = ex.figures
    assert long_run.period is not None and new.period is None
    assert (new.count, new.cumulative, ex.killed) == (8, False, 8)


def test_the_long_run_period_still_covers_its_own_list() -> None:
    text = "Since Monday, strikes have killed 40 people and wounded 90."
    killed, injured = extract(text, published=PUBLISHED).figures
    assert killed.period == injured.period == "Since Monday"


@pytest.mark.parametrize(
    "text",
    [
        "Israeli strikes on Gaza kill dozens as Hamas official says talks resume.",
        "One killed in Israeli strike on Lebanon as Netanyahu says war is not over.",
        "Drone strike kills four in Kharkiv region as Kremlin says talks are possible.",
        "Gunmen killed 7 villagers in Plateau state, while the governor said peace talks "
        "would go ahead.",
    ],
)
def test_a_speaker_in_another_clause_is_not_the_source(text: str) -> None:
    [figure] = extract(text, published=PUBLISHED).figures
    assert figure.source is None and figure.source_kind is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Five people were killed, police said on Tuesday.", "police"),
        ("The strike killed 12, the health ministry said in a statement.", "health ministry"),
        ("Twelve killed in strike, says ministry.", "ministry"),
        ("The ministry said 18 people were killed in the strike.", "ministry"),
        ("Hamas says 33 captives were killed in Israeli strikes.", "Hamas"),
    ],
)
def test_the_reporter_of_the_figure_is_its_source(text: str, source: str) -> None:
    [figure] = extract(text, published=PUBLISHED).figures
    assert figure.source == source


@pytest.mark.parametrize(
    ("text", "perpetrator"),
    [
        ("A Russian missile strike on Odesa killed four people.", "Russian armed forces"),
        ("Since Wednesday, strikes have killed 40 people; on Friday a drone killed 2.", None),
        ("A strike in February killed three hostages, the army said.", None),
        ("The UN chief said the strike killed 12 people.", None),
    ],
)
def test_the_perpetrator_comes_before_the_target_and_the_time(
    text: str, perpetrator: str | None
) -> None:
    figures = extract(text, published=PUBLISHED).figures
    assert figures[-1].perpetrator == perpetrator


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Two Israeli soldiers were killed in southern Lebanon, the army said.", "Lebanon"),
        ("Three Turkish soldiers were killed in northern Iraq.", "Iraq"),
        ("An Israeli strike on a hospital in Gaza killed 12 people.", "Palestine"),
        ("A Ukrainian drone attack on a bus in Horlivka killed two people.", "Ukraine"),
    ],
)
def test_the_country_is_where_the_deaths_happened(text: str, country: str) -> None:
    [figure] = extract(text, published=PUBLISHED).figures
    assert figure.country == country


def test_an_attack_ruled_out_is_no_attack() -> None:
    text = "An explosion at a fuel station killed 13 people; officials ruled out an attack."
    ex = extract(text, published=PUBLISHED)
    assert ex.killed == 0
    assert [f.conflict for f in ex.figures] == [False]


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (
            "Troops raid a hospital in northern Gaza.\n"
            "A relief agency says Israel gave no warning before the strike that killed four staff.",
            ["Palestine"],
        ),
        (
            "Two Israeli soldiers were killed, the army said.\nThe attack was near Sidon.",
            ["Lebanon"],
        ),
        ("Fighting that has killed thousands, mostly in Lebanon, may end.", ["Lebanon"]),
        ("Syria says its strikes with Russia have killed 400 insurgents.", ["Syria"]),
    ],
)
def test_a_country_named_as_actor_or_nationality_is_not_the_place(
    text: str, countries: list[str]
) -> None:
    figures = extract(text, published=PUBLISHED).figures
    assert [f.country for f in figures] == countries


def test_an_incident_dated_months_ago_in_another_sentence_is_past() -> None:
    text = (
        "Air strike likely caused the deaths of four hostages, army inquiry finds.\n"
        "The March strike shows the risk that operations pose to captives."
    )
    ex = extract(text, published=PUBLISHED)
    [figure] = ex.figures
    assert (figure.past, figure.period, ex.killed) == (True, "The March strike", 0)


@pytest.mark.parametrize(
    "text",
    [
        "Russian strike kills 4 in Kharkiv.\nThe March attack on the city was the deadliest "
        "this year.",
        "Israeli strike kills 5 in Gaza.\nIt came a day after a February attack on the school.",
        "Drone strike kills 3 in Sumy on Monday.\nThe March strike on the city killed none.",
    ],
)
def test_a_dated_comparison_leaves_todays_incident_new(text: str) -> None:
    ex = extract(text, published=PUBLISHED)
    assert ex.figures[0].past is False
    assert ex.killed == ex.figures[0].count


@pytest.mark.parametrize(
    "published",
    [None, datetime(2025, 9, 20, tzinfo=UTC), datetime(2025, 6, 7, tzinfo=UTC)],
)
def test_the_dead_of_an_attack_named_by_its_day_are_history(published: datetime | None) -> None:
    """ "killed in the October 7 attack": an attack named by its day is a past one, also told
    weeks before that day comes round again (an attack that killed is never to come)."""
    text = "Israel says about 1,200 people were killed in the October 7 attack."
    assert extract(text, published=published).killed == 0


def test_a_named_days_attack_a_fortnight_old_is_news() -> None:
    text = "Gunmen killed 12 people in the June 5 attack on the village."
    assert extract(text, published=datetime(2025, 6, 7, tzinfo=UTC)).killed == 12

"""Casualty figures from our own fixture sentences: count, scope, sentence and span."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extract.casualties import find_figures
from extract.long_run import is_long_run
from extract.model import Figure

FRIDAY = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)


def one(text: str, published: datetime | None = FRIDAY) -> Figure:
    [figure] = find_figures(text, published=published)
    return figure


def phrase(text: str, figure: Figure) -> str:
    return text[figure.span[0] : figure.span[1]]


def test_passive_with_qualifier_and_agency_source() -> None:
    text = "A convoy was struck, and at least 6 aid workers died, the UN said."
    f = one(text)
    assert (f.kind, f.count, f.low, f.high, f.qualifier) == ("killed", 6, 6, None, "at least")
    assert (f.victims, f.source, f.source_kind, f.conflict) == ("aid workers", "UN", "agency", True)
    assert f.sentence == text
    assert phrase(text, f) == "at least 6 aid workers died"


def test_active_verb_perpetrator_and_monitor() -> None:
    text = (
        "Shelling by the Northern Front killed 14 civilians on Thursday, according to the "
        "Syrian Observatory for Human Rights."
    )
    f = one(text)
    assert (f.count, f.victims, f.source, f.source_kind) == (14, "civilians", "SOHR", "monitor")
    assert phrase(text, f) == "killed 14"
    assert (f.cumulative, f.update, f.part_of) == (False, False, None)


def test_shot_dead_names_the_killers() -> None:
    text = "Gunmen shot dead three police officers at a checkpoint near the border."
    f = one(text)
    assert (f.count, f.victims, f.perpetrator, phrase(text, f)) == (
        3,
        "police",
        "Gunmen",
        "shot dead three",
    )


def test_party_claiming_kills() -> None:
    f = one("The army says it killed 8 militants in a raid.")
    assert (f.count, f.victims, f.source, f.source_kind, f.perpetrator) == (
        8,
        "militants",
        "army",
        "party",
        "army",
    )


def test_passive_killed_by() -> None:
    text = "Between 2 and 4 people were killed by RSF fighters in the camp."
    f = one(text)
    assert (f.count, f.low, f.high, f.qualifier) == (2, 2, 4, "between")
    assert (f.perpetrator, phrase(text, f)) == (
        "RSF fighters",
        "Between 2 and 4 people were killed",
    )


def test_toll_update_with_explicit_part() -> None:
    text = (
        "The death toll from the strike has climbed to 31, including 9 children, the regional "
        "health ministry said."
    )
    whole, part = find_figures(text)
    assert (whole.count, whole.cumulative, whole.update, whole.part_of) == (31, True, True, None)
    assert (whole.source, whole.source_kind) == ("regional health ministry", "government")
    assert phrase(text, whole) == "death toll from the strike has climbed to 31"
    assert (part.count, part.victims, part.part_of, phrase(text, part)) == (
        9,
        "children",
        0,
        "9 children",
    )


def test_part_stated_before_the_whole() -> None:
    text = "12 women among 80 villagers killed in the raid"
    part, whole = find_figures(text)
    assert (whole.count, whole.victims, whole.part_of, phrase(text, whole)) == (
        80,
        "people",
        None,
        "80 villagers killed",
    )
    assert (part.count, part.victims, part.part_of, phrase(text, part)) == (
        12,
        "women",
        1,
        "12 women",
    )


def test_part_in_the_next_sentence() -> None:
    figures = find_figures(
        "Shelling killed 14 people in the town. Among the dead were 4 journalists."
    )
    assert [(f.count, f.victims, f.part_of) for f in figures] == [
        (14, "people", None),
        (4, "journalists", 0),
    ]


def test_of_whom_part_takes_its_victims() -> None:
    figures = find_figures("Between 30 and 40 civilians were killed, of whom 12 were women.")
    assert [(f.count, f.victims, f.part_of) for f in figures] == [
        (30, "civilians", None),
        (12, "women", 0),
    ]


@pytest.mark.parametrize(
    ("text", "kind", "count", "qualifier", "victims"),
    [
        ("More than 40 people were wounded in the blast.", "injured", 40, "over", "people"),
        ("Up to 12 medics were hurt in the attack.", "injured", 12, "up to", "medics"),
        ("Some 15 prisoners were executed in the jail.", "killed", 15, "about", "prisoners"),
        ("Heavy fighting left dozens dead.", "killed", 12, None, "people"),
        ("Military says dozens of troops killed in the north.", "killed", 12, None, "soldiers"),
        ("Scores of people were injured.", "injured", 20, None, "people"),
        ("The crew brought home the body of a sailor who was killed.", "killed", 1, None, "people"),
        ("Another Ruritanian has been killed in the city.", "killed", 1, None, "people"),
        ("A 12-year-old boy was killed by a sniper.", "killed", 1, None, "children"),
        ("Ruritania claims killings of 2 rebel commanders.", "killed", 2, None, "fighters"),
        ("The attack caused 5 deaths.", "killed", 5, None, "people"),
        ("Troops kill 4 journalists near the port.", "killed", 4, None, "journalists"),
    ],
)
def test_patterns(text: str, kind: str, count: int, qualifier: str | None, victims: str) -> None:
    f = one(text)
    assert (f.kind, f.count, f.qualifier, f.victims) == (kind, count, qualifier, victims)


def test_kill_and_wound_in_one_headline() -> None:
    text = "Strikes kill two, wound six in the south"
    killed, injured = find_figures(text)
    assert (killed.kind, killed.count, phrase(text, killed)) == ("killed", 2, "kill two")
    assert (injured.kind, injured.count, phrase(text, injured)) == ("injured", 6, "wound six")


def test_another_repeats_the_victims() -> None:
    killed, injured = find_figures("At least one soldier was killed and another injured.")
    assert (killed.count, killed.qualifier, killed.victims) == (1, "at least", "soldiers")
    assert (injured.kind, injured.count, injured.victims) == ("injured", 1, "soldiers")


def test_lists_share_their_verb() -> None:
    figures = find_figures("Five soldiers and two civilians were killed.")
    assert [(f.count, f.victims) for f in figures] == [(5, "soldiers"), (2, "civilians")]
    figures = find_figures("Strikes kill 7 in Northtown and 5 in Southport.")
    assert [f.count for f in figures] == [7, 5]


@pytest.mark.parametrize(
    "text",
    [
        "No one was killed in the attack.",
        "None were hurt.",
        "There were no casualties.",
        "The senator killed the bill.",
        "The talks reached a dead end before the deadline.",
        "The race ended in a dead heat.",
        "The council killed off the plan.",
        "Thousands of people fled the fighting.",
        "Three days after the attack, officials met.",
        "20 soldiers were killed or wounded.",
        "The deadliest attack in several years.",
    ],
)
def test_no_figure(text: str) -> None:
    assert find_figures(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "At least 9 people died when a bus crashed into a river.",
        "Floods have killed 23 people in the south.",
        "Dozens feared dead after a stampede at the stadium.",
    ],
)
def test_non_conflict_deaths_are_kept_but_marked(text: str) -> None:
    f = one(text)
    assert f.conflict is False and f.kind == "killed"


def test_headline_cause_marks_the_body_too() -> None:
    figures = find_figures("Ferry capsizes on the lake.\nAt least 14 people have died.")
    assert [(f.count, f.conflict) for f in figures] == [(14, False)]


@pytest.mark.parametrize(
    ("text", "period", "start"),
    [
        ("About 70 fighters were killed since Wednesday.", "since Wednesday",
         datetime(2025, 3, 12)),
        ("Nearly 200 soldiers have been killed since October 2023.", "since October 2023",
         datetime(2023, 10, 1)),
        ("Six protesters were killed in July, rights groups say.", "in July", datetime(2024, 7, 1)),
        ("Scores were injured over the past 24 hours.", "over the past 24 hours",
         datetime(2025, 3, 13, 9, 30)),
        ("The toll so far today has risen to 9.", "so far today", datetime(2025, 3, 14)),
    ],
)  # fmt: skip
def test_periods_resolve_against_published(text: str, period: str, start: datetime) -> None:
    f = one(text)
    assert (f.cumulative, f.period, f.period_start) == (True, period, start.replace(tzinfo=UTC))


def test_period_without_published_keeps_only_absolute_dates() -> None:
    assert one("50 were killed since Wednesday.", published=None).period_start is None
    f = one("Nearly 200 soldiers have been killed since October 2023.", published=None)
    assert f.period_start == datetime(2023, 10, 1, tzinfo=UTC)


def test_war_long_toll() -> None:
    f = one("The death toll in the two-year war has reached 40,100, the ministry says.")
    assert (f.count, f.cumulative, f.period, f.source_kind) == (
        40_100,
        True,
        "in the two-year war",
        "government",
    )


def test_toll_rising_from_one_value_to_another() -> None:
    f = one("The toll rose from 11 to 14 overnight.")
    assert (f.count, f.cumulative, f.update) == (14, True, True)


def test_number_of_killed_now_risen() -> None:
    text = "The number of children killed has now risen to 1,200, UNICEF said."
    f = one(text)
    assert (f.count, f.victims, f.update, f.source, f.source_kind) == (
        1200,
        "children",
        True,
        "UNICEF",
        "agency",
    )


def test_spans_are_offsets_into_the_whole_text() -> None:
    text = "Quiet morning.\nLater, 3 people were killed in the square."
    f = one(text)
    assert f.sentence == "Later, 3 people were killed in the square."
    assert phrase(text, f) == "3 people were killed"


def test_dates_are_not_counts() -> None:
    assert find_figures("Those killed on October 7 were remembered.") == ()
    assert find_figures("In 2014 killed fighters were buried.") == ()


@pytest.mark.parametrize(
    "text",
    [
        "Dirty air kills 2 million people a year across the region, researchers say.",
        "Smog and air pollution killed about 3,000 residents in the capital.",
        "A study found 40,000 deaths were caused by the heat.",
        "Cholera has killed 31 people in the camps since January.",
        "A measles outbreak killed 12 children in the district.",
        "Nine people died in the heatwave.",
        "Four migrants drowned and 20 others died when their boat capsized off the coast.",
        "A military helicopter crashed in the hills, killing 5 soldiers.",
        "Six miners died when a mine collapsed in the north.",
        "Three students died by suicide at the academy this term.",
        "The state executed 4 men convicted of drug trafficking.",
        "Eleven people died after a fire in a market.",
        "Road accidents kill 300 people each month in the province.",
        "At least 3 people died as heavy snow hit the capital.",
        "Contaminated medicine killed 13 children at a clinic.",
        "Twenty people have died of hunger in the besieged town.",
    ],
)
def test_causes_and_statistics_that_are_not_conflict_violence(text: str) -> None:
    figures = find_figures(text)
    assert figures and all(f.kind != "killed" or f.conflict is False for f in figures)


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber killed 9 people at a checkpoint.",
        "Militants executed 4 hostages in the village.",
        "A helicopter was shot down, killing 5 soldiers.",
        "Shelling set a market on fire, killing 11 people.",
        "Two soldiers were killed on the front line.",
    ],
)
def test_violence_outweighs_a_named_cause(text: str) -> None:
    [figure] = find_figures(text)
    assert figure.conflict is True


@pytest.mark.parametrize(
    "text",
    [
        "The air force said it shot down 40 of 52 drones launched overnight.",
        "Air defences intercepted 20 missiles and shot down 3 aircraft.",
        "The strike destroyed 12 homes and killed no one.",
        "Troops shot down two helicopters over the valley.",
        "Drones hit 14 targets, killing none of the crews.",
    ],
)
def test_objects_are_never_victims(text: str) -> None:
    assert find_figures(text) == ()


def test_partitive_counts_by_the_noun_after_the_whole() -> None:
    f = one("The blast killed 3 of the 7 passengers on the bus.")
    assert (f.count, f.victims) == (3, "people")
    [g] = find_figures("Air defences downed 20 of 25 missiles, and debris killed two people.")
    assert (g.count, g.victims) == (2, "people")


@pytest.mark.parametrize(
    ("text", "cumulative"),
    [
        ("The number of people injured in the attack has risen to 21.", True),
        ("The number of people who were hurt in the blast rose to 21.", True),
        ("At least 21 people are now known to have been injured.", False),
        ("The number of those wounded in the market shelling has climbed to 21.", True),
        ("Injury toll rises to 21.", True),
    ],
)
def test_injured_running_tolls(text: str, cumulative: bool) -> None:
    f = one(text)
    assert (f.kind, f.count, f.update, f.cumulative) == ("injured", 21, True, cumulative)


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        ("Five people were killed, a local civil society group said.",
         "local civil society group", "monitor"),
        ("Five people were killed, a local emergency response group said.",
         "local emergency response group", "agency"),
        ("Strike on the Old Town Kills Dozens, Rescue Group Says", "Rescue Group", "agency"),
        ("Eight civilians were killed, according to the Northern Doctors Network.",
         "Northern Doctors Network", "agency"),
        ("Seven people were killed, a human rights group said.", "human rights group", "monitor"),
        ("Hospital officials said 7 people were killed.", "Hospital officials", "government"),
        ("Three soldiers were killed in an ambush, the army said.", "army", "party"),
        ("Ruritania says its strikes have killed at least 400 insurgents.", "Ruritania", "party"),
    ],
)  # fmt: skip
def test_source_kinds(text: str, source: str, kind: str) -> None:
    f = one(text)
    assert (f.source, f.source_kind) == (source, kind)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a quote the speaker closes before saying it, with more said after
        ("'We buried 14 people yesterday,' one resident said, adding that others were hurt.",
         "one resident"),
        ('"Two of our men were killed," one official said.', "one official"),
    ],
)  # fmt: skip
def test_a_quote_told_by_the_speaker_after_it(text: str, source: str) -> None:
    assert one(text).source == source


def test_victims_are_not_their_own_source() -> None:
    assert one("Five reported killed in a strike on the port.").source is None
    assert one("Several reported killed as crowds stormed the gates.").source is None


@pytest.mark.parametrize(
    ("text", "period", "start"),
    [
        ("At least 44,000 people have been killed since October 2023.", "since October 2023",
         datetime(2023, 10, 1)),
        ("43,000 soldiers killed since Ruritania invaded, the president says.",
         "since Ruritania invaded", None),
        ("More than 3,000 people have been killed since the war began.", "since the war began",
         None),
        ("At least 3,000 people have died since the start of the war.",
         "since the start of the war", None),
        ("The toll reached at least 790 since beginning of the war.",
         "since beginning of the war", None),
        ("Some 500 people have been killed in 14 months of war.", "in 14 months of war",
         datetime(2024, 1, 14)),
        ("Some 500 people have been killed since 7 October.", "since 7 October",
         datetime(2024, 10, 7)),
        ("The conflict has killed more than 3,800 people since last year.", "since last year",
         datetime(2024, 1, 1)),
        ("The war has killed 10,000 people.", "The war", None),
        ("A yearlong war that killed thousands left the city in ruins.", "A yearlong war", None),
        ("Fighting that has killed 2,000 people shows no sign of ending.", "Fighting", None),
        ("Around 12,000 civilians have died in the conflict, the UN said.", "in the conflict",
         None),
        ("The overall death toll has risen to 3,000.", "overall death toll", None),
        ("The total death toll in the region stands at 1,200.", "total death toll", None),
    ],
)  # fmt: skip
def test_war_long_tolls_are_cumulative(text: str, period: str, start: datetime | None) -> None:
    f = one(text)
    assert (f.cumulative, f.period) == (True, period)
    assert f.period_start == (start.replace(tzinfo=UTC) if start else None)


def test_large_perfect_toll_without_a_period_is_cumulative() -> None:
    f = one("Ruritanian attacks on the coast have killed 44,708 as the siege goes on.")
    assert (f.count, f.cumulative, f.period) == (44_708, True, None)


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of people were killed in strikes across the central district.",
        "Fighting killed 5 soldiers in the north on Tuesday.",
        "The total death toll from the attack has risen to 30.",
        "Strikes have killed 30 people in the town.",
    ],
)
def test_incident_figures_are_not_war_long(text: str) -> None:
    f = one(text)
    assert f.period is None and not (f.cumulative and f.count >= 1000)


@pytest.mark.parametrize(
    "text",
    [
        "The party lost 3 seats and 2 councillors in the vote.",
        "The senator killed the bill in committee.",
        "Engineers neutralised 3 IEDs on the road.",
        "Troops killed the engine and left.",
    ],
)
def test_no_victims_in_these_objects(text: str) -> None:
    assert find_figures(text) == ()


def test_one_named_person_without_a_number() -> None:
    f = one("Gunmen killed the village chief and burned several houses.")
    assert (f.count, f.victims) == (1, "people")
    g = one("A drone attack killed a 68-year-old woman in the port.")
    assert (g.count, g.victims) == (1, "women")


@pytest.mark.parametrize(
    ("text", "period", "start"),
    [
        ("Nearly 90 teachers have been killed in the span of three months, the union says.",
         "in the span of three months", datetime(2024, 12, 14)),
        ("Raids killed 60 people over the past two months.", "over the past two months",
         datetime(2025, 1, 14)),
        ("It has been 75 years since colonial troops killed dozens of prisoners in the camp.",
         "75 years since", datetime(1950, 3, 14)),
        ("Survivors marked the 80th anniversary of the day soldiers killed dozens of villagers.",
         "80th anniversary", datetime(1945, 3, 14)),
        ("Thousands of inmates were executed in the jail since the 1980s.", "since the 1980s",
         datetime(1980, 1, 1)),
        ("In 1990, a rebel raid killed 300 people in the valley.", "In 1990",
         datetime(1990, 1, 1)),
        ("Gunmen killed 40 people in the market two years ago.", "two years ago",
         datetime(2023, 3, 14)),
    ],
)  # fmt: skip
def test_months_and_history_are_periods_that_began_long_ago(
    text: str, period: str, start: datetime
) -> None:
    """Deaths over months or decades, or long past, are dated so a tally shows them as
    context instead of adding them to this week's dead."""
    f = one(text)
    assert (f.cumulative, f.period, f.period_start) == (True, period, start.replace(tzinfo=UTC))


@pytest.mark.parametrize(
    ("text", "conflict"),
    [
        ("Rival supporters clashed and 30 people died in a stampede at the stadium.", False),
        ("Clashes at a football match in the north kill dozens.", False),
        ("Fans stormed the pitch.\nDozens of people were reported killed.", False),
        ("Gunmen opened fire on football fans, killing 12 people.", True),
        ("Clashes between the army and rebels killed 12 soldiers.", True),
    ],
)
def test_crowd_disasters_and_match_riots_are_not_conflict(text: str, conflict: bool) -> None:
    """A stampede or a riot at a match is not a war's violence; an armed attack on a crowd is."""
    figures = find_figures(text)
    assert [f.conflict for f in figures if f.kind == "killed"] == [conflict]


def test_a_month_abbreviation_before_a_day_does_not_end_the_sentence() -> None:
    """ "killed in the Oct. 7 attack" two months on is history, dated, not a new death."""
    text = "Officials say a dual-national captive was killed in the Oct. 7 attack."
    f = one(text, published=datetime(2024, 12, 3, tzinfo=UTC))
    assert f.sentence == text
    assert (f.count, f.period, f.period_start) == (
        1,
        "in the Oct. 7",
        datetime(2024, 10, 7, tzinfo=UTC),
    )
    recent = one("Gunmen killed 5 people on March 12 in the north.")
    assert (recent.count, recent.period, recent.cumulative) == (5, None, False)


@pytest.mark.parametrize(
    "text",
    [
        "Police believe Jane Roe, 26, from Lowtown, was killed during the abduction.",
        "Of the captives, 60 remain in captivity, including the bodies of at least 35.",
    ],
)
def test_ages_and_bodies_still_held_are_not_death_counts(text: str) -> None:
    assert [f.count for f in find_figures(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Two officers were convicted in the death of a man who died in police custody.",
        "Explosion at fuel depot near the port kills at least two.",
        "A tourist has died after being found at the bottom of a lift shaft.",
    ],
)
def test_trials_industrial_blasts_and_falls_are_not_conflict(text: str) -> None:
    [f] = find_figures(text)
    assert (f.kind, f.conflict) == ("killed", False)


def test_bodies_recovered_after_a_strike_still_count() -> None:
    f = one("Rescuers recovered the bodies of 12 people after the strike.")
    assert (f.count, f.conflict) == (12, True)


@pytest.mark.parametrize(
    ("text", "period", "start"),
    [
        ("The Ruritanian attack on October 7, 2023 killed about 1,200 people in Northtown.",
         "on October 7, 2023", datetime(2023, 10, 7)),
        ("The 2015 Northtown attacks killed 130 people.", "The 2015 Northtown attacks",
         datetime(2015, 1, 1)),
        ("Last year's bombing in Southport killed 90 people.", "Last year's",
         datetime(2024, 1, 1)),
        ("The siege of Eastville in 2022 killed thousands of civilians.", "in 2022",
         datetime(2022, 1, 1)),
        ("The 2019 attack in Westmark killed 269 people.", "The 2019 attack",
         datetime(2019, 1, 1)),
        ("The 1994 genocide killed about 800,000 people.", "The 1994 genocide",
         datetime(1994, 1, 1)),
        ("The December 2021 massacre in the valley killed 70 villagers.",
         "The December 2021 massacre", datetime(2021, 12, 1)),
        ("Ruritania's 7 October attack killed 300 soldiers.", "7 October",
         datetime(2024, 10, 7)),
        ("Decades ago, militias killed hundreds of people in the town.", "Decades ago",
         datetime(2015, 3, 14)),
        ("Several years ago, gunmen killed 30 people in the market.", "Several years ago",
         datetime(2024, 3, 14)),
        ("Mourners marked the anniversary of the raid that killed 50 people.", "anniversary",
         datetime(2024, 3, 14)),
    ],
)  # fmt: skip
def test_past_incidents_are_dated_context(text: str, period: str, start: datetime) -> None:
    """Background sentences about a past attack date the figure at the attack, so a tally
    shows it as context instead of adding it to today's dead."""
    f = one(text)
    assert (f.cumulative, f.period, f.period_start) == (True, period, start.replace(tzinfo=UTC))
    assert is_long_run(f)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("An airstrike on Monday killed 12 people in Northtown.", 12),
        ("Gunmen killed 5 people on 12 March in the north.", 5),
        ("Gunmen killed 5 people on March 12, 2025 in the north.", 5),
        ("A strike in the north killed 2,000 people.", 2000),
        ("Troops killed 1,994 fighters in the attack.", 1994),
    ],
)
def test_recent_days_and_counts_that_look_like_years_are_news(text: str, count: int) -> None:
    f = one(text)
    assert (f.count, f.cumulative, f.period, f.period_start) == (count, False, None, None)


def test_a_year_without_publication_still_dates_the_incident() -> None:
    f = one("The 2019 attack in Westmark killed 269 people.", published=None)
    assert (f.period, f.period_start) == ("The 2019 attack", datetime(2019, 1, 1, tzinfo=UTC))
    g = one("Last year's bombing in Southport killed 90 people.", published=None)
    assert (g.cumulative, g.period, g.period_start) == (True, "Last year's", None)
    assert is_long_run(g)


@pytest.mark.parametrize(
    ("text", "conflict"),
    [
        ("The 2020 Southport harbour explosion killed more than 200 people.", False),
        ("An explosion at the port of Southport killed 9 dock workers.", False),
        ("A warehouse fire in the capital killed 4 people.", False),
        ("A missile strike set off an explosion at the port, killing 9 people.", True),
    ],
)
def test_port_and_warehouse_explosions_are_accidents_unless_an_attack_is_named(
    text: str, conflict: bool
) -> None:
    assert one(text).conflict is conflict


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("A strike killed 5 people on Tuesday, a year after the 2024 attack that killed 40.",
         [(5, None), (40, "the 2024 attack")]),
        ("Gunmen killed 3 people in the town where the 2019 attack killed 269.",
         [(3, None), (269, "the 2019 attack")]),
        ("Shelling killed 12 people as the city marked the anniversary of the 2014 massacre.",
         [(12, None)]),
        ("A strike killed 5 people, the deadliest attack since 2019.", [(5, None)]),
        ("The bombing killed 30 people, the worst violence in the city since October 2023.",
         [(30, None)]),
        ("Thousands were killed, mostly civilians, in the 1994 genocide.",
         [(1000, "the 1994 genocide")]),
        ("The 2019 attack killed 269 people and injured 500.",
         [(269, "The 2019 attack"), (500, "The 2019 attack")]),
    ],
)  # fmt: skip
def test_a_past_date_in_a_later_clause_dates_only_the_background(
    text: str, dated: list[tuple[int, str | None]]
) -> None:
    """Today's news with its background in one sentence: the news keeps no period, so a
    tally counts it, and only the background's figure is dated."""
    figures = find_figures(text, published=FRIDAY)
    assert [(f.count, f.period) for f in figures] == dated
    assert [f.cumulative for f in figures] == [p is not None for _c, p in dated]

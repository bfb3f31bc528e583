"""Word gates before costly patterns never change what the patterns find."""

from __future__ import annotations

import re

import pytest

from extract import casualty_periods
from extract.prefilter import lowered, may_contain

# One or more sentences for each kind of period, and sentences with none.
PERIOD_SENTENCES = [
    "Shelling has killed 40 people since Wednesday, medics said.",
    "The toll since last Friday stands at 12.",
    "Since the beginning of March 3, 2024, 80 people have died.",
    "At least 200 were killed since 3 March 2023 in the province.",
    "More than 1,000 have died since 2019.",
    "In July 2024 the clashes killed 31 fighters.",
    "The July airstrikes killed nine, a monitor said.",
    "Eleven people were killed over the past 24 hours.",
    "Seventy died in the last three days of fighting.",
    "Two years ago a bomb killed 14 at the same market.",
    "Five were shot dead, years after the first attack.",
    "Three years of shelling have killed hundreds.",
    "They gathered for the 10th anniversary of the massacre.",
    "Thousands died during the 1990s in the region.",
    "A man wounded on Oct. 7 died of his wounds.",
    "Troops killed 20 on the 7th of October.",
    "The group's Oct 7 assault killed 1,200.",
    "During 2023 more than 400 were killed.",
    "The 2015 Paris attacks killed 130 people.",
    "Last year's floods killed 40.",
    "So far this month 52 people have been killed.",
    "This year 300 civilians have died so far.",
    "Since the start of the year 90 soldiers were killed.",
    "This week alone 18 have died.",
    "So far today four people were wounded.",
    "Today's strikes killed six.",
    "Since last month the toll has doubled to 64.",
    "After 14 months of war more than 44,000 have been killed.",
    "Over two days of fighting 23 died.",
    "Since the war began, 3,800 people have been killed.",
    "In the war 500,000 died.",
    "Since rebels launched an offensive this week, 61 were killed.",
    "The war in Sudan, which has killed tens of thousands, continues.",
    "Months of fighting that have already killed 900 people go on.",
    "The overall death toll rose to 70.",
    "The total toll from the strike was 9.",
    "Five people were killed in an airstrike on a market, medics said on Monday.",
    "Gunmen shot dead three police officers at a checkpoint.",
    "A drone strike hit a car, killing two.",
    "Days of rain left the road closed.",
    "",
]


def _finds(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text)]


def _variants(sentence: str) -> list[str]:
    return [sentence, sentence.upper(), sentence.replace("s", "ſ"), sentence.replace("i", "ı")]


@pytest.mark.parametrize("sentence", PERIOD_SENTENCES)
def test_period_gate_finds_what_the_pattern_finds(sentence: str) -> None:
    for text in _variants(sentence):
        found = [(m.span(), m.lastgroup) for m in casualty_periods.period_matches(text)]
        assert found == _finds(casualty_periods._PERIOD_RE, text)


def test_period_sentences_cover_every_kind() -> None:
    kinds = {m.lastgroup for s in PERIOD_SENTENCES for m in casualty_periods._PERIOD_RE.finditer(s)}
    assert kinds == {
        "after", "ago", "anniv", "decade", "in_month", "in_year", "last_month", "last_year",
        "month_event", "on_date", "overall", "past", "since_clause", "since_day", "since_dm",
        "since_last", "since_month", "since_year", "span_of", "this_week", "this_year",
        "today", "war", "war_span", "war_toll", "year_event",
    }  # fmt: skip


def test_lowered_gives_up_on_letters_that_fold_to_ascii() -> None:
    assert lowered("Killed In Gaza") == "killed in gaza"
    assert lowered("Şırnak") is None  # dotless i matches "i" under re.IGNORECASE
    assert lowered("İdlib") is None
    assert lowered("ſince") is None
    assert lowered("Ḩamāh") == "ḩamāh"
    assert may_contain("ſince Monday", ("since",))
    assert not may_contain("Ḩamāh", ("since",))
    assert may_contain("SINCE", ("since",))

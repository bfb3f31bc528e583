"""One number everywhere: a tally follows what an item's own text decided about its figures
(`Figure.set_aside`), so an event of one report gives that report's own total."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from extract.api import extract
from extract.model import Extraction, SetAside
from extract.tally import TallyFigure, tally

T0 = datetime(2025, 3, 4, 12, 0, tzinfo=UTC)
FIXTURES = Path(__file__).parent / "fixtures"


def one_report(ex: Extraction, item: int = 1, hours: float = 0.0) -> list[TallyFigure]:
    return [
        TallyFigure(
            id=100 * item + k,
            figure=f,
            item_id=item,
            item_title=f"Report {item}",
            item_link=None,
            feed="Wire",
            published=T0 + timedelta(hours=hours),
            event_id=1,
            latest_version=True,
            order=("https://wire.example/rss", f"k{item}", 1, k),
        )
        for k, f in enumerate(ex.figures)
    ]


def tallied(figures: list[TallyFigure]) -> tuple[int, int]:
    t = tally(figures, since=None, now=T0 + timedelta(days=1))
    return t.killed, t.injured


@pytest.mark.parametrize(
    "text",
    [
        # two accounts in one sentence: the lower
        "Militants stormed an army base; a military officer said 17 soldiers were killed, while "
        "the group claimed to have killed 40.",
        # a headline repeating the body's figure, which has its parts
        "Strike on school shelter kills 22\nAn air strike hit a school in Gaza City, killing at "
        "least 22 people, including nine children, and wounding dozens.",
        # people counted apart in one sentence, of one scope and of nested scopes
        "Gunmen stopped a car and opened fire, killing a retired teacher and his wife.",
        "CJNG gunmen attacked a family gathering in Salamanca. 6 men and 2 women killed; 3 "
        "wounded.",
        "Terrorists attacked the market, killing 8 traders, and the security forces neutralised "
        "around 15 assailants.",
        # a report taken back; a side that says it lost no one
        "A channel retracted a report that 12 soldiers had been killed in an ambush.",
        "The group claimed it had killed 16 soldiers. The army said that no soldiers were "
        "killed or hurt, and that three attackers were killed.",
        # parts of an account that another source's lower one stands for
        "A monitor said 60 people were killed in two days of clashes, including 30 fighters, "
        "12 civilians and 10 members of the security forces. The interior ministry gave a toll "
        "of 25.",
        # the wounded who later died
        "Of the 12 people wounded in the shelling of the market, three have died in hospital, "
        "the mayor said.",
        # a summary standing for the lines under it
        "Russian attacks kill 6, injure 34 over past day\nIn Donetsk Oblast, two people were "
        "killed and eight injured, while in Kherson Oblast drones killed one person and injured "
        "11.",
        # a headline's parts over the body's whole, the commander told again in the body
        "Strike on Dahiyeh apartment kills Hezbollah commander and four others\nThe military "
        "said it killed the commander of Hezbollah's rocket forces in a strike on an apartment "
        "in Beirut's southern suburbs. The health ministry said five people were killed and 68 "
        "wounded in the strike.",
        # a count since the last briefing, beside an incident of weeks before
        "Since my last briefing, the Mission recorded 312 incidents affecting civilians, with 79 "
        "civilians killed. In the most serious incident, on 14 October, armed men attacked "
        "herders at Niem, killing 11 people. Our peacekeepers evacuated 7 wounded.",
        # the same wounded as a part in the headline and in the body, under the body's whole
        "Two Border Police officers wounded in stabbing at Damascus Gate; assailant shot dead\n"
        "A Palestinian assailant stabbed two Border Police officers near Damascus Gate on Friday "
        "afternoon before being shot dead by other officers, police said. The two wounded "
        "officers were taken to Shaare Zedek Medical Center, one in moderate condition.",
        # a part of the wounded who died, which leaves the wounded once
        "Our team at the hospital in Kutum received 32 wounded patients after heavy fighting "
        "erupted in the town on Sunday. Seven of them died of their injuries despite the "
        "efforts of our staff, including two children.",
    ],
)
def test_an_event_of_one_report_tallies_the_reports_own_total(text: str) -> None:
    ex = extract(text, published=T0)
    assert tallied(one_report(ex)) == (ex.killed, ex.injured)


def test_the_verdicts_name_the_figure_of_the_text_they_yield_to() -> None:
    ex = extract(
        "Strike on Idlib market kills 11\nAt least 11 people were killed in an air strike on a "
        "market in Idlib, the Syrian Observatory said.",
        published=T0,
    )
    assert [f.set_aside for f in ex.figures] == ["repeat:1", SetAside.COUNTED]
    t = tally(one_report(ex), since=None, now=T0 + timedelta(hours=1))
    verdicts = {f.source.id: f.verdict for f in t.figures}
    assert verdicts[101] is None
    assert verdicts[100] is not None and verdicts[100].text() == "repeat of figure 101"


def test_a_later_report_still_updates_the_toll_across_items() -> None:
    first = extract("Gunmen killed a teacher and his wife in Latakia.", published=T0)
    later = extract("The toll from the Latakia shooting rose to 5.", published=T0)
    figures = one_report(first) + one_report(later, item=2, hours=3)
    assert tallied(figures) == (5, 0)


def test_figures_stored_without_the_texts_verdict_are_weighed_as_before() -> None:
    ex = extract("6 men and 2 women were killed.", published=T0)
    unknown = [replace(t, figure=replace(t.figure, set_aside=None)) for t in one_report(ex)]
    assert tallied(one_report(ex)) == (8, 0)
    assert tallied(unknown) == (6, 0)  # the women as a part of the people, by scope


def test_on_the_held_out_notes_a_one_report_tally_is_the_reports_total() -> None:
    notes = [
        json.loads(line)
        for path in sorted(FIXTURES.glob("event_notes_heldout*.jsonl"))
        for line in path.open()
        if line.strip()
    ]
    notes = notes[:: max(1, len(notes) // 1000)]  # about 1,000 of them, from every set: the whole
    # run is the bench's (README)
    differ = 0
    for note in notes:
        ex = extract(note["text"], published=T0)
        differ += tallied(one_report(ex)) != (ex.killed, ex.injured)
    # Left apart (docs/counting.md, "One number"): the wounded who died set aside as part of a
    # toll, and a lone toll the two weigh differently.
    assert differ * 50 <= len(notes), f"{differ} of {len(notes)} one-report events differ"


def test_a_window_after_a_report_that_counted_apart_adds_only_the_rise() -> None:
    first = extract("Gunmen attacked a family gathering. 6 men and 2 women killed.", published=T0)
    later = extract("Family gathering massacre toll rises to 10", published=T0)
    figures = one_report(first) + one_report(later, item=2, hours=5)
    t = tally(figures, since=T0 + timedelta(hours=3), now=T0 + timedelta(days=1))
    assert t.killed == 2  # 8 told before the window, 10 inside it
    assert sum(f.tallied for f in t.figures if f.counted and f.source.figure.kind == "killed") == 2


def test_an_editor_leaving_out_the_standing_account_brings_the_other_back() -> None:
    ex = extract(
        "A monitor said 60 people were killed in clashes, including 30 fighters and 12 "
        "civilians. The interior ministry gave a toll of 25.",
        published=T0,
    )
    figures = one_report(ex)
    assert tallied(figures) == (25, 0)
    ministry = next(t for t in figures if t.figure.count == 25)
    left_out = [replace(t, excluded=True) if t is ministry else t for t in figures]
    assert tallied(left_out) == (60, 0)
    t = tally(figures, since=None, now=T0 + timedelta(days=1))
    monitor = next(f for f in t.figures if f.source.figure.count == 60)
    assert monitor.verdict is not None
    assert monitor.verdict.text() == f"same claim as figure {ministry.id}"


def test_a_report_split_across_events_keeps_its_parts() -> None:
    ex = extract(
        "Strike on school kills 5\nThe war has killed more than 40,000 people in Gaza, the "
        "ministry says. A strike on a school in Rafah on Tuesday killed 5 people, including 2 "
        "children.",
        published=T0,
    )
    figures = one_report(ex)
    war = [t for t in figures if t.figure.count > 1000]
    split = [replace(t, event_id=2) if t in war else t for t in figures]
    assert tallied(split) == (ex.killed, ex.injured) == (5, 0)


def test_one_reports_figures_of_one_scope_are_one_claim_another_report_repeats() -> None:
    first = extract("Gunmen opened fire on a car in Latakia, killing a teacher and his wife.")
    later = extract("Two people were killed when gunmen fired on a car in Latakia.")
    figures = one_report(first) + one_report(later, item=2, hours=1)
    assert tallied(figures) == (2, 0)
    t = tally(figures, since=None, now=T0 + timedelta(days=1))
    wife = t.figures[1]
    assert wife.verdict is not None and wife.verdict.text() == "counted with figure 100"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Balochistan live\n11:10 — Quetta: gunmen fired on a police patrol, killing two "
            "constables and wounding a passer-by.\n11:45 — Turbat: a grenade thrown at a market "
            "injured five people.\n13:20 — Quetta: the wounded passer-by has died in hospital, "
            "raising the toll of the attack to three.",
            (3, 5),
        ),
        (
            "10:20 — Police say 3 people were killed and 9 wounded, 4 of them seriously, in the "
            "stabbing in Holon.\n14:40 — The hospital says one of the seriously wounded has "
            "died, raising the death toll to 4.",
            (4, 8),
        ),
        (
            "Dnipro live\n06:40 Governor Serhiy Lysak: a missile hit a warehouse; one worker "
            "killed, five injured.\n08:15 Lysak: one of the injured, a 41-year-old woman, has "
            "died. Two dead, four injured.\n11:30 Lysak: another body found under the rubble. "
            "Toll now three dead, four injured.",
            (3, 4),
        ),
        (
            "The toll from Thursday's attack on the convoy rose to 44 on Saturday after two more "
            "of the wounded died in hospital; 19 other injured passengers remain under "
            "treatment, officials said.",
            (44, 19),
        ),
    ],
)
def test_the_wounded_who_died_raising_a_toll_leave_the_injured_in_the_tally_too(
    text: str, expected: tuple[int, int]
) -> None:
    ex = extract(text, published=T0)
    assert (ex.killed, ex.injured) == expected
    assert tallied(one_report(ex)) == expected


def test_a_part_of_the_dead_told_before_the_wounded_is_of_the_dead() -> None:
    """ "Fourteen hostages were killed in the operation, nine of them soldiers, and 30 injured
    hostages were evacuated": the nine are of the dead in the item and in the tally."""
    ex = extract(
        "All 21 attackers were killed, the military said. Fourteen hostages were killed in the "
        "operation, nine of them soldiers, and 30 injured hostages were evacuated.",
        published=T0,
    )
    assert (ex.killed, ex.injured) == (35, 30)
    assert tallied(one_report(ex)) == (35, 30)


def test_a_past_incidents_dead_are_told_as_recalled_not_as_a_long_run_toll() -> None:
    """The dead of an attack whose funeral procession a crowd accompanies are no long-run toll:
    the figure's own text and every tally say what they are (`recalled`), beside the day's
    news, and neither counts them."""
    text = (
        "Army jets killed 12 militants in strikes on Sunday, the ministry said. Thousands lined "
        "the streets of the capital to accompany the funeral procession of the twenty-seven "
        "soldiers killed in an attack near the border."
    )
    ex = extract(text, published=T0)
    assert [(f.count, f.set_aside) for f in ex.figures] == [
        (12, SetAside.COUNTED),
        (27, SetAside.RECALLED),
    ]
    figures = one_report(ex)
    result = tally(figures, since=None, now=T0 + timedelta(days=1))
    assert result.killed == 12
    told = {f.source.id: f for f in result.figures}[figures[1].id]
    assert not told.counted and told.verdict is not None
    assert told.verdict.to_json()["reason"] == "recalled"
    assert told.verdict.text() == "an earlier incident, recalled"
    assert [f.source.id for f in result.context] == [figures[1].id]

"""A text's conservative death and injury totals, by the tally rules (docs/counting.md).

A title and summary often say the same thing twice, mix a war-long toll with today's dead,
or give a whole and then its parts. Editors quote the totals, so when the rules cannot tell a
repeat from a second incident they take the smaller reading: figures add within a sentence
("kill 5 in Rafah and 3 in Khan Younis" is one sentence) and across countries, and otherwise
the largest claim stands for the others.

`assess` says, for each figure, why it is left out of its total (or None when it counts), so
that every number can be traced to the figures behind it and the ones set aside.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import accumulate, pairwise

from extract.actors import find_actors
from extract.casualty_context import (
    LINE_HEAD_RE,
    LINE_STAMP_RE,
    sentence_conflict,
    source_initials,
    source_kind,
)
from extract.casualty_lexicon import COMPASS_ADJ, RETRACTED_RE, SELF_DETONATION_RE
from extract.casualty_periods import SINCE_LAST_REPORT
from extract.countries import countries_named, country_table
from extract.gazetteer import Place, curated, gazetteer, region_of
from extract.gazetteer import contains as contains
from extract.long_run import (
    LONG_RUN_MIN,
    NEVER_ONE_INCIDENT,
    STILL_TREATED,
    is_long_run,
    still_hurt,
    wounded_who_died,
)
from extract.model import Figure, Kind, SetAside, Victims, aside_target
from extract.namematch import Tokens
from extract.numbers import find_numbers, words_to_int
from extract.pattern_cache import rx
from extract.prefilter import Gate
from extract.scope import COMBATANTS, places_disjoint

_DISJOINT_RE = rx(
    r"\b(?:separately(?!\s+(?:said|told|reported|announced|confirmed|put|gave|stated))|elsewhere|"
    r"in\s+(?:a\s+)?separate(?!\s+(?:statement|report|communiqu\w+|post|briefing|interview|update|"
    r"bulletin|count|tally|message))|in\s+another(?!\s+(?:statement|report|post|briefing|update|"
    r"bulletin|count|tally))|meanwhile|a\s+further|\ba\s+separate\s+(?:[\w-]+\s+)?(?:strike|"
    r"airstrike|attack|raid|explosion|blast|bombing|shelling)\b|^a\s+second\s+(?:[\w-]+\s+)?(?:strike|"
    r"airstrike|attack|raid|explosion|blast|bombing)(?![^.;]*\bmore\b)|"
    r"(?:further|farther)\s+(?:south|north|east|west|afield|along)|same\s+day|later\s+that\s+day|"
    r"(?:earlier|later)\s+in\s+the\s+day,\s+(?:an?|another)|before\s+the\s+(?:morning|evening|"
    r"night|dawn|afternoon|overnight)\s+(?:attack|strike|shelling|bombardment|blast)|"
    r"^(?:hours|minutes|moments)\s+later,?\s+(?:in|at|near)\s+(?-i:[A-Z])[\w’'-]+|"
    r"separate\s+(?:incident|attack)(?=\s*:)|^another\s+(?:[\w-]+\s+)?(?:missile|rocket|drone|"
    r"shell|bomb|airstrike|strike)\s+(?:hit|struck|slammed\s+into|landed|exploded|fell))\b",
    re.IGNORECASE,
)
"""A sentence that says it tells of another incident: its figures add, they never repeat (also
a live line's "10:15 — Separate incident: two National Guard officers were killed", and
"Another missile hit Rehovot, injuring 42 people" after a strike on Bat Yam)."""
_OPENS_APART_RE = rx(
    r"\W*(?:Separately|Elsewhere|Meanwhile|In\s+(?:a\s+)?separate|In\s+another|A\s+(?:second|"
    r"separate)\s+(?:[\w-]+\s+)?(?:strike|airstrike|attack|raid|explosion|blast|bombing))\b",
    re.IGNORECASE,
)
"""A sentence that opens on another incident ("Separately, shelling of Bilozerka injured a
41-year-old woman", "A second strike, on a motorcycle near Bint Jbeil, killed one person"):
never a repeat of the first sentence's figure, headline or not."""
_DISJOINT = Gate(
    _DISJOINT_RE,
    common={
        "a": ("further", "second", "separate"),
        "in": ("separate", "another"),
    },
)

_SIDES: dict[str, str] = {
    "fighters": "armed groups",
    "militants": "armed groups",
    "soldiers": "state forces",
    "police": "state forces",
    "civilians": "civilians",
    "children": "civilians",
    "women": "civilians",
    "aid workers": "civilians",
    "journalists": "civilians",
    "medics": "civilians",
    "prisoners": "captives",
}
_GENERIC = frozenset({"people"})
"""Sides of a fight, which no figure of another side can repeat: "killing 5 soldiers. Two
attackers were killed" are seven dead, and hostages are never their captors ("all 33
attackers killed ... 26 hostages were killed": 59). A figure of people may be any of them,
and then the largest claim stands for all, as before."""


def may_be_same_dead(a: Victims, b: Victims) -> bool:
    """Two figures' victims may be the same people: the same words, one side of a fight, or
    people (who may be anyone)."""
    return a == b or "people" in (a, b) or (a in _SIDES and _SIDES[a] == _SIDES.get(b))


NOT_CONFLICT = "not conflict violence"
LONG_RUN = "long-run toll, context only"
RECALLED = "an earlier incident, recalled"
DISAGREES = "another source's account in its sentence is lower"
RETRACTED = "its source took the report back"
UNCONFIRMED = "a claim no other source gives a count of"


def _counts_of_others(figures: Sequence[Figure], claim: Figure) -> list[int]:
    """The counts other sources of the text give of the dead (or wounded) a claim counts."""
    return [
        other.count
        for other in figures
        if other is not claim
        and other.kind == claim.kind
        and _compatible(other, claim)
        and other.source != claim.source
        and not other.past
    ]


def unanswered(figures: Sequence[Figure], claim: Figure) -> bool:
    """No other source of the text gives a count of the dead (or wounded) a claim counts: the
    claim is unconfirmed, not the higher of two accounts."""
    return not _counts_of_others(figures, claim)


def confirmed(figures: Sequence[Figure], claim: Figure) -> bool:
    """Another source of the text counts at least as many of the dead a claim counts."""
    return any(count >= claim.count for count in _counts_of_others(figures, claim))


_IN_ADDITION_RE = rx(r"\bin\s+addition\b", re.IGNORECASE)


def _compatible(a: Figure, b: Figure) -> bool:
    return a.victims == b.victims or "people" in (a.victims, b.victims)


def assess(figures: Sequence[Figure]) -> tuple[str | None, ...]:
    """Why each figure is left out of its kind's total, or None when it counts."""
    reasons: list[str | None] = [None] * len(figures)
    for kind in ("killed", "injured"):
        if kind == "injured":
            _wounded_of_an_earlier_toll(figures, reasons)
        _assess_kind(figures, kind, reasons)
        _parts_told_in_the_headline(
            figures, [i for i, f in enumerate(figures) if f.kind == kind], reasons
        )
    # a past incident's dead are context as a long-run toll is, told for what they are
    return tuple(
        RECALLED if why == LONG_RUN and figures[i].past else why for i, why in enumerate(reasons)
    )


def _wounded_of_an_earlier_toll(figures: Sequence[Figure], reasons: list[str | None]) -> None:
    """ "The death toll ... rose to 42 on Friday after four of the injured died ... Sixteen
    others are still being treated. On Thursday evening the toll stood at 38 dead and 20
    injured": the wounded told with a toll the raised one replaced are of that earlier report,
    when the text counts the wounded elsewhere too."""
    for i, figure in enumerate(figures):
        if figure.kind != "killed" or reasons[i] is None:
            continue
        later = _FIGURE_REF_RE.search(reasons[i] or "")
        if later is None or not (reasons[i] or "").startswith("same claim as figure"):
            continue
        toll = figures[int(later.group(1))]
        if not toll.update or toll.sentence == figure.sentence or toll.span[0] > figure.span[0]:
            continue  # only a toll raised before the older count is told again after it
        hurt_here = [
            k
            for k, f in enumerate(figures)
            if f.kind == "injured" and f.sentence == figure.sentence and reasons[k] is None
        ]
        elsewhere = any(
            f.kind == "injured" and f.sentence != figure.sentence and reasons[k] is None
            for k, f in enumerate(figures)
        )
        if hurt_here and elsewhere:
            for k in hurt_here:
                reasons[k] = "same claim as the wounded told with the later toll"


def _parts_told_in_the_headline(
    figures: Sequence[Figure], live: list[int], reasons: list[str | None]
) -> None:
    """ "Two Border Police officers wounded in stabbing ... A Palestinian assailant stabbed two
    Border Police officers ... The two wounded officers were taken to hospital": the headline's
    part and the body's are the same two, told twice, no two parts that add up past their
    whole."""
    if not live:
        return
    headline = figures[live[0]].sentence
    parts: dict[tuple[str, int, str], int] = {}
    for i in live:
        found = _PART_OF_FIGURE_RE.fullmatch(reasons[i] or "")
        if found is None:
            continue
        key = (found.group(1), figures[i].count, figures[i].victims)
        first = parts.setdefault(key, i)
        if (
            first != i
            and headline in (figures[first].sentence, figures[i].sentence)
            and (figures[first].sentence != figures[i].sentence)
        ):
            reasons[i] = f"same as figure {first}"


def _newer_wounded(figures: Sequence[Figure], dead: Figure) -> bool:
    """Last week's dead told beside this week's wounded of another sentence ("Shells fell on
    Kitshanga on Monday, injuring nine civilians. ... Last week, fighting in the area left 30
    civilians dead"): the text's news is the wounding, the dead are recalled."""
    return dead.kind == "killed" and any(
        f.kind == "injured"
        and not f.past
        and f.sentence != dead.sentence
        and not _LAST_WEEK_RE.match(f.period or "")
        for f in figures
    )


def _of_the_same_long_run(part: Figure, whole: Figure) -> bool:
    """A part told with its whole's own period ("fully identified 24,686 of the 34,844 people
    it reports killed since October, including 7,797 children and 4,959 women"): the children
    and women are of that toll, context as it is, no news freed of it."""
    return is_long_run(part) and part.period == whole.period and part.sentence == whole.sentence


def _assess_kind(figures: Sequence[Figure], kind: Kind, reasons: list[str | None]) -> None:
    live = [i for i, f in enumerate(figures) if f.kind == kind]
    if kind == "killed" and _estimate_field(figures, live, reasons):
        return
    campaign = _campaign_tolls(figures, live)
    for i in live:
        figure = figures[i]
        if not figure.conflict:
            reasons[i] = NOT_CONFLICT
        elif (
            (
                figure.past
                and (
                    not _LAST_WEEK_RE.match(figure.period or "")
                    or _newer_wounded(figures, figure)
                    or (
                        (
                            _MOURNED_RE.search(figure.sentence) is not None
                            or _IN_ANSWER_TO_RE.search(figure.sentence) is not None
                        )
                        and _NEW_DEED_RE.search(figure.sentence) is None
                    )
                )
            )
            or i in campaign
            or (figure.past and _after_a_follow_up(figure))
            or _LONG_DEAD_RE.search(figure.sentence) is not None
        ):
            reasons[i] = LONG_RUN  # a past incident recalled is context even when alone
        elif figure.part_of is not None and _died_of_wounds(figures, figure):
            toll = _toll_raised_by(figures, live, i)
            if toll is not None:  # "four of them later died, raising the toll to 23"
                reasons[i] = f"part of figure {toll}"
        elif figure.part_of is not None and figure.part_of in campaign:
            pass  # "two soldiers were killed, bringing the ground offensive's toll to 330"
        elif figure.part_of is not None:
            reasons[i] = f"part of figure {figure.part_of}"
        elif figure.rival and RETRACTED_RE.search(figure.sentence):
            reasons[i] = RETRACTED
        elif figure.rival and not _rival_of_another_nation(figures, i):
            reasons[i] = UNCONFIRMED if unanswered(figures, figure) else DISAGREES
    if kind == "killed":
        _died_in_a_running_toll(figures, live, reasons)
        _explaining_the_rise(figures, live, reasons)
    _repeats_of_not_conflict(figures, live, reasons)
    if kind == "injured":
        _hurt_beside_a_repeated_accident(figures, live, reasons)
        _of_the_injured(figures, live, reasons)
        _wounded_left(figures, live, reasons)
    _vague_within(figures, live, reasons)
    _repeats_of_rivals(figures, live, reasons, campaign)
    _revised_down(figures, live, reasons)
    _revised_up_since(figures, live, reasons)
    _told_incident_by_incident(figures, live, reasons)
    if kind == "killed":
        _victims_beside_a_toll_with_the_bomber(figures, live, reasons)
    if kind == "killed":
        _claims_beside_each_sides_own(figures, live, reasons)
        _same_strikes_told_otherwise(figures, live, reasons)
    died = [i for i in live if reasons[i] is None and _died_of_wounds(figures, figures[i])]
    live = [i for i in live if reasons[i] is None and i not in died]
    if kind == "killed" and _fatalities_line(figures, live + died, reasons):
        return  # the note's total counts the wounded who died too
    _headline_of_the_wounded_who_died(figures, live, died, reasons)
    live = [i for i in live if reasons[i] is None]
    if _coded_line(figures, live, reasons):
        return

    def war_long(i: int) -> bool:
        period = figures[i].period
        return period is not None and _WAR_LONG.search(period) is not None

    # every figure a long-run toll, none of them a war's: the item's news is that toll; beside
    # a war's toll ("... over the same period") it is an overview, and none is the news; nor is
    # it beside an accident's dead, which are the item's news
    alone = not any(not is_long_run(figures[i]) or war_long(i) for i in live) and not any(
        figures[k].kind == kind and reasons[k] == NOT_CONFLICT and not is_long_run(figures[k])
        for k in range(len(figures))
    )
    mourned = any(
        figures[k].kind == kind and figures[k].past and figures[k].period == "an earlier report"
        for k in range(len(figures))
    )  # a funeral's dead, told again: a toll "since" some day beside them is its background
    freed: list[int] = []
    for i in live:
        if alone and is_long_run(figures[i]) and _since_an_unknown_start(figures[i]):
            reasons[i] = LONG_RUN
            # "killed four more on Friday, bringing to 30 the number killed since the operation
            # there began": the four are the news, no part of a toll that is not
            whole = f"part of figure {i}"
            freed += [
                k
                for k in range(len(figures))
                if reasons[k] == whole and not _of_the_same_long_run(figures[k], figures[i])
            ]
        elif _since_beside_a_days_dead(figures, reasons, i):
            reasons[i] = LONG_RUN
            # "has risen to 90 since the clashes erupted on 27 August. Today alone, SOHR
            # documented 9 deaths: 4 ...": the day's dead are the news, the 90 its background
            whole = f"part of figure {i}"
            freed += [k for k in range(len(figures)) if reasons[k] == whole]
        elif is_long_run(figures[i]) and (
            not alone
            or figures[i].count >= LONG_RUN_MIN
            or not _weeks_at_most(figures[i].period)
            or (mourned and (figures[i].period or "").lower().startswith("since "))
        ):
            reasons[i] = LONG_RUN
        elif _cumulative_since(figures[i]):
            reasons[i] = LONG_RUN  # "Ministry of Health cumulative count since the 10 October
            # ceasefire: 93 killed, 324 injured", beside the day's incidents
        elif figures[i].count >= NEVER_ONE_INCIDENT:
            reasons[i] = LONG_RUN  # "more than 13,000 children killed in Gaza": a war's dead
        elif kind == "injured" and _still_in_hospital_of_the_recalled(figures, reasons, i):
            reasons[i] = LONG_RUN  # "... for the funeral of two rescue workers killed when a
            # missile struck ... on Thursday. Three of their colleagues remain in hospital"
        elif kind == "injured" and _beside_a_long_run_toll(figures, reasons, i):
            reasons[i] = LONG_RUN  # "148 civilians were killed and 730 injured last month"
        elif kind == "injured" and _further_after_a_long_run_toll(figures, reasons, i):
            reasons[i] = LONG_RUN  # "... killed in gang violence last year ... A further
            # 2,212 were injured": the same year's
    for k in freed:
        reasons[k] = None
    live = sorted(i for i in {*live, *freed} if reasons[i] is None)
    _headline_of_the_body(figures, live, reasons)
    live = [i for i in live if reasons[i] is None]
    listed = _listed_by_place(figures, live)  # lines by place: no part or repeat of another
    if listed and _cut_lines(figures, listed, rest := [i for i in live if i not in listed]):
        listed |= set(rest)
    _implicit_parts(figures, [i for i in live if i not in listed], reasons)
    live = [i for i in live if reasons[i] is None]
    _rounded_repeats(figures, [i for i in live if i not in listed], reasons)
    live = [i for i in live if reasons[i] is None]
    _repeats(figures, [i for i in live if i not in listed], reasons)
    _headline_of_a_part(figures, [i for i in live if i not in listed], reasons)
    live = [i for i in live if reasons[i] is None]
    _live_updates(figures, live, reasons)
    live = [i for i in live if reasons[i] is None]
    _total_of_the_attacks(figures, live, reasons)
    live = [i for i in live if reasons[i] is None]
    _keep_largest_per_country(figures, live, reasons)
    _incidents_of_other_days(figures, live, reasons)


def _total_of_the_attacks(
    figures: Sequence[Figure], live: list[int], reasons: list[str | None]
) -> None:
    """ "19:00 - The health ministry gives today's total for El Fasher: 21 dead and 33 injured in
    the two attacks": a count of the dead "in the two attacks" told after the attacks' own counts
    covers them, when it is at least their sum."""
    for i in live:
        total = figures[i]
        told = _IN_THE_N_ATTACKS_RE.search(total.sentence)
        if told is None or not _STAMP_RE.match(total.sentence):
            continue  # a live page's line that sums up the day
        before = [
            k
            for k in live
            if k != i
            and reasons[k] is None
            and figures[k].kind == total.kind
            and figures[k].span[0] < total.span[0]
            and figures[k].sentence != total.sentence
        ]
        if before and sum(figures[k].count for k in before) <= total.count:
            for k in before:
                reasons[k] = f"part of figure {i}"


_IN_THE_N_ATTACKS_RE = rx(
    r"\b(?:in|from|across|during)\s+(?:the|all)\s+(?:two|three|four|five|\d)\s+"
    r"(?:attacks|strikes|airstrikes|incidents|bombings|raids)\b",
    re.IGNORECASE,
)


_STAMP_RE = LINE_STAMP_RE
_UPDATES_AHEAD = 40
"""How many later stamped figures a live page's figure is compared with: its updates follow
it within a few lines."""


_RISE_EXPLAINED_RE = rx(
    r"\b(?:rose|risen|rises|climbed|climbs|jumped)\s+to\s+[\w-]+\b[^.;]*?(?:,\s*|\s)(?:as|after)\s|"
    r"\b(?:updates?|updated|raises?|raised|revises?|revised)\s+the\s+(?:[\w-]+\s+)?(?:death\s+)?"
    r"toll\s+to\s+[\w-]+(?:\s*:\s|\b[^.;]*?(?:,\s*|\s)(?:as|after)\s)",
    re.IGNORECASE,
)
_REVISED_UP_AFTER_RE = rx(
    r"\brevis(?:ing|ed|es)\s+up(?:wards?)?\s+(?:its|the|an|their)\s+(?:initial|earlier|previous|"
    r"first)\s+(?:death\s+)?(?:count|toll|figure|tally)\s+of\s+[\w-]+\s+(?:dead\s+)?(?:as|after)\s",
    re.IGNORECASE,
)
"""A toll told with the earlier count it raises and why ("killing seven soldiers ..., revising
up its initial count of five dead after two missing soldiers were found dead")."""


def _explaining_the_rise(
    figures: Sequence[Figure], live: list[int], reasons: list[str | None]
) -> None:
    """'The death toll ... rose to eight ..., as two wounded port workers died in hospital and
    another body was found', 'updates the toll to three: one of the four people wounded ... has
    died': the dead a clause gives as the reason a toll rose are of that toll, no more dead."""
    for t in live:
        toll = figures[t]
        if reasons[t] is not None or not (
            (toll.update and _RISE_EXPLAINED_RE.search(toll.sentence))
            or _REVISED_UP_AFTER_RE.search(toll.sentence)
        ):
            continue
        parts = [
            p
            for p in live
            if p != t
            and reasons[p] is None
            and figures[p].sentence == toll.sentence
            and figures[p].span[0] > toll.span[1]
            and not _attackers_own(figures[p])  # "rose to 27, not counting the attacker, ..."
        ]
        if parts and sum(figures[p].count for p in parts) < toll.count:
            for p in parts:
                reasons[p] = f"part of figure {t}"


def _live_updates(figures: Sequence[Figure], live: list[int], reasons: list[str | None]) -> None:
    """A live page's later line that gives a count of the same kind, place and victims at least
    as large as an earlier line's ("09:30 — 9 killed in the strike ... 16:05 — civil defence
    raises the death toll to 17") is that toll's newer value, whoever gives it: the earlier
    line's count stands for nothing more. A line of other dead ("two more", another town, a
    separate strike) is no update."""
    stamped = sorted(
        (i for i in live if _STAMP_RE.match(figures[i].sentence)), key=lambda i: figures[i].span
    )
    if not stamped or len({f.sentence for f in figures if _STAMP_RE.match(f.sentence)}) < 2:
        return  # a page of one stamped line; its wounded may be told on one line only
    lines = _line_areas(figures, live)  # "13:10 — in Shebekino ... 15:45 — in Novaya Tavolzhanka"
    if not lines:  # a line's later sentence is of that line: "14:20 Police say the siege is
        # over. Total dead: 9" (where lines tell no places of their own)
        first = figures[stamped[0]].span
        stamped = sorted(
            {*stamped, *(i for i in live if figures[i].span > first)},
            key=lambda i: figures[i].span,
        )
    for n, i in enumerate(stamped):
        a = figures[i]
        for j in stamped[n + 1 : n + 1 + _UPDATES_AHEAD]:  # a page of any length: linear
            b = figures[j]
            if (
                b.span > a.span
                and b.sentence != a.sentence
                and b.kind == a.kind
                and (b.count >= a.count or _REVISED_LINE_RE.search(b.sentence) is not None)
                and not b.added
                and _compatible(a, b)
                and (
                    a.place is None
                    or b.place is None
                    or a.place == b.place
                    or not _names_own_place(b)  # "13:10 Peskov says attacks on Belgorod region
                    # ... 14:30 Gladkov's updated report: three people killed": no place of its own
                    or (
                        b.count < a.count
                        and (contains(a.place, b.place) or contains(b.place, a.place))
                    )
                )  # "Kordofan: ... killed 5 ... Correction: now says 4 ... in Dilling"
                and a.country == b.country
                and not _DISJOINT.search(b.sentence)
                and not _DISJOINT.search(a.sentence)  # "10:48 Separately, four people were
                # killed near Rafah": no earlier value of the school's toll told after it
                and not _attackers_own(a)
                and not _attackers_own(b)
                and not _killers_own(a, b)
                and not (i in lines and j in lines and lines[i] != lines[j])
                and not (
                    _STRIKERS_OWN_ACCOUNT_RE.search(b.sentence)
                    and (a.source or "").lower() != (b.source or "").lower()
                )  # "22:15 — Governor Kiper: ... 2 people killed ... 23:30 — Russia's defence
                # ministry says its strike on Odesa port ... killed 18 foreign mercenaries":
                # the striker's own account, no newer value of the governor's toll
            ):
                reasons[i] = f"same claim as figure {j}"


def _names_own_place(figure: Figure) -> bool:
    """Whether the figure's sentence names its place (not one taken from a sentence before);
    "the Abu Shouk toll" names "Abu Shouk camp", a place's kind left off."""
    if figure.place is None:
        return False
    place = figure.place.casefold()
    return place in figure.sentence.casefold() or (
        (bare := _PLACE_KIND_RE.sub("", place)) != place
        and len(bare) > 3
        and bare in figure.sentence.casefold()
    )


_PLACE_KIND_RE = rx(
    r"\s+(?:camp|district|region|province|oblast|governorate|city|town|village|county|state)$"
)


_STRIKERS_OWN_ACCOUNT_RE = rx(
    r"\b(?:says|said|claims|claimed)\s+(?:that\s+)?(?:its|their)\s+(?:[\w-]+\s+)?(?:strikes?|"
    r"attacks?|forces|troops|fighters|units|drones?|missiles?|artillery)\b",
    re.IGNORECASE,
)


_REVISED_LINE_RE = rx(
    r"\b(?:revised|revises|corrected|corrects|correction|updated|update|lowered|downgraded)\b|"
    r"\bnow\s+(?:says|said|stands|stood|puts|put|gives|reports|counts|at)\b",
    re.IGNORECASE,
)
"""A later line that revises the count it repeats ("Revised: aid group now says 9 dead",
"Correction: army now says 4 civilians were killed", "The number of injured now stands at
11"): the newer value, lower or not."""


_MONTHS_OR_MORE_RE = rx(
    r"\b(?:months|years?|quarters?|quarterly|decades?|annual|yearly|(?:19|20)\d\d)\b|"
    rf"\b{SINCE_LAST_REPORT}|\bsince\s+(?:the\s+)?(?:signing|signature)\s+(?:of\s+)?(?:the\s+|a\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?(?:deal|accord|agreement|pact|treaty)\b|"
    r"^\W*(?:in|during|throughout|for)\s+(?:the\s+month\s+of\s+)?(?:january|february|march|april|"
    r"may|june|july|august|september|october|november|december)\W*$|\bbetween\s+"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r"\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\s*[–—-]\s*(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december)\b",
    re.IGNORECASE,
)


def _toll_raised_by(figures: Sequence[Figure], live: list[int], index: int) -> int | None:
    """The toll that wounded who died raise in their own sentence ("four of them later died,
    raising the toll to 23"), or the running toll told after them that is the dead before them
    and them ("one person killed ... one of the injured has died. Two dead, seven injured."):
    they are a part of it."""
    died = figures[index]
    for j in live:
        toll = figures[j]
        if (
            j != index
            and toll.kind == "killed"
            and toll.sentence == died.sentence
            and (
                toll.span[0] > died.span[0]
                or (" after " in died.sentence and toll.span[1] <= died.span[0])
            )  # "the toll has risen to eight after two of the five people injured died"
            and (toll.update or toll.cumulative)
            and toll.count >= died.count
        ):
            return j
    return _running_toll_after(figures, live, index, _line_areas(figures, live))


def _died_in_a_running_toll(
    figures: Sequence[Figure], live: list[int], reasons: list[str | None]
) -> None:
    """The wounded who died told on their own (no whole read with them), in the running toll
    told after them (`_running_toll_after`)."""
    died = [i for i in live if reasons[i] is None and _died_of_wounds(figures, figures[i])]
    if not died:
        return
    lines = _line_areas(figures, live)
    for i in died:
        toll = _running_toll_after(figures, live, i, lines) if figures[i].part_of is None else None
        if toll is None:
            # "The death toll ... rose to 13 on Wednesday. Of the 63 people who had been
            # wounded, two died in hospital overnight": the toll that rose holds them
            toll = next(
                (
                    k
                    for k in reversed(live)
                    if k < i
                    and reasons[k] is None
                    and figures[k].kind == "killed"
                    and figures[k].update
                    and figures[k].count >= figures[i].count
                    and lines.get(k) == lines.get(i)
                    and not places_disjoint(figures[k], figures[i], contains)
                    and not _STAMP_RE.match(figures[i].sentence)  # a live page's line of its own
                ),
                None,
            )
        if toll is not None:
            reasons[i] = f"part of figure {toll}"


def _running_toll_after(
    figures: Sequence[Figure], live: list[int], index: int, lines: dict[int, str]
) -> int | None:
    """The running toll told after the wounded who died that is the last count of their place
    before them and them ("09:40 Deir al-Balah: One of the injured has died. Two dead, four
    injured." after the line's one dead): they are a part of it."""
    died = figures[index]
    area = lines.get(index)
    before = [
        k
        for k in live
        if figures[k].kind == "killed"
        and figures[k].span[0] < died.span[0]
        and figures[k].part_of is None
        and (area is None or lines.get(k) == area)
        and not _died_of_wounds(figures, figures[k])
    ]
    if not before:
        return None
    last = max(before, key=lambda k: figures[k].span)
    for j in live:
        toll = figures[j]
        if (
            toll.kind == "killed"
            and toll.sentence != died.sentence
            and toll.span[0] > died.span[1]
            and (
                lines.get(j) == area
                or (j not in lines and not lines and _next_sentence(figures, died, toll))
            )  # a page of places weighs its lines by place, and a sentence of no line is none
            and toll.count == figures[last].count + died.count
            and may_be_same_dead(figures[last].victims, toll.victims)
        ):  # not "Three gunmen were also killed" after two officers and the one who died
            return j
    return None


def _next_sentence(figures: Sequence[Figure], one: Figure, other: Figure) -> bool:
    """`other`'s sentence follows `one`'s with no figure of a third sentence between them."""
    return not any(
        one.span[1] <= f.span[0] < other.span[0]
        and f.sentence not in (one.sentence, other.sentence)
        for f in figures
    )


def _beside_a_long_run_toll(
    figures: Sequence[Figure], reasons: list[str | None], index: int
) -> bool:
    """An injured count told with a long-run toll of the dead, over the same period; not one
    told with a count of the dead that is the news ("62 martyrs and 251 injured arrived during
    the past 24 hours, bringing the toll since 7 October to 50,021")."""
    hurt = figures[index]

    def beside(k: int, f: Figure) -> bool:
        return f.kind == "killed" and f.sentence == hurt.sentence and f.period == hurt.period

    return (
        hurt.period is not None
        and any(beside(k, f) and reasons[k] == LONG_RUN for k, f in enumerate(figures))
        and not any(
            beside(k, f) and not is_long_run(f) and reasons[k] is None
            for k, f in enumerate(figures)
        )
    )


_STILL_IN_HOSPITAL_RE = rx(
    r"^\W*(?:[\w-]+\s+){1,3}?of\s+(?:their|his|her|the)\s+(?:[\w-]+\s+)?(?:colleagues|comrades|"
    r"relatives|companions|fellow\s+[\w-]+)\s+(?:remain|are\s+still|were\s+still)\s+in\s+"
    r"(?:a\s+|the\s+)?hospital\b",
    re.IGNORECASE,
)


def _still_in_hospital_of_the_recalled(
    figures: Sequence[Figure], reasons: list[str | None], index: int
) -> bool:
    """ "Three of their colleagues remain in hospital" after a funeral of earlier dead: the
    wounded of the recalled incident, not news, when no dead of the text are news."""
    hurt = figures[index]
    if not _STILL_IN_HOSPITAL_RE.match(hurt.sentence):
        return False
    killed = [k for k, f in enumerate(figures) if f.kind == "killed" and f.span[0] < hurt.span[0]]
    return bool(killed) and all(reasons[k] == LONG_RUN or figures[k].past for k in killed)


_FURTHER_RE = rx(r"\W*(?:A\s+further|Another|In\s+addition,?)\s+\d", re.IGNORECASE)


def _further_after_a_long_run_toll(
    figures: Sequence[Figure], reasons: list[str | None], index: int
) -> bool:
    """ "More than 5,600 people were killed ... last year ... A further 2,212 were injured": an
    injured count told as "a further" one after the text's dead, all of them a long-run toll,
    is of that toll's period."""
    hurt = figures[index]
    dead = [k for k, f in enumerate(figures) if f.kind == "killed" and f.span[0] < hurt.span[0]]
    return (
        hurt.period is None
        and _FURTHER_RE.match(hurt.sentence) is not None
        and bool(dead)
        and all(reasons[k] == LONG_RUN for k in dead)
    )


def _weeks_at_most(period: str | None) -> bool:
    """A lone long-run toll over days or weeks ("over the past week", "last month") is the
    item's news; one over a calendar month ("in July": a month's statistic) or more ("between
    January and March", "this year") is never an event's."""
    return period is None or _MONTHS_OR_MORE_RE.search(period) is None


_SINCE_MONTH_RE = rx(
    r"since\s+(?:(?:early|mid|late)-?\s*)?(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)",
    re.IGNORECASE,
)
_SINCE_DAY_RE = rx(
    r"since\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december)|(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december)\s+\d{1,2}(?:st|nd|rd|th)?)",
    re.IGNORECASE,
)
_SINCE_CLAUSE_RE = rx(
    r"since\s+(?:[\w’'-]+\s+){1,14}?(?:began|started|launched|erupted|broke\s+out|escalated|"
    r"invaded|attacked)\b",
    re.IGNORECASE,
)


_CLAUSE_TIME_RE = rx(
    r"\b(?:this\s+week|last\s+week|yesterday|today|tonight|this\s+morning|overnight|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|last\s+night|hours?|days?)\b|\b\d{1,2}(?:st|nd|"
    r"rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:jan|feb|mar|apr|"
    r"may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b",
    re.IGNORECASE,
)
"""A time word or a day's date in a clause: "this week", "on Tuesday", "on 1 December"."""


_LASTING_RE = rx(
    r"^since\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:violence|conflict|war|insurgency|unrest|crisis|"
    r"uprising|rebellion|revolution|hostilities|invasion|occupation|genocide)\b(?:\s+[\w’'-]+){0,8}?"
    r"\s+(?:began|started|"
    r"erupted|broke\s+out|escalated)\b",
    re.IGNORECASE,
)
"""A since-clause whose beginning is of something that lasts (violence, a war, an insurgency),
not of an attack, a siege, an operation, a protest or fighting, which may be this event's."""
_YEAR_RE = rx(r"\b(?:19|20)\d\d\b")
_MONTH_RE = rx(
    r"\b(?:in|since)\s+(?:(?:early|mid|late)[\s-])?(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december)\b",
    re.IGNORECASE,
)


_ALONE_RE = rx(r"\b(?:today|yesterday|(?:on\s+)?[a-z]+day|this\s+morning)\s+alone\b", re.IGNORECASE)


def _since_beside_a_days_dead(figures: Sequence[Figure], reasons: list[str | None], i: int) -> bool:
    """A running toll since a beginning beside the dead the text tells as one day's alone
    ("Today alone, SOHR documented 9 deaths: 4 SDF members, ..."): the day's are the news,
    the toll their background."""
    whole = figures[i]
    if not whole.cumulative or not (whole.period or "").lower().startswith("since"):
        return False
    days = [
        k
        for k, f in enumerate(figures)
        if f.kind == whole.kind
        and f.sentence != whole.sentence
        and reasons[k] is None
        and _ALONE_RE.search(f.sentence)
    ]
    return bool(days) and sum(figures[k].count for k in days) < whole.count


def _since_an_unknown_start(figure: Figure) -> bool:
    """A toll since a beginning told with a year or a month only ("since the operation there
    began in August", "since ethnic violence erupted on May 3, 2023"), or since a lasting
    conflict began at a time the text does not give ("since ethnic violence erupted in
    Manipur"): a long-run toll even when it is all the text tells, never the news of one
    incident. A beginning "this week", "on Wednesday" or "on 1 December" is this event's, as is
    an attack's, a siege's or an operation's the clause does not date."""
    period = figure.period
    if figure.period_start is not None or period is None:
        return False
    at = figure.sentence.lower().find(period.lower())
    if _SINCE_MONTH_RE.fullmatch(period):
        return True  # "left at least 80 dead since mid-January": a month's beginning
    if _SINCE_DAY_RE.fullmatch(period):
        return True  # "80 deaths in the clashes ... since 16 January", in a text with no date
        # of its own: a day weeks back as far as anyone reading it can tell
    if not _SINCE_CLAUSE_RE.match(period):
        # "since fighting between the ELN and FARC dissidents of the 33rd Front erupted in
        # Catatumbo in January": the clause goes on past the period read
        clause = _SINCE_CLAUSE_RE.match(figure.sentence, at) if at >= 0 else None
        if clause is None or not period.lower().startswith("since"):
            return False
        period = clause.group()
    told = figure.sentence[at : at + len(period) + 30] if at >= 0 else period
    if _YEAR_RE.search(told) is not None:
        return True  # "since the operation began in August 2024"
    if _CLAUSE_TIME_RE.search(told) is not None:
        return False  # "since clashes erupted on Tuesday", "on 1 December"
    return _MONTH_RE.search(told) is not None or _LASTING_RE.match(period) is not None


_LAST_WEEK_RE = rx(r"last\s+week", re.IGNORECASE)
_LONG_DEAD_RE = rx(
    r"\b(?:bodies|remains)\b[^.]*?\b(?:the\s+)?(?:remains|bodies|victims|they)\s+had\s+been\s+"
    r"(?:buried|dead|lying|there)\s+for\s+(?:several|many|some|a\s+few|\d+|two|three|four|five|six)\s+"
    r"(?:months|years)\b|\b(?:bodies|remains)\b[^.]*?\b(?:the\s+)?(?:victims|they|dead)\s+had\s+"
    r"been\s+killed\s+(?:during|in)\b[^.;]{0,80}?\b(?:19|20)\d\d\b"
    r"|\b(?:bodies|remains)\s+of\s+(?:[\w-]+\s+){0,3}?(?:hostages|captives|soldiers|people|victims|"
    r"residents)\s+who\s+(?:were|had\s+been)\s+killed\s+(?:on|in)\s+[^.;]{0,30}?\b(?:19|20)\d\d\b"
    r"|\bmass\s+graves?\b[^.]*?\bkilled\b[^.;]{0,40}?\b(?:during|over)\s+(?:its|their|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:control|occupation|rule|siege|months|years)\b",
    re.IGNORECASE,
)
"""Bodies found of people dead long before: "the remains had been buried for several months",
"the victims had been killed during the Israeli offensive on the city in 2024", "a mass grave
containing 65 bodies, believed to be people killed by the RSF during its months-long control of
the area"."""
_CUMULATIVE_SINCE_RE = rx(
    r"\bcumulative\s+(?:[\w-]+\s+){0,2}?(?:toll|count|total|tally|figures?|number)\b[^.;]{0,60}?"
    r"\bsince\b",
    re.IGNORECASE,
)
"""A count a source keeps since a date or an event: "cumulative count since the ceasefire",
"the Ombudsman's cumulative toll since the offensive began on 16 January"."""


def _cumulative_since(figure: Figure) -> bool:
    """The figure is told after a cumulative count's "since" (not the day's "52 killed in the
    past 24 hours, bringing the cumulative toll since 7 October 2023 to 43,603")."""
    found = _CUMULATIVE_SINCE_RE.search(figure.sentence)
    return found is not None and any(
        n.count == figure.count for n in find_numbers(figure.sentence[found.end() :])
    )


_MOURNED_RE = rx(
    r"\b(?:funerals?|burials?|buried|mourn\w*|memorials?|vigils?|commemorat\w*)\b", re.IGNORECASE
)
"""A sentence of mourning: "the funeral of a girl killed in last week's attack on the city,
which killed 12" recalls that attack's dead, who were news last week."""
_IN_ANSWER_TO_RE = rx(
    r"\b(?:after|following|in\s+(?:response|retaliation|protest)\s+(?:to|for|at|against)|to\s+"
    r"(?:protest|avenge|mourn))\s+(?:the\s+)?(?:killings?|deaths?|murders?|assassinations?)\s+of\b|"
    r"\b(?:was|were|is|as)\s+(?:a\s+)?(?:response|retaliation|reprisal)\s+(?:to|for)\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:attack|strike|bombing|ambush)\s+(?:that|which)\s+(?:killed|wounded|"
    r"injured)\b|\b(?:after|following)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|bombing|ambush|"
    r"raid)\s+last\s+week\b[^.;]{0,80}?\b(?:that|which)\s+(?:killed|wounded|injured|left)\b",
    re.IGNORECASE,
)
"""Today's deed told as the answer to last week's deaths: "declared an armed strike following
the killing of one of its commanders by the military last week", "the strike was a response to
a rocket attack that wounded several American personnel ... last week", "suspended peace talks
following an attack last week on a military base that killed two soldiers"."""
_NEW_DEED_RE = rx(
    r"\b(?:new|fresh|another|further)\s+(?:[\w-]+\s+){0,2}?(?:strikes?|attacks?|shelling|raids?|"
    r"bombings?|assaults?|clashes)\b",
    re.IGNORECASE,
)
"""A new deed told beside the mourning ("..., as a new drone strike on the city killed three
people"): news, whatever the sentence's period."""


def _after_a_follow_up(figure: Figure) -> bool:
    """A figure told after the arrests or charges its sentence reports ("arrested 23 people
    suspected of taking part in last week's clashes, which left 40 dead"); not the new dead
    told before them ("killed 3 gunmen and arrested 5 others ...")."""
    follow = _FOLLOW_UP_RE.search(figure.sentence)
    return follow is not None and any(
        n.count == figure.count for n in find_numbers(figure.sentence[follow.end() :])
    )


_FOLLOW_UP_RE = rx(
    r"\b(?:arrested|detained|charged|arraigned|sentenced|convicted|indicted|apprehended|"
    r"prosecuted)\b",
    re.IGNORECASE,
)
"""Before a figure of last week: the arrests or charges that follow an incident, whose dead
were the news when it happened ("arrested 23 people suspected of taking part in last week's
clashes, which left 40 dead")."""
"""'killed in a drone strike on the village last week': an incident of days before, context
beside a newer one but the news when it is all a text tells."""


_ATTACKERS_OWN = Gate(
    rx(
        r"\b(?:him|her)self\b|\bblew\s+themselves\s+up\b|\b(?:besides|beside|in\s+addition\s+to)\s+"
        r"themselves\b|\bdetonated\s+(?:his|her|their)\b|\bonly\s+fatality\b|\b(?:of\s+the|the|"
        r"both)\s+(?:[\w-]+\s+){0,3}?(?:attackers?|assailants?|aggressors?|gunm[ae]n|bombers?|"
        r"shooters?)\b|\bboth\s+(?:[\w-]+\s+)?(?:terrorists|militants|insurgents|jihadists|bandits|"
        r"raiders)\b|\bof\s+the\s+(?:[\w-]+\s+)?(?:bandits|raiders|terrorists|insurgents|"
        r"jihadists)\b|\b(?:attacker|assailant|gunman|shooter)\s+(?:was\s+)?(?:also\s+|later\s+)?"
        r"(?:shot\s+dead|killed|neutrali[sz]ed|gunned\s+down)\b|\bterrorists?\s+(?:was|were)\s+"
        r"(?:also\s+)?(?:shot\s+dead|killed|neutrali[sz]ed)\s+(?:at\s+the\s+scene|on\s+the\s+spot)\b"
        r"|\bbefore\s+(?:being|they\s+"
        r"were|he\s+was|she\s+was)\s+(?:shot\s+dead|killed|gunned\s+down|neutrali[sz]ed)\b",
        re.IGNORECASE,
    )
)
_REPELLED_RE = rx(
    r"\b(?:push(?:ed|ing)?|drove|driving|beat(?:ing)?)\s+them\s+back\b|"
    r"\b(?:(?:repell?|repuls|foil|thwart)\w*|push(?:ed|ing)?\s+back|beat(?:ing)?\s+back|"
    r"fought\s+off|fend(?:ed|ing)?\s+off)\s+(?:the|an|their|a)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|"
    r"assaults?|raids?|ambush|offensive|incursions?|attackers|assailants|raiders|coup)\b|"
    r"\bexchanged\s+fire\s+with\s+the\s+(?:[\w-]+\s+)?(?:militants|attackers|assailants|gunmen|"
    r"terrorists|insurgents|bandits|miscreants|raiders)\b|\bfollow-?up\s+(?:raid|operation)\b|\b(?:while|when|after)\s+(?:repell?|"
    r"repuls|foil|thwart)\w*|\bcounter-?(?:attack(?:s|ed|ing)?|operations?|offensives?)\b|\b(?:return(?:ed|ing)?|retaliatory)\s+fire\b|"
    r"\b(?:in|during)\s+the\s+(?:(?:military|army's|troops')\s+)?(?:response|riposte|pursuit)\b|"
    r"\bregroup(?:ed|ing)\b[^.;]{0,80}?\b(?:killing|killed)\b|\breturned\s+with\s+reinforcements\b|"
    r"\bin\s+the\s+(?:fighting|gunfight|gun\s+battle|shoot-?out|clashes|exchange\s+of\s+fire|"
    r"firefight)\s+that\s+(?:followed|ensued)\b|\b(?:in|during)\s+the\s+(?:subsequent|ensuing)\s+"
    r"(?:operation|gunfight|gun\s+battle|shoot-?out|clashes|exchange\s+of\s+fire|firefight|"
    r"pursuit|search)\b|\bengaged\s+the\s+(?:[\w-]+\s+)?(?:hoodlums|bandits|attackers|assailants|"
    r"gunmen|terrorists|militants|insurgents|raiders)\s+in\s+an?\s+(?:gun\s+duel|gunfight|"
    r"shoot-?out|firefight|gun\s+battle|exchange\s+of\s+fire)\b|"
    r"\bretaliat(?:ed|ing)\s+by\b|\bin\s+retaliation\b|\bintervened\s+and\s+(?:killed|shot)\b|"
    r"\b(?:involved\s+in|behind)\s+the\s+attack\s+(?:was|were)\s+(?:killed|shot\s+dead|"
    r"neutrali[sz]ed)\s+in\s+an?\s+(?:encounter|gunfight|exchange\s+of\s+fire)\b",
    re.IGNORECASE,
)
"""The defenders' account of the attackers they killed ("its forces killed six insurgents while
repelling the attack", "30 militants were killed in the counter-attack"): the attackers' own
dead, unless another account of an armed side's dead is told beside it."""
"""A sentence where the attackers' own deaths are told ("killing himself and 14 others", "one
of the attackers was shot dead", "the bomber also died", "attacker shot dead")."""


def _attackers_own(figure: Figure) -> bool:
    """The attackers' own dead or wounded: never a part, a repeat or a restatement of their
    victims'."""
    return figure.victims == "militants" and _ATTACKERS_OWN.search(figure.sentence) is not None


_SUSPECTS_DOWN_RE = rx(
    r"\b(?:suspects|attackers|assailants|gunmen|bandits|hoodlums|miscreants)\s+(?:was|were)\s+"
    r"(?:neutrali[sz]ed|shot\s+dead|killed|gunned\s+down)\b",
    re.IGNORECASE,
)
"""The attackers told by a word the victims' classes read as people ("one (1) of the suspects
was neutralised" after the police "repelled the attackers")."""
_ATTACKERS_KILLED_RE = rx(
    r"\W*(?:all\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:attackers|"
    r"assailants|raiders)\s+(?:were\s+)?(?:later\s+|also\s+)?(?:shot\s+dead|killed|"
    r"neutrali[sz]ed|gunned\s+down)\b",
    re.IGNORECASE,
)
"""A sentence of its own that opens on the attackers killed ("Two attackers were killed by
troops", "All six attackers were killed, police said"); not a list that names them beside
their victims ("Six police officers and three gunmen were killed")."""


_BOMBER_WORD_RE = rx(r"\b(?:bombers?|blew|(?:him|her)self|detonat\w*)\b", re.I)
CAMPAIGN_MIN = 100
CAMPAIGN_RATIO = 20


_WAR_LONG = rx(
    r"^(?:as\s+of\b|between\b|.*\bfull[\s-]scale\b|(?:deadliest|bloodiest|worst)\s+month$|monthly\s|"
    r"(?:in|during)\s+the\s+(?:[\w’'-]+\s+){0,2}?(?:war|conflict)$|(?:since|in|during)\b.*\b(?:19|20)\d\d$|"
    r"(?:in|during|over)\s+the\s+(?:\w+\s+)?(?:quarter|half)\b|(?:cumulative|running|overall)\s|"
    r"since\s+the\s+(?:start|beginning|outbreak|onset)\s+of\s+the\s+(?:[\w’'-]+\s+){0,2}?(?:war|"
    r"conflict|fighting|invasion|aggression|insurgency|genocide)|"
    r"since\s+(?:last|the)\s+(?:year|summer|winter|spring|autumn|fall)\b|"
    r"^(?:crisis|war|conflict|insurgency)\s+(?:that|which)\s+(?:began|started|erupted|broke))",
    re.IGNORECASE,
)
"""A period that covers a whole war ("since the full-scale invasion", "as of 1 June 2025",
"between August 2021 and May 2023", "since May 2023", "in June 2021", "since the start of the
war", "since last summer"): its toll is context even when it is all an item tells."""


_MONTH_OR_YEAR_RE = rx(
    r"\b(?:this|last|past|the)\s+(?:month|year)\b|\bsince\s+(?:the\s+start\s+of\s+)?(?:the\s+)?"
    r"(?:month|year)\b|\bso\s+far\s+this\s+(?:month|year)\b",
    re.IGNORECASE,
)
"""A raised toll's period of a month or a year: a running count of many incidents."""


def _campaign_tolls(figures: Sequence[Figure], live: list[int]) -> set[int]:
    """Tolls a new incident raised that are far larger than it: "two soldiers were killed,
    bringing the number killed in the ground offensive to 330" is a campaign's running count,
    context for the two. A raised toll of one incident ("five more died, raising the toll to
    11") is not; nor is a toll with its parts after it ("277 killed, including 2 children")."""
    raised: dict[int, int] = {}
    for i in live:
        whole = figures[i].part_of
        if (
            whole is not None
            and figures[whole].kind == figures[i].kind
            and figures[i].span[1] <= figures[whole].span[0]
        ):
            raised[whole] = raised.get(whole, 0) + figures[i].count
    return {
        w
        for w, told in raised.items()
        if figures[w].cumulative
        and (
            (figures[w].count >= CAMPAIGN_MIN and figures[w].count >= CAMPAIGN_RATIO * told)
            or _MONTH_OR_YEAR_RE.search(figures[w].period or "") is not None
        )
    }  # "killed two civilians ..., bringing the number killed in the region this month to 47"


_HABITUAL_RE = rx(r"\b(?:each|every|per)\s+(?:year|month|week)\b|\bannually\b", re.IGNORECASE)


def _repeats_of_not_conflict(
    figures: Sequence[Figure], live: list[int], reasons: list[str | None]
) -> None:
    """ "Cholera kills 70 ... the ministry recorded 2,700 cases and 70 deaths, after drone
    strikes knocked out the pumps": the body's 70 are the headline's, dead of a disease
    however the body's sentence reads; the same count told twice is one verdict. One victim
    only where the text tells no other ("Village chief shot dead; police eye land dispute", then
    the body's killing over a plot of land; "Man stabbed to death after row outside pub", then
    the body's "A 42-year-old man died after being stabbed")."""
    headline = figures[live[0]].sentence if live else ""
    outside = [
        i
        for i in live
        if reasons[i] == NOT_CONFLICT
        and _HABITUAL_RE.search(figures[i].sentence) is None  # "Disputes over land between
        # herders and farmers kill dozens of people each year": a yearly rate, no repeat
        and (
            figures[i].count > 1
            or (
                len(live) == 2
                and (figures[i].sentence != headline or sentence_conflict(headline) is False)
            )
        )
    ]  # a headline's one victim only when its own words tell the crime ("after row outside pub")
    listed: dict[str, int] = {}  # "shot dead a cashier and a customer": two, of one sentence
    for i in live:
        if (
            reasons[i] == NOT_CONFLICT
            and figures[i].sentence != headline
            and not _DISJOINT.search(figures[i].sentence)
            and _HABITUAL_RE.search(figures[i].sentence) is None
        ):
            listed[figures[i].sentence] = listed.get(figures[i].sentence, 0) + figures[i].count
    if not outside and not listed:
        return
    for i in live:
        if reasons[i] is None and (
            any(
                figures[j].count == figures[i].count
                and not figures[j].vague
                and figures[j].sentence != figures[i].sentence
                and (figures[j].count > 1 or headline in (figures[i].sentence, figures[j].sentence))
                and not _DISJOINT.search(figures[j].sentence)  # "Separately, ... a road
                # accident claimed two lives": another incident
                and not (
                    figures[i].place is not None
                    and figures[j].place is not None
                    and figures[i].place != figures[j].place
                    and _SIDES.get(figures[i].victims) == "armed groups"
                )  # "In Bannu, two militants were killed in retaliatory fire ... In Karachi,
                # two men were shot dead by robbers": another place's dead, of another side
                for j in outside
            )
            or (
                figures[i].sentence == headline
                and figures[i].count > 1
                and figures[i].count in listed.values()
            )
        ):
            reasons[i] = NOT_CONFLICT
    heads = {figures[j].count for j in outside if figures[j].sentence == headline}
    sums: dict[str, int] = {}
    for i in live:  # "Gunmen kill two in Lagos robbery / ... killing a guard and a customer"
        if reasons[i] is None and figures[i].sentence != headline:
            sums[figures[i].sentence] = sums.get(figures[i].sentence, 0) + figures[i].count
    for i in live:
        if (
            reasons[i] is None
            and sums.get(figures[i].sentence, 0) in heads - {1}
            and sum(1 for k in live if figures[k].sentence == figures[i].sentence) > 1
        ):
            reasons[i] = NOT_CONFLICT


def _hurt_beside_a_repeated_accident(
    figures: Sequence[Figure], live: list[int], reasons: list[str | None]
) -> None:
    """ "Three rangers killed as pickup overturns" over "Three paramilitary rangers were killed
    and five injured when their pickup truck skidded off a road": the body's dead are the
    headline's accident's (`_repeats_of_not_conflict`), and so are the injured told with them."""
    if not any(r == NOT_CONFLICT for r in reasons):
        return
    dead: dict[str, list[int]] = {}  # each sentence's dead, read once: linear in the figures
    for k, f in enumerate(figures):
        if f.kind == "killed":
            dead.setdefault(f.sentence, []).append(k)
    for i in live:
        if reasons[i] is not None or not figures[i].conflict:
            continue
        told = dead.get(figures[i].sentence, [])
        if (
            told
            and all(reasons[k] == NOT_CONFLICT for k in told)
            and any(figures[k].conflict for k in told)
        ):
            reasons[i] = NOT_CONFLICT


_OF_THE_INJURED_RE = rx(
    r"(?<![\w,])(?P<n>\d[\d,]*)\s+of\s+(?:the|those)\s+(?:[\d,]+\s+)?(?:injured|wounded|hurt)\b"
    r"(?!\s+(?:had\s+|have\s+|later\s+|then\s+)*(?:died|succumbed))",
    re.IGNORECASE,
)


def _of_the_injured(figures: Sequence[Figure], live: list[int], reasons: list[str | None]) -> None:
    """'More than 400 injured ... 83 of the injured had gunshot wounds': a count of some of
    the wounded told before is a part of them, in whatever sentence."""
    for i in live:
        figure = figures[i]
        if reasons[i] is not None or not any(
            int(m["n"].replace(",", "")) == figure.count
            for m in _OF_THE_INJURED_RE.finditer(figure.sentence)
        ):
            continue
        earlier = [
            j for j in live if j < i and reasons[j] is None and figures[j].count >= figure.count
        ]
        if earlier:
            reasons[i] = f"part of figure {earlier[-1]}"


_STILL_TREATED_RE = rx(
    r"\b(?:remain|remains|remaining|are\s+still|still)\s+(?:[\w-]+\s+){0,2}?(?:injured|wounded|"
    rf"{STILL_TREATED})\b",
    re.IGNORECASE,
)
"""A later count of the wounded still treated: "Nine injured remain under treatment", "26
people remain injured"."""


def _wounded_left(figures: Sequence[Figure], live: list[int], reasons: list[str | None]) -> None:
    """ "Five were killed and 11 injured ... Two more of the injured succumbed, raising the toll
    to seven ... Nine injured remain under treatment": a later, smaller count of the wounded
    still treated is the wounded net of those who died since, when it falls by just as many as
    the dead rose; the earlier count holds those dead too."""
    counts = [f.count for f in figures if f.kind == "killed" and not is_long_run(f)]
    rises = {b - a for x, a in enumerate(counts) for b in counts[x + 1 :] if b > a}
    for j in live:
        later = figures[j]
        if _STILL_TREATED_RE.search(later.sentence) is None:
            continue
        for i in live:
            if (
                i < j
                and reasons[i] is None
                and reasons[j] in (None, f"same claim as figure {i}")
                and figures[i].sentence != later.sentence
                and figures[i].count - later.count in rises
            ):
                reasons[i], reasons[j] = f"same claim as figure {j}", None


def _vague_within(figures: Sequence[Figure], live: list[int], reasons: list[str | None]) -> None:
    """'Drone strike kills dozens ... a doctor counted 26 bodies': a vague amount that a precise
    figure of another sentence meets is that figure, told loosely; not one of a round-up's
    sentence led by another place."""
    precise = [
        j
        for j in live
        if reasons[j] is None and not figures[j].vague and not is_long_run(figures[j])
    ]
    for i in live:
        if (
            reasons[i] is not None
            or not figures[i].vague
            or _attackers_own(figures[i])
            or _told_apart(figures[i])
            or _died_of_wounds(figures, figures[i])
            or _DISJOINT.search(figures[i].sentence)
            or (figures[i].victims == "militants" and _SUSPECTS_DOWN_RE.search(figures[i].sentence))
        ):
            continue  # "several civilians were also killed": further dead, not the 15 again;
            # "Both have since died": the wounded told before, not the dead; "in a separate
            # operation ..., troops killed several terrorists": another incident's
        for j in precise:
            if (
                figures[j].count >= figures[i].count
                and _compatible(figures[i], figures[j])
                and (
                    not _same_sentence(figures[i], figures[j])
                    or _two_sources_told(figures[i], figures[j])
                )
                and not figures[j].added
                and not _CLAIM_RE.search(figures[j].sentence)
                and not _led_by_another_place(figures[i], figures[j])
                and not _struck_back(figures[i], figures[j])  # "its agents killed 'several
                # bandits' during the counter-offensive": the attackers', not their victims
            ):  # a party's claim ("the group claimed to have killed 100") is no one's count
                reasons[i] = f"same as figure {j}"
                break


def _two_sources_told(a: Figure, b: Figure) -> bool:
    """Two sources' accounts in one sentence ("left 'a dozen' inmates dead, authorities said
    initially; in a later statement, the prison authority said at least 17"): the vague one is
    the precise one told loosely, as it would be in two sentences."""
    return a.kind == b.kind and (
        (
            a.source is not None
            and b.source is not None
            and a.source.casefold() != b.source.casefold()
        )
        or _INITIALLY_THEN_LATER_RE.search(a.sentence) is not None
    )


_INITIALLY_THEN_LATER_RE = rx(r"\binitially\b[^.]{0,80}?[;,]\s+(?:[\w-]+\s+){0,3}?later\b", re.I)
"""One sentence of a first account and a later one: "authorities said initially on Monday; in a
later statement, ..."."""


def _led_by_another_place(a: Figure, b: Figure) -> bool:
    """A sentence of a round-up led by a place the other does not name ("In North Kordofan,
    an RSF assault on Bara killed dozens" after a strike in Nyala), or two lines of a brief
    under two heads ("DARAA: ...", "DEIR EZ-ZOR: ..."): another incident."""
    for one, other in ((a, b), (b, a)):
        line = _PLACE_LINE_RE.match(one.sentence)
        if line is not None and line["place"].casefold() not in other.sentence.casefold():
            return True
    heads = [_CAPS_HEAD_RE.match(f.sentence) for f in (a, b)]
    # "DARAA: gunmen shot dead a commander ... DEIR EZ-ZOR: one attacker was killed": a brief
    # by place, each line under its own head (a dateline heads one sentence only)
    return all(heads) and heads[0]["place"] != heads[1]["place"]  # type: ignore[index]


_CAPS_HEAD_RE = rx(r"\W*(?P<place>(?-i:[A-Z][A-Z’'-]+(?:\s+[A-Z][A-Z’'-]+){0,2}))\s*:\s")
"""A place in capitals heading a line of a brief ("IDLIB: Russian airstrikes ...")."""


def _repeats_of_rivals(
    figures: Sequence[Figure], live: list[int], reasons: list[str | None], campaign: set[int]
) -> None:
    """A headline's "kills 20" repeats the higher of two accounts its story gives ("the
    ministry said 18 were killed, while civil defence put the toll at 20"): it is that account,
    and the lower counts. So is a headline's "Taliban claim 58 killed" the claim its story
    tells unconfirmed, and a headline's campaign toll its story tells as one."""
    rivals = [r for r in live if reasons[r] in (DISAGREES, UNCONFIRMED)]
    rivals += [r for r in campaign if reasons[r] == LONG_RUN]
    for i in live:
        if reasons[i] is None and not _is_fatalities_line(figures[i]):
            for r in rivals:
                if (
                    figures[r].count == figures[i].count
                    and _compatible(figures[r], figures[i])
                    and not _same_sentence(figures[r], figures[i])
                ):
                    reasons[i] = reasons[r]  # "... bringing ground op toll to 330" too
                    break


def _implicit_parts(figures: Sequence[Figure], live: list[int], reasons: list[str | None]) -> None:
    """ "Over 20 civilians" within "at least 277 people killed": a part of the first earlier or
    later "people" figure at least as large, of the same country, in another sentence.

    Wholes are found through a running maximum of counts, so a long text with thousands of
    figures is not compared pair by pair.
    """
    sums = _part_sums(figures)
    # a whole whose own breakdown already adds up to it ("18 people were killed - 13 civilians
    # and 5 soldiers") has no room for another sentence's dead
    people = [
        j for j in live if figures[j].victims == "people" and sums.get(j, 0) < figures[j].count
    ]
    if not people:
        return
    wholes_by_country: dict[str | None, tuple[list[int], list[int]]] = {}
    lines = _line_areas(figures, live, continued=True)  # a live page's lines of other places:
    # no parts
    by_sentence: dict[str, set[str]] = {}
    for k in live:
        by_sentence.setdefault(figures[k].sentence, set()).add(figures[k].victims)

    told_together: dict[str, list[Figure]] = {}
    for k in live:
        if figures[k].part_of is None:
            told_together.setdefault(figures[k].sentence, []).append(figures[k])

    def listed_apart(j: int, victims: str) -> bool:
        """Figure j's sentence counts `victims` in a figure of their own."""
        return victims in by_sentence.get(figures[j].sentence, set())

    for i in live:
        part = figures[i]
        if part.victims == "people" or _DISJOINT.search(part.sentence):
            continue  # "In a separate attack, a bomb killed 3 soldiers": no part of another
        if _attackers_own(part):
            continue  # "Bomber kills 14 ... killing himself and 14 others": not one of the 14
        need = part.count
        if part.added and _IN_ADDITION_RE.search(part.sentence):
            continue  # "In addition, 16 attackers ... died": more dead, no part of the 18
        if _strikers_own_hurt(figures, part):
            continue  # "The army said its forces had eliminated three terrorists ..., and that
            # one soldier was lightly wounded": the striker's own wounded, none of its victims
        if part.added and _STAMP_RE.match(part.sentence) and part is figures[live[-1]]:
            continue  # a live page's last line, "09:40 — Another woman wounded": one more
        if part.added:  # "... were also killed": a part only of a whole larger than them all
            need = 1 + sum(
                figures[k].count
                for k in live
                if figures[k].added and figures[k].sentence == part.sentence
            )
        if part.country not in wholes_by_country:
            members = [
                j
                for j in people
                if part.country is None or figures[j].country in (None, part.country)
            ]
            wholes_by_country[part.country] = (
                members,
                list(accumulate((figures[j].count for j in members), max)),
            )
        members, running_max = wholes_by_country[part.country]
        siblings = [f for f in told_together.get(part.sentence, ()) if f.kind == part.kind]
        told_with = (
            sum(f.count for f in siblings)
            if len({f.victims for f in siblings}) == len(siblings) > 1
            and all(f.victims != "people" for f in siblings)
            else 0
        )  # "12 civilians and 3 soldiers were killed, and all five attackers are dead": 20
        for j in members[bisect_left(running_max, need) :]:
            if figures[j].count >= need and not _same_sentence(part, figures[j]):
                if told_with > figures[j].count:
                    continue  # a list of groups larger than that count: no part of it
                if i in lines and j in lines and lines[i] != lines[j]:
                    continue  # "13:10 — in Shebekino, ... 15:45 — in Novaya Tavolzhanka"
                if (
                    part.victims in ("soldiers", "police")
                    and _STAMP_RE.match(part.sentence)
                    and _STAMP_RE.match(figures[j].sentence)
                    and places_disjoint(part, figures[j], contains)
                ):
                    continue  # "08:15 - Three people ... killed when a strike hit a tent in
                    # al-Mawasi ... 10:40 - The military says a soldier was killed during
                    # fighting in northern Gaza": a live page's soldier elsewhere
                if figures[j].count == 1:
                    continue  # one person has no other as a part: "a man ... a woman" are two
                if part.span[0] < figures[j].span[0] and _DISJOINT.search(figures[j].sentence):
                    break  # "... killing 5 civilians. On the same day, a drone hit a market,
                    # killing 8": a later incident's dead (and those after it), none of these
                if listed_apart(j, part.victims):
                    continue  # "killing two soldiers and two civilian porters": not of the two
                if figures[j].added:
                    continue  # "Two of his bodyguards were also killed": further dead, no whole
                if part.added and part.source != figures[j].source:
                    continue  # "Police said 3 were killed. RNDDH said 2 civilians also died"
                if _rival_claim(part, figures[j]):
                    continue  # "the army reported 7 soldiers killed; the militants claimed 35"
                if _DISPUTE_RE.search(figures[j].sentence) or _DISPUTE_RE.search(part.sentence):
                    continue  # "Other sources put the toll at more than 400": an account

                if _struck_back_in(figures, i, j) or any(
                    _struck_back_in(figures, i, k)
                    for k in live
                    if k not in (i, j) and figures[k].kind == part.kind
                ):
                    continue  # "Gunmen killed 11 villagers. Peacekeepers who pursued them
                    # killed 3 CODECO members": the attackers' dead, not their victims (nor
                    # of another source's toll of those victims told between)
                if _killers_own(part, figures[j]):
                    continue  # "An Israeli soldier was killed, the military said ... three
                    # men were killed by Israeli fire": the killers' own dead are not theirs
                if _other_account(part, figures[j], figures):
                    continue  # "a leader put the toll at 42. The army said 40 civilians died"
                if _other_days(part, figures[j]):
                    continue  # "on 5 Feb killed two civilians ... on 7 Feb killing nine"
                if (
                    _LATER_DAY_RE.search(part.sentence)
                    and part.span[0] > figures[j].span[0]
                    and not _LATER_DAY_RE.search(figures[j].sentence)
                ):
                    continue  # "killing three civilians and injuring six. The next morning,
                    # an IED ... killing a 7-year-old girl and injuring two others": a later
                    # day's hurt
                if _led_by_another_place(part, figures[j]):
                    continue  # "BORNO: ... killing five soldiers" beside "BENUE: ... nine"
                if _other_nationals(part, figures[j]):
                    continue  # "Lebanese MoPH: 3 Lebanese killed ... SANA: 2 Syrian soldiers"
                if (
                    _LIST_ITEM_RE.match(figures[j].sentence) or _LIST_ITEM_RE.match(part.sentence)
                ) and places_disjoint(part, figures[j], contains):
                    continue  # "Zamfara: ... killing 9 ... Borno: ...; 4 soldiers ... killed"
                reasons[i] = f"part of figure {j}"
                break
    _rest_of_a_breakdown(figures, live, reasons)


_STRIKE_OPENER_RE = rx(
    r"(?:[A-Z]{2,4}\s*)?[—–-]?\s*(?:An?|Another)\s+(?:[\w-]+\s+)?(?:strike|airstrike|air\s+strike|"
    r"drone\s+strike|missile|shell|rocket|bomb|explosion|blast|attack|raid)\b"
)
"""After a live line's time (and its zone, "07:15 IST -"), a strike of its own."""


def _rival_of_another_nation(figures: Sequence[Figure], i: int) -> bool:
    """A rival figure whose every counterpart in its sentence counts another nation's soldiers
    ("the Taliban said two Afghan border guards were killed, while a Pakistani official said one
    Pakistani soldier was killed"): no rival account, another side's dead."""
    figure = figures[i]
    others = [
        f
        for k, f in enumerate(figures)
        if k != i and f.kind == figure.kind and f.sentence == figure.sentence
    ]
    return bool(others) and all(_other_nations(figure, f) for f in others)


def _nation_of(figure: Figure) -> str | None:
    """The nation of a figure's soldiers or police: by its demonym ("three Afghan border
    guards"), else by its source's ("a Frontier Corps soldier was killed", Pakistani officials
    said)."""
    if figure.victims not in ("soldiers", "police"):
        return None
    if figure.party:
        named = countries_named(figure.party.title())
        return named[0] if named else None
    if figure.source and _FORCES_STRUCK_RE.search(figure.sentence) is None:
        named = countries_named(figure.source)
        return named[0] if len(named) == 1 else None
    return None  # "its forces had destroyed a Ukrainian assault group ..., 'eliminating up to 40
    # servicemen'": the source's kills, not its own dead


_FORCES_STRUCK_RE = rx(
    r"\b(?:its|their|our)\s+(?:own\s+)?(?:forces|troops|units|fighters|army|aircraft|jets)\b|"
    r"\b(?:eliminat\w+|neutrali[sz]\w+|destroy\w+|struck|liquidat\w+)\b",
    re.IGNORECASE,
)


def _other_nations(one: Figure, other: Figure) -> bool:
    """Soldiers of two nations ("The Taliban said three Afghan border guards were killed.
    Pakistani officials said a Frontier Corps soldier was killed"): never the same dead."""
    if one.party is None and other.party is None:
        return False  # two sources' own words: accounts, unless a demonym tells them apart
    mine, theirs = _nation_of(one), _nation_of(other)
    return mine is not None and theirs is not None and mine != theirs


def _strikers_own_hurt(figures: Sequence[Figure], part: Figure) -> bool:
    """Soldiers or police told hurt in the sentence where their own side's source tells the
    militants it killed ("The Israeli army said its forces had eliminated three terrorists who
    opened fire on troops, and that one soldier was lightly wounded"): the striker's own."""
    return (
        part.kind == "injured"
        and part.victims in ("soldiers", "police")
        and part.source is not None
        and any(
            f.sentence == part.sentence
            and f.kind == "killed"
            and f.victims == "militants"
            and f.source == part.source
            for f in figures
        )
    )


def _opens_on_a_strike(sentence: str) -> bool:
    """A live page's line that opens on a strike of its own: "11:50 - A strike on a tent in
    ..."."""
    stamp = _STAMP_RE.match(sentence) if sentence[:1].isdigit() else None
    return stamp is not None and _STRIKE_OPENER_RE.match(sentence, stamp.end()) is not None


def _other_nationals(part: Figure, whole: Figure) -> bool:
    """The part's people are of another nation than those its whole counts ("3 Lebanese
    killed" and "2 Syrian soldiers killed"): not among them."""
    if part.party is None:
        return False
    told = _NATIONALS_RE.search(whole.sentence)
    if told is None or int(told["n"]) != whole.count:
        return False
    mine, theirs = countries_named(told["who"]), countries_named(part.party.title())
    return bool(mine) and bool(theirs) and mine[0] != theirs[0]


_NATIONALS_RE = rx(r"\b(?P<n>\d{1,5})\s+(?P<who>(?-i:[A-Z])[a-z]+(?:i|ian|ese|ish|an|ch))\b")
"""A count of a nation's people: "3 Lebanese", "12 Palestinians"."""
_PART_OF_FIGURE_RE = rx(r"part of figure (\d+)")


def _rest_of_a_breakdown(
    figures: Sequence[Figure], live: list[int], reasons: list[str | None]
) -> None:
    """ "At least five people were killed ..., police said. One elderly man was shot dead in
    his home, and four armed men died in an exchange of fire": a sentence whose counts add up
    to a whole told before, some of them already its parts, is that whole told part by part;
    its count of people is a part too, no other account of the whole. The parts told are
    summed once per sentence, not per figure: a long text holds thousands."""
    told_parts: dict[str, dict[int, int]] = {}  # by sentence, each whole's parts told there
    for i in live:
        found = _PART_OF_FIGURE_RE.fullmatch(reasons[i] or "")
        if found is not None:
            parts = told_parts.setdefault(figures[i].sentence, {})
            whole = int(found.group(1))
            parts[whole] = parts.get(whole, 0) + figures[i].count
    if not told_parts:
        return
    for k in live:
        rest = figures[k]
        if reasons[k] is not None or rest.victims != "people":
            continue
        parts = told_parts.get(rest.sentence, {})
        for whole, told in parts.items():
            if (
                figures[whole].kind == rest.kind
                and figures[whole].sentence != rest.sentence
                and figures[whole].span[0] < rest.span[0]  # the whole told first, then its
                # parts (not a headline's "kills commander and four" over the body's five)
                and told + rest.count == figures[whole].count
            ):
                reasons[k] = f"part of figure {whole}"
                parts[whole] = told + rest.count
                break


_OWN_OF_OURS_RE = rx(
    r"\b(?:one|two|three|four|five|six|\d{1,3})\s+of\s+(?:our|its|their)\s+(?:own\s+)?"
    r"(?:fighters|men|soldiers|troops|forces|members|comrades|mujahideen|mujahidin|personnel|"
    r"guards|officers|policemen)\b",
    re.IGNORECASE,
)
_OUR_FORCES_KILLED_RE = rx(
    r"\b(?:its|our|their)\s+(?:[\w-]+\s+){0,2}?(?:forces|fighters|troops|men|units|"
    r"personnel)\s+(?:had\s+|have\s+)?(?:killed|neutrali[sz]ed|eliminated|shot\s+dead)\b",
    re.IGNORECASE,
)
"""A speaker's forces' deed ("its security forces killed three ISKP members"), beside "One of
our fighters was martyred": the speaker's own dead are no part of the enemies it killed."""


_FORCES_KILLED_RE = rx(
    r"\b(?:troops|soldiers|peacekeepers|police(?:men)?|security\s+forces|army|forces|"
    r"(?:military|army)\s+units?)\b[^.;]{0,60}?\b(?:killed|killing|shot\s+dead|neutrali[sz]\w*)\b|"
    r"\b(?:killed|shot\s+dead|neutrali[sz]ed)\s+by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:soldiers?|"
    r"troops|police(?:m[ae]n)?|officers?|security\s+forces|guards?)\b",
    re.IGNORECASE,
)
"""Forces killing, in either voice: "troops killed three", "were shot dead by a soldier"."""


def _struck_back(part: Figure, whole: Figure) -> bool:
    """`part` counts fighters that the forces who repelled or pursued an attack killed, and
    `whole` the dead of an attack its words give a perpetrator: the attackers' own dead,
    never some of their victims."""
    if part.victims not in ("militants", "fighters") or whole.victims not in _ATTACKED:
        return False
    if _REPELLED_RE.search(part.sentence):
        return True
    if _CLAIM_RE.search(part.sentence):
        return False
    if _ATTACKERS_KILLED_RE.match(part.sentence):  # "Two attackers were killed by troops"
        return _IRREGULARS_RE.search(whole.perpetrator or whole.sentence) is not None
    return (
        (whole.perpetrator is not None and _IRREGULARS_RE.search(whole.perpetrator) is not None)
        or _IRREGULARS_ATTACKED_RE.search(whole.sentence) is not None
    ) and _FORCES_KILLED_RE.search(part.sentence) is not None


_IRREGULARS_ATTACKED_RE = rx(
    r"^\W*(?:[^.:;]{0,80}:\s+)?(?:[\w'(),\u2014\u2013-]+\s+){0,8}?(?:gunm[ae]n|militants|rebels|"
    r"insurgents|attackers|assailants|"
    r"bandits|jihadists|terrorists|militiamen|militias?|raiders|gang\s+members|gangs?)\b"
    r"[^.;]{0,40}?\b(?:attacked|stormed|raided|ambushed|opened\s+fire|struck)\b|"
    r"^\W*(?:[\w'(),\u2014\u2013-]+\s+){0,8}?(?:suicide\s+(?:car\s+|truck\s+)?bomb(?:er)?|car\s+bomb)\b"
    r"[^.;]{0,40}?\b(?:exploded|detonated|blew\s+(?:himself|herself)\s+up|went\s+off)\b",
    re.IGNORECASE,
)
"""A sentence whose subject is the irregulars who attacked ("CODECO militiamen attacked a gold
mining site ..., killing 12 people"), or a suicide bomb that exploded ("A suicide car bomb
exploded at the gate of a hotel, killing at least nine people"): the dead are their victims,
and fighters the forces killed later are the attackers' own."""


_ITS_KILLS_RE = rx(
    r"\bsaid\s+(?:that\s+)?(?:it|they|its\s+[\w-]+|their\s+[\w-]+|the\s+(?:air\s*)?(?:strikes?|"
    r"raids?))\s+(?:had\s+)?killed\b",
    re.IGNORECASE,
)


_STRIKE_RE = rx(
    r"\b(?:air\s*strikes?|strikes?|drones?|shelling|bombardment|bombing|raids?|missiles?)\b",
    re.IGNORECASE,
)


_SAME_STRIKE_RE = rx(
    r"\bin\s+the\s+(?:same\s+)?(?:air\s*strike|strike|raid|attack|bombing|town|village|city)\b"
    r"(?![^.;]{0,40}\b(?:in|near|at)\s+(?-i:[A-Z]))|"
    r"\bsaid\s+(?:that\s+)?the\s+(?:air\s*)?(?:strikes?|raids?)\s+(?:had\s+)?killed\b",
    re.IGNORECASE,
)
"""A claim that points at the strike the text has told ("said it killed five Hamas members in
the strike"), not at fighting of its own elsewhere."""


_OWN_FIGHT_RE = rx(
    r"\b(?:in|near|at)\s+(?:the\s+)?(?-i:[A-Z])|\b(?:clash\w*|fighting|operations?|battles?|"
    r"offensive|raids?|strikes?|attack(?:s|ing)?|ambush\w*)\b",
    re.IGNORECASE,
)


def _names_no_fight(sentence: str) -> bool:
    """A claim that names no place and no fight of its own ("The junta said it killed seven
    PDF members"): of the strike the text has told."""
    return _OWN_FIGHT_RE.search(sentence) is None


def _killers_claims(
    figures: Sequence[Figure], live: list[int], reasons: list[str | None]
) -> list[int]:
    """A side's claim of the fighters its strike killed, beside another source's count of the
    civilians the strike killed, about as many ("Residents said the airstrike killed seven
    civilians. The junta said it killed seven PDF members"): two accounts of one strike's dead,
    of which the lower stands."""
    out = list(live)
    for i in live:
        claim = figures[i]
        if claim.victims not in ("militants", "fighters") or not _ITS_KILLS_RE.search(
            claim.sentence
        ):
            continue
        for k in live:
            other = figures[k]
            if (
                k == i
                or other.sentence == claim.sentence
                or _SIDES.get(other.victims) != "civilians"
                or (other.source or "").lower() == (claim.source or "").lower()
                or 3 * min(other.count, claim.count) < max(other.count, claim.count)
                or not _STRIKE_RE.search(other.sentence)
                or not (_SAME_STRIKE_RE.search(claim.sentence) or _names_no_fight(claim.sentence))
            ):
                continue
            higher, lower = (i, k) if claim.count > other.count else (k, i)
            reasons[higher] = f"same claim as figure {lower}"
            out = [x for x in out if x != higher]
            break
    return out


def _struck_back_in(figures: Sequence[Figure], i: int, j: int) -> bool:
    """`_struck_back(figures[i], figures[j])`, unless the text already counts the attackers
    with the dead, or figure j sums the attack's dead told in another sentence and these
    ("Eight dead as gunmen attack checkpoint. Militants killed five soldiers. Three attackers
    were killed in the return fire": the eight are both, also when one sentence tells both)."""
    part, whole = figures[i], figures[j]
    if not _struck_back(part, whole) or _attackers_counted_apart(figures, i):
        return False
    return not any(
        k not in (i, j)
        and f.kind == whole.kind
        and f.sentence != whole.sentence
        and f.count + part.count <= whole.count
        and not _died_of_wounds(figures, f)  # "one of the wounded ... died of his injuries":
        # one more dead, no part of the attack's six
        for k, f in enumerate(figures)
    )


def _attackers_counted_apart(figures: Sequence[Figure], i: int) -> bool:
    """Another sentence already counts the attackers among its dead ("12 people, including the
    four attackers, were killed", "Five security personnel and four attackers were killed"):
    a later "All four attackers were killed by security forces" tells them again."""
    return any(
        f.sentence != figures[i].sentence and _ATTACKERS_TOLD_RE.search(f.sentence) for f in figures
    )


_ATTACKERS_TOLD_RE = rx(
    r"\b(?:including|included|includes|among\s+(?:them|whom)(?:\s+were)?|of\s+(?:them|whom)|and)"
    r"\s+(?:were\s+)?(?:the\s+|all\s+)?(?:[\w-]+\s+)?"
    r"(?:attackers|assailants|gunmen|militants|rebels|insurgents|bombers|raiders)\b",
    re.IGNORECASE,
)


_ATTACKED = frozenset(("people", "civilians", "children", "women", "aid workers", "medics"))
_IRREGULARS_RE = rx(
    r"\b(?:gunm[ae]n|militants?|rebels?|insurgents?|attackers?|assailants?|bandits?|jihadists?|"
    r"terrorists?|militia\w*|raiders?|extremists?)\b",
    re.IGNORECASE,
)


_CLAIM_RE = rx(r"\bclaim(?:ed|s|ing)?\b", re.IGNORECASE)


def _rival_claim(a: Figure, b: Figure) -> bool:
    """Two sources' accounts, one of them a party's claim: another account of the same dead,
    never a part of it."""
    if not a.source or not b.source or a.source.lower() == b.source.lower():
        return False
    return bool(_CLAIM_RE.search(a.sentence) or _CLAIM_RE.search(b.sentence))


def _headline_of_the_body(
    figures: Sequence[Figure], live: list[int], reasons: list[str | None]
) -> None:
    """ "Four dead as separatists and soldiers clash ... soldiers killed three 'terrorists'. A
    soldier was also killed": the body's figures, further dead among them, add up to the
    headline's; they are its parts."""
    if len(live) < 2:
        return
    first = figures[live[0]].sentence
    if _ROUND_UP_RE.match(first) or _STAMP_RE.match(first):
        return  # no headline: "Myanmar round-up: Junta airstrikes killed 6 people in Myaing."
    heads = [i for i in live if figures[i].sentence == first]
    body = [  # a party's claim is another account, never a part ("The TLP claimed dozens")
        i
        for i in live
        if figures[i].sentence != first and not _CLAIM_RE.search(figures[i].sentence)
    ]
    several = len(heads) == 1 and _SEVERAL_INCIDENTS_RE.search(first) is not None
    if len(heads) != 1 or len(body) < 2 or not (several or any(figures[i].added for i in body)):
        return
    if not several and any(_DISJOINT.search(figures[i].sentence) for i in body):
        return  # "Separately, an armed confrontation ... left two officers and four attackers
        # dead": another incident, no part of the first sentence's six
    head = heads[0]
    named = [  # the body's figures told as parts of the headline's already ("SHO among three")
        k
        for k, f in enumerate(figures)
        if reasons[k] == f"part of figure {head}" and f.kind == figures[head].kind
    ]
    if not several and len({_SIDES.get(figures[i].victims) for i in (*body, *named)}) < 2:
        return  # the parts of a headline's sum are the two sides of the fight (or, under
        # "21 killed in twin attacks", the attacks' dead)
    if sum(figures[i].count for i in (*body, *named)) == figures[head].count:
        for i in body:
            reasons[i] = f"part of figure {head}"


_SEVERAL_INCIDENTS_RE = rx(
    r"\b(?:twin|two|three|four|multiple|separate|simultaneous|coordinated|series\s+of)\s+"
    r"(?:[\w-]+\s+)?(?:attacks|ambushes|strikes|air\s*strikes|raids|bombings|blasts|explosions|"
    r"assaults)\b",
    re.IGNORECASE,
)
"""A headline that counts the dead of several incidents its body tells one by one."""
_ROUND_UP_RE = rx(
    r"[^.:\n]{0,40}\b(?:round-?up|digest|overview|briefing|wrap)\b[^.:\n]{0,30}:", re.IGNORECASE
)
"""A round-up's kicker: its first sentence is its first incident, no headline over the rest."""


def _other_account(part: Figure, whole: Figure, figures: Sequence[Figure]) -> bool:
    """Another source's count of nearly the same dead: most of the whole, or fighters where the
    whole's source speaks of civilians, told by someone else. An account, never a part (the
    words of a part, "among them", "including", are read where parts are linked)."""
    if (
        not part.source
        and whole.source
        and part.span[0] < whole.span[0]
        and _PUT_AT_RE.search(whole.sentence)
    ):
        return 2 * part.count > whole.count  # "At least 18 civilians were killed by ADF rebels
        # ... Local civil society puts the toll at 23": the civil society's count of them
    if not part.source or not whole.source or part.source.lower() == whole.source.lower():
        return False
    if _TOLD_THE_TOLL_RE.search(whole.sentence):
        return True  # "Local residents ... told AFP the toll was 44": another count of them
    if part.span[0] < whole.span[0] and _PUT_AT_RE.search(whole.sentence):
        return 2 * part.count >= whole.count  # "killing three Syrian soldiers ..., Syrian state
        # media said. The Syrian Observatory ... put the death toll at six": its count of them
    if (
        part.victims in ("militants", "fighters")
        and 4 * part.count > whole.count
        and not any(f.part_of is not None and figures[f.part_of] is whole for f in figures)
        and any(
            f.count == whole.count and f.kind == whole.kind and _CIVILIANS_RE.search(f.sentence)
            for f in figures
        )
    ):
        return True  # "the Taliban said those killed were women and children" / "20 militants"
    return 2 * part.count > whole.count


_TOLD_THE_TOLL_RE = rx(
    r"\b(?:told\s+(?:[\w’'-]+\s+){1,3}?|said\s+|say\s+|says\s+)(?:that\s+)?the\s+(?:death\s+)?"
    r"toll\s+(?:was|is|stood\s+at|"
    r"had\s+reached)\b",
    re.IGNORECASE,
)
_CIVILIANS_RE = rx(r"\b(?:civilians?|women|children|refugees|villagers)\b", re.I)


def _repeats(figures: Sequence[Figure], live: list[int], reasons: list[str | None]) -> None:
    """The same claim said twice (headline and body) counts once: a figure repeats the first
    earlier figure of its count, compatible victims and another sentence."""
    firsts: dict[int, list[int]] = {}
    others: dict[str, int] = {}  # figures of each sentence, and those of named victims
    for i in live:
        named = figures[i].victims != "people"
        others[figures[i].sentence] = others.get(figures[i].sentence, 0) + 1 + 1000 * named
    attackers = {i for i in live if _attackers_own(figures[i])}  # read once, not per pair
    headline = figures[live[0]].sentence if live else ""
    lines = _line_areas(figures, live)
    for i in live:
        earlier = firsts.setdefault(figures[i].count, [])
        for n, j in enumerate(earlier):
            if i in lines and j in lines and lines[i] != lines[j]:
                continue  # a live page's lines of two places: two incidents
            if _led_by_another_place(figures[i], figures[j]):
                continue  # "In Dori, ...": a round-up's other place
            if _struck_by_two_sides(figures[i], figures[j]):
                continue  # "Pakistani shelling ... injured 57"; "Indian strikes ... wounded 57"
            if (i in attackers) != (j in attackers) and not (
                _SIDES.get(figures[i].victims) == _SIDES.get(figures[j].victims) == "armed groups"
            ):
                continue  # the attackers' dead are no repeat of their victims', but of theirs
            if figures[j].added or (
                figures[i].added and not _headline_told(figures, live, i, j, reasons)
            ):
                continue  # "were also killed": further dead, never a repeat
            if (
                figures[i].update
                and LINE_STAMP_RE.match(figures[i].sentence)
                and any(
                    j < k < i
                    and figures[k].kind == figures[i].kind
                    and figures[k].count != figures[i].count
                    for k in live
                )
            ):
                continue  # "11:20 ... three civilians killed. 12:05 ... Baza reports five dead.
                # 14:30 Gladkov's updated report: three people killed": the toll as updated,
                # no repeat of the first line
            armed = (
                _SIDES.get(figures[i].victims) == _SIDES.get(figures[j].victims) == "armed groups"
            )  # "kill 40 fighters" over "killing 40 of the insurgents"
            if (
                (_compatible(figures[i], figures[j]) or armed)
                and not _same_sentence(figures[i], figures[j])
                and not _other_days(figures[i], figures[j])
                and not (
                    _DISJOINT.search(figures[i].sentence)
                    and (
                        figures[j].sentence != headline
                        or _STAMP_RE.match(figures[i].sentence)
                        or (
                            not _a_headline_over(figures, figures[j])
                            and _OPENS_APART_RE.match(figures[i].sentence) is not None
                        )
                    )
                )  # "Separately, a rocket ... killed a" is no repeat of the body's one man, nor
                # of a live page's first stamped line, nor of a first sentence that is no
                # headline
            ):
                if _fuller(figures, i, j, others) or (
                    figures[i].source
                    and not figures[j].source
                    and others[figures[j].sentence] % 1000 == 1  # the headline's only figure
                ):
                    # "Bomber kills 14" then "killing himself and 14 others": the fuller
                    # sentence keeps the figure, so its other dead are not left alone.
                    reasons[j] = f"same as figure {i}"
                    earlier[n] = i
                else:
                    reasons[i] = f"same as figure {j}"
                break
        else:
            earlier.append(i)


def _other_days(a: Figure, b: Figure) -> bool:
    """Two figures dated to different days of the same kind of date ("on 3 Feb", "on 7 Feb";
    "on Monday", "on Wednesday"): two incidents, neither a part nor a repeat of the other. A
    running toll may restate an earlier day's dead, so it is never apart by its day."""
    return (
        a.day is not None
        and b.day is not None
        and a.day != b.day
        and a.day[0].isdigit() == b.day[0].isdigit()
        and not (a.cumulative or b.cumulative or a.update or b.update)
    )


def _headline_of_a_part(
    figures: Sequence[Figure], live: list[int], reasons: list[str | None]
) -> None:
    """A headline's count that the body tells as a part of its toll ("Family of 11 killed as
    raids kill 31 across Gaza" over "31 were killed, including 11 members of the family") is
    that part, not more dead."""
    if len(live) < 2:
        return
    head = figures[live[0]].sentence
    if (
        head.rstrip().endswith((".", "!", "?", ";"))
        or sum(figures[i].sentence == head for i in live) < 2
    ):
        return  # no headline, or one with one count (weighed by the other rules)
    heads = [i for i in live if figures[i].sentence == head]
    for i in heads:
        if reasons[i] is not None:
            continue
        totals = {figures[k].count for k in heads if k > i and figures[k].kind == figures[i].kind}
        # the part first ("Family of 11 killed as raids kill 31"), not a list ("9 in X, 3 in Y")
        part = next(
            (
                j
                for j, f in enumerate(figures)
                if f.sentence != head
                and f.kind == figures[i].kind
                and f.count == figures[i].count
                and f.victims == figures[i].victims
                and (reasons[j] or "").startswith("part of figure ")
                and figures[int((reasons[j] or "").rsplit(" ", 1)[1])].count in totals
            ),
            None,
        )  # the body's part of a whole the headline also tells
        if part is not None:
            reasons[i] = f"same as figure {part}"


def _incidents_of_other_days(
    figures: Sequence[Figure], live: list[int], reasons: list[str | None]
) -> None:
    """ "fighting near Minova on 3 Feb killed 11 ... ADF rebels on 7 Feb raided Mayba, killing
    nine": a digest's incidents of other days add, though the largest sentence stands for the
    others of one incident."""
    for i in live:
        why = reasons[i]
        if why is None or not why.startswith("same claim as figure "):
            continue
        kept = int(why.rpartition(" ")[2])
        if _other_days(figures[i], figures[kept]) and not figures[i].rival:
            reasons[i] = None


def _headline_told(
    figures: Sequence[Figure], live: list[int], i: int, j: int, reasons: list[str | None]
) -> bool:
    """ "31 Maoists killed ..., two jawans dead" over "Two jawans were also killed": the
    further dead of the body are the headline's, when the headline's figure of those named
    victims is in the text's first sentence and no other figure repeats it."""
    first = figures[live[0]].sentence
    return (
        figures[j].sentence == first
        and figures[i].sentence != first
        and figures[i].victims == figures[j].victims != "people"
        and not any(reasons[k] == f"same as figure {j}" for k in live)
    )


def _rounded_repeats(figures: Sequence[Figure], live: list[int], reasons: list[str | None]) -> None:
    """ "RSF attack kills over 100" over "104 people were killed": a count told as "over N" that
    a precise count a little above N in another sentence meets is that count, rounded down."""
    for i in live:
        low = figures[i]
        if low.qualifier not in ("over", "nearly", "about") or low.count < 10:
            continue
        for j in live:
            high = figures[j]
            if (
                j != i
                and high.kind == low.kind
                and (
                    high.qualifier is None
                    or (low.qualifier != "over" and high.qualifier == "at least")
                )
                and _near_the_round(low, high.count)
                and (low.qualifier == "over" or low.span[0] < high.span[0])  # "Nearly 20 killed"
                # over "At least 19 people were killed"; not a later line's "about 2,800"
                and _compatible(low, high)
                and not _same_sentence(low, high)
                and not (
                    low.sentence.rstrip().endswith((".", ";", "'", '"', "”", "’"))
                    and low.source
                    and high.source
                    and _distinct_sources({low.source.lower(), high.source.lower()})
                )  # "a committee said more than 100; the council put the toll at 104": accounts
            ):
                reasons[i] = f"same as figure {j}"
                break


def _near_the_round(low: Figure, count: int) -> bool:
    """A precise count that a rounded one tells: a little above "over 100", a little below
    "nearly 20", or either side of "about 50"."""
    if low.qualifier == "over":
        return low.count < count <= low.count * 6 // 5
    if low.qualifier == "nearly":
        return low.count * 5 // 6 <= count < low.count
    return low.count * 9 // 10 <= count <= low.count * 11 // 10 and count != low.count


def _fuller(figures: Sequence[Figure], i: int, j: int, others: dict[str, int]) -> bool:
    """Figure i's sentence tells more dead than figure j's, which tells only j: besides i it
    has a figure of named victims (the bomber "himself", "two soldiers")."""
    mine = others[figures[i].sentence] - 1 - 1000 * (figures[i].victims != "people")
    theirs = others[figures[j].sentence] - 1 - 1000 * (figures[j].victims != "people")
    return theirs == 0 and mine >= 1


def _same_sentence(a: Figure, b: Figure) -> bool:
    """Two figures of one sentence ("a village head and his son") are two claims, not one
    said twice; a title repeated word for word in the body is two sentences."""
    return a.sentence == b.sentence and abs(a.span[0] - b.span[0]) < len(a.sentence)


def _part_sums(figures: Sequence[Figure]) -> dict[int, int]:
    """The sum of each whole's explicit parts of its own kind, computed once per text."""
    sums: dict[int, int] = {}
    for figure in figures:
        whole = figure.part_of
        if figure.past:
            continue  # "initially spoke of 80 dead ... revised the toll to 40": history
        if whole is not None and figures[whole].kind == figure.kind:
            sums[whole] = sums.get(whole, 0) + figure.count
    return sums


def _value(figures: Sequence[Figure], index: int, sums: dict[int, int]) -> int:
    """A whole's count, raised to the sum of its explicit parts when that is larger."""
    return max(figures[index].count, sums.get(index, 0))


_EARLIER_OPENER_RE = rx(
    r"\W*Earlier(?:\s+(?:today|on\s+(?-i:[A-Z])[a-z]+|that\s+day|in\s+the\s+(?:day|morning|evening)))?,\s"
)


_EARLIER_ACCOUNT_RE = rx(
    r"\b(?:toll|tally|figure|count)\b|\bhad\s+(?:put|said|reported|given|told|announced)\b",
    re.IGNORECASE,
)


def _earlier_elsewhere(figures: Sequence[Figure], live: list[int], i: int) -> bool:
    """ "Earlier, Russian forces struck Sloviansk ..., injuring 3 people" after Kramatorsk's
    dead and wounded: an earlier incident in another town, whose figures add."""
    figure = figures[i]
    if figure.place is None or not _EARLIER_OPENER_RE.match(figure.sentence):
        return False
    if _EARLIER_ACCOUNT_RE.search(figure.sentence):
        return False  # "Earlier, the ministry had put the toll at 38": an older count
    others = [figures[k] for k in live if figures[k].sentence != figure.sentence]
    return bool(others) and all(
        o.place is not None
        and o.place != figure.place
        and not contains(o.place, figure.place)
        and not contains(figure.place, o.place)
        for o in others
    )


_SAME_STRIKES_RE = rx(
    r"\b(?:said|says|claimed|claims|insisted|maintained)\s+(?:that\s+)?the\s+same\s+(?:[\w-]+\s+)?"
    r"(?:strikes?|airstrikes?|attacks?|raids?|operation|shelling)\s+(?:had\s+|have\s+)?['‘\"“]?"
    r"(?:hit|struck|targeted|killed|neutrali[sz]ed|eliminated)\b"
    r"|\b(?:reported|described|acknowledged)\s+the\s+same\s+(?:[\w-]+\s+)?(?:strikes?|"
    r"airstrikes?|attacks?|raids?|operation|shelling)\b"
    r"|\bdenied\s+(?:the|that|this)\s+(?:figure|toll|count|claim|number)\s*,?\s+saying\b"
    r"|\b(?:said|says|claimed|claims|insisted|maintained)\s+(?:in\s+a\s+statement\s+)?(?:that\s+)?"
    r"the\s+(?:drone\s+|air\s+)?(?:strike|airstrike|raid|attack)\s+had\s+(?:hit|struck|targeted)\b",
    re.IGNORECASE,
)
"""Another source's account of the strikes told before: "said the same strikes had hit
hideouts", "reported the same strike on Wednesday, saying five 'terrorists' had died", "denied
the figure, saying four of its members had died", "said in a statement that the strike had hit a
group of terrorists at the market, killing 7 of them"."""


_IN_THE_SAME_RE = rx(
    r"\b(?:in|from|during|by|of)\s+the\s+same\s+(?:[\w-]+\s+)?(?:strikes?|airstrikes?|"
    r"attacks?|raids?|operation|shelling|bombing|assault|incident|ambush|clash(?:es)?)\b",
    re.IGNORECASE,
)
"""A source's own count of the dead "in the same operation" or "from the same strike" another
source counted before."""


def _same_strikes_told_otherwise(
    figures: Sequence[Figure], live: list[int], reasons: list[str | None]
) -> None:
    """ "Pakistani air strikes ... killed eight civilians, a Taliban spokesman said. A Pakistani
    security official said the same strikes had hit hideouts ..., killing at least 20 militants
    and no civilians": two accounts of the same strikes' dead, whoever they were; the lower
    stands."""
    for i in live:
        told = figures[i]
        if reasons[i] is not None:
            continue
        if not _SAME_STRIKES_RE.search(told.sentence) and (
            told.update or told.source is None or not _IN_THE_SAME_RE.search(told.sentence)
        ):
            continue
        others = [
            k
            for k in live
            if k != i
            and reasons[k] is None
            and figures[k].sentence != told.sentence
            and figures[k].span[0] < told.span[0]
            and figures[k].part_of is None
        ]
        if len({figures[k].sentence for k in others}) > 1 and told.place is not None:
            others = [k for k in others if figures[k].place == told.place]  # "3 militiamen were
            # killed in an ambush east of Homs. Meanwhile, ... strikes in Masyaf countryside,
            # killing 14 ... SOHR documented 18 deaths in the same strikes": Masyaf's
        if len({figures[k].sentence for k in others}) != 1:
            continue
        if not _SAME_STRIKES_RE.search(told.sentence) and (
            told.added or not all(_same_victims([told], [figures[k]], strict=True) for k in others)
        ):
            continue  # "10 gang members were killed in the same operation": other dead
        lower = min([i, *others], key=lambda k: (figures[k].count, k))
        for k in [i, *others]:
            if k != lower:
                reasons[k] = f"same claim as figure {lower}"


def _keep_largest_per_country(
    figures: Sequence[Figure], live: list[int], reasons: list[str | None]
) -> None:
    """Across sentences of one country the largest sentence total stands for the others."""
    sums = _part_sums(figures)
    live = [
        i
        for i in live
        if not _DISJOINT.search(figures[i].sentence) and not _earlier_elsewhere(figures, live, i)
    ]
    listed = _listed_by_place(figures, live)
    summary = {
        i
        for i in listed
        if _SUMMING_RE.search(figures[i].sentence)
        and figures[i].count
        == sum(figures[k].count for k in listed if figures[k].sentence != figures[i].sentence)
    }  # "Kyiv Independent: Russian attacks killed six ... across Ukraine. Donetsk Oblast: three
    # killed. ...": the lines' sum under a head that names no place
    if summary and len(listed - summary) >= 2:
        listed -= summary
    if listed:
        _place_updates(figures, live, listed, reasons)
        live = [i for i in live if reasons[i] is None]
        dated = {
            i
            for i in live
            if i not in listed and all(_other_days(figures[i], figures[k]) for k in listed)
        }  # "In Mali, ... on 13 May, killing 7 soldiers. On 15 May, Malian forces ... killed an
        # estimated 11 civilians": another day's incident among the lines, no summary of them
        listed_sides = {_SIDES.get(figures[k].victims) for k in listed}
        dated |= {
            i
            for i in live
            if i not in listed
            and _SIDES.get(figures[i].victims) == "state forces"
            and listed_sides == {"armed groups"}
        }  # "In the North East, troops ... killed 47 terrorists ... In the North West, ... 28
        # bandits ... Regrettably, two soldiers paid the supreme price": the troops' own dead
        listed |= dated
        rest = [i for i in live if i not in listed]
        rest_total = sum(_value(figures, i, sums) for i in _largest(figures, rest, sums))
        inside = _cut_lines(figures, listed, rest)
        if inside:
            listed = listed | set(rest)  # each its own place's line, as below
            rest = []
        if not inside and rest_total > sum(_value(figures, i, sums) for i in listed):
            live = rest  # a summary larger than the list it heads stands for it
            for i in listed:
                reasons[i] = "same claim as the summary"
        else:
            live = [i for i in live if i in listed]  # each line is a place of its own
            for i in rest:
                reasons[i] = "same claim as the list by place"
            _updates_of_a_place(figures, live, reasons)
            return
    attackers = [i for i in live if _attackers_own(figures[i])]
    own = {figures[i].sentence for i in attackers}
    including = (
        [
            i
            for i in range(len(figures))
            if i not in attackers
            and figures[i].kind == figures[live[0]].kind
            and (i in live or (reasons[i] or "").startswith("same as figure"))
            and (
                (figures[i].sentence not in own and _BOMBER_INCLUDED_RE.search(figures[i].sentence))
                or _INCLUDING_SELF_RE.search(figures[i].sentence)
            )
        ]
        if live
        else []
    )  # "... killing 12 people. Police said the toll of 12 included the bombers"
    if attackers and including:  # "6 people were killed in total, including ... the bomber"
        for i in attackers:
            reasons[i] = f"part of figure {including[0]}"
        live = [i for i in live if i not in attackers]
        attackers = []
    repelled = [
        i
        for i in live
        if i not in attackers
        and (
            (
                (
                    figures[i].victims == "militants"
                    or (
                        figures[i].victims == "people"
                        and _SUSPECTS_DOWN_RE.search(figures[i].sentence) is not None
                    )
                )
                and _REPELLED_RE.search(figures[i].sentence)
            )
            or any(_struck_back_in(figures, i, k) for k in live if k != i)
        )
    ]
    if repelled and not any(
        _SIDES.get(figures[i].victims) == "armed groups"
        for i in live
        if i not in repelled and i not in attackers
    ):
        attackers += repelled
    live = [i for i in live if i not in attackers] if attackers else live
    live = _killers_claims(figures, live, reasons)
    strikers_hurt = {i for i in live if _strikers_own_hurt(figures, figures[i])}
    if len(strikers_hurt) < len(live):  # the striker's own wounded: no account of the others
        live = [i for i in live if i not in strikers_hurt]
    else:
        strikers_hurt = set()
    sides = _sides(figures, live, reasons)
    # further dead told apart ("two more", "was also killed") add whatever their side
    generic = any(sides[i] is None for i in live if not _told_apart(figures[i]))
    keep: set[int] = set()
    for side in {None if generic else sides[i] for i in live}:
        members = [i for i in live if generic or sides[i] == side]
        keep |= _largest(figures, members, sums)
    if attackers:  # one account of the attackers' own dead: the largest sentence's
        by_sentence: dict[str, list[int]] = {}
        for i in attackers:
            by_sentence.setdefault(figures[i].sentence, []).append(i)

        def weight(members: list[int]) -> tuple[int, int]:
            return sum(figures[i].count for i in members), -members[0]

        best: list[int] = max(by_sentence.values(), key=weight)
        keep.update(best)
        if not _BOMBER_WORD_RE.search(figures[best[0]].sentence):
            # "a bomber blew himself up ... Three of the gunmen were shot dead": the bomber is
            # not one of the gunmen
            keep.update(
                i
                for i in attackers
                if figures[i].count == 1
                and (
                    SELF_DETONATION_RE.search(figures[i].sentence)
                    or _BOMBER_WORD_RE.search(figures[i].sentence)
                )
            )  # "The bomber was also killed. In a follow-up operation, security forces killed
            # three other militants": four of the attackers' side
        live = live + attackers
    keep |= strikers_hurt
    keep |= {
        i for i in live if keep and all(_other_nations(figures[i], figures[k]) for k in keep)
    }  # "three Afghan border guards were killed ... a Frontier Corps soldier was killed"
    keep |= {i for i in live if any(_killers_own(figures[i], figures[k]) for k in keep)}
    keep |= {i for i in live if any(_other_nationals(figures[i], figures[k]) for k in keep)}
    keep |= {
        i
        for i in live
        if keep
        and (
            _opens_on_a_strike(figures[i].sentence)
            or (
                figures[i].victims in ("soldiers", "police")
                and _STAMP_RE.match(figures[i].sentence) is not None
            )
        )
        and figures[i].place is not None
        and all(
            _STAMP_RE.match(figures[k].sentence)
            and figures[k].sentence != figures[i].sentence
            and places_disjoint(figures[i], figures[k], contains)
            for k in keep
        )
    }  # "06:30 - ... a strike hit a house in Nuseirat ... 11:50 - A strike on a tent in
    # al-Mawasi, west of Khan Younis, killed a man and his son": a live page's line of another
    # strike in another place
    own_places = {
        i
        for i in live
        if keep
        and figures[i].place is not None
        and figures[i].source is not None  # "..., the governor there said": told by its own
        and (line := _PLACE_LINE_RE.match(figures[i].sentence)) is not None
        and line["place"].casefold() == (figures[i].place or "").casefold()
        and all(
            figures[k].sentence != figures[i].sentence
            and figures[k].place is not None
            and _WIDE_AREA_RE.search(figures[k].sentence) is None
            and places_disjoint(figures[i], figures[k], contains)
            for k in keep
        )
    }  # "... killed in a block of flats in Ramenskoye, the Moscow region governor said. In Tula
    # region, one person was injured by falling debris": a sentence opening on a place of its
    # own, apart from every place told before, is another incident
    told = {figures[i].sentence for i in own_places}
    if own_places and not any(
        sum(f.count for f in figures if f.sentence in told and f.kind == figures[k].kind)
        == figures[k].count
        for k in keep
    ):  # not "Shelling killed 15 people in Khartoum. In Omdurman, six died, and in Bahri
        # nine": the places' dead add up to the toll, its parts
        keep |= own_places
    for i in live:
        if i not in keep:
            winner = (
                min(keep, key=lambda k: (_attackers_own(figures[k]), abs(k - i))) if keep else i
            )  # the nearest account that stands, not the attackers' own dead beside it
            reasons[i] = f"same claim as figure {winner}"


_WIDE_AREA_RE = rx(r"\b(?:across|throughout|nationwide)\b", re.IGNORECASE)
"""A toll over a wide area ("across the Gaza Strip since dawn, including 19 in al-Mawasi"),
whatever place its parts name: a later place of its own may lie inside it."""
_BOMBER_INCLUDED_RE = rx(
    r"(?:(?<!\bnot\s)(?<!\bwithout\s)\b(?:including|among\s+them|among\s+whom|counting)|"
    r"\b(?:toll|tally|figure|count|number)\s+"
    r"(?:of\s+[\d,]+\s+)?(?:includes?|included))\b"
    r"(?:(?!\b(?:when|as|after|were|was|while|who|which|by)\b)[^.;]){0,80}?\b(?:the|a|"
    r"both|all)\s+(?:(?:two|three|four|five|six|\d+)\s+)?(?:suicide\s+)?(?:bombers?|attackers?|"
    r"assailants?)\b",
    re.IGNORECASE,
)
"""A toll that says it has the bombers in it: "including the bomber", "The toll of 14 includes
the two bombers", "left 14 dead, counting the bombers"."""
_INCLUDING_SELF_RE = rx(
    r"(?<!\bnot\s)\bincluding\s+(?:himself|herself|themselves)\b", re.IGNORECASE
)
"""A toll of a bomber's sentence that counts the bomber ("killing nine people including
himself")."""
_LIST_ITEM_RE = rx(
    r"\s*(?:[-•*–—]\s*)?(?:\d{1,2}\s+(?-i:[A-Z])[a-z]+\.?,\s+)?"
    r"(?P<place>[A-Z][\w’'.-]*(?:,?\s+[A-Z\w][\w’'.-]*){0,4}?)"
    r"(?:\s*\((?![A-Z]{2,6}\)|Reuters\)|AFP\))[A-Z][^()\d]{0,40}\))?\s*(?::|\s[–—-])\s+(?=\S)"
)
"""A line of a statement's list by place: "Bilopillia community: a man was killed", "- Kupiansk:
...", "Sviatoshynskyi district – 3 people were killed", "– 2 April, Lubero: ..."."""
_REGION_ITEM_RE = rx(
    r"\s*In\s+(?:the\s+)?(?:(?:village|town|city|settlement|hromada|community|area)\s+of\s+)?"
    r"(?!(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"Addition|Total|Response|Return|Short|Brief|Particular|Contrast|Turn|Fact|Practice)\b)"
    r"(?P<place>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}(?:\s+(?i:oblast|region|province|state|"
    r"governorate|district|county|prefecture|countryside|area|camp|city))?)"
    r"(?:\s*\((?-i:[A-Z])[^()\d]{0,30}\))?\s*,"
)
_KICKER_RE = rx(
    r"\s*(?:[A-Z][\w’'.-]*\s+){0,3}(?i:round-?up|digest|briefing|wrap|live|in\s+brief|briefly|"
    r"overview)(?:,\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?)?(?:\s*\([^()]{1,40}\))?\s*:\s+"
    r"|\s*(?-i:[A-Z])[\w’'-]*(?:\s+[\w’'-]+){0,5}\s*:\s+(?=In\s+(?-i:[A-Z]))"
    r"|\s*(?-i:[A-Z])[^:;.!?\n]{0,80}?(?i:week|overview|excerpt|summary|update)[^:;.!?\n]{0,40}?:\s+"
    r"(?=In\s+(?-i:[A-Z]))"
)
"""A round-up's kicker before its first item: "Nigeria round-up: In Benue, gunmen ...", "In
brief: In Kherson, ...", "Weekend violence across Nigeria: In Plateau, ...", "Regional
Overview, Sahel (week of 14-20 September): In Mali, ..."."""
"""A sentence of a round-up that opens on its region: "In Kherson Oblast, Russian attacks
killed one person"."""
_DATED_ITEM_RE = rx(
    r"\s*[-•*–—]\s*(?:(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:,?\s+\d{4})?"
    r"|\d{1,2}[:.]\d{2}\s+[^:;]{2,60})\s*:\s+"
)
_TIMED_PLACE_RE = rx(
    r"\s*\d{1,2}[:.]\d{2}\s+(?P<place>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s*:\s+"
)
"""A line of a live page by time and place: "08:50 Kherson: a woman was killed"."""
"""A line of a list of incidents by date: "- 13 Jan: RSF shelling of Karari, 3 killed"."""
_NUMBERED_ITEM_RE = rx(r"\s*(?:\(\d{1,2}\)|\d{1,2}[.)](?=\s)|[•▪●◦]|[-*](?=\s))\s*(?=\S)")
"""A line of a numbered or bulleted round-up: "(1) ISWAP raid on army base - 5 troops killed",
"• ADF attack on Masala - 41 civilians killed", "- In Kharkiv, a glide bomb ...": each is an
incident of its own."""
_NOT_A_PLACE = frozenset(
    ("breaking", "update", "updated", "live", "watch", "video", "exclusive", "total", "overall",
     "altogether", "in total", "totals", "headline", "standfirst", "subheadline", "subhead",
     "strapline", "dek", "lede", "lead", "summary", "title", "caption", "teaser")
)  # fmt: skip
"""Words that open a line but name no place: a kicker, the label of a story's part
("Headline: ...", "Standfirst: ...": one story told twice), or the list's own total ("Total
across the city: 28 dead"), which is the summary the lines are weighed against."""


_SUMMING_RE = rx(r"\b(?:total|overall|in\s+all|altogether|across|combined)\b", re.IGNORECASE)


def _cut_lines(figures: Sequence[Figure], listed: set[int], rest: list[int]) -> bool:
    """The figures of a list by place left out of its lines are the rest of lines its
    semicolons cut ("2. Borno: ... repelled; 4 soldiers and 11 insurgents killed"), no summary
    heading or closing the list."""
    first = min(figures[i].span[0] for i in listed)
    heads = {place for i in listed if (place := figures[i].place) is not None}
    return bool(rest) and all(
        figures[i].span[0] > first and _a_line_of_its_own(figures[i], heads) for i in rest
    )


def _a_line_of_its_own(figure: Figure, heads: set[str]) -> bool:
    """A figure of a place no line of the list names, none of them inside it, in no words of a
    sum: the rest of a line whose head its semicolon cut off."""
    place = figure.place
    return (
        place is not None
        and place not in heads
        and not any(contains(place, head) for head in heads)
        and _SUMMING_RE.search(figure.sentence) is None
    )


def _listed_by_place(figures: Sequence[Figure], live: list[int]) -> set[int]:
    """The figures of a list by place: lines that each begin with a place of their own, two or
    more of them. Their dead are of different places and add up."""
    places: dict[str, set[int]] = {}
    sourced: dict[str, set[int]] = {}  # lines that open on their source: accounts, or a list
    officials: dict[str, set[int]] = {}  # heads naming a place and who speaks for it
    dateds: dict[str, set[int]] = {}  # heads with a date: a dateline, or a digest's lines
    topics: dict[str, set[int]] = {}  # heads naming what happened: a headline, or a digest's
    bullets: set[str] = set()  # bulleted or numbered lines, each a head of its own
    for i in live:
        sentence = figures[i].sentence
        dated = _DATED_HEAD_RE.match(sentence)
        if dated is not None:  # "OCHA oPt, 12 March: In Gaza, ...", "Imphal, Sept 7: Two ..."
            name = dated.group().split(",")[0].strip()
            if name.lower() not in _NOT_A_PLACE:  # "Update, Monday:" heads a later report
                dateds.setdefault(name, set()).add(i)
            match = _REGION_ITEM_RE.match(sentence, dated.end())
        elif (kicker := _KICKER_RE.match(sentence)) is not None:
            match = _REGION_ITEM_RE.match(sentence, kicker.end()) or _LIST_ITEM_RE.match(
                sentence, kicker.end()
            )  # "Nigeria round-up: In Benue,", "Overnight round-up, Ukraine: Zaporizhzhia — "
        else:
            match = _LIST_ITEM_RE.match(sentence) or _REGION_ITEM_RE.match(sentence)
        event = match is not None and _EVENT_HEAD_RE.search(match["place"]) is not None
        if match is not None and (event or not _PLACE_WORDS_RE.fullmatch(match["place"])):
            if event:  # "Shelling of Kherson: 1 dead"
                topics.setdefault(match["place"], set()).add(i)
            match = None  # "Attack on Bamako gendarmerie school: over 70 dead": a topic
        if match is None:
            dated = _DATED_ITEM_RE.match(figures[i].sentence) or _NUMBERED_ITEM_RE.match(
                figures[i].sentence
            )
            timed = _TIMED_PLACE_RE.match(figures[i].sentence)
            place = figures[i].place
            if timed is not None and place and timed["place"].casefold() == place.casefold():
                # "08:50 Kherson: ...", not "07:15 State Emergency Service: ..."; two lines of
                # one place may update one toll
                places.setdefault(place.casefold(), set()).add(i)
            elif dated is not None:  # "- 13 Jan: drone strike on a market, 8 killed;"
                places.setdefault(figures[i].sentence, set()).add(i)
                bullets.add(figures[i].sentence)
            continue
        place = match["place"]
        head = place.split(",")[0]
        if head.isupper() or place.split()[0].lower() in _NOT_A_PLACE:
            continue  # a dateline ("KUNDUZ –", "EL OBEID, Sudan —") or a kicker ("BREAKING:")
        if _HOSPITAL_NAME_RE.search(place) is None and source_kind(place) is not None:
            if _names_a_town(place):  # "Zaporizhzhia governor:", "Borno police:"
                officials.setdefault(place, set()).add(i)
            else:  # "Army statement: 4 soldiers killed", "Gaza MoH: 33 killed"
                sourced.setdefault(place, set()).add(i)
            continue
        if _source_named(figures[i].source, place):
            sourced.setdefault(place, set()).add(i)
            continue
        places.setdefault(place, set()).add(i)
    for heads in (dateds, topics):
        if len(heads) >= 2:  # "Mosul, 3 March: 7 killed ... Kirkuk, 3 March: 2 killed"
            for head, members in heads.items():
                places.setdefault(head, set()).update(members)
    if len(dateds) == 1 and places and not bullets:  # "Quetta, Sunday: 2 ... Turbat: 3"
        for head, members in dateds.items():
            places.setdefault(head, set()).update(members)
    # heads naming two places and who speaks for each are a list by place; one place's
    # official beside other heads is an account ("Borno police: 5 killed. Residents: 9")
    if officials and (
        len(officials) >= 2
        or any(_names_a_town(p) and not _HOSPITAL_NAME_RE.search(p) for p in places)
    ):
        places.update(officials)
    else:
        sourced.update(officials)
    if sourced:
        lines = [[figures[i] for i in members] for members in (*places.values(), *sourced.values())]
        if any(not _same_victims(a, b, strict=True) for a, b in pairwise(lines)):
            places.update(sourced)  # "Army: 12 militants killed. Residents: 7 killed": two lists
    if len(places) < 2:
        return set()
    if _one_inside_another(list(places)):
        return set()  # "In Gaza, 40 killed ... In Khan Younis, 12": a toll and a part of it
    if any(_PARTITIVE_LINE_RE.match(figures[i].sentence) for i in live):
        return set()  # "- Israeli strikes killed 40 ... - Of those, 15 were killed in ...": a part
    if len(places) == 2 and _headline_and_body(figures, list(places.values())):
        return set()  # "Manipur: Drone bombs injure three\nImphal: Three people ... were injured"
    counts = [  # each figure once, though a line may be filed under its head and its bullet
        (figures[i].kind, figures[i].count)
        for i in sorted({i for members in places.values() for i in members})
        if figures[i].count > 1  # one person on two lines is two people
    ]
    if len(set(counts)) < len(counts) and any(
        _NUMBERED_ITEM_RE.match(figures[i].sentence) for i in live
    ):
        return set()  # bullets that tell one toll twice ("• ... killed 20 ... • the 20 dead")
    return {i for members in places.values() for i in members}


def _place_updates(
    figures: Sequence[Figure], live: list[int], listed: set[int], reasons: list[str | None]
) -> None:
    """A round-up's closing update of one listed place's toll ("In Borno, a bomber ... in
    Konduga, killing 6 ... Update: Konduga toll rises to 8", "... revised down to 3"): it
    stands for the line that names that place, and joins the list; it sums nothing up."""
    for i in live:
        figure = figures[i]
        named = _PLACE_TOLL_RE.search(figure.sentence)
        if i in listed or not figure.update or named is None:
            continue
        lines = {figures[j].sentence for j in listed if named["place"] in figures[j].sentence}
        if len(lines) != 1:
            continue  # no line, or several, name the place
        same = [
            j
            for j in listed
            if figures[j].sentence in lines
            and figures[j].kind == figure.kind
            and (figures[j].victims == "militants") == (figure.victims == "militants")
        ]  # not the bomber beside her victims
        for j in same:
            reasons[j] = f"same claim as figure {i}"
        if same:
            listed.add(i)


_PLACE_TOLL_RE = rx(
    r"(?P<place>(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?)\s+(?:death\s+)?toll\b"
)
"""An update naming the place whose toll it gives: "Konduga toll rises to 8"."""


def _updates_of_a_place(
    figures: Sequence[Figure], listed: list[int], reasons: list[str | None]
) -> None:
    """A live page's later line of the same place that updates its toll ("09:40 Dnipro: one
    killed, 6 injured ... 10:15 Dnipro: toll rises to three dead, 11 injured") stands for the
    earlier; a line that tells more dead ("two more") adds."""
    latest: dict[str, int] = {}
    for i in sorted(listed, key=lambda i: figures[i].span):
        figure = figures[i]
        if figure.place is None or _TIMED_PLACE_RE.match(figure.sentence) is None:
            continue
        key = figure.place.casefold()
        before = latest.get(key)
        if (
            before is not None
            and not figure.added
            and (
                figure.update
                or figure.count >= figures[before].count
                or _REVISED_DOWN_RE.search(figure.sentence) is not None
            )
        ):
            reasons[before] = f"same claim as figure {i}"
        latest[key] = i


def _one_inside_another(heads: list[str]) -> bool:
    """Whether one line's place is a region or country and another line's place lies in it
    (the gazetteer's region of a bundled town, or its country)."""
    found = [p for p in (gazetteer().lookup(h.strip(" -•*")) for h in heads if len(h) < 60) if p]
    for broad in found:
        if broad.kind not in ("region", "country"):
            continue
        for narrow in found:
            if (
                narrow is not broad
                and narrow.kind not in ("region", "country")
                and (
                    narrow.region == broad.name
                    or (broad.kind == "country" and narrow.country == broad.name)
                )
            ):
                return True
    return False


_PARTITIVE_LINE_RE = rx(
    r"\s*(?:[-•*▪●◦]\s*)?(?:Of\s+(?:those|them|these|the\s+dead|whom)|Among\s+(?:them|those|"
    r"these|the\s+dead)|(?:[\w-]+|\d+)\s+of\s+(?:them|those|these|the\s+dead)\b)",
    re.IGNORECASE,
)
"""A line that breaks down a toll told on another ("- Of those, 15 were killed in ...",
"- Three of them died in Kostiantynivka")."""


def _headline_and_body(figures: Sequence[Figure], lines: list[set[int]]) -> bool:
    """Two heads, one a headline's (no closing stop) and the other the body's dateline, with
    the same counts: one report's headline and body, not a list of two places."""
    one, other = (sorted((figures[i].kind, figures[i].count) for i in m) for m in lines)
    heads = [figures[min(m)].sentence.rstrip() for m in lines]
    return one == other and any(not h.endswith((".", "!", "?", ";")) for h in heads)


_EVENT_HEAD_RE = rx(
    r"\b(?:attacks?|strikes?|air\s*strikes?|bombings?|bomb|raids?|shelling|blasts?|explosions?|"
    r"ambush|clash(?:es)?|fighting|massacre|shooting|assault|offensive|drone|missiles?|rockets?)\b",
    re.IGNORECASE,
)
"""A head that names what happened ("Strike on Kharkiv:", "Roadside bomb in Kandahar:")."""
_DATED_HEAD_RE = rx(
    r"\s*[^:.;,]{1,40},\s*(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+(?-i:[A-Z])[a-z]{2,8}\.?|(?-i:[A-Z])"
    r"[a-z]{2,8}\.?\s+\d{1,2}|(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))(?:,?\s+\d{4})?\s*:\s*"
)
"""A head of a place or a source and a date ("Imphal, Sept 7:", "OCHA oPt, 12 March:",
"Imphal, Saturday:"): a dateline, no place of a list."""
_PLACE_WORDS_RE = rx(
    r"(?:(?-i:[A-Z])[\w’'.-]*|(?:al|el|ad|as|ash|an|ar|de|del|la|le|di|do|da|dos|das|of|the|"
    r"community|district|region|oblast|province|city|town|village|area|hromada|governorate|"
    r"state|county|camp|neighbou?rhood|sector|territory|municipality|raion|zone|front|"
    r"countryside|outskirts|suburbs?|hospital|clinic|school|market|mosque|church|base|airport|"
    r"port|bridge|checkpoint|crossing|prison|road|highway|governor|mayor|administration|"
    r"authorities|officials|council|police|military|in|\d[\d–-]*)(?:-[\w’'.-]+)?|[\w’'.-]+-(?-i:[A-Z])[\w’'.-]*)"
    r"(?:,?\s+(?:(?-i:[A-Z])[\w’'.-]*|(?:al|el|ad|as|ash|an|ar|de|del|la|le|di|do|da|dos|das|of|"
    r"the|community|district|region|oblast|province|city|town|village|area|hromada|governorate|"
    r"state|county|camp|neighbou?rhood|sector|territory|municipality|raion|zone|front|"
    r"countryside|outskirts|suburbs?|hospital|clinic|school|market|mosque|church|base|airport|"
    r"port|bridge|checkpoint|crossing|prison|road|highway|governor|mayor|administration|"
    r"authorities|officials|council|police|military|in|\d[\d–-]*)(?:-[\w’'.-]+)?|[\w’'.-]+-(?-i:[A-Z])[\w’'.-]*))*",
    re.IGNORECASE,
)
"""The words a place's head is made of: names, and the few lower-case words of places
("Bilopillia community", "Rebel-held Idlib"), not a headline's topic ("Attack on ... school")."""


def _source_named(source: str | None, head: str) -> bool:
    """Whether a line's head names the figure's source ("Gaza MoH: 33 killed" told by the
    health ministry, "JNIM claim: about 300 killed"), not a place."""
    if not source or _names_a_place(head):
        return False  # "Sumy: one killed, the Sumy regional administration said"
    low, own = head.lower(), source.lower()
    return low in own or own in low or source_kind(head) is not None


def _names_a_place(head: str) -> bool:
    """Whether a line's head names a town, region or country ("Kharkiv", "Rebel-held Idlib",
    "Kherson City Military Administration", "Al-Shifa hospital"): a list by place."""
    return _HOSPITAL_NAME_RE.search(head) is not None or _names_a_town(head)


def _names_a_town(head: str) -> bool:
    """Whether a head names a town, region or country of the gazetteer."""
    return bool(countries_named(head)) or any(True for _ in gazetteer().index.scan(Tokens.of(head)))


_HOSPITAL_NAME_RE = rx(r"(?-i:[A-Z])[\w’'-]+\s+(?i:hospital|medical\s+cent(?:re|er))\b")


def _sides(
    figures: Sequence[Figure], live: list[int], reasons: Sequence[str | None]
) -> dict[int, str | None]:
    """The side of each figure's dead, None for people who may be of any side. Captives told
    beside a side's dead ("Twenty-one hostages and four paramilitary soldiers were killed")
    are of that side's sentence, never the attackers' told in another; people who are all of
    one side's dead taken as their part are of that side."""
    own = {i: _SIDES.get(figures[i].victims) for i in live}
    by_sentence: dict[str, str] = {}
    for i in live:
        side = own[i]
        if side is not None:
            by_sentence.setdefault(figures[i].sentence, side)
    for i in live:
        if own[i] is None and figures[i].victims == "prisoners":
            own[i] = by_sentence.get(figures[i].sentence)
        elif own[i] is None and figures[i].victims == "people":
            # "Twenty-one passengers and four FC personnel were martyred": people told with
            # soldiers or civilians are among the victims, never the attackers told apart
            mate = by_sentence.get(figures[i].sentence)
            own[i] = mate if mate in ("state forces", "civilians") else None
    for i in live:
        if own[i] is None and figures[i].victims == "people" and _groups_own_dead(figures[i]):
            own[i] = "armed groups"  # "The MILF ... said two of its members died"
    states = {i: _state_of(figures[i].party) for i in live if own[i] == "state forces"}
    named = [state for state in states.values() if state is not None]
    if len(named) > 1 and len(set(named)) == len(named):  # "Two border guards of the Islamic
        # Emirate were martyred ... officials said one Frontier Corps soldier was killed": two
        # states' men, each told once (a state named twice is one side's claim of the other's)
        for i, state in states.items():
            if state is not None:
                own[i] = f"state forces ({state})"
    fought = {own[i] for i in live} & {"armed groups", "state forces"}
    if len(fought) == 1:  # "18 terrorists were neutralised ... the toll on our side is three
        # dead": the speaker's own dead are of the side its enemies are not
        (enemy,) = fought
        for i in live:
            if (
                own[i] is None
                and figures[i].victims == "people"
                and _OUR_SIDE_RE.search(figures[i].sentence)
            ):
                own[i] = "state forces" if enemy == "armed groups" else "armed groups"
    for i in live:  # "four sons of soil ... embraced shahadat" after "Four security personnel
        # embraced shahadat while six khwarij were sent to hell": the soldiers told again
        if own[i] is None and figures[i].victims == "people":
            whole = f"part of figure {i}"
            twins = {
                _SIDES.get(figures[k].victims)
                for k in range(i)  # told before: these people are that side's dead again
                if reasons[k] == whole and figures[k].count == figures[i].count
            }
            if len(twins) == 1:
                own[i] = twins.pop()
    return own


def _state_of(party: str | None) -> str | None:
    """The state a party of soldiers names: its country ("Pakistani", "Pakistan's"), else the
    word itself ("Emirate")."""
    if party is None:
        return None
    word = party.removesuffix("'s").removesuffix("\u2019s")
    return country_table().canonical(word) or word


_OUR_SIDE_RE = rx(
    r"\b(?:on\s+(?:our|the\s+friendly)\s+side|friendly\s+(?:side|forces|losses|casualties)|"
    r"(?:toll|losses|casualties)\s+(?:on|among|in)\s+our\s+(?:side|ranks|forces)|"
    r"our\s+(?:own\s+)?(?:forces|side|ranks|units)\s+(?:offered|lost|suffered|recorded|counted)|"
    r"our\s+(?:own\s+)?losses)\b",
    re.IGNORECASE,
)
"""A communiqué's own side ("On the friendly side, the toll is 2 dead", "Our forces offered
12 martyrs")."""


_ITS_MEMBERS_DIED_RE = rx(
    r"\bof\s+(?:its|their)\s+(?:own\s+)?(?:members|fighters|men|cadres|combatants)\s+"
    r"(?:had\s+|have\s+|has\s+)?(?:died|were\s+killed|had\s+been\s+killed|perished|fell)\b",
    re.IGNORECASE,
)


def _groups_own_dead(figure: Figure) -> bool:
    """People an armed group says were its own ("The MILF described the incident as a
    'misencounter' and said two of its members died"): its fighters, of its side."""
    if not _ITS_MEMBERS_DIED_RE.search(figure.sentence):
        return False
    named = sorted((b, a.kind) for a in find_actors(figure.sentence) for b, _ in a.spans)
    return bool(named) and named[0][1] == "armed group"


def _told_apart(figure: Figure) -> bool:
    """Further dead ("two more", "was also killed"): added by `_largest` to whichever account
    stands, never weighed against it."""
    return figure.added and figure.part_of is None


def _largest(figures: Sequence[Figure], live: list[int], sums: dict[int, int]) -> set[int]:
    """The figures of each country's largest sentence total; or, where sentences give two
    sources' accounts of the same dead ("Gunmen killed 11, a lawmaker said. Police said
    eight had died"), the lower account (counting.md, "Disagreement")."""
    by_sentence: dict[tuple[str | None, str], list[int]] = {}
    added: list[int] = []
    countries = {figures[i].country for i in live} - {None}
    sole = next(iter(countries)) if len(countries) == 1 else None  # one country's text is all of it
    region_of_figure = {
        i: (figures[i].country or sole, _top_region(figures[i].place))
        for i in live
        if figures[i].country or sole
    }
    split = {c for c, r in region_of_figure.values() if r is not None}
    split = {c for c in split if len({r for k, r in region_of_figure.values() if k == c and r}) > 1}
    for i, (country, region) in region_of_figure.items():  # asked only where regions differ
        if country in split and region and _names_several_areas(figures[i].sentence, country):
            region_of_figure[i] = (country, None)
    lines = _line_areas(figures, live)
    leads = {
        i: m
        for i in live
        if (m := _PLACE_LINE_RE.match(_CAPS_HEAD_STRIP_RE.sub("", figures[i].sentence, count=1)))
    }  # a round-up's sentences led by two places or more, none in another: each its own dead
    led_names = {m["place"] for m in leads.values()}
    nested = len({m["level"] is not None for m in leads.values()}) > 1 or any(
        a != b and (contains(a, b) or contains(b, a)) for a in led_names for b in led_names
    )  # "In Donetsk region, ... In Kostiantynivka, ...": a town may lie in the region
    led_places = set() if nested else {name.lower() for name in led_names}
    apart = _one_lead_apart(figures, live, leads)  # "... in Kenscoff killed eight. In
    # Petite-Riviere de l'Artibonite, gang members killed four farmers": two places' dead
    heads = {i: m["place"] for i in live if (m := _CAPS_HEAD_RE.match(figures[i].sentence))}
    if len(set(heads.values())) < 2:
        heads = {}  # "MASTUNG: ... TURBAT: ...": a brief's lines under two capital heads
    causes = {i: _cause_country(figures[i].sentence) for i in live}
    two_sides_struck = len({c for c in causes.values() if c is not None}) > 1
    for i in live:
        if _told_apart(figures[i]):
            added.append(i)  # "An SSPDF general and several of his soldiers were also killed"
            continue
        country, region = region_of_figure.get(i, (None, None))
        # a country's figures are weighed by region only where the text names two of its
        # regions; on a live page, by the places its lines tell incidents at
        area: str | None
        led = leads.get(i)
        if two_sides_struck and causes[i] is not None:
            area = f"{country or ''}{_AREA_MARK}struck by {causes[i]}"  # "Pakistani shelling
            # killed 12 civilians ... Indian missile strikes killed 31 civilians": two sides' dead
        elif led is not None and len(led_places) > 1:
            area = f"{country or ''}{_AREA_MARK}led {led['place'].lower()}"  # "In Irumu territory,"
        elif apart and (led is not None or figures[i].place):
            where = led["place"] if led is not None else figures[i].place or ""
            area = f"{country or ''}{_AREA_MARK}led {where.lower()}"
        elif i in heads:
            area = f"{country or ''}{_AREA_MARK}head {heads[i]}"
        elif region and country in split:
            area = f"{country}{_AREA_MARK}{region}"
        elif i in lines:  # of no country too: "2:10pm — Koutruk: ..." of a village unknown
            area = f"{country or ''}{_AREA_MARK}line {lines[i]}"
        else:
            area = country
        by_sentence.setdefault((area, figures[i].sentence), []).append(i)
    if not by_sentence:
        return set(added)
    best: dict[str | None, tuple[int, list[int]]] = {}
    rival = _rival_sentences(figures, by_sentence)
    for country in [
        c
        for c, keys in rival.items()
        if _fighters_among_them(figures, by_sentence, keys, sums)
        or _one_of_the_strikes(figures, by_sentence, keys, sums)
    ]:
        del rival[country]  # the larger count stands: the fighters among its dead, or one
        # strike of the strikes it counts
    settled: set[str | None] = set()
    for country, keys in rival.items():
        sides = _lower_per_side(figures, by_sentence, keys, sums)
        if sides is not None:
            best[country] = sides
            settled.add(country)
    for (country, sentence), members in by_sentence.items():
        if country in settled:
            continue  # each side's dead by its lower account
        total = sum(_value(figures, i, sums) for i in members)
        if country in rival:
            lower = country not in best or total < best[country][0]
            if (country, sentence) in rival[country] and lower:
                best[country] = (total, members)
            continue
        if country not in best or total > best[country][0]:
            best[country] = (total, members)
    keep = {i for _total, members in best.values() for i in members}
    for area in [a for a in best if a is not None and _AREA_MARK not in a]:
        regions = [a for a in best if a is not None and a.startswith(area + _AREA_MARK)]
        if regions:
            # a country's sentence that names no region of it is the summary of its regions'
            # sentences only if it is larger
            named = sum(best[a][0] for a in regions)
            if best[area][0] > named:
                keep -= {i for a in regions for i in best[a][1]}
            else:
                keep -= set(best[area][1])
    if None in best and len(best) > 1:
        # A sentence with no country is the summary of the others only if it is larger.
        named = sum(total for country, (total, _m) in best.items() if country is not None)
        if best[None][0] > named:
            keep = set(best[None][1])
        else:
            keep -= set(best[None][1])
    return keep | set(added)


def _one_lead_apart(
    figures: Sequence[Figure], live: list[int], leads: dict[int, re.Match[str]]
) -> bool:
    """One sentence led by a place ("In Petite-Riviere de l'Artibonite, ...") that no other
    sentence names, beside figures of other named places none of which lies in it or holds
    it: a round-up's second incident, not another account of the first."""
    names = {m["place"] for m in leads.values()}
    if len(names) != 1 or len(leads) == len(live):
        return False
    (led,) = names
    if any(m["level"] is not None for m in leads.values()):
        # "In Dnipropetrovsk region, ...": the towns told elsewhere may lie in it; other
        # regions do not ("... in Russia's Belgorod region ... In neighbouring Kursk region,")
        regions = [figures[i].place for i in live if i not in leads]
        return all(
            p is not None
            and p.split()[-1].lower() in _REGION_WORDS
            and p.lower().removesuffix(" " + p.split()[-1].lower()) != led.lower()
            and not contains(p, led)
            and not contains(led, p)
            for p in regions
        )
    if led.split()[-1].lower() in _REGION_WORDS:
        return False
    others = [i for i in live if i not in leads]
    places = {figures[i].place for i in others}
    if None in places or any(
        led.lower() in figures[i].sentence.lower() or _RAISED_TOLL_RE.search(figures[i].sentence)
        for i in others
    ):
        return False  # "Update: Nikopol toll rises to 5 injured": the led line's toll again
    if any(  # each other sentence names its own place, not by a dateline or the one before
        (figures[i].place or "").lower()
        not in _CAPS_HEAD_STRIP_RE.sub("", figures[i].sentence, count=1).lower()
        for i in others
    ):
        return False
    home = region_of(led)
    return all(
        p is not None
        and p.lower() != led.lower()
        and not contains(p, led)
        and not contains(led, p)
        and (home is None or home != region_of(p))  # "in Khartoum ... In Omdurman,": one state
        for p in places
    )


_REGION_WORDS = frozenset(("region", "oblast", "province", "state", "governorate"))
_RAISED_TOLL_RE = rx(
    r"^\W*(?:\d{1,2}[:.]\d{2}\W*)?updated?\b|\btoll\s+(?:rises|rose|climbs|climbed|has\s+risen|now)\b",
    re.IGNORECASE,
)


_AREA_MARK = "\x1f"
"""Joins a country and a region of it in an area's key ("Ukraine<mark>Kharkiv region")."""


_LINE_PLACE_RE = rx(
    r"\b(?:in|near|at|on|of|outside|around)\s+(?:the\s+(?:village|town|city|district|area|camp|"
    r"neighbou?rhood|region|province|governorate)\s+of\s+)?(?:(?:northern|southern|eastern|"
    r"western|central|north|south|east|west)\s+)?(?P<place>(?:(?-i:al|el|ad|ar|as|ash|az|an)-)?"
    r"(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)(?:['’]s)?",
    re.IGNORECASE,
)
"""A place a live page's line names for its own incident ("in the village of Aitaroun", "near
Bint Jbeil", "shelling of Grayvoron district", "a tent in al-Mawasi")."""


def _line_areas(
    figures: Sequence[Figure], live: list[int], *, continued: bool = False
) -> dict[int, str]:
    """On a live page whose stamped lines tell incidents at two or more places, the place each
    line's figures are of: a line's own place ("09:10 — 6 killed in a strike in Jabalia"), or
    the place it names elsewhere ("11:50 — Jabalia toll rises to 9"). Places one of which lies
    in the other are one. Empty unless two places are told apart; a line of no place is left
    out (it may sum them up)."""
    stamped: dict[str, int] = {}
    for figure in figures:  # the places of every line, also of those whose figures are set aside
        if figure.sentence not in stamped and (stamp := _STAMP_RE.match(figure.sentence)):
            stamped[figure.sentence] = stamp.end()
    if len(stamped) < 2:
        return {}
    own, areas = _line_places(tuple(stamped.items()))
    if len(areas) < 2:
        return {}
    out: dict[int, str] = {}
    line_of: dict[str, str] = {}  # a line's later sentences are of its place: "10:40 - Kharkiv
    current: str | None = None  # update: Rescuers have pulled another body. The governor now
    names_of_areas = [n for a in areas for n in a]
    for figure in figures if continued else ():  # puts the toll at three dead", of a line
        if figure.sentence in stamped:  # headed by its place
            head = _LINE_HEAD_RE.match(figure.sentence, stamped[figure.sentence])
            current = (
                figure.sentence
                if head is not None and any(n in head.group() for n in names_of_areas)
                else None
            )
        elif current is not None and figure.sentence not in line_of:
            line_of[figure.sentence] = current
    for i in live:
        sentence = line_of.get(figures[i].sentence, figures[i].sentence)
        if sentence not in stamped:
            continue
        names = own.get(sentence) or [n for a in areas for n in a if n in sentence]
        found = {k for k, area in enumerate(areas) for n in names if n in area}
        if len(found) == 1:
            out[i] = areas[found.pop()][0]
    return out if len(set(out.values())) > 1 else {}


@lru_cache(maxsize=64)
def _line_places(
    stamped: tuple[tuple[str, int], ...],
) -> tuple[dict[str, list[str]], list[list[str]]]:
    """The places each stamped line names for itself, and those places merged where one lies
    in the other; read once per page, however many times its figures are weighed."""
    own: dict[str, list[str]] = {}
    heads = _line_heads(stamped)
    for sentence, start in stamped:
        if _LINE_UPDATE_RE.search(sentence, start):
            continue  # "11:30 — the toll in Kupiansk district has risen": of a place told before
        names = [
            m["place"]
            for m in _LINE_PLACE_RE.finditer(sentence, start)
            if m["place"].split()[0].lower() not in _NOT_A_LINE_PLACE
            and not _wide_place(m["place"])
        ]
        if sentence in heads:  # "09:05 Kyiv: drone debris hit ...": the line's place, whatever
            names = [heads[sentence]]  # else it names ("... the village in Imphal West district")
        if names:
            own[sentence] = names
    if sum(len(names) for names in own.values()) > _LINE_PLACES_MAX:
        return {}, []  # a page of many places is weighed as before, and in linear time
    told = Counter(name for names in own.values() for name in set(names))
    for sentence, names in own.items():
        if len(names) > 1:  # "In Khan Younis, a strike on a tent in al-Mawasi": a place no other
            # line names lies in the line's other place
            own[sentence] = [n for n in names if told[n] > 1] or names[:1]
    areas: list[list[str]] = []  # places merged where one lies in the other
    for names in own.values():
        for name in names:
            home = next(
                (
                    area
                    for area in areas
                    if any(
                        name == other or contains(name, other) or contains(other, name)
                        for other in area
                    )
                ),
                None,
            )
            if home is None:
                areas.append([name])
            elif name not in home:
                home.append(name)
    return own, areas


def _line_heads(stamped: tuple[tuple[str, int], ...]) -> dict[str, str]:
    """The town heading each stamped line ("09:05 Kyiv: ..."). On a page where every line is
    headed by a name and one of them is a town the place list knows, a line headed by a name it
    does not know ("[17:50] Houla: ...", a village) is of that place too, unless the name is an
    actor's ("Hamas: ...") or a source's ("Police: ...")."""
    found = {
        sentence: head["place"]
        for sentence, start in stamped
        if (head := LINE_HEAD_RE.match(sentence, start))
        and head["place"].split()[0].lower() not in _NOT_A_LINE_PLACE
    }
    towns = {sentence: name for sentence, name in found.items() if _town(name)}
    if not towns or len(found) < len(stamped):
        return towns
    for sentence, name in found.items():
        if (
            sentence not in towns
            and not _LINE_HEAD_SOURCE_RE.search(name)
            and not find_actors(name)
        ):
            towns[sentence] = name
    return towns


_LINE_HEAD_SOURCE_RE = rx(
    r"\b(?:army|military|police|ministry|minister|spokes\w*|officials?|governor|mayor|head|"
    r"chief|agency|office|forces|says|said|correction|update|breaking|latest|analysis|video|"
    r"watch|opinion|explainer)\b",
    re.IGNORECASE,
)


def _town(name: str) -> bool:
    """A town or city the place list knows (a line's head: "Kyiv:", not "Police:")."""
    found = curated().lookup(name) or gazetteer().lookup(name)
    return found is not None and found.kind == "city"


_LINE_HEAD_RE = rx(r"\s*[^:;.]{1,40}:")
"""A stamped line's head before its colon ("Kharkiv update:", not "Kiper:")."""
_LINE_UPDATE_RE = rx(
    r"\b(?:toll|tolls|rises|risen|rose|rising|climbs|climbed|updates?|updated|revised|now|total|"
    r"today)\b",
    re.IGNORECASE,
)
"""A live line that updates or sums up ("toll has risen to three", "killed seven civilians
today"): it names a place of its own only by naming one another line told."""


def _wide_place(name: str) -> bool:
    """A country or a region ("in Ukraine", "in Zaporizhzhia region", "south Lebanon"): a line
    of it sums up the lines of its towns."""
    found = curated().lookup(name)
    return found is not None and found.kind in ("country", "region")


_LINE_PLACES_MAX = 60
"""The most places a live page's lines may name for them to be told apart (each place is
compared with those before it)."""
_NOT_A_LINE_PLACE = frozenset(
    ("the", "a", "an", "his", "her", "their", "its", "israeli", "russian", "ukrainian", "health",
     "police", "state", "mda", "magen", "hospital", "army", "military")
)  # fmt: skip


@lru_cache(maxsize=2048)
def _names_several_areas(sentence: str, country: str | None) -> bool:
    """A sentence that names two regions of a country, or the country itself ("killed five
    in the Kharkiv and Zaporizhzhia regions", "killed four in Ukraine, three of them in the
    Kharkiv region"): its figures are the country's, a summary of the regions' lines."""
    last: tuple[int, str] | None = None  # where the last region named ends, and which
    for hit in curated().index.scan(Tokens.of(sentence)):
        for value in hit.values:
            if not isinstance(value, Place) or (value.country != country and value.name != country):
                continue
            if value.kind == "country":
                if _ACROSS_RE.search(sentence, max(0, hit.start - 12), hit.start):
                    return True  # "killed four people in Ukraine overnight"
                continue
            region = _top_region(value.name)
            if region is None:
                continue
            if (
                last is not None
                and last[1] != region
                and _JOINED_RE.fullmatch(sentence, last[0], hit.start)
            ):
                return True  # "in the Kharkiv and Zaporizhzhia regions", "in Darfur and Kordofan"
            last = (hit.end, region)
    return False


_ACROSS_RE = rx(r"\b(?:in|across|throughout|around|all\s+over)\s+$", re.IGNORECASE)
_JOINED_RE = rx(r"(?:\s+regions?|\s+provinces?|\s+oblasts?)?\s*(?:,|and|,\s*and)\s+(?:the\s+)?")


@lru_cache(maxsize=1024)
def _top_region(place: str | None) -> str | None:
    """The widest region of its country that our list puts a place in ("Kupiansk" -> "Kharkiv
    region", "El Fasher" -> "Darfur"), None where the list gives it no region. Figures of two
    such regions of one country are of two events: a region is the coarsest place two reports
    of one incident can differ by."""
    if place is None:
        return None
    table = curated()
    found = table.lookup(place)
    if found is None or found.kind == "country":
        return None
    top = found.name if found.kind == "region" else None
    region, seen = found.region, 0
    while region is not None and seen < 8:
        parent = table.lookup(region)
        if parent is None or parent.kind != "region":
            break
        top, region, seen = parent.name, parent.region, seen + 1
    return top


_ONE_STRIKE_RE = rx(
    r"^\W*(?:(?:One|A\s+single|The\s+deadliest|The\s+worst)\s+(?:of\s+the\s+)?|In\s+(?:one|the\s+"
    r"deadliest)\s+)(?:[\w-]+\s+)?(?:strikes?|airstrikes?|attacks?|raids?|bombings?|blasts?|"
    r"explosions?)\b"
)
_MANY_STRIKES_RE = rx(
    r"\b(?:strikes|airstrikes|attacks|raids|bombings|shelling|bombardment)\b", re.IGNORECASE
)


def _lower_and_higher(
    figures: Sequence[Figure],
    by_sentence: dict[tuple[str | None, str], list[int]],
    keys: set[tuple[str | None, str]],
    sums: dict[int, int],
) -> (
    tuple[tuple[tuple[str | None, str], list[int]], tuple[tuple[str | None, str], list[int]]] | None
):
    """Of two sentences' accounts, the one of fewer dead and the one of more; None unless there
    are two and one is lower."""
    if len(keys) != 2:
        return None

    def total(members: list[int]) -> int:
        return sum(_value(figures, i, sums) for i in members)

    low, high = sorted(((k, by_sentence[k]) for k in keys), key=lambda km: total(km[1]))
    return (low, high) if total(low[1]) < total(high[1]) else None


def _one_of_the_strikes(
    figures: Sequence[Figure],
    by_sentence: dict[tuple[str | None, str], list[int]],
    keys: set[tuple[str | None, str]],
    sums: dict[int, int],
) -> bool:
    """ "Israeli strikes across the Gaza Strip killed at least 28 ... One strike on a school in
    Deir al-Balah killed 12 people, medics said": the one strike's dead are some of the
    strikes', told by another source, not its rival account of them."""
    pair = _lower_and_higher(figures, by_sentence, keys, sums)
    if pair is None:
        return False
    (low_key, _low), (high_key, _high) = pair
    return (
        _ONE_STRIKE_RE.match(low_key[1]) is not None
        and _MANY_STRIKES_RE.search(high_key[1]) is not None
    )


def _fighters_among_them(
    figures: Sequence[Figure],
    by_sentence: dict[tuple[str | None, str], list[int]],
    keys: set[tuple[str | None, str]],
    sums: dict[int, int],
) -> bool:
    """A party's count of the fighters it killed, lower than another source's count of the
    people killed ("Three Palestinians were killed ..., the health ministry said. The Israeli
    military said troops had killed 'two armed terrorists'"): it says who among the dead were
    fighters, not how many died, so it is no rival account of them."""
    pair = _lower_and_higher(figures, by_sentence, keys, sums)
    if pair is None:
        return False
    (_lk, low), (_hk, high) = pair
    return all(
        figures[i].victims == "militants" and figures[i].source_kind == "party" for i in low
    ) and all(figures[i].victims in _GENERIC and figures[i].source_kind != "party" for i in high)


def _lower_per_side(
    figures: Sequence[Figure],
    by_sentence: dict[tuple[str | None, str], list[int]],
    keys: set[tuple[str | None, str]],
    sums: dict[int, int],
) -> tuple[int, list[int]] | None:
    """Two sides' accounts of each side's dead ("the NRF said it killed 4 Taliban fighters.
    Taliban officials acknowledged 2 of their fighters killed and said 3 NRF attackers died"):
    the lower account of each side's dead, added up (2 + 3). None unless every figure names
    whose dead it counts and two sides are named."""
    members = [i for key in keys for i in by_sentence[key]]
    if len({figures[i].source for i in members}) > 1 and all(
        _own_loss(figures[i]) for i in members
    ):  # "The SDF said two of their own fighters were killed. The SNA said it lost four":
        return sum(_value(figures, i, sums) for i in members), members  # sides of one name
    side = {i: _side_name(figures[i].party) for i in members}
    parties = set(side.values())
    if None in parties or len(parties) < 2:
        return None
    told_by = {p: sum(any(side[i] == p for i in by_sentence[key]) for key in keys) for p in parties}
    if max(told_by.values()) < 2:
        if all(_own_loss(figures[i]) for i in members):
            # "The Taliban said two of its border guards were killed. Pakistan's military said
            # one of its soldiers was killed": each side's own dead, told by it, add
            return sum(_value(figures, i, sums) for i in members), members
        return None  # no side's dead told in two accounts: nothing to weigh
    kept: list[int] = []
    for party in sorted(p for p in parties if p is not None):
        accounts = [[i for i in by_sentence[key] if side[i] == party] for key in sorted(keys)]
        told = [a for a in accounts if a]
        lowest = min(told, key=lambda a: (sum(_value(figures, i, sums) for i in a), a[0]))
        kept.extend(lowest)
    return sum(_value(figures, i, sums) for i in kept), kept


def _own_loss(figure: Figure) -> bool:
    """The figure counts its source's own side's dead ("Pakistan's military said one of its
    soldiers was killed")."""
    side, source = _side_name(figure.party), figure.source
    if side is None or source is None:
        return False
    if figure.perpetrator == source and not _THEIR_OWN_RE.search(figure.sentence):
        return False  # "it killed 2 of their fighters": the enemy's, unless "their own"
    initials = source_initials(source)
    return (
        side in source.lower()
        or _side_name(source.split()[0]) == side
        or (len(initials) > 1 and initials == side)  # "sdf" of the Syrian Democratic Forces
    )


_THEIR_OWN_RE = rx(
    r"\b(?:its|their|our)\s+own\b|\b(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?lost\b",
    re.IGNORECASE,
)
"""A side's own dead told in its own words ("three of their own", "it lost three fighters"),
whoever the sentence says the side killed."""


def _side_name(party: str | None) -> str | None:
    """A side's name folded: "Pakistani", "Pakistan's" and "Pakistan" are one side."""
    if party is None:
        return None
    name = party.removesuffix("'s").removesuffix("’s")
    return (country_table().canonical(name) or name).lower()


_CODED_LINE_RE = rx(
    r"\W*(?:fatalities\s+)?coded\s+(?:(?:the\s+)?(?:lower|higher|lowest|conservative|minimum)\s+"
    r"(?:figures?|estimates?|counts?)\s*:?\s*)?\d|.*?\b(?:fatalities|deaths)\s+(?:(?:is|are|was|were)\s+)?"
    r"coded\s+as\s+\d",
    re.IGNORECASE,
)
"""A coder's closing line that gives the note's own totals ("Coded 8 killed (7 + attacker), 17
injured", "Fatalities coded 4 (army figure, the lower)")."""


_CODED_AS_RE = rx(r"\bcoded\s+as\s+(\d+)")


def _coded_line(figures: Sequence[Figure], live: list[int], reasons: list[str | None]) -> bool:
    """A note whose coder states its totals ("Coded 3 killed, 2 injured."): that line's figure
    of each kind counts, and the others of that kind are the same claim."""
    lines = [i for i in live if _CODED_LINE_RE.match(figures[i].sentence)]
    if not lines:
        return False
    line = [i for i in lines if figures[i].sentence == figures[lines[-1]].sentence]
    coded = _CODED_AS_RE.search(figures[line[0]].sentence)
    total = next(
        (i for i in line if coded is not None and str(figures[i].count) == coded[1]), line[0]
    )  # "The CSP claimed 47 soldiers and 84 fighters, and fatalities are coded as 131": 131
    kind = figures[total].kind
    for i, figure in enumerate(figures):  # the wounded who died too: the line counts them
        if i != total and figure.kind == kind and (i in live or _died_of_wounds(figures, figure)):
            reasons[i] = f"same claim as figure {total}"
    return True


_FATALITIES_LINE_RE = rx(
    r"\s*Fatalities\s*:\s*[\d,]+\s*(?:\((?!\s*(?:excl|not|plus|besides))[^()]{1,80}(?:\)\s*|;\s*$))?"
    r"\.?\s*(?:\[[^\[\]]{1,80}\]\s*)?",
    re.IGNORECASE,
)
"""A conflict-data note's closing line ("Fatalities: 6.", "Fatalities: 5 (including the
bomber).", "Fatalities: 14 (government figure; ...)", whose sentence ends at the semicolon):
the note's own total of the dead."""


_ESTIMATE_FIELD_RE = rx(
    r"(?<![\w-])(?P<which>Best|Low)(?:\s+estimate|_est(?:imate)?)?\s*:\s*(?P<n>\d[\d,]*?)\s*"
    r"(?:\([^()]{1,100}\)\s*)?(?=[.;,)|]|$)",
    re.IGNORECASE,
)
"""A conflict-data event's field of its coded dead ("Deaths side A: 4. Deaths side B: 17.
Civilian deaths: 0. Unknown: 0. Best estimate: 21. Low estimate: 21. High estimate: 48.", or
"deaths_a: 0; deaths_b: 4; low_est: 20; best_est: 27; high_est: 35.")."""


_FATALITIES_COUNT_RE = rx(r"\s*Fatalities\s*:\s*([\d,]+)", re.IGNORECASE)


def _is_fatalities_line(figure: Figure) -> bool:
    """Whether `figure` is a note's "Fatalities: N" line: a sentence of its own, or the last
    field of a note whose fields are parted by bars ("... Notes: ... 4 militants killed. |
    Fatalities: 11"), where the figure of that field is the one of its number."""
    if _FATALITIES_LINE_RE.fullmatch(figure.sentence):
        return True
    if "|" not in figure.sentence:
        return False
    field = figure.sentence.rsplit("|", 1)[1]
    found = _FATALITIES_COUNT_RE.match(field)
    return (
        found is not None
        and _FATALITIES_LINE_RE.fullmatch(field) is not None
        and int(found[1].replace(",", "")) == figure.count
    )


def _estimate_field(figures: Sequence[Figure], live: list[int], reasons: list[str | None]) -> bool:
    """An event coded with its own estimates of the dead (UCDP's "Best estimate: 33. Low
    estimate: 28."): the low estimate counts, the most conservative the coders give (the best
    where no low is given), and the deaths of each side, the other estimates and the sources'
    figures they were made from are the same dead. False when the text has no such field."""
    fields: dict[str, int] = {}
    for i in live:
        for found in _ESTIMATE_FIELD_RE.finditer(figures[i].sentence):
            if int(found["n"].replace(",", "")) == figures[i].count:
                fields.setdefault(found["which"].lower(), i)
    if not fields:
        return False
    total = fields.get("low", fields.get("best"))
    for i in live:
        reasons[i] = None if i == total else f"same claim as figure {total}"
    return True


def _fatalities_line(figures: Sequence[Figure], live: list[int], reasons: list[str | None]) -> bool:
    """A note that closes with "Fatalities: N" states its total: that line counts, and every
    other figure of the dead is the same claim. False when the text has no such line."""
    lines = [i for i in live if _is_fatalities_line(figures[i])]
    if not lines:
        return False
    total = lines[-1]
    risen = [
        i
        for i in live
        if i < total
        and figures[i].update
        and figures[i].count > figures[total].count
        and figures[i].kind == figures[total].kind
        and not figures[i].vague
        and _TOLL_HAD_RISEN_RE.search(figures[i].sentence) is not None
    ]
    if risen:  # "On 15 September, health officials said the toll had risen to 16 ... Fatalities:
        total = risen[-1]  # 11": the note's own later count outdoes its coded total
    later = _deaths_of_a_later_day(figures, [i for i in live if i < total])
    if later is not None and any(
        figures[i].count == figures[total].count and figures[i].kind == "killed"
        for i in live
        if i < later
    ):  # "On 3 June, villagers recovered two more bodies": the coded line
        reasons[total] = f"same claim as figure {later}"  # is its first day's; the note's
        return False  # own figures tell the whole
    for i in live:
        if i != total:
            # the wounded who died are in the total, and leave the injured
            why = "part of" if _died_of_wounds(figures, figures[i]) else "same claim as"
            reasons[i] = f"{why} figure {total}"
    return True


_LATER_DAY_RE = rx(
    r"\b(?-i:[Tt])he\s+(?:following|next)\s+(?:day|night|morning|evening|afternoon)\b|"
    r"\b(?:a|one|two|three|\d)\s+days?\s+later\b|^\W*On\s+(?P<date>\d{1,2}\s+[A-Z][a-z]+)\b",
)
"""A sentence of a note that tells a later day than the note's ("The following night, they
killed 2 more people", "On 18 September, a third soldier died of his wounds")."""
_ON_DATE_RE = rx(r"\bOn\s+(\d{1,2}\s+[A-Z][a-z]+)\b")


def _deaths_of_a_later_day(figures: Sequence[Figure], before: list[int]) -> int | None:
    """The last figure of the dead a note tells on a later day than its own, before its
    "Fatalities: N" line: a conflict-data project codes one event per day and place, and a
    line that gives the first day's count is the first day's; None when the note tells no
    later day's dead."""
    dates = (_ON_DATE_RE.search(figures[i].sentence) for i in before)
    first = next((found[1] for found in dates if found is not None), None)
    later = None
    for i in before:
        figure = figures[i]
        found = _LATER_DAY_RE.search(figure.sentence)
        if (
            figure.kind == "killed"
            and not figure.vague
            and found is not None
            and (found["date"] is None or (first is not None and found["date"] != first))
        ):
            later = i
    return later


_TOLL_HAD_RISEN_RE = rx(
    r"\b(?:toll|number\s+of\s+(?:dead|deaths|those\s+killed)|death\s+count)\s+(?:had\s+|has\s+)?"
    r"(?:since\s+|later\s+|then\s+)?(?:risen|rose|climbed|increased|reached)\s+to\b",
    re.IGNORECASE,
)


def _claims_beside_each_sides_own(
    figures: Sequence[Figure], live: list[int], reasons: list[str | None]
) -> None:
    """Two sides that each tell their own dead ("The Taliban said three of its border guards
    were killed. Pakistan's military said two of its soldiers were martyred and claimed
    'dozens' of Afghan Taliban fighters were killed"): a side's count of the other side's fighters
    is its claim of dead the other side counts itself, and the lower, own count stands."""
    own = {figures[i].source for i in live if reasons[i] is None and _own_loss(figures[i])}
    if len(own) == 1:
        _claim_of_a_sides_own_dead(figures, live, reasons)
    if len(own) < 2:
        return
    for i in live:
        figure = figures[i]
        if (
            reasons[i] is None
            and figure.source in own
            and figure.victims in COMBATANTS
            and not _own_loss(figure)
            and not figure.added
        ):
            reasons[i] = DISAGREES


def _claim_of_a_sides_own_dead(
    figures: Sequence[Figure], live: list[int], reasons: list[str | None]
) -> None:
    """One side tells its own dead ("a Fano spokesman said four of its fighters had died")
    beside another source's count of that side's dead ("32 of the attackers were neutralised",
    the government's statement said): the other's count is its claim of dead the side counts
    itself, set aside, and the side's own count stands."""
    owns = [i for i in live if reasons[i] is None and _own_loss(figures[i])]
    for k in owns:
        own = figures[k]
        side = _SIDES.get(own.victims)
        if side != "armed groups":
            continue  # two states' soldiers are two sides, which their kind cannot tell
        for i in live:
            claim = figures[i]
            if (
                i != k
                and reasons[i] is None
                and claim.sentence != own.sentence
                and _SIDES.get(claim.victims) == side
                and claim.source is not None
                and claim.source != own.source
                and not _own_loss(claim)
                and not claim.added
                and claim.count > own.count
            ):
                reasons[i] = DISAGREES


_REVISED_DOWN_RE = rx(
    r"\b(?:(?:revised|revising|revises|revise|brought|lowered|lowering|lowers|lower|cut|reduced|"
    r"reducing|reduces|reduce|corrected|correcting|corrects|correct|adjusted|adjust|amended|amend)"
    r"\s+(?:(?:it|the\s+(?:death\s+)?"
    r"(?:toll|figures?|numbers?|count)|its\s+(?:death\s+)?(?:toll|figures?|count))\s+)?"
    r"(?:down(?:ward|wards)?\s+)?to|(?:toll|figure|count)\s+(?:was|has\s+been|had\s+been)\s+"
    r"(?:revised|lowered|cut|reduced|corrected)\s+(?:down(?:ward|wards)?\s+)?to)\s|"
    r"\bcorrect(?:s|ed|ing)\s+the\s+(?:death\s+)?(?:toll|figure|count|number)\s*:|"
    r"\bcorrect(?:s|ed|ing)\s+(?:his|her|its|their|the|an)\s+(?:own\s+)?(?:earlier|previous|first)\s+"
    r"(?:message|report|statement|post|update|figure|toll|count)\s*:|"
    r"\b(?-i:Correction)\s*:|\bclarif(?:y|ies|ied)\s+that\b|"
    r"^(?:\d{1,2}[:.]\d{2}\s+)?(?:the\s+)?(?:death\s+)?toll\s+(?:now\s+)?stands\s+at\b|"
    r"\b(?:dead|killed),?\s+not\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b|"
    r",\s+not\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:as\s+|that\s+were\s+|(?:first\s+|initially\s+|previously\s+)?)(?:first\s+|initially\s+|"
    r"previously\s+|earlier\s+)?(?:reported|stated|announced|said|given)\b",
    re.IGNORECASE,
)
"""A toll told as the correction or lowering of one given before ("have since corrected the
figure to eight", "later revised the toll down to 5", "the toll was lowered to 12", "Correction:
the number of dead is four", "Police clarify that three people were killed")."""


def _firsts_of_sentences(
    figures: Sequence[Figure], live: list[int], reasons: list[str | None]
) -> dict[str, int]:
    """Each sentence's first figure still counted: a toll a sentence revises."""
    firsts: dict[str, int] = {}
    for i in live:
        if reasons[i] is None:
            firsts.setdefault(figures[i].sentence, i)
    return firsts


def _an_older_count(older: Figure, newer: Figure) -> bool:
    """`older`, told before `newer` in another sentence, is a larger count of its place and
    dead: the count a revision of `newer`'s replaces, or that replaces it."""
    return (
        older.span[0] < newer.span[0]
        and older.sentence != newer.sentence
        and older.count > newer.count
        and not places_disjoint(older, newer, contains)
        and may_be_same_dead(older.victims, newer.victims)
    )


def _revising(
    figures: Sequence[Figure],
    live: list[int],
    reasons: list[str | None],
    sentence: str,
    first: int,
    match: re.Match[str],
) -> int:
    """The figure a revising sentence gives as the toll: the count right after "corrected the
    figure to", where the sentence also tells the count it corrects ("Earlier, several channels
    reported three dead, but the health ministry corrected the figure to two"); else its
    first."""
    told = find_numbers(sentence[match.end() : match.end() + 40])
    if not told or told[0].start > 12:
        return first
    return next(
        (
            i
            for i in live
            if i >= first
            and reasons[i] is None
            and figures[i].sentence == sentence
            and figures[i].kind == figures[first].kind
            and figures[i].count == told[0].count
        ),
        first,
    )


def _revised_down(figures: Sequence[Figure], live: list[int], reasons: list[str | None]) -> None:
    """A toll corrected or lowered in a later sentence ("Shelling killed 11 patients. The
    committees have since corrected the figure to eight") replaces the larger counts of its
    place told before it: they are the older count of the same dead. Counts of another place,
    or of the other side of a fight, stand. The revised toll is the first count of its kind in
    its sentence."""
    firsts = _firsts_of_sentences(figures, live, reasons)
    revised = [
        _revising(figures, live, reasons, s, i, m)
        for s, i in firsts.items()
        if (m := _REVISED_DOWN_RE.search(s))
    ]
    if not revised or _listed_by_place(figures, live):
        return  # a list by place takes its updates by the place they name (`_place_updates`)
    wholes = {f.part_of for f in figures} | {
        int(r.rpartition(" ")[2]) for r in reasons if r and r.startswith("part of figure")
    }
    for i in revised:
        figure = figures[i]
        if figure.part_of is not None:
            continue
        for j in live:
            if reasons[j] is not None:
                continue
            if (j not in wholes and _an_older_count(figures[j], figure)) or (
                j < i  # "Earlier, channels reported three dead, but ... corrected the figure to
                # two": the count the sentence corrects
                and figures[j].sentence == figure.sentence
                and figures[j].kind == figure.kind
                and figures[j].count > figure.count
                and figures[j].part_of is None
            ):
                reasons[j] = f"same claim as figure {i}"


_BOMBER_AMONG_RE = rx(
    r"\b(?:the\s+)?(?:suicide\s+)?(?:bomber|attacker|assailant)\s+(?:was|is)\s+(?:also\s+)?"
    r"among\s+(?:the\s+)?[\w,-]+\s+(?:people\s+|persons\s+)?(?:killed|dead)\b",
    re.IGNORECASE,
)
"""A toll told with the bomber in it: "The bomber was among three people killed"."""


def _victims_beside_a_toll_with_the_bomber(
    figures: Sequence[Figure], live: list[int], reasons: list[str | None]
) -> None:
    """ "Two Chinese nationals were killed ... The bomber was among three people killed" (or
    "Three people were killed, including the bomber"): the victims one source counts and the
    bomber are the other's toll, which stands; no two accounts of the same dead."""
    for i in live:
        toll = figures[i]
        if (
            reasons[i] is not None
            or toll.victims != "people"
            or not (
                _BOMBER_AMONG_RE.search(toll.sentence) or _BOMBER_INCLUDED_RE.search(toll.sentence)
            )
        ):
            continue
        for j in live:
            victims = figures[j]
            if (
                j != i
                and reasons[j] is None
                and victims.sentence != toll.sentence
                and victims.count == toll.count - 1
                and victims.victims != "militants"
                and not places_disjoint(victims, toll, contains)
            ):
                reasons[j] = f"part of figure {i}"
                for k in live:  # "... when a suicide bomber blew himself up": him too
                    bomber = figures[k]
                    if (
                        reasons[k] is None
                        and bomber.sentence == victims.sentence
                        and bomber.victims == "militants"
                        and bomber.count == 1
                    ):
                        reasons[k] = f"part of figure {i}"


_SEPARATE_INCIDENTS_RE = rx(
    r"\bin\s+(?:[\w-]+\s+)?(?:separate|different|several|multiple)\s+(?:incidents|attacks|clashes|"
    r"shootings|raids|strikes)\b",
    re.IGNORECASE,
)


def _told_incident_by_incident(
    figures: Sequence[Figure], live: list[int], reasons: list[str | None]
) -> None:
    """ "Five people were killed in separate incidents in Jiribam. A man was shot dead ...;
    later, ... four armed men were killed": a sum told first, then its incidents one by one,
    which add up to it exactly, are its parts."""
    for i in live:
        whole = figures[i]
        if reasons[i] is not None or not _SEPARATE_INCIDENTS_RE.search(whole.sentence):
            continue
        later = [
            j
            for j in live
            if reasons[j] is None
            and figures[j].span[0] > whole.span[1]
            and figures[j].sentence != whole.sentence
        ]
        if len(later) >= 2 and sum(figures[j].count for j in later) == whole.count:
            for j in later:
                reasons[j] = f"part of figure {i}"


_REVISED_UP_RE = rx(
    r"\b(?:has|have|had|was|were)\s+(?:since\s+|now\s+)?been\s+(?:revised|raised|adjusted|"
    r"updated)\s+up(?:ward|wards)?\b",
    re.IGNORECASE,
)
"""An older toll told after the newer: "The toll of 20 dead reported in Flash Update No. 1 has
been revised upward"."""


def _revised_up_since(
    figures: Sequence[Figure], live: list[int], reasons: list[str | None]
) -> None:
    """A toll a later sentence says "has been revised upward", told after a larger count of
    its place and dead, is the older count of those dead: the larger one stands for it."""
    for sentence, i in _firsts_of_sentences(figures, live, reasons).items():
        if "revised" not in sentence and "raised" not in sentence and "updated" not in sentence:
            continue
        if _REVISED_UP_RE.search(sentence) is None:
            continue
        for j in live:
            if reasons[j] is None and _an_older_count(figures[j], figures[i]):
                reasons[i] = f"same claim as figure {j}"
                break


def _headline_of_the_wounded_who_died(
    figures: Sequence[Figure], live: list[int], died: list[int], reasons: list[str | None]
) -> None:
    """ "Mortar attack kills three" over "... wounding nine soldiers. Three of the wounded later
    died": a headline's dead that the body's dead and its wounded who died add up to are
    those, not more (the wounded who died are never weighed against the other figures)."""
    if not died or not live:
        return
    head = figures[live[0]].sentence
    if head.rstrip().endswith((".", "!", "?", ";", ":")) or _STAMP_RE.match(head):
        return  # no headline (a live page's line is none)
    heads = [i for i in live if figures[i].sentence == head]
    body = [i for i in live if figures[i].sentence != head]
    told = sum(figures[i].count for i in body) + sum(figures[i].count for i in died)
    later = _LATER_DIES_RE.search(head) is not None  # "...wounds three rangers; one later dies"
    head_hurt = sum(f.count for f in figures if f.kind == "injured" and f.sentence == head)
    body_hurt = sum(
        f.count for f in figures if f.kind == "injured" and f.sentence != head and f.part_of is None
    )
    died_count = sum(figures[i].count for i in died)
    later = later or (head_hurt > 0 and head_hurt == body_hurt - died_count)  # "Soldier
    # killed, two injured" over "injuring three soldiers ... One of the injured later died"
    if (told > 1 or later) and sum(figures[i].count for i in heads) == told:  # "kills farmer"
        for i in heads:
            reasons[i] = f"same as figure {died[0]}"


_LATER_DIES_RE = rx(
    r"\b(?:later|since)\s+(?:dies|died|succumbs|succumbed)\b|\b(?:dies|died|succumbs|succumbed)\s+"
    r"(?:of|from|to)\s+(?:his|her|their)?\s*(?:wounds|injuries)\b",
    re.IGNORECASE,
)
"""A headline's word that its dead are the wounded who died: "one later dies"."""


def _a_headline_over(figures: Sequence[Figure], figure: Figure) -> bool:
    """`figure` is in the text's first sentence, with no full stop, over a story."""
    first = figures[0].sentence
    return (
        figure.sentence == first
        and not first.rstrip().endswith((".", "!", "?", '"', "”"))
        and any(f.sentence != first for f in figures)
    )


_FIRST_WOUNDED_RE = rx(
    r"\binitially\b|\bhad\s+(?:first\s+)?(?:[\w-]+\s+){0,8}?(?:wounded|injured)\b", re.IGNORECASE
)
"""The wounded as first told, before some of them died ("had initially ... wounded six")."""


def _died_of_wounds(figures: Sequence[Figure], figure: Figure) -> bool:
    """A killed figure that is part of an injured one: the wounded who later died."""
    return (
        figure.kind == "killed"
        and figure.part_of is not None
        and figures[figure.part_of].kind == "injured"
    )


_ANOTHER_COUNT_RE = rx(
    r"\b(?:reported|puts?\s+the\s+(?:death\s+)?toll\s+at|puts?\s+the\s+(?:number|figure)"
    r"(?:\s+of\s+(?:the\s+)?(?:dead|deaths|killed))?\s+at|"
    r"counted|gave\s+a\s+(?:death\s+)?toll\s+of|told\s+(?:[\w-]+\s+){1,3}?that)\b",
    re.IGNORECASE,
)
"""A named source's own count after a report of no named source ("Local residents reported up
to 15 dead", "Local civil society put the toll at 55"): another account of the same dead."""


def _another_count(
    figures: Sequence[Figure],
    by_sentence: dict[tuple[str | None, str], list[int]],
    unsourced: tuple[str | None, str],
    keys: Sequence[tuple[str | None, str]],
) -> bool:
    """After a sentence of no named source (no headline), a named source's single count of the
    same kind put as its own ("Local residents reported up to 15 dead")."""
    sourced = next(k for k in keys if k != unsourced)
    first = min(figures[i].span[0] for i in by_sentence[unsourced])
    kind = figures[by_sentence[sourced][0]].kind
    return (
        sum(f.kind == kind and f.sentence == sourced[1] for f in figures) == 1
        and first < figures[by_sentence[sourced][0]].span[0]
        and unsourced[1].rstrip().endswith((".", "!", "?"))
        and _ANOTHER_COUNT_RE.search(sourced[1]) is not None
    )


_COUNT_OF_ITS_OWN_RE = rx(
    r"^(?!\W*(?:the|its|their)\s+(?:death\s+)?(?:toll|figure|number)\b)"
    r"(?![^;]*\b(?:earlier|initially|originally|first|previously)\b)[^;]*?"
    r"(?<!\bhad\s)(?<!\bhave\s)(?<!\bhas\s)\b(?:puts?\s+the\s+"
    r"(?:death\s+)?(?:toll|figure|number)(?:\s+of\s+(?:the\s+)?(?:dead|deaths|killed|victims))?\s+"
    r"at|cited\s+a\s+(?:death\s+)?toll\s+of|gave\s+a\s+(?:death\s+|provisional\s+)?toll\s+of)\b",
    re.IGNORECASE,
)
"""A sentence whose speaker, however it is described, gives the toll as a count of its own
("A military source in the district, however, put the toll at two dead", "The UN human
rights office, which called for an investigation, cited a toll of 22"); not an earlier count
("Officials had put the toll at 12", "Earlier reports put the number of dead at 14")."""


def _own_count_after(
    figures: Sequence[Figure],
    by_sentence: dict[tuple[str | None, str], list[int]],
    unsourced: tuple[str | None, str],
    keys: Sequence[tuple[str | None, str]],
) -> bool:
    """After a named source's count, a speaker the text describes but does not name giving
    the toll as its own single count of that kind: another account of the same dead."""
    sourced = next(k for k in keys if k != unsourced)
    kinds = {figures[i].kind for i in by_sentence[unsourced]}
    return (
        len(by_sentence[unsourced]) == 1
        and min(by_sentence[sourced]) < by_sentence[unsourced][0]
        and kinds <= {figures[i].kind for i in by_sentence[sourced]}
        and _COUNT_OF_ITS_OWN_RE.search(unsourced[1]) is not None
    )


_PUT_AT_RE = rx(
    r"\bputs?\s+the\s+(?:death\s+|civilian\s+|confirmed\s+)?(?:toll|figure|number)\s+at\b",
    re.IGNORECASE,
)


def _put_at_after(key: tuple[str | None, str], keys: list[tuple[str | None, str]]) -> bool:
    """A toll that "has risen to 160" told first, and another source that "put the figure at
    113" after it: two accounts, not a toll and its update."""
    return key == keys[0] and any(_PUT_AT_RE.search(k[1]) for k in keys[1:])


def _rising(
    figures: Sequence[Figure],
    by_sentence: dict[tuple[str | None, str], list[int]],
    keys: Sequence[tuple[str | None, str]],
) -> bool:
    """Each line's count of the dead is above the line's before it, in the page's order."""
    order = sorted(keys, key=_first_at(by_sentence))
    totals = [
        sum(figures[i].count for i in by_sentence[k] if figures[i].kind == "killed") for k in order
    ]
    return all(a < b for a, b in pairwise(totals))


def _rival_sentences(
    figures: Sequence[Figure], by_sentence: dict[tuple[str | None, str], list[int]]
) -> dict[str | None, set[tuple[str | None, str]]]:
    """Per country, the sentences that are accounts of the same dead by different sources:
    each names its one source, the sources differ, and no figure is an update ("rose to").
    Empty where a country's sentences are not such accounts."""
    out: dict[str | None, set[tuple[str | None, str]]] = {}
    by_country: dict[str | None, list[tuple[str | None, str]]] = {}
    live_page = len({f.sentence for f in figures if LINE_STAMP_RE.match(f.sentence)}) > 1
    for key in by_sentence:
        by_country.setdefault(key[0], []).append(key)
    for country, keys in by_country.items():
        if len(keys) < 2:
            continue
        if sum(_PLACE_LINE_RE.match(key[1]) is not None for key in keys) >= 1 and len(keys) > 2:
            continue  # "In Kharkiv, ... the governor wrote. Two people died in Kherson": a
            # round-up by place, whose lines are no accounts of each other's dead
        if live_page and _rising(figures, by_sentence, keys):
            continue  # "17:30 ... NNA reports 3 dead. 19:10 Health ministry: 9 killed ... 21:40
            # Health ministry update: ... killed 14": a live page's toll rising, no accounts
        days = sum(
            any(_DAY_TOTAL_RE.search(figures[i].period or "") for i in by_sentence[key])
            for key in keys
        )
        if 0 < days < len(keys):
            continue  # "11 killed in the past 24 hours" is the day's whole, no account of
            # one strike's dead told before it
        sources: dict[tuple[str | None, str], str] = {}
        for key in keys:
            members = [figures[i] for i in by_sentence[key]]
            if (
                (any(f.update for f in members) and not _put_at_after(key, keys))
                or _RAISED_RE.search(key[1])
                or _LATER_RE.match(key[1])
            ):
                break  # "... bringing the toll from the strikes to 16": an update, not an account
            named = {f.source.lower() for f in members if f.source}
            if len(named) == 1:
                sources[key] = named.pop()
        else:
            for key in keys:
                local = _LOCAL_HEAD_RE.match(key[1])
                if key not in sources and local is not None:
                    sources[key] = local["who"].lower()  # "NEMA: 85 killed ... Villagers: 120 dead"
            unsourced = [key for key in keys if key not in sources]
            disputing = [
                key
                for key in keys
                if _DISPUTE_RE.search(key[1])
                or (
                    _HOWEVER_RE.search(key[1])
                    and _same_dead(
                        figures,
                        by_sentence[key],
                        [i for other in keys if other != key for i in by_sentence[other]],
                    )
                )
            ]
            if len(keys) == 2 and len(disputing) == 1:
                # "The Israeli military disputed the toll, saying it had killed 19 people"
                sources[disputing[0]] = "a disputing account"
                other = keys[0] if keys[1] == disputing[0] else keys[1]
                sources.setdefault(other, "the disputed account")
            elif (
                len(keys) == 2
                and len(unsourced) == 1
                and (
                    any(_CLAIM_RE.search(key[1]) for key in sources)
                    or any(_STRIKERS_OWN_ACCOUNT_RE.search(key[1]) for key in sources)
                    or _CLAIM_RE.search(unsourced[0][1])  # "IS, claiming the killings, put
                    or _another_count(figures, by_sentence, unsourced[0], keys)
                    or _own_count_after(figures, by_sentence, unsourced[0], keys)
                )  # the number at seven" against a monitor's five
            ):
                # "Leaked documents list 77 dead. JNIM claimed 'hundreds' of soldiers killed": a
                # party's claim against a report of no named source
                sources[unsourced[0]] = "a report"
            if (
                len(sources) >= 2
                and _distinct_sources(set(sources.values()))
                and _of_the_same_dead(
                    figures, by_sentence, sorted(sources, key=_first_at(by_sentence))
                )
            ):
                out[country] = set(sources)
    return out


_DAY_TOTAL_RE = rx(
    r"\b(?:past|last|previous)\s+(?:24|twenty-four)\s+hours\b|\btoday\b|\bsince\s+(?:midnight|"
    r"dawn|this\s+morning)\b|\b(?:past|last)\s+day\b",
    re.IGNORECASE,
)
"""The period of a day's total ("in the past 24 hours", "since dawn")."""
_LOCAL_HEAD_RE = rx(
    r"\W*(?P<who>residents|villagers|witnesses|survivors|locals|relatives|elders|activists|medics|"
    r"(?:local|hospital|medical|security|military|police)\s+sources|(?-i:(?:[A-Z][\w'’.-]*\s+){0,5}"
    r"(?:Committees?|Network|Council|Observatory|Ministry|Office|Agency|Society|Union|Coalition|"
    r"Cent(?:re|er)|Commission|Association|Monitor|Group|Hospitals?|Mission|Directorate|"
    r"Department|Authority|Authorities|Crescent|Cross|Watch|OCHA|MSF|SOHR|MoH|UNICEF|WHO)))\s*:",
    re.I,
)
"""A coder's line that gives one source's count ("Villagers: over 120 dead", "Resistance
Committees: 22 killed"): their account. A place's line ("Kharkiv: 3 killed") is not one."""


def _first_at(
    by_sentence: dict[tuple[str | None, str], list[int]],
) -> Callable[[tuple[str | None, str]], int]:
    return lambda key: min(by_sentence[key])


_SAME_KIND = {"civilians": "people", "fighters": "militants", "police": "soldiers"}
_SOME_OF_THE_PEOPLE = frozenset(("children", "women"))
_PARTIAL_RE = rx(
    r"\b(?:(?:the\s+others?|the\s+rest)\s+(?:later\s+)?died|(?:wounded|injured)\s+(?:were|was)\s+"
    r"(?:taken|rushed|brought)\s+to|bodies\s+(?:had\s+been\s+|have\s+been\s+|were\s+)?(?:recovered|found|brought\s+in|"
    r"received)\s+(?:so\s+far|thus\s+far)|members\s+of\s+(?:one|a|the\s+same)\s+family|"
    r"(?<!counts\s)(?<!counting\s)bodies\s+"
    r"(?:were\s+|had\s+been\s+|have\s+been\s+)?(?:brought\s+in|received)|(?:flown|airlifted|evacuated|"
    r"transferred)\s+to|of\s+the\s+bodies\s+(?:had\s+been\s+|have\s+been\s+|were\s+)?(?:found|recovered|"
    r"identified))\b",
    re.IGNORECASE,
)
_CONTRAST_RE = rx(r"\b(?:but|only|however|instead|confirmed)\b", re.IGNORECASE)


_BODIES_SO_FAR_RE = rx(
    r"\bbodies\s+(?:had\s+been\s+|have\s+been\s+|were\s+)?(?:recovered|found|counted)\s+"
    r"(?:so\s+far|thus\s+far)\b",
    re.IGNORECASE,
)


def _officials_bodies(figures: Sequence[Figure], members: list[int]) -> bool:
    """An official's count of the bodies recovered so far ("Army spokesman X said 27 bodies had
    been recovered so far"), after another source's larger toll: the authorities' own account
    of the dead, the lower of two (a militia leader's or a resident's is some of the dead)."""
    return all(figures[i].source_kind == "government" for i in members) and any(
        _BODIES_SO_FAR_RE.search(figures[i].sentence) for i in members
    )


def _medics_bodies(figures: Sequence[Figure], members: list[int], first: list[int]) -> bool:
    """A health official's or a doctors' group's count of the bodies received ("A local health
    official said 26 bodies had been received at the health centre") after a toll that
    residents or a local group gave: the count of those who see the dead, the lower of two
    accounts, not some of the dead."""
    return all(figures[i].source_kind in ("government", "agency") for i in members) and all(
        figures[i].source is not None and figures[i].source_kind is None for i in first
    )


_THE_COUNTED_RE = rx(r"[:;,]\s*(?:and\s+)?the\s+(?P<n>\d{1,4}|[a-z]+)\s+(?-i:[A-Z])[\w’'-]+", re.I)


def _names_the_others_dead(figures: Sequence[Figure], members: list[int], sentence: str) -> bool:
    """`sentence` breaks its count down naming the other sentence's dead by their number ("13
    people in total: the seven Iranians, four Syrians and two Lebanese" after "seven members of
    the Revolutionary Guards were killed")."""
    counts = {figures[i].count for i in members if figures[i].kind == "killed"}
    for m in _THE_COUNTED_RE.finditer(sentence):
        word = words_to_int(m["n"])
        told = int(m["n"]) if m["n"].isdigit() else word[0] if word is not None else None
        if told is not None and told in counts and told > 1:
            return True
    return False


def _of_the_same_dead(
    figures: Sequence[Figure],
    by_sentence: dict[tuple[str | None, str], list[int]],
    keys: list[tuple[str | None, str]],
) -> bool:
    """Whether sentences of two sources count the same dead, so the lower stands (see
    `_same_victims`). A later sentence on a place of its own ("In Khan Younis, 12 were
    killed"), or on some of the dead ("14 bodies recovered so far", "15 wounded were flown to
    Kabul") tells a part, not an account."""
    first = keys[0]
    for key in keys[1:]:
        if _names_the_others_dead(figures, by_sentence[first], key[1]):
            return False  # "the strike killed 13 people in total: the seven Iranians, four
            # Syrians and two Lebanese" holds the seven told before: a whole, no account
        if not _CLAIM_RE.search(key[1]) and not _DISPUTE_RE.search(key[1]):
            line = _PLACE_LINE_RE.match(key[1])
            if line is not None and line["place"].casefold() not in first[1].casefold():
                return False  # "across Idlib ... In Maarat al-Numan": a place of its own
            if (
                _PARTIAL_RE.search(key[1])
                and not _CONTRAST_RE.search(key[1])
                and not _officials_bodies(figures, by_sentence[key])
                and not _medics_bodies(figures, by_sentence[key], by_sentence[first])
                and sum(figures[i].count for i in by_sentence[key])
                <= sum(figures[i].count for i in by_sentence[first])
            ):
                return False  # some of the dead; more bodies than the toll is another account
        if not _same_victims(
            [figures[i] for i in by_sentence[first]], [figures[i] for i in by_sentence[key]]
        ):
            return False
    return True


_MEDICS_RE = rx(
    r"\b(?:health|medical|medics?|hospitals?|clinics?|red\s+crescent|red\s+cross|doctors|"
    r"paramedics|civil\s+defen[cs]e|ambulance|MSF|rescuers)\b",
    re.IGNORECASE,
)
_ARMY_SAYS_RE = rx(
    r"\b(?:army|military|armed\s+forces|defen[cs]e\s+(?:ministry|forces)|ministry\s+of\s+"
    r"defen[cs]e|IDF)\b(?:\s+\w+){0,2}?\s+(?:says?|said|reported|reports|announced)\b|"
    r"\b(?:its|their)\s+(?:own\s+)?(?:soldiers|servicemen|troops|officers|policemen)\b|"
    r"\b(?:the\s+)?(?:army|military|IDF)\s+said\b",
    re.IGNORECASE,
)


_CLAUSE_BREAK_RE = rx(r"[|:;,—–]")
_GAZA_RE = rx(r"\b(?:Gaza|West\s+Bank|Palestinian)", re.IGNORECASE)
_IDF_RE = rx(r"\bIDF\b")


@lru_cache(maxsize=1024)
def _speaker_countries(text: str) -> frozenset[str]:
    """The countries a speaker's words name ("the Israeli army", "Gaza's health ministry");
    kept per text, as figures are weighed pair by pair."""
    named = set(countries_named(text))
    if _GAZA_RE.search(text):
        named.add("Palestine")
    if _IDF_RE.search(text):
        named.add("Israel")
    return frozenset(named)


def _army_beside_medics(part: Figure, whole: Figure) -> bool:
    """Soldiers or police an army of one country tells of as its own, beside a toll a health
    or rescue body of another gives: the wounded "the Palestinian Red Crescent treated" or the
    dead "Lebanon's health ministry" counts are of the other side of the fighting, never the
    army's own ("Syria's defence ministry said three of its soldiers had been killed"). The
    same country's army and hospitals may well count the same soldiers."""
    if (
        part.victims not in ("soldiers", "police")
        or whole.source is None
        or part.source == whole.source
        or _MEDICS_RE.search(whole.source) is None
        or _MEDICS_RE.search(part.sentence) is not None
    ):
        return False
    says = _ARMY_SAYS_RE.search(part.sentence)
    if says is None:
        return False
    before = _CLAUSE_BREAK_RE.split(part.sentence[max(0, says.start() - 40) : says.start()])[-1]
    army = _speaker_countries(f"{part.source or ''} {before}{says.group()}")
    medics = _speaker_countries(whole.source)
    return bool(army) and bool(medics) and not army & medics


def _killers_own(one: Figure, other: Figure) -> bool:
    """One side's own soldiers, told by that side, beside dead it says the side's fire killed
    ("An Israeli soldier was killed, the military said ... three men were killed by Israeli
    fire"): never the same dead, nor some of them."""
    return (
        _own_soldiers_of(one, other)
        or _own_soldiers_of(other, one)
        or _ours_beside_our_kills(one, other)
        or _ours_beside_our_kills(other, one)
        or _victims_of_the_militants(one, other)
        or _victims_of_the_militants(other, one)
        or _army_beside_medics(one, other)
        or _army_beside_medics(other, one)
    )


_MILITANTS_KILLED_RE = rx(
    r"\b(?:terrorists|militants|attackers|gunmen|insurgents|assailants|bandits|hijackers|"
    r"khawarij|khwarij)\s+(?:had\s+|have\s+|has\s+)?(?:already\s+|also\s+)?(?:killed|martyred|"
    r"shot\s+dead|executed|murdered|slaughtered)\s+(?:at\s+least\s+)?(?:\d|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty)",
    re.IGNORECASE,
)


def _victims_of_the_militants(victims: Figure, militants: Figure) -> bool:
    """ "all 33 terrorists sent to hell ... Before the operation, the terrorists had martyred
    21 passengers": the militants' victims are never the militants' own dead."""
    return (
        militants.victims == "militants"
        and victims.victims != "militants"
        and victims.sentence != militants.sentence
        and _MILITANTS_KILLED_RE.search(victims.sentence) is not None
    )


def _ours_beside_our_kills(own: Figure, other: Figure) -> bool:
    """ "One of our fighters was martyred" beside "its security forces killed three ISKP
    members": the speaker's own dead and the enemies its forces killed."""
    return (
        own.sentence != other.sentence
        and own.victims != other.victims  # not "17 of its soldiers" and "killed 40 soldiers"
        and _OWN_OF_OURS_RE.search(own.sentence) is not None
        and _OUR_FORCES_KILLED_RE.search(other.sentence) is not None
    )


def _own_soldiers_of(own: Figure, other: Figure) -> bool:
    """`own` counts its source's own soldiers (not ones the source killed), and the source's
    fire killed `other`'s dead."""
    return (
        own.victims in ("soldiers", "police")
        and own.source is not None
        and own.perpetrator != own.source
        and own.source == other.perpetrator
        and _BY_ITS_OWN_RE.search(own.sentence) is None
    )


_BY_ITS_OWN_RE = rx(r"\bby\s+(?:its|their|our)\s", re.IGNORECASE)
"""Soldiers "killed by its retaliatory fire": the source's enemies, not its own."""


def _same_victims(one: Sequence[Figure], other: Sequence[Figure], *, strict: bool = False) -> bool:
    """Whether two sources' figures may count the same dead: a party's claim or a dispute,
    victims of the same kind, or any and a count of people ("46 killed, mostly women and
    children" against "20 militants"); never the people and some of them ("30 villagers" and
    "twenty children"), nor two sides ("soldiers" and "militants")."""
    if any(_killers_own(a, b) or _other_nations(a, b) for a in one for b in other):
        return False
    texts = {f.sentence for f in (*one, *other)}
    if any(_CLAIM_RE.search(t) or _DISPUTE_RE.search(t) for t in texts):
        return True
    kinds = {_SAME_KIND.get(f.victims, f.victims) for f in one}
    others = {_SAME_KIND.get(f.victims, f.victims) for f in other}
    if kinds & others:
        return True
    if ("people" in kinds and others <= _SOME_OF_THE_PEOPLE) or (
        "people" in others and kinds <= _SOME_OF_THE_PEOPLE
    ):  # the people and some of them; more of "some" than people is another account
        some, whole = (other, one) if others <= _SOME_OF_THE_PEOPLE else (one, other)
        return sum(f.count for f in some) > sum(f.count for f in whole)
    return not strict and "people" in kinds | others


_DISPUTE_RE = rx(
    r"\b(?:disputed|disputes|disputing|contested|contests|contesting|rejected|rejects|dismissed|"
    r"dismisses|dismissing|refuted|refutes)\s+"
    r"(?:the|this|that|their|its|these)\s+(?:[\w-]+\s+)?(?:toll|account|figures?|count|numbers?|"
    r"claims?|version)\b|\b(?:higher|lower|different|conflicting)\s+(?:death\s+)?(?:toll|"
    r"figures?|count|number|account|version)\b|\b(?:toll|figure|count|number)\s+(?:far\s+|much\s+|even\s+|"
    r"considerably\s+)?(?:higher|lower)\b|^\W*(?:other|some|local|unofficial|independent)\s+(?:[\w-]+\s+)?"
    r"(?:sources|reports|estimates|accounts|tallies|counts)\s+(?:put|say|said|gave|give|spoke|"
    r"speak|suggest\w*|report\w*|estimate\w*)\b|\b(?:toll|count|number\s+of\s+dead)\s+(?:from|of|in)\s+"
    r"the\s+same\s+(?:strikes?|attacks?|raids?|shelling|bombing|blast|explosion|incident)\b",
    re.IGNORECASE,
)
"""A sentence that disputes another's count, or gives "other sources'" count, is another
account of the same dead."""
_HOWEVER_RE = rx(
    r"\bhowever,?\s+(?:put|gave|placed|set|said|reported|confirmed|counted|recorded)\b|"
    r"\bbut\s+(?:put|puts|gave|gives|placed|places)\s+the\s+(?:death\s+|overall\s+)?(?:toll|"
    r"number\s+of\s+(?:dead|deaths)|figure)\s+at\b|"
    r"\b(?:standing|stands|stood|stand)\s+by\s+(?:their|its|his|her|the)\s+(?:own\s+)?"
    r"(?:figure|toll|count|number)\b",
    re.IGNORECASE,
)
"""'The police spokesman, however, put the death toll at 12', 'confirmed the attack but put
the death toll at 11', 'officials are standing by their figure of 14': another account of
the same dead, when its figures are of the same side, place and day as the other
sentence's."""


def _same_dead(figures: Sequence[Figure], ones: list[int], others: list[int]) -> bool:
    """Figures of two sentences that may count the same dead: no two of another side, and
    none of another place or day where both name one."""
    for i in ones:
        for k in others:
            a, b = figures[i], figures[k]
            sides = {_SIDES.get(a.victims), _SIDES.get(b.victims)} - {None}
            if len(sides) > 1:
                return False
            if a.place and b.place and a.place.casefold() != b.place.casefold():
                return False
            if a.day and b.day and a.day != b.day:
                return False
    return True


_CAUSE_RE = rx(
    r"\b(?P<adj>(?-i:[A-Z])[a-z]+)\s+(?:missile\s+|drone\s+|air\s*|artillery\s+|rocket\s+)?"
    r"(?:shelling|strikes?|missiles?|drones?|airstrikes?|artillery|rockets?|bombardment)\b"
    r"(?=[^.;]{0,80}?\b(?:killed|killing|kills|wounded|injured)\b)",
    re.IGNORECASE,
)


def _struck_by_two_sides(a: Figure, b: Figure) -> bool:
    """Two figures whose sentences name two countries' fire as their cause: two sides' dead."""
    one, other = _cause_country(a.sentence), _cause_country(b.sentence)
    return one is not None and other is not None and one != other


@lru_cache(maxsize=256)
def _cause_country(sentence: str) -> str | None:
    """The country whose fire a sentence says caused its dead ("Pakistani shelling ... killed
    12", "Indian missile strikes ... had killed 31"), when it names exactly one."""
    found = {
        country
        for m in _CAUSE_RE.finditer(sentence)
        if (country := country_table().canonical(m["adj"])) is not None
    }
    return found.pop() if len(found) == 1 else None


_CAPS_HEAD_STRIP_RE = rx(
    r"^\W*(?:(?-i:[A-Z][A-Z’'-]+(?:\s+[A-Z][A-Z’'-]+){0,2})\s*[-–—:]|(?-i:[A-Z])[a-z]+(?:\s+[a-z]+)?:)\s+"
)
"""A brief's head in capitals before its first line ("ITURI DAILY - ")."""
_PLACE_LINE_RE = rx(
    r"\W*(?:(?:Elsewhere|Meanwhile|(?:Hours|Minutes|Shortly|Moments|A\s+day)\s+(?:earlier|later|"
    r"before|after)|Earlier|Later),?\s+)?(?:In|At|Near)\s+(?:the\s+)?(?:(?:"
    + COMPASS_ADJ
    + r"|occupied|neighbou?ring|nearby|restive|besieged)\s+)?(?:(?:city|town|village|port|"
    r"border\s+town|port\s+city|capital)\s+of\s+)?(?P<place>(?-i:[A-Z])[\w’'-]+"
    r"(?:\s+(?-i:[A-Z])[\w’'-]+|\s+(?:al|el|ad|as|ash|an|ar)-[\w’'-]+|"
    r"\s+(?:de|du|des|del|la|le)\s+(?:l['’])?(?-i:[A-Z])[\w’'-]+){0,3})(?:\s+(?:region|province|oblast|district|governorate|"
    r"state|county|territory|township|prefecture)(?P<level>))?(?:\s*\((?-i:[A-Z])[^()\d]{0,30}\))?"
    r"(?:\s+on\s+(?:\d{1,2}\s+(?-i:[A-Z])[a-z]+|(?-i:[A-Z])[a-z]+day))?\s*,",
    re.IGNORECASE,
)
"""A line of a round-up by place ("In Kharkiv, a guided aerial bomb ...", "In Kyaukme (Shan),
clashes ...", "Hours earlier, in Amalfi, Antioquia, a police helicopter ...", "In the southern
Kherson region, a man was killed", "In the occupied West Bank, Israeli forces killed", "In
the southern city of Kherson, Russian shelling killed a man")."""
_LATER_RE = rx(
    r"\W*(?:By\s+(?:nightfall|evening|the\s+evening|late\s+\w+|midday|noon|"
    r"(?-i:[A-Z])[a-z]+day\s+(?:evening|night|morning|afternoon)|the\s+end\s+of\s+"
    r"the\s+day)|Later(?:\s+on)?(?:\s+that\s+\w+)?|Hours\s+later|In\s+an\s+update)\b",
    re.IGNORECASE,
)
"""A sentence that tells a later count of the same dead ("By nightfall spokesman Mahmoud
Basal said 25 people were dead"): an update, not another account."""
_RAISED_RE = rx(
    r"\b(?:bringing|raising|taking|pushing)\s+(?:the\s+)?(?:[\w-]+\s+){0,6}?(?:toll|total|number)\b|"
    r"\b(?:toll|total|number|figure)\s+(?:was|has\s+been|had\s+been)\s+(?:later\s+|since\s+|then\s+)?"
    r"(?:raised|revised|updated|increased)\s+(?:up\s+)?to\b",
    re.IGNORECASE,
)


def _distinct_sources(names: set[str]) -> bool:
    """Two or more sources, not one named twice ("the army's media center said ... the
    center added"): a name that ends another is the same source."""
    if len(names) < 2:
        return False
    words = [n.split() for n in names]
    return not any(
        a is not b
        and len(a) <= len(b)
        and (
            b[len(b) - len(a) :] == a
            or (b[: len(a)] == a and len(b) > len(a) and b[len(a)].startswith("spokes"))
        )
        for a in words
        for b in words
    )  # "police" and "police spokesman Abdifatah Adan Hassan" are one source


_FIGURE_REF_RE = rx(r"figure (\d+)$")


def set_aside_code(reason: str | None) -> str:
    """`Figure.set_aside` for an `assess` reason: what a tally must leave out to give the
    text's own total, and the whole of a part ("part:N")."""
    if reason is None:
        return SetAside.COUNTED
    if reason.startswith("part of"):
        return f"{SetAside.PART}:{reason.rpartition(' ')[2]}"
    if reason == LONG_RUN:
        return SetAside.CONTEXT
    if reason == RECALLED:
        return SetAside.RECALLED
    if reason == NOT_CONFLICT:
        return SetAside.NOT_CONFLICT
    if reason == DISAGREES:
        return SetAside.DISAGREES
    if reason == RETRACTED:
        return SetAside.RETRACTED
    if reason == UNCONFIRMED:
        return SetAside.UNCONFIRMED
    other = _FIGURE_REF_RE.search(reason)
    code = SetAside.ACCOUNT if reason.startswith("same claim") else SetAside.REPEAT
    return f"{code}:{other.group(1)}" if other else code


def with_set_aside(figures: Sequence[Figure], reasons: Sequence[str | None]) -> tuple[Figure, ...]:
    """The figures with their `set_aside` codes. A part of a whole set aside for another reason
    than a repeat (a long-run toll, the higher account) is set aside with it: the text counts
    neither, and neither may a tally."""
    codes = [set_aside_code(why) for why in reasons]
    for i in range(len(figures)):
        whole = aside_target(codes[i], SetAside.PART)
        if whole is None:
            continue
        seen = {i}
        while (ahead := aside_target(codes[whole], SetAside.REPEAT)) is not None:
            if ahead in seen or not 0 <= ahead < len(figures):
                break
            seen.add(whole)
            whole = ahead
        told = codes[whole]  # an account another stands for, a long-run toll...: its parts too
        if not told.startswith((SetAside.REPEAT, SetAside.PART, SetAside.COUNTED)):
            codes[i] = told
    return tuple(replace(f, set_aside=code) for f, code in zip(figures, codes, strict=True))


def _counted_toll(
    figures: Sequence[Figure], reasons: Sequence[str | None], reason: str | None
) -> bool:
    """Whether a reason makes a figure part of a killed figure that counts."""
    ref = _FIGURE_REF_RE.search(reason or "")
    if ref is None or not (reason or "").startswith("part of"):
        return False
    whole = int(ref.group(1))
    if figures[whole].kind != "killed":
        return False
    if reasons[whole] is None:
        return True
    later = _FIGURE_REF_RE.search(reasons[whole] or "")  # the toll told again: "Two dead" ...
    return (  # ... "Toll now three dead": an account that stands for it counts
        later is not None
        and (reasons[whole] or "").startswith("same claim as")
        and figures[int(later.group(1))].kind == "killed"
        and reasons[int(later.group(1))] is None
    )


def text_totals(
    figures: Sequence[Figure], reasons: Sequence[str | None] | None = None
) -> tuple[int, int]:
    """(killed, injured): the text's conservative totals by the tally rules. The wounded who
    later died are counted with the dead and leave the injured."""
    if reasons is None:
        reasons = assess(figures)
    sums = _part_sums(figures)
    killed = injured = died_of_wounds = 0
    hurt_told = [
        f.span[0] for f, r in zip(figures, reasons, strict=True) if f.kind == "injured" and not r
    ]
    for index, (figure, reason) in enumerate(zip(figures, reasons, strict=True)):
        if reason is not None:
            if (
                _died_of_wounds(figures, figure)
                and _counted_toll(figures, reasons, reason)
                and not (hurt_told and min(hurt_told) > figure.span[1])
            ):  # "four of them later died, raising the toll"; not "One of the injured died.
                died_of_wounds += figure.count  # Total now 7 dead; 32 injured remain"
            continue
        if figure.kind == "killed":
            killed += _value(figures, index, sums)
            if _died_of_wounds(figures, figure):
                died_of_wounds += figure.count
        else:
            injured += _value(figures, index, sums)
    hurt = [
        max(  # the latest telling of the wounded, repeats included: "Thirty people were
            # wounded" after "after a woman died in hospital" is already the count without her
            [f.span[0]]
            + [
                g.span[0]
                for g, q in zip(figures, reasons, strict=True)
                if q == f"same as figure {k}"
            ]
        )
        for k, (f, r) in enumerate(zip(figures, reasons, strict=True))
        if f.kind == "injured" and not r
    ]
    if hurt and all(
        _FIRST_WOUNDED_RE.search(f.sentence)
        for f, r in zip(figures, reasons, strict=True)
        if f.kind == "injured" and not r
    ):
        hurt = [0]  # "A soldier who was injured ... succumbed, raising the toll to three. The
        # attack had initially killed two soldiers and wounded six": the wounded first told
    if hurt:
        # "Of some 30 wounded, a woman and a child later died, bringing the toll to 16": the two
        # are told as parts of the toll, and leave the wounded counted before them
        updated_after = [
            g.span[0]
            for g, r in zip(figures, reasons, strict=True)
            if g.kind == "injured" and not r and (g.update or still_hurt(g.sentence))
        ]  # "the number of injured now stands at 10", "25 other injured passengers remain",
        # told after the death: already net
        of_the_wounded = [
            f
            for f in figures
            if f.kind == "killed"
            and f.part_of is not None
            and figures[f.part_of].kind == "killed"
            and not _died_of_wounds(figures, figures[f.part_of])  # "Seven of them died ...,
            # including two children": the two are of the seven, who left the wounded already
            and (f.span[1] > min(hurt) or _a_headline_over(figures, f))
            and not any(at > f.span[1] for at in updated_after)
            # "One of the 16 people wounded ... died"; a headline's "Man wounded in drone
            # strike dies" over the story's first count of the wounded
            and wounded_who_died(f.sentence)
            and not any(  # "14 people had been confirmed killed and 25 wounded; three of the
                g.kind == "injured"  # wounded later died": the 14 died first, not of wounds
                and g.sentence == f.sentence
                and g.span[0] >= f.span[1]
                and any(h.part_of == k and h.kind == "killed" for h in figures)
                for k, g in enumerate(figures)
            )
        ]
        died_of_wounds += sum(
            f.count
            for f in of_the_wounded
            if not any(  # "One of the wounded, Corporal X, 27, died": the named man is the one
                g is not f and g.span[0] <= f.span[0] and f.span[1] <= g.span[1]
                for g in of_the_wounded
            )
        )
    return killed, max(0, injured - died_of_wounds)

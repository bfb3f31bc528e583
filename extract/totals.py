"""A text's conservative death and injury totals, by DESIGN.md's tally rules within one text.

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
from collections.abc import Sequence

from extract.model import Figure, Kind

_LONG_RUN_RE = re.compile(
    r"\b(?:war|conflict|fighting|offensive|since\s+(?:the\s+)?(?:start|beginning)|"
    r"since\s+[a-z]+\s+\d{4}|since\s+(?:19|20)\d\d|since\s+(?:january|february|march|april|"
    r"may|june|july|august|september|october|november|december)|in\s+(?:january|february|"
    r"march|april|may|june|july|august|september|october|november|december)|last\s+month|"
    r"this\s+month|this\s+year|last\s+year|began|launched|started|invaded|invasion|genocide|"
    r"overall|total|cumulative|hostilities|campaign|bombardment|violence)\b",
    re.IGNORECASE,
)

_DISJOINT_RE = re.compile(
    r"\b(?:separately|elsewhere|in\s+(?:a\s+)?separate|in\s+another|meanwhile|a\s+further)\b",
    re.IGNORECASE,
)
"""A sentence that says it tells of another incident: its figures add, they never repeat."""

NOT_CONFLICT = "not conflict violence"
LONG_RUN = "long-run toll, context only"


LONG_RUN_MIN = 1_000
"""A cumulative toll this large with no period written ("attacks have killed 44,708") is a
war-long toll: single incidents of a thousand dead are too rare to read it any other way."""


def is_long_run(figure: Figure) -> bool:
    """A toll over weeks or a whole war, which a new incident's figure must not be added to."""
    if not figure.cumulative:
        return False
    if figure.period is None:
        return figure.count >= LONG_RUN_MIN
    return bool(_LONG_RUN_RE.search(figure.period))


def _compatible(a: Figure, b: Figure) -> bool:
    return a.victims == b.victims or "people" in (a.victims, b.victims)


def assess(figures: Sequence[Figure]) -> tuple[str | None, ...]:
    """Why each figure is left out of its kind's total, or None when it counts."""
    reasons: list[str | None] = [None] * len(figures)
    for kind in ("killed", "injured"):
        _assess_kind(figures, kind, reasons)
    return tuple(reasons)


def _assess_kind(figures: Sequence[Figure], kind: Kind, reasons: list[str | None]) -> None:
    live = [i for i, f in enumerate(figures) if f.kind == kind]
    for i in live:
        figure = figures[i]
        if not figure.conflict:
            reasons[i] = NOT_CONFLICT
        elif figure.part_of is not None:
            reasons[i] = f"part of figure {figure.part_of}"
    live = [i for i in live if reasons[i] is None]
    if any(not is_long_run(figures[i]) for i in live):
        for i in live:
            if is_long_run(figures[i]):
                reasons[i] = LONG_RUN
        live = [i for i in live if reasons[i] is None]
    # Implicit parts: "over 20 civilians" within "at least 277 people killed".
    for i in live:
        part = figures[i]
        if part.victims == "people":
            continue
        for j in live:
            whole = figures[j]
            if (
                j != i
                and reasons[j] is None
                and whole.victims == "people"
                and whole.count >= part.count
                and (part.country is None or whole.country in (None, part.country))
                and not _same_sentence(part, whole)
            ):
                reasons[i] = f"part of figure {j}"
                break
    live = [i for i in live if reasons[i] is None]
    # The same claim said twice (headline and body) counts once.
    for pos, i in enumerate(live):
        for j in live[:pos]:
            if (
                reasons[j] is None
                and figures[j].count == figures[i].count
                and _compatible(figures[i], figures[j])
                and not _same_sentence(figures[i], figures[j])
            ):
                reasons[i] = f"same as figure {j}"
                break
    live = [i for i in live if reasons[i] is None]
    _keep_largest_per_country(figures, live, reasons)


def _same_sentence(a: Figure, b: Figure) -> bool:
    """Two figures of one sentence ("a village head and his son") are two claims, not one
    said twice; a title repeated word for word in the body is two sentences."""
    return a.sentence == b.sentence and abs(a.span[0] - b.span[0]) < len(a.sentence)


def _value(figures: Sequence[Figure], index: int) -> int:
    """A whole's count, raised to the sum of its explicit parts when that is larger."""
    parts = sum(f.count for f in figures if f.part_of == index and f.kind == figures[index].kind)
    return max(figures[index].count, parts)


def _keep_largest_per_country(
    figures: Sequence[Figure], live: list[int], reasons: list[str | None]
) -> None:
    """Across sentences of one country the largest sentence total stands for the others."""
    by_sentence: dict[tuple[str | None, str], list[int]] = {}
    live = [i for i in live if not _DISJOINT_RE.search(figures[i].sentence)]
    for i in live:
        by_sentence.setdefault((figures[i].country, figures[i].sentence), []).append(i)
    best: dict[str | None, tuple[int, list[int]]] = {}
    for (country, _sentence), members in by_sentence.items():
        total = sum(_value(figures, i) for i in members)
        if country not in best or total > best[country][0]:
            best[country] = (total, members)
    keep = {i for _total, members in best.values() for i in members}
    if None in best and len(best) > 1:
        # A sentence with no country is the summary of the others only if it is larger.
        named = sum(total for country, (total, _m) in best.items() if country is not None)
        if best[None][0] > named:
            keep = set(best[None][1])
        else:
            keep -= set(best[None][1])
    for i in live:
        if i not in keep:
            winner = min(keep, key=lambda k: abs(k - i)) if keep else i
            reasons[i] = f"same claim as figure {winner}"


def text_totals(figures: Sequence[Figure]) -> tuple[int, int]:
    """(killed, injured): the text's conservative totals by the tally rules."""
    reasons = assess(figures)
    killed = injured = 0
    for index, (figure, reason) in enumerate(zip(figures, reasons, strict=True)):
        if reason is not None:
            continue
        if figure.kind == "killed":
            killed += _value(figures, index)
        else:
            injured += _value(figures, index)
    return killed, injured

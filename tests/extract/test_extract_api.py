"""extract(): figures placed and attributed, totals, and the `extract --json` shape."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from extract import casualties, totals
from extract.api import extract, extraction_to_json
from extract.casualties import find_figures
from extract.casualty_context import text_conflict
from extract.model import Figure
from extract.totals import assess, text_totals

PUBLISHED = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)

KEYS = {
    "id", "kind", "count", "low", "high", "qualifier", "victims", "cumulative", "period_start",
    "source", "source_kind", "perpetrator", "country", "place", "conflict", "sentence", "span",
    "counted", "excluded_reason",
}  # fmt: skip


def test_headline_and_body_count_once_and_json_explains_why() -> None:
    text = (
        "Strike kills 4 in Aleppo.\n"
        "At least 4 people, including 2 children, were killed in Aleppo on Thursday, "
        "according to the Syrian Observatory for Human Rights."
    )
    ex = extract(text, published=PUBLISHED)
    assert (ex.killed, ex.injured) == (4, 0)
    assert [(f.count, f.victims, f.part_of) for f in ex.figures] == [
        (4, "people", None),
        (4, "people", None),
        (2, "children", 1),
    ]
    out = extraction_to_json(ex)
    assert json.loads(json.dumps(out)) == out
    assert (out["killed"], out["injured"]) == (4, 0)
    rows = out["casualties"]
    assert all(set(row) == KEYS for row in rows)
    assert [(r["id"], r["counted"], r["excluded_reason"]) for r in rows] == [
        (0, False, "same as figure 1"),  # the body's figure names its source: it stands
        (1, True, None),
        (2, False, "part of figure 1"),
    ]
    assert rows[1]["source"] == "SOHR" and rows[1]["source_kind"] == "monitor"
    assert rows[1]["qualifier"] == "at least"
    assert rows[0]["span"] == [7, 14] and text[7:14] == "kills 4"
    assert rows[1]["sentence"] == text[26:]


def test_figures_take_the_place_in_their_sentence() -> None:
    ex = extract("Shelling killed 6 people in Aleppo.", published=PUBLISHED)
    [figure] = ex.figures
    assert (figure.place, figure.country) == ("Aleppo", "Syria")
    assert "Syria" in ex.countries
    assert any(p.place == "Aleppo" for p in ex.places)


def test_non_conflict_and_injuries_in_json() -> None:
    out = extraction_to_json(extract("At least 9 people died and 12 were injured in a bus crash."))
    assert (out["killed"], out["injured"]) == (0, 0)
    assert [
        (r["kind"], r["count"], r["conflict"], r["excluded_reason"]) for r in out["casualties"]
    ] == [
        ("killed", 9, False, "not conflict violence"),
        ("injured", 12, False, "not conflict violence"),
    ]


def test_period_start_is_iso() -> None:
    out = extraction_to_json(
        extract("About 70 fighters were killed since Wednesday.", published=PUBLISHED)
    )
    [row] = out["casualties"]
    assert (row["cumulative"], row["period_start"]) == (True, "2025-03-12T00:00:00Z")


def test_text_without_casualties() -> None:
    ex = extract("Talks resume in Geneva as envoys meet.")
    assert (ex.figures, ex.killed, ex.injured) == ((), 0, 0)
    assert extraction_to_json(ex)["casualties"] == []


LONG_UNIT = (
    "A drone strike killed 3 people in Aleppo on Tuesday, the health ministry said. Two were hurt. "
)


def test_a_long_text_reads_the_whole_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """60 KB of repeated sentences: every figure is found at its own offset, the repeat counts
    once, and the text-wide conflict check runs once rather than once per sentence."""
    calls: list[int] = []

    def counting(text: str) -> bool:
        calls.append(len(text))
        return text_conflict(text)

    monkeypatch.setattr(casualties, "text_conflict", counting)
    repeats = 60_000 // len(LONG_UNIT) + 1
    text = LONG_UNIT * repeats
    ex = extract(text, published=PUBLISHED)
    killed = [f for f in ex.figures if f.kind == "killed"]
    injured = [f for f in ex.figures if f.kind == "injured"]
    assert (len(killed), len(injured)) == (repeats, repeats)
    assert [f.span[0] for f in killed] == [n * len(LONG_UNIT) + 15 for n in range(repeats)]
    assert {(f.count, f.place, f.country, f.source) for f in killed} == {
        (3, "Aleppo", "Syria", "health ministry")
    }
    assert (ex.killed, ex.injured) == (3, 2)
    assert calls == [len(text)]


def _count_calls(monkeypatch: pytest.MonkeyPatch, name: str) -> list[int]:
    """Count the calls of `totals.<name>`, a test of two figures, in a one-item list."""
    calls = [0]
    test = getattr(totals, name)

    def counting(a: Figure, b: Figure) -> bool:
        calls[0] += 1
        return bool(test(a, b))

    monkeypatch.setattr(totals, name, counting)
    return calls


def test_a_long_live_page_compares_each_line_with_a_few_after_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A live page's later lines update its toll; a page of thousands of stamped lines is
    compared line by line with the few after each, not every line with every other."""
    compared = _count_calls(monkeypatch, "_compatible")
    text = "\n".join(
        f"{n // 60:02d}:{n % 60:02d} - The toll rises to {n + 3} dead." for n in range(900)
    )
    figures = find_figures(text)
    assert len(figures) == 900
    reasons = assess(figures)
    assert sum(r is None for r in reasons) == 1  # the newest value stands for the others
    assert text_totals(figures) == (902, 0)
    assert compared[0] < 100 * len(figures)


def test_a_live_page_of_many_places_compares_few_of_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """Lines naming places of their own are told apart by comparing each place with those
    before it; a page naming many places is weighed as a page, not place by place."""
    compared = 0
    contains = totals.contains

    def counting(outer: str, inner: str) -> bool:
        nonlocal compared
        compared += 1
        return contains(outer, inner)

    monkeypatch.setattr(totals, "contains", counting)
    text = "\n".join(
        f"{n // 60:02d}:{n % 60:02d} - A drone strike in Village{n:04d} killed two people."
        for n in range(900)
    )
    figures = find_figures(text)
    assert len(figures) == 900
    assess(figures)
    assert compared == 0


def test_totals_of_many_figures_compare_few_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Thousands of distinct counts: repeats and parts are found through indexes, not by
    comparing every figure with every other."""
    compared = _count_calls(monkeypatch, "_same_sentence")
    text = "".join(
        f"Separately, {n} people were killed in the north. {n + 1} civilians died there. "
        for n in range(3, 1_003)
    )
    figures = find_figures(text)
    assert len(figures) == 2_000
    reasons = assess(figures)
    # the civilians "there" add nothing (they are no part of the next, separate incident's
    # people, which follow them, but the largest claim of their country stands for them)
    assert reasons[0] is None and reasons[2] is None and reasons[1] is not None
    assert reasons[-1] is None and figures[-1].count == 1_003
    assert text_totals(figures) == (sum(range(3, 1_003)) + 1_003, 0)
    assert compared[0] < 3 * len(figures)


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        # A toll told in a sentence that names no place is where the sentence before put it.
        (
            "Rescue at the rubble.\nRescuers dug through the rubble of an airstrike in "
            "Nuseirat, central Gaza. Three people were killed, but a family escaped.",
            "Nuseirat",
            "Palestine",
        ),
        # A sentence that names its own place keeps it.
        (
            "Shelling hit Kharkiv overnight. Two people were killed in Kherson.",
            "Kherson",
            "Ukraine",
        ),
        # A hospital the news names alone stands in its town.
        ("Israeli attack kills Kamal Adwan Hospital's ICU director", "Beit Lahia", "Palestine"),
    ],
)
def test_a_figure_is_placed_where_its_deaths_happened(text: str, place: str, country: str) -> None:
    ex = extract(text, published=PUBLISHED)
    assert [(f.place, f.country) for f in ex.figures if f.kind == "killed"][:1] == [
        (place, country)
    ]

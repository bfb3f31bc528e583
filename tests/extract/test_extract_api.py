"""extract(): figures placed and attributed, totals, and the `extract --json` shape."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from extract.api import extract, extraction_to_json

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
        (0, True, None),
        (1, False, "same as figure 0"),
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
    assert (row["cumulative"], row["period_start"]) == (True, "2025-03-12T00:00:00+00:00")


def test_text_without_casualties() -> None:
    ex = extract("Talks resume in Geneva as envoys meet.")
    assert (ex.figures, ex.killed, ex.injured) == ((), 0, 0)
    assert extraction_to_json(ex)["casualties"] == []

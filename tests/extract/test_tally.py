"""The tally rules on hand-written scenarios: exact totals and every figure's verdict."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.model import Figure
from extract.tally import Tally, TallyFigure, tally, tally_to_json

T0 = datetime(2025, 3, 4, 12, 0, tzinfo=UTC)
NOW = T0 + timedelta(hours=12)


def fig(count: int, victims: str = "people", kind: str = "killed", **kw: Any) -> Figure:
    return Figure(
        kind=kind,  # type: ignore[arg-type]
        count=count,
        low=count,
        high=kw.pop("high", None),
        qualifier=kw.pop("qualifier", None),
        victims=victims,  # type: ignore[arg-type]
        sentence=kw.pop("sentence", f"{count} {victims} were {kind}."),
        span=(0, len(str(count))),
        **kw,
    )


def tf(
    id: int,
    figure: Figure,
    *,
    hours: float = 0.0,
    story: int = 1,
    item: int | None = None,
    feed: str = "Wire A",
    latest: bool = True,
    excluded: bool = False,
    reason: str | None = None,
) -> TallyFigure:
    return TallyFigure(
        id=id,
        figure=figure,
        item_id=item if item is not None else id,
        item_title=f"Report {id}",
        item_link=f"https://example.org/{id}",
        feed=feed,
        published=T0 + timedelta(hours=hours),
        event_id=story,
        latest_version=latest,
        excluded=excluded,
        excluded_reason=reason,
    )


def verdicts(t: Tally) -> dict[int, tuple[bool, str | None]]:
    return {f.source.id: (f.counted, f.excluded_reason) for f in t.figures}


def totals(t: Tally) -> tuple[int, int, int, int, int]:
    return (t.killed, t.injured, t.civilians_killed, t.killed_low, t.killed_high)


def test_parts_never_add_to_their_whole() -> None:
    figures = [
        tf(1, fig(277, qualifier="at least"), item=10),
        tf(2, fig(20, "civilians", qualifier="over"), item=10),
        tf(3, fig(1, "soldiers"), item=10),
    ]
    t = tally(figures, since=None, now=NOW)
    assert totals(t) == (277, 0, 20, 277, 277)
    assert verdicts(t) == {
        1: (True, None),
        2: (False, "part of figure 1"),
        3: (False, "part of figure 1"),
    }
    assert [(s.id, s.killed, s.figure_ids) for s in t.events] == [(1, 277, (1, 2, 3))]
    assert t.figures[0].tallied == 277


def test_whole_is_raised_to_the_sum_of_its_disjoint_parts() -> None:
    figures = [
        tf(1, fig(12), item=10),
        tf(2, fig(8, "soldiers"), item=10),
        tf(3, fig(7, "civilians"), item=10),
        tf(4, fig(2, "children"), item=10),
    ]
    t = tally(figures, since=None, now=NOW)
    assert totals(t) == (15, 0, 7, 15, 15)
    assert verdicts(t) == {
        1: (False, "below the sum of its parts"),
        2: (True, None),
        3: (True, None),
        4: (False, "part of figure 3"),
    }


def test_explicit_part_of_link_keeps_a_same_victims_part_out() -> None:
    # "30 killed ... among the dead were 5 people from one family": same victims, linked.
    figures = [tf(1, fig(30), item=10), tf(2, fig(5, part_of=0), item=10, hours=0)]
    t = tally(figures, since=None, now=NOW)
    assert t.killed == 30
    assert verdicts(t) == {1: (True, None), 2: (False, "part of figure 1")}


def test_running_toll_across_items_and_outlets_counts_its_latest_value() -> None:
    figures = [
        tf(1, fig(11), hours=0, feed="Wire A"),
        tf(2, fig(14, cumulative=True, update=True), hours=2, feed="Wire B"),
        tf(3, fig(18, cumulative=True, update=True), hours=4, feed="Wire C"),
    ]
    t = tally(figures, since=None, now=NOW)
    assert totals(t) == (18, 0, 0, 18, 18)
    assert verdicts(t) == {
        1: (False, "superseded by figure 2"),
        2: (False, "superseded by figure 3"),
        3: (True, None),
    }


def test_a_later_value_hours_apart_supersedes_without_update_language() -> None:
    figures = [tf(1, fig(11), hours=0, feed="Wire A"), tf(2, fig(14), hours=7, feed="Wire B")]
    t = tally(figures, since=None, now=NOW)
    assert t.killed == 14
    assert verdicts(t) == {1: (False, "superseded by figure 2"), 2: (True, None)}


def test_the_same_figure_from_three_outlets_counts_once() -> None:
    figures = [
        tf(1, fig(12, source="civil defence"), feed="Wire A"),
        tf(2, fig(12, source="civil defence"), hours=1, feed="Wire B"),
        tf(3, fig(12), hours=2, feed="Wire C"),
    ]
    t = tally(figures, since=None, now=NOW)
    assert totals(t) == (12, 0, 0, 12, 12)
    assert verdicts(t) == {
        1: (True, None),
        2: (False, "repeat of figure 1"),
        3: (False, "repeat of figure 1"),
    }


def test_only_an_items_latest_version_counts() -> None:
    figures = [
        tf(1, fig(10), item=5, latest=False),
        tf(2, fig(25), item=5, hours=3),
    ]
    t = tally(figures, since=None, now=NOW)
    assert t.killed == 25
    assert verdicts(t) == {1: (False, "earlier version"), 2: (True, None)}


def test_a_series_begun_before_the_window_counts_only_its_rise() -> None:
    figures = [
        tf(1, fig(30, cumulative=True), hours=-5),
        tf(2, fig(42, cumulative=True, update=True), hours=2, feed="Wire B"),
    ]
    t = tally(figures, since=T0, now=NOW)
    assert totals(t) == (12, 0, 0, 12, 12)
    assert verdicts(t) == {2: (True, None)}
    assert t.figures[0].tallied == 12
    assert t.since == T0


def test_a_detail_published_later_about_an_earlier_incident_adds_nothing() -> None:
    figures = [tf(1, fig(30), hours=-5), tf(2, fig(3, "children"), hours=2)]
    t = tally(figures, since=T0, now=NOW)
    assert totals(t) == (0, 0, 0, 0, 0)
    assert verdicts(t) == {2: (False, "part of figure 1")}


def test_a_war_long_toll_is_context() -> None:
    war = datetime(2023, 10, 7, tzinfo=UTC)
    figures = [
        tf(1, fig(40000, cumulative=True, period_start=war), hours=1, story=1),
        tf(2, fig(6), hours=2, story=2),
    ]
    t = tally(figures, since=T0, now=NOW)
    assert totals(t) == (6, 0, 0, 6, 6)
    assert verdicts(t) == {1: (False, "long-run toll: context"), 2: (True, None)}
    assert [f.source.id for f in t.context] == [1]
    assert [(s.id, s.killed) for s in t.events] == [(2, 6), (1, 0)]


def test_a_war_long_toll_is_context_over_all_time_too() -> None:
    war = datetime(2023, 10, 7, tzinfo=UTC)
    figures = [
        tf(1, fig(40000, cumulative=True, period_start=war), hours=1, story=1),
        tf(
            2,
            fig(43000, "soldiers", cumulative=True, period="since the war began"),
            hours=3,
            story=3,
        ),
        tf(3, fig(6), hours=2, story=2),
        # "The war has killed 44,000": a large cumulative toll with no period written.
        tf(4, fig(44000, cumulative=True), hours=2.5, story=4),
        # "The toll rose to 18": a small running toll of one incident is no war-long toll.
        tf(5, fig(18, cumulative=True, update=True), hours=2.6, story=5),
    ]
    t = tally(figures, since=None, now=NOW)
    assert totals(t) == (24, 0, 0, 24, 24)
    assert t.since is None
    assert verdicts(t) == {
        4: (False, "long-run toll: context"),
        5: (True, None),
        1: (False, "long-run toll: context"),
        2: (False, "long-run toll: context"),
        3: (True, None),
    }


def test_a_war_long_toll_is_context_in_every_window_even_when_it_rises() -> None:
    # Its rise from one report to the next mixes scopes and repeats the incidents beside it.
    war = datetime(2023, 10, 7, tzinfo=UTC)
    figures = [
        tf(1, fig(40000, cumulative=True, period_start=war), hours=1),
        tf(2, fig(40080, cumulative=True, period_start=war, update=True), hours=9),
    ]
    for since in (T0, None):
        t = tally(figures, since=since, now=NOW)
        assert t.killed == 0
        assert verdicts(t) == {
            1: (False, "superseded by figure 2"),
            2: (False, "long-run toll: context"),
        }
        assert [f.source.id for f in t.context] == [2]


def test_disagreeing_sources_tally_the_lower_and_keep_the_range() -> None:
    figures = [
        tf(1, fig(12, source="civil defence"), hours=1, feed="Wire A"),
        tf(2, fig(10, source="health ministry"), hours=2, feed="Wire B"),
    ]
    t = tally(figures, since=None, now=NOW)
    assert totals(t) == (10, 0, 0, 10, 12)
    assert verdicts(t) == {
        1: (False, "disagrees with figure 2: lower value tallied"),
        2: (True, None),
    }


def test_distinct_stories_add_up_per_country() -> None:
    figures = [
        tf(1, fig(5, country="Syria", place="Ariha"), story=1),
        tf(2, fig(4, "civilians", country="Syria", place="Saraqeb"), story=2),
        tf(3, fig(9, country="Sudan", place="El Fasher"), story=3),
    ]
    t = tally(figures, since=None, now=NOW)
    assert totals(t) == (18, 0, 4, 18, 18)
    assert [(c.country, c.killed, c.civilians_killed) for c in t.by_country] == [
        ("Sudan", 9, 0),
        ("Syria", 9, 4),
    ]
    assert [(s.id, s.country, s.place, s.killed) for s in t.events] == [
        (3, "Sudan", "El Fasher", 9),
        (1, "Syria", "Ariha", 5),
        (2, "Syria", "Saraqeb", 4),
    ]


def test_a_country_wide_running_toll_is_not_added_to_its_incidents() -> None:
    # "Today's toll" rises from 20 to 30; a strike reported during the day is inside it, one
    # reported the day before is not, and neither is a report of another group of victims.
    toll: dict[str, Any] = {"cumulative": True, "period_start": T0, "country": "Palestine"}
    figures = [
        tf(1, fig(20, **toll), hours=1, story=1),
        tf(2, fig(30, update=True, **toll), hours=6, story=1),
        tf(3, fig(18, country="Palestine", place="Khan Younis"), hours=3, story=2),
        tf(4, fig(7, country="Palestine", place="Rafah"), hours=-20, story=3),
    ]
    t = tally(figures, since=None, now=NOW)
    assert [(c.country, c.killed) for c in t.by_country] == [("Palestine", 37)]
    assert verdicts(t) == {
        1: (False, "superseded by figure 2"),
        2: (True, None),
        3: (False, "inside the toll of figure 2"),
        4: (True, None),
    }
    # The rows add up to their country: the covered strike shows 0, pointing at the toll.
    assert [(e.id, e.killed, e.covered_by) for e in t.events] == [
        (1, 30, None),
        (3, 7, None),
        (2, 0, 2),
    ]
    claim = fig(400, "militants", source_kind="party", **toll)
    soldiers = fig(12, "soldiers", country="Palestine")
    t = tally([tf(1, claim, hours=2), tf(2, soldiers, hours=1, story=2)], since=None, now=NOW)
    assert t.killed == 412


def test_injuries_non_conflict_and_excluded_figures_stay_out_of_death_tolls() -> None:
    figures = [
        tf(1, fig(4), item=1),
        tf(2, fig(10, kind="injured"), item=1),
        tf(3, fig(30, conflict=False), item=2, story=2),
        tf(4, fig(7, "civilians"), item=3, story=3, excluded=True, reason="wrong town"),
        tf(5, fig(2, "civilians"), item=4, story=4, excluded=True),
    ]
    t = tally(figures, since=None, now=NOW)
    assert totals(t) == (4, 10, 0, 4, 4)
    assert verdicts(t) == {
        1: (True, None),
        2: (True, None),
        3: (False, "not conflict violence"),
        4: (False, "excluded by editor: wrong town"),
        5: (False, "excluded by editor"),
    }
    assert [(s.id, s.killed, s.injured) for s in t.events] == [
        (1, 4, 10),
        (2, 0, 0),
        (3, 0, 0),
        (4, 0, 0),
    ]


def test_party_claims_are_counted_but_marked() -> None:
    claim = fig(8, "militants", source="the army", source_kind="party")
    t = tally([tf(1, claim)], since=None, now=NOW)
    assert t.killed == 8
    assert [(f.counted, f.party_claim) for f in t.figures] == [(True, True)]


def test_figures_after_now_are_ignored() -> None:
    t = tally([tf(1, fig(5), hours=13)], since=None, now=NOW)
    assert (t.killed, t.figures, t.events) == (0, (), ())


def test_json_has_the_documented_shape() -> None:
    figure = fig(
        3,
        "children",
        qualifier="at least",
        source="SOHR",
        source_kind="monitor",
        country="Syria",
        place="Ariha",
        sentence="At least 3 children were killed.",
    )
    doc = tally_to_json(tally([tf(7, figure, story=2)], since=T0, now=NOW))
    assert doc == {
        "killed": 3,
        "injured": 0,
        "civilians_killed": 3,
        "killed_low": 3,
        "killed_high": 3,
        "since": "2025-03-04T12:00:00Z",
        "by_country": [{"country": "Syria", "killed": 3, "injured": 0, "civilians_killed": 3}],
        "stories": [
            {
                "id": 2,
                "label": "Report 7",
                "country": "Syria",
                "place": "Ariha",
                "killed": 3,
                "injured": 0,
                "figure_ids": [7],
                "killed_low": 3,
                "killed_high": 3,
                "civilians_killed": 3,
                "as_of": "2025-03-04T12:00:00Z",
            }
        ],
        "context": [],
        "figures": [
            {
                "id": 7,
                "kind": "killed",
                "count": 3,
                "low": 3,
                "high": None,
                "qualifier": "at least",
                "victims": "children",
                "cumulative": False,
                "period_start": None,
                "source": "SOHR",
                "source_kind": "monitor",
                "perpetrator": None,
                "country": "Syria",
                "place": "Ariha",
                "conflict": True,
                "sentence": "At least 3 children were killed.",
                "span": [0, 1],
                "counted": True,
                "excluded_reason": None,
                "verdict": None,
                "party_claim": False,
                "tallied": 3,
                "story_id": 2,
                "event_id": 2,
                "item": {
                    "id": 7,
                    "title": "Report 7",
                    "link": "https://example.org/7",
                    "feed": "Wire A",
                    "published": "2025-03-04T12:00:00Z",
                },
            }
        ],
    }


def test_an_area_toll_covers_incidents_inside_it_and_is_raised_by_them() -> None:
    day = T0 - timedelta(hours=12)
    toll: dict[str, Any] = {"period_start": day, "country": "Syria", "place": "Idlib"}
    figures = [
        tf(1, fig(9, **toll), hours=4, story=1),
        tf(2, fig(5, country="Syria", place="Ariha"), hours=2, story=2),
        tf(3, fig(7, country="Syria", place="Saraqeb"), hours=3, story=3),
        tf(4, fig(4, country="Syria", place="Damascus"), hours=3, story=4),
        tf(5, fig(6, country="Syria", place="Ariha"), hours=8, story=5),
    ]
    t = tally(figures, since=T0 - timedelta(hours=12), now=NOW, contains=_contains)
    # Ariha and Saraqeb (12) raise the Idlib toll (9); Damascus and a later Ariha report add.
    assert [(c.country, c.killed) for c in t.by_country] == [("Syria", 22)]
    assert verdicts(t) == {
        1: (False, "below the sum of its parts"),
        2: (True, None),
        3: (True, None),
        4: (True, None),
        5: (True, None),
    }


def test_an_incident_running_toll_without_a_place_does_not_cover_other_stories() -> None:
    figures = [
        tf(1, fig(18, cumulative=True, update=True, country="Syria"), story=1),
        tf(2, fig(5, country="Syria", place="Ariha"), story=2),
    ]
    t = tally(figures, since=None, now=NOW)
    assert [(c.country, c.killed) for c in t.by_country] == [("Syria", 23)]
    assert verdicts(t) == {1: (True, None), 2: (True, None)}


def _contains(outer: str, inner: str) -> bool:
    return outer == inner or (outer, inner) in {("Idlib", "Ariha"), ("Idlib", "Saraqeb")}


_VICTIMS = ["people", "civilians", "children", "soldiers", "militants"]


@st.composite
def story_figures(draw: st.DrawFn) -> list[TallyFigure]:
    n = draw(st.integers(min_value=1, max_value=12))
    out = []
    for i in range(1, n + 1):
        figure = fig(
            draw(st.integers(min_value=1, max_value=50)),
            draw(st.sampled_from(_VICTIMS)),
            kind=draw(st.sampled_from(["killed", "killed", "injured"])),
            update=draw(st.booleans()),
            place=draw(st.sampled_from([None, "Ariha", "Saraqeb"])),
            country=draw(st.sampled_from([None, "Syria"])),
            source=draw(st.sampled_from([None, "SOHR", "civil defence"])),
        )
        out.append(
            tf(
                i,
                figure,
                hours=draw(st.integers(min_value=-10, max_value=10)),
                story=draw(st.integers(min_value=1, max_value=3)),
                feed=draw(st.sampled_from(["Wire A", "Wire B"])),
            )
        )
    return out


@settings(max_examples=100, deadline=None)
@given(story_figures(), st.randoms(use_true_random=False))
def test_tally_invariants(figures: list[TallyFigure], rnd: random.Random) -> None:
    t = tally(figures, since=T0, now=NOW, contains=_contains)
    assert 0 <= t.civilians_killed <= t.killed
    assert t.killed_low <= t.killed <= t.killed_high
    assert t.killed == sum(c.killed for c in t.by_country)
    # Nothing is counted twice: the tally never exceeds what was counted, figure by figure.
    counted = [f for f in t.figures if f.counted]
    assert t.killed <= sum(f.tallied for f in counted if f.source.figure.kind == "killed")
    assert all(f.source.published >= T0 for f in t.figures)
    # Input order does not matter.
    shuffled = list(figures)
    rnd.shuffle(shuffled)
    assert tally(shuffled, since=T0, now=NOW, contains=_contains) == t
    # The same claim repeated by another outlet adds nothing.
    repeat = [*figures, replace(figures[-1], id=99, feed="Wire C")]
    assert tally(repeat, since=T0, now=NOW, contains=_contains).killed == t.killed


def test_a_story_of_five_thousand_figures_counts_its_latest_concurrent_claims() -> None:
    # Three outlets take turns with a rising toll, a minute apart: the last three claims are
    # concurrent and disagree (3998, 3999, 4000), so the lowest is tallied and the range kept.
    # A civilian toll from one outlet rises to 1000 inside it: a part, never added.
    figures = [
        tf(i, fig(i, place="Raqqa", country="Syria"), hours=i / 60, feed=f"Wire {i % 3}")
        for i in range(1, 4001)
    ]
    figures += [
        tf(4000 + j, fig(j, "civilians", place="Raqqa", country="Syria"), hours=(4 * j + 0.5) / 60)
        for j in range(1, 1001)
    ]
    end = T0 + timedelta(hours=70)
    t = tally(figures, since=None, now=end)
    assert totals(t) == (3998, 0, 1000, 3998, 4000)
    assert [(s.killed, s.civilians_killed) for s in t.events] == [(3998, 1000)]
    found = verdicts(t)
    assert [i for i, (counted, _) in found.items() if counted] == [3998]
    assert found[5000] == (False, "part of figure 3998")
    assert found[4000] == (False, "disagrees with figure 3998: lower value tallied")
    # From minute 2000.5 on: 1998 was tallied before (of 1998/1999/2000), 499 civilians.
    half = tally(figures, since=T0 + timedelta(hours=2000.5 / 60), now=end)
    assert (half.killed, half.civilians_killed) == (3998 - 1998, 1000 - 499)


def test_a_deep_chain_of_dated_tolls_is_walked_without_recursion() -> None:
    # Each toll's period starts two days after the last one's: every toll is a part of all
    # earlier ones, a chain 400 deep. The chain is worth its largest member.
    figures = []
    for i in range(400):
        start = T0 + timedelta(days=2 * i)
        figure = fig(50 + i % 97, country="Syria", period_start=start)
        figures.append(tf(i, figure, hours=48 * i + 1))
    result = tally(figures, since=None, now=T0 + timedelta(days=900))
    assert result.killed == 50 + 96
    assert sum(f.counted for f in result.figures) == 1


def _pairwise_series(figures: list[TallyFigure]) -> list[list[int]]:
    """The series rule stated plainly: every figure weighed against every series in turn."""
    from extract.scope import same_scope
    from extract.tally import _part_hints
    from extract.tally_series import SeriesScope, scope_of, time_order

    hints = _part_hints(figures)
    groups: list[tuple[SeriesScope, list[TallyFigure]]] = []
    for t in sorted(figures, key=time_order):
        scope, best, best_key = scope_of(t), None, None
        for s, members in groups:
            linked = any(hints.get(t.id) == m.id or hints.get(m.id) == t.id for m in members)
            if linked or not same_scope(scope, s, _contains):
                continue
            pairs: list[tuple[object, object]] = [(scope.country, s.country)]
            pairs += [(scope.place, s.place), (scope.period_start, s.period_start)]
            key = (sum(1 for x, y in pairs if x is not None and x == y), members[-1].published)
            if best_key is None or key > best_key:
                best, best_key = (s, members), key
        if best is None:
            groups.append((scope, [t]))
        else:
            best[1].append(t)
            best[0].absorb(scope)
    return [[t.id for t in members] for _, members in groups]


def test_indexed_series_are_the_pairwise_series() -> None:
    from extract.tally import _part_hints
    from extract.tally_grouping import build_series

    rng = random.Random(5)
    for _ in range(150):
        figures = []
        for i in range(1, rng.randint(2, 40)):
            start = rng.choice([None, None, T0 - timedelta(hours=rng.choice([1, 30, 40, 80]))])
            figure = fig(
                rng.randint(1, 30),
                rng.choice(_VICTIMS[:3]),
                place=rng.choice([None, "Idlib", "Ariha", "Saraqeb"]),
                country=rng.choice([None, "Syria", "Syria"]),
                period_start=start,
                part_of=rng.choice([None, None, 0]),
            )
            item = rng.randint(1, 12)
            figures.append(tf(i, figure, hours=rng.randint(-4, 4), item=item))
        expected = _pairwise_series(figures)
        found = build_series(figures, _contains, _part_hints(figures))
        assert [[t.id for t in s.members] for s in found] == expected


def test_an_area_incident_toll_covers_the_town_incidents_reported_in_the_hours_before_it() -> None:
    # "At least 42 killed as strikes pound Gaza" in the evening contains the morning's strike
    # on a family in Nuseirat, not one reported the day before, and a toll without a named
    # area (or a town's) contains nothing.
    gaza: dict[str, Any] = {"country": "Palestine"}
    figures = [
        tf(1, fig(9, place="Nuseirat", **gaza), hours=-11, story=1),
        tf(2, fig(6, place="Nuseirat", **gaza), hours=-13, story=2),
        tf(3, fig(42, place="Gaza", **gaza), hours=0, story=3),
    ]
    t = tally(figures, since=None, now=NOW)
    assert [(c.country, c.killed) for c in t.by_country] == [("Palestine", 48)]
    assert verdicts(t)[1] == (False, "inside the toll of figure 3")
    assert verdicts(t)[2] == (True, None)
    placeless = [tf(1, fig(9, place="Nuseirat", **gaza), hours=-2), tf(3, fig(42, **gaza), story=3)]
    assert tally(placeless, since=None, now=NOW).killed == 51


def test_an_area_toll_told_again_later_covers_the_town_incidents_reported_before() -> None:
    # The evening's "dozens killed across Gaza" is told again in the next morning's recap: a
    # Nuseirat strike reported in between is one of its deaths; one reported after the recap
    # (and more than the reporting lag after) is new.
    gaza: dict[str, Any] = {"country": "Palestine"}
    figures = [
        tf(1, fig(12, place="Gaza", **gaza), hours=0, story=1),
        tf(2, fig(3, place="Nuseirat", **gaza), hours=2, story=2),
        tf(3, fig(12, place="Gaza", **gaza), hours=14, story=1, feed="Wire B"),
        tf(4, fig(4, place="Nuseirat", **gaza), hours=18, story=4),
    ]
    t = tally(figures, since=None, now=NOW + timedelta(days=1))
    assert verdicts(t)[2] == (False, "inside the toll of figure 1")
    assert verdicts(t)[4] == (True, None)
    assert t.killed == 16
    # Without the recap the toll ends at its report: the strike two hours later is new.
    alone = [f for f in figures if f.id != 3]
    assert tally(alone, since=None, now=NOW + timedelta(days=1)).killed == 19


def test_a_rise_inside_the_window_is_shown_by_a_figure_inside_it() -> None:
    """Before the window one wire said 1 dead and another 2; inside it the first says 2: the
    window tallies the one new death, and the figure that shows it is the window's own."""
    figures = [
        tf(1, fig(2), hours=0, story=2, feed="Wire A"),
        tf(2, fig(2), hours=-1, story=2, feed="Wire B"),
        tf(3, fig(1), hours=0, story=1, feed="Wire A"),
        tf(4, fig(1), hours=0, story=1, feed="Wire A"),
        tf(5, fig(1), hours=-2, story=2, feed="Wire A"),
    ]
    t = tally(figures, since=T0, now=NOW, contains=_contains)
    counted = {f.source.id: f.tallied for f in t.figures if f.counted}
    assert t.killed == 2
    assert counted == {1: 1, 3: 1}
    assert t.killed == sum(counted.values())


def test_a_windows_rise_told_by_a_higher_account_inside_it() -> None:
    # before the window A says 1 dead and B says 2; inside it A says 3, higher than B's 2: the
    # window's rise of 1 (the lower accounts went from 1 to 2) is told by A's report inside it
    figures = [
        tf(1, fig(1, "civilians"), hours=-1, feed="Wire A"),
        tf(2, fig(3, "civilians"), hours=0, feed="Wire A"),
        tf(3, fig(2, "civilians"), hours=-1, feed="Wire B"),
    ]
    t = tally(figures, since=T0, now=NOW, contains=_contains)
    counted = [f for f in t.figures if f.counted]
    assert t.killed == 1
    assert [(f.source.id, f.tallied) for f in counted] == [(2, 1)]


def test_an_unconfirmed_claim_is_told_and_never_tallied() -> None:
    """A report's own verdict that a figure is an armed group's unconfirmed claim reaches the
    tally: not counted, with its own reason, beside the report's counted figure."""
    from extract.api import extract

    ex = extract(
        "JNIM claimed on its channels to have killed more than 100 soldiers near Boulkessi. "
        "Residents said four civilians were killed by shelling in the town.",
        published=T0,
    )
    assert [f.set_aside for f in ex.figures] == ["unconfirmed", "counted"]
    figures = [tf(i + 1, f, item=1) for i, f in enumerate(ex.figures)]
    t = tally(figures, since=None, now=NOW)
    assert t.killed == 4
    assert verdicts(t) == {1: (False, "unconfirmed claim"), 2: (True, None)}

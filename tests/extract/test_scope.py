"""Scope relations: which figures are one claim, a part of another, or safely added."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from extract.model import Figure
from extract.scope import (
    default_contains,
    disjoint,
    is_part,
    places_disjoint,
    same_scope,
    victims_disjoint,
    victims_within,
)

_INSIDE = {("Idlib", "Ariha"), ("Idlib", "Saraqeb")}


def contains(outer: str, inner: str) -> bool:
    return outer == inner or (outer, inner) in _INSIDE


def fig(victims: str = "people", kind: str = "killed", **kw: Any) -> Figure:
    return Figure(
        kind=kind,  # type: ignore[arg-type]
        count=5,
        low=5,
        high=None,
        qualifier=None,
        victims=victims,  # type: ignore[arg-type]
        sentence="Five were killed.",
        span=(0, 4),
        **kw,
    )


@pytest.mark.parametrize(
    ("part", "whole", "expected"),
    [
        ("civilians", "people", True),
        ("children", "civilians", True),
        ("journalists", "civilians", True),
        ("children", "people", True),
        ("soldiers", "people", True),
        ("soldiers", "civilians", False),
        ("people", "civilians", False),
        ("prisoners", "civilians", False),
        ("militants", "fighters", False),
        ("women", "women", True),
    ],
)
def test_victim_hierarchy(part: str, whole: str, expected: bool) -> None:
    assert victims_within(part, whole) is expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("civilians", "fighters", True),
        ("children", "soldiers", True),
        ("children", "women", True),
        ("journalists", "medics", True),
        ("soldiers", "police", True),
        ("soldiers", "militants", True),
        ("women", "journalists", False),  # a journalist may be a woman
        ("aid workers", "medics", False),
        ("fighters", "soldiers", False),
        ("prisoners", "children", False),
        ("people", "civilians", False),
    ],
)
def test_victim_disjointness_is_claimed_only_when_certain(a: str, b: str, expected: bool) -> None:
    assert victims_disjoint(a, b) is expected
    assert victims_disjoint(b, a) is expected


def test_a_figure_without_a_place_is_the_wider_one_never_the_same_scope() -> None:
    assert not same_scope(fig(place="Ariha"), fig(), contains)
    assert is_part(fig(place="Ariha"), fig(), contains)
    assert not is_part(fig(), fig(place="Ariha"), contains)
    # a narrower group whose place is not written belongs to the named whole
    assert is_part(fig("civilians"), fig(place="Aleppo"), contains)


def test_same_scope_treats_a_missing_period_as_unknown() -> None:
    assert same_scope(fig(place="Ariha"), fig(place="Ariha"), contains)
    assert not same_scope(fig(place="Ariha"), fig(place="Saraqeb"), contains)
    assert not same_scope(fig(), fig(kind="injured"), contains)
    assert not same_scope(fig(), fig("civilians"), contains)
    assert not same_scope(fig(country="Syria"), fig(country="Iraq"), contains)
    start = datetime(2023, 10, 7, tzinfo=UTC)
    assert same_scope(fig(period_start=start), fig(period_start=start + timedelta(hours=20)))
    assert not same_scope(fig(period_start=start), fig(period_start=start + timedelta(days=30)))


def test_is_part_by_victims_place_and_period() -> None:
    assert is_part(fig("civilians"), fig(), contains)
    assert is_part(fig(place="Ariha"), fig(place="Idlib"), contains)
    assert is_part(fig("children", place="Ariha"), fig("civilians", place="Idlib"), contains)
    assert not is_part(fig(), fig(), contains)  # same scope: a series, not a part
    assert not is_part(fig(place="Idlib"), fig(place="Ariha"), contains)
    assert not is_part(fig("civilians", kind="injured"), fig(), contains)
    assert not is_part(fig("civilians", place="Saraqeb"), fig(place="Ariha"), contains)
    war = datetime(2023, 10, 7, tzinfo=UTC)
    later = war + timedelta(days=300)
    assert is_part(fig("children", period_start=later), fig(period_start=war))
    assert not is_part(fig("children", period_start=war), fig(period_start=later))


def test_disjoint_only_when_no_victim_can_be_in_both() -> None:
    assert disjoint(fig("civilians"), fig("soldiers"), contains)
    assert disjoint(fig(place="Ariha"), fig(place="Saraqeb"), contains)
    assert disjoint(fig(country="Syria"), fig(country="Sudan"), contains)
    assert disjoint(fig(), fig(kind="injured"), contains)
    assert not disjoint(fig(place="Ariha"), fig(), contains)
    assert not disjoint(fig(place="Ariha"), fig(place="Idlib"), contains)
    assert not disjoint(fig("women"), fig("journalists"), contains)
    assert not places_disjoint(fig(place="ariha"), fig(place="Ariha"), contains)


def test_default_contains_is_at_least_case_blind_equality() -> None:
    assert default_contains("Ariha", "ariha")

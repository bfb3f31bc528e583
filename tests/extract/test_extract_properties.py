"""Properties over arbitrary text: extraction never raises, counts stay sane, spans are true."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.api import extract
from extract.casualties import find_figures
from extract.numbers import find_numbers

WORDS = [
    "killed", "kills", "dead", "died", "wounded", "injured", "death", "toll", "rose", "to",
    "at", "least", "more", "than", "between", "and", "including", "civilians", "soldiers",
    "people", "a", "an", "another", "one", "two", "twenty-one", "hundred", "dozens",
    "thousands", "1,200", "3", "45", "2-4", "1.2", "million", "no", "were", "was", "by",
    "the", "army", "said", "since", "Wednesday", "in", "July", "2023", "Gaza", ".", ",",
    "\n", "of", "whom", "among", "flood", "strike", "Israeli", "according",
]  # fmt: skip

news_like = st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join)
anything = st.text(max_size=300)
NUMBERISH = re.compile(r"\d|[a-z]", re.IGNORECASE)


@settings(max_examples=300, deadline=None)
@given(st.one_of(news_like, anything))
def test_extract_never_raises_and_counts_are_sane(text: str) -> None:
    ex = extract(text)
    assert 0 <= ex.killed <= 10_000_000 * max(1, len(ex.figures))
    assert ex.injured >= 0
    for figure in ex.figures:
        assert 0 <= figure.count <= 10_000_000
        assert figure.low == figure.count
        assert figure.high is None or figure.high > figure.low
        start, end = figure.span
        assert 0 <= start < end <= len(text)
        assert figure.sentence in text
        assert figure.part_of is None or 0 <= figure.part_of < len(ex.figures)


@settings(max_examples=300, deadline=None)
@given(news_like)
def test_span_holds_the_number(text: str) -> None:
    for figure in find_figures(text):
        phrase = text[figure.span[0] : figure.span[1]]
        numbers = find_numbers(phrase)
        assert any(n.count == figure.count for n in numbers), phrase


@settings(max_examples=200, deadline=None)
@given(anything)
def test_number_spans_slice_to_numbers(text: str) -> None:
    for number in find_numbers(text):
        assert NUMBERISH.search(text[number.start : number.end])
        assert number.count >= 0


@given(st.integers(min_value=10_000_001, max_value=10**15))
def test_absurd_counts_are_no_figures(value: int) -> None:
    assert find_figures(f"{value:,} people were killed.") == ()

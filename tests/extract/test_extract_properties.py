"""Properties over arbitrary text: extraction never raises, counts stay sane, spans are true."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import casualty_sentences
from extract.api import extract
from extract.casualties import find_figures
from extract.casualty_sentences import MAX_SENTENCE, split_sentences
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
WORD_BEFORE = re.compile(r"[\w.]*$")


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
        if figure.count == 1 and not numbers:
            continue  # one person named without a number ("killed the Israeli")
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


@settings(max_examples=200, deadline=None)
@given(st.one_of(news_like, anything, st.text(alphabet="ab ,.\n", min_size=900, max_size=3000)))
def test_sentences_are_exact_slices_of_bounded_length(text: str) -> None:
    sentences = split_sentences(text)
    for offset, sentence in sentences:
        assert text[offset : offset + len(sentence)] == sentence
        assert sentence == sentence.strip() and 0 < len(sentence) <= MAX_SENTENCE
    assert "".join("".join(s.split()) for _o, s in sentences) == "".join(text.split())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. envoy left. Gen. Roe stayed.", ["The U.S. envoy left.", "Gen. Roe stayed."]),
        ('He said "no." Then he left.', ['He said "no."', "Then he left."]),
        ("J. Roe was killed in Oct. 7 attack. More later.",
         ["J. Roe was killed in Oct. 7 attack.", "More later."]),
        ("Troops left.\nStrikes resumed", ["Troops left.", "Strikes resumed"]),
        ("x" * 60 + ". Next.", ["x" * 60 + ".", "Next."]),
    ],
)  # fmt: skip
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert [s for _o, s in split_sentences(text)] == expected


def test_a_run_on_chunk_is_cut_at_clause_breaks() -> None:
    text = "Strikes hit the port, " * 100
    sentences = split_sentences(text)
    assert [len(s) for _o, s in sentences] == [989, 989, 219]
    assert all(s.endswith(",") for _o, s in sentences)


def test_a_boundary_looks_back_a_few_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    """Deciding whether a full stop ends a sentence reads the word before it, never the whole
    prefix of the text: splitting stays linear in the length of the text."""
    windows: list[int] = []

    class Recorder:
        def search(self, string: str, pos: int, endpos: int) -> re.Match[str] | None:
            windows.append(endpos - pos)
            return WORD_BEFORE.search(string, pos, endpos)

    monkeypatch.setattr(casualty_sentences, "_WORD_BEFORE_RE", Recorder())
    text = "Gen. Roe said 4 were killed in the U.S. embassy. " * 4_000
    sentences = split_sentences(text)
    assert len(sentences) == 4_000
    assert len(windows) == 2 * 4_000 - 1 and max(windows) < 40  # after Gen. and embassy.

"""Number phrases: digits, words, vague amounts, qualifiers and ranges, with exact spans."""

from __future__ import annotations

import pytest

from extract.numbers import NumberPhrase, find_numbers, parse_number, words_to_int


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,200", 1200),
        ("1.2 million", 1_200_000),
        ("3 million", 3_000_000),
        ("twenty-one", 21),
        ("four", 4),
        ("a hundred", 100),
        ("one hundred and five", 105),
        ("two dozen", 24),
        ("seventy-three thousand three hundred and seventy-five", 73_375),
        ("dozens", 12),
        ("scores", 20),
        ("hundreds", 100),
        ("thousands", 1000),
        ("a few", 3),
        ("several", 3),
    ],
)
def test_parse_number(text: str, value: int) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["1.5", "80th", "COVID-19", "$5 million", "no one", "hundred"])
def test_not_counts(text: str) -> None:
    assert parse_number(text) is None


def test_words_stop_at_a_second_number() -> None:
    assert words_to_int("two and three") == (2, 3)
    assert words_to_int("thirty five") == (35, 11)


def only(text: str) -> tuple[str, NumberPhrase]:
    [phrase] = find_numbers(text)
    return text[phrase.start : phrase.end], phrase


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("at least 30", "at least"),
        ("more than 30", "over"),
        ("over 30", "over"),
        ("about 30", "about"),
        ("around 30", "about"),
        ("some 30", "about"),
        ("nearly 30", "nearly"),
        ("almost 30", "nearly"),
        ("up to 30", "up to"),
    ],
)
def test_qualifiers_join_their_number(text: str, qualifier: str) -> None:
    phrase_text, phrase = only(text)
    assert phrase_text == text
    assert (phrase.count, phrase.low, phrase.high, phrase.qualifier) == (30, 30, None, qualifier)


@pytest.mark.parametrize("text", ["between 2 and 4", "2 to 4", "2-4", "two or four"])
def test_ranges_count_their_low_end(text: str) -> None:
    phrase_text, phrase = only(text)
    assert phrase_text == text
    assert (phrase.count, phrase.low, phrase.high, phrase.qualifier) == (2, 2, 4, "between")


def test_from_to_is_not_a_range() -> None:
    phrases = find_numbers("rose from 11 to 14")
    assert [(p.count, p.high) for p in phrases] == [(11, None), (14, None)]


def test_vague_and_article_are_flagged() -> None:
    [dozens] = find_numbers("dozens of soldiers")
    assert (dozens.count, dozens.vague, dozens.article) == (12, True, False)
    [article] = find_numbers("a sailor")
    assert (article.count, article.vague, article.article) == (1, False, True)


def test_spans_and_negation() -> None:
    text = "No one was hurt, but 45 were injured"
    [phrase] = find_numbers(text)
    assert (phrase.start, phrase.end, text[phrase.start : phrase.end]) == (21, 23, "45")


def test_ages_and_times_are_not_counts() -> None:
    assert find_numbers("a 12-year-old at 10:30") == [
        NumberPhrase(0, 1, 1, 1, None, None, article=True, number_start=0)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Constable Muhammad Ilyas No. 1432 embraced shahadat",
        "Belt No 876 was on duty",
        "filed under complaint #2291",
        "event of 2025-05-02 in Bara",
    ],
)
def test_serial_numbers_and_dates_are_no_counts(text: str) -> None:
    """A belt or file number after "No." or "#", and the parts of a date written 2025-05-02,
    count no one."""
    assert [n.count for n in find_numbers(text)] == []

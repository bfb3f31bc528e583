"""The token index finds the longest name at each place, whatever other names it holds."""

from __future__ import annotations

import re

from extract.namematch import NameIndex, Tokens


def _found(index: NameIndex[str], text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(text[h.start : h.end], h.values) for h in index.scan(Tokens.of(text))]


def test_longest_name_wins_and_a_longer_one_needs_all_its_tokens() -> None:
    index: NameIndex[str] = NameIndex()
    for name in ("Deir ez-Zor", "Deir", "Deir ez-Zor Governorate Centre", "Al Bab"):
        index.add(name, name)
    assert _found(index, "Shelling in Deir ez-Zor Governorate killed 3.") == [
        ("Deir ez-Zor", ("Deir ez-Zor",))
    ]
    assert _found(index, "Deir ez-Zor Governorate Centre, Deir and Al Bab.") == [
        ("Deir ez-Zor Governorate Centre", ("Deir ez-Zor Governorate Centre",)),
        ("Deir", ("Deir",)),
        ("Al Bab", ("Al Bab",)),
    ]
    assert _found(index, "Deir ez, Zor and al bab") == [("Deir", ("Deir",))]


def test_case_rules_per_value() -> None:
    index: NameIndex[str] = NameIndex()
    index.add("IS", "group")
    index.add("is land", "place")
    index.add("Is", "other")
    assert _found(index, "IS fighters") == [("IS", ("group", "other"))]
    assert _found(index, "it is land") == [("is land", ("place",))]
    assert _found(index, "Is it") == [("Is", ("other",))]


def test_tokens_split_as_letters_and_digits_in_any_script() -> None:
    for text in ("Deir ez-Zor_2", "Ḩamāh, al_Bab 12", "plain ascii, 3 words", "ٱلرقة ١٢ x_y", ""):
        toks = Tokens.of(text)
        words = re.findall(r"[^\W_]+", text)
        assert list(toks.words) == words
        assert [text[s:e] for s, e in zip(toks.starts, toks.ends, strict=True)] == words

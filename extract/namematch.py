"""Dictionary lookup of multi-word names in running text, by tokens instead of regexes.

Actors and places are both "find any of tens of thousands of names in a short text". A regex
alternation over that many names is slow in Python's backtracking engine, so we index names by
their folded tokens and walk the text once: at each token we look up the n-grams starting there,
longest first. Spelling noise that does not change a name (case, diacritics, hyphens, apostrophes,
"Deir ez-Zor" vs "Deir-ez-Zor") folds away; case still matters where the alias says it does
("IS" the group is not "is" the verb), which `case_ok` checks against the original text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate, compress
from typing import Generic, NamedTuple, TypeVar

from extract.pattern_cache import rx

T = TypeVar("T")

_TOKEN = rx(r"[^\W_]+")
# What may sit between two tokens of one name: space, a hyphen or an apostrophe ("Deir ez-Zor",
# "Hay'at"), or the dot of an initialism ("U.S."). A comma, a full stop or a line break (between
# a headline and its summary) ends the name.
_JOINER = rx(r"[^\S\n\r]{1,3}|[-‐‑–'’ʼ‘ʿʾ`]|[^\S\n\r]?[-–][^\S\n\r]?")
_ABBREVIATIONS = frozenset({"St", "Mt", "Ft", "Sgt", "Gen", "Col", "Lt"})
_SPLIT = rx(r"([^\W_]+)")
# The same split, cheaper where it can be: in ASCII text a letter or digit is [A-Za-z0-9],
# and in text without "_" every word character is a letter or a digit.
_SPLIT_ASCII = rx(r"([A-Za-z0-9]+)")
_SPLIT_WORD = rx(r"(\w+)")
# Whether a gap joins its two tokens, by the gap's text: texts repeat the same few gaps.
_JOINS: dict[str, bool] = {" ": True}
_JOINS_KEPT = 4096


def fold(token: str) -> str:
    """Lower-case a token and strip its diacritics, so "Ḩamāh" and "Hamah" meet."""
    low = token.lower()
    if low.isascii():
        return low
    decomposed = unicodedata.normalize("NFKD", low)
    # a compatibility form may decompose into several words (a ligature): one token stays one
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch) and not ch.isspace())


def name_tokens(name: str) -> tuple[str, ...]:
    """The tokens of a name as written, case kept (used for the case rules)."""
    return tuple(_TOKEN.findall(name))


def name_key(name: str) -> str:
    """The folded lookup key of a name: "Deir ez-Zor" -> "deir ez zor"."""
    return " ".join(fold(t) for t in name_tokens(name))


def token_case_ok(alias: str, seen: str) -> bool:
    """Whether a token in the text honours the case of the alias token it matched.

    Acronyms (all capitals, or capitals with digits such as "M23") must match exactly; a
    capitalised word must be capitalised in the text (or written in capitals); a lower-case
    word matches in any case.
    """
    if len(alias) > 1 and alias.isupper():
        return seen == alias
    if alias[:1].isupper():
        return seen[:1].isupper()
    return True


def index_entry(name: str) -> tuple[str, tuple[str, ...] | None] | None:
    """How a name is indexed: its folded key, and its tokens when one of them carries case.

    None for a name without a single letter or digit, which cannot be found in text.
    """
    tokens = name_tokens(name)
    if not tokens:
        return None
    cased = tokens if any(t[:1].isupper() for t in tokens) else None
    return " ".join(fold(t) for t in tokens), cased


class Hit(NamedTuple, Generic[T]):
    """One dictionary name found in a text: its character span and token range (a named
    tuple: a scan makes one per name found, and a tuple is the cheapest to make)."""

    start: int
    end: int
    first_token: int
    last_token: int
    values: tuple[T, ...]


@dataclass(frozen=True, slots=True)
class Tokens:
    """A text cut into tokens, with the folded form and whether each token joins the next."""

    text: str
    words: tuple[str, ...]
    folded: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    joins: tuple[bool, ...]

    memo: dict[str, object] = field(default_factory=dict, compare=False, repr=False)
    """Results other scans derived from these tokens (countries named), computed once."""

    @classmethod
    def of(cls, text: str) -> Tokens:
        # one split gives [gap, word, gap, word, ..., gap]; positions are running lengths
        if text.isascii():
            parts = _SPLIT_ASCII.split(text)
        else:
            parts = (_SPLIT if "_" in text else _SPLIT_WORD).split(text)
        words = parts[1::2]
        gaps = parts[2::2]
        bounds = list(accumulate(map(len, parts)))
        starts = bounds[0:-1:2]
        ends = bounds[1::2]
        known = _JOINS
        joins: list[bool] = []
        for word, gap in zip(words, gaps, strict=True):
            ok = known.get(gap)
            if ok is None:
                ok = _JOINER.fullmatch(gap) is not None
                if len(known) < _JOINS_KEPT:
                    known[gap] = ok
            if not ok and gap in {".", ". "} and (len(word) == 1 or word in _ABBREVIATIONS):
                ok = True  # an initialism or abbreviation: "U.S. forces", "St. Petersburg"
            joins.append(ok)
        if joins:
            joins[-1] = False
        folded = tuple(map(str.lower, words))
        if not text.isascii():  # fold the few words with letters beyond ASCII
            folded = tuple(w if w.isascii() else fold(w) for w in folded)
        return cls(text, tuple(words), folded, tuple(starts), tuple(ends), tuple(joins))


def shouting(toks: Tokens, first: int, last: int) -> bool:
    """Whether the words around a match are in capitals too, as in an all-caps headline.

    There an acronym that is also an English word ("IS", "WHO", "US") is just a word.
    """
    before = toks.words[first - 1] if first > 0 else ""
    after = toks.words[last + 1] if last + 1 < len(toks.words) else ""
    return any(len(w) > 1 and w.isupper() for w in (before, after))


class NameIndex(Generic[T]):
    """Names (with their case-bearing tokens) mapped to values, looked up token by token."""

    def __init__(self) -> None:
        # folded key -> [(alias tokens, or None when no token carries case), value]
        self._names: dict[str, list[tuple[tuple[str, ...] | None, T]]] = {}
        # folded first token -> the token counts of the names it starts, longest first
        self._lengths: dict[str, tuple[int, ...]] = {}
        # first tokens of some name that may start in lower case: any other first token is
        # passed over at once where the text has it in lower case ("in", "as", "the")
        self._lower_first: set[str] = set()
        # the first two, three, ... tokens of every name of two tokens or more: a scan stops
        # lengthening a name as soon as no name starts with the tokens it has
        self._prefixes: set[str] = set()

    def __len__(self) -> int:
        return len(self._names)

    def add(self, name: str, value: T) -> None:
        """Index `value` under `name`; one name may carry several values (ambiguity)."""
        found = index_entry(name)
        if found is not None:
            self.extend([(*found, value)])

    def extend(self, entries: Iterable[tuple[str, tuple[str, ...] | None, T]]) -> None:
        """Index many values at once by precomputed (key, case-bearing tokens) from `index_entry`.

        Loading tens of thousands of towns this way skips the tokenising regex per name.
        """
        names = self._names
        new: list[str] = []
        lower_first = self._lower_first
        for key, cased, value in entries:
            if cased is None or not cased[0][:1].isupper():
                lower_first.add(key.partition(" ")[0])
            bucket = names.get(key)
            if bucket is None:
                names[key] = [(cased, value)]
                new.append(key)
            elif not any(t == cased and v == value for t, v in bucket):
                bucket.append((cased, value))
        lengths = self._lengths
        prefixes = self._prefixes
        for key in new:
            first, _, _ = key.partition(" ")
            count = key.count(" ") + 1
            at = key.find(" ", len(first) + 1)
            while at > 0:
                prefixes.add(key[:at])
                at = key.find(" ", at + 1)
            if count > 1:
                prefixes.add(key)
            known = lengths.get(first)
            if known is None:
                lengths[first] = (count,)
            elif count not in known:
                lengths[first] = tuple(sorted((*known, count), reverse=True))

    def get(self, name: str) -> tuple[T, ...]:
        """Values indexed under a name, ignoring case (for lookups by name, not in text)."""
        return tuple(v for _, v in self._names.get(name_key(name), ()))

    def scan(self, toks: Tokens) -> Iterator[Hit[T]]:
        """Leftmost-longest, non-overlapping dictionary names in the text, case rules applied."""
        folded, words, joins = toks.folded, toks.words, toks.joins
        names, all_lengths, lower_first = self._names, self._lengths, self._lower_first
        prefixes = self._prefixes
        count = len(folded)
        free = 0  # the first token not inside a name found already
        for i in compress(range(count), map(all_lengths.__contains__, folded)):
            first = folded[i]
            if i < free or (first not in lower_first and not words[i][:1].isupper()):
                continue
            lengths = all_lengths[first]
            # a name may not cross a token boundary that does not join (a comma, a full stop),
            # nor run on past the tokens some name starts with
            span = 1
            key = first
            while span < lengths[0] and i + span < count and joins[i + span - 1]:
                key = f"{key} {folded[i + span]}"
                if key not in prefixes:
                    break
                span += 1
            for n in lengths:
                if n > span:
                    continue
                bucket = names.get(first if n == 1 else " ".join(folded[i : i + n]))
                if not bucket:
                    continue
                seen = words[i : i + n]
                if len(bucket) == 1:
                    alias, value = bucket[0]
                    ok = (
                        alias is None
                        or alias == seen
                        or all(token_case_ok(a, s) for a, s in zip(alias, seen, strict=True))
                    )
                    values: tuple[T, ...] = (value,) if ok else ()
                else:
                    values = tuple(
                        v
                        for alias, v in bucket
                        if alias is None
                        or alias == seen
                        or all(token_case_ok(a, s) for a, s in zip(alias, seen, strict=True))
                    )
                if values:
                    yield Hit(toks.starts[i], toks.ends[i + n - 1], i, i + n - 1, values)
                    free = i + n
                    break

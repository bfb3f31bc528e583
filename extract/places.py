"""Places named in a text, resolved in the gazetteer, and which places lie inside which.

A town name alone is often ambiguous (Tripoli is in Libya and in Lebanon) or not a place at
all. We resolve in two passes: first what is certain - country names, demonyms and our own
conflict-zone list - which tells us the countries the text is about; then the gazetteer's
towns, preferring those countries. A gazetteer town in a country the text does not name
counts only if it is large (a capital or a big city), since small same-named towns anywhere
are more often a misreading than news.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from extract.countries import after_lake, rank
from extract.gazetteer import Demonym, Entry, Place, contains, gazetteer, place_country, region_of
from extract.model import PlaceMention
from extract.namematch import Hit, Tokens

# A gazetteer town outside the text's countries must be at least this large to count.
MIN_UNANCHORED_POPULATION = 100_000
# ... and a city this large wins over a small namesake in a country the text names.
BIG_CITY = 1_000_000
_SPECIFICITY = {"city": 0, "region": 1, "country": 2}
# How much one mention counts towards ranking its country (see `_rank_countries`).
TOWN_WEIGHT = 2.0
COUNTRY_WEIGHT = 1.0
DEMONYM_WEIGHT = 0.5
GOVERNMENT_FACTOR = 0.25
LOCATION_FACTOR = 2.0
# Prepositions that put what follows as the place where something happens ("in Syria").
_AT = frozenset({"in", "inside", "across", "near", "outside", "into", "at", "throughout"})
# Words after a country, demonym or capital that make it stand for its government.
_WHO_WORDS = """
    official officials envoy envoys ambassador ambassadors diplomat diplomats diplomacy
    president presidential minister ministry secretary spokesman spokeswoman spokesperson
    government administration lawmakers legislators congress senate senator senators
    politicians leader leaders allies ally sanctions intelligence embassy delegation
    negotiators mediators mediation brokered backed led mediated supported funded
    says said say warns warned urges urged accuses accused denies denied condemns condemned
    rejects rejected demands demanded threatens threatened announces announced vows vowed
    pledges pledged insists insisted tells told confirms confirmed
"""
_WHO = frozenset(_WHO_WORDS.split())

__all__ = [
    "contains",
    "countries_in",
    "find_places",
    "find_places_and_countries",
    "place_country",
    "region_of",
]


class _Found(NamedTuple):
    """A resolved name in the text: the place (None for a demonym) and the country named."""

    place: Place | None
    country: str | None
    start: int
    end: int
    first_token: int
    last_token: int


def _certain(hit: Hit[Entry]) -> _Found | None:
    """Resolve what needs no context: a country, a demonym, or one of our own places."""
    values = hit.values
    for v in values:
        if isinstance(v, Demonym):
            return _Found(None, v.country, hit.start, hit.end, hit.first_token, hit.last_token)
    places = [v for v in values if isinstance(v, Place)]
    for p in places:
        if p.kind == "country":
            place = gazetteer().by_name.get(p.name, p)
            return _Found(place, p.country, hit.start, hit.end, hit.first_token, hit.last_token)
    bundled = [p for p in places if p.bundled]
    if len(bundled) == 1 and len(places) == 1:
        return _Found(
            bundled[0], bundled[0].country, hit.start, hit.end, hit.first_token, hit.last_token
        )
    return None


def _capitalised(toks: Tokens, i: int) -> bool:
    return 0 <= i < len(toks.words) and toks.words[i][:1].isupper()


def _person_like(toks: Tokens, hit: Hit[Entry]) -> bool:
    """Whether a one-word town name reads as part of a person's or a team's name.

    "Vladimir Putin", "Austin Tice", "Real Madrid", "Man City": the name sits next to another
    capitalised word inside lower-case text. In a title-case headline the words around are
    capitalised too, and this tells nothing, so the rule stays silent there.
    """
    i = hit.first_token
    if hit.last_token != i:
        return False
    # a capital or a metropolis is rarely a first name: "Baghdad Shi'ite districts"
    big = any(isinstance(v, Place) and (v.capital or v.population >= BIG_CITY) for v in hit.values)
    nxt = i + 1 < len(toks.words) and _spaced(toks, i) and _capitalised(toks, i + 1)
    if nxt and not big:
        j = i + 1  # the next word may run on through an apostrophe or hyphen ("Shi'ite")
        while j + 1 < len(toks.words) and toks.joins[j] and not _spaced(toks, j):
            j += 1
        if not _capitalised(toks, j + 1):
            return True
    prev = i > 1 and _spaced(toks, i - 1) and _capitalised(toks, i - 1)
    # "In Paris" at the start of a sentence is a preposition, not a first name
    return bool(prev and not _capitalised(toks, i - 2) and not _sentence_start(toks, i - 1))


def _inside_a_name(toks: Tokens, hit: Hit[Entry], found: _Found) -> bool:
    """A one-word town between two capitalised words in lower-case text, none of them a place:
    part of a person's name ("police spokesman Abdifatah Aden Hassan"), even a town of ours."""
    i = hit.first_token
    if hit.last_token != i or found.place is None or found.place.kind == "country":
        return False
    return (
        1 < i < len(toks.words) - 1
        and _spaced(toks, i - 1)
        and _spaced(toks, i)
        and _capitalised(toks, i - 1)
        and _capitalised(toks, i + 1)
        and not _capitalised(toks, i - 2)
        and not _sentence_start(toks, i - 1)
        and toks.words[i + 1].lower() not in _PLACE_WORDS
    )


def _ends_a_foreign_name(toks: Tokens, hit: Hit[Entry], found: _Found, main: str) -> bool:
    """A one-word town of another country than the text's after two capitalised words that
    are no place: the end of a local name ("five in Gidan Dan Jimma" in a text about
    Zamfara), not the Ethiopian city."""
    i = hit.first_token
    if hit.last_token != i or found.place is None or found.place.kind == "country":
        return False
    return (
        found.country != main
        and i > 2
        and _spaced(toks, i - 1)
        and _spaced(toks, i - 2)
        and _capitalised(toks, i - 1)
        and _capitalised(toks, i - 2)
        and not _sentence_start(toks, i - 1)
        and not _sentence_start(toks, i - 2)
        and toks.words[i - 1].lower() not in _PLACE_WORDS
    )


def _local_unit_of_another(toks: Tokens, hit: Hit[Entry], found: _Found, main: str) -> bool:
    """A town of another country than the text's, none of ours and no metropolis, named as a
    local unit ("Kani township" in a text about Sagaing): a namesake there, not the Japanese
    city."""
    place = found.place
    j = hit.last_token + 1
    return (
        place is not None
        and place.kind != "country"
        and not place.bundled
        and found.country != main
        and place.population < BIG_CITY
        and j < len(toks.words)
        and toks.words[j].lower() in _LOCAL_UNITS
    )


_LOCAL_UNITS = frozenset(
    ("township", "tehsil", "taluka", "upazila", "lga", "barangay", "woreda", "kebele",
     "subdistrict", "sub-district", "chiefdom", "commune", "territory")
)  # fmt: skip
_PLACE_WORDS = frozenset(
    ("city", "province", "region", "district", "governorate", "state", "county", "camp", "port")
)


def _spaced(toks: Tokens, i: int) -> bool:
    """Whether token i and the next are separate words ("Baghdad Shi'ite" is not a name)."""
    return toks.text[toks.ends[i] : toks.starts[i + 1]] == " "


def _sentence_start(toks: Tokens, i: int) -> bool:
    gap = toks.text[toks.ends[i - 1] : toks.starts[i]] if i > 0 else "."
    return any(ch in gap for ch in '.!?:;\n"“(')


def _choose(hit: Hit[Entry], context: Sequence[str], toks: Tokens) -> _Found | None:
    """Resolve an ambiguous or gazetteer-only name, preferring the text's countries."""
    places = [v for v in hit.values if isinstance(v, Place)]
    if not any(p.bundled for p in places) and _person_like(toks, hit):
        return None
    largest = max(places, key=lambda p: (p.capital, p.population))
    local = [p for p in places if p.country in context]
    if local:
        # ours first, then the country named earliest, then the largest town
        best = min(
            local, key=lambda p: (not p.bundled, context.index(p.country or ""), -p.population)
        )
        # a small namesake in a named country does not beat a capital or a metropolis
        # ("from New York to Paris" is not Paris, Texas)
        small = not best.bundled and best.population < MIN_UNANCHORED_POPULATION
        if small and largest not in local and (largest.capital or largest.population >= BIG_CITY):
            best = largest
        return _Found(best, best.country, hit.start, hit.end, hit.first_token, hit.last_token)
    bundled = [p for p in places if p.bundled]
    if bundled:
        return _Found(
            bundled[0], bundled[0].country, hit.start, hit.end, hit.first_token, hit.last_token
        )
    if largest.capital or largest.population >= MIN_UNANCHORED_POPULATION:
        return _Found(largest, largest.country, hit.start, hit.end, hit.first_token, hit.last_token)
    return None


@dataclass(frozen=True, slots=True)
class _Scan:
    """One pass of the gazetteer over a text: every name found, and what needed no context."""

    hits: tuple[Hit[Entry], ...]
    certain: tuple[_Found | None, ...]

    @classmethod
    def of(cls, toks: Tokens) -> _Scan:
        memo = toks.memo.get("places")
        if isinstance(memo, _Scan):
            return memo
        hits = tuple(gazetteer().index.scan(toks))
        scan = cls(hits, tuple(_certain(h) for h in hits))
        toks.memo["places"] = scan
        return scan

    def resolve(self, toks: Tokens, countries: Sequence[str]) -> list[_Found]:
        """Every place and demonym resolved, preferring `countries`, then those named."""
        context = list(countries)
        context += [f.country for f in self.certain if f and f.country and f.country not in context]
        found = [
            None
            if after_lake(toks.text, h.start)
            else (f if not _inside_a_name(toks, h, f) else None)
            if f is not None
            else _choose(h, context, toks)
            for f, h in zip(self.certain, self.hits, strict=True)
        ]
        if countries:  # "five in Gidan Dan Jimma" in a text about Zamfara: no Ethiopian city
            found = [
                f
                if f is None
                or not (
                    _ends_a_foreign_name(toks, h, f, countries[0])
                    or _local_unit_of_another(toks, h, f, countries[0])
                )
                else None
                for f, h in zip(found, self.hits, strict=True)
            ]
        return [f for f in found if f is not None]


def _tokens(text: str | Tokens) -> Tokens:
    return text if isinstance(text, Tokens) else Tokens.of(text)


def find_places_and_countries(
    text: str | Tokens,
) -> tuple[tuple[PlaceMention, ...], tuple[str, ...]]:
    """Places named in `text` and the countries it is about, from one scan of the gazetteer.

    The same as `countries_in` followed by `find_places` with those countries, at the cost
    of one: ambiguous towns are resolved a second time with the ranked countries. Every
    place's country is among the countries returned.
    """
    toks = _tokens(text)
    scan = _Scan.of(toks)
    first = scan.resolve(toks, ())
    countries = _rank_countries(first, toks)
    second = scan.resolve(toks, countries)
    kept = {f.start for f in second}
    gone = {f.country for f in first if f.start not in kept} - {
        f.country for f in second
    }  # told only by names the text's own country undid ("five in Gidan Dan Jimma")
    countries = tuple(c for c in countries if c not in gone or c == countries[0])
    places = _mentions(second)
    extra = [p.country for p in places if p.country and p.country not in countries]
    return places, (*countries, *dict.fromkeys(extra))


def find_places(text: str | Tokens, countries: Sequence[str] = ()) -> tuple[PlaceMention, ...]:
    """Places named in `text`: most mentioned first, then the most specific, spans kept.

    `countries` (most prominent first) are preferred when a name is ambiguous; the countries
    the text itself names are preferred too.
    """
    toks = _tokens(text)
    return _mentions(_Scan.of(toks).resolve(toks, countries))


def countries_in(text: str | Tokens) -> tuple[str, ...]:
    """Countries a text is about, most prominent first: by places, names and demonyms.

    Every mention counts for its country (a town for the country it lies in), weighted by how
    surely it names where things happen (`_rank_countries`); ties go to the one named first.
    """
    toks = _tokens(text)
    return _rank_countries(_Scan.of(toks).resolve(toks, ()), toks)


def _rank_countries(found: Sequence[_Found], toks: Tokens) -> tuple[str, ...]:
    """Countries by the weight of their evidence as the place where things happen.

    A town or region names where something happened and weighs most; a country's own name
    weighs less, a demonym less again ("Russian warplanes bombed Idlib" is about Syria).
    A country or capital that stands for its government ("US envoy", "US-brokered",
    "Washington says") names who speaks, not where: it weighs least. Every country found
    stays in the list (actors and ambiguous towns are resolved against all of them).
    """
    weights: dict[str, float] = {}
    first: dict[str, int] = {}
    for f in found:
        if f.country:
            weights[f.country] = weights.get(f.country, 0.0) + _weight(f, toks)
            first.setdefault(f.country, f.start)
    return rank(weights, first)


def _weight(found: _Found, toks: Tokens) -> float:
    place = found.place
    if place is None:
        weight = DEMONYM_WEIGHT
    elif place.kind == "country":
        weight = COUNTRY_WEIGHT
    else:
        weight = TOWN_WEIGHT
    if (place is None or place.kind == "country" or place.capital) and _speaks(found, toks):
        weight *= GOVERNMENT_FACTOR
    elif place is not None and found.first_token > 0 and toks.folded[found.first_token - 1] in _AT:
        weight *= LOCATION_FACTOR
    return weight


def _speaks(found: _Found, toks: Tokens) -> bool:
    """Whether the name is followed by a word that makes it its government (see `_WHO`)."""
    i = found.last_token + 1
    if i < len(toks.folded) and toks.folded[i] == "s" and toks.joins[i - 1]:
        i += 1  # possessive: "Israel's envoy"
    return i < len(toks.folded) and toks.joins[i - 1] and toks.folded[i] in _WHO


def _mentions(found: Sequence[_Found]) -> tuple[PlaceMention, ...]:
    """One mention per place with all its spans: most mentioned, then most specific, first."""
    spans: dict[str, list[tuple[int, int]]] = {}
    places: dict[str, Place] = {}
    for f in found:
        if f.place is None:
            continue
        key = f"{f.place.name}\0{f.place.country}"
        places[key] = f.place
        spans.setdefault(key, []).append((f.start, f.end))
    order = sorted(
        places,
        key=lambda k: (-len(spans[k]), _SPECIFICITY[places[k].kind], spans[k][0][0]),
    )
    return tuple(
        PlaceMention(
            place=places[k].name,
            country=places[k].country,
            lat=places[k].lat,
            lon=places[k].lon,
            kind=places[k].kind,
            spans=tuple(spans[k]),
        )
        for k in order
    )

"""Events: which figures report the same incident or the same running toll.

The tally's rules - a series counts its latest value, parts never add to their whole, the same
claim from several outlets counts once, disagreeing sources tally the lower - relate figures of
one event only (docs/counting.md). A "story" groups headlines for reading; an event is narrower:
one attack, strike, clash or massacre, or one toll over a stated period, told by any number of
outlets. Events are assigned figure by figure, so one item can tell of two events ("5 killed in
Rafah and 3 in Khan Younis", or today's strike beside the war's toll).

Three types, decided by the figure alone (`event_type`):

- **incident**: no stated period. Its reports come within two days of the first and agree on the
  place; a later report joins only with evidence that it is the same incident: the same item,
  a count close to one already reported, a distinctive word of the headlines in common, the
  same town within hours, or update language ("rises to") on a count no lower.
- **running**: a toll over a short stated period ("today", "in the past 24 hours", "since
  Wednesday"): reports of the same period start and a compatible area.
- **long**: a toll over weeks, months or a whole war ("since October 2023", "the war has
  killed"), or of a past event: reports of the same area and era.

Assignment is deterministic: an event's members are decided by processing figures in their
canonical order (time, outlet, item, version, position), never in the order they arrived.
`EventIndex` keeps the open events of each country in memory; figures arriving out of order are
placed provisionally and `settle` replays the affected stretch in canonical order. Candidates
are found through small posting lists (item, place, distinctive word, count band, period day),
each read to a fixed depth, so the cost of placing a figure does not grow with the number of
events stored.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import sys
from bisect import bisect_left, insort
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING, Literal

from extract.long_run import is_long_run
from extract.model import Figure
from extract.pattern_cache import rx
from extract.scope import PlaceContains, default_contains, victims_within
from extract.stories import GENERIC_STEMS, title_tokens, title_word_rules

if TYPE_CHECKING:
    from extract.gazetteer import Place

EventType = Literal["incident", "running", "long"]
Order = tuple[float, str, str, int, int]
"""Canonical order of a figure: (time, outlet, item key, version, position in the item)."""

INCIDENT_SPAN = timedelta(hours=48)
"""Reports of one incident come within this long of its first report."""
UPDATE_SPAN = timedelta(days=4)
"""A rising toll of one incident ("rises to 18") may come this long after its first report."""
CLOSE_SPAN = timedelta(hours=24)
"""A count close to one already reported says "same incident" only this soon after the event's
latest report: the same number a day or two later is as likely the next day's toll."""
SAME_PLACE_SPAN = timedelta(hours=6)
"""Reports of deaths in one town this close in time are taken as one incident: counting two
incidents as one errs low, which an editor can defend; the reverse cannot be."""
RUNNING_GAP = timedelta(hours=72)
"""A running toll's next report comes within this long of its last."""
LONG_PERIOD = timedelta(days=8)
"""A period that began longer than this before its report makes the toll a long-run one."""
SHORT_SLACK = timedelta(hours=12)
"""Period starts this close are one period: "today" and "since midnight" from two outlets, or
"in the past 24 hours" reported at 10:00 and at 18:00. Consecutive days stay apart."""
LONG_SLACK = timedelta(days=45)
"""Long-run periods starting this close are one era ("since October 7" and "since October")."""
LONG_GAP = timedelta(days=30)
"""A long-run toll's next report comes within this long of its last."""
KEEP = timedelta(days=10)
"""How long placed figures stay in memory: longer than any gate above but `LONG_GAP`, whose
events keep their members for `LONG_GAP` more."""
DEPTH = 48
"""Events read from each posting list, most recently extended first."""
COUNT_DEPTH = 16
"""Events read from each list of counts of one size band in one area: the most recent of them
are the ones a close count can belong to."""
NEXT_DAY = timedelta(hours=18)
"""An outlet's new article this long after its last report of an event, with a toll of a whole
area, tells of the next day: outlets follow up a day's toll the same evening or next morning
and do not headline yesterday's deaths again as a new story."""
AREA_TOLL_MIN = 10
"""Deaths an area-wide toll must count for `NEXT_DAY` to apply: a daily toll, not one strike."""
SMALL = 3
"""Counts below this agree too easily by chance ("one killed") to join reports on their own."""
SAME_ITEM = 10.0
"""The score of the event a figure's own item already tells of: no other evidence outweighs it."""
RARE = 6
"""A headline word shared by this many open incidents is no evidence of one incident."""

_VAGUE = rx(r"\b(?:dozens|scores|hundreds|thousands|several|a\s+few)\b", re.IGNORECASE)
VAGUE_VALUES = frozenset({3, 12, 20, 100, 1000})
"""The counts a vague amount ("dozens", "several") is read as: only these can be vague."""


def event_type(f: Figure, published: datetime) -> EventType:
    """What kind of event a figure reports, from the figure alone."""
    if f.period_start is not None:
        return "long" if f.period_start < published - LONG_PERIOD else "running"
    if is_long_run(f):
        return "long"
    return "incident"


def is_vague(f: Figure) -> bool:
    """A vague amount ("dozens", "several"): a floor, not a count another report can contradict."""
    return _vague(f.qualifier, f.count, f.sentence)


def _vague(qualifier: str | None, count: int, sentence: str | None) -> bool:
    return (
        qualifier is None
        and count in VAGUE_VALUES
        and sentence is not None
        and bool(_VAGUE.search(sentence))
    )


def distinctive_words(title: str, places: Iterable[str] = ()) -> frozenset[str]:
    """Title words particular to one event ("bakery", "convoy", "stampede"): no stop words, no
    words every conflict headline uses, no place names (places are weighed as places)."""
    where = frozenset(t for p in places for t in title_tokens(p))
    return frozenset(
        _agent_stem(w) for w in title_tokens(title) if w not in GENERIC_STEMS and w not in where
    )


WORDS_VERSION = 1
"""Bumped whenever `distinctive_words` or `title_tokens` change how they work (beyond the word
lists `title_word_rules` covers): headline words stored with that version are read back only
by a writer of the same (`match_words_rules`)."""
_PROBES = (
    ("Israeli airstrike on Nuseirat bakery kills 12 - Reuters", ("Nuseirat",)),
    ("Protesters killed as troops fire on crowd in Khartoum’s markets", ("Khartoum",)),
    ("Drone strikes hit convoy near Kramatorsk; 5 soldiers dead | Al Jazeera", ()),
    ("Stampede at Sanaa aid distribution leaves dozens dead", ("Sanaa", "Houthis")),
    ("Soccer fans attacked after Pétion-Ville shelling: 3 reported injured", ()),
)


@lru_cache(maxsize=1)
def match_words_rules() -> str:
    """A digest of what `distinctive_words` decides by: headline words stored under another
    digest are worked out again. Covers the word lists, `WORDS_VERSION` and the words of a few
    headlines, so most changes to the rules show without anyone bumping the version."""
    probes = [sorted(distinctive_words(t, names)) for t, names in _PROBES]
    text = repr((WORDS_VERSION, title_word_rules(), probes))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


_AREA_PROBES = ("Khan Younis", "Kramatorsk", "Idlib", "El Fasher", "Goma", "Port-au-Prince")


@lru_cache(maxsize=1)
def index_rules() -> str:
    """A digest of what a stored `Base` was built by beyond its figures: the depth of the
    posting lists and the areas places are filed under (`_areas`, from the gazetteer's
    regions), probed on a few towns. A `Base` stored under another digest is not read."""
    probes = [_areas(p) for p in _AREA_PROBES]
    text = repr((DEPTH, COUNT_DEPTH, RARE, probes))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _agent_stem(word: str) -> str:
    """ "protester" and "protest" are one word to a matcher."""
    return _intern(word[:-2]) if word.endswith("er") and len(word) >= 7 else word


@dataclass(frozen=True, slots=True)
class Facts:
    """What matching reads of a figure: a figure without its sentence, span and provenance.

    The writer keeps every figure of the last days in memory (`EventIndex`); a whole `Figure`
    with its sentence is several times the size."""

    kind: str
    count: int
    victims: str
    qualifier: str | None
    place: str | None
    country: str | None
    period_start: datetime | None
    conflict: bool
    cumulative: bool
    update: bool
    vague: bool
    """`is_vague` of the figure."""

    @classmethod
    def of(cls, f: Figure) -> Facts:
        """The facts of a figure, their names shared with every other figure's."""
        return cls(
            _intern(f.kind),
            f.count,
            _intern(f.victims),
            _intern(f.qualifier) if f.qualifier is not None else None,
            _intern(f.place) if f.place is not None else None,
            _intern(f.country) if f.country is not None else None,
            f.period_start,
            f.conflict,
            f.cumulative,
            f.update,
            is_vague(f),
        )

    @classmethod
    def stored(
        cls,
        kind: str,
        count: int,
        victims: str,
        qualifier: str | None,
        place: str | None,
        country: str | None,
        period_start: datetime | None,
        conflict: bool,
        cumulative: bool,
        update: bool,
        sentence: str | None,
    ) -> Facts:
        """`of` a stored figure's columns, without building the `Figure`: the writer reads
        every figure of the last weeks when it starts. `sentence` may be None unless the
        figure's qualifier and count let it be vague (`VAGUE_VALUES`)."""
        return cls(
            _intern(kind),
            count,
            _intern(victims),
            _intern(qualifier) if qualifier is not None else None,
            _intern(place) if place is not None else None,
            _intern(country) if country is not None else None,
            period_start,
            conflict,
            cumulative,
            update,
            _vague(qualifier, count, sentence),
        )


_intern = sys.intern


@dataclass(frozen=True, slots=True)
class Report:
    """One figure to place in an event, with what identifies it."""

    figure_id: int
    order: Order
    figure: Facts
    published: datetime
    item: str
    """The item's identity (outlet and key): figures of one item tell of one event unless
    their places say otherwise."""
    words: frozenset[str] = frozenset()
    """`distinctive_words` of the item's title."""
    type: EventType = "incident"

    @classmethod
    def of(
        cls,
        figure_id: int,
        order: Order,
        figure: Figure,
        published: datetime,
        item: str,
        words: frozenset[str] = frozenset(),
    ) -> Report:
        """`item` and `words` may be shared by every figure of the item: they are kept as
        given."""
        kind = event_type(figure, published)
        return cls(figure_id, order, Facts.of(figure), published, item, words, kind)


@dataclass(slots=True)
class Event:
    """An event being built: what matching reads of its members (not the members: an event
    is rebuilt from its figures, never read back from itself)."""

    id: int
    """The id of its first figure (in canonical order)."""
    type: EventType
    conflict: bool
    founder: Order
    first: datetime
    last: datetime
    period_start: datetime | None = None
    places: set[str] = field(default_factory=set)
    items: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    claims: dict[tuple[str, int, str, str | None, bool], Facts] = field(default_factory=dict)
    """One figure for each distinct (kind, count, victims, qualifier, vague) reported: what
    counts are compared with, however many outlets repeated them."""
    outlets: dict[str, datetime] = field(default_factory=dict)
    """Each outlet's latest report of the event."""

    def copy(self) -> Event:
        """A copy to extend."""
        return Event(
            self.id,
            self.type,
            self.conflict,
            self.founder,
            self.first,
            self.last,
            self.period_start,
            set(self.places),
            set(self.items),
            set(self.words),
            dict(self.claims),
            dict(self.outlets),
        )

    @classmethod
    def found(cls, event_id: int, r: Report) -> Event:
        """A new event whose first member will be `r` (add it next)."""
        return cls(event_id, r.type, r.figure.conflict, r.order, r.published, r.published)

    def add(self, r: Report) -> None:
        self.first = min(self.first, r.published)
        self.last = max(self.last, r.published)
        if self.period_start is None:
            self.period_start = r.figure.period_start
        if r.figure.place:
            self.places.add(r.figure.place)
        self.items.add(r.item)
        outlet = r.order[1]
        self.outlets[outlet] = max(self.outlets.get(outlet, r.published), r.published)
        self.words.update(r.words)
        f = r.figure
        self.claims.setdefault((f.kind, f.count, f.victims, f.qualifier, f.vague), f)


def _fits(
    place: str | None, places: set[str], related: Callable[[str, str], bool]
) -> tuple[bool, bool]:
    """(the place may be one of the event's, it is exactly one of them)."""
    if place is None or not places:
        return True, False
    if place in places:
        return True, True
    return any(related(p, place) for p in places), False


_LOOKED_UP: dict[str, Place | None] = {}
"""Places as another process's full gazetteer resolved them (`looked_up`)."""


def looked_up(answers: Iterable[tuple[str, Place | None]]) -> None:
    """Take lookups (`curated().lookup(name) or gazetteer().lookup(name)`) from a process that
    has the towns loaded - the parse worker, of the places it extracted - so that this one
    reads the towns only for places it was not told of."""
    _LOOKED_UP.update(answers)


def lookup(place: str) -> Place | None:
    """The place a name resolves to: the curated table first, then the towns (read on first
    use only, unless the place was `looked_up` already)."""
    from extract.gazetteer import curated, gazetteer

    found = curated().lookup(place)
    if found is not None:
        return found
    if place in _LOOKED_UP:
        return _LOOKED_UP[place]
    return gazetteer().lookup(place)


@lru_cache(maxsize=8192)
def is_town(place: str) -> bool:
    """A town or city, not a region or a country: only a town named by two reports hours apart
    says on its own that they tell of one incident ("Gaza" or "Idlib province" does not)."""
    found = lookup(place)
    return found is not None and found.kind == "city"


@lru_cache(maxsize=8192)
def _areas(place: str) -> tuple[str, ...]:
    """A place and the regions that contain it, folded: the areas its counts are filed under."""
    from extract.gazetteer import region_of

    out = [place.casefold()]
    region = region_of(place)
    while region is not None and region.casefold() not in out and len(out) < 6:
        out.append(region.casefold())
        region = region_of(region)
    return tuple(out)


def _victims_fit(a: str, b: str) -> bool:
    return victims_within(a, b) or victims_within(b, a)


def _close(r: Facts, g: Facts, *, loose: bool) -> bool:
    """Two counts one incident's reports can both give: near each other, the same rounded,
    a floor the other meets ("more than 100" and 184), or - `loose`, when the place or the
    headline already agree - a vague amount the other lies in ("dozens" and 42)."""
    a, b = r.count, g.count
    if abs(a - b) <= 0.15 * max(a, b) or (min(a, b) >= 10 and round(a, -1) == round(b, -1)):
        return True
    for low, f, other in ((a, r, b), (b, g, a)):
        if f.qualifier in ("at least", "over") and low <= other <= 2 * low:
            return True
        if loose and f.vague and low <= other < 10 * low:
            return True
    return False


class _Scorer:
    """How strongly a report belongs to a candidate event, by the rules of its type."""

    def __init__(self, contains: PlaceContains) -> None:
        self.contains = contains
        self._related: dict[tuple[str, str], bool] = {}

    def related(self, a: str, b: str) -> bool:
        """One place contains the other (the same place spelled alike included)."""
        key = (a, b) if a <= b else (b, a)
        found = self._related.get(key)
        if found is None:
            if len(self._related) > 100_000:
                self._related.clear()
            found = self._related[key] = (
                a.casefold() == b.casefold() or self.contains(a, b) or self.contains(b, a)
            )
        return found

    def score(self, r: Report, e: Event, rare: frozenset[str]) -> float | None:
        """`rare`: the report's distinctive words that few open incidents share."""
        if e.type != r.type or e.conflict != r.figure.conflict:
            return None
        if r.type == "incident":
            return self._incident(r, e, rare)
        if r.type == "running":
            return self._period(r, e, RUNNING_GAP, SHORT_SLACK)
        return self._period(r, e, LONG_GAP, LONG_SLACK)

    def _same_kind(self, r: Report, e: Event) -> Iterator[Facts]:
        f = r.figure
        for (kind, _count, victims, _q, _v), g in e.claims.items():
            if kind == f.kind and _victims_fit(f.victims, victims):
                yield g

    def _incident(self, r: Report, e: Event, rare: frozenset[str]) -> float | None:
        if r.published - e.first > UPDATE_SPAN or e.first - r.published > INCIDENT_SPAN:
            return None
        fits, same_place = _fits(r.figure.place, e.places, self.related)
        if not fits:
            return None
        if r.item in e.items:
            return SAME_ITEM
        f = r.figure
        if _next_day(r, e):
            return None
        same_place = same_place and f.place is not None and is_town(f.place)
        within = abs(r.published - e.first) <= INCIDENT_SPAN
        recent = within and abs(r.published - e.last) <= CLOSE_SPAN
        common = rare & e.words
        # one particular word in common says "same incident" within a day; two, within two
        shared = bool(common) and (recent or (within and len(common) >= 2))
        soon = abs(r.published - e.last) <= SAME_PLACE_SPAN
        if recent:
            strict = loose = False
            for g in self._same_kind(r, e):
                if _close(f, g, loose=False) and (min(f.count, g.count) >= SMALL or same_place):
                    strict = True
                    break
                loose = loose or _close(f, g, loose=True)
            if strict or (loose and (same_place or shared)):
                return 4.0 + same_place + 0.5 * shared
        # a rising toll may come days later: any particular word in common counts then
        rising = (same_place or bool(common)) and (f.update or f.cumulative)
        if rising and any(g.count <= f.count for g in self._same_kind(r, e)):
            return 3.0 + same_place + 0.5 * bool(common)
        if shared and (same_place or f.place is None or not e.places):
            return 3.0 + same_place
        if recent and soon and loose:
            return 2.0  # a vague amount the other meets, within hours: likely one incident
        if same_place and soon and any(True for _ in self._same_kind(r, e)):
            return 1.0
        return None

    def _period(self, r: Report, e: Event, gap: timedelta, slack: timedelta) -> float | None:
        if r.published - e.last > gap or e.first - r.published > gap:
            return None
        start, theirs = r.figure.period_start, e.period_start
        if start is not None and theirs is not None and abs(start - theirs) > slack:
            return None
        fits, same_place = _fits(r.figure.place, e.places, self.related)
        if not fits:
            return None
        f = r.figure
        same = [g for (kind, *_), g in e.claims.items() if kind == f.kind]
        if same and not any(_victims_fit(f.victims, g.victims) for g in same):
            return None
        if r.item in e.items:
            return SAME_ITEM
        return 2.0 + same_place + 0.5 * bool(r.words & e.words)


def _next_day(r: Report, e: Event) -> bool:
    """A new article by an outlet that already reported the event, a day later, with a toll of
    a whole area ("At least 42 killed as Israel ramps up Gaza attacks" on Thursday and again
    on Friday): the next day's toll, not a repeat (`NEXT_DAY`)."""
    theirs = e.outlets.get(r.order[1])
    if theirs is None or r.published - theirs < NEXT_DAY:
        return False
    f = r.figure
    if f.count < AREA_TOLL_MIN or f.update or f.cumulative:
        return False
    return f.place is None or not is_town(f.place)


def _band(count: int) -> int:
    return int(math.log2(max(1, count)))


_Key = tuple[str, object] | str
"""A posting list's key: ("place", name), ("word", word)..., or an item's identity itself."""


class _Postings:
    """Event ids under one key, most recently extended last, each once."""

    __slots__ = ("ids",)

    def __init__(self) -> None:
        self.ids: dict[int, None] = {}

    def push(self, event_id: int) -> None:
        self.ids.pop(event_id, None)
        self.ids[event_id] = None
        if len(self.ids) > 4 * DEPTH:
            for stale in list(islice(self.ids, len(self.ids) - 2 * DEPTH)):
                del self.ids[stale]

    def recent(self, depth: int = DEPTH) -> list[int]:
        return list(islice(reversed(self.ids), depth))

    def copy(self) -> _Postings:
        out = _Postings()
        out.ids = dict(self.ids)
        return out


def _may_take(e: Event, at: datetime) -> bool:
    """May the event take a figure published at or after `at`? (`_Scorer` gives None
    otherwise, before it reads the event's places, words, claims or outlets.)"""
    if e.type == "incident":
        return e.first >= at - UPDATE_SPAN
    return e.last >= at - (RUNNING_GAP if e.type == "running" else LONG_GAP)


def _claim(
    f: Facts, n: Callable[[str | None], int | None], ts: Callable[[datetime | None], float | None]
) -> list[object]:
    """One claim of an event as `Base.encode` writes it."""
    return [
        n(f.kind),
        f.count,
        n(f.victims),
        n(f.qualifier),
        n(f.place),
        n(f.country),
        ts(f.period_start),
        int(f.conflict),
        int(f.cumulative),
        int(f.update),
        int(f.vague),
    ]


@dataclass(frozen=True, slots=True)
class Base:
    """A partition's state after every figure before `until` (in canonical order), without
    the figures themselves: the events that can still take a figure from `until` on (and, at
    the bottom of the posting lists, some that cannot), and their posting lists.

    The events hold no items and the posting lists no item keys: every figure of one item has
    the item's time, so a figure from `until` on shares its item with no figure before it.
    Kept by the writer between runs (`storage.events`), so that a starting writer reads the
    events open at `until` and the figures after it, not every figure of the last weeks."""

    until: float
    events: dict[int, Event]
    postings: dict[_Key, int | _Postings]

    def restore(self) -> tuple[dict[int, Event], dict[_Key, int | _Postings]]:
        """Copies of the events and posting lists, to extend."""
        events = {i: e.copy() for i, e in self.events.items()}
        postings = {k: v if isinstance(v, int) else v.copy() for k, v in self.postings.items()}
        return events, postings

    def encode(self) -> str:
        """As JSON (`decode` reads it back). Names repeated across events (outlets, places,
        victims) are written once, in a table of names, and referred to by position."""
        names: dict[str, int] = {}

        def name(value: str) -> int:
            return names.setdefault(value, len(names))

        def n(value: str | None) -> int | None:
            return None if value is None else name(value)

        def ts(value: datetime | None) -> float | None:
            return None if value is None else value.timestamp()

        events = [
            [
                e.id,
                e.type,
                int(e.conflict),
                [e.founder[0], n(e.founder[1]), e.founder[2], e.founder[3], e.founder[4]],
                ts(e.first),
                ts(e.last),
                ts(e.period_start),
                sorted(name(p) for p in e.places),
                sorted(name(w) for w in e.words),
                [_claim(f, n, ts) for f in e.claims.values()],
                [[n(o), ts(t)] for o, t in e.outlets.items()],
            ]
            for e in self.events.values()
        ]
        postings = []
        for key, found in self.postings.items():
            assert not isinstance(key, str)  # no item keys (`_Partition.snapshot`)
            tag, value = key
            flat = list(value) if isinstance(value, tuple) else [value]
            if tag != "period":
                flat = [n(v) if isinstance(v, str) else v for v in flat]
            ids = [found] if isinstance(found, int) else list(found.ids)
            postings.append([tag, flat, ids])
        table = sorted(names, key=names.__getitem__)
        return json.dumps([self.until, table, events, postings], separators=(",", ":"))

    @classmethod
    def decode(cls, text: str) -> Base:
        until, table, rows, posting_rows = json.loads(text)
        names = [_intern(t) for t in table]

        def n(i: int | None) -> str | None:
            return None if i is None else names[i]

        def s(i: int) -> str:
            return names[i]

        def dt(value: float | None) -> datetime | None:
            return None if value is None else datetime.fromtimestamp(value, UTC)

        def when(value: float) -> datetime:
            return datetime.fromtimestamp(value, UTC)

        events: dict[int, Event] = {}
        for (event_id, type_, conflict, founder, first, last, start, places, words, claims,
             outlets) in rows:  # fmt: skip
            e = Event(
                event_id,
                type_,
                bool(conflict),
                (founder[0], s(founder[1]), founder[2], founder[3], founder[4]),
                when(first),
                when(last),
                dt(start),
                {s(p) for p in places},
                set(),
                {s(w) for w in words},
            )
            for kind, count, victims, qual, place, country, pstart, c, cum, upd, vague in claims:
                f = Facts(s(kind), count, s(victims), n(qual), n(place), n(country), dt(pstart),
                          bool(c), bool(cum), bool(upd), bool(vague))  # fmt: skip
                e.claims[(f.kind, f.count, f.victims, f.qualifier, f.vague)] = f
            e.outlets = {s(o): when(t) for o, t in outlets}
            events[event_id] = e
        postings: dict[_Key, int | _Postings] = {}
        for tag, flat, ids in posting_rows:
            if tag != "period":
                flat = [names[v] if isinstance(v, int) and tag != "count" else v for v in flat]
                if tag == "count":
                    flat = [names[flat[0]], flat[1], names[flat[2]]]
            key: _Key = (tag, tuple(flat) if tag == "count" else flat[0])
            if len(ids) == 1:
                postings[key] = ids[0]
            else:
                found = postings[key] = _Postings()
                found.ids = dict.fromkeys(ids)
        return cls(until, events, postings)


class _Partition:
    """The open events of one country (or of figures with no country), and their figures."""

    def __init__(self, scorer: _Scorer) -> None:
        self.scorer = scorer
        self.reports: list[Report] = []
        """Figures in memory, in canonical order."""
        self.orders: list[Order] = []
        self.assigned: dict[int, int] = {}
        """Figure id -> event id."""
        self.events: dict[int, Event] = {}
        self.postings: dict[_Key, int | _Postings] = {}
        """Event ids by key: one id alone (as most keys have: an item, a place, a count),
        else its `_Postings`."""
        self.dirty_from: Order | None = None
        """Earliest order of a figure placed out of order and not yet settled."""
        self.base: Base | None = None
        """What the figures before `base.until` made of the partition, when it was loaded
        that way (`load`): then every figure in `reports` is from `base.until` on."""
        self.lean = False
        """Placing without keeping the figures (`go_lean`): `reports`, `orders` and
        `assigned` stay empty, and the partition cannot settle, snapshot or evict itself -
        its owner replays its figures from where they are stored, and drops it after."""
        self.high: Order | None = None
        """The latest order placed while lean: a figure before it is out of order."""

    # -- posting lists -----------------------------------------------------------------
    def _push(self, key: _Key, event_id: int) -> None:
        """`event_id` is the event most recently extended under `key`."""
        found = self.postings.get(key)
        if found is None:
            self.postings[key] = event_id
        elif isinstance(found, int):
            if found != event_id:
                both = self.postings[key] = _Postings()
                both.push(found)
                both.push(event_id)
        else:
            found.push(event_id)

    def _recent(self, key: _Key, depth: int = DEPTH) -> list[int]:
        """The events most recently extended under `key`, latest first."""
        found = self.postings.get(key)
        if found is None:
            return []
        if isinstance(found, int):
            return [found]
        return found.recent(depth)

    # -- candidates --------------------------------------------------------------------
    def _rare(self, r: Report) -> frozenset[str]:
        """The report's words shared by fewer than `RARE` incidents open at its time."""
        if r.type != "incident":
            return frozenset()
        since = r.published - INCIDENT_SPAN
        rare = set()
        for w in r.words:
            open_events = 0
            for event_id in self._recent(("word", w), RARE):
                event = self.events.get(event_id)
                if event is not None and event.last >= since:
                    open_events += 1
            if open_events < RARE:
                rare.add(w)
        return frozenset(rare)

    def _keys(self, r: Report, rare: frozenset[str]) -> Iterator[tuple[_Key, int]]:
        """The posting lists a report's candidates are found in, with how deep to read each."""
        f = r.figure
        yield r.item, DEPTH
        if r.type == "incident":
            if f.place:
                yield ("place", f.place.casefold()), DEPTH
            band = _band(f.count)
            top = band + (3 if f.vague else 1)
            areas = (*_areas(f.place), "") if f.place else ("*",)
            for area in areas:
                for b in range(band - 2, top + 1):
                    yield ("count", (f.kind, b, area)), COUNT_DEPTH
            for w in rare:
                yield ("word", w), DEPTH
        elif r.type == "running":
            day = f.period_start.toordinal() if f.period_start else 0
            for d in (day - 1, day, day + 1):
                yield ("period", d), DEPTH
        else:
            yield ("long", f.kind), DEPTH

    def _own_keys(self, r: Report) -> Iterator[_Key]:
        """The keys an event is found under once `r` is its member."""
        f = r.figure
        yield r.item
        if r.type == "incident":
            if f.place:
                yield ("place", f.place.casefold())
            band = _band(f.count)
            for area in (*_areas(f.place), "*") if f.place else ("", "*"):
                yield ("count", (f.kind, band, area))
            for w in r.words:
                yield ("word", w)
        elif r.type == "running":
            yield ("period", f.period_start.toordinal() if f.period_start else 0)
        else:
            yield ("long", f.kind)

    def _candidates(self, r: Report, rare: frozenset[str]) -> Iterator[Event]:
        """The events `r` may join; only its own item's when one of those takes it (a figure's
        own item outweighs any other evidence, so nothing else need be read)."""
        own = self._recent(r.item)
        if own:
            mine = [e for i in own if (e := self.events.get(i)) is not None]
            if any(self.scorer.score(r, e, rare) == SAME_ITEM for e in mine):
                yield from mine
                return
        seen: set[int] = set()
        for key, depth in self._keys(r, rare):
            for event_id in self._recent(key, depth):
                if event_id not in seen:
                    seen.add(event_id)
                    event = self.events.get(event_id)
                    if event is not None:
                        yield event

    # -- placing -----------------------------------------------------------------------
    def place(self, r: Report) -> int:
        """Put `r` in the best matching event, or found a new one; returns the event id."""
        rare = self._rare(r)
        best: tuple[float, float, Order, Event] | None = None
        for e in self._candidates(r, rare):
            s = self.scorer.score(r, e, rare)
            if s is None:
                continue
            # highest score, then the event extended last, then the earliest founded
            rank = (-s, -e.last.timestamp(), e.founder, e)
            if best is None or rank[:3] < best[:3]:
                best = rank
        if best is None:
            event = self.events[r.figure_id] = Event.found(r.figure_id, r)
        else:
            event = best[3]
        event.add(r)
        if not self.lean:
            self.assigned[r.figure_id] = event.id
        for key in self._own_keys(r):
            self._push(key, event.id)
        return event.id

    def append(self, r: Report) -> int:
        """Place a new figure; out of canonical order, it is provisional until `settle`."""
        if self.lean:
            if self.high is not None and r.order < self.high:
                if self.dirty_from is None or r.order < self.dirty_from:
                    self.dirty_from = r.order
            else:
                self.high = r.order
            return self.place(r)
        at = bisect_left(self.orders, r.order)
        if at < len(self.orders) and (self.dirty_from is None or r.order < self.dirty_from):
            self.dirty_from = r.order
        self.orders.insert(at, r.order)
        self.reports.insert(at, r)
        return self.place(r)

    def seed(self, reports: Sequence[Report], assigned: dict[int, int]) -> None:
        """Load placed figures (with their stored events) as they stand, oldest first."""
        for r in sorted(reports, key=lambda r: r.order):
            event_id = assigned[r.figure_id]
            event = self.events.get(event_id)
            if event is None:
                event = self.events[event_id] = Event.found(event_id, r)
            event.add(r)
            if self.lean:
                self.high = r.order if self.high is None else max(self.high, r.order)
                for key in self._own_keys(r):
                    self._push(key, event_id)
                continue
            self.assigned[r.figure_id] = event_id
            if not self.orders or self.orders[-1] < r.order:
                self.orders.append(r.order)
                self.reports.append(r)
            else:
                insort(self.orders, r.order)
                self.reports.insert(bisect_left(self.orders, r.order), r)
            for key in self._own_keys(r):
                self._push(key, event_id)

    def settle(self) -> dict[int, int]:
        """Replay in canonical order from the earliest provisional figure; returns every
        figure whose event changed (figure id -> event id). Not while lean."""
        if self.dirty_from is None:
            return {}
        if self.lean:
            raise RuntimeError("a lean partition is settled by replaying its stored figures")
        start = bisect_left(self.orders, self.dirty_from)
        self.dirty_from = None
        kept, replayed = self.reports[:start], self.reports[start:]
        before = {r.figure_id: self.assigned[r.figure_id] for r in replayed}
        self._rebuild(kept)
        for r in replayed:
            self.reports.append(r)
            self.orders.append(r.order)
            self.place(r)
        return {
            r.figure_id: self.assigned[r.figure_id]
            for r in replayed
            if before.get(r.figure_id) != self.assigned[r.figure_id]
        }

    def _rebuild(self, kept: Sequence[Report]) -> None:
        """The state after `kept` alone, as if the later figures had never come."""
        assigned = {r.figure_id: self.assigned[r.figure_id] for r in kept}
        self.reports, self.orders = [], []
        self.events, self.postings = self.base.restore() if self.base is not None else ({}, {})
        self.assigned = {}
        for r in kept:
            event_id = assigned[r.figure_id]
            event = self.events.get(event_id)
            if event is None:
                event = self.events[event_id] = Event.found(event_id, r)
            event.add(r)
            self.assigned[r.figure_id] = event_id
            self.reports.append(r)
            self.orders.append(r.order)
            for key in self._own_keys(r):
                self._push(key, event_id)

    def load(self, base: Base) -> None:
        """Start from `base` (an empty partition): `seed` the figures from `base.until` on."""
        self.base = base
        self.events, self.postings = base.restore()

    def snapshot(
        self, until: float, keep: Callable[[Event], bool], start: Base | None = None
    ) -> Base | None:
        """The `Base` of the figures before `until` (settled), keeping the events `keep`
        says may still take a figure from `until` on. Built on `start` when given (an
        earlier snapshot of this partition: only the figures after it are folded in), else
        on `base`. None while figures are unsettled, or when `until` is before the one it
        is built on, or while lean (`capture` instead)."""
        if self.dirty_from is not None or self.lean:
            return None
        origin = start if start is not None else self.base
        if origin is not None and until < origin.until:
            return None
        first = bisect_left(self.orders, (start.until,)) if start is not None else 0
        cut = bisect_left(self.orders, (until,))
        events: dict[int, Event]
        if origin is not None:
            events, postings = origin.restore()
        else:
            events, postings = {}, {}
        scratch = _Partition(self.scorer)
        scratch.events, scratch.postings = events, postings
        for r in self.reports[first:cut]:
            event_id = self.assigned[r.figure_id]
            event = events.get(event_id)
            if event is None:
                event = events[event_id] = Event.found(event_id, r)
            event.add(r)
            for key in scratch._own_keys(r):
                scratch._push(key, event_id)
        return _trimmed(until, events, postings, keep)

    def capture(self, until: float, keep: Callable[[Event], bool]) -> Base:
        """The `Base` as of `until` of a partition that has placed, in canonical order,
        every figure before `until` and none after: `snapshot` of a lean partition, taken
        as its replay reaches `until`."""
        events = {i: e.copy() for i, e in self.events.items() if keep(e)}
        return _trimmed(until, events, self.postings, keep)

    def go_lean(self) -> None:
        """Stop keeping the figures placed (see `lean`); those kept are dropped now."""
        if self.orders:
            last = self.orders[-1]
            self.high = last if self.high is None else max(self.high, last)
        self.lean = True
        self.reports, self.orders, self.assigned = [], [], {}
        self.base = None

    def mark_unsettled(self, order: Order) -> None:
        """Placements from `order` on are provisional (carried over a reload)."""
        if self.dirty_from is None or order < self.dirty_from:
            self.dirty_from = order

    def drop_from(self, since: float) -> None:
        """Forget the figures from time `since` on, as if they had never been placed."""
        if self.lean:
            raise RuntimeError("a lean partition keeps no figures to forget from")
        cut = bisect_left(self.orders, (since,))
        if cut < len(self.reports):
            self._rebuild(self.reports[:cut])
        if self.dirty_from is not None and self.dirty_from[0] >= since:
            self.dirty_from = None

    def evict(self, now: datetime) -> None:
        """Forget figures too old to take part in matching any more, once they are as many as
        the figures kept: forgetting rebuilds the partition, and a writer just started holds
        a week more than it keeps (`storage.events` reads ahead), which changes no match."""
        if self.dirty_from is not None or not self.reports or self.lean:
            return
        cut = bisect_left([r.published for r in self.reports], now - KEEP)
        if cut == 0:
            return
        old_long = now - KEEP - LONG_GAP
        kept = [
            r
            for i, r in enumerate(self.reports)
            if i >= cut or (r.type == "long" and r.published >= old_long)
        ]
        if len(self.reports) - len(kept) >= max(len(kept), 1):
            self._rebuild(kept)

    @property
    def newest(self) -> datetime | None:
        return max((r.published for r in self.reports), default=None)


def _trimmed(
    until: float,
    events: dict[int, Event],
    postings: dict[_Key, int | _Postings],
    keep: Callable[[Event], bool],
) -> Base:
    """The `Base` as of `until` of a partition's events and posting lists (the events are
    changed: pass copies): the events `keep` keeps, without their items, and the posting
    lists of those, without the items' lists."""
    kept = {i: e for i, e in events.items() if keep(e)}
    at = datetime.fromtimestamp(until, UTC)
    for e in kept.values():
        e.items = set()
        if not _may_take(e, at):  # kept for its place in the posting lists only
            e.places, e.words, e.claims, e.outlets = set(), set(), {}, {}
    out: dict[_Key, int | _Postings] = {}
    for key, found in postings.items():
        if isinstance(key, str):
            continue  # an item's: no figure from `until` on has an item before it
        if isinstance(found, int):
            if found in kept:
                out[key] = found
            continue
        ids = [i for i in found.ids if i in kept]
        if len(ids) == 1:
            out[key] = ids[0]
        elif ids:
            out[key] = _Postings()
            out[key].ids = dict.fromkeys(ids)  # type: ignore[union-attr]
    return Base(until, kept, out)


class EventIndex:
    """The writer's open events, by country. Not thread-safe: the single writer owns it."""

    def __init__(self, contains: PlaceContains = default_contains) -> None:
        self._scorer = _Scorer(contains)
        self._partitions: dict[str, _Partition] = {}

    def partition(self, country: str | None) -> _Partition:
        key = country or ""
        found = self._partitions.get(key)
        if found is None:
            found = self._partitions[key] = _Partition(self._scorer)
        return found

    def reset(self, country: str | None) -> None:
        """Forget everything of one country."""
        self._partitions.pop(country or "", None)

    def seed(
        self, country: str | None, reports: Sequence[Report], assigned: dict[int, int]
    ) -> None:
        self.partition(country).seed(reports, assigned)

    def add(self, reports: Iterable[Report]) -> dict[int, int]:
        """Place new figures (provisionally where they arrive out of order); returns figure
        id -> event id for each."""
        out: dict[int, int] = {}
        for r in sorted(reports, key=lambda r: r.order):
            out[r.figure_id] = self.partition(r.figure.country).append(r)
        return out

    def settle(self) -> dict[int, int]:
        """Make every provisional placement canonical but a lean partition's (its owner
        replays those); returns the figures whose event changed."""
        changed: dict[int, int] = {}
        for part in self._partitions.values():
            if not part.lean:
                changed.update(part.settle())
        return changed

    def held(self) -> int:
        """How many figures the partitions keep in memory."""
        return sum(len(part.reports) for part in self._partitions.values())

    def go_lean(self) -> None:
        """`_Partition.go_lean` for each partition with provisional placements."""
        for part in self._partitions.values():
            if part.dirty_from is not None and not part.lean:
                part.go_lean()

    def lean(self) -> list[str | None]:
        """The countries whose partition is lean (`_Partition.go_lean`)."""
        return [key or None for key, part in self._partitions.items() if part.lean]

    @property
    def unsettled(self) -> Order | None:
        """The earliest provisional figure's order, or None when all are settled."""
        marks = [p.dirty_from for p in self._partitions.values() if p.dirty_from is not None]
        return min(marks) if marks else None

    def evict(self, now: datetime) -> None:
        for part in self._partitions.values():
            part.evict(now)


def assign_events(
    reports: Iterable[Report], contains: PlaceContains = default_contains
) -> dict[int, int]:
    """Figure id -> event id for a whole set of figures at once (the canonical assignment)."""
    index = EventIndex(contains)
    return index.add(reports)

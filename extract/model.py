"""The facts extraction returns: plain frozen dataclasses, shared by extract, storage and tui.

Every fact keeps the sentence and the character span it came from, so any number on screen can
be traced back to the words that produced it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import datetime
from enum import StrEnum
from operator import attrgetter
from typing import Any, Literal, TypeVar

from extract.times import iso

Kind = Literal["killed", "injured"]
Victims = Literal[
    "people",
    "civilians",
    "children",
    "women",
    "fighters",
    "soldiers",
    "police",
    "aid workers",
    "journalists",
    "medics",
    "prisoners",
    "militants",
]
Qualifier = Literal["at least", "over", "about", "nearly", "up to", "between"]
SourceKind = Literal["monitor", "government", "party", "agency", "media"]
ActorKind = Literal["state force", "armed group", "government", "monitor", "agency"]


_T = TypeVar("_T")


def pickled_as_call(cls: type[_T]) -> type[_T]:
    """Pickle instances of a frozen slotted dataclass as a call of the class with its fields.

    The pickling a slotted dataclass gets by default restores each object field by field in
    Python (`__setstate__`); a worker's results hold thousands of figures and mentions, and
    the writer that unpickles them spent a tenth of its time there. Calling the class is one
    step per object. Every field must be an `__init__` parameter, in order, not keyword-only.
    """
    get: Callable[[Any], tuple[object, ...]] = attrgetter(*(f.name for f in fields(cls)))  # type: ignore[arg-type]

    def __reduce__(self: _T) -> tuple[type[_T], tuple[object, ...]]:
        return cls, get(self)

    cls.__reduce__ = __reduce__  # type: ignore[assignment,method-assign]
    return cls


class SetAside(StrEnum):
    """The codes of `Figure.set_aside`."""

    COUNTED = "counted"
    """The text counts the figure in its total."""
    REPEAT = "repeat"
    """The same count of the same dead told again in the text ("repeat:N")."""
    ACCOUNT = "account"
    """Another sentence's account stands for this one's ("account:N"): the largest claim of a
    text's sentences, the lower of two sources', a conflict-data note's fatalities line."""
    DISAGREES = "disagrees"
    """The higher of two accounts of the same dead, or a claim the other side denies."""
    RETRACTED = "retracted"
    UNCONFIRMED = "unconfirmed"
    """An armed group's claim of the other side's dead that no other source gives a count of
    ("JNIM claimed to have killed more than 100 soldiers"), and the wounded of that claim."""
    CONTEXT = "context"
    """A long-run toll."""
    RECALLED = "recalled"
    """A past incident's dead, recalled (a funeral's, an anniversary's, an attack days before
    the news): shown as context, never added."""
    NOT_CONFLICT = "not-conflict"
    PART = "part"
    """A part of another figure of the text ("part:N"): counted through its whole, which a
    tally weighs against the sum of its parts."""


def aside_target(code: str | None, *kinds: SetAside) -> int | None:
    """The figure N a `Figure.set_aside` code "kind:N" points to, when its kind is one of
    `kinds`; else None."""
    if code:
        kind, sep, index = code.partition(":")
        if sep and kind in kinds:
            return int(index)
    return None


@pickled_as_call
@dataclass(frozen=True, slots=True)
class Figure:
    """One casualty claim with its scope, as written in one text."""

    kind: Kind
    count: int
    """The number a tally uses: the conservative reading (low end of a range, N of "at least N")."""
    low: int
    high: int | None
    qualifier: Qualifier | None
    victims: Victims
    sentence: str
    """The whole sentence the figure came from, exactly as in the text."""
    span: tuple[int, int]
    """Character offsets of the figure's phrase in the text passed to `extract`."""
    cumulative: bool = False
    """A running or long-run toll ("the death toll rose to", "since October 2023")."""
    update: bool = False
    """Update language: "rises to", "climbs to", "now" - the newer value of a series."""
    period: str | None = None
    """The period phrase as written ("since Wednesday", "in July", "over the past 24 hours")."""
    period_start: datetime | None = None
    """The period's start in UTC, resolved against the `published` time given to `extract`."""
    source: str | None = None
    """Who reports the figure ("SOHR", "the Gaza health ministry"), canonical where known."""
    source_kind: SourceKind | None = None
    perpetrator: str | None = None
    country: str | None = None
    place: str | None = None
    conflict: bool = True
    """False for deaths that are not conflict violence (accidents, disasters, stampedes)."""
    part_of: int | None = None
    """Index, in the same extraction's `figures`, of the whole this figure is explicitly a part
    of ("including 20 civilians", "among the dead were 3 children")."""
    past: bool = False
    """A past incident's dead recalled, not news: an anniversary or memorial, "a year after",
    a date or month that ended weeks before publication. Always context, never new deaths."""
    rival: bool = False
    """The higher of two accounts of the same dead in one sentence, each from its own source
    ("JNIM claimed 30 soldiers, while the army acknowledged 8 dead"): the lower counts."""
    vague: bool = False
    """Told by a vague word ("dozens", "scores", "several"): its count is a floor."""
    added: bool = False
    """Told as further dead of the same event ("were also killed", "had also wounded"): adds to
    the sentence that stands for the others instead of competing with it."""
    day: str | None = None
    """The day the figure's own clause dates its incident to, as written and normalised ("3
    feb", "tuesday"), when it names one: two figures of different days are two incidents. Read
    only by the text's own total; not stored."""
    party: str | None = None
    """Whose dead the figure counts, when its words name them ("4 Taliban fighters": "taliban";
    "2 of their fighters" told by Taliban officials: "taliban"), folded to lower case. Read only
    by the text's own total (two sides' claims about each side's dead); not stored."""
    set_aside: str | None = None
    """Why the figure's own text leaves it out of the text's total (`extract.totals.assess`),
    as a code every tally reads, so that an event and the item it comes from give one number:
    `SetAside` values ("counted" when it counts), "repeat:N" naming the figure N of the same
    text it repeats, "account:N" the figure whose account stands for it, "part:N" the whole a
    part belongs to. None when not known (a figure stored
    before the codes were kept): a tally then weighs the figures of one text as of any two."""

    def to_json(self) -> dict[str, object]:
        """The figure's own keys of a FIGURE (docs/design.md), in their order: every FIGURE
        of `tally --json`, `story --json` and `extract --json` starts from these."""
        return {
            "kind": self.kind,
            "count": self.count,
            "low": self.low,
            "high": self.high,
            "qualifier": self.qualifier,
            "victims": self.victims,
            "cumulative": self.cumulative,
            "period_start": iso(self.period_start),
            "source": self.source,
            "source_kind": self.source_kind,
            "perpetrator": self.perpetrator,
            "country": self.country,
            "place": self.place,
            "conflict": self.conflict,
            "sentence": self.sentence,
            "span": [self.span[0], self.span[1]],
        }


@pickled_as_call
@dataclass(frozen=True, slots=True)
class ActorMention:
    """One actor named in a text, by canonical name, with where the names were found."""

    actor: str
    kind: ActorKind
    country: str | None
    mentions: int
    spans: tuple[tuple[int, int], ...] = ()


@pickled_as_call
@dataclass(frozen=True, slots=True)
class PlaceMention:
    """One place named in a text, resolved in a gazetteer."""

    place: str
    country: str | None
    lat: float | None
    lon: float | None
    kind: Literal["country", "region", "city"] = "city"
    spans: tuple[tuple[int, int], ...] = ()


@pickled_as_call
@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything found in one text."""

    figures: tuple[Figure, ...] = ()
    actors: tuple[ActorMention, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    killed: int = 0
    """The text's conservative death total by the tally rules (parts never add to a whole,
    injuries and non-conflict deaths left out)."""
    injured: int = 0
    countries: tuple[str, ...] = field(default=())
    """Countries the text is about, most prominent first (from places and actors)."""

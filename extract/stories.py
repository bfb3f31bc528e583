"""Story assignment: which earlier story a new item tells of, decided once at ingest.

A story is one incident or one running toll, told by any number of outlets over hours or days.
Tallies are computed per story (parts never add to their whole inside a story; distinct stories
add up), so a wrong merge hides deaths and a wrong split double counts them. We merge only when
the evidence agrees: same place (or a place inside it), same country, close in time, and titles
that share their content words - boosted when the item's casualty figures have the scope the
story already counts. Reports of one incident by several outlets (a capital in one, only the
country in another, "over 100" then "184") join when their tolls agree within a day and a half
and their titles share a word particular to the story. Two strikes in two towns on one day, or
two attacks in one country with different tolls, stay two stories; and a story stops taking
items on title words after a few days, so it never drifts into a whole war's coverage.

Everything here is pure: storage keeps the candidates and calls `match_story`, then `new_story`
or `merge`.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from functools import lru_cache

from extract.long_run import is_long_run
from extract.model import Figure
from extract.pattern_cache import rx
from extract.scope import PlaceContains, default_contains

MAX_GAP = timedelta(hours=48)
"""A story goes quiet after this long without an item; a later report starts a new story."""
MATCH_THRESHOLD = 0.45
"""Score a candidate needs to take the item (see `_score`)."""
TITLE_ONLY_THRESHOLD = 0.6
"""Title similarity needed when neither side names a place to confirm the match."""
SAME_INCIDENT = timedelta(hours=6)
"""Reports this close, in one place, with figures of one scope tell of the same incident even
when their titles share only generic words."""
ACROSS_OUTLETS = timedelta(hours=36)
"""Reports of one incident's toll from different outlets come within this long of each other,
in whatever words and at whatever place granularity (the country, or its capital)."""
MAX_SPAN = timedelta(hours=72)
"""A story older than this takes new items only as updates of its running toll: title words
alone would let a story drift from one incident into a whole war's coverage, whose incidents
would then hide each other in one series."""
CLOSE_COUNTS = 0.15
"""Counts within this share of the larger are one claim told twice (180 and "at least 184")."""
LABEL_MAX = 60

_intern = sys.intern

_FIG_PREFIX = "fig:"
_PERIOD_PREFIX = "period:"
_INCIDENT_PREFIX = "incident:"
_COUNT_PREFIX = "n:"
_WORD = rx(r"[^\W_]+(?:['’][^\W_]+)?")
# Outlet names appended to titles by aggregators: "... - Reuters", "... | Al Jazeera".
_OUTLET_SUFFIX = rx(r"\s+[-–—|]\s+[^-–—|]{2,40}$")
_STOP_WORDS = """a an the and or but of in on at to for from by with as after before over under into
    amid against about near than then this that these those is are was were be been being has
    have had it its their his her they he she we you i not no new says say said report reports
    reported update live latest breaking news video watch how why what who when where will would
    could may more least up out one two three four five six seven eight nine ten dozens scores
    hundreds thousands"""
_STOP = frozenset(_STOP_WORDS.split())
# Words nearly every conflict headline uses. Shared, they say little about being one incident
# ("Israeli attack kills two" and "Israeli attacks kill five" are often not), so they weigh less
# than the words particular to a story ("bakery", "convoy", "market").
_GENERIC_WORDS = """attack strike airstrike air kill death dead toll rise wound injure injur die
    people civilian soldier fighter militant force troop army military police drone missile rocket
    shell bomb raid clash war fight fire continue intensify today day night week month killing
    israeli russian ukrainian syrian palestinian lebanese iranian sudanese iraqi yemeni"""
GENERIC_WEIGHT = 0.3
_SYNONYMS = {
    "voodoo": "vodou",
    "witchcraft": "vodou",
    "sorcery": "vodou",
    "soccer": "football",
    "older": "elderly",
    "crush": "stampede",
    "slaying": "massacre",
    "slaughter": "massacre",
}
"""Words outlets use for one thing: "Vodou" in one headline is "witchcraft" in another."""


@dataclass(frozen=True, slots=True)
class ItemFeatures:
    """What story matching needs to know about one new item."""

    title: str
    published: datetime
    countries: tuple[str, ...]
    places: tuple[str, ...]
    actors: tuple[str, ...]
    figures: tuple[Figure, ...]


@dataclass(frozen=True, slots=True)
class StoryDraft:
    """A story about to be created from its first item (storage assigns the id)."""

    label: str
    country: str | None
    place: str | None
    first_seen: datetime
    last_seen: datetime
    signature: frozenset[str]
    """Content words of the titles told so far, plus `fig:kind:victims` marks of their figures."""
    places: frozenset[str]
    actors: frozenset[str]
    cumulative: bool
    """The story is a running toll (its figures are cumulative)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryCandidate(StoryDraft):
    """A stored story a new item may belong to: a draft once storage has given it an id."""

    story_id: int
    _summary: _Summary | None = field(default=None, init=False, repr=False, compare=False)
    """What matching reads of the signature, split once per version of the story, when first
    needed (`_summary_of`): it lives and dies with this version, so no cache of past
    signatures is kept and none is computed again while the story is open."""


@dataclass(frozen=True, slots=True)
class _Summary:
    timed: tuple[tuple[str, str, int, str, int], ...]
    """(kind, victims, count, how, hour) of each `n:` mark."""
    periods: tuple[str, ...]
    """The `period:` marks."""
    words: int
    """Title words in the signature (no marks)."""
    generic: int
    """Of them, generic ones (`_GENERIC`)."""


def _fold(word: str) -> str:
    if word.isascii():  # nothing to decompose: most headline words
        return word.lower()
    low = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in low if not unicodedata.combining(c)).replace("’", "'")


def _stem(word: str) -> str:
    """Strip the inflections that differ between outlets' headlines: kills/killed/killing."""
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


_GENERIC = frozenset(_stem(w) for w in _GENERIC_WORDS.split())
GENERIC_STEMS = _GENERIC
"""Stems of the words nearly every conflict headline uses (`title_tokens` form)."""


def title_word_rules() -> str:
    """Everything `title_tokens` decides by, as text: what a stored copy of its words must
    have been worked out with to be read back (`extract.events.match_words_rules`)."""
    return repr(
        (
            _WORD.pattern,
            _OUTLET_SUFFIX.pattern,
            sorted(_STOP),
            sorted(_GENERIC),
            sorted(_SYNONYMS.items()),
        )
    )


@lru_cache(maxsize=8192)
def title_tokens(title: str) -> frozenset[str]:
    """Normalised content words of a title: no stop words, numbers or outlet suffix.

    Numbers go because a running toll changes them (11, then 14, then 18) while the story stays.
    The words are interned: the writer keeps them in every open story's signature, event and
    posting list, one copy each. (Cached for the few calls an item's title gets while it is
    stored, and for place names, asked again and again.)
    """
    text = _OUTLET_SUFFIX.sub("", title)
    words = (_fold(w) for w in _WORD.findall(text))
    return frozenset(
        _intern(_stem(_SYNONYMS.get(w, w)))
        for w in words
        if w not in _STOP and not w.isdigit() and len(w) > 1
    )


def _mark(f: Figure) -> str:
    return f"{_FIG_PREFIX}{f.kind}:{f.victims}"


ITEM_CACHE = 256
"""What is derived from one item's figures or title is cached for the few items being stored
(each is asked of every candidate story): a larger cache keeps old items' figures alive."""


@lru_cache(maxsize=ITEM_CACHE)
def _figure_marks(figures: tuple[Figure, ...]) -> frozenset[str]:
    """Scope marks of an item's figures, and the periods of its running tolls."""
    counted = [f for f in figures if f.conflict and f.count > 0]
    marks = {_mark(f) for f in counted}
    marks.update(_period_mark(f) for f in counted if f.cumulative and f.period_start)
    marks.update(f"{_INCIDENT_PREFIX}{f.kind}:{f.victims}" for f in counted if not f.period_start)
    return frozenset(_intern(m) for m in marks)


_VAGUE_WORDS = rx(r"\b(?:dozens|scores|hundreds|thousands|several|a\s+few)\b", re.IGNORECASE)


@lru_cache(maxsize=ITEM_CACHE)
def _count_marks(figures: tuple[Figure, ...], published: datetime) -> frozenset[str]:
    """`n:kind:victims:count:how:hour` of every incident figure, conflict or not: what another
    outlet's report of the same incident must agree with. `how` is "=" for an exact count,
    "+" for a lower bound ("more than 100") and "~" for a vague amount ("dozens")."""
    hour = int(published.timestamp() // 3600)
    marks = set()
    for f in figures:
        if f.count <= 0 or f.period_start is not None or is_long_run(f):
            continue
        if f.qualifier is None and _VAGUE_WORDS.search(f.sentence):
            how = "~"
        else:
            how = "+" if f.qualifier in ("at least", "over") else "="
        marks.add(_intern(f"{_COUNT_PREFIX}{f.kind}:{f.victims}:{f.count}:{how}:{hour}"))
    return frozenset(marks)


def _close(a: int, how_a: str, b: int, how_b: str) -> bool:
    """Two counts that one incident's reports can both give: near each other, the same value
    rounded, a lower bound the other meets (within twice it), or a vague amount ("dozens")
    the other lies in."""
    if abs(a - b) <= CLOSE_COUNTS * max(a, b) or round(a, -1) == round(b, -1):
        return True
    for low, how, other in ((a, how_a, b), (b, how_b, a)):
        if how == "+" and low <= other <= 2 * low:
            return True
        if how == "~" and low <= other < 10 * low:
            return True
    return False


_MARKS = (_FIG_PREFIX, _PERIOD_PREFIX, _INCIDENT_PREFIX, _COUNT_PREFIX)


def _summary_of(story: StoryCandidate) -> _Summary:
    """The story's `_Summary`, computed on first use and kept on this version of it."""
    found = story._summary
    if found is None:
        found = _summarise(story.signature)
        object.__setattr__(story, "_summary", found)
    return found


def _summarise(tokens: Iterable[str], base: _Summary | None = None) -> _Summary:
    """The `_Summary` of `tokens`, or of `base`'s signature with `tokens` added (tokens it
    does not have)."""
    timed = list(base.timed) if base else []
    periods = list(base.periods) if base else []
    words = base.words if base else 0
    generic = base.generic if base else 0
    for t in tokens:  # (read only by any(): their order never matters)
        if not t.startswith(_MARKS):
            words += 1
            generic += t in _GENERIC
        elif t.startswith(_COUNT_PREFIX):
            _, kind, victims, count, how, hour = t.split(":")
            timed.append((_intern(kind), _intern(victims), int(count), _intern(how), int(hour)))
        elif t.startswith(_PERIOD_PREFIX):
            periods.append(t)
    return _Summary(tuple(timed), tuple(periods), words, generic)


def _same_incident_elsewhere(item: ItemFeatures, story: StoryCandidate) -> bool:
    """The item gives a toll of the kind the story's reports gave, close to theirs, within
    `ACROSS_OUTLETS` of them, in the same country: another outlet's account of one incident,
    though its title and its place (country or town) differ."""
    if not story.country or story.country not in item.countries:
        return False
    theirs = _summary_of(story).timed
    if not theirs:
        return False
    for mark in _count_marks(item.figures, item.published):
        _, kind, victims, count, how, _hour = mark.split(":")
        for s_kind, s_victims, s_count, s_how, s_hour in theirs:
            if s_kind != kind or ("people" not in (victims, s_victims) and victims != s_victims):
                continue
            gap = abs(item.published.timestamp() / 3600 - s_hour)
            if gap <= ACROSS_OUTLETS.total_seconds() / 3600 and _close(
                int(count), how, s_count, s_how
            ):
                return True
    return False


@lru_cache(maxsize=4096)
def _leaves(
    places: frozenset[str], countries: frozenset[str], contains: PlaceContains
) -> frozenset[str]:
    """The most specific places named: a province is dropped when a town inside it is named,
    and country names are dropped (two towns of one country are not one place)."""
    # sorted: of two spellings of one place, the same one is kept in every run
    named = {p.casefold(): p for p in sorted(places) if p.casefold() not in countries}.values()
    return frozenset(p for p in named if not any(q != p and contains(p, q) for q in named))


def _places_relation(
    item: ItemFeatures, story: StoryCandidate, contains: PlaceContains
) -> bool | None:
    """True when the item's most specific places meet the story's (equal, or one inside the
    other), False when both name places and none meet, None when either names none."""
    countries = frozenset(c.casefold() for c in (*item.countries, story.country) if c)
    mine = _leaves(frozenset(item.places), countries, contains)
    theirs = _leaves(story.places, countries, contains)
    if not mine or not theirs:
        return None
    folded = {s.casefold() for s in theirs}
    for place in mine:
        if place.casefold() in folded:
            return True
        if any(_nested(s, place, contains) for s in theirs):
            return True
    return False


@lru_cache(maxsize=65536)
def _nested(a: str, b: str, contains: PlaceContains) -> bool:
    """One of two places lies in the other: asked of the same pairs item after item."""
    return contains(a, b) or contains(b, a)


@lru_cache(maxsize=16384)
def _place_tokens(names: frozenset[str]) -> frozenset[str]:
    """Words of place names: evidence of place is weighed as places, not again as title words."""
    return frozenset(t for name in names for t in title_tokens(name))


@lru_cache(maxsize=4096)
def _item_place_tokens(places: tuple[str, ...], countries: tuple[str, ...]) -> frozenset[str]:
    return _place_tokens(frozenset((*places, *countries)))


@lru_cache(maxsize=16384)
def _story_place_tokens(places: frozenset[str], country: str | None) -> frozenset[str]:
    return _place_tokens(places | {country or ""})


def _weight(tokens: frozenset[str]) -> float:
    """Generic words count `GENERIC_WEIGHT`, others 1: computed from the two counts, so that
    the sum never depends on the order a set's words happen to come in."""
    generic = len(tokens & _GENERIC)
    return (len(tokens) - generic) + GENERIC_WEIGHT * generic


def _title_similarity(
    words: frozenset[str], shared_words: frozenset[str], story_weight: float
) -> float:
    """Weighted Jaccard index, or the share of the item's words the story has (a story's words
    grow as outlets retell it, which alone would dilute the Jaccard index). `story_weight` is
    the weight of the story's words: the union's weight follows without building it."""
    shared = _weight(shared_words)
    mine = _weight(words)
    union = mine + story_weight - shared
    return max(shared / union if union else 0.0, 0.6 * shared / mine if mine else 0.0)


def _story_weight(story: StoryCandidate, story_places: frozenset[str]) -> float:
    """The weight of the story's title words without its own place names (`_weight` of that
    set, from counts kept per version of the story: the set itself is never built)."""
    summary = _summary_of(story)
    # title words of the signature that are place words (place words never are marks)
    placed = [t for t in story_places if t in story.signature]
    generic = summary.generic - sum(t in _GENERIC for t in placed)
    return (summary.words - len(placed) - generic) + GENERIC_WEIGHT * generic


@lru_cache(maxsize=ITEM_CACHE)
def _item_words(title: str, places: frozenset[str]) -> frozenset[str]:
    """An item's title words without its own place names: the same for every candidate."""
    return title_tokens(title) - places


def _period_mark(f: Figure) -> str:
    start = f.period_start.date().isoformat() if f.period_start else ""
    return f"{_PERIOD_PREFIX}{f.kind}:{f.victims}:{start}"


def _continues_toll(item: ItemFeatures, story: StoryCandidate, *, update: bool = True) -> bool:
    """The item updates the story's running toll: update language ("rises to") on a figure of a
    scope the story already counts, over the same period when both say which. With
    `update=False`, any running toll of that scope and period does."""
    if not story.cumulative:
        return False
    for f in item.figures:
        if not (f.cumulative and f.conflict) or (update and not f.update):
            continue
        if _mark(f) not in story.signature:
            continue
        if f.period_start is None:
            return True
        prefix = f"{_PERIOD_PREFIX}{f.kind}:{f.victims}:"  # the mark of any period
        if _period_mark(f) in story.signature or not any(
            t.startswith(prefix) for t in _summary_of(story).periods
        ):
            return True
    return False


@lru_cache(maxsize=ITEM_CACHE)
def _incident_scopes(figures: tuple[Figure, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The `incident:` marks of an item's figures, and their `kind:victims` scopes."""
    mine = frozenset(m for m in _figure_marks(figures) if m.startswith(_INCIDENT_PREFIX))
    return mine, frozenset(m.removeprefix(_INCIDENT_PREFIX) for m in mine)


def _same_toll_soon(item: ItemFeatures, story: StoryCandidate) -> bool:
    """The item reports an incident figure (no long period) of a scope the story's incidents
    have, within hours of the story's own figure of that scope (not of its latest report,
    which may carry no figure): another outlet's account of the same incident, however
    differently worded."""
    mine, scopes = _incident_scopes(item.figures)
    if not mine & story.signature:
        return False
    hour = item.published.timestamp() / 3600
    window = SAME_INCIDENT.total_seconds() / 3600
    timed = _summary_of(story).timed
    if not timed:  # a story stored before figures carried their hour
        return abs(item.published - story.last_seen) <= SAME_INCIDENT
    return any(
        f"{kind}:{victims}" in scopes and abs(hour - at) <= window
        for kind, victims, _count, _how, at in timed
    )


def _score(item: ItemFeatures, story: StoryCandidate, contains: PlaceContains) -> float | None:
    """How strongly the item tells of this story; None when it certainly does not.

    Title words particular to the story must be shared - or, in the same place, the item must
    update the story's running toll or report a figure of its scope within hours. Shared place,
    actors and figure scopes add to the score.
    """
    if not story.first_seen - MAX_GAP <= item.published <= story.last_seen + MAX_GAP:
        return None
    if story.country and item.countries and story.country not in item.countries:
        return None
    if item.published - story.first_seen > MAX_SPAN and not _continues_toll(
        item, story, update=False
    ):
        return None
    mine = _item_place_tokens(item.places, item.countries)
    # Title words are never marks (no colon), so the words the item shares with the story are
    # found in the signature itself: the story's words are built only for the few candidates
    # that pass every gate below.
    shared = _item_words(item.title, mine) & story.signature
    if not shared and not story.cumulative:  # cheap: rules out most candidates
        return None
    story_places = _story_place_tokens(story.places, story.country)
    if shared:
        shared -= story_places
    particular = shared - _GENERIC
    places = _places_relation(item, story, contains)
    if places is False:
        return None
    continues = alike = False
    if not particular:
        # only an update of the story's running toll, or a figure of its scope within hours,
        # can take the item now, and either only in the story's place: asked first, as the
        # cheaper question
        if not places:
            return None
        continues = _continues_toll(item, story)
        alike = not continues and bool(shared) and _same_toll_soon(item, story)
        if not (continues or alike):
            return None
    across = bool(particular) and _same_incident_elsewhere(item, story)
    words = _item_words(item.title, mine) - story_places
    story_weight = _story_weight(story, story_places)
    # the item's place names leave the story's words too (a few, however large the story)
    gone = frozenset(t for t in mine if t in story.signature and t not in story_places)
    if gone:
        story_weight -= _weight(gone)
    title = _title_similarity(words, shared, story_weight)
    if places is None and title < TITLE_ONLY_THRESHOLD and not across:
        return None
    if across:
        score = max(title, MATCH_THRESHOLD)
    else:
        score = max(title, MATCH_THRESHOLD - 0.3) if continues or alike else title
    if places:
        score += 0.3
    if frozenset(item.actors) & story.actors:
        score += 0.1
    if _figure_marks(item.figures) & story.signature:
        score += 0.15
    return score


def match_story(
    item: ItemFeatures,
    candidates: Sequence[StoryCandidate],
    contains: PlaceContains = default_contains,
) -> int | None:
    """The id of the story `item` tells of, or None when it starts a new story."""
    best: tuple[float, datetime, int] | None = None
    for story in candidates:
        score = _score(item, story, contains)
        if score is None or score < MATCH_THRESHOLD:
            continue
        key = (score, story.last_seen, story.story_id)
        if best is None or key > best:
            best = key
    return best[2] if best else None


def _clean_title(title: str) -> str:
    text = " ".join(_OUTLET_SUFFIX.sub("", title).split())
    if len(text) <= LABEL_MAX:
        return text
    cut = text[:LABEL_MAX].rsplit(" ", 1)[0]
    return cut.rstrip(",;:-–") + "…"


def _main_place(item: ItemFeatures) -> str | None:
    """The first place named that is not one of the item's countries."""
    countries = {c.casefold() for c in item.countries}
    return next((p for p in item.places if p.casefold() not in countries), None)


def _label(item: ItemFeatures) -> str:
    """A short human label: the cleaned title, prefixed by the place when the title lacks it."""
    title = _clean_title(item.title) or "Untitled report"
    where = _main_place(item) or (item.countries[0] if item.countries else None)
    if where and where.casefold() not in title.casefold():
        return f"{where}: {title}"
    return title


def new_story(item: ItemFeatures) -> StoryDraft:
    """The story an unmatched item starts."""
    return StoryDraft(
        label=_label(item),
        country=item.countries[0] if item.countries else None,
        place=_main_place(item),
        first_seen=item.published,
        last_seen=item.published,
        signature=title_tokens(item.title)
        | _figure_marks(item.figures)
        | _count_marks(item.figures, item.published),
        places=frozenset(item.places),
        actors=frozenset(item.actors),
        cumulative=any(f.cumulative for f in item.figures),
    )


MAX_COUNT_MARKS = 64
"""Count marks a story keeps before dropping those too old to match a new report: a story
reported for weeks would otherwise carry every toll it was ever given."""


def _recent_counts(signature: frozenset[str], last_seen: datetime) -> frozenset[str]:
    """The signature without count marks older than `ACROSS_OUTLETS` before `last_seen`
    (a report that old cannot be matched by its toll; `_same_incident_elsewhere`)."""
    counts = [t for t in signature if t.startswith(_COUNT_PREFIX)]
    if len(counts) <= MAX_COUNT_MARKS:
        return signature
    floor = (last_seen - ACROSS_OUTLETS).timestamp() // 3600
    old = {t for t in counts if int(t.rsplit(":", 1)[1]) < floor}
    return signature - old if old else signature


def merge(candidate: StoryCandidate, item: ItemFeatures) -> StoryCandidate:
    """The story after taking `item`: wider signature, places and actors, later last_seen."""
    last_seen = max(candidate.last_seen, item.published)
    added = (
        title_tokens(item.title)
        | _figure_marks(item.figures)
        | _count_marks(item.figures, item.published)
    ) - candidate.signature
    grown = candidate.signature | added
    # The candidate was summarised when it was scored: the merged story's summary is that
    # one with the item's new tokens, unless old count marks are dropped.
    summary = candidate._summary
    if summary is not None:
        summary = _summarise(added, summary)
        signature = grown
        if len(summary.timed) > MAX_COUNT_MARKS:
            signature = _recent_counts(grown, last_seen)
            if signature is not grown:
                summary = None
    else:
        signature = _recent_counts(grown, last_seen)
    story = replace(
        candidate,
        country=candidate.country or (item.countries[0] if item.countries else None),
        place=candidate.place or _main_place(item),
        first_seen=min(candidate.first_seen, item.published),
        last_seen=last_seen,
        signature=signature,
        places=candidate.places | frozenset(item.places),
        actors=candidate.actors | frozenset(item.actors),
        cumulative=candidate.cumulative or any(f.cumulative for f in item.figures),
    )
    if summary is not None:
        object.__setattr__(story, "_summary", summary)
    return story

"""Story assignment at ingest: which stored story a new item tells of.

A story groups the headlines of one incident or topic for reading (the events panel counts its
outlets); the tallies work on events (`storage.events`), not stories. The matching itself is a
pure function in `extract.stories`; this module keeps the writer's open stories in memory,
decoded once, with posting lists by title word and place, so that an item is scored only
against the stories that share a word particular to it or a place - a few dozen at most, however
many stories are open - and keeps the stories table (label, last seen, outlets) current.
"""

from __future__ import annotations

import json
import weakref
from collections.abc import Iterable
from datetime import UTC, datetime

from extract.model import Extraction
from extract.stories import (
    GENERIC_STEMS,
    ItemFeatures,
    StoryCandidate,
    match_story,
    merge,
    new_story,
    title_tokens,
)
from storage.db import Storage

STORY_HORIZON = 72 * 3600.0
"""How far back a new item looks for the story it belongs to."""
KEEP = 3000
"""Stories kept in memory before the oldest are forgotten. Forgetting by age alone would
forget, after every feed, the start of a week that the next feed's oldest items ask for
again."""
DEPTH = 16
"""Stories read from each posting list, most recently extended first."""


def _candidate(row: dict[str, object]) -> StoryCandidate:
    return StoryCandidate(
        story_id=int(str(row["id"])),
        label=str(row["label"]),
        country=row["country"] if isinstance(row["country"], str) else None,
        place=row["place"] if isinstance(row["place"], str) else None,
        first_seen=datetime.fromtimestamp(float(str(row["first_seen"])), UTC),
        last_seen=datetime.fromtimestamp(float(str(row["last_seen"])), UTC),
        signature=frozenset(json.loads(str(row["signature"]))),
        places=frozenset(json.loads(str(row["places"]))),
        actors=frozenset(json.loads(str(row["actors"]))),
        cumulative=bool(row["cumulative"]),
    )


def _keys(title: str, places: Iterable[str]) -> set[str]:
    """What a story is found under: its title words particular to it (place names are found
    as places), and its places."""
    places = list(places)
    where = {t for p in places for t in title_tokens(p)}
    keys = {f"w:{t}" for t in title_tokens(title) if t not in GENERIC_STEMS and t not in where}
    keys.update(f"p:{p.casefold()}" for p in places)
    return keys


class StoryIndex:
    """The writer's open stories, with what finds them."""

    def __init__(self, store: Storage) -> None:
        self.store = store
        self.stories: dict[int, StoryCandidate] = {}
        self.last_seen: dict[int, float] = {}
        """`stories[i].last_seen` as a timestamp."""
        self.feeds: dict[int, set[int]] = {}
        """The outlets of each story that took an item since it was loaded (`update`)."""
        self.postings: dict[str, dict[int, None]] = {}
        """Story ids by key, the most recently extended last (a dict keeps the order)."""
        self.loaded_from: float | None = None
        self.unsaved: dict[int, int] = {}
        """Stories changed since `save`, with how many items each took meanwhile."""
        self.unstored: set[int] = set()
        """Stories started since `save`: no row yet."""
        self.next_id: int | None = None
        """The id of the next story started, until `save` (one past the largest stored)."""
        store.on_rollback(self.forget)

    def forget(self) -> None:
        """Drop everything: reloaded from the database when next needed."""
        self.stories, self.feeds, self.postings, self.loaded_from = {}, {}, {}, None
        self.last_seen = {}
        self.unsaved, self.unstored, self.next_id = {}, set(), None

    def _ensure(self, effective: float) -> None:
        """Have in memory every story that an item at `effective` may join."""
        lo = effective - STORY_HORIZON
        if self.loaded_from is not None and self.loaded_from <= lo:
            return
        hi = self.loaded_from if self.loaded_from is not None else float("inf")
        lo -= STORY_HORIZON  # items out of order ask a little earlier each time: read ahead
        rows = self.store.rows(
            "SELECT * FROM stories WHERE last_seen >= ? AND last_seen < ? ORDER BY last_seen",
            [lo, hi],
        )
        for row in rows:
            self._remember(_candidate(row))
        self.loaded_from = lo

    def _remember(self, story: StoryCandidate) -> None:
        story_id = story.story_id
        self.stories[story_id] = story
        self.last_seen[story_id] = story.last_seen.timestamp()
        for key in _keys(story.label, story.places) | {
            f"w:{t}" for t in story.signature if ":" not in t and t not in GENERIC_STEMS
        }:
            ids = self.postings.setdefault(key, {})
            if ids and next(reversed(ids)) == story_id:
                continue  # already the most recently extended
            ids.pop(story_id, None)
            ids[story_id] = None

    def warm(self, now: float) -> None:
        """Load the stories an item from `now` may join (`_ensure`), ahead of the first item."""
        self._ensure(now)

    def candidates(self, features: ItemFeatures, effective: float) -> list[StoryCandidate]:
        """Stories in the item's time window and countries that share a particular title
        word or a place with it."""
        self._ensure(effective)
        lo, hi = effective - STORY_HORIZON, effective + STORY_HORIZON
        countries = set(features.countries)
        seen: set[int] = set()
        found: list[StoryCandidate] = []
        last_seen = self.last_seen
        # Each list is read to `DEPTH` whatever the others gave, so the candidates are the
        # same in whatever order the keys come (a set's order changes with the hash seed).
        for key in sorted(_keys(features.title, features.places)):
            ids = self.postings.get(key, {})
            taken = 0
            for story_id in reversed(ids):
                story = self.stories.get(story_id)
                if story is None:
                    continue
                taken += 1
                if taken > DEPTH:
                    break
                if story_id in seen:
                    continue
                seen.add(story_id)
                if not lo <= last_seen[story_id] <= hi:
                    continue
                if countries and story.country is not None and story.country not in countries:
                    continue
                found.append(story)
        return found

    def update(self, story: StoryCandidate, feed_id: int) -> None:
        """Remember the story after an item joined it, to be written by `save`."""
        self._remember(story)
        feeds = self.feeds.get(story.story_id)
        if feeds is None:
            # A stored story's outlets are read when it first takes an item, not when it is
            # loaded: most loaded stories take none, and the big ones have thousands of items.
            feeds = self.feeds[story.story_id] = (
                set()
                if story.story_id in self.unstored
                else {
                    int(r[0])
                    for r in self.store.execute(
                        "SELECT DISTINCT feed_id FROM items WHERE story_id = ?", [story.story_id]
                    )
                }
            )
        feeds.add(feed_id)
        self.unsaved[story.story_id] = self.unsaved.get(story.story_id, 0) + 1

    def start(self) -> int:
        """The id of a story about to be started (its row is written by `save`)."""
        if self.next_id is None:
            self.next_id = int(self.store.scalar("SELECT COALESCE(MAX(id), 0) FROM stories")) + 1
        story_id = self.next_id
        self.next_id += 1
        self.unstored.add(story_id)
        return story_id

    def save(self) -> None:
        """Write the stories started or changed since the last call (inside the caller's
        transaction): once per story and feed, however many of the feed's items it took."""
        if not self.unsaved:
            return
        rows = [
            _row(self.stories[story_id], added, len(self.feeds[story_id]))
            for story_id, added in self.unsaved.items()
        ]
        conn = self.store.conn
        conn.executemany(
            """INSERT INTO stories (label, country, place, first_seen, last_seen, signature,
               places, actors, cumulative, items, sources, id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)""",
            [row for row in rows if row[-1] in self.unstored],
        )
        conn.executemany(
            """UPDATE stories SET label = ?, country = ?, place = ?, first_seen = ?,
               last_seen = ?, signature = ?, places = ?, actors = ?, cumulative = ?,
               items = items + ?, sources = ? WHERE id = ?""",
            [row for row in rows if row[-1] not in self.unstored],
        )
        self.unsaved, self.unstored, self.next_id = {}, set(), None

    def evict(self, newest: float) -> None:
        """Forget stories no new item can join any more, once there are many of them."""
        cut = newest - 2 * STORY_HORIZON
        if self.loaded_from is None or self.loaded_from >= cut - STORY_HORIZON:
            return  # forget in steps of a horizon, not on every call
        if len(self.stories) <= KEEP:
            return
        gone = {i for i, ts in self.last_seen.items() if ts < cut}
        for i in gone:
            del self.stories[i]
            del self.last_seen[i]
            self.feeds.pop(i, None)
        self.postings = {
            k: kept
            for k, ids in self.postings.items()
            if (kept := {i: None for i in ids if i not in gone})
        }
        self.loaded_from = cut


_INDEXES: weakref.WeakKeyDictionary[Storage, StoryIndex] = weakref.WeakKeyDictionary()


def story_index(store: Storage) -> StoryIndex:
    found = _INDEXES.get(store)
    if found is None:
        found = _INDEXES[store] = StoryIndex(store)
    return found


def _row(story: StoryCandidate, added: int, outlets: int) -> tuple[object, ...]:
    return (
        story.label,
        story.country,
        story.place,
        story.first_seen.timestamp(),
        story.last_seen.timestamp(),
        json.dumps(sorted(story.signature)),
        json.dumps(sorted(story.places)),
        json.dumps(sorted(story.actors)),
        int(story.cumulative),
        added,
        outlets,
        story.story_id,
    )


def story_places(store: Storage) -> list[str]:
    """Every place the stored stories name."""
    rows = store.execute(
        "SELECT DISTINCT value FROM stories, json_each(stories.places) ORDER BY value"
    )
    return [str(name) for (name,) in rows]


def _contains(outer: str, inner: str) -> bool:
    """`extract.gazetteer.contains`, with the towns' lookups that the parse worker made for
    the items' places (`extract.events.looked_up`): the writer then reads the towns itself
    only for a place it was not told of."""
    from extract.events import lookup
    from extract.gazetteer import contains

    return contains(outer, inner, lookup)


def assign_story(store: Storage, feed_id: int, title: str, effective: float, ex: Extraction) -> int:
    """The story a new item joins, or starts: its id, for the item's row. The stories' rows
    are brought up to date by `StoryIndex.save`, once per feed."""
    features = ItemFeatures(
        title=title,
        published=datetime.fromtimestamp(effective, UTC),
        countries=ex.countries,
        places=tuple(p.place for p in ex.places),
        actors=tuple(a.actor for a in ex.actors),
        figures=ex.figures,
    )
    index = story_index(store)
    candidates = index.candidates(features, effective)
    story_id = match_story(features, candidates, _contains)
    if story_id is None:
        draft = new_story(features)
        story = StoryCandidate(
            story_id=index.start(),
            label=draft.label,
            country=draft.country,
            place=draft.place,
            first_seen=draft.first_seen,
            last_seen=draft.last_seen,
            signature=draft.signature,
            places=draft.places,
            actors=draft.actors,
            cumulative=draft.cumulative,
        )
    else:
        story = merge(index.stories[story_id], features)
    index.update(story, feed_id)
    return story.story_id

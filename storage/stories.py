"""Story assignment at ingest: which stored story a new item tells of.

The matching itself is a pure function in `extract.stories`; this module feeds it the recent
stories from the database and keeps the stories table (label, last seen, outlets) current, so
panels read precomputed stories instead of clustering on every refresh.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from extract.model import Extraction
from extract.stories import ItemFeatures, StoryCandidate, match_story, merge, new_story
from storage.db import Storage

STORY_HORIZON = 72 * 3600.0
"""How far back a new item looks for the story it belongs to."""
MAX_CANDIDATES = 400


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


def _candidates(store: Storage, features: ItemFeatures, effective: float) -> list[StoryCandidate]:
    """Recent stories in the item's countries (or without one), newest first."""
    lo, hi = effective - STORY_HORIZON, effective + STORY_HORIZON
    countries = list(features.countries)
    if countries:
        marks = ",".join("?" * len(countries))
        sql = (
            f"SELECT * FROM stories WHERE last_seen BETWEEN ? AND ? "
            f"AND (country IN ({marks}) OR country IS NULL) ORDER BY last_seen DESC LIMIT ?"
        )
        params: list[object] = [lo, hi, *countries, MAX_CANDIDATES]
    else:
        sql = (
            "SELECT * FROM stories WHERE last_seen BETWEEN ? AND ? ORDER BY last_seen DESC LIMIT ?"
        )
        params = [lo, hi, MAX_CANDIDATES]
    return [_candidate(r) for r in store.rows(sql, params)]


def _save(store: Storage, story: StoryCandidate) -> None:
    store.execute(
        """UPDATE stories SET label = ?, country = ?, place = ?, first_seen = ?, last_seen = ?,
           signature = ?, places = ?, actors = ?, cumulative = ? WHERE id = ?""",
        (
            story.label,
            story.country,
            story.place,
            story.first_seen.timestamp(),
            story.last_seen.timestamp(),
            json.dumps(sorted(story.signature)),
            json.dumps(sorted(story.places)),
            json.dumps(sorted(story.actors)),
            int(story.cumulative),
            story.story_id,
        ),
    )


def assign_story(
    store: Storage, item_id: int, feed_id: int, title: str, effective: float, ex: Extraction
) -> int:
    """Attach a new item to an existing story or start one; return the story id."""
    features = ItemFeatures(
        title=title,
        published=datetime.fromtimestamp(effective, UTC),
        countries=ex.countries,
        places=tuple(p.place for p in ex.places),
        actors=tuple(a.actor for a in ex.actors),
        figures=ex.figures,
    )
    candidates = _candidates(store, features, effective)
    story_id = match_story(features, candidates)
    if story_id is None:
        draft = new_story(features)
        cursor = store.execute(
            "INSERT INTO stories (label, first_seen, last_seen) VALUES (?, ?, ?)",
            (draft.label, effective, effective),
        )
        story_id = int(cursor.lastrowid or 0)
        story = StoryCandidate(
            story_id=story_id,
            label=draft.label,
            country=draft.country,
            place=draft.place,
            first_seen=features.published,
            last_seen=features.published,
            signature=draft.signature,
            places=draft.places,
            actors=draft.actors,
            cumulative=draft.cumulative,
        )
    else:
        current = next(c for c in candidates if c.story_id == story_id)
        story = merge(current, features)
    _save(store, story)
    store.execute("UPDATE items SET story_id = ? WHERE id = ?", (story_id, item_id))
    store.execute(
        """UPDATE stories SET items = items + 1,
           sources = (SELECT COUNT(DISTINCT feed_id) FROM items WHERE story_id = ?)
           WHERE id = ?""",
        (story_id, story_id),
    )
    return story_id

"""Re-running extraction over stored items, after the dictionary or the user's actors change.

Only each item's latest version is re-read; its earlier versions keep the figures they had.
An editor's exclusion follows a figure found again at the same place in the text.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime

from extract.model import Extraction
from storage.db import Storage
from storage.event_tallies import refresh_dirty
from storage.events import event_writer
from storage.write import insert_figures, replace_mentions

Extractor = Callable[[str, str, datetime | None], Extraction]
BATCH = 500


def reextract_items(store: Storage, extractor: Extractor) -> int:
    """Re-extract every stored item in batches (one transaction each); returns the count."""
    done = 0
    last_id = 0
    while True:
        rows = store.rows(
            "SELECT id, feed_id, title, summary, published, effective, version, story_id "
            "FROM items WHERE id > ? ORDER BY id LIMIT ?",
            (last_id, BATCH),
        )
        if not rows:
            with store.transaction():
                event_writer(store).reassign_from(None)
                refresh_dirty(store)
            return done
        with store.transaction():
            for row in rows:
                published = (
                    datetime.fromtimestamp(row["published"], UTC)
                    if row["published"] is not None
                    else None
                )
                _reextract_one(store, row, extractor(row["title"], row["summary"], published))
            refresh_dirty(store)
        done += len(rows)
        last_id = rows[-1]["id"]


def _reextract_one(store: Storage, row: dict[str, object], ex: Extraction) -> None:
    item_id = int(str(row["id"]))
    version = int(str(row["version"]))
    kept = {
        (kind, start, end): reason
        for kind, start, end, reason in store.execute(
            "SELECT kind, span_start, span_end, excluded FROM figures "
            "WHERE item_id = ? AND latest = 1 AND excluded IS NOT NULL",
            (item_id,),
        ).fetchall()
    }
    store.execute("DELETE FROM figures WHERE item_id = ? AND latest = 1", (item_id,))
    story_id = row["story_id"]
    insert_figures(
        store,
        item_id,
        version,
        int(str(story_id)) if story_id is not None else None,
        float(str(row["effective"])),
        ex,
    )
    for (kind, start, end), reason in kept.items():
        store.execute(
            "UPDATE figures SET excluded = ? WHERE item_id = ? AND latest = 1 AND kind = ? "
            "AND span_start = ? AND span_end = ?",
            (reason, item_id, kind, start, end),
        )
    replace_mentions(store, item_id, int(str(row["feed_id"])), ex, float(str(row["effective"])))
    store.execute(
        "UPDATE items SET killed = ?, injured = ?, actors = ?, places = ? WHERE id = ?",
        (
            ex.killed,
            ex.injured,
            json.dumps([a.actor for a in ex.actors]),
            json.dumps([p.place for p in ex.places]),
            item_id,
        ),
    )

"""The same stored items give the same stories in every run, whatever the string hash seed.

Sets of title words and places iterate in an order that changes with PYTHONHASHSEED; story
assignment must never depend on it. Each run stores the same items into a fresh database in a
subprocess of its own (the seed is fixed when the interpreter starts).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from extract.model import Extraction, PlaceMention
from storage.db import Storage
from storage.feeds import sync_feeds
from storage.write import ItemRecord, store_items
from tests.builders import killed_at_least

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC).timestamp()
_WORDS = [
    "bakery",
    "convoy",
    "market",
    "school",
    "hospital",
    "mosque",
    "checkpoint",
    "bridge",
    "camp",
    "clinic",
    "shelter",
    "ambulance",
    "wedding",
    "funeral",
    "tanker",
    "border",
    "bus",
    "train",
]
_TOWNS = tuple(
    f"{a}{b}"
    for a in ("Kafr", "Tell", "Ain", "Deir", "Bab", "Jisr")
    for b in ("abad", "oun", "ila", "mar", "esh", "ur")
)
"""Places no gazetteer knows: none lies inside another, so their stories never merge."""
_FEEDS = ("https://a.example/rss", "https://b.example/rss", "https://c.example/rss")


def _items(n: int, seed: int) -> list[tuple[int, ItemRecord]]:
    """`n` items of one country over three days whose titles share a small vocabulary, so
    that every title word and town finds many open stories (deeper than any posting list is
    read)."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        town = rng.choice(_TOWNS)
        words = rng.sample(_WORDS, 3)
        count = rng.choice((3, 5, 8, 12, 20))
        title = f"{words[0].title()} {words[1]} near {words[2]} in {town}: {count} killed"
        published = datetime.fromtimestamp(NOW, UTC) - timedelta(hours=72 * i / n)
        sentence = f"At least {count} people were killed in {town}."
        fig = killed_at_least(count, sentence, place=town)
        ex = Extraction(
            figures=(fig,) if rng.random() < 0.5 else (),
            places=(PlaceMention(town, "Syria", None, None, "city", ((0, 1),)),),
            countries=("Syria",),
        )
        record = ItemRecord(
            key=f"k{i}",
            guid=f"k{i}",
            link=None,
            title=title,
            summary="",
            author=None,
            published=published,
            updated=None,
            content_hash=f"h{i}",
            extraction=ex,
        )
        out.append((rng.randrange(len(_FEEDS)), record))
    return out


def run(path: str, n: int, seed: int) -> None:
    """Store the items feed by feed in batches, and print each item's story and every
    story's row (the entry point of each subprocess)."""
    store = Storage.open(Path(path))
    sync_feeds(store, [(url, url, [], True) for url in _FEEDS], NOW)
    ids = {url: int(store.scalar("SELECT id FROM feeds WHERE url = ?", [url])) for url in _FEEDS}
    items = _items(n, seed)
    for start in range(0, n, 25):
        batch = items[start : start + 25]
        for f, url in enumerate(_FEEDS):
            records = [r for g, r in batch if g == f]
            with store.transaction():
                store_items(store, ids[url], records, NOW)
    out = {
        "items": [list(r) for r in store.execute("SELECT key, story_id FROM items ORDER BY key")],
        "stories": [
            list(r)
            for r in store.execute(
                "SELECT id, label, signature, places, items FROM stories ORDER BY id"
            )
        ],
    }
    print(json.dumps(out))


def _stories_with_seed(tmp_path: Path, hash_seed: str) -> dict[str, list[list[object]]]:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    code = (
        "import sys; from tests.storage.test_story_determinism import run; "
        "run(sys.argv[1], 300, 11)"
    )
    db = tmp_path / f"seed{hash_seed}.db"
    done = subprocess.run(
        [sys.executable, "-c", code, str(db)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    out: dict[str, list[list[object]]] = json.loads(done.stdout)
    return out


@pytest.mark.slow
def test_stories_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    first = _stories_with_seed(tmp_path, "0")
    second = _stories_with_seed(tmp_path, "1")
    assert len(first["stories"]) > 20  # many stories compete for each title word
    assert first == second

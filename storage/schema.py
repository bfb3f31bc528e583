"""The SQLite schema as an ordered list of migrations, applied with sqlite-utils.

Each migration runs once, inside a transaction, and is recorded in `_migrations`; a database
written by an older sitrep is brought up to date on open. Never edit a released migration: add
a new one. Times are stored as UTC epoch seconds (REAL) so that windows are index range scans.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # a database that is up to date never loads sqlite-utils (`storage.db`)
    import sqlite_utils

Migration = Callable[["sqlite_utils.Database"], None]


def _m001_core(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE feeds (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            name TEXT,
            title TEXT,
            tags TEXT NOT NULL DEFAULT '[]',
            enabled INTEGER NOT NULL DEFAULT 1,
            etag TEXT,
            last_modified TEXT,
            last_status INTEGER,
            last_error TEXT,
            error_count INTEGER NOT NULL DEFAULT 0,
            last_fetch REAL,
            last_ok REAL,
            next_fetch REAL,
            interval REAL,
            gone INTEGER NOT NULL DEFAULT 0,
            items INTEGER NOT NULL DEFAULT 0,
            created REAL NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE stories (
            id INTEGER PRIMARY KEY,
            label TEXT NOT NULL,
            country TEXT,
            place TEXT,
            first_seen REAL NOT NULL,
            last_seen REAL NOT NULL,
            signature TEXT NOT NULL DEFAULT '[]',
            places TEXT NOT NULL DEFAULT '[]',
            actors TEXT NOT NULL DEFAULT '[]',
            cumulative INTEGER NOT NULL DEFAULT 0,
            items INTEGER NOT NULL DEFAULT 0,
            sources INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute(
        """
        CREATE TABLE items (
            id INTEGER PRIMARY KEY,
            feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            guid TEXT,
            link TEXT,
            title TEXT NOT NULL,
            summary TEXT NOT NULL,
            author TEXT,
            published REAL,
            updated REAL,
            first_seen REAL NOT NULL,
            effective REAL NOT NULL,
            content_hash TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            story_id INTEGER REFERENCES stories(id),
            killed INTEGER NOT NULL DEFAULT 0,
            injured INTEGER NOT NULL DEFAULT 0,
            actors TEXT NOT NULL DEFAULT '[]',
            places TEXT NOT NULL DEFAULT '[]',
            disputed TEXT,
            UNIQUE (feed_id, key)
        )"""
    )
    db.execute("CREATE INDEX items_effective ON items(effective)")
    db.execute("CREATE INDEX items_story ON items(story_id)")
    db.execute("CREATE INDEX items_feed_effective ON items(feed_id, effective)")
    db.execute(
        """
        CREATE TABLE item_versions (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            title TEXT NOT NULL,
            summary TEXT NOT NULL,
            link TEXT,
            published REAL,
            content_hash TEXT NOT NULL,
            seen REAL NOT NULL,
            UNIQUE (item_id, version)
        )"""
    )
    db.execute(
        """
        CREATE TABLE figures (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            latest INTEGER NOT NULL DEFAULT 1,
            idx INTEGER NOT NULL,
            story_id INTEGER,
            effective REAL NOT NULL,
            kind TEXT NOT NULL,
            count INTEGER NOT NULL,
            low INTEGER NOT NULL,
            high INTEGER,
            qualifier TEXT,
            victims TEXT NOT NULL,
            cumulative INTEGER NOT NULL DEFAULT 0,
            is_update INTEGER NOT NULL DEFAULT 0,
            period TEXT,
            period_start REAL,
            source TEXT,
            source_kind TEXT,
            perpetrator TEXT,
            country TEXT,
            place TEXT,
            conflict INTEGER NOT NULL DEFAULT 1,
            part_of INTEGER,
            sentence TEXT NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            excluded TEXT
        )"""
    )
    db.execute("CREATE INDEX figures_effective ON figures(effective)")
    db.execute("CREATE INDEX figures_story ON figures(story_id)")
    db.execute("CREATE INDEX figures_item ON figures(item_id)")
    for table, name_col in (("mentions", "actor"), ("place_mentions", "place")):
        extra = (
            "kind TEXT, country TEXT"
            if table == "mentions"
            else "country TEXT, lat REAL, lon REAL, place_kind TEXT"
        )
        db.execute(
            f"""
            CREATE TABLE {table} (
                item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
                {name_col} TEXT NOT NULL,
                {extra},
                count INTEGER NOT NULL,
                effective REAL NOT NULL
            )"""
        )
        db.execute(f"CREATE INDEX {table}_effective ON {table}(effective)")
        db.execute(f"CREATE INDEX {table}_item ON {table}(item_id)")
        db.execute(f"CREATE INDEX {table}_name ON {table}({name_col}, effective)")
    db.execute(
        """
        CREATE TABLE fetch_log (
            id INTEGER PRIMARY KEY,
            feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            at REAL NOT NULL,
            status INTEGER,
            error TEXT,
            new_items INTEGER NOT NULL DEFAULT 0,
            changed_items INTEGER NOT NULL DEFAULT 0,
            bytes INTEGER,
            elapsed REAL
        )"""
    )
    db.execute("CREATE INDEX fetch_log_feed ON fetch_log(feed_id, at)")
    db.execute(
        """
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at REAL NOT NULL,
            action TEXT NOT NULL,
            target TEXT NOT NULL,
            target_id INTEGER NOT NULL,
            reason TEXT,
            undone REAL
        )"""
    )
    db.execute(
        """
        CREATE TABLE alerts_log (
            id INTEGER PRIMARY KEY,
            at REAL NOT NULL,
            rule TEXT NOT NULL,
            item_id INTEGER,
            message TEXT NOT NULL,
            link TEXT
        )"""
    )
    db.execute(
        """
        CREATE TABLE lease (
            name TEXT PRIMARY KEY,
            holder TEXT NOT NULL,
            heartbeat REAL NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT
        )"""
    )


def _m002_fts(db: sqlite_utils.Database) -> None:
    """Full-text search on title and summary, re-indexed only when that text changes."""
    db.execute(
        "CREATE VIRTUAL TABLE items_fts USING fts5("
        "title, summary, content='items', content_rowid='id', tokenize='unicode61')"
    )
    db.execute(
        """
        CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN
            INSERT INTO items_fts(rowid, title, summary)
            VALUES (new.id, new.title, new.summary);
        END"""
    )
    db.execute(
        """
        CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
            INSERT INTO items_fts(items_fts, rowid, title, summary)
            VALUES ('delete', old.id, old.title, old.summary);
        END"""
    )
    db.execute(
        """
        CREATE TRIGGER items_fts_update AFTER UPDATE OF title, summary ON items
        WHEN old.title IS NOT new.title OR old.summary IS NOT new.summary BEGIN
            INSERT INTO items_fts(items_fts, rowid, title, summary)
            VALUES ('delete', old.id, old.title, old.summary);
            INSERT INTO items_fts(rowid, title, summary)
            VALUES (new.id, new.title, new.summary);
        END"""
    )


def _m003_aggregates(db: sqlite_utils.Database) -> None:
    """Hourly actor counts kept at ingest, so activity panels never scan raw mentions."""
    db.execute(
        """
        CREATE TABLE actor_hours (
            actor TEXT NOT NULL,
            hour INTEGER NOT NULL,
            feed_id INTEGER NOT NULL,
            mentions INTEGER NOT NULL,
            items INTEGER NOT NULL,
            PRIMARY KEY (actor, hour, feed_id)
        ) WITHOUT ROWID"""
    )
    db.execute("CREATE INDEX actor_hours_hour ON actor_hours(hour)")


def _m004_story_tallies(db: sqlite_utils.Database) -> None:
    """Each story's all-time tally, kept current at write time so panels read, not recompute.

    Triggers put a story in `story_dirty` whenever anything its tally reads changes (a figure
    added, revised, excluded or deleted; an item disputed; an outlet renamed), whoever writes;
    writers recompute the dirty stories in the same transaction (`storage.story_tallies`), and
    readers compute a story that is still dirty from its figures, so a tally is never stale.
    """
    db.execute(
        """
        CREATE TABLE story_tallies (
            story_id INTEGER PRIMARY KEY,
            first_at REAL NOT NULL,
            last_at REAL NOT NULL,
            first_figure INTEGER NOT NULL,
            first_item INTEGER NOT NULL,
            valid_from REAL,
            country TEXT,
            place TEXT,
            killed INTEGER NOT NULL,
            killed_low INTEGER NOT NULL,
            killed_high INTEGER NOT NULL,
            civilians INTEGER NOT NULL,
            injured INTEGER NOT NULL,
            injured_low INTEGER NOT NULL,
            injured_high INTEGER NOT NULL,
            injured_civilians INTEGER NOT NULL,
            broad INTEGER NOT NULL,
            killed_broad INTEGER NOT NULL,
            killed_counted TEXT NOT NULL,
            killed_country TEXT,
            killed_place TEXT,
            killed_as_of REAL,
            injured_broad INTEGER NOT NULL,
            injured_counted TEXT NOT NULL,
            injured_country TEXT,
            injured_place TEXT,
            injured_as_of REAL,
            figure_ids TEXT NOT NULL,
            context_ids TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX story_tallies_first ON story_tallies(first_at)")
    db.execute("CREATE INDEX story_tallies_last ON story_tallies(last_at)")
    db.execute("CREATE INDEX story_tallies_valid ON story_tallies(valid_from)")
    db.execute("CREATE INDEX story_tallies_broad ON story_tallies(broad, first_at)")
    db.execute(
        """
        CREATE TABLE story_points (
            story_id INTEGER NOT NULL,
            figure_id INTEGER NOT NULL,
            effective REAL NOT NULL,
            tallied INTEGER NOT NULL,
            PRIMARY KEY (story_id, figure_id)
        ) WITHOUT ROWID"""
    )
    db.execute("CREATE INDEX story_points_effective ON story_points(effective)")
    db.execute("CREATE TABLE story_dirty (story_id INTEGER PRIMARY KEY)")
    mark = "INSERT OR IGNORE INTO story_dirty (story_id) SELECT {0} WHERE {0} IS NOT NULL;"
    db.execute(
        f"CREATE TRIGGER figures_tally_insert AFTER INSERT ON figures BEGIN "
        f"{mark.format('new.story_id')} END"
    )
    db.execute(
        f"CREATE TRIGGER figures_tally_update AFTER UPDATE ON figures BEGIN "
        f"{mark.format('old.story_id')} {mark.format('new.story_id')} END"
    )
    db.execute(
        f"CREATE TRIGGER figures_tally_delete AFTER DELETE ON figures BEGIN "
        f"{mark.format('old.story_id')} END"
    )
    db.execute(
        """
        CREATE TRIGGER items_tally_dispute AFTER UPDATE OF disputed ON items
        WHEN old.disputed IS NOT new.disputed BEGIN
            INSERT OR IGNORE INTO story_dirty (story_id)
            SELECT story_id FROM figures WHERE item_id = new.id AND story_id IS NOT NULL;
        END"""
    )
    db.execute(
        """
        CREATE TRIGGER feeds_tally_rename AFTER UPDATE OF name, title, url ON feeds
        WHEN COALESCE(old.name, old.title, old.url) IS NOT COALESCE(new.name, new.title, new.url)
        BEGIN
            INSERT OR IGNORE INTO story_dirty (story_id)
            SELECT f.story_id FROM items i JOIN figures f ON f.item_id = i.id
            WHERE i.feed_id = new.id AND f.story_id IS NOT NULL;
        END"""
    )
    db.execute(
        "INSERT INTO story_dirty (story_id) "
        "SELECT DISTINCT story_id FROM figures WHERE story_id IS NOT NULL"
    )


def _m005_fts_stems(db: sqlite_utils.Database) -> None:
    """Search by word stems: "shell" finds "shelling" and "shells" (Porter stemmer)."""
    db.execute("DROP TABLE items_fts")
    db.execute(
        "CREATE VIRTUAL TABLE items_fts USING fts5(title, summary, content='items', "
        "content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')"
    )
    db.execute("INSERT INTO items_fts(items_fts) VALUES ('rebuild')")


def _m006_story_dirty_guards(db: sqlite_utils.Database) -> None:
    """Mark stories dirty without relying on `INSERT OR IGNORE` inside the triggers.

    SQLite lets the conflict policy of the statement that fires a trigger override the one
    written in the trigger body: an upsert (`INSERT ... ON CONFLICT DO UPDATE`) on `feeds`
    turned the rename trigger's `OR IGNORE` into an abort, so renaming a feed whose stories
    were already dirty failed with "UNIQUE constraint failed: story_dirty.story_id" on every
    later poll. Each trigger now inserts only the stories not yet marked (DISTINCT, NOT
    EXISTS), which cannot conflict whatever statement fires it.
    """
    for name in (
        "figures_tally_insert",
        "figures_tally_update",
        "figures_tally_delete",
        "items_tally_dispute",
        "feeds_tally_rename",
    ):
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    mark = (
        "INSERT INTO story_dirty (story_id) SELECT {0} WHERE {0} IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM story_dirty WHERE story_id = {0});"
    )
    db.execute(
        f"CREATE TRIGGER figures_tally_insert AFTER INSERT ON figures BEGIN "
        f"{mark.format('new.story_id')} END"
    )
    db.execute(
        f"CREATE TRIGGER figures_tally_update AFTER UPDATE ON figures BEGIN "
        f"{mark.format('old.story_id')} {mark.format('new.story_id')} END"
    )
    db.execute(
        f"CREATE TRIGGER figures_tally_delete AFTER DELETE ON figures BEGIN "
        f"{mark.format('old.story_id')} END"
    )
    db.execute(
        """
        CREATE TRIGGER items_tally_dispute AFTER UPDATE OF disputed ON items
        WHEN old.disputed IS NOT new.disputed BEGIN
            INSERT INTO story_dirty (story_id)
            SELECT DISTINCT f.story_id FROM figures f
            WHERE f.item_id = new.id AND f.story_id IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM story_dirty d WHERE d.story_id = f.story_id);
        END"""
    )
    db.execute(
        """
        CREATE TRIGGER feeds_tally_rename AFTER UPDATE OF name, title, url ON feeds
        WHEN COALESCE(old.name, old.title, old.url) IS NOT COALESCE(new.name, new.title, new.url)
        BEGIN
            INSERT INTO story_dirty (story_id)
            SELECT DISTINCT f.story_id FROM items i JOIN figures f ON f.item_id = i.id
            WHERE i.feed_id = new.id AND f.story_id IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM story_dirty d WHERE d.story_id = f.story_id);
        END"""
    )


def _m007_feed_notes(db: sqlite_utils.Database) -> None:
    """What a successful fetch left out (items over the per-poll cap, unreadable items), on
    the feed for its status and in the fetch log: a feed can be "ok" and still incomplete."""
    db.execute("ALTER TABLE feeds ADD COLUMN last_note TEXT")
    db.execute("ALTER TABLE fetch_log ADD COLUMN note TEXT")


def _dirty(event: str) -> str:
    """One trigger statement listing `event` as changed. No OR IGNORE: inside a trigger the
    outer statement's conflict policy replaces it (an upsert's would abort), so it asks first."""
    return (
        f"INSERT INTO event_dirty (event_id) SELECT {event} WHERE {event} IS NOT NULL "
        f"AND NOT EXISTS (SELECT 1 FROM event_dirty WHERE event_id = {event});"
    )


def _m008_events(db: sqlite_utils.Database) -> None:
    """Figures grouped into events (one incident or one running toll), which replace stories
    as the unit of the tally rules (`extract.events`); each event's all-time tally is stored.

    `figures.event_id` is the id of the event's first figure in canonical order. The writer
    assigns it (`storage.events`): existing figures are assigned on the writer's first open,
    since `events_unassigned` is set here. Stored tallies move from stories to events: the
    triggers list in `event_dirty` every event whose figures, items' disputes or outlets'
    names changed, and the writer recomputes them before it commits.
    """
    for trigger in (
        "figures_tally_insert",
        "figures_tally_update",
        "figures_tally_delete",
        "items_tally_dispute",
        "feeds_tally_rename",
    ):
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    for table in ("story_tallies", "story_points", "story_dirty"):
        db.execute(f"DROP TABLE IF EXISTS {table}")
    db.execute("ALTER TABLE figures ADD COLUMN event_id INTEGER")
    db.execute("CREATE INDEX figures_event ON figures(event_id)")
    db.execute("CREATE INDEX figures_country ON figures(country, effective)")
    db.execute(
        """
        CREATE TABLE event_tallies (
            event_id INTEGER PRIMARY KEY,
            first_at REAL NOT NULL,
            last_at REAL NOT NULL,
            first_figure INTEGER NOT NULL,
            valid_until REAL,
            as_of REAL,
            label TEXT NOT NULL,
            rank TEXT NOT NULL,
            country TEXT,
            place TEXT,
            killed INTEGER NOT NULL,
            killed_low INTEGER NOT NULL,
            killed_high INTEGER NOT NULL,
            civilians INTEGER NOT NULL,
            injured INTEGER NOT NULL,
            injured_low INTEGER NOT NULL,
            injured_high INTEGER NOT NULL,
            injured_civilians INTEGER NOT NULL,
            broad INTEGER NOT NULL,
            killed_kind TEXT NOT NULL,
            injured_kind TEXT NOT NULL,
            figure_ids TEXT NOT NULL,
            context_ids TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX event_tallies_first ON event_tallies(first_at)")
    db.execute("CREATE INDEX event_tallies_last ON event_tallies(last_at)")
    db.execute("CREATE INDEX event_tallies_valid ON event_tallies(valid_until)")
    db.execute("CREATE INDEX event_tallies_broad ON event_tallies(broad, first_at)")
    db.execute(
        """
        CREATE TABLE event_points (
            event_id INTEGER NOT NULL,
            figure_id INTEGER NOT NULL,
            effective REAL NOT NULL,
            tallied INTEGER NOT NULL,
            PRIMARY KEY (event_id, figure_id)
        ) WITHOUT ROWID"""
    )
    db.execute("CREATE INDEX event_points_effective ON event_points(effective)")
    db.execute("CREATE TABLE event_dirty (event_id INTEGER PRIMARY KEY)")
    db.execute(
        f"CREATE TRIGGER figures_event_insert AFTER INSERT ON figures BEGIN "
        f"{_dirty('new.event_id')} END"
    )
    db.execute(
        f"CREATE TRIGGER figures_event_update AFTER UPDATE ON figures BEGIN "
        f"{_dirty('old.event_id')} {_dirty('new.event_id')} END"
    )
    db.execute(
        f"CREATE TRIGGER figures_event_delete AFTER DELETE ON figures BEGIN "
        f"{_dirty('old.event_id')} END"
    )
    db.execute(
        """
        CREATE TRIGGER items_event_dispute AFTER UPDATE OF disputed ON items
        WHEN old.disputed IS NOT new.disputed BEGIN
            INSERT INTO event_dirty (event_id)
            SELECT DISTINCT event_id FROM figures WHERE item_id = new.id AND event_id IS NOT NULL
            AND event_id NOT IN (SELECT event_id FROM event_dirty);
        END"""
    )
    db.execute(
        """
        CREATE TRIGGER feeds_event_rename AFTER UPDATE OF name, title, url ON feeds
        WHEN COALESCE(old.name, old.title, old.url) IS NOT COALESCE(new.name, new.title, new.url)
        BEGIN
            INSERT INTO event_dirty (event_id)
            SELECT DISTINCT f.event_id FROM items i JOIN figures f ON f.item_id = i.id
            WHERE i.feed_id = new.id AND f.event_id IS NOT NULL
            AND f.event_id NOT IN (SELECT event_id FROM event_dirty);
        END"""
    )
    db.execute(
        "INSERT INTO meta (key, value) SELECT 'events_unassigned', '1' "
        "WHERE EXISTS (SELECT 1 FROM figures) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
    )


def _m009_retention(db: sqlite_utils.Database) -> None:
    """What retention needs: which items their feed still lists, when each was first stored,
    and how many were pruned.

    `items.listed` is 1 while the last body its feed's fetch parsed lists the item (the
    feed's transaction clears it for the items that left and sets it for those that came
    back), so retention never deletes what a feed still serves: it would come back as new at
    the feed's next change, alert again and be pruned again. The column defaults to 1: a new
    item is in the body it came from, and items stored before this migration count as listed
    until their feed's next successful fetch says otherwise (nothing is lost on upgrade).
    Adding a column with a default rewrites no row. A partial index finds a feed's listed
    items; retention goes by `first_seen` and trims the fetch log by time. `feeds.pruned` counts
    what was pruned per feed.
    """
    db.execute("ALTER TABLE items ADD COLUMN listed INTEGER NOT NULL DEFAULT 1")
    db.execute("CREATE INDEX items_listed ON items(feed_id) WHERE listed = 1")
    db.execute("CREATE INDEX items_first_seen ON items(first_seen)")
    db.execute("ALTER TABLE feeds ADD COLUMN pruned INTEGER NOT NULL DEFAULT 0")
    db.execute("CREATE INDEX fetch_log_at ON fetch_log(at)")


def _m010_desk_verification(db: sqlite_utils.Database) -> None:
    """Desk verification: who made each editorial decision, and marks on figures.

    A verification mark is an audit entry like an exclusion: `action` is the mark
    (`confirmed`, `disputed` or `unverified`), `target` is `figure`, `reason` the editor's note
    and `editor` who made it. A figure's mark is its latest entry not undone
    (`storage.verification`), so every process reading the database sees the same marks, and
    undoing an entry brings back the one before. `editor` is filled for exclusions and
    disputes from now on too; older entries keep NULL.
    """
    db.execute("ALTER TABLE audit ADD COLUMN editor TEXT")
    db.execute("CREATE INDEX audit_target ON audit(target, target_id)")


def _m011_event_changes(db: sqlite_utils.Database) -> None:
    """A log of the stored event tallies that changed, for readers that keep them in memory.

    Every row of `event_tallies` inserted, updated or deleted appends its event id, whoever
    writes it, in the writer's transaction; `seq` only grows (AUTOINCREMENT), so a reader
    that remembers the last `seq` it read knows which events to read again, and finds a gap
    when the writer has trimmed entries it had not read yet (`storage.stored_events`).
    """
    db.execute(
        "CREATE TABLE event_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
        "event_id INTEGER NOT NULL)"
    )
    for verb, row in (("INSERT", "new"), ("UPDATE", "new"), ("DELETE", "old")):
        db.execute(
            f"CREATE TRIGGER event_tallies_{verb.lower()}_log AFTER {verb} ON event_tallies "
            f"BEGIN INSERT INTO event_changes (event_id) VALUES ({row}.event_id); END"
        )
    db.execute(
        "CREATE TRIGGER event_tallies_rekey_log AFTER UPDATE OF event_id ON event_tallies "
        "WHEN old.event_id IS NOT new.event_id "
        "BEGIN INSERT INTO event_changes (event_id) VALUES (old.event_id); END"
    )


def _m012_stories_last_seen(db: sqlite_utils.Database) -> None:
    """Stories by when they were last seen: the writer's story index reads the stories an item
    may join by `last_seen`, again whenever a feed's items go further back than it has read,
    which without an index scans the whole table each time."""
    db.execute("CREATE INDEX IF NOT EXISTS stories_last_seen ON stories(last_seen)")


def _m013_item_match_words(db: sqlite_utils.Database) -> None:
    """Each item's headline words the event matcher reads (`storage.events.item_words`),
    stored when the item is, so that a writer starting on a large database reads them instead
    of working them out again for every item of the last weeks. NULL: not worked out yet
    (items stored before, items without figures), or gone stale: editing an item's title,
    places or actors without its words clears them, and a writer whose word rules differ from
    the ones they were stored with (`meta` `match_words_of`) clears them all.
    """
    db.execute("ALTER TABLE items ADD COLUMN match_words TEXT")
    db.execute(
        """CREATE TRIGGER items_match_words_stale AFTER UPDATE OF title, places, actors ON items
        WHEN NEW.match_words IS OLD.match_words AND NEW.match_words IS NOT NULL
            AND (NEW.title IS NOT OLD.title OR NEW.places IS NOT OLD.places
                 OR NEW.actors IS NOT OLD.actors)
        BEGIN UPDATE items SET match_words = NULL WHERE id = NEW.id; END"""
    )


def _m014_event_index(db: sqlite_utils.Database) -> None:
    """The writer's event index as of a moment, per country (`storage.events`): what the
    figures before `until` made of the open events and their posting lists, so that a starting
    writer reads that and the figures since, not every figure of the last weeks. Written by
    the writer when it settles; `version` names the format, the word rules and the matcher's
    settings it was made under. A row holds only while no figure before its `until` changes:
    the triggers delete it when a figure of its country from before `until` is inserted,
    changed or deleted (item deletions cascade to figures, and fire them), when an item from
    before it is edited, and when a feed changes its address (the order of figures goes by
    it)."""
    db.execute(
        "CREATE TABLE event_index (country TEXT PRIMARY KEY, until REAL NOT NULL, "
        "version TEXT NOT NULL, state TEXT NOT NULL)"
    )
    stale = (
        "DELETE FROM event_index WHERE country = COALESCE({0}.country, '') "
        "AND until > {0}.effective;"
    )
    for verb, rows in (("insert", ("new",)), ("delete", ("old",)), ("update", ("old", "new"))):
        db.execute(
            f"CREATE TRIGGER figures_index_{verb} AFTER {verb.upper()} ON figures BEGIN "
            f"{' '.join(stale.format(row) for row in rows)} END"
        )
    db.execute(
        "CREATE TRIGGER items_index_edit AFTER UPDATE OF title, places, actors, match_words, "
        "effective, key, feed_id ON items BEGIN "
        "DELETE FROM event_index WHERE until > MIN(old.effective, new.effective); END"
    )
    db.execute(
        "CREATE TRIGGER feeds_index_rename AFTER UPDATE OF url ON feeds "
        "WHEN old.url IS NOT new.url BEGIN DELETE FROM event_index; END"
    )


def _m015_feed_chunks(db: sqlite_utils.Database) -> None:
    """What each item of a feed's last parsed body parsed to, by a digest of its raw bytes in
    that body's context (`ingest.chunks`): the next body's items with the same bytes, already
    stored, need not be parsed again. Replaced whole by each body a feed's transaction
    stores; a row is never wrong, only unused, since the digest covers everything the parse
    of the item read."""
    db.execute(
        "CREATE TABLE feed_chunks (feed_id INTEGER NOT NULL REFERENCES feeds(id) "
        "ON DELETE CASCADE, digest BLOB NOT NULL, key TEXT NOT NULL, "
        "content_hash TEXT NOT NULL, PRIMARY KEY (feed_id, digest)) WITHOUT ROWID"
    )


def _m016_figure_set_aside(db: sqlite_utils.Database) -> None:
    """What each figure's own text decided about it (`Figure.set_aside`: counted, a repeat of
    another figure of the item, a part, the higher account, a long-run toll), so that every
    tally follows the item's own total. NULL for figures stored before: `sitrep reextract`
    fills it in."""
    db.execute("ALTER TABLE figures ADD COLUMN set_aside TEXT")


MIGRATIONS: tuple[tuple[str, Migration], ...] = (
    ("001_core", _m001_core),
    ("002_fts", _m002_fts),
    ("003_aggregates", _m003_aggregates),
    ("004_story_tallies", _m004_story_tallies),
    ("005_fts_stems", _m005_fts_stems),
    ("006_story_dirty_guards", _m006_story_dirty_guards),
    ("007_feed_notes", _m007_feed_notes),
    ("008_events", _m008_events),
    ("009_retention", _m009_retention),
    ("010_desk_verification", _m010_desk_verification),
    ("011_event_changes", _m011_event_changes),
    ("012_stories_last_seen", _m012_stories_last_seen),
    ("013_item_match_words", _m013_item_match_words),
    ("014_event_index", _m014_event_index),
    ("015_feed_chunks", _m015_feed_chunks),
    ("016_figure_set_aside", _m016_figure_set_aside),
)


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply the migrations this database has not seen; return their names.

    Runs under BEGIN IMMEDIATE so that two processes opening a new database at once do not
    both migrate it; each migration's DDL and its record commit together or not at all.
    """
    if up_to_date(db.conn):
        return []  # no write lock: opening must not wait for a writer's transaction
    db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied REAL)")
    applied: list[str] = []
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        done = {row[0] for row in db.conn.execute("SELECT name FROM _migrations")}
        for name, step in MIGRATIONS:
            if name not in done:
                step(db)
                db.conn.execute(
                    "INSERT INTO _migrations (name, applied) VALUES (?, unixepoch('subsec'))",
                    [name],
                )
                applied.append(name)
    except BaseException:
        db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")
    return applied


def up_to_date(conn: sqlite3.Connection) -> bool:
    """Has every migration been applied? (A read: it takes no write lock.)"""
    if not has_migrations(conn):
        return False
    done = {row[0] for row in conn.execute("SELECT name FROM _migrations")}
    return all(name in done for name, _ in MIGRATIONS)


def has_migrations(conn: sqlite3.Connection) -> bool:
    """Is this a sitrep database (one that has recorded its migrations)?"""
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_migrations'"
    ).fetchone()
    return found is not None

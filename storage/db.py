"""The database handle: one sqlite-utils connection, set up for one writer and many readers.

A `Storage` owns one connection and must stay on the thread that opened it (sqlite3's own
rule); a thread that needs the database opens its own `Storage`. WAL lets dashboards read
while the poller writes; `data_version` tells a reader that another connection committed.
"""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extract.errors import SitrepError
from storage.schema import has_migrations, migrate, up_to_date

if TYPE_CHECKING:
    import sqlite_utils

BUSY_TIMEOUT = 5.0
"""Seconds SQLite itself waits for a lock (its busy handler sleeps a little longer each time)
before a statement fails with "database is locked"."""
LOCK_PATIENCE = 60.0
"""Seconds a writer keeps asking for the write lock, with backoff, before it gives up."""
WAL_LIMIT = 64 * 1024 * 1024
"""Bytes the WAL file is cut back to after a checkpoint (`journal_size_limit`)."""
CHECKPOINT_PAGES = 8192
"""WAL pages (32 MB at the default page size) a writer's commit lets accumulate before it
copies them into the database itself (`wal_autocheckpoint`; SQLite's default is 1000). Each
such checkpoint syncs both files, and a cold pass paid for dozens of them in its commits.
The idle checkpoint of `storage.maintenance` still truncates the WAL, and `WAL_LIMIT` caps
what a checkpoint leaves."""
BACKOFF_FIRST = 0.05
BACKOFF_MAX = 2.0


def is_busy(exc: BaseException) -> bool:
    """Did a statement fail only because another connection held a lock?"""
    if not isinstance(exc, sqlite3.OperationalError):
        return False
    text = str(exc).lower()
    return "database is locked" in text or "database is busy" in text


@dataclass(slots=True)
class TransactionStats:
    """How long this connection's write transactions waited for the lock and held it.

    Readers in WAL mode never wait for a writer, but another writer does (an editor's
    exclusion, a second dashboard taking the lease): every transaction must stay short.
    """

    count: int = 0
    held_max: float = 0.0
    held_total: float = 0.0
    waited_max: float = 0.0
    retries: int = 0

    def add(self, waited: float, held: float) -> None:
        self.count += 1
        self.held_max = max(self.held_max, held)
        self.held_total += held
        self.waited_max = max(self.waited_max, waited)


class StorageError(SitrepError):
    """A database problem phrased for the user (missing file, read-only, corrupt)."""


class Storage:
    """A connection to a sitrep database, migrated to the current schema on open.

    The connection is in autocommit mode (isolation_level=None): Python's sqlite3 never opens
    a transaction behind our back, so a stray write can not hold the write lock, and every
    multi-statement change goes through `transaction()`.
    """

    def __init__(self, conn: sqlite3.Connection, *, path: Path | None, readonly: bool) -> None:
        self.conn = conn
        self._db: sqlite_utils.Database | None = None
        self.path = path
        self.readonly = readonly
        self._on_rollback: list[Callable[[], None]] = []
        self.stats = TransactionStats()
        self.lock_patience = LOCK_PATIENCE

    @property
    def db(self) -> sqlite_utils.Database:
        """The connection as a sqlite-utils `Database`, for migrations and table helpers.

        Made when first asked for: importing sqlite-utils takes some 40 ms, which opening an
        up-to-date database and the poller's own statements (all through `conn`) do without.
        """
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    def on_rollback(self, forget: Callable[[], None]) -> None:
        """Call `forget` whenever a transaction is rolled back: what the writer keeps in
        memory about the database (its open events and stories) must not outlive the rows."""
        self._on_rollback.append(forget)

    @classmethod
    def open(cls, path: Path, *, readonly: bool = False, create: bool = True) -> Storage:
        """Open (and create, unless `create=False`) the database at `path`.

        Every failure becomes a StorageError sentence naming the path: the CLI shows it as
        bad input, so a mistyped --db never ends in a Python exception name.
        """
        if path.is_dir():
            raise StorageError(f"{path} is a folder, not a database file")
        if not path.exists() and (readonly or not create):
            raise StorageError(
                f"no database at {path}; run `sitrep poll --once` to create it (or pass --db PATH)"
            )
        conn: sqlite3.Connection | None = None
        try:
            if readonly:
                # as_uri() percent-encodes: a '#' or '?' in the name stays part of the path.
                uri = f"{path.resolve().as_uri()}?mode=ro"
                conn = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
            storage = cls(conn, path=path, readonly=readonly)
            storage._configure()
            if not readonly:
                if not up_to_date(conn):
                    migrate(storage.db)
            elif not has_migrations(conn):
                raise StorageError(f"{path} is not a sitrep database")
        except BaseException as exc:
            if conn is not None:
                conn.close()
            mapped = _storage_error(path, exc, readonly)
            if mapped is None:
                raise
            raise mapped from None
        return storage

    @classmethod
    def memory(cls) -> Storage:
        """A private in-memory database (tests, `sitrep extract`-like one-offs)."""
        conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        storage = cls(conn, path=None, readonly=False)
        storage._configure()
        migrate(storage.db)
        return storage

    def _configure(self) -> None:
        conn = self.conn
        self.set_busy_timeout(BUSY_TIMEOUT)
        conn.execute("PRAGMA foreign_keys = ON")
        if not self.readonly and int(conn.execute("PRAGMA page_count").fetchone()[0]) == 0:
            # A new database: the mode applies only before the first table exists (setting it
            # on an existing one would ask for the write lock). An existing database is
            # converted once by `storage.maintenance.ensure_incremental_vacuum`.
            conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
        if not self.readonly and self.path is not None:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute(f"PRAGMA journal_size_limit = {WAL_LIMIT}")
            conn.execute(f"PRAGMA wal_autocheckpoint = {CHECKPOINT_PAGES}")

    def set_busy_timeout(self, seconds: float) -> None:
        """How long one statement waits for a lock before it fails as busy."""
        self.conn.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Storage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Storage]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back whole on any error.

        IMMEDIATE takes the write lock up front, so a writer waits instead of failing
        half-way when another process is writing: SQLite's busy handler waits up to
        BUSY_TIMEOUT, and while the lock stays taken the attempt is repeated with growing,
        jittered pauses until `lock_patience` has passed (then "database is locked" is
        raised, and the poll service retries later). How long each transaction waited and
        held the lock is kept in `stats`.
        """
        conn = self.conn
        asked = time.monotonic()
        self._begin()
        started = time.monotonic()
        try:
            yield self
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            for forget in self._on_rollback:
                forget()
            raise
        finally:
            self.stats.add(started - asked, time.monotonic() - started)

    @contextmanager
    def reading(self) -> Iterator[Storage]:
        """One read transaction around several queries, so that they all see the same
        commit (each statement alone would see the latest). Inside a transaction already,
        it adds nothing."""
        conn = self.db.conn
        if conn.in_transaction:
            yield self
            return
        conn.execute("BEGIN")
        try:
            yield self
        finally:
            if conn.in_transaction:
                conn.execute("COMMIT")

    def _begin(self) -> None:
        """BEGIN IMMEDIATE, asked again with backoff while another writer holds the lock."""
        conn = self.conn
        deadline = time.monotonic() + self.lock_patience
        pause = BACKOFF_FIRST
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if not is_busy(exc) or time.monotonic() + pause > deadline:
                    raise
            self.stats.retries += 1
            time.sleep(pause * (0.5 + random.random()))
            pause = min(BACKOFF_MAX, pause * 2)

    def data_version(self) -> int:
        """Changes whenever another connection commits (cheap: no I/O beyond the WAL index)."""
        row = self.conn.execute("PRAGMA data_version").fetchone()
        return int(row[0])

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def rows(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        """Run a query and return dict rows."""
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def scalar(self, sql: str, params: Any = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None


def _storage_error(path: Path, exc: BaseException, readonly: bool) -> StorageError | None:
    """The sentence for a failed open; None for anything unforeseen (Ctrl+C included)."""
    if readonly and isinstance(exc, sqlite3.OperationalError) and _no_shm(path):
        # A WAL database needs its -shm index file; a reader who may not create it in the
        # database's folder (another user's database, a read-only mount) cannot open it.
        return StorageError(
            f"cannot read the database {path}: its {path.name}-shm file is missing and this "
            f"user may not create it in {path.parent}; read it while its owner's poller runs "
            "(which keeps that file), with write access to the folder, or from a copy"
        )
    if isinstance(exc, sqlite3.DatabaseError):
        if "file is not a database" in str(exc):
            return StorageError(f"{path} is not a sitrep database (file is not a database)")
        return StorageError(f"cannot open the database {path}: {exc}")
    if isinstance(exc, OSError):
        return StorageError(f"cannot create the database {path}: {_why(path, exc)}")
    return None


def _no_shm(path: Path) -> bool:
    """Is this a database in WAL mode whose shared-memory index is missing?"""
    try:
        with path.open("rb") as handle:
            header = handle.read(20)
    except OSError:
        return False
    wal = len(header) == 20 and header[18] == 2 and header[19] == 2  # file format versions
    return wal and not path.with_name(path.name + "-shm").exists()


def _why(path: Path, exc: OSError) -> str:
    """The reason a database file cannot be made, naming the part of the path at fault."""
    for parent in reversed(path.parents):
        if parent.exists() and not parent.is_dir():
            return f"{parent} is not a folder"
    return exc.strerror or "the folder cannot be made"

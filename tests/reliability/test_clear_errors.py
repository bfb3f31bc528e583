"""Failures of input, disk and database end in one sentence and exit 2 (bad input) or 1, never
"unexpected error"; read commands work without a writable config folder; and the poller keeps
running through a full disk, retrying. Tests run as root, so read-only and full states are
made with injected errors, a regular file where a folder should be, or a small tmpfs (when
mounting is allowed)."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

import ingest.poller
import ingest.service
import storage.write
from cli.main import main
from ingest.config import parse_config
from ingest.service import ServiceEvents, serve
from storage.db import Storage, StorageError
from tests.builders import rss, write_config
from tests.cli.helpers import Run, sitrep
from tests.feedserver import FeedServer
from tests.reliability.inprocess import Sitrep


def one_sentence(run: Run, code: int) -> str:
    assert run.code == code, (run.code, run.out, run.err)
    lines = run.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("sitrep: "), run.err
    assert "unexpected error" not in run.err and "Traceback" not in run.err
    return lines[0]


def _database(path: Path, items: int = 0) -> Path:
    with Storage.open(path) as store:
        store.execute(
            "INSERT INTO feeds (id, url, name, created) VALUES (1, 'https://a.test/', 'A', 0)"
        )
        with store.transaction():
            for i in range(items):
                store.execute(
                    "INSERT INTO items (feed_id, key, title, summary, first_seen, effective, "
                    "content_hash) VALUES (1, ?, ?, ?, ?, ?, 'h')",
                    (f"k{i}", f"Title {i}", "word " * 200, 1.7e9 + i, 1.7e9 + i),
                )
        store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@contextlib.contextmanager
def tmpfs(where: Path, size: str) -> Iterator[Path]:
    """A small tmpfs at `where`, or skip the test when mounting is not allowed here."""
    where.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
        capture_output=True, check=False,
    )  # fmt: skip
    if mounted.returncode != 0:
        pytest.skip("mounting a tmpfs is not allowed here")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


# --- bad input ----------------------------------------------------------------------------------


def test_deeply_nested_yaml_and_opml_are_refused_in_a_sentence(
    workdir: Path, run_sitrep: Sitrep
) -> None:
    sitrep = run_sitrep
    (workdir / "deep.yaml").write_text("feeds: " + "[" * 5000 + "]" * 5000 + "\n")
    line = one_sentence(sitrep("check", "--config", "deep.yaml"), 2)
    assert "nested more than 64 levels deep" in line
    (workdir / "block.yaml").write_text("".join(" " * i + f"k{i}:\n" for i in range(1000)))
    line = one_sentence(sitrep("check", "--config", "block.yaml"), 2)
    assert "nested too deeply" in line
    n = 20_000
    opml = '<opml version="2.0"><body>' + '<outline text="f">' * n + "</outline>" * n
    (workdir / "deep.opml").write_text(opml + "</body></opml>")
    run = sitrep("feeds", "import", "deep.opml", "--config", "new.yaml")
    assert "nests outlines more than 50 levels deep" in one_sentence(run, 2)


@pytest.mark.parametrize("command", ["events", "tally", "actors", "places"])
def test_a_window_start_out_of_the_calendar_is_bad_input(
    command: str, workdir: Path, run_sitrep: Sitrep
) -> None:
    _database(workdir / "s.db")
    run = run_sitrep(command, "--since", "0001-01-01", "--db", "s.db")
    assert "give a time between 1900 and 9000, or all" in one_sentence(run, 2)


def test_damage_found_in_the_middle_of_a_query(workdir: Path, run_sitrep: Sitrep) -> None:
    path = _database(workdir / "s.db", items=400)
    data = bytearray(path.read_bytes())
    pages = len(data) // 4096
    for page in range(pages - 40, pages - 10):  # item pages; the schema stays readable
        data[page * 4096 : (page + 1) * 4096] = b"\xde\xad\xbe\xef" * 1024
    path.write_bytes(bytes(data))
    for args in (("events", "--since", "all"), ("events", "--since", "all", "--search", "word")):
        line = one_sentence(run_sitrep(*args, "--db", "s.db"), 2)
        assert "the database is damaged (database disk image is malformed)" in line


# --- a config folder that cannot be written -----------------------------------------------------


def test_read_commands_work_without_a_writable_config_folder(
    workdir: Path, run_sitrep: Sitrep, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = workdir / "not-a-folder"
    blocker.write_text("a file where the config folder should be\n")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocker))  # mkdir below it fails, even for root
    _database(workdir / "s.db")
    run = run_sitrep("events", "--db", "s.db")
    assert (run.code, run.out.strip(), run.err) == (0, "no items in this window", "")
    listed = run_sitrep("feeds", "list", "--json", "--db", "s.db")
    assert listed.code == 0 and len(listed.json()) > 0  # the bundled default list
    added = run_sitrep("feeds", "add", "https://new.test/rss", "--no-check")
    assert "could not be written (Not a directory)" in one_sentence(added, 1)


def test_feeds_add_in_a_read_only_folder(
    workdir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(workdir / "feeds.yaml", ["https://a.test/rss"])
    before = config.read_bytes()

    def read_only(*args: Any, **kwargs: Any) -> Any:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr("ingest.yamledit.tempfile.mkstemp", read_only)
    with pytest.raises(SystemExit) as exit_:
        main(["feeds", "add", "https://b.test/rss", "--no-check", "--config", str(config)])
    assert exit_.value.code == 1
    err = capsys.readouterr().err
    assert err == (
        f"sitrep: {config} could not be written (Read-only file system); nothing was changed\n"
    )
    assert config.read_bytes() == before


def test_feeds_add_on_a_read_only_mount(workdir: Path) -> None:
    with tmpfs(workdir / "ro", "1m") as mount:
        config = write_config(mount / "feeds.yaml", ["https://a.test/rss"])
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        run = sitrep("feeds", "add", "https://b.test/rss", "--no-check", "--config",
                     str(config), cwd=workdir)  # fmt: skip
        assert "could not be written (Read-only file system)" in one_sentence(run, 1)


# --- a database that another user reads ---------------------------------------------------------


def test_a_missing_shm_file_is_explained(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _database(workdir / "s.db")
    assert not path.with_name("s.db-shm").exists()
    real = sqlite3.connect

    def cannot_create_shm(target: str, *args: Any, **kwargs: Any) -> Any:
        if "mode=ro" in str(target):  # what SQLite says when the -shm cannot be made
            raise sqlite3.OperationalError("unable to open database file")
        return real(target, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", cannot_create_shm)
    with pytest.raises(StorageError, match=r"its s\.db-shm file is missing and this user may not"):
        Storage.open(path, readonly=True)


def test_a_missing_shm_file_on_a_read_only_mount(workdir: Path) -> None:
    with tmpfs(workdir / "ro", "4m") as mount:
        _database(mount / "s.db")
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        run = sitrep("events", "--db", str(mount / "s.db"), cwd=workdir)
        assert "s.db-shm file is missing" in one_sentence(run, 2)


# --- a full disk --------------------------------------------------------------------------------


def _full_for(calls: int, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The first `calls` writes of items fail as on a full disk."""
    real = storage.write.store_items
    seen: list[int] = []

    def store_items(*args: Any, **kwargs: Any) -> Any:
        seen.append(1)
        if len(seen) <= calls:
            raise sqlite3.OperationalError("database or disk is full")
        return real(*args, **kwargs)

    monkeypatch.setattr(storage.write, "store_items", store_items)  # imported per feed
    return seen


async def _serve_until(db: Path, config_text: str, done: Any, *, warnings: list[str]) -> None:
    """Run the poll service until `done()` holds (30 s at most); it must not stop on its own."""
    stop = asyncio.Event()
    config = parse_config(config_text, Path("feeds.yaml"))
    task = asyncio.create_task(
        serve(config, None, db, stop, events=ServiceEvents(on_warning=warnings.append))
    )
    try:
        end = asyncio.get_running_loop().time() + 30
        while not done() and asyncio.get_running_loop().time() < end:
            assert not task.done(), task.exception()  # the service is still running
            await asyncio.sleep(0.05)
        assert done(), warnings
    finally:
        stop.set()
        await asyncio.wait_for(task, 30)


async def test_the_poller_keeps_running_through_a_full_disk(
    feed_server: FeedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    item = {"title": "One", "guid": "1", "description": "x", "pubDate": datetime.now(UTC)}
    feed_server.route("/a.xml", rss("A", [item]))
    monkeypatch.setattr(ingest.service, "RETRY_FIRST", 0.1)
    writes = _full_for(2, monkeypatch)
    db = tmp_path / "s.db"

    def stored() -> bool:
        with Storage.open(db, readonly=True) as store:
            return bool(store.scalar("SELECT COUNT(*) FROM items"))

    config = f"settings:\n  min_interval: 1s\nfeeds:\n  - url: {feed_server.url('/a.xml')}\n"
    warnings: list[str] = []
    await _serve_until(db, config, lambda: db.exists() and stored(), warnings=warnings)
    assert len(writes) == 3
    assert warnings[:2] == [
        "polling paused: the disk is full; trying again in 0.1 s",
        "polling paused: the disk is full; trying again in 0.2 s",
    ]


async def test_the_poller_survives_a_really_full_tmpfs(
    feed_server: FeedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = [
        {"title": f"Item {i}", "guid": str(i), "description": "word " * 50,
         "pubDate": datetime.now(UTC)}
        for i in range(30)
    ]  # fmt: skip
    feed_server.route("/a.xml", rss("A", items))
    monkeypatch.setattr(ingest.service, "RETRY_FIRST", 0.1)
    with tmpfs(tmp_path / "small", "2m") as disk:
        db = disk / "s.db"
        keeper = Storage.open(db)  # a dashboard reading: the -wal and -shm files exist
        filler = disk / "filler"
        with contextlib.suppress(OSError), filler.open("wb", buffering=0) as handle:
            while True:
                handle.write(b"\0" * 4096)  # until the disk is full
        config = f"settings:\n  min_interval: 1s\nfeeds:\n  - url: {feed_server.url('/a.xml')}\n"
        warnings: list[str] = []
        written: list[int] = []
        real = storage.write.store_items

        def store_items(*args: Any, **kwargs: Any) -> Any:
            result = real(*args, **kwargs)
            written.append(len(result[0]))
            return result

        monkeypatch.setattr(storage.write, "store_items", store_items)  # imported per feed

        def freed_and_stored() -> bool:
            if warnings and filler.exists():
                filler.unlink()  # the editor frees some space
            return bool(written)

        try:
            await _serve_until(db, config, freed_and_stored, warnings=warnings)
        finally:
            keeper.close()
        assert any("the disk is full" in w for w in warnings), warnings
        assert written == [30]


def test_poll_once_on_a_full_disk_says_so(
    feed_server: FeedServer, workdir: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    feed_server.route("/a.xml", rss("A", [{"title": "One", "guid": "1", "description": "x"}]))
    config = write_config(workdir / "feeds.yaml", [feed_server.url("/a.xml")])
    _full_for(1, monkeypatch)
    with pytest.raises(SystemExit) as exit_:
        main(["poll", "--once", "--config", str(config), "--db", str(workdir / "s.db")])
    assert (exit_.value.code, capsys.readouterr().err) == (1, "sitrep: the disk is full\n")

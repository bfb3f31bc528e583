"""End to end as a user runs it: feeds on a local server -> `sitrep poll --once` -> queries."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.builders import rss, write_config
from tests.cli.helpers import sitrep
from tests.feedserver import FeedServer, unused_port

NOW = datetime.now(UTC).replace(microsecond=0)


def wire(feed_server: FeedServer) -> None:
    feed_server.route(
        "/alpha.xml",
        rss(
            "Alpha Wire",
            [
                {
                    "title": "At least 12 killed in air strike on Idlib market",
                    "guid": "a1",
                    "link": "https://alpha.example/1",
                    "description": "At least 12 people were killed in an air strike on a market in "
                    "Idlib, the Syrian Observatory for Human Rights said.",
                    "pubDate": NOW - timedelta(hours=2),
                },
                {
                    "title": "Ceasefire talks resume in Doha",
                    "guid": "a2",
                    "link": "https://alpha.example/2",
                    "description": "Negotiators met again.",
                    "pubDate": NOW - timedelta(hours=1),
                },
            ],
        ),
        etag='"alpha-1"',
        headers={"Content-Type": "application/rss+xml"},
    )
    feed_server.route(
        "/beta.xml",
        rss(
            "Beta News",
            [
                {
                    "title": "Aid convoy reaches Goma",
                    "guid": "b1",
                    "link": "https://beta.example/1",
                    "description": "Trucks carried food and medicine.",
                    "pubDate": NOW - timedelta(minutes=30),
                },
            ],
        ),
        last_modified="Tue, 24 Nov 2026 10:00:00 GMT",
    )


@pytest.fixture
def setup(feed_server: FeedServer, workdir: Path) -> Path:
    wire(feed_server)
    write_config(
        workdir / "feeds.yaml",
        [feed_server.url("/alpha.xml"), feed_server.url("/beta.xml")],
        names=["Alpha", "Beta"],
        tags=["middle-east", "africa"],
    )
    return workdir


def test_poll_once_then_events_gives_every_item_once(setup: Path, feed_server: FeedServer) -> None:
    db = str(setup / "s.db")
    first = sitrep("poll", "--once", "--db", db, cwd=setup)
    assert first.code == 0, first.err
    assert "3 new item(s)" in first.err
    events = sitrep("--db", db, "events", "--json", cwd=setup).json()
    assert [e["title"] for e in events] == [
        "Aid convoy reaches Goma",
        "Ceasefire talks resume in Doha",
        "At least 12 killed in air strike on Idlib market",
    ]
    strike = events[2]
    assert (strike["killed"], strike["feed"], strike["link"]) == (
        12,
        "Alpha",
        "https://alpha.example/1",
    )
    assert strike["published"] == (NOW - timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert set(strike) >= {
        "id",
        "title",
        "link",
        "feed",
        "published",
        "summary",
        "killed",
        "injured",
        "actors",
        "places",
        "sources",
    }

    # A second pass sends the validators back, gets 304s and stores nothing twice.
    second = sitrep("poll", "--once", "--db", db, cwd=setup)
    assert second.code == 0 and "0 new item(s)" in second.err
    alpha = [r for r in feed_server.requests if r.path == "/alpha.xml"]
    beta = [r for r in feed_server.requests if r.path == "/beta.xml"]
    assert alpha[-1].headers.get("if-none-match") == '"alpha-1"'
    assert beta[-1].headers.get("if-modified-since") == "Tue, 24 Nov 2026 10:00:00 GMT"
    assert len(sitrep("events", "--json", "--db", db, cwd=setup).json()) == 3
    # the 304s are recorded as each feed's last fetch, and logged, written in one batch
    conn = sqlite3.connect(db)
    try:
        statuses = {row[0] for row in conn.execute("SELECT last_status FROM feeds")}
        logged = conn.execute("SELECT count(*) FROM fetch_log WHERE status = 304").fetchone()[0]
    finally:
        conn.close()
    assert statuses == {304}
    assert logged == 2


def test_failing_feeds_are_reported_and_do_not_stop_the_others(
    feed_server: FeedServer, workdir: Path
) -> None:
    wire(feed_server)
    feed_server.route("/broken.xml", "<rss><channel><item><title>x</title>", status=200)
    feed_server.route("/error.xml", "oops", status=500)
    feed_server.route("/slow.xml", rss("Slow", []), delay=10)
    dead = f"http://127.0.0.1:{unused_port()}/dead.xml"
    write_config(
        workdir / "feeds.yaml",
        [
            feed_server.url("/alpha.xml"),
            feed_server.url("/error.xml"),
            feed_server.url("/slow.xml"),
            dead,
            feed_server.url("/html.xml"),
        ],
        extra="",
    )
    (workdir / "feeds.yaml").write_text(
        (workdir / "feeds.yaml").read_text().replace("deadline: 5s", "deadline: 1s")
    )
    feed_server.route(
        "/html.xml", "<html><body>not a feed</body></html>", headers={"Content-Type": "text/html"}
    )
    run = sitrep("poll", "--once", "--db", "s.db", cwd=workdir)
    assert run.code == 0, run.err  # a pass that ran is a success
    assert "2 new item(s)" in run.err
    listed = {
        f["url"]: f for f in sitrep("feeds", "list", "--json", "--db", "s.db", cwd=workdir).json()
    }
    assert listed[feed_server.url("/alpha.xml")]["status"] == "ok"
    assert listed[feed_server.url("/alpha.xml")]["items"] == 2
    assert listed[feed_server.url("/error.xml")]["status"] == "failing"
    assert "500" in listed[feed_server.url("/error.xml")]["last_error"]
    assert "timed out" in listed[feed_server.url("/slow.xml")]["last_error"]
    assert "refused" in listed[dead]["last_error"]
    assert listed[feed_server.url("/html.xml")]["status"] == "failing"
    for row in listed.values():
        assert set(row) >= {
            "url",
            "name",
            "tags",
            "enabled",
            "status",
            "last_error",
            "last_fetch",
            "items",
        }


def test_feeds_list_before_any_poll(setup: Path) -> None:
    rows = sitrep("feeds", "list", "--json", cwd=setup).json()
    assert [r["status"] for r in rows] == ["never fetched", "never fetched"]
    assert [r["name"] for r in rows] == ["Alpha", "Beta"]
    assert rows[0]["tags"] == ["middle-east"]


def test_tag_filters_events(setup: Path) -> None:
    assert sitrep("poll", "--once", "--db", "s.db", cwd=setup).code == 0
    africa = sitrep("events", "--tag", "africa", "--json", "--db", "s.db", cwd=setup).json()
    assert [e["title"] for e in africa] == ["Aid convoy reaches Goma"]
    missing = sitrep("events", "--tag", "nope", "--db", "s.db", cwd=setup)
    assert missing.code == 2 and missing.err.strip() == "sitrep: no feed has the tag 'nope'"


def test_search_is_literal(setup: Path) -> None:
    assert sitrep("poll", "--once", "--db", "s.db", cwd=setup).code == 0
    found = sitrep("events", "--search", "Idlib market", "--json", "--db", "s.db", cwd=setup)
    assert [e["title"] for e in found.json()] == [
        "At least 12 killed in air strike on Idlib market"
    ]
    for query in ("al-Assad", "NOT (", '"'):
        run = sitrep("events", "--search", query, "--json", "--db", "s.db", cwd=setup)
        assert run.code == 0 and run.json() == []


def test_env_vars_choose_config_and_db(setup: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {"SITREP_CONFIG": str(setup / "feeds.yaml"), "SITREP_DB": str(setup / "env.db")}
    assert sitrep("poll", "--once", cwd=elsewhere, env=env).code == 0
    assert (setup / "env.db").exists()
    assert len(sitrep("events", "--json", cwd=elsewhere, env=env).json()) == 3


UNCHANGED_PASS = """
import sys
from cli.main import main
try:
    main(["poll", "--once", "--db", sys.argv[1]])
except SystemExit as exc:
    assert not exc.code, exc.code
heavy = ("rich", "pygments", "ruamel", "feedparser", "sqlite_utils", "multiprocessing",
         "ingest.process", "extract.gazetteer")
print(sorted(m for m in sys.modules if m.split(".")[0] in heavy or m in heavy))
"""


def test_a_pass_where_every_feed_answers_304_loads_no_parsing(setup: Path) -> None:
    # Most passes of a poller find nothing new: they must not pay for what a body needs.
    db = str(setup / "s.db")
    assert sitrep("poll", "--once", "--db", db, cwd=setup).code == 0
    out = subprocess.run(
        [sys.executable, "-c", UNCHANGED_PASS, db],
        cwd=setup,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "0 new item(s), 0 updated, 0 failing" in out.stderr
    assert out.stdout.splitlines() == ["[]"]  # nor any parse worker or fork server


def test_poll_once_runs_the_exit_handlers_and_skips_only_the_teardown(
    setup: Path, feed_server: FeedServer, tmp_path: Path
) -> None:
    """`poll --once` leaves without freeing its heap (cli.main._leave_now), but everything a
    normal exit does that anyone sees still happens: exit handlers, flushed output."""
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(
        "import atexit, os, sys\n"
        "_dir = os.environ.pop('MARKS', None)\n"  # the command's process, not its workers
        "if _dir:\n"
        "    atexit.register(lambda: open(os.path.join(_dir, 'atexit'), 'w').close())\n"
        "    class _Teardown:\n"
        "        def __del__(self, _open=open, _path=os.path.join(_dir, 'teardown')):\n"
        "            _open(_path, 'w').close()\n"
        "    keep = _Teardown()\n"
        "    print('buffered on stdout', end='')\n"
    )
    env = {"MARKS": str(tmp_path), "PYTHONPATH": f"{hooks}{os.pathsep}{Path.cwd()}"}
    run = sitrep("poll", "--once", "--db", str(setup / "s.db"), cwd=setup, env=env)
    assert run.code == 0, run.err
    assert "3 new item(s)" in run.err
    assert run.out == "buffered on stdout"  # flushed though the process never tore down
    assert (tmp_path / "atexit").exists()
    assert not (tmp_path / "teardown").exists()  # the heap was left to the OS
    # a command that does not ask for it exits as usual, freeing everything
    again = sitrep("--db", str(setup / "s.db"), "events", "--json", cwd=setup, env=env)
    assert again.code == 0 and (tmp_path / "teardown").exists()

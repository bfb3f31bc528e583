"""A feeds.yaml broken by a hand edit does not stop the read-only commands: they query the
database with the defaults and say what is wrong on stderr; the commands that need the list
(poll, check) still refuse it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from click.testing import CliRunner

from cli.main import sitrep as sitrep_group
from tests.builders import rss, write_config
from tests.cli.helpers import sitrep
from tests.feedserver import FeedServer

BROKEN = "feeds:\n  - url: https://a.example/\n    intervall: 5\n"
PROBLEM = "feeds.yaml:3: unknown key 'intervall' (did you mean 'interval'?)"
WARNING = (
    f"sitrep: warning: {PROBLEM}; the query goes on without feeds.yaml "
    "(window 24h unless --since; `sitrep check` shows what to fix)"
)


def test_read_commands_work_on_the_database_with_a_warning(
    feed_server: FeedServer, workdir: Path
) -> None:
    when = datetime.now(UTC) - timedelta(hours=1)
    feed_server.route(
        "/a.xml",
        rss("Wire", [{"title": "Strike on Idlib market kills 12", "guid": "1", "pubDate": when}]),
    )
    write_config(workdir / "feeds.yaml", [feed_server.url("/a.xml")], names=["Wire"])
    assert sitrep("poll", "--once", "--db", "s.db", cwd=workdir).code == 0
    (workdir / "feeds.yaml").write_text(BROKEN, encoding="utf-8")  # an editor's mistake

    events = sitrep("events", "--db", "s.db", cwd=workdir)  # as the user runs it
    assert events.code == 0, events.err
    assert "Strike on Idlib market kills 12" in events.out
    assert events.err.splitlines() == [WARNING]  # once, however often the config is asked
    db = str(workdir / "s.db")
    for command in (["tally"], ["actors"], ["places"], ["events", "--json"]):
        run = CliRunner().invoke(sitrep_group, [*command, "--db", db])
        assert (run.exit_code, run.stderr.splitlines()) == (0, [WARNING]), command
    named = CliRunner().invoke(sitrep_group, ["events", "--config", "feeds.yaml", "--db", db])
    assert (named.exit_code, named.stderr.splitlines()) == (0, [WARNING])

    check = sitrep("check", cwd=workdir)
    assert (check.code, check.err.strip()) == (2, f"sitrep: {PROBLEM}")
    poll = CliRunner().invoke(sitrep_group, ["poll", "--once", "--db", db])
    assert (poll.exit_code, poll.stderr) == (2, f"Error: {PROBLEM}\n")

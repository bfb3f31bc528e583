"""The console script's entry: `poll --once` starts the parse workers' fork server before the
command line is imported; every other command does not."""

from __future__ import annotations

import subprocess
import sys

import pytest

from cli.entry import polls_once

_PROBE = (
    "import sys\n"
    "from multiprocessing import forkserver\n"
    "from cli import entry\n"
    "if entry.polls_once(sys.argv[1:]):\n"
    "    entry.start_parsing_early()\n"
    "print(forkserver._forkserver._forkserver_pid is not None, 'cli.main' in sys.modules)\n"
)


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["poll", "--once"], True),
        (["--config", "feeds.yaml", "poll", "--once", "--db", "x.db"], True),
        (["poll"], False),
        (["poll", "--once", "--help"], False),
        (["tally", "--json"], False),
        ([], False),
    ],
)
def test_only_a_one_shot_poll_starts_parsing_early(argv: list[str], expected: bool) -> None:
    assert polls_once(argv) is expected


def test_the_fork_server_runs_before_the_command_line_is_imported() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, "poll", "--once"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    assert out.split() == ["True", "False"]
    other = subprocess.run(
        [sys.executable, "-c", _PROBE, "feeds", "list"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    assert other.split() == ["False", "False"]

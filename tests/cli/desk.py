"""A polled desk database shared by the command-line tests of one test process (the
`polled_once` fixture of `tests/cli/conftest.py`): the scenario of `test_cli_tally` (Idlib
11 -> 14 -> 18, Khan Younis 30, Goma 10 vs 12, Kharkiv 7 injured, a flood, a war-long toll)
polled once from local feeds by a real `sitrep poll --once`, then copied into each test's
folder, where `sitrep` runs in-process (`tests.reliability.inprocess`: the console script's
entry point, without an interpreter's start-up per command) or, in `test_cli_tally`, as a
process of its own."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.builders import rss, write_config
from tests.cli.helpers import Run, sitrep
from tests.cli.test_cli_tally import ALPHA, BETA, GAMMA
from tests.feedserver import FeedServer
from tests.reliability.inprocess import Sitrep

FEEDS = (("alpha", ALPHA), ("beta", BETA), ("gamma", GAMMA))


def poll_desk(folder: Path) -> Path:
    """Poll the scenario into `folder`/t.db (with its feeds.yaml) and return the folder."""
    server = FeedServer().start()
    try:
        for name, items in FEEDS:
            server.route(f"/{name}.xml", rss(name.title(), items))
        write_config(
            folder / "feeds.yaml",
            [server.url(f"/{n}.xml") for n, _ in FEEDS],
            names=["Alpha", "Beta", "Gamma"],
        )
        run = sitrep("poll", "--once", "--db", "t.db", cwd=folder)
        assert run.code == 0, run.err
    finally:
        server.stop()
    return folder


class Desk:
    """A private copy of the polled desk in the test's working folder."""

    def __init__(self, source: Path, folder: Path, sitrep: Sitrep) -> None:
        for name in ("t.db", "feeds.yaml"):
            shutil.copy(source / name, folder / name)
        self.folder = folder
        self.db = folder / "t.db"
        self._sitrep = sitrep

    def __call__(self, *args: str, env: dict[str, str] | None = None) -> Run:
        """`sitrep ARGS --db t.db`, with `env` set for this run only."""
        with pytest.MonkeyPatch.context() as patch:
            for key, value in (env or {}).items():
                patch.setenv(key, value)
            return self._sitrep(*args, "--db", str(self.db))

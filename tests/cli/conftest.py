"""Fixtures of the command-line tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.desk import poll_desk


@pytest.fixture(scope="session")
def polled_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The desk scenario polled once by a real `sitrep poll --once` for every test that reads
    it; each test works in its own copy of the database (`Desk`, `test_cli_tally`'s `polled`)."""
    home = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as patch:
        # The user's dirs kept apart as in every test (the autouse fixture is per test).
        patch.setenv("HOME", str(home))
        patch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
        patch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
        patch.delenv("SITREP_CONFIG", raising=False)
        patch.delenv("SITREP_DB", raising=False)
        return poll_desk(tmp_path_factory.mktemp("desk"))

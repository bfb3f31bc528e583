"""The continuous poller says at once that its database cannot be opened: restarts are for
failures that pass, not for a wrong path."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import write_config
from tests.reliability.inprocess import Sitrep


def test_a_folder_as_database_is_bad_input_at_once(
    tmp_path: Path, run_sitrep: Sitrep, monkeypatch: pytest.MonkeyPatch
) -> None:
    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the poll service started (and would restart for a minute)")

    monkeypatch.setattr("ingest.service.supervise", never)
    config = write_config(tmp_path / "feeds.yaml", ["http://127.0.0.1:9/feed.xml"])
    folder = tmp_path / "not-a-file"
    folder.mkdir()
    run = run_sitrep("poll", "--config", str(config), "--db", str(folder))
    assert run.code == 2
    assert run.err.strip() == f"sitrep: {folder} is a folder, not a database file"

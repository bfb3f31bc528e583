"""feeds.yaml edits made at once all land (a lock around read-change-write), and a config of
the wrong type or size is refused in one sentence before it is read."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from ingest.config import ConfigError, load_config
from ingest.feedlist import add_feed, set_enabled, update_feed
from tests.cli.helpers import sitrep

ADD = [sys.executable, "-m", "cli", "feeds", "add"]
START = "# the desk's list\nfeeds:\n  - url: https://first.test/rss\n    name: First\n"


def _all_at_once(actions: list[threading.Thread]) -> None:
    for thread in actions:
        thread.start()
    for thread in actions:
        thread.join(60)


def test_parallel_edits_in_one_process_all_land(tmp_path: Path) -> None:
    config = tmp_path / "feeds.yaml"
    config.write_text(START, encoding="utf-8")
    gate = threading.Barrier(14)
    errors: list[BaseException] = []

    def run(action: object, *args: object, **kwargs: object) -> threading.Thread:
        def body() -> None:
            gate.wait()
            try:
                action(config, *args, **kwargs)  # type: ignore[operator]
            except BaseException as exc:
                errors.append(exc)

        return threading.Thread(target=body)

    threads = [run(add_feed, f"https://wire{i}.test/rss") for i in range(12)]
    threads.append(run(set_enabled, "First", False))  # the dashboard's feed manager
    threads.append(run(update_feed, "https://first.test/rss", tags=["desk"]))
    _all_at_once(threads)
    assert errors == []
    loaded = load_config(config)
    urls = {f.url for f in loaded.feeds}
    assert urls == {"https://first.test/rss"} | {f"https://wire{i}.test/rss" for i in range(12)}
    first = loaded.feeds[0]
    assert (first.enabled, first.tags) == (False, ("desk",))
    assert config.read_text(encoding="utf-8").startswith("# the desk's list\n")


def test_twelve_parallel_feeds_add_commands_all_land(tmp_path: Path) -> None:
    config = tmp_path / "feeds.yaml"
    config.write_text(START, encoding="utf-8")
    procs = [
        subprocess.Popen(
            [*ADD, f"https://wire{i}.test/rss", "--no-check", "--config", str(config)],
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(12)
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0] * 12, outputs
    assert len(load_config(config).feeds) == 13


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "feeds.fifo"
    os.mkfifo(path)
    return path


def test_a_fifo_device_or_huge_file_is_refused_before_reading(fifo: Path, tmp_path: Path) -> None:
    huge = tmp_path / "huge.yaml"
    with huge.open("w") as handle:
        handle.write("feeds:\n")
        handle.write("# comment\n" * 150_000)  # 1.5 MB of comments
    cases = {
        fifo: "is a named pipe (FIFO), not a regular file",
        Path("/dev/zero"): "is a device, not a regular file",
        tmp_path: "is a folder, not a file",
        huge: "is larger than 1 MB (1,500,007 bytes)",
    }
    for path, words in cases.items():
        began = time.monotonic()
        with pytest.raises(ConfigError, match=words.replace("(", r"\(").replace(")", r"\)")):
            load_config(path)
        assert time.monotonic() - began < 2
    run = sitrep("check", "--config", str(fifo), cwd=tmp_path, timeout=30)  # never hangs
    assert run.code == 2 and len(run.err.splitlines()) == 1 and "FIFO" in run.err
    run = sitrep("feeds", "import", "/dev/zero", "--config", str(huge), cwd=tmp_path, timeout=30)
    assert run.code == 2 and run.err.strip() == (
        "sitrep: /dev/zero is a device, not a regular file; it was not read"
    )

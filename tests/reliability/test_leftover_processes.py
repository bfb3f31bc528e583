"""After kill -9 of the poller, nothing it started stays behind: parse workers (idle or busy),
the fork server and the resource tracker all exit within seconds."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.builders import rss, write_config
from tests.feedserver import FeedServer
from tests.reliability import procs

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
ROOT = Path(__file__).resolve().parents[2]


def _kill_and_expect_gone(proc: subprocess.Popen[bytes], children: set[int]) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)

    def left() -> set[int]:
        return {pid for pid in children if procs.alive(pid)}

    assert procs.wait_until(lambda: not left(), timeout=8), f"still running: {left()}"


def test_kill_9_of_sitrep_poll_leaves_no_process_behind(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    feed_server.route("/a.xml", rss("A", [{"title": "One", "guid": "1", "description": "x"}]))
    config = write_config(tmp_path / "feeds.yaml", [feed_server.url("/a.xml")])
    log = tmp_path / "poll.log"
    with log.open("wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "cli", "poll", "--config", str(config), "--db",
             str(tmp_path / "p.db")],
            cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=err,
        )  # fmt: skip
    try:
        assert procs.wait_until(lambda: b"polled 1 feed" in log.read_bytes(), timeout=60), (
            log.read_text()
        )
        children = procs.descendants(proc.pid)
        # the fork server, its parse worker and the resource tracker at least
        assert len(children) >= 3, children
        _kill_and_expect_gone(proc, children)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_a_worker_busy_parsing_dies_with_its_poller(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import sys, time
        from ingest.service import make_executor
        from tests.reliability import procs

        pool = make_executor(deadline=600)
        pool.submit(procs.sleep_for, 600)
        while not pool.worker_pids():
            time.sleep(0.05)
        print(pool.worker_pids()[0], flush=True)
        time.sleep(600)
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, env=os.environ.copy()
    )
    try:
        assert proc.stdout is not None
        worker = int(proc.stdout.readline())
        assert procs.alive(worker)
        children = procs.descendants(proc.pid)
        assert worker in children
        _kill_and_expect_gone(proc, children)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_a_headless_pass_with_nothing_to_parse_starts_no_process() -> None:
    # `sitrep poll --once` makes its pool with eager=False: the fork server starts with the
    # first body to parse, so a pass where every feed answers 304 forks nothing; the
    # dashboard's pool (eager) starts it at once.
    code = textwrap.dedent(
        """
        import os, sys
        from ingest.service import make_executor
        from tests.reliability import procs
        with make_executor(eager=sys.argv[1] == "eager") as pool:
            before = len(procs.descendants(os.getpid()))
            worker = pool.submit(procs.worker_pid).result(timeout=60)
            after = len(procs.descendants(os.getpid()))
        print(before, after, worker != os.getpid())
        """
    )
    found = {}
    for mode in ("lazy", "eager"):
        run = subprocess.run(
            [sys.executable, "-c", code, mode],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        found[mode] = run.stdout.split()
    assert found["lazy"][0] == "0" and found["lazy"][2] == "True"
    assert int(found["eager"][0]) >= 1
    assert int(found["lazy"][1]) >= 2  # the fork server and a worker, once there was work

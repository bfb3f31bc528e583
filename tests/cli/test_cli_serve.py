"""`sitrep serve` serves the dashboard page on the loopback interface; another address needs
--public (and gets a warning); visitors read only unless --allow-edits, which the served
dashboard's app factory receives."""

from __future__ import annotations

import contextlib
import shlex
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, ClassVar

import httpx
import pytest

from tests.feedserver import unused_port
from tests.reliability.inprocess import Sitrep, run_sitrep

__all__ = ["run_sitrep"]


def test_serve_answers_with_the_dashboard_page(workdir: Path) -> None:
    (workdir / "feeds.yaml").write_text("feeds: []\n")
    port = unused_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "cli", "serve", "--port", str(port), "--db", "s.db"],
        cwd=workdir,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        page = None
        while time.monotonic() < deadline and page is None:
            try:
                page = httpx.get(f"http://127.0.0.1:{port}/", timeout=2)
            except httpx.TransportError:
                time.sleep(0.2)
        assert page is not None and page.status_code == 200
        assert "textual" in page.text.lower()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


class _Server:
    """Stands in for textual-serve's Server: records what it was given, serves nothing."""

    made: ClassVar[list[_Server]] = []

    def __init__(self, command: str, host: str, port: int, **kwargs: Any) -> None:
        self.command, self.host, self.port, self.kwargs = command, host, port, kwargs
        self.served = False
        _Server.made.append(self)

    def serve(self) -> None:
        self.served = True


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch, workdir: Path) -> type[_Server]:
    import textual_serve.server

    (workdir / "feeds.yaml").write_text("feeds: []\n")
    _Server.made = []
    monkeypatch.setattr(textual_serve.server, "Server", _Server)
    return _Server


def test_a_host_other_machines_reach_is_refused_in_one_sentence(
    server: type[_Server], run_sitrep: Sitrep
) -> None:
    for host in ("0.0.0.0", "192.168.1.20", "desk.example.org", "::"):
        run = run_sitrep("serve", "--host", host)
        assert (run.code, run.out) == (2, "")
        assert run.err == (
            f"sitrep: refusing to serve on {host}, which other machines can reach: anyone who "
            "reaches it reads the desk's data; pass --public to do it anyway\n"
        )
    assert server.made == []


def test_public_serves_with_a_warning(server: type[_Server], run_sitrep: Sitrep) -> None:
    run = run_sitrep("serve", "--host", "0.0.0.0", "--port", "8123", "--public")
    assert run.code == 0, run.err
    assert run.err == (
        "sitrep: warning: serving on 0.0.0.0:8123: anyone who can reach this port reads the "
        "desk's data; put a proxy with authentication in front of it\n"
    )
    (made,) = server.made
    assert (made.host, made.port, made.served) == ("0.0.0.0", 8123, True)
    assert shlex.split(made.command)[-1] == "--read-only"
    edits = run_sitrep("serve", "--host", "10.0.0.5", "--public", "--allow-edits")
    assert "anyone who can reach this port reads and edits the desk's data" in edits.err


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "127.0.0.2", "::1", "[::1]"])
def test_local_hosts_serve_quietly(server: type[_Server], run_sitrep: Sitrep, host: str) -> None:
    run = run_sitrep("serve", "--host", host)
    assert (run.code, run.err) == (0, "")
    assert server.made[0].host == host


def _dashboard_of(command: str, monkeypatch: pytest.MonkeyPatch, run_sitrep: Sitrep) -> Any:
    """Run the command textual-serve would run for a visitor, in this process, up to the app
    factory: what `make_app` was asked for."""
    import cli.launch
    import tui.app

    asked: dict[str, Any] = {}

    class _App:
        def run(self) -> None:
            pass

    def make_app(**kwargs: Any) -> _App:
        asked.update(kwargs)
        return _App()

    monkeypatch.setattr(tui.app, "make_app", make_app)
    monkeypatch.setattr(cli.launch, "make_executor", lambda **_: contextlib.nullcontext())
    args = shlex.split(command)
    assert args[:3] == [sys.executable, "-m", "cli"]
    run = run_sitrep(*args[3:])
    assert run.code == 0, run.err
    return asked


def test_edits_reach_the_app_factory_only_when_allowed(
    server: type[_Server], run_sitrep: Sitrep, monkeypatch: pytest.MonkeyPatch, workdir: Path
) -> None:
    assert run_sitrep("serve", "--db", "s.db").code == 0
    assert run_sitrep("serve", "--db", "s.db", "--allow-edits").code == 0
    read_only, editing = server.made
    asked = _dashboard_of(read_only.command, monkeypatch, run_sitrep)
    assert asked["editable"] is False
    assert asked["db_path"] == workdir / "s.db"
    # ./feeds.yaml stays a config found in the folder: never trusted to run alert commands.
    assert "--config" not in shlex.split(read_only.command)
    assert asked["config_location"].origin == "cwd"
    assert asked["config_location"].trusted is False
    assert _dashboard_of(editing.command, monkeypatch, run_sitrep)["editable"] is True


def test_a_chosen_config_is_passed_on_whole(
    server: type[_Server], run_sitrep: Sitrep, monkeypatch: pytest.MonkeyPatch, workdir: Path
) -> None:
    (workdir / "desk.yaml").write_text("feeds: []\n")
    assert run_sitrep("serve", "--config", "desk.yaml", "--db", "s.db").code == 0
    asked = _dashboard_of(server.made[0].command, monkeypatch, run_sitrep)
    assert asked["config_location"].path == workdir / "desk.yaml"
    assert asked["config_location"].trusted is True

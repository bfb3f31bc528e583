"""`sitrep serve` serves the dashboard page on the loopback interface."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.feedserver import unused_port


def test_serve_answers_with_the_dashboard_page(workdir: Path) -> None:
    (workdir / "feeds.yaml").write_text("feeds: []\n")
    port = unused_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "tui", "serve", "--port", str(port), "--db", "s.db"],
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

"""`sitrep serve` in a real headless browser (Debian's chromium and chromium-driver, driven by
selenium): the page loads, the panels show the polled figures, a new item appears live, and an
edit key is refused in read-only mode.

The terminal is drawn on a canvas, so the test reads what the page received: a script added
before the page loads records every message of its websockets (the dashboard's terminal
output), and the test looks for text in it with the escape sequences removed.

Skipped, with the reason, when chromium, chromedriver or selenium is missing
(`make browser-deps` installs them).
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from storage.db import Storage
from tests.builders import rss, write_config
from tests.cli.desk import FEEDS
from tests.cli.helpers import sitrep
from tests.feedserver import FeedServer, unused_port

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
MISSING = [
    name
    for name, found in (
        ("chromium", CHROMIUM),
        ("chromium-driver", DRIVER),
        ("selenium", importlib.util.find_spec("selenium")),
    )
    if not found
]
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        bool(MISSING), reason=f"{', '.join(MISSING)} not installed (make browser-deps)"
    ),
]

RECORD = """
(() => {
  window.__sitrep = [];
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      const decoder = new TextDecoder();
      this.addEventListener("message", (event) => {
        const data = event.data;
        if (typeof data === "string") window.__sitrep.push(data);
        else if (data instanceof ArrayBuffer)
          window.__sitrep.push(decoder.decode(data, {stream: true}));
        else if (data instanceof Blob)
          data.arrayBuffer().then((b) => window.__sitrep.push(decoder.decode(b, {stream: true})));
      });
    }
  };
})();
"""
ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[=>]"
)
LIVE = {
    "title": "Drone strike on Kherson market kills 6",
    "guid": "g-live",
    "description": "Six people were killed when a drone hit a market in Kherson, the regional "
    "governor said.",
}


@pytest.fixture
def served(feed_server: FeedServer, workdir: Path) -> Iterator[tuple[str, FeedServer]]:
    """The polled desk served by `sitrep serve` (read-only) on a free local port."""
    for name, items in FEEDS:
        feed_server.route(f"/{name}.xml", rss(name.title(), items))
    write_config(
        workdir / "feeds.yaml",
        [feed_server.url(f"/{n}.xml") for n, _ in FEEDS],
        names=["Alpha", "Beta", "Gamma"],
    )
    assert sitrep("poll", "--once", "--db", "t.db", cwd=workdir).code == 0
    port = unused_port()
    # Its own session: the visitors' dashboards it starts are stopped with it.
    proc = subprocess.Popen(
        [sys.executable, "-m", "cli", "serve", "--port", str(port), "--db", "t.db"],
        cwd=workdir,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(url, timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield url, feed_server
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


def _browser() -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1600,1000",
    ):
        options.add_argument(argument)
    options.binary_location = str(CHROMIUM)
    return webdriver.Chrome(options=options, service=Service(str(DRIVER)))


def _until(screen: Callable[[], str], wanted: str, limit: float = 30.0) -> str:
    deadline = time.monotonic() + limit
    while True:
        text = screen()
        if wanted in text:
            return text
        if time.monotonic() > deadline:
            raise AssertionError(f"{wanted!r} never reached the browser; it showed:\n{text}")
        time.sleep(0.25)


def test_the_served_dashboard_in_a_browser(served: tuple[str, FeedServer], workdir: Path) -> None:
    from selenium.webdriver.common.by import By

    url, feeds = served
    driver = _browser()
    try:
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": RECORD})
        driver.get(url)

        def screen() -> str:
            return ESCAPES.sub("", str(driver.execute_script("return window.__sitrep.join('')")))

        text = _until(screen, "Shelling in Goma kills 10")
        text = _until(screen, "Killed 58 = Palestine 30 + Syria 18 + DR Congo 10")
        assert "read-only: edits off" in text

        keys = driver.find_element(By.CSS_SELECTOR, ".xterm-helper-textarea")
        keys.send_keys("d")  # dispute the selected item: refused (the toast wraps its text)
        _until(screen, "Marking an item disputed is off: this dashboard is")
        keys.send_keys("f")  # the feed manager
        _until(screen, "The feed manager is off: this dashboard is read-only")
        with Storage.open(workdir / "t.db", readonly=True) as store:
            assert store.scalar("SELECT COUNT(*) FROM audit") == 0

        live = {**LIVE, "pubDate": datetime.now(UTC) - timedelta(minutes=1)}
        feeds.route("/gamma.xml", rss("Gamma", [*FEEDS[2][1], live]))
        _until(screen, LIVE["title"], limit=60)
    finally:
        driver.quit()

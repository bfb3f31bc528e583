"""Draw `docs/screenshot.svg`: the dashboard on the demo's synthetic feeds, at 160x48.

The demo server is started with a fixed clock; its history is polled, then every live item is
released at once and polled (so the live part fires the demo's alerts, as it does when the
demo runs), feed after feed (so ids come out the same on every run), and the dashboard is
rendered headless with the same clock in UTC: running it again gives the same picture unless
the dashboard itself changed.

    .venv/bin/python docs/screenshot.py
"""

from __future__ import annotations

import asyncio
import os
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from demo.session import prepare_demo
from ingest.alerts import AlertEngine
from ingest.config import Config, load_config
from ingest.paths import ConfigLocation
from ingest.poller import Poller
from tui.app import SitrepApp, make_app
from tui.messages import LeaseChanged

NOW = datetime(2025, 6, 1, 14, 0, tzinfo=UTC)
SIZE = (160, 48)
OUTPUT = Path(__file__).resolve().parent / "screenshot.svg"


async def poll(config: Config, db_path: Path) -> None:
    """One pass per feed, in the order of the config, with the demo's alert rules."""
    engine = AlertEngine(config, trusted=False, clock=NOW.timestamp, run_commands=False)
    for feed in config.feeds:
        only = replace(config, feeds=(feed,))
        poller = Poller(only, db_path, clock=NOW.timestamp, on_commit=engine.hook)
        try:
            engine.prime(poller.store)
            await poller.run_pass(force=True)
        finally:
            poller.store.close()


async def shoot(app: SitrepApp) -> str:
    """The dashboard's first full paint as SVG."""
    async with app.run_test(size=SIZE) as pilot:
        app.post_message(LeaseChanged(True, "dashboard"))  # as when this dashboard polls
        while app.dashboard.refreshes < 1:
            await pilot.pause(0.02)
        await pilot.pause()
        return app.export_screenshot(title="sitrep demo")


def main() -> None:
    os.environ["TZ"] = "UTC"
    time.tzset()
    with tempfile.TemporaryDirectory(prefix="sitrep-shot-") as tmp:
        os.environ["XDG_CONFIG_HOME"] = tmp  # the default theme, whatever yours is
        with prepare_demo(Path(tmp), now=lambda: NOW) as session:
            config = load_config(session.config_path)
            asyncio.run(poll(config, session.db_path))  # the history: no alert for it
            session.server.release_all()
            asyncio.run(poll(config, session.db_path))  # the live part, with its alerts
        app = make_app(
            config_location=ConfigLocation(session.config_path, "explicit"),
            config=config,
            db_path=session.db_path,
            clock=NOW.timestamp,
            poll=False,
        )
        OUTPUT.write_text(asyncio.run(shoot(app)), encoding="utf-8")
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()

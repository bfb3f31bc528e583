"""A small news day written for these tests, served over real HTTP and polled for real.

Hand-computed tally for the 24h window ending at NOW:

* Syria, one story: a running toll on the Idlib market strike, 11 (Wire One, 5h ago) then 14
  (Wire Two, 3h ago) then 18 (Wire One, 2h ago): the series counts its latest value, 18.
* Sudan, an unrelated story: 25 killed in Omdurman (Wire Two, 1h ago).
* An item whose title is markup, which must display literally.

Total 43 = Syria 18 + Sudan 25. Item two (Wire Two's 14) is 3h old, so a 1h window holds only
the Sudan story and the hostile item.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from ingest.config import Config, load_config
from ingest.poller import Poller
from tests.builders import rss, write_config
from tests.feedserver import FeedServer

NOW_DT = datetime(2025, 6, 1, 14, 0, tzinfo=UTC)
NOW = NOW_DT.timestamp()
HOSTILE = ("[/]", "[@click=app.quit]x[/]", "[bold red]x[/]")


def ago(hours: float) -> datetime:
    return NOW_DT - timedelta(hours=hours)


IDLIB_11: dict[str, Any] = {
    "title": "Air strike on Idlib market kills at least 11",
    "guid": "one-1",
    "link": "https://wire-one.test/idlib-11",
    "description": "At least 11 people were killed in an air strike on a market in Idlib, "
    "the Syrian Observatory for Human Rights said.",
    "pubDate": ago(5),
}
IDLIB_18: dict[str, Any] = {
    "title": "Idlib market strike toll rises to 18",
    "guid": "one-2",
    "link": "https://wire-one.test/idlib-18",
    "description": "The death toll from the air strike on a market in Idlib rose to 18, "
    "the Syrian Observatory for Human Rights said.",
    "pubDate": ago(2),
}
IDLIB_14: dict[str, Any] = {
    "title": "Idlib market strike toll rises to 14",
    "guid": "two-1",
    "link": "https://wire-two.test/idlib-14",
    "description": "The death toll from the air strike on a market in Idlib rose to 14, "
    "the Syrian Observatory for Human Rights said.",
    "pubDate": ago(3),
}
OMDURMAN: dict[str, Any] = {
    "title": "Drone strike on Omdurman market kills 25",
    "guid": "two-2",
    "link": "https://wire-two.test/omdurman",
    "description": "A drone strike on a market in Omdurman killed 25 people, local medics said.",
    "pubDate": ago(1),
}
HOSTILE_ITEMS: list[dict[str, Any]] = [
    {
        "title": title,
        "guid": f"hostile-{i}",
        "link": "javascript:alert(1)",
        "description": "Nothing happened here.",
        "pubDate": ago(0.5 + i / 10),
    }
    for i, title in enumerate(HOSTILE)
]
LATE: dict[str, Any] = {
    "title": "Ceasefire talks resume in Doha",
    "guid": "two-3",
    "link": "https://wire-two.test/doha",
    "description": "Negotiators met again in Doha on Sunday.",
    "pubDate": ago(0.2),
}


@dataclass
class World:
    """The served feeds, the config that lists them and the database they were polled into."""

    server: FeedServer
    config_path: Path
    db_path: Path

    @property
    def config(self) -> Config:
        return load_config(self.config_path)

    def serve(self, *, late: bool = False, extra: Sequence[dict[str, Any]] = ()) -> None:
        """Serve the day's items (with LATE, and `extra` items in Wire Two, when asked)."""
        one = [IDLIB_11, IDLIB_18, *HOSTILE_ITEMS]
        two = [IDLIB_14, OMDURMAN, *([LATE] if late else []), *extra]
        self.server.route("/one.xml", rss("Wire One", one))
        self.server.route("/two.xml", rss("Wire Two", two))

    def poll(self) -> None:
        """Real poll passes over the local feeds, one feed after the other so that item and
        story ids are the same on every run (a single pass stores feeds as they arrive)."""

        async def run() -> None:
            config = self.config
            for feed in config.feeds:
                only = replace(config, feeds=(feed,))
                poller = Poller(only, self.db_path, clock=lambda: NOW)
                try:
                    await poller.run_pass(force=True)
                finally:
                    poller.store.close()
            poller = Poller(config, self.db_path, clock=lambda: NOW)  # all feeds enabled again
            poller.store.close()

        asyncio.run(run())


def make_world(server: FeedServer, tmp: Path) -> World:
    config_path = write_config(
        tmp / "feeds.yaml",
        [server.url("/one.xml"), server.url("/two.xml")],
        names=["Wire One", "Wire Two"],
    )

    world = World(server, config_path, tmp / "sitrep.db")
    world.serve()
    world.poll()
    return world

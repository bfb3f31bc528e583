"""The poll service as `sitrep poll` and the dashboard run it: lease, passes, alerts, reload."""

from __future__ import annotations

import asyncio
from pathlib import Path

from ingest.config import load_config
from ingest.service import ServiceEvents, serve
from storage.alerts import recent_alerts
from storage.db import Storage
from tests.builders import rss, write_config
from tests.feedserver import FeedServer

RULES = """alerts:
  - name: Truce watch
    when: keyword
    keywords: [ceasefire]
"""


async def test_the_service_polls_and_fires_alerts_once(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    convoy = {"title": "Aid convoy reaches Goma", "guid": "2", "description": "Trucks arrived."}
    truce = {
        "title": "Ceasefire talks resume in Doha",
        "guid": "1",
        "link": "https://a.example/1",
        "description": "Negotiators met again.",
    }
    feed_server.route("/a.xml", rss("A", [convoy]))  # the first poll: history, never alerted
    path = write_config(tmp_path / "feeds.yaml", [feed_server.url("/a.xml")], extra=RULES)
    db = tmp_path / "s.db"
    passes: list[int] = []
    lease: list[bool] = []
    stop = asyncio.Event()
    enough = asyncio.Event()  # the items stored, then two more passes that must not re-alert

    def on_pass(new: int) -> None:
        passes.append(new)
        if sum(passes) == 1:
            feed_server.route("/a.xml", rss("A", [truce, convoy]))  # news
        if sum(passes) >= 2 and len(passes) >= 3:
            enough.set()

    task = asyncio.create_task(
        serve(
            load_config(path),
            path,
            db,
            stop,
            trusted=True,
            events=ServiceEvents(
                on_pass=lambda r: on_pass(r.new),
                on_lease=lambda held, _holder: lease.append(held),
            ),
        )
    )
    try:
        async with asyncio.timeout(30):
            await enough.wait()
    finally:
        stop.set()
        await asyncio.wait_for(task, 30)
    assert lease[0] is True
    with Storage.open(db, readonly=True) as store:
        alerts = recent_alerts(store)
        assert [(a.rule, a.link) for a in alerts] == [("Truce watch", "https://a.example/1")]
        assert "Ceasefire talks resume in Doha" in alerts[0].message
        assert store.scalar("SELECT COUNT(*) FROM lease") == 0  # released at a clean stop

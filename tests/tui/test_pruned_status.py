"""The dashboard's header says what retention pruned last, for a polling or a reading dashboard."""

from __future__ import annotations

import json

from storage.db import Storage
from tests.tui.conftest import dashboard, loaded, until
from tests.tui.scenario import NOW, World


async def test_the_header_counts_the_items_pruned(world: World) -> None:
    app = dashboard(world)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot, app)
        assert "pruned" not in app.sub_title  # nothing pruned yet
        with Storage.open(world.db_path) as store, store.transaction():
            store.execute(  # what a poller's prune records
                "INSERT INTO meta (key, value) VALUES ('last_prune', ?)",
                (json.dumps({"at": NOW - 600, "items": 37, "stored_before": NOW - 90 * 86400}),),
            )
        app.dashboard.check()
        await until(pilot, lambda: "pruned" in app.sub_title)
        assert app.sub_title == "reading only · 37 old item(s) pruned 13:50"

"""Every dashboard notification passes the one sanitiser: a config error or a feed manager
message holding escape sequences reaches the terminal as plain text."""

from __future__ import annotations

from tests.reliability.test_terminal_safety import HOSTILE, assert_clean
from tests.tui.conftest import dashboard, loaded, until
from tests.tui.scenario import World
from tui.messages import ConfigFailed


async def test_notifications_are_cleaned_whoever_sends_them(world: World) -> None:
    app = dashboard(world)
    async with app.run_test(size=(160, 48), notifications=True) as pilot:
        await loaded(pilot, app)
        error = f"feeds.yaml:3: unknown key '{HOSTILE}'"
        app.post_message(ConfigFailed(error))
        app.screen.notify(f"add: {HOSTILE}", title=f"Feeds {HOSTILE}", markup=False)
        await until(pilot, lambda: len(app._notifications) >= 2)
        shown = [(n.title, n.message) for n in app._notifications]
        assert ("feeds.yaml not reloaded", "feeds.yaml:3: unknown key 'evil'") in shown
        assert ("Feeds evil", "add: evil") in shown
        assert_clean(*(t + m for t, m in shown))

"""The README's key table is true: every key it lists is bound where it says, to an action
whose description the row names."""

from __future__ import annotations

import re
from pathlib import Path

from textual.binding import Binding
from textual.dom import DOMNode
from textual.widgets import DataTable

from tui.app import SitrepApp
from tui.screens.dashboard import DashboardScreen
from tui.screens.detail import EventScreen, TallyScreen
from tui.screens.feeds import FeedManagerScreen
from tui.screens.keys import bindings_of
from tui.screens.logs import AlertsScreen, AuditScreen, HealthScreen
from tui.screens.story import StoryScreen
from tui.widgets.map import MapPanel
from tui.widgets.table import PanelTable

README = Path(__file__).resolve().parents[2] / "README.md"
WHERE: dict[str, type[DOMNode]] = {
    "everywhere": SitrepApp,
    "dashboard": DashboardScreen,
    "event": EventScreen,
    "tally figures": TallyScreen,
    "story": StoryScreen,
    "map": MapPanel,
    "feed manager": FeedManagerScreen,
    "audit log": AuditScreen,
    "feed health": HealthScreen,
    "alerts log": AlertsScreen,
    "every list": PanelTable,
}
NAMES = {"/": "slash", "?": "question_mark"}


def key_table() -> list[tuple[list[str], list[str], str]]:
    """(keys, places, what it does) for each row of the table under "In the dashboard"."""
    text = README.read_text(encoding="utf-8")
    table = text.split("| key | where | does |", 1)[1].split("\n\n", 1)[0]
    rows = []
    for line in table.splitlines()[2:]:
        key, where, does = (cell.strip() for cell in line.strip("|").split("|"))
        keys = re.findall(r"`([^`]+)`", key)
        if span := re.fullmatch(r"`(\d)`-`(\d)`", key):  # a range: `1`-`5`
            keys = [str(n) for n in range(int(span[1]), int(span[2]) + 1)]
        rows.append((keys, [w.strip() for w in where.split(",")], does))
    return rows


def bound(cls: type[DOMNode], key: str) -> Binding | None:
    name = NAMES.get(key, key)
    for binding in bindings_of(cls):
        if name in binding.key.split(","):
            return binding
    return None


def test_every_key_in_the_readme_table_is_bound_where_it_says() -> None:
    rows = key_table()
    assert len(rows) >= 20
    table_keys = {b.key for b in Binding.make_bindings(DataTable.BINDINGS)}
    for keys, places, does in rows:
        for place in places:
            assert place in WHERE, place
            for key in keys:
                if key == "enter":  # Textual's own: a table's row is selected
                    assert "enter" in table_keys
                    continue
                if key == "ctrl+p":  # Textual's own command palette
                    assert SitrepApp.COMMAND_PALETTE_BINDING == "ctrl+p"
                    continue
                binding = bound(WHERE[place], key)
                assert binding is not None, f"`{key}` is not bound in {place}"
                word = re.split(r"[\s/]", binding.description)[0].lower().rstrip("s")
                assert word in does.lower(), f"`{key}` in {place}: {binding.description!r}"


def test_the_dashboard_s_footer_keys_are_all_in_the_table() -> None:
    listed = {key for keys, places, _ in key_table() for key in keys if "dashboard" in places}
    listed |= {key for keys, places, _ in key_table() for key in keys if "everywhere" in places}
    for cls in (DashboardScreen, SitrepApp):
        for binding in bindings_of(cls):
            key = {v: k for k, v in NAMES.items()}.get(binding.key, binding.key)
            assert key in listed, f"{cls.__name__}: `{key}` ({binding.description}) not listed"

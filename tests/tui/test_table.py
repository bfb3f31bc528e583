"""The panel table on its own: numbers are never cut, flexible columns share the width, the
cursor stays on its row when rows are replaced."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult

from tui.text import number
from tui.widgets.table import PanelTable


class TableApp(App[None]):
    def compose(self) -> ComposeResult:
        yield PanelTable(id="table")


def widths(table: PanelTable) -> dict[str, int]:
    return {str(c.key.value): c.width for c in table.ordered_columns}


async def test_a_number_wider_than_its_column_widens_it() -> None:
    app = TableApp()
    async with app.run_test(size=(60, 10)) as pilot:
        table = app.query_one(PanelTable)
        table.set_columns([("Title", "title", 20), ("K", "killed", 3)])
        table.fill([("1", [Text("Strike"), number(20000)]), ("2", [Text("Talks"), number(0)])])
        await pilot.pause()
        assert widths(table) == {"title": 20, "killed": 5}
        assert table.get_cell("1", "killed").plain == "20000"
        table.fill([("1", [Text("Strike"), number(12)])])  # room enough again: nothing to do
        assert widths(table)["killed"] == 5


async def test_flexible_columns_share_what_the_others_leave_and_follow_a_resize() -> None:
    app = TableApp()
    async with app.run_test(size=(60, 10)) as pilot:
        table = app.query_one(PanelTable)
        await pilot.pause()
        table.set_columns([("Id", "id", 4), ("Message", "message", None), ("Link", "link", None)])
        table.fill([("a", [Text("1"), Text("m" * 80), Text("https://x.test/")])])
        # 60 cells: 4 + 3 columns of padding (6) + 1 for the scroll bar leave 49, 24 each
        assert widths(table) == {"id": 4, "message": 24, "link": 24}
        await pilot.resize_terminal(100, 10)
        await pilot.pause()
        assert widths(table) == {"id": 4, "message": 44, "link": 44}
        assert table.get_cell("a", "message").plain == "m" * 80  # the text itself is kept


async def test_refilling_keeps_the_cursor_on_its_row() -> None:
    app = TableApp()
    async with app.run_test(size=(60, 10)) as pilot:
        table = app.query_one(PanelTable)
        table.set_columns([("Title", "title", 20)])
        table.fill([(k, [Text(k)]) for k in ("b", "c")])
        table.move_cursor(row=1)
        await pilot.pause()
        assert table.current_key() == "c"
        table.fill([(k, [Text(k)]) for k in ("a", "b", "c")])  # a new row above
        assert table.current_key() == "c"
        assert table.cursor_row == 2

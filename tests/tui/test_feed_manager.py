"""The feed manager edits the real feeds.yaml: validation inline, a fetch-checked add against
the local feed server, edit, disable / enable and remove, with the file's comments kept."""

from __future__ import annotations

from textual.widgets import Input, Static

from ingest.config import load_config
from tests.builders import rss
from tests.tui.conftest import dashboard, loaded, screen_text, until
from tests.tui.scenario import IDLIB_11, World
from tui.app import SitrepApp
from tui.screens.feeds import FeedFormModal, FeedManagerScreen
from tui.screens.reason import ConfirmModal
from tui.widgets.table import PanelTable

COMMENT = "# Wires the night desk watches: keep this line\n"


def manager(app: SitrepApp) -> FeedManagerScreen:
    assert isinstance(app.screen, FeedManagerScreen)
    return app.screen


def table_rows(app: SitrepApp) -> list[list[str]]:
    table = manager(app).query_one("#feeds-table", PanelTable)
    return [table.cell_texts(str(key.value)) for key in table.rows]


def form_error(app: SitrepApp) -> str:
    assert isinstance(app.screen, FeedFormModal)
    return str(app.screen.query_one("#form-error", Static).render())


def flat(text: str) -> str:
    return " ".join(text.replace("│", " ").replace("▊", " ").replace("▎", " ").split())


def commented(world: World) -> str:
    """Put a comment at the top of the feed list (the file must keep it through edits)."""
    text = COMMENT + world.config_path.read_text(encoding="utf-8")
    world.config_path.write_text(text, encoding="utf-8")
    return text


async def test_the_add_form_shows_what_is_wrong_as_the_editor_types(world: World) -> None:
    before = commented(world)
    app = dashboard(world)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot, app)
        await pilot.press("f")
        await until(pilot, lambda: isinstance(app.screen, FeedManagerScreen))
        assert [row[0] for row in table_rows(app)] == ["Wire One", "Wire Two"]
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, FeedFormModal))
        url = app.screen.query_one("#url", Input)
        url.value = "ftp://wire-three.test/feed"
        await pilot.pause()
        assert form_error(app) == "'ftp://wire-three.test/feed' is not an http(s) URL"
        assert url.has_class("-invalid")
        url.value = world.server.url("/one.xml") + "/"
        await pilot.pause()
        assert form_error(app) == "this URL is already in the list"
        url.value = world.server.url("/three.xml")
        interval = app.screen.query_one("#interval", Input)
        interval.value = "soon"
        await pilot.pause()
        assert form_error(app) == "'soon' is not a duration (use seconds, or 90s, 10m, 2h, 7d)"
        interval.value = "0s"
        await pilot.pause()
        assert form_error(app) == "the interval must be longer than zero"
        url.focus()
        await pilot.press("enter")  # refused: the form stays open and the file is untouched
        await pilot.pause()
        assert isinstance(app.screen, FeedFormModal)
        interval.value = "15m"
        await pilot.pause()
        assert form_error(app) == ""
        assert not url.has_class("-invalid")
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, FeedManagerScreen))
    assert world.config_path.read_text(encoding="utf-8") == before


async def test_adding_a_served_feed_fetch_checks_it_and_keeps_the_comments(world: World) -> None:
    commented(world)
    world.server.route("/three.xml", rss("Wire Three", [IDLIB_11]))
    app = dashboard(world)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot, app)
        await pilot.press("f", "n")
        await until(pilot, lambda: isinstance(app.screen, FeedFormModal))
        form = app.screen
        form.query_one("#url", Input).value = world.server.url("/three.xml")
        form.query_one("#name", Input).value = "Wire Three"
        form.query_one("#interval", Input).value = "15m"
        form.query_one("#tags", Input).value = "levant, wires"
        form.query_one("#url", Input).focus()
        await pilot.press("enter")
        await until(pilot, lambda: len(table_rows(app)) == 3)
        assert table_rows(app)[2] == [
            "Wire Three",
            "yes",
            "15m",  # as typed
            "levant, wires",
            world.server.url("/three.xml"),
        ]
        assert any(r.path == "/three.xml" for r in world.server.requests)  # it was fetched
    text = world.config_path.read_text(encoding="utf-8")
    assert text.startswith(COMMENT)
    feeds = load_config(world.config_path).feeds
    assert [(f.display_name, f.interval, f.tags) for f in feeds] == [
        ("Wire One", None, ()),
        ("Wire Two", None, ()),
        ("Wire Three", 900.0, ("levant", "wires")),
    ]


async def test_a_url_that_is_not_a_feed_is_not_added(world: World) -> None:
    before = world.config_path.read_text(encoding="utf-8")
    world.server.route("/page.html", b"<html><body>No feed here</body></html>")
    app = dashboard(world)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot, app)
        await pilot.press("f", "n")
        await until(pilot, lambda: isinstance(app.screen, FeedFormModal))
        app.screen.query_one("#url", Input).value = world.server.url("/page.html")
        app.screen.query_one("#url", Input).focus()
        await pilot.press("enter")
        await until(pilot, lambda: any(n.title == "Feed check failed" for n in app._notifications))
        failed = next(n for n in app._notifications if n.title == "Feed check failed")
        assert failed.message == "not a feed and the page links to no feed"
        assert len(table_rows(app)) == 2
    assert world.config_path.read_text(encoding="utf-8") == before


async def test_edit_disable_enable_and_remove_change_the_file(world: World) -> None:
    commented(world)
    two = world.server.url("/two.xml")
    app = dashboard(world)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot, app)
        await pilot.press("f")
        await until(pilot, lambda: isinstance(app.screen, FeedManagerScreen))
        manager(app).query_one("#feeds-table", PanelTable).move_cursor(row=1)
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, FeedFormModal))
        assert app.screen.query_one("#url", Input).value == two
        assert app.screen.query_one("#name", Input).value == "Wire Two"
        app.screen.query_one("#name", Input).value = "Wire Deux"
        app.screen.query_one("#name", Input).focus()
        await pilot.press("enter")
        await until(pilot, lambda: table_rows(app)[1][0] == "Wire Deux")
        assert load_config(world.config_path).feeds[1].name == "Wire Deux"

        await pilot.press("space")
        await until(pilot, lambda: table_rows(app)[1][1] == "no")
        assert [f.enabled for f in load_config(world.config_path).feeds] == [True, False]
        assert "enabled: false" in world.config_path.read_text(encoding="utf-8")
        await pilot.press("space")
        await until(pilot, lambda: table_rows(app)[1][1] == "yes")
        assert [f.enabled for f in load_config(world.config_path).feeds] == [True, True]

        await pilot.press("delete", "y")
        await until(pilot, lambda: len(table_rows(app)) == 1)
        assert table_rows(app)[0][0] == "Wire One"
    text = world.config_path.read_text(encoding="utf-8")
    assert text.startswith(COMMENT)
    assert two not in text
    assert [f.display_name for f in load_config(world.config_path).feeds] == ["Wire One"]


async def test_remove_asks_first_and_u_puts_the_feed_back_as_it_was(world: World) -> None:
    text = world.config_path.read_text(encoding="utf-8").replace(
        "    name: Wire One\n", "    name: Wire One\n    interval: 10m\n    tags: [levant]\n"
    )
    world.config_path.write_text(text, encoding="utf-8")
    app = dashboard(world)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await loaded(pilot, app)
        await pilot.press("f")
        await until(pilot, lambda: isinstance(app.screen, FeedManagerScreen))
        await until(pilot, lambda: table_rows(app)[0][2] == "10m")  # as written, not 600s
        await pilot.press("delete")
        await until(pilot, lambda: isinstance(app.screen, ConfirmModal))
        seen = flat(screen_text(app))
        assert "Remove Wire One from the feed list?" in seen
        assert "Its stored items stay; u in the feed manager puts it back." in seen
        await pilot.press("n")  # kept
        await until(pilot, lambda: isinstance(app.screen, FeedManagerScreen))
        assert world.config_path.read_text(encoding="utf-8") == text

        await pilot.press("delete", "y")
        await until(pilot, lambda: len(table_rows(app)) == 1)
        await until(pilot, lambda: "Removed 'Wire One'. u puts it back." in flat(screen_text(app)))
        assert "Wire One" not in world.config_path.read_text(encoding="utf-8")

        await pilot.press("u")
        await until(pilot, lambda: len(table_rows(app)) == 2)
        assert world.config_path.read_text(encoding="utf-8") == text  # back where it was
        assert table_rows(app)[0][:4] == ["Wire One", "yes", "10m", "levant"]

        await pilot.press("home", "e")  # the form shows the interval as written; saving keeps it
        await until(pilot, lambda: isinstance(app.screen, FeedFormModal))
        assert app.screen.query_one("#interval", Input).value == "10m"
        app.screen.query_one("#name", Input).focus()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, FeedManagerScreen))
        await app.workers.wait_for_complete()
        assert world.config_path.read_text(encoding="utf-8") == text
        await pilot.press("u")
        await until(pilot, lambda: any("No removed feed" in n.message for n in app._notifications))

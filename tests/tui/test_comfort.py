"""The small things of a long shift: the theme kept between runs, the essential keys in the
footer at 80 columns, Down in the event view, the outlets named, `o` without a browser, and
every theme readable (text contrast computed from the theme's colours)."""

from __future__ import annotations

import re
from pathlib import Path

import platformdirs
import pytest
from textual.app import App
from textual.widgets._toast import Toast

from tests.tui.conftest import dashboard, loaded, screen_lines, screen_text, until
from tests.tui.scenario import IDLIB_18, OMDURMAN, World
from tui.app import SitrepApp
from tui.screens.detail import EventScreen
from tui.screens.feeds import FeedManagerScreen
from tui.screens.logs import HealthScreen
from tui.themes import MINIMUM, TEXT_ON, backgrounds, contrast, install, resolve, theme_variables
from tui.widgets.events import EventsTable
from tui.widgets.table import PanelTable

TUI = Path(__file__).resolve().parents[2] / "tui"


async def open_event(app: SitrepApp, pilot: object, title: str) -> EventScreen:
    events = app.dashboard.query_one(EventsTable)
    events.focus()
    events.move_cursor(row=[e.title for e in events.events].index(title))
    await pilot.press("enter")  # type: ignore[attr-defined]
    await until(
        pilot,  # type: ignore[arg-type]
        lambda: isinstance(app.screen, EventScreen) and app.screen.item is not None,
    )
    await pilot.pause()  # type: ignore[attr-defined]
    assert isinstance(app.screen, EventScreen)
    return app.screen


async def test_the_theme_chosen_is_kept_for_the_next_run(world: World) -> None:
    app = dashboard(world)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot, app)
        await pilot.press("ctrl+p", *"Theme")
        await until(pilot, lambda: "Change the current theme" in screen_text(app))
        await pilot.press("enter")
        await until(pilot, lambda: "Search for themes" in screen_text(app))
        await pilot.press(*"nord")
        await until(pilot, lambda: screen_text(app).count("nord") >= 2)  # typed, and found
        await pilot.press("enter")
        await until(pilot, lambda: app.theme == "nord")
    saved = Path(platformdirs.user_config_dir("sitrep")) / "dashboard.json"
    assert saved.read_text(encoding="utf-8") == '{\n  "theme": "nord"\n}\n'
    again = dashboard(world)
    async with again.run_test(size=(80, 24)) as pilot:
        await loaded(pilot, again)
        assert again.theme == "nord"


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_the_footer_keeps_the_essential_keys(world: World, size: tuple[int, int]) -> None:
    app = dashboard(world)
    async with app.run_test(size=size) as pilot:
        await loaded(pilot, app)
        # the footer is drawn on a later refresh than the panels' first load: on a busy
        # machine the first frame after the load may not have it yet
        await until(pilot, lambda: bool(screen_lines(app)[-1].strip()))
        footer = screen_lines(app)[-1]
        for key in ("f Feeds", "? Help", "q Quit", "/ Search", "w Window"):
            assert key in footer, footer
        if size == (160, 48):
            assert "h Feed health" in footer and "u Audit log" in footer
        await open_event(app, pilot, OMDURMAN["title"])
        footer = screen_lines(app)[-1]
        for key in ("esc Back", "f Feeds", "? Help", "o Open link"):
            assert key in footer, footer
        await pilot.press("escape", "f")
        await until(pilot, lambda: isinstance(app.screen, FeedManagerScreen))
        await pilot.pause()
        footer = screen_lines(app)[-1]
        for key in ("esc Back", "f Feeds", "? Help", "n Add"):
            assert key in footer, footer


async def test_down_moves_through_the_figures_at_once_and_the_outlets_are_named(
    world: World,
) -> None:
    app = dashboard(world)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot, app)
        screen = await open_event(app, pilot, IDLIB_18["title"])
        figures = screen.query_one("#event-figures", PanelTable)
        assert app.focused is figures
        await pilot.press("down")
        await pilot.pause()
        assert figures.cursor_row == 1
        text = screen_text(app)
        assert "Sentence: The death toll from the air strike on a market in Idlib" in text
        assert "2 outlets: Wire One, Wire Two" in text  # who the story's outlets are


async def test_o_without_a_browser_says_so_and_copies_the_link(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tui.screens.detail.browser_available", lambda: False)
    app = dashboard(world)
    opened: list[str] = []
    monkeypatch.setattr(app, "open_url", lambda url, **_: opened.append(url))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await loaded(pilot, app)
        await open_event(app, pilot, OMDURMAN["title"])
        await pilot.press("o")
        await until(pilot, lambda: "No web browser" in screen_text(app))
        (toast,) = [str(t.render()) for t in app.screen.query(Toast)]
        assert toast == (
            "Open link\nNo web browser to open it with here; the link is on the clipboard: "
            + OMDURMAN["link"]
        )
        assert app.clipboard == OMDURMAN["link"]
        assert opened == []


def text_colour_variables(css: str) -> set[str]:
    """Every `$variable` given as a text `color:` in app.tcss (sparkline bars are graphics)."""
    found: set[str] = set()
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
        if "sparkline" in selector:
            continue
        found |= set(re.findall(r"(?<![-\w])color:\s*\$([\w-]+)", body))
    return found


def test_every_theme_draws_text_at_4_5_to_1_at_least() -> None:
    app = App[None]()
    install(app)
    names = sorted(app.available_themes)
    assert {"textual-light", "textual-dark", "solarized-light", "atom-one-dark"} <= set(names)
    assert not [n for n in names if "ansi" in n]  # terminal colours cannot be measured
    for name in names:
        variables = theme_variables(app, name)
        panels = backgrounds(variables)
        for text, where in TEXT_ON.items():
            for background in where:
                ratio = contrast(resolve(variables[text], panels[background]), panels[background])
                assert ratio >= MINIMUM, f"{name}: ${text} on {background} is {ratio:.2f}:1"
    # the text colours app.tcss uses are all among those measured
    css = (TUI / "app.tcss").read_text(encoding="utf-8")
    assert text_colour_variables(css) <= set(TEXT_ON)
    # and no text is drawn `dim` (blended halfway into its background): no style string
    # such as "dim" or "dim italic" in the dashboard's code
    style = r"""["'](?:\w+ )*dim(?: \w+)*["']"""
    dimmed = [p.name for p in TUI.rglob("*.py") if re.search(style, p.read_text())]
    assert dimmed == []


async def test_a_light_theme_s_source_lines_are_readable(world: World) -> None:
    """What the editor saw at 2.5:1: the tally panel's source lines under a light theme."""
    app = dashboard(world)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot, app)
        app.theme = "textual-light"
        await pilot.pause()
        variables = app.get_css_variables()
        panels = backgrounds(variables)
        foreground = resolve(variables["foreground"], panels["surface"])
        assert contrast(foreground, panels["surface"]) >= MINIMUM
        await pilot.press("h")
        await until(pilot, lambda: isinstance(app.screen, HealthScreen))

"""Every theme readable: at least 4.5:1 contrast (WCAG AA) for every text colour we draw.

Several of Textual's themes fall short for some text: `$foreground` on `$surface` is 3.5:1 in
atom-one-dark and 4.1:1 in solarized-dark, `$foreground-muted` is 2.2:1 in solarized-light,
and `$text-success` on a light panel can be 2:1. Desk editors read this screen for hours, so
each theme is registered again with its text colours pushed (towards white on dark themes,
black on light ones) until every pair in `TEXT_ON` reaches `MINIMUM`; the backgrounds and
accents are left as the theme has them. The ANSI theme takes its colours from the terminal,
which no one can measure, so it is not offered.

Secondary text uses `$text-muted` (a foreground toned down only as far as the contrast
allows), never Rich's `dim`, which blends text halfway into its background.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from textual.color import Color
from textual.theme import Theme

if TYPE_CHECKING:
    from textual.app import App

MINIMUM = 4.5
"""WCAG AA for normal text."""
_TARGET = MINIMUM + 0.1
"""Adjusted colours aim a little higher, so that rounding to hex never lands below."""

PANELS = ("background", "surface", "panel", "toast", "zebra", "focused", "hover")
TEXT_ON: dict[str, tuple[str, ...]] = {
    "foreground": PANELS,
    "text-muted": PANELS,
    "foreground-muted": PANELS,
    "text-success": PANELS,
    "text-warning": PANELS,
    "text-error": PANELS,
    "block-cursor-foreground": ("cursor",),
    "block-cursor-blurred-foreground": ("cursor-blurred",),
    "footer-key-foreground": ("footer",),
    "footer-description-foreground": ("footer",),
    "footer-foreground": ("footer",),
}
"""Each text colour variable we draw with (ours in app.tcss, and those of the Textual widgets
we use: tables, header, footer, tabs, toasts), and the backgrounds it is drawn on."""


def luminance(color: Color) -> float:
    """WCAG relative luminance."""

    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(a: Color, b: Color) -> float:
    """WCAG contrast ratio of two opaque colours, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def resolve(value: str, background: Color) -> Color:
    """A CSS colour value as drawn on `background`: alpha composited, `auto N%` resolved
    to the contrasting text colour Textual would pick."""
    parts = value.split()
    if parts and parts[0] == "auto":
        alpha = float(parts[1].rstrip("%")) / 100 if len(parts) > 1 else 1.0
        return background + background.get_contrast_text(alpha)
    color = Color.parse(value)
    return background + color if color.a < 1 else color


def backgrounds(variables: dict[str, str]) -> dict[str, Color]:
    """Every background text is drawn on, opaque: panels and tables sit on `$surface`."""
    surface = Color.parse(variables["surface"])
    foreground = Color.parse(variables["foreground"])
    zebra = "surface-darken-1" if luminance(surface) < 0.5 else "surface-lighten-1"
    zebra_alpha = 0.4 if luminance(surface) < 0.5 else 0.5

    def over(name: str, base: Color = surface) -> Color:
        return resolve(variables[name], base)

    return {
        "background": over("background"),
        "surface": surface,
        "panel": over("panel"),
        "toast": over("panel-lighten-1"),
        "zebra": surface + Color.parse(variables[zebra]).with_alpha(zebra_alpha),
        "focused": surface.blend(foreground, 0.05),  # a focused table's tint
        "hover": over("block-hover-background"),
        "footer": over("footer-background"),
        "cursor": over("block-cursor-background"),
        "cursor-blurred": over("block-cursor-blurred-background"),
    }


def readable(color: Color, on: list[Color], minimum: float = _TARGET) -> Color:
    """`color`, or the nearest blend of it towards white or black that reaches `minimum`
    against every background in `on`."""
    best, best_ratio = color, min(contrast(color, b) for b in on)
    for step in range(1, 21):
        for target in (Color(255, 255, 255), Color(0, 0, 0)):
            candidate = color.blend(target, step / 20)
            ratio = min(contrast(candidate, b) for b in on)
            if ratio >= minimum:
                return candidate
            if ratio > best_ratio:
                best, best_ratio = candidate, ratio
    return best


def readable_theme(theme: Theme) -> Theme:
    """`theme` with its text colours raised to `MINIMUM` contrast on every background."""
    variables = {**theme.to_color_system().generate(), **theme.variables}
    panels = backgrounds(variables)
    foreground = Color.parse(variables["foreground"])
    on = [panels[name] for name in TEXT_ON["foreground"]]
    theme = dataclasses.replace(theme, foreground=readable(foreground, on).hex)
    variables = {**theme.to_color_system().generate(), **theme.variables}
    panels = backgrounds(variables)
    foreground = Color.parse(variables["foreground"])
    surface = panels["surface"]
    overrides: dict[str, str] = {}
    for name, where in TEXT_ON.items():
        if name == "foreground":
            continue
        on = [panels[b] for b in where]
        if name in ("text-muted", "foreground-muted"):
            start = foreground.blend(surface, 0.35)  # toned down, then back up to readable
        else:
            start = resolve(variables[name], on[0])
        overrides[name] = readable(start, on).hex
    return dataclasses.replace(theme, variables={**theme.variables, **overrides})


def install(app: App[Any]) -> None:
    """Register the readable version of every theme the app offers, replacing the original
    under the same name; drop the themes whose colours come from the terminal."""
    for name, theme in list(app.available_themes.items()):
        if theme.ansi or "ansi" in name:
            app.unregister_theme(name)
        else:
            app.register_theme(readable_theme(theme))


def theme_variables(app: App[Any], name: str) -> dict[str, str]:
    """The CSS variables of one registered theme (what `app.get_css_variables` gives when it
    is current), without switching the app to it."""
    theme = app.get_theme(name)
    assert theme is not None
    return {
        **app.get_theme_variable_defaults(),
        **theme.to_color_system().generate(),
        **theme.variables,
    }

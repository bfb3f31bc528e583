"""The footer: every key when they fit, the essential ones always.

Textual's footer lists the focused widget's keys, then the screen's, then the app's, and cuts
off whatever passes the right edge; at 80 columns that was `f Feeds` and `? Help`, the keys
that lead everywhere else. This footer measures the keys first: when they do not all fit, the
essential ones (feeds, help, back, quit) are kept and the others fill the room left, in their
usual order. Every key still works, and the help (`?`) lists them all.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

ESSENTIAL = frozenset({"feeds", "help", "app.pop_screen", "quit"})
"""Actions whose keys the footer never drops."""
PALETTE_WIDTH = 13
"""`▏^p palette ` at the right edge."""

Shown = tuple[Binding, bool, str]


class KeyFooter(Footer):
    """A footer that keeps the essential keys at any width."""

    def key_width(self, binding: Binding) -> int:
        """Cells a key takes: ` k description `, as FooterKey draws it."""
        return len(self.app.get_key_display(binding)) + len(binding.description) + 3

    def fit(self, keys: list[Shown], room: int) -> list[Shown]:
        """`keys` when they fit in `room` cells; else the essential ones and, in order, as many
        of the others as fit beside them."""
        if sum(self.key_width(b) for b, _, _ in keys) <= room:
            return keys
        chosen = {id(k) for k in keys if k[0].action in ESSENTIAL}
        left = room - sum(self.key_width(k[0]) for k in keys if id(k) in chosen)
        for key in keys:
            width = self.key_width(key[0])
            if id(key) not in chosen and width <= left:
                chosen.add(id(key))
                left -= width
        return [k for k in keys if id(k) in chosen]

    def compose(self) -> ComposeResult:
        if not self._bindings_ready:
            return
        active = self.screen.active_bindings
        keys: list[Shown] = []
        actions: set[str] = set()
        for _, binding, enabled, tooltip in active.values():
            if binding.show and binding.action not in actions:
                actions.add(binding.action)
                keys.append((binding, enabled, tooltip))
        palette = self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE
        room = self.app.size.width - (PALETTE_WIDTH if palette else 0)
        keys = self.fit(keys, room)
        self.styles.grid_size_columns = len(keys)
        for binding, enabled, tooltip in keys:
            yield FooterKey(
                binding.key,
                self.app.get_key_display(binding),
                binding.description,
                binding.action,
                disabled=not enabled,
                tooltip=tooltip,
            ).data_bind(compact=Footer.compact)
        if palette and self.app.COMMAND_PALETTE_BINDING in active:
            _, binding, enabled, tooltip = active[self.app.COMMAND_PALETTE_BINDING]
            yield FooterKey(
                binding.key,
                self.app.get_key_display(binding),
                binding.description,
                binding.action,
                classes="-command-palette",
                disabled=not enabled,
                tooltip=binding.tooltip or binding.description,
            )

    def on_resize(self) -> None:
        self.call_after_refresh(self.recompose)

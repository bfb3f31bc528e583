"""The modals that ask the editor something: why a figure is excluded or an item disputed,
and whether to go ahead with an edit that takes something away.

A reason is kept in the audit log next to the decision, so that whoever reads the tally later
knows why a number moved; an empty reason is refused.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static


class ReasonModal(ModalScreen[str | None]):
    """Dismisses with the typed reason, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [("escape", "cancel", "Cancel")]

    def __init__(self, prompt: str) -> None:
        super().__init__()
        self.prompt = prompt

    def compose(self) -> ComposeResult:
        with Vertical(id="reason-box", classes="dialog"):
            yield Label(self.prompt, markup=False)
            yield Input(placeholder="Reason (kept in the audit log)", id="reason")
            yield Static("", id="reason-error", classes="error", markup=False)
            yield Label("Enter to confirm, Escape to cancel", classes="hint")

    @on(Input.Submitted, "#reason")
    def _submit(self, event: Input.Submitted) -> None:
        reason = " ".join(event.value.split())
        if not reason:
            self.query_one("#reason", Input).add_class("-invalid")
            # In the form, not in a toast: no toast is shown over a form.
            self.query_one("#reason-error", Static).update("A reason is required.")
            return
        self.dismiss(reason)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmModal(ModalScreen[bool]):
    """A yes-or-no question: y or Enter goes ahead, n or Escape does not."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y,enter", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    def __init__(self, question: Text, *, yes: str = "Yes") -> None:
        super().__init__()
        self.question = question
        self.yes = yes

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.question, markup=False)
            yield Label(f"y or Enter: {self.yes} · n or Escape: keep it", classes="hint")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)

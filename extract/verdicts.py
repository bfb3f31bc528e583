"""What a tally decided about one figure, as data: a reason and, where one is involved, the
other figure by id.

Front ends show `Verdict.text()` ("superseded by figure 12") and link to `other`; nothing reads
the words back, so wording can change without losing a range or a link.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Reason(StrEnum):
    """Why a figure is not counted (or, for `CONTEXT`, shown apart)."""

    EARLIER_VERSION = "earlier version"
    """An item's later version replaced the text this figure came from."""
    EXCLUDED = "excluded by editor"
    DISPUTED = "item disputed"
    NOT_CONFLICT = "not conflict violence"
    NO_VICTIMS = "vague, no victims"
    REPEAT = "repeat"
    """The same value of the same claim, already counted (another outlet, or a repeat)."""
    SUPERSEDED = "superseded"
    """A later value of the same running toll replaced it."""
    VAGUE_WITHIN = "vague"
    """A vague amount ("dozens") that a precise figure of the same claim meets."""
    DISAGREES = "disagrees"
    """Another source gave a different value at the same time: the lower is tallied."""
    WITH = "counted with"
    """One report's figure of the same scope as another of its own, apart from it ("a retired
    teacher and his wife"): both are counted, as one claim, through the first."""
    SAME_CLAIM = "same claim"
    """Its report lets another of its own figures stand for it: the larger claim of the
    report's sentences, the lower of two sources it gives, a note's fatalities line."""
    RETRACTED = "taken back by its source"
    """The report says its source retracted or withdrew the figure."""
    UNCONFIRMED = "unconfirmed claim"
    """An armed group's claim of the other side's dead that no other source of the report
    gives a count of: told, never tallied."""
    PART = "part"
    """A part of a broader figure of the same event (civilians among the dead)."""
    COVERED = "covered"
    """Inside another event's toll over a period (a day's strikes inside the day's toll)."""
    BELOW_PARTS = "below the sum of its parts"
    """A whole raised to the sum of its disjoint parts: the parts are counted instead."""
    OVERLAPS = "overlaps"
    """Shares victims with a larger figure counted beside it."""
    CONTEXT = "long-run toll: context"
    """A toll over a long period, shown beside the tally and never added."""
    RECALLED = "an earlier incident, recalled"
    """A past incident's dead, told again (a funeral's, an anniversary's, an attack days before
    the news): shown beside the tally as context and never added."""
    NO_RISE = "no rise"
    """Counted before the window; nothing added inside it."""
    NOT_TALLIED = "not tallied"


_WITH_OTHER = {
    Reason.REPEAT: "repeat of figure {0}",
    Reason.SAME_CLAIM: "same claim as figure {0}",
    Reason.WITH: "counted with figure {0}",
    Reason.SUPERSEDED: "superseded by figure {0}",
    Reason.VAGUE_WITHIN: "vague amount within figure {0}",
    Reason.DISAGREES: "disagrees with figure {0}: lower value tallied",
    Reason.PART: "part of figure {0}",
    Reason.COVERED: "inside the toll of figure {0}",
    Reason.OVERLAPS: "overlaps figure {0}",
    Reason.NO_RISE: "no rise since figure {0}",
}
_WITHOUT_OTHER = {
    Reason.OVERLAPS: "overlaps another figure",
    Reason.NO_RISE: "no rise inside the window",
}


@dataclass(frozen=True, slots=True)
class Verdict:
    """Why one figure is not counted: the reason, the figure it yields to, an editor's note."""

    reason: Reason
    other: int | None = None
    """The id of the figure this one yields to (the later value, the whole, the lower claim)."""
    note: str | None = None
    """The editor's reason for an exclusion or a dispute."""

    def text(self) -> str:
        """The verdict as one phrase for people ("part of figure 12")."""
        if self.reason in (Reason.EXCLUDED, Reason.DISPUTED):
            return f"{self.reason.value}: {self.note}" if self.note else self.reason.value
        if self.other is not None and self.reason in _WITH_OTHER:
            return _WITH_OTHER[self.reason].format(self.other)
        return _WITHOUT_OTHER.get(self.reason, self.reason.value)

    def to_json(self) -> dict[str, object]:
        return {"reason": self.reason.name.lower(), "other": self.other, "note": self.note}

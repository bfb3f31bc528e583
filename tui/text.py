"""Safe rendering of untrusted feed text, times and citations.

Feed titles and summaries are written by strangers. Textual reads markup in every API that
takes a `str` (a title `[@click=app.quit]x[/]` would run an action, `[/]` would crash the
app), so feed text reaches widgets only as `rich.text.Text` built here. Control characters
are stripped at ingest; they are stripped again here, by the same sanitiser the command line
prints through (`ingest.safe_text`), because a terminal that receives an escape sequence
obeys it, whatever the database says (feed names and errors never pass through ingest).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from urllib.parse import urlsplit

from rich.text import Text

from ingest.safe_text import blank_controls, terminal_text

_BLOCKS = "▁▂▃▄▅▆▇█"
MUTED = "italic"
"""Secondary text (sources, places under a headline). Not `dim`: Textual dims by blending the
text into its background, which takes light themes below a readable contrast."""


def clean(value: object) -> str:
    """A string with escape sequences, C0/C1 controls (but tab and newline) and bidi
    overrides removed."""
    return terminal_text(value)


def one_line(value: object) -> str:
    """Feed text for a table cell: controls stripped, runs of whitespace folded to one space."""
    return " ".join(clean(value).split())


def safe(value: object, style: str = "") -> Text:
    """Untrusted text as a `Text` that is displayed literally, never parsed as markup."""
    return Text(clean(value), style=style, no_wrap=False)


def cell(value: object, style: str = "") -> Text:
    """Untrusted text for a `DataTable` cell: one line, literal."""
    return Text(one_line(value), style=style, no_wrap=True, overflow="ellipsis")


def number(value: int | None, style: str = "") -> Text:
    """A count right-aligned for a table; zero is shown as a dash so figures stand out."""
    if not value:
        return Text("–", justify="right")
    return Text(str(value), style=style, justify="right")


def to_datetime(value: float | str | datetime | None) -> datetime | None:
    """An epoch time, an ISO 8601 string or a datetime as an aware UTC datetime."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value, UTC)
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def local_time(value: float | str | datetime | None, now: float, *, compact: bool = False) -> str:
    """A time in the user's local zone: `14:05` today, `03 Jun 14:05` on another day
    (`03 Jun` alone when `compact`, for narrow columns)."""
    when = to_datetime(value)
    if when is None:
        return "–"
    local = when.astimezone()
    today = datetime.fromtimestamp(now, UTC).astimezone().date()
    if local.date() == today:
        return local.strftime("%H:%M")
    return local.strftime("%d %b" if compact else "%d %b %H:%M")


def utc_time(value: float | str | datetime | None, now: float) -> str:
    """A time for a citation, in UTC so that a quote means the same everywhere: `14:05 UTC`
    today, `4 Dec 17:52 UTC` on another day, `4 Dec 2023 17:52 UTC` in another year (a
    citation read days later must not pass an old toll off as today's)."""
    when = to_datetime(value)
    if when is None:
        return "time unknown"
    when, today = when.astimezone(UTC), datetime.fromtimestamp(now, UTC).date()
    clock = when.strftime("%H:%M UTC")
    if when.date() == today:
        return clock
    day = f"{when.day} {when.strftime('%b')}"
    if when.year != today.year:
        day += f" {when.year}"
    return f"{day} {clock}"


def citation(
    count: int,
    kind: str,
    where: str | None,
    source: str | None,
    outlet: str | None,
    when: float | str | datetime | None,
    *,
    now: float,
) -> str:
    """A figure as an editor quotes it: `18 killed in Gaza (Ministry of Health via Al
    Jazeera, 14:05 UTC)`, with the date unless it is today (`6 killed in Zamzam camp (MSF via
    Reuters, 4 Dec 17:52 UTC)`); parts that are unknown are left out rather than guessed."""
    place = f" in {one_line(where)}" if where else ""
    who = [one_line(s) for s in (source, outlet) if s]
    if len(who) == 2 and who[0].casefold() != who[1].casefold():
        origin = f"{who[0]} via {who[1]}"
    else:
        origin = who[0] if who else "source unknown"
    return f"{count} {kind}{place} ({origin}, {utc_time(when, now)})"


def item_citation(title: str, outlet: str, when: float | str | datetime | None, now: float) -> str:
    """An item without a figure, quoted by its headline: `Talks resume (Wire Two, 13:48 UTC)`."""
    return f"{one_line(title)} ({one_line(outlet)}, {utc_time(when, now)})"


def is_web_link(url: str | None) -> bool:
    """Only http(s) links with a host may be opened; `file:`, `javascript:` never are."""
    if not url:
        return False
    parts = urlsplit(url.strip())
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def highlighted(text: str, spans: Iterable[tuple[int, int, str]]) -> Text:
    """`text` (untrusted) with styled character spans; spans outside the text are ignored.

    Stripping controls would shift the offsets that spans refer to, so controls are replaced
    by spaces here instead of removed.
    """
    safe_text = blank_controls(text)
    result = Text(safe_text)
    for start, end, style in spans:
        if 0 <= start < end <= len(safe_text):
            result.stylize(style, start, end)
    return result


def find_spans(text: str, names: Sequence[str]) -> list[tuple[int, int]]:
    """Where any of `names` occurs in `text` as a whole word, case-insensitively."""
    spans: list[tuple[int, int]] = []
    for name in names:
        if not name.strip():
            continue
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
        spans.extend((m.start(), m.end()) for m in pattern.finditer(text))
    return spans


_GROUP_PREFIX = re.compile(r"^.+?(?: [-–—|:] |: )")
_GROUP_SUFFIX = re.compile(r" \([^()]*\)$")


def short_names(names: Iterable[str]) -> dict[str, str]:
    """Feed names for a narrow column, without the words that every one of them shares.

    A prefix set off by a dash or colon (`DEMO - `) or a trailing parenthesis (`(synthetic)`)
    that all feeds carry tells the feeds apart from nothing, yet takes most of a 10-column
    cell. It is dropped only when every name has it and the shortened names stay distinct and
    non-empty; otherwise names are kept as they are.
    """
    unique = sorted({one_line(n) for n in names})
    result = {n: n for n in unique}
    if len(unique) < 2:
        return result
    for pattern, at_start in ((_GROUP_PREFIX, True), (_GROUP_SUFFIX, False)):
        found = {m.group(0) if (m := pattern.search(result[n])) else "" for n in unique}
        shared = found.pop() if len(found) == 1 else ""
        if not shared:
            continue
        cut = len(shared)
        trimmed = {n: (result[n][cut:] if at_start else result[n][:-cut]).strip() for n in unique}
        if all(trimmed.values()) and len(set(trimmed.values())) == len(unique):
            result = trimmed
    return result


def sparkline(values: Sequence[int], width: int = 12) -> str:
    """A compact block sparkline for a table cell, the last `width` values resampled."""
    if not values:
        return ""
    step = max(1, -(-len(values) // width))
    buckets = [sum(values[i : i + step]) for i in range(0, len(values), step)][-width:]
    top = max(buckets)
    if top <= 0:
        return _BLOCKS[0] * len(buckets)
    return "".join(_BLOCKS[min(7, (v * 7 + top - 1) // top)] for v in buckets)


def change_text(change: float, *, new: bool = False) -> Text:
    """An actor's change against the previous window, as a signed percentage; `new` when the
    previous window had no mentions at all (a percentage of nothing would read "+1200%")."""
    if new:
        return Text("new", style="bold", justify="right")
    if change == 0:
        return Text("=", justify="right")
    style = "bold" if change > 0 else ""
    return Text(f"{change * 100:+.0f}%", style=style, justify="right")

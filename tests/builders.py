"""Small builders for feeds, configs and figures that tests write themselves."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

from extract.model import Figure


def rss(title: str, items: Sequence[Mapping[str, object]]) -> str:
    """An RSS 2.0 document; each item dict may hold title, link, guid, description, pubDate."""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0"><channel>',
        f"<title>{escape(title)}</title><link>http://example.test/</link>",
        "<description>test feed</description>",
    ]
    for item in items:
        parts.append("<item>")
        for key in ("title", "link", "guid", "description"):
            value = item.get(key)
            if isinstance(value, str):
                parts.append(f"<{key}>{escape(value)}</{key}>")
        when = item.get("pubDate")
        if isinstance(when, datetime):
            parts.append(f"<pubDate>{format_datetime(when.astimezone(UTC))}</pubDate>")
        parts.append("</item>")
    parts.append("</channel></rss>")
    return "\n".join(parts)


def write_config(
    path: Path,
    urls: Sequence[str],
    *,
    extra: str = "",
    names: Sequence[str] | None = None,
    tags: Sequence[str] | None = None,
) -> Path:
    """A feeds.yaml listing `urls` with tiny intervals suited to tests."""
    lines = ["settings:", "  interval: 1s", "  min_interval: 1s", "  deadline: 5s", "feeds:"]
    for index, url in enumerate(urls):
        lines.append(f"  - url: {url}")
        if names:
            lines.append(f"    name: {names[index]}")
        if tags:
            lines.append(f"    tags: [{tags[index]}]")
    path.write_text("\n".join(lines) + "\n" + extra, encoding="utf-8")
    return path


def killed_at_least(
    count: int,
    sentence: str,
    *,
    place: str = "Idlib",
    cumulative: bool = False,
    update: bool = False,
) -> Figure:
    """An "at least N people killed" figure in Syria spanning all of `sentence`.

    Storage and alert tests need a plausible figure, not an extracted one: building it by hand
    keeps them independent of the extractor's rules.
    """
    return Figure(
        kind="killed",
        count=count,
        low=count,
        high=None,
        qualifier="at least",
        victims="people",
        sentence=sentence,
        span=(0, len(sentence)),
        place=place,
        country="Syria",
        cumulative=cumulative,
        update=update,
    )

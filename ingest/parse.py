"""Parse a fetched feed document into frozen, clean, picklable records.

This is the only module that imports feedparser: everything downstream sees plain text,
absolute http(s) links and UTC-aware datetimes, never feedparser's dictionaries. ``parse_feed``
is a top-level function of plain arguments so that the poller can run it in a process pool,
off the event loop (parsing is CPU-bound).
"""

from __future__ import annotations

import calendar
import contextlib
import functools
import hashlib
import io
import re
import time
import xml.sax
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser
import feedparser.mixin
import feedparser.urls

from ingest.clean import clean_line, clean_summary, clean_title, strip_controls
from ingest.limits import MAX_ITEMS

_MAX_LINK = 2_000
_MAX_TTL_MINUTES = 7 * 24 * 60

# feedparser resolves a relative RSS guid ("12345", a permalink by default) against the feed's
# URL, so the same item would get a new key whenever the feed's address changed (a redirect to
# https, say) and be stored twice. Guids are identifiers: keep them as written. Links are
# resolved in ``_item`` instead.
feedparser.mixin._FeedParserMixin.can_be_relative_uri = (
    feedparser.mixin._FeedParserMixin.can_be_relative_uri - {"id"}
)
# To honour xml:base, feedparser joins the document's base URI with itself at every element
# it opens, and it resolves every link against that base: thousands of identical urljoin calls
# per feed, a fifth of its parsing time. Both functions are pure (strings in, a string out),
# so the parser is given copies that remember their recent answers.
feedparser.mixin.make_safe_absolute_uri = functools.lru_cache(maxsize=1024)(
    feedparser.urls.make_safe_absolute_uri
)
feedparser.mixin._urljoin = functools.lru_cache(maxsize=1024)(feedparser.urls._urljoin)


@dataclass(frozen=True, slots=True)
class ParsedItem:
    """One entry of a feed, cleaned.

    ``key`` identifies the item within its feed across polls: the guid, else the link, else a
    hash of title and summary. ``content_hash`` changes when the visible text changes, which is
    how a revised item (a toll raised from 10 to 25) is told apart from a repeat.
    """

    key: str
    guid: str | None
    link: str | None
    title: str
    summary: str
    published: datetime | None
    updated: datetime | None
    author: str | None
    content_hash: str


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """A parsed document: the channel's own fields, its items, and a fatal error if any.

    ``error`` is set only when nothing usable came out (not a feed, or broken before its first
    entry); a slightly malformed feed that still yielded entries keeps them and has no error.
    ``ttl`` is in seconds (the RSS ``<ttl>`` element counts minutes). ``notes`` say what was
    left out of an otherwise usable feed (items that could not be read, items over the cap),
    one sentence each; ``skipped`` counts those items.
    """

    title: str | None
    link: str | None
    ttl: int | None
    items: tuple[ParsedItem, ...]
    error: str | None = None
    notes: tuple[str, ...] = ()
    skipped: int = 0
    wellformed: bool = False
    """Read by the strict XML parser from start to end (feedparser's `bozo` unset)."""

    @property
    def note(self) -> str | None:
        """The notes as one line for the feed's status, or None."""
        return "; ".join(self.notes) or None


def parse_feed(
    body: bytes,
    *,
    url: str,
    fetched_at: datetime,
    content_type: str | None = None,
    max_items: int = MAX_ITEMS,
) -> ParsedFeed:
    """Parse ``body`` fetched from ``url``; never raises.

    ``url`` is the final URL after redirects: relative links resolve against it. The body is
    wrapped in ``BytesIO`` because feedparser treats a bare ``bytes``/``str`` argument as a
    path or URL to open. Without a Content-Type we say ``application/xml``, which lets
    feedparser honour the document's own encoding declaration and byte order mark.
    ``fetched_at`` is accepted for the caller's bookkeeping and kept out of the result so that
    parsing the same bytes twice gives equal results.

    feedparser's HTML sanitiser and relative-URI resolution are off: the sanitiser takes
    quadratic time on hostile markup (``&lt;!--`` repeated: 1.75 MB took 81 s), and neither
    is needed, because every title and summary is reduced to plain text by ``ingest.clean``
    and every link is checked and resolved in ``_http_link``. Only the newest ``max_items``
    entries are read; one entry that cannot be read is left out with a note, never the feed.
    """
    del fetched_at  # dates are reported as the feed gives them; the caller picks the time
    if not body.strip():
        return ParsedFeed(None, None, None, (), "the response was empty")
    headers = {"content-location": url, "content-type": content_type or "application/xml"}
    try:
        parsed = feedparser.parse(
            io.BytesIO(_without_entity_declarations(body)),
            response_headers=headers,
            sanitize_html=False,
            resolve_relative_uris=False,
        )
        channel: Mapping[str, Any] = parsed.get("feed", {})
        title = clean_title(channel.get("title", ""), is_html=_is_html(channel, "title_detail"))
    except Exception as exc:  # feedparser on hostile input must not take the poller down
        return ParsedFeed(None, None, None, (), f"the feed could not be parsed ({exc})")
    entries, over = _newest(list(parsed.entries), max_items)
    items: list[ParsedItem] = []
    bad = 0
    for entry in entries:
        try:
            item = _item(entry, url)
        except Exception:  # one hostile entry costs that entry, never the feed
            bad += 1
            continue
        if item is not None:
            items.append(item)
    notes: list[str] = []
    if bad:
        notes.append(f"{bad} item(s) could not be read and were skipped")
    if over:
        notes.append(
            f"{over} older item(s) skipped: the feed lists {len(entries) + over}, "
            f"at most {max_items} are read per poll"
        )
    return ParsedFeed(
        title=title or None,
        link=_http_link(channel.get("link")),
        ttl=_ttl(channel.get("ttl")),
        items=tuple(items),
        error=None if items else _fatal_error(parsed, body, bad),
        notes=tuple(notes),
        skipped=bad + over,
        wellformed=not parsed.get("bozo"),
    )


_INTERNAL_DTD = re.compile(rb"<!DOCTYPE[^\[>]*\[.*?\]\s*>", re.DOTALL)


def _without_entity_declarations(body: bytes) -> bytes:
    """The document without a DOCTYPE's internal subset when it declares entities.

    No feed needs its own entities, and nested ones are the "billion laughs": expat stops
    them only after some 8 MB of expansion, which feedparser takes seconds to receive. With
    the declarations gone an entity reference stays literal text. External entities (XXE)
    are never fetched by feedparser's parser either way.
    """
    start = body.find(b"<!DOCTYPE", 0, 65_536)
    if start < 0 or body.find(b"<!ENTITY", start) < 0:
        return body
    match = _INTERNAL_DTD.match(body, start)
    return body[:start] + body[match.end() :] if match else body


def _newest(entries: list[Any], limit: int) -> tuple[list[Any], int]:
    """At most ``limit`` entries, the newest by date, in feed order; and how many were cut.

    Entries without a date rank below dated ones, in feed order (feeds list newest first).
    """
    if len(entries) <= limit:
        return entries, 0

    def rank(index: int) -> tuple[float, int]:
        entry = entries[index]
        when = None
        for key in ("published_parsed", "updated_parsed"):
            value = dict.get(entry, key) if isinstance(entry, dict) else None
            if isinstance(value, time.struct_time):
                with contextlib.suppress(OverflowError, ValueError):
                    when = float(calendar.timegm(value))
                break
        return (when if when is not None else float("-inf"), -index)

    keep = sorted(sorted(range(len(entries)), key=rank, reverse=True)[:limit])
    return [entries[i] for i in keep], len(entries) - limit


def _item(entry: dict[str, Any], base: str) -> ParsedItem | None:
    """Build a ParsedItem, or None for an entry with no title, text or link at all."""
    title = clean_title(entry.get("title", ""), is_html=_is_html(entry, "title_detail"))
    summary_html, summary_is_html = _summary_source(entry)
    summary = clean_summary(summary_html, is_html=summary_is_html)
    raw_link = entry.get("link")
    # A permalink guid stands in for the link only when it is a full URL: "12345" resolved
    # against the feed's address would be a link to nothing.
    guid_as_link = bool(entry.get("guidislink")) and raw_link == entry.get("id")
    link = _http_link(raw_link, None if guid_as_link else base)
    if not (title or summary or link):
        return None
    guid = clean_line(entry.get("id") or "") or None
    content_hash = hashlib.sha256(f"{title}\x1f{summary}".encode()).hexdigest()
    author = clean_line(entry.get("author") or "", limit=200) or None
    return ParsedItem(
        key=guid or link or f"sha256:{content_hash}",
        guid=guid,
        link=link,
        title=title,
        summary=summary,
        # Plain dict lookups: feedparser's own mapping would answer "updated" with the
        # published date (and the reverse), blurring what the feed actually said.
        published=_utc(dict.get(entry, "published_parsed")),
        updated=_utc(dict.get(entry, "updated_parsed")),
        author=author,
        content_hash=content_hash,
    )


def _summary_source(entry: Mapping[str, Any]) -> tuple[str, bool]:
    """The entry's summary, else its first content block, with whether it is HTML."""
    if entry.get("summary"):
        return str(entry["summary"]), _is_html(entry, "summary_detail", default=True)
    for block in entry.get("content") or ():
        if block.get("value"):
            return str(block["value"]), "html" in str(block.get("type", "html"))
    return "", False


def _is_html(node: Mapping[str, Any], detail_key: str, *, default: bool = False) -> bool:
    detail = node.get(detail_key)
    if not detail:
        return default
    return "html" in str(detail.get("type", ""))


def _http_link(value: object, base: str | None = None) -> str | None:
    """An absolute http(s) URL, or None: links from feeds are opened only when http(s)."""
    if not isinstance(value, str):
        return None
    link = value.strip()
    if not link or len(link) > _MAX_LINK or strip_controls(link) != link:
        return None
    try:
        if base:
            link = urljoin(base, link)
        parts = urlsplit(link)
        hostname = parts.hostname
    except ValueError:  # "http://example.c[o.test/" and other unparseable addresses
        return None
    if parts.scheme.lower() not in ("http", "https") or not hostname:
        return None
    return link.replace(" ", "%20")


def _utc(value: object) -> datetime | None:
    """feedparser's parsed dates are ``time.struct_time`` in UTC."""
    if not isinstance(value, time.struct_time):
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    except (OverflowError, ValueError, OSError):
        return None


def _ttl(value: object) -> int | None:
    try:
        minutes = int(str(value).strip())
    except ValueError:
        return None
    return minutes * 60 if 0 < minutes <= _MAX_TTL_MINUTES else None


def _fatal_error(parsed: Mapping[str, Any], body: bytes, bad: int = 0) -> str | None:
    """A plain sentence when an entry-less document is not a usable feed, else None."""
    if bad:
        return f"none of the feed's {bad} item(s) could be read"
    version = parsed.get("version") or ""
    exc = parsed.get("bozo_exception")
    head = body[:1024].lstrip().lower()
    if not version and (head.startswith((b"<!doctype html", b"<html")) or b"<html" in head):
        return "the address gives a web page, not a feed"
    if isinstance(exc, xml.sax.SAXParseException) and (version or head.startswith(b"<")):
        line = exc.getLineNumber()
        where = f" at line {line}" if line else ""
        return f"the feed is not well-formed XML ({exc.getMessage()}{where})"
    if version:
        return None  # a valid feed that simply has no entries right now
    return "the document is not an RSS or Atom feed"

"""Check a URL before it joins the feed list, and find the feed behind a web page.

People paste what is in their browser's address bar: often a section front ("/news/world")
rather than its RSS address. Such pages announce their feeds with
``<link rel="alternate" type="application/rss+xml" href="...">``; we follow the first one that
really is a feed. A URL that cannot be fetched is reported with the same one-sentence reason
the feed health panel would show, so the user can fix it before it is saved.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from ingest.config import Settings
from ingest.fetch import FetchResult, fetch_feed, make_client
from ingest.parse import ParsedFeed, parse_feed
from ingest.safe_text import url_problem

FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml"}
)
NO_FEED = "not a feed and the page links to no feed"
_MAX_CANDIDATES = 3  # feeds on one page tried before giving up


@dataclass(frozen=True, slots=True)
class CheckResult:
    """What a URL turned out to be.

    ``feed_url`` is the address to store: the URL itself when it is a feed, or the feed the
    page links to. ``candidates`` lists every feed the page announced, in page order.
    """

    ok: bool
    feed_url: str | None
    title: str | None
    items: int
    candidates: tuple[str, ...]
    error: str | None


class _FeedLinks(HTMLParser):
    """Collects ``<link rel="alternate">`` feed addresses, resolved against the page URL."""

    def __init__(self, base: str) -> None:
        super().__init__(convert_charrefs=True)
        self.base = base
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "base":
            href = dict(attrs).get("href")
            if href:
                self.base = urljoin(self.base, href.strip())
            return
        if tag != "link":
            return
        values = {k.lower(): (v or "") for k, v in attrs}
        rels = values.get("rel", "").lower().split()
        kind = values.get("type", "").split(";")[0].strip().lower()
        href = values.get("href", "").strip()
        if "alternate" not in rels or kind not in FEED_TYPES or not href:
            return
        url = urljoin(self.base, href)
        if url_problem(url) is not None:  # an escape sequence in a link is an attack
            return
        if urlsplit(url).scheme in ("http", "https") and url not in self.found:
            self.found.append(url)


def find_feed_links(html: str, base_url: str) -> list[str]:
    """The feed addresses a page announces, absolute, in page order, without duplicates."""
    parser = _FeedLinks(base_url)
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):  # html.parser on hopeless markup
        pass
    return parser.found


async def check_feed_url(url: str, *, settings: Settings | None = None) -> CheckResult:
    """Fetch `url`: a feed is ok; a page is searched for feed links, the first working one
    is ok; anything else is refused with the reason."""
    settings = settings or Settings()
    url = url.strip()
    async with make_client(
        user_agent=settings.user_agent, max_redirects=settings.max_redirects, max_connections=4
    ) as client:
        fetched = await fetch_feed(
            client, url, deadline=settings.deadline, max_bytes=settings.max_bytes
        )
        if fetched.error or fetched.body is None:
            return _failed(fetched.error or "the server sent no content")
        parsed = await _parse(fetched)
        if _is_feed(parsed):
            return CheckResult(True, url, parsed.title, len(parsed.items), (), None)
        if not _looks_like_html(fetched):
            return _failed(parsed.error or "the document is not an RSS or Atom feed")
        text = fetched.body.decode(_charset(fetched.content_type), errors="replace")
        candidates = tuple(find_feed_links(text, fetched.final_url))
        if not candidates:
            return _failed(NO_FEED)
        reasons: list[str] = []
        for candidate in candidates[:_MAX_CANDIDATES]:
            linked = await fetch_feed(
                client, candidate, deadline=settings.deadline, max_bytes=settings.max_bytes
            )
            if linked.error or linked.body is None:
                reasons.append(f"{candidate}: {linked.error or 'no content'}")
                continue
            feed = await _parse(linked)
            if _is_feed(feed):
                return CheckResult(True, candidate, feed.title, len(feed.items), candidates, None)
            reasons.append(f"{candidate}: {feed.error or 'not a feed'}")
        return CheckResult(
            False,
            None,
            None,
            0,
            candidates,
            "the page links to feeds that do not work (" + "; ".join(reasons) + ")",
        )


def _failed(reason: str) -> CheckResult:
    return CheckResult(False, None, None, 0, (), reason)


async def _parse(fetched: FetchResult) -> ParsedFeed:
    """Parse in a thread: parsing is CPU-bound and the dashboard's loop must stay responsive."""
    assert fetched.body is not None
    return await asyncio.to_thread(
        parse_feed,
        fetched.body,
        url=fetched.final_url,
        fetched_at=datetime.now(UTC),
        content_type=fetched.content_type,
    )


def _is_feed(parsed: ParsedFeed) -> bool:
    """Entries, or a recognised feed with none yet (parse_feed reports no error for it)."""
    return parsed.error is None


def _looks_like_html(fetched: FetchResult) -> bool:
    kind = (fetched.content_type or "").split(";")[0].strip().lower()
    if kind in ("text/html", "application/xhtml+xml"):
        return True
    head = (fetched.body or b"")[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


def _charset(content_type: str | None) -> str:
    for part in (content_type or "").split(";")[1:]:
        name, _, value = part.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip('"')
            try:
                "".encode(charset)
            except LookupError:
                break
            return charset
    return "utf-8"

"""A feed body's items as raw byte ranges, so that the items a feed serves again unchanged need
not be parsed again.

A feed that publishes five new items re-serves the forty-five before them byte for byte, and
parsing them again (feedparser, then cleaning their HTML) was most of what a parse worker did
in a pass where a tenth of the feeds changed. So a body is cut into its head, its items and
its tail; each item gets a digest of its bytes together with everything else its parse reads
(the head and tail, the URL it is resolved against, the Content-Type, and the parsing code's
own version), and the poller keeps, per feed, what each item of the last body parsed to
(`storage.feeds.feed_chunks`). An item whose digest is known and whose (key, content hash) is
stored is left out of the document feedparser reads; the rest are parsed as before, in a
document made of the same head and tail.

Only plain documents are cut: UTF-8 (as declared and as sent), RSS `<item>`s that follow one
another with nothing but white space between them, no comments, no DOCTYPE, no `<item` or
`</item` anywhere but as the items' own tags, at most `max_items` of them. Anything else is
parsed whole, as is a body whose shortened document does not parse cleanly into exactly the
items it kept. Digests are recorded only from a well-formed document whose every item gave
one parsed item.
"""

from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_TAG = re.compile(rb"</?item(?=[\s>/])")
_OPEN = re.compile(rb"<item(?:\s[^<>]*)?(?<!/)>")
_CLOSE = re.compile(rb"</item\s*>")
_SPACE = re.compile(rb"\s*")
_DECLARED = re.compile(rb"""^(?:\xef\xbb\xbf)?<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']""")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([^\"';\s]+)", re.IGNORECASE)
_UTF8 = frozenset({"utf-8", "utf8"})


@dataclass(frozen=True, slots=True)
class Cut:
    """A body as its head, its items' bytes in order, and its tail."""

    head: bytes
    items: tuple[bytes, ...]
    tail: bytes

    def document(self, keep: list[int]) -> bytes:
        """The body with only the items numbered in `keep` (in order)."""
        return self.head + b"\n".join(self.items[i] for i in keep) + self.tail


@lru_cache(maxsize=1)
def version_tag() -> bytes:
    """The parsing code's version: the sources of the modules an item's parse runs, and the
    versions of feedparser, expat and Python."""
    import pyexpat

    import feedparser

    from ingest import clean, html_text, parse, safe_text

    digest = hashlib.sha256()
    for module in (parse, clean, html_text, safe_text, sys.modules[__name__]):
        digest.update(Path(str(module.__file__)).read_bytes())
    digest.update(f"{feedparser.__version__} {pyexpat.EXPAT_VERSION} {sys.version}".encode())
    return digest.digest()


def cut(body: bytes, content_type: str | None, max_items: int) -> Cut | None:
    """The body cut at its items, or None when it is not plain enough to cut safely."""
    if b"<!--" in body or b"<!DOCTYPE" in body or b"<!ENTITY" in body:
        return None
    declared = _DECLARED.match(body)
    if declared is not None and declared.group(1).decode("latin-1").lower() not in _UTF8:
        return None
    charset = _CHARSET.search(content_type or "")
    if charset is not None and charset.group(1).lower() not in _UTF8:
        return None
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return None
    tags = list(_TAG.finditer(body))
    if not tags or len(tags) % 2 or len(tags) // 2 > max_items:
        return None
    items: list[bytes] = []
    end = -1
    for opening, closing in zip(tags[::2], tags[1::2], strict=True):
        start = opening.start()
        if end >= 0 and _SPACE.fullmatch(body, end, start) is None:
            return None  # something between two items
        head_tag = _OPEN.match(body, start)
        tail_tag = _CLOSE.match(body, closing.start())
        if head_tag is None or tail_tag is None or body[closing.start() + 1] != ord("/"):
            return None
        if body[start + 1] == ord("/"):
            return None  # a closing tag where an item should open
        end = tail_tag.end()
        items.append(body[start:end])
    return Cut(body[: tags[0].start()], tuple(items), body[end:])


def digests(found: Cut, url: str, content_type: str | None) -> list[bytes]:
    """Each item's digest: its bytes, and all that its parse reads besides."""
    context = hashlib.blake2b(digest_size=32)
    for part in (version_tag(), url.encode(), (content_type or "").encode(), found.head):
        context.update(len(part).to_bytes(8, "big") + part)
    context.update(found.tail)
    base = context.digest()
    return [hashlib.blake2b(item, digest_size=16, key=base).digest() for item in found.items]

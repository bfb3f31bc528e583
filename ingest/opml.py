"""OPML import and export: how feed lists move between feed readers and sitrep.

Real OPML files are untidy: folders nest, titles are missing, attribute names vary in case
(``xmlUrl``, ``xmlurl``), the same feed appears in two folders, and some addresses are
``feed://`` or worse. Import keeps what it can and says what it skipped and why. OPML arrives
from strangers, so a document that declares a DTD or entities is refused outright: that is
how XXE (reading local files) and "billion laughs" (exponential entity expansion) attacks are
delivered, and no real feed list needs either.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from email.utils import format_datetime
from urllib.parse import urlsplit

from extract.errors import SitrepError
from ingest.clean import clean_line
from ingest.config import Config, FeedConfig, check_feed_url, url_key
from ingest.safe_text import url_problem

MAX_OPML_BYTES = 5_000_000
_DANGEROUS = re.compile(rb"<!\s*(doctype|entity)", re.IGNORECASE)


class OpmlError(SitrepError, ValueError):
    """An OPML document that cannot be imported at all, as one plain sentence."""


def export_opml(config: Config, *, now: datetime | None = None) -> str:
    """The feed list as OPML 2.0; tags become categories, disabled feeds `isComment`."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = "sitrep feeds"
    ET.SubElement(head, "dateCreated").text = format_datetime(now or datetime.now(UTC))
    body = ET.SubElement(root, "body")
    for feed in config.feeds:
        attrs = {"type": "rss", "text": feed.display_name}
        if feed.name:
            attrs["title"] = feed.name
        attrs["xmlUrl"] = feed.url
        if feed.tags:
            attrs["category"] = ",".join(f"/{tag}" for tag in feed.tags)
        if not feed.enabled:
            attrs["isComment"] = "true"
        ET.SubElement(body, "outline", attrs)
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def parse_opml(data: bytes) -> tuple[list[FeedConfig], list[str]]:
    """Feeds found in an OPML document, and why each skipped outline was skipped.

    A reason names the outline and the cause ("'Mail' (mailto:x): not an http(s) address");
    the caller says that it was skipped.
    """
    if len(data) > MAX_OPML_BYTES:
        raise OpmlError(f"the OPML file is larger than {MAX_OPML_BYTES // 1_000_000} MB")
    # UTF-16 puts a NUL beside every ASCII byte; dropping them finds a DTD in any encoding.
    if _DANGEROUS.search(data.replace(b"\x00", b"")):
        raise OpmlError(
            "the OPML file declares a DTD or entities, which feed lists never need; "
            "it was refused for safety"
        )
    try:
        root = ET.fromstring(data)  # noqa: S314 - DTDs and entities refused above
    except ET.ParseError as exc:
        raise OpmlError(f"the file is not valid OPML (XML error: {exc})") from None
    if _local(root.tag) != "opml":
        raise OpmlError(f"the file is not OPML (its root element is <{_local(root.tag)}>)")
    body = next((child for child in root if _local(child.tag) == "body"), None)
    if body is None:
        raise OpmlError("the OPML file has no <body>")
    reader = _Reader()
    reader.walk(body, ())
    return reader.feeds, reader.warnings


MAX_DEPTH = 50
"""Folders nested deeper than this are refused (real lists nest two or three levels)."""


class _Reader:
    """Walks the outline tree, turning folders into tags and feeds into FeedConfigs."""

    def __init__(self) -> None:
        self.feeds: list[FeedConfig] = []
        self.warnings: list[str] = []
        self._seen: dict[str, str] = {}

    def walk(self, parent: ET.Element, folders: tuple[str, ...], depth: int = 0) -> None:
        if depth > MAX_DEPTH:
            raise OpmlError(f"the OPML file nests outlines more than {MAX_DEPTH} levels deep")
        for node in parent:
            if _local(node.tag) != "outline":
                continue
            attrs = {key.lower(): value for key, value in node.attrib.items()}
            label = clean_line(attrs.get("title") or attrs.get("text") or "", limit=200)
            if "xmlurl" in attrs:
                self._feed(attrs, label, folders)
            tag = _tag(label)
            inner = (*folders, tag) if tag and "xmlurl" not in attrs else folders
            self.walk(node, inner, depth + 1)

    def _feed(self, attrs: dict[str, str], label: str, folders: tuple[str, ...]) -> None:
        raw = attrs["xmlurl"].strip()
        url = _fix_scheme(raw)
        shown = f"'{label}' ({raw!r})" if label else repr(raw)
        if (problem := url_problem(url)) is not None:
            self.warnings.append(f"{shown}: {problem}")
            return
        shown = f"'{label}' ({raw})" if label else raw
        if not url.lower().startswith(("http://", "https://")):
            self.warnings.append(f"{shown}: not an http(s) address")
            return
        key = url_key(url)
        if key in self._seen:
            self.warnings.append(f"{shown}: a duplicate of '{self._seen[key]}'")
            return
        tags = list(folders)
        for category in attrs.get("category", "").split(","):
            for part in category.split("/"):
                if (tag := _tag(part)) and tag not in tags:
                    tags.append(tag)
        name = label if label and not _is_address(label, url) else None
        try:
            checked = check_feed_url(url)
        except ValueError:
            self.warnings.append(f"{shown}: not a valid feed address")
            return
        feed = FeedConfig(
            url=checked,
            name=name,
            tags=tuple(dict.fromkeys(tags)),
            enabled=attrs.get("iscomment", "").strip().lower() != "true",
        )
        self._seen[key] = feed.display_name
        self.feeds.append(feed)


def _is_address(label: str, url: str) -> bool:
    """An outline text that is only the feed's host or URL: readers (and our own export)
    write that for a feed without a name, and it must not come back as a name."""
    host = urlsplit(url).hostname or ""
    return label.lower() == host or url_key(label) == url_key(url)


def _local(tag: str) -> str:
    """An element's name without its namespace, lower-cased (OPML 1.0 files vary)."""
    return tag.rsplit("}", 1)[-1].lower()


def _fix_scheme(url: str) -> str:
    """`feed://host/x` and `feed:https://host/x` are browser spellings of http(s) URLs."""
    lower = url.lower()
    if lower.startswith("feed:http://") or lower.startswith("feed:https://"):
        return url[5:]
    if lower.startswith("feed://"):
        return "http://" + url[7:]
    return url


def _tag(label: str) -> str:
    """A folder or category name as a desk tag: 'Middle East' -> 'middle-east'."""
    words = re.sub(r"[,\s]+", " ", clean_line(label, limit=100)).strip().lower()
    return words.replace(" ", "-")

"""RSS 2.0 and Atom documents, and the small HTML pages the demo items link to.

Built with ElementTree rather than string templates so that hostile text (the demo carries a
headline full of markup-like brackets on purpose) is always escaped correctly. The output is
deterministic for a given state, which is what lets the server derive a stable ETag from it.
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from datetime import UTC, datetime
from email.utils import format_datetime

from demo.scenario import Outlet
from demo.timeline import Entry

ATOM_NS = "http://www.w3.org/2005/Atom"


def http_date(moment: datetime) -> str:
    """RFC 1123 date for HTTP headers and RSS (`Sun, 06 Nov 1994 08:49:37 GMT`)."""
    return format_datetime(moment.astimezone(UTC).replace(microsecond=0), usegmt=True)


def iso_date(moment: datetime) -> str:
    """RFC 3339 date for Atom."""
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _text(parent: ET.Element, tag: str, text: str, **attrib: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrib)
    element.text = text
    return element


def _document(root: ET.Element) -> bytes:
    ET.indent(root)
    text: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return text + b"\n"


def render_rss(outlet: Outlet, entries: Sequence[Entry], base_url: str, built: datetime) -> bytes:
    """An RSS 2.0 channel, with an atom:link to itself as feed validators recommend."""
    # Namespaces are written as plain attributes: ET.register_namespace is process-wide state,
    # and this runs in the server's request threads.
    rss = ET.Element("rss", {"version": "2.0", "xmlns:atom": ATOM_NS})
    channel = ET.SubElement(rss, "channel")
    _text(channel, "title", outlet.title)
    _text(channel, "link", f"{base_url}/")
    _text(channel, "description", outlet.description)
    _text(channel, "language", "en")
    _text(channel, "lastBuildDate", http_date(built))
    ET.SubElement(
        channel,
        "atom:link",
        {"href": base_url + outlet.path, "rel": "self", "type": "application/rss+xml"},
    )
    for entry in entries:
        item = ET.SubElement(channel, "item")
        _text(item, "title", entry.title)
        _text(item, "link", base_url + entry.path())
        _text(item, "guid", entry.guid, isPermaLink="false")
        _text(item, "pubDate", http_date(entry.published))
        _text(item, "description", entry.summary)
    return _document(rss)


def render_atom(outlet: Outlet, entries: Sequence[Entry], base_url: str, built: datetime) -> bytes:
    """An Atom 1.0 feed; entries carry both `published` and `updated` so revisions show."""
    feed = ET.Element("feed", {"xmlns": ATOM_NS})
    _atom_body(feed, outlet, entries, base_url, built)
    return _document(feed)


def _atom_body(
    feed: ET.Element, outlet: Outlet, entries: Sequence[Entry], base_url: str, built: datetime
) -> None:
    def atom(parent: ET.Element, tag: str, text: str | None = None, **attrib: str) -> ET.Element:
        element = ET.SubElement(parent, tag, attrib)
        element.text = text
        return element

    atom(feed, "title", outlet.title)
    atom(feed, "subtitle", outlet.description)
    atom(feed, "id", f"urn:sitrep-demo:{outlet.key}")
    atom(feed, "updated", iso_date(built))
    atom(feed, "link", rel="self", type="application/atom+xml", href=base_url + outlet.path)
    atom(feed, "link", rel="alternate", type="text/html", href=f"{base_url}/")
    author = atom(feed, "author")
    atom(author, "name", outlet.title)
    for entry in entries:
        element = atom(feed, "entry")
        atom(element, "title", entry.title)
        atom(element, "id", entry.guid)
        atom(element, "link", rel="alternate", href=base_url + entry.path())
        atom(element, "published", iso_date(entry.published))
        atom(element, "updated", iso_date(entry.updated))
        atom(element, "summary", entry.summary)


def render_feed(outlet: Outlet, entries: Sequence[Entry], base_url: str, built: datetime) -> bytes:
    """The outlet's feed in its own format."""
    render = render_rss if outlet.format == "rss" else render_atom
    return render(outlet, entries, base_url, built)


def _page(title: str, body: str) -> bytes:
    return (
        "<!doctype html>\n<html lang=en><head><meta charset=utf-8>"
        f"<title>{html.escape(title)}</title></head>\n<body>\n{body}\n</body></html>\n"
    ).encode()


def render_item_page(outlet: Outlet, entry: Entry) -> bytes:
    """The article page an item links to: its outlet, headline, time and text, escaped."""
    updated = f" (updated {iso_date(entry.updated)})" if entry.revised else ""
    return _page(
        entry.title,
        f"<p>{html.escape(outlet.title)}</p>\n<h1>{html.escape(entry.title)}</h1>\n"
        f"<p><time>{iso_date(entry.published)}</time>{updated}</p>\n"
        f"<p>{html.escape(entry.summary)}</p>",
    )


def render_index(outlets: Sequence[Outlet], base_url: str) -> bytes:
    """A home page that advertises every feed with <link rel=alternate>, as news sites do."""
    kinds = {"rss": "application/rss+xml", "atom": "application/atom+xml"}
    links = "".join(
        f'<link rel="alternate" type="{kinds[o.format]}" title="{html.escape(o.title)}" '
        f'href="{base_url}{o.path}">\n'
        for o in outlets
    )
    items = "".join(
        f'<li><a href="{o.path}">{html.escape(o.title)}</a> ({o.format})</li>\n' for o in outlets
    )
    return _page("sitrep demo feeds (synthetic)", f"{links}<h1>Demo feeds</h1>\n<ul>\n{items}</ul>")

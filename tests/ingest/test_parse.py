"""Every fixture format parsed to exact, clean fields."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime
from pathlib import Path

from ingest.parse import ParsedFeed, ParsedItem, parse_feed

FEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "feeds"
URL = "https://riverside.example/feeds/rss.xml"
NOW = datetime(2025, 6, 6, tzinfo=UTC)


def parse(name: str, *, url: str = URL, content_type: str | None = None) -> ParsedFeed:
    body = (FEEDS / name).read_bytes()
    return parse_feed(body, url=url, fetched_at=NOW, content_type=content_type)


def test_rss20_channel_fields() -> None:
    feed = parse("rss20.xml", content_type="application/rss+xml")
    assert (feed.title, feed.link, feed.ttl, feed.error) == (
        "Riverside Wire & Partners",
        "https://riverside.example/world/",
        45 * 60,
        None,
    )
    assert len(feed.items) == 5


def test_rss20_item_with_guid_relative_link_and_html() -> None:
    item = parse("rss20.xml").items[0]
    assert item.key == item.guid == "riverside-0001"
    assert item.link == "https://riverside.example/world/2025/06/shelling-crossing"
    assert item.title == "Shelling reported near the northern crossing"
    assert item.summary == (
        "Residents said the shelling began at dawn & lasted two hours.\n\n"
        "Officials gave no figures.\nMore to follow."
    )
    assert item.published == datetime(2025, 6, 3, 7, 39, 21, tzinfo=UTC)
    assert item.updated is None
    assert item.author == "Desk Staff"


def test_rss20_permalink_guid_stands_in_for_the_link() -> None:
    item = parse("rss20.xml").items[1]
    assert item.key == item.guid == item.link == "https://riverside.example/world/2025/06/talks"
    assert item.title == 'Ceasefire talks resume – "cautious" hopes'
    assert item.summary == "Delegations met for a third day — no statement yet."
    assert item.published == datetime(2025, 6, 4, 23, 15, tzinfo=UTC)


def test_rss20_without_guid_keys_on_link_then_on_content() -> None:
    items = parse("rss20.xml").items
    convoy, bulletin = items[2], items[3]
    assert convoy.guid is None
    assert (
        convoy.key
        == convoy.link
        == ("https://riverside.example/world/2025/06/convoy?ref=rss&src=feed")
    )
    assert convoy.published is None
    assert bulletin.guid is None and bulletin.link is None
    assert bulletin.key == f"sha256:{bulletin.content_hash}"
    assert bulletin.summary == "Text only: © Riverside < 2 hours ago >"
    assert bulletin.published == datetime(2025, 6, 5, 11, 0, tzinfo=UTC)


def test_non_http_links_are_dropped() -> None:
    item = parse("rss20.xml").items[4]
    assert (item.key, item.link) == ("riverside-0005", None)


def test_content_hash_follows_the_visible_text() -> None:
    first = parse("rss20.xml").items[0]
    edited = (FEEDS / "rss20.xml").read_bytes().replace(b"two hours", b"three hours")
    again = parse_feed(edited, url=URL, fetched_at=NOW).items[0]
    assert again.key == first.key
    assert again.content_hash != first.content_hash
    assert parse("rss20.xml").items[0].content_hash == first.content_hash


def test_rss10() -> None:
    feed = parse("rss10.rdf")
    assert (feed.title, feed.link, feed.error) == (
        "Hillside Monitor",
        "https://hillside.example/",
        None,
    )
    first, second = feed.items
    assert first.key == first.link == "https://hillside.example/reports/17"
    assert first.title == "Checkpoint closed for a second day"
    assert first.summary == "Travellers were turned back at the checkpoint."
    # dc:date is reported by feedparser as the entry's updated time.
    assert first.updated == datetime(2025, 6, 2, 11, 30, tzinfo=UTC)
    assert first.author == "Field Office"
    assert (second.published, second.updated) == (None, None)


def test_atom_with_xml_base_html_title_and_dates() -> None:
    feed = parse("atom.xml", content_type="application/atom+xml")
    assert (feed.title, feed.link) == ("Lakeside Live", "https://lakeside.example/news/index.html")
    bridge, xhtml = feed.items
    assert bridge.key == "tag:lakeside.example,2025:bridge"
    assert bridge.link == "https://lakeside.example/news/2025/06/bridge"
    assert bridge.title == "Bridge reopens after repairs & inspection"
    assert bridge.summary == "Lanes: two\nTolls: none"
    assert bridge.published == datetime(2025, 6, 5, 6, 0, tzinfo=UTC)
    assert bridge.updated == datetime(2025, 6, 5, 8, 30, tzinfo=UTC)
    assert bridge.author == "Night Editor"
    assert xhtml.link == "https://lakeside.example/elsewhere/page"
    assert xhtml.summary == "First paragraph.\n\nSecond linked paragraph."
    assert (xhtml.published, xhtml.updated) == (None, datetime(2025, 6, 4, 23, 59, 59, tzinfo=UTC))


def test_iso_8859_1_feed_is_decoded() -> None:
    feed = parse("latin1.xml", content_type="text/xml")
    assert feed.title == "Le Journal du Café"
    (item,) = feed.items
    assert item.title == "Réunion à Genève, déclaration prévue"
    assert item.summary == "Les négociateurs sont arrivés à l'hôtel. Prix : 5 µg, ½ journée."
    assert item.published == datetime(2025, 6, 2, 17, 0, tzinfo=UTC)


def test_windows_1252_feed_is_decoded() -> None:
    (item,) = parse("windows1252.xml").items
    assert item.title == "“Quiet night” at the port – officials"
    assert item.summary == "Ships waited offshore… the port reopened at 06:00 €0 fees."


def test_hostile_titles_stay_literal_without_controls() -> None:
    feed = parse("hostile.xml")
    assert feed.title == "Hostile Channel"
    titles = [item.title for item in feed.items]
    assert titles == ["[/]", "[@click=app.quit]x[/]", "Red alert and a link bell"]
    assert feed.items[1].summary == "[bold]not markup[/bold]"
    assert feed.items[2].summary.startswith("line one\nline two")
    assert "\x1b" not in feed.items[2].summary and "\x9b" not in feed.items[2].summary
    # A relative guid stays an identifier: it is not turned into a link.
    assert [(i.key, i.link) for i in feed.items] == [("h1", None), ("h2", None), ("h3", None)]


def test_malformed_xml_reports_a_plain_error() -> None:
    feed = parse("malformed.xml")
    assert feed.items == ()
    assert feed.error == "the feed is not well-formed XML (unclosed token at line 7)"


def test_web_page_is_not_a_feed() -> None:
    feed = parse("not-a-feed.html", content_type="text/html; charset=utf-8")
    assert feed.error == "the address gives a web page, not a feed"


def test_empty_channel_is_valid_and_empty() -> None:
    feed = parse("empty-channel.xml")
    assert (feed.title, feed.items, feed.error) == ("Quiet Channel", (), None)


def test_empty_and_non_xml_bodies() -> None:
    assert parse_feed(b"  \n", url=URL, fetched_at=NOW).error == "the response was empty"
    assert parse_feed(b'{"items": []}', url=URL, fetched_at=NOW).error == (
        "the document is not an RSS or Atom feed"
    )


def test_broken_feed_that_yielded_entries_keeps_them() -> None:
    body = (FEEDS / "rss20.xml").read_bytes().replace(b"</channel>\n</rss>", b"<item><title>")
    feed = parse_feed(body, url=URL, fetched_at=NOW)
    assert feed.error is None
    assert [i.key for i in feed.items][:2] == [
        "riverside-0001",
        "https://riverside.example/world/2025/06/talks",
    ]


def test_future_dates_are_kept_as_given() -> None:
    body = (FEEDS / "rss20.xml").read_bytes().replace(b"Tue, 03 Jun 2025", b"Sun, 03 Jun 2125")
    item = parse_feed(body, url=URL, fetched_at=NOW).items[0]
    assert item.published == datetime(2125, 6, 3, 7, 39, 21, tzinfo=UTC)


def test_results_are_picklable_for_a_process_pool() -> None:
    feed = parse("atom.xml")
    clone = pickle.loads(pickle.dumps(feed))
    assert clone == feed
    assert isinstance(clone.items[0], ParsedItem)


def test_unparseable_link_is_dropped_not_fatal() -> None:
    body = (
        b'<rss version="2.0"><channel><item><title>Odd link</title>'
        b"<link>http://example.c[o.test/</link></item></channel></rss>"
    )
    feed = parse_feed(body, url=URL, fetched_at=NOW)
    assert feed.error is None
    assert [(i.title, i.link) for i in feed.items] == [("Odd link", None)]


def test_feed_served_as_a_web_page_type_still_parses() -> None:
    feed = parse("rss20.xml", content_type="text/html; charset=utf-8")
    assert (len(feed.items), feed.error) == (5, None)

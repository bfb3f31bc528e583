"""URL checks against a real local HTTP server: feeds, pages that link to feeds, failures."""

from __future__ import annotations

from ingest.config import Settings
from ingest.discover import CheckResult, check_feed_url, find_feed_links
from tests.builders import rss
from tests.feedserver import FeedServer, unused_port

SETTINGS = Settings(deadline=5.0)
FEED = rss("Desk Wire", [{"title": "One", "guid": "1"}, {"title": "Two", "guid": "2"}])


def page(*links: str) -> str:
    heads = "".join(
        f'<link rel="alternate" type="{kind}" title="t" href="{href}">'
        for kind, href in (link.split(" ", 1) for link in links)
    )
    return f"<!doctype html><html><head><title>Front</title>{heads}</head><body>x</body></html>"


async def test_a_feed_is_ok(feed_server: FeedServer) -> None:
    feed_server.route("/rss.xml", FEED)
    url = feed_server.url("/rss.xml")
    result = await check_feed_url(url, settings=SETTINGS)
    assert result == CheckResult(True, url, "Desk Wire", 2, (), None)


async def test_page_leads_to_its_feed(feed_server: FeedServer) -> None:
    feed_server.route(
        "/news/world",
        page(
            "text/css /style.css",
            "application/atom+xml feeds/world.atom",
            "application/rss+xml /rss.xml",
        ),
        headers={"Content-Type": "text/html; charset=utf-8"},
    )
    feed_server.route("/news/feeds/world.atom", status=404)
    feed_server.route("/rss.xml", FEED)
    result = await check_feed_url(feed_server.url("/news/world"), settings=SETTINGS)
    assert result.ok is True
    assert result.feed_url == feed_server.url("/rss.xml")
    assert result.candidates == (
        feed_server.url("/news/feeds/world.atom"),
        feed_server.url("/rss.xml"),
    )
    assert (result.title, result.items, result.error) == ("Desk Wire", 2, None)


async def test_page_without_feed_links(feed_server: FeedServer) -> None:
    feed_server.route("/", page(), headers={"Content-Type": "text/html"})
    result = await check_feed_url(feed_server.url("/"), settings=SETTINGS)
    assert result == CheckResult(
        False, None, None, 0, (), "not a feed and the page links to no feed"
    )


async def test_page_whose_feeds_all_fail(feed_server: FeedServer) -> None:
    feed_server.route("/", page("application/rss+xml /gone"), headers={"Content-Type": "text/html"})
    result = await check_feed_url(feed_server.url("/"), settings=SETTINGS)
    assert result.ok is False
    assert result.error == (
        f"the page links to feeds that do not work ({feed_server.url('/gone')}: HTTP 404 Not Found)"
    )


async def test_http_error_is_the_reason(feed_server: FeedServer) -> None:
    result = await check_feed_url(feed_server.url("/missing"), settings=SETTINGS)
    assert result == CheckResult(False, None, None, 0, (), "HTTP 404 Not Found")


async def test_closed_port_is_connection_refused() -> None:
    url = f"http://127.0.0.1:{unused_port()}/rss.xml"
    result = await check_feed_url(url, settings=SETTINGS)
    assert (result.ok, result.error) == (False, "connection refused")


async def test_plain_text_is_not_a_feed(feed_server: FeedServer) -> None:
    feed_server.route("/t", "just words", headers={"Content-Type": "text/plain"})
    result = await check_feed_url(feed_server.url("/t"), settings=SETTINGS)
    assert (result.ok, result.error) == (False, "the document is not an RSS or Atom feed")


def test_links_resolve_against_base_and_skip_other_schemes() -> None:
    html = (
        '<html><head><base href="https://cdn.example/x/">'
        '<LINK REL="Alternate" TYPE="application/rss+xml; charset=utf-8" HREF="a.xml">'
        '<link rel="alternate" type="application/atom+xml" href="javascript:alert(1)">'
        '<link rel="alternate" type="application/rss+xml" href="a.xml">'
        '<link rel="alternate stylesheet" type="application/feed+json" href="//j.example/f">'
        "</head></html>"
    )
    assert find_feed_links(html, "https://site.example/page") == [
        "https://cdn.example/x/a.xml",
        "https://j.example/f",
    ]

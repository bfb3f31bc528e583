"""fetch_feed against a real HTTP server on 127.0.0.1: limits, politeness, plain errors."""

from __future__ import annotations

import asyncio
import gzip
import importlib.abc
import ssl
import sys
import threading
import tracemalloc
import zlib
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import httpx
import pytest

from ingest import fetch
from ingest.fetch import FetchResult, fetch_feed, make_client
from ingest.parse import parse_feed
from tests.feedserver import FeedServer, RecordedRequest, Response, unused_port

FEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "feeds"
RSS = (FEEDS / "rss20.xml").read_bytes()
MB = 1_000_000


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with make_client(user_agent="sitrep-test/1", max_redirects=3) as c:
        yield c


async def get(
    client: httpx.AsyncClient,
    url: str,
    *,
    deadline: float = 5.0,
    max_bytes: int = MB,
    etag: str | None = None,
    last_modified: str | None = None,
) -> FetchResult:
    return await fetch_feed(
        client, url, etag=etag, last_modified=last_modified, deadline=deadline,
        max_bytes=max_bytes,
    )  # fmt: skip


async def test_plain_fetch_returns_body_and_validators(
    feed_server: FeedServer, client: httpx.AsyncClient
) -> None:
    feed_server.route(
        "/rss.xml",
        RSS,
        etag='"v1"',
        last_modified="Tue, 03 Jun 2025 10:00:00 GMT",
        headers={"Content-Type": "application/rss+xml; charset=utf-8",
                 "Cache-Control": "public, max-age=1800"},
    )  # fmt: skip
    result = await get(client, feed_server.url("/rss.xml"))
    assert result.error is None
    assert (result.status, result.body, result.final_url) == (
        200, RSS, feed_server.url("/rss.xml"),
    )  # fmt: skip
    assert result.content_type == "application/rss+xml; charset=utf-8"
    assert (result.etag, result.last_modified) == ('"v1"', "Tue, 03 Jun 2025 10:00:00 GMT")
    assert (result.max_age, result.not_modified, result.gone) == (1800.0, False, False)
    (request,) = feed_server.requests
    assert request.headers["user-agent"] == "sitrep-test/1"
    assert request.headers["accept-encoding"] == "gzip, deflate"
    assert "if-none-match" not in request.headers
    assert "if-modified-since" not in request.headers


async def test_conditional_get_gives_not_modified(
    feed_server: FeedServer, client: httpx.AsyncClient
) -> None:
    feed_server.route("/rss.xml", RSS, etag='"v1"', last_modified="Tue, 03 Jun 2025 10:00:00 GMT")
    result = await get(
        client, feed_server.url("/rss.xml"), etag='"v1"',
        last_modified="Tue, 03 Jun 2025 10:00:00 GMT",
    )  # fmt: skip
    assert (result.status, result.not_modified, result.body, result.error) == (
        304, True, None, None,
    )  # fmt: skip
    assert result.etag == '"v1"'
    (request,) = feed_server.requests
    assert request.headers["if-none-match"] == '"v1"'
    assert request.headers["if-modified-since"] == "Tue, 03 Jun 2025 10:00:00 GMT"


async def test_not_modified_keeps_the_connection_for_the_next_fetch(
    feed_server: FeedServer, client: httpx.AsyncClient
) -> None:
    feed_server.route("/a.xml", RSS, etag='"a"')
    feed_server.route("/b.xml", RSS, etag='"b"')
    first = await get(client, feed_server.url("/a.xml"), etag='"a"')
    second = await get(client, feed_server.url("/b.xml"), etag='"b"')
    third = await get(client, feed_server.url("/a.xml"))
    assert (first.not_modified, second.not_modified, third.body) == (True, True, RSS)
    assert len({r.client for r in feed_server.requests}) == 1


async def test_concurrent_fetches_share_at_most_max_connections(
    feed_server: FeedServer,
) -> None:
    feed_server.route("/slow.xml", RSS, delay=0.05)
    async with make_client(user_agent="t", max_redirects=1, max_connections=3) as client:
        results = await asyncio.gather(
            *(get(client, feed_server.url("/slow.xml")) for _ in range(12))
        )
        again = await get(client, feed_server.url("/slow.xml"))
    assert [r.body for r in [*results, again]] == [RSS] * 13
    assert len({r.client for r in feed_server.requests}) == 3


async def test_a_cookie_set_on_a_redirect_is_sent_to_its_target(
    feed_server: FeedServer, client: httpx.AsyncClient
) -> None:
    feed_server.route(
        "/gate", status=302, headers={"Location": "/feed.xml", "Set-Cookie": "consent=yes; Path=/"}
    )
    feed_server.route("/feed.xml", RSS)
    result = await get(client, feed_server.url("/gate"))
    assert result.body == RSS
    assert feed_server.requests[-1].headers.get("cookie") == "consent=yes"


class _Searches(importlib.abc.MetaPathFinder):
    """Records every module name the import system looks for (and finds nothing itself)."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def find_spec(self, name: str, path: object, target: object = None) -> None:
        self.names.append(name)


async def test_fetches_after_the_first_search_for_no_module(
    feed_server: FeedServer, client: httpx.AsyncClient
) -> None:
    # httpcore imports the optional sniffio at every lock it sets up: without it installed,
    # each such import searched the whole module path.
    feed_server.route("/rss.xml", RSS, etag='"v1"')
    assert (await get(client, feed_server.url("/rss.xml"))).body == RSS
    searches = _Searches()
    sys.meta_path.insert(0, searches)
    try:
        for _ in range(3):
            assert (await get(client, feed_server.url("/rss.xml"), etag='"v1"')).not_modified
        assert (await get(client, feed_server.url("/rss.xml"))).body == RSS
    finally:
        sys.meta_path.remove(searches)
    assert searches.names == []


async def test_if_modified_since_alone_and_changed_etag(
    feed_server: FeedServer, client: httpx.AsyncClient
) -> None:
    feed_server.route("/lm.xml", RSS, last_modified="Tue, 03 Jun 2025 10:00:00 GMT")
    feed_server.route("/etag.xml", RSS, etag='"v2"')
    lm = await get(
        client, feed_server.url("/lm.xml"), last_modified="Wed, 04 Jun 2025 00:00:00 GMT"
    )
    assert lm.not_modified
    assert lm.last_modified == "Tue, 03 Jun 2025 10:00:00 GMT"
    changed = await get(client, feed_server.url("/etag.xml"), etag='"v1"')
    assert (changed.status, changed.not_modified, changed.etag) == (200, False, '"v2"')
    assert changed.body == RSS


@pytest.mark.parametrize(
    ("status", "error"),
    [(500, "HTTP 500 Internal Server Error"), (404, "HTTP 404 Not Found"),
     (403, "HTTP 403 Forbidden")],
)  # fmt: skip
async def test_http_errors_become_plain_sentences(
    feed_server: FeedServer, client: httpx.AsyncClient, status: int, error: str
) -> None:
    feed_server.route("/x", b"oops", status=status)
    result = await get(client, feed_server.url("/x"))
    assert (result.status, result.error, result.body, result.gone) == (status, error, None, False)


async def test_gone(feed_server: FeedServer, client: httpx.AsyncClient) -> None:
    feed_server.route("/old.xml", b"", status=410)
    result = await get(client, feed_server.url("/old.xml"))
    assert (result.gone, result.error) == (True, "HTTP 410 Gone")


async def test_retry_after_in_seconds_on_429(
    feed_server: FeedServer, client: httpx.AsyncClient
) -> None:
    feed_server.route("/busy", b"", status=429, headers={"Retry-After": "120"})
    result = await get(client, feed_server.url("/busy"))
    assert (result.retry_after, result.error) == (120.0, "HTTP 429 Too Many Requests")


async def test_retry_after_as_http_date_on_503(
    feed_server: FeedServer, client: httpx.AsyncClient
) -> None:
    when = datetime.now(UTC) + timedelta(hours=1)
    feed_server.route(
        "/down", b"", status=503, headers={"Retry-After": format_datetime(when, True)}
    )
    result = await get(client, feed_server.url("/down"))
    assert result.error == "HTTP 503 Service Unavailable"
    assert result.retry_after is not None
    assert 3500 < result.retry_after <= 3600


async def test_deadline_bounds_a_dribbling_body(
    feed_server: FeedServer, client: httpx.AsyncClient
) -> None:
    feed_server.route("/slow", b"<rss>" + b" " * 2000, slow_body=0.05, chunk_size=10)
    result = await get(client, feed_server.url("/slow"), deadline=0.5)
    assert (result.error, result.body, result.status) == ("timed out after 0.5 s", None, 200)
    feed_server.wait_idle()
    assert feed_server.requests[0].bytes_sent < 2005


async def test_deadline_bounds_a_server_that_never_answers(
    feed_server: FeedServer, client: httpx.AsyncClient
) -> None:
    feed_server.route("/hang", RSS, delay=30)
    result = await get(client, feed_server.url("/hang"), deadline=0.3)
    assert (result.error, result.status) == ("timed out after 0.3 s", None)


async def test_oversize_plain_body_refused_by_content_length(
    feed_server: FeedServer, client: httpx.AsyncClient
) -> None:
    feed_server.route("/big", b"x" * (2 * MB))
    result = await get(client, feed_server.url("/big"), max_bytes=MB)
    assert (result.error, result.body) == ("response larger than 1 MB", None)


async def test_oversize_chunked_body_refused_while_reading(
    feed_server: FeedServer, client: httpx.AsyncClient
) -> None:
    feed_server.route(
        "/chunked", b"y" * (3 * MB), chunk_size=64 * 1024,
        headers={"Transfer-Encoding": "chunked"},
    )  # fmt: skip
    small = b"<rss/>"
    feed_server.route("/small", small, headers={"Transfer-Encoding": "chunked"})
    result = await get(client, feed_server.url("/chunked"), max_bytes=MB)
    assert (result.error, result.body) == ("response larger than 1 MB", None)
    assert (await get(client, feed_server.url("/small"))).body == small
    feed_server.wait_idle()
    assert feed_server.requests[0].bytes_sent < 3 * MB


async def test_exact_size_limit_is_accepted(
    feed_server: FeedServer, client: httpx.AsyncClient
) -> None:
    feed_server.route("/edge", b"z" * 2500, gzip=True)
    ok = await get(client, feed_server.url("/edge"), max_bytes=2500)
    over = await get(client, feed_server.url("/edge"), max_bytes=2499)
    assert (ok.error, ok.body) == (None, b"z" * 2500)
    assert (over.error, over.body) == ("response larger than 2.5 kB", None)


def gzip_bomb(megabytes: int) -> bytes:
    """A gzip stream of ``megabytes`` MB of zeros, built without compressing them all.

    After a full flush deflate's output for the same input repeats byte for byte, so one
    compressed megabyte is repeated. The trailer is left off: no reader gets that far.
    """
    zeros = b"\0" * MB
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    head = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    assert compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH) == block
    return head + block * (megabytes - 1)


async def test_gzip_bomb_is_refused_early_in_little_memory(
    feed_server: FeedServer, client: httpx.AsyncClient
) -> None:
    bomb = gzip_bomb(1000)  # about 1 MB on the wire, 1 GB once decompressed
    assert len(bomb) < 1_100_000
    assert zlib.decompressobj(31).decompress(bomb[:100_000], 5 * MB) == b"\0" * (5 * MB)
    feed_server.route("/bomb", bomb, headers={"Content-Encoding": "gzip"})
    tracemalloc.start()
    try:
        result = await get(client, feed_server.url("/bomb"), max_bytes=MB)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (result.error, result.body) == ("response larger than 1 MB", None)
    assert peak < 12 * MB
    feed_server.wait_idle()
    assert feed_server.requests[0].bytes_sent < len(bomb) // 2


async def test_gzip_and_deflate_bodies_are_decoded(
    feed_server: FeedServer, client: httpx.AsyncClient
) -> None:
    raw_deflate = zlib.compressobj(6, zlib.DEFLATED, -15)
    feed_server.route("/gz", RSS, gzip=True)
    feed_server.route("/zlib", zlib.compress(RSS), headers={"Content-Encoding": "deflate"})
    feed_server.route(
        "/raw", raw_deflate.compress(RSS) + raw_deflate.flush(),
        headers={"Content-Encoding": "deflate"},
    )  # fmt: skip
    feed_server.route("/mislabelled", RSS, headers={"Content-Encoding": "gzip"})
    for path in ("/gz", "/zlib", "/raw", "/mislabelled"):
        result = await get(client, feed_server.url(path))
        assert (path, result.error, result.body) == (path, None, RSS)


async def test_corrupt_gzip_and_unknown_encoding(
    feed_server: FeedServer, client: httpx.AsyncClient
) -> None:
    broken = gzip.compress(RSS)
    feed_server.route("/corrupt", broken[:20] + b"\xff" * 50, headers={"Content-Encoding": "gzip"})
    feed_server.route("/br", b"\x8b\x00", headers={"Content-Encoding": "br"})
    corrupt = await get(client, feed_server.url("/corrupt"))
    assert (corrupt.error, corrupt.body) == ("the response could not be decompressed", None)
    br = await get(client, feed_server.url("/br"))
    assert br.error == "the server used an unsupported compression (br)"


async def test_redirect_chain_is_followed(
    feed_server: FeedServer, client: httpx.AsyncClient
) -> None:
    feed_server.redirect("/a", "/b", status=301)
    feed_server.redirect("/b", "/c", status=307)
    feed_server.route("/c", RSS)
    result = await get(client, feed_server.url("/a"))
    assert (result.error, result.final_url, result.body) == (None, feed_server.url("/c"), RSS)
    assert [r.path for r in feed_server.requests] == ["/a", "/b", "/c"]


async def test_too_many_redirects(feed_server: FeedServer, client: httpx.AsyncClient) -> None:
    feed_server.redirect("/loop", "/loop")
    result = await get(client, feed_server.url("/loop"))
    assert (result.error, result.body) == ("too many redirects", None)
    assert feed_server.hits("/loop") == 4  # the first request and max_redirects=3 more


async def test_redirect_to_a_file_url_is_refused(
    feed_server: FeedServer, client: httpx.AsyncClient
) -> None:
    feed_server.redirect("/sneaky", "file:///etc/passwd")
    result = await get(client, feed_server.url("/sneaky"))
    assert (result.error, result.body) == ("only http and https addresses can be fetched", None)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/rss", "javascript:x"])
async def test_only_http_urls_are_fetched(client: httpx.AsyncClient, url: str) -> None:
    result = await get(client, url)
    assert (result.error, result.status, result.body) == (
        "only http and https addresses can be fetched", None, None,
    )  # fmt: skip


async def test_connection_refused(client: httpx.AsyncClient) -> None:
    result = await get(client, f"http://127.0.0.1:{unused_port()}/rss.xml")
    assert (result.error, result.status, result.body) == ("connection refused", None, None)


async def test_fetch_then_parse_resolves_links_against_the_final_url(
    feed_server: FeedServer, client: httpx.AsyncClient
) -> None:
    feed_server.redirect("/feed", "/feeds/rss.xml")
    feed_server.route("/feeds/rss.xml", RSS, headers={"Content-Type": "application/rss+xml"})
    result = await get(client, feed_server.url("/feed"))
    assert result.body is not None
    feed = parse_feed(
        result.body, url=result.final_url, fetched_at=datetime.now(UTC),
        content_type=result.content_type,
    )  # fmt: skip
    assert feed.link == feed_server.url("/world/")
    assert feed.items[0].link == feed_server.url("/world/2025/06/shelling-crossing")


async def test_non_utf8_feed_over_http(feed_server: FeedServer, client: httpx.AsyncClient) -> None:
    latin = (FEEDS / "latin1.xml").read_bytes()
    feed_server.route("/latin", latin, headers={"Content-Type": "text/xml; charset=ISO-8859-1"})
    result = await get(client, feed_server.url("/latin"))
    assert result.body == latin
    feed = parse_feed(
        result.body, url=result.final_url, fetched_at=datetime.now(UTC),
        content_type=result.content_type,
    )  # fmt: skip
    assert feed.items[0].title == "Réunion à Genève, déclaration prévue"


async def test_handler_routes_compute_the_response(
    feed_server: FeedServer, client: httpx.AsyncClient
) -> None:
    def echo_agent(request: RecordedRequest) -> Response:
        agent = request.headers["user-agent"].encode()
        return Response(status=201, body=agent, headers={"X-Seen": request.path})

    feed_server.route("/echo", handler=echo_agent)
    result = await get(client, feed_server.url("/echo?x=1"))
    assert (result.status, result.body, result.error) == (201, b"sitrep-test/1", None)
    assert feed_server.requests[0].query == "x=1"


def test_certificates_loaded_early_serve_every_client(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[ssl.SSLContext] = []

    def create() -> ssl.SSLContext:
        made.append(ssl.create_default_context())
        return made[-1]

    monkeypatch.setattr(fetch, "_tls_context", None)
    monkeypatch.setattr(httpx, "create_ssl_context", create)
    fetch.load_tls_early()
    clients = [make_client(user_agent="t", max_redirects=1) for _ in range(2)]
    assert len(made) == 1
    for client in clients:
        assert client._transport._pool._ssl_context is made[0]  # type: ignore[attr-defined]


def test_certificates_that_cannot_load_fail_the_client_not_the_thread(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(fetch, "_tls_context", None)
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "missing.pem"))
    failures: list[threading.ExceptHookArgs] = []
    monkeypatch.setattr(threading, "excepthook", failures.append)
    fetch.load_tls_early()
    with pytest.raises(OSError):
        make_client(user_agent="t", max_redirects=1)
    for thread in threading.enumerate():
        if thread.name == "sitrep-tls":
            thread.join()
    assert failures == []

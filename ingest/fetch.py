"""Fetch one feed over HTTP(S), politely and within hard limits; never raises.

Publishers are strangers: a server may dribble a body forever, send a gzip bomb, redirect in
circles or answer with a web page. ``fetch_feed`` therefore bounds the whole exchange by a
total deadline (``asyncio.timeout``: httpx's own timeouts reset with every byte and do not
bound a slow body), caps the *decompressed* size while decompressing (``ingest.inflate``:
zlib with an output limit, so a small compressed body cannot expand into gigabytes in memory
first), follows a limited number of redirects, and turns every failure into a one-sentence
``error`` that the feed health panel can show as it is.

It also does its part of being a good citizen: conditional GET (ETag / Last-Modified),
Retry-After on 429/503, and 410 Gone reported so the poller can stop asking.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import importlib.util
import ssl
import sys
import threading
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from functools import cache
from urllib.parse import urlsplit

from ingest.inflate import Inflater, UnsupportedEncoding
from ingest.network import AsyncioBackend, ConnectionPool
from ingest.safe_text import terminal_text

if "httpx" not in sys.modules:
    # httpx's package imports its command-line client, which loads rich and pygments (some
    # 50 ms, a tenth of a pass where every feed answers 304), only to offer `httpx.main`.
    # With a None entry in sys.modules that import fails as if the client's extras were not
    # installed, and httpx defines a stub `main` instead. The entry goes at once: an explicit
    # `import httpx._main` elsewhere still works.
    sys.modules["httpx._main"] = None  # type: ignore[assignment]
    try:
        import httpx
    finally:
        del sys.modules["httpx._main"]
else:
    import httpx

ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5"
)
# Any single connect/read/write waiting this long fails even before the overall deadline.
_STALL_TIMEOUT = 120.0


@dataclass(frozen=True, slots=True)
class FetchResult:
    """The outcome of one fetch; ``error`` is None exactly when ``body`` or a 304 came back.

    On a 304 the validators we sent are echoed when the server omits them, so the caller may
    store ``etag``/``last_modified`` from any result without special cases.
    """

    url: str
    final_url: str
    status: int | None
    body: bytes | None
    content_type: str | None
    etag: str | None
    last_modified: str | None
    retry_after: float | None
    max_age: float | None
    not_modified: bool
    gone: bool
    error: str | None
    elapsed: float


_tls_lock = threading.Lock()
_tls_context: ssl.SSLContext | None = None


def _tls() -> ssl.SSLContext:
    """Certificates load once per process: httpx's default loads them for every client
    (about 50 ms), and the poller makes a client each pass."""
    global _tls_context
    with _tls_lock:
        if _tls_context is None:
            _tls_context = httpx.create_ssl_context()
        return _tls_context


def load_tls_early() -> None:
    """Start loading the certificates on a thread of their own. OpenSSL reads them without
    holding the GIL, so a `sitrep poll` that calls this first reads its config and opens
    its database meanwhile, on the other core, and its first client finds them loaded. A
    failure (a bad SSL_CERT_FILE) is left to that client, which meets it again and says so."""

    def load() -> None:
        with contextlib.suppress(Exception):
            _tls()

    threading.Thread(target=load, name="sitrep-tls", daemon=True).start()


@cache
def _without_sniffio() -> None:
    """httpcore imports sniffio, an optional package, each time it sets up a lock (several
    times a request); when sniffio is not installed, each of those imports searched the whole
    module path before failing (some 0.3 ms, a tenth of an unchanged pass). A None entry in
    `sys.modules` makes them fail at once, as they would anyway; httpcore then assumes
    asyncio, which is what we run."""
    if "sniffio" not in sys.modules and importlib.util.find_spec("sniffio") is None:
        sys.modules["sniffio"] = None  # type: ignore[assignment]


def make_client(
    *, user_agent: str, max_redirects: int, max_connections: int = 16
) -> httpx.AsyncClient:
    """The one client the poller shares across fetches (connection reuse, one pool).

    ``fetch_feed``'s deadline bounds each fetch as a whole; httpx's per-operation timeout is
    only a backstop against a stalled socket. We advertise only the encodings we can
    decompress under a size cap.
    """
    _without_sniffio()
    tls = _tls()
    limits = httpx.Limits(
        max_connections=max_connections,
        max_keepalive_connections=max_connections,
        keepalive_expiry=30.0,
    )
    client = httpx.AsyncClient(
        http1=True,
        http2=False,
        follow_redirects=True,
        verify=tls,
        max_redirects=max_redirects,
        timeout=httpx.Timeout(_STALL_TIMEOUT),
        limits=limits,
        transport=_transport(tls, limits),
        headers={"User-Agent": user_agent, "Accept": ACCEPT, "Accept-Encoding": "gzip, deflate"},
    )
    client._cookies = (
        _Cookies()
    )  # the client's cookie jar; its setter would copy it into a plain one
    return client


class _Cookies(httpx.Cookies):
    """The client's cookie jar, which skips responses that set no cookie: httpx hands every
    response to the standard library's jar, which first builds a `urllib` request of it (a
    tenth of the poller's time in a pass where every feed answers 304) to find no
    Set-Cookie header. Cookies that are set are kept and sent as before."""

    def extract_cookies(self, response: httpx.Response) -> None:
        if "set-cookie" in response.headers:
            super().extract_cookies(response)


def _transport(tls: ssl.SSLContext, limits: httpx.Limits) -> httpx.AsyncHTTPTransport:
    """httpx's own transport, with the poller's connection pool (`ingest.network`) on
    asyncio's streams rather than httpcore's pool on anyio's. httpx 0.28 takes no network
    backend or pool, so the pool is replaced as a whole; proxies from the environment keep
    httpx's own."""
    transport = httpx.AsyncHTTPTransport(verify=tls, http1=True, http2=False, limits=limits)
    transport._pool = ConnectionPool(  # type: ignore[assignment]
        ssl_context=tls,
        max_connections=limits.max_connections or 16,
        max_keepalive_connections=limits.max_keepalive_connections or 0,
        keepalive_expiry=limits.keepalive_expiry,
        network_backend=AsyncioBackend(),
    )
    return transport


async def fetch_feed(
    client: httpx.AsyncClient,
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    deadline: float,
    max_bytes: int,
) -> FetchResult:
    """GET ``url`` within ``deadline`` seconds and at most ``max_bytes`` decompressed bytes."""
    started = time.monotonic()
    fields = _Fields(url=url, final_url=url, etag=etag, last_modified=last_modified)
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        fields.error = "only http and https addresses can be fetched"
        return fields.result(started)
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        async with asyncio.timeout(deadline):
            for attempt in range(2):
                try:
                    async with client.stream("GET", url, headers=headers) as response:
                        await _handle(response, fields, max_bytes)
                    break
                except _STALE as exc:
                    if attempt or fields.status is not None:
                        raise
                    # A kept-alive connection the server closed as we reused it: the GET
                    # never reached it, so it is sent once more on a new connection.
                    del exc
    except TimeoutError:
        fields.error = f"timed out after {deadline:g} s"
        fields.body = None
    except Exception as exc:  # every failure becomes a sentence on the feed, never a crash
        fields.error = describe_error(exc)
        fields.body = None
    return fields.result(started)


_STALE = (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)
"""What a request on a pooled connection that the server had just closed fails with, before
any response arrives."""


@dataclass
class _Fields:
    """The result under construction (FetchResult itself is frozen)."""

    url: str
    final_url: str
    etag: str | None
    last_modified: str | None
    status: int | None = None
    body: bytes | None = None
    content_type: str | None = None
    retry_after: float | None = None
    max_age: float | None = None
    not_modified: bool = False
    gone: bool = False
    error: str | None = None

    def result(self, started: float) -> FetchResult:
        return FetchResult(
            url=self.url,
            final_url=self.final_url,
            status=self.status,
            body=self.body,
            content_type=self.content_type,
            etag=self.etag,
            last_modified=self.last_modified,
            retry_after=self.retry_after,
            max_age=self.max_age,
            not_modified=self.not_modified,
            gone=self.gone,
            error=self.error,
            elapsed=time.monotonic() - started,
        )


async def _handle(response: httpx.Response, fields: _Fields, max_bytes: int) -> None:
    code = response.status_code
    fields.status = code
    fields.final_url = str(response.url)
    fields.content_type = response.headers.get("Content-Type")
    fields.etag = response.headers.get("ETag") or fields.etag
    fields.last_modified = response.headers.get("Last-Modified") or fields.last_modified
    fields.max_age = _max_age(response.headers.get("Cache-Control"))
    if code == 304:
        fields.not_modified = True
        # A 304 has no body (h11 reads none whatever the headers say), but its end must be
        # read for the connection to go back to the pool: left unread, httpcore closes it,
        # and a pass of unchanged feeds opened a new connection for every one of them.
        await response.aread()
        return
    if code in (429, 503):
        fields.retry_after = _retry_after(response.headers.get("Retry-After"))
    if not 200 <= code < 300:
        fields.gone = code == 410
        fields.error = describe_status(code, response.reason_phrase)
        return
    fields.body, fields.error = await _read_capped(response, max_bytes)


async def _read_capped(response: httpx.Response, max_bytes: int) -> tuple[bytes | None, str | None]:
    """Read and decompress the body, refusing it as soon as it passes ``max_bytes``."""
    too_big = f"response larger than {describe_size(max_bytes)}"
    encoding = response.headers.get("Content-Encoding", "identity")
    length = response.headers.get("Content-Length", "")
    plain = encoding.strip().lower() in ("", "identity")
    if plain and length.isdigit() and int(length) > max_bytes:
        return None, too_big
    try:
        inflater = Inflater(encoding)
    except UnsupportedEncoding:
        return None, f"the server used an unsupported compression ({server_text(encoding)})"
    body = bytearray()
    async for raw in response.aiter_raw():
        for piece in inflater.feed(raw, room=max_bytes - len(body) + 1):
            body += piece
        if len(body) > max_bytes:
            return None, too_big
    return bytes(body), None


def _max_age(cache_control: str | None) -> float | None:
    """Cache-Control max-age in seconds; None when absent or when caching is refused."""
    if not cache_control:
        return None
    directives = [d.strip().lower() for d in cache_control.split(",")]
    if "no-store" in directives or "no-cache" in directives:
        return None
    for directive in directives:
        name, _, value = directive.partition("=")
        if name.strip() == "max-age" and value.strip().strip('"').isdigit():
            return float(value.strip().strip('"'))
    return None


def _retry_after(value: str | None) -> float | None:
    """Retry-After as seconds from now: either delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def describe_size(n: int) -> str:
    """Sizes in the units people use: 10000000 -> "10 MB"."""
    if n >= 1_000_000:
        return f"{n / 1_000_000:.3g} MB"
    if n >= 1_000:
        return f"{n / 1_000:.3g} kB"
    return f"{n} bytes"


def describe_status(code: int, reason: str) -> str:
    """ "HTTP 500 Internal Server Error"; a made-up status keeps the server's own phrase,
    cleaned of control characters and cut short (it is a stranger's text)."""
    return f"HTTP {code} {server_text(reason)}".rstrip()


def server_text(value: str, limit: int = 80) -> str:
    """A header value or reason phrase fit to quote in an error: one clean line, capped."""
    flat = " ".join(terminal_text(value).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def describe_error(exc: BaseException) -> str:
    """One plain sentence for a transport failure, fit for the feed health panel."""
    if isinstance(exc, httpx.TooManyRedirects):
        return "too many redirects"
    if isinstance(exc, httpx.UnsupportedProtocol):
        return "only http and https addresses can be fetched"
    if isinstance(exc, httpx.InvalidURL):
        return "the address is not a valid URL"
    if isinstance(exc, zlib.error | httpx.DecodingError):
        return "the response could not be decompressed"
    if isinstance(exc, httpx.TimeoutException):
        return "timed out waiting for the server"
    causes = list(_chain(exc))
    if any(isinstance(c, ssl.SSLCertVerificationError) for c in causes):
        return "the server's TLS certificate could not be verified"
    if any(isinstance(c, ssl.SSLError) for c in causes):
        return "the secure (TLS) connection failed"
    text = " ".join(str(c) for c in causes).lower()
    if any(isinstance(c, ConnectionRefusedError) for c in causes) or "refused" in text:
        return "connection refused"
    if (
        "name or service not known" in text
        or "nodename nor servname" in text
        or ("getaddrinfo" in text or "name resolution" in text)
    ):
        return "the host name could not be resolved"
    if isinstance(exc, httpx.RemoteProtocolError):
        return "the server broke the HTTP protocol (connection closed or invalid response)"
    if isinstance(exc, httpx.ConnectError):
        return "could not connect to the server"
    if any(getattr(c, "errno", None) in (errno.ECONNRESET, errno.EPIPE) for c in causes):
        return "the connection was reset"
    if isinstance(exc, httpx.NetworkError | OSError):
        return "network error"
    return f"unexpected error ({type(exc).__name__})"


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__

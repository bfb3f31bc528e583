"""A real HTTP server on 127.0.0.1 for tests that fetch: routes, 304s, slow bodies, redirects.

Tests talk to it over a socket exactly as the application talks to a publisher, so timeouts,
compression, conditional requests and redirect limits are exercised for real. It binds to the
loopback interface only, on a free port, and serves at most ``max_handlers`` requests at once.

Use the ``feed_server`` fixture (a started server, stopped after the test)::

    def test_x(feed_server: FeedServer) -> None:
        feed_server.route("/rss.xml", body=b"<rss/>", etag='"v1"')
        url = feed_server.url("/rss.xml")
"""

from __future__ import annotations

import contextlib
import gzip as gzip_module
import socket
import sys
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

import pytest


@dataclass
class RecordedRequest:
    """A request as the server saw it. Header names are lower-case.

    ``bytes_sent`` counts body bytes the server managed to write; it is final once
    ``FeedServer.wait_idle()`` returns.
    """

    method: str
    path: str
    query: str
    headers: dict[str, str]
    bytes_sent: int = 0
    completed: bool = False
    client: tuple[str, int] = ("", 0)
    """The client's address and port: requests on one connection share it."""


@dataclass(frozen=True)
class Response:
    """What a ``handler`` callable returns."""

    status: int = 200
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)


Handler = Callable[[RecordedRequest], Response]


@dataclass(frozen=True)
class Route:
    body: bytes = b""
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0
    slow_body: float | None = None
    chunk_size: int = 64 * 1024
    gzip: bool = False
    handler: Handler | None = None
    reason: str | None = None


class FeedServer:
    """A threaded HTTP/1.1 server with programmable routes; see ``route``."""

    def __init__(self, *, max_handlers: int = 32) -> None:
        self.requests: list[RecordedRequest] = []
        self._routes: dict[str, Route] = {}
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._in_flight = 0
        self._slots = threading.BoundedSemaphore(max_handlers)
        self.stopping = threading.Event()
        self._httpd = _Server(("127.0.0.1", 0), _RequestHandler)
        self._httpd.feed_server = self
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    def url(self, path: str = "/") -> str:
        """The absolute URL of ``path`` on this server."""
        return f"http://127.0.0.1:{self.port}{path}"

    def route(
        self,
        path: str,
        body: bytes | str = b"",
        *,
        status: int = 200,
        headers: Mapping[str, str] | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        delay: float = 0.0,
        slow_body: float | None = None,
        chunk_size: int = 64 * 1024,
        gzip: bool = False,
        handler: Handler | None = None,
        reason: str | None = None,
    ) -> None:
        """Serve ``path`` (matched with its query string first, then without).

        ``etag``/``last_modified`` are sent and honoured (If-None-Match, If-Modified-Since
        give 304). A ``Transfer-Encoding: chunked`` header makes the body go out chunked,
        without Content-Length. ``delay`` waits before the headers; ``slow_body`` waits that
        many seconds between chunks of ``chunk_size`` bytes. ``gzip`` compresses ``body`` and sets
        Content-Encoding. ``handler`` computes the whole response instead. ``reason`` replaces
        the status line's reason phrase (sent as Latin-1, as a hostile server might).
        """
        data = body.encode() if isinstance(body, str) else body
        self._routes[path] = Route(
            body=data,
            status=status,
            headers=dict(headers or {}),
            etag=etag,
            last_modified=last_modified,
            delay=delay,
            slow_body=slow_body,
            chunk_size=chunk_size,
            gzip=gzip,
            handler=handler,
            reason=reason,
        )

    def redirect(self, path: str, to: str, *, status: int = 302) -> None:
        """Answer ``path`` with a redirect to ``to`` (a path on this server, or a full URL)."""
        self.route(path, status=status, headers={"Location": to})

    def hits(self, path: str) -> int:
        """How many requests ``path`` has received."""
        with self._lock:
            return sum(1 for r in self.requests if r.path == path)

    def wait_idle(self, timeout: float = 5.0) -> None:
        """Block until no request is being served (every ``bytes_sent`` is final)."""
        with self._idle:
            if not self._idle.wait_for(lambda: self._in_flight == 0, timeout):
                raise TimeoutError("the test server is still serving a request")

    def start(self) -> FeedServer:
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop accepting, wake sleeping handlers and close the listening socket."""
        self.stopping.set()
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(timeout=5)
        self._httpd.server_close()

    def __enter__(self) -> FeedServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # Called from handler threads.
    def _lookup(self, path: str, query: str) -> Route | None:
        full = f"{path}?{query}" if query else path
        return self._routes.get(full) or self._routes.get(path)

    def _begin(self, request: RecordedRequest) -> None:
        self._slots.acquire()
        with self._lock:
            self.requests.append(request)
            self._in_flight += 1

    def _end(self, request: RecordedRequest) -> None:
        with self._idle:
            request.completed = True
            self._in_flight -= 1
            self._idle.notify_all()
        self._slots.release()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = False
    feed_server: FeedServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hangs up mid-response is what many tests do on purpose."""
        if isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            return
        super().handle_error(request, client_address)


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server
    timeout = 10  # idle keep-alive connections do not linger past a test run

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet: pytest shows the test's own output."""

    def setup(self) -> None:
        super().setup()
        # A small send buffer makes "how much did the server manage to send" meaningful:
        # the kernel cannot silently absorb megabytes on behalf of a client that stopped.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 32 * 1024)
        # Headers and body go out in separate writes; without this, Nagle's algorithm and
        # delayed ACKs add some 40 ms to every response.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_GET(self) -> None:
        self._serve(send_body=True)

    def do_HEAD(self) -> None:
        self._serve(send_body=False)

    def _serve(self, *, send_body: bool) -> None:
        owner = self.server.feed_server
        parts = urlsplit(self.path)
        request = RecordedRequest(
            method=self.command,
            path=parts.path,
            query=parts.query,
            headers={k.lower(): v for k, v in self.headers.items()},
            client=(str(self.client_address[0]), int(self.client_address[1])),
        )
        owner._begin(request)
        try:
            self._respond(owner, request, send_body=send_body)
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            self.close_connection = True
        finally:
            owner._end(request)

    def _respond(self, owner: FeedServer, request: RecordedRequest, *, send_body: bool) -> None:
        route = owner._lookup(request.path, request.query)
        if route is None:
            route = Route(body=b"not found", status=404, headers={"Content-Type": "text/plain"})
        if route.delay and owner.stopping.wait(route.delay):
            return
        if route.handler is not None:
            reply = route.handler(request)
            route = Route(
                body=reply.body, status=reply.status, headers=reply.headers, reason=route.reason
            )
        headers = dict(route.headers)
        body = route.body
        if route.etag is not None:
            headers["ETag"] = route.etag
        if route.last_modified is not None:
            headers["Last-Modified"] = route.last_modified
        status = 304 if _not_modified(route, request.headers) else route.status
        if status == 304:
            body = b""
        elif route.gzip:
            body = gzip_module.compress(body, mtime=0)
            headers["Content-Encoding"] = "gzip"
        location = headers.get("Location")
        if location and location.startswith("/"):
            headers["Location"] = owner.url(location)
        self.send_response(status, route.reason or _phrase(status))
        headers.setdefault("Content-Type", "application/xml")
        for name, value in headers.items():
            self.send_header(name, value)
        chunked = headers.get("Transfer-Encoding", "").lower() == "chunked"
        if not chunked:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body and status not in (204, 304):
            self._write_body(owner, request, route, body, chunked=chunked)

    def _write_body(
        self, owner: FeedServer, request: RecordedRequest, route: Route, body: bytes, *,
        chunked: bool,
    ) -> None:  # fmt: skip
        view = memoryview(body)
        for start in range(0, len(body), route.chunk_size):
            if start and route.slow_body and owner.stopping.wait(route.slow_body):
                self.close_connection = True
                return
            chunk = view[start : start + route.chunk_size]
            if chunked:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            else:
                self.wfile.write(chunk)
            self.wfile.flush()
            request.bytes_sent += len(chunk)
        if chunked:
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def _not_modified(route: Route, headers: Mapping[str, str]) -> bool:
    """RFC 9110: If-None-Match wins over If-Modified-Since when both are present."""
    if route.etag is not None and "if-none-match" in headers:
        tags = [t.strip() for t in headers["if-none-match"].split(",")]
        return route.etag in tags or "*" in tags
    if route.last_modified is not None and "if-modified-since" in headers:
        try:
            since = parsedate_to_datetime(headers["if-modified-since"])
            modified = parsedate_to_datetime(route.last_modified)
        except (TypeError, ValueError):
            return headers["if-modified-since"] == route.last_modified
        return modified <= since
    return False


def unused_port() -> int:
    """A loopback port with nothing listening on it (for "connection refused")."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    """A started FeedServer, stopped when the test ends."""
    server = FeedServer().start()
    try:
        yield server
    finally:
        with contextlib.suppress(Exception):
            server.stop()

"""HTTP plumbing of the demo server: routing, conditional GET, gzip, silence.

Kept apart from `DemoServer` (lifecycle and timeline) so that each reads on its own; the
handler only asks the server for the clock, the timeline and the scenario.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import socket
import threading
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

from demo.render import http_date, render_feed, render_index, render_item_page

if TYPE_CHECKING:
    from demo.server import DemoServer

_CONTENT_TYPES = {
    "rss": "application/rss+xml; charset=utf-8",
    "atom": "application/atom+xml; charset=utf-8",
}


class DemoHTTPServer(ThreadingHTTPServer):
    """Tracks open connections so that stop() also ends idle keep-alive ones.

    Without that a client's pooled connection would outlive the server and be answered by a
    handler thread of a stopped demo.
    """

    daemon_threads = True

    def __init__(
        self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler], demo: DemoServer
    ) -> None:
        self.demo = demo
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Swallow client disconnects and the like: a traceback would corrupt the dashboard."""


class FeedHandler(BaseHTTPRequestHandler):
    server: DemoHTTPServer
    protocol_version = "HTTP/1.1"
    server_version = "sitrep-demo/1"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:
        """Silence the default access log on stderr."""

    def do_HEAD(self) -> None:
        self._respond(send_body=False)

    def do_GET(self) -> None:
        self._respond(send_body=True)

    def _respond(self, *, send_body: bool) -> None:
        demo = self.server.demo
        now = demo.now()
        timeline = demo.timeline
        path, _, query = self.path.partition("?")
        base_url = demo.base_url
        if path in ("/", "/index.html"):
            self._send(
                HTTPStatus.OK,
                "text/html; charset=utf-8",
                render_index(demo.scenario.outlets, base_url),
                send_body=send_body,
            )
            return
        for outlet in demo.scenario.outlets:
            if path == outlet.path:
                entries = timeline.entries(outlet.key, now)
                changed = max((e.updated for e in entries), default=timeline.origin)
                body = render_feed(outlet, entries, base_url, changed)
                self._send_cached(_CONTENT_TYPES[outlet.format], body, changed, send_body)
                return
        if path.startswith("/item/") and path[6:].isdigit():
            number = int(path[6:])
            item = next((i for i in demo.scenario.items if i.number == number), None)
            asked = query.removeprefix("replay=")
            replay = int(asked) if query.startswith("replay=") and asked.isdigit() else 0
            entry = timeline.entry(item, now, replay) if item is not None else None
            if item is not None and entry is not None:
                page = render_item_page(demo.scenario.outlet(item.outlet), entry)
                self._send(HTTPStatus.OK, "text/html; charset=utf-8", page, send_body=send_body)
                return
        self._send(
            HTTPStatus.NOT_FOUND, "text/plain; charset=utf-8", b"not found\n", send_body=send_body
        )

    def _send_cached(
        self, content_type: str, body: bytes, changed: datetime, send_body: bool
    ) -> None:
        """Answer with validators, or 304 when the client's copy is current.

        If-None-Match wins over If-Modified-Since (RFC 9110 13.2.2): a second has room for
        several demo releases, an ETag has not.
        """
        encoding = "gzip" if "gzip" in self.headers.get("Accept-Encoding", "") else None
        etag = '"' + hashlib.sha256(body).hexdigest()[:20] + ("-gz" if encoding else "") + '"'
        headers = {"ETag": etag, "Last-Modified": http_date(changed), "Vary": "Accept-Encoding"}
        if self._not_modified(etag, changed):
            self._send(HTTPStatus.NOT_MODIFIED, None, b"", send_body=False, headers=headers)
            return
        if encoding:
            body = gzip.compress(body, mtime=0)
            headers["Content-Encoding"] = encoding
        self._send(HTTPStatus.OK, content_type, body, send_body=send_body, headers=headers)

    def _not_modified(self, etag: str, changed: datetime) -> bool:
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
            return "*" in tags or etag in tags
        if_modified_since = self.headers.get("If-Modified-Since")
        if if_modified_since:
            try:
                since = parsedate_to_datetime(if_modified_since)
            except (TypeError, ValueError):
                return False
            if since.tzinfo is None:
                since = since.replace(tzinfo=UTC)
            return changed.replace(microsecond=0) <= since
        return False

    def _send(
        self,
        status: HTTPStatus,
        content_type: str | None,
        body: bytes,
        *,
        send_body: bool,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        if content_type is not None:
            self.send_header("Content-Type", content_type)
        if status != HTTPStatus.NOT_MODIFIED:
            self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if send_body:
            self.wfile.write(body)

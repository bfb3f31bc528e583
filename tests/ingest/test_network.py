"""The poller's client on asyncio's streams (`ingest.network`): kept-alive connections a server
closed, TLS and its failures, against real servers on 127.0.0.1."""

from __future__ import annotations

import asyncio
import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ingest import fetch
from ingest.fetch import fetch_feed, make_client
from ingest.network import AsyncioBackend

RSS = b"<rss version='2.0'><channel><title>T</title></channel></rss>"
OK = b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: %d\r\n\r\n%s" % (
    len(RSS),
    RSS,
)


def read_request(conn: socket.socket) -> bytes:
    """One request's head, or b"" when the client closed the connection first."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(4096)
        if not chunk:
            break
        data += chunk
    return data


class OneShotServer:
    """Answers one request per connection, keep-alive as far as the client can tell, then
    closes the connection (as servers do with idle ones, without saying so)."""

    def __init__(self, wrap: Callable[[socket.socket], socket.socket] = lambda s: s) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.wrap = wrap
        self.connections = 0
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.listener.getsockname()[1]}/feed.xml"

    def _serve(self) -> None:
        while True:
            try:
                raw, _ = self.listener.accept()
            except OSError:
                return
            self.connections += 1
            try:
                with self.wrap(raw) as conn:
                    self.answer(conn)
            except (OSError, ssl.SSLError):
                continue

    def answer(self, conn: socket.socket) -> None:
        if read_request(conn):
            conn.sendall(OK)

    def close(self) -> None:
        self.listener.close()


@pytest.fixture
def one_shot() -> Iterator[OneShotServer]:
    server = OneShotServer()
    yield server
    server.close()


def test_the_client_uses_the_asyncio_streams() -> None:
    client = make_client(user_agent="t", max_redirects=1)
    assert isinstance(client._transport._pool._network_backend, AsyncioBackend)  # type: ignore[attr-defined]


@pytest.mark.parametrize("pause", [0.0, 0.2])
async def test_a_connection_the_server_closed_is_not_reused(
    one_shot: OneShotServer, pause: float
) -> None:
    async with make_client(user_agent="t", max_redirects=1) as client:
        for _ in range(3):
            result = await fetch_feed(client, one_shot.url, deadline=5, max_bytes=10_000)
            assert (result.error, result.body) == (None, RSS)
            await asyncio.sleep(pause)
    assert one_shot.connections == 3


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


@pytest.fixture
def tls_server(certificate: tuple[Path, Path]) -> Iterator[OneShotServer]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*certificate)
    server = OneShotServer(lambda raw: context.wrap_socket(raw, server_side=True))
    yield server
    server.close()


async def test_a_feed_over_tls(
    tls_server: OneShotServer, certificate: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fetch, "_tls_context", ssl.create_default_context(cafile=certificate[0]))
    url = tls_server.url.replace("http:", "https:")
    async with make_client(user_agent="t", max_redirects=1) as client:
        result = await fetch_feed(client, url, deadline=5, max_bytes=10_000)
    assert (result.error, result.status, result.body) == (None, 200, RSS)


async def test_a_certificate_nobody_signed_is_refused(tls_server: OneShotServer) -> None:
    url = tls_server.url.replace("http:", "https:")
    async with make_client(user_agent="t", max_redirects=1) as client:
        result = await fetch_feed(client, url, deadline=5, max_bytes=10_000)
    assert (result.error, result.body) == (
        "the server's TLS certificate could not be verified",
        None,
    )


class StaleServer(OneShotServer):
    """Answers the first request of a connection, then reads the next one and closes the
    connection without a word: a kept-alive connection that went stale as it was reused."""

    def answer(self, conn: socket.socket) -> None:
        if read_request(conn):
            conn.sendall(OK)
            read_request(conn)  # the next request, left without an answer


async def test_a_get_on_a_connection_that_went_stale_is_sent_again() -> None:
    server = StaleServer()
    try:
        async with make_client(user_agent="t", max_redirects=1) as client:
            for _ in range(3):
                result = await fetch_feed(client, server.url, deadline=5, max_bytes=10_000)
                assert (result.error, result.body) == (None, RSS)
        assert server.connections == 3  # each stale reuse was followed by a new connection
    finally:
        server.close()


async def test_many_requests_at_once_find_the_closed_idle_connections_together(
    one_shot: OneShotServer,
) -> None:
    """Requests that start together each find the same idle connections closed by the server;
    dropping them while others run must never fail a feed (a `ValueError` from the idle list
    failed two feeds of a thousand polled at once)."""
    async with make_client(user_agent="t", max_redirects=1) as client:

        async def get() -> fetch.FetchResult:
            return await fetch_feed(client, one_shot.url, deadline=10, max_bytes=10_000)

        first = await asyncio.gather(*(get() for _ in range(6)))
        await asyncio.sleep(0.2)  # the server has closed all six by now
        second = await asyncio.gather(*(get() for _ in range(6)))
    assert [(r.error, r.body) for r in first + second] == [(None, RSS)] * 12

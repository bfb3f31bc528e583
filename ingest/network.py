"""httpcore's network layer on asyncio's own streams, for the poller's one client.

httpx sends through httpcore, whose default network layer under asyncio is anyio's: each read
and write goes through its streams, cancel scopes and checkpoints, and the connection pool
asks every idle connection whether the server has closed it, several times per request,
through an attribute lookup that builds a dictionary each time. In a pass where every feed
answers 304 that was a quarter of the poller's time. `AsyncioBackend` gives httpcore the same
connections on asyncio's `StreamReader`/`StreamWriter` (TLS by `StreamWriter.start_tls`),
with the same exceptions, so httpx maps errors exactly as before.
"""

# The methods take `timeout` arguments because httpcore's interface has them.
# ruff: noqa: ASYNC109

from __future__ import annotations

import asyncio
import select
import socket
import ssl
from collections.abc import AsyncIterable, AsyncIterator, Coroutine, Iterable
from typing import Any

import httpcore

HAPPY_EYEBALLS_DELAY = 0.25
"""Seconds before another address of a host is tried in parallel (anyio's value)."""


def _readable(sock: Any) -> bool:
    """Would a read return at once (data, or the end of the stream)? A socket already closed
    counts as readable: its next read ends the stream."""
    fd = sock.fileno() if sock is not None else -1
    if fd < 0:
        return True
    poll = select.poll()
    poll.register(fd, select.POLLIN)
    return bool(poll.poll(0))


class AsyncioStream(httpcore.AsyncNetworkStream):
    """One connection: plain TCP, or TLS once `start_tls` has run."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._reader = reader
        self._writer = writer

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            async with asyncio.timeout(timeout):
                return await self._reader.read(max_bytes)
        except TimeoutError as exc:
            raise httpcore.ReadTimeout(str(exc)) from exc
        except OSError as exc:
            raise httpcore.ReadError(str(exc)) from exc

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        try:
            async with asyncio.timeout(timeout):
                self._writer.write(buffer)
                await self._writer.drain()
        except TimeoutError as exc:
            raise httpcore.WriteTimeout(str(exc)) from exc
        except OSError as exc:
            raise httpcore.WriteError(str(exc)) from exc

    async def aclose(self) -> None:
        # As anyio does: close, let the loop run once so that the socket really closes
        # (asyncio closes it in a callback), then drop whatever was still to be written. A
        # server still sending a refused body sees the connection go at once.
        transport = self._writer.transport
        if not transport.is_closing():
            transport.close()
            await asyncio.sleep(0)
            transport.abort()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                await self._writer.start_tls(ssl_context, server_hostname=server_hostname)
        except TimeoutError as exc:
            self._writer.close()
            raise httpcore.ConnectTimeout(str(exc)) from exc
        except (OSError, ssl.SSLError) as exc:
            self._writer.close()
            raise httpcore.ConnectError(str(exc)) from exc
        return self

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":
            # Asked of every idle connection before it is reused: has the server closed it?
            # An end the loop has read already is in the reader; one it has not, in the socket.
            if self._reader.at_eof() or self._reader.exception() is not None:
                return True
            return _readable(self._writer.get_extra_info("socket"))
        if info == "ssl_object":
            return self._writer.get_extra_info("ssl_object")
        if info == "client_addr":
            return self._writer.get_extra_info("sockname")
        if info == "server_addr":
            return self._writer.get_extra_info("peername")
        if info == "socket":
            return self._writer.get_extra_info("socket")
        return None


async def _stream(
    opening: Coroutine[Any, Any, tuple[asyncio.StreamReader, asyncio.StreamWriter]],
    timeout: float | None,
    socket_options: Iterable[Any] | None,
) -> AsyncioStream:
    """A connection being opened, as a stream, its failures as httpcore's errors."""
    try:
        async with asyncio.timeout(timeout):
            reader, writer = await opening
    except TimeoutError as exc:
        raise httpcore.ConnectTimeout(str(exc)) from exc
    except OSError as exc:
        raise httpcore.ConnectError(str(exc)) from exc
    _set_options(writer, socket_options)
    return AsyncioStream(reader, writer)


class AsyncioBackend(httpcore.AsyncNetworkBackend):
    """Opens `AsyncioStream`s: happy eyeballs across a host's addresses, TCP_NODELAY (asyncio's
    default), connection failures as httpcore's ConnectError and ConnectTimeout."""

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        opening = asyncio.open_connection(
            host,
            port,
            happy_eyeballs_delay=HAPPY_EYEBALLS_DELAY,
            local_addr=(local_address, 0) if local_address else None,
        )
        return await _stream(opening, timeout, socket_options)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        return await _stream(asyncio.open_unix_connection(path), timeout, socket_options)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


def _set_options(writer: asyncio.StreamWriter, options: Iterable[Any] | None) -> None:
    sock: socket.socket | None = writer.get_extra_info("socket")
    for option in options or ():
        if sock is not None:
            sock.setsockopt(*option)


class _Connection(httpcore.AsyncHTTP11Connection):
    """httpcore's HTTP/1.1 connection with an asyncio lock around its state: httpcore's own
    goes through anyio (a checkpoint on the loop for each acquire, and anyio's asyncio
    backend imported for the first), twice a request, for a connection only one request
    uses at a time."""

    def __init__(
        self, origin: httpcore.Origin, stream: httpcore.AsyncNetworkStream, expiry: float | None
    ) -> None:
        super().__init__(origin=origin, stream=stream, keepalive_expiry=expiry)
        self._state_lock = asyncio.Lock()  # type: ignore[assignment]


class ConnectionPool:
    """The poller's connection pool: HTTP/1.1 only, a list of idle kept-alive connections,
    and at most `max_connections` requests at once.

    httpcore's pool re-examines every connection and every queued request whenever a request
    starts or ends (each check of an idle connection a system call), through anyio events and
    locks; with 16 kept-alive connections that was a third of the poller's time in a pass
    where every feed answers 304. Here a request takes the most recently used idle connection
    to its origin that the server has not closed (else opens one), and gives it back when its
    response is closed. Connections never exceed `max_connections` (an idle one is closed to
    make room), idle ones `max_keepalive_connections`; an idle connection expires after
    `keepalive_expiry` seconds, or as soon as its server closes it.
    """

    def __init__(
        self,
        *,
        ssl_context: ssl.SSLContext,
        max_connections: int,
        max_keepalive_connections: int,
        keepalive_expiry: float | None,
        network_backend: httpcore.AsyncNetworkBackend,
    ) -> None:
        self._ssl_context = ssl_context
        self._network_backend = network_backend
        self._max_connections = max(1, max_connections)
        self._max_keepalive = max_keepalive_connections
        self._keepalive_expiry = keepalive_expiry
        self._idle: list[_Connection] = []
        """Idle connections, the most recently used last."""
        self._active: set[_Connection] = set()
        self._slots: asyncio.Semaphore | None = None
        self._alpn_set = False

    async def handle_async_request(self, request: httpcore.Request) -> httpcore.Response:
        scheme = request.url.scheme.decode()
        if scheme == "":
            raise httpcore.UnsupportedProtocol(
                "Request URL is missing an 'http://' or 'https://' protocol."
            )
        if scheme not in ("http", "https"):
            raise httpcore.UnsupportedProtocol(
                f"Request URL has an unsupported protocol '{scheme}://'."
            )
        timeouts = request.extensions.get("timeout", {})
        if self._slots is None:
            self._slots = asyncio.Semaphore(self._max_connections)
        try:
            async with asyncio.timeout(timeouts.get("pool")):
                await self._slots.acquire()
        except TimeoutError as exc:
            raise httpcore.PoolTimeout(str(exc)) from exc
        connection: _Connection | None = None
        try:
            origin = request.url.origin
            while True:
                connection = await self._reuse(origin)
                if connection is None:
                    connection = await self._connect(origin, request)
                self._active.add(connection)
                try:
                    response = await connection.handle_async_request(request)
                except httpcore.ConnectionNotAvailable:
                    self._active.discard(connection)
                    continue
                break
        except BaseException:
            if connection is not None:
                self._active.discard(connection)
            self._slots.release()
            raise
        assert isinstance(response.stream, AsyncIterable)
        return httpcore.Response(
            status=response.status,
            headers=response.headers,
            content=_PoolStream(response.stream, connection, self),
            extensions=response.extensions,
        )

    async def _reuse(self, origin: httpcore.Origin) -> _Connection | None:
        """The most recently used idle connection to `origin` still open, if any; idle
        connections found closed or expired on the way are dropped.

        The idle list is changed before the first await: closing a connection lets other
        requests run, which take and drop idle connections of their own, and a connection this
        one had picked could be gone from the list by the time it came back to remove it (a
        `ValueError` that failed a feed of a thousand polled at once)."""
        closing = []
        found = None
        for connection in reversed(self._idle):
            if connection.is_closed() or connection.has_expired():
                closing.append(connection)
            elif connection.can_handle_request(origin):
                found = connection
                break
        for connection in closing:
            self._idle.remove(connection)
        if found is not None:
            self._idle.remove(found)
        for connection in closing:
            await connection.aclose()
        return found

    async def _connect(self, origin: httpcore.Origin, request: httpcore.Request) -> _Connection:
        """A new connection (TCP, then TLS for https), as httpcore's would be, once there is
        room for it: the least recently used idle connection is closed if there is not."""
        while self._idle and len(self._idle) + len(self._active) >= self._max_connections:
            await self._idle.pop(0).aclose()
        timeout = request.extensions.get("timeout", {}).get("connect")
        host = origin.host.decode("ascii")
        stream = await self._network_backend.connect_tcp(host, origin.port, timeout=timeout)
        if origin.scheme == b"https":
            if not self._alpn_set:
                self._ssl_context.set_alpn_protocols(["http/1.1"])
                self._alpn_set = True
            try:
                stream = await stream.start_tls(
                    self._ssl_context,
                    server_hostname=request.extensions.get("sni_hostname") or host,
                    timeout=timeout,
                )
            except BaseException:
                await stream.aclose()
                raise
        return _Connection(origin, stream, self._keepalive_expiry)

    async def _release(self, connection: _Connection) -> None:
        """A response was closed: its connection goes back to the idle list if it can serve
        another request (httpcore closed it otherwise)."""
        self._active.discard(connection)
        if self._slots is not None:
            self._slots.release()
        if connection.is_idle():
            self._idle.append(connection)
            while len(self._idle) > self._max_keepalive:
                await self._idle.pop(0).aclose()

    async def aclose(self) -> None:
        connections = [*self._idle, *self._active]
        self._idle, self._active = [], set()
        for connection in connections:
            await connection.aclose()

    async def __aenter__(self) -> ConnectionPool:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


class _PoolStream:
    """A response's body; closing it gives its connection back to the pool."""

    def __init__(
        self, stream: AsyncIterable[bytes], connection: _Connection, pool: ConnectionPool
    ) -> None:
        self._stream = stream
        self._connection = connection
        self._pool = pool
        self._closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for part in self._stream:
                yield part
        except BaseException:
            await self.aclose()
            raise

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            close = getattr(self._stream, "aclose", None)
            if close is not None:
                await close()
        finally:
            await self._pool._release(self._connection)

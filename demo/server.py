"""The local replay server behind `sitrep demo`: synthetic feeds on 127.0.0.1, released live.

It behaves like a well-mannered publisher so that the demo exercises the real fetch path:
proper Content-Type, ETag and Last-Modified, 304 answers to conditional GETs when nothing new
is out, gzip when asked. It never writes to stderr, because the dashboard owns the terminal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import Self

from demo.handler import DemoHTTPServer, FeedHandler
from demo.scenario import Scenario, load_scenario
from demo.timeline import Timeline

Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


class DemoServer:
    """Serves the scenario's feeds from a daemon thread; start() / stop() or `with`.

    `speed` compresses the live part of the timeline (2.0 releases items twice as fast);
    `now` is the clock every request reads, so tests move time instead of sleeping.
    """

    def __init__(
        self,
        scenario: Scenario | None = None,
        *,
        speed: float = 1.0,
        now: Clock = _utc_now,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive")
        self.scenario = scenario or load_scenario()
        self.speed = speed
        self._now = now
        self._address = (host, port)
        self._lock = threading.Lock()
        self._timeline: Timeline | None = None
        self._httpd: DemoHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> Self:
        """Bind a free port, fix the timeline's origin at the clock's now, and serve."""
        if self._httpd is not None:
            raise RuntimeError("the demo server is already running")
        origin = self.now()
        self._timeline = Timeline(self.scenario, origin, self.speed)
        self._httpd = DemoHTTPServer(self._address, FeedHandler, self)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.1},
            name="sitrep-demo-server",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and free the port; safe to call twice."""
        httpd, thread = self._httpd, self._thread
        self._httpd = self._thread = None
        if httpd is not None:
            httpd.shutdown()
            httpd.server_close()
            httpd.close_connections()
        if thread is not None:
            thread.join()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- what it serves ----------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        if self._httpd is None:
            raise RuntimeError("the demo server is not running")
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def feed_urls(self) -> dict[str, str]:
        """Each outlet's feed URL, keyed by the outlet's display title."""
        return {outlet.title: self.base_url + outlet.path for outlet in self.scenario.outlets}

    @property
    def timeline(self) -> Timeline:
        with self._lock:
            if self._timeline is None:
                raise RuntimeError("the demo server is not running")
            return self._timeline

    def now(self) -> datetime:
        moment = self._now()
        if moment.tzinfo is None:
            raise ValueError("the demo clock must return timezone-aware datetimes")
        return moment

    def release_all(self) -> None:
        """Release every live item and revision now, keeping their spacing and order.

        The timeline's origin moves back so that the last event falls at the clock's now: the
        items get published times in the recent past, as if the demo had been running.
        """
        with self._lock:
            if self._timeline is None:
                raise RuntimeError("the demo server is not running")
            timeline = self._timeline
            late = timeline.finished_by() - self.now()
            if late > timedelta(0):
                self._timeline = Timeline(self.scenario, timeline.origin - late, self.speed)

    def pending(self) -> int:
        """Items and revisions not yet released."""
        return self.timeline.pending(self.now())

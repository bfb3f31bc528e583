"""The publishers of the soak runs: many feeds whose items change, and some of which misbehave.

Run in its own process (`python -m bench._soak_server FEEDS ITEMS SEED`, printing `ready
PORT`, serving until stdin closes) on 127.0.0.1, so that what the poller costs is measured
apart from it. The soak scripts drive it over HTTP:

- `GET /feed/N.xml`: feed N as RSS 2.0, with an ETag (a hash of the body) and Last-Modified,
  answering 304 to a matching conditional request; or whatever its current mode says;
- `GET /_soak/tick?feeds=K&seed=S`: publish a change in K feeds: a new item (the oldest drops
  out past ITEMS), and now and then an edit of a listed item (its title and summary change:
  a new version);
- `GET /_soak/time?t=T`: move the simulated clock to T (epoch seconds): every feed publishes
  the items due by then (each has its own pace) and takes the mode its schedule gives at T;
- `GET /_soak/modes?seed=S&share=F&hours=H&start=T`: give a share F of the feeds a schedule
  of bad, slow and hostile spells over H hours from T;
- `GET /_soak/state`: every feed's ETag and its listed items (key, title);
- `GET /_soak/body?etag=E`: the items (key, title) of the body that had ETag E;
- `GET /_soak/ever`: every key each feed has ever listed;
- `GET /_soak/stats`: requests by mode since the last call.

Items tell of the incidents of `bench.poll`'s synthetic war week (real towns from the bundled
gazetteer, a few big stories reported by many outlets).

Modes: `ok`; bad: `http500`, `http404`, `gone` (410), `html` (a web page), `truncated` (broken
XML), `empty`; slow: `stall` (no answer for a minute), `drip` (a byte a second), `late`
(answers after 1.5 s); hostile: `bomb` (gzip of 100 MB of zeros), `huge` (12 MB), `loop`
(redirects to itself), `laughs` (entity expansion), `escapes` (titles with OSC 52, screen-
clearing CSI, bidi overrides, C1 controls and markup), `comments` (`&lt;![` and `&lt;!--`
repeated in descriptions), `flood` (5,000 items), `throttle` (429 with Retry-After: 2 hours),
`dates` (impossible and far-future dates).
"""

from __future__ import annotations

import asyncio
import functools
import gzip
import hashlib
import json
import random
import sys
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape

from bench.poll import NewsWeek

BAD = ("http500", "http404", "gone", "html", "truncated", "empty")
SLOW = ("stall", "drip", "late")
HOSTILE = (
    "bomb",
    "huge",
    "loop",
    "laughs",
    "escapes",
    "comments",
    "flood",
    "throttle",
    "dates",
)
CLASS_OF = {**dict.fromkeys(BAD, "bad"), **dict.fromkeys(SLOW, "slow")}
CLASS_OF.update(dict.fromkeys(HOSTILE, "hostile"))


@dataclass
class Item:
    key: str
    title: str
    summary: str
    published: float
    version: int = 1

    def xml(self, extra: str = "") -> str:
        when = format_datetime(datetime.fromtimestamp(self.published, UTC), usegmt=True)
        return (
            f"<item><title>{escape(self.title)}</title>"
            f"<link>https://soak.example/{self.key}</link><guid>{self.key}</guid>"
            f"<description>{escape(self.summary)}{extra}</description>"
            f"<pubDate>{when}</pubDate></item>"
        )


@dataclass
class Spell:
    mode: str
    start: float
    end: float


@dataclass
class Feed:
    index: int
    items: list[Item] = field(default_factory=list)  # newest first
    serial: int = 0
    pace: float = 3600.0
    next_item: float = 0.0
    spells: list[Spell] = field(default_factory=list)
    mode: str = "ok"
    ever: set[str] = field(default_factory=set)
    _body: bytes | None = None
    etag: str = ""
    modified: float = 0.0


class Site:
    """Every feed, its items, its modes, and the bodies served so far (by ETag)."""

    def __init__(self, feeds: int, items: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.max_items = items
        self.now = datetime.now(UTC).timestamp()
        # The incidents of a war week in real places, with a few big stories (`bench.poll`).
        self.week = NewsWeek(seed, max(40, feeds * items // 8), datetime.now(UTC))
        self.feeds = [Feed(i) for i in range(feeds)]
        self.bodies: dict[str, list[tuple[str, str]]] = {}
        self.stats: dict[str, int] = {}
        for feed in self.feeds:
            feed.pace = self.rng.uniform(20 * 60, 3 * 3600)
            feed.next_item = self.now + self.rng.uniform(0, feed.pace)
            for age in range(items, 0, -1):
                self._publish(feed, self.now - age * feed.pace)

    # Content ----------------------------------------------------------------------------

    def _text(self, feed: Feed, serial: int, version: int) -> tuple[str, str]:
        """One report of an incident of the week (several outlets report each, so stories
        and events form as in real news), the same text for the same feed, serial and
        version."""
        rng = random.Random(feed.index * 1_000_003 + serial * 101 + version)
        incident = rng.choices(self.week.incidents, self.week.coverage)[0]
        town, area = incident.town.name, incident.town.area
        what, noun = incident.weapon
        killed = max(1, incident.killed - rng.randint(0, incident.killed // 3))
        title = f"{noun.capitalize()} kills {killed} in {town} (report {serial}, v{version})"
        summary = (
            f"At least {killed} {incident.victims} were killed in {what} on {town}, {area}, "
            f"local officials said. Update {version} of report {serial} from outlet "
            f"{feed.index}."
        )
        return title, summary

    def _publish(self, feed: Feed, when: float) -> None:
        feed.serial += 1
        key = f"f{feed.index}-i{feed.serial}"
        title, summary = self._text(feed, feed.serial, 1)
        feed.items.insert(0, Item(key, title, summary, when))
        del feed.items[self.max_items :]
        feed.ever.add(key)
        feed._body = None

    def _edit(self, feed: Feed) -> None:
        item = self.rng.choice(feed.items)
        item.version += 1
        serial = int(item.key.rsplit("i", 1)[1])
        item.title, item.summary = self._text(feed, serial, item.version)
        feed._body = None

    def tick(self, count: int, seed: int) -> dict[str, int]:
        rng = random.Random(seed)
        edits = 0
        chosen = rng.sample(self.feeds, min(count, len(self.feeds)))
        for feed in chosen:
            self._publish(feed, datetime.now(UTC).timestamp())
            if rng.random() < 0.3:
                self._edit(feed)
                edits += 1
        return {"feeds": len(chosen), "edits": edits}

    def advance(self, t: float) -> dict[str, int]:
        """Move the simulated clock: due items are published, modes follow their spells."""
        published = 0
        self.now = max(self.now, t)
        for feed in self.feeds:
            while feed.next_item <= self.now:
                self._publish(feed, feed.next_item)
                published += 1
                feed.next_item += feed.pace * self.rng.uniform(0.5, 1.5)
            mode = "ok"
            for spell in feed.spells:
                if spell.start <= self.now < spell.end:
                    mode = spell.mode
            feed.mode = mode
        return {"published": published}

    def schedule(self, seed: int, share: float, hours: float, start: float) -> dict[str, int]:
        """Give a share of the feeds spells of misbehaviour over the next `hours`."""
        rng = random.Random(seed)
        counts: dict[str, int] = {}
        chosen = rng.sample(self.feeds, int(len(self.feeds) * share))
        for feed in chosen:
            kind = rng.choices((BAD, SLOW, HOSTILE), weights=(5, 2, 3))[0]
            mode = rng.choice(kind)
            begin = start + rng.uniform(0.5, hours - 1) * 3600
            length = 10 * 24 * 3600 if mode == "gone" else rng.uniform(1, 8) * 3600
            feed.spells.append(Spell(mode, begin, begin + length))
            counts[CLASS_OF[mode]] = counts.get(CLASS_OF[mode], 0) + 1
        return counts

    # Rendering --------------------------------------------------------------------------

    def body(self, feed: Feed) -> bytes:
        if feed._body is None:
            head = (
                '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
                f"<title>Soak outlet {feed.index}</title>"
                f"<link>https://soak.example/{feed.index}/</link>"
                "<description>soak</description>"
            )
            feed._body = (
                head + "".join(i.xml() for i in feed.items) + "</channel></rss>\n"
            ).encode()
            digest = hashlib.sha1(feed._body, usedforsecurity=False).hexdigest()[:20]
            feed.etag = f'"{digest}"'
            feed.modified = float(int(max(feed.modified + 1, datetime.now(UTC).timestamp())))
            self.bodies[feed.etag] = [(i.key, i.title) for i in feed.items]
        return feed._body

    def state(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for feed in self.feeds:
            self.body(feed)
            out[str(feed.index)] = {
                "etag": feed.etag,
                "items": [(i.key, i.title) for i in feed.items],
                "mode": feed.mode,
            }
        return out


# Hostile bodies, made once, in the server process only ---------------------------------------


@functools.cache
def _bomb() -> bytes:
    return gzip.compress(b"\0" * 100_000_000, compresslevel=9)


@functools.cache
def _huge() -> bytes:
    return b"<rss><channel>" + b"<item><title>x</title></item>" * 420_000 + b"</channel></rss>"


_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
        for n in range(1, 10)
    )
    + b']><rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title>'
    b"<guid>laughs</guid></item></channel></rss>"
)
_HTML = b"<!doctype html><html><head><title>Sign in</title></head><body>Log in</body></html>"


def _hostile_items(site: Site, feed: Feed, mode: str) -> bytes:
    """The feed's own items, made hostile."""
    parts = []
    for item in feed.items:
        if mode == "escapes":
            evil = Item(
                item.key,
                f"\x1b]52;c;aGFja2Vk\x07\x1b[2J\u202e{item.title}\x9b31m [bold]x[/]",
                f"\x1b]0;owned\x07{item.summary} [@click=app.quit]q[/]",
                item.published,
            )
            parts.append(evil.xml())
        elif mode == "comments":
            parts.append(item.xml(extra=escape("&lt;![" + "&lt;!--" * 20_000)))
        elif mode == "dates":
            parts.append(
                item.xml()
                .replace("<pubDate>", "<pubDate>Mon, 99 Foo 20999 ")
                .replace("</pubDate>", " xx</pubDate>")
            )
        else:
            parts.append(item.xml())
    if mode == "flood":
        base = feed.items[0] if feed.items else Item("x", "x", "x", site.now)
        for n in range(5000):
            parts.append(
                Item(f"{feed.index}-flood-{n}", f"{base.title} #{n}", "", base.published).xml()
            )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Soak outlet {feed.index}</title>" + "".join(parts) + "</channel></rss>"
    ).encode()


# The HTTP server ---------------------------------------------------------------------------

Reply = tuple[int, dict[str, str], bytes]


def _not_modified(feed: Feed, headers: dict[str, str]) -> bool:
    tags = headers.get("if-none-match")
    if tags is not None:
        return any(t.strip() == feed.etag for t in tags.split(","))
    since = headers.get("if-modified-since")
    if since:
        try:
            return feed.modified <= parsedate_to_datetime(since).timestamp()
        except (TypeError, ValueError, IndexError, OverflowError):
            return False
    return False


def feed_reply(site: Site, feed: Feed, path: str, headers: dict[str, str]) -> Reply | str:
    """The reply for a feed, or the name of a slow behaviour for the connection to carry out."""
    mode = feed.mode
    site.stats[mode] = site.stats.get(mode, 0) + 1
    rss = {"Content-Type": "application/rss+xml; charset=utf-8"}
    if mode in ("stall", "drip", "late"):
        return mode
    if mode == "http500":
        return 500, {}, b"oops"
    if mode == "http404":
        return 404, {}, b"not found"
    if mode == "gone":
        return 410, {}, b"gone"
    if mode == "html":
        return 200, {"Content-Type": "text/html"}, _HTML
    if mode == "empty":
        return 200, rss, b""
    if mode == "truncated":
        body = site.body(feed)
        return 200, rss, body[: len(body) // 2]
    if mode == "bomb":
        return 200, {**rss, "Content-Encoding": "gzip"}, _bomb()
    if mode == "huge":
        return 200, rss, _huge()
    if mode == "loop":
        return 302, {"Location": f"{path}?again"}, b""
    if mode == "laughs":
        return 200, rss, _LAUGHS
    if mode == "throttle":
        return 429, {"Retry-After": "7200"}, b"slow down"
    if mode in ("escapes", "comments", "flood", "dates"):
        return 200, rss, _hostile_items(site, feed, mode)
    body = site.body(feed)
    extra = {
        **rss,
        "ETag": feed.etag,
        "Last-Modified": format_datetime(datetime.fromtimestamp(feed.modified, UTC), True),
    }
    if _not_modified(feed, headers):
        return 304, extra, b""
    return 200, extra, body


def control(site: Site, path: str, query: dict[str, list[str]]) -> Reply:
    def arg(name: str, default: str = "0") -> str:
        return query.get(name, [default])[0]

    result: object
    if path == "/_soak/tick":
        result = site.tick(int(arg("feeds", "1")), int(arg("seed")))
    elif path == "/_soak/time":
        result = site.advance(float(arg("t")))
    elif path == "/_soak/modes":
        result = site.schedule(
            int(arg("seed")), float(arg("share")), float(arg("hours", "24")), float(arg("start"))
        )
    elif path == "/_soak/state":
        result = site.state()
    elif path == "/_soak/body":
        result = site.bodies.get(arg("etag", ""))
    elif path == "/_soak/ever":
        result = {str(f.index): sorted(f.ever) for f in site.feeds}
    elif path == "/_soak/stats":
        result, site.stats = site.stats, {}
    else:
        return 404, {}, b"no such control"
    return 200, {"Content-Type": "application/json"}, json.dumps(result).encode()


def _head(status: int, headers: dict[str, str], length: int | None) -> bytes:
    lines = [f"HTTP/1.1 {status} X"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    if length is not None:
        lines.append(f"Content-Length: {length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def serve(feeds: int, items: int, seed: int) -> None:
    site = Site(feeds, items, seed)
    _bomb(), _huge()  # made before the first request, not while the loop serves others

    class Http(asyncio.Protocol):
        def __init__(self) -> None:
            self.buffer = b""
            self.transport: asyncio.Transport | None = None
            self.busy = False

        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            assert isinstance(transport, asyncio.Transport)
            self.transport = transport

        def data_received(self, data: bytes) -> None:
            self.buffer += data
            self._next()

        def _next(self) -> None:
            transport = self.transport
            if self.busy or transport is None or transport.is_closing():
                return
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head, self.buffer = self.buffer[:end].decode("latin-1"), self.buffer[end + 4 :]
            lines = head.split("\r\n")
            parts = lines[0].split(" ")
            target = parts[1] if len(parts) == 3 else "/"
            headers = {}
            for line in lines[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            url = urlsplit(target)
            reply: Reply | str
            if url.path.startswith("/_soak/"):
                reply = control(site, url.path, parse_qs(url.query))
            elif url.path.startswith("/feed/") and url.path.endswith(".xml"):
                try:
                    feed = site.feeds[int(url.path[6:-4])]
                except (ValueError, IndexError):
                    reply = (404, {}, b"")
                else:
                    reply = feed_reply(site, feed, url.path, headers)
            else:
                reply = (404, {}, b"")
            if isinstance(reply, str):
                self._slow(reply, feed)
                return
            status, extra, body = reply
            transport.write(_head(status, extra, len(body)) + body)
            self._next()

        def _slow(self, how: str, feed: Feed) -> None:
            assert self.transport is not None
            transport = self.transport
            loop = asyncio.get_running_loop()
            self.busy = True
            if how == "stall":
                loop.call_later(60, transport.close)
            elif how == "late":

                def answer() -> None:
                    if not transport.is_closing():
                        body = site.body(feed)
                        transport.write(_head(200, {}, len(body)) + body)
                    self.busy = False
                    self._next()

                loop.call_later(1.5, answer)
            else:  # drip
                transport.write(_head(200, {}, 100_000))

                def drip(left: int) -> None:
                    if transport.is_closing() or left <= 0:
                        transport.close()
                        return
                    transport.write(b" ")
                    loop.call_later(1.0, drip, left - 1)

                drip(120)

    async def main() -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(Http, "127.0.0.1", 0, backlog=2048)
        port = server.sockets[0].getsockname()[1]
        done = loop.create_future()

        def until_closed() -> None:
            sys.stdin.read()
            loop.call_soon_threadsafe(done.set_result, None)

        threading.Thread(target=until_closed, daemon=True).start()
        print(f"ready {port}", flush=True)
        async with server:
            await done

    asyncio.run(main())


class SoakServer:
    """The server process, seen from a soak script."""

    def __init__(self, feeds: int, items: int, seed: int) -> None:
        import subprocess
        from pathlib import Path

        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bench._soak_server", str(feeds), str(items), str(seed)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=Path(__file__).resolve().parents[1],
            text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().split()
        if len(line) != 2 or line[0] != "ready":
            self.proc.kill()
            raise SystemExit("the soak feed server did not start")
        self.port = int(line[1])
        self.feeds = feeds

    def url(self, index: int) -> str:
        return f"http://127.0.0.1:{self.port}/feed/{index}.xml"

    def call(self, what: str, **params: object) -> object:
        import urllib.parse
        import urllib.request

        query = urllib.parse.urlencode(params)
        address = f"http://127.0.0.1:{self.port}/_soak/{what}" + (f"?{query}" if query else "")
        with urllib.request.urlopen(address, timeout=120) as reply:
            return json.loads(reply.read())

    def close(self) -> None:
        import subprocess

        assert self.proc.stdin is not None
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    feeds, items, seed = (int(a) for a in args[:3])
    serve(feeds, items, seed)


if __name__ == "__main__":
    main()

"""Polling side by side with newsboat and reader: `python -m bench.poll`.

What it measures: one polling pass over N local feeds x 50 items, by three programs in the same
run, alternating, `--rounds` times each (default 3), in three scenarios:

- `cold`: an empty database or cache, every feed and item new (each round starts afresh);
- `unchanged`: the same feeds again; the server answers 304 to a conditional request and the
  identical body to an unconditional one;
- `changed10`: 10% of the feeds carry 5 new items each (the 5 oldest drop out), the others
  are unchanged. Each round publishes a new such change, so every round sees fresh items.

`unchanged` and `changed10` start from the state the last cold pass left (or from an untimed
cold pass when `cold` is not run). Each round changes which program goes first.

The programs, all given the same concurrency (`--concurrency`, default 8):

- sitrep: `sitrep poll --once --config CFG --db DB`, with `concurrency` and `per_host` both
  set to it (every feed is on one host, 127.0.0.1, so `per_host` would cap it otherwise);
- newsboat (Debian package `newsboat`): `newsboat -x reload -u URLS -c CACHE -C CONFIG` with
  `reload-threads` set to it and HOME in a temporary folder. newsboat sends a conditional
  request only from its third reload on, so before the timed `unchanged` and `changed10`
  rounds its cache has been reloaded at least twice;
- reader (PyPI `reader` with `sgmllib3k`: `pip install -e '.[bench]'`):
  `update_feeds(workers=..., scheduled=False)` in a child process (`--reader-child`), which
  also adds the feeds on a cold run.

A program that is missing is skipped with a printed reason.

The feeds come from a server in its own process on 127.0.0.1 (asyncio, bodies rendered and
hashed before the first request, keep-alive, no compression), so it is never the bottleneck.
Each feed is RSS 2.0 of about 60 KB: items of about 1.2 KB whose description holds a casualty
sentence ("At least 12 people were killed in an airstrike on Khan Younis, Gaza, medics
said.") and context. Incidents are drawn from the bundled gazetteer (`extract.gazetteer`: the
curated conflict-zone towns, and GeoNames towns of the same countries) with a skew towards a
few big stories, and several outlets report each incident with their own wording, figure and
time over one week, so stories form as they do in a war week. Every feed has an ETag (a hash
of its body) and a Last-Modified; If-None-Match wins over If-Modified-Since (RFC 9110).

How each figure is taken, for the whole process tree of the program (the program, and for
sitrep its fork server and parse workers):

- wall: from starting the program until its first process exits;
- CPU: user + system time from `getrusage(RUSAGE_CHILDREN)` before and after. The bench makes
  itself a child subreaper (prctl), so descendants orphaned when the program exits (sitrep's
  fork server and workers) are re-parented to it and reaped before the second reading: their
  time is counted too. The feed server is a child as well but is reaped only at the end;
- peak memory: the largest sum of RSS (`/proc/PID/statm`) over the tree, sampled every
  `--sample-ms` (default 20 ms) by a thread that finds the tree by parent pid in /proc; for a
  one-process program (newsboat, reader) its own high-water mark (VmHWM) if larger, which
  catches a peak between samples. (Not `wait4`'s ru_maxrss: a child forked from the bench
  inherits the bench's high-water mark through exec.) Pages shared between processes
  (sitrep's workers and its fork server share the interpreter and modules) count once per
  process, so the tree's PSS (`smaps_rollup`, shared pages split) is shown beside it, read
  when the RSS sum reaches a new high. A spike of several processes shorter than the interval
  can be missed;
- elsewhere: the cores the machine spent on anything else meanwhile (`/proc/stat` less the
  tree, the feed server and the bench), on average: when other work shares the machine, wall
  times stretch while CPU times hold.

Each line printed per round also says what the server saw (200s, 304s, conditional requests),
so a program that did not use conditional requests shows. The figures at the end are medians
over the rounds, with sitrep's figure divided by each peer's (below 1.0: sitrep is faster or
smaller), as a Markdown table to paste into the README. sitrep's ingest rate (new items per
second of wall time) is printed for its cold runs, then the targets of issue 9, each with the
ratio measured and whether it is met.

    .venv/bin/python -m bench.poll                          # 200 feeds, every scenario and tool
    .venv/bin/python -m bench.poll --feeds 200 1000 5000 --rounds 3
    .venv/bin/python -m bench.poll --scenarios unchanged changed10 --tools sitrep newsboat
    .venv/bin/python -m bench.poll --feeds 1000 --cold-rounds 1   # while a cold pass is slow

Linux only (/proc, prctl).
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import hashlib
import importlib
import importlib.metadata
import importlib.util
import json
import os
import random
import resource
import shlex
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from typing import Any, Protocol
from xml.sax.saxutils import escape

from bench._procs import rss

SCENARIOS = ("cold", "unchanged", "changed10")
TOOLS = ("sitrep", "newsboat", "reader")
MAX_CONCURRENCY = 16  # sitrep's per_host limit (all feeds share one host)
CHANGED_SHARE = 0.10
CHANGED_ITEMS = 5
ITEM_BYTES = (1050, 1450)  # the size of one rendered item, drawn in this range
PAGE = os.sysconf("SC_PAGE_SIZE")
ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("cli", "demo", "extract", "ingest", "storage", "tui")

# --------------------------------------------------------------------------------------------
# The synthetic news: incidents in real places, reported by many outlets over one week.
# --------------------------------------------------------------------------------------------

# Countries at war in the generated week, with how much of the news each gets.
THEATRES = {
    "Palestine": 10,
    "Ukraine": 8,
    "Sudan": 7,
    "Syria": 5,
    "Lebanon": 4,
    "DR Congo": 4,
    "Yemen": 3,
    "Myanmar": 3,
    "Somalia": 2,
    "Haiti": 2,
    "Mali": 2,
    "Burkina Faso": 2,
    "Nigeria": 2,
    "Iraq": 1,
    "Ethiopia": 2,
}
# Who is usually said to be behind an attack there (None: not said).
PERPETRATORS = {
    "Palestine": ["Israeli forces", "the Israeli military", None],
    "Ukraine": ["Russian forces", "Russia", None],
    "Sudan": ["the Rapid Support Forces", "the RSF", "the Sudanese army", None],
    "Syria": ["government forces", "Turkish-backed fighters", None],
    "Lebanon": ["Israeli forces", "the Israeli military", None],
    "DR Congo": ["M23 rebels", "ADF militants", None],
    "Yemen": ["the Houthis", "Saudi-led coalition aircraft", None],
    "Myanmar": ["the military", "the junta", None],
    "Somalia": ["al-Shabab", None],
    "Haiti": ["gangs", "the Viv Ansanm gang coalition", None],
    "Mali": ["jihadists", "JNIM fighters", None],
    "Burkina Faso": ["jihadists", "JNIM fighters", None],
    "Nigeria": ["Boko Haram", "bandits", None],
    "Iraq": ["Islamic State militants", None],
    "Ethiopia": ["Fano militiamen", "government forces", None],
}
WEAPONS = [
    ("an airstrike", "airstrike"),
    ("a drone strike", "drone strike"),
    ("artillery shelling", "shelling"),
    ("a missile strike", "missile strike"),
    ("a car bomb", "car bomb"),
    ("an attack by gunmen", "attack"),
    ("a rocket attack", "rocket attack"),
    ("an ambush", "ambush"),
    ("a suicide bombing", "bombing"),
]
VICTIMS = [
    "people",
    "people",
    "people",
    "civilians",
    "civilians",
    "children",
    "women and children",
    "soldiers",
    "fighters",
    "aid workers",
    "police officers",
    "displaced people",
]
SOURCES = [
    "the health ministry",
    "local officials",
    "medics",
    "the United Nations",
    "a hospital director",
    "civil defence workers",
    "the regional governor",
    "a monitoring group",
    "residents",
    "the army",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
OUTLET_PLACES = [
    "Levant",
    "Nile",
    "Sahel",
    "Black Sea",
    "Gulf",
    "Horn",
    "Great Lakes",
    "Eastern",
    "Frontline",
    "Border",
    "Capital",
    "Coastal",
    "Northern",
    "Southern",
    "Desert",
    "Delta",
]
OUTLET_NOUNS = [
    "Post",
    "Herald",
    "Monitor",
    "Observer",
    "Dispatch",
    "Tribune",
    "Courier",
    "Times",
    "Wire",
    "Chronicle",
    "Sentinel",
    "Review",
    "Report",
    "Gazette",
    "Daily",
    "Bulletin",
]
CONTEXT = [
    "Residents said the strike hit a residential building near the main market in {town}.",
    "Rescue teams were still searching the rubble for survivors late on {day}, and hospitals "
    "in {area} said they were overwhelmed.",
    "There was no immediate comment from the authorities in {area}.",
    "The attack came as fighting intensified across {area} this week, with aid agencies "
    "warning of shortages of fuel, food and medicine.",
    "{Source} said the wounded had been taken to hospitals in {town} and nearby towns, some of "
    "them in critical condition.",
    "Video shared on social media showed plumes of smoke rising over {town} and ambulances "
    "rushing to the scene.",
    "The United Nations said more than {k},000 people had fled their homes in {area} in the "
    "past week alone.",
    "Talks on a ceasefire have stalled, and diplomats said a new round was unlikely before the "
    "end of the month.",
    "A correspondent in {town} said explosions could be heard through the night.",
    "Humanitarian groups said access to {town} had been cut for days, leaving families without "
    "clean water.",
    "Local journalists said several houses were destroyed and a school used as a shelter was "
    "damaged.",
    "The toll could rise further, {source} warned, as many people were still missing.",
]


@dataclass(frozen=True)
class Town:
    name: str
    country: str
    area: str  # how news names where the town is ("Gaza", "Donetsk region", "Sudan")


@dataclass
class Incident:
    town: Town
    weapon: tuple[str, str]
    victims: str
    perpetrator: str | None
    killed: int
    wounded: int
    when: datetime


def load_towns(rng: random.Random) -> dict[str, list[Town]]:
    """Towns of every theatre: the curated conflict-zone towns, then GeoNames towns."""
    from extract.countries import country_table, read_data_text
    from extract.gazetteer import curated

    towns: dict[str, list[Town]] = {country: [] for country in THEATRES}
    for place in curated().by_name.values():
        if place.bundled and place.kind == "city" and place.country in towns:
            area = place.region if place.country == "Palestine" and place.region else None
            towns[place.country].append(Town(place.name, place.country, area or place.country))
    text = read_data_text("geonames_cities.json")
    by_iso = country_table().by_iso
    if text is not None:
        rows = json.loads(text)["cities"]
        extra: dict[str, list[tuple[int, str]]] = {c: [] for c in towns}
        for name, _key, _cased, iso, _lat, _lon, population in rows:
            known = by_iso.get(iso)
            if known is None or known.name not in towns or known.name == "Palestine":
                continue
            if name.isascii() and population >= 20_000:
                extra[known.name].append((population, name))
        curated_names = {t.name for ts in towns.values() for t in ts}
        for country, found in extra.items():
            found.sort(reverse=True)
            towns[country].extend(
                Town(name, country, country) for _, name in found[:40] if name not in curated_names
            )
    for country in towns:
        rng.shuffle(towns[country])
    return {c: ts for c, ts in towns.items() if ts}


class NewsWeek:
    """Deterministic incidents and the items outlets write about them, over `days` (a week
    unless told) ending at `end`."""

    def __init__(self, seed: int, incidents: int, end: datetime, days: float = 7.0) -> None:
        self.rng = random.Random(seed)
        self.end = end
        self.towns = load_towns(self.rng)
        self.countries = list(self.towns)
        self.weights = [THEATRES[c] for c in self.countries]
        start = end - timedelta(days=days)
        self.incidents = [self._incident(start, end) for _ in range(incidents)]
        self.incidents.sort(key=lambda i: i.when)
        # a few big stories get most of the coverage
        self.coverage = [1.0 / (rank + 1) ** 0.7 for rank in range(len(self.incidents))]
        self.rng.shuffle(self.coverage)

    def _incident(self, start: datetime, end: datetime) -> Incident:
        rng = self.rng
        country = rng.choices(self.countries, self.weights)[0]
        towns = self.towns[country]
        town = towns[min(int(rng.paretovariate(1.2)) - 1, len(towns) - 1)]
        killed = max(1, int(rng.paretovariate(1.1) * 3))
        if killed > 400:
            killed = rng.randint(40, 400)
        return Incident(
            town=town,
            weapon=rng.choice(WEAPONS),
            victims=rng.choice(VICTIMS),
            perpetrator=rng.choice(PERPETRATORS.get(country, [None])),
            killed=killed,
            wounded=rng.randint(0, killed * 3),
            when=start + (end - start) * rng.random(),
        )

    def pick(self, count: int) -> list[Incident]:
        return self.rng.choices(self.incidents, self.coverage, k=count)

    def breaking(self, when: datetime) -> Incident:
        """A new incident that just happened, added to the pool so later items follow it up."""
        incident = self._incident(when - timedelta(hours=2), when)
        self.incidents.append(incident)
        self.coverage.append(2.0)  # fresh news is covered widely
        return incident

    def item(self, incident: Incident, outlet: str, link: str, published: datetime) -> str:
        """One rendered RSS <item> about the incident, as this outlet words it."""
        rng = self.rng
        town, area = incident.town.name, incident.town.area
        weapon, weapon_noun = incident.weapon
        victims = incident.victims
        # outlets differ: an early low figure, the latest toll, a rounded one
        n = incident.killed
        if rng.random() < 0.4:
            n = max(1, n - rng.randint(0, max(1, n // 3)))
        m = incident.wounded
        hurt = f" and wounded {m} others" if m > 1 else ""
        by = f" by {incident.perpetrator}" if incident.perpetrator else ""
        source = rng.choice(SOURCES)
        day = WEEKDAYS[incident.when.weekday()]
        sentence = rng.choice(
            [
                f"At least {n} {victims} were killed in {weapon}{by} on {town}, {area}, "
                f"{source} said on {day}.",
                f"{weapon[0].upper()}{weapon[1:]}{by} on {town} in {area} killed {n} {victims}"
                f"{hurt}, according to {source}.",
                f"The death toll from {weapon} on {town}, {area}, has risen to {n}, {source} said.",
                f"{n} {victims} died{hurt.replace('wounded', 'injured')} when {weapon} hit "
                f"{town}, {area}, on {day}.",
            ]
        )
        title = rng.choice(
            [
                f"{weapon_noun.capitalize()} kills {n} in {town}",
                f"{n} killed as {weapon_noun} hits {town}",
                f"{area}: death toll in {town} rises to {n}",
                f"{victims.capitalize()} among dead in {town} {weapon_noun}",
                f"{outlet.removeprefix('The ').split()[0]} live: {weapon_noun} on {town}, {area}",
            ]
        )
        paragraphs = [sentence]
        target = rng.randint(*ITEM_BYTES)
        context = rng.sample(CONTEXT, len(CONTEXT))
        size = 400 + len(title) + len(sentence)
        for template in context:
            if size >= target:
                break
            text = template.format(
                town=town,
                area=area,
                day=day,
                source=source,
                Source=source[0].upper() + source[1:],
                k=rng.randint(2, 90),
            )
            paragraphs.append(text)
            size += len(text) + 7
        description = "".join(f"<p>{p}</p>" for p in paragraphs)
        return (
            f"<item><title>{escape(title)}</title><link>{link}</link>"
            f'<guid isPermaLink="true">{link}</guid>'
            f"<description><![CDATA[{description}]]></description>"
            f"<category>{escape(incident.town.country)}</category>"
            f"<pubDate>{format_datetime(published, usegmt=True)}</pubDate></item>"
        )


@dataclass
class Feed:
    index: int
    outlet: str
    items: list[str]  # rendered, newest first
    serial: int
    body: bytes = b""
    etag: str = ""
    modified: float = 0.0
    last_modified: str = ""

    def render(self, modified: float) -> None:
        head = (
            '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
            f"<title>{escape(self.outlet)}</title>"
            f"<link>https://news{self.index}.example.org/</link>"
            f"<description>World news from {escape(self.outlet)}</description>"
            "<language>en</language>"
        )
        self.body = (head + "".join(self.items) + "</channel></rss>\n").encode()
        self.etag = '"' + hashlib.sha1(self.body, usedforsecurity=False).hexdigest()[:20] + '"'
        self.modified = float(int(modified))
        self.last_modified = format_datetime(datetime.fromtimestamp(self.modified, UTC), True)


def outlet_name(index: int) -> str:
    place = OUTLET_PLACES[index % len(OUTLET_PLACES)]
    noun = OUTLET_NOUNS[(index // len(OUTLET_PLACES)) % len(OUTLET_NOUNS)]
    edition = index // (len(OUTLET_PLACES) * len(OUTLET_NOUNS))
    return f"The {place} {noun}" + (f" ({edition + 1}. edition)" if edition else "")


class Site:
    """Every feed of the run, and what the server has answered since the last stats call.

    The news covers the `days` (a week unless told) before an hour ago, or before `ago` more
    days."""

    def __init__(
        self, feeds: int, items: int, seed: int, days: float = 7.0, ago: float = 0.0
    ) -> None:
        self.seed = seed
        self.items_per_feed = items
        now = datetime.now(UTC).replace(microsecond=0)
        start = now - timedelta(hours=1, days=ago)
        self.week = NewsWeek(seed, incidents=max(40, feeds * items // 8), end=start, days=days)
        self.version = 0
        self.feeds: list[Feed] = []
        for index in range(feeds):
            outlet = outlet_name(index)
            feed = Feed(index, outlet, [], 0)
            stories = sorted(self.week.pick(items), key=lambda i: i.when, reverse=True)
            for incident in stories:
                lag = min(timedelta(hours=8), start - incident.when) * self.week.rng.random()
                published = incident.when + lag
                feed.items.append(self._item(feed, incident, published))
            feed.render(start.timestamp())
            self.feeds.append(feed)
        self.stats: dict[str, int] = {}
        self.reset()

    def _item(self, feed: Feed, incident: Incident, published: datetime) -> str:
        feed.serial += 1
        link = f"https://news{feed.index}.example.org/world/{feed.serial:06d}"
        return self.week.item(incident, feed.outlet, link, published)

    def bump(self) -> dict[str, int]:
        """Publish the next change: 10% of the feeds get 5 new items, the oldest 5 drop."""
        self.version += 1
        rng = random.Random(self.seed * 1000 + self.version)
        count = max(1, round(len(self.feeds) * CHANGED_SHARE))
        now = datetime.now(UTC).replace(microsecond=0)
        fresh = [self.week.breaking(now) for _ in range(max(1, count // 10))]
        new_items = 0
        for index in sorted(rng.sample(range(len(self.feeds)), count)):
            feed = self.feeds[index]
            stories = [rng.choice(fresh) if rng.random() < 0.5 else None for _ in range(5)]
            new = [
                self._item(feed, story or self.week.pick(1)[0], now - timedelta(minutes=k))
                for k, story in enumerate(stories[:CHANGED_ITEMS])
            ]
            feed.items = (new + feed.items)[: self.items_per_feed]
            feed.render(max(feed.modified + 1, now.timestamp()))
            new_items += len(new)
        return {"version": self.version, "feeds": count, "items": new_items}

    def reset(self) -> dict[str, int]:
        old = self.stats
        self.stats = dict.fromkeys(("requests", "ok", "not_modified", "conditional", "bytes"), 0)
        return old

    def info(self) -> dict[str, int]:
        sizes = [len(f.body) for f in self.feeds]
        return {
            "feeds": len(sizes),
            "items": self.items_per_feed * len(sizes),
            "bytes": sum(sizes),
            "min_bytes": min(sizes),
            "max_bytes": max(sizes),
        }


# --------------------------------------------------------------------------------------------
# The feed server: a minimal HTTP/1.1 server on asyncio, in its own process.
# --------------------------------------------------------------------------------------------


def _not_modified(feed: Feed, headers: dict[str, str]) -> bool:
    tags = headers.get("if-none-match")
    if tags is not None:  # If-None-Match wins over If-Modified-Since
        return tags.strip() == "*" or any(
            t.strip().removeprefix("W/") == feed.etag for t in tags.split(",")
        )
    since = headers.get("if-modified-since")
    if since:
        try:
            return feed.modified <= parsedate_to_datetime(since).timestamp()
        except (TypeError, ValueError, IndexError, OverflowError):
            return False
    return False


def _respond(site: Site, head: str) -> tuple[list[bytes], bool]:
    """The response to one request head, and whether the connection stays open."""
    lines = head.split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3:
        return [
            b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        ], False
    method, target, version = parts
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    connection = headers.get("connection", "").lower()
    keep = connection != "close" and (version == "HTTP/1.1" or connection == "keep-alive")
    path = target.split("?", 1)[0]
    date = format_datetime(datetime.now(UTC), usegmt=True)
    common = f"Date: {date}\r\nServer: sitrep-bench\r\n"
    if not keep:
        common += "Connection: close\r\n"
    elif version != "HTTP/1.1":
        common += "Connection: keep-alive\r\n"
    body = b""
    status = "404 Not Found"
    extra = "Content-Type: text/plain\r\n"
    if path.startswith("/feed/") and path.endswith(".xml"):
        try:
            feed = site.feeds[int(path[6:-4])]
        except (ValueError, IndexError):
            feed = None
        if feed is not None:
            site.stats["requests"] += 1
            if "if-none-match" in headers or "if-modified-since" in headers:
                site.stats["conditional"] += 1
            extra = (
                f"ETag: {feed.etag}\r\nLast-Modified: {feed.last_modified}\r\n"
                "Content-Type: application/rss+xml; charset=utf-8\r\n"
            )
            if _not_modified(feed, headers):
                site.stats["not_modified"] += 1
                head_bytes = f"HTTP/1.1 304 Not Modified\r\n{common}{extra}\r\n".encode()
                return [head_bytes], keep
            site.stats["ok"] += 1
            status, body = "200 OK", feed.body
            if method != "HEAD":
                site.stats["bytes"] += len(body)
    elif path == "/_bench/stats":
        status, body = "200 OK", json.dumps(site.reset()).encode()
    elif path == "/_bench/bump":
        status, body = "200 OK", json.dumps(site.bump()).encode()
    elif path == "/_bench/info":
        status, body = "200 OK", json.dumps(site.info()).encode()
    head_bytes = f"HTTP/1.1 {status}\r\n{common}{extra}Content-Length: {len(body)}\r\n\r\n".encode()
    return ([head_bytes] if method == "HEAD" else [head_bytes, body]), keep


def serve(feeds: int, items: int, seed: int, days: float = 7.0, ago: float = 0.0) -> None:
    """Build the feeds, listen on 127.0.0.1, print `ready PORT`, serve until stdin closes."""
    import asyncio

    site = Site(feeds, items, seed, days, ago)

    class Http(asyncio.Protocol):
        def __init__(self) -> None:
            self.buffer = b""
            self.transport: asyncio.Transport | None = None

        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            assert isinstance(transport, asyncio.Transport)
            self.transport = transport

        def data_received(self, data: bytes) -> None:
            assert self.transport is not None
            self.buffer += data
            while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
                head, self.buffer = self.buffer[:end], self.buffer[end + 4 :]
                chunks, keep = _respond(site, head.decode("latin-1"))
                self.transport.writelines(chunks)
                if not keep:
                    self.transport.close()
                    return
            if len(self.buffer) > 65536:
                self.transport.close()

    async def main() -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(Http, "127.0.0.1", 0, backlog=1024)
        port = server.sockets[0].getsockname()[1]
        done = loop.create_future()
        threading.Thread(
            target=lambda: (sys.stdin.read(), loop.call_soon_threadsafe(done.set_result, None)),
            daemon=True,
        ).start()
        print(f"ready {port}", flush=True)
        async with server:
            await done

    asyncio.run(main())


class FeedServer:
    """The server process, seen from the bench."""

    def __init__(
        self, feeds: int, items: int, seed: int, days: float = 7.0, ago: float = 0.0
    ) -> None:
        started = time.perf_counter()
        serve = ["--serve", str(feeds), str(items), str(seed), str(days), str(ago)]
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bench.poll", *serve],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=ROOT,
            text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().split()
        if len(line) != 2 or line[0] != "ready":
            self.proc.kill()
            raise SystemExit("the feed server did not start")
        self.port = int(line[1])
        self.feeds = feeds
        self.startup = time.perf_counter() - started

    def url(self, index: int) -> str:
        return f"http://127.0.0.1:{self.port}/feed/{index}.xml"

    def call(self, what: str) -> dict[str, int]:
        import urllib.request  # here: the reader child imports this module too, keep it light

        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/_bench/{what}") as reply:
            data: dict[str, int] = json.loads(reply.read())
        return data

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


# --------------------------------------------------------------------------------------------
# Measuring a process tree.
# --------------------------------------------------------------------------------------------


def become_subreaper() -> bool:
    """Orphaned descendants are re-parented to this process, so their rusage reaches us."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(36, 1, 0, 0, 0)) == 0  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        return False


def _ppid(pid: int) -> int | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_bytes()
    except OSError:
        return None
    return int(stat[stat.rindex(b")") + 2 :].split()[1])


def _hwm(pid: int) -> int:
    """The process's own peak RSS so far (VmHWM)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _pss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _pids() -> list[int]:
    return [int(p) for p in os.listdir("/proc") if p.isdigit()]


TICK = os.sysconf("SC_CLK_TCK")


def _busy() -> float:
    """CPU seconds the whole machine has spent busy since boot (all cores)."""
    fields = [int(f) for f in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    # user nice system idle iowait irq softirq steal: all but idle and iowait
    return (sum(fields) - fields[3] - fields[4]) / TICK


def _cpu_of(pid: int) -> float:
    """CPU seconds of one running process (itself and its reaped children)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_bytes()
    except OSError:
        return 0.0
    fields = stat[stat.rindex(b")") + 2 :].split()
    return sum(int(f) for f in fields[11:15]) / TICK


def _own_cpu(pid: int) -> float:
    """CPU seconds of one process itself (user + system), without its children's."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_bytes()
    except OSError:
        return 0.0
    fields = stat[stat.rindex(b")") + 2 :].split()
    return sum(int(f) for f in fields[11:13]) / TICK


class TreeSampler(threading.Thread):
    """Sums the RSS of a process and all its descendants every `interval` seconds.

    When the sum reaches a new high (by 2% or more over the last one looked at), the tree's
    PSS is read too, which counts shared pages once: `pss` is that figure near the peak.
    """

    def __init__(self, root: int, interval: float, unrelated: set[int]) -> None:
        super().__init__(daemon=True)
        self.tree = {root}
        self.unrelated = unrelated
        self.interval = interval
        self.peak = 0
        self.hwm = 0
        self.pss = 0
        self._pss_at = 0
        self.samples = 0
        self.done = threading.Event()

    def sample(self) -> None:
        total = 0
        members = []
        for pid in _pids():
            if pid in self.unrelated:
                continue
            if pid not in self.tree:
                if _ppid(pid) in self.tree:
                    self.tree.add(pid)
                else:
                    self.unrelated.add(pid)
                    continue
            total += rss(pid)
            members.append(pid)
        if len(self.tree) == 1:
            self.hwm = max(self.hwm, _hwm(next(iter(self.tree))))
        if total > self.peak:
            self.peak = total
            if total > self._pss_at * 1.02:
                self._pss_at = total
                self.pss = sum(_pss(pid) for pid in members)
        self.samples += 1

    def run(self) -> None:
        while not self.done.is_set():
            self.sample()
            self.done.wait(self.interval)

    def alive(self) -> list[int]:
        return [pid for pid in self.tree if Path(f"/proc/{pid}").exists()]


@dataclass
class Run:
    wall: float
    cpu: float
    peak: int
    pss: int
    returncode: int
    stdout: str
    stderr: str
    lingered: float  # seconds descendants lived on after the program exited
    others: float  # cores busy with other work on the machine meanwhile, on average
    own_cpu: float = 0.0  # the program's own process, without its children (sitrep's writer)


def measure(
    argv: Sequence[str], env: dict[str, str], cwd: Path, interval: float, server: int
) -> Run:
    """Run a program; its wall time, the CPU and peak RSS of its whole process tree.

    `others` is what the machine spent on anything but this tree, the feed server (`server`
    is its pid) and the bench itself: other people's work sharing the cores.
    """
    with tempfile.TemporaryFile(mode="w+") as out, tempfile.TemporaryFile(mode="w+") as err:
        unrelated = set(_pids())
        busy, serving, own = _busy(), _cpu_of(server), sum(os.times()[:2])
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        proc = subprocess.Popen(argv, env=env, cwd=cwd, stdout=out, stderr=err)
        sampler = TreeSampler(proc.pid, interval, unrelated - {proc.pid})
        sampler.start()
        try:
            # exited but not reaped yet: its own CPU time can still be read from /proc
            os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOWAIT)
            wall = time.perf_counter() - started
            own_cpu = _own_cpu(proc.pid)
            _, status = os.waitpid(proc.pid, 0)
        except BaseException:  # Ctrl+C: stop the program, its workers follow
            sampler.done.set()
            proc.kill()
            proc.wait()
            raise
        proc.returncode = returncode = os.waitstatus_to_exitcode(status)
        alive = _reap(sampler)
        lingered = time.perf_counter() - started - wall
        sampler.done.set()
        sampler.join()
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        elsewhere = _busy() - busy - cpu - (_cpu_of(server) - serving)
        elsewhere -= sum(os.times()[:2]) - own
        others = max(0.0, elsewhere) / max(time.perf_counter() - started, 1e-3)
        if alive:
            print(f"    warning: processes {sorted(alive)} outlived the program", flush=True)
        out.seek(0)
        err.seek(0)
        # a one-process program's own high-water mark catches a peak between samples
        peak = max(sampler.peak, sampler.hwm) if len(sampler.tree) == 1 else sampler.peak
        return Run(
            wall,
            cpu,
            peak,
            sampler.pss,
            returncode,
            out.read(),
            err.read(),
            lingered,
            others,
            own_cpu,
        )


def _reap(sampler: TreeSampler, timeout: float = 60.0) -> list[int]:
    """Wait for what the program left behind (a fork server, pool workers) to exit, reaping
    those re-parented to us; the processes still there after `timeout`."""
    me = os.getpid()
    deadline = time.monotonic() + timeout
    while (alive := sampler.alive()) and time.monotonic() < deadline:
        for pid in alive:
            if _ppid(pid) == me:
                with contextlib.suppress(ChildProcessError):
                    os.waitpid(pid, os.WNOHANG)
        time.sleep(0.005)
    return alive


# --------------------------------------------------------------------------------------------
# The programs.
# --------------------------------------------------------------------------------------------


@dataclass
class State:
    """One program's database or cache: a folder, and how many passes it has seen."""

    folder: Path
    passes: int = 0


class Tool(Protocol):
    name: str
    label: str

    def missing(self) -> str | None: ...

    def command(self, state: State, server: FeedServer) -> tuple[list[str], dict[str, str]]: ...

    def stored(self, state: State) -> int | None: ...

    def warm_passes(self) -> int: ...


def _base_env(home: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SITREP_", "XDG_")) and k not in ("http_proxy", "HTTP_PROXY")
    }
    env.update(HOME=str(home), NO_PROXY="127.0.0.1", no_proxy="127.0.0.1")
    home.mkdir(parents=True, exist_ok=True)
    return env


class Sitrep:
    name = "sitrep"

    def __init__(self, concurrency: int) -> None:
        self.concurrency = concurrency
        script = Path(sys.executable).with_name("sitrep")
        self.argv = [str(script)] if script.exists() else [sys.executable, "-m", "cli"]
        commit = ""
        with contextlib.suppress(OSError):  # no git: the version alone
            commit = subprocess.run(
                ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
            ).stdout.strip()
        self.label = f"sitrep {importlib.metadata.version('sitrep')}" + (
            f" ({commit})" if commit else ""
        )
        # Byte-compile sitrep's own modules first, as an installed package is (pip compiles
        # at install): an editable checkout under PYTHONDONTWRITEBYTECODE would otherwise
        # compile every module from source on every run, and the peers are installed. The
        # extractor's compiled patterns are kept as well, as `make setup` keeps them.
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", *(str(ROOT / p) for p in PACKAGES)],
            check=False,
        )
        subprocess.run(
            [sys.executable, "-m", "extract.pattern_cache"], cwd=ROOT, capture_output=True
        )
        subprocess.run(  # and the towns' name index (extract.gazetteer)
            [sys.executable, "-c", "from extract.gazetteer import gazetteer; gazetteer().index"],
            cwd=ROOT,
            capture_output=True,
        )

    def missing(self) -> str | None:
        return None

    def warm_passes(self) -> int:
        return 1

    def command(self, state: State, server: FeedServer) -> tuple[list[str], dict[str, str]]:
        config = state.folder / "feeds.yaml"
        if not config.exists():
            lines = [
                "settings:",
                f"  concurrency: {self.concurrency}",
                f"  per_host: {self.concurrency}",
                "  deadline: 600s",
                "feeds:",
            ]
            lines += [f"  - url: {server.url(i)}" for i in range(server.feeds)]
            config.write_text("\n".join(lines) + "\n")
        argv = [*self.argv, "poll", "--once", "--config", str(config)]
        return [*argv, "--db", str(state.folder / "sitrep.db")], _base_env(state.folder / "home")

    def stored(self, state: State) -> int | None:
        return _count(state.folder / "sitrep.db", "SELECT count(*) FROM items")

    def stories(self, state: State) -> int | None:
        return _count(state.folder / "sitrep.db", "SELECT count(*) FROM stories")


class Newsboat:
    name = "newsboat"

    def __init__(self, concurrency: int) -> None:
        self.concurrency = concurrency
        self.binary = shutil.which("newsboat")
        self.label = "newsboat"
        if self.binary:
            version = subprocess.run(
                [self.binary, "--version"], capture_output=True, text=True
            ).stdout.split()
            if len(version) > 1:
                self.label = f"newsboat {version[1]}"

    def missing(self) -> str | None:
        if self.binary is None:
            return "newsboat not installed (apt-get install -y newsboat)"
        return None

    def warm_passes(self) -> int:
        return 2  # conditional requests start with the third reload

    def command(self, state: State, server: FeedServer) -> tuple[list[str], dict[str, str]]:
        assert self.binary is not None
        urls, config = state.folder / "urls", state.folder / "config"
        if not urls.exists():
            urls.write_text("".join(server.url(i) + "\n" for i in range(server.feeds)))
            config.write_text(f"reload-threads {self.concurrency}\ndownload-timeout 600\n")
        argv = [self.binary, "-x", "reload", "-u", str(urls), "-c", str(state.folder / "cache.db")]
        return [*argv, "-C", str(config)], _base_env(state.folder / "home")

    def stored(self, state: State) -> int | None:
        return _count(state.folder / "cache.db", "SELECT count(*) FROM rss_item")


class Reader:
    name = "reader"

    def __init__(self, concurrency: int) -> None:
        self.concurrency = concurrency
        self.label = "reader"
        self.reason: str | None = None
        missing = [m for m in ("reader", "sgmllib") if importlib.util.find_spec(m) is None]
        if missing:
            self.reason = f"{' and '.join(missing)} not importable (pip install -e '.[bench]')"
        else:
            with contextlib.suppress(importlib.metadata.PackageNotFoundError):
                self.label = f"reader {importlib.metadata.version('reader')}"

    def missing(self) -> str | None:
        return self.reason

    def warm_passes(self) -> int:
        return 1

    def command(self, state: State, server: FeedServer) -> tuple[list[str], dict[str, str]]:
        urls = state.folder / "urls"
        if not urls.exists():
            urls.write_text("".join(server.url(i) + "\n" for i in range(server.feeds)))
        argv = [sys.executable, "-m", "bench.poll", "--reader-child", str(state.folder / "db")]
        env = _base_env(state.folder / "home")
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        return [*argv, str(urls), str(self.concurrency)], env

    def stored(self, state: State) -> int | None:
        return _count(state.folder / "db", "SELECT count(*) FROM entries")


def _count(db: Path, query: str) -> int | None:
    if not db.exists():
        return None
    with sqlite3.connect(db) as conn:
        value = conn.execute(query).fetchone()[0]
    conn.close()
    return int(value)


def reader_child(db: str, urls_file: str, workers: int) -> None:
    """One reader pass (the timed child): add the feeds on a cold run, update them all."""
    reader: Any = importlib.import_module("reader")
    with reader.make_reader(db) as r:
        urls = Path(urls_file).read_text().split()
        if not any(True for _ in r.get_feeds(limit=1)):
            for url in urls:
                r.add_feed(url, exist_ok=True)
        r.update_feeds(workers=workers, scheduled=False)


# --------------------------------------------------------------------------------------------
# The run.
# --------------------------------------------------------------------------------------------


@dataclass
class Result:
    runs: list[Run] = field(default_factory=list)
    new_items: list[int] = field(default_factory=list)

    def median(self, pick: Callable[[Run], float]) -> float:
        return statistics.median(pick(r) for r in self.runs)


def _fmt_mb(value: float) -> str:
    return f"{value / 1e6:.0f}"


def _http(stats: dict[str, int]) -> str:
    return (
        f"http {stats['ok']}x200 {stats['not_modified']}x304 "
        f"({stats['conditional']} cond., {stats['bytes'] / 1e6:.1f} MB)"
    )


class Bench:
    def __init__(self, args: argparse.Namespace, tools: list[Tool], work: Path) -> None:
        self.args = args
        self.tools = tools
        self.work = work
        self.results: dict[tuple[int, str, str], Result] = {}
        self.notes: list[str] = []
        self.counter = 0

    def folder(self, tool: Tool, n: int) -> State:
        self.counter += 1
        path = self.work / f"{n}-{tool.name}-{self.counter}"
        path.mkdir(parents=True)
        return State(path)

    def discard(self, state: State) -> None:
        if not self.args.keep:
            shutil.rmtree(state.folder, ignore_errors=True)

    def run_once(self, tool: Tool, state: State, server: FeedServer) -> tuple[Run, dict[str, int]]:
        server.call("stats")  # reset the counters
        argv, env = tool.command(state, server)
        before = tool.stored(state) or 0
        run = measure(argv, env, state.folder, self.args.sample_ms / 1000, server.proc.pid)
        stats = server.call("stats")
        state.passes += 1
        after = tool.stored(state)
        stats["new_items"] = -1 if after is None else after - before
        if run.returncode != 0:
            tail = (run.stderr.strip().splitlines() or ["(no output)"])[-3:]
            print(f"    {tool.name} exited {run.returncode}: " + " | ".join(tail), flush=True)
        # sitrep ends with "polled N feed(s): ..., K failing" and one "  name: error" line each
        lines = run.stderr.splitlines()
        summary = [i for i, line in enumerate(lines) if line.startswith("polled ")]
        if summary and not lines[summary[-1]].endswith(" 0 failing"):
            errors = lines[summary[-1] : summary[-1] + 4]
            print(f"    {tool.name}: " + "\n    ".join(errors), flush=True)
        if stats["requests"] != server.feeds:
            print(
                f"    {tool.name} made {stats['requests']} requests for {server.feeds} feeds",
                flush=True,
            )
        return run, stats

    def warm(self, tool: Tool, state: State, server: FeedServer) -> None:
        while state.passes < tool.warm_passes():
            run, stats = self.run_once(tool, state, server)
            print(f"    warm-up pass of {tool.name}: {run.wall:.1f} s, {_http(stats)}", flush=True)

    def run_size(self, n: int) -> None:
        args = self.args
        print(f"\n== {n} feeds x {args.items} items: starting the feed server", flush=True)
        server = FeedServer(n, args.items, args.seed)
        info = server.call("info")
        print(
            f"   served from 127.0.0.1:{server.port} (built in {server.startup:.1f} s): "
            f"{info['items']} items, {info['bytes'] / 1e6:.1f} MB, "
            f"{info['min_bytes'] / 1e3:.0f}-{info['max_bytes'] / 1e3:.0f} KB per feed",
            flush=True,
        )
        warm: dict[str, State] = {}
        try:
            for scenario in args.scenarios:
                rounds = args.cold_rounds if scenario == "cold" else args.rounds
                for round_ in range(rounds):
                    if scenario == "changed10":
                        for tool in self.tools:  # prepare before publishing the change
                            if tool.name not in warm:
                                warm[tool.name] = self.folder(tool, n)
                            self.warm(tool, warm[tool.name], server)
                        bump = server.call("bump")
                        print(
                            f"   change {bump['version']}: {bump['items']} new items "
                            f"in {bump['feeds']} feeds",
                            flush=True,
                        )
                    shift = round_ % len(self.tools)  # alternate who goes first
                    for tool in self.tools[shift:] + self.tools[:shift]:
                        self.one(n, scenario, round_, tool, server, warm)
        finally:
            server.close()
            for state in warm.values():
                self.discard(state)

    def one(
        self,
        n: int,
        scenario: str,
        round_: int,
        tool: Tool,
        server: FeedServer,
        warm: dict[str, State],
    ) -> None:
        if scenario == "cold":
            state = self.folder(tool, n)
        else:
            if tool.name not in warm:
                warm[tool.name] = self.folder(tool, n)
            state = warm[tool.name]
            self.warm(tool, state, server)
        run, stats = self.run_once(tool, state, server)
        result = self.results.setdefault((n, scenario, tool.name), Result())
        if run.returncode == 0:
            result.runs.append(run)
            result.new_items.append(stats["new_items"])
        print(
            f"   {scenario:<9} r{round_ + 1} {tool.name:<8} wall {run.wall:7.2f} s  "
            f"cpu {run.cpu:7.2f} s  peak {_fmt_mb(run.peak):>4} MB (PSS {_fmt_mb(run.pss)})  "
            f"new {stats['new_items']:>6}  {_http(stats)}  elsewhere {run.others:.1f} cores",
            flush=True,
        )
        if isinstance(tool, Sitrep) and scenario != "unchanged":
            print(f"      sitrep's database holds {tool.stories(state)} stories", flush=True)
        if run.lingered > 0.5:
            print(f"      (its child processes lived {run.lingered:.1f} s longer)", flush=True)
        if scenario == "cold":
            old = warm.get(tool.name)
            if old is not None:
                self.discard(old)
            warm[tool.name] = state  # the last cold pass is the warm state for what follows

    def table(self, command: str) -> str:
        args = self.args
        peers = [t for t in self.tools if t.name != "sitrep"]
        has_sitrep = any(t.name == "sitrep" for t in self.tools)
        cold = f" ({args.cold_rounds} for cold)" if args.cold_rounds != args.rounds else ""
        out = [
            f"Polling: {args.items} items per feed, concurrency {args.concurrency}, medians of "
            f"{args.rounds} round(s){cold}; {os.cpu_count()} cores. Tools: "
            + ", ".join(t.label for t in self.tools)
            + ".",
            f"Command: `{command}`",
            "Wall: until the program exits. CPU: user+system of its whole process tree. Peak: "
            "the largest sum of RSS over the tree (shared pages once per process); PSS: the "
            "tree's PSS near that peak (shared pages split). Elsewhere: cores busy with other "
            "work on the machine meanwhile (not this bench, not the feed server).",
            "",
        ]
        header = "| feeds | scenario | tool | wall s | CPU s | peak MB | PSS MB | elsewhere |"
        rule = "|---:|---|---|---:|---:|---:|---:|---:|"
        if has_sitrep and peers:
            header += " sitrep ÷ tool: wall / CPU / peak |"
            rule += "---|"
        out += [header, rule]
        for n in args.feeds:
            for scenario in args.scenarios:
                mine = self.results.get((n, scenario, "sitrep"))
                for tool in self.tools:
                    result = self.results.get((n, scenario, tool.name))
                    if result is None or not result.runs:
                        continue
                    wall = result.median(lambda r: r.wall)
                    cpu = result.median(lambda r: r.cpu)
                    peak = result.median(lambda r: r.peak)
                    pss = result.median(lambda r: r.pss)
                    others = result.median(lambda r: r.others)
                    row = f"| {n} | {scenario} | {tool.name} | {wall:.2f} | {cpu:.2f} | "
                    row += f"{_fmt_mb(peak)} | {_fmt_mb(pss)} | {others:.1f} |"
                    if has_sitrep and peers:
                        ratio = ""
                        if tool.name != "sitrep" and mine is not None and mine.runs:
                            ratio = " / ".join(
                                f"{mine.median(pick) / max(result.median(pick), 1e-9):.2f}×"
                                for pick in (
                                    lambda r: r.wall,
                                    lambda r: r.cpu,
                                    lambda r: float(r.peak),
                                )
                            )
                        row += f" {ratio} |"
                    out.append(row)
        rates = []
        for n in args.feeds:
            result = self.results.get((n, "cold", "sitrep"))
            if result and result.runs:
                per_run = [i / r.wall for i, r in zip(result.new_items, result.runs, strict=True)]
                rates.append(
                    f"sitrep cold ingest at {n} feeds: {statistics.median(per_run):.0f} items/s "
                    f"(median; {statistics.median(result.new_items):.0f} new items per pass)"
                )
        if rates:
            out += ["", *rates]
        busy = [r.others for result in self.results.values() for r in result.runs]
        if busy and statistics.median(busy) > 0.25:
            out += [
                "",
                f"Other work kept {statistics.median(busy):.1f} of {os.cpu_count()} cores busy "
                "(median over the runs): wall times are stretched, CPU times much less.",
            ]
        targets = self.targets()
        if targets:
            out += ["", "Targets of issue 9 (sitrep ÷ peer, wall time of the medians):", *targets]
        return "\n".join(out)

    def targets(self) -> list[str]:
        """The issue's targets, each with the figure measured and whether it is met."""
        lines = []
        goals = [
            ("cold", "newsboat", 1.0),
            ("cold", "reader", 0.5),
            ("unchanged", "newsboat", 0.5),
            ("changed10", "newsboat", 0.5),
        ]
        for n in self.args.feeds:
            mine = self.results.get((n, "cold", "sitrep"))
            for scenario, peer, goal in goals:
                ours = self.results.get((n, scenario, "sitrep"))
                theirs = self.results.get((n, scenario, peer))
                if not (ours and ours.runs and theirs and theirs.runs):
                    continue
                ratio = ours.median(lambda r: r.wall) / theirs.median(lambda r: r.wall)
                verdict = "met" if ratio <= goal else "not met"
                lines.append(
                    f"- {n} feeds, {scenario}: ≤ {goal:.1f}× {peer}: {ratio:.2f}× ({verdict})"
                )
            if n >= 1000 and mine and mine.runs:
                peak = max(
                    r.peak
                    for s in SCENARIOS
                    for r in getattr(self.results.get((n, s, "sitrep")), "runs", [])
                )
                verdict = "met" if peak <= 200e6 else "not met"
                lines.append(
                    f"- {n} feeds: sitrep's peak memory ≤ 200 MB: {peak / 1e6:.0f} MB ({verdict})"
                )
        return lines


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.poll",
        description="Time sitrep's polling against newsboat and reader on local synthetic feeds.",
    )
    parser.add_argument("--feeds", type=int, nargs="+", default=[200], help="feed counts")
    parser.add_argument("--items", type=int, default=50, help="items per feed (50)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per tool and scenario")
    parser.add_argument("--cold-rounds", type=int, help="rounds of cold (default: --rounds)")
    parser.add_argument("--scenarios", nargs="+", choices=SCENARIOS, default=list(SCENARIOS))
    parser.add_argument("--tools", nargs="+", choices=TOOLS, default=list(TOOLS))
    parser.add_argument(
        "--concurrency",
        type=int,
        default=8,
        help=f"feeds fetched at once, the same for every tool (1-{MAX_CONCURRENCY}; 8)",
    )
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--sample-ms", type=float, default=20.0, help="RSS sampling interval")
    parser.add_argument("--workdir", type=Path, help="where databases go (default: a temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--serve", nargs=5, help=argparse.SUPPRESS)  # feeds items seed days ago
    parser.add_argument("--reader-child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not 1 <= args.concurrency <= MAX_CONCURRENCY:
        parser.error(f"--concurrency must be 1-{MAX_CONCURRENCY} (sitrep's per_host limit)")
    if args.cold_rounds is None:
        args.cold_rounds = args.rounds
    if min(args.rounds, args.cold_rounds, *args.feeds) < 1 or args.items < CHANGED_ITEMS:
        parser.error(f"rounds and feeds must be at least 1, --items at least {CHANGED_ITEMS}")
    return args


def pick_tools(names: Iterable[str], concurrency: int) -> list[Tool]:
    makers: dict[str, Callable[[int], Tool]] = {
        "sitrep": Sitrep,
        "newsboat": Newsboat,
        "reader": Reader,
    }
    tools: list[Tool] = []
    for name in names:
        tool = makers[name](concurrency)
        reason = tool.missing()
        if reason:
            print(f"{name}: skipped: {reason}", flush=True)
        else:
            tools.append(tool)
    return tools


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    if args.serve:
        feeds, items, seed, days, ago = args.serve
        serve(int(feeds), int(items), int(seed), float(days), float(ago))
        return
    if args.reader_child:
        db, urls, workers = args.reader_child
        reader_child(db, urls, int(workers))
        return
    command = shlex.join(["python", "-m", "bench.poll", *(sys.argv[1:] if argv is None else argv)])
    if not become_subreaper():
        print("warning: not a child subreaper: CPU of orphaned workers may be missed")
    tools = pick_tools(dict.fromkeys(args.tools), args.concurrency)
    if not tools:
        raise SystemExit("no tool to run")
    print("tools: " + ", ".join(t.label for t in tools), flush=True)
    work = args.workdir or Path(tempfile.mkdtemp(prefix="sitrep-poll-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    bench = Bench(args, tools, work)
    try:
        for n in args.feeds:
            bench.run_size(n)
    except KeyboardInterrupt:
        print("\ninterrupted: the table holds the rounds that finished", flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print()
    print(bench.table(command))


if __name__ == "__main__":
    main()

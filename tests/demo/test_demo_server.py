"""The demo replay server, driven by an injected clock, fetched over real HTTP on 127.0.0.1."""

from __future__ import annotations

import calendar
import io
import socket
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import feedparser
import httpx
import pytest
from pydantic import ValidationError
from ruamel.yaml import YAML

from demo.render import http_date
from demo.scenario import load_scenario, parse_offset, parse_scenario
from demo.server import DemoServer
from demo.session import prepare_demo
from ingest.config import load_config
from ingest.poller import Poller
from ingest.process import extract_item

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, seconds: float) -> None:
        self.moment += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def server(clock: FakeClock) -> Iterator[DemoServer]:
    with DemoServer(now=clock) as running:
        yield running


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=5) as client:
        yield client


def feed_url(server: DemoServer, key: str) -> str:
    return server.base_url + server.scenario.outlet(key).path


def fetch(http: httpx.Client, server: DemoServer, key: str) -> Any:
    response = http.get(feed_url(server, key))
    assert response.status_code == 200
    parsed = feedparser.parse(io.BytesIO(response.content))
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


def when(parsed_time: Any) -> datetime:
    """feedparser's UTC struct_time as an aware datetime."""
    return datetime.fromtimestamp(calendar.timegm(parsed_time), UTC)


def test_the_scenario_has_the_promised_shape() -> None:
    scenario = load_scenario()
    assert len(scenario.items) == 50
    assert sum(item.live for item in scenario.items) == 28
    assert {outlet.format for outlet in scenario.outlets} == {"rss", "atom"}
    assert all(o.title.startswith("DEMO - ") for o in scenario.outlets)
    history = [-item.at / 3600 for item in scenario.items if not item.live]
    assert (min(history), max(history)) == (1.0, 20.0)
    moments = sorted(
        [item.at for item in scenario.items if item.live]
        + [item.revised.at for item in scenario.items if item.revised is not None]
    )
    gaps = [later - earlier for earlier, later in zip([0.0, *moments], moments, strict=False)]
    assert min(gaps) >= 2 and max(gaps) <= 5
    assert scenario.last_offset() == 95.0


def test_offsets_and_strict_validation() -> None:
    assert parse_offset("-4h30m") == -16200.0
    assert parse_offset("12s") == 12.0
    assert parse_offset(7) == 7.0
    with pytest.raises(ValueError, match="not a timeline offset"):
        parse_offset("soon")
    outlet = (
        "outlets: [{key: a, title: DEMO - A (synthetic), description: d, format: rss, "
        "interval: 2s}]\n"
    )
    with pytest.raises(ValidationError, match="unknown outlet 'b'"):
        parse_scenario(outlet + "items: [{outlet: b, at: 3s, title: t, summary: s}]")
    with pytest.raises(ValidationError, match="revised before"):
        parse_scenario(
            outlet + "items: [{outlet: a, at: 3s, title: t, summary: s, "
            "revised: {at: 2s, title: t, summary: s2}}]"
        )
    with pytest.raises(ValidationError, match="title"):
        parse_scenario(outlet.replace("DEMO - A (synthetic)", "A real outlet") + "items: []")


def test_at_start_only_history_is_served(server: DemoServer, http: httpx.Client) -> None:
    total = 0
    for outlet in server.scenario.outlets:
        parsed = fetch(http, server, outlet.key)
        assert parsed.feed.title == outlet.title
        expected = [i.guid() for i in server.scenario.items if i.outlet == outlet.key and i.at < 0]
        assert [entry.id for entry in parsed.entries] == expected[::-1]
        total += len(parsed.entries)
    assert total == 22
    northern = fetch(http, server, "northern")
    newest = northern.entries[0]
    assert newest.title == "Air strike on Idlib market kills at least 11"
    assert when(newest.published_parsed) == T0 - timedelta(hours=3)
    assert newest.link == f"{server.base_url}/item/19"
    oldest = fetch(http, server, "eastern").entries[-1]
    assert when(oldest.published_parsed) == T0 - timedelta(hours=20)
    assert server.pending() == 29


def test_content_type_and_validators(server: DemoServer, http: httpx.Client) -> None:
    rss = http.get(feed_url(server, "northern"))
    atom = http.get(feed_url(server, "horn"))
    assert rss.headers["content-type"] == "application/rss+xml; charset=utf-8"
    assert atom.headers["content-type"] == "application/atom+xml; charset=utf-8"
    assert rss.headers["last-modified"] == http_date(T0 - timedelta(hours=3))
    assert atom.headers["last-modified"] == http_date(T0 - timedelta(hours=2))
    assert rss.headers["etag"].startswith('"') and rss.headers["etag"] != atom.headers["etag"]


def test_items_are_released_as_the_clock_moves(
    server: DemoServer, clock: FakeClock, http: httpx.Client
) -> None:
    clock.advance(2.9)
    assert len(fetch(http, server, "world").entries) == 4
    clock.advance(0.1)
    world = fetch(http, server, "world")
    assert len(world.entries) == 5
    assert world.entries[0].title == "Idlib market strike toll rises to 14"
    assert when(world.entries[0].published_parsed) == T0 + timedelta(seconds=3)
    clock.advance(21)
    northern = fetch(http, server, "northern")
    assert [e.title for e in northern.entries[:3]] == [
        "Idlib market strike toll now 18, monitor says",
        "Syrian army says it killed 8 militants near Hama",
        "Building collapse in Aleppo after heavy rain kills 6",
    ]


def test_speed_compresses_only_the_live_part(clock: FakeClock, http: httpx.Client) -> None:
    with DemoServer(now=clock, speed=3.0) as fast:
        clock.advance(1)
        world = fetch(http, fast, "world")
        assert world.entries[0].title == "Idlib market strike toll rises to 14"
        assert when(world.entries[0].published_parsed) == T0 + timedelta(seconds=1)
        assert when(world.entries[1].published_parsed) == T0 - timedelta(hours=1)


def test_conditional_get_answers_304_until_something_new(
    server: DemoServer, clock: FakeClock, http: httpx.Client
) -> None:
    url = feed_url(server, "world")
    first = http.get(url)
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    again = http.get(url, headers={"If-None-Match": etag})
    assert (again.status_code, again.content, again.headers["etag"]) == (304, b"", etag)
    since = http.get(url, headers={"If-Modified-Since": modified})
    assert since.status_code == 304
    clock.advance(3)
    other = http.get(feed_url(server, "northern"))
    assert http.get(other.url, headers={"If-None-Match": other.headers["etag"]}).status_code == 304
    fresh = http.get(url, headers={"If-None-Match": etag, "If-Modified-Since": modified})
    assert fresh.status_code == 200
    assert fresh.headers["etag"] != etag
    assert fresh.headers["last-modified"] == http_date(T0 + timedelta(seconds=3))


def test_gzip_is_served_when_asked(server: DemoServer, http: httpx.Client) -> None:
    url = feed_url(server, "coastal")
    zipped = http.get(url, headers={"Accept-Encoding": "gzip"})
    plain = http.get(url, headers={"Accept-Encoding": "identity"})
    assert zipped.headers["content-encoding"] == "gzip"
    assert "content-encoding" not in plain.headers
    assert zipped.content == plain.content
    assert zipped.headers["etag"] != plain.headers["etag"]


def test_a_revised_item_keeps_its_guid_with_new_text(
    server: DemoServer, clock: FakeClock, http: httpx.Client
) -> None:
    guid = "urn:sitrep-demo:horn:032"
    clock.advance(30)
    (before,) = [e for e in fetch(http, server, "horn").entries if e.id == guid]
    assert before.summary.startswith("At least 15 people were killed in a drone strike")
    clock.advance(18)
    (after,) = [e for e in fetch(http, server, "horn").entries if e.id == guid]
    assert after.title == "Drone strike on Omdurman market kills at least 25"
    assert after.summary.startswith("At least 25 people were killed in a drone strike")
    assert when(after.published_parsed) == T0 + timedelta(seconds=30)
    assert when(after.updated_parsed) == T0 + timedelta(seconds=48)
    page = http.get(after.link)
    assert "At least 25 people" in page.text and "(updated 2026-03-01T12:00:48Z)" in page.text


def test_release_all_serves_everything_and_every_feed_parses(
    server: DemoServer, clock: FakeClock, http: httpx.Client
) -> None:
    server.release_all()
    assert server.pending() == 0
    versions = {"rss": "rss20", "atom": "atom10"}
    titles: list[str] = []
    for outlet in server.scenario.outlets:
        parsed = fetch(http, server, outlet.key)
        assert parsed.version == versions[outlet.format]
        stamps = [when(entry.published_parsed) for entry in parsed.entries]
        assert stamps == sorted(stamps, reverse=True)
        assert max(stamps) <= clock()
        titles += [entry.title for entry in parsed.entries]
    assert len(titles) == 50
    assert "[bold red]DEMO markup test[/] Aid convoy enters Deir al-Balah" in titles
    assert "Drone strike on Omdurman market kills at least 25" in titles
    last = fetch(http, server, "northern").entries[0]
    assert when(last.published_parsed) == clock()


def test_item_pages_escape_text_and_wait_for_release(
    server: DemoServer, clock: FakeClock, http: httpx.Client
) -> None:
    assert http.get(f"{server.base_url}/item/28").status_code == 404
    assert http.get(f"{server.base_url}/item/999").status_code == 404
    assert http.get(f"{server.base_url}/nowhere").status_code == 404
    clock.advance(18)
    page = http.get(f"{server.base_url}/item/28")
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    assert "<h1>[bold red]DEMO markup test[/] Aid convoy enters Deir al-Balah</h1>" in page.text
    index = http.get(f"{server.base_url}/")
    for outlet in server.scenario.outlets:
        assert f'href="{server.base_url}{outlet.path}"' in index.text


def test_stop_frees_the_port(clock: FakeClock, http: httpx.Client) -> None:
    demo = DemoServer(now=clock).start()
    url = demo.base_url + "/"
    assert http.get(url).status_code == 200
    demo.stop()
    demo.stop()
    with pytest.raises(httpx.ConnectError):
        http.get(url)


def test_naive_clock_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        DemoServer(now=lambda: datetime(2026, 1, 1)).start()


def test_prepare_demo_writes_a_config_listing_every_feed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: FakeClock
) -> None:
    monkeypatch.setenv("SITREP_CONFIG", str(tmp_path / "elsewhere.yaml"))
    monkeypatch.setenv("SITREP_DB", str(tmp_path / "real.db"))
    with prepare_demo(tmp_path / "run", now=clock) as session:
        assert session.config_path == tmp_path / "run" / "feeds.yaml"
        assert session.db_path == tmp_path / "run" / "demo.db"
        data = YAML(typ="safe").load(session.config_path.read_text(encoding="utf-8"))
        urls = [feed["url"] for feed in data["feeds"]]
        assert sorted(urls) == sorted(session.server.feed_urls.values())
        assert len(urls) == 5
        config = load_config(session.config_path)
        assert [feed.name for feed in config.feeds] == list(session.server.feed_urls)
        assert sorted({config.interval_for(feed) for feed in config.feeds}) == [2.0, 3.0]
        assert config.settings.per_host == 5
        assert {tag for feed in config.feeds for tag in feed.tags} >= {"africa", "europe"}
        assert httpx.get(urls[0]).status_code == 200
    assert not (tmp_path / "elsewhere.yaml").exists()
    with pytest.raises(httpx.ConnectError):
        httpx.get(urls[0])


def test_nothing_reaches_stderr(
    server: DemoServer, http: httpx.Client, capfd: pytest.CaptureFixture[str]
) -> None:
    """The dashboard owns the terminal: no access log, no tracebacks for broken clients."""
    assert http.get(feed_url(server, "northern")).status_code == 200
    assert http.get(f"{server.base_url}/missing").status_code == 404
    host, port = server.base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as raw:
        raw.sendall(b"BREW /pot HTTP/1.1\r\n\r\n")
        assert raw.recv(1024).startswith(b"HTTP/1.1 501")
    with socket.create_connection((host, int(port)), timeout=5) as raw:
        raw.sendall(b"GET /feeds/northern.xml HTTP/1.1\r\nHost: x\r\n\r\n")
    assert http.get(feed_url(server, "horn")).status_code == 200
    captured = capfd.readouterr()
    assert (captured.out, captured.err) == ("", "")


async def test_the_poller_ingests_the_demo_and_its_revision(
    tmp_path: Path, clock: FakeClock
) -> None:
    """The whole `sitrep demo` path short of the screen: config, fetch, parse, store."""
    # Load the extraction dictionaries once up front, as a long-lived worker would have: five
    # feed threads loading them at the same moment only makes the test slow.
    extract_item("Two people were killed in Idlib, SOHR said.", "", T0)
    with prepare_demo(tmp_path, now=clock) as session:
        poller = Poller(load_config(session.config_path), session.db_path)
        try:
            first = await poller.run_pass(force=True)
            assert (first.new, first.failed) == (22, [])
            clock.advance(30)
            second = await poller.run_pass(force=True)
            assert second.new == 10
            assert [f.new for f in second.feeds] == [3, 1, 3, 1, 2]
            clock.advance(18)
            third = await poller.run_pass(force=True)
            assert third.new == 5
            changed = {f.name: f.changed for f in third.feeds if f.changed}
            assert changed == {"DEMO - Horn and Lakes Dispatch (synthetic)": 1}
            quiet = await poller.run_pass(force=True)
            assert (quiet.new, {f.status for f in quiet.feeds}) == (0, {304})
        finally:
            poller.store.close()

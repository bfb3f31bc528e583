"""Alert rules on real SQLite files: keyword, new actor, tally rise, commands and trust."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from extract.model import ActorMention, Extraction, Figure, PlaceMention
from ingest.alert_commands import CommandRunner, command_env, one_line
from ingest.alerts import UNTRUSTED_WARNING, AlertEngine, keyword_pattern
from ingest.config import Config, parse_config
from ingest.poller import Poller
from storage.alerts import alerts_after, get_meta, log_alert, recent_alerts, set_meta
from storage.db import Storage
from storage.feeds import FetchOutcome, record_fetch, sync_feeds
from storage.write import ItemRecord, store_items
from tests.builders import killed_at_least, rss, write_config
from tests.feedserver import FeedServer

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC).timestamp()
FEED = "https://a.example/rss"
IDLIB = PlaceMention("Idlib", "Syria", 35.9, 36.6, "region", ((0, 5),))
DARFUR = PlaceMention("El Fasher", "Sudan", 13.6, 25.3, "city", ((0, 9),))

DUMP_SCRIPT = """\
import json, os, sys
out = sys.argv[1]
env = {k: v for k, v in os.environ.items() if k.startswith("SITREP_")}
record = {"stdin": sys.stdin.read(), "env": env, "argv": sys.argv[1:]}
with open(out + ".tmp", "w", encoding="utf-8") as fh:
    json.dump(record, fh)
os.replace(out + ".tmp", out)
"""


class Clock:
    def __init__(self, now: float = NOW) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def config(rules: str) -> Config:
    return parse_config(f"feeds:\n  - url: {FEED}\nalerts:\n{rules}", Path("feeds.yaml"))


def toll(n: int, *, update: bool, place: str = "Idlib") -> Figure:
    sentence = f"The toll rose to {n}." if update else f"At least {n} people were killed."
    return killed_at_least(n, sentence, place=place, cumulative=update, update=update)


def record(
    key: str,
    title: str,
    summary: str = "",
    *,
    hours_ago: float = 1.0,
    figures: Sequence[Figure] = (),
    actors: Sequence[ActorMention] = (),
    places: Sequence[PlaceMention] = (IDLIB,),
    link: str | None = None,
) -> ItemRecord:
    published = datetime.fromtimestamp(NOW, UTC) - timedelta(hours=hours_ago)
    return ItemRecord(
        key=key,
        guid=key,
        link=link or f"https://news.example/{key}",
        title=title,
        summary=summary,
        author=None,
        published=published,
        updated=None,
        content_hash=f"{key}:{title}:{summary}",
        extraction=Extraction(
            figures=tuple(figures),
            actors=tuple(actors),
            places=tuple(places),
            killed=sum(f.count for f in figures),
        ),
    )


@pytest.fixture
def store(tmp_path: Path) -> Storage:
    s = Storage.open(tmp_path / "t.db")
    sync_feeds(s, [(FEED, "Alpha", [], True)], NOW)
    return s


def add(store: Storage, *items: ItemRecord, now: float = NOW) -> tuple[list[int], list[int]]:
    fid = int(store.scalar("SELECT id FROM feeds WHERE url = ?", (FEED,)))
    with store.transaction():
        return store_items(store, fid, list(items), now)


def feed_and_fire(
    engine: AlertEngine, store: Storage, *items: ItemRecord, now: float = NOW
) -> list[int]:
    new, changed = add(store, *items, now=now)
    engine.hook(store, 1, new, changed)
    return new


def logged(store: Storage) -> list[tuple[str, int | None, str]]:
    return [(r.rule, r.item_id, r.message) for r in alerts_after(store, 0)]


def dump_rule(tmp_path: Path, name: str, out: Path, *, when: str = "keyword") -> str:
    script = tmp_path / "dump.py"
    script.write_text(DUMP_SCRIPT, encoding="utf-8")
    command = json.dumps([sys.executable, str(script), str(out)])
    return f"  - name: {name}\n    when: {when}\n    keywords: [chlorine]\n    command: {command}\n"


# -- storage helpers ----------------------------------------------------------------------------


def test_alert_log_orders_and_meta_round_trips(store: Storage) -> None:
    ids = [
        log_alert(store, at=NOW + i, rule=f"r{i}", item_id=None, message=f"m{i}", link=None)
        for i in range(3)
    ]
    assert [a.message for a in alerts_after(store, ids[0])] == ["m1", "m2"]
    assert [a.message for a in alerts_after(store, 0, limit=1)] == ["m0"]
    assert [a.message for a in recent_alerts(store, limit=2)] == ["m2", "m1"]
    assert get_meta(store, "alert:x") is None
    set_meta(store, "alert:x", "1")
    set_meta(store, "alert:x", "2")
    assert get_meta(store, "alert:x") == "2"


def test_keyword_pattern_matches_whole_words_and_phrases_in_any_case() -> None:
    pattern = keyword_pattern(["strike", "chemical attack"])
    assert pattern.search("Air STRIKE hits market")
    assert pattern.search("Reports of a chemical\n attack near the border")
    assert not pattern.search("Dock strikers return to work")
    assert not pattern.search("chemical plant attack")


# -- keyword ------------------------------------------------------------------------------------


def test_keyword_fires_once_per_matching_item(store: Storage) -> None:
    engine = AlertEngine(
        config("  - {name: gas, when: keyword, keywords: [chlorine]}\n"),
        trusted=True,
        clock=Clock(),
    )
    new = feed_and_fire(
        engine,
        store,
        record("1", "Chlorine   reported\nin Douma"),
        record("2", "Talks resume", "Residents describe a CHLORINE smell"),
        record("3", "Chlorinated water shortage"),
    )
    assert logged(store) == [
        ("gas", new[0], "Chlorine reported in Douma"),
        ("gas", new[1], "Talks resume"),
    ]
    assert [a.link for a in alerts_after(store, 0)] == [
        "https://news.example/1",
        "https://news.example/2",
    ]
    engine.hook(store, 1, [], new)  # the same items seen again never fire twice
    assert len(logged(store)) == 2


def test_keyword_fires_when_a_revision_brings_it_in(store: Storage) -> None:
    engine = AlertEngine(
        config("  - {name: gas, when: keyword, keywords: [chlorine]}\n"),
        trusted=True,
        clock=Clock(),
    )
    (item,) = feed_and_fire(engine, store, record("1", "Shelling in Douma"))
    assert logged(store) == []
    feed_and_fire(engine, store, record("1", "Shelling in Douma; chlorine suspected"))
    assert logged(store) == [("gas", item, "Shelling in Douma; chlorine suspected")]


def test_non_http_links_are_not_logged(store: Storage) -> None:
    engine = AlertEngine(
        config("  - {name: gas, when: keyword, keywords: [chlorine]}\n"),
        trusted=True,
        clock=Clock(),
    )
    feed_and_fire(engine, store, record("1", "Chlorine", link="javascript:alert(1)"))
    assert [a.link for a in alerts_after(store, 0)] == [None]


# -- new actor ----------------------------------------------------------------------------------


def actor(name: str, country: str | None) -> ActorMention:
    return ActorMention(name, "armed group", country, 1)


SUDAN_RULE = "  - {name: sudan-actors, when: new_actor, country: Sudan}\n"


def test_new_actor_fires_once_for_an_actor_first_seen_in_the_country(store: Storage) -> None:
    engine = AlertEngine(config(SUDAN_RULE), trusted=True, clock=Clock())
    first, _ = feed_and_fire(
        engine,
        store,
        record(
            "1", "Militia enters town", actors=[actor("Desert Hawks", "Sudan")], places=[DARFUR]
        ),
        record("2", "Desert Hawks again", actors=[actor("Desert Hawks", "Sudan")], places=[DARFUR]),
    )
    assert logged(store) == [
        ("sudan-actors", first, "New actor in Sudan: Desert Hawks — Militia enters town")
    ]
    feed_and_fire(
        engine, store, record("3", "Hawks advance", actors=[actor("Desert Hawks", "Sudan")])
    )
    assert len(logged(store)) == 1


def test_a_new_actor_rule_takes_any_name_of_its_country(store: Storage) -> None:
    rule = "  - {name: syria-actors, when: new_actor, country: Syrian Arab Republic}\n"
    engine = AlertEngine(config(rule), trusted=True, clock=Clock())
    (first,) = feed_and_fire(
        engine, store, record("1", "Brigade enters town", actors=[actor("Coast Brigade", "Syria")])
    )
    assert [item for _, item, _ in logged(store)] == [first]


def test_new_actor_by_place_but_not_from_elsewhere(store: Storage) -> None:
    engine = AlertEngine(config(SUDAN_RULE), trusted=True, clock=Clock())
    new = feed_and_fire(
        engine,
        store,
        record(
            "1", "Foreign mercenaries seen", actors=[actor("Iron Legion", None)], places=[DARFUR]
        ),
        record(
            "2", "Syrian faction statement", actors=[actor("Valley Front", "Syria")], places=[IDLIB]
        ),
    )
    assert logged(store) == [
        ("sudan-actors", new[0], "New actor in Sudan: Iron Legion — Foreign mercenaries seen")
    ]


def test_an_actor_quiet_for_thirty_days_is_new_again(store: Storage) -> None:
    engine = AlertEngine(config(SUDAN_RULE), trusted=True, clock=Clock())
    hawks = [actor("Desert Hawks", "Sudan")]
    lions = [actor("Sand Lions", "Sudan")]
    add(
        store,
        record("old", "Hawks long ago", actors=hawks, hours_ago=40 * 24),
        record("recent", "Lions last week", actors=lions, hours_ago=7 * 24),
    )
    new = feed_and_fire(
        engine,
        store,
        record("1", "Hawks return", actors=hawks),
        record("2", "Lions again", actors=lions),
    )
    assert logged(store) == [
        ("sudan-actors", new[0], "New actor in Sudan: Desert Hawks — Hawks return")
    ]


# -- tally rise ---------------------------------------------------------------------------------


TALLY_RULE = "  - {name: idlib-toll, when: tally_rise, place: Idlib, threshold: 10}\n"


def test_tally_rise_fires_when_a_running_toll_crosses_the_threshold(store: Storage) -> None:
    engine = AlertEngine(config(TALLY_RULE), trusted=True, clock=Clock())
    engine.prime(store)
    assert json.loads(get_meta(store, "alert:idlib-toll") or "") == {
        "killed": 0,
        "at": NOW,
        "place": "Idlib",
        "actor": None,
    }
    steps = [(4, False), (7, True), (12, True), (15, True), (22, True)]
    ids = [
        feed_and_fire(
            engine,
            store,
            record(str(i), f"Idlib toll {n}", hours_ago=6 - i, figures=[toll(n, update=upd)]),
        )[0]
        for i, (n, upd) in enumerate(steps)
    ]
    assert logged(store) == [
        ("idlib-toll", ids[2], "Idlib: 12 killed in the last 24 h, up 12 from 0"),
        ("idlib-toll", ids[4], "Idlib: 22 killed in the last 24 h, up 10 from 12"),
    ]
    assert json.loads(get_meta(store, "alert:idlib-toll") or "")["killed"] == 22


def polled(store: Storage, now: float = NOW) -> None:
    """Log a successful fetch of the feed, as the poller does before its commit hook."""
    outcome = FetchOutcome(200, None, None, None, next_fetch=now + 60, interval=60)
    with store.transaction():
        record_fetch(store, 1, outcome, now)


def test_a_feed_s_archive_and_old_items_never_fire(store: Storage) -> None:
    rules = TALLY_RULE + "  - {name: gas, when: keyword, keywords: [chlorine]}\n"
    engine = AlertEngine(config(rules), trusted=True, clock=Clock())
    engine.prime(store)
    polled(store)  # the feed's first successful poll lists its archive
    archive = [
        record("1", "Idlib toll 11", hours_ago=5, figures=[toll(11, update=False)]),
        record("2", "Chlorine attack near Douma", hours_ago=2),
    ]
    feed_and_fire(engine, store, *archive)
    assert logged(store) == []
    # what the archive added moved the baseline: only what comes after it is a rise
    assert json.loads(get_meta(store, "alert:idlib-toll") or "")["killed"] == 11

    polled(store, NOW + 60)
    news = feed_and_fire(
        engine,
        store,
        record("3", "Idlib toll rises to 25", hours_ago=0.5, figures=[toll(25, update=True)]),
        record("4", "Chlorine use in 2021, inquiry finds", hours_ago=72),  # too old to alert
        record("5", "Chlorine cylinders found in Saraqib", hours_ago=0.2),
    )
    assert logged(store) == [
        ("idlib-toll", news[0], "Idlib: 25 killed in the last 24 h, up 14 from 11"),
        ("gas", news[2], "Chlorine cylinders found in Saraqib"),
    ]


def test_tally_baseline_survives_a_restart(store: Storage, tmp_path: Path) -> None:
    engine = AlertEngine(config(TALLY_RULE), trusted=True, clock=Clock())
    engine.prime(store)
    feed_and_fire(
        engine,
        store,
        record("1", "Idlib market strike toll", hours_ago=3, figures=[toll(11, update=False)]),
    )
    assert len(logged(store)) == 1
    store.close()
    reopened = Storage.open(tmp_path / "t.db")
    again = AlertEngine(config(TALLY_RULE), trusted=True, clock=Clock())
    again.prime(reopened)  # a baseline exists: priming keeps it
    feed_and_fire(
        again,
        reopened,
        record("2", "Idlib market strike toll", hours_ago=2, figures=[toll(15, update=True)]),
    )
    assert len(logged(reopened)) == 1
    feed_and_fire(
        again,
        reopened,
        record("3", "Idlib market strike toll", hours_ago=1, figures=[toll(21, update=True)]),
    )
    assert logged(reopened)[-1][2] == "Idlib: 21 killed in the last 24 h, up 10 from 11"


def test_an_unprimed_rule_compares_with_the_tally_before_the_batch(store: Storage) -> None:
    title = "Idlib market strike toll"
    add(store, record("1", title, hours_ago=3, figures=[toll(30, update=False)]))
    engine = AlertEngine(config(TALLY_RULE), trusted=True, clock=Clock())
    feed_and_fire(engine, store, record("2", title, hours_ago=2, figures=[toll(35, update=True)]))
    assert logged(store) == []
    assert json.loads(get_meta(store, "alert:idlib-toll") or "")["killed"] == 30
    (item,) = feed_and_fire(
        engine, store, record("3", title, hours_ago=1, figures=[toll(40, update=True)])
    )
    assert logged(store) == [
        ("idlib-toll", item, "Idlib: 40 killed in the last 24 h, up 10 from 30")
    ]


def test_a_rule_that_now_watches_another_place_starts_afresh(store: Storage) -> None:
    engine = AlertEngine(config(TALLY_RULE), trusted=True, clock=Clock())
    engine.prime(store)  # baseline 0 for Idlib
    add(store, record("1", "Aleppo siege", figures=[toll(30, update=False, place="Aleppo")]))
    engine.reload(
        config("  - {name: idlib-toll, when: tally_rise, place: Aleppo, threshold: 10}\n")
    )
    feed_and_fire(engine, store, record("2", "Talks in Geneva", places=[]))
    assert logged(store) == []
    assert json.loads(get_meta(store, "alert:idlib-toll") or "")["killed"] == 30


def test_the_baseline_follows_a_tally_that_slides_out_of_the_window(store: Storage) -> None:
    clock = Clock()
    engine = AlertEngine(config(TALLY_RULE), trusted=True, clock=clock)
    engine.prime(store)
    feed_and_fire(
        engine,
        store,
        record("1", "Strike on Idlib market", hours_ago=2, figures=[toll(12, update=False)]),
    )
    clock.now = later = NOW + 2 * 86400  # two days on, that toll has left the 24 h window
    feed_and_fire(
        engine,
        store,
        record("2", "Shelling of Saraqib", hours_ago=-46, figures=[toll(4, update=False)]),
        now=later,
    )
    assert json.loads(get_meta(store, "alert:idlib-toll") or "")["killed"] == 4
    (item,) = feed_and_fire(
        engine,
        store,
        record("3", "Raid on Ariha", hours_ago=-38, figures=[toll(10, update=False)]),
        now=later,
    )
    assert logged(store)[1:] == [
        ("idlib-toll", item, "Idlib: 14 killed in the last 24 h, up 10 from 4")
    ]


# -- commands -----------------------------------------------------------------------------------


def test_command_gets_the_item_as_json_and_env(store: Storage, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    engine = AlertEngine(config(dump_rule(tmp_path, "gas", out)), trusted=True, clock=Clock())
    (item,) = feed_and_fire(engine, store, record("1", "Chlorine in Douma", "Two hurt."))
    assert engine.wait_commands(timeout=30)
    seen: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    assert json.loads(seen["stdin"]) == {
        "id": item,
        "rule": "gas",
        "title": "Chlorine in Douma",
        "link": "https://news.example/1",
        "feed": "Alpha",
        "published": "2026-11-20T11:00:00Z",
        "summary": "Two hurt.",
        "killed": 0,
        "injured": 0,
        "message": "Chlorine in Douma",
    }
    assert seen["env"] == {
        "SITREP_ALERT_RULE": "gas",
        "SITREP_ITEM_TITLE": "Chlorine in Douma",
        "SITREP_ITEM_LINK": "https://news.example/1",
        "SITREP_ITEM_ID": str(item),
        "SITREP_ALERT_MESSAGE": "Chlorine in Douma",
    }
    assert seen["argv"] == [str(out)]
    assert logged(store) == [("gas", item, "Chlorine in Douma")]


def test_hostile_title_reaches_the_command_as_data(store: Storage, tmp_path: Path) -> None:
    out, canary, keep = tmp_path / "out.json", tmp_path / "pwned", tmp_path / "keep"
    keep.write_text("still here", encoding="utf-8")
    title = (
        f"Chlorine $(touch {canary}) `touch {canary}` ; rm -rf {keep} | "
        f"touch {canary} && echo $HOME"
    )
    engine = AlertEngine(config(dump_rule(tmp_path, "gas", out)), trusted=True, clock=Clock())
    feed_and_fire(engine, store, record("1", title))
    assert engine.wait_commands(timeout=30)
    seen = json.loads(out.read_text(encoding="utf-8"))
    assert json.loads(seen["stdin"])["title"] == title
    assert seen["env"]["SITREP_ITEM_TITLE"] == title
    assert seen["argv"] == [str(out)]
    assert not canary.exists()
    assert keep.read_text(encoding="utf-8") == "still here"


def test_untrusted_config_logs_but_never_runs_commands(store: Storage, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    rules = config(dump_rule(tmp_path, "gas", out))
    engine = AlertEngine(rules, trusted=False, clock=Clock())
    engine.reload(rules)
    (item,) = feed_and_fire(engine, store, record("1", "Chlorine in Douma"))
    assert engine.wait_commands(timeout=30)
    assert logged(store) == [("gas", item, "Chlorine in Douma")]
    assert not out.exists()
    assert engine.warnings == [UNTRUSTED_WARNING]


def test_run_commands_off_logs_without_running(store: Storage, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    engine = AlertEngine(
        config(dump_rule(tmp_path, "gas", out)), trusted=True, clock=Clock(), run_commands=False
    )
    feed_and_fire(engine, store, record("1", "Chlorine in Douma"))
    assert engine.wait_commands(timeout=30)
    assert len(logged(store)) == 1 and not out.exists() and engine.warnings == []


def command_rule(command: Sequence[str]) -> str:
    return (
        f"  - name: gas\n    when: keyword\n    keywords: [chlorine]\n"
        f"    command: {json.dumps(list(command))}\n"
    )


def test_failing_and_missing_commands_are_logged(store: Storage, tmp_path: Path) -> None:
    failing = config(command_rule([sys.executable, "-c", "import sys; sys.exit(3)"]))
    engine = AlertEngine(failing, trusted=True, clock=Clock())
    (first,) = feed_and_fire(engine, store, record("1", "Chlorine one"))
    assert engine.wait_commands(timeout=30)
    engine.reload(config(command_rule([str(tmp_path / "no-such-program")])))
    (second,) = feed_and_fire(engine, store, record("2", "Chlorine two"))
    assert logged(store) == [
        ("gas", first, "Chlorine one"),
        ("gas", first, "alert command failed: gas: exit status 3"),
        ("gas", second, "Chlorine two"),
        (
            "gas",
            second,
            f"alert command failed: gas: cannot run {tmp_path / 'no-such-program'}"
            " (No such file or directory)",
        ),
    ]


def test_a_command_that_overruns_is_stopped_and_logged(store: Storage) -> None:
    slow = config(command_rule([sys.executable, "-c", "import time; time.sleep(60)"]))
    engine = AlertEngine(slow, trusted=True, clock=Clock(), command_timeout=0.3)
    (item,) = feed_and_fire(engine, store, record("1", "Chlorine"))
    assert engine.wait_commands(timeout=30)
    assert logged(store)[-1] == (
        "gas",
        item,
        "alert command failed: gas: still running after 0.3 s, stopped",
    )


def test_in_memory_store_logs_command_failures_at_the_next_commit() -> None:
    store = Storage.memory()
    sync_feeds(store, [(FEED, "Alpha", [], True)], NOW)
    engine = AlertEngine(
        config(command_rule([sys.executable, "-c", "raise SystemExit(2)"])),
        trusted=True,
        clock=Clock(),
    )
    feed_and_fire(engine, store, record("1", "Chlorine"))
    assert engine.wait_commands(timeout=30)
    assert len(logged(store)) == 1
    engine.hook(store, 1, [], [])
    assert logged(store)[-1][2] == "alert command failed: gas: exit status 2"


def test_runner_names_the_signal_that_killed_a_command(store: Storage) -> None:
    runner = CommandRunner(clock=Clock())
    suicide = "import os, signal; os.kill(os.getpid(), signal.SIGTERM)"
    payload = {"title": None, "link": None, "message": "m"}
    runner.run(store, "gas", [sys.executable, "-c", suicide], None, payload)
    assert runner.wait(timeout=30)
    assert logged(store) == [("gas", None, "alert command failed: gas: killed by signal SIGTERM")]


def test_command_env_carries_the_item_without_nul_bytes() -> None:
    payload = {"title": "Gas\0 attack", "link": None, "message": "Gas\0 attack"}
    env = command_env("gas", None, payload)
    assert {k: v for k, v in env.items() if k.startswith("SITREP_")} == {
        "SITREP_ALERT_RULE": "gas",
        "SITREP_ITEM_TITLE": "Gas attack",
        "SITREP_ITEM_LINK": "",
        "SITREP_ITEM_ID": "",
        "SITREP_ALERT_MESSAGE": "Gas attack",
    }


def test_one_line_flattens_and_caps_messages() -> None:
    assert one_line("Strike\n  on   a\tmarket") == "Strike on a market"
    assert one_line("word " * 100, limit=12) == "word word w…"
    assert one_line("word " * 100, limit=11) == "word word…"
    assert len(one_line("x" * 1000)) == 300


# -- through a real poll ------------------------------------------------------------------------


def wire(feed_server: FeedServer, items: list[dict[str, Any]]) -> None:
    feed_server.route("/rss.xml", rss("Wire", items))


async def test_alerts_fire_for_news_only_never_for_a_feed_s_archive(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    """A feed's first successful poll brings its archive: history, however recent. Later
    polls bring news, unless an item was published before the alert window."""
    pub = datetime.fromtimestamp(NOW, UTC) - timedelta(hours=1)

    def item(guid: str, title: str, hours_ago: float = 1.0) -> dict[str, Any]:
        when = datetime.fromtimestamp(NOW, UTC) - timedelta(hours=hours_ago)
        return {
            "title": title,
            "link": f"https://wire.example/{guid}",
            "guid": guid,
            "pubDate": when,
        }

    archive = [
        item("a", "Chlorine attack reported near Douma"),
        item("b", "Ceasefire talks continue"),
    ]
    feed_server.route("/rss.xml", "unavailable", status=503)
    path = write_config(
        tmp_path / "feeds.yaml",
        [feed_server.url("/rss.xml")],
        names=["Wire"],
        extra="alerts:\n  - {name: gas, when: keyword, keywords: [chlorine]}\n",
    )
    cfg = parse_config(path.read_text(encoding="utf-8"), path)
    clock = Clock()
    engine = AlertEngine(cfg, trusted=True, clock=clock)
    poller = Poller(cfg, tmp_path / "poll.db", clock=clock, on_commit=engine.hook)
    await poller.run_pass(force=True)  # a failed first fetch is no poll of the archive
    wire(feed_server, archive)
    clock.now += 60
    assert (await poller.run_pass(force=True)).new == 2
    assert alerts_after(poller.store, 0) == []  # the first successful poll: history

    clock.now += 60
    wire(
        feed_server,
        [
            *archive,
            item("c", "Chlorine cylinders found in Saraqib", hours_ago=0.1),
            item("d", "Chlorine used in 2019 attack, inquiry finds", hours_ago=72),
        ],
    )
    assert (await poller.run_pass(force=True)).new == 2
    clock.now += 60
    await poller.run_pass(force=True)  # nothing new: nothing fires again
    alerts = alerts_after(poller.store, 0)
    assert [(a.rule, a.message, a.link) for a in alerts] == [
        ("gas", "Chlorine cylinders found in Saraqib", "https://wire.example/c")
    ]
    assert pub  # the archive's items were an hour old: recent, and still history

"""Text that did not come from our own code never reaches a terminal as escape sequences: server
replies, feeds.yaml keys and names, OPML attributes, discovered links and stdin are all printed
through one sanitiser (ingest.safe_text via cli.output), and URLs holding such characters are
refused where they enter."""

from __future__ import annotations

import ast
import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ingest.config import ConfigError, load_config
from ingest.discover import find_feed_links
from ingest.opml import parse_opml
from ingest.safe_text import json_text, terminal_text, url_problem
from tests.builders import rss
from tests.cli.helpers import Run
from tests.feedserver import FeedServer
from tests.reliability.inprocess import Sitrep
from tui.text import clean

ROOT = Path(__file__).resolve().parents[2]
# OSC 52 (clipboard), clear screen, window title, 8-bit CSI and OSC, a bidi override.
HOSTILE = "\x1b]52;c;SGVsbG8=\x07\x1b[2J\x1b]0;owned\x07\x9b31m\x9d52;c;SGk=\x9c\u202eevil"
LATIN1_HOSTILE = HOSTILE.replace("\u202e", "")  # what a status line can carry
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
STORY = "At least 12 people were killed in an air strike in Idlib, Syria, rescuers said."


def assert_clean(*outputs: str) -> None:
    for output in outputs:
        found = UNSAFE.search(output)
        assert found is None, f"U+{ord(found.group(0)):04X} reached the terminal in {output!r}"


def test_the_sanitiser_removes_whole_sequences() -> None:
    assert terminal_text(HOSTILE) == "evil"
    assert clean(HOSTILE) == "evil"  # the dashboard uses the same rules
    assert terminal_text("tab\tand\nnewline stay") == "tab\tand\nnewline stay"
    assert json_text('"\x9b\u202e\u2028"') == '"\\u009b\\u202e\\u2028"'


PRINTERS = {"echo", "secho", "confirm", "prompt", "print"}


def _prints(node: ast.AST) -> str | None:
    """The name of a direct terminal write in this node, if it is one."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print":
        return "print"
    if not isinstance(node, ast.Attribute) or not isinstance(node.value, ast.Name):
        return None
    if node.value.id == "click" and node.attr in PRINTERS:
        return f"click.{node.attr}"
    if node.value.id == "sys" and node.attr in ("stdout", "stderr"):
        return f"sys.{node.attr}"
    return None


def test_no_front_end_module_prints_but_through_the_sanitiser() -> None:
    """cli/output.py is the command line's only writer; the dashboard writes through Textual."""
    offenders = []
    for package in ("cli", "tui", "demo", "ingest", "storage"):
        for path in sorted((ROOT / package).rglob("*.py")):
            if path == ROOT / "cli" / "output.py":
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (what := _prints(node)) is not None:
                    line = getattr(node, "lineno", 0)
                    offenders.append(f"{path.relative_to(ROOT)}:{line}: {what}")
    allowed = {
        "cli/launch.py: sys.stdout",  # isatty() only: picks the demo's mode
        "tui/build_map.py: print",  # a build tool run by hand: prints the file it wrote
    }
    assert {re.sub(r":\d+:", ":", o) for o in offenders} <= allowed, offenders


def _world(feed_server: FeedServer, tmp_path: Path) -> Path:
    when = datetime.now(UTC)
    item = {"title": "Strike", "guid": "1", "description": STORY, "pubDate": when}
    feed_server.route("/ok.xml", rss("Wire", [item]))
    feed_server.route("/reason.xml", "no", status=599, reason=LATIN1_HOSTILE)
    feed_server.route("/encoding.xml", "x", headers={"Content-Encoding": LATIN1_HOSTILE})
    config = tmp_path / "feeds.yaml"
    config.write_text(
        "settings:\n  window: all\nfeeds:\n"
        f"  - url: {feed_server.url('/ok.xml')}\n"
        '    name: "Wire \\e]52;c;SGVsbG8=\\a\\e[2J\\u202e"\n'
        '    tags: ["\\e]0;desk\\a"]\n'
        f"  - url: {feed_server.url('/reason.xml')}\n"
        f"  - url: {feed_server.url('/encoding.xml')}\n",
        encoding="utf-8",
    )
    assert "\x1b" in (load_config(config).feeds[0].name or "")  # the escapes are really there
    return config


def test_server_replies_and_config_names_are_printed_clean(
    feed_server: FeedServer, tmp_path: Path, run_sitrep: Sitrep
) -> None:
    config = _world(feed_server, tmp_path)
    where = ("--config", str(config), "--db", str(tmp_path / "s.db"))
    runs: list[Run] = [run_sitrep("poll", "--once", *where)]
    assert runs[0].code == 0, runs[0].err
    assert "HTTP 599" in runs[0].err and "unsupported compression" in runs[0].err
    for args in (
        ("feeds", "list"),
        ("feeds", "list", "--json"),
        ("events",),
        ("events", "--json"),
        ("tally",),
        ("tally", "--json"),
        ("check",),
    ):
        runs.append(run_sitrep(*args, *where))
        assert runs[-1].code == 0, (args, runs[-1].err)
    assert_clean(*(r.out + r.err for r in runs))
    listed = runs[2].json()
    assert listed[0]["name"].startswith("Wire \x1b]52")  # JSON keeps the data, escaped
    assert "\\u001b" in runs[2].out
    assert "HTTP 599" in listed[1]["last_error"] and "owned" not in listed[1]["last_error"]


def test_a_hostile_key_in_feeds_yaml_is_reported_clean(tmp_path: Path, run_sitrep: Sitrep) -> None:
    config = tmp_path / "feeds.yaml"
    config.write_text('feeds:\n  - url: https://a.test/rss\n    "\\e]0;x\\a\\e[2J": 1\n')
    run = run_sitrep("check", "--config", str(config))
    assert run.code == 2 and "unknown key" in run.err
    assert_clean(run.out, run.err)


def test_extract_does_not_echo_escapes_from_stdin(workdir: Path, run_sitrep: Sitrep) -> None:
    text = f"{HOSTILE} {STORY} {HOSTILE}\n"
    runs = [run_sitrep("extract", *flag, stdin=text) for flag in ((), ("--json",))]
    jsonl = json.dumps({"id": "\x1b[2J\x9b2J", "text": text}, ensure_ascii=False) + "\n"
    runs.append(run_sitrep("extract", "--jsonl", stdin=jsonl))
    for run in runs:
        assert run.code == 0, run.err
    assert "killed: 12" in runs[0].out
    assert_clean(*(r.out + r.err for r in runs))


@pytest.mark.parametrize("char", ["\x1b", "\x9b", "\u202e", "\x07"])
def test_urls_with_control_or_bidi_characters_are_refused(
    char: str, tmp_path: Path, run_sitrep: Sitrep
) -> None:
    url = f"https://wire.test/{char}rss"
    assert url_problem(url) is not None
    config = tmp_path / "feeds.yaml"
    config.write_text("feeds:\n  - url: https://ok.test/rss\n", encoding="utf-8")
    before = config.read_bytes()
    run = run_sitrep("feeds", "add", url, "--no-check", "--config", str(config))
    assert run.code == 2 and "was not added" in run.err and len(run.err.splitlines()) == 1
    assert config.read_bytes() == before
    assert_clean(run.err)
    escaped = url.encode("unicode_escape").decode()
    config.write_text(f'feeds:\n  - url: "{escaped}"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="is refused: the URL contains"):
        load_config(config)


def test_opml_import_refuses_hostile_urls_and_says_so_cleanly(
    tmp_path: Path, run_sitrep: Sitrep
) -> None:
    opml = tmp_path / "list.opml"
    opml.write_text(
        '<?xml version="1.0" encoding="utf-8"?><opml version="2.0"><body>'
        '<outline text="Bidi" xmlUrl="https://a.test/&#x202E;lmth.rss"/>'
        '<outline text="C1" xmlUrl="https://b.test/&#x9B;2J"/>'
        '<outline text="Good" xmlUrl="https://c.test/rss"/>'
        "</body></opml>",
        encoding="utf-8",
    )
    feeds, warnings = parse_opml(opml.read_bytes())
    assert [f.url for f in feeds] == ["https://c.test/rss"]
    assert [w.split(": ", 1)[1] for w in warnings] == [
        "the URL contains a bidi control (U+202E)",
        "the URL contains a control character (U+009B)",
    ]
    config = tmp_path / "feeds.yaml"
    run = run_sitrep("feeds", "import", str(opml), "--no-check", "--config", str(config))
    assert run.code == 0 and "imported 1 feeds" in run.out and run.err.count("skipped:") == 2
    assert_clean(run.out, run.err)
    assert_clean(config.read_text(encoding="utf-8"))


def test_discovered_links_with_escapes_are_ignored() -> None:
    page = (
        '<link rel="alternate" type="application/rss+xml" href="/feed\x1b]52;c;SGk=\x07.xml">'
        '<link rel="alternate" type="application/rss+xml" href="/\u202eclean.xml">'
        '<link rel="alternate" type="application/rss+xml" href="/real.xml">'
    )
    assert find_feed_links(page, "https://site.test/news") == ["https://site.test/real.xml"]

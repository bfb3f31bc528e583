"""`sitrep feeds add/remove/enable/disable/import/export` through click, against a local server."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from cli.main import sitrep
from ingest.config import load_config
from ingest.opml import parse_opml
from tests.builders import rss
from tests.feedserver import FeedServer, unused_port

FEED = rss("Desk Wire", [{"title": "One", "guid": "1"}])
START = "# my desk\nfeeds:\n  - url: https://a.example/rss\n    name: Alpha\n    tags: [world]\n"


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "feeds.yaml"
    path.write_text(START, encoding="utf-8")
    return path


def run(config: Path, *args: str) -> Result:
    return CliRunner().invoke(sitrep, ["feeds", *args, "--config", str(config)])


def test_add_checks_the_feed_and_takes_its_title(config: Path, feed_server: FeedServer) -> None:
    feed_server.route("/rss.xml", FEED)
    url = feed_server.url("/rss.xml")
    result = run(config, "add", url, "--tags", "africa,sahel", "--interval", "15m")
    assert result.exit_code == 0, result.output
    assert result.stdout == f"added 'Desk Wire' ({url}) to {config}\n"
    assert config.read_text(encoding="utf-8") == START + (
        f"  - url: {url}\n    name: Desk Wire\n    tags: [africa, sahel]\n    interval: 15m\n"
    )
    assert feed_server.hits("/rss.xml") == 1


def test_add_web_page_takes_its_feed_without_prompting(
    config: Path, feed_server: FeedServer
) -> None:
    feed_server.route(
        "/world",
        '<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml">'
        "</head></html>",
        headers={"Content-Type": "text/html"},
    )
    feed_server.route("/rss.xml", FEED)
    page, feed = feed_server.url("/world"), feed_server.url("/rss.xml")
    result = run(config, "add", page, "--name", "World desk")
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        f"{page} is a web page; using the feed it links to: {feed} (Desk Wire)\n"
    )
    assert result.stdout == f"added 'World desk' ({feed}) to {config}\n"
    assert [f.url for f in load_config(config).feeds] == ["https://a.example/rss", feed]


def test_add_unreachable_is_refused_with_the_reason(config: Path) -> None:
    url = f"http://127.0.0.1:{unused_port()}/rss.xml"
    result = run(config, "add", url)
    assert result.exit_code == 2
    assert f"{url} was not added: connection refused" in result.stderr
    assert config.read_text(encoding="utf-8") == START


def test_no_check_adds_without_fetching(config: Path, feed_server: FeedServer) -> None:
    feed_server.route("/rss.xml", FEED)
    url = feed_server.url("/rss.xml")
    result = run(config, "add", url, "--no-check")
    assert result.exit_code == 0, result.output
    assert result.stdout == f"added {url} to {config}\n"
    assert feed_server.hits("/rss.xml") == 0
    assert load_config(config).feeds[-1].name is None


def test_duplicate_is_refused_with_the_existing_name(config: Path) -> None:
    result = run(config, "add", "https://a.example/rss/", "--no-check")
    assert result.exit_code == 2
    assert "https://a.example/rss/ is already in the list as 'Alpha'" in result.stderr


def test_disable_enable_remove_by_name_or_url(config: Path) -> None:
    result = run(config, "disable", "alpha")
    assert (result.exit_code, result.stdout) == (
        0,
        f"disabled 'Alpha' (https://a.example/rss) in {config}\n",
    )
    assert load_config(config).feeds[0].enabled is False
    again = run(config, "disable", "Alpha")
    assert again.stdout == f"'Alpha' (https://a.example/rss) was already disabled in {config}\n"
    assert run(config, "enable", "https://a.example/rss").exit_code == 0
    assert config.read_text(encoding="utf-8") == START
    removed = run(config, "remove", "Alpha")
    assert removed.stdout == (
        f"removed 'Alpha' (https://a.example/rss) from {config}\n"
        "to put it back: sitrep feeds add https://a.example/rss --name Alpha --tags world"
        " --no-check\n"
    )
    assert load_config(config).feeds == ()
    assert config.read_text(encoding="utf-8").startswith("# my desk\n")
    back = run(
        config, "add", "https://a.example/rss", "--name", "Alpha", "--tag", "world", "--no-check"
    )
    assert back.exit_code == 0, back.output
    assert config.read_text(encoding="utf-8") == START  # the printed line puts it back as it was


def test_unknown_feed_is_bad_input(config: Path) -> None:
    result = run(config, "remove", "Zulu")
    assert result.exit_code == 2
    assert f"there is no feed 'Zulu' in {config}" in result.stderr


def test_export_then_import_into_a_new_list(config: Path, tmp_path: Path) -> None:
    exported = run(config, "export")
    assert exported.exit_code == 0
    feeds, warnings = parse_opml(exported.stdout.encode())
    assert warnings == []
    assert [(f.url, f.name, f.tags) for f in feeds] == [
        ("https://a.example/rss", "Alpha", ("world",))
    ]
    opml = tmp_path / "out.opml"
    written = run(config, "export", str(opml))
    assert written.stdout == f"exported 1 feeds to {opml}\n"
    target = tmp_path / "other.yaml"
    result = CliRunner().invoke(
        sitrep, ["--config", str(target), "feeds", "import", str(opml), "--no-check"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == f"imported 1 feeds from {opml} into {target} (0 skipped)\n"
    assert target.read_text(encoding="utf-8") == (
        "feeds:\n  - url: https://a.example/rss\n    name: Alpha\n    tags: [world]\n"
    )
    twice = CliRunner().invoke(sitrep, ["--config", str(target), "feeds", "import", str(opml)])
    # (checked this time: the one feed is listed already, so nothing is fetched)
    assert twice.stdout == f"imported 0 feeds from {opml} into {target} (1 skipped)\n"
    assert twice.stderr == ("skipped: https://a.example/rss is already in the list as 'Alpha'\n")


def test_import_refuses_hostile_opml(config: Path) -> None:
    xxe = Path(__file__).resolve().parents[1] / "fixtures" / "opml" / "xxe.opml"
    result = run(config, "import", str(xxe))
    assert result.exit_code == 2
    assert "declares a DTD or entities" in result.stderr
    assert config.read_text(encoding="utf-8") == START


def test_list_filters_by_tag(config: Path, tmp_path: Path) -> None:
    run(config, "add", "https://b.example/rss", "--no-check", "--tags", "africa")
    db = str(tmp_path / "none.db")
    result = CliRunner().invoke(
        sitrep, ["feeds", "list", "--json", "--tag", "AFRICA", "--config", str(config), "--db", db]
    )
    assert result.exit_code == 0, result.output
    assert '"url": "https://b.example/rss"' in result.stdout
    assert "a.example" not in result.stdout


class _Terminal:
    """Stands in for a terminal on stdin (CliRunner's own stdin is never a tty)."""

    stdin = type("TTY", (), {"isatty": staticmethod(lambda: True)})()


@pytest.mark.parametrize(("answer", "added"), [("y\n", True), ("n\n", False)])
def test_add_web_page_asks_on_a_terminal(
    config: Path, feed_server: FeedServer, monkeypatch: pytest.MonkeyPatch, answer: str,
    added: bool,
) -> None:  # fmt: skip
    feed_server.route(
        "/world",
        '<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml">'
        "</head></html>",
        headers={"Content-Type": "text/html"},
    )
    feed_server.route("/rss.xml", FEED)
    monkeypatch.setattr("cli.cmd_feeds.sys", _Terminal)
    page, feed = feed_server.url("/world"), feed_server.url("/rss.xml")
    result = CliRunner().invoke(
        sitrep, ["feeds", "add", page, "--config", str(config)], input=answer
    )
    assert result.stderr.startswith(
        f"{page} is a web page; add the feed it links to, {feed} (Desk Wire)? [Y/n]: "
    )
    assert result.exit_code == (0 if added else 1)
    assert (feed in config.read_text(encoding="utf-8")) is added


@pytest.mark.parametrize("command", ["remove", "enable", "disable"])
def test_a_blank_feed_argument_is_refused(tmp_path: Path, command: str) -> None:
    # The second feed has no name: a blank argument used to pick it.
    path = tmp_path / "feeds.yaml"
    text = START + "  - url: https://b.example/rss\n"
    path.write_text(text, encoding="utf-8")
    for blank in ("", "  "):
        result = run(path, command, blank)
        assert (result.exit_code, result.stderr) == (2, "Error: give a feed's URL or name\n")
    assert path.read_text(encoding="utf-8") == text


def test_add_refuses_a_duplicate_in_other_case_and_a_taken_name(config: Path) -> None:
    upper = run(config, "add", "HTTPS://A.EXAMPLE/rss", "--no-check")
    assert upper.exit_code == 2
    assert upper.stderr == "Error: HTTPS://A.EXAMPLE/rss is already in the list as 'Alpha'\n"
    named = run(config, "add", "https://c.example/rss", "--no-check", "--name", "alpha")
    assert named.exit_code == 2
    assert named.stderr == "Error: a feed is already named 'Alpha'; choose another name\n"
    blank = run(config, "add", " ", "--no-check")
    assert (blank.exit_code, blank.stderr) == (2, "Error: give the feed's URL\n")
    assert config.read_text(encoding="utf-8") == START


def test_import_says_skipped_once(config: Path, tmp_path: Path) -> None:
    opml = tmp_path / "in.opml"
    opml.write_text(
        '<opml version="2.0"><body><outline text="JS" xmlUrl="javascript:void(0)"/>'
        '<outline text="c.example" xmlUrl="https://c.example/rss"/></body></opml>',
        encoding="utf-8",
    )
    result = run(config, "import", str(opml), "--no-check")
    assert result.exit_code == 0, result.output
    assert result.stderr == "skipped: 'JS' (javascript:void(0)): not an http(s) address\n"
    # The outline text is the host: the feed stays nameless.
    assert config.read_text(encoding="utf-8") == START + "  - url: https://c.example/rss\n"


def test_list_on_a_file_that_is_not_a_database_is_bad_input(config: Path, tmp_path: Path) -> None:
    db = tmp_path / "corrupt.db"
    db.write_bytes(bytes(range(256)) * 16)
    result = CliRunner().invoke(sitrep, ["feeds", "list", "--config", str(config), "--db", str(db)])
    assert result.exit_code == 2
    assert result.stderr == f"Error: {db} is not a sitrep database (file is not a database)\n"
    assert result.stdout == ""


def test_database_paths_through_a_file_or_at_a_folder_are_one_sentence(tmp_path: Path) -> None:
    empty = tmp_path / "empty.yaml"
    empty.write_text("feeds:\n", encoding="utf-8")
    afile = tmp_path / "afile"
    afile.write_text("not a folder", encoding="utf-8")
    under = afile / "x.db"
    poll = CliRunner().invoke(
        sitrep, ["poll", "--once", "--config", str(empty), "--db", str(under)]
    )
    assert (poll.exit_code, poll.stderr) == (
        2,
        f"Error: cannot create the database {under}: {afile} is not a folder\n",
    )
    events = CliRunner().invoke(sitrep, ["events", "--config", str(empty), "--db", str(tmp_path)])
    assert (events.exit_code, events.stderr) == (
        2,
        f"Error: {tmp_path} is a folder, not a database file\n",
    )


def test_check_names_a_latin1_line_and_a_folder(tmp_path: Path) -> None:
    latin = tmp_path / "feeds.yaml"
    latin.write_bytes(b"feeds:\n  - url: https://a.example/\n    name: Caf\xe9\n")
    result = CliRunner().invoke(sitrep, ["check", "--config", str(latin)])
    assert (result.exit_code, result.stderr) == (
        2,
        "Error: feeds.yaml:3: not UTF-8 text (byte 0xe9); save the file as UTF-8\n",
    )
    folder = CliRunner().invoke(sitrep, ["check", "--config", str(tmp_path)])
    assert (folder.exit_code, folder.stderr) == (2, f"Error: {tmp_path} is a folder, not a file\n")


def test_import_checks_every_url_at_once_with_progress(
    config: Path, feed_server: FeedServer, tmp_path: Path
) -> None:
    feed_server.route("/ok.xml", FEED)
    feed_server.route(
        "/page",
        '<html><head><link rel="alternate" type="application/rss+xml" href="/ok2.xml">'
        "</head></html>",
        headers={"Content-Type": "text/html"},
    )
    feed_server.route("/ok2.xml", rss("Page Wire", [{"title": "Two", "guid": "2"}]))
    feed_server.route("/gone.xml", "nothing here", status=404)
    ok, page, gone = (feed_server.url(p) for p in ("/ok.xml", "/page", "/gone.xml"))
    opml = tmp_path / "in.opml"
    opml.write_text(
        '<opml version="2.0"><body>'
        f'<outline text="Ok" xmlUrl="{ok}"/><outline text="Page" xmlUrl="{page}"/>'
        f'<outline text="Gone" xmlUrl="{gone}"/>'
        '<outline text="Alpha" xmlUrl="https://a.example/rss"/>'  # listed: never fetched
        "</body></opml>",
        encoding="utf-8",
    )
    result = run(config, "import", str(opml))
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert lines[0] == "checking 3 feed(s)…"
    progress = sorted(lines[1:4])  # in the order the checks finish
    assert [line[:6] for line in progress] == ["[1/3] ", "[2/3] ", "[3/3] "]
    assert sorted(line[6:] for line in progress) == sorted(
        [
            f"ok {ok}",
            f"ok {page} (a page: its feed is {feed_server.url('/ok2.xml')})",
            f"failed {gone}: HTTP 404 Not Found",
        ]
    )
    assert lines[4:] == [
        f"skipped: {gone}: HTTP 404 Not Found (--no-check adds it anyway)",
        "skipped: https://a.example/rss is already in the list as 'Alpha'",
    ]
    assert result.stdout == f"imported 2 feeds from {opml} into {config} (2 skipped)\n"
    assert [(f.url, f.name) for f in load_config(config).feeds] == [
        ("https://a.example/rss", "Alpha"),
        (ok, "Ok"),
        (feed_server.url("/ok2.xml"), "Page"),
    ]
    assert feed_server.hits("/gone.xml") == 1

    config.write_text(START, encoding="utf-8")
    unchecked = run(config, "import", str(opml), "--no-check")
    assert unchecked.stdout == f"imported 3 feeds from {opml} into {config} (1 skipped)\n"
    assert feed_server.hits("/gone.xml") == 1  # not fetched again


def test_tags_and_tag_both_work_and_an_interval_keeps_its_form(config: Path) -> None:
    one = run(
        config,
        "add",
        "https://b.example/rss",
        "--tags",
        "africa,sahel",
        "--interval",
        "10m",
        "--no-check",
    )
    two = run(
        config, "add", "https://c.example/rss", "--tag", "africa", "--tag", "sahel", "--no-check"
    )
    assert (one.exit_code, two.exit_code) == (0, 0), one.output + two.output
    text = config.read_text(encoding="utf-8")
    assert "  - url: https://b.example/rss\n    tags: [africa, sahel]\n    interval: 10m\n" in text
    assert "  - url: https://c.example/rss\n    tags: [africa, sahel]\n" in text

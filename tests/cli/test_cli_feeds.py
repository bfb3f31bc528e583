"""`sitrep feeds add/remove/enable/disable/import/export` through click, against a local server."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import tui.commands  # noqa: F401 - registers the subcommands
from ingest.config import load_config
from ingest.opml import parse_opml
from tests.builders import rss
from tests.feedserver import FeedServer, unused_port
from tui.cli import cli

FEED = rss("Desk Wire", [{"title": "One", "guid": "1"}])
START = "# my desk\nfeeds:\n  - url: https://a.example/rss\n    name: Alpha\n    tags: [world]\n"


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "feeds.yaml"
    path.write_text(START, encoding="utf-8")
    return path


def run(config: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["feeds", *args, "--config", str(config)])


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
    assert removed.stdout == f"removed 'Alpha' (https://a.example/rss) from {config}\n"
    assert load_config(config).feeds == ()
    assert config.read_text(encoding="utf-8").startswith("# my desk\n")


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
    result = CliRunner().invoke(cli, ["--config", str(target), "feeds", "import", str(opml)])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"imported 1 feeds from {opml} into {target} (0 skipped)\n"
    assert target.read_text(encoding="utf-8") == (
        "feeds:\n  - url: https://a.example/rss\n    name: Alpha\n    tags: [world]\n"
    )
    twice = CliRunner().invoke(cli, ["--config", str(target), "feeds", "import", str(opml)])
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
        cli, ["feeds", "list", "--json", "--tag", "AFRICA", "--config", str(config), "--db", db]
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
    monkeypatch.setattr("tui.cmd_feeds.sys", _Terminal)
    page, feed = feed_server.url("/world"), feed_server.url("/rss.xml")
    result = CliRunner().invoke(cli, ["feeds", "add", page, "--config", str(config)], input=answer)
    assert result.stderr.startswith(
        f"{page} is a web page; add the feed it links to, {feed} (Desk Wire)? [Y/n]: "
    )
    assert result.exit_code == (0 if added else 1)
    assert (feed in config.read_text(encoding="utf-8")) is added

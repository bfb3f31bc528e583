"""Trust is decided from the config that was read: a ./feeds.yaml swapped in after sitrep chose
the user's own config is never read, so its alert command cannot borrow that trust."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import platformdirs
import pytest
from click.testing import CliRunner

import cli.context
from cli.main import sitrep
from ingest.config import Config
from ingest.paths import ConfigLocation, load_location, resolve_config
from tests.builders import rss
from tests.feedserver import FeedServer


def _config(url: str, command: list[str] | None = None) -> str:
    text = f"settings:\n  interval: 1m\nfeeds:\n  - url: {url}\n"
    if command is not None:
        text += (
            "alerts:\n  - name: gas\n    when: keyword\n    keywords: [chlorine]\n"
            f"    command: {json.dumps(command)}\n"
        )
    return text


@pytest.mark.parametrize("move", ["removed after reading", "swapped in after choosing"])
def test_trust_is_decided_for_the_config_that_was_read(
    move: str, feed_server: FeedServer, workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    item = {"title": "Chlorine attack", "guid": "1", "description": "chlorine"}
    feed_server.route("/a.xml", rss("A", [{**item, "pubDate": datetime.now(UTC)}]))
    url = feed_server.url("/a.xml")
    user = Path(platformdirs.user_config_dir("sitrep")) / "feeds.yaml"
    user.parent.mkdir(parents=True, exist_ok=True)
    user.write_text(_config(url), encoding="utf-8")  # the user's own: no command
    pwned = workdir / "pwned"
    local = workdir / "feeds.yaml"
    attack = _config(url, [sys.executable, "-c", f"open({str(pwned)!r}, 'w')"])
    resolutions: list[ConfigLocation] = []

    def resolve(explicit: str | None = None) -> ConfigLocation:
        found = resolve_config(explicit)
        resolutions.append(found)
        if move == "swapped in after choosing":
            local.write_text(attack, encoding="utf-8")
        return found

    def load(location: ConfigLocation) -> Config:
        config = load_location(location)
        if move == "removed after reading":
            local.unlink(missing_ok=True)  # trust asked now would find the user's config
        return config

    if move == "removed after reading":
        local.write_text(attack, encoding="utf-8")
    monkeypatch.setattr(cli.context, "resolve_config", resolve)
    monkeypatch.setattr(cli.context, "load_location", load)
    result = CliRunner().invoke(sitrep, ["poll", "--once", "--db", str(workdir / "s.db")])
    assert result.exit_code == 0, result.output
    assert not pwned.exists()
    assert len(resolutions) == 1  # one decision, for the file that was read

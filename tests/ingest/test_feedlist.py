"""Editing feeds.yaml: comments and order survive, invalid edits and crashes change nothing."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from ingest.config import FeedConfig, load_config
from ingest.feedlist import (
    FeedListError,
    FeedListWriteError,
    add_feed,
    find_feed,
    import_feeds,
    remove_feed,
    restore_feed,
    set_enabled,
    take_feed,
    update_feed,
    written_intervals,
)
from ingest.paths import bundled_feeds_yaml

ANNOTATED = """\
# Desk feeds, kept by hand.
settings:
  interval: 5m  # poll often

feeds:
  # --- world desk ---
  - url: https://a.example/rss
    name: Alpha Wire  # the fast one
    tags: [world]

  # --- africa desk ---
  - url: https://b.example/feed
    name: Bravo
    interval: 10m

# Example alert, off for now:
# alerts:
#   - name: x
"""


@pytest.fixture
def feeds_yaml(tmp_path: Path) -> Path:
    path = tmp_path / "feeds.yaml"
    path.write_text(ANNOTATED, encoding="utf-8")
    return path


def test_add_keeps_comments_and_formats_like_the_others(feeds_yaml: Path) -> None:
    feed = add_feed(
        feeds_yaml, "https://c.example/rss", name="Charlie: Sahel", interval="15m", tags=["africa"]
    )
    assert feed == FeedConfig(
        url="https://c.example/rss", name="Charlie: Sahel", interval=900.0, tags=("africa",)
    )
    assert feeds_yaml.read_text(encoding="utf-8") == ANNOTATED.replace(
        "    interval: 10m\n",
        "    interval: 10m\n"
        "  - url: https://c.example/rss\n"
        "    name: 'Charlie: Sahel'\n"
        "    tags: [africa]\n"
        "    interval: 15m\n",
    )


def test_remove_keeps_the_desk_heading_and_the_closing_comments(feeds_yaml: Path) -> None:
    removed = remove_feed(feeds_yaml, "bravo")
    assert removed.url == "https://b.example/feed"
    text = feeds_yaml.read_text(encoding="utf-8")
    assert text == ANNOTATED.replace(
        "  - url: https://b.example/feed\n    name: Bravo\n    interval: 10m\n", ""
    )
    assert [f.url for f in load_config(feeds_yaml).feeds] == ["https://a.example/rss"]


def test_remove_first_keeps_every_comment_in_order(feeds_yaml: Path) -> None:
    remove_feed(feeds_yaml, "https://a.example/rss/")
    text = feeds_yaml.read_text(encoding="utf-8")
    lines = [line.strip() for line in text.splitlines() if line.strip().startswith("#")]
    assert lines == [
        "# Desk feeds, kept by hand.",
        "# --- world desk ---",
        "# --- africa desk ---",
        "# Example alert, off for now:",
        "# alerts:",
        "#   - name: x",
    ]
    assert "# poll often" in text
    assert "Alpha" not in text


def test_disable_then_enable_restores_the_exact_file(feeds_yaml: Path) -> None:
    disabled = set_enabled(feeds_yaml, "Alpha Wire", False)
    assert disabled.enabled is False
    text = feeds_yaml.read_text(encoding="utf-8")
    assert "    tags: [world]\n    enabled: false\n\n  # --- africa desk ---" in text
    assert set_enabled(feeds_yaml, "Alpha Wire", True).enabled is True
    assert feeds_yaml.read_text(encoding="utf-8") == ANNOTATED


def test_disable_last_feed_keeps_closing_comments_last(feeds_yaml: Path) -> None:
    set_enabled(feeds_yaml, "Bravo", False)
    assert feeds_yaml.read_text(encoding="utf-8") == ANNOTATED.replace(
        "    interval: 10m\n", "    interval: 10m\n    enabled: false\n"
    )


def test_update_changes_fields_in_place(feeds_yaml: Path) -> None:
    feed = update_feed(
        feeds_yaml, "Alpha Wire", name="Alpha", tags=["world", "europe"], interval="2h"
    )
    assert (feed.name, feed.tags, feed.interval) == ("Alpha", ("world", "europe"), 7200.0)
    assert feeds_yaml.read_text(encoding="utf-8") == ANNOTATED.replace(
        "    name: Alpha Wire  # the fast one\n    tags: [world]\n",
        # ruamel keeps an end-of-line comment in its column.
        "    name: Alpha       # the fast one\n    tags: [world, europe]\n    interval: 2h\n",
    )
    renamed = update_feed(feeds_yaml, "Alpha", url="https://a2.example/rss", name="")
    assert (renamed.url, renamed.name) == ("https://a2.example/rss", None)
    assert "# the fast one" not in feeds_yaml.read_text(encoding="utf-8")


def test_duplicate_is_refused_with_the_existing_name(feeds_yaml: Path) -> None:
    with pytest.raises(FeedListError) as info:
        add_feed(feeds_yaml, "https://a.example/rss/")
    assert str(info.value) == "https://a.example/rss/ is already in the list as 'Alpha Wire'"
    with pytest.raises(FeedListError, match="already in the list as 'Bravo'"):
        update_feed(feeds_yaml, "Alpha Wire", url="https://b.example/feed")


def test_unknown_and_ambiguous_names(feeds_yaml: Path, tmp_path: Path) -> None:
    with pytest.raises(FeedListError) as info:
        remove_feed(feeds_yaml, "Zulu")
    assert str(info.value) == f"there is no feed 'Zulu' in {feeds_yaml}"
    twins = tmp_path / "twins.yaml"
    twins.write_text(
        "feeds:\n  - url: https://a.example/\n    name: Same\n"
        "  - url: https://b.example/\n    name: same\n"
    )
    with pytest.raises(FeedListError, match="2 feeds are named 'Same': give the URL instead"):
        set_enabled(twins, "Same", False)
    assert find_feed(twins, "https://b.example").name == "same"


def test_failed_validation_writes_nothing(feeds_yaml: Path) -> None:
    before = feeds_yaml.read_bytes()
    with pytest.raises(FeedListError) as info:
        add_feed(feeds_yaml, "https://c.example/rss", interval="soon")
    assert str(info.value) == (
        "the change was not saved: 'interval': 'soon' is not a duration "
        "(use seconds, or 90s, 10m, 2h, 7d)"
    )
    with pytest.raises(FeedListError, match="is not an http"):
        add_feed(feeds_yaml, "ftp://c.example/rss")
    assert feeds_yaml.read_bytes() == before


def test_an_invalid_file_is_not_edited(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text("feeds:\n  - url: https://a.example/\n    intervall: 5m\n")
    with pytest.raises(FeedListError) as info:
        add_feed(path, "https://b.example/")
    assert str(info.value) == (
        "feeds.yaml:3: unknown key 'intervall' (did you mean 'interval'?) "
        "(fix feeds.yaml before editing the list)"
    )


def test_crash_before_rename_leaves_the_old_file(
    feeds_yaml: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = feeds_yaml.read_bytes()

    def crash(src: object, dst: object) -> None:
        raise OSError("simulated power cut")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(FeedListWriteError, match=r"could not be written \(simulated power cut\)"):
        add_feed(feeds_yaml, "https://c.example/rss")
    assert feeds_yaml.read_bytes() == before
    # no temporary file left behind; the edit lock's sidecar file stays
    assert sorted(p.name for p in feeds_yaml.parent.iterdir()) == [".feeds.yaml.lock", "feeds.yaml"]


def test_mode_and_symlink_are_kept(feeds_yaml: Path, tmp_path: Path) -> None:
    feeds_yaml.chmod(0o600)
    link = tmp_path / "link.yaml"
    link.symlink_to(feeds_yaml)
    add_feed(link, "https://c.example/rss")
    assert link.is_symlink()
    assert stat.S_IMODE(feeds_yaml.stat().st_mode) == 0o600
    assert "https://c.example/rss" in feeds_yaml.read_text(encoding="utf-8")


def test_missing_file_is_created(tmp_path: Path) -> None:
    path = tmp_path / "new" / "feeds.yaml"
    add_feed(path, "https://a.example/rss", tags=["world", "africa"], enabled=False)
    assert path.read_text(encoding="utf-8") == (
        "feeds:\n  - url: https://a.example/rss\n    tags: [world, africa]\n    enabled: false\n"
    )


def test_file_of_comments_and_settings_only(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text("# nothing yet\n")
    add_feed(path, "https://a.example/rss")
    assert path.read_text() == "# nothing yet\nfeeds:\n  - url: https://a.example/rss\n"
    path.write_text("settings:\n  interval: 5m\n# the end\n")
    add_feed(path, "https://a.example/rss")
    assert path.read_text() == (
        "settings:\n  interval: 5m\nfeeds:\n  - url: https://a.example/rss\n# the end\n"
    )


def test_removing_the_last_feed_leaves_a_valid_empty_list(feeds_yaml: Path) -> None:
    remove_feed(feeds_yaml, "Alpha Wire")
    remove_feed(feeds_yaml, "Bravo")
    text = feeds_yaml.read_text(encoding="utf-8")
    assert load_config(feeds_yaml).feeds == ()
    assert "# --- africa desk ---" in text and "#   - name: x" in text


def test_block_style_lists_and_other_indentation_are_followed(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text("feeds:\n- url: https://a.example/\n  tags:\n  - world\n")
    add_feed(path, "https://b.example/", tags=["africa"])
    assert path.read_text() == (
        "feeds:\n- url: https://a.example/\n  tags:\n  - world\n"
        "- url: https://b.example/\n  tags:\n  - africa\n"
    )


def test_import_adds_new_feeds_and_skips_listed_ones(feeds_yaml: Path) -> None:
    added, skipped = import_feeds(
        feeds_yaml,
        [
            FeedConfig(url="https://a.example/rss", name="Other name"),
            FeedConfig(url="https://d.example/rss", name="Delta", tags=("europe",)),
            FeedConfig(url="https://e.example/rss", enabled=False),
        ],
    )
    assert [f.url for f in added] == ["https://d.example/rss", "https://e.example/rss"]
    assert skipped == ["https://a.example/rss is already in the list as 'Alpha Wire'"]
    config = load_config(feeds_yaml)
    assert [(f.name, f.tags, f.enabled) for f in config.feeds[2:]] == [
        ("Delta", ("europe",), True),
        (None, (), False),
    ]
    assert feeds_yaml.read_text(encoding="utf-8").endswith(
        "# Example alert, off for now:\n# alerts:\n#   - name: x\n"
    )


def test_bundled_list_round_trips_every_comment(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    original = bundled_feeds_yaml()
    path.write_text(original, encoding="utf-8")
    first = load_config(path).feeds[0]
    add_feed(path, "https://new.example/rss", name="New", tags=["world"])
    set_enabled(path, first.url, False)
    set_enabled(path, first.url, True)
    remove_feed(path, "New")
    assert path.read_text(encoding="utf-8") == original


def test_emptied_list_takes_new_feeds_under_its_headings(feeds_yaml: Path) -> None:
    remove_feed(feeds_yaml, "Alpha Wire")
    remove_feed(feeds_yaml, "Bravo")
    add_feed(feeds_yaml, "https://z.example/rss")
    lines = [line.strip() for line in feeds_yaml.read_text(encoding="utf-8").splitlines()]
    assert [line for line in lines if line.startswith(("#", "-"))] == [
        "# Desk feeds, kept by hand.",
        "# --- world desk ---",
        "# --- africa desk ---",
        "- url: https://z.example/rss",
        "# Example alert, off for now:",
        "# alerts:",
        "#   - name: x",
    ]


def test_crlf_file_keeps_its_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_bytes(b"# desk list\r\nfeeds:\r\n  - url: https://a.example/rss\r\n")
    add_feed(path, "https://b.example/rss", name="B")
    data = path.read_bytes()
    assert b"https://b.example/rss" in data
    assert data.count(b"\r\n") == data.count(b"\n")
    assert data.startswith(b"# desk list\r\n")


NAMELESS = (
    "feeds:\n  - url: https://a.example/rss\n    name: Alpha\n  - url: https://b.example/rss\n"
)


@pytest.mark.parametrize("blank", ["", "   ", "\t"])
def test_a_blank_url_or_name_matches_no_feed(tmp_path: Path, blank: str) -> None:
    # The second feed has no name: a blank argument must not pick it.
    path = tmp_path / "feeds.yaml"
    path.write_text(NAMELESS, encoding="utf-8")
    edits: list[Callable[[], object]] = [
        lambda: remove_feed(path, blank),
        lambda: set_enabled(path, blank, False),
        lambda: find_feed(path, blank),
        lambda: update_feed(path, blank, name="x"),
    ]
    for edit in edits:
        with pytest.raises(FeedListError) as info:
            edit()
        assert str(info.value) == "give a feed's URL or name"
    with pytest.raises(FeedListError) as added:
        add_feed(path, blank)
    assert str(added.value) == "give the feed's URL"
    assert path.read_text(encoding="utf-8") == NAMELESS


def test_scheme_and_host_case_do_not_make_a_new_feed(feeds_yaml: Path) -> None:
    with pytest.raises(FeedListError) as info:
        add_feed(feeds_yaml, "HTTPS://A.Example/rss")
    assert str(info.value) == "HTTPS://A.Example/rss is already in the list as 'Alpha Wire'"
    assert find_feed(feeds_yaml, "Https://B.EXAMPLE/feed/").name == "Bravo"
    # The path is case-sensitive: another feed.
    assert add_feed(feeds_yaml, "https://a.example/RSS").url == "https://a.example/RSS"
    added, skipped = import_feeds(feeds_yaml, [FeedConfig(url="HTTPS://B.example/feed")])
    assert (added, skipped) == ([], ["HTTPS://B.example/feed is already in the list as 'Bravo'"])


def test_a_name_already_taken_is_refused(feeds_yaml: Path) -> None:
    before = feeds_yaml.read_bytes()
    with pytest.raises(FeedListError) as info:
        add_feed(feeds_yaml, "https://c.example/rss", name="alpha wire")
    assert str(info.value) == "a feed is already named 'Alpha Wire'; choose another name"
    with pytest.raises(FeedListError) as renamed:
        update_feed(feeds_yaml, "Alpha Wire", name="Bravo")
    assert str(renamed.value) == "a feed is already named 'Bravo'; choose another name"
    assert feeds_yaml.read_bytes() == before
    # Renaming a feed to its own name (another case) is not a clash.
    assert update_feed(feeds_yaml, "Bravo", name="BRAVO").name == "BRAVO"


def test_a_file_that_is_not_utf8_names_its_line_and_byte(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_bytes(b"feeds:\n  - url: https://a.example/\n    name: Caf\xe9\n")
    with pytest.raises(FeedListError) as info:
        remove_feed(path, "https://a.example/")
    assert str(info.value) == "feeds.yaml:3: not UTF-8 text (byte 0xe9); save the file as UTF-8"


def test_a_blank_name_adds_a_nameless_feed(feeds_yaml: Path) -> None:
    feed = add_feed(feeds_yaml, "https://c.example/rss", name="  \t")
    assert feed.name is None
    assert "    interval: 10m\n  - url: https://c.example/rss\n\n# Example" in feeds_yaml.read_text(
        encoding="utf-8"
    )


def test_a_removed_feed_goes_back_where_it_was_as_it_was_written(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    text = (
        "feeds:\n"
        "  # --- desk A ---\n"
        "  - url: https://a.example/rss\n    name: A\n    interval: 10m\n    tags: [x, y]\n"
        "  - url: https://b.example/rss\n"
    )
    path.write_text(text, encoding="utf-8")
    assert written_intervals(path) == {"https://a.example/rss": "10m"}
    removed = take_feed(path, "A")
    assert (removed.index, removed.entry["interval"]) == (0, "10m")
    assert removed.add_command() == (
        "sitrep feeds add https://a.example/rss --name A --interval 10m --tags x,y --no-check"
    )
    assert "a.example" not in path.read_text(encoding="utf-8")
    restore_feed(path, removed)
    assert path.read_text(encoding="utf-8") == text
    with pytest.raises(FeedListError, match="already in the list"):
        restore_feed(path, removed)
    update_feed(path, "A", name="A", interval="10m", tags=["x", "y"])  # an untouched form
    assert path.read_text(encoding="utf-8") == text
    update_feed(path, "A", interval="15m")
    assert "    interval: 15m\n" in path.read_text(encoding="utf-8")

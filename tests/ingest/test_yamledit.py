"""Round-trip YAML editing on a document that is not a feed list: the helpers are generic."""

from __future__ import annotations

import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from ingest.yamledit import (
    append_item,
    delete_item,
    delete_key,
    dump_like,
    dumper_like,
    seq_like,
    set_key,
    set_or_delete,
    write_atomic,
)

# Four-space indents and a wide dash offset, unlike the feed list's defaults.
DOC = """\
# stations
stations:
    -   id: north
        freq: 101.1  # loud
        # after freq
        band: fm

    # southern group
    -   id: south
        freq: 99.5
# closing
"""
NORTH = """\
    -   id: north
        freq: 101.1  # loud
        # after freq
        band: fm
"""
SOUTH = """\
    -   id: south
        freq: 99.5
"""


def edited(edit: Callable[[CommentedMap], object], doc: str = DOC) -> str:
    data = YAML(typ="rt").load(doc)
    edit(data)
    return dump_like(dumper_like(data, "stations"), data, doc)


def station(name: str, freq: float) -> CommentedMap:
    entry = CommentedMap()
    entry["id"], entry["freq"] = name, freq
    return entry


def test_an_untouched_document_comes_back_byte_for_byte() -> None:
    assert edited(lambda data: None) == DOC


def test_an_appended_item_is_indented_like_its_siblings_above_the_closing_comment() -> None:
    added = "    -   id: east\n        freq: 90.0\n"
    result = edited(lambda data: append_item(data["stations"], station("east", 90.0)))
    assert result == DOC.replace(SOUTH, SOUTH + added)


def test_deleting_the_last_item_keeps_its_heading_and_the_closing_comment() -> None:
    assert edited(lambda data: delete_item(data, "stations", 1)) == DOC.replace(SOUTH, "")


def test_deleting_the_first_item_keeps_the_next_heading() -> None:
    assert edited(lambda data: delete_item(data, "stations", 0)) == DOC.replace(NORTH, "")


def test_emptying_the_list_leaves_an_empty_key_with_its_comments() -> None:
    def empty(data: CommentedMap) -> None:
        delete_item(data, "stations", 1)
        delete_item(data, "stations", 0)

    assert edited(empty) == "# stations\nstations:\n\n    # southern group\n# closing\n"
    assert YAML(typ="safe").load(edited(empty)) == {"stations": None}


def test_a_new_last_key_goes_above_the_comments_after_the_entry() -> None:
    result = edited(lambda data: set_key(data["stations"][1], "band", "am"))
    assert result == DOC.replace(SOUTH, SOUTH + "        band: am\n")


def test_deleting_a_key_drops_its_end_of_line_comment_but_not_the_lines_after() -> None:
    result = edited(lambda data: delete_key(data["stations"][0], "freq"))
    assert result == DOC.replace("        freq: 101.1  # loud\n", "")


def test_set_or_delete_deletes_on_none_and_sets_otherwise() -> None:
    assert edited(lambda data: set_or_delete(data["stations"][1], "freq", None)) == DOC.replace(
        "        freq: 99.5\n", ""
    )
    result = edited(lambda data: set_or_delete(data["stations"][1], "freq", 88.1))
    assert result == DOC.replace("freq: 99.5", "freq: 88.1")


def test_dump_keeps_crlf_and_a_missing_final_newline() -> None:
    yaml = YAML(typ="rt")
    assert dump_like(yaml, {"a": 1, "b": 2}, "x: 1\r\ny: 2\r\n") == "a: 1\r\nb: 2\r\n"
    assert dump_like(yaml, {"a": 1}, "x: 1") == "a: 1"
    assert dump_like(yaml, {"a": 1}, "", prefix="# head\n") == "# head\na: 1\n"


def test_a_new_list_follows_the_style_of_the_last_sibling_that_has_one() -> None:
    flow = YAML(typ="rt").load("- {id: a, tags: [x]}\n- {id: b}\n")
    block = YAML(typ="rt").load("- id: a\n  tags:\n  - x\n- id: b\n")
    assert seq_like(flow, "tags", ["y", "z"]).fa.flow_style() is True
    assert seq_like(block, "tags", ["y"]).fa.flow_style() is False
    assert seq_like(CommentedSeq(), "tags", ["y"]).fa.flow_style() is True
    assert list(seq_like(block, "tags", ["y", "z"])) == ["y", "z"]


def test_write_atomic_creates_missing_folders_with_a_readable_mode(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "list.yaml"
    write_atomic(path, "x: 1\r\n")
    assert path.read_bytes() == b"x: 1\r\n"  # written as given, no newline translation
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert [p.name for p in path.parent.iterdir()] == ["list.yaml"]


def test_write_atomic_replaces_through_a_symlink_keeping_the_mode(tmp_path: Path) -> None:
    target = tmp_path / "real.yaml"
    target.write_text("old\n")
    target.chmod(0o600)
    link = tmp_path / "link.yaml"
    link.symlink_to(target)
    write_atomic(link, "new\n")
    assert link.is_symlink() and link.resolve() == target
    assert (target.read_text(), stat.S_IMODE(target.stat().st_mode)) == ("new\n", 0o600)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.yaml", "real.yaml"]


def test_write_atomic_into_a_missing_folder_it_cannot_create_fails_cleanly(
    tmp_path: Path,
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(OSError):
        write_atomic(blocker / "list.yaml", "x: 1\n")
    assert [p.name for p in tmp_path.iterdir()] == ["file"]

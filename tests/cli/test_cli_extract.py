"""`sitrep extract --jsonl`: one output line per input line, strict JSON, bad lines reported."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from cli.main import sitrep

EXAMPLE = '{"id": 1, "text": "..."}'
GOOD = '{"id": 1, "text": "Three people were killed in an air strike."}\n'


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "feeds.yaml"
    path.write_text("feeds:\n", encoding="utf-8")
    return path


def jsonl(config: Path, data: bytes) -> Result:
    return CliRunner().invoke(sitrep, ["extract", "--jsonl", "--config", str(config)], input=data)


def _no_constant(name: str) -> Any:
    raise AssertionError(f"{name} in the output")


def lines_of(result: Result) -> list[dict[str, Any]]:
    """The output lines, parsed strictly: NaN or Infinity would fail the test."""
    return [json.loads(line, parse_constant=_no_constant) for line in result.stdout.splitlines()]


def test_bad_and_blank_lines_keep_their_place_and_the_run_goes_on(config: Path) -> None:
    data = (
        GOOD
        + "\n"
        + "not json\n"
        + '["a list"]\n'
        + '{"id": "k", "txt": "a typo in the key"}\n'
        + '{"id": 6, "text": "Two soldiers were wounded."}\n'
    )
    result = jsonl(config, data.encode())
    assert result.exit_code == 2
    out = lines_of(result)
    assert [(o["id"], o.get("killed"), o.get("injured")) for o in out] == [
        (1, 3, 0),
        (None, None, None),
        (None, None, None),
        (None, None, None),
        ("k", None, None),
        (6, 0, 2),
    ]
    assert [o.get("error") for o in out] == [
        None,
        f"line 2: a blank line, expected a JSON object like {EXAMPLE}",
        "line 3: not JSON (Expecting value at column 1)",
        f"line 4: expected a JSON object like {EXAMPLE}",
        'line 5: expected a "text" string',
        None,
    ]
    assert result.stderr == (
        "Error: 4 of 6 line(s) could not be read, the first at line 2: "
        f"a blank line, expected a JSON object like {EXAMPLE}\n"
    )


def test_a_bom_on_the_first_line_is_not_an_error(config: Path) -> None:
    result = jsonl(config, b"\xef\xbb\xbf" + GOOD.encode() + GOOD.encode())
    assert result.exit_code == 0, result.output
    assert [(o["id"], o["killed"]) for o in lines_of(result)] == [(1, 3), (1, 3)]


@pytest.mark.parametrize(
    ("line", "error"),
    [
        ('{"id": NaN, "text": "x"}', "line 1: NaN is not a JSON number"),
        ('{"id": 1, "text": "x", "n": Infinity}', "line 1: Infinity is not a JSON number"),
        ('{"id": -Infinity, "text": "x"}', "line 1: -Infinity is not a JSON number"),
        ('{"id": 1e400, "text": "x"}', "line 1: 1e400 is too large for a JSON number"),
    ],
)
def test_non_finite_numbers_are_refused(config: Path, line: str, error: str) -> None:
    result = jsonl(config, (line + "\n" + GOOD).encode())
    assert result.exit_code == 2
    assert lines_of(result)[0] == {"id": None, "error": error}
    assert lines_of(result)[1]["killed"] == 3  # lines_of fails on a NaN or Infinity token


def test_numbers_too_long_and_nesting_too_deep_are_errors(config: Path) -> None:
    long_number = '{"id": ' + "9" * 5000 + ', "text": "x"}\n'
    deep = "[" * 100_000 + "]" * 100_000 + "\n"
    result = jsonl(config, (long_number + deep + GOOD).encode())
    assert result.exit_code == 2
    assert lines_of(result)[:2] == [
        {"id": None, "error": "line 1: a number too long to read"},
        {"id": None, "error": "line 2: JSON nested too deeply to read"},
    ]
    assert lines_of(result)[2]["killed"] == 3


def test_a_line_that_is_not_utf8_is_one_error(config: Path) -> None:
    result = jsonl(config, b'{"id": 1, "text": "caf\xe9"}\n' + GOOD.encode())
    assert result.exit_code == 2
    out = lines_of(result)
    assert out[0] == {"id": None, "error": "line 1: not UTF-8 text (byte 0xe9)"}
    assert (out[1]["id"], out[1]["killed"]) == (1, 3)


def test_a_lone_surrogate_comes_back_as_the_same_escape(config: Path) -> None:
    result = jsonl(config, b'{"id": "\\ud800x", "text": "No one was hurt."}\n')
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes.startswith(b'{"id": "\\ud800x", "killed": 0,')
    assert lines_of(result)[0]["id"] == "\ud800x"


def test_crlf_lines_are_read(config: Path) -> None:
    result = jsonl(config, GOOD.replace("\n", "\r\n").encode() * 2)
    assert result.exit_code == 0, result.output
    assert [o["killed"] for o in lines_of(result)] == [3, 3]


def test_a_file_that_is_not_utf8_names_its_line(config: Path, tmp_path: Path) -> None:
    text = tmp_path / "story.txt"
    text.write_bytes(b"First line.\nCaf\xe9 bombed.\n")
    result = CliRunner().invoke(sitrep, ["extract", str(text), "--config", str(config)])
    assert (result.exit_code, result.stderr) == (
        2,
        f"Error: {text}:2: not UTF-8 text (byte 0xe9)\n",
    )

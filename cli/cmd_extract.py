"""`sitrep extract` (facts from text, no database) and `sitrep reextract` (over stored items).

`extract --jsonl` is a batch tool for scripts that zip its output back onto their input, so
it keeps one output line per input line whatever happens: a line that cannot be read gives an
error object in its place, the run goes on to the end, and the exit status (2) says that some
lines were bad. Every line written is strict JSON (no NaN or Infinity, which many parsers
refuse).
"""

from __future__ import annotations

import json
import math
import sys
from typing import IO, Any

import click

from cli.context import BadInput, Context, common_options, pass_ctx
from cli.output import echo, emit_json, emit_json_line, table
from ingest.process import ActorSpec, actor_dictionary, extract_item

_BOM = b"\xef\xbb\xbf"
_EXAMPLE = '{"id": 1, "text": "..."}'


class _BadLine(ValueError):
    """One input line that gives an error object instead of a result."""

    def __init__(self, message: str, record_id: Any = None) -> None:
        super().__init__(message)
        self.record_id = record_id


def user_actors(ctx: Context) -> tuple[ActorSpec, ...]:
    """The `actors:` of the config when there is one; extraction works without it."""
    config = ctx.query_config()
    if config is None:
        return ()
    return tuple((a.name, a.kind, a.country, a.aliases) for a in config.actors)


def _result(text: str, actors: tuple[ActorSpec, ...]) -> dict[str, Any]:
    from extract.api import extract, extraction_to_json

    return extraction_to_json(extract(text, actors=actor_dictionary(actors)))


@click.command("extract")
@common_options
@click.argument("file", type=click.File("rb"), required=False)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option(
    "--jsonl",
    is_flag=True,
    help='Batch: one {"id", "text"} object per input line -> one result per line.',
)
@pass_ctx
def extract_cmd(ctx: Context, file: IO[bytes] | None, as_json: bool, jsonl: bool) -> None:
    """Casualty figures, actors and places in text from FILE or stdin (no database)."""
    stream = file or sys.stdin.buffer
    actors = user_actors(ctx)
    if jsonl:
        _jsonl(stream, actors)
        return
    result = _result(_whole_text(stream), actors)
    if as_json:
        emit_json(result)
        return
    echo(f"killed: {result['killed']}  injured: {result['injured']}")
    if result["casualties"]:
        echo(
            table(
                ("kind", "count", "victims", "counted", "source", "sentence"),
                [
                    (
                        f["kind"],
                        f["count"],
                        f["victims"],
                        "yes" if f["counted"] else f"no: {f['excluded_reason']}",
                        f["source"] or "-",
                        f["sentence"],
                    )
                    for f in result["casualties"]
                ],
                limits=(0, 0, 0, 30, 24, 70),
            )
        )
    if result["actors"]:
        echo("actors: " + ", ".join(a["actor"] for a in result["actors"]))
    if result["places"]:
        echo("places: " + ", ".join(p["place"] for p in result["places"]))


def _whole_text(stream: IO[bytes]) -> str:
    """The input as text with plain newlines (spans count characters of this text)."""
    data = stream.read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        name = getattr(stream, "name", "<stdin>")
        line = data.count(b"\n", 0, exc.start) + 1
        raise BadInput(f"{name}:{line}: not UTF-8 text (byte 0x{data[exc.start]:02x})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _jsonl(stream: IO[bytes], actors: tuple[ActorSpec, ...]) -> None:
    """One output line per input line, same order; bad lines are reported, not fatal."""
    bad: list[str] = []
    number = 0
    for number, raw in enumerate(stream, start=1):
        try:
            record_id, text = _read_line(number, raw)
        except _BadLine as exc:
            bad.append(str(exc))
            line: dict[str, Any] = {"id": exc.record_id, "error": str(exc)}
        else:
            line = {"id": record_id, **_result(text, actors)}
        emit_json_line(line)
    if bad:
        raise BadInput(f"{len(bad)} of {number} line(s) could not be read, the first at {bad[0]}")


def _read_line(number: int, raw: bytes) -> tuple[Any, str]:
    """The id and text of one input line, or _BadLine saying what is wrong with it."""
    if number == 1:
        raw = raw.removeprefix(_BOM)
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _BadLine(f"line {number}: not UTF-8 text (byte 0x{raw[exc.start]:02x})") from None
    if not line.strip():
        raise _BadLine(f"line {number}: a blank line, expected a JSON object like {_EXAMPLE}")
    try:
        record = json.loads(line, parse_constant=_refuse_constant, parse_float=_finite_float)
    except _BadLine as exc:
        raise _BadLine(f"line {number}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise _BadLine(f"line {number}: not JSON ({exc.msg} at column {exc.colno})") from None
    except ValueError:  # an integer of thousands of digits (Python's conversion limit)
        raise _BadLine(f"line {number}: a number too long to read") from None
    except RecursionError:
        raise _BadLine(f"line {number}: JSON nested too deeply to read") from None
    if not isinstance(record, dict):
        raise _BadLine(f"line {number}: expected a JSON object like {_EXAMPLE}")
    text = record.get("text")
    if not isinstance(text, str):
        raise _BadLine(f'line {number}: expected a "text" string', record.get("id"))
    return record.get("id"), text


def _refuse_constant(name: str) -> Any:
    raise _BadLine(f"{name} is not a JSON number")


def _finite_float(literal: str) -> float:
    value = float(literal)
    if not math.isfinite(value):
        raise _BadLine(f"{literal} is too large for a JSON number")
    return value


@click.command()
@common_options
@pass_ctx
def reextract(ctx: Context) -> None:
    """Re-run extraction over stored items (after the dictionary or `actors:` changed)."""
    from storage.reextract import reextract_items

    actors = user_actors(ctx)
    with ctx.writer() as store:
        count = reextract_items(
            store, lambda title, summary, published: extract_item(title, summary, published, actors)
        )
    echo(f"re-extracted {count} item(s)")

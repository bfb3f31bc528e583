"""`sitrep extract` (facts from text, no database) and `sitrep reextract` (over stored items)."""

from __future__ import annotations

import json
import sys
from typing import IO, Any

import click

from ingest.process import ActorSpec, actor_dictionary, extract_item
from tui.cli import BadInput, Context, cli, common_options, pass_ctx
from tui.output import emit_json, table


def _user_actors(ctx: Context) -> tuple[ActorSpec, ...]:
    """The `actors:` of the config when there is one; extraction works without it."""
    try:
        config = ctx.config()
    except BadInput:
        if ctx.config_opt:
            raise
        return ()
    return tuple((a.name, a.kind, a.country, a.aliases) for a in config.actors)


def _result(text: str, actors: tuple[ActorSpec, ...]) -> dict[str, Any]:
    from extract.api import extract, extraction_to_json

    return extraction_to_json(extract(text, actors=actor_dictionary(actors)))


@cli.command("extract")
@common_options
@click.argument("file", type=click.File("r", encoding="utf-8"), required=False)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option(
    "--jsonl",
    is_flag=True,
    help='Batch: one {"id", "text"} object per input line -> one result per line.',
)
@pass_ctx
def extract_cmd(ctx: Context, file: IO[str] | None, as_json: bool, jsonl: bool) -> None:
    """Casualty figures, actors and places in text from FILE or stdin (no database)."""
    stream = file or sys.stdin
    actors = _user_actors(ctx)
    if jsonl:
        _jsonl(stream, actors)
        return
    result = _result(stream.read(), actors)
    if as_json:
        emit_json(result)
        return
    click.echo(f"killed: {result['killed']}  injured: {result['injured']}")
    if result["casualties"]:
        click.echo(
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
        click.echo("actors: " + ", ".join(a["actor"] for a in result["actors"]))
    if result["places"]:
        click.echo("places: " + ", ".join(p["place"] for p in result["places"]))


def _jsonl(stream: IO[str], actors: tuple[ActorSpec, ...]) -> None:
    """One result per input line, same order; a bad line is an error naming its number."""
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            text = record["text"]
            if not isinstance(text, str):
                raise TypeError
        except (ValueError, KeyError, TypeError):
            raise BadInput(
                f'line {number}: expected a JSON object like {{"id": 1, "text": "..."}}'
            ) from None
        result = _result(text, actors)
        sys.stdout.write(json.dumps({"id": record.get("id"), **result}, ensure_ascii=False) + "\n")


@cli.command()
@common_options
@pass_ctx
def reextract(ctx: Context) -> None:
    """Re-run extraction over stored items (after the dictionary or `actors:` changed)."""
    from storage.reextract import reextract_items

    actors = _user_actors(ctx)
    with ctx.writer() as store:
        count = reextract_items(
            store, lambda title, summary, published: extract_item(title, summary, published, actors)
        )
    click.echo(f"re-extracted {count} item(s)")

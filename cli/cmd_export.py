"""`sitrep export`: every figure of a window with its verdict and provenance, for analysts.

CSV, JSON Lines or GeoJSON (`storage.export` names the columns, ACLED and UCDP's where they
mean the same), or the datasette metadata that documents every table of the database.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from pathlib import Path

import click

from cli.context import BadInput, Context, common_options, pass_ctx, since_option, tag_option
from cli.output import write_export
from extract.gazetteer import contains
from storage.api import Filters
from storage.datasette import metadata
from storage.export import csv_chunks, geojson_chunks, jsonl_chunks

FORMATS = ("csv", "jsonl", "geojson", "datasette")


@click.command()
@common_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="csv",
    show_default=True,
    help="csv, jsonl (a JSON object per line), geojson, or datasette (metadata for the database).",
)
@since_option
@tag_option
@click.option("--place", metavar="P", default=None, help="Only this place and the places in it.")
@click.option("--country", metavar="C", default=None, help="Only this country.")
@click.option(
    "--output",
    "-o",
    metavar="FILE",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write to FILE instead of stdout.",
)
@pass_ctx
def export(
    ctx: Context,
    fmt: str,
    since: str | None,
    tag: str | None,
    place: str | None,
    country: str | None,
    output: Path | None,
) -> None:
    """Every figure of the window with its verdict and provenance, for analysts.

    One row per figure, counted or not: the sentence, outlet, link, as-of time, event and
    story ids, place with coordinates, the verdict and the figure it yields to, and the
    desk's verification mark. Columns follow ACLED and UCDP where they mean the same
    (event_date, country, admin1, location, latitude, longitude, fatalities, source, notes).
    `--format datasette` writes the metadata that documents every table and column:
    `datasette DB -m FILE`.
    """
    if fmt == "datasette":
        text = json.dumps(metadata(ctx.db_path().stem), indent=2, ensure_ascii=False) + "\n"
        _write([text], output, json_like=True)
        return
    start = ctx.window(since)
    with ctx.archive() as archive:
        area = None
        if country is not None:
            known = archive.known_country(country)
            if known is None:
                raise BadInput(f"unknown country {country!r}: sitrep knows no country of that name")
            area = country = known
        if place is not None:
            area = archive.known_place(place)
            if area is None:
                raise BadInput(f"unknown place {place!r}: sitrep knows no place of that name")
            if country is not None and not contains(country, area):
                raise BadInput(f"{area} is not in {country}")
        filters = Filters(since=start, tag=ctx.desk(archive, tag), place=area)
        records = archive.export(filters, now=time.time())
    chunks = {"csv": csv_chunks, "jsonl": jsonl_chunks, "geojson": geojson_chunks}[fmt]
    _write(chunks(records), output, json_like=fmt != "csv")


def _write(chunks: Iterable[str], output: Path | None, *, json_like: bool) -> None:
    if output is None:
        write_export(chunks, None, json_like=json_like)  # a closed pipe ends quietly (main)
        return
    try:
        write_export(chunks, output, json_like=json_like)
    except OSError as exc:
        raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from None

"""`sitrep events`: the latest items of the window (JSON shape in docs/design.md)."""

from __future__ import annotations

import click

from cli.context import Context, common_options, json_option, pass_ctx, since_option, tag_option
from cli.output import echo, emit_json, local_time, table
from storage.api import Filters


@click.command()
@common_options
@since_option
@click.option("--limit", type=click.IntRange(1, 100_000), default=50, show_default=True)
@click.option("--search", metavar="Q", default=None, help="Words to find (taken literally).")
@tag_option
@json_option
@pass_ctx
def events(
    ctx: Context, since: str | None, limit: int, search: str | None, tag: str | None, as_json: bool
) -> None:
    """Latest items, newest first."""
    start = ctx.window(since)
    with ctx.archive() as archive:
        filters = Filters(since=start, tag=ctx.desk(archive, tag), search=search)
        items = archive.events(filters, limit=limit)
    if as_json:
        emit_json([item.to_json() for item in items])
        return
    if not items:
        echo("no items in this window")
        return
    echo(
        table(
            ("time", "feed", "killed", "injured", "src", "title"),
            [
                (
                    local_time(item.effective),
                    item.feed,
                    item.killed or "",
                    item.injured or "",
                    item.sources,
                    item.title,
                )
                for item in items
            ],
            limits=(0, 20, 0, 0, 0, 90),
        )
    )

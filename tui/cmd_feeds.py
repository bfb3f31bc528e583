"""`sitrep feeds ...`: the feed list and each feed's health."""

from __future__ import annotations

import time
from typing import Any

import click

from ingest.config import Config
from ingest.health import feed_health
from storage import queries
from storage.db import StorageError
from tui.cli import Context, cli, common_options, pass_ctx
from tui.output import emit_json, local_time, table


def feed_rows(ctx: Context, config: Config) -> list[dict[str, Any]]:
    """The configured feeds with their stored state (none yet when no database exists)."""
    states: dict[str, dict[str, Any]] = {}
    if ctx.db_path().exists():
        try:
            with ctx.reader() as store:
                states = queries.feeds_state(store)
        except (StorageError, click.ClickException):
            states = {}
    return feed_health(config, states, time.time())


@cli.group()
@common_options
def feeds() -> None:
    """List and edit the feeds in feeds.yaml."""


@feeds.command("list")
@common_options
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_ctx
def list_feeds(ctx: Context, as_json: bool) -> None:
    """Feeds with their status, last error, last fetch and number of items."""
    rows = feed_rows(ctx, ctx.config())
    if as_json:
        emit_json(rows)
        return
    if not rows:
        click.echo(f"no feeds in {ctx.location().path}")
        return
    click.echo(
        table(
            ("name", "status", "items", "last fetch", "tags", "url / last error"),
            [
                (
                    r["name"],
                    r["status"],
                    r["items"],
                    local_time(r["last_fetch"]),
                    ",".join(r["tags"]),
                    r["last_error"] or r["url"],
                )
                for r in rows
            ],
            limits=(24, 0, 0, 0, 20, 70),
        )
    )

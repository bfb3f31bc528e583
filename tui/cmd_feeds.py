"""`sitrep feeds ...`: the feed list and each feed's health."""

from __future__ import annotations

import json
from typing import Any

import click

from ingest.config import Config
from storage import queries
from storage.db import StorageError
from storage.window import iso
from tui.cli import Context, cli, common_options, pass_ctx
from tui.output import emit_json, local_time, table


def feed_status(enabled: bool, state: dict[str, Any] | None) -> str:
    """ok / failing / disabled / never fetched, as `feeds list` and the health panel say."""
    if not enabled or (state and state.get("gone")):
        return "disabled"
    if not state or state.get("last_fetch") is None:
        return "never fetched"
    return "failing" if state.get("last_error") else "ok"


def feed_rows(ctx: Context, config: Config) -> list[dict[str, Any]]:
    """The configured feeds, in file order, with their stored state when there is any."""
    states: dict[str, dict[str, Any]] = {}
    if ctx.db_path().exists():
        try:
            with ctx.reader() as store:
                states = queries.feeds_state(store)
        except (StorageError, click.ClickException):
            states = {}
    rows = []
    for feed in config.feeds:
        state = states.get(feed.url)
        rows.append(
            {
                "url": feed.url,
                "name": feed.name or (state or {}).get("title") or feed.display_name,
                "tags": list(feed.tags),
                "enabled": feed.enabled and not (state or {}).get("gone"),
                "status": feed_status(feed.enabled, state),
                "last_error": (state or {}).get("last_error"),
                "last_fetch": iso((state or {}).get("last_fetch")),
                "items": (state or {}).get("items", 0),
                "next_fetch": iso((state or {}).get("next_fetch")),
                "error_count": (state or {}).get("error_count", 0),
            }
        )
    return rows


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
                (r["name"], r["status"], r["items"], local_time(r["last_fetch"]),
                 ",".join(r["tags"]), r["last_error"] or r["url"])
                for r in rows
            ],
            limits=(24, 0, 0, 0, 20, 70),
        )
    )




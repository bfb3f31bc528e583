"""`sitrep events`: headless queries of the stored items (JSON shapes in docs/design.md)."""

from __future__ import annotations

from datetime import UTC, datetime

import click

from cli.context import BadInput, Context, common_options, pass_ctx
from cli.output import echo, emit_json, local_time, table
from storage import queries
from storage.db import Storage
from storage.window import parse_since


def since_start(ctx: Context, since: str | None) -> datetime | None:
    """--since, else the dashboard window from settings (24h unless configured)."""
    text = since
    if text is None:
        config = ctx.query_config()
        text = config.settings.window if config is not None else "24h"
    try:
        return parse_since(text, datetime.now(UTC))
    except ValueError as exc:
        raise BadInput(str(exc)) from None


def tag_feeds(ctx: Context, store: Storage, tag: str | None) -> list[int] | None:
    """The feeds of one desk: tagged in feeds.yaml now, or when they were last polled."""
    tag = tag or ctx.tag_opt
    ids = queries.feed_ids_for_tag(store, tag)
    if ids is None or tag is None:
        return None
    config = ctx.query_config()
    if config is not None:
        wanted = tag.strip().lower()
        urls = {f.url for f in config.feeds if wanted in (t.lower() for t in f.tags)}
        by_url = {r["url"]: int(r["id"]) for r in store.rows("SELECT id, url FROM feeds")}
        ids = sorted(set(ids) | {by_url[u] for u in urls if u in by_url})
    if not ids:
        raise BadInput(f"no feed has the tag {tag!r}")
    return ids


def since_option(func: click.decorators.FC) -> click.decorators.FC:
    return click.option(
        "--since",
        metavar="W",
        default=None,
        help="Window: all, a duration (90m, 24h, 7d) or an ISO 8601 time "
        "(default: settings.window in feeds.yaml, 24h unless set).",
    )(func)


def tag_option(func: click.decorators.FC) -> click.decorators.FC:
    return click.option("--tag", metavar="T", default=None, help="Only feeds with this tag.")(func)


def json_option(func: click.decorators.FC) -> click.decorators.FC:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON.")(func)


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
    start = since_start(ctx, since)
    with ctx.reader() as store:
        rows = queries.events(
            store,
            since=start.timestamp() if start else None,
            limit=limit,
            search=search,
            feed_ids=tag_feeds(ctx, store, tag),
        )
    if as_json:
        keys = (
            "id",
            "title",
            "link",
            "feed",
            "published",
            "summary",
            "killed",
            "injured",
            "actors",
            "places",
            "sources",
        )
        emit_json([{k: r[k] for k in keys} for r in rows])
        return
    if not rows:
        echo("no items in this window")
        return
    echo(
        table(
            ("time", "feed", "killed", "injured", "src", "title"),
            [
                (
                    local_time(r["published"]),
                    r["feed"],
                    r["killed"] or "",
                    r["injured"] or "",
                    r["sources"],
                    r["title"],
                )
                for r in rows
            ],
            limits=(0, 20, 0, 0, 0, 90),
        )
    )

"""`sitrep feeds ...`: the feed list, each feed's health, and edits to feeds.yaml.

Edits keep the file's comments (see ingest.feedlist). `add` fetches the URL first so a typo
or a web page address is caught before it is saved; it never prompts when stdin is not a
terminal, so scripts and cron jobs cannot hang on a question.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import sys
import time
from dataclasses import replace
from pathlib import Path

import click

from cli.context import BadInput, Context, common_options, pass_ctx
from cli.output import confirm, echo, emit_json, local_time, table
from ingest.config import Config, ConfigError, FeedConfig, Settings, load_config, url_key
from ingest.discover import CheckResult, check_feed_url
from ingest.feedlist import (
    FeedListError,
    FeedListWriteError,
    add_feed,
    find_feed,
    import_feeds,
    set_enabled,
    take_feed,
    write_atomic,
)
from ingest.files import FileRefused, read_limited
from ingest.health import FeedHealth, feed_health
from ingest.opml import MAX_OPML_BYTES, OpmlError, export_opml, parse_opml
from ingest.safe_text import url_problem
from storage.records import FeedState


def feed_rows(ctx: Context, config: Config) -> list[FeedHealth]:
    """The configured feeds with their stored state (none yet when no database exists).

    A database that exists but cannot be read is bad input, as for every other query: showing
    "never fetched" for feeds that a broken database hides would mislead the desk.
    """
    states: dict[str, FeedState] = {}
    path = ctx.db_path()
    if path.exists():
        with ctx.archive() as archive:
            try:
                states = archive.feeds()
            except sqlite3.DatabaseError as exc:
                raise BadInput(f"cannot read the database {path}: {exc}") from None
    return feed_health(config, states, time.time())


@click.group()
@common_options
def feeds() -> None:
    """List and edit the feeds in feeds.yaml."""


@feeds.command("list")
@common_options
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--tag", default=None, help="Only the feeds of this desk.")
@pass_ctx
def list_feeds(ctx: Context, as_json: bool, tag: str | None) -> None:
    """Feeds with their health, last error, last fetch, items stored and items pruned.

    The table says "stale" for a feed that answers but brings nothing new (as the dashboard
    does); `--json` keeps `status` to ok / failing / disabled / never fetched and adds
    `health` and `stale_reason`.
    """
    rows = feed_rows(ctx, ctx.config())
    if tag is not None:
        rows = [r for r in rows if tag.lower() in (t.lower() for t in r.tags)]
    if as_json:
        emit_json([r.to_json() for r in rows])
        return
    if not rows:
        echo(f"no feeds in {ctx.location().path}")
        return
    echo(
        table(
            ("name", "status", "items", "pruned", "last fetch", "tags", "url / last error"),
            [
                (
                    r.name,
                    r.health,
                    r.items,
                    r.pruned,
                    local_time(r.last_fetch),
                    ",".join(r.tags),
                    r.last_error or _url_note(r),
                )
                for r in rows
            ],
            limits=(24, 0, 0, 0, 0, 20, 70),
        )
    )


def _url_note(row: FeedHealth) -> str:
    """The URL, with why the feed is stale or what its last fetch left out."""
    note = row.stale_reason or row.note
    return f"{row.url}: {note}" if note else row.url


def _config_path(ctx: Context) -> Path:
    return ctx.location().path


def _settings(path: Path) -> Settings:
    """The settings of the list being edited (deadline, User-Agent), defaults if it is new."""
    if not path.exists():
        return Settings()
    try:
        return load_config(path).settings
    except ConfigError as exc:
        raise BadInput(str(exc)) from None


def _checked_url(url: str, path: Path) -> CheckResult:
    """Fetch-check `url`; on a web page, settle on the feed it links to (asking on a terminal)."""
    result = asyncio.run(check_feed_url(url, settings=_settings(path)))
    if not result.ok or result.feed_url is None:
        raise BadInput(f"{url} was not added: {result.error}")
    if result.feed_url != url:
        found = f"{result.feed_url} ({result.title})" if result.title else result.feed_url
        if sys.stdin is not None and sys.stdin.isatty():
            confirm(f"{url} is a web page; add the feed it links to, {found}?")
        else:
            others = len(result.candidates) - 1
            more = f" (the page lists {others} more)" if others > 0 else ""
            echo(f"{url} is a web page; using the feed it links to: {found}{more}", err=True)
    return result


def edit_failed(exc: FeedListError) -> click.ClickException:
    """An edit refused for what was asked is bad input (2); a file that could not be
    written (read-only folder, full disk) is another failure (1)."""
    if isinstance(exc, FeedListWriteError):
        return click.ClickException(str(exc))
    return BadInput(str(exc))


def _label(feed: FeedConfig) -> str:
    return f"'{feed.display_name}' ({feed.url})" if feed.name else feed.url


@feeds.command("add")
@common_options
@click.argument("url")
@click.option("--name", default=None, help="Display name (default: the feed's own title).")
@click.option("--interval", default=None, metavar="S", help="Time between polls: 90s, 10m, 2h.")
@click.option(
    "--tags",
    "--tag",
    "tags",
    multiple=True,
    metavar="a,b",
    help="Desks this feed belongs to: --tags a,b or --tag a --tag b.",
)
@click.option("--no-check", is_flag=True, help="Add without fetching the URL first.")
@pass_ctx
def add(
    ctx: Context,
    url: str,
    name: str | None,
    interval: str | None,
    tags: tuple[str, ...],
    no_check: bool,
) -> None:
    """Add a feed (a web page's own feed is found and offered)."""
    path = _config_path(ctx)
    url = url.strip()
    if not url:
        raise BadInput("give the feed's URL")
    if (problem := url_problem(url)) is not None:
        raise BadInput(f"{url!r} was not added: {problem}")
    if not no_check:
        result = _checked_url(url, path)
        url = result.feed_url or url
        name = name or result.title
    try:
        feed = add_feed(path, url, name=name, interval=interval, tags=tags)
    except FeedListError as exc:
        raise edit_failed(exc) from None
    echo(f"added {_label(feed)} to {path}")


@feeds.command("remove")
@common_options
@click.argument("feed")
@pass_ctx
def remove(ctx: Context, feed: str) -> None:
    """Remove the feed with this URL or name (its stored items stay)."""
    path = _config_path(ctx)
    try:
        removed = take_feed(path, feed)
    except FeedListError as exc:
        raise edit_failed(exc) from None
    echo(f"removed {_label(removed.feed)} from {path}")
    echo(f"to put it back: {removed.add_command()}")


def _toggle(ctx: Context, feed: str, enabled: bool) -> None:
    path = _config_path(ctx)
    state = "enabled" if enabled else "disabled"
    try:
        before = find_feed(path, feed)
        changed = set_enabled(path, feed, enabled)
    except FeedListError as exc:
        raise edit_failed(exc) from None
    if before.enabled == enabled:
        echo(f"{_label(changed)} was already {state} in {path}")
    else:
        echo(f"{state} {_label(changed)} in {path}")


@feeds.command("enable")
@common_options
@click.argument("feed")
@pass_ctx
def enable(ctx: Context, feed: str) -> None:
    """Resume polling the feed with this URL or name."""
    _toggle(ctx, feed, True)


@feeds.command("disable")
@common_options
@click.argument("feed")
@pass_ctx
def disable(ctx: Context, feed: str) -> None:
    """Stop polling the feed with this URL or name (it stays in the list)."""
    _toggle(ctx, feed, False)


async def _check_all(feeds: list[FeedConfig], settings: Settings) -> list[CheckResult]:
    """Fetch-check every feed, `settings.concurrency` at a time, printing each result on
    stderr as it comes (`[3/12] ok URL`): a long list takes a while, and says so."""
    limit = asyncio.Semaphore(settings.concurrency)
    done = 0

    async def one(feed: FeedConfig) -> CheckResult:
        nonlocal done
        async with limit:
            result = await check_feed_url(feed.url, settings=settings)
        done += 1
        if result.ok and result.feed_url not in (None, feed.url):
            verdict = f"ok {feed.url} (a page: its feed is {result.feed_url})"
        elif result.ok:
            verdict = f"ok {feed.url}"
        else:
            verdict = f"failed {feed.url}: {result.error}"
        echo(f"[{done}/{len(feeds)}] {verdict}", err=True)
        return result

    return list(await asyncio.gather(*(one(f) for f in feeds)))


def _checked(found: list[FeedConfig], path: Path) -> tuple[list[FeedConfig], list[str]]:
    """The feeds that pass the fetch check (a page replaced by its feed), and why the others
    were left out. Feeds already listed are not fetched: the import skips them anyway."""
    listed: set[str] = set()
    if path.exists():
        with contextlib.suppress(ConfigError):
            listed = {url_key(f.url) for f in load_config(path).feeds}
    todo = [f for f in found if url_key(f.url) not in listed]
    if not todo:
        return found, []
    echo(f"checking {len(todo)} feed(s)…", err=True)
    results = dict(
        zip((f.url for f in todo), asyncio.run(_check_all(todo, _settings(path))), strict=True)
    )
    kept: list[FeedConfig] = []
    failed: list[str] = []
    for feed in found:
        result = results.get(feed.url)
        if result is None:
            kept.append(feed)
        elif result.ok and result.feed_url:
            name = feed.name or result.title
            kept.append(replace(feed, url=result.feed_url, name=name))
        else:
            failed.append(f"{feed.url}: {result.error} (--no-check adds it anyway)")
    return kept, failed


@feeds.command("import")
@common_options
@click.argument("opml_file", metavar="FILE.opml", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--no-check", is_flag=True, help="Add the feeds without fetching them first.")
@pass_ctx
def import_opml(ctx: Context, opml_file: Path, no_check: bool) -> None:
    """Add the feeds of an OPML file (from another feed reader), each fetch-checked first,
    several at once, like `feeds add`; those that fail are left out and named."""
    path = _config_path(ctx)
    try:
        data = read_limited(opml_file, MAX_OPML_BYTES)
    except FileRefused as exc:
        raise BadInput(str(exc)) from None
    except OSError as exc:
        raise BadInput(f"{opml_file} cannot be read ({exc.strerror or exc})") from None
    try:
        found, warnings = parse_opml(data)
    except OpmlError as exc:
        raise BadInput(str(exc)) from None
    failed: list[str] = []
    if not no_check:
        found, failed = _checked(found, path)
    warnings = [*warnings, *failed]
    try:
        added, skipped = import_feeds(path, found)
    except FeedListError as exc:
        raise edit_failed(exc) from None
    for reason in [*warnings, *skipped]:
        echo(f"skipped: {reason}", err=True)
    total = len(warnings) + len(skipped)
    echo(f"imported {len(added)} feeds from {opml_file} into {path} ({total} skipped)")


@feeds.command("export")
@common_options
@click.argument(
    "out", metavar="[FILE]", required=False, type=click.Path(dir_okay=False, path_type=Path)
)
@pass_ctx
def export(ctx: Context, out: Path | None) -> None:
    """Write the feed list as OPML (to stdout unless FILE is given)."""
    config = ctx.config()
    text = export_opml(config)
    if out is None:
        echo(text, nl=False)
        return
    try:
        write_atomic(out, text)
    except OSError as exc:
        raise BadInput(f"{out} cannot be written ({exc.strerror or exc})") from None
    echo(f"exported {len(config.feeds)} feeds to {out}")

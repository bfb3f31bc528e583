"""`sitrep poll` and `sitrep check`: the headless poller and config validation."""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING

import click

from cli.context import BadInput, Context, common_options, leave_promptly, pass_ctx
from cli.output import echo
from ingest.alerts import AlertEngine
from ingest.config import Config, ConfigError
from ingest.fetch import load_tls_early
from ingest.poller import PassReport, Poller
from ingest.restart import Crash
from ingest.service import (
    ServiceEvents,
    make_executor,
    serve_until_signalled,
    upkeep_after_pass,
)
from storage import lease

if TYPE_CHECKING:
    from storage.api import PruneReport


def _print_pass(report: PassReport) -> None:
    echo(
        f"polled {len(report.feeds)} feed(s): {report.new} new item(s), "
        f"{sum(f.changed for f in report.feeds)} updated, {len(report.failed)} failing",
        err=True,
    )
    for feed in report.failed:
        echo(f"  {feed.name}: {feed.error}", err=True)


def _print_prune(report: PruneReport, days: int) -> None:
    if report.items:
        echo(
            f"pruned {report.items} item(s) first stored more than {days} day(s) ago "
            "(none that a feed still lists, a running event, the audit log or an alert cites)",
            err=True,
        )


@click.command()
@common_options
@click.option("--once", is_flag=True, help="Poll every enabled feed once, then exit.")
@pass_ctx
def poll(ctx: Context, once: bool) -> None:
    """Poll the feeds headless (forever, or one pass with --once).

    A pass that ran exits 0 even when some feeds failed: their errors are kept on the feeds
    (see `sitrep feeds list`).
    """
    load_tls_early()
    location = ctx.location()
    config = ctx.config()
    db_path = ctx.db_path()
    if once:
        _poll_once(config, ctx)
        return
    # A database that cannot be opened is bad input, said at once: the service would only
    # restart on it, with pauses, before giving up.
    ctx.writer().close()
    echo(f"polling {len(config.feeds)} feed(s) into {db_path} (Ctrl+C stops)", err=True)
    events = ServiceEvents(
        on_pass=lambda r: _print_pass(r) if r.feeds else None,
        on_reload=lambda c: echo(f"reloaded {location.path}: {len(c.feeds)} feed(s)", err=True),
        on_config_error=lambda e: echo(f"{e} (keeping the last good list)", err=True),
        on_warning=lambda message: echo(message, err=True),
        on_prune=lambda r: _print_prune(r, config.settings.retention_days),
        on_lease=lambda held, holder: echo(
            "holding the poller lease"
            if held
            else f"waiting: {holder or 'another process'} is polling this database",
            err=True,
        ),
    )

    serve_until_signalled(
        config,
        location.path,
        db_path,
        events=events,
        on_crash=_print_crash,
        trusted=location.trusted,
    )


def _print_crash(crash: Crash) -> None:
    error = f"{crash.error.__class__.__name__}: {crash.error}"
    if crash.restart_in is None:
        echo(f"the poll service stopped after {crash.crashes} crashes in a row ({error})", err=True)
    else:
        echo(f"the poll service crashed ({error}); restarting in {crash.restart_in:g} s", err=True)


def _poll_once(config: Config, ctx: Context) -> None:
    store = ctx.writer()
    holder_id = lease.new_holder_id("poll-once")
    if not lease.acquire(store, holder_id, time.time()):
        other = lease.holder(store, time.time())
        store.close()
        raise click.ClickException(
            f"{other or 'another process'} is already polling this database; "
            "its results are there to query"
        )
    try:
        with make_executor(deadline=config.settings.parse_deadline, eager=False) as executor:
            engine = AlertEngine(config, trusted=ctx.location().trusted)
            poller = Poller(config, store, executor=executor, on_commit=engine.hook)
            engine.prime(store)
            for warning in engine.warnings:
                echo(warning, err=True)
            report = asyncio.run(poller.run_pass(force=True, last=True))
            engine.wait_commands(timeout=10)
        days = config.settings.retention_days
        pruned = upkeep_after_pass(store, holder_id, retention_days=days)
    finally:
        lease.release(store, holder_id)
        store.close()
    _print_pass(report)
    _print_prune(pruned, days)
    leave_promptly()


@click.command()
@common_options
@pass_ctx
def check(ctx: Context) -> None:
    """Validate the feed list; exit 2 with file:line: message on the first error.

    Alert rules' places and countries are looked up in the gazetteer that `tally --place`
    uses: every unknown one is reported with its line.
    """
    location = ctx.location()
    try:
        config = ctx.config()
    except BadInput:
        raise
    except ConfigError as exc:  # pragma: no cover - ctx.config maps it already
        raise BadInput(str(exc)) from None
    from cli.config_check import alert_place_problems  # the gazetteer: not for `poll`

    problems = alert_place_problems(config, location.path)
    for problem in problems[:-1]:
        echo(f"sitrep: {problem}", err=True)
    if problems:
        raise BadInput(problems[-1])
    enabled = sum(1 for f in config.feeds if f.enabled)
    echo(
        f"{location.path}: ok: {len(config.feeds)} feed(s), {enabled} enabled, "
        f"{len(config.actors)} actor(s), {len(config.alerts)} alert rule(s)"
    )

"""What every command shares: the --config / --db choice, the config and database they
resolve to, and the one exception for bad input (exit status 2)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from cli.output import echo
from ingest.config import Config, ConfigError
from ingest.paths import ConfigLocation, load_location, resolve_config, resolve_db
from storage.db import Storage, StorageError
from storage.window import window_start

if TYPE_CHECKING:  # the read API is imported by the commands that query, not by `poll`
    from storage.api import Archive

F = TypeVar("F", bound=Callable[..., Any])


class BadInput(click.ClickException):
    """Bad input or configuration: exit status 2."""

    exit_code = 2


@dataclass
class Context:
    """The --config / --db choice, given before or after the subcommand (the later wins)."""

    config_opt: str | None = None
    db_opt: str | None = None
    tag_opt: str | None = None
    """`sitrep --tag T COMMAND`: the desk for every query command that takes --tag."""
    _location: ConfigLocation | None = None
    _config: Config | ConfigError | None = None
    _warned: bool = False

    def location(self) -> ConfigLocation:
        """Where the config comes from, resolved once per command.

        Whether a config may run alert commands follows from where it was found (a
        ./feeds.yaml picked up from the working folder may not), so the location that decides
        trust must be the one that was read: resolving again could find a ./feeds.yaml that
        appeared in between and pair its text with the trust of the user's own config.
        """
        if self._location is None:
            self._location = resolve_config(self.config_opt)
        return self._location

    def config(self) -> Config:
        """The config at `location()`, read and validated once per command."""
        if self._config is None:
            try:
                self._config = load_location(self.location())
            except ConfigError as exc:
                self._config = exc
        if isinstance(self._config, ConfigError):
            raise BadInput(str(self._config))
        return self._config

    def query_config(self) -> Config | None:
        """The config for a read-only query, or None when feeds.yaml does not parse.

        A query reads the database, not the feed list: a feeds.yaml broken by a hand edit
        must not stop `sitrep events` in the middle of a shift. The problem is told once on
        stderr and the query goes on with the defaults (the 24h window, no user actors, tags
        as last polled). A config named with --config or SITREP_CONFIG that does not exist
        at all is still an error: that is a wrong path, not a broken file.
        """
        try:
            return self.config()
        except BadInput as exc:
            named = bool(self.config_opt or os.environ.get("SITREP_CONFIG"))
            if named and not self.location().path.exists():
                raise
            if not self._warned:
                self._warned = True
                echo(
                    f"sitrep: warning: {exc.format_message()}; the query goes on without "
                    "feeds.yaml (window 24h unless --since; `sitrep check` shows what to fix)",
                    err=True,
                )
            return None

    def db_path(self) -> Path:
        return resolve_db(self.db_opt)

    def window(self, since: str | None) -> float | None:
        """The window's start: --since, else `settings.window` (24h unless configured), the
        window the dashboard opens with."""
        text = since
        if text is None:
            config = self.query_config()
            text = config.settings.window if config is not None else "24h"
        try:
            return window_start(text, time.time())
        except ValueError as exc:
            raise BadInput(str(exc)) from None

    def archive(self) -> Archive:
        """The database for a query: it must exist already (querying creates nothing)."""
        from storage.api import Archive

        try:
            return Archive.open(self.db_path())
        except StorageError as exc:
            raise BadInput(str(exc)) from None

    def decisions(self) -> Archive:
        """The database to write an editorial decision to; it must exist (a mark on nothing
        is a typo)."""
        from storage.api import Archive

        try:
            return Archive.open(self.db_path(), readonly=False)
        except StorageError as exc:
            raise BadInput(str(exc)) from None

    def desk(self, archive: Archive, tag: str | None) -> str | None:
        """The desk asked for (--tag after the command, else before it), once it is known
        to have feeds: tagged in feeds.yaml now, or when they were last polled."""
        tag = tag or self.tag_opt
        if tag is None:
            return None
        config = self.query_config()
        archive.tags = config.tags_by_url() if config is not None else {}
        if not archive.feed_ids(tag):
            raise BadInput(f"no feed has the tag {tag!r}")
        return tag

    def writer(self) -> Storage:
        """The database for the poller and re-extraction (created when missing)."""
        try:
            return Storage.open(self.db_path())
        except StorageError as exc:
            raise BadInput(str(exc)) from None


_leave_promptly: list[bool] = []


def leave_promptly() -> None:
    """Ask the console script to exit as soon as the command returns, without freeing the
    heap object by object (`cli.main.main`): for a one-shot command that built the writer's
    indexes, whose teardown takes longer than anything left to do."""
    _leave_promptly.append(True)


def leaving_promptly() -> bool:
    return bool(_leave_promptly)


def _remember(kind: str) -> Callable[[click.Context, click.Parameter, Any], Any]:
    def callback(ctx: click.Context, _param: click.Parameter, value: Any) -> Any:
        if value is not None:
            obj = ctx.find_object(Context) or ctx.ensure_object(Context)
            setattr(obj, kind, value)
        return value

    return callback


def common_options(func: F) -> F:
    """--config and --db on every command, so they work before or after the subcommand."""
    func = click.option(
        "--db",
        "db_opt",
        metavar="PATH",
        expose_value=False,
        callback=_remember("db_opt"),
        help="Database file (default: $SITREP_DB, else the user data dir).",
    )(func)
    func = click.option(
        "--config",
        "config_opt",
        metavar="PATH",
        expose_value=False,
        callback=_remember("config_opt"),
        help="Feed list (default: $SITREP_CONFIG, ./feeds.yaml, else the user config dir).",
    )(func)
    return func


def pass_ctx(func: F) -> F:
    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return func(click.get_current_context().ensure_object(Context), *args, **kwargs)

    return wrapper  # type: ignore[return-value]


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

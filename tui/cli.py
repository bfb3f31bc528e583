"""The `sitrep` command line: the dashboard by default, headless queries and tools beside it.

Headless commands never import Textual (start-up time; scripts call them in loops), so the
dashboard modules are imported inside the commands that need them. Every error reaches the
user as one plain sentence on stderr with exit status 2 (bad input or config) or 1 (anything
else), never a traceback.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from extract.errors import SitrepError
from ingest.config import Config, ConfigError
from ingest.failures import damage, environment_failure
from ingest.paths import ConfigLocation, load_location, resolve_config, resolve_db
from storage.db import Storage, StorageError
from tui.output import echo, log_to_stderr

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

    def reader(self) -> Storage:
        """The database for a query: it must exist already (querying creates nothing)."""
        try:
            return Storage.open(self.db_path(), readonly=True)
        except StorageError as exc:
            raise BadInput(str(exc)) from None

    def writer(self) -> Storage:
        try:
            return Storage.open(self.db_path())
        except StorageError as exc:
            raise BadInput(str(exc)) from None


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


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@common_options
@click.option("--tag", default=None, help="Show one desk: only feeds with this tag.")
@click.option(
    "--read-only",
    is_flag=True,
    help="Dashboard without edits (exclude, dispute, undo, feed manager).",
)
@click.pass_context
def cli(ctx: click.Context, tag: str | None, read_only: bool) -> None:
    """sitrep: live conflict news, casualty tallies and actor activity in the terminal.

    Without a command, opens the dashboard (and polls unless another process already does).
    """
    ctx.ensure_object(Context).tag_opt = tag
    if ctx.invoked_subcommand is None:
        from tui.launch import run_dashboard

        obj: Context = ctx.obj
        run_dashboard(obj.location(), obj.config(), obj.db_path(), tag=tag, editable=not read_only)


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point: map every failure to one sentence and an exit status."""
    from tui import commands  # noqa: F401 - registers the subcommands

    log_to_stderr()
    try:
        cli.main(args=argv, prog_name="sitrep", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        echo("sitrep: aborted", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        exit_code = 2 if isinstance(exc, click.UsageError) else exc.exit_code
        echo(f"sitrep: {exc.format_message()}", err=True)
        sys.exit(exit_code)
    except SitrepError as exc:  # every layer's own errors: one sentence, their status
        echo(f"sitrep: {exc}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:
        message, code = failure_sentence(exc)
        echo(f"sitrep: {message}", err=True)
        sys.exit(code)


def failure_sentence(exc: BaseException) -> tuple[str, int]:
    """One sentence and the exit status for a failure no command turned into one itself.

    Damage found in the middle of a query and input nested too deeply to read are bad input
    (2); a full disk, a lock, a read-only file system are the environment's (1).
    """
    if (damaged := damage(exc)) is not None:
        return damaged, 2
    if isinstance(exc, RecursionError):
        return "the input is nested too deeply to read", 2
    if (problem := environment_failure(exc)) is not None:
        return problem, 1
    if isinstance(exc, MemoryError):
        return "out of memory", 1
    return f"unexpected error: {exc.__class__.__name__}: {exc}", 1

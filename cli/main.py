"""The `sitrep` command: the dashboard by default, headless queries and tools beside it.

Headless commands never import Textual (start-up time; scripts call them in loops): only
`cli.launch` reaches the dashboard, and only inside the functions that start it (an
import-linter contract in pyproject.toml holds this). Every error reaches the user as one
plain sentence on stderr with exit status 2 (bad input or config) or 1 (anything else), never
a traceback.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading

import click

from cli.commands import LazyGroup
from cli.context import Context, common_options, leaving_promptly
from cli.output import echo, flush_output, log_to_stderr
from ingest.failures import failure_sentence


@click.group(
    cls=LazyGroup,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@common_options
@click.option("--tag", default=None, help="Show one desk: only feeds with this tag.")
@click.option(
    "--read-only",
    is_flag=True,
    help="Dashboard without edits (exclude, dispute, undo, feed manager).",
)
@click.pass_context
def sitrep(ctx: click.Context, tag: str | None, read_only: bool) -> None:
    """sitrep: live conflict news, casualty tallies and actor activity in the terminal.

    Without a command, opens the dashboard (and polls unless another process already does).
    """
    ctx.ensure_object(Context).tag_opt = tag
    if ctx.invoked_subcommand is None:
        from cli.launch import run_dashboard

        obj: Context = ctx.obj
        run_dashboard(obj.location(), obj.config(), obj.db_path(), tag=tag, editable=not read_only)


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point: map every failure to one sentence and an exit status."""
    log_to_stderr()
    try:
        sitrep.main(args=argv, prog_name="sitrep", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        echo("sitrep: aborted", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        exit_code = 2 if isinstance(exc, click.UsageError) else exc.exit_code
        echo(f"sitrep: {exc.format_message()}", err=True)
        sys.exit(exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:  # a SitrepError or any other: one sentence and its status
        message, code = failure_sentence(exc)
        echo(f"sitrep: {message}", err=True)
        sys.exit(code)
    if argv is None and leaving_promptly():
        _leave_now()


def _leave_now() -> None:
    """Exit 0 at once, as the process ends anyway: the exit handlers run (multiprocessing's,
    the compiled-pattern cache's, logging's) and the output is flushed, but the interpreter
    does not free its heap object by object, which after `poll --once` (the event index, the
    stories, the extractor) takes about a tenth of a second. Not while another non-daemon
    thread runs: a normal exit waits for it."""
    main_thread = threading.main_thread()
    if any(t is not main_thread and t.is_alive() and not t.daemon for t in threading.enumerate()):
        return
    atexit._run_exitfuncs()
    flush_output()
    os._exit(0)

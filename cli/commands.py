"""Every subcommand of `sitrep`, in one list: a new command is its own module plus one line
here. A command's module is imported only when that command runs (or `--help` lists them
all), so `sitrep events` does not load the feed tools or the extractor's worker code."""

from __future__ import annotations

import importlib

import click

COMMANDS: dict[str, str] = {
    "demo": "cli.cmd_app:demo",
    "serve": "cli.cmd_app:serve",
    "poll": "cli.cmd_poll:poll",
    "check": "cli.cmd_poll:check",
    "events": "cli.cmd_query:events",
    "tally": "cli.cmd_tally:tally",
    "actors": "cli.cmd_tally:actors",
    "places": "cli.cmd_tally:places",
    "story": "cli.cmd_story:story",
    "verify": "cli.cmd_verify:verify",
    "audit": "cli.cmd_verify:audit_group",
    "export": "cli.cmd_export:export",
    "extract": "cli.cmd_extract:extract_cmd",
    "reextract": "cli.cmd_extract:reextract",
    "feeds": "cli.cmd_feeds:feeds",
}
"""Command name -> `module:attribute` of its click command."""


def load(name: str) -> click.Command:
    """The click command registered under `name`."""
    module, _, attribute = COMMANDS[name].partition(":")
    command = getattr(importlib.import_module(module), attribute)
    assert isinstance(command, click.Command), name
    return command


class LazyGroup(click.Group):
    """A click group whose subcommands are imported when first asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in COMMANDS:
            return load(cmd_name)
        return super().get_command(ctx, cmd_name)

"""Registers every subcommand on the `sitrep` group (imported by the entry point)."""

from __future__ import annotations

from tui import (
    cmd_app,
    cmd_export,
    cmd_extract,
    cmd_feeds,
    cmd_poll,
    cmd_query,
    cmd_story,
    cmd_tally,
    cmd_verify,
)

__all__ = [
    "cmd_app",
    "cmd_export",
    "cmd_extract",
    "cmd_feeds",
    "cmd_poll",
    "cmd_query",
    "cmd_story",
    "cmd_tally",
    "cmd_verify",
]

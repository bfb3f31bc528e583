"""Every subcommand of `sitrep`, in one list: a new command is its own module plus one line
here (`cli.main` adds them all to the group)."""

from __future__ import annotations

import click

from cli import (
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

COMMANDS: tuple[click.Command, ...] = (
    cmd_app.demo,
    cmd_app.serve,
    cmd_poll.poll,
    cmd_poll.check,
    cmd_query.events,
    cmd_tally.tally,
    cmd_tally.actors,
    cmd_tally.places,
    cmd_story.story,
    cmd_verify.verify,
    cmd_verify.audit_group,
    cmd_export.export,
    cmd_extract.extract_cmd,
    cmd_extract.reextract,
    cmd_feeds.feeds,
)

"""`sitrep verify` and `sitrep audit`: desk verification marks and the audit log, headless.

A mark is kept in the database's audit log with the editor's name and the time, so every
dashboard and command on that database sees it at its next read, and `sitrep audit undo`
takes it back. The editor is `--editor`, else $SITREP_EDITOR, else `settings.editor` in
feeds.yaml, else the login name.
"""

from __future__ import annotations

import getpass
import os
import time

import click

from cli.context import BadInput, Context, common_options, json_option, pass_ctx
from cli.output import echo, emit_json, local_time, table
from storage.api import MARKS, AuditError


def editor_name(ctx: Context, explicit: str | None) -> str:
    """Who makes the mark: --editor, $SITREP_EDITOR, settings.editor, the login name."""
    for name in (explicit, os.environ.get("SITREP_EDITOR")):
        if name is not None and name.strip():
            return " ".join(name.split())
    try:
        configured = ctx.config().settings.editor
    except BadInput:
        if ctx.config_opt or os.environ.get("SITREP_CONFIG"):
            raise  # a config the user named must be readable
        configured = None
    if configured and configured.strip():
        return " ".join(configured.split())
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        raise BadInput("no editor name: pass --editor NAME or set SITREP_EDITOR") from None


@click.command()
@common_options
@click.argument("figure_id", type=int)
@click.argument("mark", type=click.Choice(MARKS))
@click.option("--note", default=None, help="Why (required for disputed); kept in the audit log.")
@click.option("--editor", default=None, help="Who marks it (default: $SITREP_EDITOR, else login).")
@json_option
@pass_ctx
def verify(
    ctx: Context,
    figure_id: int,
    mark: str,
    note: str | None,
    editor: str | None,
    as_json: bool,
) -> None:
    """Mark a figure confirmed, disputed or unverified (desk verification).

    The mark, the editor and the time go in the audit log (`sitrep audit`), undoably. A
    disputed figure leaves every tally, as an exclusion does; `tally --confirmed` counts only
    confirmed figures. FIGURE_ID is a figure's `id` in `tally --json` or `story --json`.
    """
    who = editor_name(ctx, editor)
    with ctx.decisions() as archive:
        try:
            entry = archive.verify(figure_id, mark, editor=who, note=note)
        except AuditError as exc:
            raise BadInput(str(exc)) from None
        current = archive.marks([figure_id])[figure_id]
        why_not = archive.not_counted(figure_id, now=time.time()) if mark != "disputed" else None
    if as_json:
        emit_json({"figure_id": figure_id, **current.to_json()})
        return
    echo(f"figure {figure_id} marked {mark} by {who} (audit entry {entry})")
    if why_not is not None:
        echo(f"note: figure {figure_id} is not counted in the tally ({why_not})")


@click.group("audit")
@common_options
def audit_group() -> None:
    """The audit log: exclusions, disputes and verification marks, with undo."""


@audit_group.command("list")
@common_options
@click.option("--limit", type=click.IntRange(1, 100_000), default=50, show_default=True)
@json_option
@pass_ctx
def audit_list(ctx: Context, limit: int, as_json: bool) -> None:
    """Editorial decisions, newest first."""
    with ctx.archive() as archive:
        entries = archive.audit_log(limit)
    if as_json:
        emit_json([e.to_json() for e in entries])
        return
    if not entries:
        echo("the audit log is empty")
        return
    echo(
        table(
            ("id", "time", "action", "target", "editor", "reason", "undone"),
            [
                (
                    e.id,
                    local_time(e.at),
                    e.action,
                    f"{e.target} {e.target_id}",
                    e.editor or "-",
                    e.reason or "",
                    local_time(e.undone) if e.undone else "",
                )
                for e in entries
            ],
            limits=(0, 0, 0, 0, 20, 60, 0),
        )
    )


@audit_group.command("undo")
@common_options
@click.argument("audit_id", type=int)
@pass_ctx
def audit_undo(ctx: Context, audit_id: int) -> None:
    """Undo one decision (its id in `sitrep audit list`)."""
    with ctx.decisions() as archive:
        try:
            archive.undo(audit_id)
        except AuditError as exc:
            raise BadInput(str(exc)) from None
    echo(f"audit entry {audit_id} undone")

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

from cli.cmd_query import json_option
from cli.context import BadInput, Context, common_options, pass_ctx
from cli.output import echo, emit_json, local_time, table
from extract.times import iso
from storage import audit
from storage.db import Storage, StorageError
from storage.timeline import story_timeline
from storage.verification import marks


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


def _existing(ctx: Context) -> Storage:
    """The database to write a decision to; it must exist (a mark on nothing is a typo)."""
    try:
        return Storage.open(ctx.db_path(), create=False)
    except StorageError as exc:
        raise BadInput(str(exc)) from None


def _not_counted(store: Storage, figure_id: int) -> str | None:
    """Why the all-time tally does not count the figure (as `sitrep story` shows it), or
    None when it does."""
    event = store.scalar("SELECT COALESCE(event_id, id) FROM figures WHERE id = ?", [figure_id])
    found = story_timeline(store, int(event), now=time.time()) if event is not None else None
    if found is None:
        return None
    mine = next((f for f in (*found.points, *found.context) if f.source.id == figure_id), None)
    return None if mine is None or mine.counted else mine.excluded_reason


@click.command()
@common_options
@click.argument("figure_id", type=int)
@click.argument("mark", type=click.Choice(audit.MARKS))
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
    with _existing(ctx) as store:
        try:
            entry = audit.verify_figure(store, figure_id, mark, editor=who, note=note)
        except audit.AuditError as exc:
            raise BadInput(str(exc)) from None
        current = marks(store, [figure_id])[figure_id]
        why_not = _not_counted(store, figure_id) if mark != "disputed" else None
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
    with ctx.reader() as store:
        rows = audit.log(store, limit)
    for row in rows:
        row.setdefault("editor", None)  # a database from before verification
    if as_json:
        emit_json(
            [
                {
                    "id": r["id"],
                    "at": iso(r["at"]),
                    "action": r["action"],
                    "target": r["target"],
                    "target_id": r["target_id"],
                    "reason": r["reason"],
                    "editor": r["editor"],
                    "undone": iso(r["undone"]),
                }
                for r in rows
            ]
        )
        return
    if not rows:
        echo("the audit log is empty")
        return
    echo(
        table(
            ("id", "time", "action", "target", "editor", "reason", "undone"),
            [
                (
                    r["id"],
                    local_time(r["at"]),
                    r["action"],
                    f"{r['target']} {r['target_id']}",
                    r["editor"] or "-",
                    r["reason"] or "",
                    local_time(r["undone"]) if r["undone"] else "",
                )
                for r in rows
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
    with _existing(ctx) as store:
        try:
            audit.undo(store, audit_id, now=time.time())
        except audit.AuditError as exc:
            raise BadInput(str(exc)) from None
    echo(f"audit entry {audit_id} undone")

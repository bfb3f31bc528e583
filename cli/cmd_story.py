"""`sitrep story ID`: one event's toll over time (`storage.timeline`), as a table or JSON."""

from __future__ import annotations

import time

import click

from cli.context import BadInput, Context, common_options, json_option, pass_ctx
from cli.output import echo, emit_json, local_time, table
from storage.records import Step


def _range(low: int, high: int) -> str:
    return f"{low}-{high}" if high > low else ""


def _line(kind: str, steps: tuple[Step, ...]) -> None:
    if not steps:
        return
    echo(f"\n{kind} over time (the counted toll after each report that changed it):")
    echo(
        table(
            ("as of", kind, "range", "counted figures"),
            [
                (
                    local_time(s.at.timestamp()),
                    s.value,
                    _range(s.low, s.high),
                    ", ".join(str(i) for i in s.counted),
                )
                for s in steps
            ],
        )
    )


@click.command()
@common_options
@click.argument("event_id", metavar="ID", type=int)
@json_option
@pass_ctx
def story(ctx: Context, event_id: int, as_json: bool) -> None:
    """One event's toll over time: every report, the counted line, context apart.

    ID is a story's `id` in `sitrep tally --json` (the id column of `sitrep tally`). Each
    report shows its outlet, value and time, and whether the all-time tally counts it, or
    why not; the counted line steps through the event's toll after each report, with the
    range where sources disagree; long-run tolls are listed apart, never added.
    """
    with ctx.archive() as archive:
        found = archive.story(event_id, now=time.time())
    if found is None:
        raise BadInput(f"there is no story {event_id}: `sitrep tally --json` lists their ids")
    if as_json:
        emit_json(found.to_json())
        return
    e = found.event
    where = ", ".join(p for p in (e.place, e.country) if p) or "place unknown"
    killed = f"{e.killed}" + (
        f" ({e.killed_low}-{e.killed_high})" if e.killed_high > e.killed_low else ""
    )
    echo(f"story {e.id}: {e.label}")
    as_of = f", as of {local_time(e.as_of.timestamp())}" if e.as_of else ""
    echo(f"{found.kind} in {where}: {killed} killed, {e.injured} injured{as_of}")
    if e.covered_by is not None:
        echo(f"inside the toll of figure {e.covered_by}: its deaths are counted there")
    counted = [f for f in found.points if f.counted]
    if counted:
        confirmed = sum(
            1
            for f in counted
            if (m := found.marks.get(f.source.id)) is not None and m.mark == "confirmed"
        )
        echo(f"{confirmed} of {len(counted)} figures confirmed")
    _line("killed", found.killed)
    _line("injured", found.injured)
    if found.sampled:
        echo("(a long story: the line is worked out at evenly spaced reports)")
    if found.points:
        echo("\nreports:")
        echo(
            table(
                ("id", "as of", "outlet", "source", "kind", "n", "counted", "mark", "sentence"),
                [
                    (
                        f.source.id,
                        local_time(f.source.published.timestamp()),
                        f.source.feed,
                        f.source.figure.source or "-",
                        f.source.figure.kind,
                        _value(f.source.figure.count, f.source.figure.high),
                        "yes" if f.counted else f"no: {f.excluded_reason}",
                        m.mark if (m := found.marks.get(f.source.id)) is not None else "-",
                        f.source.figure.sentence,
                    )
                    for f in found.points
                ],
                limits=(0, 0, 18, 24, 0, 0, 40, 0, 70),
            )
        )
    if found.context:
        echo("\ncontext (long-run tolls, not added):")
        for f in found.context:
            echo(
                f"  {f.source.figure.count} {f.source.figure.kind}, "
                f"{local_time(f.source.published.timestamp())} ({f.source.feed}): "
                f"{f.source.figure.sentence}"
            )


def _value(count: int, high: int | None) -> str:
    return f"{count}-{high}" if high is not None and high > count else str(count)

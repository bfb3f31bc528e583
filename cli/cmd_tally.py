"""`sitrep tally`, `sitrep actors`, `sitrep places`: the dashboard's numbers, headless."""

from __future__ import annotations

import time
from collections.abc import Callable

import click

from cli.cmd_extract import user_actors
from cli.context import (
    BadInput,
    Context,
    common_options,
    json_option,
    pass_ctx,
    since_option,
    tag_option,
)
from cli.output import echo, emit_json, local_time, table
from extract.actors import ActorDictionary
from ingest.process import actor_dictionary
from storage.api import Archive, Filters
from storage.records import Confirmation


def _unknown(what: str, name: str) -> str:
    raise BadInput(f"unknown {what} {name!r}: sitrep knows no {what} of that name")


def _one_actor(name: str, archive: Archive, dictionary: ActorDictionary) -> str:
    """The canonical actor `name` stands for; bad input when it names none or several."""
    found = archive.actor_candidates(name, dictionary)
    if not found:
        _unknown("actor", name)
    if len(found) > 1:
        raise BadInput(f"{name!r} may mean {' or '.join(found)}: name one")
    return found[0]


def _confirmed(c: Confirmation) -> str:
    return f"{c.confirmed}/{c.counted}"


def _range(killed: int, low: int, high: int) -> str:
    return f"{killed} ({low}-{high})" if high > low else str(killed)


@click.command()
@common_options
@since_option
@click.option(
    "--place",
    metavar="P",
    default=None,
    help="Only this place or country and the places inside it.",
)
@click.option("--actor", metavar="A", default=None, help="Only stories involving this actor.")
@click.option(
    "--confirmed",
    "confirmed_only",
    is_flag=True,
    help="Only figures the desk marked confirmed (`sitrep verify`).",
)
@tag_option
@json_option
@pass_ctx
def tally(
    ctx: Context,
    since: str | None,
    place: str | None,
    actor: str | None,
    confirmed_only: bool,
    tag: str | None,
    as_json: bool,
) -> None:
    """Casualty tallies for the window, by country and story, with the figures behind them.

    Each story says how many of its counted figures the desk confirmed; --confirmed tallies
    the confirmed figures alone.
    """
    start = ctx.window(since)
    with ctx.archive() as archive:
        dictionary = None  # only an --actor filter needs the dictionary and the user's actors
        if place is not None:
            place = archive.known_place(place) or _unknown("place", place)
        if actor is not None:
            dictionary = actor_dictionary(user_actors(ctx))
            actor = _one_actor(actor, archive, dictionary)
        filters = Filters(since=start, tag=ctx.desk(archive, tag), place=place, actor=actor)
        report = archive.tally_report(
            filters, now=time.time(), dictionary=dictionary, confirmed_only=confirmed_only
        )
    if as_json:
        emit_json(report.to_json())
        return
    result, found = report.tally, report.marks
    scope = f" in {place}" if place else ""
    scope += f" involving {actor}" if actor else ""
    scope += ", confirmed figures only" if confirmed_only else ""
    when = f"since {local_time(result.since.timestamp())}" if result.since else "all time"
    echo(
        f"{_range(result.killed, result.killed_low, result.killed_high)} killed "
        f"({result.civilians_killed} civilians), {result.injured} injured{scope}, {when}"
    )
    whole = report.confirmation()
    if whole.counted:
        echo(whole.text())
    if result.by_country:
        echo("\nby country:")
        echo(
            table(
                ("country", "killed", "civilians", "injured"),
                [
                    (
                        c.country or "unknown",
                        _range(c.killed, c.killed_low, c.killed_high),
                        c.civilians_killed,
                        c.injured,
                    )
                    for c in result.by_country
                ],
            )
        )
    stories = [s for s in result.events if s.killed or s.injured]
    if stories:
        echo("\nby event:")
        echo(
            table(
                ("id", "killed", "injured", "country", "place", "confirmed", "event"),
                [
                    (
                        s.id,
                        s.killed,
                        s.injured,
                        s.country,
                        s.place,
                        _confirmed(report.event_confirmation(s.figure_ids)),
                        s.label,
                    )
                    for s in stories
                ],
                limits=(0, 0, 0, 14, 18, 0, 70),
            )
        )
    counted = [f for f in result.figures if f.counted]
    if counted:
        echo("\ncounted figures:")
        echo(
            table(
                ("id", "n", "kind", "as of", "source", "feed", "mark", "sentence"),
                [
                    (
                        f.source.id,
                        f.tallied,
                        f.source.figure.kind + (" (party claim)" if f.party_claim else ""),
                        local_time(f.source.published.timestamp()),
                        f.source.figure.source or "-",
                        f.source.feed,
                        found[f.source.id].mark if f.source.id in found else "-",
                        f.source.figure.sentence,
                    )
                    for f in counted
                ],
                limits=(0, 0, 0, 0, 24, 18, 0, 80),
            )
        )
    if result.context:
        echo("\ncontext (long-run tolls, not added):")
        for f in result.context:
            echo(
                f"  {f.source.figure.count} {f.source.figure.kind}: "
                f"{f.source.figure.sentence} ({f.source.feed})"
            )


def window_query(func: Callable[..., None]) -> click.Command:
    """The options every windowed query shares: --config/--db, --since, --tag, --json."""
    for option in (pass_ctx, json_option, tag_option, since_option, common_options):
        func = option(func)
    return click.command()(func)


@window_query
def actors(ctx: Context, since: str | None, tag: str | None, as_json: bool) -> None:
    """Actor activity: mentions in the window, trend per hour, change against the last one."""
    start = ctx.window(since)
    with ctx.archive() as archive:
        filters = Filters(since=start, tag=ctx.desk(archive, tag))
        found = archive.actors(filters, now=time.time())
    if as_json:
        emit_json([a.to_json() for a in found])
        return
    if not found:
        echo("no actors mentioned in this window")
        return
    echo(
        table(
            ("actor", "kind", "country", "mentions", "items", "change", "last seen"),
            [
                (
                    a.actor,
                    a.kind,
                    a.country,
                    a.mentions,
                    a.items,
                    "new" if a.new else f"{a.change:+.0%}",
                    local_time(a.last_seen),
                )
                for a in found
            ],
            limits=(30, 0, 14, 0, 0, 0, 0),
        )
    )


@window_query
def places(ctx: Context, since: str | None, tag: str | None, as_json: bool) -> None:
    """Places mentioned in the window, with the tallied deaths in each."""
    start = ctx.window(since)
    with ctx.archive() as archive:
        filters = Filters(since=start, tag=ctx.desk(archive, tag))
        found = archive.places(filters, now=time.time())
    if as_json:
        emit_json([p.to_json() for p in found])
        return
    if not found:
        echo("no places mentioned in this window")
        return
    echo(
        table(
            ("place", "country", "mentions", "killed", "lat", "lon"),
            [
                (
                    p.place,
                    p.country,
                    p.mentions,
                    p.killed,
                    f"{p.lat:.2f}" if p.lat is not None else "-",
                    f"{p.lon:.2f}" if p.lon is not None else "-",
                )
                for p in found
            ],
            limits=(30, 20, 0, 0, 0, 0),
        )
    )

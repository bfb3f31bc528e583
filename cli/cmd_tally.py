"""`sitrep tally`, `sitrep actors`, `sitrep places`: the dashboard's numbers, headless."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import click

from cli.cmd_extract import user_actors
from cli.cmd_query import json_option, since_option, since_start, tag_feeds, tag_option
from cli.context import BadInput, Context, common_options, pass_ctx
from cli.output import echo, emit_json, local_time, table
from extract.actors import ActorDictionary
from extract.tally import tally_to_json
from ingest.process import actor_dictionary
from storage import queries
from storage.db import Storage
from storage.tallies import actor_candidates, compute_tally, killed_by_place, known_place
from storage.tally_summary import tally_summary
from storage.verification import add_verification, confirmation, confirmed_tally, marks


def _unknown(what: str, name: str) -> str:
    raise BadInput(f"unknown {what} {name!r}: sitrep knows no {what} of that name")


def _one_actor(name: str, store: Storage, dictionary: ActorDictionary) -> str:
    """The canonical actor `name` stands for; bad input when it names none or several."""
    found = actor_candidates(name, store, dictionary)
    if not found:
        _unknown("actor", name)
    if len(found) > 1:
        raise BadInput(f"{name!r} may mean {' or '.join(found)}: name one")
    return found[0]


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
    start = since_start(ctx, since)
    with ctx.reader() as store:
        dictionary = None  # only an --actor filter needs the dictionary and the user's actors
        if place is not None:
            place = known_place(place, store) or _unknown("place", place)
        if actor is not None:
            dictionary = actor_dictionary(user_actors(ctx))
            actor = _one_actor(actor, store, dictionary)
        result = (confirmed_tally if confirmed_only else compute_tally)(
            store,
            since=start.timestamp() if start else None,
            now=time.time(),
            feed_ids=tag_feeds(ctx, store, tag),
            place=place,
            actor=actor,
            dictionary=dictionary,
        )
        found = marks(store, (f.source.id for f in (*result.figures, *result.context)))
    data: dict[str, Any] = tally_to_json(result)
    add_verification(data, result, found)
    data["confirmed_only"] = confirmed_only
    if as_json:
        emit_json(data)
        return
    scope = f" in {place}" if place else ""
    scope += f" involving {actor}" if actor else ""
    scope += ", confirmed figures only" if confirmed_only else ""
    when = f"since {local_time(result.since.timestamp())}" if result.since else "all time"
    echo(
        f"{_range(result.killed, result.killed_low, result.killed_high)} killed "
        f"({result.civilians_killed} civilians), {result.injured} injured{scope}, {when}"
    )
    if data["figures_counted"]:
        echo(confirmation(result.figures, found).text())
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
        confirmed = {s["id"]: s for s in data["stories"]}
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
                        f"{confirmed[s.id]['confirmed']}/{confirmed[s.id]['figures_counted']}",
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
    start = since_start(ctx, since)
    with ctx.reader() as store:
        rows = queries.actors(
            store,
            since=start.timestamp() if start else None,
            now=time.time(),
            feed_ids=tag_feeds(ctx, store, tag),
        )
    if as_json:
        emit_json(rows)
        return
    if not rows:
        echo("no actors mentioned in this window")
        return
    echo(
        table(
            ("actor", "kind", "country", "mentions", "items", "change", "last seen"),
            [
                (
                    r["actor"],
                    r["kind"],
                    r["country"],
                    r["mentions"],
                    r["items"],
                    "new" if r["previous"] == 0 else f"{r['change']:+.0%}",
                    local_time(r["last_seen"]),
                )
                for r in rows
            ],
            limits=(30, 0, 14, 0, 0, 0, 0),
        )
    )


@window_query
def places(ctx: Context, since: str | None, tag: str | None, as_json: bool) -> None:
    """Places mentioned in the window, with the tallied deaths in each."""
    start = since_start(ctx, since)
    now = time.time()
    with ctx.reader() as store:
        feed_ids = tag_feeds(ctx, store, tag)
        ts = start.timestamp() if start else None
        rows = queries.places(store, since=ts, feed_ids=feed_ids)
        killed = killed_by_place(tally_summary(store, since=ts, now=now, feed_ids=feed_ids))
    result: list[dict[str, Any]] = []
    for row in rows:
        row["killed"] = killed.get(row["place"], 0)
        result.append({k: row[k] for k in ("place", "country", "lat", "lon", "mentions", "killed")})
    if as_json:
        emit_json(result)
        return
    if not result:
        echo("no places mentioned in this window")
        return
    echo(
        table(
            ("place", "country", "mentions", "killed", "lat", "lon"),
            [
                (
                    r["place"],
                    r["country"],
                    r["mentions"],
                    r["killed"],
                    f"{r['lat']:.2f}" if r["lat"] is not None else "-",
                    f"{r['lon']:.2f}" if r["lon"] is not None else "-",
                )
                for r in result
            ],
            limits=(30, 20, 0, 0, 0, 0),
        )
    )

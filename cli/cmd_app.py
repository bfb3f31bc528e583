"""`sitrep demo` and `sitrep serve`: the dashboard on bundled demo feeds, or in a browser."""

from __future__ import annotations

import ipaddress

import click

from cli.context import BadInput, Context, common_options, pass_ctx
from cli.output import echo


@click.command()
@click.option(
    "--speed",
    type=float,
    default=1.0,
    hidden=True,
    help="Release demo items this many times faster.",
)
def demo(speed: float) -> None:
    """The dashboard on bundled synthetic feeds served from 127.0.0.1.

    Always a temporary database and the bundled demo config: SITREP_* and --config/--db are
    ignored, so demo casualties never reach a real database.
    """
    from cli.launch import run_demo

    run_demo(speed=speed)


def is_local(host: str) -> bool:
    """True for an address only this machine can reach (localhost, 127.0.0.0/8, ::1)."""
    name = host.strip().strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


@click.command()
@common_options
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; one other machines can reach needs --public.",
)
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option(
    "--allow-edits",
    is_flag=True,
    help="Let visitors exclude, dispute, undo and edit feeds (off: a read-only dashboard).",
)
@click.option(
    "--public",
    is_flag=True,
    help="Allow a --host other machines can reach (put a proxy with authentication in front).",
)
@click.option(
    "--public-url",
    metavar="URL",
    default=None,
    help="The address browsers use to reach the server (behind a proxy, or with --host 0.0.0.0).",
)
@pass_ctx
def serve(
    ctx: Context,
    host: str,
    port: int,
    allow_edits: bool,
    public: bool,
    public_url: str | None,
) -> None:
    """The dashboard in a browser (textual-serve), one dashboard process per visitor.

    Listens on 127.0.0.1 only, unless --host names another address and --public says so.
    Visitors read only: excluding, disputing, undoing and the feed manager are off unless
    --allow-edits.
    """
    if not is_local(host):
        if not public:
            raise BadInput(
                f"refusing to serve on {host}, which other machines can reach: anyone who "
                "reaches it reads the desk's data; pass --public to do it anyway"
            )
        rights = "reads and edits" if allow_edits else "reads"
        echo(
            f"sitrep: warning: serving on {host}:{port}: anyone who can reach this port "
            f"{rights} the desk's data; put a proxy with authentication in front of it",
            err=True,
        )
    from cli.launch import run_serve

    run_serve(
        ctx.location(),
        ctx.db_path(),
        host=host,
        port=port,
        allow_edits=allow_edits,
        public_url=public_url,
    )

"""`sitrep demo` and `sitrep serve`: the dashboard on bundled demo feeds, or in a browser."""

from __future__ import annotations

import click

from tui.cli import Context, cli, common_options, pass_ctx


@cli.command()
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
    from tui.launch import run_demo

    run_demo(speed=speed)


@cli.command()
@common_options
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=int, default=8000, show_default=True)
@pass_ctx
def serve(ctx: Context, host: str, port: int) -> None:
    """The dashboard in a browser (textual-serve)."""
    from tui.launch import run_serve

    run_serve(ctx.location(), ctx.db_path(), host=host, port=port)

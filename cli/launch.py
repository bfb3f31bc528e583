"""Starting the dashboard: the normal one, the demo, and the browser version.

Kept apart from the command definitions so the headless commands never import Textual.
"""

from __future__ import annotations

import shlex
import sys
import tempfile
from pathlib import Path

from cli.output import echo
from ingest.config import Config, load_config
from ingest.paths import ConfigLocation
from ingest.poller import PassReport
from ingest.service import ServiceEvents, make_executor, serve_until_signalled


def run_dashboard(
    location: ConfigLocation,
    config: Config,
    db_path: Path,
    *,
    tag: str | None = None,
    editable: bool = True,
) -> None:
    """The live dashboard (polls in the background unless another process holds the lease);
    read-only (no exclusions, disputes, marks or feed edits) with `editable=False`."""
    from tui.app import make_app

    with make_executor(deadline=config.settings.parse_deadline) as executor:
        app = make_app(
            config_location=location,
            config=config,
            db_path=db_path,
            tag=tag,
            executor=executor,
            editable=editable,
        )
        app.run()


def run_demo(*, speed: float = 1.0) -> None:
    """The dashboard on the bundled demo feeds, in a temporary folder removed afterwards."""
    from demo.session import prepare_demo

    with tempfile.TemporaryDirectory(prefix="sitrep-demo-") as tmp:
        session = prepare_demo(Path(tmp), speed=speed)
        try:
            location = ConfigLocation(session.config_path, "explicit")
            config = load_config(session.config_path)
            if sys.stdout.isatty():
                run_dashboard(location, config, session.db_path)
            else:
                _headless(location, config, session.db_path)
        finally:
            session.close()


def _headless(location: ConfigLocation, config: Config, db_path: Path) -> None:
    """Without a terminal, the demo polls headless and reports each pass on stderr."""

    def report(r: PassReport) -> None:
        if r.feeds:
            echo(f"demo: {r.new} new item(s) from {len(r.feeds)} feed(s)", err=True)

    serve_until_signalled(
        config,
        location.path,
        db_path,
        role="demo",
        events=ServiceEvents(on_pass=report),
        run_commands=False,
    )


def serve_command(location: ConfigLocation, db_path: Path, *, allow_edits: bool) -> str:
    """The command textual-serve runs for each visitor: the dashboard, read-only unless the
    desk allowed edits. Paths are absolute: each visitor's process must open the same files.

    A ./feeds.yaml found in the working folder is not passed on: named with --config it would
    become a config the user chose, trusted to run alert commands. The visitor's process runs
    in the same folder and finds it again, untrusted.
    """
    args = [sys.executable, "-m", "cli", "--db", str(db_path.resolve())]
    if location.origin != "cwd":
        args += ["--config", str(location.path.resolve())]
    if not allow_edits:
        args.append("--read-only")
    return shlex.join(args)


def run_serve(
    location: ConfigLocation,
    db_path: Path,
    *,
    host: str,
    port: int,
    allow_edits: bool = False,
    public_url: str | None = None,
) -> None:
    """The dashboard in a browser: textual-serve runs `sitrep` per visitor."""
    from textual_serve.server import Server

    command = serve_command(location, db_path, allow_edits=allow_edits)
    Server(command, host=host, port=port, title="sitrep", public_url=public_url).serve()

"""Everything `sitrep demo` needs before the dashboard starts: a server, a config, a database path.

The demo never looks at SITREP_CONFIG or SITREP_DB: its config and database live in the
working folder the caller gives (a temporary one), so that synthetic deaths can never reach a
real database or a real feed list.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from ruamel.yaml import YAML

from demo.server import Clock, DemoServer, _utc_now

CONFIG_NAME = "feeds.yaml"
DB_NAME = "demo.db"

_HEADER = """\
# sitrep demo: synthetic feeds served from {base_url}
# Written by `sitrep demo` for this run only; the outlets and the news are invented.
"""


@dataclass(frozen=True, slots=True)
class DemoSession:
    """A running demo: pass `config_path` and `db_path` to the dashboard, then close()."""

    config_path: Path
    db_path: Path
    server: DemoServer

    def close(self) -> None:
        """Stop the server. The working folder is the caller's to remove."""
        self.server.stop()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def demo_config(server: DemoServer) -> dict[str, Any]:
    """The feeds.yaml content for a running server: short intervals, one desk tag per region.

    Every demo feed shares one host, so `per_host` is raised to let them all poll at once;
    `min_interval` is lowered so the 2-3 s intervals are honoured rather than clamped.
    """
    feeds = [
        {
            "url": server.base_url + outlet.path,
            "name": outlet.title,
            "interval": f"{outlet.interval:g}s",
            "tags": list(outlet.tags),
        }
        for outlet in server.scenario.outlets
    ]
    return {
        "settings": {
            "interval": "3s",
            "min_interval": "1s",
            "max_interval": "1m",
            "window": "24h",
            "per_host": max(2, len(feeds)),
            "deadline": "10s",
            "retention_days": 7,
        },
        "feeds": feeds,
        "alerts": [
            {"name": "Idlib toll rising", "when": "tally_rise", "place": "Idlib", "threshold": 5},
            {"name": "Ceasefire or truce", "when": "keyword", "keywords": ["ceasefire", "truce"]},
        ],
    }


def write_config(server: DemoServer, path: Path) -> Path:
    """Write the demo feeds.yaml for `server` to `path`."""
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.sort_base_mapping_type_on_output = False  # type: ignore[assignment]
    with path.open("w", encoding="utf-8") as stream:
        stream.write(_HEADER.format(base_url=server.base_url))
        yaml.dump(demo_config(server), stream)
    return path


def prepare_demo(workdir: Path, *, speed: float = 1.0, now: Clock = _utc_now) -> DemoSession:
    """Start the demo server and write `workdir/feeds.yaml` pointing at it.

    The database path is `workdir/demo.db`; nothing creates it here, the dashboard does.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    server = DemoServer(speed=speed, now=now).start()
    try:
        config_path = write_config(server, workdir / CONFIG_NAME)
    except BaseException:
        server.stop()
        raise
    return DemoSession(config_path=config_path, db_path=workdir / DB_NAME, server=server)

"""Where the configuration and the database live.

`--config` / `SITREP_CONFIG` win; then `./feeds.yaml` when present; then the user config dir,
seeded once from the bundled default. Where a config came from matters: alert commands run
only from a config the user chose, never from a feeds.yaml found in the working folder.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

import platformdirs

from ingest.config import Config, load_config, parse_config

APP = "sitrep"
Origin = Literal["explicit", "cwd", "user"]


@dataclass(frozen=True, slots=True)
class ConfigLocation:
    path: Path
    origin: Origin

    @property
    def trusted(self) -> bool:
        """May this config run commands (alert hooks)? Only if the user chose it."""
        return self.origin != "cwd"


def bundled_feeds_yaml() -> str:
    """The default feed list shipped with the package."""
    return resources.files("ingest").joinpath("data/feeds.yaml").read_text(encoding="utf-8")


def resolve_config(explicit: str | None = None) -> ConfigLocation:
    """Find the feeds.yaml to use, seeding the user config dir from the bundled default."""
    chosen = explicit or os.environ.get("SITREP_CONFIG")
    if chosen:
        return ConfigLocation(Path(chosen).expanduser(), "explicit")
    local = Path.cwd() / "feeds.yaml"
    if local.is_file():
        return ConfigLocation(local, "cwd")
    user = Path(platformdirs.user_config_dir(APP)) / "feeds.yaml"
    if not user.exists():
        # A home that cannot be written (read-only, full, not a folder) must not stop the
        # read commands: they read the bundled default instead (load_location), and an edit
        # says why it cannot be saved.
        with contextlib.suppress(OSError):
            _create_if_absent(user, bundled_feeds_yaml())
    return ConfigLocation(user, "user")


def _create_if_absent(path: Path, text: str) -> None:
    """Write `path` whole, unless it exists: a link of a finished temporary file, so that two
    processes seeding at once never overwrite an edit made in between."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.chmod(0o644)
        with contextlib.suppress(FileExistsError):
            os.link(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def load_location(location: ConfigLocation) -> Config:
    """The config at `location`: the bundled default while the user's own could not be made."""
    if location.origin == "user" and not location.path.exists():
        return parse_config(bundled_feeds_yaml(), location.path)
    return load_config(location.path)


def resolve_db(explicit: str | None = None) -> Path:
    """The database path: `--db`, else `SITREP_DB`, else the user data dir."""
    chosen = explicit or os.environ.get("SITREP_DB")
    if chosen:
        return Path(chosen).expanduser()
    return Path(platformdirs.user_data_dir(APP)) / "sitrep.db"

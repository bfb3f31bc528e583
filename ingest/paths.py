"""Where the configuration and the database live.

`--config` / `SITREP_CONFIG` win; then `./feeds.yaml` when present; then the user config dir,
seeded once from the bundled default. Where a config came from matters: alert commands run
only from a config the user chose, never from a feeds.yaml found in the working folder.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

import platformdirs

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
        user.parent.mkdir(parents=True, exist_ok=True)
        user.write_text(bundled_feeds_yaml(), encoding="utf-8")
    return ConfigLocation(user, "user")


def resolve_db(explicit: str | None = None) -> Path:
    """The database path: `--db`, else `SITREP_DB`, else the user data dir."""
    chosen = explicit or os.environ.get("SITREP_DB")
    if chosen:
        return Path(chosen).expanduser()
    return Path(platformdirs.user_data_dir(APP)) / "sitrep.db"


def copy_bundled(target: Path) -> None:
    """Write the bundled default feed list to `target` (used by tests and `sitrep demo`)."""
    with resources.as_file(resources.files("ingest").joinpath("data/feeds.yaml")) as src:
        shutil.copyfile(src, target)

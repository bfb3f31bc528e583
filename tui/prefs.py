"""What the dashboard remembers between runs (the theme), in the user's config folder.

Kept beside the user's feeds.yaml (`platformdirs.user_config_dir`), in a file of its own so
that an edit of the feed list never touches it and the poller's reload never sees it. A home
that cannot be written must not stop the dashboard: the choice is then simply not kept.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import platformdirs

from ingest.paths import APP
from ingest.yamledit import write_atomic

PREFS_NAME = "dashboard.json"


def prefs_path() -> Path:
    return Path(platformdirs.user_config_dir(APP)) / PREFS_NAME


def _read() -> dict[str, object]:
    try:
        data = json.loads(prefs_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def saved_theme() -> str | None:
    """The theme chosen last time, if any."""
    theme = _read().get("theme")
    return theme if isinstance(theme, str) else None


def save_theme(name: str) -> None:
    """Remember `name` for the next run (quietly not, when the folder cannot be written)."""
    data = _read()
    if data.get("theme") == name:
        return
    data["theme"] = name
    with contextlib.suppress(OSError):
        write_atomic(prefs_path(), json.dumps(data, indent=2) + "\n")

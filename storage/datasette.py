"""The datasette metadata shipped with sitrep: a description of every table and column.

`datasette sitrep.db -m metadata.json` then opens a documented, searchable database
(`sitrep export --format datasette` writes the file, keyed by the database's name). datasette
itself is an optional extra (`pip install 'sitrep[datasette]'`); nothing here imports it.
A test checks that the file names every table and column of a freshly migrated database, so a
new migration that adds one must describe it here.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

FILE = "datasette.json"
DEFAULT_NAME = "sitrep"
"""The database name the bundled file is keyed by (datasette names a database by its file)."""


def metadata(database: str = DEFAULT_NAME) -> dict[str, Any]:
    """The bundled metadata, describing the database datasette will call `database` (the
    database file's name without its extension)."""
    text = resources.files("storage").joinpath("data", FILE).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    data["databases"] = {database: data["databases"][DEFAULT_NAME]}
    return data

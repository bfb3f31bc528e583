"""The bundled datasette metadata describes every table and column of a freshly migrated
database, and nothing that is not there."""

from __future__ import annotations

import asyncio
import importlib.util
from pathlib import Path
from typing import Any

import pytest

from storage.datasette import metadata
from storage.db import Storage


def _schema(store: Storage) -> dict[str, list[str]]:
    tables = [
        str(r[0])
        for r in store.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: [str(c[1]) for c in store.execute(f'PRAGMA table_info("{t}")')] for t in tables}


def test_every_table_and_column_is_described() -> None:
    schema = _schema(Storage.memory())
    described: dict[str, Any] = metadata()["databases"]["sitrep"]["tables"]
    assert sorted(described) == sorted(schema)
    for table, columns in schema.items():
        entry = described[table]
        assert isinstance(entry["description"], str) and entry["description"].strip(), table
        assert sorted(entry["columns"]) == sorted(columns), table
        for column, text in entry["columns"].items():
            assert isinstance(text, str) and text.strip(), f"{table}.{column}"


def test_the_metadata_is_keyed_by_the_database_name() -> None:
    data = metadata("desk-2026")
    assert list(data["databases"]) == ["desk-2026"]
    tables = data["databases"]["desk-2026"]["tables"]
    assert tables["items"]["fts_table"] == "items_fts"


@pytest.mark.skipif(
    importlib.util.find_spec("datasette") is None,
    reason="datasette is not installed (pip install '.[datasette]')",
)
def test_datasette_opens_the_database_documented(tmp_path: Path) -> None:
    from datasette.app import Datasette

    path = tmp_path / "sitrep.db"
    Storage.open(path).close()

    async def pages() -> tuple[Any, Any, Any, Any]:
        ds = Datasette([str(path)], metadata=metadata())
        table = await ds.client.get("/sitrep/figures")
        database = await ds.client.get("/sitrep")
        query = await ds.client.get("/sitrep/verification_marks.json")
        search = await ds.client.get("/sitrep/items?_search=strike")
        return table, database, query, search

    table, database, query, search = asyncio.run(pages())
    assert table.status_code == 200, table.text
    assert "Every casualty figure read from an item" in table.text  # the table's description
    assert "The number it tallies" in table.text  # a column's
    assert "items_fts_data" not in database.text  # FTS internals hidden
    assert query.status_code == 200, query.text
    assert search.status_code == 200, search.text

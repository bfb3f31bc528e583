"""What a feeds.yaml text gave, kept for the next command that reads the same text.

Reading feeds.yaml keeps every node's line for error messages, with ruamel's round-trip
parser, in pure Python: for a list of 200 feeds that was 40 ms, plus 15 ms to import the
parser, and checking it with pydantic's models another 0.1 s with their import, at the start
of every command, though the file seldom changes. So the configuration a valid text gave is
kept as JSON in the user's cache folder, under the SHA-256 of the text (and of `FORMAT`); a
command reading the same text again rebuilds the configuration from it, without the parser or
pydantic. A text seen for the first time, or an invalid one, is parsed and checked as before,
so errors keep their file:line. A configuration that JSON does not give back exactly is not
kept. The cache is a convenience: when it cannot be read or written, nothing else changes.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import platformdirs

KEEP = 4
"""Texts remembered at once (the user's list, a test list, the demo's...)."""
FORMAT = "checked-1"
"""What an entry holds (a checked configuration); entries of another format are not read."""


def cache_file() -> Path:
    return Path(platformdirs.user_cache_dir("sitrep")) / "feeds-yaml.json"


def _key(text: str) -> str:
    return hashlib.sha256(f"{FORMAT}\n{text}".encode()).hexdigest()


def _read() -> dict[str, Any]:
    try:
        found = json.loads(cache_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def lookup(text: str) -> Any | None:
    """What this text gave when it was last read, or None."""
    return _read().get(_key(text))


class _NotPlain(Exception):
    pass


def plain(node: Any) -> Any:
    """`node` as plain JSON types (tuples as lists); _NotPlain for anything JSON would not
    give back as it was."""
    if node is None or isinstance(node, bool):
        return None if node is None else bool(node)
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    if isinstance(node, str):
        return str(node)
    if isinstance(node, list | tuple):
        return [plain(v) for v in node]
    if isinstance(node, dict):
        if not all(isinstance(k, str) for k in node):
            raise _NotPlain
        return {str(k): plain(v) for k, v in node.items()}
    raise _NotPlain


def remember(text: str, data: Any, same: Callable[[Any], bool]) -> None:
    """Keep `data` (what `text` gave) if its plain copy passes `same` (rebuilds the very same
    configuration)."""
    try:
        copy = plain(data)
        if json.loads(json.dumps(copy)) != copy or not same(copy):
            return
    except (_NotPlain, ValueError):
        return
    entries = _read()
    entries.pop(_key(text), None)
    entries[_key(text)] = copy
    kept = dict(list(entries.items())[-KEEP:])
    with contextlib.suppress(OSError):
        _write(cache_file(), json.dumps(kept))


def _write(path: Path, content: str) -> None:
    """Replace the file whole: a reader sees the old content or the new, never a part."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)

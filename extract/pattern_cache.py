"""Compiled regular expressions kept between runs, as Python keeps compiled modules.

The extractor's grammar is several hundred regular expressions. Compiling them is most of
what importing the extractor costs (about 0.2 s of a 0.3 s import on the machines we time),
and every process that reads text pays it: `sitrep poll`'s writer, its parse workers' fork
server, `sitrep extract`. What `re.compile` spends that time on is parsing a pattern and
turning it into the regular-expression engine's code; for one pattern, one set of flags and
one build of Python that code never changes. `rx` keeps it, with each pattern's flags and
groups, in `extract/__pycache__/patterns.<cache tag>.bin` (beside the compiled modules, like
them never shared between builds of Python), and on the next run hands it straight to the
engine (`_sre.compile`, the step `re.compile` ends with), which checks it before use.

`rx` is for the patterns a module compiles when it is imported. A pattern built at run time
(from a text's own place names, say) is compiled with `re.compile`, whose in-process cache
serves it: kept in the file, every text would add one
(`tests/extract/test_pattern_cache.py` checks that no function calls `rx`).

Anything unexpected falls back to `re.compile`, for that pattern or for the whole run: no
file, a file written by another build of Python (its first entry records `sys.version` and
the engine's version) or one that does not decode, code the engine refuses, a folder that is
not writable. Results never depend on the file: the patterns are the same either way, which
`tests/extract/test_pattern_cache.py` checks for every pattern the extractor compiles.

The file is an index and its entries: a process reads the index (a digest of each pattern,
where its entry lies) and then only the entries it asks for, one read each. A process that
needs a hundred of the grammar's patterns (`sitrep poll`'s writer) holds those hundred, not
the file's twelve megabytes of engine code, and the fork server holds no copy of the file
beside the patterns it builds from it.

New entries are written when the process exits (`atexit`), or at once by `save()` (the parse
workers' fork server, whose processes end without running exit handlers), merged with what
the file holds by then and replaced in one rename, so two processes writing at once lose at
most each other's newest entries. `python -m extract.pattern_cache` builds the file for
every extraction module (`make setup` runs it).
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import atexit
import hashlib
import marshal
import os
import re
import struct
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any, BinaryIO

FOLDER = Path(__file__).resolve().parent / "__pycache__"
FILE = FOLDER / f"patterns.{sys.implementation.cache_tag}.bin"
# the build this file's code is for: a different one ignores the file
STAMP = (sys.version, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None))
# entries never used by the process that writes the file are dropped past this many
MAX_ENTRIES = 4000

_Key = tuple[str, str, int]  # what is kept ("code", "starts"), the pattern, its flags
_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_HEAD = struct.Struct("<Q")  # the length of the index, which follows it; the entries follow


def _digest(key: _Key) -> bytes:
    """What the index knows an entry by (the entry itself holds its whole key)."""
    kind, pattern, flags = key
    text = f"{kind}\0{flags}\0{pattern}".encode("utf-8", "surrogatepass")
    return hashlib.blake2b(text, digest_size=16).digest()


class _Stored:
    """The file's entries: its index, read whole, and an open handle to read each entry
    from when it is asked for (`get`), as `marshal` wrote it."""

    def __init__(
        self, fd: int = -1, index: dict[bytes, tuple[int, int]] | None = None, start: int = 0
    ) -> None:
        self._fd = fd
        self._index = index or {}
        self._start = start

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def __len__(self) -> int:
        return len(self._index)

    def get(self, key: _Key) -> bytes | None:
        where = self._index.get(_digest(key))
        if where is None:
            return None
        found = self._record(*where)
        return found[1] if found is not None and found[0] == key else None

    def items(self) -> Iterator[tuple[_Key, bytes]]:
        for where in self._index.values():
            found = self._record(*where)
            if found is not None:
                yield found

    def _record(self, offset: int, length: int) -> tuple[_Key, bytes] | None:
        try:
            record = os.pread(self._fd, length, self._start + offset)
            key, value = marshal.loads(record)  # noqa: S302 - see _read
        except (OSError, EOFError, ValueError, TypeError):
            return None
        if not isinstance(value, bytes) or not isinstance(key, tuple):
            return None
        return key, value


def encode(stamp: tuple[str, Any, Any], entries: dict[_Key, bytes]) -> bytes:
    """The file holding `entries` (each as `marshal` wrote it) for the build `stamp`."""
    records = bytearray()
    index: dict[bytes, tuple[int, int]] = {}
    for key, value in entries.items():
        record = marshal.dumps((key, value))
        index[_digest(key)] = (len(records), len(record))
        records += record
    head = marshal.dumps((stamp, index))  # offsets from the end of the index
    return _HEAD.pack(len(head)) + head + bytes(records)


_lock = threading.Lock()
# what the file holds, its index read on first use and each entry when asked for
_stored: _Stored | None = None
_used: set[_Key] = set()
_new: dict[_Key, bytes] = {}
_broken = False  # the engine refused a stored entry: compile everything afresh
_exit_hook = False


def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, read from the cache when it holds the pattern."""
    flags = int(flags)
    key = ("code", pattern, flags)
    with _lock:
        stored = _load()
        kept = stored.get(key) if not _broken else None
        if kept is not None:
            _used.add(key)
            try:
                return _engine(pattern, marshal.loads(kept))  # noqa: S302 - see _read
            except Exception:  # the engine's own check: recompile from now on
                _disable()
        if _broken:
            return re.compile(pattern, flags)
        try:
            entry = _compiled(pattern, flags)
        except Exception:  # a bad pattern: re.compile raises its error; else it compiles
            return re.compile(pattern, flags)
        try:
            compiled = _engine(pattern, entry)
        except Exception:  # not the code this engine takes: compile as usual from now on
            _disable()
            return re.compile(pattern, flags)
        _new[key] = marshal.dumps(entry)
        _used.add(key)
        _on_exit()
        return compiled


def derived(kind: str, pattern: re.Pattern[str], compute: Callable[[], list[str]]) -> list[str]:
    """`compute()`, something read off a pattern's own text (`extract.prefilter` reads the
    literal text its matches start with), kept with the compiled patterns. What it returns
    is a list of strings."""
    key = (kind, pattern.pattern, int(pattern.flags))
    with _lock:
        kept = _load().get(key) if not _broken else None
        if kept is not None:
            _used.add(key)
            try:
                value: list[str] = marshal.loads(kept)  # noqa: S302 - see _read
                return value
            except (EOFError, ValueError, TypeError):
                pass  # computed again below
    value = compute()
    with _lock:
        if not _broken:
            _new[key] = marshal.dumps(value)
            _used.add(key)
            _on_exit()
    return value


def save() -> bool:
    """Write the entries compiled since the file was read; False when nothing was written."""
    with _lock:
        if not _new or _broken:
            return False
        current = _read()
        try:
            merged = {**dict(current.items()), **dict((_stored or _Stored()).items()), **_new}
        finally:
            current.close()
        if len(merged) > MAX_ENTRIES:
            merged = {k: v for k, v in merged.items() if k in _used}
        if not write_kept(FILE, lambda out: out.write(encode(STAMP, merged))):
            return False  # a read-only install: compile each run, as before
        _new.clear()
        return True


def write_kept(path: Path, write: Callable[[BinaryIO], object]) -> bool:
    """Write a file kept beside the compiled modules (`write` fills it) in one rename, readable
    as the module beside it is, as Python writes a compiled module; False when the folder
    cannot be written (a read-only install keeps nothing)."""
    try:
        path.parent.mkdir(exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{path.stem}-", dir=path.parent)
        temporary = Path(name)
        try:
            os.fchmod(handle, Path(__file__).stat().st_mode & 0o666)
            with os.fdopen(handle, "wb") as out:
                write(out)
            temporary.replace(path)
        finally:
            temporary.unlink(missing_ok=True)
    except OSError:
        return False
    return True


def _compiled(pattern: str, flags: int) -> _Entry:
    """What `re._compiler.compile` hands the engine, in types `marshal` writes."""
    tree = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(tree, flags)]
    groupindex = {str(k): int(v) for k, v in tree.state.groupdict.items()}
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | tree.state.flags),
        code,
        tree.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _engine(pattern: str, entry: _Entry) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = entry
    compiled: re.Pattern[str] = _sre.compile(
        pattern, flags, code, groups, dict(groupindex), indexgroup
    )
    return compiled


def _load() -> _Stored:
    global _stored
    if _stored is None:
        _stored = _read()
    return _stored


def _read() -> _Stored:
    """The file's index, and a handle on the file it came from (kept open: another process
    may replace the file meanwhile, and the index is of this one)."""
    try:
        fd = os.open(FILE, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return _Stored()
    try:
        (size,) = _HEAD.unpack(os.pread(fd, _HEAD.size, 0))
        if size > os.fstat(fd).st_size - _HEAD.size:
            raise ValueError("not an index")
        # our own file beside our compiled modules, trusted as they are
        stamp, index = marshal.loads(os.pread(fd, size, _HEAD.size))  # noqa: S302
    except (OSError, EOFError, ValueError, TypeError, struct.error):
        os.close(fd)
        return _Stored()
    if stamp != STAMP or not isinstance(index, dict):
        os.close(fd)
        return _Stored()
    return _Stored(fd, index, _HEAD.size + size)


def _disable() -> None:
    global _broken
    _broken = True
    _new.clear()


def _on_exit() -> None:
    global _exit_hook
    if not _exit_hook:
        _exit_hook = True
        atexit.register(save)


def main() -> None:
    """Import every extraction module (compiling their patterns) and write the file."""
    import importlib
    import pkgutil

    import extract
    from extract import pattern_cache  # this module's state, not that of `__main__`

    for module in pkgutil.iter_modules(extract.__path__):
        if module.name != "build_gazetteer":
            importlib.import_module(f"extract.{module.name}")
    pattern_cache.save()
    current = pattern_cache._read()
    held = len(current)
    current.close()
    print(f"{FILE}: {held} patterns" if held else f"{FILE}: not written (compiled each run)")


if __name__ == "__main__":
    main()

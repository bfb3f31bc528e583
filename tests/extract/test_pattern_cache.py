"""Compiled patterns kept between runs (`extract.pattern_cache`): the same patterns with or
without the file, and a damaged, foreign or unwritable file only costs the time it saves."""

from __future__ import annotations

import importlib
import marshal
import pkgutil
import re
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

import extract
from extract import pattern_cache
from extract.prefilter import Gate


def _patterns(value: object, depth: int = 0) -> Iterator[re.Pattern[str]]:
    if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
        yield value
    elif isinstance(value, tuple | list | set | frozenset) and depth < 3:
        for item in value:
            yield from _patterns(item, depth + 1)
    elif isinstance(value, dict) and depth < 3:
        for item in (*value.keys(), *value.values()):
            yield from _patterns(item, depth + 1)


def extractor_patterns() -> list[tuple[str, int]]:
    """Every pattern the extraction modules keep at module level, as (text, flags)."""
    found: dict[tuple[str, int], None] = {}
    for info in pkgutil.iter_modules(extract.__path__):
        if info.name == "build_gazetteer":
            continue
        module = importlib.import_module(f"extract.{info.name}")
        for value in vars(module).values():
            for pattern in _patterns(value):
                found[pattern.pattern, pattern.flags] = None
    return list(found)


@pytest.fixture
def cache_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The cache in a folder of the test's own, starting empty."""
    folder = tmp_path / "__pycache__"
    monkeypatch.setattr(pattern_cache, "FOLDER", folder)
    monkeypatch.setattr(pattern_cache, "FILE", folder / "patterns.bin")
    forget()
    monkeypatch.setattr(pattern_cache, "_broken", False)
    return folder / "patterns.bin"


def forget() -> None:
    """A new process's state: nothing read, nothing compiled."""
    if pattern_cache._stored is not None:
        pattern_cache._stored.close()
    pattern_cache._stored = None
    pattern_cache._new.clear()
    pattern_cache._used.clear()


def test_every_extractor_pattern_read_back_is_the_pattern_re_compiles(cache_file: Path) -> None:
    patterns = extractor_patterns()
    assert len(patterns) > 300  # the grammar, not a handful
    first = [pattern_cache.rx(text, flags) for text, flags in patterns]
    assert pattern_cache.save() and cache_file.exists()
    forget()
    again = [pattern_cache.rx(text, flags) for text, flags in patterns]
    assert not pattern_cache._new  # every one came from the file
    for (text, flags), one, two in zip(patterns, first, again, strict=True):
        expected = re.compile(text, flags)
        # a Pattern equals another when pattern, flags and the engine's code are the same
        assert one == expected and two == expected, text
        assert two.groupindex == expected.groupindex and two.groups == expected.groups


def test_a_gate_reads_the_same_stems_from_the_file(cache_file: Path) -> None:
    pattern = re.compile(r"\b(?:killed|shot\s+dead|(?:were|was)\s+slain)\b", re.I)
    fresh = Gate(pattern).stems
    assert pattern_cache.save()
    forget()
    kept = Gate(pattern).stems
    assert kept == fresh == ("kille", "shot", "was", "were")
    assert not pattern_cache._new


@pytest.mark.parametrize(
    "content",
    [
        b"not marshal at all",
        b"",
        pattern_cache.encode(("another build", 1, 4), {("code", "a+", 32): b"junk"}),
        marshal.dumps([1, 2, 3]),
        pattern_cache.encode(pattern_cache.STAMP, {("code", "a+", 32): b"junk"})[:-3],
    ],
    ids=["garbage", "empty", "another-build", "wrong-shape", "truncated"],
)
def test_a_damaged_or_foreign_file_is_ignored(cache_file: Path, content: bytes) -> None:
    cache_file.parent.mkdir()
    cache_file.write_bytes(content)
    pattern = pattern_cache.rx(r"(?P<n>\d+)\s+killed", re.I)
    assert pattern == re.compile(r"(?P<n>\d+)\s+killed", re.I)
    assert pattern.search("At least 12 killed")["n"] == "12"  # type: ignore[index]
    assert pattern_cache.save()  # and a good file replaces it
    forget()
    assert pattern_cache.rx(r"(?P<n>\d+)\s+killed", re.I) == pattern
    assert not pattern_cache._new


def test_code_the_engine_refuses_falls_back_to_compiling(cache_file: Path) -> None:
    key = ("code", r"\d+ dead", 0)  # the flags as given to rx
    refused = marshal.dumps((int(re.UNICODE), [999, 1, 2], 0, {}, (None,)))
    cache_file.parent.mkdir()
    cache_file.write_bytes(pattern_cache.encode(pattern_cache.STAMP, {key: refused}))
    pattern = pattern_cache.rx(r"\d+ dead")
    assert pattern == re.compile(r"\d+ dead")
    assert pattern_cache._broken  # and the rest of the run compiles as re does
    assert pattern_cache.rx(r"\d+ hurt") == re.compile(r"\d+ hurt")
    assert not pattern_cache.save()  # nothing is written by a run that found the file bad


def test_a_process_holds_only_the_entries_it_reads(cache_file: Path) -> None:
    """The writer needs a hundred of the grammar's patterns: reading them must not cost it
    the whole file (twelve megabytes of engine code)."""
    patterns = extractor_patterns()
    for text, flags in patterns:
        pattern_cache.rx(text, flags)
    assert pattern_cache.save()
    size = cache_file.stat().st_size
    assert size > 1_000_000
    forget()
    tracemalloc.start()
    try:
        few = [pattern_cache.rx(text, flags) for text, flags in patterns[:20]]
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert not pattern_cache._new and len(few) == 20  # read from the file
    assert held < size / 10, (held, size)


def test_a_bad_pattern_raises_as_re_compile_does(cache_file: Path) -> None:
    with pytest.raises(re.error):
        pattern_cache.rx(r"(unclosed")
    assert not pattern_cache._broken


def test_a_folder_that_cannot_be_written_costs_nothing_else(
    cache_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setattr(pattern_cache, "FOLDER", blocker / "__pycache__")
    monkeypatch.setattr(pattern_cache, "FILE", blocker / "__pycache__" / "patterns.bin")
    assert pattern_cache.rx(r"\bwounded\b") == re.compile(r"\bwounded\b")
    assert not pattern_cache.save()


def test_rx_is_used_only_where_a_module_is_imported() -> None:
    """A pattern built at run time (from a text's own places, say) is compiled with
    `re.compile` and its in-process cache: kept in the file, every text would add one."""
    import ast

    inside: list[str] = []
    for path in sorted(Path(extract.__file__).parent.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                inside += [
                    f"{path.name}:{call.lineno}"
                    for call in ast.walk(node)
                    if isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Name)
                    and call.func.id == "rx"
                ]
    assert inside == []

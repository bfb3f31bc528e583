"""Actor and place accuracy on UCDP headlines, and extraction speed.

Run: `python -m bench.accuracy_entities`.

UCDP labels each event with its two sides, its country, province (`adm_1`) and place
(`where_description`); the headline of the source article is real news text. Headlines often
name neither side, so recall here is a floor, not the share of names we miss. Precision is
estimated as consistency: a found actor or place counts as right when it is one of the event's
sides or lies in the event's country.
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from extract.actors import ActorDictionary, find_actors
from extract.countries import country_table
from extract.gazetteer import gazetteer
from extract.namematch import Tokens, name_key
from extract.places import find_places_and_countries

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

# UCDP side names that are not "Government of <country>", mapped to our canonical names.
SIDES: dict[str, set[str]] = {
    "Syrian insurgents": {
        "Hayat Tahrir al-Sham",
        "Nusra Front",
        "Syrian opposition forces",
        "Free Syrian Army",
        "Syrian National Army",
    },
    "IS": {"Islamic State", "Islamic State Sahel", "ISWAP"},
    "Taleban": {"Taliban"},
    "TTP": {"Tehrik-e-Taliban Pakistan"},
    "Al-Shabaab": {"al-Shabaab"},
    "SDF": {"Syrian Democratic Forces", "People's Protection Units"},
    "SNA": {"Syrian National Army"},
    "Hamas": {"Hamas"},
    "Hezbollah": {"Hezbollah"},
    "PIJ": {"Palestinian Islamic Jihad"},
    "JNIM": {"JNIM"},
    "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad": {"Boko Haram"},
    "ISWAP": {"ISWAP"},
    "Forces of the Presidential Leadership Council": {
        "Yemeni government forces",
        "Yemeni government",
    },
    "Ansarallah": {"Houthis"},
    "PKK": {"PKK"},
    "FARC": {"FARC", "FARC dissidents"},
    "ELN": {"ELN"},
    "Clan del Golfo": {"Clan del Golfo"},
    "Sinaloa Cartel": {"Sinaloa Cartel"},
    "Jalisco Cartel New Generation": {"Jalisco New Generation Cartel"},
    "Gulf Cartel": {"Gulf Cartel"},
    "Comando Vermelho": {"Comando Vermelho"},
    "PCC": {"Primeiro Comando da Capital"},
    "CPI-Maoist": {"CPI-Maoist"},
    "CPP": {"New People's Army"},
    "ASG": {"Abu Sayyaf"},
    "AQIM": {"AQIM", "al-Qaeda"},
    "AQAP": {"AQAP", "al-Qaeda"},
    "LRA": {"Lord's Resistance Army"},
    "M23": {"M23"},
    "ADF": {"Allied Democratic Forces"},
    "RSF": {"Rapid Support Forces"},
    "BLA": {"Balochistan Liberation Army"},
    "Kashmir insurgents": {"Lashkar-e-Taiba", "Jaish-e-Mohammed", "Hizbul Mujahideen"},
}
# UCDP country spellings that differ from ours.
COUNTRIES = {"DR Congo (Zaire)": "DR Congo", "Bosnia-Herzegovina": "Bosnia and Herzegovina"}
_SUFFIX = re.compile(
    r"\s+(governorate|province|state|district|region|department|oblast|county|division)$", re.I
)


def _country(ucdp: str) -> str:
    """Our short name for a UCDP country ("Russia (Soviet Union)" -> "Russia")."""
    if ucdp in COUNTRIES:
        return COUNTRIES[ucdp]
    base = re.sub(r"\s*\(.*\)$", "", ucdp).strip()
    return country_table().canonical(base) or base


def _side(name: str, book: ActorDictionary) -> set[str] | None:
    """Canonical actors that count as naming a UCDP side, or None for sides we do not map."""
    if name.startswith("Government of "):
        country = _country(name.removeprefix("Government of "))
        return {
            e.name
            for e in book.entries.values()
            if e.country == country and e.kind in {"state force", "government"}
        } or None
    return SIDES.get(name)


def _rows() -> list[dict[str, str]]:
    with (CORPUS / "ucdp_ged_sample.csv").open(encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh) if r["source_headline"].strip()]


def _pct(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.0f}%)" if whole else "0/0"


def actor_accuracy(rows: Iterable[dict[str, str]]) -> None:
    """Recall of UCDP sides in headlines, consistency of the actors found, and top misses;
    then the same without reading a country that acts as an actor ("Israel struck")."""
    book = ActorDictionary.default()
    rows = list(rows)
    found_by = {
        "with": _actor_counts(rows, book),
        "without": _actor_counts(rows, book.without_acting()),
    }
    hits, sides, consistent, found_total, misses = found_by["with"]
    print(f"actors: side recall in headlines {_pct(hits, sides)} (a floor: headlines often")
    print("        name neither side)")
    print(f"actors: found consistent with the event {_pct(consistent, found_total)}")
    print(
        "actors: sides most often not found:",
        ", ".join(f"{s} {n}" for s, n in misses.most_common(8)),
    )
    hits0, _, consistent0, found0, _ = found_by["without"]
    print(
        f"actors: without countries acting: side recall {_pct(hits0, sides)}, "
        f"consistent {_pct(consistent0, found0)}; countries acting add "
        f"{found_total - found0} found, {consistent - consistent0} of them consistent"
    )


def _actor_counts(
    rows: Iterable[dict[str, str]], book: ActorDictionary
) -> tuple[int, int, int, int, Counter[str]]:
    """(sides found, sides, found actors consistent with the event, found actors, misses)."""
    hits = sides = found_total = consistent = 0
    misses: Counter[str] = Counter()
    for row in rows:
        country = _country(row["country"])
        expected = [(n, _side(n, book)) for n in (row["side_a"], row["side_b"])]
        toks = Tokens.of(row["source_headline"])
        found = find_actors(toks, book, find_places_and_countries(toks)[1])
        names = {m.actor for m in found}
        for side, accept in expected:
            if accept is None:
                continue
            sides += 1
            if names & accept:
                hits += 1
            else:
                misses[side] += 1
        allowed = set().union(*(a for _, a in expected if a))
        for m in found:
            if m.kind in {"monitor", "agency"}:
                continue  # who reports is neither side: no verdict either way
            found_total += 1
            consistent += m.actor in allowed or m.country == country
    return hits, sides, consistent, found_total, misses


def acting_in_replay() -> None:
    """How often a country acting is an actor in two weeks of real news, by kind."""
    path = CORPUS / "replay_2024-11-26_2024-12-10.jsonl"
    if not path.is_file():
        return
    with path.open(encoding="utf-8") as fh:
        texts = [f"{i.get('title') or ''}\n{i.get('summary') or ''}" for i in map(json.loads, fh)]
    book = ActorDictionary.default()
    places_only = book.without_acting()
    added: Counter[str] = Counter()
    items = 0
    for text in texts:
        toks = Tokens.of(text)
        countries = find_places_and_countries(toks)[1]
        before = {m.actor: m.mentions for m in find_actors(toks, places_only, countries)}
        after = find_actors(toks, book, countries)
        more = {m.kind: m.mentions - before.get(m.actor, 0) for m in after}
        items += any(more.values())
        added.update({k: n for k, n in more.items() if n > 0})
    kinds = ", ".join(f"{n} {k}" for k, n in added.most_common())
    print(f"actors: countries acting in the replay: {kinds}, in {_pct(items, len(texts))} items")


def _mentioned(place: str, labels: Iterable[str]) -> bool:
    key = name_key(place)
    return any(
        key and (key == name_key(lab) or f" {key} " in f" {name_key(lab)} ") for lab in labels
    )


def place_accuracy(rows: Iterable[dict[str, str]]) -> None:
    """Country and province/place recall on headlines, and the share of places in the country.

    Places and countries come as `extract.api` gets them: one call, towns resolved with the
    ranked countries. "Main country" is the first of them, which a figure falls back to.
    """
    n = country_hits = main_hits = named = local_hits = local_labels = 0
    places_found = places_in_country = 0
    for row in rows:
        n += 1
        text = row["source_headline"]
        country = _country(row["country"])
        found, countries = find_places_and_countries(text)
        country_hits += country in countries
        named += bool(countries)
        main_hits += bool(countries) and countries[0] == country
        labels = [_SUFFIX.sub("", row["adm_1"]), row["where_description"]]
        specific = [m for m in found if m.kind != "country"]
        # the province or place only counts as a label when the headline contains the word
        if any(
            lab and name_key(lab) and f" {name_key(lab)} " in f" {name_key(text)} "
            for lab in labels
        ):
            local_labels += 1
            local_hits += any(_mentioned(m.place, labels) for m in specific)
        places_found += len(specific)
        places_in_country += sum(m.country == country for m in specific)
    print(f"places: event country found in headline {_pct(country_hits, n)}")
    print(f"places: main country is the event's, where one is found {_pct(main_hits, named)}")
    print(
        f"places: province/place found where the headline names it {_pct(local_hits, local_labels)}"
    )
    share = _pct(places_in_country, places_found)
    print(f"places: towns and regions found that lie in the event's country {share}")


def speed() -> None:
    """Items per second of find_places_and_countries + find_actors on the replay corpus.

    Measured in CPU time of this process (best of three), after loading, so that other
    work on the machine does not make the figure look worse than one core can do.
    """
    path = CORPUS / "replay_2024-11-26_2024-12-10.jsonl"
    if not path.is_file():
        print("speed: replay corpus not found")
        return
    with path.open(encoding="utf-8") as fh:
        items = [json.loads(line) for line in fh]
    texts = [f"{i.get('title') or ''}\n{i.get('summary') or ''}" for i in items]
    mean = sum(map(len, texts)) / len(texts)
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for text in texts:
            toks = Tokens.of(text)
            find_actors(toks, countries=find_places_and_countries(toks)[1])
        best = min(best, time.process_time() - start)
    rate = len(texts) / best
    print(f"speed: {rate:,.0f} items/s ({len(texts)} items of {mean:.0f} chars on average)")


_FIRST_CALL = (
    "import time; t = time.perf_counter(); c = time.process_time(); "
    "from extract.api import extract; extract('Strike in Idlib kills 5'); "
    "print(time.perf_counter() - t, time.process_time() - c)"
)


def load_time() -> None:
    """Time to the first `extract()` result in a fresh process (imports and loading).

    Best of three, wall clock and CPU: what every poller worker and test process pays once.
    """
    runs = []
    for _ in range(3):
        out = subprocess.run(  # our own interpreter and a fixed snippet
            [sys.executable, "-c", _FIRST_CALL], capture_output=True, text=True, check=True
        ).stdout.split()
        runs.append((float(out[0]), float(out[1])))
    wall, cpu = min(runs)
    print(f"load: first extract() in a new process {wall:.2f}s ({cpu:.2f}s CPU), best of 3")
    start = time.process_time()
    gazetteer()
    ActorDictionary.default()
    print(f"load: gazetteer and actor dictionary in {time.process_time() - start:.2f}s CPU")


def report() -> None:
    """Print the entity accuracy and speed report (nothing to do without the corpus)."""
    if not (CORPUS / "ucdp_ged_sample.csv").is_file():
        print(f"corpus not found at {CORPUS}: no entity accuracy to report")
        return
    load_time()
    rows = _rows()
    print(f"UCDP sample: {len(rows)} events with a source headline")
    actor_accuracy(rows)
    acting_in_replay()
    place_accuracy(rows)
    speed()


if __name__ == "__main__":
    report()
    sys.exit(0)

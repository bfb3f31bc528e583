"""Actors named in a text, by canonical name, from the bundled dictionary and the user's own.

The dictionary (`data/actors.yaml`) maps every alias to one canonical actor so that "IS",
"ISIL" and "Daesh" count as one line in the actor panel. Words that name an actor only in
context ("the army", "regime forces", "the paramilitary") resolve to one country's actor when
the text is about that country and are dropped otherwise: an editor is better served by a
missing mention than by a mention of the wrong army.

A country's own name is an actor only where the country acts ("Israel has stepped up
airstrikes", "Turkey called for a halt"): then it stands for the state's armed forces or its
government, as listed under `states:` (see `extract.acting`). Country names are indexed with
the aliases so that one scan finds both, and a longer alias that starts with the country's name
("Israel Defense Forces", "Israeli strikes") wins over it: one name is never two mentions.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast, get_args

from extract.acting import ActingWords, Role
from extract.countries import countries_named, country_table, load_data, once
from extract.model import ActorKind, ActorMention
from extract.namematch import (
    Hit,
    NameIndex,
    Tokens,
    fold,
    index_entry,
    name_key,
    name_tokens,
    shouting,
)

# Acronyms that are also English words: in an all-caps headline they are just words.
_WORDLIKE = frozenset({"IS", "WHO", "AU", "US", "OLA", "IPC", "AFU"})
_KINDS: frozenset[str] = frozenset(get_args(ActorKind))


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One actor of the dictionary: canonical name, kind, country (None: international)."""

    name: str
    kind: ActorKind
    country: str | None
    aliases: tuple[str, ...] = ()

    @classmethod
    def from_mapping(cls, row: dict[str, Any]) -> ActorEntry:
        """Build an entry from a YAML mapping, checking the kind (a typo must not pass)."""
        kind = str(row.get("kind", "armed group"))
        if kind not in _KINDS:
            raise ValueError(f"actor {row.get('name')!r}: unknown kind {kind!r}")
        country = row.get("country")
        return cls(
            name=str(row["name"]),
            kind=cast(ActorKind, kind),
            country=str(country) if country else None,
            aliases=tuple(str(a) for a in row.get("aliases") or ()),
        )


@dataclass(frozen=True, slots=True)
class GenericTerm:
    """Context words for one country's actor: `terms` alone, `modified` only after the country,
    `after_demonym` only after its demonym or possessive ("Israeli fire", not "Ukraine fire")."""

    country: str
    actor: str
    terms: tuple[str, ...] = ()
    modified: tuple[str, ...] = ()
    after_demonym: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StateActors:
    """The actors a country's name stands for when it acts: its forces and its government."""

    country: str
    forces: str | None = None
    government: str | None = None
    names: tuple[str, ...] = ()
    """Other names that stand for the state when it acts (a capital: "Moscow says")."""

    @classmethod
    def from_mapping(cls, row: dict[str, Any]) -> StateActors:
        """Build from a row of `states:` in the YAML file."""
        return cls(
            country=str(row["country"]),
            forces=str(row["forces"]) if row.get("forces") else None,
            government=str(row["government"]) if row.get("government") else None,
            names=tuple(str(n) for n in row.get("names") or ()),
        )

    def actor(self, role: Role) -> str | None:
        """The actor the state's name stands for in a clause of this role, if it has one."""
        return self.forces if role == "forces" else self.government


@dataclass(frozen=True, slots=True)
class _Ref:
    """What an indexed name points to: an actor, needing `context` (a country) if generic.

    `generic` marks a context phrase built from a country's name ("Russian defence ministry"):
    an alias listed for an actor wins over it. A country's own name points to no actor but to
    the `state` it names, which acts only in some clauses.
    """

    actor: str
    context: str | None = None
    generic: bool = False
    state: str | None = None


class _ActorIndex(NameIndex[_Ref]):
    """The name index, where a lookup by name (not a scan of text) sees actors only."""

    def get(self, name: str) -> tuple[_Ref, ...]:
        return tuple(r for r in super().get(name) if r.state is None)


class ActorDictionary:
    """Canonical actors with their aliases and context words, indexed once for fast lookup."""

    def __init__(
        self,
        entries: Iterable[ActorEntry],
        generics: Iterable[GenericTerm] = (),
        extra: Iterable[ActorEntry] = (),
        states: Iterable[StateActors] = (),
        acting: ActingWords | None = None,
    ) -> None:
        self._base = tuple(entries)
        self._generics = tuple(generics)
        self._extra = tuple(extra)
        self.entries: dict[str, ActorEntry] = {e.name: e for e in (*self._base, *self._extra)}
        for g in self._generics:  # a context word may name an actor not listed on its own
            self.entries.setdefault(g.actor, ActorEntry(g.actor, "state force", g.country))
        self.states: dict[str, StateActors] = {s.country: s for s in states} if acting else {}
        self.acting = acting
        for state in self.states.values():
            for actor in (state.forces, state.government):
                if actor is not None and actor not in self.entries:
                    raise ValueError(f"state {state.country!r}: no actor named {actor!r}")
        self.index: NameIndex[_Ref] = _ActorIndex()
        self._build()

    @classmethod
    def default(cls) -> ActorDictionary:
        """The bundled dictionary, loaded and indexed once per process."""
        return _bundled()

    def with_extra(self, entries: Iterable[ActorEntry]) -> ActorDictionary:
        """A new dictionary with user entries added; an entry with a known name replaces it.

        User aliases take precedence: an alias the user gives to their own actor no longer
        points to the bundled actor that had it.
        """
        extra = {e.name: e for e in self._extra}
        extra.update((e.name, e) for e in entries)
        return ActorDictionary(
            self._base, self._generics, extra.values(), self.states.values(), self.acting
        )

    def without_acting(self) -> ActorDictionary:
        """The same dictionary with every country's name only a place (for comparisons)."""
        return ActorDictionary(self._base, self._generics, self._extra)

    def get(self, name: str) -> ActorEntry | None:
        """The entry for a canonical name, or None."""
        return self.entries.get(name)

    def _build(self) -> None:
        """Index every alias and context phrase; each is tokenised once, then added in bulk."""
        user_names = {e.name for e in self._extra}
        user_keys = {name_key(a) for e in self._extra for a in (e.name, *e.aliases)}
        entries: list[tuple[str, tuple[str, ...] | None, _Ref]] = []

        def add(name: str, ref: _Ref, yield_to_user: bool) -> None:
            found = index_entry(name)
            if found is not None and not (yield_to_user and found[0] in user_keys):
                entries.append((*found, ref))

        parts: dict[str, tuple[tuple[str, ...], str, bool]] = {}

        def part(text: str) -> tuple[tuple[str, ...], str, bool]:
            """A phrase's tokens, folded key and whether a token carries case, made once."""
            found = parts.get(text)
            if found is None:
                words = name_tokens(text)
                key = " ".join(fold(w) for w in words)
                found = parts[text] = (words, key, any(w[:1].isupper() for w in words))
            return found

        def add_phrases(mods: Iterable[str], terms: Iterable[str], ref: _Ref, own: bool) -> None:
            """Index "{mod} {term}" (and "{mod}'s {term}" if `own`) for every pair: the same
            as `add` on each phrase, with each part tokenised once instead of every phrase."""
            ends = [part(t) for t in terms]
            for mod in mods:
                words, mod_key, cased = part(mod)
                heads = [(words, mod_key)]
                if own:
                    heads.append(((*words, "s"), f"{mod_key} s"))
                for head, head_key in heads:
                    for tail, tail_key, tail_cased in ends:
                        key = f"{head_key} {tail_key}"
                        if key not in user_keys:
                            tokens = (*head, *tail) if cased or tail_cased else None
                            entries.append((key, tokens, ref))

        table = country_table()
        for entry in self.entries.values():
            bundled = entry.name not in user_names
            for alias in (entry.name, *entry.aliases):
                add(alias, _Ref(entry.name), bundled)
        for g in self._generics:
            country = table.by_name.get(g.country)
            names = [g.country, *(country.aliases if country else ())]
            demonyms = country.demonyms if country else ()
            ref = _Ref(g.actor, generic=True)
            bare = [term.removeprefix("the ") for term in (*g.terms, *g.modified)]
            add_phrases((*names, *demonyms), bare, ref, own=True)
            for mod in names:  # "Russia's invasion", not "Russia invasion"
                add_phrases((f"{mod}'s",), g.after_demonym, ref, own=False)
            add_phrases(demonyms, g.after_demonym, ref, own=False)
            for term in g.terms:
                add(term, _Ref(g.actor, context=g.country), True)
        self.index.extend(entries)
        if self.states:
            self._index_countries()

    def _index_countries(self) -> None:
        """Index every country's names (and the other names of a state) as the state they name.

        Every country, not only those listed under `states`, so that "between Canada and
        Israel" reads as two names. A country name that begins with an actor's alias ("Islamic
        Republic of Iran") is left out: the alias keeps its match.
        """
        entries: list[tuple[str, tuple[str, ...] | None, _Ref]] = []
        for country in country_table().by_name.values():
            state = self.states.get(country.name)
            names = (country.name, *country.aliases, *(state.names if state else ()))
            for name in names:
                found = index_entry(name)
                if found is None:
                    continue
                words = found[0].split(" ")
                if any(self.index.get(" ".join(words[:n])) for n in range(1, len(words))):
                    continue
                entries.append((*found, _Ref("", state=country.name)))
        self.index.extend(entries)

    def resolve(self, refs: Sequence[_Ref], countries: Sequence[str]) -> str | None:
        """The one actor a matched name stands for given the text's countries, or None."""
        direct = [r.actor for r in refs if r.context is None and not r.generic and not r.state]
        if not direct:
            direct = [r.actor for r in refs if r.generic]
        if direct:
            if len(set(direct)) == 1:
                return direct[0]
            # one alias, several actors (SNA): the one from a country the text is about
            local = {a for a in direct if self.entries[a].country in countries}
            return local.pop() if len(local) == 1 else None
        local = {r.actor for r in refs if r.context in countries}
        return local.pop() if len(local) == 1 else None


@once
def _bundled() -> ActorDictionary:
    data = load_data("actors.yaml")
    entries = [ActorEntry.from_mapping(row) for row in data["actors"]]
    generics = [
        GenericTerm(
            country=str(row["country"]),
            actor=str(row["actor"]),
            terms=tuple(str(t) for t in row.get("terms") or ()),
            modified=tuple(str(t) for t in row.get("modified") or ()),
            after_demonym=tuple(str(t) for t in row.get("after_demonym") or ()),
        )
        for row in data.get("generic") or ()
    ]
    states = [StateActors.from_mapping(row) for row in data.get("states") or ()]
    acting = ActingWords.from_mapping(data.get("acting") or {})
    return ActorDictionary(entries, generics, states=states, acting=acting)


def find_actors(
    text: str | Tokens,
    dictionary: ActorDictionary | None = None,
    countries: Sequence[str] = (),
) -> tuple[ActorMention, ...]:
    """Actors named in `text`, most mentioned first, each with the spans of its names.

    `countries` are the countries the text is about (most prominent first); context words
    ("the army") resolve only when exactly one of them has such an actor. Countries the text
    itself names are added to them. A listed state's own name counts as its forces or its
    government where the state acts ("Israel struck", "Turkey called for"), never as both and
    never where a longer name that starts with it ("Israeli forces") is already the mention.
    """
    book = dictionary or ActorDictionary.default()
    toks = text if isinstance(text, Tokens) else Tokens.of(text)
    context: list[str] | None = None  # found only if a name needs it (a scan of its own)
    spans: dict[str, list[tuple[int, int]]] = {}
    hits = list(book.index.scan(toks))
    states: list[tuple[Hit[_Ref], StateActors]] = []
    for hit in hits:
        first, last = hit.first_token, hit.last_token
        if first == last and toks.words[first] in _WORDLIKE and shouting(toks, first, last):
            continue
        values = hit.values
        one = values[0]
        if one.state is not None and len(values) == 1:  # a country's own name
            state = book.states.get(one.state)
            if state is not None:
                states.append((hit, state))
            continue
        if (
            one.context is None
            and one.state is None
            and all(v.actor == one.actor and v.context is None for v in values)
        ):
            actor: str | None = one.actor  # one actor, whatever the text is about
        else:
            if context is None:
                context = list(countries)
                context += [c for c in countries_named(toks) if c not in context]
            actor = book.resolve(values, context)
        if actor is not None and not _former(toks, hit, book.entries[actor]):
            spans.setdefault(actor, []).append((hit.start, hit.end))
    if states and book.acting is not None:
        _add_acting(toks, hits, states, book.acting, spans)
    ranked = sorted(spans, key=lambda a: (-len(spans[a]), spans[a][0][0]))
    return tuple(
        ActorMention(
            actor=a,
            kind=book.entries[a].kind,
            country=book.entries[a].country,
            mentions=len(spans[a]),
            spans=tuple(spans[a]),
        )
        for a in ranked
    )


def _former(toks: Tokens, hit: Hit[_Ref], entry: ActorEntry) -> bool:
    """Whether a government is named through someone who no longer speaks for it: "former
    Israeli PM", "ex-Pakistan leader" (an alias, "former Assad regime", still names it)."""
    i = hit.first_token - 1
    return (
        i >= 0
        and toks.folded[i] in {"former", "ex"}
        and entry.kind == "government"
        and all(r.generic for r in hit.values)
    )


def _add_acting(
    toks: Tokens,
    hits: Sequence[Hit[_Ref]],
    states: Sequence[tuple[Hit[_Ref], StateActors]],
    acting: ActingWords,
    spans: dict[str, list[tuple[int, int]]],
) -> None:
    """Add the states whose name acts in its clause, as their forces or government."""
    names = {h.first_token: h.last_token for h in hits}
    ends = {h.last_token: h.first_token for h in hits}
    for hit, state in states:
        role = acting.role(toks, hit.first_token, hit.last_token, names, ends)
        actor = state.actor(role) if role is not None else None
        if actor is not None:
            found = spans.setdefault(actor, [])
            found.append((hit.start, hit.end))
            found.sort()

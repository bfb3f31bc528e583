"""When a country's name stands for its armed forces or its government, and when it is a place.

News names a state by its country: "Israel has stepped up airstrikes in Syria" is about what
Israel's armed forces do, "Turkey called for a halt" about what Turkey's government says. The
same names are places far more often ("in Syria", "Syria's north", "fled to Turkey"), so a
country counts as an actor only where it is the subject of an action verb, or its agent
("attacked by Russia"). Without a parser, that is read from the few words around the name:

- before it, a clause must open: the start of the text or of a sentence, punctuation, a word
  such as "as", "after", "that", "says", or "and" after another subject ("Russia and
  Ukraine traded fire"). A preposition ("in Syria", "to Turkey"), a verb it is the object of,
  or a capitalised word it is part of ("Michael Jordan") means it is not a subject.
- after it, adverbs, time phrases ("on Monday") and auxiliaries may come before the verb; a
  passive ("Syria was attacked", "Israel hit by rockets") makes the country the target.
- the verb decides the kind: military action names the forces, speech and decisions the
  government, and a neutral verb ("stepped up", "carried out") takes the kind of the first
  telling noun after it ("airstrikes", "talks"), or names no actor without one.

The word lists are data (`acting:` in `data/actors.yaml`); the grammar words are here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from extract.namematch import Tokens

Role = Literal["forces", "government"]
_Class = Literal["forces", "government", "neutral"]


def _words(text: str) -> frozenset[str]:
    """A set of words written as a paragraph."""
    return frozenset(text.split())


# Words after which a new clause, and so a subject, may begin.
_OPENERS = _words(
    """
    as but while after before when whenever since because where that which if though although
    until unless so then now once also meanwhile yesterday today tonight earlier later finally
    both neither either why how what whether even only instead thus yet whereas
    says said say warns warned claims claimed believes believed thinks fears feared insists
    insisted adding added noting noted reports reported announced confirmed
    will would could can should might must did does do has have
    monday tuesday wednesday thursday friday saturday sunday overnight
    january february march april june july august september october november december
    """
)
# Countries written with "the": "the US said" opens a clause, "the Syria conflict" does not.
_WITH_THE = frozenset(
    {
        "us",
        "u s",
        "usa",
        "united states",
        "united states of america",
        "uk",
        "u k",
        "united kingdom",
        "philippines",
        "netherlands",
        "drc",
        "uae",
        "united arab emirates",
        "democratic republic of the congo",
        "democratic republic of congo",
        "central african republic",
    }
)
_ADVERBS = _words(
    """
    also again reportedly allegedly now then still further repeatedly already just once
    officially formally finally later earlier overnight yesterday today tonight apparently
    quickly immediately swiftly separately meanwhile previously recently sharply heavily
    briefly publicly privately jointly increasingly largely mostly effectively initially
    subsequently eventually never not indeed openly reluctantly abruptly
    """
)
_MODALS = _words(
    "will would could can cannot may might must should shall won wouldn couldn shouldn"
)
_HAVE = _words("has have had hasn haven hadn")
_BE = _words("is are was were be been being isn wasn aren weren")
_DO = _words("do does did don doesn didn")
_AUXILIARIES = _MODALS | _HAVE | _BE | _DO
# What follows the apostrophe of a contracted auxiliary ("didn't", "will've").
_CONTRACTIONS = _words("t ve ll d re")
# Verbs that hand the action to a following "to" + verb ("plans to strike").
_CATENATIVES = _words(
    """
    plan plans planned planning want wants wanted intend intends intended aim aims aimed
    try tries tried trying attempt attempts attempted appear appears appeared seem seems
    seemed prepare prepares prepared preparing move moves moved moving hope hopes hoped
    look looks looked need needs needed set poised expected likely about due ready going
    able unable willing determined continue continues continued begin begins began start
    starts started threaten threatens threatened vow vows vowed pledge pledges pledged
    seek seeks sought agree agrees agreed decide decides decided refuse refuses refused
    """
)
# Words that end the object of a verb: another clause or circumstance begins.
_CLAUSE_ENDS = _words(
    """
    amid after before as while despite since until during when because though although but
    whereas unless
    """
)
# Words that may follow the agent in "attacked by Israel ...", besides a verb.
_AFTER_AGENT = _words(
    """
    in on at to into onto across near along over from and or as after before during since
    amid while when which who that overnight yesterday today earlier last this of for with
    against inside outside around throughout
    """
)
_WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
_DAYPARTS = _words("morning afternoon evening night")
_PERIODS = _words("week weekend month year night")
# Verbs whose past tense is their base form: "Israel hit" is a past, not a noun.
_SAME_PAST = _words("hit cut put set shut spread hurt quit cast bid let beat")
_VOWELS = frozenset("aeiou")
# Longest run of words scanned after a neutral verb for the noun that gives its kind.
_OBJECT_REACH = 6
_AGREEMENT_REACH = 3


def inflections(lemma: str) -> Iterable[str]:
    """The regular forms of a verb: -s, -ed, -ing (with the spelling rules, and a doubled
    final consonant as a variant: "stepped", "targeted" and "targetted" all match)."""
    yield lemma
    if lemma.endswith("e"):
        yield from (lemma + "s", lemma + "d", lemma[:-1] + "ing")
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        yield from (lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing")
    elif lemma.endswith(("s", "x", "z", "ch", "sh")):
        yield from (lemma + "es", lemma + "ed", lemma + "ing")
    else:
        yield from (lemma + "s", lemma + "ed", lemma + "ing")
        last = lemma[-1]
        if (
            len(lemma) > 2
            and last not in _VOWELS
            and last not in "wxy"
            and lemma[-2] in _VOWELS
            and lemma[-3] not in _VOWELS
        ):
            yield from (lemma + last + "ed", lemma + last + "ing")


@dataclass(frozen=True, slots=True)
class _Verb:
    """One form of a listed verb: its class, whether it is the bare base form (which can as
    well be a noun: "attack", "fire"), and whether it is the -ing form."""

    cls: _Class
    bare: bool
    ing: bool


@dataclass(frozen=True, slots=True)
class ActingWords:
    """The verbs and nouns that say whether a country's name acts, and as what."""

    verbs: Mapping[str, _Verb]
    objects: Mapping[str, Role]
    agreements: frozenset[str]

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> ActingWords:
        """Build from the `acting:` mapping of the actor dictionary."""
        verbs: dict[str, _Verb] = {}
        kinds: tuple[tuple[str, _Class], ...] = (
            ("neutral_verbs", "neutral"),
            ("government_verbs", "government"),
            ("force_verbs", "forces"),
        )
        for key, kind in kinds:
            for entry in data.get(key) or ():
                lemma, *past = str(entry).lower().split()
                for form in (*inflections(lemma), *past):
                    bare = form == lemma and lemma not in past and lemma not in _SAME_PAST
                    ing = form != lemma and form.endswith("ing")
                    verbs[form] = _Verb(kind, bare, ing)
        objects: dict[str, Role] = {}
        roles: tuple[tuple[str, Role], ...] = (
            ("government_objects", "government"),
            ("force_objects", "forces"),
        )
        for key, role in roles:
            for word in data.get(key) or ():
                objects[str(word).lower()] = role
        agreements = frozenset(str(w).lower() for w in data.get("agreement_objects") or ())
        return cls(verbs, objects, agreements)

    def role(
        self,
        toks: Tokens,
        first: int,
        last: int,
        names: Mapping[int, int],
        ends: Mapping[int, int],
    ) -> Role | None:
        """Whether the country named by tokens `first..last` acts here, and as what.

        `names` maps the first token of every dictionary name in the text to its last, and
        `ends` the last token to the first: they let a compound subject ("Israel and
        Hezbollah") be read as one.
        """
        before = toks.folded[first - 1] if _gap(toks, first - 1) == "word" else ""
        if before == "by":
            return self._agent(toks, first, last)
        if not _opens(toks, first, last, ends, depth=0):
            return None
        return self._predicate(toks, last, names, plural=before in {"and", "or"})

    def _agent(self, toks: Tokens, first: int, last: int) -> Role | None:
        """A country after "by": the agent of the verb or action noun before "by"."""
        after = _gap(toks, last)
        if after == "joined" or (after == "word" and not self._ends_agent(toks.folded[last + 1])):
            return None  # "by Israel's standards", "by Israel-backed groups", "by US judge"
        if first < 2 or _gap(toks, first - 2) != "word":
            return None
        word = toks.folded[first - 2]
        verb = self.verbs.get(word)
        if verb is not None and verb.cls != "neutral":
            return verb.cls
        return self.objects.get(word)

    def _predicate(
        self, toks: Tokens, last: int, names: Mapping[int, int], plural: bool
    ) -> Role | None:
        """The role given by the verb after a subject that ends at token `last` (`plural`:
        the last of a compound subject, "Russia and Ukraine trade")."""
        folded = toks.folded
        count = len(folded)
        following = _next_conjunct(toks, last, names)
        while following is not None:  # "Israel, Turkey and the United States are ..."
            last, plural = following, True
            following = _next_conjunct(toks, last, names)
        i = last + 1
        aux: str | None = None
        steps = 0
        while i < count and steps < 8:
            steps += 1
            word = folded[i]
            gap = _gap(toks, i - 1)
            if gap == "joined" and i > last + 1 and word in _CONTRACTIONS:
                i += 1  # the "t" of "didn't"
                continue
            if gap != "word":
                return None  # the clause ends, or the name is part of a longer word
            nxt = folded[i + 1] if i + 1 < count else ""
            if word in _ADVERBS:
                i += 1
            elif word == "on" and nxt in _WEEKDAYS:
                i += 3 if i + 2 < count and folded[i + 2] in _DAYPARTS else 2
            elif word in {"last", "this", "late", "early"} and (nxt in _PERIODS or nxt == "on"):
                i += 2 if nxt != "on" else 1
            elif word == "to" and (aux is None or aux == "have"):
                aux, i = "to", i + 1  # "Israel to expand", "has to withdraw"
            elif nxt == "to" and word in _CATENATIVES and self._hands_on(word):
                aux, i = "to", i + 2
            elif word in _MODALS or word in _DO:
                aux, i = "modal", i + 1
            elif word in _HAVE:
                aux, i = "have", i + 1
            elif word in _BE:
                if nxt == "to":  # "Israel is to withdraw"
                    aux, i = "to", i + 2
                else:
                    aux, i = "be", i + 1
            else:
                return self._verb(toks, i, aux, plural)
        return None

    def _ends_agent(self, word: str) -> bool:
        """Whether `word` may follow the agent of "by": a preposition or conjunction ("by
        Israel in the north"), or the verb of the clause ("a truce brokered by Qatar took
        hold"); any other word makes the name part of a longer one ("by US judges")."""
        return word in _AFTER_AGENT or word in _AUXILIARIES or word in self.verbs

    def _hands_on(self, word: str) -> bool:
        """Whether "word to" passes the action to the next verb ("plans to", "continues to")
        rather than naming it itself ("vows to" is the government speaking)."""
        verb = self.verbs.get(word)
        return verb is None or verb.cls == "neutral"

    def _verb(self, toks: Tokens, i: int, aux: str | None, plural: bool) -> Role | None:
        """The role a verb at token `i` gives its subject, None for a passive or no verb."""
        word = toks.folded[i]
        verb = self.verbs.get(word)
        if verb is None:
            return None
        if (aux == "be") != verb.ing:
            # "Syria was attacked" is a passive; "Syria fighting" a noun phrase
            return None
        if verb.bare and aux is None and not plural:
            return None  # "a Syria attack", "Ukraine fire": a noun, not a verb
        following = toks.folded[i + 1] if i + 1 < len(toks.folded) else ""
        if aux is None and following == "by" and _gap(toks, i) == "word":
            return None  # headline passive: "Israel hit by rockets"
        if verb.cls == "government":
            return "government"
        if verb.cls == "forces":
            for w in _clause(toks, i, _AGREEMENT_REACH):
                if w in self.agreements:
                    return "government"  # "struck a deal", "launched an inquiry"
            return "forces"
        words = list(_clause(toks, i, _OBJECT_REACH))
        for k, w in enumerate(words):
            role = self.objects.get(w)
            if role == "forces" and k + 1 < len(words) and self.objects.get(words[k + 1]):
                return self.objects[words[k + 1]]  # "military cooperation"
            if role is not None:
                return role
        return None


def _next_conjunct(toks: Tokens, last: int, names: Mapping[int, int]) -> int | None:
    """The last token of the next name in a list of subjects after token `last` ("Russia and
    Ukraine", "Israel, Hezbollah", "and the US"), or None."""
    i = last + 1
    if i >= len(toks.folded):
        return None
    gap = _gap(toks, last)
    if gap == "stop" and toks.text[toks.ends[last] : toks.starts[i]] in {",", ", "}:
        if toks.folded[i] in {"and", "or"} and _gap(toks, i) == "word":
            i += 1  # "Russia, Iran, and Syria"
    elif gap == "word" and toks.folded[i] in {"and", "or"} and _gap(toks, i) == "word":
        i += 1
    else:
        return None
    if i < len(toks.folded) and toks.folded[i] == "the" and _gap(toks, i) == "word":
        i += 1
    return names.get(i)


def _clause(toks: Tokens, i: int, reach: int) -> Iterable[str]:
    """Up to `reach` words after token `i`, up to punctuation or a word that opens another
    clause ("fired amid a truce": the truce is not what was fired)."""
    end = min(len(toks.folded), i + 1 + reach)
    for j in range(i + 1, end):
        word = toks.folded[j]
        if _gap(toks, j - 1) == "stop" or word in _CLAUSE_ENDS:
            return
        yield word


def _gap(toks: Tokens, i: int) -> Literal["word", "joined", "stop"]:
    """What separates token `i` from the next: a space ("word"), a hyphen or apostrophe that
    makes one word of them ("joined"), or anything else - punctuation, a line break ("stop")."""
    if i < 0 or i + 1 >= len(toks.starts):
        return "stop"
    gap = toks.text[toks.ends[i] : toks.starts[i + 1]]
    if gap == " " or (gap.isspace() and "\n" not in gap and "\r" not in gap):
        return "word"
    if toks.joins[i] and not any(ch.isspace() for ch in gap):
        return "joined"
    return "stop"


def _opens(toks: Tokens, first: int, last: int, ends: Mapping[int, int], depth: int) -> bool:
    """Whether a clause may begin at token `first`, so that the name there can be a subject."""
    i = first - 1
    gap = _gap(toks, i)
    if gap == "stop":
        return True
    if gap == "joined":
        return False  # "pro-Israel", "anti-Russia"
    word = toks.folded[i]
    if word in _OPENERS:
        return True
    if word == "the":
        return " ".join(toks.folded[first : last + 1]) in _WITH_THE and _opens(
            toks, i, i, ends, depth
        )
    if word in {"and", "or"} and depth < 3:
        if _gap(toks, i - 1) == "stop":
            return True  # ", and Israel said"
        other = ends.get(i - 1)
        return other is not None and _opens(toks, other, i - 1, ends, depth + 1)
    return False

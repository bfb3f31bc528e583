"""Figures that share a verb or belong to a whole: lists, counts by place, and parts.

"Five soldiers and two civilians were killed" gives two figures from one verb; "including 9
children" and "among the dead were 4 journalists" give parts that never add to their whole.
These helpers work on one sentence's pending figures before they become `Figure`s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.casualty_context import LINE_HEAD_RE, LINE_STAMP_RE
from extract.casualty_lexicon import (
    COMPASS_ADJ,
    NON_PERSON,
    PERSON_BEFORE_AGE_RE,
    VICTIM_WORDS,
    word_set,
)
from extract.casualty_named import HOME_TOWN, ROLE_WORDS, rank_side
from extract.casualty_pairing import (
    capitalised,
    classify_victims,
    definite_victim,
    right_victims,
)
from extract.gazetteer import contains
from extract.model import Kind, Victims
from extract.numbers import NumberPhrase, find_numbers
from extract.pattern_cache import rx

_PART_MARKER_RE = rx(
    r"(?:(?<!\bnot\s)\bincluding(?:\s+the\s+(?:bodies|remains)\s+of)?|\bincl\.|\bamong\s+them|"
    r"\bof\s+them|\bof\s+whom|\bamong\s+whom|\bamong\s+(?:the|"
    r"those)\s+(?:dead|killed|victims|wounded|injured)(?:\s+(?:were|was|are|is))?)\s*$",
    re.IGNORECASE,
)
_BODIES_OF_BEFORE_RE = rx(r"\b(?:bodies|remains)\s+of\s+$", re.IGNORECASE)
_OF_WHOM_THE_ENEMY_RE = rx(
    r"\b(?:assailants|attackers|gunmen|militants|terrorists|bandits|insurgents|jihadists|"
    r"raiders|rebels)\s*,\s*(?:[\w-]+)\s+of\s+(?:whom|them)\b",
    re.IGNORECASE,
)
"""Armed men named right before "two of whom": the part is of them, not of the figure
before them."""
_PART_AFTER_RE = rx(
    r"^\s+of\s+(?:them|whom|the\s+(?:dead|killed|victims|fatalities|wounded|injured))\b",
    re.IGNORECASE,
)
_AMONG_THEM_AFTER_RE = rx(
    r"\s+(?:(?:was|were)\s+)?among\s+(?:them|the\s+dead|those\s+killed)\b", re.IGNORECASE
)
_AMONG_NEXT_RE = rx(r"^\s+(?:[\w’'-]+\s+){0,3}?among\s+$", re.IGNORECASE)
_AMONG_OPENING_RE = rx(
    r"^(?:among\s+(?:the\s+)?(?:dead|killed|victims|wounded|injured|them)|those\s+killed\s+"
    r"(?:included|include)|the\s+dead\s+(?:included|include)|"
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:spokes(?:person|man|woman)|official|officials|ministry|"
    r"doctor|source|sources)\s+(?:said|says|added)\s+(?:that\s+)?the\s+dead\s+(?:included|include))"
    r"\b(?:\s+(?:were|was|are))?",
    re.IGNORECASE,
)
"""What opens a sentence of parts of the toll before it: "Among the dead were", "The dead
included", "A civil defence spokesperson said the dead included"."""
_HURT_AFTER_RE = rx(r"\s+(?:more\s+|others\s+)?(?:were|was)\s+(?:wounded|injured|hurt)\b", re.I)
_NAME_COMMA_RE = rx(r"(?-i:\b[A-Z][\w’'-]+),\s*$")
_AGE_END_RE = rx(r"\s*(?:[,.;]|$)")
_NAME_BRACKET_RE = rx(r"(?-i:\b[A-Z][\w’'.-]*)\s*\(\s*$")
_BRACKET_CLOSE_RE = rx(r"\s*(?:years?|yrs?)?\s*(?:old\s*)?\)", re.IGNORECASE)
"""A name, then a number in brackets: "Daw Hla Hla Win (42)" gives her age."""
_AGES_BEFORE_RE = rx(r"\baged\s+(?:\d{1,3}\s*(?:,|and|&)\s*)*$", re.IGNORECASE)
_WHOM_DIED_RE = rx(
    r"\s+of\s+(?:whom|them)\s+(?:later\s+|subsequently\s+|also\s+|since\s+|has\s+|have\s+|"
    r"had\s+)*"
    r"(?:died|succumbed|passed\s+away)\b",
    re.IGNORECASE,
)
_BE_VICTIMS_RE = rx(r"^\s+(?:were|was|are|is)\s+([A-Za-z][\w-]*)")
_VEHICLE = (
    r"(?:\s+(?:on|in|inside)\s+an?\s+(?:motorcycle|motorbike|car|vehicle|truck|van|bus|tractor|"
    r"boat))?"
)
"""Where the victim was, before the place: "a Hezbollah member on a motorcycle in Bint Jbeil"."""
_PLACE_TAIL_RE = rx(
    rf"^(?:{_VEHICLE}\s+(?:in|at|near|across)\s+(?:the\s+)?(?:{COMPASS_ADJ}\s+)?[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*)*"
    r"(?:\s+(?:locality|district|town|city|village|camp|area|neighbourhood|neighborhood|province|"
    r"region|state|county|port)\s+of\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*|\s+(?:region|province|"
    r"district|oblast|state|county|governorate))?"
    r"|\s+(?:in|at)\s+(?:one|the\s+first)(?:\s+(?:village|town|camp|attack|place|of\s+them))?)"
    r"(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)$"
)
"""Where the counted died, before the next count of another place: "7 in Rafah and", also
"27 people in one and" (14 in the other)."""


_OF_TAIL_JOIN_RE = rx(
    r"\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?[\w’'-]+(?P<name>\s*,\s*(?:(?-i:[A-Z])[\w’'.-]*\s+)"
    r"{1,4}(?-i:[A-Z])[\w’'.-]*\s*(?=,\s+and\s+(?:his|her|their)\s))?(?P<join>(?:\s*,)?\s+and\s+)"
    r"(?:(?:his|her|their)\s+)?",
    re.IGNORECASE,
)
"""A list member's "of" phrase before the next member: "16 members of the security forces and",
"A member of the peace committee, Malik Gul Rahman, and his" (his name in apposition)."""
LIST_JOIN_RE = rx(
    r"\s*(?:,|and|,\s*and)\s+(?:(?:his|her|their|its|all)\s+)?[‘'\"“]?|\s*,\s*(?:all\s+)?"
)
"""Between members of a list of victims: "a soldier and two civilians", "a mother and her
three children", "two women, a child and a man"."""
_KIN_RE = rx(
    r"(?:\s+(?:(?:of|from)\s+(?:the\s+|a\s+)?|for\s+(?:the|an?)\s+)(?:\w[\w’'-]*\s+){0,5}?\w[\w’'-]*"
    r"(?:\s*\((?-i:[A-Z])[^()]{0,30}\))?|\s+in\s+(?-i:[A-Z])[\w’'-]+"
    r"(?:\s+(?-i:[A-Z])[\w’'-]+)?(?:\s+on\s+(?:\d{1,2}\s+(?-i:[A-Z])[a-z]+|(?-i:[A-Z])[a-z]+day))?)?"
    r"(?:\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+(?:along|together)\s+with\s+|"
    r"\s+as\s+well\s+as\s+|\s+plus\s+)"
    r"(?P<own>(?:his|her|their)\s+)?(?:[‘'\"“](?=\w))?",  # "20 fighters and 'dozens' of ..."
    re.IGNORECASE,
)
_APPOSED_NAME_RE = rx(
    r"\s*,\s*(?:\d{1,3}-year-old\s+)?(?:(?:(?-i:[A-Z])|(?:al|el|bin|ibn|abu|de|da|del|van|von)\b)"
    r"[\w’'.-]*\s+){0,4}(?:(?-i:[A-Z])|(?:al|el)-)[\w’'.-]*\s*,"
    r"(?:\s*(?:alias|a\.?k\.?a\.?|known\s+as|nicknamed)\s+[‘'\"“][^’'\"”]{1,40}[’'\"”]\s*,)?"
    r"(?:\s*\d{1,3}\s*,)?(?=\s+(?:and|(?:together|along)\s+with|as\s+well\s+as)\s)"
)
"""A victim's name in apposition before the next one: ", 34-year-old Emmanuel Ngwa, and", ",
Chief Ortese Anongo, 61, and", ", Mario Cruzado, alias 'Ka Dencio', 61, along with"."""
_TAIL_BEFORE_NAME_RE = rx(
    r"\s+(?:of|from|in)\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,4}?[\w’'-]+(?=\s*,\s*(?:\d{1,3}-year-old"
    r"\s+)?(?-i:[A-Z])[^,;]{0,40},\s+(?:and|(?:together|along)\s+with|as\s+well\s+as)\s)"
)
"""Where a victim is from or works, before the name in apposition: "the chief of Owe village,
Chief Ekane Mbua, and", "a district administrator in Ethiopia's Oromia region, Abdi Ibsa, and"."""
_KIN_NAME_RE = rx(
    r"\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,2}(?=\s*,\s*\d|\s*,?\s+and\s)"
)
"""A relative's name after the word for them: "his wife Samah"."""
_AGE_BETWEEN_RE = rx(
    r"\s*,\s*\d{1,3}(?=\s*,)|,?\s+aged\s+(?:between\s+)?\d{1,3}(?:\s*(?:-|–|and|to)\s*\d{1,3})?"
    r"(?:\s+years?(?:\s+old)?)?(?=\s*,|\s+and\s)"
)
"""A victim's age between commas ("Ahmad Saleh, 45, his wife") or their ages told after them
("17 students aged between 7 and 15 and two teachers")."""
_APPOSED_ROLE_RE = rx(
    r"\s*,\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+\s+(?:of|in|for|with|from|at)\s+",
    re.IGNORECASE,
)
_NAME_END_RE = rx(r"(?-i:[A-Z][a-z’'-]+)(?:\s+(?-i:[A-Z][a-z’'-]+)){1,3}$")
"""A proper name ending where a list would go on: its ", a commander in ..." describes it."""
_MORE_AFTER_RE = rx(r"\s+(?:more|others|other)\b", re.IGNORECASE)
_AND_OTHERS_SUBJECT_RE = rx(
    r"(?:^|[.;:]\s+|\b(?:said|says)\s+)(?:an?|the|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|\d{1,3})\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s+and\s+$",
    re.IGNORECASE,
)
"""One person or a count joined by "and" to "N others" at the head of a clause: "A policeman
and two others were killed", "Two soldiers and three others were wounded"."""
_PART_INTRO_RE = rx(
    r"(?:(?<!\bnot\s)\bincluding|\bincl\.|\bamong\s+them|\bamong|(?:that|which)\s+(?:includes|included))"
    r"(?:\s+(?:the|all|both))?\s+$",
    re.IGNORECASE,
)
_OTHERS_RE = rx(r"\s+(?:others|other\s+people)\b", re.IGNORECASE)
_KIN_SUBJECT_RE = rx(
    r"\b(?:his|her|their)\s+(?P<whole>(?:(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-(?:year|month|week|day)s?-old\s+|"
    r"(?:young|little|"
    r"teenage|eldest|youngest|elderly|infant|baby)\s+)?(?P<kin>[a-z]+))"
    r"(?:\s*,\s*\d{1,3}\s*,?|\s*,\s*born\s+in\s+(?:19|20)\d\d\s*,|\s*,\s*aged\s+\d{1,3}\s*,)?\s+"
    r"(?:was\s+|were\s+)?"
    r"(?:also\s+)?(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
_WHO_ASIDE_RE = rx(r",\s+who\s+[^,;.]{1,50},(?=\s*(?:(?:was|were|also|later|[a-z]+ly)\b[^,;.]*)?$)")
_KIN_SUBJECT_BARE_RE = rx(
    r"(?<=\band\s)(?P<whole>(?:(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-(?:year|month|week|day)s?-old\s+|"
    r"(?:young|little|teenage|"
    r"eldest|youngest|elderly|infant|baby)\s+)?(?P<kin>[a-z]+))\s+(?:were\s+)(?:also\s+)?"
    r"(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
"""The last relative of a list that shares the first's possessive ("his wife and 10-year-old
son were injured")."""
_HEAD_OF_KIN_RE = rx(
    r"(?:^|(?<=[.:;]\s)|(?<=^\W))(?:(?-i:[A-Z])[\w’'.-]+(?:\s+(?-i:[A-Z])[\w’'.-]+){1,3}"
    r"(?:\s*,\s*\d{1,3})?(?:\s*,\s+an?\s+[^,;]{2,60})?|(?:An?|The)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>[\w-]+))\s*,\s*$"
)
"""Before a list of relatives, the one they are of, named or told by a noun for a person."""
_KIN_BEFORE_RE = rx(
    r"\b(?:his|her|their)\s+(?:[\w-]+\s+)?(?P<kin>[a-z]+)\s*(?:,\s*(?:and\s+)?|\s+and\s+)$",
    re.IGNORECASE,
)
"""A relative listed before another as the subject of one verb ("her husband and ...")."""
_NOT_OBJECT_RE = rx(
    r"(?:\s+(?:at|of|in|from|with|for)\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+)?\s+(?:said|says|told|"
    r"reported|added)\b|\s+(?:were|was|are|is|have|has|had|been|killed|dead|died|wounded|injured|hurt|said|says|"
    r"told|reported|added|confirmed|stated|fled|crossed|escaped|remain|remained|sought|took|"
    r"returned|gathered|left)\b",
    re.IGNORECASE,
)
_REPORTED_RE = rx(
    r"(?:\s+(?:at|of|in|from|with|for)\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+)?"
    r"\s+(?:said|says|told|reported|added|confirmed|stated)\b",
    re.I,
)
"""After "the bodies of a woman and her two daughters", only a reporting verb ends the list."""
KIN_WORDS = word_set(
    "son daughter wife husband brother sister mother father child baby nephew niece cousin "
    "uncle aunt grandson granddaughter grandfather grandmother grandchild stepson stepdaughter "
    "fiance fiancee partner bodyguard driver guard escort assistant apprentice aide associate "
    "colleague "
    "companion friend neighbour neighbor passenger passengers guide interpreter translator "
    "fixer deputy cameraman camerawoman photographer producer secretary"
)
"""Singular relatives and companions that count one victim after a possessive ("and his son",
"and her neighbour")."""
_AGED_RE = rx(r",?\s+aged\s+\d{1,3}(?:\s+years?(?:\s+old)?)?,?(?=\s)|\s*,\s*\d{1,3}\s*,(?=\s)")
_AGE_AT_RE = rx(r"-(?:year|month|week|day)s?-old\b", re.IGNORECASE)
_SHARED_POSSESSIVE_RE = rx(r"\b(?:his|her|their)\s+[a-z-]+\s*$", re.IGNORECASE)
"""A member told with a possessive just before the next ("his wife and ...")."""
_KIN_NOUN_RE = rx(
    r"(?:(?:[\w]+-(?:year|month|week|day)s?-old|civilian|elderly|young|teenage|teenaged|little|"
    r"infant|newborn|eldest|youngest|older|younger|pregnant|disabled|adult|only|"
    r"(?-i:[A-Z][a-z]+(?:i|an|ese|ish)))\s+){0,2}"  # "their Pakistani driver"
    r"(?P<kin>[A-Za-z-]+)",
    re.IGNORECASE,
)
"""A relative after a possessive, with what may describe it: "their 10-month-old baby", "their
civilian driver"."""


@dataclass(slots=True)
class Pending:
    """A figure under construction: local offsets, and its whole by number phrase."""

    kind: Kind
    number: NumberPhrase
    victims: Victims
    start: int
    end: int
    keyword_start: int
    keyword_end: int
    active: bool
    toll: bool = False
    whole: NumberPhrase | None = None


def among_kind(sentence: str) -> Kind | None:
    """The kind an "Among the ..." opening names: "Among the injured were" the injured,
    "Among the dead" the dead; None when it names neither ("Among them", "Among the victims")."""
    opening = _AMONG_OPENING_RE.match(sentence)
    return None if opening is None else _kind_named(opening.group())


def _kind_named(opening: str) -> Kind | None:
    """The kind an opening's words name: the dead before the wounded ("Among those who were
    injured in the blast and later died were" are of the dead)."""
    words = opening.lower()
    if any(
        w in words
        for w in ("dead", "killed", "died", "did not survive", "lost their lives", "martyr")
    ):
        return "killed"
    if any(w in words for w in ("wounded", "injured", "wounds", "injuries", "hurt")):
        return "injured"
    return None


def parts_of_previous(sentence: str, kind: Kind, whole: NumberPhrase) -> list[Pending]:
    """'Among the dead were 4 journalists.': parts of the previous sentence's figure."""
    opening = _AMONG_OPENING_RE.match(sentence)
    if opening is None:
        return []
    out: list[Pending] = []
    for number in find_numbers(sentence):
        if number.article or number.start < opening.end():
            continue
        if _AGES_BEFORE_RE.search(sentence, max(0, number.start - 30), number.start) or (
            _NAME_COMMA_RE.search(sentence, max(0, number.start - 30), number.start)
            and _AGE_END_RE.match(sentence, number.end)
        ):
            continue  # "two children, aged 7 and 12", "Corporal Andrés Rojas, 24.": ages
        if _bracketed_age(sentence, number):
            continue  # "Among the dead was our nurse, Daw Hla Hla Win (42)."
        if PERSON_BEFORE_AGE_RE.search(sentence, max(0, number.start - 40), number.start) and (
            _AGE_END_RE.match(sentence, number.end)
        ):
            continue  # "The dead included an Orthodox priest, his son, 32, and": his age
        if _ACCORDING_TO_RE.search(sentence, max(0, number.start - 16), number.start):
            continue  # "..., according to two residents who helped bury them": the sources
        if _UNIT_SHORT_BEFORE_RE.search(
            sentence, max(0, number.start - 10), number.start
        ) and sentence.startswith(")", number.end):
            continue  # "eight soldiers of the 14th Rapid Intervention Battalion (BIR 14)"
        named = right_victims(sentence, number)
        if named is not None and kind == "killed" and _HURT_AFTER_RE.match(sentence, named[1]):
            continue  # "the dead included nine children ..., and dozens more were wounded"
        if named is not None:
            out.append(Pending(kind, number, named[0], number.start, named[1], 0, 0, False))
            out[-1].whole = whole
    return out


_ACCORDING_TO_RE = rx(r"\baccording\s+to\s+$", re.IGNORECASE)
_UNIT_SHORT_BEFORE_RE = rx(r"\(\s*[A-Z]{2,6}[\s-]?$")
"""A unit's short name in brackets before its number: "(BIR 14)"."""


def _bracketed_age(sentence: str, number: NumberPhrase) -> bool:
    """The number is an age in brackets after a name."""
    return (
        _NAME_BRACKET_RE.search(sentence, max(0, number.start - 40), number.start) is not None
        and _BRACKET_CLOSE_RE.match(sentence, number.end) is not None
    )


_OTHER_VERB_BEFORE_RE = rx(
    r"\b(?:detained|arrested|displaced|rescued|evacuated|freed|released|deported|recruited|"
    r"deployed|abducted|kidnapped|captured|questioned|relocated|repatriated)"
    r"\s+(?:(?:some|about|around|nearly|almost|roughly)\s+)?$",
    re.IGNORECASE,
)
"""Before a count that another verb's object is, not a victim listed before the verb of the
dead: "have detained more than 1,500 people and 11 people have died in operations"."""


_APPOSED_BEFORE_VERB_RE = rx(
    r"(?:\s+aged\s+\d{1,3})?\s*,\s*(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?"
    r"(?:[a-z]+ly\s+)?",
    re.IGNORECASE,
)
"""After one person set off by commas, right before the death word: "a passenger, a woman aged
52, was wounded"."""


_AGE_BEFORE_JOIN_RE = rx(r"^(?:\s+aged\s+\d{1,3}|\s*,\s*\d{1,3}(?=\s*,))")
"""A listed person's age before the join to the next ("A girl aged 10 and", "A girl, 10, and")."""


def apposed_head(
    sentence: str, number: NumberPhrase, numbers: list[NumberPhrase], ks: int
) -> NumberPhrase | None:
    """The one person that `number`, one person set off by commas right before the death word,
    tells who was: "a passenger" of "A passenger, a woman aged 52, was wounded"."""
    if not number.article:
        return None
    before = [n for n in numbers if n.end <= number.start and n is not number]
    if not before or not before[-1].article:
        return None
    candidate = before[-1]
    named = right_victims(sentence, candidate)
    told = right_victims(sentence, number)
    if (
        named is None
        or named[1] == candidate.end
        or told is None
        or sentence[named[1] : number.start].strip() != ","
        or not _APPOSED_BEFORE_VERB_RE.fullmatch(sentence, told[1], ks)
    ):
        return None
    return candidate


def list_mates(
    sentence: str,
    number: NumberPhrase,
    kind: Kind,
    numbers: list[NumberPhrase],
    used: set[int],
    ks: int,
    ke: int,
    apposed: NumberPhrase | None = None,
) -> list[Pending]:
    """'Twelve soldiers, 26 insurgents killed': earlier list members share the verb. `apposed`
    is the one person `number` tells who was (`apposed_head`), no other member."""
    out: list[Pending] = []
    if number.end > ks:
        return place_mates(sentence, number, kind, numbers, used, ks, ke)
    more = _MORE_AFTER_RE.match(sentence, number.end)
    if more is not None and (
        more.group().strip().lower() == "more"
        or not _AND_OTHERS_SUBJECT_RE.search(sentence, max(0, number.start - 60), number.start)
    ):
        return out  # "among them a nurse, and 30 more were injured": the nurse is no mate
        # (but "A policeman and two others were killed": three, one subject)
    current = number
    earlier = [n for n in numbers if n.end <= current.start and n is not current]  # a zero-width
    for candidate in reversed(earlier):  # implied article ends where it starts
        if candidate.article and sentence.endswith(" of ", 0, candidate.start):
            continue  # "Five members of an armed cell and one officer died": the cell's "an"
        if id(candidate) in used:
            break
        if _PART_INTRO_RE.search(sentence, max(0, candidate.start - 24), candidate.start):
            break  # "killed, among them a boy, and 17 were injured": the boy is of the dead
        if _IN_ADDITION_BEFORE_RE.search(sentence, max(0, candidate.start - 24), candidate.start):
            break  # "killed in addition to the two kamikazes, and nine wounded": of the dead
        if _in_parts_list(sentence, candidate, numbers):
            break  # "70 killed, incl. 10 women and 3 infants, and 16 injured": 3 are of the 70
        if _OTHER_VERB_BEFORE_RE.search(sentence, max(0, candidate.start - 30), candidate.start):
            break  # "have detained more than 1,500 people and 11 people have died": detained
        named = right_victims(sentence, candidate)
        if named is None or named[1] == candidate.end:
            break
        victims, desc_end = named
        if (
            current.start == current.end
            and sentence[current.start : current.start + 1].isupper()  # a name, not "his wife"
            and candidate.count == current.count
            and not sentence[desc_end : current.start].strip(" ,")
        ):
            break  # "a soldier, Sepoy Muhammad Asif, 24, embraced shahadat": who he was
        if current is number and candidate is apposed:
            current = candidate  # "A passenger, a woman aged 52, was wounded": who the
            continue  # passenger was ("The driver and a passenger, a woman ...": two)
        join = sentence[desc_end : current.start]
        if any(c.isdigit() for c in join):
            join = _AGE_BEFORE_JOIN_RE.sub("", join, count=1)  # "A girl aged 10 and her brother"
        if not LIST_JOIN_RE.fullmatch(join):
            of_tail = _OF_TAIL_JOIN_RE.fullmatch(sentence, desc_end, current.start)
            if of_tail is None:
                break
            # "11 members of the security forces and 18 attackers were killed"
            tail_end = of_tail.start("name") if of_tail["name"] else of_tail.start("join")
            phrase = sentence[candidate.end : tail_end].split()
            victims = classify_victims(phrase) or victims
        used.add(id(candidate))
        out.append(Pending(kind, candidate, victims, candidate.start, desc_end, ks, ke, False))
        current = candidate
    if sentence.startswith((" in ", " at ", " near "), ke):
        # "Four people were killed in Aleppo and two in Idlib": counts by place after the
        # passive verb share it, as after an active one
        verb = NumberPhrase(start=ke, end=ke, count=0, low=0, high=None, qualifier=None,
                            number_start=ke)  # fmt: skip
        out += place_mates(sentence, verb, kind, numbers, used, ks, ke)
    return out


def _in_parts_list(sentence: str, candidate: NumberPhrase, numbers: list[NumberPhrase]) -> bool:
    """The candidate follows a list member that a part marker opened ("including 10 women and
    3 infants")."""
    before = [n for n in numbers if n.end <= candidate.start]
    if not before:
        return False
    previous = before[-1]
    if not _PART_INTRO_RE.search(sentence, max(0, previous.start - 14), previous.start):
        return False
    named = right_victims(sentence, previous)
    end = named[1] if named is not None else previous.end
    return LIST_JOIN_RE.fullmatch(sentence, end, candidate.start) is not None


_VEHICLE_BEFORE_RE = rx(r"\b(?:on|in|inside)\s+$", re.IGNORECASE)
_AND_N_MORE_RE = rx(
    r"[^.;:]{0,100}?\band\s+(?P<n>[\w-]+)\s+more\b(?=\s+(?:on|in|at|near|during|overnight|later|"
    r"the\s+(?:next|following)\s+day)\b)",
    re.IGNORECASE,
)
_MATE_PLACE_RE = rx(
    rf"{_VEHICLE}\s+(?:in|at|near|across)\s+(?:the\s+(?:{COMPASS_ADJ}\s+)?(?=[A-Z][\w’'-]*\s+"
    r"(?:[\w’'-]+\s+){0,2}?(?:region|province|district|oblast|state|county|governorate)\b))?[A-Z]|\s+(?:in|at)\s+(?:the\s+other|another|the\s+second|"
    r"a\s+second)\b"
)


def place_mates(
    sentence: str,
    number: NumberPhrase,
    kind: Kind,
    numbers: list[NumberPhrase],
    used: set[int],
    ks: int,
    ke: int,
) -> list[Pending]:
    """'kill 7 in Rafah and 5 in Khan Younis': counts listed by place share the verb."""
    out: list[Pending] = []
    current = number
    while True:
        named = right_victims(sentence, current)
        tail = named[1] if named is not None else current.end
        following = [
            n
            for n in numbers
            if n.start >= tail
            and id(n) not in used
            and not (
                n.article and _VEHICLE_BEFORE_RE.search(sentence, max(0, n.start - 8), n.start)
            )
            and not (
                sentence[n.start : n.end].lower() == "one"
                and sentence[: n.start].endswith((" in ", " at "))
            )
        ]  # not "on a motorcycle", nor the "one" of "27 in one and 14 in the other"
        if not following or following[0].article:
            break
        candidate = following[0]
        more = _AND_N_MORE_RE.match(sentence, tail)
        if not out and more is not None and more.start("n") == candidate.start and named:
            used.add(id(candidate))  # "neutralised five terrorists in an ambush on Monday ...
            # and six more on Wednesday": more of the same, by the same verb
            return [Pending(kind, candidate, named[0], candidate.start, more.end(), ks, ke, True)]
        if not _PLACE_TAIL_RE.match(sentence[tail : candidate.start]):
            break
        mate = right_victims(sentence, candidate)
        after = sentence[mate[1] if mate else candidate.end :]
        if mate is None or not _MATE_PLACE_RE.match(after):
            break
        used.add(id(candidate))
        out.append(Pending(kind, candidate, mate[0], candidate.start, mate[1], ks, ke, True))
        current = candidate
    _places_inside(sentence, number, out)
    return out


_PLACE_NAMED_RE = rx(
    r"(?:\s+[a-z][\w-]*){0,2}?\s+(?:in|at|near|across)\s+(?:the\s+)?(?P<place>(?-i:[A-Z])[\w’'-]+"
    r"(?:\s+(?-i:[A-Z])[\w’'-]+)?)(?P<unit>\s+(?:region|province|district|oblast|state|county|"
    r"governorate|city|town))?"
)


def _places_inside(sentence: str, number: NumberPhrase, mates: list[Pending]) -> None:
    """'killed five civilians in Donetsk region, two in Kostiantynivka and three in Pokrovsk
    district, and one in Kherson city': the first mates, of places inside the first count's,
    whose counts add up to it, are its parts."""
    if len(mates) < 2:
        return
    run = 0
    for k, mate in enumerate(mates):
        run += mate.number.count
        if run == number.count and k >= 1:
            break
        if run > number.count:
            return
    else:
        return
    named = right_victims(sentence, number)
    outer = _PLACE_NAMED_RE.match(sentence, named[1] if named is not None else number.end)
    if outer is None:
        return
    names = [outer["place"] + (outer["unit"] or "")] + ([outer["place"]] if outer["unit"] else [])
    for mate in mates[: k + 1]:
        inner = _PLACE_NAMED_RE.match(sentence, mate.number.end)
        if (
            inner is None
            or inner["place"] == outer["place"]
            or not any(contains(name, inner["place"]) for name in names)
        ):
            return
    for mate in mates[: k + 1]:
        mate.whole = number


def kin_mates(
    sentence: str,
    first: Pending,
    numbers: list[NumberPhrase],
    used: set[int],
    *,
    nominal: bool = False,
) -> list[Pending]:
    """'killing a nurse and a patient', 'a village head and his two sons': the people listed
    after an object are further victims of the same verb; a relative after a possessive
    ("and his son") is one. People listed after a comma who number the group before them are
    that group named ("killed two port workers, a crane operator and a security guard")."""
    out = _mates(sentence, first, numbers, used, nominal=nominal)
    if out and _TOLD_AFTER_RE.match(sentence, out[-1].end):
        for mate in out:  # "killing 50 soldiers, two security sources and a local official
            used.discard(id(mate.number))  # told Reuters": who told it, not more dead
        return []
    chain = [first, *out]
    for at, group in enumerate(chain):
        run = _apposed_run(sentence, group, chain[at + 1 :])
        if run:
            for mate in run:
                used.discard(id(mate.number))
            return out[:at]  # the group's named members end the list
    return out


_GENERIC_GROUP_RE = rx(r"\b(?:people|persons|civilians|others|victims)\b", re.IGNORECASE)
_TOLD_AFTER_RE = rx(
    r"(?:\s+(?:for|of|from|with)\s+[^,.;]{1,40}?)?(?:\s*,?\s+and\s+[^,.;]{1,40}?)?"
    r"\s+(?:told|said|say|says|reported|confirmed)\b"
)
"""After a list's last member, a verb of telling: the list named who told it ("killing 50
soldiers, two security sources and a local official told Reuters", "injured about 20, a
spokesman for a local resistance group and a resident said")."""


def _apposed_run(sentence: str, group: Pending, after: list[Pending]) -> list[Pending]:
    """The members listed after a comma that name `group` ("two civilians, a teacher and her
    neighbour"): no more people than the group counts, each told by a word of its own (not a
    headline's "7 children, teacher")."""
    if not after or group.number.count < 2 or group.number.article:
        return []
    named = right_victims(sentence, group.number)
    tail = named[1] if named is not None else group.end
    if not sentence[tail : after[0].start].lstrip().startswith(","):
        return []
    if _ACCORDING_ASIDE_RE.match(sentence, tail):
        return []  # "seven Lebanese, according to ..., and three Syrian soldiers": two counts
    if not all(m.number.end > m.number.start for m in after[:1]):
        return []
    run: list[Pending] = []
    total = 0
    for mate in after:
        if total + mate.number.count > group.number.count:
            break
        if not _may_name(group.victims, mate.victims):
            return []  # "two soldiers, a policeman and a civilian": others beside them
        run.append(mate)
        total += mate.number.count
    if total < group.number.count and group.victims not in ("people", "civilians"):
        return []  # "killing 15 police officers, a priest and a guard": others beside them
    if (
        len(run) == 1
        and total < group.number.count
        and "and" not in sentence[tail : run[0].number.start]
        and not _GENERIC_GROUP_RE.search(sentence, group.number.end, tail)
    ):
        return []  # a headline's "kills 20 students, two teachers": a list with no "and"
    return run if len(run) == len(after) else []


_KINDS_WITHIN: dict[str, frozenset[str]] = {
    "civilians": frozenset(("women", "children")),
    "fighters": frozenset(("militants",)),
    "militants": frozenset(("fighters",)),
}


def _may_name(group: str, member: str) -> bool:
    """Whether one of `member`'s kind may be one of the counted `group` (a woman may be one of
    two civilians; a policeman is not one of two soldiers)."""
    return "people" in (group, member) or member == group or member in _KINDS_WITHIN.get(group, ())


_APPOSED_AGE_RE = rx(
    r",\s+an?\s+(?:\d{1,3}-year-old(?:\s+(?:local\s+)?(?:man|woman|boy|girl|person|resident))?|"
    r"(?:civilian|citizen|local\s+resident|resident))(?=\s*[,.;]|\s*$)"
)
"""Who the one victim was, between commas: "the driver, a 47-year-old man,"."""
_KNOWN_AS_RE = rx(
    r"(?:\s+(?:of|from)\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,7}?[\w’'-]+)?,\s+(?:known|nicknamed|"
    r"also\s+known|alias|known\s+by\s+the\s+(?:alias|nickname|nom\s+de\s+guerre))\s+(?:as\s+)?"
    r"[‘'\"“][^’'\"”]{1,40}[’'\"”](?=\s*,)"
    r"|(?:\s+(?:of|from)\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,7}?[\w’'-]+)?\s+(?:known|nicknamed)\s+"
    r"as\s+[‘'\"“][^’'\"”]{1,40}[’'\"”](?=\s+and\s)",
    re.IGNORECASE,
)
"""The name one victim went by, between commas: "a regional boss of a cartel faction, known
as 'El Jando',", or before the next victim: "a commander known as 'Marlon' and four of his
bodyguards"."""
_APPOSED_ROLE_OF_NAMED_RE = rx(
    r"(?:\s*,\s*\d{1,3}(?=\s*,))?,\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+"
    r"(?=\s*,\s*(?:and|along\s+with|as\s+well\s+as)\s)"
)
"""Who a person named by a phrase was, between commas, before the next victim: "Kawasi Deva
(42), a ration shop dealer, and ...", "Sheikh Adam Yaqub, the imam of the mosque, and his two
sons", "Malik Gul Rehman, 52, a member of the local peace committee, and ..."."""


def _mates(
    sentence: str,
    first: Pending,
    numbers: list[NumberPhrase],
    used: set[int],
    *,
    nominal: bool,
) -> list[Pending]:
    out: list[Pending] = []
    current = first
    while True:
        named = right_victims(sentence, current.number)
        if named is None and current.number.end - current.number.start > 3:
            named = (current.victims, current.number.end)  # one person named by a phrase
        if named is None or named[1] == current.number.end == current.number.start:
            return out
        if named[1] == current.number.end and current.number is not first.number:
            return out
        at = named[1]
        tail = _TAIL_BEFORE_NAME_RE.match(sentence, at)
        if tail is not None:
            at = tail.end()  # "the chief of Owe village in Muyuka, Chief Ekane Mbua, and"
        name = _APPOSED_NAME_RE.match(sentence, at)
        if name is not None:
            at = name.end()  # "the 70-year-old abbot, U Pyinnya, and a nine-year-old novice"
        elif current.number.count == 1 and (who := _APPOSED_AGE_RE.match(sentence, at)):
            at = who.end()  # "killing the driver, a 47-year-old man, and injuring": the driver
        elif (
            current.number.count == 1
            and current.number.end - current.number.start > 3
            and (role := _APPOSED_ROLE_OF_NAMED_RE.match(sentence, at))
        ):
            at = role.end()  # "killed Kawasi Deva (42), a ration shop dealer, and his son": who
            # the one named was
        known = _KNOWN_AS_RE.match(sentence, at) if current.number.count == 1 else None
        if known is not None:
            at = known.end()  # "a regional boss of a cartel faction, known as 'El Jando', and"
        group = _GROUP_APPOSED_RE.match(sentence, at)
        if group is not None:
            at = group.end()  # "four members of the Sinjar Resistance Units, a Yazidi armed
            # group linked to the PKK, and a civilian driver": what the group is
        according = _ACCORDING_ASIDE_RE.match(sentence, at)
        if according is not None:
            at = according.end()  # "seven Lebanese, according to Lebanon's health ministry, and"
        including = _INCLUDING_ASIDE_RE.match(sentence, at) if not out else None
        if including is not None:
            at = including.end()  # "nine civilians, including four children, and a soldier"
        kin_name = _KIN_NAME_RE.match(sentence, at)
        if kin_name is not None and sentence[:at].rsplit(None, 1)[-1].lower() in KIN_WORDS:
            at = kin_name.end()  # "his wife Samah, 39, and": her name
        age = _AGE_BETWEEN_RE.match(sentence, at)
        if age is not None:
            at = age.end()  # "killed Ahmad Saleh, 45, his wife ...": his age
        match = _KIN_RE.match(sentence, at)
        if match is None:
            return out
        if _APPOSED_ROLE_RE.match(sentence, match.start()) and _NAME_END_RE.search(
            sentence, max(0, named[1] - 30), named[1]
        ):
            return out  # "the terrorist Ali Ahmed Hussein, a commander in the Radwan Force": one
        shared = _SHARED_POSSESSIVE_RE.search(
            sentence, max(0, current.number.start - 6), match.start()
        )  # "his wife and daughter": the possessive before the mate told before
        # "wounding his wife and 11-year-old son": the possessive is the son's too
        mate = _mate_at(sentence, match.end(), bool(match["own"]) or bool(shared), numbers, used)
        if mate is None:
            return out
        aged = _AGED_RE.match(sentence, mate[2])
        if (_REPORTED_RE if nominal else _NOT_OBJECT_RE).match(
            sentence, mate[2] if aged is None else aged.end()
        ):
            return out  # "killing a nurse and two patients were wounded": a new clause, also
            # after the mate's age ("and a passer-by aged 45 was wounded")
        number, victims, end = mate
        if including is not None and _may_name(current.victims, victims):
            return out  # "12 people, including five women, and seven children": maybe the
            # list's last part; only another side's ("and a soldier") is one more
        if _NOT_DEAD_RE.match(sentence, end):
            return out  # "buried 22 bodies, and eight people are still missing"
        if sentence[number.end : end].rstrip().lower().endswith(("survivors", "survivor")):
            return out  # "Rescuers recovered 40 bodies and 23 survivors": alive
        used.add(id(number))
        current = Pending(first.kind, number, victims, number.start, end,
                          first.keyword_start, first.keyword_end, True)  # fmt: skip
        out.append(current)


_GROUP_APPOSED_RE = rx(
    r"(?:\s+(?:of|from)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,5}?[\w’'-]+)?"
    r"\s*,\s*an?\s+(?:[\w-]+\s+){0,4}?(?:group|militia|faction|movement|organi[sz]ation|"
    r"outfit|force|wing|party|alliance|coalition)\b[^,;:()]{0,60}?(?=,\s+and\s)",
    re.IGNORECASE,
)
_IN_ADDITION_BEFORE_RE = rx(r"\bin\s+addition\s+to\s+(?:the\s+)?$", re.IGNORECASE)
_INCLUDING_ASIDE_RE = rx(
    r",\s+(?:including|among\s+them|among\s+whom)\s+[^,;:.()]{2,60}?(?=,\s+and\s)", re.IGNORECASE
)
"""The parts of a count told between it and the next victims: "killed nine civilians, including
four children, and a soldier who was on patrol"."""
_ACCORDING_ASIDE_RE = rx(r",\s+according\s+to\s+[^,;.()]{2,60}?(?=,\s+and\s)", re.IGNORECASE)
"""A source told between two objects of one killing: "killed seven Lebanese, according to
Lebanon's health ministry, and three Syrian soldiers, according to the Syrian defence
ministry"."""
_NOT_DEAD_RE = rx(
    r"\s+who\s+(?:are|were|is|was)\s+(?:injured|wounded|hurt)\b|"
    r"\s+(?:are|were|is|was|remain|remains|remained|had\s+been|have\s+been|has\s+been)\s+"
    r"(?:still\s+)?(?:missing|unaccounted|"
    r"abducted|kidnapped|held|detained|injured|wounded|hurt|in\s+hospital)\b",
    re.IGNORECASE,
)
_HURT_MATE_RE = rx(r"\s+(?:injured|wounded|hurt|injuries|wounds)\b", re.IGNORECASE)


_DEED_INSIDE_RE = rx(r"\s(?:killed|killing|kills|wounded|wounding|injured|injuring|hit|struck)\s")
"""A verb inside what reads as a mate's noun phrase: a clause, not a victim listed."""


def _mate_at(
    sentence: str, at: int, possessive: bool, numbers: list[NumberPhrase], used: set[int]
) -> tuple[NumberPhrase, Victims, int] | None:
    """The victim phrase starting at `at`: a number and its noun, or a bare relative."""
    number = next((n for n in numbers if n.start == at and id(n) not in used), None)
    if number is not None and _HURT_MATE_RE.match(sentence, number.end):
        return None  # "two martyrs and one injured person": the injured are of their own kind
    if number is not None and not _AGE_AT_RE.match(sentence, number.end):
        named = right_victims(sentence, number)
        others = _OTHERS_RE.match(sentence, number.end)
        if others is not None and not number.article:
            return number, "people", others.end()  # "killing a guard and four others"
        if named is None or named[1] == number.end:
            return None
        if _HURT_MATE_RE.match(sentence, named[1]):
            return None  # "8 deaths of suspects and 3 policemen wounded": the hurt are apart
        if _DEED_INSIDE_RE.search(sentence, number.end, named[1]):
            return None  # "killed 4 soldiers, and a drone killed a child": a clause of its own
        return number, named[0], named[1]
    if not possessive and sentence.startswith("the ", at) and sentence[:at].endswith(" and "):
        definite = definite_victim(sentence, at - 1)  # "two members of the YBS and the driver"
        if definite is not None and definite[0] != "militants":  # the attacker is read apart
            return implicit_one(at), definite[0], definite[1]
    noun = _KIN_NOUN_RE.match(sentence, at)
    if not possessive or noun is None or noun["kin"].lower() not in KIN_WORDS:
        return None
    return implicit_one(at), classify_victims([noun["kin"]]) or "people", noun.end()


def implicit_one(at: int) -> NumberPhrase:
    """The count of a victim named without a number ("his son")."""
    return NumberPhrase(start=at, end=at, count=1, low=1, high=None, qualifier=None,
                        article=True, number_start=at)  # fmt: skip


def kin_subject(sentence: str, keyword_start: int) -> tuple[NumberPhrase, Victims] | None:
    """'a woman was killed and her husband injured': a relative as the subject is one."""
    match = _KIN_SUBJECT_RE.search(sentence, max(0, keyword_start - 40), keyword_start)
    if match is None and ", who " in sentence[max(0, keyword_start - 80) : keyword_start]:
        # "his brother, who was with him, was injured": the aside is passed over
        aside = _WHO_ASIDE_RE.search(sentence, max(0, keyword_start - 80), keyword_start)
        if aside is not None:
            head = sentence[: aside.start()] + " " + sentence[aside.end() : keyword_start]
            match = _KIN_SUBJECT_RE.search(head, max(0, len(head) - 40))
    if match is None:
        # "his wife and 10-year-old son were injured": the last of a list shares its possessive
        match = _KIN_SUBJECT_BARE_RE.search(sentence, max(0, keyword_start - 40), keyword_start)
        before = (
            _KIN_BEFORE_RE.search(sentence, max(0, match.start() - 40), match.start())
            if match is not None
            else None
        )
        if before is None or before["kin"].lower() not in KIN_WORDS:
            return None
    if match is None or match["kin"].lower() not in KIN_WORDS:
        return None
    count, start = 1, match.start()
    while True:  # "her husband and her 11-year-old son were wounded": two
        before = _KIN_BEFORE_RE.search(sentence, max(0, start - 40), start)
        if before is None or before["kin"].lower() not in KIN_WORDS:
            break
        count, start = count + 1, before.start()
    if count > 1 and (lead := _HEAD_OF_KIN_RE.search(sentence, max(0, start - 120), start)):
        noun = lead["noun"]
        if noun is None or noun.lower() in VICTIM_WORDS:
            count, start = count + 1, lead.start()  # "Malik Gul Rehman, a member of the local
            # peace committee, his younger brother and his nephew were shot dead": three
    one = implicit_one(match.start("whole"))
    if count > 1:
        end = match.end("whole")  # the list's words are its number: nothing after it is more
        one = NumberPhrase(start=start, end=end, count=count, low=count, high=None,
                           qualifier=None, number_start=start)  # fmt: skip
    return one, classify_victims([match["kin"]]) or "people"


_ARMED_VICTIMS = frozenset(("fighters", "militants", "soldiers", "police"))


def explicit_parts(
    sentence: str, numbers: list[NumberPhrase], used: set[int], pending: list[Pending]
) -> list[Pending]:
    """Explicit parts: "including 20 civilians", "of whom 3 were children", "21 children
    among 152 killed". A paired figure can be a part too; it then keeps its own kind."""
    out: list[Pending] = []
    for number in numbers:
        mine = next((p for p in pending if p.number is number and p.whole is None), None)
        if mine is not None and _AMONG_THEM_AFTER_RE.match(sentence, mine.end):
            before = [p for p in pending if p.number.end <= number.start and p.whole is None]
            if before:  # "killing three soldiers, an officer among them": one of the three
                mine.whole = max(before, key=lambda p: p.number.start).number
            continue
        if number.article:
            continue
        whole = _whole_for(sentence, number, numbers, pending)
        listed = False
        if (
            whole is None
            and out
            and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", sentence[out[-1].end : number.start])
        ):
            # "including 3 soldiers and 4 civilians": a list of parts shares the whole
            whole = next((p for p in pending if p.number is out[-1].whole), None)
            listed = True
        if whole is None:
            continue
        mine = next((p for p in pending if p.number is number), None)
        if mine is not None and listed and mine.kind != whole.kind:
            continue  # "13 killed, including 5 children, and 20 wounded": the wounded are apart
        if (
            mine is not None
            and listed
            and mine.victims == "civilians"
            and whole.victims in _ARMED_VICTIMS
        ):
            continue  # "killed 25 combatants, including seven M23 fighters, and four
            # civilians": civilians are no part of the combatants
        if mine is not None:
            mine.whole = whole.number
            continue
        if id(number) in used:
            continue
        named = right_victims(sentence, number)
        if named is None:
            continue
        victims = named[0]
        be = _BE_VICTIMS_RE.match(sentence[number.end :])
        if named[1] == number.end and be is not None:
            victims = classify_victims([be.group(1)]) or victims
        used.add(id(number))
        died = whole.kind == "injured" and _WHOM_DIED_RE.match(sentence, number.end) is not None
        out.append(
            Pending(
                "killed" if died else whole.kind,  # "6 injured, one of whom later died"
                number,
                victims,
                number.start,
                named[1],
                whole.keyword_start,
                whole.keyword_end,
                whole.active,
                whole=whole.number,
            )
        )
    return out


def _whole_for(
    sentence: str, number: NumberPhrase, numbers: list[NumberPhrase], pending: list[Pending]
) -> Pending | None:
    """The figure `number` is an explicit part of, if part language joins them."""
    if _PART_MARKER_RE.search(sentence, max(0, number.start - 40), number.start) or (
        _PART_AFTER_RE.match(sentence[number.end :])
    ):
        before = [p for p in pending if p.number.end <= number.start and p.whole is None]
        nearest = max((n for n in numbers if n.end <= number.start), key=lambda n: n.end,
                      default=None)  # fmt: skip
        if (
            nearest is not None
            and number.start - nearest.end < 40
            and "including" in sentence[nearest.end : number.start]
            and not any(p.number is nearest for p in pending)
        ):
            return None  # "six people, including three women and three children, were missing"
        if before and _BODIES_OF_BEFORE_RE.search(
            sentence, max(0, number.start - 20), number.start
        ):
            before = [p for p in before if p.kind == "killed"] or before  # "18 martyrs and 40
            # injured ..., including the bodies of six members of a family": of the dead
        if before:
            whole = max(before, key=lambda p: p.number.start)
            if whole.victims != "militants" and _OF_WHOM_THE_ENEMY_RE.search(
                sentence, whole.end, number.end + 10
            ):
                return None  # "Two soldiers were wounded while repelling the assailants, two
                # of whom were neutralised": of the assailants, no part of the wounded
            return whole
        return None
    named = right_victims(sentence, number)
    tail_start = named[1] if named is not None else number.end
    following = [n for n in numbers if n.start > number.end]
    if following and _AMONG_NEXT_RE.match(sentence[tail_start : following[0].start] + " "):
        target = following[0]
        return next((p for p in pending if p.number is target), None)
    return None


_LISTED_DEAD_RE = rx(
    r"\s*Among\s+(?:the\s+dead|the\s+(?:wounded|injured)|those\s+(?:wounded|injured)\b[^;:]{0,140}?|"
    r"those\s+killed\b[^;:]{0,140}?|those\s+who\b[^;:]{0,180}?"
    r"(?:died|did\s+not\s+survive|were\s+killed|lost\s+their\s+lives)[^;:]{0,100}?)\s*,?\s+"
    r"(?:were|was|are|is)\s+|[^;:]{0,80}?\b(?:identified|named|listed)\s+the\s+(?:dead|victims|deceased|wounded|"
    r"injured|(?:[\w-]+\s+){0,2}?(?:soldiers|officers|policemen|troops|fighters|reservists|"
    r"servicemen)\s+(?:killed|who\s+(?:died|were\s+killed)))(?:\s+(?:from|of|in)\s+[^;:]{3,80}?)?"
    r"\s+as\s+"
    r"|(?P<bodies>\s*The\s+bodies\s+of\s+(?=(?-i:[A-Z])[\w’'-]+\s+(?-i:[A-Z])))"
    r"|\s*(?:The\s+(?:dead|victims|deceased|wounded|injured)|Those\s+(?:killed|who\s+died))"
    r"(?:\s+(?:of|from|in)\s+[^;:]{3,80}?)?\s+(?:were|have\s+been)\s+"
    r"(?:named|identified)(?:\s+by\s+[^;:]{2,60}?)?\s+as:?\s+"
    r"|\s*Those\s+(?:wounded|injured|hurt|admitted|hospitali[sz]ed|treated)\b[^;:]{0,100}?"
    r"(?:wounded|injured|hurt|wounds|injuries|burns)\b[^;:]{0,40}?\s+(?:were|are):\s+"
    r"|\s*(?:[^;:]{0,80}?\b(?:said|say|says)\s+(?:that\s+)?)?(?:Those\s+killed|The\s+dead|Those\s+who\s+died|"
    r"(?-i:Killed|Slain)(?=\s+(?:in|during|on|at|were)\b)|"
    r"The\s+(?:victims|martyrs)(?:\s+of\s+the\s+(?-i:[A-Z])[\w’'-]*\s+family)?)"
    r"(?:\s+(?:in|during|on|at)\s+[^;:,]{3,100}?)?\s+(?:were|are|included|include|comprised|"
    r"comprise|numbered):?\s+(?:(?<=\n)[-*•–]\s+)?"
    r"(?=(?-i:[A-Z])|(?:an?|"
    r"two|three|four|five|six|his|her|their)\s|(?:(?-i:[a-z])[\w-]*\s+){1,2}(?-i:[A-Z]))"
    r"|(?P<colon>\s*(?:(?-i:[A-Z][A-Z’'-]+(?:\s+[A-Z][A-Z’'-]+)?)\s*[-–—]\s*)?"
    r"(?:(?-i:[Kk]illed|[Ww]ounded|[Ii]njured)\s*[-–—]\s+|(?-i:Killed|Wounded|Injured|Dead|Martyred|"
    r"Martyrs)\s*:\s+|"
    r"(?-i:An?|The)\s+(?:whole\s+|entire\s+)?family\s+(?:was|were|has\s+been)\s+(?:killed|wiped\s+out)"
    r"\s*:\s+|(?:"
    r"(?-i:[Kk]illed|[Ww]ounded|[Ii]njured)(?:\s+(?:in|by|during|when)\b|,)|Among\s+those\s+killed\b|"
    r"(?-i:The|Names)\s+(?:names\s+"
    r"of\s+(?:the\s+)?|of\s+the\s+)?(?:martyrs|victims|dead)\s+of\b)[^;:]{0,160}?:\s+)"
    r"|[^;:]{0,80}?\b(?:released|published|gave)\s+the\s+names\s+of\s+(?:those\s+(?:killed|who\s+"
    r"died)|the\s+(?:dead|victims))\b[^;:]{0,120}?:\s+"
    r"|[^;:]{0,80}?\b(?:listed|named|identified)\s+(?:the\s+(?:victims|dead|(?:[\w-]+\s+){0,2}?(?:soldiers|"
    r"officers|policemen|troops|fighters|reservists|servicemen)\s+(?:killed|who\s+(?:died|were\s+"
    r"killed)))|"
    r"those\s+(?:killed|who\s+died))\b[^;:]{0,80}?:\s+"
    r"|[^;:]{0,160}?\b(?:embraced\s+(?:shahadat|martyrdom)|were\s+martyred|(?:lost|laid\s+down|"
    r"sacrificed)\s+their\s+lives)\s*:\s+)"
    r"(?:(?<=\n)[-*•–]\s+)?(?=(?-i:[A-Z])|(?:[a-z-]+\s+){1,2}(?-i:[A-Z])|"
    r"(?:an?|his|her|their)\s+[a-z-]+\s*,\s*\d{1,3}\s*,)",
    re.IGNORECASE,
)
"""Where a list of the dead begins: "Among the dead were", "Those killed were", "Rescuers
identified the dead as", and a list after a colon ("Killed in the strike on the family home,
according to relatives: Mahmoud Abu Nasr, 44; his wife Samar, 39; ..."), whose members
semicolons may part."""
_LEAD_RE = rx(r"(?:[\w’'()-]+,?\s+){0,12}?[\w’'()-]+:\s+")
"""A lead before a list: "Translated from Arabic: ", "From a Civil Defence list, strike on a
house in al-Zawaida: "."""
_POSSESSOR_RE = rx(r"(?-i:[A-Z])[\w-]*(?:’s|'s)\s+(?=[a-z])")
"""A named possessor before a kin word ("Mahmoud's brother Khaled")."""
_BRACKETED_AGE_RE = rx(r"\s*\(\s*\d{1,3}\s*\)")
_AGED_LIST_RE = rx(
    r"\s*,?\s*\baged\s+\d{1,3}(?:\s*(?:,|and|&)\s*\d{1,3})*(?:\s+years?(?:\s+old)?)?",
    re.IGNORECASE,
)
_MEMBER_SPLIT_RE = rx(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_COLON_MEMBER_SPLIT_RE = rx(r"\s*[,;]?\s*\n\s*(?:[-*•–]\s*)?|\s*[,;]\s*(?:and\s+)?|\s+and\s+")
_COLON_LIST_END_RE = rx(
    r"(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\bCapt)(?<!\bBrig)\.(?:\s|$)|:|,\s+(?:[\w’'-]+\s+){0,5}?(?:said|says|told|reported)\b",
    re.I,
)
_HOME_TOWN_RE = rx(HOME_TOWN)
_RESERVE_NOTE_RE = rx(r"\s*\((?:res|ret)\.?\)", re.IGNORECASE)
_AGED_MEMBERS_RE = rx(r",\s\d{1,3}\s*(?:,\s*an?\s+[^,;:]{2,50})?;\s")
_AGE_THEN_ROLE_RE = rx(
    r"(,\s*\d{1,3}\s*|(?-i:[A-Z])[\w’'-]+\s*),\s*(?:an?\s+|(?=(?-i:[a-z])[\w-]+(?:\s+[\w-]+)?\s*;))"
    r"(?-i:[a-z0-9])[^,;:]{2,50}?(?=\s*(?:;|$))"
)
"""A role after a listed member's age or name, up to the semicolon: "Abba Gebremariam, 70, a
priest;", "Hamadoun Guindo, 58, village chief;", "and Mulu Assefa, a 28-year-old mother of
three" (who the one named was)."""
"""Members parted by semicolons, each with an age: "Adam Bisharat, 8; Reda Bisharat, 8; ..."."""
_BODIES_END_RE = rx(
    r",?\s+(?:were|have\s+been|had\s+been)\s+(?:found|recovered|discovered|retrieved)\b|,\s+"
    r"(?:both|all|members|residents|workers|leaders|farmers|brothers)\b|[.;:]",
    re.IGNORECASE,
)
"""Where the names after "The bodies of" end: their verb, or an apposition of them all."""
_MEMBER_END_RE = rx(
    r"\.(?=\s*$)|(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})\.(?!\s+(?-i:[A-Z]))|[;:]|"
    r",\s+(?:[\w’'-]+\s+){0,5}?(?:said|says|told|reported)\b",
    re.I,
)
"""Where a list of the dead ends: its sentence's full stop (not a rank's, "Sgt. John Okoro"),
a clause mark, or its source."""
_ROLE_THEN_NAME_RE = rx(
    r"(?P<role>\b(?:a|an|the|his|her|their)\s+[a-z]+(?:\s+[a-z]+)?)\s*,\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){1,3}"
    r"(?:\s*,\s*\d{1,3}(?=\s*[,;]|\s*$))?(?=\s*[,;]|\s*$)",
    re.IGNORECASE,
)
"""A member named after who the member was ("and a neighbour, Khaled Shurrab, 60"): one."""
_ONE_MEMBER_RE = rx(r"(?:an?|the|his|her|their|its|one)\s+(?P<rest>.+)", re.IGNORECASE)


_AGE_AND_HOME_RE = rx(
    r"\s*\((?:age|aged|resident|r/o|native|son\s+of|s/o)\b[^()]{0,120}\)|"
    r",?[ \t]*(?:resident[ \t]+)?of[ \t]+District[ \t]+(?-i:[A-Z])[\w’'-]+"
    r"(?:[ \t]+(?-i:[A-Z])[\w’'-]+)?",
    re.IGNORECASE,
)
"""A listed soldier's age and home in brackets, which hold a comma of their own."""


_NUMBERED_RE = rx(r"^\d{1,2}[.)]\s+")


def colon_list(sentence: str) -> list[Pending]:
    """`listed_dead` of a list after a colon ("Wounded, according to the hospital: Ali Saad, 23;
    Fatima Nasser, 56; ...") or of the wounded ("Police named the wounded as ..."): its members
    are the count, whatever a verb pairs."""
    if not any(mark in sentence for mark in (":", " as ", " - ", " – ", " — ")):
        return []  # no colon, "as" or dash that opens a list
    opening = _LISTED_DEAD_RE.match(sentence)
    if opening is None and (lead := _LEAD_RE.match(sentence)) is not None:
        opening = _LISTED_DEAD_RE.match(sentence, lead.end())
    if opening is None or not (opening["colon"] or _kind_named(opening.group()) == "injured"):
        return []
    return listed_dead(sentence)  # also "Police named the wounded as X, Y and Z" after the dead


_BORN_RE = rx(r"born\b", re.IGNORECASE)
_NAME_OF_COUNT_RE = rx(r"(?:(?:baby|little|infant|toddler)\s+)?(?-i:[A-Z])[\w’'-]+")
"""One of the people a count before it names one by one: a first name ("Lina", "baby Hala")."""


def _members_total(
    members: str, *, colon: bool, bodies: bool
) -> tuple[int, set[Victims | None]] | None:
    """How many people a list's members are, and the side of each: a number with its people,
    one person by an article and a noun, or one named; None when a member is plainly not a
    person. Ages after a name ("Ma Lu Ja, 23,") and home towns after an age are no members."""
    total = 0
    after_name = named_last = after_age = False
    names_of_count = 0  # "their three children, Lina, 12, Yousef, 9, and baby Hala": the
    # three named one by one after their count, who are no more members
    sides: set[Victims | None] = set()  # "Sepoy Imran", "Constable A": the side of each
    members = _AGED_LIST_RE.sub("", members)  # "two soldiers, aged 20
    split = _COLON_MEMBER_SPLIT_RE if colon else _MEMBER_SPLIT_RE  # and 22, and a policeman"
    if "(" in members or "District" in members:  # "Captain A (age 26 years, resident of
        # District Sargodha)", "Havildar B (36), resident of District Chakwal"
        members = _AGE_AND_HOME_RE.sub("", members)
    if "," in members:
        members = _ROLE_THEN_NAME_RE.sub(r"\g<role>", members)  # "a neighbour, Khaled Shurrab"
    if colon and "," in members:
        members = _AGE_THEN_ROLE_RE.sub(r"\1", members)  # "Abba Gebremariam, 70, a priest;"
    for member in split.split(members):
        member = _BRACKETED_AGE_RE.sub("", member).strip().lstrip("-*•– ")  # "(6)": an age
        member = _NUMBERED_RE.sub("", member)  # "1. Constable Amjad Ali": a numbered line
        member = _RESERVE_NOTE_RE.sub("", member)  # "Maj. (res.) Dvir Shoshan"
        if colon:
            member = _POSSESSOR_RE.sub("", member, count=1)  # "Mahmoud's brother Khaled"
        if not member:
            continue
        if bodies and named_last and member.lower().startswith(("a ", "an ")):
            named_last = False
            continue  # "The bodies of Ali Musa, a farmer, and ...": who the one named was
        if after_name and (
            (member.isdigit() and int(member) <= 120) or _BABY_AGE_RE.fullmatch(member)
        ):
            after_name = False  # "Ma Lu Ja, 23, Hkawng Seng, 6": the age of the one named
            after_age = True
            continue
        if after_age and _HOME_TOWN_RE.fullmatch(member):
            after_age = False  # "Sgt. Noam Peretz, 19, of Ashkelon": his home town
            continue
        if after_age and not colon and _ROLE_AFTER_AGE_RE.fullmatch(member):
            after_age = False  # "Valentyna Koval, 74, a pensioner, and ...": who she was
            continue
        if (after_age or after_name) and member.lower().startswith(("who ", "whose ")):
            after_age = False  # "Serhii Bondar, 29, who was on duty nearby": who he was
            continue
        after_age = False
        if _BORN_RE.match(member):
            continue  # "baby Hala, born six weeks ago": when the one named was born
        after_name = colon  # "their children Ahmad, 12", "a passer-by, 52": ages follow
        numbers = [
            n for n in find_numbers(member)
            if not n.article and not _AGE_AT_RE.match(member, n.end)
        ]  # fmt: skip
        last = member.split()[-1].strip("’'").lower()
        if numbers and numbers[0].start <= len(member.split()[0]) + 6:
            if last in NON_PERSON:
                return None  # "three cars"
            total += numbers[0].count  # "12 guests", "her two grandchildren"
            names_of_count = numbers[0].count if numbers[0].count <= 6 else 0
            after_name = True
            continue
        if names_of_count and _NAME_OF_COUNT_RE.fullmatch(member):
            names_of_count -= 1
            after_name = True
            continue
        names_of_count = 0
        one = _ONE_MEMBER_RE.match(member)
        words = [w.strip("’'").lower() for w in (one["rest"] if one else member).split()]
        words_of = member.split()
        named = (
            one is None
            and (
                all(capitalised(w) for w in words_of[:2])  # also "al-Hassan"
                or any(  # "teacher Daw Khin Mya", "village elder U Tin Aung"
                    len(words_of) > k
                    and words_of[k - 1].lower() in ROLE_WORDS
                    and all(w[:1].islower() for w in words_of[:k])
                    and all(w[:1].isupper() for w in words_of[k : k + 2])
                    for k in (1, 2)
                )
                or any(  # "police Lieutenant Serhii Bondar": a service, a rank, a name
                    len(words_of) > k + 1
                    and words_of[k].lower().rstrip(".") in ROLE_WORDS
                    and all(w[:1].islower() for w in words_of[:k])
                    and all(w[:1].isupper() for w in words_of[k : k + 2])
                    for k in (1, 2)
                )
            )
        )
        if (one is None and not named) or not words or words[-1] in NON_PERSON:
            return None  # a member that is not plainly a person: no count
        total += 1  # "a school caretaker", "the groom", "Ahmad Saleh"
        sides.add(rank_side(member))
        after_name = (
            named or after_name or capitalised(member.split()[-1]) or words[-1] in KIN_WORDS
        )  # "her husband Mykola, 67", "and their father, 52": the age of the one told
        named_last = named
    return total, sides


_ROLE_AFTER_AGE_RE = rx(
    r"an?\s+(?!(?:[\w-]+\s+)?(?:woman|man|child|girl|boy|baby|toddler|infant)\b)[\w’'-]+"
    r"(?:\s+[\w’'-]+){0,5}",
    re.IGNORECASE,
)
"""A role told after a listed member's name and age ("a pensioner", "a municipal utility
worker"): who the one named was, no other member; not "a woman", another person."""
_BABY_AGE_RE = rx(r"\d{1,2}\s+(?:months?|weeks?|days?)(?:\s+old)?", re.IGNORECASE)
"""A baby's age after its name: "Layan, 8 months"."""
_KILLED_OBJECT_RE = rx(
    r"\b(?:killed|killing|kills|martyred|martyring|shot\s+dead)\s+"
    r"(?=(?-i:[A-Z])|(?:the|his|her|their)\s+(?-i:[A-Za-z]))",
    re.IGNORECASE,
)
_AGED_NAME_RE = rx(r"(?-i:[A-Z])[\w’'-]+\s*,\s*\d{1,3}\s*(?=,|\s+and\b|\s*$)")
"""A name and the person's age: "his wife Noor, 38,"."""


def aged_object_list(sentence: str) -> list[Pending]:
    """The people a killing verb takes, listed by name with their ages ("killed Dr Hussam Abu
    Daqqa, 49, his wife Noor, 38, and their children Yahya, 12, Rakan, 9, and Sila, 6"): one
    dead a name, as `listed_dead` counts them. Two ages or more, or no list."""
    verb = _KILLED_OBJECT_RE.search(sentence)
    if verb is None:
        return []
    end = _MEMBER_END_RE.search(sentence, verb.end())
    stop = end.start() if end is not None else len(sentence)
    if len(_AGED_NAME_RE.findall(sentence, verb.end(), stop)) < 2:
        return []
    counted = _members_total(sentence[verb.end() : stop], colon=True, bodies=False)
    if counted is None or counted[0] < 2:
        return []
    total, sides = counted
    number = NumberPhrase(start=verb.end(), end=stop, count=total, low=total, high=None,
                          qualifier=None, number_start=verb.end())  # fmt: skip
    side = sides.pop() if len(sides) == 1 else None
    return [Pending("killed", number, side or "people", verb.end(), stop, verb.start(),
                    verb.end(), True)]  # fmt: skip


def listed_dead(sentence: str) -> list[Pending]:
    """'Among those killed in the strike were a grandmother, her two grandchildren and a
    caretaker', told with no toll before it: the people listed are the dead, four here (a
    floor: the list may not be whole). Each member is a number with its people, or one person
    by an article and a noun for a person."""
    stamp = LINE_STAMP_RE.match(sentence)  # "Mon 11:30 — Rescuers identified the dead as"
    at = stamp.end() if stamp else 0
    head = LINE_HEAD_RE.match(sentence, at) if stamp else None
    opening = _LISTED_DEAD_RE.match(sentence, head.end() if head else at)  # "Sagaing: Those"
    if opening is None and (lead := _LEAD_RE.match(sentence, at)) is not None:
        opening = _LISTED_DEAD_RE.match(sentence, lead.end())  # "Translated from Arabic: The"
    if opening is None:
        return []
    bodies = opening["bodies"] is not None  # "The bodies of A, 23, and B, 31, ... were found"
    colon = (
        opening["colon"] is not None
        or "\n" in sentence  # one member a line
        or bodies
        or _AGED_MEMBERS_RE.search(sentence, opening.end()) is not None
    )  # "named the dead ... as Adam Bisharat, 8; Reda Bisharat, 8; and ..."
    ends = _BODIES_END_RE if bodies else _COLON_LIST_END_RE if colon else _MEMBER_END_RE
    end = ends.search(sentence, opening.end())
    if bodies and end is None:
        return []
    stop = end.start() if end is not None else len(sentence)
    counted = _members_total(sentence[opening.end() : stop], colon=colon, bodies=bodies)
    if counted is None:
        return []
    total, sides = counted
    if total == 0:
        return []
    at, to = opening.end(), stop
    number = NumberPhrase(start=at, end=to, count=total, low=total, high=None,
                          qualifier=None, number_start=at)  # fmt: skip
    kind: Kind = _kind_named(opening.group()) or "killed"  # "Among the wounded were two ..."
    side = sides.pop() if len(sides) == 1 else None  # all of them soldiers, or all police
    return [Pending(kind, number, side or "people", at, to, 0, 0, False)]

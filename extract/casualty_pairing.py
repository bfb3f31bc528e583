"""Joining a number to a death or injury word, and reading who the number counts.

"Five people were killed" pairs leftwards (the number is the subject), "Israeli strike kills
five" rightwards (the number is the object) and "the death toll rose to 25" through a linking
verb. A pairing holds only when every word between the two belongs to the victims' noun
phrase or to a short list of auxiliaries; anything else ("after", "said", a second clause)
means the number counts something else. That strictness is what keeps "3 days after 5 people
were killed" from reading as 3 dead.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extract.casualty_lexicon import (
    AUX,
    BLOCKERS,
    DEMONYM_RE,
    MONTHS,
    MULTIWORD_VICTIMS,
    NON_PERSON,
    PREPOSITIONS,
    VICTIM_WORDS,
    WEEKDAYS,
    word_set,
)
from extract.casualty_named import AGE_IN_BRACKETS, ROLE_WORDS
from extract.countries import once
from extract.model import Victims
from extract.namematch import name_key
from extract.numbers import NumberPhrase, find_numbers
from extract.pattern_cache import rx

_TOKEN_RE = rx(r"[A-Za-z][\w’'-]*|#\w+|,")
_ABBREVIATION_RE = rx(r"\s*\((?-i:[A-Z][A-Za-z0-9-]{1,9})\)(?=\s+[a-z])")
"""A name's short form in brackets, before the noun goes on ("Province (ISWAP) terrorists")."""
_PLURAL_NOUN_RE = rx(r"[a-z][a-z-]{2,}(?:[^su]s|men)")
_HARD_STOP_RE = rx(r"[;:()\[\]?!]|\s[-–—]\s|(?<!\w)\d+(?!\d|st\b|nd\b|rd\b|th\b|-[a-z])")
"""Where a noun phrase cannot go on: a clause mark, a dash between spaces, or a number (an
ordinal such as "the 3rd Brigade" is a name, not a number)."""
_PARENTHETICAL_RE = rx(r",(?!\s*and\s)[^,]{1,100},")
"""An aside between commas ("Three men, residents of the camp, were"); not a list's last
member after its comma ("their two children, and two neighbours, were": the list's verb)."""
_OF_THEM_ASIDE_RE = rx(
    r",\s*(?:most|many|some|all|several|half|nearly\s+all|mostly)\s+of\s+(?:them|whom)\b[^;:]{1,120}?,"
    r"(?=\s+(?:were|was|had|have|are|reportedly)\b)",
    re.IGNORECASE,
)
_AMONG_THEM_ASIDE_RE = rx(
    r",\s*(?:among\s+them|including)\b[^;:()]{1,150}?,?(?=\s+(?:were|was|had|have)\b)",
    re.IGNORECASE,
)
_NAME_WORDS = r"(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,3}"
_APPOSED_NAMES_RE = rx(
    rf",\s+{_NAME_WORDS}(?:\s*,\s*{_NAME_WORDS})*\s*,?\s+and\s+{_NAME_WORDS}\s*,?"
    r"(?=\s*(?:(?:were|are|have\s+been|had\s+been)\s*)?$)"
)
"""The names of a count's people between commas before its verb ("Two brothers, Ali and
Mohammed, were killed"; their ages are gone already)."""
_VDP_RE = rx(
    r"\s+(?:(?:members?|elements?)\s+of\s+(?:the\s+)?)?Volunteers\s+for\s+the\s+Defen[cs]e\s+of\s+"
    r"the\s+Homeland\s*(?:\([A-Z]+\)\s*)?"
    r"(?:(?:were|was|have|has|had)\s+(?:been\s+)?)?",
    re.IGNORECASE,
)
"""Burkina Faso's Volunteers for the Defence of the Homeland (VDP), or a member of them: a
state's auxiliaries."""
_DASHED_RE = rx(r"\s[-–—]\s(?:(?!\s[-–—]\s)[^;:]){1,140}?\s[-–—]\s")
_AGE_LIST = (
    r"aged\s+(?:between\s+|from\s+|about\s+)?\d{1,3}(?:\s*,\s*\d{1,3})*"
    r"(?:\s*,?\s*(?:and|to|-|–)\s*\d{1,3})?\b(?:\s+years?(?:\s+old)?\b)?"
)
_AGE_RE = rx(
    rf"\b\d{{1,3}}-year-old\b|,\s*{_AGE_LIST}\s*,(?=\s)|\s+{_AGE_LIST}|{AGE_IN_BRACKETS}"
    r"|,\s*\d{1,3}\s+years?\s+old\s*,?|,\s*born\s+in\s+(?:19|20)\d\d"
    r"(?:\s*(?:,|and|&)\s*(?:19|20)\d\d)*\b\s*,?"
    r"|\s+born\s+in\s+(?:19|20)\d\d\b"
    r"|\s+of\s+\d{1,3}\s+years(?:\s+(?:old|of\s+age))?\b"
    r"|(?:(?<=\bman)|(?<=\bwoman))\s+(?:of\s+)?(?:about|around|roughly|approximately)\s+\d{1,2}\b",
    re.IGNORECASE,
)
_DEFINITE_RE = rx(
    r"\s+(?:the|its|his|her|their|(?:the\s+)?[\w-]+(?:’s|'s)(?=\s+(?-i:[a-z])))\s+(?:\d{1,3}-(?:year|month|week|day)s?-old\s+)?(?P<np>(?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+)(?=\s+(?:of|in|"
    r"at|near|and|on|who|"
    r"during|after|while|with|as|from|outside|inside)\b|\s*[,.;]|\s*$)"
)
_AGE_ALONE_RE = rx(
    r"\s+\d{1,3}-year-old(?:\s+(?:was|were|has\s+been|had\s+been|is))?(?:\s+[a-z]+ly)?\s*"
)
_NAME_APPOSED_RE = rx(
    r"\s*,\s*(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,3}\s*,(?=\s+(?:(?:was|were|has|had|"
    r"is)\b[^,]*)?$)"
)
"""A name set off by commas before the verb: "a 17-year-old, Ahmad Zakarneh, was"."""
_ORDINAL_ALONE_RE = rx(
    r"\s+(?:second|third|fourth|fifth|sixth)\s+(?:(?:was|were|is|has\s+been|had\s+been)\s+)?"
    r"(?:[a-z]+ly\s+)?",
    re.IGNORECASE,
)
_ACRONYM_RE = rx(r"\s*\((?:[A-Z][\w.&-]*)\)")
_OBJECT_AGE_RE = rx(r"\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-(?:year|month)s?-old\b(?!-)", re.IGNORECASE)
_PARTITIVE_RE = rx(
    r"\s+of\s+(?:the\s+|its\s+|their\s+|some\s+|around\s+|about\s+)?(?P<n>\d[\d,]*|(?:[a-z]+-)?[a-z]+)\b"
    r"(?=\s+[a-z])",
    re.IGNORECASE,
)
_DETERMINERS = word_set("the them those these whom us which its their his her our")
_OUR_MEN = word_set("men boys elements")
"""A force's own dead as its communiqués write them ("four of our men")."""
_TIME_WORDS = word_set(
    "yesterday today overnight tonight earlier later last this early late so recently since over"
)
_SINGULAR_DEMONYM_RE = rx(
    r"^[A-Z][a-z]+(?:ian|an|i|ese|ish|ch)(?:-[A-Z][a-z]+(?:ian|an|i|ese|ish|ch))?$"
)
_COLLECTIVE = word_set(
    "people police children women personnel staff crew family families troops relatives taliban "
    "peshmerga mujahideen mujahedeen janjaweed"
)
"""Victim nouns that never name one person, though they do not end in "s"."""
_MORE = word_set("more other additional further")
"""'Three more of its employees', 'two other soldiers': words that only say the count adds to
an earlier one, between a number and its noun."""
_GROUP_OF_PEOPLE = word_set("wounded injured missing abducted kidnapped detained captured ours")
"""Participles used as nouns after a partitive: 'five of the wounded later died'."""
_PARTITIVE_WHOLE_RE = rx(r"\s+of\s+(?:the\s+)?(?P<n>\d[\d,]*|[a-z-]+)\s+", re.I)
_AMONG_TAIL_RE = rx(r"\s+among\s+(?:those|the)\s*$", re.IGNORECASE)
"""'A woman and three children were among those killed': the subject is the victims."""
_PART_TAIL_RE = rx(
    r"\s+(?:including|incl\.|among\s+them)\s+(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|\d{1,3}|his|her|their)\s+[\w’'-]+(?:\s+[\w’'-]+)?|[a-z]+s(?:,?\s+and\s+[a-z]+)?|"
    r"(?:[a-z-]+\s+){1,3}(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,3})\s+"
    r"(?=(?:were|have|had|died)\b|$)",
    re.IGNORECASE,
)
"""'Five people including a child were killed', '29 Maoists including senior cadre Shankar Rao
were killed': the part told inside the subject."""
_WOUNDED_IN_RE = rx(
    r"\s+(?:(?<!,)\s*who\s+(?:was|were|had\s+been)\s+(?:(?:grievously|seriously|critically|badly|"
    r"severely|gravely)\s+)?(?:wounded|injured|hurt)\s+(?:later\s+)?$|(?:who\s+(?:was|were|had\s+been)\s+)?"
    r"(?:wounded|injured|hurt|hit|struck)\s+(?:in|during|on|at|by)\b[^,;:]*$|"
    r"\s*who\s+(?:was|were|had\s+been)\s+among\s+the\s+(?:injured|wounded|hurt)\s+(?:later\s+)?$)",
    re.IGNORECASE,
)
"""'A police officer wounded in last week's ambush (died)', 'a woman hit by a stray bullet
(succumbed)', 'a police official who was among the injured (died)': the subject is the officer,
the woman."""
RELATIVE_RE = rx(
    r"(?<!\bhad)(?<!\bhas)(?<!\bhave)(?<!\bit)(?<!\bthey)(?<!\bwe)\s+(?:(?:who|that)\s+"
    r"(?:had|have|has|was|were|are|is|lived|worked|could|would|did|cannot|ran|came|went|stood|"
    r"sat|drove|rode|[a-z]{3,}ed)\b|"
    r"(?!(?:during|including|according|following|bringing|raising|saying|claiming|adding|"
    r"stating|noting|warning|telling|reporting|citing)\b)[a-z]{3,}ing\s+(?:in|on|at|"
    r"near|for|with|along|outside|inside|behind|past|towards?|through|into|across|"
    r"the|a|an|his|her|their|them|him|explosives|weapons|"
    r"arms|guns|rifles|firewood|water|food|aid|goods|supplies|vegetables|fuel|livestock|cattle)\b|(?:shot|hit|struck|stabbed|"
    r"beaten)\s+(?:by|in|during|at|on)\b|(?:abducted|kidnapped|seized|captured|detained|taken)\b|"
    r"(?:contracted|employed|hired|commissioned|recruited|sponsored)\s+by\b|"
    r"(?:believed|thought|said|alleged|suspected|understood|known)\s+to\s+(?:have|be)\s+[a-z]+)"
    r"(?:(?!\s(?:were|was)\s+[a-z]+\s+and\s|\sand\s+(?:one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|several|dozens|scores)\s+others\b)[^,;:\d]){0,80}?"
    r"(?=\s+(?:were|was|are|is|had\s+been|have\s+been|has\s+been|has|have|had)(?:\s+(?:later|also|"
    r"reportedly|found|then|since))?\s*$)",
    re.IGNORECASE,
)
_WHO_THEN_DIED_RE = rx(
    r"\s+(?:who|that)\s+(?:had\s+been|has\s+been|was|were|had)\s+(?:[a-z]+ed|taken|hit|shot|struck|"
    r"brought|caught|trapped|pinned)\b[^,;:\d]{0,80}?\s*$",
    re.IGNORECASE,
)
"""The clause that tells how the one who died came to harm, before "died"."""
HIT_THEN_DIED_RE = rx(
    r"\s+(?:shot|hit|struck|stabbed|beaten|wounded|injured)\s+(?:by|in|during|at|on)\b[^,;:\d–—]{0,80}?"
    r"(?=\s*(?:later\s+)?$)",
    re.IGNORECASE,
)
"""Before "died": 'a man hit by artillery fire on Saturday died of his wounds'."""
"""'Three farmers who had gone to collect firewood were found shot dead', 'a farmer working in
his field was killed': a clause between the victims and their verb says who they were."""
_TOLL_LINK_RE = rx(
    r"(?:\b(?:to|at|of|as|reached|reaches|reach|reaching|hit|hits|is|was|stands|stood|"
    r"surpassed|surpasses|passed|passes|topped|tops|exceeded|exceeds|now|climbed|rose|risen|"
    r"rises|jumped|increased|above|past|nears|neared|nearing|number|numbered|totalled|totaled|"
    r"are|were)|"
    r"\b(?:coded|recorded)\s+as)\s*$",
    re.IGNORECASE,
)
_TOLL_RISE_RE = rx(
    r"\b(?:(?:rose|risen|rises|climbed|jumped|increased|fell|fallen|dropped)\s+to|reached|"
    r"(?:revised|lowered|corrected|reduced|cut|raised)\s+(?:(?:up|down)(?:wards?)?\s+)?to|"
    r"(?:now\s+)?stands\s+at|stood\s+at|is|is\s+now)\s*$",
    re.IGNORECASE,
)
"""A toll's verb that links it to its number however long the incident named between them."""
MAX_LEFT_TOKENS = 9
MAX_TOLL_TOKENS = 12
MAX_RISEN_TOLL_TOKENS = 24


def _words(gap: str) -> list[str]:
    return [t.strip("’'") for t in _TOKEN_RE.findall(gap.replace("#", ""))]


_RESCUED_WORDS = frozenset(("pulled", "dragged", "rescued", "brought", "carried", "out", "alive"))
_MEMBER_NOUNS = frozenset(
    ("member", "members", "elements", "element", "personnel", "cadres", "heroes")
)
_ARMED_GROUP_RE = rx(
    r"\b(?:terror\w*|militant|armed|insurgent|rebel|jihadist|extremist|criminal|gang|bandit|"
    r"separatist|cell|faction|militia|takfiri|khawarij|khwarij|kharijite)\b",
    re.IGNORECASE,
)


_NAMED_ARMED_GROUP_RE = rx(
    r"^(?:(?-i:[A-Z])[\w’'-]*\s+){1,5}(?-i:Front|Movement|Brigades?|Militias?|Resistance|"
    r"Mujahideen|Jihad)\b"
)
"""An armed group's name of its own that the actor dictionary may lack: "National Resistance
Front", "Popular Mobilisation Movement"."""

_ORG_NOUNS = frozenset(
    ("force", "group", "militia", "unit", "organisation", "organization", "community", "faction",
     "movement", "party", "outfit")
)  # fmt: skip
_MEMBERS_OF_RE = rx(
    r"\s+of\s+(?P<whose>(?:[\w’'-]+\s+){0,5}?[\w’'-]+(?:\s+\([^()]{1,40}\))?)(?=\s*(?:[,.;]|"
    r"(?:and|who|which|that|in|at|near|on|during|after|when|while|from|was|were|had|has|have|"
    r"sacrificed|lost|died|fell|embraced|laid|attained|got)\b|$))"
)
_STATE_ARMY_RE = rx(
    r"\b(?:army|armed\s+forces|military|navy|air\s+force|regime\s+forces|government\s+forces)\b"
)
"""A state's forces, in lower case: "the regime's army"; not a named group's "New People's
Army"."""
_MISSION_IN_RE = rx(
    r"(?<=\s)in\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,3}"
    r"(?:\s*\((?-i:[A-Z])[\w’'.-]{1,12}\))?(?=\s)"
)
_PROPER_OF_RE = rx(
    r"\s+of\s+the\s+(?:\d+\w*\s+)?(?:(?-i:pro|anti)-)?(?-i:[A-Z])[\w’'-]*(?:\s+(?:(?:for|of|the|and|de|du|des)\s+)*"
    r"(?-i:[A-Z])[\w’'-]*)*(?:\s*\((?-i:[A-Z])[\w’'-]{1,12}\))?(?:\s*-(?-i:[A-Z])[\w’'-]*)?"
    r"(?:(?:\s+\d+\w*)?\s+(?:battalion|brigade|regiment|unit|company|division|squad|platoon|wing|"
    r"faction|branch|cell|group)\b)?|\s+of\s+the\s+\d+\w*\s+(?:battalion|brigade|regiment|"
    r"company|division|squadron|corps)\b"
)
"""A proper name after "of the" inside a subject: "two members of the Volunteers for the
Defence of the Homeland were killed", "five members of the Bangsamoro Islamic Freedom
Fighters (BIFF)-Karialan faction were killed"."""


_ACRONYM_GROUP_RE = rx(r"(?-i:[A-Z][A-Z0-9-]{1,6})\s+(?:coalition|alliance|movement|front)")
"""An armed group named by its initials and its kind: "the CPC coalition"."""
_MEMBER_OF_PROPER_RE = rx(
    r"\s*(?:members?|elements?|personnel)\s+of\s+the\s+(?-i:[A-Z])[\w’'-]+"
    r"(?:\s+(?-i:[A-Z])[\w’'-]+){0,3}(?=\s+(?-i:[a-z])|\s*$)"
)
_SERIAL_IN_GAP_RE = rx(r"\s+(?:(?-i:No)\.?|#)\s*\d{1,4}(?:\s+['‘\"“][\w’' -]{1,30}['’\"”])?")
_PRESUMED = word_set("presumed alleged supposed")
_SONS_OF_SOIL_RE = rx(r"\bsons\s+of\s+(?:the\s+)?soil\b")


def classify_victims(words: list[str], *, singular: bool = False) -> Victims | None:
    """The victims a noun phrase names, or None when it names no people at all.

    `words` is the noun phrase after the number ("Israeli soldiers", "World Central Kitchen
    aid workers"); an empty phrase is the elliptical "five killed", meaning people.
    """
    if not words:
        return None if singular else "people"
    lowered = [w.lower() for w in words]
    if lowered[0] in ("generation", "generations"):
        return None  # "three generations of one family": the members are counted, if listed
    if lowered[:2] == ["number", "of"]:
        return None  # "killing a number of the militia's elements": no count
    if "soil" in lowered and _SONS_OF_SOIL_RE.search(" ".join(lowered)):
        return "soldiers"  # ISPR: "brave sons of soil"
    if "of" in lowered[1:]:
        # "members of a family", "the commander of a brigade": the head comes before "of"
        at = lowered.index("of", 1)
        before_of = classify_victims(words[:at], singular=singular)
        if before_of == "soldiers" and lowered[at - 1] in ("elements", "element"):
            # "15 elements of the CPC coalition": elements are soldiers only of no group named
            after_of = [w for w in words[at + 1 :] if w.lower() not in ("the", "a", "an")]
            group = classify_victims(after_of) if after_of else None
            if group in ("militants", "fighters"):
                return group
            if _ARMED_GROUP_RE.search(" ".join(after_of)):
                return "militants"
            named = _named_force(after_of)
            if named in ("militants", "fighters") or _ACRONYM_GROUP_RE.fullmatch(
                " ".join(after_of)
            ):
                return named or "fighters"  # "the CPC coalition", "the AFC alliance"
        if before_of == "people" and lowered[at - 1] in _MEMBER_NOUNS:
            # "two members of the terrorist team", "three members of the security forces"
            after_of = [w for w in words[at + 1 :] if w.lower() not in ("the", "a", "an")]
            group = classify_victims(after_of) if after_of else None
            if group is not None and group != "people":
                return group
            if _ARMED_GROUP_RE.search(" ".join(after_of)):
                return "militants"
            if _NAMED_ARMED_GROUP_RE.search(" ".join(after_of)):
                return "fighters"  # "three members of the National Resistance Front"
            if after_of and after_of[-1].lower() in ("community", "public", "village"):
                return "civilians"  # "two members of the community lost their lives"
            if _STATE_ARMY_RE.search(" ".join(after_of)):
                return "soldiers"  # "57 members of the fascist regime's army"
            named = _named_force(after_of)
            if named is not None:
                return named  # "six members of the Islamic State West Africa Province (ISWAP)"
        if before_of is not None:
            return before_of
    if len(lowered) > 1 and lowered[-1] in _MEMBER_NOUNS:
        named = _named_force(words[:-1])
        if named is not None:
            return named  # "2 CODECO members", "three TTP cadres"
        if _ARMED_GROUP_RE.search(" ".join(words[:-1])):
            return "militants"  # "seven Houthi militia elements", "four terrorist cadres"
    phrase = " ".join(words)
    for pattern, victims in MULTIWORD_VICTIMS:
        if pattern.search(phrase):
            return victims
    found: Victims | None = None
    for index, word in enumerate(words):
        lower = word.lower()
        if lower in NON_PERSON and not any(w.lower() in VICTIM_WORDS for w in words[index + 1 :]):
            return None  # "three tanks"; but "a cattle herder", "the tank crew" are people
        if lower in VICTIM_WORDS:
            if lower in _MEMBER_NOUNS and found not in (None, "people"):
                continue  # "27 Khawarij members", "terrorist cadres": the group says who
            found = VICTIM_WORDS[lower]
            modifier = index + 1 < len(words) and words[index + 1].lower() in VICTIM_WORDS
            if modifier:
                continue  # "a police chief": the last noun of people is the head
            if singular and words[-1].lower() in ROLE_WORDS and index < len(words) - 1:
                found = None  # "a Taliban intelligence official": his role is the head
                continue
            if singular and (
                (lower.endswith(("s", "men")) and not lower.endswith("ss")) or lower in _COLLECTIVE
            ):
                return None  # "a family", "the men", "the crew": more than one, count unknown
    if found is not None:
        return found
    head = words[-1]
    if not singular and _plural_of_people(words):
        return "people"  # "two technicians were killed", "killing eight cadets"
    if singular:
        role = _ROLE_PREFIX_RE.sub("", head.lower())  # "a vice-principal", "a deputy-governor"
        if role in ROLE_WORDS:
            return ROLE_WORDS[role]  # "a district administrator", "a deputy minister"
        return "people" if _SINGULAR_DEMONYM_RE.match(head) else None
    dated = head.lower() in MONTHS or head.lower() in WEEKDAYS
    if (
        capitalised(head)
        and not dated
        and (DEMONYM_RE.match(head) or all(capitalised(w) for w in words))
    ):
        return "people"
    return None


_NAME_IN_BRACKETS_RE = rx(r"\(([^()]+)\)")


def _named_force(words: list[str]) -> Victims | None:
    """The victims a named armed group or state force of the actor dictionary stands for:
    its name, an alias or the acronym in brackets after it ("the Islamic State West Africa
    Province (ISWAP)", "CODECO")."""
    phrase = " ".join(words)
    names = _force_names()
    candidates = [_NAME_IN_BRACKETS_RE.sub(" ", phrase), *_NAME_IN_BRACKETS_RE.findall(phrase)]
    if len(words) > 1 and words[-1].isupper():  # the brackets dropped: "... Province ISWAP"
        candidates += [" ".join(words[:-1]), words[-1]]
    for candidate in candidates:
        found = names.get(name_key(candidate.strip()))
        if found is not None:
            return found
    return None


@once
def _force_names() -> dict[str, Victims]:
    """Folded name -> victims, for every armed group and state force the actor dictionary
    lists (its own name and aliases)."""
    from extract.actors import ActorDictionary  # the dictionary imports this module's lexicon

    sides: dict[str, Victims] = {"armed group": "militants", "state force": "soldiers"}
    names: dict[str, Victims] = {}
    for entry in ActorDictionary.default().entries.values():
        victims = sides.get(entry.kind)
        if victims is not None:
            for name in (entry.name, *entry.aliases):
                names.setdefault(name_key(name), victims)
    return names


_ARTICLE_NAME_RE = rx(r"(?:al|el|ad|ash|as|ar|an|at|az|ez|ed|ul|ud)-(?-i:[A-Z])", re.I)


def capitalised(word: str) -> bool:
    """A word written as a name: "Wagner", or with an Arabic article before it ("al-Shabaab")."""
    return word[:1].isupper() or _ARTICLE_NAME_RE.match(word) is not None


_ROLE_PREFIX_RE = rx(r"^(?:vice|deputy|co|assistant|acting|ex|former|sub)-")


def _plural_of_people(words: list[str]) -> bool:
    """A short plural noun phrase of no known kind, counted and killed or wounded: people of
    some trade or group the lists do not name ("technicians", "cadets", "recruits"), since
    what is killed is a person or an animal, and the animals and things are listed."""
    if not words or len(words) > 3 or any(w.lower() in NON_PERSON for w in words):
        return False
    head = words[-1]
    return _PLURAL_NOUN_RE.fullmatch(head) is not None


def _head_phrase(desc: list[str]) -> list[str] | None:
    """The noun phrase of `desc` before any prepositional phrase, "of them" folded away."""
    if desc and desc[0].lower() == "of":
        ours = len(desc) > 2 and desc[1].lower() == "our"
        desc = [w for w in desc[1:] if w.lower() not in _DETERMINERS]
        if len(desc) == 1 and desc[0].lower() in _GROUP_OF_PEOPLE:
            return ["people"]
        if ours and desc and desc[0].lower() in _OUR_MEN:
            return ["soldiers"]  # a communiqué's "four of our men fell in the field of honour"
    head: list[str] = []
    for word in desc:
        if word.lower() in PREPOSITIONS:
            break
        if word.lower() in BLOCKERS or word == ",":
            return None
        head.append(word)
    return head


UNKNOWN_NUMBER_RE = rx(
    r"\s*(?:unknown|undetermined|unspecified|undisclosed|unconfirmed|uncertain|large|small|"
    r"significant|growing)\s+number\s+of\b",
    re.IGNORECASE,
)
_AND_UNKNOWN_RE = rx(
    r"\s+and\s+an?\s+(?:unknown|undetermined|unspecified|undisclosed|unconfirmed|uncertain)\s+"
    r"number\s+of\s+(?:[\w-]+\s+){0,2}?[\w-]+(?=\s+(?:were|was|have|had|are)\b)",
    re.IGNORECASE,
)


_KIN_TAIL_ROLES = (
    r"(?:driver|bodyguard|guard|escort|assistant|apprentice|"
    r"aide|companion|son|daughter|wife|husband|brother|sister|father|mother|child|interpreter|"
    r"translator|pilot|cameraman|teacher|nurse|doctor|guide|cook|colleague|neighbou?r|grandson|"
    r"granddaughter|nephew|niece|cousin|uncle|aunt|grandfather|grandmother)"
)
KIN_TAIL_RE = rx(
    rf"\s+and\s+(?:(?:his|her|their|its)\s+(?:[\w-]+\s+)?{_KIN_TAIL_ROLES}s?|the\s+(?:[\w-]+\s+)?"
    rf"{_KIN_TAIL_ROLES}\s+of\s+the\s+(?:[\w-]+\s+)?[\w-]+)(?=\s+(?:were|was|have|had|lost)\b|\s*$)",
    re.IGNORECASE,
)
"""After a counted group, one more person of theirs: "8 jawans and their civilian driver", "five
jawans and the civilian driver of the vehicle"."""
_LOYAL_TO_RE = rx(
    r"\s+(?:(?:loyal|affiliated|linked|allied|belonging|close|associated|connected)\s+(?:to|with)|"
    r"(?:serving|working|employed|deployed|posted|stationed)\s+(?:as|with|in|at|for)|"
    r"(?:responding|rushing|heading|travelling|traveling|returning|manning|guarding|escorting|"
    r"patrolling)(?:\s+(?:to|from|on|at|in))?|"
    r"(?:initially\s+|earlier\s+|first\s+)?(?:reported|listed|declared)\s+missing(?:\s+(?:after|in|since))?)\s+"
    r"(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"[\w’'-]+(?=\s+(?:were|was|have|had|are|is)\b|\s*,\s*(?-i:[A-Z]))",
    re.IGNORECASE,
)
_UNIT_OF_RE = rx(
    r"\s+(?:of|from)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*(?:’s|'s)\s+)?\d{1,3}(?:st|nd|rd|th)?"
    r"(?:\s+(?-i:[A-Z][\w-]*)){1,3}(?=\s)"
)
"""A unit named by its number after a victim: "a soldier of 4 Rashtriya Rifles"."""
_BRACKETED_RE = rx(r"\s*\([^()]{1,80}\)")
_NAMED_AGE_RE = rx(r"(?<=[a-z]),\s*\d{1,3}(?=,\s+(?:was|were|has|have|had|is|are)\s*$)")
"""The age after a name in apposition, before the verb ("a man, Mohammed Shalabi, 23, was")."""
_OTHERS_FROM_RE = rx(
    r"^(\s+(?:more\s+)?others)\s+(?:from|of)\s+(?:the|his|her|their|that|this)\s+(?:same\s+)?"
    r"(?:family|household|village|group|convoy|bus|car|vehicle|house|home|building)\b",
    re.IGNORECASE,
)
_ONE_APPOSED_RE = rx(
    r"^(\s+of\s+the\s+(?:[\w-]+\s+)?[\w-]+)\s*,\s+(?:an?|the)\s+[^,;:]{1,50},(?=\s+(?:was|has|had|is)\b)"
)
_APPOSITION_END_RE = rx(r",(?=\s+(?:was|were|has|have|had|is|are)\s*$)")


_PASSING_BY_RE = rx(
    r"\s+(?:who\s+(?:was|were)\s+)?(?:passing\s+by|walking\s+by|standing\s+nearby|nearby)"
    r"(?:\s+(?:in|on)\s+(?:his|her|their|a|the)\s+(?:car|vehicle|motorbike|motorcycle|bicycle|"
    r"bike|truck))?(?=\s*$|\s+(?:were|was|had|have|has)\b)",
    re.IGNORECASE,
)
_UNDER_RUBBLE_RE = rx(
    r"\s+(?:(?:who\s+was|who\s+were)\s+)?(?:found|pulled|recovered|retrieved|trapped)\s+(?:alive\s+)?"
    r"(?:under|from|beneath)\s+the\s+(?:rubble|debris|ruins)(?:\s+of\s+(?:an?\s+|the\s+|her\s+|his\s+)?"
    r"(?:[\w-]+\s+){0,3}?[\w-]+)?(?=\s+(?:has|have|had|was|were|is)\b)"
)
"""Where the victims were found, between them and their verb ("A 71-year-old woman found under
the rubble of a private house has been confirmed dead")."""
_BEING_DONE_RE = rx(
    r"\s+being\s+[a-z]+(?:ed|en)\b(?:\s+(?:from|to|by|at|in|on)\s+[^,;]{1,30}?)?"
    r"(?=\s+(?:was|were|had|has)\b)"
)
"""What was being done to the victims when the deed fell: "a general being evacuated"."""
_UNIT_CODE_RE = rx(r"(?<![\w-])(?-i:[A-Z]{1,4})-\d{1,4}(?![\w-])")


def left_victims(
    gap: str, number: NumberPhrase, *, apposition: bool = True, died: bool = False
) -> Victims | None:
    """Victims when `number` is the subject of a passive death word after `gap`, else None."""
    if number.article and _AGE_ALONE_RE.fullmatch(gap):
        return "people"  # "a 17-year-old was shot dead"
    if number.article and "," in gap and _AGE_ALONE_RE.fullmatch(_NAME_APPOSED_RE.sub(" ", gap)):
        return "people"  # "a 17-year-old, Ahmad Zakarneh, was killed"
    if number.article and _ORDINAL_ALONE_RE.fullmatch(gap):
        return "people"  # "Two soldiers were killed; a third was seriously injured"
    if died and number.article and _AGE_ALONE_RE.fullmatch(HIT_THEN_DIED_RE.sub(" ", gap, count=1)):
        return "people"  # "a 17-year-old wounded by fire during a raid on Friday died"
    if number.article and UNKNOWN_NUMBER_RE.match(gap):
        return None  # "an unknown number of militants": no count
    if " from " in gap:
        gap = _OTHERS_FROM_RE.sub(r"\1", gap, count=1)  # "Five others from the family were"
    if " number of " in gap:  # "4 Dozo and an unknown number of militants were killed"
        gap = _AND_UNKNOWN_RE.sub(" ", gap, count=1)
    gap = _ACRONYM_RE.sub(" ", gap)  # "two members of the unit (CAFGU) were killed"
    if "-" in gap:
        gap = _UNIT_CODE_RE.sub(" ", gap)  # "a C-60 jawan", "two C-60 commandos": a unit's name
    if _VDP_RE.fullmatch(gap):
        return "soldiers"  # "four Volunteers for the Defence of the Homeland (VDP) fell"
    if "(" in gap:
        gap = _BRACKETED_RE.sub(" ", gap)  # "Two civilians (a man, 58, and a woman, 61) were"
    if "No" in gap or "#" in gap:
        gap = _SERIAL_IN_GAP_RE.sub(" ", gap)  # "Two soldiers of the Infantry Battalion No. 8
        # 'Pichincha' died": the unit's number and name
    if " of " in gap and (member := _MEMBER_OF_PROPER_RE.match(gap)) is not None:
        whose = classify_victims(member.group().split())
        if whose in ("soldiers", "police"):
            return whose  # "One member of the Tatmadaw sacrificed his life": a state's man
    if " of " in gap:
        gap = _UNIT_OF_RE.sub(" ", gap)  # "one Army jawan of 1 RR got injured"
        gap = _PROPER_OF_RE.sub(" ", gap)  # "two members of the Volunteers for the Defence"
    if " in " in gap and " from " in gap:
        gap = _MISSION_IN_RE.sub(" ", gap, count=1)  # "A peacekeeper from the UN mission in the
        # Central African Republic (MINUSCA) was killed": where the mission serves
    gap = _AMONG_TAIL_RE.sub(" ", _AGE_RE.sub("", gap))
    if (number.article or number.count == 1) and "," in gap:
        gap = _NAMED_AGE_RE.sub("", gap, count=1)  # "A second man, Mohammed Shalabi, 23, was",
        # "one man, Omar Qatin, 27, was shot dead"
        gap = _ONE_APPOSED_RE.sub(r"\1 ", gap, count=1)  # "one of the two, a 60-year-old
        # farmer, has died of his wounds": who the one was
    gap = _WOUNDED_IN_RE.sub(" ", gap)
    if " by" in gap or "nearby" in gap:
        gap = _PASSING_BY_RE.sub(" ", gap)  # "Two civilians passing by were also killed"
    if " rubble" in gap:
        gap = _UNDER_RUBBLE_RE.sub(" ", gap, count=1)  # "A woman found under the rubble of a
        # house has been confirmed dead"
    if " being " in gap:
        gap = _BEING_DONE_RE.sub(" ", gap)  # "A general being evacuated was also killed"
    if " and " in gap and not number.article:
        gap = KIN_TAIL_RE.sub(" ", gap, count=1)  # "8 jawans and their civilian driver were"
    if " to " in gap or " with " in gap or "ing " in gap:
        gap = _LOYAL_TO_RE.sub(" ", gap, count=1)  # "28 gunmen loyal to the former regime were"
    gap = _PART_TAIL_RE.sub(" ", gap)
    if " - " in gap or "–" in gap or "—" in gap:
        gap = _DASHED_RE.sub(" ", gap, count=1)  # "Ten attackers - including bombers who ... -"
    gap = RELATIVE_RE.sub(" ", gap, count=1)
    if died:
        gap = HIT_THEN_DIED_RE.sub(" ", gap, count=1)
        if " who " in gap or " that " in gap:
            gap = _WHO_THEN_DIED_RE.sub(" ", gap, count=1)  # "a woman who was pulled from the
            # rubble died in hospital"
    whole = _PARTITIVE_WHOLE_RE.match(gap)
    if whole is not None and find_numbers(whole["n"]):
        gap = " of the " + gap[whole.end() :]  # "two of the five hostages were killed"
    if apposition and gap.count(",") == 1 and number.article:
        gap = _APPOSITION_END_RE.sub(" ", gap)  # "His passenger, a woman, was taken to ..."
    gap = _DASHED_RE.sub(" ", gap, count=1)  # "Three people - two women and a child - were"
    if " of them" in gap:  # "74 people, most of them port workers, drivers and medics, were"
        gap = _OF_THEM_ASIDE_RE.sub(" ", gap, count=1)
    if "among them" in gap or "including" in gap:
        # "27 soldiers, among them the commander of the garrison, Major General Majur Dak, were"
        gap = _AMONG_THEM_ASIDE_RE.sub(" ", gap, count=1)
        if " who " in gap:  # "Three villagers who could not flee, including a 65-year-old man
            gap = RELATIVE_RE.sub(" ", gap, count=1)  # and his wife, were": the relative too
    if "," in gap and " and " in gap and not number.article:
        gap = _APPOSED_NAMES_RE.sub(" ", gap, count=1)  # "Two brothers, Ali, 8, and Mohammed, 11,"
    if "," in gap:
        gap = _PARENTHETICAL_RE.sub(" ", gap, count=1)
        if "," in gap:
            return None
    if _HARD_STOP_RE.search(gap):
        return None
    words = _words(gap)
    if words and words[0].lower() in _MORE and not number.article:
        words = words[1:]
    reach = (1, 2, 3) if words and words[0].lower() == "of" else (1, 2)  # "of their men and"
    if len(words) > 2 and words[1].lower() == "of":
        reach = (3, 4, 5)  # "Eight members of regime forces and loyal militias were killed"
    joint = next((k for k in reach if k < len(words) - 1 and words[k].lower() == "and"), 0)
    if joint and not number.article:
        # "Twelve children and teenagers were killed", "fourteen soldiers and law enforcement
        # personnel embraced shahadat", "20 FARDC soldiers and Wazalendo militiamen had been
        # killed": one count of both nouns
        end = next((k for k in range(joint + 1, len(words)) if words[k].lower() in AUX), len(words))
        if (
            # "20 soldiers and members of the village guard were killed"
            (
                1 <= end - joint - 1 <= 3
                or (words[joint + 1].lower() == "members" and end - joint <= 7)
            )
            and words[joint + 1].lower()
            not in ("his", "her", "their", "its", "a", "an", "one", "the")
            and classify_victims(words[:joint]) is not None
            and classify_victims(words[joint + 1 : end]) is not None
        ):
            words = words[:joint] + words[end:]
    if len(words) > 1 and words[0].lower() in _PRESUMED and words[1].lower() not in AUX:
        words = words[1:]  # "six presumed criminals dead": a noun's adjective, not "presumed dead"
    if len(words) > MAX_LEFT_TOKENS:
        return None
    desc: list[str] = []
    in_aux = False
    lower = ""
    for word in words:
        previous, lower = lower, word.lower()
        if (lower in AUX and not word.isupper()) or (in_aux and lower.endswith("ly")):
            in_aux = True
            continue
        if in_aux and lower in _RESCUED_WORDS:
            continue  # "11 people were pulled out injured"
        if in_aux and lower == "in" and previous == "brought":
            continue  # "Five other people were brought in dead"
        if in_aux or lower in BLOCKERS:
            return None
        desc.append(word)
    head = _head_phrase(desc)
    if head is None:
        return None
    if number.article:
        return classify_victims(head, singular=True)
    if not head and desc and desc[0].lower() not in PREPOSITIONS and desc[0].lower() != "of":
        return None
    return classify_victims(head)


_ONE_OTHER_RE = rx(
    r"\s+other(?=\s*(?:[,.;)]|$)|\s+(?:in|at|on|near|outside|when|while|as|during|after|and|was|"
    r"who)\b)",
    re.IGNORECASE,
)
"""'wounded one other': one more person, with no noun of their own."""


_HEDGES = frozenset(("presumed", "believed"))
"""An auxiliary that, right after the number, hedges the noun ("Five presumed members of an
armed cell") rather than ends it ("five people presumed dead")."""


_BOTH_SEXES_RE = rx(
    r"\s+(?:[a-z]+\s+)?(?:male\s+and\s+female|female\s+and\s+male)(?=\s+[a-z])",
    re.IGNORECASE,
)


_COMPASS_OF_RE = rx(
    r"(?:north|south|east|west)(?:[\s-]?(?:east|west))?(?:ern)?\s+of\b", re.IGNORECASE
)
"""A direction from a place ends the victims' noun phrase as a preposition does: "killed two
Palestinians east of Gaza City", "wounded three north of the town"."""


_IN_DIGITS_AGAIN_RE = rx(r"\s*\((\d{1,3})\)")
"""A count told again in digits after its words, as police statements do: "three (3)"."""


def right_victims(text: str, number: NumberPhrase) -> tuple[Victims, int] | None:
    """Victims named after an object number ("kills three aid workers") and where they end.

    In a partitive ("40 of 52 drones", "3 of the 7 passengers") the noun after the second
    number says what the first one counts.
    """
    if number.count == 1 and (alone := _ONE_OTHER_RE.match(text, number.end)) is not None:
        return "people", alone.end()  # "and wounded one other"
    again = _IN_DIGITS_AGAIN_RE.match(text, number.end)
    if again is not None and int(again[1]) == number.count and not number.article:
        number = replace(number, end=again.end())  # "one (1) of the bandits": the count again
    partitive = _PARTITIVE_RE.match(text, number.end)
    wholes = find_numbers(partitive.group("n")) if partitive is not None else []
    if partitive is not None and wholes and not wholes[0].article:
        whole = wholes[0]
        shifted = NumberPhrase(
            start=partitive.start("n"),
            end=partitive.start("n") + whole.end,
            count=whole.count,
            low=whole.low,
            high=whole.high,
            qualifier=None,
        )
        named = right_victims(text, shifted)
        return None if named is None or named[1] == shifted.end else named
    desc: list[str] = []
    ends: list[int] = []
    previous = number.end
    age = _OBJECT_AGE_RE.match(text, number.end)
    if age is not None:
        previous = age.end()  # "a 17-year-old boy", "a 68-year-old"
    sexes = _BOTH_SEXES_RE.match(text, previous)
    if sexes is not None:
        previous = sexes.end()  # "5 uniformed male and female Maoists": one noun of both
    while len(desc) < 6:
        if desc and desc[-1][:1].isupper():
            abbreviation = _ABBREVIATION_RE.match(text, previous)
            if abbreviation is not None:  # "21 Islamic State West Africa Province (ISWAP)
                previous = abbreviation.end()  # terrorists": the name's short form, no stop
        match = _TOKEN_RE.search(text, previous)
        if match is None:
            break
        word = match.group().strip("’'")
        lower = word.lower()
        if (
            word == ","
            or lower in PREPOSITIONS
            or lower in BLOCKERS
            or lower in _TIME_WORDS
            or (lower in AUX and not (not desc and lower in _HEDGES))
            or lower in WEEKDAYS
            or _HARD_STOP_RE.search(text, previous, match.start())
            or _COMPASS_OF_RE.match(text, match.start())
        ):
            break
        desc.append(word)
        ends.append(match.end())
        previous = match.end()
    ours = len(desc) > 2 and desc[0].lower() == "of" and desc[1].lower() == "our"
    if desc and desc[0].lower() == "of":
        kept = [i for i, w in enumerate(desc) if i > 0 and w.lower() not in _DETERMINERS]
        desc, ends = [desc[i] for i in kept], [ends[i] for i in kept]
    if age is not None and not desc:
        return "people", age.end()
    phrase = _victim_prefix(desc)
    if phrase is None and age is not None and desc and desc[0].islower():
        return "people", ends[0]  # "a nine-year-old novice": an age makes any noun a person
    if phrase is None:
        return None
    victims = classify_victims(phrase, singular=number.article)
    if victims is None:
        return None
    if ours and victims == "people" and phrase[-1].lower() in _OUR_MEN:
        victims = "soldiers"  # a communiqué's "four of our men fell in the field of honour"
    end = ends[len(phrase) - 1] if phrase else number.end
    if (
        (victims == "people" or (victims == "soldiers" and phrase[-1].lower() == "elements"))
        and phrase
        and phrase[-1].lower() in _MEMBER_NOUNS
    ):
        of = _MEMBERS_OF_RE.match(text, end)  # "57 members of the fascist regime's army"
        if of is not None:
            victims = classify_victims([*phrase, "of", *of["whose"].split()]) or victims
    return victims, end


def definite_victim(text: str, at: int) -> tuple[Victims, int] | None:
    """'killed the village chief', 'killing the driver': one named person without a number."""
    match = _DEFINITE_RE.match(text, at)
    if match is None:
        return None
    words = match.group("np").split()
    head = words[-1].lower()
    if head.endswith("s") and head not in VICTIM_WORDS:
        return None
    victims = classify_victims(words, singular=True) or ROLE_WORDS.get(head)
    if victims is None or (head.endswith("s") and head not in ("police",)):
        return None
    return victims, match.end("np")


def _victim_prefix(desc: list[str]) -> list[str] | None:
    """The words up to and including the first victim word; None if a non-person noun leads."""
    for index, word in enumerate(desc):
        # "truck drivers", "cattle herders": a singular non-person noun can modify a victim noun
        if (
            index + 1 < len(desc)
            and desc[index + 1].lower() in _ORG_NOUNS
            and not (index + 2 < len(desc) and desc[index + 2].lower() in _MEMBER_NOUNS)
        ):
            return None  # "a Yazidi force", "a Kurdish group"; not "a Local Force member"
        if word.lower() in VICTIM_WORDS and not any(
            w.lower() in NON_PERSON and w.lower().endswith("s") for w in desc[:index]
        ):
            pair = " ".join(desc[index : index + 2])
            if index + 1 < len(desc) and any(p.fullmatch(pair) for p, _ in MULTIWORD_VICTIMS):
                return desc[: index + 2]  # "police officer", not "police"
            end = index + 1
            while end < len(desc) and desc[end].lower() in VICTIM_WORDS:
                end += 1  # "a Christian pastor", "a police chief": the first noun modifies
            for k in (end, end + 1):
                if (
                    k < len(desc)
                    and desc[k].lower() in ROLE_WORDS
                    and all(w[:1].islower() for w in desc[end : k + 1])
                ):
                    return desc[: k + 1]  # "a Taliban intelligence official": his role
            return desc[:end]
    for index, word in enumerate(desc):
        lower = word.lower()
        if lower in NON_PERSON:
            return None
        if (
            lower not in VICTIM_WORDS
            and DEMONYM_RE.match(word)
            and _modifies(desc, index)
            and not _plural_of_people(desc[index + 1 : index + 2])
        ):
            return None  # "a Palestinian security source said": a demonym before a thing
        if (
            lower in VICTIM_WORDS
            or _ROLE_PREFIX_RE.sub("", lower) in ROLE_WORDS
            or DEMONYM_RE.match(word)
        ):
            rest = " ".join(desc[index : index + 2])
            if any(p.match(rest) for p, _ in MULTIWORD_VICTIMS):
                return desc[: index + 2]
            if DEMONYM_RE.match(word) and _plural_of_people(desc[index + 1 : index + 2]):
                return desc[: index + 2]  # "five Chinese nationals"
            return desc[: index + 1]
        for pattern, _victims in MULTIWORD_VICTIMS:
            if pattern.match(" ".join(desc[index:])):
                return desc[: index + 2]
    for index, word in enumerate(desc[:3]):
        if _PLURAL_NOUN_RE.fullmatch(word) and _plural_of_people(desc[: index + 1]):
            return desc[: index + 1]  # "kills 8 cadets", "killed 3 Hamas operatives"
    if all(capitalised(w) for w in desc):
        return desc
    return None


def _modifies(desc: list[str], index: int) -> bool:
    """The word at `index` is followed by a lower-case noun it modifies ("Palestinian security
    source"), not by a participle or adverb that ends its noun phrase ("Syrians fleeing")."""
    if index + 1 >= len(desc):
        return False
    following = desc[index + 1]
    return (
        following.isalpha()
        and following.islower()
        and not following.endswith(("ing", "ed", "ly"))
        and following not in NON_PERSON
    )


def toll_gap_ok(gap: str) -> bool:
    """True when `gap` links a toll noun to its number ("in Gaza has risen to"), or is
    nothing: "and the number of injured 21" after "The death toll is now five"."""
    if not gap.strip():
        return True
    if "(" in gap:
        gap = _ACRONYM_RE.sub(" ", gap)  # "clashes between National Liberation Army (ELN) rebels"
    if _HARD_STOP_RE.search(gap):
        return False
    gap = gap.rstrip("'\"‘“ ") + " " if gap.rstrip().endswith(("'", '"', "‘", "“")) else gap
    words = len(_words(gap))  # "put the number of dead at 'at least 60'": the quote is no word
    if words > MAX_TOLL_TOKENS:
        # "The death toll from a drone attack on a displacement shelter in Sudan's North
        # Kordofan state has risen to 27": a long incident, then the toll's own verb.
        return words <= MAX_RISEN_TOLL_TOKENS and _TOLL_RISE_RE.search(gap) is not None
    return _TOLL_LINK_RE.search(gap) is not None


def raised_gap_ok(gap: str) -> bool:
    """After "raised the toll", the number its "to" names however long the incident between."""
    if re.search(r"[;:()\[\]?!]|\s[-–—]\s|\d", gap):
        return False
    return len(_words(gap)) <= MAX_RISEN_TOLL_TOKENS and re.search(r"\bto\s*$", gap) is not None


_MONTH_SHORT = frozenset(("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                          "nov", "dec"))  # fmt: skip


def _month(word: str, strip: str = ".") -> bool:
    """A month's name or its usual short form ("Aug", "Sept."), with `strip` after it."""
    low = word.lower().rstrip(strip)
    return low in MONTHS or (low in _MONTH_SHORT and word[:1].isupper())


def is_date_or_year(text: str, number: NumberPhrase) -> bool:
    """True for "October 7", "7 October", "in 2023": numbers that date rather than count."""
    before = text[max(0, number.start - 12) : number.start].split()
    after = text[number.end : number.end + 12].split()
    if (
        before
        and _month(before[-1])
        and number.qualifier in (None, "between")
        and not (len(before) > 1 and before[-2].isdigit() and text[number.number_start].isalpha())
    ):
        return True  # "October 7"; not "On 6 December, at least 207 people", "3 March three"
    if after and _month(after[0], ",.;:"):
        return True  # "7 October", "14 Aug."
    value = number.count
    written = text[number.number_start : number.end]
    return (
        1900 <= value <= 2100
        and not number.qualifier
        and number.high is None
        and written.isdigit()  # "2,000" and "two thousand" count; "2000" may be a year
    )

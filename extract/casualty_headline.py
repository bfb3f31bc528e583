"""One victim in headline English, where the article is dropped.

"Journalist shot dead in Sinaloa", "Palestinian teen killed by Israeli fire", "Soldier
killed, two wounded", "Drone strike kills soldier in Donetsk", "Gunmen kill doctor, his
associate": a headline names one person with a bare singular noun, where a sentence would
write "a journalist was shot dead". Each such noun phrase is read as if it had its article,
so the rest of the grammar (victim classes, enumerations such as "mother, three children")
treats it exactly as "a ...".

Narrow on purpose, as a wrong count is worse than a missed one: the noun must be a singular
noun for a person (`ROLE_WORDS`), the phrase must start its clause (the sentence, or after a
headline's kicker "Ukraine war:") and stand right before a passive death phrase that ends
there ("killed in", "killed,", "shot dead by"), or right after a present-tense "kills" /
"kill". "Soldier killed three civilians" (an active past tense, with its object) and plural
nouns ("Soldiers killed in ...", no number: nothing to count) never match.
"""

from __future__ import annotations

import re

from extract.casualty_named import ROLE_WORDS
from extract.numbers import NumberPhrase
from extract.pattern_cache import rx
from extract.prefilter import Gate

_NOUN = (
    "(?i:"
    + "|".join(sorted((w for w in ROLE_WORDS if " " not in w), key=lambda w: (-len(w), w)))
    + r")(?![\w’'-])"
)
_NOUNS = frozenset(w for w in ROLE_WORDS if " " not in w) | {"family"}
_WORD_RE = rx(r"[a-z][\w’'-]*")
_STOP = (
    r"(?:a|an|the|this|that|these|those|his|her|its|their|our|my|your|no|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|more|most|many|several|some|any|each|every|another|other|"
    r"of|in|on|at|and|or|for|with|by|from|to|as|after|who|which|was|is|are|were|has|have|had|"
    r"be|been|being|not|says|said|say|claims|reports|confirms)"
)
_MODIFIER = rf"(?!{_STOP}\b)(?:[A-Za-z][\w’'-]*(?:’s|'s)?)"
_START = r"(?:^|[:;|]\s+|\s[-–—]\s+|[–—]\s*)"
_LATER_START = r"(?:\b(?:says|said|say)\s+|\b(?:dead|killed|wounded|injured|hurt|slain),\s+)"
"""Where a headline's second clause starts: after a reporting verb ("Army says soldier
wounded") or after a first clause that ends in a death word ("Officer shot dead, colleague
hurt"). Kept apart from `_START` so that it can be gated on its words."""
_PASSIVE = (
    r"(?:(?:seriously|critically|badly|lightly|slightly|severely|gravely)\s+)?"
    r"(?:(?:abducted|kidnapped|tortured|captured|seized|attacked|ambushed|shot|stabbed)\s+"
    r"and\s+)?(?:killed|shot\s+dead|shot\s+and\s+killed|stabbed\s+to\s+death|beaten\s+to\s+death|"
    r"hacked\s+to\s+death|burned\s+to\s+death|burnt\s+to\s+death|gunned\s+down|slain|"
    r"assassinated|executed|lynched|beheaded|decapitated|martyred|wounded|injured|hurt|stabbed|"
    r"hospitali[sz]ed)"
)
_AFTER_PASSIVE = (
    r"(?=\s*(?:[,.;:!?)|’”'\"]|$|[-–—])|\s+(?:in|on|at|near|by|as|after|during|while|when|"
    r"amid|outside|inside|following|from|with|overnight|late|early|last|this|today|yesterday|"
    r"(?:hours|days|weeks)\s+(?:after|before))\b)"
)
_GUARDING = (
    r"(?:\s+(?:guarding|escorting|protecting|manning|driving|riding|carrying)\s+"
    r"(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?"
)
"""A duty between a headline's victim and the deed ("policeman guarding polio team shot dead")."""
_SUBJECT_RE = rx(
    rf"{_START}(?P<np>(?:{_MODIFIER}\s+){{0,3}}?(?P<noun>{_NOUN}))(?:,\s*\d{{1,3}},)?{_GUARDING}\s+"
    rf"{_PASSIVE}{_AFTER_PASSIVE}",
    re.IGNORECASE,
)
"""'Palestinian teen killed by Israeli fire', 'Ukraine war: soldier killed in Donetsk'."""
_FIRST_OF_COUNT_RE = rx(
    rf"{_START}(?P<np>(?:{_MODIFIER}\s+){{0,3}}?(?P<noun>{_NOUN}))\s+and\s+(?:(?:his|her|their)\s+)?"
    r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\s+[a-z][\w-]*\s+"
    rf"{_PASSIVE}{_AFTER_PASSIVE}",
    re.IGNORECASE,
)
"""'Vigilante commander and three sons killed in ambush': a headline's bare victim before a
counted group that shares the deed, one more."""
_LATER_SUBJECT = Gate(
    rx(
        rf"{_LATER_START}(?P<np>(?:{_MODIFIER}\s+){{0,3}}?(?P<noun>{_NOUN}))(?:,\s*\d{{1,3}},)?\s+"
        rf"(?:was\s+|were\s+)?{_PASSIVE}"
        rf"{_AFTER_PASSIVE}",
        re.IGNORECASE,
    )
)
"""'Police officer shot dead, colleague hurt', 'Army says soldier seriously wounded'."""
_OBJECT_RE = rx(
    rf"\b(?:kills|kill|killing|wounds|wound|injures|injure|beheads|behead|executes|execute|"
    rf"stabs|stab)\s+[‘“'\"]?(?P<np>(?:{_MODIFIER}\s+){{0,2}}?(?P<noun>{_NOUN}))"
    r"(?=\s*(?:[,.;:!?)|’”'\"]|$|[-–—])|\s+(?:and|in|on|at|near|as|after|during|while|amid|"
    r"outside|inside|from|with|overnight)\b)",
    re.IGNORECASE,
)
"""'Drone strike kills soldier in Donetsk', 'Gunmen kill doctor, his associate', 'Shelling kills
man, wounds woman', 'Separatists behead village chief'."""
_TO_DEATH_OBJECT_RE = rx(
    rf"\b(?:hacks?|hacked|beats?|stones?|burns?|stabs?|bludgeons?|clubs?|lynch(?:es)?)\s+"
    rf"(?P<np>(?:{_MODIFIER}\s+){{0,2}}?(?P<noun>{_NOUN}))\s+to\s+death\b",
    re.IGNORECASE,
)
"""'Maoists hack former sarpanch to death in Bijapur', 'Mob beats man to death'."""
_LISTED_THE_RE = rx(
    rf"\band\s+(?P<np>the\s+(?:{_MODIFIER}\s+){{0,2}}?(?P<noun>{_NOUN}))"
    r"(?=\s+(?:were|have\s+been|had\s+been|are|dead|died|killed)\b)",
    re.IGNORECASE,
)
"""'Five soldiers and the attacker were killed': one more, listed with a definite article."""
_LISTED_AFTER_RE = rx(
    rf"\b(?:kills|kill)\s+(?:at\s+least\s+)?(?:\d[\d,]*|[a-z]+)\s+(?:[a-z-]+\s+)?[a-z-]+\s*,\s+"
    rf"(?:and\s+)?(?P<np>(?:{_MODIFIER}\s+){{0,2}}?(?P<noun>{_NOUN}))"
    r"(?=\s*(?:[,.;:!?)|’”'\"]|$|[-–—])|\s+(?:in|on|at|near)\b)",
    re.IGNORECASE,
)
"""'Air strike kills 7 children, teacher': the last member of a headline's list, bare."""
_LISTED_BEFORE_RE = rx(
    rf"{_START}(?P<np>(?:{_MODIFIER}\s+){{0,2}}?(?P<noun>{_NOUN}))\s*,\s+(?=(?:\d[\d,]*|two|"
    r"three|four|five|six|seven|eight|nine|ten|dozens|several)\s+(?:[a-z-]+\s+)?[a-z-]+s\s+"
    rf"(?:{_PASSIVE}|dead){_AFTER_PASSIVE})",
    re.IGNORECASE,
)
"""'Philippine soldier, 2 rebels killed in clash': the first member of a headline's list."""
_LISTED_LAST_RE = rx(
    rf"{_START}(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|several)\s+"
    rf"(?:[A-Za-z-]+\s+)?[a-z-]+s\s*,\s+(?:and\s+)?(?P<np>(?:{_MODIFIER}\s+)?(?P<noun>{_NOUN}))\s+"
    rf"{_PASSIVE}{_AFTER_PASSIVE}",
    re.IGNORECASE,
)
"""'Eight DRG jawans, driver killed in IED blast': the last member of a headline's list, bare,
before the deed."""
_COMMA_COUNT_RE = rx(
    r",\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten|dozens|several)", re.IGNORECASE
)
"""What `_LISTED_BEFORE_RE` needs after its first member: tried first, as it is far cheaper."""
_KIN = (
    r"(?:wife|husband|son|daughter|mother|father|brother|sister|child|baby|grandson|"
    r"granddaughter|grandmother|grandfather|uncle|aunt|nephew|niece|cousin|fianc[eé]e?)"
)
_KIN_RE = rx(
    r"\b(?:kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|injur(?:es|ed|ing)|shot\s+dead)\s+"
    rf"(?P<np>(?:his|her|their|my|our)\s+(?:(?:elder|older|younger|infant|teenage|little|"
    rf"two-year-old|pregnant)\s+)?{_KIN})\b(?:\s+and\s+(?P<np2>(?:(?:his|her|their|my|our)\s+)?"
    rf"{_KIN})\b)?"
    r"(?!\s+(?:of|who|whom|were|was)\b)(?![’'-])",
    re.IGNORECASE,
)
"""'killed his wife', 'injuring her mother and brother': kin named after the deed, no number,
one each (the second bare or with its own possessive)."""
_LIST_KIN_RE = rx(
    rf"(?<=\w),\s+(?P<np>(?:his|her|their)\s+(?:(?:elder|older|younger|infant|teenage|little|"
    rf"pregnant)\s+)?{_KIN})\b(?=\s*(?:,|and\b))",
    re.IGNORECASE,
)
"""'A man, his wife and two children were killed': a kin member of a list of the dead, one."""
_IN_TOTAL_RE = rx(r"\b(?:in\s+total|altogether|in\s+all)\b", re.IGNORECASE)
"""A speaker's own kin told beside the whole toll: they are of it."""
_FAMILY_RE = rx(r"\b(?:kills|kill)\s+(?P<np>family)\s+of\s+", re.IGNORECASE)
"""'Strike kills family of six': the family's size counts, as after "a family of"."""


def bare_victims(sentence: str, numbers: list[NumberPhrase]) -> list[NumberPhrase]:
    """An implied article ("a") before each bare singular victim of a headline, as a number
    phrase of no width where the article would stand; none where a number already is."""
    if not any(word in _NOUNS for word in _WORD_RE.findall(sentence.lower())):
        return []  # no noun of a person: nothing a headline could name
    taken = [(n.start, n.end) for n in numbers]
    found: list[NumberPhrase] = []
    patterns: list[re.Pattern[str] | Gate] = [
        _SUBJECT_RE,
        _FIRST_OF_COUNT_RE,
        _LATER_SUBJECT,
        _OBJECT_RE,
        _FAMILY_RE,
    ]
    if " to death" in sentence:
        patterns.append(_TO_DEATH_OBJECT_RE)
    patterns += [_LISTED_THE_RE, _LISTED_AFTER_RE]
    if ", " in sentence:
        patterns.append(_LISTED_LAST_RE)
    if _COMMA_COUNT_RE.search(sentence):
        patterns.append(_LISTED_BEFORE_RE)
    patterns.append(_KIN_RE)
    if ", his " in sentence or ", her " in sentence or ", their " in sentence:
        patterns.append(_LIST_KIN_RE)
    for pattern in patterns:
        for match in pattern.finditer(sentence):
            for group in ("np", "np2") if pattern is _KIN_RE else ("np",):
                at, end = match.span(group)
                if at < 0 or any(a <= end and at <= b for a, b in taken):
                    continue
                if (
                    pattern is _KIN_RE
                    and sentence[at : at + 3].lower() in ("my ", "our")
                    and _IN_TOTAL_RE.search(sentence)
                ):
                    continue  # "They killed my brother ... 'more than 30' were dead in total"
                found.append(
                    NumberPhrase(
                        start=at,
                        end=at,
                        count=1,
                        low=1,
                        high=None,
                        qualifier=None,
                        article=True,
                        number_start=at,
                    )
                )
                taken.append((at, end))
    return sorted(found, key=lambda n: n.start)

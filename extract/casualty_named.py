"""One victim named without a number: a person by name, title or office.

"A drone killed Dr. Hassan Ali, the director of the hospital", "killing photographer Omar
Saleh", "Hamas commander Ahmad Jaber was killed", "the commander of the brigade was killed":
each is one death although no number is written. The grammar is narrow on purpose, since a
wrong count is worse than a missed one: a name is capitalised words that end the noun phrase
(a lowercase noun after them makes them a modifier, as in "Gaza City residents"), plural nouns
never count, and a bare name needs two words or an appositive that says who the person was.
"""

from __future__ import annotations

import re

from extract.casualty_lexicon import MONTHS, VICTIM_WORDS, WEEKDAYS, word_list, word_set
from extract.model import Victims
from extract.pattern_cache import rx

ROLE_WORDS: dict[str, Victims] = dict.fromkeys(
    word_list(
        "director head chief deputy spokesman spokeswoman spokesperson minister founder "
        "editor correspondent secretary president vice-president envoy ambassador coordinator "
        "manager administrator superintendent principal headmaster dean rector mufti sheikh "
        "emir cleric rabbi bishop archbishop abbot lecturer professor scholar poet writer "
        "novelist artist singer footballer athlete presenter anchor host producer blogger "
        "commentator analyst negotiator mediator adviser advisor lieutenant captain colonel "
        "general major sergeant brigadier corporal ringleader kingpin mastermind boss "
        "attendant operator cameraman camerawoman technician mechanic vendor shopkeeper clerk "
        "cashier waiter watchman porter employee staffer"
    ),
    "people",
)
_COLLECTIVE = word_set(
    "people police family staff crew personnel displaced children youth taliban peshmerga "
    "mujahideen mujahedeen janjaweed"
)
ROLE_WORDS.update(
    {w: v for w, v in VICTIM_WORDS.items() if not w.endswith(("s", "men")) and w not in _COLLECTIVE}
)
for _word in ("lieutenant", "captain", "colonel", "general", "major", "sergeant", "officer"):
    ROLE_WORDS[_word] = "soldiers"
ROLE_WORDS.setdefault("mujahid", "fighters")  # "the martyrdom of the mujahid Ali Hassan Fawaz"
"""Singular nouns of a person's role or office: the head of a one-victim noun phrase
(collective nouns such as "family" or "crew" are never one person)."""

_RANK_ABBREVIATIONS = (
    r"Gen|Lt|Col|Maj|Capt|Sgt|Brig|Cpl|Pvt|Pfc|SSg|TSg|MSg|Sep|Hav|Nk|L/Nk|Sub|Rfn|Gnr"
)
_RANKS = (
    r"General|Colonel|Major|Captain|Lieutenant|Sergeant|Brigadier|Havaldar|Havildar|Hawaldar|"
    r"Lance\s+Havildar|Sepoy|Naik|Lance\s+Naik|Naib\s+Subedar|Subedar(?:\s+Major)?|"
    r"Naib\s+Risaldar|Risaldar|Jemadar|Sowar|(?:Lance\s+)?Corporal|Private|Rifleman|Gunner|"
    r"Trooper|Ensign|Staff|Master|First\s+Class|Warrant\s+Officer|"
    r"(?:Professional\s+)?Soldier|Adjudant(?:-chef)?|Sergent(?:-chef)?|Caporal(?:-chef)?|"
    r"Sous-lieutenant|Capitaine|Commandant|Lieutenant-colonel|Sargento|Cabo|Teniente|"
    r"Subteniente|Soldado|Patrullero|Subintendente"
)
"""Military ranks: a title before a name, and the mark of a soldier ("Sepoy Irfan")."""
_POLICE_RANKS = (
    r"(?:(?:Head\s+|Senior\s+|Lady\s+)?Constable|Inspector|Sub-Inspector|(?-i:ASI|SHO|DSP|SI|HC|"
    r"PCpl|PSSg|PMSg|PSMS|PCMS|PEMS|PLt|PCpt|PMaj|PLtCol|PCol|PBGen))"
)
"""A police officer's rank before his name (the Philippine police's "PCpl", "PSSg", ...)."""
_TITLES = (
    rf"(?:(?:{_RANK_ABBREVIATIONS}|Dr|Prof|Rev|Fr|Mr|Mrs|Ms|Sen|Gov)\.?|{_RANKS}|Doctor|"
    r"Professor|Commander|Sheikh|Shaykh|Imam|Father|Pastor|Bishop|Mullah|Emir|Judge|Mayor|"
    rf"Governor|Senator|Minister|Chief|{_POLICE_RANKS})"
)
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_LOW = "a-zß-öø-ÿā-ž"
_NAME_WORD = rf"(?:[{_UP}][{_LOW}’'-]*[{_LOW}]|[{_UP}]\.|[{_UP}]{{2,}})(?:-[{_UP}][{_LOW}’'-]+)?"
"""One word of a name, letters beyond ASCII included ("José", "Müller", "Şahin")."""
_PARTICLE = r"(?:al|el|bin|ibn|bint|abu|abd|de|da|di|del|della|van|von|der|le|la|ul)"
_NAME = rf"(?:{_NAME_WORD}|{_PARTICLE}-{_NAME_WORD})(?:\s+(?:{_PARTICLE}[-\s])?{_NAME_WORD}){{0,3}}"
_MODIFIER = (
    r"(?:[A-Z][\w’'-]*(?:’s|'s)?|(?!(?:of|in|on|at|and|or|the|a|an|to|for|with|by|from|near|"
    r"as|after|who|which|that|his|her|their|its)\b)[a-z][\w’'-]*)"
)
_NOUN = "(?i:" + "|".join(sorted(ROLE_WORDS, key=lambda w: (-len(w), w))) + r")(?![\w-])"
_END = (
    r"(?=\s*(?:[,.;:)!?]|$)|\s+(?:in|on|at|near|and|as|after|during|when|while|outside|"
    r"inside|who|late|early|last|this|overnight|from|with|by|before|amid)\b|\s+to\s+death\b"
    r"|\s+[‘'\"“](?-i:[A-Z])[\w’' -]{1,30}?[’'\"”](?=[\s,.;:])"  # a nickname: 'Abu Hadi'
    r"|\s*\(\s*[‘'\"“](?-i:[A-Z])[\w’' -]{1,30}?[’'\"”]\s*\))"  # or ("Abu Kamal")
)

AGE_IN_BRACKETS = r"\s*\(\s*\d{1,3}\s*(?:years?|yrs?)?\s*(?:old\s*)?\)"
"""An age in brackets after a name: "Ahmad Zakarneh (22 years)", "Th. Ibomcha (45)"."""
_TITLED_RE = rx(
    rf"(?:(?:(?:the|its|his|her|their)\s+)?(?:{_MODIFIER}\s+){{0,3}}?(?P<noun>{_NOUN})\s+"
    rf"(?:{_TITLES}\s+)?"
    rf"|(?:{_MODIFIER}\s+){{0,2}}?(?:{_TITLES}\s+){{1,2}})(?P<name>{_NAME})(?:{AGE_IN_BRACKETS})?"
    rf"(?:{_END}|(?=\s+[a-z]))",
)
"""A role or a title, then a name: "photographer Omar Saleh", "Hamas commander Ahmad Jaber",
"Dr. Hassan Ali", "Colonel Amadou Sow", "(said) its correspondent Ismail al-Ghoul"."""
_KIN_AFTER_NAME = (
    r"(?:wife|husband|sons?|daughters?|brothers?|sisters?|mother|father|child|children|cousins?|"
    r"nephews?|nieces?|uncle|aunt|grand\w+|parents|family)\b"
)
_LIST_GOES_ON = r"(?:(?:\s+[A-Z][\w’'-]+)?\s*,\s*\d{1,3}\s*,?|\s+[A-Z][\w’'-]+\s*,?)?\s+and\b"
"""After a relative, the list going on: "his wife Samah, 39, and"."""
_APPOSED_RE = rx(
    rf"(?P<name>{_NAME})\s*,\s+(?!(?:his|her|their)\s+{_KIN_AFTER_NAME}{_LIST_GOES_ON})"
    rf"(?:a|an|the|its|their|his|her)\s+(?:[\w’'-]+\s+){{0,4}}?"
    rf"(?P<noun>{_NOUN})\b"
)
"""A name and who the person was: "Mahmoud Qasem, a teacher", "Adamu Bello, the head of";
not the kin of a list after a name ("killed Ahmad Saleh, his wife and their three children")."""
_POSSESSED_RE = rx(
    rf"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,2}}(?:’s|'s)\s+(?:{_MODIFIER}\s+){{0,2}}?"
    rf"(?P<noun>{_NOUN})(?:\s+(?:for|of)\s+[a-z]+(?:\s+[a-z]+)?(?=\s*,\s+{_NAME}\s*,))?{_END}"
)
"""A group's officer: "Hezbollah's top commander"."""
_BARE_RE = rx(rf"(?P<name>{_NAME})(?:{AGE_IN_BRACKETS})?{_END}")
_DEFINITE_SUBJECT_RE = rx(
    rf"(?:^\s*[‘'\"“]?|[;:]\s*|\b(?:and|but|while|when|after|as|said|says|say|reported|"
    rf"report|reports|added|confirmed|that)\s+)(?P<np>(?:[Tt]he|[Oo]ur)\s+"
    rf"(?:[\w’'-]+\s+){{0,3}}?"
    rf"(?P<noun>{_NOUN})(?:\s+(?:of|for)\s+(?:[\w’'.-]+\s+){{0,8}}?[\w’'-]+|\s+[a-z]+ing)?)\s*$"
)
"""'The commander of the 3rd brigade', 'the leader of the armed group', 'the minister for
refugees', an aid group's 'Our driver': one person."""
_SUBJECT_AUX_RE = rx(
    r"\s+(?:was|has\s+been|had\s+been|is\s+reported|was\s+reported|got)\s+"
    r"(?:later\s+|also\s+|found\s+|pronounced\s+|declared\s+|confirmed\s+|[a-z]+ly\s+)?"
    r"(?:(?:abducted|kidnapped|captured|seized|tortured|shot|"
    r"stabbed|beaten|ambushed|attacked)(?:\s+by\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?"
    r"\s+and\s+(?:later\s+|[a-z]+ly\s+)?(?:pronounced\s+|declared\s+)?)?$"
)
"""Between a definite subject and its death word: "The attacker was shot and seriously
wounded", "The assailant was shot by an armed civilian and later pronounced dead"."""
_THE_OTHER_RE = rx(
    r"\b(?:and|while)\s+(?P<who>the\s+(?:other|second)(?:\s+one)?)\s+(?:(?:is|remains)\s+)?"
    r"(?:[a-z]+ly\s+)?$",
    re.I,
)
_COORDINATED_SUBJECT_RE = rx(
    r"\W*(?P<np>(?:[Aa]n?|[Tt]he)\s+(?:[\w’'-]+\s+){0,2}?(?P<noun>[a-z]+))(?:\s*,[^,;:]{2,120},)?"
    r"\s+(?:[a-z]+ed|opened|shot|threw|drove|rammed|stabbed|hurled|blew|set)\s[^;:,]{0,120}?"
    r"\s+and\s*$"
)
"""A sentence's one subject before a first verb and "and" ("The attacker, a Jordanian truck
driver who arrived from the Jordanian side, opened fire on civilians and")."""
_HURT_FIRST_RE = rx(r"\b(?:sustain\w*|suffer\w*|received|got)\b", re.I)
"""A first verb that already tells the person's harm ("sustained injuries ... and was
evacuated"): the figure of that verb is the person's."""
_WHO_WERE_RE = rx(r",\s*who\s+(?:were|was|had\s+been)\s+[^,;]{1,80},(?=\s*$)")
_HAVING_RE = rx(r",\s*having\s+[^,;]{1,60},")
_BOTH_OF_RE = rx(
    r",\s*(?:both|all(?:\s+(?:three|four|five|six|seven|eight|nine|ten))?)\s+(?:of|from|members\s+of|"
    r"serving\s+(?:in|with))\s+[^,;]{1,80},(?=\s*$)"
)
"""Whose the named people were, between commas before their verb: "..., both of the 13th
Battalion of the Golani Brigade, fell"."""
_BRACKET_RE = rx(r"\s*\([^()]{1,80}\)")
_WHO_RE = rx(
    r"\b(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(?P<noun>[a-z-]+)\s*,\s+who\s*$", re.IGNORECASE
)
_UNIT_OF_RE = rx(
    r"\s+of\s+(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)?\s+(?:\(?[A-Z][\w)]*\s*){1,3}|"
    r"(?-i:[A-Z]{2,6})\s*)$"
)
"""A soldier's unit after his name ("of 2 Para (SF)", "of 57 Rashtriya Rifles"), or a force's
initials ("Constable Muhammad Akram of the CTD")."""
_DIED_AUX_RE = rx(r"\s+(?:had\s+|has\s+)?(?:also\s+|later\s+|too\s+)?$")
_APPOSITION_RE = rx(r"(?:,[^,;]{2,80}){1,3},\s*$")
_LAST_APPOSITION_RE = rx(r",[^,]{2,80},\s*$")
_ANOTHER_END_RE = rx(r"\b(?:and|while)\s+(?:another|a\s+third|a\s+fourth|a\s+second)\s*$", re.I)
_AGE_NOTE_RE = rx(AGE_IN_BRACKETS, re.IGNORECASE)
_NOT_NAMES = word_set(
    "The A An This That These Those It They He She We His Her Their Its Israeli Israelis "
    "Palestinian Palestinians Russian Russians Ukrainian Ukrainians Hamas Hezbollah Gaza "
    "Israel Russia Ukraine Syria Sudan Army Police Forces State Authority Ministry In On At "
    "Near Of For From With By To And Or As After Into Over"
)
_PLURAL_DEMONYM_RE = rx(r"^[A-Z][a-z]+(?:ians|ans|is|ers)$")


def named_object(sentence: str, at: int) -> tuple[Victims, int, int] | None:
    """The person an active death verb takes as its object at `at` (or two named people joined
    by "and": "shot dead Elvino Dias and Paulo Guambe"), where the object ends, and how many."""
    lead = re.compile(r"\s+").match(sentence, at)
    if lead is None:
        return None
    start = lead.end()
    for pattern in (_TITLED_RE, _POSSESSED_RE, _APPOSED_RE):
        match = pattern.match(sentence, start)
        if match is not None and _plausible(match):
            if pattern is _TITLED_RE and (joined := _AND_RE.match(sentence, match.end())):
                second = _TITLED_RE.match(sentence, joined.end())
                if second is not None and _plausible(second):  # "killing ASI Sher Zaman and
                    # Constable Adil Khan", "journalist A and photographer B": two
                    role = _role(match)
                    return (role if _role(second) == role else "people"), second.end(), 2
                more = _PLURAL_NAMED_RE.match(sentence, joined.end())
                if more is not None and more["noun"].lower() in VICTIM_WORDS:  # "Sub-Inspector
                    # Abdul Hameed and constables Shafiullah and Muhammad Nawaz": three
                    role = _role(match)
                    named = 1 + len(_NAME_LIST_SPLIT_RE.split(more["names"]))
                    plural = VICTIM_WORDS[more["noun"].lower()]
                    return (role if plural == role else "people"), more.end(), named
            return _role(match), match.end(), 1
    match = _BARE_RE.match(sentence, start)
    if match is None:
        return None
    second = _SECOND_NAME_RE.match(sentence, match.end())
    if second is not None and (
        second["name"].split()[0] in _NOT_NAMES or len(second["name"].split()) < 2
    ):
        second = None
    others = second["name"] if second is not None else ""
    if _bare_name(match["name"], sentence, others):
        if second is not None:
            return "people", second.end(), 2
        return "people", match.end(), 1
    return None


_AND_RE = rx(r",?\s+and\s+")
_PLURAL_NAMED_RE = rx(
    rf"(?P<noun>(?-i:[a-z][a-z-]+s))\s+(?P<names>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+and\s+{_NAME})"
    rf"{_END}"
)
"""Two or more named people of a plural role: "constables Shafiullah and Muhammad Nawaz"."""
_SECOND_NAME_RE = rx(rf"\s+and\s+(?P<name>{_NAME})(?:{AGE_IN_BRACKETS})?{_END}")
"""A second named person after the first: "Elvino Dias and Paulo Guambe"."""


_DATELINE_RE = rx(
    r"\s*(?-i:[A-Z][A-Z .,'/()-]{1,40})(?:,?\s+(?-i:[A-Z][a-z]{2,8})\.?\s+\d{1,2})?"
    r"(?:\s*\([A-Za-z .]{2,24}\))?\s+[–—-]\s+"
)
"""A dateline before the story ("KABUL – ", "KABUL, Dec 11 (Reuters) - ")."""
HOME_TOWN = (
    r"(?:(?:an?\s+)?(?:resident|native)\s+of(?:\s+(?:district|village|tehsil))?|from|of)\s+"
    r"(?-i:[A-Z])[\w’'-]+"
    r"(?:[\s-]+(?-i:[A-Z])[\w’'-]+){0,2}"
)
"""A home town told after a person's age: "from Haifa", "of Kfar Saba", "resident of
Khanewal"."""
_REPORTED = r"(?:said|says|announce[sd]|reporte?[sd]|confirm(?:s|ed))"
"""The verbs that end a reporting clause before the named dead ("The IDF announces that ...")."""
_HOME_TOWN = rf"(?:\s*{HOME_TOWN}\s*,)?"
"""A home town after an age, before the verb: "Yonatan Cohen, 20, from Haifa, was killed"."""
_AGE_COMMA_RE = rx(
    rf",\s*(?:(?:age|aged)\s+)?\d{{1,2}}(?:\s+years(?:\s+old)?)?\s*,{_HOME_TOWN}"
    r"(?=\s*(?:was|has|had|is)\b|\s*$)"
)
_FRONTED_RE = rx(
    r"^\s*(?:On|In|At|Late|Early|Overnight|Later|Earlier|As\s+a\s+result)\b[^,;:]{0,40},\s+"
    r"(?=[A-Z]|(?:junior|senior|lance|private|corporal|sergeant|lieutenant|captain|major|"
    r"constable|inspector)\s)"
)


_HOME_DISTRICT_RE = rx(
    r",?[ \t]+(?:resident[ \t]+)?of[ \t]+District[ \t]+(?-i:[A-Z])[\w’'-]+"
    r"(?:[ \t]+(?-i:[A-Z])[\w’'-]+)?,?(?=\s*$)"
)
_STAMP_RE = rx(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:[—–-]\s*)?")
_SERIAL_RE = rx(r",?\s+(?:[Bb]elt\s+)?No\.?\s*\d{1,6}\b,?")
"""A belt number beside a name: "Constable A No. 1432", "Constable Rahmatullah, belt No. 1234,"."""
_FRONTED_TITLE_RE = rx(
    rf"(?:^|(?<=;\s))(?:[Dd]uring|In|in|[Aa]mid|[Aa]fter)\s+(?:the\s+)?(?:[a-z-]+\s+){{1,5}}"
    rf"(?=(?:{_TITLES})\s+[{_UP}])"
)


def _subject_head(sentence: str, keyword_start: int) -> str:
    """The words before a death word with what is told beside a name blanked out, offsets
    kept: ages ("(36)"), a belt number ("Constable A No. 1432"), a live line's time ("15:30"),
    a home district ("Sepoy A (21) of District Lakki Marwat")."""
    head = _AGE_NOTE_RE.sub(lambda m: " " * len(m.group()), sentence[:keyword_start])
    if "No" in head:
        head = _SERIAL_RE.sub(lambda m: " " * len(m.group()), head)
    if head[:1].isdigit():
        head = _STAMP_RE.sub(lambda m: " " * len(m.group()), head, count=1)
    if "District" in head:
        head = _HOME_DISTRICT_RE.sub(lambda m: " " * len(m.group()), head)
    return head


def _without_having(head: str, ages: re.Pattern[str]) -> str:
    """`head` without its "having fought gallantly" clause and the ages `ages` finds before it
    ("Lance Naik A, age 26 years, having fought gallantly,"), offsets kept: the clause's first
    comma stays until the age before it is gone, and a comma left at the end goes too."""
    head = _HAVING_RE.sub(lambda m: "," + " " * (len(m.group()) - 1), head)
    head = ages.sub(lambda m: " " * len(m.group()), head)
    if head.rstrip().endswith(","):
        at = head.rstrip().rfind(",")
        head = head[:at] + " " + head[at + 1 :]
    return head


def named_subject(sentence: str, keyword_start: int) -> tuple[int, Victims] | None:
    """The one person who is the subject of a passive death word, and where that person is
    named: "The commander of the brigade was killed", "journalist Omar Saleh was killed",
    "Colonel Sow, the base commander, was assassinated", "He was shot dead"."""
    head = _subject_head(sentence, keyword_start)
    if "(" in head:  # "Sepoy Abdul Razzaq (age 27 years, resident of District Loralai), ..."
        head = _BRACKET_RE.sub(lambda m: " " * len(m.group()), head)
    dateline = _DATELINE_RE.match(head)
    if dateline is not None:  # "KABUL – Khalil Haqqani, the minister, was killed"
        head = " " * dateline.end() + head[dateline.end() :]
    if "," in head:  # "Abdul Rahman Salah, 22, was shot dead"; "On 19 December 2024, X was"
        if "having" in head:  # "Lance Naik A, age 26 years, having fought gallantly,": the
            # age before "having" is his too
            head = _without_having(head, _AGE_COMMA_RE)
        head = _AGE_COMMA_RE.sub(lambda m: " " * len(m.group()), head)
        head = _FRONTED_RE.sub(lambda m: " " * len(m.group()), head, count=1)
    if head.startswith(("During", "In ", "Amid", "After")) or ";" in head:  # "During the
        # exchange of fire Constable Naveed Khan embraced martyrdom": a fronted phrase with no
        # comma, also after a semicolon ("killed 3 khwarij; during the exchange of fire Sepoy A")
        head = _FRONTED_TITLE_RE.sub(lambda m: " " * len(m.group()), head, count=1)
    plain = head + sentence[keyword_start:]  # without the ages and home towns told beside names
    aux = _SUBJECT_AUX_RE.search(head)
    if aux is None and sentence.startswith(
        (
            "died",
            "succumbed",
            "embraced",
            "attained",
            "rose as",
            "sacrificed",
            "lost his",
            "lost her",
            "fell in",
            "fell during",
            "escaped with",
            "survived with",
            "sustained",
            "suffered",
            "received",
            "made the",
            "paid the",
        ),
        keyword_start,
    ):
        aux = _DIED_AUX_RE.search(head)  # "; the bomber also died"
    if aux is None:
        other = _THE_OTHER_RE.search(head)  # "one ... was shot dead and the other seriously
        return (other.start("who"), "people") if other is not None else None  # wounded"
    head = head[: aux.start()]
    coordinated = _COORDINATED_SUBJECT_RE.match(head)
    if (
        coordinated is not None
        and coordinated["noun"].lower() in ROLE_WORDS
        and not _HURT_FIRST_RE.search(head, coordinated.end("np"))
    ):
        # "The attacker, a truck driver, opened fire on civilians and was shot dead": the
        # subject of the first verb is the one dead
        return coordinated.start("np"), ROLE_WORDS[coordinated["noun"].lower()]
    who = _WHO_RE.search(head)
    if who is not None and who["noun"].lower() in ROLE_WORDS:
        # "... by a Jordanian truck driver, who was shot dead at the scene"
        return who.start(), ROLE_WORDS[who["noun"].lower()]
    if "having" in head:  # "Sepoy Abdul Razzaq, having fought gallantly, embraced shahadat"
        head = _HAVING_RE.sub(lambda m: " " * len(m.group()), head)
    head = head.rstrip()
    apposition = _APPOSITION_RE.search(head)
    if apposition is not None:
        last = _LAST_APPOSITION_RE.search(head)  # "... and another, Constable Wajid Ali,"
        if last is not None and _ANOTHER_END_RE.search(head, 0, last.start()):
            apposition = last
        head = head[: apposition.start()]
    if " of " in head:
        head = _UNIT_OF_RE.sub("", head)  # "Sep Gurnam Singh of 2 Para (SF)": his unit
    definite = _DEFINITE_SUBJECT_RE.search(head)
    if definite is not None:
        return definite.start("np"), ROLE_WORDS.get(definite["noun"].lower(), "people")
    clause = re.split(
        rf"[;:]|,\s+(?:and|but|while)\s+|\s+(?:while|whereas)\s+|\s+and\s+(?={_TITLES}\s)|"
        rf"\s(?:{_REPORTED}|told\s+\w+)\s+(?:that\s+)?(?={_TITLES}\s)|"
        rf"\s{_REPORTED}\s+(?:that\s+)?(?=(?-i:[A-Z])[a-z]|(?:its|his|her|their)\s+[a-z])|"
        r"\b(?:before|after|when|until|as|and)\s+"
        r"(?=(?:he|she|the\s+other(?:\s+one)?|the\s+second|another)\s*$)",
        head,
        flags=re.IGNORECASE,
    )[-1].strip()
    clause = clause.lstrip("'\"‘“ ")  # "'Our comrade Ko Zaw Lin (29) sacrificed his life,' ..."
    at = head.rfind(clause) if clause else -1
    if at < 0:
        return None
    if clause.lower() in ("he", "she", "the other", "the other one", "the second", "another"):
        return at, "people"  # "He was shot dead at a checkpoint": one person, told before
    if "," in clause and _TITLED_RE.fullmatch(clause.rsplit(",", 1)[1].strip()):
        # "However, during the exchange of fire, Sepoy Abdul Razzaq": the last phrase
        clause = clause.rsplit(",", 1)[1].strip()
        at = head.rfind(clause)
    for pattern in (_TITLED_RE, _APPOSED_RE):
        match = pattern.fullmatch(clause)
        if match is not None and _plausible(match):
            return at, _role(match)
    bare = _BARE_RE.fullmatch(clause)
    if bare is not None and _bare_name(bare["name"], plain):
        return at, "people"
    return None


def _role(match: re.Match[str]) -> Victims:
    noun = match.groupdict().get("noun")
    if noun:
        return ROLE_WORDS.get(noun.lower(), "people")
    if _MILITARY_RANK_RE.match(match.group()):
        return "soldiers"  # "Havaldar Zahid", "Sepoy Irfan", "Lieutenant Ahmed"
    if _POLICE_RANK_RE.match(match.group()):
        return "police"  # "ASI Gul Zaman", "Constable Imran Khan"
    return "people"


_POLICE_RANK_RE = rx(rf"{_POLICE_RANKS}\b")


_MILITARY_RANK_RE = rx(rf"(?:{_RANK_ABBREVIATIONS}|{_RANKS})\b")


def rank_side(name: str) -> Victims | None:
    """The side a rank before a name marks: "Sepoy Imran" a soldier, "Constable A" police."""
    if _POLICE_RANK_RE.match(name):
        return "police"
    if _MILITARY_RANK_RE.match(name):
        return "soldiers"
    return None


def _plausible(match: re.Match[str]) -> bool:
    name = match.groupdict().get("name")
    return name is None or not any(w in _NOT_NAMES for w in name.split())


def _bare_name(name: str, sentence: str, others: str = "") -> bool:
    """Two or more capitalised words that read as a person's name, in a sentence that is not
    written in title case (where every noun is capitalised); `others`, a second name beside
    it, is not counted as the sentence's capitals."""
    words = name.split()
    if len(words) < 2 or words[0] in _NOT_NAMES:
        return False
    for word in words:
        lower = word.lower()
        if lower in MONTHS or lower in WEEKDAYS or lower in VICTIM_WORDS:
            return False
        if _PLURAL_DEMONYM_RE.match(word):
            return False
    own = set(words) | set(others.split())
    tokens = [t for t in re.findall(r"[A-Za-z][\w’'-]*", sentence)[1:] if t not in own]
    # weekdays and months are capitalised in any sentence
    longer = [
        t for t in tokens if len(t) > 3 and t.lower() not in WEEKDAYS and t.lower() not in MONTHS
    ]
    return sum(1 for t in longer if t[:1].isupper()) * 2 < len(longer) or not longer


_LIST_HEAD_JOIN_RE = rx(r"(?:\s*,)?\s+and\s+(?:(?:his|her|their)\s+)?$")
_HEAD_APPOSED_RE = rx(
    rf"(?:{_TITLES}\s+){{0,2}}(?P<name>{_NAME})\s*,\s+(?:(?:a|an|the)\s+[^,;:]{{2,60}}|"
    rf"(?:head|chief|commander|director|leader|deputy|member)\s+of\s+[^;:]{{2,100}})$"
)
"""One named person and who the person is, at a list's head: "Abdirahman Farah, a district
commissioner,", "Lt. Gen. Igor Kirillov, head of Russia's radiological, chemical and biological
protection troops,"."""


def named_list_head(sentence: str, first: int) -> tuple[int, int, Victims] | None:
    """The person named at the head of a list of victims whose first counted member starts at
    `first`: "Abdirahman Farah, a district commissioner, and two of his bodyguards were
    killed", "Fatima Yusuf, a mother of two, and her neighbour": one more victim."""
    join = _LIST_HEAD_JOIN_RE.search(sentence, max(0, first - 12), first)
    if join is None:
        return None
    head = sentence[: join.start()]
    clause = re.split(r"[;:]|\b(?:when|after|as|while|but|before|said|says|which|that)\s+", head)[
        -1
    ]
    at = len(head) - len(clause.lstrip())
    clause = clause.strip()
    apposed = _HEAD_APPOSED_RE.fullmatch(clause)
    if apposed is not None:
        name = apposed["name"]
        if _plausible(apposed) and (len(name.split()) > 1 or name not in _NOT_NAMES):
            return at, join.start(), "people"
        return None
    titled = _TITLED_RE.fullmatch(clause)
    if titled is not None and _plausible(titled):
        return at, join.start(), _role(titled)
    alias = _ALIAS_ALONE_RE.search(clause)
    if alias is not None:  # "'alias Jhon' and four other members of the Clan del Golfo"
        return at + alias.start(), join.start(), "people"
    role_named = _ROLE_THEN_NAME_RE.fullmatch(clause)
    if role_named is not None:  # "their prime minister, Ahmed al-Rahawi, and several ministers"
        rest = role_named["role"].split(None, 1)[1]
        clause = f"The {rest}"  # a possessive reads as "the": one person
    definite = _DEFINITE_SUBJECT_RE.match(clause)
    if definite is not None:  # "the district chief and his driver were martyred"
        noun = definite["noun"].lower()
        return at + definite.start("np"), join.start(), ROLE_WORDS.get(noun, "people")
    bare = _BARE_RE.fullmatch(clause)
    if bare is not None and _bare_name(bare["name"], sentence):
        return at, join.start(), "people"
    return None


_ALIAS_ALONE_RE = rx(
    r"(?:^|\s)['\"‘“]?(?:alias|a\.k\.a\.?|aka)\s+['\"‘“]?(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?"
    r"['\"’”]?$",
    re.IGNORECASE,
)
"""A person known only by an alias: "'alias Jhon'", "alias El Gato"."""
_ROLE_THEN_NAME_RE = rx(
    r"(?P<role>(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+[^,]{2,60}?),\s+"
    r"(?P<name>[A-Z][\w’'.-]*(?:[\s-]+(?:al|el|bin|ibn|de|van|von)?[\s-]*[A-Z][\w’'.-]+){0,3})"
)
"""A role, then the person's name between commas: "their prime minister, Ahmed al-Rahawi", "The
administrator, U Kyaw Soe" (a one-letter honorific)."""
_PLURAL_AUX_RE = rx(
    r"\s+(?:(?:were|have\s+been|had\s+been|got)\s+(?:later\s+|also\s+|[a-z]+ly\s+)?|"
    r"(?:also\s+)?)$"
)
_PLURAL_ROLE_RE = rx(r"(?:[A-Z][\w’'-]*\s+)?(?P<noun>[A-Za-z-]+s)\s+(?=[A-Z])")
_LISTED_AGE_RE = rx(
    rf",\s*(?:(?:age|aged)\s+)?\d{{1,2}}(?:\s+years)?\s*,{_HOME_TOWN}"
    r"(?=\s*(?:and\s|(?:were|was|are|is|had|have)\s|$))"
)
_ROLE_BEFORE_NAME_RE = rx(
    r"\b(?-i:his|her|their)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s*,\s*(?=(?-i:[A-Z]))"
)
"""Who the one named after it was, between "and" and the name: "and her police escort,
Constable Azmatullah"."""
_NAMELY_RE = rx(r"^(?:namely|viz\.?|i\.e\.,?)\s+", re.IGNORECASE)
"""Before the names of a count's people: "three villagers, namely A (45), B (30) and C"."""
_NAME_LIST_SPLIT_RE = rx(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def named_subjects(sentence: str, keyword_start: int) -> tuple[int, int, Victims] | None:
    """Two or more named or titled people who are the subject of one death word, where they
    begin, how many, and who they are: "Havaldar Zahid (36) and Sepoy Irfan (24) embraced
    shahadat", "journalists Ana Ruiz and Luis Vega were killed"."""
    head = _subject_head(sentence, keyword_start)
    if "both " in head or "all " in head:  # "..., both of the Golani Brigade, fell"
        head = _BOTH_OF_RE.sub(lambda m: " " * (len(m.group()) - 1) + ",", head)
    if "having" in head:  # "..., having fought gallantly, embraced shahadat", also after an
        # age: "Lance Naik Rahim, age 27 years, having fought gallantly,"
        head = _without_having(head, _LISTED_AGE_RE)
    head = _LISTED_AGE_RE.sub(lambda m: " " * len(m.group()), head)  # "Rojas, 24, and ..."
    if "(" in head:  # "Havaldar Muhammad Asif (age 34 years, resident of District Chakwal)"
        head = _BRACKET_RE.sub(lambda m: " " * len(m.group()), head)
    if " who " in head:  # "..., who were leading their troops from the front, embraced"
        head = _WHO_WERE_RE.sub(lambda m: " " * len(m.group()), head)
    if head.startswith(("During", "In ", "Amid", "After")) or ";" in head:  # "During the
        # exchange of fire Constable Naveed Khan embraced martyrdom": a fronted phrase with no
        # comma, also after a semicolon ("killed 3 khwarij; during the exchange of fire Sepoy A")
        head = _FRONTED_TITLE_RE.sub(lambda m: " " * len(m.group()), head, count=1)
    plain = head + sentence[keyword_start:]  # without the ages and home towns told beside names
    aux = _PLURAL_AUX_RE.search(head)
    if aux is None:
        return None
    head = head[: aux.start()]
    tail = re.split(
        rf"[;:(]|\b(?:before|after|when|as|while|but|(?:in|during)\s+which|where|that|{_REPORTED})\s+",
        head,
    )[-1]
    pieces = tail.split(",")
    for k in range(len(pieces)):  # the shortest list of names that ends the subject
        found = _name_list(_NAMELY_RE.sub("", ",".join(pieces[k:]).strip()), plain)
        if found is not None:
            clause, count, victims = found
            return head.rfind(clause), count, victims
    return None


def _name_list(clause: str, sentence: str) -> tuple[str, int, Victims] | None:
    """`clause` as a list of two or more names, each with a title or role if any."""
    if " and " not in clause:
        return None
    whole = clause
    plural = _PLURAL_ROLE_RE.match(clause)  # "journalists Ana Ruiz and Luis Vega"
    group: Victims | None = None
    if plural is not None and plural["noun"].lower() in VICTIM_WORDS:
        group = VICTIM_WORDS[plural["noun"].lower()]
        clause = clause[plural.end() :]
    clause = _ROLE_BEFORE_NAME_RE.sub("", clause)  # "her police escort, Constable Azmatullah"
    parts = [p.strip() for p in _NAME_LIST_SPLIT_RE.split(clause) if p.strip()]
    if len(parts) < 2 or len(parts) > 6:
        return None
    rest = sentence  # the sentence but the list, for the test of title case
    for part in parts:
        rest = rest.replace(part, " ")
    roles: list[Victims] = []
    for part in parts:
        titled = _TITLED_RE.fullmatch(part)
        if titled is not None and _plausible(titled):
            roles.append(_role(titled))
            continue
        bare = _BARE_RE.fullmatch(part)
        if bare is None or not _bare_name(bare["name"], rest):
            return None
        roles.append("people")
    victims: Victims = group or (roles[0] if len(set(roles)) == 1 else "people")
    return whole, len(parts), victims

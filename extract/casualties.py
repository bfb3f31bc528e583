"""Casualty figures in news text: every death or injury count with its scope and sentence.

`find_figures` splits a text into sentences, pairs number phrases with death and injury words
(see `extract.casualty_pairing`), or finds the one person a death word names without a number
(`extract.casualty_named`), then reads each figure's clause for its scope: source,
perpetrator, period (and whether it recalls a past incident), update language, whether it is
conflict violence, and whether a figure is an explicit part of another ("including 20
civilians"). It returns figures in text order; a figure's `part_of` indexes that tuple.
Totals are not computed here: see `extract.totals`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from itertools import chain, pairwise

from extract.actors import find_actors
from extract.casualty_context import (
    LINE_STAMP_RE,
    a_criminals_deed,
    collapse_in_an_attack,
    criminal_case,
    explained_as_crime,
    explains_a_deed,
    fire_in_an_attack,
    is_cumulative,
    is_update,
    names_an_act,
    opens_on_another_incident,
    perpetrator_after,
    perpetrator_before,
    rules_out_conflict,
    sentence_conflict,
    source_initials,
    source_of,
    text_conflict,
)
from extract.casualty_headline import bare_victims
from extract.casualty_keywords import (
    PASSIVE_FORMS,
    casualty_stems,
    keywords,
    mentions,
    might_mention_words,
)
from extract.casualty_lexicon import (
    CONFLICT_RE,
    MONTHS,
    NON_CONFLICT_RE,
    PERSON_BEFORE_AGE_RE,
    RETRACTED_RE,
    SELF_DETONATION_RE,
    VICTIM_WORDS,
    WEEKDAYS,
)
from extract.casualty_named import (
    ROLE_WORDS,
    named_list_head,
    named_object,
    named_subject,
    named_subjects,
    rank_side,
)
from extract.casualty_pairing import (
    KIN_TAIL_RE,
    RELATIVE_RE,
    UNKNOWN_NUMBER_RE,
    classify_victims,
    definite_victim,
    is_date_or_year,
    left_victims,
    raised_gap_ok,
    right_victims,
    toll_gap_ok,
)
from extract.casualty_parts import (
    KIN_WORDS,
    LIST_JOIN_RE,
    Pending,
    aged_object_list,
    among_kind,
    apposed_head,
    colon_list,
    explicit_parts,
    implicit_one,
    kin_mates,
    kin_subject,
    list_mates,
    listed_dead,
    parts_of_previous,
)
from extract.casualty_periods import (
    MOURNS_ITS_FIGHTER_RE,
    background_period,
    incident_day,
    is_dated_elsewhere,
    is_long_period,
    period_matches,
    read_period,
    reference_date,
)
from extract.casualty_sentences import split_sentences
from extract.countries import countries_named, country_table
from extract.gazetteer import gazetteer
from extract.long_run import LONG_RUN_MIN, STILL_TREATED
from extract.model import Figure, Kind, Victims
from extract.namematch import Tokens
from extract.numbers import NumberPhrase, find_numbers, words_to_int
from extract.pattern_cache import rx
from extract.prefilter import Gate
from extract.totals import confirmed, may_be_same_dead

MAX_COUNT = 10_000_000
"""No casualty claim is larger: a bigger number is money, a population or a typo."""

_NEGATION_RE = rx(r"(?:\bnot|n[’']t|\bnever|\bno)\s+(?:\w+\s+)?$", re.IGNORECASE)
_AMBIGUOUS_AFTER_RE = rx(
    r"^\s+(?:or|and/or|and)\s+(?:killed|dead|wounded|injured|hurt|wounding|injuring)\b|"
    r"^\s+(?:or|and/or)\s+"
    r"(?:captured|taken\s+prisoner|missing|detained|arrested|surrendered)\b",
    re.IGNORECASE,
)
"""After a death word, the dead told together with others: "killed or wounded", "killed or
captured", "killing and wounding dozens" count no one's death."""
_OWN_COUNT_AFTER_RE = rx(
    r"(?<=\band\s(?:wounded|injured))(?<!\bor\s)\s+(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|"
    r"about\s+|around\s+|nearly\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|[a-z]+teen|twenty|thirty|forty|fifty|a\s+dozen|dozens|several|scores|hundreds)\b",
    re.IGNORECASE,
)
"""A wound verb after "dead and" that takes its own count ("shot three people dead and
wounded five"): the dead and the wounded are two counts, not one told together."""
_ANY_AGE_RE = rx(r",\s*\d{1,3}\s*,")
"""A name's age between commas: a list of the named dead may follow a killing verb that no
count was read for ("killed Khaled Farra, 52, his wife Amal, 47, and ...")."""
_AMBIGUOUS_BEFORE_RE = rx(
    r"\b(?:killed|killing|dead|wounded|injured|hurt)\s+(?:or|and/or|and)\s+$", re.IGNORECASE
)
_IT_KILLED_RE = rx(
    r"\b(?:(?:it|they)\s+|(?:its|their)\s+(?:[\w-]+\s+){1,4}?)(?:has\s+|have\s+|had\s+)?"
    r"(?:killed|eliminated|neutrali[sz]ed)\b",
    re.IGNORECASE,
)
_FROM_RE = rx(r"\bfrom\s*$", re.IGNORECASE)
_OWN_BODY_RE = rx(
    r"\b(?:his|her)\s+(?:[a-z-]+\s+)?body\s+(?:was|has\s+been|had\s+been)\s+(?:later\s+)?"
    r"(?:found|recovered|discovered|retrieved|dumped)\b",
    re.IGNORECASE,
)
"""'A teacher was abducted; his body was found the next morning': one dead, told once."""
_PART_BEFORE_RE = rx(r"\b(?:including|incl\.|among\s+them)\s+$", re.IGNORECASE)
_CAUSE_BREAK_RE = rx(
    r";|,\s+(?:while|whereas)\s+|,\s+(?:hours|days|weeks|minutes)\s+after\s+|"
    r",?\s+in\s+an?\s+(?:[\w-]+\s+)?(?:region|country|area|"
    r"province|state|city|town|district|camp)\s+where\s+",
    re.IGNORECASE,
)
"""Where a sentence turns to another story, whose deaths may have another cause."""
_WOUNDED_WHO_DIED_RE = rx(
    r"(?:wounded|injured|hurt|hit|shot|struck)(?:\s+(?:in|during|on|at|by)\b"
    r"(?:(?!\bof\s+(?:whom|them)\b)[^;:.]){0,80}?|,|\s+[a-z]+\s+(?:have|has|had)\s+since|"
    r"(?<=\bpeople\s(?:wounded|injured))|(?<=\bpeople\s(?:hurt))|(?<=\bpersons\s(?:wounded|injured)))\s"
    r"(?:later\s+|had\s+|have\s+|has\s+)?(?:died|succumbed|dies|die|succumbs|succumb)\b",
    re.IGNORECASE,
)
"""A reduced relative on the subject of "died": the wounded person is one of the dead (not "two
were injured in the clash, one of whom later died": one of the wounded)."""
_WHO_WAS_RE = rx(
    r"\bwho\s+(?:was|were|had\s+been)\s+(?:(?:grievously|seriously|critically|badly|severely|"
    r"gravely)\s+)?$",
    re.IGNORECASE,
)
_DEATH_OF_DOUBTED_RE = rx(
    r"\b(?:denied|denies|deny|rejected|rejects|dismissed|refuted|claimed|claims|rumou?rs?|unhurt|"
    r"alive|safe|heart\s+attack|cardiac|illness|cancer|natural\s+causes|ill(?:ness)?|accident|crash|"
    r"disease|stroke|died\s+of(?!\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:wounds|injuries)))\b",
    re.IGNORECASE,
)
_DEATH_OF_VIOLENCE_RE = rx(
    r"\b(?:attack|strike|airstrike|ambush|shelling|clash\w*|fighting|raid|drone|bomb\w*|blast|"
    r"explosion|gunfire|shot|killed|assassinat\w+|battle|operation|encounter|firefight)\b",
    re.IGNORECASE,
)
"""A named person's death told as news: "the death of Colonel Ali Khan in the attack" (not of
a heart attack, nor reports of it denied)."""
_SHARE_WHO_RE = rx(
    r"\b(?:of\s+(?:them|whom|those|the\s+[\w-]+)|one|two|three|four|five|six|\d+)\s*,?\s*who\s+"
    r"(?:was|were|had\s+been)\s+(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
_THEN_DIED_RE_AFTER = rx(
    r"(?:\s+(?:yesterday|earlier|last\s+\w+|on\s+\w+|(?:in|by|during|when|after)\s+[^,;:.()]{1,80}?)){0,3}"
    r",?\s+(?:has\s+|had\s+|have\s+)?(?:later\s+|subsequently\s+|since\s+)?"
    r"(?:died|succumbed|dies|succumbs)\b",
    re.IGNORECASE,
)
_MOURNED_RE = rx(
    r"\b(?:funerals?|burials?|buried|mourn\w*|commemorat\w*|honou?r\w*|memorials?|graves?|"
    r"anniversary|remember\w*)\b",
    re.IGNORECASE,
)
"""Before "martyrs": a funeral or a memory of the dead, who were counted when they died."""
_ONE_PERSON_RE = rx(
    r"\b(?:was|were|been|got)\s+(?:[a-z]+\s+){0,2}?(?:killed|assassinated|shot|slain|murdered|"
    r"executed|stabbed|beaten|gunned|beheaded|decapitated|lynched|hacked|fatally|mortally|martyred|eliminated|"
    r"neutrali[sz]ed|wounded|injured|hurt|hospitali[sz]ed)\b|\b(?:kill(?:s|ed|ing)?|assassinat\w+|execut\w+|slew|murder\w*|behead\w*|death\s+of|"
    r"lynch\w*|eliminat\w+|neutrali[sz]\w+|martyr\w+|dead|down|fatally\s+\w+)\s+"
    r"(?:[a-z-]+\s+){0,3}?(?:the\s|[A-Z])|\b(?:his|her)\s+(?:[a-z-]+\s+)?body\s+(?:was|has|had)\b"
    r"|\b(?:only|sole|lone)\s+(?:fatality|death|casualty|victim|person\s+killed)\b"
    r"|\b(?:embraced|attained)\s+(?:shahadat|martyrdom)\b|"
    r"\b(?:made|paid)\s+the\s+(?:supreme|ultimate)\s+(?:sacrifice|price)\b|\bfell\s+(?:in|during)\s+(?:battle|combat)\b|"
    r"\bsuccumbed\s+to\s+(?:his|her)\s+(?:[\w-]+\s+)?(?:wounds|injuries)\b|\b(?:lost|sacrificed)\s+(?:his|her)\s+life\b"
    r"|\b(?:lost|sacrificed|laid\s+down)\s+their\s+lives\b"
    r"|\b(?:escaped|survived)\s+with\s+(?:[\w-]+\s+){0,2}?(?:injur\w+|wounds?|cuts?|burns)\b"
    r"|\b(?:stabb\w*|beat|beats|beating|hack\w*|strangl\w*|bludgeon\w*|lynch\w*)\s+"
    r"(?:(?-i:[a-z-]+)\s+){0,3}?(?:(?-i:[A-Z])|the\s)[^.;:]{1,90}?\bto\s+death\b"
    r"|\b[Tt]he\s+(?:[\w-]+\s+){0,2}?[a-z]+\s+(?:[a-z]+ing\s+)?(?:later\s+|also\s+)?died\b"
    r"|\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+\s+)?[a-z]+(?:\s*,\s*\d{1,3}\s*,)?\s+(?:was\s+|were\s+)?"
    r"(?:also\s+)?(?:received|suffered|sustained)\b"
    r"|\b(?-i:[A-Z])[\w’'-]+\s+(?:sustained|suffered|received)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:injur(?:y|ies)|wounds?|burns)\b"
    r"|\b[Tt]he\s+(?:[\w-]+\s+){0,2}?[a-z\d-]+(?:\s*,\s*\d{1,3}\s*,)?\s+(?:also\s+)?"
    r"(?:received|suffered|sustained)\s+(?:[\w-]+\s+){0,3}?(?:injur(?:y|ies)|wounds?|burns)\b"
    r"|\b(?:bomber|attacker|assailant|gunman|shooter)\b.{0,100}\b(?:died|perished)\b"
    r"|\b(?!(?-i:He|She|It|They|We|You|I|Who|This|That|One)\b)(?-i:[A-Z])[\w’'.-]+"
    r"(?:\s*,\s*(?:aged?\s+)?\d{1,3}(?:\s+years(?:\s+old)?)?\s*,|\s*\(\s*\d{1,3}\s*\)|\s*,)?\s+"
    r"(?:later\s+|also\s+)?(?:died|succumbed)\b"
    r"|\bkill(?:ing|ed|s)\s+(?:him|her)self\b"
    r"|^\W*(?:[\w-]+\s+)?(?:[Ss]uicide\s+)?(?:[Bb]omber|[Aa]ttacker)\s+(?:blows|blew)\s+"
    r"(?:him|her)self\s+up\b"
    r"|\b(?:not\s+include|exclude|excludes|excluding|neither\s+(?:figure|toll|count|number)\s+"
    r"included)\s+the\s+(?:[\w-]+\s+){0,3}?(?:bombers?|"
    r"attackers?|assailants?)\b"
    r"|\b(?:bombers?|attackers?|assailants?)(?:\s*,\s*(?:who|whose)\b[^,;]{1,90},)?\s+"
    r"(?:is|was|are|were)\s+not\s+(?:included|counted)\b"
)
"""Where a sentence with no number may still name one victim: "X was killed", "killed the
mayor", "killed Dr. X". Other number-less sentences are skipped unread."""
_BRINGING_TO_RE = rx(
    r"\b(?:bringing|rais(?:es|ed|ing)|raise|taking|pushing|"
    r"revis(?:es|ed|ing)|lower(?:s|ed|ing)?|correct(?:s|ed|ing)?|updat(?:es|ed|ing))\s+"
    r"(?:(?:down|up|downwards?|upwards?)\s+)?to\s+$",
    re.IGNORECASE,
)
"""Before a count put ahead of the toll it sets: "bringing to three the number of officers
killed", "revised down to 10 the number of people killed"."""
_RAISING_RE = rx(
    r"\b(?:rais|bring|brought|tak|took|push|lift|increas|revis|lower|cut|reduc|correct|updat)\w*\s+"
    r"(?:(?:down|up|downward|upward)\s+)?(?:the\s+|its\s+|their\s+)?"
    r"(?:(?-i:[A-Z])[\w’'-]+\s+)?(?:overall\s+|total\s+)?$|\b(?:bringing|raising|taking|pushing)\s+to\s+(?:\d[\d,.]*|[\w-]+)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_NAME_RE = rx(r"\b(?-i:[A-Z])[a-z]")
_SPEAKER_RE = rx(
    r"\b(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,4}(?=\s+(?:put|puts|said|says|gave|"
    r"told|announced|raised|revised)\b)"
)
"""A speaker named right before the verb that gives the toll: "Governor Babagana Zulum put the
toll at 15"."""
_CALENDAR_NAME_RE = rx(r"\b(?-i:" + "|".join(w.capitalize() for w in (*WEEKDAYS, *MONTHS)) + r")\b")
"""A day's or month's name, which is no place: "found two more bodies overnight, and on
Tuesday the governor said the final toll was five"."""


def _sentence_start(text: str, figure: Figure) -> int:
    """Where the figure's sentence starts in `text` (the occurrence that holds the figure), or
    -1."""
    return text.find(figure.sentence, max(0, figure.span[1] - len(figure.sentence)))


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


_ROSE_RE = rx(
    r"\b(?:rose|risen|rises|rising|climbed|climbs|jumped|jumps|increased|increases|reached|"
    r"reaches|grew|grown|soared|mounted|now|revised\s+(?:up(?:ward)?\s+)?to|raised\s+to)\b",
    re.IGNORECASE,
)
"""Between a toll noun and its number: the toll rose, so it includes the dead told before it."""
_HIMSELF_RE = rx(r"\s+(?:only\s+)?(?P<self>(?:him|her)self)\b", re.IGNORECASE)
_ATTACKER_BEFORE_RE = rx(
    r"\b(?:gunman|attacker|assailant|shooter)\b[^.;]{0,160}?\b(?:killed|killing|shot|shooting|"
    r"opened\s+fire)\b",
    re.IGNORECASE,
)
"""An attacker who killed or shot others before the verb whose object is "himself"."""
_THEMSELVES_AND_RE = rx(r"\s+themselves\s+(?:and|as\s+well\s+as|along\s+with)\s+", re.I)
_BOMBER_RE = rx(
    r"\b(?:suicide\s+(?:bomb\w*|attack\w*|blast\w*)|bombers?|blew\s+(?:him|her)self\s+up|"
    r"detonated\s+(?:his|her|an?|the)\s+(?:\w+\s+)?(?:vest|belt|explosives?|device|bomb))\b",
    re.IGNORECASE,
)
"""'A suicide bomber blew himself up, killing himself and four others': the bomber is one of
the dead, as the conflict-data projects count them; outside a bombing "killed himself" is not
conflict violence and is never read as a victim."""
_ATTRIBUTIVE_RE = rx(r"\b(?:for|of|the|a|an|to|with|who|whom|by)\s+$", re.IGNORECASE)
"""Before a death verb, these make it an adjective or a relative clause ("a shrine for killed
leader X", "the warlord who executed X"): a description, not news of a death."""
_OF_BEFORE_RE = rx(r"\bof\s+$", re.IGNORECASE)
_RELATION_OF_RE = rx(
    r"\b(?:brother|sister|mother|father|son|daughter|wife|husband|widow|widower|parents?|"
    r"relatives?|family|families|kin|friends?|colleagues?|classmates?|neighbou?rs?|uncle|aunt|"
    r"cousin|fianc[ée]e?|funeral|burial|grave|lawyer)\s+of\s+$",
    re.IGNORECASE,
)
"""Before "of a": the victim is another person, the one the reduced relative tells of ("the
brother of a man killed in the raid", "relatives of a nurse shot dead")."""
_PERSON_OF_RE = rx(r"\b(?P<noun>[\w-]+)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_GROUP_NOUN_RE = rx(
    r"\b(?:of|among)\s+(?:the|those)\s+(?:(?:seriously|critically|badly|severely|gravely)\s+)?$",
    re.IGNORECASE,
)
_ONE_OF_THE_N_RE = rx(
    r"\b(?:one|two|three|\d{1,2})\s+of\s+(?:the|those)\s+(?:\d{1,3}|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve)\s+$",
    re.IGNORECASE,
)
_THEN_DIED_RE = rx(
    r"(?:\s+[a-z][\w-]*)?(?:\s*,\s+(?-i:[A-Z])[^,;()]{2,50}(?:\s*\(\d{1,3}\))?(?=\s*,))?"
    r"\s*,?\s+(?:(?:had|has|have|later|since|subsequently)\s+)*"
    r"(?:died|succumbed)\b",
    re.IGNORECASE,
)
_FORCES = frozenset(("soldiers", "fighters", "police", "militants"))
_ORDINAL_GAP_RE = rx(
    r"\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"(?:\s+(?:person|one|victim|man|woman|soldier|passenger|gendarme|policeman|officer|"
    r"guard|militant|attacker|terrorist|assailant))?(?:\s+(?:in|at|on|near|inside)\s+"
    r"[^,;:]{1,40}?|\s*,[^,;:]{1,50},|\s*,\s+(?:slightly|seriously|lightly|critically|badly)"
    r"(?=\s*$)|\s+who\s+(?:was|were|had\s+been)\s+(?:with|travell?ing\s+with|accompanying|"
    r"beside)\s+(?:them|him|her))?(?:\s+(?:was|is|has|had|been|remains|remained|also|"
    r"later|were|being|captured|arrested|detained|escaped|fled|seriously|slightly|lightly|"
    r"critically|badly|gravely|severely|moderately))*\s*",
    re.IGNORECASE,
)
"""'Two soldiers were killed and a third was wounded': one more person, of the same kind."""
_ORDINAL_OBJECT_RE = rx(
    r"\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:\s+(?:person|one|man|"
    r"woman|victim))?(?=\s*(?:[,.;:]|$|\s+(?:and|in|on|at|near|who|while|when|before|after)\b))",
    re.IGNORECASE,
)
_VIOLENT_AND_RE = rx(
    r"\b(?:shot|stabbed|abducted|kidnapped|tortured|captured|beaten|attacked|ambushed|"
    r"robbed|raped|seized|dragged|hit|struck|offloaded|blindfolded|handcuffed|separated|"
    r"(?:lined|tied|singled|pulled|taken|forced)\s+(?:up|out|off)(?:\s+(?:of\s+)?(?:(?:an?|the|"
    r"his|her|their)\s+)?[\w-]+)?)(?:\s+(?:by|in|off|from|"
    r"out\s+of)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?"
    r"[\w-]+(?:\s+(?:and|or)\s+[\w-]+|\s+[\w-]+)?)?\s+and(?:\s+(?:is|was|are|were|remains|remain))?\s*$",
    re.IGNORECASE,
)
"""'Three people were shot and killed': the first verb is part of how they died; so are
"offloaded", "lined up", "taken off the bus", "offloaded from buses and lorries", "pulled off
buses" before "and shot dead"."""
_FAMILY_OF_RE = rx(r"\s*(?:[\w-]+\s+)?family\s+of\s+(?P<n>\w)", re.IGNORECASE)
_PERFECT_RE = rx(
    r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+)?(?:killed|died)\b",
    re.IGNORECASE,
)
"""Perfect aspect: with a count in the thousands it is a war-long toll, even with no period."""
_AGE_RE = rx(r".*\b[A-Z][\w’'-]+,\s*\d{1,3},\s*$", re.DOTALL)
"""A name, then a number between commas: an age ("Jane Roe, 26, was killed"), never a count."""
_AGED_BEFORE_RE = rx(
    r"(?:\baged|\bages?(?:\s+of)?)\s+(?:between\s+|from\s+|about\s+|around\s+|roughly\s+)?"
    r"(?:\d{1,3}\s*(?:,\s*\d{1,3}\s*)*(?:,?\s*and|,|to|-|–)\s*)?$|\(\s*$",
    re.IGNORECASE,
)
_AGED_AFTER_RE = rx(
    r"\s*(?:years?|yrs?)?\s*(?:old\s*)?\)|\s+years?\s+old\b|\s+years?\s+of\s+age\b", re.I
)


_ROUGHLY = frozenset(("about", "around", "roughly", "approximately", "some"))
_PERSON_OF_ABOUT_RE = rx(
    r"\b(?:an?\s+)?(?:man|woman|boy|girl|person|resident|driver|soldier)\s+(?:of\s+)?$",
    re.IGNORECASE,
)


def _is_age(sentence: str, number: NumberPhrase) -> bool:
    """An age, not a count: "a woman aged 41", "aged between 15 and 70", "Ahmad (22 years)",
    "a man, 35 years old"."""
    if number.article or number.count > 120:
        return False
    if (
        number.number_start > number.start
        and sentence[number.start : number.number_start].strip().lower() in _ROUGHLY
        and _PERSON_OF_ABOUT_RE.search(sentence, max(0, number.start - 24), number.start)
    ):
        return True  # "a man around 60 was moderately injured": his age
    before = _AGED_BEFORE_RE.search(sentence, max(0, number.start - 40), number.start)
    if before is not None:
        if not before.group().startswith("("):
            return True
        return _AGED_AFTER_RE.match(sentence, number.end) is not None  # "(45)", "(22 years)"
    after = _AGED_AFTER_RE.match(sentence, number.end)
    if after is not None and not after.group().lstrip().startswith(")"):
        return True
    if sentence.startswith(",", number.end) and PERSON_BEFORE_AGE_RE.search(
        sentence, max(0, number.start - 40), number.start
    ):
        return True  # "among them a girl, 11, were killed"
    return (
        sentence.startswith(",", number.end)
        and _NAMED_AGE_AFTER_RE.match(sentence, number.end) is not None
        and _NAME_BEFORE_AGE_RE.search(sentence, max(0, number.start - 40), number.start)
        is not None
    )  # "Patrol Officer Yeison Palacios, 23, and Police Officer Andrés Rojas, 29, lost"


_NAME_BEFORE_AGE_RE = rx(
    r"(?-i:\b[A-Z][a-z’'-]+(?:\s+(?:[A-Z][a-z’'-]+|(?:bin|al|el|de|da|van)"
    r"(?:-[A-Z][a-z’'-]+)?))+),\s*$"
)
"""A person's name (two words or more) and a comma before a number: an age may follow."""
_NAMED_AGE_AFTER_RE = rx(r"\s*,\s*(?:and\b|(?:lost|were|was|died|embraced|sacrificed|had|have)\b)")
"""What closes an age given after a name in a sentence that goes on: ", and", ", lost"."""


_MAY_BE_DATED_RE = rx(
    r"\b(?:" + "|".join([*MONTHS, *(m[:3] for m in MONTHS), "sept"]) + r")\b|(?:19|20)\d\d",
    re.IGNORECASE,
)
"""What every date `background_period` takes has: a month, by name or its first three letters,
or a year. A sentence with neither is not read for one (that reading is the slow part)."""
_CAPTIVITY_RE = rx(
    r"\b(?:remains?|remaining|still|being|are|were)\s+(?:(?:held|kept)\s+)?"
    r"(?:in\s+captivity|captive|hostages?|held)\b"
    r"|\b(?:hostages|captives)[’']\s+bodies\s+(?:still\s+)?remain\b",
    re.IGNORECASE,
)
"""Hostages still held: the bodies among them are a count of captives, not of new deaths
("Twelve hostages' bodies remain in Gaza")."""
_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
"""A day of the week (in patterns read without case)."""
_RIVAL_RE = rx(
    r"(?:[,;]\s*|\b)(?:while|whereas|but|though|although)\s+(?:[\w’'-]+,?\s+){0,10}?(?:said|says|"
    r"say|put|puts|spoke\s+of|speaks\s+of|cited|"
    r"acknowledged|acknowledges|admitted|admits|claimed|claims|reported|reports|counted|gave|"
    r"estimated|told|insisted|insist|insists|maintained)\b|;\s*(?:[\w’'-]+\s+){0,3}?[A-Z][\w’'-]*:\s|"
    r";\s*(?:[\w’'.-]+\s+){0,10}?(?:[\w’'.-]+,\s+(?:(?:which|who)\s+[^;:]{1,80}?|"
    r"(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,4}),\s+)?"
    r"(?:said|says|say|acknowledged|admitted|confirmed|recorded|documented|registered|verified|"
    r"claimed|claims|reported|reports|put|puts|counted|gave|estimated|told)\b|;\s*(?:[\w’'()-]+,?\s+)"
    r"{0,12}?(?:put|puts|gave)\b|;\s*(?:other\s+)?"
    r"estimates\s+(?:from|by|of)\b|\(\s*(?:per|according\s+to)\b[^()]*\)\s*/|"
    r",\s+and\s+(?:[\w’'-]+\s+){0,4}?claimed\b|"
    r"\band\s+(?:[\w’'-]+\s+){1,5}?(?:put|puts|placed|gave)\s+(?:the|its|their)\b",
    re.IGNORECASE,
)
"""Between two figures of a sentence, another source's account ("..., while the army
acknowledged 8 dead", "; the militants claimed to have killed 15")."""
_STRUCK_BACK_AFTER_RE = rx(
    r"\b(?:counter-?attack\w*|repell?(?:ed|ing)|repuls\w*|returned\s+fire|return\s+fire|in\s+the\s+"
    r"response|fought\s+back|pushed\s+(?:them\s+)?back)\b",
    re.IGNORECASE,
)
_RIVAL_RECORDED_RE = rx(
    r"(?:[,;]\s*|\b)(?:while|whereas|but)\s+(?:(?!in\b|at\b|near\b|from\b)[\w’'-]+,?\s+){0,10}?"
    r"(?:documented|recorded|verified|registered|confirmed|spoke\s+of|speaks\s+of)\b",
    re.IGNORECASE,
)
"""Between two figures, "while Human Rights Watch documented": another account, unless the
second count names a place of its own ("while officials confirmed 2 deaths in Mykolaiv")."""
_PLACE_AFTER_RE = rx(
    r"[^.;,]{0,40}?\b(?:in|at|near)\s+(?:(?:neighbouring|neighboring|nearby|the\s+(?:town|city|"
    r"village|district)\s+of)\s+)?(?-i:[A-Z])"
)
_ANOTHER_COUNT_RE = rx(r"\b(?:another|a\s+further)\s+$", re.IGNORECASE)
"""Before a count of more dead: "another two children died"."""
_ADDED_RE = rx(
    r"\b(?:also|more(?!\s+than\b)|further|others|separately|separate|elsewhere|besides|plus|"
    r"meanwhile)\b|\b(?:other|another)\b"
    r"(?!\s+(?:[\w-]+\s+)?(?:sources?|officials?|witness(?:es)?|residents?|reports?|accounts?|"
    r"estimates?|figures?|media|outlets?|activists?|medics?|monitors?|groups?)\b)",
    re.IGNORECASE,
)
"""Words that make a second figure further dead, not another account of the same ones ("other
local sources said", "another local source reported" are another account)."""
_IN_THE_FIRST_RE = rx(
    r"\W*(?:(?:In|During)\s+the|The)\s+first\s+(?:[\w-]+\s+)?(?:operation|attack|strike|raid|"
    r"incident|engagement|clash|ambush|case|encounter|blast|explosion|bomb|device)\b",
    re.IGNORECASE,
)
_IN_THE_NEXT_RE = rx(
    r"\W*(?:In|During)\s+the\s+(?:second|third|fourth|other|latter)\b(?:\s+(?:[\w-]+\s+)?"
    r"(?:operation|attack|strike|raid|incident|engagement|clash|ambush|case|encounter)\b)?"
    r"|\W*The\s+(?:second|third|fourth)(?:\s+(?:[\w-]+\s+)?(?:operation|attack|strike|raid|"
    r"incident|engagement|clash|ambush|encounter|blast|explosion|bomb|device)\b|\s*,)",
    re.IGNORECASE,
)
"""Incidents told by their order ("In the first operation, ... In the second, ..."): the
second's dead are not another account of the first's."""
_PARTY_SAYS_RE = rx(
    r"\b(?:says|said|claims|claimed)\s+(?:that\s+)?(?:it|they|its|their)\b", re.IGNORECASE
)
"""A source claiming its own side's kills ("the army says it killed 8 militants") is a party
to the fighting, whatever kind its name alone suggests."""

# Patterns read whole sentences, tried only where their first words begin (same matches).
_BOMBER = Gate(_BOMBER_RE)
_CAPTIVITY = Gate(_CAPTIVITY_RE)
_IT_KILLED = Gate(_IT_KILLED_RE)
_MAY_BE_DATED = Gate(_MAY_BE_DATED_RE)
_PARTY_SAYS = Gate(_PARTY_SAYS_RE)
_PERFECT = Gate(_PERFECT_RE)


def find_figures(
    text: str, *, published: datetime | None = None, words: Sequence[str] | None = None
) -> tuple[Figure, ...]:
    """Every casualty figure in `text`, in text order; `part_of` indexes this tuple. `words`,
    the text's lower-cased words when the caller has them, let a text with no casualty word
    be passed over at once."""
    if words is not None and not might_mention_words(words):
        return ()
    stems = casualty_stems(text)
    if not stems:
        return ()
    if text.startswith("(") and (note := _EDITORS_NOTE_RE.match(text)) is not None:
        text = " " * note.end() + text[note.end() :]  # "(Corrects death toll to eight, not
        # nine, in first paragraph)": the desk's note on the story, no figure of its own
    published = reference_date(text, published)
    figures: list[Figure] = []
    wholes: list[NumberPhrase | None] = []
    phrases: list[NumberPhrase] = []
    text_verdict: dict[str, bool] = {}  # by the text read: "whole", "first" or "apart N"
    rules_out: dict[str, bool] = {}
    verdicts: tuple[str | None, list[int]] | None = None
    explained: dict[str, bool] = {}  # a sentence says what a deed was part of
    crime_text: dict[str, bool] = {}  # the text tells a criminal case
    last: int | None = None  # the latest figure that is not itself a part
    last_hurt: NumberPhrase | None = None  # the latest injured figure's number
    hurt_alone = False  # the sentence before told the wounded only
    hurt_more = False  # the latest wounded were "N more", of whom the first were not counted
    hurt_by_head: dict[str, NumberPhrase] = {}  # on a live page, each place's latest wounded
    further: list[int] = []  # figures told as "N more": further dead, when no toll is updated
    more: list[int] = []  # "N more" after an earlier sentence's dead
    sentences = split_sentences(text)
    for offset, sentence in sentences:
        elliptic = last is not None and figures[last].sentence.endswith(";")
        mentioned = mentions(sentence, stems) or ("victims" in sentence and ":" in sentence)
        # "... named the victims of Friday's missile strike: Iryna Polishchuk, 54; ..."
        coded = _CODED_OPEN_RE.match(sentence) is not None
        if not mentioned and not elliptic and not coded:
            continue
        pending = _sentence_figures(sentence) if mentioned else []
        if coded and not any(p.kind == "killed" for p in pending):
            pending += _coded_totals(sentence, pending)  # "Coded 18.", "Coded 3 / 7"
        if offset and "includ" in sentence and not any(p.victims == "militants" for p in pending):
            pending += _bombers_told_before(sentence, text[:offset])
        if offset and not pending and _THE_ATTACKERS_DEAD_RE.match(sentence):
            pending = _attackers_told_before(sentence, text[:offset])
        if not pending and "following" in sentence and ": " in sentence:
            pending = _following_names(sentence)  # "The following were killed: SLP A, SLP B
            # and SLP C"
        if sentence.endswith((" 1.", " 1)")) and _NUMBERED_HEAD_RE.match(sentence):
            pending = _numbered_list(sentence, text, offset) or pending  # "MARTYRED: 1. SI A
            # (SHO) 2. ASI B 3. Constable C": the line's items, not its first number
        if not pending and sentence.endswith(("\n1.", "\n1)", ":")):
            pending = _numbered_list(sentence, text, offset)  # "The following jawans attained
            # martyrdom:\n1. HC A\n2. Constable B": one dead a numbered line
        if pending and "lost" in sentence and (" or wounded" in text or " and wounded" in text):
            pending = [p for p in pending if not _losses_of_both(text, sentence, p)]
        if (
            pending
            and ("lost" in sentence or "eliminat" in sentence or "liquidat" in sentence)
            and _DAILY_LOSSES_RE.search(sentence)
        ):
            pending = [p for p in pending if not _a_days_losses(sentence, p)]
        head = _line_head(sentence)
        hurt_here = (
            hurt_by_head.get(head, last_hurt) if head and last_hurt is not None else last_hurt
        )
        if hurt_here is not None and hurt_here.count == 1 and mentioned:
            _the_wounded_one_died(sentence, pending, hurt_here, text[:offset])  # "He died of"
        if pending and ("alive" in sentence or " in hospital" in sentence):
            pending = _found_alive(sentence, pending)
        lined = False
        if not pending and elliptic and last is not None:
            pending = _elliptic_line(sentence, figures[last])  # "8 killed in X; 5 in Y"
            lined = bool(pending)
        if ", " in sentence and (pending or _ANY_AGE_RE.search(sentence) is not None):
            aged = aged_object_list(sentence)
            if aged:  # "killed Dr Hussam Abu Daqqa, 49, his wife Noor, 38, and their children
                # Yahya, 12, Rakan, 9, and Sila, 6": the list's members, not its first names
                a, b = aged[0].start, aged[0].end
                inside = [p for p in pending if p.kind == "killed" and p.start < b and p.end > a]
                if sum(p.number.count for p in inside) < aged[0].number.count:
                    pending = [p for p in pending if p not in inside] + aged
        if pending and "were" in sentence and not any(f.kind == "killed" for f in figures):
            roll = listed_dead(sentence)
            if roll and roll[0].kind == "killed":
                a, b = roll[0].start, roll[0].end
                inside = [p for p in pending if p.kind == "killed" and p.start < b and p.end > a]
                if (
                    inside
                    and len(inside) == sum(p.kind == "killed" for p in pending)
                    and sum(p.number.count for p in inside) < roll[0].number.count
                ):  # "those killed in the attack were A, 70, a priest; B, 34, a deacon; and
                    # C, 28": the list's members, not its first name alone
                    pending = [p for p in pending if p not in inside] + roll
        listed = colon_list(sentence) if last is not None else []
        if listed and not any(
            f.kind == listed[0].kind
            and (listed[0].victims == "people" or may_be_same_dead(f.victims, listed[0].victims))
            for f in figures
        ):
            # "Wounded, according to the hospital: passers-by Ali Saad, 23; ...": after the
            # dead, the first of their kind, no part of the dead; soldiers listed after the
            # militants killed ("... embraced shahadat:\n- Captain A\n- Naik B") are another side
            pending = listed + [p for p in pending if p.kind != listed[0].kind]
        elif last is not None and (
            not pending
            or (
                all(p.kind == "injured" for p in pending)
                and among_kind(sentence) == "killed"
                and figures[last].kind == "killed"
            )
        ):  # "the dead included nine children and eight women, and dozens more were wounded":
            # the parts, and the wounded told beside them
            beside = pending
            among = among_kind(sentence)
            whole: int | None = last
            if among is not None and among != figures[last].kind:
                # "Among the injured were two children" after "Earlier, he had reported three
                # dead": parts of the injured told before
                whole = next(
                    (j for j in range(len(figures) - 1, -1, -1) if figures[j].kind == among),
                    None,
                )
            if whole is not None:
                pending = parts_of_previous(sentence, figures[whole].kind, phrases[whole])
                pending += [p for p in beside if not any(q.number is p.number for q in pending)]
        elif not any(p.kind == "killed" for p in pending) and not any(
            f.kind == "killed" for f in figures
        ):  # "Among those killed were a mother and ...", "...; six others were hurt"
            pending = listed_dead(sentence) + pending
        if not pending:
            if last is not None and _TOLL_INCLUDES_RE.match(sentence):
                _inside_the_toll(sentence, pending, figures, wholes, phrases)  # "The toll
                # includes the bomber, police said": no figure of its own, the bomber's inside
            continue
        if last is not None and _TOLL_INCLUDES_RE.match(sentence):
            _inside_the_toll(sentence, pending, figures, wholes, phrases)
        dead = next(
            (
                i
                for i in range(len(figures) - 1, -1, -1)
                if figures[i].kind == "killed" and wholes[i] is None
            ),
            None,
        )
        if dead is not None:
            for p in pending:  # "The army named two of the dead as operatives": of those dead
                if (
                    p.whole is None
                    and p.kind == "killed"
                    and (
                        _OF_THE_DEAD_RE.match(sentence, p.number.end)
                        or _AMONG_THE_DEAD_RE.search(
                            sentence, max(0, p.keyword_start - 20), p.keyword_end
                        )
                        or (
                            p.active
                            and _OF_THEM_RE.match(sentence, p.number.end)
                            and not _GROUP_WORD_RE.search(sentence, 0, p.number.start)
                        )  # "In Baalbek, a strike killed 6 of them": of the day's dead
                    )
                    and p.number.count < figures[dead].count
                ):
                    p.whole = phrases[dead]  # "Hezbollah said eight of its fighters were
                    # among the dead"
        if last_hurt is not None:
            _conditions_of_earlier(sentence, pending, last_hurt)
        hurt_before = last_hurt
        last_hurt = _died_of_wounds(sentence, pending, last_hurt, hurt_alone, hurt_more)
        if last_hurt is not None and last_hurt is not hurt_before:
            hurt_more = _N_MORE_RE.match(sentence, last_hurt.end) is not None
        if last_hurt is not None and last_hurt is not hurt_before and head:
            hurt_by_head[head] = last_hurt  # "07:50 Mykolaiv: one worker injured"
        hurt_alone = all(p.kind == "injured" for p in pending)  # "them" of the next sentence
        toll = any(p.toll for p in pending)
        perfect = _PERFECT.search(sentence) is not None
        update = is_update(sentence)
        conflict = sentence_conflict(sentence)
        if conflict is not False and _EXECUTED_RE.search(sentence):
            after = next((s for o, s in sentences if o > offset), "")
            if _THEY_HAD_BEEN_SENTENCED_RE.match(after):
                conflict = False  # "The junta executed four activists. They had been
                # sentenced to death by a military tribunal": executions by a court
        if verdicts is None:
            verdicts = _verdict_texts(text, sentences)
        # the text whose word on the cause this sentence takes: not that of a sentence that
        # opens on another incident ("Same day, in León, a man shot dead his brother-in-law
        # during an argument over an inheritance"), unless it is that sentence
        first, starts = verdicts
        at = bisect_left(starts, offset)
        if first is not None and at < len(starts) and starts[at] == offset:
            key = f"apart {offset}"  # its own incident's cause
            cause_text = _apart_text(text, offset, starts)
        elif first is not None:
            key, cause_text = "first", first
        else:
            key, cause_text = "whole", text
        if conflict and key not in rules_out:
            rules_out[key] = rules_out_conflict(
                cause_text
            )  # once per text, when a sentence is conflict
        overruled = False  # the text's word on the cause outweighs the sentence's clauses
        if conflict and rules_out[key]:
            conflict = False  # "... ruled out the involvement of any armed group"
            overruled = True
        if conflict and key not in explained:
            explained[key] = explains_a_deed(cause_text)  # once per text
        if conflict and explained[key] and explained_as_crime(sentence, cause_text):
            conflict = False  # "... said the shooting was part of a feud between crime families"
            overruled = True
        if conflict and key not in crime_text:
            crime_text[key] = criminal_case(cause_text)  # once per text
        if conflict and crime_text[key] and a_criminals_deed(sentence):
            conflict = False  # "suspected armed robbers attacked a shop ... The shop owner was
            overruled = True  # shot dead": the robbers' shooting
        if (
            conflict is False
            and "collapsed" in sentence
            and collapse_in_an_attack(sentence, cause_text)
        ):
            conflict = None
        if conflict is False and " fire" in sentence and fire_in_an_attack(sentence, cause_text):
            conflict = None  # "... five people were injured and a 9-storey building caught
            # fire" after "Russian drones attacked Kharkiv overnight": the attack's fire
        if (
            conflict is not False
            and figures
            and not any(f.conflict for f in figures)
            and not names_an_act(sentence)
            and (
                update
                or elliptic
                or (
                    all(p.victims == "people" for p in pending)
                    and not opens_on_another_incident(sentence)
                )
            )
        ):
            conflict = False  # "Earthquake death toll rises to 1,644 ... Death toll climbs to
            # 3,471; 4,671 injured": the update of a toll that is no conflict's is none either,
            # nor "The military regime said 226 people had died nationwide" after the floods
        if conflict is None:
            if key not in text_verdict:
                text_verdict[key] = text_conflict(cause_text)  # once per text: it reads all of it
            conflict = text_verdict[key]
        periods = period_matches(sentence)
        earlier = {
            id(p)
            for p in pending
            if _told_earlier(sentence, p, pending) or (offset and _RECAP_RE.match(sentence))
        }  # "20:00 Recap: yesterday's shelling of Karari killed 9": told before, on the page
        rivals = _rival_accounts(sentence, [p for p in pending if id(p) not in earlier])
        clauses = (
            _clause_verdicts(sentence, cause_text)
            if not overruled
            and (_CAUSE_BREAK_RE.search(sentence) or _WHICH_ASIDE_RE.search(sentence))
            else None
        )
        for item in pending:
            period, period_start, past = read_period(
                sentence,
                published,
                item.start,
                item.end,
                _own_periods(sentence, item, pending, periods),
            )
            if id(item) in earlier:
                past, period = True, period or "an earlier report"  # kept when stored
            elif _WANTED_FOR_RE.search(sentence, max(0, item.start - 60), item.number.start):
                past, period = True, period or "an earlier report"  # "a terrorist wanted in
                # the killing of two policemen was killed": the two are his past deed
            elif past and "funeral" in sentence.lower() and _funeral_dead(sentence, item.start):
                period = "an earlier report"  # "the funerals of 11 killed in last week's shelling"
            if not past:
                period, past = _told_as_background(
                    sentence, item.start, item.end, item.number.count, period, past
                )

                if period == _SAME_PERIOD:  # the period of the toll told before
                    before = [m.group() for m in periods if m.end() <= item.start]
                    told = next((f for f in reversed(figures) if f.period), None)
                    if before:
                        period = before[-1]
                    elif told is not None:
                        period, past = told.period, told.past
                    else:  # "... since the war erupted in April 2023. ... attacks in that
                        # period, which killed more than 1,200 people": a long period told before
                        period = _long_period_before(text, offset)
            if period is None and item.kind == "injured" and figures:
                # "the strike, which killed 61, including seven children, and injured 121"
                told = next(
                    (
                        figures[j]
                        for j in reversed(range(len(figures)))
                        if figures[j].sentence == sentence and wholes[j] is None
                    ),
                    None,
                )
                if (
                    told is not None
                    and told.past
                    and _PAST_MATE_RE.fullmatch(sentence, told.span[1] - offset, item.start)
                ):
                    past, period = True, told.period
            source, source_kind = source_of(sentence, item.start, item.end)
            cumulative = toll or past or is_cumulative(sentence, period)
            perpetrator = (
                perpetrator_before(sentence, item.keyword_start)
                if item.active
                else perpetrator_after(sentence, item.keyword_end)
            )
            if _IT_KILLED.search(sentence) and _PARTY_SAYS.search(sentence) and source:
                perpetrator, source_kind = source, "party"
            count = item.number.count
            if _EACH_SIDE_RE.match(sentence, item.number.end):
                count *= 2  # "Three people from each side were killed": six
            ordinal = (
                _ORDINAL_DEAD_RE.match(sentence, item.number.end) if item.number.article else None
            )
            if (
                ordinal is not None
                and item.kind == "killed"
                and not any(f.kind == "killed" for f in figures)
            ):
                count = _ORDINALS[ordinal["ord"].lower()]  # "a second soldier dies": two dead
            figures.append(
                Figure(
                    kind=item.kind,
                    count=count,
                    low=max(item.number.low, count),
                    high=item.number.high,
                    qualifier=item.number.qualifier,
                    victims=_ranks_of(sentence, item, source),
                    sentence=sentence,
                    span=(offset + item.start, offset + item.end),
                    cumulative=cumulative or (perfect and item.number.count >= LONG_RUN_MIN),
                    update=update,
                    period=period,
                    period_start=period_start,
                    source=source,
                    source_kind=source_kind,
                    perpetrator=perpetrator,
                    conflict=_clause_conflict(clauses, item.start, conflict)
                    and not (item.active and _natural_subject(sentence, item.keyword_start)),
                    past=past,
                    rival=id(item) in rivals,
                    vague=item.number.vague,
                    added=(
                        "separately" in sentence
                        and period is None
                        and " same " not in sentence  # "separately said 13 were killed in
                        # the same strikes": another account
                        and _SEPARATELY_SAID_RE.search(sentence, 0, item.number.start) is not None
                    )
                    or (
                        "also" in sentence
                        and (
                            _ALSO_BEFORE_RE.search(
                                sentence, max(0, item.keyword_start - 16), item.keyword_start
                            )
                            is not None
                            or _ALSO_TREATED_RE.search(
                                sentence, max(0, item.number.start - 24), item.number.start
                            )
                            is not None
                        )
                    )
                    or (
                        (" too" in sentence or "as well" in sentence)
                        and _TOO_AFTER_RE.match(sentence, item.keyword_end) is not None
                        and any(f.kind == item.kind and f.sentence != sentence for f in figures)
                        and _SAID_RE.search(sentence) is None
                    )  # "His driver was killed too"; not "The mayor said three were killed too"
                    or (
                        _ANOTHER_HOSPITAL_RE.match(sentence) is not None
                        and any(f.kind == item.kind and f.sentence != sentence for f in figures)
                    )  # "Another hospital, in Kyeshero, said it had received six bodies"
                    or (
                        _IN_THE_NEXT_RE.match(sentence) is not None
                        and any(
                            f.kind == item.kind
                            and f.sentence != sentence
                            and _IN_THE_FIRST_RE.match(f.sentence)
                            for f in figures
                        )
                    )  # "In the first operation, ... six terrorists were sent to hell. In the
                    # second, ..., three were neutralised": another incident's dead
                    or (
                        "addition" in sentence
                        and _IN_ADDITION_RE.search(sentence, 0, item.start) is not None
                        and _adds_to_earlier(figures, item.kind, item.number.count, sentence)
                    )  # "... later said that in addition a civilian farmer was killed"
                    or (
                        item.number.article
                        and (ordinal := _ORDINAL_ONE_RE.match(sentence, item.number.start))
                        is not None
                        and any(f.kind == item.kind for f in figures)
                        and not any(
                            f.kind == item.kind
                            and f.count == _ORDINALS.get(ordinal.group().split()[-1].lower())
                            for f in figures
                        )  # "killed at least four people ... pulled a fourth body from the
                        # rubble": the toll's fourth, no fifth
                    )  # "Two civilians were killed ... A third man killed in the strike"
                    or (
                        item.kind == "killed"
                        and _OF_THE_TAKEN_RE.match(sentence, item.number.end) is not None
                        and any(f.kind == "killed" and f.sentence != sentence for f in figures)
                    )  # "killing six civilians and abducting a dozen others. Two of the
                    # abducted were later found dead": the abducted were not among the dead
                    or (
                        item.number.article
                        and _another_one(sentence, item.number.start)
                        and not is_update(sentence)
                        and any(f.kind == item.kind and f.sentence != sentence for f in figures)
                    )  # "two women injured ... 18:05 - A second man was killed and another
                    # woman wounded": one more
                    or (
                        not item.number.article
                        and _ANOTHER_COUNT_RE.search(
                            sentence, max(0, item.number.start - 12), item.number.start
                        )
                        is not None
                        and not is_update(sentence)
                        and any(f.kind == item.kind and f.sentence != sentence for f in figures)
                    )  # "Yesterday, another two children died in an attack on a water point in
                    # Dilling": more dead
                    or (
                        _OTHER_PEOPLE_RE.match(sentence, item.number.end) is not None
                        and any(f.kind == item.kind and f.sentence != sentence for f in figures)
                        and not any(f.sentence == sentence for f in figures)
                    )  # "... wounding six. Earlier, artillery fire wounded three other people"
                    or (
                        "also" in sentence
                        and _ALSO_STRUCK_RE.search(sentence, 0, item.start) is not None
                        and any(f.kind == item.kind and f.sentence != sentence for f in figures)
                        and not any(f.sentence == sentence for f in figures)
                    )  # "Turkish drones also struck a civilian convoy ..., killing two"
                    or (
                        "also" in sentence
                        and _ALSO_REPORTED_RE.search(sentence, 0, item.start) is not None
                        and any(f.kind == item.kind and f.sentence != sentence for f in figures)
                        and not any(f.sentence == sentence for f in figures)
                        and _SAME_DEED_RE.search(sentence) is None
                        and _new_place_after(text, offset, sentence, item.end)
                    )  # "Hospitals also reported 9 people killed ... near Rafah"; not "also
                    # reported the strike, saying 9 were killed", "... in the blast"
                    or (
                        _apart_opener(sentence)
                        and any(f.kind == item.kind and f.sentence != sentence for f in figures)
                        and not any(f.sentence == sentence and not f.added for f in figures)
                        and _not_the_headlines(figures, item.kind, item.number.count)
                        and not item.toll
                    ),  # "Hours later, in neighbouring Narathiwat, insurgents shot dead a headman"
                    day=incident_day(sentence, item.number.start)
                    if " on " in sentence or "On " in sentence
                    else _clause_day(text, offset),
                    party=_party(sentence, item.number, source)
                    if item.kind == "killed" and source and not item.number.article
                    else None,  # read only where two sources' accounts are weighed
                )
            )
            wholes.append(item.whole)
            phrases.append(item.number)
            if _N_MORE_RE.match(sentence, item.number.end):
                if any(f.sentence == sentence and f.kind == item.kind for f in figures[:-1]):
                    further.append(len(figures) - 1)  # "beheaded five, ... two more bodies"
                elif any(f.sentence == sentence and f.kind != item.kind for f in figures[:-1]):
                    pass  # "Four soldiers died and seven more were left wounded": more people
                else:
                    more.append(len(figures) - 1)  # weighed once all figures are read
            if lined:
                figures[-1] = replace(figures[-1], added=True)  # a further line of the list
            if item.whole is None and (last is None or figures[-1].span > figures[last].span):
                last = len(figures) - 1
    if len(figures) > 1 and any(f.past for f in figures):
        figures = _past_mates(text, figures)
    if published is not None and any(f.period is None for f in figures):
        figures = _dated_elsewhere(sentences, figures, published)
    for i in more:
        if _more_after_earlier(figures, wholes, i, further):
            further.append(i)
    if further:
        updates = [f.sentence for f in figures if f.update]
        further = [  # no toll updated, or another place's dead ("Over the same two days,
            i  # shelling of El Fasher city killed 11 more civilians" after the camp's toll)
            for i in further
            if not updates or _new_place(figures[i].sentence, updates)
        ]
        figures = [replace(f, added=True) if i in further else f for i, f in enumerate(figures)]
    if " ago" in text and "bodies" in text:
        figures = _bodies_of_long_ago(sentences, figures)
    if len(figures) > 1:
        figures = _ranked_apposition_sides(text, _bare_counts_of_a_list(text, figures))
        if "one of the" in text:
            figures = _one_of_the_dead_told_again(text, figures)
    if "succumb" in text or " died" in text:
        figures = _the_one_wounded_died_there(text, figures)
    if len(figures) > 1 and (included := _BOMBER_IN_TOLL_RE.search(text)):
        figures = _lone_bomber_in_the_toll(figures, included)
    if figures and "denied" in text and _DENIED_RE.search(text):
        figures = _claims_set_aside(figures, text)
    if len(figures) > 1 and "estimate" in text:
        figures = _low_estimate_counts(text, figures)
    if figures and RETRACTED_RE.search(text):
        figures = _retracted(text, figures)
    if figures and ("no " in text or "none " in text or "without " in text):
        figures = _no_losses(text, figures)
    if len(figures) > 1 and ("nobody" in text or "no one" in text):
        figures = _claims_no_one_died(text, figures)
    if len(figures) > 1 and _LOWER_KEPT_RE.search(text):
        figures = _lower_kept(figures, wholes)
    if len(figures) > 1 and "not coded" in text and _CLAIM_NOT_CODED_RE.search(text):
        figures = _claims_set_aside(figures, text)  # "Coder note: militant claim not coded"
    if len(figures) > 1 and ("claim" in text or "saying it had" in text or " killed" in text):
        figures = _claims_beside_own_count(text, figures)
    if figures and ("claim" in text or " its " in text or " it " in text or " they " in text):
        figures = _unconfirmed_claims(text, figures)  # "JNIM claimed to have killed 100 soldiers"
    if figures and " that " in text and (false := _FALSE_REPORT_RE.search(text)):
        figures = [  # "Reports on social media that dozens of police officers were killed in
            # Petion-Ville are false, the police said": no one's count
            replace(f, rival=True) if false.start() <= f.span[0] < false.end() else f
            for f in figures
        ]
    if figures and "claim" in text and _CLAIM_DISMISSED_RE.search(text):
        figures = _claims_set_aside(figures, text)  # "JNIM's claims of 100 killed are propaganda"
    if figures and "call" in text:
        for called in _CALLED_CLAIM_RE.finditer(text):
            figures = _claims_of_set_aside(figures, called, text)  # "called the NPA claim
            # 'fake news'"
    if len(figures) > 1 and "we " in text:
        figures = _corrected(text, figures)
    if len(figures) > 1 and ("revis" in text or "lower" in text or "correct" in text):
        figures = _revised_in_its_sentence(text, figures)
    if len(figures) > 1 and ("arlier" in text or "reviously" in text):
        figures = _said_earlier(text, figures)
    if figures and "separate" in text:
        figures = _coded_apart(text, sentences, figures)
    if any(f.kind == "injured" and f.period == _EARLIER_REPORT for f in figures):
        figures = _earlier_hurt_unreplaced(figures)
    linked = _link_parts(figures, wholes, phrases)
    if len(linked) > 1 and "casualties" in text:
        linked = _casualties_and_their_dead(text, linked)
    if len(linked) > 1 and "our " in text:
        linked = _ours_against_militants(text, linked)
    return linked


_EARLIER_REPORT = "an earlier report"


def _earlier_hurt_unreplaced(figures: list[Figure]) -> list[Figure]:
    """ "initially said 14 people were killed ... and 27 wounded. On Monday it revised the toll
    to 17 dead": the wounded an earlier report counted, which no later count of the wounded
    replaces, are still the wounded (less those who died, `extract.totals`)."""
    if any(f.kind == "injured" and not f.past for f in figures):
        return figures  # a later count of the wounded
    before = sum(f.count for f in figures if f.kind == "killed" and f.period == _EARLIER_REPORT)
    now = max((f.count for f in figures if f.kind == "killed" and not f.past), default=0)
    return [
        replace(f, past=False, cumulative=False, period=None)
        if f.kind == "injured" and f.period == _EARLIER_REPORT and now - before < f.count
        else f  # not "had earlier reported one dead and one injured" beside two killed now
        for f in figures
    ]


_APART_PLACE_RE = rx(
    r"\b(?:killings?|deaths?|attacks?|strikes?|massacre|ambush|bombing|clashes|violence|"
    r"events?|incidents?)\s+(?:in|at|near|on)\s+(?P<place>(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*))"
    r"[^.;]{0,40}?\s+(?:is|are|was|were)\s+(?:coded|recorded|counted)\s+"
    r"(?:separately|apart|as\s+(?:a\s+)?separate)(?!\s+(?:by|at|in)\b)",
    re.IGNORECASE,
)
"""An event note's line that the dead of a place are another event's: "The killings in
Jiribam are recorded as a separate event"."""


def _coded_apart(
    text: str, sentences: list[tuple[int, str]], figures: list[Figure]
) -> list[Figure]:
    """Figures of a place whose dead the note says are coded as a separate event are past: the
    place named just after the figure, before the next figure of its sentence ("the bodies of 6
    women abducted from a camp in Jiribam"; not "Militants from Jiribam killed 4 in Moreh")."""
    told = {f.sentence for f in figures}
    places = [
        m["place"]
        for _offset, sentence in sentences
        if sentence not in told
        for m in _APART_PLACE_RE.finditer(sentence)
    ]
    if not places:
        return figures
    named = re.compile(
        r"\b(?:in|at|near)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:"
        + "|".join(re.escape(p) for p in places)
        + r")\b"
    )
    out = []
    for k, f in enumerate(figures):
        start = _sentence_start(text, f)
        end = min(
            [g.span[0] for g in figures[k + 1 :] if g.span[0] >= f.span[1]]
            + [f.span[1] + 90, start + len(f.sentence) if start >= 0 else len(text)]
        )
        if not f.past and named.search(text, f.span[1], end):
            f = replace(f, past=True, cumulative=True, period="a separate event")
        out.append(f)
    return out


def _inside_the_toll(
    sentence: str,
    pending: list[Pending],
    figures: list[Figure],
    wholes: list[NumberPhrase | None],
    phrases: list[NumberPhrase],
) -> None:
    """'At least 32 were killed when a bomber blew himself up ... The toll includes the bomber
    and four attackers shot dead': the sentence's figures, and the attackers' own dead told
    before it, are parts of the largest toll of their kind in the sentence before."""
    kind = pending[0].kind if pending else "killed"
    told = [i for i, f in enumerate(figures) if f.kind == kind and wholes[i] is None]
    if not told:
        return
    latest = figures[told[-1]].sentence
    toll = max((i for i in told if figures[i].sentence == latest), key=lambda i: figures[i].count)
    if not pending and figures[toll].victims == "militants":
        toll = max(told, key=lambda i: figures[i].count)  # the bomber's own line came last
    for p in pending:
        if p.whole is None and p.kind == kind:
            p.whole = phrases[toll]
    if _ATTACKER_WORD_RE.search(sentence):
        for i in told:
            if i != toll and figures[i].victims == "militants" and figures[i].count == 1:
                wholes[i] = phrases[toll]  # "the bomber blew himself up": inside the toll


_WOUNDED_RETURNED_RE = rx(
    r"\bamong\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:returned|released|freed|exchanged|repatriated|"
    r"swapped)\s+(?:were|was)\b|\b(?:swap|exchange)\s+(?:included|includes)\b",
    re.IGNORECASE,
)
_ATTACKER_WORD_RE = rx(r"\b(?:bombers?|attackers?|assailants?|gunm[ae]n)\b", re.I)
_BODIES_RETURNED_RE = rx(
    r"\b(?:repatriat\w+|exhum\w+|handed\s+over|hand\s+over|exchanged(?!\s+fire)|"
    r"exchange\s+of(?!\s+(?:heavy\s+|intense\s+|gun)?fire)|in\s+return|"
    r"in\s+exchange\s+for|(?:received|receives|receiving)\s+(?:the\s+)?bodies\s+of\s+[\w,]+\s+of\s+"
    r"(?:its|their)\b|(?:received|receives|receiving|returned|returns|returning)\s+(?:the\s+)?bodies\s+"
    r"of\s+[\d,]+\s+(?:[\w-]+\s+)?(?:servicem[ae]n|soldiers|troops|fighters|military\s+personnel|"
    r"defenders|POWs|prisoners)|(?:received|receives|receiving|returned|returns|returning)\s+"
    r"(?:the\s+)?bodies\s+of\s+[\d,]+\s+[^.;]{0,40}?\b(?:servicem[ae]n|soldiers)\s+killed\b|"
    r"prisoners?\s+of\s+war|(?:prisoner|body|bodies|POW)\s+(?:exchange|swap)s?|swapped|"
    r"bodies\s+(?:had\s+been\s+|were\s+|was\s+)?(?:registered|counted|recorded|listed)\s+twice|"
    r"double[\s-]counted|(?-i:Russia|Ukraine|Kyiv|Moscow|Armenia|Azerbaijan|Baku|Yerevan)\s+"
    r"(?:received|receives|got|handed\s+over|returned)\s+(?:the\s+)?[\d,]+\s+(?:[\w-]+\s+)?bodies|"
    r"the\s+(?:Russian|Ukrainian|other)\s+side\s+(?:received|got|handed\s+over|returned)\s+"
    r"(?:the\s+)?[\d,]+\s+(?:[\w-]+\s+)?bodies)\b",
    re.I,
)
_BODY_EXCHANGE_RE = rx(
    r"\b(?:body|bodies|prisoners?|POWs?)\s+(?:exchanges?|swaps?)\b|\b(?:receiv|return)"
    r"\w*\s+(?:the\s+)?bodies\s+of\s+[\d,]+\s+of\s+(?:its|their)\b|\bin\s+exchange\s+for\b|\bswapped\b",
    re.I,
)
"""An exchange of the dead between sides ("receiving the bodies of 909 of its soldiers"), not
bodies handed to families or dead of an exchange of fire."""
_SERVING_WITH_RE = rx(
    r"\s+(?:(?:serving|working|deployed|stationed)\s+(?:with|in|for|at|on)\s+(?:the\s+|a\s+|an\s+)?"
    r"|(?:with|carrying)\s+an?\s+(?:standing\s+|outstanding\s+|pending\s+)?(?:arrest\s+)?warrant\s+"
    r"(?:for|of|on)\s+)(?:[\w’'-]+\s+){0,5}?[\w’'-]+\s*$",
    re.IGNORECASE,
)
"""Where one victim served, or the warrant out for him, between the noun and the verb: "A
Kenyan police officer serving with the multinational mission died", "An Abu Sayyaf sub-leader
with a standing warrant for kidnapping was killed"."""
_TO_THE_OTHER_SIDE_RE = rx(
    r"\bin\s+return\b|\b(?:handed\s+over|transferred|returned)\s+to\s+(?:the\s+)?(?:Russia|"
    r"Ukraine|Israel|Hamas|Armenia|Azerbaijan|Russian|Ukrainian|Israeli|other)\b",
    re.IGNORECASE,
)
"""Besides `_BODY_EXCHANGE_RE`, the dead handed to the other side ("In return, the bodies of 41
servicemen ... were handed over to Russia"); not bodies repatriated to a home state or handed to
families."""
_KILLED_LONG_BEFORE_RE = rx(
    r"\b(?:killed|died)\s+(?:in\s+(?:[\w’'-]+\s+){1,4}?)?(?:before\s+the\s+(?:ceasefire|truce)|"
    r"(?:weeks|months|years)\s+(?:ago|earlier|before)|earlier\s+in\s+the\s+war)\b",
    re.IGNORECASE,
)
"""Bodies of people "killed in strikes before the ceasefire" or "killed months ago": old dead."""
_BODIES_OF_COUNT_RE = rx(r"\bbodies\s+of\s+(?:some\s+|about\s+|nearly\s+)?[\d,]+\b", re.I)
_THE_BODIES_OF_RE = rx(r"\bbodies\s+of\s+(?:the\s+|some\s+|about\s+|nearly\s+)?$", re.I)


def _bodies_exchanged(sentence: str, number: NumberPhrase) -> bool:
    """`number` counts "the bodies of" dead one side hands the other: no new deaths."""
    return (
        _THE_BODIES_OF_RE.search(sentence, max(0, number.start - 24), number.start) is not None
        and (_BODY_EXCHANGE_RE.search(sentence) or _TO_THE_OTHER_SIDE_RE.search(sentence))
        is not None
    )


_DURATION_AFTER_RE = rx(
    r"\s+(?:consecutive\s+|straight\s+)?(?:days?|hours?|weeks?|months?|years?|nights?)\b(?!-old|\s+old)",
    re.IGNORECASE,
)
"""A number that counts days or hours ("over three days"), never people."""
_ABOARD_AFTER_RE = rx(
    r"\s+(?:passengers|travell?ers|commuters|pilgrims|people\s+(?:on\s+board|aboard))\b",
    re.IGNORECASE,
)
_CARRYING_BEFORE_RE = rx(
    r"\b(?:carrying|transporting|ferrying)\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|"
    r"more\s+than\s+|over\s+|up\s+to\s+)?$",
    re.IGNORECASE,
)


def _is_aboard(sentence: str, n: NumberPhrase) -> bool:
    """ "The Jaffar Express, carrying about 350 passengers, continued to Sibi, where the injured
    were treated": how many a train or bus carried, never its dead or hurt."""
    return (
        _ABOARD_AFTER_RE.match(sentence, n.end) is not None
        and _CARRYING_BEFORE_RE.search(sentence, max(0, n.start - 40), n.start) is not None
    )


_AMONG_THE_DEAD_RE = rx(
    r"\b(?:were|was)\s+among\s+(?:the|those)\s+(?:dead|killed|victims)\b", re.IGNORECASE
)
_OF_THE_DEAD_RE = rx(
    r"\s+of\s+(?:the|those)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
    r"(?:dead|killed|victims)\b",
    re.IGNORECASE,
)
_TOLL_INCLUDES_RE = rx(
    r"\s*(?:(?-i:[A-Z])[\w’'-]*(?:\s+[\w’'-]+){0,3}?\s+(?:said|says|added|confirmed)\s+(?:that\s+)?)?"
    r"(?:the|this|that)\s+(?:death\s+)?(?:toll|figure|number|count|tally|dead)\s+"
    r"(?:also\s+)?(?:includes?|included|comprises?)\b",
    re.IGNORECASE,
)
"""A sentence that says what the toll before it holds: its figures are parts of that toll."""
_DENIED_RE = rx(
    r"\bdenied\s+(?:that\s+)?(?:any|suffering\s+any|the|its|their)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:were\s+|had\s+been\s+)?(?:killed|casualties|losses|deaths|dead)\b",
    re.IGNORECASE,
)
_ATTACKERS_AT_RE = rx(
    r"\s+(?:of\s+(?:the\s+|their\s+)?)?(?:[\w-]+\s+)?(?:attackers?|assailants?|gunm[ae]n|bombers?|"
    r"raiders?)\b",
    re.IGNORECASE,
)
_CLAIM_NOT_CODED_RE = rx(r"\bclaims?\s+(?:is\s+|was\s+|were\s+)?not\s+coded\b", re.I)
_CODER_TOTAL_RE = rx(r"\s*(?:fatalities|coded)\b", re.IGNORECASE)
"""A coder's line of the note's total ("Fatalities: 8 (Fano claim not coded).")."""
_LOWER_KEPT_RE = rx(
    r"\b(?:lower|lowest|conservative|minimum)\s+(?:figure|estimate|toll|count|number)\s+"
    r"(?:is\s+|was\s+)?(?:retained|kept|used|coded|taken|applied)\b|\bconservative\s+figure\b",
    re.IGNORECASE,
)
"""A coder's note that two accounts of the same dead were given and the lower one kept."""


def _lower_kept(figures: list[Figure], wholes: list[NumberPhrase | None]) -> list[Figure]:
    """'Taliban spokesman: 46 killed. Pakistani sources: 20 militants killed. Coder: two accounts
    of the same dead; lower figure retained': the largest account of the dead is the higher."""
    dead = [i for i, f in enumerate(figures) if f.kind == "killed" and wholes[i] is None]
    if len(dead) < 2:
        return figures
    top = max(dead, key=lambda i: (figures[i].count, -i))
    out = list(figures)
    out[top] = replace(figures[top], rival=True)
    return out


_CLAIMED_RE = rx(r"\bclaim(?:ed|s)?\b", re.IGNORECASE)
_PARTY_CLAIM_RE = rx(
    r"\b(?:claimed|claims|claiming)\s+(?:to\s+have\s+killed|it\s+had\s+killed|that\s+its\s+"
    r"(?:fighters|forces|men)\s+(?:had\s+)?killed|responsibility,?\s+saying\s+it\s+had\s+killed|"
    r"[\d,]+|(?:more\s+than|over|at\s+least|some)\s+[\d,]+)|\bsaying\s+it\s+had\s+killed\b|"
    r"\bsaid\s+(?:that\s+)?(?:its|their)\s+(?:forces|fighters|men)\s+(?:had\s+)?killed\b",
    re.IGNORECASE,
)
"""A side's claim of the other side's dead: "the BLA claimed 30 soldiers killed", "claimed
responsibility, saying it had killed 'more than 30' soldiers"."""
_STATE = frozenset(("soldiers", "police"))


def _claims_beside_own_count(text: str, figures: list[Figure]) -> list[Figure]:
    """A side's claim of soldiers it killed, told near a smaller count of those soldiers by
    another source ("ISPR reported 6 soldiers killed ...; the BLA claimed 30 soldiers killed",
    "killing seven soldiers, military officials said ... Al-Shabaab ... saying it had killed
    'more than 30' soldiers"): the higher of two accounts of the same dead; the lower counts."""
    out = list(figures)
    for i, claim in enumerate(figures):
        if claim.kind != "killed" or claim.victims not in _STATE or claim.source is None:
            continue
        at = claim.sentence.find(text[claim.span[0] : claim.span[1]])
        if at < 0 or not any(
            m.start() <= at <= m.end() + 24 for m in _PARTY_CLAIM_RE.finditer(claim.sentence)
        ):
            continue  # the claim's words must be this count's
        if any(
            other.kind == "killed"
            and other.victims in _STATE
            and other.count < claim.count
            and other.source != claim.source  # or told with no source: "Five soldiers were
            # martyred" after "the army said", beside the Houthis' "dozens of mercenaries"
            and not other.past
            and abs(other.span[0] - claim.span[0]) < 400
            for other in figures
        ):
            out[i] = replace(claim, rival=True)
    return out


_ANNOUNCED_DEATH_RE = rx(
    r"\b(?:announced|announces|announcing|confirmed|confirms|named)\s+the\s+death\b", re.I
)
_CLAIM_WORD_RE = rx(
    r"\b(?:claimed|claims|claiming)\b|\bclaim\s+that\b|"
    r"\b(?:said|says)\s+(?:[\w,]+\s+){0,5}?(?:that\s+)?(?:its|their)\s+"
    r"(?:forces|fighters|men|mujahidin|mujahideen|combatants|units)\b|\bsaying\s+it\s+had\s+killed\b|"
    r"\b(?:said|says)\s+(?:[\w,]+\s+){0,5}?(?:that\s+)?(?:it|they)\s+(?:had\s+)?(?:ambushed|attacked|"
    r"raided|struck|killed|overran|overrun)\b",
    re.IGNORECASE,
)


_CODED_AS_TOLD_RE = rx(
    r"\bcoded\s+(?:with|as)\b|\bfatalities\s*(?::|reported\s+as)|\bcoded\s+as\s+reported\b",
    re.IGNORECASE,
)
_DEED_CLAIMED_RE = rx(
    r"\b(?:in\s+which|that\s+killed|which\s+killed|responsibility\s+for)\b|[;:]", re.IGNORECASE
)


_VOICES = (
    r"said|says|denied|denying|told|which|but|while|whereas|acknowledged|admitted|confirmed|"
    r"reported"
)
_ANOTHER_VOICE_RE = rx(rf"\b(?:{_VOICES})\b", re.I)
"""Another speaker between a claim's verb and a count ("the group claimed ..., while the army
acknowledged four soldiers killed"); not the claimant's own "saying"."""
_OTHER_VOICE_RE = rx(rf"\b(?:{_VOICES}|saying)\b", re.I)
"""Another speaker, or the claimant's "saying", between a claim's dead and its wounded."""


def _state_named(text: str, claim: Figure) -> bool:
    """The claim's dead are a state's men: its party or the words right after its count name a
    government or state force ("'more than 20 Taliban'")."""
    after = re.split(r"[.;!?\n]", text[claim.span[1] : claim.span[1] + 30], maxsplit=1)[0]
    return any(
        a.kind in ("government", "state force")
        and any(
            (claim.party and claim.sentence[b:e].lower() == claim.party)
            or claim.sentence[b:e] in after
            for b, e in a.spans
        )
        for a in find_actors(claim.sentence)
    )


_GROUP_NAME_RE = rx(
    r"(?-i:[A-Z])[\w’'-]+\s+(?:Defen[cs]e\s+Force|Liberation\s+(?:Army|Front|Movement)|"
    r"Resistance\s+(?:Front|Forces?|Army)|Revolutionary\s+(?:Army|Front)|National\s+(?:Army|Front))$"
)
"""The name of a local armed group the actor list does not know ("Yaw Defence Force"); state
forces of the same shape ("Israel Defense Forces") are in the list."""


_OWN_LOSS_RE = rx(r"\b(?:losing|lost|loses|lose)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_OF_OWN_RE = rx(r"\s+of\s+(?:its|their|our)\s+own\b", re.IGNORECASE)
_OF_ITS_MEN_RE = rx(
    r"\s+of\s+(?:its|their|our)\s+(?:[\w-]+\s+)?(?:fighters|members|men|cadres|militants|"
    r"combatants|mujahideen|mujahidin|soldiers|troops|commanders|operatives)\b",
    re.IGNORECASE,
)


_ITS_OWN_RE = rx(r"\b(?:lost|losing|loses|loss\s+of)\s|\bof\s+(?:its|their|our)\s", re.IGNORECASE)


def _own_loss(text: str, figure: Figure) -> bool:
    """A claimant's own dead told beside its claim ("lost two of its own fighters", "four of
    its fighters died", "acknowledged the loss of seven")."""
    return (
        _ITS_OWN_RE.search(text, figure.span[0], figure.span[1] + 12) is not None
        or _OWN_LOSS_RE.search(text, max(0, figure.span[0] - 24), figure.span[0]) is not None
    )


_LOSSES_ADMITTED_RE = rx(
    r"(?<!\bno\s)(?<!\bnot\s)(?<!\bnever\s)\b(?:acknowledg|admitt?|conced)(?:ed|es|ing|s)?\s+"
    r"(?:that\s+it\s+had\s+suffered\s+|"
    r"suffering\s+)?['‘\"“]?(?:heavy|significant|serious|major|considerable)?\s*(?:losses|casualties)\b",
    re.IGNORECASE,
)
"""The other side owning up to losses it gives no figure of ("the army acknowledged
'significant losses'", "Wagner acknowledged 'casualties'", "admitted heavy losses"): the claim
is borne out, and counts."""


def _armed_group(name: str) -> bool:
    """The first actor `name` names is an armed group ("Fano militia forces attacked the ENDF
    camp and claimed ...": Fano's claim)."""
    named = [
        (b, a.kind)
        for a in find_actors(name)
        for b, _ in a.spans or ((0, 0),)
        if not name.endswith(("anti-", "pro-", "Anti-", "Pro-"), 0, b)
    ]  # not "the anti-Taliban National Resistance Front"
    return bool(named) and min(named)[1] == "armed group"


_BARE_COUNT_RE = rx(
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:others?\s+)?"
    r"(?:were|was|had\s+been)\b",
    re.IGNORECASE,
)
_LIST_JOIN_RE = rx(r"[^.;:]{0,100}?(?:,\s*(?:and\s+|while\s+)?|\s+while\s+)$")


def _bare_counts_of_a_list(text: str, figures: list[Figure]) -> list[Figure]:
    """ "one attacker blew himself up, five were shot dead by security forces": a bare count
    after a list's first member is of that member's side."""
    out = list(figures)
    for k in range(1, len(figures)):
        before, figure = out[k - 1], figures[k]
        if (
            figure.victims == "people"
            and before.victims in ("militants", "fighters", "soldiers", "police")
            and figure.sentence == before.sentence
            and before.span[1] <= figure.span[0]
            and _BARE_COUNT_RE.match(text, figure.span[0]) is not None
            and _LIST_JOIN_RE.fullmatch(text, before.span[1], figure.span[0]) is not None
            and not _TOLD_APART_ATTACKER_RE.match(text, before.span[0])
        ):  # not "... were killed besides the bomber, and 12 were wounded": the victims' hurt
            out[k] = replace(figure, victims=before.victims)
    return out


def _ranked_apposition_sides(text: str, figures: list[Figure]) -> list[Figure]:
    """ "One CTD official, ASI Tariq Mehmood, got injured": the rank in the apposition tells
    the one person's side."""
    out = list(figures)
    for k, figure in enumerate(figures):
        if figure.victims == "people" and figure.count == 1 and ", " in figure.sentence:
            named = _RANKED_APPOSITION_RE.search(text, figure.span[0], figure.span[1])
            side = rank_side(named["name"]) if named is not None else None
            if side is not None:
                out[k] = replace(figure, victims=side)
    return out


_DIED_THERE_RE = rx(
    r"[^.;]{0,160}?\b(?:where|and)\s+(?:he|she)\s+(?:later\s+|subsequently\s+|had\s+)?"
    r"(?:succumbed|died)\b",
    re.IGNORECASE,
)


def _the_one_wounded_died_there(text: str, figures: list[Figure]) -> list[Figure]:
    """ "Sepoy A sustained injuries and was evacuated to the base hospital, where he later
    succumbed": the one wounded is one dead."""
    out = list(figures)
    for k, figure in enumerate(figures):
        if (
            figure.kind == "injured"
            and figure.count == 1
            and _DIED_THERE_RE.match(text, figure.span[1]) is not None
            and sum(f.sentence == figure.sentence for f in figures) == 1
        ):
            out[k] = replace(figure, kind="killed")
    return out


def _casualties_and_their_dead(text: str, figures: tuple[Figure, ...]) -> tuple[Figure, ...]:
    """ "The hospital received 60 casualties, 12 of them dead": the casualties are the dead and
    the wounded, so the twelve are the dead and the other 48 the wounded (not 60 dead)."""
    out = list(figures)
    for k, whole in enumerate(figures):
        if whole.kind != "killed" or not _CASUALTIES_RE.search(text, *whole.span):
            continue
        dead = [
            i
            for i, f in enumerate(figures)
            if f.part_of == k and f.kind == "killed" and f.sentence == whole.sentence
        ]
        told = sum(figures[i].count for i in dead)
        if not dead or told >= whole.count:
            continue
        hurt = whole.count - told
        out[k] = replace(whole, kind="injured", count=hurt, low=hurt, high=None)
        for i in dead:
            out[i] = replace(figures[i], part_of=None)
    return tuple(out)


def _ours_against_militants(text: str, figures: tuple[Figure, ...]) -> tuple[Figure, ...]:
    """A communiqué's "Eight of our fighters fell in the field of honour" beside the "47
    terrorists" it neutralised: the speaker's own forces, the other side from the militants,
    so never an account or a part of their dead."""
    if not any(f.victims == "militants" for f in figures):
        return figures
    return tuple(
        replace(f, victims="soldiers")
        if f.victims in ("fighters", "people")
        and _OF_OURS_RE.search(text, max(0, f.span[0]), min(len(text), f.span[1] + 40))
        else f
        for f in figures
    )


_OF_OURS_RE = rx(
    r"\b(?:of\s+)?our\s+(?:own\s+)?(?:[\w-]+\s+)?(?:fighters|men|soldiers|comrades|forces|"
    r"elements|troops|ranks)\b",
    re.IGNORECASE,
)


_CASUALTIES_RE = rx(r"\bcasualties\b", re.IGNORECASE)


def _one_of_the_dead_told_again(text: str, figures: list[Figure]) -> list[Figure]:
    """ "Hezbollah mourned one of the dead, A, as a fighter 'martyred on the road to
    Jerusalem'": the one of the dead told again as who he was, no one more."""
    return [
        f
        for f in figures
        if not (
            f.count == 1
            and _AS_A_BEFORE_RE.search(text, max(0, f.span[0] - 4), f.span[0]) is not None
            and any(
                g is not f
                and g.sentence == f.sentence
                and g.count == 1
                and g.span < f.span
                and _ONE_OF_THE_DEAD_RE.match(text, g.span[0]) is not None
                for g in figures
            )
        )
    ]


_AS_A_BEFORE_RE = rx(r"\bas\s+$", re.IGNORECASE)
_ONE_OF_THE_DEAD_RE = rx(r"one\s+of\s+the\s+(?:dead|killed|victims|slain)\b", re.IGNORECASE)
_RANKED_APPOSITION_RE = rx(r",\s+(?P<name>(?-i:[A-Z])[\w/.-]*\s+(?-i:[A-Z])[\w’'-]+[^,]{0,40}),")


_DOUBTED_RE = rx(
    r"\bno\s+evidence\b|\boffered\s+no\b|\b(?:could|can)\s+not\s+be\s+(?:independently\s+)?"
    r"(?:verified|confirmed)\b|\bunverified\b|\bpropaganda\b|\bdismissed\b|\bdenied\b|"
    r"\b(?:was|were|is|are|been)\s+not\s+(?:independently\s+)?(?:corroborated|confirmed|verified)\b|"
    r"\buncorroborated\b",
    re.IGNORECASE,
)
"""Words that doubt a claim: "a figure for which it offered no evidence", "dismissed as
propaganda", "could not be independently verified"."""
_UNVERIFIED_RE = rx(
    r"\b(?:figures?|claims?|tolls?|numbers?|counts?|it)\s+(?:that\s+|which\s+)?(?:could|can)\s+not\s+"
    r"be\s+(?:independently\s+)?(?:verified|confirmed)\b",
    re.IGNORECASE,
)
"""A sentence that says its figure or claim "could not be verified": a claim of a state's men
killed that it doubts, a state's claim as much as an armed group's."""
_DOUBTED_SAID_RE = rx(r"\b(?:said|says|announced|stated)\b(?=[^.;:]*$)", re.IGNORECASE)
"""A plain "said" before the enemy's dead, a claim where the text doubts it."""
_EXECUTED_RE = rx(r"\b(?:executed|hanged)\b", re.IGNORECASE)
_THEY_HAD_BEEN_SENTENCED_RE = rx(
    r"\W*(?:They|He|She|All|The\s+(?:men|women|four|three|two|five|activists|prisoners))\s+"
    r"(?:had\s+)?(?:been\s+|were\s+|was\s+)?(?:all\s+)?(?:sentenced\s+to\s+death|convicted|"
    r"condemned\s+to\s+death)\b"
)
"""The next sentence says the executed had been sentenced by a court."""


def _unconfirmed_claims(text: str, figures: list[Figure]) -> list[Figure]:
    """An armed group's claim of the state forces it killed ("JNIM claimed to have killed more
    than 100 soldiers", "Fano ... claimed to have killed 'hundreds' of soldiers; the federal
    army did not comment", "The NRF said its fighters killed 'more than 20 Taliban'") is set
    aside unless another source of the text counts as many of those dead: told alone it is
    unconfirmed, beside a lower count the higher account (`extract.totals` names which); so is
    the rest of the claim ("47 FAMa soldiers and 84 Wagner fighters") and a group's claim of the
    hostages it executed. Its own dead told beside it count; and the claim counts where the
    other side owns up to losses ("Wagner acknowledged 'casualties'"). A state's count of the
    enemy it killed is an official figure and counts."""
    if _CODED_AS_TOLD_RE.search(text):
        return figures  # "Coded with 100 fatalities based on the claim": the note's choice
    out = list(figures)
    for i, claim in enumerate(figures):
        if claim.kind != "killed" or claim.part_of is not None or claim.rival:
            continue
        if claim.victims == "prisoners" and not _DOUBTED_RE.search(text):
            continue  # "JNIM released a video claiming it had executed three hostages": told
            # with no doubt, the hostages' dead count
        unverified = claim.victims in _STATE and _UNVERIFIED_RE.search(claim.sentence) is not None
        if claim.victims not in (*_STATE, "prisoners") and not _state_named(text, claim):
            continue  # "said its fighters killed 'more than 20 Taliban'": the state's men; and
            # the hostages a group says it executed ("claimed it had executed 214 hostages")
        at = claim.sentence.find(text[claim.span[0] : claim.span[1]])
        if at < 0:
            continue
        claims = [  # "said on Tuesday it had killed more than 80": the claim's verb is the figure's
            m
            for m in _CLAIM_WORD_RE.finditer(claim.sentence, max(0, at - 160), at + 20)
            if m.start() <= at
        ]
        said = claims[-1] if claims else None
        if said is None and _DOUBTED_RE.search(text):  # "The Arakan Army said that more than
            # 100 junta soldiers had been killed. The claim could not be independently verified"
            said = _DOUBTED_SAID_RE.search(claim.sentence, max(0, at - 120), at)
        if (
            said is None
            or said.start() > at
            or _DEED_CLAIMED_RE.search(claim.sentence, said.end(), at)
            or _ANOTHER_VOICE_RE.search(claim.sentence, said.end(), at)
        ):
            continue  # "JNIM claimed an attack in which 17 soldiers were killed": the deed's
            # dead, told as fact; "claims car bomb ...; officials say 8 soldiers killed"; "the
            # group claimed ..., while the army acknowledged four soldiers killed"
        claimant = claim.source if claim.source and find_actors(claim.source) else None
        if not (
            unverified  # "killed 'up to 1,350 Ukrainian servicemen', a figure that could not be
            # verified": a count of a state's men its sentence doubts, whoever claims it
            or _armed_group(claimant or claim.sentence[: said.start()])
            or (claimant is None and claim.source and _GROUP_NAME_RE.search(claim.source))
        ):
            continue  # "The al Qaeda-linked group JNIM said ...": the group the text names; "The
            # Yaw Defence Force said ...": a name no list knows, of an armed group's kind
        if (
            _OWN_LOSS_RE.search(claim.sentence, max(0, at - 24), at)
            or _OF_OWN_RE.match(text, claim.span[1])
            or _OF_OWN_RE.search(text, claim.span[0], claim.span[1])
            or _OF_ITS_MEN_RE.search(text, claim.span[0], claim.span[1])
        ):
            continue  # "..., losing two soldiers", "two of their own", "four of its fighters
            # were killed in Israeli strikes": its own dead
        if confirmed(figures, claim) or _LOSSES_ADMITTED_RE.search(text):
            continue  # another source counts as many; "Wagner acknowledged 'casualties'"
        out[i] = replace(claim, rival=True)
        for k, hurt in enumerate(figures):  # "NRF claimed 4 Taliban killed, 3 wounded", "47
            # FAMa soldiers and 84 Wagner fighters were killed": the rest of the claim too
            if (
                (hurt.kind == "injured" or (k > i and not _own_loss(text, hurt)))
                and hurt.sentence == claim.sentence
                and hurt.source == claim.source
                and 0 < hurt.span[0] - claim.span[1] <= 40
                and not _OTHER_VOICE_RE.search(text, claim.span[1], hurt.span[0])
            ):
                out[k] = replace(hurt, rival=True)
    return out


_FALSE_REPORT_RE = rx(
    r"\b(?:reports?|rumou?rs?|claims?|posts?|videos?)\s+(?:on\s+social\s+media\s+|circulating\s+"
    r"(?:[\w-]+\s+){0,3}?|online\s+)?that\s+[^.;]{0,160}?\s+(?:are|is|were|was)\s+(?:false|untrue|"
    r"baseless|unfounded|fake|fabricated)\b",
    re.IGNORECASE,
)
_DISMISSING = (
    r"\b(?:dismiss|reject|deny)(?:ing|ed|es|s)?\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,2}?claims?\s+"
    r"(?:to\s+have|that|of)\b"
)
"""Words that dismiss another side's claim: "dismissing the rebels' claim to have killed 32
soldiers as 'propaganda'"."""
_CLAIM_DISMISSED_RE = rx(
    rf"{_DISMISSING}|"
    r"\bclaims?\b[^.;]{0,120}\b(?:(?:is|are|was|were)\s+(?:a\s+|pure\s+|mere\s+|simply\s+|just\s+)?"
    r"(?:propaganda|false|baseless|unfounded|fabricated|lies|untrue|exaggerated|hoax|fake)|(?:dismissed|"
    r"rejected|denied)\s+(?:as\s+)?(?:propaganda|false|baseless|lies|fabrications?))\b|"
    r"\bcall(?:ed|s|ing)\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,2}?(?:claims?|figures?|tolls?)\s+"
    r"['‘\"“]?(?:a\s+|pure\s+)?(?:fake\s+news|propaganda|false|baseless|fabricated|lies|a\s+lie|hoax|"
    r"untrue|exaggerated)\b|"
    r"\b(?:dismissed|rejected|denied)\s+as\s+['‘\"“]?(?:[\w-]+\s+)?(?:propaganda|false|baseless|lies|"
    r"fabrications?|untrue)['’\"”]?\s+(?:a|the)\s+(?:[\w’'-]+\s+)?claims?\b|"
    r",\s+(?:a\s+)?(?:figure|claim|toll|number)\s+(?:that\s+|which\s+)?(?:the\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:rejected|denied|dismissed|disputed)\b|"
    r"\b(?:none|neither)\s+of\s+the\s+(?:[\w’'-]+\s+)?claims\s+(?:could|can|has|have|had)\s+"
    r"(?:been\s+|be\s+)?(?:independently\s+)?(?:verified|confirmed)\b",
    re.IGNORECASE,
)
"""A claim the text calls propaganda or false ("JNIM's claims of more than 100 soldiers killed
are pure propaganda"): the higher of two accounts, and the lower counts."""


_CALLED_CLAIM_RE = rx(
    r"\bcall(?:ed|s|ing)\s+(?:the\s+)?(?P<whose>(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,3})"
    r"(?:[’']s)?\s+(?:claims?|figures?|tolls?)\s+['‘\"“]?(?:a\s+|pure\s+)?(?:fake\s+news|propaganda|false|"
    r"baseless|fabricated|lies|a\s+lie|hoax|untrue|exaggerated)\b",
    re.IGNORECASE,
)
"""A side calling a named party's claim false: "called the NPA claim 'fake news'"."""


def _claims_of_set_aside(figures: list[Figure], called: re.Match[str], text: str) -> list[Figure]:
    """The dead a party's claim counts, set aside when another calls that claim false: the
    figures the named party ("NPA", the New People's Army) is the source of, else those of
    other sentences told by any source but the caller (whose figures share its sentence)."""
    key = called["whose"].lower()

    def named(f: Figure) -> bool:
        source = f.source or ""
        return bool(source) and (key in source.lower() or key == source_initials(source))

    said = called.group()
    callers = {f.source for f in figures if said in f.sentence}
    if any(f.kind == "killed" and named(f) for f in figures):
        chosen = [named(f) for f in figures]
    elif not callers:
        return figures  # who calls it false is not told: no claim to set aside
    else:
        chosen = [
            f.source is not None and f.source not in callers and said not in f.sentence
            for f in figures
        ]
    return [
        replace(f, rival=True) if f.kind == "killed" and pick else f
        for f, pick in zip(figures, chosen, strict=True)
    ]


def _losses_of_both(text: str, sentence: str, p: Pending) -> bool:
    """A side's losses whose count the text tells as dead and wounded together ("Russia lost
    1,090 troops in past day / ... lost 1,090 troops killed or wounded"): no count of the dead."""
    written = sentence[p.number.start : p.number.end]
    if p.kind != "killed" or not any(c.isdigit() for c in written):
        return False
    return any(
        _DEAD_AND_WOUNDED_RE.match(text, m.end())
        for m in re.finditer(rf"(?<![\d,]){re.escape(written)}(?![\d,])", text)
    )


_BOMBER_IN_TOLL_RE = rx(
    r"\b(?:toll|tally|figure|count|number|dead)\s+(?:of\s+[\d,]+\s+)?(?:includes?|included)\s+"
    r"(?:the\s+)?(?:(?P<n>two|three|four|both|[2-9])\s+)?(?:suicide\s+)?(?:bomber|attacker|"
    r"assailant)s?\b|\b(?:suicide\s+)?(?:bomber|attacker|"
    r"assailant)\s+(?:among\s+them|included|was\s+the\s+only\s+(?:one|person|fatality|casualty))\b"
    r"|\bincluding\s+(?:the\s+)?(?:suicide\s+)?(?:bomber|attacker|assailant)\b",
    re.IGNORECASE,
)
"""The text's toll has the bomber in it: "The toll includes the bomber", "the bomber among
them", "10 dead including attacker", "The attacker was the only person killed"."""


def _lone_bomber_in_the_toll(figures: list[Figure], included: re.Match[str]) -> list[Figure]:
    """ "Bomber blows himself up at mosque / Nine people were killed. The toll includes the
    bomber": the bomber a sentence tells alone is one of the toll another sentence gives. So
    are bombers told with the toll ("Two suicide bombers blew themselves up ..., killing nine
    people", then "The toll includes the two bombers"): of the nine."""
    out = list(figures)
    for i, f in enumerate(figures):
        if (
            f.kind != "killed"
            or f.victims != "militants"
            or f.part_of is not None
            or not SELF_DETONATION_RE.search(f.sentence)
        ):
            continue
        if included.group() not in f.sentence and (included["n"] is not None or f.count == 1):
            told = [
                j
                for j, g in enumerate(figures)
                if g is not f
                and g.kind == "killed"
                and g.sentence == f.sentence
                and g.part_of is None
                and g.count > f.count
            ]  # "At least seven people were killed ... when a suicide bomber blew himself up
            # ... the dead included the bomber and two soldiers": of the seven
            if told:
                out[i] = replace(f, part_of=told[0])
                continue
            if included["n"] is not None:
                continue
        if f.count != 1 or any(
            g.kind == "killed" and g.sentence == f.sentence for g in figures if g is not f
        ):
            continue
        tolls = [
            j
            for j, g in enumerate(figures)
            if g.kind == "killed" and g.sentence != f.sentence and g.part_of is None
        ]
        if tolls:
            out[i] = replace(f, part_of=max(tolls, key=lambda j: (figures[j].count, -j)))
    return out


def _claims_set_aside(figures: list[Figure], text: str) -> list[Figure]:
    """A claim the other side denies ("The NRF claimed to have killed five Taliban fighters.
    Taliban officials denied that any of their men were killed"), or one a coder's note says
    was not coded: the higher of two accounts, and the lower (none) counts. The note itself
    is no claim ("Fatalities: 8 (Fano claim not coded)."), nor is the count the dismissing
    side gives after its word ("said the claim was propaganda: one soldier was wounded and two
    NPA rebels were killed")."""
    return [
        replace(f, rival=True)
        if f.kind == "killed"
        and _CLAIMED_RE.search(f.sentence)
        and not _CODER_TOTAL_RE.match(f.sentence)
        and not _after_the_dismissal(f, text)
        and not _before_the_dismissal(f, text)
        and not _claim_in_a_later_clause(f, text)
        else f
        for f in figures
    ]


def _claim_in_a_later_clause(figure: Figure, text: str) -> bool:
    """The sentence's claim comes only after a semicolon that follows the figure: "Two soldiers
    killed in Papua ambush; rebels claim five" sets aside the five, not the two."""
    start = _sentence_start(text, figure)
    if start < 0:
        return False
    cut = figure.sentence.find(";", figure.span[1] - start)
    return (
        cut >= 0
        and _CLAIMED_RE.search(figure.sentence, 0, cut) is None
        and _CLAIMED_RE.search(figure.sentence, cut) is not None
    )


def _before_the_dismissal(figure: Figure, text: str) -> bool:
    """The figure is the dismissing side's own, told before its words that dismiss the other's
    claim ("said two soldiers were killed ..., dismissing the rebels' claim to have killed 32
    soldiers as 'propaganda'": the two count)."""
    start = _sentence_start(text, figure)
    dismissed = _DISMISSING_RE.search(figure.sentence)
    return start >= 0 and dismissed is not None and figure.span[1] <= start + dismissed.start()


_DISMISSING_RE = rx(_DISMISSING, re.IGNORECASE)


def _after_the_dismissal(figure: Figure, text: str) -> bool:
    """The figure comes after its sentence's words that call a claim propaganda, and a colon
    that opens the dismissing side's own count."""
    start = _sentence_start(text, figure)
    dismissed = _CLAIM_DISMISSED_RE.search(figure.sentence)
    return (
        start >= 0
        and dismissed is not None
        and start + dismissed.end() <= figure.span[0]
        and ":" in text[start + dismissed.end() : figure.span[0]]
    )  # not "rejected as 'baseless propaganda' a claim ... that five soldiers were killed"


def _retracted(text: str, figures: list[Figure]) -> list[Figure]:
    """The dead of a report its source took back ("Al-Manar retracted a report that 12 Israeli
    soldiers had been killed", "the army withdrew a statement ... which claimed that 1,000
    fighters had been killed") are no one's count."""
    out = []
    for f in figures:
        said = RETRACTED_RE.search(f.sentence)
        at = f.sentence.find(text[f.span[0] : f.span[1]])
        taken = (
            said is not None
            and said.end() <= at
            and _REPORTED_IN_RE.fullmatch(f.sentence, said.end(), at) is not None
        )  # not "Hours later it corrected the announcement: three soldiers were killed"
        out.append(replace(f, rival=True) if taken else f)
    # the report taken back, told as news before ("Local media say at least 10 dead. ...
    # CORRECTION: We earlier cited local media reporting 10 dead")
    taken_back = {
        (f.kind, f.count, f.source, f.sentence)
        for f, g in zip(out, figures, strict=True)
        if f.rival and not g.rival
    }  # of the same source: "The army said 12 ... Al-Manar retracted a report that 12 ..."
    for i, f in enumerate(out):
        if any(
            (f.kind, f.count, f.source) == (kind, count, source) and f.sentence != sentence
            for kind, count, source, sentence in taken_back
        ):
            out[i] = replace(f, rival=True)
    return out


_REPORTED_IN_RE = rx(
    r"[^:;]*\b(?:that|which|claiming|saying|stating|reporting|citing|quoting)\b[^:;]*|\s*"
)


_LOW_ESTIMATE_RE = rx(r"\blow(?:est)?\s+(?:and\s+best\s+)?(?:fatality\s+)?estimate", re.IGNORECASE)
_HIGHER_ESTIMATE_RE = rx(r"\b(?:best|high|highest|upper)\s+(?:fatality\s+)?estimate", re.IGNORECASE)


def _low_estimate_counts(text: str, figures: list[Figure]) -> list[Figure]:
    """A conflict-data note's estimates ("The low estimate, 59, follows the police; the best
    estimate of 100 follows Amnesty; the high estimate of 200 follows local leaders"): the low
    one counts, as with two accounts of the same dead."""
    if not _LOW_ESTIMATE_RE.search(text):
        return figures
    return [
        replace(f, rival=True) if _HIGHER_ESTIMATE_RE.search(text, *f.span) else f for f in figures
    ]


_NO_LOSSES_RE = rx(
    r"\b(?:no|none\s+of\s+(?:its|their|the)|not\s+a\s+single)\s+(?:[\w-]+\s+)?(?P<who>soldiers?|"
    r"troops|servicem[ae]n|personnel|fighters|militants|policem[ae]n|civilians)\s+(?:were|was|"
    r"had\s+been|have\s+been|has\s+been)\s+(?:killed|hurt|harmed|injured|wounded|lost|among\s+the\s+(?:dead|"
    r"killed|victims))\b",
    re.IGNORECASE,
)
"""A side's word that it lost no one: "no soldiers were killed or hurt", "no soldier was lost",
"none of its fighters were among the dead"."""
_NO_LOSSES_AMONG_RE = rx(
    r"\b(?:without|with\s+no|suffered\s+no|sustained\s+no)\s+(?:any\s+)?(?:casualties|losses|"
    r"deaths)\s+(?:among|in|to)\s+(?:its|their|our)\s+(?:own\s+)?(?P<who>forces|troops|soldiers|"
    r"personnel|fighters)\b",
    re.IGNORECASE,
)
"""The same word as an aside: "it had 'repulsed an attack' without casualties among its
forces"."""


def _no_losses(text: str, figures: list[Figure]) -> list[Figure]:
    """Another party's claim of the dead of a side that says it lost no one ("The TTP claimed it
    had killed 16 soldiers. The ISPR said that no soldiers were killed") is set aside: the
    lower account, none, counts."""
    for match in chain(_NO_LOSSES_RE.finditer(text), _NO_LOSSES_AMONG_RE.finditer(text)):
        said = match["who"].lower()
        who = classify_victims(["soldiers" if said == "forces" else said])
        aside = match.re is _NO_LOSSES_AMONG_RE  # may follow the claim in its sentence
        start = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
        ends = [e for e in (text.find(".", match.end()), text.find("\n", match.end())) if e >= 0]
        speaker = text[start : match.start()]
        if not countries_named(speaker):  # "It said no soldier was lost on the Armenian side"
            speaker = text[match.end() : min(ends) if ends else len(text)]
        figures = [
            replace(f, rival=True)
            if f.kind == "killed"
            and who is not None
            and may_be_same_dead(f.victims, who)
            and f.victims != "people"
            and (match.group() not in f.sentence or (aside and f.span[1] < match.start()))
            and not _of_another_side(f, speaker)
            else f
            for f in figures
        ]
    return figures


def _of_another_side(figure: Figure, speaker: str) -> bool:
    """The figure's dead are named as another side's than the one that says it lost no one
    ("Armenia says two Azerbaijani soldiers killed" beside "Armenia's defence ministry said no
    soldiers were lost"): the speaker's own claim of the enemy's dead, which stands."""
    if figure.party is None:
        return False
    side = country_table().canonical(figure.party.removesuffix("'s").removesuffix("’s"))
    named = countries_named(speaker)  # "The army said ...": no side named, the old reading
    return side is not None and bool(named) and side not in named


_NO_ONE_KILLED_RE = rx(
    r"\b(?:nobody|no\s+one|no-one)\s+(?:was|were|had\s+been|has\s+been)\s+(?:killed|hurt)\b", re.I
)


def _claims_no_one_died(text: str, figures: list[Figure]) -> list[Figure]:
    """ "Russia claimed the strike killed 'up to 50' soldiers. The brigade said ... that nobody
    was killed": the claim the other side answers with no dead at all counts nothing."""
    said = _NO_ONE_KILLED_RE.search(text)
    if said is None:
        return figures
    corrected = _CORRECTED_RE.search(text, max(0, said.start() - 60), said.end() + 160) is not None
    return [
        replace(f, rival=True)
        if f.kind == "killed"
        and said.group() not in f.sentence
        and (
            _CLAIMED_RE.search(f.sentence)
            or (corrected and -1 < text.find(f.sentence) < said.start())
        )
        else f
        for f in figures
    ]


_CORRECTED_RE = rx(
    r"\b(?:revis(?:e|es|ed|ing)|correct(?:s|ed|ing|ion)|incorrect|wrong|erroneous|mistaken)\b",
    re.IGNORECASE,
)
"""Beside "no one was killed", the news that the earlier count was wrong: "Police revise
figures: no one was killed in the blast ... Earlier reports of a death were incorrect" takes
back every death told before it."""


def _found_alive(sentence: str, pending: list[Pending]) -> list[Pending]:
    """The dead a later report finds alive are no dead; those it finds "in hospital" or "being
    treated" are wounded ("two people earlier reported dead are in hospital in critical
    condition")."""
    out = []
    for p in pending:
        found = _FOUND_ALIVE_RE.match(sentence, p.number.end)
        if found is None:
            out.append(p)
        elif p.kind == "killed" and found["hurt"] is not None:
            p.kind = "injured"
            out.append(p)
    return out


_FOUND_ALIVE_RE = rx(
    r"(?:\s+(?!(?:after|when|as|and|but|while|before|since)\b)[\w-]+){0,3}?\s+(?:who\s+(?:had\s+)?"
    r"(?:been|were)\s+)?(?:listed|reported|counted|feared|thought|believed|presumed|declared|"
    r"included)\b[^.;,]{0,30}?\b(?:dead|killed|fatalities|victims)\b(?:(?!\band\b)[^.;,]){0,30}?\b(?:(?:found|"
    r"turned\s+up|discovered|located)\s+alive|turned\s+out\s+to\s+be\s+alive|(?:were|was|are|is)\s+"
    r"(?:still\s+)?(?:alive|(?P<hurt>in\s+hospital|being\s+treated)))\b",
    re.IGNORECASE,
)
"""After a count of the dead, the news that they live: "two people listed among the dead had
been found alive in hospital" are no dead."""
_MATE_GAP_RE = rx(r"\s*,?\s*and\s+")


def _past_mates(text: str, figures: list[Figure]) -> list[Figure]:
    """The wounded told just before a past incident's dead, in one phrase ("About 3,000 people
    were wounded and at least 12 killed when pagers exploded on September 17, 2024"), are of
    that incident too."""
    out = list(figures)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if (
            b.past
            and not a.past
            and a.period is None
            and a.kind != b.kind
            and a.sentence == b.sentence
            and _MATE_GAP_RE.fullmatch(text, a.span[1], b.span[0])
        ):
            out[i] = replace(a, past=True, cumulative=True, period=b.period)
    for i, figure in enumerate(out):
        if (
            i
            and not figure.past
            and figure.period is None
            and all(f.past for f in out[:i])
            and out[i - 1].sentence != figure.sentence
            and _DATED_PERIOD_RE.search(out[i - 1].period or "") is not None
            and not any(_AFTER_SPAN_RE.search(f.sentence) for f in out[:i])
            and _THE_SAME_INCIDENT_RE.search(figure.sentence)
            and not _NEW_INCIDENT_RE.search(figure.sentence)
        ):
            out[i] = replace(figure, past=True, cumulative=True, period=out[i - 1].period)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if (
            a.past
            and not b.past
            and b.period is None
            and a.sentence.rstrip().endswith(";")
            and ";" in text[a.span[1] : b.span[0]]
            and text.find(b.sentence, a.span[1]) - a.span[1] <= len(a.sentence)
            and _MEMORIAL_PERIOD_RE.search(a.period or "") is not None
            and _OWN_TIME_RE.search(b.sentence) is None
        ):  # "... one year since the attack, in which 1,200 were killed; 364 at the festival"
            out[i] = replace(b, past=True, cumulative=True, period=a.period)
    return out


_MEMORIAL_PERIOD_RE = rx(r"\b(?:since|anniversary|ago|years?)\b", re.IGNORECASE)
_OWN_TIME_RE = rx(
    r"\b(?:today|tonight|yesterday|overnight|this\s+(?:morning|week)|last\s+night|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)


_AFTER_SPAN_RE = rx(
    r"\b(?:a|an|one|two|three|four|five|six|\d+)\s+(?:years?|months?|weeks?|days?)\s+after\b",
    re.IGNORECASE,
)
"""A past incident told as what a new one came "a year after": the text's news is the new one."""
_DATED_PERIOD_RE = rx(
    r"\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b"
)
"""A period that dates its incident ("in the January 30, 2023 suicide bombing"); not one that
only says the incident came before the news ("a year after")."""
_THE_SAME_INCIDENT_RE = rx(
    r"\b(?:in|during|by|from)\s+the\s+(?:same\s+)?(?:blast|attack|bombing|explosion|massacre|"
    r"raid|strike|shooting|ambush|assault|incident)\b",
    re.IGNORECASE,
)
"""A sentence that tells more of the incident the last sentence told ("More than 200 people
were wounded in the blast"): when every figure before it is a past incident's, so is its."""
_NEW_INCIDENT_RE = rx(
    rf"\b(?:today|yesterday|tonight|this\s+(?:morning|week)|on\s+{_WEEKDAY}|last\s+night|new|"
    r"fresh|another|latest|also)\b",
    re.IGNORECASE,
)


_BODIES_FOUND_RE = rx(
    r"\b(?:recovered|retrieved|found|pulled|exhumed|unearthed)\b[^.;]{0,40}?\bbodies\b|"
    r"\bbodies\b[^.;]{0,40}?\b(?:were|have\s+been|had\s+been)\s+(?:recovered|retrieved|found|"
    r"pulled)\b",
    re.IGNORECASE,
)
_DEAD_LONG_AGO_RE = rx(
    r"^[^.;]{0,60}?\b(?:the\s+)?(?:victims|they|the\s+dead|those\s+found)\s+(?:had|have)\s+"
    r"(?:been\s+killed|died)\b[^.;]{0,80}?\b(?:several|many|some|a\s+few|two|three|four|five|"
    r"six|\d+)\s+(?:weeks|months|years)\s+(?:ago|earlier|before)\b",
    re.IGNORECASE,
)
"""The sentence after bodies found that dates their deaths long before: "A spokesman said the
victims had been killed during fighting in the area several months ago"."""


def _bodies_of_long_ago(sentences: list[tuple[int, str]], figures: list[Figure]) -> list[Figure]:
    """Bodies recovered whose next sentence says the dead were killed weeks, months or years
    before ("recovered 42 bodies from under the rubble ... The victims had been killed during
    fighting in the area several months ago"): old dead, found now, no new deaths."""
    after = {a: b for (_o, a), (_p, b) in pairwise(sentences)}
    return [
        f
        for f in figures
        if not (
            f.kind == "killed"
            and _BODIES_FOUND_RE.search(f.sentence)
            and _DEAD_LONG_AGO_RE.search(after.get(f.sentence, ""))
        )
    ]


def _dated_elsewhere(
    sentences: list[tuple[int, str]], figures: list[Figure], published: datetime
) -> list[Figure]:
    """Figures of an incident dated only in another sentence, weeks before publication
    ("Airstrike tied to deaths of six hostages" over "February strike shows…"), are past."""
    if not any(f.period is None and is_dated_elsewhere(f.sentence) for f in figures):
        return figures  # no figure a date elsewhere would change: skip reading the others
    told = {f.sentence for f in figures}
    background = None
    for _offset, sentence in sentences:
        if sentence not in told and _MAY_BE_DATED.search(sentence):
            background = background_period(sentence, published)
            if background is not None:
                break
    if background is None:
        return figures
    return [
        replace(f, past=True, cumulative=True, period=background.text,
                period_start=background.start)
        if f.period is None and is_dated_elsewhere(f.sentence) else f
        for f in figures
    ]  # fmt: skip


_OF_THE_HURT_RE = rx(
    r"\s*(?:(?-i:[A-Z][A-Z .'\u2019-]+)\s*(?:[\u2014\u2013-]+|:)\s*)?"
    r"Of\s+the\s+(?:[\w,-]+\s+(?:[\w-]+\s+){0,4}?)?(?:wounded|injured|hurt|treated)\b|"
    r"\s*The\s+(?:injured|wounded)\s+(?:were|was)\s+[^.;]{0,100}?\b(?:one|two|three|\d+)\s+of\s+them\b",
    re.IGNORECASE,
)
"""A sentence of the wounded some of whom died: "Of the 16 wounded, one died", "The injured were
admitted to RIMS, where one of them succumbed later that night"."""
_COUNT_WORD = r"(?:[\d,]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_OF_WOUNDED_RE = rx(
    rf"(?:\s+(?:more\s+)?|\s+[\w-]+(?:\s+[\w-]+)?,\s+(?:one|two|three|\d+)\s+)of\s+(?:the|those)\s+"
    rf"(?:{_COUNT_WORD}\s+)?(?:wounded|injured|hospitali[sz]ed)\b",
    re.IGNORECASE,
)
"""After the dead's count: "two of the wounded", "two more of the 19 wounded", "one of the two
injured sailors", "a third soldier, one of the eight wounded, had died"."""


def _died_of_wounds(
    sentence: str,
    pending: list[Pending],
    last_hurt: NumberPhrase | None,
    hurt_alone: bool = False,
    hurt_more: bool = False,
) -> NumberPhrase | None:
    """Link the dead told as "one of the wounded later died" to the injured figure they were
    part of (an earlier one of this sentence, else of the text): they leave the injured and
    join the killed (`extract.totals`). Returns the latest injured figure's number."""
    previous: Pending | None = None
    for item in sorted(pending, key=lambda p: p.start):
        if (
            item.kind == "injured"
            and item.whole is None
            and last_hurt is not None
            and item.number.count < last_hurt.count
            and (died := _of_the_hurt_who_died(sentence, item.number.end)) is not None
            and died["hurt"]
        ):  # "one of the two soldiers wounded this morning has died of his wounds": the dead
            item.kind = "killed"  # one, not the wounded the participle tells
            item.keyword_start, item.keyword_end = died.start("verb"), died.end("verb")
            item.end = max(item.end, died.end())
        if item.kind == "injured" and item.whole is None:
            last_hurt = item.number
        elif (
            item.kind == "killed"
            and item.whole is None
            and last_hurt is not None
            and (
                _OF_WOUNDED_RE.match(sentence, item.number.end)
                or (
                    _OF_THE_HURT_RE.match(sentence) is not None
                    and ";" not in sentence[: item.start]
                    and not item.toll  # "..., bringing the death toll to 13": the toll's
                )
                or (
                    # "Fifteen were wounded. Two of them later died", "injured 12; a woman
                    # among them died later": "them" are the wounded told just before, in
                    # this sentence or, when the sentence opens on the dead, the one before
                    (
                        (previous is not None and previous.kind == "injured")
                        or (
                            previous is None
                            and hurt_alone
                            and _LEAD_IN_RE.fullmatch(sentence, 0, item.number.start) is not None
                        )
                    )
                    and item.number.count < last_hurt.count
                    and _OF_THEM_DIED_RE.match(sentence, item.number.end) is not None
                )
            )
        ):
            item.whole = last_hurt  # "two of the wounded later died", "Of the 9 wounded, two"
        elif (
            item.kind == "killed"
            and item.whole is None
            and last_hurt is not None
            and item.number.count == 1 < last_hurt.count
            and not hurt_more  # "seven more people lightly injured" beside the man told
            # before them, wounded uncounted: "the man wounded in Holon has died" is not of them
            and (
                _THE_HURT_NOUN_DIED_RE.match(sentence, item.start) is not None
                or _WOUNDED_EARLIER_RE.search(sentence, item.start, item.end) is not None
            )
        ):
            item.whole = last_hurt  # "the injured porter succumbed overnight", "a second man,
            # wounded earlier in Tubas, has died"
        elif (
            item.kind == "killed"
            and item.whole is None
            and last_hurt is not None
            and item.number.count < last_hurt.count
            and _of_the_hurt_who_died(sentence, item.number.end)
        ):
            item.whole = last_hurt  # "injuring seven passengers ... One of the passengers
            # later died in hospital"
        elif (
            item.kind == "killed"
            and item.whole is None
            and last_hurt is not None
            and item.number.count < last_hurt.count
            and _HURT_WORD_RE.fullmatch(sentence, item.keyword_start, item.keyword_end)
            and _HURT_WHO_DIED_RE.match(sentence, item.keyword_end)
        ):
            item.whole = last_hurt  # "Two injured died later in hospital"
        elif (
            item.kind == "killed"
            and item.whole is None
            and last_hurt is not None
            and item.number.count == last_hurt.count
            and _ALL_WOUNDED_DIED_RE.match(sentence) is not None
        ):
            item.whole = last_hurt  # "Both wounded soldiers have since died"
        elif (
            item.kind == "killed"
            and item.whole is None
            and last_hurt is not None
            and item.number.count < last_hurt.count
            and not item.toll  # "The toll rose to five when a hospitalised woman died of her
            # wounds": the toll is not the wounded who died
            and (died := _WOUNDS_DIED_RE.match(sentence, item.number.end)) is not None
            and _AT_ONCE_RE.search(died[0]) is None
            and _OTHER_WOUNDING_RE.search(sentence) is None
            and not _apart_opener(sentence)
            and not any(
                p.kind == "injured"
                and p.start > item.start
                and not _the_rest_of(p, item, last_hurt)
                for p in pending
            )
        ):  # not "died at the scene of his injuries", nor "died of his injuries and 34 others
            # were wounded"
            item.whole = last_hurt  # "Three of the patients died of their wounds"
            for p in pending:
                if p.kind == "injured" and p.start > item.start and p.whole is None:
                    p.whole = last_hurt  # "stabbed two people; a man later died of his wounds
                    # and a woman was moderately hurt": she is the other of the two
        previous = item
    return last_hurt


def _the_rest_of(hurt: Pending, died: Pending, wounded: NumberPhrase) -> bool:
    """One person told hurt right after one of the wounded who died, the two of them no more
    than the wounded told before: the rest of those wounded, no more hurt."""
    return (
        hurt.number.article
        and hurt.number.count + died.number.count <= wounded.count
        and hurt.start - died.end < 40
    )


_NO_DEED = r"(?:(?!\b(?:killed|dead|died|and|but)\b)[^.;,:])"
_WOUNDS_DIED_RE = rx(
    rf"{_NO_DEED}{{0,60}}?\b(?:injured|wounded|hurt)\b[^.;]{{0,60}}?\b(?:has|have|had)\s+"
    r"(?:since\s+|now\s+|later\s+)?(?:died|succumbed)\b|"
    rf"{_NO_DEED}{{0,60}}?\b(?:died|succumbed)\s+(?:[\w-]+\s+){{0,3}}?(?:of|to|from)\s+"
    r"(?:his|her|their)\s+(?:[\w-]+\s+)?(?:wounds|injuries)\b",
    re.IGNORECASE,
)
"""After a count, once the wounded were told: dead who were of them ("Three of the patients
died of their wounds", "A woman injured in the morning attack has died in hospital")."""

_WOUNDED_EARLIER_RE = rx(
    r"\b(?:wounded|injured|hurt)\s+(?:earlier|previously)\b[^.;]{0,60}?\b(?:died|succumbed)\b",
    re.IGNORECASE,
)
_ALL_WOUNDED_DIED_RE = rx(
    r"(?:[^.:;]{0,60}:)?\W*(?:both|all)(?:\s+of\s+them)?(?:\s+(?:the\s+)?(?:two|three|four|five|"
    r"six))?(?:\s+(?:wounded|injured)(?:\s+[a-z]+)?)?\s+(?:have\s+|had\s+|has\s+)?(?:since\s+|"
    r"later\s+|also\s+|subsequently\s+|now\s+)*(?:died|succumbed)\b",
    re.IGNORECASE,
)
"""A sentence that opens on the death of all the wounded told before ("Both wounded soldiers
have since died in hospital", "All three have since died")."""
_OTHER_WOUNDING_RE = rx(
    r"\b(?:wounded|injured|hurt)\s+(?:in|during|on)\s+(?:\w+['’]s|last\s+\w+['’]?s?|an?\s+(?:earlier|"
    r"previous|separate|different)|another|the\s+(?:previous|earlier))\b",
    re.IGNORECASE,
)
"""The wounded of another incident ("Two people wounded in Sunday's shelling died"), who are
not of the wounded told before."""
_AT_ONCE_RE = rx(
    r"\b(?:at\s+the\s+scene|on\s+the\s+spot|instantly|immediately|on\s+(?:the|their|his|her)\s+"
    r"way)\b",
    re.IGNORECASE,
)

_LEAD_IN_RE = rx(
    r"\s*(?:(?:despite|in\s+spite\s+of)\s+[^,.;]{3,60},\s*)?"
    r"(?:(?:later|subsequently|afterwards|since\s+then|overnight)\s*,?\s*)?"
    r"(?:(?:it\s+)?(?:later\s+)?(?:became\s+known|emerged|was\s+(?:learned|reported|confirmed))\s+"
    r"that\s+)?",
    re.IGNORECASE,
)
"""What may open a sentence before its count of the wounded told before who died ("Later it
became known that one of them ... died", "Despite the efforts of our surgical team, four of
them died")."""
_OF_THEM_DIED_RE = rx(
    r"(?:\s+\d{1,3}-year-old)?(?:\s+(?!of\b|among\b|more\b)[a-z][\w-]*){0,2}?\s+(?:more\s+)?"
    r"(?:of|among)\s+(?:them|(?:these|those)(?:\s+(?:patients|wounded|injured|casualties))?|the\s+"
    r"(?:[\d,]+\s+)?(?:(?:seriously|critically|badly|severely|gravely)\s+)?(?:wounded|injured|"
    r"hospitali[sz]ed))"
    r"(?:\s+(?:from|in)\s+the\s+(?:[\w-]+\s+){0,2}?(?:strike|airstrike|attack|shelling|blast|"
    r"explosion|bombing|raid)|\s+in\s+(?-i:[A-Z])[\w’'-]+)?"
    r"(?:(?:\s*,[^,;]{1,40}){1,2},)?\s+(?:(?:later|also|subsequently|since|have|has|had)\s+)*"
    r"(?P<died>died|succumbed|(?:was|were)\s+(?:dead\s+on\s+arrival|declared\s+dead|"
    r"pronounced\s+dead|brought\s+in\s+dead)|arrived\s+dead|(?:was|were)\s+already\s+dead)\b",
    re.IGNORECASE,
)
"""After a count: "two of them later died", "a woman among them died", "two more of the 19
wounded died", "one of the seriously wounded, a 60-year-old man, has died", "one of the wounded
from the Nabatieh strike has died": the dead who were of the wounded told before."""


def _wounded_who_died(
    sentence: str, numbers: list[NumberPhrase], used: set[int], pending: list[Pending]
) -> list[Pending]:
    """The dead of `_OF_THEM_DIED_RE` that the pairing leaves out (a count before "of the 19
    wounded", a victim before "among them"), as figures of their own."""
    out: list[Pending] = []
    for number in numbers:
        if id(number) in used:
            continue
        found = _OF_THEM_DIED_RE.match(sentence, number.end)
        if found is None or any(p.start <= number.start < p.end for p in pending):
            continue
        counted_between = any(
            number.end <= n.start < found.start("died") and n is not number for n in numbers
        )
        hurt_between = any(p.kind == "injured" and p.number.start > number.end for p in pending)
        if counted_between and not hurt_between:
            continue  # "A further four of the wounded died": the four are the count
        named = [
            p
            for p in pending
            if p.kind == "killed"
            and p.number.count == number.count == 1
            and number.end <= p.start < found.start("died")
        ]  # "one of the wounded, Specialist Sergeant Emre Yildiz, 26, had succumbed": the one
        for p in named:  # named is the one of the wounded, no other dead
            pending.remove(p)
        noun = sentence[number.end : found.start("died")].split()
        victims = classify_victims(noun[:1], singular=number.article) if noun else "people"
        if named and victims in (None, "people"):
            victims = named[0].victims
        used.add(id(number))
        out.append(Pending("killed", number, victims or "people", number.start,
                           found.end(), found.start("died"), found.end(), False))  # fmt: skip
        inside = [
            p for p in pending if p.kind == "injured" and number.end < p.number.start < found.end()
        ]  # "two more of the 19 wounded died": of those 19
        if inside:
            out[-1].whole = inside[0].number
    return out


_TOLL_ROSE_AFTER_RE = rx(
    r"\btoll\s+(?:has\s+|had\s+)?(?:rose|risen|rises|climbed|increased|reached)\s+to\s+"
    r"[\w,]+\s+(?:[\w-]+\s+){0,3}?(?:after|when|as)\b",
    re.IGNORECASE,
)
_OF_THE_WOUNDED_WHOLE_RE = rx(
    r"\s+(?P<noun>(?:[a-z-]+\s+){1,3}?)?(?P<hurt>wounded|injured)\s+(?:(?P<tail>in|by|during|when|from)\b|"
    r"(?=(?:later\s+|had\s+|have\s+|has\s+)?(?:died|succumbed)\b))",
    re.IGNORECASE,
)


def _the_wounded_whole(
    sentence: str, numbers: list[NumberPhrase], used: set[int], pending: list[Pending]
) -> list[Pending]:
    """ "One of the 16 people wounded in Sunday's bombing died": the dead are read with their
    verb; the 16 are the wounded, a figure of their own that the one who died leaves."""
    out: list[Pending] = []
    if any(p.kind == "injured" for p in pending):
        return out
    for p in pending:
        if p.kind != "killed":
            continue
        for n in numbers:
            if id(n) in used or not p.number.end < n.start < p.end:
                continue
            if sentence[p.number.end : n.start].strip().lower() != "of the":
                break
            found = _OF_THE_WOUNDED_WHOLE_RE.match(sentence, n.end)
            if found is None or (
                found["noun"] is None
                and found["tail"] is None
                and not _TOLL_ROSE_AFTER_RE.search(sentence)
            ):
                break  # "one of the three injured has died": the wounded told before; not
                # "the toll rose to 43 after one of the 21 injured died", a number of its own
            noun = found["noun"].split() if found["noun"] else []
            victims = classify_victims(noun) if noun else "people"
            used.add(id(n))
            out.append(Pending("injured", n, victims or "people", n.start, found.end("hurt"),
                               found.start("hurt"), found.end("hurt"), False))  # fmt: skip
            if p.whole is None:
                p.whole = n  # no toll raised: the dead are a part of the wounded
            break
    return out


_DEATH_WORD_RE = rx(
    r"\b(?:kill\w*|dead|deaths?|died|fatalit\w+|casualt\w+|tolls?|victims|bodies|martyr\w*|"
    r"lives)\b",
    re.IGNORECASE,
)
_STRENGTH_RE = rx(r"\b(?:strength|size|numbers|manpower|membership|ranks)\b", re.IGNORECASE)
"""What an estimate of a force's men counts ("put its strength at a low estimate of 600")."""
_PRONOUN_OBJECT_RE = rx(
    r"\b(?P<verb>killing|wounding|injuring|(?<=\band\s)killed)\s+(?P<pron>him|her)\b"
    r"(?!\s*(?:self|,\s*and)\b)"
    r"(?:\s+and\s+(?:his|her)\s+(?P<owned>)(?=(?:two|three|four|five|six|seven|eight|\d+)\s+[a-z])"
    r"|\s+and\s+(?:his|her)\s+(?P<kin>[a-z-]+)\b|\s+and\s+(?P<more>)(?=[\w-]+\s+of\s+(?:his|her)\s)"
    r"|(?!\s+and\b(?!\s+(?:wounding|injuring)\b)))",
    re.IGNORECASE,
)


def _more_after_the_pronoun(
    sentence: str, found: re.Match[str], numbers: list[NumberPhrase], used: set[int], kind: Kind
) -> list[Pending]:
    """The people "killing him and his driver", "... and his two sons", "... and four of his
    bodyguards" add to the one the pronoun stands for."""
    out: list[Pending] = []
    kin = found["kin"]
    if kin is not None:  # "killing him and his driver": one more, told by the relative
        one = implicit_one(found.start("kin"))
        who = classify_victims([kin]) or "people"
        out.append(Pending(kind, one, who, one.start, found.end("kin"),
                           found.start(), found.end("verb"), True))  # fmt: skip
    more = found.end("more") if found["more"] is not None else -1
    if found["owned"] is not None:
        more = found.end("owned")  # "killing him and his two sons": two more
    counted = next((n for n in numbers if n.start == more and id(n) not in used), None)
    told = right_victims(sentence, counted) if counted is not None else None
    if counted is not None and told is not None and told[1] > counted.end:
        used.add(id(counted))  # "killing him and four of his bodyguards": four more
        out.append(Pending(kind, counted, told[0], counted.start, told[1],
                           found.start(), found.end("verb"), True))  # fmt: skip
    return out


def _deed_on(sentence: str, number: NumberPhrase) -> bool:
    """Whether a deed done on someone ("shot", "struck", "dropped explosives on") comes right
    before the one person `number` tells."""
    return (
        _DEED_ON_RE.search(sentence, max(0, number.start - 30), number.start) is not None
        or _DEED_ON_OWN_RE.search(sentence, max(0, number.start - 40), number.start) is not None
    )


def _pronoun_object(
    sentence: str, numbers: list[NumberPhrase], used: set[int], pending: list[Pending]
) -> list[Pending]:
    """'Gunmen shot a farmer in his field, killing him', 'fired at a trader, wounding him':
    the one person told before by an article and a noun is the victim of the deed the pronoun
    takes."""
    out: list[Pending] = []
    for found in _PRONOUN_OBJECT_RE.finditer(sentence):
        if any(p.keyword_start <= found.start() < p.end for p in pending):
            continue
        before = [n for n in numbers if n.article and n.end <= found.start() and id(n) not in used]
        if not before:
            single = [
                p for p in pending
                if p.kind == "killed" and p.number.count == 1 and p.end <= found.start()
            ]  # fmt: skip
            kin = found["kin"]
            if (
                single
                and found["verb"].lower().startswith("kill")
                and found["more"] is None
                and (kin is None or kin.lower() in KIN_WORDS)
            ):  # "shot dead Assistant Sub-Inspector Gul Mohammad outside his home, killing him
                # and his two sons": the one told before, and the kin the pronoun's "and" adds
                out.extend(_more_after_the_pronoun(sentence, found, numbers, used, "killed"))
            continue
        number = before[-1]
        if (
            len(before) > 1
            and not _deed_on(sentence, number)
            and _deed_on(sentence, before[-2])
            and right_victims(sentence, number) is None
        ):
            number = before[-2]  # "dropped explosives on a man riding a bicycle ..., killing
            # him": the man, not the bicycle
        if not _deed_on(sentence, number):
            continue  # "A soldier opened fire ..., wounding her": the shooter is no victim
        named = right_victims(sentence, number)
        noun = sentence[number.end : named[1]].split()[-1:] if named is not None else []
        if named is None or (
            named[0] == "people"
            and not _PERSON_AFTER_ARTICLE_RE.match(sentence, number.end)
            and not (noun and noun[0].lower() in VICTIM_WORDS)
        ):
            continue  # "a car, killing him": a person, not a thing ("a tribal elder" is one)
        kin = found["kin"]
        if kin is not None and kin.lower() not in KIN_WORDS and kin.lower() not in VICTIM_WORDS:
            continue  # "killing him and his hopes": no second victim told
        used.add(id(number))
        kind: Kind = "killed" if found["verb"].lower().startswith("kill") else "injured"
        out.append(Pending(kind, number, named[0], number.start, found.end("pron"),
                           found.start(), found.end("verb"), True))  # fmt: skip
        out.extend(_more_after_the_pronoun(sentence, found, numbers, used, kind))
    return out


_RESPECTIVELY_RE = rx(
    r"(?P<rest>(?:\s*,\s*[\w-]+){0,6}?,?\s+and\s+[\w-]+)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+respectively\b",
    re.IGNORECASE,
)
"""After a count, more counts that share its noun, one for each place told before: "security
forces killed four, three and two khwarij respectively"."""


def _respectively(
    sentence: str, numbers: list[NumberPhrase], used: set[int], pending: list[Pending]
) -> list[Pending]:
    """'killed four, three and two khwarij respectively': each count is a figure of its own,
    of the noun after the last."""
    out: list[Pending] = []
    for p in pending:
        found = _RESPECTIVELY_RE.match(sentence, p.number.end)
        if found is None or p.whole is not None:
            continue
        listed = [
            n
            for n in numbers
            if found.start("rest") <= n.start < found.end("rest") and id(n) not in used
        ]
        words = sentence[found.start("rest") : found.end("rest")].replace(",", " ").split()
        if len(listed) != len([w for w in words if w.lower() != "and"]):
            continue  # not every member a count
        named = right_victims(sentence, listed[-1])
        if named is not None:
            p.victims = named[0]  # "four, three and two khwarij": the noun after the last
        for n in listed:
            used.add(id(n))
            out.append(Pending(p.kind, n, p.victims, n.start, n.end, p.keyword_start,
                               p.keyword_end, p.active))  # fmt: skip
    return out


_AS_WERE_RE = rx(
    r"[^,;.]{0,40}?,?\s+as\s+(?:was|were)\s+(?=(?:an?|one|two|three|four|five|\d+)\s)",
    re.IGNORECASE,
)


def _as_were(
    sentence: str, numbers: list[NumberPhrase], used: set[int], pending: list[Pending]
) -> list[Pending]:
    """'Two patrolmen were wounded, as was a 19-year-old girl who was walking by': more of the
    kind told, by the same verb."""
    out: list[Pending] = []
    for p in pending:
        found = _AS_WERE_RE.match(sentence, p.end)
        if found is None or p.whole is not None or p.active:
            continue
        counted = _count_at(sentence, numbers, used, found.end())
        if counted is None:
            continue
        number, (victims, end) = counted
        out.append(Pending(p.kind, number, victims, number.start, end, p.keyword_start,
                           p.keyword_end, False))  # fmt: skip
    return out


def _count_at(
    sentence: str, numbers: list[NumberPhrase], used: set[int], at: int
) -> tuple[NumberPhrase, tuple[Victims, int]] | None:
    """The unused count that starts at `at` with its people, taken (marked used); None when
    none starts there or its noun names no one."""
    number = next((n for n in numbers if n.start == at and id(n) not in used), None)
    named = right_victims(sentence, number) if number is not None else None
    if number is None or named is None:
        return None
    used.add(id(number))
    return number, named


_HIT_SOME_DIED_RE = rx(
    r"(?P<c>\S+(?:\s+\S+)?)\s+(?:[\w-]+\s+){0,2}?(?:(?:were|was)\s+)?(?:killed\s+or\s+(?:wounded|"
    r"injured)|(?:wounded|injured)\s+or\s+killed)\b[^.;]{0,120}?,\s+(?P<d>\S+)\s+of\s+them\s+"
    r"fatally\b|"
    r"\b(?:caused|left|suffered|resulting\s+in|resulted\s+in|causing)\s+(?P<c2>\S+(?:\s+\S+)?)\s+"
    r"casualties\s*,\s+(?:including|among\s+them)\s+(?P<d2>\S+)\s+(?:deaths|dead|fatalities)\b|"
    r"\b(?:hitting|hit|shooting|shot|striking|struck)\s+(?P<c3>\S+(?:\s+\S+)?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:people|persons|civilians|passengers|officers|policemen|soldiers|men|women|children|"
    r"workers|worshippers|villagers|residents)\b[^.;]{0,60}?,\s+(?P<d3>\S+)\s+of\s+(?:whom|them)\s+"
    r"(?:later\s+|subsequently\s+|then\s+)?(?:died|succumbed)\b",
    re.IGNORECASE,
)
"""People hit, some of whom died: "Twelve people were killed or wounded ..., four of them
fatally", "caused 10 casualties, including three deaths", "hitting 19 people, six of whom
died", "shot three police officers ..., one of whom later died"."""


def _hit_and_some_died(
    sentence: str, numbers: list[NumberPhrase], pending: list[Pending]
) -> list[Pending]:
    """`_HIT_SOME_DIED_RE`: those who died are dead, the rest of those hit are wounded; the
    figures read inside the phrase give way to the two."""
    found = _HIT_SOME_DIED_RE.search(sentence)
    if found is None:
        return pending
    c_at = next(g for g in ("c", "c2", "c3") if found[g] is not None)
    d_at = {"c": "d", "c2": "d2", "c3": "d3"}[c_at]
    hit = next((n for n in numbers if n.start == found.start(c_at) and not n.vague), None)
    dead = next((n for n in numbers if n.start == found.start(d_at)), None)
    if hit is None or dead is None or not 0 < dead.count < hit.count:
        return pending
    rest = hit.count - dead.count
    if c_at != "c2":  # the dead are told as of the hurt, and leave them (`extract.totals`)
        rest = hit.count
    hurt = NumberPhrase(start=hit.start, end=hit.end, count=rest, low=rest, high=None,
                        qualifier=hit.qualifier, number_start=hit.number_start)  # fmt: skip
    kept = [p for p in pending if not (found.start() <= p.number.start < found.end())]
    return [
        *kept,
        Pending("killed", dead, "people", dead.start, dead.end, found.start(d_at),
                found.end(), False),
        Pending("injured", hurt, "people", hit.start, hit.end, found.start(c_at),
                found.end(c_at), False),
    ]  # fmt: skip


_EDITORS_NOTE_RE = rx(
    r"\((?:Corrects|Correcting|Updates|Updating|Adds|Recasts|Refiles|Fixes|Changes|Removes|"
    r"Clarifies)\b[^()]{0,200}\)",
)
"""A wire story's opening note from its desk: "(Corrects death toll to eight, not nine, in
first paragraph)", "(Updates with toll)"."""
_NOT_INCLUDING_ATTACKERS_RE = rx(
    r",?\s+not\s+including\s+(?:the\s+)?(?=(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?:[\w-]+\s+)?(?:attackers|gunmen|assailants|bombers|militants|raiders)\b)",
    re.IGNORECASE,
)


def _not_including_attackers(
    sentence: str, numbers: list[NumberPhrase], used: set[int], pending: list[Pending]
) -> list[Pending]:
    """'Fifteen people were killed ..., not including the three gunmen': the attackers' dead
    are told beside the toll, not in it."""
    out: list[Pending] = []
    for found in _NOT_INCLUDING_ATTACKERS_RE.finditer(sentence):
        toll = [p for p in pending if p.kind == "killed" and p.end <= found.start() + 1]
        counted = _count_at(sentence, numbers, used, found.end()) if toll else None
        if counted is None:
            continue
        number, (_victims, end) = counted
        if any(p.victims == "militants" and p.start <= number.start < p.end for p in pending):
            continue  # told already as the attackers who died ("not including the two bombers")
        out.append(Pending("killed", number, "militants", number.start, end,
                           toll[-1].keyword_start, toll[-1].keyword_end, False))  # fmt: skip
    return out


_STILL_TREATED_RE = rx(
    rf"\s+(?:remain|remains|are\s+still|is\s+still)\s+{STILL_TREATED}\b", re.IGNORECASE
)


def _still_treated_of_them(sentence: str, pending: list[Pending]) -> None:
    """'wounded 12 people on Tuesday; four remain in intensive care': the four are of the 12."""
    for p in pending:
        if p.kind != "injured" or p.whole is not None:
            continue
        if _STILL_TREATED_RE.match(sentence, p.number.end) is None:
            continue
        before = [
            q
            for q in pending
            if q.kind == "injured"
            and q.whole is None
            and q.end <= p.start
            and q.number.count > p.number.count
            and ";" in sentence[q.end : p.start]
        ]
        if before:
            p.whole = before[-1].number


_REVISING_BEFORE_RE = rx(r"\b(?:revising|lowering|correcting|reducing)\s+$", re.IGNORECASE)
_NONE_OF_RE = rx(
    r"\b(?:none|neither|not\s+one|no\s+one)\s+of\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE
)
_AVENGED_RE = rx(
    r"\b(?:(?:retaliation|revenge|reprisal|vengeance)\s+for|to\s+avenge|avenging)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""Before "the death of": the death a killing avenges, which came before it."""
_ONE_DEATH_OF_RE = rx(r"(?:death|killing|murder|assassination)\s+of\s+(?:a|an|one)\b", re.I)
_UNDONE_RE = rx(
    r"\b(?:threaten(?:s|ed|ing)?|vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|"
    r"plann?(?:ed|ing|s)?|plott(?:ed|ing)|attempt(?:s|ed|ing)?|tr(?:y|ies|ied|ying)|"
    r"intend(?:s|ed|ing)?|sought|seek(?:s|ing)?|want(?:s|ed|ing)?|conspir(?:ed|ing)|"
    r"aim(?:s|ed|ing)?|set\s+out|failed)\s+to\s+$|"
    r"\b(?:could|would|might|will|can|shall)\s+(?:not\s+|also\s+|easily\s+)?(?:have\s+been\s+|be\s+)?$|"
    r"\bat\s+risk\s+of\s+(?:being\s+)?$",
    re.IGNORECASE,
)
"""Before a death word, a deed threatened, planned, tried or possible, not done ("vowed to
kill", "could be killed", "at risk of being killed")."""
_DEED_ON_RE = rx(
    r"\b(?:shot|shoot|shoots|shooting|attacked|attacking|stabbed|stabbing|fired\s+(?:at|on)|"
    r"opened\s+fire\s+(?:at|on)|struck|hit|targeted|targeting|ambushed|beat|beating|assaulted|"
    r"hacked|slashed|abducted|kidnapped|seized|dragged|(?:exploded|detonated|went\s+off)\s+"
    r"(?:under|beneath|beside|next\s+to))\s+(?:at\s+)?$|"
    r"\b(?:dropped|dropping|drops)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:explosives?|bombs?|grenades?|"
    r"munitions?|ordnance|charges?)\s+(?:on|onto)\s+$|"
    r"\b(?:struck|hit|targeted|ambushed|attacked)\s+(?:an?\s+|the\s+)?(?:vehicle|car|van|bus|"
    r"truck|convoy|motorcycle|boat)\s+(?:carrying|transporting)\s+$",
    re.IGNORECASE,
)
_DEED_ON_OWN_RE = rx(
    r"\b(?:ambushed|attacked|targeted|struck|hit|shot\s+at|fired\s+(?:at|on))\s+(?:the|a)\s+"
    r"(?:[\w-]+\s+)?(?:vehicle|car|convoy|motorcade|home|house|office|residence)\s+of\s+$",
    re.IGNORECASE,
)
"""A deed on what a person has: "ambushed the vehicle of a district administrator"."""
_PERSON_AFTER_ARTICLE_RE = rx(
    r"\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|person|child|civilian|resident|villager|"
    r"farmer|trader|driver|shepherd|herder|fisherman|student|teenager|youth|worker)\b",
    re.IGNORECASE,
)


_HURT_BEFORE_RE = rx(
    r"\b(?:wounded|injured|hurt|shot)\s+(?:in|during|on|at|by)\b[^,;:]*", re.IGNORECASE
)


_WHICH_ASIDE_RE = rx(r",\s+(?:which|who)\b(?:[^,;]|,(?=\s*(?:19|20)\d\d\b)){1,100},")
"""An aside between commas; the comma of a date ("October 7, 2023") ends none."""
_IN_WHICH_TAIL_RE = rx(r"[^,;.]*?\b(?:in|during)\s+which\b[^,;.]*$")
"""After an aside, the clause of the figure that the aside's event opens ("who were abducted in
the Oct. 7, 2023, attack on southern Israel in which 1,200 people were killed")."""


_CLAUSE_BREAK_RE = rx(r";|\b(?:where|while|whereas)\b", re.IGNORECASE)


def _own_periods(
    sentence: str, item: Pending, pending: list[Pending], periods: list[re.Match[str]]
) -> list[re.Match[str]]:
    """The periods that may date `item`: not one that dates another figure told inside its
    subject ("The mother of a soldier killed in last year's incursion was injured on
    Thursday": last year dates the soldier's death, not her injury)."""
    if not periods:
        return periods
    if ", wh" in sentence:
        asides = list(_WHICH_ASIDE_RE.finditer(sentence, 0, item.start))
        periods = [
            m
            for m in periods
            # "The group, which documents abuses in the war, said 200 were killed": a period
            # inside an aside; "the 28 March earthquake, which killed 3,600, ... killing
            # seven": a period just before an aside that tells another figure
            if not any(
                (
                    a.start() <= m.start() < a.end()
                    and not _IN_WHICH_TAIL_RE.match(sentence, a.end(), item.start)
                )
                or (
                    0 <= a.start() - m.end() <= 20
                    and any(o is not item and a.start() <= o.start < a.end() for o in pending)
                )
                for a in asides
            )
        ]
    later = [o.start for o in pending if o is not item and o.start >= item.end]
    if later:  # "... two aid workers on Tuesday, in a region where cholera has killed 67
        # since August": the period of another figure's clause
        breaks = [
            b.start() for at in later if (b := _CLAUSE_BREAK_RE.search(sentence, item.end, at))
        ]
        periods = [
            m for m in periods if m.start() < item.end or not any(m.end() > b for b in breaks)
        ]
    hurt = _HURT_BEFORE_RE.search(sentence, item.start, item.keyword_start)
    if hurt is not None:  # "an officer wounded in last week's ambush died on Sunday"
        periods = [m for m in periods if not hurt.start() <= m.start() < hurt.end()]
    nested = [
        o for o in pending
        if o is not item and o.start >= item.start and o.keyword_end <= item.keyword_start
    ]  # fmt: skip
    if not nested:
        return periods
    return [
        m for m in periods
        if not any(o.keyword_end <= m.start() < item.keyword_start for o in nested)
    ]  # fmt: skip


def _link_parts(
    figures: list[Figure], wholes: list[NumberPhrase | None], phrases: list[NumberPhrase]
) -> tuple[Figure, ...]:
    """Sort by position and turn each part's whole (a number phrase) into a tuple index."""
    order = sorted(range(len(figures)), key=lambda i: figures[i].span)
    position = {id(phrases[i]): rank for rank, i in enumerate(order)}
    out: list[Figure] = []
    for i in order:
        whole = wholes[i]
        index = position.get(id(whole)) if whole is not None else None
        if index is not None and figures[order[index]].count < figures[i].count:
            index = None  # "a bomber blew himself up among recruits, killing seven of them":
            # a part is never more than its whole
        if index is None:
            out.append(figures[i])
        elif figures[i].kind == "injured" and figures[order[index]].kind == "killed":
            # "Twenty-six hostages were killed, 18 of them soldiers, and 37 injured": a part of
            # the dead is of the dead, whatever verb comes after it (the dead who were of the
            # wounded, a part of the wounded, keep their kind)
            out.append(replace(figures[i], part_of=index, kind="killed"))
        else:
            out.append(replace(figures[i], part_of=index))
    return tuple(out)


_UNIT_NAME = (
    r"(?:[A-Za-z]+\s+)?(?i:battalion|regiment|brigade|company|bn)\b|(?-i:[A-Z]{1,4})\b|"
    r"(?:[A-Z][a-z]+\s+)?(?:Rifles|Regiment)\b|Rashtriya|Battalion|Brigade|Division|Corps|"
    r"(?:Para|Sikh|Gorkha|Rajput|Jat|Dogra|Garhwal|Kumaon|Madras|Maratha|Mahar|Grenadiers|Guards|"
    r"Punjab|Bihar|Naga)\b"
)
"""The words a unit's number comes before ("4 Rashtriya Rifles", "2 Para", "202 CoBRA
battalion")."""
_UNIT_RE = rx(
    rf"\s+(?:{_UNIT_NAME}|Infantry|Armou?red|Mechani[sz]ed|Assault|Marine|Artillery|Special)",
)
_NO_QUOTES = str.maketrans("", "", '"“”')
_AGE_COMMAS_RE = rx(r"\s*,\s*\d{1,3}\s*,\s*")
_NAMED_AS_RE = rx(
    r",\s+(?:named|identified)\s+as\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+|"
    r"\s+(?:al|el|bin|de|da)-?[\w’'-]+){0,3}\s*,",
    re.IGNORECASE,
)
_NAME_LEFT_RE = rx(
    r"(?-i:,\s+[A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|(?:al|el|bin|de|da)(?:-[A-Z][\w’'-]+)?)){0,3})"
    r"(?=\s+(?:was|were)\s*$)"
)
"""A name in apposition whose closing comma went with its age ("A second man, Mohammed
Shalabi, 23, was shot dead")."""
_AGE_DECADE_RE = rx(
    r"\s+in\s+(?:his|her|their)\s+(?:early\s+|late\s+|mid-?)?(?:\d0s|(?:twen|thir|for|fif|six|seven|"
    r"eigh|nine)ties)\b",
    re.IGNORECASE,
)
_DATE_IN_GAP_RE = rx(
    r"\s+on\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)"
    r"(?:\s+\d{4})?(?=\s|,)",
    re.IGNORECASE,
)
_WHO_TAIL_RE = rx(r"\s*,\s*who\s*$")
_UNIT_IN_GAP_RE = rx(rf"(?<=\s)\d{{1,3}}(?=\s+(?:{_UNIT_NAME}))")
"""A unit's number inside a victim's words ("a soldier of the army's 57 Rashtriya Rifles")."""
_OF_BEFORE_UNIT_RE = rx(r"\b(?:of|from|in)\s+(?:the\s+)?(?:[\w-]+(?:’s|'s)\s+)?$", re.IGNORECASE)


_BOUNTY_RE = rx(
    r"\s+(?:carrying|with)\s+(?:a\s+)?(?:total\s+|cumulative\s+|collective\s+|combined\s+)?(?:reward|bounty|"
    r"prize)s?\s+of\s+(?:Rs\.?|₹|INR|\$|US\$)?\s*[\d.,]+\s*(?:lakh|crore|million|thousand)?"
    r"(?:\s+(?:each|on\s+(?:his|her|their)\s+heads?))?",
    re.IGNORECASE,
)
"""A bounty on the dead, between them and their verb ("eight Maoists ... carrying total reward
of Rs 40 lakh were eliminated")."""
_REWARD_AFTER_RE = rx(
    r"\s+(?:total\s+|cumulative\s+|combined\s+|collective\s+)?(?:reward|bounty|prize)\b",
    re.IGNORECASE,
)
_MONEY_BEFORE_RE = rx(r"(?:\bRs\.?|₹|\bINR|\$|€|£|\bUSD|\bEUR|\bNaira|\bKsh)\s*$")
"""Before a number, a currency: a sum ("a reward of Rs 10 lakh"), never a count of people."""


def _is_unit(sentence: str, number: NumberPhrase) -> bool:
    """A unit's number, not a count: "a jawan of 1 RR", "a soldier of 4 Rashtriya Rifles"."""
    if number.article or not sentence[number.number_start : number.end].isdigit():
        return False
    if _SERIAL_BEFORE_RE.search(sentence, max(0, number.start - 8), number.start):
        return True  # "the Infantry Battalion No. 8 'Pichincha'", "Post #3"
    return bool(
        _OF_BEFORE_UNIT_RE.search(sentence, max(0, number.start - 24), number.start)
        and _UNIT_RE.match(sentence, number.end)
    )


_SERIAL_BEFORE_RE = rx(r"(?:\b(?-i:No)\.?|\bNr\.?|#)\s*$")


_OF_THEM_BEFORE_RE = rx(
    r"\b(?:one|two|three|four|five|\d+|all|most|some|many|several|both)\s+of\s+(?:them|whom)"
    r"\s+(?:was\s+|were\s+)?$",
    re.IGNORECASE,
)
"""Before an article: "two people were killed, one of them a child": the child is of the
counted, told by "one of them", not a victim of its own."""
_PREPOSITION_BEFORE_RE = rx(
    r"\b(?:during|in|on|at|by|from|with|after|near|into|under|against|amid|inside|outside)\s+$",
    re.IGNORECASE,
)


def _in_a_place_or_act(sentence: str, number: NumberPhrase) -> bool:
    """'wounded by fire during a raid', 'killed in a strike': an article after a preposition
    names no victim unless a person follows ("shot at a man")."""
    return (
        _PREPOSITION_BEFORE_RE.search(sentence, max(0, number.start - 10), number.start) is not None
        and right_victims(sentence, number) is None
    )


_APPOSITIVE_BEFORE_RE = rx(r"[\w)’']\s*,\s*$")
_APPOSITIVE_AFTER_RE = rx(
    r"[^,;:.()]{1,60}?,\s*(?:who\s+)?(?:was|were|had|has|have|died|succumbed|also|later)\b|"
    r"\s+(?:faction|wing|branch|affiliate|offshoot|unit|group|militia|movement|coalition|"
    r"alliance|organi[sz]ation|network|front)\b[^,;:.()]{0,60}?(?:,|\.|$)"
    r"|\s+(?:[\w-]+\s+){1,3}(?:faction|wing|branch|affiliate|offshoot|unit|group|militia|"
    r"movement|coalition|alliance|organi[sz]ation|network|front)\b[^,;:.()]{0,60}?(?:,|\.|$)",
    re.IGNORECASE,
)
"""After the appositive: the verb of the counted victims, or the appositive names a group
("killed three members of the Carlos Patino front, a faction of the dissident EMC, during")."""


def _is_appositive(sentence: str, number: NumberPhrase) -> bool:
    """'One soldier, a 22-year-old sergeant, was killed', '20 soldiers and members of the VDP,
    a civilian auxiliary force, were killed': "a" between commas before the verb says who the
    victims counted before it were; it is no victim of its own ("A soldier, a policeman, and a
    civilian": a list goes on with "and")."""
    return (
        _APPOSITIVE_BEFORE_RE.search(sentence, max(0, number.start - 4), number.start) is not None
        and _APPOSITIVE_AFTER_RE.match(sentence, number.end) is not None
        and any(
            _COUNTED_HEAD_RE.fullmatch(sentence, n.end, number.start) is not None
            for n in find_numbers(sentence[: number.start])
            if not n.article or _ORDINAL_AFTER_RE.match(sentence, n.end) is not None
        )
    )


_ORDINAL_AFTER_RE = rx(
    r"\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", re.IGNORECASE
)
"""'A fourth victim, a 10-year-old boy, was hit': the ordinal counts the one the appositive
says who was."""


_COUNTED_HEAD_RE = rx(
    r"(?:(?!\b(?:was|were|is|are|has|have|had|died|killed|dead)\b)[^,;:]){1,90},\s*",
    re.IGNORECASE,
)
"""From a count to the appositive after it: the victims it counts ("his passenger, a
38-year-old woman, was taken to hospital" has no count: the appositive is the one hurt)."""


_EARLIER_INCIDENT_RE = rx(
    r"(?P<marks>\b(?:marks?|marked|marking)\s+(?:exactly\s+)?(?:one|a|two|three|four|five|six|"
    r"ten|\d+)\s+(?:years?|months?)\s+(?:since|after)\b)|,\s+(?:just\s+|only\s+)?(?:a|one|two|three|"
    r"four|five|six|\d+)\s+(?:days?|weeks?|months?|years?)\s+after\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:attack|massacre|strike|bombing|raid|assault|ambush|shelling)\b(?:(?=[^,;:]{0,80}?\b(?:that|"
    r"which)\s)|[^,;:]{0,80}?$)|\b(?:came|comes|follows|followed|following)\s+"
    r"(?:just\s+|only\s+)?(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?)\s+"
    r"after\b|(?P<after>^\W*(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|years?)\s+"
    r"after\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}?(?:attack|massacre|strike|bombing|raid|assault|"
    r"killings?|ambush|shelling)\s+(?:that\s+|which\s+)?$"
    r"|^\W*(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|years?)\s+"
    r"after\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}?(?:attack|massacre|strike|bombing|raid|assault|"
    r"killings?|ambush|shelling)\b(?:\s+(?:on|in|at|near|of)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+)?,?\s+"
    r"(?:in|during)\s+which\b)",
    re.IGNORECASE,
)
"""Before a figure, a sentence that tells an earlier incident: "Today marks one year since the
strike ... that killed 33", "The strike came a day after more than 50 people were killed"."""
_FUNERAL_OF_BEFORE_RE = rx(
    r"\bfunerals?\s+(?:procession\s+|prayers\s+|service\s+)?(?:of|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_DIED_BEFORE_RE = rx(
    r"[^.;]{0,40}?\b(?:last\s+(?:week|month|year)|(?:days|weeks|months)\s+ago|earlier\s+this\s+"
    r"(?:week|month)|in\s+(?:an?|the)\s+(?:earlier|previous))\b",
    re.IGNORECASE,
)
"""After the one mourned, when he died: "killed last week" (not "killed by the bomb", today's)."""
_MARKING_SINCE_RE = rx(
    r",\s+(?:marking|to\s+mark|commemorating)\s+(?:exactly\s+)?(?:one|a|two|three|four|five|six|"
    r"ten|\d+)\s+(?:years?|months?)\s+since\b|,\s+(?:marking|to\s+mark|on)\s+the\s+(?:[\w-]+\s+)?"
    r"anniversary\s+of\b",
    re.IGNORECASE,
)
"""After a figure, the anniversary a gathering marks: the figure is that earlier event's."""
_RETURNING_FROM_RE = rx(
    r"\b(?:were|was)\s+returning\s+(?:from|after)\s+(?:an?|the|their|its)\s+[^.;]{0,100}?"
    r"\b(?:operation|patrol|raid|mission|offensive)\b[^.;]{0,60}?,\s+(?:during|in)\s+which\s+[^.;]{0,60}$",
    re.IGNORECASE,
)
"""A unit on its way back from an earlier operation whose dead the sentence then tells."""
_FUNERAL_FOR_RE = rx(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:[A-Z][\w ]{1,30}(?:\s*\([^()]{1,40}\))?:\s+|"
    r"(?-i:[A-Z][A-Z .,()-]{1,40}?)\s+[—–-]\s+)?"
    r"(?:(?:Separately|Meanwhile|Elsewhere|Earlier|Also|In\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])"
    r"[\w’'-]+)?),\s+)?"
    r"(?:(?:[\w’'-]+\s+){0,4}?(?:funerals?|funeral\s+prayers|burials?|"
    r"mourners\s+buried|vigils?)\s+(?:(?:were|was|are|is|have\s+been|has\s+been)\s+)?(?:held|"
    r"offered|performed)\b[^.;]*?\bfor\b|(?:The\s+)?funeral\s+prayers\s+of\b|"
    r"(?:[\w’'-]+\s+){1,8}?(?:marched|walked|processed|filed)\b[^.;]{0,80}?\bbehind\s+the\s+"
    r"(?:bodies|coffins|biers)\s+of\b|(?:[\w’'-]+\s+){1,8}?(?:had\s+)?(?:gathered|assembled)\s+to\s+"
    r"bury\b|"
    r"(?P<gathered>(?:[\w’'-]+\s+){1,8}?(?:gathered|assembled|turned\s+out|came|lined\s+the\s+"
    r"streets|took\s+part|joined|attended)\b[^.;]{0,60}?\b(?:for|in|to\s+accompany|accompanying)\s+"
    r"the\s+(?:funerals?|burials?)(?:\s+(?:procession|cortege|prayers|service))?\s+of\b)|(?:[\w’'-]+\s+){1,8}?attended\s+(?:the\s+|an?\s+)?(?:funerals?|burials?)\b"
    r"[^.;]{0,40}?\bfor\b|(?:[\w’'-]+\s+){1,8}?attended\s+(?:the\s+|an?\s+)?(?:funerals?|burials?|"
    r"funeral\s+prayers)(?:\s+on\s+\w+)?\s+of\b(?![^.;]{0,60}\b(?:in|during)\s+the\s+(?:attack|strike|raid|"
    r"ambush|assault|blast|bombing)\b))",
    re.IGNORECASE,
)
"""A sentence that opens on funerals held for the dead ("Funerals were held on Friday for 12
cadets killed in Tuesday's strike", "NIAMEY — Funerals were held ...", "PESHAWAR: Funeral
prayers were offered for the nine
soldiers martyred in Wednesday's ambush", a headline's "Funerals held for 9 soldiers killed
in ambush"): the dead of an earlier report."""
_SAME_PERIOD_RE = rx(
    r"\b(?:over|during|in|for|across)\s+the\s+same\s+(?:period|time|span|months?|weeks?|years?)\b",
    re.IGNORECASE,
)
"""After a figure, the period of a toll told before it: "28 people in Israel were killed by
Iranian missiles over the same period"."""
_THAT_PERIOD_RE = rx(
    r"\b(?:in|during|over|across|within)\s+(?:that|this)\s+(?:period|time|span)\b", re.IGNORECASE
)
"""Before a figure, the period of a toll told before it: "attacks in that period, which killed
more than 1,200 people"."""
_NEW_CLAUSE_RE = rx(r";|,\s*(?:as|while|and|but|when)\b", re.IGNORECASE)
_NEW_ATTACK_RE = rx(
    r"\s(?:as|while|after)\s+(?:an?\s+|the\s+)?(?:new|fresh|another|second|separate|renewed)\b|"
    r"\s(?:when|as)\s+(?:[\w-]+\s+){0,4}?(?:opened\s+fire|struck|hit|attacked|exploded|detonated|"
    r"stormed|blew)\b",
    re.IGNORECASE,
)
"""A new incident after a funeral's dead: a headline's "Funerals held for 9 soldiers killed in
ambush as new attack kills 4", "... for the funeral of a chief when gunmen opened fire"."""
_SAME_PERIOD = "the same period"
_LONG_TALLY_RE = rx(
    r"\b(?:deadliest|bloodiest|worst)\s+(?:month|year)\b|\b(?:monthly|quarterly|annual)\s+(?:update|"
    r"report|toll|tally|count|figures?|bulletin|brief|briefing|review|summary)\b|\bweekly\s+(?:toll|"
    r"tally|count|figures?|statement|aggregate|total)\b",
    re.IGNORECASE,
)
"""A month's tally in the figure's sentence: "July was the deadliest month for civilians, with
286 killed"."""
_SINCE_ALONE_RE = rx(
    r"(?:\s+(?:at|in|to)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?\s+since(?:\s+then|\s+that\s+"
    r"(?:date|day|time))?(?=\s*[.;,]|\s*$)",
    re.IGNORECASE,
)
"""After a figure, "since" alone: "hundreds of its soldiers have died since" (the war began),
"at least 80 people have been killed since that date"."""


_OF_WHOM_RE = rx(
    r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s+(?:of|among)\s+whom\b",
    re.IGNORECASE,
)
"""A count of some of those just told: "179 casualties, 21 of whom were dead"; not "both of
whom sustained shrapnel wounds", which tells the same people again."""
_COURT_CASE_RE = rx(
    r"\b(?:sentenc(?:ed|es|ing)|convict(?:ed|s|ing)|acquitt(?:ed|al)|found\s+guilty|indicted|"
    r"(?:court|tribunal|judge)\s+(?:[\w-]+\s+){0,3}?jailed|"
    r"(?:was|were|been|being|is|are)\s+(?:charged|tried|jailed|prosecuted)(?!\s+by\b)|(?:on|stand|stood|"
    r"faces?|facing|went\s+on|goes\s+on|go\s+on)\s+trial|trial\s+of|court(?:-|\s+)martial(?:led)?)"
    r"\b[^.;:]{0,120}\b(?:for|of|over|in\s+connection\s+with)\s|"
    r"\b(?:filed|files|filing)\s+(?:its\s+|a\s+|the\s+)?(?:[\w-]+\s+)?(?:chargesheet|charge\s+sheet|"
    r"indictment)\s+(?:in|over|for)\s|\b(?P<accused>accused|suspected)"
    r"\s+of\s|\b(?:arrested|detained|apprehended|nabbed|caught)\b[^.;:]{0,120}?\b(?:in\s+"
    r"connection\s+with|for\s+(?:their|his|her|its)\s+(?:alleged\s+)?(?:role|involvement|"
    r"part)\s+in)\s",
    re.IGNORECASE,
)
"""A court case: the dead of the crime it tries are an earlier incident's ("a court sentenced
a soldier to life in prison for killing three civilians", "over a failed coup in which six
people were killed")."""
_TRIAL_RE = rx(r"\b(?:trial|court|tribunal|judge|verdict)\b", re.IGNORECASE)
_COURT_FOR_RE = rx(r"\b(?:for|of|over|in\s+connection\s+with)\s", re.IGNORECASE)
_COURT_GAP_RE = rx(
    r"\s*(?:the\s+)?(?:(?:killing|killings|murder|murders|murdering|deaths?)\s+(?:of\s+)?)?"
    r"|[^.;,]{0,120},\s+an?\s+(?:[\w-]+\s+){0,2}?(?:attack|ambush|massacre|bombing|raid|"
    r"shooting|rampage)\s+(?:in\s+which|that|which)\s[^.;,]*"
    r"|[^.;,]{0,100}?\b(?:attacks?|ambush(?:es)?|massacres?|bombings?|coup|raids?|killings?|"
    r"shootings?|assaults?|strikes?|attempt|bid|plot|rampage|lynching|downing|hijacking|siege|"
    r"blasts?|explosions?|shelling)\b[^.;,]{0,60}?,?\s*"
    r"(?:in\s+which|during\s+which|that|which)\s[^.;,]*",
    re.IGNORECASE,
)
"""Between a court's "for" and the figure: nothing ("for killing three"), or the crime and a
clause that tells its dead; not a subject of a new deed ("A man convicted of theft in 2019
killed 3 people on Friday")."""
_APART_FROM_RE = rx(
    r"\b(?:coded|recorded|counted)\s+(?:as\s+(?:a\s+)?separate\s+(?:events?|incidents?)|separately)"
    r"\s+from\b[^.;]*$",
    re.IGNORECASE,
)
_THOSE_RE = rx(r"\s*(?:those|these|they|all\s+of\s+them|this|that|it)\s", re.IGNORECASE)
_CODED_APART_RE = rx(
    r"\b(?:(?:is|are|was|were|been|be)\s+(?:coded|recorded|counted)\s+"
    r"(?:separately|apart|as\s+(?:a\s+)?separate\s+(?:events?|incidents?|entr(?:y|ies)))"
    r"(?!\s+(?:by|at|in)\b)|"
    r"(?<=,\s)in\s+a\s+separate\s+event(?=\s*[.;]|\s*$))",
    re.IGNORECASE,
)
"""An event note's word that a sentence's dead belong to another event: "The 19 July strike,
which killed one person, is coded separately", "shot dead on 3 October, in a separate
event"."""


_TOLL_OF_HURT_RE = rx(r"\s+(?:people\s+)?(?:injured|wounded|hurt)\b", re.IGNORECASE)
_ALL_OF_WHOM_RE = rx(
    r"\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z][\w-]*)(?:\s+(?:in|near|at)\s+(?-i:[A-Z])[\w’'-]+"
    r"(?:\s+(?-i:[A-Z])[\w’'-]+)?)?\s*,\s*all\s+of\s+(?:whom|them)\s+"
    r"(?:(?:it|they|he|she|police|officials|the\s+army|the\s+military)\s+said\s+)?"
    r"(?:were|had\s+been|have\s+been)?\s*(?P<verb>killed|dead|wounded|injured)\b",
    re.IGNORECASE,
)
"""After a count: "a group of 8 infantrymen, all of whom it said were killed", "a van carrying
nine officers, all of whom were wounded"."""


def _all_of_whom_died(
    sentence: str, numbers: list[NumberPhrase], used: set[int], pending: list[Pending]
) -> list[Pending]:
    """ "strikes on a group of 8 infantrymen, all of whom were killed": the group's count is
    the dead's."""
    out: list[Pending] = []
    for number in numbers:
        if id(number) in used or number.article:
            continue
        found = _ALL_OF_WHOM_RE.match(sentence, number.end)
        if found is None or any(p.start <= number.start < p.end for p in pending):
            continue
        victims = classify_victims([found["noun"]])
        if victims is None:
            continue
        used.add(id(number))
        kind: Kind = "killed" if found["verb"].lower() in ("killed", "dead") else "injured"
        out.append(Pending(kind, number, victims, number.start, found.end(),
                           found.start("verb"), found.end("verb"), False))  # fmt: skip
    return out


_SAME_DEED_RE = rx(
    r"\b(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(?:strike|blast|attack|bombing|shelling|raid|explosion|"
    r"ambush|incident)\b",
    re.IGNORECASE,
)
_PLACE_AFTER_COUNT_RE = rx(r"\b(?:in|near|at|outside)\s+(?P<place>(?-i:[A-Z])[\w’'-]+)")


def _new_place_after(text: str, offset: int, sentence: str, end: int) -> bool:
    """After the count, a place the text has not named before ("9 people killed while waiting
    for aid near Rafah")."""
    found = _PLACE_AFTER_COUNT_RE.search(sentence, end)
    return found is not None and found["place"] not in text[:offset]


_OF_THE_TAKEN_RE = rx(
    r"\s+of\s+(?:the|those)\s+(?:abducted|kidnapped|hostages|captives|abductees|missing|"
    r"(?:people|villagers|civilians|passengers|women|men)\s+(?:abducted|kidnapped|taken|seized|"
    r"missing))\b",
    re.IGNORECASE,
)
"""After a count: of people taken or missing, not of the dead told before ("Two of the
abducted were later found dead")."""
_ALSO_STRUCK_RE = rx(
    r"\balso\s+(?:struck|hit|targeted|attacked|shelled|bombed|ambushed|raided)\b", re.IGNORECASE
)
"""Another target "also struck": its dead are more dead, not the same."""
_SEPARATELY_SAID_RE = rx(
    r"\bseparately\s+(?:said|says|reported|reports|announced|confirmed)\s+(?:that\s+)?"
    r"(?:[\w’'-]+\s+){0,4}$",
    re.IGNORECASE,
)
"""A speaker who "separately said two members of their naval forces had been killed": other
dead than those told before, added to them."""
_ALSO_REPORTED_RE = rx(
    r"\balso\s+(?:reported|recorded|counted|documented|registered)\b", re.IGNORECASE
)
"""A source that "also reported" dead, after others were told: more dead, not the same."""
_SINCE_PHRASE_RE = rx(r"\bsince\s+[^,.;:]{3,60}", re.IGNORECASE)


def _long_period_before(text: str, offset: int) -> str | None:
    """The last long period ("since the war erupted in April 2023", "between January 2021 and
    June 2025") told before `offset`."""
    told = [(m.start(), m.group()) for m in _SINCE_PHRASE_RE.finditer(text, 0, offset)]
    told += [(m.start(), m.group()) for m in period_matches(text[:offset])]
    return next((p for _, p in sorted(told, reverse=True) if is_long_period(p)), None)


def _funeral_dead(sentence: str, start: int) -> bool:
    """The figure at `start` counts the dead a funeral is held for ("Funerals were held for 12
    cadets killed in Tuesday's strike"): an earlier report's, whenever they died."""
    funeral = _FUNERAL_FOR_RE.match(sentence)
    return (
        funeral is not None
        and (
            funeral.end() <= start
            or sentence.startswith(("bodies", "coffins", "biers"), start)  # "marched behind
            # the bodies of three men killed": the figure's own word closes the funeral's
        )
        and not _NEW_CLAUSE_RE.search(sentence, funeral.end(), start)
        and not _NEW_ATTACK_RE.search(sentence, funeral.end(), start)
        and not (
            funeral["gathered"]
            and sentence[funeral.end() : start].strip().lower() not in ("", "the")
        )
    )  # "Mourners gathered for the funerals of four rescuers killed": the four, no one later


def _told_as_background(
    sentence: str, start: int, end: int, count: int, period: str | None, past: bool
) -> tuple[str | None, bool]:
    """The period and pastness of a figure whose sentence tells it as background only by a
    clause the period phrases do not read: an earlier incident (`_EARLIER_INCIDENT_RE`), a
    month's tally (`_LONG_TALLY_RE`), "hundreds of its soldiers have died since"."""
    earlier = _EARLIER_INCIDENT_RE.search(sentence, 0, start)
    if earlier is not None and earlier["after"]:
        close = sentence.find(",", earlier.end())  # the match ends on "in which"
        if close < 0 or start < close:  # "Two weeks after the attack, in which 100 were
            return earlier.group(), True  # killed, survivors ...": that attack's dead only
    elif earlier is not None and (earlier["marks"] or "," not in sentence[earlier.end() : start]):
        return earlier.group(), True  # not "The attack, which came a day after ..., killed 12"
    if (
        _FUNERAL_OF_BEFORE_RE.search(sentence, max(0, start - 60), start) is not None
        and _DIED_BEFORE_RE.match(sentence, end) is not None
    ):
        return "an earlier report", True  # "fired rubber bullets at the funeral of a man killed
        # last week": the one mourned died before
    if _MARKING_SINCE_RE.search(sentence, end) is not None:
        return "an anniversary", True  # "... where 364 people were killed at a music festival
        # on 7 October 2023, marking one year since the attack": that attack's dead
    if _RETURNING_FROM_RE.search(sentence, 0, start):
        return "an earlier operation", True  # "The jawans were returning after a joint
        # operation, during which five Maoists had been killed on Saturday"
    court = _COURT_CASE_RE.search(sentence, 0, start)
    if court is not None and (court["accused"] is None or _TRIAL_RE.search(sentence)):
        ends = [court.end()] + [  # "sentenced 37 people ... over the failed coup attempt of
            m.end()  # May 2024, in which six people were killed": the crime after any "over"
            for m in _COURT_FOR_RE.finditer(sentence, court.start(), court.end() - 1)
        ]
        if any(
            not _NEW_CLAUSE_RE.search(sentence, at, start)
            and _COURT_GAP_RE.fullmatch(sentence, at, start)
            for at in ends
        ):
            return "a court case", True  # "sentenced a soldier to life for killing three"
    if _APART_FROM_RE.search(sentence, 0, start):
        return "a separate event", True  # "recorded as a separate event from the 21 September
        # clashes in which 3 people died": those clashes' dead
    separate = _CODED_APART_RE.search(sentence, end)
    if separate is not None and (
        not _NEW_CLAUSE_RE.search(sentence, end, separate.start())
        or _THOSE_RE.match(sentence, sentence.rfind(";", end, separate.start()) + 1)
    ):
        return "a separate event", True  # "The 19 July strike, which killed one, is coded
    if _funeral_dead(sentence, start):  # separately": another event's dead
        return "an earlier report", True
    if (
        _SAME_PERIOD_RE.search(sentence, end) is not None
        or _THAT_PERIOD_RE.search(sentence, 0, start) is not None
    ):
        return _SAME_PERIOD, past
    if period is not None:
        return period, past
    tally = _LONG_TALLY_RE.search(sentence, 0, start)
    if tally is not None:  # not "killed 12 on Friday, the UN said in its monthly update"
        return tally.group().lower(), past
    if _SINCE_ALONE_RE.match(sentence, end) is not None and count >= 10:
        return "since the start of the war", past  # not "One has died since"
    began = _BEGAN_IN_RE.search(sentence, 0, start)
    if began is not None and _HAVE_KILLED_RE.search(sentence, began.end(), start + 60):
        return began.group(), past  # "The clashes, which began in May 2023, have killed 250"
    return period, past


_BEGAN_IN_RE = rx(
    r"\b(?:which|that)\s+(?:began|started|erupted|broke\s+out)\s+(?:in|on)\s+(?:(?-i:[A-Z])[a-z]+\s+)?"
    r"(?:19|20)\d\d\b",
    re.IGNORECASE,
)
"""A subject's clause that dates its beginning by a year: the toll it "has killed" since."""
_HAVE_KILLED_RE = rx(r"\b(?:have|has)\s+(?:now\s+)?(?:killed|left|claimed)\b", re.IGNORECASE)


_FIELD_RE = rx(
    r"(?:^|(?<=[\s.;|/(]))(?:(?-i:Total|Overall|Final)\s+(?=(?-i:dead|killed|deaths|injured|"
    r"wounded)\s*:))?(?P<label>(?-i:Dead|Killed|Deaths|KIA|Injured|Wounded|WIA|Injuries|Hurt)|"
    r"(?:(?<=Total\s)|(?<=Final\s)|(?<=Overall\s))(?-i:dead|killed|deaths|injured|wounded)|(?-i:DEAD|KILLED|INJURED|WOUNDED)|"
    r"(?:(?<=:\s)|(?<=;\s))(?-i:killed|dead|injured|wounded)(?=\s*[\u2014\u2013-]))\s*(?::|[\u2014\u2013-]+)\s*"
    r"(?=(?:at\s+least\s+|about\s+|approx\.?\s+|"
    r"around\s+|some\s+|over\s+|more\s+than\s+)?\d)"
)
_FIELD_PLACE_RE = rx(r"\s+in\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?\s*,\s*(?:and\s+)?")
"""A field's count by place, and the comma before the next: "4 in Kostiantynivka, "."""
_IN_PLACE_RE = rx(r"\s+in\s+(?-i:[A-Z])")
"""A field of an incident log or a security brief: "Dead: 6 (2 children ...). Injured: 9.",
"Killed: 14 - 9 civilians, ...", "Fatalities: 1. WIA: 5." ("Fatalities" is read as a word)."""
_FIELD_KILLED = frozenset(("dead", "killed", "deaths", "kia"))


def _field_figures(
    sentence: str, numbers: list[NumberPhrase], used: set[int], pending: list[Pending]
) -> list[tuple[int, int]]:
    """The figures of a note's fields, added to `pending`; the spans of their labels, which
    the keyword loop passes over."""
    spans: list[tuple[int, int]] = []
    for field in _FIELD_RE.finditer(sentence):
        number = next((n for n in numbers if field.end() <= n.start <= field.end() + 16), None)
        if number is None or id(number) in used or number.article:
            continue
        kind: Kind = "killed" if field["label"].lower() in _FIELD_KILLED else "injured"
        used.add(id(number))
        ls, le = field.span("label")
        named = right_victims(sentence, number)
        victims, end = named if named is not None else ("people", number.end)
        pending.append(Pending(kind, number, victims, ls, end, ls, le, False))
        if named is not None:  # "Killed: 3 soldiers, 2 civilians": the field's list goes on
            for mate, mates, stop in _listed_after(sentence, numbers, used, end):
                pending.append(Pending(kind, mate, mates, mate.start, stop, ls, le, False))
        if _FIELD_PLACE_RE.match(sentence, number.end):  # "killed - 4 in Kostiantynivka, 1
            # in Pokrovsk, 2 in Myrnohrad": the field's counts by place
            at = number.end
            while (place := _FIELD_PLACE_RE.match(sentence, at)) is not None:
                listed = next((n for n in numbers if n.start == place.end()), None)
                if (
                    listed is None
                    or id(listed) in used
                    or not _IN_PLACE_RE.match(sentence, listed.end)
                ):
                    break
                used.add(id(listed))
                pending.append(
                    Pending(kind, listed, "people", listed.start, listed.end, ls, le, False)
                )
                at = listed.end
        spans.append((ls, le))
    return spans


_THE_WOUNDED_ONE_RE = rx(
    r"\W*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?[\])]?\s*(?:[—–-]\s*)?)?"
    r"(?:(?-i:[A-Z])[\w ]{1,30}:\s+)?(?:[^.;:]{0,60}?\b(?:said|says|added|reported|confirmed)\s+"
    r"(?:that\s+)?)?(?P<who>he|she|the\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|child|soldier|victim|teenager|"
    r"officer|policeman|driver|passenger|farmer|resident|worker|civilian|guard|fisherman|shepherd|"
    r"employee|student|pupil|patient|nurse|medic|paramedic|journalist|firefighter|rescuer|"
    r"passer-?by|bystander|pedestrian|shopkeeper|vendor|constable|jawan|person))(?:\s+(?:who\s+was\s+)?(?:wounded|injured|"
    r"hurt)\b[^,.;]{0,60}?)?\s+(?:has\s+|had\s+|later\s+|since\s+|also\s+)*(?P<verb>died|succumbed)\b",
    re.IGNORECASE,
)
"""After one person told wounded: that person's death ("He died of his wounds", "17:20 MDA: the
man wounded earlier in Kiryat Shmona has died")."""


def _line_head(sentence: str) -> str | None:
    """The place heading a live page's stamped line ("11:30 Mykolaiv: ..."), if any."""
    stamp = _STAMPED_HEAD_RE.match(sentence)
    return stamp["head"] if stamp is not None else None


_STAMPED_HEAD_RE = rx(
    r"\W*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?[\])]?\s*(?:[—–-]\s*)?)"
    r"(?P<head>(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?)\s*:\s",
    re.IGNORECASE,
)


def _clause_day(text: str, offset: int) -> str | None:
    """The day a clause's sentence has from the clause before its semicolon ("On 5 June,
    Rwandan forces clashed with insurgents near Mucojo; state media reported that eight
    insurgents were killed"): that clause's day, when it names one."""
    if offset < 2 or text[offset - 2 : offset].strip() != ";":
        return None
    start = max(text.rfind(".", 0, offset - 2), text.rfind("\n", 0, offset - 2)) + 1
    clause = text[start : offset - 2]
    return incident_day(clause, len(clause)) if " on " in clause or "On " in clause else None


def _the_wounded_one_died(
    sentence: str, pending: list[Pending], last_hurt: NumberPhrase, before: str
) -> None:
    """The one person told wounded before, who has died: one dead, who leaves the injured; not
    one "wounded in the Nabatieh strike" where only a strike elsewhere was told before."""
    found = _THE_WOUNDED_ONE_RE.match(sentence)
    if found is None or _OTHER_WOUNDING_RE.search(sentence) is not None:
        return
    where = _WOUNDED_WHERE_RE.search(sentence, found.start("who"), found.start("verb"))
    if where is not None and where["place"] not in before:
        return
    dead = [p for p in pending if p.kind == "killed"]
    if not dead:
        one = _one_person(found.start("who"), found.end("who"))
        ks, ke = found.span("verb")
        pending.append(Pending("killed", one, "people", one.start, one.end, ks, ke, False))
        dead = pending[-1:]
    if len(dead) == 1 and dead[0].number.count == 1 and dead[0].whole is None:
        dead[0].whole = last_hurt


_WOUNDED_WHERE_RE = rx(
    r"\b(?:wounded|injured|hurt)\s+(?:in|at|near)\s+(?:the\s+)?(?P<place>(?-i:[A-Z])[\w’'-]+)"
)
_CODED_OPEN_RE = rx(r"[\s/•*-]*Coded\b", re.IGNORECASE)
_CODED_KILLED_RE = rx(
    r"[\s/•*-]*Coded\s+(?:as\s+)?(?:(?:the\s+)?(?:lower|higher|lowest|conservative|minimum)\s+"
    r"(?:figures?|estimates?|counts?)\s*:?\s*)?(?P<n>\d[\d,]*)(?![\d,]*\s*[-/]\d{2})"
    r"(?=\s*(?:$|[.;,:]|/\s*\d|[—–-]\s|\((?!\s*(?:geo|time|event|date|precision))|(?:killed|dead|"
    r"deaths|fatalities|people|civilians)\b))"
    r"|[^.]*?\bfatalities\s*:?\s*(?P<f>\d[\d,]*)"
    r"|[^.;]*?,\s*(?P<c>\d[\d,]*)\s*\.?\s*$",
    re.IGNORECASE,
)
"""A coder's closing line stating the note's total without a word of death ("Coded 18.",
"Coded 6 (several = 3, plus 3)", "Coded as 35", "Coded lower figure: 30", "Coded as a new
event on the discovery date; fatalities 17", "Coded as execution of prisoners, 3")."""
_CODED_INJURED_RE = rx(r"\s*/\s*(?P<n>\d[\d,]*)|[^.;]*?\binjured\s*:?\s*(?P<m>\d[\d,]*)")


def _coded_totals(sentence: str, pending: list[Pending]) -> list[Pending]:
    """The killed (and injured) a coder's closing line states ("Coded 3 / 7": 3 killed, 7
    injured), when the line tells no figure of the dead in words."""
    found = _CODED_KILLED_RE.match(sentence)
    if found is None:
        return []
    group = next(g for g in ("n", "f", "c") if found[g] is not None)
    numbers = {n.start: n for n in find_numbers(sentence)}
    number = numbers.get(found.start(group))
    if number is None:
        return []
    ks, ke = found.span(group)
    out = [Pending("killed", number, "people", ks, ke, ks, ke, False)]
    hurt = _CODED_INJURED_RE.match(sentence, ke)
    if hurt is not None and not any(p.kind == "injured" for p in pending):
        at = hurt.start("n") if hurt["n"] is not None else hurt.start("m")
        injured = numbers.get(at)
        if injured is not None:
            out.append(Pending("injured", injured, "people", at, hurt.end(), at, hurt.end(), False))
    return out


_ELLIPTIC_BEFORE_RE = rx(
    r"(?:\b(?:said|says|put\s+(?:it|the\s+(?:figure|toll|number))\s+at|gave\s+(?:a\s+)?(?:figure|"
    r"toll|number|count)\s+of|counted|reported|estimated|cited|(?:speaks|spoke|speak|talks|"
    r"talked)\s+of|mentions|mentioned)|/)\s*['\"‘“]?$",
    re.IGNORECASE,
)
_ELLIPTIC_AFTER_RE = rx(
    r"['\"’”]?\s*(?:\((?:per|according\s+to)\b[^()]*\)\s*)?(?:[.,;)\u2013\u2014]|$|\s[-\u2013\u2014]\s|"
    r"\s+(?:and|while|but)\b)",
    re.IGNORECASE,
)


def _elliptic_rival(
    sentence: str, numbers: list[NumberPhrase], used: set[int], pending: list[Pending]
) -> list[Pending]:
    """'Survivors said more than 150 died; a local administrator said more than 50', '80
    killed ..., while the governor gave a figure of around 60', '19 killed (per Civil
    Defence) / 13 (per MoH)': another source's count of the same dead, told with no word of
    death; `_rival_accounts` then weighs the two."""
    out: list[Pending] = []
    for n in numbers:
        if id(n) in used or n.article:
            continue
        told = [p for p in pending if p.whole is None and p.end <= n.start and not p.toll]
        if not told:
            continue
        p = told[-1]
        if not _RIVAL_RE.search(sentence[p.end : n.start]):
            continue
        if _ELLIPTIC_BEFORE_RE.search(sentence, max(0, n.start - 50), n.start) is None:
            continue
        if _ELLIPTIC_AFTER_RE.match(sentence, n.end) is None:
            continue
        used.add(id(n))
        out.append(Pending(p.kind, n, p.victims, n.start, n.end, n.start, n.end, False))
    return out


_PLUS_AFTER_RE = rx(
    r"\s*(?:\([^()]{1,80}\)|\s[\u2013\u2014-]\s[^\u2013\u2014;]{1,80}?\s[\u2013\u2014-])?\s*,?\s+plus\s+"
    r"(?P<np>(?:the|an?|one|his|her|their|\d{1,4})\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\b"
    r"(?!\s+(?:of|in)\b)",
    re.IGNORECASE,
)
_PLUS_BEFORE_RE = rx(
    r"(?:^|[\s(,;:\u2013\u2014-])(?P<np>(?:(?:the|an?|one)\s+)?(?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s+"
    r"plus\s+$",
    re.IGNORECASE,
)


def _plus_one(
    sentence: str, numbers: list[NumberPhrase], used: set[int], pending: list[Pending]
) -> list[Pending]:
    """'6 killed (4 soldiers, 2 civilians) plus the driver', 'bomber plus 3 traders dead': one
    person told beside a count with "plus" shares its verb."""
    out: list[Pending] = []
    for p in pending:
        if p.whole is not None or p.toll:
            continue
        after = _PLUS_AFTER_RE.match(sentence, p.end)
        before = (
            _PLUS_BEFORE_RE.search(sentence, max(0, p.number.start - 40), p.number.start)
            if not p.active and p.number.end <= p.keyword_start
            else None
        )
        for found in (after, before):
            if found is None:
                continue
            words = found["np"].split()
            counted = next((n for n in numbers if n.start == found.start("np")), None)
            if counted is not None and not counted.article:
                # "18 killed - 13 civilians and 5 soldiers - plus 16 attackers"
                victims = classify_victims(words[1:]) if id(counted) not in used else None
                if victims is not None:
                    used.add(id(counted))
                    out.append(Pending(p.kind, counted, victims, counted.start,
                                       found.end("np"), p.keyword_start, p.keyword_end,
                                       False))  # fmt: skip
                continue
            if words[0].lower() in ("the", "a", "an", "one", "his", "her", "their"):
                words = words[1:]
            victims = classify_victims(words, singular=True) if words else None
            if victims is None or (words[-1].lower().endswith("s") and victims != "militants"):
                continue  # no person, or a plural of no count
            one = _one_person(found.start("np"), found.end("np"))
            out.append(Pending(p.kind, one, victims, one.start, one.end, p.keyword_start,
                               p.keyword_end, False))  # fmt: skip
    return out


_POSSESSOR_KIN_RE = rx(
    r"\b(?:(?-i:The)\s+[a-z]+|(?-i:[A-Z])[\w-]+)['’]s\s+(?=(?:wife|husband|son|daughter|mother|"
    r"father|brother|sister|sons|daughters|children|grandson|granddaughter|grandchildren)\b)"
)
"""A possessor named before a relative ("Salman's wife", "The man's daughter")."""


_SHOT_ONE_DEAD_RE = rx(
    r"\b(?P<verb>shot|gunned)\s(?P<who>(?:the|an?)\s(?:[a-z-]+\s)?[a-z-]+)\sdead\b", re.IGNORECASE
)
"""One person shot dead told between the verb and "dead": "shot the attacker dead"."""
_BOTH_SIDES_RE = rx(
    r"(?<=[a-z])\s+(?:from|on|of)\s+both\s+sides(?=\s+(?:dead|killed|wounded|injured)\b)",
    re.IGNORECASE,
)
"""Between the dead and their verb, whose dead they were: "seven fighters from both sides dead"."""


def _as_his(match: re.Match[str]) -> str:
    word = "His" if match.group()[:1].isupper() and match.start() == 0 else "his"
    return word + " " * (len(match.group()) - 3)


def _sentence_figures(sentence: str) -> list[Pending]:
    if "'s " in sentence or "’s " in sentence:  # "Salman's wife and their daughter were
        # wounded": read as "his wife" (the same length, so every offset stays the sentence's)
        sentence = _POSSESSOR_KIN_RE.sub(_as_his, sentence)
    if " dead" in sentence and (shot := _SHOT_ONE_DEAD_RE.search(sentence)) is not None:
        # "The clinic's security guard shot the attacker dead": read as "shot dead the
        # attacker" (the same letters, so every offset stays the sentence's own)
        sentence = (
            sentence[: shot.start()] + f"{shot['verb']} dead {shot['who']}" + sentence[shot.end() :]
        )
    if " both sides " in sentence:  # "left seven fighters from both sides dead": read as
        # "seven fighters dead" (blanked, so every offset stays the sentence's own)
        sentence = _BOTH_SIDES_RE.sub(lambda m: " " * len(m.group()), sentence)
    if " whom " in sentence:  # "179 casualties, 21 of whom were declared dead": read as "of
        # them" (a word of the same length, so every offset stays the sentence's own)
        sentence = _OF_WHOM_RE.sub(lambda m: m.group()[:-4] + "them", sentence)
    numbers = [
        n
        for n in find_numbers(sentence)
        if n.count <= MAX_COUNT
        and not is_date_or_year(sentence, n)
        and not _AGE_RE.match(sentence[: n.start][-40:] + sentence[n.start : n.end + 2])
        and not _is_age(sentence, n)
        and not _is_unit(sentence, n)
        and not _MONEY_BEFORE_RE.search(sentence, max(0, n.start - 5), n.start)
        and not (n.article and _REWARD_AFTER_RE.match(sentence, n.end))
        and not _DURATION_AFTER_RE.match(sentence, n.end)
        and not _is_aboard(sentence, n)
        and not (n.article and _is_appositive(sentence, n))
        and not (n.article and _OF_THEM_BEFORE_RE.search(sentence, max(0, n.start - 24), n.start))
        and not (n.article and _in_a_place_or_act(sentence, n))
    ]
    implied = bare_victims(sentence, numbers)
    if implied:
        numbers = sorted([*numbers, *implied], key=lambda n: n.start)
    if (
        not numbers
        and _ONE_PERSON_RE.search(sentence) is None
        and _THE_HURT_NOUN_DIED_RE.search(sentence) is None  # "the injured porter succumbed"
    ):
        return []  # no number, and no named or titled person who could be the one victim
    used: set[int] = set()
    pending: list[Pending] = []
    held = _CAPTIVITY.search(sentence) is not None
    of_hurt = _OF_THE_HURT_RE.match(sentence) is not None  # "Of the 9 wounded, two died"
    fields = _field_figures(sentence, numbers, used, pending) if ":" in sentence else []
    for keyword in keywords(sentence):
        group = keyword.lastgroup or ""
        ks, ke = keyword.span()
        if group == "toll" and sentence[ks:ke] == "total" and not LINE_STAMP_RE.match(sentence):
            continue  # "14:00 IG Bastar: total now seven": a live page's line of a toll told
            # before it; a "total" of no stamped line may count anything
        if fields and any(a <= ks < b for a, b in fields):
            continue  # "Dead: 6": read as a field
        if _UNDONE_RE.search(sentence, max(0, ks - 48), ks):
            continue  # "threatened to kill 20 hostages", "hundreds could be killed if": a deed
            # not done
        if _AVENGED_RE.search(sentence, max(0, ks - 40), ks) and _ONE_DEATH_OF_RE.match(
            sentence, ks
        ):
            continue  # "killed a dozen people ... in apparent retaliation for the death of a
            # gang leader's relative": the death avenged, told as the motive, came before
        if held and keyword.group().lower().startswith("bod"):
            continue  # "hostages still held, including the bodies of 35": no new deaths
        if keyword.group().lower().startswith("bod") and _BODIES_RETURNED_RE.search(sentence):
            continue  # "the bodies of 909 fallen soldiers were repatriated": an exchange
        if keyword.group().lower().startswith("bod") and _KILLED_LONG_BEFORE_RE.search(sentence):
            continue  # "recovered 14 bodies from the rubble ..., of people killed in strikes
            # before the ceasefire": the dead of an earlier time, found now
        if group == "wound" and _WOUNDED_RETURNED_RE.search(sentence, 0, ks):
            continue  # "Among the Ukrainians returned were 12 seriously wounded soldiers": the
            # wounded of an exchange, hurt long before
        if _BODIES_OF_COUNT_RE.search(sentence, max(0, ks - 50), ks) and _BODY_EXCHANGE_RE.search(
            sentence
        ):
            continue  # "receiving the bodies of 909 of its soldiers killed in the fighting"
        if _NEGATION_RE.search(sentence, max(0, ks - 30), ks):
            continue
        if (
            group == "toll"
            and keyword.group().lower().endswith(("estimate", "estimates"))
            and not sentence.startswith(":", ke)
            and _STRENGTH_RE.search(sentence)
            and not _DEATH_WORD_RE.search(sentence)
        ):
            continue  # "the faction's strength at a low estimate of 600 fighters": no dead
        if (
            group == "deaths"
            and sentence[ks] in "mM"
            and _MOURNED_RE.search(sentence, 0, ks)
            and not MOURNS_ITS_FIGHTER_RE.match(sentence, ks)
        ):
            continue  # "the funeral of the two martyrs": the dead of an earlier report
        if (
            group == "hosp"
            and sentence[ks] in "traeTRAE"
            and _TAKEN_RE.match(sentence, ks)
            and _THE_DEAD_TAKEN_RE.search(sentence, max(0, ks - 80), ks)
        ):
            continue  # "the bodies were taken to hospital": the dead, not the hurt
        if (
            group == "hosp"
            and sentence[ks] in "traeTRAE"
            and _TAKEN_RE.match(sentence, ks)
            and _TAKEN_PRONOUN_RE.search(sentence, max(0, ks - 16), ks)
        ):  # "a man was wounded; he was taken to hospital": told already
            continue  # "the bodies were taken to hospital": the dead, not the hurt
        if group == "wound" and _GROUP_NOUN_RE.search(sentence, max(0, ks - 30), ks):
            continue  # "five of the wounded later died": the wounded are who died
        if (
            group == "wound"
            and _ONE_OF_THE_N_RE.search(sentence, max(0, ks - 24), ks)
            and _THEN_DIED_RE.match(sentence, ke)
        ):
            continue  # "one of the two injured sailors had died": the injured told before
        if (
            group in ("wound", "hosp")
            and (
                _WOUNDED_WHO_DIED_RE.match(sentence, ks)
                or (
                    _WHO_WAS_RE.search(sentence, max(0, ks - 40), ks)
                    and _THEN_DIED_RE_AFTER.match(sentence, ke)
                )  # "a soldier who was grievously injured later succumbed"
            )
            and not of_hurt
            and not _SHARE_WHO_RE.search(sentence, max(0, ks - 60), ks)
            # not "two of them, who were seriously injured, later succumbed": of the wounded
            # told before
        ):
            continue  # "an officer wounded in last week's ambush died", "a woman hit by a stray
            # bullet succumbed to her injuries": counted as dead
        after = _AMBIGUOUS_AFTER_RE.search(sentence[ke:])
        before = _AMBIGUOUS_BEFORE_RE.search(sentence, max(0, ks - 20), ks)
        if (
            after is not None
            and (group == "shotdead" or keyword.group().lower() == "dead")
            and _OWN_COUNT_AFTER_RE.match(sentence, ke + after.end())
        ):
            after = None  # "shot three people dead and wounded five": two counts
        if (
            before is not None
            and before.group().split()[0].lower() == "dead"
            and _OWN_COUNT_AFTER_RE.match(sentence, ke)
        ):
            before = None  # not "killed and wounded dozens of soldiers", told together
        if after is not None or before is not None:
            continue
        kind: Kind = "killed"
        if group in ("wound", "injuries", "injtoll", "hosp", "cond", "leftone", "treat", "injof"):
            kind = "injured"
        if group == "wound" and (
            _AND_DIED_RE.match(sentence, ke) or _WOUNDED_ONES_DIED_RE.match(sentence, ke)
        ):
            kind = "killed"  # "was seriously wounded and died in hospital": one dead; "two
            # wounded port workers died in hospital": two
        if group == "toll" and (
            sentence[ks:ke].lower() in ("it", "that", "this", "the number", "the count")
            or (
                sentence[ks:ke].lower().endswith("figure")
                and _REVISING_BEFORE_RE.search(sentence, max(0, ks - 14), ks)
            )
        ):
            told = [p for p in pending if p.end <= ks]
            if not told:
                continue  # "revised it to 50": a count of the dead must come before "it"
            kind = told[-1].kind  # "40 people were wounded and later raised it to 52"
        found = _pair(sentence, keyword, group, numbers, used, pending)
        if found is None:
            continue
        number, victims, active = found
        if _bodies_exchanged(sentence, number):
            continue  # "In return, the bodies of 34 servicemen who died ... were transferred":
            # an exchange of the dead, no new deaths
        if _NONE_OF_RE.search(sentence, max(0, number.start - 20), number.start):
            continue  # "None of the 12 soldiers at the post was hurt": no one of them
        if group == "toll" and kind == "killed" and _TOLL_OF_HURT_RE.match(sentence, number.end):
            kind = "injured"  # "Nikopol toll rises to 5 injured"
        if victims == "people" and group == "deaths":
            whose = _BODIES_OF_RE.match(sentence, ke)  # "several bodies of assailants"
            if whose is not None:
                victims = classify_victims([whose["who"]]) or victims
            elif _LEFT_BEHIND_RE.search(sentence, max(0, number.start - 60), ke + 10):
                victims = "militants"  # "The assailants ... left nine bodies behind"
            elif _NEUTRALISED_THEN_BODIES_RE.search(sentence, max(0, number.start - 140), ks):
                victims = "militants"  # "made it possible to neutralise the assailants, who
                # came in large numbers: about forty bodies were counted on the ground"
        used.add(id(number))
        start, end = min(number.start, ks), max(number.end, ke)
        toll = group in ("toll", "injtoll")
        pending.append(Pending(kind, number, victims, start, end, ks, ke, active, toll))
        if group == "cond" and not _ORDINAL_GAP_RE.match(sentence, number.end):
            hurt = [p for p in pending[:-1] if p.kind == "injured" and p.whole is None]
            if hurt:  # "15 were wounded, three in critical condition": three of the 15
                pending[-1].whole = hurt[-1].number
        apposed = (  # "a passenger, a woman aged 52, was wounded": who the passenger was
            apposed_head(sentence, number, numbers, ks) if number.end <= ks else None
        )
        mates = list_mates(sentence, number, kind, numbers, used, ks, ke, apposed)
        pending.extend(mates)
        if not active and not toll and number.end <= ks:
            starts = [number.start, *(m.start for m in mates)]
            if apposed is not None:
                starts.append(apposed.start)
            first = min(starts)
            head = named_list_head(sentence, first)
            if head is not None:
                one = _one_person(head[0], head[1])
                pending.append(Pending(kind, one, head[2], head[0], head[1], ks, ke, False))
        if active or group in ("deaths", "injof", "toll"):  # "the bodies of a woman and her two
            # daughters", "resulted in the injury of five migrants and one citizen"
            nominal = group in ("deaths", "injof")
            pending.extend(kin_mates(sentence, pending[-1], numbers, used, nominal=nominal))
    pending.extend(_along_with(sentence, numbers, used, pending))
    if " and " in sentence:
        pending.extend(_gapped(sentence, numbers, used, pending))
    pending.extend(_attackers_died(sentence, pending))
    pending.extend(_and_self(sentence, pending))
    if "casualties" in sentence:
        pending.extend(_casualties_including_dead(sentence, numbers, used, pending))
    if "themselves" in sentence:
        pending.extend(_besides_themselves(sentence, numbers, used, pending))
    pending.extend(_self_detonation(sentence, pending))
    if " as " in sentence:
        pending.extend(_as_was_the_attacker(sentence, pending))
    pending.extend(_only_fatality(sentence, pending))
    if "the " in sentence and ("died" in sentence or "succumb" in sentence):
        pending.extend(_one_of_the_wounded_died(sentence, pending))
    if " them " in sentence or " of the " in sentence or " among the " in sentence:
        pending.extend(_wounded_who_died(sentence, numbers, used, pending))
        pending.extend(_the_wounded_whole(sentence, numbers, used, pending))
    if " him" in sentence or " her" in sentence:
        pending.extend(_pronoun_object(sentence, numbers, used, pending))
    if "respectively" in sentence and pending:
        pending.extend(_respectively(sentence, numbers, used, pending))
    if " as w" in sentence and pending:
        pending.extend(_as_were(sentence, numbers, used, pending))
    if "not including" in sentence and pending:
        pending.extend(_not_including_attackers(sentence, numbers, used, pending))
    if "casualt" in sentence or (
        " of " in sentence and ("them" in sentence or "fatal" in sentence)
    ):
        pending = _hit_and_some_died(sentence, numbers, pending)
    if len(pending) >= 1 and len(numbers) > len(used):
        pending.extend(_elliptic_rival(sentence, numbers, used, pending))
    if "plus" in sentence:
        pending.extend(_plus_one(sentence, numbers, used, pending))
    if "all of" in sentence:
        pending.extend(_all_of_whom_died(sentence, numbers, used, pending))
    if "self," in sentence:
        pending.extend(_after_self(sentence, pending))
    if "their " in sentence or "her " in sentence or "his " in sentence:
        _kin_subject_list(sentence, pending)
    pending.extend(explicit_parts(sentence, numbers, used, pending))
    if len(pending) > 2:
        pending.extend(_apposed_breakdown(sentence, pending))
    if "succumb" in sentence or " die" in sentence:
        for p in pending:
            if (
                p.kind == "injured"
                and _HURT_WHO_DIED_RE.match(sentence, p.keyword_end)
                and not _OF_THE_END_RE.search(sentence, max(0, p.number.start - 12), p.number.start)
            ):  # "as three more injured succumb": the dead who raised it; not "one of the 50
                # people wounded died", whose 50 are the wounded
                p.kind = "killed"
                raised = next(
                    (t for t in pending if t.toll and t.kind == "killed" and t.end <= p.start),
                    None,
                )
                if raised is not None and raised.number.count > p.number.count:
                    p.whole = raised.number  # "the toll had climbed to 20 as ... two injured died"
    _raised_tolls(sentence, pending)
    if " others " in sentence:
        _others_of_the_group_before(sentence, numbers, pending)
    if "including" in sentence and len(pending) > 1:
        _bombers_in_the_toll(sentence, pending)
    if ": " in sentence and len(pending) > 1:
        _new_total_after_colon(sentence, pending)
    if "total of" in sentence:
        _total_after_its_parts(sentence, pending)
    _total_after_the_wounded_who_died(sentence, pending)
    if " third " in sentence or " second " in sentence or " another " in sentence:
        _one_more_told_short(sentence, pending)
    if ": " in sentence and len(pending) > 2:
        _colon_breakdown(sentence, pending)
    if len(pending) > 1 and ("toll" in sentence or "stood at" in sentence):
        _later_values(sentence, pending)
    if "among" in sentence:
        _among_the_dead(sentence, pending)
    if " and " in sentence:
        pending.extend(_one_more_listed(sentence, pending))
    if "them" in sentence:
        _antecedents(sentence, pending)
    if ":" in sentence and len(pending) > 1:
        _colon_parts(sentence, pending)
    if len(pending) > 1:
        _others_of_the_dead(sentence, pending)
    if len(pending) > 1 and "with" in sentence:
        _wounded_with_their_dead(sentence, pending)
        _some_with_wounds(sentence, pending)
    if len(pending) > 1 and ";" in sentence:
        _still_treated_of_them(sentence, pending)
    if len(pending) > 1 and " and " in sentence:
        _attackers_bare_mates(sentence, pending)
    if " of " in sentence and not any(p.kind == "injured" for p in pending):
        pending += _one_of_the_hurt_told_here(sentence, numbers, pending)
    for p in pending:
        if p.number.article and _ATTACKER_APPOSED_RE.search(sentence, 0, p.start):
            p.victims = "militants"  # "the assailant, a resident of Nablus, was shot dead"
        if (
            p.kind == "injured"
            and p.number.count == 1
            and " who " in sentence
            and _WHO_LATER_DIED_RE.match(sentence, p.end)
        ):
            p.kind = "killed"  # "killed two soldiers and wounded a third, who later died in
            # hospital": one dead more, no one hurt
    pending.sort(key=lambda p: p.start)
    return pending


def _one_of_the_hurt_told_here(
    sentence: str, numbers: list[NumberPhrase], pending: list[Pending]
) -> list[Pending]:
    """ "A third worker, one of five people injured in the attack, died in hospital": the five
    wounded are told here for the first time, and the one who died is one of them (he leaves
    them: 4 hurt)."""
    out: list[Pending] = []
    for p in pending:
        if p.kind != "killed" or p.number.count != 1 or p.whole is not None:
            continue
        told = _ONE_OF_N_HURT_RE.search(sentence, p.start, p.end)
        if told is None:
            continue
        hurt = next((n for n in numbers if n.start == told.start("n")), None)
        if hurt is None or hurt.count < 2:
            continue
        out.append(Pending("injured", hurt, "people", hurt.start, told.end(), told.start("kw"),
                           told.end("kw"), False))  # fmt: skip
        p.whole = hurt
    return out


_ONE_OF_N_HURT_RE = rx(
    r"\bone\s+of\s+(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<kw>injured|wounded|hurt)\b",
    re.IGNORECASE,
)
_WHO_LATER_DIED_RE = rx(
    r"(?:\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))?"
    r"\s*,\s*who\s+(?:has\s+|had\s+)?(?:later|subsequently|since|then)\s+(?:died|succumbed)\b",
    re.IGNORECASE,
)


_WITH_WOUNDED_RE = rx(
    r"(?:\s+of\s+(?:their|its|his|her|our)\s+(?:own\s+)?(?:own|men|fighters|ranks))?\s*,?\s*"
    r"(?:and\s+)?with\s+$",
    re.IGNORECASE,
)


_ATTACKER_APPOSED_RE = rx(
    r"\bthe\s+(?:assailant|attacker|gunman|shooter|stabber|bomber|terrorist)\s*,\s*$", re.I
)
"""The attacker named again in apposition: "the assailant, a resident of Nablus, was"."""
_SOME_WITH_RE = rx(r"\s*,\s*$")


def _some_with_wounds(sentence: str, pending: list[Pending]) -> None:
    """ "Fifteen people were injured, several with machete wounds": the several are some of
    the fifteen, told right after them."""
    hurt = sorted((p for p in pending if p.kind == "injured"), key=lambda p: p.start)
    for before, part in pairwise(hurt):
        if (
            part.whole is None
            and before.whole is None
            and sentence.startswith("with", part.number.end + 1)
            and _SOME_WITH_RE.match(sentence, before.end, part.start)
            and part.number.count <= before.number.count
        ):
            part.whole = before.number


_KIN_NOUN = (
    r"(?:husband|wife|sons?|daughters?|father|mother|brothers?|sisters?|grandsons?|granddaughters?|"
    r"grandfather|grandmother|grandchild(?:ren)?|child(?:ren)?|bab(?:y|ies)|uncle|aunt|nephews?|"
    r"nieces?|cousins?|parents)"
)
_KIN_ITEM = (
    rf"(?:his|her|their|the)\s+(?:(?:two|three|four|five|\d)\s+)?(?:(?:young|little|teenage|"
    rf"infant|elder|eldest|younger|youngest)\s+)?{_KIN_NOUN}"
    r"(?:\s*,\s*(?:aged\s+)?\d{1,3}(?:\s*(?:,|and|&)\s*\d{1,3})*(?:\s+years?(?:\s+old)?)?\s*,)?"
)
_KIN_LIST_RE = rx(
    rf"(?:^|(?<=[;:]\s)|(?<=\bwhile\s))(?P<list>{_KIN_ITEM}(?:\s*,\s*{_KIN_ITEM})*\s*,?\s+and\s+"
    rf"{_KIN_ITEM})\s+(?:(?:were|have\s+been)\s+(?:also\s+|(?:seriously|critically|slightly|lightly|"
    r"badly)\s+)?(?P<kw>killed|injured|wounded|hurt)|(?:both\s+|also\s+|later\s+)?(?P<died>died|"
    r"succumbed))\b",
    re.IGNORECASE,
)
_KIN_ITEM_RE = rx(
    rf"(?:his|her|their|the)\s+(?:(?P<n>two|three|four|five|\d)\s+)?(?:[a-z]+\s+)?(?P<noun>{_KIN_NOUN})"
    r"(?:\s*,\s*(?:aged\s+)?(?P<ages>\d{1,3}(?:\s*(?:,|and|&)\s*\d{1,3})*))?",
    re.IGNORECASE,
)


def _kin_subject_list(sentence: str, pending: list[Pending]) -> None:
    """ "her husband, 37, and their daughters, aged 4 and 11, were injured": kin told one by
    one, by a number or by their ages, are the count of the verb they share (three)."""
    for found in _KIN_LIST_RE.finditer(sentence):
        total = 0
        for item in _KIN_ITEM_RE.finditer(found["list"]):
            noun = item["noun"].lower()
            plural = noun.endswith(("s", "ren", "ies")) and noun not in ("parents",)
            if item["n"]:
                total += _written_count(item["n"].lower())
            elif item["ages"]:
                total += len(re.findall(r"\d{1,3}", item["ages"]))
            elif noun == "parents":
                total += 2
            elif plural:
                total = 0  # "their daughters were injured": how many is not told
                break
            else:
                total += 1
        if total < 2:
            continue
        verb = "kw" if found["kw"] else "died"
        kind: Kind = "injured" if verb == "kw" and found["kw"].lower() != "killed" else "killed"
        ks, ke = found.span(verb)
        ls, le = found.span("list")
        number = NumberPhrase(start=ls, end=le, count=total, low=total, high=None, qualifier=None,
                              number_start=ls)  # fmt: skip
        told = [p for p in pending if p.kind == kind and ls <= p.number.start < ks]
        for p in told:
            pending.remove(p)
        pending.append(Pending(kind, number, "people", ls, ke, ks, ke, False))


_AND_BARE_RE = rx(r"[^,;:.]{0,60}?\band\s+$")
_BARE_VERB_RE = rx(r"\s+(?:more\s+)?(?:were|was|had\s+been|have\s+been)\b", re.IGNORECASE)


def _attackers_bare_mates(sentence: str, pending: list[Pending]) -> None:
    """ "one attacker blew himself up and four were shot dead by security forces": a bare count
    joined to the attackers' dead by "and" counts more attackers."""
    for p in pending:
        if p.kind != "killed" or p.victims != "people":
            continue
        if _BARE_VERB_RE.match(sentence, p.number.end) is None:
            continue
        before = [q for q in pending if q.kind == "killed" and q.end <= p.number.start]
        if not before:
            continue
        dead = max(before, key=lambda q: q.end)
        if dead.victims == "militants" and _AND_BARE_RE.fullmatch(
            sentence, dead.end, p.number.start
        ):
            p.victims = dead.victims


def _wounded_with_their_dead(sentence: str, pending: list[Pending]) -> None:
    """ "lost six of their own, with 11 wounded": the wounded told with a group's dead, of no
    victims of their own, are of that group."""
    for p in pending:
        if p.kind != "injured" or p.victims != "people":
            continue
        before = [q for q in pending if q.kind == "killed" and q.end <= p.start]
        if not before:
            continue
        dead = max(before, key=lambda q: q.end)
        if dead.victims != "people" and _WITH_WOUNDED_RE.fullmatch(sentence, dead.end, p.start):
            p.victims = dead.victims


_GAP_BEFORE_RE = rx(
    r"\s+(?P<prep>in|on|at|near)\s+(?:the\s+)?[^,;:.\d()]{1,40}?\s*(?:,\s*(?:and\s+)?|\s+and\s+)$",
    re.IGNORECASE,
)
_GAP_AFTER_RE = rx(
    r"(?P<noun>(?:\s+[a-z][\w-]*){0,3}?)\s+(?P<prep>in|on|at|near)\s+(?:the\s+)?(?:[\w’'-]+"
    r"(?:\s+(?-i:[A-Z])[\w’'-]*)?|(?:(?:two|three|four|five|several|\d)\s+)?(?:other|nearby|"
    r"neighbou?ring|surrounding)\s+(?:villages|towns|areas|districts|localities|neighbou?rhoods|"
    r"camps|places|locations))(?=\s*(?:[,.;]|$|\s+and\s|\s+(?:over|during|overnight|"
    r"this|last|since|early|late|after|following)\b))",
    re.IGNORECASE,
)


_INCIDENTS_BEFORE_RE = rx(
    r"\b(?:\d+|two|three|four|five|six|several)\s+(?:separate\s+|different\s+|distinct\s+)?"
    r"(?:incidents|attacks|strikes|raids|ambushes|explosions|blasts|shootings|places|locations)"
    r"\s*,\s*$",
    re.IGNORECASE,
)


def _gapped(
    sentence: str, numbers: list[NumberPhrase], used: set[int], pending: list[Pending]
) -> list[Pending]:
    """'9 people were killed on one side and 6 on the other', 'A student was killed in
    Saint-Louis, a street vendor in Dakar and a young man in Ziguinchor': counts that share the
    verb told before them, each with a place or side of its own and no verb."""
    out: list[Pending] = []
    for p in list(pending):
        if p.active or p.toll or p.whole is not None or p.number.end > p.keyword_start:
            continue
        at, prep = p.keyword_end, ""
        for number in numbers:
            if number.start < at or id(number) in used:
                continue
            if prep:  # the next of a chain: "..., a street vendor in Dakar and a young man"
                joined = _LIST_GAP_RE.fullmatch(sentence, at, number.start) is not None
            else:
                if _INCIDENTS_BEFORE_RE.search(sentence, at, number.start):
                    break  # "killed in two separate incidents, one in Rafah and one in Gaza
                    # City": the ones are the incidents
                before = _GAP_BEFORE_RE.fullmatch(sentence, at, number.start)
                joined = before is not None
                if before is None and number.start - at < 24:
                    continue  # "on one side": a number inside the place
                prep = before["prep"].lower() if before is not None else ""
            after = _GAP_AFTER_RE.match(sentence, number.end)
            if not joined or after is None or after["prep"].lower() != prep:
                break
            noun = after["noun"].split()
            if noun and noun[0].lower() in ("more", "others"):
                noun = noun[1:]  # "six bodies on Tuesday, nine on Wednesday and four more on
                # Thursday": more of the same
            victims = classify_victims(noun, singular=number.article) if noun else p.victims
            if victims is None or (number.article and not noun):
                break
            used.add(id(number))
            out.append(Pending(p.kind, number, victims, number.start, after.end(),
                               p.keyword_start, p.keyword_end, False))  # fmt: skip
            at = after.end()
    return out


_APPOSED_OPEN_RE = rx(
    r"(?:\s+(?:on|in|at|near|across|overnight|today|yesterday|alone)\b[^,;:()\d\u2013\u2014-]{0,40}?)?"
    r"\s*(?P<mark>,|\s[-\u2013\u2014])\s*"
)
_APPOSED_CLOSE_RE = rx(
    r"(?P<tail>\s+(?!and\b|while\b)[a-z][^,;:()\d\u2013\u2014-]{0,40}?)?"
    r"\s*(?P<mark>,|\s[-\u2013\u2014])\s*(?:and|while)\s+",
)
_VERB_IN_TAIL_RE = rx(
    r"\b(?:were|was|are|is|had|have|has|been|wounded|injured|killed|died|dead|hurt)\b", re.I
)
_ANOTHER_HOSPITAL_RE = rx(
    r"\W*(?:\d{1,2}[:.]\d{2}\s*[—–-]?\s*)?(?:An)?other\s+(?:hospitals?|clinics?|morgues?|"
    r"medical\s+(?:centres?|centers?|facilit(?:y|ies)))\b",
    re.IGNORECASE,
)
"""A count told by another hospital than the one before: its own dead and hurt, added."""
_ANOTHER_ONE_RE = rx(r"(?:another|a|one)\s+(?!of\b)[a-z][\w-]*\b", re.IGNORECASE)


def _apposed_breakdown(sentence: str, pending: list[Pending]) -> list[Pending]:
    """'37 people were killed on Sunday, 27 Druze and 10 Bedouin, and about 100 wounded',
    'four people died - two drivers and two soldiers - and another driver was taken to
    hospital': a list set off by commas or dashes right after a told figure breaks that figure
    down; its counts are parts of it, not of the verb after the list. When the list took the
    later verb's own count, "another driver" after it is that verb's one victim."""
    out: list[Pending] = []
    ordered = sorted(pending, key=lambda p: p.number.start)
    for i, whole in enumerate(ordered):
        if whole.whole is not None or whole.number.end > whole.keyword_end:
            continue  # a part, or a count told after its verb ("killing 12")
        opening = _APPOSED_OPEN_RE.match(sentence, whole.end)
        if opening is None:
            continue
        parts: list[Pending] = []
        at = opening.end()
        for q in ordered[i + 1 :]:
            if q.number.start != at or q.whole is not None or q.active:
                break
            if q.keyword_start < q.number.end or q.toll:
                break
            named = right_victims(sentence, q.number)
            if named is None or named[1] == q.number.end:
                break  # a bare count: no breakdown by victims
            end = named[1]
            parts.append(q)
            join = LIST_JOIN_RE.match(sentence, end)
            closing = _APPOSED_CLOSE_RE.match(sentence, end)
            if closing is not None and closing["mark"].strip() == opening["mark"].strip():
                break
            if join is None:
                parts = []
                break
            at = join.end()
        else:
            parts = []
        if len(parts) < 2 or sum(p.number.count for p in parts) > whole.number.count:
            continue
        last = parts[-1]
        closing = _APPOSED_CLOSE_RE.match(
            sentence, (right_victims(sentence, last.number) or (0, last.number.end))[1]
        )
        if closing is None or closing["mark"].strip() != opening["mark"].strip():
            continue
        if closing["tail"] and _VERB_IN_TAIL_RE.search(closing["tail"]):
            continue  # "four soldiers and two civilians were wounded, and": a clause of its own
        took_verb = last.kind != whole.kind and last.end > closing.end()
        verb = (last.kind, last.keyword_start, last.keyword_end)
        for p in parts:
            p.kind, p.whole = whole.kind, whole.number
            p.keyword_start, p.keyword_end = whole.keyword_start, whole.keyword_end
            if p.end > closing.start():
                p.end = closing.start()
        if took_verb and verb[1] > closing.end():
            one = _ANOTHER_ONE_RE.match(sentence, closing.end())
            if one is not None and one.end() <= verb[1]:
                person = _one_person(one.start(), one.end())
                victims = classify_victims(one.group().split()[1:]) or "people"
                out.append(Pending(verb[0], person, victims, one.start(), one.end(), verb[1],
                                   verb[2], False))  # fmt: skip
    return out


def _colon_parts(sentence: str, pending: list[Pending]) -> None:
    """'documented nine deaths today: two civilians killed by shelling, ... three soldiers
    killed by ISIS cells': the counts after the colon are parts of the count before it, when
    they add up to no more than it."""
    colon = sentence.find(":")
    for whole in pending:
        if (
            whole.whole is not None
            or whole.end > colon
            or whole.victims not in ("people", "civilians")
        ):
            continue
        if sentence[whole.end : colon].strip(" ,") and not _TIME_TAIL_RE.fullmatch(
            sentence, whole.end, colon
        ):
            continue
        after = [p for p in pending if p.start > colon and p.kind == whole.kind and p.whole is None]
        if len(after) >= 2 and sum(p.number.count for p in after) <= whole.number.count:
            for p in after:
                p.whole = whole.number
        elif after and whole.kind == "killed":  # "22 civilians were killed ...: 13 in RSF
            # shelling of Karari, 5 in an army airstrike, and 4 who were executed": the list's
            # counts by incident, of which only the last reads as a figure, are parts
            listed = [n for n in find_numbers(sentence[colon:]) if not n.article]
            if len(listed) > len(after) and sum(n.count for n in listed) == whole.number.count:
                for p in after:
                    p.whole = whole.number
        return


_TIME_TAIL_RE = rx(
    r"\s*(?:across\s+[\w\s]{1,40}?|in\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?(?:\s+state|"
    r"\s+region|\s+province)?)?\s*(?:today|yesterday|on\s+\w+|in\s+the\s+past\s+24\s+hours)?\s*"
)


_OTHERS_RE = rx(r"\s+others\b", re.IGNORECASE)
_AND_ONLY_RE = rx(r"\s*,?\s+and\s+", re.IGNORECASE)
_AND_WOUNDING_RE = rx(r"(?:\s+of\s+(?:the|them)\s*[\w-]*)?\s*,?\s+and\s+", re.IGNORECASE)


_TOLD_APART_ATTACKER_RE = rx(
    r"(?:besides|in\s+addition\s+to|apart\s+from|not\s+(?:counting|including)|excluding)\s",
    re.IGNORECASE,
)


def _others_of_the_dead(sentence: str, pending: list[Pending]) -> None:
    """'Two soldiers were killed and five others wounded': the others are of the dead's
    group, so a tally keeps them apart from the other side's wounded."""
    for p in pending:
        if p.victims != "people":
            continue
        dead = [
            q
            for q in pending
            if q.kind == "killed"
            and q.end <= p.start
            and q.whole is None
            and not (q.victims == "militants" and _TOLD_APART_ATTACKER_RE.match(sentence, q.start))
        ]  # not "the bomber" of "three people were killed besides the bomber, and 12 wounded"
        if not dead or dead[-1].victims == "people":
            continue  # "12 dead, including two children, and 2,750 wounded": not the part's
        others = _OTHERS_RE.match(sentence, p.number.end) is not None
        if p.kind == "killed":
            # "one attacker blew himself up and five others were shot dead": the attackers'
            # others; "killing himself and four others" are his victims
            if others and not p.active and dead[-1].victims == "militants":
                p.victims = dead[-1].victims
            continue
        # "killing 17 of the attackers and wounding dozens": one verb's object, then the other's
        wounding = (
            p.active
            and dead[-1].active
            and _AND_WOUNDING_RE.fullmatch(sentence, dead[-1].end, p.start)
        )
        # "23 of its soldiers were killed and 29 injured": one subject, both verbs
        passive = (
            not p.active
            and not dead[-1].active
            and p.number.end <= p.keyword_start
            and _AND_ONLY_RE.fullmatch(sentence, dead[-1].end, p.start) is not None
        )
        if others or wounding or passive:
            p.victims = dead[-1].victims


_LEFT_BEHIND_RE = rx(
    r"\b(?:assailants|attackers|militants|terrorists|insurgents|raiders|jihadists|bandits)\b"
    r"[^.;]{0,60}?\bleft\s+(?:[\w-]+\s+){0,2}?bod(?:y|ies)\s+behind\b",
    re.IGNORECASE,
)
"""The attackers' own dead, left behind when they fled."""
_NEUTRALISED_THEN_BODIES_RE = rx(
    r"\b(?:neutrali[sz]\w*|eliminat\w*)\s+(?:the\s+|all\s+the\s+)?(?:[\w-]+\s+)?(?:assailants|"
    r"attackers|terrorists|militants|insurgents|raiders|jihadists|bandits)\b[^.;]{0,60}?[:,]\s+"
    r"(?:[\w-]+\s+){0,3}?$",
    re.IGNORECASE,
)
"""The attackers neutralised, then the bodies counted: theirs."""
_BODIES_OF_RE = rx(r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?P<who>[a-z]+s|gunmen|militiamen)\b")
_TAKEN_PRONOUN_RE = rx(r"\b(?:he|she|they|who)\s+(?:was|were)\s+$", re.I)
_TAKEN_RE = rx(r"(?:taken|rushed|admitted|evacuated|airlifted)\s", re.IGNORECASE)
_THE_DEAD_TAKEN_RE = rx(
    r"\b(?:bod(?:y|ies)|dead|corpses?|remains|deceased)\b(?:[^,;]*|,\s+including\s+[^,;]{1,40},"
    r"[^,;]*)$",
    re.I,
)
_ATTACKERS_DIED_RE = rx(
    r"\b(?:the|both)\s+(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?"
    r"(?:(?:suicide|female|male|lone|would-be)\s+)?(?:bombers?|attackers?|assailants?|gunm[ae]n|"
    r"shooters?)(?:\s*,\s*(?:who|whose)\b[^,;]{1,90},)?\s+(?:had\s+|have\s+|has\s+)?"
    r"(?:also\s+|later\s+|too\s+)?(?:died|perished|blew\s+(?:him|her|them)sel(?:f|ves)\s+up)\b"
    r"|\b(?:(?:does|do|did)\s+not\s+include|excludes?|excluding|not\s+(?:counting|including)|"
    r"in\s+addition\s+to|besides|apart\s+from|neither\s+(?:figure|toll|count|number)\s+included)"
    r"\s+(?:the\s+)?"
    r"(?:(?P<m>two|three|four|"
    r"five|six|seven|eight|nine|ten|\d{1,2})\s+)?(?:(?:suicide|female|male)\s+){0,2}(?:bombers?|"
    r"attackers?|assailants?)\b"
    r"|\b(?:the|both)\s+(?:(?P<k>two|three|four|five|six|\d{1,2})\s+)?(?:(?:suicide|female|male)\s+)?"
    r"(?:bombers?|attackers?|assailants?)(?:\s*,\s*(?:who|whose)\b[^,;]{1,90},)?\s+(?:is|was|are|were)"
    r"\s+not\s+(?:included|counted)\b",
    re.IGNORECASE,
)
"""'The attacker, who was driving the vehicle, also died', 'The figure does not include the
three bombers', 'The bomber is not included in the toll': the attackers' own dead, told apart
from their victims."""
_SHOT_AFTER_RE = rx(
    r"^(?:[^.;]{0,60}?\b)?(?P<n>an?|the|two|three|four|five|\d{1,2})\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<who>gunm[ae]n|attackers?|assailants?|militants?|bombers?|shooters?|terrorists?)\b"
    r"[^;]{0,200}?\bbefore\s+(?:being|they\s+were|he\s+was|she\s+was|(?:all\s+(?:of\s+)?)?the\s+"
    r"(?:attackers|assailants|gunmen|militants|terrorists)\s+were(?:\s+all)?)\s+"
    r"(?P<verb>shot\s+dead|killed|gunned\s+down|neutrali[sz]ed|shot\s+and\s+killed)\b",
    re.IGNORECASE,
)
"""'Two gunmen opened fire, killing six people, before being shot dead by a soldier', 'Four
militants stormed a police centre, killing seven policemen before all the attackers were
killed'."""
_BEFORE_THE_ATTACKER_RE = rx(
    r"\bbefore\s+(?P<n>an?|the|two|three|four|five|\d{1,2})\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<who>gunm[ae]n|attackers?|assailants?|militants?|bombers?|shooters?|terrorists?)\s+"
    r"(?:was|were)\s+(?:(?:also|later|quickly|finally)\s+)?"
    r"(?P<verb>shot\s+dead|killed|gunned\s+down|neutrali[sz]ed|shot\s+and\s+killed)\b",
    re.IGNORECASE,
)
"""'A stabbing attack wounded four people before the assailant was shot dead'."""


def _written_count(word: str) -> int:
    """The count a regex captured, in digits or words ("12", "three")."""
    if word.isdigit():
        return int(word)
    parsed = words_to_int(word)
    return parsed[0] if parsed is not None else 1


def _attackers_died(sentence: str, pending: list[Pending]) -> list[Pending]:
    """The attackers' own deaths told in a sentence of their own (a bomber "also died"), or
    after their victims' ("killing six people before being shot dead")."""
    low = sentence.lower()
    if "before" in low and not any(p.victims == "militants" for p in pending):
        shot = _SHOT_AFTER_RE.search(sentence) or _BEFORE_THE_ATTACKER_RE.search(sentence)
        told = shot is not None and any(
            p.kind == "killed" and p.keyword_start >= shot.start("verb") for p in pending
        )  # "before he was shot dead" read already as one person
        if shot is not None and not told:
            word = shot["n"].lower()
            count = 1 if word in ("a", "an", "the") else _written_count(word)
            plural = shot["who"].lower().endswith(("s", "men"))
            if (count > 1) == plural:
                end = shot.end()
                one = NumberPhrase(start=shot.start("n"), end=end, count=count, low=count,
                                   high=None, qualifier=None, article=count == 1,
                                   number_start=shot.start("n"))  # fmt: skip
                return [Pending("killed", one, "militants", one.start, end, shot.start("verb"),
                                end, False)]  # fmt: skip
    if not any(
        w in low for w in ("died", "clud", "perished", "counting", "addition", "besides", "apart")
    ) or any(p.kind == "killed" and p.victims == "militants" for p in pending):
        return []
    match = _ATTACKERS_DIED_RE.search(sentence)
    if match is None:
        return []
    written = (match["n"] or match["m"] or match["k"] or "").lower()
    plural = re.search(r"(?:bombers|attackers|assailants|gunmen|shooters)\b", match.group(), re.I)
    if written:
        count = _written_count(written)
    elif plural:
        return []  # "the attackers also died": how many is not told
    else:
        count = 1
    one = NumberPhrase(start=match.start(), end=match.end(), count=count, low=count, high=None,
                       qualifier=None, article=not written, number_start=match.start())  # fmt: skip
    return [Pending("killed", one, "militants", match.start(), match.end(), match.start(),
                    match.end(), False)]  # fmt: skip


_NUMBERED_HEAD_RE = rx(
    r"(?:.*?\bthe\s+following\s+(?P<noun>(?:[\w-]+\s+){0,2}?[\w-]+)\s+|[^:\n]{0,60}:\s*)?"
    r"(?P<kw>(?-i:[Mm]artyred|[Kk]illed|Fallen|MARTYRED|KILLED|INJURED|WOUNDED)|attained\s+"
    r"martyrdom|embraced\s+(?:martyrdom|shahadat)|"
    r"fell|(?:were|have\s+been)\s+"
    r"(?:killed|martyred|injured|wounded)|died|lost\s+their\s+lives|laid\s+down\s+their\s+lives|"
    r"sustained\s+injuries|got\s+(?:injured|wounded)|were\s+(?:seriously\s+|critically\s+)?"
    r"(?:injured|wounded|hurt))[^:\n]{0,80}:(?:\s*\n\s*1[.)]|(?P<inline>[ \t]+1[.)]))?$",
    re.IGNORECASE | re.DOTALL,
)
_FOLLOWING_NAMES_RE = rx(
    r"(?:.*?\b)?[Tt]he\s+following\s+(?:(?P<noun>(?:[\w-]+\s+){0,2}?[\w-]+)\s+)??"
    r"(?P<kw>(?:were|have\s+been)\s+(?:killed|martyred|injured|wounded)|died|fell|lost\s+their\s+"
    r"lives)(?:\s+[^:]{0,60})?:\s+(?P<list>[^;:]+?)\.?\s*$",
    re.DOTALL,
)
_NAME_ITEM_RE = rx(r"(?:[A-Z][\w.]*\s+)*[A-Z][\w’'-]+")


def _following_names(sentence: str) -> list[Pending]:
    """ "The following were killed: SLP Carlos Quintero, SLP Jhon Mosquera and SLP Edwin
    Rueda": the names listed after the colon, each one person, are the count."""
    found = _FOLLOWING_NAMES_RE.match(sentence)
    if found is None:
        return []
    items = [i.strip() for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", found["list"])]
    if len(items) < 2 or not all(_NAME_ITEM_RE.fullmatch(i) for i in items):
        return []
    kw = found["kw"].lower()
    kind: Kind = "injured" if ("injur" in kw or "wound" in kw) else "killed"
    victims = classify_victims(found["noun"].split()) if found["noun"] else None
    ks, ke = found.span("kw")
    count = len(items)
    number = NumberPhrase(start=ks, end=ke, count=count, low=count, high=None, qualifier=None,
                          number_start=ks)  # fmt: skip
    return [Pending(kind, number, victims or "people", ks, found.end("list"), ks, ke, False)]


_NUMBERED_LINE_RE = rx(r"\n\s*(?:(?P<n>\d{1,2})[.)]|[-•*–])\s+\S")


_INLINE_ITEM_RE = rx(r"(?<!\S)(?P<n>\d{1,2})[.)](?=[ \t]+\S)")
"""An item's number inside a line ("1. SI A 2. ASI B")."""


def _numbered_list(sentence: str, text: str, offset: int) -> list[Pending]:
    """ "The following jawans attained martyrdom:" over lines "1. HC A", "2. Constable B", ...
    (or "- Capt. A, 24", "- Sgt. B, 21"): the lines, numbered on from 1 or bulleted, are the
    count. Only a list the sentences split from its head: one a sentence holds whole is
    `colon_list`'s, which reads its members one by one."""
    head = _NUMBERED_HEAD_RE.match(sentence)
    at = offset + len(sentence) - (0 if sentence.endswith(":") else 3)
    if head is None:
        return []
    count = 0
    sides: set[Victims | None] = set()
    if head["inline"]:  # "MARTYRED: 1. SI A (SHO) 2. ASI B 3. Constable C" on one line
        end = text.find("\n", at)
        for found in _INLINE_ITEM_RE.finditer(text, at, len(text) if end < 0 else end):
            if int(found["n"]) != count + 1:
                break
            count += 1
            sides.add(rank_side(text[found.end() : found.end() + 40].strip()))
    while not head["inline"] and (line := _NUMBERED_LINE_RE.match(text, at)) is not None:
        if line["n"] is not None and int(line["n"]) != count + 1:
            break
        count += 1
        end = text.find("\n", line.end())
        at = len(text) if end < 0 else end
    if count < 2:
        return []
    kw = head["kw"].lower()
    kind: Kind = "injured" if ("injur" in kw or "wound" in kw) else "killed"
    victims = classify_victims(head["noun"].split()) if head["noun"] else None
    if victims is None and len(sides) == 1:
        victims = next(iter(sides))  # "1. SI A 2. ASI B": police by their ranks
    ks, ke = head.span("kw")
    number = NumberPhrase(start=ks, end=ke, count=count, low=count, high=None, qualifier=None,
                          number_start=ks)  # fmt: skip
    return [Pending(kind, number, victims or "people", head.start(), ke, ks, ke, False)]


_NOT_THE_BOMBERS_RE = rx(
    r"\b(?:(?:does|do|did)\s+not\s+include|not\s+including)\s+the\s+(?:suicide\s+)?"
    r"(?P<who>bombers|attackers|assailants)\b",
    re.IGNORECASE,
)
_BOMBERS_BEFORE_RE = rx(
    r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:(?:female|male|"
    r"teenage|young)\s+)?(?:suicide\s+)?(?P<who>bombers|attackers|assailants)\b",
    re.IGNORECASE,
)


_ATTACKER_WORDS = r"(?:attackers|gunmen|assailants|shooters|bombers|raiders|militants|terrorists)"
_THE_ATTACKERS_DEAD_RE = rx(
    rf"\W*(?:The|Both|All(?:\s+the)?)\s+(?:(?:two|three|four|five|six)\s+)?(?P<who>{_ATTACKER_WORDS})"
    r"\s+(?:were|had\s+been|have\s+been)\s+(?:also\s+|later\s+|both\s+|all\s+)?(?:shot\s+dead|"
    r"killed|gunned\s+down|neutrali[sz]ed|eliminated)\b",
    re.IGNORECASE,
)
_ATTACKERS_BEFORE_RE = rx(
    r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+){0,2}?"
    rf"(?P<who>{_ATTACKER_WORDS})\b",
    re.IGNORECASE,
)


def _attackers_told_before(sentence: str, before: str) -> list[Pending]:
    """ "Two gunmen opened fire at a bus stop, killing six people ... The attackers were shot
    dead at the scene": the attackers an earlier sentence counted are the dead of this one."""
    found = _THE_ATTACKERS_DEAD_RE.match(sentence)
    counted = list(_ATTACKERS_BEFORE_RE.finditer(before))
    if found is None or not counted:
        return []
    count = _written_count(counted[-1]["n"].lower())
    if count < 2:
        return []
    ks, ke = found.span("who")
    one = NumberPhrase(start=ks, end=ke, count=count, low=count, high=None, qualifier=None,
                       number_start=ks)  # fmt: skip
    return [Pending("killed", one, "militants", ks, ke, ks, ke, False)]


def _bombers_told_before(sentence: str, before: str) -> list[Pending]:
    """ "Three female suicide bombers struck ..., killing 18 people. The figure does not
    include the bombers": the bombers an earlier sentence counted are dead beside the 18."""
    found = _NOT_THE_BOMBERS_RE.search(sentence)
    if found is None:
        return []
    counted = [
        m for m in _BOMBERS_BEFORE_RE.finditer(before) if m["who"].lower() == found["who"].lower()
    ]
    if not counted:
        return []
    count = _written_count(counted[-1]["n"].lower())
    ks, ke = found.span("who")
    one = NumberPhrase(start=ks, end=ke, count=count, low=count, high=None, qualifier=None,
                       number_start=ks)  # fmt: skip
    return [Pending("killed", one, "militants", ks, ke, ks, ke, False)]


_AND_SELF_RE = rx(
    r"(?:\s+(?:and|as\s+well\s+as)|,?\s+plus)\s+(?P<who>(?:him|her)self|the\s+(?:suicide\s+)?"
    r"(?:bomber|attacker|assailant)(?=\s*(?:[,.;:)]|$|(?:in|at|on|near|inside|outside|as|when)\b)))"
    r"\b",
    re.IGNORECASE,
)
_LIST_TAIL_RE = rx(
    r"(?:\s+(?!and\b|as\s+well\b|plus\b)[a-z][\w-]*){0,3}"
    r"(?:\s*,\s*(?:including|among\s+them)\s+[^,;]{1,60}(?=,\s+plus\b))?",
    re.IGNORECASE,
)


def _and_self(sentence: str, pending: list[Pending]) -> list[Pending]:
    """'A suicide bomber detonated her device at a market, killing 4 people and herself': the
    bomber, listed after her victims, is one more of the dead."""
    if "self" not in sentence and "the bomber" not in sentence and "attacker" not in sentence:
        return []
    if any(p.kind == "killed" and p.victims == "militants" for p in pending):
        return []  # "a guard and the bomber killed": the bomber read already
    out: list[Pending] = []
    for match in _AND_SELF_RE.finditer(sentence):
        if not _BOMBER.search(sentence):
            return []
        for p in pending:
            if p.kind != "killed" or p.victims == "militants" or p.end > match.start():
                continue
            tail = _LIST_TAIL_RE.match(sentence, p.end)
            if tail is not None and tail.end() == match.start():
                one = _one_person(match.start("who"), match.end())
                out.append(Pending("killed", one, "militants", one.start, one.end,
                                   p.keyword_start, p.keyword_end, False))  # fmt: skip
                break
    return out


_CASUALTIES_INCLUDING_DEAD_RE = rx(
    r"\b(?P<all>\d[\d,]*)\s+casualties\s*,?\s+(?:including|among\s+them|of\s+whom)\s+"
    r"(?P<dead>\d[\d,]*)\s+(?:who\s+(?:were|was)\s+(?:declared\s+|pronounced\s+|already\s+)?|"
    r"people\s+)?(?:dead|killed)\b",
    re.IGNORECASE,
)


def _casualties_including_dead(
    sentence: str, numbers: list[NumberPhrase], used: set[int], pending: list[Pending]
) -> list[Pending]:
    """ "received 179 casualties, including 21 who were declared dead on arrival": 21 dead and
    158 wounded (casualties are the dead and the wounded)."""
    found = _CASUALTIES_INCLUDING_DEAD_RE.search(sentence)
    if found is None or any(p.start < found.end() and found.start() < p.end for p in pending):
        return []
    whole = next((n for n in numbers if n.start == found.start("all")), None)
    dead = next((n for n in numbers if n.start == found.start("dead")), None)
    if whole is None or dead is None or dead.count >= whole.count:
        return []
    used.update((id(whole), id(dead)))
    hurt = replace(whole, count=whole.count - dead.count, low=whole.count - dead.count, high=None)
    return [
        Pending("killed", dead, "people", dead.start, found.end(), found.start("dead"),
                found.end(), False),
        Pending("injured", hurt, "people", whole.start, found.start("dead"), whole.end,
                whole.end, False),
    ]  # fmt: skip


_BESIDES_THEMSELVES_RE = rx(
    r"(?:\s+(?-i:[a-z])[\w-]*){0,2}?\s+(?:besides|beside|in\s+addition\s+to|as\s+well\s+as|and|"
    r"plus)\s+themselves\b",
    re.IGNORECASE,
)
_THE_ATTACKERS_COUNT_RE = rx(
    r"(?:\s+(?:female|male|teenage|young|armed|suspected))*(?:\s+suicide)?\s+(?:bombers|attackers|"
    r"assailants|gunmen)\b",
    re.IGNORECASE,
)


def _besides_themselves(
    sentence: str, numbers: list[NumberPhrase], used: set[int], pending: list[Pending]
) -> list[Pending]:
    """ "Three female suicide bombers attacked a fish market, killing 12 people besides
    themselves": the bombers counted in the subject are dead too."""
    if any(p.kind == "killed" and p.victims == "militants" for p in pending):
        return []
    for p in pending:
        if p.kind != "killed" or _BESIDES_THEMSELVES_RE.match(sentence, p.end) is None:
            continue
        for n in numbers:
            if (
                n.end <= p.start
                and not any(q.number is n for q in pending)
                and _THE_ATTACKERS_COUNT_RE.match(sentence, n.end)
            ):
                used.add(id(n))
                return [Pending("killed", n, "militants", n.start, n.end, p.keyword_start,
                                p.keyword_end, False)]  # fmt: skip
    return []


_REPORTING_RE = rx(r"\b(?:said|says|say|told|reported|added|according)\b", re.IGNORECASE)
_SELF_THEN_LIST_RE = rx(
    r"\b(?P<verb>kill(?:ing|ed|s)?)\s+(?:him|her)self\s*,\s+(?=\S)", re.IGNORECASE
)


def _after_self(sentence: str, pending: list[Pending]) -> list[Pending]:
    """'killing himself, acting minister Khalil Haqqani and five others': the victims listed
    after the bomber are read as the verb's objects (the bomber himself is read apart)."""
    match = _SELF_THEN_LIST_RE.search(sentence)
    if match is None or any(p.start >= match.end() for p in pending):
        return []
    rest = re.split(r"[;.]", sentence[match.end() :], maxsplit=1)[0]
    if " and " not in rest or _REPORTING_RE.search(rest.split(" and ", 1)[0]):
        return []  # "killing himself, a police officer said": the source, not a victim
    verb = match["verb"]
    shift = match.end() - len(verb) - 1
    out = []
    for p in _sentence_figures(f"{verb} {sentence[match.end() :]}"):

        def moved(n: NumberPhrase) -> NumberPhrase:
            return replace(n, start=n.start + shift, end=n.end + shift,
                           number_start=n.number_start + shift)  # fmt: skip

        number = moved(p.number)
        q = Pending(p.kind, number, p.victims, max(number.start, match.end()), p.end + shift,
                    match.start("verb"), match.end("verb"), p.active, p.toll)  # fmt: skip
        q.whole = moved(p.whole) if p.whole is not None else None
        out.append(q)
    return out


_RECAP_RE = rx(
    r"\W*(?:\d{1,2}[:.]\d{2}\s*(?:[—–-]\s*)?)?(?:Recap|To\s+recap|In\s+case\s+you\s+missed\s+it|"
    r"ICYMI)\s*[:,—–-]",
    re.IGNORECASE,
)
"""A live page's recap of what it told before: its dead are an earlier report's."""


_ONLY_FATALITY_RE = rx(
    r"\b(?:was|is)\s+the\s+(?:only|sole|lone)\s+(?:fatality|death|casualty|person\s+killed|"
    r"one\s+(?:killed|to\s+die)|victim)\b",
    re.IGNORECASE,
)


def _only_fatality(sentence: str, pending: list[Pending]) -> list[Pending]:
    """'A would-be suicide bomber was the only fatality when his belt went off': one dead, the
    bomber (on the attackers' side) or the person the subject names."""
    if "only" not in sentence and "sole" not in sentence and "lone" not in sentence:
        return []
    match = _ONLY_FATALITY_RE.search(sentence)
    if match is None or any(p.kind == "killed" for p in pending):
        return []
    subject = sentence[: match.start()]
    if not subject.strip():
        return []
    victims: Victims = "militants" if _BOMBER.search(subject) else "people"
    one = _one_person(match.start(), match.end())
    return [Pending("killed", one, victims, match.start(), match.end(), match.start(),
                    match.end(), False)]  # fmt: skip


_THE_HURT_NOUN_DIED_RE = rx(
    r"\b[Tt]he\s+(?:\d{1,3}-year-old\s+)?(?:(?:injured|wounded)\s+(?!(?:who|that|were|was|had|have|has|and)\b)"
    r"(?P<noun>[a-z-]+)|(?P<who>man|woman|boy|girl|child|"
    r"soldier|policeman|officer|constable|jawan|civilian|porter|driver|guard|teenager)\s+"
    r"(?:who\s+(?:was|had\s+been)\s+)?(?:critically\s+|seriously\s+|badly\s+)?"
    r"(?:wounded|injured|hurt)\b[^.;,]{0,90}?)\s+(?:has\s+|had\s+|later\s+|since\s+|also\s+)*"
    r"(?:died|succumbed)\b"
)
"""One of the wounded told again by its noun, who died: "the injured porter succumbed
overnight", "the man wounded in Holon has died of his injuries"."""


def _one_of_the_wounded_died(sentence: str, pending: list[Pending]) -> list[Pending]:
    """The one wounded person `_THE_HURT_NOUN_DIED_RE` tells of, who died: one dead, who leaves
    the wounded told before (`_died_of_wounds`)."""
    found = _THE_HURT_NOUN_DIED_RE.search(sentence)
    if found is None or any(
        p.kind == "killed" and p.start < found.end() and found.start() < p.end for p in pending
    ):
        return []
    noun = found["noun"] or found["who"]
    victims = classify_victims([noun], singular=True) or "people"
    one = _one_person(found.start(), found.end())
    return [Pending("killed", one, victims, found.start(), found.end(), found.start(),
                    found.end(), False)]  # fmt: skip


_AMONG_THEM_RE = rx(
    r"\b(?:including|among\s+them|counting)\s+(?:the\s+)?(?:suicide\s+)?(?:bombers?|attackers?|"
    r"assailants?)\b",
    re.IGNORECASE,
)
"""'At least 10 people, including the attacker, were killed': the bomber is in the toll."""


_BOMBERS_BLEW_RE = rx(
    r"\b(?P<n>two|three|four|five|six|[2-9])\s+(?:[\w-]+\s+){0,2}?(?:bombers|attackers|"
    r"assailants|militants)\s+(?:[\w-]+\s+){0,6}?(?P<verb>(?:blew|blow)\s+themselves\s+up|detonated\s+"
    r"their\s+(?:[\w-]+\s+)?(?:vests|belts))\b",
    re.IGNORECASE,
)
_ONE_BOMBER_RE = rx(
    r"(?:^\W*|\b(?:a|an|one|the)\s+)(?:[\w-]+\s+)?(?:suicide\s+)?(?:bomber|attacker|assailant|"
    r"militant)"
    r"(?:\s+(?:wearing|carrying|driving|riding|in|on|with)\s+(?:[\w-]+\s+){0,4}?[\w-]+)?\s+$",
    re.IGNORECASE,
)


def _as_was_the_attacker(sentence: str, pending: list[Pending]) -> list[Pending]:
    """'Five engineers and their driver were killed, as was the bomber': one more dead, of the
    attackers' side."""
    match = _AS_WAS_RE.search(sentence)
    killed = [p for p in pending if p.kind == "killed" and p.end <= match.start()] if match else []
    if match is None or not killed or any(p.victims == "militants" for p in pending):
        return []
    one = _one_person(match.start(), match.end())
    verb = killed[-1]
    return [Pending("killed", one, "militants", one.start, one.end, verb.keyword_start,
                    verb.keyword_end, False)]  # fmt: skip


def _self_detonation(sentence: str, pending: list[Pending]) -> list[Pending]:
    """'A bomber blew himself up at the gate, killing nine officers': the bomber died too, one
    more dead of the attackers' side, unless the sentence already counts him. "Two suicide
    bombers blew themselves up" are two."""
    if "themselves" in sentence or "their" in sentence:
        many = _BOMBERS_BLEW_RE.search(sentence)
        if many is not None and not any(p.victims == "militants" for p in pending):
            count = _written_count(many["n"].lower())
            n = NumberPhrase(start=many.start("n"), end=many.end("n"), count=count, low=count,
                             high=None, qualifier=None, number_start=many.start("n"))  # fmt: skip
            return [Pending("killed", n, "militants", n.start, many.end(), many.start("verb"),
                            many.end(), False)]  # fmt: skip
    if "self" not in sentence and "detonated" not in sentence:
        return []
    besides = _BESIDES_SELF_RE.search(sentence) if "self" in sentence else None
    if besides is not None and SELF_DETONATION_RE.search(sentence) is None:
        killed = [p for p in pending if p.kind == "killed" and p.end <= besides.start()]
        if killed and not any(p.victims == "militants" for p in killed):
            # "killing nine people besides herself": the bomber is one more dead
            one = _one_person(besides.start("self"), besides.end("self"))
            return [Pending("killed", one, "militants", one.start, one.end,
                            killed[-1].keyword_start, killed[-1].keyword_end, False)]  # fmt: skip
    match = SELF_DETONATION_RE.search(sentence)
    if match is None or _AMONG_THEM_RE.search(sentence):
        return []
    killed = [p for p in pending if p.kind == "killed"]
    another = re.search(
        r"\banother\s+(?:[\w-]+\s+)?$", sentence[max(0, match.start() - 30) : match.start()]
    )
    lone = not killed and _ONE_BOMBER_RE.search(sentence, max(0, match.start() - 80), match.start())
    if (not killed and not lone) or (
        any(p.victims == "militants" for p in killed) and another is None
    ):
        return []  # "one attacker blew himself up at the entrance" is one dead, told alone
    one = _one_person(match.start(), match.end())
    ks, ke = (killed[0].keyword_start, killed[0].keyword_end) if killed else match.span()
    return [Pending("killed", one, "militants", match.start(), match.end(), ks, ke,
                    False)]  # fmt: skip


_BESIDES_SELF_RE = rx(
    r"\b(?:besides|in\s+addition\s+to|apart\s+from)\s+"
    r"(?P<self>(?:him|her)self)\b",
    re.IGNORECASE,
)
"""After a bomber's victims, the bomber told apart from them ("killing nine people besides
herself")."""


_DAILY_LOSSES_RE = rx(
    r"\b(?:tanks?|artillery|armou?red|vehicles|drones|(?:over|in|during)\s+the\s+(?:past|last|"
    r"previous)\s+(?:day|24\s+hours)|in\s+all\s+directions|in\s+the\s+same\s+period)\b",
    re.IGNORECASE,
)


def _a_days_losses(sentence: str, p: Pending) -> bool:
    """ "Ukrainian forces lost up to 1,350 servicemen over the past day", "Russia had lost 1,230
    troops, 12 tanks and 41 artillery systems": a side's daily count of its enemy's losses,
    the dead and wounded together, in the hundreds; no count of the dead."""
    return (
        p.kind == "killed"
        and p.number.count >= 100
        and sentence[p.keyword_start : p.keyword_end].lower().strip("'’\"")
        in ("lost", "loses", "lose", "eliminated", "eliminates", "liquidated", "liquidates")
    )  # "had 'eliminated' 1,140 Russian soldiers over the past day", "1,110 Russian personnel
    # were 'liquidated' in the same period"


_DEAD_AND_WOUNDED_RE = rx(
    r"(?:(?!\b(?:as|while|with|were|was|are|is|more|others?|and\s+(?:killed|dead))\b)[^.;:\d])"
    r"{0,40}?\b(?:killed|dead)\s+(?:and|or|&)\s+(?:wounded|injured)\b(?!\s+(?:\d|some|several|dozens))",
    re.IGNORECASE,
)
"""Losses told as the dead and wounded together ("lost up to 945 servicemen killed and
wounded"): no count of the dead."""
_OWN_PARTITIVE_RE = rx(
    r"\s+of\s+(?:their|its|his)\s+(?:own\s+)?(?:members|men|fighters|comrades|own)\b", re.I
)
_AND_KIN_RE = rx(r"\s+and\s+(?:(?:his|her|their)\s+)?(?P<kin>[a-z]+)\b", re.IGNORECASE)
_OWN_KIN_RE = rx(r"(?:his|her|their)\s+(?P<kin>[a-z]+)\b", re.IGNORECASE)
_ALONG_RE = rx(r"(?:,\s*)?(?:along|together|in\s+addition)\b", re.IGNORECASE)
_OF_HIS_RE = rx(r"\s+of\s+(?:his|her|their)\b", re.IGNORECASE)
_ALONG_WITH_RE = rx(
    r"(?:,\s*)?\b(?:(?:along|together)\s+with|(?<=killed\s)in\s+addition\s+to\s+(?:the\s+)?|"
    r"(?<=killed\s)with|(?<=died\s)with|"
    r"(?<=dead\s)with)\s+",
    re.IGNORECASE,
)
"""'killed along with 3 of his soldiers', 'was killed with his assistant'."""


_POSSESSIVE_RE = rx(r"(?:his|her|their)\s+", re.IGNORECASE)
_SUBJECT_KILLED_RE = rx(r"\b(?:was|has\s+been)\s+(?P<v>killed|shot\s+dead|assassinated)\s*,?\s*$")


_HURT_NOUN_AFTER_RE = rx(r"\s+(injuries\b|(?:injured|wounded)(?=\s*[,.;)]))", re.IGNORECASE)
"""After a count "along with" the dead, a count of the wounded: "along with 66 injuries"."""


def _along_with(
    sentence: str, numbers: list[NumberPhrase], used: set[int], pending: list[Pending]
) -> list[Pending]:
    """'The commander was killed in an air strike, along with 3 of his soldiers': the people
    "along with" a victim later in the clause share the victim's fate."""
    out: list[Pending] = []
    if "with" not in sentence and "addition" not in sentence:
        return out
    for along in _ALONG_WITH_RE.finditer(sentence):
        at = along.end() + (4 if sentence.startswith("all ", along.end()) else 0)  # "all five"
        own = _POSSESSIVE_RE.match(sentence, at)
        if own is not None and any(n.start == own.end() for n in numbers):
            at = own.end()  # "was killed along with his two bodyguards"
        number = next((n for n in numbers if n.start == at and id(n) not in used), None)
        kin = _OWN_KIN_RE.match(sentence, along.end()) if number is None else None
        if kin is not None and kin["kin"].lower() in KIN_WORDS:
            number = implicit_one(kin.start("kin"))  # "along with his driver"
        elif not _ALONG_RE.match(along.group()) and (
            number is None or _OF_HIS_RE.match(sentence, number.end) is None
        ):
            continue  # "killed with" a companion only: not "found dead with two bullet wounds"
        if number is None or any(
            p.start <= number.start < max(p.end, p.start + 1) for p in pending
        ):
            continue  # already read as a member of a list ("killed a commander and his guard")
        earlier = [p for p in pending if p.keyword_end <= along.start() and p.whole is None]
        verb = _SUBJECT_KILLED_RE.search(sentence, max(0, along.start() - 24), along.start())
        if not earlier and verb is not None and _ALONG_RE.match(along.group()):
            # "The minister, Khalil Haqqani, was killed along with five of his guards": the
            # subject, named however, is one of the dead
            one = _one_person(verb.start(), verb.start())
            subject = Pending("killed", one, "people", one.start, one.end, verb.start("v"),
                              verb.end("v"), False)  # fmt: skip
            out.append(subject)
            earlier = [subject]
        if not earlier:
            continue
        last = max(earlier, key=lambda p: p.keyword_end)
        between = sentence[max(last.end, last.keyword_end) : along.start()]
        if len(between) > 100 or re.search(r"[;:\d]", between):
            continue
        if kin is not None:
            named: tuple[Victims, int] | None = ("people", kin.end())
        else:
            named = right_victims(sentence, number)
        others = _ALONG_OTHERS_RE.match(sentence, number.end) if not number.article else None
        if (named is None or named[1] == number.end) and others is not None:
            named = ("people", others.end())  # "killed along with five others"
        if named is None or named[1] == number.end:
            continue
        if (hurt := _HURT_NOUN_AFTER_RE.match(sentence, number.end)) is not None:
            # "29 martyrs arrived at hospitals, along with 66 injuries": the wounded, their own
            # count of their own kind
            used.add(id(number))
            out.append(Pending("injured", number, "people", number.start, hurt.end(),
                               hurt.start(1), hurt.end(1), False))  # fmt: skip
            continue
        used.add(id(number))
        out.append(Pending(last.kind, number, named[0], number.start, named[1],
                           last.keyword_start, last.keyword_end, last.active))  # fmt: skip
        more = _AND_KIN_RE.match(sentence, named[1]) if kin is not None else None
        if more is not None and more["kin"].lower() in KIN_WORDS:  # "along with his wife and
            # daughter": the possessive is the daughter's too
            out.append(Pending(last.kind, implicit_one(more.start("kin")), "people",
                               more.start("kin"), more.end(), last.keyword_start,
                               last.keyword_end, last.active))  # fmt: skip
        # "along with five soldiers and 13 civilians": the list goes on
        for mate, victims, end in _listed_after(sentence, numbers, used, named[1]):
            out.append(Pending(last.kind, mate, victims, mate.start, end,
                               last.keyword_start, last.keyword_end, last.active))  # fmt: skip
    return out


def _listed_after(
    sentence: str, numbers: list[NumberPhrase], used: set[int], end: int
) -> list[tuple[NumberPhrase, Victims, int]]:
    """The counts of victims that go on a list after `end` ("..., 2 civilians and 3 police"),
    each with its victims and where its words end; marked used."""
    out: list[tuple[NumberPhrase, Victims, int]] = []
    while (join := LIST_JOIN_RE.match(sentence, end)) is not None:
        mate = next((n for n in numbers if n.start == join.end() and id(n) not in used), None)
        named = right_victims(sentence, mate) if mate is not None else None
        if mate is None or named is None or named[1] == mate.end:
            break
        if _SAID_NEXT_RE.match(sentence, named[1]):
            break  # "along with five others, a Taliban official said": who said it
        used.add(id(mate))
        out.append((mate, named[0], named[1]))
        end = named[1]
    return out


_SAID_RE = rx(r"\b(?:said|says|told|reported|confirmed|added)\b", re.IGNORECASE)
_SAID_NEXT_RE = rx(r"\s+(?:said|says|told|reported|confirmed|added)\b")
_TOO_AFTER_RE = rx(r"\s*,?\s*(?:too|as\s+well)\b", re.IGNORECASE)
_ALONG_OTHERS_RE = rx(r"\s+(?:other\s+people|others)\b", re.IGNORECASE)


_EARLIER_OPENER_RE = rx(
    r"\W*(?:Earlier|Previously|Initially)(?:\s+(?:in\s+the\s+day|on\s+\w+|that\s+day))?\s*(?:,|(?=\s+(?:he|she|they|it|officials|the\s+\w+)\s+had\b))",
    re.IGNORECASE,
)
"""A sentence that opens on what was said before ("Earlier, the governor had put the toll at
five"): a count the text's own figure replaces."""


_WE_WROTE_RE = rx(
    r"\b(?:entry|post|update|story|article|report|version|earlier|erroneously|wrongly|"
    r"incorrectly|mistakenly)\b[^.;]{0,40}\bwe\s+(?:wrote|reported|stated|published|had\s+"
    r"(?:written|reported))\s+(?:earlier\s+|wrongly\s+|incorrectly\s+)?that\b|\bwe\s+"
    r"(?:wrongly|incorrectly|erroneously|mistakenly)\s+(?:wrote|reported|said|stated)\s+that\b",
    re.IGNORECASE,
)
"""A correction's own words for what it corrects ("In our 15:40 entry we wrote that five
people were killed"): a count the correction replaces."""
_WANTED_FOR_RE = rx(
    r"\b(?:wanted|sought|charged|convicted|sentenced|tried)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:in|for|over|of)\s+"
    r"(?:connection\s+with\s+)?(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:killing|murder|deaths?|"
    r"assassination|massacre)s?\s+of\s+|killing\s+)$",
    re.IGNORECASE,
)
"""Before a count, the past deed a suspect is wanted, charged or tried for: "A terrorist wanted in
the killing of two policemen was killed in a raid" (the two died before). Not "accused of
killing 200 people in a three-day assault" nor "arrested two men suspected of killing five
soldiers in an ambush": an accusation or an arrest is how a new toll is often told."""
_EARLIER_STATEMENT_RE = rx(
    r"\b(?:earlier|previous|initial|first)\s+(?:statements?|reports?|tolls?|counts?|figures?|"
    r"tall(?:y|ies)|estimates?|bulletins?|updates?)\b",
    re.IGNORECASE,
)
"""'An earlier statement from the ministry had put the toll at 404': a count replaced."""


def _corrected(text: str, figures: list[Figure]) -> list[Figure]:
    """A count a correction says "we wrote" ("In our 15:40 entry we wrote that five people were
    killed ... has since clarified that three") is history when a later sentence gives the
    count of that kind that replaces it."""
    out = list(figures)
    for i, f in enumerate(figures):
        start = _sentence_start(text, f)
        if f.past or start < 0 or not _WE_WROTE_RE.search(text, start, f.span[0]):
            continue
        if any(g.kind == f.kind and g.sentence != f.sentence for g in figures[i + 1 :]):
            out[i] = replace(f, past=True, cumulative=True, period="an earlier report")
    return out


_REVISED_TO_RE = rx(
    r"\b(?:revised|revising|revises|lowered|lowering|lowers|cut|reduced|reducing|reduces|"
    r"corrected|correcting|corrects)\s+(?:(?:it|the|its|that)\s+(?:death\s+)?(?:toll|figures?|"
    r"count|number)?\s*)?(?:(?:on\s+(?-i:[A-Z])[a-z]+|yesterday|today|later|overnight)\s+)?"
    r"(?:down(?:ward|wards)?\s+)?to\s+(?:\d|at\s+least|about|some)",
    re.IGNORECASE,
)


def _revised_in_its_sentence(text: str, figures: list[Figure]) -> list[Figure]:
    """ "the governor's office said 80 people had been killed; on Monday it revised the figure
    down to 40": the larger count told before the revision in its own sentence is history."""
    out = list(figures)
    for k, g in enumerate(figures):
        if not any(
            m.end() > g.span[0]  # the revision's number is this figure's
            for m in _REVISED_TO_RE.finditer(text, max(0, g.span[0] - 60), g.span[1])
        ):
            continue
        for i in range(k):
            f = out[i]
            if f.sentence == g.sentence and f.kind == g.kind and f.count > g.count and not f.past:
                out[i] = replace(f, past=True, cumulative=True, period="an earlier report")
    return out


_SAID_EARLIER_RE = rx(
    r"(?:;\s*|\W*)(?:earlier|previously)(?:\s+(?:in\s+the\s+day|on\s+\w+|today|that\s+day))?,?"
    r"\s+(?:(?:the|it|they|he|she|officials|[\w’'-]+\s+officials)\s+)?(?:[\w’'-]+\s+){0,5}?"
    r"(?P<had>had\s+)?(?:said|reported|put\s+the\s+(?:death\s+)?toll\s+at|gave\s+a\s+toll\s+of|"
    r"counted)\b",
    re.IGNORECASE,
)
_NEW_INCIDENT_RE = rx(
    r"\b(?:separate|another|second|also|other)\b|\b(?:in|at|near)\s+(?:a|an)\s+(?:[\w-]+\s+)?"
    r"(?:strike|attack|raid|blast|bombing|explosion|shelling|ambush|clash)",
    re.IGNORECASE,
)


def _same_speaker(earlier: str | None, later: str | None) -> bool:
    """Whether two figures' sources may be one speaker: the words of one are all in the other
    ("the ministry" and "the Gaza health ministry"); an unnamed one is nobody's."""
    if not earlier or not later:
        return False
    one, other = set(earlier.lower().split()), set(later.lower().split())
    return one <= other or other <= one


def _said_earlier(text: str, figures: list[Figure]) -> list[Figure]:
    """A count a source "earlier said" ("Earlier the ministry said 25 had been killed") is that
    source's older count, history beside another count of the same kind and victims that the
    same source gives in another clause (larger, or smaller when it revised its toll down); not
    another source's ("Earlier, residents said five had died": an account, the lower of two),
    nor another incident ("Earlier, police said three people were killed in a separate
    attack")."""
    out = list(figures)
    for i, f in enumerate(figures):
        if f.past or (f.cumulative and f.period):
            continue
        start = _sentence_start(text, f)
        if start < 0:
            continue
        clause = max(start, text.rfind(";", start, f.span[0]) + 1)
        if clause > start:
            clause -= 1  # the pattern reads the semicolon
        said = _SAID_EARLIER_RE.match(text, clause, f.span[0])
        if said is None or _DIGITS_RE.search(text, said.end(), f.span[0]):
            continue
        if _NEW_INCIDENT_RE.search(text, said.end(), start + len(f.sentence)):
            continue
        if _new_place(
            text[said.end() : start + len(f.sentence)], [g.sentence for g in figures[:i]]
        ):
            continue  # "Earlier, police said three people were killed in Kafanchan": elsewhere
        larger = [  # or smaller: a toll revised down is the source's newer count too
            g
            for g in figures
            if g.kind == f.kind
            and g.count != f.count
            and not g.past
            and (
                _same_speaker(f.source, g.source)
                or (said["had"] and f.qualifier in ("over", "at least") and g.count > f.count)
            )  # "Earlier, the acting mayor had said 'more than 20' were dead": the 34 since
            and may_be_same_dead(f.victims, g.victims)
        ]
        if any(g.sentence != f.sentence or g.span[1] <= said.start() for g in larger):
            out[i] = replace(f, past=True, cumulative=True, period="an earlier report")
    return out


def _told_earlier(sentence: str, item: Pending, pending: list[Pending]) -> bool:
    """'earlier reports had put the toll at 2': a count the text's own figure replaces. The
    words must be this count's: "first reported 184 dead, then raised the toll to 207" and "up
    from an initial estimate of 700, and that more than 2,880 wounded" tell the 184 and the 700
    as history, not the 207 or the 2,880."""
    start = max(0, item.start - 60, sentence.rfind(";", 0, item.start) + 1)
    end = max(item.start, item.number.start)
    said = _EARLIER_RE.search(sentence, start, end)
    if said is None:
        return False
    later = _UPDATED_AFTER_RE.search(sentence, item.number.end)
    if said["first"] and not later:
        return False  # "a provisional toll of 14 dead was given": no later count replaces it
    if (
        said["hadput"]
        and not later
        and not _EARLIER_AFTER_RE.match(sentence, item.number.end)
        and not _EARLIER_OPENER_RE.match(sentence)
        and not _EARLIER_STATEMENT_RE.search(sentence, 0, item.start)
    ):
        return False  # "The UN had put the toll at 40 in its first report": still its count
    between = sorted(
        (q for q in pending if q is not item and said.end() <= q.number.start < item.number.start),
        key=lambda q: q.start,
    )
    if not between:
        return not _DIGITS_RE.search(sentence, said.end(), item.number.start)
    # "initially said 3 killed, 12 injured": a list of the earlier counts, each of them history
    return all(
        _LIST_GAP_RE.fullmatch(sentence, a.end, b.start) for a, b in pairwise([*between, item])
    )


_WOUNDED_ONES_DIED_RE = rx(
    r"\s+(?:(?!(?:and|or|but|while|who|which|were|was|of|in|at|on|to)\s)[a-z][\w-]*\s+){1,3}?"
    r"(?:later\s+|subsequently\s+|also\s+|(?:have|has|had)\s+)?"
    r"(?:died|succumbed)\b(?!\s+of\s+(?:cold|hunger|thirst|exposure|disease|illness))",
)
"""After "wounded" before the noun it describes, the verb of their death: "two wounded port
workers died in hospital"."""
_AND_DIED_RE = rx(
    r"\s+and\s+(?:later\s+|subsequently\s+|then\s+)?(?:died|succumbed)\b(?!\s+of\s+(?:cold|hunger|"
    r"thirst|exposure|disease|illness))",
    re.IGNORECASE,
)
_AS_WAS_RE = rx(
    r",?\s+as\s+(?:was|were)\s+(?:the|a)\s+(?:suicide\s+)?(?:bomber|attacker|assailant|gunman)\b",
    re.IGNORECASE,
)
_EACH_SIDE_RE = rx(r"\s+(?:[\w-]+\s+)?(?:from|on|of)\s+(?:each|either)\s+side\b", re.IGNORECASE)
_IT_LOST_RE = rx(r"\b(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?lost\s+$", re.IGNORECASE)
_OWN_SIDE_RE = rx(r"\s+(?:of\s+)?(?:their|its|our|his|her)\s+(?:own\s+)?", re.IGNORECASE)
_AMONG_THE_FORCES_RE = rx(
    r"\s+(?:[\w-]+\s+){0,2}?among\s+the\s+(?P<who>escort|troops|soldiers|security\s+forces|"
    r"policemen|police|gendarmes|convoy's\s+escort|military\s+escort)\b",
    re.IGNORECASE,
)
_AMONG_ITS_RANKS_RE = rx(
    r"\s+(?:[\w-]+\s+){0,2}?among\s+(?:its|their|our)\s+(?:own\s+)?ranks\b", re.IGNORECASE
)
_PARTY_AFTER_RE = rx(
    r"\s+(?:of|from)\s+(?:the\s+)?(?:[\w-]+\s+)?(?P<party>(?-i:[A-Z])[\w’'-]+)", re.IGNORECASE
)
_PARTY_WORD_RE = rx(r"\s+(?:of\s+(?:the\s+)?)?(?P<party>(?-i:[A-Z])[\w’'-]+)", re.IGNORECASE)


_STATE_SOURCE_RE = rx(
    r"\b(?:army|military|armed\s+forces|defen[cs]e|troops|police|ISPR|government)\b", re.I
)


_OUR_LOSSES_RE = rx(
    r"\b(?:our|own)\s+(?:losses|casualties)\s*:\s*$|\b(?:on\s+the\s+)?friendly\s+side\s*[:,]\s*$",
    re.IGNORECASE,
)


def _ranks_of(sentence: str, item: Pending, source: str | None) -> Victims:
    """ "The army said it counted 15 dead among its ranks": a side's own dead, soldiers when
    the side is a state's forces, fighters otherwise; a communique's "Our losses: 7 dead" after
    it names the enemy's side apart are soldiers."""
    if (
        item.victims == "people"
        and ("losses" in sentence or "friendly" in sentence)
        and _OUR_LOSSES_RE.search(sentence, max(0, item.number.start - 30), item.number.start)
    ):
        return "soldiers"
    if item.victims == "people" and " among the " in sentence:
        among = _AMONG_THE_FORCES_RE.match(sentence, item.number.end)
        if among is not None:  # "a toll of nine dead among the escort": the escort's soldiers
            return (
                "police" if among["who"].lower().startswith(("police", "gendarm")) else "soldiers"
            )
    if (
        item.victims != "people"
        or source is None
        or "ranks" not in sentence
        or not _AMONG_ITS_RANKS_RE.match(sentence, item.number.end)
    ):
        return item.victims
    return "soldiers" if _STATE_SOURCE_RE.search(source) else "fighters"


def _party(sentence: str, number: NumberPhrase, source: str | None) -> str | None:
    """Whose dead a count names: a group or side named before the victims' noun ("4 Taliban
    fighters", "dozens of SDF fighters"), or the source's own ("2 of their fighters")."""
    if "ranks" in sentence and _AMONG_ITS_RANKS_RE.match(sentence, number.end):
        return source.split()[0].lower() if source else None  # "15 dead among its ranks"
    named = right_victims(sentence, number)
    if named is None:
        return None
    own = _OWN_SIDE_RE.match(sentence, number.end)
    if (own is not None and own.end() <= named[1]) or _IT_LOST_RE.search(
        sentence, max(0, number.start - 24), number.start
    ):  # "2 of their fighters", "the SNA said it lost four fighters"
        return source.split()[0].lower() if source else None
    word = _PARTY_WORD_RE.match(sentence, number.end)
    if word is not None and word.end() <= named[1]:
        kind = VICTIM_WORDS.get(word["party"].lower())
        if kind is None or kind in ("fighters", "militants"):
            return word["party"].lower()  # "4 Taliban fighters", "84 Wagner", "3 NRF attackers"
    after = _PARTY_AFTER_RE.match(sentence, named[1])
    return after["party"].lower() if after is not None else None  # "31 fighters of the SNA"


_LIST_GAP_RE = rx(r"\s*(?:,|and|,\s*and|;)?\s*")
_EARLIER_AFTER_RE = rx(r"[^.;]{0,30}?\b(?:earlier|initially|at\s+first)\b", re.IGNORECASE)
_UPDATED_AFTER_RE = rx(
    r"\b(?:updated|revised|raised|rose|risen|climbed|increased|later|then|now|next\s+day|"
    r"the\s+following\s+(?:day|morning))\b|[;,]\s*(?:on|by)\s+(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)\b",
    re.IGNORECASE,
)


_DIGITS_RE = rx(r"\d")
_EARLIER_RE = rx(
    r"\b(?:earlier|previous|initial|first|provisional|preliminary|prior)\s+(?:death\s+|"
    r"(?-i:[a-z])[\w-]*\s+|(?-i:[A-Z])[\w-]*\s+){0,2}?"
    r"(?:reports?|posts?|figures?|tolls?|estimates?|accounts?|counts?)\s+(?:(?:on|of|from|by|"
    r"released|issued|given|published)\s+(?:[\w-]+\s+){0,3}?)?(?:had\s+)?(?:said|says|put|gave|"
    r"given|reported|showed|counted|mentioned|cited|spoke\s+of|"
    r"stood\s+at|was|had\s+been)\b|\bhad\s+(?:earlier|previously|initially)\s+(?:put|given|"
    r"reported|said|counted)\b|\b(?:earlier|previously)\s+(?:it|they|he|she|the\s+[\w-]+|[\w-]+)\s+"
    r"had\s+(?:put|given|placed)\s+(?:the\s+|its\s+)?(?:death\s+)?(?:toll|figure|number)\s+at\b|\b(?:revis\w+|down|up|from|above|below|than|over|exceeding|"
    r"surpassing|against|compared\s+(?:with|to))\s+(?:down\s+|up\s+|downwards?\s+|"
    r"upwards?\s+|from\s+)?(?:an?\s+|the\s+|its\s+)?(?:earlier|previous|initial|first)\s+"
    r"(?:death\s+)?(?:figure|toll|estimate|count|report)\s+of\b|\b(?:initially|originally|at\s+"
    r"first|first)\s+(?:spoke\s+of|reported|said|gave|counted|announced|put\s+at|put\s+the\s+(?:death\s+)?"
    r"toll\s+at)\b|\b(?:an|the|its|their)\s+(?:earlier|previous|initial)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:death\s+)?(?:tolls?|figures?|estimates?|counts?)\s+(?:of|at)\s*$|"
    r"\b(?:toll|figure|count|tally)\s+(?:that\s+|which\s+)?had\s+(?:earlier\s+|previously\s+|"
    r"initially\s+|first\s+)?(?:stood\s+at|been|reached)\b|"
    r"\b(?:up|down)\s+from\s*(?:(?:the|its|their)\s+)?$|\b(?:updated|revised|raised|corrected)\s+(?:[\w-]+\s+){0,4}?from\s*$|"
    r"\b(?:raising|revising|updating|correcting|replacing)\s+(?:an?|the|its|their)\s+"
    r"(?:death\s+)?(?:toll|figure|count|tally)\s+of\s*$|"
    r"\b(?:earlier|initially|first|originally)\s+put\s+the\s+(?:death\s+)?(?:toll|figure|number)\b"
    r"[^.;,]{0,80}?\bat\s*$|"
    r"\b(?:after|having)\s+(?:earlier|initially|first|originally)\s+(?:putting|put|given|giving)\s+"
    r"(?:the\s+|its\s+|a\s+)?(?:death\s+)?(?:toll|figure|number)\s+(?:at|of)\s*$|"
    r"(?P<hadput>\bhad\s+(?:put|given|placed|reported)\s+(?:the\s+|its\s+)?(?:death\s+)?(?:toll|figure|"
    r"number)\s+at\s*$)|"
    r"\b(?:(?:previous|earlier|last|first)\s+(?:flash\s+)?(?:update|report|bulletin|sitrep)|"
    r"update\s+no\.?\s*\d+)\s+had\s+(?:reported|put|given|counted)\s*$|"
    r"\b(?:after|following|from|in)\s+(?:the\s+|its\s+|their\s+)?(?:earlier|initial|first|previous|"
    r"preliminary)\s+reports?\s+of\s*$|\b(?:correcting|revising|replacing)\s+(?:an?\s+|the\s+|its\s+)?(?:earlier|initial|"
    r"first|previous|preliminary)\s+reports?\s+of\s*$|\b(?:after|having)\s+(?:earlier|initially|"
    r"first|originally)\s+(?:saying|said|reporting|reported|announcing|announced)\s*$|"
    r"\b(?:first|initial|early|preliminary)\s+reports\s+(?:spoke\s+of|said|put|"
    r"gave|had)\b|(?P<first>\b(?:first|initial|provisional|preliminary)\s+(?:death\s+)?(?:tally|"
    r"toll|figure|count)\s+(?:of\s+|was\s+|at\s+|stood\s+at\s+)?$)",
    re.IGNORECASE,
)
_ARMED_KILL_RE = rx(
    r"\b(?:fighters|militiamen|militants|rebels|troops|soldiers|forces|insurgents)\s+"
    r"(?:[\w-]+\s+)?(?:killed|shot|attacked|ambushed|raided)\b",
    re.IGNORECASE,
)
"""'CODECO fighters killed two guards': armed men killing, an act of war in its own clause."""


def _clause_verdicts(sentence: str, text: str = "") -> list[tuple[int, bool | None]]:
    """(end, conflict verdict) of each clause of a sentence that joins two stories: "Cholera
    killed 19 this month; separately, a shell killed two children" tells of a disease and of
    an attack, and each figure takes its own clause's cause (also after ", while" and in "a
    region where ...")."""
    out: list[tuple[int, bool | None]] = []
    start = 0
    marks = [m.span() for m in _CAUSE_BREAK_RE.finditer(sentence)]
    # "the 28 March earthquake, which killed 3,600, ... an airstrike killing seven": the
    # main clause after an aside that told another story
    marks += [(a.end() - 1, a.end()) for a in _WHICH_ASIDE_RE.finditer(sentence)]
    for mark in [*sorted(marks), None]:
        end = mark[0] if mark is not None else len(sentence)
        if end < start:
            continue
        clause = sentence[start:end]
        verdict = sentence_conflict(clause)
        if verdict and not CONFLICT_RE.search(clause) and not _ARMED_KILL_RE.search(clause):
            verdict = None  # words of war alone ("soldiers died") do not outweigh a flood
        elif verdict is False and "collapsed" in clause and collapse_in_an_attack(clause, text):
            verdict = None  # "bodies were pulled from the rubble of the collapsed roof" after
            # a suicide blast: the attack's collapse
        elif verdict is False and " fire" in clause and fire_in_an_attack(clause, text or sentence):
            verdict = None  # "Russian drones attacked Kharkiv overnight; ... five people were
            # injured and a 9-storey building caught fire": the attack's fire
        out.append((end, verdict))
        start = mark[1] if mark is not None else end
    return out


def _clause_conflict(
    clauses: list[tuple[int, bool | None]] | None, at: int, sentence_verdict: bool
) -> bool:
    """The conflict verdict of the clause at `at`, when the clause names a cause itself."""
    if clauses is None:
        return sentence_verdict
    own = next((verdict for end, verdict in clauses if at < end), None)
    return sentence_verdict if own is None else own


_CAUSED_TO_RE = rx(
    r"^\s*(?:causing|forcing|sending|making|leading)\s+(?:it|them|the\s+(?:[\w-]+\s+)?[\w-]+)\s+to\s+",
    re.IGNORECASE,
)
"""An accident an act before it caused: "opened fire on a bus ..., causing it to plunge into a
gorge and killing nine"."""


_ACT_SET_FIRE_RE = rx(
    r"\b(?:drones?|missiles?|strikes?|shell(?:s|ing)|rockets?|attacks?|bombs?|air\s*raids?)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:sparked|caused|started|set\s+off|ignited)\s+(?:a|the)\s+"
    r"(?:[\w-]+\s+)?fire\b",
    re.IGNORECASE,
)
"""A weapon that set a fire: the fire is the attack's, not a cause of its own."""


def _natural_subject(sentence: str, keyword_start: int) -> bool:
    """The subject of an active death verb is a disease or disaster ("Floods killed 12 as
    bandits looted the village"): those deaths are not conflict violence, whatever else the
    sentence tells."""
    head = sentence[max(0, keyword_start - 80) : keyword_start]
    parts = re.split(r"[,;:]|\b(?:as|while|when|after)\b", head)
    head = parts[-1]
    before = sentence[:keyword_start]
    if "fire" in before.lower() and _ACT_SET_FIRE_RE.search(re.split(r"[,;:]", before)[-1]):
        return False  # "A Ukrainian drone attack sparked a fire at an industrial plant ... and
        # injured seven people": the attack's wounded, the fire its doing
    if _CAUSED_TO_RE.match(head) and (
        (prior := re.split(r"[;:]", sentence[: keyword_start - len(head)])[-1])
        and CONFLICT_RE.search(prior)
        and not NON_CONFLICT_RE.search(prior)
    ):
        return False  # "Militants opened fire on a bus ..., causing it to plunge into a gorge
        # and killing nine": the attack's dead
    if not head.strip() and sentence.startswith(("killing", "leaving"), keyword_start):
        # "Flash floods swept through a camp in Tawila, killing 14": the subject of the clause
        clause = re.split(r"[;:]", sentence[:keyword_start])[-1]
        asides = [a.end() for a in _WHICH_ASIDE_RE.finditer(sentence, 0, keyword_start)]
        if asides:  # "the earthquake, which killed 3,600, the military ..., killing seven"
            clause = sentence[asides[-1] : keyword_start]
        last = clause.rstrip(" ,").rsplit(",", 1)[-1]
        if CONFLICT_RE.search(last) and not NON_CONFLICT_RE.search(last):
            return False  # "Despite the ceasefire the junta announced after the earthquake,
            # its aircraft bombed a village ..., killing seven": the bombing's dead
        head = clause.split(",", 1)[0][:80]
    return NON_CONFLICT_RE.search(head) is not None and CONFLICT_RE.search(head) is None


def _two_states_own(sentence: str, first: Pending, second: Pending) -> bool:
    """Soldiers of one state, then a second state's own soldiers ("two Lebanese soldiers, ...
    while Syria's defence ministry said three of its soldiers were killed"): two sides' dead,
    no two accounts of the same."""
    if first.victims not in _STATE or second.victims not in _STATE:
        return False
    if not _OWN_SIDE_RE.match(sentence, second.number.end):
        return False
    phrase = sentence[first.number.start : first.number.end + 40].split(",")[0]
    one = set(countries_named(phrase))
    named = [
        c
        for c, _demonym, _s, _e in country_table().scan(
            Tokens.of(sentence[first.end : second.start])
        )
    ]
    # whose "its": the state named last before the second count
    return len(one) == 1 and bool(named) and named[-1] not in one


def _rival_accounts(sentence: str, pending: list[Pending]) -> set[int]:
    """The higher of each two accounts of the same dead that a sentence gives from two sources
    (counting.md, "Disagreement": the lower counts). Victims must agree, be of one side of the
    fight ("it lost 14 fighters, while the army claimed 60 militants killed") or one be "people",
    and nothing between the two may say the second adds to the first ("also", "another")."""
    out: set[int] = set()
    pairs = [
        pair
        for kind in ("killed", "injured")
        for pair in pairwise([p for p in pending if p.kind == kind and p.whole is None])
    ]  # "77 dead and 255 injured; JNIM claimed 'hundreds' of soldiers killed"; parts between
    # the two accounts are passed over ("43 killed, 19 of them women; a leader reported 38")
    for first, second in pairs:
        if first.whole is not None or second.whole is not None:
            continue
        if _ALSO_BEFORE_RE.search(
            sentence, max(0, second.keyword_start - 16), second.keyword_start
        ) or _N_MORE_RE.match(sentence, second.number.end):
            continue  # "RNDDH said 2 civilians also died", "two more bodies": further dead
        if bool(_ATTACKERS_AT_RE.match(sentence, first.number.end)) != bool(
            _ATTACKERS_AT_RE.match(sentence, second.number.end)
        ):
            continue  # "two guards were killed; the army said 4 attackers died": two sides
        if not may_be_same_dead(first.victims, second.victims):
            continue
        if (
            "militants" in (first.victims, second.victims)
            and first.victims != second.victims
            and _STRUCK_BACK_AFTER_RE.search(sentence, second.start)
        ):
            continue  # "killing at least 10 people ..., while police said 4 gang members were
            # killed when officers counter-attacked": the attackers' own dead beside their victims
        if (
            first.victims != second.victims
            and _OWN_SIDE_RE.match(sentence, first.number.end)
            and _OWN_SIDE_RE.match(sentence, second.number.end)
        ):
            continue  # "Iran said 2 of its guards were killed; the Taliban said one of its
            # fighters died": each side's own dead (not "3 of its soldiers ... 5 of its soldiers")
        if _two_states_own(sentence, first, second):
            continue  # "killed two Lebanese soldiers, the Lebanese army said, while Syria's
            # defence ministry said three of its soldiers were killed": two states' dead
        if any(
            own.victims in ("people", "civilians")
            and other.victims in _STATE
            and _OWN_SIDE_RE.match(sentence, own.number.end)
            for own, other in ((first, second), (second, first))
        ):
            continue  # "PTI said 25 of its workers were injured, while police said 15
            # policemen were hurt": a party's own people and the police, two groups
        low, high = sorted((first, second), key=lambda p: p.number.count)
        if low.number.vague and not high.number.vague:
            continue  # "Gunmen kill dozens; police put toll at 43": the loose telling of 43
        between = sentence[first.end : second.start]
        if _ADDED_RE.search(between):
            continue
        if not _RIVAL_RE.search(between) and not (
            _RIVAL_RECORDED_RE.search(between)
            and not _PLACE_AFTER_RE.match(sentence, second.end)  # not "... in Mykolaiv"
        ):
            continue
        out.add(id(first if first.number.count > second.number.count else second))
    return out


_ANOTHER_ONE_RE = rx(r"[Aa]nother\s+(?P<noun>[a-z-]+)")
_OF_BEFORE_RE = rx(r"\bof\s+$")


def _another_one(sentence: str, at: int) -> bool:
    """ "another woman" told after a line's count of the wounded: one more person (not "another
    was" or "another injured", which a headline over it told, nor "the body of another man"
    before a toll that counts him)."""
    found = _ANOTHER_ONE_RE.match(sentence, at)
    return (
        found is not None
        and found["noun"] in VICTIM_WORDS
        and _OF_BEFORE_RE.search(sentence, max(0, at - 4), at) is None
    )


_OTHER_PEOPLE_RE = rx(
    r"\s+other\s+(?:people|persons|civilians|residents|soldiers|villagers|men|women|children)\b",
    re.I,
)
_ORDINAL_ONE_RE = rx(
    r"(?:a|an|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", re.I
)
_ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10,
}  # fmt: skip
_ORDINAL_DEAD_RE = rx(
    r"\s+(?P<ord>second|third|fourth|fifth|sixth|seventh)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+"
    r"(?:has\s+|had\s+|later\s+)?(?:died|dies|succumbed|succumbs)\b",
    re.IGNORECASE,
)
"""'A second soldier died of his wounds', told with no earlier dead: the event's dead are two."""
_CONDITION_RE = rx(r"\bcondition\b", re.IGNORECASE)


def _conditions_of_earlier(sentence: str, pending: list[Pending], hurt: NumberPhrase) -> None:
    """'four wounded. ... where two were reported in serious condition': a sentence that tells
    only the condition of some injured tells of the injured told before it."""
    injured = [q for q in pending if q.kind == "injured" and q.whole is None]
    conditions = [
        q for q in injured if _CONDITION_RE.search(sentence, q.keyword_start, q.keyword_end)
    ]
    if len(conditions) == len(injured):
        for q in conditions:
            q.whole = hurt


def _adds_to_earlier(figures: list[Figure], kind: Kind, count: int, sentence: str) -> bool:
    """Dead told "in addition" add to the latest earlier sentence's, unless an earlier figure
    already counts both ("30 killed across Gaza ... 12 in Khan Younis ... In addition, eight
    in Nuseirat": the 30 holds them)."""
    told = [f for f in figures if f.kind == kind and f.sentence != sentence and not f.past]
    if not told:
        return False
    return not any(f.count > told[-1].count + count for f in told[:-1])


_IN_ADDITION_RE = rx(
    r"\bin\s+addition\b(?!\s+to\b)|^\W*In\s+addition\s+to\s+[^,;]{3,60},", re.IGNORECASE
)
_N_MORE_RE = rx(r"\s+(?:more|further|additional)\b", re.IGNORECASE)
_ANOTHER_RE = rx(r"another\b", re.IGNORECASE)
_OTHERS_RE = rx(r"\s+others\b")


def _others_of_the_group_before(
    sentence: str, numbers: list[NumberPhrase], pending: list[Pending]
) -> None:
    """'The council said it captured 21 junta soldiers and that around 20 others died in the
    fighting': the others are of the group the count before them told (soldiers), no people
    of any side."""
    for p in pending:
        if p.victims != "people" or not _OTHERS_RE.match(sentence, p.number.end):
            continue
        before = [n for n in numbers if n.end <= p.number.start and not n.article]
        if not before or any(q.number is before[-1] for q in pending):
            continue
        named = right_victims(sentence, before[-1])
        if named is not None and named[0] in ("soldiers", "police", "fighters", "militants"):
            p.victims = named[0]


_BOMBERS_INCLUDED_RE = rx(
    r"\s*,?\s*including\s+(?:the\s+|all\s+)?(?:(?:two|three|four|five|six|\d+)\s+)?"
    r"(?:(?:suicide|female|male)\s+)*(?:bombers?|attackers?|assailants?)\b",
    re.IGNORECASE,
)


def _bombers_in_the_toll(sentence: str, pending: list[Pending]) -> None:
    """'Three suicide bombers blew themselves up at a wedding, killing 12 people including the
    bombers': the bombers are of the 12, not more dead."""
    for toll in pending:
        if toll.whole is not None:
            continue
        told = right_victims(sentence, toll.number)
        end = max(toll.end, told[1]) if told is not None else toll.end
        if not _BOMBERS_INCLUDED_RE.match(sentence, end):
            continue
        for p in pending:
            if (
                p is not toll
                and p.kind == toll.kind
                and p.whole is None
                and p.victims == "militants"
                and p.number.count < toll.number.count
            ):
                p.whole = toll.number


def _new_total_after_colon(sentence: str, pending: list[Pending]) -> None:
    """'Another victim's body was recovered from the rubble: six dead and 47 injured', 'Two
    more bodies were found: 11 dead': the one or more found before the colon are of the
    count that opens what follows it, the new total."""
    for more in pending:
        colon = sentence.find(": ", more.end)
        if more.whole is not None or colon < 0:
            continue
        if not (
            _ANOTHER_RE.match(sentence, more.number.start)
            or _N_MORE_RE.match(sentence, more.number.end)
        ):
            continue
        total = next(
            (
                p
                for p in pending
                if p.start > colon
                and p.kind == more.kind
                and p.whole is None
                and p.victims in ("people", more.victims)
                and not sentence[colon + 1 : p.start].strip()
            ),
            None,
        )
        if total is not None and total.number.count > more.number.count:
            more.whole = total.number


def _more_after_earlier(
    figures: list[Figure], wholes: list[NumberPhrase | None], index: int, further: list[int]
) -> bool:
    """'Eleven people died in the first strike. A second drone killed four more.': a figure
    told as more adds to the dead an earlier sentence told, unless some other figure of the
    text counts them all (a headline's "kills 15" over the body's "11 ... four more", or a
    toll told after them)."""
    last = figures[index]
    told = [
        i
        for i, (f, whole) in enumerate(zip(figures, wholes, strict=True))
        if i != index and f.kind == last.kind and whole is None and not f.cumulative and not f.past
    ]
    before = [i for i in told if i < index]
    if not before:  # "The toll from the assault on the camp rose to 57 ... shelling of El
        tolls = [  # Fasher city killed 11 more civilians": another place's further dead
            f.sentence
            for f in figures[:index]
            if f.kind == last.kind and f.update and not f.past and f.sentence != last.sentence
        ]
        return bool(tolls) and _new_place(last.sentence, tolls)
    if figures[before[-1]].sentence == last.sentence:
        return False
    chain = [before[-1]]  # the dead told so far: the figure before and the "more" before it
    while chain[-1] in further and len(chain) < len(before):
        chain.append(before[-len(chain) - 1])
    dead = last.count + sum(figures[i].count for i in chain)
    # a range's high end counts too: "between 2 and 4 killed ... two further workers killed"
    return not any(
        max(figures[i].count, figures[i].high or 0) >= dead
        for i, (f, whole) in enumerate(zip(figures, wholes, strict=True))
        if i != index
        and f.kind == last.kind
        and whole is None
        and not f.past
        and (i not in chain or figures[i].high)
        and not figures[i].added
        and all(may_be_same_dead(figures[i].victims, figures[j].victims) for j in [*chain, index])
    )


_APART_OPENER_RE = rx(
    r"\s*(?:(?P<later>(?:Hours|Minutes|Moments|Shortly)\s+(?:later|afterwards?)|"
    r"(?:Some|About|Around|A\s+few|Several|Two|Three|Four|Five|Six|\d{1,2})\s+(?:hours|minutes)\s+"
    r"(?:later|earlier|before|afterwards?)|"
    r"(?:On\s+)?[Tt]he\s+(?:following|next)\s+(?:day|morning|afternoon|evening|night)|"
    r"Later\s+(?:in\s+the\s+|that\s+|on\s+)(?:day|morning|afternoon|evening|night)|"
    rf"Later\s+(?:on\s+)?{_WEEKDAY})|"
    rf"(?P<earlier>Earlier\s+(?:in\s+the\s+day|that\s+day|on\s+{_WEEKDAY}))|"
    r"(?:In\s+)?(?:a|another)\s+separate\s+(?:incident|attack|strike)|Separately|Elsewhere|"
    r"(?:On\s+)?the\s+same\s+day|Same\s+day|"
    r"In\s+another\s+(?:incident|attack|strike|raid))\s*,",
    re.IGNORECASE,
)
_UPDATE_WORDS_RE = rx(
    r"\b(?:toll|tolls|rose|risen|climbed|updated|revised|raised|total|tally|more\s+bodies)\b",
    re.IGNORECASE,
)


_HAD_SAID_RE = rx(
    r"\bhad\s+(?:put|said|given|reported|announced|killed|died|been\s+killed)\b|\bthe\s+"
    r"(?:[\w-]+\s+)?(?:strike|attack|blast|bombing|explosion|shelling|raid|attackers|gunmen)\b",
    re.IGNORECASE,
)
"""In a sentence that opens on another time, what was told before: "had put the toll", "the
strike" or "the attackers" already named."""
_REPORT_LEAD_RE = rx(
    r"\s*(?:[\w’'-]+\s+){0,5}?(?:said|says|told|reported|announced|confirmed)\b", re.IGNORECASE
)
"""A sentence that leads with who reports ("officials said 25 were dead"): a report, not a deed."""


def _verdict_texts(text: str, sentences: Sequence[tuple[int, str]]) -> tuple[str | None, list[int]]:
    """The text without its sentences that open on another incident (blanked out, so that
    offsets stay), or None when it has none; and where those sentences start."""
    apart = [
        (offset, sentence)
        for offset, sentence in sentences
        if _apart_opener(sentence) or _after_a_list_mark(text, offset)
    ]  # "3. Akkar: a car crash ... killed one person; not conflict-related": that item's word
    # on its cause, not the whole brief's
    if not apart or len(apart) == len(sentences):
        return None, []
    rest = list(text)
    for offset, sentence in apart:
        rest[offset : offset + len(sentence)] = " " * len(sentence)
    return "".join(rest), [offset for offset, _ in apart]


_LIST_MARK_RE = rx(r"[^\S\n]*(?:\d{1,2}[.)]|[•▪◦*–-])[^\S\n]*")
"""The mark of a numbered or bulleted item that opens its line: "3. ", "• "."""


def _after_a_list_mark(text: str, offset: int) -> bool:
    """Whether the sentence at `offset` opens a numbered or bulleted item of its own line."""
    line = text.rfind("\n", 0, offset) + 1
    return 0 < offset - line <= 8 and _LIST_MARK_RE.fullmatch(text, line, offset) is not None


def _apart_text(text: str, offset: int, starts: Sequence[int]) -> str:
    """An apart sentence's own incident: the text from that sentence to the next sentence that
    opens on another incident (`starts`, in order), so that a cause told before it, of the
    incident before ("... ruled out sabotage. Separately, gunmen killed two"), is not its
    cause."""
    at = bisect_right(starts, offset)
    return text[offset : starts[at] if at < len(starts) else len(text)]


def _not_the_headlines(figures: Sequence[Figure], kind: Kind, count: int) -> bool:
    """Whether an incident told apart ("Hours later, ...") with this count is not the one a
    headline told: no earlier sentence tells the count, or the headline and a sentence of one
    deed do ("Drone attack on Odesa kills 1 / ... attack killed one person. Hours later, a drone
    struck a car, killing its driver"); not a lead of several deeds ("Russian attacks killed
    three ... Hours later, a drone struck a minibus, killing three": the lead sums them up)."""
    told = [f.sentence for f in figures if f.kind == kind and f.count == count]
    return (
        not told
        or (len(set(told)) > 1 and not any(_SEVERAL_DEEDS_RE.search(t) for t in told[1:]))
        or all(_SOURCE_AT_END_RE.search(t) for t in told)
    )  # "A missile struck a ship, killing two crew members, U.S. Central Command said. Hours
    # later, strikes on a radar site killed two people": a story's lead, no headline over it


_SOURCE_AT_END_RE = rx(
    r",\s+(?:[\w.’'-]+\s+){1,5}?(?:said|says|reported|reports)\s*\.\s*$", re.IGNORECASE
)
"""A story's sentence that names who told it at its end ("..., U.S. Central Command said."):
never a headline."""
_SEVERAL_DEEDS_RE = rx(
    r"\b(?:attacks|strikes|airstrikes|air\s+strikes|raids|bombings|assaults|shelling\s+and)\b|"
    r"\b(?:two|three|four|several)\s+(?:villages|towns|places|locations|districts|attacks)\b",
    re.IGNORECASE,
)


def _apart_opener(sentence: str) -> bool:
    """A sentence that opens on another incident, whose dead add to those told before it:
    "Separately, ...", "In another attack, ...", or "Hours later" and "Later in the day" when
    the sentence tells an act of violence and no update of a toll ("Hours later, in
    neighbouring Narathiwat, insurgents shot dead a headman"; not "Hours later, officials said
    25 were dead")."""
    opener = _APART_OPENER_RE.match(sentence)
    if opener is None:
        return False
    rest = sentence[opener.end() :]
    if opener["earlier"] is None and opener["later"] is None:
        return True
    # "Hours later, a second strike on the same area killed four people, medics said" and
    # "Earlier in the day, strikes on two villages killed three people, the ministry said" tell
    # new deeds; "Hours later, officials said 25 people were dead" or "the governor said the
    # strike had killed 25" report the same dead again
    return (
        CONFLICT_RE.search(rest) is not None
        and _UPDATE_WORDS_RE.search(rest) is None
        and _HAD_SAID_RE.search(rest) is None
        and _REPORT_LEAD_RE.match(rest) is None
    )


_PLACE_NAMED_RE = rx(
    r"\b(?:in|near|at|on|(?:shelling|bombing|bombardment)\s+of)\s+(?:the\s+)?(?P<place>(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+){0,2})"
)


def _new_place(rest: str, told: Sequence[str]) -> bool:
    """`rest` names a place that none of the sentences told before names, nor a place that
    holds it (the gazetteer's region or country of a town): another incident's place."""
    places = [m["place"] for m in _PLACE_NAMED_RE.finditer(rest)]
    if not places or not told:
        return False
    before = " ".join(told)
    for place in places:
        if place in before:
            continue
        found = gazetteer().lookup(place)
        if found is None:
            continue  # a name the gazetteer does not know may be anything
        if (found.region and found.region in before) or (found.country and found.country in before):
            continue  # "Gaza City" after "across Gaza": perhaps a part of what was told
        return True
    return False


_ALSO_BEFORE_RE = rx(r"\balso\s+(?:been\s+)?$", re.IGNORECASE)
_ALSO_TREATED_RE = rx(r"\balso\s+(?:treated|evacuated|hospitali[sz]ed)\s+$", re.IGNORECASE)
"""Before a count of more wounded: "Paramedics also treated five people who were hurt"."""
"""Right before a death or injury word: "were also killed", "had also wounded"."""
_PAST_MATE_RE = rx(r"[^;:.]{0,80}?,?\s+and\s+", re.IGNORECASE)
"""Between a past incident's dead and the injured told with them in one clause."""
_NAMED_BEFORE_RE = rx(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+(?:the|those|them)\b"
    r"[^,;]{0,20},\s*$",
    re.IGNORECASE,
)
"""'one of the wounded, a 70-year-old man, had died': the apposition names the one, who is
counted as "one of the wounded"."""
_ANY_DASH_RE = rx(r"\s[-–—]\s|[–—]")
_MEN_RE = rx(r"\s+(?:men|comrades|personnel|martyrs)\b", re.IGNORECASE)
_BARE_LOSS_RE = rx(r"\s+(?:in|at|during|near|as)\b|\s*(?:[,.;]|$)")
"""After the number a force "lost": no noun, the place or deed of the loss ("lose 2 in Borno
clash")."""
_FORCE_SUBJECT_RE = rx(
    r"^\W*(?:(?-i:[A-Z])[\w’'-]+\s+){0,2}(?:troops|soldiers|army|military|forces)\s+[^.;]{0,80}$",
    re.IGNORECASE,
)
"""A state's forces as the subject before "lost": "Nigerian troops kill 12 Boko Haram fighters,"."""
_STATE_FORCE_RE = rx(
    r"\b(?:soldiers|troops|army|military|forces|defen[cs]e\s+ministry|police)\b", re.IGNORECASE
)
_INITIAL_GAP_RE = rx(
    r"\s*(?:of\s+|(?:(?:from|in)\s+[^;:()\d]{1,120}?)?,\s*(?:(?:which|that)\s+(?:was|had\s+been)\s+)?"
    r"(?:initially|originally|first|earlier)\s+(?:put\s+at\s+|at\s+|given\s+as\s+|reported\s+as\s+)?)",
    re.IGNORECASE,
)
_INITIAL_RISE_RE = rx(
    r"\s*(?:dead|deaths|killed|people)?(?:\s+(?:following|after|from|in)\s+[^;:()\d]{1,120}?)?"
    r"\s*,?\s*(?:has\s+|had\s+|later\s+|then\s+|now\s+|since\s+)*"
    r"(?:rose|risen|climbed|increased|jumped|grew|grown|reached|was\s+raised|has\s+been\s+raised)"
    r"\s+to\s*",
    re.IGNORECASE,
)
"""A toll told with its earlier value first: the number after the verb is the toll ("the toll
from the attack on a rally in Khar, which was initially put at 12, rose to 23", "The provisional
toll of twelve dead following Saturday's attack on the Thiou detachment ... has risen to
nineteen")."""
_OF_THE_END_RE = rx(r"\b(?:of|among)\s+(?:the|those)\s+$", re.IGNORECASE)
_OF_THE_NOUN_LATER_DIED_RE = rx(
    r"\s+of\s+the\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?P<noun>[a-z-]+)(?:\s+in\s+(?-i:[A-Z])[\w’'-]+)?(?P<hurt>\s+(?:wounded|injured|hurt)\b[^,.;]{0,40}?)?(?:(?:\s*,[^,;]{1,50}){1,2},)?\s+"
    r"(?P<aux>(?:has|had|have)\s+)?(?P<adv>(?:later|since|subsequently|now)\s+)?"
    r"(?P<verb>died|succumbed)\b(?P<where>\s+(?:in\s+(?:a\s+|the\s+)?hospital|of\s+(?:his|her|their)\s+"
    r"(?:wounds|injuries)|at\s+(?:a|the)\s+hospital))?",
    re.IGNORECASE,
)
"""After a count: "one of the passengers later died in hospital", "one of the two soldiers
wounded this morning has died of his wounds", "one of the minibus passengers, a 67-year-old
woman, has died in hospital": one of the wounded told before, who died since."""


_PAIR_WORDS = frozenset(("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"))


def _of_the_hurt_who_died(sentence: str, at: int) -> re.Match[str] | None:
    """`_OF_THE_NOUN_LATER_DIED_RE` at `at`, its noun a word for people, its death a later one
    (told by "has", "later", "in hospital", "succumbed", or the wounded's participle)."""
    found = _OF_THE_NOUN_LATER_DIED_RE.match(sentence, at)
    if found is None or (
        found["noun"].lower() not in VICTIM_WORDS and found["noun"].lower() not in _PAIR_WORDS
    ):  # "one of the two, a 60-year-old farmer, has died of his wounds": of the two told
        return None
    later = any(found[g] for g in ("hurt", "aux", "adv", "where"))
    return found if later or found["verb"].lower() == "succumbed" else None


_HURT_WORD_RE = rx(r"(?:injured|wounded|hurt)", re.IGNORECASE)
_HURT_WHO_DIED_RE = rx(
    r"(?:\s*,[^,;]{1,40},)?\s+(?:have\s+|has\s+|had\s+|later\s+|since\s+)*"
    r"(?:succumb(?:s|ed)?|die|died)\b",
    re.IGNORECASE,
)
_RISE_CAUSE_RE = rx(
    r"[^;:.]{0,40}?\b(?:after|as|when|following|saying(?:\s+that)?)\s+(?:[\w-]+\s+){0,3}?$|"
    r"\s*:\s+(?:[^;.]{0,80}?\band\s+)?(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
"""Between a raised toll and the dead who raised it: "rose to 42 on Friday after", "rises to
four: one of the injured died in hospital and another body was recovered"."""
_RAISED_MATE_RE = rx(r"[^,;.\d]{0,30}\band\s+", re.IGNORECASE)


def _later_values(sentence: str, pending: list[Pending]) -> None:
    """ "by the next day the toll stood at 16 killed, and on 27 May he confirmed 19 dead": a
    toll a later report of the same sentence raises is that toll's earlier value."""
    ordered = sorted((p for p in pending if p.whole is None), key=lambda p: p.start)
    for a, b in pairwise(ordered):
        if (
            a.toll
            and b.kind == a.kind
            and b.number.count > a.number.count
            and (later := _LATER_REPORT_RE.search(sentence, a.end, b.start)) is not None
            and _DEED_RE.search(sentence, later.end(), b.start) is None
        ):
            a.whole = b.number


_LATER_REPORT_RE = rx(
    r"\b(?:later|then|by\s+(?:the\s+)?(?:next|following|[a-z]+day)|on\s+\d{1,2}\s+[A-Z][a-z]+|"
    r"on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"the\s+(?:next|following)\s+day)\b[^;.]{0,40}?\b(?:confirmed|said|put|gave|reported|stood\s+at|"
    r"rose\s+to)\b",
)
_DEED_RE = rx(r"\b(?:strikes?|attacks?|shelling|bombing|raid|ambush|another|more)\b", re.IGNORECASE)


_TOTAL_OF_RE = rx(r"\b(?:for|making|bringing|with)\s+a\s+total\s+of\s+$", re.IGNORECASE)


def _total_after_its_parts(sentence: str, pending: list[Pending]) -> None:
    """'nine people killed in Djaiba, four in Lodjo and three in Tchabi, for a total of 16 dead':
    the counts told before "for a total of" are parts of it, when they add up to no more."""
    for total in pending:
        if total.whole is not None or not _TOTAL_OF_RE.search(
            sentence, max(0, total.number.start - 30), total.number.start
        ):
            continue
        parts = [
            p
            for p in pending
            if p is not total and p.kind == total.kind and p.whole is None and p.end <= total.start
        ]
        if parts and sum(p.number.count for p in parts) <= total.number.count:
            for p in parts:
                p.whole = total.number


def _raised_tolls(sentence: str, pending: list[Pending]) -> None:
    """'Five more died, raising the toll to 11', 'four died; the toll later rose to nine': the
    dead told before a raised toll are part of it."""
    for toll in pending:
        if not toll.toll:
            continue
        rose = _ROSE_RE.search(sentence, toll.keyword_end, max(toll.keyword_end, toll.number.start))
        more = any(  # "rescuers pulled two more bodies from the rubble; toll is 9 dead"
            m.kind == toll.kind
            and m.end <= toll.keyword_start
            and _N_MORE_RE.match(sentence, m.number.end) is not None
            and _NAME_RE.search(
                _CALENDAR_NAME_RE.sub(
                    _blank, _SPEAKER_RE.sub(_blank, sentence[: toll.keyword_start])
                ),
                m.end,
            )
            is None  # no other place's (the speaker who puts the toll, a day, is no place)
            for m in pending
        )
        if (
            not rose
            and not more
            and not _RAISING_RE.search(
                sentence, max(0, toll.keyword_start - 40), toll.keyword_start
            )
        ):
            continue
        raised = [toll] + [
            m
            for m in pending
            if m.kind != toll.kind
            and m.start >= toll.number.end
            and _RAISED_MATE_RE.fullmatch(sentence, toll.number.end, m.start)
        ]  # "raised the toll to 74 martyrs and 171 wounded": both kinds were raised
        for whole in raised:
            for item in pending:
                same = item is not whole and item.kind == whole.kind
                if same and item.whole is None and item.end <= toll.keyword_start:
                    item.whole = whole.number
        for item in pending:  # "rose to 42 after four of the wounded succumbed"
            if (
                item is not toll
                and item.kind == toll.kind
                and item.whole is None
                and item.start >= toll.number.end
                and _RISE_CAUSE_RE.match(sentence, toll.number.end, item.start)
            ):
                item.whole = toll.number

    for item in pending:  # "killed 56, ..., raising its earlier toll of 54 after two of the
        # critically wounded died": the two are of the 56, which the earlier 54 does not hold
        if item.kind != "killed" or item.whole is not None or item.toll:
            continue
        cause = _EARLIER_TOLL_AFTER_RE.search(sentence, max(0, item.start - 80), item.start)
        if cause is None:
            continue
        wholes = [
            p
            for p in pending
            if p.kind == "killed"
            and not p.toll
            and p.end <= cause.start()
            and p.number.count > item.number.count
        ]
        if wholes:
            item.whole = wholes[-1].number


_EARLIER_TOLL_AFTER_RE = rx(
    r"\b(?:raising|raised|updating|updated)\s+(?:its|their|the)\s+(?:earlier|previous|initial)\s+"
    r"(?:death\s+)?(?:toll|count|figure)\s+of\s+[\d,]+\s+(?:after|as|when)\s+$",
    re.IGNORECASE,
)


_ONE_MORE_SHORT_RE = rx(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<one>an?\s+(?:second|third|fourth|fifth|sixth)|another)"
    r"(?:\s+(?P<noun>[a-z-]+))?\s+(?=(?:by|in|at|from|on|near|during)\s)",
    re.IGNORECASE,
)


def _one_more_told_short(sentence: str, pending: list[Pending]) -> None:
    """ "Two civilians were killed by a stray shell, a third by a sniper", "killed a policeman
    on Monday and another on Tuesday": one more of the same kind, whose verb the sentence does
    not repeat."""
    for p in list(pending):
        if p.kind not in ("killed", "injured"):
            continue
        for match in _ONE_MORE_SHORT_RE.finditer(sentence, p.end, min(len(sentence), p.end + 60)):
            if any(c in sentence[p.end : match.start()] for c in ".;:"):
                break
            noun = match["noun"]
            if noun is not None and noun.lower() not in VICTIM_WORDS:
                break  # "another attack in the north ...": no one more
            at = match.start("one")
            if any(q.start <= at < q.end or q.number.start == at for q in pending):
                break
            where = (at, match.end(), p.keyword_start, p.keyword_end)
            pending.append(Pending(p.kind, implicit_one(at), p.victims, *where, p.active))
            break


def _colon_breakdown(sentence: str, pending: list[Pending]) -> None:
    """ "3 people were killed in the region: in X, a man died ...; in Y, two women died": the
    counts after the colon that add up to the count before it are its parts."""
    for whole in pending:
        if whole.whole is not None:
            continue
        colon = sentence.find(": ", whole.end)
        if colon < 0 or ";" in sentence[whole.end : colon] or "." in sentence[whole.end : colon]:
            continue
        parts = [
            p
            for p in pending
            if p is not whole and p.kind == whole.kind and p.whole is None and p.start > colon
        ]
        if len(parts) >= 2 and sum(p.number.count for p in parts) == whole.number.count:
            for p in parts:
                p.whole = whole.number


_TOTAL_NOW_RE = rx(r"\b(?:total(?:\s+now)?|in\s+total|now)\s*[:,]?\s*$", re.IGNORECASE)
_THE_WOUNDED_DIED_RE = rx(
    r"\s+(?:more\s+)?of\s+(?:the|those)\s+(?:[\d,]+\s+)?(?:wounded|injured)\b[^;.]{0,60}?"
    r"\b(?:died|succumbed)\b",
    re.IGNORECASE,
)


def _total_after_the_wounded_who_died(sentence: str, pending: list[Pending]) -> None:
    """ "2 of the injured died at a clinic in Ye-U; total 13 dead": the wounded who died are
    in the total told after them."""
    for total in pending:
        if total.kind != "killed" or total.whole is not None:
            continue
        if not _TOTAL_NOW_RE.search(sentence, max(0, total.number.start - 12), total.number.start):
            continue
        for item in pending:
            if (
                item is not total
                and item.kind == "killed"
                and item.whole is None
                and item.end <= total.number.start
                and item.number.count < total.number.count
                and _THE_WOUNDED_DIED_RE.match(sentence, item.number.end)
            ):
                item.whole = total.number


_CLAUSE_AFTER_RE = rx(r"\s+(?:while|whereas|when|as|after|before|but)\s", re.IGNORECASE)
"""A new clause after the verb ("was killed while Constable X was injured"): no object."""
_THINGS = (
    r"\s+(?:villages|towns|communities|settlements|locations|sites|districts|provinces|"
    r"regions|houses|homes|buildings|vehicles|targets|localities|hamlets)\b"
)
"""Places or things counted in a toll's incident, never its dead."""
_THINGS_AFTER_RE = rx(_THINGS, re.IGNORECASE)
_THINGS_IN_GAP_RE = rx(rf"(?<![\w,])\d{{1,4}}(?={_THINGS})", re.IGNORECASE)
"""Their count inside the toll's words: "The death toll from attacks on 17 villages ..."."""


def _pair(
    sentence: str,
    keyword: re.Match[str],
    group: str,
    numbers: list[NumberPhrase],
    used: set[int],
    pending: list[Pending],
) -> tuple[NumberPhrase, Victims, bool] | None:
    """The number a death or injury word counts, its victims, and whether the verb is active."""
    ks, ke = keyword.span()
    word = keyword.group().lower()
    if group == "leftone":  # "an ambush that killed three guards and left him wounded"
        pronoun = re.compile(r"(?:left|leaving)\s+(?:him|her)", re.IGNORECASE).match(sentence, ks)
        end = pronoun.end() if pronoun is not None else ke
        return _one_person(end - 3, end), "people", True
    free = [n for n in numbers if id(n) not in used]
    if group in ("toll", "injtoll"):
        before = [n for n in free if n.end <= ks]
        if (
            before
            and _BRINGING_TO_RE.search(sentence, 0, before[-1].start)
            and not sentence[before[-1].end : ks].strip(" ").lower().replace("the", "").strip()
        ):
            # "bringing to three the number of officers killed", also before another count
            # ("revised down to 10 the number of people killed ..., after initially reporting
            # 12 dead")
            return before[-1], _toll_victims(keyword.group(), sentence, keyword.end()), False
        after = [n for n in free if n.start >= ke and not n.article]
        if len(after) > 1 and _THINGS_AFTER_RE.match(sentence, after[0].end):
            after = after[1:]  # "The death toll from attacks on 17 villages ... has risen to 160"
        if not after:
            return None
        number = after[0]
        gap = sentence[ke : number.start]
        if any(c.isdigit() for c in gap):
            gap = _THINGS_IN_GAP_RE.sub("several", gap)  # "attacks on 17 villages"
        # "rose from 11 to 14": the earlier value is history, the later one the toll
        if (
            _FROM_RE.search(gap)
            and len(after) > 1
            and re.fullmatch(
                r"\s*(?:,[^,;]{1,80},\s*)?to\s*", sentence[number.end : after[1].start]
            )
        ):  # "rose from six, given by police in the first hours, to 18"
            return after[1], _toll_victims(keyword.group(), sentence, keyword.end()), False
        if (
            len(after) > 1
            and _INITIAL_GAP_RE.fullmatch(gap)
            and _INITIAL_RISE_RE.fullmatch(sentence, number.end, after[1].start)
        ):
            # "the initial toll of five dead rose to 11", "the toll, initially 38, rose to 44"
            used.add(id(number))  # the earlier value is history, never a figure of its own
            return after[1], _toll_victims(keyword.group(), sentence, keyword.end()), False
        if (
            toll_gap_ok(gap)
            or (
                word.endswith("estimate")
                and gap.strip() == ","
                and sentence[number.end :].startswith(",")
            )  # "The low estimate, 59, follows the police"
            or (gap.strip() == ":" and sentence[:ks].rstrip()[-1:] in ("", ".", ";", "|"))
            or (
                keyword.group() == "Best"
                and not gap.strip()
                and sentence[:ks].rstrip()[-1:] in ("", ".", ";")
            )
            or (
                keyword.group() == "best" and not gap.strip() and sentence[:ks].rstrip()[-1:] == ":"
            )  # "Civilian deaths: best 104; low 100; high 150"
        ):  # a note's field: "Death toll: 11.", "Best estimate: 12.", "Best 17, low 17, high 43"
            counted = _toll_victims(keyword.group(), sentence, keyword.end())
            named = right_victims(sentence, number) if counted == "people" else None
            if named is not None and not _VERB_WORDS & set(
                sentence[number.end : named[1]].lower().split()
            ):
                counted = named[0]  # "the provisional toll is 8 soldiers killed"
            return number, counted, False
        if _RAISING_RE.search(sentence, max(0, ks - 30), ks) and raised_gap_ok(gap):
            # "raised the toll of the offensive in Tibú, El Tarra and Teorama to 80"
            return number, _toll_victims(keyword.group(), sentence, keyword.end()), False
        return None
    if group in ("kill", "claimed", "execd", "wound", "shotdead", "deaths", "lost", "fatal",
                 "treat", "injof", "killto"):  # fmt: skip
        nominal = (
            "deaths" if group == "injof" else "kill" if group in ("treat", "killto") else group
        )
        found = _object(sentence, ke, word, nominal, free, numbers)
        if group == "lost":
            # "the army lost 6 soldiers": only a force's own dead, never "lost 3 seats"
            if found is not None and _DEAD_AND_WOUNDED_RE.match(sentence, found[0].end):
                return None  # "lost 945 servicemen killed and wounded": not a count of the dead
            if found is not None and (
                found[1] in _FORCES or _OWN_PARTITIVE_RE.match(sentence, found[0].end)
            ):
                return found  # "losing two of their members"
            if found is not None and _MEN_RE.match(sentence, found[0].end):
                army = _STATE_FORCE_RE.search(sentence) is not None  # "an army statement read"
                return found[0], "soldiers" if army else "fighters", True  # "lost two men"
            if (
                found is not None
                and found[1] == "people"
                and _BARE_LOSS_RE.match(sentence, found[0].end)
                and _FORCE_SUBJECT_RE.search(sentence, 0, ks) is not None
            ):
                return found[0], "soldiers", True  # "Nigerian troops kill 12 ..., lose 2 in Borno"
            after = [n for n in free if n.start >= ke]
            if (
                found is None
                and after
                and not sentence[ke : after[0].start].strip()
                and _OWN_PARTITIVE_RE.match(sentence, after[0].end)
            ):
                return after[0], "fighters", True  # "while losing four of its own"
            return None
        if found is not None:
            return found
    passive = word in PASSIVE_FORMS or group in (
        "dead", "died", "lostlives", "shotdead", "todeath", "fatal", "hosp", "cond"
    )  # fmt: skip
    if group in ("deaths", "injuries"):
        passive = True
    if not passive:
        return None
    if _NO_ONE_BEFORE_RE.search(sentence, max(0, ks - 40), ks):
        return None  # "kidnapped 11 passengers ..., adding that no one was hurt": no one
    if (word in ("stabbed", "shot") and _ACTIVE_OBJECT_RE.match(sentence, ke)) or (
        word in ("killed", "stabbed", "shot", "wounded", "injured")
        and _ACTIVE_RELATIVE_RE.search(sentence, 0, ks)
    ):
        return None  # "A man stabbed people at random", "over strike that killed aid workers"
    own_body = _OWN_BODY_RE.search(sentence, max(0, ks - 12), ks + 40) if word == "body" else None
    if own_body is not None and not any(p.kind == "killed" for p in pending):
        return _one_person(own_body.start(), ks + len(word)), "people", False
    before = [n for n in free if n.end <= ks]
    clause = RELATIVE_RE.search(sentence, max(0, ks - 160), ks) if before else None
    violent = _VIOLENT_AND_RE.search(sentence, max(0, ks - 80), ks) if before else None
    for number in reversed(before[-5:]):
        if number.article and _ORDINAL_GAP_RE.fullmatch(sentence, number.end, ks):
            return number, pending[-1].victims if pending else "people", False  # "a third"
    # "Seven of its staff - three Britons, an Australian, a Pole, a US-Canadian dual citizen and
    # a Palestinian - were killed": a subject's list between dashes may hold many numbers
    reach = 9 if " - " in sentence or "—" in sentence or "–" in sentence else 5
    for number in reversed(before[-reach:]):
        if clause is not None and clause.start() <= number.start < clause.end():
            continue  # "a man shot during a raid last week has died": the raid is no victim
        if violent is not None and violent.start() <= number.start < violent.end():
            continue  # "a resident was hit by a stray bullet and injured"
        if group != "deaths" and _inside_of_phrase(sentence, number):
            continue  # "nine members of a family": the article is inside the noun phrase
        if _PART_BEFORE_RE.search(sentence, max(0, number.start - 14), number.start):
            continue  # "five people including a child were killed": the child is a part
        gap = _VIOLENT_AND_RE.sub("", sentence[number.end : ks])
        if '"' in gap or "“" in gap:
            gap = gap.translate(_NO_QUOTES)  # '19 terrorists "belonging to ..." were sent to hell'
        if any(c.isdigit() for c in gap):
            gap = _DATE_IN_GAP_RE.sub("", gap)  # "A constable who was shot ... on 11 September"
            gap = _BOUNTY_RE.sub(" ", gap)  # "a commander carrying a reward of Rs 10 lakh was"
            gap = _AGE_DECADE_RE.sub("", gap)  # "A man in his 50s", "Two women in their 30s"
            aside = "among them" in gap or "including" in gap  # ", among them a girl, 11, were"
            gap = _AGE_COMMAS_RE.sub(", " if aside else " ", gap)  # "Man, 70, hurt"
            if (number.article or number.count == 1) and "," in gap:
                gap = _NAME_LEFT_RE.sub(" ", gap, count=1)  # "A man, Mohammed Shalabi, 23, was",
                # "one man, Omar Qatin, 27, was shot dead"
            if number.article:
                gap = _UNIT_IN_GAP_RE.sub("", gap)  # "A soldier of the army's 57 Rashtriya Rifles"
        if " as " in gap:
            gap = _NAMED_AS_RE.sub(" ", gap)  # "a 17-year-old, named as Ahmad Daraghmeh, was"
        if number.article and _SERVING_WITH_RE.search(gap):
            gap = _SERVING_WITH_RE.sub(" ", gap)  # "A Kenyan police officer serving with the
            # mission died": where the one person served
        if group == "hosp" and word[:1] in "es" and gap.endswith(("who ", "who")):
            gap = _WHO_TAIL_RE.sub(" ", gap)  # "one survivor, who escaped with a machete cut"
        if number.article and _ORDINAL_GAP_RE.fullmatch(gap):
            return number, pending[-1].victims if pending else "people", False  # "a third"
        if group in ("deaths", "injuries") and len(gap.split()) > 2:
            return None
        if number.article and word == "body" and len(gap.split()) <= 1:
            return number, "people", False  # "a body was found", "a charred body"
        if word == "bodies" and not number.article and _BODIES_DESCRIBED_RE.fullmatch(gap):
            return number, "people", False  # "found six lifeless bodies", "12 charred bodies"
        apposition = sentence[: number.start].rstrip().endswith(",") and not (
            _NAMED_BEFORE_RE.search(sentence, max(0, number.start - 40), number.start)
        )
        victims = left_victims(gap, number, apposition=apposition, died=group == "died")
        if victims is None and number.article and number.start > 0:
            victims = _another(sentence, number, gap, pending)
        if victims is not None:
            return number, victims, False
        if number.article and UNKNOWN_NUMBER_RE.match(gap):
            continue  # "4 Dozo and an unknown number of militants were killed": the 4
        if number.article and _PLACE_BEFORE_RE.search(
            sentence, max(0, number.start - 12), number.start
        ):
            continue  # "two civilians at a nearby tea stall were killed": the stall is a place
        if "," not in gap and ")" not in gap and not _ANY_DASH_RE.search(gap):
            break
    kin = kin_subject(sentence, ks)
    if kin is not None:
        return kin[0], kin[1], False
    told = _told_group(sentence, ks, free)
    if told is not None:
        return (
            told[0],
            told[1],
            False,
        )  # "identified two terrorists ...; the terrorists were killed"
    people = named_subjects(sentence, ks)
    if people is not None:  # "Havaldar Zahid (36) and Sepoy Irfan (24) embraced shahadat"
        at, count, victims = people
        for number in reversed([n for n in free if n.end <= at][-1:]):
            named = right_victims(sentence, number) if number.count == count else None
            if named is not None and not sentence[named[1] : at].strip(" ,"):
                return number, named[0], False  # "two of its fighters, A, 32, from Nabatieh,
                # and B, 27, from Khiam, were killed": the names of the count before them
        listed = NumberPhrase(at, at, count, count, None, None, number_start=at)
        return listed, victims, False
    person = named_subject(sentence, ks)
    if person is not None:
        victims = person[1]
        if pending and _THE_OTHER_RE.search(sentence, max(0, ks - 40), ks):
            victims = pending[-1].victims  # "one of the attackers was shot dead and the other"
        return _one_person(person[0], person[0]), victims, False
    return None


_NO_ONE_BEFORE_RE = rx(
    r"\b(?:no\s+one|no-one|nobody|none)\s+(?:else\s+)?(?:was|were|had\s+been|has\s+been|got)\s+"
    r"(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
_BODIES_DESCRIBED_RE = rx(
    r"\s+(?:(?:badly|partially|heavily)\s+)?(?:lifeless|charred|burned|burnt|decomposed|"
    r"decomposing|mutilated|dismembered|decapitated|bullet-riddled|unidentified|bound|"
    r"blindfolded|handcuffed|bloodied)\s+",
    re.IGNORECASE,
)
"""How the bodies found were, between their number and "bodies": "six lifeless bodies"."""
_ACTIVE_OBJECT_RE = rx(
    r"\s+(?:people|him|her|them|worshippers|passers-by|shoppers|students|civilians|(?:an?|two|"
    r"three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:[\w-]+\s+){0,2}?(?:people|"
    r"persons|men|women|man|woman|passers-by|worshippers|shoppers|officers|policemen|soldiers|"
    r"guards|civilians|children|students|residents))\b",
    re.I,
)
_ACTIVE_RELATIVE_RE = rx(r"\b(?:that|which)\s+$", re.IGNORECASE)
_PLACE_BEFORE_RE = rx(
    r"\b(?:at|in|near|on|outside|inside|behind|beside|into|from)\s+$", re.IGNORECASE
)


_THE_MANY_OF_THEM_RE = rx(
    r"\s+(?:all\s+)?the\s+(?P<noun>[a-z]+s)\s*,\s*(?:all\s+)?(?P<n>[\w-]+)\s+of\s+them\b",
    re.IGNORECASE,
)
"""The dead, then their number: "neutralised the perpetrators, four of them"."""


def _object(
    sentence: str,
    ke: int,
    word: str,
    group: str,
    free: list[NumberPhrase],
    numbers: list[NumberPhrase],
) -> tuple[NumberPhrase, Victims, bool] | None:
    """The number an active verb or a "death of" noun takes as its object, with its victims."""
    after = [n for n in free if n.start >= ke]
    if group in ("kill", "execd") and _THEM_RE.match(sentence, ke):
        held = _them(sentence, ke - len(word), free)
        if held is not None:
            return held[0], held[1], True  # "took 5 villagers captive and executed them"
    if group == "shotdead" and _SHOT_THEM_RE.fullmatch(word):
        held = _them(sentence, ke - len(word), free)
        if held is not None:
            return held[0], held[1], True  # "offloaded nine passengers ... and shot them dead"
    if (
        group == "shotdead"
        and (own_death := _SHOT_SELF_RE.fullmatch(word)) is not None
        and _ATTACKER_BEFORE_RE.search(sentence, 0, ke - len(word)) is not None
    ):  # "The gunman killed four people before shooting himself dead": one more, the gunman
        at = ke - len(word) + own_death.start("self")
        return _one_person(at, at + len(own_death["self"])), "militants", True
    if group == "shotdead" and _SHOT_N_DEAD_RE.fullmatch(word):
        inner = [n for n in free if ke - len(word) <= n.start and n.end <= ke]
        if len(inner) == 1:
            return inner[0], "people", True  # "offloaded passengers ... and shot 23 dead"
    if group in ("kill", "execd") and (them := _THE_MANY_OF_THEM_RE.match(sentence, ke)):
        counted = next((n for n in after if n.start == them.start("n")), None)
        victims = classify_victims([them["noun"]]) if counted is not None else None
        if counted is not None and victims is not None:
            return counted, victims, True  # "neutralised the perpetrators, four of them"
    own = _HIMSELF_RE.match(sentence, ke) if group == "kill" else None
    if own is not None and (
        _BOMBER.search(sentence) or _ATTACKER_BEFORE_RE.search(sentence, 0, ke) is not None
    ):
        # "... killing himself and four others"; "A gunman killed five people and then killed
        # himself": the attacker is one of the dead
        return _one_person(own.start("self"), own.end("self")), "militants", True
    besides = _THEMSELVES_AND_RE.match(sentence, ke) if group == "kill" else None
    if besides is not None and after and after[0].start == besides.end():
        # "blew themselves up ..., killing themselves and five other people": the five are
        # the verb's object (the bombers are counted with their subject)
        named = right_victims(sentence, after[0])
        if named is not None and named[1] > after[0].end:
            return after[0], named[0], True
        if _ALONG_OTHERS_RE.match(sentence, after[0].end):
            return after[0], "people", True
    if group != "deaths":
        definite = definite_victim(sentence, ke)
        if definite is not None and (not after or after[0].start >= definite[1]):
            return _one_person(ke + 1, definite[1]), definite[0], True
    if (
        group != "deaths"
        and not _ATTRIBUTIVE_RE.search(sentence, max(0, ke - len(word) - 8), ke - len(word))
        and not _CLAUSE_AFTER_RE.match(sentence, ke)
    ):
        person = named_object(sentence, ke)
        if person is not None and not any(n.start < person[1] and not n.article for n in after):
            victims, end, many = person
            phrase = _one_person(ke + 1, end)
            if many > 1:  # "shot dead Elvino Dias and Paulo Guambe": two
                phrase = replace(phrase, count=many, low=many, article=False)
            return phrase, victims, group != "deaths"
    if (
        group == "deaths"
        and word in ("death", "martyrdom")
        and sentence.startswith(" of ", ke)
        and not _DEATH_OF_DOUBTED_RE.search(sentence)
    ):
        person = named_object(sentence, ke + 3)  # "announces the martyrdom of the mujahid
        if (  # Ali Hassan Fawaz", "the death of Colonel Sow"
            person is not None
            and (
                word == "martyrdom"
                or _DEATH_OF_VIOLENCE_RE.search(sentence)
                or (  # "The IDF announced the death of Staff Sgt. Eitan Levy": a force's dead
                    person[0] in _STATE
                    and _ANNOUNCED_DEATH_RE.search(sentence, max(0, ke - len(word) - 30), ke)
                )
            )
            and not any(n.start < person[1] and not n.article for n in after)
        ):
            victims, end, many = person
            if many == 1:
                return _one_person(ke + 4, end), victims, False
    if not after:
        return None
    number = after[0]
    if (
        number.article
        and len(after) > 1
        and sentence[number.start : number.end].lower() in ("another", "a further")
        and not sentence[number.end : after[1].start].strip()
    ):
        number = after[1]  # "strikes killed another 9"
    gap = sentence[ke : after[0].start]
    object_gap = r"[’”'\"]?\s*[‘“'\"]?(?:a\s+total\s+of\s+)?"  # "killed 'dozens of ...'"
    if word.endswith(("ing", "ings", "s")) or group in ("deaths", "claimed"):
        object_gap += r"(?:of\s+|to\s+)?" if word.lower() == "injuries" else r"(?:of\s+)?"
    if group == "deaths":
        object_gap += r"(?::\s*|\s*(?:(?:is|are|was|were)\s+)?coded\s+as\s+)?"  # "Fatalities: 3"
    object_gap += r"(?:(?:its|their|his|her|the|all)\s+)?"
    if gap.endswith(" of "):
        object_gap += r"(?:(?:crew|family)\s+of\s+)?"  # "killing its crew of five"
    if not re.fullmatch(object_gap, gap) or (group == "deaths" and not gap.strip()):
        return None
    if number.article and _ORDINAL_OBJECT_RE.match(sentence, number.end):
        return number, "people", group != "deaths"  # "killing four and wounding a fifth"
    family = _FAMILY_OF_RE.match(sentence, number.end) if number.article else None
    if family is not None:
        members = [n for n in numbers if n.start == family.start("n") and not n.article]
        if members:
            return members[0], "people", group != "deaths"  # "a family of five"
    named = right_victims(sentence, number)
    if (
        named is None
        and number.article
        and sentence[number.start : number.end].lower() == "another"
        and _NOTHING_AFTER_RE.match(sentence, number.end)
    ):
        return (
            number,
            "people",
            group != "deaths",
        )  # "the martyrdom of two and the injury of another"
    if named is None and not number.article and _OF_THEM_RE.match(sentence, number.end):
        return number, "people", group != "deaths"  # "burned 13 of them alive"
    if named is None:
        return None
    return number, named[0], group != "deaths"


_THE_OTHER_RE = rx(r"\bthe\s+(?:other|second)(?:\s+one)?\s+(?:was|has\s+been)\s+$", re.I)
_NOTHING_AFTER_RE = rx(r"\s*(?:[.;,)]|$|and\b|in\b|at\b|on\b|when\b)")
_THEM_RE = rx(r"\s+them\b", re.IGNORECASE)
_SHOT_THEM_RE = rx(r"(?:shot|gunned)\s+them\s+(?:all\s+)?dead", re.IGNORECASE)
_SHOT_SELF_RE = rx(r"(?:shot|shoot|shoots|shooting)\s+(?P<self>(?:him|her)self)\s+dead", re.I)
_SHOT_N_DEAD_RE = rx(r"(?:shot|shoot|shoots|shooting)\s+(?:\d[\d,]*|[a-z]+)\s+dead", re.IGNORECASE)


def _them(
    sentence: str, keyword_start: int, free: list[NumberPhrase]
) -> tuple[NumberPhrase, Victims] | None:
    """The people "them" stands for: the last counted group named before the verb in its
    sentence ("seized 13 suspected gang members ..., beat them and burned them alive")."""
    for number in reversed([n for n in free if n.end <= keyword_start]):
        if number.article:
            continue
        named = right_victims(sentence, number)
        if named is not None and named[1] > number.end:
            return number, named[0]
    return None


_THE_GROUP_RE = rx(
    r"\b(?:the|these|those|both)\s+(?P<noun>[a-z]+s|[a-z]+men)\s+(?:were|have\s+been|had\s+been)\s+"
    r"(?:all\s+|later\s+|also\s+)?$",
    re.IGNORECASE,
)


def _told_group(
    sentence: str, keyword_start: int, free: list[NumberPhrase]
) -> tuple[NumberPhrase, Victims] | None:
    """'IDF troops identified two terrorists near the border; the terrorists were eliminated':
    a definite plural subject is the group counted before it in its sentence."""
    the = _THE_GROUP_RE.search(sentence, max(0, keyword_start - 60), keyword_start)
    if the is None:
        return None
    noun = the["noun"].lower()
    for number in reversed([n for n in free if n.end <= the.start()]):
        if number.article:
            continue
        named = right_victims(sentence, number)
        if named is not None and sentence[number.end : named[1]].split()[-1:] == [noun]:
            return number, named[0]
    return None


def _one_person(start: int, end: int) -> NumberPhrase:
    """The count of one victim named without a number, spanning the name."""
    return NumberPhrase(start=start, end=end, count=1, low=1, high=None, qualifier=None,
                        article=True, number_start=start)  # fmt: skip


def _inside_of_phrase(sentence: str, number: NumberPhrase) -> bool:
    """A number inside another noun phrase: an article after "of" ("members of a family"),
    or any number after one person's "of" ("the father of three", "one of five brothers")."""
    if number.article or (number.count == 1 and number.qualifier is None):
        if _RELATION_OF_RE.search(sentence, max(0, number.start - 16), number.start):
            return False  # "the widow of a soldier killed in the ambush": one death
        return _OF_BEFORE_RE.search(sentence, max(0, number.start - 4), number.start) is not None
    before = _PERSON_OF_RE.search(sentence, max(0, number.start - 24), number.start)
    if before is None:
        return False
    noun = before["noun"].lower()
    return noun in ROLE_WORDS or bool(find_numbers(noun))  # "two of the five hostages"


_AUX_ONLY_RE = rx(
    r"\s*(?:(?:was|were|is|are|has|have|had|been|also|later|reportedly|seriously|critically|"
    r"badly|slightly|lightly)\s+)*",
    re.IGNORECASE,
)


def _another(
    sentence: str, number: NumberPhrase, gap: str, pending: list[Pending]
) -> Victims | None:
    """'one soldier killed, another injured': "another" alone repeats the earlier victims."""
    word = sentence[number.number_start : number.end].lower()
    if word not in ("another", "one") or not _AUX_ONLY_RE.fullmatch(gap) or not pending:
        return None
    if word == "one" and not re.search(
        r"\band\s+$", sentence[max(0, number.start - 6) : number.start]
    ):
        return None  # "two soldiers were killed and one was injured"
    return pending[-1].victims


_TOLL_OF_RE = rx(
    r"\bnumber\s+of\s+(?P<np>(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:killed|dead|deaths|fatalities)\b",
    re.IGNORECASE,
)
_TOLL_AMONG_RE = rx(
    r"\s+(?:of|among)\s+(?:the\s+)?(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?=\s+(?:rises|rose|"
    r"risen|climbs|climbed|has|had|is|was|stands|stood|reached|now|to|at)\b)",
    re.IGNORECASE,
)
_OF_THEM_RE = rx(r"\s+of\s+them\b", re.IGNORECASE)
_WHOSE_TOLL_RE = rx(r"\bthe\s+(?P<np>(?-i:[a-z])[\w-]*s)['’]\s+$", re.IGNORECASE)
"""Whose dead a toll counts, by a plural possessive before it: "the soldiers' death toll"."""
_GROUP_WORD_RE = rx(r"[A-Za-z][\w-]*s\b|\b(?:gunmen|militiamen|policemen|servicemen)\b")


_ELLIPTIC_LINE_RE = rx(
    r"\s*(?:and\s+)?(?P<n>\d{1,4}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:more\s+)?"
    r"(?:in|at|near|on)\s+(?:an?\s+|the\s+)?\S",
    re.IGNORECASE,
)


def _elliptic_line(sentence: str, before: Figure) -> list[Pending]:
    """'8 killed in a house in Nuseirat; 5 in a tent in al-Mawasi; 3 at a gathering in
    Jabalia': a line of a list by place that leaves out the verb of the line before."""
    match = _ELLIPTIC_LINE_RE.match(sentence)
    if match is None:
        return []
    number = next((n for n in find_numbers(sentence) if n.start == match.start("n")), None)
    if number is None or number.article:
        return []
    return [Pending(before.kind, number, before.victims, number.start, number.end,
                    number.start, number.end, False)]  # fmt: skip


_HE_AND_RE = rx(r"\b(?:he|she)\s+and\s+$", re.IGNORECASE)


def _one_more_listed(sentence: str, pending: list[Pending]) -> list[Pending]:
    """'he and 2 companions were killed', '8 jawans and their civilian driver were killed':
    the one person listed beside a counted group shares its verb."""
    out: list[Pending] = []
    for p in pending:
        if p.active or p.whole is not None or p.number.end > p.keyword_start or p.number.article:
            continue  # a group told by its count ("the district chief and his driver" is read)
        kin = KIN_TAIL_RE.search(sentence, p.number.end, p.keyword_start)
        if kin is not None and kin.group().endswith("s"):
            continue  # "460 patients and their companions": companions of no count
        if kin is not None:
            one = _one_person(kin.start() + 1, kin.end())
        elif _HE_AND_RE.search(sentence, max(0, p.number.start - 12), p.number.start):
            one = _one_person(max(0, p.number.start - 7), p.number.start)
        else:
            continue
        out.append(Pending(p.kind, one, "people", one.start, one.end, p.keyword_start,
                           p.keyword_end, False))  # fmt: skip
    return out


_CLAUSE_TURN_RE = rx(r"[;:]|\b(?:said|says|reported|according\s+to)\b", re.IGNORECASE)
_AMONG_DEAD_RE = rx(r"\bamong\s+(?:the|those)\s+$", re.IGNORECASE)


def _among_the_dead(sentence: str, pending: list[Pending]) -> None:
    """'killing several passengers; residents said a girl was among the dead': a part of the
    dead told before her."""
    for p in pending:
        if p.kind != "killed" or p.whole is not None:
            continue
        if not _AMONG_DEAD_RE.search(sentence, max(0, p.keyword_start - 14), p.keyword_start):
            continue
        earlier = [
            q for q in pending if q.kind == "killed" and q.whole is None and q.end <= p.start
        ]
        if earlier and _CLAUSE_TURN_RE.search(sentence, earlier[-1].end, p.start):
            p.whole = earlier[-1].number  # not "a woman and two children were among the dead"


def _antecedents(sentence: str, pending: list[Pending]) -> None:
    """'The attackers were neutralised, with four of them killed': "them" are the group named
    last before the number, and their kind is the victims'."""
    for p in pending:
        if p.victims != "people" or not _OF_THEM_RE.match(sentence, p.number.end):
            continue
        for word in reversed(_GROUP_WORD_RE.findall(sentence, 0, p.number.start)):
            victims = VICTIM_WORDS.get(word.lower())
            if victims is not None:
                if victims != "people":
                    p.victims = victims
                break


_VERB_WORDS = frozenset(
    ("does", "do", "did", "not", "is", "was", "were", "are", "has", "have", "had", "include",
     "includes", "included")
)  # fmt: skip
"""Words that end a toll's own noun phrase after its number: "the toll of 18 does not include
the three bombers" counts no bombers."""


def _toll_victims(phrase: str, sentence: str = "", end: int = 0) -> Victims:
    """The victims a toll counts: "the number of police officers killed", "Toll of police
    rises to three", "the death toll among policemen", "the soldiers' death toll"."""
    among = _TOLL_AMONG_RE.match(sentence, end) if sentence else None
    if among is not None:
        victims = classify_victims(among["np"].split())
        if victims is not None and victims != "people":
            return victims
    start = end - len(phrase)
    whose = _WHOSE_TOLL_RE.search(sentence, max(0, start - 40), start) if sentence else None
    if whose is not None:  # "put the soldiers' death toll at 27"
        victims = classify_victims([whose["np"]])
        if victims is not None and victims != "people":
            return victims
    named = _TOLL_OF_RE.search(phrase)
    if named is not None:  # "the number of police officers killed"
        victims = classify_victims(named["np"].split())
        if victims is not None:
            return victims
    lower = phrase.lower()
    for word, victims in (("civilian", "civilians"), ("children", "children"), ("women", "women")):
        if word in lower:
            return victims  # type: ignore[return-value]
    return "people"

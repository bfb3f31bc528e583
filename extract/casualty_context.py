"""The scope around a casualty number: who reports it, over what period, and whether it is news.

A bare "19 killed" is not quotable; "19 killed over the past 24 hours, the health ministry
said" is. These functions read a figure's sentence for attribution, the period a cumulative
toll covers (resolved to a UTC start against the item's published time), update language, and
the difference between war deaths and a boat capsizing.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from extract.casualty_lexicon import (
    CONFLICT_RE,
    JUDICIAL_RE,
    MONTHS,
    NON_CONFLICT_RE,
    STATISTIC_RE,
    WAR_CONTEXT_RE,
    WEEKDAYS,
    word_set,
)
from extract.model import SourceKind
from extract.numbers import find_numbers, words_to_int

_NAME = r"[\w’'.&-]+"
_PHRASE = rf"(?:{_NAME}\s+){{0,7}}?{_NAME}"

_ACCORDING_RE = re.compile(
    rf"\baccording\s+to\s+(?P<src>{_PHRASE})(?=\s*(?:[,.;:)]|$|\s+citing\b))"
)
_SAYS_RE = re.compile(
    rf"(?:^|[,;:“\"‘(]\s*|\bas\s+)(?P<src>{_PHRASE})\s+(?:has\s+|have\s+)?"
    r"(?i:said|says|say|reported|reports|report|announced|announces|claims|claimed|claim|"
    r"confirmed|confirms|stated|states|added|told)\b"
)
_INVERTED_RE = re.compile(
    rf"[,“\"]\s*(?:said|says|reported|reports|according\s+to)\s+(?P<src>{_PHRASE})\s*[.!]?\s*$"
)
_TRAILING_RE = re.compile(rf":\s*(?P<src>{_PHRASE})\s*[.!]?\s*$")
_CITING_RE = re.compile(rf"\bciting\s+(?P<src>{_PHRASE})(?=\s*(?:[,.;:)]|$))")
_PRONOUNS = word_set("it they he she we i who which this that there officials say")
_LEADING_DET_RE = re.compile(r"^(?:the|a|an|its|their)\s+", re.IGNORECASE)

_CANONICAL: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"syrian\s+observatory|\bsohr\b", re.I), "SOHR"),
    (re.compile(r"\bairwars\b", re.I), "Airwars"),
    (re.compile(r"\bacled\b", re.I), "ACLED"),
    (re.compile(r"\bocha\b|office\s+for\s+the\s+coordination", re.I), "OCHA"),
    (re.compile(r"doctors\s+without\s+borders|\bmsf\b", re.I), "MSF"),
    (re.compile(r"international\s+committee\s+of\s+the\s+red\s+cross|\bicrc\b", re.I), "ICRC"),
)
_KINDS: tuple[tuple[re.Pattern[str], SourceKind], ...] = (
    (
        re.compile(
            r"\b(?:sohr|observatory|airwars|acled|ucdp|ocha|monitor\w*|human\s+rights|"
            r"amnesty|iraq\s+body\s+count|documentation|civil\s+society|rights\s+(?:group|"
            r"organi[sz]ation|activists?|defenders?)|watchdog|activists?|ngos?|"
            r"non-governmental)\b",
            re.I,
        ),
        "monitor",
    ),
    (
        re.compile(
            r"\b(?:un|united\s+nations|unicef|who|world\s+health|unrwa|unhcr|wfp|red\s+cross|"
            r"red\s+crescent|icrc|msf|doctors\s+without\s+borders|save\s+the\s+children|"
            r"oxfam|charity|charities|rescue\w*|rescuers|emergency|first\s+responders?|"
            r"paramedics?|medics?|ambulance|white\s+helmets|relief|aid\s+(?:group|agency|"
            r"organi[sz]ation)|humanitarian|volunteers?|doctors?|nurses?|medical)\b",
            re.I,
        ),
        "agency",
    ),
    (
        re.compile(
            r"\b(?:news\s+agency|media|tv|television|newspaper|broadcaster|wafa|nna|reuters|"
            r"afp|ap|associated\s+press|al\s+jazeera|bbc|cnn|isna|irna|mehr|tasnim|sana|"
            r"anadolu|correspondent|reporter|colleagues|journalists?)\b",
            re.I,
        ),
        "media",
    ),
    (
        re.compile(
            r"\b(?:ministry|minister|officials?|government|governor|authorit\w+|police|"
            r"civil\s+defen[cs]e|presidency|president|mayor|spokes\w+|white\s+house|"
            r"pentagon|state\s+department|kremlin|hospital\w*|health\s+\w+)\b",
            re.I,
        ),
        "government",
    ),
    (
        re.compile(
            r"\b(?:army|military|idf|forces|hamas|hezbollah|houthis?|rsf|rapid\s+support|"
            r"taliban|rebels?|group|militia\w*|isis|isil|islamic\s+state|hts|sdf|fighters|"
            r"brigades?|militants?|insurgents?|jihadists?|al-shabab|boko\s+haram|wagner)\b",
            re.I,
        ),
        "party",
    ),
)


def source_of(sentence: str) -> tuple[str | None, SourceKind | None]:
    """Who the sentence attributes its claim to, canonical where known, and of what kind."""
    for pattern in (_ACCORDING_RE, _INVERTED_RE, _SAYS_RE, _TRAILING_RE, _CITING_RE):
        for match in pattern.finditer(sentence):
            name = _clean_source(match["src"])
            if name is not None:
                return _canonical(name), source_kind(name)
    return None, None


def _clean_source(raw: str) -> str | None:
    words = raw.strip(" ,.;:’'\"").split()
    # A subject phrase starts after the last lowercase connective ("Israel said" in
    # "the strike, which Israel said"): keep only the trailing noun phrase.
    while words and words[0].lower() in ("and", "but", "which", "as", "while", "who"):
        words = words[1:]
    name = _LEADING_DET_RE.sub("", " ".join(words))
    if not name or name.lower() in _PRONOUNS or len(name) < 2:
        return None
    numbers = find_numbers(name)
    if numbers and numbers[0].start == 0 and not numbers[0].article:
        return None  # "Five reported killed": the victims, not who reports them
    return name


def _canonical(name: str) -> str:
    for pattern, canonical in _CANONICAL:
        if pattern.search(name):
            return canonical
    return name


def source_kind(name: str) -> SourceKind | None:
    """The kind of a source by its name: monitor, agency, media, government or party."""
    for pattern, kind in _KINDS:
        if pattern.search(name):
            return kind
    return None


_ATTACK = (
    r"(?:air\s*strikes?|drone\s+strikes?|drone\s+attacks?|strikes?|attacks?|shelling|"
    r"bombardment|bombing|raids?|fire|gunfire|missiles?|rockets?|drones?|offensive|assault)"
)
_BY_RE = re.compile(
    r"^\s+by\s+(?:an?\s+|the\s+)?(?P<who>(?:[\w’'-]+\s+){0,3}?[\w’'-]+?)"
    r"(?=\s*(?:[,.;:]|$|\s+(?:in|on|at|near|during|after|while|as|and|who)\b))"
)
_IN_ATTACK_RE = re.compile(
    rf"^\s+(?:in|by|during)\s+(?:an?\s+|the\s+)?(?:suspected\s+)?"
    rf"(?P<who>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\s+(?:\w+\s+)?{_ATTACK}\b"
)
_SUBJECT_TRIM_RE = re.compile(
    rf"(?:(?:^|\s+)(?:air|drone|missile|artillery|rocket|mortar|tank|sniper|naval|aerial)?\s*"
    rf"{_ATTACK})+$",
    re.I,
)
_SAY_VERBS = word_set("says said claims claimed reports reported announces announced")
_SUBJECT_STOP = word_set(
    "has have had reportedly allegedly also again which that who it they and as after while when"
)


def perpetrator_before(sentence: str, verb_start: int) -> str | None:
    """The attacker named as the subject of an active kill verb ("Israeli strike kills")."""
    head = re.split(r"[,;:.!?“”\"()]", sentence[:verb_start])[-1]
    words = head.split()
    while words and words[-1].lower() in _SUBJECT_STOP:
        words.pop()
    kept: list[str] = []
    for word in reversed(words[-6:]):
        if word.lower() in _SUBJECT_STOP or word.lower() in ("in", "on", "at", "of", "says"):
            break
        kept.insert(0, word)
    while kept and kept[-1].lower() in _SAY_VERBS:
        kept.pop()
    phrase = _SUBJECT_TRIM_RE.sub("", " ".join(kept)).strip()
    phrase = _LEADING_DET_RE.sub("", phrase)
    if phrase.lower() in ("a", "an", "the") or NON_CONFLICT_RE.search(phrase):
        return None
    if not phrase or phrase.lower() in _PRONOUNS or not any(w[:1].isupper() for w in kept):
        return None
    return phrase


def perpetrator_after(sentence: str, keyword_end: int) -> str | None:
    """The attacker after a passive death word ("killed by RSF fighters", "in Israeli strikes")."""
    rest = sentence[keyword_end:]
    for pattern in (_IN_ATTACK_RE, _BY_RE):
        match = pattern.search(rest)
        if match is not None:
            who = match["who"].strip()
            if who.lower() not in _PRONOUNS and who[:1].isupper():
                return who
    return None


_DAY_NAMES = "|".join(WEEKDAYS)
_MONTH_NAMES = "|".join(MONTHS)
_PERIOD_RE = re.compile(
    rf"""\b(?:
        (?P<since_day>since\s+(?:last\s+)?(?P<wd>{_DAY_NAMES}))
      | (?P<since_month>since\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?P<sm>{_MONTH_NAMES})
            (?:\s+(?P<smd>\d{{1,2}})(?:st|nd|rd|th)?\b)?(?:,?\s+(?P<smy>\d{{4}}))?)
      | (?P<since_dm>since\s+(?P<dmd>\d{{1,2}})\s+(?P<dmm>{_MONTH_NAMES})(?:\s+(?P<dmy>\d{{4}}))?)
      | (?P<since_year>since\s+(?P<sy>(?:19|20)\d\d))
      | (?P<in_month>(?:in|during)\s+(?P<im>{_MONTH_NAMES})(?:\s+(?P<imy>\d{{4}}))?)
      | (?P<past>(?:over|in|during|within)\s+(?:the\s+)?(?:past|last|previous)\s+
            (?:(?P<pn>\d+|twenty-four|forty-eight|seventy-two|two|three|seven)\s+)?
            (?P<pu>hours?|days?|weeks?))
      | (?P<last_month>last\s+month|this\s+month|so\s+far\s+this\s+month)
      | (?P<this_year>(?:so\s+far\s+)?this\s+year|since\s+the\s+(?:start|beginning)\s+of\s+
            the\s+year)
      | (?P<this_week>this\s+week)
      | (?P<today>so\s+far\s+today|today(?:’s|'s)?)
      | (?P<since_last>since\s+last\s+(?P<sl>year|month|week))
      | (?P<war_span>(?:in|after|during|over|across)\s+(?:more\s+than\s+|nearly\s+|almost\s+|
            over\s+)?(?P<wn>\d+|an?|[a-z]+(?:-[a-z]+)?)\s+(?P<wu>days?|weeks?|months?|years?)\s+
            of\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,2}}?(?:war|fighting|conflict|bombardment|
            bombing|offensive|invasion|genocide)\b)
      | (?P<war>since\s+(?:the\s+)?(?:(?:start|beginning|outbreak|onset)\s+of\s+(?:the\s+)?)?
            (?:[\w’'-]+\s+){{0,3}}?(?:war|conflict|fighting|invasion|hostilities)\b
            (?:\s+(?:began|started|broke\s+out|erupted))?
          | (?:in|of|during)\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}?(?:war|conflict)\b)
      | (?P<since_clause>since\s+(?:[\w’'-]+\s+){{1,6}}?(?:began|started|launched|erupted|
            broke\s+out|escalated|invaded|attacked)(?:\s+(?:an?\s+|the\s+)?[\w’'-]+){{0,4}})
      | (?P<war_toll>(?:[\w’'-]+\s+){{0,3}}?(?:war|conflict|genocide|invasion)
            (?:\s+(?:in|on|against|with)\s+[\w’'-]+)?(?=,?\s+(?:(?:that|which)\s+)?
            (?:has\s+|have\s+|had\s+)?(?:so\s+far\s+|already\s+|now\s+)?(?:killed|claimed)\b)
          | (?:[\w’'-]+\s+){{0,3}}?(?:fighting|offensive|violence|campaign|bombardment)
            (?:\s+(?:in|on|against)\s+[\w’'-]+)?(?=,?\s+(?:(?:that|which)\s+)?(?:has|have)\s+
            (?:so\s+far\s+|already\s+|now\s+)?killed\b))
      | (?P<overall>(?:overall|total|cumulative)\s+(?:death\s+)?toll\b
            (?!\s+(?:from|of|in)\s+(?:the\s+|this\s+|that\s+|[\w’'-]+(?:’s|'s)\s+)?
            (?:[\w-]+\s+)?(?:attack|strike|blast|bombing|explosion|shelling|raid|massacre|
            incident|assault|ambush|crash|fire)))
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_SMALL = {"two": 2, "three": 3, "seven": 7, "twenty-four": 24, "forty-eight": 48}
_SMALL["seventy-two"] = 72
_UPDATE_RE = re.compile(
    r"\b(?:rises|rose|risen|rising|climbs|climbed|climbing|jumps|jumped|increases|increased|"
    r"surged|surges|soared|soars|mounts|mounted|now|latest|updated|revised)\b",
    re.IGNORECASE,
)
_CUMULATIVE_RE = re.compile(
    r"\b(?:tolls?|in\s+total|a\s+total\s+of|so\s+far|overall|cumulative|tally)\b", re.I
)


def period_of(sentence: str, published: datetime | None) -> tuple[str | None, datetime | None]:
    """The period phrase a toll covers, as written, and its start in UTC when it can be told."""
    pub = published.astimezone(UTC) if published is not None else None
    first: tuple[str | None, datetime | None] = (None, None)
    for match in _PERIOD_RE.finditer(sentence):
        found = " ".join(match.group().split()), _period_start(match, pub)
        if found[1] is not None:
            return found  # "the conflict has killed 3,800 since last year": the dated one
        if first[0] is None:
            first = found
    return first


def _period_start(match: re.Match[str], pub: datetime | None) -> datetime | None:
    kind = match.lastgroup
    if kind == "since_year":
        return datetime(int(match["sy"]), 1, 1, tzinfo=UTC)
    if kind in ("since_month", "in_month", "since_dm"):
        month = MONTHS[(match["sm"] or match["im"] or match["dmm"]).lower()]
        day = int(match["smd"] or match["dmd"] or 1)
        year_text = match["smy"] or match["imy"] or match["dmy"]
        if year_text is not None:
            return _safe_date(int(year_text), month, day)
        if pub is None:
            return None
        start = _safe_date(pub.year, month, day)
        if start is not None and start > pub:
            start = _safe_date(pub.year - 1, month, day)
        return start
    if pub is None:
        return None
    midnight = pub.replace(hour=0, minute=0, second=0, microsecond=0)
    if kind == "war_span":
        return _before(pub, match["wn"], match["wu"])
    if kind == "since_last":
        unit = match["sl"].lower()
        if unit == "year":
            return midnight.replace(year=midnight.year - 1, month=1, day=1)
        if unit == "month":
            return (midnight.replace(day=1) - timedelta(days=1)).replace(day=1)
        monday = midnight - timedelta(days=midnight.weekday())
        return monday - timedelta(days=7)
    if kind == "since_day":
        back = (midnight.weekday() - WEEKDAYS[match["wd"].lower()]) % 7 or 7
        return midnight - timedelta(days=back)
    if kind == "past":
        number = match["pn"]
        amount = 1 if number is None else int(number) if number.isdigit() else _SMALL[number]
        unit = match["pu"].lower().rstrip("s")
        hours = {"hour": 1, "day": 24, "week": 168}[unit] * amount
        return pub - timedelta(hours=hours)
    if kind == "last_month":
        first = midnight.replace(day=1)
        if match.group().lower().startswith("last"):
            return (first - timedelta(days=1)).replace(day=1)
        return first
    if kind == "this_year":
        return midnight.replace(month=1, day=1)
    if kind == "this_week":
        return midnight - timedelta(days=midnight.weekday())
    if kind == "today":
        return midnight
    return None


def _before(pub: datetime, amount_text: str, unit_text: str) -> datetime | None:
    """`pub` minus "14 months" or "a year": the start of "in 14 months of war"."""
    lower = amount_text.lower()
    if lower in ("a", "an"):
        amount = 1
    else:
        parsed = words_to_int(lower) if not lower.isdigit() else (int(lower), len(lower))
        if parsed is None or parsed[1] != len(lower):
            return None
        amount = parsed[0]
    unit = unit_text.lower().rstrip("s")
    if unit in ("day", "week"):
        return pub - timedelta(days=amount * (7 if unit == "week" else 1))
    months = amount * (12 if unit == "year" else 1)
    year, month = divmod(pub.year * 12 + pub.month - 1 - months, 12)
    return _safe_date(year, month + 1, min(pub.day, 28))


def _safe_date(year: int, month: int, day: int) -> datetime | None:
    try:
        return datetime(year, month, day, tzinfo=UTC)
    except ValueError:
        return None


def is_update(sentence: str) -> bool:
    """Update language: this value replaces an earlier one of the same toll."""
    return _UPDATE_RE.search(sentence) is not None


def is_cumulative(sentence: str, period: str | None) -> bool:
    """A running or aggregate toll rather than the dead of one incident."""
    if period is not None and not period.lower().startswith("today"):
        return True
    return _CUMULATIVE_RE.search(sentence) is not None or period is not None


def is_conflict(sentence: str, text: str) -> bool:
    """False when the deaths are not armed violence: an accident, a disaster, disease, a court's
    execution, or a statistic ("2 million deaths a year") rather than an incident.

    Acts of violence ("strike", "shot", "clashes") outweigh a named cause; a cause outweighs
    words that only say a war is on ("soldiers", "military"), so a military helicopter crash is
    an accident. The sentence decides when it names either; otherwise the whole text does (a
    body sentence "dozens are reported killed" under a headline about a stampede).
    """
    if JUDICIAL_RE.search(sentence) or STATISTIC_RE.search(sentence):
        return False
    if CONFLICT_RE.search(sentence):
        return True
    if NON_CONFLICT_RE.search(sentence):
        return False
    if WAR_CONTEXT_RE.search(sentence) or CONFLICT_RE.search(text):
        return True
    return not NON_CONFLICT_RE.search(text)

"""Which figures tell a long-run toll, and which sentences tell the wounded who died.

Two tests that the item's totals (`extract.totals`), the events and stories of many items and
the tally all ask. They live apart from the totals so that the writer and the tally, which
read stored figures and never extract, need not load the extractor to ask them.
"""

from __future__ import annotations

import re

from extract.casualty_periods import began_this_week, is_long_period
from extract.model import Figure
from extract.pattern_cache import rx

LONG_RUN_MIN = 1_000
"""A cumulative toll this large with no period written ("attacks have killed 44,708") is a
war-long toll: single incidents of a thousand dead are too rare to read it any other way."""
NEVER_ONE_INCIDENT = 5_000
"""Dead or injured of one count so large that no single incident's report gives it: in an
item's totals it is a toll of weeks or of a whole war, whatever words it is told in. (An event
a running toll has raised that far, read from many items, is still tallied.)"""


_CAPTIVES_RE = rx(
    r"\b(?:captives?|hostages?|in\s+(?:custody|captivity|detention))\b", re.IGNORECASE
)
_CAPTIVE_INCIDENT_RE = rx(
    r"\b(?:(?:air)?strikes?|attack\w*|raid\w*|shell\w*|bomb\w*|blasts?|explosions?|fire|"
    r"clash\w*|operations?|rescue\w*|found|bodies|body|recover\w*|tunnels?|executed|sieges?|"
    r"stand-?offs?|hijack\w*|storm\w*|freed|attackers|assailants|martyred|by\s+(?:the\s+)?"
    r"(?:terrorists|militants|gunmen|insurgents|kidnappers|captors)|"
    r"injured|wounded|evacuated|"
    r"yesterday|today|tonight|overnight|last\s+night|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)


def _captives_over_captivity(figure: Figure) -> bool:
    """ "Hamas says 33 captives killed": a count of captives or detainees dead, told with no
    incident (no strike, raid or day), is the toll of their whole captivity."""
    return (
        figure.victims == "prisoners"
        and _CAPTIVES_RE.search(figure.sentence) is not None
        and _CAPTIVE_INCIDENT_RE.search(figure.sentence) is None
    )


_SINCE_BEGAN_RE = rx(
    r"^since\s+(?:[\w’'-]+\s+){1,14}?(?:began|started|launched|erupted|broke\s+out|escalated)\b",
    re.IGNORECASE,
)
_IN_A_YEAR_RE = rx(
    r"\bin\s+(?:(?:early|mid|late)[\s-])?(?:(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december)\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def _since_a_year(figure: Figure) -> bool:
    """ "killed since ethnic clashes erupted in the northeastern state in May 2023": a toll
    since a beginning dated by a month and year or a year only, which the period read stops
    short of; a conflict's dead since then, no incident's."""
    period = figure.period
    if period is None or figure.period_start is not None or not _SINCE_BEGAN_RE.match(period):
        return False
    at = figure.sentence.lower().find(period.lower())
    if at < 0:
        return False
    told = figure.sentence[at : at + len(period) + 24].split(".")[0]
    return _IN_A_YEAR_RE.search(told) is not None


def is_long_run(figure: Figure) -> bool:
    """A toll over weeks or a whole war, or of a past incident ("the 2019 attack", "a decade
    ago", "on October 7, 2023"), which a new incident's figure must not be added to; or the
    dead of a whole captivity ("Hamas says 33 captives killed")."""
    if figure.past or _captives_over_captivity(figure):
        return True
    if not figure.cumulative:
        return False
    if _WEEKLY_SUMMARY_RE.search(figure.sentence):
        return True  # "said in its weekly briefing that 48 'terrorists' had been neutralised
        # ... over the past week": a week's statistic, no incident's toll
    if figure.period is not None and began_this_week(figure.period, figure.sentence):
        return False  # "in fighting that began on Tuesday": one battle's running toll
    if _since_a_year(figure):
        return True
    if figure.period is None or (
        _TOTAL_ALONE_RE.fullmatch(figure.period) and _SINCE_RE.search(figure.sentence) is None
    ):
        # "put the overall toll at 13": a total that tells no time is long only when large
        return figure.count >= LONG_RUN_MIN and not (
            figure.count < NEVER_ONE_INCIDENT and _DAYS_INCIDENT_RE.search(figure.sentence)
        )
    return is_long_period(figure.period)


_TOTAL_ALONE_RE = rx(
    r"(?:the\s+)?(?:overall|total|cumulative)(?:\s+(?:death\s+)?(?:toll|tally|count|number|"
    r"figure))?",
    re.IGNORECASE,
)
_SINCE_RE = rx(r"\bsince\b", re.IGNORECASE)
_DAYS_INCIDENT_RE = rx(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
    r"last\s+night)[’']s\s+(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|explosions?|blasts?|"
    r"bombings?|massacre|shelling|raid|assault|earthquake)\b",
    re.IGNORECASE,
)
"""A toll that names its incident by the day ("the toll from Tuesday's simultaneous explosions
... about 2,800 wounded"): one incident's, however large, below `NEVER_ONE_INCIDENT`."""


_WEEKLY_SUMMARY_RE = rx(
    r"\bweekly\s+(?:press\s+)?(?:briefing|bulletin|statement|summary|round-?up|tally)\b",
    re.IGNORECASE,
)
_OF_THE_WOUNDED_RE = rx(
    r"\W*(?:(?-i:[A-Z][A-Z .'’-]+):\s+)?(?:An?|The)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:soldier|policeman|officer|man|woman|child|boy|girl|"
    r"civilian|jawan|constable)\s+who\s+(?:was|had\s+been)\s+(?:critically\s+|seriously\s+|badly\s+)?"
    r"(?:injured|wounded)\b[^.;]{0,120}?\b(?:died|succumbed)\b|"
    r"\W*(?:[\w-]+\s+){0,2}?(?:soldier|policeman|officer|man|woman|child|boy|girl|civilian|person)"
    r"\s+(?:critically\s+|seriously\s+|badly\s+)?(?:wounded|injured|hurt)\s+in\b[^.;\n]{0,120}?"
    r"\b(?:dies|died|succumbs|succumbed)\b|"
    r"\s*(?:(?-i:[A-Z][A-Z .'\u2019-]+)\s*(?:[\u2014\u2013-]+|:)\s*)?"
    r"Of\s+(?:the\s+|some\s+|about\s+|around\s+)?[\w,-]+\s+(?:[\w-]+\s+){0,4}?(?:wounded|injured|"
    r"hurt)\b|.*?\bof\s+the\s+[\w,-]+\s+(?:[a-z-]+\s+)?(?:wounded|injured)(?:\s*,[^,;]{1,60},)?\s+(?:(?:in|by|during|"
    r"when|from)\b[^.;]{0,120}?\b)?(?:had\s+|has\s+|have\s+|later\s+)*(?:died|succumbed)\b"
    r"|.*?\bof\s+(?:the|those)\s+(?:(?:seriously|critically|badly|severely|gravely)\s+)?"
    r"(?:wounded|injured)(?:\s+(?:from|in)\s+the\s+(?:[\w-]+\s+){0,2}?(?:strike|airstrike|attack|"
    r"shelling|blast|explosion|bombing|raid))?\s*(?:(?:,[^,;]{1,60}){1,3},\s*)?(?:had\s+|has\s+|"
    r"have\s+|later\s+)*(?:died|succumbed)\b|.*?\bthe\s+(?:wounded|injured)\s+(?:[\w-]+\s+){1,2}?"
    r"(?:has\s+|had\s+|later\s+|since\s+)*(?:died|succumbed)\b"
    r"|.*?\bamong\s+the\s+(?:wounded|injured)\s+(?:has\s+|had\s+|later\s+)*(?:died|succumbed)\b"
    r"|.*?\b(?:an?|another|one)\s+(?:[\w-]+\s+)?(?:wounded|injured|hospitali[sz]ed)\s+(?:[\w-]+\s+)?"
    r"(?:man|woman|child|boy|girl|soldier|civilian|person|resident|officer|policeman)\s+"
    r"(?:had\s+|has\s+|later\s+)*(?:died|succumbed)\b"
    r"|.*?\b(?:an?|another)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|child|boy|girl|soldier|civilian|"
    r"person|resident|officer|policeman)\s+(?:had\s+|has\s+|later\s+)*(?:died|succumbed)\s+"
    r"(?:in|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?hospital\b"
    r"|.*?\bof\s+the\s+hospitali[sz]ed\b[^.;]{0,60}?\b(?:died|succumbed)\b"
    r"|.*?\b(?:died|succumbed)\s+(?:of|from|to)\s+(?:their|his|her)\s+(?:[\w-]+\s+)?(?:wounds|"
    r"injuries)\b",
    re.IGNORECASE,
)
"""The wounded who died, raising a toll: "Of the 30 wounded, two later died", "One of the 16
people wounded in Sunday's bombing died", "the wounded passer-by has died in hospital, raising
the toll to three", "A woman among the wounded died in hospital, bringing the toll to four"."""


def wounded_who_died(sentence: str) -> bool:
    """A sentence that tells the wounded who died (`_OF_THE_WOUNDED_RE`): the tally takes its
    dead off the injured as the item's own total does."""
    return _OF_THE_WOUNDED_RE.match(sentence) is not None


STILL_TREATED = (
    r"(?:in\s+(?:a\s+|the\s+)?(?:hospitals?|intensive\s+care|critical\s+condition|serious\s+"
    r"condition)|hospitali[sz]ed|admitted|under\s+(?:medical\s+)?(?:treatment|care|observation))"
)
"""Where the wounded still are, after "remain": in hospital, in intensive care, under
treatment."""
_STILL_HURT_RE = rx(
    r"\b(?:(?:[\d,]+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of)\s+other|"
    r"(?:the\s+)?remaining)\s+(?:[\w-]+\s+){0,2}?(?:injured|wounded|hurt)\b[^.;]{0,40}?"
    r"\bremain(?:s|ed)?\b|"
    r"\b(?:[\d,]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:people\s+|persons\s+)?"
    r"remain(?:s|ed)?\s+(?:wounded|injured|hurt)\b",
    re.IGNORECASE,
)


def still_hurt(sentence: str) -> bool:
    """A count of the wounded who remain after some died ("25 other injured passengers remain
    under treatment"): already net of the dead, whom neither total takes off it again."""
    return _STILL_HURT_RE.search(sentence) is not None

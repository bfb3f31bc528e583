"""The period a casualty toll covers: "since Wednesday", "in July", "in 14 months of war".

A figure's period tells a running or war-long toll from the dead of one incident, and its
start, resolved to UTC against the item's published time, lets a tally show a war-long toll
as context rather than add it to today's dead. Periods that name no date ("since the war
began") keep their words and no start.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from extract.casualty_lexicon import MONTHS, WEEKDAYS
from extract.numbers import words_to_int
from extract.pattern_cache import rx
from extract.prefilter import Gate, lowered

_DAY_NAMES = "|".join(WEEKDAYS)
_MONTH_NAMES = "|".join(MONTHS)
_TOOK = r"crossed|entered|seized|captured|overran|occupied|took\s+(?:power|control|over)"
"""What forces did to a place that a toll can be counted since ("since Ukrainian forces crossed
the border on Aug. 6")."""
_SHORT_MONTHS = {name[:3]: n for name, n in MONTHS.items()} | {"sept": 9}
_MONTH_SHORT = "|".join(_SHORT_MONTHS)
_VAGUE = frozenset(("several", "many", "few", "some"))
"""Amounts of "several years ago": at least one, which is all a period start needs."""
HISTORY = timedelta(days=30)
"""A date this long before publication ("killed in the Oct. 7 attack" in December) makes the
figure history: a toll of a past incident, not news of a new one."""
_EVENT = (
    r"(?:(?:terror(?:ist)?\s+)?attacks?|bombings?|bombs?|massacres?|genocide|war|siege|explosions?|"
    r"blasts?|uprising|invasion|offensive|(?:air\s*)?strikes?|airstrikes?|raids?|shootings?|"
    r"ambush(?:es)?|coup|revolution|conflict|fighting|clashes|riots?|crackdown|protests?|"
    r"violence|assault|incursion|battle|bombardment|insurgency|killings?|murders?|assassinations?|"
    r"pogrom|rampage|"
    r"shelling|hijackings?|hostage\s+crisis|kidnappings?|abductions?|earthquake|floods?|tsunami|"
    r"fire|crash|disaster|occupation|liberation|withdrawal)"
)
"""What a year used as an adjective dates: "the 2019 attack", "the 2015 Paris attacks"."""
_DATED_EVENT_RE = rx(rf",?\s+(?:[\w’'-]+\s+){{0,2}}?{_EVENT}\b", re.IGNORECASE)
"""After a full date, the event it names: "the 7 October 2023 attack"."""
_NOT_EVENT_WORD = (
    r"(?:people|persons?|civilians|children|soldiers|dead|killed|died|deaths|in|on|at|of|by|"
    r"and|or|were|was|who|that|which|when)"
)
"""Words that end a year's noun phrase: past them the year is not an adjective of the event
(and "killed 2019 people in an attack" is a count, not a date)."""
_PAST_KINDS = frozenset(
    ("year_event", "on_date", "last_year", "in_year", "ago", "anniv", "decade", "in_month",
     "after", "month_event", "slash_event", "prev_week", "event_of_year")
)  # fmt: skip
"""Periods that date a past incident rather than a running toll."""
_CLAUSE_BREAK_RE = rx(
    r"[,;:]\s+(?:[\w’'-]+\s+){0,4}?(?:after|since|as|while|when|where|before|ahead\s+of|"
    r"marking|marks|marked|on\s+the\s+anniversary)\b|\b(?:where|when|as|while|whereas|"
    r"weeks|months|years|decades?)\b|\b(?:retaliation|revenge|reprisal)\s+for\b|"
    r"\bfor\s+the\s+(?:killing|killings|death|deaths|murder|attack|abduction)\b",
    re.IGNORECASE,
)
"""A clause that turns from the news to its background: "…, a year after", "…, where"."""
_FRONTED_ANNIVERSARY_RE = rx(
    r"\W*(?:On|At)\s+the\s+(?:[\w-]+\s+)?anniversary\s+of\b", re.IGNORECASE
)
_RELATIVE_ASIDE_RE = rx(
    r",\s+(?:which|who|that|where|when|(?:in|during|of)\s+which)\b[^,;]*(?:,|$)", re.IGNORECASE
)
"""A relative clause of the anniversary's attack ("..., in which 18 people died,"): part of the
fronted phrase, not the comma that ends it."""
_LEAD_AMOUNT_RE = rx(r"(?<![\w-])(?P<n>\d+|[A-Za-z]+(?:-[a-z]+)?)\s+$")
_NEW_CLAUSE_RE = rx(
    r";|,\s+(?:and|but|while|whereas)\s+|\s+(?:while|whereas)\s+|,\s+(?:in\s+which|during\s+which|"
    r"where|which|that)\s[^,;]{2,100},\s+|\s+when\s+(?:a|an|the|fresh|new|another)\s+|,\s+"
    r"(?:[\w’'-]+\s+){0,2}?(?:hours|days|minutes|shortly|moments|just)\s+(?:after|before)\s+",
    re.I,
)
"""Where a sentence turns to a second claim with its own subject (also past a relative clause
that tells the background: "On the anniversary of the 2014 massacre, in which 147 died, a
bomb killed a constable")."""
_FRONTED_DEAD_RE = rx(
    r"\b(?:killed|died|dead|wounded)\b[^,;]*,\s+(?:an?|the|two|three|four|five|\d+)\s", re.I
)
_MEMORIAL_RE = rx(
    r"\b(?:commemorat\w+|memorial\s+(?:services?|ceremon(?:y|ies)|events?|days?|march(?:es)?)|"
    r"remembrance|"
    r"remember(?:s|ed|ing)?|in\s+memory\s+of|honou?r(?:s|ed|ing)?\s+the\s+memory|"
    r"days?\s+of\s+mourning\b[^,;.]{0,40}?\bfor\s+(?:the|its|their)\b|coffins\s+of|"
    r"farewell\s+ceremon(?:y|ies)|"
    r"(?:paid|pay(?:s|ing)?)\s+tribute(?!\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:forces|troops|"
    r"soldiers|police|policemen|personnel|men)\s+(?:who|that)\b)|mourn(?:s|ed|ing)?\s+(?:the|its|their)\b|mark(?:s|ed|ing)?\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:years?|months?|anniversary)|recall(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)
"""A memorial or recollection: the dead it names are a past incident's, not news."""
_MEMORIAL = Gate(_MEMORIAL_RE)
MOURNS_ITS_FIGHTER_RE = rx(r"martyrdom\s+of\s+(?:the\s+)?(?:mujahid|fighter|commander)\s+[A-Z]")
"""After "mourns the": a group's notice of its own fighter's death ("The Islamic Resistance
mourns the martyrdom of the mujahid ..."), news, not a memorial."""
_WHEN_IT_RE = rx(r"\s*,\s*(?:when|in\s+which|during\s+which|which|that)\b", re.I)
"""After "the deadliest attack since January", the clause that tells that past attack's dead."""
_DEATH_NOTICE_RE = rx(
    r"\b(?:statements?|notices?|posters?|messages?|announc\w+|obituar\w+)\s+$", re.IGNORECASE
)
"""Before "mourning its martyrs", a death notice: how the news of the dead is given."""
_AT_THE_MEMORIAL_RE = rx(
    r"\b(?:returning\s+from|on\s+their\s+way\s+back\s+from|gathered\s+for|gathering\s+for|"
    r"leaving|left|attending|attended|at|during|targeting|targeted|"
    r"attacked|hit|struck|near|outside|on\s+their\s+way\s+(?:to|from))\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
"""Before a memorial, words that make it the scene of an attack, not a recollection."""
_FRONTED_SINCE_RE = rx(r"\s*(?:[\w’'-]+:\s+)?Since\s+[^,;]{3,160},", re.IGNORECASE)
"""A sentence that opens on the event its toll runs from ("Since violence erupted on 3 May
2023, ...")."""
_TOLL_RISEN_RE = rx(
    r"\b(?:has|have)\s+(?:now\s+)?(?:risen|climbed|increased|grown|reached)\b|\brose\s+to\b|"
    r"\bup\s+from\b",
    re.IGNORECASE,
)
"""After "the 5 June attack", a toll that has risen since: the attack is recent news."""
SINCE_LAST_REPORT = (
    r"since\s+(?:my|our|its|their|his|her|the)\s+(?:last|previous)\s+(?:briefing|report|update|"
    r"bulletin)\b"
)
"""A count "since my last briefing": a reporting cycle's period (the pattern is shared by the
period reader and what weighs a lone toll's span)."""
_SINCE_KINDS = frozenset(("since_day", "since_month", "since_dm", "since_year", "since_last"))
_LATER_CLAUSE_RE = rx(r"(?:[,;:](?!\d{3})|\s[-–—])\s+")
_TRUCE_CLAUSE_RE = rx(
    r"\b(?:truce|ceasefire|cease-fire|armistice|agreement|accord|deal)\s+(?:that\s+|which\s+)?"
    r"(?:took\s+effect|came\s+into\s+force|(?:was\s+|had\s+been\s+)?(?:agreed|signed|reached|"
    r"brokered|declared))\b[^.;,]{0,40}$",
    re.IGNORECASE,
)
"""After a figure, the clause of a truce whose date follows ("despite a ceasefire that took
effect almost a year ago"): the date is the truce's."""
_GOES_ON_RE = rx(
    r"(?:in|during|between|over|since|from|across|throughout|within|on|at|"
    r"(?:arrested|apprehended|captured|rescued|freed|recovered|seized|destroyed|dismantled)\s"
    r"[^.;:]*?\s(?:in|during|over|across|within)\s)\b",
    re.IGNORECASE,
)
"""Between a figure and a period after it, the end of the figure's clause: the period dates
what the later clause tells ("killed 58, bringing the toll since October 2023 to 61,000"),
unless the figure's own phrase goes on after the last break ("701 killed and 1,405 injured, in
the country between August 2021 and May 2023", "thousands killed, mostly civilians, in the 1994
genocide"), or an operations summary's list goes on to its period ("neutralised 781 terrorists,
arrested 1,023 suspects and rescued 718 hostages in the month of August")."""
_SINCE_BEFORE_RE = rx(r"\bsince\s+(?:[\w’'-]+\s+){1,10}?$", re.IGNORECASE)
"""A since-clause that a later date ends ("since fighting with the militia began last year")."""
_SUPERLATIVE_RE = rx(
    r"\b(?:deadliest|worst|bloodiest|largest|biggest|heaviest|highest|first|most\s+[\w-]+|"
    r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"(?:\s+[\w’'-]+){0,8}\s+$",
    re.IGNORECASE,
)
"""A superlative before "since 2019" makes it a comparison ("the worst attack since 2019", "the
first major outbreak of violence in the southern city since the fall of Assad"); so does an
ordinal ("killing five, in what the Indepaz think tank said was the 56th massacre recorded in
Colombia this year")."""
_PERIOD_RE = rx(
    rf"""\b(?:
        (?P<since_day>since\s+(?:last\s+)?(?P<wd>{_DAY_NAMES}))
      | (?P<since_month>since\s+(?:the\s+(?:start|beginning)\s+of\s+|(?:mid|early|late)[\s-])?
            (?P<sm>{_MONTH_NAMES})
            (?:\s+(?P<smd>\d{{1,2}})(?:st|nd|rd|th)?\b)?(?:,?\s+(?P<smy>\d{{4}}))?)
      | (?P<since_dm>since\s+(?P<dmd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?
            (?:(?P<dmm>{_MONTH_NAMES})\b|(?P<dms>{_MONTH_SHORT})\b\.?)
            (?:\s+(?P<dmy>\d{{4}}))?)
      | (?P<since_year>since\s+(?:the\s+(?:start|beginning)\s+of\s+|(?:early|mid|late)[\s-])?
            (?P<sy>(?:19|20)\d\d))
      | (?P<in_month>(?:in|during)\s+(?:the\s+month\s+of\s+)?(?:(?:early|mid|late)[\s-])?
            (?P<im>{_MONTH_NAMES})\b
            (?:\s+(?P<imy>\d{{4}}))?)
      | (?P<month_event>(?:the\s+|a\s+)?(?P<mem>{_MONTH_NAMES})\s+
            (?:(?:air|drone|missile|rocket)\s*)?(?:strikes?|airstrikes?|attacks?|raids?|bombings?|shelling|ambush|massacre|assault|
            explosion|blast|offensive)\b)
      | (?P<past>(?:over|in|during|within)\s+(?:the\s+)?(?:past|last|previous|span\s+of|recent)\s+
            (?:(?P<pn>\d+|[a-z]+(?:-[a-z]+)?)\s+)?(?P<pu>hours?|days?|weeks?|months?|years?)\b(?![’']s))
      | (?P<ago>(?:(?P<an>\d+|(?!(?:the|this|that|of|per|each|every|next)\b)
              [a-z]+(?:-[a-z]+)?)\s+)??
            (?P<au>years?|decades?|months?)\s+(?:ago|since|(?(an)on|(?!)))\b)
      | (?P<after>(?P<fu>years?|decades?|months|weeks|days|(?<=\ba\s)(?:week|month|fortnight))
            \s+after
            (?=\s+(?:the|a|an|its|their|he|she|they|it)\b|\s+(?-i:[A-Z])|\s+\d
              |\s+(?:[\w-]+\s+){{0,3}}?(?:killed|martyred|stormed|attacked|bombed|opened\s+fire|
              were|was)\b|\s+[\w-]+\s+(?:in|during)\s+which\b
              |\s+(?:[\w-]+\s+){{0,2}}?(?:raids|attacks|massacres|strikes|bombings|ambushes|clashes)\b))
      | (?P<span_of>(?P<ou>days|weeks|months|years|(?<=\ba\s)(?:year|month))\s+of\s+
            (?:[\w’'-]+\s+){{0,2}}?(?:strikes|air\s*strikes|bombing|bombings|bombardment|shelling|
            fighting|war|conflict|attacks|raids|clashes|violence|offensives?|hostilities|siege|
            unrest|crackdown|drone\s+attacks|missile\s+attacks)\b)
      | (?P<anniv>(?:(?P<ad>\d+)(?:st|nd|rd|th)\s+)?anniversary
            |(?:marking|marks|marked|to\s+mark)\s+(?:\d+|[a-z]+)\s+days\s+since\s+the\s+
            (?:deaths?|killings?|killing|martyrdom)\b
            |(?:marking|marks|marked|to\s+mark)\s+(?:one|a|two|three|four|five|ten|\d+)\s+
            (?:years?|decades?)\s+since\s+the\s+(?:[\w’'-]+\s+){{0,2}}?(?:attacks?|massacres?|
            bombings?|strikes?|killings?|deaths?|raid|assault|war)\b)
      | (?P<decade>(?:since|in|during)\s+the\s+(?P<dy>(?:19|20)\d0)[’']?s\b)
      | (?P<on_date>(?:(?:in|on|during|of)\s+(?:the\s+)?|the\s+|(?<=[’']s\s))
            (?:(?P<odm>{_MONTH_NAMES}|{_MONTH_SHORT})\.?\s+(?P<odd>\d{{1,2}})(?:st|nd|rd|th)?\b
              | (?:\d{{1,2}}(?:st|nd|rd|th)?\s+to\s+)?
                (?P<odd2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?
                (?P<odm2>{_MONTH_NAMES}|{_MONTH_SHORT})\b\.?)
            (?:,?\s+(?P<ody>\d{{4}}))?
            (?!\s+(?-i:Brigade|Battalion|Division|Regiment|Movement|Front|Street|Road|Square|Bridge|
            Revolution|Stadium|University|Hospital|Camp|Group|Avenue|Martyrs)\b))
      | (?P<in_year>(?<!born\s)(?:in|during|the\s+year)\s+(?P<iy>(?:19|20)\d\d)\b
            (?!\s*(?:people|dead)))
      | (?P<event_of_year>(?:{_EVENT}\s+of\s+|(?:on|at|over)\s+(?:Christmas|Easter|New\s+Year)
            (?:[’']s)?(?:\s+(?:Eve|Day))?\s+)(?:(?P<eom>{_MONTH_NAMES})\s+)?(?P<eoy>(?:19|20)\d\d)\b)
      | (?P<year_event>(?:the\s+)?(?<![\d,.$£€])(?:(?P<em>{_MONTH_NAMES})\s+)?(?P<ey>(?:19|20)\d\d)
            (?:[’']s)?\s+(?:(?!{_NOT_EVENT_WORD}\b)[\w’'-]+\s+){{0,3}}?{_EVENT}\b)
      | (?P<as_of>as\s+of\s+(?:the\s+(?:morning|evening|end|night)\s+of\s+)?
            (?:(?P<aod>\d{{1,2}})\s+(?P<aom>{_MONTH_NAMES})|(?P<aom2>{_MONTH_NAMES})\s+(?P<aod2>\d{{1,2}}))
            (?:,?\s+(?P<aoy>\d{{4}}))?)
      | (?P<full_scale>(?:since\s+the\s+(?:start\s+of\s+the\s+)?|of\s+the\s+|in\s+the\s+)
            full[\s-]scale\s+(?:armed\s+)?(?:aggression|invasion|war)\b)
      | (?P<between_months>between\s+(?:{_MONTH_NAMES})\b(?:\s+\d{{4}})?\s+and\s+
            (?:{_MONTH_NAMES})\b(?:\s+\d{{4}})?
          | (?:{_MONTH_NAMES})\s*[–—-]\s*(?:{_MONTH_NAMES})\b(?:\s+\d{{4}})?)
      | (?P<between>between\s+(?:\d{{1,2}}\s+)?(?:[A-Za-z]+\s+)?
            (?:\d{{1,2}},?\s+)?(?:19|20)\d\d\s+and\s+
            (?:\d{{1,2}}\s+)?(?:[A-Za-z]+\s+)?(?:\d{{1,2}},?\s+)?(?:19|20)\d\d
          | between\s+\d{{1,2}}\s+(?:{_MONTH_NAMES})\s+and\s+
            \d{{1,2}}\s+(?:{_MONTH_NAMES})(?:\s+(?:19|20)\d\d)?\b)
      | (?P<slash_event>the\s+\d{{1,2}}/\d{{1,2}}\s+(?:[\w’'-]+\s+){{0,2}}?{_EVENT}\b)
      | (?P<prev_week>the\s+previous\s+(?:week|month)|(?:a|one|two|three)\s+weeks?\s+(?:earlier|
            before)(?=\s*[,.;]|\s*$)|(?:(?:two|three|four|five|six|[2-6])\s+days|(?<![\w\s])
            (?-i:Days))\s+(?:earlier|before)(?=\s*,)|^\s*(?:(?:a|the)\s+day\s+(?:earlier|before)|the\s+(?:previous|preceding)\s+day)
            (?=\s*,|\s+[^.;,]{{0,40}}?\bhad\s+(?:reported|said|put|given|announced|recorded)\b)
            (?![^.;]*\bseparate\b)|(?-i:Last)\s+(?P<lwd>{_DAY_NAMES})\b
            |(?<!since\s)last\s+week(?:end)?(?=\s*[,.;]|\s*$|\s+(?:were|was|had\s+been)\s+(?:buried|laid\s+to\s+rest|
            mourned|commemorated|honou?red)\b)
            |^\W*(?-i:Last)\s+week(?:end)?\b
            |(?:(?<=\battack\s)|(?<=\bstrike\s)|(?<=\bambush\s)|(?<=\bbombing\s)|(?<=\braid\s))
            last\s+week(?=\s+(?:on|in|at|near|outside|against)\s))
      | (?P<last_year>last\s+year(?:[’']s)?|that\s+year\b
            |(?-i:[Ll]ast\s+(?:January|February|March|April|May|June|
            July|August|September|October|November|December))\b
            |last\s+(?:week|month)[’']s(?=\s+(?:[\w-]+\s+){{0,2}}?{_EVENT}\b))
      | (?P<last_month>last\s+month|this\s+month|so\s+far\s+this\s+month
            |since\s+the\s+(?:start|beginning)\s+of\s+the\s+month
            |(?:for|in)\s+(?:the\s+month|{_MONTH_NAMES})\s+so\s+far)
      | (?P<this_year>(?:so\s+far\s+)?this\s+year|since\s+the\s+(?:start|beginning)\s+of\s+
            the\s+year|year[\s-]to[\s-]date)
      | (?P<this_week>this\s+week)
      | (?P<running>running\s+(?:death\s+)?(?:count|toll|total|tally)
            (?:\s+(?:for\s+the\s+(?:month|year)|since\s+(?:the\s+)?(?:\d{{1,2}}\s+)?[^,.;:\d]{{3,40}}?))?(?=\s*(?:[,.;:]|now|stands|is|was|has|had|rose|reached)))
      | (?P<since_vote>since\s+the\s+(?:(?:disputed|contested|presidential|general|last|
            [\w-]+)\s+){{0,2}}?(?:vote|election|elections|polls|coup|uprising|revolution|accord|
            agreement|peace\s+deal|takeover)\b
            |since\s+the\s+(?:truce|ceasefire|cease-fire)\s+(?:took\s+effect|came\s+into\s+force|
            was\s+(?:agreed|signed|declared))\b
            |since\s+(?:the\s+)?(?:signing|signature)\s+(?:of\s+)?(?:the\s+|a\s+)?(?:[\w’'-]+\s+){{0,3}}?
            (?:deal|accord|agreement|pact|treaty|truce|ceasefire)\b)
      | (?P<quarter>(?:in|during|over|across|for)\s+(?:the\s+)?(?:first|second|third|fourth|last|
            past|
            previous)\s+(?:quarter|half)(?:\s+of\s+(?:the\s+year|(?:19|20)\d\d))?
          | (?:in|during|over|across|for)\s+the\s+(?:reporting\s+)?quarter\b
          | (?:in|during|over|across|for)\s+(?:the\s+)?first\s+(?:\d+|two|three|four|five|six|
            seven|eight|nine|ten|eleven)\s+months\s+of\s+(?:the\s+year|this\s+year|(?:19|20)\d\d))
      | (?P<today>so\s+far\s+today|today(?:’s|'s)?)
      | (?P<since_last>since\s+last\s+(?P<sl>year|month|week)
            |since\s+(?:last\s+|the\s+)(?P<season>summer|winter|spring|autumn|fall)\b
            |(?P<rep>{SINCE_LAST_REPORT})(?!\s*[(:]))
      | (?P<war_span>(?:in|after|during|over|across)\s+(?:more\s+than\s+|nearly\s+|almost\s+|
            over\s+)?(?P<wn>\d+|an?|[a-z]+(?:-[a-z]+)?)\s+(?P<wu>days?|weeks?|months?|years?)\s+
            of\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,2}}?(?:war|fighting|conflict|bombardment|
            bombing|offensive|invasion|genocide)\b)
      | (?P<war>since\s+(?:the\s+)?(?:(?:start|beginning|outbreak|onset)\s+of\s+(?:the\s+)?
            (?:[\w’'-]+\s+){{0,3}}?(?:offensive|operation|campaign|incursion|siege|uprising)\b|
            (?:(?:start|beginning|outbreak|onset)\s+of\s+(?:the\s+)?)?
            (?:[\w’'-]+\s+){{0,3}}?(?:war|conflict|fighting|invasion|hostilities|aggression)\b)
            (?:\s+(?:began|started|broke\s+out|erupted))?
          | (?<!prisoners\s)(?<!prisoner\s)(?<!attacks\s)(?<!attack\s)(?<!strikes\s)(?<!strike\s)
            (?<!days\s)(?<!day\s)(?<!raids\s)(?<!barrages\s)(?<!barrage\s)(?<!night\s)
            (?:in|of|during)\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}?(?:war|conflict)\b
          | (?<=strikes\s)during\s+the\s+(?:[\w’'-]+\s+){{0,2}}?war(?=\s*[,.;]|\s*$)
          | (?<=toll\s)(?:in|of|during)\s+the\s+(?:[\w’'-]+\s+){{0,2}}?(?:offensive|invasion|
            incursion|campaign)\b
          | (?:crisis|war|conflict|fighting|violence|unrest|insurgency|offensive|clashes)
            (?:\s+(?:between|in|on|against)\s+(?:[\w’'-]+\s+){{1,5}}?|\s+)
            (?:that|which)\s+(?:began|started|erupted|broke\s+out)\b
            (?:\s+(?:on|in)\s+(?:[\w’'-]+,?\s+){{0,2}}?(?:19|20)\d\d\b)?)
      | (?P<since_clause>since\s+(?:[\w’'-]+\s+){{1,10}}?(?:began|started|launched|erupted|
            broke\s+out|escalated|invaded|attacked|{_TOOK})(?:\s+(?:an?\s+|the\s+)?[\w’'-]+){{0,4}})
      | (?P<war_toll>(?:[\w’'-]+\s+){{0,3}}?(?:war|conflict|genocide|invasion)
            (?:\s+(?:in|on|against|with)\s+[\w’'-]+|\s+between\s+(?:the\s+)?[\w’'-]+
            (?:\s+[\w’'-]+)?\s+and\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){{0,2}}?)?(?=,?\s+(?:(?:that|which)\s+)?
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


class Period(NamedTuple):
    """A figure's period as written, its start, and whether it dates a past incident."""

    text: str | None
    start: datetime | None
    past: bool = False
    """An incident recalled, not news: an anniversary, "a year after", a memorial, a date or a
    month that ended weeks before publication ("a strike in February" in December)."""


_PERIOD_WORDS = (
    *{name[:3] for name in MONTHS}, "since", "past", "last", "previous", "span", "year",
    "recent",
    "decade", "month", "week", "anniversary", "today", "19", "20", "war", "conflict",
    "genocide", "invasion", "fighting", "offensive", "violence", "campaign", "bombardment",
    "overall", "total", "cumulative", "/", "full", "days after", "quarter", "half", "running",
    "days earlier", "days before", "day earlier", "day before",
)  # fmt: skip
"""Every match of `_PERIOD_RE` holds one of these words, or "day(s) of" (`_DAYS_OF_RE`): a
month (each starts with its first three letters), "since", a unit, a year's first digits, a
war word, or the slash of "the 9/11 attacks". Most casualty sentences hold none, and the
pattern is not tried on them."""
_DAYS_OF_RE = rx(r"days?\s+of", re.IGNORECASE)


def period_matches(sentence: str) -> list[re.Match[str]]:
    """Every period phrase in a sentence, found once and shared by the sentence's figures."""
    low = lowered(sentence)
    if (
        low is not None
        and not any(word in low for word in _PERIOD_WORDS)
        and ("day" not in low or _DAYS_OF_RE.search(sentence) is None)
    ):
        return []
    return list(_PERIOD_RE.finditer(sentence))


_OCCASIONS = (
    r"(?:ceremony|ceremonies|rally|gathering|commemoration|march|procession|event|service|"
    r"demonstrations?|protests?|vigil)"
)
"""Gatherings an anniversary is marked by."""
_OCCASION_RE = rx(
    rf"\b(?:{_OCCASIONS}|crowds?)\s+(?:marking|commemorating|to\s+mark|held\s+to\s+"
    r"mark|for|on)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
"""A gathering for an anniversary, where today's attack struck."""
_OCCASION_OF_RE = rx(
    rf"\b{_OCCASIONS}\s+(?:marking|commemorating|to\s+mark)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?anniversary\s+of\s+$",
    re.IGNORECASE,
)
"""Before the date of what an occasion's anniversary recalls."""
_LATEST_OF_RE = rx(
    r"\b(?:the|its|their)\s+(?:latest|most\s+recent|newest)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:attacks?|strikes?|incidents?|assaults?|bombings?|raids?|violence|clash(?:es)?|ambush(?:es)?|"
    r"massacres?|killings?)\b",
    re.IGNORECASE,
)
"""After a figure, the deed as the latest of a war's: "killed 11 civilians, ..., in the latest
attack blamed on the military in its year-old conflict" (the war frames the attack)."""


_DAY_IS_ANNIVERSARY_RE = rx(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\s*,\s*"
    r"(?:the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
"""Before an anniversary in apposition to a day: "on Saturday, the third anniversary"."""
_THAT_DID_RE = rx(
    r"\s+(?:that|which)\s+(?:had\s+|have\s+|has\s+)?(?:(?:killed|left|claimed)\s+)?$",
    re.IGNORECASE,
)
"""Between a period and the figure its relative clause tells: "clashes last year that killed"."""


def read_period(
    sentence: str,
    published: datetime | None,
    figure_start: int | None = None,
    figure_end: int | None = None,
    matches: list[re.Match[str]] | None = None,
) -> Period:
    """The period of the figure at [figure_start, figure_end) in `sentence`.

    A past date in a later clause ("killed 5 on Tuesday, a year after the 2024 attack") is left
    to the figures of that clause: it dates the background, not the news before it. A period in
    an earlier clause with a subject of its own ("Months of fighting have killed 3,000, and a
    strike on Tuesday killed 8") is not the later figure's either.
    """
    pub = published.astimezone(UTC) if published is not None else None
    first = Period(None, None)
    fronted = _FRONTED_SINCE_RE.match(sentence)
    candidates = period_matches(sentence) if matches is None else matches
    nearest = None  # "clashes last year that killed 55": the period the figure's deed is told by
    if figure_start is not None:
        earlier = [m for m in candidates if m.end() <= figure_start]
        if earlier and _THAT_DID_RE.match(sentence, earlier[-1].end(), figure_start):
            nearest = earlier[-1]
    for match in candidates:
        if nearest is not None and match is not nearest and match.end() <= nearest.start():
            continue  # "over the past 48 hours, which recalls clashes last year that killed 55"
        kind = match.lastgroup
        if (
            fronted is not None
            and figure_start is not None
            and kind in ("on_date", "in_month", "in_year", "year_event", "month_event")
            and match.end() <= fronted.end() <= figure_start
            and not _LATER_CLAUSE_RE.search(sentence, fronted.end(), figure_start)
        ):
            # "Since ethnic violence erupted on 3 May 2023, at least 260 people have been
            # killed": the whole span since that day is the figure's period
            start = _period_start(match, pub, None)
            told = re.sub(r"^(?:in|on|during|of)\s+", "", " ".join(match.group().split()))
            return Period(f"since {told}", start, False)
        if (
            figure_start is not None
            and match.end() <= figure_start
            and _own_clause(sentence, match.end(), figure_start)
        ):
            if (
                kind in _SINCE_KINDS
                and _WHEN_IT_RE.match(sentence, match.end()) is not None
                and _SUPERLATIVE_RE.search(sentence, max(0, match.start() - 60), match.start())
            ):
                # "the deadliest in the region since October, when a similar raid left 115
                # dead": the clause tells the past attack the comparison names
                return Period(" ".join(match.group().split()), None, True)
            continue
        if (
            kind in _SINCE_KINDS or match.group()[:5].lower() == "since"
        ) and _SUPERLATIVE_RE.search(sentence, max(0, match.start() - 60), match.start()):
            if (
                kind in _SINCE_KINDS
                and figure_start is not None
                and match.start() < figure_start
                and (
                    "," not in sentence[match.end() : figure_start]
                    or _WHEN_IT_RE.match(sentence, match.end()) is not None
                )
            ):
                # "the deadliest bombing since a 2019 car bomb at a police academy killed 22":
                # the figure is the past attack's that the comparison names
                return Period(" ".join(match.group().split()), None, True)
            continue  # "the deadliest attack since 2019": a comparison, not a period
        if (
            figure_start is not None
            and match.start() > figure_start
            and (
                since := _SINCE_BEFORE_RE.search(
                    sentence, max(0, match.start() - 80), match.start()
                )
            )
            is not None
            and since.start() > figure_start
            and _SUPERLATIVE_RE.search(sentence, max(0, since.start() - 60), since.start())
        ):
            continue  # "in one of the deadliest such incidents since fighting began last year":
            # the date of what the comparison reaches back to, no period of the figure (unless
            # the figure is of that earlier deed: "the second such attack since an ambush killed
            # three soldiers last month")
        if kind == "today" and any(
            m.lastgroup in ("ago", "anniv")
            and m.start() > match.end()
            and (figure_start is None or m.end() <= figure_start)
            for m in candidates
        ):
            continue  # "Today we commemorate one year since the massacre of Wad al-Nura, where
            # more than 100 of our people were killed": today is the day of the remembrance
        if (
            kind == "anniv"
            and figure_start is not None
            and match.start() < figure_start
            and _FRONTED_ANNIVERSARY_RE.match(sentence) is not None
            and "," in _RELATIVE_ASIDE_RE.sub(" ", sentence[match.end() : figure_start])
        ):
            continue  # "On the first anniversary of the Machil ambush that killed five
            # paratroopers, militants struck again in Kupwara, killing a soldier": today's
        days_since = (
            kind == "anniv"
            and match.group()[:4].lower() == "mark"
            and figure_start is not None
            and match.start() < figure_start
            and "," not in sentence[match.end() : figure_start]
        )  # "a rally on Friday marking 40 days since the deaths of three young men": theirs
        if (
            kind == "anniv"
            and not days_since
            and _OCCASION_RE.search(sentence, max(0, match.start() - 60), match.start())
        ):
            continue  # "Two explosions ..., during a ceremony marking the fourth anniversary of
            # his killing, killed 95 people": the occasion of today's attack
        if (
            kind == "anniv"
            and figure_start is not None
            and match.end() <= figure_start
            and "," in sentence[match.end() : figure_start]
            and _DAY_IS_ANNIVERSARY_RE.search(sentence, max(0, match.start() - 40), match.start())
        ):
            continue  # "fired at mourners in Saqqez on Saturday, the third anniversary of her
            # death, injuring three": the day of today's deed is the anniversary
        if _OCCASION_OF_RE.search(sentence, max(0, match.start() - 90), match.start()):
            continue  # "during demonstrations marking the anniversary of last year's protests":
            # the date of what the occasion recalls
        if (
            kind == "war"
            and figure_end is not None
            and match.start() >= figure_end
            and _LATEST_OF_RE.search(sentence, figure_end, match.start()) is not None
        ):
            continue  # "killed 11, in the latest attack ... in its year-old conflict": the war
            # the attack is the latest of, no period of the figure
        if kind == "this_year" and _SUPERLATIVE_RE.search(
            sentence, max(0, match.start() - 40), match.start()
        ):
            continue  # "was the deadliest this year, killing 31": a comparison, not a period
        if (
            figure_end is not None
            and match.start() >= figure_end
            and _later_clause(sentence, figure_end, match.start())
        ):
            continue  # "killed 58, bringing the toll since October 2023 to 61,000": the toll's
        if (
            figure_end is not None
            and match.start() >= figure_end
            and _TRUCE_CLAUSE_RE.search(sentence, figure_end, match.start()) is not None
        ):
            continue  # "killed three people on Tuesday despite a ceasefire that took effect
            # almost a year ago": the truce's date, not the deaths'
        if (
            figure_end is not None
            and kind in _PAST_KINDS
            and match.start() >= figure_end
            and _breaks_off(sentence, figure_end, match.end() if kind == "after" else match.start())
        ):
            continue
        if (
            kind == "after"
            and (
                match["fu"].lower() in ("days", "weeks")
                or (
                    match["fu"].lower() in ("week", "fortnight", "month", "months")
                    and _FRONTED_RE.fullmatch(sentence, 0, match.start()) is not None
                )
            )  # "A month after a massacre killed 50 ..., gunmen returned and killed six more"
            and figure_start is not None
            and "," in sentence[match.end() : figure_start]
        ):
            continue  # "Three days after the attack, soldiers found 5 more bodies": news
        amount = _lead_amount(sentence, match) if kind in ("after", "span_of") else None
        start = _period_start(match, pub, amount)
        if kind == "on_date" and (start is None or pub is None or start > pub - HISTORY):
            named = (
                re.match(r"(?:\w+\s+)?the\s", match.group(), re.IGNORECASE) is not None
                and _DATED_EVENT_RE.match(sentence, match.end()) is not None
            )
            before = figure_start is None or match.end() <= figure_start
            if named and start is None and pub is not None and match["ody"] is None:
                # "killed in the October 7 attack" in September: an attack that killed is
                # never to come, so last year's
                start = _last_year_of(match, pub)
            if (
                named
                and pub is None
                and match["ody"] is None
                and (before or _KILLED_IN_THE_RE.search(sentence, 0, match.start()))
                and not _TOLL_RISEN_RE.search(sentence, match.end())
            ):
                # "the April 22 Pahalgam attack, in which 26 were killed": an attack named by
                # its date is a past one; today's would be "Tuesday's attack"
                found = Period(" ".join(match.group().split()), None, True)
                if first.text is None:
                    first = found
                continue
            dated = named and (
                match["ody"] is not None
                or (pub is not None and start is not None and start <= pub - HISTORY)
            )  # "killed in the October 7 attack" in September: last year's attack
            if not dated or start is None or (pub is not None and start > pub - HISTORY):
                continue  # a recent date is the incident's day, not a period
            # "the 7 October 2023 attack, in which ...": a dated event is a past one
        text = match.group() if amount is None else f"{amount} {match.group()}"
        found = Period(" ".join(text.split()), start, _is_past(match, start, pub))
        if start is not None and kind != "after":
            return found  # "the conflict has killed 3,800 since last year": the dated one
        if first.text is None:
            first = found
    if first.text is None:
        for memorial in _MEMORIAL.finditer(sentence):
            if _elsewhere(sentence, memorial, figure_start, figure_end):
                continue
            if _AT_THE_MEMORIAL_RE.search(
                sentence, max(0, memorial.start() - 40), memorial.start()
            ):
                continue  # "a bomb hit mourners returning from memorial services": the scene
            if _DEATH_NOTICE_RE.search(sentence, max(0, memorial.start() - 30), memorial.start()):
                continue  # "the group announced in statements mourning its 'martyrs'": news
            if MOURNS_ITS_FIGHTER_RE.match(sentence, memorial.end() + 1):
                continue  # "mourns the martyrdom of the mujahid ...": a death notice
            return Period(" ".join(memorial.group().split()), None, True)
    return first


_OWN_WHEN_RE = rx(r"\s+(?:[\w’'-]+\s+){0,3}?when\s", re.IGNORECASE)
"""A figure's own "when" clause: "the 87 people killed when troops stormed the palace in
November 2016" dates the figure's incident, not a background one."""


_WHEN_GOES_ON_RE = rx(
    r"[,;]|\b(?:that|which|who|whose|where|after|since|before|built|rebuilt|damaged|repaired|"
    r"destroyed|laid|planted|opened|founded|established)\b",
    re.IGNORECASE,
)


def _breaks_off(sentence: str, figure_end: int, end: int) -> bool:
    """True when a clause that turns to the background starts between a figure and `end`."""
    own = _OWN_WHEN_RE.match(sentence, figure_end)
    if own is not None and _WHEN_GOES_ON_RE.search(sentence, own.end(), end):
        own = None  # "killed when missiles struck a centre that had been rebuilt after a 2022
        # strike": the date is of the centre's story, not the figure's
    for brk in _CLAUSE_BREAK_RE.finditer(sentence, figure_end, end):
        if own is None or brk.start() != own.end() - 5:
            return True
    return False


def _later_clause(sentence: str, start: int, end: int) -> bool:
    """True when a clause ends between `start` and `end` and what follows its last break is not
    a phrase of the figure's own clause going on ("..., in the 1994 genocide")."""
    breaks = [
        b
        for b in _LATER_CLAUSE_RE.finditer(sentence, start, end)
        if sentence.count("(", 0, b.start()) <= sentence.count(")", 0, b.start())
    ]  # a comma inside brackets ends no clause: "(25 killed, 47 injured) during the quarter"
    return bool(breaks) and _GOES_ON_RE.match(sentence, breaks[-1].end()) is None


def _elsewhere(
    sentence: str, match: re.Match[str], figure_start: int | None, figure_end: int | None
) -> bool:
    """True when `match` lies in another clause than the figure's."""
    if figure_end is not None and match.start() >= figure_end:
        return _CLAUSE_BREAK_RE.search(sentence, figure_end, match.end()) is not None
    if figure_start is not None and match.end() <= figure_start:
        return _own_clause(sentence, match.end(), figure_start)
    return False


def _own_clause(sentence: str, period_end: int, figure_start: int) -> bool:
    """True when a clause with a subject of its own starts between a period and a figure:
    also past a fronted clause that told its own dead ("Two years after a bombing killed 59,
    a suicide attack killed 6")."""
    fronted = _FRONTED_DEAD_RE.search(sentence, period_end, figure_start)
    if fronted is not None and period_end < 40:
        return True
    brk = _NEW_CLAUSE_RE.search(sentence, period_end, figure_start)
    return brk is not None and bool(sentence[brk.end() : figure_start].strip(" ,"))


_EVENT_BEFORE_RE = rx(
    r"\b(?:attack|strike|airstrike|bombing|raid|massacre|ambush|assault|shelling|blast|explosion)s?"
    r"\s+(?:(?:in|on|at|near|outside)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+[\w’'-]+){0,2}?\s+)?$",
    re.IGNORECASE,
)


def _is_past(match: re.Match[str], start: datetime | None, pub: datetime | None) -> bool:
    """Whether a period dates a past incident rather than a running or recent toll."""
    kind = match.lastgroup
    if kind in (
        "anniv",
        "ago",
        "decade",
        "last_year",
        "after",
        "on_date",
        "slash_event",
        "prev_week",
    ):
        return True
    if kind == "last_month" and match.group().lower().startswith("last"):
        return _EVENT_BEFORE_RE.search(match.string, 0, match.start()) is not None  # "a rocket
        # attack last month that killed 12": a past month's attack, not a month's count
    if kind in ("year_event", "event_of_year"):
        return pub is None or (start is not None and start < pub - HISTORY)
    if kind in ("in_month", "in_year", "month_event") and start is not None and pub is not None:
        if kind == "in_year":
            end = start.replace(year=start.year + 1)
        else:
            end = (start.replace(day=28) + timedelta(days=4)).replace(day=1)
        return end + HISTORY < pub  # "in July" a week into August is last month's toll
    return False


_FRONTED_RE = rx(
    r"\W*(?:(?:about|nearly|almost|just|barely|more\s+than|less\s+than|over)\s+)?(?:[\w-]+\s+)?",
    re.IGNORECASE,
)
"""Before "month after" or "weeks after" at the head of a sentence: at most its amount."""


def _lead_amount(sentence: str, match: re.Match[str]) -> str | None:
    """The amount written before a unit ("two" of "two years of war"), if any.

    Looked up only after a match, so that the period pattern need not try an optional word
    at every position of every sentence."""
    lead = _LEAD_AMOUNT_RE.search(sentence, max(0, match.start() - 16), match.start())
    if lead is None or _amount(lead["n"]) is None:
        return None
    return lead["n"]


def _period_start(
    match: re.Match[str], pub: datetime | None, lead: str | None = None
) -> datetime | None:
    kind = match.lastgroup
    if kind in ("since_year", "in_year", "decade"):
        return datetime(int(match["sy"] or match["iy"] or match["dy"]), 1, 1, tzinfo=UTC)
    if kind in ("since_month", "in_month", "since_dm", "month_event"):
        name = (match["sm"] or match["im"] or match["dmm"] or match["dms"] or match["mem"]).lower()
        month = MONTHS.get(name) or _SHORT_MONTHS[name[:4] if name == "sept" else name[:3]]
        day = int(match["smd"] or match["dmd"] or 1)
        year_text = match["smy"] or match["imy"] or match["dmy"]
        if year_text is not None:
            return _safe_date(int(year_text), month, day)
        return _last_on_or_before(pub, month, day)
    if kind == "on_date":
        month_text = (match["odm"] or match["odm2"]).lower()
        month = MONTHS.get(month_text) or _SHORT_MONTHS[month_text[:3]]
        day = int(match["odd"] or match["odd2"])
        if match["ody"] is not None:
            return _safe_date(int(match["ody"]), month, day)
        return _last_on_or_before(pub, month, day)
    if kind in ("year_event", "event_of_year"):
        year = int(match["ey"] or match["eoy"])
        named_month = match["em"] or match["eom"]
        month = MONTHS[named_month.lower()] if named_month else 1
        if pub is not None and (year, month) > (pub.year, pub.month):
            return None  # "the 2030 plan": not a date the deaths happened on
        return _safe_date(year, month, 1)
    if pub is None:
        return None
    midnight = pub.replace(hour=0, minute=0, second=0, microsecond=0)
    if kind == "war_span":
        return _before(pub, match["wn"], match["wu"])
    if kind == "since_last":
        if match["rep"]:
            return _before(pub, "three", "months")  # "since my last briefing": a briefing
            # cycle, months
        if match["season"]:
            return _before(pub, "three", "months")  # "since last summer": months at least
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
        unit = match["pu"].lower().rstrip("s")
        if unit == "hour":
            amount = _amount(match["pn"] or "1")
            return pub - timedelta(hours=amount) if amount is not None else None
        return _before(pub, match["pn"] or "a", unit)
    if kind == "ago":
        unit = match["au"].lower().rstrip("s")
        vague = match["an"] is None or match["an"].lower() in _VAGUE
        amount = 1 if vague else _amount(match["an"])
        if amount is None:
            return None
        if unit == "month":
            return _before(pub, str(amount), "month")
        return _before(pub, str(amount * (10 if unit == "decade" else 1)), "year")
    if kind == "after":
        unit = match["fu"].lower().rstrip("s")
        years = _amount(lead or "a") or 1
        if unit in ("month", "week", "day"):
            return _before(pub, str(years), unit)
        if unit == "fortnight":
            return _before(pub, str(years * 2), "week")
        return _before(pub, str(years * (10 if unit == "decade" else 1)), "year")
    if kind == "span_of":
        return _before(pub, lead, match["ou"]) if lead else None
    if kind == "anniv":
        return _before(pub, match["ad"] or "1", "year")
    if kind == "last_year" and match.group().lower().startswith("that"):
        return None  # "that year": a year told before, not known here
    if kind == "last_year":
        return midnight.replace(year=midnight.year - 1, month=1, day=1)
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
    if kind == "since_clause":
        return _clause_start(match, midnight)
    return None


_CLAUSE_WHEN = rx(
    rf"\b(?:(?P<week>(?:earlier\s+)?this\s+week)|(?P<last>last\s+week)|(?P<yesterday>yesterday)"
    rf"|(?P<today>today|this\s+morning|overnight)|(?:on\s+|last\s+)?(?P<day>{_DAY_NAMES}))\b",
    re.IGNORECASE,
)


def _clause_start(match: re.Match[str], midnight: datetime) -> datetime | None:
    """When "since rebels launched an offensive this week" began: the clause's own time word
    ("this week", "on Wednesday", "yesterday"). Without one the start is unknown, and a toll
    since an unnamed beginning is read as a long-run toll."""
    tail = match.string[match.start() : match.end() + 24]
    when = _CLAUSE_WHEN.search(tail)
    if when is None:
        return None
    if when["week"]:
        return midnight - timedelta(days=midnight.weekday())
    if when["last"]:
        return midnight - timedelta(days=midnight.weekday() + 7)
    if when["yesterday"]:
        return midnight - timedelta(days=1)
    if when["today"]:
        return midnight
    back = (midnight.weekday() - WEEKDAYS[when["day"].lower()]) % 7
    return midnight - timedelta(days=back)


def _amount(text: str) -> int | None:
    """A whole number in digits or words ("14", "a", "three", "twenty-four"), else None."""
    lower = text.lower()
    if lower in ("a", "an"):
        return 1
    if lower.isdigit():
        return int(lower)
    parsed = words_to_int(lower)
    return parsed[0] if parsed is not None and parsed[1] == len(lower) else None


def _before(pub: datetime, amount_text: str, unit_text: str) -> datetime | None:
    """`pub` minus "14 months" or "a year": the start of "in 14 months of war"."""
    amount = _amount(amount_text)
    if amount is None:
        return None
    unit = unit_text.lower().rstrip("s")
    if unit in ("day", "week"):
        return pub - timedelta(days=amount * (7 if unit == "week" else 1))
    months = amount * (12 if unit == "year" else 1)
    year, month = divmod(pub.year * 12 + pub.month - 1 - months, 12)
    return _safe_date(year, month + 1, min(pub.day, 28))


_LEAD_DATE_RE = rx(
    rf"""\s*(?:
        (?:[\w’'-]+\s+){{0,3}}?On\s+(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH_NAMES})
          | (?P<m2>{_MONTH_NAMES})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?)\s+(?P<y1>(?:19|20)\d\d)\b
      | (?-i:[A-Z][A-Za-z.’'-]+(?:\s+[A-Z][A-Za-z.’'-]+){{0,3}})
        (?:,\s+[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){{0,2}})?
        ,\s+(?:(?P<m3>{_MONTH_NAMES}|{_MONTH_SHORT})\.?\s+(?P<d3>\d{{1,2}})
          | (?P<d4>\d{{1,2}})\s+(?P<m4>{_MONTH_NAMES}|{_MONTH_SHORT})\.?)
        (?:,?\s+(?P<y2>(?:19|20)\d\d))?\s*(?:[-–—:]|\(\w+\)\s*[-–—])
    )""",
    re.IGNORECASE | re.VERBOSE,
)
"""The day a text's first words give its news: an event note's "On 11 May 2024, ..." or a
dateline's "JAMMU, Dec 15 -" (its year from publication)."""


def reference_date(text: str, published: datetime | None) -> datetime | None:
    """The day a text's dates are read against: the day its first words give, when they give
    one and it is not weeks before publication; else publication.

    An event note ("On 11 May 2024, residents held a memorial for the 87 killed in November
    2016") dates its news in its first words, and the dead of a month years before that day
    are history even when the note's publication time is unknown. A lead day weeks before
    publication is itself history, and publication stays the reference, so that a note's own
    old incident is still read as past.
    """
    match = _LEAD_DATE_RE.match(text)
    if match is None:
        return published
    pub = published.astimezone(UTC) if published is not None else None
    name = (match["m1"] or match["m2"] or match["m3"] or match["m4"]).lower()
    month = MONTHS.get(name) or _SHORT_MONTHS.get(name[:4] if name == "sept" else name[:3])
    day = int(match["d1"] or match["d2"] or match["d3"] or match["d4"])
    year = match["y1"] or match["y2"]
    if month is None:
        return published
    if year is not None:
        lead = _safe_date(int(year), month, day)
    else:
        lead = _last_on_or_before(pub + timedelta(days=1) if pub else None, month, day)
    if lead is None or (pub is not None and not pub - HISTORY <= lead <= pub + timedelta(days=1)):
        return published
    return lead + timedelta(hours=23, minutes=59)


def _last_year_of(match: re.Match[str], pub: datetime) -> datetime | None:
    """A yearless "the October 7 attack" on the last year's day when this year's is to come."""
    month_text = (match["odm"] or match["odm2"]).lower()
    month = MONTHS.get(month_text) or _SHORT_MONTHS[month_text[:3]]
    day = int(match["odd"] or match["odd2"])
    start = _safe_date(pub.year, month, day)
    if start is not None and start > pub:
        start = _safe_date(pub.year - 1, month, day)
    return start


_KILLED_IN_THE_RE = rx(r"\b(?:killed|died|dead|slain)\s+$", re.IGNORECASE)
"""The dead of a named dated event told just before its name ("killed in the Oct. 7 attack")."""


def _last_on_or_before(pub: datetime | None, month: int, day: int) -> datetime | None:
    """A yearless "since March 3": the latest such day not after publication, else None.

    A date weeks later in the year than `pub` is last year's, one a few weeks later is to come
    (no start); with no publication time the year is unknowable, so there is no start.
    """
    if pub is None:
        return None
    start = _safe_date(pub.year, month, day)
    if start is not None and start > pub:
        if start - pub <= _AHEAD:
            return None  # "ahead of the 30 October elections" early in October: to come
        start = _safe_date(pub.year - 1, month, day)
    return start


_AHEAD = timedelta(days=45)
"""A yearless day this little after publication is a day to come, not last year's."""


def _safe_date(year: int, month: int, day: int) -> datetime | None:
    try:
        return datetime(year, month, day, tzinfo=UTC)
    except ValueError:
        return None


_INCIDENT_RE = rx(
    r"\b(?:strikes?|airstrikes?|attacks?|raids?|bombings?|shelling|ambush|massacre|assault|"
    r"explosion|blast|offensive|shooting)\b",
    re.IGNORECASE,
)
_RECENT_RE = rx(
    rf"\b(?:today|tonight|yesterday|overnight|this\s+(?:morning|afternoon|evening|week)|"
    rf"earlier|latest|new|fresh|{_DAY_NAMES})\b",
    re.IGNORECASE,
)
_COMPARING_RE = rx(
    r"\b(?:after|since|before|like|similar|previous|earlier|last|another|ago|also|deadliest|"
    r"worst|bloodiest|largest|biggest|most)\b",
    re.IGNORECASE,
)
"""A sentence that compares the news with another incident dates that other incident."""
_COMPARING = Gate(_COMPARING_RE)
_INCIDENT = Gate(_INCIDENT_RE)
_RECENT = Gate(_RECENT_RE)


def background_period(sentence: str, published: datetime | None) -> Period | None:
    """The past date of the incident a text tells of, written in a sentence with no figure:
    "February strike shows the risks…" under a headline "Strike tied to deaths of six
    hostages". None when the date is recent, or the sentence compares it with another."""
    if published is None or _COMPARING.search(sentence):
        return None
    for match in period_matches(sentence):
        if match.lastgroup not in ("month_event", "on_date", "year_event"):
            continue
        period = read_period(sentence[match.start() :], published)
        if period.past:
            return period
    return None


def is_dated_elsewhere(sentence: str) -> bool:
    """True when a figure's sentence names an incident but not when it happened, so that a
    date written in another sentence of the text can be the incident's."""
    return _INCIDENT.search(sentence) is not None and _RECENT.search(sentence) is None


_LONG_RUN_RE = rx(
    r"\b(?:war|conflict|fighting|offensive|since\s+(?:the\s+)?(?:start|beginning)|"
    rf"{SINCE_LAST_REPORT}|"
    r"(?:deadliest|bloodiest|worst)\s+month|weekly\s+(?:toll|tally|count|figures?|statement|aggregate|"
    r"total)|monthly|quarterly|annual|(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\s*[–—-]\s*(?:january|february|march|april|may|june|"
    r"july|august|september|october|november|december)|between\s+(?:january|"
    r"february|march|april|may|june|july|august|september|october|november|december)\b|"
    r"since\s+[a-z]+\s+\d{4}|since\s+(?:19|20)\d\d|since\s+1(?:st)?\s+(?:of\s+)?jan(?:uary|\.)?(?!\w)|since\s+(?:(?:mid|early|late)[\s-])?(?:january|february|march|april|"
    r"may|june|july|august|september|october|november|december)|since\s+\d{1,2}(?:st|nd|rd|th)?\s+"
    r"(?:of\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)|(?:in|during)\s+(?:(?:early|mid|late)[\s-])?(?:january|february|"
    r"march|april|may|june|july|august|september|october|november|december)|last\s+month|"
    r"this\s+month|this\s+year|last\s+year|(?:in|during)\s+the\s+month\s+of|"
    r"(?:for|in)\s+(?:the\s+month|january|february|march|"
    r"april|may|june|july|august|september|october|november|december)\s+so\s+far|year[\s-]to[\s-]date|"
    r"recent\s+(?:weeks|months|years)|(?:past|last)\s+(?:month|year|(?:two|three|four|five|six|"
    r"several|few|\d+)\s+(?:weeks|months|years))|since\s+(?:last\s+|the\s+)(?:summer|winter|spring|"
    r"autumn|fall)|began|launched|started|invaded|invasion|genocide|"
    rf"(?:{_TOOK}|erupted|broke\s+out|escalated|attacked)\b"
    r"[^,;]{0,40}?\b(?:on|in)\s+(?:(?:early|mid|late)\b|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|"
    r"overall|total|cumulative|hostilities|campaign|bombardment|violence|(?:19|20)\d\d|ago|"
    r"anniversary|years?|decades?|(?:days|weeks|months)\s+of|commemorat\w+|memorial|"
    r"remembrance|remember\w*|memory|tribute|recall\w*|mark\w*|earlier\s+report|as\s+of|"
    r"full[\s-]scale|aggression|quarter|half|running\s+(?:count|toll|total|tally)|for\s+the\s+"
    r"(?:month|year)|since\s+the\s+(?:truce|ceasefire|cease-fire)\s+(?:took|came|was)|"
    r"since\s+the\s+(?:[\w-]+\s+){0,2}?(?:vote|election|elections|polls|"
    r"coup|uprising|revolution|accord|agreement|peace\s+deal|takeover)|since\s+(?:the\s+)?"
    r"(?:signing|signature))\b",
    re.IGNORECASE,
)
_MONTH_ABBR = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_PAST_DATE_RE = rx(
    rf"^(?:(?:in|on|during|of)\s+(?:the\s+)?|the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"(?:{_MONTH_ABBR})|(?:{_MONTH_ABBR})[a-z]*\.?\s*\d)",
    re.IGNORECASE,
)
"""A day named as a period ("on October 7", "in the Oct. 7"): the extractor keeps such a date
as a period only when it lies weeks before publication, so the figure is a past incident's."""


def is_long_period(period: str) -> bool:
    """A period phrase, as the extractor kept it, that makes a toll long-run or a past
    incident's: weeks of war ("since the war began", "in 2023", "over months of fighting") or
    a day named weeks before publication ("on October 7"). A few days of fighting ("five
    days of fighting for the city") are a running toll of one battle, not a war's."""
    few = _FEW_DAYS_RE.match(period)
    if few is not None and (_amount(few["n"]) or 99) <= SHORT_SPAN_DAYS:
        return False
    if began_this_week(period, period):
        return False  # "in fighting that began on Tuesday": one battle's running toll
    span = _BETWEEN_DAYS_RE.match(period)
    if span is not None:  # "between 1 January and 30 June": long when it spans weeks
        months = [m.lower()[:3] for m in (span["m1"], span["m2"])]
        first, last = (_MONTH_ABBR.split("|").index(m) for m in months)
        days = ((last - first) % 12) * 30 + int(span["d2"]) - int(span["d1"])
        return days > 2 * SHORT_SPAN_DAYS
    return bool(_LONG_RUN_RE.search(period) or _PAST_DATE_RE.match(period))


_BETWEEN_DAYS_RE = rx(
    rf"between\s+(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH_NAMES})\s+and\s+(?P<d2>\d{{1,2}})\s+"
    rf"(?P<m2>{_MONTH_NAMES})$",
    re.IGNORECASE,
)


def began_this_week(period: str, sentence: str) -> bool:
    """A period of fighting that "began on Tuesday" (or yesterday, this week): a battle's."""
    return (
        "began" in period or "started" in period or "erupted" in period or "broke" in period
    ) and _BEGAN_THIS_WEEK_RE.search(sentence) is not None


SHORT_SPAN_DAYS = 7
_BEGAN_THIS_WEEK_RE = rx(
    r"\b(?:began|started|erupted|broke\s+out)\s+(?:on\s+|early\s+(?:on\s+)?|late\s+(?:on\s+)?)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last\s+night|overnight|"
    r"this\s+week|today|this\s+morning)\b",
    re.IGNORECASE,
)
_FEW_DAYS_RE = rx(
    r"(?:(?:in|over|during|within|after|across)\s+)?(?P<n>[\w-]+)\s+days\s+of\s+(?:[\w’'-]+\s+){0,2}?[\w-]+$",
    re.IGNORECASE,
)


_DAY_RE = rx(
    rf"\b[Oo]n\s+(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?\s+"
    rf"(?P<m>{_MONTH_NAMES}|{_MONTH_SHORT})\b\.?|(?P<m2>{_MONTH_NAMES}|{_MONTH_SHORT})\.?\s+"
    rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b|(?P<wd>{_DAY_NAMES})\b)",
    re.IGNORECASE,
)


_SAID_BEFORE_RE = rx(
    r"\b(?:said|says|announced|reported|confirmed|stated|added|told\s+(?:\w+\s+){0,3}?)\s*$",
    re.IGNORECASE,
)
_THAT_AFTER_RE = rx(r"\s+that\b")
"""A statement's day, no incident's: "Hezbollah said on Saturday that two of its fighters were
killed" (after the figure, "..., officials said on Friday" is the best day the text gives)."""


_TELLING_BETWEEN_RE = rx(
    r",\s+(?:[\w’'-]+\s+){0,6}?(?:said|says|claimed|claims|announced|reported|told|stated|added)\b",
    re.IGNORECASE,
)


_VISIT_BEFORE_RE = rx(
    r"\b(?:who|which)\s+(?:had\s+|has\s+)?(?:visited|toured|arrived|travell?ed|went|met|flew|"
    r"spoke|addressed)\b[^,;.]{0,40}$",
    re.IGNORECASE,
)


def incident_day(sentence: str, at: int) -> str | None:
    """The day a figure at `at` is dated to in its sentence ("fighting near Minova on 3 Feb
    killed 11"): the last "on <day>" before it, else the first after it in its clause;
    normalised ("3 feb", "tuesday")."""
    before = None
    for match in _DAY_RE.finditer(sentence, 0, at):
        if _VISIT_BEFORE_RE.search(sentence, max(0, match.start() - 60), match.start()):
            continue  # "Borno governor Babagana Zulum, who visited the area on Sunday, said 37
            # people were killed": the day of the visit, not of the deaths
        if not (
            _SAID_BEFORE_RE.search(sentence, max(0, match.start() - 30), match.start())
            and _THAT_AFTER_RE.match(sentence, match.end())
        ):
            before = match
    if before is None:
        clause = sentence.find(";", at)
        before = _DAY_RE.search(sentence, at, clause if clause >= 0 else len(sentence))
        if before is not None and _TELLING_BETWEEN_RE.search(sentence, at, before.start()):
            return None  # "killed 11 Christians ..., the group claimed on its Telegram channels
            # on Monday": the day of the telling, not of the deaths
    if before is None:
        return None
    if before["wd"]:
        return before["wd"].lower()
    day = before["d"] or before["d2"]
    month = (before["m"] or before["m2"]).lower()[:3]
    return f"{int(day)} {month}"

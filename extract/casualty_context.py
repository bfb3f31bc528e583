"""The scope around a casualty number: who reports it, over what period, and whether it is news.

A bare "19 killed" is not quotable; "19 killed over the past 24 hours, the health ministry
said" is. These functions read a figure's sentence for attribution, the perpetrator, update
language, and the difference between war deaths and a boat capsizing; the period a toll covers
is read by `extract.casualty_periods`.
"""

from __future__ import annotations

import re

from extract.casualty_lexicon import (
    ACCIDENT_SITE_RE,
    ANIMAL_RE,
    BLAST_RE,
    CONFLICT_RE,
    CRIME_RE,
    CRIMEISH_RE,
    CROWD_RE,
    DISASTER_RE,
    JUDICIAL_RE,
    NON_CONFLICT_RE,
    PRIVATE_CRIME_RE,
    PRIVATE_VIOLENCE_RE,
    STATISTIC_RE,
    WAR_CONTEXT_RE,
    WEAK_VIOLENCE_RE,
    word_set,
)
from extract.countries import country_table
from extract.gazetteer import Place, gazetteer
from extract.model import SourceKind
from extract.numbers import find_numbers
from extract.pattern_cache import rx
from extract.prefilter import Gate

# The word lists as gates: each finds what its pattern finds, where the words begin.
_ACCIDENT_SITE = Gate(ACCIDENT_SITE_RE)
_BLAST = Gate(BLAST_RE)
_CONFLICT = Gate(CONFLICT_RE)
_CROWD = Gate(CROWD_RE)
_DISASTER = Gate(DISASTER_RE)
_JUDICIAL = Gate(JUDICIAL_RE)
_WAR_CONTEXT = Gate(WAR_CONTEXT_RE)
_CRIME = Gate(
    CRIME_RE,
    common={"a": ("suspect",), "the": ("suspect",), "on": ("trial",), "not": ("guilty",)},
)
_NON_CONFLICT = Gate(NON_CONFLICT_RE, common=dict.fromkeys(("a", "an", "the"), ("fire", "storm")))
_STATISTIC = Gate(STATISTIC_RE, common={"a": ("year", "day")})
_NO_LINK_RE = rx(
    r"\b(?:no|not\s+any)\s+(?:link|links|connection|relation)\s+(?:to|with)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:fighting|conflict|war|violence|insurgency|unrest|clashes|attacks?|"
    r"militants?)"
    r"|\bno\s+(?:hostile|enemy|combat)\s+(?:action|activity|fire)"
    r"|\bnot\s+(?:the\s+|a\s+)?(?:result\s+of|caused\s+by|due\s+to)\s+(?:any\s+)?(?:hostile|enemy)\s+"
    r"(?:action|activity|fire|attack)"
    r"|\bnot\s+(?:a\s+)?conflict(?:[\s-]related)?\s+(?:event|incident|death)"
    r"|\bunrelated\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:conflict|war|fighting|insurgency)"
    r"|\b(?:ruled?|ruling)\s+out\s+(?:any\s+|the\s+)?(?:link|links|connection|involvement)\s+"
    r"(?:to|with|of)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:militants?|militant\s+groups|insurgents?|rebels?|jihadists?|"
    r"terrorists?|armed\s+groups?|the\s+conflict)"
    r"|\b(?:ruled?|ruling)\s+out\s+(?:an?\s+|any\s+)?(?:(?:drone|missile|rocket|air|artillery|"
    r"mortar)\s+(?:or\s+)?){1,3}(?:strike|attack)s?\b"
    r"|\band\s+not\s+(?:by\s+)?(?:an?\s+)?(?:improvised\s+explosive\s+device|IED|bomb|explosive\s+device|"
    r"(?:bomb|terror(?:ist)?)\s+attack)\b"
    r"|\bno\s+shots\s+were\s+fired|\bnot\s+conflict[\s-]related|\bnon[\s-]conflict\b"
    r"|\b(?:was|is|were)\s+not\s+(?:an?\s+)?(?:act\s+of\s+terror(?:ism)?|terrorist\s+act|"
    r"(?:bomb|terror(?:ist)?)\s+attack|sabotage)\b"
    r"|\bcaused\s+by\s+(?:an?\s+|the\s+)?(?:(?:leaking\s+|faulty\s+)?gas\s+(?:cylinder|leak|"
    r"canister)|short[\s-]circuit|electrical\s+fault|(?:a\s+)?technical\s+(?:fault|failure|"
    r"malfunction))"
    r"|\band\s+not\s+by\s+(?:an?\s+)?(?:attack|strike|sabotage|shelling|enemy\s+fire)\b"
    r"|\b(?:whether\s+the\s+death\s+was|versions?\s+(?:being\s+)?(?:examined|considered|"
    r"investigated)\s+(?:is|are|include)|(?:investigat\w+|examin\w+|treat\w+)\s+(?:it|the\s+"
    r"death|the\s+case)?\s*as)\s+(?:a\s+|possible\s+|an\s+apparent\s+)?suicide\b"
    r"|\b(?:described|characteri[sz]ed|treated|investigated|called)\s+as\s+(?:a\s+)?criminal\s+"
    r"(?:dispute|feud|matter|quarrel)\b"
    r"|\b(?:violation\s+of\s+(?:the\s+)?rules\s+(?:for|of)\s+handling\s+(?:weapons|firearms)|"
    r"careless\s+handling\s+of\s+(?:a\s+)?(?:weapons?|firearms?)|accidental\s+discharge)\b"
    r"|\b(?:blast|explosion|fire|leak|cylinder|accident|short[\s-]circuit|collapse|crash\w*)\b"
    r"[^.;]{0,100}?"
    r"\b(?:ruled?|ruling)\s+out\s+(?:any\s+|an\s+|the\s+possibility\s+of\s+(?:an?\s+)?)?(?:attack|"
    r"sabotage|foul\s+play|terroris[mt]|militant\s+attack|act\s+of\s+terror)\b"
    r"(?!\s+(?:on|by|against|from)\b)"
    r"|\bno\s+(?:(?:indication|evidence|sign)\s+of\s+(?:an?\s+|any\s+)?)?(?:political|terrorist|"
    r"ideological)\s+(?:or\s+(?:political|terrorist|ideological)\s+)?motive"
    r"|\bnot\s+(?:terror(?:ism)?|terrorist)[\s-]related|\bcoded\s+as\s+(?:criminal|crime)\b"
    r"|\bno\s+(?:signs?|evidence|indication)\s+of\s+(?:an?\s+)?(?:attack|shelling|strike|"
    r"sabotage|arson|foul\s+play)\b(?!\s+(?:on|by|against|from)\b)"
    r"|\bnot\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:militants|insurgents|rebels|jihadists|"
    r"fighters|terrorists|gunmen)\s+as\b"
    r"|\b(?:ruled?|ruling)\s+out\s+(?:any\s+)?(?:insurgent|militant|rebel|terrorist|jihadist|enemy)\s+"
    r"(?:involvement|role|link|links|attack)\b(?!\s+(?:on|by|against|from)\b)"
    r"|\bno\s+(?:indication|evidence|sign)s?\s+of\s+(?:any\s+)?(?:hostile|enemy)\s+(?:fire|action|"
    r"activity)\b"
    r"|\b(?:ruled?|ruling)\s+out\s+(?:any\s+)?(?:(?:an?\s+)?attack|sabotage)\s+or\s+(?:an?\s+)?"
    r"(?:attack|sabotage)\b"
    r"|\bnot\s+(?:the\s+|a\s+)?(?:result\s+of|caused\s+by|due\s+to)\s+(?:an?\s+)?external\s+"
    r"(?:impact|influence|interference)\b",
    re.IGNORECASE,
)
"""The deaths are said not to be violence of the conflict: "no hostile action was involved",
"had no link to cartel fighting", "no indication of a political or terrorist motive", "coded
as criminal", "ruled out insurgent involvement", "no indication of hostile fire", "ruled out
any attack or sabotage", "not the result of external impact"."""
_NO_LINK = Gate(_NO_LINK_RE)
_ANIMAL = Gate(ANIMAL_RE)

_NAME = r"[\w’'.&-]+"
_PHRASE = rf"(?:{_NAME}\s+){{0,7}}?{_NAME}"

_ACCORDING_RE = rx(
    rf"\b(?i:according)\s+to\s+(?P<src>{_PHRASE})(?=\s*(?:[,.;:()]|$|\s+citing\b|"
    r"\s+(?:that|which|who|whose)\s))"
)
_SAYS_RE = rx(
    rf"(?:^(?:(?:\([^()]{{1,60}}\)|\[[^\[\]]{{1,60}}\])\s*)?|[,;:“\"‘(]\s*|[,.!?]['’”]\s*|\s[–—-]\s+|\bas\s+)"
    r"(?:\d{1,2}[:.]\d{2}\s+(?=(?-i:[A-Z])))?"  # a live line's time: "10:50 The network says"
    rf"(?P<src>{_PHRASE})\s+"
    r"(?:has\s+|have\s+|had\s+)?"
    r"(?i:said|says|say|reported|reports|report|announced|announces|claims|claimed|claim|"
    r"insisted|insists|maintained|countered|"
    r"confirmed|confirms|stated|states|added|told|counted|listed|recorded|documented|verified|wrote|"
    r"writes|posted|posts|estimated|estimates|admit(?:ted|s)(?!\s+(?:to|into|at)\b)|acknowledged|"
    r"acknowledges|"
    r"(?:spoke|speak|speaks|talked|told)\s+of|(?:put|puts)\s+the\s+(?:day[’']s\s+|week[’']s\s+|"
    r"(?-i:[a-z])[\w-]*s[’']\s+)?(?:death\s+|civilian\s+|confirmed\s+|"
    r"official\s+|provisional\s+)?(?:toll|"
    r"number|figure|dead)|(?:gave|gives)\s+(?:a|the)\s+(?:provisional\s+|preliminary\s+|new\s+|"
    r"first\s+|death\s+){0,2}(?:toll|figure|number))\b"
    r"(?!\s+(?:killed|dead|wounded|injured|hurt|missing|abducted|kidnapped))"
)
_INVERTED_RE = rx(
    rf"[,“\"]\s*(?:said|says|reported|reports|according\s+to)\s+(?P<src>{_PHRASE})\s*[.!]?\s*$"
)
_TRAILING_RE = rx(rf":\s*(?P<src>{_PHRASE})\s*[.!]?\s*$")
_CITING_RE = rx(rf"\bciting\s+(?P<src>{_PHRASE})(?=\s*(?:[,.;:)]|$))")
_PRONOUNS = word_set("it they he she we i who which this that there officials say")
_LEADING_DET_RE = rx(r"^(?:the|a|an|its|their)\s+", re.IGNORECASE)

_CANONICAL: tuple[tuple[re.Pattern[str], str], ...] = (
    (rx(r"syrian\s+observatory|\bsohr\b", re.I), "SOHR"),
    (rx(r"\bairwars\b", re.I), "Airwars"),
    (rx(r"\bacled\b", re.I), "ACLED"),
    (rx(r"\bocha\b|office\s+for\s+the\s+coordination", re.I), "OCHA"),
    (rx(r"doctors\s+without\s+borders|\bmsf\b", re.I), "MSF"),
    (rx(r"international\s+committee\s+of\s+the\s+red\s+cross|\bicrc\b", re.I), "ICRC"),
)
_KINDS: tuple[tuple[re.Pattern[str], SourceKind], ...] = (
    (
        rx(
            r"\b(?:sohr|observatory|airwars|acled|ucdp|ocha|monitor\w*|human\s+rights|"
            r"amnesty|iraq\s+body\s+count|documentation|civil\s+society|rights\s+(?:group|"
            r"organi[sz]ation|activists?|defenders?)|watchdog|activists?|ngos?|"
            r"non-governmental)\b",
            re.I,
        ),
        "monitor",
    ),
    (
        rx(
            r"\b(?:un|united\s+nations|unicef|who|world\s+health|unrwa|unhcr|ohchr|unmiss|monusco|"
            r"wfp|red\s+cross|"
            r"red\s+crescent|icrc|msf|doctors\s+without\s+borders|save\s+the\s+children|"
            r"oxfam|charity|charities|rescue\w*|rescuers|emergency|first\s+responders?|"
            r"paramedics?|medics?|ambulance|white\s+helmets|relief|aid\s+(?:group|agency|"
            r"organi[sz]ation)|humanitarian|volunteers?|doctors?|nurses?|medical)\b",
            re.I,
        ),
        "agency",
    ),
    (
        rx(
            r"\b(?:news\s+agency|media|tv|television|newspaper|broadcaster|wafa|nna|reuters|"
            r"afp|ap|associated\s+press|al\s+jazeera|bbc|cnn|isna|irna|mehr|tasnim|sana|"
            r"anadolu|correspondent|reporter|colleagues|journalists?)\b",
            re.I,
        ),
        "media",
    ),
    (
        rx(
            r"\b(?:ministry|minister|mo[hd]|officials?|government|governor|authorit\w+|police|"
            r"civil\s+defen[cs]e|presidency|president|mayor|spokes\w+|white\s+house|"
            r"pentagon|state\s+department|kremlin|hospital\w*|health\s+\w+|commissioners?|"
            r"administrators?|prefects?|district\s+(?:chief|head))\b",
            re.I,
        ),
        "government",
    ),
    (
        rx(
            r"\b(?:army|military|idf|forces|hamas|hezbollah|houthis?|rsf|rapid\s+support|"
            r"taliban|rebels?|group|militia\w*|isis|isil|islamic\s+state|hts|sdf|fighters|"
            r"brigades?|militants?|insurgents?|jihadists?|al-shabab|boko\s+haram|wagner)\b",
            re.I,
        ),
        "party",
    ),
)


_EDITORIAL_LABEL_RE = rx(
    r"\s*(?:HEADLINE|HEADLINES|STANDFIRST|SUMMARY|LEAD|LEDE|DEK|SUBHEAD|SUBHEADLINE|BODY|TEXT|"
    r"TITLE|KICKER|CAPTION|BREAKING|UPDATE|UPDATED|FLASH|URGENT|EXCERPT)\s*"
)
"""A desk's label before a line ("HEADLINE:", "STANDFIRST:"): what the line is, not who said it."""


def source_of(
    sentence: str, figure_start: int = 0, figure_end: int | None = None
) -> tuple[str | None, SourceKind | None]:
    """Who reports the figure at [figure_start, figure_end), canonical where known, and of
    what kind.

    A speaker whose verb takes a clause of its own that the figure is not in ("… kill dozens
    as a Hamas official says talks resume") said something else: the figure has no source
    from that speaker.
    """
    end = len(sentence) if figure_end is None else figure_end
    if "(" in sentence:  # "The Islamic State West Africa Province (ISWAP) said"
        sentence = _NAME_ACRONYM_RE.sub(lambda m: " " * len(m.group()), sentence)
    if "," in sentence:  # ", speaking on condition of anonymity,": blanked, offsets kept
        sentence = _ASIDE_RE.sub(lambda m: " " * len(m.group()), sentence)
        sentence = _APPOSITION_RE.sub(lambda m: " " * len(m.group()), sentence)
        sentence = _NAMED_APPOSITION_RE.sub(
            lambda m: m.group("name") + " " * (len(m.group()) - len(m.group("name"))), sentence
        )
        sentence = _TITLE_NAMED_RE.sub(
            lambda m: m.group("title") + " " * (len(m.group()) - len(m.group("title"))), sentence
        )
    if "ospital" in sentence or "linic" in sentence or "orgue" in sentence or "ealth " in sentence:
        sentence = _SOURCE_SITE_RE.sub(
            lambda m: m.group("who") + " " * (len(m.group()) - len(m.group("who"))), sentence
        )  # "A medical source at one of the city's remaining hospitals said": the source
    if " that " in sentence or " which " in sentence or " who " in sentence:
        sentence = _SOURCE_RELATIVE_RE.sub(
            lambda m: " " * len(m.group()), sentence
        )  # the title's own phrase after "for", "of", ... is blanked too: "the army spokesperson
        # for the Sokola 1 operations in the area, Capt. A. M., put the toll at 18"
    clause = sentence.rfind(";", 0, figure_start) + 1  # "NEMA: 85 dead; Amnesty: 120 killed"
    lead = _LEADING_SOURCE_RE.match(sentence, clause) if clause else None
    if lead is None:
        stamp = LINE_STAMP_RE.match(sentence) if sentence[:1].isdigit() else None
        # "07:30 Israeli military: a soldier was killed": the line's source after its time
        lead = _LEADING_SOURCE_RE.match(sentence, stamp.end() if stamp is not None else 0)
    if lead is not None and (_dateline(lead["src"]) or _EDITORIAL_LABEL_RE.fullmatch(lead["src"])):
        lead = None  # "KARACHI: Two suspected robbers were shot dead": where, not who; nor
        # "HEADLINE: Armenia says ...", a desk's label of the line
    if lead is not None and lead.end() <= figure_start:
        name = _clean_source(lead["src"])
        named_source = source_kind(name) is not None if name is not None else False
        if name is not None and (named_source or _ACRONYM.fullmatch(name) or _SOURCES.search(name)):
            return _canonical(name), source_kind(name)
    put = _PUT_AT_SOURCE_RE.search(sentence, max(0, figure_start - 160), end)
    if (
        put is not None
        and put.end() + 1 >= figure_start  # "put its losses at two killed": the count next
        and (name := _clean_source(put["src"])) is not None
    ):
        return _canonical(name), source_kind(name)  # "District officials said 54 were killed
        # and hospital sources put the toll at 63": the 63 are the hospital sources'
    for pattern in (_ACCORDING_RE, _INVERTED_RE, _SAYS_RE, _TRAILING_RE, _CITING_RE):
        found = list(pattern.finditer(sentence))
        if pattern is _SAYS_RE and len(found) > 1:
            # "Survivors estimated that around 200 were killed, while HRW documented at least
            # 39 deaths": of two speakers before a figure, the nearer one told it
            before = [m for m in found if m.start() < figure_start]
            found = [*reversed(before), *(m for m in found if m.start() >= figure_start)]
        for match in found:
            if (
                pattern is _SAYS_RE
                and end <= match.start()
                and _says_other(sentence, match)
                and not _QUOTED_BEFORE_RE.search(sentence, end, match.start("src"))
            ):
                continue  # not "'We buried 14 people,' one resident said, adding that ...": the
                # quote is the speaker's
            if pattern in (_SAYS_RE, _ACCORDING_RE) and clause and match.end() <= clause:
                continue  # "Residents spoke of dozens dead; the prosecutor's team recovered 6",
                # "killed 9, according to local authorities; another source reported 15"
            if pattern is _TRAILING_RE and match.start("src") <= figure_start:
                continue  # "El Obeid: shelling kills 11 in besieged city": the news, no source
            name = _clean_source(match["src"])
            if name is not None:
                return _canonical(name), source_kind(name)
    if _BACK_REFERENCE_RE.search(sentence) or _COUNTED_RE.search(sentence, 0, figure_start + 1):
        subject = _SUBJECT_SOURCE_RE.match(sentence)
        name = _clean_source(subject["src"]) if subject is not None else None
        if name is not None and source_kind(name) is not None:
            return _canonical(name), source_kind(name)
    return None, None


_PUT_AT_SOURCE_RE = rx(
    rf"(?:,\s*|;\s*|\b(?i:and|while|whereas|but)\s+)(?P<src>{_PHRASE})(?<!\shad)(?<!\shas)(?<!\shave)\s+"
    r"(?i:put|puts|placed|places)\s+"
    r"(?i:the|its|their)\s+(?i:(?:death|casualty|provisional|own)\s+)?(?i:toll|figure|number|"
    r"losses|casualties|dead)\s+"
    r"(?i:at)\b"
)
"""A second speaker in the sentence who puts the toll at the figure that follows."""


def _dateline(head: str) -> bool:
    """A place in capitals before a colon ("KARACHI:", "MAIDUGURI, Nigeria:"): a dateline."""
    first = head.split(",")[0].strip()
    if not first.isupper() or len(first) < 4:
        return False
    name = first.title()
    if country_table().canonical(name) is not None:
        return True
    # a city a dateline would name: one of ours or a large one ("NEMA:" is the agency, though
    # Néma is a town; "SANA:" the news agency)
    return any(
        isinstance(p, Place) and (p.bundled or p.population >= 100_000)
        for p in gazetteer().index.get(name)
    )


_QUOTED_BEFORE_RE = rx(r"[,.!?]['’”\"]\s*$")
_BACK_REFERENCE_RE = rx(
    r"\b(?:it|they)\s+(?:said|says|added|claimed|stated)\b|,\s+saying\b", re.IGNORECASE
)
_COUNTED_RE = rx(r"\b(?:counted|listed|recorded|documented)\b")
_SUBJECT_SOURCE_RE = rx(
    rf"\s*(?:[^,;:]{{1,40}},\s*|(?:[\w-]+\s+){{1,3}}(?i:later|earlier)\s+)?(?P<src>(?:{_NAME}\s+){{0,11}}?{_NAME})\s+(?:has\s+|had\s+|"
    r"(?:on|late\s+on|early\s+on)\s+\w+\s+)?(?i:gave|said|says|acknowledged|admitted|disputed|"
    r"dismissed|refuted|contested|"
    r"issued|published|released|put|reported|announced|denied|rejected|claimed|told|"
    r"confirmed|stated|counted|listed|recorded|documented)\b"
)
"""The subject of a sentence whose figure "it said" or that spoke ", saying": "The ISPR gave
a different account: four soldiers were martyred, it said"."""


LINE_STAMP_RE = rx(
    r"\W*(?:(?-i:[A-Z])[\w’'-]*(?:\s+[\w’'-]+){0,4}?\s+(?-i:live|LIVE)\s*[—–:-]\s*(?=\d)"
    r"|[^|\n]{0,40}?\blive\b[^|\n]{0,40}?\|\s*(?=\d))?"
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?\s+(?=\d))?"
    r"(?:(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|Update(?:\s+\d+)?(?:\s*\(\d{1,2}[:.]\d{2}\))?"
    r"(?:\s+\d{1,2}[:.]\d{2})?|(?:Morning|Afternoon|Evening|Midday|Night)(?:\s+update)?)\s*"
    r"(?:[—–-]|:)\s*|(?:[01]?\d|2[0-3]):[0-5]\d\s*(?:[ap]\.?m\.?\s*)?[\])]?\s(?=(?-i:[A-Z])))",
    re.IGNORECASE,
)
"""The time stamp of a live page's line ("2:10pm —", "Update 2 (12:40):", "Evening:", "07:30 "
or "[09:00] " before a capital, "Mon 09:00 —"), also after the page's head ("LIVE | 12:10 -",
"Live: Israel-Gaza | 10:20 -")."""
LINE_HEAD_RE = rx(
    r"(?P<place>(?-i:[A-Z])[\w’'-]+(?:\s+(?:(?-i:[A-Z])[\w’'-]+|(?-i:a[lnrsdtz]|e[lnrsdtz]|"
    r"ash|ul|ur)-[\w’'-]+|(?-i:de|del|da|do|du|la|le|bin|ibn)\s+(?-i:[A-Z])[\w’'-]+)){0,2}?)"
    r"\s*:\s"
)
"""The name heading a live page's line after its stamp ("09:05 Kyiv: ...", "07:30 Deir
al-Balah: ..."): a place, or a source the caller tells apart."""
_LEADING_SOURCE_RE = rx(
    rf"\s*(?!(?:Among|Including|During|In|On|At|After|Before|Since|Between|Of)\b)"
    r"(?!(?i:correction|corrected|update|updated|breaking|latest|urgent|flash|alert|live|"
    r"clarification|editor['’]?s\s+note)\b)"
    rf"(?P<src>(?:{_NAME}\s+){{0,4}}?{_NAME})"
    r"(?:,\s+(?:\d{1,2}\s+(?-i:[A-Z])[a-z]{2,8}|(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2}))?"
    r"(?:\s*\([^()]{1,40}\))?\s*:\s+(?=\S)"
)
"""A coder's note that names its source first: "Police: 37 civilians killed", "SOHR, 11
January: Four members of ... were killed", "OHCHR spokesperson (Geneva briefing): ..."."""
_ACRONYM = rx(r"[A-Z][A-Za-z]*[A-Z]+")
_SOURCES = rx(
    r"\b(?:sources?|figures|statement|count|tally|elders|community\s+leaders?)\b", re.IGNORECASE
)
_SOURCE_SITE_RE = rx(
    r"\b(?P<who>(?:medical\s+|hospital\s+|health\s+|security\s+|local\s+)?(?:sources?|officials?|"
    r"doctors?|medics?|nurses?|workers?|staff))\s+(?:at|in|from)\s+(?:one\s+of\s+)?(?:the|a|an)\s+"
    r"(?:[\w’'-]+\s+){0,4}?(?:hospitals?|clinics?|morgues?|health\s+(?:centres?|centers?|facilit(?:y|ies)))"
    r"(?=\s+(?:said|says|told|reported|put|confirmed)\b)",
    re.IGNORECASE,
)
"""Where a source works, between it and its verb: "A medical source at one of the city's
remaining hospitals said"."""
_ASIDE_RE = rx(
    r",\s+(?:for\s+(?:its|their|his|her)\s+part|speaking|quoting|citing|reached|contacted|"
    r"interviewed|who\s+(?:asked|spoke|requested|"
    r"declined|did\s+not\s+want)|asking|"
    r"requesting|declining|which\s+(?:has\s+|had\s+)?(?:claimed|carried|denied|said)|who\s+"
    r"(?:has\s+|had\s+)?(?:claimed|carried|denied)|in\s+(?:a|an|its|their|his|her)\s+"
    r"(?:[\w-]+\s+)?(?:statement|post|video|briefing|message|communiqu[eé]|release|interview))"
    r"\b[^,;]{0,60},",
    re.IGNORECASE,
)
"""An aside between a source and its verb ("A doctor, speaking on condition of anonymity, put
the number of dead at 12", "The SDF, in a statement, said", "The civil society of Beni, for its
part, reports")."""
_APPOSITION_RE = rx(
    r"(?<=[\w)]),\s+(?:(?:a|an|which|who|whose)\s|(?:shared|released|published|seen|obtained|cited|"
    r"quoted|compiled|run|operated|led|backed|funded)\s+(?:with|by|on)\b)[^,;:]{3,100}?,(?=\s+(?:has\s+|had\s+)?(?:put|puts|said|says|"
    r"reported|gave|gives|counted|told|estimated|listed|recorded|documented|wrote|posted)\b)",
    re.IGNORECASE,
)
_NAME_ACRONYM_RE = rx(
    r"(?<=[a-z])\s+\((?:[A-Z][A-Za-z-]{1,10}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})\)(?=\s+[a-z])"
)
"""A name's acronym or other name in brackets between the name and its verb: blanked ("the
Syrian Civil Defence (White Helmets) said")."""
_NAMED_APPOSITION_RE = rx(
    r"(?P<name>\b(?-i:[A-Z])[\w’'-]+),\s+(?:the\s+|[\w-]+[’']s\s+|(?-i:[a-z])[\w-]+\s+(?:of|for|at)\s+)"
    r"[^,;:]{3,60}?,(?=\s+(?:has\s+|had\s+)?(?:put|puts|said|"
    r"says|reported|gave|counted|told|estimated|wrote|posted)\b)",
    re.IGNORECASE,
)
"""Who the source is, or how its count came, between it and its verb ("The Sudan Doctors
Network, a medical group tracking the war, put the toll at 54", "The hospital's own records,
shared with the AP on Wednesday, listed 15 people killed", "Abdi Hassan, director of an
ambulance service, said")."""
_SOURCE_RELATIVE_RE = rx(
    r"(?<=[a-z])\s+(?:that|which|who)\s+(?-i:[a-z])[a-z]+s\b[^,;:.]{0,60}?"
    r"(?=\s+(?:said|says|reported|told|counted|estimated|put)\b)",
    re.IGNORECASE,
)
"""What the source does, between it and its verb: "A local volunteer group that runs a
community kitchen near the market said"."""
_TITLE_NAMED_RE = rx(
    r"(?P<title>\b(?:the|a|an|its|their)\s+[^,;:]{3,60}?)(?:\s+(?:for|of|in|at|with)\s+[^,;:]{3,60}?)?,\s+(?-i:[A-Z])[\w’'.-]+(?:\s+"
    r"(?-i:[A-Z])[\w’'.-]+){0,3},(?=\s+(?:has\s+|had\s+)?(?:put|puts|said|says|reported|gave|gives|"
    r"counted|told|estimated|wrote|posted|confirmed|added|speaks|spoke)\b)",
    re.IGNORECASE,
)
"""A title, then the name of who holds it, before the verb ("the state police spokesman,
Yazid Abubakar, said"): the title stays the source's name."""
_ATTRIBUTION_TAIL_RE = rx(
    r"\s*(?:$|[,.;:!?)”\"’]|(?:in|on|at|late|early|earlier|later|today|yesterday|overnight|"
    r"last|this|after|citing|adding|according|via|through|while|when|as|of|from|that\s+"
    r"(?:day|night|morning|evening)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?=\s*(?:$|[,.;:!?)”\"’]|\s+(?:morning|afternoon|evening|night)\b)))\b)",
    re.IGNORECASE,
)
"""What may follow a reporting verb whose claim came before it: the end, or a time, place or
manner ("…, the ministry said on Tuesday", "… officials said in a statement", "... police
said Thursday")."""


_TOLD_WHOM_RE = rx(
    r"\s+(?:(?:the\s+)?(?-i:[A-Z])[\w’'.&-]*(?:\s+(?-i:[A-Z])[\w’'.&-]*){0,3}|journalists|"
    r"reporters|us|me|him|her|them|(?:the|a|local|foreign|our|this)\s+(?:media|press|agency|news\s+agency|"
    r"correspondents?|reporters?|newspaper|"
    r"newspaper|broadcaster|channel|station|radio|reporters|journalists))(?=\s*(?:$|[,.;:!?)]|"
    r"\s(?:in|on|by|at|late|early|earlier|later|today|yesterday|overnight|last|this|after|"
    r"while|when|via|from|that\s+(?:day|night|morning|evening))\b))",
    re.IGNORECASE,
)
"""Whom a source told its count after giving it ("..., a local leader told Reuters on Monday",
"..., the council chairman told journalists")."""


def _says_other(sentence: str, match: re.Match[str]) -> bool:
    """True when the reporting verb takes a clause of its own ("says talks resume")."""
    end = match.end()
    if sentence[match.start() : end].endswith("told"):
        whom = _TOLD_WHOM_RE.match(sentence, end)
        if whom is not None:
            end = whom.end()
    return _ATTRIBUTION_TAIL_RE.match(sentence, end) is None


def _clean_source(raw: str) -> str | None:
    words = raw.strip(" ,.;:’'\"").split()
    # A subject phrase starts after the last lowercase connective ("Israel said" in
    # "the strike, which Israel said"): keep only the trailing noun phrase.
    while words and words[0] in ("and", "but", "which", "as", "while", "who"):  # not "WHO"
        words = words[1:]
    if words and words[0].lower().rstrip(",") in ("earlier", "previously", "initially", "later"):
        words = words[1:]  # "Earlier the ministry said": the ministry
    if len(words) > 1 and words[-1].lower() in ("also", "further", "separately"):
        words = words[:-1]  # "Hospitals also reported": the hospitals
    if words and words[0].lower() in ("among", "including", "during", "of", "between"):
        return None  # "Among the incidents reported during the week": no one who reports
    if words and words[0].lower() in ("no", "injured", "wounded") and len(words) <= 3:
        return None  # "no fatalities were reported", "The injured were": no one who reports
    if len(words) > 1 and words[0].lower() in ("it", "they", "he", "she", "we"):
        return None  # "Another hospital, in Kyeshero, said it had received six bodies": what
        # was said, read back to front
    name = _LEADING_DET_RE.sub("", " ".join(words))
    if not name or (name.lower() in _PRONOUNS and not name.isupper()) or len(name) < 2:
        return None
    numbers = find_numbers(name)
    if (
        numbers
        and numbers[0].start == 0
        and not numbers[0].article
        and _COUNTED_SOURCES_RE.match(name, numbers[0].end) is None
    ):
        return None  # "Five reported killed": the victims, not who reports them
    return name


_COUNTED_SOURCES_RE = rx(
    r"\s+(?:[\w-]+\s+){0,2}?(?:sources?|officials?|officers?|witness(?:es)?|residents?|medics?|"
    r"doctors?|security\s+officials?|diplomats?|analysts?|monitors?|villagers?|survivors?|"
    r"elders?)(?:\s+(?:of|in|from|at)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+)?"
    r"(?:\s+and\s+(?:an?\s+|the\s+|one\s+|two\s+|three\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?$",
    re.IGNORECASE,
)
"""Sources counted by a number ("Two military sources", "three local officials", "two
witnesses and a health worker"): who reports, not the victims."""


def _canonical(name: str) -> str:
    for pattern, canonical in _CANONICAL:
        if pattern.search(name):
            return canonical
    return name


def source_initials(name: str) -> str:
    """The initials a source's name shortens to, lower-cased: "sdf" of the Syrian Democratic
    Forces, "npa" of the New People's Army."""
    return "".join(w[0] for w in name.split() if w[:1].isupper()).lower()


def source_kind(name: str) -> SourceKind | None:
    """The kind of a source by its name: monitor, agency, media, government or party."""
    for pattern, kind in _KINDS:
        if pattern.search(name):
            return kind
    return None


_ATTACK = (
    r"(?:air\s*strikes?|drone\s+strikes?|drone\s+attacks?|strikes?|attacks?|shelling|"
    r"bombardment|bombing|raids?|fire|gunfire|missiles?|rockets?|drones?|offensive|assault|"
    r"blasts?|explosions?|bombs?)"
)
_BY_RE = rx(
    r"^\s+by\s+(?:an?\s+|the\s+)?(?P<who>(?:[\w’'-]+\s+){0,3}?[\w’'-]+?)"
    r"(?=\s*(?:[,.;:]|$|\s+(?:in|on|at|near|during|after|while|as|and|who)\b))"
)
_IN_ATTACK_RE = rx(
    rf"^\s+(?:in|by|during)\s+(?:an?\s+|the\s+)?(?:suspected\s+)?"
    rf"(?P<who>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\s+(?:\w+\s+)?{_ATTACK}\b"
)
_SUBJECT_TRIM_RE = rx(
    rf"(?:(?:^|\s+)(?:air|drone|missile|artillery|rocket|mortar|tank|sniper|naval|aerial)?\s*"
    rf"{_ATTACK})+$",
    re.I,
)
_SAY_VERBS = word_set("says said claims claimed reports reported announces announced")
_SUBJECT_PREPOSITIONS = word_set(
    "in on at of near across against since during over into targeting inside outside from "
    "around along toward towards is are was were been be being"
)
_TIME_WORDS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday overnight "
    "tonight earlier later then also january february march april may june july august "
    "september october november december"
)
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
    for word in reversed(words[-14:]):
        if word.lower() in _SUBJECT_STOP or word.lower() in _SAY_VERBS:
            break
        kept.insert(0, word)
    # "Israeli strikes on Gaza kill": the attacker comes before the target or the time
    cut = next((i for i, w in enumerate(kept) if w.lower() in _SUBJECT_PREPOSITIONS), len(kept))
    kept = [w for w in kept[:cut] if w.lower().strip(",") not in _TIME_WORDS]
    phrase = _SUBJECT_TRIM_RE.sub("", " ".join(kept)).strip()
    phrase = _LEADING_DET_RE.sub("", phrase)
    if phrase.lower() in ("a", "an", "the") or _NON_CONFLICT.search(phrase):
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


_UPDATE_RE = rx(
    r"\b(?:rises|rose|risen|rising|climbs|climbed|climbing|jumps|jumped|increases|increased|"
    r"surged|surges|soared|soars|mounts|mounted|(?-i:now|NOW)|(?-i:Now)(?<![\w,]\sNow)|latest|updated|"
    r"updates|revised|revises|correct(?:ed|s|ing)\s+(?:the|its|that|this)\s+(?:death\s+)?(?:figure|toll|number|count)|"
    r"final\s+(?:death\s+)?(?:toll|tally|count|figures?)|(?:total|final)\s+(?:dead|killed|deaths)"
    r"(?=\s*:))\b",
    re.IGNORECASE,
)
"""Update language ("rose to", "now", "the final toll stood at"); "Now" in a name ("Myanmar Now
reported 17 dead") is none."""
_UPDATE = Gate(_UPDATE_RE)
_CUMULATIVE_RE = rx(
    r"\b(?:tolls?|in\s+total|a\s+total\s+of|so\s+far|overall|cumulative|tally)\b", re.I
)


def is_update(sentence: str) -> bool:
    """Update language: this value replaces an earlier one of the same toll."""
    return _UPDATE.search(sentence) is not None


def is_cumulative(sentence: str, period: str | None) -> bool:
    """A running or aggregate toll rather than the dead of one incident."""
    if period is not None and not period.lower().startswith("today"):
        return True
    return _CUMULATIVE_RE.search(sentence) is not None or period is not None


def sentence_conflict(sentence: str) -> bool | None:
    """The sentence's own verdict on conflict violence, or None when it names no cause or act.

    Acts of violence ("strike", "shot", "clashes") outweigh a named cause; a cause outweighs
    words that only say a war is on ("soldiers", "military"), so a military helicopter crash is
    an accident. Deaths in a stampede or at a match are not conflict even after fans clashed:
    only an armed attack ("gunmen", "grenade") makes them so.
    """
    if _JUDICIAL.search(sentence) or _STATISTIC.search(sentence):
        return False
    if "died of" in sentence and _NATURAL_DEATH_RE.search(sentence):
        return False  # "a woman died of a heart attack during the air raid alert"
    if " accident" in sentence and _ROAD_DEATH_RE.search(sentence):
        return False  # "a motorist died in a traffic accident ... during the air raid alert"
    if _NO_LINK.search(sentence) or (
        "not" in sentence and _NOT_LINKED_TO_A_WAR_RE.search(sentence)
    ):
        return False
    if _ANIMAL.search(sentence) and not _CONFLICT.search(ANIMAL_RE.sub(" ", sentence)):
        return False
    if _CROWD.search(sentence) and not _armed_violence(sentence):
        return False
    if _crime(sentence):
        return False
    if _BLAST.search(sentence) and _DISASTER.search(sentence) and not _named_attack(sentence):
        return False
    if _NON_CONFLICT.search(sentence) and _FLEEING_RE.search(sentence):
        sentence = _FLEEING_RE.sub(" ", sentence)  # "A truck carrying families fleeing
        # fighting overturned": the fighting they fled is not what killed them
    if _CONFLICT.search(sentence):
        return True
    if _NON_CONFLICT.search(sentence):
        return False
    if _WAR_CONTEXT.search(sentence):
        return True
    return None


_FLEEING_RE = rx(
    r"\b(?:fleeing|fled|escaping|escaped|displaced\s+by)\s+(?:from\s+)?(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:fighting|violence|clashes|attacks?|war|conflict|shelling|bombardment|"
    r"air\s*strikes|strikes|advance|offensive)\b",
    re.IGNORECASE,
)
"""Who the dead were, not what killed them: "families fleeing fighting in West Kordofan"."""


def names_an_act(sentence: str) -> bool:
    """Whether the sentence names an act of violence ("strike", "shot", "clashes"), not only
    words that say a war is on ("junta", "soldiers")."""
    return _CONFLICT.search(sentence) is not None


def fire_in_an_attack(sentence: str, text: str) -> bool:
    """ "five people were injured and a 9-storey building caught fire" after "Russian drones
    attacked Kharkiv overnight": a fire the text's attack set, not a building's own."""
    return (
        all(
            m.group().lower() in ("caught fire", "catches fire")
            for m in NON_CONFLICT_RE.finditer(sentence)
        )
        and _ATTACK_COLLAPSE_RE.search(text) is not None
    )


def collapse_in_an_attack(sentence: str, text: str) -> bool:
    """ "13 civilians died when nearby houses and a mosque collapsed" after "Two suicide
    bombers rammed explosive-laden vehicles into the wall": a collapse the text's attack
    caused, not a building's own."""
    return (
        all(
            m.group().lower() == "collapsed"
            or (
                _STRUCK_BUILDING_COLLAPSED_RE.fullmatch(m.group()) is not None
                and _LINE_HEAD_RE.match(sentence) is None  # "Maharashtra: Six people died
                # when a four-storey building collapsed": a brief's line of its own
            )
            for m in NON_CONFLICT_RE.finditer(sentence)
        )
        and _ATTACK_COLLAPSE_RE.search(text) is not None
    )


_STRUCK_BUILDING_COLLAPSED_RE = rx(
    r"(?:building|house|home|roof|block|walls?)\s+collapsed", re.IGNORECASE
)
"""A building's collapse ("At least 10 neighbours were wounded when the building collapsed"),
which an attack told in the text caused."""
_LINE_HEAD_RE = rx(r"\W*(?-i:[A-Z])[\w .'’-]{1,30}:\s")
_ATTACK_COLLAPSE_RE = rx(
    r"\b(?:bomb\w*|air\s*strikes?|missiles?|shell\w*|rockets?|drones?|explosive\w*|"
    r"artillery|blast)\b",
    re.IGNORECASE,
)


def rules_out_conflict(text: str) -> bool:
    """The text says in so many words that its violence is not of a conflict ("ruled out the
    involvement of any armed group", "not conflict-related"): that outweighs the gunmen and
    shots of its other sentences."""
    return _NO_LINK.search(text) is not None or _unlinked(text)


def text_conflict(text: str) -> bool:
    """The whole text's verdict, for a sentence that names no cause: a body sentence "dozens
    are reported killed" under a headline about a stampede is not conflict.

    It reads the whole text, so a caller with many sentences asks it once, not per sentence.
    """
    if _CROWD.search(text) and not _armed_violence(text):
        return False
    if _crime(text) or _NO_LINK.search(text) or _unlinked(text):
        return False
    if (
        _BLAST.search(text)
        and (_DISASTER.search(text) or _ACCIDENT_SITE.search(text))
        and not _named_attack(text)
        and not _WAR_CONTEXT.search(text)
    ):
        return False  # a gas or industrial blast: no attack, armed actor or war named
    return _CONFLICT.search(text) is not None or not _NON_CONFLICT.search(text)


_PROTEST_RE = rx(r"\b(?:protest\w*|demonstrat\w+|rall(?:y|ies)|unrest|riots?)\b", re.I)
_FORCES_RE = rx(
    r"\b(?:police|policemen|security forces|troops|soldiers|army|paramilitar\w+)\b", re.I
)
_PROTEST = Gate(_PROTEST_RE)
_FORCES = Gate(_FORCES_RE)


def explains_a_deed(text: str) -> bool:
    """Whether a sentence of `text` says what a deed was part of or due to ("the shooting was
    part of ..."); read once per text."""
    return _EXPLAINED_RE.search(text) is not None


def explained_as_crime(sentence: str, text: str) -> bool:
    """A shooting that another sentence puts down to crime ("Police said the shooting was part
    of a feud between two crime families"): the sentence's violence words are a single
    criminal's, and the text is a criminal case. Asked only of a text that `explains_a_deed`."""
    private = any(  # "the killing stemmed from a personal feud over a plot of farmland"
        _PRIVATE_MOTIVE_RE.search(m.group()) and not _NO_MOTIVE_RE.search(m.group())
        for m in _EXPLAINING_SENTENCE_RE.finditer(text)
    )
    return all(
        CRIMEISH_RE.match(m.group()) or (private and PRIVATE_VIOLENCE_RE.match(m.group()))
        for m in _CONFLICT.finditer(sentence)
    ) and _crime(text)


def criminal_case(text: str) -> bool:
    """Whether `text` tells a criminal case (a robbery, a suspect, a private feud) and names
    no armed group, soldier or weapon of war; read once per text."""
    return _crime(text)


def a_criminals_deed(sentence: str) -> bool:
    """A sentence whose violence words a single criminal does too ("The shop owner was shot
    dead"): in a text that tells a criminal case (`criminal_case`: "suspected armed robbers
    attacked a shop") the shooting is the robbers', not a war's. Not "Gunmen killed a village
    chief" beside a feud told as background: gunmen and clashes belong to a feud only where a
    sentence says the deed was part of it (`explained_as_crime`)."""
    return all(CRIMEISH_RE.match(m.group()) for m in _CONFLICT.finditer(sentence))


_EXPLAINING_SENTENCE_RE = rx(
    r"[^.;]*\b(?:shooting|killing|stabbing|attack|murder)\s+(?:(?:was|is|had\s+been)\s+"
    r"(?:part\s+of|linked\s+to|related\s+to|the\s+result\s+of|over|due\s+to|rooted\s+in)|"
    r"stemmed\s+from|arose\s+from)\b[^.;]*",
    re.IGNORECASE,
)
_PRIVATE_MOTIVE_RE = rx(
    r"\b(?:personal|family|private|domestic|land|blood|marital|inheritance)\s+(?:feud|dispute|"
    r"grudge|enmity|quarrel)s?\b|\b(?:feud|dispute|quarrel)\s+(?:between\s+two\s+families|over\s+"
    r"(?:an?\s+)?(?:plot|land|farmland|property|money|debt|loan|inheritance|dowry))\b|\bgrudge\b|"
    r"\bunpaid\s+(?:loan|debt)\b|\brobbery\b",
    re.IGNORECASE,
)
_NO_MOTIVE_RE = rx(
    r"\b(?:not|no|nor|never)\s+(?:\w+\s+){0,3}?(?:personal|private|family)\b|"
    r"\b(?:political|sectarian|ethnic|communal|gang|herders?|farmers?)\b",
    re.IGNORECASE,
)
_EXPLAINED_RE = rx(
    r"\b(?:shooting|killing|stabbing|attack|murder)\s+(?:(?:was|is|had\s+been)\s+(?:part\s+of|"
    r"linked\s+to|related\s+to|the\s+result\s+of|over|due\s+to|rooted\s+in)|stemmed\s+from|"
    r"arose\s+from)\b",
    re.IGNORECASE,
)


def _crime(text: str) -> bool:
    """A criminal case (a suspect, a charge, a trial) with no armed group, soldier or weapon
    of war named: "a doctor suspected of killing patients", "accused of fatally stabbing". The
    war a text says a killing was "not linked to" is no war of the killing's."""
    if _CRIME.search(text) is None:
        return False
    if "linked" in text or "related" in text or "connected" in text:
        text = _NOT_LINKED_RE.sub(" ", text)
    if _WAR_CONTEXT.search(text) or _COMMUNAL_RE.search(text):
        return False
    if _PROTEST.search(text) and _FORCES.search(text):
        return False  # police accused of killing protesters: repression, not a criminal case
    private = PRIVATE_CRIME_RE.search(text) is not None
    return all(
        CRIMEISH_RE.match(m.group()) or (private and PRIVATE_VIOLENCE_RE.match(m.group()))
        for m in _CONFLICT.finditer(text)
    )


_COMMUNAL_RE = rx(
    r"\b(?:herders?|herdsmen|pastoralists?|Fulani|farmer-herder|herder-farmer|cattle\s+raid\w*|"
    r"communal\s+(?:violence|clash\w*|attacks?|fighting)|inter-?communal|ethnic\s+(?:violence|"
    r"clash\w*|militias?))\b",
    re.IGNORECASE,
)
"""Communal violence (herders and farmers, cattle raids, ethnic clashes): the land or water
it is fought over makes it no private quarrel; conflict-data projects count it."""
_NOT_LINKED_RE = rx(
    r"\b(?:was\s+|were\s+)?not\s+(?:linked|related|connected)\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:conflict|war|fighting|insurgency|violence|unrest)\b[^.;]*",
    re.IGNORECASE,
)


_NATURAL_DEATH_RE = rx(
    r"\bdied\s+of\s+(?:an?\s+)?(?:suspected\s+)?(?:heart\s+attack|cardiac\s+arrest|stroke|natural\s+"
    r"causes|illness|cancer|a\s+heart\s+condition|malaria|cholera|measles|dengue|diphtheria|"
    r"meningitis|tuberculosis|hunger|thirst|starvation|malnutrition|dehydration|disease|"
    r"hypothermia)\b",
    re.IGNORECASE,
)
_ROAD_DEATH_RE = rx(
    r"\b(?:died|killed|dead)\s+in\s+(?:a\s+)?(?:traffic|road|car)\s+(?:accident|crash|collision)\b",
    re.IGNORECASE,
)
_NOT_LINKED_TO_A_WAR_RE = rx(
    r"\bnot\s+(?:linked|related|connected)\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:conflict|war|"
    r"fighting|insurgency|unrest)\b(?!\s+(?:in|at|near|around|for)\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
"""A killing said to be "not linked to the fighting": not conflict; not "not linked to the
fighting in Rafah" (other fighting)."""
_ANOTHER_INCIDENT_RE = rx(
    r"(?:^|[.;]\s+|\n)(?:Separately|Elsewhere|Meanwhile|In\s+(?:a|an)\s+(?:separate|another)\b|"
    r"In\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?\s*,)",
    re.IGNORECASE,
)


def opens_on_another_incident(sentence: str) -> bool:
    """A sentence that opens on another incident ("Separately,", "In Gao,"): its cause is its
    own, not the one of the sentence before."""
    return _ANOTHER_INCIDENT_RE.match(sentence.lstrip()) is not None


def _unlinked(text: str) -> bool:
    """A text of one incident that says its killing was not linked to the fighting; a text of
    several ("Separately, ...", "In Gao, ...") leaves that to the killing's own sentence."""
    if (
        "not" not in text
        or _NOT_LINKED_TO_A_WAR_RE.search(text) is None
        or _ANOTHER_INCIDENT_RE.search(text) is not None
    ):
        return False
    # a shooting a single criminal does; not a shell or a drone strike told beside it
    rest = _NOT_LINKED_RE.sub(" ", text)
    return all(CRIMEISH_RE.match(m.group()) for m in _CONFLICT.finditer(rest))


def _named_attack(text: str) -> bool:
    """An attack or armed actor named, beyond the blast itself ("explosives" alone is not), and
    not ruled out ("officials ruled out an attack")."""
    text = DISASTER_RE.sub(" ", text)
    return any(
        not re.fullmatch(r"explosives?", m.group(), re.IGNORECASE) for m in _CONFLICT.finditer(text)
    )


def _armed_violence(sentence: str) -> bool:
    """A violence word crowds do not do ("gunmen", "shelling"; not "clashes", "stormed")."""
    return any(not WEAK_VIOLENCE_RE.match(m.group()) for m in _CONFLICT.finditer(sentence))

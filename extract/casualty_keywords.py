"""The words that make a number a casualty figure: death, injury and toll keywords.

`KEYWORD_RE` names each kind of keyword by its group, and `extract.casualties` pairs each with
a number by the grammar of its group: a toll noun links forward through a verb ("the toll rose
to 25"), an active verb takes its object ("kills five"), a passive form takes its subject
("five were killed"), and nouns like "fatalities" or "the death of" do either.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from extract.casualty_lexicon import word_set
from extract.pattern_cache import rx
from extract.prefilter import Gate

PREFILTER_WORDS = (
    "kill", "dead", "death", "died", " die", "wound", "injur", "hurt", "toll", "execut",
    "assassinat", "slain", "slaughter", "massacr", "perish", "bodies", "body",
    "lives", "neutrali", "lost", "losing", "shot", "gunned", "murder", "behead", "decapitat",
    "lynch", "maim",
    "succumb", "fatal", "martyr", "hospital", "clinic", "intensive care", "medical care", "stabbed",
    "treat",
    " condition",
    " to hell", "to their grave", "to the grave",
    "estimate", "best:", "low:", "best ", "best_est", "low_est", "figure to", "the victims:",
    "victims of", "the victims are", "the victims were", "the victims include",
    "escaped with", "escape with", "escaping with", "survived with", "survive with",
    "throat", "loss of", "fell ", "fell\"", "fell”", "fallen ", "fallen\"", "fallen”",
    "fell.", "fell,", "fell;", "fallen.", "fallen,", "fallen;", ": total now", ": total is now",
    "eliminat", "sacrific", "liquidat", "evacuated", "figure at", "hit by",
    "not survive", "supreme", "ultimate", "shahadat", "not include the", "exclude", "homicide",
    " kia", " wia", " alive", "blew ", "blows ", "buried", "health cent", "medical cent",
    "health post",
    "dispensary", "grazed", "burns",
)  # fmt: skip
"""Word stems without which a text names no casualty (" die" keeps "soldier" out)."""


_KEY_WORDS = {
    " to hell": "hell", "to their grave": "grave", "to the grave": "grave",
    "escaped with": "escaped", "escape with": "escape",
    "escaping with": "escaping", "survive with": "survive", "intensive care": "intensive",
    "medical care": "medical",
    "survived with": "survived", "loss of": "loss", "not survive": "survive",
    "not include the": "include", " condition": "condition", " kia": "kia", " wia": "wia",
    " die": "die", " alive": "alive", "fell ": "fell", "fallen ": "fallen", "blew ": "blew",
    "blows ": "blows",
    "health cent": "cent", "medical cent": "cent", "health post": "post",
    "best:": "best", "low:": "low", "best ": "best", "best_est": "best", "low_est": "low",
    "figure to": "figure",
    "the victims:": "victims", "victims of": "victims", "hit by": "hit", "figure at": "figure",
    "the victims are": "victims", "the victims were": "victims",
    "the victims include": "victims",
    "fell\"": "fell",
    "fell”": "fell", "fallen\"": "fallen", "fallen”": "fallen",
    "fell.": "fell", "fell,": "fell", "fell;": "fell",
    "fallen.": "fallen", "fallen,": "fallen", "fallen;": "fallen",
    ": total now": "total", ": total is now": "total",
}  # fmt: skip
_BY_PREFIX: dict[str, tuple[str, ...]] = {}
for _stem in PREFILTER_WORDS:
    _key = _KEY_WORDS.get(_stem, _stem)
    _BY_PREFIX[_key[:3]] = (*_BY_PREFIX.get(_key[:3], ()), _key)


def might_mention_words(words: Sequence[str]) -> bool:
    """`might_mention_casualties` from a text's lower-cased words: some word begins with a
    stem (or, for a stem of several words, with its rarest word). Never false where the text
    test is true for a casualty word, and cheaper: one lookup a word."""
    table = _BY_PREFIX
    for word in words:
        keys = table.get(word[:3])
        if keys is not None and any(word.startswith(key) for key in keys):
            return True
    return False


def casualty_stems(text: str) -> tuple[str, ...]:
    """The stems of `PREFILTER_WORDS` that `text` holds: a sentence of the text can hold no
    other, so its own test need try only these."""
    low = " " + text.lower()
    return tuple(word for word in PREFILTER_WORDS if word in low)


def mentions(sentence: str, stems: tuple[str, ...]) -> bool:
    """`might_mention_casualties` for a sentence of a text whose `casualty_stems` are given."""
    low = " " + sentence.lower()
    return any(word in low for word in stems)


def might_mention_casualties(text: str) -> bool:
    """Cheap test: most items name no casualty at all and skip everything else.

    Plain substring tests on the lower-cased text, several times faster than one
    case-insensitive alternation over the same stems.
    """
    low = " " + text.lower()
    return any(word in low for word in PREFILTER_WORDS)


KEYWORD_RE = rx(
    r"""
    (?P<toll>\b(?:(?:death|casualty|fatality|civilian)\s+)?tolls?\b(?![\s-]*(?:free|roads?|plazas?|
        booths?|gates?|bridges?|collectors?|lanes?|highways?|charges?|fees?)\b)
        |(?:(?<=bringing\s)|(?<=raising\s)|(?<=taking\s)|(?<=pushing\s))the\s+(?:overall\s+)?total\b
        |(?<=:\s)total(?=\s+(?:now|is\s+now|has\s+risen\s+to|rises\s+to|now\s+stands\s+at)\s+
        (?:at\s+least\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b
        (?!\s+(?:arrested|detained|held|missing|abducted|kidnapped|rescued|injured|wounded|hurt|
        displaced|houses|homes|incidents|attacks)\b))
        |\b(?:death\s+)?figure(?=\s+(?:was|has\s+been|had\s+been)\s+(?:revised|raised|lowered|
        corrected|updated)\b)
        |(?:(?<=\bput\sthe\s)|(?<=\bputs\sthe\s)|(?<=\bputting\sthe\s)|(?<=\bput\sthe\sconfirmed\s)|
        (?<=\bput\sthe\sofficial\s)|(?<=\bput\sthe\sprovisional\s))(?:figure|dead)(?=\s+at\s+(?:at\s+least\s+|
        about\s+|around\s+|more\s+than\s+|over\s+|nearly\s+|some\s+)?\d)
        |\bthe\s+(?:number\s+of\s+)?dead\s+(?:had\s+|has\s+|have\s+)?(?:risen|rose|climbed|increased|
        reached)\b
        |(?<=\bthe\s)dead(?=\s+(?:number|numbered|total|totalled|totaled)\s+(?:around\s+|about\s+|some\s+|
        over\s+|more\s+than\s+|at\s+least\s+|nearly\s+)?\d)
        |(?<=\bthe\s)dead(?=\s+(?:are|were)\s+(?:now\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|
        nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty)\s*[,.;'"’”])
        |(?<=\bthe\s)martyrs(?=\s+(?:are|were|number|numbered|now\s+number)\s+(?:now\s+)?(?:\d|two|three|
        four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|
        eighteen|nineteen|twenty|thirty|forty|fifty)\w*\b)
        |(?<!unknown\s)(?<!undetermined\s)(?<!unspecified\s)(?<!undisclosed\s)
        \bnumber\s+(?:of\s+(?:[\w-]+\s+){0,4}?)?(?:killed|dead|deaths|fatalities|martyrs)\b
        |(?<=\bthe\s)number(?=\s+(?:had|has)\s+(?:since\s+|now\s+)?(?:climbed|risen|increased)\s+to\s+
        (?:\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty))
        |\bnumber\s+of\s+bodies(?:\s+(?:recovered|found|retrieved|pulled|counted))?(?=\s+(?:had\s+|has\s+)?
        (?:since\s+)?(?:risen|rose|climbed|increased|reached|stood|stands)\b)
        |\b(?:count|tally)\s+of\s+(?:the\s+)?(?:dead|killed)\b
        |\b(?:low|lowest|best|high|highest)\s+(?:fatality\s+)?estimates?\b
        |\b(?:(?-i:Best|Low|High)|(?-i:best|low|high)(?:_est(?:imate)?)?)(?=:\s*\d)
        |\b(?-i:[Bb]est)(?=\s+\d[\d,]*\s*[,;]\s*(?-i:low|Low)\s+\d)
        |(?<=\bput\s)(?:their|the|its)\s+number(?=\s+at\b)
        |(?:(?<=;\s)|(?<=,\s)|(?<=\band\s)|(?<=evening\s)|(?<=evening,\s)|(?<=nightfall\s)|
        (?<=nightfall,\s))(?-i:it)(?=\s+(?:stood|stands|had\s+risen|has\s+risen|rose|climbed|
        reached)\s+(?:at|to)\s+\d)
        |(?:(?<=revised\s)|(?<=raised\s)|(?<=lowered\s)|(?<=corrected\s)|(?<=updated\s)|
        (?<=reduced\s))(?:it|that|this|the\s+number|the\s+count)(?=(?:\s+(?:on\s+(?-i:[A-Z])[a-z]+|
        yesterday|today|later|overnight|again))?\s+(?:down\s+|up\s+)?to\s+(?:more\s+than\s+|
        over\s+|at\s+least\s+)?\d[\d,]*\b(?!\s*(?:%|per\s*cent|
        percent|members|seats|points|million|billion)))
        |(?:(?<=revised\s)|(?<=lowered\s)|(?<=corrected\s)|(?<=reduced\s)|(?<=revising\s)|
        (?<=lowering\s)|(?<=correcting\s)|(?<=reducing\s))(?:the|its|their)\s+
        (?:death\s+)?figure(?=\s+(?:down\s+)?to\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|
        ten|eleven|twelve)\b(?!\s*(?:%|per\s*cent|percent|members|seats|points|million|billion))))
  | (?P<injtoll>\bnumber\s+of\s+(?:[\w-]+\s+){0,4}?(?:wounded|injured|injuries|hurt)\b
        |(?:(?<=;\s)|(?<=,\s))(?:wounded|injured)(?=\s+now\s+\d)
        |\binjury\s+tolls?\b|\b(?:count|tally|total)\s+of\s+(?:the\s+)?(?:wounded|injured)\b
        |(?<=\bthe\s)(?:wounded|injured)(?=\s+(?:at|number|numbered|total|totalled|totaled|
        stand\s+at|stood\s+at)\s+(?:around\s+|about\s+|some\s+|over\s+|more\s+than\s+|at\s+least\s+|
        nearly\s+)?\d))
  | (?P<shotdead>\b(?:shot|shoot|shoots|shooting|gunned)\s+(?:\w+\s+)?dead\b|\bgunned\s+down\b)
  | (?P<lostlives>\blost\s+(?:their\s+lives|(?:his|her)\s+life)\b
        |\b(?:sacrificed|gave|give|gives|giving|laid|lay|lays|laying)\s+(?:down\s+)?
            (?:their\s+lives|(?:his|her)\s+life)\b
        |\b(?:embraced|embracing|embraces?|attained|achieved)\s+(?:martyrdom|shahadat)\b|\bsent\s+to\s+hell\b
        |\b(?:paid|pays|paying)\s+the\s+(?:supreme|ultimate)\s+(?:price|sacrifice)\b
        |\bmade\s+the\s+(?:supreme|ultimate)\s+sacrifice\b|\brose\s+as\s+martyrs?\b
        |\bfell\s+(?:as\s+)?martyrs?\b
        |\b(?:were|was)\s+(?:the\s+)?victims?\s+of\s+(?:an?\s+)?(?:homicide|murder|assassination)\b
        |\b(?:fell|fallen)\s+(?:(?:in|on)\s+the\s+field\s+of\s+honou?r|as\s+martyrs?|(?:in|during)\s+
        (?:battle|combat|action)|under\s+the\s+(?:bullets|fire|blows)\s+of|(?:with\s+)?(?:(?:their|his|her)\s+)?(?:arms|weapons?)\s+in\s+
        (?:their\s+|his\s+|her\s+)?hands?|with\s+honou?r|(?:in|for)\s+the\s+revolution)\b)
  | (?P<claimed>\b(?:claim(?:ed|s|ing)?|t(?:ook|ake|akes|aking|aken)|cost(?:s|ing)?)\s+the\s+
        lives\s+of\b
        |\b(?:claim(?:ed|s|ing)?|cost(?:s|ing)?)(?=\s+(?:the\s+)?(?:at\s+least\s+|more\s+than\s+|over\s+|
        nearly\s+|some\s+|about\s+|around\s+)?[\w,-]+\s+(?:more\s+|other\s+)?lives\b))
  | (?P<treat>\b(?:received|admitted)(?=\s+(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|
        about\s+|around\s+)?[\w,-]+\s+(?:(?:[\w-]+\s+)?(?:patients|people|persons|civilians)\s+
        (?:for|with)\s+(?:[\w-]+\s+){0,3}?
        (?:wounds|injuries|burns)\b|(?:weapon|war|gunshot|blast)-wounded\s+(?:patients|people|
        civilians)\b))
        |\btreat(?:ed|ing|s)?(?=\s+(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|about\s+|
        around\s+)?[\w,-]+\s+(?:[\w-]+\s+)?(?:people|persons|patients|civilians|soldiers|children|
        others|wounded|victims|casualties|man|woman|boy|girl|child|person|soldier|civilian|men|
        women|boys|girls)\s+(?:(?:for|with)\s+(?:[\w-]+\s+){0,3}?(?:wounds|injuries|burns)\b|(?:after|following)\s+
        (?:[\w-]+\s+){0,3}?(?:attack\w*|strikes?|shelling|raid|clash\w*|explosions?|blasts?|
        bombing|shooting|gunfire)))
        |(?:(?<=crews\s)|(?<=medics\s))treated(?=\s+(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|about\s+|
        around\s+)?[\w,-]+\s+(?:people|persons|patients|civilians|Palestinians|villagers|residents)\b
        (?!\s+(?:for|with)\s+(?:[\w-]+\s+)?(?:anxiety|shock|panic|stress|trauma|smoke|heat|dehydration|
        exhaustion))))
  | (?P<injof>(?<=the\s)(?:injur(?:y|ies)|wounding)(?=\s+of\s)
        |(?:(?<=\sand\s)|(?<=causing\s)|(?<=caused\s))injuries(?=\s+to\s+(?:at\s+least\s+)?
        (?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens)))
  | (?P<killto>\b(?:stabbed|stabbing|stabs|stab|beat|beats|beating|hacked|hacking|hacks|hack|
        burned|burnt|burning|burns|stoned|stoning|stones|bludgeoned|bludgeons|clubbed|clubs|
        tortured|strangled|lynched|hanged)\b
        (?=\s+(?:(?!(?:almost|nearly|half|close)\b)[\w’'-]+\s+){1,5}?(?:to\s+death|alive)\b))
  | (?P<todeath>\b(?:stabbed|beaten|burned|burnt|hacked|stoned|bludgeoned|clubbed|tortured|
        shot|starved|crushed|trampled|strangled|hanged|lynched)\s+to\s+death\b
        |\bsuccumbed\s+to\s+(?:(?:his|her|their)\s+)?(?:injuries|wounds)\b
        |(?:(?<=\bwas\s)|(?<=\bwere\s))(?:burned|burnt)\s+alive\b
        |\b(?:received|sustained|suffered)\s+(?:an?\s+)?fatal\s+(?:gunshot\s+|bullet\s+|shrapnel\s+)?
        (?:wounds?|injur(?:y|ies))\b)
  | (?P<fatal>\b(?:fatally|mortally)\s+(?:shot|shoots|shooting|stabbed|stabbing|stabs|wounded|
        wounding|wounds|injured|injuring|injures|hurt|struck|strikes|striking|hit|hits|beaten|
        beating|beats|assaulted|assaulting|assaults|attacked|attacking|attacks|run\s+over)\b)
  | (?P<kill>\bkill(?:s|ed|ing|ings)?\b
        |\bsen(?:t|ds?|ding)\b(?=\s+(?:[\w’'-]+\s+){1,4}?to\s+(?:hell|their\s+graves?|the\s+grave)\b))
  | (?P<dead>(?-i:\bKIA\b)(?=\s*(?:[,;.)(]|$|and\b|per\b|in\b))
        |\bdead\b(?!\s+(?:end|heat|line|lock|ringer|weight|zone|giveaway|serious|set|
        even|centre|center|letter|wood|beat|calm|last)))
  | (?P<died>\b(?:died|dies|die)\b
        |(?:(?<=soldiers\s)|(?<=troops\s)|(?<=policemen\s)|(?<=gendarmes\s)|(?<=auxiliaries\s)|
        (?<=fighters\s)|(?<=volunteers\s)|(?<=comrades\s)|(?<=militiamen\s))fell\b
        (?=\s*["”’']?\s*(?:[,.;]|$|(?:in|during)\s+(?:an?\s+|the\s+)?(?:ambush|attack|clash|combat|
        action|battle|fighting|operation|assault|offensive)\b|and\s+(?:\w+\s+)?(?:others?\s+)?
        (?:were|was)\s+(?:wounded|injured)\b))
        |(?:(?<=had\s)|(?<=have\s)|(?<=had\s["“])|(?<=have\s["“]))fallen(?=["”]?\s+(?:in|during)\s+
        (?:the|an?)\s+(?:[\w-]+\s+)?(?:strikes?|airstrikes?|attacks?|ambush|clash(?:es)?|combat|
        battle|bombing|bombardment|raid|fighting|operation|shelling)\b)
        |(?:(?<=fighters\shad\s)|(?<=soldiers\shad\s)|(?<=comrades\shad\s)|(?<=members\shad\s)|
        (?<=fighters\shave\s)|(?<=soldiers\shave\s)|(?<=members\shave\s))fallen(?=["”]?\s*[,.;])
        |\bsuccumb(?:ed|s)\b(?=\s+(?:at|in|on|later|overnight|while|hours|days)\b|\s*[.,;]|\s*$|\s+to\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:wounds|injuries)\b))
  | (?P<deaths>\b(?:deaths|fatalities|fatality|bodies|body|martyrs)\b
        |\b(?:death|martyrdom|shahadat|executions?|massacres?)(?=\s+of\b)
        |\b(?:neutrali[sz]ation|elimination)(?=\s+of\s+(?:[\w,-]+\s+){1,3}?(?:terrorists|militants|
        insurgents|assailants|attackers|fighters|bandits|jihadists|rebels|gunmen|criminals|
        elements|enemies)\b)
        |\b(?:slit|slitting|slits|cut|cutting)\s+the\s+throats?(?=\s+of\b)
        |\bloss(?=\s+of\s+(?:at\s+least\s+)?[\w,-]+\s+(?:of\s+(?:its|their|our|his)\s+)?(?:[\w-]+\s+)?
        (?:soldiers?|troops|men|elements?|fighters?|personnel|officers?|policem[ae]n|gendarmes?|
        comrades?|members?|lives)\b))
  | (?P<execd>\b(?:executed|executes|executing|assassinated|slain|slaughtered|slaughters|
        massacred|massacres|massacring|perished|murdered|murders|beheaded|beheads|behead|
        decapitated|decapitates|decapitating|decapitate|
        beheading|lynched|burned(?=\s+(?:them|him|her)\s+alive)|burnt(?=\s+(?:them|him|her)\s+alive)|
        neutrali[sz]ed|neutrali[sz]ing|neutrali[sz]es?|martyred|martyring|eliminated|eliminating|
        liquidated|liquidating|
        buried(?=\s+(?:at\s+least\s+)?[\w,-]+\s+(?:people|bodies|victims|villagers|civilians|
        residents|of)\b)
        |(?:(?<=were\s)|(?<=been\s))buried(?=\s+the\s+(?:next|following)\s+day|\s*,\s+while\b
            |\s+(?:after|following)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:strike|airstrike|attack|
            bombing|raid|massacre|shelling|blast|explosion|ambush)\b))\b)
  | (?P<lost>\b(?:lost|loses|lose|losing)\b(?!\s+(?:their|his|her)\s+lives)
        (?!\s+(?:his|her|their|both|an?|one)\s+(?:(?:right|left|lower)\s+)?(?:legs?|arms?|hands?|feet|
        foot|eyes?|limbs?)\b))
  | (?P<wound>\b(?:wound(?:s|ed|ing)?|injur(?:e|es|ed|ing)|hurt(?:s|ing)?|maim(?:s|ed|ing)?)\b
        |\bstabb(?:ed|ing)(?=\s+(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+
        (?:[\w-]+\s+){0,2}?(?:people|persons|men|women|passers-by|worshippers|shoppers|officers|
        policemen|soldiers|guards|civilians|children|students|residents)\b(?![^.;]{0,60}?\bto\s+
        death\b))
        |(?-i:\bWIA\b)(?=\s*(?:[,;.)]|$|and\b|per\b|in\b)))
  | (?P<injuries>\binjuries\b)
  | (?P<hosp>\b(?:hospitali[sz]ed|stabbed|(?:was|were)\s+grazed\s+by\s+(?:a\s+)?(?:stray\s+)?
        (?:bullets?|shrapnel|gunfire)|(?:lost|losing)\s+(?:a|an|one|both|his|her|their)\s+(?:legs?|arms?|hands?|feet|foot|
        eyes?)(?=\s*[,.;]|\s+(?:in|to|when|after|and)\b)|(?:was|were)\s+grazed\s+(?:in|on)\s+the\s+(?:arm|leg|head|
        hand|shoulder|neck|foot|back|chest|face|thigh)|(?:remain(?:s|ed)?|still)\s+in\s+(?:a\s+|the\s+)?
        (?:hospital|intensive\s+care(?:\s+unit)?|ICU)|
        (?:suffered|sustained|received)\s+(?:[\w-]+\s+){0,3}?(?:wounds?|injur(?:y|ies)|burns|
        (?<=machete\s)cuts|(?<=knife\s)cuts)|
        (?<!\bboth\s)(?<!\bthey\s)have\s+(?:gunshot|bullet|shrapnel|stab|blast)\s+(?:wounds|injuries)|
        (?:receiving|under|undergoing)\s+(?:medical\s+)?treatment|
        (?:needed|required|needing|requiring)\s+(?:urgent\s+)?(?:medical|hospital)\s+(?:treatment|
        attention|care)|
        (?:were|was)\s+treated\s+(?:at\s+the\s+scene\s+|on\s+site\s+|in\s+hospital\s+)?for\s+(?:[\w-]+\s+){0,2}?
        (?:injur(?:y|ies)|wounds?|burns|shrapnel\s+wounds|cuts)|
        (?:remain(?:s|ed)?|still)\s+under\s+(?:medical\s+)?care|
        evacuated\s+(?:wounded|injured)|
        (?:lost|losing)\s+(?:his|her|their|both|an?|one)\s+(?:(?:right|left|lower)\s+)?(?:legs?|arms?|hands?|
        feet|foot|eyes?|limbs?)\b(?=\s+(?:after|when|in|to)\b)|
        (?:taken|rushed|admitted|evacuated|airlifted|brought)\s+to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,4}?
        (?:hospitals?|clinics?|(?:health|medical)\s+(?:centres?|centers?|posts?)|dispensary)\b
        (?!\s+(?:dead|lifeless))|
        hit\s+by\s+(?:a\s+)?(?:stray\s+)?(?:bullets?|shrapnel|gunfire)(?!\s+and\s+(?:killed|died))|
        (?:pulled|rescued|dug|recovered)\s+(?:out\s+)?(?:alive\s+)?from\s+(?:the\s+)?(?:rubble|debris)\s+
        (?:injured|wounded|with\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:injuries|wounds|burns|fractures?|
        (?:fractured|broken)\s+[a-z]+))|
        (?:escaped|escape|escaping|survived|survive)\s+with\s+(?:[\w-]+\s+){0,2}?(?:cuts?|wounds?|
        injur(?:y|ies)|burns)|
        (?:taken|rushed|admitted|transferred|evacuated|shifted|transported|airlifted|flown|brought)\s+
        (?:to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\s+)?with\s+(?:[\w-]+\s+)?
        (?:injuries|wounds|burns)|
        (?:were|was|are|is|being)\s+treated\s+(?:at|in)\s+(?:a\s+|the\s+)?(?:[\w’'-]+\s+){0,3}?
        (?:hospitals?|clinics?|(?:health|medical)\s+(?:centres?|centers?|posts?))\b|
        (?:was|were)\s+shot\s+in\s+the\s+(?:hand|hands|leg|legs|arm|arms|shoulder|foot|feet|
        thigh|knee|hip|buttocks)\b(?![^.;]{0,60}\b(?:(?:later\s+|subsequently\s+)?(?:died|succumbed)\b(?!\s+
        (?:down|out))|bled\s+to\s+death))|
        (?:still\s+)?(?:being\s+)?treated\s+for\s+(?:[\w-]+\s+){0,3}?(?:wounds|injuries|burns)|
        (?:still\s+)?being\s+treated(?:\s+in\s+hospital)?|
        (?<=\sof\sthem\s)for\s+(?:[\w-]+\s+){0,2}?(?:wounds|injuries|burns)|
        (?<=[a-z]\s)with\s+(?:[\w-]+\s+){0,3}?(?:injuries|wounds)(?=\s+(?:were|was|are|is|who|and|
        among)\b|\s*[,.;]|$))\b)
  | (?P<leftone>\b(?:left|leaving)\s+(?:him|her)\s+(?:(?:seriously|badly|critically|gravely|
        severely|slightly|lightly)\s+)?(?:wounded|injured|hurt)\b)
  | (?P<cond>\b(?:in|remains\s+in|remained\s+in)\s+(?:a\s+)?(?:critical|serious|grave|stable)\s+
        condition\b
        |\b(?:apprehended|arrested|captured|caught|nabbed)\s+(?:in\s+(?:an?\s+)?injured\s+condition|
        (?:wounded|injured)(?!\s+(?:in|at|on)\b))\b)
    """,
    re.IGNORECASE | re.VERBOSE,
)
PASSIVE_FORMS = word_set(
    "killed dead died die dies executed assassinated slain slaughtered massacred perished "
    "murdered beheaded lynched wounded injured hurt maimed neutralised neutralized martyred "
    "liquidated eliminated kia wia buried decapitated"
)

_KEYWORDS = Gate(KEYWORD_RE)


def keywords(sentence: str) -> Iterator[re.Match[str]]:
    """The matches of `KEYWORD_RE.finditer(sentence)`, found faster: the pattern is tried only
    where one of its opening words begins, not at every word (`extract.prefilter.Gate`)."""
    return _KEYWORDS.finditer(sentence)

"""Word lists behind casualty extraction: who the victims are, which words join a number to
its verb, and which words mean a death is not conflict violence.

Kept as Python data rather than YAML so that importing the extractor costs nothing and the
lists are checked by mypy; they are small enough to read in one sitting.
"""

from __future__ import annotations

import re

from extract.model import Victims


def word_list(text: str) -> list[str]:
    """Word lists are written as one string each, so that they read as prose."""
    return text.split()


def word_set(text: str) -> frozenset[str]:
    """A word list as a set, for membership tests."""
    return frozenset(text.split())


VICTIM_WORDS: dict[str, Victims] = {}
for _victims, _words in {
    "civilians": "civilian civilians noncombatant noncombatants",
    "children": "child children kid kids boy boys girl girls infant infants baby babies "
    "toddler toddlers minor minors schoolchildren teenager teenagers teen teens",
    "women": "woman women",
    "soldiers": "soldier soldiers troop troops serviceman servicemen conscript conscripts "
    "paratrooper paratroopers marine marines personnel guardsman guardsmen",
    "fighters": "fighter fighters rebel rebels combatant combatants commander commanders "
    "guerrilla guerrillas militiaman militiamen separatist separatists loyalist loyalists "
    "opponent opponents partisan partisans",
    "militants": "bandit bandits islamist islamists militant militants terrorist terrorists "
    "insurgent insurgents jihadist "
    "jihadists gunman gunmen extremist extremists",
    "police": "police policeman policemen policewoman policewomen officer officers cop cops "
    "gendarme gendarmes",
    "aid workers": "aid-worker aid-workers",
    "journalists": "journalist journalists reporter reporters photographer photographers "
    "photojournalist photojournalists cameraman cameramen",
    "medics": "medic medics doctor doctors paramedic paramedics nurse nurses",
    "prisoners": "prisoner prisoners detainee detainees inmate inmates captive captives "
    "hostage hostages",
    "people": "people person persons man men resident residents villager villagers "
    "worshipper worshippers worshipers passenger passengers pilgrim pilgrims "
    "student students worker workers farmer farmers migrant migrants refugee refugees "
    "protester protesters protestors demonstrator demonstrators others individuals "
    "individual family relatives relative sailor sailors fisherman fishermen shepherd "
    "shepherds volunteer volunteers staff employee employees citizen citizens victim "
    "victims teacher teachers guard guards crew rescuer rescuers official officials "
    "leader leaders mourners mourner bystanders bystander herder herders herdsman herdsmen "
    "member members settler settlers",
}.items():
    for _word in _words.split():
        VICTIM_WORDS[_word] = _victims  # type: ignore[assignment]

MULTIWORD_VICTIMS: tuple[tuple[re.Pattern[str], Victims], ...] = (
    (re.compile(r"\b(?:aid|humanitarian|relief)\s+workers?\b", re.I), "aid workers"),
    (re.compile(r"\b(?:health|medical|healthcare)\s+(?:workers?|staff)\b", re.I), "medics"),
    (re.compile(r"\b(?:media\s+workers?)\b", re.I), "journalists"),
    (re.compile(r"\bpolice\s+officers?\b", re.I), "police"),
    (re.compile(r"\bservice\s+members?\b", re.I), "soldiers"),
    (re.compile(r"\bsecurity\s+(?:forces|personnel)\b", re.I), "soldiers"),
)
"""Victim phrases of two words, checked before single words ("aid workers" before "workers")."""

DEMONYM_RE = re.compile(r"^[A-Z][a-z]+(?:ians?|ans?|is|ese|ites?|ish|ch|s)$")
"""Plural nationality words used as nouns ("Palestinians", "Syrians", "Israelis")."""

NON_PERSON = word_set(
    "year years month months week weeks day days hour hours minute minutes km kilometres "
    "kilometers mile miles metre metres meter meters percent per cent times bills bill "
    "plans plan deal deals homes houses buildings building vehicles cars tanks rockets "
    "missiles drones targets sites villages towns cities provinces districts attacks "
    "strikes raids points goals seats votes dollars euros pounds tonnes tons acres sides "
    "cases incidents operations countries nations states companies projects jobs "
    "proposals birds animals cattle sheep dogs trees shots rounds bombs shells"
)
"""Nouns after a number that show it is not a count of people ("killed 3 bills")."""

AUX = word_set(
    "were was have has had been be being are is reportedly reported also all now feared "
    "believed confirmed said to who that later allegedly possibly likely more others "
    "since then already just left found lay lie lying thought presumed"
)
"""Words allowed between a number's noun phrase and a passive death or injury word."""

PREPOSITIONS = word_set("in from near at on across inside outside around throughout during within")

BLOCKERS = word_set(
    "after before when while whilst as because but if than against for with by into and "
    "or said says say told announced claimed"
)
"""Words that end the clause of a number: past them a death word belongs to another count."""

MONTHS: dict[str, int] = {
    name: index + 1
    for index, name in enumerate(
        word_list(
            "january february march april may june july august september october november december"
        )
    )
}
WEEKDAYS: dict[str, int] = {
    name: index
    for index, name in enumerate(
        word_list("monday tuesday wednesday thursday friday saturday sunday")
    )
}

NON_CONFLICT_RE = re.compile(
    r"\b(?:accident\w*|crash\w*|collision|collided|capsiz\w*|shipwreck\w*|sank|sink(?:s|ing)|"
    r"flood\w*|earthquake\w*|quake\w*|tremor|landslides?|mudslides?|avalanche\w*|stampede\w*|"
    r"crush|storms?|cyclone\w*|hurricane\w*|typhoon\w*|tornado\w*|blizzard|wildfires?|blaze|"
    r"fire\s+broke|house\s+fire|bushfires?|disease|cholera|measles|outbreak|epidemic|"
    r"pandemic|covid\w*|virus|heatwave|heat\s+wave|heatstroke|drown\w*|(?:building|bridge|"
    r"mine|roof)\s+collapse\w*|collapsed|derail\w*|lightning|poison\w*|overdose\w*|eruption|"
    r"volcan\w*|explosion\s+at\s+a\s+(?:factory|mine|plant)|gas\s+explosion|famine|"
    r"starvation|malnutrition|hypothermia|cold\s+snap|extreme\s+(?:heat|cold))",
    re.IGNORECASE,
)
"""Deaths that are not conflict violence: kept as figures, never tallied."""

CONFLICT_RE = re.compile(
    r"\b(?:strikes?|airstrikes?|air\s+strikes?|attack\w*|shell\w*|bomb\w*|shot|shooting|"
    r"gunmen|gunfire|militant\w*|rebels?|fighting|clashes|clashed|war|troops|soldiers|army|"
    r"military|drone|missile|rocket|raid|ambush\w*|insurgent\w*|massacre\w*|executed|"
    r"assassinat\w*|offensive|militia\w*|terroris\w*|suicide|explosive|IED|landmine|"
    r"sniper|combat|battle\w*|occupation|forces)\b",
    re.IGNORECASE,
)
"""Words of armed violence: a sentence with one of them is conflict even if a flood is near."""

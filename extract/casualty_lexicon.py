"""Word lists behind casualty extraction: who the victims are, which words join a number to
its verb, and which words mean a death is not conflict violence.

Kept as Python data rather than YAML so that importing the extractor costs nothing and the
lists are checked by mypy; they are small enough to read in one sitting.
"""

from __future__ import annotations

import re

from extract.model import Victims
from extract.pattern_cache import rx


def word_list(text: str) -> list[str]:
    """Word lists are written as one string each, so that they read as prose."""
    return text.split()


def word_set(text: str) -> frozenset[str]:
    """A word list as a set, for membership tests."""
    return frozenset(text.split())


COMPASS_ADJ = (
    r"(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|"
    r"south-?western)"
)
"""A region's side before its name ("the northeastern Sumy region", "the southern Kherson
region"), as a pattern."""

VICTIM_WORDS: dict[str, Victims] = {}
for _victims, _words in {
    "civilians": "civilian civilians noncombatant noncombatants",
    "children": "child children kid kids boy boys girl girls infant infants baby babies "
    "toddler toddlers minor minors schoolchildren teenager teenagers teen teens schoolboy "
    "schoolboys schoolgirl schoolgirls",
    "women": "woman women",
    "soldiers": "soldier soldiers troop troops serviceman servicemen conscript conscripts "
    "mercenary mercenaries vdp "
    "paratrooper paratroopers marine marines personnel guardsman guardsmen peacekeeper "
    "peacekeepers recruit recruits cadet cadets elements jawan jawans sergeant sergeants "
    "lieutenant lieutenants colonel colonels captain captains corporal corporals general "
    "generals commandant commandants trooper troopers sepoy sepoys gunner gunners rifleman "
    "riflemen reservist reservists jco jcos commando commandos auxiliary auxiliaries",
    "fighters": "fighter fighters rebel rebels combatant combatants commander commanders "
    "guerrilla guerrillas militiaman militiamen separatist separatists loyalist loyalists "
    "dissident dissidents "
    "opponent opponents partisan partisans vigilante vigilantes houthis peshmerga taliban "
    "operative operatives comrade comrades sub-commander sub-commanders sub-leader sub-leaders "
    "mujahideen mujahedeen mujahid mujahids janjaweed",
    "militants": "bomber bombers bandit bandits islamist islamists militant militants maoist "
    "maoists naxal naxals naxalite naxalites "
    "terrorist terrorists assailant assailants attacker attackers kidnapper kidnappers "
    "abductor abductors "
    "insurgent insurgents jihadist "
    "jihadists gunman gunmen extremist extremists khawarij khwarij kharijite kharijites "
    "infiltrator infiltrators intruder intruders raider raiders aggressor aggressors hoodlum "
    "hoodlums perpetrator perpetrators",
    "police": "police policeman policemen policewoman policewomen officer officers cop cops "
    "gendarme gendarmes constable constables detective detectives agent agents patrolman "
    "patrolmen inspector inspectors sub-inspector sub-inspectors",
    "aid workers": "aid-worker aid-workers",
    "journalists": "journalist journalists reporter reporters photographer photographers "
    "photojournalist photojournalists cameraman cameramen",
    "medics": "medic medics doctor doctors paramedic paramedics nurse nurses",
    "prisoners": "prisoner prisoners detainee detainees inmate inmates captive captives "
    "hostage hostages",
    "people": "people person persons man men resident residents villager villagers "
    "instructor instructors tapper tappers vaccinator vaccinators survivor survivors "
    "sarpanch sarpanches assistant assistants "
    "worshipper worshippers worshipers passenger passengers pilgrim pilgrims "
    "student students worker workers farmer farmers migrant migrants refugee refugees "
    "protester protesters protestors demonstrator demonstrators others individuals "
    "individual family relatives relative sailor sailors fisherman fishermen shepherd "
    "shepherds volunteer volunteers staff employee employees citizen citizens victim "
    "victims teacher teachers guard guards crew rescuer rescuers official officials "
    "leader leaders mourners mourner bystanders bystander herder herders herdsman herdsmen "
    "member members settler settlers miner miners driver drivers motorist motorists trader "
    "traders merchant merchants businessman businessmen shopkeeper shopkeepers chief chiefs "
    "elder elders imam imams pastor pastors priest priests cleric clerics monk monks nun nuns "
    "judge judges lawyer lawyers politician politicians councillor councillors councilor "
    "councilors candidate candidates activist activists hunter hunters youth youths pupil pupils "
    "mother mothers father fathers son sons daughter daughters brother brothers sister sisters "
    "husband husbands wife wives uncle uncles cousin cousins nephew nephews grandson "
    "grandfather grandmother contractor contractors engineer engineers informant informants "
    "collaborator collaborators spy spies smuggler smugglers poacher poachers ranger rangers "
    "chairman mayor mayors governor governors lawmaker lawmakers headman headmen watchman "
    "watchmen suspect suspects thief thieves robber robbers vendor vendors labourer labourers "
    "laborer laborers hospital-goer patients patient mourners pedestrians pedestrian "
    "seafarer seafarers crewman crewmen technician technicians seller sellers hawker hawkers "
    "firefighter firefighters apprentice apprentices militia militias "
    "commuters commuter tourist tourists pilot pilots owner owners occupants occupant "
    "trucker truckers porter porters displaced guest guests customer customers shopper "
    "shoppers spectator spectators fan fans niece nieces aunt aunts granddaughter bodyguard "
    "bodyguards escort escorts aide aides associate associates companion companions "
    "neighbour neighbours neighbor neighbors friend friends colleague colleagues monitor "
    "monitors observer observers supporter supporters supervisor supervisors foreman foremen "
    "manager managers overseer overseers surveyor surveyors "
    "passer-by passers-by passerby passersby sibling siblings grandchild grandchildren "
    "grandsons granddaughters grandparents parent parents stepson stepdaughter "
    "pharmacist pharmacists tailor tailors barber barbers mechanic mechanics electrician "
    "electricians carpenter carpenters plumber plumbers butcher butchers baker bakers cook "
    "cooks chef chefs waiter waiters cleaner cleaners janitor janitors gardener gardeners "
    "receptionist receptionists waitress waitresses farmhand farmhands housekeeper housekeepers "
    "maid maids nanny nannies caretaker caretakers clinician clinicians "
    "accountant accountants architect architects economist economists scientist scientists "
    "researcher researchers jeweller jewellers goldsmith goldsmiths blacksmith blacksmiths "
    "cyclist cyclists builder builders mason masons welder welders painter painters "
    "housewife housewives retiree retirees pensioner pensioners landlord landlords tenant "
    "tenants villager couple couples brother-in-law sister-in-law father-in-law "
    "mother-in-law son-in-law daughter-in-law in-laws brothers-in-law sisters-in-law "
    "sons-in-law daughters-in-law commissioner commissioners legislator "
    "legislators widow widows widower widowers orphan orphans lives servant servants "
    "patrolman patrolmen martyr martyrs rider riders ruler rulers catechist catechists "
    "deacon deacons chaplain chaplains evangelist evangelists seminarian seminarians "
    "monarch emir emirs sultan sultans "
    "senator senators prosecutor prosecutors magistrate magistrates chairwoman chairperson "
    "chieftain chieftains surgeon surgeons midwife midwives campaigner campaigners "
    "mukhtar mukhtars sheikh sheikhs sheik sheiks "
    "warden wardens jailer jailers motorcyclist motorcyclists trainee trainees "
    "novice novices muezzin muezzins preacher preachers informer informers dentist dentists "
    "veterinarian veterinarians forester foresters minister ministers deputy deputies "
    "administrator administrators coordinator coordinators boss bosses dealer dealers "
    "groom grooms bridegroom bridegrooms bride brides youngster youngsters grower growers "
    "producer producers faithful congregant congregants parishioner parishioners",
}.items():
    for _word in _words.split():
        VICTIM_WORDS[_word] = _victims  # type: ignore[assignment]

FAITH_WORDS = word_set(
    "muslim muslims christian christians hindu hindus sikh sikhs jew jews buddhist buddhists "
    "alawite alawites druze yazidi yazidis shiite shiites sunni sunnis copt copts ahmadi ahmadis "
    "rohingya rohingyas kuki kukis meitei meiteis hazara hazaras fulani tutsi tutsis hutu hutus "
    "kurd kurds"
)
"""Faiths and communities name people in the news as any noun of people does ("a Muslim was
killed", "two Christians", "a Rohingya"), and modify one ("a Christian pastor")."""
VICTIM_WORDS.update(dict.fromkeys(FAITH_WORDS, "people"))

MULTIWORD_VICTIMS: tuple[tuple[re.Pattern[str], Victims], ...] = (
    (rx(r"\b(?:aid|humanitarian|relief)\s+workers?\b", re.I), "aid workers"),
    (rx(r"\b(?:health|medical|healthcare)\s+(?:workers?|staff)\b", re.I), "medics"),
    (rx(r"\b(?:media\s+workers?)\b", re.I), "journalists"),
    (rx(r"\bpolice\s+officers?\b", re.I), "police"),
    (rx(r"\b(?:gang|cartel|militia)\s+members?\b", re.I), "militants"),
    (
        rx(
            r"(?<!mostly\s)(?<!mainly\s)(?<!largely\s)\b(?:elderly|old|aged)\s+(?:men|man|couple|"
            r"residents?|villagers?)\b",
            re.I,
        ),
        "civilians",
    ),
    (
        rx(
            r"\b(?:village|community|tribal|local|district|clan)\s+(?:heads?|chiefs?|"
            r"leaders?|elders?)\b",
            re.I,
        ),
        "people",
    ),
    (rx(r"\bservice\s+members?\b", re.I), "soldiers"),
    (rx(r"\bsecurity\s+(?:forces|personnel)\b", re.I), "soldiers"),
    (rx(r"\b(?:border|frontier|coast|national|republican)\s+guards?\b", re.I), "soldiers"),
    (rx(r"\b(?:district\s+)?reserve\s+guards?\b", re.I), "police"),
)
"""Victim phrases of two words, checked before single words ("aid workers" before "workers")."""

DEMONYM_RE = rx(r"^[A-Z][a-z]+(?:ians?|ans?|is|ese|ites?|ish|ch|s)$")
"""Plural nationality words used as nouns ("Palestinians", "Syrians", "Israelis")."""

NON_PERSON = word_set(
    "generation generations account accounts version versions year years month months week "
    "weeks day days hour hours minute "
    "minutes km kilometres kilometers mile miles metre metres meter meters percent per cent "
    "times bills bill "
    "plans plan deal deals homes houses buildings building vehicles cars tanks rockets "
    "missiles drones targets sites villages towns cities provinces districts attacks "
    "strikes raids points goals seats votes dollars euros pounds tonnes tons acres sides "
    "cases incidents operations countries nations states companies projects jobs "
    "proposals birds animals cattle sheep dogs trees shots rounds bombs shells drone missile "
    "rocket shell tank vehicle truck trucks car aircraft plane planes jet jets fighter-jets "
    "warplane warplanes helicopter helicopters uav uavs boat boats ship ships vessel vessels "
    "home house structures positions position target launchers launcher weapons weapon "
    "depots depot bridges bridge outposts outpost checkpoints bases base armoured "
    "armored apcs howitzers projectiles shahed shaheds mortars mines ied ieds devices "
    "explosives threats cells cows goats camels donkeys horses chickens pigs livestock "
    "animal bird dog cow goat camel donkey horse chicken pig fish elephants whales dolphins "
    "lions tigers bears wolves deer monkeys apes gorillas rhinos hippos giraffes zebras "
    "buffaloes bees insects locusts rats mice cats pets wildlife poultry herds flocks "
    "seals penguins turtles sharks crocodiles snakes rifles rifle guns gun pistols pistol "
    "magazines ammunition cartridges grenades grenade motorcycles bicycles shops stalls "
    "stores kiosks markets schools mosques churches clinics "
    "hospitals warehouses farms huts tents shelters granaries wells hectares "
    "faction factions brigade brigades battalion battalions affiliate affiliates offshoot "
    "offshoots branch branches wing wings"
)
"""Nouns after a number that show it is not a count of people ("killed 3 bills")."""

AUX = word_set(
    "were was have has had been be being are is got get gets reportedly reported also all now "
    "feared believed confirmed said to who that later allegedly possibly likely more others "
    "since then already just left found lay lie lying thought presumed known understood "
    "estimated expected still declared pronounced seriously critically badly severely gravely "
    "fatally lightly remain remains remained pulled"
)
"""Words allowed between a number's noun phrase and a passive death or injury word."""

PREPOSITIONS = word_set("in from near at on across inside outside around throughout during within")

BLOCKERS = word_set(
    "after before when while whilst as because but if than against for with by into and "
    "or said says say told announced claimed including incl among whom whose"
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

NON_CONFLICT_RE = rx(
    r"\b(?:accident\w*|crash\w*|collision|collided|capsiz\w*|speeding\s+(?:water\s+|oil\s+)?"
    r"(?:tanker|truck|lorry|bus|car|vehicle|van|trailer|dumper|coach)|shipwreck\w*|sank|sink(?:s|ing)|"
    r"flood\w*|earthquake\w*|quake\w*|aftershocks?|tremors?|landslides?|mudslides?|avalanche\w*|stampede\w*|"
    r"(?:mine|shaft|pit|tunnel|building|bridge|wall|roof|dam)\s+(?:shaft\s+)?collapsed?|"
    r"collapse\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:mine|shaft|pit|building|bridge|"
    r"wall|roof|dam)|cave-in|"
    r"crush|(?:(?:a|the|tropical|winter|severe|heavy|sand|dust|snow|rain|ice|hail|powerful|"
    r"deadly|violent|massive|major|fierce|fresh|another)\s+)storms?|storms?\s+(?:kill\w*|hit\w*|"
    r"lash\w*|batter\w*|swept|sweep\w*|struck|toll|surge|damage\w*|caused|brought|death\w*|"
    r"victims?|season|warning|system|front)|(?-i:Storm\s+[A-Z][a-z]+)|^storms?\b|thunderstorms?|"
    r"rain-related|monsoon\w*|plunge[sd]?\s+(?:into|off|down)|skidded|"
    r"(?:heavy|torrential|monsoon)\s+rains?|downpours?|"
    r"rainstorms?|snowstorms?|sandstorms?|cyclone\w*|hurricane\w*|typhoon\w*|tornado\w*|blizzard|wildfires?|blaze|"
    r"fire\s+broke|house\s+fire|electrical\s+(?:fault|fire)|short[\s-]circuit|fireworks|fire\s+(?:swept|ripped|tore|raced)\s+through|fell\s+into\s+(?:a\s+|the\s+)?(?:ravine|gorge|"
    r"river|canal|gully|valley)|lost\s+control\s+(?:of\s+the\s+(?:vehicle|bus|car|truck|coach)|on)|(?<!causing\s)(?<!caused\s)(?<!sparking\s)(?<!sparked\s)(?<!starting\s)(?<!started\s)(?<!setting\s)(?<!igniting\s)(?<!ignited\s)(?:an?|the)\s+(?:(?!cease)[a-z]+\s+)?fire\b(?![\s-]+(?:exchanges?|fights?))|bushfires?|"
    r"(?:caught|catches)\s+fire|disease\w*|illness\w*|"
    r"cholera|measles|dengue|malaria|ebola|mpox|diphtheria|meningitis|tuberculosis|outbreak|"
    r"epidemic|pandemic|covid\w*|virus|infect\w*|bacteri\w*|contaminat\w*|heatwave|"
    r"heat\s+wave|heatstroke|drown\w*|(?:building|bridge|mine|roof|wall)\s+collapse\w*|"
    r"collapsed|derail\w*|lightning|overturn\w*|mauled|crowds?\s+(?:surg\w*|push\w*)|"
    r"surging\s+crowds?|poison\w*|overdose\w*|eruption|volcan\w*|"
    r"(?:explosion|blast|fire)\s+(?:at|in)\s+(?:an?\s+|the\s+)?(?:(?:[\w-]+\s+)?(?:factory|mine|"
    r"plant|refinery|warehouse|port|harbou?r|docks?|silos?)|(?:fuel|oil|gas|chemical)\s+depot)|"
    r"(?:port|harbou?r|dock|warehouse|silo|factory|refinery)\s+(?:blast|explosion|fire)|"
    r"(?:fuel|oil|gas|chemical)\s+(?:depot|plant|refinery|tanker)\s+"
    r"(?:blast|explosion|fire)|tankers?\s+(?:blast|explosion|fire|exploded|explodes)|"
    r"(?:fuel|oil|gas|petrol|diesel)\s+tankers?\s+(?:rams?|rammed|ramming|ploughs?|ploughed|"
    r"plows?|plowed)\s+(?:into|through)|(?:air\s*drops?|aid\s+drops?)\s+(?:[\w-]+\s+)?"
    r"(?:malfunction\w*|went\s+wrong|failed)|parachutes?\s+(?:[\w-]+\s+){0,4}?failed\s+to\s+open|"
    r"gas\s+(?:explosion|leak)|(?:spurious|illicit|toxic|bootleg|adulterated|tainted|"
    r"counterfeit|home-?made|moonshine)\s+(?:liquor|alcohol|brew|hooch)|hooch|methanol|(?:gas\s+|LPG\s+)?cylinder\s+(?:explosion|blast)|famine|starv\w*|lift\s+shaft|"
    r"elevator\s+shaft|fell\s+(?:to\s+(?:his|her|their)\s+deaths?|from)|fall\s+from|"
    r"malnutrition|hunger|dehydration|thirst|hypothermia|cold\s+snap|extreme\s+(?:heat|cold)|"
    r"snow\w*|pollut\w*|smog|air\s+quality|suicide(?!\s+(?:bomb\w*|attack\w*|blast\w*|"
    r"vest|car|truck|drone))|took\s+(?:his|her|their)\s+own\s+li(?:fe|ves)|traffic\s+(?:accident|collision|crash|"
    r"deaths?|fatalit\w+)|road\s+"
    r"deaths|motorists?\s+killed|plane\s+went\s+down|air\s+disaster|lost\s+(?:its|their)\s+brakes|"
    r"brake\s+failure|(?:of|from)\s+natural\s+causes)\b",
    re.IGNORECASE,
)
"""Causes of death that are not conflict violence: kept as figures, never tallied.

Deaths from hunger, starvation and disease are left out even in a war: they are often caused
by it, but the conflict-data projects (ACLED, UCDP) count only deaths from direct violence,
and an editor's violence tally must mean the same thing from one war to the next.
"""

CROWD_RE = rx(
    r"\b(?:stampedes?|crowd\s+(?:crush|surge)|crush\s+of\s+(?:people|fans|crowds?)|fans|"
    r"supporters\s+of\s+(?:the\s+)?(?:club|team)|(?:football|soccer|rugby|cricket)\s+"
    r"(?:match|game|fans|stadium|final|pitch)|stadium|referee)\b",
    re.IGNORECASE,
)
"""A crowd disaster or sports unrest: deaths at a match or in a stampede are not conflict
violence even when fans clashed first, unless an armed attack is named."""

WEAK_VIOLENCE_RE = rx(
    r"(?:clash\w*|fighting|riot\w*|scuffle\w*|brawl\w*|stormed|storming)$", re.IGNORECASE
)
"""Violence words that crowds do too: they do not make a stampede or a match riot a war."""


JUDICIAL_RE = rx(
    r"\b(?:sentenced\s+to\s+death|death\s+(?:row|sentences?|penalty)|capital\s+punishment|"
    r"lethal\s+injection|judicial\s+execution\w*|(?:executed|hanged)\s+(?:on\s+)?"
    r"(?:for|after\s+(?:being\s+)?(?:convicted|sentenced|a\s+trial))|convicted\s+of|"
    r"(?:executed|hanged)\s+(?:[\w-]+\s+){0,3}?(?:convicted|sentenced|condemned)\b|"
    r"(?:executed|hanged)\b[^.;]{0,80}?\bafter\s+(?:a|the)\s+(?:[\w-]+\s+)?court\b[^.;]{0,40}?"
    r"\b(?:convicted|sentenced|condemned)\b|"
    r"(?:convicted|sentenced|acquitted|charged)\s+(?:in|over|for)\s+(?:the\s+)?(?:death|"
    r"killing|murder)|"
    r"executions?\s+(?:of\s+)?(?:convicts?|prisoners?\s+on\s+death\s+row)|"
    r"\bcourt\s+(?:executed|hanged)\b|"
    r"(?:executed|hanged)\b[^.;]{0,80}?\bafter\s+(?:convicting|sentencing|condemning)\b|"
    r"\bconvicts\s+(?:were|was|had\s+been|have\s+been)\s+(?:executed|hanged)\b|"
    r"\bratified\s+(?:their|his|her|the)\s+(?:death\s+)?sentences?\b)",
    re.IGNORECASE,
)
"""Executions by courts: deaths, but not conflict violence (ACLED and UCDP leave them out)."""

STATISTIC_RE = rx(
    r"\b(?:per|each|every)\s+(?:year|month|week|day)\b|(?<!\bin\s)(?<!within\s)(?<!than\s)"
    r"(?<!just\s)(?<!over\s)(?<!for\s)(?<!nearly\s)(?<!almost\s)(?<!about\s)"
    r"\ba\s+(?:year|day)\b(?!-|\s+(?:ago|of|"
    r"since|after|before|earlier|later|into|on|and|or|to|when|that|in\s+(?:prison|jail)))|"
    r"\bannual(?:ly)?\b|\byearly\b|\bpremature\s+deaths\b|\bmortality\b|\bstud(?:y|ies)\b|"
    r"(?<!\bour\s)(?<!\bits\s)(?<!\btheir\s)(?<!'s\s)(?<!’s\s)\bresearchers?\b(?!\s+(?:interviewed|"
    r"spoke|visited|documented|verified))|\blife\s+expectancy\b|\bper\s+\d[\d,]*\s+(?:people|residents)\b",
    re.IGNORECASE,
)
"""Rates and studies ("2 million deaths a year", "a study found"): no incident, never tallied."""

CONFLICT_RE = rx(
    r"\b(?:(?<!lightning\s)strikes?|airstrikes?|air\s+strikes?|(?<!heart\s)attack(?:s|ed|ing|er|ers)?|shell(?:s|ed|ing)?|"
    r"bomb(?:s|ed|ing|ings|er|ers|ardment\w*|arded|arding)?|shot|shooting|shootings|gunm[ae]n|"
    r"gunfire|opened\s+fire|militant\w*|rebels?|fighting|clash(?:es|ed)|raids?|ambush\w*|"
    r"insurgent\w*|massacre\w*|executed|assassinat\w*|militia\w*|paramilitar\w*|terroris\w*|"
    r"suicide\s+(?:bomb\w*|attack\w*|blast\w*|vest|car|truck|drone)|explosives?|IEDs?|"
    r"landmines?|mines?\s+explo\w*|sniper\w*|drones?|missiles?|rockets?|mortars?|artillery|"
    r"grenades?|gunshots?|stabb\w*|behead\w*|decapitat\w*|lynch\w*|shot\s+down|airstrike|jihadist\w*|"
    r"abduct\w*|kidnap\w*|hostages?|captives?|killings|genocide|airstrikes|gangs?|"
    r"gangsters?|warlords?|cartels?|bandits?|slay\w*|slain|slaughter\w*|murder\w*|"
    r"(?:israeli|russian|ukrainian|army|military|enemy|troops|tank|live|machine-gun|sniper|"
    r"police)\s+fire[ds]?|fired\s+(?:on|at|towards|toward|into|upon)|opened\s+fire|"
    r"return(?:ed|ing)?\s+fire|exchanges?\s+of\s+fire|exchang(?:ed|ing|es?)\s+fire|fire[\s-]+exchanges?|"
    r"cross-?fire|gunfights?|firefights?|shoot-?outs?|martyred|martyrdom|shahadat|"
    r"assailants?)\b",
    re.IGNORECASE,
)
"""Words of armed violence: a sentence with one of them is conflict even if a flood is near."""

WAR_CONTEXT_RE = rx(
    r"\b(?:war|wars|troops|soldiers|army|military|battles?|battlefield|combat|occupation|"
    r"offensive|forces|fighters|conflict|frontline|front\s+line|invasion|siege|ceasefire|"
    r"cease-fire|air[\s-]raid|sirens?|stay\s+in\s+(?:the\s+)?shelters?)\b",
    re.IGNORECASE,
)
"""Words of war that name no act of violence: conflict, unless the sentence names another
cause ("a military helicopter crashed, killing 5 soldiers" is an accident)."""


ANIMAL_RE = rx(
    r"\b(?:bear|shark|crocodile|hippo|elephant|lion|tiger|leopard|snake|dog|wolf|wolves|"
    r"animal)s?\s+(?:(?:who|which|that)\s+)?(?:attack\w*|bit|bites?|lunged|charged|mauled)\b",
    re.IGNORECASE,
)
"""An animal's attack: not violence of a conflict, though "attacked" is a word of one."""

CRIME_RE = rx(
    r"\b(?:(?:accused|suspected|suspicion|charged|convicted|arrested|detained|held)\s+"
    r"(?:of|with|for|over|in)\s+(?:the\s+)?(?:(?:fatal(?:ly)?|deadly)\s+)?(?:kill\w*|"
    r"murder\w*|stabb\w*|shoot\w*|poison\w*|strangl\w*|beat\w*|death|deaths)|"
    r"(?:a|the|murder)\s+suspect\b|acquitted|indicted|"
    r"pleaded\s+guilty|pleads?\s+guilty|found\s+guilty|not\s+guilty|on\s+trial|"
    r"(?:murder|manslaughter)\s+(?:trial|charges?|case)|manslaughter|serial\s+killer|"
    r"domestic\s+(?:violence|abuse|dispute)|femicide|robbery|robberies|robbers?|burglary|"
    r"burglars?|muggers?|carjack\w*|(?:tried|trying|attempted|attempting|attempts?)\s+to\s+(?:steal|rob|snatch)|robbed|mugged|mugging|"
    r"steal\w*\s+(?:his|her)\s+(?:phone|mobile|bag|wallet|purse|money|motorcycle|motorbike|car|bike)|"
    r"road\s+rage|(?:family|business|property|inheritance|marital|personal|private|domestic|"
    r"water|irrigation|debt|money|romantic|love|dowry|land|boundary|parking|traffic|rent|wage|"
    r"petty|trivial|minor|workplace|labou?r|employment)\s+disputes?|quarrel\w*|altercation|"
    r"feud\w*(?!\s+between\s+(?:the\s+)?[^.;]{0,60}?\b(?:gangs|cartels|factions|militias)\b)|(?:old\s+|long-standing\s+|personal\s+)?enmity|grudges?|unpaid\s+(?:loan|debt)s?|(?:families|relatives|clans)\s+clash\w*|(?:branches|sides|parts)\s+of\s+"
    r"(?:the\s+|one\s+)?same\s+family|(?:detained|arrested|held)\s+after\s+"
    r"(?:(?:allegedly|reportedly|apparently)\s+)?(?:shooting|killing|stabbing|murdering)|"
    r"(?:kill\w*|murder\w*|stabb\w*|strangl\w*|shot|shooting)\s+(?:his|her)\s+(?:(?:former|estranged|"
    r"pregnant)\s+)?(?:wife|husband|girlfriend|boyfriend|partner|ex-wife|ex-husband|fianc[eé]e?)\b|"
    r"disputes?\s+(?:over|about)\s+(?:an?\s+)?"
    r"(?:old\s+)?(?:marriage|land|property|inheritance|debt|money|rent|parking|"
    r"(?:plot|piece|patch|strip)\s+of\s+land)|honou?r[\"”’']?\s+killings?|"
    r"(?:families|relatives|brothers|cousins|neighbou?rs)\b[^.;]{0,60}?\bover\s+(?:an?\s+)?disputed\s+"
    r"(?:(?:plot|piece|patch|strip)\s+of\s+)?(?:land|farmland|property)|"
    r"(?:families|relatives|clans)\s+exchanged\s+(?:gun)?fire|"
    r"(?:accused|suspected)\s+of\s+(?:theft|stealing|robbery|being\s+a\s+thief)\b[^.;]{0,80}?\bby\s+"
    r"(?:an?\s+)?(?:angry\s+)?mob\b|\bmob\s+(?:justice|lynching)|"
    r"(?<!communal\s)(?<!ethnic\s)(?<!tribal\s)(?<!sectarian\s)(?<!intercommunal\s)"
    r"(?<!communities\s)(?<!villages\s)(?<!villagers\s)(?<!tribes\s)(?<!youths\s)(?<!groups\s)clash(?:es)?\s+"
    r"over\s+(?:an?\s+)?(?:land|farmland|property|plot\s+of\s+land)|"
    r"(?:a|an|the)\s+(?:\w+\s+)?(?:argument|brawl)|\b(?:after|during|following|in)\s+(?:an?\s+)?"
    r"(?:\w+\s+)?row\s+(?:outside|at|in|over|with)\b|(?:dispute|quarrel|row)\s+over\s+"
    r"(?:witchcraft|sorcery)|"
    r"(?:shot|stabbed|killed|murdered|strangled|beat)\s+(?:dead\s+)?(?:his|her)\s+(?:[\w-]+\s+)?"
    r"(?:wife|husband|girlfriend|boyfriend|fiancee?|partner|ex-wife|ex-husband|mother|father|"
    r"brother|sister|son|daughter|cousin|uncle|aunt|neighbou?r|landlord|tenant|employer|"
    r"[a-z]+-in-law|in-laws)|\bby\s+(?:his|her|their)\s+(?:own\s+)?(?:wife|husband|girlfriend|"
    r"boyfriend|partner|neighbou?rs?|landlord|tenant|employer|brother|cousin|uncle|son|father|"
    r"[a-z]+-in-law)\b|(?:man|woman|father|mother|husband|son)\s+(?:kills|killed|"
    r"murders|murdered|stabs|stabbed|shoots|shot)\s+(?:dead\s+)?(?:his\s+|her\s+)?"
    r"(?:wife|husband|girlfriend|boyfriend|fiancee?|partner|ex-wife|ex-husband|mother|father|"
    r"brother|sister|son|daughter|cousin|uncle|aunt|neighbou?r|landlord|tenant|employer|"
    r"[a-z]+-in-law|in-laws))\b",
    re.IGNORECASE,
)
"""Criminal cases: a suspect, a charge, a trial, a domestic killing. Not conflict violence
unless armed groups, soldiers or weapons of war are named (`ORGANISED_RE`)."""

CRIMEISH_RE = rx(
    r"(?:murder\w*|killings|stabb\w*|shot|shooting|shootings|gunshots?|gunfire|slay\w*|slain|"
    r"attack(?:s|ed|ing|er|ers)?|behead\w*|decapitat\w*|abduct\w*|kidnap\w*|hostages?|captives?|"
    r"executed|lynch\w*|gangs?|gangsters?)$",
    re.IGNORECASE,
)
"""Violence words that a single criminal does too: with a suspect on trial they are crime."""

PRIVATE_CRIME_RE = rx(
    r"\b(?:robbery|robberies|robbers?|burglary|burglars?|muggers?|carjack\w*|(?:tried|trying|attempted|attempting|attempts?)\s+to\s+(?:steal|rob|snatch)|robbed|mugged|mugging|"
    r"(?:phone|mobile|bag|purse|chain)[\s-]+snatch\w*|snatchers?|"
    r"steal\w*\s+(?:his|her)\s+(?:phone|mobile|bag|wallet|purse|money|motorcycle|motorbike|car|bike)|feud\w*(?!\s+between\s+(?:the\s+)?[^.;]{0,60}?\b(?:gangs|cartels|factions|militias)\b)|"
    r"(?:families|relatives|"
    r"clans)\s+clash\w*|(?:family|business|property|inheritance|marital|personal|private|"
    r"domestic|debt|money|romantic|love|dowry)\s+disputes?|disputes?\s+(?:over|about)\s+(?:an?\s+)?"
    r"(?:old\s+)?(?:marriage|land|property|inheritance|debt|money))\b|"
    r"(?:families|relatives|brothers|cousins|neighbou?rs)\b[^.;]{0,60}?\bover\s+(?:an?\s+)?disputed\s+"
    r"(?:(?:plot|piece|patch|strip)\s+of\s+)?(?:land|farmland|property)|"
    r"(?:families|relatives|brothers|cousins|neighbou?rs)\b[^.;]{0,60}?\bover\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:land|property|inheritance|boundary)\s+disputes?|"
    r"(?:families|relatives|clans)\s+exchanged\s+(?:gun)?fire|"
    r"(?:accused|suspected)\s+of\s+(?:theft|stealing|robbery|being\s+a\s+thief)\b[^.;]{0,80}?\bby\s+"
    r"(?:an?\s+)?(?:angry\s+)?mob\b|\bmob\s+(?:justice|lynching)|"
    r"(?<!communal\s)(?<!ethnic\s)(?<!tribal\s)(?<!sectarian\s)(?<!intercommunal\s)"
    r"(?<!communities\s)(?<!villages\s)(?<!villagers\s)(?<!tribes\s)(?<!youths\s)(?<!groups\s)clash(?:es)?\s+"
    r"over\s+(?:an?\s+)?(?:land|farmland|property|plot\s+of\s+land)",
    re.IGNORECASE,
)
"""A robbery or a private feud: gunmen and a clash in it are of the crime, not of a war."""
PRIVATE_VIOLENCE_RE = rx(
    r"(?:gunm[ae]n|clash(?:es|ed)?|opened\s+fire|exchanged\s+(?:gun)?fire|fired\s+(?:on|at|towards|"
    r"toward|into|upon)|raids?|raided|ambush(?:ed|es)?|shoot-?outs?|gunfights?|firefights?|"
    r"assailants?)$",
    re.IGNORECASE,
)

BLAST_RE = rx(r"\b(?:explosions?|blasts?|explod\w*|blew\s+up|detonat\w*)\b", re.I)
DISASTER_RE = rx(
    r"\b(?:disasters?|catastroph\w*|tragedy|tragic\s+(?:accident|incident)|accidental\w*|"
    r"cause\s+(?:of\s+the\s+\w+\s+)?(?:is|was|remains)\s+(?:unknown|unclear|under\s+"
    r"investigation)|(?:no\s+(?:sign|indication|evidence)\s+of|ruled\s+out|rule\s+out|"
    r"ruling\s+out|not\s+(?:being\s+)?(?:treated|considered|investigated)\s+as)\s+"
    r"(?:an?\s+)?(?:terror(?:ist)?\s+)?(?:attack|foul\s+play|terrorism|sabotage))\b",
    re.IGNORECASE,
)
ACCIDENT_SITE_RE = rx(
    r"\b(?:gas|fuel|petrol|propane|boiler|pipeline|fireworks|apartment|apartments|flats|"
    r"residential\s+(?:building|block)|factory|plant|warehouse|refinery|chemical|mine|"
    r"restaurant|bakery)\b",
    re.IGNORECASE,
)
"""An explosion called a disaster, or at a place where gas and industry explode, with no
attack, armed actor or war named in the text, is not counted as conflict violence: the
conflict-data projects code a blast only when an attack or armed actor is named. A bare
"blast kills 4" keeps the default reading (conflict), since most such headlines are."""

PERSON_BEFORE_AGE_RE = rx(
    r"\b(?:an?|his|her|their)\s+(?:[\w-]+\s+)?(?:girl|boy|man|woman|child|baby|toddler|"
    r"teenager|son|daughter|mother|father|grandson|granddaughter|grandmother|grandfather|"
    r"brother|sister|wife|husband|infant|nephew|niece|cousin|uncle|aunt),\s*$",
    re.IGNORECASE,
)
"""A person told by a noun, then a comma: an age may follow ("a girl, 11,", "his son, 32,")."""

SELF_DETONATION_RE = rx(
    r"\b(?:(?:blew|blows)\s+(?:him|her)self\s+up|(?:blew|blow)\s+themselves\s+up|detonate[sd]\s+"
    r"(?:his|her|an?)\s+(?:[\w-]+\s+)?(?:vest|belt)|detonated?\s+their\s+(?:[\w-]+\s+)?(?:vests|belts))\b",
    re.IGNORECASE,
)
"""A bomber's own death: "blew himself up", "detonated his explosive vest", "blew themselves
up", a headline's "blows himself up"."""

RETRACTED_RE = rx(
    r"\b(?:retract\w*|withdr[ae]w\w*|deleted|disowned|took\s+down|walked\s+back|correct(?:ed|s|ing))"
    r"\s+(?:a|an|the|"
    r"its|their|his|her)\s+(?:[\w’'-]+\s+){0,4}?(?:reports?|statements?|claims?|posts?|figures?|"
    r"tweets?|messages?|communiqu[eé]s?|announcements?)\b|\b(?:we|it|they|had)\s+(?:earlier|"
    r"previously|wrongly|mistakenly|incorrectly)\s+(?:cited|reported|said|stated|gave|quoted)\b"
    r"|\b(?:an?\s+)?(?:earlier|previous)\s+version\s+of\s+this\s+(?:article|story|report|post)\s+"
    r"(?:said|stated|reported|gave|misstated|incorrectly\s+\w+)\b",
    re.IGNORECASE,
)
"""A source taking back what it said: "retracted a report that 12 soldiers had been killed",
"CORRECTION: We earlier cited local media reporting 10 dead"."""

"""Victim phrases by class: group nouns, lists, named people, singular victims and idioms.

Every sentence is our own, written in the style of wire copy and conflict-data event notes;
each test gives the exact death and injury totals a desk editor would quote.
"""

from __future__ import annotations

import pytest

from extract.api import extract
from extract.casualties import find_figures
from extract.casualty_keywords import might_mention_casualties, might_mention_words
from extract.casualty_pairing import classify_victims
from extract.namematch import Tokens
from tests.extract.desk import PUBLISHED, totals


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine members of a family were killed in an overnight strike on Rafah.", (9, 0)),
        ("Four members of a vigilante group died in the ambush near Gusau.", (4, 0)),
        ("Six members of the same clan were shot dead at a market in Jonglei.", (6, 0)),
        ("Three more of its employees were killed on Monday, the agency said.", (3, 0)),
        ("Two more people were killed when the second drone hit the crowd.", (2, 0)),
        ("Five of the wounded later died in hospital.", (5, 0)),
        ("Twelve relatives of the militia leader were killed in the bombing.", (12, 0)),
        ("The shelling killed eleven members of one family in Kherson.", (11, 0)),
    ],
)
def test_numbers_that_quantify_a_group_noun(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A woman and three children were among those killed in the strike.", (4, 0)),
        ("Three rebels and a police officer were killed in the fighting.", (4, 0)),
        ("A soldier and two civilians were killed by shelling in Toretsk.", (3, 0)),
        ("Two women, a child and an elderly man were killed when the shell landed.", (4, 0)),
        ("A paramedic and a journalist were killed in the double-tap strike.", (2, 0)),
        ("A father and his two sons were shot dead at a checkpoint near Kidal.", (3, 0)),
        ("A woman and her son were killed when a mortar round hit their home.", (2, 0)),
        ("Gunmen killed two herders and a teenage boy near Bokkos.", (3, 0)),
    ],
)
def test_enumerated_victims_add_up(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_a_listed_victim_among_a_larger_count_is_a_part() -> None:
    text = (
        "A strike on the camp killed 14 people. A nurse and two children were among those killed."
    )
    assert totals(text) == (14, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army said it killed 14 militants including a commander in the raid.", (14, 0)),
        ("Troops killed 9 insurgents, among them a senior commander, near Kidal.", (9, 0)),
        ("Soldiers killed 6 fighters of the group, including its local leader.", (6, 0)),
    ],
)
def test_a_commander_among_the_dead_is_a_part(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("A drone killed Dr. Hassan Ali, the director of the Nasr hospital.", "people"),
        ("The strike killed photographer Omar Saleh in Gaza City.", "journalists"),
        ("Israeli fire killed Mahmoud Qasem, a teacher, near Jabalia.", "people"),
        ("An air strike killing journalist Rami Haddad drew condemnation.", "journalists"),
        ("Gunmen assassinated the mayor of Tillaberi on Friday.", "people"),
        ("The commander of the 3rd brigade was killed in an ambush near Bakhmut.", "fighters"),
        ("The leader of the armed group was killed in a drone strike, the army said.", "people"),
        ("Hamas commander Yusuf Darwish was killed in a strike on Khan Younis.", "fighters"),
        ("Colonel Ibrahim Toure, the base commander, was killed in the assault.", "soldiers"),
        ("A strike killed Hezbollah's top commander in Beirut.", "fighters"),
        ("US forces killed Hamza Khalil Ahmed near Raqqa on Tuesday.", "people"),
        ("The father of three was killed when the shell hit the house.", "people"),
    ],
)
def test_one_named_or_titled_person(text: str, victims: str) -> None:
    ex = extract(text, published=PUBLISHED)
    assert (ex.killed, ex.injured) == (1, 0)
    [figure] = ex.figures
    assert figure.victims == victims


@pytest.mark.parametrize(
    "text",
    [
        "Israeli strikes killed Gaza City residents overnight.",
        "Strikes killed Hezbollah fighters in the south.",
        "The army killed Islamic State militants in Raqqa.",
        "Thousands visit a shrine for killed militia leader Abu Karim Jaber.",
        "The warlord who executed President Tomas Berri died in exile.",
        "The bill was killed by the senate on Monday.",
        "The entire family was killed, neighbours said.",
        "An air strike killed a family in Khan Younis.",
        "The strike killed the men inside the car.",
        "The drone killed the crew of the fishing boat.",
        "Gunmen killed his men in the raid.",
    ],
)
def test_no_count_without_one_person_named(text: str) -> None:
    assert totals(text) == (0, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A smuggler was killed after exchanging fire with the border police.", (1, 0)),
        ("A policeman was killed and another wounded in a bomb attack in Quetta.", (1, 1)),
        ("One of three brothers was killed in the raid on the farm.", (1, 0)),
        ("Two of the five hostages were killed during the rescue attempt.", (2, 0)),
        ("2 of the 5 hostages were killed during the rescue attempt.", (2, 0)),
    ],
)
def test_singular_victims_and_partitives(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two farmers were stabbed to death by herders near Jos.", (2, 0)),
        ("A man was shot to death at a checkpoint in Hebron.", (1, 0)),
        ("Three detainees were beaten to death in custody, activists said.", (3, 0)),
        ("Militants assassinated two tribal elders in Khyber.", (2, 0)),
        ("A Palestinian man was fatally assaulted by settlers near Hebron.", (1, 0)),
        ("Police fatally shot two protesters in the capital.", (2, 0)),
        ("A soldier was mortally wounded by a sniper near Avdiivka.", (1, 0)),
        ("Two people were fatally wounded and three injured in the shelling.", (2, 3)),
        ("An air strike hit the market, leaving 11 dead.", (11, 0)),
        ("The attack left seven people dead and 20 wounded.", (7, 20)),
        ("The shelling resulted in the death of three civilians.", (3, 0)),
        ("The raid resulted in the deaths of 6 people.", (6, 0)),
        ("Gunmen opened fire on the villagers, killing five of them.", (5, 0)),
        ("Three suspects died in the shootout with police.", (3, 0)),
        ("Two attackers died when their explosives went off early.", (2, 0)),
    ],
)
def test_verbs_and_idioms_of_death(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A cattle herder was killed after gunmen raided his camp.", (1, 0)),
        ("A drone hit a car near Bryansk, killing its driver.", (1, 0)),
        ("Gunmen killed the chief of Ngadi village and his brother.", (2, 0)),
        ("Six members of one family were killed when the shell hit their house.", (6, 0)),
        ("Five of the injured later died, raising the toll of the market strike to 11.", (11, 0)),
        ("Two more bodies were recovered, bringing the death toll to 14.", (14, 0)),
        ("Three more soldiers died, bringing the number killed in the ambush to 9.", (9, 0)),
    ],
)
def test_possessives_modifiers_and_raised_tolls(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed a teacher, a nurse and two students in the attack.", (4, 0)),
        ("The bodies of a woman and her two daughters were found in the rubble.", (3, 0)),
        ("Both pilots were killed when the helicopter was shot down.", (2, 0)),
        ("A drone killed volunteer medic Olena Kovalenko near Izium.", (1, 0)),
        ("Security forces shot dead the alleged ringleader of the gang.", (1, 0)),
        ("Gunmen killed a soldier, a police officer said.", (1, 0)),
        ("The strike killed Hamas's deputy military chief and three of his aides.", (4, 0)),
    ],
)
def test_lists_after_an_object_and_both(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militia fighters stormed the village, killing four of its residents.", (4, 0)),
        ("The bodies of two kidnapped bus drivers were found near Beni.", (2, 0)),
        ("A shell killed a tank commander and two of his crew.", (3, 0)),
        ("A woman was killed and her son badly wounded when the shell struck.", (1, 1)),
    ],
)
def test_modifiers_and_adverbs_do_not_hide_victims(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_a_storm_is_not_stormed() -> None:
    ex = extract("Gunmen stormed a hotel, killing six guests.", published=PUBLISHED)
    assert ex.killed == 6
    assert extract("A storm killed six people.", published=PUBLISHED).killed == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Muslim was killed when the mob set fire to the mosque.", (1, 0)),
        ("Two Christians were shot dead on their way to church in Benue.", (2, 0)),
        ("Rebels killed three Hindus and wounded a Sikh in the raid.", (3, 1)),
        ("A Rohingya was killed and four were hurt by shelling near the camp.", (1, 4)),
        ("Gunmen shot dead a Muslim cleric and his driver near the market.", (2, 0)),
        ("A youth was shot dead by soldiers at a checkpoint in Kano.", (1, 0)),
        ("A Yazidi woman and her son were killed by a roadside bomb.", (2, 0)),
        ("Police said two party supporters were killed in the clashes.", (2, 0)),
        ("Four jawans were martyred when militants ambushed the convoy.", (4, 0)),
        ("The army said it killed 6 khawarij near the border.", (6, 0)),
    ],
)
def test_faiths_communities_and_regional_nouns_of_people(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The widow of a soldier killed near Bakhmut asked for his body.", (1, 0)),
        ("Relatives of a farmer shot dead by herders blocked the highway.", (1, 0)),
        ("The father of a Muslim youth killed in the riots filed a complaint.", (1, 0)),
        ("Colleagues of a journalist slain in Juarez marched on Friday.", (1, 0)),
        ("The funeral of a policeman killed by the bomb drew thousands.", (1, 0)),
        ("Seven members of a family killed in the strike were buried.", (7, 0)),
        ("The leader of a militia that killed dozens was arrested.", (12, 0)),
    ],
)
def test_one_victim_in_a_reduced_relative_after_a_relation(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels said they killed 40 troops, while the army admitted losing 12 soldiers.", (12, 0)),
        ("Medics counted 27 dead; the ministry said 31 people were killed.", (27, 0)),
        ("The militia claimed 50 kills, but residents said 9 people died.", (9, 0)),
        ("Five soldiers were killed; the army said 20 attackers also died.", (25, 0)),
        ("Shelling killed 6 civilians, while officials said 14 fighters were killed.", (20, 0)),
        ("Gunmen killed 4 people in Gao, while in Mopti 3 were killed, officials said.", (7, 0)),
    ],
)
def test_two_accounts_of_the_same_dead_in_one_sentence_count_the_lower(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two people died at the scene and the toll has since risen to seven.", (7, 0)),
        ("Officials first reported 3 dead; the death toll then climbed to 8.", (8, 0)),
        ("Six were killed in the first strike; the toll reached 10 by evening.", (10, 0)),
    ],
)
def test_dead_told_before_a_risen_toll_in_the_sentence_are_inside_it(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen shot dead a police commander and his driver in Zacatecas.", (2, 0)),
        ("The blast killed a militia commander and a passer-by near the market.", (2, 0)),
        ("A village chief and a teacher were killed in the raid.", (2, 0)),
        ("Bandits killed a Fulani herder and his son near Gusau.", (2, 0)),
        ("A child soldier was killed in the fighting near Bunia.", (1, 0)),
    ],
)
def test_a_noun_of_people_before_another_modifies_it(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attacker detonated his vest at the gate, killing himself and 3 guards.", (4, 0)),
        ("A suicide bomber killed himself and wounded 9 people outside the mosque.", (1, 9)),
        ("Gunmen killed a village chief and two others in Zamfara.", (3, 0)),
        ("A drone killed a militia leader and six other people near the river.", (7, 0)),
    ],
)
def test_a_bomber_among_the_dead_and_others_after_a_victim(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A mortar round killed a woman and injured her three grandchildren.", (1, 3)),
        ("Two siblings were shot dead at a checkpoint near Jenin.", (2, 0)),
    ],
)
def test_relatives_by_any_kin_word_are_people(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("At least 30 killed as paramilitaries storm a camp near El Fasher, medics say", 30),
        ("Troops storm rebel-held village, killing 14 fighters", 14),
        ("Storm kills 6 in coastal Bangladesh", 0),
        ("Five people were killed when a powerful storm hit the coast of Mindanao.", 0),
        ("Heavy storms killed 12 people across western Kenya.", 0),
    ],
)
def test_storm_the_verb_is_an_assault_and_the_noun_is_weather(text: str, killed: int) -> None:
    assert totals(text)[0] == killed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 4 December, militants attacked a checkpoint near Kurram, killing 4 soldiers. "
            "Three attackers were killed in the exchange of fire.",
            (7, 0),
        ),
        (
            "Rebels overran a base in Shan state, killing 6 soldiers. 2 rebel fighters died.",
            (8, 0),
        ),
        # People may be of any side: the largest claim stands for the others.
        ("Militants kill 4 soldiers near Kurram. Four people were killed in the attack.", (4, 0)),
        # The same side told twice is one claim.
        ("Militants kill 4 soldiers near Kurram. The attack killed four troops.", (4, 0)),
    ],
)
def test_figures_of_two_sides_of_a_fight_add_across_sentences(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # A demonym before a noun of a thing is not a victim: the source is not among the dead.
        ("A strike on a car in Tyre killed a Hamas official, a Lebanese security source said.", 1),
        ("Israeli forces killed two Palestinians overnight in Tubas.", 2),
        ("The shelling killed four Syrians fleeing the fighting.", 4),
        # A named victim with two appositions is still one person.
        ("Omar Haddad, 41, a father of four, was killed when a shell hit his shop in Taiz.", 1),
        ("Colonel Idrissa Kone, 52, the base commander, was assassinated near Gao.", 1),
    ],
)
def test_demonyms_that_modify_and_names_with_two_appositions(text: str, killed: int) -> None:
    assert totals(text)[0] == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The army says it killed 'dozens of terrorists' in air strikes near Menaka.", 12),
        ("The army said it had \u201cneutralised\u201d 20 \u201cterrorists\u201d near Djibo.", 20),
    ],
)
def test_quoted_victims_of_an_army_claim(text: str, killed: int) -> None:
    assert totals(text)[0] == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Measles killed 11 children in the camp this month; separately, a shell killed "
            "three civilians on Tuesday.",
            3,
        ),
        (
            "A landslide near the front line killed 30 people; drone strikes continued nearby, "
            "killing 6 in a village.",
            6,
        ),
        ("A flood hit the valley on Monday; the army said 12 soldiers died.", 0),
    ],
)
def test_each_clause_of_a_semicolon_sentence_has_its_own_cause(text: str, killed: int) -> None:
    assert totals(text)[0] == killed


def test_two_sides_accounts_of_one_sides_dead_count_the_lower() -> None:
    text = (
        "The group said it lost 9 fighters near Buulo Mareer, "
        "while the army claimed 45 militants were killed."
    )
    assert totals(text)[0] == 9


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militiamen abducted and killed a kebele administrator near Nekemte.", (1, 0)),
        ("Gunmen killed a deputy minister outside his home in Mogadishu.", (1, 0)),
        (
            "A 20-year-old conscript from the 5th Brigade was killed by sniper fire near Sittwe.",
            (1, 0),
        ),
        (
            "A policeman wounded in last week's ambush in Bannu died of his wounds on Sunday.",
            (1, 0),
        ),
        ("Two soldiers wounded in Tuesday's attack later died in hospital.", (2, 0)),
        ("A soldier wounded in the attack was evacuated to Kramatorsk.", (0, 1)),
    ],
)
def test_role_nouns_ordinals_and_the_wounded_who_died(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("He was shot dead at a checkpoint near Nablus late on Tuesday, medics said.", 1),
        ("A man was shot dead in Jenin on Wednesday. He was killed by army fire, medics said.", 1),
        ("They were killed in an airstrike on Wednesday.", 0),  # how many is not said
    ],
)
def test_a_pronoun_subject_is_one_person(text: str, killed: int) -> None:
    assert totals(text)[0] == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A woman and her neighbour were killed when bandits raided Gidan Goga overnight.", 2),
        ("Gunmen killed a pharmacist and his assistant in Jalalabad.", 2),
        ("Gunmen kill doctor, his associate in Nangarhar", 2),
    ],
)
def test_a_companion_after_a_possessive_is_one_more(text: str, killed: int) -> None:
    assert totals(text)[0] == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Two technicians were killed when drones struck the power station in Kosti.", 2),
        ("Suicide bomber kills 8 cadets at police academy in Baidoa", 8),
        ("Militants killed 3 recruits near the training base in Hiran.", 3),
        ("Three cows were killed when the shell hit the farm.", 0),  # animals are listed
        ("Did toxic algae kill hundreds of elephants in the delta?", 0),
    ],
)
def test_a_counted_plural_of_no_listed_kind_is_people(text: str, killed: int) -> None:
    assert totals(text)[0] == killed


def test_a_region_where_a_disease_kills_is_another_story() -> None:
    text = (
        "Gunmen shot dead two drivers on the Juba road on Tuesday, in a region where a "
        "cholera outbreak has killed 40 people since August."
    )
    assert totals(text)[0] == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strike killed 8 including 5 children.", (8, 0)),
        ("Drone hits camp for displaced in Marib, injuring 9 including 4 children", (0, 9)),
        ("Five people including a child were killed in the strike on Beit Lahia.", (5, 0)),
        ("Drone strike kills 6 among them 2 medics in Nabatieh", (6, 0)),
    ],
)
def test_including_without_a_comma_is_a_part(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_a_part_among_the_dead_is_not_a_member_of_the_next_list() -> None:
    text = "Three residents were killed, among them a 6-year-old girl, and 17 were injured."
    assert totals(text) == (3, 17)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A gunman opened fire at a bus stop in Afula, wounding four people before he was "
            "shot dead by an off-duty officer.",
            (1, 4),
        ),
        ("The gunman fled and he was later shot dead by police in Tulkarm.", (1, 0)),
    ],
)
def test_a_pronoun_after_a_subordinator_is_one_person(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A couple returning from their farm near Bokkos were hacked to death by gunmen.", 2),
        ("An elderly couple was killed when the shell hit their house in Kupiansk.", 2),
    ],
)
def test_a_couple_is_two(text: str, killed: int) -> None:
    assert totals(text)[0] == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Armed robbers shot dead a money changer in Quetta and fled with his cash.",
            0,
        ),
        ("Bandits killed 6 farmers working on their land in Tsafe.", 6),
        ("Floods killed 12 people as bandits looted the abandoned village.", 0),
        ("A fire caused by shelling killed 5 people in Kherson.", 5),
        ("Cholera killed 19 in the camp while gunmen killed 3 guards at its gate.", 3),
    ],
)
def test_robbers_are_crime_bandits_are_armed_groups_and_floods_kill_no_one_in_a_war(
    text: str, killed: int
) -> None:
    assert totals(text)[0] == killed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The toll from the strike on the hostel rose to 9; 14 people remain in hospital.",
            (9, 14),
        ),
        ("The toll rose to 23 on Wednesday, with 30 people still being treated.", (23, 30)),
        (
            "A woman was killed by a stray bullet in Cite Soleil, and her son was hospitalised.",
            (1, 1),
        ),
        ("Two soldiers were stabbed at the checkpoint near Hebron.", (0, 2)),
        ("Police officer stabbed at Jerusalem checkpoint; assailant shot dead", (1, 1)),
        ("Insurgents behead 4 in village raid near Macomia, police say", (4, 0)),
        ("The patient was being treated for cancer at the clinic.", (0, 0)),
    ],
)
def test_injuries_told_by_hospital_and_stabbing_and_behead_as_a_verb(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "On 3 December, gunmen abducted a village teacher near Fada; his body was found the "
            "following morning.",
            1,
        ),
        ("Gunmen killed a teacher near Fada; his body was found the following morning.", 1),
    ],
)
def test_his_body_was_found_is_one_dead_told_once(text: str, killed: int) -> None:
    assert totals(text)[0] == killed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen raided a farm near Tame, killing a couple and their 2-year-old son.", (3, 0)),
        ("An IED hit the convoy, killing 6 policemen and their civilian driver.", (7, 0)),
        ("Shelling killed a man in Kupiansk and wounded his 9-year-old daughter.", (1, 1)),
        ("A drone killed a farmer and his eldest son near Nikopol.", (2, 0)),
        ("Militants killed 3 soldiers and their 4 vehicles were burned.", (3, 0)),
    ],
)
def test_a_relative_after_a_possessive_may_be_described(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Hassan Omar, a deputy governor in Gedo, and three of his guards were killed when "
            "a mine hit their vehicle.",
            4,
        ),
        ("Amina Bello, a nurse, and her neighbour were killed when bandits raided Tsafe.", 2),
        ("Colonel Ibrahim Sall and four soldiers were killed in an ambush near Dori.", 5),
        ("Hassan Omar and two of his guards were killed near Garbaharey.", 3),
        ("A district commissioner and two of his guards were killed near Garbaharey.", 3),
        ("In Khan Younis, a woman and two children were killed.", 3),
    ],
)
def test_a_named_person_heads_a_list_of_victims(text: str, killed: int) -> None:
    assert totals(text)[0] == killed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen kill 5 villagers in Zamfara raid - Gunmen on motorcycles raided the village "
            "of Maru on Monday, killing five villagers, police said.",
            (5, 0),
        ),
        (
            "Strike on Kharkiv leaves 3 dead - A Russian glide bomb hit a residential block, "
            "killing three people and wounding 11, the governor said.",
            (3, 11),
        ),
        (
            "Rebels kill 4 soldiers in ambush - Rebels ambushed a patrol near Beni, killing "
            "four soldiers. Seven attackers were killed in the fighting.",
            (11, 0),
        ),
        ("Three people - two women and a child - were killed in Bakhmut.", (3, 0)),
        ("Israeli strike kills 12 in Gaza - Reuters", (12, 0)),
    ],
)
def test_a_headline_joined_to_its_story_by_a_dash_is_its_own_sentence(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three soldiers were killed and a fourth was wounded near Kidal.", (3, 1)),
        ("Two people were hospitalised and a third suffered minor injuries.", (0, 3)),
        ("Six died in the raid and a seventh remains in critical condition.", (6, 1)),
        ("Eleven people were wounded, two of them in critical condition.", (0, 11)),
        ("Eleven people were wounded, two in serious condition.", (0, 11)),
        ("Four were killed and two are in critical condition, medics said.", (4, 2)),
        ("Officials said 9 were killed and 12 more sustained wounds.", (9, 12)),
        ("Eight villagers were treated for burns in Beni after the attack.", (0, 8)),
        ("The blast killed two of his guards and left him seriously wounded.", (2, 1)),
        ("Medics said 10 were killed, including 3 children, and 25 wounded.", (10, 25)),
        ("A third of the dead were children, the ministry said.", (0, 0)),
    ],
)
def test_ordinals_conditions_and_suffered_wounds_are_injuries(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man shot dead his wife and wounded her sister after a quarrel in Goma.", (0, 0)),
        ("A policeman stabbed his brother-in-law in a family dispute in Kano.", (0, 0)),
        ("A trader killed his business partner in a dispute over money, police said.", (0, 0)),
        (
            "Nine soldiers died when their truck overturned near Jalalabad; the army said no "
            "hostile action was involved.",
            (0, 0),
        ),
        ("The killings had no link to the insurgency, police said; 3 farmers died.", (0, 0)),
        ("Lightning strike kills 3 herders near Gao", (0, 0)),
        ("A bear that attacked hikers in Romania left two people injured.", (0, 0)),
        ("Gunmen shot dead 4 villagers in a dispute between two militias in Ituri.", (4, 0)),
        ("Herders killed 12 farmers in a clash over grazing land in Benue.", (12, 0)),
        ("A drone strike killed 3 soldiers near Pokrovsk.", (3, 0)),
    ],
)
def test_private_disputes_accidents_and_denied_links_are_not_conflict(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A 30-year-old woman and her 6-year-old daughter were killed by shelling in Izium.", 2),
        (
            "Seven members of a family, four children among them, died when a strike hit "
            "their house in Jabalia.",
            7,
        ),
        (
            "Two herders who had taken their cattle to the river on Monday were found shot "
            "dead near Djibo.",
            2,
        ),
        ("Two boys who were playing near the school were killed by a shell in Kherson.", 2),
        ("A farmer working in his field near Tessit was hit and killed by a stray mortar.", 1),
        ("A man shot by soldiers during a raid in Jenin on Monday has died of his wounds.", 1),
        ("An air strike killed 4 men whom the army described as fighters.", 4),
        ("Three people - a man and two women - were killed in Avdiivka.", 3),
    ],
)
def test_a_clause_between_the_victims_and_their_verb(text: str, killed: int) -> None:
    assert totals(text)[0] == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Army drone strike kills 5 villagers, imam in Zamfara", 6),
        ("Kenyan soldier, 3 militants killed in clash near Lamu", 4),
        ("Strike kills 3 soldiers, officials say", 3),
        ("Colonel Aliyu Musa was killed along with 4 of his men in an ambush near Gwoza.", 5),
        ("Troops killed a JNIM commander near Tenenkou, along with several of his fighters.", 4),
        ("A police chief was killed along with his driver near Quetta.", 2),
        ("The governor was arrested along with 3 of his aides after the attack.", 0),
    ],
)
def test_headline_lists_and_people_along_with_a_victim(text: str, killed: int) -> None:
    assert totals(text)[0] == killed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Relatives of those killed in the 12 March 2019 attack on the mosque, in which 51 "
            "worshippers died, gathered on Friday.",
            (0, 0),
        ),
        (
            "On the anniversary of the 2016 market bombing, in which 40 people died, a grenade "
            "at a bus stop in the town killed a guard and wounded three people.",
            (1, 3),
        ),
        (
            "The widow of a policeman killed in last year's ambush was wounded on Monday when "
            "gunmen fired on her house in Bannu.",
            (0, 1),
        ),
        ("On 8 May 2026 an air strike killed 5 soldiers near Kidal.", (5, 0)),
        # a year's toll is context even alone, as a quarter's is
        ("Shelling has killed 40 people in the last year, officials said.", (0, 0)),
        ("Shelling has killed 40 people in the last week, officials said.", (40, 0)),
    ],
)
def test_a_past_event_told_in_a_clause_dates_only_its_own_dead(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling killed a man aged 60 and wounded a woman aged 35 in Nikopol.", (1, 1)),
        ("By noon, 9 villagers aged between 18 and 65 had been shot dead in Mopti.", (9, 0)),
        ("The young man Omar Saleh (19 years) was shot dead in Tubas.", (1, 0)),
        ("A man, 52 years old, was killed by a drone in Kherson.", (1, 0)),
    ],
)
def test_an_age_is_never_a_count(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attack on the checkpoint claimed five lives, officials said.", (5, 0)),
        ("One policeman lost his life and another two were hurt in Bannu.", (1, 2)),
        ("Three soldiers embraced martyrdom in the exchange of fire.", (3, 0)),
        ("The army regrets the loss of four soldiers who fell in the field of honour.", (4, 0)),
        ("Six Maoists including two commanders were eliminated in an encounter.", (6, 0)),
        (
            "A bomb hit a patrol, resulting in the martyrdom of a fighter and the injury of "
            "three others.",
            (1, 3),
        ),
        ("Seven died; 30 others were taken to hospital with injuries.", (7, 30)),
        ("Doctors in Bukavu were treating 25 people for gunshot wounds.", (0, 25)),
        ("The army has lost four elements and six others are injured.", (4, 6)),
        ("Three soldiers were killed and another was wounded in Tarmiyah.", (3, 1)),
        ("Gunmen killed three guards and wounded a fourth near the camp.", (3, 1)),
        ("A shell hit the market, killing 2 and injuring a couple of vendors.", (2, 2)),
        ("A bomber struck the gate, killing four guards; the bomber also died.", (5, 0)),
        ("Police said the driver was shot dead while trying to flee.", (1, 0)),
        ("Two civilians including a 9-year-old boy lost their lives in the shelling.", (2, 0)),
        ("Two patients suffered injuries of varying severity in the strike.", (0, 2)),
    ],
)
def test_more_ways_to_tell_deaths_and_injuries(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen killed 5 herders near Kaura on Monday. In a separate attack, a bomb killed "
            "2 soldiers near Bama.",
            (7, 0),
        ),
        (
            "Police said three men found shot dead were killed in a family dispute over land, "
            "ruling out any link to militant groups.",
            (0, 0),
        ),
        (
            "A village chief shot dead on Monday was killed by a relative over a debt, not by "
            "rebels as residents had feared.",
            (0, 0),
        ),
        ("Floods swept through a camp near Kassala, killing 11 people who fled the war.", (0, 0)),
        (
            "An earthquake killed 40 people; troops shelled a village nearby, killing 3.",
            (3, 0),
        ),
    ],
)
def test_separate_attacks_add_and_causes_stay_with_their_clause(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A shell hit a bus, killing 2 and wounding 9; three of the wounded later died.", (5, 6)),
        ("Six soldiers were injured by a mine; one of them later died of his wounds.", (1, 5)),
        (
            "Four people were killed and 10 wounded in Sumy. On Tuesday officials said one of "
            "the wounded had died in hospital.",
            (5, 9),
        ),
        ("Nine were killed, including two of the wounded who died in hospital.", (9, 0)),
    ],
)
def test_the_wounded_who_later_died_leave_the_injured(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A bomber blew himself up at a checkpoint in Diyala, killing five police officers.", 6),
        ("A bomber detonated his suicide vest at a wedding, killing himself and 7 guests.", 8),
        (
            "Gunmen kill 5 villagers in Zamfara raid Five villagers were killed when gunmen on "
            "motorcycles raided Maru on Monday, police said.",
            5,
        ),
        ("Suicide Bomber Kills 9 At Police Checkpoint In Diyala Province As Attacks Rise", 9),
        ("Israeli strikes killed 33 people in Gaza, according to local health officials.", 33),
    ],
)
def test_self_detonation_and_headlines_run_into_their_story(text: str, expected: int) -> None:
    assert totals(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen killed 11 worshippers at a mosque in Zurmi, a local lawmaker said. Police "
            "confirmed the attack but said eight people had died.",
            (8, 0),
        ),
        (
            "A blast at a mosque in Kunduz killed seven people, a Taliban spokesman said. "
            "Hospital staff said nine bodies had been brought in.",
            (7, 0),
        ),
        (
            "Fighters attacked a post near Fada, killing around 30, security sources said. A "
            "local association put the death toll at 50.",
            (30, 0),
        ),
        (
            "Gunmen killed 4 people in Mubi, police said. By evening, hospital officials said "
            "the toll had risen to 11.",
            (11, 0),
        ),
    ],
)
def test_two_sources_accounts_in_two_sentences_count_the_lower(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyan soldier, 3 militants dead in clash near Lamu", (4, 0)),
        ("Police officer shot dead, colleague hurt in Quetta attack", (1, 1)),
        ("Militants storm checkpoint, killing driver and 3 passengers", (4, 0)),
        ("Army says soldier seriously wounded in Jenin shooting", (0, 1)),
        ("Police officer wounded, attacker killed in Peshawar", (1, 1)),
        ("Pakistan army: 3 soldiers martyred, 5 terrorists sent to hell in Zhob", (8, 0)),
        ("A strike on a clinic took the lives of 9 people, officials said.", (9, 0)),
        ("Four people were killed, police said. By night the dead had risen to 10.", (10, 0)),
        ("Two herders were hacked to death and a third escaped with deep cuts.", (2, 1)),
        ("Gunmen killed 3 soldiers and a civil servant near Bamenda.", (4, 0)),
        (
            "7 members of the CJTF lost their lives, while 5 others sustained various injuries.",
            (7, 5),
        ),
        ("Four were killed and 6 got injured when the bus was hit.", (4, 6)),
        ("Two soldiers were killed and one was injured in the blast.", (2, 1)),
        ("An air strike killed two men. A third person in a nearby car was injured.", (2, 1)),
        (
            "Five suspects were killed, and a resident was hit by a stray bullet and injured.",
            (5, 1),
        ),
        (
            "Four teachers abducted last week were found dead, and a fifth, who escaped, is "
            "being treated for gunshot wounds.",
            (4, 1),
        ),
        (
            "Gunmen stormed the base, killing 5 policemen; 2 attackers were shot dead and "
            "another blew himself up.",
            (8, 0),
        ),
        ("The district chief and his driver were martyred when gunmen fired on their car.", (2, 0)),
        (
            "A stampede killed 12 at the site, medics said, hours after army fire nearby "
            "wounded 6.",
            (0, 6),
        ),
    ],
)
def test_headline_and_desk_phrasings_of_deaths_and_injuries(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials say a 16-year-old was shot dead by soldiers during a raid in Jenin.", (1, 0)),
        ("Police say the siege has ended; 5 guests and all 3 attackers dead.", (8, 0)),
        ("Two members of the Citizen Armed Force (CAFGU) were killed in Maguindanao.", (2, 0)),
        (
            "Ten Maoists were killed in Bijapur; two jawans were also killed and one was "
            "injured after a day-long gunfight.",
            (12, 1),
        ),
        (
            "The army says 5 of its soldiers died in the shelling; earlier reports had put the "
            "toll at 3.",
            (5, 0),
        ),
        (
            "Cholera has killed 20 children this month; in the same province, militia fighters "
            "killed three farmers on Sunday.",
            (3, 0),
        ),
        (
            "Nine people were killed, among them two children and a teacher, and 20 more were "
            "injured.",
            (9, 20),
        ),
        (
            "Rescuers said a strike on the camp killed at least 14 people. The health ministry "
            "gave a figure of 12 dead.",
            (12, 0),
        ),
    ],
)
def test_more_desk_phrasings(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen raided the village, slitting the throats of four herders.", (4, 0)),
        (
            "A gunfight left 3 suspects dead. An officer was shot and is in stable condition.",
            (3, 1),
        ),
        ("The hospital received the body of one martyr and treated five injured people.", (1, 5)),
        ("A woman was killed and three residents received injuries of varying severity.", (1, 3)),
        ("Three passengers died and seven were transported with injuries.", (3, 7)),
        ("Two were killed and six more were receiving treatment, officials said.", (2, 6)),
        ("One man died at the scene and another later succumbed to injuries.", (2, 0)),
        ("Live: police constable martyred in attack on polio team in Bajaur", (1, 0)),
        ("The rider, a Hezbollah member, was killed in the strike.", (1, 0)),
        ("A patrolman was injured by shrapnel at the station.", (0, 1)),
        (
            "A year after a bombing at the market killed 40 people, a grenade attack there on "
            "Monday killed 2 traders and wounded 5.",
            (2, 5),
        ),
        (
            "Vigilantes repelled the attack, losing three of their members; two of the attackers "
            "were also killed.",
            (5, 0),
        ),
        (
            "At least 15 people were crushed to death when crowds surged at an aid site, medics "
            "said; no shots were fired.",
            (0, 0),
        ),
    ],
)
def test_still_more_desk_phrasings(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of the 9 people wounded in the shelling of Horlivka, two have died in hospital.", (2, 7)),
        ("Of the 12 injured, three later died, officials said.", (3, 9)),
    ],
)
def test_of_the_wounded_some_died(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Among those killed when the missile struck the park were a grandmother, her two "
            "grandchildren, a school caretaker and a 19-year-old student, officials said.",
            5,
        ),
        (
            "Among those who did not survive the attack on the wedding were the groom, his "
            "father and 12 guests.",
            14,
        ),
        ("Among the dead were Ahmad Saleh and his brother.", 2),
        ("Among the dead were 4 journalists.", 4),
        ("Among those killed in the strike were three cars and a truck.", 0),
        ("Twelve people were killed. Among the dead were 4 journalists.", 12),
    ],
)
def test_the_people_listed_among_the_dead_with_no_toll_before(text: str, killed: int) -> None:
    assert totals(text)[0] == killed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll's own verb links it to its number however long the incident before it
        (
            "The death toll from a drone attack on a displacement shelter in the east of the "
            "state of North Kordofan has risen to 27, with 40 others injured, medics said.",
            (27, 40),
        ),
        (
            "The death toll from the fighting over the land in the east of the country is "
            "unclear; 9 people are missing.",
            (0, 0),
        ),
        ("The death toll from the fighting over the land in the east of the country is 9.", (9, 0)),
        # a headline's present tense takes a bare victim for any of its verbs
        ("Shelling of Kherson kills man, wounds woman, governor says", (1, 1)),
        ("Separatists behead village chief in Northwest region", (1, 0)),
        ("Gunman wounds officer in Kabul", (0, 1)),
        # "cost the lives of"
        (
            "An attack on the locality cost the lives of eleven civilians, among them 3 women.",
            (11, 0),
        ),
        # the bomber listed after his victims, or as the only fatality
        (
            "A suicide bomber detonated her device at a market, killing 4 people and herself.",
            (5, 0),
        ),
        ("The bomber blew himself up, killing 4 people and himself.", (5, 0)),
        ("A would-be suicide bomber was the only fatality when his belt went off early.", (1, 0)),
        ("The driver was the only fatality, police said.", (1, 0)),
        ("Gunmen killed 4 people and then turned on one another.", (4, 0)),
        # a headline's toll and a story that adds the bomber to it
        (
            "Suicide bomber kills 14 at mosque\nA suicide bomber detonated his explosives vest "
            "at a mosque, killing himself and 14 others and wounding 31, police said.",
            (15, 31),
        ),
        (
            "Toll climbs to 18\nThe toll rose to 18 after six of the wounded died in hospital.",
            (18, 0),
        ),
    ],
)
def test_long_tolls_headline_verbs_and_the_bomber(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party's claim in a sentence of its own is another account, not a whole of the parts
        (
            "Militants stormed a base. Government sources reported 7 soldiers killed; the "
            "militants claimed to have killed 35.",
            (7, 0),
        ),
        # an earlier count told as such is replaced by the text's own
        (
            "At least 51 people were killed overnight, the administrator said on Monday. A "
            "provisional toll on Sunday had put the number of dead at 46.",
            (51, 0),
        ),
        (
            "The death toll has risen to 115, the United Nations said; the earlier toll stood "
            "at 70. Sixteen other people were seriously injured.",
            (115, 16),
        ),
        # an aside between a source and its verb keeps the source, so two accounts stay two
        (
            "A blast at a mosque killed at least seven worshippers, a police spokesman said. A "
            "doctor, speaking on condition of anonymity, put the number of dead at 12.",
            (7, 0),
        ),
        # a headline repeating the higher of two accounts is that account
        (
            "Strike on tent camp kills 20\nThe health ministry said 18 people were killed, while "
            "the civil defence agency put the death toll at 20.",
            (18, 0),
        ),
    ],
)
def test_accounts_earlier_counts_and_asides(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the attackers' own dead told in a sentence of their own are added once
        ("Two engineers were killed in a suicide attack. The attacker, who was driving the "
         "vehicle, also died.", 3),
        ("18 people were killed in three blasts. The figure does not include the three bombers, "
         "who also died.", 21),
        ("Gunmen opened fire, killing seven people. Police said one of the attackers was shot "
         "dead.", 8),
        ("Militants stormed a police station, killing 5 policemen; 3 of the attackers were shot "
         "dead and another blew himself up.", 9),
        ("A bomber blew himself up, killing himself and 12 others. The bomber also died.", 13),
        # ... unless the toll already has them
        ("At least 10 people, including the attacker, were killed when a suicide bomber blew "
         "himself up in a cafe.", 10),
        ("Five soldiers were killed. The attackers also died.", 5),
    ],
)  # fmt: skip
def test_the_attackers_own_dead(text: str, killed: int) -> None:
    assert totals(text)[0] == killed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a statement's list by place adds its lines; a summary larger than the list stands
        (
            "Consequences of shelling over the past day:\n- Kupiansk: a 67-year-old man was "
            "killed;\n- Zolochiv: two women were injured;\n- Chuhuiv: four people were injured.",
            (1, 6),
        ),
        (
            "Attack on Kyiv:\nSviatoshynskyi district – 3 people were killed and 9 injured;\n"
            "Solomianskyi district – one man was killed and 2 people were injured.",
            (4, 11),
        ),
        (
            "Shelling killed 9 people in the region.\nKupiansk: 2 people were killed.\n"
            "Izium: 3 people were killed.",
            (9, 0),
        ),
        ("KUNDUZ – A blast killed 7 people.\nBREAKING: 7 people were killed in Kunduz.", (7, 0)),
        # a year of birth stands for an age
        ("A woman born in 1949 was injured by mortar fire.", (0, 1)),
        ("A man born in 1958 was wounded in the shelling and died in hospital.", (1, 0)),
        # martyrs are dead, unless mourned; the injured listed after them are injured
        ("The strike resulted in two martyrs and one injured person.", (2, 1)),
        ("The raids have led to 58 martyrs and 126 wounded.", (58, 126)),
        ("The funeral of the two martyrs was held on Friday.", (0, 0)),
        # one number before two nouns joined by "and"
        ("Twelve children and teenagers were killed when a rocket struck.", (12, 0)),
        ("At least 12 patients and companions were injured.", (0, 12)),
        # a toll raised for both kinds replaces both earlier counts
        (
            "The ministry said the raids led to 58 martyrs and 126 wounded; it later raised "
            "the toll to 74 martyrs and 171 wounded.",
            (74, 171),
        ),
    ],
)
def test_lists_by_place_and_statement_phrasings(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack named by its date is a past one
        (
            "Police arrested two men for harbouring the gunmen who carried out the April 22 "
            "Pahalgam attack in which 26 people were killed.",
            (0, 0),
        ),
        ("On December 3, gunmen attacked tourists in Pahalgam, killing 26.", (26, 0)),
        # rain, and private feuds and robberies, are not conflict
        ("At least 23 people died and 41 were injured in rain-related incidents.", (0, 0)),
        ("Monsoon rains killed 12 people in the province.", (0, 0)),
        (
            "Four people were shot dead when two families clashed over an old dispute about a "
            "marriage, police said.",
            (0, 0),
        ),
        ("Gunmen shot dead a jeweller in a robbery in the Karrada district.", (0, 0)),
        ("Gunmen killed the mayor of a town and a councillor, state prosecutors said.", (2, 0)),
        # a mate who is missing is not dead
        ("We have buried 22 bodies, and eight people are still missing.", (22, 0)),
    ],
)
def test_past_attacks_weather_and_private_violence(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_an_attack_named_by_its_date_is_past_with_no_date_of_publication() -> None:
    named = extract(
        "Police arrested two men for harbouring the gunmen who carried out the April 22 "
        "Pahalgam attack in which 26 people were killed."
    )
    told = extract("On April 22, gunmen attacked tourists in Pahalgam, killing 26.")
    assert (named.killed, told.killed) == (0, 26)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each side's dead told in its own sentence: the group named after "members of"
        (
            "Four border guards were killed in a clash with terrorists. In the exchange of fire, "
            "two members of the terrorist team were killed and three others were injured.",
            (6, 3),
        ),
        (
            "Three members of the security forces were killed in an ambush. The ministry said "
            "the attackers were neutralised, with four of them killed.",
            (7, 0),
        ),
        ("Six khwarij were sent to hell. Five soldiers embraced shahadat.", (11, 0)),
        ("Troops killed 13 bandits. One soldier paid the supreme price.", (14, 0)),
        (
            "Its fighters had killed 23 army fighters in clashes, while losing four of its own.",
            (27, 0),
        ),
        (
            "The number of police officers killed in the attacks on churches, a synagogue and a "
            "traffic police post in Derbent and Makhachkala has increased to 15, the ministry "
            "said. Four civilians were also killed. Five gunmen were neutralized.",
            (24, 0),
        ),
        ("Seven members of a family were killed.", (7, 0)),
        # a campaign's running count raised by a new incident is context for it
        (
            "IDF says two soldiers killed, bringing ground op toll to 330\nTwo soldiers were "
            "killed on Monday, bringing the number of soldiers killed in the ground offensive to "
            "330.",
            (2, 0),
        ),
        ("Five more died on Tuesday, raising the toll to 11.", (11, 0)),
        ("At least 277 people were killed, including 2 children.", (277, 0)),
    ],
)
def test_sides_in_their_own_sentences_and_campaign_tolls(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a raised toll's cause told after it is a part of it
        (
            "The death toll from the attack rose to 42 on Friday after four of the wounded "
            "succumbed to injuries overnight. Sixteen others are still under treatment. Among "
            "the dead are seven women and three children.",
            (42, 16),
        ),
        (
            "The number of victims killed in the attack increased to 52 after one of the injured "
            "died. He had earlier put the death toll at 51. He said 17 other victims were still "
            "receiving treatment.",
            (52, 17),
        ),
        (
            "Inmates clashed; the prison service reported 31 inmates dead. A first toll released "
            "by the police had put the number of dead at 15.",
            (31, 0),
        ),
        # a long aside after the victims, and two sources with a dateline before the first
        (
            "OUAGADOUGOU – Security sources said at least 150 people, mostly civilians who had "
            "been mobilised to dig trenches, were killed in the attack. JNIM, which claimed the "
            "attack, said its fighters had killed 300 militiamen.",
            (150, 0),
        ),
        (
            "The death toll from the bombing rose to 26, including 14 soldiers. The figure does "
            "not include the bomber, whose remains were found at the platform.",
            (27, 0),
        ),
        # one source named twice is one account
        (
            "The army's media center said its forces repelled an attack, wounding dozens. Five "
            "soldiers were wounded, the center added.",
            (0, 12),
        ),
    ],
)
def test_raised_tolls_earlier_counts_and_sources(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian attacks kill 6, injure 34 over past day", (6, 34)),
        # a few days of one battle are a running toll, not a war's
        (
            "At least 700 people have been killed and 2,800 injured in five days of fighting for "
            "the city, the UN said.",
            (700, 2800),
        ),
        ("More than 2,800 people have been injured in 500 days of war.", (0, 0)),
        # an earlier figure revised
        (
            "Nine people were killed and 40 injured in the strike, the governor said, revising "
            "down an earlier figure of 12 dead.",
            (9, 40),
        ),
        # the wounded who die, in a headline
        ("Two Palestinians wounded in Qabatiya raid die of wounds", (2, 0)),
        # an attack named by its date with a slash is a past one
        ("The 26/11 attacks by 10 gunmen killed 166 people and injured more than 300.", (0, 0)),
        # a round-up by region adds its regions
        (
            "In Kherson Oblast, Russian attacks killed one person and injured seven. In Donetsk "
            "Oblast, three people were killed. In Sumy Oblast, two people were injured.",
            (4, 9),
        ),
        (
            "Russian attacks killed six civilians and injured 34 over the past day. In Donetsk "
            "Oblast, two people were killed and eight injured. In Kherson Oblast, drones killed "
            "one person and injured 11.",
            (6, 34),
        ),
    ],
)
def test_round_ups_short_battles_and_revisions(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the injured of whom some died
        (
            "Shells landed near the camp, injuring at least 6 people, one of whom later died.",
            (1, 5),
        ),
        ("Twelve people were wounded, two of whom have since died.", (2, 10)),
        # an unknown number beside a count
        ("4 Dozo and an unknown number of militants were killed.", (4, 0)),
        ("An unknown number of militants were killed.", (0, 0)),
        # the injured told by "with injuries"
        ("The attack left one patrolman dead and three civilians with injuries.", (1, 3)),
        ("5 survivors with injuries were admitted to the hospital.", (0, 5)),
        ("Gunmen killed 5 people with machetes.", (5, 0)),
        # an apposition between a victim and the verb; ranks and trades
        ("His passenger, a 38-year-old woman, was taken to hospital with shrapnel wounds.", (0, 1)),
        (
            "Two people were killed and 11 wounded. Later he said one of the wounded, a "
            "70-year-old man, had died in hospital.",
            (3, 10),
        ),
        ("Four aggressors were killed and an agent was wounded.", (4, 1)),
        ("The toll is three soldiers and one Russian instructor killed.", (4, 0)),
        ("Two policemen were martyred and a vaccinator injured.", (2, 1)),
        ("The bomb injured four rangers and a 60-year-old rubber tapper.", (0, 5)),
    ],
)
def test_injured_who_died_unknown_numbers_and_appositions(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a new clause after a past or long-run one keeps its own dead
        (
            "Residents were marking the anniversary of the 2019 bombings that killed 32 people "
            "when a fresh blast struck the market, killing two men and wounding five.",
            (2, 5),
        ),
        (
            "Boko Haram has killed 289 people in Borno this year, the governor said, speaking "
            "hours after insurgents shot dead 7 fishermen.",
            (7, 0),
        ),
        # the injured told with a past incident's dead are of it
        (
            "Residents commemorated the victims of the 2022 missile strike on the station, which "
            "killed 61 people, including seven children, and injured 121 others.",
            (0, 0),
        ),
        (
            "On the anniversary of the 2014 massacre, in which 147 people died, a bomb killed a "
            "constable and wounded two passers-by.",
            (1, 2),
        ),
        # no single incident's report gives a count this large
        ("UNICEF: More than 13,000 children killed in Gaza", (0, 0)),
    ],
)
def test_clauses_after_the_past_and_counts_of_a_war(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shelling killed 7 people in the Karari locality of Omdurman and 4 people in El "
            "Obeid, while 23 others were injured in the two cities.",
            (11, 23),
        ),
        # further dead told with "also" add to the sentence that stands for the rest
        (
            "A UN helicopter crew member was killed and two others injured, UNMISS said. A general "
            "and several of his soldiers were also killed, according to the minister.",
            (5, 2),
        ),
        (
            "India's army said 5 Pakistani soldiers were killed by its fire across the Line of "
            "Control in Poonch; Pakistan's military said only 2 of its soldiers died, and that "
            "Indian shelling also killed a civilian woman in Kotli.",
            (3, 0),
        ),
        # a prosecutor's statement does not make a killing a crime; "victims of homicide"
        (
            "The mayor of Chilpancingo, Alejandro Arcos, was murdered on Sunday, the State "
            "Prosecutor's Office confirmed.",
            (1, 0),
        ),
        (
            "Two social leaders were victims of homicide by members of the Clan del Golfo, the "
            "prosecutor said.",
            (2, 0),
        ),
        # a count "as of" a date of a full-scale war is context
        (
            "As of the morning of 1 June 2025, 619 children were killed and more than 1,870 "
            "injured as a result of the full-scale armed aggression, prosecutors reported.",
            (0, 0),
        ),
    ],
)
def test_places_further_dead_and_counts_to_date(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll told with its earlier value first
        (
            "The initial toll of five dead rose to 11 by evening; around 20 people were wounded.",
            (11, 20),
        ),
        ("The death toll, initially 38, rose to 44 after more of the wounded died.", (44, 0)),
        (
            "The toll from the strike on a 12-storey apartment block rose to seven as rescuers "
            "pulled two more bodies from the rubble.",
            (7, 0),
        ),
        # coders' abbreviations, which are not the Kachin Independence Army
        ("IED detonated near an army vehicle. 1 soldier KIA, 2 WIA per ISPR.", (1, 2)),
        (
            "The KIA attacked a junta outpost and killed 12 soldiers; 2 KIA fighters were wounded.",
            (12, 2),
        ),
        # trades and roles
        ("Maoists killed a former sarpanch, strangling him, police said.", (1, 0)),
        (
            "One infiltrator killed as troops foiled an infiltration bid; 2 soldiers injured.",
            (1, 2),
        ),
        ("Militants killed one rifleman and injured two others.", (1, 2)),
    ],
)
def test_initial_tolls_abbreviations_and_roles(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SOHR reported that 16 members of the security forces and 28 gunmen loyal to the "
            "former regime were killed in clashes.",
            (44, 0),
        ),
        (
            "State media said 11 members of the security forces and 18 attackers were killed.",
            (29, 0),
        ),
        (
            "The ministry said soldiers neutralised 15 terrorists and lost two men in a clash.",
            (17, 0),
        ),
        ("The party lost three seats.", (0, 0)),
        (
            "Residents began returning to Mafa, nearly a year after ISWAP fighters killed 37 "
            "people there.",
            (0, 0),
        ),
        (
            "Five people — an Israeli farmer and four foreign workers — were killed when a "
            "rocket struck an orchard.",
            (5, 0),
        ),
        (
            "A 70-year-old man hit by artillery fire on Saturday died of his wounds overnight.",
            (1, 0),
        ),
        ("Three climbers missing for five days on the mountain are believed to be dead.", (0, 0)),
    ],
)
def test_lists_with_of_phrases_dashes_and_the_hit_who_died(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 19 December 2024, Abdul Rahman Salah, 22, was shot dead during a raid.", (1, 0)),
        ("Maj. Gen. David Majur Dak was also killed, along with several soldiers.", (4, 0)),
        ("Lt. Gen. Igor Kirillov and his assistant were killed when a bomb exploded.", (2, 0)),
        # the attackers killed after their victims
        ("Two gunmen opened fire, killing six people before being shot dead by a soldier.", (8, 0)),
        ("A gunman wounded three people before he was shot dead by an officer.", (1, 3)),
        # two accounts across a semicolon with a long source
        (
            "A security source said more than 70 people were killed; a confidential document "
            "cited by Le Monde put the toll at 77 dead and 255 injured.",
            (70, 255),
        ),
    ],
)
def test_named_dead_attackers_and_long_sources(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen shot dead Jangminlun Haokip (34) and his cousin Paolal Haokip (29).", (2, 0)),
        (
            "The NRF claimed to have killed five Taliban fighters at a checkpoint. Taliban "
            "officials denied that any of their men were killed.",
            (0, 0),
        ),
        (
            "The governor's office initially spoke of 80 dead in the fighting; after forensic "
            "reviews the toll was revised to 40.",
            (40, 0),
        ),
        (
            "Shelling killed two men in Kostiantynivka on Monday; a woman was injured. Glide "
            "bombs struck the city the previous week, killing four people.",
            (2, 1),
        ),
    ],
)
def test_named_ages_denied_claims_and_earlier_weeks(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "incl." is "including", and does not end a sentence
        (
            "OHCHR: at least 70 killed, incl. 10 women and 3 infants, and 16 seriously injured.",
            (70, 16),
        ),
        ("Police: 26 killed, incl. 14 soldiers, and 62 injured.", (26, 62)),
        ("At least 70 killed, including 10 women and 3 infants, and 16 injured.", (70, 16)),
        # the last member of a list of parts is no apposition of its verb
        (
            "ISPR: seven soldiers, including a lieutenant colonel and a captain, were killed; all "
            "six attackers were killed by troops.",
            (13, 0),
        ),
        # "N of the dead" is a part of the dead
        ("Army sources: 20 combatants killed; seven of the dead were minors.", (20, 0)),
        # a dashed list with commas inside it
        (
            "JNIM claimed 200 soldiers killed; local sources said at least 100 people – "
            "soldiers, VDP and civilians – died.",
            (100, 0),
        ),
    ],
)
def test_abbreviated_parts_and_dashed_lists(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an earlier count told as "first reported", "first reports spoke of", "initially said"
        (
            "The Emergency Medicine Centre first reported six dead; by 14 May the Health "
            "Ministry put the toll at eight.",
            (8, 0),
        ),
        (
            "First reports spoke of 20 dead; the ministry later confirmed 35 killed, including 2 "
            "children, and 117 injured.",
            (35, 117),
        ),
        (
            "The ministry initially said 54 dead; in the evening the toll was raised to 56 killed "
            "and 158 injured.",
            (56, 158),
        ),
        (
            "The spokesman initially said 3 killed, 12 injured; he later updated the toll to 21 "
            "killed and 50 injured. His figures exclude the bomber.",
            (22, 50),
        ),
        # a toll revised down is not raised by the count it replaced
        (
            "The governor's office initially spoke of 80 dead; after forensic reviews the toll "
            "was revised to 40.",
            (40, 0),
        ),
        (
            "OCHA said 773 bodies had been collected by Tuesday; on Wednesday OCHA revised the "
            "death toll to at least 900.",
            (900, 0),
        ),
    ],
)
def test_first_reports_and_revised_tolls(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a coder's note names its source first; two sources' accounts count the lower
        (
            "Kaduna: an army drone hit a celebration. NEMA: 85 dead, 66 injured; Amnesty: at "
            "least 120 killed.",
            (85, 66),
        ),
        (
            "Pakistani jets struck several locations. Taliban spokesman: 46 people killed and 6 "
            "injured. Pakistani security sources: the strikes killed at least 20 militants. "
            "Coder: two accounts of the same dead; lower figure retained.",
            (20, 6),
        ),
        (
            "Shan News: 4 RCSS and 2 TNLA fighters killed; TNLA claimed 11 RCSS soldiers killed. "
            "Aside: RCSS losses disputed, lower figure kept.",
            (6, 0),
        ),
        (
            "Leaked government documents list at least 77 dead and 255 injured; JNIM claimed "
            "'hundreds' of soldiers killed.",
            (77, 255),
        ),
        # a war's toll "since 6 Feb" is context
        (
            "Hospital staff: 5 killed, 17 injured. The hospital says the fighting since 6 Feb has "
            "killed 82 and injured 580.",
            (5, 17),
        ),
    ],
)
def test_coders_sources_and_the_lower_account(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ministry: 45 IS fighters killed, incl. foreign fighters; 7 soldiers killed.", (52, 0)),
        # a victim "among the dead" told by another source is a part of the dead before
        (
            "A drone hit a minibus, killing several passengers; residents said a 12-year-old "
            "girl was among the dead.",
            (3, 0),
        ),
        ("A woman and two children were among the dead after a drone struck a market.", (3, 0)),
        # further dead told by another source, and the attackers' own dead, are not accounts
        (
            "Police said several gang members were killed; RNDDH said 2 civilians, including an "
            "8-year-old girl, also died.",
            (5, 0),
        ),
        (
            "Two police guards were killed at the residence; the army said 4 attackers died in "
            "the shootout.",
            (6, 0),
        ),
    ],
)
def test_among_the_dead_and_further_accounts(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "them" is the last counted group named before the verb
        (
            "Fighters killed 1 soldier, then took 5 members of a village vigilance committee "
            "captive and executed them outside the village.",
            (6, 0),
        ),
        ("Residents seized 13 suspected gang members, beat them and burned them alive.", (13, 0)),
        ("Insurgents caught 2 fishermen on a beach and beheaded them.", (2, 0)),
        ("Police arrested 5 suspects and questioned them.", (0, 0)),
        ("Governor Khamis Abakar was abducted and killed hours after an interview.", (1, 0)),
        (
            "Fire at a detention facility; 40 migrants died, 27 injured. Not conflict-related.",
            (0, 0),
        ),
    ],
)
def test_them_abducted_and_killed_and_non_conflict_notes(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Insurgents behead five in Cabo Delgado\nInsurgents beheaded five villagers in "
            "Macomia on Monday, the group said, while local sources reported two more bodies "
            "found in neighbouring Muidumbe.",
            (7, 0),
        ),
        ("Three civilians were killed and seven more were wounded in shelling.", (3, 7)),
        (
            "The governor's office raised the toll of the ELN offensive against FARC dissidents "
            "in Tibú, El Tarra and Teorama to 80 on Monday.",
            (80, 0),
        ),
        (
            "EU ambassadors approved new sanctions, as Kyiv mourned the 41 people killed in "
            "Monday's missile strikes on the children's hospital.",
            (0, 0),
        ),
        (
            "RSF shelling of the camp killed 11 people. Further south, in Nyala, an air raid "
            "killed at least seven.",
            (18, 0),
        ),
    ],
)
def test_more_dead_raised_tolls_mourning_and_turns(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_survived_with_wounds_is_injured() -> None:
    assert totals("A worker survived with gunshot wounds after gunmen opened fire.") == (0, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mexican mayor shot dead days after taking office in Tecpan de Galeana", (1, 0)),
        ("A terrorist who approached IDF troops in Shuja'iyya was eliminated.", (1, 0)),
        ("A second Iraqi soldier died on Tuesday of wounds sustained in Sunday's attack.", (2, 0)),
        ("One soldier was killed on Sunday; a second died on Tuesday.", (2, 0)),
    ],
)
def test_days_after_relatives_and_a_second_dead(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_days_after_dates_the_clause_after_it() -> None:
    text = (
        "Iran's foreign minister said Tehran would respond to any aggression, days after Israeli "
        "strikes on military sites that Iran said had killed four of its soldiers."
    )
    assert extract(text).killed == 0


def test_a_main_clause_after_days_after_is_news() -> None:
    text = (
        "Three days after the attack on Gajiram, soldiers found the bodies of 5 more villagers "
        "in the bush, raising the death toll to 17."
    )
    assert totals(text) == (17, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An IED exploded as a commander's car passed; he and 2 companions were killed.", (3, 0)),
        ("The SP confirms 8 DRG jawans and their civilian driver were killed by an IED.", (9, 0)),
        ("A teacher and his wife were killed by suspected separatists in Bamenda.", (2, 0)),
        ("The district chief and his driver were martyred and one bodyguard injured.", (2, 1)),
    ],
)
def test_one_more_listed_beside_a_group(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two UNIFIL peacekeepers were injured when an Israeli tank fired towards an "
            "observation tower. Peacekeepers were hit and fell from the tower.",
            (0, 2),
        ),
        ("One attacker blew himself up at the entrance of the hotel.", (1, 0)),
        ("A suicide bomber blew himself up, killing himself and 4 others.", (5, 0)),
    ],
)
def test_fire_towards_and_a_lone_bomber(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twenty-one people were declared dead on arrival, and 158 were treated.", (21, 0)),
        ("The remaining 48 patients were treated for shrapnel and blast injuries.", (0, 48)),
        (
            "Gunmen opened fire, leaving seven dead and four wounded. Paramedics took the injured "
            "to hospital, where two were reported in serious condition.",
            (7, 4),
        ),
    ],
)
def test_declared_dead_treated_and_conditions_of_the_injured(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two civilians (a man, 58, and a woman, 61) were killed and seven injured.", (2, 7)),
        (
            "ADF combatants raided the village. Local civil society reported 42 dead; the "
            "territorial administrator confirmed 38 bodies.",
            (38, 0),
        ),
        ("Bus plunges into ravine in northern Pakistan, 22 dead", (0, 0)),
        ("The body of a missing shepherd was discovered in a ravine; he had been shot.", (1, 0)),
        ("Man detained after shooting dead three neighbours in Kyiv", (0, 0)),
    ],
)
def test_brackets_confirmed_bodies_and_crashes(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A local source said 15 VDP and 4 soldiers were killed. JNIM claimed to have killed "
            "'dozens'. Coder note: militant claim not coded.",
            (19, 0),
        ),
        (
            "Anti-balaka elements ambushed a patrol; one peacekeeper was killed and two wounded. "
            "MINUSCA said several assailants were killed in the return fire.",
            (4, 2),
        ),
    ],
)
def test_claims_not_coded_and_return_fire(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three of our heroes rose as martyrs in the battle.", (3, 0)),
        ("Gunmen opened fire on a polio team, martyring police constable Fazal Ahad.", (1, 0)),
        (
            "The government first reported 80 dead; after forensic reviews the figure was "
            "revised down to 56.",
            (56, 0),
        ),
        ("IDF soldiers responded with fire and eliminated the terrorist.", (1, 0)),
        ("In the clash, four of the aggressors were killed.", (4, 0)),
    ],
)
def test_martyrs_revised_figures_and_the_eliminated(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the exchange of fire one Army jawan of 1 RR got injured.", (0, 1)),
        ("A soldier of 4 Rashtriya Rifles was killed.", (1, 0)),
        ("Police: 6 suspects killed, 2 residents hit by stray bullets, 1 officer wounded.", (6, 3)),
        ("A resident was hit by a stray bullet and killed.", (1, 0)),
        (
            "The Taliban rejected a UN report that documented 701 killed and 1,405 injured in the "
            "country between August 2021 and May 2023.",
            (0, 0),
        ),
    ],
)
def test_unit_numbers_stray_bullets_and_spans_of_years(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Drone strike kills dozens in Amhara, witnesses say\nA drone strike hit a busy area, "
            "killing dozens of people, witnesses said. A doctor at the town's hospital said he "
            "had counted 26 bodies and that 55 wounded people were being treated.",
            (26, 55),
        ),
        (
            "Gunmen kill scores in central Nigeria village\nBenue state police said 43 people "
            "were killed.",
            (43, 0),
        ),
        (
            "Two gunmen attacked people near a light-rail stop, killing 7 and wounding 16. Both "
            "attackers were shot dead by a security guard.",
            (9, 16),
        ),
    ],
)
def test_a_vague_amount_met_by_a_precise_count(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An aircraft eliminated the terrorist Ali Ahmed Hussein, a commander in Hezbollah's "
            "Radwan Force, in Bint Jbeil.",
            (1, 0),
        ),
        ("Gunmen killed a nurse, a doctor and a driver.", (3, 0)),
        (
            "Troops identified two terrorists approaching the border; the terrorists were "
            "eliminated in an aerial strike shortly afterwards.",
            (2, 0),
        ),
        ("Police arrested two men; the men were released.", (0, 0)),
    ],
)
def test_a_named_person_described_and_a_group_told_before(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


def test_killed_another_nine_in_a_round_up() -> None:
    text = (
        "The health ministry said 12 people were killed in the strike on Dahiyeh; in the Bekaa, "
        "strikes on Baalbek and Hermel killed another 9; and farther south, three paramedics "
        "were killed in Tebnine."
    )
    assert totals(text) == (24, 0)


def test_a_round_up_by_village() -> None:
    text = (
        "In the city of Rylsk, a drone attacked a car and a man was killed. In the village of "
        "Tyotkino, a man was killed by shelling."
    )
    assert totals(text) == (2, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "'We buried 26 people yesterday,' said a leader after gunmen raided villages.",
            (26, 0),
        ),
        ("Rescuers said dozens were buried under the rubble.", (0, 0)),
        (
            "Of the 11 people wounded when gunmen opened fire on a bus, three later died; the "
            "driver had died at the scene.",
            (4, 8),
        ),
    ],
)
def test_the_buried_and_a_driver_who_had_died(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A police officer wounded in Tuesday's ambush died on Thursday, the union said, "
            "bringing to three the number of officers killed in the attack.",
            (3, 0),
        ),
        (
            "Two state police officers lost their lives and three more were injured. In the "
            "clash, four of the aggressors were killed.",
            (6, 3),
        ),
    ],
)
def test_bringing_to_three_and_the_aggressors(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The commander was killed along with five others in the strike.", (6, 0)),
        (
            "KABUL – Khalil Haqqani, the minister for refugees, was killed along with five "
            "others, including his bodyguards, in a suicide bombing at the ministry.",
            (6, 0),
        ),
    ],
)
def test_along_with_others_and_a_dateline_before_a_name(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were killed.",
        "He was taken to hospital; she is in hospital in critical condition.",
        "A bomber blew himself up.",
        "Sent to hell, said the statement of six militants.",
        "The figure does not include the bomber.",
        "Markets rose on Tuesday.",
    ],
)
def test_the_word_test_agrees_with_the_text_test(text: str) -> None:
    words = Tokens.of(text).folded
    assert might_mention_words(words) == might_mention_casualties(text)
    assert find_figures(text, words=words) == find_figures(text)


def test_treated_a_man_for_shrapnel_wounds() -> None:
    text = (
        "Two people were killed when a rocket hit a street, Magen David Adom said, adding that "
        "it had treated a 30-year-old man for shrapnel wounds."
    )
    assert totals(text) == (2, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A device exploded as a taxi passed; the driver and his passenger were injured.",
            (0, 2),
        ),
        ("The driver and his passenger were killed.", (2, 0)),
        ("The ministry was hurt by the decision.", (0, 0)),
    ],
)
def test_a_driver_and_his_passenger(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israeli airstrikes in several areas: 8 killed in a house in Nuseirat camp; 5 in a "
            "tent in al-Mawasi; 3 at a gathering of residents in Jabalia.",
            (16, 0),
        ),
        ("12 killed in the strike; 3 in hospital remain in critical condition.", (12, 3)),
    ],
)
def test_lines_that_leave_out_the_verb(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A car bomb hit a convoy on Tuesday, killing five Chinese nationals.", (5, 0)),
        (
            "A car bomb hit a convoy on Tuesday, killing five Chinese nationals and their "
            "Pakistani driver.",
            (6, 0),
        ),
        ("A Palestinian security source said the strike hit a car.", (0, 0)),
        ("Four Wazalendo fighters and 2 M23 fighters were killed in the clash.", (6, 0)),
        ("Gunmen killed 3 soldiers of 2nd Battalion near the border.", (3, 0)),
    ],
)
def test_demonyms_and_names_with_digits_before_a_noun_of_people(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A civil society leader said at least 43 people were killed, while the UN "
            "peacekeeping mission, MONUSCO, said 'at least 21' had died.",
            (21, 0),
        ),
        (
            "Bombs fired into two camps killed at least 35 people and wounded 37, the UN said, "
            "well above an initial toll of 12 given by local authorities.",
            (35, 37),
        ),
        (
            "The strike killed 9 people, up from an earlier toll of 6, officials said.",
            (9, 0),
        ),
    ],
)
def test_another_mission_named_in_apposition_and_a_toll_compared_with_the_first(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israeli strikes killed 58 Palestinians in the past 24 hours, the ministry said, "
            "bringing the toll since October 2023 to more than 61,000.",
            (58, 0),
        ),
        (
            "A strike killed 4 people and injured 17, and an ambulance was hit, killing a "
            "paramedic; this brings to over 1,500 the number of health workers killed since "
            "October 2023.",
            (5, 17),
        ),
        (
            "The UN documented 701 killed and 1,405 injured, in the country between August "
            "2021 and May 2023.",
            (0, 0),
        ),
        (
            "At least 80 people have been killed and more than 32,000 displaced since "
            "January 2023.",
            (0, 0),
        ),
    ],
)
def test_a_period_in_a_later_clause_dates_that_clause(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bomber and gunmen hit beach restaurant; 32 dead\nAt least 32 people were killed "
            "when a suicide bomber blew himself up and gunmen stormed a restaurant, police "
            "said. The toll includes the bomber and four other attackers shot dead by police.",
            (32, 0),
        ),
        (
            "An IED hit an army patrol, killing three soldiers, an officer among them, and "
            "wounding two.",
            (3, 2),
        ),
        ("Gunmen killed five people, two children among them.", (5, 0)),
        (
            "31 Maoists killed in gunfight, two jawans dead\nSecurity forces killed 31 Maoists "
            "in a day-long encounter, police said. Two jawans were also killed and two others "
            "injured.",
            (33, 2),
        ),
        ("Fighting near the dam kills 22 in a day", (22, 0)),
        ("Malaria kills 2,000 children a day in the region, a study found.", (0, 0)),
    ],
)
def test_what_a_toll_includes_and_the_headlines_further_dead(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rebels kill dozens in village raid\nFighters attacked the village on Thursday, "
            "a civil society leader said, putting the toll at 42. An army spokesman said at "
            "least 40 civilians had been killed.",
            (40, 0),
        ),
        (
            "Jihadists kill dozens in attack on army post\nFighters overran a military post on "
            "Sunday, killing dozens of soldiers and civilians, security sources said. The group "
            "claimed in a statement to have killed more than 100 soldiers.",
            (12, 0),
        ),
        (
            "A strike killed 277 people, the ministry said. Over 20 civilians were among the "
            "dead, a monitor said.",
            (277, 0),
        ),
    ],
)
def test_another_sources_count_and_a_partys_claim_beside_a_vague_amount(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jihadists kill at least 133 villagers\nJihadists attacked residents on Saturday, "
            "killing at least 133 people, according to a security assessment. A collective of "
            "victims' families said the toll was around 400.",
            (133, 0),
        ),
        (
            "RSF attack on village leaves 40 dead. Fighters stormed a village, a lawyers' group "
            "said, putting the toll at 40; other local sources said more than 200 had been "
            "killed.",
            (40, 0),
        ),
        (
            "Air strikes: Taliban say 46 dead\nThe Taliban said those killed in the strikes were "
            "mostly women and children and put the toll at 46. Pakistani security officials said "
            "the strikes hit hideouts, killing around 20 militants.",
            (20, 0),
        ),
        (
            "The military says it killed a senior commander in an air strike on a school. The "
            "civil defence agency said 22 people were killed in the strike, including women and "
            "children.",
            (22, 0),
        ),
    ],
)
def test_two_sources_in_sentences_of_their_own(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two killed in ramming and stabbing spree; attacker shot dead\nAn attacker rammed "
            "his car into pedestrians, killing two people and injuring four, medics said. He was "
            "shot dead by a police officer.",
            (3, 4),
        ),
        (
            "Six gunmen killed in clash with army\nSoldiers killed six armed men after coming "
            "under attack, the army said.",
            (6, 0),
        ),
        (
            "Houthi fighters attacked government positions, killing five soldiers. The official "
            "said more than a dozen Houthis were also killed.",
            (17, 0),
        ),
        ("Two people were killed. About 60 others remain under treatment.", (2, 60)),
        (
            "Cholera kills 70 in a week\nThe health ministry said it had recorded 2,700 cases "
            "and 70 deaths, after drone strikes knocked out power to pumping stations.",
            (0, 0),
        ),
    ],
)
def test_the_attacker_the_other_side_and_a_disease_told_twice(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A truck bomb blew up near the air base, killing six people, the mayor said. It was "
            "the deadliest bombing in the city since a 2019 car bomb at a police academy killed "
            "22.",
            (6, 0),
        ),
        ("Man kills wife, two children in suburb, prosecutors say", (0, 0)),
        ("Gunmen kill a man and his wife in Kaduna", (2, 0)),
        (
            "At least 64 Palestinians killed since dawn, medics say. The count of wounded since "
            "dawn stands at more than 100.",
            (64, 100),
        ),
        (
            "A strike hit her home, killing nine of her children. Her husband and her "
            "11-year-old son were seriously wounded.",
            (9, 2),
        ),
        ("At least 100 people were killed. Dozens were taken to hospitals in Makurdi.", (100, 12)),
        ("Five people were killed and the bodies were taken to hospital.", (5, 0)),
        (
            "A civilian man was wounded; he was taken to the district hospital in serious "
            "condition.",
            (0, 1),
        ),
        (
            "Four dead as separatists and soldiers clash\nThe army said soldiers killed three "
            "'terrorists' in a raid. A soldier was also killed, a military source said.",
            (4, 0),
        ),
    ],
)
def test_comparisons_crime_counts_of_the_wounded_and_a_headlines_sum(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The crew reported three fatalities and at least four injuries, two severe.", (3, 4)),
        (
            "The death toll from the strike, initially put at 19, has been revised by the Civil "
            "Defence to 40 killed and more than 60 injured.",
            (40, 60),
        ),
        (
            "The army said they had killed 13 terrorists in an operation. Residents disputed the "
            "account, saying the dead were civilians, and put their number at nine.",
            (9, 0),
        ),
        (
            "The civil defence said a strike on a school killed more than 90 people. The "
            "military disputed the toll, saying it had killed 19 people, all of them militants.",
            (19, 0),
        ),
        (
            "The minister said the toll from Tuesday's simultaneous explosions of paging devices "
            "has risen to 12 dead and about 2,800 wounded.",
            (12, 2800),
        ),
        (
            "Security forces conducted an operation and sent eight khwarij to hell. During the "
            "exchange of fire, Havaldar Zahid (36) and Sepoy Irfan (24) embraced shahadat.",
            (10, 0),
        ),
        ("Journalists Ana Ruiz and Pedro Vega were killed in Culiacan.", (2, 0)),
        ("Hamas and Israel were hurt by the decision.", (0, 0)),
    ],
)
def test_injuries_listed_disputed_tolls_and_named_soldiers(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sudan – protection incidents, week of 2 December:\n- 3 Dec: drone strike on a "
            "market, Omdurman, 8 killed;\n- 3 Dec: shelling of Karari locality, 3 killed, 11 "
            "injured;\n- 4 Dec: clashes near Wad Madani, casualties not yet known.",
            (11, 11),
        ),
        (
            "Three bombers detonated explosives in Gwoza on Saturday, killing 32 people "
            "including the bombers; at least 42 others were injured. Earlier reports had given "
            "18 dead.",
            (32, 42),
        ),
        (
            "The toll of the 3 December attack on the village has risen to at least 100 people "
            "killed, according to local authorities.",
            (100, 0),
        ),
        (
            "In the second quarter, 1,167 civilians were affected by violence: 471 killed, 402 "
            "injured, 187 abducted.",
            (0, 0),
        ),
        ("Gang violence killed 1,500 people in the first quarter of the year.", (0, 0)),
        (
            "Bandits killed 16 villagers on Tuesday in apparent retaliation for the killing of "
            "two gang members by vigilantes a week earlier.",
            (16, 0),
        ),
        (
            "Two civilians caught in the crossfire were taken to the University of Gondar "
            "hospital with gunshot wounds.",
            (0, 2),
        ),
    ],
)
def test_dated_lines_earlier_reports_quarters_and_reprisals(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Between 1 and 3 December, at least 207 people were killed by the gang.", (207, 0)),
        ("On 3 December, at least 14 civilians were killed and 23 injured.", (14, 23)),
        (
            "Since ethnic violence erupted on 3 May 2023, at least 260 people have been killed "
            "and about 60,000 displaced, the state government said.",
            (0, 0),
        ),
        ("Since the ceasefire began on 1 December, 12 people have been killed.", (12, 0)),
        (
            "City administration update:\n— Solomianskyi district: building partially destroyed, "
            "23 dead;\n— Darnytskyi district: 1 dead, 6 injured;\n— Total across the city: 28 "
            "dead, 134 injured.",
            (28, 134),
        ),
        ("The collapse of an artisanal gold mine shaft killed around 60 miners on Sunday.", (0, 0)),
        (
            "Security sources put the number of dead at more than 70 and the wounded at around "
            "200.",
            (70, 200),
        ),
    ],
)
def test_dates_before_a_count_a_lists_total_line_and_the_wounded_put_at(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "'We have lost ten men and five are injured,' an army statement read. Several "
            "bodies of assailants were found on the battlefield, it added.",
            (13, 5),
        ),
        (
            "A village chairman was shot dead by gunmen on Monday. Police said the motive was a "
            "dispute with a relative and ruled out the involvement of any armed group.",
            (0, 0),
        ),
        (
            "As of 19:00, four people have died. Two more died in hospital, so the toll is now "
            "six. 42 injured.",
            (6, 42),
        ),
        (
            "Two soldiers were killed and one wounded in a shooting attack by a truck driver, "
            "who was shot dead at the scene.",
            (3, 1),
        ),
        (
            "The death toll from Saturday's drone strike on a mosque in the city's northern "
            "neighbourhood is 75, not 78 as previously stated.",
            (75, 0),
        ),
    ],
)
def test_the_other_sides_bodies_a_motive_ruled_out_and_a_toll_that_is_now(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A drone attacked a car. The man driving died on the spot from his injuries. His "
            "wife received shrapnel wounds to her legs.",
            (1, 1),
        ),
        (
            "'The driver died, eight passengers were injured, among them two children,' he wrote.",
            (1, 8),
        ),
        ("The operation died down after midnight.", (0, 0)),
        (
            "Two members of the police force sacrificed their lives and five terrorists were "
            "killed.",
            (7, 0),
        ),
        (
            "The drone strike resulted in the martyrdom of two soldiers and the injury of another.",
            (2, 1),
        ),
        ("Two personnel of 9 Assam Rifles were injured when a patrol came under fire.", (0, 2)),
    ],
)
def test_the_driver_who_died_lives_sacrificed_and_a_units_number(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Houthi drone hits Marib displacement camp, killing two\nA drone struck the "
            "al-Suwayda camp for displaced people east of Marib city, killing a woman and her "
            "teenage son and wounding five other residents, officials said.",
            (2, 5),
        ),
        (
            "Turkish drone strike kills SDF fighters near Kobani\nBEIRUT, Dec 20 (AFP) - A "
            "Turkish drone strike near the northern Syrian town of Kobani on Friday killed four "
            "fighters of the SDF, the monitor said. The SDF, in a statement, said two of its "
            "members were killed.",
            (2, 0),
        ),
        (
            "Our Office has so far verified the killing of at least 148 civilians, including "
            "nine aid workers. Other sources put the toll at more than 400.",
            (148, 0),
        ),
        (
            "The strike on the port on Wednesday killed two port workers, the governor said. "
            "Last Monday a ballistic missile hit a ship at the same terminal, killing eight "
            "people.",
            (2, 0),
        ),
        ("Gunmen killed 8 people last Monday.", (8, 0)),
        (
            "During the operations, fourteen soldiers and law enforcement personnel, having "
            "fought valiantly, embraced shahadat.",
            (14, 0),
        ),
        ("Two brothers and their cousin were shot dead by soldiers.", (3, 0)),
        (
            "A spokesman said Afghan forces killed 58 Pakistani soldiers and lost nine of their "
            "own. Pakistan's army said 23 of its soldiers were martyred and 29 wounded, and "
            "claimed over 200 Taliban and affiliated fighters were killed.",
            (32, 29),
        ),
        (
            "A bomb blast at a mosque killed at least seven worshippers, a Taliban spokesman said.",
            (7, 0),
        ),
    ],
)
def test_the_texts_country_other_sources_last_monday_and_each_sides_lower_count(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Border forces of the two countries exchanged fire at the crossing on Saturday "
            "night. A police spokesman said one border guard was martyred and two civilians "
            "were wounded. The crossing was closed to traffic for the third day.",
            (1, 2),
        ),
        (
            "Two gunmen opened fire near a rail station, killing seven people and wounding 16 "
            "before they were shot dead by a security guard, police said.",
            (9, 16),
        ),
        ("Three young men aged 19, 22 and 24 were shot dead on Sunday night.", (3, 0)),
        (
            "Police fired live rounds at protesters, killing three people and wounding 14, the "
            "platform said. The platform says 130 people have died in protest-related violence "
            "since the vote.",
            (3, 14),
        ),
        (
            "Two policemen escorting a polio vaccination team were martyred and a lady health "
            "worker was injured when gunmen opened fire on them.",
            (2, 1),
        ),
        (
            "A police officer serving with the multinational mission was killed and another was "
            "wounded when gang members ambushed their patrol.",
            (1, 1),
        ),
    ],
)
def test_exchanged_fire_attackers_shot_dead_ages_listed_and_a_tolls_since_the_vote(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The assault began when a bomber wearing an explosives vest blew himself up at the "
            "entrance, while four other gunmen stormed the seafront. Police said 32 civilians "
            "had been killed. Three of the gunmen were shot dead by security forces.",
            (36, 0),
        ),
        ("Eleven were killed. Four other relatives remain in the intensive care unit.", (11, 4)),
        (
            "On 3 December 2024, Bate Urgessa, a senior official of the Oromo Liberation Front "
            "(OLF), was found shot dead on the outskirts of the town.",
            (1, 0),
        ),
        (
            "Fighters had shot dead a primary school teacher, 34-year-old Emmanuel Ngwa, and a "
            "12-year-old pupil in Kumbo.",
            (2, 0),
        ),
        (
            "Shells hit a monastery, killing the 70-year-old abbot, U Pyinnya, and a "
            "nine-year-old novice, Maung Thet Paing, a spokesperson said.",
            (2, 0),
        ),
        (
            "The missile strike killed two port workers, a 36-year-old crane operator and a "
            "60-year-old security guard, and wounded eight.",
            (2, 8),
        ),
        ("Gunmen killed two people, a woman and a child.", (2, 0)),
        ("Air strike on school kills 7 children, teacher - residents", (8, 0)),
    ],
)
def test_the_bomber_beside_the_gunmen_named_victims_in_apposition_and_intensive_care(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Armed men killed seven labourers at a construction site, police said. Another "
            "worker, aged 19, survived with gunshot wounds.",
            (7, 1),
        ),
        (
            "J&K: two soldiers, two porters killed in ambush\nMilitants opened fire on an army "
            "vehicle, killing two soldiers and two civilian porters, officials said. Another "
            "soldier and a porter were injured.",
            (4, 2),
        ),
    ],
)
def test_an_age_in_apposition_and_a_group_listed_apart(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "RSF attack on village kills over 100, activists say\nThe village's resistance "
            "committee said 104 people were killed, while the governor's office put the number "
            "at 'over 150'.",
            (104, 0),
        ),
        (
            "Jihadists kill 15 soldiers in ambush\nFifteen soldiers and two members of the "
            "Volunteers for the Defence of the Homeland were killed when militants ambushed "
            "their convoy.",
            (17, 0),
        ),
        (
            "In the operation, our forces killed 57 members of the fascist regime's army and "
            "wounded 38. Two of our fighters were martyred.",
            (59, 38),
        ),
        (
            "Troops neutralised five terrorists in an ambush. The troops recovered the bodies of "
            "the five terrorists, along with four AK-47 rifles and 12 magazines.",
            (5, 0),
        ),
        (
            "Drone strike kills 3\nThe strike hit a vehicle, killing three members of the YBS, a "
            "Yazidi force affiliated with the PKK, the mayor said.",
            (3, 0),
        ),
        ("Bandits kill village head, abduct 12 in Shiroro", (1, 0)),
    ],
)
def test_a_rounded_headline_a_fuller_body_members_of_an_army_and_rifles(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Guided bomb kills two in Sloviansk; artillery kills one in Zaporizhzhia region\n"
            "A guided aerial bomb struck a residential area of Sloviansk, killing two people and "
            "wounding six, governor Vadym Filashkin said. In Zaporizhzhia region, a 71-year-old "
            "man was killed by artillery fire in Huliaipole, governor Ivan Fedorov said.",
            (3, 6),
        ),
        (
            "Raid in Syria kills Islamic State leader, two others\nU.S. forces killed a senior "
            "Islamic State leader and two other militants in a raid, Central Command said.",
            (3, 0),
        ),
        (
            "Attack on beach kills 32 civilians\nAt least 32 civilians were killed and 63 injured "
            "when militants attacked the beach, police said. Police spokesman Abdifatah Adan "
            "Hassan said one attacker blew himself up.",
            (33, 63),
        ),
        (
            "Five NPA rebels killed in clash with army\nFive suspected members of the communist "
            "New People's Army were killed and a soldier was wounded in an encounter with troops, "
            "the army said.",
            (5, 1),
        ),
        (
            "RSF shelling of the camp killed 11 displaced people, the camp's emergency room said. "
            "The same day, drone strikes on an RSF gathering near Mellit killed scores of "
            "fighters, according to a Joint Forces statement. The doctors' network said the "
            "death toll in North Darfur since May had passed 2,000.",
            (31, 0),
        ),
    ],
)
def test_headlines_of_two_incidents_one_source_named_twice_and_a_named_army(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "WEEKLY SITREP\nKharkiv oblast: guided bombs struck Kupiansk district, killing two "
            "civilians and injuring nine. Zaporizhzhia oblast: a drone hit a minibus; the driver "
            "was killed and four passengers were wounded. The administrations' running count for "
            "the month now stands at 61 civilians killed and 212 injured.",
            (3, 13),
        ),
        (
            "42 Palestinians were killed and 119 injured over the past 24 hours, bringing the "
            "cumulative toll since 7 October 2023 to 38,011 killed and 87,445 injured.",
            (42, 119),
        ),
        ("The running total since the ceasefire now stands at 93 killed.", (0, 0)),
    ],
)
def test_a_running_count_for_the_month_is_context(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The civil defence said 23 people were killed, nine of them children, when an "
            "airstrike hit a school. The military said it had struck a command room and named "
            "two of the dead as operatives. More than 40 wounded were taken to hospital.",
            (23, 40),
        ),
        (
            "The toll rose from six, given by police in the first hours, to 18 by Sunday, the "
            "agency said. Another 42 people were injured.",
            (18, 42),
        ),
        (
            "The interior ministry spokesman said at least seven worshippers were killed and 41 "
            "wounded. A local health official gave AFP a higher death toll of 17.",
            (7, 41),
        ),
    ],
)
def test_two_of_the_dead_a_toll_that_rose_from_and_a_higher_toll(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 17 civilians were killed by security forces in the district. Two of the "
            "wounded later died in hospital, bringing the total to 19, a relative said.",
            (19, 0),
        ),
        (
            "The number of people killed in clashes over three days had risen to 80, the "
            "monitor said.",
            (80, 0),
        ),
    ],
)
def test_the_total_raised_and_a_count_of_days(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two sides each handed over 84 prisoners of war in an exchange on Thursday. "
            "Under a separate arrangement, the bodies of 909 fallen soldiers were repatriated.",
            (0, 0),
        ),
        (
            "The hospital said it had received the bodies of 14 people killed in overnight "
            "strikes. Of some 30 wounded, a woman and a child later died, bringing the toll from "
            "the strikes to 16, hospital officials said.",
            (16, 28),
        ),
        (
            "MONUSCO said 43 people were killed, 19 of them women and nine children; a local "
            "civil society leader reported at least 38 dead.",
            (38, 0),
        ),
    ],
)
def test_bodies_repatriated_the_wounded_who_raised_a_toll_and_an_account_after_parts(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A police officer serving with the mission was killed in a gang ambush on Sunday, "
            "the mission said. Two other officers were wounded. Haitian police said 10 gang "
            "members were killed in the same operation.",
            (11, 2),
        ),
        (
            "Gunmen stormed a police post, killing 10 policemen and wounding six, the police "
            "chief said. A senior official later said two of the wounded had died, bringing the "
            "toll to 12.",
            (12, 4),
        ),
        (
            "The toll rose to 52 on Monday after one of the injured died, the chairman said. He "
            "said 17 other victims were still receiving treatment.",
            (52, 17),
        ),
        (
            "Israeli strikes continued on Tuesday: one hit a motorcycle, killing its rider; "
            "another killed two people and wounded a third. The health ministry says more than "
            "300 people have been killed by Israeli fire since the truce took effect.",
            (3, 1),
        ),
    ],
)
def test_gang_members_the_wounded_who_died_and_a_toll_since_the_truce(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Between 1 and 3 December, according to the ministry, 396 Palestinians were killed "
            "and 1,210 injured. Among the incidents reported during the week: an airstrike on a "
            "house reportedly killed 12 members of one family.",
            (396, 1210),
        ),
        (
            "Fighting around Goma killed 773 people and injured 2,880, the government spokesman "
            "said. The WHO said more than 900 bodies had been recovered from the streets.",
            (773, 2880),
        ),
        (
            "The WHO said it was appalled by reports that more than 460 patients and their "
            "companions were shot dead at the hospital on Tuesday.",
            (460, 0),
        ),
        (
            "Its special forces killed 12 Russian marines in a raid; one operative was wounded.",
            (12, 1),
        ),
    ],
)
def test_the_who_a_week_with_its_incidents_and_companions_of_no_count(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police said 32 civilians and one soldier died, along with all five attackers, one "
            "of whom blew himself up.",
            (38, 0),
        ),
        (
            "Ten attackers - including suicide bombers who rammed two explosives-laden vehicles "
            "into the perimeter wall - were killed, ISPR said.",
            (10, 0),
        ),
    ],
)
def test_all_five_attackers_and_a_dashed_aside(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fighters shot dead a gendarme and two civilians, a 34-year-old teacher and her "
            "neighbour, whom they accused of collaborating. Soldiers responding to the attack "
            "killed four of the fighters.",
            (7, 0),
        ),
        (
            "After an intense exchange of fire, nine khwarij were sent to hell. However, during "
            "the exchange of fire, Sepoy Abdul Razzaq (age 27 years, resident of District "
            "Loralai), having fought gallantly, embraced shahadat.",
            (10, 0),
        ),
    ],
)
def test_a_group_named_in_apposition_mid_list_and_a_soldier_with_asides(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A drone targeted a vehicle on the road, killing two members of the PKK-affiliated "
            "YBS and the civilian driver of the vehicle.",
            (3, 0),
        ),
        # the suicide attacker is one of the dead (docs/counting.md)
        ("A suicide attack at a checkpoint killed 3 policemen and the attacker.", (4, 0)),
        (
            "Fourteen enemy soldiers were killed. Our comrade Ko Zaw Lin (29) sacrificed his life "
            "for the revolution, and two comrades were injured.",
            (15, 2),
        ),
        (
            "As a result, Professional Soldier Jhon Fredy Mosquera, 24, lost his life and two "
            "officers were wounded. One member of the armed group died.",
            (2, 2),
        ),
    ],
)
def test_the_driver_after_a_group_a_comrade_and_a_soldier_by_title(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


def test_a_dashed_list_of_the_dead_pulled_from_the_rubble() -> None:
    text = (
        "Fourteen people — eight members of one family, among them five children, and six "
        "neighbours who had come to help — were pulled dead from the rubble after a strike, "
        "civil defence said, and 20 more were wounded."
    )
    assert totals(text) == (14, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Government forces repelled an attack, killing 17 of the attackers and wounding "
            "dozens, the army's media center said. Two soldiers were killed and five others "
            "wounded, the center added.",
            (19, 17),
        ),
        (
            "Two gunmen opened fire near a station, killing seven people and injuring 16, medics "
            "said. Police said one of the attackers was shot dead and the other was wounded and "
            "arrested.",
            (8, 17),
        ),
    ],
)
def test_the_wounded_of_each_side_and_the_other_attacker(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


def test_further_dead_told_with_also_are_no_whole() -> None:
    text = (
        "Gunmen kill Taliban commander in Panjshir. Two of his bodyguards were also killed in "
        "the attack."
    )
    assert totals(text) == (3, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The militia committed a massacre, where 14 innocent civilians including elders and "
            "women were slaughtered and 10 others were wounded.",
            (14, 10),
        ),
        (
            "The operation resulted in 8 deaths of suspects and 3 policemen wounded by gunshots, "
            "one of them in grave state.",
            (8, 3),
        ),
    ],
)
def test_parts_without_a_number_and_the_wounded_after_deaths(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Air strike on Rafah home kills 9, medics say\nAn air strike on a home in Rafah "
            "killed nine people on Monday, medics said, raising an earlier toll of five.",
            (9, 0),
        ),
        (
            "Shelling of a market in Kherson killed 14 people and wounded 30, the governor said, "
            "revising down an earlier police toll of 21.",
            (14, 30),
        ),
    ],
)
def test_a_toll_that_raises_or_revises_an_earlier_one_replaces_it(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


def test_a_vague_amount_is_no_account_against_a_precise_count() -> None:
    text = (
        "Raiders kill dozens in Plateau village; police put toll at 27\nArmed men stormed "
        "a village in Bokkos overnight, killing at least 60 people, a local leader said, while "
        "the police said 27 bodies had been recovered."
    )
    assert totals(text) == (27, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Attack on Mali army camp kills 7 soldiers; about 15 assailants killed\nSeven "
            "soldiers were killed when militants attacked a camp near Boni, the army said, "
            "adding that about 15 of the assailants died in the fighting.",
            (22, 0),
        ),
        (
            "Gunmen stormed a hotel in Kismayo, killing 11 guests, police said. One attacker "
            "blew himself up and three others were shot dead by the guards.",
            (15, 0),
        ),
        (
            "Three soldiers killed in Rajouri gunfight; two intruders eliminated\nThree soldiers "
            "were killed in a gunfight with infiltrating militants, officials said, adding that "
            "two of the intruders were also killed.",
            (5, 0),
        ),
        (
            "Troops ended the siege of a hijacked bus in Balochistan, killing all 12 militants, "
            "the army said. Nine hostages and two policemen were killed during the standoff, a "
            "spokesman said.",
            (23, 0),
        ),
    ],
)
def test_the_attackers_dead_and_their_hostages(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Regional officials say shelling has killed more than 200 residents since last summer.",
            (0, 0),
        ),
        (
            "Two killed in raid on Jenin camp\nIsraeli forces killed two Palestinians and wounded "
            "five in a raid on the Jenin camp on Tuesday, the ministry said. Families were still "
            "mourning four men killed in an air strike on the camp last week.",
            (2, 5),
        ),
        (
            "Four soldiers were killed in an ambush in Borno last week, the army said on Monday.",
            (4, 0),
        ),
    ],
)
def test_a_toll_since_a_season_and_an_incident_of_last_week(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunman kills 6 at a university in Prague, then himself\nPolice said they had found no "
            "indication of a political or terrorist motive.",
            (0, 0),
        ),
        (
            "On 2 May 2024, unidentified gunmen robbed a bank in Kisumu and shot dead a cashier "
            "and a guard. Police blamed a robbery gang. Coded as criminal, excluded.",
            (0, 0),
        ),
    ],
)
def test_a_text_that_denies_a_political_motive_is_no_conflict(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said three civilians at a nearby bus stop were killed.", (3, 0)),
        ("Two soldiers in a patrol vehicle were killed by a roadside bomb.", (2, 0)),
    ],
)
def test_a_place_with_an_article_inside_the_subject(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A suicide bomber struck a mosque in Peshawar. Police said 11 worshippers were killed "
            "in addition to the bomber.",
            (12, 0),
        ),
        (
            "Two suicide bombers blew themselves up at a checkpoint in Mogadishu, killing nine "
            "people.",
            (11, 0),
        ),
        (
            "Officials put the toll at 40 killed, not counting the three attackers.",
            (43, 0),
        ),
        (
            "On 4 May 2025, a suicide bomber blew himself up at a rally in Bajaur, killing a "
            "local leader and 5 supporters. Fatalities: 7 (including the bomber).",
            (7, 0),
        ),
    ],
)
def test_the_bombers_told_beside_the_toll(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_an_incident_two_days_earlier_is_context() -> None:
    text = (
        "On 9 June 2025, security forces killed 3 militants in Sopore. Two days earlier, an "
        "ambush in the area had killed 4 soldiers."
    )
    assert totals(text) == (3, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The UN first reported 90 dead, then raised the toll to 112.", (112, 0)),
        (
            "Officials said 31 people were killed and 80 injured; on Sunday night the toll had "
            "stood at 22 dead.",
            (31, 80),
        ),
        (
            "The ministry put the final toll at 64 dead and 120 injured, up from 58 dead reported "
            "on Monday.",
            (64, 120),
        ),
        (
            "Medics said 40 bodies had been recovered, up from an initial estimate of 25, and that "
            "more than 90 wounded people were being treated.",
            (40, 90),
        ),
        (
            "The spokesman initially said 4 killed, 9 injured; he later raised the toll to 12 "
            "killed and 30 injured.",
            (12, 30),
        ),
    ],
)
def test_the_words_of_an_earlier_count_are_that_counts_own(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Elders said 7 people were killed on one side and 4 on the other.", (11, 0)),
        ("A teacher was killed in Bamenda, a farmer in Kumba and a trader in Buea.", (3, 0)),
        ("Three soldiers were wounded in Kidal and two in Gao.", (0, 5)),
        ("Five people were killed in the attack on the market and the mosque.", (5, 0)),
    ],
)
def test_counts_that_share_the_verb_told_before_them(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A pro-government channel on Monday retracted a report that 15 soldiers had been "
            "killed in an ambush near Kidal, saying the information was not accurate.",
            (0, 0),
        ),
        (
            "The army withdrew a statement by one of its officers which claimed that 500 rebels "
            "had been killed near Bara. In its own communique, the army said 9 soldiers were "
            "killed in the fighting.",
            (9, 0),
        ),
    ],
)
def test_a_report_its_source_took_back_counts_nothing(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The group claimed it had killed 12 soldiers in an attack on a checkpost. The army "
            "said the attack had been repulsed, that no soldiers were killed or hurt, and that "
            "two attackers were killed.",
            (2, 0),
        ),
        (
            "The army said a drone strike near Kidal had killed 'around 40 terrorists'. A rebel "
            "alliance said the strike hit a market, killing six civilians, and that none of its "
            "fighters were among the dead.",
            (6, 0),
        ),
    ],
)
def test_a_side_that_says_it_lost_no_one_sets_the_claim_aside(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rebels said their fighters had killed 25 soldiers in an attack on a convoy, "
            "and that three of their own fighters were killed. The army gave a different "
            "account: five soldiers were killed and two injured, it said, while all eight "
            "attackers were shot dead.",
            (8, 2),
        ),
        (
            "Kyiv's military said a missile strike hit Russian troops at a training ground, "
            "killing at least 80 of them. Two days later a Russian-installed official "
            "acknowledged the strike, saying 24 servicemen had died.",
            (24, 0),
        ),
    ],
)
def test_each_sides_own_account_against_the_others_claim(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shelling of a market killed 31 people, the health ministry said. The Doctors Union, "
            "a medical group tracking the war, put the toll at 45 dead.",
            (31, 0),
        ),
        (
            "A reporter at the hospital in Deir al-Balah counted 19 bodies brought in after the "
            "strikes. The hospital's own records, shared with the agency on Wednesday, listed 16 "
            "people killed in those strikes.",
            (16, 0),
        ),
        (
            "An air strike on a school killed at least 14 people, the civil defence said. By "
            "nightfall its spokesman said 18 people were dead.",
            (18, 0),
        ),
        (
            "An air strike on a car killed two men, the ministry said, adding that four "
            "passers-by were wounded. The army said one of the two dead was a commander.",
            (2, 4),
        ),
    ],
)
def test_sources_named_with_an_aside_a_later_count_and_one_of_the_dead(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army on Friday corrected an earlier statement that said a strike on the port "
            "had killed six people, saying the figure was carried over from another report.",
            (0, 0),
        ),
        (
            "The army first announced that four soldiers had been killed. Hours later it "
            "corrected the announcement: two soldiers were killed and two were wounded.",
            (2, 2),
        ),
    ],
)
def test_a_corrected_statement_and_the_correction(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_the_wounded_told_with_the_dead_are_of_their_side() -> None:
    text = (
        "The army said 12 of its soldiers were killed and 20 injured in the clashes. The rebels "
        "said five of their fighters had been killed and 9 wounded."
    )
    assert totals(text) == (17, 29)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rebels said they had captured the town on Tuesday and that dozens of junta "
            "soldiers were killed in the assault, while four of their own fighters died.",
            (16, 0),
        ),
        (
            "A rebel spokesman said only three of its fighters died and claimed that 15 army "
            "soldiers and allied militiamen had been killed.",
            (18, 0),
        ),
        (
            "Kyiv said a Russian assault had been repulsed, with Russian losses of 'around 120 "
            "killed'. A pro-war channel, which sometimes admits setbacks, wrote that 'about 30 of "
            "ours' had died in the attack.",
            (30, 0),
        ),
        (
            "The army said it had killed more than 200 fighters in operations over the past "
            "month. In a separate statement, the rebels said a drone strike on a clinic on "
            "Sunday killed five people.",
            (5, 0),
        ),
        (
            "Both sides handed over prisoners of war on Friday. Russia said it had received 35 "
            "bodies in return.",
            (0, 0),
        ),
    ],
)
def test_claims_of_a_days_fighting(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Medics said an air strike on a tent camp killed 9 people. The military disputed the "
            "toll, saying a review of the strike found that three people were killed, all of them "
            "members of a rocket cell.",
            (3, 0),
        ),
        (
            "The group claimed to have killed 'more than 300' soldiers in two days of fighting. "
            "The army said 16 of its men and allied fighters had died in the battle.",
            (16, 0),
        ),
        (
            "LOME, May 2 (Reuters) - Togo's government said 12 soldiers were killed in an attack "
            "on an army post near the border with Burkina Faso. JNIM had earlier claimed to have "
            "killed 30 soldiers in the attack.",
            (12, 0),
        ),
        (
            "The ministry said fighters killed 300 villagers in three days of attacks. A lawyers' "
            "group, which documents abuses in the war, said at least 150 people were killed in "
            "the same attacks.",
            (150, 0),
        ),
        (
            "The ministry said 350 people were killed in the blast. An intelligence assessment "
            "released on Friday estimated the death toll at between 90 and 200.",
            (90, 0),
        ),
    ],
)
def test_accounts_weighed_across_sentences(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mali (week of 1-5 December 2024). Fighting near Boni on 1 December killed at least 14 "
            "soldiers and allied militiamen, and a drone strike on a market near Douentza on 3 "
            "December killed three civilians. In Menaka, gunmen on 4 December raided a village, "
            "killing eight herders and abducting 20 others.",
            (25, 0),
        ),
        (
            "The army on Monday overran the town; a monitor said at least 90 people were killed. "
            "On Wednesday an air strike on a market killed 9 civilians.",
            (99, 0),
        ),
        (
            "On 3 Dec, 12 people were killed in shelling of the town. On 4 Dec the toll rose to "
            "15.",
            (15, 0),
        ),
    ],
)
def test_a_digests_incidents_of_other_days_add(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Between 30 and 35 people, most of them dock workers, drivers and medics, were "
            "reportedly killed and at least 60 injured when strikes hit the port.",
            (30, 60),
        ),
        (
            "A drone hit a house in the village. Volunteers identified the dead as Ma Hla (23), "
            "Hkawng Naw (6) and Labang Tu (34).",
            (3, 0),
        ),
        (
            "Two civilians were killed and four injured when a drone struck a house. A third man "
            "killed in the strike was claimed by the group as one of its fighters.",
            (3, 4),
        ),
        (
            "Relatives said three civilians were killed in an air strike on a farm. The command "
            "said the strike killed 'three terrorists' and that no civilians were harmed.",
            (3, 0),
        ),
        (
            "According to the governor's office, the crisis that began on 16 January has left 80 "
            "people dead and more than 50,000 displaced.",
            (0, 0),
        ),
    ],
)
def test_monitors_notes_named_dead_ordinals_and_denials(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Armed herders attacked the village overnight. The low estimate, 41, follows the "
            "police command; the best estimate of 80 follows Amnesty; the high estimate of 150 "
            "follows local leaders.",
            (41, 0),
        ),
        (
            "A missile strike hit a troop concentration. The low and best estimates, 9 deaths, "
            "rest on names published by bloggers; the high estimate, 25, follows a military "
            "claim.",
            (9, 0),
        ),
        (
            "The monitor documented seven deaths across the country today: two civilians killed "
            "by shelling and five soldiers killed in an ambush. The toll for December so far "
            "rises to 212.",
            (7, 0),
        ),
    ],
)
def test_a_notes_estimates_and_a_months_running_toll(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Militants attacked civilians digging trenches. The group claimed 300 killed; "
            "estimates from French and UN sources range from 120 to 400 dead.",
            (120, 0),
        ),
        (
            "Bandits stormed the village, killing 7 villagers and abducting 20 others. Local "
            "vigilantes killed one of the bandits.",
            (8, 0),
        ),
        (
            "Troops repel attack, kill 30 fighters; four soldiers die\nTroops repelled an attack "
            "on a base in Borno, killing 30 of the insurgents, sources said. Four soldiers were "
            "killed in the fighting.",
            (34, 0),
        ),
    ],
)
def test_a_range_of_estimates_and_the_attackers_dead(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two suicide bombers rammed explosive-laden vehicles into the wall of the cantonment. "
            "The health department said 9 civilians died when nearby houses collapsed, and 20 "
            "were injured.",
            (9, 20),
        ),
        ("Three miners died when a gallery collapsed at a gold site, officials said.", (0, 0)),
        (
            "A rocket hit a street in Sderot. Paramedics treated two men for shrapnel wounds; no "
            "one was killed.",
            (0, 2),
        ),
        (
            "The minister said exploding pagers had killed 12 people and wounded about 2,800. "
            "The group said eight of its fighters were among the dead.",
            (12, 2800),
        ),
        (
            "Moscow claimed a missile strike had killed 'up to 50' soldiers at a headquarters. "
            "The brigade said the missile hit an empty building, that nobody was killed and that "
            "three servicemen were lightly wounded.",
            (0, 3),
        ),
        (
            "The prosecutor's office said 13 people were killed when a missile hit a restaurant. "
            "Suspilne, the public broadcaster, said its reporter had counted 11 dead.",
            (11, 0),
        ),
    ],
)
def test_collapses_treated_wounded_the_dead_among_and_denials(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minister killed in Kabul suicide blast\nKABUL, Dec 3 (Reuters) - Ahmad Rahimi was "
            "killed along with three of his guards when a bomber blew himself up.",
            (5, 0),
        ),
        (
            "A man stabbed people at random at a festival on Friday, killing two and wounding "
            "six, police said.",
            (2, 6),
        ),
        (
            "The military dismissed two officers over a strike that killed aid workers in October.",
            (0, 0),
        ),
        (
            "Clashes between two cartels killed five people, and around 300 residents crossed "
            "the border to escape.",
            (5, 0),
        ),
        (
            "The Red Crescent said its crews treated 9 people after settlers attacked the village.",
            (0, 9),
        ),
        (
            "A strike levelled a building; the civil defence said 7 people were pulled out "
            "injured and two remain missing.",
            (0, 7),
        ),
    ],
)
def test_datelines_active_verbs_clauses_and_the_rescued(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four persons were killed in fresh violence in Jiribam district on Saturday, police "
            "said. One man was shot dead at home; three armed men died in a gunfight in the "
            "hills. Separately, a rocket attack in Moirang on Friday killed a 70-year-old man.",
            (5, 0),
        ),
        (
            "A monitor's weekly update recorded the beheading of four farmers by insurgents on 2 "
            "December; the group, claiming the killings via its agency, put the number at nine.",
            (4, 0),
        ),
    ],
)
def test_separate_incidents_and_a_groups_claim_in_a_clause(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The group said it had ambushed a military vehicle and killed 12 soldiers. "
            "According to the ISPR, three soldiers were martyred in the ambush.",
            (3, 0),
        ),
        (
            "A drone dropped explosives on a bus, killing one passenger and wounding five, the "
            "governor said. Earlier in the day artillery fire wounded two other people in the "
            "suburbs.",
            (1, 7),
        ),
        (
            "Shelling kills two children, wounds six\nShelling hit a village on Friday, killing "
            "two children and injuring six other villagers, residents said.",
            (2, 6),
        ),
    ],
)
def test_according_to_a_source_and_other_people_wounded_later(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


def test_a_quoted_count_after_a_toll() -> None:
    text = (
        "The defence ministry said about 50 people had been killed in clashes. The "
        "ombudsman's office, which sends staff to the area, put the number of dead at 'at least "
        "35'."
    )
    assert totals(text) == (35, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fighters stormed a village on Wednesday. The local committee said more than 50 "
            "villagers were killed and published video of a mass burial; the council put the "
            "toll at 57.",
            (50, 0),
        ),
        (
            "Militia raid on Gezira village kills over 50, activists say\nThe village committee "
            "said 57 people were killed.",
            (57, 0),
        ),
    ],
)
def test_two_accounts_of_over_n(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials said 12 people were killed on Monday, 8 soldiers and 4 civilians, and "
            "about 40 wounded.",
            (12, 40),
        ),
        ("Five people were killed, two women and a child, and 11 were injured.", (5, 11)),
        (
            "Police said three people died - a driver and two guards escorting the truck - and "
            "another guard was taken to hospital.",
            (3, 1),
        ),
        (
            "Police said three people died - a driver and two guards - and another guard was "
            "taken to hospital.",
            (3, 1),
        ),
        # a list that does not follow a told figure is still the next verb's
        ("Twelve soldiers, 26 insurgents and two civilians were killed.", (40, 0)),
        ("Two soldiers, three civilians and a police officer were wounded.", (0, 6)),
    ],
)
def test_a_breakdown_set_off_after_a_figure_is_its_parts(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen attacked a convoy near Macomia, killing three drivers. The army said its "
            "troops killed eight insurgents while repelling the attack.",
            (11, 0),
        ),
        (
            "Insurgents stormed a police post overnight and killed two officers, police said. "
            "Seven attackers were killed in the return fire.",
            (9, 0),
        ),
        # another account of an armed side's dead: the two are weighed as before
        (
            "Militants raided a checkpoint, killing four soldiers. The army said six militants "
            "were killed in the return fire; the group said two of its fighters died.",
            (6, 0),
        ),
    ],
)
def test_the_attackers_killed_while_repelled_add_to_their_victims(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nine people died when the first shell hit the market. A second shell minutes later "
            "killed three more. Doctors reported two further deaths that night.",
            (14, 0),
        ),
        (
            "One policeman was killed at the checkpoint. Two more died of their wounds in "
            "hospital. A passer-by was also killed.",
            (4, 0),
        ),
        # a total that counts them all: the headline's, the range's high end, a toll after
        (
            "Shelling kills 12 in market\nNine people died when the first shell hit. A second "
            "shell killed three more.",
            (12, 0),
        ),
        (
            "Between 2 and 4 people were killed in the strike. Local media reported two further "
            "deaths, which could not be confirmed.",
            (2, 0),
        ),
        (
            "Nine people died in the first strike. A second strike killed three more. The "
            "health office put the day's toll at 12.",
            (12, 0),
        ),
        # a raised toll is a series, never added
        (
            "Five people were killed on Monday. Two more died in hospital on Tuesday, raising "
            "the toll to seven.",
            (7, 0),
        ),
    ],
)
def test_more_dead_told_after_an_earlier_sentence_add(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One soldier, a 22-year-old sergeant, was killed in the attack, the army said.", (1, 0)),
        (
            "The army said one soldier, a 20-year-old corporal, was killed and another seriously "
            "wounded.",
            (1, 1),
        ),
        (
            "At least 20 soldiers and members of the village guard, a civilian auxiliary force, "
            "were killed on Sunday.",
            (20, 0),
        ),
        # no count before it: the appositive is the victim
        (
            "A drone hit a car, killing the driver; his passenger, a 38-year-old woman, was taken "
            "to hospital with shrapnel wounds.",
            (1, 1),
        ),
        (
            "A drone struck a vehicle, killing three fighters, adding that the driver, a civilian, "
            "was injured.",
            (3, 1),
        ),
        ("A soldier, a policeman, and a civilian were killed.", (3, 0)),
        ("At least 20 soldiers and members of the militia were killed on Sunday.", (20, 0)),
    ],
)
def test_an_appositive_after_a_count_is_no_victim_of_its_own(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "while" and a source of many words: another account, the lower counts
        (
            "A regional official gave a figure of nine dead on Friday, while a humanitarian "
            "source working in the town said 14 had been killed.",
            (9, 0),
        ),
        # "the year on Saturday" is no period: "a year on" is
        (
            "The monitor reported its 45th massacre of the year on Saturday: three young men were "
            "shot dead in a rural area. It said 148 people have been killed in massacres so far "
            "this year.",
            (3, 0),
        ),
        ("A year on from the bombing that killed 30, families gathered at the site.", (0, 0)),
        # a theft is a crime
        (
            "Police said a motorcyclist was stabbed to death by two men who tried to steal his "
            "phone late on Saturday.",
            (0, 0),
        ),
        ("Gunmen shot dead two villagers who tried to stop them from stealing cattle.", (2, 0)),
    ],
)
def test_while_a_source_said_a_year_on_and_a_theft(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two civilians, aged 62 and 70, were killed when a drone hit a bus stop.", (2, 0)),
        ("A man, aged 30, was killed.", (1, 0)),
        # a correction takes back the report it names, and the same report told before it
        (
            "Local media said at least 10 were killed in the strike on the cafe.\nCORRECTION: We "
            "earlier cited local media reporting 10 dead. The health ministry says four people "
            "were killed and 12 wounded.",
            (4, 12),
        ),
        (
            "The army said 12 soldiers had been killed. A channel retracted a report that 12 "
            "soldiers had been killed.",
            (12, 0),
        ),
        # background told by a clause of its own
        (
            "Today marks one year since the missile strike on the hospital, part of a barrage "
            "that killed 33 people across the capital.",
            (0, 0),
        ),
        (
            "A missile hit a university on Wednesday, wounding 17 people. The strike came a day "
            "after more than 50 people were killed in an attack on an institute in the city.",
            (0, 17),
        ),
        ("The army says hundreds of its soldiers have died since.", (0, 0)),
        (
            "The mission said July was the deadliest month for civilians in three years, with "
            "286 killed and 1,388 injured.",
            (0, 0),
        ),
    ],
)
def test_ages_in_a_list_corrections_and_background_clauses(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


def test_a_count_after_a_day_and_month_is_no_date() -> None:
    ex = extract("On 3 March three brothers, aged 9, 12 and 15, were killed by a drone strike.")
    assert (ex.killed, ex.injured) == (3, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "one of them a child" tells of the counted
        (
            "The ministry said two people were killed, one of them a child, and four wounded.",
            (2, 4),
        ),
        # an earlier version taken back
        (
            "Correction: An earlier version of this article said six people were killed. Medics "
            "say 12 children were killed and more than 30 injured.",
            (12, 30),
        ),
        # funerals for the dead of an earlier report; a death months before
        (
            "Funerals were held on Friday for 12 cadets killed in Tuesday's missile strike on an "
            "institute, in which more than 50 people died.",
            (0, 0),
        ),
        (
            "Thousands attended the funeral of the leader on Sunday, nearly five months after he "
            "was killed in a strike.",
            (0, 0),
        ),
        # "over the same period" is the period of the toll before it
        (
            "The ministry says 627 people were killed in the 12-day war in June. Authorities say "
            "28 people were killed by missiles over the same period.",
            (0, 0),
        ),
        (
            "Forces said they killed 57 fighters in the mountains over the past seven days. Four "
            "soldiers were killed and 11 wounded in the same period, a spokesman said.",
            (61, 11),
        ),
        (
            "Officials said 792 cadres had surrendered since January 2024, while 134 had been "
            "neutralised in encounters over the same period.",
            (0, 0),
        ),
        ("Gunmen kill 8 at bar in apparent turf war", (8, 0)),
        # person nouns
        (
            "A missile strike on the port killed a seafarer and a port worker, the governor said.",
            (2, 0),
        ),
        (
            "The military said a reservist was killed in northern Gaza, bringing the number of "
            "soldiers killed since the start of the ground operation to 452.",
            (1, 0),
        ),
    ],
)
def test_of_them_earlier_versions_funerals_and_the_same_period(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # over months: context even alone; a month's toll alone is the item's total
        (
            "The mission's quarterly report said that between January and March at least 1,554 "
            "people were killed and 826 injured in gang violence.",
            (0, 0),
        ),
        ("The ministry said 152 people were killed in Gaza last month.", (152, 0)),
        # "in Mayikengo" is no month
        ("ADF rebels killed at least 18 villagers in Mayikengo overnight.", (18, 0)),
        # a period of a later clause with its own figure dates that figure only
        (
            "Gunmen shot dead two aid workers on the road on Tuesday, in a region where fighting "
            "has killed 67 people since August.",
            (2, 0),
        ),
    ],
)
def test_tolls_over_months_and_periods_of_other_clauses(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fields of an incident log or a security brief
        (
            "Airstrike on the village. Dead: 6 (2 children, 3 women, 1 monk). Injured: 9. Homes "
            "destroyed: 14.",
            (6, 9),
        ),
        (
            "Fighting around the town. Killed: 14 - 9 civilians, 3 militiamen, 2 soldiers. "
            "Wounded: 6. Abducted: 4.",
            (14, 6),
        ),
        ("Magnetic IED on a minibus. Fatalities: 1. WIA: 5.", (1, 5)),
        # a numbered or bulleted round-up: each line an incident
        (
            "Security round-up, 24 hrs to 0600:\n(1) raid on an army base - 5 troops killed, 13 "
            "injured;\n(2) market bombing - 3 traders dead, 11 injured;\n(3) farmers attacked - "
            "2 killed, 4 missing.",
            (10, 24),
        ),
        (
            "Tracker, 5-6 June:\n• attack on a village - 41 civilians killed.\n• clashes near "
            "the town - 3 soldiers killed.",
            (44, 0),
        ),
        # one person told beside a count with "plus"
        ("Casualties: 6 killed (4 soldiers, 2 civilians) plus the driver; 7 wounded.", (7, 7)),
        ("Suicide bomber at the fish market - bomber plus 3 traders dead, 11 injured.", (4, 11)),
        ("Five soldiers were killed, plus damage to the base.", (5, 0)),
    ],
)
def test_fields_round_up_lines_and_plus_one(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the wounded who died, told by "of them", "among them", "more of the 19 wounded"
        ("Fifteen people were wounded in the attack. Two of them later died.", (2, 13)),
        (
            "A grenade hurled at the market injured 12 shoppers; a woman among them died later "
            "in hospital, officials said.",
            (1, 11),
        ),
        (
            "Shelling of the market on Thursday killed four people; two more of the 19 wounded "
            "died on Friday, the ministry said.",
            (6, 17),
        ),
        ("Ten were wounded. Five were killed; two of them died in hospital.", (5, 10)),
        (
            "The hospital received 175 wounded and 21 bodies. A further four of the wounded died.",
            (25, 171),
        ),
        # "plus" a count; "in addition"
        (
            "The army said 18 were killed - 13 civilians and 5 soldiers - plus 16 attackers; 32 "
            "civilians were injured.",
            (34, 32),
        ),
        (
            "Two rebels were killed and one soldier was wounded. The rebels later said that in "
            "addition a farmer was killed in the crossfire.",
            (3, 1),
        ),
        # a round-up line names its place with a district in brackets; an agency is no place
        (
            "Risk advisory, 48 h:\nKatsina (Faskari): vigilantes kill 6 bandits.\nEbonyi "
            "(Ishielu): communal clash over farmland, 3 dead.",
            (9, 0),
        ),
        (
            "Manipur: 2 killed, 9 hurt as militants drop bombs\nIMPHAL, Sept 1 (PTI) - A woman and "
            "a man were killed and nine others were injured, police said.",
            (2, 9),
        ),
    ],
)
def test_wounded_who_died_plus_a_count_and_round_up_places(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ten attackers were killed, along with five soldiers and 13 civilians, the army said.",
            (28, 0),
        ),
        ("A soldier was injured in the firefight and later succumbed at the hospital.", (1, 0)),
        (
            "Two militants were killed in an encounter, police said. A JCO of the Army's 11 "
            "Rashtriya Rifles was injured in the firefight and later succumbed at the hospital.",
            (3, 0),
        ),
        # "succumbed" to no wounds is no death
        ("The town succumbed to the siege after weeks of shelling.", (0, 0)),
    ],
)
def test_a_list_along_with_succumbed_alone_and_a_units_number(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fighting left four dead in Tame and two in Saravena over the weekend, the ombudsman "
            "said.",
            (6, 0),
        ),
        ("Two villagers were taken to the health centre after the shooting.", (0, 2)),
        (
            "The driver and his apprentice were injured and evacuated to the regional hospital.",
            (0, 2),
        ),
        (
            "The army said its forces pushed the attackers back, killing dozens of the militia.",
            (12, 0),
        ),
    ],
)
def test_counts_by_place_over_a_weekend_health_centres_and_companions(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another source's count told with no word of death: the lower counts
        (
            "Survivors said more than 150 died; a local administrator quoted by a news agency said "
            "more than 50.",
            (50, 0),
        ),
        (
            "Survivors said 'more than 150' died; a local administrator said 'more than 50'.",
            (50, 0),
        ),
        (
            "The ombudsman said 80 people had been killed, while the governor gave a figure of "
            "'around 60'.",
            (60, 0),
        ),
        (
            "Strike on the camp - 19 killed (per Civil Defence) / 13 (per MoH) - over 60 injured.",
            (13, 60),
        ),
        ("Police said five were killed, while the group said it had fought for 3 hours.", (5, 0)),
        # an initial report of one source, replaced
        (
            "Two police officers and a civilian died, according to the governor. An initial army "
            "report had mentioned four dead.",
            (3, 0),
        ),
    ],
)
def test_an_elliptic_count_of_another_source_and_an_initial_report(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a live page's lines by time and place are incidents of their own
        (
            "08:12 Odesa: one killed, 6 wounded in an overnight drone attack, the governor says.\n"
            "08:50 Kherson: a 73-year-old woman was killed by artillery fire.",
            (2, 6),
        ),
        # by time and source: updates of one toll
        (
            "06:40 City administration: 8 killed in an overnight missile attack on Kyiv.\n07:15 "
            "State Emergency Service: 9 killed, 47 injured in Kyiv.\n10:20 Mayor Vitali "
            "Klitschko: death toll now 12; 60 injured.",
            (12, 60),
        ),
    ],
)
def test_live_page_lines_by_place_and_by_source(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A 17-year-old wounded by fire during a raid on the town on Friday died of his wounds "
            "on Sunday.",
            (1, 0),
        ),
        ("A man wounded by fire during a raid died of his wounds on Sunday.", (1, 0)),
        ("Gunmen opened fire on a bus, killing a passenger.", (1, 0)),
        ("Soldiers fired on a crowd during a protest, wounding two men.", (0, 2)),
    ],
)
def test_a_victim_wounded_during_a_raid_who_died(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The attack wounded four people before the assailant was shot dead by a passer-by.",
            (1, 4),
        ),
        ("Gunmen killed six people before two attackers were shot dead by police.", (8, 0)),
    ],
)
def test_the_attacker_shot_dead_after_the_victims(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two soldiers were killed and eight wounded when a drone struck the base. On Monday "
            "the army said a third soldier, one of the eight wounded, had died of his injuries.",
            (3, 7),
        ),
        (
            "Three crew members were killed and two injured; a later update said one of the two "
            "injured sailors had died.",
            (4, 1),
        ),
        ("Of the six people treated for gunshot wounds, one died on Wednesday.", (1, 5)),
        # the count of the wounded told there for the first time stays
        ("Shelling killed four people; two more of the 19 wounded died on Friday.", (6, 17)),
    ],
)
def test_one_of_the_n_wounded_who_died(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A suicide bomber blew himself up at the ministry, killing himself, acting minister "
            "Khalil Haqqani and five others.",
            (7, 0),
        ),
        (
            "The bomber detonated his vest, killing himself, a police chief and four others, "
            "officials said.",
            (6, 0),
        ),
    ],
)
def test_victims_listed_after_the_bomber_himself(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_victims_after_the_bomber_keep_their_own_words() -> None:
    text = (
        "A suicide bomber blew himself up at the ministry, killing himself, acting minister "
        "Khalil Haqqani and five others."
    )
    spans = {text[f.span[0] : f.span[1]] for f in extract(text).figures}
    assert "acting minister Khalil Haqqani" in spans
    assert "five others" in spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The general was killed with his assistant when a bomb exploded outside his home.",
            (2, 0),
        ),
        ("He was killed with two of his sons.", (3, 0)),
        ("The man was killed with a knife.", (1, 0)),
    ],
)
def test_killed_with_a_companion(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The group said on Saturday that their prime minister, Ahmed al-Rahawi, and several "
            "ministers were killed in the strike.",
            (4, 0),
        ),
        ("The commander, Ahmad Jaber, and three of his guards were killed.", (4, 0)),
    ],
)
def test_a_role_named_between_commas_heads_a_list(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside about a disaster dates and causes only its own dead
        (
            "Even as rescuers searched the rubble left by the 28 March earthquake, which killed "
            "more than 3,600 people, the military carried out an airstrike on a village on "
            "Saturday, killing seven people, a local group said.",
            (7, 0),
        ),
        ("Flash floods swept through a camp in Tawila, killing 14.", (0, 0)),
        ("The earthquake, which struck at dawn, killed 40 people.", (0, 0)),
    ],
)
def test_an_aside_about_a_disaster_keeps_its_date_and_cause(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sentences a new rule must leave alone
        (
            "A soldier was found dead with two bullet wounds in his chest near Kidal.",
            (1, 0),
        ),
        (
            "The driver was killed with 12 passengers on board, the bus company said.",
            (1, 0),
        ),
        (
            "A suicide bomber detonated his vest at a checkpoint in Mogadishu, killing "
            "himself, a police officer said.",
            (1, 0),
        ),
        (
            "A suicide bomber detonated his vest at a checkpoint, killing himself, three "
            "security sources told a news agency.",
            (1, 0),
        ),
        (
            "Russian strike on Kharkiv kills 20\n• A Russian missile strike killed 20 "
            "people in Kharkiv on Saturday.\n• Ukraine's president said the 20 dead "
            "included three children.",
            (20, 0),
        ),
        (
            "Israeli strikes killed 30 people across Gaza on Monday, the civil defence "
            "said. In Khan Younis, 12 were killed in a strike on a tent camp. In "
            "addition, eight people were killed in Nuseirat.",
            (30, 0),
        ),
        (
            "08:50 Kharkiv: Two people were killed in a Russian strike, the governor "
            "said.\n11:40 Kharkiv: The governor said four people were killed in the "
            "strike.",
            (4, 0),
        ),
        (
            "Gunmen killed 10 people and wounded 25 in a raid on a village in Zamfara. "
            "Four of them died at the scene, police said.",
            (10, 25),
        ),
        (
            "Ten people were killed in Sweida on Sunday, four soldiers and two civilians "
            "were wounded, and the army sent reinforcements.",
            (10, 6),
        ),
        (
            "The attack, which came a day after the president visited the region, killed "
            "12 soldiers.",
            (12, 0),
        ),
        (
            "A drone strike killed 12 people at a market in Kherson on Friday, the UN "
            "said in its monthly update.",
            (12, 0),
        ),
        (
            "Funerals were held on Saturday for the victims of Friday's bombing in Kano, "
            "as police said two more people were killed in a fresh attack overnight.",
            (2, 0),
        ),
        (
            "Gunmen killed 12 villagers in Zamfara on Sunday; in a separate attack in "
            "neighbouring Katsina state police said four people were shot dead.",
            (16, 0),
        ),
        (
            "The army corrected its statement after a count of the bodies found 12 "
            "soldiers had been killed.",
            (12, 0),
        ),
        (
            "The garrison's 300 soldiers succumbed after a three-week siege and "
            "surrendered to the rebels.",
            (0, 0),
        ),
        (
            "Four soldiers died in the ambush, a police officer, who was travelling with "
            "them, was also killed.",
            (5, 0),
        ),
        (
            "Killed: 3 soldiers, 2 civilians. Injured: 5.",
            (5, 5),
        ),
    ],
)
def test_the_new_rules_leave_ordinary_copy_alone(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Human rights division, quarterly brief (January-March 2024): 862 civilians killed, "
            "524 injured, 316 abducted.",
            (0, 0),
        ),
        (
            "A 20-year-old man was beaten to death by two neighbours over a land dispute, police "
            "said.",
            (0, 0),
        ),
        (
            "Police said five people died; a doctor said eight bodies had been brought in, and the "
            "group claimed it had killed 'dozens' of officials.",
            (5, 0),
        ),
    ],
)
def test_a_quarter_named_by_months_a_land_dispute_and_a_claim_after_and(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two soldiers were killed; a third was seriously injured.", (2, 1)),
        (
            "Army: two soldiers killed in the south on Wednesday; a third seriously injured in the "
            "same incident.",
            (2, 1),
        ),
        ("Two soldiers were killed. A third died in hospital.", (3, 0)),
    ],
)
def test_a_third_told_by_its_ordinal(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_kia_before_a_bracket() -> None:
    assert totals("2 police wounded; 1 gang member KIA (unconfirmed reports: 2).") == (1, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A woman was burnt alive when militants torched her house.", (1, 0)),
        ("Militants burned houses and five people were burned alive.", (5, 0)),
        ("Three elderly people were burned alive in their homes.", (3, 0)),
    ],
)
def test_burned_alive(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a source told whom, after the figure: another account of the same dead, the lower
        (
            "Militants killed at least 14 villagers in a night raid on Kisanga, a local chief "
            "told Reuters on Tuesday. The army spokesman said eight bodies had been recovered.",
            (8, 0),
        ),
        (
            "Gunmen killed 40 people in attacks on three hamlets, the district administrator "
            "told journalists. Police confirmed the attacks but said 22 bodies were found.",
            (22, 0),
        ),
        # a title, then the name of its holder, before the verb
        (
            "Gunmen killed six farmers near Gusau, the state police spokesman, Musa Bello, said. "
            "Villagers who spoke to a local radio said they had buried 11 bodies.",
            (6, 0),
        ),
        # sources counted by a number
        (
            "The group said it killed 60 soldiers at the base. Three security sources told AFP "
            "that 19 soldiers were killed.",
            (19, 0),
        ),
        # the same shapes with one source: nothing to weigh
        (
            "Militants killed at least 14 villagers in a night raid, a local chief told Reuters "
            "on Tuesday.",
            (14, 0),
        ),
        ("Two security sources said 12 soldiers were killed and five wounded.", (12, 5)),
        ("Five reported killed in a drone strike on a market.", (5, 0)),
    ],
)
def test_a_source_who_told_whom_a_titled_name_and_counted_sources(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lines that open on their source are accounts of the same dead, not places
        ("Army statement: 6 soldiers killed. Local militia leader: 15 soldiers dead.", (6, 0)),
        ("Health MoH: 21 killed, 40 wounded. Civil Defence: 27 killed.", (21, 40)),
        ("Rebel claim: over 200 troops killed. Military sources: 35 soldiers killed.", (35, 0)),
        # lines by place still add up
        ("Kharkiv: two men were killed. Kherson: a woman was killed.", (3, 0)),
        (
            "Sumy oblast: one civilian killed, the regional administration said. Donetsk "
            "oblast: four killed, the governor said.",
            (5, 0),
        ),
    ],
)
def test_lines_that_open_on_their_source_are_accounts(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_a_place_line_whose_source_shares_a_place_name_is_still_a_place() -> None:
    text = (
        "Donetsk oblast: four people were killed, the Donetsk governor said. Kharkiv oblast: "
        "two were killed, the Kharkiv governor said."
    )
    assert totals(text) == (6, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short month after a count dates it
        ("Taizz — sniper fire killed 2 farmers, 14 Aug.", (2, 0)),
        ("Shelling killed three civilians in Kupiansk, Sept. 9.", (3, 0)),
        ("Monitor's daily toll, 9 March: 14 people were killed across the province.", (14, 0)),
        # losses told as killed and wounded together count no dead
        ("Kyiv said Russia lost 1,240 troops killed or wounded over the past day.", (0, 0)),
        ("The army lost six soldiers in the ambush, and 11 more were wounded.", (6, 11)),
        # shops and stalls are no victims; an electrical fault is no attack
        ("Militants torched 40 shops, 3 traders died.", (3, 0)),
        (
            "Fire gutted 60 stalls at the central market and two traders died; firefighters "
            "blamed an electrical fault.",
            (0, 0),
        ),
        # a killing over a parking dispute is a crime
        ("A man shot two neighbours dead over a parking dispute, police said.", (0, 0)),
        # one more who escaped with a wound
        ("Gunmen shot 3 workers dead; a fourth escaped with a gunshot wound.", (3, 1)),
        ("Gunmen shot 3 workers dead; a fourth escaped unhurt.", (3, 0)),
    ],
)
def test_short_months_losses_killed_and_wounded_shops_and_an_escape_with_a_wound(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hostages killed beside their captors in one incident are that incident's dead
        ("Army: 11 hostages killed and all 9 attackers killed; 80 passengers freed.", (20, 0)),
        # local people and a side's admission are sources
        (
            "A drone struck a wedding. The relief agency: 41 killed, 30 injured. Villagers: "
            "over 70 dead.",
            (41, 30),
        ),
        (
            "The ministry claimed 'over 60 militants' killed. The group admitted 4 of its "
            "fighters killed.",
            (4, 0),
        ),
        # a first tally that the same sentence updates is history
        (
            "Health officials gave a first tally of 21 killed and 60 injured, updated the next "
            "day to 47 killed and 90 injured.",
            (47, 90),
        ),
        # a group named with an Arabic article, and commandos
        ("Officials: over 40 al-Shabaab and 2 soldiers killed.", (42, 0)),
        ("Police: 3 militants and a soldier killed; a commando wounded.", (4, 1)),
    ],
)
def test_hostages_beside_their_captors_local_sources_first_tallies_and_group_names(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NEMA: 21 killed, 34 injured. Residents: over 40 dead.", (21, 34)),
        # a name's acronym in brackets, and an aside with a possessive, before the verb
        (
            "The Islamic State Sahel Province (ISSP) said its fighters killed 40 soldiers. Two "
            "security sources told AFP that 12 soldiers were killed.",
            (12, 0),
        ),
        (
            "JNIM, al-Qaeda's affiliate in Mali, said it had killed more than 30 soldiers. A "
            "local official said 14 soldiers died.",
            (14, 0),
        ),
        # an appositive that names a group is no victim of its own
        (
            "Troops killed four members of the Segunda Marquetalia, a faction of former FARC "
            "rebels, during a clash.",
            (4, 0),
        ),
        # a dispute inside one family is private; one between clans fought with medium
        # weapons is communal violence
        (
            "Two men were shot dead in a long-running dispute over farming land between two "
            "branches of the same family, police said.",
            (0, 0),
        ),
        (
            "A dispute over farm land between two clans escalated into armed clashes with "
            "medium weapons, resulting in 3 fatalities and 5 injured.",
            (3, 5),
        ),
        # people of other kinds after a comma are further victims, not the group's names
        ("Gunmen killed two soldiers, a policeman and a civilian.", (4, 0)),
        ("Gunmen killed two port workers, a crane operator and a security guard.", (2, 0)),
        ("The strike killed two civilians, a woman and her son.", (2, 0)),
    ],
)
def test_datelines_bracketed_acronyms_group_appositives_and_other_kinds_after_a_comma(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


def test_a_dateline_in_capitals_is_where_not_who() -> None:
    text = "PESHAWAR: Militants killed four policemen at a checkpoint on Monday."
    assert [f.source for f in extract(text).figures] == [None]
    text = "PESHAWAR: Militants killed four policemen at a checkpoint, police said."
    assert [f.source for f in extract(text).figures] == ["police"]
    assert [f.source for f in extract("NEMA: 21 killed.").figures] == ["NEMA"]


def test_a_count_of_some_of_the_injured_is_a_part_of_them() -> None:
    text = (
        "At least six people were killed and more than 300 injured in the protests, the "
        "national human rights commission said. The commission said 71 of the injured had "
        "gunshot wounds."
    )
    assert totals(text) == (6, 300)


def test_a_side_of_a_total_with_a_breakdown_is_a_part_not_another_account() -> None:
    text = (
        "Fighting between two militias left at least nine people dead, four of them "
        "civilians, local leaders said. One militia lost three fighters, a community "
        "coordinator told reporters."
    )
    assert totals(text) == (9, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place of its own, some of the dead, or some of the wounded told by another source:
        # a part of the whole, not another account of it
        (
            "Air strikes across Idlib province killed 23 people on Sunday, the Syrian "
            "Observatory for Human Rights said. In Maarat al-Numan, nine people died, a local "
            "rescuer told AFP.",
            (23, 0),
        ),
        (
            "Bandits killed 30 villagers in Zamfara state, police said. Twenty children were "
            "killed, a resident told Reuters.",
            (30, 0),
        ),
        (
            "Bandits killed 37 people in Kaura Namoda, police said. Seventeen members of one "
            "family were killed, a relative told Reuters.",
            (37, 0),
        ),
        (
            "Boko Haram fighters killed 23 farmers in Borno, a local official told Reuters. "
            "Militia leader Babakura Kolo said 14 bodies had been recovered so far.",
            (23, 0),
        ),
        (
            "The bombing killed 15 people and wounded 40, the governor said. Twenty-two wounded "
            "were flown to Kabul, a health official told Reuters.",
            (15, 40),
        ),
        # more bodies than the toll, or a contrast, is another account: the lower
        (
            "A bomb at a mosque killed seven people, a Taliban spokesman said. Hospital staff "
            "said nine bodies had been brought in and more than 30 wounded.",
            (7, 30),
        ),
        (
            "Rebels killed at least 18 civilians in a raid, a civil society leader told Reuters. "
            "The army spokesman confirmed the attack but said 11 bodies had been recovered so far.",
            (11, 0),
        ),
        (
            "Community leaders said around 20 people were killed in clashes over the weekend. "
            "The army said it had so far confirmed and recovered eight bodies.",
            (8, 0),
        ),
        # lines by place whose sources name the place add up
        (
            "Sumy: one civilian killed, the Sumy regional administration said. Kharkiv: two "
            "people killed, the Kharkiv governor said.",
            (3, 0),
        ),
        (
            "Kyiv: 2 killed, Kyiv city military administration said. Lviv: 1 killed, Lviv "
            "regional governor said.",
            (3, 0),
        ),
        (
            "Rebel-held Idlib: 5 killed in shelling. Government-held Aleppo: 3 killed by rebel "
            "rockets.",
            (8, 0),
        ),
        ("Al-Shifa hospital: 12 dead. Al-Aqsa hospital: 9 dead.", (21, 0)),
        # victims that head their own lines are no sources
        ("Villagers: 7 killed, 4 wounded. Vigilantes: 2 killed.", (9, 4)),
        # "reported killed" names the victims, not who reports
        (
            "Five residents reported killed in Sudan shelling. Shelling by the RSF killed 11 "
            "civilians in El Obeid, the Sudan Doctors Network said.",
            (11, 0),
        ),
        # a provisional toll that nothing updates is the toll
        (
            "A provisional toll of 14 dead was given by the civil protection agency after the "
            "attack on the village.",
            (14, 0),
        ),
        (
            "Officials gave a preliminary death toll of 23 after gunmen attacked the market.",
            (23, 0),
        ),
        # others killed or wounded are not the soldiers a side lost
        ("The army lost 12 soldiers as 30 rebels were killed or wounded in the battle.", (12, 0)),
        ("The army said it lost 5 soldiers and killed or wounded 40 militants.", (5, 0)),
        # a place before a person's trade names no place
        ("Gunmen killed 4 farm hands in Zamfara, police said.", (4, 0)),
        ("Gunmen killed 2 shop attendants in Kano, police said.", (2, 0)),
        # a fire the militants set is theirs
        (
            "Fire gutted 30 homes in the village and four people died. Residents blamed "
            "militants who torched the village overnight.",
            (4, 0),
        ),
        # a captivity's toll stays one beside an incident of the day
        (
            "Troops killed 8 bandits in Zamfara, the army said. Relatives said the kidnappers "
            "had killed 4 hostages during months in captivity.",
            (8, 0),
        ),
    ],
)
def test_the_rules_of_accounts_and_sources_leave_ordinary_copy_alone(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline "Place: what happened" is the news, not a source, and its body repeats it
        (
            "Kharkiv: missile strike kills 6 near the railway station\nKHARKIV, Ukraine — A "
            "Russian missile killed six people and wounded 19 near the station, the governor "
            "said.",
            (6, 19),
        ),
        # a headline's topic before a colon is no place of a list
        (
            "Raid on a Niamey army camp: over 30 dead, sources say\nNIAMEY, May 2 — More than "
            "30 people were killed and 80 wounded in the raid, according to a security memo.",
            (30, 80),
        ),
        # a place and a date before a colon is a dateline
        (
            "Bamenda, Sept 3: Two people were killed and four wounded when separatists opened "
            "fire on a bus.\nNorth-West: two killed, four wounded in bus attack",
            (2, 4),
        ),
        (
            "OCHA, 4 May: In Gaza, five people were killed. In the West Bank, one man was killed.",
            (6, 0),
        ),
        # lines headed by a place's governor are a list by place
        (
            "Zaporizhzhia governor: one man killed. Dnipropetrovsk governor: two women killed.",
            (3, 0),
        ),
        ("Bama: 3 soldiers killed. Police in Dikwa: 2 officers killed.", (5, 0)),
    ],
)
def test_headlines_datelines_and_heads_of_lines(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dozens of others were treated at Panzi Hospital in Bukavu, a nurse said.", (0, 12)),
        ("Two more officers were airlifted to Nairobi with serious injuries.", (0, 2)),
        ("A security guard was shot in the hand.", (0, 1)),
        ("A guard was shot in the leg and killed.", (1, 0)),
        ("Troops killed two of the attackers, while a third was captured wounded.", (2, 1)),
        ("Gunmen stormed a school, killing a vice-principal who tried to stop them.", (1, 0)),
        # an update told by a second source is no rival account
        (
            "A car bomb killed nine people, the White Helmets said. The toll was later raised "
            "to 12 after three of the wounded died in hospital, the health ministry said.",
            (12, 0),
        ),
        # "put the toll far higher" disputes the count
        (
            "Fighters killed at least 47 civilians, a doctors' network said. A local activist "
            "group put the toll far higher, at more than 200.",
            (47, 0),
        ),
        # the count an update came from, and a toll a source had put earlier, are history
        ("2 killed, 17 injured; toll updated in the morning from 1 killed.", (2, 17)),
        (
            "Gunmen killed 42 people, officials said. Police had put the death toll at 38 "
            "earlier in the day.",
            (42, 0),
        ),
        # the dead of an earlier attack named in a clause of its own
        (
            "Two weeks after the attack on the village, in which activists say more than 100 "
            "people were killed, survivors described the raid.",
            (0, 0),
        ),
        (
            "A year after the massacre, in which hundreds were killed, jihadists struck the town "
            "again on Saturday, killing six soldiers.",
            (6, 0),
        ),
        ("A man shot two co-workers dead in a workplace dispute, police said.", (0, 0)),
    ],
)
def test_wounded_treated_or_flown_an_update_by_another_source_and_earlier_tolls(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the wounded of a month's toll of the dead are of that month too
        (
            "The UN mission said at least 148 civilians were killed and 730 injured across the "
            "country last month. It has verified more than 14,000 civilian deaths since 2022.",
            (0, 0),
        ),
        # beside an accident's dead, a month's toll of attacks is context
        (
            "A military truck overturned on a mountain road, killing five soldiers, the military "
            "said. The crash was caused by brake failure. The province has seen a rise in "
            "militant attacks, with at least 40 security personnel killed this month alone.",
            (0, 0),
        ),
        # wounded who died and raise the toll are in it, and leave the wounded
        (
            "A medical charity said its team received 26 wounded patients; four of them later "
            "died, raising the toll to 23, the local official said.",
            (23, 22),
        ),
        (
            "Two people were killed and nine wounded when a shell struck the church. One of the "
            "wounded, a 60-year-old woman, later died, raising the toll to three.",
            (3, 8),
        ),
        # bodies handed over between the sides are the war's dead, not news
        (
            "Ukraine received the bodies of 1,000 fallen soldiers in a prisoner exchange, while "
            "Moscow said it received 31 bodies.",
            (0, 0),
        ),
        # an exchange of fire is no exchange of bodies
        (
            "Two policemen were killed in the hour-long exchange, while the attackers fled "
            "leaving behind the bodies of three of their comrades.",
            (5, 0),
        ),
    ],
)
def test_a_months_wounded_accidents_beside_a_months_toll_the_wounded_who_died_and_handovers(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two sides' accounts of each side's dead: the lower account of each, added up
        (
            "The rebel front said it attacked a checkpoint and killed 9 Taliban fighters. "
            "Taliban officials acknowledged that 2 of their fighters were killed and said 4 NRF "
            "attackers died.",
            (6, 0),
        ),
        # the ADF's count of the soldiers nothing else counts is its unconfirmed claim
        (
            "The army said it killed 40 ADF fighters. The ADF said 5 of its fighters and 12 "
            "Congolese soldiers were killed.",
            (5, 0),
        ),
        # one side named two ways ("Pakistani", "its" told by Pakistan's army) is one side
        (
            "Afghan forces said they killed 30 Pakistani soldiers at the border. Pakistan's "
            "military said 4 of its soldiers were killed.",
            (4, 0),
        ),
    ],
)
def test_each_sides_dead_by_its_lower_account(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a source quoting another, and whom a source told, still name the source
        (
            "Nine soldiers were killed when militants ambushed their bus, the monitor reported. "
            "The state news agency, quoting a military source, said the attack killed seven "
            "soldiers.",
            (7, 0),
        ),
        (
            "Herders attacked the camp, killing seven people, the camp chairman, Mr Terfa "
            "Iorhemba, told our correspondent. Police confirmed the attack but said five people "
            "lost their lives.",
            (5, 0),
        ),
        # a vague number of further dead is no repeat of the count before it
        (
            "Jihadists killed 15 militia members in an attack on Thursday, security sources "
            "said, adding that several civilians were also killed in a nearby hamlet.",
            (18, 0),
        ),
        # a fire that swept through a hall, set by fireworks, is an accident
        (
            "At least 60 people were killed and 90 injured when fire swept through a packed "
            "wedding hall. Fireworks set alight the ceiling panels.",
            (0, 0),
        ),
        # shot dead by his neighbour is a private killing
        ("A man was shot dead by his neighbour after an argument, police said.", (0, 0)),
        # the body's dead, told as parts of the headline's, and a party's claim apart
        (
            "Officer among three killed as march turns violent\nA police officer was killed and "
            "20 other policemen were injured in clashes with party workers, the police chief "
            "said. He said one party worker and a passer-by were also killed. The party "
            "claimed that dozens of its workers had been killed.",
            (3, 20),
        ),
    ],
)
def test_quoting_sources_further_vague_dead_fires_neighbours_and_headline_parts(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 71-year-old man was seriously wounded and died in hospital later that day.", (1, 0)),
        (
            "A magnitude 7.7 earthquake struck the region. Officials said more than 3,600 people "
            "were killed. This entry is recorded for context only; it is not a conflict event.",
            (0, 0),
        ),
        (
            "Three people were killed and 12 injured when a passenger coach fell into a ravine. "
            "Police said the driver lost control on a sharp bend.",
            (0, 0),
        ),
        ("Five engineers and their driver were killed, as was the bomber.", (7, 0)),
        (
            "A suicide bomber blew himself up inside the compound. Officials said 6 people were "
            "killed in total, including the minister and the bomber.",
            (6, 0),
        ),
        (
            "Iran said 2 of its guards were killed; the Taliban said one of its fighters died.",
            (3, 0),
        ),
        ("Three people from each side were killed and at least 25 were injured.", (6, 25)),
        ("Clashes left 14 dead on both sides.", (14, 0)),
        ("Suspected Maoists hacked 2 villagers to death.", (2, 0)),
        ("A mob beat three men to death.", (3, 0)),
        ("Militants burned five houses and beat a man to death.", (1, 0)),
        ("Street gangs stabbed four people to death during a night of robberies.", (0, 0)),
    ],
)
def test_wounded_and_died_accidents_the_bomber_each_sides_own_dead_and_beaten_to_death(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the report's own dead stay news when their bodies are handed over
        (
            "Gunmen killed 11 labourers on Tuesday; their bodies were handed over to relatives "
            "after post-mortem.",
            (11, 0),
        ),
        (
            "Rebels killed 9 soldiers and handed over their bodies to the ICRC, the army said.",
            (9, 0),
        ),
        (
            "Ukraine received the bodies of 1,000 fallen soldiers in a prisoner exchange.",
            (0, 0),
        ),
        # only the earlier attack's own clause is background
        (
            "Three days after the ambush, gunmen attacked a police convoy in which six officers "
            "were killed.",
            (6, 0),
        ),
        # "so far" and "rushed to hospital" tell a whole toll; bodies recovered so far a part
        (
            "The civil defence said 12 people were killed in the strike. The health ministry "
            "said 9 people have been killed so far.",
            (9, 0),
        ),
        (
            "Police said 20 people were injured. Doctors said 15 people were injured and rushed "
            "to the hospital.",
            (0, 15),
        ),
        (
            "Gunmen attacked a church, killing at least 40 people, the governor said. Twenty-two "
            "people died at the scene, a hospital official said, and the others died in hospital.",
            (40, 0),
        ),
        # a line on the same place as the toll is another account of it
        (
            "Gunmen killed 8 people in Bokkos, police said. In Bokkos, residents said 12 were "
            "killed.",
            (8, 0),
        ),
        # gendarmes and soldiers, members of the security forces and officers, may be the same
        (
            "Jihadists killed 12 gendarmes in an attack on a post, security sources said. The "
            "government said 8 soldiers died.",
            (8, 0),
        ),
        # more children than the toll's people is another account
        (
            "An airstrike killed 20 people, the health ministry said. A UN agency said 25 "
            "children were killed.",
            (20, 0),
        ),
        # an armed attack on one family is no family feud
        ("Herders killed 9 members of the same family in an attack on a village.", (9, 0)),
        # a toll a source had put, with nothing after it, is still its count
        ("The UN had put the toll at 40 in its first report.", (40, 0)),
        (
            "A preliminary toll of 12 dead was given on Friday; on Saturday, the governor said "
            "19 people had died.",
            (19, 0),
        ),
        ("A first tally of 40 killed in Monday's air strike was confirmed on Tuesday.", (40, 0)),
        # digests by dated or named heads add up
        ("Mosul, 3 March: 7 killed in car bomb, police say. Kirkuk, 3 March: 2 killed.", (9, 0)),
        ("Attack on Kuru village: 9 killed. Attack on Dogo Nahawa: 11 killed.", (20, 0)),
        # one place's official and other heads are accounts
        ("Borno police: 5 killed in Konduga blast. Residents: 9 killed.", (5, 0)),
        ("Mogadishu police: 9 killed in beach attack. Medina hospital: 14 dead.", (9, 0)),
        # shot in the leg and later died is dead
        ("A farmer was shot in the leg and later died in hospital, police said.", (1, 0)),
        # losses told as killed and wounded, however worded
        ("Russia lost 1,100 soldiers in the past day, killed and wounded, Kyiv said.", (0, 0)),
        ("The militia lost 14 of its fighters, dead and wounded, in the clashes.", (0, 0)),
    ],
)
def test_the_second_review_of_accounts_handovers_and_tolls(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The chairman's first figure was 16 dead; a day later he revised it to 113.", (113, 0)),
        (
            "Officials first put the toll at 100, but the police chief later revised it to 84.",
            (84, 0),
        ),
        # "raised it" with nothing told before it counts nothing
        ("The ministry raised it to 9.", (0, 0)),
    ],
)
def test_a_toll_revised_by_a_pronoun(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two sources' counts of the same side's own dead are accounts of them: the lower
        (
            "The army said 3 of its soldiers were killed in the ambush; a military source told "
            "AFP that 5 of its soldiers died.",
            (3, 0),
        ),
        # a pronoun's toll needs a count before it, of its kind
        (
            "The ministry has revised it to 50 percent of the budget, officials said, after a "
            "blast killed 4 soldiers.",
            (4, 0),
        ),
        ("The council raised it to 12 members; separately, gunmen killed 3 people.", (3, 0)),
        ("The ministry said 40 people were wounded and later raised it to 52.", (0, 52)),
        # "before" an event names no earlier count
        ("The governor had put the toll at 7 before the rescue operation ended.", (7, 0)),
        # died of cold after being wounded is not killed by the attack
        (
            "Five villagers were wounded and died of cold in the forest after fleeing the "
            "attack, a local leader said.",
            (0, 5),
        ),
        # a digest's heads by what happened add up, a place's name in them or not
        (
            "Strike on Kharkiv: 3 dead, 12 injured.\nShelling of Kherson: 1 dead, 4 injured.",
            (4, 16),
        ),
    ],
)
def test_the_third_review_of_sides_pronoun_tolls_and_digests(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


def test_beaten_almost_to_death_is_no_death() -> None:
    assert totals("Militiamen beat two journalists almost to death.")[0] == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A flight attendant suffered minor injuries.", (0, 1)),
        ("A camera operator was shot in the leg, and no one was killed.", (0, 1)),
        (
            "Officials said 18 people were killed - 13 civilians and 5 soldiers. In addition, 16 "
            "attackers, including the two suicide bombers, died.",
            (34, 0),
        ),
    ],
)
def test_trades_as_persons_and_dead_told_in_addition(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The agency said the toll had risen to 32, not counting three bombers, and that 42 "
            "people were being treated for injuries.",
            (35, 42),
        ),
        (
            "Security forces killed 31 Maoists on Sunday. Police said 2024 had been the "
            "deadliest year for the rebels in decades, with 219 Maoists killed in the state.",
            (31, 0),
        ),
    ],
)
def test_bombers_not_counted_and_a_deadliest_years_toll(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a coder's closing line states the note's totals
        (
            "An IS cell ambushed an army patrol. Security Media Cell: 2 soldiers killed, 3 "
            "wounded. One of the wounded died overnight.\nCoded 3 killed, 2 injured.",
            (3, 2),
        ),
        (
            "Gunmen opened fire at a tram stop. Toll updated from 6 to 7 killed; 16 wounded. One "
            "attacker was shot dead, the other wounded and arrested.\nCoded 8 killed (7 + "
            "attacker), 17 injured (16 + wounded attacker).",
            (8, 17),
        ),
        # a week's aggregate in a ministry's weekly statement is context; a weekly update's
        # incidents are news
        (
            "A drone hit a car near the city; local security: 3 members of an armed group "
            "killed. The defence ministry's weekly statement: '29 terrorists neutralised' across "
            "the region.",
            (3, 0),
        ),
        (
            "The monitor's weekly update recorded the beheading of five farmers by insurgents "
            "this week.",
            (5, 0),
        ),
    ],
)
def test_a_coders_closing_line_and_weekly_statements(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("José Cabrera, the mayoral candidate for Coyuca, was shot dead at a rally.", (1, 0)),
        ("Gunmen killed Françoise Mbuyi, a nurse, in Goma.", (1, 0)),
        ("Şahin Yılmaz was killed by a roadside bomb.", (1, 0)),
    ],
)
def test_names_with_letters_beyond_ascii(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event note's first words date its news; the dead of a month years before are
        # history, also with no publication time
        (
            "On 28 November 2024, relatives held a vigil in Beni for the 36 villagers killed "
            "when rebels raided the town in August 2016.",
            (0, 0),
        ),
        (
            "On 28 November 2024, rebels raided Beni, killing 36 villagers, a local official said.",
            (36, 0),
        ),
        # a yearless day a few weeks after the lead day is to come, not last year's
        (
            "On 20 November 2024, gunmen shot dead a council candidate in Cotabato ahead of the "
            "8 December local vote.",
            (1, 0),
        ),
        (
            "On 20 November 2024, a mob attacked a bus in Bamenda, killing 4 passengers. One "
            "of the wounded died on 21 November, raising the toll to 5.",
            (5, 0),
        ),
        # and a dateline's day, its year taken from publication
        (
            "HARGEISA, Dec 2 - Clan militias fought over a water point, killing 9 people, elders "
            "said.",
            (9, 0),
        ),
    ],
)
def test_a_notes_lead_day_dates_its_news(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_a_lead_day_weeks_before_publication_is_history() -> None:
    text = "On 3 June 2019, soldiers opened fire on a sit-in in Khartoum, killing 87 people."
    assert extract(text, published=PUBLISHED).killed == 0
    assert extract(text).killed == 87


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dead an event note says belong to another event
        (
            "On 30 November 2024, a drone hit a fuel depot in Kherson, wounding 4 workers. The "
            "29 November shelling of the market, which killed 3 people, is coded separately.",
            (0, 4),
        ),
        (
            "On 30 November 2024, soldiers killed 3 gunmen in Dogon Noma. The wave of raids across "
            "the district that week killed 60 people in all; those are recorded as separate "
            "events.",
            (3, 0),
        ),
        (
            "On 30 November 2024, students blocked the road in Ukhrul after the bodies of 3 "
            "abducted farmers were found near Litan. Police fired tear gas; 5 students were "
            "hurt. The killings near Litan are recorded as a separate event.",
            (0, 5),
        ),
        (
            "On 30 November 2024, a trader was shot dead in Culiacan. His brother had been killed "
            "on 20 November, in a separate event.",
            (1, 0),
        ),
        # a coder's figure of the dead stands for the note
        (
            "On 30 November 2024, the army said its strikes killed 70 fighters near Gao. Given the "
            "lack of other sources, the number of fatalities is coded as 10.",
            (10, 0),
        ),
        (
            "On 30 November 2024, rebels said they killed 20 soldiers and 15 militiamen near Gao, "
            "and fatalities are coded as 30.",
            (30, 0),
        ),
        (
            "On 30 November 2024, militants stormed a camp near Gao. Residents said about 40 were "
            "killed. Fatalities coded as 25.",
            (25, 0),
        ),
    ],
)
def test_dead_coded_as_another_event_and_coded_totals(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll since the start of an offensive or an operation is the campaign's
        (
            "Two marines were killed near Rafah, the army said, bringing its toll since the "
            "start of the ground operation to 410.",
            (2, 0),
        ),
        # "a year of fighting that killed", a conflict "that began on 3 May 2023"
        (
            "The truce ended more than a year of fighting that officials say killed 4,000 people.",
            (0, 0),
        ),
        (
            "The violence between herders and farmers that began in March 2023 has killed "
            "more than 300 people, the governor said.",
            (0, 0),
        ),
        ("The fighting that began on Tuesday has killed 12 people.", (12, 0)),
        # "since mid-January" is a period, beside a war's toll context
        (
            "The offensive has left at least 70 dead since mid-January, the ombudsman said. "
            "A drone strike on Tuesday killed 3 farmers.",
            (3, 0),
        ),
        # a superlative before "since the start of the war" compares: not the toll's period
        (
            "Missiles struck central Sumy on Sunday, killing 34 people and wounding 117, in "
            "one of the deadliest strikes on the city since the start of the war.",
            (34, 117),
        ),
        (
            "In the deadliest attack since the start of the war, 40 people were killed in Sumy.",
            (40, 0),
        ),
    ],
)
def test_campaign_periods_and_superlatives(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # robbers who open fire are still robbers
        (
            "Two guards were wounded when robbers opened fire on a cash van in Lahore, police "
            "said.",
            (0, 0),
        ),
        ("Soldiers opened fire on robbers who had attacked a convoy, killing 3.", (3, 0)),
        # a court case tries the dead of an earlier incident
        (
            "A tribunal in Goma jailed a militia commander for life on Monday for killing 11 "
            "villagers.",
            (0, 0),
        ),
        (
            "A court martial convicted four officers over an ambush in which 9 soldiers were "
            "killed.",
            (0, 0),
        ),
        ("Gunmen killed a prosecutor who had charged militia leaders with war crimes.", (1, 0)),
        # memorials, "last August", the wounded told with a past incident's dead
        ("Memorial ceremonies were held at the school where 16 pupils were killed.", (0, 0)),
        ("The drone strike last August killed 7 people in the village, the report found.", (0, 0)),
        (
            "About 200 people were wounded and 30 killed when the dam was bombed on 14 March 2023.",
            (0, 0),
        ),
        (
            "Relatives of the 40 people killed in the 2022 attack on the church met on Sunday. "
            "More than 70 were wounded in the attack.",
            (0, 0),
        ),
        (
            "Relatives of the 40 people killed in the 2022 attack on the church met on Sunday. "
            "A new attack on Sunday wounded 5.",
            (0, 5),
        ),
    ],
)
def test_robbers_court_cases_and_past_incidents_wounded(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "according to X that said ...": X told the figure before it too
        (
            "Shelling of the camp killed at least 14 people, according to a medical charity "
            "that said it had treated 40 wounded. Residents estimated the toll at more than 60.",
            (14, 40),
        ),
        # of two speakers before a figure, the nearer told it; "while X documented" is a rival
        (
            "Villagers estimated that around 90 people were killed, while the UN mission "
            "documented at least 31 deaths.",
            (31, 0),
        ),
        (
            "Villagers said 90 people were killed, while the UN mission recorded at least 31 "
            "deaths.",
            (31, 0),
        ),
    ],
)
def test_the_nearer_speaker_tells_a_figure(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_the_nearer_speaker_is_the_source() -> None:
    text = (
        "Villagers estimated that around 90 people were killed, while the UN mission "
        "documented at least 31 deaths."
    )
    sources = [f.source for f in extract(text).figures]
    assert sources == ["Villagers", "United Nations"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "killing seven of them" after the bomber: of the recruits, not of the bomber
        (
            "A suicide bomber blew himself up among a queue of police recruits in Baidoa, "
            "killing nine of them and wounding 20.",
            (10, 20),
        ),
        # "... and the bomber", "as well as the attacker" after the victims: one more dead
        ("A suicide bombing at a shrine killed five pilgrims and the bomber.", (6, 0)),
        ("A suicide blast at the market killed 11 traders as well as the attacker.", (12, 0)),
        # told once, not twice
        ("Suicide attack on a checkpoint: a guard and the bomber killed.", (2, 0)),
        ("A bomber blew himself up at the gate, killing 4 people and himself.", (5, 0)),
    ],
)
def test_bombers_beside_their_victims(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll revised down past a long incident; the dead found alive are none
        (
            "The health ministry revised down the death toll from Sunday's strike on a "
            "market in Kafr Kila, south Lebanon, to 14 from 16, saying two people listed "
            "among the dead had been found alive in hospital.",
            (14, 0),
        ),
        (
            "The governor lowered the toll from the shelling of the bus station in Kherson, "
            "in the south, to 6.",
            (6, 0),
        ),
        (
            "Four people were killed; two fishermen reported dead on Monday turned up alive "
            "in Mombasa.",
            (4, 0),
        ),
    ],
)
def test_tolls_revised_down_and_the_dead_found_alive(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence that opens on another incident adds its dead
        (
            "A roadside bomb killed two rangers in Rueso on Monday, police said. Hours later, "
            "in neighbouring Bacho district, gunmen shot dead a village chief.",
            (3, 0),
        ),
        (
            "A drone hit a minibus in Nikopol, wounding six passengers. Later in the day, "
            "shelling of the village of Marhanets wounded a 70-year-old man.",
            (0, 7),
        ),
        (
            "The army said three soldiers were killed near Beit Hanoun. Separately, the health "
            "ministry said 27 Palestinians had been killed by Israeli fire in the south.",
            (30, 0),
        ),
        # not the second incident a headline already told
        (
            "Strikes kill 4 in Sumy, 2 in Kharkiv\nA missile strike on Sumy killed four people, "
            "the governor said. Separately, shelling killed two people in Kharkiv.",
            (6, 0),
        ),
    ],
)
def test_a_sentence_that_opens_on_another_incident(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one side's own soldier, told by that side, is not among the dead its fire killed
        (
            "A soldier was killed and three wounded when a bomb hit their jeep in Jenin, the "
            "Israeli military said, adding that troops killed two gunmen. The Palestinian "
            "health ministry said two men were killed by Israeli fire in the camp.",
            (3, 3),
        ),
        # but a side's claim of the militants it killed may be the other side's dead
        (
            "Four Palestinians were killed in an Israeli drone strike in Tubas, the health "
            "ministry said. The Israeli military said it had eliminated a terrorist cell.",
            (4, 0),
        ),
        # "Hours later" with an update of the toll is the same dead
        (
            "A bomb killed 12 people in the market. Hours later, officials said the toll had "
            "risen to 25.",
            (25, 0),
        ),
        (
            "A bomb killed 12 people in the market. Hours later, officials said 25 people were "
            "dead.",
            (25, 0),
        ),
    ],
)
def test_a_sides_own_soldiers_and_later_updates(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bodies a deal would release are no new dead
        (
            "Under the plan the group would release 8 living captives and the bodies of 12 "
            "others in exchange for prisoners.",
            (0, 0),
        ),
        ("Soldiers recovered the bodies of 18 villagers killed in the raid.", (18, 0)),
        # the dead buried; clinics may hold anyone ("displaced families remain in clinics")
        (
            "About 300 displaced families remain in clinics and schools in the town after "
            "shelling killed 4 people on Tuesday.",
            (4, 0),
        ),
        # bodies the rescuers would return to families are the strike's dead
        (
            "Rescuers pulled 14 bodies from the rubble of a house hit by a strike, and medics "
            "said they would return them to families for burial.",
            (14, 0),
        ),
        (
            "According to the emergency agency, 40 villagers were buried the next day and 31 "
            "were injured in the strike.",
            (40, 31),
        ),
        ("Twelve people were buried under the rubble.", (0, 0)),
        ("Four children were buried alive when the house collapsed.", (0, 0)),
        # a lead day after a few words: "Fatalities updated on 10 May 2024:"
        (
            "Figures updated on 28 November 2024: two of the five villagers wounded in the 24 "
            "November strike on Kani died, bringing the number killed in the strike to 6.",
            (6, 3),
        ),
    ],
)
def test_bodies_in_a_deal_clinics_and_burials(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_a_lead_day_after_a_few_words_dates_a_named_strike() -> None:
    text = (
        "Figures updated on 10 May 2024: two of the five villagers wounded in the 3 May "
        "strike on Kani died, bringing the number killed in the strike to 6."
    )
    assert extract(text).killed == 6  # the 3 May strike is a week old, not history


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's head and the body's dateline are one report, not a list of two places
        (
            "Assam: Two killed in firing in Kokrajhar\nGuwahati, Sunday: Two people were "
            "killed when militants opened fire at a market in Kokrajhar district, police said.",
            (2, 0),
        ),
        (
            "Manipur: Grenade attack injures four in Thoubal\nImphal: Four people were injured "
            "when militants hurled a grenade at a shop in Thoubal district, police said.",
            (0, 4),
        ),
        # a real list of two places adds up
        ("Kherson: 2 killed.\nKharkiv: 3 killed.", (5, 0)),
        # "A day earlier," dates its own sentence's dead
        (
            "Gunmen wounded three villagers in Kangpokpi on Sunday, police said. A day earlier, "
            "two people were killed in firing in the same area.",
            (0, 3),
        ),
        ("One civilian died from injuries sustained in shelling the previous day.", (1, 0)),
        # unless the sentence tells it as a separate attack of the report's
        (
            "Militants killed 14 soldiers in the north, the army said. A day earlier, 8 "
            "civilians were killed in a separate attack, a resident said.",
            (22, 0),
        ),
        # bullet lines are incidents of their own
        (
            "What we know today:\n- A missile attack on Odesa killed two people and wounded 11, "
            "the governor said.\n- In Kharkiv, a glide bomb hit a school, injuring six.",
            (2, 17),
        ),
        (
            "Today so far:\n• A strike on a car in Tyre killed two people; a passer-by was "
            "wounded.\n• In Nahariya, a man was lightly hurt by a rocket.",
            (2, 2),
        ),
    ],
)
def test_datelines_day_before_and_bullets(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a court's words in other senses: "charged the checkpoint with", "tried to storm"
        ("Militants charged the gate with a truck bomb that killed 6 guards, police said.", (6, 0)),
        (
            "Gunmen tried to storm the base with grenades in an attack that killed 4 soldiers.",
            (4, 0),
        ),
        (
            "Police charged the crowd with batons in a clash in which 3 demonstrators died.",
            (3, 0),
        ),
        # an accusation is a court case only with a trial in the sentence
        ("Soldiers accused of killing 5 herders went on trial in Bamako on Monday.", (0, 0)),
        ("A court jailed two men on Monday for the killing of 4 aid workers.", (0, 0)),
        # a "when" clause's relative clause dates its building, not the figure
        (
            "Six people were killed when a missile struck a market in Kharkiv that had been "
            "rebuilt after a 2022 strike.",
            (6, 0),
        ),
        ("Five soldiers were killed when militants ambushed a post built in 2018.", (5, 0)),
        # the living in another clause do not undo a count
        ("Three people died and a baby was found alive under the rubble, rescuers said.", (3, 0)),
        (
            "Officials lowered the toll to 9 after two people listed among the dead were found "
            "alive in hospital.",
            (9, 0),
        ),
        # the scene of an attack is no memorial; "the last march of the day" is no month
        ("A bomb hit mourners returning from memorial services in Baquba, killing 7.", (7, 0)),
        ("Police fired on the last march of the day in Omdurman, killing 2 protesters.", (2, 0)),
        ("Last August, an attack on the base killed 23 soldiers.", (0, 0)),
        # "Hours later" with a report of the strike told before is an update
        (
            "A missile hit a bus in Sumy, killing 5 people. Hours later, officials said the "
            "missile strike had killed 9 people.",
            (9, 0),
        ),
        # the place of a separate event must be where the figure's dead were
        (
            "Militants from Jiribam killed 4 villagers in Moreh. The killings in Jiribam are "
            "recorded as a separate event.",
            (4, 0),
        ),
        # the enemy's soldiers a side says it killed are not its own
        (
            "The military said one soldier was killed in a Hezbollah attack. Hezbollah said its "
            "fighters killed five Israeli soldiers.",
            (1, 0),
        ),
        (
            "An Israeli soldier was killed in the raid, the military said. The Palestinian "
            "health ministry said three men were killed by Israeli fire in Tulkarm.",
            (4, 0),
        ),
        # wounded "in the attack" after a background figure of "a year after" are the news's
        (
            "A car bomb exploded outside a hotel in Mogadishu. It came a year after a truck bomb "
            "killed more than 500 people in the city. Police said 12 people were wounded in the "
            "attack.",
            (0, 12),
        ),
    ],
)
def test_new_rules_leave_ordinary_copy_alone(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Earlier, X had put the toll at N" is a count the text's own replaces
        (
            "A missile struck the port in Odesa, killing nine people, prosecutors said. "
            "Earlier, the governor had put the death toll at six.",
            (9, 0),
        ),
        # a country's own fallen whose bodies it received are the war's dead, not news
        ("Russia received the bodies of 60 of its soldiers in the exchange.", (0, 0)),
        (
            "The hospital said it had received the bodies of 12 civilians and treated 31 "
            "wounded after the strike.",
            (12, 31),
        ),
        # "N more" after the dead of the same sentence are more people, not more wounded
        (
            "Army: three soldiers dead, nine wounded in attack on base\nThree soldiers died "
            "and nine more were left wounded after a car bomb blew up at the gate.",
            (3, 9),
        ),
        # ages written "aged 19 years" and "of 68 years" are no counts
        ("A young man aged 19 years was martyred and two others were injured.", (1, 2)),
        ("A man of 68 years was killed, a woman aged 54 wounded.", (1, 1)),
    ],
)
def test_earlier_counts_received_bodies_more_and_ages(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside "among them the commander ..., Major General X," between count and verb
        (
            "At least 19 soldiers, among them the commander of the garrison, Colonel Ali Musa, "
            "were killed when the base was overrun, the minister said.",
            (19, 0),
        ),
        # "while the army spokesman ... spoke of 38 dead": a rival account, the lower counts
        (
            "A UN spokesperson put the death toll at 43, while the army spokesman for Ituri, "
            "Lieutenant Jules Ngongo, spoke of 38 dead.",
            (38, 0),
        ),
        # a quarrel over a plot of land is crime
        (
            "Three members of a family were shot dead in a dispute over a plot of land in "
            "Banda district, police said.",
            (0, 0),
        ),
        # "in late January" dates a month's toll
        (
            "The council asked M23 to leave Goma, where fighting in late January killed nearly "
            "3,000 people according to UN figures.",
            (0, 0),
        ),
    ],
)
def test_asides_spoke_of_land_plots_and_late_months(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a shooting another sentence puts down to a crime families' feud is crime
        (
            "A man shot in Ramla on Friday night died of his wounds, medics said. Police said "
            "the shooting was part of a feud between two crime families.",
            (0, 0),
        ),
        (
            "Two soldiers were shot dead at a checkpoint, the army said. Police said the "
            "shooting was part of a wave of attacks on troops.",
            (2, 0),
        ),
        # an exchange of fire does not make two sources' counts two sides' own dead: without
        # a side's word for whose dead they are, they stay accounts of the same dead
        (
            "Troops exchanged fire with militants in Kupwara. The army said two militants were "
            "killed, while police said three militants died in the gunfight.",
            (2, 0),
        ),
        # "Earlier in the day," opens another incident
        (
            "A strike on a building in Haret Hreik killed four people, the health ministry said. "
            "Earlier in the day, strikes on two villages in the south killed three people, the "
            "ministry said.",
            (7, 0),
        ),
        (
            "A strike on a building killed 9 people, the ministry said. Earlier in the day, "
            "officials had put the toll at 6.",
            (9, 0),
        ),
    ],
)
def test_crime_explained_exchanges_of_fire_and_earlier_incidents(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opener of another time with a new deed adds, whoever reports it
        (
            "Gunmen killed 20 villagers in Maru on Sunday, police said. Hours later, gunmen "
            "attacked a second village, killing 9 people, residents told Reuters.",
            (29, 0),
        ),
        (
            "A roadside bomb killed three soldiers in Bajaur, the military said. Later that "
            "night, militants attacked a police post in Lakki Marwat, killing two policemen, "
            "police said.",
            (5, 0),
        ),
        # a report of the same dead, or "the attackers had killed", is an update
        (
            "The toll from an attack on a church in Owo rose to 22, police said on Friday "
            "evening. Earlier on Friday, police said the attackers had killed 5 people.",
            (22, 0),
        ),
        # bullets that break a toll down are its parts
        (
            "Key developments:\n- Strikes killed at least 40 people across Gaza on Saturday, the "
            "health ministry said.\n- Of those, 15 were killed in a strike on a school.",
            (40, 0),
        ),
        (
            "- Russian attacks killed 6 civilians in Donetsk region, the governor said.\n- Three "
            "of them died in Kostiantynivka.",
            (6, 0),
        ),
        # a dateline with a weekday beside place heads is one of the places
        (
            "Quetta, Sunday: Two policemen were killed in an attack on a checkpoint, officials "
            "said. Turbat: Three labourers were shot dead by gunmen, police said.",
            (5, 0),
        ),
    ],
)
def test_openers_bullets_and_datelines_in_ordinary_copy(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a shooting put down to a grudge over a loan is crime, its headline too
        (
            "Trader shot dead in Davao; brother-in-law surrenders\nA trader was shot dead by a "
            "man on a motorcycle on Monday. Police said the shooting stemmed from a personal "
            "grudge over an unpaid loan.",
            (0, 0),
        ),
        ("A man was stabbed near the gate and taken to hospital.", (0, 1)),
        # a correction's "we wrote that" count is replaced
        (
            "CORRECTION: In our earlier entry we wrote that six people were killed in the strike "
            "on Dnipro. Officials have since said that four people were killed.",
            (4, 0),
        ),
    ],
)
def test_grudges_stabbings_and_corrections(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's count that the body tells as a part of the headline's other count
        (
            "Family of 9 killed in Jabalia strike as raids kill 27 across Gaza\nAt least 27 "
            "people were killed in strikes across the Gaza Strip overnight, including 9 members "
            "of one family in Jabalia, medics said.",
            (27, 0),
        ),
        # not a headline's count of other dead
        (
            "Raid in Syria kills IS leader, two others\nU.S. forces killed a senior Islamic "
            "State leader and two other militants in a raid in northern Syria, CENTCOM said.",
            (3, 0),
        ),
    ],
)
def test_a_headline_count_told_as_a_part(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_a_quoted_count_goes_on_a_list_of_victims() -> None:
    text = "A security source said about 20 soldiers and 'dozens' of militiamen were killed."
    assert totals(text) == (32, 0)


def test_a_coders_lower_figure_line() -> None:
    text = (
        "Army spokesman: strikes killed 'more than 40 militants'. Local TV: the jets hit a "
        "farm, killing 3 civilians and wounding 4.\nCoded lower figure: 3 killed, 4 injured."
    )
    assert totals(text) == (3, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two named victims joined by "and" are two
        ("Gunmen shot dead Elvino Dias and Paulo Guambe in their car in Maputo.", (2, 0)),
        ("Gunmen killed Ahmed Ali and Mohamed Hassan outside the mosque.", (2, 0)),
        ("Gunmen shot dead Elvino Dias and wounded his driver.", (1, 1)),
        # not a title-case headline's nouns
        ("Gunmen Kill Two In Maputo And Beira", (2, 0)),
    ],
)
def test_two_named_victims(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in a separate incident" in wire copy is another incident, which adds
        (
            "Militants ambushed a patrol in Khyber, killing three officers. Two soldiers were "
            "injured in a separate incident.",
            (3, 2),
        ),
        (
            "Militants killed 4 soldiers in Kunar. Two policemen were killed in a separate "
            "incident.",
            (6, 0),
        ),
        # a quote's "we said that" is no correction
        (
            "'We said that we would respond,' the spokesman said, after fighters killed 8 "
            "soldiers in an ambush.",
            (8, 0),
        ),
        # "while officials in another city confirmed" is another place, not another account
        (
            "Shelling killed 7 people in Kharkiv, while authorities in Kherson confirmed 2 dead.",
            (9, 0),
        ),
        # a burial on another day is of the dead told before
        (
            "Israeli forces killed 4 Palestinians in a raid on Jenin on Thursday. The four men "
            "were buried on Friday.",
            (4, 0),
        ),
        # a bomber who fled is alive
        (
            "The bomb killed three soldiers and the bomber fled into the forest, police said.",
            (3, 0),
        ),
        # a court case the same day as a new attack leaves the attack's dead
        (
            "A court in Mogadishu sentenced two militants to death on Sunday, the same day that "
            "gunmen killed 7 people at a checkpoint.",
            (7, 0),
        ),
        (
            "Two men were jailed for the attack on a convoy near Mandera, in which 8 soldiers "
            "died.",
            (0, 0),
        ),
    ],
)
def test_a_third_review_of_ordinary_copy(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wounded "treated separately" at a clinic are the report's wounded
        (
            "A roadside bomb killed three soldiers and wounded six others, the army said. Four "
            "civilians wounded in the blast were treated separately at the district clinic.",
            (3, 10),
        ),
        # a crowd charged by police, and an attack on a courthouse, are no court cases
        (
            "Demonstrators were charged by security forces in the centre of Nairobi in a violent "
            "assault in which three people were killed and 40 injured, rights groups said.",
            (3, 40),
        ),
        (
            "Militants attacked a court complex during the trial of a commander accused of "
            "bombings, in an assault that killed three policemen and wounded five.",
            (3, 5),
        ),
        # an attack on mourners gathered for a memorial is news
        (
            "The blast tore through a crowd that had gathered for memorial ceremonies in the "
            "square, killing nine people and wounding 30, officials said.",
            (9, 30),
        ),
        # "while the ministry confirmed N deaths in <another place>" adds
        (
            "Russian missiles killed 5 people in Odesa, the governor said, while officials "
            "confirmed 2 deaths in Mykolaiv.",
            (7, 0),
        ),
        (
            "Gunmen killed 12 villagers in Bokkos, police said, while the Red Cross documented 4 "
            "deaths in neighbouring Mangu.",
            (16, 0),
        ),
        # "the deadliest ... since mid-January, killing 17": a comparison, and the news
        (
            "The strike was the deadliest on the city since mid-January, killing 17 people, the "
            "governor said.",
            (17, 0),
        ),
        # but the attack the comparison names is the past one's
        (
            "Jihadists killed 54 soldiers on Thursday. It was the deadliest attack on the army "
            "since January, when 28 soldiers were killed in a similar raid.",
            (54, 0),
        ),
        # "we reported that" with no count to replace it stands
        (
            "In this morning's update we reported that three people were killed in a strike on "
            "Sumy; regional officials have since confirmed the toll.",
            (3, 0),
        ),
        # a headline that lists places is no part of the body's first place
        (
            "Strikes kill 9 in Khan Younis, 3 in Rafah\nIsraeli strikes killed nine people in "
            "Khan Younis, including three children, and three people in Rafah, medics said.",
            (12, 0),
        ),
        # "a separate event from the clashes in which 3 died" sets those dead apart
        (
            "On 30 November 2024, gunmen shot dead a councillor in Kasese. The killing is "
            "recorded as a separate event from the 29 November clashes in which 3 people died.",
            (1, 0),
        ),
        (
            "A bomb exploded at a police compound in Peshawar, a year after the January 30, "
            "2023 bombing of a mosque there killed 84 people. At least 20 people were wounded "
            "in the blast, police said.",
            (0, 20),
        ),
    ],
)
def test_a_fourth_review_of_ordinary_copy(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants decapitated three villagers in Macomia district, residents said.", (3, 0)),
        ("Gunmen decapitate two farmers in Cabo Delgado", (2, 0)),
        ("The mayor of Chilpancingo, Alejandro Arcos, was found decapitated on Sunday.", (1, 0)),
    ],
)
def test_decapitated(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named group's members are its fighters, not the people they attacked
        (
            "Troops killed five members of the Allied Democratic Forces (ADF) who raided a "
            "village near Beni, the army said. Two soldiers died in the fighting.",
            (7, 0),
        ),
        (
            "Gunmen from the CODECO militia killed 11 villagers in Djugu. Peacekeepers who "
            "pursued them killed 3 CODECO members, the mission said.",
            (14, 0),
        ),
        # attackers killed by the defenders, told in a sentence of their own, are more dead
        (
            "Insurgents raided a fuel depot near Mocimboa da Praia, killing three watchmen and "
            "a mechanic. Two attackers were killed by soldiers who reached the depot later.",
            (6, 0),
        ),
        (
            "Attackers stormed a hotel in Kismayo and killed nine guests. All four attackers "
            "were killed, police said, and are not part of that toll.",
            (13, 0),
        ),
        (
            "Rebels attacked a market in Kalehe, killing 6 traders. Soldiers repelled the "
            "attackers, killing 4 rebels, the army said.",
            (10, 0),
        ),
        # but the attackers among a sentence's own list, or told again, are not added twice
        (
            "Nine dead as gunmen ambush convoy\nSix police officers and three gunmen were "
            "killed when attackers ambushed a convoy near Zinder, officials said.",
            (9, 0),
        ),
        (
            "Police said four attackers were killed in the exchange of fire. The group said "
            "two of its fighters died.",
            (2, 0),
        ),
        # attackers a toll already counts are not added again
        (
            "At least 12 people, including the four attackers, were killed in the hotel siege. "
            "All four attackers were killed by security forces.",
            (12, 0),
        ),
        (
            "Nine killed as militants storm compound\nFive guards and four attackers were "
            "killed when militants stormed a compound. Four attackers were killed by commandos.",
            (9, 0),
        ),
        (
            "Eight dead as gunmen attack checkpoint.\nMilitants killed five soldiers at a "
            "checkpoint. Three attackers were killed in the return fire, officials said.",
            (8, 0),
        ),
        # a side's claim of the fighters its strike killed, beside the civilians it killed
        (
            "Residents said the airstrike killed seven civilians in a village. The junta said "
            "it killed seven PDF members.",
            (7, 0),
        ),
    ],
)
def test_the_attackers_killed_by_the_other_side(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a source said earlier is its older count, replaced by the larger one told
        (
            "The health ministry said 41 people were killed across the territory since dawn. "
            "Earlier the ministry said 30 had been killed.",
            (41, 0),
        ),
        (
            "Fighting between two clans in the district killed 12 people, a monitor said; "
            "earlier it had put the toll at 7.",
            (12, 0),
        ),
        (
            "Strikes on two homes killed six people, the ministry said. Previously the "
            "ministry said four had been killed.",
            (6, 0),
        ),
        # another source's earlier count is an account, the lower of two
        (
            "Police said eight people were killed in the attack on a market. Earlier, "
            "residents said five had died.",
            (5, 0),
        ),
        # and another side's dead told earlier add
        (
            "Israeli strikes killed 24 people across Gaza, medics said. Earlier, the Israeli "
            "military said two soldiers were killed in fighting in northern Gaza.",
            (26, 0),
        ),
        # not another incident told earlier, nor a count nothing replaces
        (
            "A strike on a market in the north killed 9 people. Earlier, police said three "
            "people were killed in a separate attack on a checkpoint.",
            (12, 0),
        ),
        (
            "The army said two soldiers were wounded in the ambush. Earlier the ministry said "
            "five people had been killed in the village.",
            (5, 2),
        ),
    ],
)
def test_what_a_source_said_earlier(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share of the dead is no count of them
        (
            "Strikes on a fuel depot killed 40 workers and wounded 90, the ministry said. About "
            "two-thirds of the dead were drivers waiting to load.",
            (40, 90),
        ),
        ("Shelling killed 18 people in the town; a third of the victims were children.", (18, 0)),
        # but "a third" after two is a person
        ("Two guards were killed and a third was wounded in the raid.", (2, 1)),
        # a unit named after "of the" leaves the person its member
        ("A jawan of the CRPF battalion was injured in the encounter.", (0, 1)),
    ],
)
def test_shares_and_units(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a round-up's items by place add, after its kicker too
        (
            "Sahel round-up: In Menaka, gunmen killed 9 herders overnight, officials said. In "
            "Gao, an ambush killed 5 soldiers. In Bamako, a bus overturned, killing 3 people.",
            (14, 0),
        ),
        # but a town inside the place a toll names is a part of it
        (
            "Israeli strikes killed 30 people in Gaza on Tuesday, medics said. In Khan Younis, "
            "12 people were killed when a house was hit.",
            (30, 0),
        ),
        (
            "Shelling killed 15 people in Khartoum, activists said. In Omdurman, six died, and "
            "in Bahri nine.",
            (15, 0),
        ),
        # a later incident's dead have no room for an earlier one's
        (
            "On 2 May 2025, shelling of Tawila killed 4 civilians. On the same day, a drone hit "
            "a fuel station in Mellit, killing 9 people.",
            (13, 0),
        ),
        # a headline with a full stop still sums its body
        (
            "Five dead in attack on police checkpoint in Balochistan.\nGunmen killed three "
            "policemen at a checkpoint in Turbat. Two of the attackers were also killed in the "
            "return fire, police said.",
            (5, 0),
        ),
    ],
)
def test_round_up_items(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a note's closing total before its sources in brackets
        (
            "On 2 July 2025, gunmen killed 3 traders near Tera. Separately, 4 gendarmes were "
            "killed in an ambush near Ayorou. Fatalities: 7. [Local media]",
            (7, 0),
        ),
        # the bodies a side receives in an exchange are no new dead
        (
            "Under the exchange, Kyiv received the bodies of 757 of its soldiers killed in the "
            "fighting and handed over 41 to Moscow, officials said.",
            (0, 0),
        ),
        # a year on an occupation or liberation dates its dead
        (
            "Residents laid flowers to mark the anniversary; troops killed more than 300 "
            "civilians in the town during the 2022 occupation.",
            (0, 0),
        ),
        # a toll told with its first value in a relative clause, then raised
        (
            "The toll from the blast at a market in Parachinar, which was initially put at 9, "
            "rose to 16 on Tuesday after 7 of the wounded died, officials said.",
            (16, 0),
        ),
        # gunmen in a killing another sentence puts down to a feud
        (
            "A councillor and his nephew were shot dead when gunmen fired at their car in "
            "Lanao del Sur on Sunday. Police said the killing stemmed from a family feud over "
            "farmland.",
            (0, 0),
        ),
    ],
)
def test_closing_lines_exchanges_and_feuds(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one of the wounded who later died, after where they were hurt
        ("Three police officers were wounded in the ambush, one of whom later died.", (1, 2)),
        (
            "Troops killed 4 insurgents in a raid near Miran Shah. Two soldiers were injured in "
            "the firefight, one of whom later succumbed to his wounds.",
            (5, 1),
        ),
        # but a reduced relative still names the dead ("an officer wounded in ... died")
        ("A constable wounded in last week's grenade attack died on Monday.", (1, 0)),
        # two titled names, one with his age between commas, who "lost their lives"
        (
            "Sergeant Luis Mora, 31, and Private Juan Pablo Rincon lost their lives when "
            "dissidents attacked their outpost in Cauca.",
            (2, 0),
        ),
        # bulleted lines headed by a country and a date are a list, each line its own
        (
            "Weekly digest:\n• Mali, 3 Aug: ambush near Gao, 6 soldiers killed.\n• Niger, 4 "
            "Aug: raid on a market near Tera, 14 civilians killed.\n• Burkina Faso, 5 Aug: "
            "attack on a convoy, 3 gendarmes killed.",
            (23, 0),
        ),
    ],
)
def test_wounded_who_died_titled_pairs_and_dated_bullets(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side's claim of fighting of its own is no account of the strike's civilians
        (
            "Rebel shelling killed 8 civilians in the town, residents said. The army said it "
            "killed 10 rebels in clashes near the town.",
            (18, 0),
        ),
        (
            "A missile strike killed 7 civilians in the city, officials said. The other side "
            "said it killed 12 fighters in a strike on a base in the north.",
            (19, 0),
        ),
        # bodies handed to families, or of an exchange of fire, are the news's own dead
        (
            "The bodies of 14 people killed in an overnight airstrike were handed over to their "
            "families, hospital officials said.",
            (14, 0),
        ),
        (
            "Police recovered the bodies of 6 villagers killed when troops and gunmen exchanged "
            "fire on Sunday.",
            (6, 0),
        ),
        (
            "The bodies of 5 police officers killed in an ambush were repatriated to their home "
            "state.",
            (5, 0),
        ),
        # a feud that is political, communal or denied is no private crime
        (
            "Gunmen shot dead a mayoral candidate and two aides on Tuesday. Prosecutors said "
            "the killing was linked to a political feud between local factions.",
            (3, 0),
        ),
        (
            "Gunmen killed 12 villagers in the district. The attack was linked to a feud "
            "between herders and farmers over grazing, residents said.",
            (12, 0),
        ),
        (
            "Gunmen shot dead a village chief and two councillors. Police said the attack was "
            "linked to a political rivalry and not to any personal feud.",
            (3, 0),
        ),
        # what a source had said of another incident adds
        (
            "The army said 12 soldiers were killed in the attack on the base. Earlier the army "
            "had said 3 soldiers were killed in a separate ambush near the border.",
            (15, 0),
        ),
        # a kicker's first place holding the next line's town: a toll and its part
        (
            "Gaza live: In Gaza, at least 40 people were killed on Sunday, the health ministry "
            "said. In Khan Younis, 12 were killed in a strike on a tent.",
            (40, 0),
        ),
        # the attackers a toll already includes
        (
            "Twelve people were killed in the attack on the hotel; the dead included the four "
            "attackers. All four attackers were killed by security forces.",
            (12, 0),
        ),
    ],
)
def test_a_second_review_of_this_stops_rules(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A drone struck a motorcycle near the border. The rider survived with injuries.", (0, 1)),
        ("The district commander escaped with injuries when his convoy was ambushed.", (0, 1)),
    ],
)
def test_one_person_who_survived_or_escaped_with_injuries(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a source's earlier report of a town inside the place told, or of the same place, is
        # no other incident
        (
            "Israeli strikes killed 30 people across Gaza. Earlier, officials said 12 people "
            "were killed in Gaza City.",
            (30, 0),
        ),
        (
            "Police said seven people were killed in an attack in Zaria. Earlier, police said "
            "three people had been killed in Zaria.",
            (7, 0),
        ),
        (
            "Eleven people were killed in the market blast, police said. Earlier police had "
            "put the toll at 7.",
            (11, 0),
        ),
    ],
)
def test_an_earlier_report_of_the_same_dead(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_a_source_that_separately_said_gives_an_account() -> None:
    text = (
        "The civil defence said 19 people were killed in the strikes. The health ministry "
        "separately said 13 were killed in the same strikes."
    )
    assert totals(text) == (13, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the coder's closing line is the total, whatever claims it weighed before
        (
            "On 2 May, JNIM fighters clashed with FAMa near Mopti. JNIM claimed 40 soldiers "
            "killed; the army reported 9 militants killed. Fatalities: 9 (army figure; JNIM "
            "claim not coded).",
            (9, 0),
        ),
        (
            "On 2 May, JNIM fighters ambushed a convoy near Mopti. The group claims 40 soldiers "
            "killed; the army reports 6 of its soldiers killed (claim not coded). Fatalities: 6.",
            (6, 0),
        ),
    ],
)
def test_a_fatalities_line_counts_beside_the_claims_it_weighed(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lines headed by a source are accounts of the same dead: the lower
        ("Drone strikes on 4 May. Health Ministry: 9 killed; Relief Group: 14 killed.", (9, 0)),
        (
            "Strike on a camp. Medical sources: 12 dead; Local Coordination Committees: 15 dead.",
            (12, 0),
        ),
        # lines headed by a place are a list
        ("Shelling overnight. Kharkiv: 3 killed; Sumy: 2 killed.", (5, 0)),
    ],
)
def test_lines_headed_by_a_source_are_accounts(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Event log, Dasht (Kech). Death toll: 7. Injured: 3.", (7, 3)),
        ("Clash near Kidal. Best estimate: 12.", (12, 0)),
        ("Clash near Kidal. Low estimate: 16. Best: 16. High: 22.", (16, 0)),
        # a toll named inside a sentence is no field
        ("The Dnipro death toll: 4, the Kharkiv one: 2, officials said nothing more.", (0, 0)),
    ],
)
def test_a_toll_field_of_a_note(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_one_sides_dead_told_again_in_a_quote_stay_that_sides() -> None:
    # "four sons of the soil" are the four policemen, not people who may be of either side
    text = (
        "Four policemen embraced shahadat while six militants were sent to hell in a raid in "
        "Bannu, officials said. 'During the exchange of fire, four sons of the soil, having "
        "fought bravely, embraced shahadat,' the statement said."
    )
    assert totals(text) == (10, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A soldier sacrificed his life during the attack on the post.", (1, 0)),
        # a reduced relative "hit by ..." on the subject of "succumbed": one dead, no wounded
        (
            "A woman hit by a stray bullet succumbed to her injuries in hospital on Thursday.",
            (1, 0),
        ),
        ("A soldier hit by shrapnel succumbed to his wounds on Friday.", (1, 0)),
        ("A man was hit by shrapnel and taken to hospital.", (0, 1)),
    ],
)
def test_lives_given_and_wounded_who_succumbed(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The gunmen killed his wife and daughter in their home near Jos.", (2, 0)),
        ("Houthi shelling killed a girl of nine and injured her mother and brother.", (1, 2)),
        ("Shelling injured her mother and her brother in Taiz.", (0, 2)),
        ("A drone strike killed a farmer and his son.", (2, 0)),
        ("The strike wounded his wife and two children.", (0, 3)),
    ],
)
def test_kin_named_after_the_deed(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An IED attack on a school van killed three children; the injured number 38.", (3, 38)),
        ("Seven died in the blast; the wounded totalled 20.", (7, 20)),
        ("The death toll totalled 14 on Friday.", (14, 0)),
    ],
)
def test_a_toll_that_numbers_or_totals(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll since a beginning the text does not date is a long-run toll, even alone
        (
            "At least 260 people have been killed since ethnic violence erupted in the state.",
            (0, 0),
        ),
        ("Manipur: 260 killed since ethnic violence began, minister says", (0, 0)),
        # dated by a time word: the running toll of this week's offensive
        (
            "At least 26 people have been killed since rebels launched an offensive this week.",
            (26, 0),
        ),
        ("At least 12 people have been killed since clashes erupted on Tuesday.", (12, 0)),
        # its newest deaths are the news, no part of it
        (
            "Troops killed four more militants in Bajaur on Friday, officials said, bringing to "
            "30 the number killed since the operation there began in August.",
            (4, 0),
        ),
    ],
)
def test_a_toll_since_an_undated_beginning(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_a_source_that_however_puts_the_toll_gives_an_account() -> None:
    text = (
        "Gunmen kill 17 in Benue village\nAt least 17 people were killed on Sunday night when "
        "gunmen attacked the village, a local councillor said. The state police spokesman, "
        "however, put the death toll at 12."
    )
    assert totals(text) == (12, 0)


def test_congo_alone_is_the_democratic_republic() -> None:
    # "Congo" in the news of its wars is the DRC; the Republic of Congo is named as such
    drc = extract("M23 rebels kill 11 in eastern Congo village, army says", published=PUBLISHED)
    assert {f.country for f in drc.figures} == {"DR Congo"}
    roc = extract("Gunmen killed five people in Brazzaville, Congo Republic police said.")
    assert {f.country for f in roc.figures} == {"Republic of Congo"}


@pytest.mark.parametrize(
    "text",
    [
        # the headline's one victim is the body's, killed over land: no conflict death
        "Village chief shot dead in Cavite; police eye land dispute\nA village chief was shot "
        "dead by two men on a motorcycle on Monday, police said. Investigators said the killing "
        "stemmed from a long-running dispute over a plot of land with a relative.",
        # bodies received in an exchange are no new dead
        "Kyiv said it had received the bodies of 500 soldiers. Moscow said it had received the "
        "bodies of 34 Russian servicemen.",
        # funerals of the dead of an earlier report
        "Funerals held for 9 soldiers killed in Kurram ambush",
        "PARACHINAR: Funeral prayers were offered on Saturday for the nine soldiers martyred in "
        "Wednesday's ambush, the military said.",
    ],
)
def test_no_new_conflict_dead(text: str) -> None:
    assert totals(text) == (0, 0)


def test_bodies_received_of_villagers_killed_in_a_raid_are_its_dead() -> None:
    text = "Police said they had received the bodies of 12 villagers killed in the raid."
    assert totals(text) == (12, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bombers who blew themselves up are the attackers' dead, no part of their victims
        (
            "Suicide bombers kill 12 at market\nTwo suicide bombers blew themselves up at a "
            "crowded market in Konduga on Saturday, killing 12 people and wounding 30, a militia "
            "leader said.",
            (14, 30),
        ),
        # a name's short form in brackets does not end the victims' noun phrase
        (
            "Troops killed 21 Islamic State West Africa Province (ISWAP) terrorists in Borno.",
            (21, 0),
        ),
    ],
)
def test_bombers_and_named_groups(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_a_named_groups_short_form_keeps_its_side() -> None:
    text = (
        "Troops neutralise 21 insurgents in Borno\nTroops have neutralised 21 Islamic State West "
        "Africa Province (ISWAP) terrorists in an encounter at Marte, the army said. Two "
        "soldiers paid the supreme price while five others were injured."
    )
    assert totals(text) == (23, 5)


def test_a_round_up_after_an_in_brief_kicker_adds_its_places() -> None:
    text = (
        "In brief: In Kherson, shelling killed a man of 64 and wounded two women, the governor "
        "said. In Sumy Oblast, a guided bomb killed two people in a village. In Kharkiv, a "
        "drone strike injured five people."
    )
    assert totals(text) == (3, 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # this event's run: dated in the clause, or of an attack, a siege or an operation
        (
            "At least 12 people have been killed since fighting erupted on Tuesday in Tripoli.",
            (12, 0),
        ),
        (
            "At least 40 people have been killed since fighting erupted in Tigray last week.",
            (40, 0),
        ),
        (
            "Gunmen are still holding hostages at a hotel in Mogadishu. At least 15 people have "
            "been killed since the attack began, police said.",
            (15, 0),
        ),
        # a lasting conflict's toll told with its year is context
        (
            "At least 260 people have been killed since ethnic violence erupted in the state on "
            "May 3, 2023, the chief minister said.",
            (0, 0),
        ),
    ],
)
def test_a_toll_since_a_beginning_this_event_or_long_ago(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two suicide bombers blew themselves up at a market in Konduga, killing 12 people. The "
        "toll of 14 includes the two bombers, police said.",
        "Two suicide bombers blew themselves up at a market in Konduga on Saturday. Fourteen "
        "people, including the two bombers, were killed, police said.",
    ],
)
def test_a_toll_that_has_the_bombers_in_it(text: str) -> None:
    assert totals(text) == (14, 0)


def test_background_of_a_feud_does_not_take_a_headlines_victim() -> None:
    text = (
        "Village chief killed in Kajuru\nGunmen killed a village chief in Kajuru on Monday, "
        "police said. Residents said the area had long been troubled by a feud between two "
        "families."
    )
    assert totals(text) == (1, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dead number 17, police said.", (17, 0)),
        ("The dead totalled 11 and the wounded totalled 20.", (11, 20)),
    ],
)
def test_the_dead_that_number_or_total(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ages after the names of the dead are no counts
        ("The dead were identified as Ma Lu Ja, 23, Hkawng Seng, 6, and Labang Tu, 34.", (3, 0)),
        # nor is the source that closes the list a member of it
        (
            "Volunteers identified the dead as Ma Lu Ja (23), Hkawng Seng (6) and Labang Tu (34) "
            "after shells landed in the village on Tuesday evening, a local rescue group said.",
            (3, 0),
        ),
        ("Among the dead were a teacher, 12 soldiers and two children.", (15, 0)),
    ],
)
def test_the_dead_named_with_their_ages(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later line of one place updates its toll; another place's line adds
        (
            "07:10 Kherson: one man killed, 4 injured in shelling, the governor says.\n"
            "08:25 Kherson: toll rises to two dead, 9 injured.\n"
            "09:02 Sumy: a woman wounded by drone debris.",
            (2, 10),
        ),
        # a later line that tells more dead adds to them
        (
            "07:10 Odesa: one person killed in a drone attack.\n"
            "08:25 Odesa: two more people killed in a second attack.\n"
            "09:02 Sumy: a woman wounded by drone debris.",
            (3, 1),
        ),
    ],
)
def test_a_live_pages_lines_of_one_place(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "'Comrade Ko Zaw Lin (29) sacrificed his life during the attack on the outpost,' the "
        "group said in a statement.",
        '"Sergeant Ali Khan was killed in the ambush," the army said.',
    ],
)
def test_a_named_person_who_opens_a_quote(text: str) -> None:
    assert totals(text) == (1, 0)


def test_a_crime_told_as_another_incident_leaves_the_others_conflict() -> None:
    text = (
        "Mexico - Guanajuato, 19 July: Armed men opened fire at a party in Irapuato, killing 9 "
        "people and injuring 14; authorities blamed a dispute between two cartels. Same day, in "
        "Leon, a man shot dead his brother-in-law during an argument over an inheritance; coded "
        "as criminal, not included. Fatalities: 9."
    )
    assert totals(text) == (9, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an accident whose cause is told and an attack ruled out
        (
            "Five people were killed and eight injured when a gas cylinder exploded in a "
            "restaurant kitchen in Kabul, police said. The spokesman said the blast was caused by "
            "a leak and ruled out any attack.",
            (0, 0),
        ),
        # funeral prayers of the dead of an earlier report
        (
            "RAWALPINDI: Funeral prayers of six soldiers who embraced shahadat in an exchange of "
            "fire on Thursday were offered at the garrison on Friday, the military said.",
            (0, 0),
        ),
        # a claim the text calls propaganda counts no one; the defenders' own toll names
        # soldiers, and the attackers they neutralised add
        (
            "FAMa units repelled a complex terrorist attack on the camp. Our forces neutralised "
            "more than 40 assailants. On the friendly side, the provisional toll is 8 soldiers "
            "killed and 11 wounded. JNIM's claims of more than 100 soldiers killed are pure "
            "propaganda.",
            (48, 11),
        ),
    ],
)
def test_accidents_funerals_and_dismissed_claims(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the governor's earlier count is his older count; the injured's ages are no counts
        (
            "A missile strike on Dnipro killed five people and injured 30, Governor Serhii "
            "Lysak said. Earlier, Lysak had reported three dead. Among the injured were two "
            "children, aged 7 and 12.",
            (5, 30),
        ),
        # a named victim's age is no count
        (
            "Five soldiers were killed and eight wounded in a drone attack on the base, the "
            "ministry said. Among the dead was Corporal Andres Rojas, 24.",
            (5, 8),
        ),
    ],
)
def test_parts_told_after_an_earlier_count(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a claim rejected as propaganda, and a side that lost no one
        (
            "The army on Saturday rejected as 'baseless propaganda' a claim by the rebels that "
            "five soldiers were killed in the clash. 'No soldier was killed or injured,' a "
            "spokesman said.",
            (0, 0),
        ),
        # "our forces lost six martyrs" are the defenders' soldiers, beside the rebels killed
        (
            "Our forces repelled a large attack by the militia on Friday. More than 120 rebels "
            "were killed and 14 vehicles destroyed. Our forces lost six martyrs.",
            (126, 0),
        ),
        # a role before a name in a list of the dead
        (
            "Volunteers identified the dead as Ma Thin Thin (9), Maung Zaw Htet (11) and teacher "
            "Daw Khin Mya (45).",
            (3, 0),
        ),
    ],
)
def test_rejected_claims_martyrs_and_named_roles(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a live page's later lines raise one toll, whoever gives them
        (
            "Live: strike on a Nuseirat home\nUpdate 1 (10:12): Civil defence says at least 9 "
            "people killed in a strike on a residential building in Nuseirat.\nUpdate 2 (12:40): "
            "The hospital says 13 bodies have been brought in from the Nuseirat strike.\nUpdate 3 "
            "(16:05): Civil defence raises the death toll from the Nuseirat strike to 17, with 31 "
            "injured.",
            (17, 31),
        ),
        # a later line of another place adds
        (
            "El Fasher live\nMorning: Local sources report shelling of the Daraja Oula "
            "neighbourhood; three people killed.\nAfternoon: The resistance committees say the "
            "toll from the morning shelling has risen to six, and 14 people were wounded.\n"
            "Evening: In Tawila, 60 km west, a drone struck a water point, killing two women, aid "
            "workers said.",
            (8, 14),
        ),
    ],
)
def test_a_live_pages_updates(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hezbollah announces the martyrdom of the mujahid Ali Hassan Fawaz.", (1, 0)),
        ("The army announced the death of Colonel Ali Khan in the attack.", (1, 0)),
        # a death of something else, or a named person's death long ago recalled, is none
        ("The death of democracy was mourned at the rally.", (0, 0)),
    ],
)
def test_the_death_or_martyrdom_of_a_named_person(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A soldier who was grievously injured later succumbed to his injuries.",
        "Sepoy Gurnam Singh, who was grievously injured, later succumbed to his injuries.",
    ],
)
def test_one_who_was_injured_and_later_succumbed(text: str) -> None:
    assert totals(text) == (1, 0)


def test_two_named_soldiers_with_notes_in_brackets() -> None:
    text = (
        "However, during the intense exchange of fire, Havaldar Muhammad Asif (age 34 years, "
        "resident of District Chakwal) and Sepoy Naveed Ahmed (age 22 years, resident of "
        "District Kurram), having fought gallantly, embraced shahadat."
    )
    assert totals(text) == (2, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two named officers with their ages, in a relative clause of the attack
        (
            "The ministry condemns the attack on the police station in Tibu on Sunday, in "
            "which Patrol Officer Yeison Palacios, 23, and Police Officer Andres Rojas, 29, lost "
            "their lives. A civilian was also killed in the attack.",
            (3, 0),
        ),
        # members of a named group the actor list knows are its fighters
        (
            "Soldier, 4 Dawlah Islamiyah members killed in Lanao del Sur clash\nOne soldier and "
            "four members of the ISIS-inspired Dawlah Islamiyah were killed in a firefight on "
            "Sunday, the military said.",
            (5, 0),
        ),
    ],
)
def test_named_officers_with_ages_and_a_named_groups_members(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an accident's cause is not that of the separate attack told after it
        (
            "Five people were killed when a fuel tanker exploded at a depot in Lagos; police "
            "said the fire was caused by a leak and ruled out sabotage. Separately, gunmen "
            "killed two villagers in Kaduna, police said.",
            (2, 0),
        ),
        # "ruled out any attack on civilians" says nothing of an accident
        (
            "An airstrike killed 12 people in the village; the junta ruled out any attack on "
            "civilians.",
            (12, 0),
        ),
        # a source's earlier count revised down is its older count too
        (
            "A missile strike on Dnipro killed five people, Governor Serhii Lysak said. Earlier, "
            "Lysak had reported seven dead.",
            (5, 0),
        ),
    ],
)
def test_causes_and_counts_of_one_incident_and_one_source(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side's claim of the soldiers it killed, beside the army's own smaller count
        (
            "Al-Shabaab bomber kills 7 at army base\nA suicide bomber drove a vehicle into an army "
            "base on Saturday, killing seven soldiers and wounding 12 others, military officials "
            "said. The bomber was killed in the blast. Al-Shabaab claimed responsibility, saying "
            "it had killed 'more than 30' soldiers.",
            (8, 12),
        ),
        (
            "The BLA ambushed a convoy near Kalat on 4 February; the military reported 6 soldiers "
            "killed and 12 militants killed; the BLA claimed 30 soldiers killed.",
            (18, 0),
        ),
    ],
)
def test_a_sides_claim_beside_the_armys_own_count(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a death of illness, or reports of a death denied, count no one
        (
            "The army expressed grief over the death of retired General Tariq Mehmood, who died "
            "of a heart attack.",
            (0, 0),
        ),
        (
            "The ISPR rejected reports of the death of Brigadier Khalid Mehmood as propaganda.",
            (0, 0),
        ),
        # some of the wounded told before who later succumbed are of them
        (
            "Five people were injured in the grenade blast; two of them, who were seriously "
            "injured, later succumbed at the hospital.",
            (2, 3),
        ),
    ],
)
def test_deaths_of_named_people_and_of_the_wounded_told_before(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Constable Ravi Kumar, 34, and Head Constable Suresh Singh, 41, were injured.", (0, 2)),
        (
            "Patrol Officer Yeison Palacios, 23, and Police Officer Andres Rojas, 29, were killed.",
            (2, 0),
        ),
    ],
)
def test_named_people_with_their_ages_before_the_verb(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the wounded listed with no count told before them
        (
            "A drone strike hit a market in Sumy on Monday. Among the wounded were two children "
            "and a woman.",
            (0, 3),
        ),
        ("Among those injured in the blast were two policemen.", (0, 2)),
        ("Among those killed in the strike were a grandmother and her two grandchildren.", (3, 0)),
        ("Among those who were injured in the blast and later died were two policemen.", (2, 0)),
    ],
)
def test_the_wounded_listed_with_no_count_before(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two regions of one country: two incidents, added
        (
            "Russian shelling of Kupiansk killed three people and injured six, officials said. "
            "In Zaporizhzhia, a drone strike killed one man, the regional governor said.",
            (4, 6),
        ),
        # a summary of the country larger than its regions' sentences stands for them
        (
            "Russian strikes killed nine people across Ukraine overnight. In Kharkiv, two people "
            "were killed. In Kherson, three were killed.",
            (9, 0),
        ),
        # two towns of one region are still weighed as one incident's reports
        (
            "A missile strike on Kupiansk killed four people. Police said three people were "
            "killed in the Kharkiv region.",
            (4, 0),
        ),
    ],
)
def test_two_regions_of_a_country_are_two_incidents(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the wounded who died, told without "of the wounded"
        ("Shelling wounded eleven people. Two patients later died of their wounds.", (2, 9)),
        ("Drones wounded six people. A man injured in the attack has died in hospital.", (1, 5)),
        # died of his injuries at once: never among the wounded counted
        (
            "A drone hit a bus, wounding four people. The driver died at the scene from his "
            "injuries.",
            (1, 4),
        ),
        # the injured told after him are others
        ("Dozens hurt in ramming\nA woman died of her injuries and 20 others were hurt.", (1, 20)),
        # a headline's dead are the wounded who died
        (
            "Mortar attack on army base kills two\nMortar rounds hit a base on Monday, wounding "
            "seven soldiers. Two of the wounded later died in hospital.",
            (2, 5),
        ),
        # a note's total counts them too
        (
            "A bomber blew himself up at a market, killing three people and wounding eight; two "
            "of the wounded later died. Fatalities: 6 (3 + 2 + bomber).",
            (6, 6),
        ),
    ],
)
def test_the_wounded_who_died_leave_the_injured_once(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_two_accounts_in_one_sentence_with_more_than_between() -> None:
    text = (
        "A youth leader said 12 people were killed and more than 40 wounded, while the "
        "provincial health office put the toll at 8 dead and 31 wounded."
    )
    assert totals(text) == (8, 31)
    figures = extract(text).figures
    assert [f.source for f in figures if f.count in (8, 31)] == ["provincial health office"] * 2


def test_a_quoted_count_goes_on_a_list_after_the_verb() -> None:
    assert totals("Clashes killed 15 rebels and 'dozens' of militiamen, local sources said.") == (
        27,
        0,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A shell hit the house. Their father was hospitalised with shrapnel wounds.", (0, 1)),
        ("The driver was killed and his wife and 12-year-old daughter were injured.", (1, 2)),
        ("Gunmen killed four farmers and wounded one other.", (4, 1)),
        # "other" with a noun after it is not one person
        ("The two men were killed on one other road.", (2, 0)),
    ],
)
def test_single_victims_told_without_a_count(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army said it eliminated 14 Khawarij members. It lost three soldiers.", (17, 0)),
        (
            "The Islamic Resistance mourns the martyrdom of the mujahid Hassan Ali Zein, from "
            "the town of Houla.",
            (1, 0),
        ),
        (
            "Hezbollah announces the martyrdom of the mujahid Hassan Ali Zein 'Abu Ali', born in "
            "1994.",
            (1, 0),
        ),
        # a religious remembrance is no death notice
        ("Pilgrims mourn the martyrdom of Imam Hussein in Karbala.", (0, 0)),
        (
            "Sgt. First Class Yair Cohen, 24, from Ashdod, a soldier in the Golani Brigade's 13th "
            "Battalion, fell during combat in northern Gaza.",
            (1, 0),
        ),
    ],
)
def test_a_sides_own_words_for_its_dead(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four people were killed when two families exchanged gunfire over a disputed plot "
            "of land, police said.",
            (0, 0),
        ),
        ("Four killed in clash over land in Bannu", (0, 0)),
        ("Communal clash over farmland leaves four dead in Benue", (4, 0)),
        (
            "Three men were shot dead outside a restaurant. Police said the shooting was not "
            "linked to the fighting between the cartel's factions.",
            (0, 0),
        ),
    ],
)
def test_private_land_disputes_and_killings_said_unlinked_are_not_conflict(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police said they had arrested 11 people suspected of taking part in last week's "
            "clashes in Bokkos, which left 25 dead.",
            (0, 0),
        ),
        # alone, last week's incident is still the news
        ("Last week's clashes in Bokkos left 25 dead, residents said.", (25, 0)),
    ],
)
def test_arrests_after_last_weeks_incident(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lines of two places: two incidents, each at its newest value
        (
            "Live updates\n08:10 — An airstrike hit a house in the village of Khirbet Selm, "
            "killing two people, the health ministry said.\n10:20 — Health ministry updates "
            "Khirbet Selm toll: four killed and six wounded.\n13:40 — A drone strike on a car "
            "near Nabatieh kills one person, state media reports.",
            (5, 6),
        ),
        # a time with no dash before the line's source
        (
            "Border region, live\n12:05 Governor: a drone hit a bus in Shebekino; the driver was "
            "killed and a passenger was wounded.\n16:30 Governor: in the village of Murom, two "
            "men were wounded by a drone.\n19:10 Governor: shelling of Grayvoron district; one "
            "woman injured.",
            (1, 4),
        ),
        # one place: its lines are updates of one toll
        (
            "Live\n09:00 — 3 killed in a strike in Kramatorsk.\n11:00 — Kramatorsk toll rises to "
            "6.\n12:00 — Officials in Kramatorsk say 5 people were killed.",
            (6, 0),
        ),
    ],
)
def test_a_live_pages_lines_at_different_places(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_a_long_subject_keeps_its_attacker() -> None:
    text = (
        "An Israeli drone strike on a group of young men in the camp killed four, the health "
        "ministry said. An Israeli soldier was killed by an explosive device during the same "
        "raid, the army said."
    )
    assert totals(text) == (5, 0)


def test_a_correction_line_names_no_source() -> None:
    figures = extract(
        "19:55 CORRECTION: We earlier cited local media reporting 10 dead in Tyre. The health "
        "ministry says four people were killed."
    ).figures
    assert all((f.source or "").lower() != "correction" for f in figures)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Front line near Kupiansk, 3 May. Monitors: 9 soldiers killed. Army: 'dozens' of "
            "attackers killed.\nCoded 21.",
            (21, 0),
        ),
        (
            "Police: 4 killed, 9 injured overnight. A fifth body was found at dawn.\nCoded 5 / 9.",
            (5, 9),
        ),
        (
            "Residents report a mass grave with the remains of at least 12 men.\nCoded as a new "
            "event on the discovery date; fatalities 12.",
            (12, 0),
        ),
        ("Civil society: 30 dead. Army: 24.\nCoded lower figure: 24.", (24, 0)),
    ],
)
def test_a_coders_line_with_no_word_of_death(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year's toll so far beside the day's incident is context
        (
            "Israeli forces killed two Palestinians in Tubas. Since 1 January, 160 Palestinians "
            "have been killed in the West Bank.",
            (2, 0),
        ),
        # a unit's number inside the victim's words
        ("A soldier of the army's 34 Rashtriya Rifles was injured in the exchange.", (0, 1)),
        # one who escaped with a cut
        ("One survivor, who escaped with a machete cut to the arm, said the gunmen fled.", (0, 1)),
    ],
)
def test_year_to_date_tolls_units_and_survivors(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rescuers pulled three more bodies from the rubble; the toll is 12 dead.", (12, 0)),
        (
            "Nk Ravinder Singh of 4 Para (SF), who was grievously injured, later succumbed to "
            "his injuries.",
            (1, 0),
        ),
        ("Sep Arun Kumar later succumbed to his injuries.", (1, 0)),
    ],
)
def test_more_dead_before_a_toll_and_soldiers_who_succumbed(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man was seriously wounded in the shelling. He later died of his wounds.", (1, 0)),
        ("A farmer was wounded by a drone. The farmer died in hospital on Sunday.", (1, 0)),
        (
            "10:05 MDA: a man in his 60s was seriously wounded by shrapnel in Nahariya.\n"
            "12:40 MDA: a second person was lightly hurt in Nahariya.\n"
            "16:15 MDA: the man wounded earlier in Nahariya has died of his wounds.",
            (1, 1),
        ),
        # five wounded: "he" is no one of them told
        ("Five people were wounded in the strike. He died.", (0, 5)),
    ],
)
def test_the_one_wounded_person_who_died(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A roadside bomb killed one soldier and wounded two. Fatalities updated on 3 December: "
            "both wounded soldiers have since died in hospital.",
            (3, 0),
        ),
        ("Shelling wounded three villagers. All three have since died.", (3, 0)),
        # "both" are the wounded, not the dead told beside them
        ("Gunmen killed two soldiers and wounded two more. Both have since died.", (4, 0)),
        (
            "A police constable who was shot by militants at a checkpoint in Tank on 2 December "
            "2024 died of his injuries in hospital on 4 December.",
            (1, 0),
        ),
    ],
)
def test_all_the_wounded_died_and_a_dated_relative_clause(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "UNAMA documented 3,100 civilian casualties, 1,010 killed and 2,090 injured, "
            "between 15 August 2021 and 30 May 2023.",
            (0, 0),
        ),
        (
            "More than 250 people have been killed since ethnic violence between the Meitei and "
            "Kuki-Zo communities began in Manipur.",
            (0, 0),
        ),
        (
            "Hundreds gathered to mark one year since the attack on the town, in which 90 people "
            "were killed; 31 were killed at the market itself.",
            (0, 0),
        ),
    ],
)
def test_long_periods_told_at_length_and_a_memorials_second_clause(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a coder's line whose number is a date or a count of events is no total
        ("Gunmen killed six herders near Mangu. Coded 12 March (date of report).", (6, 0)),
        (
            "Gunmen killed 3 farmers near Bokkos. Coded 2 events, the abduction recorded apart.",
            (3, 0),
        ),
        # "not linked to the fighting" of one killing in a text of two incidents
        (
            "Trader found dead in Goma; M23 shell kills two in Sake\nThe body of a trader was "
            "found in Goma on Monday; police said the killing was not linked to the fighting. "
            "Separately, an M23 shell killed two civilians in Sake.",
            (2, 0),
        ),
        (
            "An Israeli strike killed four people in Jabalia. The military said the strike was "
            "not linked to the fighting in Rafah.",
            (4, 0),
        ),
        # communities that clash over land: conflict
        (
            "Six people were killed when youths of two communities clashed over a disputed plot "
            "of land, police said.",
            (6, 0),
        ),
        ("Two communities clash over land in Plateau; 9 killed", (9, 0)),
        # "two more" of another town before a town's toll
        (
            "A shell killed five people at a market in Kramatorsk. Two more people were killed "
            "in Sloviansk; the Kramatorsk toll is five.",
            (7, 0),
        ),
        # the new dead told before the arrests that followed an old raid
        (
            "Security forces killed 3 gunmen and arrested 5 others suspected of taking part in "
            "last week's raid on Kwall, which killed 14.",
            (3, 0),
        ),
        # a sentence naming two regions sums up the regions' lines
        (
            "Russian attacks killed five people in the Kharkiv and Zaporizhzhia regions on "
            "Monday. A missile hit a house in Kupiansk, killing three. A drone struck a car in "
            "Zaporizhzhia, killing two men.",
            (5, 0),
        ),
    ],
)
def test_where_coder_lines_links_land_tolls_arrests_and_regions_stop(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the headline and the first incident's sentence tell one; the later incident adds
        (
            "Drone strike on Mykolaiv kills 1, injures 4\nA drone attack on Mykolaiv killed one "
            "man and injured four people, the governor said. Hours later, a drone hit a tractor "
            "near the village of Shevchenkove, killing its driver.",
            (2, 4),
        ),
        # a lead of several deeds sums up the later incident: no more dead
        (
            "Russian attacks kill three in Kherson\nRussian attacks killed three people in "
            "Kherson on Monday, officials said. In the morning, shelling wounded a woman. Hours "
            "later, a drone struck a minibus, killing three passengers.",
            (3, 1),
        ),
    ],
)
def test_hours_later_and_the_headlines_count(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the wounded of another incident who died are not of the wounded told before
        (
            "A drone strike on a bus in Kherson wounded seven people on Tuesday. Two people "
            "wounded in Sunday's shelling of the city died of their wounds in hospital.",
            (2, 7),
        ),
        (
            "A glide bomb wounded 12 people in Kharkiv on Friday. Separately, two soldiers died "
            "of their wounds in a military hospital in Dnipro.",
            (2, 12),
        ),
        # a headline's single victim is his own, not the wounded who died
        (
            "Drone strike kills farmer in Kherson region\nA drone struck a farmer working in his "
            "field near Beryslav on Monday. In Kherson city, shelling wounded four people; one "
            "of them later died in hospital.",
            (2, 3),
        ),
        # a live page's line of the whole country or a region sums up its towns' lines
        (
            "Ukraine live\n08:10 — A missile hit Kharkiv, killing three.\n12:30 — A drone strike "
            "in Zaporizhzhia killed two.\n15:00 — A glide bomb hit Sumy, killing two.\n21:00 — "
            "Interior ministry: Russian attacks killed seven civilians in Ukraine today.",
            (7, 0),
        ),
        # a line that raises a toll is of a place told before, whatever it calls it
        (
            "08:15 — A missile hit a hotel in Kryvyi Rih, killing two.\n09:40 — Officials in "
            "Kryvyi Rig say the toll has risen to four.",
            (4, 0),
        ),
    ],
)
def test_where_wounded_who_died_and_live_pages_stop(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_a_date_inside_a_counted_victims_words() -> None:
    text = (
        "Five farmers abducted from their fields on 2 December were found dead near the river, "
        "police said."
    )
    assert totals(text) == (5, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a live line headed by its town
        (
            "Live\n07:20 — Kherson: a drone attack on a bus stop killed a man and injured two.\n"
            "09:05 — Nikopol: artillery fire injured a woman.\n15:15 — Kherson: one more person "
            "injured in the morning attack has sought help, bringing the number of injured "
            "there to three.",
            (1, 4),
        ),
        ("A jawan of the 202 CoBRA battalion was injured in the encounter.", (0, 1)),
    ],
)
def test_a_live_lines_town_head_and_a_battalions_number(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


def test_a_subject_named_at_length_killed_along_with_others() -> None:
    text = (
        "The province's Deputy Minister for Health and Education, Abdul Karim Zahed, was killed "
        "along with four of his guards in a bombing in Kunduz."
    )
    assert totals(text) == (5, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed four farmers and wounded one other near Bokkos.", (4, 1)),
        ("Two women in their 30s were lightly wounded by shrapnel.", (0, 2)),
    ],
)
def test_one_other_before_a_place_and_ages_by_decade(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A UN staff member was killed in an airstrike on Khan Younis. His driver was "
            "killed too.",
            (2, 0),
        ),
        # a side's own soldier, told by its army, is no earlier value of its strike's toll
        (
            "07:30 Israeli military: a soldier was killed in Rafah.\n08:45 Civil defence: an "
            "Israeli strike on a house in Rafah killed six.",
            (7, 0),
        ),
    ],
)
def test_dead_killed_too_and_a_sides_own_soldier_on_a_live_page(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


def test_a_toll_including_the_bomber_himself() -> None:
    text = (
        "A suicide bomber blew himself up at a tea shop, killing at least seven people including "
        "himself and wounding 14 others."
    )
    assert totals(text) == (7, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen shot dead a trader in Daraa; his son, who was with him, was injured.", (1, 1)),
        (
            "A farmer was shot dead in his field. His nephew, who was with him, escaped with a "
            "bullet wound to the leg.",
            (1, 1),
        ),
        (
            "Militants stopped a convoy and abducted four aid workers. Their driver, who tried to "
            "turn the vehicle around, was shot dead at the scene.",
            (1, 0),
        ),
    ],
)
def test_a_relative_with_an_aside_before_the_verb(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The governor first reported 3 dead; by the next day the toll stood at 12 killed, "
            "and on 4 December he confirmed 15 dead and 40 injured.",
            (15, 40),
        ),
        # a later deed of its own adds
        (
            "The toll from the morning strike stood at 12 killed, and later another strike on the "
            "market killed 15.",
            (27, 0),
        ),
        (
            "The toll from the strike on the market stood at 20 on Monday, and on Tuesday the "
            "army confirmed 23 dead and 40 wounded.",
            (23, 40),
        ),
        (
            "By Monday the number of injured stood at 30, and on Tuesday doctors said 45 had "
            "been wounded.",
            (0, 45),
        ),
    ],
)
def test_a_toll_and_its_later_value_in_one_sentence(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A suicide bomber blew himself up at a market, killing 12 people, not including "
            "himself.",
            (13, 0),
        ),
        (
            "Three people were killed in a Russian strike on Sumy, the governor said. The mayor "
            "said three people were killed too.",
            (3, 0),
        ),
        ("A woman in her 80s died of a heart attack during the air raid alert in Kyiv.", (0, 0)),
    ],
)
def test_not_including_himself_a_second_sources_too_and_a_heart_attack(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


def test_a_quarter_told_by_two_dates() -> None:
    text = (
        "Monitors recorded 412 fatalities in the region between 1 January and 31 March 2024. "
        "On Tuesday, jihadists killed 9 soldiers near Djibo."
    )
    assert totals(text) == (9, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Settlers torch cars in West Bank village; man, 70, hurt", (0, 1)),
        ("Woman, 45, killed as drone hits Kherson", (1, 0)),
    ],
)
def test_a_headlines_victim_with_an_age(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_a_quoted_aside_between_a_count_and_its_verb() -> None:
    text = (
        'In the follow-up operation, 12 terrorists "belonging to the proxy Fitna al-Khawarij" '
        "were sent to hell, the ISPR said."
    )
    assert totals(text) == (12, 0)


def test_a_count_of_them_after_a_verb_to_death() -> None:
    text = "A mob stopped a bus carrying gang members, beat them and burned 11 of them alive."
    assert totals(text) == (11, 0)


def test_an_age_in_brackets_after_a_name_among_the_dead() -> None:
    text = (
        "An air strike on a village school killed 9 civilians on Monday. "
        "Among the dead was the headteacher, U Kyaw Min (57)."
    )
    assert totals(text) == (9, 0)


def test_a_live_page_stamped_in_brackets_tells_incidents_apart() -> None:
    text = (
        "Haiti: live\n"
        "[08:15] Carrefour: armed men opened fire on a minibus, killing at least four passengers.\n"
        "[12:40] Petion-Ville: police said 2 gang members were killed in a raid.\n"
        "[16:05] Petion-Ville: a shopkeeper was wounded by a stray bullet."
    )
    assert totals(text) == (6, 1)


def test_a_live_line_headed_by_a_village_the_place_list_does_not_know() -> None:
    text = (
        "South Lebanon, live\n"
        "[10:10] Nabatieh: an Israeli drone strike on a motorcycle killed two men, the health "
        "ministry said.\n"
        "[13:25] Kfar Qouqaya: an Israeli strike on a house killed a man and wounded his wife.\n"
        "[15:00] Hezbollah: the group said it targeted an Israeli position with rockets."
    )
    assert totals(text) == (3, 1)


def test_a_coders_total_line_that_mentions_a_claim_not_coded() -> None:
    text = (
        "Clashes between the army and a militia near Dangila. The militia claimed on its "
        "channel to have killed 45 soldiers. Residents reported 6 civilians killed by "
        "crossfire. Fatalities: 6 (militia claim not coded)."
    )
    assert totals(text) == (6, 0)


def test_a_headlines_new_attack_after_a_funerals_dead() -> None:
    text = "Funerals held in Gao for 7 soldiers killed in convoy ambush as new attack kills 3"
    assert totals(text) == (3, 0)


def test_each_side_telling_its_own_dead_adds() -> None:
    text = (
        "Afghan and Pakistani troops traded fire overnight at the Chaman crossing. "
        "The Taliban's defence ministry said three of its border guards were killed. "
        "Pakistan's army said two of its soldiers were killed."
    )
    assert totals(text) == (5, 0)


def test_a_compound_rank_marks_a_soldier_beside_the_enemy_dead() -> None:
    text = (
        "Army statement: in a joint operation in the forests of Doda, three terrorists were "
        "eliminated. In the exchange of fire, Naib Subedar Mohan Lal of 4 Para lost his life."
    )
    assert totals(text) == (4, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A strike on a house in Bureij killed Khaled Nasser, his wife and their two sons.",
            (4, 0),
        ),
        ("A drone strike killed Mona Haddad, his wife, in Rafah.", (1, 0)),
    ],
)
def test_relatives_after_a_name_are_a_list_not_who_the_person_was(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mykolaiv live\n"
            "07:50 Mykolaiv: a drone hit a grain terminal; one worker injured, the governor said.\n"
            "09:15 Kherson: shelling of the Dniprovskyi district wounded three men.\n"
            "11:30 Mykolaiv: the injured dock worker has died in hospital, the governor said.",
            (1, 3),
        ),
        (
            "Live: Khyber Pakhtunkhwa\n"
            "10:05 — Bannu: gunmen fired on a police post on Kohat Road, killing a constable and "
            "wounding a passer-by.\n"
            "10:40 — Lakki Marwat: a roadside bomb injured four people.\n"
            "12:15 — Bannu: the wounded passer-by has died in hospital, raising the toll of the "
            "Kohat Road attack to two.",
            (2, 4),
        ),
    ],
)
def test_a_live_lines_wounded_one_who_died(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_a_live_line_headed_by_its_place_whatever_else_it_names() -> None:
    text = (
        "Manipur live\n"
        "1:05pm — Sagolband: a drone dropped a bomb on houses in Imphal West district; two "
        "people injured, police said.\n"
        "2:30pm — Sagolband: a man injured in the drone attack has died at the hospital.\n"
        "4:10pm — Moirang: militants fired at a checkpoint in Bishnupur district; a policeman "
        "was injured."
    )
    assert totals(text) == (1, 2)


def test_a_headlines_bomber_who_blows_himself_up_is_one_of_the_dead() -> None:
    assert totals("Suicide bomber blows himself up at Kirkuk wedding, killing 7") == (8, 0)


def test_the_wounded_told_with_a_sides_own_dead_are_of_that_side() -> None:
    text = (
        "Pakistan says 12 soldiers killed in border clashes; Taliban claim 30\n"
        "Pakistan's army said 12 of its soldiers were killed and 15 injured in overnight "
        "clashes on the border. A Taliban spokesman said their forces killed 30 Pakistani "
        "soldiers and lost four of their own, with nine wounded."
    )
    assert totals(text) == (16, 24)


@pytest.mark.parametrize(
    "text",
    [
        "A strike on a flat in Jabalia killed Omar Darwish, 52, his wife Huda, 47, and their "
        "two daughters, aged 9 and 15, the hospital said.",
        "A strike on a flat in Jabalia killed Omar Darwish, 52, his wife and their two daughters.",
    ],
)
def test_ages_and_names_in_a_list_of_a_family(text: str) -> None:
    assert totals(text) == (4, 0)


def test_a_days_total_on_a_live_page_is_the_whole_of_its_strikes() -> None:
    text = (
        "Gaza, Wednesday\n"
        "Update 08:20: Israeli fire killed three Palestinians near the fence east of Khan "
        "Younis, the civil defence said.\n"
        "Update 12:05: A strike on a tent in al-Mawasi killed a man and his son, the hospital "
        "said.\n"
        "Update 19:30: Gaza's health ministry says 14 people have been killed in the past 24 "
        "hours and 30 injured."
    )
    assert totals(text) == (14, 30)


def test_a_second_account_verified_after_a_semicolon_is_no_further_dead() -> None:
    text = (
        "Attacks on the camp over three days killed more than 200 civilians, according to "
        "local officials; the UN has verified at least 87 deaths."
    )
    assert totals(text) == (87, 0)


def test_a_bomber_not_included_in_the_toll_adds() -> None:
    text = (
        "A suicide bomber struck a bus terminal in Bannu, killing 18 people and wounding 30. "
        "The bomber is not included in the toll, police said."
    )
    assert totals(text) == (19, 30)


def test_one_of_the_seriously_wounded_who_died_leaves_the_injured() -> None:
    text = (
        "10:20 — Police say 3 people were killed and 9 wounded, 4 of them seriously, in the "
        "stabbing attack in Holon.\n"
        "14:40 — The hospital says one of the seriously wounded, a 71-year-old woman, has "
        "died, raising the death toll to 4."
    )
    assert totals(text) == (4, 8)


def test_a_round_ups_closing_update_of_one_place_stands_for_its_line() -> None:
    text = (
        "Sahel round-up, Friday: In Mopti, jihadists killed 7 villagers in an attack on "
        "Djenne. In Gao, a roadside bomb killed 3 soldiers and wounded 9 near Ansongo. "
        "Update: Ansongo toll rises to 5 after two of the wounded died, the army said."
    )
    assert totals(text) == (12, 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "GAO — Funerals were held on Sunday for six soldiers killed in an ambush near "
            "Ansongo on Friday, the army said.",
            (0, 0),
        ),
        (
            "A drone hit a minibus near Nikopol, killing the driver and wounding a passenger. "
            "Later, the governor said the injured passenger has died in hospital.",
            (2, 0),
        ),
        (
            "An Israeli strike on a motorbike near Tyre killed one person and wounded another. "
            "The person wounded in the Tyre strike has died, the ministry said.",
            (2, 0),
        ),
    ],
)
def test_a_funeral_after_a_dateline_and_the_wounded_one_who_died_as_reported(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Suicide bomber blows himself up at Kabul checkpoint, three guards hurt", (1, 3)),
        ("Bomber blew himself up near Mogadishu base", (1, 0)),
        (
            "Crowds gathered in Odesa on Sunday for the funerals of three firefighters killed "
            "last week when a drone hit a burning warehouse.",
            (0, 0),
        ),
    ],
)
def test_a_headlines_lone_bomber_and_mourners_at_funerals(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A jet bombed a village in Tabayin township overnight. Those killed were Daw Aye Aye "
        "(38), her daughter Ma Su (7) and U Kyaw Lwin (66), rescuers said.",
        "Myanmar live\n"
        "Tue 08:10 — A junta jet bombed a village in Tabayin township; rescuers report "
        "casualties.\n"
        "Tue 10:45 — Rescuers identified the dead as Daw Aye Aye (38), a ten-year-old boy and "
        "U Kyaw Lwin (66).",
    ],
)
def test_the_dead_listed_by_name_with_no_toll_before(text: str) -> None:
    assert totals(text) == (3, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A former combatant who signed the peace deal was shot dead in Cauca, the 20th this "
            "year. More than 400 signatories have been killed since the 2016 peace accord.",
            (1, 0),
        ),
        ("UN: 900 civilians killed in Ituri in first quarter", (0, 0)),
        (
            "Some 2 million people have fled Kordofan since the war began in April 2023. The "
            "WHO has verified 80 attacks on clinics in that period, which killed more than 700 "
            "people.",
            (0, 0),
        ),
    ],
)
def test_long_run_tolls_of_an_accord_a_quarter_and_that_period(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rebels said 300 government troops had been killed or captured in the assault.",
            (0, 0),
        ),
        ("Eight soldiers were killed and two captured in the assault, the army said.", (8, 0)),
    ],
)
def test_the_dead_told_together_with_the_captured(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bomber blows himself up at Jalalabad mosque\nSeven people were killed in the blast. "
            "The toll includes the bomber, police said.",
            (7, 0),
        ),
        (
            "Suicide bomber blows himself up at Peshawar rally\nEight people died, the bomber "
            "among them, and 12 were wounded.",
            (8, 12),
        ),
        (
            "Bomber blows himself up at Kunduz checkpoint\nThe attacker was the only person "
            "killed in the blast, police said.",
            (1, 0),
        ),
    ],
)
def test_a_lone_bomber_inside_the_toll_told_after_him(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mourners gathered on Saturday for the funeral of a village head in Mangu when "
            "gunmen opened fire, killing six.",
            (6, 0),
        ),
        (
            "A suicide bomber struck mourners gathered for the funeral of an elder in Khost, "
            "killing four people and wounding ten.",
            (4, 10),
        ),
        (
            "EL FASHER — Mourners gathered on Monday for the funerals of 9 people killed in last "
            "week's shelling of the market, as a new drone strike killed two people.",
            (2, 0),
        ),
    ],
)
def test_the_dead_of_an_attack_on_mourners_are_new(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Borno round-up: In Dikwa, insurgents killed six farmers on Monday. In Monguno, a "
            "mine wounded two soldiers. In Ngala, three herders were shot dead. Update: Dikwa "
            "toll rises to 9.",
            (12, 2),
        ),
        (
            "Borno round-up: In Dikwa, insurgents killed six farmers. In Ngala, three herders "
            "were shot dead. Update: Dikwa toll revised down to 4.",
            (7, 0),
        ),
        (
            "In Kherson Oblast, shelling killed a man in Beryslav. In Sumy Oblast, a drone "
            "attack on Shostka injured two women. Update: Shostka toll rises to 4 injured.",
            (1, 4),
        ),
    ],
)
def test_a_round_ups_update_names_the_place_it_updates(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


def test_ages_in_a_list_of_the_dead_are_no_counts() -> None:
    text = (
        "A mine hit a patrol near Menaka. Those killed were two soldiers, aged 21 and 24, and a "
        "guide."
    )
    assert totals(text) == (3, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A bomb hit a minibus near Myitkyina. Rescuers identified the dead as driver Ko Aung "
            "(40), Daw Mya (58) and teacher U Hla (61); five others were hurt.",
            (3, 5),
        ),
        (
            "08:20 — Magway: a jet bombed a village school.\n"
            "09:05 — Magway: Those killed were U Tin (70), Ma Thida (12) and Ko Zaw (30), "
            "villagers said.",
            (3, 0),
        ),
        ("Three suicide bombers blow themselves up at Bama market, killing 9", (12, 0)),
    ],
)
def test_the_dead_listed_beside_the_wounded_and_bombers_who_blow_themselves_up(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen kill two in Mombasa phone shop raid\nMOMBASA — Armed robbers shot dead a "
            "cashier and a customer during a raid on a phone shop and fled with cash, police said.",
            (0, 0),
        ),
        (
            "Settlers attacked the village of Turmus Ayya on Saturday, burning cars, the Red "
            "Crescent said. Its crews treated 9 people, including a man who was beaten.",
            (0, 9),
        ),
        (
            "Artillery shells hit a village in Monywa township, residents said. Volunteers "
            "identified the dead as Ma Su (16), her brother Ko Win (12) and village elder U Ba "
            "(70).",
            (3, 0),
        ),
        (
            "The Islamic Resistance mourns the martyrdom of the mujahid Ali Hassan Qassem "
            '("Abu Ali"), from the town of Aitaroun.',
            (1, 0),
        ),
        (
            "Roadside bomb wounds four soldiers in Yala; one later dies\nYALA — A roadside bomb "
            "hit an army patrol on Monday, wounding four soldiers, police said. One of the "
            "wounded, Private Anan Srisuk, 22, later died in hospital.",
            (1, 3),
        ),
        (
            "Seven dead as militants attack police post in Bannu\nBANNU: Militants attacked a "
            "police post late on Sunday. Four policemen were martyred, while three attackers "
            "were killed in the return fire, police said.",
            (7, 0),
        ),
    ],
)
def test_robbers_medics_named_lists_notices_the_wounded_who_died_and_repelled_attackers(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia receives bodies of 563 fallen servicemen\nMOSCOW — Russia received the "
            "bodies of 563 people whom Kyiv says are Russian servicemen killed in the fighting. "
            "Ukraine received the bodies of 41 of its soldiers in return.",
            (0, 0),
        ),
        (
            "Kyiv says Russia lost 1,150 troops in past day\nKYIV — Russia lost 1,150 troops "
            "killed or wounded over the past day, Ukraine's General Staff said.",
            (0, 0),
        ),
        (
            "The government extended the state of emergency. The communal clashes in the "
            "region, which began in August 2023, have killed more than 180 people.",
            (0, 0),
        ),
    ],
)
def test_bodies_returned_losses_of_both_kinds_and_a_toll_since_a_dated_beginning(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv says Russia lost 980 troops in past day\nRussia lost 980 troops killed and "
            "wounded over the past 24 hours, Ukraine's General Staff said.",
            (0, 0),
        ),
        (
            "A rocket hit a house in Sderot. Medics said no one was hurt, and its crews treated "
            "6 people for anxiety.",
            (0, 0),
        ),
        (
            "A jet bombed a village in Tabayin township, residents said.\nThose killed were "
            "village elder U Maung (71), school teacher Daw Nu (44) and farmer Ko Lin (28); four "
            "others were hurt.",
            (3, 4),
        ),
        (
            "Gunmen kill two in Kano robbery\nGunmen raided a bureau de change in Kano on "
            "Monday, killing a guard and a customer, police said. Police said the robbers fled "
            "with cash.",
            (0, 0),
        ),
        (
            "Soldier killed, three injured in Rajouri ambush\nMilitants ambushed an army truck "
            "in Rajouri on Friday, injuring four soldiers. One of the injured, Naik Arjun Rao, "
            "29, later succumbed in hospital.",
            (1, 3),
        ),
    ],
)
def test_losses_of_both_kinds_anxiety_role_lists_robbery_headlines_and_the_died_wounded(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Militants attacked a base in Lower Shabelle before dawn. The government said 9 "
            "militants were killed and that no soldiers were lost. The group claimed it had "
            "killed 30 soldiers.",
            (9, 0),
        ),
        (
            "Armenia says three Azerbaijani soldiers killed\nArmenia's defence ministry said no "
            "soldiers were lost in the shooting near Jermuk and that its troops had killed three "
            "Azerbaijani soldiers.",
            (3, 0),
        ),
    ],
)
def test_a_side_that_lost_no_soldiers_sets_aside_the_others_claim_not_its_own(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


def test_a_round_ups_first_sentence_is_no_headline_the_later_ones_sum_to() -> None:
    text = (
        "Sahel round-up: Jihadists killed 5 civilians in Djibo on Monday. In Dori, 3 soldiers "
        "died when their vehicle hit a mine. Separately, a drone strike killed 2 children in "
        "Kaya."
    )
    assert totals(text) == (10, 0)


def test_a_source_that_also_reported_dead_tells_more_dead() -> None:
    text = (
        "Gaza: Medics at Al-Awda Hospital said 11 people were killed in strikes on houses in "
        "Nuseirat overnight. Later in the day, an airstrike on a car in Deir al-Balah killed "
        "three men, the civil defence said. Hospitals also reported 7 people killed while "
        "waiting for aid near Rafah, where 25 others were wounded."
    )
    assert totals(text) == (21, 25)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The brigade said its drones hit a group of 6 infantrymen, all of whom were killed.",
            (6, 0),
        ),
        ("Gunmen abducted 12 passengers, all of whom were later released.", (0, 0)),
    ],
)
def test_a_group_all_of_whom_were_killed(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_a_headlines_soldiers_who_embrace_shahadat() -> None:
    text = "Four khwarij sent to hell, three soldiers embrace shahadat in Khyber IBO"
    assert totals(text) == (7, 0)


def test_the_attackers_killed_in_the_response_add_to_their_victims() -> None:
    text = (
        "Attack on army patrol near Menaka kills 9, ministry says\n"
        "Gunmen on motorbikes attacked an army patrol near Menaka on Monday, killing 9 soldiers, "
        "the defence ministry said. Dozens of 'terrorists' were killed in the response, the "
        "statement said."
    )
    assert totals(text) == (21, 0)


def test_a_corrected_toll_told_as_the_martyrs_are_twelve() -> None:
    text = (
        "The state health ministry said Friday's shelling of the city hospital had killed seven "
        "people. It later corrected the figure: 'the martyrs are ten, among them a nurse,' a "
        "ministry official said."
    )
    assert totals(text) == (10, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The health ministry said 6 people were killed in a strike on a house in Bureij. "
            "Al Jazeera also reported the strike, saying 8 people were killed.",
            (6, 0),
        ),
        (
            "Police said 4 people were killed when a bomb exploded at a market in Quetta. "
            "Hospital officials also reported 5 people killed in the blast.",
            (4, 0),
        ),
        (
            "Georgia says two Russian soldiers killed\nGeorgia's defence ministry said two "
            "Russian soldiers were killed in an exchange of fire on Tuesday. It said no soldier "
            "was lost on the Georgian side.",
            (2, 0),
        ),
    ],
)
def test_a_second_source_of_the_same_strike_and_a_denial_told_after_its_own_claim(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A drone struck a wedding party in Rabak on Saturday night. 'The dead are eleven, "
            "among them three children,' a doctor told AFP.",
            (11, 0),
        ),
        ("The dead were two farmers and a herder, villagers said.", (3, 0)),
        (
            "Militants ambushed a police van carrying seven officers near Tank, all of whom were "
            "wounded, a police official said.",
            (0, 7),
        ),
    ],
)
def test_the_dead_are_eleven_and_a_group_all_of_whom_were_wounded(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "UCDP GED candidate event. Dyad: Government of Nigeria - ISWAP. Date: 2025-01-20. "
            "Location: Gubio, Borno State. Deaths side A: 0. Deaths side B: 0. Civilian deaths: "
            "0. Unknown: 7. Best estimate: 7. Low estimate: 7. High estimate: 12. Source "
            "summary: residents reported seven bodies of fighters found after the clash; ISWAP "
            "sources said up to twelve.",
            (7, 0),
        ),
        (
            "UCDP GED candidate event. Type of violence: one-sided. Actor: ADF. Date: "
            "2025-05-11. Location: Oicha, Beni territory. Deaths side A: 0. Deaths side B: 0. "
            "Civilian deaths: 41. Unknown: 0. Best estimate: 41. Low estimate: 33. High estimate: "
            "50. Source summary: church sources said about 50 villagers were killed; the army "
            "spokesman put the toll at 33; a civil society count of 41 is the best estimate.",
            (33, 0),
        ),
        (
            "Event 25-SD-118. Type: one-sided, RSF. Location: Um Kadada. Local activists reported "
            "more than 60 villagers killed. Low estimate: 38 (bodies buried, by a medical "
            "group). Best estimate: 60. High estimate: 90.",
            (38, 0),
        ),
    ],
)
def test_a_coded_events_low_estimate_is_its_toll(text: str, expected: tuple[int, int]) -> None:
    """The low estimate, the most conservative, counts (else the best); a zero field
    ("Civilian deaths: 0") is no lower account of the dead, and the other estimates and the
    sources' claims are the same dead."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Live: south Lebanon\n[08:10] Bint Jbeil: A strike on a car killed one man and wounded "
            "four, the health ministry said.\n[11:40] Bint Jbeil: One of the wounded from the car "
            "strike has died, the ministry said.",
            (2, 3),
        ),
        (
            "Gaza live\n06:50 Deir al-Balah: A strike on a home killed three people.\n08:20 "
            "Bureij: A strike on a school killed five people, medics said.\n10:05 Bureij: The "
            "toll from the school strike has risen to 7, medics say.",
            (10, 0),
        ),
        (
            "Shelling hit the main market in Kadugli on Monday, killing 14 people, activists "
            "said. The activists have since corrected the figure to nine killed and 20 wounded.",
            (9, 20),
        ),
        (
            "A drone struck a wedding in Sennar, killing 12, a rights group said. The group later "
            "revised the toll down to 10.",
            (10, 0),
        ),
        (
            "In Konduga, insurgents killed five farmers. In Gwoza, two soldiers died when their "
            "patrol hit a mine. Update: Konduga toll revised down to 4.",
            (6, 0),
        ),
    ],
)
def test_the_wounded_of_a_named_strike_a_particle_in_a_line_head_and_a_toll_revised_down(
    text: str, expected: tuple[int, int]
) -> None:
    """A toll corrected or lowered replaces the larger count of its place told before it; a
    list by place takes the update by the place it names."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "UCDP GED candidate event. Dyad: Government of Mali - JNIM. Date: 2025-03-02. "
            "Location: Dioura. Deaths side A (FAMa): 6. Deaths side B (JNIM): 4. Deaths "
            "civilians: 1. Best: 11. Low: 11. High: 30. Source summary: local sources said one "
            "herder was killed and three wounded by stray fire.",
            (11, 3),
        ),
        (
            "'Four of our brave gendarmes fell on the field of honour' in an ambush near Kaya, "
            "the ministry said. Nine assailants were neutralised.",
            (13, 0),
        ),
        (
            "The army said seven soldiers gave their lives for the nation when their convoy "
            "was ambushed near Djibo.",
            (7, 0),
        ),
        ("Two farmers fell under the bullets of gunmen on Sunday near Bamenda.", (2, 0)),
        ("Thousands of men gave their lives in the war of 1914.", (0, 0)),
        ("Gunmen shoot dead three traders at Lakki Marwat market", (3, 0)),
        ("Six CRPF jawans, driver killed as Maoists blow up their vehicle in Sukma", (7, 0)),
        (
            "Killed in the strike on the Salem family home in Jabalia, according to relatives: "
            "Yasser Salem, 52; his wife Huda, 47; their sons Omar, 15, and Adam, 9; and Yasser's "
            "sister Rana, 30. Two neighbours were wounded.",
            (5, 2),
        ),
    ],
)
def test_estimate_fields_without_the_word_idioms_of_the_fallen_and_listed_dead_after_a_colon(
    text: str, expected: tuple[int, int]
) -> None:
    """Ages after the names of a list parted by semicolons are no counts; a name's possessor
    ("Yasser's sister Rana") is no member of its own."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A junta airstrike on a village school in Depayin killed 21 people, a local defence "
            "force said. Myanmar Now, citing a teacher, reported 16 dead.",
            (16, 0),
        ),
        (
            "Gunmen stormed a bus station in Cap-Haitien, killing at least 9 people, the national "
            "police said Thursday. A local rights group put the death toll at 13.",
            (9, 0),
        ),
        (
            "(Translated from Hausa) Villagers in Gidan Goga said bandits killed 14 people on "
            "Friday. The police spokesman confirmed the attack but said nine bodies had been "
            "recovered so far.",
            (9, 0),
        ),
        (
            "ADF rebels raided Kalunguta overnight, local civil society said, putting the toll at "
            "at least 35. An army spokesman said 22 bodies had been recovered so far.",
            (22, 0),
        ),
    ],
)
def test_a_name_with_now_a_source_that_said_thursday_and_officials_bodies_so_far(
    text: str, expected: tuple[int, int]
) -> None:
    """Two sources' accounts of one toll: the lower stands, also when the lower is the
    authorities' count of the bodies recovered so far."""
    assert totals(text) == expected


def test_a_victim_named_with_an_age_among_the_dead_of_a_list_subject() -> None:
    """ "..., among them the priest X, 66, were killed": the aside with a name and an age is
    no break between the dead and their verb."""
    text = (
        "Gunmen attacked a church and a police post in Derbent. At least 12 police officers and "
        "several civilians, among them the deacon Pavel Orlov, 58, were killed, the governor "
        "said. Four of the attackers were killed."
    )
    assert totals(text) == (19, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dnipro live\n06:40 Governor Serhiy Lysak: a missile hit a warehouse; one worker "
            "killed, five injured.\n08:15 Lysak: one of the injured, a 41-year-old woman, has "
            "died. Two dead, four injured.\n11:30 Lysak: another body found under the rubble. "
            "Toll now three dead, four injured.",
            (3, 4),
        ),
        (
            "Two missiles struck central Chernihiv on Wednesday. The regional council said 17 "
            "people were killed and 61 injured.\nUpdate, Thursday: The State Emergency Service "
            "said the final toll stood at 18 dead and 61 injured.",
            (18, 61),
        ),
    ],
)
def test_a_running_toll_after_a_wounded_who_died_and_a_final_toll(
    text: str, expected: tuple[int, int]
) -> None:
    """The wounded who died are in the running toll told after them and leave the injured; a
    final toll from another source is the toll's last value, no lower or higher account."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen shot a shepherd near Hebron, killing him, the ministry said.", (1, 0)),
        ("Militants fired at a farmer in his field, injuring him in the leg.", (0, 1)),
        ("A soldier opened fire at a checkpoint, wounding her.", (0, 0)),
        ("A drone struck a car, killing him and his son.", (0, 0)),
        (
            "Gunmen beheaded three villagers near Macomia. A fourth man managed to escape with "
            "machete wounds to his neck.",
            (3, 1),
        ),
        (
            "Settlers beat a farmer to death near Turmus Ayya. A second man, Khaled Odeh, 31, "
            "was shot dead during the same attack.",
            (2, 0),
        ),
    ],
)
def test_a_victim_taken_by_a_pronoun_an_escape_with_wounds_and_a_named_second_victim(
    text: str, expected: tuple[int, int]
) -> None:
    """'killing him' takes the one person the deed fell on; the shooter, and a pronoun with
    no person before it, count no one."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "GAZA - Killed in the strike on the Hamdan home in Nuseirat, according to relatives: "
            "Omar Hamdan, 51; his wife Rasha, 44; and their son Bilal, 16. Two neighbours were "
            "wounded, the civil defence said.",
            (3, 2),
        ),
        (
            "Residents said at least 25 people were killed when gunmen attacked the village of "
            "Bokkos on Sunday. The district commissioner said 16 bodies had been recovered so far.",
            (16, 0),
        ),
        (
            "Gunmen killed 10 villagers in Gwoza on Monday, a local official said. Police have "
            "since corrected the figure to seven.",
            (7, 0),
        ),
        (
            "Analysts put the strength of the faction at a low estimate of 800 fighters. On "
            "Tuesday its men attacked an army post, killing four soldiers, the army said.",
            (4, 0),
        ),
        (
            "Two rescuers and several residents, among them a boy, 9, were killed, the emergency "
            "service said.",
            (5, 0),
        ),
        (
            "A drone struck a car in Tyre, killing its driver, the ministry said. Wounded, "
            "according to the hospital: his brother Ali, 30, and a passer-by, 52.",
            (1, 2),
        ),
    ],
)
def test_lists_after_a_dateline_or_of_the_wounded_officials_counts_and_a_forces_strength(
    text: str, expected: tuple[int, int]
) -> None:
    """An estimate of a force's strength counts no dead; an age after "a boy," is no count."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Syria daily brief.\nHAMA: Unknown gunmen shot dead a former commander in Kafr "
            "Zita.\nIDLIB: Shelling on the outskirts of Ariha killed two civilians.\nRAQQA: A "
            "cell attacked an SDF post in Maadan, killing two fighters; one attacker was "
            "killed.",
            (6, 0),
        ),
    ],
)
def test_a_briefs_places_are_incidents_of_their_own(text: str, expected: tuple[int, int]) -> None:
    """A line under another head of a brief is no repeat of an earlier count that meets it."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "(Translated from Urdu) The funeral prayers of five soldiers who embraced shahadat in "
            "the Lakki Marwat attack were offered at the garrison on Sunday, ISPR said.",
            (0, 0),
        ),
        (
            "Thousands of mourners took part on Friday in the funeral of three policemen who fell "
            "as martyrs in an ambush near Tuz Khurmatu on Wednesday.",
            (0, 0),
        ),
        (
            "Thousands of mourners took part on Friday in the funeral of three policemen when a "
            "car bomb exploded nearby, killing six of them.",
            (6, 0),
        ),
    ],
)
def test_mourners_who_took_part_in_a_funeral_and_funeral_prayers_after_a_translation_note(
    text: str, expected: tuple[int, int]
) -> None:
    """The dead a funeral is held for are an earlier report's; an attack on the mourners is
    new."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police said a Maoist area commander carrying a reward of Rs 8 lakh was killed in an "
            "encounter in Gumla on Friday.",
            (1, 0),
        ),
        (
            "Six Maoists including a woman cadre carrying a total reward of Rs 30 lakh were "
            "eliminated in an encounter in Bijapur.",
            (6, 0),
        ),
        ("Pakistan: policeman guarding polio team shot dead in Mardan", (1, 0)),
        (
            "Three Israelis hurt in stabbing in Beersheba; police say assailant was shot dead",
            (1, 3),
        ),
        ("A man, his wife and two children were killed in the strike on Jabalia.", (4, 0)),
        ("The army paid a reward of $5,000 to the family of the slain soldier.", (0, 0)),
    ],
)
def test_a_bounty_between_the_dead_and_their_verb_a_guard_on_duty_and_a_kin_member(
    text: str, expected: tuple[int, int]
) -> None:
    """A sum is never a count of people; a duty ("guarding polio team") between a headline's
    victim and the deed, and a kin member of a list ("his wife"), are of the dead."""
    assert totals(text) == expected


def test_one_who_died_told_with_how_they_came_to_harm() -> None:
    """ "a woman who was pulled from the rubble died": the clause between the dead and "died"
    tells how they came to harm."""
    text = (
        "A missile hit an apartment block in Kryvyi Rih. A 71-year-old man who was pulled from "
        "the rubble died in hospital overnight, the governor said."
    )
    assert totals(text) == (1, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ADF rebels raided a village in Ruwenzori at night. Local leaders listed the victims: "
            "Kambale Kasereka, Kavira Masika, Paluku Mumbere and Muhindo Kahindo.",
            (4, 0),
        ),
        ("The fraud unit listed the victims: 40 pensioners who lost their savings.", (0, 0)),
    ],
)
def test_a_list_of_the_victims_after_a_colon(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Killed in Monday's strike on the family home, according to relatives:\n"
            "- Yusuf Darwish, 44\n- his wife Lina, 39\n- their sons Omar and Adam\nWounded: 6",
            (4, 6),
        ),
        ("The dead were named as:\n* Idris Kamara (34)\n* Foday Sesay (27)", (2, 0)),
        ("Those killed were:\n- Daw Hla Hla, 38\n- her daughter Ma Thu, 7", (2, 0)),
        (
            "Gunmen killed three people in Kaduna on Monday, police said. The victims:\n"
            "- Musa Bello, 71\n- Ibrahim Sani, 45\n- Yusuf Adamu, 30",
            (3, 0),
        ),
        ("Key points:\n- Five killed in Kharkiv\n- Two killed in Odesa", (7, 0)),
    ],
)
def test_a_bulleted_list_of_the_dead(text: str, expected: tuple[int, int]) -> None:
    """A list of the dead one member a line under the line that opens it counts its members
    (their ages no counts); bullets under any other line are sentences of their own."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "'They killed my father and three of our neighbours,' said Musa, a farmer from "
            "Bakura, describing how gunmen swept through the village at dawn.",
            (4, 0),
        ),
        (
            "'They killed my brother and two of my cousins,' said a survivor, adding that 'more "
            "than 20' were dead in total.",
            (20, 0),
        ),
        (
            "LIVE\n10:05 Jabalia: Airstrike on a school kills three, injures 12.\n11:30 Khan "
            "Younis: Two killed in a drone strike on a tent.\n12:10 Jabalia: Two of the injured "
            "have died. Five dead, 10 injured.",
            (7, 10),
        ),
        (
            "A grenade attack on a market in Imphal West killed one trader. Police named the "
            "wounded as Thoiba Singh, Ranjit Meitei and Lakshmi Devi.",
            (1, 3),
        ),
    ],
)
def test_a_speakers_kin_a_page_of_places_running_toll_and_the_wounded_named(
    text: str, expected: tuple[int, int]
) -> None:
    """A speaker's own kin beside the whole toll are of it; on a page of places each place
    counts its newest value, the wounded who died with it."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 March 2025, CODECO militia attacked a displacement site near Djugu, killing 38 "
            "people. Local civil society put the toll at 42.",
            (38, 0),
        ),
        (
            "WHO reported 70 patients killed in a strike on the hospital. Earlier in the month, "
            "shelling of the same hospital had killed 9.",
            (70, 0),
        ),
    ],
)
def test_a_named_sources_count_after_a_report_of_no_source(
    text: str, expected: tuple[int, int]
) -> None:
    """A named source's own count after a sentence of no named source is another account of
    the same dead, and the lower counts; an earlier incident told after is background, never
    the lower account."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials earlier put the death toll from the attack on the convoy at 31 but later "
            "revised it down to 24, saying some bodies had been counted twice. Another 40 people "
            "were wounded.",
            (24, 40),
        ),
        (
            "Al-Shabaab fighters stormed a police post in Middle Shabelle before dawn, killing 16 "
            "soldiers. A military officer told Reuters that nine soldiers had died in the assault.",
            (9, 0),
        ),
    ],
)
def test_an_earlier_toll_revised_in_its_sentence_and_an_officer_who_told_a_lower_count(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Afghanistan's defence ministry said four of its border guards were killed in "
            "clashes near Torkham. Pakistan's army said three of its soldiers were martyred and "
            "claimed 'dozens' of Afghan Taliban fighters were killed.",
            (7, 0),
        ),
        (
            "The Syrian Democratic Forces said they repelled an attack near Manbij, killing 17 "
            "of the attackers, and that three of their own fighters were killed. The Syrian "
            "National Army said it lost five fighters and claimed to have killed 'dozens' of SDF "
            "members.",
            (8, 0),
        ),
        (
            "Afghanistan's defence ministry said two of its border guards were killed. "
            "Pakistan's army said one of its soldiers was killed and that Afghan shelling killed "
            "three civilians in Chaman.",
            (6, 0),
        ),
        (
            "The army said three of its soldiers were killed and that it killed 20 militants in "
            "the clash.",
            (23, 0),
        ),
    ],
)
def test_each_sides_own_dead_stand_against_the_other_sides_claim(
    text: str, expected: tuple[int, int]
) -> None:
    """Where two sides each tell their own dead, a side's count of the other side's fighters
    is a claim of dead the other side counts itself: the own counts stand and add; civilians
    and a lone side's claim keep their rules."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The military said the siege of the hijacked train had ended with all 21 attackers "
            "killed. Fourteen hostages were killed in the operation, nine of them soldiers, the "
            "spokesman said.",
            (35, 0),
        ),
        (
            "The Syrian Democratic Forces said its fighters killed 22 members of the Syrian "
            "National Army near Deir Hafer and that it lost three fighters. The Syrian National "
            "Army said it lost four fighters in the clashes.",
            (7, 0),
        ),
    ],
)
def test_hostages_beside_their_captors_and_a_side_that_lost_its_own(
    text: str, expected: tuple[int, int]
) -> None:
    """Hostages killed are never their captors killed: the two add. "It lost three fighters"
    is the side's own dead whoever its fighters killed."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Coded event: Government of Myanmar vs. KIA. Airstrike on a village in Waingmaw "
            "township. deaths_a: 0; deaths_b: 4; deaths_civilians: 16; low_est: 20; best_est: 27; "
            "high_est: 35.",
            (20, 0),
        ),
        (
            "Event 2025-ML-044 | Boulkessi | Government of Mali - JNIM | best: 16 | low: 12 | "
            "high: 60 | Source: army statement",
            (12, 0),
        ),
        ("Profits hit a new low: 5 percent below the forecast, the bank said.", (0, 0)),
    ],
)
def test_estimate_fields_in_lower_case_and_in_a_record(
    text: str, expected: tuple[int, int]
) -> None:
    """A coded event's estimates written as a data record's fields ("low_est: 20", "| best:
    16 | low: 12 |") count by the low one, as "Low estimate: 20." does."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "One of the 16 people wounded in Sunday's bombing of the market in Dikwa died in "
            "hospital on Tuesday, bringing the death toll to 13, officials said.",
            (13, 15),
        ),
        (
            "Of the 16 people wounded in Sunday's bombing, one died in hospital on Tuesday, "
            "bringing the death toll to 13.",
            (13, 15),
        ),
        (
            "Two of the five people injured in the shelling of Kherson have died in hospital, "
            "the governor said.",
            (2, 3),
        ),
        ("A police officer wounded in last week's ambush died on Monday.", (1, 0)),
    ],
)
def test_the_wounded_told_as_the_whole_of_those_who_died(
    text: str, expected: tuple[int, int]
) -> None:
    """ "One of the 16 people wounded ... died": the 16 are a count of the wounded, which the
    one who died leaves; a toll raised in the same sentence is the dead's, never a part of the
    wounded."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Al-Shabaab claims it killed 'dozens' of Ugandan troops in attack on AU base - no "
            'confirmation from the mission, which said it had "repulsed an attack" without '
            "casualties among its forces.",
            (0, 0),
        ),
        (
            "The army said it repulsed the raid and suffered no losses among its troops. The "
            "rebels said they killed 40 soldiers.",
            (0, 0),
        ),
        (
            "Troops killed 12 militants without any casualties among their own forces, the army "
            "said.",
            (12, 0),
        ),
    ],
)
def test_a_side_that_says_it_lost_no_one_in_an_aside(text: str, expected: tuple[int, int]) -> None:
    """ "without casualties among its forces": the side's word that it lost no one sets aside
    another party's claim of its dead, never the side's own count of its enemy's."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Translated from Arabic: The martyrs of the strike on the Saleh family home in "
            "Jabalia: Khaled Saleh (61), his wife Mona (55), their son Rami (20) and his "
            "grandson Adam (4). Several injured were taken to Al-Awda Hospital.",
            (4, 3),
        ),
        (
            "The bodies of Jhon Fredy Ortiz, 27, and Wilmer Casas, 35, members of a farmers' "
            "association, were found with gunshot wounds near Tame on Monday.",
            (2, 0),
        ),
        (
            "The bodies of Bala Sani, a trader, and Musa Idris, 40, a herder, were found near "
            "Zurmi after the bandit raid.",
            (2, 0),
        ),
    ],
)
def test_lists_of_the_martyrs_and_of_named_bodies(text: str, expected: tuple[int, int]) -> None:
    """A list after "The martyrs of ...:" (a translator's lead before it) counts its members;
    so do the names after "The bodies of", whose ages and appositions ("a trader") are none."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The vigorous riposte of our forces allowed the neutralisation of dozens of "
            "terrorists. Unfortunately, four of our men fell in the field of honour and six were "
            "wounded.",
            (16, 6),
        ),
        (
            "In the ensuing exchange of fire, twenty-three terrorists were sent to hell. Eighteen "
            "brave sons of soil, having fought gallantly, embraced shahadat.",
            (41, 0),
        ),
        (
            "The tactical team engaged the hoodlums in a gun duel, neutralising six of them. "
            "Regrettably, one Inspector paid the supreme price.",
            (7, 0),
        ),
        ("The minister called for the elimination of terrorists in the region.", (0, 0)),
    ],
)
def test_a_communiques_own_dead_beside_the_enemy_it_killed(
    text: str, expected: tuple[int, int]
) -> None:
    """A force's own dead as its communiqués write them ("four of our men", "brave sons of
    soil", "one Inspector") are of its side, never a lower account of the enemy it killed
    ("the neutralisation of dozens of terrorists", "hoodlums")."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tanker explosion in Jigawa kills 150", (0, 0)),
        (
            "Armed robbers ambushed a cash-in-transit van near Polokwane, killing three security "
            "guards, police said.",
            (0, 0),
        ),
        ("Bandits ambushed a convoy near Gusau, killing 12 soldiers.", (12, 0)),
    ],
)
def test_a_tanker_blast_and_a_robbers_ambush_are_no_war(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "OCHA Flash Update No. 2. The attack on the villages of Tamalat and Insinaguen on "
            "Saturday killed at least 35 civilians and injured 12, according to "
            "local authorities. The toll of 20 dead reported in Flash Update No. 1 has been "
            "revised upward.",
            (35, 12),
        ),
        (
            "Police drones struck gang positions in Cite Soleil, killing at least eight gang "
            "members, according to the National Human Rights Defense Network (RNDDH). Police "
            "sources told AFP the toll was 12.",
            (8, 0),
        ),
        (
            "The army said troops killed two rebels in a clash in Kabankalan. In a statement, "
            "the rebels' regional command acknowledged the loss of one fighter.",
            (1, 0),
        ),
    ],
)
def test_an_older_toll_told_after_the_newer_and_accounts_of_named_bodies(
    text: str, expected: tuple[int, int]
) -> None:
    """A toll that "has been revised upward" is the older count of the dead told before it
    ("No. 1" ends no sentence); an outlet named with its acronym in brackets is a source of
    its own; "the loss of one fighter" is a side's own dead."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A member of the local peace committee, Malik Gul Rahman, and his nephew were shot "
            "dead by unidentified gunmen in Tirah on Thursday.",
            (2, 0),
        ),
        (
            "Separatist fighters killed the chief of Owe village in Muyuka, Chief Ekane Mbua, "
            "and his two sons on Sunday, family members said.",
            (3, 0),
        ),
        ("Eleven members of the security forces and 18 attackers were killed.", (29, 0)),
    ],
)
def test_kin_after_a_victim_named_in_apposition(text: str, expected: tuple[int, int]) -> None:
    """ "A member of the committee, <name>, and his nephew": the name in apposition and where
    the first victim is from do not break the list."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Security round-up. BORNO: ISWAP fighters attacked a base in Marte, killing five "
            "soldiers; troops said 14 insurgents were killed in the counter-attack. BENUE: "
            "Suspected herders killed nine farmers in Yelwata, police said.",
            (28, 0),
        ),
        (
            "The military said all 33 attackers who hijacked the train had been killed. It said "
            "26 hostages, including 18 soldiers, were killed by the militants.",
            (59, 0),
        ),
        (
            "The Ministry of Health said 62 martyrs and 251 injured arrived at the hospitals "
            "during the past 24 hours, bringing the toll since 7 October to 50,021 martyrs.",
            (62, 251),
        ),
        (
            "Shelling on the border district resulted in the injury of five migrants and one "
            "citizen.",
            (0, 6),
        ),
        (
            "Bandits killed seven people in the village. A resident said three people who were "
            "shot during the attack are receiving treatment at the general hospital.",
            (7, 3),
        ),
    ],
)
def test_briefs_hostages_of_militants_and_the_wounded_of_a_day(
    text: str, expected: tuple[int, int]
) -> None:
    """A brief's lines under two heads are two incidents, no part of each other; hostages
    "killed by the militants" are an incident's dead, not a captivity's; the wounded of a day
    told with its dead stand beside the war's toll; "the injury of five migrants and one
    citizen" is six; the wounded "who were shot" and "are receiving treatment" are hurt."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Clashes near the Tishreen Dam: the Syrian Democratic Forces said eight of its "
            'fighters were killed and claimed to have killed 32 "mercenaries". The SNA '
            "acknowledged 15 dead among its ranks.",
            (23, 0),
        ),
        (
            "Tuareg-led rebels said they had killed 84 Wagner mercenaries and 47 Malian "
            "soldiers near Tinzaouaten. The rebel alliance said seven of its own fighters died.",
            (138, 0),
        ),
    ],
)
def test_each_sides_own_dead_told_by_name_acronym_or_ranks(
    text: str, expected: tuple[int, int]
) -> None:
    """A side's own dead are its own whether its name is spelled out or shortened ("SDF" of
    the Syrian Democratic Forces) and when told as "dead among its ranks"; its claim of the
    other side's "mercenaries" yields to that side's own count."""
    assert totals(text) == expected


def test_members_of_a_named_front_are_fighters() -> None:
    assert (
        classify_victims(["members", "of", "the", "National", "Resistance", "Front"]) == "fighters"
    )
    assert classify_victims(["members", "of", "the", "National", "Assembly"]) == "people"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two Chinese nationals were killed and a third injured when a suicide bomber rammed "
            "their convoy near the airport, the embassy said. The bomber was among three people "
            "killed, the provincial home minister said.",
            (3, 1),
        ),
        (
            "A suicide bomber blew himself up at a checkpoint in Bannu. Five people were killed "
            "including the bomber, police said. Four soldiers died, the army said.",
            (5, 0),
        ),
        (
            "Gunmen killed two farmers in Kaduna, police said. Residents said three people were "
            "killed.",
            (2, 0),
        ),
    ],
)
def test_the_victims_beside_a_toll_that_has_the_bomber_in_it(
    text: str, expected: tuple[int, int]
) -> None:
    """One source's victims and the bomber are another's toll "including the bomber" (or "the
    bomber was among three people killed"): that toll stands, no lower account of it; two
    counts of the same dead with no bomber in them stay two accounts."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The martyrs of the strike on the Abu Hassan family home in Jabalia camp:\n"
            "Mahmoud Abu Hassan\nSamar Abu Hassan, 40\nYoussef Abu Hassan (12)\nLina al-Hassan",
            (4, 0),
        ),
        (
            "A mortar shell hit the market in Douma, killing two people, the health directorate "
            "said.\nThose admitted to the surgical hospital with shrapnel wounds were:\n"
            "- Ahmed Khalil, 45\n- Omar Khalil, 12\n- Fatima Nour, 30",
            (2, 3),
        ),
        (
            "From a Civil Defence list, strike on a house in al-Zawaida: killed - Ibrahim "
            "Shalouf, 63; his sons Mohammed, 30, and Rami, 27; and his grandson Karim, 3.",
            (4, 0),
        ),
        ("Killed in the raid:\nTwo soldiers were wounded", (0, 2)),
    ],
)
def test_lists_one_name_a_line_and_lists_of_the_wounded(
    text: str, expected: tuple[int, int]
) -> None:
    """Names one a line under the line that opens a list count as its members (a line that is
    no name is a sentence of its own); a list of the wounded counts the wounded; "killed - "
    opens a list too."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The RSF said it had killed 40 army soldiers and allied mercenaries in the battle "
            "for Babanusa. The Sudanese army said it counted 15 dead among its ranks and that it "
            "had killed 60 RSF fighters.",
            (75, 0),
        ),
        (
            "Police said two passers-by were killed when a suicide bomber blew himself up near "
            "a checkpoint in Quetta. Hospital officials later said the bomber was among three "
            "people killed, and that nine people were being treated for injuries.",
            (3, 9),
        ),
        (
            "A fighter jet bombed a school, killing 17 students aged between 7 and 15 and two "
            "teachers, local sources said.",
            (19, 0),
        ),
        (
            "Seven people were killed and 16 wounded when two gunmen opened fire at a station, "
            "medics said. Police said one terrorist was shot dead at the scene.",
            (8, 16),
        ),
        (
            "An airstrike killed a man, his wife and their three children, the civil defence "
            "said. Neighbours said a fourth child was pulled from the rubble injured.",
            (5, 1),
        ),
    ],
)
def test_own_ranks_bombers_ages_and_the_rubble(text: str, expected: tuple[int, int]) -> None:
    """A state's "dead among its ranks" are its soldiers, which its enemy's claim of them
    yields to; a bomber told beside his victims is in a toll "the bomber was among"; ages
    after a group ("aged between 7 and 15") end no list; an attacker "shot dead at the scene"
    is no part of his victims; "pulled from the rubble injured" is hurt."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police in Medellin said a 22-year-old man was killed during an attempt to rob his "
            "mobile phone.",
            (0, 0),
        ),
        (
            "A robbery at a convenience store ended in a shootout that left the assailant and a "
            "clerk dead, police said.",
            (0, 0),
        ),
        (
            "JNIM fighters killed 14 soldiers near Fada N'Gourma. Year to date, more than 4,200 "
            "fatalities have been recorded in the central Sahel.",
            (14, 0),
        ),
        (
            "In the last three months, troops neutralised 2,351 terrorists and arrested 2,308 "
            "suspects, the defence spokesman said.",
            (0, 0),
        ),
        (
            "Witnesses said at least 150 people were killed when drones attacked families on "
            "the river bank. MSF said its teams treated 39 people with wounds from the attack.",
            (150, 39),
        ),
        (
            "The city's military administration head named the victims of Friday's missile "
            "strike: Iryna Polishchuk, 54; her daughter Kateryna, 27; Mykola Didenko, 68; and a "
            "nine-year-old boy. Thirteen people were hospitalised.",
            (4, 13),
        ),
        (
            "Week in review: On Monday, militiamen attacked a displacement site at Lala, killing "
            "nine. On Wednesday, the army and allied fighters clashed in Rutshuru; two soldiers "
            "died. On Friday, rebels killed six civilians in Lubero.",
            (17, 0),
        ),
        (
            "In a major success, 29 Maoists including senior cadre Shankar Rao were killed in an "
            "encounter in Kanker, the IG said. Three jawans were injured.",
            (29, 3),
        ),
        (
            "The death toll from coordinated attacks on 17 villages in Bokkos on Saturday night "
            "has risen to 160, the council chairman said; the army put the figure at 113.",
            (113, 0),
        ),
        (
            "Own troops engaged the infiltrating khwarij and, after an intense fire exchange, "
            "all six were sent to hell, while two soldiers sustained injuries.",
            (6, 2),
        ),
        (
            "Manipur round-up: In Jiribam, two villagers were shot dead by armed miscreants. "
            "Separately, police said a road accident in Senapati claimed two lives.",
            (2, 0),
        ),
    ],
)
def test_round_ups_lists_and_the_causes_of_a_day(text: str, expected: tuple[int, int]) -> None:
    """Robberies (an "attempt to rob", a shootout with the assailant) are crime; a toll "year to
    date" or "in the last three months" is context; "treated 39 people with wounds" is hurt; a
    list of the named victims after a colon holds together across its semicolons; days of a
    round-up are incidents of their own; a named cadre inside a subject is its part; places
    counted in a toll's incident are no toll ("attacks on 17 villages"); "put the figure at"
    is another account; "a fire exchange" is no fire; another incident's accident count is
    no repeat of the headline's dead."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The toll from Sunday's IED blast at a fish market in Konduga has risen to eight "
            "after two of the five people injured died at the teaching hospital.",
            (8, 3),
        ),
        (
            "Two terrorists opened fire on a police mobile. ASI Gul Zaman embraced martyrdom "
            "while Constable Imran Khan was injured. In retaliatory fire, police killed one "
            "terrorist.",
            (2, 1),
        ),
        (
            "Settlers attacked the village; a 27-year-old Palestinian-American, Omar Qatin, was "
            "shot dead and 12 others were injured, the health ministry said.",
            (1, 12),
        ),
        (
            "The health minister said nine people were killed and about 2,800 wounded when "
            "pagers exploded across the country. On Wednesday he revised the figures to 12 dead, "
            "including two children, and 2,750 wounded, about 300 of them in critical condition.",
            (12, 2750),
        ),
        (
            "MDA said seven people were killed. Police said one of the attackers was shot dead "
            "and the other seriously wounded and taken into custody.",
            (8, 1),
        ),
        (
            "Insurgents killed four civilians in Macomia on Monday and a Local Force member in "
            "Chiure on Wednesday.",
            (5, 0),
        ),
    ],
)
def test_wounded_who_died_titles_and_revised_figures(text: str, expected: tuple[int, int]) -> None:
    """A toll risen "after two of the five people injured died" leaves three wounded; police
    ranks ("ASI", "Constable") are titles, and "while" opens another clause; a hyphenated
    nationality is a person; figures "revised" replace the older ones of their kind; "the
    other seriously wounded" is one hurt; a mate after a place and a day is one more dead."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Five people were killed in separate incidents in Jiribam district on Saturday. A "
            "63-year-old man was shot dead in his sleep by suspected militants; later, in an "
            "exchange of fire between armed groups in the hills, four armed men were killed, "
            "police said.",
            (5, 0),
        ),
        (
            "The civil defence said 22 people, including 13 children, were killed when a strike "
            "hit a school sheltering displaced families. Earlier in the day, a strike on a tent "
            "in Khan Younis killed a mother and her two sons.",
            (25, 0),
        ),
        (
            "A shell killed five people and wounded 11 in the market. Later in the day he said "
            "two of the wounded had died, raising the toll to seven.",
            (7, 9),
        ),
        (
            "Russian forces shelled Kherson city in the morning, killing a 67-year-old man and "
            "wounding three other residents, the governor said. Over the previous 24 hours, "
            "before the morning attack, Russian shelling of 33 settlements killed two people and "
            "injured 16, he added.",
            (3, 19),
        ),
    ],
)
def test_a_sum_told_incident_by_incident_and_another_strike_earlier_in_the_day(
    text: str, expected: tuple[int, int]
) -> None:
    """A sum "in separate incidents" told first, then its incidents adding up to it, is their
    whole; "Earlier in the day, a strike ..." is another incident, but "Later in the day he
    said" updates the toll."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Al-Shabaab claims it killed 47 Ugandan soldiers in dawn attack on base - the AU "
            "mission confirmed an attack but released no casualty figures, and Uganda's army "
            "spokesman called the claim 'pure propaganda'.",
            (0, 0),
        ),
        (
            "The party said in a statement that its fighters killed eight soldiers in an ambush "
            "in Las Navas. The 8th Infantry Division said one soldier was wounded and none was "
            "killed, and called the NPA claim 'fake news'.",
            (0, 1),
        ),
        (
            "The state broadcaster said 32 of the attackers were neutralised and two police "
            "officers lost their lives. A Fano spokesman, reached by phone, said four of its "
            "fighters had died.",
            (6, 0),
        ),
        (
            "Russia's defence ministry said Ukrainian forces had lost up to 1,350 servicemen "
            "over the past day in all directions.",
            (0, 0),
        ),
        (
            "Ukraine's General Staff said Russia had lost 1,230 troops, 12 tanks and 41 "
            "artillery systems over the past day.",
            (0, 0),
        ),
        ("The army said it lost 12 soldiers and two tanks in the ambush.", (12, 0)),
    ],
)
def test_claims_called_false_a_sides_own_count_and_a_days_losses(
    text: str, expected: tuple[int, int]
) -> None:
    """A claim its target calls "pure propaganda" or "fake news" is set aside; an armed group's
    own count of its dead stands against another's count of them; a side's daily count of
    the enemy's "losses" in the hundreds is the dead and wounded together, no death toll."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An offensive in the Sourou area made it possible to neutralise about fifty "
            "terrorists. Unfortunately, two VDP fell with arms in hand.",
            (52, 0),
        ),
        (
            "Gunmen attacked churches and a police post, killing 15 police officers, the "
            "region's head said. Five attackers were 'liquidated'.",
            (20, 0),
        ),
        (
            "Burundian troops lost at least 8 soldiers in clashes near Kamanyola, a military "
            "source said. Nine others were evacuated wounded to Bujumbura.",
            (8, 9),
        ),
        (
            "Puntland forces say they killed 12 militants in the mountains in fighting that "
            "began on Tuesday and continued into Wednesday. Three soldiers were killed.",
            (15, 0),
        ),
        (
            "A roadside bomb hit a vehicle near Tarmiyah, killing an officer and wounding two "
            "fighters. Days earlier, the area saw an attack that killed five members.",
            (1, 2),
        ),
        (
            "Clashes near the dam killed 11 SNA fighters and four SDF fighters, the Observatory "
            "said. The SDF said drones also struck a civilian convoy, killing two and injuring "
            "nine.",
            (17, 9),
        ),
    ],
)
def test_idioms_of_communiques_and_other_strikes(text: str, expected: tuple[int, int]) -> None:
    """ "fell with arms in hand", "liquidated", "evacuated wounded"; a toll of fighting "that
    began on Tuesday" is a battle's; "Days earlier" recalls a past attack; a drone that "also
    struck" another target killed more people."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An IED struck an army vehicle in Afgooye, killing the commander of the 14th October "
            "Brigade, Col. Abdi Hassan, and two of his bodyguards. Four soldiers were injured.",
            (3, 4),
        ),
        (
            "PESHAWAR: ASI Gul Khan embraced martyrdom and Constable Rehmatullah was injured when "
            "militants opened fire on a police checkpost, a police spokesman said.",
            (1, 1),
        ),
        (
            "Police engaged the hoodlums, neutralising four of them. Regrettably, two members of "
            "the community lost their lives, while one police officer sustained a gunshot wound.",
            (6, 1),
        ),
        (
            "CUCUTA, Colombia - The governor of Norte de Santander said on Sunday that at least "
            "80 people had been killed since Thursday in fighting in the Catatumbo region. On "
            "Tuesday the Ombudsman's Office said it had been able to confirm 41 deaths in the "
            "same fighting.",
            (41, 0),
        ),
    ],
)
def test_named_officers_community_members_and_colombian_places(
    text: str, expected: tuple[int, int]
) -> None:
    """A rank with a full stop in a name in apposition ("Col. Abdi Hassan") keeps the list; a
    titled officer after "and" is a subject of his own; "members of the community" are
    civilians, no account of the attackers killed; "Norte de Santander" is Colombia's, so two
    accounts of one fight are weighed against each other."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shelling of Sviatohirsk village: killed - Mykola Petrenko, 63; his sons Andriy, 38, "
            "and Serhiy, 35. Wounded - his wife Halyna, 60.",
            (3, 1),
        ),
        (
            "Police named those killed in Friday night's attack on Kautikari village: Musa "
            "Bello, 40; Sani Abdullahi, 35; Aliyu Garba, 52; and Haruna Idris, 28.",
            (4, 0),
        ),
        (
            "The death toll from the attack on Barsalogho has risen to 160, local sources said "
            "on Monday. The army put the figure at 113.",
            (113, 0),
        ),
        (
            "Terrorists attacked a police checkpost in Bannu. DSP Saddar Inspector Khalid "
            "Mehmood said Constable Arif Ali embraced martyrdom in the attack, while two "
            "passers-by were injured.",
            (1, 2),
        ),
    ],
)
def test_dashed_lists_named_lists_and_a_second_account_after_a_rise(
    text: str, expected: tuple[int, int]
) -> None:
    """ "Wounded - his wife Halyna, 60" lists the wounded; "Police named those killed ...:"
    lists the dead; another source that "put the figure at 113" after a toll "risen to 160" is
    the lower account; a titled officer after "said" is the subject."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ITURI DAILY - In Djugu territory, CODECO militiamen attacked a displacement site "
            "overnight, killing 18 people; the FARDC said two of the attackers were killed. In "
            "Irumu territory, ADF rebels killed six farmers near Komanda.",
            (26, 0),
        ),
        (
            "Weekly review. Key incidents: In Bannu on Tuesday, militants attacked a supply depot, "
            "killing eight soldiers; all ten attackers were killed and 14 civilians were injured. "
            "In Kech, a grenade attack on a market injured six people. Across the second quarter, "
            "militant violence killed 380 people nationwide.",
            (18, 20),
        ),
        (
            "Gang members attacked the town overnight, killing at least 10 people, a rights group "
            "said. Police said three gang members were killed when officers counterattacked.",
            (13, 0),
        ),
        (
            "SOHR: Today, four members of the regime forces were killed and two others injured in "
            "an attack by ISIS cells near Sukhnah. Also, a drone strike on a vehicle near Qamishli "
            "killed two SDF fighters.",
            (6, 2),
        ),
        (
            "A missile strike on Odesa killed 14 people and wounded 46, the governor said. "
            "Earlier in the day he had put the toll at eight dead.",
            (14, 46),
        ),
        (
            "Ten militants were killed in an encounter, police said. Police said two civilians "
            "were later found dead, and six people, including three women and three children, "
            "were missing.",
            (12, 0),
        ),
        (
            "SANA said an Israeli strike on a building in Damascus killed two civilians and "
            "wounded four. In addition to the two civilians, the Guards said five of its military "
            "advisers were killed in the same building.",
            (7, 4),
        ),
    ],
)
def test_round_ups_led_by_places_and_what_adds(text: str, expected: tuple[int, int]) -> None:
    """A round-up's sentences led by two places ("In Djugu territory, ... In Irumu territory,")
    are two places' dead; a quarter's toll is context; attackers killed when officers
    "counterattacked" add; "regime forces" are soldiers; "Earlier in the day he had put the
    toll at" is history; parts of the missing are no dead; "In addition to the two civilians"
    adds."""
    assert totals(text) == expected


def test_some_of_the_wounded_told_by_their_wounds() -> None:
    """ "Fifteen people were injured, several with machete wounds": the several are of the
    fifteen."""
    text = (
        "Suspected ADF combatants attacked two villages, killing at least 42 civilians. Fifteen "
        "people were injured, several with machete wounds."
    )
    assert totals(text) == (42, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Donetsk region, Russian attacks killed six civilians over the past 24 hours, the "
            "regional governor said. In Kostiantynivka, four people died when a glide bomb struck "
            "the central market.",
            (6, 0),
        ),
        (
            "Casualty list released by the hospital after a strike on Nuseirat camp:\nKilled:\n"
            "Mahmoud Abu Salem\nYousef Al-Najjar\nWounded:\nHala Shaheen\nOmar Qudra\nRami Saad",
            (2, 3),
        ),
        (
            "A roadside bomb struck a patrol in Diyala province, killing three police officers, "
            "officials said. In addition to the three police officers, two military advisers "
            "accompanying them were killed in the blast.",
            (5, 0),
        ),
    ],
)
def test_a_region_and_a_town_bare_list_heads_and_those_accompanying(
    text: str, expected: tuple[int, int]
) -> None:
    """A sentence led by a region and one led by a town that may lie in it are not two places'
    dead; bare "Killed:" and "Wounded:" heads over names one a line list the dead and the
    wounded; "accompanying them" is who the dead were, not the end of the subject."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police: Two policemen, Constable Shah Faisal and Constable Imranullah, embraced "
            "martyrdom and another, Constable Wajid Ali, was injured when terrorists attacked "
            "Sheikh Sultan checkpost.",
            (2, 1),
        ),
        (
            "The Houthi militia attacked army positions, the army said, adding that its heroes "
            "killed 17 militiamen. Five soldiers were martyred and eight wounded. The Houthi-run "
            "agency said its forces had killed 'dozens of mercenaries'.",
            (22, 8),
        ),
    ],
)
def test_another_named_in_apposition_and_a_claim_of_mercenaries(
    text: str, expected: tuple[int, int]
) -> None:
    """ "and another, Constable Wajid Ali, was injured" is one hurt (the name in apposition is
    his alone); a party that "said its forces had killed 'dozens of mercenaries'" claims the
    soldiers the army counts itself (five), set aside."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police units neutralised six bandits of the gang. One police officer was hit by a "
            "bullet in the leg and is receiving care.",
            (6, 1),
        ),
        (
            "Two CoBRA commandos of the 202 battalion were injured when they stepped on a "
            "pressure IED planted by Maoists, police said.",
            (0, 2),
        ),
        (
            "On Monday, militants killed two policemen in Lakki Marwat. The year 2024 was the "
            "deadliest in a decade, with more than 1,600 people killed in militant violence.",
            (2, 0),
        ),
        (
            "Gunmen killed 20 civilians at a market in Fambita, the government said. Local "
            "residents and a humanitarian source told AFP the toll was 44.",
            (20, 0),
        ),
        (
            "Bandits stormed the village, killing nine people, residents said. Police confirmed "
            "the attack but gave the death toll as six.",
            (6, 0),
        ),
    ],
)
def test_a_bullet_a_numbered_battalion_a_years_toll_and_other_accounts(
    text: str, expected: tuple[int, int]
) -> None:
    """ "hit by a bullet in the leg" is hurt; "of the 202 battalion" ends no subject; "The year
    2024 ... with more than 1,600 killed" is context; another source that "told AFP the toll was
    44" or "gave the death toll as six" gives another account of the same dead."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police confirmed five deaths in the attack on the community, but community leaders "
            "insisted seven people were killed.",
            (5, 0),
        ),
        (
            "JENIN - The health ministry named the dead from Tuesday's air strike on a car in "
            "Tammun as Adam Bisharat, 8; Reda Bisharat, 8; and Hamza Bisharat, 10. A fourth "
            "occupant of the car, their uncle, was seriously wounded.",
            (3, 1),
        ),
        (
            'NIAMEY - Niger\'s defence ministry said "eleven of our soldiers fell" in an ambush '
            "near Tahoua. Islamic State Sahel Province claimed the attack, saying its fighters "
            'had killed "dozens" of soldiers.',
            (11, 0),
        ),
        ("Prices fell sharply as three soldiers fell ill.", (0, 0)),
    ],
)
def test_insisted_named_as_and_soldiers_who_fell(text: str, expected: tuple[int, int]) -> None:
    """Leaders who "insisted" seven died give another account; the dead "named ... as" names
    with ages parted by semicolons are a list; soldiers who "fell" in an ambush died (not
    those who fell ill)."""
    assert totals(text) == expected


def test_bodies_the_attackers_left_behind() -> None:
    """ "The assailants ... left nine bodies behind": the attackers' own dead, never the
    defenders' five told before them."""
    text = (
        "Volunteers for the Defence of the Homeland fell in the field of honour during an "
        "attack on Saturday. Five VDP lost their lives and three others were wounded. The "
        "assailants, about a hundred on motorbikes, left nine bodies behind."
    )
    assert totals(text) == (14, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen attacked a police checkpoint on the highway, killing the officers on duty. "
            "The dead were identified as Sgt. John Okoro, Cpl. Musa Bello and Pte. Danjuma Ali, "
            "a police spokesman said.",
            (3, 0),
        ),
        (
            "Thursday's attack on the police compound was the deadliest this year, killing 31 "
            "people and wounding 50, officials said.",
            (31, 50),
        ),
    ],
)
def test_ranks_in_a_named_list_and_the_deadliest_this_year(
    text: str, expected: tuple[int, int]
) -> None:
    """A rank's full stop ends no list ("Sgt. John Okoro, Cpl. Musa Bello and Pte. Danjuma
    Ali" are three); "the deadliest this year" compares, it is no year's toll."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pakistani shelling across the Line of Control killed 12 civilians and injured 57 in "
            "Poonch district, the Indian army said. Pakistan's military spokesman said Indian "
            "missile strikes on six locations had killed 26 civilians and injured 46.",
            (38, 103),
        ),
        (
            "JAMMU - Pakistani shelling in Poonch killed 12 civilians and injured 57, officials "
            "said. Pakistan's ISPR said Indian strikes overnight killed 31 civilians and wounded "
            "57.",
            (43, 114),
        ),
        (
            "Israeli strikes killed 20 people in Khan Younis, the health ministry said. The "
            "civil defence said 18 were killed in the Israeli strikes.",
            (18, 0),
        ),
    ],
)
def test_the_dead_of_two_sides_fire(text: str, expected: tuple[int, int]) -> None:
    """Dead whose sentences name two countries' fire as their cause ("Pakistani shelling ...",
    "Indian missile strikes ...") are two sides' dead, never two accounts or a repeat of one
    count; two counts of one side's strikes stay two accounts."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A drone struck a car in Shebekino, killing the driver and wounding his wife and "
            "11-year-old son, the governor said.",
            (1, 2),
        ),
        ("Shelling killed a woman and wounded her husband and son.", (1, 2)),
    ],
)
def test_a_possessive_shared_by_kin(text: str, expected: tuple[int, int]) -> None:
    """ "his wife and 11-year-old son": the possessive before the first kin member is the
    second's too."""
    assert totals(text) == expected


def test_the_attacker_named_in_apposition() -> None:
    """ "the assailant, a resident of Nablus, was shot dead": the attacker, no victim, so one
    more dead beside the man he killed."""
    text = (
        "Magen David Adom: a 40-year-old man was killed and two people were lightly injured in a "
        "stabbing attack at a bus stop in Holon. Police said the assailant, a resident of "
        "Nablus, was shot dead by an armed civilian."
    )
    assert totals(text) == (2, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three jawans of the CRPF's 150th battalion - Head Constable Ramesh Kumar, Constable "
            "Anil Singh and Constable Bipin Das - were killed when Maoists triggered an IED in "
            "Bijapur on Tuesday.",
            (3, 0),
        ),
        ("Three soldiers of the Army's 5th Brigade were killed in an ambush near Kupwara.", (3, 0)),
    ],
)
def test_a_unit_of_a_named_force_inside_a_subject(text: str, expected: tuple[int, int]) -> None:
    """ "of the CRPF's 150th battalion": a force's numbered unit stays inside the subject, and
    a list set off by two dashes after it is no headline's dash."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Staff Sgt. Yonatan Cohen, 20, from Haifa, and Sgt. Eitan Levi, 21, from Modiin, were "
            "killed in southern Gaza on Tuesday, the military said.",
            (2, 0),
        ),
        ("Yonatan Cohen, 20, from Haifa, was killed in southern Gaza on Tuesday.", (1, 0)),
        (
            "The IDF announced on Monday that Staff Sgt. Yosef Levi, 20, from Haifa, and Sgt. "
            "Amit Cohen, 21, from Modiin, were killed in combat in the northern Gaza Strip.",
            (2, 0),
        ),
        ("Ahmed Saleh, 34, of Jenin, and Omar Nasser, 19, of Tubas, were killed.", (2, 0)),
        (
            "Hezbollah said on Saturday that two of its fighters, Ali Hassan Fawaz, 32, and "
            "Hussein Mahdi, 27, were killed.",
            (2, 0),
        ),
    ],
)
def test_named_dead_with_age_and_home_town(text: str, expected: tuple[int, int]) -> None:
    """ "A, 20, from Haifa, and B, 21, from Modiin, were killed": a home town after an age
    belongs to the name (and, with the weekday, is no sign of a title-case sentence); names
    after "two of its fighters," are that count's, not two more."""
    assert totals(text) == expected


def test_a_statement_day_dates_no_incident() -> None:
    """ "Hezbollah said on Saturday that two of its fighters ... were killed" and the army's
    strike "on Friday" that killed two of its operatives are one incident: the day a statement
    was made before "that" is not the day of the deaths it tells."""
    text = (
        "Hezbollah mourns two fighters - Hezbollah said on Saturday that two of its fighters, "
        "Ali Hassan Fawaz, 32, from Nabatieh, and Hussein Mahdi, 27, from Khiam, were killed. "
        "The Israeli military said it had killed two Hezbollah operatives in a strike in the "
        "Khiam area on Friday."
    )
    assert totals(text) == (2, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "JNIM claimed on its channels to have killed more than 100 soldiers and taken the "
            "base.",
            (0, 0),
        ),
        (
            "Fano militia forces attacked the ENDF camp near Debre Markos overnight and claimed "
            'to have killed "hundreds" of soldiers; the federal army did not comment. Residents '
            "said at least seven civilians died in the crossfire and 13 wounded people were taken "
            "to hospital.",
            (7, 13),
        ),
        (
            'The National Resistance Front said its fighters killed "more than 20 Taliban" in an '
            "ambush in Panjshir's Dara district on Tuesday.",
            (0, 0),
        ),
        ("NRF claimed 4 Taliban killed, 3 wounded. No Taliban comment.", (0, 0)),
        (
            "KABUL — The anti-Taliban National Resistance Front said on X that its fighters had "
            "killed 12 Taliban in an attack on a checkpoint in Panjshir's Dara district.",
            (0, 0),
        ),
        (
            "The Yaw Defence Force said its fighters ambushed a junta column in Gangaw township "
            "on Wednesday and claimed that 'more than 30 soldiers' were killed. Two of its own "
            "fighters were killed in the fighting, the group said.",
            (2, 0),
        ),
        # a force's own losses after its claim are its own dead
        (
            "BOSASO - The Puntland Defence Forces said on Saturday they had killed 12 Daesh "
            "militants in the Cal Miskaad mountains, losing two of their own soldiers.",
            (14, 0),
        ),
        (
            "BAMAKO, Mali (Reuters) - The al Qaeda-linked group JNIM said on Tuesday it had "
            "killed more than 80 Malian soldiers and wounded dozens in an assault on a military "
            "camp near Boulkessi. The army did not comment.",
            (0, 0),
        ),
        (
            "MOGADISHU - Al-Shabaab said in a radio broadcast that its fighters had overrun a "
            "Somali army base in Middle Shabelle and killed 60 soldiers.",
            (0, 0),
        ),
        (
            "The Taliban's defence ministry said three of its fighters were killed in clashes "
            "with the National Resistance Front in Panjshir on Saturday. The NRF, for its part, "
            "said its fighters had killed 'more than 20 Taliban' in the fighting.",
            (3, 0),
        ),
        # another voice between the claim and the count: the army's own dead count
        (
            "On the same day JNIM fighters attacked the army camp at Dioura; the group claimed to "
            "have killed tens of soldiers, while the army acknowledged four soldiers killed and "
            "12 wounded.",
            (4, 12),
        ),
        (
            "The Yinmabin District PDF said it ambushed a junta column near Ohn Taw village on "
            "Sunday and killed 17 soldiers. The PDF said two of its comrades 'sacrificed their "
            "lives for the revolution' and three were wounded.",
            (2, 3),
        ),
        # told as fact, the deed's dead count; a state's count of the enemy it killed counts
        ("JNIM claimed an attack in which 17 soldiers were killed.", (17, 0)),
        ("The army said its troops killed 30 JNIM fighters near Boni on Monday.", (30, 0)),
        # beside the army's own count, the lower account stands
        (
            "The military reported 6 soldiers killed in the ambush; the BLA claimed 30 soldiers "
            "killed.",
            (6, 0),
        ),
    ],
)
def test_an_armed_groups_unconfirmed_claim(text: str, expected: tuple[int, int]) -> None:
    """An armed group's claim of the state forces it killed that nothing else in the text
    counts is unconfirmed: told, not counted; so are the wounded of that claim."""
    assert totals(text) == expected


def test_an_unconfirmed_claim_is_marked_so() -> None:
    """The claim is marked `unconfirmed`, not `disagrees` (there is no other account)."""
    ex = extract("JNIM claimed on its channels to have killed more than 100 soldiers.")
    assert [(f.count, f.set_aside) for f in ex.figures] == [(100, "unconfirmed")]


def test_a_source_after_an_editors_note_in_brackets() -> None:
    """ "[Translated from Somali] Eyewitnesses in Beledweyne say ... killing at least 13": the
    eyewitnesses are the source, so the administration's lower count of the same dead stands."""
    text = (
        "[Translated from Somali] Eyewitnesses in Beledweyne say a suicide car bomb exploded at a "
        "checkpoint on Saturday morning, killing at least 13 people. The regional administration "
        "put the number of dead at 11, not counting the attacker, and said 20 people were wounded."
    )
    assert totals(text) == (12, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iraq executed 13 men convicted under the anti-terrorism law at the Nasiriyah central "
            "prison on Monday, a security source said.",
            (0, 0),
        ),
        (
            "A Russian missile and drone attack on Lviv on Wednesday killed seven people and "
            "injured 64, the mayor said. Separately, a motorist died in a traffic accident while "
            "driving during the air raid alert.",
            (7, 64),
        ),
    ],
)
def test_a_courts_execution_and_a_road_death_are_no_war(
    text: str, expected: tuple[int, int]
) -> None:
    """Men "executed ... convicted" by a state are a court's dead; a death "in a traffic
    accident" is an accident even "during the air raid alert"."""
    assert totals(text) == expected


def test_the_victims_beside_the_attackers_killed() -> None:
    """ "Twenty-one passengers and four FC personnel were martyred" after "all 33 terrorists
    had been killed": people told with soldiers are victims, never an account of the attackers'
    dead; a claim "the military rejected" counts no one."""
    text = (
        "QUETTA - The ISPR director general said the operation to free the hostages held aboard "
        "the hijacked Jaffar Express had concluded and all 33 terrorists had been killed. "
        "Twenty-one passengers and four FC personnel were martyred. The BLA claimed it had "
        "executed 214 hostages, a figure the military rejected."
    )
    assert totals(text) == (58, 0)


def test_an_earlier_operations_dead_told_as_background() -> None:
    """ "The jawans were returning after a joint operation, during which five Maoists had been
    killed on Saturday": that operation's dead, not the blast's."""
    text = (
        "Eight personnel of the District Reserve Guard and a civilian driver were killed when "
        "Maoists blew up their vehicle in Bijapur district on Monday, police said. The jawans "
        "were returning after a joint anti-Naxal operation in the Abujhmarh area, during which "
        "five Maoists had been killed on Saturday."
    )
    assert totals(text) == (9, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 18 civilians were killed by ADF rebels during the night in the village of "
            "Mayikengo, Lubero territory. Local civil society puts the toll at 23.",
            (18, 0),
        ),
        (
            "Russian warplanes struck a vegetable market in Jisr al-Shughur on Sunday, killing "
            "nine civilians and wounding more than 30, the Syrian Civil Defence (White Helmets) "
            "said. The Syrian Observatory put the toll at 10, including two children.",
            (9, 30),
        ),
    ],
)
def test_another_sources_toll_is_an_account_not_a_whole(
    text: str, expected: tuple[int, int]
) -> None:
    """A count of civilians, then another source that "puts the toll at" a little more: two
    accounts of the same dead (the lower counts), never a part and its whole; a source named
    with another name in brackets ("the Syrian Civil Defence (White Helmets) said") is read."""
    assert totals(text) == expected


def test_a_live_pages_rising_toll_is_no_rival_account() -> None:
    """On a live page, a news agency's first count and the ministry's later, higher ones are
    the toll rising, not two sources' accounts of which the lower counts."""
    text = (
        "LIVE - Lebanon, day two\n"
        "17:30 A new wave of explosions, this time walkie-talkies, in Beirut's southern suburbs "
        "and the south; NNA reports 3 dead.\n"
        "19:10 Health ministry: 9 killed and more than 300 wounded in today's explosions.\n"
        "21:40 Health ministry update: the walkie-talkie blasts killed 14 people and wounded "
        "more than 450."
    )
    assert totals(text) == (14, 450)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KERMAN - Two explosions near the tomb of Qassem Soleimani, during a ceremony marking "
            "the fourth anniversary of his killing, killed 95 people and injured 284, state media "
            "said. Officials later revised the death toll down to 89.",
            (89, 284),
        ),
        (
            "Despite the ceasefire the junta announced after the earthquake, its aircraft bombed "
            "a village in Chaung-U township on Tuesday, killing seven people. Separately, rescue "
            "teams in Mandalay recovered 20 more bodies from buildings that collapsed in the "
            "quake.",
            (7, 0),
        ),
    ],
)
def test_an_occasion_or_a_disaster_named_beside_an_attack(
    text: str, expected: tuple[int, int]
) -> None:
    """A ceremony "marking the fourth anniversary" is the occasion of today's attack, not a
    recalled one; an earthquake named in a fronted clause is not the subject of "killing" when
    the clause before it tells a bombing."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Constable Zahid Khan embraced shahadat while repulsing the attack; Head Constable Gul "
            "Rehman sustained injuries and was shifted to DHQ Hospital.",
            (1, 1),
        ),
        (
            "World Central Kitchen said seven of its staff - three Britons, an Australian, a "
            "Pole, a US-Canadian dual citizen and a Palestinian - were killed when Israeli "
            "strikes hit their convoy.",
            (7, 0),
        ),
        (
            'Turkey\'s National Defence Ministry said its forces had "neutralised" 14 PKK '
            "militants in air strikes on the Gara region. The PKK-affiliated Firat News Agency "
            'said two guerrillas had "fallen" in the strikes.',
            (2, 0),
        ),
    ],
)
def test_named_wounded_long_dashed_lists_and_the_fallen(
    text: str, expected: tuple[int, int]
) -> None:
    """ "Head Constable Gul Rehman sustained injuries" is one wounded; a subject's list between
    dashes may hold five members and more; guerrillas who had "fallen" in the strikes are
    dead, their side's own count against the enemy's claim."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The IDF named the soldiers killed in southern Gaza on Wednesday: Maj. (res.) Dvir "
            "Shoshan, 35, of Modiin; Sgt. Noam Peretz, 19, of Ashkelon; Staff Sgt. Itai "
            "Ben-David, 20, of Kfar Saba; and Sgt. Omer Ziv, 20, of Beersheba. Two other "
            "soldiers were seriously wounded.",
            (4, 2),
        ),
        (
            "The IDF announced the death of Staff Sgt. Eitan Levy, 21, who was seriously wounded "
            "by a Hamas sniper in Rafah on Sunday and died of his wounds on Tuesday. Another "
            "soldier lightly wounded in the same incident has been discharged from hospital.",
            (1, 1),
        ),
        ("The IDF announced the death of Staff Sgt. Eitan Levy, 21, in southern Gaza.", (1, 0)),
    ],
)
def test_an_armys_named_dead(text: str, expected: tuple[int, int]) -> None:
    """An army that names its dead after a colon, each with an age and a home town and parted
    by semicolons ("Maj. (res.) A, 35, of Modiin; Sgt. B, 19, of Ashkelon; ..."), or that
    "announced the death of Staff Sgt. A" (a soldier: a death in the war, also when he "died of
    his wounds")."""
    assert totals(text) == expected


def test_counts_by_place_with_a_vehicle_between() -> None:
    """ "killed a Hezbollah member on a motorcycle in Bint Jbeil and two civilians in a car near
    Tyre": the vehicle is where each was, and the second count shares the verb."""
    text = (
        "Israeli drone strikes killed a Hezbollah member on a motorcycle in Bint Jbeil and two "
        "civilians in a car near Tyre, the National News Agency reported."
    )
    assert totals(text) == (3, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Arakan Army spokesman Khine Thu Kha said 24 people were killed, while a hospital "
            "worker reached by DVB put the dead at 19 and the number of wounded at 31.",
            (19, 31),
        ),
        (
            "'Toll of the attack on the Tassia post: on the friendly side, six soldiers fell with "
            "honour and 11 were wounded; on the enemy side, ten terrorists were neutralised,' "
            "Niger's defence ministry said.",
            (16, 11),
        ),
        (
            "The State Emergency Management Agency said 18 people were dead, a count that "
            "includes the three bombers, and 42 were injured.",
            (18, 42),
        ),
    ],
)
def test_put_the_dead_at_fell_with_honour_and_a_count_that_includes(
    text: str, expected: tuple[int, int]
) -> None:
    """ "put the dead at 19" is a source's count (and that source's, the lower, counts);
    soldiers who "fell with honour" are dead; "a count that includes the three bombers" names a
    part of the dead, not more wounded."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NIGERIA DAILY SECURITY BRIEF - 3 June\n"
            "1. Zamfara: bandits killed 9 villagers in Kaura Namoda LGA and rustled cattle.\n"
            "2. Borno: ISWAP attack on the army base at Malam Fatori repelled; 4 soldiers and 11 "
            "insurgents killed (Army).\n"
            "3. Plateau: 2 farmers killed in an attack near Bokkos.\n"
            "4. Lagos: 5 dead in building collapse in Ikorodu; rescue ongoing.",
            (26, 0),
        ),
        (
            "Overnight round-up, Ukraine: Zaporizhzhia — 2 killed, 5 injured in a Russian missile "
            "strike on an industrial area. Kherson — 1 killed, 2 injured by artillery in the "
            "Dniprovskyi district. Dnipro — 3 injured by drone debris. Donetsk region — 4 killed "
            "in a guided bomb strike on Kostiantynivka.",
            (7, 10),
        ),
    ],
)
def test_a_brief_by_place_with_its_lines_cut_or_kicked(
    text: str, expected: tuple[int, int]
) -> None:
    """A numbered brief's line cut at its semicolon ("2. Borno: ... repelled; 4 soldiers and 11
    insurgents killed") is still that place's line, no summary of the list; a kicker with a
    country ("Overnight round-up, Ukraine: Zaporizhzhia — ...") opens the first line."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KABUL — A suicide bomber struck the Ministry of Refugees and Repatriation compound "
            "in Kabul on Wednesday, killing the Taliban's refugee minister, Khalil Haqqani, and "
            "five of his staff, officials said. The bomber was also killed.",
            (7, 0),
        ),
        (
            "RAMALLAH — The Palestinian Health Ministry said a 17-year-old, named as Ahmad "
            "Daraghmeh, was shot dead by Israeli forces in Tubas on Monday.",
            (1, 0),
        ),
    ],
)
def test_a_possessors_officer_and_a_name_given_as(text: str, expected: tuple[int, int]) -> None:
    """ "killing the Taliban's refugee minister, Khalil Haqqani, and five of his staff": one and
    five more; "a 17-year-old, named as Ahmad Daraghmeh, was shot dead" is one."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NEW DELHI - The NIA on Monday filed its first chargesheet in the Pahalgam terror "
            "attack in which 26 people, most of them tourists, were killed.",
            (0, 0),
        ),
        (
            "The Palestinian health ministry said Omar Qattin, 27, was shot dead and 12 others "
            "were wounded.",
            (1, 12),
        ),
        (
            "A Ukrainian drone hit a car in Lgov, killing the driver, a 47-year-old man, and "
            "injuring his wife and daughter.",
            (1, 2),
        ),
        (
            "During the exchange of fire, the following brave sons of soil, having fought "
            "valiantly, embraced shahadat: Lieutenant Colonel Junaid Arif (39), Major Tayyab Rahat "
            "(33), Naik Gul Amir (31), Sepoy Muhammad Zahid (28) and Sepoy Imran (23). Own troops "
            "sent five khwarij to hell.",
            (10, 0),
        ),
    ],
)
def test_a_chargesheet_a_name_after_said_an_apposed_age_and_a_martyrs_list(
    text: str, expected: tuple[int, int]
) -> None:
    """A chargesheet filed "in" an attack tries its dead; "said Omar Qattin, 27, was shot dead"
    names one; "the driver, a 47-year-old man," is the driver; soldiers named after "embraced
    shahadat:" are soldiers, never an account of the khwarij sent to hell."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BENI, DR Congo - ADF rebels killed 18 civilians with machetes in the village of "
            "Mamove overnight, the local civil society coordinator said on Wednesday. The army "
            "spokesman for the Sokola 1 operation, Capt. Antony Mwalushayi, put the civilian toll "
            "at 14 and said three assailants were killed when troops arrived.",
            (17, 0),
        ),
        (
            "The Army said five dissidents of the Estado Mayor Central were killed in combat in El "
            "Plateado, Cauca, and one soldier was wounded. In a communique, the EMC's Carlos "
            "Patino front said two of its fighters died in the fighting.",
            (2, 1),
        ),
        (
            "Russia-Ukraine live\n08:10 Dnipro mayor Borys Filatov says four people were killed "
            "in a missile strike on an industrial district.\n09:30 Regional head Serhiy Lysak "
            "corrects the figure: three dead, not four - a woman earlier reported dead is alive "
            "and in intensive care. The number of wounded is 22, including her.",
            (3, 22),
        ),
        (
            "Reports on social media that dozens of police officers were killed in Petion-Ville "
            "are false, the Haitian National Police said on Wednesday. Two officers were lightly "
            "injured in an exchange of fire with gang members, it said.",
            (0, 2),
        ),
    ],
)
def test_accounts_corrections_and_false_reports(text: str, expected: tuple[int, int]) -> None:
    """ "put the civilian toll at 14" is the army's account (the lower counts); "dissidents" are
    fighters, whose front's own count of two stands against the army's five; "corrects the
    figure: three dead, not four" replaces four; "Reports ... that dozens ... were killed ...
    are false" counts no one."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "IMPHAL - Two Assam Rifles personnel were killed and four injured when militants "
            "ambushed their truck at Nambol in Bishnupur district on Friday evening. The injured "
            "were admitted to RIMS, where one of them succumbed later that night.",
            (3, 3),
        ),
        (
            "Pakistan security roundup, Tuesday:\n"
            "- Bannu: a police constable was shot dead by militants near Domel.\n"
            "- Dera Ismail Khan: a roadside bomb wounded four Frontier Corps personnel.\n"
            "- Quetta: two people died in a gas cylinder explosion at a hotel on Jinnah Road.",
            (1, 4),
        ),
    ],
)
def test_the_wounded_who_died_and_a_cylinder_blast(text: str, expected: tuple[int, int]) -> None:
    """ "The injured were admitted to RIMS, where one of them succumbed" moves one of the four
    wounded to the dead ("admitted to" is no speaker's verb); a gas cylinder explosion is an
    accident, also in a round-up of attacks."""
    assert totals(text) == expected


def test_a_brief_lines_count_is_no_part_of_another_places() -> None:
    """ "4 soldiers and 11 insurgents killed" on Borno's line (cut by its semicolon) is no part
    of the "9 residents" of Zamfara's line: places apart in a brief are incidents apart."""
    text = (
        "Security brief, 12 June:\n"
        "1. Zamfara: Bandits raided Kairu village, killing 9 residents and abducting 20.\n"
        "2. Borno: ISWAP fighters attacked a military base in Marte; 4 soldiers and 11 "
        "insurgents killed.\n"
        "3. Kaduna: Police rescued 14 kidnapped travellers; no casualties reported."
    )
    assert totals(text) == (24, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three young men were martyred and four others injured by occupation fire in Jenin "
            "camp. The Health Ministry later announced that one of the four injured, Yazan "
            "Jaradat (17), succumbed to his wounds at Ibn Sina Hospital, raising the toll to four "
            "martyrs.",
            (4, 3),
        ),
        (
            "The victims of Tuesday's shelling in Kherson were named by the regional "
            "administration as Olena Bondar, 63; Ivan Tkachenko, 41; and Mykola Hrytsenko, 17. "
            "Six others were hospitalised with shrapnel wounds.",
            (3, 6),
        ),
        (
            "Pakistan's ISPR said security forces killed six terrorists during an operation in "
            "North Waziristan on Friday. During the intense exchange of fire, a soldier, Sepoy "
            "Muhammad Asif, 24, embraced shahadat.",
            (7, 0),
        ),
        (
            "The Democratic Forces for the Liberation of Rwanda (FDLR) said on Friday that two of "
            "its commanders were killed in a Congolese army operation in Rutshuru territory.",
            (2, 0),
        ),
    ],
)
def test_named_wounded_who_died_named_victims_and_a_soldier_named(
    text: str, expected: tuple[int, int]
) -> None:
    """ "one of the four injured, Yazan Jaradat (17), succumbed" leaves the wounded; victims
    "named by the regional administration as A, 63; B, 41; and C, 17" are three; "a soldier,
    Sepoy Muhammad Asif, 24," is one soldier; the FDLR's own dead are its own."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Houthis executed 17 men in Hodeidah's Tahrir Square on Thursday after a court in "
            "Sanaa convicted them of spying, the group's al-Masirah TV said.",
            (0, 0),
        ),
        (
            "MAIDUGURI — The agency said 18 people were killed and 42 injured in three suicide "
            "blasts in Gwoza on Saturday. The toll does not include the three female suicide "
            "bombers, who also died.",
            (21, 42),
        ),
        (
            "A gunman opened fire on a group of foreign tourists in Bamiyan bazaar on Friday, "
            "killing three Spanish nationals and their Afghan guide, the interior ministry said.",
            (4, 0),
        ),
        (
            "HODEIDAH — Two brothers, Ali, 8, and Mohammed, 11, were killed and their cousin "
            "wounded when a landmine exploded while they herded sheep in Hays district on "
            "Saturday.",
            (2, 1),
        ),
    ],
)
def test_executions_after_a_court_bombers_apart_a_guide_and_named_brothers(
    text: str, expected: tuple[int, int]
) -> None:
    """Men executed "after a court ... convicted them" are a court's dead; "the three female
    suicide bombers, who also died" are three more beside a toll that leaves them out; "their
    Afghan guide" is one more; "Two brothers, Ali, 8, and Mohammed, 11, were killed" is two."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MARIB — A Houthi ballistic missile struck a petrol station in Marib city on Sunday. "
            "The government's health office initially said 14 people were killed, including a "
            "child, and 27 wounded. On Monday it revised the toll to 17 dead after three of the "
            "wounded died in hospital.",
            (17, 24),
        ),
        (
            "12:15 — An Israeli drone strike on a car near Nabatieh killed two people, the "
            "Lebanese Health Ministry said in an updated statement. The ministry had earlier "
            "reported one dead and one injured.",
            (2, 0),
        ),
    ],
)
def test_the_wounded_of_an_earlier_report(text: str, expected: tuple[int, int]) -> None:
    """An earlier report's wounded that no later count of the wounded replaces are still the
    wounded, less those who died; not when the dead rose by as many as were wounded."""
    assert totals(text) == expected


def test_a_toll_of_one_side() -> None:
    """ "Toll of police rises to three" counts police: the three terrorists killed in the
    attack are another side's dead, no part of it."""
    text = (
        "LIVE — DI Khan\n"
        "11:20 Militants attack Kulachi police station with heavy weapons; two policemen "
        "martyred, say police sources.\n"
        "13:05 DPO DI Khan: attack repulsed, three terrorists killed.\n"
        "13:40 Toll of police rises to three as ASI Mumtaz Khan succumbs to his wounds; four "
        "other policemen under treatment at DHQ hospital."
    )
    assert totals(text) == (6, 4)


def test_a_title_case_headline_names_no_possessors_officer() -> None:
    """ "Warlord Who Executed Liberia's President, Dies at 72": a headline in title case recalls
    a man's deed; no possessor's officer is a new victim there."""
    assert totals("Prince Johnson, Warlord Who Executed Liberia’s President, Dies at 72") == (0, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seven soldiers of the Somali National Army fell martyr and 11 were wounded when "
            "al-Shabaab fighters stormed a military base in Moqokori at dawn on Tuesday.",
            (7, 11),
        ),
        (
            "KYIV — Ukraine's General Staff said on Monday that its forces had 'eliminated' 1,140 "
            "Russian soldiers over the past day, bringing Russia's total losses since February "
            "2022 to more than 700,000.",
            (0, 0),
        ),
        (
            "A drone attacked a passenger car. A man died on the spot from his injuries. His wife, "
            "54, received shrapnel wounds and has been taken to the central district hospital.",
            (1, 1),
        ),
        (
            "The death toll from Tuesday's Russian glide-bomb strike on an industrial area of "
            "Zaporizhzhia rose to 13 on Wednesday, Governor Ivan Fedorov said. Of the 63 people "
            "who had been wounded, two died in hospital overnight. Earlier officials had reported "
            "11 dead.",
            (13, 61),
        ),
        (
            "DEIR AL-BALAH, Gaza — Al-Aqsa Martyrs Hospital released the names of those killed "
            "when an Israeli strike hit the Abu Jarad family home overnight: Ahmed Abu Jarad, 34; "
            "his wife Sana, 29; their children Yousef, 7, and Lina, 4; and a neighbour, Khaled "
            "Shurrab, 60. Three other family members were wounded, the hospital said.",
            (5, 3),
        ),
        (
            "JENIN — Thousands of mourners attended funerals on Friday for three men killed in an "
            "Israeli drone strike on a car near Jenin last week.",
            (0, 0),
        ),
        (
            "SHEIKHUPURA — Four members of a family were shot dead over an old enmity in a village "
            "near Ferozwala on Tuesday, police said.",
            (0, 0),
        ),
        (
            "Amnesty International Nigeria said about 100 people were killed; the Benue State "
            "government put the confirmed figure at 59.",
            (59, 0),
        ),
    ],
)
def test_a_batch_of_wire_and_statement_forms(text: str, expected: tuple[int, int]) -> None:
    """ "fell martyr"; a day's "eliminated" enemy in the hundreds is no toll; "His wife, 54,
    received shrapnel wounds"; wounded who died inside a toll that rose before them; names
    "released" after a colon, a member named after who she was; funerals attended for the dead
    of last week; an old enmity is a feud; "put the confirmed figure at 59"."""
    assert totals(text) == expected


def test_a_brief_under_capital_heads_adds_its_lines() -> None:
    """Lines under capital heads ("MASTUNG: ... TURBAT: ... BANNU: ...") are incidents of their
    own: no line's count is another's account, and "no fatalities were reported, a police
    spokesman said" names the spokesman, not the fatalities, as the source."""
    text = (
        "Balochistan/KP round-up (Dawn, Saturday)\n"
        "MASTUNG: Two Levies personnel were martyred and another was injured when unidentified "
        "gunmen opened fire on their vehicle near Kardigap on Friday evening, officials said.\n"
        "TURBAT: A Frontier Corps soldier was martyred in an IED blast in Kech district's Buleda "
        "area.\n"
        "BANNU: A policeman was injured in a hand grenade attack on the City police station; no "
        "fatalities were reported, a police spokesman said."
    )
    ex = extract(text, published=PUBLISHED)
    assert (ex.killed, ex.injured) == (3, 2)
    assert "police spokesman" in {f.source for f in ex.figures}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "GUAYAQUIL - Gunmen burst into a cockfighting pit in the Socio Vivienda district on "
            "Saturday and opened fire on the crowd, killing nine people and wounding eleven, "
            "police said, blaming the feud between the Los Tiguerones and Los Choneros gangs for "
            "control of drug sales in the area.",
            (9, 11),
        ),
        ("A man was shot dead in a long-running family feud in the village, police said.", (0, 0)),
        (
            '"A complex terrorist attack was launched this morning against the FAMa post at '
            "Boulkessi. Our losses: 7 dead and 10 wounded. On the enemy side, 30 terrorists were "
            'neutralised."',
            (37, 10),
        ),
    ],
)
def test_a_gangs_feud_and_a_communiques_own_losses(text: str, expected: tuple[int, int]) -> None:
    """A "feud between ... gangs" is gang warfare, not a private feud; a communique's "Our
    losses: 7 dead" are its soldiers, beside the enemy it neutralised, no account of them."""
    assert totals(text) == expected


def test_volunteers_for_the_defence_of_the_homeland() -> None:
    """ "four Volunteers for the Defence of the Homeland (VDP) fell in the field of honour" are
    four of the state's side, beside the terrorists its units neutralised."""
    text = (
        "During an offensive operation in the Djibo area on Tuesday, the units of the "
        "operational theatre neutralised about sixty terrorists. Unfortunately, four Volunteers "
        "for the Defence of the Homeland (VDP) fell in the field of honour and seven were wounded."
    )
    assert totals(text) == (64, 7)


def test_a_further_two() -> None:
    """ "killed a further two farmers" is two more dead, as "another two" is."""
    text = (
        "ISM fighters killed at least five civilians in Muidumbe district on Tuesday, beheading "
        "two of them, and killed a further two farmers in Ancuabe on Thursday."
    )
    assert totals(text) == (7, 0)


def test_more_wounded_also_treated() -> None:
    """ "Paramedics also treated five people who were hurt falling on their way to shelters" are
    five more wounded beside the two hurt by shrapnel (those treated for anxiety are not)."""
    text = (
        "ASHDOD - Two people were lightly injured by shrapnel when interceptor debris fell on a "
        "street in Ashdod, Magen David Adom said. Paramedics also treated five people who were "
        "hurt falling on their way to shelters and 12 for anxiety."
    )
    assert totals(text) == (0, 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Event date: 14 May 2024 | Country: Mali | Location: Boni | Event type: Battles | "
            "Notes: Militants attacked an army post near Boni. Local sources report 6 soldiers "
            "and 3 militants killed. | Fatalities: 9",
            (9, 0),
        ),
        (
            "Event date: 2 June 2024 | Country: Sudan | Location: Dilling | Notes: RSF shelling "
            "of a market killed 5 civilians, including 2 children, and injured 11 others. | "
            "Fatalities: 5",
            (5, 11),
        ),
    ],
)
def test_a_fatalities_field_of_a_note_parted_by_bars(text: str, expected: tuple[int, int]) -> None:
    """A note whose fields are parted by bars closes with "| Fatalities: N": the note's total,
    as the same line on its own is, not a further N dead beside the notes' own figures."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # its own dead after the claim, with the other side named in the next sentence
        (
            "The National Resistance Front said its fighters killed six Taliban in a raid on a "
            "post in Khinj on Tuesday, and that three of its own fighters were killed. Taliban "
            "officials denied any losses.",
            (3, 0),
        ),
        # the whole claim, both forces it names, is set aside; the group's own dead count
        (
            "The Azawad Liberation Front said its fighters had killed 30 Malian soldiers and 25 "
            "Wagner fighters near Anefis, and lost four of its own men.",
            (4, 0),
        ),
        # the claimant named by its old name, its claim unverified
        (
            "The Malian army said three of its soldiers were killed in an attack near Ber. The "
            "CSP-DPA claimed on social media to have killed more than 20 soldiers; the claim "
            "could not be verified.",
            (3, 0),
        ),
        # the other side owns up to losses: the claim is borne out
        (
            "The Azawad Liberation Front said it had killed 40 Malian soldiers near Tessalit. "
            "The army acknowledged 'heavy losses' without giving a figure.",
            (40, 0),
        ),
        # a group's claim of the hostages it executed, offered with no evidence
        (
            "The military said the siege of the bus had ended. Nine hostages, including four "
            "soldiers, were martyred, and all 12 terrorists were sent to hell. The Baloch "
            "Liberation Army, which seized the bus, claimed in a statement that it had executed "
            "90 hostages, a figure for which it offered no evidence.",
            (21, 0),
        ),
        # "no independent source confirmed casualties" bears no claim out
        (
            "The National Resistance Front said in a statement that its fighters killed nine "
            "Taliban in an ambush in Andarab. The Taliban denied any fighting, and no "
            "independent source confirmed casualties.",
            (0, 0),
        ),
        # a group's video of the hostages it executed, told with no doubt: they count
        (
            "JNIM released a video on Friday claiming it had executed two hostages seized from a "
            "truck convoy near Nioro last month.",
            (2, 0),
        ),
    ],
)
def test_what_an_armed_groups_claim_leaves_counted(text: str, expected: tuple[int, int]) -> None:
    """An armed group's claim of the state's men or of hostages it killed is set aside whole,
    its own dead told beside it count, and another side's admission of losses bears it out."""
    assert totals(text) == expected


def test_a_year_dates_a_kidnapping() -> None:
    """ "since the 2014 kidnapping" dates a long run of deaths, as "since the 2019 attack" does:
    parents who died in the years since are no new dead."""
    text = (
        "Families gathered in Dapchi to mark the anniversary. Community leaders say at least 12 "
        "parents have died since the 2018 kidnapping, many from illnesses."
    )
    assert totals(text) == (0, 0)


def test_the_rubble_of_a_roof_a_blast_brought_down() -> None:
    """A toll that rose "as more bodies were pulled from the rubble of the collapsed roof" after
    a suicide blast is the blast's dead, not a building's collapse of its own."""
    text = (
        "Hospital officials said they had received the bodies of 9 people after a suicide "
        "blast at a mosque. By evening, a hospital spokesman said the toll had climbed to 20 as "
        "more bodies were pulled from the rubble of the collapsed roof and two injured died; 60 "
        "were being treated."
    )
    assert totals(text) == (20, 60)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second source after a semicolon, named with an abbreviated rank
        (
            "ADF rebels raided a village in Beni territory overnight. Local civil society said 21 "
            "bodies had been found; army spokesman Lt. Col. Mak Hazukay gave a toll of 16 dead.",
            (16, 0),
        ),
        # a party's own people and the police are two groups, not two accounts
        (
            "Police used tear gas on marchers in Lahore. The party said 30 of its workers were "
            "injured, while the city police said 12 policemen were hurt by stones.",
            (0, 42),
        ),
    ],
)
def test_two_sources_in_one_sentence(text: str, expected: tuple[int, int]) -> None:
    """Two sources' figures in one sentence: two accounts of the same dead (the lower counts),
    unless they count two groups."""
    assert totals(text) == expected


def test_the_wounded_including_someone_before_the_bomber() -> None:
    """ "10 people, including a nurse, were injured when a suicide bomber struck": the
    "including" is of the wounded, not a toll that has the bomber in it; the bomber who "also
    died" is one more dead."""
    text = (
        "Three policemen were killed and 10 people, including a nurse, were injured when a "
        "suicide bomber rammed a car into their checkpoint on Monday, officials said. The "
        "attacker also died in the explosion."
    )
    assert totals(text) == (4, 10)


def test_an_armed_group_tells_its_own_members_dead() -> None:
    """The army's dead and the rebels' "two of its members died", told by the group in a
    sentence of its own, are two sides' dead: they add."""
    text = (
        "COTABATO - Three soldiers were killed and five others wounded in a clash with members "
        "of the Moro Islamic Liberation Front in Datu Piang on Tuesday, the Armed Forces of the "
        "Philippines said. The MILF described the clash as a misencounter arising from poor "
        "coordination and said two of its members died in the firefight."
    )
    assert totals(text) == (5, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen shot dead a monk and wounded a novice in Sai Buri on Saturday.", (1, 1)),
        ("A muezzin was killed when gunmen opened fire on a mosque in Zamfara.", (1, 0)),
        ("Militants shot dead two suspected informers in Bijapur on Sunday.", (2, 0)),
        ("A preacher and a dentist were wounded in the shelling, officials said.", (0, 2)),
    ],
)
def test_more_people_by_trade_or_calling(text: str, expected: tuple[int, int]) -> None:
    """Novices, muezzins, preachers, informers, dentists are people the news counts."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Constable Tariq Mehmood got injured when militants fired on the post.", (0, 1)),
        (
            "During the exchange of fire Constable Naveed Akhtar embraced martyrdom while "
            "Constable Bilal Shah and Constable Irfanullah got injured.",
            (1, 2),
        ),
        ("In the exchange of fire Sepoy Amjad Ali was martyred, the ISPR said.", (1, 0)),
    ],
)
def test_named_police_and_soldiers_in_press_release_phrasing(
    text: str, expected: tuple[int, int]
) -> None:
    """A police press release's "got injured", and a name after a fronted phrase with no comma
    ("During the exchange of fire Constable A embraced martyrdom")."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maoists hack former sarpanch to death in Sukma, call him an informer", (1, 0)),
        ("Gunmen hack three farmers to death in Benue village", (3, 0)),
        (
            "The junta has executed three political prisoners, state media said on Monday. They "
            "had been sentenced to death by a military tribunal in closed-door trials.",
            (0, 0),
        ),
    ],
)
def test_hacked_to_death_in_a_headline_and_executions_after_a_tribunal(
    text: str, expected: tuple[int, int]
) -> None:
    """A headline's present "hack ... to death" counts its bare victim; prisoners executed whom
    the next sentence says a tribunal sentenced to death are a court's executions, no war's."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Troops engaged the khwarij hideout; three khwarij were sent to hell, while two were "
            "apprehended in injured condition, ISPR said.",
            (3, 2),
        ),
        ("Police said three suspected bandits were arrested injured after the gunfight.", (0, 3)),
    ],
)
def test_fighters_taken_wounded(text: str, expected: tuple[int, int]) -> None:
    """Fighters "apprehended in injured condition" or "arrested injured" are wounded."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Car bomb kills 8 in northern Syria - BEIRUT, May 3 (Reuters) - A car bomb exploded "
            "at a market in Azaz on Saturday, killing eight people and wounding 20, the civil "
            "defence said.",
            (8, 20),
        ),
        (
            "Gunmen kill 5 soldiers in Cameroon - YAOUNDÉ (AFP) - Separatists killed five "
            "soldiers at a checkpoint near Bamenda on Sunday, military sources said.",
            (5, 0),
        ),
        (
            "Blast toll rises to 12 - KHAR, Pakistan (AP) - The toll from Sunday's bombing rose "
            "to 12, officials said.",
            (12, 0),
        ),
    ],
)
def test_a_headline_joined_to_a_story_that_opens_on_its_dateline(
    text: str, expected: tuple[int, int]
) -> None:
    """ "Headline - DATELINE (Agency) - story": the headline is a sentence of its own, and the
    story's retelling of its dead is not added to it."""
    assert totals(text) == expected


def test_a_bomber_not_in_the_toll_told_with_a_clause() -> None:
    """ "the bomber, whose remains were recovered ..., was not included in the toll" is one
    more dead, as "the bomber was not included" is."""
    text = (
        "The toll from the suicide bombing at the bus terminal rose to 19, officials said. "
        "Police said the bomber, whose remains were found near the gate, was not included in "
        "the toll."
    )
    assert totals(text) == (20, 0)


def test_soldiers_listed_with_ages_in_brackets_after_the_militants_killed() -> None:
    """An ISPR statement's militants "sent to hell", then the soldiers who "embraced
    shahadat:" one a line with their age and district in brackets: both sides' dead."""
    text = (
        "RAWALPINDI: During an operation in Khyber District, troops engaged the khwarij and "
        "four khwarij were sent to hell. During the exchange of fire, the following soldiers "
        "embraced shahadat:\n"
        "- Lance Naik Ali Raza (age 28 years, resident of District Chakwal)\n"
        "- Sepoy Imran Khan (age 23 years, resident of District Swat)\n"
        "One soldier was injured. - ISPR"
    )
    assert totals(text) == (6, 1)


def test_a_wounded_soldier_who_died_told_before_the_first_count_of_the_wounded() -> None:
    """ "A soldier who was injured in Monday's attack succumbed ..., raising the toll to four.
    The attack had initially killed three soldiers and wounded seven": the one who died leaves
    the seven wounded first told."""
    text = (
        "BANNU: A soldier who was injured in Monday's attack on a checkpoint succumbed to his "
        "injuries on Wednesday, raising the death toll to four, officials said. The attack had "
        "initially killed three soldiers and wounded seven."
    )
    assert totals(text) == (4, 6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zaporizhzhia live:\n"
            "08:10 - Shelling of the city: one man killed, two women injured, governor Ivan "
            "Fedorov says.\n"
            "17:45 - A second man was killed and another woman wounded when a drone hit a bus "
            "stop, Fedorov says.",
            (2, 3),
        ),
        # a headline's "one injured" told again as "another was injured" is the same one
        (
            "Two soldiers killed, one injured in ambush\nTwo soldiers were killed and another "
            "was injured when militants ambushed a patrol on Sunday.",
            (2, 1),
        ),
    ],
)
def test_another_person_wounded_on_a_later_line(text: str, expected: tuple[int, int]) -> None:
    """A live page's later "another woman wounded" is one more wounded, not another account of
    the two told before."""
    assert totals(text) == expected


def test_a_live_pages_total_dead_field_updates_the_toll() -> None:
    """ "14:20 ... Total dead: 9, among them the two attackers" is the toll's latest value on a
    live page, not nine more beside the earlier line's seven; the spokesman's middle name (a
    town's name) places nothing."""
    text = (
        "LIVE - Mogadishu hotel siege\n"
        "09:10 Police confirm a car bomb exploded outside a hotel; initial reports of 3 dead.\n"
        "11:45 Toll rises to 7, the Aamin ambulance service says, including two gunmen.\n"
        "14:20 Police spokesman Abdifatah Aden Hassan says the siege is over. Total dead: 9, "
        "among them the two attackers; 21 people were wounded."
    )
    assert totals(text) == (9, 21)


def test_a_bare_count_after_a_lists_first_attacker() -> None:
    """ "one attacker blew himself up, five were shot dead by security forces" are six
    attackers dead beside their victims."""
    text = (
        "An attack on a beach restaurant in Mogadishu killed 20 people, police said. A police "
        "spokesman said one attacker blew himself up, four were shot dead by security forces "
        "and one was captured alive."
    )
    assert totals(text) == (25, 0)


def test_constables_named_with_their_belt_numbers() -> None:
    """A police press release names its men with their belt numbers ("Constable A No. 1432"):
    one dead and one wounded, not 1,432 and 876."""
    text = (
        "PRESS RELEASE - District Police Swabi\nTerrorists attacked a police post at night. "
        "During the exchange of fire Constable Imran Ali No. 1432 embraced shahadat while "
        "Constable Sajid Khan No. 876 got injured. Two terrorists were also killed."
    )
    assert totals(text) == (3, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a strike of last week recalled, told at the start of its sentence
        (
            "Airstrike kills 4 in Deir al-Balah camp\nAn Israeli airstrike on a tent camp in Deir "
            "al-Balah killed four people and wounded nine, medics said on Thursday. Last week a "
            "strike on the same camp killed 23 people.",
            (4, 9),
        ),
        # a correction: "eight ..., not 10 as reported earlier"
        (
            "12 killed in Quetta market blast\nUpdate: Police now say nine people were killed in "
            "the market blast, not 12 as reported earlier. Thirty people were wounded.",
            (9, 30),
        ),
        # "revise the death toll down to"
        (
            "Kharkiv live\n16:00 Officials say 11 killed in a missile strike on Kharkiv.\n18:30 "
            "Officials revise the death toll down to 10 after one victim was counted twice.",
            (10, 0),
        ),
        # two sources in one sentence joined by "though"
        (
            "Six people were killed, relatives told AFP, though the district governor put the "
            "toll from the drone strike at five.",
            (5, 0),
        ),
    ],
)
def test_recalled_strikes_corrections_and_a_second_account(
    text: str, expected: tuple[int, int]
) -> None:
    """ "Last week a strike ... killed 23" is recalled; "not 12 as reported earlier" and
    "revise the death toll down to" correct a toll; "though ... put the toll at" is another
    account, of which the lower counts."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a live page's last line adds one more wounded after the updated toll
        (
            "LIVE: Russian strikes on Odesa\n07:10 — At least two people killed and 8 wounded "
            "in Odesa, the governor says.\n08:25 — Death toll rises to four, with 12 injured, "
            "officials say.\n09:40 — Another woman wounded in Kyivskyi district by falling "
            "debris.",
            (4, 13),
        ),
        # the militants taken wounded and a police officer named with his rank: two groups
        (
            "During an operation near Dera Ghazi Khan, CTD personnel came under fire. Four "
            "terrorists were killed in the exchange of fire while two were apprehended in "
            "injured condition. One CTD official, ASI Tariq Mehmood, got injured.",
            (4, 3),
        ),
    ],
)
def test_one_more_wounded_and_a_ranked_official(text: str, expected: tuple[int, int]) -> None:
    """ "Another woman wounded" on a live page's last line is one more, no part of the updated
    toll; a bare "two were apprehended in injured condition" after "Four terrorists were killed"
    are terrorists, and "One CTD official, ASI A," a policeman: two groups of wounded."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one wounded died where he was taken
        (
            "Two militants were killed in an encounter in Shopian, police said. An Army jawan, "
            "Sepoy Ravi Kumar, sustained injuries in the gunfight and was evacuated to the base "
            "hospital, where he later succumbed.",
            (3, 0),
        ),
        # a soldier named with his age and his district before the verb
        (
            "Security forces killed three khwarij in North Waziristan. During the exchange of "
            "fire, Sepoy Kashif Ali (21) of District Karak embraced shahadat.",
            (4, 0),
        ),
        # soldiers one a line, each with his age and his district after a comma
        (
            "Five khwarij were sent to hell. During the exchange of fire, the following soldiers "
            "embraced shahadat:\nHavildar Aslam Khan (36), resident of District Chakwal\n"
            "Sepoy Zahid Iqbal (24), resident of District Kohat",
            (7, 0),
        ),
    ],
)
def test_soldiers_named_with_their_homes_and_one_who_died_in_hospital(
    text: str, expected: tuple[int, int]
) -> None:
    """A soldier's district beside his name is no part of it; the one wounded "where he later
    succumbed" is dead."""
    assert totals(text) == expected


def test_a_headline_of_a_wounded_man_who_died_over_the_first_count() -> None:
    """ "Man wounded in drone strike on Sumy dies, raising toll to 3" over a story that tells the
    strike's first count ("killed two people and injured nine"): three dead, eight wounded."""
    text = (
        "Man wounded in drone strike on Kherson dies in hospital, raising toll to 3 - KYIV "
        "(Reuters) - Tuesday's Russian drone attack on a bus stop in Kherson killed two people "
        "and injured nine, regional officials said. A 43-year-old man who was among the "
        "injured died in hospital overnight, the regional administration said."
    )
    assert totals(text) == (3, 8)


def test_a_role_named_with_a_one_letter_honorific_heads_a_list() -> None:
    """ "The administrator, U Kyaw Soe, and two bystanders were injured": three wounded (U is a
    Burmese honorific, a name's first word)."""
    text = (
        "A bomb exploded at the ward office in Mandalay on Monday. The administrator, U Tin "
        "Maung, and two bystanders were injured, residents said."
    )
    assert totals(text) == (0, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Terrorists attacked a police mobile in Lakki Marwat, martyring ASI Gul Zaman and "
            "Constable Adil Shah, while the driver was wounded, police said.",
            (2, 1),
        ),
        ("Gunmen shot dead journalist Omar Saleh and photographer Ali Hassan in Mosul.", (2, 0)),
    ],
)
def test_two_titled_people_as_the_object_of_a_killing(text: str, expected: tuple[int, int]) -> None:
    """ "killing ASI A and Constable B", "journalist A and photographer B": two dead."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A sub-inspector and a C-60 jawan sustained bullet injuries in the gunfight.", (0, 2)),
        ("Two C-60 commandos were killed in an IED blast in Gadchiroli.", (2, 0)),
    ],
)
def test_a_units_code_before_the_victims(text: str, expected: tuple[int, int]) -> None:
    """A unit's code ("C-60") before the victims' noun is part of their description."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Man, 35, stabbed to death in Leeds after row outside pub\n\nA 35-year-old man died "
        "after being stabbed in the city centre late on Friday, West Yorkshire Police said. A "
        "20-year-old man has been arrested.",
        "A man was killed and two others injured after a neighbour attacked them with an axe "
        "following a dispute over witchcraft, police said.",
    ],
)
def test_a_row_outside_a_pub_and_a_dispute_over_witchcraft_are_crime(text: str) -> None:
    """A stabbing "after row outside pub" (the headline's word is the story's too) and an axe
    attack over witchcraft are crimes, no conflict violence."""
    assert totals(text) == (0, 0)


def test_a_toll_revised_down_in_the_sentence_that_told_it() -> None:
    """ "the governor's office said 70 people had been killed; on Monday it revised the figure
    down to 35": the larger count is history."""
    text = (
        "Fighting continued for a fourth day. On Saturday the governor's office said 70 people "
        "had been killed in the fighting; on Monday it revised the figure down to 35 verified "
        "deaths, and said 18 people were wounded."
    )
    assert totals(text) == (35, 18)


def test_named_officers_with_a_clause_of_who_they_were() -> None:
    """ "Lieutenant Colonel A (age 38, ...) and Captain B (age 24, ...), who were leading their
    troops from the front, embraced shahadat": two soldiers dead."""
    text = (
        "Own troops engaged the khwarij location and six khwarij were sent to hell. However, "
        "during intense exchange of fire, Major Imran Saeed (age 36, resident of Attock) and "
        "Captain Hamza Latif (age 25, resident of Okara), who were leading their troops from the "
        "front, embraced shahadat."
    )
    assert totals(text) == (8, 0)


def test_a_sides_daily_claim_of_enemy_losses_liquidated() -> None:
    """Each side's daily count of the enemy it put out of action, in the hundreds ("1,110
    Russian personnel were 'liquidated' in the same period"), is no count of the dead."""
    text = (
        "Russia's Defence Ministry said Ukrainian forces lost 'up to 1,310 servicemen' over the "
        "past day. Ukraine's General Staff, for its part, said 1,180 Russian personnel were "
        "'liquidated' in the same period."
    )
    assert totals(text) == (0, 0)


def test_funerals_told_separately_are_of_an_earlier_report() -> None:
    """ "Separately, funerals were held on Monday for two residents ... who were killed when a
    junta column raided the village": the dead of an earlier report."""
    text = (
        "Four villagers were killed when junta jets bombed Kin village on Tuesday. Separately, "
        "funerals were held on Monday for two residents of nearby Hnaw Kone who were killed "
        "when a junta column raided the village."
    )
    assert totals(text) == (4, 0)


def test_people_passing_by_are_the_victims() -> None:
    """ "Two civilians passing by were also killed": two more dead beside the soldiers."""
    text = (
        "ISPR said four soldiers embraced shahadat in the attack on the camp. Two civilians "
        "passing by were also killed, district officials said."
    )
    assert totals(text) == (6, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Troops killed five ISWAP fighters near Damasak on Friday; three soldiers fell and "
            "four were wounded, a military source said.",
            (8, 4),
        ),
        ("Two soldiers fell in the battle for the town, the army said.", (2, 0)),
        ("Prices fell and two soldiers were wounded in the blast.", (0, 2)),
    ],
)
def test_soldiers_who_fell(text: str, expected: tuple[int, int]) -> None:
    """ "three soldiers fell and four were wounded", "fell in the battle": the soldiers died."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gaza live\n15:30 Our correspondent Omar Saleh and cameraman Ali Nasser have been "
            "killed in a strike on their car.\n15:52 Civil Defence says a boy who was passing by "
            "was also killed in the strike.",
            (3, 0),
        ),
        ("Abu Sayyaf sub-leader killed in Sulu clash; soldier wounded", (1, 1)),
    ],
)
def test_named_people_on_a_live_line_and_a_sub_leader(text: str, expected: tuple[int, int]) -> None:
    """Two named people on a live page's stamped line are two dead; a group's "sub-leader" is
    one of its fighters."""
    assert totals(text) == expected


def test_one_of_the_dead_mourned_as_a_fighter_is_no_one_more() -> None:
    """ "Hezbollah later mourned one of the dead, A, as a fighter 'martyred on the road to
    Jerusalem'": one of the two, not a third."""
    text = (
        "An Israeli strike on a car near Nabatieh killed two people, the health ministry said. "
        "Hezbollah later mourned one of the dead, Ali Hassan Kassem, as a fighter 'martyred on "
        "the road to Jerusalem'."
    )
    assert totals(text) == (2, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two policemen were wounded when gunmen attacked a checkpost in Tank on Monday. The "
            "attack came a year after 17 soldiers were martyred in an ambush nearby.",
            (0, 2),
        ),
        (
            "Families gathered at the school on Friday, a year after gunmen killed 31 pupils "
            "there in the region's worst attack.",
            (0, 0),
        ),
        (
            "A grenade thrown into a bus stand in Anantnag injured nine people. The attack came "
            "days after troops killed a militant commander in Sopore.",
            (0, 9),
        ),
        (
            "A court in Lyon jailed four men for supplying weapons to the gunman who attacked a "
            "Christmas market in Strasbourg, an attack that killed five people and wounded 11.",
            (0, 0),
        ),
        (
            "Rescuers pulled four bodies from the ruins of a block bombed months ago in Beit "
            "Lahia.",
            (0, 0),
        ),
    ],
)
def test_an_earlier_attack_recalled_after_the_news(text: str, expected: tuple[int, int]) -> None:
    """ "A year after 17 soldiers were martyred", "days after troops killed", a court case's
    attack told with a comma before "an attack that killed", bodies from homes bombed "months
    ago": the dead of an earlier incident, not news."""
    assert totals(text) == expected


def test_an_operations_summary_for_a_month_is_no_new_toll() -> None:
    """ "troops neutralised 412 terrorists, arrested 903 suspects and rescued 512 hostages in
    the month of May": a month's statistics, its list going on to the period."""
    text = (
        "The defence spokesman said on Friday that troops had neutralised 412 terrorists, "
        "arrested 903 suspects and rescued 512 kidnapped persons across the theatres of "
        "operation in the month of May."
    )
    assert totals(text) == (0, 0)


@pytest.mark.parametrize(
    "text",
    [
        "PRESS RELEASE: On Monday at about 2200hrs, suspected armed robbers stormed a "
        "pharmacy at Kubwa and carted away cash. The pharmacist, one Musa Bello (41), was shot "
        "dead, while a customer sustained gunshot injuries. Three suspects have been arrested.",
        "Three men were killed and four wounded when members of two families opened fire on "
        "each other over an old land dispute near Kasur on Friday, police said.",
    ],
)
def test_a_shooting_in_a_text_of_robbers_or_families_is_crime(text: str) -> None:
    """The robbers named in one sentence make the next sentence's "was shot dead" theirs;
    two families firing over a land dispute are a feud, not a war (factions of an armed
    group clashing over land are still armed violence)."""
    assert totals(text) == (0, 0)
    feud = "Two MILF commands clashed over a land dispute in Datu Piang; four were killed."
    assert totals(feud) == (4, 0)


def test_a_groups_plain_said_of_soldiers_killed_is_a_claim_where_doubted() -> None:
    """An armed group "said that 60 junta soldiers had been killed" with the claim doubted in
    the next sentence: unconfirmed, not counted; the same words undoubted by a state are news."""
    doubted = (
        "The Ta'ang National Liberation Army said on Monday that more than 60 junta soldiers "
        "had been killed in fighting for Kyaukme. The claim could not be independently verified."
    )
    assert totals(doubted) == (0, 0)
    plain = "Police said on Monday that six soldiers had been killed in fighting near Kyaukme."
    assert totals(plain) == (6, 0)


def test_a_health_officials_bodies_after_residents_toll_is_the_lower_account() -> None:
    """Residents say 40 died; a district health official says 33 bodies were received at the
    hospital: the lower of two accounts of the same dead, not some of them."""
    text = (
        "An airstrike on a market in Sagaing killed 40 villagers, residents told reporters. A "
        "district health official said 33 bodies had been received at the township hospital."
    )
    assert totals(text) == (33, 0)


@pytest.mark.parametrize(
    "since", ["Since 18 November", "Since 18th of November", "Since November 18"]
)
def test_a_toll_since_a_day_before_a_dated_incident_is_long_run(since: str) -> None:
    """ "Since 1 May, at least 56 civilians have been killed ...; on 14 May, shelling killed 8":
    the day written first or the month first, the toll since it is the run's, and the
    incident's eight are the news."""
    text = (
        f"{since}, at least 61 civilians have been killed in and around Kadugli, according to "
        "local partners. On 3 December, shelling of the central market killed 8 people and "
        "injured 19."
    )
    assert totals(text) == (8, 19)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hospital in Deir al-Balah received 60 casualties, 12 of them dead.", (12, 48)),
        (
            "Eleven people with bullet and machete wounds were evacuated to Beni, local "
            "officials said.",
            (0, 11),
        ),
    ],
)
def test_casualties_with_their_dead_and_people_with_wounds(
    text: str, expected: tuple[int, int]
) -> None:
    """ "60 casualties, 12 of them dead" are 12 dead and 48 wounded, not 60 dead; "people with
    bullet and machete wounds" are wounded, with three words before "wounds"."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen stormed a mosque and a police post, killing 11 police officers, an imam and "
            "a watchman, officials said.",
            (13, 0),
        ),
        ("Army drone strike on Magway school kills 14 pupils, two teachers", (16, 0)),
        (
            "Militants overran a base in Tillaberi, killing at least 30 soldiers, two security "
            "sources and a local official told AFP.",
            (30, 0),
        ),
        (
            '"We recovered nine bodies, and two others who were injured were taken to Maiduguri," '
            "he said.",
            (9, 2),
        ),
        ("A strike killed four people, a woman and her three children, in Deir al-Balah.", (4, 0)),
    ],
)
def test_who_a_list_after_a_count_names(text: str, expected: tuple[int, int]) -> None:
    """People of another kind after a count of police are more dead; a headline's comma list
    of fewer than the count adds; a list that runs into who told it ends before them; people
    "who were injured" after the bodies are wounded, not more dead; a list that numbers the
    count names
    it."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Four presumed members of a criminal cell and one municipal police officer died in a "
        "shootout in Culiacan on Monday.",
        "Four members of an armed cell and one municipal police officer died in a shootout in "
        "Culiacan on Monday.",
    ],
)
def test_a_hedged_group_of_an_armed_cell_before_another_dead(text: str) -> None:
    """ "Four presumed members of a criminal cell and one officer died": five; the hedge after
    the number and the article inside the "of" phrase end no list."""
    assert totals(text) == (5, 0)


def test_bombers_counted_before_a_toll_that_leaves_them_out() -> None:
    """ "Two suicide bombers struck a market ..., killing 11 people. The toll does not include
    the bombers": 13 dead."""
    text = (
        "Two suicide bombers struck a market in Konduga on Friday, killing 11 people, officials "
        "said. The toll does not include the bombers. Another 30 people were injured."
    )
    assert totals(text) == (13, 30)


def test_who_said_it_after_along_with_is_no_victim() -> None:
    """ "was killed ..., along with four others, a police official said": five dead, not six."""
    text = (
        "The district governor was killed by a roadside bomb on Monday, along with four others, "
        "a police official said."
    )
    assert totals(text) == (5, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three jawans of the CRPF laid down their lives and four others were injured.", (3, 4)),
        (
            "Officials said 40 villagers were buried after an army airstrike hit a wedding in "
            "Sagaing, while 25 others were being treated in hospital.",
            (40, 25),
        ),
    ],
)
def test_laid_down_their_lives_and_buried_after_a_strike(
    text: str, expected: tuple[int, int]
) -> None:
    """Soldiers who "laid down their lives" are dead; people "buried after an airstrike" are
    its dead."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The attacker, a bus driver who had crossed from the other side, opened fire on "
            "travellers at the terminal and was shot dead by guards.",
            (1, 0),
        ),
        ("A gunman killed four people at a market and was shot dead by police.", (5, 0)),
        (
            "A Rifles soldier sustained injuries in the exchange and was evacuated to the base "
            "hospital.",
            (0, 1),
        ),
    ],
)
def test_one_subject_of_two_verbs(text: str, expected: tuple[int, int]) -> None:
    """ "The attacker, ..., opened fire ... and was shot dead": the subject of the first verb is
    the one dead; a first verb that tells the person's own harm keeps its one figure."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The interior ministry said its security forces killed four ISKP members in a raid "
            "on a hideout in Jalalabad. 'One of our fighters was martyred,' the spokesman said.",
            (5, 0),
        ),
        (
            "Gang members attacked the Carrefour-Feuilles district overnight, killing at least "
            "nine residents, a rights group said. Police said three gang members were killed as "
            "officers pushed back the assault.",
            (12, 0),
        ),
    ],
)
def test_the_other_sides_dead_beside_the_attacks(text: str, expected: tuple[int, int]) -> None:
    """The speaker's own fighter "martyred" beside the enemies its forces killed, and the gang
    members police killed as they "pushed back the assault", are no part of the other dead."""
    assert totals(text) == expected


def test_a_round_up_line_that_opens_on_its_time_then_its_place() -> None:
    """ "In Cali, ... injuring more than 50. Hours earlier, in Amalfi, ... injuring three":
    the second line is a place of its own, and its wounded add."""
    text = (
        "Two attacks on Thursday killed 17 people in Colombia. In Cali, a truck bomb blew up "
        "near an air base, killing five civilians and injuring more than 50, the mayor said. "
        "Hours earlier, in Amalfi, a police helicopter was downed by a drone, killing 12 "
        "officers and injuring three."
    )
    assert totals(text) == (17, 53)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A missile hit Zaporizhzhia on Sunday, killing two people and injuring 19, the "
            "governor said. UPDATE: A 71-year-old man among the wounded died in hospital "
            "overnight, bringing the death toll to three; 18 others remain under medical care.",
            (3, 18),
        ),
        (
            "ODESA LIVE\n08:10 Drone attack overnight. Governor: 2 dead, 7 injured.\n"
            "18:30 One of the injured, a 10-year-old boy, died in hospital. Total now 3 dead; "
            "9 injured remain in hospital.",
            (3, 9),
        ),
        (
            "Border live\n17:50 Governor: shelling of Rylsk injured three civilians.\n"
            "21:30 Governor: one of the wounded in Rylsk, a 58-year-old woman, has died in "
            "hospital.",
            (1, 2),
        ),
    ],
)
def test_the_wounded_who_died_on_a_live_page_and_in_an_update(
    text: str, expected: tuple[int, int]
) -> None:
    """ "A 71-year-old man among the wounded died": one dead who leaves the wounded; a count of
    the wounded told after the death ("9 injured remain") is already net; "one of the wounded
    in Rylsk ... has died" is of that place's wounded."""
    assert totals(text) == expected


def test_the_update_of_a_disasters_toll_is_no_conflicts() -> None:
    """A live page's "earthquake death toll rises to 1,200" then "Death toll climbs to 2,100;
    3,900 injured, the junta says": the updates are the earthquake's, and only the airstrike
    told beside them counts."""
    text = (
        "Earthquake - live\nSat 09:20 Military government: earthquake death toll rises to "
        "1,200, with 2,400 injured.\nSun 14:00 Death toll climbs to 2,100; 3,900 injured, the "
        "junta says.\nSun 16:30 A resistance group says a military airstrike hit a village in "
        "Sagaing, killing five people despite the disaster."
    )
    assert totals(text) == (5, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A unit came under attack near Djibo overnight. Six of our fighters fell in the "
            "field of honour and four others were wounded, the General Staff said. The riposte "
            "made it possible to neutralise 31 terrorists.",
            (37, 4),
        ),
        (
            "Gang members attacked Tabarre overnight, killing at least five residents, a rights "
            "network said. Police said officers killed three gang members during a "
            "counter-operation on Thursday.",
            (8, 0),
        ),
    ],
)
def test_a_communiques_own_and_the_attackers_killed_in_a_counter_operation(
    text: str, expected: tuple[int, int]
) -> None:
    """ "Six of our fighters fell" beside the terrorists neutralised are the speaker's own
    soldiers, another side; gang members killed "during a counter-operation" are the
    attackers' own dead."""
    assert totals(text) == expected


def test_members_of_two_forces_are_one_count() -> None:
    """ "Nine members of regime forces and loyal militias were killed": nine, the "and" inside
    the "of" phrase."""
    text = (
        "Nine members of regime forces and loyal militias were killed in an attack by ISIS "
        "cells in the Badia desert, the Observatory said."
    )
    assert totals(text) == (9, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Flash floods triggered by a typhoon killed 21 people in two townships, rescue "
            "workers said. The military regime said 180 people had died nationwide.",
            (0, 0),
        ),
        (
            "Flash floods killed 21 people in two townships, rescue workers said. Separately, "
            "the army said four soldiers were killed in Kayin state.",
            (4, 0),
        ),
    ],
)
def test_a_wider_toll_after_a_disasters_dead_is_the_disasters(
    text: str, expected: tuple[int, int]
) -> None:
    """ "The military regime said 180 people had died nationwide" after the floods' dead names
    no act of its own: the floods' toll; a sentence that opens on another incident is its
    own."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "UN human rights office - quarterly brief (April-June): 198 civilians were killed "
            "and 140 injured in 120 incidents.",
            (0, 0),
        ),
        (
            "Hundreds of mourners attended the funeral prayers of the nine labourers killed last "
            "week in Kech, as the sit-in ended.",
            (0, 0),
        ),
        (
            "Gunmen killed several farmers in Zurmi on Tuesday. A ward head said he attended the "
            "burial of nine people killed in the attack.",
            (9, 0),
        ),
    ],
)
def test_a_quarters_brief_and_funeral_prayers_of_earlier_dead(
    text: str, expected: tuple[int, int]
) -> None:
    """A brief for "April-June" is a quarter's statistics; mourners who "attended the funeral
    prayers of" dead "killed last week" are no news, while the burial of the dead "killed in
    the attack" the text tells gives that attack's count."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Militants struck a police post with armed drones, causing the death of two "
            "constables and injuries to five civilians living nearby.",
            (2, 5),
        ),
        (
            "The suicide bombing at the bus station killed 19 people, including 9 soldiers, plus "
            "the bomber, officials said.",
            (20, 0),
        ),
    ],
)
def test_injuries_to_and_plus_the_bomber(text: str, expected: tuple[int, int]) -> None:
    """ "causing ... injuries to five civilians" are five wounded; "killed 19 people, including
    9 soldiers, plus the bomber" is 20."""
    assert totals(text) == expected


def test_a_groups_claim_of_hostages_executed_that_no_source_corroborates() -> None:
    """ "The BLA's claim that it had executed 150 'hostages' was not corroborated by any
    source": set aside; the dead the text tells as fact count."""
    text = (
        "ISPR said the operation to free the hijacked train ended with all 25 terrorists sent "
        "to hell. Before the operation, the terrorists had martyred 18 passengers. The BLA's "
        "claim that it had executed 150 'hostages' was not corroborated by any source."
    )
    assert totals(text) == (43, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sukma Police press note: An IED blew up a vehicle on the Dornapal road. The "
            "following jawans attained martyrdom:\n1. HC Ramesh Kawasi\n2. Constable Deva "
            "Madvi\n3. Constable Hidma Podiyam\nThe civilian driver also lost his life.",
            (4, 0),
        ),
        (
            "Lakki Police: A bomber rammed a vehicle into the police line. The following police "
            "personnel got injured:\n1. Constable Aslam (29)\n2. ASI Gul Nawaz (45)\n3. Constable "
            "Waqar (31)\nThe bomber was killed in the blast.",
            (1, 3),
        ),
        (
            "Our forces repelled an attack on the Harib front, killing and wounding dozens of "
            "them, the spokesman said.",
            (0, 0),
        ),
    ],
)
def test_numbered_lists_and_the_dead_and_wounded_told_together(
    text: str, expected: tuple[int, int]
) -> None:
    """A press note's "The following jawans attained martyrdom:" over numbered lines counts the
    lines; "killing and wounding dozens" counts no one's death or wound."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Weekend violence across Nigeria: In Plateau, gunmen killed 8 people in Mangu. In "
            "Katsina, bandits killed 3 vigilantes in Funtua. In Rivers, a clash between cult "
            "gangs left 2 dead.",
            (13, 0),
        ),
        (
            "Kharkiv live\n21:10 Governor: Russian missile strike on a depot; 1 dead, 5 injured."
            "\n08:20 Separately, in Kupiansk, Russian shelling killed a 71-year-old man.",
            (2, 5),
        ),
    ],
)
def test_a_kickers_round_up_and_a_separate_live_line(text: str, expected: tuple[int, int]) -> None:
    """A kicker of any words before "In Plateau," opens a round-up whose lines add; a live
    line that opens "Separately," is another incident, no repeat of the first line's one
    dead."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The health ministry said a 16-year-old, Yousef Darwish, was killed by Israeli fire "
            "in Tammun on Monday.",
            (1, 0),
        ),
        (
            "In Tank District, security forces killed 2 khwarij; during the exchange of fire "
            "Sepoy Imran Khan (age 24 years, resident of Karak) embraced shahadat.",
            (3, 0),
        ),
    ],
)
def test_an_aged_victim_named_by_apposition_and_a_named_soldier_after_a_semicolon(
    text: str, expected: tuple[int, int]
) -> None:
    """ "a 16-year-old, Yousef Darwish, was killed" is one; "...; during the exchange of fire
    Sepoy A (age 24 years, ...) embraced shahadat" is one more after the khwarij."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "IDF announcement: The following soldiers fell in combat in southern Lebanon:\n- "
            "Capt. Avi Cohen, 23, from Ariel\n- Sgt. Omer Levi, 20, from Holon\n- Sgt. Tal "
            "Mizrahi, 21, from Ashdod\nOne other soldier was seriously wounded.",
            (3, 1),
        ),
        (
            "Gunmen ambushed a convoy at Bagan on Thursday, killing 38 people, officials said. The "
            "deputy commissioner said 25 were injured; local elders put the number of dead at 45.",
            (38, 25),
        ),
    ],
)
def test_a_bulleted_list_of_the_fallen_and_elders_number_of_the_dead(
    text: str, expected: tuple[int, int]
) -> None:
    """ "The following soldiers fell in combat:" over bulleted lines counts them; elders who
    "put the number of dead at 45" after the officials' 38 give another account, the lower
    counts."""
    assert totals(text) == expected


def test_a_numbered_list_under_a_martyred_label() -> None:
    """ "KP Police, Tank: Martyred in the attack on the checkpost:" over numbered lines counts
    them, with the attacker killed after."""
    text = (
        "KP Police, Tank: Martyred in the attack on the Gul Imam checkpost:\n1. Constable Nasir "
        "Khan, 30, of Tank\n2. Constable Irfan Ali, 26, of Kot Azam\nOne attacker was killed in "
        "retaliatory fire."
    )
    assert totals(text) == (3, 0)


def test_a_bulleted_list_of_names_inside_a_police_notice() -> None:
    """ "National Police: killed in Tuesday's strike on a residential area:" over bulleted
    names in the same paragraph counts the names."""
    text = (
        "KHARKIV - National Police: killed in Tuesday's Russian glide-bomb strike on a "
        "residential area:\n- Oksana Bondar, 38\n- her daughter Sofia, 7\n- Petro Hnatiuk, 70\n"
        "Nine other people were injured."
    )
    assert totals(text) == (3, 9)


def test_a_groups_official_named_by_his_role() -> None:
    """ "shot dead a Taliban intelligence official": one, the group's name and a noun before
    his role."""
    assert totals("Unknown gunmen shot dead a Taliban intelligence official in Herat.") == (1, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Army communique: dissidents ambushed a patrol in Guaviare. The following were "
            "killed: SLP Carlos Rojas, SLP Jhon Mena and SL18 Andres Mora.",
            (3, 0),
        ),
        (
            "The following soldiers were killed: Sgt. Luis Pardo, Cpl. Diego Ruiz, Pvt. Ivan "
            "Soto and Pvt. Mateo Gil.",
            (4, 0),
        ),
    ],
)
def test_the_names_listed_after_the_following_were_killed(
    text: str, expected: tuple[int, int]
) -> None:
    """ "The following were killed: SLP A, SLP B and SL18 C": one dead a name."""
    assert totals(text) == expected


def test_a_live_pages_recap_of_yesterday_is_no_news() -> None:
    """ "20:00 Recap: yesterday's shelling of Karari killed 9 people": told on the page before;
    the day's strike toll stands."""
    text = (
        "Sudan live\n09:00 Activists say a drone strike hit a market in Omdurman; 15 dead.\n"
        "16:15 Health ministry update: 19 killed, 40 injured.\n20:00 Recap: yesterday's "
        "shelling of Karari killed 9 people, according to the same ministry."
    )
    assert totals(text) == (19, 40)


def test_more_bodies_before_a_speaker_who_puts_the_toll() -> None:
    """ "after two more bodies were recovered, Governor Umara Zulum put the toll at 11": the two
    are in the 11; the speaker's name is no other place."""
    text = (
        "Initial reports said 9 farmers were killed; on Sunday, after two more bodies were "
        "recovered from the bush, Governor Umara Zulum put the toll at 11."
    )
    assert totals(text) == (11, 0)


def test_a_rival_source_named_with_a_which_clause_after_a_semicolon() -> None:
    """ "Residents said 7 passengers were killed; the regional government, which blamed the
    OLA, said 5 passengers were killed": two accounts of the same dead, the lower counts."""
    text = (
        "Fighters ambushed a bus in Gida Ayana on Thursday. Residents said 7 passengers were "
        'killed; the Oromia regional government, which blamed the OLA ("Shene"), said 5 '
        "passengers were killed and 2 injured."
    )
    assert totals(text) == (5, 2)


def test_a_victim_with_what_was_being_done_to_him() -> None:
    """ "A South Sudanese army general being evacuated was also killed": one more dead."""
    text = (
        "A UN helicopter came under fire in Nasir. UNMISS said one crew member was killed and "
        "two others were injured. A South Sudanese army general being evacuated was also killed."
    )
    assert totals(text) == (2, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Malian Armed Forces neutralised 14 terrorists near Boni, the General Staff "
            "said. 'On the friendly side, the toll is 2 dead and 5 wounded,' the statement said.",
            (16, 5),
        ),
        (
            "JNIM claimed to have killed dozens of soldiers near Lere. The Malian army said 'the "
            "toll on our side is three dead' and that 18 terrorists were neutralised. Residents "
            "reported that four civilians were killed in crossfire.",
            (25, 0),
        ),
        (
            "Army statement: Our forces repelled an assault by the militia on Sunday. Our forces "
            "offered 12 martyrs. A militia adviser said that 17 of the group's fighters were "
            "killed in the battle.",
            (29, 0),
        ),
    ],
)
def test_a_communiques_own_side_beside_its_enemies(text: str, expected: tuple[int, int]) -> None:
    """ "On the friendly side, the toll is 2 dead" beside 14 terrorists neutralised: the
    speaker's own dead, of the other side, add to its enemies'."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BUNIA - CODECO militiamen attacked a gold mining site in Lopa, killing 12 people, "
            "civil society said Thursday. An army spokesman said troops killed 2 assailants and "
            "arrested 5.",
            (14, 0),
        ),
        (
            "Gang members attacked the town of Pont-Sonde early Thursday, killing at least 70 "
            "residents, the UN said. Police separately said two gang members were killed in an "
            "exchange of fire with officers who arrived hours later.",
            (72, 0),
        ),
    ],
)
def test_attackers_the_forces_killed_after_irregulars_attacked(
    text: str, expected: tuple[int, int]
) -> None:
    """ "CODECO militiamen attacked ..., killing 12 people ... troops killed 2 assailants": the
    attackers' own dead, no part of their victims."""
    assert totals(text) == expected


def test_soldiers_of_two_states_each_told_once() -> None:
    """Border guards of one state and a soldier of the other, each counted by its own side:
    two sides' dead."""
    text = (
        "Two border guards of the Islamic Emirate were martyred and three others wounded in "
        "shelling on Dand-e-Patan district, the district spokesman said. Pakistani security "
        "officials said one Frontier Corps soldier was killed in the exchange of fire."
    )
    assert totals(text) == (3, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "JOS - Of the 30 people injured in Sunday's attack in Mangu, three died at the "
            "teaching hospital on Wednesday, bringing the death toll to 18, police said.",
            (18, 27),
        ),
        (
            "Live:\n10:20 - Jets bombed a market in Tabayin; the local PDF says 4 dead.\n"
            "15:05 - The township administration says the toll is now 11, with 20 injured.\n"
            "19:40 - Residents say 2 of the injured died at a clinic in Ye-U; total 13 dead.",
            (13, 18),
        ),
        (
            "11:05 - Red Crescent: one killed, three wounded by Israeli fire in Tubas.\n"
            "13:30 - Health Ministry: a second man, wounded earlier in Tubas, has died of his "
            "injuries.",
            (2, 2),
        ),
        (
            "Two soldiers and a porter were killed and three others were injured when "
            "militants ambushed an Army vehicle near Gulmarg on Thursday. Officials said on "
            "Friday that the injured porter succumbed overnight at the Army hospital.",
            (4, 2),
        ),
        (
            "One of the two traffic police constables injured in Sunday's grenade attack in "
            "Pulwama succumbed to his injuries on Monday, officials said.",
            (1, 1),
        ),
        (
            "Ten people were wounded in the blast at the market on Friday. Two injured died "
            "later in hospital.",
            (2, 8),
        ),
        (
            "Missiles struck a beach near Sevastopol on Sunday, killing four people and "
            "wounding 151, officials said. The toll rose to five on Monday when a hospitalised "
            "woman died of her wounds.",
            (5, 150),
        ),
        ("Kurram convoy attack toll rises to 52 as three more injured succumb", (52, 0)),
        (
            "A missile strike on the centre of Sumy killed 34 people, the president said. The "
            "regional administration said 117 people were wounded.\nUpdate, Monday: The death "
            "toll has risen to 35 after a wounded woman died in hospital, the city council said.",
            (35, 116),
        ),
        (
            "10:15 MDA: paramedics treating a man, 30, with shrapnel wounds in Holon.\n10:40 "
            "MDA: seven more people lightly injured by shrapnel.\n11:20 MDA: the man wounded "
            "in Holon has died of his injuries.",
            (1, 7),
        ),
    ],
)
def test_the_wounded_who_died_told_in_more_ways(text: str, expected: tuple[int, int]) -> None:
    """The wounded who died leave the wounded and join the dead, told by their noun, "earlier",
    a dateline before "Of the 30 injured", or in a headline; a toll raised by them has them."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ISPR: Khwarij rammed an explosive-laden vehicle into the perimeter wall of a post "
            "in Mir Ali, resulting in the shahadat of five soldiers.",
            (5, 0),
        ),
        (
            "Troops of Operation Hadin Kai sent six Boko Haram terrorists to their graves during "
            "a clearance operation in Sambisa forest, an army spokesman said.",
            (6, 0),
        ),
        (
            "Two PDF comrades fell in the revolution and three were injured in fighting with "
            "junta troops in Myaing township on Tuesday.",
            (2, 3),
        ),
        (
            "An Israeli strike on a family home killed 11 people, hospital staff said. Another "
            "23 people were brought to the hospital with injuries.",
            (11, 23),
        ),
    ],
)
def test_more_idioms_of_death_and_wounds(text: str, expected: tuple[int, int]) -> None:
    """ "the shahadat of five soldiers", "sent ... to their graves", "fell in the revolution",
    "brought to the hospital with injuries"."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The regional health bureau said 120 people died of malaria in the region over the past "
        "month, as fighting disrupted access to health facilities.",
        "Police have arrested two suspects after a man was stabbed to death in a dispute over a "
        "parking space in Ikeja on Sunday.",
        'Police said a man shot dead his two sisters in an alleged "honour" killing in Orangi '
        "Town on Saturday and fled the scene.",
    ],
)
def test_disease_and_private_killings_are_no_conflict_deaths(text: str) -> None:
    """Deaths of malaria beside fighting, a killing over a parking space, an "honour" killing:
    no conflict violence."""
    assert totals(text) == (0, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Civil Defence said an Israeli strike on a house in the Al-Shati camp killed Dr "
            "Hussam Abu Daqqa, 49, his wife Noor, 38, and their children Yahya, 12, Rakan, 9, and "
            "Sila, 6.",
            (5, 0),
        ),
        (
            "Governor Ivan Fedorov named the victims of the guided-bomb strike as Olha, 64, her "
            "husband Mykola, 67, and their neighbour Petro, 45.",
            (3, 0),
        ),
        (
            "Regrettably, three villagers, namely Ishaya Danjuma (45), Bulus Audu (30) and "
            "Rifkatu Yakubu (12), lost their lives in the attack on Kurmin Kare.",
            (3, 0),
        ),
        (
            "Terrorists opened fire on a police mobile van in Sarai Naurang on Tuesday, "
            "martyring Sub-Inspector Abdul Hameed and constables Shafiullah and Muhammad Nawaz.",
            (3, 0),
        ),
        (
            "Militants ambushed a polio vaccination team in Kulachi. Polio worker Bibi Zainab "
            "and her police escort, Constable Azmatullah, were martyred.",
            (2, 0),
        ),
        (
            "A suicide bomber killed the Taliban's minister for refugees, Khalil Haqqani, and "
            "five other people at his ministry in Kabul on Wednesday.",
            (6, 0),
        ),
    ],
)
def test_named_lists_count_their_people(text: str, expected: tuple[int, int]) -> None:
    """One dead a name, with ages, relatives, plural ranks and appositions between; an age is
    never a count."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Solino neighbourhood came under attack overnight; at least 12 residents were "
            "killed, a rights group said. Police said seven gang members were killed as officers "
            "pushed them back.",
            (19, 0),
        ),
        (
            "At least 12 residents were killed during an attack by armed gangs on Mirebalais on "
            'Monday night, local authorities said. Police said its agents killed "several '
            'bandits" during the counter-offensive.',
            (15, 0),
        ),
        (
            "A group of secessionist terrorists attacked the gendarmerie post at Bamessing at "
            "dawn on Saturday. Adjudant-chef Mballa Essomba lost his life and two gendarmes were "
            "wounded. The riposte of the defence forces neutralised three assailants.",
            (4, 2),
        ),
        (
            "Terrorist groups attacked a security outpost in Kawlin township. Security forces "
            "responded, and six bodies of terrorists were found at the scene. One member of the "
            "Tatmadaw sacrificed his life in the line of duty and two were injured.",
            (7, 2),
        ),
        (
            "The riposte of our forces made it possible to neutralise the assailants, who came "
            "in large numbers: about forty bodies were counted on the ground. Four soldiers fell "
            "in the field of honour and seven others were wounded.",
            (44, 7),
        ),
    ],
)
def test_the_defenders_dead_beside_the_attackers_they_killed(
    text: str, expected: tuple[int, int]
) -> None:
    """Attackers pushed back or killed in a counter-offensive, bodies of the neutralised
    assailants, and a state's man by rank or by "member of the Tatmadaw": two sides' dead."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LASHIO LIVE\n09:00 The MNDAA says it has captured the junta's command.\n12:15 Junta "
            "airstrike on Lashio's Zay Gyi market: local aid group says 11 civilians dead.\n16:40 "
            "Revised: aid group now says 9 dead after duplicate names were removed; 14 wounded.",
            (9, 14),
        ),
        (
            "Sudan live\n[10:00] El Obeid: RSF drone hits fuel depot; no casualties reported.\n"
            "[14:20] Kordofan: Sudanese army says RSF shelling of Dilling killed 5 civilians.\n"
            "[18:45] Correction: army now says 4 civilians were killed and 9 wounded in Dilling.",
            (4, 9),
        ),
        (
            "LIVE: Russian attack on Dnipro\n09:40 Governor: one person killed, four injured.\n"
            "11:05 Governor: the toll has risen to three dead. 12 people injured.\n14:30 "
            "Governor: a woman pulled from the rubble has died, bringing the death toll to four. "
            "The number of injured now stands at 11.",
            (4, 11),
        ),
    ],
)
def test_a_live_pages_revision_is_the_newer_value_even_when_lower(
    text: str, expected: tuple[int, int]
) -> None:
    """ "Revised: ... now says 9 dead", "Correction: army now says 4", "The number of injured
    now stands at 11": the later line's revision stands, lower or not."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 54 people were killed when a suicide bomber blew himself up at a rally in "
            "Khar on Sunday, officials said. The toll includes the bomber, police said.",
            (54, 0),
        ),
        (
            "Three female suicide bombers attacked a fish market in Konduga on Saturday evening, "
            "killing 12 people besides themselves and injuring 30.",
            (15, 30),
        ),
        (
            "Separatist fighters set a bus ablaze and shot dead two passengers on Sunday. The "
            "army said on Monday it had neutralised the perpetrators, four of them, in a "
            "follow-up operation.",
            (6, 0),
        ),
        (
            "A suicide bomber struck a convention on Sunday. District officials said 54 people "
            "were killed and hospital sources put the toll at 63; neither figure included the "
            "bomber.",
            (55, 0),
        ),
    ],
)
def test_bombers_and_perpetrators_told_beside_the_toll(
    text: str, expected: tuple[int, int]
) -> None:
    """A toll that includes the bomber, bombers dead "besides themselves", perpetrators "four of
    them", and two sources' tolls in one sentence that leave the bomber out."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A military court sentenced 37 people to death on Friday over the failed coup "
            "attempt of May 2024, in which six people were killed.",
            (0, 0),
        ),
        (
            "A Dutch court on Thursday sentenced three men in absentia to life imprisonment over "
            "the 2014 downing of flight MH17 over eastern Ukraine, which killed all 298 people "
            "on board.",
            (0, 0),
        ),
        (
            "At least 21 Palestinians were killed near an aid distribution point in Rafah. The "
            "field hospital said it had received 179 casualties, 21 of whom were declared dead "
            "on arrival.",
            (21, 158),
        ),
        (
            "An Iranian missile hit a residential building in Bat Yam overnight. Rescue teams "
            "recovered six bodies. About 200 people were treated by MDA, 35 of them for wounds "
            "from debris and the rest for anxiety.",
            (6, 35),
        ),
        (
            "A Russian drone dropped an explosive on a city bus on Tuesday, killing the driver "
            "and injuring seven passengers, the governor said. One of the passengers later died "
            "in hospital.",
            (2, 6),
        ),
    ],
)
def test_courts_crimes_and_the_hospitals_casualties(text: str, expected: tuple[int, int]) -> None:
    """A court's crime told after a later "over" or "of", casualties "21 of whom" were dead,
    people treated "35 of them for wounds", and "One of the passengers later died"."""
    assert totals(text) == expected


def test_a_regions_people_is_not_the_place_of_the_deaths() -> None:
    """ "12 Amhara civilians" in Oromia: a people, so the regional government's toll there is
    another account of the same dead, and the lower counts."""
    text = (
        "Residents of Gida Kiremu district, East Wollega, told Addis Standard that at least 12 "
        "Amhara civilians were killed by gunmen. The Oromia regional government blamed "
        "'Shene' and put the toll at 10."
    )
    assert totals(text) == (10, 0)


def test_dead_told_before_the_wounded_are_not_the_wounded_who_died() -> None:
    """ "14 killed and 25 wounded; three of the wounded later died, taking the toll to 17": 22
    wounded remain, not 25 less all 17."""
    text = (
        "Junta jets bombed a market in Kyaukme town on Wednesday evening, residents said. By "
        "Thursday morning, 14 people had been confirmed killed and 25 wounded; three of the "
        "wounded later died at Kyaukme hospital, taking the death toll to 17, according to the "
        "TNLA."
    )
    assert totals(text) == (17, 22)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Armed men offloaded nine passengers from a bus near Noshki and shot them dead, "
            "officials said.",
            (9, 0),
        ),
        (
            "A confrontation between armed civilians and the Guardia Nacional in Tepalcatepec "
            "left a balance of six presumed criminals dead and three elements of the Guard "
            "wounded.",
            (6, 3),
        ),
        (
            "Prosecutors opened an investigation into the execution of five Ukrainian prisoners "
            "of war by Russian troops near Pokrovsk on Saturday.",
            (5, 0),
        ),
        (
            "The Palestinian Health Ministry said one man, Omar Qatin, 27, was shot dead and 12 "
            "others were wounded.",
            (1, 12),
        ),
        (
            "Clashes between rival factions left five people dead on Sunday. A woman passing by "
            "in her car was wounded by a stray bullet.",
            (5, 1),
        ),
        (
            "Two soldiers of the Infantry Battalion No. 8 'Pichincha' died and 4 more were "
            "wounded when dissidents activated an explosive device, the Army reported.",
            (2, 4),
        ),
        ("Since the start of the invasion, at least 147 civilians have been killed.", (0, 0)),
    ],
)
def test_more_subjects_objects_and_a_wars_start(text: str, expected: tuple[int, int]) -> None:
    """ "shot them dead", "presumed criminals", "the execution of", a named man's age, a unit's
    number, and a toll since the start of the invasion."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "PARACHINAR: Gunmen opened fire on a convoy on Thursday, killing 42 people, officials "
            "said. On Friday, the toll rose to 43 after one of the 21 injured died at Lady "
            "Reading Hospital.",
            (43, 20),
        ),
        (
            "Kyiv attack - live\n07:40 Toll rises to four dead and 16 injured.\n09:25 Rescuers "
            "pull another body from the rubble; five dead, 19 injured.\n12:00 One of the "
            "hospitalised, a 71-year-old woman, has died, Tkachenko says. Toll: six dead.",
            (6, 18),
        ),
        (
            "Live\n08:12 The governor says two people were killed and 11 wounded in a drone "
            "attack on Kharkiv.\n10:40 The death toll in Kharkiv has risen to three after a "
            "67-year-old woman died in hospital, the governor says.",
            (3, 10),
        ),
    ],
)
def test_the_hospitalised_who_died_leave_the_wounded(text: str, expected: tuple[int, int]) -> None:
    """ "after one of the 21 injured died", "One of the hospitalised ... has died", "after a
    67-year-old woman died in hospital": one dead, one wounded fewer."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nearly 20 killed in shelling of El Fasher market - At least 19 people were killed "
            "and 41 wounded when shells struck the Naivasha market, the network said.",
            (19, 41),
        ),
        (
            "Two missiles struck the centre of Sumy on Sunday, killing 34 people, the emergency "
            "service said on Monday. Earlier, the city's acting mayor Artem Kobzar had said "
            "'more than 20' were dead.",
            (34, 0),
        ),
        (
            "Eight people were killed and 11 wounded when gang members attacked Kenscoff on "
            "Thursday, the mayor said. The toll was revised to 10 on Friday after two more "
            "bodies were found in a burned house.",
            (10, 11),
        ),
    ],
)
def test_rounded_earlier_and_revised_tellings_of_one_toll(
    text: str, expected: tuple[int, int]
) -> None:
    """A headline's "Nearly 20" over the body's 19, a mayor's earlier "more than 20" beside the
    later 34, and a toll "revised to 10 ... after two more bodies were found"."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Lebanese Health Ministry said an Israeli strike on a car in Bint Jbeil on "
            "Thursday killed two people. Hezbollah later mourned one of them, Ali Hassan "
            'Fadlallah, as a fighter "martyred on the road to Jerusalem".',
            (2, 0),
        ),
        (
            "A drone strike on a car in Kobani killed three SDF fighters, the SDF said on Friday. "
            'Separately, the Defence Ministry said in its weekly briefing that 48 "terrorists" '
            "had been neutralised in northern Iraq and Syria over the past week.",
            (3, 0),
        ),
        (
            "Troops neutralised five terrorists in an ambush on Monday near Sambisa forest and "
            "six more on Wednesday during a clearance operation in Gwoza, the army said.",
            (11, 0),
        ),
    ],
)
def test_a_martyrs_formula_a_weeks_briefing_and_more_of_the_same(
    text: str, expected: tuple[int, int]
) -> None:
    """ "on the road to Jerusalem" is no place, a weekly briefing's week is a statistic, and
    "and six more on Wednesday" share the verb."""
    assert totals(text) == expected


def test_wounded_received_since_a_siege_began_are_a_long_run_count() -> None:
    """ "received more than 1,200 wounded at the South Hospital since then": the siege's wounded
    since May 2024, context only."""
    text = (
        "El Fasher has been under RSF siege since May 2024; MSF says its teams have received "
        "more than 1,200 wounded at the South Hospital since then."
    )
    assert totals(text) == (0, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "OCHA Haiti - Flash Update No. 9: gang attacks in Kenscoff killed at least eight "
            "people and wounded five. In Petite-Riviere de l'Artibonite, members of the Gran "
            "Grif gang killed four farmers working in rice fields.",
            (12, 5),
        ),
        (
            "Russian strikes on Kharkiv overnight killed three civilians and wounded 21, the "
            "governor said. In Zaporizhzhia, one man died and two people were injured after a "
            "guided bomb hit an industrial facility, governor Ivan Fedorov said.",
            (4, 23),
        ),
    ],
)
def test_a_sentence_led_by_another_place_is_another_incident(
    text: str, expected: tuple[int, int]
) -> None:
    """ "In Petite-Riviere de l'Artibonite, ..." after Kenscoff's dead: a second incident."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 14 civilians were killed overnight in an attack on the village of "
            "Mangurujipa, according to civil society sources. The territorial administrator, "
            "Colonel Alain Kiwewa, speaks of 11 bodies found.",
            (11, 0),
        ),
        (
            "At least 18 civilians were killed overnight in an attack on the village of "
            "Mayikengo, according to civil society sources. The territorial administrator, "
            "Colonel Alain Kiwewa, gave a provisional toll of 12 dead.",
            (12, 0),
        ),
    ],
)
def test_an_official_named_after_his_title_gives_another_account(
    text: str, expected: tuple[int, int]
) -> None:
    """ "The territorial administrator, Colonel X, speaks of 11 bodies found" (or "gave a
    provisional toll of 12 dead"): another source's account, the lower counts."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MICHOACAN - The state prosecutor's office reported that six bodies were found "
            "inside a house in Uruapan. Separately, an armed confrontation between municipal "
            "police and alleged cartel members in Apatzingan left two officers and four "
            "attackers dead.",
            (12, 0),
        ),
        (
            "Weekly update: In Macomia district, Islamic State Mozambique insurgents beheaded two "
            "fishermen near Pangane on 3 December. On 5 December, Rwandan forces clashed with "
            "insurgents near Mucojo; Rwandan state media reported that eight insurgents were "
            "killed.",
            (10, 0),
        ),
    ],
)
def test_another_incident_by_its_opener_or_its_day(text: str, expected: tuple[int, int]) -> None:
    """ "Separately," and a day told before a semicolon make another incident."""
    assert totals(text) == expected


def test_one_of_the_largest_attacks_of_the_war_is_no_war_long_toll() -> None:
    """ "one of its largest air attacks of the war ... killing at least seven people across
    Ukraine": the day's dead, whose breakdown by town follows, not the war's."""
    text = (
        "KYIV (Reuters) - Russia launched one of its largest air attacks of the war on Monday, "
        "killing at least seven people across Ukraine, officials said. Two people were killed "
        "in Lutsk, one in Dnipro, one in Zhytomyr region and three in Zaporizhzhia. At least 47 "
        "people were wounded nationwide."
    )
    assert totals(text) == (7, 47)


def test_a_part_told_with_the_after_including_is_no_mate_of_the_next_verb() -> None:
    """ "six killed, including the four children, and 11 injured": the four are of the six,
    never wounded."""
    text = (
        "Local authorities said the toll was six killed, including the four children, and 11 "
        "injured."
    )
    assert totals(text) == (6, 11)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On the first anniversary of the Machil ambush that killed five paratroopers, "
            "militants struck again in Kupwara on Tuesday, killing a Territorial Army soldier "
            "and injuring a civilian porter, the Army said.",
            (1, 1),
        ),
        (
            "On the third anniversary of the Kabul airport bombing, which killed 13 service "
            "members and some 170 Afghans, families of the fallen gathered at the cemetery.",
            (0, 0),
        ),
    ],
)
def test_a_fronted_anniversary_dates_only_its_own_attack(
    text: str, expected: tuple[int, int]
) -> None:
    """ "On the first anniversary of the ambush that killed five, militants struck again,
    killing a soldier": the five are the past attack's, the soldier today's."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army said its units fell into an ambush near Tinzaouatene, without giving a "
            "figure. The rebels claimed 47 soldiers and 84 Wagner fighters killed; JNIM "
            "separately claimed 50 dead. None of the claims could be verified.",
            (0, 0),
        ),
        (
            'The NPA claimed its "red fighters" killed five soldiers in an encounter in General '
            "Nakar. The Army's 2nd Infantry Division said the claim was propaganda: one soldier "
            "was wounded and two NPA rebels were killed, their bodies recovered at the site.",
            (2, 1),
        ),
    ],
)
def test_claims_none_could_verify_and_the_dismissing_sides_own_count(
    text: str, expected: tuple[int, int]
) -> None:
    """ "None of the claims could be verified": no count; "said the claim was propaganda: ...
    two NPA rebels were killed": the dismissing side's own count stands."""
    assert totals(text) == expected


def test_a_ucdp_best_estimate_without_a_colon() -> None:
    """ "Best 17, low 17, high 43": the coder's best estimate stands for the summary's claims."""
    text = (
        "UCDP GED candidate event. Myanmar; Government of Myanmar - Arakan Army. 2024-12-04, "
        "Minbya township. Deaths a: 14; deaths b: 3; civilians: 0; unknown: 0. Best 17, low 17, "
        "high 43. Source summary: The Irrawaddy cites an AA claim of 40 junta troops killed; the "
        "AA acknowledged three of its own fighters killed."
    )
    assert totals(text) == (17, 0)


def test_dead_among_the_escort_are_its_soldiers() -> None:
    """ "a toll of nine dead among the escort" beside "dozens of terrorists had been
    neutralised": the escort's soldiers, the lower account of the soldiers' dead, beside the
    terrorists."""
    text = (
        "A supply convoy escorted by the army was attacked between Fada N'Gourma and Kantchari "
        'on Monday. Security sources told AFP that "around twenty" soldiers were killed. A '
        "government communique gave a toll of nine dead among the escort and said dozens of "
        "terrorists had been neutralised."
    )
    assert totals(text) == (21, 0)


def test_casualties_including_the_dead_on_arrival() -> None:
    """ "received 179 casualties, including 21 who were declared dead on arrival": the 21 are
    the dead, the other 158 the wounded."""
    text = (
        "At least 21 people were killed near an aid distribution site in Rafah on Sunday, civil "
        "defence said. The Red Cross field hospital said it received 179 casualties, including "
        "21 who were declared dead on arrival."
    )
    assert totals(text) == (21, 158)


def test_attackers_killed_in_a_counter_attack_are_no_rival_account_of_their_victims() -> None:
    """ "killing at least 10 people ..., a local official said, while the police said 4 gang
    members were killed when officers counter-attacked": 14 dead, not the lower of two."""
    text = (
        "Gang members attacked the town of Mirebalais overnight, killing at least 10 people "
        "including two police officers, a local official said, while the police said 4 gang "
        "members were killed when officers counter-attacked."
    )
    assert totals(text) == (14, 0)


def test_a_governors_summary_fields_by_place() -> None:
    """ "killed - 4 in Kostiantynivka, 1 in Pokrovsk, 2 in Myrnohrad; injured - 9": a field's
    counts by place add up; the war-long toll after them is context."""
    text = (
        "Donetsk governor, morning summary for the past day: killed \u2014 4 in Kostiantynivka, 1 "
        "in Pokrovsk, 2 in Myrnohrad; injured \u2014 9 across the region. Since the start of the "
        "full-scale invasion, Russia has killed 2,947 civilians in the region."
    )
    assert totals(text) == (7, 9)


def test_a_colon_breakdown_whose_last_member_reads_as_a_figure() -> None:
    """ "22 civilians were killed ...: 13 in ..., 5 in ..., and 4 who were executed": the four
    are of the 22."""
    text = (
        "Emergency Lawyers said 22 civilians were killed in Khartoum state on Sunday: 13 in RSF "
        "artillery shelling of Karari in Omdurman, 5 in an army airstrike on Mayo market, and 4 "
        "who were executed by RSF fighters in East Nile."
    )
    assert totals(text) == (22, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Insurgents killed at least four people in an attack on the village of Mbau on "
            "Wednesday, local sources told Lusa. A military source in the district, however, put "
            "the toll at two dead, both fishermen.",
            (2, 0),
        ),
        (
            "Suspected ISWAP fighters killed seven farmers in Mafa on Tuesday, the state police "
            "spokesman said. A member of the Civilian Joint Task Force who helped recover the "
            "bodies put the number of dead at nine.",
            (7, 0),
        ),
        (
            "An Israeli strike on a house in Aitou on Monday killed 21 people, Lebanon's health "
            "ministry said. The UN human rights office, which called for an investigation, "
            "cited a toll of 22.",
            (21, 0),
        ),
        (
            "Borno State Government said on Monday that 40 farmers were killed in Dumba. Earlier "
            "reports by local residents had put the number of dead at 14.",
            (40, 0),
        ),
    ],
)
def test_a_described_speakers_own_count_after_a_named_source(
    text: str, expected: tuple[int, int]
) -> None:
    """A speaker described but not named who puts the toll at its own count, after a named
    source's: another account, the lower stands; an earlier count ("had put") is not one."""
    assert totals(text) == expected


def test_a_sources_method_is_no_part_of_the_dead() -> None:
    """ "The Gaza Health Ministry, which counts bodies received by hospitals, said 27 were
    killed": another account of the civil defence's 31, not some of them."""
    text = (
        "Gaza's Civil Defence spokesman Mahmoud Bassal said 31 people were killed by Israeli "
        "fire near an aid distribution site west of Rafah on Sunday morning. The Gaza Health "
        "Ministry, which counts bodies received by hospitals, said 27 were killed and more "
        "than 90 wounded."
    )
    assert totals(text) == (27, 90)


@pytest.mark.parametrize("start", ["the start of 2024", "the beginning of 2024"])
def test_since_the_start_of_a_year_is_a_long_run_toll(start: str) -> None:
    """ "Since the start of 2024, 14 aid workers have been killed": a year's toll so far, not
    the day's two."""
    text = (
        "On 2 December, a health worker and a driver were killed when armed men opened fire on "
        f"an ambulance near Bahir Dar. Since {start}, 14 aid workers have been killed in "
        "Ethiopia."
    )
    assert totals(text) == (2, 0)


def test_one_of_the_wounded_named_with_an_age_who_raises_the_toll() -> None:
    """ "One of the wounded, Corporal Andrés Pérez, 27, died ..., raising the toll to five":
    one of seven wounded died (six left), and the named man is that one."""
    text = (
        "Four soldiers were killed and seven wounded in an ELN drone attack on a military base "
        "in Tibu, the army said on Saturday. One of the wounded, Corporal Andres Perez, 27, died "
        "on Monday at the Erasmo Meoz hospital, raising the toll to five."
    )
    assert totals(text) == (5, 6)


@pytest.mark.parametrize(
    "text",
    [
        "Nigeria: 11 dead as fuel tanker rams into market in Kano",
        "At least five people were killed and ten injured when a humanitarian airdrop "
        "malfunctioned and pallets fell on people waiting near the Shati camp, hospital "
        "officials said. The parachute of one of the pallets failed to open.",
        "Six Ukrainian soldiers died when their truck overturned during a training exercise in "
        "the Chernihiv region, the military said, stressing that the crash was not the result "
        "of enemy fire.",
    ],
)
def test_accidents_beside_war_are_not_conflict_deaths(text: str) -> None:
    """A tanker that rams into a market, an airdrop that malfunctioned, a crash "not the
    result of enemy fire": accidents, not counted."""
    assert totals(text) == (0, 0)


def test_a_summary_under_an_outlets_head_is_the_whole_of_its_lines() -> None:
    """ "Kyiv Independent: Russian attacks killed six ... across Ukraine" over lines by oblast
    that add up to it: six, not twelve."""
    text = (
        "Kyiv Independent: Russian attacks killed six people and injured 31 across Ukraine over "
        "the past day, regional authorities reported. Donetsk Oblast: three killed, eight "
        "injured. Kharkiv Oblast: one killed, 12 injured. Kherson Oblast: two killed, 11 "
        "injured."
    )
    assert totals(text) == (6, 31)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army spokesman said on Sunday that four attackers, including their leader "
            "Christian Malanga, were killed when security forces foiled an attempted coup at the "
            "Palais de la Nation. Two police guards died in the gunmen's initial assault on the "
            "residence of the speaker, he said.",
            (6, 0),
        ),
        (
            "Two persons were killed and five injured when armed miscreants fired at villagers in "
            "Jiribam district on Monday, police said. A CRPF team that rushed to the spot "
            "exchanged fire with the militants, and 10 suspected militants were killed, "
            "officials said.",
            (12, 5),
        ),
        (
            "Armed herdsmen attacked Mbakuha community in Guma LGA. Eight (8) persons were killed "
            "and three (3) others sustained gunshot injuries. Police operatives in conjunction "
            "with the military repelled the attackers; one (1) of the suspects was neutralised "
            "and two AK-47 rifles recovered.",
            (9, 3),
        ),
    ],
)
def test_attackers_the_forces_killed_in_the_response_add_to_their_victims(
    text: str, expected: tuple[int, int]
) -> None:
    """Attackers killed when a coup was foiled, by a team that exchanged fire with them, or
    "one of the suspects" after the attackers were repelled: their own dead, added."""
    assert totals(text) == expected


def test_a_states_claim_of_enemy_soldiers_its_sentence_doubts_is_unconfirmed() -> None:
    """ "killed 'up to 1,350 Ukrainian servicemen' ..., a figure that could not be verified":
    not counted; a state's doubted count of militants it killed still is."""
    text = (
        "Russia's defence ministry said its forces had killed 'up to 1,350 Ukrainian servicemen' "
        "over the past 24 hours, a figure that could not be verified. In Kharkiv, a Russian "
        "guided bomb struck a residential area on Sunday, killing three civilians and injuring "
        "12, regional governor Oleh Syniehubov said."
    )
    assert totals(text) == (3, 12)
    militants = (
        "The armed forces said in a statement on Monday that air strikes near Niono had "
        "destroyed a hideout and killed around 30 fighters. The claim could not be "
        "independently verified."
    )
    assert totals(militants) == (30, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of people gathered at the cathedral on Saturday for the funeral of a "
        "five-year-old girl and her mother who were killed in last week's Russian drone attack "
        "on the city, which killed 12 people in total.",
        "Thousands attended a rally on Friday marking 40 days since the deaths of three young "
        "men killed by an Israeli drone strike last month. No clashes were reported.",
        "Mexican authorities found 32 bodies in clandestine graves in the state of Colima; "
        "prosecutors said the remains had been buried for several months.",
        "Civil defence crews recovered 16 bodies from under the rubble of homes in Rafah on "
        "Tuesday; the victims had been killed during the Israeli offensive on the city in 2024.",
    ],
)
def test_the_dead_of_a_past_attack_mourned_marked_or_found_long_after(text: str) -> None:
    """A funeral for last week's dead, a rally marking 40 days since deaths, and bodies of
    people dead for months: recalled, not counted."""
    assert totals(text) == (0, 0)


def test_a_new_strike_beside_a_funeral_for_last_weeks_dead_counts() -> None:
    """ "Mourners gathered for the funerals of 11 people killed in last week's shelling ..., as
    a new drone strike on the city killed three people and wounded eight": the three count."""
    text = (
        "Mourners gathered on Sunday for the funerals of 11 people killed in last week's "
        "shelling of Omdurman market, as a new drone strike on the city killed three people and "
        "wounded eight."
    )
    assert totals(text) == (3, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen shot three people dead and wounded five in Kano on Monday.", (3, 5)),
        ("The gunmen shot three dead and wounded five in Kano on Monday.", (3, 5)),
        (
            "BLA gunmen offloaded passengers from buses in Musakhel district and shot 23 dead, "
            "police said.",
            (23, 0),
        ),
        (
            "Islamic State said its fighters had killed and wounded dozens of apostate soldiers "
            "in Borno on Monday.",
            (0, 0),
        ),
    ],
)
def test_shot_dead_with_its_count_and_the_wounded_after_it(
    text: str, expected: tuple[int, int]
) -> None:
    """ "shot 23 dead", "shot three people dead and wounded five": counts of their own; "killed
    and wounded dozens" is still the two told together."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    "subject",
    [
        "Five members of the Karialan faction",
        "Five fighters of the Karialan faction",
        "Five members of the Bangsamoro Islamic Freedom Fighters (BIFF)-Karialan faction",
    ],
)
def test_members_of_a_named_faction_are_counted(subject: str) -> None:
    """ "five members of the ... (BIFF)-Karialan faction were killed": five dead, the faction
    being whose they were."""
    text = f"{subject} were killed in a clash with troops in Maguindanao del Sur on Sunday."
    assert totals(text) == (5, 0)


def test_a_fire_the_strike_caused_is_no_accident() -> None:
    """ "A drone struck the oil field ..., causing a fire and injuring two workers": the two
    are wounded in the strike."""
    text = (
        "ERBIL - A drone struck the Sarsang oil field in Duhok province on Tuesday night, causing "
        "a fire and injuring two workers, the Kurdistan Region's interior ministry said."
    )
    assert totals(text) == (0, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A professional soldier lost his right leg after stepping on an anti-personnel mine "
            "while patrolling a rural area of Tame on Monday, the army said.",
            (0, 1),
        ),
        ("Two children lost their legs when a landmine exploded in Kandahar.", (0, 2)),
        ("The army lost 6 soldiers in the ambush near Tame.", (6, 0)),
    ],
)
def test_a_limb_lost_is_a_wound(text: str, expected: tuple[int, int]) -> None:
    """ "lost his right leg after stepping on a mine": one wounded; "lost 6 soldiers" is still
    a force's dead."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An Israeli strike on a house in Khan Younis killed Khaled Farra, 52, his wife Amal, "
            "47, and their sons Yousef, 20, and Ibrahim, 15.",
            (4, 0),
        ),
        (
            "KHAN YOUNIS - Among those killed when an Israeli strike levelled the al-Farra family "
            "house late on Saturday: Khaled al-Farra, 52; his wife Amal, 47; their sons Yousef, "
            "20, and Ibrahim, 15; daughter-in-law Hala, 22; and grandchildren Kenan, 3, and "
            "Layan, 8 months.",
            (7, 0),
        ),
    ],
)
def test_named_dead_with_ages_without_a_title_or_after_among_those_killed(
    text: str, expected: tuple[int, int]
) -> None:
    """A killing's list of names with ages counts one a name, with no title before the first
    name, and after "Among those killed ...:" where a baby's age is in months."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Al Jazeera said its correspondent Ismail al-Ghoul was killed in Gaza City.", (1, 0)),
        (
            "Al Jazeera said its correspondent Ismail al-Ghoul and cameraman Rami al-Rifi were "
            "killed when an Israeli strike hit their car in Gaza City.",
            (2, 0),
        ),
    ],
)
def test_a_speakers_own_staff_named_by_role_after_said(
    text: str, expected: tuple[int, int]
) -> None:
    """ "said its correspondent A and cameraman B were killed": two named dead."""
    assert totals(text) == expected


def test_a_separate_incident_is_no_repeat_of_a_first_sentence_that_is_no_headline() -> None:
    """ "... wounding the driver and eight passengers ... Separately, shelling of Bilozerka
    injured a 41-year-old woman": ten wounded, the woman no repeat of the driver."""
    text = (
        "KHERSON - A Russian drone targeted a city bus in Kherson on Tuesday, killing a "
        "68-year-old passenger and wounding the driver and eight passengers, regional head "
        "Oleksandr Prokudin said. Separately, shelling of Bilozerka injured a 41-year-old woman."
    )
    assert totals(text) == (1, 10)


def test_mob_justice_is_a_crime() -> None:
    """ "a man accused of theft was beaten to death by a mob": not conflict."""
    text = (
        "IMPHAL - Three village volunteers were killed in firing at Koutruk in Imphal West. "
        "Separately, in Kangpokpi, a man accused of theft was beaten to death by a mob."
    )
    assert totals(text) == (3, 0)


def test_a_sentence_that_opens_on_a_second_strike_adds() -> None:
    """ "..., wounding the driver. A second strike in Yaroun wounded two Syrian workers":
    three wounded; "... and a second strike ... killed two" inside a sentence is still weighed
    against another source's count of both strikes."""
    text = (
        "BEIRUT - An Israeli drone struck a motorcycle near Khiam, wounding the driver, the state "
        "news agency said. A second strike in Yaroun wounded two Syrian workers."
    )
    assert totals(text) == (0, 3)
    inside = (
        "BEIRUT - An Israeli drone strike on a car in Kfar Roummane killed one person on "
        "Tuesday, Lebanon's health ministry said, and a second strike on a motorcycle in Yohmor "
        "killed two. The Israeli military said it had killed three Hezbollah members in the two "
        "strikes."
    )
    assert totals(inside) == (3, 0)


@pytest.mark.parametrize(
    "text",
    [
        "DAMASCUS - A suicide bomber opened fire and then detonated an explosive vest inside the "
        "Mar Elias church during Sunday mass, killing 25 worshippers and wounding 63, the health "
        "ministry said.",
        "DAMASCUS - The Ministry of Health said the toll of the suicide bombing at the Mar Elias "
        "Church rose to 25 martyrs among the worshippers and 63 injured. The Interior Ministry "
        "said a member of the Daesh terrorist group entered the church during Sunday mass, "
        "opened fire and then detonated an explosive belt, killing himself.",
    ],
)
def test_a_bomber_who_detonated_an_explosive_vest_is_one_of_the_dead(text: str) -> None:
    """ "detonated an explosive vest/belt": the bomber died with the 25."""
    assert totals(text) == (26, 63)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nigerian troops kill 12 Boko Haram fighters, lose 2 in Borno clash", (14, 0)),
        ("Troops lost 3 in the ambush near Maiduguri on Monday.", (3, 0)),
        ("The ruling party lost 3 in the vote on Monday.", (0, 0)),
    ],
)
def test_a_force_that_loses_a_bare_number(text: str, expected: tuple[int, int]) -> None:
    """ "troops ..., lose 2 in Borno clash": the force's own two dead; a party that "lost 3"
    in a vote lost no one."""
    assert totals(text) == expected


def test_a_ucdp_fields_lowercase_best_estimate() -> None:
    """ "Civilian deaths: best 104; low 100; high 150": the best estimate is the count."""
    text = (
        "UCDP GED candidate event. Conflict: Government of Sudan - RSF (one-sided, RSF). Date: "
        "2024-06-05. Location: Wad al-Noura, Al Jazirah. Civilian deaths: best 104; low 100; high "
        "150. Sources: Sudan Tribune; Madani Resistance Committee ('over 100, including 35 "
        "children'); Sovereignty Council statement (104)."
    )
    assert totals(text) == (104, 0)


def test_a_toll_that_by_evening_it_stood_at() -> None:
    """ "first reported 21 dead, then 32; by evening it stood at 34": the toll's last value."""
    text = (
        "SUMY (Reuters) - Two Russian ballistic missiles hit the centre of Sumy on Sunday "
        "morning. The toll rose through the day: emergency services first reported 21 dead, then "
        "32; by evening it stood at 34, including two children, with 117 injured."
    )
    assert totals(text) == (34, 117)


def test_a_live_line_that_updates_a_places_toll_after_a_wounded_man_died() -> None:
    """ "Health ministry updates the Nabatieh toll to three after a wounded man died": three in
    Nabatieh (the man among them) and three in Bint Jbeil."""
    text = (
        "LIVE - South Lebanon\n"
        "10:42 Lebanon's health ministry says an Israeli strike on a car in Nabatieh killed two "
        "people.\n"
        "13:15 Another strike, on a house in Bint Jbeil: three dead, including a child, the "
        "ministry says.\n"
        "16:50 Health ministry updates the Nabatieh toll to three after a wounded man died; two "
        "others hurt in that strike remain in hospital."
    )
    assert totals(text) == (6, 2)


def test_a_raised_tolls_colon_tells_who_raised_it_and_a_later_wounded_count_is_net() -> None:
    """ "Dnipro death toll rises to four: one of the injured died in hospital and another body
    was recovered" is four; "the number of injured now stands at 10" after it is already net."""
    text = (
        "Ukraine war live\n"
        "08:12 Odesa: Russian drones struck port infrastructure overnight; one person injured, "
        "regional governor says.\n"
        "09:30 Update: the number of injured in Odesa has risen to three.\n"
        "12:45 Dnipro: A missile struck an industrial enterprise; two killed, 11 injured, "
        "according to the regional head.\n"
        "15:10 Dnipro death toll rises to four: one of the injured died in hospital and another "
        "body was recovered from under the rubble.\n"
        "15:15 Dnipro: the number of injured now stands at 10."
    )
    assert totals(text) == (4, 13)


def test_the_wounded_told_with_an_older_toll_are_that_reports() -> None:
    """ "rose to 42 on Friday after four of the injured died ... Sixteen others are still being
    treated. On Thursday evening the toll stood at 38 dead and 20 injured": 42 and 16."""
    text = (
        "PARACHINAR: The death toll from Thursday's attack on a passenger convoy in Lower Kurram "
        "rose to 42 on Friday after four of the injured died in hospitals in Peshawar and "
        "Parachinar, the deputy commissioner said. The dead include seven women and three "
        "children. Sixteen others are still being treated. On Thursday evening the toll stood "
        "at 38 dead and 20 injured."
    )
    assert totals(text) == (42, 16)


def test_a_toll_from_the_same_strikes_is_another_account() -> None:
    """ "... the martyrdom of two military personnel ... SOHR put the death toll from the same
    strikes at four": two accounts, the lower stands (not the two as part of the four)."""
    text = (
        "DAMASCUS (SANA) - A military source said the Israeli enemy carried out an air aggression "
        "targeting a number of sites in the vicinity of Damascus, leading to the martyrdom of two "
        "military personnel and the injury of seven others. The Syrian Observatory for Human "
        "Rights put the death toll from the same strikes at four."
    )
    assert totals(text) == (2, 7)


def test_a_larger_count_that_names_the_others_dead_among_its_own_is_their_whole() -> None:
    """ "seven members of the Revolutionary Guards were killed ... 13 people in total: the
    seven Iranians, four Syrians and two Lebanese": 13, not the lower of two accounts."""
    text = (
        "DAMASCUS - An Israeli strike destroyed the consular annex of Iran's embassy in Damascus "
        "on Monday. Iranian state media said seven members of the Revolutionary Guards were "
        "killed, including two generals. The Syrian Observatory for Human Rights said the strike "
        "killed 13 people in total: the seven Iranians, four Syrians and two Lebanese Hezbollah "
        "members."
    )
    assert totals(text) == (13, 0)


def test_two_objects_of_one_killing_each_with_its_source() -> None:
    """ "killed seven Lebanese, according to Lebanon's health ministry, and three Syrian
    soldiers, according to the Syrian defence ministry": ten dead."""
    text = (
        "HERMEL - Clashes between Syrian government forces and Lebanese clans along the border "
        "killed seven Lebanese, according to Lebanon's health ministry, and three Syrian "
        "soldiers, according to the Syrian defence ministry. Fifty-two Lebanese were wounded."
    )
    assert totals(text) == (10, 52)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "HERMEL - Clashes along the border near Hermel killed two Lebanese soldiers, the "
            "Lebanese army said, while Syria's defence ministry said three of its soldiers were "
            "killed by 'Hezbollah militias'.",
            (5, 0),
        ),
        (
            "Russian forces killed 50 Ukrainian soldiers near Pokrovsk, Russia's defence ministry "
            "said, while Ukraine said three of its soldiers were killed.",
            (3, 0),
        ),
    ],
)
def test_two_states_soldiers_in_one_sentence(text: str, expected: tuple[int, int]) -> None:
    """A state's soldiers and another state's own ("three of its soldiers") add; one state's
    soldiers told by both sides are two accounts, the lower stands."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MARIB - The military media centre of the armed forces said seven Houthi militia "
            "elements were killed on Thursday in a failed attack on army positions on the "
            "Raghwan front. Two heroes of the national army were martyred in the fighting, the "
            "centre said.",
            (9, 0),
        ),
        (
            "MARIB - Three soldiers of the national army were martyred and five others wounded "
            "when the Houthi militia targeted their positions with a drone. The army said its "
            "forces responded, killing a number of the militia's elements.",
            (3, 5),
        ),
    ],
)
def test_militia_elements_and_heroes_of_the_army_are_two_sides(
    text: str, expected: tuple[int, int]
) -> None:
    """ "seven Houthi militia elements" are the attackers, "two heroes of the national army"
    the soldiers: nine; "a number of the militia's elements" counts no one."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two gendarmes fell in the field of honour on Tuesday in Bali Nyonga. A third "
            "gendarme, slightly wounded, has been evacuated to Bamenda.",
            (2, 1),
        ),
        (
            "Two terrorists were killed in the return fire, while a third escaped injured along "
            "with his accomplices.",
            (2, 1),
        ),
        (
            "13:30 - Health Ministry: a second man, wounded earlier in Tubas, has died of his "
            "injuries.",
            (1, 0),
        ),
        (
            "Gaza's health ministry revised the toll from Monday's strike on the school to 27 "
            "dead, down from an initial 33, saying several bodies had been registered twice by "
            "different hospitals.",
            (27, 0),
        ),
    ],
)
def test_a_third_slightly_wounded_and_bodies_registered_twice(
    text: str, expected: tuple[int, int]
) -> None:
    """ "A third gendarme, slightly wounded," and "a third escaped injured" are one wounded each;
    bodies "registered twice" are no dead."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four civilians were killed in addition to the two attackers in Kolofata on Tuesday.",
            (6, 0),
        ),
        (
            "Two female suicide bombers blew themselves up near the Kolofata market on Tuesday. "
            "Four civilians were killed in addition to the two kamikazes, and nine wounded were "
            "evacuated to the Mora district hospital, according to administrative sources.",
            (6, 9),
        ),
    ],
)
def test_killed_in_addition_to_the_attackers(text: str, expected: tuple[int, int]) -> None:
    """ "killed in addition to the two kamikazes": more dead of the same verb, not wounded."""
    assert totals(text) == expected


def test_the_other_in_stable_condition_is_wounded() -> None:
    """ "one of them succumbed to his wounds ..., while the other is in stable condition": one
    dead, one wounded."""
    text = (
        "Two young men were shot by Israeli forces during a raid on Tubas on Monday; one of them "
        "succumbed to his wounds in the evening, while the other is in stable condition."
    )
    assert totals(text) == (1, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An Israeli drone targeted a bulldozer in the town of Aita al-Shaab, killing its "
            "operator, a citizen.",
            (1, 0),
        ),
        ("A drone hit a car in Nabatieh, killing its driver, a 40-year-old man.", (1, 0)),
        ("A drone hit a car in Nabatieh, killing its driver, a woman and a child.", (3, 0)),
    ],
)
def test_who_the_one_killed_was_at_the_end_of_the_sentence(
    text: str, expected: tuple[int, int]
) -> None:
    """ "killing its operator, a citizen.": one dead and who he was; a list after it adds."""
    assert totals(text) == expected


def test_a_since_toll_beside_the_days_dead_alone_is_their_background() -> None:
    """ "has risen to 90 since the clashes erupted on 27 August. Today alone, SOHR documented
    9 deaths": the nine are the news."""
    text = (
        "SOHR: The death toll of the fighting between SDF and Arab tribal gunmen in the eastern "
        "countryside of Deir ez-Zor has risen to 90 since the clashes erupted on 27 August. "
        "Today alone, SOHR documented 9 deaths: 4 SDF members, 2 tribal gunmen and 3 civilians, "
        "including a child, killed by stray gunfire in Dhiban."
    )
    assert totals(text) == (9, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BUNIA - CODECO militiamen attacked the Plaine Savo displacement site overnight. "
            "MONUSCO said 'at least 51' people were killed, including 21 women, while the army "
            "spokesman in Ituri spoke of 'more than 40' dead.",
            (40, 0),
        ),
        (
            "RSF and allied militias attacked the SAF garrison in Ardamata on 5 December. The "
            "Darfur Bar Association reported more than 1,300 fatalities, while the UN cited over "
            "800.",
            (800, 0),
        ),
    ],
)
def test_while_another_spoke_of_or_cited_a_lower_count(
    text: str, expected: tuple[int, int]
) -> None:
    """ "..., while the army spokesman spoke of 'more than 40' dead", "while the UN cited over
    800": the lower of two accounts in one sentence."""
    assert totals(text) == expected


def test_a_mujahid_martyred_is_one_fighter() -> None:
    """ "The Taliban spokesman said one mujahid had been martyred": the side's own count, the
    lowest of three accounts of its dead."""
    text = (
        "Panjshir - Local sources say two Taliban fighters were killed on Sunday night in an "
        "attack by the National Resistance Front on a checkpoint in Rukha district. The NRF "
        "claimed in a statement that seven Taliban were killed. The Taliban spokesman said one "
        "mujahid had been martyred in the attack and that the attackers had fled."
    )
    assert totals(text) == (1, 0)


def test_a_share_in_per_cent_is_no_count_of_people() -> None:
    """ "Some 70 per cent of the victims were killed by ...": a share of a quarter's toll, never
    a count of dead."""
    text = (
        "The mission's quarterly report said at least 1,210 people were killed in gang violence "
        "between April and June. Some 70 per cent of the victims were killed in police "
        "operations, and 12% of them were women."
    )
    assert totals(text) == (0, 0)


@pytest.mark.parametrize(
    "text",
    [
        "A gas explosion wrecked part of a five-storey building in Odesa on Sunday evening, "
        "emergency services said. Three residents were killed and five injured. Police have "
        "ruled out a drone or missile strike.",
        "RAIPUR - Nine people died and four were taken to hospital after drinking spurious "
        "liquor at a village fair, police said. Two sellers were detained.",
        "MONTERREY - A man was detained after allegedly stabbing his wife to death at their home "
        "in the Independencia district on Sunday, state prosecutors said.",
    ],
)
def test_a_blast_a_strike_was_ruled_out_for_bad_liquor_and_a_killed_wife_are_no_conflict(
    text: str,
) -> None:
    """A gas blast for which "police have ruled out a missile or drone strike", deaths from
    spurious liquor and a man who killed his wife: deaths, but not of a conflict."""
    assert totals(text) == (0, 0)


def test_a_toll_since_a_day_and_month_in_an_undated_text_is_long_run() -> None:
    """ "killed in fighting around Bunia since 3 February", in a text that gives no date of its
    own: a toll since a day weeks back as far as a reader can tell, context, not the news."""
    text = (
        "BUNIA - The UN said at least 310 people had been killed in fighting in and around the "
        "town since 3 February. Aid agencies say clinics are running short of supplies."
    )
    ex = extract(text)  # no publication date: with one, the day's distance decides
    assert (ex.killed, ex.injured) == (0, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "JENIN - Four Palestinians were killed and six wounded during an Israeli raid on the "
            "camp on Tuesday, the Palestinian health ministry said. The Israeli military said "
            'its forces had killed "three armed terrorists" who fired at troops.',
            (4, 6),
        ),
        (
            "Gaza civil defence said 27 people were killed in a strike on a school in Gaza City; "
            "the health ministry later confirmed 27 dead, with 40 wounded. The Israeli military "
            "said it had killed 'approximately 15 Hamas terrorists' operating from the compound.",
            (27, 40),
        ),
    ],
)
def test_a_partys_fighters_among_a_larger_count_of_people_are_no_rival_account(
    text: str, expected: tuple[int, int]
) -> None:
    """A party's count of the fighters it killed, lower than another source's count of the
    people killed: who among the dead were fighters, not how many died; the larger stands."""
    assert totals(text) == expected


def test_the_driver_who_received_shrapnel_wounds_is_one_hurt() -> None:
    """ "The driver, 52, received shrapnel wounds ...": the subject of "received ... wounds" is
    one hurt, as of "suffered" and "sustained"."""
    text = (
        "In Bilopillia, an FPV drone struck a delivery van on Tuesday morning. The driver, 52, "
        "received shrapnel wounds to his shoulder and was taken to the district hospital."
    )
    assert totals(text) == (0, 1)


def test_a_man_who_was_wounded_when_a_drone_hit_his_car_and_has_died_is_dead() -> None:
    """ "a man who was wounded yesterday when a drone hit his car has died in hospital": the
    relative clause tells how he was hurt; he is one of the dead, not one of the wounded."""
    text = (
        "Belgorod region: in Valuyki, a man who was wounded yesterday when a drone hit his "
        "tractor has died in hospital, the governor said."
    )
    assert totals(text) == (1, 0)


def test_one_of_the_wounded_born_in_a_year_who_later_died_leaves_the_rest_hurt() -> None:
    """ "Later it became known that one of them, a woman born in 1961, died": a year of birth is
    no count, and the one who died is of the wounded told before, who are now four."""
    text = (
        "A drone hit a minibus near Razumnoye; five passengers were injured. Later it became "
        "known that one of them, a woman born in 1961, died in the regional hospital. The other "
        "four are in moderate condition."
    )
    assert totals(text) == (1, 4)


def test_the_attackers_counted_before_and_shot_dead_are_dead() -> None:
    """ "Three gunmen opened fire ... The attackers were shot dead": the attackers an earlier
    sentence counted are the dead of the later one, beside their victims."""
    text = (
        "Three gunmen opened fire on worshippers outside a mosque in the town on Friday, "
        "killing five people and wounding nine, police said. The attackers were shot dead by "
        "security guards after a brief exchange of fire."
    )
    assert totals(text) == (8, 9)


def test_dead_besides_the_bomber_are_one_more_and_the_wounded_are_the_victims() -> None:
    """ "four people were killed besides the bomber, and 15 were wounded": the bomber is one
    more dead; the wounded are the victims', not his side's, so a hospital's larger count of
    them is another account."""
    text = (
        "A suicide bomber struck a queue outside a bank. A police spokesman said four people "
        "were killed besides the bomber, and 15 were wounded. A hospital official said 30 "
        "bodies and more than 40 wounded had been brought in."
    )
    assert totals(text) == (5, 15)


def test_in_over_a_year_is_no_rate() -> None:
    """ "in the first incursion into the province in over a year": a span, not a rate ("deaths a
    year"), so the killing is counted."""
    text = (
        "PEMBA - Insurgents attacked a ranger post in the Niassa reserve on Tuesday, killing "
        "three rangers and wounding a fourth, the reserve said, in the first incursion into the "
        "province in over a year."
    )
    assert totals(text) == (3, 1)


def test_elements_of_a_rebel_coalition_are_fighters_not_the_armys_soldiers() -> None:
    """ "neutralised 12 elements of the CPC coalition. Three of our soldiers fell": elements of
    a named rebel coalition are its fighters, so the army's own dead add to them."""
    text = (
        "The General Staff announces that FACA units neutralised 12 elements of the CPC "
        "coalition near Kaga-Bandoro. Three of our soldiers fell in the field of honour."
    )
    assert totals(text) == (15, 0)


def test_hours_later_in_another_town_is_another_incident() -> None:
    """ "Hours later in Cali, a truck bomb ... wounding more than 50": another incident, whose
    wounded add to the first one's."""
    text = (
        "Eight soldiers died when their helicopter was downed by a drone in Antioquia; three "
        "other soldiers survived with injuries. Hours later in Cali, a truck loaded with "
        "explosives blew up near an air base, killing four civilians and wounding more than 50."
    )
    assert totals(text) == (12, 53)


def test_a_rival_count_after_a_semicolon_by_a_named_spokesman_is_another_account() -> None:
    """ "civil society said 11 people were killed; the army spokesman in the area, Captain X,
    confirmed 8 deaths": two accounts in one sentence, the lower standing."""
    text = (
        "ADF rebels attacked the village overnight. Local civil society said 11 people were "
        "killed; the army spokesman in the area, Captain Jules Ngongo, confirmed 8 deaths."
    )
    assert totals(text) == (8, 0)


def test_a_toll_revised_on_a_day_to_a_lower_count_is_that_count() -> None:
    """ "which had put the toll at 52, revised it on Thursday to 49": the revision's value, the
    day between the verb and its "to" no matter."""
    text = (
        "The regional prosecutor's office, which had put the toll of the market bombing at 52, "
        "revised it on Thursday to 49 after identifying the remains. More than 90 people were "
        "injured."
    )
    assert totals(text) == (49, 90)


def test_the_wounded_who_died_raising_an_earlier_toll_are_of_the_new_count() -> None:
    """ "killed 41 people ..., raising its earlier toll of 38 after three of the wounded died":
    the three are among the 41, not more dead."""
    text = (
        "Shelling of the market on Saturday killed 41 people, the state health ministry said, "
        "raising its earlier toll of 38 after three of the critically wounded died overnight."
    )
    assert totals(text) == (41, 0)


def test_elderly_men_found_dead_after_an_encounter_are_civilians_beside_the_militants() -> None:
    """ "the charred bodies of two elderly men were recovered" after "Eight militants were
    killed in an encounter": elderly men are civilians, another side's dead, so they add."""
    text = (
        "Eight suspected militants were killed in an encounter with CRPF personnel after they "
        "attacked a police station in the district on Monday, police said. Hours later, the "
        "charred bodies of two elderly men were recovered from a burnt house nearby."
    )
    assert totals(text) == (10, 0)


def test_a_family_killed_then_its_members_with_ages_after_a_colon() -> None:
    """ "A family was killed: a man, 45, a woman, 40, and their son, 9.": the members after
    the colon, each told by an article and an age, are the count."""
    text = (
        "Russian troops shelled Pokrovsk with multiple rocket launchers. A family was killed: "
        "a man, 45, a woman, 40, and their son, 9. A 12-year-old girl was injured."
    )
    assert totals(text) == (3, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A drone hit a car in Velykyi Burluk. A 52-year-old woman was killed; her husband, "
            "55, and their grandsons, aged 7 and 12, were injured.",
            (1, 3),
        ),
        (
            "An artillery shell struck the house. His wife and their three children were killed.",
            (4, 0),
        ),
        (
            "A strike hit the flat. Her father, 70, and her son, 15, were wounded.",
            (0, 2),
        ),
        (
            "Gunmen fired on a couple at a tourist camp. The husband, 52, and his wife, 48, "
            "succumbed to their injuries, while their driver was injured.",
            (2, 1),
        ),
    ],
)
def test_kin_told_one_by_one_share_their_verb(text: str, expected: tuple[int, int]) -> None:
    """ "her husband, 55, and their grandsons, aged 7 and 12, were injured": kin told by a
    number, by their ages or one by one are the count of the verb they share."""
    assert totals(text) == expected


def test_explosions_in_a_city_under_an_air_raid_alert_are_conflict() -> None:
    """ "Explosions in the city. Stay in shelters." then a hit on a residential building: a war's
    strike, not a gas blast, though no weapon is named."""
    text = (
        "Zaporizhzhia, updates from the regional governor:\n"
        "02:10 Explosions in the city. Stay in shelters.\n"
        "02:25 A hit on a residential building in the Oleksandrivskyi district. Preliminarily 2 "
        "injured.\n"
        "04:40 Rescuers have recovered the body of a man from under the rubble."
    )
    assert totals(text) == (1, 2)


def test_dead_carrying_a_combined_reward_are_counted() -> None:
    """ "Three Maoists carrying a combined reward of Rs 18 lakh were gunned down": the bounty
    between the dead and their verb is no count and no break."""
    text = (
        "Three Maoists carrying a combined reward of Rs 18 lakh were gunned down in an exchange "
        "of fire with District Reserve Guard personnel on Saturday, police said."
    )
    assert totals(text) == (3, 0)


def test_other_injured_who_remain_after_some_died_are_already_net() -> None:
    """ "rose to 52 after three more of the wounded died; 25 other injured passengers remain
    under treatment": the 25 are those left, not 25 less the three."""
    text = (
        "KURRAM - The death toll from Thursday's ambush on a convoy rose to 38 on Saturday after "
        "four more of the wounded died at the district hospital; 21 other injured passengers "
        "remain under treatment, officials said."
    )
    assert totals(text) == (38, 21)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kramatorsk: a Russian strike on a residential neighbourhood - 3 people killed, 6 "
            "injured, the city military administration said. Earlier, Russian forces struck "
            "Sloviansk with two missiles, injuring 4 people.",
            (3, 10),
        ),
        (
            "A Russian strike on Kramatorsk killed 3 people and injured 6, the city administration "
            "said. Earlier, the administration had put the toll at 2 killed and 4 injured.",
            (3, 6),
        ),
    ],
)
def test_an_earlier_strike_on_another_town_adds_an_earlier_count_does_not(
    text: str, expected: tuple[int, int]
) -> None:
    """ "Earlier, Russian forces struck Sloviansk ..., injuring 4 people": an earlier incident
    in another town adds; "Earlier, the administration had put the toll at 2" is the older count
    of the same dead."""
    assert totals(text) == expected


def test_the_attackers_killed_after_the_wounded_who_died_are_no_running_toll() -> None:
    """ "two officers dead, one wounded" ... "the wounded officer has died" ... "Three gunmen were
    also killed": the gunmen are no running toll of the officers that happens to be two and
    one, but dead of their own."""
    text = (
        "Sinaloa - live updates\n"
        "09:20 State police: two officers dead, one wounded in a gun battle on the highway.\n"
        "11:05 Update: the wounded officer has died in hospital. Three gunmen were also killed "
        "and one was arrested."
    )
    assert totals(text) == (6, 0)


def test_a_minister_for_a_portfolio_under_a_dateline_and_a_bomber_after_a_semicolon() -> None:
    """ "KABUL - The Taliban's minister for refugees, X, was killed ..." is one dead (a post "for"
    a portfolio, after a dateline), and "; the bomber, reportedly disguised as a petitioner, was
    killed" one more after "five others, including ..., also died"."""
    text = (
        "KABUL - The Taliban's minister for higher education, Abdul Baqi Haqqani, was killed by a "
        "suicide blast at his office on Tuesday. An official said four others, including the "
        "minister's guards, also died; the bomber, reportedly posing as a visitor, was killed in "
        "the explosion."
    )
    assert totals(text) == (6, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "QUETTA: An anti-terrorism court on Monday sentenced three men to death for their "
            "role in the March 2022 killing of nine labourers in Kech district.",
            (0, 0),
        ),
        (
            "BANNU: A militant wanted in the killing of three policemen was killed in a raid by "
            "the Counter Terrorism Department on Friday night, officials said.",
            (1, 0),
        ),
        (
            "The paramilitary RSF has been accused of killing more than 150 people in a two-day "
            "assault on "
            "villages near the river, a rights group said.",
            (150, 0),
        ),
    ],
)
def test_a_dated_killing_and_a_suspects_past_deed_are_recalled(
    text: str, expected: tuple[int, int]
) -> None:
    """ "for their role in the March 2022 killing of nine labourers", "wanted in the killing of
    three policemen": past deeds, not this report's dead; "accused of killing more than 150" is
    how a new toll is often told, and counts."""
    assert totals(text) == expected


def test_a_months_toll_told_with_during_is_a_statistic() -> None:
    """ "During February, 9 social leaders were killed ..., the office said in its monthly
    report", in a text with no date of its own: a month's toll, as "In February" is."""
    text = (
        "During February, 9 social leaders and human rights defenders were killed in Colombia, "
        "most of them in Cauca, the Ombudsman's Office said in its monthly report."
    )
    ex = extract(text)
    assert (ex.killed, ex.injured) == (0, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MSF (on X): In the past 24 hours, our trauma hospital in Tabarre received 23 patients "
            "with gunshot wounds from the fighting in Delmas. One of them was dead on arrival.",
            (1, 22),
        ),
        (
            "Our teams at the hospital received 40 patients after shelling hit the market. Nine "
            "of them were dead on arrival. The remaining 31 patients were treated for blast "
            "injuries.",
            (9, 31),
        ),
    ],
)
def test_patients_received_with_wounds_and_the_one_dead_on_arrival(
    text: str, expected: tuple[int, int]
) -> None:
    """ "received 23 patients with gunshot wounds ... One of them was dead on arrival": 22 hurt
    and one dead; patients received after shelling, some dead on arrival, are no count of the
    hurt, whom "the remaining 31" tell."""
    assert totals(text) == expected


def test_counts_after_a_colon_that_add_up_to_the_count_before_it_are_its_parts() -> None:
    """ "4 people were killed in the region: in X, a man died ...; in Y, three women died": the
    man and the three women are the four, not four more."""
    text = (
        "Governor (evening): Over the day, 4 people were killed in the region: in Shebekino, a "
        "man died when a drone hit his car; in Grayvoron, three women died in the shelling of a "
        "house. Five more were injured in Belgorod district."
    )
    assert totals(text) == (4, 5)


def test_a_strike_that_killed_some_of_them_after_the_days_toll_is_a_part() -> None:
    """ "strikes today killed 18 people and wounded 52. In Tyre, a strike on a building killed
    7 of them": the seven are of the eighteen."""
    text = (
        "Lebanese Health Ministry: Israeli strikes on the south today killed 18 people and "
        "wounded 52. In Tyre, a strike on a residential building killed 7 of them, including a "
        "child."
    )
    assert totals(text) == (18, 52)


def test_a_press_notes_lists_numbered_on_one_line_count_their_items() -> None:
    """ "MARTYRED: 1. SI A (SHO) 2. ASI B 3. Constable C" and "INJURED: 1. Constable D 2.
    Constable E" on a line each: three police dead and two hurt, beside the attackers the police
    killed."""
    text = (
        "LAKKI MARWAT POLICE - Terrorists attacked Police Station Serai Naurang at about 0300 hrs."
        "\nMARTYRED: 1. Sub-Inspector Gul Nawaz (SHO) 2. ASI Karamat Ali 3. Constable Irfan "
        "Ullah\nINJURED: 1. Constable Zahid Khan 2. Constable Noor Wali\nPolice retaliated and "
        "two terrorists were killed; their bodies were shifted to the district hospital."
    )
    assert totals(text) == (5, 2)


@pytest.mark.parametrize(
    ("words", "victims"),
    [
        ("two elderly men", "civilians"),
        ("an old couple", "civilians"),
        ("180 mostly elderly people", "people"),
        ("elderly people", "people"),
    ],
)
def test_elderly_men_are_civilians_but_mostly_elderly_people_stay_people(
    words: str, victims: str
) -> None:
    """Elderly men, an old couple, aged residents are civilians; "mostly elderly people" (a
    massacre's toll told as "more than 180 mostly elderly people") stays people, so that it is
    weighed against "at least 184 people were killed" as the same dead."""
    assert classify_victims(words.split()[1:]) == victims


def test_one_strike_of_the_days_strikes_is_some_of_their_dead() -> None:
    """ "Israeli strikes across the Gaza Strip killed at least 31 ... One strike on a school in
    Deir al-Balah killed 14 people, medics said": the one strike's dead are some of the 31,
    told by another source, not a rival account of them."""
    text = (
        "CAIRO, Oct 4 (Reuters) - Israeli strikes across the Gaza Strip killed at least 31 "
        "Palestinians on Friday, Palestinian health officials said. One strike on a school "
        "sheltering displaced families in Deir al-Balah killed 14 people, medics said."
    )
    assert totals(text) == (31, 0)


def test_a_separate_statement_is_another_account_not_another_incident() -> None:
    """ "The Resistance Committees, in a separate statement, put the toll at 104": another
    account of the same dead, the lower standing; the police's own kills of the attackers
    "during a counteroffensive", told in a separate statement, still add."""
    text = (
        "NAIROBI (Reuters) - RSF fighters killed at least 85 people in an attack on a village in "
        "Al Jazira state, a local activist group said. The Resistance Committees, in a separate "
        "statement, put the toll at 104."
    )
    assert totals(text) == (85, 0)
    text = (
        "PORT-AU-PRINCE (AP) - Gang members opened fire in the neighbourhood overnight, killing "
        "at least 6 people, residents said. A rights group put the toll at 10. Police said in a "
        "separate statement that officers killed three gang members during a counteroffensive."
    )
    assert totals(text) == (9, 0)


def test_bodies_including_the_attackers_taken_to_hospital_are_no_wounded() -> None:
    """ "said six bodies, including the attacker's, had been taken to Lady Reading Hospital":
    the dead taken to hospital, no one hurt, so the wounded an officer counted stand."""
    text = (
        "PESHAWAR (Reuters) - A suicide bomber blew himself up outside a district court on "
        'Monday, killing four policemen and a lawyer, officials said. "The attacker detonated '
        'his vest at the gate," police officer Ali Khan said, adding that 18 people had been '
        "wounded. Sajid Ali, a spokesman for the rescue service, said six bodies, including the "
        "attacker's, had been taken to Lady Reading Hospital."
    )
    assert totals(text) == (6, 18)


def test_a_toll_raised_after_some_died_of_their_wounds_leaves_the_others_wounded() -> None:
    """ "killing three people ... and wounding 14" then "the toll had risen to five after a
    woman and an infant died of their wounds": five dead and twelve wounded."""
    text = (
        "MARIB (Reuters) - A missile struck a camp for displaced people on Monday, killing three "
        "people and wounding 16, local officials said. On Tuesday, an army spokesman said the "
        "toll had risen to five after a woman and an infant died of their wounds in hospital."
    )
    assert totals(text) == (5, 14)


def test_the_same_strikes_told_by_the_other_side_as_militants_killed_is_another_account() -> None:
    """ "air strikes ... killed nine civilians, a Taliban spokesman said. A Pakistani security
    official said the same strikes had hit hideouts ..., killing at least 25 militants": two
    accounts of the same strikes' dead, the lower standing."""
    text = (
        "KABUL (Reuters) - Pakistani air strikes on a district of Paktika province overnight "
        "killed nine civilians, including four children, and wounded two, a Taliban government "
        "spokesman said. A Pakistani security official said the same strikes had hit hideouts of "
        "the Pakistani Taliban, killing at least 25 militants and no civilians."
    )
    assert totals(text) == (9, 2)


def test_fell_with_their_weapons_in_hand_is_a_death() -> None:
    """A communique's "three Volunteers for the Defence of the Homeland (VDP) fell with their
    weapons in hand": three dead, beside the enemies it says were neutralised."""
    text = (
        "Translated from French: According to the Army General Staff, units of the 14th Rapid "
        "Intervention Battalion neutralised about thirty terrorists on Sunday near Djibo. On the "
        "friendly side, three VDP fell with their weapons in hand and six soldiers were wounded."
    )
    assert totals(text) == (33, 6)


def test_a_man_around_60_is_one_hurt_not_sixty() -> None:
    """ "a man around 60 was moderately injured by shrapnel": his age, told roughly, is no
    count; he is one hurt."""
    text = (
        "19:20 - Magen David Adom: a man around 60 was moderately injured by shrapnel in Kiryat "
        "Shmona; paramedics also treated two people for acute anxiety."
    )
    assert totals(text) == (0, 1)


def test_a_blast_the_police_say_was_not_a_bomb_is_no_conflict() -> None:
    """ "the explosion ... was caused by a gas cylinder at a welding shop and not an improvised
    explosive device as speculated": an accident, though a bomb is named."""
    text = (
        "Police statement: Preliminary investigation has revealed that the explosion at the "
        "market this morning was caused by a gas cylinder at a welding shop and not an "
        "improvised explosive device as speculated on social media. Three persons lost their "
        "lives and five were injured. The public is urged to disregard rumours of a bomb attack."
    )
    assert totals(text) == (0, 0)


def test_a_named_head_with_his_age_and_his_sons_are_killed_together() -> None:
    """ "killing a village head, Chief X, 58, and his three sons": the head named with his age,
    and his sons after him, four dead."""
    text = (
        "MAKURDI (Reuters) - Gunmen stormed a farming settlement late on Sunday, killing a "
        "village head, Chief Terver Akaa, 58, and his three sons, police and residents said."
    )
    assert totals(text) == (4, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bijapur Police press note: After an exchange of fire lasting several hours, bodies of "
            "7 Maoists, including 3 women cadres, were recovered along with two rifles. One DRG "
            "jawan suffered bullet injuries and is out of danger.",
            (7, 1),
        ),
        (
            "The two sides carried out an exchange of the bodies of 12 soldiers at the border "
            "crossing on Friday.",
            (0, 0),
        ),
    ],
)
def test_bodies_recovered_after_an_exchange_of_fire_are_dead(
    text: str, expected: tuple[int, int]
) -> None:
    """ "After an exchange of fire ..., bodies of 7 Maoists ... were recovered": the dead of
    the fight; an exchange of bodies between sides is no one's new dead."""
    assert totals(text) == expected


def test_takfiri_elements_are_militants_beside_the_armys_own_martyrs() -> None:
    """ "Seven takfiri elements were eliminated ... an officer and a conscript were martyred":
    the army's enemies and its own dead, nine in all."""
    text = (
        "Statement by the Military Spokesman (translated): Units of the 2nd Field Army raided "
        "hideouts south of Rafah. Six takfiri elements were eliminated in an exchange of fire. "
        "During the operations, an officer and a conscript were martyred."
    )
    assert totals(text) == (8, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three students and their teacher were killed when a jet bombed the school.", (4, 0)),
        (
            "Five pupils aged between 9 and 13 and their teacher were killed when a military jet "
            "bombed a school in Chin state.",
            (6, 0),
        ),
    ],
)
def test_a_group_and_their_teacher_are_counted_together(
    text: str, expected: tuple[int, int]
) -> None:
    """ "Three students and their teacher were killed": the teacher is one more, as "8 jawans
    and their civilian driver" are nine."""
    assert totals(text) == expected


def test_a_victim_found_under_the_rubble_and_confirmed_dead_is_dead() -> None:
    """ "A 68-year-old man found under the rubble of a private house has been confirmed dead":
    where he was found stands between him and his verb; he is one dead beside the wounded."""
    text = (
        "Live: Kharkiv\n08:15 - An overnight drone attack injured four people, the governor "
        "says.\n09:40 - A 68-year-old man found under the rubble of a private house has been "
        "confirmed dead, the governor says."
    )
    assert totals(text) == (1, 4)


def test_a_toll_since_fighting_erupted_in_a_month_of_a_past_year_is_long_run() -> None:
    """ "... have been killed since ethnic clashes erupted in the hill district in June 2022":
    the period read stops at "in", before its month and year; the toll is a conflict's, and
    the day's two dead are no part of it."""
    text = (
        "Gunmen killed two farmers and wounded three others near a border village on "
        "Wednesday, police said. More than 180 people have been killed since ethnic clashes "
        "erupted in the hill district in June 2022."
    )
    assert totals(text) == (2, 3)


def test_a_toll_over_recent_years_is_background() -> None:
    text = (
        "Raiders killed 9 people and wounded 4 at a cattle camp on Sunday, a commissioner "
        "said. Revenge raids between the two communities have killed hundreds in recent years."
    )
    assert totals(text) == (9, 4)


def test_a_digests_toll_since_early_in_a_year_is_no_summary_of_its_incidents() -> None:
    """ "312 deaths in the province since early 2024" after a digest's incidents: a year's
    toll, not the digest's sum of its day."""
    text = (
        "Monitor digest, 21 August: Militants attacked an army checkpoint in the desert, "
        "killing three soldiers. In the southern countryside, unknown gunmen shot dead a "
        "former rebel fighter. The monitor has documented 240 deaths in the province since "
        "early 2023 in incidents of insecurity."
    )
    assert totals(text) == (4, 0)


def test_a_toll_of_the_first_months_of_a_year_is_no_incident() -> None:
    text = (
        "A second contingent of foreign police arrived in the capital on Wednesday. Gangs hold "
        "most of the city, and more than 2,900 people were killed in the first six months of "
        "the year, according to the United Nations."
    )
    assert totals(text) == (0, 0)


def test_the_wounded_of_the_same_period_as_a_long_toll_are_background() -> None:
    """ "A further 2,800 were injured during the same period", after a toll "between January
    2019 and March 2024" that is told as no figure of ours: that period is theirs too."""
    text = (
        "The ministry told parliament that 1,100 personnel of the army, police and levies "
        "were martyred in attacks between January 2019 and March 2024. A further 2,800 "
        "personnel were injured during the same period."
    )
    assert totals(text) == (0, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed a deputy minister and five other people outside the ministry.", (6, 0)),
        ("The raiders killed a brigadier general, his deputy and 9 soldiers at the base.", (11, 0)),
        (
            "Soldiers killed a local boss and two of his bodyguards during a raid on Tuesday.",
            (3, 0),
        ),
        (
            "Marines killed a regional boss of a cartel faction, known as 'El Toro', and two of "
            "his bodyguards during a raid on a safe house.",
            (3, 0),
        ),
        (
            "Rebels killed Madvi Hidma (47), a shop owner, and his son Madvi Joga (20) in the "
            "village late on Sunday night.",
            (2, 0),
        ),
    ],
)
def test_one_victim_then_more_after_and_are_all_the_verbs_object(
    text: str, expected: tuple[int, int]
) -> None:
    """A titled or named victim then "and five other people", "his deputy and 9 soldiers",
    "two of his bodyguards": each is more of the dead; who the named one was, between commas
    ("a shop owner", "known as 'El Toro'"), is no one more."""
    assert totals(text) == expected


def test_bombers_killing_themselves_and_others_count_both() -> None:
    text = (
        "Two female suicide bombers blew themselves up at a crowded market, killing "
        "themselves and six other people, the emergency agency said."
    )
    assert totals(text) == (8, 0)


def test_the_dead_believed_to_have_done_something_are_the_subject_of_their_verb() -> None:
    text = (
        "The army said two militants believed to have carried out the ambush were killed in "
        "a gunbattle in the forest."
    )
    assert totals(text) == (2, 0)


@pytest.mark.parametrize(
    "text",
    [
        "The death toll from Sunday's drone strike on a wedding party in the river town was "
        "revised down to 11 on Monday after several people listed as dead were found alive.",
        "The number of people killed when navy gunboats shelled a fishing village in the "
        "coastal township on Friday has been revised down to 11, a village administrator said.",
    ],
)
def test_a_toll_revised_down_after_a_long_incident_is_that_count(text: str) -> None:
    assert totals(text)[0] == 11


def test_counts_in_one_place_and_in_the_other_add() -> None:
    text = (
        "Gunmen attacked two villages in the district overnight, killing 23 people in one and "
        "12 in the other, local officials said on Tuesday."
    )
    assert totals(text) == (35, 0)


def test_a_regional_overviews_country_lines_are_incidents_of_their_own() -> None:
    """ "Regional Overview, Sahel (week of ...): In Mali, ... killing 18 soldiers. In Burkina
    Faso, ... 11 civilians ...": each country's line is an incident, not parts of the first."""
    text = (
        "Regional Overview, Sahel (week of 7-13 October): In Mali, militants ambushed an army "
        "convoy near Kayes, killing 18 soldiers. In Burkina Faso, militiamen killed 11 "
        "civilians in a village near Dori. In Niger, a raid on a gold-mining site in the "
        "Tillaberi region killed 5 miners."
    )
    assert totals(text) == (34, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A drone strike on a minibus killed 28 civilians, two witnesses and a nurse said on "
            "Friday. A regional official said 23 people were killed.",
            (23, 0),
        ),
        (
            "A car bomb outside a restaurant near the beach killed at least six people, police "
            "said on Sunday. Ali Warsame, director of a private ambulance service, said his "
            "teams had collected eight bodies and taken 17 wounded people to hospitals.",
            (6, 17),
        ),
        (
            "A drone attack on a crowded market on Saturday killed 19 people, the health "
            "ministry said. A local volunteer group that runs a kitchen near the market said "
            "at least 27 people had died.",
            (19, 0),
        ),
        (
            "Bandits kill 15 worshippers in mosque raid\nGunmen on motorcycles surrounded the "
            "village mosque during dawn prayers on Friday. The state police spokesman confirmed "
            "the attack but put the death toll at 9.",
            (9, 0),
        ),
    ],
)
def test_sources_told_with_a_role_a_list_or_a_clause_give_rival_accounts(
    text: str, expected: tuple[int, int]
) -> None:
    """Two sources' counts of the same dead with no update between them: the lower stands,
    also when a source is "two witnesses and a nurse", "Ali Warsame, director of a private
    ambulance service", "a volunteer group that runs a kitchen near the market", or one who
    "confirmed the attack but put the death toll at 9" after a headline's count."""
    assert totals(text) == expected


def test_a_toll_free_number_is_no_toll() -> None:
    text = (
        "Police arrested 11 suspects in raids on Monday. The service urges the public to share "
        "information through the toll-free number 999."
    )
    assert totals(text) == (0, 0)


def test_a_digests_counts_after_a_colon_parted_by_semicolons_are_its_parts() -> None:
    text = (
        "Monitor daily toll: the monitor documented 8 deaths across the country on Monday: 3 "
        "civilians, among them a child, killed in a drone attack on the northern countryside; "
        "3 members of the army killed in an ambush in the desert; and 2 fighters killed in "
        "clashes near the border."
    )
    assert totals(text) == (8, 0)


def test_another_source_after_a_semicolon_is_another_account() -> None:
    """ "killed 9 ..., according to local authorities; another local source reported 15
    deaths": the 15 are the other source's, not the authorities'; the lower stands."""
    text = (
        "On Tuesday, an attack on a village in the north killed 9 people, including 2 "
        "children, and injured 12, according to local authorities; another local source "
        "reported 15 deaths."
    )
    assert totals(text) == (9, 12)


def test_a_toll_risen_after_a_long_incident_with_an_acronym_in_brackets_is_counted() -> None:
    text = (
        "The death toll from three days of clashes between National Liberation Army (ELN) "
        "rebels and a rival armed group in the southern province has risen to 13, the "
        "ombudsman's office said on Wednesday."
    )
    assert totals(text) == (13, 0)


def test_the_dead_whose_funeral_procession_a_crowd_accompanies_are_an_earlier_reports() -> None:
    text = (
        "Thousands of people lined the streets of the capital on Saturday to accompany the "
        "funeral procession of the twenty-seven soldiers killed in an attack near the border."
    )
    assert totals(text) == (0, 0)


def test_the_dead_of_an_attack_days_before_the_news_are_recalled() -> None:
    """ "two days after five soldiers were killed in an attack on a base": that attack is
    the background of the day's news."""
    text = (
        "Army jets killed 12 militants in strikes across the border, the defence ministry said "
        "on Sunday, two days after four Turkish soldiers were killed in an attack on a post."
    )
    assert totals(text) == (12, 0)


def test_an_aftershock_is_a_disaster() -> None:
    text = (
        "A magnitude 5.6 aftershock struck the south on Monday evening, killing 3 people and "
        "injuring about 90, most of them hurt while fleeing buildings in panic."
    )
    assert totals(text) == (0, 0)


def test_members_of_a_pro_named_group_are_the_subject_of_their_verb() -> None:
    text = (
        "Three suspected members of the pro-Islamic State Maute Group faction were killed in "
        "a clash with army troops on Sunday, a military spokesman said."
    )
    assert totals(text) == (3, 0)


def test_a_last_lines_groups_are_no_part_of_an_earlier_lines_smaller_count() -> None:
    """A live page's last line lists civilians, soldiers and attackers dead (20): its three
    and five are not parts of the "five people" an earlier line told."""
    text = (
        "Hotel attack - live\n19:10 - A large explosion, then gunfire, at a hotel near the "
        "palace.\n20:45 - Police say at least five people are dead.\n03:15 - Police say the "
        "siege is over: 12 civilians and 3 soldiers were killed, and all five attackers are "
        "dead.\n08:00 - The hospital says it is treating 41 wounded."
    )
    assert totals(text) == (20, 41)


@pytest.mark.parametrize(
    "text",
    [
        "Residents said those killed in the attack on the church were Abba Kidane, 70, a "
        "priest; Tesfaye Alemu, 34, a deacon; and Mulu Bekele, a 28-year-old mother of three.",
        "Residents said those killed in the attack on the church were Abba Kidane, 70; "
        "Tesfaye Alemu, 34; and Mulu Bekele, 28.",
    ],
)
def test_a_said_list_of_those_killed_parted_by_semicolons_counts_each_named_once(
    text: str,
) -> None:
    """Who each one named was ("70, a priest"; "a 28-year-old mother of three") is no one
    more, and the semicolons do not end the sentence."""
    assert totals(text) == (3, 0)


def test_victims_named_as_a_list_with_roles_then_one_hurt_apart() -> None:
    text = (
        "Villagers named the dead of Sunday's raid as Dereje Abdi, 51, a village elder; his "
        "wife Hirut, 44; their daughters Meron, 13, and Saba, 8; and their neighbour Gudeta "
        "Kebede, 66. A sixth person, a 17-year-old herder, was shot in the arm and is "
        "recovering."
    )
    assert totals(text) == (5, 1)


def test_bodies_told_how_they_were_found_are_dead_not_wounded() -> None:
    text = (
        "Officers arriving after a clash between two criminal groups found seven lifeless "
        "bodies with gunshot wounds, as well as nine rifles. Two state police officers were "
        "wounded by gunfire during the intervention."
    )
    assert totals(text) == (7, 2)


def test_patients_of_whom_some_arrived_dead() -> None:
    text = (
        "Our trauma hospital received 19 people with gunshot wounds after the clashes. Two of "
        "them arrived dead. The other 17 are being treated."
    )
    assert totals(text) == (2, 17)


def test_a_bomber_who_detonated_the_device_killing_herself_is_dead() -> None:
    text = (
        "A female suicide bomber tried to enter a mosque during evening prayers. She was "
        "stopped by vigilantes at the gate and detonated the device, killing herself. Two "
        "vigilantes were injured."
    )
    assert totals(text) == (1, 2)


def test_a_further_count_of_wounded_after_a_years_toll_is_that_years() -> None:
    text = (
        "More than 4,800 people were killed in gang violence across the country last year, the "
        "UN human rights office said on Tuesday. A further 1,900 were injured and 1,300 "
        "kidnapped, it said."
    )
    assert totals(text) == (0, 0)


def test_an_attack_dated_with_its_year_then_a_comma_is_a_past_one() -> None:
    """In a text with no date of its own too: "the Oct. 7, 2023, Hamas-led attack"."""
    text = (
        "Talks on a ceasefire resumed on Friday. The war began after the Oct. 7, 2023, "
        "Hamas-led attack on Israel that killed about 1,200 people; the offensive has since "
        "killed more than 45,000 Palestinians, according to Gaza health authorities."
    )
    undated = extract(text)
    assert totals(text) == (undated.killed, undated.injured) == (0, 0)


def test_a_side_that_dismissed_a_claim_saying_its_own_dead_were_fewer() -> None:
    text = (
        "The defence ministry said a missile strike on a training ground had killed 50 enemy "
        "servicemen. The other side's ground forces command dismissed the figure as fake, "
        "saying one serviceman was killed and four wounded in the strike."
    )
    assert totals(text) == (1, 4)


def test_herders_and_farmers_fighting_over_land_is_communal_violence() -> None:
    text = (
        "Gunmen attacked farming communities in the state overnight, killing at least 18 "
        "people, a council chairman said. Police said officers had recovered 11 bodies and "
        "dozens of people had been injured. Residents blamed herders, amid long-running "
        "disputes over land and water."
    )
    assert totals(text) == (11, 12)


def test_another_hospitals_bodies_add() -> None:
    text = (
        "Fourteen bodies and 40 wounded people were brought to the main hospital after rockets "
        "hit residential areas on Sunday, a doctor there said. Another hospital, in the "
        "eastern district, said it had received five bodies."
    )
    assert totals(text) == (19, 40)


def test_a_headline_over_several_attacks_is_the_sum_of_the_bodys_incidents() -> None:
    text = (
        "Mali: 19 killed in twin attacks on convoys\nSuspected jihadists attacked a convoy of "
        "fuel tankers near the western border on Saturday, killing seven drivers, a union "
        "official said. On the same day, an ambush on an army convoy in the centre killed 12 "
        "soldiers, a security source said."
    )
    assert totals(text) == (19, 0)


def test_a_lead_source_with_a_date_or_a_note_in_brackets_names_the_figures_source() -> None:
    """ "Rights office spokesperson (Geneva briefing): ... killed at least 18 civilians" and
    "Local sources have reported that 31 people were killed" are two accounts: the lower
    stands."""
    text = (
        "OHCHR spokesperson (Geneva briefing): We are appalled by reports that fighters killed "
        "at least 16 civilians in a village south of the city on Friday. Local sources have "
        "reported that 29 people were killed; we are working to verify this figure."
    )
    assert totals(text) == (16, 0)
    assert [(f.count, f.source) for f in find_figures(text)] == [
        (16, "OHCHR spokesperson"),
        (29, "Local sources"),
    ]


def test_an_outlets_tally_of_the_days_toll_is_another_account() -> None:
    text = (
        "At least 17 people were killed as police clashed with protesters across the country "
        "on Thursday, a daily newspaper reported, citing hospital and police sources. An AFP "
        "tally compiled from hospitals put the day's toll at 23."
    )
    assert totals(text) == (17, 0)


def test_the_massacre_of_a_counted_group_is_their_death() -> None:
    text = (
        "The ombudsman's office condemned the massacre of five young men, aged between 18 and "
        "24, in a rural area of the province on Saturday night."
    )
    assert totals(text) == (5, 0)


@pytest.mark.parametrize(
    "text",
    [
        "A gunman killed four people at the checkpoint and then killed himself.",
        "An attacker opened fire on worshippers, killing three, before killing himself.",
    ],
)
def test_an_attacker_who_killed_others_then_himself_is_one_of_the_dead(text: str) -> None:
    killed = totals(text)[0]
    assert killed == (5 if "four" in text else 4)


def test_counts_by_place_after_a_passive_verb_add() -> None:
    text = "Four people were killed in Aleppo and two in Idlib in the overnight strikes."
    assert totals(text) == (6, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen stormed a wedding and killed the groom, his father and 10 guests.", (12, 0)),
        ("A sniper killed a schoolgirl and a bride on their way home from the market.", (2, 0)),
    ],
)
def test_wedding_parties_and_schoolchildren_are_people(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


def test_a_group_telling_its_own_fighters_killed_by_the_other_side_is_no_claim() -> None:
    """ "Hezbollah said four of its fighters were killed in Israeli strikes": a side's own dead,
    counted, not an armed group's unconfirmed claim of the other side's."""
    text = "The group said five of its fighters were killed in Israeli strikes on Tuesday."
    assert totals(text) == (5, 0)
    assert totals(text.replace("The group", "Hezbollah")) == (5, 0)


def test_one_who_lost_a_limb_is_hurt() -> None:
    text = "A child lost a leg in the blast and two adults suffered burns, medics said."
    assert totals(text) == (0, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two civilians were killed by a stray shell, a third by a sniper.", (3, 0)),
        ("Militants killed a policeman on Monday and another on Tuesday in the district.", (2, 0)),
        ("Two soldiers were wounded by a mine and another by sniper fire.", (0, 3)),
        (
            "Shelling killed two people in the town, and another attack in the north killed 5.",
            (7, 0),
        ),
    ],
)
def test_one_more_told_without_its_verb(text: str, expected: tuple[int, int]) -> None:
    """ "a third by a sniper", "another on Tuesday": one more of the same kind; "another
    attack" is no one more."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armed men killed an avocado grower and his two sons at their orchard.", (3, 0)),
        (
            "Gunmen killed the mayor of a municipality in Colombia's Huila department and his "
            "two bodyguards in an ambush on Friday.",
            (3, 0),
        ),
        (
            "Gunmen killed the kebele administrator, Ato Tolera Gudeta, 52, together with his "
            "wife and their two sons.",
            (4, 0),
        ),
        ("Gunmen shot a tribal elder on Tuesday, killing him and his driver.", (2, 0)),
        ("Gunmen shot an elder on Tuesday, killing him.", (1, 0)),
        ("Five jawans and the civilian driver of the vehicle were killed in the blast.", (6, 0)),
        (
            "Five jawans and the civilian driver of the vehicle lost their lives in the blast.",
            (6, 0),
        ),
        ("Gunmen stormed a church, killing the pastor. Four other faithful were wounded.", (1, 4)),
    ],
)
def test_one_victim_and_those_listed_with_them(text: str, expected: tuple[int, int]) -> None:
    """A victim told by any word for a person, and the relatives, guards or driver listed with
    them ("together with his wife", "killing him and his driver"), are each one dead."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Troops killed three suspected militants in a gunfight in Shopian on Thursday, "
            "police said, a month after an attack on tourists in Pahalgam that killed 26 people.",
            (3, 0),
        ),
        (
            "In Sanaa, thousands attended a funeral for 14 fighters the group said were killed "
            "in U.S.-British strikes last month.",
            (0, 0),
        ),
        (
            "Shops were shut on Wednesday after the Clan del Golfo declared an armed strike "
            "following the killing of one of its commanders by the military last week.",
            (0, 0),
        ),
        (
            "A drone strike on a market on Tuesday killed at least 26 people, residents said, in "
            "one of the deadliest such incidents since fighting with the militia began last year.",
            (26, 0),
        ),
    ],
)
def test_the_dead_an_item_recalls_and_those_it_compares(
    text: str, expected: tuple[int, int]
) -> None:
    """An earlier attack's dead named "a month after", mourned at a funeral, or answered by
    today's deed are recalled; a comparison's date ("since fighting began last year") dates
    nothing of the figure."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "06:55 — The governor says a drone struck a minibus near Lgov, injuring five "
            "passengers. 09:12 — The governor: one of the minibus passengers, a 67-year-old "
            "woman, has died in hospital.",
            (1, 4),
        ),
        (
            "10:48 — IDF: two soldiers were seriously wounded by an explosive drone near Metula. "
            "13:30 — The IDF announces that one of the two soldiers wounded this morning has died "
            "of his wounds.",
            (1, 1),
        ),
        (
            "18:40: A missile strike on Kharkiv killed 3 people and injured 28. Update 22:15: The "
            "number of dead has risen to 5; 26 people remain injured, 11 of them hospitalised.",
            (5, 26),
        ),
        (
            "16:20 The ministry says a drone strike on a car near Nabatieh killed two people. "
            "19:10 The ministry updates the toll from the Nabatieh strike to three, saying a "
            "passer-by has died of his wounds; seven other people remain in hospital.",
            (3, 7),
        ),
    ],
)
def test_the_wounded_who_died_since(text: str, expected: tuple[int, int]) -> None:
    """One of the wounded told by their noun who has died since leaves the wounded; a later
    count of those still treated is the wounded net of the dead who rose from them."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shelling by the RSF killed 15 people in El Fasher on Friday, the governor's office "
            "said, adding that 29 were wounded. A medical source at one of the city's remaining "
            "hospitals said 11 people had been killed in the shelling.",
            (11, 29),
        ),
        (
            "Sudan live - 10:00 The health ministry in Khartoum state says RSF shelling of Karari "
            "killed 11 civilians this morning. 10:50 The Sudan Doctors Network says 13 people were "
            "killed and 30 injured in the same shelling.",
            (11, 30),
        ),
    ],
)
def test_a_source_told_with_where_it_works_or_by_its_line(
    text: str, expected: tuple[int, int]
) -> None:
    """A source named with the hospital it speaks from, or after a live line's time, is an
    account of its own: of two accounts of the same dead the lower counts."""
    assert totals(text) == expected


def test_sources_counted_by_a_number_and_where_they_are_from() -> None:
    from extract.casualty_context import source_of

    sentence = "Two residents of Djibo, reached by phone, said 23 militants had been killed."
    at = sentence.index("23")
    assert source_of(sentence, at, at + 2)[0] == "Two residents of Djibo"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ACLED Regional Overview - Africa, week of 6-12 April 2024 (Sahel excerpt): In Niger, "
            "an ambush near Tera killed 6 soldiers. In Burkina Faso, militants attacked Mansila, "
            "killing 22 civilians. In Mali, a drone strike near Lere killed 4 militants.",
            (32, 0),
        ),
        (
            "Security forces conducted two separate operations in Balochistan. In the first "
            "operation, in Kachhi District, six terrorists were killed. In the second, in Panjgur "
            "District, three terrorists were neutralised.",
            (9, 0),
        ),
        ("Security forces killed four, three and two khwarij respectively.", (9, 0)),
        (
            "Drone strike in Baghdad kills commander and two guards | A drone struck a car in "
            "Baghdad on Wednesday, killing a senior commander and two companions, officials said.",
            (3, 0),
        ),
    ],
)
def test_incidents_told_one_by_one(text: str, expected: tuple[int, int]) -> None:
    """A round-up's items after a long kicker, incidents told by their order or "respectively",
    each add; a headline before a bar is its story's, told once."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "At least 4,239 people were killed and 1,356 injured in gang violence in Haiti between "
        "1 January and 30 June, the UN human rights office said on Friday.",
        "A jury convicted two officers of the 2020 killing of a delivery worker. The case became "
        "a symbol of police violence in the state, where officers killed more than 1,200 people "
        "that year.",
        "An explosion occurred at a welding workshop in Kano. Investigation indicates that it was "
        "caused by a gas cylinder and was not an act of terrorism. Six persons died and nine were "
        "injured.",
    ],
)
def test_half_a_year_that_year_and_a_gas_cylinder_count_nothing(text: str) -> None:
    assert totals(text) == (0, 0)


def test_a_week_between_two_days_is_no_long_period() -> None:
    text = "Three civilians were killed between 30 March and 2 April when shells fell on Kibirizi."
    assert totals(text) == (3, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Event date: 2 December 2024 | Country: Sudan | Admin1: North Kordofan | "
            "Location: Bara | Event type: Violence against civilians | Sub-event: Attack | "
            "Actor 1: Rapid Support Forces | Actor 2: Civilians (Sudan). Notes: On 2 December "
            "2024, RSF fighters attacked "
            "Bara, killing 11 civilians according to local sources. On 3 December, health "
            "officials in El Obeid said the toll had risen to 16, with 20 injured. Fatalities: 11",
            (16, 20),
        ),
        (
            "Militants killed at least 12 fishermen near Kukawa on Saturday, a militia member "
            "said. By Sunday, the number of bodies recovered had risen to 19, he said.",
            (19, 0),
        ),
        ("Gunmen killed the village sheikh, Ahmed al-Tayeb, and his two sons.", (3, 0)),
        (
            "Thousands of mourners attended the funeral on Sunday of General Abdi Warsame, a "
            "senior army commander killed last week when a roadside bomb struck his convoy.",
            (0, 0),
        ),
    ],
)
def test_later_tolls_named_victims_and_funerals(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_a_live_lines_later_sentences_are_of_its_place() -> None:
    text = (
        "Ukraine live\n09:12 - Kharkiv: A guided bomb struck an apartment block, killing two "
        "people and injuring 14, the governor says.\n10:40 - Kharkiv update: Rescuers have pulled "
        "another body from the rubble. The governor now puts the toll at three dead and 19 "
        "injured.\n13:05 - Zaporizhzhia: A 64-year-old woman was killed when a drone hit her car "
        "near Vasylivka."
    )
    assert totals(text) == (4, 19)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen stopped two buses on a highway on Tuesday and shot dead nine men, police said. "
            "Hours later, militants attacked a paramilitary post, killing four soldiers, a "
            "military statement said, adding that 12 militants were killed in follow-up "
            "operations.",
            (25, 0),
        ),
        (
            "Four passengers were killed on Monday when their bus struck an explosive device near "
            "Gao. The following day, in the Tessit area, armed men executed three herders.",
            (7, 0),
        ),
        (
            "On 1 December 2024, bandits attacked a village in Zamfara, killing 5 villagers. The "
            "following day, vigilantes pursued the bandits and killed 2 of them; this is recorded "
            "as a separate event.",
            (5, 0),
        ),
        (
            "Gunmen ambushed a patrol near Jableh on Tuesday, killing four of its members, the "
            "ministry said. The monitor put the overall toll at 13, saying nine civilians caught "
            "in the crossfire had also died.",
            (13, 0),
        ),
    ],
)
def test_another_days_deeds_and_an_overall_toll(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian attacks killed three people in the Donetsk region and two in the Kherson "
            "region over the past day, regional officials said.",
            (5, 0),
        ),
        (
            "Three terrorists affiliated with a proscribed organisation were killed in an exchange "
            "of fire with a police team. Two policemen were wounded.",
            (3, 2),
        ),
        (
            "Two brothers serving as Levies personnel were martyred when gunmen opened fire on a "
            "checkpost late on Tuesday night.",
            (2, 0),
        ),
        (
            "Six gunmen were found dead at the scene, and two municipal police officers "
            "responding to the clash were wounded.",
            (6, 2),
        ),
        (
            "Two patrolmen were wounded in the attack, as was a 19-year-old girl who was walking "
            "by.",
            (0, 3),
        ),
    ],
)
def test_counts_by_region_and_members_affiliated_with(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_a_toll_a_speaker_says_included_the_bomber() -> None:
    text = (
        "A suicide bomber blew himself up at a tea shop near a military base on Monday, killing "
        "eight people, including three soldiers, police said. Police said the death toll "
        "included the bomber."
    )
    assert totals(text) == (8, 0)


def test_more_dead_of_another_place_after_a_raised_toll() -> None:
    text = (
        "The toll from the assault on Zamzam camp rose to 57 by Saturday evening, the camp's "
        "coordination said. RSF shelling of El Fasher city killed 11 more civilians, according "
        "to the city's resistance committees."
    )
    assert totals(text) == (68, 0)


@pytest.mark.parametrize(
    "text",
    [
        "The group threatened to kill 20 hostages unless its demands were met within 48 hours.",
        "Militants vowed to kill 20 soldiers for every fighter lost.",
        "Aid groups warned that hundreds of civilians could be killed if the offensive goes ahead.",
        "None of the 12 soldiers at the post was hurt when insurgents fired rockets at it.",
    ],
)
def test_deeds_not_done_and_no_one_hurt_count_nothing(text: str) -> None:
    assert totals(text) == (0, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Twelve people were killed or wounded when the bomb went off at a bus stop, four of "
            "them fatally, police said.",
            (4, 8),
        ),
        ("The roadside explosion caused 10 casualties, including three deaths.", (3, 7)),
        ("Gunmen opened fire on a bar, hitting 19 people, six of whom died, police said.", (6, 13)),
        (
            "Militants shot three police officers on the outskirts of Lahore, one of whom later "
            "died.",
            (1, 2),
        ),
        (
            "The ambush killed nine soldiers plus two civilian drivers, a military source said.",
            (11, 0),
        ),
    ],
)
def test_people_hit_some_of_whom_died(text: str, expected: tuple[int, int]) -> None:
    """Those hit who died are dead, the rest wounded; "plus" lists more victims."""
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "(Corrects death toll to eight, not nine, in first paragraph) Eight soldiers were "
            "killed in an ambush in Burkina Faso's Sahel region, security sources said.",
            (8, 0),
        ),
        (
            "A month after a massacre killed 50 people in the town, gunmen returned on Friday and "
            "killed six more.",
            (6, 0),
        ),
        (
            "The dead comprised four soldiers, two police officers and 11 civilians, the governor "
            "said after the attack on Bama.",
            (17, 0),
        ),
    ],
)
def test_a_desks_note_an_earlier_massacre_and_the_dead_listed(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The toll from the attack on the military camp in Djibo stands at 34 soldiers and 12 "
            "civilians, according to security sources.",
            (46, 0),
        ),
        (
            "Fifteen people were killed in the attack on a Mogadishu hotel, not including the "
            "three gunmen, who were also shot dead.",
            (18, 0),
        ),
    ],
)
def test_a_toll_of_two_groups_and_attackers_not_included(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thousands of people gathered on Monday at the site where 364 people were killed by "
            "gunmen at a music festival, marking one year since the attack.",
            (0, 0),
        ),
        (
            "Two police officers were wounded, and a journalist covering the operation was grazed "
            "by a stray bullet.",
            (0, 3),
        ),
    ],
)
def test_an_anniversary_marked_and_one_grazed_by_a_bullet(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian overnight attacks killed three people in Kharkiv, a day after a strike on "
            "the city centre killed seven.",
            (3, 0),
        ),
        (
            "The strike was in retaliation for a rocket attack last month that killed 12 children "
            "on a football pitch. No casualties were reported.",
            (0, 0),
        ),
        (
            "Russian shelling killed two civilians in Kherson on Monday, bringing the number of "
            "civilians killed in the region this month to 47.",
            (2, 0),
        ),
        (
            "An air strike hit a house on Tuesday. The dead were Mohammed, 17, his sister Layla, "
            "14, and their father, 52.",
            (3, 0),
        ),
    ],
)
def test_past_days_and_months_and_ages_after_relatives(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A rocket attack on Sderot wounded 12 people on Tuesday; four remain in intensive "
            "care.",
            (0, 12),
        ),
        (
            "A missile struck near Tel Aviv. Medics first reported 17 injured, later revising the "
            "figure to nine, most with minor injuries.",
            (0, 9),
        ),
    ],
)
def test_still_treated_revised_figures_and_a_lower_figure_given(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Fifteen people needed medical treatment after a shell hit a bus stop in central Donetsk.",
        "Fifteen people were treated at the scene for light injuries after a drone hit a house.",
    ],
)
def test_the_wounded_told_by_their_treatment(text: str) -> None:
    assert totals(text) == (0, 15)


def test_the_wounded_named_in_a_list() -> None:
    text = (
        "Gunmen fired on a minibus near Beledweyne on Sunday, killing two. The wounded were named "
        "as Ahmed Nur, 23, Fatima Ali, 41, and her son Abdi, 9."
    )
    assert totals(text) == (2, 3)


def test_burns_alone_tell_the_wounded() -> None:
    text = "Six children suffered burns when an incendiary munition hit a school in Idlib."
    assert totals(text) == (0, 6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israeli forces fired rubber bullets at the funeral of a man killed last week in "
            "Nablus, wounding three mourners.",
            (0, 3),
        ),
        (
            "A suicide bomber struck the funeral of a tribal elder killed last week in Nangarhar, "
            "killing himself and 12 mourners and wounding 30.",
            (13, 30),
        ),
    ],
)
def test_the_one_mourned_at_a_funeral_struck_today(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A journalist was killed along with his cameraman when their car came under fire "
            "near the front line.",
            (2, 0),
        ),
        (
            "A journalist initially reported missing after the strike on Kherson was confirmed "
            "dead on Saturday.",
            (1, 0),
        ),
        (
            "A 35-year-old porter working with the army, Bashir Ahmad Lone, was killed and two "
            "soldiers were injured.",
            (1, 2),
        ),
        ("A girl and her seven-year-old brother were killed by a dropped explosive.", (2, 0)),
        (
            "Malik Gul Rehman, a member of the local peace committee, his younger brother and his "
            "nephew were shot dead by gunmen on Sunday.",
            (3, 0),
        ),
        ("A tribal elder, his brother and his nephew were shot dead by gunmen on Sunday.", (3, 0)),
        (
            "The toll from Friday's missile strike on Kryvyi Rih rose to seven after a woman died "
            "in hospital; 20 people remain wounded.",
            (7, 20),
        ),
    ],
)
def test_a_cameraman_along_and_the_wounded_who_remain(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_a_yearly_rate_is_no_repeat_of_the_news() -> None:
    text = (
        "Clashes between herders and farmers in the village of Mandakao killed 12 people, a "
        "government spokesman said on Wednesday. A local rights group said 17 people had died. "
        "The violence began when cattle strayed into a field. Disputes over land and water "
        "between herders and farmers kill dozens of people in southern Chad each year."
    )
    assert totals(text) == (12, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On searching the spot, bodies of 5 uniformed male and female Maoists were recovered.",
            (5, 0),
        ),
        (
            "The 58-year-old man wounded by a Russian drone on Tuesday in the Antonivka "
            "microdistrict died in hospital on Wednesday morning, the city administration said.",
            (1, 0),
        ),
    ],
)
def test_both_sexes_in_one_noun_and_a_long_wounding_before_a_death(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


def test_the_wounded_left_are_not_taken_twice_from_those_who_died() -> None:
    """Two of the wounded who died leave the 11 once: the later "Nine injured remain" is that
    same net count, not a count to take them from again."""
    text = (
        "Five people were killed and 11 injured on Tuesday when a bomb hit the coach. On "
        "Wednesday two more people injured in the attack succumbed to their wounds. Nine injured "
        "remain under treatment."
    )
    assert totals(text) == (7, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israeli forces killed at least nine Palestinians in raids on Jenin on Wednesday, the "
            "Palestinian health ministry said. The Palestinian Red Crescent said its teams had "
            "treated 15 wounded. One Israeli soldier was lightly wounded, the army said.",
            (9, 16),
        ),
        (
            "Clashes along the border near Hermel killed seven people on the Lebanese side and "
            "injured 52, Lebanon's health ministry said. Syria's defence ministry said three of "
            "its soldiers had been killed in the fighting.",
            (10, 52),
        ),
        (  # the same country's army and hospital: one account of the same soldiers
            "A missile struck a military camp in Marib, killing eight soldiers and wounding 12, "
            "a military official said. Medical sources at Marib's Kara hospital put the death "
            "toll higher, at ten.",
            (8, 12),
        ),
    ],
)
def test_an_armys_own_soldiers_are_not_of_another_countrys_medics_toll(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Turkish air strike hit a vehicle in the Amadiya district on Sunday, killing two "
            "members of the PKK, the region's counter-terrorism service said. Turkey's defence "
            "ministry said its jets had 'neutralised' nine PKK militants in the Metina region in "
            "the same operation.",
            (2, 0),
        ),
        (
            "06:10 Civil defence: an Israeli strike on a house in Nuseirat camp killed 7 members "
            "of one family overnight. 06:45 Al-Aqsa Martyrs hospital puts the toll from the same "
            "strike at 11, including four women.",
            (7, 0),
        ),
        (  # other dead of the same operation add
            "A Kenyan police officer serving with the mission was killed in a gang ambush in the "
            "Artibonite on Sunday, the mission said. Haitian police said 10 gang members were "
            "killed in the same operation.",
            (11, 0),
        ),
    ],
)
def test_another_sources_count_in_the_same_operation_is_another_account(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


def test_another_source_speaking_of_a_bare_number_is_another_account() -> None:
    text = (
        "In Ancuabe, insurgents attacked the village of Nacuale on Sunday; residents say four "
        "people were killed, while the district administrator speaks of two."
    )
    assert totals(text) == (2, 0)


def test_eliminating_is_a_death_verb_alone_in_a_text() -> None:
    text = (
        "During a counterterrorism operation in the area of Tammun, an aircraft struck a cell "
        "that posed a threat to the forces, eliminating three terrorists."
    )
    assert totals(text) == (3, 0)


def test_brought_in_dead_are_dead() -> None:
    text = (
        "MSF teams at the hospital received 27 wounded people. Two of them died shortly after "
        "admission. Five other people were brought in dead."
    )
    assert totals(text) == (7, 25)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Air strikes on the port city of Hodeidah killed a fisherman on Tuesday, the Saba "
            "news agency said. The Houthis separately said two members of their naval forces "
            "had been killed in the strikes.",
            (3, 0),
        ),
        (
            "A drone strike on a vehicle near Sidakan killed two suspected PKK members on "
            "Wednesday, the counter-terrorism service said. The Turkish defence ministry "
            'separately said a total of 19 "terrorists" had been neutralised in northern Iraq '
            "over the past week.",
            (2, 0),
        ),
    ],
)
def test_dead_a_speaker_separately_tells_add(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_a_derailment_caused_by_a_technical_fault_is_no_attack() -> None:
    text = (
        "Two people were killed and five injured when a passenger train derailed near the town "
        "of Lozova on Wednesday, the state railway said, adding that the derailment was caused "
        "by a technical fault and not by an attack."
    )
    assert totals(text) == (0, 0)


def test_one_told_after_a_killing_with_an_age_and_a_verb_of_their_own() -> None:
    text = (
        "Gunmen ambushed a patrol on the Bamenda-Bafut road on Monday morning, killing two "
        "gendarmes, and a passer-by aged 45 was wounded by a stray bullet."
    )
    assert totals(text) == (2, 1)


@pytest.mark.parametrize(
    "text",
    [
        "A fourth victim, a 10-year-old boy, was hit in the leg and is being treated at the "
        "general hospital.",
        "A fourth person, a teacher, was shot and wounded.",
    ],
)
def test_an_appositive_after_an_ordinal_is_the_same_one(text: str) -> None:
    assert totals(text) == (0, 1)


def test_a_count_since_the_last_briefing_is_context() -> None:
    text = (
        "Since my last briefing, the Mission recorded 312 incidents affecting civilians, with 79 "
        "civilians killed. In the most serious recent incident, on Tuesday, armed men attacked "
        "herders at Niem, killing 11 people, among them 5 children. Our peacekeepers evacuated "
        "7 wounded to Bouar."
    )
    assert totals(text) == (11, 7)


def test_a_bare_count_joined_to_an_attackers_death_counts_attackers() -> None:
    text = (
        "Al Shabaab fighters detonated a suicide vest and opened fire at a hotel near the "
        "seaport late on Friday, killing 14 people and wounding 27, police said. A police "
        "spokesman said one attacker blew himself up and four were shot dead by security forces "
        "during a siege that lasted six hours."
    )
    assert totals(text) == (19, 27)


def test_the_first_blast_and_the_second_are_two_incidents() -> None:
    text = (
        "Two bombs exploded minutes apart near a fresh market in the Saba Yoi district on "
        "Tuesday, police said. The first blast, from a device hidden in a rubbish bin, wounded a "
        "paramilitary ranger on patrol. The second, set off as onlookers gathered, killed a "
        "fruit vendor and wounded six others, including two children."
    )
    assert totals(text) == (1, 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A female suicide bomber blew herself up at a fish market, killing herself and 12 "
            "other people, emergency officials said. A second woman wearing explosives was shot "
            "dead by vigilantes at a nearby checkpoint before she could detonate them, a militia "
            "leader said.",
            (14, 0),
        ),
        ("Three women collecting firewood were killed by a landmine.", (3, 0)),
    ],
)
def test_what_the_victims_were_doing_between_them_and_their_verb(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


def test_a_sentence_naming_a_country_only_as_an_actor_is_of_the_town_before_it() -> None:
    text = (
        "KYIV, Aug 4 (Reuters) - Ukraine's military said on Sunday that a HIMARS strike on a "
        "Russian training ground near the border in Belgorod region had killed about 60 Russian "
        "soldiers who had lined up for a ceremony. Russia's defence ministry did not comment, "
        "but a prominent pro-Kremlin military blogger wrote that 11 servicemen had died."
    )
    assert totals(text) == (11, 0)


def test_a_desks_label_before_a_line_is_no_source() -> None:
    text = "HEADLINE: Armenia says three soldiers killed in border shelling near Jermuk"
    (figure,) = extract(text, published=PUBLISHED).figures
    assert figure.count == 3
    assert figure.source != "HEADLINE"


def test_a_labelled_headline_is_read_as_the_headline_over_its_story() -> None:
    text = (
        "HEADLINE: Russian drone attack on Kyiv damages homes, wounds five\n"
        "STANDFIRST: Debris from downed drones fell across three districts of the capital "
        "overnight, the city military administration said, adding that two of the injured were "
        "hospitalised."
    )
    assert totals(text) == (0, 5)


@pytest.mark.parametrize(
    "text",
    [
        "One of our colleagues, a teacher at an UNRWA school, was killed along with his wife and "
        "daughter when their home in Nuseirat was hit on Monday night.",
        "A strike killed a teacher, his wife and daughter.",
    ],
)
def test_a_possessive_is_shared_by_the_kin_listed_after_it(text: str) -> None:
    assert totals(text) == (3, 0)


def test_a_third_man_who_was_with_them_is_one_more() -> None:
    text = (
        "Unidentified gunmen shot dead two brothers near their farm on Tuesday evening. A third "
        "man who was with them was seriously wounded and taken to the National Hospital."
    )
    assert totals(text) == (2, 1)


@pytest.mark.parametrize(
    "text",
    [
        "A 20-year-old conscript had been found dead with a gunshot wound at a military post in "
        "Tavush province. Investigators are examining whether the death was a suicide or the "
        "result of a violation of the rules for handling weapons.",
        "A contract serviceman, 24, was found dead with a gunshot wound at a military post on "
        "Sunday, the ministry said. A criminal case was opened, and one of the versions being "
        "examined is suicide.",
    ],
)
def test_a_soldier_found_dead_where_suicide_is_examined_is_no_conflict_death(text: str) -> None:
    assert totals(text) == (0, 0)


def test_the_same_strike_neutralising_others_is_another_account() -> None:
    text = (
        "09:30 — A Turkish drone strike on a car near Qamishli killed two SDF members, the "
        "Kurdish-led administration says.\n"
        "11:05 — Turkey's defence ministry says the same strike 'neutralised three PKK/YPG "
        "terrorists'."
    )
    assert totals(text) == (2, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agents of the prosecutor's office arrested three men, aged 23, 27 and 31, in the "
            "municipality of Celaya, in connection with the attack on a bar in which six people "
            "were killed.",
            (0, 0),
        ),
        ("Police arrested three suspects after gunmen killed five people on Monday.", (5, 0)),
    ],
)
def test_an_arrest_in_connection_with_an_attack_recalls_its_dead(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


def test_a_toll_after_earlier_putting_it_lower_replaces_it() -> None:
    text = (
        "Two Russian guided aerial bombs hit an industrial estate in Zaporizhzhia on Friday, "
        "killing at least 12 people and injuring 43, regional governor Ivan Fedorov said, after "
        "earlier putting the death toll at six."
    )
    assert totals(text) == (12, 43)


def test_a_sentence_whose_counts_add_up_to_the_whole_tells_its_parts() -> None:
    text = (
        "At least five people were killed in gunfights between armed groups in Manipur on "
        "Saturday, police said. One elderly man was shot dead in his home near Jiribam town, and "
        "four armed men died in an exchange of fire in the hills, a police official said. Two "
        "people were wounded."
    )
    assert totals(text) == (5, 2)


def test_a_stabbing_police_describe_as_a_criminal_dispute_is_crime() -> None:
    text = (
        "A 45-year-old man was stabbed to death outside his home in Lod on Saturday night in "
        "what police described as a criminal dispute between two local families."
    )
    assert totals(text) == (0, 0)


def test_bodies_included_in_a_count_are_of_the_dead() -> None:
    text = (
        "The director of the hospital said it had received 18 martyrs and 40 injured since dawn "
        "from strikes on the Zeitoun and Shujaiya neighbourhoods, including the bodies of six "
        "members of a single family."
    )
    assert totals(text) == (18, 40)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "RSF shelling hit a house in the Al-Salam neighbourhood, killing Hamid Adam, 60, his "
            "wife Khadija, and their son Musa, a resident said.",
            (3, 0),
        ),
        (
            "A drone strike on a vehicle near Sinjar killed four members of the Sinjar Resistance "
            "Units, a Yazidi armed group linked to the PKK, and a civilian driver, a local "
            "official said.",
            (5, 0),
        ),
    ],
)
def test_a_list_goes_on_after_a_relatives_name_or_what_a_group_is(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


def test_a_vague_count_of_a_separate_operation_is_no_loose_repeat() -> None:
    text = (
        "07:20 — Health officials at Al-Aqsa Martyrs Hospital say 11 people were killed in an "
        "overnight strike on a house in Bureij camp.\n"
        "08:05 — The Israeli military says that in a separate operation in Khan Younis, troops "
        "killed several terrorists who opened fire on them.\n"
        "08:40 — Al-Aqsa hospital updates the Bureij toll to 14, including five children."
    )
    assert totals(text) == (17, 0)


def test_a_units_short_name_in_brackets_is_no_count_of_the_dead() -> None:
    text = (
        "Thirty-two people were killed on Friday in an attack on the town of Tanwalbougou, "
        "according to a security source. Among the dead are nineteen Volunteers for the Defence "
        "of the Homeland, eight soldiers of the 14th Rapid Intervention Battalion (BIR 14) and "
        "five civilians."
    )
    assert totals(text) == (32, 0)


def test_an_attack_in_a_place_last_month_is_a_past_one() -> None:
    text = (
        "Nigeria's Senate on Tuesday observed a minute's silence for 22 soldiers killed in an "
        "ambush in Niger state last month and urged the government to provide better equipment."
    )
    assert totals(text) == (0, 0)


def test_a_named_one_who_died_with_no_number_in_the_sentence() -> None:
    text = (
        "A bomb planted on the shoulder of Route 418 detonated as a patrol of four rangers on "
        "two motorcycles passed. Ranger Sanan Thongkham, 27, died at the scene. Two other rangers "
        "were injured and taken to Pattani Hospital; the fourth was unhurt."
    )
    assert totals(text) == (1, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The village of Sogou buried its dead on Thursday after an attack the previous night "
            "by armed men. The victims are Hamadoun Guindo, 58, village chief; his son Amadou "
            "Guindo, 19; Fatoumata Tembely, 32; Ousmane Dara, 45, a teacher; and a 7-year-old "
            "boy whose name we have withheld. Two other residents were wounded.",
            (5, 2),
        ),
        (
            "The martyrs of the Shurrab family in Khan Younis are Ahmed Shurrab, 52; his wife "
            "Amal, 47; their sons Mohammed, 19, and Yousef, 15; and their daughter Lina, 9. They "
            "were killed when a drone fired two missiles at their home at dawn.",
            (5, 0),
        ),
        (
            "The ministry listed the dead as eight soldiers of the army and four members of the "
            "national gendarmerie.",
            (12, 0),
        ),
    ],
)
def test_lists_of_the_victims_and_the_martyrs(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_a_conflict_between_two_communities_that_has_killed_is_a_long_run_toll() -> None:
    text = (
        "Suspected militants used drones to drop explosives on a village in Imphal West "
        "district, killing a 31-year-old woman and injuring nine people, police said on Monday. "
        "The 16-month-old ethnic conflict between the Meitei and Kuki-Zo communities has killed "
        "more than 200 people."
    )
    assert totals(text) == (1, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen ambushed the vehicle of a district administrator in the Oromia region, "
            "killing him and four of his bodyguards, regional officials said on Thursday.",
            (5, 0),
        ),
        (
            "A rubber tapper was found shot dead in his plantation. Police said the man had been "
            "killed over a land dispute with a relative. Authorities stressed the case was not "
            "linked to the unrest.",
            (0, 0),
        ),
        (
            "The death toll from an attack on a passenger convoy rose to nine on Saturday, "
            "including two women, officials said, after earlier reports of five dead.",
            (9, 0),
        ),
    ],
)
def test_him_and_his_guards_no_link_to_the_unrest_and_earlier_reports(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An Assam Rifles vehicle was ambushed by armed militants near Saibol. Rifleman "
            "Lalrinsanga and Rifleman Karan Thapa made the supreme sacrifice. Four personnel "
            "sustained injuries.",
            (2, 4),
        ),
        ("Constable Ali Khan paid the ultimate price.", (1, 0)),
    ],
)
def test_named_soldiers_who_made_the_supreme_sacrifice(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


def test_two_named_with_ranks_and_three_names_are_the_two_counted() -> None:
    text = (
        "Two officers, Patrolman Andres Felipe Rojas, 24, and Sub-Intendant Luis Carlos Mena, 31, "
        "were killed this morning in a rifle attack on a police post in Jamundi. A third officer "
        "was injured."
    )
    assert totals(text) == (2, 1)


def test_a_live_line_of_a_separate_strike_adds() -> None:
    text = (
        "Middle East live - 14 October\n"
        "14:02 Israeli strike on a building in Nabatieh city centre. Lebanon's health ministry "
        "says three people were killed.\n"
        "14:40 A separate drone strike hit a car on the coastal road near Tyre, killing one "
        "person, the state news agency reports.\n"
        "16:15 The health ministry updates the Nabatieh toll to five killed and 12 wounded."
    )
    assert totals(text) == (6, 12)


def test_a_lead_naming_its_source_is_no_headline_over_a_later_deed() -> None:
    text = (
        "SANAA/DUBAI, March 7 (Reuters) - A Houthi anti-ship missile struck the bulk carrier "
        "Amber Crest in the Gulf of Aden on Wednesday, killing two crew members and injuring "
        "five, U.S. Central Command said. Hours later, U.S. and British strikes on a Houthi radar "
        "site near Hodeidah killed two people and wounded nine, the Houthi-run health ministry "
        "said."
    )
    assert totals(text) == (4, 14)


def test_the_number_of_martyrs_raises_the_toll() -> None:
    text = (
        "The strike on a residential building resulted, according to a preliminary toll, in five "
        "martyrs and 18 wounded. Updated toll, 21:00: The number of martyrs has risen to seven, "
        "and the number of wounded to 22."
    )
    assert totals(text) == (7, 22)


def test_no_one_was_hurt_hurts_no_one() -> None:
    text = (
        "Gang members kidnapped 11 passengers, including a 2-month-old baby, from a bus on the "
        "road to Ganthier on Monday, police said, adding that no one was hurt."
    )
    assert totals(text) == (0, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A 57-year-old pastor was shot dead in his garden near Homeyo on Monday afternoon. "
            "His son, 20, who was with him, was wounded in the shoulder and is being treated.",
            (1, 1),
        ),
        (
            "As a result, a shepherd born in 1966 was killed and his nephew, born in 2004, was "
            "wounded.",
            (1, 1),
        ),
        (
            "A drone struck a car on the road, killing two members of the group. A civilian "
            "driving behind the vehicle was wounded by shrapnel.",
            (2, 1),
        ),
    ],
)
def test_a_relative_told_with_an_age_or_birth_year_and_one_driving_behind(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


def test_four_hours_earlier_opens_another_incident() -> None:
    text = (
        "Insurgents set off a bomb and then fired on a team of soldiers sent to inspect the blast "
        "on Friday, killing one soldier and wounding two, the army said. Four hours earlier, in "
        "neighbouring Narathiwat, gunmen shot dead a Muslim village chief, 58, and his deputy "
        "outside a mosque in Rangae district, police said."
    )
    assert totals(text) == (3, 2)


def test_the_number_of_injured_told_with_no_verb() -> None:
    text = (
        "10:40 Toll rises to four dead and 19 injured, including a 7-year-old girl.\n"
        "13:05 Rescuers have pulled another body from the rubble. The death toll is now five and "
        "the number of injured 21, the State Emergency Service says."
    )
    assert totals(text) == (5, 21)


def test_injured_now_raises_the_count_of_the_wounded() -> None:
    text = (
        "07:55 Regional governor: a guided bomb hit a five-storey building; two dead, 14 "
        "injured.\n09:20 Toll rises to four dead; injured now 19."
    )
    assert totals(text) == (4, 19)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israeli troops killed two Palestinians east of Gaza City on Monday, health officials "
         "said.", (2, 0)),
        ("Health officials said Israeli fire killed two people and wounded three east of the "
         "city, near the line where troops remain deployed.", (2, 3)),
    ],
    ids=["victims-then-direction", "bare-count-then-direction"],
)  # fmt: skip
def test_a_direction_from_a_place_ends_the_victims_phrase(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


def test_a_victim_hired_by_someone_is_still_the_subject() -> None:
    text = (
        "On Saturday, a truck driver contracted by WFP was killed when gunmen ambushed a convoy "
        "on the Juba-Nimule road, and two aid workers travelling with it were wounded."
    )
    assert totals(text) == (1, 2)


@pytest.mark.parametrize(
    "text",
    [
        "Seven labourers from Punjab were offloaded and shot dead on Saturday.",
        "Seven labourers were taken off the bus and shot dead on Saturday.",
    ],
)
def test_what_was_done_to_them_before_they_were_shot(text: str) -> None:
    assert totals(text) == (7, 0)


def test_another_verbs_object_is_no_victim_listed_before_the_dead() -> None:
    text = (
        "Troops killed three gang members in a shootout on Wednesday. Security forces have "
        "detained more than 1,500 people and 11 people have died in operations this week, "
        "the military said."
    )
    assert totals(text) == (11, 0)  # the three are among the week's 11; none of the 1,500


def test_a_truces_date_does_not_date_the_deaths_before_it() -> None:
    text = (
        "An Israeli drone strike on a car near Bint Jbeil killed three people on Tuesday, "
        "Lebanon's health ministry said, in the latest attack despite a ceasefire that took "
        "effect almost a year ago."
    )
    assert totals(text) == (3, 0)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said three people were killed in a drone strike on the camp on Tuesday, "
        "correcting an earlier report of four dead after a man listed among the victims was "
        "found alive.",
        "The government lowered the death toll from a gang attack on the town to three on "
        "Tuesday, after initially saying 18 people had been killed.",
    ],
    ids=["correcting-an-earlier-report", "after-initially-saying"],
)
def test_an_earlier_account_corrected_is_not_counted(text: str) -> None:
    assert totals(text) == (3, 0)


def test_an_ordinal_makes_this_year_a_comparison() -> None:
    text = (
        "Gunmen opened fire on young men playing pool in a rural bar in Tulua, killing five, in "
        "what the Indepaz think tank said was the 56th massacre recorded in Colombia this year. "
        "Two other people were wounded."
    )
    assert totals(text) == (5, 2)


def test_where_a_mission_serves_is_no_part_of_its_victims_gap() -> None:
    text = (
        "A peacekeeper from the UN mission in the Central African Republic (MINUSCA) was killed "
        "and two others wounded when their patrol was ambushed on Thursday."
    )
    assert totals(text) == (1, 2)


def test_our_driver_is_one_person() -> None:
    text = (
        "On Tuesday, an MSF ambulance was stopped and shot at by armed men. Our driver was "
        "wounded in the leg; the patient was unhurt."
    )
    assert totals(text) == (0, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the village on Tuesday, killing a farmer. His wife sustained machete "
        "cuts and was rushed to hospital.",
        "Gunmen shot dead a farmer on Tuesday, and a police officer was grazed in the arm.",
    ],
    ids=["machete-cuts", "grazed-in-the-arm"],
)
def test_lesser_wounds_are_wounds(text: str) -> None:
    assert totals(text) == (1, 1)


def test_last_weeks_dead_beside_this_weeks_wounded_are_recalled() -> None:
    text = (
        "North Kivu: Shells fell on the town of Kitshanga on Monday during fighting between M23 "
        "and FARDC, injuring nine civilians. No deaths have been reported. Last week, fighting "
        "in the area left 30 civilians dead."
    )
    assert totals(text) == (0, 9)


def test_a_count_since_the_start_of_the_month_is_the_months_toll() -> None:
    text = (
        "SOHR has documented the deaths of six civilians, including two children, in an attack "
        "by gunmen on a farm in the Hama countryside on Thursday. With these new deaths, the "
        "number of civilians killed in the province since the start of the month has risen to "
        "134."
    )
    assert totals(text) == (6, 0)


def test_a_source_that_reported_the_same_strike_gives_another_account() -> None:
    text = (
        "Residents of Tabayin township said nine people were killed when junta aircraft struck "
        "a village market on Tuesday morning. State media reported the same strike on "
        "Wednesday, saying five 'terrorists' of a local PDF had died in an operation against "
        "a weapons depot."
    )
    assert totals(text) == (5, 0)


def test_an_event_of_a_past_month_and_year_is_recalled() -> None:
    text = (
        "Drone strikes on a market in Ouenkoro on Monday killed at least 21 civilians. A "
        "spokesperson said the office was still awaiting accountability for the Moura killings "
        "of March 2022, in which more than 500 people were killed."
    )
    assert totals(text) == (21, 0)


def test_a_relative_with_a_modal_and_an_including_aside_leaves_the_subject() -> None:
    text = (
        "Junta troops raided the village on Monday and set fire to about 200 houses. Three "
        "villagers who could not flee, including a 65-year-old man and his 60-year-old wife, "
        "were shot dead."
    )
    assert totals(text) == (3, 0)


def test_a_belt_number_between_commas_is_no_apposition() -> None:
    text = (
        "During the exchange of fire on Monday, Constable Rahmatullah, belt No. 1234, was "
        "martyred and Constable Sajid Khan, belt No. 887, was injured."
    )
    assert totals(text) == (1, 1)


def test_a_side_that_denies_the_figure_gives_another_account() -> None:
    text = (
        "Myanmar's military said on Friday its troops had killed 30 'terrorists' during "
        "clearance operations in Shwebo district this week. A spokesman for the local People's "
        "Defence Force denied the figure, saying four of its members had died in the fighting."
    )
    assert totals(text) == (4, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian guided aerial bombs hit Zaporizhzhia on Tuesday, killing one person and "
         "injuring 21, regional governor Ivan Fedorov said. In the southern Kherson region, a "
         "man was killed by Russian artillery shelling of the village of Bilozerka, local "
         "authorities said.", (2, 21)),
        ("An Israeli strike on a tent in Khan Younis killed three people, including a child, "
         "Gaza's civil defence said on Monday. In the occupied West Bank, Israeli forces killed "
         "a 17-year-old boy during a raid in Jenin, the health ministry said.", (4, 0)),
    ],
    ids=["southern-region", "occupied-west-bank"],
)  # fmt: skip
def test_a_sentence_led_by_another_described_place_tells_another_incident(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


def test_a_lost_leg_is_a_wound() -> None:
    text = (
        "Three villagers were killed when a landmine exploded as they were collecting firewood "
        "near Hpa-an on Sunday, state media said. One other villager lost a leg, the report said."
    )
    assert totals(text) == (3, 1)


def test_a_quarters_casualties_in_brackets_are_the_quarters_toll() -> None:
    text = (
        "UNAMA documented 72 civilian casualties (25 killed, 47 injured) during the quarter, the "
        "majority caused by unexploded ordnance and attacks claimed by ISKP."
    )
    assert totals(text) == (0, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian drone and missile attacks killed four people in the Black Sea port of Odesa "
         "and one person in the northeastern Sumy region overnight, officials said.", (5, 0)),
        ("Airstrikes killed seven people in the southern Idlib province and two in the eastern "
         "Deir ez-Zor province on Monday.", (9, 0)),
    ],
    ids=["port-and-region", "described-provinces"],
)  # fmt: skip
def test_counts_by_described_places_share_the_verb(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_a_live_lines_separate_incident_label_adds() -> None:
    text = (
        "LIVE — Sinaloa violence\n"
        "09:42 — Culiacán: prosecutors confirm the bodies of five men were found overnight in "
        "the Tierra Blanca neighbourhood, all with gunshot wounds.\n"
        "10:15 — Separate incident: two National Guard officers were killed and three wounded "
        "when gunmen ambushed their patrol on the highway, the Defence Ministry says."
    )
    assert totals(text) == (7, 3)


@pytest.mark.parametrize(
    "text",
    [
        "The RSF said on Wednesday its air defences had shot down an army Antonov aircraft over "
        "Nyala, killing its crew of five.",
        "Colombian troops killed a FARC dissident commander known as 'Marlon' and four of his "
        "bodyguards in an operation in Guaviare province on Tuesday.",
        "Gunmen shot a police officer outside his home in Bannu on Saturday, killing him and his "
        "four sons, police said.",
    ],
    ids=["crew-of-five", "known-as-and-four", "him-and-his-four-sons"],
)
def test_five_dead_told_around_one_name(text: str) -> None:
    assert totals(text) == (5, 0)


def test_the_anniversary_an_occasion_marks_does_not_date_todays_dead() -> None:
    text = (
        "Kenyan police shot dead two protesters in Nairobi on Tuesday during demonstrations "
        "marking the anniversary of last year's protests against a finance bill, the oversight "
        "authority said. The Red Cross said 35 people were injured."
    )
    assert totals(text) == (2, 35)


def test_the_dead_of_an_event_days_before_in_which_are_recalled() -> None:
    text = (
        "Gunmen shot dead the mayor of the Guerrero town of San Luis Acatlan along with his "
        "22-year-old son on Wednesday, state officials said. The attack came days after "
        "elections in which more than 30 candidates were killed during the campaign."
    )
    assert totals(text) == (2, 0)


def test_the_number_climbing_after_a_toll_is_the_toll() -> None:
    text = (
        "The toll from the RSF attack on Ghubaysh in West Kordofan on Wednesday was first "
        "reported by medical sources as 22 dead. On Thursday night the town's resistance "
        "committee said the number had climbed to 38 as bodies were recovered from farms."
    )
    assert totals(text) == (38, 0)


def test_a_wars_dead_in_strikes_during_the_war_are_context() -> None:
    text = (
        "Iran's judiciary said Tuesday it had executed three men convicted of spying for Israel. "
        "Iranian officials say more than 1,000 people were killed in Israeli strikes during the "
        "war."
    )
    assert totals(text) == (0, 0)


def test_a_mass_grave_of_those_killed_during_months_of_control_is_recalled() -> None:
    text = (
        "Sudanese authorities said on Wednesday they had unearthed a mass grave containing 65 "
        "bodies in the Salha district of Omdurman, believed to be people killed by the Rapid "
        "Support Forces during its months-long control of the area."
    )
    assert totals(text) == (0, 0)


@pytest.mark.parametrize("comparison", ["second", "deadliest"])
def test_the_dead_of_the_deed_a_comparison_reaches_back_to_keep_their_date(
    comparison: str,
) -> None:
    text = (
        f"A bomb killed two policemen in Cizre on Thursday, the {comparison} such attack since "
        "an ambush killed three soldiers last month."
    )
    assert totals(text) == (2, 0)


def test_a_correction_that_no_one_was_killed_takes_back_the_first_death() -> None:
    text = (
        "Peshawar blast - updates\n"
        "10:15 - Blast reported in Qissa Khwani bazaar; initial reports say one person killed.\n"
        "10:50 - Bomb disposal unit says a low-intensity IED was planted in a flower pot; four "
        "injured.\n"
        "12:00 - Police revise figures: no one was killed in the blast and six people were "
        "injured, all of them shopkeepers. Earlier reports of a death were incorrect."
    )
    assert totals(text) == (0, 6)


def test_counts_before_for_a_total_of_are_its_parts() -> None:
    text = (
        "Civil society in Djugu territory has published its tally after Sunday night's attack "
        "by CODECO militiamen: nine people killed in Djaiba, four in Lodjo and three in Tchabi, "
        "for a total of 16 dead. Seven wounded were evacuated by MONUSCO helicopter."
    )
    assert totals(text) == (16, 7)


def test_the_wounded_who_died_despite_treatment_leave_the_wounded() -> None:
    text = (
        "MSF teams at Bunia General Reference Hospital received 23 wounded people after the "
        "attack on Monday, most with machete and gunshot injuries. Despite the efforts of our "
        "surgical team, four of them died."
    )
    assert totals(text) == (4, 19)


def test_others_brought_to_hospital_are_the_wounded() -> None:
    text = (
        "An improvised explosive device exploded at a bus terminal in Datu Odin Sinsuat on "
        "Tuesday. Two persons died on the spot while seventeen others were brought to the "
        "provincial hospital. One of the injured, a 9-year-old boy, succumbed to his wounds "
        "around midnight."
    )
    assert totals(text) == (3, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attackers killed nine civilians, including four children, and a soldier who was on "
         "patrol, the ministry said on Tuesday.", (10, 0)),
        ("The blast killed 12 people, including five women, and seven children on Monday.",
         (12, 0)),
    ],
    ids=["another-side-after-the-parts", "the-lists-last-part"],
)  # fmt: skip
def test_a_victim_after_the_parts_of_a_count(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_a_claim_the_speaker_dismisses_after_its_own_count_is_set_aside() -> None:
    text = (
        "Burundi's army spokesman said on Monday that two soldiers were killed and five wounded "
        "in clashes with RED-Tabara rebels in South Kivu, dismissing the rebels' claim to have "
        "killed 32 soldiers as 'propaganda'."
    )
    assert totals(text) == (2, 5)


def test_an_auxiliary_is_a_victim() -> None:
    text = (
        "A 45-year-old CAFGU active auxiliary was killed and his 12-year-old daughter wounded "
        "when suspected NPA rebels fired at their house in Kabankalan City last night."
    )
    assert totals(text) == (1, 1)


def test_what_an_earlier_update_had_reported_is_an_earlier_account() -> None:
    text = (
        "OCHA Flash Update No. 3 - North Kivu: On Wednesday, an attack attributed to ADF "
        "combatants on the village of Masala, Beni territory, left at least 42 civilians dead, "
        "according to local authorities. Flash Update No. 2 had reported 29 deaths; the increase "
        "follows the discovery of additional bodies. At least 7 people were wounded."
    )
    assert totals(text) == (42, 7)


def test_a_relative_with_an_irregular_past_leaves_the_subject() -> None:
    text = (
        "A Russian FPV drone attacked a car on Friday afternoon, killing a 52-year-old local "
        "resident and his two sons. A neighbour who ran to help them was wounded when a second "
        "drone struck minutes later."
    )
    assert totals(text) == (3, 1)


def test_by_a_days_evening_a_later_count_raises_the_toll() -> None:
    text = (
        "Attack in Gorgadji: the toll rises\n"
        "Initial information on Sunday afternoon spoke of four dead after armed men opened fire "
        "on a livestock market in Gorgadji. By Sunday evening, local sources reported nine dead. "
        "On Monday morning, a medical source in Dori put the provisional toll at 11 dead and 16 "
        "wounded."
    )
    assert totals(text) == (11, 16)


def test_gunmen_shot_dead_after_a_suicide_bomb_are_no_part_of_its_victims() -> None:
    text = (
        "MOGADISHU, Aug 3 (Reuters) - A suicide car bomb exploded at the gate of a beachfront "
        "hotel in Mogadishu on Friday evening, killing at least nine people, police said. "
        "Security forces then shot dead three gunmen who tried to storm the hotel after the "
        "blast, police spokesman Mohamed Nur Ali said. More than 20 people were wounded."
    )
    assert totals(text) == (12, 20)


def test_abducted_and_killed_him_is_one_dead() -> None:
    text = (
        "Sukma: Naxalites abducted a villager from his home in the Kistaram area on Sunday night "
        "and killed him with sharp weapons, branding him a police informer."
    )
    assert totals(text) == (1, 0)


def test_gang_members_police_killed_responding_to_the_attack_are_not_its_victims() -> None:
    text = (
        "BINUH incident note: On Tuesday, members of the Ti Makak gang attacked the Solino "
        "neighbourhood of Port-au-Prince, killing at least nine residents and injuring 14. "
        "Haitian National Police units responding to the attack killed three gang members, "
        "according to police."
    )
    assert totals(text) == (12, 14)


def test_a_live_line_told_separately_is_no_earlier_value_of_a_later_toll() -> None:
    text = (
        "Gaza live\n"
        "07:15 Palestinian civil defence: an Israeli strike has hit a school sheltering "
        "displaced families in Gaza City's Daraj neighbourhood. At least 15 killed.\n"
        "08:02 The director of Al-Ahli hospital says the toll has risen to 22.\n"
        "10:48 Separately, four people were killed while waiting for aid near Rafah, Nasser "
        "hospital says.\n"
        "12:20 Civil defence: the Daraj school toll is now 29, with more than 50 injured."
    )
    assert totals(text) == (33, 50)


def test_an_attack_on_a_holiday_of_a_past_year_is_recalled() -> None:
    text = (
        "Gunmen attacked several villages in the Bokkos district overnight, killing at least 40 "
        "people, a local official said on Monday. By Tuesday evening the toll had risen to 52, "
        "the council chairman said. Plateau has suffered repeated cycles of violence; attacks on "
        "Christmas Eve 2023 killed nearly 200 people."
    )
    assert totals(text) == (52, 0)


def test_a_live_pages_first_stamp_after_its_title_is_a_line() -> None:
    text = (
        "Lebanon live - 07:10 An Israeli drone strike on a car on the coastal road near Tyre has "
        "killed one person, the National News Agency reports. 09:30 Lebanon's health ministry "
        "says the strike near Tyre killed two people, one of them a Syrian national, and injured "
        "a passer-by. 11:40 The Israeli army says it struck a Hezbollah operative near Tyre."
    )
    assert totals(text) == (2, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Hamas handed over the bodies of four Israeli hostages on Thursday, who were abducted in "
        "the Oct. 7, 2023, attack on southern Israel in which 1,200 people were killed.",
        "Hamas handed over the bodies of four Israeli hostages on Thursday, who were abducted in "
        "the October 7, 2023 attack in which 1,200 people were killed.",
    ],
    ids=["date-between-commas", "date-with-one-comma"],
)
def test_a_dated_attack_in_an_aside_dates_the_dead_it_tells(text: str) -> None:
    assert totals(text)[0] < 1200


def test_dead_a_correction_finds_in_hospital_are_wounded() -> None:
    text = (
        "LIVE — Cauca, Colombia\n"
        "08:15 — Governor of Cauca: 5 killed in the attack on a police post in Jamundí.\n"
        "12:40 — Correction from National Police: 3 killed; two people earlier reported dead "
        "are in hospital in critical condition."
    )
    assert totals(text) == (3, 2)


def test_the_war_a_deed_is_the_latest_of_is_no_period_of_its_dead() -> None:
    text = (
        "A drone strike on a minibus in the Amhara region killed 11 civilians on the spot, three "
        "residents said, in the latest attack blamed on the military in its year-old conflict "
        "with Fano militias."
    )
    assert totals(text) == (11, 0)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Militants opened fire on a bus carrying pilgrims in Reasi district on Sunday "
            "evening, causing it to plunge into a gorge and killing nine people, police said.",
            9,
        ),
        (
            "The driver lost control of the bus on a mountain road, causing it to plunge into a "
            "gorge and killing nine people, police said.",
            0,
        ),
    ],
    ids=["caused-by-an-attack", "an-accident"],
)
def test_an_accident_an_attack_caused_is_the_attacks(text: str, killed: int) -> None:
    assert totals(text)[0] == killed


def test_a_toll_a_count_raises_is_its_earlier_value() -> None:
    text = (
        "Two explosions at a rally in Bukavu killed 13 people and wounded 58, the rebel group "
        "said on Thursday, raising a toll of eight it gave earlier."
    )
    assert totals(text) == (13, 58)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukrainian shelling killed two people in the town of Rylsk on Tuesday and wounded "
            "five, the acting governor said. He said 31 civilians had now been killed in the "
            "region since Ukrainian forces crossed the border on Aug. 6.",
            (2, 5),
        ),
        (
            "At least 40 people have been killed since the rebels entered the town on Monday.",
            (40, 0),
        ),
        (
            "The UN said on Friday that at least 2,900 bodies had been collected and buried in "
            "Goma since M23 rebels took control of the city in late January.",
            (0, 0),
        ),
    ],
    ids=["crossed-in-august", "entered-on-monday", "took-control-in-january"],
)
def test_a_toll_since_forces_crossed_or_took_a_place_is_dated_by_that_day(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected
    undated = extract(text)  # an item without a date: the day named still makes weeks
    assert (undated.killed, undated.injured) == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "The mission expresses deep concern over the mobilisation of armed forces in and "
            "around Tripoli over the past 48 hours, which recalls clashes last year that killed "
            "55 people.",
            0,
        ),
        (
            "Over the past 24 hours, the army said, a strike on Tuesday that killed 12 people hit "
            "the market.",
            12,
        ),
    ],
    ids=["clashes-last-year", "a-strike-on-tuesday"],
)
def test_a_deed_told_by_that_killed_takes_the_period_right_before_it(
    text: str, killed: int
) -> None:
    assert totals(text)[0] == killed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Security forces fired tear gas and metal pellets at mourners gathered at the grave "
            "of Mahsa Amini in Saqqez on Saturday, the third anniversary of her death, injuring "
            "three people.",
            (0, 3),
        ),
        (
            "On Saturday, the third anniversary of the massacre that killed 40 villagers, "
            "residents gathered in the square.",
            (0, 0),
        ),
    ],
    ids=["the-day-is-the-anniversary", "the-anniversary-of-the-dead"],
)
def test_an_anniversary_in_apposition_to_the_day_dates_todays_deed(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hundreds of mourners knelt along the streets of Lviv on Saturday as the coffins of "
            "seven soldiers killed on the eastern front last week were carried to the cemetery.",
            (0, 0),
        ),
        (
            "A day of mourning was declared in Lgov on Friday for the four residents killed in "
            "Tuesday's missile strike on the town.",
            (0, 0),
        ),
        (
            "ISGS militants attacked worshippers during Friday prayers at a mosque in Fambita. "
            "The government declared three days of mourning and said 44 civilians were killed "
            "and 13 wounded.",
            (44, 13),
        ),
    ],
    ids=["coffins", "day-of-mourning-for", "mourning-declared-beside-the-news"],
)
def test_coffins_and_mourning_for_the_dead_recall_them(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Islamic State gunmen stormed a village southwest of Kirkuk late on Thursday, "
            "killing the village mukhtar and his two sons and wounding his wife, a police source "
            "said.",
            (3, 1),
        ),
        (
            "An Israeli strike hit a car near Kfarchouba on Friday, killing a photographer for a "
            "local television channel and his driver and wounding three other reporters.",
            (2, 3),
        ),
        (
            "A rocket hit a residential building in Nahariya on Saturday. Medics said they "
            "treated 3 people for light shrapnel wounds and 9 others for anxiety.",
            (0, 3),
        ),
    ],
    ids=["the-village-mukhtar", "for-a-channel-and-his-driver", "treated-for-anxiety"],
)
def test_a_village_head_and_a_victims_companion_after_a_for_phrase(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Houthi gunmen killed a tribal sheikh and three of his guards at a checkpoint in "
            "Radaa district on Thursday. Tribesmen retaliated by attacking a nearby Houthi "
            "position, killing two Houthi fighters, before mediators arranged a truce.",
            6,
        ),
        (
            "Armed bandits of the Kraze Barye gang attacked the Solino neighbourhood overnight, "
            "killing nine residents, among them an off-duty police officer. Units of the BOID "
            "intervened and killed four bandits during the operation.",
            13,
        ),
    ],
    ids=["retaliated-by", "intervened-and-killed"],
)
def test_fighters_killed_in_retaliation_are_no_part_of_the_attacks_dead(
    text: str, killed: int
) -> None:
    assert totals(text)[0] == killed


def test_a_neighbouring_regions_line_is_another_incident() -> None:
    text = (
        "A Ukrainian drone struck a car in Russia's Belgorod region on Sunday, killing two "
        "people and injuring four, the regional governor said. In neighbouring Kursk region, one "
        "civilian was killed by Ukrainian shelling of a border village, the region's acting "
        "governor said."
    )
    assert totals(text) == (3, 4)


def test_another_two_dead_are_more_dead() -> None:
    text = (
        "At least seven children were killed and 11 injured when shells struck a school in "
        "Kadugli, South Kordofan, on Tuesday. Yesterday, another two children died in an attack "
        "on a water point in Dilling."
    )
    assert totals(text) == (9, 11)


def test_a_live_update_of_the_days_toll_is_not_of_the_line_before_it() -> None:
    text = (
        "19:40 — Lebanon's health ministry says Israeli strikes across south Lebanon and the "
        "Bekaa today have killed 274 people, including 21 children, and wounded more than "
        "1,000.\n20:15 — Hezbollah says it fired rockets at 3 Israeli military bases. The Israeli "
        "army says 2 people were lightly hurt by shrapnel in the Haifa area.\n21:30 — The health "
        "ministry revises today's toll to 356 dead and 1,246 wounded."
    )
    assert totals(text) == (356, 1248)


def test_an_updated_line_back_to_the_first_count_is_the_toll_as_updated() -> None:
    text = (
        "Belgorod live\n11:20 Governor Gladkov: Ukrainian MLRS fire on Shebekino; three civilians "
        "killed.\n12:05 Telegram channel Baza, citing emergency services, reports five dead.\n"
        "13:10 Kremlin spokesman Dmitry Peskov says attacks on Belgorod region 'will not go "
        "unanswered'.\n14:30 Gladkov's updated report: three people killed, 12 wounded, two of "
        "them in serious condition."
    )
    assert totals(text) == (3, 12)


def test_a_count_put_before_the_toll_it_revises_stands_over_the_initial_one() -> None:
    text = (
        "Niger's defence ministry revised down to 10 the number of people killed in Thursday's "
        "attack on a convoy near Tera, after initially reporting 12 dead. It said two of those "
        "initially listed as killed had in fact been wounded, bringing the number of wounded to "
        "15."
    )
    assert totals(text) == (10, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two wounded soldiers died in hospital on Tuesday.", (2, 0)),
        ("Three wounded soldiers were evacuated to Kabul on Tuesday.", (0, 3)),
    ],
    ids=["wounded-soldiers-died", "wounded-soldiers-evacuated"],
)
def test_wounded_ones_who_died_are_dead(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The death toll from a missile strike on port infrastructure in the Odesa region rose "
            "to eight on Tuesday, up from five a day earlier, as two wounded port workers died in "
            "hospital and another body was found, the governor said. Twelve other people remain "
            "in hospital.",
            (8, 12),
        ),
        (
            "14:05 — An Israeli drone strike on a car near Tyre has killed two people, the health "
            "ministry says. Four others were wounded.\n16:20 — The health ministry updates the "
            "toll to three: one of the four people wounded in the strike has died of his "
            "injuries in hospital.",
            (3, 3),
        ),
        (
            "The death toll from a suicide bombing at a police checkpoint in Bannu rose to 27 on "
            "Tuesday, not counting the attacker, up from 19 a day earlier, as rescuers recovered "
            "more bodies, officials said. About 50 people were wounded.",
            (28, 50),
        ),
    ],
    ids=["as-two-wounded-died", "updates-the-toll-to-three", "not-counting-the-attacker"],
)
def test_the_dead_a_clause_gives_as_the_reason_a_toll_rose_are_of_it(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eight soldiers were killed when an army helicopter crashed in bad weather in the "
            "mountains of Antioquia province on Thursday, the army said, ruling out an attack. "
            "Separately, a soldier was killed by an ELN sniper in Arauca, the ministry said.",
            (1, 0),
        ),
        (
            "A fire broke out in a pavilion at the Barabashovo market in Kharkiv on Monday. Six "
            "people died and four were hospitalised with burns. Preliminary cause: a short "
            "circuit in electrical wiring. Police said there were no signs of an attack.",
            (0, 0),
        ),
    ],
    ids=["crash-ruling-out-an-attack", "no-signs-of-an-attack"],
)
def test_an_accident_said_to_be_no_attack_is_no_conflict_death(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


def test_the_bodies_a_side_received_in_an_exchange_are_no_new_dead() -> None:
    text = (
        "As a result of repatriation measures, the bodies of 909 fallen defenders were returned "
        "to Ukraine today. According to the Russian side, most are from the Donetsk direction. "
        "Russia received 34 bodies."
    )
    assert totals(text) == (0, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "07:12 - Russian drones attacked Kharkiv overnight; Mayor Ihor Terekhov says five "
            "people were injured and a 9-storey building caught fire.",
            (0, 5),
        ),
        ("A house caught fire in the village overnight; two people were injured.", (0, 0)),
    ],
    ids=["the-attacks-fire", "a-house-fire"],
)
def test_a_building_an_attack_set_on_fire_is_the_attacks(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


def test_a_relative_with_an_age_in_apposition_is_one() -> None:
    text = (
        "Unidentified gunmen shot dead a 54-year-old rubber tapper as he was working on a "
        "plantation. His wife, aged 50, was wounded in the shoulder."
    )
    assert totals(text) == (1, 1)


def test_a_spokesman_for_a_group_who_said_it_is_no_victim() -> None:
    text = (
        "A military air strike on a village in the Sagaing region killed 17 people, including "
        "nine children, and injured about 20, a spokesman for a local resistance group and a "
        "resident said on Monday."
    )
    assert totals(text) == (17, 20)


def test_a_digests_dated_lines_by_place_are_incidents_of_their_own() -> None:
    text = (
        "Weekly security digest – eastern DRC\n"
        "– 2 April, Lubero: ADF attack on the Bulongo–Mabuo road, 6 civilians killed.\n"
        "– 4 April, Djugu (Ituri): CODECO militiamen attacked a displacement site at Lala, "
        "killing 12 and injuring 9.\n"
        "– 6 April, Fizi (Sud-Kivu): 2 Mai-Mai fighters killed by FARDC in a clash near Baraka."
    )
    assert extract(text).killed == 20


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Airstrikes killed an estimated 20 militants near the border with Mali.", 20),
        ("An estimated 20 militants were killed.", 20),
    ],
    ids=["object", "subject"],
)
def test_an_estimated_count_is_its_number_not_an_article(text: str, killed: int) -> None:
    assert totals(text)[0] == killed


def test_another_days_incident_among_lines_by_place_is_no_summary() -> None:
    text = (
        "Regional overview (excerpt). In Mali, JNIM militants ambushed a FAMa convoy near "
        "Diafarabe on 13 May, killing 7 soldiers. On 15 May, Malian forces killed an estimated "
        "11 civilians in Kouakourou. In Niger's Tillaberi region, IS Sahel fighters killed 4 "
        "civilians in Ayorou on 16 May."
    )
    assert extract(text).killed == 22


def test_a_monitors_toll_put_after_state_medias_soldiers_is_another_account() -> None:
    text = (
        "Israeli air strikes hit military positions near Damascus on Friday, killing three "
        "Syrian soldiers and wounding two others, Syrian state media said. The Syrian "
        "Observatory for Human Rights, a Britain-based war monitor, put the death toll at six."
    )
    assert totals(text) == (3, 2)


def test_the_day_of_a_claim_is_not_the_day_of_the_deaths() -> None:
    text = (
        "Islamic State-linked insurgents killed 11 Christians in Mozambique's Cabo Delgado "
        "province, the group claimed on its Telegram channels on Monday. Local sources in "
        "Macomia district confirmed five deaths in the attack on Friday."
    )
    assert extract(text).killed == 5


def test_a_member_of_the_district_reserve_guard_is_police() -> None:
    text = (
        "Indian security forces killed 12 suspected Maoist rebels in a gunbattle in Bijapur "
        "district, police said. One member of the District Reserve Guard was killed and three "
        "were injured in the operation."
    )
    assert totals(text) == (13, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army said it had killed about a dozen New People's Army guerrillas in weekend "
            "clashes in Sorsogon province. The NPA's regional command disputed the figure, saying "
            "four of its fighters had fallen. The army said two soldiers were slightly wounded.",
            (4, 2),
        ),
        (
            "Units conducted an offensive operation in the Djibo area, neutralising more than one "
            "hundred terrorists. Regrettably, two VDP auxiliaries fell during the operation and "
            "five were wounded and evacuated.",
            (102, 5),
        ),
        ("The stock price fell during the operation.", (0, 0)),
    ],
    ids=["fighters-had-fallen", "auxiliaries-fell-during-the-operation", "a-price-fell"],
)
def test_fighters_who_fell_or_had_fallen_are_dead(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_the_end_of_a_local_name_is_no_foreign_town() -> None:
    text = (
        "GUSAU, Nigeria, Feb 20 (Reuters) - Armed bandits killed at least 16 people in raids on "
        "two villages in the Maru area of Zamfara state, police said on Tuesday. Police "
        "spokesman Yusuf Garba said 11 people were killed in Kadawa and five in Gidan Dan "
        "Jimma, while seven others were injured."
    )
    ex = extract(text)
    assert (ex.killed, ex.injured) == (16, 7)
    assert "Ethiopia" not in ex.countries


def test_soldiers_who_paid_the_supreme_price_beside_lines_of_militants_killed() -> None:
    text = (
        "Defence Headquarters, Abuja - weekly operations briefing, 11 July 2024: In the last one "
        "week, troops of Operation Hadin Kai in the North East killed 47 terrorists, arrested 36 "
        "suspects and rescued 19 kidnapped hostages. In the North West, troops of Operation "
        "Hadarin Daji killed 28 bandits and rescued 52 victims. Troops recovered 61 assorted "
        "weapons. Regrettably, two soldiers paid the supreme price in the course of the "
        "operations."
    )
    assert extract(text).killed == 77


def test_a_tribute_to_the_forces_who_killed_is_no_memorial() -> None:
    text = (
        "The Interior Minister condemned the attack on a Frontier Corps camp in Chaman, in which "
        "3 FC personnel were martyred and 5 were injured. The minister paid tribute to the "
        "security forces who killed all 7 terrorists involved in the attack."
    )
    assert totals(text) == (10, 5)


def test_ones_that_number_the_incidents_are_no_dead() -> None:
    text = (
        "During the reporting period, three UNRWA staff members were killed in two separate "
        "incidents, one in Rafah and one in Gaza City, and two were injured."
    )
    assert totals(text) == (3, 2)


def test_attackers_shot_dead_beside_a_wounded_who_died_are_more_dead() -> None:
    text = (
        "Two terrorists opened fire at a bus stop at the Gilo junction in Jerusalem this "
        "morning, killing six people and wounding twelve. Both terrorists were shot dead by a "
        "soldier and an armed civilian at the scene. Magen David Adom said that one of the "
        "wounded, a 54-year-old man, died of his injuries at Hadassah Ein Kerem."
    )
    assert totals(text) == (9, 11)


def test_a_martyred_field_lists_the_dead_by_name() -> None:
    text = (
        "Terrorists attacked a police patrol at Kot Sultan late on Friday night. Martyred: ASI Gul "
        "Nawaz (52), Constable Abdul Jabbar (30), Constable Shahid Iqbal (26). Injured: Head "
        "Constable Muhammad Rafiq (45)."
    )
    assert totals(text) == (3, 1)


def test_a_he_said_sentence_is_the_speaker_before_its_account() -> None:
    text = (
        "A suicide bomber blew himself up at the entrance of a ministry in Kabul on Monday, "
        "killing five people, including the bomber, a Taliban spokesman said. He said 12 people "
        "were wounded. A hospital run by an Italian NGO said it had received 21 wounded from the "
        "blast."
    )
    assert totals(text) == (5, 12)


def test_the_strikers_own_account_on_a_live_page_is_no_newer_toll() -> None:
    text = (
        "21:40 — Explosions reported in Odesa.\n22:15 — Governor Kiper: a ballistic missile hit "
        "port infrastructure; 2 people killed and 3 injured.\n23:30 — Russia's defence ministry "
        "says its strike on Odesa port destroyed a warehouse of Western weapons and killed 18 "
        "foreign mercenaries.\n00:45 — Kiper: the dead were port workers, a man aged 44 and a "
        "woman aged 39."
    )
    assert totals(text) == (2, 3)


def test_a_sides_claim_that_the_strikes_killed_militants_beside_civilians_dead() -> None:
    text = (
        "Pakistani airstrikes on Afghanistan's Khost province killed nine civilians, including "
        "six children, a Taliban government spokesman said on Wednesday. Pakistani security "
        "officials, speaking on condition of anonymity, said the strikes had killed about 20 "
        "militants of the Pakistani Taliban at training compounds."
    )
    assert totals(text) == (9, 0)


def test_a_fourth_body_completes_a_toll_of_four() -> None:
    text = (
        "A Russian missile strike on Zaporizhzhia killed at least four people and wounded eight "
        'on Saturday, the governor said, revising an earlier toll of three dead. "Rescuers have '
        'pulled a fourth body from the rubble of a five-storey building," he wrote.'
    )
    assert totals(text) == (4, 8)


def test_a_named_victim_after_where_he_worked_and_his_companions() -> None:
    text = (
        "Gunmen killed a district administrator in Ethiopia's Oromia region, Abdi Ibsa, and his "
        "two bodyguards in an ambush on Sunday, a regional government official said."
    )
    assert totals(text) == (3, 0)


def test_the_one_a_struck_vehicle_carried_and_his_driver() -> None:
    text = (
        "A roadside bomb struck a vehicle carrying a local tribal elder in Pakistan's Bajaur "
        "district on Tuesday, killing him and his driver and wounding three of his guards, police "
        "said."
    )
    assert totals(text) == (2, 3)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Vigilante commander and three sons killed in ambush near Konduga", 4),
        ("Village chief and two sons killed in ambush", 3),
    ],
    ids=["commander-and-three-sons", "chief-and-two-sons"],
)
def test_a_headlines_bare_victim_before_a_counted_group(text: str, killed: int) -> None:
    assert totals(text)[0] == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Chhattisgarh encounter - live: 08:10 Police: bodies of three Maoists recovered. "
            "11:20 Two more bodies found, taking the total to five. 14:00 IG Bastar: total now "
            "seven, including a woman commander.",
            7,
        ),
        ("IG Bastar: total now seven.", 0),
        ("14:00 Police: total now seven arrested.", 0),
    ],
    ids=["live-total-now", "no-line", "arrested"],
)
def test_a_live_lines_total_now_raises_the_toll_told_before(text: str, killed: int) -> None:
    assert totals(text)[0] == killed


def test_a_second_strike_is_another_incident_after_a_first_sentence() -> None:
    text = (
        "BEIRUT, Oct 2 (AP) - An Israeli strike on a house in the southern Lebanese village of "
        "Ain Baal killed a Hezbollah commander and his two sons on Wednesday, the National News "
        "Agency reported. A second strike, on a motorcycle near Bint Jbeil, killed one person, "
        "the agency said. Lebanon's Health Ministry said five people were wounded in Ain Baal."
    )
    assert totals(text) == (4, 5)


def test_a_named_soldier_with_a_rank_after_as_a_result() -> None:
    text = (
        "Tajik servicemen opened fire without warning on a Kyrgyz border detachment near the "
        "village of Kok-Tash. As a result, junior sergeant Nurbek Asanov, born in 2003, was "
        "killed."
    )
    assert totals(text) == (1, 0)


def test_an_attacker_killed_later_in_an_encounter_is_no_part_of_his_victims() -> None:
    text = (
        "Terrorists fired upon a couple from Jaipur at a tourist camp near Yannar, Anantnag, "
        "yesterday. The husband, 45, and his wife, 41, succumbed to their injuries, while their "
        "driver was injured. In a joint operation launched this morning by police, Army's 19 RR "
        "and CRPF in Redwani, Kulgam, one terrorist involved in the attack was killed in an "
        "encounter."
    )
    assert totals(text) == (3, 1)


def test_the_attack_a_strike_answered_last_week_is_recalled() -> None:
    text = (
        "A drone struck a car on a main road in east Baghdad late on Wednesday, killing a senior "
        "commander of the Iran-backed Kataib Hezbollah and two companions, two Iraqi security "
        "officials said. A US official said the strike was a response to a rocket attack that "
        "wounded several American personnel at Ain al-Asad air base last week."
    )
    assert totals(text) == (3, 0)


def test_bodies_recovered_of_hostages_killed_in_a_past_year_are_no_new_dead() -> None:
    text = (
        "The Israeli military said Thursday that troops had recovered the bodies of three "
        "hostages who were killed on October 7, 2023, and whose bodies had been taken into Gaza. "
        "The families were informed."
    )
    ex = extract(text)
    assert (ex.killed, ex.injured) == (0, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hundreds of firefighters and residents gathered in central Kharkiv on Saturday for "
            "the funeral of two rescue workers killed when a Russian missile struck the site they "
            "were working at on Thursday. Three of their colleagues remain in hospital.",
            (0, 0),
        ),
        (
            "A Russian missile struck a rescue site in Kharkiv on Thursday, killing two rescue "
            "workers. Three of their colleagues remain in hospital.",
            (2, 3),
        ),
    ],
    ids=["after-a-funeral", "after-the-news"],
)
def test_colleagues_still_in_hospital_share_their_dead_recall(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


def test_a_line_led_by_the_city_of_a_place_is_its_own_incident() -> None:
    text = (
        "A Russian missile hit a grain terminal in the port of Odesa overnight, killing three "
        "workers and injuring nine, the regional governor said. In the northern city of "
        "Chernihiv, a drone struck an apartment block, killing one woman and wounding two, "
        "local officials said."
    )
    assert totals(text) == (4, 11)


def test_the_first_line_under_a_live_pages_head_is_a_stamped_line() -> None:
    text = (
        "LIVE | 09:05 - A drone strike on a school in Beit Lahia has killed five people, the "
        "civil defence says. 09:40 - Two people killed in a strike on a car in the town of "
        "Deir al-Balah, according to Al-Aqsa hospital. 11:15 - Civil defence updates the toll "
        "from the Beit Lahia school strike: seven killed."
    )
    assert totals(text) == (9, 0)


def test_a_count_along_with_a_victim_after_a_possessive() -> None:
    text = (
        "A local party leader, Anwar Saleh, 61, was killed along with his three bodyguards when "
        "gunmen opened fire on his car outside Sirte on Monday, police said."
    )
    assert totals(text) == (4, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shelling hit the village church at dawn, killing Father Tomas Ilunga, the priest "
            "of the parish, and his two nephews, residents said.",
            (3, 0),
        ),
        (
            "A drone strike on a pickup near Qamishli killed a commander of the Asayish "
            "Internal Security Forces (ISF) and his bodyguard, local officials said.",
            (2, 0),
        ),
        (
            "Troops killed a senior commander of the gang led by Jean Pierre Baptiste, known by "
            'the alias "Ti Bwa", and three other gang members in a raid, police said.',
            (4, 0),
        ),
        (
            "Gunmen fired on a van near Wana, killing Haji Sher Ali, 61, an elder of the local "
            "jirga, and his two nephews, aged 20 and 18, police said.",
            (3, 0),
        ),
    ],
    ids=["role-of-the-named", "initials-of-the-group", "known-by-the-alias", "age-and-role"],
)
def test_a_list_of_the_dead_goes_on_past_an_apposition(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


def test_the_one_wounded_who_later_died_is_dead() -> None:
    text = (
        "A roadside bomb struck a police patrol near Gardez, killing three officers and "
        "wounding a fourth, who later died in hospital, the provincial police chief said."
    )
    assert totals(text) == (4, 0)


def test_a_strike_a_week_after_which_the_news_came_is_recalled() -> None:
    text = (
        "Shelling of a village near the border killed two people and injured four on Sunday, "
        "the governor said. The attack came about a week after a missile strike on the centre "
        "of Kharkiv city killed 19 people, the deadliest on the city this year."
    )
    assert totals(text) == (2, 4)
    ex = extract(text)  # with no date of publication too
    assert (ex.killed, ex.injured) == (2, 4)
    text = (
        "Eight months after a truck bomb at the market in Beledweyne killed 30 traders, another "
        "bomb went off at the town's main checkpoint on Sunday, killing five soldiers."
    )
    ex = extract(text)
    assert (ex.killed, ex.injured) == (5, 0)


def test_a_fatal_wound_received_is_a_death() -> None:
    text = (
        "Ministry of Defence: On 3 May, enemy units opened fire on our positions near the "
        "border. As a result, junior sergeant Levon Grigoryan received a fatal gunshot wound "
        "and two other servicemen were lightly wounded."
    )
    assert totals(text) == (1, 2)


def test_a_sentence_with_the_count_it_corrects_and_the_correction() -> None:
    text = (
        "A drone hit a bus stop in Oleshky on Monday. Three people were killed and five "
        "injured. Earlier, local channels reported four dead, but the regional administration "
        "corrected the figure to three, saying one man is alive and among the injured."
    )
    assert totals(text) == (3, 5)


def test_how_many_a_train_was_carrying_is_no_casualty_count() -> None:
    text = (
        "Gunmen fired at a passenger train near Sibi on Monday, wounding the guard and four "
        "passengers, railway officials said. The train, carrying about 420 passengers, went on "
        "to Quetta, where the injured were treated."
    )
    assert totals(text) == (0, 5)


def test_those_of_these_wounded_patients_who_died_leave_the_wounded() -> None:
    text = (
        "After the shelling of the market on Sunday, the surgical team at the city hospital "
        "received 30 wounded patients. Four of these patients died within hours."
    )
    assert totals(text) == (4, 26)


def test_the_one_named_after_a_present_reporting_verb_is_the_subject() -> None:
    text = (
        "11:05 - A woman was stabbed to death at the entrance to the market. 11:40 - Police "
        "say the assailant was shot dead by an off-duty officer at the scene."
    )
    assert totals(text) == (2, 0)


def test_a_forces_initials_after_a_name_are_the_persons_unit() -> None:
    text = (
        "Police said two militants were killed in the encounter near Bandipora. Sub-Inspector "
        "Tariq Mir of the SOG received a bullet wound in the leg and was shifted to hospital."
    )
    assert totals(text) == (2, 1)


def test_a_statement_that_the_strike_had_hit_others_is_another_account() -> None:
    text = (
        "An army drone strike on a wedding party in the village of Tinkare killed nine "
        "civilians on Saturday, relatives said. The army said in a statement that the strike "
        "had hit a meeting of terrorists, killing 12 of them."
    )
    assert totals(text) == (9, 0)


@pytest.mark.parametrize(
    "text",
    [
        "GAROWE - A Puntland military court executed three members of the Islamic State by "
        "firing squad in Bosaso on Tuesday after convicting them of a 2023 bombing.",
        "The justice ministry said 9 convicts were executed at a prison in the south on "
        "Monday after the president ratified their sentences.",
    ],
    ids=["court-executed", "convicts-executed"],
)
def test_executions_by_a_court_are_not_war_deaths(text: str) -> None:
    assert totals(text) == (0, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Eleven labourers were offloaded from trucks and vans and shot dead by gunmen on the "
        "highway near Zhob on Sunday night, officials said.",
        "Eleven labourers were pulled off buses and shot dead by gunmen on the highway near "
        "Zhob on Sunday night, officials said.",
    ],
    ids=["two-kinds-of-vehicle", "off-buses"],
)
def test_taken_off_vehicles_and_shot_dead(text: str) -> None:
    assert totals(text) == (11, 0)


def test_one_pronounced_dead_is_dead() -> None:
    text = (
        "A man opened fire at a bus stop in the city centre, wounding two people. Police shot "
        "the assailant, who was pronounced dead at the scene."
    )
    assert totals(text) == (1, 2)


def test_the_bodies_a_toll_was_updated_after_are_of_it() -> None:
    text = (
        "Shelling of two villages near the front line killed five people overnight, the "
        "regional governor said. Later, the governor updated the overnight toll to 7 dead after "
        "rescuers recovered two more bodies from a collapsed house."
    )
    assert totals(text) == (7, 0)


def test_a_bomber_killing_only_himself_is_the_one_dead() -> None:
    text = (
        "Police said a suicide bomber, wearing an explosive belt, detonated it when officers "
        "stopped him at the gate of the district office, killing only himself. Three officers "
        "were slightly hurt."
    )
    assert totals(text) == (1, 3)


def test_today_of_a_remembrance_is_not_the_day_of_the_dead() -> None:
    text = (
        "Today the town commemorates one year since the massacre at the Kadugli market, where "
        "at least 60 people were killed by shelling."
    )
    assert totals(text) == (0, 0)


def test_a_sources_toll_of_the_soldiers_is_another_account_of_them() -> None:
    text = (
        "Militants overran an army outpost in the north, killing at least 14 soldiers, an army "
        "spokesman said. A district official put the soldiers' death toll at 19."
    )
    assert totals(text) == (14, 0)


def test_one_of_n_wounded_told_with_the_death_is_of_them() -> None:
    text = (
        "A shell hit a bakery queue in the town on Monday, killing three people. A fourth "
        "victim, one of seven people wounded in the shelling, died in hospital on Tuesday."
    )
    assert totals(text) == (4, 6)


def test_a_live_line_of_the_dead_in_the_two_attacks_sums_up_the_lines() -> None:
    text = (
        "09:10 - A drone struck a market in the town of Kadugli, killing 9 people, volunteers "
        "say. 10:30 - In a separate attack, shelling of a mosque in Dilling killed 5 people, "
        "residents say. 18:00 - The state health ministry gives today's total: 15 dead and 40 "
        "wounded in the two attacks."
    )
    assert totals(text) == (15, 40)


def test_dead_since_that_date_are_a_long_run_toll() -> None:
    text = (
        "Clashes between two armed groups in the region began on 3 February. According to the "
        "provincial government, at least 65 people have been killed since that date."
    )
    assert totals(text) == (0, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A village guard and three others were killed when gunmen raided the market.", (4, 0)),
        ("An officer and two other soldiers were wounded when a mine exploded.", (0, 3)),
        ("Two soldiers and three others were wounded when a mine exploded.", (0, 5)),
    ],
    ids=["and-others", "and-other-soldiers", "count-and-others"],
)
def test_one_and_n_others_as_one_subject(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_an_attacker_shooting_himself_dead_is_one_of_the_dead() -> None:
    text = (
        "Police said the gunman killed three worshippers at the mosque before shooting himself "
        "dead as officers arrived."
    )
    assert totals(text) == (4, 0)


def test_a_toll_in_the_offensive_is_the_campaigns() -> None:
    text = (
        "Three soldiers were killed by a roadside bomb on Monday, the military said, bringing "
        "the army's toll in the ground offensive to 212."
    )
    assert totals(text) == (3, 0)


def test_a_headline_joined_to_its_story_by_a_slash_is_told_once() -> None:
    text = (
        "Eight killed in missile strike on Kryvyi Rih hotel / A ballistic missile hit a hotel "
        "in Kryvyi Rih on Friday evening, killing eight people and injuring 31, the head of the "
        "city's defence council said."
    )
    assert totals(text) == (8, 31)
    assert (extract(text).killed, extract(text).injured) == (8, 31)


def test_more_bodies_before_a_final_toll_told_on_a_named_day_are_in_it() -> None:
    text = (
        "A missile struck an apartment block in Dnipro on Monday, killing three people, "
        "regional officials said. Rescuers found two more bodies overnight, and on Tuesday the "
        "regional governor said the final toll was five, with 38 injured."
    )
    assert totals(text) == (5, 38)
    assert (extract(text).killed, extract(text).injured) == (5, 38)


def test_talks_suspended_after_last_weeks_attack_recall_its_dead() -> None:
    text = (
        "The government suspended peace talks with the rebels on Thursday, following an attack "
        "last week on a military base in Arauca province that killed two soldiers and wounded "
        "more than 20."
    )
    assert totals(text) == (0, 0)
    lone = "Two soldiers were killed in an attack last week on a military base, the army said."
    assert totals(lone) == (2, 0)


def test_raids_a_year_before_a_new_attack_are_recalled() -> None:
    text = (
        "Gunmen killed six people in an attack on a village in Bokkos district on Monday night, "
        "almost a year after coordinated raids in Bokkos and Barkin Ladi killed nearly 200 "
        "people over Christmas, a community leader said."
    )
    assert totals(text) == (6, 0)
    assert extract(text).killed == 6


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Militiamen attacked a displacement camp on Monday night, killing 14 people, local "
            "authorities said. The UN mission MONUSCO, whose troops responded to the attack, said "
            "16 people were killed.",
            (14, 0),
        ),
        (
            "An explosion at a mosque killed three people, an interior ministry spokesman said. "
            "The Emergency hospital, run by an Italian NGO, said four people were dead on arrival "
            "and it was treating 12 wounded.",
            (3, 12),
        ),
    ],
    ids=["whose", "run-by"],
)
def test_a_source_described_before_its_verb_is_another_account(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


def test_civilians_after_a_list_of_combatants_parts_are_more_dead() -> None:
    text = (
        "Fighting between M23 rebels and militias killed at least 25 combatants, including seven "
        "M23 fighters, and four civilians over the weekend, local officials said."
    )
    assert totals(text) == (29, 0)
    assert extract(text).killed == 29


def test_gang_members_killed_when_police_returned_with_reinforcements_add() -> None:
    text = (
        "Gang members stormed the town of Mirebalais overnight, killing at least 12 people, police "
        "said. Officers who had been driven out of the police station regrouped and returned with "
        "reinforcements on Monday morning, killing three gang members in an exchange of fire."
    )
    assert totals(text) == (15, 0)
    assert extract(text).killed == 15


def test_bringing_to_n_the_number_killed_since_is_a_campaigns_count() -> None:
    text = (
        "Gunmen killed a 60-year-old man and his two sons at their farm in the Baniyas "
        "countryside today, bringing to 1,520 the number of civilians killed in the coastal "
        "region since 6 March."
    )
    assert totals(text) == (3, 0)
    assert extract(text).killed == 3
    raised = "Five more people died overnight, bringing to 11 the number of people killed."
    assert totals(raised) == (11, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Suspected rebels fired upon a police patrol on the barangay road. Killed in the "
            "incident were PSSg Marlon D. Reyes and PCpl Ariel T. Bautista.",
            (2, 0),
        ),
        ("Killed were two soldiers and a civilian.", (3, 0)),
        (
            "Among the dead were Valentyna Koval, 74, a pensioner, and Oleksandr Melnyk, 45, a "
            "municipal utility worker.",
            (2, 0),
        ),
    ],
    ids=["killed-in-the-incident-were", "killed-were", "role-after-age"],
)
def test_lists_of_the_dead_opened_by_killed_were(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PCpl Joseph M. Cruz sustained a gunshot wound and was rushed to the hospital.", (0, 1)),
        ("PSSg Marlon Reyes was killed in the ambush.", (1, 0)),
        ("The 20-minute firefight resulted in the death of Pfc. Ramil O. Santos.", (1, 0)),
    ],
    ids=["police-corporal", "police-staff-sergeant", "private-first-class"],
)
def test_philippine_ranks_are_titles(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_named_subjects_with_age_told_as_age_n() -> None:
    text = (
        "During the intense exchange of fire, Lieutenant Hamza Iqbal, age 24, and Sepoy Naveed "
        "Khan, age 22, embraced shahadat."
    )
    assert totals(text) == (2, 0)
    assert totals(text.replace("age 2", "aged 2")) == (2, 0)


def test_a_headlines_claim_after_a_semicolon_sets_aside_only_the_claim() -> None:
    text = (
        "Two soldiers killed in Papua ambush; rebels claim five\n"
        "The army said on Monday that two soldiers were killed and a third was injured when "
        "rebels ambushed a patrol near Kiwirok. The rebels said their fighters had killed five "
        "soldiers in the attack, a figure the military rejected as propaganda."
    )
    assert totals(text) == (2, 1)
    assert (extract(text).killed, extract(text).injured) == (2, 1)


def test_a_member_of_the_vdp_is_the_states_not_the_terrorists_account() -> None:
    text = (
        "Burkina Faso's army said it had neutralised more than 60 terrorists in an air and ground "
        "operation in the Est region on Monday, in a statement read on state television. One "
        "member of the Volunteers for the Defence of the Homeland (VDP) was killed in the "
        "operation, the statement said."
    )
    assert totals(text) == (61, 0)
    assert extract(text).killed == 61


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A landmine exploded under a girl herding sheep near Hays, killing her and wounding "
            "her two brothers, aged 8 and 11, a local medical source said.",
            (1, 2),
        ),
        ("A drone struck a man on a motorbike, killing him and wounding his son.", (1, 1)),
    ],
    ids=["exploded-under", "killing-him-and-wounding"],
)
def test_the_one_a_deed_fell_on_named_by_a_pronoun(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Palestinian attacker stabbed three people at a shopping centre on Thursday before "
            "being shot dead by a security guard, police said.",
            (1, 3),
        ),
        (
            "Police said an assailant stabbed two people at a bus stop on Sunday; a 66-year-old "
            "man later died of his wounds and a woman was moderately hurt. The attacker was shot "
            "and seriously wounded by an armed civilian.",
            (1, 2),
        ),
        (
            "An assailant stabbed three people at a petrol station on Wednesday. One of them, a "
            "54-year-old man, died of his wounds. The assailant was shot by an armed civilian and "
            "later pronounced dead, paramedics said.",
            (2, 2),
        ),
        ("A man stabbed two police officers to death near the gate.", (2, 0)),
    ],
    ids=["stabbed-three", "one-died-one-hurt", "one-of-them-died", "to-death"],
)
def test_stabbing_attacks(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LIVE: Violence in Moreh\n10:05 - Initial reports say four people have been killed in "
            "firing on a market area in Moreh.\n12:40 - Police clarify that three people were "
            "killed. One man earlier reported dead is critically injured; he is among seven "
            "injured now in hospital.",
            (3, 7),
        ),
        (
            'Regional governor, 11:20: "Russia struck Zaporizhzhia with guided bombs. Five people '
            'were killed, 20 injured." 15:45: "Correction: the number of dead in Zaporizhzhia is '
            'four. 21 people are injured, three of them children."',
            (4, 21),
        ),
    ],
    ids=["clarify", "correction"],
)
def test_a_live_lines_correction_lowers_the_toll(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_a_township_named_like_a_foreign_town_is_the_texts_own() -> None:
    text = (
        "LIVE: Air strikes in Sagaing\n"
        "09:40 - Volunteers in Kani township say a junta air strike on a monastery school killed "
        "at least 8 people.\n"
        "11:15 - Update: the death toll has risen to 13, according to the local resistance "
        "force.\n"
        "14:02 - Residents now say two of the wounded died at a clinic, bringing the toll to 15."
    )
    assert totals(text) == (15, 0)
    assert "Japan" not in {p.country for p in extract(text).places}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "17:40: A guided bomb hit Kharkiv; three people were killed and 34 injured, says the "
            "governor. 19:15: The death toll has risen to five. 22:50: Another victim's body was "
            "recovered from under the rubble of the supermarket: six dead and forty-seven injured.",
            (6, 47),
        ),
        ("Two more bodies were found: 11 dead in all.", (11, 0)),
        ("Another man was killed: five soldiers died in the ambush on Tuesday.", (6, 0)),
    ],
    ids=["another-body", "two-more", "other-victims"],
)
def test_dead_found_before_a_colon_are_of_the_total_after_it(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected


def test_bombers_a_toll_says_it_includes_are_of_it() -> None:
    text = (
        "Three female suicide bombers blew themselves up at a wedding and a hospital in Konduga "
        "on Saturday, killing 12 people including the bombers, the agency head said."
    )
    assert totals(text) == (12, 0)
    assert extract(text).killed == 12
    assert totals(text.replace(" including the bombers", "")) == (15, 0)


def test_all_the_attackers_killed_after_their_victims_are_counted_as_told() -> None:
    text = (
        "Four militants armed with suicide vests stormed a police training centre on Thursday, "
        "killing seven policemen before all the attackers were killed in a five-hour gunbattle, "
        "police said."
    )
    assert totals(text) == (11, 0)
    assert extract(text).killed == 11


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A passenger, a woman aged 52, was wounded and taken to hospital.", (0, 1)),
        (
            "A drone struck a car near Shebekino. The driver and a passenger, a woman aged 52, "
            "were wounded and taken to hospital.",
            (0, 2),
        ),
        ("A soldier, a policeman and a child were killed.", (3, 0)),
    ],
    ids=["one", "driver-and-passenger", "list"],
)
def test_one_person_set_off_by_commas_before_the_verb(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_a_later_sentence_puts_the_bombers_in_the_toll_told_with_them() -> None:
    text = (
        "Two suicide bombers blew themselves up at a crowded fish market in Konduga on Saturday, "
        "killing nine people and wounding 22, the agency said. The toll includes the two "
        "bombers, a spokesman said."
    )
    assert totals(text) == (9, 22)
    assert extract(text).killed == 9
    assert totals(text.split(" The toll")[0]) == (11, 22)


def test_one_who_was_among_the_injured_and_died_leaves_the_wounded() -> None:
    text = (
        "Seven people were killed and 10 injured when a bomb exploded near a police van on "
        "Friday, police said. On Saturday a police official who was among the injured died of "
        "his wounds, raising the toll to eight."
    )
    assert totals(text) == (8, 9)
    assert (extract(text).killed, extract(text).injured) == (8, 9)


def test_the_bomber_stands_beside_militants_killed_in_a_follow_up() -> None:
    text = (
        "A suicide bomber rammed an explosives-laden vehicle into a military convoy on Tuesday, "
        "killing seven soldiers, the military said. The bomber was also killed. In a follow-up "
        "operation in the area, security forces killed three other militants involved in "
        "planning the attack, it said."
    )
    assert totals(text) == (11, 0)
    assert extract(text).killed == 11


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen intercepted a bus on Federal Highway 15 near Navojoa, Sonora, killing the "
            "driver and two of its 40 passengers.",
            (3, 0),
        ),
        ("Gunmen killed two of their 12 hostages on Friday.", (2, 0)),
    ],
    ids=["its", "their"],
)
def test_two_of_its_n_is_two(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_an_alias_between_a_name_and_the_next_victim() -> None:
    text = (
        "Philippine troops killed a senior New People's Army leader, Mario Cruzado, alias 'Ka "
        "Dencio', 61, along with his wife and a medic, in a clash in Agusan del Sur, the military "
        "said on Monday."
    )
    assert totals(text) == (3, 0)
    assert extract(text).killed == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ministry of Health cumulative count since the 10 October ceasefire: 93 killed.", (0, 0)),
        (
            "No new confirmed deaths were reported this week in Catatumbo, where the Ombudsman's "
            "cumulative toll since the ELN offensive began on 16 January stands at 80 dead.",
            (0, 0),
        ),
        (
            "The ministry said 52 people were killed and 114 injured in the past 24 hours, "
            "bringing the cumulative toll since 7 October 2023 to 43,603 killed.",
            (52, 114),
        ),
    ],
    ids=["count-since-ceasefire", "toll-since-offensive", "day-before-cumulative"],
)
def test_a_cumulative_count_since_is_context(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected
    assert (extract(text).killed, extract(text).injured) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 18 civilians were killed with machetes during an incursion by ADF rebels, "
            "according to the territorial administrator. The civil society of Beni, for its part, "
            "reports 22 dead.",
            (18, 0),
        ),
        (
            "The spokesman said jets bombed four locations on Tuesday night, killing eight "
            "civilians including three women. Local residents said the toll was 46.",
            (8, 0),
        ),
    ],
    ids=["for-its-part", "said-the-toll-was"],
)
def test_another_sources_count_of_the_same_dead(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_a_named_head_of_a_unit_and_his_assistant() -> None:
    text = (
        "General Igor Kirillov, head of the protection troops, and his assistant were killed when "
        "a bomb hidden in an electric scooter exploded in Moscow."
    )
    assert totals(text) == (2, 0)
    assert extract(text).killed == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three members of a family were killed and two others injured when a speeding water "
            "tanker rammed their motorcycle near Sohrab Goth on Tuesday, police said.",
            (0, 0),
        ),
        ("The attack killed 12 people, not including the two bombers.", (14, 0)),
    ],
    ids=["speeding-tanker", "not-including-the-bombers"],
)
def test_speeding_vehicles_and_bombers_not_included(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_another_missile_that_hit_another_town_adds() -> None:
    text = (
        "Iranian ballistic missiles struck central Israel overnight, with one hitting an "
        "apartment block in Bat Yam, killing six people and wounding about 100, emergency "
        "services said. Another missile hit Rehovot, injuring 42 people."
    )
    assert totals(text) == (6, 142)
    assert extract(text).injured == 142


def test_one_of_the_wounded_named_in_apposition_died() -> None:
    text = (
        "The ministry said two soldiers were killed and three wounded in a clash on Tuesday. In a "
        "second statement in the evening, the ministry said one of the wounded, Specialist "
        "Sergeant Emre Yildiz, 26, had succumbed to his injuries at a hospital in Sirnak. "
        "Air-supported operations launched in retaliation killed five terrorists, the ministry "
        "said. A news agency close to the guerrillas claimed that they had killed nine soldiers "
        "in the clash."
    )
    assert totals(text) == (8, 2)
    assert (extract(text).killed, extract(text).injured) == (8, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A girl aged 10 and her seven-year-old brother were killed and their mother was "
            "injured when a quadcopter dropped an explosive on their house.",
            (2, 1),
        ),
        ("A girl, 10, and her brother were killed.", (2, 0)),
    ],
    ids=["aged", "commas"],
)
def test_an_age_before_and_keeps_the_list(text: str, expected: tuple[int, int]) -> None:
    assert totals(text) == expected


def test_others_after_a_group_captured_are_of_that_group() -> None:
    text = (
        "Chinland Council statement: Four CDF fighters were killed and six wounded in the battle "
        "for Falam. The council said it captured 21 junta soldiers and that around 20 others died "
        "in the fighting."
    )
    assert totals(text) == (24, 6)
    assert extract(text).killed == 24


def test_survivors_beside_bodies_are_alive() -> None:
    text = "After the strike, rescuers recovered 40 bodies and 23 survivors from the rubble."
    assert totals(text) == (40, 0)
    assert extract(text).killed == 40


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine and Russia each exchanged 95 prisoners of war on Friday. Among the Ukrainians "
        "returned were 12 seriously wounded soldiers and defenders of Mariupol, the president "
        "said.",
        "The swap included 12 severely wounded servicemen.",
    ],
    ids=["among-the-returned", "swap-included"],
)
def test_wounded_prisoners_returned_in_an_exchange_are_no_new_hurt(text: str) -> None:
    assert totals(text) == (0, 0)


def test_a_named_apposition_before_died_is_one_dead() -> None:
    text = "The governor, Major General Peter Cirimwami, died of his wounds the next day."
    assert totals(text) == (1, 0)
    assert extract(text).killed == 1


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Event date: 3 December 2024 | Country: Colombia | Notes: On 3 December 2024, "
            "rebels drove a truck laden with explosives into a military base, killing 2 "
            "soldiers and injuring 27. On 4 December, a third soldier died of his wounds in a "
            "hospital in Bogota. Fatalities: 2",
            3,
        ),
        (
            "Notes: On 3 December 2024, a drone struck a group in the camp, killing 3 members of "
            "the battalion. Two more militants were killed in a separate drone strike on a "
            "vehicle near the town the following morning. Fatalities: 3",
            5,
        ),
        (
            "On 3 December 2024, unidentified gunmen killed 2 herders near the town. In an "
            "apparent reprisal the next day, armed men killed 5 farmers in a village. "
            "Fatalities: 7.",
            7,
        ),
    ],
    ids=["died-next-day", "following-morning", "line-of-both-days"],
)
def test_a_notes_line_of_its_first_day_leaves_the_later_days_dead_to_its_figures(
    text: str, killed: int
) -> None:
    assert totals(text)[0] == killed
    assert extract(text).killed == killed


def test_up_from_the_earlier_count_is_the_tolls_earlier_value() -> None:
    text = (
        "The Ombudsman's Office on Sunday raised to 80 the number of people killed in the region "
        "since fighting broke out on Thursday, up from the 60 deaths it reported on Saturday."
    )
    assert totals(text) == (80, 0)
    assert extract(text).killed == 80


def test_a_groups_own_researchers_tell_an_incident_not_a_study() -> None:
    text = (
        "A junta airstrike on a village school killed 11 children and a teacher, according to "
        "witnesses interviewed by our researchers. At least 21 students were injured."
    )
    assert totals(text) == (12, 21)
    assert extract(text).killed == 12


def test_a_numbered_lines_count_after_its_semicolon_is_the_lines() -> None:
    text = (
        "Sahel monitor - weekly digest\n"
        "1) Niger: fighters attacked an army position near Tassia, Tillaberi; 10 soldiers "
        "killed, according to the defence ministry.\n"
        "2) Mali: militants ambushed a fuel convoy on the Kayes-Bamako road, killing six "
        "drivers.\n"
        "3) Burkina Faso: the army said air strikes killed 60 militants near Diapaga."
    )
    assert totals(text) == (76, 0)
    assert extract(text).killed == 76


def test_a_gapped_count_of_other_villages_adds() -> None:
    text = (
        "According to local sources, 124 people were killed in As Sireha village and at least "
        "50 in other villages, and about 200 people were injured."
    )
    assert totals(text) == (174, 200)
    assert extract(text).killed == 174


def test_a_lists_last_member_after_a_comma_leaves_the_verb_to_the_count() -> None:
    text = (
        "Six people, among them a couple, their two children aged 4 and 7, and two neighbours, "
        "were shot dead on Saturday night when hooded men opened fire on a house."
    )
    assert totals(text) == (6, 0)
    assert extract(text).killed == 6


def test_since_the_start_of_the_aggression_is_a_war_long_toll() -> None:
    text = (
        "An Israeli drone targeted an army checkpoint in Marjayoun, resulting in the martyrdom "
        "of a soldier and the injury of 3 others. Since the start of the Israeli aggression, 36 "
        "soldiers have been martyred."
    )
    assert totals(text) == (1, 3)
    assert extract(text).killed == 1


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "The IDF announces that Staff Sgt. Yonatan Levi, 20, from Modiin, was killed in "
            "combat in northern Gaza yesterday.",
            1,
        ),
        ("The army confirms that Sgt. Ali Reza and Cpl. Omid Karimi were killed.", 2),
        (
            "Sgt. Yonatan Levi, 20, from Modiin, and Staff Sgt. Eitan Mizrahi, 21, from Haifa, "
            "both of the 13th Battalion of the Golani Brigade, fell in combat on Tuesday.",
            2,
        ),
    ],
    ids=["announces-that", "confirms-that", "both-of-the-unit"],
)
def test_named_dead_after_a_present_reporting_verb_or_beside_their_unit(
    text: str, killed: int
) -> None:
    assert totals(text)[0] == killed
    assert extract(text).killed == killed


@pytest.mark.parametrize(
    "text",
    [
        "Defence volunteer Mr. Abdulloh Mama, aged 41, died at the scene.",
        "Abdulloh Mama, aged 41, died at the scene.",
        "Abdulloh Mama, age 41 years, died at the scene.",
    ],
    ids=["title-aged", "aged", "age-years"],
)
def test_a_named_person_aged_n_who_died_is_one_dead(text: str) -> None:
    assert totals(text) == (1, 0)
    assert extract(text).killed == 1


def test_a_count_in_the_initial_report_is_earlier() -> None:
    text = (
        "The death toll from yesterday's clashes has been revised to 16, after activists found "
        "that three names had been counted twice in the initial report of 19 dead. The dead "
        "include 9 local gunmen, 5 members of government forces and 2 civilians."
    )
    assert totals(text) == (16, 0)
    assert extract(text).killed == 16


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A truck carrying families fleeing fighting in West Kordofan overturned on a desert "
            "road near El Obeid on Monday, killing 19 people, local officials said.",
            (0, 0),
        ),
        (
            "Two people died and three were injured when a cargo truck lost its brakes on the "
            "avenue.",
            (0, 0),
        ),
        (
            "Prosecutors said they had found 60 bodies stored at a private crematorium. "
            "Officials said the deaths were from natural causes.",
            (0, 0),
        ),
        (
            "A boat carrying people fleeing the fighting capsized, and RSF fighters then shelled "
            "the survivors, killing 12.",
            (12, 0),
        ),
    ],
    ids=["fleeing-overturned", "lost-its-brakes", "natural-causes", "fleeing-then-shelled"],
)
def test_who_fled_the_fighting_is_not_what_killed_them(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected
    assert (extract(text).killed, extract(text).injured) == expected


def test_lake_chad_is_a_lake_not_the_country() -> None:
    text = (
        "Jihadists kill 16 fishermen in northeast Nigeria\n"
        "Sixteen fishermen were killed by suspected Boko Haram insurgents on the shores of Lake "
        "Chad on Sunday, a militia leader said. A local fish traders' association said 19 of "
        "its members had been killed and four were still missing."
    )
    ex = extract(text)
    assert ex.killed == 16
    assert {f.country for f in ex.figures} == {"Nigeria"}
    assert totals(text) == (16, 0)


def test_counts_of_places_inside_a_counted_region_are_its_parts() -> None:
    text = (
        "Over the past day, Russian attacks killed five civilians in Donetsk region, two in "
        "Kostiantynivka and three in Pokrovsk district, and one in Kherson city."
    )
    assert totals(text) == (6, 0)
    assert extract(text).killed == 6
    assert totals("Russian strikes killed 7 in Rafah and 5 in Khan Younis.") == (12, 0)


def test_a_clause_after_the_lists_comma_is_no_mate() -> None:
    text = (
        "In Yemen, Houthi shelling of government positions in Taiz killed 4 soldiers, and a "
        "Houthi drone killed a child in Al-Dhalea."
    )
    assert totals(text) == (5, 0)
    assert extract(text).killed == 5


def test_a_labelled_headline_and_standfirst_are_one_story() -> None:
    text = (
        "Headline: Israeli strike kills 'ten members of one family' in Lebanon's Baalbek. "
        "Standfirst: The strike on a home in the village of Aalaq killed a couple, their five "
        "children and three grandchildren, the governor said."
    )
    assert totals(text) == (10, 0)
    assert extract(text).killed == 10


def test_and_n_others_after_a_participle_phrase_are_their_own_count() -> None:
    text = "Four VDP lost their lives defending the city and eleven others were wounded."
    assert totals(text) == (4, 11)
    assert extract(text).injured == 11


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Relatives said Israeli fire on a house in Deir al-Balah on Monday night killed Ayman "
            "Hamdan, 45, his wife Samira, 39, and their three children, Lina, 12, Yousef, 9, "
            "and baby Hala, born six weeks ago.",
            5,
        ),
        (
            "The strike killed Ahmad Saleh, 45, his two sons, Omar, 12, and Ali, 9, and a "
            "neighbour, Khaled Shurrab, 60.",
            4,
        ),
    ],
    ids=["three-children-named", "two-sons-named"],
)
def test_a_count_named_one_by_one_in_a_list_of_the_dead_is_counted_once(
    text: str, killed: int
) -> None:
    assert totals(text)[0] == killed
    assert extract(text).killed == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "At least 12 people were killed Thursday when members of the gang coalition stormed "
            "the neighbourhood, setting homes on fire, according to a rights network. Police "
            "said officers killed four gang members in the fighting that followed.",
            16,
        ),
        (
            "Armed terrorists blocked the highway on Friday night, offloaded passengers from two "
            "buses and shot dead nine of them. In the subsequent operation, security forces "
            "killed five terrorists.",
            14,
        ),
        (
            "Armed bandits invaded the village, shooting sporadically, killing three (3) persons "
            "and injuring two (2) others. A team of police operatives engaged the hoodlums in a "
            "gun duel and neutralised one (1) of the bandits while others escaped.",
            4,
        ),
    ],
    ids=["fighting-that-followed", "subsequent-operation", "gun-duel"],
)
def test_attackers_killed_by_the_forces_that_answered_them_add(text: str, killed: int) -> None:
    assert extract(text).killed == killed
    assert totals(text)[0] == killed


def test_a_sources_the_dead_included_gives_parts_beside_the_wounded() -> None:
    text = (
        "An Israeli strike on a school sheltering displaced families killed at least 15 "
        "Palestinians on Saturday, health officials said. A civil defence spokesperson said the "
        "dead included nine children and eight women, and dozens more were wounded."
    )
    assert totals(text) == (17, 12)
    assert (extract(text).killed, extract(text).injured) == (17, 12)


def test_the_dead_that_revised_a_count_up_are_of_the_new_count() -> None:
    text = (
        "ELN guerrillas ambushed an army patrol on Monday, killing seven soldiers and wounding "
        "two, the army said on Tuesday, revising up its initial count of five dead after two "
        "missing soldiers were found dead."
    )
    assert totals(text) == (7, 2)
    assert extract(text).killed == 7


def test_the_abducted_found_dead_add_to_the_dead() -> None:
    text = (
        "Boko Haram fighters attacked Mozogo in the Far North region overnight, killing six "
        "civilians and abducting a dozen others, local authorities said. Two of the abducted "
        "were later found dead in the bush."
    )
    assert totals(text) == (8, 0)
    assert extract(text).killed == 8


def test_a_titled_head_whose_office_has_commas_is_one_of_the_list() -> None:
    text = (
        "Lt. Gen. Igor Kirillov, head of Russia's radiological, chemical and biological "
        "protection troops, and his assistant were killed when a bomb hidden in an electric "
        "scooter exploded."
    )
    assert totals(text) == (2, 0)
    assert extract(text).killed == 2


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Translated from Arabic (Palestinian local report): Thousands of mourners took part "
            "on Saturday in the funeral of three young men who were killed by Israeli forces on "
            "Thursday night during a raid on the camp.",
            0,
        ),
        (
            "Thousands of mourners marched through Jenin refugee camp on Monday behind the "
            "bodies of three men killed in an Israeli drone strike on Saturday.",
            0,
        ),
        (
            "Bandits on Saturday opened fire on mourners at a burial in Dauran village, killing "
            "six people, residents said. The mourners had gathered to bury three villagers "
            "killed by the same gang on Friday night.",
            6,
        ),
    ],
    ids=["translated-label", "behind-the-bodies", "gathered-to-bury"],
)
def test_more_forms_of_a_funeral_tell_dead_told_before(text: str, killed: int) -> None:
    assert extract(text).killed == killed
    assert totals(text)[0] == killed


def test_militants_in_one_town_are_no_repeat_of_a_robberys_dead_in_another() -> None:
    text = (
        "KP security wrap, Tuesday: Three FC soldiers were martyred when terrorists attacked a "
        "check post in Khyber's Tirah valley on Monday night. In Bannu, police said two "
        "militants were killed in retaliatory fire after they attacked the Mandan police "
        "station; a constable was injured. In Karachi, two men were shot dead by robbers in "
        "Korangi after they resisted a mugging."
    )
    assert totals(text) == (5, 1)
    assert extract(text).killed == 5


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Unidentified gunmen shot dead Assistant Sub-Inspector Gul Mohammad outside his home "
            "in the Domail area of Bannu on Saturday evening, killing him and his two sons, "
            "police said.",
            3,
        ),
        ("Gunmen shot dead Gul Mohammad outside his home, killing him and his driver.", 2),
    ],
    ids=["two-sons", "driver"],
)
def test_killing_him_and_his_kin_after_one_named_dead_adds_the_kin(text: str, killed: int) -> None:
    assert extract(text).killed == killed
    assert totals(text)[0] == killed


def test_a_toll_not_counting_the_bomber_leaves_him_out() -> None:
    text = (
        "A suicide bomber blew himself up among passengers waiting at a bus terminal in Turbat "
        "on Saturday, killing at least 11 people, police said. By evening the provincial health "
        "department said the death toll had risen to 17, not counting the bomber, and that 38 "
        "wounded people were being treated."
    )
    assert totals(text) == (18, 38)
    figures = extract(text).figures
    eleven = next(f for f in figures if f.count == 11)
    assert eleven.set_aside == f"account:{next(i for i, f in enumerate(figures) if f.count == 17)}"


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "The Army reported that 'alias Jhon' and four other members of the Clan del Golfo "
            "were killed in a military operation in rural Taraza.",
            5,
        ),
        (
            "Ecuadorean soldiers killed a suspected regional leader of the Los Choneros gang "
            "known as 'El Gato' and two of his bodyguards during a raid on a farm.",
            3,
        ),
    ],
    ids=["alias-head", "known-as-of-the-gang"],
)
def test_a_person_known_by_an_alias_is_one_of_the_list(text: str, killed: int) -> None:
    assert extract(text).killed == killed
    assert totals(text)[0] == killed


def test_one_nations_dead_are_no_part_of_anothers() -> None:
    text = (
        "Cross-border clashes between Syrian government forces and Lebanese clan gunmen. "
        "Lebanese MoPH: 3 Lebanese killed, 5 wounded. SANA: 2 Syrian soldiers killed."
    )
    assert totals(text) == (5, 5)
    assert extract(text).killed == 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our teams at the hospital received 17 patients from the clashes on Thursday, two of "
            "whom were dead on arrival. The remaining 15 have gunshot wounds, four of them "
            "critical.",
            (2, 15),
        ),
        (
            "The bodies of two young men were found on Sunday beside the road, police said. Both "
            "had gunshot wounds to the head.",
            (2, 0),
        ),
    ],
    ids=["remaining-have-wounds", "bodies-had-wounds"],
)
def test_a_count_that_have_gunshot_wounds_is_of_the_wounded(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected
    assert (extract(text).killed, extract(text).injured) == expected


def test_a_live_lines_strike_in_another_place_adds_its_dead() -> None:
    text = (
        "Gaza live\n"
        "06:30 - Gaza Civil Defence says five people, including two children, were killed when "
        "an Israeli strike hit a house in the Nuseirat refugee camp overnight.\n"
        "09:15 - Al-Aqsa Martyrs Hospital in Deir al-Balah confirms it received five bodies and "
        "14 wounded from the Nuseirat strike.\n"
        "11:50 - A strike on a tent in al-Mawasi, west of Khan Younis, killed a man and his son, "
        "medics at Nasser Hospital said."
    )
    ex = extract(text)
    assert (ex.killed, ex.injured) == (7, 14)
    assert ex.figures[0].place == "Nuseirat"
    assert totals(text) == (7, 14)


def test_both_terrorists_shot_dead_are_the_attackers_own() -> None:
    text = (
        "Two Palestinian gunmen opened fire at a bus stop in northern Jerusalem on Monday "
        "morning, killing six people and wounding 12, five of them seriously, police said. An "
        "off-duty soldier and an armed civilian shot both terrorists dead at the scene."
    )
    assert totals(text) == (8, 12)
    assert extract(text).killed == 8


def test_a_long_toll_beside_a_funerals_dead_is_background() -> None:
    text = (
        "Thousands of mourners took part on Saturday in the funeral of three young men who were "
        "killed by Israeli forces on Thursday night during a raid on the camp. According to the "
        "Ministry of Health, more than 520 Palestinians have been killed in the West Bank since "
        "7 October."
    )
    assert totals(text) == (0, 0)
    assert extract(text, published=PUBLISHED.replace(year=2025, month=3, day=4)).killed == 0


def test_of_the_wounded_without_a_count_are_the_wounded_told_before() -> None:
    text = (
        "Bashair Teaching Hospital received 62 wounded people and 15 bodies on Sunday afternoon "
        "after shells struck the crowded Mayo market. Of the wounded, four later died in the "
        "hospital despite our teams' efforts."
    )
    assert totals(text) == (19, 58)
    assert (extract(text).killed, extract(text).injured) == (19, 58)


def test_a_part_of_the_wounded_who_died_leaves_the_wounded_once() -> None:
    text = (
        "Our team at the hospital in Kutum received 32 wounded patients after heavy fighting "
        "erupted in the town on Sunday. Seven of them died of their injuries despite the "
        "efforts of our staff, including two children."
    )
    assert totals(text) == (7, 25)
    assert extract(text).injured == 25


def test_one_of_the_two_with_an_apposition_died_of_the_wounded() -> None:
    text = (
        "11:35 — The Lebanese army says two people were wounded by Israeli fire in Markaba and "
        "Wazzani. 12:02 — Lebanon's health ministry says one of the two, a 60-year-old farmer, "
        "has died of his wounds."
    )
    assert totals(text) == (1, 1)
    assert (extract(text).killed, extract(text).injured) == (1, 1)


def test_others_from_the_family_are_a_count_of_people() -> None:
    text = (
        "An Israeli strike on a tent camp in Muwasi killed at least 21 people overnight, "
        "hospital officials said. Five others from the family were wounded."
    )
    assert totals(text) == (21, 5)
    assert extract(text).injured == 5


def test_a_supervisor_listed_after_the_workers_is_one_more() -> None:
    text = (
        "Suspected militants opened fire on labourers at a road construction camp, killing three "
        "workers from the eastern state of Bihar and a local supervisor, police said."
    )
    assert totals(text) == (4, 0)
    assert extract(text).killed == 4


def test_a_sentence_opening_on_a_place_apart_from_the_first_is_its_own_incident() -> None:
    text = (
        "The Rostov region governor said a 47-year-old woman was killed and four people were "
        "injured when a drone hit a house in Taganrog. In Krasnodar region, one person was "
        "injured by falling debris, the governor there said."
    )
    assert totals(text) == (1, 5)
    assert (extract(text).killed, extract(text).injured) == (1, 5)


def test_a_toll_across_a_wide_area_still_holds_a_later_place_inside_it() -> None:
    text = (
        "Israeli strikes have killed at least 40 Palestinians across the Gaza Strip since dawn, "
        "including 12 in a strike on tents in al-Mawasi, medics said. In Gaza City, a strike on "
        "a house in the Tuffah neighbourhood killed eight people."
    )
    assert totals(text) == (40, 0)
    assert extract(text).killed == 40


def test_plural_in_laws_are_people() -> None:
    text = (
        "Gunmen killed a farmer and his son at their home near Hama, a monitor said. Two of his "
        "daughters-in-law survived with gunshot wounds."
    )
    assert totals(text) == (2, 2)
    assert extract(text).injured == 2


def test_patients_treated_with_two_kinds_of_wounds_are_the_wounded() -> None:
    text = (
        "Our team at the district hospital treated 26 patients with gunshot and machete wounds "
        "after an attack on a village in Djugu territory, where 11 people were killed, local "
        "officials said."
    )
    assert totals(text) == (11, 26)
    assert extract(text).injured == 26


def test_a_provisional_toll_risen_after_the_attack_it_names_is_the_new_value() -> None:
    text = (
        "The provisional toll of eight dead following Tuesday's attack on the army post in "
        "Djibasso has risen to fourteen, a security source said on Wednesday."
    )
    assert totals(text) == (14, 0)
    assert extract(text).killed == 14


def test_a_toll_that_had_earlier_stood_at_a_lower_value_is_not_added() -> None:
    text = (
        "Russian missiles struck an industrial area of Dnipro on Tuesday, killing 11 people and "
        "wounding 24, the regional governor said, in an updated toll that had earlier stood at "
        "seven."
    )
    assert totals(text) == (11, 24)
    assert extract(text).killed == 11


def test_the_bomber_besides_the_victims_is_one_more_dead() -> None:
    text = (
        "A woman detonated explosives hidden under her clothes at a crowded bus station in "
        "Konduga, killing seven people besides herself, the state emergency agency said."
    )
    assert totals(text) == (8, 0)
    assert extract(text).killed == 8


def test_those_killed_identified_by_name_with_their_roles_are_counted_one_each() -> None:
    text = (
        "Prosecutors opened an investigation into the shelling of the city centre. Those killed "
        "were identified as Hanna Moroz, 47, a teacher at the local school; Petro Levchenko, 70, "
        "a pensioner; and border Sergeant Ivan Kravets, 33, who was at a checkpoint nearby."
    )
    assert totals(text) == (3, 0)
    assert extract(text).killed == 3


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Troops killed five khwarij in an exchange of fire in Tank district. During the "
            "exchange, Sepoy Imran Ali, aged 23, resident of Sialkot, embraced shahadat.",
            6,
        ),
        (
            "Troops killed three khwarij near Datta Khel. During the exchange of fire, Naik Abid, "
            "age 31 years, and Sepoy Zahid, age 22 years, having fought gallantly, embraced "
            "shahadat.",
            5,
        ),
    ],
)
def test_named_soldiers_with_ages_and_home_towns_who_embraced_shahadat(
    text: str, killed: int
) -> None:
    assert totals(text) == (killed, 0)
    assert extract(text).killed == killed


def test_a_victim_after_a_comma_and_as_well_as_is_one_more() -> None:
    text = (
        "Gunmen on motorcycles killed a village chief and his two sons, as well as a "
        "58-year-old herder, in an attack near Titao on Tuesday night, local sources said."
    )
    assert totals(text) == (4, 0)
    assert extract(text).killed == 4


def test_the_bodies_of_the_dead_handed_over_in_return_are_no_new_deaths() -> None:
    text = (
        "Kyiv said it had received the bodies of 757 fallen soldiers under the agreements. In "
        "return, the bodies of 41 Russian servicemen who died in the fighting were handed over "
        "to Russia."
    )
    assert totals(text) == (0, 0)
    assert extract(text).killed == 0


def test_a_toll_since_the_signing_of_a_peace_deal_is_long_run() -> None:
    text = (
        "The government marked seven years of the peace process on Friday. More than 350 "
        "demobilised fighters have been killed since signing the deal, the UN verification "
        "mission said."
    )
    assert totals(text) == (0, 0)
    assert extract(text).killed == 0


def test_a_night_told_as_a_range_of_days_years_ago_is_a_past_incident() -> None:
    text = (
        "Survivors gathered at the mass grave on Wednesday. On the night of 7 to 8 May 2021, "
        "gunmen stormed the village, killing at least 58 people, according to the government."
    )
    assert totals(text) == (0, 0)


def test_two_wounded_told_with_their_years_of_birth() -> None:
    text = (
        "Shelling of the Kirovskyi district killed a man born in 1971, and two women, born in "
        "1955 and 1960, were wounded, the city head wrote on Telegram."
    )
    assert totals(text) == (1, 2)
    assert extract(text).injured == 2


def test_where_one_victim_served_does_not_hide_the_victim() -> None:
    text = (
        "A Jordanian police officer serving with the international mission died on Monday of "
        "wounds sustained when gunmen ambushed a patrol on Friday, the mission said."
    )
    assert totals(text) == (1, 0)
    assert extract(text).killed == 1


def test_a_named_mans_wife_and_their_daughter_are_two() -> None:
    text = (
        "Gunmen fired on a car near Shahba, killing Fadi Abu Hamdan, 48, and his son Karam, 20. "
        "Fadi's wife and their 13-year-old daughter were wounded."
    )
    assert totals(text) == (2, 2)
    assert extract(text).injured == 2


def test_leaving_her_wounded_is_one_hurt() -> None:
    text = (
        "A drone dropped a grenade on a 70-year-old woman working in her garden in Beryslav, "
        "leaving her wounded, the regional administration said."
    )
    assert totals(text) == (0, 1)
    assert extract(text).injured == 1


def test_bodies_found_day_by_day_add_up() -> None:
    text = (
        "Searchers found four bodies on Monday, seven on Tuesday and three more on Wednesday "
        "after an attack by ADF rebels on villages near Oicha, a local official said."
    )
    assert totals(text) == (14, 0)
    assert extract(text).killed == 14


def test_two_of_whom_after_the_assailants_are_of_the_assailants() -> None:
    text = (
        "Jihadists attacked Kolofata overnight, killing four civilians. Three soldiers were "
        "slightly wounded while repelling the assailants, two of whom were neutralised."
    )
    assert totals(text) == (6, 3)
    assert (extract(text).killed, extract(text).injured) == (6, 3)


def test_a_warrant_between_the_victim_and_the_verb_hides_no_one() -> None:
    text = (
        "A Dawlah Islamiyah sub-leader with a standing warrant for murder was killed and a "
        "soldier wounded in a firefight with troops in Butig, the army said."
    )
    assert totals(text) == (1, 1)
    assert extract(text).killed == 1


def test_the_strikers_own_wounded_beside_its_kills_are_not_among_the_victims() -> None:
    text = (
        "Two young men were martyred and five injured by occupation fire during a raid on Tubas, "
        "WAFA said. The Israeli army said its forces had eliminated two terrorists who opened "
        "fire on troops, and that one soldier was lightly wounded."
    )
    assert totals(text) == (2, 6)
    assert extract(text).injured == 6


def test_one_soldier_with_age_home_district_and_having_fought_gallantly() -> None:
    text = (
        "Security forces killed six khwarij in an operation in Lakki Marwat. During intense "
        "exchange of fire, Naik Zubair Ahmed, age 29 years, resident of district Kohat, having "
        "fought gallantly, embraced shahadat."
    )
    assert totals(text) == (7, 0)
    assert extract(text).killed == 7


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Afghan and Pakistani forces exchanged fire overnight at the Chaman crossing. A "
            "Taliban spokesman said two Afghan border guards were killed. Pakistani officials said "
            "a Frontier Corps soldier was killed and three others were injured.",
            (3, 3),
        ),
        (
            "The Taliban's border spokesman said two Afghan border guards were killed, while a "
            "Pakistani security official said one Pakistani soldier was killed and two wounded.",
            (3, 2),
        ),
        # the source's kills of the other side's soldiers are an account of their dead
        (
            "Russia's defence ministry said its forces had destroyed a Ukrainian unit near "
            "Toretsk, 'eliminating up to 30 servicemen'. Ukraine's general staff said three of "
            "its soldiers were killed in the same fighting.",
            (3, 0),
        ),
    ],
)
def test_soldiers_of_two_nations_told_by_each_side_add_up(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected
    assert (extract(text).killed, extract(text).injured) == expected


def test_the_day_of_an_officials_visit_is_not_the_day_of_the_deaths() -> None:
    text = (
        "Insurgents killed at least 25 farmers near Monguno in Borno state on Tuesday, the leader "
        "of a local vigilante group said. The state governor, who visited the area on Wednesday, "
        "said 22 people were killed."
    )
    assert totals(text) == (22, 0)
    assert extract(text).killed == 22


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "A roadside bomb struck a minibus near Bandiagara on Monday. Among the dead are the "
            "driver, Amadou Kone, 51, his assistant, Issa Diarra, 19, and three passengers who "
            "have not yet been identified.",
            5,
        ),
        (
            "Gang members raided the locality of Pont-Sonde overnight. The victims include Jean "
            "Pierre Louis, 70, his wife Marie, 66, and their grandson, aged 8.",
            3,
        ),
    ],
)
def test_lists_of_the_dead_in_the_present_tense_with_roles_before_names(
    text: str, killed: int
) -> None:
    assert totals(text) == (killed, 0)
    assert extract(text).killed == killed


def test_a_wounded_count_raised_to_a_new_number_is_the_latest() -> None:
    text = (
        "Two US soldiers were killed in a drone attack on a base in eastern Syria. The Pentagon "
        "first reported 18 wounded and later raised the number to more than 30."
    )
    assert totals(text) == (2, 30)
    assert extract(text).injured == 30


def test_a_live_pages_soldier_killed_elsewhere_is_no_part_of_a_strikes_dead() -> None:
    text = (
        "Gaza live, Monday\n"
        "08:05 - Four people, including two children, were killed when an Israeli strike hit a "
        "tent in the al-Mawasi area, Nasser hospital says.\n"
        "11:30 - The Israeli military says a soldier was killed during fighting in northern Gaza."
    )
    assert totals(text) == (5, 0)
    assert extract(text).killed == 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The following night" opening the sentence is a later day, whatever its case
        (
            "Event date: 1 December 2024 | Country: Democratic Republic of Congo | Admin1: Ituri | "
            "Notes: On 1 December 2024, CODECO militiamen attacked the village of Lopa, killing 7 "
            "civilians and wounding 3. The following night, they killed 3 more people in the "
            "neighbouring locality of Ngaza. Fatalities: 7",
            (10, 3),
        ),
        # the next morning's wounded are not some of the first day's
        (
            "Event date: 2 December 2024 | Country: India | Admin1: Manipur | Notes: On 2 December "
            "2024, militants fired on houses in a village in Bishnupur district, killing two "
            "civilians and injuring five. The next morning, an IED planted near one of the houses "
            "exploded, killing a 9-year-old boy and injuring two others. Fatalities: 3",
            (3, 7),
        ),
    ],
)
def test_a_notes_later_day_keeps_its_own_dead_and_wounded(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected
    assert (extract(text).killed, extract(text).injured) == expected


def test_ages_after_a_role_a_name_and_a_relative_in_the_dead_included() -> None:
    text = (
        "Soldiers killed at least five civilians in a village in Amhara, residents said. The dead "
        "included a priest, Abba Tesfaye, 61, his son, 30, and three neighbours who were shot, "
        "according to two residents who helped bury them."
    )
    assert totals(text) == (5, 0)
    assert extract(text).killed == 5


def test_weapon_wounded_patients_received_are_the_wounded() -> None:
    text = (
        "Between 4 and 6 December, the surgical team at Bor State Hospital received 31 "
        "weapon-wounded patients evacuated from Pibor after clashes. Three of them died of their "
        "injuries."
    )
    assert totals(text) == (3, 28)
    assert extract(text).injured == 28


@pytest.mark.parametrize(
    "text",
    [
        "Settlers stabbed Karim Haddad to death near his olive grove, the ministry said.",
        "Gunmen hacked village chief Musa Bello to death on Sunday, residents said.",
        "A mob beat the teenager to death after the attack, police said.",
    ],
)
def test_a_named_or_definite_victim_stabbed_hacked_or_beaten_to_death(text: str) -> None:
    assert totals(text) == (1, 0)
    assert extract(text).killed == 1


def test_bodies_recovered_of_people_killed_before_the_ceasefire_are_no_new_deaths() -> None:
    text = (
        "Gaza live\n"
        "11:00 Civil defence says it recovered 11 bodies from the rubble of homes in Rafah, of "
        "people killed in strikes before the ceasefire.\n"
        "11:40 The health ministry says 2 people were killed by Israeli fire east of Khan Younis "
        "in the past 24 hours and 6 were injured."
    )
    assert totals(text) == (2, 6)
    assert extract(text).killed == 2


@pytest.mark.parametrize(
    "text",
    [
        "YALA - Two paramilitary rangers were killed and four injured when their pickup truck "
        "skidded off a wet road in Raman district early on Monday, police said. Investigators "
        "ruled out insurgent involvement.",
        "MANILA - Two air force pilots were killed when their attack aircraft crashed during a "
        "night training flight on Tuesday. The wreckage was found on a mountainside. The air "
        "force said there was no indication of hostile fire.",
        "Blasts at an army ammunition depot killed four people and injured 30 on Sunday. The "
        "defence minister ruled out any attack or sabotage.",
        "MOSCOW - Detonations shook an ammunition depot of a military unit on Saturday. The "
        "defence ministry said they were not the result of external impact. Three servicemen "
        "were injured.",
    ],
)
def test_a_text_that_rules_out_the_conflict_in_other_words_counts_no_one(text: str) -> None:
    assert totals(text) == (0, 0)
    assert extract(text).killed == 0


def test_the_wounded_told_with_a_headlines_accident_dead_are_the_accidents() -> None:
    text = (
        "Three rangers killed as pickup overturns in Bannang Sata\n"
        "YALA - Three paramilitary rangers were killed and five injured when their pickup truck "
        "skidded off a rain-slicked road and overturned in Bannang Sata district early on "
        "Monday, police said."
    )
    assert totals(text) == (0, 0)
    assert extract(text).injured == 0


def test_a_live_lines_count_of_a_place_not_as_reported_earlier_replaces_the_earlier() -> None:
    text = (
        "Ukraine - live\n"
        "07:10 Kharkiv: Russian drones hit the city centre; the mayor reports three killed and 10 "
        "injured.\n"
        "08:30 Poltava: a missile hit a college; the regional governor reports four dead.\n"
        "09:40 Kharkiv: the regional administration says two people were killed, not three as "
        "reported earlier; 10 injured."
    )
    assert totals(text) == (6, 10)
    assert extract(text).killed == 6


def test_a_correction_line_then_the_toll_that_stands_replaces_the_higher_count() -> None:
    text = (
        "Camp strike live\n"
        "10:05 Fighting continues near the town.\n"
        "12:40 An air strike hits a camp for displaced people; medics say four killed.\n"
        "14:15 Medics now say six dead and at least 14 injured at the camp.\n"
        "16:50 Correction from medics: one of those reported dead is alive and in critical "
        "condition. The toll stands at five dead and 15 injured."
    )
    assert totals(text) == (5, 15)
    assert extract(text).killed == 5


def test_a_governor_correcting_his_earlier_message_replaces_his_count() -> None:
    text = (
        "Border regions - updates\n"
        "09:10 Bryansk governor: a drone attacked a truck in Klimovo district; the driver was "
        "killed.\n"
        "12:00 Belgorod: a drone hit a market in Grayvoron, killing two people and wounding five, "
        "the governor says.\n"
        "14:20 The Belgorod governor corrects his earlier message: one person was killed in "
        "Grayvoron."
    )
    assert totals(text) == (2, 5)
    assert extract(text).killed == 2


def test_a_toll_naming_a_camp_without_the_word_camp_is_no_update_of_another_town() -> None:
    text = (
        "Sudan: El Fasher - updates\n"
        "09:00 The resistance committee says shelling hit Abu Shouk displacement camp, killing 11 "
        "people.\n"
        "13:45 In Omdurman, a drone strike on a market killed six people and injured 20, the state "
        "health ministry says.\n"
        "15:00 The committee revises the Abu Shouk toll to 14 dead."
    )
    assert totals(text) == (20, 20)
    assert extract(text).killed == 20


def test_the_parts_of_a_long_run_toll_told_with_its_period_are_context_too() -> None:
    text = (
        "NEW YORK - The UN's humanitarian office said on Monday that the health ministry had "
        "now fully identified 20,100 of the 30,500 people it reports killed since October, "
        "including 6,200 children and 4,100 women."
    )
    assert totals(text) == (0, 0)
    assert extract(text).killed == 0


def test_the_dead_of_the_past_raid_a_deadliest_since_names_are_recalled() -> None:
    text = (
        "Gunmen killed at least 12 people in an overnight raid on the town of Liancourt, local "
        "officials said on Thursday. The attack was the deadliest in the region since October, "
        "when a similar raid left 90 dead."
    )
    assert totals(text) == (12, 0)
    assert extract(text).killed == 12


def test_soldiers_killed_last_week_who_were_buried_today_are_recalled() -> None:
    text = (
        "MAIDUGURI - Seven soldiers killed in an ambush near Gwoza last week were buried with "
        "full military honours in Maiduguri on Monday. Relatives wept as the coffins were "
        "lowered into the ground."
    )
    assert totals(text) == (0, 0)
    assert extract(text).killed == 0


@pytest.mark.parametrize(
    "text",
    [
        "TRIPOLI - The bodies of nine migrants who apparently died of thirst after their truck "
        "broke down were found in the desert near the border, the Red Crescent said on Sunday. "
        "Two survivors were taken to hospital.",
        "TEL AVIV - Hamas handed over on Thursday the body of a hostage who was killed in "
        "captivity in 2024, the prime minister's office said. Eleven hostages' bodies remain in "
        "Gaza.",
        "KHAN YOUNIS - Civil defence teams recovered 30 bodies from under the rubble of homes in "
        "the east of the city on Wednesday. A spokesman said the victims had been killed during "
        "fighting in the area several months ago and could not be reached earlier.",
    ],
)
def test_dead_of_thirst_hostages_bodies_still_held_and_bodies_of_months_ago_count_no_one(
    text: str,
) -> None:
    assert totals(text) == (0, 0)
    assert extract(text).killed == 0


def test_the_death_a_killing_avenges_is_no_further_dead() -> None:
    text = (
        "PORT-AU-PRINCE - Gang members killed a dozen people in Cite Soleil on Sunday in "
        "apparent retaliation for the death of a gang leader's relative, aid workers said."
    )
    assert totals(text) == (12, 0)
    assert extract(text).killed == 12


def test_a_day_earlier_the_ministry_had_reported_is_the_day_before() -> None:
    text = (
        "GAZA - Israeli strikes killed 27 Palestinians and wounded 64 in the past 24 hours, the "
        "health ministry said on Tuesday. A day earlier the ministry had reported 35 people "
        "killed over the preceding 24-hour period."
    )
    assert totals(text) == (27, 64)
    assert extract(text).killed == 27


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'LATACUNGA - A riot at the city\'s prison left "a dozen" inmates dead, authorities '
            "said initially on Monday; in a later statement, the prison authority said at least "
            "15 inmates had been killed. Four guards were hurt.",
            (15, 4),
        ),
        (
            "PORT-AU-PRINCE - Gang members attacked the Solino neighbourhood overnight, killing "
            "at least 9 people, the UN office said on Saturday. Local radio put the toll at 14, "
            'while the mayor\'s office said "about a dozen" people had died.',
            (9, 0),
        ),
    ],
)
def test_a_vague_account_beside_a_precise_one_in_one_sentence_is_that_one_told_loosely(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected
    assert extract(text).killed == expected[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KHARTOUM, Nov 2 (Reuters) - Rapid Support Forces fighters attacked a village in "
            "Sudan's Gezira state, killing at least 30 people and wounding dozens, a local "
            "resistance committee said on Saturday. A Sudanese army official said 85 villagers "
            "were killed. The RSF did not immediately comment on the attack.",
            (30, 12),
        ),
        (
            "JERUSALEM, Jan 9 (Reuters) - Three Israeli soldiers were killed and one was "
            "seriously wounded in fighting in southern Gaza, the military said on Sunday. "
            "Hamas's armed wing said in a statement that its fighters had killed six soldiers in "
            "an ambush in the same area. The Israeli military has said more than 180 soldiers "
            "have been killed since the start of its ground operation.",
            (3, 1),
        ),
    ],
)
def test_a_sentence_naming_no_place_takes_the_one_before_without_its_dateline(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected
    assert extract(text).killed == expected[0]


def test_the_wounded_of_an_attack_that_set_a_fire_are_the_attacks() -> None:
    text = (
        "LIPETSK - A Ukrainian drone attack sparked a fire at an industrial plant in the city of "
        "Yelets overnight and injured six people, including two children, the regional "
        "governor said on Friday."
    )
    assert totals(text) == (0, 6)
    assert extract(text).injured == 6


def test_a_man_explosives_were_dropped_on_killing_him_is_one_dead() -> None:
    text = (
        "KHERSON - A Russian drone dropped explosives on a man riding a bicycle on Friday "
        "morning, killing him, the city military administration said."
    )
    assert totals(text) == (1, 0)
    assert extract(text).killed == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BENI - At least 14 civilians were killed overnight in an attack attributed to ADF "
            "rebels on the village of Mayikengo, according to local civil society. The territory "
            "administrator, Colonel Alain Kiwewa, puts the provisional toll at 11 dead.",
            (11, 0),
        ),
        (
            "BAGHDAD - Islamic State militants attacked a checkpoint near Tarmiyah on Thursday "
            "night, killing three PMF fighters, two security sources said. In a statement, the "
            "PMF put its losses at two killed and four wounded.",
            (2, 4),
        ),
    ],
)
def test_a_title_and_name_that_puts_the_toll_or_its_losses_at_is_a_second_source(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected
    assert extract(text).killed == expected[0]


def test_the_same_strikes_told_by_a_second_source_are_those_of_their_own_place() -> None:
    text = (
        "SOHR, 9 September 2024: 5 members of a pro-government militia were killed in an ambush "
        "by ISIS cells in the desert east of Homs. Meanwhile, Israeli aircraft targeted 4 sites "
        "in Masyaf countryside late yesterday, killing 12 people and injuring 40, according to "
        "the health ministry; SOHR sources documented 16 deaths in the same strikes."
    )
    assert totals(text) == (17, 40)
    assert extract(text).killed == 17


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fighting between clan militia and al-Shabaab fighters in the Mahas district on "
            "Wednesday left seven fighters from both sides dead and five wounded, elders told "
            "Radio Shabelle.",
            (7, 5),
        ),
        (
            "KARACHI - A gunman posing as a patient opened fire inside a dental clinic on "
            "Tuesday, wounding a dentist and a local receptionist, police said. The clinic's "
            "security guard shot the attacker dead.",
            (1, 2),
        ),
    ],
)
def test_dead_from_both_sides_a_receptionist_and_an_attacker_shot_dead(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected
    assert extract(text).killed == expected[0]


def test_a_briefs_item_ruled_no_conflict_leaves_the_other_items_war_dead() -> None:
    text = (
        "Lebanon daily security brief\n"
        "1. Nabatieh district: an Israeli drone strike on a car in Kfar Roummane killed two "
        "people (health ministry).\n"
        "2. Tyre district: an Israeli strike on a house in Qana wounded four civilians.\n"
        "3. Akkar: a car crash on the coastal highway killed one person (Internal Security "
        "Forces); not conflict-related.\n"
        "4. Beirut: no incidents."
    )
    assert totals(text) == (2, 4)
    assert extract(text).killed == 2


def test_a_headline_labelled_with_its_country_is_the_bodys_toll_of_that_country() -> None:
    text = (
        "Syria: coastal violence toll nears 800, monitor says\n"
        "BEIRUT - The Syrian Observatory for Human Rights said on Monday that at least 779 "
        "people had been killed in four days of violence in Latakia and Tartus provinces."
    )
    assert totals(text) == (779, 0)
    assert extract(text).killed == 779


def test_a_bomber_the_dead_included_is_one_of_the_toll_of_his_sentence() -> None:
    text = (
        "MOGADISHU, June 3 (Xinhua) -- At least nine people were killed and 12 others injured "
        "when a suicide bomber blew himself up at a tea shop near a military base in "
        "Mogadishu's Wadajir district on Friday evening, police said. Police spokesman "
        "Abdirahman Nur Hassan said the dead included the bomber and two soldiers."
    )
    assert totals(text) == (9, 12)
    assert extract(text).killed == 9


def test_people_abducted_last_week_who_were_found_dead_are_this_weeks_dead_in_a_tally() -> None:
    from datetime import timedelta

    from extract.tally import tally
    from tests.extract.test_tally_one_number import T0, one_report

    ex = extract(
        "DHUSAMAREB - The bodies of four men abducted by al-Shabaab fighters last week were "
        "found on Tuesday outside the town, elders said.",
        published=T0,
    )
    assert (ex.killed, ex.injured) == (4, 0)
    assert tally(one_report(ex), since=None, now=T0 + timedelta(days=1)).killed == 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "GAZA (AFP) - An Israeli air strike on a house in Beit Lahia in the northern Gaza "
            "Strip killed a family of five, including three children, overnight, the civil "
            "defence agency said on Thursday. At least 8 neighbours were wounded when the "
            "building collapsed, it said.",
            (5, 8),
        ),
        (
            "India daily brief\n"
            "Chhattisgarh: A CRPF jawan was killed in an IED blast triggered by Maoists in "
            "Bijapur.\n"
            "Maharashtra: Five people died when a three-storey building collapsed in Thane.",
            (1, 0),
        ),
    ],
)
def test_a_building_an_air_strike_brought_down_hurts_its_neighbours_in_the_attack(
    text: str, expected: tuple[int, int]
) -> None:
    assert totals(text) == expected
    assert extract(text).injured == expected[1]


def test_people_a_hospital_received_with_gunshot_wounds_are_wounded() -> None:
    text = (
        "PORT-AU-PRINCE - Doctors Without Borders said its hospital in Cite Soleil received 19 "
        "people with gunshot wounds on Friday during clashes between gang coalitions, three of "
        "whom were dead on arrival."
    )
    assert totals(text) == (3, 16)
    assert extract(text).injured == 16


def test_injuries_along_with_the_dead_are_wounded_not_more_dead() -> None:
    text = (
        "GAZA (WAFA) - In the past 24 hours, 31 martyrs arrived at hospitals in the Gaza Strip, "
        "along with 74 injuries, the Ministry of Health said on Sunday."
    )
    assert totals(text) == (31, 74)
    assert extract(text).killed == 31

"""Word gates before costly patterns never change what the patterns find."""

from __future__ import annotations

import random
import re
from re import _parser as sre_parser  # type: ignore[attr-defined]

import pytest

from extract import casualties, casualty_context, casualty_keywords, casualty_periods, totals
from extract.casualty_keywords import KEYWORD_RE, keywords
from extract.casualty_sentences import _BOUNDARY_RE, boundaries
from extract.prefilter import Gate, literal_starts, lowered, may_contain

# One or more sentences for each kind of period, and sentences with none.
PERIOD_SENTENCES = [
    "Shelling has killed 40 people since Wednesday, medics said.",
    "The toll since last Friday stands at 12.",
    "Since the beginning of March 3, 2024, 80 people have died.",
    "At least 200 were killed since 3 March 2023 in the province.",
    "More than 1,000 have died since 2019.",
    "In July 2024 the clashes killed 31 fighters.",
    "The July airstrikes killed nine, a monitor said.",
    "Eleven people were killed over the past 24 hours.",
    "Seventy died in the last three days of fighting.",
    "Two years ago a bomb killed 14 at the same market.",
    "Five were shot dead, years after the first attack.",
    "Three years of shelling have killed hundreds.",
    "They gathered for the 10th anniversary of the massacre.",
    "Thousands died during the 1990s in the region.",
    "A man wounded on Oct. 7 died of his wounds.",
    "Troops killed 20 on the 7th of October.",
    "The group's Oct 7 assault killed 1,200.",
    "During 2023 more than 400 were killed.",
    "The 2015 Paris attacks killed 130 people.",
    "Last year's floods killed 40.",
    "So far this month 52 people have been killed.",
    "This year 300 civilians have died so far.",
    "Since the start of the year 90 soldiers were killed.",
    "This week alone 18 have died.",
    "So far today four people were wounded.",
    "Today's strikes killed six.",
    "Since last month the toll has doubled to 64.",
    "After 14 months of war more than 44,000 have been killed.",
    "Over two days of fighting 23 died.",
    "Since the war began, 3,800 people have been killed.",
    "In the war 500,000 died.",
    "Since rebels launched an offensive this week, 61 were killed.",
    "The war in Sudan, which has killed tens of thousands, continues.",
    "Months of fighting that have already killed 900 people go on.",
    "The overall death toll rose to 70.",
    "The total toll from the strike was 9.",
    "In the second quarter, 471 civilians were killed.",
    "The running count for the month now stands at 61 killed.",
    "130 people have died in protest violence since the vote.",
    "Five people were killed in an airstrike on a market, medics said on Monday.",
    "Gunmen shot dead three police officers at a checkpoint.",
    "A drone strike hit a car, killing two.",
    "Days of rain left the road closed.",
    "",
]


def _finds(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text)]


def _variants(sentence: str) -> list[str]:
    return [sentence, sentence.upper(), sentence.replace("s", "ſ"), sentence.replace("i", "ı")]


@pytest.mark.parametrize("sentence", PERIOD_SENTENCES)
def test_period_gate_finds_what_the_pattern_finds(sentence: str) -> None:
    for text in _variants(sentence):
        found = [(m.span(), m.lastgroup) for m in casualty_periods.period_matches(text)]
        assert found == _finds(casualty_periods._PERIOD_RE, text)


def test_period_sentences_cover_every_kind() -> None:
    kinds = {m.lastgroup for s in PERIOD_SENTENCES for m in casualty_periods._PERIOD_RE.finditer(s)}
    assert kinds == {
        "after", "ago", "anniv", "decade", "in_month", "in_year", "last_month", "last_year",
        "month_event", "on_date", "overall", "past", "quarter", "running", "since_clause",
        "since_day", "since_dm", "since_last", "since_month", "since_vote", "since_year",
        "span_of", "this_week", "this_year", "today", "war", "war_span", "war_toll",
        "year_event",
    }  # fmt: skip


def test_lowered_gives_up_on_letters_that_fold_to_ascii() -> None:
    assert lowered("Killed In Gaza") == "killed in gaza"
    assert lowered("Şırnak") is None  # dotless i matches "i" under re.IGNORECASE
    assert lowered("İdlib") is None
    assert lowered("ſince") is None
    assert lowered("Ḩamāh") == "ḩamāh"
    assert may_contain("ſince Monday", ("since",))
    assert not may_contain("Ḩamāh", ("since",))
    assert may_contain("SINCE", ("since",))


KEYWORD_SENTENCES = [
    *PERIOD_SENTENCES,
    "The death toll rose to 25; the number of wounded reached 40.",
    "An injury toll was not given, but the number of people killed passed 12.",
    "Police shot dead a man and gunned down two others.",
    "Six lost their lives when a strike claimed the lives of their neighbours.",
    "He was stabbed to death; another succumbed to his wounds.",
    "A mortally wounded soldier and a man fatally shot were among the dead.",
    "Killings continued: the army says it killed 8 militants, and 3 died later.",
    "The bodies of five were found; a body was recovered; fatalities rose.",
    "Rebels executed four, assassinated a mayor and massacred villagers.",
    "The army lost 6 soldiers; the militia is losing ground and loses men.",
    "Nine were wounded, 14 injured and 3 hurt; some were maimed. Injuries were severe.",
    "Skills of dead-end diehards: bodyguards lost nothing, a killer was not killed.",
    "DEATH TOLL RISES TO 40 AS FIGHTING CONTINUES",
]


@pytest.mark.parametrize("sentence", KEYWORD_SENTENCES)
def test_keywords_are_the_pattern_matches(sentence: str) -> None:
    for text in _variants(sentence):
        found = [(m.span(), m.lastgroup) for m in keywords(text)]
        assert found == _finds(KEYWORD_RE, text)


GATES = [
    (module.__name__, name, gate)
    for module in (casualties, casualty_context, casualty_keywords, casualty_periods, totals)
    for name, gate in vars(module).items()
    if isinstance(gate, Gate)
]
GATE_TEXTS = [
    *KEYWORD_SENTENCES,
    "A suicide bomber blew himself up at a football stadium; the blast was not treated as an "
    "attack, and a gas explosion at a factory was ruled out. Police arrested protesters.",
    "The army says it killed 8 militants; the hostages remain in captivity and were held.",
    "Mourners commemorated the victims, marking the anniversary of the massacre.",
    "The toll has now risen to 40, the latest figures show, according to officials citing "
    "medics; a heart attack killed one, and an attacker was shot.",
    "A new strike hit the town overnight, after a similar raid earlier this week.",
    "A suspect is on trial and pleaded not guilty; the suspect denied it.",
    "A fire broke out; the house fire and a ceasefire, an oil depot fire, the blaze.",
    "Two people die a day and 300 a year, or 5 per week, researchers said.",
    "In a separate attack, a further 3 died; in another town, meanwhile, 2 died elsewhere.",
]


def test_every_gate_reads_its_starts_from_its_pattern() -> None:
    assert len(GATES) >= 20
    for _module, name, gate in GATES:
        assert gate.stems, name  # a pattern without literal starts needs no gate
        assert all(len(stem) >= 2 for stem in gate.stems)


@pytest.mark.parametrize("text", GATE_TEXTS)
def test_gates_find_what_their_patterns_find(text: str) -> None:
    for variant in [*_variants(text), text.title(), text.replace(" ", "\n")]:
        for _module, name, gate in GATES:
            found = [(m.span(), m.lastgroup) for m in gate.finditer(variant)]
            assert found == _finds(gate.pattern, variant), name
            plain = gate.pattern.search(variant)
            gated = gate.search(variant)
            assert (gated and gated.span()) == (plain and plain.span()), name


def test_literal_starts() -> None:
    def starts(pattern: str) -> set[str]:
        return literal_starts(list(sre_parser.parse(pattern)))

    assert starts(r"\b(?:kill(?:s|ed)?|dead)\b") == {
        "kill",
        "kills",
        "kille",
        "dead",
    }  # five letters at most
    assert starts(r"(?:(?:death|civilian)\s+)?tolls?") == {"death", "civil", "toll", "tolls"}
    assert starts(r"(?<!heart\s)attack") == {"attac"}
    assert starts(r"gunm[ae]n|IEDs?") == {"gunma", "gunme", "ied", "ieds"}
    assert starts(r"(?:a|the)\s+fire") == {"a", "the"}
    assert starts(r"[\w-]+ killed") == {""}
    assert starts(r"fianc[ée]") == {"fianc"}  # a non-ASCII letter ends the start
    assert Gate(re.compile(r"(?:a|the)\s+fire")).stems is None
    fire = Gate(re.compile(r"\b(?:a\s+fire|blaze)\b"), common={"a": ("fire",)})
    assert fire.stems == ("blaze",)
    assert fire.search("A blaze, a fire") is not None  # "fire" is there: the plain pattern
    assert fire.search("a blaze")
    with pytest.raises(ValueError):
        Gate(re.compile(r"\b(?:a\s+fire|blaze)\b"), common={"the": ("fire",)})
    assert Gate(re.compile(r"\b(?:fires?|blaze|fired)\b", re.I)).stems == ("blaze", "fire")


def test_gates_on_random_texts_of_their_own_words() -> None:
    rng = random.Random(7)
    words = sorted({stem for _m, _n, gate in GATES for stem in gate.stems or ()})
    words += ["killed", "dead", "toll", "the", "a", "it", "heart", "down", "s", "ed", "of"]
    words += ["an", "on", "not", "suspect", "trial", "guilty", "fire", "cease", "year", "day"]
    gaps = [" ", "  ", "-", "\n", ", ", ". ", "'", "’", ""]
    for _ in range(1500):
        pieces: list[str] = []
        for _ in range(rng.randint(1, 10)):
            word = rng.choice(words)
            word = rng.choice([word, word, word.upper(), word.title(), word.replace("s", "ſ")])
            pieces += [word, rng.choice(gaps)]
        text = "".join(pieces)
        for _module, name, gate in GATES:
            assert [m.span() for m in gate.finditer(text)] == [
                m.span() for m in gate.pattern.finditer(text)
            ], (name, text)


def test_sentence_boundaries_are_the_pattern_matches() -> None:
    rng = random.Random(3)
    pieces = [". ", ".", "\n", " ", "  ", "A", "a", "1", '"', "”", ")", ";", "\t", "\r\n", "!"]
    pieces += ["?", "“", "(", "\u2028", "\x85", " \n ", "U.S. ", "Oct. 7"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        assert [m.span() for m in boundaries(text)] == [
            m.span() for m in _BOUNDARY_RE.finditer(text)
        ], text

"""One call from text to facts: casualty figures placed and attributed, actors, places, totals.

Figures come from `extract.casualties`, actors from `extract.actors`, places from
`extract.places`. Here they meet: each figure takes the place named in its own sentence (else
the text's main country) and the canonical names of the actors its source and perpetrator
phrases name, and the text's totals are computed by `extract.totals`. Callers pass
`title + ".\\n" + summary`; a figure repeated in headline and body counts once.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from extract.actors import ActorDictionary, find_actors
from extract.casualties import find_figures
from extract.casualty_context import LINE_STAMP_RE
from extract.gazetteer import contains
from extract.model import ActorMention, Extraction, Figure, PlaceMention
from extract.namematch import Tokens
from extract.pattern_cache import rx
from extract.places import find_places_and_countries
from extract.totals import assess, text_totals, with_set_aside


def extract(
    text: str,
    *,
    published: datetime | None = None,
    actors: ActorDictionary | None = None,
) -> Extraction:
    """Everything found in `text`: figures with scope, actors, places and conservative totals."""
    if ":" in text and _DESK_LABEL_RE.search(text) is not None:
        text = _DESK_LABEL_RE.sub(lambda m: " " * len(m.group()), text)  # offsets kept
    tokens = Tokens.of(text)  # tokenised once for the gazetteer and the actor dictionary
    places, countries = find_places_and_countries(tokens)  # one scan serves both
    mentions = find_actors(tokens, actors, countries)
    figures = find_figures(text, published=published, words=tokens.folded)
    if figures:
        index = _Spans(places, mentions)
        figures = tuple(_situate(text, f, index, countries) for f in figures)
        figures = _speakers_told_before(figures)
    killed = injured = 0
    if figures:
        reasons = assess(figures)
        killed, injured = text_totals(figures, reasons)
        figures = with_set_aside(figures, reasons)
    return Extraction(
        figures=figures,
        actors=mentions,
        places=places,
        killed=killed,
        injured=injured,
        countries=countries,
    )


_DESK_LABEL_RE = rx(
    r"^[^\S\n]*(?:HEADLINE|HEADLINES|STANDFIRST|DEK|SUBHEAD|SUBHEADLINE|TITLE|KICKER|LEDE):[^\S\n]*",
    re.MULTILINE,
)
"""A desk's label at the start of a line ("HEADLINE: ...", "STANDFIRST: ..."): the line is
read as it would be without it (a headline over its story)."""
_LOCATIVE_RE = rx(
    r"\b(?:in|inside|across|near|at|throughout|into|outside|on|over)\s+(?:the\s+)?"
    r"(?:[a-z-]+\s+){0,2}$",
    re.IGNORECASE,
)
"""Words before a country that make it the place of an event ("in southern Lebanon")."""


_DEMONYM_ENDINGS = ("i", "ian", "ese", "ish", "an", "ch")


def _located(text: str, start: int, s: int, e: int, place: PlaceMention) -> bool:
    """A country mention that names a location: after "in", "near", "across"…, and written
    as the country's name, not as its adjective ("near the Afghan border")."""
    written = text[s:e]
    if written.lower() != place.place.lower() and written.endswith(_DEMONYM_ENDINGS):
        return False
    if _NEIGHBOUR_RE.search(text, max(start, s - 40), s):
        return False  # "near the border with Niger": the neighbour, not where it happened
    if text.startswith(":", e) and not text[start:s].strip(" -•*"):
        return True  # "Syria: coastal violence toll tops 700": the line's place, as a label
    return _LOCATIVE_RE.search(text, max(start, s - 40), s) is not None


_NEIGHBOUR_RE = rx(
    r"\b(?:borders?|frontier)\s+(?:with|of)\s+(?:[\w-]+(?:\s+[\w-]+)?\s+and\s+)?$",
    re.IGNORECASE,
)


_PEOPLE_AFTER_RE = rx(
    r"\s+(?:civilians|residents|villagers|farmers|herders|pastoralists|militia\w*|fighters|youths|"
    r"settlers|traders|communities|community|migrants)\b",
    re.IGNORECASE,
)
"""After a region's name, the people it names ("12 Amhara civilians"): a people, which a town
of the sentence outranks as the place of the deaths."""


class _Spans:
    """Place and actor spans sorted by start, so each figure looks only at the spans of its
    own sentence: a long text with thousands of figures and places stays linear."""

    def __init__(self, places: Sequence[PlaceMention], mentions: Sequence[ActorMention]) -> None:
        # (start, end, order of the mention in its list): ties go to the earlier mention
        self.places = sorted((s, e, i) for i, p in enumerate(places) for s, e in p.spans)
        self.place_starts = [span[0] for span in self.places]
        self.place_list = places
        towns = [(s, p) for p in places if p.kind != "country" for s, _e in p.spans]
        self.first_town_country = min(towns, key=lambda t: t[0])[1].country if towns else None
        self.actors = sorted((s, e, i) for i, m in enumerate(mentions) for s, e in m.spans)
        self.actor_starts = [span[0] for span in self.actors]
        self.actor_width = max((e - s for s, e, _i in self.actors), default=0)
        self.actor_list = mentions

    def place_in(self, text: str, start: int, end: int) -> tuple[str | None, str | None]:
        """Where the deaths told in [start, end) happened: the first town or region named
        there, else a country named as a location ("in southern Lebanon"). A country named
        only as an actor or a nationality ("Israel said", "Israeli soldiers") is not the
        place: then the first town or region of the whole text decides, if there is one."""
        named: PlaceMention | None = None
        located: PlaceMention | None = None
        people: PlaceMention | None = None  # "12 Amhara civilians": a people, not a place
        for s, e, i in self.places[bisect_left(self.place_starts, start) :]:
            if s >= end:
                break
            if e > end:
                continue
            place = self.place_list[i]
            if text.endswith(("road to ", "Road to "), max(start, s - 8), s):
                continue  # "martyred on the road to Jerusalem": a martyr's formula, no place
            if place.kind != "country" and _PEOPLE_AFTER_RE.match(text, e, end):
                people = people or place
                continue
            if place.kind != "country":
                return self._narrowest(text, place, e, end)
            named = named or place
            if located is None and _located(text, start, s, e, place):
                located = place
        if people is not None and located is None:
            return None, people.country  # its country, not its region
        if located is not None:
            return None, located.country or located.place
        if named is not None:
            return None, self.first_town_country or named.country or named.place
        return None, None

    def _narrowest(
        self, text: str, first: PlaceMention, after: int, end: int
    ) -> tuple[str | None, str | None]:
        """The first place of a sentence, or a later one of the sentence inside it ("Gaza Civil
        Defence says five people were killed when a strike hit a house in the Nuseirat refugee
        camp": Nuseirat, in Gaza)."""
        for s, e, i in self.places[bisect_left(self.place_starts, after) :]:
            if s >= end:
                break
            place = self.place_list[i]
            if (
                e <= end
                and place.kind != "country"
                and place.place != first.place
                and place.country == first.country
                and not _PEOPLE_AFTER_RE.match(text, e, end)
                and contains(first.place, place.place)
            ):
                return place.place, place.country
        return first.place, first.country

    def locates(self, text: str, start: int, end: int) -> bool:
        """True when [start, end) names where something happened: a town or region, or a
        country named as a location ("in southern Lebanon"), not only as an actor."""
        for s, e, i in self.places[bisect_left(self.place_starts, start) :]:
            if s >= end:
                break
            place = self.place_list[i]
            if e > end or text.endswith(("road to ", "Road to "), max(start, s - 8), s):
                continue
            if place.kind != "country" and not _PEOPLE_AFTER_RE.match(text, e, end):
                return True
            if place.kind == "country" and _located(text, start, s, e, place):
                return True
        return False

    def town_of(self, country: str, start: int, end: int) -> str | None:
        """The first town or region of `country` named inside [start, end), if any."""
        for s, e, i in self.places[bisect_left(self.place_starts, start) :]:
            if s >= end:
                break
            place = self.place_list[i]
            if e <= end and place.kind != "country" and place.country == country:
                return place.place
        return None

    def names_place(self, start: int, end: int) -> bool:
        """True when a place (town, region or country) is named inside [start, end)."""
        at = bisect_left(self.place_starts, start)
        return any(s < end and e <= end for s, e, _i in self.places[at : at + 8])

    def actor_at(self, start: int, end: int, text: str = "") -> str | None:
        """The dictionary name of the first listed actor whose mention overlaps [start, end);
        not one the phrase is against or for ("the anti-Taliban National Resistance Front")."""
        first = bisect_left(self.actor_starts, start - self.actor_width)
        hits = [
            i
            for s, e, i in self.actors[first : bisect_left(self.actor_starts, end)]
            if e > start and not text.endswith(("anti-", "pro-", "Anti-", "Pro-"), 0, s)
        ]
        return self.actor_list[min(hits)].actor if hits else None


_HE_SAID_RE = rx(r"\W*(?:He|She)\s+(?:said|says|added|told\s+[\w-]+)\b")
"""A sentence that opens on its speaker as a pronoun: the one the sentence before named."""


def _speakers_told_before(figures: tuple[Figure, ...]) -> tuple[Figure, ...]:
    """ "... killing five people, a Taliban spokesman said. He said 12 people were wounded":
    the figures of a sentence whose speaker is "he" or "she" are the source of the sentence
    before's."""
    out = list(figures)
    for i, f in enumerate(out):
        if f.source is None and i > 0 and _HE_SAID_RE.match(f.sentence):
            before = out[i - 1]
            if before.sentence != f.sentence and before.source is not None:
                out[i] = replace(f, source=before.source, source_kind=before.source_kind)
    return tuple(out)


def _situate(text: str, figure: Figure, index: _Spans, countries: Sequence[str]) -> Figure:
    """Fill a figure's place, country and canonical actor names from its own sentence."""
    start = text.find(figure.sentence, max(0, figure.span[1] - len(figure.sentence)))
    end = start + len(figure.sentence)
    place, country = index.place_in(text, start, end)
    if place is None and not index.names_place(start, end):
        # "... an airstrike in Nuseirat, central Gaza. Three people were killed": a sentence
        # that names no place at all tells of the town the sentence before it named.
        before = _previous_sentence(text, start)
        if before is not None:
            town, town_country = _main_town(index.place_in(text, *before), index, countries, before)
            if town is not None and not (
                figure.update
                and countries
                and town_country != countries[0]
                and LINE_STAMP_RE.match(figure.sentence)
            ):  # "21:30 — The health ministry revises today's toll to 356 dead": a live
                # page's update of the text's toll, not of the line before it ("20:15 — ... 2
                # people were lightly hurt by shrapnel in the Haifa area")
                place, country = town, town_country
    elif place is None and not index.locates(text, start, end):
        # "... a strike on a training ground in Belgorod region had killed about 60 Russian
        # soldiers. Russia's defence ministry did not comment, but a blogger wrote that 11
        # servicemen had died": a sentence that names a country only as an actor tells of the
        # country of the town before it, not of the text's first town (a dateline's "KYIV")
        before = _previous_sentence(text, start)
        if before is not None:
            town, town_country = index.place_in(text, *before)
            if town is not None and town_country not in (None, country):
                country = town_country
    else:
        place, country = _main_town((place, country), index, countries, (start, end))
    if country is None and countries:
        country = countries[0]
    return replace(
        figure,
        place=place,
        country=country,
        source=_canonical_actor(figure.source, text, start, end, index),
        perpetrator=_canonical_actor(figure.perpetrator, text, start, end, index),
    )


def _main_town(
    found: tuple[str | None, str | None],
    index: _Spans,
    countries: Sequence[str],
    span: tuple[int, int],
) -> tuple[str | None, str | None]:
    """ "struck the al-Suwayda camp ... east of Marib city" under "Houthi drone hits Marib",
    "BEIRUT (AFP) - A strike near the Syrian town of Kobani": of towns of different countries
    in one sentence, the one of the country the text is about."""
    if not countries or found[1] in (None, countries[0]):
        return found
    main = index.town_of(countries[0], *span)
    return (main, countries[0]) if main is not None else found


_DATELINE_RE = rx(r"[A-Z][A-Z .'’/-]+(?:,[^\n\-–—]{0,60}?|\s\((?:[A-Z][\w.]*\s?){1,3}\))\s[-–—]\s")
"""A wire story's dateline ("KYIV, Aug 4 (Reuters) - ", "WASHINGTON/BEIRUT (Reuters) - "):
where it was filed, not where it happened."""
_SENTENCE_END_RE = rx(r"[.!?]['\"”’)]*\s+|\n")


def _previous_sentence(text: str, start: int) -> tuple[int, int] | None:
    """The span of the sentence just before the one starting at `start`, if any, without its
    dateline: a dateline's city ("KHARTOUM, Oct 26 (Reuters) - ") tells no deed's place."""
    head = text[max(0, start - 600) : start].rstrip()
    if not head:
        return None
    offset = max(0, start - 600)
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(head[:-1])]
    begin = offset + (ends[-1] if ends else 0)
    dateline = _DATELINE_RE.match(text, begin, offset + len(head))
    return dateline.end() if dateline is not None else begin, offset + len(head)


def _canonical_actor(
    phrase: str | None, text: str, start: int, end: int, index: _Spans
) -> str | None:
    """The dictionary name of the actor a source or perpetrator phrase names, else the phrase."""
    if phrase is None:
        return None
    at = text.find(phrase, start, end)
    if at < 0:
        return phrase
    return index.actor_at(at, at + len(phrase), text) or phrase


def extraction_to_json(ex: Extraction) -> dict[str, Any]:
    """The `sitrep extract --json` shape (docs/design.md)."""
    reasons = assess(ex.figures)
    return {
        "killed": ex.killed,
        "injured": ex.injured,
        "casualties": [
            extracted_figure_to_json(index, figure, reason)
            for index, (figure, reason) in enumerate(zip(ex.figures, reasons, strict=True))
        ],
        "actors": [
            {"actor": a.actor, "kind": a.kind, "country": a.country, "mentions": a.mentions}
            for a in ex.actors
        ],
        "places": [
            {"place": p.place, "country": p.country, "lat": p.lat, "lon": p.lon} for p in ex.places
        ],
    }


def extracted_figure_to_json(index: int, figure: Figure, reason: str | None) -> dict[str, Any]:
    """One FIGURE without its item and story: `reason` is why it is not counted, if it is not."""
    return {"id": index, **figure.to_json(), "counted": reason is None, "excluded_reason": reason}

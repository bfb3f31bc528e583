"""The demo scenario: fictional outlets and items read from the bundled `scenario.yaml`.

The scenario is data so that it stays readable as a script of news: an editor can follow the
Idlib toll rising from outlet to outlet without reading any code. Loading validates it strictly
(unknown keys, unknown outlets, revisions before their item) because a typo there would only
show up as a silently missing item in the demo.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator
from ruamel.yaml import YAML

_OFFSET = re.compile(r"^(?P<sign>[+-]?)(?:(?P<h>\d+)h)?(?:(?P<m>\d+)m)?(?:(?P<s>\d+)s)?$")


def parse_offset(value: object) -> float:
    """Seconds from `"-4h30m"`, `"12s"` or a plain number: a position on the demo's timeline."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        match = _OFFSET.match(value.strip())
        if match and any(match.group(unit) for unit in "hms"):
            seconds = sum(
                int(match.group(unit) or 0) * size
                for unit, size in (("h", 3600), ("m", 60), ("s", 1))
            )
            return float(-seconds if match.group("sign") == "-" else seconds)
    raise ValueError(f"{value!r} is not a timeline offset (use -4h30m, -20m or 12s)")


Offset = Annotated[float, BeforeValidator(parse_offset)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Outlet(_Model):
    """A fictional news outlet: one feed served by the demo server."""

    key: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    title: str = Field(pattern=r"^DEMO - .*\(synthetic\)$")
    description: str
    format: Literal["rss", "atom"]
    interval: Offset = Field(gt=0)
    tags: tuple[str, ...] = ()

    @property
    def path(self) -> str:
        """The feed's path on the server; the extension tells the format apart for people."""
        return f"/feeds/{self.key}.{'xml' if self.format == 'rss' else 'atom'}"


class Revision(_Model):
    """A later version of an item: same guid, new text (a toll revised upwards is news)."""

    at: Offset = Field(gt=0)
    title: str
    summary: str


class Item(_Model):
    """One story as an outlet publishes it."""

    number: int = Field(default=0, ge=0)
    """Position in the scenario, from 1; set by the loader, used in links and guids."""
    outlet: str
    at: Offset
    """Negative: published that long before the start. Positive: released that long after."""
    title: str
    summary: str
    revised: Revision | None = None

    @property
    def live(self) -> bool:
        """Released while the demo runs, rather than history that exists from the start."""
        return self.at > 0

    def guid(self) -> str:
        return f"urn:sitrep-demo:{self.outlet}:{self.number:03d}"


class Scenario(_Model):
    """Every outlet and every item of the demo, items in file order."""

    outlets: tuple[Outlet, ...] = Field(min_length=1)
    items: tuple[Item, ...] = Field(min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _number_items(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("items"), list):
            data = dict(data)
            data["items"] = [
                {**item, "number": index} if isinstance(item, dict) else item
                for index, item in enumerate(data["items"], start=1)
            ]
        return data

    @model_validator(mode="after")
    def _consistent(self) -> Scenario:
        keys = [outlet.key for outlet in self.outlets]
        if len(set(keys)) != len(keys):
            raise ValueError("outlet keys must be unique")
        for item in self.items:
            if item.outlet not in keys:
                raise ValueError(f"item {item.number} names unknown outlet {item.outlet!r}")
            if item.revised is not None and item.revised.at <= item.at:
                raise ValueError(f"item {item.number} is revised before it is published")
        return self

    def outlet(self, key: str) -> Outlet:
        return next(outlet for outlet in self.outlets if outlet.key == key)

    def last_offset(self) -> float:
        """When the last live event (item or revision) happens, in unscaled seconds."""
        moments = [item.at for item in self.items]
        moments += [item.revised.at for item in self.items if item.revised is not None]
        return max(0.0, *moments)


def parse_scenario(text: str) -> Scenario:
    """Validate scenario YAML text."""
    return Scenario.model_validate(YAML(typ="safe").load(text))


@cache
def load_scenario() -> Scenario:
    """The bundled scenario, read once (it is package data, so it works from a wheel too)."""
    text = files("demo").joinpath("scenario.yaml").read_text(encoding="utf-8")
    return parse_scenario(text)

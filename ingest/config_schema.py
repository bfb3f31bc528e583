"""The rules a feeds.yaml must follow, as pydantic models, and their errors as sentences.

The program reads its configuration as the plain frozen dataclasses of `ingest.config`; these
models only check a text that was not read before and turn it into them (`validate`). A
command whose feeds.yaml is unchanged since it was last read never imports pydantic: the
checked configuration is kept (`ingest.config_cache`), and importing pydantic and building
these models took about 0.1 s at the start of every command.

Each model has the fields of its dataclass, with the same names and defaults (a test holds
them together); what a field means is documented on the dataclass.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from ingest import config as runtime
from ingest.config import ConfigError, check_feed_url
from ingest.limits import MAX_ITEMS
from storage.window import Window, parse_duration

Duration = Annotated[float, BeforeValidator(parse_duration)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Settings(_Model):
    interval: Duration = Field(default=600.0, gt=0)
    min_interval: Duration = Field(default=60.0, gt=0)
    max_interval: Duration = Field(default=6 * 3600.0, gt=0)
    window: Window = "24h"
    concurrency: int = Field(default=8, ge=1, le=64)
    per_host: int = Field(default=2, ge=1, le=16)
    deadline: Duration = Field(default=30.0, gt=0, le=600)
    max_bytes: int = Field(default=10_000_000, ge=1024)
    max_redirects: int = Field(default=5, ge=0, le=20)
    max_items: int = Field(default=MAX_ITEMS, ge=1, le=100_000)
    parse_deadline: Duration = Field(default=60.0, gt=0, le=600)
    alert_window: Duration = Field(default=24 * 3600.0, gt=0)
    retention_days: int = Field(default=90, ge=0)
    user_agent: str = "sitrep/0.1 (terminal news dashboard)"
    editor: str | None = None

    @model_validator(mode="after")
    def _bounds(self) -> Settings:
        if self.min_interval > self.max_interval:
            raise ValueError("min_interval is longer than max_interval")
        return self


class FeedConfig(_Model):
    url: Annotated[str, BeforeValidator(lambda v: check_feed_url(v) if isinstance(v, str) else v)]
    name: str | None = None
    interval: Duration | None = Field(default=None, gt=0)
    tags: tuple[str, ...] = ()
    enabled: bool = True

    @field_validator("tags", mode="before")
    @classmethod
    def _tags(cls, value: Any) -> Any:
        if isinstance(value, str):
            return tuple(t.strip() for t in value.split(",") if t.strip())
        return value


class ActorConfig(_Model):
    name: str
    kind: Literal["state force", "armed group", "government", "monitor", "agency"]
    country: str | None = None
    aliases: tuple[str, ...] = ()


class AlertRule(_Model):
    name: str
    when: Literal["tally_rise", "new_actor", "keyword"]
    place: str | None = None
    actor: str | None = None
    country: str | None = None
    threshold: int = Field(default=1, ge=1)
    keywords: tuple[str, ...] = ()
    command: tuple[str, ...] | None = None

    @field_validator("command", "keywords", mode="before")
    @classmethod
    def _split(cls, value: Any) -> Any:
        if isinstance(value, str):
            return tuple(value.split()) if value.strip() else ()
        return value

    @model_validator(mode="after")
    def _needs(self) -> AlertRule:
        if self.when == "tally_rise" and not (self.place or self.actor):
            raise ValueError("a tally_rise alert needs a place or an actor")
        if self.when == "new_actor" and not self.country:
            raise ValueError("a new_actor alert needs a country")
        if self.when == "keyword" and not self.keywords:
            raise ValueError("a keyword alert needs keywords")
        return self


class Config(_Model):
    settings: Settings = Settings()
    feeds: tuple[FeedConfig, ...] = ()
    actors: tuple[ActorConfig, ...] = ()
    alerts: tuple[AlertRule, ...] = ()

    @field_validator("settings", "feeds", "actors", "alerts", mode="before")
    @classmethod
    def _none_is_empty(cls, value: Any, info: Any) -> Any:
        if value is None:
            return {} if info.field_name == "settings" else ()
        return value


RUNTIME: dict[type[BaseModel], type[Any]] = {
    Settings: runtime.Settings,
    FeedConfig: runtime.FeedConfig,
    ActorConfig: runtime.ActorConfig,
    AlertRule: runtime.AlertRule,
    Config: runtime.Config,
}
"""Each model's dataclass."""


def to_runtime(model: BaseModel) -> Any:
    """The dataclass of a validated model, nested models and tuples of them included."""

    def convert(value: Any) -> Any:
        if isinstance(value, BaseModel):
            return to_runtime(value)
        if isinstance(value, tuple):
            return tuple(convert(v) for v in value)
        return value

    cls = RUNTIME[type(model)]
    return cls(**{name: convert(getattr(model, name)) for name in type(model).model_fields})


def validate(data: Any, path: Path) -> runtime.Config:
    """The configuration the parsed YAML `data` describes, or a ConfigError naming the first
    problem and its line."""
    try:
        return to_runtime(Config.model_validate(data))  # type: ignore[no-any-return]
    except ValidationError as exc:
        first = exc.errors()[0]
        line = runtime.line_of(data, tuple(first["loc"]))
        raise ConfigError(_message(first), path=path, line=line) from None


def _known_fields(loc: tuple[int | str, ...]) -> list[str]:
    model: type[BaseModel] = Config
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        annotation = (
            model.model_fields[str(part)].annotation if part in model.model_fields else None
        )
        args = getattr(annotation, "__args__", ())
        candidates = [annotation, *args]
        nxt = next(
            (c for c in candidates if isinstance(c, type) and issubclass(c, BaseModel)), None
        )
        if nxt is None:
            return []
        model = nxt
    return list(model.model_fields)


def _message(error: Any) -> str:
    loc: tuple[int | str, ...] = tuple(error["loc"])
    kind = error["type"]
    field = next((str(p) for p in reversed(loc) if isinstance(p, str)), "")
    if kind == "extra_forbidden":
        close = difflib.get_close_matches(field, _known_fields(loc), n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        return f"unknown key '{field}'{hint}"
    if kind == "missing":
        return f"missing required key '{field}'"
    text = str(error["msg"]).removeprefix("Value error, ").replace("Input should be", "should be")
    text = re.sub(r"a valid (tuple|list)", "a list", text)
    text = re.sub(r"a valid dictionary( or instance of \w+)?", "a mapping of key: value", text)
    where = f"'{field}': " if field and not field.isdigit() else ""
    return f"{where}{text}"

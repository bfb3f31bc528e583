"""The feeds.yaml configuration: what it holds, loading, and errors that name file and line.

People who configure the feed lists edit this file by hand, so every mistake must come back
as one sentence pointing at the line (`feeds.yaml:12: unknown key 'intervall' (did you mean
'interval'?)`), never as a pydantic dump or a traceback.

The configuration is a tree of frozen dataclasses. A text not read before is checked by the
pydantic models of `ingest.config_schema`; a text read before, and valid then, is rebuilt
from what it gave (`ingest.config_cache`) without importing the parser or pydantic.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

from extract.errors import SitrepError
from ingest import config_cache
from ingest.files import FileRefused, read_limited
from ingest.limits import MAX_ITEMS
from ingest.safe_text import url_problem
from storage.window import Window

MAX_CONFIG_BYTES = 1_000_000
"""The largest feeds.yaml read: real ones are a few kB; a bigger file is a mistake or an attack."""


class ConfigError(SitrepError):
    """A configuration problem, already phrased for the user as `file:line: message`."""

    def __init__(self, message: str, *, path: Path | None = None, line: int | None = None):
        self.message = message
        self.path = path
        self.line = line
        where = f"{path.name if path else 'config'}:{line}: " if line else ""
        if path and not line:
            where = f"{path}: "
        super().__init__(f"{where}{message}")


def url_key(url: str) -> str:
    """How two spellings of one feed URL compare: scheme and host in any case, one slash.

    Scheme and host are case-insensitive (RFC 3986), the path is not: `HTTP://Host/x` is
    `http://host/x`, `http://host/X` is another feed.
    """
    parts = urlsplit(url.strip())
    if not parts.scheme or not parts.netloc:
        return url.strip().rstrip("/")
    userinfo, _, hostport = parts.netloc.rpartition("@")
    netloc = f"{userinfo}@{hostport.lower()}" if userinfo else hostport.lower()
    return urlunsplit(
        parts._replace(scheme=parts.scheme.lower(), netloc=netloc, path=parts.path.rstrip("/"))
    )


def check_feed_url(url: str) -> str:
    """Only http(s) URLs with a host are feeds; anything else is refused at load time.

    So is a URL holding a control, C1 or bidi character: no real address has one, and it is
    how an escape sequence would be smuggled into feeds.yaml and onto every terminal.
    """
    url = url.strip()
    if (problem := url_problem(url)) is not None:
        raise ValueError(f"{url!r} is refused: {problem}")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"{url!r} is not an http(s) URL")
    return url


@dataclass(frozen=True)
class Settings:
    """How polling, the dashboard window and retention behave for every feed."""

    interval: float = 600.0
    """Default time between two polls of one feed (seconds, or 90s, 10m, 2h)."""
    min_interval: float = 60.0
    """No feed is polled more often than this, whatever its ttl or interval says."""
    max_interval: float = 6 * 3600.0
    """A feed's <ttl> or Cache-Control max-age may stretch its interval up to this."""
    window: Window = "24h"
    """The dashboard's default time window, and `--since` when a command is given none: 1h,
    6h, 24h, 7d or all."""
    concurrency: int = 8
    """How many feeds are fetched at once overall (1 to 64)."""
    per_host: int = 2
    """How many feeds of one host are fetched at once (be polite to publishers; 1 to 16)."""
    deadline: float = 30.0
    """Total time allowed for one fetch, connection and whole body included (up to 10m)."""
    max_bytes: int = 10_000_000
    """Largest feed body accepted, after decompression (at least 1024)."""
    max_redirects: int = 5
    """How many redirects a fetch follows before giving up (0 to 20)."""
    max_items: int = MAX_ITEMS
    """Items read from one feed per poll, the newest by date; older ones are skipped (and
    the feed's status says how many), so one huge feed cannot stall a pass."""
    parse_deadline: float = 60.0
    """Time allowed to parse one feed and extract its items; a parse still running after it
    is stopped and the feed marked failed (up to 10m)."""
    alert_window: float = 24 * 3600.0
    """Alerts fire only for items published within this long before they were stored; an
    older item arriving late (a feed added today lists last month's news) is history."""
    retention_days: int = 90
    """Items first stored more than this many days ago are pruned, except those their feed
    still lists, a running event, the audit log or an alert cites; 0 keeps every item."""
    user_agent: str = "sitrep/0.1 (terminal news dashboard)"
    """The User-Agent header sent with every fetch."""
    editor: str | None = None
    """The name desk verification marks are made under (`sitrep verify`), when neither
    --editor nor SITREP_EDITOR gives one; else the login name."""


@dataclass(frozen=True)
class FeedConfig:
    """One feed to poll. Only `url` is required."""

    url: str
    """The feed's address (http or https)."""
    name: str | None = None
    """A short display name; defaults to the feed's own title, else its host."""
    interval: float | None = None
    """Time between polls of this feed; defaults to settings.interval."""
    tags: tuple[str, ...] = ()
    """Desks this feed belongs to (world, middle-east, ...), for `--tag` filters."""
    enabled: bool = True
    """A disabled feed stays in the list but is not polled."""

    @property
    def display_name(self) -> str:
        return self.name or (urlsplit(self.url).hostname or self.url)


ActorKind = Literal["state force", "armed group", "government", "monitor", "agency"]


@dataclass(frozen=True)
class ActorConfig:
    """A user addition to (or override of) the bundled actor dictionary."""

    name: str
    """Canonical name shown on screen; an existing name overrides the bundled entry."""
    kind: ActorKind
    """What sort of actor this is."""
    country: str | None = None
    """English short country name (Syria, Sudan), or none for international actors."""
    aliases: tuple[str, ...] = ()
    """Other spellings and acronyms that name this actor in text."""


AlertKind = Literal["tally_rise", "new_actor", "keyword"]


@dataclass(frozen=True)
class AlertRule:
    """A rule that notifies the desk when something happens."""

    name: str
    """Shown in notifications and the alerts log."""
    when: AlertKind
    """tally_rise: a tally rises by `threshold`; new_actor: an actor first seen in `country`;
    keyword: a new item mentions one of `keywords`."""
    place: str | None = None
    """For tally_rise: the place or country whose tally is watched."""
    actor: str | None = None
    """For tally_rise: the actor whose figures are watched."""
    country: str | None = None
    """For new_actor: the watched country."""
    threshold: int = 1
    """For tally_rise: how many more killed trigger the alert."""
    keywords: tuple[str, ...] = ()
    """For keyword: words or phrases matched case-insensitively in title and summary."""
    command: tuple[str, ...] | None = None
    """A program and its arguments to run when the rule fires; it receives the item as JSON on
    stdin and in SITREP_* environment variables. Never run from a ./feeds.yaml picked up from
    the working folder."""


@dataclass(frozen=True)
class Config:
    """The whole feeds.yaml."""

    settings: Settings = field(default_factory=Settings)
    """How polling and the dashboard behave."""
    feeds: tuple[FeedConfig, ...] = ()
    """The feeds to poll."""
    actors: tuple[ActorConfig, ...] = ()
    """Additions to the bundled actor dictionary."""
    alerts: tuple[AlertRule, ...] = ()
    """Alert rules."""

    def interval_for(self, feed: FeedConfig) -> float:
        """The feed's own interval, else the default, never below min_interval.

        max_interval bounds what publishers' hints and backoff may do, not what the user
        asked for: an interval configured longer than it is kept."""
        return max(self.settings.min_interval, feed.interval or self.settings.interval)

    def tags_by_url(self) -> dict[str, tuple[str, ...]]:
        """Each feed's tags by URL: what a desk (`--tag`) means in the feed list now
        (`storage.api.Archive.tags`)."""
        return {feed.url: feed.tags for feed in self.feeds}


def _from_plain(data: Any) -> Config:
    """The configuration a validated configuration's plain copy (`_plain`) describes; a
    TypeError or ValueError if it describes none."""
    if not isinstance(data, dict):
        raise TypeError("not a mapping")

    def tuples(value: Any) -> Any:
        return tuple(value) if isinstance(value, list) else value

    def build(cls: type[Any], fields_: Any) -> Any:
        if not isinstance(fields_, dict):
            raise TypeError("not a mapping")
        return cls(**{key: tuples(value) for key, value in fields_.items()})

    return Config(
        settings=build(Settings, data.get("settings", {})),
        feeds=tuple(build(FeedConfig, f) for f in data.get("feeds", ())),
        actors=tuple(build(ActorConfig, a) for a in data.get("actors", ())),
        alerts=tuple(build(AlertRule, a) for a in data.get("alerts", ())),
    )


def line_of(data: Any, loc: tuple[int | str, ...]) -> int | None:
    """The 1-based line of the deepest node along a pydantic error location."""
    line: int | None = None
    node = data
    for part in loc:
        lc = getattr(node, "lc", None)
        try:
            if isinstance(part, int) and isinstance(node, list):
                if lc is not None:
                    line = lc.item(part)[0] + 1
                node = node[part]
            elif isinstance(node, dict) and part in node:
                if lc is not None:
                    line = lc.key(part)[0] + 1
                node = node[part]
            else:
                break
        except (KeyError, IndexError, TypeError, AttributeError):
            break
    return line


MAX_NESTING = 64
"""Brackets deeper than this are refused before parsing: a feed list nests three or four
levels, and ruamel's scanner takes quadratic time in the depth of flow collections
("[[[[..." 2,000 deep took 10 s before failing with a RecursionError)."""


def _too_deep(text: str) -> int | None:
    """The line where flow brackets first nest past MAX_NESTING, else None.

    Every bracket counts, in quotes and comments too: the count can only be too high, so
    nothing deeper than the limit ever reaches the parser.
    """
    depth = 0
    for index, char in enumerate(text):
        if char in "[{":
            depth += 1
            if depth > MAX_NESTING:
                return text.count("\n", 0, index) + 1
        elif char in "]}" and depth:
            depth -= 1
    return None


def load_yaml(text: str, path: Path) -> Any:
    """Parse YAML keeping line numbers; a syntax error becomes a ConfigError with its line."""
    # Imported here: a command whose feeds.yaml was read before never needs the parser
    # (`ingest.config_cache`).
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError
    from ruamel.yaml.reader import ReaderError

    if (line := _too_deep(text)) is not None:
        raise ConfigError(
            f"invalid YAML: brackets nested more than {MAX_NESTING} levels deep",
            path=path,
            line=line,
        )
    try:
        return YAML(typ="rt").load(text)
    except RecursionError:
        raise ConfigError("invalid YAML: nested too deeply to read", path=path) from None
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = (exc.problem or exc.context or "invalid YAML").strip()
        raise ConfigError(f"invalid YAML: {problem}", path=path, line=line) from None
    except ReaderError as exc:
        # A control character (a NUL from a binary file, say): ruamel gives its offset.
        line = text.count("\n", 0, exc.position) + 1
        char = f"U+{exc.character:04X}" if isinstance(exc.character, int) else "a character"
        raise ConfigError(
            f"invalid YAML: the control character {char} is not allowed", path=path, line=line
        ) from None
    except YAMLError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else "unreadable"
        raise ConfigError(f"invalid YAML: {first}", path=path) from None


def parse_config(text: str, path: Path) -> Config:
    """Validate feeds.yaml text; raise ConfigError naming the first problem's line."""
    return _parse(text, path)[0]


def _parse(text: str, path: Path) -> tuple[Config, Any]:
    """The configuration, and the YAML data it was validated from."""
    data = load_yaml(text, path)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError("expected a mapping with 'feeds:' at the top level", path=path, line=1)
    from ingest.config_schema import validate

    config = validate(dict(data), path)
    seen: dict[str, int] = {}
    for index, feed in enumerate(config.feeds):
        key = url_key(feed.url)
        if key in seen:
            line = line_of(data, ("feeds", index))
            raise ConfigError(
                f"duplicate feed URL {feed.url} (already listed as feed {seen[key] + 1})",
                path=path,
                line=line,
            )
        seen[key] = index
    return config, data


def read_config_text(path: Path, *, missing_ok: bool = False) -> str:
    """The file's text as written (line endings kept), or a ConfigError saying why not.

    The errors are sentences for whoever edits the file by hand: a file saved as Latin-1
    names the line and the byte that is not UTF-8, a folder is called a folder. Only a
    regular file of at most MAX_CONFIG_BYTES is read (a FIFO, /dev/zero or a 100 MB file
    of comments is refused before reading).
    """
    try:
        data = read_limited(path, MAX_CONFIG_BYTES)
    except FileNotFoundError:
        if missing_ok:
            return ""
        raise ConfigError("no such file", path=path) from None
    except FileRefused as exc:
        raise _whole_file_error(str(exc), path) from None
    except OSError as exc:
        reason = exc.strerror or "unreadable"
        raise ConfigError(f"cannot read the file ({reason})", path=path) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        byte = data[exc.start]
        raise ConfigError(
            f"not UTF-8 text (byte 0x{byte:02x}); save the file as UTF-8", path=path, line=line
        ) from None


def _whole_file_error(sentence: str, path: Path) -> ConfigError:
    """A ConfigError whose message already names the path (no `path:` prefix added)."""
    error = ConfigError(sentence)
    error.path = path
    return error


def key_line(path: Path, loc: tuple[int | str, ...]) -> int | None:
    """The line of a key in a valid feeds.yaml (`("alerts", 2, "place")`), for messages about
    values the schema accepts but another check refuses."""
    try:
        data = load_yaml(read_config_text(path).replace("\r\n", "\n"), path)
    except ConfigError:
        return None
    return line_of(data, loc)


def load_config(path: Path) -> Config:
    """Read and validate a feeds.yaml file; a text read before (and valid then) is not
    parsed again (`ingest.config_cache`)."""
    text = read_config_text(path).replace("\r\n", "\n")
    data = config_cache.lookup(text)
    if data is not None:
        try:
            return _from_plain(data)
        except (TypeError, ValueError):  # not what a valid text gave: parse it, for the line
            pass
    config, _ = _parse(text, path)
    config_cache.remember(
        text, dataclasses.asdict(config), lambda copy: _from_plain(copy) == config
    )
    return config

"""Alert rules from feeds.yaml: notify the desk when a keyword, a new actor or a rising toll
appears in what the poller just stored.

Alerts are for news. The items a feed lists at its first successful poll are history (adding
a feed must not fire for its archive), and so is an item published longer than
`settings.alert_window` before it arrived. History still enters the tallies; a tally_rise
rule moves its baseline by what history added, so that only news can make it fire.

The engine is the poller's commit hook, so it runs only in the process holding the poller
lease and each alert fires once per database however many dashboards are open. A firing is
one `alerts_log` row (dashboards notify from there) written in its own transaction, and
optionally a command (`ingest.alert_commands`), run only from a config the user chose.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from extract.times import iso
from ingest.alert_commands import COMMAND_TIMEOUT, CommandRunner, one_line
from ingest.config import AlertRule, Config
from storage.alerts import (
    actor_mentions,
    alert_item,
    alerted,
    first_successful_fetch,
    get_meta,
    item_texts,
    item_times,
    log_alert,
    mentioned_elsewhere,
    set_meta,
)
from storage.db import Storage

if TYPE_CHECKING:
    from extract.tally import Tally

logger = logging.getLogger(__name__)

DAY = 86400.0
TALLY_WINDOW = DAY
"""tally_rise watches the killed tally over this trailing window."""
ACTOR_QUIET = 30 * DAY
"""An actor unseen for this long counts as new again."""
UNTRUSTED_WARNING = (
    "alert commands are disabled: feeds.yaml was picked up from the working folder; "
    "pass it with --config (or SITREP_CONFIG) to let its alerts run commands"
)


@dataclass(frozen=True, slots=True)
class Firing:
    """One alert about to be logged (and perhaps acted on)."""

    rule: AlertRule
    item_id: int | None
    message: str
    extra: dict[str, Any] = field(default_factory=dict)
    """Added to the command's JSON (tally_rise puts the tally change here)."""
    meta: tuple[str, str] | None = None
    """Rule state committed with the log row, so a crash cannot fire twice or lose a firing."""


def keyword_pattern(keywords: Sequence[str]) -> re.Pattern[str]:
    """Whole words or phrases, any case, any run of whitespace between a phrase's words."""
    phrases = [r"\s+".join(map(re.escape, k.split())) for k in keywords if k.split()]
    return re.compile(r"(?<!\w)(?:" + "|".join(phrases) + r")(?!\w)", re.IGNORECASE)


def safe_link(link: str | None) -> str | None:
    """Only http(s) links are passed on: a `file:` or `javascript:` link is dropped."""
    if link and urlsplit(link).scheme.lower() in ("http", "https"):
        return link
    return None


class AlertEngine:
    """Evaluates the alert rules after each feed's commit (a `CommitHook`).

    Create and call it on the poller's thread: it uses the poller's `Storage`, which belongs
    to that thread. `trusted` says whether the config was chosen by the user
    (`ConfigLocation.trusted`); only then do rules' commands run.
    """

    def __init__(
        self,
        config: Config,
        *,
        trusted: bool,
        clock: Callable[[], float] = time.time,
        run_commands: bool = True,
        command_timeout: float = COMMAND_TIMEOUT,
    ) -> None:
        self.trusted = trusted
        self.clock = clock
        self.run_commands = run_commands
        self.commands = CommandRunner(timeout=command_timeout, clock=clock)
        self.warnings: list[str] = []
        self.rules: tuple[AlertRule, ...] = ()
        self.window = config.settings.alert_window
        self._patterns: dict[str, re.Pattern[str]] = {}
        self.reload(config)

    def reload(self, config: Config) -> None:
        """Adopt a new rule set; tally baselines live in the database and survive this."""
        self.rules = config.alerts
        self.window = config.settings.alert_window
        self._patterns = {
            r.name: keyword_pattern(r.keywords) for r in self.rules if r.when == "keyword"
        }
        commands = any(r.command for r in self.rules)
        if commands and not self.trusted and UNTRUSTED_WARNING not in self.warnings:
            self.warnings.append(UNTRUSTED_WARNING)

    def prime(self, store: Storage) -> None:
        """Record the current tally as the baseline of tally_rise rules that have none.

        Called when polling starts; without it the first commit compares against the tally
        as it stood before that commit's items, which is nearly the same."""
        now = self.clock()
        for rule in self.rules:
            if rule.when == "tally_rise" and _baseline(store, rule) is None:
                killed = self._tally(store, rule, now).killed
                set_meta(store, _meta_key(rule), _state(rule, killed, now))

    def hook(
        self, store: Storage, feed_id: int, new_ids: list[int], changed_ids: list[int]
    ) -> None:
        """Evaluate every rule against a committed batch. Never raises: a broken rule is
        logged and the others still run, because the poller must keep polling."""
        try:
            self.commands.log_late(store)
        except Exception:
            logger.exception("could not log failed alert commands")
        if not self.rules:
            return
        history = self.history(store, feed_id, new_ids, changed_ids)
        new_ids = [i for i in new_ids if i not in history]
        changed_ids = [i for i in changed_ids if i not in history]
        for rule in self.rules:
            try:
                for firing in self._evaluate(rule, store, new_ids, changed_ids, history):
                    self._fire(store, firing)
            except Exception:
                logger.exception("alert rule %r failed", rule.name)

    def history(
        self, store: Storage, feed_id: int, new_ids: list[int], changed_ids: list[int]
    ) -> set[int]:
        """The items of a batch that are not news: stored by the feed's first successful
        poll (a revision of one of them too), or published before the alert window.

        A feed with no successful fetch logged (items stored by other means) has no first
        poll to compare with; its items are judged by the window alone.
        """
        ids = [*new_ids, *changed_ids]
        if not ids:
            return set()
        first = first_successful_fetch(store, feed_id)
        if first is not None and first[0] == 1:
            return set(ids)  # the batch is the first successful poll's: the feed's archive
        first_ok = first[1] if first is not None else None
        oldest = self.clock() - self.window
        revised = set(changed_ids)
        return {
            item_id
            for item_id, (seen, effective) in item_times(store, ids).items()
            if effective < oldest
            or (item_id in revised and first_ok is not None and seen <= first_ok)
        }

    def wait_commands(self, timeout: float | None = None) -> bool:
        """Wait for running commands to end (shutdown, tests); True if none is left."""
        return self.commands.wait(timeout)

    # -- rules ------------------------------------------------------------------------------

    def _evaluate(
        self,
        rule: AlertRule,
        store: Storage,
        new_ids: list[int],
        changed_ids: list[int],
        history: AbstractSet[int],
    ) -> list[Firing]:
        if rule.when == "keyword":
            return self._keyword(rule, store, [*new_ids, *changed_ids])
        if rule.when == "new_actor":
            return self._new_actor(rule, store, new_ids)
        return self._tally_rise(rule, store, new_ids, changed_ids, history)

    def _keyword(self, rule: AlertRule, store: Storage, ids: list[int]) -> list[Firing]:
        """New items, and changed ones whose revision brings the keyword in, once per item."""
        pattern = self._patterns[rule.name]
        return [
            Firing(rule, row["id"], one_line(row["title"]))
            for row in item_texts(store, ids)
            if (pattern.search(row["title"]) or pattern.search(row["summary"]))
            and not alerted(store, rule.name, row["id"])
        ]

    def _new_actor(self, rule: AlertRule, store: Storage, ids: list[int]) -> list[Firing]:
        """Actors of the rule's country (by their own country or a place they are named
        with) that no other item mentioned in the last 30 days; once per actor per batch."""
        if not ids:
            return []
        from extract.tally_filter import canonical_place  # the gazetteer, for this rule only

        # any name of the country the gazetteer knows, as `sitrep check` looks it up
        wanted = (canonical_place(rule.country or "") or rule.country or "").casefold()
        since = self.clock() - ACTOR_QUIET
        seen: set[str] = set()
        firings = []
        for row in actor_mentions(store, ids):
            actor = row["actor"]
            countries = {c.casefold() for c in [row["country"] or "", *row["place_countries"]]}
            if actor in seen or wanted not in countries:
                continue
            seen.add(actor)
            if not mentioned_elsewhere(store, actor, since, ids):
                message = one_line(f"New actor in {rule.country}: {actor} — {row['title']}")
                firings.append(Firing(rule, row["item_id"], message, {"actor": actor}))
        return firings

    def _tally_rise(
        self,
        rule: AlertRule,
        store: Storage,
        new_ids: list[int],
        changed_ids: list[int],
        history: AbstractSet[int] = frozenset(),
    ) -> list[Firing]:
        """Fires when the 24 h killed tally has risen by `threshold` over the baseline.

        The baseline is the tally when the rule last fired, lowered whenever the tally falls
        (figures sliding out of the window), so that only new deaths can make it fire, and
        raised by what history items added (a feed's archive is not a rise)."""
        if not new_ids and not changed_ids and not history:
            return []
        now = self.clock()
        key = _meta_key(rule)
        current = self._tally(store, rule, now)
        stored = _baseline(store, rule)
        lift = 0
        if stored is not None:
            baseline = stored
        else:  # first look at this rule: compare with the tally before this batch
            baseline = self._tally_without(store, rule, now, {*new_ids, *history})
        if history:
            lift = max(0, current.killed - self._tally_without(store, rule, now, history))
            baseline += lift
        rise = current.killed - baseline
        if rise < rule.threshold:
            if stored is None or lift or current.killed < baseline:
                lowest = min(baseline, current.killed)
                set_meta(store, key, _state(rule, lowest, now))
            return []
        batch = set(new_ids) | set(changed_ids)
        counted = [
            t.source.item_id for t in current.figures if t.counted and t.source.item_id in batch
        ]
        item_id = max(counted) if counted else max(batch, default=None)
        label = rule.place or rule.actor
        message = f"{label}: {current.killed} killed in the last 24 h, up {rise} from {baseline}"
        state = _state(rule, current.killed, now, fired=True)
        extra = {
            "tally": {
                "killed": current.killed,
                "previous": baseline,
                "rise": rise,
                "place": rule.place,
                "actor": rule.actor,
            }
        }
        return [Firing(rule, item_id, message, extra, (key, state))]

    def _tally_without(
        self, store: Storage, rule: AlertRule, now: float, ids: AbstractSet[int]
    ) -> int:
        """The rule's killed tally without the figures of the given items."""
        from extract.tally import tally
        from storage.tallies import load_figures

        since = now - TALLY_WINDOW
        figures = load_figures(store, since=since, place=rule.place, actor=rule.actor)
        kept = [f for f in figures if f.item_id not in ids]
        start, end = datetime.fromtimestamp(since, UTC), datetime.fromtimestamp(now, UTC)
        return tally(kept, since=start, now=end).killed

    def _tally(self, store: Storage, rule: AlertRule, now: float) -> Tally:
        from storage.tallies import compute_tally  # only a tally rule needs the tally modules

        return compute_tally(
            store, since=now - TALLY_WINDOW, now=now, place=rule.place, actor=rule.actor
        )

    # -- firing -----------------------------------------------------------------------------

    def _fire(self, store: Storage, firing: Firing) -> None:
        rule = firing.rule
        item = alert_item(store, firing.item_id) if firing.item_id is not None else None
        link = safe_link(item["link"]) if item else None
        now = self.clock()
        with store.transaction():
            log_alert(
                store,
                at=now,
                rule=rule.name,
                item_id=firing.item_id,
                message=firing.message,
                link=link,
            )
            if firing.meta is not None:
                set_meta(store, *firing.meta)
        if rule.command and self.trusted and self.run_commands:
            payload = _payload(rule.name, firing, item, link)
            self.commands.run(store, rule.name, rule.command, firing.item_id, payload)


def _meta_key(rule: AlertRule) -> str:
    return f"alert:{rule.name}"


def _state(rule: AlertRule, killed: int, now: float, *, fired: bool = False) -> str:
    """A tally_rise rule's stored state: its baseline and what it watches."""
    state: dict[str, Any] = {"killed": killed, "at": now, "place": rule.place, "actor": rule.actor}
    if fired:
        state["fired"] = now
    return json.dumps(state)


def _baseline(store: Storage, rule: AlertRule) -> int | None:
    """The stored baseline, or None when there is none or the rule now watches something
    else (a rule renamed in place must not compare one place's toll with another's)."""
    raw = get_meta(store, _meta_key(rule))
    if raw is None:
        return None
    try:
        state = json.loads(raw)
        if (state.get("place"), state.get("actor")) != (rule.place, rule.actor):
            return None
        return int(state["killed"])
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def _payload(
    rule: str, firing: Firing, item: dict[str, Any] | None, link: str | None
) -> dict[str, Any]:
    """The JSON a command reads on stdin: the item and why the rule fired."""
    published = None
    if item is not None:
        when = item["published"] if item["published"] is not None else item["effective"]
        published = iso(when)
    return {
        "id": firing.item_id,
        "rule": rule,
        "title": item["title"] if item else None,
        "link": link,
        "feed": item["feed"] if item else None,
        "published": published,
        "summary": item["summary"] if item else None,
        "killed": item["killed"] if item else 0,
        "injured": item["injured"] if item else 0,
        "message": firing.message,
        **firing.extra,
    }

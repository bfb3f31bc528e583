"""Edit the feed list in feeds.yaml without disturbing what its owner wrote by hand.

People who configure the feed lists annotate feeds.yaml: desk headings, notes on why a feed is
paused, commented-out examples. An edit from the command line or the dashboard must keep all of
that, in its place, so edits go through a ruamel.yaml round trip with the comment-keeping
helpers of ``ingest.yamledit``.

Every edit validates the whole resulting document with ``parse_config`` before anything is
written, and writes atomically (temporary file, fsync, rename), so a crash or an invalid edit
never leaves a half-written or invalid feeds.yaml for the poller's hot reload to pick up.

Every edit also holds an exclusive lock (``flock`` on a sidecar ``.feeds.yaml.lock``) from
reading the file to replacing it, so edits made at once (a script adding twelve feeds in
parallel, the dashboard's feed manager beside the command line) each see the others'
results and none is lost. A file that cannot be written gives a sentence, not a traceback.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from extract.errors import SitrepError
from ingest.clean import clean_line
from ingest.config import (
    Config,
    ConfigError,
    FeedConfig,
    load_yaml,
    parse_config,
    read_config_text,
    url_key,
)
from ingest.yamledit import (
    append_item,
    delete_item,
    delete_key,
    dump_like,
    dumper_like,
    put_before_first,
    put_tail,
    seq_like,
    set_key,
    set_or_delete,
    split_key_comment,
    take_tail,
)
from ingest.yamledit import write_atomic as write_atomic  # the CLI's export writes with it
from storage.window import format_duration

_KEY_ORDER = ("url", "name", "tags", "interval", "enabled")


LOCK_WAIT = 30.0
"""How long an edit waits for another one to finish before giving up."""
T = TypeVar("T")


class FeedListError(SitrepError, ValueError):
    """An edit that cannot be made, phrased as one plain sentence for the user."""


class FeedListWriteError(FeedListError):
    """The edit was valid but the file could not be written (read-only folder, full disk)."""

    exit_code = 1


def _cannot_write(path: Path, exc: OSError) -> FeedListWriteError:
    reason = exc.strerror or str(exc)
    if exc.errno == errno.ENOSPC:
        reason = "the disk is full"
    return FeedListWriteError(f"{path} could not be written ({reason}); nothing was changed")


@contextlib.contextmanager
def locked(path: Path, *, wait: float = LOCK_WAIT) -> Iterator[None]:
    """Hold the edit lock of the feed list at `path` (shared by every symlink to it)."""
    target = Path(os.path.realpath(path))
    lock_path = target.with_name(f".{target.name}.lock")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        raise _cannot_write(path, exc) from None
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise FeedListError(
                        f"{path} is being edited by another sitrep; try again in a moment"
                    ) from None
                time.sleep(0.02)
        yield
    finally:
        os.close(fd)  # releases the lock


def _edit(path: Path, change: Callable[[_Document], T]) -> T:
    """Read, change and save the list under the lock, so that no concurrent edit is lost."""
    with locked(path):
        return change(_Document(path))


class _Document:
    """feeds.yaml loaded for a round trip: the text, the ruamel tree and its valid Config."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            raw = read_config_text(path, missing_ok=True)
        except ConfigError as exc:
            raise FeedListError(str(exc)) from None
        # Parsed with plain newlines; `raw` remembers CRLF endings for writing back.
        self.raw, self.text = raw, raw.replace("\r\n", "\n")
        try:
            self.config = parse_config(self.text, path)
            loaded = load_yaml(self.text, path)
        except ConfigError as exc:
            raise FeedListError(f"{exc} (fix feeds.yaml before editing the list)") from None
        self.data: CommentedMap = loaded if isinstance(loaded, CommentedMap) else CommentedMap()
        self._yaml = dumper_like(self.data, "feeds")
        # A file of nothing but comments loads as None: keep its text above the new list.
        self._prefix = self.text.rstrip() + "\n" if loaded is None and self.text.strip() else ""
        self._tail = ""
        self._lead = ""

    @property
    def feeds(self) -> CommentedSeq:
        """The `feeds:` list, created (empty) when the file has none yet."""
        value = self.data.get("feeds")
        if not isinstance(value, CommentedSeq):
            if "feeds" not in self.data:
                # The comments closing the file stay last: re-attached in save().
                self._tail = take_tail(self.data)
            else:
                self._lead, self._tail = split_key_comment(self.data, "feeds")
            value = CommentedSeq()
            self.data["feeds"] = value
        return value

    def find(self, url_or_name: str) -> int:
        """The index of the feed with this URL, else with this name (case-insensitive).

        A blank argument is refused: a nameless feed's name would otherwise match it.
        """
        wanted = url_or_name.strip()
        if not wanted:
            raise FeedListError("give a feed's URL or name")
        key = url_key(wanted)
        for index, feed in enumerate(self.config.feeds):
            if url_key(feed.url) == key:
                return index
        matches = [
            i for i, f in enumerate(self.config.feeds) if (f.name or "").lower() == wanted.lower()
        ]
        if len(matches) > 1:
            raise FeedListError(f"{len(matches)} feeds are named '{wanted}': give the URL instead")
        if not matches:
            raise FeedListError(f"there is no feed '{wanted}' in {self.path}")
        return matches[0]

    def existing(self, url: str) -> FeedConfig | None:
        key = url_key(url)
        return next((f for f in self.config.feeds if url_key(f.url) == key), None)

    def refuse_taken_name(self, name: str | None, *, but: int | None = None) -> None:
        """Names pick feeds on the command line, so two feeds may not share one (any case)."""
        wanted = clean_line(name, limit=200).lower() if name else ""
        for index, feed in enumerate(self.config.feeds):
            if wanted and index != but and (feed.name or "").lower() == wanted:
                raise FeedListError(f"a feed is already named '{feed.name}'; choose another name")

    def save(self) -> Config:
        """Validate the edited document as a whole, then replace the file atomically."""
        feeds = self.data.get("feeds")
        if self._lead and isinstance(feeds, CommentedSeq) and feeds:
            put_before_first(feeds, self._lead)
        put_tail(self.data, self._tail)
        self._tail = self._lead = ""
        text = dump_like(self._yaml, self.data, self.raw, prefix=self._prefix)
        if self.data.get("feeds") is None and "feeds" in self.data:
            text = text.replace("feeds: []", "feeds:", 1)
        try:
            config = parse_config(text, self.path)
        except ConfigError as exc:
            raise FeedListError(f"the change was not saved: {exc.message}") from None
        try:
            write_atomic(self.path, text)
        except OSError as exc:
            raise _cannot_write(self.path, exc) from None
        return config


def add_feed(
    path: Path,
    url: str,
    *,
    name: str | None = None,
    interval: str | None = None,
    tags: Sequence[str] = (),
    enabled: bool = True,
) -> FeedConfig:
    """Append a feed to the list, formatted like the entries already there."""
    url = url.strip()
    if not url:
        raise FeedListError("give the feed's URL")

    def change(doc: _Document) -> FeedConfig:
        if (found := doc.existing(url)) is not None:
            raise FeedListError(f"{url} is already in the list as '{found.display_name}'")
        doc.refuse_taken_name(name)
        feeds = doc.feeds
        entry = _new_entry(feeds, url, name=name, interval=interval, tags=tags, enabled=enabled)
        append_item(feeds, entry)
        return doc.save().feeds[-1]

    return _edit(path, change)


def import_feeds(path: Path, feeds: Sequence[FeedConfig]) -> tuple[list[FeedConfig], list[str]]:
    """Add many feeds in one write; those already listed are skipped with the reason."""

    def change(doc: _Document) -> tuple[list[FeedConfig], list[str]]:
        added: list[FeedConfig] = []
        skipped: list[str] = []
        seen = {url_key(f.url): f.display_name for f in doc.config.feeds}
        seq = doc.feeds
        for feed in feeds:
            key = url_key(feed.url)
            if key in seen:
                skipped.append(f"{feed.url} is already in the list as '{seen[key]}'")
                continue
            interval = None if feed.interval is None else format_duration(feed.interval)
            entry = _new_entry(
                seq,
                feed.url,
                name=feed.name,
                interval=interval,
                tags=feed.tags,
                enabled=feed.enabled,
            )
            append_item(seq, entry)
            seen[key] = feed.display_name
            added.append(feed)
        if added:
            config = doc.save()
            by_url = {f.url: f for f in config.feeds}
            added = [by_url[f.url] for f in added]
        return added, skipped

    return _edit(path, change)


def written_intervals(path: Path) -> dict[str, str]:
    """Each feed's interval as written in the file (`10m`, `90s`, `600`), by URL key: what
    an edit form shows, so that saving an untouched form changes nothing."""
    try:
        doc = _Document(path)
    except FeedListError:
        return {}
    found: dict[str, str] = {}
    for feed, entry in zip(doc.config.feeds, doc.data.get("feeds") or [], strict=False):
        if isinstance(entry, CommentedMap) and entry.get("interval") is not None:
            found[url_key(feed.url)] = str(entry["interval"])
    return found


def find_feed(path: Path, url_or_name: str) -> FeedConfig:
    """The listed feed with this URL (a trailing slash aside), else this name (any case)."""
    doc = _Document(path)
    return doc.config.feeds[doc.find(url_or_name)]


@dataclass(frozen=True, slots=True)
class RemovedFeed:
    """A feed taken out of the list, kept so that it can be put back as it was written."""

    feed: FeedConfig
    index: int
    """Its place in the list."""
    entry: dict[str, Any]
    """Its keys and values as written (`interval: 10m` stays `10m`)."""

    def add_command(self) -> str:
        """The `sitrep feeds add` line that puts it back (for the command line's output)."""
        import shlex

        words = ["sitrep", "feeds", "add", self.feed.url]
        for key in ("name", "interval"):
            if self.entry.get(key) is not None:
                words += [f"--{key}", str(self.entry[key])]
        if self.feed.tags:
            words += ["--tags", ",".join(self.feed.tags)]
        words.append("--no-check")
        return shlex.join(words)


def take_feed(path: Path, url_or_name: str) -> RemovedFeed:
    """Remove one feed and return it as written; the comments around it (a desk heading,
    say) stay in the file. `restore_feed` puts it back."""

    def change(doc: _Document) -> RemovedFeed:
        index = doc.find(url_or_name)
        removed = doc.config.feeds[index]
        entry = _plain(doc.feeds[index])
        delete_item(doc.data, "feeds", index)
        doc.save()
        return RemovedFeed(removed, index, entry)

    return _edit(path, change)


def remove_feed(path: Path, url_or_name: str) -> FeedConfig:
    """Remove one feed; the comments around it (a desk heading, say) stay in the file."""
    return take_feed(path, url_or_name).feed


def restore_feed(path: Path, removed: RemovedFeed) -> FeedConfig:
    """Put a removed feed back where it was (or last, if the list is shorter now), with its
    keys as they were written. Refused when its URL or name has been taken meanwhile."""

    def change(doc: _Document) -> FeedConfig:
        url = removed.feed.url
        if (found := doc.existing(url)) is not None:
            raise FeedListError(f"{url} is already in the list as '{found.display_name}'")
        doc.refuse_taken_name(removed.feed.name)
        feeds = doc.feeds
        entry = CommentedMap()
        for key, value in removed.entry.items():
            entry[key] = seq_like(feeds, "tags", value) if key == "tags" else value
        index = min(removed.index, len(feeds))
        if index == len(feeds):
            append_item(feeds, entry)
        else:
            feeds.insert(index, entry)
        return doc.save().feeds[index]

    return _edit(path, change)


def _plain(entry: Any) -> dict[str, Any]:
    """A feed's mapping as plain values, in its key order."""
    if not isinstance(entry, CommentedMap):
        return {"url": str(entry)}
    return {
        str(key): [str(v) for v in value] if isinstance(value, list) else value
        for key, value in entry.items()
    }


def set_enabled(path: Path, url_or_name: str, enabled: bool) -> FeedConfig:
    """Pause or resume a feed. Enabled is the default, so enabling drops `enabled: false`."""

    def change(doc: _Document) -> FeedConfig:
        index = doc.find(url_or_name)
        if doc.config.feeds[index].enabled == enabled:
            return doc.config.feeds[index]
        entry = doc.feeds[index]
        if enabled:
            delete_key(entry, "enabled")
        else:
            set_key(entry, "enabled", False)
        return doc.save().feeds[index]

    return _edit(path, change)


def update_feed(
    path: Path,
    url_or_name: str,
    *,
    url: str | None = None,
    name: str | None = None,
    interval: str | None = None,
    tags: Sequence[str] | None = None,
) -> FeedConfig:
    """Change some fields of one feed; an empty name, interval or tag list removes the key."""

    def change(doc: _Document) -> FeedConfig:
        index = doc.find(url_or_name)
        entry = doc.feeds[index]
        if url is not None and url_key(url) != url_key(doc.config.feeds[index].url):
            if (found := doc.existing(url)) is not None:
                raise FeedListError(
                    f"{url.strip()} is already in the list as '{found.display_name}'"
                )
            set_key(entry, "url", url.strip())
        if name is not None:
            doc.refuse_taken_name(name, but=index)
            set_or_delete(entry, "name", clean_line(name, limit=200) or None)
        if interval is not None and str(entry.get("interval", "")) != interval.strip():
            # only a changed interval is written: `10m` is never rewritten as `600s`
            set_or_delete(entry, "interval", _interval_value(interval))
        if tags is not None:
            set_or_delete(entry, "tags", _tag_seq(doc.feeds, tags))
        return doc.save().feeds[index]

    return _edit(path, change)


# --- building entries ------------------------------------------------------------------------


def _new_entry(
    feeds: CommentedSeq,
    url: str,
    *,
    name: str | None,
    interval: str | None,
    tags: Sequence[str],
    enabled: bool,
) -> CommentedMap:
    values: dict[str, Any] = {
        "url": url,
        "name": (clean_line(name, limit=200) or None) if name else None,
        "tags": _tag_seq(feeds, tags),
        "interval": _interval_value(interval) if interval else None,
        "enabled": None if enabled else False,
    }
    entry = CommentedMap()
    for key in _KEY_ORDER:
        if values[key] is not None:
            entry[key] = values[key]
    return entry


def _interval_value(interval: str) -> str | int | None:
    text = interval.strip()
    return int(text) if text.isdigit() else (text or None)


def _tag_seq(feeds: CommentedSeq, tags: Sequence[str]) -> CommentedSeq | None:
    """Tags as a YAML list, in flow style (`[a, b]`) unless the file lists tags as blocks."""
    clean: list[str] = []
    for tag in tags:
        for part in tag.split(","):
            word = clean_line(part, limit=100)
            if word and word not in clean:
                clean.append(word)
    return seq_like(feeds, "tags", clean) if clean else None

"""Edit the feed list in feeds.yaml without disturbing what its owner wrote by hand.

People who configure the feed lists annotate feeds.yaml: desk headings, notes on why a feed is
paused, commented-out examples. An edit from the command line or the dashboard must keep all of
that, in its place, so edits go through a ruamel.yaml round trip. ruamel attaches a comment to
the node before it, so the comments after the last feed (or after an entry's last key) travel
with that node; adding or removing at the end of a collection would carry them off. The
``_take_tail`` / ``_put_tail`` pair moves such a trailing block to the new last node.

Every edit validates the whole resulting document with ``parse_config`` before anything is
written, and writes atomically (temporary file, fsync, rename), so a crash or an invalid edit
never leaves a half-written or invalid feeds.yaml for the poller's hot reload to pick up.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.tokens import CommentToken

from ingest.clean import clean_line
from ingest.config import Config, ConfigError, FeedConfig, load_yaml, parse_config

_NEW_FILE_MODE = 0o644
_KEY_ORDER = ("url", "name", "tags", "interval", "enabled")


class FeedListError(ValueError):
    """An edit that cannot be made, phrased as one plain sentence for the user."""


class _Document:
    """feeds.yaml loaded for a round trip: the text, the ruamel tree and its valid Config."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            self.text = ""
        except (OSError, UnicodeDecodeError) as exc:
            raise FeedListError(f"{path} cannot be read ({exc.__class__.__name__})") from None
        try:
            self.config = parse_config(self.text, path)
            loaded = load_yaml(self.text, path)
        except ConfigError as exc:
            raise FeedListError(f"{exc} (fix feeds.yaml before editing the list)") from None
        self.data: CommentedMap = loaded if isinstance(loaded, CommentedMap) else CommentedMap()
        self._yaml = _yaml_like(self.data)
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
                self._tail = _take_tail(self.data)
            else:
                self._lead, self._tail = _split_key_comment(self.data, "feeds")
            value = CommentedSeq()
            self.data["feeds"] = value
        return value

    def find(self, url_or_name: str) -> int:
        """The index of the feed with this URL, else with this name (case-insensitive)."""
        wanted = url_or_name.strip()
        for index, feed in enumerate(self.config.feeds):
            if feed.url.rstrip("/") == wanted.rstrip("/"):
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
        key = url.strip().rstrip("/")
        return next((f for f in self.config.feeds if f.url.rstrip("/") == key), None)

    def save(self) -> Config:
        """Validate the edited document as a whole, then replace the file atomically."""
        feeds = self.data.get("feeds")
        if self._lead and isinstance(feeds, CommentedSeq) and feeds:
            entry = feeds.ca.items.setdefault(0, [None, None, None, None])
            entry[1] = _pre_tokens(self._lead) + list(entry[1] or [])
        _put_tail(self.data, self._tail)
        self._tail = self._lead = ""
        buffer = io.StringIO()
        self._yaml.dump(self.data, buffer)
        text = self._prefix + buffer.getvalue()
        if self.data.get("feeds") is None and "feeds" in self.data:
            text = text.replace("feeds: []", "feeds:", 1)
        if self.text and not self.text.endswith("\n"):
            text = text.rstrip("\n")
        if "\r\n" in self.text:
            text = text.replace("\n", "\r\n")
        try:
            config = parse_config(text, self.path)
        except ConfigError as exc:
            raise FeedListError(f"the change was not saved: {exc.message}") from None
        write_atomic(self.path, text)
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
    doc = _Document(path)
    url = url.strip()
    if (found := doc.existing(url)) is not None:
        raise FeedListError(f"{url} is already in the list as '{found.display_name}'")
    feeds = doc.feeds
    entry = _new_entry(feeds, url, name=name, interval=interval, tags=tags, enabled=enabled)
    _append(feeds, entry)
    config = doc.save()
    return config.feeds[-1]


def import_feeds(path: Path, feeds: Sequence[FeedConfig]) -> tuple[list[FeedConfig], list[str]]:
    """Add many feeds in one write; those already listed are skipped with the reason."""
    doc = _Document(path)
    added: list[FeedConfig] = []
    skipped: list[str] = []
    seen = {f.url.rstrip("/"): f.display_name for f in doc.config.feeds}
    seq = doc.feeds
    for feed in feeds:
        key = feed.url.rstrip("/")
        if key in seen:
            skipped.append(f"{feed.url} is already in the list as '{seen[key]}'")
            continue
        interval = None if feed.interval is None else f"{feed.interval:g}s"
        entry = _new_entry(
            seq, feed.url, name=feed.name, interval=interval, tags=feed.tags, enabled=feed.enabled
        )
        _append(seq, entry)
        seen[key] = feed.display_name
        added.append(feed)
    if added:
        config = doc.save()
        by_url = {f.url: f for f in config.feeds}
        added = [by_url[f.url] for f in added]
    return added, skipped


def find_feed(path: Path, url_or_name: str) -> FeedConfig:
    """The listed feed with this URL (a trailing slash aside), else this name (any case)."""
    doc = _Document(path)
    return doc.config.feeds[doc.find(url_or_name)]


def remove_feed(path: Path, url_or_name: str) -> FeedConfig:
    """Remove one feed; the comments around it (a desk heading, say) stay in the file."""
    doc = _Document(path)
    index = doc.find(url_or_name)
    removed = doc.config.feeds[index]
    _delete_item(doc.data, doc.feeds, index)
    doc.save()
    return removed


def set_enabled(path: Path, url_or_name: str, enabled: bool) -> FeedConfig:
    """Pause or resume a feed. Enabled is the default, so enabling drops `enabled: false`."""
    doc = _Document(path)
    index = doc.find(url_or_name)
    if doc.config.feeds[index].enabled == enabled:
        return doc.config.feeds[index]
    entry = doc.feeds[index]
    if enabled:
        _delete_key(entry, "enabled")
    else:
        _set_key(entry, "enabled", False)
    return doc.save().feeds[index]


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
    doc = _Document(path)
    index = doc.find(url_or_name)
    entry = doc.feeds[index]
    if url is not None and url.strip().rstrip("/") != doc.config.feeds[index].url.rstrip("/"):
        if (found := doc.existing(url)) is not None:
            raise FeedListError(f"{url.strip()} is already in the list as '{found.display_name}'")
        _set_key(entry, "url", url.strip())
    if name is not None:
        _set_or_delete(entry, "name", clean_line(name, limit=200) or None)
    if interval is not None:
        _set_or_delete(entry, "interval", _interval_value(interval))
    if tags is not None:
        _set_or_delete(entry, "tags", _tag_seq(doc.feeds, tags))
    return doc.save().feeds[index]


def write_atomic(path: Path, text: str) -> None:
    """Replace `path` with `text` so that readers see the old or the new file, never a mix.

    The temporary file lives in the target's own directory (a rename is atomic only within
    one file system) and is fsynced before the rename. A symlink is written through, so the
    link stays a link; the file's permission bits are kept.
    """
    target = Path(os.path.realpath(path))
    try:
        mode = target.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = _NEW_FILE_MODE
        target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.chmod(mode)
        tmp.replace(target)  # os.replace: atomic within one file system
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


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
        "name": clean_line(name, limit=200) if name else None,
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
    if not clean:
        return None
    seq = CommentedSeq(clean)
    existing = [e["tags"] for e in feeds if isinstance(e, CommentedMap) and e.get("tags")]
    if existing and isinstance(existing[-1], CommentedSeq) and not existing[-1].fa.flow_style():
        seq.fa.set_block_style()
    else:
        seq.fa.set_flow_style()
    return seq


def _yaml_like(data: CommentedMap) -> YAML:
    """A round-trip dumper using the indentation the file already has."""
    yaml = YAML(typ="rt")
    yaml.width = 4096
    yaml.preserve_quotes = True
    mapping, sequence, offset = 2, 4, 2
    feeds = data.get("feeds")
    if isinstance(feeds, CommentedSeq) and feeds and isinstance(feeds[0], CommentedMap):
        key_col = data.lc.key("feeds")[1]
        sequence = feeds[0].lc.col - key_col
        offset = feeds.lc.col - key_col
    for value in data.values():
        if isinstance(value, CommentedMap) and value and not value.fa.flow_style():
            mapping = value.lc.col - data.lc.col
            break
    yaml.indent(mapping=max(mapping, 1), sequence=max(sequence, 2), offset=max(offset, 0))
    return yaml


# --- moving comments along with edits --------------------------------------------------------


def _is_block(node: Any) -> bool:
    return (
        isinstance(node, CommentedMap | CommentedSeq) and len(node) > 0 and not node.fa.flow_style()
    )


def _slots(node: Any) -> list[tuple[Any, Any, int]]:
    """Where a comment following `node`'s last line can be attached, deepest first."""
    found: list[tuple[Any, Any, int]] = []
    while _is_block(node):
        if isinstance(node, CommentedMap):
            key: Any = list(node.keys())[-1]
            found.append((node, key, 2))
        else:
            key = len(node) - 1
            found.append((node, key, 0))
        node = node[key]
    return found[::-1]


def _take_tail(node: Any) -> str:
    """Detach the comment lines after `node`'s last line (its end-of-line comment stays)."""
    for parent, key, pos in _slots(node):
        entry = parent.ca.items.get(key)
        if not entry or entry[pos] is None:
            continue
        token = entry[pos]
        head, newline, rest = token.value.partition("\n")
        if head:
            token.value = head + newline
        else:
            entry[pos] = None
            value = parent[key]
            # ruamel also hangs the comment on a flow collection ([a, b]) it follows.
            flow_comment = getattr(getattr(value, "ca", None), "comment", None)
            if flow_comment and flow_comment[0] is token:
                value.ca.comment = None
            if not any(entry):
                del parent.ca.items[key]
        return str(rest)
    return ""


def _put_tail(node: Any, rest: str) -> None:
    """Attach comment lines after `node`'s last line."""
    if not rest:
        return
    slots = _slots(node)
    if not slots:
        return
    parent, key, pos = slots[0]
    entry = parent.ca.items.setdefault(key, [None, None, None, None])
    if entry[pos] is not None:
        entry[pos].value += rest
    else:
        entry[pos] = CommentToken("\n" + rest, CommentMark(0), None)


def _split_key_comment(data: CommentedMap, key: str) -> tuple[str, str]:
    """Detach the comment lines under an empty `key:`: indented ones (headings inside the
    list-to-be) and the rest (comments closing the file)."""
    slot = data.ca.items.get(key)
    token = slot[2] if slot and len(slot) > 2 else None
    if token is None:
        # The last key's comments may instead close the document (ca.end), one token a line.
        ends = list(data.ca.end or []) if list(data.keys())[-1] == key else []
        cut = next((i for i, t in enumerate(ends) if t.column == 0), len(ends))
        if cut:
            data.ca.end = ends[cut:]
        return _token_text(ends[:cut]), ""
    head, newline, rest = token.value.partition("\n")
    if head:
        token.value = head + newline
    else:
        slot[2] = None
    lines = rest.splitlines(keepends=True)
    cut = next((i for i, line in enumerate(lines) if line.startswith("#")), len(lines))
    return "".join(lines[:cut]), "".join(lines[cut:])


def _pre_text(seq: CommentedSeq, index: int) -> str:
    """The comment lines just before item `index` of `seq`, as text."""
    entry = seq.ca.items.get(index)
    return _token_text(entry[1] if entry and len(entry) > 1 and entry[1] else [])


def _token_text(tokens: Sequence[CommentToken]) -> str:
    """Comment tokens back to the lines they came from (a token's value lacks its indent)."""
    return "".join(
        (" " * t.column + t.value) if t.value.lstrip().startswith("#") else t.value for t in tokens
    )


def _pre_tokens(text: str) -> list[CommentToken]:
    tokens = []
    for line in text.splitlines():
        indent = len(line) - len(line.lstrip())
        tokens.append(CommentToken(line.strip() + "\n", CommentMark(indent if line else 0), None))
    return tokens


def _append(seq: CommentedSeq, entry: CommentedMap) -> None:
    rest = _take_tail(seq)
    seq.append(entry)
    _put_tail(seq, rest)


def _delete_item(data: CommentedMap, seq: CommentedSeq, index: int) -> None:
    """Delete one list item, keeping the comments before and after it."""
    moved = _pre_text(seq, index) + _take_tail(seq[index])
    del seq[index]
    if not moved:
        pass
    elif index > 0:
        _put_tail(seq[index - 1], moved)
    elif seq:
        entry = seq.ca.items.setdefault(0, [None, None, None, None])
        entry[1] = _pre_tokens(moved) + list(entry[1] or [])
    if not seq:
        heading = seq.ca.comment[1] if seq.ca.comment and len(seq.ca.comment) > 1 else None
        ends = _token_text(heading or []) + moved + _token_text(seq.ca.end or [])
        data["feeds"] = None
        slot = data.ca.items.setdefault("feeds", [None, None, None, None])
        slot[3] = None
        if ends:
            slot[2] = CommentToken("\n" + ends, CommentMark(0), None)


def _set_key(entry: CommentedMap, key: str, value: Any) -> None:
    if key in entry:
        old = entry[key]
        if isinstance(old, CommentedSeq) and isinstance(value, CommentedSeq):
            old[:] = list(value)
        else:
            entry[key] = value
        return
    rest = _take_tail(entry)
    entry[key] = value
    _put_tail(entry, rest)


def _delete_key(entry: CommentedMap, key: str) -> None:
    if key not in entry:
        return
    keys = list(entry.keys())
    if keys[-1] == key:
        rest = _take_tail(entry)
        del entry[key]
        _put_tail(entry, rest)
        return
    slot = entry.ca.items.get(key)
    token = slot[2] if slot and len(slot) > 2 else None
    rest = token.value.partition("\n")[2] if token is not None else ""
    del entry[key]
    entry.ca.items.pop(key, None)
    previous = keys[keys.index(key) - 1]
    _put_after(entry, previous, rest)


def _put_after(entry: CommentedMap, key: str, rest: str) -> None:
    """Attach comment lines after the value of `entry[key]`."""
    if not rest:
        return
    if _is_block(entry[key]):
        _put_tail(entry[key], rest)
        return
    slot = entry.ca.items.setdefault(key, [None, None, None, None])
    if slot[2] is not None:
        slot[2].value += rest
    else:
        slot[2] = CommentToken("\n" + rest, CommentMark(0), None)


def _set_or_delete(entry: CommentedMap, key: str, value: Any) -> None:
    if value is None:
        _delete_key(entry, key)
    else:
        _set_key(entry, key, value)

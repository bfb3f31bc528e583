"""Edit a YAML document in a ruamel.yaml round trip without disturbing what a person wrote.

ruamel keeps comments, quoting and layout, but attaches a comment to the node *before* it:
the comment lines after the last item of a list (or the last key of an entry) travel with
that node. Adding or removing at the end of a collection would carry them off or lose them,
so the editing helpers here move such a trailing block to the node that is last afterwards
(``take_tail`` / ``put_tail``), and move the comments of a deleted item to its neighbours.
New nodes are formatted like their siblings (indentation, flow or block lists), and the
result is written atomically, keeping the file's permissions and a symlink as a symlink.
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

NEW_FILE_MODE = 0o644


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
        mode = NEW_FILE_MODE
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


def dumper_like(data: CommentedMap, list_key: str) -> YAML:
    """A round-trip dumper using the indentation the file already has.

    The list under `list_key` (a list of mappings) sets the sequence indent and dash offset;
    the first block mapping at the top level sets the mapping indent.
    """
    yaml = YAML(typ="rt")
    yaml.width = 4096
    yaml.preserve_quotes = True
    mapping, sequence, offset = 2, 4, 2
    items = data.get(list_key)
    if isinstance(items, CommentedSeq) and items and isinstance(items[0], CommentedMap):
        key_col = data.lc.key(list_key)[1]
        sequence = items[0].lc.col - key_col
        offset = items.lc.col - key_col
    for value in data.values():
        if isinstance(value, CommentedMap) and value and not value.fa.flow_style():
            mapping = value.lc.col - data.lc.col
            break
    yaml.indent(mapping=max(mapping, 1), sequence=max(sequence, 2), offset=max(offset, 0))
    return yaml


def dump_like(yaml: YAML, data: Any, original: str, *, prefix: str = "") -> str:
    """`prefix` and then `data` dumped, with the line endings of `original`: CRLF kept, a
    missing final newline not added."""
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    text = prefix + buffer.getvalue()
    if original and not original.endswith("\n"):
        text = text.rstrip("\n")
    if "\r\n" in original:
        text = text.replace("\n", "\r\n")
    return text


def seq_like(siblings: Sequence[Any], key: str, values: Sequence[str]) -> CommentedSeq:
    """A list for `key` of a new entry, in flow style (`[a, b]`) unless the last sibling
    entry that has one writes it as a block."""
    seq = CommentedSeq(values)
    existing = [e[key] for e in siblings if isinstance(e, CommentedMap) and e.get(key)]
    if existing and isinstance(existing[-1], CommentedSeq) and not existing[-1].fa.flow_style():
        seq.fa.set_block_style()
    else:
        seq.fa.set_flow_style()
    return seq


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


def take_tail(node: Any) -> str:
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


def put_tail(node: Any, rest: str) -> None:
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


def split_key_comment(data: CommentedMap, key: str) -> tuple[str, str]:
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


def put_before_first(seq: CommentedSeq, text: str) -> None:
    """Attach comment lines (as written, indent included) before the first item of `seq`."""
    entry = seq.ca.items.setdefault(0, [None, None, None, None])
    entry[1] = _pre_tokens(text) + list(entry[1] or [])


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


# --- edits that keep comments in place -------------------------------------------------------


def append_item(seq: CommentedSeq, entry: Any) -> None:
    """Append to `seq`; the comments that closed it still close it."""
    rest = take_tail(seq)
    seq.append(entry)
    put_tail(seq, rest)


def delete_item(data: CommentedMap, key: str, index: int) -> None:
    """Delete item `index` of the list `data[key]`, keeping the comments before and after it.

    An emptied list becomes an empty `key:` with the comments it held under it.
    """
    seq: CommentedSeq = data[key]
    moved = _pre_text(seq, index) + take_tail(seq[index])
    del seq[index]
    if not moved:
        pass
    elif index > 0:
        put_tail(seq[index - 1], moved)
    elif seq:
        put_before_first(seq, moved)
    if not seq:
        heading = seq.ca.comment[1] if seq.ca.comment and len(seq.ca.comment) > 1 else None
        ends = _token_text(heading or []) + moved + _token_text(seq.ca.end or [])
        data[key] = None
        slot = data.ca.items.setdefault(key, [None, None, None, None])
        slot[3] = None
        if ends:
            slot[2] = CommentToken("\n" + ends, CommentMark(0), None)


def set_key(entry: CommentedMap, key: str, value: Any) -> None:
    """Set `entry[key]`: a list is changed in place (keeping its style), a new key goes last
    without carrying off the comments after the entry."""
    if key in entry:
        old = entry[key]
        if isinstance(old, CommentedSeq) and isinstance(value, CommentedSeq):
            old[:] = list(value)
        else:
            entry[key] = value
        return
    rest = take_tail(entry)
    entry[key] = value
    put_tail(entry, rest)


def delete_key(entry: CommentedMap, key: str) -> None:
    """Delete `entry[key]` with its end-of-line comment; the lines after it stay."""
    if key not in entry:
        return
    keys = list(entry.keys())
    if keys[-1] == key:
        rest = take_tail(entry)
        del entry[key]
        put_tail(entry, rest)
        return
    slot = entry.ca.items.get(key)
    token = slot[2] if slot and len(slot) > 2 else None
    rest = token.value.partition("\n")[2] if token is not None else ""
    del entry[key]
    entry.ca.items.pop(key, None)
    previous = keys[keys.index(key) - 1]
    _put_after(entry, previous, rest)


def set_or_delete(entry: CommentedMap, key: str, value: Any) -> None:
    """`set_key`, or `delete_key` when `value` is None."""
    if value is None:
        delete_key(entry, key)
    else:
        set_key(entry, key, value)


def _put_after(entry: CommentedMap, key: str, rest: str) -> None:
    """Attach comment lines after the value of `entry[key]`."""
    if not rest:
        return
    if _is_block(entry[key]):
        put_tail(entry[key], rest)
        return
    slot = entry.ca.items.setdefault(key, [None, None, None, None])
    if slot[2] is not None:
        slot[2].value += rest
    else:
        slot[2] = CommentToken("\n" + rest, CommentMark(0), None)

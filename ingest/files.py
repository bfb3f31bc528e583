"""Read a file the user named only when it is what it claims to be: a regular file of sane size.

`--config` and `feeds import` take any path. A FIFO blocks a plain open forever, /dev/zero
never ends, and a 100 MB file of comments keeps a YAML parser busy for minutes. So the file
is opened without blocking, checked with fstat on the descriptor that will be read (no gap
for a swap between the check and the read), and read no further than its limit.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from extract.errors import SitrepError

_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


class FileRefused(SitrepError):
    """A file that is not read, with the reason as one sentence naming the path."""


def describe_bytes(n: int) -> str:
    """1000000 -> "1 MB" (the units people use for files)."""
    if n >= 1_000_000:
        return f"{n / 1_000_000:.3g} MB"
    if n >= 1_000:
        return f"{n / 1_000:.3g} kB"
    return f"{n} bytes"


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of `path`, refused (FileRefused) unless it is a regular file of at most
    `limit` bytes. OSError (missing file, permission) passes through for the caller to word."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except IsADirectoryError:
        raise FileRefused(f"{path} is a folder, not a file") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise FileRefused(f"{path} is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            kind = next((name for test, name in _KINDS if test(info.st_mode)), "not a file")
            raise FileRefused(f"{path} is {kind}, not a regular file; it was not read")
        if info.st_size > limit:
            raise FileRefused(
                f"{path} is larger than {describe_bytes(limit)} ({info.st_size:,} bytes); "
                "it was not read"
            )
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 16, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:  # it grew after fstat
            raise FileRefused(f"{path} is larger than {describe_bytes(limit)}; it was not read")
        return b"".join(chunks)
    finally:
        os.close(fd)

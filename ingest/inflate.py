"""Decompress a response body under a hard bound on what it may expand into.

httpx's own decoders decompress each network chunk in one go: a 64 kB chunk of a gzip bomb
becomes 64 MB in memory before anyone can count it. ``Inflater`` instead hands zlib the
caller's remaining room as ``max_length`` on every step, so the decompressed size is checked
as it grows and a bomb is refused after at most one byte past the limit.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator

SUPPORTED = ("gzip", "x-gzip", "deflate")
"""The codings we advertise in Accept-Encoding and can decompress under a cap."""


class UnsupportedEncoding(ValueError):
    """A Content-Encoding we did not ask for and cannot decompress under a cap."""


class Inflater:
    """Incremental gzip/deflate decompression with a bound on the output of each step.

    zlib's ``max_length`` stops at the caller's remaining room and keeps the unconsumed input
    for later. Bodies labelled gzip/deflate that are not compressed at all (a common server
    mistake) are passed through, as browsers and feedparser do; "deflate" bodies without the
    zlib header (raw deflate, another common mistake) are decompressed too.
    """

    def __init__(self, content_encoding: str) -> None:
        codings = [c.strip().lower() for c in content_encoding.split(",") if c.strip()]
        codings = [c for c in codings if c != "identity"]
        if len(codings) > 1 or (codings and codings[0] not in SUPPORTED):
            raise UnsupportedEncoding(content_encoding)
        self._coding = codings[0] if codings else "identity"
        self._zlib: zlib._Decompress | None = None
        if self._coding != "identity":
            wbits = zlib.MAX_WBITS | 16 if "gzip" in self._coding else zlib.MAX_WBITS
            self._zlib = zlib.decompressobj(wbits)
        self._started = False
        self._raw_tried = False

    def feed(self, data: bytes, *, room: int) -> Iterator[bytes]:
        """Yield decompressed pieces of ``data``, stopping once ``room`` bytes were yielded."""
        if self._zlib is None:
            yield data[:room]
            return
        try:
            pending = data
            while pending and room > 0 and not self._zlib.eof:
                out = self._zlib.decompress(pending, room)
                self._started = self._started or bool(out)
                room -= len(out)
                pending = self._zlib.unconsumed_tail
                yield out
        except zlib.error:
            if self._started:
                raise
            yield from self._fallback(data, room)

    def _fallback(self, data: bytes, room: int) -> Iterator[bytes]:
        """Raw deflate without a zlib header, or an uncompressed body despite the label."""
        if self._coding == "deflate" and not self._raw_tried:
            self._raw_tried = True
            self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
            yield from self.feed(data, room=room)
            return
        if data.lstrip()[:1] in (b"<", b"\xef"):
            self._zlib = None
            yield data[:room]
            return
        raise zlib.error("the response could not be decompressed")

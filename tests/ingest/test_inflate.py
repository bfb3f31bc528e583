"""Inflater on its own: exact output, a hard bound per step, and the servers' usual mistakes."""

from __future__ import annotations

import gzip
import zlib

import pytest

from ingest.inflate import Inflater, UnsupportedEncoding

BODY = b'<?xml version="1.0"?><rss><channel><title>Desk</title></channel></rss>\n' * 200


def inflate(inflater: Inflater, chunks: list[bytes], room: int) -> bytes:
    """Feed chunks the way fetch does: each step gets what is left of the room."""
    out = bytearray()
    for chunk in chunks:
        for piece in inflater.feed(chunk, room=room - len(out)):
            out += piece
    return bytes(out)


def split(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


@pytest.mark.parametrize("coding", ["gzip", "x-gzip", "GZip", "identity, gzip", "gzip, identity"])
def test_gzip_in_small_chunks_comes_back_whole(coding: str) -> None:
    assert inflate(Inflater(coding), split(gzip.compress(BODY), 7), 10**6) == BODY


def test_deflate_with_and_without_the_zlib_header() -> None:
    raw = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    headerless = raw.compress(BODY) + raw.flush()
    assert inflate(Inflater("deflate"), split(zlib.compress(BODY), 50), 10**6) == BODY
    assert inflate(Inflater("deflate"), split(headerless, 50), 10**6) == BODY


@pytest.mark.parametrize("coding", ["", "identity", "gzip", "deflate"])
def test_an_uncompressed_body_passes_through_whatever_its_label(coding: str) -> None:
    assert inflate(Inflater(coding), split(BODY, 1000), 10**6) == BODY


def test_output_never_exceeds_the_room_it_is_given() -> None:
    bomb = gzip.compress(b"\0" * 5_000_000)  # about 5 kB that expand a thousandfold
    inflater = Inflater("gzip")
    pieces = list(inflater.feed(bomb, room=4096))
    assert sum(map(len, pieces)) == 4096
    assert all(len(p) <= 4096 for p in pieces)
    assert list(Inflater("identity").feed(b"abcdef", room=4)) == [b"abcd"]


def test_room_left_by_one_step_is_honoured_by_the_next() -> None:
    assert inflate(Inflater("gzip"), split(gzip.compress(BODY), 100), 1001) == BODY[:1001]


def test_data_after_the_end_of_the_stream_is_ignored() -> None:
    assert inflate(Inflater("gzip"), [gzip.compress(BODY) + b"trailing junk"], 10**6) == BODY


def test_garbage_and_a_stream_broken_midway_are_errors() -> None:
    with pytest.raises(zlib.error):
        list(Inflater("gzip").feed(b"\x00\x01 not compressed, not markup", room=10**6))
    stream = gzip.compress(BODY)
    broken = Inflater("gzip")
    assert len(b"".join(broken.feed(stream[: len(stream) // 2], room=10**6))) > 0
    with pytest.raises(zlib.error):
        list(broken.feed(b"\xff" * 64, room=10**6))


@pytest.mark.parametrize("coding", ["br", "zstd", "compress", "gzip, gzip", "gzip, deflate"])
def test_codings_we_did_not_ask_for_are_refused(coding: str) -> None:
    with pytest.raises(UnsupportedEncoding) as raised:
        Inflater(coding)
    assert str(raised.value) == coding

"""What held before parsing changed stays held now that feedparser's sanitiser is off: feeds
cannot read local files (XXE), expand entities (billion laughs), run script or smuggle a
non-http link; the rest is text."""

from __future__ import annotations

import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

from ingest.parse import parse_feed

NOW = datetime(2026, 3, 1, tzinfo=UTC)


def _parse(body: str) -> tuple[str, float, int]:
    tracemalloc.start()
    began = time.monotonic()
    feed = parse_feed(body.encode(), url="https://wire.test/rss", fetched_at=NOW)
    took = time.monotonic() - began
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return repr(feed), took, peak


def test_external_entities_are_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    text, _, _ = _parse(
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<rss version="2.0"><channel><title>t &x;</title><item><title>a &x;</title>'
        "<description>b &x;</description></item></channel></rss>"
    )
    assert "TOPSECRET" not in text and "'a &x;'" in text


def test_nested_entities_are_not_expanded() -> None:
    levels = "".join(f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">' for i in range(9))
    text, took, peak = _parse(
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">{levels}]>'
        '<rss version="2.0"><channel><title>t</title><item><title>x &j;</title>'
        "<description>y</description></item></channel></rss>"
    )
    assert "aaaaaaaaaa" not in text
    assert took < 2 and peak < 5_000_000  # expat's own limit let 8 MB through, in seconds


def test_script_style_and_non_http_links_do_not_survive() -> None:
    text, _, _ = _parse(
        '<rss version="2.0"><channel><title>t</title><item><title>Strike</title>'
        "<link>javascript:alert(1)</link>"
        "<description>&lt;script&gt;alert('x')&lt;/script&gt;&lt;style&gt;p{}&lt;/style&gt;"
        '&lt;p onclick="steal()"&gt;Text &lt;a href="javascript:x"&gt;here&lt;/a&gt;&lt;/p&gt;'
        "</description></item></channel></rss>"
    )
    assert "alert" not in text and "p{}" not in text and "steal" not in text
    assert "javascript" not in text and "'Text here'" in text

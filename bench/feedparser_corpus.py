"""Run feedparser's own test feeds through our fetch and parse path, over real HTTP.

Every file of ``../shared/corpus/feedparser-tests/`` (well-formed, ill-formed, entity tricks,
encodings, compression) is served from a local server with the headers its comment asks for,
fetched with ``fetch_feed`` and parsed with ``parse_feed``. The report says whether anything
crashed (it must not), and whether every entry feedparser finds on its own that has visible
text or a web link is kept by our path (entries with neither are dropped on purpose: they
would be empty rows on the dashboard).

    python -m bench.feedparser_corpus
"""

from __future__ import annotations

import asyncio
import io
import re
import sys
import time
import traceback
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import httpx

from ingest.fetch import fetch_feed, make_client
from ingest.parse import parse_feed
from tests.feedserver import FeedServer

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "feedparser-tests"
GROUPS = ("wellformed", "illformed", "entities", "encoding", "compression")
_HEADER = re.compile(rb"^Header:\s*([A-Za-z-]+):\s*(.*?)\s*$", re.M)
_TAGS = re.compile(r"<[^>]*>")
_ENCODINGS = {".gz": "gzip", ".z": "deflate"}
_SERVED = {"content-type", "content-language", "etag", "last-modified"}


@dataclass
class Outcome:
    path: str
    group: str
    direct: int = 0  # entries feedparser finds with visible text or a web link
    direct_all: int = 0  # every entry feedparser finds
    ours: int = 0
    fetch_error: str | None = None
    parse_error: str | None = None
    crash: str | None = None
    parse_seconds: float = 0.0


def _headers(raw: bytes, path: Path) -> dict[str, str]:
    """The response headers a test file declares in its opening comment."""
    headers = {"Content-Type": "application/xml"}
    for name, value in _HEADER.findall(raw[:2000]):
        if name.decode().lower() in _SERVED:
            headers[name.decode()] = value.decode("latin-1")
    if path.suffix in _ENCODINGS:
        headers["Content-Encoding"] = _ENCODINGS[path.suffix]
    return headers


def _direct(raw: bytes, headers: dict[str, str], url: str) -> tuple[int, int]:
    """Entries feedparser finds when handed the file itself."""
    lowered = {k.lower(): v for k, v in headers.items()}
    parsed = feedparser.parse(
        io.BytesIO(raw), response_headers={**lowered, "content-location": url}
    )
    useful = sum(1 for e in parsed.entries if _has_content(e))
    return useful, len(parsed.entries)


def _has_content(entry: dict[str, object]) -> bool:
    """An entry worth showing: visible words in its title or summary, or a web link.

    Judged here with a crude tag-stripping regex, independent of the code being measured.
    """
    for key in ("title", "summary"):
        if _TAGS.sub("", str(entry.get(key) or "")).strip():
            return True
    link = str(entry.get("link") or "")
    try:
        return link.lower().startswith(("http://", "https://")) and bool(urlsplit(link).hostname)
    except ValueError:
        return False


async def _run_one(
    client: httpx.AsyncClient,
    server: FeedServer,
    path: Path,
    raw: bytes,
    route: str,
    sem: asyncio.Semaphore,
) -> Outcome:
    outcome = Outcome(path=str(path.relative_to(CORPUS)), group=path.relative_to(CORPUS).parts[0])
    headers = _headers(raw, path)
    try:
        outcome.direct, outcome.direct_all = _direct(raw, headers, server.url(route))
        async with sem:
            result = await fetch_feed(
                client,
                server.url(route),
                deadline=10,
                max_bytes=10_000_000,
            )
        outcome.fetch_error = result.error
        if result.body is not None:
            started = time.perf_counter()
            feed = parse_feed(
                result.body,
                url=result.final_url,
                fetched_at=datetime.now(UTC),
                content_type=result.content_type,
            )
            outcome.parse_seconds = time.perf_counter() - started
            outcome.ours = len(feed.items)
            outcome.parse_error = feed.error
    except Exception:
        outcome.crash = traceback.format_exc(limit=3)
    return outcome


async def run(files: list[tuple[Path, bytes]]) -> list[Outcome]:
    """Serve every file under its own path and fetch them 4 at a time.

    More at once only adds contention for the interpreter lock with the server's threads.
    """
    with FeedServer(max_handlers=64) as server:
        jobs = []
        for index, (path, raw) in enumerate(files):
            route = f"/{index}/{path.name}"
            server.route(route, raw, headers=_headers(raw, path))
            jobs.append((path, raw, route))
        sem = asyncio.Semaphore(4)
        async with make_client(user_agent="sitrep-bench/0.1", max_redirects=5) as client:
            runs = (_run_one(client, server, p, raw, r, sem) for p, raw, r in jobs)
            return list(await asyncio.gather(*runs))


def report(outcomes: list[Outcome], seconds: float) -> int:
    crashes = [o for o in outcomes if o.crash]
    lost = [o for o in outcomes if o.group != "illformed" and o.ours < o.direct]
    print(f"files:                 {len(outcomes)}")
    print(f"crashes:               {len(crashes)}")
    print(f"items parsed (ours):   {sum(o.ours for o in outcomes)}")
    print(f"entries (feedparser):  {sum(o.direct_all for o in outcomes)} "
          f"({sum(o.direct for o in outcomes)} with visible text or a web link)")  # fmt: skip
    for group in GROUPS:
        mine = [o for o in outcomes if o.group == group]
        print(
            f"  {group:<12} files {len(mine):>4}  direct {sum(o.direct for o in mine):>4}  "
            f"ours {sum(o.ours for o in mine):>4}  "
            f"fetch errors {sum(1 for o in mine if o.fetch_error):>3}  "
            f"parse errors {sum(1 for o in mine if o.parse_error):>3}"
        )
    print(f"well-formed items lost: {sum(o.direct - o.ours for o in lost)} in {len(lost)} files")
    for o in lost[:10]:
        print(f"  {o.path}: feedparser {o.direct}, ours {o.ours}, {o.fetch_error or o.parse_error}")
    errors = Counter(o.fetch_error for o in outcomes if o.fetch_error)
    for message, count in errors.most_common(5):
        print(f"fetch error x{count}: {message}")
    parse_errors = Counter(o.parse_error for o in outcomes if o.parse_error)
    for message, count in parse_errors.most_common(5):
        print(f"parse error x{count}: {message}")
    for o in crashes[:5]:
        print(f"CRASH {o.path}\n{o.crash}")
    parsing = sum(o.parse_seconds for o in outcomes)
    print(f"time:                  {seconds:.2f} s ({len(outcomes) / seconds:.0f} files/s), "
          f"of which parse_feed {parsing:.2f} s")  # fmt: skip
    return 1 if crashes or lost else 0


def main() -> int:
    if not CORPUS.is_dir():
        print(f"skipped: the feedparser test corpus is not at {CORPUS}")
        return 0
    paths = sorted(p for g in GROUPS for p in (CORPUS / g).rglob("*") if p.is_file())
    files = [(p, p.read_bytes()) for p in paths]
    started = time.perf_counter()
    outcomes = asyncio.run(run(files))
    return report(outcomes, time.perf_counter() - started)


if __name__ == "__main__":
    sys.exit(main())

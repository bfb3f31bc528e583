"""The console script's entry: what must start before the command line itself is imported.

`sitrep poll --once` parses the feeds that changed in workers forked from a fork server, which
takes about a quarter of a second to load the extractor, the actor dictionary and the towns
(`ingest.preload`). Started when the first changed body arrived, that load was the better part
of a pass in which a tenth of the feeds changed; started here, before the command line's own
imports, it runs on the other core while they, the configuration and the fetches go on. A pass
in which every feed answers 304 never uses it: its load is then about 0.3 s of the other core
spent for nothing, and it exits with the poller.
"""

from __future__ import annotations

import sys


def main() -> None:
    """`sitrep`: start the parse workers' fork server early for `poll --once`, then run the
    command (`cli.main.main`)."""
    if polls_once(sys.argv[1:]):
        start_parsing_early()
    from cli.main import main as run

    run()


def polls_once(argv: list[str]) -> bool:
    """A one-shot poll: `sitrep poll --once`, with options anywhere."""
    return "poll" in argv and "--once" in argv and not {"-h", "--help"} & set(argv)


def start_parsing_early() -> None:
    """Start the fork server now; if that fails, the poller starts it with the first body as
    before, and says so there if it fails again."""
    try:
        from ingest.workers import start_forkserver

        start_forkserver(now=True)
    except Exception:  # the lazy start reports it in its own words
        return

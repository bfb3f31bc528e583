"""Imported by the parse workers' fork server only: it loads what every worker reads (the
extraction modules, the actor dictionary and the gazetteer with its towns) once, before any
worker is forked, so that the workers share those pages instead of each building its own.

`gc.freeze()` moves the loaded objects out of the collector's reach: a collection in a worker
would otherwise write to every one of them and copy the pages it shares.
"""

from __future__ import annotations

import gc

from extract.gazetteer import gazetteer
from extract.pattern_cache import save as save_patterns
from ingest.process import actor_dictionary

actor_dictionary(())
gazetteer().index  # noqa: B018 - the towns' name index, which every worker scans text with
save_patterns()  # the fork server's processes end without exit handlers: write them now
gc.collect()
gc.freeze()

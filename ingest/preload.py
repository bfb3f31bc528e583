"""Imported by the parse workers' fork server only: it loads what every worker reads (the
extraction modules, the actor dictionary and the gazetteer with its towns) once, before any
worker is forked, so that the workers share those pages instead of each building its own.

The collector is off while they load: it would walk the growing heap again and again (and once
more at the end) for the few hundred objects the loading leaves unreachable, about a third of
the fork server's start. `gc.freeze()` then moves the loaded objects out of its reach: a
collection in a worker would otherwise write to every one of them and copy the pages it shares.
"""

from __future__ import annotations

import gc

gc.disable()

from extract.gazetteer import gazetteer  # noqa: E402
from extract.pattern_cache import save as save_patterns  # noqa: E402
from ingest.process import actor_dictionary  # noqa: E402

actor_dictionary(())
gazetteer().index  # noqa: B018 - the towns' name index, which every worker scans text with
save_patterns()  # the fork server's processes end without exit handlers: write them now
gc.freeze()
gc.enable()

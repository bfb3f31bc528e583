"""ingest package.

httpx imports its command-line tool when rich and click are installed (as they are here, for
the dashboard and the command line), and that tool imports rich and pygments: some 4 MB in
every poller that never shows them. Marking the tool's module as absent makes httpx skip it,
as it does where those packages are missing; sitrep never runs httpx's own command line.
"""

import sys

sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]

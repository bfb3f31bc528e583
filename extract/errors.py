"""The one base class of sitrep's own errors: a sentence for the user and an exit status.

Every layer raises its own subclass (a configuration error, a database that cannot be opened,
an OPML file that cannot be read...); the front ends catch `SitrepError` alone, print its
message as one sentence and exit with `exit_code`, so a new error needs no new handler.
"""

from __future__ import annotations


class SitrepError(Exception):
    """A failure phrased for the user. `exit_code` 2 is bad input, 1 the environment's."""

    exit_code: int = 2

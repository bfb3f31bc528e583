"""Running `sitrep` the way a user does: a real process, real files, exit status and streams."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def sitrep(
    *args: str,
    cwd: Path,
    env: dict[str, str] | None = None,
    stdin: str | None = None,
    timeout: float = 60,
) -> Run:
    """Run `python -m cli ARGS` (the console script's module) in `cwd`."""
    full_env = {**os.environ, **(env or {})}
    full_env.pop("SITREP_CONFIG", None) if env is None or "SITREP_CONFIG" not in env else None
    proc = subprocess.run(
        [sys.executable, "-m", "cli", *args],
        cwd=cwd,
        env=full_env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)

"""Dashboard start-up to first paint, and its idle CPU, measured on a headless app in a child
process. Targets: first paint <= 1 s; idle CPU <= 2% of a core over ~10 s.

The child builds the app with `make_app` (poll service on, holding the lease, no feeds to
fetch), runs it headless and reports when the panels were first filled; the parent samples
the child's CPU time from /proc while it idles.

    .venv/bin/python -m bench.tui_startup [--items N] [--idle SECONDS]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import sys, time, json
t0 = time.perf_counter()
from pathlib import Path
from ingest.config import load_config
from ingest.paths import ConfigLocation
from tui.app import make_app
config_path, db_path, idle = Path(sys.argv[1]), Path(sys.argv[2]), float(sys.argv[3])
app = make_app(config_location=ConfigLocation(config_path, "explicit"),
               config=load_config(config_path), db_path=db_path)

async def pilot(p):
    while app.dashboard.refreshes < 1:
        await p.pause(0.01)
    print(json.dumps({"first_paint_s": time.perf_counter() - t0}), flush=True)
    await p.pause(idle + 1.0)
    app.exit()

app.run(headless=True, size=(160, 48), auto_pilot=pilot)
"""


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (and its reaped children) from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = sum(int(v) for v in fields[11:15])
    return ticks / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--idle", type=float, default=10.0)
    args = parser.parse_args()
    from bench.tui_refresh import generate

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "sitrep.db"
        generate(db, args.items)
        config = Path(tmp) / "feeds.yaml"
        config.write_text("settings:\n  window: 24h\nfeeds:\n", encoding="utf-8")
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(config), str(db), str(args.idle)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).resolve().parents[1],
        )
        assert child.stdout is not None
        line = child.stdout.readline()
        spawn_to_paint = time.perf_counter() - start
        report = json.loads(line) if line.strip() else {}
        time.sleep(1.0)  # let start-up work (forkserver, first pass) settle
        cpu0, wall0 = cpu_seconds(child.pid), time.perf_counter()
        time.sleep(args.idle - 1.0)
        cpu1, wall1 = cpu_seconds(child.pid), time.perf_counter()
        child.wait(timeout=30)
        idle = (cpu1 - cpu0) / (wall1 - wall0) * 100
        report.update(
            items=args.items,
            spawn_to_first_paint_s=round(spawn_to_paint, 3),
            first_paint_target_s=1.0,
            idle_cpu_percent=round(idle, 2),
            idle_cpu_target_percent=2.0,
            exit_code=child.returncode,
        )
        print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()

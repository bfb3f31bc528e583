"""What the parse workers load: the parsing and extraction modules from their fork server,
never the command line's script, configuration or storage stack."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _first_line(code: str) -> str:
    """What `code` prints first, run in a fresh interpreter (as the fork server is)."""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    return out.split("\n")[0]


def test_the_fork_server_preloads_parsing_without_configuration_or_storage() -> None:
    code = (
        "import sys, ingest.preload\n"
        "heavy = ('pydantic', 'ruamel.yaml', 'sqlite3', 'sqlite_utils', 'click', 'storage.db')\n"
        "print([m for m in heavy if m in sys.modules], 'ingest.process' in sys.modules)\n"
    )
    assert _first_line(code) == "[] True"


def test_the_fork_server_leaves_the_collector_on_and_its_loaded_objects_frozen() -> None:
    """The collector is off while the fork server loads; the workers forked after must find
    it on again (or they would never free a cycle), with what was loaded frozen."""
    code = (
        "import gc, ingest.preload\n"
        "from extract.gazetteer import gazetteer\n"
        "print(gc.isenabled(), gc.get_freeze_count() > 100_000, gc.is_tracked(gazetteer()))\n"
    )
    assert _first_line(code) == "True True True"


def test_a_worker_does_not_run_the_main_script(tmp_path: Path) -> None:
    mark = tmp_path / "imported"
    script = tmp_path / "main.py"
    script.write_text(
        "import sys\n"
        "from pathlib import Path\n"
        "if __name__ == '__mp_main__':\n"
        f"    Path({str(mark)!r}).write_text('run again in a worker')\n"
        "if __name__ == '__main__':\n"
        "    from ingest.service import make_executor\n"
        "    from tests.reliability import procs\n"
        "    with make_executor(eager=False) as pool:\n"
        "        print(pool.submit(procs.worker_pid).result(timeout=60) != 0)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120, env=env
    )
    assert out.stdout.strip() == "True", out.stderr
    assert not mark.exists()


def test_sending_a_parse_task_does_not_import_the_parser_in_the_poller() -> None:
    code = (
        "import pickle, sys\n"
        "from functools import partial\n"
        "import ingest.poller\n"
        "from ingest.parse_task import process\n"
        "pickle.dumps(partial(process, b'<rss/>', 'http://x/', None, None, (), frozenset(), 9))\n"
        "print([m for m in ('ingest.process', 'feedparser', 'extract.api') if m in sys.modules])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    assert out.strip() == "[]"

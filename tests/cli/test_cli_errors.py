"""Bad input gets one plain sentence and exit status 2; never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from storage.db import Storage
from tests.cli.helpers import sitrep


def test_query_on_missing_database_says_how_to_create_it(workdir: Path) -> None:
    run = sitrep("events", "--db", "missing.db", cwd=workdir)
    assert run.code == 2
    assert run.err.startswith("sitrep: no database at ")
    assert "sitrep poll --once" in run.err
    assert "Traceback" not in run.err
    assert not (workdir / "missing.db").exists()


def test_check_reports_file_and_line(workdir: Path) -> None:
    (workdir / "feeds.yaml").write_text("feeds:\n  - url: https://a.example/\n    intervall: 5\n")
    run = sitrep("check", cwd=workdir)
    assert run.code == 2
    assert run.err.strip() == (
        "sitrep: feeds.yaml:3: unknown key 'intervall' (did you mean 'interval'?)"
    )


def test_check_ok(workdir: Path) -> None:
    (workdir / "feeds.yaml").write_text("feeds:\n  - url: https://a.example/\n")
    run = sitrep("check", cwd=workdir)
    assert run.code == 0
    assert "ok: 1 feed(s), 1 enabled" in run.out


def test_check_looks_up_alert_places_in_the_tally_gazetteer(workdir: Path) -> None:
    (workdir / "feeds.yaml").write_text(
        "feeds:\n  - url: https://a.example/\n"
        "alerts:\n"
        "  - {name: Gaza toll, when: tally_rise, place: Gazza}\n"
        "  - name: Narnia actors\n    when: new_actor\n    country: Narnia\n"
        "  - {name: Strip, when: tally_rise, place: gaza strip}\n"
        "  - {name: Town, when: new_actor, country: Idlib}\n"
        "  - {name: Syria, when: new_actor, country: Syrian Arab Republic}\n"
    )
    run = sitrep("check", cwd=workdir)
    assert run.code == 2
    assert run.err.splitlines() == [
        "sitrep: feeds.yaml:4: alert 'Gaza toll': unknown place 'Gazza' (did you mean 'Gaza'?)",
        "sitrep: feeds.yaml:7: alert 'Narnia actors': unknown country 'Narnia'"
        " (did you mean 'Armenia'?)",
        "sitrep: feeds.yaml:9: alert 'Town': 'Idlib' is a place, not a country",
    ]
    Storage.open(workdir / "s.db").close()
    tally = sitrep("tally", "--place", "Gazza", "--db", "s.db", cwd=workdir)
    assert (tally.code, "unknown place 'Gazza'" in tally.err) == (2, True)  # refused alike


def test_config_option_after_the_subcommand(workdir: Path) -> None:
    (workdir / "mine.yaml").write_text("feeds:\n  - url: ftp://nope/\n")
    run = sitrep("check", "--config", "mine.yaml", cwd=workdir)
    assert run.code == 2 and "mine.yaml:2: 'url': 'ftp://nope/' is not an http(s) URL" in run.err
    run = sitrep("--config", "mine.yaml", "check", cwd=workdir)
    assert run.code == 2 and "mine.yaml:2:" in run.err


def test_bad_window_and_unknown_option(workdir: Path) -> None:
    (workdir / "feeds.yaml").write_text("feeds: []\n")
    sitrep("poll", "--once", "--db", "s.db", cwd=workdir)
    run = sitrep("events", "--since", "yesterday", "--db", "s.db", cwd=workdir)
    assert run.code == 2
    assert "'yesterday' is not a window" in run.err
    run = sitrep("events", "--bogus", cwd=workdir)
    assert run.code == 2 and run.err.strip() == "sitrep: No such option '--bogus'."


def test_default_config_is_seeded_into_the_user_config_dir(workdir: Path) -> None:
    run = sitrep("check", cwd=workdir)
    assert run.code == 0, run.err
    assert "feeds.yaml: ok" in run.out
    assert "sitrep/feeds.yaml" in run.out


def test_headless_commands_do_not_import_textual(workdir: Path) -> None:
    code = (
        "import sys\n"
        "from cli.main import main\n"
        "try:\n    main(['check'])\nexcept SystemExit:\n    pass\n"
        "print('textual' in sys.modules)\n"
    )
    (workdir / "feeds.yaml").write_text("feeds: []\n")
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=workdir, capture_output=True, text=True, check=True
    ).stdout
    assert out.strip().splitlines()[-1] == "False"


def test_top_level_tag_window_overflow_and_missing_named_config(workdir: Path) -> None:
    (workdir / "feeds.yaml").write_text("feeds:\n  - url: https://a.example/\n    tags: [x]\n")
    assert sitrep("poll", "--once", "--db", "s.db", cwd=workdir).code == 0
    run = sitrep("--tag", "nosuch", "events", "--db", "s.db", cwd=workdir)
    assert (run.code, run.err.strip()) == (2, "sitrep: no feed has the tag 'nosuch'")
    run = sitrep("events", "--since", "99999999d", "--db", "s.db", cwd=workdir)
    assert (run.code, run.err.strip()) == (
        2,
        "sitrep: '99999999d' reaches back further than any date",
    )
    run = sitrep("events", "--config", "missing.yaml", "--db", "s.db", cwd=workdir)
    assert (run.code, run.err.strip()) == (2, "sitrep: missing.yaml: no such file")

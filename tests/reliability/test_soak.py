"""The soak scripts, run short: kill -9 rounds leave a whole database that converges to what the
server publishes; a simulated hour of misbehaving feeds leaves no escape sequence stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import soak_day, soak_kill

pytestmark = pytest.mark.slow


def test_kill_rounds_leave_a_whole_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    soak_kill.main(
        [
            "--rounds",
            "3",
            "--feeds",
            "10",
            "--items",
            "5",
            "--max-alive",
            "3",
            "--workdir",
            str(tmp_path),
        ]
    )  # raises SystemExit(1) when an invariant breaks or the end state differs
    out = capsys.readouterr().out
    assert "0 round(s) with a broken invariant" in out
    assert "converged to exactly what the server publishes" in out


def test_a_simulated_hour_of_misbehaving_feeds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as ended:
        soak_day.main(
            [
                "--feeds",
                "20",
                "--hours",
                "1",
                "--step",
                "900",
                "--deadline",
                "2",  # past the slow feeds' 1.5 s answers; the stalled ones still time out
                "--bad-share",
                "0.6",
                "--workdir",
                str(tmp_path),
            ]
        )
    out = capsys.readouterr().out
    assert ended.value.code == 0, out
    assert "integrity_check ok; 0 stored text(s) with control characters" in out

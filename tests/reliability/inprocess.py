"""Run `sitrep` in this process: the same entry point as the console script (`cli.main.main`,
which turns every failure into one sentence), without a new interpreter's start-up time."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator

import pytest

from cli.main import main
from tests.cli.helpers import Run


class Sitrep:
    def __init__(self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
        self.capsys = capsys
        self.monkeypatch = monkeypatch

    def __call__(self, *args: str, stdin: str | None = None) -> Run:
        self.capsys.readouterr()
        if stdin is not None:
            stream = io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8")
            self.monkeypatch.setattr(sys, "stdin", stream)
        code = 0
        try:
            main(list(args))
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        captured = self.capsys.readouterr()
        return Run(code, captured.out, captured.err)


@pytest.fixture
def run_sitrep(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[Sitrep]:
    yield Sitrep(capsys, monkeypatch)

"""The subcommands load when asked for: each registered name gives the command of that name,
and a query command does not import the modules only other commands need."""

from __future__ import annotations

import subprocess
import sys

import pytest

from cli.commands import COMMANDS, load


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_each_registered_command_loads_under_its_name(name: str) -> None:
    assert load(name).name == name


def test_a_query_command_loads_only_its_own_module() -> None:
    code = (
        "import sys; from cli.main import sitrep; import click\n"
        "ctx = click.Context(sitrep)\n"
        "sitrep.get_command(ctx, 'events')\n"
        "print(sorted(m for m in sys.modules if m.startswith('cli.cmd_')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['cli.cmd_query']"

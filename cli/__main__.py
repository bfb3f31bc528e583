"""`python -m cli` runs the command line (used by `sitrep serve` for each visitor)."""

from cli.main import main

main()

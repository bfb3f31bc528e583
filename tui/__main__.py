"""`python -m tui` runs the command line (used by `sitrep serve`)."""

from tui.cli import main

main()

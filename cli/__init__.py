"""The `sitrep` command line: headless queries and tools, and the launcher of the dashboard."""

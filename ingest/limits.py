"""Limits the parse workers read as well as the configuration: here, so that a worker never
imports the configuration's pydantic and YAML stack."""

MAX_ITEMS = 500
"""Items read from one feed per poll unless settings.max_items says otherwise."""

"""Fixtures of the reliability tests."""

from __future__ import annotations

from tests.reliability.inprocess import run_sitrep

__all__ = ["run_sitrep"]

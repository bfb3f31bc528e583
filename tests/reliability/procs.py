"""Processes as the kernel sees them (`bench._procs`), and functions for parse workers to run."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from bench._procs import alive, descendants
from ingest import parse_task, process

__all__ = ["alive", "descendants"]

SLOW_MARK = "/slow-to-parse"


def wait_until(condition: Callable[[], bool], timeout: float, step: float = 0.05) -> bool:
    """Poll `condition` until it holds or `timeout` passes; whether it held."""
    end = time.monotonic() + timeout
    while True:
        if condition():
            return True
        if time.monotonic() >= end:
            return False
        time.sleep(step)


def sleep_for(seconds: float) -> int:
    """A task that overruns any short deadline; returns its worker's pid."""
    time.sleep(seconds)
    return os.getpid()


def worker_pid() -> int:
    return os.getpid()


def warm_up() -> int:
    """Import and build what parsing needs (the actor dictionary), then hold the worker a
    moment so that a second warm-up lands on another worker."""
    process.actor_dictionary(())
    process.extract_item("Warm", "At least 3 people were killed in Idlib.", None)
    time.sleep(0.3)
    return os.getpid()


def slow_process(body: bytes, url: str, fetched_at: datetime, *args: Any, **kwargs: Any) -> Any:
    """The poller's parse task (`ingest.parse_task.process`), except that a feed whose URL is
    marked slow never finishes in time."""
    if SLOW_MARK in url:
        time.sleep(60)
    return parse_task.process(body, url, fetched_at, *args, **kwargs)


def fail(message: str) -> None:
    raise ValueError(message)

"""Run the commands of alert rules: detached, fed JSON on stdin, reaped, failures logged.

Feed text is hostile: a command gets the item as JSON on stdin and in environment variables,
never in its arguments or a shell string, and its argument list comes only from a config the
user chose (the engine checks that before asking for a run). A command runs in its own
session with a thread that feeds it, waits at most a timeout and reaps it, so a slow one
never holds up polling and a stopped one takes its children with it. A command that cannot
start, fails or overruns becomes a line in the alerts log rather than an exception.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

from storage.alerts import log_alert
from storage.db import Storage

logger = logging.getLogger(__name__)

COMMAND_TIMEOUT = 60.0
"""A command still running after this many seconds is stopped (and the failure logged)."""
MESSAGE_MAX = 300


def one_line(text: str, limit: int = MESSAGE_MAX) -> str:
    """Collapse whitespace (a message is one line) and cap the length."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def command_env(rule: str, item_id: int | None, payload: dict[str, Any]) -> dict[str, str]:
    """The command's environment: ours plus the item's fields (NUL bytes cannot pass)."""
    env = dict(os.environ)
    env.update(
        {
            "SITREP_ALERT_RULE": rule,
            "SITREP_ITEM_TITLE": payload["title"] or "",
            "SITREP_ITEM_LINK": payload["link"] or "",
            "SITREP_ITEM_ID": "" if item_id is None else str(item_id),
            "SITREP_ALERT_MESSAGE": payload["message"],
        }
    )
    return {k: v.replace("\0", "") for k, v in env.items()}


class CommandRunner:
    """Starts alert commands and keeps track of the threads that reap them.

    A failure seen on a reaping thread is logged through that thread's own connection to
    the database; a private in-memory store cannot be reached from another thread, so such
    failures wait in a queue until `log_late` is called on the store's own thread.
    """

    def __init__(
        self, *, timeout: float = COMMAND_TIMEOUT, clock: Callable[[], float] = time.time
    ) -> None:
        self.timeout = timeout
        self.clock = clock
        self._threads: list[threading.Thread] = []
        self._late: list[tuple[str, int | None, str]] = []
        self._late_lock = threading.Lock()

    def run(
        self,
        store: Storage,
        rule: str,
        command: Sequence[str],
        item_id: int | None,
        payload: dict[str, Any],
    ) -> None:
        """Start `command` with `payload` on its stdin; returns at once."""
        env = command_env(rule, item_id, payload)
        data = (json.dumps(payload, ensure_ascii=False) + "\n").encode("utf-8")
        try:
            # An argument list from the user's own config, no shell; item text travels only
            # on stdin and in the environment.
            proc = subprocess.Popen(
                list(command),
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=env,
                start_new_session=True,
            )
        except (OSError, ValueError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            message = f"alert command failed: {rule}: cannot run {command[0]} ({reason})"
            self._log(store, rule, item_id, one_line(message))
            return
        thread = threading.Thread(
            target=self._supervise,
            args=(proc, data, rule, item_id, store),
            name=f"alert-command-{rule}",
            daemon=True,
        )
        self._threads = [t for t in self._threads if t.is_alive()]
        self._threads.append(thread)
        thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for running commands to end (shutdown, tests); True if none is left."""
        deadline = None if timeout is None else time.monotonic() + timeout
        for thread in list(self._threads):
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            thread.join(left)
        self._threads = [t for t in self._threads if t.is_alive()]
        return not self._threads

    def log_late(self, store: Storage) -> None:
        """Log the failures that could not be logged from their reaping thread."""
        with self._late_lock:
            late, self._late = self._late, []
        for rule, item_id, message in late:
            self._log(store, rule, item_id, message)

    def _log(self, store: Storage, rule: str, item_id: int | None, message: str) -> None:
        log_alert(store, at=self.clock(), rule=rule, item_id=item_id, message=message, link=None)

    def _supervise(
        self,
        proc: subprocess.Popen[bytes],
        data: bytes,
        rule: str,
        item_id: int | None,
        store: Storage,
    ) -> None:
        """Feed the command its JSON, wait at most `timeout`, reap it, log failure."""
        try:
            proc.communicate(data, timeout=self.timeout)
            code = proc.returncode
            problem = None if code == 0 else _exit_reason(code)
        except subprocess.TimeoutExpired:
            _kill_group(proc)
            proc.communicate()
            problem = f"still running after {self.timeout:g} s, stopped"
        except OSError as exc:
            _kill_group(proc)
            proc.wait()
            problem = f"could not be fed its input ({exc})"
        if problem is None:
            return
        message = one_line(f"alert command failed: {rule}: {problem}")
        logger.warning("%s", message)
        if store.path is None:  # a private in-memory store: logged by the next log_late call
            with self._late_lock:
                self._late.append((rule, item_id, message))
            return
        try:
            with Storage.open(store.path) as own:  # this thread's own connection
                self._log(own, rule, item_id, message)
        except Exception:
            logger.exception("could not log a failed alert command")


def _exit_reason(code: int) -> str:
    if code < 0:
        try:
            return f"killed by signal {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit status {code}"


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    """Stop the command and anything it started (it leads its own session)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        proc.kill()

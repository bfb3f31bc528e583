"""A process pool for parsing whose every task has a deadline, and whose workers never outlive
the process that started them.

``concurrent.futures.ProcessPoolExecutor`` can do neither. A task cannot be stopped once it
runs: a feed that takes minutes to parse held a worker, and its pass, for minutes. And its
workers wait on a queue whose write end they hold themselves, so after a ``kill -9`` of the
poller they wait forever, with the fork server (kept alive by their copy of its "alive"
pipe) and the resource tracker beside them: some 215 MB each time.

Here each worker has its own pipe and runs one task at a time. A dispatcher thread hands
tasks out and waits for their answers with a deadline; a worker that overruns it is killed
and replaced, and only its own task fails (``ParseTimeout``), so the poller marks that feed
failed and stores the others. A worker exits when the process that started it dies, even
mid-task (``ingest.worker_process``); once the workers are gone the fork server and resource
tracker see their pipes close and exit too.

Nothing of this starts, and multiprocessing is not even imported, before the first task: a
pass of `sitrep poll --once` where every feed answers 304 parses nothing.

Workers left without work for `IDLE_EXIT` seconds are stopped, and started again from the
fork server when work comes: the end of a pass (settling events, refreshing tallies, pruning)
and the minutes between passes need no parser, and two idle workers held some 80 MB. (The fork
server stays: starting it again costs a second of preloading.)
"""

from __future__ import annotations

import collections
import contextlib
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import multiprocessing.process
    from multiprocessing.connection import Connection
    from multiprocessing.context import BaseContext

DEFAULT_DEADLINE = 60.0
PRELOAD: list[str] = []
"""The modules the fork server loads before it forks any worker (`start_forkserver`)."""
IDLE_EXIT = 5.0
"""Seconds a worker may wait for a task before it is stopped: far longer than a pass leaves
a worker waiting while the writer stores what it parsed, so a pass keeps its workers."""
RECYCLE_AFTER = 20
"""Tasks a worker runs before it is replaced by a fresh fork from the fork server. A worker's
own memory is mostly pages it shares with the fork server until it writes to them (reference
counts, the interpreter's specialised bytecode): its first feed copies some 8 MB of them, and
every later feed a few more, up to some 19 MB by its five hundredth (caches and new objects
are under 1 MB of that). A fresh fork costs a few milliseconds and shares them again."""


_starting = threading.local()
_patched: list[bool] = []


def _worker_preparation_data(name: str) -> dict[str, Any]:
    """What a new process is told to set up, less the main script when it is one of our
    workers (`_starting.worker`, set by the pool's own thread while it starts one).

    multiprocessing runs the parent's main script again in every child, so that functions
    defined there can be found. A worker's tasks are functions of our modules, and the script
    (`sitrep`, which imports the whole command line, its configuration and storage modules)
    cost each worker memory of its own; the fork server it comes from has all parsing needs.
    """
    data: dict[str, Any] = _preparation_data(name)
    if getattr(_starting, "worker", False):
        data.pop("init_main_from_path", None)
    return data


def _preparation_data(name: str) -> dict[str, Any]:
    raise AssertionError("replaced by multiprocessing's own when the first worker starts")


def _patch_preparation_data() -> None:
    """Install `_worker_preparation_data`, once, when the first worker starts (multiprocessing
    is not imported before: a pass of unchanged feeds starts no worker)."""
    global _preparation_data
    if _patched:
        return
    from multiprocessing import spawn

    _preparation_data = spawn.get_preparation_data
    spawn.get_preparation_data = _worker_preparation_data
    _patched.append(True)


class ParseTimeout(Exception):
    """A task ran past its deadline; its worker was killed."""


class WorkerDied(Exception):
    """A worker process ended in the middle of a task (killed, out of memory)."""


@dataclass(eq=False)
class _Task:
    future: Future[Any]
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]


@dataclass(eq=False)
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    task: _Task | None = None
    due: float = 0.0
    started: float = field(default_factory=time.monotonic)
    idle_since: float = field(default_factory=time.monotonic)
    done: int = 0
    """Tasks answered (`RECYCLE_AFTER`)."""


class ParsePool(Executor):
    """An executor of picklable functions in worker processes, each call within `deadline`.

    Tasks are functions of importable modules: a worker does not run the main script
    (`_worker_preparation_data`). `deadline` may be changed at any time (a reloaded config);
    it applies to tasks started afterwards. Workers idle for `idle_exit` seconds are stopped
    (None: never).
    """

    def __init__(
        self,
        max_workers: int = 2,
        *,
        deadline: float = DEFAULT_DEADLINE,
        context: BaseContext | None = None,
        idle_exit: float | None = IDLE_EXIT,
        recycle_after: int | None = RECYCLE_AFTER,
    ) -> None:
        self.max_workers = max(1, max_workers)
        self.deadline = deadline
        self.idle_exit = idle_exit
        self.recycle_after = recycle_after
        self._context = context
        self._queue: collections.deque[_Task] = collections.deque()
        self._workers: list[_Worker] = []
        self._lock = threading.Lock()
        self._wake_r = self._wake_w = -1
        self._shutdown = False
        self._cancel_queued = False
        self._thread: threading.Thread | None = None
        """The dispatcher, started with the first task."""
        self._warm = False
        self._prestarted = False

    def _start(self) -> None:
        """Start the dispatcher thread (under the lock, with the first task)."""
        self._wake_r, self._wake_w = os.pipe()
        os.set_blocking(self._wake_w, False)
        self._thread = threading.Thread(target=self._dispatch, name="parse-pool", daemon=True)
        self._thread.start()

    # Executor API -----------------------------------------------------------------------

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        with self._lock:
            if self._shutdown:
                raise RuntimeError("cannot schedule new tasks after shutdown")
            self._queue.append(_Task(future, fn, args, kwargs))
            if self._thread is None:
                self._start()
        self._wake()
        return future

    def prestart(self) -> None:
        """Start every worker now, ahead of the tasks: the caller has work on the way and
        something else to do meanwhile (the poller imports its writer's modules while the
        fork server loads the extractor's, each on its own core)."""
        with self._lock:
            if self._shutdown or self._prestarted:
                return
            self._warm = self._prestarted = True
            if self._thread is None:
                self._start()
        self._wake()

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        with self._lock:
            self._shutdown = True
            self._cancel_queued = cancel_futures
            thread = self._thread
        if thread is None:  # no task was ever submitted: nothing runs
            return
        self._wake()
        if wait:
            thread.join()

    def worker_pids(self) -> list[int]:
        """The pids of the live workers (for tests and diagnostics)."""
        with self._lock:
            return [w.process.pid for w in self._workers if w.process.pid is not None]

    # Dispatcher thread ------------------------------------------------------------------

    def _wake(self) -> None:
        with self._lock:
            if self._wake_w < 0:  # closed: the dispatcher has ended
                return
            with contextlib.suppress(OSError):  # a full pipe is awake enough
                os.write(self._wake_w, b"!")

    def _dispatch(self) -> None:
        """The pool's one thread: it alone starts, feeds, reaps and kills workers. The lock
        guards only the queue and the list of workers, so `submit` never waits for a worker
        to start or for a body to be sent."""
        from multiprocessing.connection import wait

        try:
            while True:
                with self._lock:
                    stopping = self._shutdown
                    if stopping and self._cancel_queued:
                        while self._queue:
                            self._queue.popleft().future.cancel()
                    pending = len(self._queue)
                    if self._warm and not stopping:  # once: every worker, work or not
                        pending = max(pending, self.max_workers)
                        self._warm = False
                idle = sum(1 for w in self._workers if w.task is None)
                for _ in range(min(pending - idle, self.max_workers - len(self._workers))):
                    worker = self._start_worker()
                    with self._lock:
                        self._workers.append(worker)
                self._assign()
                workers = list(self._workers)
                busy = [w for w in workers if w.task is not None]
                with self._lock:
                    if stopping and not busy and not self._queue:
                        break
                now = time.monotonic()
                waits = [w.due - now for w in busy]
                if self.idle_exit is not None and not pending:
                    expired = self._retire_idle(now - self.idle_exit)
                    waits += [
                        w.idle_since + self.idle_exit - now for w in self._workers if not w.task
                    ]
                    workers = [w for w in workers if w not in expired]
                timeout = min(waits, default=None)
                ready = wait(
                    [self._wake_r, *(w.conn for w in workers)],
                    timeout=None if timeout is None else max(0.0, timeout),
                )
                if self._wake_r in ready:
                    with contextlib.suppress(OSError):
                        os.read(self._wake_r, 4096)
                for worker in workers:
                    if worker.conn in ready:
                        self._collect(worker)
                    elif worker.task is not None and time.monotonic() >= worker.due:
                        self._overrun(worker)
        finally:
            self._stop_workers()

    def _retire_idle(self, before: float) -> list[_Worker]:
        """Stop the workers idle since before `before`; returns them."""
        with self._lock:
            if self._queue:  # work came meanwhile
                return []
        expired = [w for w in self._workers if w.task is None and w.idle_since <= before]
        if expired:
            with self._lock:
                self._workers = [w for w in self._workers if w not in expired]
            self._stop(expired)
        return expired

    def _assign(self) -> None:
        """Give queued tasks to idle workers."""
        while True:
            idle = next((w for w in self._workers if w.task is None), None)
            if idle is None:
                return
            with self._lock:
                if not self._queue:
                    return
                task = self._queue.popleft()
            if not task.future.set_running_or_notify_cancel():
                continue
            try:
                idle.conn.send((task.fn, task.args, task.kwargs))
            except Exception as exc:  # unpicklable arguments, or a worker already gone
                task.future.set_exception(exc)
                if isinstance(exc, OSError | EOFError):
                    self._discard(idle)
                continue
            idle.task = task
            idle.due = time.monotonic() + self.deadline

    def _start_worker(self) -> _Worker:
        import multiprocessing

        from ingest.worker_process import worker_main

        if self._context is None:
            if PRELOAD:
                from multiprocessing import forkserver

                forkserver.set_forkserver_preload(PRELOAD)
            self._context = multiprocessing.get_context("forkserver")
        _patch_preparation_data()
        ours, theirs = self._context.Pipe(duplex=True)
        process = self._context.Process(  # type: ignore[attr-defined]
            target=worker_main, args=(theirs, os.getpid()), name="sitrep-parse", daemon=True
        )
        _starting.worker = True
        try:
            process.start()
        finally:
            _starting.worker = False
        theirs.close()  # only the worker holds its end: the worker sees EOF when we die
        return _Worker(process, ours)

    def _collect(self, worker: _Worker) -> None:
        """Take a finished task's answer; a worker whose pipe closed has died."""
        task = worker.task
        try:
            ok, value = worker.conn.recv()
        except (EOFError, OSError):
            self._discard(worker)
            if task is not None:
                task.future.set_exception(WorkerDied("the parse worker ended unexpectedly"))
            return
        except Exception as exc:  # a result that cannot be unpickled
            ok, value = False, exc
        if task is None:
            return
        worker.task = None
        worker.idle_since = time.monotonic()
        worker.done += 1
        if ok:
            task.future.set_result(value)
        else:
            task.future.set_exception(value)
        if self.recycle_after is not None and worker.done >= self.recycle_after:
            with self._lock:
                self._workers.remove(worker)
            self._stop([worker])  # the loop forks a fresh one when work is queued

    def _overrun(self, worker: _Worker) -> None:
        task = worker.task
        assert task is not None
        self._discard(worker)
        task.future.set_exception(
            ParseTimeout(f"parsing took longer than {self.deadline:g} s and was stopped")
        )

    def _discard(self, worker: _Worker) -> None:
        """Forget a worker and kill it."""
        with self._lock:
            if worker in self._workers:
                self._workers.remove(worker)
        with contextlib.suppress(Exception):
            worker.process.kill()
        worker.process.join(5)
        worker.conn.close()

    def _stop_workers(self) -> None:
        with self._lock:
            workers, self._workers = self._workers, []
        self._stop(workers)
        with self._lock:
            for fd in (self._wake_r, self._wake_w):
                with contextlib.suppress(OSError):
                    os.close(fd)
            self._wake_r = self._wake_w = -1

    @staticmethod
    def _stop(workers: list[_Worker]) -> None:
        """Ask idle workers to exit, and kill those that do not."""
        for worker in workers:
            with contextlib.suppress(Exception):
                worker.conn.send(None)
        for worker in workers:
            worker.process.join(2)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(2)
            worker.conn.close()


def start_forkserver(*, now: bool = True) -> None:
    """Start the fork server, with the parsing modules and their tables preloaded
    (`ingest.preload`): now, or (`now=False`) when the first worker is needed.

    A full-screen UI must start it now, before it replaces the standard streams: starting the
    fork server needs their real file descriptors. A headless poll starts it only if some
    feed brings a body to parse, so a pass where every feed answers 304 never pays for it.
    Preloading makes each new worker a cheap fork, and lets the workers share the gazetteer
    and the actor dictionary instead of each building its own.
    """
    PRELOAD[:] = ["ingest.preload"]
    if now:
        from multiprocessing import forkserver

        forkserver.set_forkserver_preload(PRELOAD)
        forkserver.ensure_running()


def stop_forkserver() -> None:
    """Stop the fork server and the resource tracker, if they run; call it only once no pool
    has a worker (`ParsePool.shutdown`). A later worker starts them again."""
    import sys

    if "multiprocessing.forkserver" not in sys.modules:
        return
    from multiprocessing import forkserver, resource_tracker

    with contextlib.suppress(Exception):
        forkserver._forkserver._stop()  # type: ignore[attr-defined]
    with contextlib.suppress(Exception):
        resource_tracker._resource_tracker._stop()  # type: ignore[attr-defined]
